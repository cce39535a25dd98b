"""Tests for shopanalysis.customer_service.summarize_after_sales_period: a month's after-sales cases by kind.

A small case list computed by hand; hypothesis checks that the total row is the sum of
the kinds and that every case is resolved or still open; the demo's October matches
its after-sales table and shop_daily's 成功退款金额 where they must.
"""

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shopanalysis as sa
from shopanalysis import DataError
from shopanalysis import customer_service as cs

KINDS = ["仅退款", "退货退款", "换货", "投诉"]


@pytest.fixture
def cases():
    return pd.DataFrame({
        "case_id": ["c1", "c2", "c3", "c4", "c5", "c6"],
        "order_id": ["o1", "o2", "o3", "o4", "o5", "o6"],
        "kind": ["仅退款", "退货退款", "退货退款", "投诉", "仅退款", "退货退款"],
        "opened": pd.to_datetime(["2026-10-01 08:00", "2026-10-05 10:00", "2026-10-31 23:00", "2026-10-10 12:00",
                                  "2026-09-30 23:59", "2026-11-01 00:00"]),
        "amount": [100.0, 200.0, 50.0, 0.0, 999.0, 999.0],
        "status": ["resolved", "resolved", "open", "resolved", "resolved", "open"],
        "deadline": pd.to_datetime(["2026-10-03 08:00", "2026-10-07 10:00", "2026-11-02 23:00", "2026-10-11 12:00",
                                    "2026-10-02 23:59", "2026-11-03 00:00"]),
        "resolved": pd.to_datetime(["2026-10-01 20:00", "2026-10-08 10:00", None, "2026-10-10 18:00",
                                    "2026-10-01 00:00", None]),
    })


def test_by_hand(cases):
    out = cs.summarize_after_sales_period(cases, "2026-10-01", "2026-10-31", orders_amount=10000.0)
    assert out["kind"].tolist() == KINDS + ["total"]
    by = out.set_index("kind")
    # the cases opened 09-30 and 11-01 are outside the month
    assert by.loc["total", "cases"] == 4 and by.loc["退货退款", "cases"] == 2 and by.loc["换货", "cases"] == 0
    assert by.loc["退货退款", "amount"] == 250.0 and by.loc["total", "amount"] == 350.0
    assert by.loc["total", "amount_rate"] == pytest.approx(0.035)
    assert by.loc["退货退款", "resolved_cases"] == 1 and by.loc["退货退款", "still_open"] == 1
    # c2 was resolved 24 h after its deadline: the platform decided
    assert by.loc["退货退款", "resolved_late"] == 1 and by.loc["total", "resolved_late"] == 1
    assert by.loc["仅退款", "median_hours_to_resolve"] == pytest.approx(12.0)
    assert by.loc["total", "median_hours_to_resolve"] == pytest.approx(12.0)  # median of 12, 72 and 6 hours
    assert np.isnan(by.loc["换货", "median_hours_to_resolve"])


def test_status_alone_counts_as_resolved_and_missing_columns_give_nan(cases):
    bare = cases.drop(columns=["resolved", "deadline", "amount"])
    out = cs.summarize_after_sales_period(bare, "2026-10-01", "2026-10-31").set_index("kind")
    assert out.loc["total", "resolved_cases"] == 3 and out.loc["total", "still_open"] == 1
    for column in ("amount", "amount_rate", "resolved_late", "median_hours_to_resolve"):
        assert np.isnan(out.loc["total", column]), column


def test_other_kinds_are_kept_and_bad_input_raises(cases):
    odd = cases.assign(kind=cases["kind"].replace({"投诉": "补发"}))
    assert cs.summarize_after_sales_period(odd, "2026-10-01", "2026-10-31")["kind"].tolist() == KINDS + [
        "补发", "total"]
    with pytest.raises(DataError, match="kind"):
        cs.summarize_after_sales_period(cases.drop(columns="kind"), "2026-10-01", "2026-10-31")
    with pytest.raises(DataError, match="after_sales"):
        cs.summarize_after_sales_period(None, "2026-10-01", "2026-10-31")


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 40), st.sampled_from(["open", "resolved"]),
                          st.integers(1, 100)), max_size=30))
def test_total_is_the_sum_of_kinds(rows):
    opened = [pd.Timestamp("2026-10-01") + pd.Timedelta(days=d) for _, d, _, _ in rows]
    df = pd.DataFrame({
        "case_id": [f"c{i}" for i in range(len(rows))], "kind": pd.Series([k for k, *_ in rows], dtype="str"),
        "opened": pd.to_datetime(pd.Series(opened, dtype="datetime64[ns]")),
        "status": pd.Series([s for _, _, s, _ in rows], dtype="str"),
        "amount": [float(a) for *_, a in rows],
    })
    out = cs.summarize_after_sales_period(df, "2026-10-01", "2026-10-31")
    kinds, total = out.iloc[:-1], out.iloc[-1]
    for column in ("cases", "amount", "resolved_cases", "still_open"):
        assert kinds[column].sum() == pytest.approx(total[column])
    assert (out["resolved_cases"] + out["still_open"] == out["cases"]).all()
    assert total["cases"] == sum(1 for _, d, _, _ in rows if d <= 30)


def test_the_labels_are_chinese_first():
    from shopanalysis import vocab

    assert vocab.label("resolved_late", lang="zh") == "超时完结数"
    assert vocab.value_label("kind", "total", lang="en") == "Total"


def test_demo_october():
    shop = sa.load_demo_shop(tables=["after_sales"], check=False)
    a = shop.after_sales
    out = cs.summarize_after_sales_period(a, "2026-10-01", "2026-10-31").set_index("kind")
    october = a[(a["opened"] >= "2026-10-01") & (a["opened"] < "2026-11-01")]
    assert out.loc["total", "cases"] == len(october)
    assert out.loc["total", "amount"] == pytest.approx(october["amount"].sum())
    assert out.loc["total", "resolved_cases"] + out.loc["total", "still_open"] == len(october)
    assert out.loc["total", "resolved_late"] == (october["resolved"] > october["deadline"]).sum()
