"""Tests for shopanalysis._rfm: the customer-base summary and the BG/NBD model.

Checked against the published CDNOW tables (the sample shipped with ``lifetimes``, in
tests/data/cdnow/), against Fader, Hardie & Lee (2005), against a plain pandas
reference written from the definitions, and against simulated customers.
"""

import inspect
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shopanalysis as sa
from shopanalysis import DataError
from shopanalysis._rfm import BGNBD, TIME_UNITS, check_orders, fit_bg_nbd, rfm_summary

CDNOW = Path(__file__).parent / "data" / "cdnow"
PAPER = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}  # Fader, Hardie & Lee (2005), table 1
PAPER_LL = -9582.4


# --- data -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cdnow_transactions():
    """The 6,919 CDNOW sample transactions: master id, sample id, date, CDs, amount."""
    t = pd.read_csv(CDNOW / "CDNOW_sample.txt", sep=r"\s+", header=None,
                    names=["master_id", "id", "date", "cds", "amount"], dtype={"master_id": str})
    return t.assign(date=pd.to_datetime(t["date"].astype(str), format="%Y%m%d"))


@pytest.fixture(scope="module")
def cdnow_published():
    """The published summary with monetary value: ID, x, t_x, T, zbar (weeks, 2 decimals)."""
    return pd.read_csv(CDNOW / "cdnow_customers_summary_with_transactions.csv", dtype={"ID": str}).set_index("ID")


@pytest.fixture(scope="module")
def cdnow_summary(cdnow_transactions):
    return rfm_summary(cdnow_transactions, customer="id", when="date", amount="amount",
                       observation_end="1997-09-30", time_unit="D", freq_multiplier=7)


@pytest.fixture(scope="module")
def cdnow_model(cdnow_summary):
    return fit_bg_nbd(cdnow_summary)


def orders(rows, **extra):
    """A small orders table from (buyer, paid_at, amount[, refunded]) tuples."""
    cols = ["buyer_id", "paid_at", "paid_amount", "refunded"][: len(rows[0])]
    df = pd.DataFrame(rows, columns=cols)
    df["paid_at"] = pd.to_datetime(df["paid_at"], format="mixed")
    df.insert(0, "order_id", [f"o{i}" for i in range(len(df))])
    return df.assign(**extra)


# --- the API customers.py re-exports --------------------------------------------------------


def test_the_public_names_have_the_agreed_signatures():
    assert str(inspect.signature(check_orders)) == (
        "(orders: 'pd.DataFrame', *, customer: 'str' = 'buyer_id', when: 'str' = 'paid_at', "
        "amount: 'str' = 'paid_amount', order_id: 'str | None' = 'order_id') -> 'pd.DataFrame'")
    params = inspect.signature(rfm_summary).parameters
    assert list(params) == ["orders", "observation_end", "customer", "when", "amount", "time_unit",
                            "include_refunded", "freq_multiplier"]
    assert params["observation_end"].default is inspect.Parameter.empty
    assert [params[p].default for p in list(params)[2:]] == ["buyer_id", "paid_at", "paid_amount", "D", False, 1]
    assert list(inspect.signature(fit_bg_nbd).parameters) == ["summary", "penalizer"]


# --- CDNOW: the published summary -----------------------------------------------------------


def test_rfm_summary_reproduces_the_published_cdnow_summary_for_every_customer(cdnow_summary, cdnow_published):
    """Days merged, weeks of 7 days, calibration to 1997-09-30: every one of the 2,357 rows."""
    ours, pub = cdnow_summary, cdnow_published
    assert len(ours) == len(pub) == 2357
    assert ours.index.name == "id" and set(ours.index) == set(pub.index)
    ours = ours.loc[pub.index]
    assert (ours["frequency"] == pub["x"]).all()
    assert (ours["recency"].round(2) == pub["t_x"]).all()
    assert (ours["T"].round(2) == pub["T"]).all()
    # zbar is published to the cent (rounded: 22.345 may print as 22.35)
    assert np.abs(ours["monetary_value"] - pub["zbar"]).max() <= 0.005 + 1e-9
    assert ours.loc["1"].tolist() == pytest.approx([2, 213 / 7, 272 / 7, (29.73 + 14.96) / 2])


def test_the_other_published_cdnow_table_agrees_too(cdnow_summary):
    pub = pd.read_csv(CDNOW / "cdnow_customers_summary.csv", dtype={"ID": str}).set_index("ID")
    ours = cdnow_summary.loc[pub.index].round(2)
    assert (ours[["frequency", "recency", "T"]].to_numpy() == pub[["frequency", "recency", "T"]].to_numpy()).all()


def test_same_day_purchases_are_merged_as_the_published_table_merges_them(cdnow_transactions, cdnow_published):
    calib = cdnow_transactions[cdnow_transactions["date"] <= "1997-09-30"]
    assert calib.duplicated(["id", "date"]).sum() > 100  # merging matters on this data
    unmerged = calib.groupby(calib["id"].astype(str)).size() - 1
    assert (unmerged.loc[cdnow_published.index] != cdnow_published["x"]).sum() > 50


def test_calendar_weeks_are_a_different_convention_from_the_published_one(cdnow_transactions, cdnow_published):
    weeks = rfm_summary(cdnow_transactions, customer="id", when="date", amount="amount",
                        observation_end="1997-09-30", time_unit="W").loc[cdnow_published.index]
    assert (weeks["recency"] == weeks["recency"].round()).all()  # whole calendar weeks
    repeat = cdnow_published["x"] > 0
    assert (weeks["T"] != cdnow_published["T"]).mean() > 0.8
    assert (weeks["recency"] != cdnow_published["t_x"])[repeat].mean() > 0.8
    # 1997-01-01 was a Wednesday and 1997-09-30 a Tuesday: 39 Monday weeks apart
    assert weeks["T"].max() == 39


# --- CDNOW: the BG/NBD model ----------------------------------------------------------------


def test_bg_nbd_on_cdnow_matches_the_paper(cdnow_model):
    for name, value in PAPER.items():
        assert cdnow_model.params[name] == pytest.approx(value, rel=0.01), name
    assert cdnow_model.log_likelihood == pytest.approx(PAPER_LL, rel=0.01)
    assert cdnow_model.log_likelihood == pytest.approx(PAPER_LL, abs=0.5)  # in fact to the printed digit
    assert cdnow_model.n_customers == 2357 and cdnow_model.penalizer == 0


def test_bg_nbd_on_the_published_rounded_table_matches_the_paper_too(cdnow_published):
    summary = cdnow_published.rename(columns={"x": "frequency", "t_x": "recency"})
    model = fit_bg_nbd(summary)
    assert model.params.to_dict() == pytest.approx(PAPER, rel=0.01)
    assert model.log_likelihood == pytest.approx(PAPER_LL, rel=0.01)


def test_the_fit_is_the_maximum(cdnow_summary, cdnow_model):
    """Moving any parameter 2% either way lowers the likelihood."""
    base = cdnow_model.params
    for name in base.index:
        for factor in (0.98, 1.02):
            moved = BGNBD(**{**base.to_dict(), name: base[name] * factor})
            assert _total_ll(moved, cdnow_summary) < cdnow_model.log_likelihood


def _total_ll(model, summary):
    from shopanalysis._rfm import _log_likelihood

    columns = (summary[c].to_numpy(float) for c in ("frequency", "recency", "T"))
    return _log_likelihood(tuple(model.params), *columns).sum()


def test_the_papers_worked_example_of_conditional_expectation():
    """FHL 2005: x = 2, t_x = 30.43, T = 38.86 expects 1.226 purchases in the next 39 weeks."""
    model = BGNBD(**PAPER)
    one = pd.DataFrame({"frequency": [2], "recency": [30.43], "T": [38.86]})
    assert model.expected_purchases(39, one).iloc[0] == pytest.approx(1.226, abs=5e-4)


def test_the_fitted_model_reproduces_the_repeat_purchases_it_was_fitted_to(cdnow_summary, cdnow_model):
    """Sum over customers of E[X(T_i)] is within 3% of the 2,457 repeat purchases observed."""
    expected = cdnow_model.expected_purchases_new(cdnow_summary["T"].to_numpy()).sum()
    observed = cdnow_summary["frequency"].sum()
    assert observed == 2457
    assert expected == pytest.approx(observed, rel=0.03)


# --- rfm_summary: the definitions on hand-made orders ------------------------------------------


def test_same_period_purchases_merge_and_monetary_is_the_mean_of_repeat_periods():
    df = orders([
        ("a", "2026-10-01 09:00", 100.0), ("a", "2026-10-01 21:00", 20.0),  # day 1: one purchase of 120
        ("a", "2026-10-04 10:00", 30.0), ("a", "2026-10-04 11:00", 30.0),   # day 4: 60
        ("a", "2026-10-08 10:00", 90.0),                                     # day 8: 90
        ("b", "2026-10-05 10:00", 55.0),
    ])
    s = rfm_summary(df, observation_end="2026-10-10")
    assert s.loc["a"].tolist() == [2, 7.0, 9.0, 75.0]  # (60 + 90) / 2: the first day is left out
    assert s.loc["b"].tolist() == [0, 0.0, 5.0, 0.0]
    assert s["frequency"].dtype == np.int64 and (s.dtypes.iloc[1:] == np.float64).all()
    assert s.index.name == "buyer_id" and pd.api.types.is_string_dtype(s.index.dtype)


def test_purchases_after_the_observation_end_are_ignored_and_the_end_day_counts_whole():
    df = orders([("a", "2026-10-01 10:00", 10.0), ("a", "2026-10-10 23:59:59", 20.0),
                 ("a", "2026-10-11 00:00:00", 40.0), ("c", "2026-10-12 08:00", 5.0)])
    s = rfm_summary(df, observation_end="2026-10-10")
    assert list(s.index) == ["a"]  # c only bought after the end: not a customer yet
    assert s.loc["a"].tolist() == [1, 9.0, 9.0, 20.0]
    assert rfm_summary(df, observation_end=pd.Timestamp("2026-10-10 08:00")).equals(s)  # the time of day is ignored


def test_refunded_orders_are_left_out_unless_asked_for():
    df = orders([("a", "2026-10-01", 10.0, False), ("a", "2026-10-03", 30.0, True),
                 ("r", "2026-10-02", 99.0, True)])
    s = rfm_summary(df, observation_end="2026-10-05")
    assert list(s.index) == ["a"] and s.loc["a"].tolist() == [0, 0.0, 4.0, 0.0]
    both = rfm_summary(df, observation_end="2026-10-05", include_refunded=True)
    assert both.loc["a"].tolist() == [1, 2.0, 4.0, 30.0] and both.loc["r", "frequency"] == 0


@pytest.mark.parametrize("unit, days, expected", [
    ("W", ["2026-10-05", "2026-10-11"], 0),   # Monday and Sunday: one week
    ("W", ["2026-10-11", "2026-10-12"], 1),   # Sunday and the next Monday: two weeks
    ("M", ["2026-01-31", "2026-02-01"], 1),
    ("M", ["2026-02-01", "2026-02-28"], 0),
    ("Q", ["2026-03-31", "2026-04-01"], 1),
    ("Y", ["2025-12-31", "2026-01-01"], 1),
    ("Y", ["2026-01-01", "2026-12-31"], 0),
])
def test_periods_are_calendar_periods(unit, days, expected):
    df = orders([("a", days[0], 10.0), ("a", days[1], 20.0)])
    s = rfm_summary(df, observation_end="2026-12-31", time_unit=unit)
    assert s.loc["a", "frequency"] == expected and s.loc["a", "recency"] == expected


def test_month_periods_count_whole_months_to_the_end():
    df = orders([("a", "2026-01-31", 10.0), ("a", "2026-03-01", 20.0)])
    s = rfm_summary(df, observation_end="2026-10-01", time_unit="M")
    assert s.loc["a"].tolist() == [1, 2.0, 9.0, 20.0]


def test_freq_multiplier_counts_periods_in_larger_units():
    df = orders([("a", "2026-10-01", 10.0), ("a", "2026-10-15", 20.0)])
    days = rfm_summary(df, observation_end="2026-10-29")
    weeks = rfm_summary(df, observation_end="2026-10-29", freq_multiplier=7)
    assert days.loc["a", ["recency", "T"]].tolist() == [14.0, 28.0]
    assert weeks.loc["a", ["recency", "T"]].tolist() == [2.0, 4.0]
    assert weeks.attrs == {"observation_end": pd.Timestamp("2026-10-29"), "time_unit": "D", "freq_multiplier": 7}


def test_amount_none_leaves_monetary_value_out_and_ids_of_any_kind_become_text():
    df = pd.DataFrame({"cid": [7, 7, 12], "t": pd.to_datetime(["2026-01-01", "2026-01-09", "2026-01-02"])})
    s = rfm_summary(df, customer="cid", when="t", amount=None, observation_end="2026-01-10")
    assert list(s.columns) == ["frequency", "recency", "T"]
    assert list(s.index) == ["7", "12"] and s.index.name == "cid"


def test_no_purchase_in_the_window_gives_an_empty_summary_with_the_columns():
    df = orders([("a", "2026-10-01", 10.0)])
    s = rfm_summary(df, observation_end="2026-09-30")
    assert s.empty and list(s.columns) == ["frequency", "recency", "T", "monetary_value"]


def test_rows_out_of_time_order_are_not_an_error_and_do_not_change_the_summary():
    df = orders([("a", "2026-10-08", 90.0), ("b", "2026-10-05", 55.0), ("a", "2026-10-01", 100.0),
                 ("a", "2026-10-04", 30.0)])
    assert check_orders(df) is not df  # a copy, the same table
    pd.testing.assert_frame_equal(check_orders(df), df)
    shuffled = rfm_summary(df, observation_end="2026-10-10").sort_index()
    in_order = rfm_summary(df.sort_values("paid_at"), observation_end="2026-10-10").sort_index()
    pd.testing.assert_frame_equal(shuffled, in_order)
    assert shuffled.loc["a"].tolist() == [2, 7.0, 9.0, 60.0]


def test_times_as_text_are_read_and_the_input_is_not_modified():
    df = pd.DataFrame({"order_id": ["1", "2"], "buyer_id": ["a", "a"],
                       "paid_at": ["2026-10-01 10:00:00", "2026/10/03 11:00"], "paid_amount": ["10", "20.5"]})
    before = df.copy()
    clean = check_orders(df)
    assert pd.api.types.is_datetime64_dtype(clean["paid_at"]) and clean["paid_amount"].tolist() == [10.0, 20.5]
    pd.testing.assert_frame_equal(df, before)
    assert rfm_summary(df, observation_end="2026-10-05").loc["a"].tolist() == [1, 2.0, 4.0, 20.5]


def test_time_zone_aware_times_count_in_their_own_wall_clock():
    df = orders([("a", "2026-10-01 23:30", 10.0), ("a", "2026-10-02 00:30", 20.0)])
    df["paid_at"] = df["paid_at"].dt.tz_localize("Asia/Shanghai")
    assert rfm_summary(df, observation_end="2026-10-02").loc["a", "frequency"] == 1


@pytest.mark.parametrize("kwargs, match", [
    ({"time_unit": "H"}, "time_unit"),
    ({"time_unit": "week"}, "time_unit"),
    ({"freq_multiplier": 0}, "freq_multiplier"),
    ({"freq_multiplier": True}, "freq_multiplier"),
    ({"observation_end": "not a date"}, "observation_end"),
    ({"observation_end": None}, "observation_end"),
])
def test_bad_arguments_are_programming_errors(kwargs, match):
    df = orders([("a", "2026-10-01", 10.0)])
    with pytest.raises(ValueError, match=match) as err:
        rfm_summary(df, **{"observation_end": "2026-10-05", **kwargs})
    assert not isinstance(err.value, DataError)


def test_time_units_are_the_documented_ones():
    assert TIME_UNITS == ("D", "W", "M", "Q", "Y")


# --- rfm_summary against a plain reference written from the definitions ------------------------

_PANDAS_FREQ = {"D": "D", "W": "W-SUN", "M": "M", "Q": "Q", "Y": "Y"}


def reference_summary(df, end, unit, multiplier, include_refunded):
    """The definitions, one customer at a time, with pandas' own periods."""
    end = pd.Timestamp(end)
    kept = df[df["paid_at"] < end + pd.Timedelta(days=1)]
    if not include_refunded:
        kept = kept[~kept["refunded"]]
    freq = _PANDAS_FREQ[unit]
    kept = kept.assign(period=kept["paid_at"].dt.to_period(freq).map(lambda p: p.ordinal))
    end_period = end.to_period(freq).ordinal
    rows = {}
    for buyer, g in kept.groupby("buyer_id"):
        per = g.groupby("period")["paid_amount"].sum().sort_index()
        repeat = per.iloc[1:]
        rows[buyer] = [len(per) - 1, (per.index[-1] - per.index[0]) / multiplier,
                       (end_period - per.index[0]) / multiplier, repeat.mean() if len(repeat) else 0.0]
    return pd.DataFrame.from_dict(rows, orient="index", columns=["frequency", "recency", "T", "monetary_value"])


_order = st.tuples(st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 800), st.integers(0, 23),
                   st.floats(0, 1000, allow_nan=False).map(lambda x: round(x, 2)), st.booleans())


@settings(max_examples=60, deadline=None)
@given(rows=st.lists(_order, min_size=1, max_size=40), unit=st.sampled_from(TIME_UNITS),
       multiplier=st.sampled_from([1, 7, 2.5]), end=st.integers(0, 800), include_refunded=st.booleans(),
       seed=st.integers(0, 2**16))
def test_rfm_summary_equals_the_reference_in_any_row_order(rows, unit, multiplier, end, include_refunded, seed):
    start = pd.Timestamp("2024-12-28")  # a Saturday, near a year's end
    df = pd.DataFrame({
        "order_id": [f"o{i}" for i in range(len(rows))],
        "buyer_id": [r[0] for r in rows],
        "paid_at": [start + pd.Timedelta(days=r[1], hours=r[2]) for r in rows],
        "paid_amount": [r[3] for r in rows],
        "refunded": [r[4] for r in rows],
    })
    df = df.sample(frac=1, random_state=seed)
    end_day = start + pd.Timedelta(days=end)
    ours = rfm_summary(df, observation_end=end_day, time_unit=unit, freq_multiplier=multiplier,
                       include_refunded=include_refunded).sort_index()
    expected = reference_summary(df, end_day, unit, multiplier, include_refunded).sort_index()
    assert list(ours.index) == list(expected.index)
    if len(expected):
        assert (ours["frequency"].to_numpy() == expected["frequency"].to_numpy()).all()
        np.testing.assert_allclose(ours[["recency", "T", "monetary_value"]].to_numpy(),
                                   expected[["recency", "T", "monetary_value"]].to_numpy(dtype=float), rtol=1e-12)
        assert (ours["recency"] <= ours["T"]).all() and (ours["frequency"] >= 0).all()


# --- check_orders -----------------------------------------------------------------------------


def test_the_demo_shops_orders_pass_and_summarise():
    shop = sa.load_demo_shop()
    o = shop.orders
    assert check_orders(o) is not None
    end = o["paid_at"].max().normalize()
    s = rfm_summary(o, observation_end=end)
    kept = o[~o["refunded"]]
    assert len(s) == kept["buyer_id"].nunique()
    assert s["frequency"].sum() <= len(kept) - len(s)
    assert (s["recency"] <= s["T"]).all() and s["T"].max() <= 364


def test_missing_buyers_are_named_by_row_with_a_count():
    df = orders([("a", "2026-10-01", 1.0)] * 3 + [(None, "2026-10-01", 1.0)] * 4 + [("", "2026-10-02", 2.0),
                                                                                  ("  ", "2026-10-02", 2.0)])
    with pytest.raises(DataError) as err:
        check_orders(df)
    msg = str(err.value)
    assert "买家会员名（buyer_id）" in msg and "6 行" in msg and "行索引 3、4、5、6和7 等，共 6 行" in msg
    with sa.language("en"), pytest.raises(DataError, match=r"Buyer \(buyer_id\) is empty in 6 rows \(index 3, 4"):
        check_orders(df)


def test_negative_amounts_are_refused_and_the_message_points_to_the_refund_flag():
    df = orders([("a", "2026-10-01", 10.0), ("a", "2026-10-02", -10.0)])
    with pytest.raises(DataError) as err:
        rfm_summary(df, observation_end="2026-10-05")
    msg = str(err.value)
    assert "行索引 1" in msg and "是否退款（refunded）" in msg and "负" in msg
    with sa.language("en"), pytest.raises(DataError, match="not a negative amount.*Refunded \\(refunded\\) column"):
        check_orders(df)


def test_duplicated_order_ids_are_named_with_their_rows():
    df = orders([("a", "2026-10-01", 10.0), ("b", "2026-10-02", 20.0), ("c", "2026-10-03", 30.0)])
    df["order_id"] = ["x9", "y1", "x9"]
    with pytest.raises(DataError, match=r"订单编号（order_id）有 1 个编号重复出现：x9，涉及 行索引 0和2"):
        check_orders(df)
    assert len(check_orders(df, order_id=None)) == 3  # no order ids to check
    assert len(rfm_summary(df, observation_end="2026-10-05")) == 3  # the summary does not read order ids


def test_missing_and_unreadable_times_are_named_by_row():
    df = pd.DataFrame({"order_id": ["1", "2", "3", "4"], "buyer_id": ["a", "a", "b", "b"],
                       "paid_at": ["2026-10-01 10:00", None, "soon", "2026-10-02"], "paid_amount": 1.0})
    with pytest.raises(DataError) as err:
        check_orders(df)
    msg = str(err.value)
    assert "付款时间（paid_at）有 1 行认不出是时间（行索引 2，例如 'soon'）" in msg
    assert "付款时间（paid_at）有 1 行是空的（行索引 1）" in msg
    nat = orders([("a", "2026-10-01", 1.0), ("a", None, 1.0)])
    with pytest.raises(DataError, match="行索引 1"):
        rfm_summary(nat, observation_end="2026-10-05")


def test_number_times_are_refused_rather_than_read_as_nanoseconds():
    df = pd.DataFrame({"order_id": ["1"], "buyer_id": ["a"], "paid_at": [19970101], "paid_amount": [1.0]})
    with pytest.raises(DataError, match="pd.to_datetime"):
        check_orders(df)


def test_missing_columns_are_named():
    df = pd.DataFrame({"buyer_id": ["a"], "paid_at": pd.to_datetime(["2026-10-01"])})
    with pytest.raises(DataError) as err:
        check_orders(df)
    assert "order_id" in str(err.value) and "paid_amount" in str(err.value) and "缺少 2 个" in str(err.value)
    with sa.language("en"), pytest.raises(DataError, match=r"lack 2 required columns: order_id and paid_amount"):
        check_orders(df)


def test_amounts_that_are_missing_or_not_numbers_are_named():
    df = orders([("a", "2026-10-01", 1.0), ("a", "2026-10-02", 1.0), ("a", "2026-10-03", 1.0)])
    df["paid_amount"] = ["12.5", "abc", None]
    with pytest.raises(DataError) as err:
        check_orders(df)
    msg = str(err.value)
    assert "有 1 行不是数字（行索引 1，例如 'abc'）" in msg and "有 1 行是空的（行索引 2）" in msg


def test_a_refunded_column_must_hold_yes_or_no():
    df = orders([("a", "2026-10-01", 1.0), ("a", "2026-10-02", 1.0)], refunded=["否", "是"])
    with pytest.raises(DataError, match="是否退款（refunded）应当只有是/否"):
        check_orders(df)
    ok = orders([("a", "2026-10-01", 1.0), ("a", "2026-10-02", 1.0)], refunded=[0, None])
    assert rfm_summary(ok, observation_end="2026-10-05").loc["a", "frequency"] == 1


def test_every_problem_is_reported_at_once_one_line_each():
    df = orders([(None, "2026-10-01", -1.0), ("a", "2026-10-02", 1.0)])
    df["order_id"] = ["o1", "o1"]
    with pytest.raises(DataError) as err:
        check_orders(df)
    assert len(str(err.value).splitlines()) == 3


def test_not_a_table_is_a_type_error():
    with pytest.raises(TypeError, match="订单数据应当是一张表"):
        check_orders([("a", "2026-10-01", 1.0)])
    with pytest.raises(TypeError, match="客户汇总表应当是一张表"):
        fit_bg_nbd({"frequency": [1], "recency": [1.0], "T": [2.0]})


# --- BG/NBD: probability alive ---------------------------------------------------------------


def _one(x, tx, t):
    return pd.DataFrame({"frequency": [x], "recency": [tx], "T": [t]})


def test_probability_alive_by_hand():
    model = BGNBD(**PAPER)
    r, alpha, a, b = PAPER.values()
    x, tx, t = 2, 30.43, 38.86
    by_hand = 1 / (1 + a / (b + x - 1) * ((alpha + t) / (alpha + tx)) ** (r + x))
    assert model.probability_alive(_one(x, tx, t)).iloc[0] == pytest.approx(by_hand, rel=1e-12)
    assert by_hand == pytest.approx(0.7266, abs=1e-4)


def test_probability_alive_limit_cases():
    model = BGNBD(**PAPER)
    r, alpha, a, b = PAPER.values()
    summary = pd.DataFrame({"frequency": [0, 0, 3, 3, 500], "recency": [0, 0, 20, 20, 1.0],
                            "T": [0, 100, 20, 1e6, 1e4]}, index=list("vwxyz"))
    p = model.probability_alive(summary)
    assert list(p.index) == list("vwxyz") and p.name == "probability_alive"
    assert p["v"] == p["w"] == 1.0  # no repeat purchase: cannot have dropped out
    assert p["x"] == pytest.approx((b + 3 - 1) / (a + b + 3 - 1))  # bought just now: only the last coin flip
    assert p["y"] < 1e-6 and np.isfinite(p).all() and p["z"] >= 0  # long silent: gone, without overflow
    ages = pd.DataFrame({"frequency": 3, "recency": 10.0, "T": np.linspace(10, 200, 20)})
    assert (np.diff(model.probability_alive(ages)) < 0).all()  # the longer the silence, the less alive


# --- BG/NBD: expected purchases ---------------------------------------------------------------


def _hyp2f1_series(a, b, c, z, terms=2000):
    total, term = 1.0, 1.0
    for n in range(terms):
        term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z
        total += term
        if abs(term) < 1e-17 * abs(total):
            break
    return total


def _eq10_by_hand(params, t, x, tx, age):
    """FHL 2005 eq. 10 as printed, with 2F1 summed as its series."""
    r, alpha, a, b = params
    hyp = _hyp2f1_series(r + x, b + x, a + b + x - 1, t / (alpha + age + t))
    top = (a + b + x - 1) / (a - 1) * (1 - ((alpha + age) / (alpha + age + t)) ** (r + x) * hyp)
    return top / (1 + (x > 0) * a / (b + x - 1) * ((alpha + age) / (alpha + tx)) ** (r + x))


@pytest.mark.parametrize("params", [tuple(PAPER.values()), (1.5, 20.0, 2.5, 4.0), (0.5, 3.0, 0.4, 0.3)])
@pytest.mark.parametrize("t, x, tx, age", [(39, 2, 30.43, 38.86), (10, 0, 0, 30), (5, 7, 20, 25), (20, 1, 3, 40)])
def test_expected_purchases_equal_equation_10_computed_by_hand(params, t, x, tx, age):
    model = BGNBD(*params)
    ours = model.expected_purchases(t, _one(x, tx, age)).iloc[0]
    assert ours == pytest.approx(_eq10_by_hand(params, t, x, tx, age), rel=1e-9)


def test_expected_purchases_grow_with_the_horizon_and_start_at_zero():
    model = BGNBD(**PAPER)
    summary = pd.DataFrame({"frequency": [0, 1, 2, 10, 40], "recency": [0, 5, 30.43, 38, 38],
                            "T": [38.86, 30, 38.86, 38.86, 39]})
    horizons = [0, 0.5, 1, 4, 13, 39, 78, 260, 1000]
    table = np.column_stack([model.expected_purchases(t, summary).to_numpy() for t in horizons])
    assert (table[:, 0] == 0).all()
    assert (np.diff(table, axis=1) > 0).all()
    news = model.expected_purchases_new(np.array(horizons))
    assert news.shape == (len(horizons),) and (np.diff(news) > 0).all() and news[0] == 0


def test_a_new_customer_is_a_customer_with_no_history():
    model = BGNBD(**PAPER)
    fresh = pd.DataFrame({"frequency": [0, 0], "recency": [0, 0], "T": [0, 0]})
    for t in (1, 39, 100):
        assert model.expected_purchases(t, fresh).tolist() == pytest.approx([model.expected_purchases_new(t)] * 2)
    # at first, everyone is alive and buys at the mean rate r / alpha
    assert model.expected_purchases_new(1e-6) == pytest.approx(PAPER["r"] / PAPER["alpha"] * 1e-6, rel=1e-4)


def test_expected_purchases_of_a_new_customer_match_simulated_customers():
    """X(t) = min(Poisson(λt), K): K ~ Geometric(p) repeat purchases until the customer drops out."""
    rng = np.random.default_rng(12)
    r, alpha, a, b = 0.8, 6.0, 1.5, 3.0
    model = BGNBD(r, alpha, a, b)
    n = 400_000
    lam = rng.gamma(r, 1 / alpha, n)
    p = rng.beta(a, b, n)
    k = rng.geometric(p)
    for t in (10, 52):
        x = np.minimum(rng.poisson(lam * t), k)
        assert x.mean() == pytest.approx(model.expected_purchases_new(t), abs=4 * x.std() / math.sqrt(n))


def test_large_histories_do_not_overflow():
    model = BGNBD(**PAPER)
    summary = pd.DataFrame({"frequency": [300, 2000, 1], "recency": [300, 380, 1], "T": [300, 400, 5000]})
    e = model.expected_purchases(52, summary)
    assert np.isfinite(e).all() and (e >= 0).all()
    assert e.iloc[0] > 30  # a customer who buys every week and just bought keeps buying


# --- BG/NBD: the fit ---------------------------------------------------------------------------


def simulate_summary(params, n, rng):
    """Customers of a BG/NBD world observed for T of 20 to 40 weeks: (x, t_x, T)."""
    r, alpha, a, b = params
    t = rng.uniform(20, 40, n)
    lam = rng.gamma(r, 1 / alpha, n)
    k = rng.geometric(rng.beta(a, b, n))
    purchases = rng.poisson(lam * t)
    x = np.minimum(purchases, k)
    # the x-th of `purchases` uniform times in (0, T] is T · Beta(x, purchases - x + 1)
    tx = np.where(x > 0, t * rng.beta(np.maximum(x, 1), purchases - x + 1), 0.0)
    return pd.DataFrame({"frequency": x, "recency": tx, "T": t})


def test_the_fit_recovers_the_parameters_of_simulated_customers():
    rng = np.random.default_rng(2005)
    truth = (0.5, 3.0, 0.8, 2.5)
    model = fit_bg_nbd(simulate_summary(truth, 40_000, rng))
    assert model.params.to_numpy() == pytest.approx(truth, rel=0.15)
    assert model.probability_alive(simulate_summary(truth, 5, rng)).between(0, 1).all()


def test_a_penalty_pulls_the_parameters_in():
    rng = np.random.default_rng(7)
    summary = simulate_summary((0.5, 3.0, 0.8, 2.5), 3000, rng)
    plain, penalised = fit_bg_nbd(summary), fit_bg_nbd(summary, penalizer=0.1)
    assert penalised.penalizer == 0.1
    assert (penalised.params ** 2).sum() < (plain.params ** 2).sum()
    assert penalised.log_likelihood < plain.log_likelihood


def test_the_fit_refuses_a_summary_without_repeat_buyers():
    summary = pd.DataFrame({"frequency": [0, 0, 0], "recency": [0.0, 0.0, 0.0], "T": [5.0, 9.0, 30.0]})
    with pytest.raises(DataError, match="3 个客户都没有复购"):
        fit_bg_nbd(summary)
    with sa.language("en"), pytest.raises(DataError, match="not identified"):
        fit_bg_nbd(summary)
    with pytest.raises(DataError, match="空的"):
        fit_bg_nbd(summary.iloc[:0])


@pytest.mark.parametrize("change, match", [
    ({"recency": [0.0, 50.0, 1.0]}, "0 ≤ recency ≤ T"),
    ({"frequency": [0, -1, 2]}, "不小于 0 的整数"),
    ({"frequency": [0, 1.5, 2]}, "不小于 0 的整数"),
    ({"recency": [3.0, 4.0, 1.0]}, "没有复购（frequency 为 0），recency 却不是 0"),
    ({"T": [5.0, np.nan, 30.0]}, r"首购到观察期末（T）有 1 个客户是空值（行索引 b）"),
])
def test_a_malformed_summary_is_refused_naming_the_customers(change, match):
    summary = pd.DataFrame({"frequency": [0, 1, 2], "recency": [0.0, 4.0, 1.0], "T": [5.0, 9.0, 30.0]},
                           index=list("abc"))
    with pytest.raises(DataError, match=match):
        fit_bg_nbd(summary.assign(**change))
    with pytest.raises(DataError, match="frequency"):
        BGNBD(**PAPER).probability_alive(summary.drop(columns="frequency"))


@pytest.mark.parametrize("bad", [{"r": 0}, {"alpha": -1.0}, {"b": float("nan")}, {"a": "1"}])
def test_a_model_needs_positive_parameters(bad):
    with pytest.raises(ValueError, match="应为大于 0 的数"):
        BGNBD(**{**PAPER, **bad})
    with sa.language("en"), pytest.raises(ValueError, match="must be a number above 0"):
        BGNBD(**{**PAPER, **bad})


def test_a_model_is_frozen_and_shows_its_parameters():
    model = BGNBD(**PAPER)
    assert model.params.to_dict() == PAPER and math.isnan(model.log_likelihood)
    with pytest.raises(AttributeError):
        model.r = 1.0
    with pytest.raises(ValueError, match="t 应为不小于 0 的数"):
        model.expected_purchases_new(-1)


def test_a_model_remembers_its_time_unit_and_refuses_a_summary_in_another(cdnow_transactions, cdnow_summary,
                                                                          cdnow_model):
    assert (cdnow_model.time_unit, cdnow_model.freq_multiplier) == ("D", 7.0)
    in_days = rfm_summary(cdnow_transactions, customer="id", when="date", amount="amount",
                          observation_end="1997-09-30")
    with pytest.raises(DataError, match=r"time_unit='D'、倍数 freq_multiplier=7 .*time_unit='D'、倍数 freq_multiplier=1："):
        cdnow_model.probability_alive(in_days)
    with sa.language("en"), pytest.raises(DataError, match="α carries the time unit"):
        cdnow_model.expected_purchases(39, in_days)
    assert len(cdnow_model.probability_alive(cdnow_summary.head(3))) == 3  # a slice keeps its units
    by_hand = pd.DataFrame(cdnow_summary.to_dict())  # no recorded units: taken as they come
    assert by_hand.attrs == {} and cdnow_model.probability_alive(by_hand).equals(cdnow_model.probability_alive(
        cdnow_summary))
    assert BGNBD(**PAPER).time_unit is None
