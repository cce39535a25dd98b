"""Lesson 09 (customers): each checker names the mistakes it diagnoses, in Chinese and in English.

``WRONG_09``: (checker, a wrong answer computed with the package, a fragment of the English message,
a fragment of the Chinese message), as ``WRONG`` in tests/test_course.py with both languages.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import customers as cu
from shopanalysis.course._demo import demo

from course_cases import assert_cover_the_lesson, assert_names_the_mistake, case_ids, checker

OCT = dict(start="2026-10-01", end="2026-10-31")


def _orders():
    return demo("orders")


@lru_cache(maxsize=None)
def _october_orders_per_buyer():
    o = _orders()
    kept = o.loc[~o["refunded"].astype(bool) & o["paid_at"].between("2026-10-01", "2026-11-01", inclusive="left")]
    return kept.groupby("buyer_id").size()


@lru_cache(maxsize=None)
def _segments(end="2026-10-31", **kw):
    return cu.summarize_segments(cu.customer_table(_orders(), observation_end=end, **kw)).set_index("segment")


def _count(segment, **kw):
    return int(_segments(**kw).loc[segment, "customers"])


# (checker, a wrong answer computed with the package, a fragment of the en message, of the zh message)
WRONG_09 = [
    ("check_09_repeat_rate", lambda: cu.repeat_rate(_orders(), include_refunded=True, **OCT),
     "refunded orders too", "退款的订单也算进去"),
    ("check_09_repeat_rate", lambda: cu.repeat_rate(_orders(), start="2026-09-01", end="2026-09-30"),
     "September's rate", "九月的复购率"),
    ("check_09_repeat_rate", lambda: cu.repeat_rate(_orders(), start="2025-11-01", end="2026-10-31"),
     "last twelve months", "近十二个月"),
    ("check_09_repeat_rate",
     lambda: _october_orders_per_buyer().pipe(lambda k: k[k >= 2].sum() / k.sum()), "counted in orders", "按订单算"),
    ("check_09_repeat_rate",
     lambda: cu.returning_share(_orders(), end="2026-10-31").set_index("period").loc["2026-10-01", "returning_share"],
     "returning share", "老客占比"),
    ("check_09_repeat_rate", lambda: 1 - cu.repeat_rate(_orders(), **OCT), "only once", "只下过一次单"),
    ("check_09_repeat_rate", lambda: cu.repeat_rate(_orders(), **OCT) * 100, "looks like a percentage", "百分数"),
    ("check_09_segment_size", lambda: _count("important_winback"), "not of 'Important: keep'", "不是重要保持客户的"),
    ("check_09_segment_size", lambda: _count("important_value"), "Important: value", "重要价值客户的人数"),
    ("check_09_segment_size", lambda: _count("important_keep", end="2026-09-30"), "2026-09-30", "2026-09-30"),
    ("check_09_segment_size",
     lambda: len(cu.reactivation_list(_orders(), observation_end="2026-10-31", model=False)), "whole win-back list",
     "整张召回名单"),
    ("check_09_segment_size", lambda: len(cu.customer_table(_orders(), observation_end="2026-10-31")),
     "all buyers", "全部买家"),
    ("check_09_segment_size", lambda: _segments().loc[["important_keep"], "customers"], "a column (a pandas Series)",
     "一列数据"),
    ("check_09_coupon_or_sms", lambda: "A", "bought only once", "只买过一次"),
    ("check_09_coupon_or_sms", lambda: "C", "because there are many of them", "是因为人多"),
    ("check_09_coupon_or_sms", lambda: "D", "not on the list", "不在召回名单上"),
    ("check_09_coupon_or_sms", lambda: "E", "not one of the options", "E"),
    ("check_09_masked_phones", lambda: "A", "masking protects the buyers", "保护买家"),
    ("check_09_masked_phones", lambda: "C", "leak with one forward", "泄露"),
    ("check_09_masked_phones", lambda: "D", "include_phone=True", "include_phone=True"),
]


@pytest.mark.parametrize("name, make, english, chinese", WRONG_09, ids=case_ids(WRONG_09))
def test_checker_names_the_mistake(name, make, english, chinese):
    with sa.language("en"):  # English first, then the same answer in Chinese (course_cases)
        assert_names_the_mistake(name, make, english, chinese)


def test_wrong_answer_cases_cover_every_checker_of_the_lesson():
    assert_cover_the_lesson(WRONG_09, "09")


def test_right_answers_and_rounding():
    rate = cu.repeat_rate(_orders(), **OCT)
    assert checker("check_09_repeat_rate")(rate).passed
    assert checker("check_09_repeat_rate")(round(rate, 3)).passed
    assert checker("check_09_segment_size")(_count("important_keep")).passed
    assert not checker("check_09_segment_size")(_count("important_keep") + 1).passed, "a count is exact"
    assert checker("check_09_coupon_or_sms")("b").passed
    assert checker("check_09_masked_phones")(" B ").passed


def test_the_coupon_options_are_backed_by_the_numbers():
    """B is the list's own rule, and the important-keep buyers came back far more often than the others."""
    lst = cu.reactivation_list(_orders(), observation_end="2026-10-31", model=False)
    assert set(lst.loc[lst["segment"] == "important_keep", "action"]) == {"coupon"}
    assert set(lst.loc[lst["segment"] != "important_keep", "action"]) == {"sms"}
    then = cu.segment_customers(cu.customer_table(_orders(), observation_end="2026-04-30"))
    later = cu.customer_table(_orders(), observation_end="2026-10-31")
    back = (later.loc[then.index, "last_purchase"] >= pd.Timestamp("2026-05-01")).groupby(then["segment"]).mean()
    assert back["important_keep"] > 5 * back["important_winback"]
    assert back["important_keep"] > 5 * back["general_winback"]
    assert (lst.loc[lst["segment"] == "important_winback", "orders"] == 1).all()


def test_the_messages_show_no_full_phone_number():
    import re

    for lang in ("zh", "en"):
        with sa.language(lang):
            check = checker("check_09_masked_phones")("B")
            texts = [check.message, *(text for _, text in checker("check_09_masked_phones")(None).options)]
            assert not any(re.search(r"(?<!\d)1[3-9]\d{9}(?!\d)", t) for t in texts)
            assert "****" in check.message


def test_segment_widget_builds_starts_on_the_medians_and_redraws():
    """The widget starts at the thresholds the lesson's table gives (on its sliders' grid) and redraws on a move."""
    pytest.importorskip("ipywidgets")
    import matplotlib.pyplot as plt

    from shopanalysis.course import widgets_late

    with sa.language("en"):
        w = widgets_late.segment_explorer(_orders(), observation_end="2026-09-30")
    assert w is not None and hasattr(w, "children")
    recency, frequency, spend = w.children[:3]
    start = cu.segment_thresholds(cu.customer_table(_orders(), observation_end="2026-09-30", phone=None))
    assert recency.value == start["recency_days"] and frequency.value == start["orders"]
    assert spend.value == pytest.approx(start["revenue"])
    for slider in (recency, spend):
        steps = (slider.value - slider.min) / slider.step
        assert steps == pytest.approx(round(steps)), "the start value is on the slider's grid"
    assert recency.description.startswith("R:") and spend.description.startswith("M:")
    recency.value = 90  # a tighter "recent": the function runs again
    w.update()
    plt.close("all")


def test_segment_widget_is_none_without_ipywidgets(monkeypatch):
    import sys

    from shopanalysis.course import widgets_late

    monkeypatch.setitem(sys.modules, "ipywidgets", None)
    assert widgets_late.segment_explorer(_orders(), observation_end="2026-09-30") is None
