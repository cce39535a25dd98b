"""Checkers of lesson 01, the sales formula."""

from __future__ import annotations

from functools import lru_cache

from .._lang import get_language
from .. import metrics, vocab
from ..text.course import T
from ..text.lesson01 import T as L
from ._demo import day, demo, month
from .checks import (Option, Text, Trap, check_choice, check_number, describe_value, exercise, mean_of_ratios,
                     partial_windows)

__all__ = ["check_01_conversion", "check_01_more_visitors", "check_01_visitors_share", "check_01_ten_percent"]

MONTH = "2026-10"
REVIEW_DAY = "2026-10-15"
LAST_WEEK = "2026-10-08"
DAY_BEFORE = "2026-10-14"
WHAT_IF_VISITORS = 8000


@lru_cache(maxsize=None)
def _october_windows(lang: str) -> tuple[Trap, ...]:  # messages in ``lang``: cached per language
    """October's rows selected short (2026-10-01 to 10-30, the first half, ...): each its own explanation."""
    days = demo("shop_daily")
    return tuple(partial_windows(lambda start, end: metrics.conversion_rate(days[days["date"].between(start, end)]),
                                 MONTH))


@exercise("1.1", Text(L, "1.1.title"))
def check_01_conversion(answer):
    days = demo("shop_daily")
    october = month(days, MONTH)
    expected = metrics.conversion_rate(october)
    september = metrics.conversion_rate(month(days, "2026-09"))
    one_day = metrics.conversion_rate(day(days, REVIEW_DAY))
    return check_number(
        answer, expected, kind="rate",
        why=L("bilingual.1.1.why", rate=expected),
        hint=L("1.1.hint"),
        traps=[mean_of_ratios(october, "conversion_rate"),
               Trap(september, L("1.1.trap.september"), L("1.1.trap.september.hint")),
               Trap(one_day, L("1.1.trap.one_day", day=REVIEW_DAY), L("1.1.trap.one_day.hint")),
               Trap(metrics.conversion_rate(days), L("1.1.trap.year"), L("1.1.trap.year.hint")),
               *_october_windows(get_language())],
    )


@exercise("1.2", Text(L, "1.2.title"))
def check_01_more_visitors(answer):
    days = demo("shop_daily")
    today = day(days, REVIEW_DAY)
    conversion, order_value = metrics.conversion_rate(today), metrics.avg_order_value(today)
    expected = metrics.sales_identity(WHAT_IF_VISITORS, conversion, order_value)
    actual = float(today["paid_amount"].sum())
    return check_number(
        answer, expected, kind="money", rtol=1e-4,
        why=L("bilingual.1.2.why", visitors=WHAT_IF_VISITORS, rate=conversion, order_value=order_value,
              sales=describe_value(expected, "money"), more_sales=expected / actual - 1,
              more_visitors=WHAT_IF_VISITORS / today["visitors"].sum() - 1),
        hint=L("1.2.hint"),
        traps=[Trap(actual, L("1.2.trap.actual", visitors=int(today["visitors"].sum())), L("1.2.trap.actual.hint")),
               Trap(expected - actual, L("1.2.trap.extra"), L("1.2.trap.extra.hint"))],
    )


@exercise("1.3", Text(L, "1.3.title"))
def check_01_visitors_share(answer):
    """The visitors' part of the change in yuan: unlike their share, it shows a comparison made backwards."""
    days = demo("shop_daily")
    split = metrics.split_sales_change(day(days, DAY_BEFORE), day(days, REVIEW_DAY))
    expected = float(split.loc["visitors", "yuan"])
    total = split.attrs["total"]
    worked = metrics.split_sales_change(day(days, LAST_WEEK), day(days, REVIEW_DAY))
    others = T("labels.sep").join(L("1.3.other", name=vocab.label(key), yuan=split.loc[key, "yuan"])
                       for key in ("conversion_rate", "avg_order_value"))
    column = L("1.3.yuan_column")
    return check_number(
        answer, expected, kind="money", rtol=1e-3,
        why=L("1.3.why", yuan=expected, change=total["change"], share=float(split.loc["visitors", "share"]),
              others=others),
        hint=L("1.3.hint"),
        traps=[Trap(-expected, T("trap.reversed", before=DAY_BEFORE, after=REVIEW_DAY), T("trap.reversed.hint")),
               Trap(float(worked.loc["visitors", "yuan"]), L("1.3.worked", day=LAST_WEEK, before=DAY_BEFORE),
                    L("1.3.worked.hint", before=DAY_BEFORE)),
               Trap(float(split.loc["visitors", "share"]), L("1.3.share"), column),
               Trap(float(split.loc["visitors", "pct_change"]), L("1.3.pct"), column),
               Trap(float(split.loc["visitors", "log_change"]), L("1.3.log"), column),
               Trap(float(total["change"]), L("1.3.change"), column),
               Trap(float(split.loc["visitors", "after"] - split.loc["visitors", "before"]), L("1.3.people"),
                    column)],
    )


@exercise("1.4", Text(L, "1.4.title"), judgement=True)
def check_01_ten_percent(answer):
    days = demo("shop_daily")
    today = day(days, REVIEW_DAY)
    v = float(today["visitors"].sum())
    c, a = metrics.conversion_rate(today), metrics.avg_order_value(today)
    base = metrics.sales_identity(v, c, a)
    gains = {
        "visitors": metrics.sales_identity(v * 1.1, c, a) - base,
        "conversion": metrics.sales_identity(v, c * 1.1, a) - base,
        "order_value": metrics.sales_identity(v, c, a * 1.1) - base,
    }
    each = T("labels.sep").join(L("1.4.gain", name=L(f"1.4.name.{k}"), gain=g) for k, g in gains.items())
    options = {
        "A": Option(L("1.4.A"), False, L("1.4.A.why", gain=gains["visitors"], each=each)),
        "B": Option(L("1.4.B"), False, L("1.4.B.why", rate=c, higher=c * 1.1, gain=gains["conversion"], each=each)),
        "C": Option(L("bilingual.1.4.C"), False, L("1.4.C.why", value=a, higher=a * 1.1, gain=gains["order_value"], each=each)),
        "D": Option(L("1.4.D"), True, L("bilingual.1.4.D.why", each=each)),
    }
    return check_choice(answer, options, hint=L("1.4.hint"))
