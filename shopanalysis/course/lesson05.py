"""Checkers of lesson 05, 直通车 keywords: CTR, CPC, ROI, click conversion, and the keyword decisions."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .. import metrics, ppc
from ..text.course import T
from ._demo import demo, month
from .checks import Option, Trap, check_choice, check_number, describe_value, exercise, mean_of_ratios

__all__ = ["check_05_campaign_roi", "check_05_zero_orders", "check_05_few_clicks", "check_05_bid"]

MONTH = "2026-10"
START, END = "2026-10-01", "2026-10-31"
CAMPAIGN = "日常-连衣裙"
NEW_CLICKS = 20  # exercise 5.2: a new keyword with this many clicks and no order
FEW_CLICKS_KEYWORD = "百搭度假连衣裙"  # exercise 5.3: too few clicks to judge (observe)
BID_KEYWORD = "百褶半身裙"  # exercise 5.4: between break-even and target (lower the bid)


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


def _roi(x) -> str:
    return f"{x:.2f}"


@exercise("5.1", "The ROI of a campaign in October")
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
        why=(f"ROI {_roi(expected)}: each yuan {CAMPAIGN} spent in October came back as ¥{expected:.2f} of sales "
             f"({describe_value(rows['gmv'].sum(), 'money')} for {describe_value(rows['cost'].sum(), 'money')}). "
             f"Sales, not profit: with its products' margins it breaks even at ROI {_roi(be_low)}-{_roi(be_high)}, "
             f"so the campaign earns a little, below the shop's target of {target:g} ({best} made "
             f"{_roi(other[best])}). Where the money is lost is a question for its keywords."),
        hint=(f'select October\'s rows of the campaign, dresses = october[october["campaign"] == "{CAMPAIGN}"], '
              f"then call sa.metrics.roi(dresses) on all of them at once"),
        traps=[mean_of_ratios(rows, "roi", what="keyword-day"),
               Trap(float(per_day["roi"].mean()), f"that is the mean of the {len(per_day)} daily ROIs of the "
                    f"campaign. A month's ROI is the month's 总成交金额 over the month's 花费 (a ratio of sums): a "
                    f"day that spent little should weigh little", "call sa.metrics.roi(...) on all the rows at once"),
               Trap(metrics.ratio(rows["cost"].sum(), rows["gmv"].sum()),
                    "that is 花费 / 总成交金额, upside down: spend per yuan of sales. ROI is 总成交金额 / 花费",
                    "sa.metrics.roi divides the right way round"),
               Trap(metrics.roi(_campaign_rows("2026-09")), f"that is the campaign's ROI in September",
                    "select the rows of 2026-10"),
               Trap(metrics.roi(_campaign_rows(campaign=None)), "that is the ROI of every campaign together",
                    f'keep only the rows whose campaign is "{CAMPAIGN}"'),
               Trap(metrics.click_conversion(rows), "that is the campaign's 点击转化率 (orders / clicks), not its ROI",
                    "use sa.metrics.roi"),
               Trap(expected - 1, T("bilingual.trap.roi_minus_one"), T("bilingual.trap.roi_minus_one.hint")),
               Trap(expected * 100, "that is the ROI times 100. ROI is a plain ratio, yuan of sales per yuan of "
                    f"spend ({expected:.2f}), not a percentage", "give the number sa.metrics.roi returns as it is")],
    )


@exercise("5.2", "Zero orders in 20 clicks")
def check_05_zero_orders(answer):
    rate = metrics.click_conversion(_campaign_rows())
    low, est, high = ppc.conversion_bounds(0, NEW_CLICKS, prior_rate=rate)
    flat_high = ppc.conversion_bounds(0, NEW_CLICKS)[2]
    account = metrics.click_conversion(_campaign_rows(campaign=None))
    expected_orders = NEW_CLICKS * rate
    none_chance = (1 - rate) ** NEW_CLICKS
    return check_number(
        answer, high, kind="rate",
        why=(f"the data still allows a conversion of up to {high:.2%}, {high / rate:.1f} times the campaign's "
             f"{rate:.2%}. At the campaign's rate, {NEW_CLICKS} clicks bring {expected_orders:.2f} orders, and a "
             f"perfectly ordinary keyword gets none {none_chance:.0%} of the time: zero orders in {NEW_CLICKS} "
             f"clicks says nothing yet. Keep it, and look again when it has a few hundred clicks."),
        hint=(f'rate = sa.metrics.click_conversion(october[october["campaign"] == "{CAMPAIGN}"]); low, estimate, '
              f"high = sa.ppc.conversion_bounds(0, {NEW_CLICKS}, prior_rate=rate); the answer is high"),
        traps=[Trap(0.0, f"that is the raw conversion, 0 orders / {NEW_CLICKS} clicks. It says the keyword never "
                    f"sells, which {NEW_CLICKS} clicks cannot show: that is the lie a small sample tells",
                    "take the high bound from sa.ppc.conversion_bounds"),
               Trap(est, "that is the estimate (the middle number), pulled towards the campaign's rate; the "
                    "exercise asks for the highest conversion the data allows", "take the third number, the high bound"),
               Trap(low, "that is the low bound (the first number); the exercise asks for the high one",
                    "take the third number"),
               Trap(flat_high, "that is the bound without the campaign's conversion as the starting point (a flat "
                    "prior: no prior_rate, or a prior_rate that is not a fraction such as 0.0106)",
                    "pass prior_rate=rate, the campaign's click conversion as the function returns it"),
               Trap(ppc.conversion_bounds(0, NEW_CLICKS, prior_rate=account)[2],
                    "that starts from the conversion of every campaign together; the keyword is in "
                    f"{CAMPAIGN}", f"compute the rate on the rows of {CAMPAIGN}")],
    )


def _decision_options(r: dict, correct: str) -> dict:
    """The four decisions an existing keyword can get in the morning, each judged with the keyword's numbers."""
    n, k = int(r["clicks"]), int(r["orders"])
    seen = (f"{n} clicks, {k} order{'' if k == 1 else 's'}, {describe_value(r['cost'], 'money')} spent, "
            f"ROI {_roi(r['roi'])}")
    interval = f"the ROI the data allows runs from {_roi(r['roi_low'])} to {_roi(r['roi_high'])}"
    be, target = r["break_even_roi"], r["target_roi"]
    expected = n * r["campaign_conversion"]
    none_chance = (1 - r["campaign_conversion"]) ** n  # the chance of no order at the campaign's conversion
    texts = {
        "delete": "删除 Delete it: it costs more than it brings.",
        "lower_bid": f"降价 Lower the bid a step, from ¥{r['bid']:.2f}.",
        "raise_bid": f"提价 Raise the bid a step, from ¥{r['bid']:.2f}.",
        "observe": "观察 Observe: leave it as it is and look again in a week.",
    }
    if n < 100:
        why = {
            "delete": (f"{seen}. At its campaign's {r['campaign_conversion']:.2%} these clicks should have "
                       f"brought {expected:.1f} orders, and a keyword converting at that rate gets none "
                       f"{none_chance:.0%} of the time, so zero is ordinary luck; {interval}, up past break-even "
                       f"{_roi(be)}. Deleting now throws away a keyword the data has not judged."),
            "lower_bid": (f"{seen}: too few clicks to say its ROI is below target ({interval}). A lower bid would "
                          f"also slow down the clicks it needs to be judged."),
            "raise_bid": (f"{seen}: nothing shows it earns more than the target; {interval}, and the low end is "
                          f"far below the target {target:g}."),
            "observe": (f"{seen}. At its campaign's {r['campaign_conversion']:.2%} these clicks should have "
                        f"brought only {expected:.1f} orders, and a keyword converting at that rate gets none "
                        f"{none_chance:.0%} of the time: {interval}, from a loss to above the target. Under 100 "
                        f"clicks, observe; judge it when the clicks are many."),
        }
    else:
        why = {
            "delete": (f"{seen}: above break-even ({_roi(be)} at its {r['margin']:.0%} margin), so each yuan "
                       f"still brings back more than its cost ({interval}). Deleting would drop profitable sales."),
            "lower_bid": (f"{seen}: above break-even {_roi(be)} but below the target {target:g} (estimated "
                          f"{_roi(r['roi_est'])}). The bid that meets the target is conversion × 客单价 / {target:g} "
                          f"= ¥{r['target_bid']:.2f}; move towards it one step: ¥{r['bid']:.2f} → "
                          f"¥{r['suggested_bid']:.2f}, then look again."),
            "raise_bid": (f"{seen}: below the target {target:g}; a higher bid buys dearer clicks and lowers the ROI "
                          f"further."),
            "observe": (f"{n} clicks are plenty to judge ({k} orders, {interval}, estimate "
                        f"{_roi(r['roi_est'])}): waiting only spends more at a bid that misses the target."),
        }
    letters = dict(zip("ABCD", ("delete", "lower_bid", "raise_bid", "observe")))
    return {letter: Option(texts[d], d == correct, why[d]) for letter, d in letters.items()}


@exercise("5.3", f"{FEW_CLICKS_KEYWORD}: no order yet", judgement=True)
def check_05_few_clicks(answer):
    r = _keyword(FEW_CLICKS_KEYWORD)
    return check_choice(answer, _decision_options(r, r["decision"]),
                        hint="compare its clicks with the 100 needed to judge, and its ROI range with break-even")


@exercise("5.4", f"{BID_KEYWORD}: below target", judgement=True)
def check_05_bid(answer):
    r = _keyword(BID_KEYWORD)
    return check_choice(answer, _decision_options(r, r["decision"]),
                        hint="place its ROI between break-even (1 / margin) and the target of 3")
