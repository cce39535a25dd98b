"""Checkers of lesson 05, 直通车 keywords: CTR, CPC, ROI, click conversion, and the keyword decisions."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .. import metrics, ppc
from ..text.course import T
from ..text.lesson05 import T as L
from ._demo import demo, month
from .checks import Option, Text, Trap, check_choice, check_number, describe_value, exercise, mean_of_ratios

__all__ = ["check_05_campaign_roi", "check_05_zero_orders", "check_05_few_clicks", "check_05_bid"]

MONTH = "2026-10"
START, END = "2026-10-01", "2026-10-31"
CAMPAIGN = "日常-连衣裙"  # data: the campaign of exercises 5.1 and 5.2
NEW_CLICKS = 20  # exercise 5.2: a new keyword with this many clicks and no order
FEW_CLICKS_KEYWORD = "百搭度假连衣裙"  # data: exercise 5.3: too few clicks to judge (observe)
BID_KEYWORD = "百褶半身裙"  # data: exercise 5.4: between break-even and target (lower the bid)


def _campaign_rows(period: str = MONTH, campaign: str | None = CAMPAIGN) -> pd.DataFrame:
    rows = month(demo("ppc_keywords"), period)
    return rows if campaign is None else rows[rows["campaign"] == campaign]


@lru_cache(maxsize=None)
def _pruned() -> pd.DataFrame:
    """October's keyword decisions, as the lesson computes them (margins from the products table)."""
    return ppc.prune_keywords(demo("ppc_keywords"), start=START, end=END, products=demo("products"))


def _keyword(name: str) -> dict:
    """One keyword's row of :func:`_pruned`, with the target ROI the decisions were made against."""
    p = _pruned()
    return {**p[p["keyword"] == name].iloc[0].to_dict(), "target_roi": p.attrs["parameters"]["target_roi"]}


@exercise("5.1", Text(L, "5.1.title"))
def check_05_campaign_roi(answer):
    rows = _campaign_rows()
    expected = metrics.roi(rows)
    per_day = metrics.summarize(rows, by="date")
    p = _pruned()
    mine = p[p["campaign"] == CAMPAIGN]
    be_low, be_high = mine["break_even_roi"].min(), mine["break_even_roi"].max()
    target = p.attrs["parameters"]["target_roi"]
    other = metrics.summarize(_campaign_rows(campaign=None), by="campaign").set_index("campaign")["roi"]
    best = other.drop(CAMPAIGN).idxmax()
    return check_number(
        answer, expected, kind="ratio",
        why=L("bilingual.5.1.why", roi=expected, campaign=CAMPAIGN, gmv=describe_value(rows["gmv"].sum(), "money"),
              cost=describe_value(rows["cost"].sum(), "money"), be_low=be_low, be_high=be_high, target=target,
              best=best, best_roi=other[best]),
        hint=L("5.1.hint", campaign=CAMPAIGN),
        traps=[mean_of_ratios(rows, "roi", what="keyword-day"),
               Trap(float(per_day["roi"].mean()), L("bilingual.5.1.trap.daily", days=len(per_day)),
                    L("5.1.trap.daily.hint")),
               Trap(metrics.ratio(rows["cost"].sum(), rows["gmv"].sum()), L("bilingual.5.1.trap.upside_down"),
                    L("5.1.trap.upside_down.hint")),
               Trap(metrics.roi(_campaign_rows("2026-09")), L("5.1.trap.september"), L("5.1.trap.september.hint")),
               Trap(metrics.roi(_campaign_rows(campaign=None)), L("5.1.trap.account"),
                    L("5.1.trap.account.hint", campaign=CAMPAIGN)),
               Trap(metrics.click_conversion(rows), L("bilingual.5.1.trap.click_conversion"),
                    L("5.1.trap.click_conversion.hint")),
               Trap(expected - 1, T("bilingual.trap.roi_minus_one"), T("bilingual.trap.roi_minus_one.hint")),
               Trap(expected * 100, L("5.1.trap.times_100", roi=expected), L("5.1.trap.times_100.hint"))],
    )


@exercise("5.2", Text(L, "5.2.title"))
def check_05_zero_orders(answer):
    rate = metrics.click_conversion(_campaign_rows())
    low, est, high = ppc.conversion_bounds(0, NEW_CLICKS, prior_rate=rate)
    flat_high = ppc.conversion_bounds(0, NEW_CLICKS)[2]
    account = metrics.click_conversion(_campaign_rows(campaign=None))
    return check_number(
        answer, high, kind="rate",
        why=L("5.2.why", high=high, times=high / rate, rate=rate, clicks=NEW_CLICKS, orders=NEW_CLICKS * rate,
              none=(1 - rate) ** NEW_CLICKS),
        hint=L("5.2.hint", campaign=CAMPAIGN, clicks=NEW_CLICKS),
        traps=[Trap(0.0, L("5.2.trap.raw", clicks=NEW_CLICKS), L("5.2.trap.raw.hint")),
               Trap(est, L("5.2.trap.estimate"), L("5.2.trap.estimate.hint")),
               Trap(low, L("5.2.trap.low"), L("5.2.trap.low.hint")),
               Trap(flat_high, L("5.2.trap.flat", rate=rate, percent=rate * 100), L("5.2.trap.flat.hint")),
               Trap(ppc.conversion_bounds(0, NEW_CLICKS, prior_rate=account)[2],
                    L("5.2.trap.account", account=account, campaign=CAMPAIGN, rate=rate),
                    L("5.2.trap.account.hint", campaign=CAMPAIGN))],
    )


def _decision_options(r: dict, correct: str) -> dict:
    """The four decisions an existing keyword can get in the morning, each judged with the keyword's numbers.

    Its expected orders use ``campaign_conversion`` as prune_keywords gives it: the click
    conversion of the rest of its campaign (its other keywords), which the messages say.
    """
    n, k = int(r["clicks"]), int(r["orders"])
    seen = L("seen", clicks=n, orders=k, cost=describe_value(r["cost"], "money"), roi=r["roi"])
    interval = L("interval", low=r["roi_low"], high=r["roi_high"])
    facts = dict(seen=seen, interval=interval, be=r["break_even_roi"], target=r["target_roi"])
    rate = r["campaign_conversion"]
    luck = dict(rate=rate, orders=n * rate, none=(1 - rate) ** n)  # the chance of no order at that conversion
    decisions = ("delete", "lower_bid", "raise_bid", "observe")
    texts = {d: L(f"bilingual.option.{d}", bid=r["bid"]) for d in decisions}
    if n < 100:
        why = {"delete": L("few.delete", **facts, **luck), "lower_bid": L("few.lower_bid", **facts),
               "raise_bid": L("few.raise_bid", **facts), "observe": L("few.observe", **facts, **luck)}
    else:
        why = {"delete": L("many.delete", margin=r["margin"], **facts),
               "lower_bid": L("bilingual.many.lower_bid", est=r["roi_est"], target_bid=r["target_bid"], bid=r["bid"],
                              suggested=r["suggested_bid"], **facts),
               "raise_bid": L("many.raise_bid", **facts),
               "observe": L("many.observe", clicks=n, orders=k, est=r["roi_est"], **facts)}
    letters = dict(zip("ABCD", decisions))
    return {letter: Option(texts[d], d == correct, why[d]) for letter, d in letters.items()}


@exercise("5.3", Text(L, "bilingual.5.3.title", keyword=FEW_CLICKS_KEYWORD), judgement=True)
def check_05_few_clicks(answer):
    r = _keyword(FEW_CLICKS_KEYWORD)
    return check_choice(answer, _decision_options(r, r["decision"]), hint=L("5.3.hint"))


@exercise("5.4", Text(L, "bilingual.5.4.title", keyword=BID_KEYWORD), judgement=True)
def check_05_bid(answer):
    r = _keyword(BID_KEYWORD)
    return check_choice(answer, _decision_options(r, r["decision"]), hint=L("5.4.hint"))
