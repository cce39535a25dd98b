"""Checkers of lesson 01, the sales formula."""

from __future__ import annotations

from .. import metrics
from ._demo import day, demo, month
from .checks import Option, Trap, check_choice, check_number, describe_value, exercise, mean_of_ratios

__all__ = ["check_01_conversion", "check_01_more_visitors", "check_01_visitors_share", "check_01_ten_percent"]

MONTH = "2026-10"
REVIEW_DAY = "2026-10-15"
LAST_WEEK = "2026-10-08"
DAY_BEFORE = "2026-10-14"
WHAT_IF_VISITORS = 8000


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
               Trap(metrics.conversion_rate(days), "that is the rate of the whole year", "select October's rows")],
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


@exercise("1.3", "The visitors' share against the day before")
def check_01_visitors_share(answer):
    days = demo("shop_daily")
    split = metrics.split_sales_change(day(days, DAY_BEFORE), day(days, REVIEW_DAY))
    expected = float(split.loc["visitors", "share"])
    total = split.attrs["total"]
    worked = metrics.split_sales_change(day(days, LAST_WEEK), day(days, REVIEW_DAY))
    others = ", ".join(f"{name} {describe_value(split.loc[key, 'yuan'], 'money')}"
                       for key, name in (("conversion_rate", "conversion"), ("avg_order_value", "客单价")))
    return check_number(
        answer, expected, kind="rate",
        why=(f"visitors' share is {expected:.0%}: more than all of the {describe_value(total['change'], 'money')} "
             f"change, because the other factors pulled the other way ({others}). Visitors alone would have "
             f"added {describe_value(split.loc['visitors', 'yuan'], 'money')}; a share above 100% always means "
             f"another factor worked against it, here a lower conversion rate."),
        hint=('split = sa.metrics.split_sales_change(day_before, day), then split.loc["visitors", "share"]'),
        traps=[Trap(float(worked.loc["visitors", "share"]), "that is the share against last Thursday "
                    f"({LAST_WEEK}), the worked example; this exercise compares with the day before, {DAY_BEFORE}",
                    f"use the rows of {DAY_BEFORE} as before"),
               Trap(float(split.loc["visitors", "pct_change"]), "that is how much the visitors themselves grew "
                    "(pct_change), not their share of the change in sales", 'take the "share" column'),
               Trap(float(split.loc["visitors", "yuan"]), "that is the visitors' part in yuan; the share is "
                    "that part over the whole change", 'take the "share" column'),
               Trap(float(split.loc["visitors", "log_change"]), "that is the visitors' log change; the share "
                    "divides it by the log change of sales", 'take the "share" column')],
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
