"""Checkers of lesson 02, the morning review."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .. import sales
from ..text.course import T
from ._demo import demo
from .checks import Option, Trap, check_choice, check_number, describe_value, exercise, other_days

__all__ = ["check_02_pace", "check_02_needed_per_day", "check_02_visitors_yuan", "check_02_team_note"]

PACE_DAY = "2026-09-20"
REVIEW_DAY = "2026-10-15"
YUAN_DAY = "2026-10-11"  # a Sunday: against the Sunday before, visitors added; against Saturday they took away


@lru_cache(maxsize=None)
def _pacing(date, **kwargs) -> sales.Pacing:
    return sales.pace_month(demo("shop_daily"), demo("targets"), date, **kwargs)


@exercise("2.1", "September's pace on the 20th")
def check_02_pace(answer):
    p = _pacing(PACE_DAY)
    even = _pacing(PACE_DAY, min_weeks=10_000)  # too little history asked for: an even spread
    traps = [Trap(p.mtd_sales / p.target_amount, "that is the share of the whole month's target sold so far; the "
                  "pace compares sales with the plan for the days gone", "take .pace_ratio from sa.sales.pace_month"),
             Trap(even.pace_ratio, "that is the pace against an even spread of the target (every day alike); the "
                  "plan gives each weekday its own weight", "take .pace_ratio from sa.sales.pace_month")]
    traps += other_days(lambda d: _pacing(d).pace_ratio, PACE_DAY, offsets=(-1, 1))
    return check_number(
        answer, p.pace_ratio, kind="rate",
        why=(f"{p.pace_ratio:.1%}: by {PACE_DAY} September had sold {describe_value(p.mtd_sales, 'money')} against "
             f"a plan of {describe_value(p.mtd_target, 'money')} for those days. Slightly behind: "
             f"{'on track' if p.on_track else 'not on track'}, and worth a look before it grows."),
        hint=f'pacing = sa.sales.pace_month(days, targets, "{PACE_DAY}"), then pacing.pace_ratio',
        traps=traps,
    )


@exercise("2.2", "What each day left must sell")
def check_02_needed_per_day(answer):
    p = _pacing(PACE_DAY)
    traps = [Trap(p.planned_per_day, "that is what the plan has for an average day left; to make up the gap each "
                  "day must sell more", "take .needed_per_day"),
             Trap(p.gap_to_target, "that is the whole gap to the target, not per day", "divide by the days left, "
                  "or take .needed_per_day"),
             Trap(p.gap_to_target / (p.days_left + 1), f"that counts {PACE_DAY} itself among the days left; its "
                  f"sales are already in", f"the days left are the {p.days_left} days after {PACE_DAY}")]
    month_days = pd.Period(PACE_DAY, "M").days_in_month
    traps += [Trap(p.target_amount / n, T("trap.even_target", target=p.target_amount, days=n),
                   T("trap.even_target.hint")) for n in sorted({30, month_days})]
    traps += other_days(lambda d: _pacing(d).needed_per_day, PACE_DAY, offsets=(-1, 1))
    return check_number(
        answer, p.needed_per_day, kind="money", rtol=1e-3,
        why=(f"each of the {p.days_left} days left must sell {describe_value(p.needed_per_day, 'money')} on "
             f"average to reach {describe_value(p.target_amount, 'money')}, against "
             f"{describe_value(p.planned_per_day, 'money')} in the plan: the number to give the team this morning."),
        hint="pacing.needed_per_day = gap to target / days left",
        traps=traps,
    )


def _comparison(date=REVIEW_DAY) -> pd.DataFrame:
    return sales.compare_day(demo("shop_daily"), date).set_index("baseline")


@exercise("2.3", "Yuan from visitors against last Sunday")
def check_02_visitors_yuan(answer):
    c = _comparison(YUAN_DAY)
    row = c.loc["same_weekday_last_week"]
    expected = float(row["yuan_visitors"])
    return check_number(
        answer, expected, kind="money", rtol=1e-3,
        why=(f"{describe_value(expected, 'money')} came from more visitors against the Sunday before, in a "
             f"change of {describe_value(row['sales_change'], 'money')} (conversion "
             f"{describe_value(row['yuan_conversion'], 'money')}, 客单价 "
             f"{describe_value(row['yuan_avg_order_value'], 'money')}). Against the Saturday before, visitors "
             f"took {describe_value(c.loc['previous_day', 'yuan_visitors'], 'money')}: Sundays draw more visitors "
             f"than Saturdays, so only the same weekday says whether traffic really grew."),
        hint=f'sa.sales.compare_day(days, "{YUAN_DAY}"), then the same_weekday_last_week row\'s "yuan_visitors"',
        traps=[Trap(float(c.loc["previous_day", "yuan_visitors"]), f"that is against the day before (the "
                    f"Saturday); the exercise compares with the Sunday a week before",
                    "take the same_weekday_last_week row"),
               Trap(float(c.loc["trailing_7d_mean", "yuan_visitors"]), "that is against the 7-day average",
                    "take the same_weekday_last_week row"),
               Trap(float(row["sales_change"]), "that is the whole change in sales, not the visitors' part",
                    'take the "yuan_visitors" column'),
               Trap(float(row["visitors"] - row["visitors_before"]), "that is the change in visitors (people), "
                    "not in yuan", 'take the "yuan_visitors" column')],
    )


@exercise("2.4", "The note for the team", judgement=True)
def check_02_team_note(answer):
    row = _comparison().loc["same_weekday_last_week"]
    p = _pacing(REVIEW_DAY)
    change = describe_value(row["sales_change"], "money")
    options = {
        "A": Option("Conversion improved: keep whatever we changed on the product pages, and send more traffic "
                    "to them.", False,
                    f"conversion fell, from {row['conversion_rate_before']:.2%} to {row['conversion_rate']:.2%}, "
                    f"and cost {describe_value(row['yuan_conversion'], 'money')} of the change."),
        "B": Option("Sales rose mostly on more visitors; find which source brought them, and watch conversion.",
                    True,
                    f"visitors brought {describe_value(row['yuan_visitors'], 'money')} of the {change} rise "
                    f"(+{row['visitors'] / row['visitors_before'] - 1:.1%} visitors), while conversion fell from "
                    f"{row['conversion_rate_before']:.2%} to {row['conversion_rate']:.2%}. Lesson 03 finds the "
                    f"source."),
        "C": Option("A good day: sales beat last Thursday, so October is back on track; keep the plan as it is.",
                    False,
                    f"one good day does not make the month: October's pace is {p.pace_ratio:.0%} of plan and each "
                    f"day left must sell {describe_value(p.needed_per_day, 'money')} (the plan has "
                    f"{describe_value(p.planned_per_day, 'money')})."),
    }
    return check_choice(answer, options, hint="look at the yuan_* parts of the same_weekday_last_week row, and "
                                              "at the month's pacing")
