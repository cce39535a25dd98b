"""Lesson 07 (customer service): each checker names the mistakes it diagnoses, and the widget builds.

``WRONG_07``: (checker, a wrong answer computed with the package, a fragment of the message
it must get), as ``WRONG`` in tests/test_course.py.
"""

from __future__ import annotations

import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import customer_service as cs
from shopanalysis import metrics
from shopanalysis.course._demo import demo, month

from course_cases import assert_cover_the_lesson, assert_names_the_mistake, case_ids, checker


@pytest.fixture(autouse=True)
def english():
    """These cases check the English messages; tests/test_course_session.py checks both languages."""
    with sa.language("en"):
        yield


def _lili(period):
    rows = month(demo("cs_daily"), period)
    return rows[rows["agent"] == "丽丽"]


def _october_value(**kw):
    return cs.summarize_inquiry_value(demo("cs_daily"), demo("ppc_keywords"), start="2026-10-01",
                                      end="2026-10-31", **kw)


def _october_ads():
    return month(demo("ppc_keywords"), "2026-10")


# (checker, a wrong answer computed with the package, a fragment of the message it must get)
WRONG_07 = [
    ("check_07_agent_conversion",
     lambda: metrics.add_metrics(_lili("2026-09"), ["inquiry_conversion"])["inquiry_conversion"].mean(),
     "mean of the daily"),
    ("check_07_agent_conversion", lambda: metrics.inquiry_conversion(_lili("2026-10")), "October rate"),
    ("check_07_agent_conversion", lambda: metrics.inquiry_conversion(month(demo("cs_daily"), "2026-09")),
     "whole team's September"),
    ("check_07_agent_conversion",
     lambda: metrics.inquiry_conversion(demo("cs_daily")[demo("cs_daily")["agent"] == "丽丽"]), "whole year"),
    ("check_07_agent_conversion",
     lambda: _lili("2026-09")["inquiry_buyers"].sum() / _lili("2026-09")["received"].sum(), "接待人数"),
    ("check_07_agent_conversion", lambda: 1 - metrics.inquiry_conversion(_lili("2026-09")), "did NOT pay"),
    ("check_07_agent_conversion", lambda: metrics.inquiry_conversion(_lili("2026-09")) * 100,
     "looks like a percentage"),
    ("check_07_agent_conversion", lambda: _lili("2026-09"), "table (a pandas DataFrame)"),
    ("check_07_inquiry_cost", lambda: _october_value()["cost_per_order"], "one whole order"),
    ("check_07_inquiry_cost",
     lambda: _october_value()["cost_per_order"] / _october_value()["inquiry_conversion"], "divides by 询单转化率"),
    ("check_07_inquiry_cost", lambda: cs.cost_per_inquiry(1.0, 0.0128, 0.30), "article's example"),
    ("check_07_inquiry_cost",
     lambda: cs.summarize_inquiry_value(demo("cs_daily"), demo("ppc_keywords"))["cost_per_inquiry"], "whole year"),
    ("check_07_inquiry_cost",
     lambda: cs.summarize_inquiry_value(demo("cs_daily"), demo("ppc_keywords"), start="2026-09-01",
                                        end="2026-09-30")["cost_per_inquiry"], "September"),
    ("check_07_inquiry_cost",
     lambda: cs.cost_per_inquiry(metrics.cpc(_october_ads()), metrics.click_conversion(_october_ads()) * 100,
                                 metrics.inquiry_conversion(month(demo("cs_daily"), "2026-10"))), "100 times too small"),
    ("check_07_inquiry_cost",
     lambda: cs.cost_per_inquiry(metrics.cpc(_october_ads()), metrics.ctr(_october_ads()),
                                 metrics.inquiry_conversion(month(demo("cs_daily"), "2026-10"))), "点击率 (CTR"),
    ("check_07_inquiry_cost",
     lambda: cs.cost_per_inquiry(metrics.cpc(_october_ads()), metrics.click_conversion(_october_ads()),
                                 metrics.inquiry_conversion(month(demo("cs_daily"), "2026-10")) * 100),
     "100 times too big"),
    ("check_07_inquiry_cost", lambda: f"¥{_october_value()['cost_per_inquiry']:.2f}", "text"),
    ("check_07_coaching", lambda: "A", "for coaching"),
    ("check_07_coaching", lambda: "B", "within the 20 s target"),
    ("check_07_coaching", lambda: "D", "still name the gap"),
    ("check_07_coaching", lambda: "E", "not one of the options"),
]


# The Chinese message's fragment for each English one of WRONG_07 (a fragment used twice is in both messages)
ZH_07 = {
    'mean of the daily': '每天询单转化率的平均值',
    'October rate': '丽丽十月的转化率',
    "whole team's September": '整个团队九月',
    'whole year': '全年',
    '接待人数': '除以接待人数',
    'did NOT pay': '没有付款的比例',
    'looks like a percentage': '像是百分数',
    'table (a pandas DataFrame)': '一张表（pandas DataFrame）',
    'one whole order': '一整单的成本',
    'divides by 询单转化率': '除以询单转化率，而不是乘以它',
    "article's example": '文章里的例子',
    'September': '九月的值',
    '100 times too small': '小了 100 倍',
    '点击率 (CTR': '用了点击率（CTR',
    '100 times too big': '大了 100 倍',
    'text': '文字',
    'for coaching': '记分卡是用来辅导的',
    'within the 20 s target': '在 20 秒的目标以内',
    'still name the gap': '差距也还是要点出来',
    'not one of the options': '不是选项',
}


@pytest.mark.parametrize("name, make, fragment", WRONG_07, ids=case_ids(WRONG_07))
def test_checker_names_the_mistake(name, make, fragment):
    """Each case in English, and in Chinese with its fragment (tests/course_cases.py)."""
    assert_names_the_mistake(name, make, fragment, ZH_07[fragment])


def test_wrong_answer_cases_cover_every_checker_of_the_lesson():
    assert_cover_the_lesson(WRONG_07, "07")


def test_right_answers_and_rounding():
    assert checker("check_07_agent_conversion")(round(metrics.inquiry_conversion(_lili("2026-09")), 3)).passed
    assert checker("check_07_inquiry_cost")(round(_october_value()["cost_per_inquiry"], 2)).passed
    assert checker("check_07_inquiry_cost")(_october_value()["cost_per_inquiry"]).passed
    assert checker("check_07_coaching")("c").passed


def test_the_coaching_options_are_backed_by_the_numbers():
    """The right option names 丽丽's weakest metric, and the wrong ones are wrong on the data."""
    days = demo("shop_daily")
    agents = cs.summarize_agents(demo("cs_daily"), start="2026-10-01", end="2026-10-31", shop_daily=days)
    team = cs.summarize_team(demo("cs_daily"), start="2026-10-01", end="2026-10-31", shop_daily=days)
    lili = agents.set_index("agent").loc["丽丽"]
    assert lili["inquiry_conversion"] == agents["inquiry_conversion"].min() < team["inquiry_conversion"]
    assert lili["first_response_s"] <= cs.RESPONSE_TARGET_S  # B is wrong: she is within the target
    assert lili["order_value_vs_shop"] > 1  # D's praise is true, but not the point
    training = cs.suggest_training(agents, team)
    assert training.loc[training["agent"] == "丽丽", "metric"].iloc[0] == "inquiry_conversion"


def test_widget_builds_and_draws():
    """The widget runs its drawing function once when built, and again when a slider moves."""
    pytest.importorskip("ipywidgets")
    import matplotlib.pyplot as plt

    from shopanalysis.course import widgets

    names = {}
    for lang in ("en", "zh"):  # the labels follow the language the widget is built in
        with sa.language(lang):
            w = widgets.inquiry_cost(demo("cs_daily"), demo("ppc_keywords"), start="2026-10-01", end="2026-10-31")
        assert w is not None and hasattr(w, "children")
        names[lang] = [c.description for c in w.children[:4]]
    assert names["en"] == ["CPC ¥", "点击转化率 click conversion %", "询单转化率 inquiry conversion %", "missed a day"]
    assert names["zh"] == ["平均点击花费 CPC ¥", "点击转化率 %", "询单转化率 %", "每天漏掉"]
    v = _october_value()
    assert w.children[2].value == pytest.approx(v["inquiry_conversion"] * 100)
    w.children[3].value = 20  # twenty missed inquiries a day: the function runs again
    w.update()
    plt.close("all")


def test_widget_is_none_without_ipywidgets(monkeypatch):
    import sys

    from shopanalysis.course import widgets

    monkeypatch.setitem(sys.modules, "ipywidgets", None)
    assert widgets.inquiry_cost(demo("cs_daily"), demo("ppc_keywords")) is None
