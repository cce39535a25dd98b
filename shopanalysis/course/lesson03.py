"""Checkers of lesson 03, traffic sources and a healthy mix."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .._lang import get_language
from .. import metrics, traffic
from ._demo import demo, month
from .checks import Option, Trap, check_choice, check_number, check_text, exercise, partial_windows

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


@exercise("3.1", "October's natural share")
def check_03_natural_share(answer):
    expected = _share(MONTH)
    days = pd.date_range(MONTH + "-01", periods=pd.Period(MONTH).days_in_month)
    daily_mean = float(pd.Series([_share(d) for d in days]).mean())
    return check_number(
        answer, expected, kind="rate",
        why=(f"{expected:.1%} of October's visitors came through free search and recommendation: below the 70% "
             f"the rule of thumb asks for. Every month of the demo year is below it."),
        hint='mix = sa.traffic.channel_mix(sources, "2026-10", shop_daily=days); take the "natural" row\'s share',
        traps=[Trap(daily_mean, "that is the mean of the 31 daily shares; a month's share is the month's natural "
                    "visitors over the month's visitors (a ratio of sums)", 'pass the month, "2026-10", to '
                    "channel_mix"),
               Trap(_share("2026-09"), "that is September's share", 'pass "2026-10"'),
               Trap(_share(REVIEW_DAY), f"that is the share on {REVIEW_DAY} alone", 'pass the month, "2026-10"'),
               Trap(_share(MONTH, "paid"), "that is the paid channel's share", 'take the "natural" row'),
               *_october_windows(get_language())],
    )


@lru_cache(maxsize=None)
def _changes(against: str) -> pd.DataFrame:
    return traffic.source_changes(demo("traffic_sources"), REVIEW_DAY, against=against,
                                  shop_daily=demo("shop_daily"))


@exercise("3.2", "The source that brought the visitors")
def check_03_top_source(answer):
    changes = _changes("same_weekday_last_week")
    top = changes.iloc[0]
    total = changes.attrs["total_visitors_change"]
    others = {}
    for r in changes.iloc[1:].itertuples():
        others[r.source] = (f"it added {r.visitors_change:+,.0f} visitors ({r.share_of_visitors_change:.0%} of the "
                            f"{total:+,.0f}), less than {top.source}'s {top.visitors_change:+,.0f}")
    by_sales = changes.loc[changes["sales_change"].idxmax()]
    if by_sales["source"] != top["source"]:
        others[by_sales["source"]] = (
            f"it moved the most sales ({by_sales['sales_change']:+,.0f} yuan) but only "
            f"{by_sales['visitors_change']:+,.0f} visitors; the question is about visitors")
    previous = _changes("previous_day").iloc[0]
    if previous["source"] != top["source"]:
        others[previous["source"]] = (
            f"it grew most against the day before ({previous['visitors_change']:+,.0f}); against last Thursday "
            f"{top.source} grew most")
    return check_text(
        answer, top["source"],
        why=(f"{top['source']} brought {top['visitors_change']:+,.0f} of the {total:+,.0f} visitors "
             f"({top['share_of_visitors_change']:.0%}): free search traffic, so the rise is earned rather than "
             f"bought. The rest is spread over many sources."),
        hint=('changes = sa.traffic.source_changes(sources, "2026-10-15", against="same_weekday_last_week", '
              'shop_daily=days); the first row moved the visitors most'),
        others=others,
    )


@exercise("3.3", "What to tell the owner about the mix", judgement=True)
def check_03_mix_advice(answer):
    ts, days = demo("traffic_sources"), demo("shop_daily")
    months = sorted(ts["date"].dt.strftime("%Y-%m").unique())
    shares = pd.DataFrame({m: traffic.channel_mix(ts, m, shop_daily=days).set_index("channel")["share"]
                           for m in months}).T
    natural, paid = shares["natural"], shares["paid"]
    by_channel = metrics.summarize(month(ts, MONTH), by="channel").set_index("channel")
    paid_sales = by_channel.loc["paid", "paid_amount"] / by_channel["paid_amount"].sum()
    options = {
        "A": Option("The mix is healthy: natural is the biggest channel every month and paid traffic sells; "
                    "nothing to do.", False,
                    f"natural traffic is {natural.min():.0%}-{natural.max():.0%} of visitors, below the 70% of the "
                    f"rule of thumb in all {len(months)} months, and paid {paid.min():.0%}-{paid.max():.0%}, above "
                    f"its 10%."),
        "B": Option("Stop 直通车 today so that paid traffic falls back into 5-10%, and put the money into free "
                    "traffic instead.", False,
                    f"paid sources brought {paid_sales:.0%} of October's sales; cutting them blind loses that "
                    f"money and the search ranking those sales feed. Judge each keyword on its numbers first "
                    f"(lesson 05)."),
        "C": Option("Natural traffic is below the rule of thumb every month and paid above it: work on search "
                    "(titles, main images, ranking) and check the paid keywords' ROI before cutting any.", True,
                    f"natural {natural.min():.0%}-{natural.max():.0%} against >= 70%, paid "
                    f"{paid.min():.0%}-{paid.max():.0%} against 5-10%, every month. The rule of thumb is a "
                    f"direction, not a law: grow the free traffic, and keep the paid keywords that earn their "
                    f"cost."),
    }
    return check_choice(answer, options, hint="look at channel_mix month by month, and at what paid traffic sells")
