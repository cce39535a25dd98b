"""Checkers of lesson 02, the morning review."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .. import sales
from ..text.course import T
from ..text.lesson02 import T as L
from ._demo import demo
from .checks import Option, Text, Trap, check_choice, check_number, describe_value, exercise, other_days

__all__ = ["check_02_pace", "check_02_needed_per_day", "check_02_visitors_yuan", "check_02_team_note"]

PACE_DAY = "2026-09-20"
REVIEW_DAY = "2026-10-15"
YUAN_DAY = "2026-10-11"  # a Sunday: against the Sunday before, visitors added; against Saturday they took away


@lru_cache(maxsize=None)
def _pacing(date, **kwargs) -> sales.Pacing:
    return sales.pace_month(demo("shop_daily"), demo("targets"), date, **kwargs)


@exercise("2.1", Text(L, "2.1.title"))
def check_02_pace(answer):
    p = _pacing(PACE_DAY)
    even = _pacing(PACE_DAY, min_weeks=10_000)  # too little history asked for: an even spread
    traps = [Trap(p.mtd_sales / p.target_amount, L("2.1.trap.share"), L("2.1.trap.hint")),
             Trap(even.pace_ratio, L("2.1.trap.even"), L("2.1.trap.hint"))]
    traps += other_days(lambda d: _pacing(d).pace_ratio, PACE_DAY, offsets=(-1, 1))
    return check_number(
        answer, p.pace_ratio, kind="rate",
        why=L("2.1.why", pace=p.pace_ratio, day=PACE_DAY, sold=describe_value(p.mtd_sales, "money"),
              plan=describe_value(p.mtd_target, "money"),
              verdict=L("2.1.on_track" if p.on_track else "2.1.not_on_track")),
        hint=L("2.1.hint", day=PACE_DAY),
        traps=traps,
    )


@exercise("2.2", Text(L, "2.2.title"))
def check_02_needed_per_day(answer):
    p = _pacing(PACE_DAY)
    traps = [Trap(p.planned_per_day, L("2.2.trap.planned"), L("2.2.trap.planned.hint")),
             Trap(p.gap_to_target, L("2.2.trap.gap"), L("2.2.trap.gap.hint")),
             Trap(p.gap_to_target / (p.days_left + 1), L("2.2.trap.today", day=PACE_DAY),
                  L("2.2.trap.today.hint", day=PACE_DAY, days=p.days_left))]
    month_days = pd.Period(PACE_DAY, "M").days_in_month
    traps += [Trap(p.target_amount / n, T("trap.even_target", target=p.target_amount, days=n),
                   T("trap.even_target.hint")) for n in sorted({30, month_days})]
    traps += other_days(lambda d: _pacing(d).needed_per_day, PACE_DAY, offsets=(-1, 1))
    return check_number(
        answer, p.needed_per_day, kind="money", rtol=1e-3,
        why=L("2.2.why", days=p.days_left, needed=describe_value(p.needed_per_day, "money"),
              target=describe_value(p.target_amount, "money"), planned=describe_value(p.planned_per_day, "money")),
        hint=L("2.2.hint"),
        traps=traps,
    )


def _comparison(date=REVIEW_DAY) -> pd.DataFrame:
    return sales.compare_day(demo("shop_daily"), date).set_index("baseline")


@exercise("2.3", Text(L, "2.3.title"))
def check_02_visitors_yuan(answer):
    c = _comparison(YUAN_DAY)
    row = c.loc["same_weekday_last_week"]
    expected = float(row["yuan_visitors"])
    money = lambda x: describe_value(x, "money")  # noqa: E731
    return check_number(
        answer, expected, kind="money", rtol=1e-3,
        why=L("bilingual.2.3.why", visitors=money(expected), change=money(row["sales_change"]),
              conversion=money(row["yuan_conversion"]), order_value=money(row["yuan_avg_order_value"]),
              saturday=money(c.loc["previous_day", "yuan_visitors"])),
        hint=L("2.3.hint", day=YUAN_DAY),
        traps=[Trap(float(c.loc["previous_day", "yuan_visitors"]), L("2.3.trap.previous"), L("2.3.trap.row.hint")),
               Trap(float(c.loc["trailing_7d_mean", "yuan_visitors"]), L("2.3.trap.trailing"),
                    L("2.3.trap.row.hint")),
               Trap(float(row["sales_change"]), L("2.3.trap.change"), L("2.3.trap.column.hint")),
               Trap(float(row["visitors"] - row["visitors_before"]), L("2.3.trap.people"), L("2.3.trap.column.hint"))],
    )


@exercise("2.4", Text(L, "2.4.title"), judgement=True)
def check_02_team_note(answer):
    row = _comparison().loc["same_weekday_last_week"]
    p = _pacing(REVIEW_DAY)
    money = lambda x: describe_value(x, "money")  # noqa: E731
    rates = dict(before=row["conversion_rate_before"], after=row["conversion_rate"])
    options = {
        "A": Option(L("2.4.A"), False, L("2.4.A.why", cost=money(row["yuan_conversion"]), **rates)),
        "B": Option(L("2.4.B"), True, L("2.4.B.why", visitors=money(row["yuan_visitors"]),
                                       change=money(row["sales_change"]),
                                       more=row["visitors"] / row["visitors_before"] - 1, **rates)),
        "C": Option(L("2.4.C"), False, L("2.4.C.why", pace=p.pace_ratio, needed=money(p.needed_per_day),
                                        planned=money(p.planned_per_day))),
    }
    return check_choice(answer, options, hint=L("2.4.hint"))
