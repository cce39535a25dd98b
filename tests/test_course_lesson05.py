"""Lesson 05 (直通车 keywords): each checker names the mistakes it diagnoses, and the widget builds.

``WRONG_05``: (checker, a wrong answer computed with the package, a fragment of the message
it must get), as ``WRONG`` in tests/test_course.py.
"""

from __future__ import annotations

import pytest

import shopanalysis as sa
from shopanalysis import metrics, ppc
from shopanalysis.course._demo import demo, month

from course_cases import assert_cover_the_lesson, assert_names_the_mistake, case_ids, checker


@pytest.fixture(autouse=True)
def english():
    """These cases check the English messages; tests/test_course_session.py checks both languages."""
    with sa.language("en"):
        yield


def _dresses(period="2026-10", campaign="日常-连衣裙"):
    rows = month(demo("ppc_keywords"), period)
    return rows if campaign is None else rows[rows["campaign"] == campaign]


def _bounds(prior_rate=None):
    return ppc.conversion_bounds(0, 20, prior_rate=prior_rate)


# (checker, a wrong answer computed with the package, a fragment of the message it must get)
WRONG_05 = [
    ("check_05_campaign_roi", lambda: metrics.add_metrics(_dresses(), ["roi"])["roi"].mean(),
     "mean of the keyword-day 投入产出比 values"),
    ("check_05_campaign_roi", lambda: metrics.summarize(_dresses(), by="date")["roi"].mean(),
     "mean of the 31 daily ROIs"),
    ("check_05_campaign_roi", lambda: 1 / metrics.roi(_dresses()), "upside down"),
    ("check_05_campaign_roi", lambda: metrics.roi(_dresses("2026-09")), "September"),
    ("check_05_campaign_roi", lambda: metrics.roi(_dresses(campaign=None)), "every campaign together"),
    ("check_05_campaign_roi", lambda: metrics.click_conversion(_dresses()), "点击转化率"),
    ("check_05_campaign_roi", lambda: metrics.roi(_dresses()) * 100, "ROI is a plain ratio"),
    ("check_05_campaign_roi", lambda: _dresses(), "table (a pandas DataFrame)"),
    ("check_05_zero_orders", lambda: metrics.click_conversion({"orders": [0], "clicks": [20]}), "raw conversion"),
    ("check_05_zero_orders", lambda: _bounds(metrics.click_conversion(_dresses()))[1], "the estimate"),
    ("check_05_zero_orders", lambda: _bounds(metrics.click_conversion(_dresses()))[0], "the low bound"),
    ("check_05_zero_orders", lambda: _bounds()[2], "flat prior"),
    ("check_05_zero_orders", lambda: _bounds(metrics.click_conversion(_dresses()) * 100)[2], "flat prior"),
    ("check_05_zero_orders", lambda: _bounds(metrics.click_conversion(_dresses(campaign=None)))[2],
     "every campaign together"),
    ("check_05_zero_orders", lambda: _bounds(metrics.click_conversion(_dresses()))[2] * 100,
     "looks like a percentage"),
    ("check_05_zero_orders", lambda: _bounds(metrics.click_conversion(_dresses())), "tuple of 3 values"),
    ("check_05_few_clicks", lambda: "A", "zero is ordinary luck"),
    ("check_05_few_clicks", lambda: "B", "too few clicks to say its ROI is below target"),
    ("check_05_few_clicks", lambda: "C", "far below the target"),
    ("check_05_few_clicks", lambda: 4, "one letter in quotes"),
    ("check_05_bid", lambda: "A", "above break-even"),
    ("check_05_bid", lambda: "C", "lowers the ROI further"),
    ("check_05_bid", lambda: "D", "plenty to judge"),
]


# The Chinese message's fragment for each English one of WRONG_05 (a fragment used twice is in both messages)
ZH_05 = {
    'mean of the keyword-day 投入产出比 values': '每个关键词每天投入产出比的平均值',
    'mean of the 31 daily ROIs': '31 个每日 ROI 的平均值',
    'upside down': '倒过来了',
    'September': '九月的 ROI',
    'every campaign together': '所有计划合起来',
    '点击转化率': '这是这个计划的点击转化率',
    'ROI is a plain ratio': 'ROI 是一个普通的比值',
    'table (a pandas DataFrame)': '一张表（pandas DataFrame）',
    'raw conversion': '原始转化率',
    'the estimate': '估计值（中间那个数）',
    'the low bound': '这是下限',
    'flat prior': '平坦先验',
    'looks like a percentage': '像是百分数',
    'tuple of 3 values': '共 3 个值',
    'zero is ordinary luck': '0 笔只是普通的运气',
    'too few clicks to say its ROI is below target': '点击太少，还说不了它的 ROI 低于目标',
    'far below the target': '下限远低于目标',
    'one letter in quotes': '加引号的字母',
    'above break-even': '高于保本 ROI',
    'lowers the ROI further': '让 ROI 更低',
    'plenty to judge': '已经足够判断了',
}


@pytest.mark.parametrize("name, make, fragment", WRONG_05, ids=case_ids(WRONG_05))
def test_checker_names_the_mistake(name, make, fragment):
    """Each case in English, and in Chinese with its fragment (tests/course_cases.py)."""
    assert_names_the_mistake(name, make, fragment, ZH_05[fragment])


def test_wrong_answer_cases_cover_every_checker_of_lesson_05():
    assert_cover_the_lesson(WRONG_05, "05")


def test_the_judgements_match_the_package_decisions():
    """The right letters are the decisions prune_keywords gives (the checkers build the options from them)."""
    pruned = ppc.prune_keywords(demo("ppc_keywords"), start="2026-10-01", end="2026-10-31", products=demo("products"))
    decision = pruned.set_index("keyword")["decision"]
    assert decision["百搭度假连衣裙"] == "observe" and checker("check_05_few_clicks")("D").passed
    assert decision["百褶半身裙"] == "lower_bid" and checker("check_05_bid")("B").passed


def test_keyword_sample_widget_builds_and_draws():
    """The widget runs prune_keywords once when built, and again when a slider moves."""
    pytest.importorskip("ipywidgets")
    import matplotlib

    matplotlib.use("Agg")
    from shopanalysis.course import widgets

    w = widgets.keyword_sample(demo("ppc_keywords"), "韩版女装", products=demo("products"), start="2026-10-01",
                               end="2026-10-31")
    assert w is not None and hasattr(w, "children")
    w.children[0].value = 500  # clicks: zero orders in 500 clicks is a verdict
    w.update()
    w.children[0].value = 0  # no clicks: nothing to draw, no error
    w.update()
    with pytest.raises(ValueError, match="no keyword"):
        widgets.keyword_sample(demo("ppc_keywords"), "没有这个词", products=demo("products"))


def test_keyword_sample_is_none_without_ipywidgets(monkeypatch):
    import sys

    from shopanalysis.course import widgets

    monkeypatch.setitem(sys.modules, "ipywidgets", None)
    assert widgets.keyword_sample(demo("ppc_keywords"), "韩版女装", margin=0.5) is None
