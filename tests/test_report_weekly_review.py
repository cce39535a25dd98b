"""The weekly meeting pack (周例会) run through the runner: metrics against the exports and the package.

Real runs: the week of 2026-09-14 with non-default thresholds, each number of metrics.json
recomputed from the demo shop's exports (sums done here by hand, the rest with the
package's own functions); the JD sample, which lacks targets, design tasks, rosters and
product costs, and still runs with each section saying which export to add; and a day
that is not a Monday, refused with the Monday named.
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import cli, runner

REPORT = "weekly-review"
WEEK = "2026-09-14"
MONDAY, SUNDAY = pd.Timestamp(WEEK), pd.Timestamp("2026-09-20")
PARAMS = {"week": WEEK, "response_target_s": 25.0, "target_roi": 2.5, "min_clicks": 80, "top_n": 4}


@pytest.fixture(scope="module")
def shop():
    return sa.load_demo_shop()


@pytest.fixture(scope="module")
def september(tmp_path_factory):
    res = runner.run_report(REPORT, PARAMS, out_dir=tmp_path_factory.mktemp("weekly"))
    return res, json.loads((res.folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]


def in_week(df, column="date", shift=0):
    days = pd.Timedelta(days=shift)
    return df.loc[df[column].between(MONDAY + days, SUNDAY + days)]


def test_the_report_is_listed_with_its_parameters():
    report = runner.get_report(REPORT)
    assert report.titles == {"zh": "周例会", "en": "Weekly meeting"} and report.period == "week"
    assert report.parameters["week"].default == "2026-10-12"
    for name in ("data_dir", "lang", "response_target_s", "target_roi", "margin", "min_clicks", "top_n"):
        assert name in report.parameters


def test_the_weeks_numbers_are_the_exports_sums(september, shop):
    res, m = september
    assert res.folder.name == WEEK and m["week"] == WEEK and m["end"] == "2026-09-20"
    now, before = in_week(shop.shop_daily), in_week(shop.shop_daily, shift=-7)
    assert len(now) == 7 and len(before) == 7
    assert m["paid_amount"] == pytest.approx(now["paid_amount"].sum())
    assert m["paid_amount_prev_week"] == pytest.approx(before["paid_amount"].sum())
    assert m["visitors"] == now["visitors"].sum() and m["visitors_prev_week"] == before["visitors"].sum()
    assert m["paying_buyers"] == now["paying_buyers"].sum()
    assert m["conversion_rate"] == pytest.approx(now["paying_buyers"].sum() / now["visitors"].sum())
    assert m["avg_order_value"] == pytest.approx(now["paid_amount"].sum() / now["paying_buyers"].sum())
    assert m["sales_change"] == pytest.approx(now["paid_amount"].sum() - before["paid_amount"].sum())
    assert m["sales_change_pct"] == pytest.approx(now["paid_amount"].sum() / before["paid_amount"].sum() - 1)
    # the log split, by hand: each factor's share of the log change of sales
    v0, v1 = before["visitors"].sum(), now["visitors"].sum()
    b0, b1 = before["paying_buyers"].sum(), now["paying_buyers"].sum()
    s0, s1 = before["paid_amount"].sum(), now["paid_amount"].sum()
    total = np.log(s1 / s0)
    expected = {"yuan_visitors": np.log(v1 / v0), "yuan_conversion": np.log((b1 / v1) / (b0 / v0)),
                "yuan_avg_order_value": np.log((s1 / b1) / (s0 / b0))}
    for name, log_part in expected.items():
        assert m[name] == pytest.approx((s1 - s0) * log_part / total)
    assert sum(m[n] for n in expected) == pytest.approx(m["sales_change"])


def test_the_plan_and_the_months_pace_come_from_the_sales_module(september, shop):
    _, m = september
    target = float(shop.targets.set_index("month").loc["2026-09", "target_amount"])
    profile = sa.sales.daily_target_profile(shop.shop_daily, "2026-09", target_amount=target)
    planned = in_week(profile)["target"].sum()
    assert m["week_plan"] == pytest.approx(planned)
    assert m["plan_completion"] == pytest.approx(in_week(shop.shop_daily)["paid_amount"].sum() / planned)
    pacing = sa.sales.pace_month(shop.shop_daily, shop.targets, SUNDAY)
    assert m["target_amount"] == pytest.approx(target) and m["mtd_sales"] == pytest.approx(pacing.mtd_sales)
    assert m["mtd_sales"] == pytest.approx(shop.shop_daily.loc[shop.shop_daily["date"].between(
        "2026-09-01", SUNDAY), "paid_amount"].sum())
    assert m["pace_ratio"] == pytest.approx(pacing.pace_ratio) and m["on_track"] == pacing.on_track


def test_the_ads_numbers_are_the_keyword_reports_sums(september, shop):
    _, m = september
    now, before = in_week(shop.ppc_keywords), in_week(shop.ppc_keywords, shift=-7)
    assert m["ad_spend"] == pytest.approx(now["cost"].sum())
    assert m["ad_spend_prev_week"] == pytest.approx(before["cost"].sum())
    assert m["ad_roi"] == pytest.approx(now["gmv"].sum() / now["cost"].sum())
    pruned = sa.ppc.prune_keywords(shop.ppc_keywords, start=MONDAY, end=SUNDAY, products=shop.products,
                                   target_roi=2.5, min_clicks=80)
    assert m["keyword_decisions"] == pruned["decision"].value_counts().to_dict()
    assert m["keywords_to_act"] == [[r.decision, r.keyword] for r in sa.ppc.todays_actions(pruned).itertuples()]
    ts = shop.traffic_sources
    change = (in_week(ts).groupby("source")["visitors"].sum()
              .sub(in_week(ts, shift=-7).groupby("source")["visitors"].sum(), fill_value=0))
    assert m["top_source"] == change.abs().idxmax()


def test_the_design_and_service_numbers(september, shop):
    _, m = september
    tests = sa.designers.compare_image_versions(shop.products_daily, start=MONDAY, end=SUNDAY, as_of=SUNDAY,
                                                design_tasks=shop.design_tasks)
    assert m["image_tests"] == {f"{r.product_name} {r.version_after}": r.verdict for r in tests.itertuples()}
    pages = sa.designers.page_conversion(shop.products_daily, start=MONDAY, end=SUNDAY, products=shop.products)
    assert m["pages_money_at_stake"] == pytest.approx(pages["money_at_stake"].clip(lower=0).sum())
    t = shop.design_tasks
    due = t.loc[t["due"].between("2026-09-21", "2026-09-27") & (t["requested"] <= SUNDAY)
                & (t["delivered"].isna() | (t["delivered"] > SUNDAY))]
    assert sorted(m["tasks_due_next_week"]) == sorted(due["task_id"])
    late = t.loc[(t["requested"] <= SUNDAY) & (t["due"] < SUNDAY) & (t["delivered"].isna() | (t["delivered"] > SUNDAY))]
    assert sorted(m["late_tasks"]) == sorted(late["task_id"])
    cs, cs_before = in_week(shop.cs_daily), in_week(shop.cs_daily, shift=-7)
    assert m["inquiry_conversion"] == pytest.approx(cs["inquiry_buyers"].sum() / cs["inquiries"].sum())
    assert m["inquiry_conversion_prev_week"] == pytest.approx(
        cs_before["inquiry_buyers"].sum() / cs_before["inquiries"].sum())
    team = sa.customer_service.summarize_team(shop.cs_daily, start=MONDAY, end=SUNDAY, response_target_s=25.0)
    assert m["first_response_s"] == pytest.approx(team["first_response_s"])
    assert m["breach_days"] == int((cs["first_response_s"] > 25.0).sum())
    roster = sa.customer_service.check_roster(shop.cs_roster, start=MONDAY, end=pd.Timestamp("2026-09-27"))
    assert m["roster_violations"] == len(roster)


def test_the_open_actions_are_sundays_flags_from_the_checklist(september, shop):
    _, m = september
    healthy = {c: tuple(b) for c, b in sa.traffic.HEALTHY_MIX.items()}
    sunday = sa.checklist.morning_checklist(shop, SUNDAY, response_target_s=25.0, healthy_mix=healthy)
    assert set(m["open_actions"]) == set(sunday.loc[sunday["status"].isin(["ACTION", "WARN"]), "key"])
    week = [sa.checklist.morning_checklist(shop, d, response_target_s=25.0, healthy_mix=healthy)
            for d in pd.date_range(MONDAY, SUNDAY)]
    flagged = {k for c in week for k in c.loc[c["status"].isin(["ACTION", "WARN"]), "key"]}
    assert set(m["closed_actions"]) == flagged - set(m["open_actions"])


def test_the_page_runs_the_meeting_in_chinese(september):
    res, m = september
    html = (res.folder / "weekly_review.html").read_text(encoding="utf-8")
    for words in ("周例会", "2026-09-14 至 2026-09-20", "本周：和上周比，和计划比", "推广：流量和花费",
                  "美工：主图、详情页和任务", "客服：转化、响应和排班", "本周还没解决的事", "方法说明"):
        assert words in html, words
    assert "Traceback" not in html and "last_week" not in html and "raise_bid" not in html
    assert m["takeaways"] and all(line in html for line in m["takeaways"])


def test_the_jd_shop_runs_and_says_which_exports_to_add(tmp_path, capsys):
    assert cli.main(["run", REPORT, "--data", str(sa.jd_dir()), "--out", str(tmp_path)]) == 0
    folder = tmp_path / "weekly_review" / "2026-10-12"
    html = (folder / "weekly_review.html").read_text(encoding="utf-8")
    assert "木棉家居京东专营店" in html and "Traceback" not in html
    for file in ("销售目标.csv", "美工任务.csv", "客服排班.csv", "-p margin=0.45"):
        assert file in html, file
    assert "京东快车" in html and "直通车" not in html.split("方法说明")[0]
    m = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    assert m["week_plan"] is None and m["pace_ratio"] is None and m["keyword_decisions"] is None
    assert m["tasks_due_next_week"] is None and m["roster_violations"] is None
    shop = sa.load_shop(sa.jd_dir())
    days = shop.shop_daily.loc[shop.shop_daily["date"].between("2026-10-12", "2026-10-18")]
    assert m["paid_amount"] == pytest.approx(days["paid_amount"].sum())
    assert m["ad_spend"] == pytest.approx(shop.ppc_keywords.loc[shop.ppc_keywords["date"].between(
        "2026-10-12", "2026-10-18"), "cost"].sum())


def test_a_day_that_is_not_a_monday_is_refused_with_its_monday(tmp_path, capsys):
    assert cli.main(["run", REPORT, "-p", "week=2026-09-17", "--out", str(tmp_path)]) != 0
    err = capsys.readouterr().err
    assert "2026-09-17 是周四" in err and "-p week=2026-09-14" in err
