"""Checkers of lesson 03, traffic sources and a healthy mix."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .._lang import get_language
from .. import metrics, traffic
from ..text.lesson03 import T as L
from ._demo import demo, month
from .checks import Option, Text, Trap, check_choice, check_number, check_text, exercise, partial_windows

__all__ = ["check_03_natural_share", "check_03_top_source", "check_03_mix_advice"]

MONTH = "2026-10"
REVIEW_DAY = "2026-10-15"


def _share(period, channel: str = "natural") -> float:
    mix = traffic.channel_mix(demo("traffic_sources"), period, shop_daily=demo("shop_daily"))
    return float(mix.set_index("channel").loc[channel, "share"])


@lru_cache(maxsize=None)
def _october_windows(lang: str) -> tuple[Trap, ...]:  # messages in ``lang``: cached per language
    """October's natural share over part of the month (10-01 to 10-30, the first half, ...)."""
    return tuple(partial_windows(lambda start, end: _share((start, end)), MONTH))


@exercise("3.1", Text(L, "3.1.title"))
def check_03_natural_share(answer):
    expected = _share(MONTH)
    days = pd.date_range(MONTH + "-01", periods=pd.Period(MONTH).days_in_month)
    daily_mean = float(pd.Series([_share(d) for d in days]).mean())
    return check_number(
        answer, expected, kind="rate",
        why=L("3.1.why", share=expected),
        hint=L("3.1.hint"),
        traps=[Trap(daily_mean, L("3.1.trap.daily_mean", days=len(days)), L("3.1.trap.daily_mean.hint", month=MONTH)),
               Trap(_share("2026-09"), L("3.1.trap.september"), L("3.1.trap.month.hint", month=MONTH)),
               Trap(_share(REVIEW_DAY), L("3.1.trap.one_day", day=REVIEW_DAY), L("3.1.trap.one_day.hint", month=MONTH)),
               Trap(_share(MONTH, "paid"), L("3.1.trap.paid"), L("3.1.trap.paid.hint")),
               *_october_windows(get_language())],
    )


@lru_cache(maxsize=None)
def _changes(against: str) -> pd.DataFrame:
    return traffic.source_changes(demo("traffic_sources"), REVIEW_DAY, against=against,
                                  shop_daily=demo("shop_daily"))


@exercise("3.2", Text(L, "3.2.title"))
def check_03_top_source(answer):
    changes = _changes("same_weekday_last_week")
    top = changes.iloc[0]
    total = changes.attrs["total_visitors_change"]
    others = {}
    for r in changes.iloc[1:].itertuples():
        others[r.source] = L("3.2.other", change=r.visitors_change, share=r.share_of_visitors_change, total=total,
                             top=top.source, top_change=top.visitors_change)
    by_sales = changes.loc[changes["sales_change"].idxmax()]
    if by_sales["source"] != top["source"]:
        others[by_sales["source"]] = L("3.2.by_sales", sales=by_sales["sales_change"],
                                       change=by_sales["visitors_change"])
    previous = _changes("previous_day").iloc[0]
    if previous["source"] != top["source"]:
        others[previous["source"]] = L("3.2.previous", change=previous["visitors_change"], top=top.source)
    return check_text(
        answer, top["source"],
        why=L("3.2.why", top=top["source"], change=top["visitors_change"], total=total,
              share=top["share_of_visitors_change"]),
        hint=L("3.2.hint"),
        others=others,
    )


@exercise("3.3", Text(L, "3.3.title"), judgement=True)
def check_03_mix_advice(answer):
    ts, days = demo("traffic_sources"), demo("shop_daily")
    months = sorted(ts["date"].dt.strftime("%Y-%m").unique())
    shares = pd.DataFrame({m: traffic.channel_mix(ts, m, shop_daily=days).set_index("channel")["share"]
                           for m in months}).T
    natural, paid = shares["natural"], shares["paid"]
    by_channel = metrics.summarize(month(ts, MONTH), by="channel").set_index("channel")
    paid_sales = by_channel.loc["paid", "paid_amount"] / by_channel["paid_amount"].sum()
    ranges = dict(natural_low=natural.min(), natural_high=natural.max(), paid_low=paid.min(), paid_high=paid.max())
    options = {
        "A": Option(L("3.3.A"), False, L("3.3.A.why", months=len(months), **ranges)),
        "B": Option(L("bilingual.3.3.B"), False, L("3.3.B.why", paid_sales=paid_sales)),
        "C": Option(L("3.3.C"), True, L("3.3.C.why", **ranges)),
    }
    return check_choice(answer, options, hint=L("3.3.hint"))
