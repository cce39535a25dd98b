"""Checkers of lesson 07, customer service (客服): inquiry conversion, what an inquiry costs, coaching."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .._lang import get_language
from .. import customer_service as cs
from itertools import permutations

from .. import metrics
from ..text.course import T
from ._demo import demo, month
from .checks import Option, Trap, check_choice, check_number, describe_value, exercise, mean_of_ratios, partial_windows

__all__ = ["check_07_agent_conversion", "check_07_inquiry_cost", "check_07_coaching"]

MONTH = "2026-10"
LAST_MONTH = "2026-09"
AGENT = "丽丽"
#: The worked example of the article the formula comes from: ¥1 a click, 1.28% of clicks order, 30% of inquiries pay.
ARTICLE = (1.0, 0.0128, 0.30)


def _agent_rows(period: str, agent: str = AGENT) -> pd.DataFrame:
    rows = month(demo("cs_daily"), period)
    return rows[rows["agent"] == agent]


@lru_cache(maxsize=None)
def _september_windows(lang: str) -> tuple[Trap, ...]:  # messages in ``lang``: cached per language
    """丽丽's rate over part of September (09-01 to 09-29, the first half, ...)."""
    rows = demo("cs_daily")
    rows = rows[rows["agent"] == AGENT]
    return tuple(partial_windows(lambda start, end: metrics.inquiry_conversion(rows[rows["date"].between(start, end)]),
                                 LAST_MONTH))


@exercise("7.1", "丽丽's inquiry conversion in September")
def check_07_agent_conversion(answer):
    rows = _agent_rows(LAST_MONTH)
    expected = metrics.inquiry_conversion(rows)
    october = metrics.inquiry_conversion(_agent_rows(MONTH))
    team = metrics.inquiry_conversion(month(demo("cs_daily"), LAST_MONTH))
    everything = demo("cs_daily")
    whole_year = metrics.inquiry_conversion(everything[everything["agent"] == AGENT])
    by_received = metrics.ratio(rows["inquiry_buyers"].sum(), rows["received"].sum())
    pattern = ("two months running: a pattern to coach, not one bad month" if max(expected, october) < team
               else "so October may be one bad month")
    return check_number(
        answer, expected, kind="rate",
        why=(f"{int(rows['inquiry_buyers'].sum())} of the {int(rows['inquiries'].sum())} buyers who asked {AGENT} "
             f"in September paid: {expected:.1%}, against the team's {team:.1%}. In October she converted "
             f"{october:.1%}, {pattern}."),
        hint=(f'rows = cs_daily[(cs_daily["agent"] == "{AGENT}") & cs_daily["date"].between("2026-09-01", '
              f'"2026-09-30")], then answer = sa.metrics.inquiry_conversion(rows)'),
        traps=[mean_of_ratios(rows, "inquiry_conversion"),
               Trap(october, f"that is {AGENT}'s October rate (the table of the worked example); the exercise "
                    f"asks for September", 'select the days "2026-09-01" to "2026-09-30"'),
               Trap(team, "that is the whole team's September rate", f'keep only the rows of "{AGENT}"'),
               Trap(whole_year, f"that is {AGENT}'s rate over the whole year", "select September's days too"),
               Trap(by_received, "that divides by 接待人数 (everyone she received, after-sales questions "
                    "included); 询单转化率 divides by 询单人数, the buyers who asked before buying",
                    "sa.metrics.inquiry_conversion divides inquiry_buyers by inquiries for you"),
               Trap(1 - expected, "that is the share who asked and did NOT pay (1 - 询单转化率)",
                    "询单转化率 is the share who paid"),
               *_september_windows(get_language())],
    )


@lru_cache(maxsize=None)
def _value(period: str | None) -> pd.Series:
    if period is None:
        return cs.summarize_inquiry_value(demo("cs_daily"), demo("ppc_keywords"))
    first = pd.Timestamp(period + "-01")
    return cs.summarize_inquiry_value(demo("cs_daily"), demo("ppc_keywords"), start=first,
                                      end=first + pd.offsets.MonthEnd(0))


@exercise("7.2", "What one inquiry cost in October")
def check_07_inquiry_cost(answer):
    v = _value(MONTH)
    expected = float(v["cost_per_inquiry"])
    ads = month(demo("ppc_keywords"), MONTH)
    by_ctr = cs.cost_per_inquiry(metrics.cpc(ads), metrics.ctr(ads), v["inquiry_conversion"])
    money = lambda x: describe_value(x, "money")  # noqa: E731
    args = {"cpc": (float(v["cpc"]), "CPC"), "click_conversion": (float(v["click_conversion"]), "点击转化率"),
            "inquiry_conversion": (float(v["inquiry_conversion"]), "询单转化率")}
    swapped = []
    for order in permutations(args):
        if order == tuple(args):
            continue
        swapped.append(Trap(
            float(cs.cost_per_inquiry(*(args[a][0] for a in order))),
            T("trap.swapped", function="sa.customer_service.cost_per_inquiry",
              given=f"cost_per_inquiry({', '.join(args[a][1] for a in order)})",
              order=f"cost_per_inquiry({', '.join(args)})"),
            T("trap.swapped.hint", call="cost_per_inquiry(cpc=..., click_conversion=..., inquiry_conversion=...)")))
    return check_number(
        answer, expected, kind="money", rtol=0.002,
        why=(f"an order bought through 直通车 cost {money(v['cpc'])} / {v['click_conversion']:.2%} = "
             f"{money(v['cost_per_order'])} in October, and {v['inquiry_conversion']:.1%} of the buyers who asked "
             f"paid, so each inquiry was worth {money(expected)} of ad spend. A buyer left waiting on 旺旺 throws "
             f"that away: the {int(v['unconverted']):,} inquiries that did not pay cost "
             f"{money(v['unconverted_cost'])} to bring in (what buying them took, not sales lost)."),
        hint=('october_ads = ads[ads["date"].between("2026-10-01", "2026-10-31")]; then '
              "sa.customer_service.cost_per_inquiry(sa.metrics.cpc(october_ads), "
              "sa.metrics.click_conversion(october_ads), sa.metrics.inquiry_conversion(october))"),
        traps=[Trap(float(v["cost_per_order"]), "that is what one whole order costs through 直通车 (CPC / 点击转化率); "
                    "only 询单转化率 of the buyers who ask go on to pay, so one inquiry is worth that share of an order",
                    "multiply by the team's October 询单转化率"),
               Trap(float(v["cost_per_order"]) / float(v["inquiry_conversion"]),
                    "that divides by 询单转化率 instead of multiplying by it",
                    "CPC / 点击转化率 x 询单转化率: cost_per_inquiry(cpc, click_conversion, inquiry_conversion)"),
               Trap(cs.cost_per_inquiry(*ARTICLE), "that is the article's example (¥1 a click, 1.28%, 30%); "
                    "the exercise wants the demo shop's own October figures",
                    "take CPC and 点击转化率 from October's keyword rows, 询单转化率 from October's cs_daily rows"),
               Trap(float(_value(None)["cost_per_inquiry"]), "that is the value over the whole year (the worked "
                    "example); the exercise asks for October", 'select the days "2026-10-01" to "2026-10-31"'),
               Trap(float(_value(LAST_MONTH)["cost_per_inquiry"]), "that is September's value",
                    'select the days "2026-10-01" to "2026-10-31"'),
               Trap(expected / 100, "it is 100 times too small, as when 点击转化率 goes in as a percentage "
                    f"({v['click_conversion'] * 100:.2f} instead of {v['click_conversion']:.4f})",
                    "use the fractions the sa.metrics functions return, as they are"),
               Trap(float(by_ctr), "that uses 点击率 (CTR, clicks / impressions) where 点击转化率 (orders / clicks) "
                    "belongs", "sa.metrics.click_conversion(october_ads), not sa.metrics.ctr"),
               *swapped],
    )


@exercise("7.3", "What to tell 丽丽 at the monthly review", judgement=True)
def check_07_coaching(answer):
    days, cs_daily = demo("shop_daily"), demo("cs_daily")
    first, last = pd.Timestamp(MONTH + "-01"), pd.Timestamp(MONTH + "-01") + pd.offsets.MonthEnd(0)
    period = dict(start=first, end=last, shop_daily=days)
    agents = cs.summarize_agents(cs_daily, **period)
    team = cs.summarize_team(cs_daily, **period)
    targets = cs.agent_targets(cs_daily, days, demo("targets"), start=first, end=last, cs_roster=demo("cs_roster"))
    scores = cs.scorecard(agents, targets=targets)
    training = cs.suggest_training(scores, team)
    me = scores.set_index("agent").loc[AGENT]
    level = demo("cs_agents").set_index("agent").loc[AGENT, "level"]
    mine = training[training["agent"] == AGENT].set_index("metric")
    more_buyers = round(me["inquiries"] * team["inquiry_conversion"] - me["inquiry_buyers"])
    fastest = agents.loc[agents["first_response_s"].idxmin()]
    target = cs.RESPONSE_TARGET_S
    conv_gap = mine.loc["inquiry_conversion", "gap"] if "inquiry_conversion" in mine.index else float("nan")
    options = {
        "A": Option(f"\"Your grade is {me['grade']}, the team's lowest: your commission is cut this month.\"", False,
                    f"the grade says where to look, not how to punish: {AGENT}'s total is {me['total']:.0f} because "
                    f"her 询单转化率 is {me['inquiry_conversion']:.1%} against the team's "
                    f"{team['inquiry_conversion']:.1%}. A cut without a plan does not teach her to close, and a "
                    f"{level} agent who feels punished is the one who leaves. A scorecard is for coaching."),
        "B": Option("\"Answer faster: your first response is the problem.\"", False,
                    f"her 首次响应时间 averaged {me['first_response_s']:.1f} s, within the {target} s target (the "
                    f"team's {team['first_response_s']:.1f} s; {int(me['breach_days'])} days over, worth watching). "
                    f"Speed is not what sets her apart: {fastest['agent']} is the fastest "
                    f"({fastest['first_response_s']:.1f} s) and still converts only "
                    f"{fastest['inquiry_conversion']:.1%}."),
        "C": Option("\"Your 询单转化率 is the gap: let's work on product knowledge and closing (尺码, 面料, the coupon, "
                    "催付), and look at a few of your chats together.\"", True,
                    f"{int(me['inquiry_buyers'])} of her {int(me['inquiries'])} inquirers paid ({me['inquiry_conversion']:.1%}, "
                    f"{conv_gap:.0%} below the team's {team['inquiry_conversion']:.1%}), the gap suggest_training "
                    f"puts first. At the team's rate the same inquiries would have brought about {more_buyers:.0f} "
                    f"more buyers, some {describe_value(more_buyers * me['assisted_order_value'], 'money')} of "
                    f"sales at her 客服客单价 of {describe_value(me['assisted_order_value'], 'money')}. Name the gap, "
                    f"show the numbers, agree on one thing to train, and look again next month."),
        "D": Option(f"\"Don't worry about the grade: your 客服客单价 is {me['order_value_vs_shop']:.2f} times the "
                    f"shop's.\"", False,
                    f"her baskets are good ({me['order_value_vs_shop']:.2f} x the shop's 客单价), but she closes the "
                    f"fewest inquiries ({me['inquiry_conversion']:.1%}), which weighs {cs.DEFAULT_WEIGHTS['inquiry_conversion']:.0%} "
                    f"of the sheet and left her {me['target_completion']:.0%} of her sales target. Praise the "
                    f"baskets, and still name the gap."),
    }
    return check_choice(answer, options,
                        hint="look at her row of the scorecard and of suggest_training: what is furthest from the team?")
