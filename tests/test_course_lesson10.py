"""Lesson 10 (the monthly review): each checker names the mistakes it diagnoses, in Chinese and in English.

``WRONG_10``: (checker, a wrong answer computed with the package, a fragment of the English message,
a fragment of the Chinese message), as ``WRONG`` in tests/test_course.py with both languages.
"""

from __future__ import annotations

from functools import lru_cache

import pytest

import shopanalysis as sa
from shopanalysis import monthly as mo
from shopanalysis.course._demo import demo, month

from course_cases import assert_cover_the_lesson, assert_names_the_mistake, case_ids, checker


@lru_cache(maxsize=None)
def _row(period="2026-10"):
    return mo.compare_months(demo("shop_daily"), period, targets=demo("targets")).iloc[0]


@lru_cache(maxsize=None)
def _suggestion(period="2026-11"):
    return mo.suggest_target(demo("shop_daily"), period)


def _october_sales_to(day):
    days = month(demo("shop_daily"), "2026-10")
    return days.loc[days["date"] <= day, "paid_amount"].sum()


# (checker, a wrong answer computed with the package, a fragment of the en message, of the zh message)
WRONG_10 = [
    ("check_10_target_completion", lambda: _row()["sales_change_pct"], "month-on-month change", "环比"),
    ("check_10_target_completion", lambda: _row()["paid_amount"] / _row()["paid_amount_before"], "1 + the change",
     "本月除以上月"),
    ("check_10_target_completion", lambda: _row("2026-09")["target_completion"], "September's completion",
     "九月的目标完成率"),
    ("check_10_target_completion", lambda: _row()["target_amount"] / _row()["paid_amount"], "upside down", "倒过来"),
    ("check_10_target_completion", lambda: 1 - _row()["target_completion"], "not made", "没完成的那部分"),
    ("check_10_target_completion", lambda: _row()["paid_amount"] / _row("2026-09")["target_amount"],
     "September's target", "九月的目标"),
    ("check_10_target_completion", lambda: _october_sales_to("2026-10-30") / _row()["target_amount"],
     "2026-10-01 to 2026-10-30", "2026-10-30"),
    ("check_10_target_completion", lambda: _row()["target_completion"] * 100, "looks like a percentage", "百分数"),
    ("check_10_biggest_factor", lambda: "avg_order_value", "largest in September", "九月（例题）才是它最大"),
    ("check_10_biggest_factor", lambda: "客单价", "largest in September", "九月（例题）才是它最大"),
    ("check_10_biggest_factor", lambda: "conversion_rate", "less than the visitors'", "比访客数的"),
    ("check_10_biggest_factor", lambda: _row()["yuan_visitors"], "a name in quotes", "加引号"),
    ("check_10_first_action", lambda: "A", "second, after the detail pages'", "排第二"),
    ("check_10_first_action", lambda: "B", "no money at stake", "不给召回算涉及金额"),
    ("check_10_first_action", lambda: "D", "third of the three", "排第三"),
    ("check_10_next_target", lambda: _suggestion()["low"], "low end of the range", "范围的下端"),
    ("check_10_next_target", lambda: _suggestion()["high"], "high end of the range", "范围的上端"),
    ("check_10_next_target", lambda: _suggestion("2026-10")["amount"], "suggestion for October", "十月的建议"),
    ("check_10_next_target", lambda: _row()["paid_amount"], "October's actual sales", "十月实际的支付金额"),
    ("check_10_next_target", lambda: month(demo("shop_daily"), "2025-11")["paid_amount"].sum(), "last November",
     "去年十一月"),
    ("check_10_next_target", lambda: _row()["target_amount"], "October's target", "十月的目标"),
    ("check_10_next_target", lambda: _row()["paid_amount"] * (1 + _row()["sales_change_pct"]),
     "cannot be extrapolated", "外推"),
]


@pytest.mark.parametrize("name, make, english, chinese", WRONG_10, ids=case_ids(WRONG_10))
def test_checker_names_the_mistake(name, make, english, chinese):
    with sa.language("en"):  # English first, then the same answer in Chinese (course_cases)
        assert_names_the_mistake(name, make, english, chinese)


def test_wrong_answer_cases_cover_every_checker_of_the_lesson():
    assert_cover_the_lesson(WRONG_10, "10")


def test_right_answers_in_either_language_and_rounding():
    assert checker("check_10_target_completion")(round(_row()["target_completion"], 3)).passed
    for name in ("visitors", "访客数", "Visitors", " VISITORS "):
        assert checker("check_10_biggest_factor")(name).passed, name
    assert checker("check_10_first_action")("c").passed
    assert checker("check_10_next_target")(round(_suggestion()["amount"], -3)).passed


def test_the_first_action_is_the_one_with_most_money_and_win_back_has_none():
    from shopanalysis.course.lesson10 import CHOICES, actions

    ranked = actions()
    assert ranked.iloc[0]["source"] == "pages" == CHOICES["C"]
    assert set(CHOICES.values()) <= set(ranked["source"])
    winback = ranked.set_index("source").loc["winback"]
    assert winback["money_at_stake"] != winback["money_at_stake"], "win-back has no money at stake (NaN)"


def test_the_split_adds_up_and_visitors_gave_most_in_october_not_in_september():
    row, september = _row(), _row("2026-09")
    parts = [row["yuan_visitors"], row["yuan_conversion"], row["yuan_avg_order_value"]]
    assert sum(parts) == pytest.approx(row["sales_change"])
    assert max(parts) == row["yuan_visitors"]
    assert september["yuan_avg_order_value"] > max(september["yuan_visitors"], september["yuan_conversion"])


def test_the_suggestion_lies_in_its_range():
    s = _suggestion()
    assert s["low"] <= s["amount"] <= s["high"]
