"""Tests of shopanalysis.customers: masking, the customer table, RFM scores, the eight segments and
their moves, repeat rate, returning share, cohorts, the win-back list and its privacy rules, and the
demo shop's customer story."""

from __future__ import annotations

import csv
import re
import warnings

import numpy as np
import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import shopanalysis as sa
from shopanalysis import customers as cu
from shopanalysis import present, vocab
from shopanalysis._format import format_pct, format_yuan

MOBILE = re.compile(r"(?<!\d)1\d{10}(?!\d)")
END = "2026-10-31"


def make_orders(rows, *, phones=True):
    """Orders from (buyer, paid_at, amount[, refunded]) tuples, with a phone per buyer."""
    frame = pd.DataFrame([r if len(r) == 4 else (*r, False) for r in rows],
                         columns=["buyer_id", "paid_at", "paid_amount", "refunded"])
    frame.insert(0, "order_id", [f"o{i:04d}" for i in range(len(frame))])
    frame["paid_at"] = pd.to_datetime(frame["paid_at"], format="ISO8601")
    if phones:
        numbers = {b: f"139{i:08d}" for i, b in enumerate(sorted(frame["buyer_id"].unique()))}
        frame["buyer_phone"] = frame["buyer_id"].map(numbers)
    return frame


# --- masking ----------------------------------------------------------------------------------


@pytest.mark.parametrize("value, masked", [
    ("13912973091", "139****3091"),
    (13912973091, "139****3091"),
    (13912973091.0, "139****3091"),
    (" 13912973091 ", "139****3091"),
    ("+8613912973091", "+86****3091"),
    ("0571-8888", "********8"),
    ("7", "7"),
    ("", ""),
    (None, ""),
    (float("nan"), ""),
    (pd.NA, ""),
])
def test_mask_phone(value, masked):
    assert cu.mask_phone(value) == masked


@pytest.mark.parametrize("value, masked", [("jd_136756348", "jd_****6348"), ("tb394867079", "tb3****7079"),
                                           ("abc12", "****2"), (None, "")])
def test_mask_id(value, masked):
    assert cu.mask_id(value) == masked


def test_masking_a_column_keeps_its_index_and_a_masked_value_stays_masked():
    phones = pd.Series(["13912973091", None, "18612345678"], index=[7, 8, 9])
    masked = cu.mask_phones(phones)
    assert masked.index.tolist() == [7, 8, 9]
    assert masked.tolist() == ["139****3091", "", "186****5678"]
    assert cu.mask_phones(masked).tolist() == masked.tolist()
    assert cu.mask_ids(pd.Index(["jd_136756348", "tb394867079"])).tolist() == ["jd_****6348", "tb3****7079"]


@given(st.from_regex(r"1[3-9]\d{9}", fullmatch=True))
def test_a_masked_mobile_keeps_its_length_its_ends_and_hides_the_middle(phone):
    masked = cu.mask_phone(phone)
    assert len(masked) == len(phone) == 11
    assert masked[:3] == phone[:3] and masked[-4:] == phone[-4:] and masked[3:7] == "****"
    assert not MOBILE.search(masked)


@given(st.text(alphabet="0123456789abcdef_-+ ", max_size=30))
def test_a_masked_value_never_shows_five_digits_in_a_row(text):
    masked = cu.mask_id(text)
    middle = text.strip()[3:-4]
    assert not re.search(r"\d{5}", masked)
    for i in range(len(middle) - 4):
        window = middle[i:i + 5]
        if window.isdigit():
            assert window not in masked
    assert cu.mask_id(masked) == masked


# --- the customer table ------------------------------------------------------------------------------

ORDERS = make_orders([
    ("tb100000001", "2026-01-05 10:00", 300.0),
    ("tb100000001", "2026-09-01 12:00", 200.0),
    ("tb100000001", "2026-10-20 09:00", 50.0, True),  # refunded: not a purchase
    ("tb200000002", "2026-10-31 23:59:59", 80.0),  # the last second of the observation day counts
    ("tb300000003", "2025-11-20 08:00", 900.0),
    ("tb300000003", "2025-12-01 08:00", 600.0),
    ("tb400000004", "2026-11-01 00:00:01", 999.0),  # after the observation end
    ("tb500000005", "2026-03-03 15:00", 40.0, True),  # only a refund: not a customer
])


def test_customer_table_gives_r_f_m_per_buyer():
    table = cu.customer_table(ORDERS, observation_end=END)
    assert table.index.tolist() == ["tb100000001", "tb200000002", "tb300000003"]
    assert table.index.name == "buyer_id"
    row = table.loc["tb100000001"]
    assert row["first_purchase"] == pd.Timestamp("2026-01-05 10:00")
    assert row["last_purchase"] == pd.Timestamp("2026-09-01 12:00")
    assert row["days_since_last"] == (pd.Timestamp(END) - pd.Timestamp("2026-09-01")).days == 60
    assert (row["orders"], row["revenue"]) == (2, 500.0)
    assert table.loc["tb200000002", "days_since_last"] == 0
    assert table.loc["tb300000003", ["orders", "revenue"]].tolist() == [2, 1500.0]
    assert table["buyer_phone"].tolist() == ["13900000000", "13900000001", "13900000002"]


def test_customer_table_counts_refunds_only_when_asked_and_never_the_future():
    table = cu.customer_table(ORDERS, observation_end=END, include_refunded=True)
    assert table.loc["tb100000001", "orders"] == 3 and table.loc["tb100000001", "days_since_last"] == 11
    assert "tb500000005" in table.index
    assert "tb400000004" not in table.index
    later = cu.customer_table(ORDERS, observation_end="2026-11-01")
    assert later.loc["tb400000004", "revenue"] == 999.0


def test_customer_table_as_of_a_time_of_day_cuts_at_that_time():
    table = cu.customer_table(ORDERS, observation_end="2026-10-31 12:00")
    assert "tb200000002" not in table.index


def test_customer_table_does_not_depend_on_row_order_or_modify_the_input():
    before = ORDERS.copy()
    shuffled = ORDERS.sample(frac=1, random_state=3)
    a = cu.customer_table(ORDERS, observation_end=END)
    b = cu.customer_table(shuffled, observation_end=END)
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(ORDERS, before)


def test_customer_table_without_a_phone_column_has_none():
    table = cu.customer_table(ORDERS.drop(columns="buyer_phone"), observation_end=END)
    assert "buyer_phone" not in table.columns


def test_customer_table_refuses_bad_orders():
    bad = ORDERS.copy()
    bad.loc[2, "buyer_id"] = None
    with pytest.raises(sa.DataError):
        cu.customer_table(bad, observation_end=END)
    negative = ORDERS.copy()
    negative.loc[0, "paid_amount"] = -5.0
    with pytest.raises(sa.DataError):
        cu.customer_table(negative, observation_end=END)
    with pytest.raises(sa.DataError, match="2025-01-01"):
        cu.customer_table(ORDERS, observation_end="2025-01-01")
    with pytest.raises(ValueError):
        cu.customer_table(ORDERS, observation_end="soon")


# --- RFM scores ----------------------------------------------------------------------------------


def test_rfm_scores_are_quintiles_when_values_are_distinct():
    table = pd.DataFrame({"days_since_last": np.arange(10, 110, 10), "orders": np.arange(1, 11),
                          "revenue": np.linspace(50, 500, 10)})
    scores = cu.rfm_scores(table)
    quintiles = pd.qcut(table["revenue"].rank(), 5, labels=False) + 1
    assert scores["m_score"].tolist() == quintiles.tolist() == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert scores["f_score"].tolist() == quintiles.tolist()
    assert scores["r_score"].tolist() == quintiles.tolist()[::-1]  # more recent scores higher


def test_rfm_scores_give_tied_buyers_one_score():
    table = pd.DataFrame({"days_since_last": [5] * 10, "orders": [1] * 8 + [2, 6], "revenue": [100.0] * 10})
    scores = cu.rfm_scores(table)
    assert scores["f_score"].tolist() == [1] * 8 + [5, 5]  # one-time buyers all 1, repeat buyers top
    assert set(scores["r_score"]) == {1} and set(scores["m_score"]) == {1}
    assert cu.rfm_scores(table, bins=3)["f_score"].tolist() == [1] * 8 + [3, 3]


@pytest.mark.parametrize("bins", [1, 11, 2.5, True])
def test_rfm_scores_refuse_bad_bins(bins):
    table = pd.DataFrame({"days_since_last": [1], "orders": [1], "revenue": [1.0]})
    with pytest.raises(ValueError, match="bins"):
        cu.rfm_scores(table, bins=bins)


@given(st.lists(st.integers(0, 40), min_size=1, max_size=60), st.integers(2, 10))
def test_rfm_scores_are_in_range_and_follow_the_values(values, bins):
    table = pd.DataFrame({"days_since_last": values, "orders": values, "revenue": np.asarray(values, float)})
    scores = cu.rfm_scores(table, bins=bins)
    for column in ("r_score", "f_score", "m_score"):
        assert scores[column].between(1, bins).all()
    order = np.argsort(values, kind="stable")
    assert np.all(np.diff(scores["f_score"].to_numpy()[order]) >= 0)
    assert np.all(np.diff(scores["r_score"].to_numpy()[order]) <= 0)
    assert (scores.groupby(pd.Series(values))[["r_score", "f_score", "m_score"]].nunique() == 1).all().all()


# --- the eight segments -------------------------------------------------------------------------------

OWN = {"recency_days": 90, "orders": 1, "revenue": 300}
#: one buyer per combination of R, F, M, in the order of SEGMENTS, and one exactly on each threshold
GRID = pd.DataFrame({
    "days_since_last": [10, 10, 200, 200, 10, 10, 200, 200, 90],
    "orders": [3, 1, 3, 1, 3, 1, 3, 1, 1],
    "revenue": [900.0, 900.0, 900.0, 900.0, 100.0, 100.0, 100.0, 100.0, 300.0],
}, index=pd.Index([f"b{i}" for i in range(9)], name="buyer_id"))


def test_each_combination_of_r_f_m_is_its_segment():
    segmented = cu.segment_customers(GRID, thresholds=OWN)
    assert segmented["segment"].tolist()[:8] == list(cu.SEGMENTS)
    # on the thresholds: R high (at most), F low (not above), M low (not above)
    assert segmented.loc["b8", "segment"] == "general_develop"
    assert segmented.attrs["thresholds"] == {"recency_days": 90.0, "orders": 1.0, "revenue": 300.0}
    assert "segment" not in GRID.columns


def test_segment_labels_are_the_chinese_crm_names():
    names = [vocab.value_label("segment", s, lang="zh") for s in cu.SEGMENTS]
    assert names == ["重要价值客户", "重要发展客户", "重要保持客户", "重要挽留客户",
                     "一般价值客户", "一般发展客户", "一般保持客户", "一般挽留客户"]
    assert vocab.value_label("segment", "important_winback", lang="en") == "Important: win back"
    assert vocab.value_label("action", "coupon", lang="zh") == "发专属优惠券"


def test_default_thresholds_are_the_medians_and_the_shop_can_set_any():
    assert cu.segment_thresholds(GRID) == {"recency_days": 90.0, "orders": 1.0, "revenue": 300.0}
    assert cu.segment_thresholds(GRID, {"orders": 2}) == {"recency_days": 90.0, "orders": 2.0, "revenue": 300.0}
    with pytest.raises(ValueError, match="recency"):
        cu.segment_thresholds(GRID, {"recent_days": 30})
    with pytest.raises(ValueError, match="revenue"):
        cu.segment_thresholds(GRID, {"revenue": "high"})


def test_with_a_median_of_one_order_f_high_means_a_repeat_buyer():
    table = pd.DataFrame({"days_since_last": [1, 2, 3, 4, 5], "orders": [1, 1, 1, 2, 5],
                          "revenue": [10.0, 20, 30, 40, 50]})
    segmented = cu.segment_customers(table)
    f_high = segmented["segment"].str.endswith(("_value", "_keep"))
    assert f_high.tolist() == (table["orders"] >= 2).tolist()


def test_summarize_segments_has_all_eight_rows_and_adds_up():
    summary = cu.summarize_segments(GRID.iloc[[0, 0, 5, 7]].reset_index(drop=True), thresholds=OWN)
    assert summary["segment"].tolist() == list(cu.SEGMENTS)
    assert summary["customers"].tolist() == [2, 0, 0, 0, 0, 1, 0, 1]
    assert summary["revenue"].sum() == pytest.approx(2000.0)
    assert summary["customer_share"].sum() == pytest.approx(1.0)
    assert summary["revenue_share"].sum() == pytest.approx(1.0)
    assert summary.set_index("segment").at["important_value", "revenue_share"] == pytest.approx(0.9)
    segmented = cu.segment_customers(GRID, thresholds=OWN)
    assert cu.summarize_segments(segmented)["customers"].sum() == len(GRID)


MOVES = make_orders([
    ("a", "2026-01-10", 500.0), ("a", "2026-06-01", 300.0),  # winback -> value
    ("b", "2026-02-01", 100.0),  # general develop -> general winback
    ("c", "2026-03-20", 400.0), ("c", "2026-03-25", 50.0),  # value -> keep
    ("d", "2026-05-01", 200.0),  # new -> general develop
    ("e", "2026-04-02", 20.0),  # after start: new, still in at end
])


def test_segment_moves_cross_the_segments_at_two_dates_with_fixed_thresholds():
    moves = cu.segment_moves(MOVES, start="2026-03-31", end="2026-06-30", thresholds=OWN | {"recency_days": 60})
    assert moves.index.tolist() == [*cu.SEGMENTS, "new"] and moves.columns.tolist() == list(cu.SEGMENTS)
    assert moves.loc["important_winback", "important_value"] == 1
    assert moves.loc["general_develop", "general_winback"] == 1
    assert moves.loc["important_value", "important_keep"] == 1
    assert moves.loc["new", "general_develop"] == 1 and moves.loc["new", "general_winback"] == 1
    assert moves.to_numpy().sum() == 5


def test_segment_moves_hold_the_start_medians_and_rows_are_start_sizes():
    moves = cu.segment_moves(MOVES, start="2026-03-31", end="2026-06-30")
    start = cu.customer_table(MOVES, observation_end="2026-03-31")
    assert moves.attrs["thresholds"] == cu.segment_thresholds(start)
    sizes = cu.segment_customers(start)["segment"].value_counts()
    assert moves.drop(index="new").sum(axis=1)[sizes.index].tolist() == sizes.tolist()
    assert moves.loc["new"].sum() == 2
    with pytest.raises(ValueError):
        cu.segment_moves(MOVES, start="2026-06-30", end="2026-03-31")


# --- repeat rate, returning share, cohorts -------------------------------------------------------------

SHARE = make_orders([
    ("a", "2026-01-05", 100.0), ("b", "2026-01-20", 50.0), ("b", "2026-01-25", 10.0, True),
    ("a", "2026-03-03", 300.0), ("c", "2026-03-10", 100.0), ("c", "2026-03-12", 20.0),
    ("b", "2026-04-01", 40.0), ("d", "2026-04-02", 60.0), ("a", "2026-04-30", 10.0),
])


def test_repeat_rate_counts_buyers_with_two_orders_in_the_period():
    assert cu.repeat_rate(SHARE, start="2026-03-01", end="2026-03-31") == pytest.approx(1 / 2)
    assert cu.repeat_rate(SHARE, start="2026-01-01", end="2026-01-31") == 0.0  # b's second order was refunded
    assert cu.repeat_rate(SHARE, start="2026-01-01", end="2026-01-31", include_refunded=True) == pytest.approx(0.5)
    assert cu.repeat_rate(SHARE, start="2026-01-01", end="2026-04-30") == pytest.approx(3 / 4)
    assert cu.repeat_rate(SHARE, start="2026-04-01", end="2026-04-30") == 0.0  # earlier orders do not count
    assert np.isnan(cu.repeat_rate(SHARE, start="2026-02-01", end="2026-02-28"))


def test_returning_share_splits_each_month_into_new_and_returning():
    share = cu.returning_share(SHARE, min_history=2).set_index("period")
    assert share.index.tolist() == list(pd.date_range("2026-01-01", periods=4, freq="MS"))
    assert share["buyers"].tolist() == [2, 0, 2, 3]
    assert share["new_buyers"].tolist() == [2, 0, 1, 1]
    assert share["returning_buyers"].tolist() == [0, 0, 1, 2]
    assert share["returning_share"].tolist()[2:] == [0.5, pytest.approx(2 / 3)]
    assert np.isnan(share.loc["2026-02-01", "returning_share"])
    assert share.loc["2026-03-01", "returning_amount_share"] == pytest.approx(300 / 420)
    assert share["short_history"].tolist() == [True, True, False, False]
    assert share["paid_amount"].sum() == pytest.approx(SHARE.loc[~SHARE["refunded"], "paid_amount"].sum())
    assert cu.returning_share(SHARE, end="2026-03-31")["period"].iloc[-1] == pd.Timestamp("2026-03-01")


def test_returning_share_by_quarter_and_a_bad_freq():
    share = cu.returning_share(SHARE, freq="QS", min_history=0)
    assert share["buyers"].tolist() == [3, 3] and share["new_buyers"].tolist() == [3, 1]
    assert share["period"].tolist() == [pd.Timestamp("2026-01-01"), pd.Timestamp("2026-04-01")]
    assert share["short_history"].tolist() == [False, False]
    with pytest.raises(ValueError, match="freq"):
        cu.returning_share(SHARE, freq="D")


def test_cohort_retention_follows_each_first_purchase_month():
    cohorts = cu.cohort_retention(SHARE)
    assert cohorts.index.tolist() == [pd.Timestamp("2026-01-01"), pd.Timestamp("2026-03-01"),
                                      pd.Timestamp("2026-04-01")]
    assert cohorts["cohort_size"].tolist() == [2, 1, 1]
    jan = cohorts.loc["2026-01-01"]
    assert jan[[0, 1, 2, 3]].tolist() == [1.0, 0.0, 0.5, 1.0]  # a in March, a and b in April
    assert cohorts.loc["2026-03-01", [0, 1]].tolist() == [1.0, 0.0]
    assert cohorts.loc["2026-03-01", [2, 3]].isna().all()  # the data does not reach them yet
    assert cohorts.loc["2026-04-01", 0] == 1.0 and cohorts.loc["2026-04-01", [1, 2, 3]].isna().all()


@st.composite
def random_orders(draw):
    n = draw(st.integers(1, 40))
    buyers = draw(st.lists(st.sampled_from("abcdefgh"), min_size=n, max_size=n))
    days = draw(st.lists(st.integers(0, 300), min_size=n, max_size=n))
    amounts = draw(st.lists(st.integers(1, 900), min_size=n, max_size=n))
    return make_orders([(b, pd.Timestamp("2026-01-01") + pd.Timedelta(days=d), float(a))
                        for b, d, a in zip(buyers, days, amounts)], phones=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_orders())
def test_each_buyer_is_new_once_and_in_one_cohort(orders):
    buyers = orders["buyer_id"].nunique()
    share = cu.returning_share(orders)
    assert share["new_buyers"].sum() == buyers
    assert (share["new_buyers"] + share["returning_buyers"] == share["buyers"]).all()
    cohorts = cu.cohort_retention(orders)
    assert cohorts["cohort_size"].sum() == buyers
    assert (cohorts[0] == 1.0).all()
    values = cohorts.drop(columns="cohort_size").to_numpy()
    assert np.nanmax(values) <= 1.0 and np.nanmin(values) >= 0.0
    table = cu.customer_table(orders, observation_end="2026-12-31")
    assert cu.summarize_segments(table)["customers"].sum() == buyers
    moves = cu.segment_moves(orders, start="2026-06-30", end="2026-12-31") if (
        orders["paid_at"] <= "2026-06-30 23:59:59").any() else None
    if moves is not None:
        assert moves.to_numpy().sum() == buyers


# --- the win-back list -------------------------------------------------------------------------------

WINBACK = make_orders([
    ("tb100000001", "2026-01-05", 600.0), ("tb100000001", "2026-02-01", 400.0),  # important keep
    ("tb200000002", "2026-03-01", 900.0),  # important winback
    ("tb300000003", "2026-01-01", 50.0), ("tb300000003", "2026-02-01", 60.0),  # general keep
    ("tb400000004", "2026-02-01", 40.0),  # general winback: not on the list
    ("tb500000005", "2026-10-01", 700.0), ("tb500000005", "2026-10-25", 800.0),  # important value
    ("tb600000006", "2026-10-20", 30.0),  # general develop
])


class FixedModel:
    """A stand-in for a fitted BG/NBD model: P(alive) set per buyer."""

    def __init__(self, alive):
        self.alive = alive

    def probability_alive(self, summary):
        return np.array([self.alive.get(b, 1.0) for b in summary.index])


def test_the_list_holds_valuable_buyers_drifting_away_most_money_first():
    lst = cu.reactivation_list(WINBACK, observation_end=END, model=False, thresholds=OWN)
    assert lst.index.tolist() == ["tb100000001", "tb200000002", "tb300000003"]
    assert lst.columns.tolist() == ["buyer", "segment", "last_purchase", "days_since_last", "orders", "revenue",
                                    "probability_alive", "action", "phone"]
    assert lst["segment"].tolist() == ["important_keep", "important_winback", "general_keep"]
    assert lst["revenue"].tolist() == [1000.0, 900.0, 110.0]
    assert lst["action"].tolist() == ["coupon", "sms", "sms"]  # a coupon for repeat buyers above the M threshold
    assert lst["buyer"].tolist() == ["tb1****0001", "tb2****0002", "tb3****0003"]
    assert lst["phone"].tolist() == ["139****0000", "139****0001", "139****0002"]
    assert lst["probability_alive"].isna().all()
    assert lst.attrs["thresholds"] == {"recency_days": 90.0, "orders": 1.0, "revenue": 300.0}
    assert cu.reactivation_list(WINBACK, observation_end=END, model=False, thresholds=OWN, limit=1).index.tolist() == [
        "tb100000001"]


def test_a_model_adds_repeat_buyers_unlikely_to_be_alive():
    model = FixedModel({"tb500000005": 0.2, "tb100000001": 0.9})
    lst = cu.reactivation_list(WINBACK, observation_end=END, model=model, thresholds=OWN)
    assert lst.index.tolist() == ["tb500000005", "tb100000001", "tb200000002", "tb300000003"]
    assert lst.loc["tb500000005", ["segment", "action"]].tolist() == ["important_value", "coupon"]
    assert lst["probability_alive"].tolist() == [0.2, 0.9, 1.0, 1.0]
    only = cu.reactivation_list(WINBACK, observation_end=END, model=model, thresholds=OWN, segments=())
    assert only.index.tolist() == ["tb500000005"]


def test_every_buyer_of_the_table_gets_the_model_s_probability():
    class Half:
        def probability_alive(self, summary):
            return np.full(len(summary), 0.5)

    lst = cu.reactivation_list(ORDERS, observation_end=END, model=Half(), segments=(), alive_below=0.6)
    table = cu.customer_table(ORDERS, observation_end=END)
    assert sorted(lst.index) == sorted(table.index)  # the buyer of the last second included
    assert (lst["probability_alive"] == 0.5).all()


def test_a_model_fitted_inside_gives_each_buyer_a_probability():
    lst = cu.reactivation_list(WINBACK, observation_end=END, thresholds=OWN)
    assert lst["probability_alive"].between(0, 1).all()
    one_time = make_orders([("tb100000001", "2026-01-05", 600.0), ("tb200000002", "2026-03-01", 900.0)])
    lst = cu.reactivation_list(one_time, observation_end=END, thresholds=OWN)  # nobody bought twice: no model
    assert lst["probability_alive"].isna().all() and len(lst) == 2


def test_the_list_refuses_bad_arguments():
    with pytest.raises(ValueError, match="important_vip"):
        cu.reactivation_list(WINBACK, observation_end=END, segments=["important_vip"], model=False)
    with pytest.raises(ValueError, match="alive_below"):
        cu.reactivation_list(WINBACK, observation_end=END, alive_below=50)
    with pytest.raises(ValueError, match="model"):
        cu.reactivation_list(WINBACK, observation_end=END, model="bgnbd")


def test_without_phones_the_list_has_no_phone_column(tmp_path):
    lst = cu.reactivation_list(WINBACK.drop(columns="buyer_phone"), observation_end=END, model=False, thresholds=OWN)
    assert "phone" not in lst.columns
    path = cu.write_reactivation_list(lst, tmp_path / "list.csv")
    header = _csv_rows(path)[0]
    assert "手机号" not in header and header[0] == "买家"


# --- privacy and safe files -------------------------------------------------------------------------


def _csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_no_full_phone_number_shows_in_the_list_or_its_table():
    lst = cu.reactivation_list(WINBACK, observation_end=END, model=False, thresholds=OWN)
    assert not MOBILE.search(lst.to_string(index=False))
    assert not MOBILE.search(lst.to_csv(index=False))
    html = present.table(lst).to_html()
    assert not MOBILE.search(html) and "tb100000001" not in html


def test_the_written_list_has_masked_phones_by_default(tmp_path):
    lst = cu.reactivation_list(WINBACK, observation_end=END, model=False, thresholds=OWN)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        path = cu.write_reactivation_list(lst, tmp_path / "list.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert not MOBILE.search(text) and "tb100000001" not in text
    rows = _csv_rows(path)
    assert rows[0] == ["买家", "客户分群", "最近购买", "距最近购买（天）", "订单数", "累计消费", "仍活跃概率",
                       "建议动作", "手机号"]
    assert rows[1][:3] == ["tb1****0001", "重要保持客户", "2026-02-01"] and rows[1][-2:] == ["发专属优惠券", "139****0000"]
    xlsx = cu.write_reactivation_list(lst, tmp_path / "list.xlsx")
    cells = [c.value for row in openpyxl.load_workbook(xlsx).active.iter_rows() for c in row]
    assert not any(MOBILE.search(str(v)) for v in cells if v is not None)


def test_full_numbers_only_with_the_flag_and_a_warning(tmp_path):
    lst = cu.reactivation_list(WINBACK, observation_end=END, model=False, thresholds=OWN)
    with pytest.raises(ValueError, match="orders"):
        cu.write_reactivation_list(lst, tmp_path / "full.csv", include_phone=True)
    with pytest.warns(sa.DataWarning) as caught:
        path = cu.write_reactivation_list(lst, tmp_path / "full.csv", include_phone=True, orders=WINBACK)
    assert len(caught) == 1 and "\n" not in str(caught[0].message) and "3" in str(caught[0].message)
    rows = _csv_rows(path)
    assert [r[-1] for r in rows[1:]] == ["13900000000", "13900000001", "13900000002"]
    assert [r[0] for r in rows[1:]] == ["tb1****0001", "tb2****0002", "tb3****0003"]  # buyer ids stay masked
    with pytest.raises(sa.DataError, match="buyer_phone"):
        cu.write_reactivation_list(lst, tmp_path / "x.csv", include_phone=True,
                                   orders=WINBACK.drop(columns="buyer_phone"))


def test_the_written_list_is_formula_safe(tmp_path):
    risky = make_orders([("=HYPERLINK(\"http://x\")", "2026-01-05", 600.0), ("=HYPERLINK(\"http://x\")",
                                                                            "2026-02-01", 400.0),
                         ("@SUM(A1:A9)+cmd", "2026-03-01", 900.0)])
    risky["buyer_phone"] = ["+8613912973091", "+8613912973091", "-1"]
    lst = cu.reactivation_list(risky, observation_end=END, model=False, thresholds=OWN)
    assert lst["buyer"].str.startswith(("=", "@")).all() and lst["phone"].str.startswith(("+", "*")).all()
    rows = _csv_rows(cu.write_reactivation_list(lst, tmp_path / "risky.csv"))
    assert {r[0][0] for r in rows[1:]} == {"'"}  # =... and @... become text
    assert rows[1][-1] == "'+86****3091"
    book = openpyxl.load_workbook(cu.write_reactivation_list(lst, tmp_path / "risky.xlsx"))
    cells = [c for row in book.active.iter_rows() for c in row]
    assert not any(c.data_type == "f" for c in cells)
    formula_like = {c.value for c in cells if isinstance(c.value, str) and c.value.startswith("=")}
    assert formula_like == {cu.mask_id(risky["buyer_id"].iloc[0])}  # kept as typed, a string cell


def test_the_list_file_needs_a_known_suffix_and_a_list(tmp_path):
    lst = cu.reactivation_list(WINBACK, observation_end=END, model=False, thresholds=OWN)
    with pytest.raises(ValueError, match="csv"):
        cu.write_reactivation_list(lst, tmp_path / "list.txt")
    with pytest.raises(ValueError, match="action"):
        cu.write_reactivation_list(lst.drop(columns="action"), tmp_path / "list.csv")


def test_the_list_file_reads_in_english_when_asked(tmp_path):
    lst = cu.reactivation_list(WINBACK, observation_end=END, model=False, thresholds=OWN)
    with sa.language("en"):
        rows = _csv_rows(cu.write_reactivation_list(lst, tmp_path / "en.csv"))
    assert rows[0][:2] == ["Buyer", "Segment"] and rows[1][1] == "Important: keep" and rows[1][-2] == "Targeted coupon"


# --- sentences ---------------------------------------------------------------------------------------------


def test_describe_customers_states_the_numbers_of_the_tables():
    lst = cu.reactivation_list(WINBACK, observation_end=END, model=False, thresholds=OWN)
    lines = cu.describe_customers(WINBACK, observation_end=END, thresholds=OWN, reactivation=lst, min_history=3)
    text = "\n".join(lines)
    assert "6 位买家" in lines[0]
    summary = cu.summarize_segments(cu.customer_table(WINBACK, observation_end=END), thresholds=OWN)
    top = summary.set_index("segment")["revenue_share"].idxmax()
    assert vocab.value_label("segment", top) in lines[1]
    assert format_pct(summary.set_index("segment").at[top, "revenue_share"]) in lines[1]
    assert "值得唤回的客户 3 位" in text and format_yuan(2010.0) in text
    assert "1 位建议发专属优惠券，2 位发短信提醒" in text
    rate = cu.repeat_rate(WINBACK, start="2026-01-01", end=END)
    assert f"复购率（买了 2 单及以上的买家 ÷ 买家）为 {format_pct(rate)}" in text
    share = cu.returning_share(WINBACK, min_history=3, end=END)
    fair = share.loc[~share["short_history"] & (share["buyers"] > 0)]
    assert format_pct(fair["returning_share"].iloc[-1]) in text


def test_describe_customers_says_when_the_history_is_too_short():
    lines = cu.describe_customers(WINBACK, observation_end=END, thresholds=OWN, model=False, min_history=12)
    assert any("不足 12 个月" in line for line in lines)
    with sa.language("en"):
        lines = cu.describe_customers(WINBACK, observation_end=END, thresholds=OWN, model=False)
    assert lines[0].startswith("On 2026-10-31 the shop has 6 buyers")


def test_method_notes_name_the_thresholds_and_the_rules():
    notes = cu.method_notes({"recency_days": 148.0, "orders": 1.0, "revenue": 237.0}, observation_end=END,
                            own=["revenue"])
    text = "\n".join(notes)
    assert "148 天以内" in text and "¥237" in text and "店铺自定的阈值，其余取全体买家的中位数" in text
    assert "重要保持客户、重要挽留客户和一般保持客户" in text and "50%" in text and "139****3091" in text
    assert "BG/NBD" not in "\n".join(cu.method_notes({"recency_days": 1, "orders": 1, "revenue": 1},
                                                     observation_end=END, model=False))


# --- the demo shop's story and the JD sample -----------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_orders():
    return sa.load_demo_shop().orders


def test_the_demo_shop_tells_a_customer_story(demo_orders):
    table = cu.customer_table(demo_orders, observation_end=END)
    segmented = cu.segment_customers(table)
    summary = cu.summarize_segments(segmented).set_index("segment")
    share = cu.returning_share(demo_orders, end=END)
    fair = share.loc[~share["short_history"]]
    lst = cu.reactivation_list(demo_orders, observation_end=END)
    print("\nthresholds", segmented.attrs["thresholds"])
    print(summary.round(3).to_string())
    print(share[["period", "buyers", "new_buyers", "returning_share", "returning_amount_share",
                 "short_history"]].to_string(float_format="{:.3f}".format))
    print("repeat rate (year)", round(cu.repeat_rate(demo_orders, start="2025-11-01", end=END), 4))
    print("win-back list", len(lst), "buyers, money at stake", round(lst["revenue"].sum(), 2),
          lst["action"].value_counts().to_dict(), lst["segment"].value_counts().to_dict())
    print(lst.head(5).to_string())
    for line in cu.describe_customers(demo_orders, observation_end=END, reactivation=lst):
        print(line)
    # about 17% of buyers buy more than once; the median buyer ordered once, so F high = a repeat buyer
    assert 0.12 < (table["orders"] > 1).mean() < 0.25
    assert segmented.attrs["thresholds"]["orders"] == 1.0
    # important-value buyers bring far more than their share of buyers
    value = summary.loc["important_value"]
    assert value["revenue_share"] > 2 * value["customer_share"]
    assert (summary["customers"] > 0).all()
    # the returning share settles between a quarter and a half once six months of history exist
    assert fair["returning_share"].between(0.25, 0.5).all()
    assert share.loc[share["short_history"], "period"].max() < fair["period"].min()
    assert share["returning_share"].iloc[0] == 0.0  # the first month: everyone looks new
    # the win-back list: valuable buyers drifting away, the most money first, no phone in full
    assert 0 < len(lst) < len(table) / 2
    assert lst["revenue"].is_monotonic_decreasing
    assert set(lst["segment"]) <= set(cu.WINBACK_SEGMENTS) | {"important_value", "general_value"}
    assert not MOBILE.search(lst.to_string(index=False))
    assert lst["probability_alive"].between(0, 1).all()


def test_the_demo_cohorts_retain_a_few_percent_each_month(demo_orders):
    cohorts = cu.cohort_retention(demo_orders, end=END)
    assert len(cohorts) == 12 and cohorts["cohort_size"].sum() == cu.customer_table(
        demo_orders, observation_end=END).shape[0]
    later = cohorts.drop(columns=["cohort_size", 0]).stack()
    assert 0.01 < later.median() < 0.15


def test_the_jd_sample_is_too_short_for_a_returning_trend():
    orders = sa.load_shop(sa.jd_dir()).orders
    share = cu.returning_share(orders)
    assert len(share) == 3 and share["short_history"].all()
    lines = cu.describe_customers(orders, observation_end=END, model=False)
    assert any("不足 6 个月" in line for line in lines)
    lst = cu.reactivation_list(orders, observation_end=END, model=False)
    assert not MOBILE.search(lst.to_string(index=False)) and lst["buyer"].str.contains(r"\*\*\*\*").all()


# --- blank buyer ids: the vectorised check against Python's own definition -------------------

_IDS = ["tb01", "", " ", "\u3000", "\t\n", "\x1c", "\x85", "\u2028", "\u00a0", " tb02", "tb03 ", "\u3000小美", "小美"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.none(), st.sampled_from(_IDS)), max_size=25),
       st.sampled_from(["str", "python", "object"]))
def test_a_buyer_id_is_missing_exactly_when_python_calls_it_blank(ids, kind):
    from shopanalysis import _rfm

    dtype = {"str": "str", "python": pd.StringDtype("python", na_value=np.nan), "object": object}[kind]
    column = pd.Series(ids, dtype=dtype)
    codes, missing, customers = _rfm._missing_customers(column)
    want = [i is None or i.strip() == "" for i in ids]  # str.strip() strips what str.isspace() calls space
    assert missing.tolist() == want
    assert [customers[c] for c in codes[codes >= 0]] == [i for i in ids if i is not None]


def test_a_full_width_space_is_no_buyer():
    orders = pd.DataFrame({"order_id": ["o1", "o2"], "buyer_id": ["tb01", "\u3000"],
                           "paid_at": pd.to_datetime(["2026-10-01", "2026-10-02"]), "paid_amount": [10.0, 20.0]})
    with pytest.raises(sa.DataError, match="buyer_id"):
        cu.check_orders(orders)
