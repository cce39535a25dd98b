"""Tests of shopanalysis.weekly on small frames: the week, the plan, sources, ads, tasks, the open actions."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shopanalysis as sa
from shopanalysis import Shop, weekly as wk
from shopanalysis.sales import NoTarget


def shop_days(start="2026-10-05", n=14, *, visitors=100, buyers=2, amount=200.0):
    days = pd.date_range(start, periods=n)
    frame = pd.DataFrame({"date": days, "visitors": visitors, "paying_buyers": buyers, "paid_amount": amount})
    return frame.astype({"visitors": "int64", "paying_buyers": "int64", "paid_amount": "float64"})


# --- the week -------------------------------------------------------------------------------


def test_a_week_is_its_monday_to_its_sunday():
    assert wk.week_bounds("2026-10-12") == (pd.Timestamp("2026-10-12"), pd.Timestamp("2026-10-18"))
    assert wk.week_bounds(pd.Timestamp("2026-09-28 09:30")) == (pd.Timestamp("2026-09-28"),
                                                                 pd.Timestamp("2026-10-04"))


@pytest.mark.parametrize("day, monday", [("2026-10-15", "2026-10-12"), ("2026-10-18", "2026-10-12"),
                                         ("2026-10-01", "2026-09-28")])
def test_a_day_that_is_not_a_monday_is_refused_with_its_monday_named(day, monday):
    with pytest.raises(ValueError, match=f"-p week={monday}") as err:
        wk.week_bounds(day)
    assert day in str(err.value) and "不是周一" in str(err.value)
    with sa.language("en"), pytest.raises(ValueError, match="not a Monday"):
        wk.week_bounds(day)


def test_a_date_that_is_no_date_is_refused():
    with pytest.raises(ValueError):
        wk.week_bounds("last week")


# --- the week against last week -----------------------------------------------------------


def test_the_week_is_summed_and_its_rates_are_ratios_of_sums():
    days = shop_days()
    days.loc[7:, "visitors"] = [100, 300, 100, 100, 100, 100, 100]
    days.loc[7:, "paying_buyers"] = [1, 9, 2, 2, 2, 2, 2]
    days.loc[7:, "paid_amount"] = [100.0, 2700.0, 200.0, 200.0, 200.0, 200.0, 200.0]
    row = wk.compare_weeks(days, "2026-10-12").iloc[0]
    assert row["visitors"] == 900 and row["paying_buyers"] == 20 and row["paid_amount"] == 3800.0
    assert row["visitors_before"] == 700 and row["paid_amount_before"] == 1400.0
    assert row["conversion_rate"] == pytest.approx(20 / 900)  # not the mean of the daily rates
    assert row["avg_order_value"] == pytest.approx(3800 / 20)
    assert row["sales_change"] == 2400.0 and row["sales_change_pct"] == pytest.approx(3800 / 1400 - 1)
    parts = row[["yuan_visitors", "yuan_conversion", "yuan_avg_order_value"]].astype(float)
    assert parts.sum() == pytest.approx(2400.0)
    assert row["yuan_visitors"] == pytest.approx(2400 * np.log(900 / 700) / np.log(3800 / 1400))
    assert row["baseline"] == "last_week" and row["note"] == ""
    assert np.isnan(row["planned"]) and np.isnan(row["plan_completion"])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(50, 5000), min_size=14, max_size=14), st.lists(st.integers(1, 40), min_size=14,
                                                                             max_size=14),
       st.lists(st.floats(50, 900), min_size=14, max_size=14))
def test_the_split_adds_up_to_the_change_in_sales(visitors, buyers, order_values):
    days = shop_days()
    days["visitors"], days["paying_buyers"] = visitors, buyers
    days["paid_amount"] = [b * v for b, v in zip(buyers, order_values)]
    row = wk.compare_weeks(days, "2026-10-12").iloc[0]
    parts = row["yuan_visitors"] + row["yuan_conversion"] + row["yuan_avg_order_value"]
    assert parts == pytest.approx(row["sales_change"], rel=1e-9, abs=1e-6)


def test_a_day_missing_from_the_week_is_named():
    days = shop_days().drop(index=9)
    with pytest.raises(sa.DataError, match="2026-10-14"):
        wk.compare_weeks(days, "2026-10-12")


def test_without_last_week_the_week_stands_alone_and_says_why():
    row = wk.compare_weeks(shop_days("2026-10-12", 7), "2026-10-12").iloc[0]
    assert row["paid_amount"] == 1400.0 and np.isnan(row["paid_amount_before"]) and np.isnan(row["yuan_visitors"])
    assert "2026-10-05" in row["note"]
    lines = wk.describe_week(wk.compare_weeks(shop_days("2026-10-12", 7), "2026-10-12"))
    assert lines[0] == "本周（10-12 至 10-18）支付金额 ¥1,400。" and "上周" in lines[1]


def test_the_week_is_set_against_the_plan():
    days = shop_days("2026-10-01", 18, amount=1000.0)
    targets = pd.DataFrame({"month": ["2026-10"], "target_amount": [31_000.0]})
    plan = wk.plan_week(days, targets, "2026-10-12")
    assert list(plan.index) == list(pd.date_range("2026-10-12", "2026-10-18"))
    assert plan.sum() == pytest.approx(7000.0)  # flat history: an even plan, 1000 a day
    row = wk.compare_weeks(days, "2026-10-12", plan=plan).iloc[0]
    assert row["planned"] == pytest.approx(7000.0) and row["plan_completion"] == pytest.approx(1.0)
    table = wk.week_days(days, "2026-10-12", plan=plan)
    assert list(table.columns[-2:]) == ["day_target", "plan_completion"]
    assert table["plan_completion"].tolist() == pytest.approx([1.0] * 7)


def test_a_week_across_two_months_takes_each_month_from_its_own_plan():
    days = shop_days("2026-09-01", 34, amount=1000.0)
    targets = pd.DataFrame({"month": ["2026-09", "2026-10"], "target_amount": [30_000.0, 62_000.0]})
    plan = wk.plan_week(days, targets, "2026-09-28")
    # history is flat, so each month's plan is even: 1000 a day in September, 2000 in October
    assert plan.loc[:"2026-09-30"].tolist() == pytest.approx([1000.0] * 3)
    assert plan.loc["2026-10-01":].tolist() == pytest.approx([2000.0] * 4)
    with pytest.raises(NoTarget, match="2026-10"):
        wk.plan_week(days, targets.iloc[:1], "2026-09-28")


def test_the_days_of_the_week_show_the_same_weekday_last_week():
    days = shop_days()
    days.loc[7:, "paid_amount"] = 300.0
    table = wk.week_days(days, "2026-10-12")
    assert table["date"].tolist() == list(pd.date_range("2026-10-12", periods=7))
    assert table["weekday"].iloc[0] == "周一" and table["weekday"].iloc[-1] == "周日"
    assert table["paid_amount"].tolist() == [300.0] * 7 and table["paid_amount_last_week"].tolist() == [200.0] * 7
    assert "day_target" not in table.columns


def test_the_split_is_drawn_with_its_labels():
    row = wk.compare_weeks(shop_days(), "2026-10-12")
    steps = wk.sales_steps(row)
    with sa.language("en"):
        assert list(wk.sales_steps(row).index) == ["Visitors", "Conversion rate", "Avg. order value"]
    assert len(steps) == 3 and steps.sum() == pytest.approx(0.0)


# --- sources and ads ------------------------------------------------------------------------


def test_sources_are_set_against_last_week_and_the_shops_change():
    ts = pd.DataFrame({
        "date": pd.to_datetime(["2026-10-05", "2026-10-06", "2026-10-12", "2026-10-13"] * 2),
        "source": ["手淘搜索"] * 4 + ["直通车"] * 4,
        "visitors": [100, 100, 150, 150, 50, 50, 30, 30],
        "paid_amount": [1000.0, 1000.0, 1200.0, 1200.0, 500.0, 500.0, 200.0, 200.0],
    })
    out = wk.compare_sources(ts, "2026-10-12")
    assert out["source"].tolist() == ["手淘搜索", "直通车"]  # the larger change in visitors first
    first = out.iloc[0]
    assert first["visitors_last_week"] == 200 and first["visitors"] == 300 and first["visitors_change"] == 100
    assert first["sales_change"] == 400.0 and first["channel"] == "natural"
    assert out["share_of_visitors_change"].tolist() == pytest.approx([100 / 60, -40 / 60])
    shop = shop_days()  # the shop's own change: 0 visitors -> no share
    shop.loc[7:, "visitors"] = 110
    out = wk.compare_sources(ts, "2026-10-12", shop_daily=shop)
    assert out["share_of_visitors_change"].tolist() == pytest.approx([100 / 70, -40 / 70])


def test_sources_without_a_whole_last_week_show_no_change():
    ts = pd.DataFrame({"date": pd.to_datetime(["2026-10-11", "2026-10-12", "2026-10-12"]),
                       "source": ["手淘搜索", "手淘搜索", "直通车"], "visitors": [10, 100, 300]})
    out = wk.compare_sources(ts, "2026-10-12")
    assert out["source"].tolist() == ["直通车", "手淘搜索"]  # the most visitors first
    assert out["visitors_last_week"].isna().all() and out["visitors_change"].isna().all()
    assert "2026-10-05" in out.attrs["note"] and "2026-10-10" in out.attrs["note"]
    assert "2026-10-11" not in out.attrs["note"]
    lines = wk.describe_week(wk.compare_weeks(shop_days(), "2026-10-12"), sources=out)
    assert not any("来源" in line for line in lines)


def test_ads_are_summed_per_campaign_with_a_total():
    kw = pd.DataFrame({
        "date": pd.to_datetime(["2026-10-05", "2026-10-12", "2026-10-13", "2026-10-12", "2026-10-19"]),
        "campaign": ["A", "A", "A", "B", "B"], "keyword": ["k1", "k1", "k2", "k3", "k3"],
        "clicks": [100, 60, 40, 50, 999], "cost": [100.0, 60.0, 60.0, 150.0, 999.0],
        "orders": [2, 1, 2, 1, 9], "gmv": [300.0, 200.0, 400.0, 150.0, 999.0],
    })
    out = wk.summarize_ads(kw, "2026-10-12")
    assert out["campaign"].tolist() == ["B", "A", "合计"]  # by spend, then the total
    a = out.set_index("campaign").loc["A"]
    assert a["cost"] == 120.0 and a["cost_last_week"] == 100.0 and a["roi"] == pytest.approx(600 / 120)
    assert a["cpc"] == pytest.approx(1.2) and a["roi_last_week"] == pytest.approx(3.0)
    total = out.iloc[-1]
    assert total["cost"] == 270.0 and total["roi"] == pytest.approx(750 / 270)  # a ratio of sums
    assert np.isnan(out.set_index("campaign").loc["B", "roi_last_week"])  # no spend last week
    with sa.language("en"):
        assert wk.summarize_ads(kw, "2026-10-12")["campaign"].iloc[-1] == "Total"
    later = wk.summarize_ads(kw.iloc[1:], "2026-10-12")  # the report starts on the Monday: no last week
    assert later["cost_last_week"].isna().all() and later["cost"].iloc[-1] == 270.0


# --- design tasks, roster -------------------------------------------------------------------


def test_tasks_due_next_week_are_the_ones_still_open_on_sunday():
    tasks = pd.DataFrame({
        "task_id": ["T1", "T2", "T3", "T4", "T5"], "designer": ["小林", "阿楠", "小林", "蓝蓝", "阿楠"],
        "product_id": ["p1", "p2", "p3", "p4", "p5"], "asset": ["main_image"] * 5,
        "requested": pd.to_datetime(["2026-10-10", "2026-10-10", "2026-10-10", "2026-10-20", "2026-10-15"]),
        "due": pd.to_datetime(["2026-10-21", "2026-10-19", "2026-10-26", "2026-10-22", "2026-10-25"]),
        "delivered": pd.to_datetime([None, "2026-10-17", None, None, "2026-10-19"]),
    })
    products = pd.DataFrame({"product_id": ["p1", "p5"], "product_name": ["碎花裙", "风衣"]})
    out = wk.tasks_due(tasks, "2026-10-12", products=products)
    # T2 delivered before Sunday, T3 due after next week, T4 not yet requested; T5 delivered only after Sunday
    assert out["task_id"].tolist() == ["T1", "T5"]
    assert out["days_to_due"].tolist() == [3, 7] and out["product_name"].tolist() == ["碎花裙", "风衣"]


def test_the_roster_is_checked_this_week_and_as_far_as_it_reaches_next_week():
    days = pd.date_range("2026-10-12", "2026-10-21")
    roster = pd.DataFrame({"date": np.repeat(days, 2), "agent": ["小美", "阿杰"] * len(days),
                           "shift": ["day", "night"] * len(days)})
    issues = wk.roster_issues(roster, "2026-10-12")
    assert "coverage" not in set(issues["rule"])  # 10-22..10-25 are not planned yet, not uncovered
    assert "no_day_off" in set(issues["rule"])  # seven days on, in the week of 10-12
    assert issues["date"].max() <= pd.Timestamp("2026-10-21")
    roster = roster.loc[roster["date"] != "2026-10-14"]
    issues = wk.roster_issues(roster, "2026-10-12")
    assert pd.Timestamp("2026-10-14") in set(issues.loc[issues["rule"] == "coverage", "date"])


# --- the open actions -----------------------------------------------------------------------


def ads_shop(costs):
    kw = pd.DataFrame({"date": pd.date_range("2026-10-12", periods=7), "campaign": "连衣裙-精准",
                       "keyword": "碎花裙", "impressions": 3000, "clicks": 60, "cost": costs, "orders": 0,
                       "gmv": 0.0})
    return Shop(ppc_keywords=kw, ppc_campaigns=pd.DataFrame({"campaign": ["连衣裙-精准"], "daily_budget": [300.0]}))


def test_an_item_settled_before_sunday_is_closed_not_open():
    acts = wk.open_actions(ads_shop([300.0] * 6 + [10.0]), "2026-10-12")
    assert acts.empty and acts.attrs["closed"] == ["ppc_budget"]


def test_an_item_still_flagged_on_sunday_is_listed_once_with_its_days():
    acts = wk.open_actions(ads_shop([10.0, 10.0, 300.0, 10.0, 300.0, 300.0, 300.0]), "2026-10-12")
    assert acts["key"].tolist() == ["ppc_budget"]
    row = acts.iloc[0]
    assert row["status"] == "ACTION" and row["days_flagged"] == 4
    assert row["first_flagged"] == pd.Timestamp("2026-10-14")
    sunday = sa.checklist.morning_checklist(ads_shop([10.0, 10.0, 300.0, 10.0, 300.0, 300.0, 300.0]),
                                            "2026-10-18").set_index("key")
    assert row["todo"] == sunday.loc["ppc_budget", "todo"] and row["item"] == sunday.loc["ppc_budget", "item"]
    lines = wk.describe_week(wk.compare_weeks(shop_days(), "2026-10-12"), actions=acts)
    assert lines[-1] == "本周晨检有 1 项到周日还没解决：直通车预算。"


def test_the_open_actions_of_the_demo_week_match_the_sunday_checklist():
    shop = sa.load_demo_shop(tables=["shop_daily", "targets", "traffic_sources", "after_sales", "cs_daily",
                                     "cs_roster", "design_tasks", "products_daily", "ppc_keywords", "ppc_campaigns"])
    acts = wk.open_actions(shop, "2026-10-12")
    sunday = sa.checklist.morning_checklist(shop, "2026-10-18")
    assert set(acts["key"]) == set(sunday.loc[sunday["status"].isin(["ACTION", "WARN"]), "key"])
    assert acts["key"].is_unique and (acts["days_flagged"].between(1, 7)).all()
    statuses = acts["status"].tolist()
    assert statuses == sorted(statuses, key=lambda s: s != "ACTION")  # ACTION first


# --- words ------------------------------------------------------------------------------------


def test_the_takeaways_read_in_both_languages():
    days = shop_days()
    days.loc[7:, "visitors"] = 120
    days.loc[7:, "paid_amount"] = 260.0
    comparison = wk.compare_weeks(days, "2026-10-12")
    lines = wk.describe_week(comparison)
    assert lines[0] == "本周（10-12 至 10-18）支付金额 ¥1,820，比上周 +30.0%（+¥420）。"
    assert "影响最大的是访客数" in lines[1] or "影响最大的是客单价" in lines[1]
    assert lines[2] == "没有本月的销售目标，本周不和计划对比。"
    with sa.language("en"):
        lines = wk.describe_week(comparison)
    assert lines[0] == "This week (10-12 to 10-18) sold ¥1,820, +30.0% on last week (+¥420)."
    assert len(wk.method_notes()) == 5
