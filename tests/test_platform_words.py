"""No Tmall words on a JD shop's pages (issue 11, "Platform vocabulary and advice follow the platform").

Each report that runs on the JD sample (data/samples/jd_home, 店铺信息.txt says 京东) is
rendered once; its page text (the tab title included) is searched for Tmall's and
Taobao's words. A Tmall word may stay where it names the source of a definition (the
method notes' 生意参谋的口径, the traffic rule of thumb's 天猫运营手册): those phrases are
:data:`SOURCES`. The page's tab title is its own heading, so it names 京东快车 too. The
demo (Tmall) shop still says 直通车.
"""

from __future__ import annotations

import html as html_lib
import re

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

import shopanalysis as sa
from shopanalysis import io, present, runner, shopinfo, vocab
from shopanalysis._schema import TABLES

#: The words a JD shop's page must not show: Tmall's and Taobao's tools, sources and events.
TMALL_WORDS = re.compile("直通车|聚划算|手淘|淘宝|天猫|赤兔|生意参谋")

#: Phrases that name the source of a definition, where the Tmall word is the point.
SOURCES = (
    "按生意参谋的口径",  # daily review, method: 支付金额 as 生意参谋 defines it (refunds not deducted)
    "天猫运营手册的经验值",  # daily review, method: where the healthy traffic mix rule of thumb comes from
)

#: Phrases still on a JD page, and the file (owned by someone else) that has to change.
PENDING: dict[str, str] = {}  # phrases waiting on other files: none left

JD_REPORTS = {
    "daily-review": {},
    "competitor-comparison": {},
    "ppc-keyword-pruning": {"margin": 0.45},  # with a margin every section runs; the page still lists the missing files
    "customer-service-kpis": {},
    "monthly-review": {},
}


def _page_text(page: str) -> str:
    """The words a reader sees: the tab title and the body, tags and styles taken out."""
    title = re.search(r"<title>(.*?)</title>", page, flags=re.S)
    body = re.sub(r"<(style|script|title)\b.*?</\1>", " ", page, flags=re.S | re.I)
    body = re.sub(r"<[^>]+>", "\n", body)
    lines = [html_lib.unescape(line).strip() for line in body.splitlines()]
    return "\n".join([html_lib.unescape(title.group(1)) if title else "", *[line for line in lines if line]])


def _tmall_lines(text: str, allowed=()) -> list[str]:
    """The lines of ``text`` that show a Tmall word once the ``allowed`` phrases are taken out."""
    found = []
    for line in text.splitlines():
        rest = line
        for phrase in allowed:
            rest = rest.replace(phrase, "")
        if TMALL_WORDS.search(rest):
            found.append(line)
    return found


@pytest.fixture(scope="module")
def pages(report_runs):
    """The page text of each report on the JD sample, and of the PPC report on the demo (Tmall) shop."""
    specs = [(name, params, sa.jd_dir()) for name, params in JD_REPORTS.items()]
    results = report_runs([*specs, ("ppc-keyword-pruning", {})])
    texts = {}
    for key, res in zip([*JD_REPORTS, "demo-ppc"], results):
        assert res.error is None, res.error
        texts[key] = _page_text(next(res.folder.glob("*.html")).read_text(encoding="utf-8"))
    return texts


@pytest.mark.parametrize("name", list(JD_REPORTS))
def test_a_jd_shops_pages_show_no_tmall_words(pages, name):
    assert _tmall_lines(pages[name], (*SOURCES, *PENDING)) == []


def test_the_jd_ppc_report_names_jds_tables_and_files(pages):
    text = pages["ppc-keyword-pruning"]
    assert "京东快车关键词优化" in text
    assert "京东快车搜索词：放入 搜索词报表.csv" in text and "京东快车计划：放入 推广计划.csv" in text
    assert "本节需要京东快车搜索词" in text


def test_the_demo_tmall_shop_still_says_zhitongche(pages):
    text = pages["demo-ppc"]
    assert re.search(r"· 直通车关键词优化 \d{4}-\d\d-\d\d 至", text)  # the page's own heading, not only its tab
    demo = sa.load_demo_shop(tables=["shop_daily", "traffic_sources"])
    assert demo.platform == "tmall"
    advice = " ".join(sa.traffic.check_mix({"natural": 0.3, "membership": 0.01}, platform=demo.platform)["advice"])
    assert "手淘搜索、手淘推荐" in advice and "我的淘宝" in advice and "微淘" in advice
    with pytest.raises(sa.ReportStopped, match="直通车计划.*放入 直通车计划.csv"):
        present.require(demo, "ppc_campaigns")


def test_a_jd_shop_stopped_for_a_missing_ppc_table_says_which_jd_file_to_add():
    shop = sa.load_shop(sa.jd_dir(), tables=["shop_daily", "traffic_sources"])
    assert shop.platform == "jd"
    with pytest.raises(sa.ReportStopped, match="京东快车搜索词.*放入 搜索词报表.csv") as err:
        present.require(shop, "ppc_search_terms")
    assert not TMALL_WORDS.search(str(err.value))
    with sa.language("en"):
        with pytest.raises(sa.ReportStopped, match=r"PPC search terms \(JD Kuaiche\)"):
            present.require(shop, "ppc_search_terms")


@pytest.mark.parametrize("platform, natural, membership", [
    ("jd", "京东搜索、京东推荐", "购物车、我的京东、会员"),
    ("pdd", "搜索、推荐", "购物车、个人中心、会员"),
    ("tmall", "手淘搜索、手淘推荐", "购物车、我的淘宝、会员"),
])
def test_traffic_advice_names_the_platforms_own_sources(platform, natural, membership):
    out = sa.traffic.check_mix({"natural": 0.3, "paid": 0.0, "activity": 0.0, "membership": 0.01}, platform=platform)
    advice = dict(zip(out["channel"], out["advice"]))
    assert natural in advice["natural"] and membership in advice["membership"]
    if platform != "tmall":
        assert not TMALL_WORDS.search(" ".join(advice.values()))


def test_every_platform_word_is_written_for_every_platform():
    for platform in (*shopinfo.PLATFORMS, None):
        for lang in ("zh", "en"):
            words = shopinfo.platform_words(platform, lang=lang)
            assert set(words) == set(shopinfo.PLATFORM_WORDS) and all(words.values())
    for code in ("jd", "pdd"):
        assert not TMALL_WORDS.search(" ".join(shopinfo.platform_words(code, lang="zh").values()))


@given(table=st.sampled_from(sorted(TABLES)), platform=st.sampled_from([*shopinfo.PLATFORMS, None, "unknown"]))
def test_table_labels_and_file_names_follow_the_platform(table, platform):
    # Tmall's (and an unknown platform's) label is the vocabulary's, the word the package was written in
    assert shopinfo.table_label(table, "tmall", lang="zh") == vocab.value_label("table", table, lang="zh")
    label = shopinfo.table_label(table, platform, lang="zh")
    own = shopinfo.platform_words(platform, lang="zh")["ads"]
    assert label.startswith(own) or label == vocab.value_label("table", table, lang="zh")
    # the file a note asks for is one the reader files under that very table
    name = shopinfo.export_file(table, platform)
    assert io._table_from_name(name.removesuffix(".csv")) == [table]
    if platform in ("jd", "pdd"):
        assert not TMALL_WORDS.search(label + name)


def test_present_notes_take_the_shops_platform():
    tmall = sa.Shop()  # no folder, no sources: Tmall's words
    assert present._fixes(["ppc_keywords"], platform=tmall.platform) == "放入 直通车关键词.csv"
    jd = sa.Shop(traffic_sources=pd.DataFrame({"source": ["京东搜索", "京东快车"]}))
    assert jd.platform == "jd"
    assert present._fixes(["ppc_keywords"], "margin=0.45", platform=jd.platform) == \
        "放入 京东快车关键词.csv，或运行时加上 -p margin=0.45"
