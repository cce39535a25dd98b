"""The customer-service KPI report run through the runner: parameters, metrics.json against the package.

Two real runs (a few seconds each): June 2026 with non-default parameters, checked
number by number against what shopanalysis.customer_service computes; and October 2026
with the defaults from a data folder, to PDF, checked against the demo's story.
"""

import json

import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import customer_service as cs
from shopanalysis import runner
from shopanalysis._record import _jsonable

REPORT = "customer-service-kpis"


def _expected(p: dict) -> dict:
    """Compute the report's headline numbers with the package, as the notebook does."""
    shop = sa.load_demo_shop(tables=["cs_daily", "cs_agents", "cs_roster", "shop_daily", "ppc_keywords", "targets"])
    first, last = pd.Timestamp(p["start"]), pd.Timestamp(p["end"])
    period = dict(start=first, end=last, response_target_s=p["response_target_s"], shop_daily=shop.shop_daily)
    agents = cs.summarize_agents(shop.cs_daily, **period)
    team = cs.summarize_team(shop.cs_daily, **period)
    ranked = cs.compare_agents(agents, team)
    spread = cs.summarize_spread(agents, team)
    derived = cs.agent_targets(shop.cs_daily, shop.shop_daily, shop.targets, start=first, end=last,
                               history_days=p["history_days"], cs_roster=shop.cs_roster, shifts=p["shifts"])
    targets = p["sales_targets"] or derived
    scores = cs.scorecard(agents, targets=targets, weights=p["weights"], thresholds=p["thresholds"],
                          grades=p["grades"], response_target_s=p["response_target_s"])
    pay = cs.agent_pay(scores, shop.cs_agents, base_pay=p["base_pay"], level_coefficients=p["level_coefficients"],
                       grade_coefficients=p["grade_coefficients"])
    value = cs.summarize_inquiry_value(shop.cs_daily, shop.ppc_keywords, start=first, end=last,
                                       cpc=p["cpc"] or None, click_conversion=p["click_conversion"] or None)
    violations = cs.check_roster(shop.cs_roster, start=first, end=last, open_from=p["open_from"],
                                 open_until=p["open_until"], shifts=p["shifts"], min_rest_h=p["min_rest_h"],
                                 min_days_off=p["min_days_off"], max_hours_gap=p["max_hours_gap"])
    training = cs.suggest_training(scores, team, tolerance=p["training_tolerance"])
    takeaways = cs.describe_agents(team, ranked, scores=scores, pay=pay, inquiry_value=value, violations=violations,
                                   training=training)
    actions = cs.describe_actions(training, ranked=ranked, violations=violations)
    out = {
        "start": p["start"], "end": p["end"], "agents": team["agents"], "inquiries": team["inquiries"],
        "inquiry_buyers": team["inquiry_buyers"], "inquiry_conversion": team["inquiry_conversion"],
        "first_response_s": team["first_response_s"], "avg_response_s": team["avg_response_s"],
        "response_target_s": p["response_target_s"], "breach_days": team["breach_days"],
        "sales_amount": team["sales_amount"], "cs_share": team["cs_share"],
        "assisted_order_value": team["assisted_order_value"], "shop_order_value": team["shop_order_value"],
        "after_sales_rate": team["after_sales_rate"], "bad_reviews": team["bad_reviews"],
        "bad_reviews_resolved": team["bad_reviews_resolved"],
        "agent_conversion": dict(zip(ranked["agent"], ranked["inquiry_conversion"])),
        "agent_first_response_s": dict(zip(ranked["agent"], ranked["first_response_s"])),
        "agent_sales": dict(zip(ranked["agent"], ranked["sales_amount"])),
        "ranking": list(ranked["agent"]),
        "conversion_spread": spread.set_index("metric").loc["inquiry_conversion", "range"],
        "slow_agents": list(agents.loc[agents["first_response_s"] > p["response_target_s"], "agent"]),
        "team_target": None if p["sales_targets"] else derived.attrs["team_target"],
        "target_completion": dict(zip(scores["agent"], scores["target_completion"])),
        "scores": dict(zip(scores["agent"], scores["total"])),
        "grades": dict(zip(scores["agent"], scores["grade"])),
        "pay": dict(zip(pay["agent"], pay["pay"])),
        "pay_total": pay["pay"].sum(),
        "cpc": value["cpc"], "click_conversion": value["click_conversion"],
        "cost_per_inquiry": value["cost_per_inquiry"], "unconverted_inquiries": value["unconverted"],
        "unconverted_cost": value["unconverted_cost"],
        "n_roster_violations": len(violations),
        "roster_violations": [[r.rule, f"{r.date:%Y-%m-%d}", r.agent] for r in violations.itertuples()],
        "training": {a: list(rows["metric"]) for a, rows in training.groupby("agent", sort=False)},
        "takeaways": takeaways,
        "actions": actions,
    }
    return json.loads(json.dumps(_jsonable(out), ensure_ascii=False))


def test_parameters_have_types_help_and_the_period():
    report = runner.get_report(REPORT)
    p = report.parameters
    assert report.titles == {"zh": "客服绩效", "en": "Customer-service KPIs"} and report.period == ("start", "end")
    assert list(p)[:7] == ["start", "end", "data_dir", "shop_name", "lang", "interactive", "response_target_s"]
    assert p["lang"].default == "zh"
    assert (p["start"].type, p["end"].type, p["response_target_s"].type, p["weights"].type, p["history_days"].type,
            p["open_from"].type, p["min_days_off"].type) == ("date", "date", "float", "dict", "int", "str", "int")
    assert p["weights"].default == cs.DEFAULT_WEIGHTS
    assert p["level_coefficients"].default == cs.LEVEL_COEFFICIENTS and p["base_pay"].default == cs.BASE_PAY
    assert p["grades"].default == cs.DEFAULT_GRADES
    assert {k: tuple(v) for k, v in p["shifts"].default.items()} == cs.SHIFTS
    assert all(tuple(v) == cs.DEFAULT_THRESHOLDS[k] for k, v in p["thresholds"].default.items())
    assert all(param.help for param in p.values()), [n for n, param in p.items() if not param.help]


def test_june_with_other_parameters_matches_the_package(tmp_path):
    params = {"start": "2026-06-01", "end": "2026-06-30", "response_target_s": 15.0,
              "weights": {"inquiry_conversion": 0.5, "target_completion": 0.2, "response_time": 0.2,
                          "bad_review_resolution": 0.1},
              "thresholds": {"inquiry_conversion": [0.25, 0.60]}, "grades": {"A": 85, "B": 70, "C": 0},
              "level_coefficients": {"P1": 1.0, "P2": 1.1, "P3": 1.3, "P4": 1.6},
              "base_pay": {"P1": 3200, "P2": 3600, "P3": 4100, "P4": 4800},
              "grade_coefficients": {"A": 1.2, "B": 1.0, "C": 0.8}, "history_days": 60, "cpc": 1.0,
              "min_rest_h": 10.0, "training_tolerance": 0.10}
    result = runner.run_report(REPORT, params, out_dir=tmp_path)
    doc = json.loads((result.folder / "metrics.json").read_text(encoding="utf-8"))
    assert result.folder == tmp_path / "customer_service_kpis" / "2026-06-01_2026-06-30"
    assert doc["parameters"]["interactive"] is False
    defaults = {name: param.default for name, param in runner.get_report(REPORT).parameters.items()}
    assert doc["parameters"]["lang"] == "zh"  # the default: SHOPANALYSIS_LANG, else Chinese
    with sa.language("zh"):
        assert doc["metrics"] == _expected({**defaults, **params})
    m = doc["metrics"]
    # what the demo shows for June: 小美 converts best and 阿杰 answers fastest; against a 15 s target
    # 小雨 (~34 s), 豆豆 (still learning), 丽丽 and 阿珍 are slow; the planted 618 violations: 小雨's week
    # without a day off and 阿杰's night then day shift on 618 (9.5 h of rest, under 10 h); 小美 off on 618
    assert m["ranking"][0] == "小美" and min(m["agent_first_response_s"], key=m["agent_first_response_s"].get) == "阿杰"
    assert set(m["slow_agents"]) == {"小雨", "豆豆", "丽丽", "阿珍", "晓雯"}
    assert m["roster_violations"] == [["no_day_off", "2026-06-15", "小雨"], ["night_then_day", "2026-06-18", "阿杰"],
                                      ["big_day", "2026-06-18", "小美"]]
    assert m["cpc"] == 1.0 and m["team_target"] > 0
    assert m["grades"]["小美"] in {"A", "B"} and "first_response_s" in m["training"]["小雨"]


def test_october_defaults_from_a_data_folder_to_pdf(tmp_path):
    result = runner.run_report(REPORT, {}, data_dir=sa.demo_dir(), out_dir=tmp_path, pdf=True)
    names = sorted(f.name for f in result.folder.iterdir())
    assert names == ["customer_service_kpis.html", "customer_service_kpis.ipynb", "customer_service_kpis.pdf",
                     "metrics.json"]
    m = result.metrics
    assert m["ranking"][0] == "小美" and m["ranking"][-1] == "丽丽"
    assert m["slow_agents"] == ["小雨"] and m["n_roster_violations"] == 0
    assert m["grades"]["小美"] == "A" and m["scores"]["小美"] == max(m["scores"].values())
    assert 0.40 < m["inquiry_conversion"] < 0.47 and m["first_response_s"] < 20
    assert m["cost_per_inquiry"] == pytest.approx(m["cpc"] / m["click_conversion"] * m["inquiry_conversion"])
    assert m["unconverted_cost"] == pytest.approx((m["inquiries"] - m["inquiry_buyers"]) * m["cost_per_inquiry"])
    html = (result.folder / "customer_service_kpis.html").read_text(encoding="utf-8")
    assert "客服绩效" in html and "询单转化率" in html and "排班检查" in html and "sa.customer_service" not in html
    assert "<matplotlib" not in html and "Legend at" not in html and "探索" not in html
