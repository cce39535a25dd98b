"""Checkers of lesson 00, how to use this course."""

from __future__ import annotations

from ._demo import day, demo, month
from .checks import Option, Trap, check_choice, check_number, describe_value, exercise, other_days

__all__ = ["check_00_days", "check_00_sales_on_a_day", "check_00_routine", "check_00_skipping"]

REVIEW_DAY = "2026-10-15"


@exercise("0.1", "How many days of data")
def check_00_days(answer):
    days = demo("shop_daily")
    n = len(days)
    first, last = days["date"].min(), days["date"].max()
    return check_number(
        answer, n, kind="count",
        why=(f"the demo shop has one row per day, {n:,} days from {first:%Y-%m-%d} to {last:%Y-%m-%d}: a whole "
             f"year, so every lesson can compare a day with the same weekday last week and a month with the "
             f"month before."),
        hint="len(days) counts the rows of a table",
        traps=[Trap(n - 1, "that is one row short: the first row is row 0 in pandas, so the last row's "
                           "number is one less than the count of rows", "len(days) counts the rows"),
               Trap(len(days.columns), "that is the number of columns (one per measure), not of days",
                    "len(days) counts rows; days.columns lists the columns")],
    )


def _sales(date) -> float:
    rows = day(demo("shop_daily"), date)
    if rows.empty:
        raise KeyError(date)
    return float(rows["paid_amount"].sum())


@exercise("0.2", "Sales on 2026-10-15")
def check_00_sales_on_a_day(answer):
    days = demo("shop_daily")
    expected = _sales(REVIEW_DAY)
    october = month(days, "2026-10")
    traps = other_days(_sales, REVIEW_DAY, offsets=(-1, 1, -7))
    traps.append(Trap(float(october["paid_amount"].sum()), "that is the whole of October, not one day",
                      f'select the rows where days["date"] == "{REVIEW_DAY}"'))
    traps.append(Trap(float(day(days, REVIEW_DAY)["visitors"].sum()), "that is the day's 访客数 (visitors), "
                      "not its 支付金额 (paid amount)", 'the sales column is "paid_amount"'))
    return check_number(
        answer, expected, kind="money", rtol=1e-6, atol=0.01,
        why=(f"{describe_value(expected, 'money')} of 支付金额 (paid_amount) on {REVIEW_DAY}: the number the "
             f"morning review starts from, and the day lesson 02 takes apart."),
        hint=f'select the row with days["date"] == "{REVIEW_DAY}", then take its "paid_amount" with .sum()',
        traps=traps,
    )


@exercise("0.3", "0.99 to the power of 100")
def check_00_routine(answer):
    expected = 0.99 ** 100
    return check_number(
        answer, expected, kind="rate",
        why=(f"99% done right, every day for 100 days, compounds to {expected:.1%} of perfect: small daily "
             f"gaps in the routine add up to a big one."),
        hint="** is 'to the power of' in Python: 0.99 ** 100",
        traps=[Trap(0.99 * 100, "that is 0.99 times 100; the routine compounds, so it is 0.99 to the power of "
                                "100", "use ** for a power: 0.99 ** 100"),
               Trap(0.99 / 100, "that is 0.99 divided by 100", "use ** for a power: 0.99 ** 100"),
               Trap(1 - 0.01 * 100, "that takes 1% off a hundred times in a straight line; the losses compound "
                                    "instead", "use ** for a power: 0.99 ** 100")],
    )


@exercise("0.4", "The colleague who skips a check", judgement=True)
def check_00_skipping(answer):
    p99, p98, p101 = 0.99 ** 100, 0.98 ** 100, 1.01 ** 100
    options = {
        "A": Option("Fine: the routine has many checks, so skipping one costs about 1% of the result, and busy "
                    "days need the time.", False,
                    f"the misses compound day after day: 0.99^100 is {p99:.1%}, not 99%."),
        "B": Option("Small daily gaps compound: a 1% gap every day adds up to far more than 1% over a season.", True,
                    f"0.99^100 = {p99:.1%}, and at 98% it is {p98:.1%}; while 1% better every day gives "
                    f"1.01^100 = {p101:.0%}. The routine pays because it is done every day."),
        "C": Option("It only matters on big days such as 双11, when a missed problem costs most; on an ordinary "
                    "day one check is noise.", False,
                    f"the compounding is about every day: 100 ordinary days at 99% leave {p99:.1%}; the big "
                    f"days are a handful of the year."),
    }
    return check_choice(answer, options, hint="compute 0.99 ** 100 and compare it with 99%")
