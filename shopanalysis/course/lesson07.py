"""Checkers of lesson 07, customer service (客服): inquiry conversion, what an inquiry costs, coaching."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .._lang import get_language
from .. import customer_service as cs
from itertools import permutations

from .. import metrics, vocab
from ..text.course import T
from ..text.lesson07 import T as L
from ._demo import demo, month
from .checks import Option, Text, Trap, check_choice, check_number, describe_value, exercise, mean_of_ratios, partial_windows

__all__ = ["check_07_agent_conversion", "check_07_inquiry_cost", "check_07_coaching"]

MONTH = "2026-10"
LAST_MONTH = "2026-09"
AGENT = "丽丽"  # data
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


@exercise("7.1", Text(L, "bilingual.7.1.title", agent=AGENT))
def check_07_agent_conversion(answer):
    rows = _agent_rows(LAST_MONTH)
    expected = metrics.inquiry_conversion(rows)
    october = metrics.inquiry_conversion(_agent_rows(MONTH))
    team = metrics.inquiry_conversion(month(demo("cs_daily"), LAST_MONTH))
    everything = demo("cs_daily")
    whole_year = metrics.inquiry_conversion(everything[everything["agent"] == AGENT])
    by_received = metrics.ratio(rows["inquiry_buyers"].sum(), rows["received"].sum())
    pattern = L("7.1.pattern.twice" if max(expected, october) < team else "7.1.pattern.once")
    return check_number(
        answer, expected, kind="rate",
        why=L("7.1.why", buyers=int(rows["inquiry_buyers"].sum()), inquiries=int(rows["inquiries"].sum()), agent=AGENT,
              rate=expected, team=team, october=october, pattern=pattern),
        hint=L("7.1.hint", agent=AGENT),
        traps=[mean_of_ratios(rows, "inquiry_conversion"),
               Trap(october, L("7.1.trap.october", agent=AGENT), L("7.1.trap.october.hint")),
               Trap(team, L("7.1.trap.team"), L("7.1.trap.team.hint", agent=AGENT)),
               Trap(whole_year, L("7.1.trap.year", agent=AGENT), L("7.1.trap.year.hint")),
               Trap(by_received, L("bilingual.7.1.trap.received"), L("7.1.trap.received.hint")),
               Trap(1 - expected, L("bilingual.7.1.trap.not_paid"), L("bilingual.7.1.trap.not_paid.hint")),
               *_september_windows(get_language())],
    )


@lru_cache(maxsize=None)
def _value(period: str | None) -> pd.Series:
    if period is None:
        return cs.summarize_inquiry_value(demo("cs_daily"), demo("ppc_keywords"))
    first = pd.Timestamp(period + "-01")
    return cs.summarize_inquiry_value(demo("cs_daily"), demo("ppc_keywords"), start=first,
                                      end=first + pd.offsets.MonthEnd(0))


@exercise("7.2", Text(L, "7.2.title"))
def check_07_inquiry_cost(answer):
    v = _value(MONTH)
    expected = float(v["cost_per_inquiry"])
    ads = month(demo("ppc_keywords"), MONTH)
    by_ctr = cs.cost_per_inquiry(metrics.cpc(ads), metrics.ctr(ads), v["inquiry_conversion"])
    money = lambda x: describe_value(x, "money")  # noqa: E731
    # each argument by the name 直通车 and 赤兔 show (CPC is what the screens call 平均点击花费 too)
    names = {"cpc": "CPC", **{k: vocab.label(k, lang="zh") for k in ("click_conversion", "inquiry_conversion")}}
    args = {k: (float(v[k]), names[k]) for k in ("cpc", "click_conversion", "inquiry_conversion")}
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
    october = L("7.2.trap.october.hint")
    return check_number(
        answer, expected, kind="money", rtol=0.002,
        why=L("bilingual.7.2.why", cpc=money(v["cpc"]), click=v["click_conversion"], order=money(v["cost_per_order"]),
              inquiry=v["inquiry_conversion"], cost=money(expected), unconverted=int(v["unconverted"]),
              unconverted_cost=money(v["unconverted_cost"])),
        hint=L("7.2.hint"),
        traps=[Trap(float(v["cost_per_order"]), L("bilingual.7.2.trap.order"), L("bilingual.7.2.trap.order.hint")),
               Trap(float(v["cost_per_order"]) / float(v["inquiry_conversion"]), L("bilingual.7.2.trap.divided"),
                    L("bilingual.7.2.trap.divided.hint")),
               Trap(cs.cost_per_inquiry(*ARTICLE), L("7.2.trap.article"), L("bilingual.7.2.trap.article.hint")),
               Trap(float(_value(None)["cost_per_inquiry"]), L("7.2.trap.year"), october),
               Trap(float(_value(LAST_MONTH)["cost_per_inquiry"]), L("7.2.trap.september"), october),
               Trap(expected / 100, L("bilingual.7.2.trap.small", percent=v["click_conversion"] * 100,
                                      rate=v["click_conversion"]), L("7.2.trap.small.hint")),
               Trap(float(by_ctr), L("bilingual.7.2.trap.ctr"), L("7.2.trap.ctr.hint")),
               *swapped],
    )


@exercise("7.3", Text(L, "bilingual.7.3.title", agent=AGENT), judgement=True)
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
    facts = dict(agent=AGENT, rate=me["inquiry_conversion"], team=team["inquiry_conversion"])
    options = {
        "A": Option(L("7.3.A", grade=me["grade"]), False,
                    L("bilingual.7.3.A.why", total=me["total"], level=level, **facts)),
        "B": Option(L("7.3.B"), False,
                    L("bilingual.7.3.B.why", response=me["first_response_s"], target=target,
                      team=team["first_response_s"], breach=int(me["breach_days"]), fastest=fastest["agent"],
                      fastest_response=fastest["first_response_s"], fastest_rate=fastest["inquiry_conversion"])),
        "C": Option(L("bilingual.7.3.C"), True,
                    L("bilingual.7.3.C.why", buyers=int(me["inquiry_buyers"]), inquiries=int(me["inquiries"]),
                      gap=conv_gap, more=more_buyers, order_value=describe_value(me["assisted_order_value"], "money"),
                      sales=describe_value(more_buyers * me["assisted_order_value"], "money"), **facts)),
        "D": Option(L("bilingual.7.3.D", ratio=me["order_value_vs_shop"]), False,
                    L("bilingual.7.3.D.why", ratio=me["order_value_vs_shop"], rate=me["inquiry_conversion"],
                      weight=cs.DEFAULT_WEIGHTS["inquiry_conversion"], completion=me["target_completion"])),
    }
    return check_choice(answer, options, hint=L("7.3.hint"))
