"""Tests for the promo review (活动复盘) of shopanalysis.promo: lift over ordinary days, new buyers, ads, refunds.

Every column has a case computed by hand on a small calendar of its own; missing
inputs must give NaN (never 0); the demo shop's October and June add up to its tables.
"""

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shopanalysis as sa
from shopanalysis import DataError
from shopanalysis.promo import PROMO_CALENDAR, Promo, describe_promos, review_promos

_HAN = re.compile(r"[\u4e00-\u9fff]")

# one 3-day sale on 06-10..06-12, a holiday stop on 06-03..06-04 (never reviewed, never a baseline day)
CAL = (Promo("年中小促", "06-12", 2, 0), Promo("停发", "06-04", 1, 0, kind="slowdown"))


def _shop(start="2026-05-20", end="2026-06-30", *, sale=3000.0, ordinary=1000.0, stop=100.0, refund=10.0):
    days = pd.date_range(start, end)
    amount = [sale if pd.Timestamp("2026-06-10") <= d <= pd.Timestamp("2026-06-12")
              else stop if d in (pd.Timestamp("2026-06-03"), pd.Timestamp("2026-06-04")) else ordinary for d in days]
    return pd.DataFrame({"date": days, "paid_amount": amount, "refund_amount": refund})


def test_lift_against_the_ordinary_days_before():
    out = review_promos(_shop(), "2026-06-01", "2026-06-30", calendar=CAL)
    assert out["promo"].tolist() == ["年中小促"]  # the slowdown is not reviewed
    row = out.iloc[0]
    assert (row["first"], row["last"], row["promo_days"]) == (pd.Timestamp("2026-06-10"), pd.Timestamp("2026-06-12"), 3)
    assert row["paid_amount"] == 9000.0 and row["day_mean"] == 3000.0
    # the 14 days before 06-10 minus the two stop days: the last 14 ordinary days reach back to 05-25
    assert row["baseline_n"] == 14 and row["baseline_day_mean"] == 1000.0
    assert row["lift"] == pytest.approx(2.0) and row["extra_sales"] == pytest.approx(6000.0)
    assert not row["partial"] and pd.isna(row["note"])


def test_the_baseline_skips_promo_days_and_missing_days():
    shop = _shop(ordinary=1000.0)
    shop.loc[shop["date"] == "2026-06-09", "paid_amount"] = 5000.0
    shop = shop[shop["date"] != "2026-06-08"]  # a day missing from the export
    out = review_promos(shop, "2026-06-01", "2026-06-30", calendar=CAL, baseline_days=3).iloc[0]
    # ordinary days before 06-10 in the data: 06-09 (5000), 06-07, 06-06 (1000 each); 06-08 is missing
    assert out["baseline_n"] == 3 and out["baseline_day_mean"] == pytest.approx(7000 / 3)
    out = review_promos(shop, "2026-06-01", "2026-06-30", calendar=CAL, baseline_days=8).iloc[0]
    # ... 06-05, then the stop days 06-03/06-04 are skipped: 06-02, 06-01, 05-31
    assert out["baseline_n"] == 8 and out["baseline_day_mean"] == pytest.approx((5000 + 7 * 1000) / 8)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(1, 1e5, allow_nan=False), min_size=42, max_size=42))
def test_extra_sales_is_the_window_over_its_baseline(amounts):
    shop = pd.DataFrame({"date": pd.date_range("2026-05-20", periods=42), "paid_amount": amounts})
    row = review_promos(shop, "2026-06-01", "2026-06-30", calendar=CAL).iloc[0]
    assert row["paid_amount"] == pytest.approx(row["day_mean"] * row["promo_days"])
    assert row["extra_sales"] == pytest.approx(row["paid_amount"] - row["baseline_day_mean"] * row["promo_days"])
    assert row["lift"] == pytest.approx(row["day_mean"] / row["baseline_day_mean"] - 1)


def test_a_window_without_baseline_says_why_and_a_clipped_window_is_partial():
    shop = _shop(start="2026-06-11")
    row = review_promos(shop, "2026-06-01", "2026-06-30", calendar=CAL).iloc[0]
    assert row["first"] == pd.Timestamp("2026-06-11") and row["promo_days"] == 2 and row["partial"]
    assert row["baseline_n"] == 0 and np.isnan(row["lift"]) and np.isnan(row["extra_sales"])
    assert row["note"] == "no_baseline"
    row = review_promos(_shop(end="2026-06-11"), "2026-06-01", "2026-06-30", calendar=CAL).iloc[0]
    assert row["last"] == pd.Timestamp("2026-06-11") and row["partial"] and row["note"] == "partial"
    assert row["lift"] == pytest.approx(2.0)


def test_only_windows_that_overlap_the_period_and_have_data():
    assert review_promos(_shop(), "2026-06-13", "2026-06-30", calendar=CAL).empty
    out = review_promos(_shop(), "2026-06-12", "2026-06-12", calendar=CAL)
    assert len(out) == 1 and out.loc[0, "promo_days"] == 3  # reviewed whole, not clipped to the period
    custom = (Promo("店庆", "06-12", 0, 0, kind="anniversary"),)
    assert review_promos(_shop(), "2026-06-01", "2026-06-30", calendar=custom)["promo"].tolist() == ["店庆"]
    empty = review_promos(_shop(), "2026-01-01", "2026-01-31", calendar=CAL)
    assert empty.empty and "lift" in empty.columns and "note" in empty.columns


def _orders():
    return pd.DataFrame({
        "order_id": ["o1", "o2", "o3", "o4", "o5"],
        "buyer_id": ["old", "old", "new1", "new2", "new2"],
        "paid_at": pd.to_datetime(["2026-05-25 10:00", "2026-06-10 09:00", "2026-06-11 23:59", "2026-06-12 08:00",
                                   "2026-06-20 08:00"]),
        "paid_amount": [100.0, 200.0, 300.0, 500.0, 50.0],
    })


def test_new_buyers_are_first_orders_inside_the_window():
    row = review_promos(_shop(), "2026-06-01", "2026-06-30", calendar=CAL, orders=_orders()).iloc[0]
    assert row["new_buyers"] == 2 and row["new_buyer_share"] == pytest.approx(2 / 3)
    late = _orders().iloc[1:]  # the order list starts inside the window: no one can be told new
    row = review_promos(_shop(), "2026-06-01", "2026-06-30", calendar=CAL, orders=late).iloc[0]
    assert np.isnan(row["new_buyers"]) and row["note"] == "orders_start_late"


def test_ads_in_the_window_and_nan_when_missing():
    ppc = pd.DataFrame({"date": pd.to_datetime(["2026-06-09", "2026-06-10", "2026-06-12"]),
                        "cost": [99.0, 100.0, 300.0], "gmv": [0.0, 500.0, 1100.0]})
    row = review_promos(_shop(), "2026-06-01", "2026-06-30", calendar=CAL, ppc_keywords=ppc).iloc[0]
    assert row["ad_spend"] == 400.0 and row["ad_roi"] == pytest.approx(4.0)
    before = ppc.assign(date=pd.to_datetime(["2026-05-01"] * 3))  # the report does not reach the window
    row = review_promos(_shop(), "2026-06-01", "2026-06-30", calendar=CAL, ppc_keywords=before).iloc[0]
    assert np.isnan(row["ad_spend"]) and np.isnan(row["ad_roi"])
    row = review_promos(_shop().drop(columns="refund_amount"), "2026-06-01", "2026-06-30", calendar=CAL).iloc[0]
    for column in ("new_buyers", "new_buyer_share", "ad_spend", "ad_roi", "refund_amount_after", "refund_rate_after"):
        assert np.isnan(row[column]), column
    assert pd.isna(row["refund_basis"]) and pd.isna(row["refund_until"])


def test_refunds_from_shop_daily_over_the_window_and_after_days():
    row = review_promos(_shop(), "2026-06-01", "2026-06-30", calendar=CAL, after_days=5).iloc[0]
    # 06-10 .. 06-17: 8 days of 10 yuan, over the window's 9000
    assert row["refund_until"] == pd.Timestamp("2026-06-17") and row["refund_basis"] == "shop_daily"
    assert row["refund_amount_after"] == pytest.approx(80.0) and row["refund_rate_after"] == pytest.approx(80 / 9000)
    row = review_promos(_shop(end="2026-06-13"), "2026-06-01", "2026-06-30", calendar=CAL, after_days=5).iloc[0]
    assert row["refund_until"] == pd.Timestamp("2026-06-13") and row["refund_amount_after"] == pytest.approx(40.0)


def test_refunds_of_the_window_orders_when_cases_name_their_order():
    cases = pd.DataFrame({
        "order_id": ["o2", "o3", "o4", "o1", "o4"],
        "kind": ["仅退款", "退货退款", "换货", "仅退款", "退货退款"],
        "amount": [50.0, 300.0, 0.0, 100.0, 70.0],
        "status": ["resolved", "resolved", "resolved", "resolved", "open"],
        "resolved": pd.to_datetime(["2026-06-12", "2026-06-20", "2026-06-13", "2026-05-27", None]),
    })
    row = review_promos(_shop(), "2026-06-01", "2026-06-30", calendar=CAL, orders=_orders(), after_sales=cases,
                        after_days=5).iloc[0]
    # the window's orders o2, o3, o4 (1000 yuan); resolved refunds by 06-17: o2's 50 (o3's comes on 06-20)
    assert row["refund_basis"] == "orders" and row["refund_amount_after"] == pytest.approx(50.0)
    assert row["refund_rate_after"] == pytest.approx(0.05)
    row = review_promos(_shop(), "2026-06-01", "2026-06-30", calendar=CAL, orders=_orders(), after_sales=cases,
                        after_days=10).iloc[0]
    assert row["refund_amount_after"] == pytest.approx(350.0)


def test_bad_input_raises_data_error():
    with pytest.raises(DataError, match="paid_amount"):
        review_promos(_shop().drop(columns="paid_amount"), "2026-06-01", "2026-06-30", calendar=CAL)
    with pytest.raises(DataError, match="buyer_id"):
        review_promos(_shop(), "2026-06-01", "2026-06-30", calendar=CAL, orders=_orders().drop(columns="buyer_id"))


def test_describe_promos_one_sentence_each_in_both_languages():
    review = review_promos(_shop(), "2026-06-01", "2026-06-30", calendar=CAL, orders=_orders())
    zh = describe_promos(review)
    assert len(zh) == 1 and "年中小促" in zh[0] and "+200%" in zh[0] and "新客 2 人" in zh[0]
    assert "算不出提升" in describe_promos(review_promos(_shop(start="2026-06-11"), "2026-06-01", "2026-06-30",
                                                        calendar=CAL))[0]
    shop = _shop(start="2026-05-01", end="2026-06-18")
    with sa.language("en"):
        en = describe_promos(review_promos(shop, "2026-06-01", "2026-06-30"))
        none = describe_promos(review_promos(shop, "2026-06-20", "2026-06-30", calendar=CAL))
    assert len(en) == 1 and en[0].startswith("618 (05-20 to 06-18, 30 days)") and not _HAN.search(en[0])
    assert none == ["No promo fell in this period."]


@pytest.fixture(scope="module")
def demo():
    return sa.load_demo_shop(tables=["shop_daily", "orders", "ppc_keywords", "after_sales"], check=False)


def test_demo_october_and_june_add_up(demo):
    kw = {"orders": demo.orders, "ppc_keywords": demo.ppc_keywords, "after_sales": demo.after_sales}
    october = review_promos(demo.shop_daily, "2026-10-01", "2026-10-31", **kw)
    assert october["promo"].tolist() == ["双11"]
    row = october.iloc[0]
    assert row["first"] == pd.Timestamp("2026-10-20") and row["last"] == pd.Timestamp("2026-10-31")
    assert row["partial"] and row["note"] == "partial"
    daily = demo.shop_daily.set_index("date")["paid_amount"]
    assert row["paid_amount"] == pytest.approx(daily["2026-10-20":"2026-10-31"].sum())
    assert row["baseline_day_mean"] == pytest.approx(daily["2026-10-06":"2026-10-19"].mean())
    assert row["lift"] > 0 and 0 < row["new_buyer_share"] < 1 and row["ad_roi"] > 0
    june = review_promos(demo.shop_daily, "2026-06-01", "2026-06-30", calendar=PROMO_CALENDAR, **kw)
    assert june["promo"].tolist() == ["618"] and june.loc[0, "promo_days"] == 30 and not june.loc[0, "partial"]
    first = review_promos(demo.shop_daily, "2025-11-01", "2025-11-30", **kw)  # the data starts inside 双11
    assert first["promo"].tolist() == ["双11"] and first.loc[0, "note"] == "no_baseline"
