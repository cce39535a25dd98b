"""Lesson 04 (watching competitors): each checker names the mistakes it diagnoses; the widget builds.

``WRONG_04``: (checker, a wrong answer computed with the package, a fragment of the message
it must get), as ``WRONG`` in tests/test_course.py.
"""

from __future__ import annotations

import pytest

import shopanalysis as sa
from shopanalysis import competitors as cp
from shopanalysis import metrics
from shopanalysis.course import checks
from shopanalysis.course._demo import demo, month

OURS = "栖梧女装旗舰店"

from course_cases import assert_cover_the_lesson, assert_names_the_mistake, case_ids, checker


@pytest.fixture(autouse=True)
def english():
    """These cases check the English messages; tests/test_course_session.py checks both languages."""
    with sa.language("en"):
        yield


def _prices(date="2026-10-19"):
    return cp.compare_prices(demo("competitors"), date, our_shop=OURS).set_index("category")


def _dress_mean_gap():
    now = cp.snapshot(demo("competitors"), "2026-10-19")
    dresses = now[now["category"] == "连衣裙"]
    ours = dresses["shop"] == OURS
    return dresses.loc[ours, "price"].mean() / dresses.loc[~ours, "price"].mean() - 1


def _listing(date="2026-10-19", since="2026-09-21"):
    out = cp.new_listings(demo("competitors"), date, since, our_shop=OURS)
    return out.loc[~out["is_ours"]].iloc[0]


def _listings(date="2026-10-19", since="2026-09-21"):
    return cp.new_listings(demo("competitors"), date, since, our_shop=OURS)


def _dsr(date="2026-10-19"):
    return cp.compare_dsr(demo("competitor_shops"), date, our_shop=OURS).set_index("dimension")


def _dsr_gap_with_ours():
    now = cp.snapshot(demo("competitor_shops"), "2026-10-19")
    return _dsr().loc["dsr_description", "ours"] - now["dsr_description"].mean()


# (checker, a wrong answer computed with the package, a fragment of the message it must get)
WRONG_04 = [
    ("check_04_dress_price_gap", _dress_mean_gap, "compares the mean prices"),
    ("check_04_dress_price_gap", lambda: _prices().loc["连衣裙", "our_position_pct"], "price position"),
    ("check_04_dress_price_gap",
     lambda: _prices().loc["连衣裙", "rival_price_median"] / _prices().loc["连衣裙", "our_price_median"] - 1,
     "divides the other way"),
    ("check_04_dress_price_gap",
     lambda: _prices().loc["连衣裙", "our_price_median"] - _prices().loc["连衣裙", "rival_price_median"], "in yuan"),
    ("check_04_dress_price_gap", lambda: _prices().loc["衬衫", "price_gap_pct"], "gap of 衬衫"),
    ("check_04_dress_price_gap", lambda: _prices("2026-10-26").loc["连衣裙", "price_gap_pct"], "pre-sale"),
    ("check_04_dress_price_gap", lambda: _prices().loc["连衣裙", "price_gap_pct"] * 100, "looks like a percentage"),
    ("check_04_dress_price_gap", lambda: -_prices().loc["连衣裙", "price_gap_pct"], "sign flipped"),
    ("check_04_dress_price_gap",
     lambda: _prices().loc["连衣裙", "our_price_median"] / _prices().loc["连衣裙", "rival_price_median"], "minus 1"),
    ("check_04_dress_price_gap", lambda: _prices().loc[["连衣裙"], "price_gap_pct"],
     "column (a pandas Series) holding one value"),
    ("check_04_new_listing_pace", lambda: _listing()["monthly_sales"] / 30, "divides its 月销量 by 30 days"),
    ("check_04_new_listing_pace", lambda: _listing()["monthly_sales"], "not pieces a day"),
    ("check_04_new_listing_pace", lambda: _listing()["category_pace"], "category_pace"),
    ("check_04_new_listing_pace", lambda: _listing()["monthly_sales"] / 28, "days since 2026-09-21"),
    ("check_04_new_listing_pace", lambda: _listing(since="2026-10-12")["pieces_per_day"], "last week alone"),
    ("check_04_new_listing_pace", lambda: _listings()["pieces_per_day"].iloc[1], "second"),
    ("check_04_new_listing_pace", lambda: _listing(date="2026-10-26")["pieces_per_day"], "2026-10-26 snapshot"),
    ("check_04_dsr_gap", lambda: _dsr().loc["dsr_description", "gap_to_best"], "best rival"),
    ("check_04_dsr_gap", _dsr_gap_with_ours, "ours included"),
    ("check_04_dsr_gap", lambda: round(_dsr().loc["dsr_description", "gap_to_mean"], 2), "two decimals"),
    ("check_04_dsr_gap", lambda: _dsr("2026-10-12").loc["dsr_description", "gap_to_mean"], "2026-10-12 snapshot"),
    ("check_04_dsr_gap", lambda: _dsr("2026-10-26").loc["dsr_description", "gap_to_mean"], "2026-10-26 snapshot"),
    ("check_04_dsr_gap", lambda: _dsr().loc["dsr_service", "gap_to_mean"], "gap of 服务态度"),
    ("check_04_dsr_gap", lambda: _dsr().loc["dsr_shipping", "gap_to_mean"], "gap of 物流服务"),
    ("check_04_dsr_gap", lambda: -_dsr().loc["dsr_description", "gap_to_mean"], "sign flipped"),
    ("check_04_undercut", lambda: "A", "just to earn the same"),
    ("check_04_undercut", lambda: "B", "taking our place in search"),
    ("check_04_undercut", lambda: 3, "one letter in quotes"),
]


# The Chinese message's fragment for each English one of WRONG_04 (a fragment used twice is in both messages)
ZH_04 = {
    'compares the mean prices': '这比较的是平均价',
    'price position': '价格分位',
    'divides the other way': '反过来除的',
    'in yuan': '以元计的价差',
    'gap of 衬衫': '这是衬衫的价差',
    'pre-sale': '双11预售价',
    'looks like a percentage': '像是百分数',
    'sign flipped': '这把正负号弄反了',
    'minus 1': '这个比值减 1',
    'column (a pandas Series) holding one value': '一列数据（pandas Series），里面只有一个值',
    'divides its 月销量 by 30 days': '把月销量除以 30 天',
    'not pieces a day': '不是每天的件数',
    'category_pace': '它比同类目',
    'days since 2026-09-21': '除以自 2026-09-21 以来的 28 天',
    'last week alone': '只看最近一周',
    'second': '只排第二',
    '2026-10-26 snapshot': '2026-10-26 那次快照',
    'best rival': '和最好的竞店',
    'ours included': '包括我们自己',
    'two decimals': '四舍五入到两位小数',
    '2026-10-12 snapshot': '2026-10-12 那次快照',
    'gap of 服务态度': '这是服务态度（dsr_service）的差距',
    'gap of 物流服务': '这是物流服务（dsr_shipping）的差距',
    'just to earn the same': '才挣得一样多',
    'taking our place in search': '占我们的搜索位置',
    'one letter in quotes': '加引号的字母',
}


@pytest.mark.parametrize("name, make, fragment", WRONG_04, ids=case_ids(WRONG_04))
def test_checker_names_the_mistake(name, make, fragment):
    """Each case in English, and in Chinese with its fragment (tests/course_cases.py)."""
    assert_names_the_mistake(name, make, fragment, ZH_04[fragment])


def test_wrong_answer_cases_cover_every_checker_of_lesson_04():
    assert_cover_the_lesson(WRONG_04, "04")


def test_the_undercut_judgement_rests_on_the_numbers_it_quotes():
    """C is right because our page converts while its impressions fell, and matching costs margin."""
    u = cp.find_undercuts(demo("competitors"), "2026-10-19", our_shop=OURS).iloc[0]
    daily = demo("products_daily")
    mine = daily[daily["product_id"] == u["our_product_id"]]
    aug, sep = metrics.summarize(month(mine, "2026-08")).iloc[0], metrics.summarize(month(mine, "2026-09")).iloc[0]
    assert sep["impressions"] < aug["impressions"] and sep["conversion_rate"] > aug["conversion_rate"]
    assert sep["conversion_rate"] > metrics.conversion_rate(month(daily, "2026-09"))
    assert u["sales_ratio"] > 1
    assert checker("check_04_undercut")("C").passed


def test_widget_builds_and_draws():
    """The widget runs its drawing function once when built, and again when the slider moves."""
    pytest.importorskip("ipywidgets")
    import matplotlib

    matplotlib.use("Agg")
    from shopanalysis.course import widgets

    w = widgets.undercut_explorer(demo("competitors"), "2026-10-19", our_shop=OURS, products=demo("products"))
    assert w is not None and hasattr(w, "children")
    w.children[1].value = 30  # the threshold: fewer undercuts
    w.update()
    w.children[0].value = 4  # another best seller
    w.update()


def test_widget_is_none_without_ipywidgets(monkeypatch):
    import sys

    from shopanalysis.course import widgets

    monkeypatch.setitem(sys.modules, "ipywidgets", None)
    assert widgets.undercut_explorer(demo("competitors"), "2026-10-19", our_shop=OURS) is None
