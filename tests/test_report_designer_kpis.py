"""The designer-KPIs report run through the runner: parameters, metrics.json against the package.

Two real runs (a few seconds each): June 2026 with non-default parameters, checked
number by number against what shopanalysis.designers computes; and October 2026
with the defaults from a data folder, to PDF, checked against the demo's story.
"""

import json

import pandas as pd

import shopanalysis as sa
from shopanalysis import runner
from shopanalysis._record import _jsonable

REPORT = "designer-kpis"


def _clean(value):
    return _jsonable(value)  # the JSON value record() writes (NaN -> None, numpy -> Python)


def _expected(p: dict) -> dict:
    """Compute the report's headline numbers with the package, as the notebook does."""
    shop = sa.load_demo_shop(tables=["products_daily", "products", "design_tasks"])
    d = sa.designers
    first, last = pd.Timestamp(p["start"]), pd.Timestamp(p["end"])
    tests = dict(window_days=p["window_days"], alpha=p["alpha"])
    image = d.compare_image_versions(shop.products_daily, start=first, end=last, min_clicks=p["min_clicks"],
                                     design_tasks=shop.design_tasks, **tests)
    pages_tests = d.compare_detail_pages(shop.products_daily, shop.design_tasks, start=first, end=last,
                                         min_buyers=p["min_buyers"], **tests)
    pages = d.page_conversion(shop.products_daily, start=first, end=last, products=shop.products,
                              against=p["pages_against"])
    by_designer = d.summarize_delivery(shop.design_tasks, start=first, end=last, by="designer")
    team = d.summarize_delivery(shop.design_tasks, start=first, end=last, by=None).iloc[0]
    late = d.flag_late_tasks(shop.design_tasks, as_of=last)
    summary = d.summarize_designers(shop.design_tasks, image, pages_tests, start=first, end=last)
    scores = d.scorecard(summary, weights=p["weights"], grades=p["grades"], neutral_credit=p["neutral_credit"])
    bonus = d.designer_bonus(shop.design_tasks, shop.products_daily, shop.products, start=first, end=last,
                             share=p["bonus_share"], threshold=p["bonus_threshold"],
                             credit_days=p["bonus_credit_days"])
    verdicts = image["verdict"].value_counts()
    takeaways = d.describe_designers(image, None, by_designer, None, scores, bonus)
    actions = d.designer_actions(image, pages, late)
    out = {
        "start": p["start"],
        "end": p["end"],
        "n_image_tests": len(image),
        "n_image_wins": int(verdicts.get("win", 0)),
        "n_image_losses": int(verdicts.get("loss", 0)),
        "n_image_no_difference": int(verdicts.get("no_difference", 0)),
        "n_image_too_early": int(verdicts.get("too_early", 0)),
        "image_verdicts": {f"{r.product_name} {r.version_after}": r.verdict for r in image.itertuples()},
        "image_lift": {f"{r.product_name} {r.version_after}": r.lift for r in image.itertuples()},
        "money_at_stake_top": pages["money_at_stake"].iloc[0],
        "money_at_stake_top_product": pages["product_name"].iloc[0],
        "money_at_stake_total": pages["money_at_stake"].sum(),
        "shop_conversion_rate": pages.attrs["conversion_rate"],
        "on_time_rate": dict(zip(by_designer["designer"], by_designer["on_time_rate"])),
        "on_time_rate_team": team["on_time_rate"],
        "mean_lead_days": dict(zip(by_designer["designer"], by_designer["mean_lead_days"])),
        "late_open_tasks": list(late["task_id"]),
        "scores": dict(zip(scores["designer"], scores["total"])),
        "grades": dict(zip(scores["designer"], scores["grade"])),
        "bonus": dict(zip(bonus["designer"], bonus["bonus"])),
        "bonus_total": bonus["bonus"].sum(),
        "takeaways": takeaways,
        "actions": actions,
    }
    return {k: _clean(v) for k, v in out.items()}


def test_parameters_have_types_help_and_the_period():
    report = runner.get_report(REPORT)
    p = report.parameters
    assert report.titles == {"zh": "美工绩效", "en": "Designer KPIs"} and report.period == ("start", "end")
    assert list(p)[:6] == ["start", "end", "data_dir", "shop_name", "lang", "interactive"]
    assert p["lang"].default == "zh" and p["lang"].type == "str"
    assert (p["start"].type, p["end"].type, p["window_days"].type, p["weights"].type, p["bonus_share"].type) == (
        "date", "date", "int", "dict", "float")
    assert p["weights"].default == {"on_time": 0.5, "image": 0.3, "page": 0.2}
    assert all(param.help for param in p.values()), [n for n, param in p.items() if not param.help]


def test_june_with_other_parameters_matches_the_package(tmp_path):
    params = {"start": "2026-06-01", "end": "2026-06-30", "window_days": 7, "min_clicks": 300, "alpha": 0.1,
              "weights": {"on_time": 0.3, "image": 0.7}, "grades": {"A": 85, "B": 60, "C": 0},
              "neutral_credit": 0.25, "bonus_share": 0.02, "bonus_threshold": 30000.0, "bonus_credit_days": 30,
              "top_n": 5}
    result = runner.run_report(REPORT, params, out_dir=tmp_path)
    doc = json.loads((result.folder / "metrics.json").read_text(encoding="utf-8"))
    assert result.folder == tmp_path / "designer_kpis" / "2026-06-01_2026-06-30"
    assert doc["parameters"]["interactive"] is False
    defaults = {name: param.default for name, param in runner.get_report(REPORT).parameters.items()}
    assert doc["metrics"] == _expected({**defaults, **params})
    m = doc["metrics"]
    # what the demo shows for June: 阿楠's T恤 v3 (the revert) won, 小林's 宽松字母印花T恤 v2 made no difference
    assert m["image_verdicts"] == {"基础款纯棉圆领T恤 v3": "win", "宽松字母印花T恤 v2": "no_difference"}
    assert m["on_time_rate"]["阿楠"] == 1.0 and m["on_time_rate"]["小林"] == 0.0
    assert m["grades"]["阿楠"] == "A" and m["late_open_tasks"] == []


def test_october_defaults_from_a_data_folder_to_pdf(tmp_path):
    result = runner.run_report(REPORT, {}, data_dir=sa.demo_dir(), out_dir=tmp_path, pdf=True)
    names = sorted(f.name for f in result.folder.iterdir())
    assert names == ["designer_kpis.html", "designer_kpis.ipynb", "designer_kpis.pdf", "metrics.json"]
    m = result.metrics
    assert (m["n_image_tests"], m["n_image_wins"], m["n_image_losses"]) == (1, 1, 0)
    assert m["image_verdicts"] == {"微喇牛仔裤 v2": "win"}
    assert m["late_open_tasks"] == ["DT0083"]
    assert m["on_time_rate"] == {"小林": 0.25, "蓝蓝": 1.0, "阿楠": 1.0}
    assert m["money_at_stake_top"] > 0 and m["bonus_total"] > 0
    assert m["takeaways"][0] == "主图：本期测试 1 次换图，新图胜出 1 次。"
    assert m["actions"][0] == "催交：小林的" + _late_product() + "主图（10-24 到期，已超期 7 天）。"
    html = (result.folder / "designer_kpis.html").read_text(encoding="utf-8")
    assert "美工绩效" in html and "主图测试" in html and "新图胜出" in html and "sa.designers" not in html
    assert "方法说明" in html and "Method" not in html and "Takeaways" not in html  # the Chinese cells only
    assert html.index("要做的事") < html.index("1. 主图测试") < html.index("方法说明")  # page 1, sections, method
    assert "<matplotlib" not in html and "Legend at" not in html
    assert "探索" not in html  # the widget section is for Jupyter Lab only


def _late_product() -> str:
    shop = sa.load_demo_shop(tables=["design_tasks", "products"])
    pid = shop.design_tasks.set_index("task_id").loc["DT0083", "product_id"]
    return shop.products.set_index("product_id").loc[pid, "product_name"]


def test_october_in_english_reads_in_english(tmp_path):
    result = runner.run_report(REPORT, {"lang": "en"}, out_dir=tmp_path)
    m = result.metrics
    assert m["takeaways"][0] == "Main images: 1 change tested: 1 win."
    assert m["actions"][0].startswith("Chase: Main image of ") and m["actions"][0].endswith(
        " by 小林 (due 10-24, 7 days overdue).")
    html = (result.folder / "designer_kpis.html").read_text(encoding="utf-8")
    assert "Designer KPIs" in html and "Main-image tests" in html and "New image wins" in html
    assert "方法说明" not in html and "Method" in html and "要点" not in html
