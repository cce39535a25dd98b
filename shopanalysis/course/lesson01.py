"""Checkers of lesson 01, the sales formula."""

from __future__ import annotations

from functools import lru_cache

from .._lang import get_language
from .. import metrics, vocab
from ..text.course import T
from ._demo import day, demo, month
from .checks import (Option, Trap, check_choice, check_number, describe_value, exercise, mean_of_ratios,
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


@exercise("1.1", "October's conversion rate")
def check_01_conversion(answer):
    days = demo("shop_daily")
    october = month(days, MONTH)
    expected = metrics.conversion_rate(october)
    september = metrics.conversion_rate(month(days, "2026-09"))
    one_day = metrics.conversion_rate(day(days, REVIEW_DAY))
    return check_number(
        answer, expected, kind="rate",
        why=(f"{expected:.2%} of October's visitors paid (支付转化率 = 支付买家数 / 访客数, summed over the month). "
             f"A month's rate is a ratio of sums, so a busy day weighs more than a quiet one, as it should."),
        hint='select October\'s rows, then call sa.metrics.conversion_rate(october) on all of them at once',
        traps=[mean_of_ratios(october, "conversion_rate"),
               Trap(september, "that is September's conversion rate", "select the rows of 2026-10"),
               Trap(one_day, f"that is the rate of one day ({REVIEW_DAY}), not of the month",
                    "select every day of October"),
               Trap(metrics.conversion_rate(days), "that is the rate of the whole year", "select October's rows"),
               *_october_windows(get_language())],
    )


@exercise("1.2", "Sales with 8,000 visitors")
def check_01_more_visitors(answer):
    days = demo("shop_daily")
    today = day(days, REVIEW_DAY)
    conversion, order_value = metrics.conversion_rate(today), metrics.avg_order_value(today)
    expected = metrics.sales_identity(WHAT_IF_VISITORS, conversion, order_value)
    actual = float(today["paid_amount"].sum())
    return check_number(
        answer, expected, kind="money", rtol=1e-4,
        why=(f"{WHAT_IF_VISITORS:,} x {conversion:.2%} x ¥{order_value:,.2f} = {describe_value(expected, 'money')}: "
             f"with conversion and 客单价 unchanged, sales grow in step with visitors (+{expected / actual - 1:.1%} "
             f"for +{WHAT_IF_VISITORS / today['visitors'].sum() - 1:.1%} visitors)."),
        hint=("sa.metrics.sales_identity(8000, conversion, order_value), with the day's conversion_rate and "
              "avg_order_value computed by sa.metrics"),
        traps=[Trap(actual, f"that is the day's actual sales, with its {int(today['visitors'].sum()):,} visitors",
                    "put 8000 in place of the visitors"),
               Trap(expected - actual, "that is only the extra sales; the exercise asks for the day's sales",
                    "give the whole day's sales with 8,000 visitors")],
    )


@exercise("1.3", "The visitors' part against the day before")
def check_01_visitors_share(answer):
    """The visitors' part of the change in yuan: unlike their share, it shows a comparison made backwards."""
    days = demo("shop_daily")
    split = metrics.split_sales_change(day(days, DAY_BEFORE), day(days, REVIEW_DAY))
    expected = float(split.loc["visitors", "yuan"])
    total = split.attrs["total"]
    worked = metrics.split_sales_change(day(days, LAST_WEEK), day(days, REVIEW_DAY))
    others = T("labels.sep").join(T("l01.parts.other", name=vocab.label(key), yuan=split.loc[key, "yuan"])
                       for key in ("conversion_rate", "avg_order_value"))
    column = T("l01.parts.yuan_column")
    return check_number(
        answer, expected, kind="money", rtol=1e-3,
        why=T("l01.parts.why", yuan=expected, change=total["change"], share=float(split.loc["visitors", "share"]),
              others=others),
        hint=T("l01.parts.hint"),
        traps=[Trap(-expected, T("trap.reversed", before=DAY_BEFORE, after=REVIEW_DAY), T("trap.reversed.hint")),
               Trap(float(worked.loc["visitors", "yuan"]), T("l01.parts.worked", day=LAST_WEEK, before=DAY_BEFORE),
                    T("l01.parts.worked.hint", before=DAY_BEFORE)),
               Trap(float(split.loc["visitors", "share"]), T("l01.parts.share"), column),
               Trap(float(split.loc["visitors", "pct_change"]), T("l01.parts.pct"), column),
               Trap(float(split.loc["visitors", "log_change"]), T("l01.parts.log"), column),
               Trap(float(total["change"]), T("l01.parts.change"), column),
               Trap(float(split.loc["visitors", "after"] - split.loc["visitors", "before"]), T("l01.parts.people"),
                    column)],
    )


@exercise("1.4", "Which 10% is worth most", judgement=True)
def check_01_ten_percent(answer):
    days = demo("shop_daily")
    today = day(days, REVIEW_DAY)
    v = float(today["visitors"].sum())
    c, a = metrics.conversion_rate(today), metrics.avg_order_value(today)
    base = metrics.sales_identity(v, c, a)
    gains = {
        "visitors": metrics.sales_identity(v * 1.1, c, a) - base,
        "conversion": metrics.sales_identity(v, c * 1.1, a) - base,
        "order value": metrics.sales_identity(v, c, a * 1.1) - base,
    }
    each = ", ".join(f"{k} +¥{g:,.0f}" for k, g in gains.items())
    options = {
        "A": Option("10% more visitors", False,
                    f"it adds +¥{gains['visitors']:,.0f}, exactly as much as the other two ({each}): sales is a "
                    f"product, so 10% more of any factor is 10% more sales."),
        "B": Option("a 10% higher conversion rate", False,
                    f"{c:.2%} -> {c * 1.1:.2%} adds +¥{gains['conversion']:,.0f}, the same as the others ({each})."),
        "C": Option("a 10% higher 客单价", False,
                    f"¥{a:,.0f} -> ¥{a * 1.1:,.0f} adds +¥{gains['order value']:,.0f}, the same as the others "
                    f"({each})."),
        "D": Option("they are worth the same", True,
                    f"sales = 访客数 x 支付转化率 x 客单价, so +10% of any one factor is +10% of sales: {each}. "
                    f"Which to pull then depends on what is cheapest and quickest to move, and for most shops "
                    f"that is traffic."),
    }
    return check_choice(answer, options, hint="compute each case with sa.metrics.sales_identity and compare")
