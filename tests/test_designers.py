"""Tests for shopanalysis.designers, on hand-computed cases and on the demo shop's story.

The before/after numbers are worked out by hand below each case: the lift is the
ratio of the two CTRs minus one; its interval is exp(ln(ratio) ± 1.959964 x se) - 1
with se = sqrt(φb (1 - pb) / clicks_b + φa (1 - pa) / clicks_a) (Katz), φ being 1
for steady days.
"""

import numpy as np
import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import designers as d
from shopanalysis._errors import DataError

def _image_days(before, after, *, impressions=1000, start="2026-10-01", versions=("v1", "v2"), product="p1"):
    """One product's days: clicks per day before and after a main-image change."""
    clicks = list(before) + list(after)
    return pd.DataFrame({
        "date": pd.date_range(start, periods=len(clicks)),
        "product_id": product,
        "product_name": "碎花裙",
        "impressions": impressions,
        "clicks": clicks,
        "main_image": [versions[0]] * len(before) + [versions[1]] * len(after),
    })


# --- the before/after image test ---------------------------------------------------------


def test_clear_win_two_to_three_percent():
    # 10 days of 1,000 impressions: 200 clicks (2%) before, 300 (3%) after.
    # ratio 1.5, ln 1.5 = 0.405465; se = sqrt(0.98/200 + 0.97/300) = sqrt(0.0081333) = 0.090185
    # interval exp(0.405465 ± 0.176759) - 1 = [+25.697%, +79.002%]; z = 4.4959, p = 6.9e-6
    t = d.compare_image_versions(_image_days([20] * 10, [30] * 10), window_days=10, min_clicks=100)
    row = t.iloc[0]
    assert (row["version_before"], row["version_after"], row["change_date"]) == ("v1", "v2", pd.Timestamp("2026-10-11"))
    assert (row["impressions_before"], row["clicks_before"], row["impressions_after"], row["clicks_after"]) == (
        10000, 200, 10000, 300)
    assert row["ctr_before"] == pytest.approx(0.02) and row["ctr_after"] == pytest.approx(0.03)
    assert row["lift"] == pytest.approx(0.5)
    assert row["lift_low"] == pytest.approx(0.25697, abs=1e-5)
    assert row["lift_high"] == pytest.approx(0.79002, abs=1e-5)
    assert row["p_value"] == pytest.approx(6.93e-6, rel=0.01)
    assert row["chance_better"] > 0.9999
    assert (row["days_before"], row["days_after"]) == (10, 10)
    assert row["window_end"] == pd.Timestamp("2026-10-20")
    assert row["verdict"] == "win"


def test_clear_loss_three_to_two_percent():
    # ratio 2/3; the same se 0.090185: exp(-0.405465 ± 0.176759) - 1 = [-44.134%, -20.443%]
    t = d.compare_image_versions(_image_days([30] * 10, [20] * 10), window_days=10, min_clicks=100)
    row = t.iloc[0]
    assert row["lift"] == pytest.approx(-1 / 3)
    assert row["lift_low"] == pytest.approx(-0.44134, abs=1e-5)
    assert row["lift_high"] == pytest.approx(-0.20443, abs=1e-5)
    assert row["chance_better"] < 1e-4
    assert row["verdict"] == "loss"


def test_small_change_is_no_clear_difference():
    # 200 -> 210 clicks: ratio 1.05, ln = 0.048790; se = sqrt(0.98/200 + 0.979/210) = 0.097785
    # interval exp(0.048790 ± 0.191655) - 1 = [-13.313%, +27.181%], straddles zero
    row = d.compare_image_versions(_image_days([20] * 10, [21] * 10), window_days=10, min_clicks=100).iloc[0]
    assert row["lift"] == pytest.approx(0.05)
    assert row["lift_low"] == pytest.approx(-0.13313, abs=1e-5)
    assert row["lift_high"] == pytest.approx(0.27181, abs=1e-5)
    assert row["verdict"] == d.NO_DIFFERENCE == "no_difference"


def test_too_early_when_the_window_is_still_running():
    daily = _image_days([20] * 10, [30] * 10)
    # only five days of the new image by 10-15: the ten-day window closes 10-20
    row = d.compare_image_versions(daily, window_days=10, min_clicks=100, as_of="2026-10-15").iloc[0]
    assert row["days_after"] == 5 and row["clicks_after"] == 150
    assert row["verdict"] == d.TOO_EARLY == "too_early"
    # the data itself ending early means the same
    assert d.compare_image_versions(daily.iloc[:15], window_days=10, min_clicks=100)["verdict"].tolist() == [
        "too_early"]
    # and the last day of the window is enough
    assert d.compare_image_versions(daily, window_days=10, min_clicks=100, as_of="2026-10-20")["verdict"].tolist() == [
        "win"]


def test_too_early_when_a_side_has_too_few_clicks():
    # 100 impressions a day: 20 clicks before, 30 after, under min_clicks=200 even though the window closed
    row = d.compare_image_versions(_image_days([2] * 10, [3] * 10, impressions=100), window_days=10).iloc[0]
    assert row["lift"] == pytest.approx(0.5)
    assert row["verdict"] == "too_early"
    assert d.compare_image_versions(_image_days([2] * 10, [3] * 10, impressions=100), window_days=10,
                                    min_clicks=20)["verdict"].tolist() == ["no_difference"]


def test_day_to_day_scatter_widens_the_interval():
    # before: days alternate 10 and 30 clicks of 1,000 (still 200 in all); after: 30 every day
    # φb = Σ(x - 20)² / (1000 x 0.02 x 0.98) / (10 - 1) = 10 x 100 / 19.6 / 9 = 5.668934
    # se = sqrt(5.668934 x 0.98/200 + 0.97/300) = sqrt(0.031011) = 0.176100
    # interval exp(0.405465 ± 0.345149) - 1 = [+6.217%, +111.834%]
    daily = _image_days([10, 30] * 5, [30] * 10)
    row = d.compare_image_versions(daily, window_days=10, min_clicks=100).iloc[0]
    assert row["lift_low"] == pytest.approx(0.06217, abs=1e-4)
    assert row["lift_high"] == pytest.approx(1.11834, abs=1e-4)
    plain = d.compare_image_versions(daily, window_days=10, min_clicks=100, overdispersion=False).iloc[0]
    assert plain["lift_low"] == pytest.approx(0.25697, abs=1e-5)  # as if the days were steady


def test_window_is_cut_at_the_neighbouring_changes():
    # v1 for 10 days, v2 for 4 days, v3 for 10 days; a 10-day window
    clicks = [20] * 10 + [30] * 4 + [20] * 10
    daily = pd.DataFrame({"date": pd.date_range("2026-10-01", periods=24), "product_id": "p1",
                          "impressions": 1000, "clicks": clicks,
                          "main_image": ["v1"] * 10 + ["v2"] * 4 + ["v3"] * 10})
    t = d.compare_image_versions(daily, window_days=10, min_clicks=100)
    assert t["version_after"].tolist() == ["v2", "v3"]
    v2, v3 = t.iloc[0], t.iloc[1]
    # v2 was replaced after 4 days: its window closed early, so it is judged on 4 days
    assert (v2["days_after"], v2["clicks_after"], v2["window_end"]) == (4, 120, pd.Timestamp("2026-10-14"))
    assert v2["verdict"] == "win"
    # v3's before side is only v2's 4 days
    assert (v3["days_before"], v3["clicks_before"], v3["days_after"]) == (4, 120, 10)
    assert v3["verdict"] == "loss"


def test_scope_promo_flag_and_designer():
    daily = _image_days([20] * 14, [30] * 14, start="2026-05-27")  # change on 06-10, inside 618
    tasks = pd.DataFrame({"task_id": ["DT1", "DT2"], "designer": ["小林", "阿楠"], "product_id": ["p1", "p1"],
                          "asset": ["main_image", "detail_page"],
                          "live_from": pd.to_datetime(["2026-06-11", "2026-06-10"])})
    t = d.compare_image_versions(daily, design_tasks=tasks)
    assert t.loc[0, "promo"] == "618"
    assert (t.loc[0, "task_id"], t.loc[0, "designer"]) == ("DT1", "小林")  # one day off, the main-image task
    assert list(t.columns[:7]) == ["product_id", "product_name", "change_date", "version_before", "version_after",
                                   "task_id", "designer"]
    # window 06-10..06-23: shown for a period it touches, not for one after it or before the change
    assert len(d.compare_image_versions(daily, start="2026-06-20", end="2026-06-23")) == 1
    assert len(d.compare_image_versions(daily, start="2026-06-24", end="2026-06-30", as_of="2026-06-30")) == 0
    assert len(d.compare_image_versions(daily, start="2026-06-01", end="2026-06-09")) == 0


def test_add_designer_tolerance_and_missing():
    tests = pd.DataFrame({"product_id": ["p1", "p1"], "change_date": pd.to_datetime(["2026-06-10", "2026-08-01"])})
    tasks = pd.DataFrame({"task_id": ["DT1", "DT2"], "designer": ["小林", "阿楠"], "product_id": ["p1", "p1"],
                          "asset": ["main_image", "main_image"],
                          "live_from": pd.to_datetime(["2026-06-13", "2026-08-05"])})
    out = d.add_designer(tests, tasks)
    assert out["designer"].tolist()[0] == "小林" and pd.isna(out["designer"].iloc[1])  # 4 days off > 3
    assert d.add_designer(tests, tasks, tolerance_days=4)["designer"].tolist() == ["小林", "阿楠"]
    with pytest.raises(ValueError, match="asset='banner'.*main_image"):
        d.add_designer(tests, tasks, asset="banner")


def test_list_image_changes_handles_a_revert():
    daily = pd.DataFrame({"date": pd.date_range("2026-10-01", periods=5), "product_id": "p1",
                          "main_image": ["v1", "v2", "v2", "v1", "v1"]})
    ch = d.list_image_changes(daily)
    assert list(zip(ch["version_before"], ch["version_after"])) == [("v1", "v2"), ("v2", "v1")]
    assert ch.loc[0, "next_change"] == pd.Timestamp("2026-10-04") and ch.loc[1, "previous_change"] == pd.Timestamp(
        "2026-10-02")
    assert len(d.list_image_changes(daily, as_of="2026-10-03")) == 1


def test_bad_window_and_alpha_are_explained():
    daily = _image_days([20] * 10, [30] * 10)
    with pytest.raises(ValueError, match="window_days 必须是不小于 1 的整天数；收到的是 0"):
        d.compare_image_versions(daily, window_days=0)
    with sa.language("en"), pytest.raises(ValueError, match="window_days must be a whole number"):
        d.compare_image_versions(daily, window_days=0)
    with pytest.raises(ValueError, match="alpha 必须在 0 和 1 之间"):
        d.compare_image_versions(daily, alpha=5)
    with sa.language("en"), pytest.raises(ValueError, match="alpha must be between 0 and 1"):
        d.compare_image_versions(daily, alpha=5)


# --- CTR over time --------------------------------------------------------------------


def test_image_ctr_is_a_ratio_of_sums_per_week_and_month():
    daily = pd.concat([_image_days([20] * 10, [30] * 10),
                       _image_days([5] * 20, [], impressions=100, versions=("v1", "v1"), product="p2")])
    weekly = d.image_ctr(daily, start="2026-10-05", end="2026-10-18")
    p1 = weekly[weekly["product_id"] == "p1"]
    # week of Mon 10-05: 10-05..10-10 at 2% and 10-11 at 3% -> (120 + 30) / 7000
    assert p1["date"].tolist() == [pd.Timestamp("2026-10-05"), pd.Timestamp("2026-10-12")]
    assert p1["ctr"].iloc[0] == pytest.approx(150 / 7000)
    assert p1["main_image"].tolist() == ["v1→v2", "v2"]
    monthly = d.image_ctr(daily, freq="M")
    assert monthly.loc[monthly["product_id"] == "p1", "ctr"].item() == pytest.approx(500 / 20000)
    assert d.image_ctr(daily, top=1)["product_id"].unique().tolist() == ["p1"]  # the one whose image changed
    with pytest.raises(ValueError, match="freq='Q'"):
        d.image_ctr(daily, freq="Q")


# --- detail pages ------------------------------------------------------------------------


def test_money_at_stake_by_hand():
    # shop: 30 buyers / 2,500 visitors = 1.2%, 客单价 6000 / 30 = ¥200
    # b: 1000 x (1.2% - 0.5%) x ¥200 (its own 客单价) = ¥1,400
    # c: no buyers, so the shop's 客单价: 500 x 1.2% x ¥200 = ¥1,200
    daily = pd.DataFrame({"date": pd.Timestamp("2026-10-01"), "product_id": ["a", "b", "c"],
                          "visitors": [1000, 1000, 500], "paying_buyers": [25, 5, 0],
                          "paid_amount": [5000.0, 1000.0, 0.0]})
    out = d.page_conversion(daily)
    assert out["product_id"].tolist() == ["b", "c", "a"]
    assert out["money_at_stake"].tolist() == pytest.approx([1400.0, 1200.0, 0.0])
    assert out["aov_source"].tolist() == ["product", "shop", "product"]
    assert out["baseline_conversion_rate"].iloc[0] == pytest.approx(0.012)
    assert out.attrs["conversion_rate"] == pytest.approx(0.012) and out.attrs["avg_order_value"] == 200.0


def test_bounce_rate_is_the_mean_of_daily_rates():
    # day 1: x 100 visitors at 60%, y 300 at 20% -> shop (60 + 60) / 400 = 30%
    # day 2: x 300 at 40%, y 100 at 80%          -> shop (120 + 80) / 400 = 50%
    # shop 跳失率 = mean(30%, 50%) = 40%; x = mean(60%, 40%) = 50% (not the visitor-weighted 45%)
    daily = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"] * 2 + ["2026-10-02"] * 2),
                          "product_id": ["x", "y", "x", "y"], "visitors": [100, 300, 300, 100],
                          "paying_buyers": [1, 3, 3, 1], "paid_amount": [100.0, 300.0, 300.0, 100.0],
                          "bounce_rate": [0.6, 0.2, 0.4, 0.8]})
    out = d.page_conversion(daily).set_index("product_id")
    assert out.loc["x", "bounce_rate"] == pytest.approx(0.5)
    assert out.loc["x", "baseline_bounce_rate"] == pytest.approx(0.4)
    assert out.loc["x", "bounce_gap"] == pytest.approx(0.1)


def test_page_conversion_against_the_category():
    daily = pd.DataFrame({"date": pd.Timestamp("2026-10-01"), "product_id": ["coat", "tee1", "tee2"],
                          "visitors": [1000, 1000, 1000], "paying_buyers": [10, 40, 20],
                          "paid_amount": [9000.0, 4000.0, 2000.0]})
    products = pd.DataFrame({"product_id": ["coat", "tee1", "tee2"], "product_name": ["大衣", "T恤1", "T恤2"],
                             "category": ["外套", "T恤", "T恤"]})
    shop = d.page_conversion(daily, products=products, against="shop")
    assert shop.iloc[0]["product_name"] == "大衣"  # 1% against the shop's 70/3000: 1000 x 1.333% x ¥900 = ¥1.2万
    assert shop.iloc[0]["money_at_stake"] == pytest.approx(1000 * (70 / 3000 - 0.01) * 900)
    fair = d.page_conversion(daily, products=products, against="category").set_index("product_id")
    assert fair.loc["coat", "money_at_stake"] == 0  # alone in its category
    # T恤 converts 60 / 2000 = 3%: tee2 at 2% loses 1000 x 1% x ¥100 = ¥1,000
    assert fair.loc["tee2", "money_at_stake"] == pytest.approx(1000.0)
    with pytest.raises(ValueError, match="against='region'"):
        d.page_conversion(daily, against="region")


def test_money_at_stake_compares_a_product_with_its_own_category_by_default():
    # a ¥899 coat converting 1% is not "losing" ¥1.2万 against a shop average made by ¥89 T恤
    daily = pd.DataFrame({"date": pd.Timestamp("2026-10-01"), "product_id": ["coat1", "coat2", "tee1", "tee2", "new"],
                          "visitors": [1000, 1000, 4000, 4000, 500], "paying_buyers": [10, 14, 160, 120, 5],
                          "paid_amount": [8990.0, 12586.0, 14240.0, 10680.0, 500.0]})
    products = pd.DataFrame({"product_id": ["coat1", "coat2", "tee1", "tee2", "new"],
                             "product_name": ["大衣1", "大衣2", "T恤1", "T恤2", "新品"],
                             "category": ["外套", "外套", "T恤", "T恤", None]})
    pages = d.page_conversion(daily, products=products).set_index("product_id")
    assert pages.attrs["against"] == "category"
    # 外套 converts 24 / 2000 = 1.2%: coat1 at 1% loses 1000 x 0.2% x ¥899 = ¥1,798
    assert pages.loc["coat1", "baseline_conversion_rate"] == pytest.approx(0.012)
    assert pages.loc["coat1", "money_at_stake"] == pytest.approx(1000 * 0.002 * 899)
    # T恤 converts 280 / 8000 = 3.5%: tee2 at 3% loses 4000 x 0.5% x ¥89 = ¥1,780
    assert pages.loc["tee2", "money_at_stake"] == pytest.approx(4000 * 0.005 * 89)
    # a product without a category is compared with the shop (309 / 10500)
    assert pages.loc["new", "baseline_conversion_rate"] == pytest.approx(309 / 10500)
    shop = d.page_conversion(daily, products=products, against="shop").set_index("product_id")
    assert shop.attrs["against"] == "shop"
    assert shop.loc["coat1", "money_at_stake"] == pytest.approx(1000 * (309 / 10500 - 0.01) * 899)  # ¥1.75万
    # without a products table there is no category: the shop
    assert d.page_conversion(daily).attrs["against"] == "shop"
    assert "同类目" in d.method_notes()[3] and "全店" in d.method_notes(against="shop")[3]


def test_detail_page_tests_and_new_listings():
    days = pd.date_range("2026-09-01", periods=28)
    daily = pd.DataFrame({"date": days.repeat(2), "product_id": ["old", "new"] * 28,
                          "visitors": 500, "paying_buyers": np.tile([5, 10], 28), "paid_amount": 100.0})
    daily.loc[(daily["product_id"] == "old") & (daily["date"] >= "2026-09-15"), "paying_buyers"] = 10
    daily = daily[~((daily["product_id"] == "new") & (daily["date"] < "2026-09-15"))]
    tasks = pd.DataFrame({"task_id": ["T1", "T2"], "designer": ["阿楠", "小林"], "product_id": ["old", "new"],
                          "asset": ["detail_page", "detail_page"],
                          "live_from": pd.to_datetime(["2026-09-15", "2026-09-15"])})
    t = d.compare_detail_pages(daily, tasks, min_buyers=30).set_index("task_id")
    # old: 70 buyers of 7,000 (1%) -> 140 of 7,000 (2%)
    assert t.loc["T1", "conversion_rate_before"] == pytest.approx(0.01)
    assert t.loc["T1", "lift"] == pytest.approx(1.0) and t.loc["T1", "verdict"] == "win"
    assert t.loc["T2", "verdict"] == d.NO_BEFORE == "no_before" and t.loc["T2", "days_before"] == 0


# --- delivery ------------------------------------------------------------------------------


@pytest.fixture
def tasks():
    return pd.DataFrame({
        "task_id": ["T1", "T2", "T3", "T4", "T5", "T6", "T7"],
        "designer": ["甲", "甲", "甲", "乙", "乙", "乙", "甲"],
        "product_id": ["p1", "p2", "p3", "p1", "p2", "p3", "p1"],
        "asset": ["main_image", "main_image", "detail_page", "ad_creative", "ad_creative", "ad_creative",
                  "main_image"],
        "requested": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-10", "2026-10-01",
                                     "2026-10-01", "2026-10-09"]),
        "due": pd.to_datetime(["2026-10-06", "2026-10-08", "2026-10-10", "2026-10-14", "2026-10-03", "2026-10-20",
                               "2026-10-12"]),
        "delivered": pd.to_datetime(["2026-10-05", "2026-10-11", None, None, "2026-10-03", "2026-10-13",
                                     "2026-10-16"]),
        "live_from": pd.NaT,
    })


def test_delivery_by_hand(tasks):
    # 甲: T1 on time (lead 4), T2 3 days late (lead 9), T3 open 4 days past due, T7 delivered only after
    #     as_of so open 2 days past due -> 1 on time of 4, lead (4 + 9) / 2, days late (3 + 4 + 2) / 3
    # 乙: T5 delivered on its due date (on time, lead 2), T4 due on as_of (pending), T6 due after the period
    before = tasks.copy()
    out = d.summarize_delivery(tasks, start="2026-10-01", end="2026-10-14", by="designer").set_index("designer")
    counts = ["tasks", "delivered", "on_time", "late", "open_late", "pending"]
    assert out.loc["甲", counts].tolist() == [4, 2, 1, 3, 2, 0]
    assert out.loc["甲", "on_time_rate"] == pytest.approx(0.25)
    assert out.loc["甲", "mean_lead_days"] == 6.5 and out.loc["甲", "median_lead_days"] == 6.5
    assert out.loc["甲", "mean_days_late"] == pytest.approx(3.0)
    assert out.loc["乙", ["tasks", "on_time", "late", "pending"]].tolist() == [2, 1, 0, 1]
    assert out.loc["乙", "on_time_rate"] == 1.0 and out.loc["乙", "mean_lead_days"] == 2.0
    team = d.summarize_delivery(tasks, start="2026-10-01", end="2026-10-14", by=None)
    assert len(team) == 1 and team.loc[0, "on_time_rate"] == pytest.approx(2 / 5)
    by_asset = d.summarize_delivery(tasks, start="2026-10-01", end="2026-10-14")
    assert by_asset.set_index(["designer", "asset"]).loc[("甲", "detail_page"), "on_time_rate"] == 0.0
    pd.testing.assert_frame_equal(tasks, before)


def test_late_open_tasks(tasks):
    late = d.flag_late_tasks(tasks, as_of="2026-10-14")
    assert late["task_id"].tolist() == ["T3", "T7"] and late["days_overdue"].tolist() == [4, 2]
    # T4 was due on the 14th: late from the 15th
    later = d.flag_late_tasks(tasks, as_of="2026-10-15", products=pd.DataFrame({"product_id": ["p1", "p3"],
                                                                               "product_name": ["裙", "衫"]}))
    assert later["task_id"].tolist() == ["T3", "T7", "T4"]  # T7 is still open on the 15th (delivered the 16th)
    assert later["days_overdue"].tolist() == [5, 3, 1]
    assert later.set_index("task_id").loc["T3", "product_name"] == "衫"


def test_on_the_demo_annan_is_never_late_and_xiaolin_is():
    shop = sa.load_demo_shop(tables=["design_tasks"])
    whole = d.summarize_delivery(shop.design_tasks, by="designer").set_index("designer")
    assert whole.loc["阿楠", "late"] == 0 and whole.loc["阿楠", "on_time_rate"] == 1.0
    assert whole.loc["小林", "late"] / whole.loc["小林", "tasks"] > 0.5
    assert shop.design_tasks["delivered"].isna().sum() == 4
    late = d.flag_late_tasks(shop.design_tasks, as_of="2026-10-31")
    assert late["task_id"].tolist() == ["DT0083"] and late.loc[0, "due"] == pd.Timestamp("2026-10-24")


# --- the demo's image story -------------------------------------------------------------------


def test_demo_image_changes_tell_the_documented_story():
    shop = sa.load_demo_shop(tables=["products_daily", "design_tasks"])
    t = d.compare_image_versions(shop.products_daily, design_tasks=shop.design_tasks)
    verdict = {f"{r.product_name} {r.version_after}": r.verdict for r in t.itertuples()}
    for name in ("法式碎花茶歇连衣裙 v2", "双面羊毛大衣 v2", "羊毛开衫 v2"):
        assert verdict[name] == "win", name
    for name in ("基础款纯棉圆领T恤 v2", "黑色小香风连衣裙 v2", "雪纺印花长裙 v3"):
        assert verdict[name] == "loss", name
    for name in ("高腰直筒牛仔裤 v2", "宽松字母印花T恤 v2", "百褶半身裙 v2"):
        assert verdict[name] == "no_difference", name
    lift = dict(zip(verdict, t["lift"]))
    assert lift["法式碎花茶歇连衣裙 v2"] == pytest.approx(0.45, abs=0.05)
    assert t["designer"].notna().all()  # every change has its task


# --- scorecard ---------------------------------------------------------------------------------


def test_weights_change_the_ranking_by_hand():
    # 甲: on time 100%, her one image lost (0); 乙: on time 50%, her image won (100)
    # 0.7 / 0.3: 甲 70, 乙 0.7 x 50 + 0.3 x 100 = 65  -> 甲 first
    # 0.3 / 0.7: 甲 30, 乙 0.3 x 50 + 0.7 x 100 = 85  -> 乙 first
    s = pd.DataFrame({"designer": ["甲", "乙"], "on_time_rate": [1.0, 0.5], "image_wins": [0, 1],
                      "image_losses": [1, 0], "image_no_difference": [0, 0]})
    a = d.scorecard(s, weights={"on_time": 0.7, "image": 0.3})
    assert a["designer"].tolist() == ["甲", "乙"] and a["total"].tolist() == pytest.approx([70.0, 65.0])
    b = d.scorecard(s, weights={"on_time": 0.3, "image": 0.7})
    assert b["designer"].tolist() == ["乙", "甲"] and b["total"].tolist() == pytest.approx([85.0, 30.0])
    assert b["rank"].tolist() == [1, 2]
    # weights need not add up to 1
    assert d.scorecard(s, weights={"on_time": 3, "image": 7})["total"].tolist() == pytest.approx([85.0, 30.0])


def test_missing_component_is_left_out_and_neutral_credit():
    # 丙 had no image test: 80% on time alone is her total, not 0.5 x 80 = 40
    # 丁: 1 win and 1 no clear difference -> image (1 + 0.5) / 2 = 75; total (0.5 x 60 + 0.3 x 75) / 0.8 = 65.625
    s = pd.DataFrame({"designer": ["丙", "丁"], "on_time_rate": [0.8, 0.6], "image_wins": [0, 1],
                      "image_losses": [0, 0], "image_no_difference": [0, 1]})
    out = d.scorecard(s).set_index("designer")
    assert np.isnan(out.loc["丙", "image_score"]) and out.loc["丙", "total"] == pytest.approx(80.0)
    assert out.loc["丁", "image_score"] == 75.0 and out.loc["丁", "total"] == pytest.approx(65.625)
    assert d.scorecard(s, neutral_credit=0).set_index("designer").loc["丁", "image_score"] == 50.0


def test_grades_are_thresholds():
    s = pd.DataFrame({"designer": list("abcde"), "on_time_rate": [0.90, 0.8999, 0.75, 0.6, 0.59]})
    assert d.scorecard(s)["grade"].tolist() == ["A", "B", "B", "C", "D"]
    custom = d.scorecard(s, grades={"优秀": 85, "合格": 60, "待改进": 0})
    assert custom["grade"].tolist() == ["优秀", "优秀", "合格", "合格", "待改进"]
    tie = d.scorecard(pd.DataFrame({"designer": ["x", "y", "z"], "on_time_rate": [1.0, 1.0, 0.5]}))
    assert tie["rank"].tolist() == [1, 1, 3]


def test_bad_weights_say_what_is_accepted():
    s = pd.DataFrame({"designer": ["甲"], "on_time_rate": [1.0]})
    with pytest.raises(ValueError, match="speed.*on_time, image, page"):
        d.scorecard(s, weights={"speed": 1})
    with sa.language("en"):
        with pytest.raises(ValueError, match="accepted: on_time, image, page"):
            d.scorecard(s, weights={"speed": 1})
        with pytest.raises(ValueError, match="positive sum"):
            d.scorecard(s, weights={"on_time": 0})


def test_summarize_designers_counts_a_test_in_the_month_its_window_closes(tasks):
    tests = pd.DataFrame({
        "designer": ["甲", "甲", "甲", "乙"],
        "window_end": pd.to_datetime(["2026-10-10", "2026-09-28", "2026-11-05", "2026-10-12"]),
        "verdict": ["win", "loss", "too_early", "no_difference"],
    })
    out = d.summarize_designers(tasks, tests, start="2026-10-01", end="2026-10-14").set_index("designer")
    assert out.loc["甲", ["image_judged", "image_wins", "image_losses", "image_pending"]].tolist() == [1, 1, 0, 1]
    assert out.loc["乙", ["image_judged", "image_no_difference"]].tolist() == [1, 1]
    assert out.loc["甲", "page_judged"] == 0 and out.loc["甲", "on_time_rate"] == pytest.approx(0.25)
    scored = d.scorecard(out.reset_index()).set_index("designer")
    # 甲: (0.5 x 25 + 0.3 x 100) / 0.8 = 53.125; 乙: (0.5 x 100 + 0.3 x 50) / 0.8 = 81.25
    assert scored.loc["甲", "total"] == pytest.approx(53.125) and scored.loc["乙", "total"] == pytest.approx(81.25)


# --- bonus -----------------------------------------------------------------------------------


def _bonus_tables(sales, *, live=("2026-05-20",), designers=("甲",), assets=("main_image",)):
    tasks = pd.DataFrame({"task_id": [f"T{i}" for i in range(len(live))], "designer": list(designers),
                          "product_id": "p1", "asset": list(assets),
                          "requested": pd.to_datetime(list(live)) - pd.Timedelta(days=7),
                          "live_from": pd.to_datetime(list(live))})
    daily = pd.DataFrame({"date": pd.to_datetime(["2026-06-15"]), "product_id": ["p1"], "paid_amount": [sales]})
    products = pd.DataFrame({"product_id": ["p1"], "product_name": ["裙"], "price": [200.0], "unit_cost": [80.0]})
    return tasks, daily, products


JUNE = dict(start="2026-06-01", end="2026-06-30")


def test_bonus_above_the_threshold_by_hand():
    # margin (200 - 80) / 200 = 60%; ¥50,000 of sales: (50,000 - 20,000) x 60% = ¥18,000 -> 1% = ¥180
    out = d.designer_bonus(*_bonus_tables(50000.0), **JUNE)
    assert out.to_dict("records") == [{"designer": "甲", "products": 1, "products_over_threshold": 1,
                                       "paid_amount": 50000.0, "gross_profit": pytest.approx(30000.0),
                                       "bonus": pytest.approx(180.0)}]
    # basis='all': all of the ¥30,000 profit once past the threshold -> ¥300
    assert d.designer_bonus(*_bonus_tables(50000.0), basis="all", **JUNE)["bonus"].item() == pytest.approx(300.0)
    assert d.designer_bonus(*_bonus_tables(50000.0), share=0.02, threshold=40000, **JUNE)["bonus"].item() == (
        pytest.approx(0.02 * 10000 * 0.6))


def test_no_bonus_below_the_threshold():
    for basis in ("excess", "all"):
        out = d.designer_bonus(*_bonus_tables(19999.0), basis=basis, **JUNE)
        assert out["bonus"].item() == 0 and out["products_over_threshold"].item() == 0
    assert d.designer_bonus(*_bonus_tables(20000.0), basis="all", **JUNE)["bonus"].item() == pytest.approx(120.0)


def test_bonus_is_shared_by_the_days_each_image_was_in_use():
    # 甲's image from 05-20, replaced by 乙's on 06-05: 甲 4 of June's 30 days, 乙 26
    tables = _bonus_tables(50000.0, live=("2026-05-20", "2026-06-05"), designers=("甲", "乙"),
                           assets=("main_image", "main_image"))
    out = d.designer_bonus(*tables, detail=True, **JUNE).set_index("designer")
    assert out.loc["甲", "live_days"] == 4 and out.loc["乙", "live_days"] == 26
    assert out.loc["甲", "bonus"] == pytest.approx(180 * 4 / 30)
    assert out.loc["乙", "bonus"] == pytest.approx(180 * 26 / 30)
    # a main image and a detail page in use together all month share the product's pool equally
    both = _bonus_tables(50000.0, live=("2026-05-20", "2026-05-25"), designers=("甲", "乙"),
                         assets=("main_image", "detail_page"))
    assert d.designer_bonus(*both, **JUNE)["bonus"].tolist() == pytest.approx([90.0, 90.0])


def test_old_work_and_other_assets_earn_nothing():
    old = d.designer_bonus(*_bonus_tables(50000.0, live=("2026-03-01",)), **JUNE)  # > 60 days before June
    assert old.to_dict("records")[0]["bonus"] == 0 and old["products"].item() == 0
    assert d.designer_bonus(*_bonus_tables(50000.0, live=("2026-03-01",)), credit_days=120,
                            **JUNE)["bonus"].item() == pytest.approx(180.0)
    ads = d.designer_bonus(*_bonus_tables(50000.0, assets=("ad_creative",)), **JUNE)
    assert ads["bonus"].item() == 0


def test_bonus_needs_costs_and_valid_options():
    tasks, daily, products = _bonus_tables(50000.0)
    with pytest.raises(DataError, match="售价和成本.*p1"):
        d.designer_bonus(tasks, daily, products.assign(unit_cost=np.nan), **JUNE)
    with pytest.raises(ValueError, match="basis='profit'"):
        d.designer_bonus(tasks, daily, products, basis="profit", **JUNE)
    with pytest.raises(ValueError, match="share 是毛利的比例"):
        d.designer_bonus(tasks, daily, products, share=5, **JUNE)
    with sa.language("en"):
        with pytest.raises(DataError, match="price and unit_cost"):
            d.designer_bonus(tasks, daily, products.assign(unit_cost=np.nan), **JUNE)
        with pytest.raises(ValueError, match="share is a fraction"):
            d.designer_bonus(tasks, daily, products, share=5, **JUNE)


# --- takeaways and purity --------------------------------------------------------------------------


def test_describe_designers_says_the_numbers():
    daily = _image_days([20] * 10, [30] * 10)
    tasks = pd.DataFrame({"task_id": ["DT1"], "designer": ["小林"], "product_id": ["p1"], "asset": ["main_image"],
                          "live_from": pd.to_datetime(["2026-10-11"])})
    image = d.compare_image_versions(daily, window_days=10, min_clicks=100, design_tasks=tasks)
    scores = d.scorecard(pd.DataFrame({"designer": ["小林"], "on_time_rate": [0.25], "image_wins": [1]}))
    lines = d.describe_designers(image, scores=scores, late=pd.DataFrame(columns=["task_id"]))
    assert lines[0] == "主图：本期测试 1 次换图，新图胜出 1 次。"
    assert lines[1] == ("效果最好的新主图：小林做的碎花裙（v1→v2，10-11 上线），点击率 +50%，"
                        "95% 区间 +26% 至 +79%。")
    assert "没有延期未交的任务。" in lines
    assert lines[-1] == "绩效评分：小林 D（53 分）。"  # (0.5 x 25 + 0.3 x 100) / 0.8 = 53.1
    with sa.language("en"):
        en = d.describe_designers(image, scores=scores, late=pd.DataFrame(columns=["task_id"]))
        assert en[0] == "Main images: 1 change tested: 1 win."
        assert en[1] == "Best new image: 碎花裙 v1→v2 (live 10-11, by 小林): CTR +50% (95% interval +26% to +79%)."
        assert "No task is late and open." in en
        assert en[-1] == "Scorecard: 小林 D (53)."
        assert d.describe_designers(image.iloc[0:0]) == ["No main image changed in the period."]
    wider = d.compare_image_versions(daily, window_days=10, min_clicks=100, alpha=0.1, design_tasks=tasks)
    # 90%: exp(0.405465 ± 1.644854 x 0.090185) - 1 = [+29.3%, +74.0%]
    assert "90% 区间 +29% 至 +74%" in d.describe_designers(wider)[1]
    assert d.describe_designers(image.iloc[0:0]) == ["本期没有更换主图。"]


def test_describe_designers_counts_each_verdict_and_names_pages_tasks_and_pay():
    image = pd.DataFrame({
        "product_name": ["裙", "衫", "裤", "帽"], "version_before": ["v1"] * 4, "version_after": ["v2"] * 4,
        "change_date": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-03", "2026-10-20"]),
        "window_end": pd.to_datetime(["2026-10-14", "2026-10-15", "2026-10-16", "2026-11-02"]),
        "lift": [0.3, -0.25, 0.02, 0.4], "lift_low": [0.1, -0.4, -0.1, -0.2], "lift_high": [0.5, -0.1, 0.15, 1.0],
        "verdict": ["win", "loss", "no_difference", "too_early"]})
    pages = pd.DataFrame({"product_name": ["大衣"], "visitors": [12000], "conversion_rate": [0.008],
                          "baseline_conversion_rate": [0.015], "money_at_stake": [16800.0]})
    pages.attrs["against"] = "shop"
    late = pd.DataFrame({"task_id": ["T1", "T2"], "designer": ["小林", "阿楠"], "product_name": ["裙", "衫"],
                         "asset": ["main_image", "detail_page"], "due": pd.to_datetime(["2026-10-24", "2026-10-30"]),
                         "days_overdue": [7, 1]})
    delivery = pd.DataFrame({"designer": ["小林", "阿楠"], "on_time": [1, 3], "late": [3, 0],
                             "on_time_rate": [0.25, 1.0]})
    bonus = pd.DataFrame({"designer": ["小林", "阿楠"], "bonus": [0.0, 180.0], "products_over_threshold": [0, 1]})
    zh = d.describe_designers(image, pages, delivery, late, bonus=bonus, top=1)
    assert zh == [
        "主图：本期测试 4 次换图，新图胜出 1 次，新图落败 1 次，尚无定论 1 次，数据不足 1 次。",
        "效果最好的新主图：裙（v1→v2，10-01 上线），点击率 +30%，95% 区间 +10% 至 +50%。",
        "效果最差的新主图：衫（v1→v2，10-02 上线），点击率 -25%，95% 区间 -40% 至 -10%。",
        "还不能下结论：帽 v2（11-02 出结果）。",
        "转化最拖后腿的详情页（对比全店支付转化率）：大衣 0.80%（平均 1.50%，访客 1.2万，涉及 ¥1.68万）。"
        "转化率低于平均的详情页合计涉及 ¥1.68万。",
        "按时交付率：阿楠 100%（3 个到期，按时 3 个），小林 25%（4 个到期，按时 1 个）。",
        "延期未交：小林的裙主图（10-24 到期，已超期 7 天），另有 1 个。",
        "奖金：阿楠 ¥180（1 个商品超过门槛）。",
    ]
    with sa.language("en"):
        en = d.describe_designers(image, pages, delivery, late, bonus=bonus, top=1)
    assert en[0] == "Main images: 4 changes tested: 1 win, 1 loss, 1 with no clear difference, 1 too early to judge."
    assert en[4] == ("Detail pages losing most against the shop's conversion rate: 大衣 (0.80% against 1.50% on "
                     "12K visitors, ¥16.8K). All pages below average: ¥16.8K at stake.")
    assert en[6] == "Late and still open: Main image of 裙 by 小林 (due 10-24, 7 days overdue) and 1 more."
    assert en[7] == "Bonus: 阿楠 ¥180 (1 product over the threshold)."
    actions = d.designer_actions(image, pages, late, top=1)
    assert actions == ["催交：小林的裙主图（10-24 到期，已超期 7 天）。",
                       "换回或重做：衫的新主图 v2 让点击率 -25%，考虑换回 v1。",
                       "优化详情页：大衣，支付转化率 0.80%（全店平均 1.50%），涉及 ¥1.68万。",
                       "等到 11-02 观察期结束再评判帽的新主图 v2，之前别下结论。"]
    with sa.language("en"):
        assert d.designer_actions(image, pages, late, top=1)[1] == (
            "Revert or redo: the new image v2 of 衫 moved CTR -25%; consider going back to v1.")
        assert d.designer_actions() == ["Nothing needs action this period."]


def test_method_notes_describe_the_parameters_in_words():
    zh = d.method_notes(window_days=7, min_clicks=300, alpha=0.1, weights={"on_time": 0.3, "image": 0.7},
                        grades={"A": 85, "B": 60, "C": 0}, neutral_credit=0.25, share=0.02, threshold=30000.0,
                        credit_days=30)
    text = "\n".join(zh)
    for words in ("上线前 7 天", "点击量不足 300 次", "90% 置信区间", "按时交付 30%，主图测试 70%", "0.25 × 尚无定论",
                  "A ≥ 85 分，B ≥ 60 分，C ≥ 0 分", "超过 ¥3万 的部分", "提取 2%", "本期开始前 30 天"):
        assert words in text, words
    assert not any(code in text for code in ("window_days", "min_clicks", "weights", "bonus_share", "on_time"))
    with sa.language("en"):
        en = "\n".join(d.method_notes(basis="all", against="category"))
    for words in ("the 14 days before", "fewer than 200 clicks", "95% interval", "category's average",
                  "on-time delivery 50%, main-image tests 30%, detail-page tests 20%", "A from 90",
                  "1% of a product's whole gross profit", "reach ¥20K"):
        assert words in en, words


def test_labels_of_verdicts_assets_and_window_columns_in_both_languages():
    from shopanalysis import vocab
    assert [vocab.value_label("verdict", v, lang="zh") for v in d.VERDICTS] == [
        "新图胜出", "新图落败", "尚无定论", "数据不足", "无前期数据"]
    assert [vocab.value_label("verdict", v, lang="en") for v in d.VERDICTS[:4]] == [
        "New image wins", "New image loses", "No clear difference", "Too little data"]
    assert dict(d.ASSETS) == {"main_image": "主图", "detail_page": "详情页", "activity_page": "活动页",
                              "ad_creative": "推广图"}
    with sa.language("en"):
        assert d.ASSETS["ad_creative"] == "Ad creative"
    assert list(d.ASSETS) == ["main_image", "detail_page", "activity_page", "ad_creative"]
    assert d.window_labels()["ctr_before"] == "点击率（前）"
    assert d.window_labels(lang="en")["paying_buyers_after"] == "Paying buyers after"
    assert d.LABELS["ctr_after"] == "点击率（后）" and d.LABELS["lift"] == "提升" and "verdict" in d.LABELS
    assert d.LABELS.get("designer", "美工") == "美工"  # contract columns: present.table asks the vocabulary
    with sa.language("en"):
        assert d.LABELS["money_at_stake"] == "Money at stake"
    for name in ("lift", "lift_low", "chance_better", "verdict", "money_at_stake", "on_time_rate", "image_score"):
        assert vocab.label(name, lang="zh") != name and vocab.label(name, lang="en") != name
    shown = sa.present.table(pd.DataFrame({"verdict": ["win", "too_early"], "asset": ["main_image", "ad_creative"]}))
    html = shown.to_html()
    assert all(w in html for w in ("新图胜出", "数据不足", "主图", "推广图")) and "too_early" not in html


def test_functions_do_not_change_their_inputs():
    shop = sa.load_demo_shop(tables=["products_daily", "products", "design_tasks"])
    copies = {name: getattr(shop, name).copy() for name in ("products_daily", "products", "design_tasks")}
    period = dict(start="2026-10-01", end="2026-10-31")
    d.image_ctr(shop.products_daily, top=3, **period)
    d.compare_image_versions(shop.products_daily, design_tasks=shop.design_tasks, **period)
    d.compare_detail_pages(shop.products_daily, shop.design_tasks, **period)
    d.page_conversion(shop.products_daily, products=shop.products, against="category", **period)
    d.summarize_delivery(shop.design_tasks, **period)
    d.designer_bonus(shop.design_tasks, shop.products_daily, shop.products, **period)
    for name, before in copies.items():
        pd.testing.assert_frame_equal(getattr(shop, name), before)


def test_missing_columns_name_the_table():
    with pytest.raises(DataError, match=r"products_daily.*impressions"):
        d.compare_image_versions(pd.DataFrame({"date": [], "product_id": []}))


def test_a_product_that_never_changed_image_gives_empty_tables(tasks):
    daily = _image_days([20] * 5, [20] * 5, versions=("v1", "v1"))
    assert d.list_image_changes(daily).empty
    t = d.compare_image_versions(daily)
    assert t.empty and "verdict" in t.columns
    none = tasks.iloc[0:0]
    assert d.summarize_designers(none, t, end="2026-10-31").empty
    assert d.scorecard(d.summarize_designers(none, t, end="2026-10-31")).empty
