"""Checkers of lesson 00, how to use this course."""

from __future__ import annotations

from ..text.lesson00 import T as L
from ._demo import day, demo, month
from .checks import Option, Text, Trap, check_choice, check_number, describe_value, exercise, other_days

__all__ = ["check_00_days", "check_00_sales_on_a_day", "check_00_routine", "check_00_skipping"]

REVIEW_DAY = "2026-10-15"


@exercise("0.1", Text(L, "0.1.title"))
def check_00_days(answer):
    days = demo("shop_daily")
    n = len(days)
    first, last = days["date"].min(), days["date"].max()
    return check_number(
        answer, n, kind="count",
        why=L("0.1.why", n=n, first=first, last=last),
        hint=L("0.1.hint"),
        traps=[Trap(n - 1, L("0.1.trap.one_short"), L("0.1.trap.one_short.hint")),
               Trap(len(days.columns), L("0.1.trap.columns"), L("0.1.trap.columns.hint"))],
    )


def _sales(date) -> float:
    rows = day(demo("shop_daily"), date)
    if rows.empty:
        raise KeyError(date)
    return float(rows["paid_amount"].sum())


@exercise("0.2", Text(L, "0.2.title", day=REVIEW_DAY))
def check_00_sales_on_a_day(answer):
    days = demo("shop_daily")
    expected = _sales(REVIEW_DAY)
    october = month(days, "2026-10")
    traps = other_days(_sales, REVIEW_DAY, offsets=(-1, 1, -7))
    traps.append(Trap(float(october["paid_amount"].sum()), L("0.2.trap.month"),
                      L("0.2.trap.select.hint", day=REVIEW_DAY)))
    traps.append(Trap(float(day(days, REVIEW_DAY)["visitors"].sum()), L("bilingual.0.2.trap.visitors"),
                      L("0.2.trap.visitors.hint")))
    return check_number(
        answer, expected, kind="money", rtol=1e-6, atol=0.01,
        why=L("bilingual.0.2.why", sales=describe_value(expected, "money"), day=REVIEW_DAY),
        hint=L("0.2.hint", day=REVIEW_DAY),
        traps=traps,
    )


@exercise("0.3", Text(L, "0.3.title"))
def check_00_routine(answer):
    expected = 0.99 ** 100
    power = L("0.3.trap.power.hint")
    return check_number(
        answer, expected, kind="rate",
        why=L("0.3.why", left=expected),
        hint=L("0.3.hint"),
        traps=[Trap(0.99 * 100, L("0.3.trap.times"), power),
               Trap(0.99 / 100, L("0.3.trap.divided"), power),
               Trap(1 - 0.01 * 100, L("0.3.trap.straight"), power)],
    )


@exercise("0.4", Text(L, "0.4.title"), judgement=True)
def check_00_skipping(answer):
    p = dict(p99=0.99 ** 100, p98=0.98 ** 100, p101=1.01 ** 100)
    options = {
        "A": Option(L("0.4.A"), False, L("0.4.A.why", **p)),
        "B": Option(L("0.4.B"), True, L("0.4.B.why", **p)),
        "C": Option(L("bilingual.0.4.C"), False, L("0.4.C.why", **p)),
    }
    return check_choice(answer, options, hint=L("0.4.hint"))
