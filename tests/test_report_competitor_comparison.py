"""Run the competitor-comparison report through the runner and check what it writes.

Two real runs (about 5-10 s each): one with non-default parameters whose metrics.json
must equal what the package computes, one on a data folder with a rival whose shop
name and product title hold HTML and Markdown, which must come out as text.
"""

import json
import shutil
import subprocess
from pathlib import Path

import nbformat
import pytest

import shopanalysis as sa
from shopanalysis import competitors as cp
from shopanalysis import runner
from shopanalysis.samples import OUR_SHOP

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "reports" / "competitor_comparison.ipynb"
NASTY_SHOP = "<script>alert(1)</script> *南风*_小筑_ | A&B"
NASTY_TITLE = "<b>法式</b> *碎花* 连衣裙_女 | 买1送1 & 包邮"


@pytest.fixture(autouse=True)
def real_reports(monkeypatch):
    monkeypatch.delenv("SHOPANALYSIS_REPORTS", raising=False)


def test_notebook_is_clean_and_declares_its_parameters():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert nb.metadata["shopanalysis"] == {"title": {"zh": "竞品对比", "en": "Competitor comparison"},
                                           "period": "snapshot_date"}
    assert all(not c.get("outputs") and not c.get("execution_count") for c in nb.cells if c.cell_type == "code")
    sources = [c.source for c in nb.cells if c.cell_type == "code"]
    assert not any(line.lstrip().startswith(("def ", "class ")) for s in sources for line in s.splitlines())
    assert [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])] and "sa.record(" in sources[-1]
    p = runner.get_report("competitor-comparison").parameters
    assert (p["snapshot_date"].type, p["compare_with"].type, p["top_n"].type, p["include"].type) == (
        "date", "date", "int", "list")
    assert p["data_dir"].default == "" and p["our_shop"].default == "" and p["interactive"].default is False
    assert p["lang"].default == "zh"
    assert all(param.help for param in p.values())  # every parameter has its comment
    setup = sources[sources.index(next(s for s in sources if s.startswith("lang:"))) + 1]
    assert setup.startswith("sa.set_language(lang)")
    prose = [c for c in nb.cells if c.cell_type == "markdown"]
    tags = [tuple(t for t in c.metadata.get("tags", []) if t.startswith("lang-")) for c in prose]
    assert all(t in (("lang-zh",), ("lang-en",)) for t in tags)  # every piece of prose is in one language
    assert tags[::2] == [("lang-zh",)] * (len(tags) // 2) and tags[1::2] == [("lang-en",)] * (len(tags) // 2)
    assert "方法说明" in prose[-2].source and "Method" in prose[-1].source  # the method closes the report
    text = "\n".join(c.source for c in prose)
    assert "shopanalysis run" not in text and "Who reads it" not in text and "`" not in text


def test_report_with_non_default_parameters_matches_the_package(tmp_path):
    params = {"snapshot_date": "2026-09-30", "compare_with": "2026-08-31", "listing_weeks": 6, "top_n": 5,
              "exclude": ["暖暖衣舍"], "rank_by": "sales_estimate", "undercut_threshold": 0.15, "best_sellers": 3,
              "lang": "en"}
    res = runner.run_report("competitor-comparison", params, out_dir=tmp_path)
    folder = tmp_path / "competitor_comparison" / "2026-09-30_en"  # an English report sits beside the Chinese one
    assert sorted(f.name for f in folder.iterdir()) == [
        "competitor_comparison.html", "competitor_comparison.ipynb", "metrics.json"]
    got = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    assert got == res.metrics

    shop = sa.load_demo_shop(tables=["competitors", "competitor_shops", "products"])
    comp = cp.filter_shops(shop.competitors, our_shop=OUR_SHOP, exclude=["暖暖衣舍"])
    shops = cp.filter_shops(shop.competitor_shops, our_shop=OUR_SHOP, exclude=["暖暖衣舍"])
    day, since = "2026-09-28", "2026-08-31"  # the Monday snapshots on or before the dates asked for
    with sa.language("en"):  # the report's sentences are written in the report's language
        ranking = cp.rank_shops(comp, day, our_shop=OUR_SHOP, value="sales_estimate", since=since)
        prices = cp.compare_prices(comp, day, our_shop=OUR_SHOP)
        listings = cp.new_listings(comp, day, "2026-08-17", our_shop=OUR_SHOP)  # six weeks back
        undercuts = cp.find_undercuts(comp, day, our_shop=OUR_SHOP, threshold=0.15, best_sellers=3)
        dsr = cp.compare_dsr(shops, day, our_shop=OUR_SHOP, since=since)
        changes = cp.find_changes(comp, shops, day, since, our_shop=OUR_SHOP)
        suggestions = cp.suggest(undercuts=undercuts, ranking=ranking, listings=listings, dsr=dsr, prices=prices,
                                 products=shop.products)
    ours = ranking.set_index("shop").loc[OUR_SHOP]

    assert (got["snapshot_date"], got["compare_date"], got["listings_since"]) == (day, since, "2026-08-17")
    assert got["n_rivals"] == 9 and got["rank_by"] == "sales_estimate"
    assert got["our_rank"] == ours["rank"] == ranking.attrs["our_rank"]
    assert got["our_sales_estimate"] == pytest.approx(ours["sales_estimate"])
    assert got["our_share"] == pytest.approx(ours["share"])
    assert got["leader"] == ranking["shop"].iloc[0]
    assert got["our_median_price"] == pytest.approx(dict(zip(prices["category"], prices["our_price_median"])))
    assert got["our_position_pct"] == pytest.approx(dict(zip(prices["category"], prices["our_position_pct"])))
    assert got["n_new_listings"] == int((~listings["is_ours"]).sum())
    assert got["n_undercuts"] == len(undercuts) and set(undercuts["our_rank"]) <= {1, 2, 3}
    assert got["top_undercut"]["title"] == undercuts["title"].iloc[0]
    assert got["top_undercut"]["undercut_pct"] == pytest.approx(undercuts["undercut_pct"].iloc[0])
    assert got["max_undercut_pct"] >= 0.15
    assert got["dsr_gap_to_mean"] == pytest.approx(dict(zip(dsr["dimension"], dsr["gap_to_mean"])))
    assert got["changes"] == changes["finding"].tolist()
    assert got["suggestions"] == suggestions
    html = (folder / "competitor_comparison.html").read_text(encoding="utf-8")
    assert "暖暖衣舍" not in html  # excluded everywhere
    assert "Competitor comparison" in html and "竞品对比" not in html and "sa.record" not in html
    assert "first 5 of 10 shops" in html  # a cut list says so


def _nasty_data(folder: Path) -> Path:
    """Copy the demo's competitor tables with 南风小筑 renamed and one of its titles made hostile."""
    shop = sa.load_demo_shop(tables=["competitors", "competitor_shops", "products"])
    comp = shop.competitors.assign(shop=shop.competitors["shop"].replace("南风小筑", NASTY_SHOP))
    best = comp.loc[(comp["shop"] == NASTY_SHOP) & (comp["category"] == "连衣裙")].sort_values(
        "monthly_sales").iloc[-1]["product_id"]
    comp.loc[comp["product_id"] == best, "title"] = NASTY_TITLE
    shops = shop.competitor_shops.assign(shop=shop.competitor_shops["shop"].replace("南风小筑", NASTY_SHOP))
    folder.mkdir()
    comp.to_csv(folder / "competitors.csv", index=False)
    shops.to_csv(folder / "competitor_shops.csv", index=False)
    shop.products.to_csv(folder / "products.csv", index=False)
    return folder


def test_names_from_the_data_appear_as_escaped_text(tmp_path):
    data = _nasty_data(tmp_path / "exports")
    # the folder has no 店铺信息.txt, so the report is told which shop is ours
    res = runner.run_report("competitor-comparison", {"include": [NASTY_SHOP, "初见女装旗舰店"], "our_shop": OUR_SHOP},
                            data_dir=data,
                            out_dir=tmp_path / "out", pdf=shutil.which("pdftotext") is not None)
    folder = res.folder
    html = (folder / "competitor_comparison.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "<b>法式</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;法式&lt;/b&gt;" in html
    assert "A&amp;B" in html and "&amp; 包邮" in html
    assert "<em>南风" not in html and "<em>碎花" not in html  # Markdown did not eat the stars
    assert "*南风*_小筑_ | A&amp;B" in html  # in the tables and in the bullet lists, as typed
    assert res.metrics["top_undercut"]["shop"] == NASTY_SHOP and res.metrics["top_undercut"]["title"] == NASTY_TITLE
    assert res.metrics["n_rivals"] == 2
    if (folder / "competitor_comparison.pdf").exists():
        text = subprocess.run(["pdftotext", str(folder / "competitor_comparison.pdf"), "-"], capture_output=True,
                              text=True, check=True).stdout
        assert "<script>alert(1)</script>" in text and "*南风*_小筑_ | A&B" in text
