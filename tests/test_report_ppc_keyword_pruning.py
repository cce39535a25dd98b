"""The PPC keyword-pruning report run through the runner: parameters, metrics.json against the package.

Two real runs (a few seconds each): mid-2026, 14 days, with non-default thresholds, in
English, checked number by number against what shopanalysis.ppc computes; and the
defaults (Chinese) from a data folder, to PDF, checked against the demo's story.
"""

import json
from pathlib import Path

import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import runner
from shopanalysis._record import _jsonable

REPORT = "ppc-keyword-pruning"
TABLES = ["ppc_keywords", "ppc_campaigns", "ppc_search_terms", "products", "cs_daily"]


def _expected(p: dict) -> dict:
    """Compute the report's headline numbers with the package, as the notebook does, in the report's language."""
    with sa.language(p["lang"]):
        return _compute(p)


def _compute(p: dict) -> dict:
    shop = sa.load_demo_shop(tables=TABLES)
    first, last = sa.ppc.report_window(p["end"], start=p["start"] or None, days=p["days"] or None)
    only = p["campaign"] or None
    rules = {k: p[k] for k in ("target_roi", "min_clicks", "min_impressions", "ctr_floor", "max_step", "min_bid",
                               "max_bid", "prior_orders", "level")}
    pruned = sa.ppc.prune_keywords(shop.ppc_keywords, start=first, end=last, campaign=only, products=shop.products,
                                   margin=p["margin"] or None, **rules)
    new = sa.ppc.suggest_new_keywords(shop.ppc_search_terms, shop.ppc_keywords, start=first, end=last, campaign=only,
                                      target_roi=p["target_roi"], min_orders=p["min_orders"],
                                      prior_orders=p["prior_orders"], max_step=p["max_step"], min_bid=p["min_bid"],
                                      max_bid=p["max_bid"])
    decisions = sa.ppc.summarize_decisions(pruned, new)
    budget = sa.ppc.summarize_budget(shop.ppc_keywords, shop.ppc_campaigns, start=first, end=last, campaign=only,
                                     ran_out_at=p["ran_out_at"])
    window = shop.ppc_keywords[shop.ppc_keywords["date"].between(first, last)]
    if only:
        window = window[window["campaign"] == only]
    m = sa.metrics
    agents = sa.customer_service.summarize_agents(shop.cs_daily, start=first, end=last)
    inquiry = m.inquiry_conversion(agents)
    out = {
        "start": f"{first:%Y-%m-%d}",
        "end": p["end"],
        "campaign": p["campaign"],
        "keywords": len(pruned),
        "decision_counts": dict(zip(decisions["decision"], decisions["keywords"])),
        "money_at_stake": dict(zip(decisions["decision"], decisions["money_at_stake"])),
        "spend": window["cost"].sum(),
        "gmv": window["gmv"].sum(),
        "roi": m.roi(window),
        "cpc": m.cpc(window),
        "ctr": m.ctr(window),
        "click_conversion": m.click_conversion(window),
        "n_add": len(new),
        "add_terms": list(new["search_term"]),
        "delete_keywords": list(pruned.loc[pruned["decision"] == "delete", "keyword"]),
        "raise_keywords": list(pruned.loc[pruned["decision"] == "raise_bid", "keyword"]),
        "change_image_keywords": list(pruned.loc[pruned["decision"] == "change_image", "keyword"]),
        "days_ran_out": dict(zip(budget["campaign"], budget["days_ran_out"])),
        "inquiry_conversion": inquiry,
        "cost_per_inquiry": sa.customer_service.cost_per_inquiry(m.cpc(window), m.click_conversion(window), inquiry),
        "exported": ["ppc_decisions.csv", "ppc_decisions.xlsx"] if p["output_dir"] else [],
        "takeaways": sa.ppc.describe_pruning(pruned, new, budget),
    }
    return {k: _jsonable(v) for k, v in out.items()}, pruned, new


def _same(got: dict, want: dict):
    """Equal, floats to 1e-9 (the window's sums are added in another order than the notebook's)."""
    assert got.keys() == want.keys()
    for key in want:
        if isinstance(want[key], float):
            assert got[key] == pytest.approx(want[key], rel=1e-9), key
        else:
            assert got[key] == want[key], key


def test_parameters_have_types_help_and_the_period():
    report = runner.get_report(REPORT)
    p = report.parameters
    assert report.titles == {"zh": "直通车关键词优化", "en": "PPC keyword pruning"} and report.period == "end"
    with sa.language("zh"):
        assert report.title == "直通车关键词优化"
    assert list(p)[:6] == ["start", "end", "days", "data_dir", "shop_name", "interactive"]
    assert (p["start"].default, p["days"].default) == ("", 0)  # a month report covers the whole month
    assert (p["end"].type, p["days"].type, p["target_roi"].type, p["margin"].type, p["output_dir"].type) == (
        "date", "int", "float", "float", "str")
    assert p["lang"].default == "zh" and p["lang"].type == "str" and "language" not in p
    assert p["output_dir"].default == "" and p["min_clicks"].default == 100
    assert all(param.help for param in p.values()), [n for n, param in p.items() if not param.help]


def test_june_fortnight_with_other_parameters_matches_the_package(tmp_path):
    exports = tmp_path / "exports"
    params = {"end": "2026-06-30", "days": 14, "target_roi": 2.5, "lang": "en", "output_dir": str(exports),
              "margin": 0.5, "min_clicks": 80, "max_step": 0.3, "max_bid": 3.0, "min_orders": 3, "level": 0.9}
    result = runner.run_report(REPORT, params, out_dir=tmp_path)
    doc = json.loads((result.folder / "metrics.json").read_text(encoding="utf-8"))
    assert result.folder == tmp_path / "ppc_keyword_pruning" / "2026-06-30_en"  # an English report sits beside the Chinese one
    assert doc["parameters"]["interactive"] is False
    defaults = {name: param.default for name, param in runner.get_report(REPORT).parameters.items()}
    want, pruned, new = _expected({**defaults, **params})
    _same(doc["metrics"], want)
    m = doc["metrics"]
    assert m["start"] == "2026-06-17" and sum(m["decision_counts"].values()) == m["keywords"] + m["n_add"]
    assert m["cost_per_inquiry"] > 0 and m["exported"] == ["ppc_decisions.csv", "ppc_decisions.xlsx"]
    assert m["takeaways"][0].startswith("Delete ")  # the takeaways in the report's language
    # the sheet an operator acts on: English headers and decisions, every keyword and term, the package's bids
    sheet = pd.read_csv(exports / "ppc_decisions.csv", encoding="utf-8-sig")
    assert list(sheet.columns[:6]) == ["Campaign", "Keyword", "Decision", "Current bid", "Suggested bid", "Reason"]
    assert len(sheet) == len(pruned) + len(new)
    with sa.language("en"):
        expected = sa.ppc.decisions_table(pruned, new)
    assert sheet["Keyword"].tolist() == expected["Keyword"].tolist()
    assert sheet["Decision"].tolist() == expected["Decision"].tolist() and "Raise bid" in set(sheet["Decision"])
    assert sheet["Reason"].tolist() == expected["Reason"].tolist()
    assert sheet["Suggested bid"].tolist() == pytest.approx(expected["Suggested bid"].tolist(), nan_ok=True)
    assert (sheet["Suggested bid"].dropna() <= 3.0).all()  # max_bid
    xlsx = pd.read_excel(exports / "ppc_decisions.xlsx", sheet_name="decisions")
    assert list(xlsx.columns) == list(sheet.columns) and len(xlsx) == len(sheet)


def test_defaults_from_a_data_folder_to_pdf(tmp_path, monkeypatch):
    # no output_dir given: the runner points it at the report's own (temporary, then renamed) folder,
    # also when --out is relative (the notebook runs in notebooks/reports, not here)
    monkeypatch.chdir(tmp_path)
    result = runner.run_report(REPORT, {}, data_dir=sa.demo_dir(), out_dir="reports", pdf=True)
    assert result.folder == Path("reports") / "ppc_keyword_pruning" / "2026-10-31"
    names = sorted(f.name for f in result.folder.iterdir())
    assert names == ["metrics.json", "ppc_decisions.csv", "ppc_decisions.xlsx", "ppc_keyword_pruning.html",
                     "ppc_keyword_pruning.ipynb", "ppc_keyword_pruning.pdf"]
    doc = json.loads((result.folder / "metrics.json").read_text(encoding="utf-8"))
    assert "output_dir" not in doc["parameters"]  # no temporary machine path in metrics.json
    m = result.metrics
    # the October report covers October: 10-01 to 10-31 (a 30-day window started on 10-02)
    assert (m["start"], m["end"], m["keywords"]) == ("2026-10-01", "2026-10-31", 189)
    # ... so its cost of one inquiry is the customer-service report's for October, not a second number
    shop = sa.load_demo_shop(tables=["cs_daily", "ppc_keywords"])
    october = sa.customer_service.summarize_inquiry_value(shop.cs_daily, shop.ppc_keywords, start="2026-10-01",
                                                          end="2026-10-31")
    assert m["cost_per_inquiry"] == pytest.approx(october["cost_per_inquiry"])
    assert m["decision_counts"] == {"add": 15, "raise_bid": 11, "lower_bid": 27, "delete": 3, "observe": 132,
                                    "change_image": 6, "keep": 10}
    # the demo's story: burners that never sell deleted, those that sell too dearly bid down,
    # low-CTR keywords sent to the designer, winners bid up
    assert {"衣服女", "韩版女装"} <= set(m["delete_keywords"])
    assert not {"连衣裙", "女装", "上衣女", "夏装女"} & set(m["delete_keywords"])
    assert set(m["change_image_keywords"]) == {"羽绒服女", "大衣女", "女装2026新款", "ins风女装", "小众设计感女装", "气质女装"}
    assert {"茶歇裙", "真丝衬衫女", "羊毛大衣女"} <= set(m["raise_keywords"])
    assert {"茶歇裙法式复古", "法式碎花连衣裙小个子"} <= set(m["add_terms"])
    assert m["days_ran_out"]["日常-连衣裙"] == 11
    assert m["money_at_stake"]["delete"] == pytest.approx(3401.71)
    sheet = pd.read_excel(result.folder / "ppc_decisions.xlsx", sheet_name="关键词操作")
    assert list(sheet.columns[:6]) == ["计划名称", "关键词", "操作", "当前出价", "建议出价", "原因"]
    assert set(sheet["操作"]) == {"加词", "提价", "降价", "删除", "观察", "换图", "保持"}
    assert sheet["原因"].str.contains("[\u4e00-\u9fff]").all() and not sheet["原因"].str.contains("clicks").any()
    assert m["takeaways"][0].startswith("删除 3 个关键词")
    html = (result.folder / "ppc_keyword_pruning.html").read_text(encoding="utf-8")
    assert "直通车关键词优化" in html and "小样本会骗人" in html and "sa.ppc" not in html
    assert "Why small samples lie" not in html  # the English prose stays out of a Chinese report
    assert "今天要做的事" in html and html.index("今天要做的事") < html.index("方法说明")  # actions first, method last
    assert "<matplotlib" not in html and "<Axes" not in html and "探索" not in html  # widgets: Jupyter Lab only
