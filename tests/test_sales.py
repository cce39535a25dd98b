"""Tests for shopanalysis.sales: pacing, day comparisons, product movers and sentences.

Hand-made canonical frames with hand-computed expectations; hypothesis for the
identities (weights add up to 1, targets add up to the month's target, the split
adds up to the change); smoke tests on the demo shop when it is there.
"""

import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from shopanalysis import DataError, language
from shopanalysis import sales as s

DEMO = Path(__file__).resolve().parents[1] / "data" / "samples" / "demo_shop"


def daily(start, values, **cols):
    """A shop_daily frame from ``start`` with one paid_amount per day."""
    days = pd.date_range(start, periods=len(values), freq="D")
    out = {"date": days, "paid_amount": np.asarray(values, dtype="float64")}
    out.update(cols)
    return pd.DataFrame(out)


def full_daily(start, end, amount=1000.0, visitors=1000, buyers=20):
    days = pd.date_range(start, end, freq="D")
    return pd.DataFrame({"date": days, "visitors": visitors, "paying_buyers": buyers,
                         "paid_amount": float(amount)})


# --- promo calendar ------------------------------------------------------------------


def test_promo_days_know_double_11_with_presale_618_double_12_and_spring_festival():
    p = s.promo_days("2025-10-01", "2026-12-31").set_index("date")
    assert p.loc["2025-11-11", "promo"] == "双11" and p.loc["2025-11-11", "offset"] == 0
    assert p.loc["2025-10-20", "promo"] == "双11" and p.loc["2025-10-20", "offset"] == -22
    assert pd.Timestamp("2025-10-19") not in p.index
    assert pd.Timestamp("2025-11-12") not in p.index
    assert p.loc["2025-12-12", "promo"] == "双12"
    assert p.loc["2026-06-18", "promo"] == "618"
    assert p.loc["2026-05-20", "promo"] == "618"
    # 2026 lunar new year is 02-17: the logistics stop runs 02-07 .. 02-24
    assert p.loc["2026-02-07", "promo"] == "春节停发" and p.loc["2026-02-07", "offset"] == -10
    assert p.loc["2026-02-24", "offset"] == 7
    assert pd.Timestamp("2026-02-25") not in p.index


def test_promo_days_take_a_custom_calendar():
    mine = (s.Promo("店庆", "09-09", 1, 1),)
    p = s.promo_days("2026-09-01", "2026-09-30", calendar=mine)
    assert list(p["date"].dt.day) == [8, 9, 10] and set(p["promo"]) == {"店庆"}


# --- daily_target_profile ------------------------------------------------------------


def test_first_month_of_data_falls_back_to_an_even_spread_and_says_so():
    hist = full_daily("2025-11-01", "2025-11-30")
    p = s.daily_target_profile(hist, "2025-11", target_amount=300_000)
    assert len(p) == 30 and p.attrs["even_spread"]
    assert "平均分配" in p.attrs["method"]
    # 双11 is in the month but there is no last year: planned like an ordinary day, and said
    assert "双11：11 天（11-01至11-11）既没有去年同期数据" in p.attrs["method"] and "按普通日计划" in p.attrs["method"]
    with language("en"):
        p = s.daily_target_profile(hist, "2025-11", target_amount=300_000)
    assert "even spread" in p.attrs["method"]
    assert "11.11: 11 days (11-01..11-11)" in p.attrs["method"] and "planned like ordinary days" in p.attrs["method"]
    assert np.allclose(p["weight"], 1 / 30)
    assert (p["target"] == 10_000.0).all()
    assert p.loc[p["date"] == "2025-11-11", "promo"].item() == "双11"


def test_fewer_than_two_full_weeks_is_even_and_two_weeks_is_not():
    sat_heavy = lambda days: [3000.0 if d.day_of_week == 5 else 1000.0 for d in days]  # noqa: E731
    days13 = pd.date_range("2026-09-18", "2026-09-30")
    days14 = pd.date_range("2026-09-17", "2026-09-30")
    p13 = s.daily_target_profile(pd.DataFrame({"date": days13, "paid_amount": sat_heavy(days13)}),
                                 "2026-10", target_amount=31_000)
    p14 = s.daily_target_profile(pd.DataFrame({"date": days14, "paid_amount": sat_heavy(days14)}),
                                 "2026-10", target_amount=31_000)
    assert float(p13["target"].sum()) == float(p14["target"].sum()) == 31_000.0
    assert p13.attrs["even_spread"] and "只有 13 天" in p13.attrs["method"]
    assert not p14.attrs["even_spread"]
    # two Saturdays at 3000, 12 other days at 1000: Saturday index 3000 / (9000/7) = 7/3
    assert p14.loc[p14["weekday"] == "Sat", "weekday_index"].iloc[0] == pytest.approx(7 / 3)
    assert p14.loc[p14["weekday"] == "Mon", "weekday_index"].iloc[0] == pytest.approx(7 / 9)


def test_weekday_weights_are_ratios_of_sums_hand_computed():
    # 2026-09-07 is a Monday; four full weeks: Mondays 700, the rest 100 -> Monday index 700/((700+600)/7)
    days = pd.date_range("2026-09-03", "2026-09-30")
    hist = pd.DataFrame({"date": days, "paid_amount": [700.0 if d.day_of_week == 0 else 100.0 for d in days]})
    p = s.daily_target_profile(hist, "2026-10", target_amount=1_000, cap=None)  # 7x the median: no cap here
    idx = p.drop_duplicates("weekday").set_index("weekday")["weekday_index"]
    assert idx["Mon"] == pytest.approx(700 / (1300 / 7))
    assert idx["Tue"] == pytest.approx(100 / (1300 / 7))
    # October 2026 has 4 Mondays and 27 other days
    raw_sum = 4 * idx["Mon"] + 27 * idx["Tue"]
    assert p.loc[p["date"] == "2026-10-05", "weight"].item() == pytest.approx(idx["Mon"] / raw_sum)
    assert "之前的 4 周" in p.attrs["method"]


def test_lookback_weeks_limits_the_history_used():
    days = pd.date_range("2026-08-06", "2026-09-30")  # 8 weeks
    old_mondays_big = [5000.0 if (d.day_of_week == 0 and d < pd.Timestamp("2026-09-03")) else 1000.0 for d in days]
    hist = pd.DataFrame({"date": days, "paid_amount": old_mondays_big})
    recent = s.daily_target_profile(hist, "2026-10", target_amount=1_000, lookback_weeks=4, cap=None)
    assert np.allclose(recent["weekday_index"], 1.0)
    longer = s.daily_target_profile(hist, "2026-10", target_amount=1_000, lookback_weeks=8, cap=None)
    assert longer.loc[longer["weekday"] == "Mon", "weekday_index"].iloc[0] > 1.5


def test_double_11_does_not_skew_the_december_profile():
    quiet = full_daily("2025-11-01", "2025-11-30")
    loud = quiet.assign(paid_amount=np.where(quiet["date"] == "2025-11-11", 500_000.0, quiet["paid_amount"]))
    p_quiet = s.daily_target_profile(quiet, "2025-12", target_amount=100_000, borrow_promos=False)
    p_loud = s.daily_target_profile(loud, "2025-12", target_amount=100_000, borrow_promos=False)
    pd.testing.assert_frame_equal(p_quiet, p_loud)
    # with borrowing the 双12 peak learns from the 双11 peak, but the weekday weights still ignore it
    borrowed = s.daily_target_profile(loud, "2025-12", target_amount=100_000)
    pd.testing.assert_series_equal(borrowed["weekday_index"], p_quiet["weekday_index"])
    assert borrowed.set_index("date").loc["2025-12-12", "promo_factor"] == pytest.approx(500.0)
    assert not p_loud.attrs["even_spread"]
    assert "剔除了 9 个大促日（双11）" in p_loud.attrs["method"]
    with language("en"):
        assert "9 promo days (11.11) left out" in s.daily_target_profile(
            loud, "2025-12", target_amount=100_000, borrow_promos=False).attrs["method"]
    assert np.allclose(p_loud["weekday_index"], 1.0)


def test_an_unlisted_spike_is_capped_at_three_times_the_median():
    days = pd.date_range("2026-09-03", "2026-09-30")  # four Thursdays: 09-03, 10, 17, 24
    hist = pd.DataFrame({"date": days, "paid_amount": np.where(days == "2026-09-10", 100_000.0, 1000.0)})
    p = s.daily_target_profile(hist, "2026-10", target_amount=1_000)
    thursday = (3000 + 3 * 1000) / 4  # capped at 3 x the median day
    per_day = np.array([1000.0] * 7)
    per_day[3] = thursday
    assert p.loc[p["weekday"] == "Thu", "weekday_index"].iloc[0] == pytest.approx(thursday / per_day.mean())
    assert "1 天高于日中位数的 3 倍，按 3 倍计" in p.attrs["method"]
    with language("en"):
        en = s.daily_target_profile(hist, "2026-10", target_amount=1_000).attrs["method"]
    assert "1 day above 3x the median day" in en
    uncapped = s.daily_target_profile(hist, "2026-10", target_amount=1_000, cap=None)
    assert uncapped.loc[uncapped["weekday"] == "Thu", "weekday_index"].iloc[0] > 3


def test_last_years_promo_lift_scales_the_promo_day():
    year = full_daily("2025-11-01", "2026-10-31")
    year.loc[year["date"] == "2025-11-11", "paid_amount"] = 10_000.0  # 10x the ordinary day of Nov 2025
    p = s.daily_target_profile(year, "2026-11", target_amount=390_000)
    day = p.set_index("date").loc["2026-11-11"]
    assert day["basis"] == "last year" and day["promo_factor"] == pytest.approx(10.0)
    # Nov 1-10 2026 are pre-sale days whose last-year days sold like ordinary ones: x1.0
    assert p.set_index("date").loc["2026-11-05", "promo_factor"] == pytest.approx(1.0)
    # 29 days x 1 + 11-11 x 10 = 39 parts
    assert day["weight"] == pytest.approx(10 / 39)
    assert day["target"] == pytest.approx(100_000.0)
    assert "11-11 ×10.00（参照 2025-11-11）" in p.attrs["method"]
    off = s.daily_target_profile(year, "2026-11", target_amount=390_000, use_last_year=False, borrow_promos=False)
    assert off["promo_factor"].isna().all()
    # without last year the days borrow from the windows in the data: 2025-11-11 itself lends its x10
    borrowed = s.daily_target_profile(year, "2026-11", target_amount=390_000, use_last_year=False)
    assert (borrowed.loc[borrowed["promo"] != "", "basis"] == "borrowed").all()
    peak = borrowed.set_index("date").loc["2026-11-11", "promo_factor"]
    assert peak == pytest.approx((10_000 + 1000 + 1000) / 3000)  # 双11 x10, 双12 and 618 x1: a ratio of sums


def test_given_promo_factors_win_by_date_over_name_over_last_year():
    hist = full_daily("2025-11-01", "2026-01-31")
    p = s.daily_target_profile(hist, "2026-02", target_amount=28_000,
                               promo_factors={"春节停发": 0.5, "2026-02-17": 0.0})
    p = p.set_index("date")
    assert p.loc["2026-02-10", "promo_factor"] == 0.5 and p.loc["2026-02-10", "basis"] == "given"
    assert p.loc["2026-02-17", "promo_factor"] == 0.0 and p.loc["2026-02-17", "target"] == 0.0
    assert p.loc["2026-02-03", "basis"] == "weekday"
    assert float(p["target"].sum()) == 28_000.0


# Two sale windows with known lifts in March and April 2026, a slowdown in April that
# must not lend, and a third sale window in May (ramp 05-08..05-09, peak 05-10, one day
# after) that has no last year and so borrows.
LENDERS = (
    s.Promo("A", "03-10", 2, 0),
    s.Promo("B", "04-10", 2, 0),
    s.Promo("D", "04-20", 1, 0, kind="slowdown"),
    s.Promo("C", "05-10", 2, 1),
)


def two_windows():
    hist = full_daily("2026-03-01", "2026-04-30")
    amounts = {"2026-03-08": 2000.0, "2026-03-09": 4000.0, "2026-03-10": 10_000.0,  # A: March ordinary 1000
               "2026-04-08": 3000.0, "2026-04-09": 3000.0, "2026-04-10": 10_000.0,  # B: April ordinary 2000
               "2026-04-19": 100.0, "2026-04-20": 100.0}  # D, a slowdown
    hist.loc[hist["date"] >= "2026-04-01", "paid_amount"] = 2000.0
    for day, amount in amounts.items():
        hist.loc[hist["date"] == day, "paid_amount"] = amount
    return hist


def test_promo_days_without_last_year_borrow_from_other_windows_hand_computed():
    p = s.daily_target_profile(two_windows(), "2026-05", target_amount=386_666.67, lookback_weeks=4,
                               calendar=LENDERS)
    assert np.allclose(p["weekday_index"], 1.0)  # April's ordinary days are flat
    q = p.set_index("date")
    # ramp-up: A 2000 + 4000 over 2 x 1000, B 3000 + 3000 over 2 x 2000 -> 12000 / 6000 (ratio of sums,
    # not the mean of the lifts 2, 4, 1.5, 1.5 = 2.25); the slowdown D does not lend
    assert q.loc["2026-05-08", "basis"] == q.loc["2026-05-09", "basis"] == "borrowed"
    assert q.loc["2026-05-08", "promo_factor"] == pytest.approx(2.0)
    # peak: (10000 + 10000) / (1000 + 2000)
    assert q.loc["2026-05-10", "promo_factor"] == pytest.approx(20 / 3)
    # after the peak: no window in the data has such a day, so it is planned like an ordinary day
    assert q.loc["2026-05-11", "basis"] == "weekday" and np.isnan(q.loc["2026-05-11", "promo_factor"])
    parts = 28 + 2 * 2.0 + 20 / 3
    assert q.loc["2026-05-10", "weight"] == pytest.approx((20 / 3) / parts)
    assert q.loc["2026-05-01", "weight"] == pytest.approx(1 / parts)
    assert float(p["target"].sum()) == 386_666.67
    with language("en"):
        method = s.daily_target_profile(two_windows(), "2026-05", target_amount=386_666.67, lookback_weeks=4,
                                        calendar=LENDERS).attrs["method"]
    assert ("C: the 2 ramp-up days (05-08..05-09), without last-year data: planned at ×2.00 an ordinary day, "
            "the average lift (ratio of sums) of the 4 ramp-up days the data has of A (2026, 2 days) ×3.00 "
            "and B (2026, 2 days) ×1.50") in method
    assert "the peak day (05-10), without last-year data: planned at ×6.67" in method
    assert ("C: 1 day (05-11) without last year's data or a given factor, and no sale window in the data "
            "before 2026-05 has after-peak days to learn from, planned like ordinary days.") in method
    assert "D (" not in method
    zh = p.attrs["method"]
    assert ("C：2 个预热日（05-08至05-09）没有去年同期数据：按普通日的 ×2.00 计划，依据数据中A（2026年，2 天）×3.00"
            "和B（2026年，2 天）×1.50共 4 个预热日的平均提升（总和之比）") in zh
    assert "高峰日（05-10）没有去年同期数据：按普通日的 ×6.67 计划" in zh
    assert "C：1 天（05-11）既没有去年同期数据，也没有自定倍数" in zh and "高峰后日可以参照，按普通日计划。" in zh


def test_borrowing_is_counted_in_pacing_and_can_be_turned_off():
    data = pd.concat([two_windows(), full_daily("2026-05-01", "2026-05-05", amount=2000.0)], ignore_index=True)
    targets = pd.DataFrame({"month": ["2026-05"], "target_amount": [100_000.0]})
    with language("en"):
        p = s.pace_month(data, targets, "2026-05-05", lookback_weeks=4, calendar=LENDERS)
    assert p.unscaled_promo_days == 1  # 05-11: nothing to learn an after-peak day from
    assert "1 promo day still ahead is planned like ordinary days" in p.method
    assert "3 promo days still ahead are planned from other promo windows" in p.method
    parts = 28 + 2 * 2.0 + 20 / 3
    assert p.mtd_target == pytest.approx(100_000 * 5 / parts, abs=0.05)  # whole fen a day
    off = s.pace_month(data, targets, "2026-05-05", lookback_weeks=4, calendar=LENDERS, borrow_promos=False)
    assert off.unscaled_promo_days == 4 and off.mtd_target == pytest.approx(100_000 * 5 / 31, abs=0.05)
    assert "C：4 天（05-08至05-11）既没有去年同期数据，也没有自定倍数，按普通日计划。" in off.method
    assert "后面还有 4 个大促日按普通日计划" in off.method


def test_nothing_to_borrow_plans_like_ordinary_days():
    # only a slowdown in the data: a sale must not learn from it
    hist = two_windows()
    only_slowdown = (LENDERS[2], LENDERS[3])
    p = s.daily_target_profile(hist, "2026-05", target_amount=31_000, lookback_weeks=4, calendar=only_slowdown)
    assert p["promo_factor"].isna().all() and (p["basis"] == "weekday").all()
    assert "2026-05 之前的数据里也没有同类（大促）活动的预热或高峰或高峰后日可以参照" in p.attrs["method"]
    with language("en"):
        en = s.daily_target_profile(hist, "2026-05", target_amount=31_000, lookback_weeks=4,
                                    calendar=only_slowdown).attrs["method"]
    assert "no sale window in the data before 2026-05 has ramp-up or peak or after-peak days" in en
    # given factors and last year still win over borrowing
    given = s.daily_target_profile(hist, "2026-05", target_amount=31_000, lookback_weeks=4, calendar=LENDERS,
                                   promo_factors={"2026-05-10": 3.0})
    assert given.set_index("date").loc["2026-05-10", "basis"] == "given"
    assert given.set_index("date").loc["2026-05-09", "basis"] == "borrowed"


def test_a_window_lends_its_days_before_the_month_to_the_rest_of_itself():
    # 618 runs 05-20..06-18: planning June, its May days (x1.5) are the only ramp-up days in the data
    hist = full_daily("2026-04-01", "2026-05-31")
    hist.loc[hist["date"] >= "2026-05-20", "paid_amount"] = 1500.0
    p = s.daily_target_profile(hist, "2026-06", target_amount=30_000)
    q = p.set_index("date")
    assert q.loc["2026-06-10", "basis"] == "borrowed" and q.loc["2026-06-10", "promo_factor"] == pytest.approx(1.5)
    assert "618大促（2026年，12 天）×1.50" in p.attrs["method"]
    assert np.isnan(q.loc["2026-06-18", "promo_factor"])  # no peak day in the data yet


def test_month_can_be_given_as_text_period_or_date():
    hist = full_daily("2026-08-01", "2026-09-30")
    a = s.daily_target_profile(hist, "2026-10", target_amount=1)
    b = s.daily_target_profile(hist, pd.Period("2026-10", "M"), target_amount=1)
    c = s.daily_target_profile(hist, "2026-10-15", target_amount=1)
    pd.testing.assert_frame_equal(a, b)
    pd.testing.assert_frame_equal(a, c)


def test_profile_rejects_a_bad_target_and_does_not_mutate():
    hist = full_daily("2026-08-01", "2026-09-30")
    before = hist.copy()
    with pytest.raises(ValueError, match="target_amount"):
        s.daily_target_profile(hist, "2026-10", target_amount=-5)
    s.daily_target_profile(hist, "2026-10", target_amount=5)
    pd.testing.assert_frame_equal(hist, before)


@settings(max_examples=60, deadline=None)
@given(
    n_days=st.integers(min_value=0, max_value=420),
    seed=st.integers(min_value=0, max_value=2**31 - 1),
    target=st.floats(min_value=0, max_value=5e7, allow_nan=False).map(lambda x: round(x, 2)),
    month=st.sampled_from(["2026-02", "2026-06", "2026-10", "2026-11", "2026-12"]),
    zeros=st.booleans(),
    borrow=st.booleans(),
)
def test_weights_add_to_one_and_targets_to_the_month_target_for_any_history(n_days, seed, target, month, zeros,
                                                                            borrow):
    rng = np.random.default_rng(seed)
    first = pd.Period(month, "M").start_time
    values = rng.lognormal(8, 1, n_days) * (rng.random(n_days) > 0.3 if zeros else 1)
    hist = daily(first - pd.Timedelta(days=n_days), values) if n_days else daily(first, [])
    p = s.daily_target_profile(hist, month, target_amount=target, borrow_promos=borrow)
    assert len(p) == pd.Period(month, "M").days_in_month
    assert (p["weight"] >= 0).all() and p["weight"].sum() == pytest.approx(1.0, abs=1e-12)
    assert p["basis"].isin(["weekday", "even", "last year", "borrowed"]).all()
    assert borrow or not (p["basis"] == "borrowed").any()
    assert (p["promo_factor"].notna() == p["basis"].isin(["last year", "borrowed"])).all()
    assert (p["promo_factor"].dropna() >= 0).all()
    assert int(np.round(p["target"] * 100).sum()) == round(target * 100)  # whole fen that add up exactly
    assert float(p["target"].sum()) == pytest.approx(target, rel=1e-15, abs=1e-9)  # and as floats
    assert (np.abs(p["target"] * 100 - np.round(p["target"] * 100)) < 1e-3).all()


# --- pace_month ----------------------------------------------------------------------

TARGETS = pd.DataFrame({"month": ["2026-10", "2026-11"], "target_amount": [31_000.0, 60_000.0]})


def test_pace_on_plan_hand_computed():
    p = s.pace_month(full_daily("2026-10-01", "2026-10-10"), TARGETS, "2026-10-10")
    assert (p.mtd_sales, p.mtd_target, p.pace_ratio) == (10_000.0, 10_000.0, 1.0)
    assert p.expected_month_end == pytest.approx(31_000.0)
    assert p.gap_to_target == 21_000.0 and p.days_left == 21 and p.days_elapsed == 10
    assert p.needed_per_day == pytest.approx(1000.0) and p.planned_per_day == pytest.approx(1000.0)
    assert p.on_track and "平均分配" in p.method


def test_pace_behind_plan_hand_computed():
    p = s.pace_month(full_daily("2026-10-01", "2026-10-10", amount=800.0), TARGETS, "2026-10-10")
    assert p.pace_ratio == pytest.approx(0.8)
    assert p.expected_month_end == pytest.approx(8000 + 21_000 * 0.8) == pytest.approx(0.8 * 31_000)
    assert p.gap_to_target == 23_000.0
    assert p.needed_per_day == pytest.approx(23_000 / 21)
    assert not p.on_track
    assert s.pace_month(full_daily("2026-10-01", "2026-10-10", amount=800.0), TARGETS, "2026-10-10",
                        on_track_at=0.75).on_track


def test_pace_at_month_start_counts_one_day():
    p = s.pace_month(full_daily("2026-09-01", "2026-10-01", amount=1500.0), TARGETS, "2026-10-01")
    assert p.days_elapsed == 1 and p.days_left == 30
    assert p.mtd_sales == 1500.0
    assert p.mtd_target == pytest.approx(p.profile["target"].iloc[0])


def test_pace_at_month_end_has_no_days_left():
    p = s.pace_month(full_daily("2026-10-01", "2026-10-31"), TARGETS, "2026-10-31")
    assert p.days_left == 0 and p.mtd_target == pytest.approx(31_000.0)
    assert math.isnan(p.needed_per_day) and math.isnan(p.planned_per_day)
    assert p.expected_month_end == pytest.approx(31_000.0) and p.gap_to_target == 0.0 and p.on_track


def test_pace_once_the_target_is_reached_needs_nothing_more():
    p = s.pace_month(full_daily("2026-10-01", "2026-10-20", amount=2000.0), TARGETS, "2026-10-20")
    assert p.gap_to_target < 0 and p.needed_per_day == 0.0 and p.on_track


def test_pace_on_double_11_in_the_first_month_of_data():
    data = full_daily("2025-11-01", "2025-11-30")
    data.loc[data["date"] == "2025-11-11", "paid_amount"] = 20_000.0
    targets = pd.DataFrame({"month": ["2025-11"], "target_amount": [60_000.0]})
    p = s.pace_month(data, targets, "2025-11-11")
    assert p.mtd_sales == 10 * 1000.0 + 20_000.0
    assert p.mtd_target == pytest.approx(11 * 2000.0)  # even spread: no history before the month
    assert p.pace_ratio == pytest.approx(30_000 / 22_000)
    assert "平均分配" in p.method and "双11" in p.method


def test_a_month_without_a_target_row_names_the_month_and_the_file():
    with pytest.raises(DataError, match=r"没有 2026-12 的销售目标；现有月份：2026-10, 2026-11"):
        s.pace_month(full_daily("2026-12-01", "2026-12-05"), TARGETS, "2026-12-05")
    with pytest.raises(s.NoTarget, match="没有 2026-12 的销售目标：没有找到目标表.*销售目标.csv.*月份.*销售目标"):
        s.pace_month(full_daily("2026-12-01", "2026-12-05"), None, "2026-12-05")
    with language("en"):
        with pytest.raises(DataError, match=r"No sales target for 2026-12 in the targets file; it has 2026-10, 2026-11"):
            s.pace_month(full_daily("2026-12-01", "2026-12-05"), TARGETS, "2026-12-05")
        with pytest.raises(s.NoTarget, match="No sales target for 2026-12: no targets file was found.*月份.*销售目标"):
            s.pace_month(full_daily("2026-12-01", "2026-12-05"), None, "2026-12-05")
    assert issubclass(s.NoTarget, DataError)  # a caller that catches DataError still catches it


def test_two_targets_for_a_month_is_a_data_error_not_a_missing_target():
    twice = pd.concat([TARGETS, TARGETS.tail(1)])
    with pytest.raises(DataError, match="2026-11 有 2 个销售目标") as info:
        s.pace_month(full_daily("2026-11-01", "2026-11-05"), twice, "2026-11-05")
    assert not isinstance(info.value, s.NoTarget)  # a report must stop on it, not show N/A


def test_a_date_outside_the_data_says_the_range():
    data = full_daily("2026-10-01", "2026-10-10")
    with pytest.raises(DataError, match="2026-10-11 不在数据范围内.*2026-10-01 到 2026-10-10"):
        s.pace_month(data, TARGETS, "2026-10-11")
    with language("en"), pytest.raises(DataError, match="2026-09-30 is outside the data.*2026-10-01 to 2026-10-10"):
        s.compare_day(data, "2026-09-30")


def test_a_missing_day_counts_as_zero_and_is_said():
    data = full_daily("2026-10-01", "2026-10-10")
    data = data[data["date"] != "2026-10-05"]
    p = s.pace_month(data, TARGETS, "2026-10-10")
    assert p.mtd_sales == 9000.0 and "2026-10 截至 10-10 有 1 天没有店铺数据，按 0 计" in p.method


def test_pacing_reads_as_a_dict_for_metrics_json_and_as_a_frame():
    p = s.pace_month(full_daily("2026-10-01", "2026-10-10"), TARGETS, "2026-10-10")
    d = p.to_dict()
    json.dumps(d)
    assert d["month"] == "2026-10" and d["date"] == "2026-10-10" and d["on_track"] is True
    assert p.to_frame().shape == (1, len(d))
    assert {"sales", "cum_sales", "cum_target", "target"} <= set(p.profile.columns)
    assert p.profile["sales"].notna().sum() == 10



# --- the forecast and its backtest ------------------------------------------------------------


def test_forecast_is_month_to_date_plus_the_last_7_ordinary_days_and_ignores_the_target():
    # 20 days at 1000, then 5 days at 2000: the last 7 days average (2 x 1000 + 5 x 2000) / 7
    data = daily("2026-10-01", [1000.0] * 20 + [2000.0] * 5)
    p = s.pace_month(data, TARGETS, "2026-10-25", calendar=())  # no promo window (双11's starts 10-20)
    level = (2 * 1000 + 5 * 2000) / 7
    assert p.expected_month_end == pytest.approx(30_000 + 6 * level)
    other = s.pace_month(data, TARGETS.assign(target_amount=[99_000.0, 1.0]), "2026-10-25", calendar=())
    assert other.expected_month_end == pytest.approx(p.expected_month_end)


def test_a_promo_under_way_scales_its_days_ahead_by_how_its_past_days_did():
    calendar = (s.Promo("大促", "10-20", 5, 0),)   # 10-15..10-20, the peak on 10-20
    values = [1000.0] * 14 + [3000.0] * 3          # 10-15..10-17 sell 3x an ordinary day
    data = daily("2026-10-01", values)
    p = s.pace_month(data, TARGETS, "2026-10-17", calendar=calendar, promo_factors={"大促": 2.0})
    # level 1000 (10-08..10-14); the promo's past days did 3000 / (1000 x 2.0) = 1.5x its plan
    ahead = 3 * 2.0 * 1.5 * 1000 + 11 * 1000
    assert p.expected_month_end == pytest.approx(sum(values) + ahead)


def test_backtest_hand_computed_and_the_typical_error_at_the_checkpoint():
    days = pd.date_range("2026-01-01", "2026-03-31")
    data = pd.DataFrame({"date": days, "paid_amount": [1000.0 if d.month < 3 or d.day <= 15 else 2000.0
                                                       for d in days]})
    bt = s.pacing_backtest(data)
    assert list(bt["month"].unique()) == ["2026-02", "2026-03"]   # January is the data's first month
    march = bt[bt["month"] == "2026-03"].set_index("checkpoint")
    assert march.loc[15, "actual"] == 15 * 1000 + 16 * 2000
    assert march.loc[15, "forecast"] == pytest.approx(31_000)
    assert march.loc[15, "run_rate"] == pytest.approx(31_000)
    assert march.loc[22, "trailing_7_error"] == pytest.approx((15_000 + 7 * 2000 + 9 * 2000) / 47_000 - 1)
    assert s.typical_error(bt, "2026-04-18") == (15, pytest.approx(abs(31_000 / 47_000 - 1) / 2), 2)
    assert s.typical_error(bt, "2026-04-03")[0] == 7
    assert s.pacing_backtest(data, before="2026-03")["month"].unique().tolist() == ["2026-02"]
    assert s.pacing_backtest(data.head(40)).empty


def test_a_month_is_off_track_only_beyond_the_typical_error():
    # two flat months, then October 5% below September's pace: within a 10% typical error, not beyond it
    data = full_daily("2026-08-01", "2026-10-15")
    data.loc[data["date"] >= "2026-10-01", "paid_amount"] = 950.0
    backtest = pd.DataFrame({"month": ["2026-09"], "checkpoint": [15], "forecast_error": [0.10]})
    p = s.pace_month(data, TARGETS, "2026-10-15", backtest=backtest)
    assert p.expected_month_end == pytest.approx(31 * 950) and p.typical_error == pytest.approx(0.10)
    assert p.on_track and p.error_checkpoint == 15 and p.error_months == 1
    lines = s.describe_pacing(p)
    assert "预计月底约 ¥2.94万（按历史回测，第15天的预测通常偏差约 10%）" in lines[0]
    assert lines[1].startswith("预测比目标少 5%，在预测的通常误差（10%）之内，还不算落后")
    with language("en"):
        assert "(in a backtest on past months, the forecast on day 15 is typically off by 10%)" in \
            s.describe_pacing(p)[0]
    tight = s.pace_month(data, TARGETS, "2026-10-15", backtest=backtest.assign(forecast_error=0.02))
    assert not tight.on_track
    assert s.describe_pacing(tight)[1].startswith("预测比目标少 5%，超出预测的通常误差（2%）")
    # its own history: August and September were flat, so the forecast was exact
    own = s.pace_month(data, TARGETS, "2026-10-15")
    assert own.typical_error == 0.0 and own.error_months == 1 and not own.on_track
    assert "按历史回测（1 个完整月份" in own.method
    off = s.pace_month(data, TARGETS, "2026-10-15", backtest=False)
    assert math.isnan(off.typical_error) and "还没有完整的历史月份" in off.method

# --- compare_day ---------------------------------------------------------------------


def fifteen_days():
    days = pd.date_range("2026-10-01", "2026-10-15")
    v = np.arange(1000, 1000 + 15 * 10, 10)
    b = np.array([20, 22, 18, 25, 19, 21, 23, 20, 24, 26, 18, 22, 21, 19, 30])
    amount = b * 200.0 + np.arange(15) * 10
    return pd.DataFrame({"date": days, "visitors": v, "paying_buyers": b, "paid_amount": amount})


def test_compare_day_baselines_hand_computed():
    df = fifteen_days()
    c = s.compare_day(df, "2026-10-15").set_index("baseline")
    today = df.iloc[14]
    assert c.loc["previous_day", "paid_amount_before"] == df.iloc[13]["paid_amount"]
    assert c.loc["same_weekday_last_week", "visitors_before"] == df.iloc[7]["visitors"]
    week = df.iloc[7:14]
    assert c.loc["trailing_7d_mean", "visitors_before"] == pytest.approx(week["visitors"].sum() / 7)
    assert c.loc["trailing_7d_mean", "paying_buyers_before"] == pytest.approx(week["paying_buyers"].sum() / 7)
    assert c.loc["trailing_7d_mean", "paid_amount_before"] == pytest.approx(week["paid_amount"].sum() / 7)
    assert c.loc["trailing_7d_mean", "conversion_rate_before"] == pytest.approx(
        week["paying_buyers"].sum() / week["visitors"].sum())
    assert (c["paid_amount"] == today["paid_amount"]).all()
    assert c.loc["previous_day", "sales_change"] == today["paid_amount"] - df.iloc[13]["paid_amount"]
    assert c.loc["previous_day", "sales_change_pct"] == pytest.approx(
        today["paid_amount"] / df.iloc[13]["paid_amount"] - 1)
    assert c.loc["trailing_7d_mean", "baseline_days"] == "2026-10-08..2026-10-14"
    assert (c["note"] == "").all()


def test_compare_day_parts_add_up_to_the_change():
    c = s.compare_day(fifteen_days(), "2026-10-15")
    parts = c[["yuan_visitors", "yuan_conversion", "yuan_avg_order_value"]].sum(axis=1)
    np.testing.assert_allclose(parts, c["sales_change"], rtol=1e-9)


@settings(max_examples=40, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**31 - 1))
def test_compare_day_split_adds_up_for_any_days(seed):
    rng = np.random.default_rng(seed)
    v = rng.integers(1, 100_000, 8)
    b = np.maximum(1, (v * rng.uniform(0.001, 0.2, 8)).astype(int))
    df = pd.DataFrame({"date": pd.date_range("2026-10-08", periods=8), "visitors": v, "paying_buyers": b,
                       "paid_amount": b * rng.uniform(5, 5000, 8)})
    c = s.compare_day(df, "2026-10-15")
    parts = c[["yuan_visitors", "yuan_conversion", "yuan_avg_order_value"]].sum(axis=1)
    np.testing.assert_allclose(parts, c["sales_change"], rtol=1e-7, atol=1e-6)


def test_first_days_have_nan_baselines_with_a_note_not_an_error():
    df = fifteen_days()
    first = s.compare_day(df, "2026-10-01")
    assert first["sales_change"].isna().all() and first["visitors_before"].isna().all()
    assert first["note"].str.startswith("无历史数据").all()
    assert "数据从 2026-10-01 才开始" in first["note"].iloc[0]
    with language("en"):
        assert "data starts 2026-10-01" in s.compare_day(df, "2026-10-01")["note"].iloc[0]
    second = s.compare_day(df, "2026-10-02").set_index("baseline")
    assert np.isfinite(second.loc["previous_day", "sales_change"])
    assert second.loc[["same_weekday_last_week", "trailing_7d_mean"], "sales_change"].isna().all()
    eighth = s.compare_day(df, "2026-10-08").set_index("baseline")
    assert eighth["sales_change"].notna().all()


def test_compare_day_with_a_gap_and_with_no_sales():
    df = fifteen_days()
    gap = df[df["date"] != "2026-10-14"]
    c = s.compare_day(gap, "2026-10-15").set_index("baseline")
    assert "缺少 2026-10-14 的数据" in c.loc["previous_day", "note"]
    assert math.isnan(c.loc["trailing_7d_mean", "sales_change"])
    with pytest.raises(DataError, match="没有 2026-10-14 这一天"):
        s.compare_day(gap, "2026-10-14")
    with language("en"), pytest.raises(DataError, match="no row for 2026-10-14"):
        s.compare_day(gap, "2026-10-14")
    zero = df.assign(paying_buyers=np.where(df["date"] == "2026-10-14", 0, df["paying_buyers"]),
                     paid_amount=np.where(df["date"] == "2026-10-14", 0.0, df["paid_amount"]))
    row = s.compare_day(zero, "2026-10-15", against="previous_day").iloc[0]
    assert row["sales_change"] == df.iloc[14]["paid_amount"] and math.isnan(row["yuan_visitors"])
    assert "无法拆分" in row["note"]


def test_compare_day_does_not_mutate_and_rejects_unknown_baselines():
    df = fifteen_days()
    before = df.copy()
    s.compare_day(df, "2026-10-15")
    pd.testing.assert_frame_equal(df, before)
    with pytest.raises(ValueError, match="'last_year'"):
        s.compare_day(df, "2026-10-15", against=["last_year"])
    with language("en"), pytest.raises(ValueError, match="unknown baseline 'last_year'"):
        s.compare_day(df, "2026-10-15", against=["last_year"])


# --- product_movers ----------------------------------------------------------------------


def products_two_days():
    rows = [
        # product, name, (v0, b0, s0), (v1, b1, s1)
        ("A", "连衣裙", (1000, 20, 4000.0), (500, 10, 2000.0)),       # visitors halve
        ("B", "衬衫", (500, 10, 1000.0), (500, 15, 1500.0)),          # conversion up
        ("C", "外套", (300, 6, 1800.0), (300, 6, 2400.0)),            # order value up
        ("D", "袜子", (10, 1, 2000.0), (12, 0, 0.0)),                 # too few visitors
        ("E", "新品", (0, 0, 0.0), (200, 4, 800.0)),                  # new: no visitors before
        ("F", "半裙", (200, 5, 900.0), (220, 0, 0.0)),                # stopped selling
    ]
    out = []
    for pid, name, before, after in rows:
        for day, (v, b, a) in (("2026-10-14", before), ("2026-10-15", after)):
            out.append({"date": pd.Timestamp(day), "product_id": pid, "product_name": name,
                        "visitors": v, "paying_buyers": b, "paid_amount": a})
    return pd.DataFrame(out)


def test_product_movers_hand_computed_with_drivers():
    m = s.product_movers(products_two_days(), "2026-10-15", n=5)
    m = m.set_index("product_id")
    assert "D" not in m.index  # 10 and 12 visitors: below min_visitors
    assert list(m[m["direction"] == "up"].index) == ["E", "C", "B"]
    assert list(m[m["direction"] == "down"].index) == ["A", "F"]
    assert m.loc["A", "sales_change"] == -2000.0 and m.loc["A", "driver"] == "visitors"
    assert m.loc["B", "driver"] == "conversion_rate"
    assert m.loc["C", "driver"] == "avg_order_value" and m.loc["C", "yuan_avg_order_value"] == pytest.approx(600)
    assert m.loc["E", "driver"] == "visitors" and "之前没有访客" in m.loc["E", "reason"]
    assert m.loc["F", "driver"] == "conversion_rate" and "220 个访客一个都没成交" in m.loc["F", "reason"]
    assert m.loc["A", "reason"] == "访客数 1,000 → 500（-50%），-¥2,000"
    assert m.loc["A", "rank"] == 1 and m.loc["F", "rank"] == 2
    with language("en"):
        en = s.product_movers(products_two_days(), "2026-10-15", n=5).set_index("product_id")
    assert en.loc["A", "reason"] == "visitors 1,000 → 500 (-50%), -¥2,000"
    assert "no visitors before" in en.loc["E", "reason"] and "no buyer from 220 visitors" in en.loc["F", "reason"]
    assert list(en["driver"]) == list(m["driver"])  # codes, whatever the language


def test_product_movers_parts_add_up_and_n_limits():
    m = s.product_movers(products_two_days(), "2026-10-15", n=1, min_visitors=0)
    assert list(m["direction"]) == ["up", "down"]
    ok = m.dropna(subset=["yuan_visitors"])
    parts = ok[["yuan_visitors", "yuan_conversion", "yuan_avg_order_value"]].sum(axis=1)
    np.testing.assert_allclose(parts, ok["sales_change"], rtol=1e-9)
    everything = s.product_movers(products_two_days(), "2026-10-15", n=10, min_visitors=0)
    assert "D" in set(everything["product_id"])


def test_product_movers_without_history_is_empty_with_a_note():
    m = s.product_movers(products_two_days(), "2026-10-14", against="same_weekday_last_week")
    assert m.empty and m.attrs["note"].startswith("无历史数据")
    with pytest.raises(DataError, match="不在数据范围内"):
        s.product_movers(products_two_days(), "2026-10-16")


# --- describe_day ------------------------------------------------------------------------


def test_describe_day_says_the_drop_and_its_source():
    days = pd.DataFrame({"date": pd.to_datetime(["2026-10-06", "2026-10-13"]),
                         "visitors": [5000, 4000], "paying_buyers": [100, 80], "paid_amount": [28_800.0, 23_040.0]})
    cmp = s.compare_day(days, "2026-10-13", against=["same_weekday_last_week"])
    sources = pd.DataFrame({"source": ["手淘搜索", "直通车", "购物车"],
                            "visitors_change": [-820.0, -150.0, -30.0]})
    sources.attrs["total_visitors_change"] = -1000.0
    text = s.describe_day(cmp, sources)
    assert text[0] == "支付金额比上周二（10-06）下降 20.0%：-¥5,760（¥2.88万 → ¥2.3万）。"
    assert text[1].startswith("下滑几乎全部来自访客减少（-¥5,760）")  # conversion and 客单价 did not move
    assert text[2] == "访客数减少 1,000，几乎全部来自手淘搜索（-820，占减量的 82%）。"
    with language("en"):
        text = s.describe_day(cmp, sources)
    assert text[0] == "Sales fell 20.0% against last Tuesday (10-06): -¥5,760 (¥28.8K → ¥23K)."
    assert text[1] == "Almost all of the drop comes from fewer visitors (-¥5,760); conversion ¥0, order value ¥0."
    assert text[2] == "Visitors fell by 1,000, almost all of it from 手淘搜索 (-820 visitors, 82% of the drop)."


def test_describe_day_words_follow_the_thresholds():
    days = pd.DataFrame({"date": pd.to_datetime(["2026-10-14", "2026-10-15"]),
                         "visitors": [1000, 1000], "paying_buyers": [20, 20], "paid_amount": [4000.0, 4020.0]})
    flat = s.describe_day(s.compare_day(days, "2026-10-15"), baseline="previous_day")
    assert flat == ["支付金额和前一天（10-14 周三）基本持平（+0.5%，+¥20）。"]
    with language("en"):
        flat = s.describe_day(s.compare_day(days, "2026-10-15"), baseline="previous_day")
    assert flat == ["Sales were flat against the day before (Wed 10-14) (+0.5%, +¥20)."]
    sources = pd.DataFrame({"source": ["手淘搜索", "直通车"], "visitors_change": [60.0, 40.0]})
    days2 = days.assign(visitors=[1000, 1100], paid_amount=[4000.0, 4400.0], paying_buyers=[20, 22])
    text = s.describe_day(s.compare_day(days2, "2026-10-15"), sources, baseline="previous_day")
    assert text[-1] == "访客数增加 100，大部分来自手淘搜索（+60，占增量的 60%）。"
    with language("en"):
        text = s.describe_day(s.compare_day(days2, "2026-10-15"), sources, baseline="previous_day")
        assert text[-1] == "Visitors rose by 100, most of it from 手淘搜索 (+60 visitors, 60% of the rise)."
        text = s.describe_day(s.compare_day(days2, "2026-10-15"), sources, baseline="previous_day", most=0.7)
    assert "the largest part of it from 手淘搜索" in text[-1]


def test_describe_day_without_history_says_so():
    days = pd.DataFrame({"date": pd.to_datetime(["2026-10-15"]), "visitors": [1000], "paying_buyers": [20],
                         "paid_amount": [4000.0]})
    text = s.describe_day(s.compare_day(days, "2026-10-15"))
    assert text == ["无法和上周四（10-08）对比：无历史数据：对比需要 2026-10-08，而数据从 2026-10-15 才开始。"]
    with language("en"):
        text = s.describe_day(s.compare_day(days, "2026-10-15"))
    assert len(text) == 1 and text[0].startswith("No comparison with last Thursday (10-08): no history")


def test_describe_day_names_the_biggest_faller():
    m = s.product_movers(products_two_days(), "2026-10-15")
    days = pd.DataFrame({"date": pd.to_datetime(["2026-10-14", "2026-10-15"]),
                         "visitors": [2000, 1800], "paying_buyers": [40, 35], "paid_amount": [9000.0, 7000.0]})
    text = s.describe_day(s.compare_day(days, "2026-10-15"), movers=m, baseline="previous_day")
    assert text[-1] == "跌得最多的商品：连衣裙 -¥2,000，访客数 1,000 → 500（-50%），-¥2,000。"
    with language("en"):
        m = s.product_movers(products_two_days(), "2026-10-15")
        text = s.describe_day(s.compare_day(days, "2026-10-15"), movers=m, baseline="previous_day")
    assert text[-1] == "Biggest faller: 连衣裙 -¥2,000: visitors 1,000 → 500 (-50%), -¥2,000."


# --- the demo shop (skipped until it exists) ---------------------------------------------


@pytest.fixture(scope="module")
def demo():
    if not (DEMO / "shop_daily.csv").exists():
        pytest.skip("the demo shop is not generated yet")
    from shopanalysis._schema import conform

    tables = {}
    for name in ("shop_daily", "targets", "products_daily"):
        path = DEMO / f"{name}.csv"
        if path.exists():
            tables[name] = conform(pd.read_csv(path, dtype={"month": "str", "product_id": "str"}), name)
    return tables


def test_demo_pacing_and_comparisons_look_sensible(demo):
    sd = demo["shop_daily"]
    if "targets" not in demo:
        pytest.skip("the demo shop has no targets")
    p = s.pace_month(sd, demo["targets"], "2026-10-15")
    assert 0.2 < p.pace_ratio < 2 and p.days_left == 16
    # the 双11 pre-sale from 10-20 has no 2025 October in the data: it learns from 双11 2025, 双12 and 618
    assert p.unscaled_promo_days == 0
    presale = p.profile[p.profile["promo"] == "双11"]
    assert len(presale) == 12 and (presale["basis"] == "borrowed").all() and (presale["promo_factor"] > 1.3).all()
    assert "618大促（2026年" in p.method and "双11（2025年" in p.method
    october = sd.loc[sd["date"].between("2026-10-01", "2026-10-31"), "paid_amount"].sum()
    flat = s.pace_month(sd, demo["targets"], "2026-10-15", borrow_promos=False)
    assert flat.unscaled_promo_days == 12
    # the pre-sale's borrowed multiples (damped to their square root) still bring the forecast closer
    assert abs(p.expected_month_end - october) < 0.8 * abs(flat.expected_month_end - october)
    first = s.pace_month(sd, demo["targets"], "2025-11-11")
    assert "平均分配" in first.method and "2025-11 之前的数据里也没有同类（大促）活动" in first.method
    assert (first.profile["basis"] == "even").all()
    c = s.compare_day(sd, "2026-10-15")
    parts = c[["yuan_visitors", "yuan_conversion", "yuan_avg_order_value"]].sum(axis=1)
    np.testing.assert_allclose(parts, c["sales_change"], rtol=1e-9)
    assert s.compare_day(sd, sd["date"].min())["sales_change"].isna().all()
    nov = s.daily_target_profile(sd, "2026-11", target_amount=1_000_000)
    assert nov.set_index("date").loc["2026-11-11", "basis"] == "last year"
    assert nov["weight"].idxmax() == nov.index[nov["date"] == "2026-11-11"][0]
    if "products_daily" in demo:
        m = s.product_movers(demo["products_daily"], "2026-10-15")
        assert len(m) <= 10 and m["driver"].isin(s.DRIVERS).all()



def test_demo_forecast_beats_the_naive_rules_in_its_backtest(demo):
    """The goal of issue 11 on the demo shop (benchmarks/bench_pacing.py also runs other seeds)."""
    bt = s.pacing_backtest(demo["shop_daily"])
    assert bt["month"].nunique() == 11
    table = bt.set_index("checkpoint")[["forecast_error", "run_rate_error", "trailing_7_error"]].abs()
    table = table.groupby(level=0).median()
    assert (table["forecast_error"] <= table[["run_rate_error", "trailing_7_error"]].min(axis=1) + 1e-12).all()
    assert table.loc[15, "forecast_error"] <= 0.06
    p = s.pace_month(demo["shop_daily"], demo["targets"], "2026-10-15")
    assert p.error_checkpoint == 15 and p.error_months == 10 and 0 < p.typical_error < 0.1


# --- a month that hinges on a promo the shop has no last year of ------------------------------------


@pytest.fixture(scope="module")
def october():
    import shopanalysis as sa

    shop = sa.load_demo_shop(tables=["shop_daily", "targets"])
    return shop, s.pacing_backtest(shop.shop_daily)


def test_the_needed_promo_lift_closes_the_gap_exactly(october):
    shop, bt = october
    p = s.pace_month(shop.shop_daily, shop.targets, "2026-10-19", backtest=bt)
    day = pd.Timestamp("2026-10-19")
    daily = shop.shop_daily.set_index("date")["paid_amount"]
    _, level, multiples = s._forecast_parts(daily, p.profile, day, calendar=s.PROMO_CALENDAR)
    ahead = (p.profile["date"] > day).to_numpy()
    borrowed = ahead & (p.profile["basis"] == "borrowed").to_numpy()
    assert p.promo_days_ahead == borrowed.sum() == 12  # 双11 presale 10-20..10-31, no 2025 October in the data
    # the other days ahead as forecast, the borrowed ones at the needed multiple: exactly the target
    month_end = p.mtd_sales + level * (np.nansum(multiples[ahead & ~borrowed]) + p.needed_promo_lift * borrowed.sum())
    assert month_end == pytest.approx(p.target_amount)
    assert p.seen_promo_lift == pytest.approx(np.nanmax(p.profile["promo_factor_high"]))


def test_october_is_not_called_behind_while_the_presale_it_hinges_on_can_close_the_gap(october):
    shop, bt = october
    p = s.pace_month(shop.shop_daily, shop.targets, "2026-10-19", backtest=bt)
    assert not p.on_track and p.verdict == "depends_on_promo"
    assert p.needed_promo_lift <= p.seen_promo_lift
    lines = s.describe_pacing(p)
    assert "还不能判断落后" in lines[1] and "超出预测的通常误差" not in " ".join(lines)
    # and it was right not to: the presale days sold what the needed lift asked, within what the shop had reached
    daily = shop.shop_daily.set_index("date")["paid_amount"]
    _, level, _ = s._forecast_parts(daily, p.profile, p.date, calendar=s.PROMO_CALENDAR)
    achieved = daily["2026-10-20":"2026-10-31"].mean() / level
    assert p.needed_promo_lift * 0.9 <= achieved <= p.seen_promo_lift
    month = daily["2026-10"].sum() / p.target_amount
    assert 0.95 < month < 1.0  # the month closed near its target, as the verdict allowed


def test_a_gap_beyond_any_promo_the_shop_has_seen_is_still_called_and_says_why(october):
    shop, bt = october
    p = s.pace_month(shop.shop_daily, shop.targets, "2026-10-07", backtest=bt)
    assert p.verdict == "off_track" and p.needed_promo_lift > p.seen_promo_lift
    lines = s.describe_pacing(p)
    assert any("超过本店以往大促最高的" in line for line in lines)
    with language("en"):
        assert any("more than the ×2.1 the shop's best promo reached" in line for line in s.describe_pacing(p))


def test_without_promo_days_ahead_the_verdict_is_the_forecast_against_its_error(october):
    shop, bt = october
    for day in ("2026-09-16", "2026-09-22"):
        p = s.pace_month(shop.shop_daily, shop.targets, day, backtest=bt)
        assert p.promo_days_ahead == 0 and np.isnan(p.needed_promo_lift)
        assert p.verdict == ("on_track" if p.on_track else "off_track")


def test_the_highest_borrowed_lift_is_only_on_borrowed_days():
    # promo_factor_high is the highest lift one lending window reached, for days planned from other
    # windows; a month whose last-year promo has more than three scaled days once got one constant
    # (the largest of those days' multiples) on every row, and pace_month's seen_promo_lift read it.
    from shopanalysis import load_demo_shop

    shop = load_demo_shop(tables=["shop_daily"])
    for month in pd.period_range("2025-12", "2027-01", freq="M"):
        for use_last_year in (True, False):
            p = s.daily_target_profile(shop.shop_daily, month, target_amount=1e6, use_last_year=use_last_year)
            borrowed = (p["basis"] == "borrowed").to_numpy()
            high = p["promo_factor_high"].to_numpy()
            assert np.isnan(high[~borrowed]).all(), (str(month), use_last_year)
            assert (high[borrowed] >= p["promo_factor"].to_numpy()[borrowed] - 1e-12).all()
