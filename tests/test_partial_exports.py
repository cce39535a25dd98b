"""Reports on a folder that holds only some tables (issue 11, "Partial exports and other platforms").

The JD sample (data/samples/jd_home) has six exports: no products, targets, competitors,
campaigns, search terms, agents, roster or design tasks. Every report still runs on it,
under the JD shop's own name (from the folder's 店铺信息.txt), says which files to add,
and never shows the demo shop's name.
"""

import re
import subprocess
import sys

import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import runner, shopinfo
from shopanalysis.samples import JD_SHOP, OUR_SHOP, SHOP_INFO_FILE

REPORTS = ["daily-review", "ppc-keyword-pruning", "competitor-comparison", "designer-kpis", "customer-service-kpis"]


def _title(html: str) -> str:
    m = re.search(r'<h1 class="sa-title">(.*?)</h1>', html, flags=re.S)
    assert m, "the report has no title"
    return m.group(1)


@pytest.fixture(scope="module")
def jd_runs(report_runs):
    """Each report with its defaults on the JD sample: the session's shared runs."""
    return dict(zip(REPORTS, report_runs([(name, {}, sa.jd_dir()) for name in REPORTS])))


@pytest.mark.parametrize("name", REPORTS)
def test_every_report_runs_on_the_jd_exports_under_the_jd_shops_name(jd_runs, name):
    res = jd_runs[name]
    assert res.error is None, res.error
    assert runner.get_report(name).parameters.get("shop_name", runner.get_report(name).parameters.get("our_shop")) \
        .default == ""
    html = next(res.folder.glob("*.html")).read_text(encoding="utf-8")
    assert JD_SHOP in _title(html)
    assert OUR_SHOP not in html


def test_ppc_without_a_margin_lists_every_missing_input_at_once_on_page_one(jd_runs):
    html = (jd_runs["ppc-keyword-pruning"].folder / "ppc_keyword_pruning.html").read_text(encoding="utf-8")
    assert "京东快车" in _title(html) and "直通车" not in _title(html)
    assert "-p margin=0.45" in html
    for file in ("搜索词报表.csv", "推广计划.csv", "商品.csv"):  # names a JD user's files would have
        assert file in html
    assert "Traceback" not in html and "ReportStopped" not in html
    assert "要点" not in html  # the sections after the stop are not on the page


def test_reports_without_their_core_table_say_so_and_stop(jd_runs):
    comp = (jd_runs["competitor-comparison"].folder / "competitor_comparison.html").read_text(encoding="utf-8")
    assert "竞品.csv" in comp and "竞店.csv" in comp and "Traceback" not in comp
    design = (jd_runs["designer-kpis"].folder / "designer_kpis.html").read_text(encoding="utf-8")
    assert "美工任务.csv" in design and "Traceback" not in design


def test_customer_service_runs_without_agents_roster_and_targets(jd_runs):
    res = jd_runs["customer-service-kpis"]
    html = (res.folder / "customer_service_kpis.html").read_text(encoding="utf-8")
    for file in ("客服名单.csv", "客服排班.csv", "销售目标.csv"):
        assert file in html
    assert res.metrics["pay"] is None and res.metrics["agents"] == 3
    assert res.metrics["cost_per_inquiry"] > 0  # the JD keyword report prices an inquiry


def test_ppc_with_a_margin_runs_every_section_it_has_data_for(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "shopanalysis.cli", "run", "ppc-keyword-pruning", "--data",
                           str(sa.jd_dir()), "--out", str(tmp_path), "-p", "margin=0.45"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    folder = next((tmp_path / "ppc_keyword_pruning").iterdir())
    html = (folder / "ppc_keyword_pruning.html").read_text(encoding="utf-8")
    assert JD_SHOP in _title(html) and "京东快车" in _title(html)
    assert html.count("补上后重新运行即可") == 2  # the search-term and budget sections
    assert "-p margin=0.45" not in html and OUR_SHOP not in html
    metrics = sa.runner.read_recorded(__import__("nbformat").read(folder / "ppc_keyword_pruning.ipynb", as_version=4))
    assert metrics["keywords"] > 0 and metrics["n_add"] == 0 and metrics["days_ran_out"] is None


def test_a_stopped_report_reads_in_english(tmp_path):
    res = runner.run_report("competitor-comparison", {"lang": "en"}, data_dir=sa.jd_dir(), out_dir=tmp_path)
    html = (res.folder / "competitor_comparison.html").read_text(encoding="utf-8")
    assert "so this report cannot be made" in html and JD_SHOP in _title(html)


# --- the shop info file ------------------------------------------------------------


def test_the_samples_name_their_shop_and_platform():
    jd = sa.load_shop(sa.jd_dir(), tables=["shop_daily"])
    assert (jd.name, jd.platform) == (JD_SHOP, "jd")
    demo = sa.load_demo_shop(tables=["shop_daily"])
    assert (demo.name, demo.platform) == (OUR_SHOP, "tmall")


@pytest.mark.parametrize("text, encoding, want", [
    ("店铺名称,平台\n小店,拼多多\n", "utf-8", ("小店", "pdd")),
    ("店铺名称,平台\r\n小店,天猫\r\n", "gbk", ("小店", "tmall")),
    ("店铺名称：小店\n平台：淘宝\n", "utf-8", ("小店", "taobao")),
    ("shop_name,platform\nMy shop,JD\n", "utf-8-sig", ("My shop", "jd")),
    ("店铺名称,小店\n", "utf-8", ("小店", None)),
])
def test_shop_info_file_spellings(tmp_path, text, encoding, want):
    (tmp_path / "店铺信息.txt").write_bytes(text.encode(encoding))
    info = shopinfo.shop_info(tmp_path)
    assert (info.name, info.platform) == want


def test_without_a_file_the_folder_names_the_shop_and_the_ad_channel_the_platform(tmp_path):
    folder = tmp_path / "我的京东店"
    folder.mkdir()
    shop = sa.Shop(data_dir=folder, traffic_sources=pd.DataFrame({"source": ["京东搜索", "京东快车"]}))
    assert (shop.name, shop.platform) == ("我的京东店", "jd")
    assert sa.Shop(data_dir=folder).platform is None


def test_an_unknown_platform_is_an_error_naming_the_file(tmp_path):
    (tmp_path / "shop_info.csv").write_text("店铺名称,平台\n小店,抖音\n", encoding="utf-8")
    with pytest.raises(sa.DataError, match="shop_info.csv.*抖音"):
        shopinfo.shop_info(tmp_path)


def test_the_info_file_does_not_disturb_load_shop(recwarn):
    sa.load_shop(sa.jd_dir(), tables=["shop_daily"])
    assert not [w for w in recwarn if SHOP_INFO_FILE in str(w.message)]


@pytest.mark.parametrize("platform, zh, en", [
    ("tmall", "直通车", "Zhitongche"), ("taobao", "直通车", "Zhitongche"), ("jd", "京东快车", "JD Kuaiche"),
    ("pdd", "多多搜索", "Duoduo Search"), (None, "搜索推广", "search ads"),
])
def test_search_ads_in_the_platforms_words(platform, zh, en):
    with sa.language("zh"):
        assert shopinfo.search_ads(platform) == zh
    with sa.language("en"):
        assert shopinfo.search_ads(platform) == en
    assert shopinfo.flash_deals("jd") == "京东秒杀" and shopinfo.flash_deals("pdd") == "百亿补贴"
    assert sa.vocab.value_label("platform", "jd") == "京东"


def test_platform_words_default_to_tmall():
    jd = shopinfo.platform_words("jd")
    assert {k: jd[k] for k in ("ads", "flash", "events", "display")} == {
        "ads": "京东快车", "flash": "京东秒杀", "events": "京东秒杀", "display": "购物触点"}
    assert jd["search"] == "京东搜索" and jd["my_page"] == "我的京东"
    assert shopinfo.platform_words(None)["ads"] == "直通车" == shopinfo.platform_words("unknown")["ads"]
    assert shopinfo.platform_words(None, lang="en")["flash"] == "Juhuasuan"


def test_the_jd_daily_review_says_jds_ads_and_deals_and_the_demo_still_says_tmalls(jd_runs):
    shop = sa.load_shop(sa.jd_dir())
    assert shop.platform == "jd"
    day = shop.shop_daily["date"].max()
    checklist = sa.checklist.morning_checklist(shop, day)
    mix = sa.traffic.check_mix(sa.traffic.channel_mix(shop.traffic_sources, day, shop_daily=shop.shop_daily),
                               platform=shop.platform)
    advice = " ".join(sa.traffic.check_mix({"paid": 0.01, "activity": 0.01}, platform=shop.platform)["advice"])
    text = " ".join([*checklist["item"], *checklist["detail"], *checklist["todo"], *mix["advice"], advice,
                     *sa.checklist.describe_checklist(checklist), *sa.checklist.describe_rules(platform=shop.platform)])
    assert "京东快车预算" in text and "京东快车" in advice and "京东秒杀" in advice
    for word in ("直通车", "聚划算", "淘抢购"):
        assert word not in text
    html = (jd_runs["daily-review"].folder / "daily_review.html").read_text(encoding="utf-8")
    assert "京东快车预算" in html and "直通车" not in html and "聚划算" not in html
    cs_html = (jd_runs["customer-service-kpis"].folder / "customer_service_kpis.html").read_text(encoding="utf-8")
    assert "的京东快车花费" in cs_html and "本期京东快车关键词报表" in cs_html

    demo = sa.load_demo_shop(tables=["shop_daily", "traffic_sources", "ppc_keywords", "ppc_campaigns"])
    assert demo.platform == "tmall"
    demo_list = sa.checklist.morning_checklist(demo, "2026-10-15")
    assert demo_list["item"].iloc[0] == "直通车预算"
    assert "直通车" in " ".join(sa.traffic.check_mix({"paid": 0.01}, platform=demo.platform)["advice"])
    assert sa.checklist.describe_rules(platform=demo.platform)[0].startswith("直通车：")


def test_present_missing_checks_tables_and_columns():
    shop = sa.Shop(products=pd.DataFrame({"product_id": ["1"], "price": [10.0], "unit_cost": [float("nan")]}))
    assert sa.present.missing(shop, "products", note=False) is False
    assert sa.present.missing(shop, "products", column="unit_cost", note=False) is True
    assert sa.present.missing(shop, "ppc_search_terms", note=False) is True
    with pytest.raises(sa.ReportStopped, match="直通车关键词"):
        sa.present.require(shop, "ppc_keywords")
    assert sa.present.require(shop, "products", optional=["targets"]) == ["targets"]


# --- the designer report without design tasks (美工任务) or products (商品) ----------------------


def _text(html: str) -> str:
    """Return the words of a report page: no tags, styles or scripts."""
    body = re.sub(r"<(style|script)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"\s+", " ", __import__("html").unescape(re.sub(r"<[^>]+>", " ", body)))


def test_the_designer_report_runs_its_jd_sections_and_says_to_add_the_design_tasks(jd_runs):
    res = jd_runs["designer-kpis"]
    text = _text((res.folder / "designer_kpis.html").read_text(encoding="utf-8"))
    # page 1 lists both missing inputs at once, and the report goes on
    assert "美工任务：放入 美工任务.csv" in text and "商品：放入 商品.csv" in text
    assert "要点" in text and "要做的事" in text and "Traceback" not in text
    # the detail-page section works from 商品效果 alone, against the shop (no categories without 商品.csv)
    assert "2. 详情页" in text and "涉及金额" in text and "优化详情页：" in text and "全店平均" in text
    # JD's 商品效果 has 主图版本: the main-image tests run, without a designer to name
    assert "1. 主图测试" in text and "新图落败" in text and "本节需要商品效果里的" not in text
    # delivery, scorecard and bonus say what to add where they would be
    for heading in ("3. 交付", "4. 绩效与奖金"):
        after = text[text.index(heading):]
        assert after.index("放入 美工任务.csv") < after.index("方法说明"), heading
    assert "放入 美工任务.csv和商品.csv" in text  # the bonus needs both
    assert "没有美工任务表，列不出延期未交的任务" in text
    # the method says the pages fell back to the shop, and leaves out delivery, scorecard and bonus
    method = text[text.index("方法说明"):]
    assert "这里改为对比全店" in method and "详情页对比全店的平均支付转化率" in method
    assert "按时交付率 =" not in method and "奖金：" not in method and "绩效评分" not in method
    m = res.metrics
    assert m["n_image_tests"] >= 1 and m["n_image_losses"] >= 1 and m["money_at_stake_total"] > 0
    assert m["money_at_stake_top_product"] in text
    for name in ("on_time_rate", "on_time_rate_team", "mean_lead_days", "late_open_tasks", "scores", "grades",
                 "bonus", "bonus_total"):
        assert m[name] is None, name  # not measured, never a made-up 0
    assert m["takeaways"][0].startswith("主图：") and any(a.startswith("优化详情页：") for a in m["actions"])


def test_the_designer_report_on_the_jd_exports_reads_in_english(tmp_path):
    res = runner.run_report("designer-kpis", {"lang": "en"}, data_dir=sa.jd_dir(), out_dir=tmp_path)
    text = _text((res.folder / "designer_kpis.html").read_text(encoding="utf-8"))
    assert JD_SHOP in text and OUR_SHOP not in text
    assert "design tasks: add 美工任务.csv" in text and "2. Detail pages" in text and "1. Main-image tests" in text
    assert "Without the design tasks there is no list of late tasks" in text
    assert "so they are compared with the shop" in text
    for zh in ("要点", "方法说明", "本节需要", "对比全店"):
        assert zh not in text, zh


def test_the_designer_report_without_image_versions_names_the_missing_column(tmp_path):
    import csv
    import io

    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / SHOP_INFO_FILE).write_bytes((sa.jd_dir() / SHOP_INFO_FILE).read_bytes())
    raw = (sa.jd_dir() / "商品效果.csv").read_bytes().decode("gbk")
    title, rest = raw.split("\n", 1)
    rows = list(csv.reader(io.StringIO(rest)))
    drop = rows[0].index("主图版本")
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([r[:drop] + r[drop + 1:] for r in rows if r])
    (folder / "商品效果.csv").write_bytes((title + "\n" + out.getvalue()).encode("gbk"))

    res = runner.run_report("designer-kpis", {}, data_dir=folder, out_dir=tmp_path / "out")
    text = _text((res.folder / "designer_kpis.html").read_text(encoding="utf-8"))
    assert "本节需要商品效果里的“主图版本”一列" in text and "2. 详情页" in text and "涉及金额" in text
    assert "新主图胜出" not in text  # no KPI, no table of verdicts
    method = text[text.index("方法说明"):]
    assert "点击量不足" not in method  # no before/after test ran: the method does not describe one
    m = res.metrics
    assert m["n_image_tests"] is None and m["image_verdicts"] is None and m["money_at_stake_total"] > 0
    assert m["takeaways"] == [] and all(a.startswith("优化详情页：") for a in m["actions"])


def test_designer_method_notes_follow_what_the_data_has():
    d = sa.designers
    full = d.method_notes()
    assert d.method_notes(lacking=()) == full and len(full) == 7
    jd = d.method_notes(against="shop", fallback=True, lacking=["design_tasks", "products"])
    assert len(jd) == 5 and "全店" in jd[3] and "商品.csv" in jd[4] and "详情页" not in jd[0]
    no_products = d.method_notes(lacking=["products"])
    assert len(no_products) == 6 and not any(line.startswith("奖金") for line in no_products)
    assert d.method_notes(images=False, lacking=["design_tasks"]) == [d.method_notes(against="category")[3]]
    tests = pd.DataFrame({"product_name": ["杯"], "version_before": ["v1"], "version_after": ["v2"],
                          "change_date": pd.to_datetime(["2026-09-20"])})
    assert d.name_image_tests(tests) == ["杯 v1→v2（09-20）"]
    assert d.name_image_tests(tests.assign(designer=[float("nan")])) == ["杯 v1→v2（—，09-20）"]
