"""Checkers of lesson 10, the monthly review (月度复盘): target completion, the log split, the first action,
next month's target.

Every expected answer and every known mistake is computed with :mod:`shopanalysis.monthly` (and
the modules whose actions it gathers) on the demo shop; the words are in
:mod:`shopanalysis.text.lesson10`.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .. import monthly as mo
from .. import vocab
from .._lang import LANGUAGES
from ..text.lesson10 import T
from ._demo import demo, month
from .._lang import get_language
from .checks import Option, Text, Trap, check_choice, check_number, check_text, exercise, partial_windows

__all__ = ["check_10_target_completion", "check_10_biggest_factor", "check_10_first_action",
           "check_10_next_target"]

MONTH = "2026-10"  # the exercises' month
EXAMPLE = "2026-09"  # the worked example's month
NEXT = "2026-11"
FACTORS = {"visitors": "yuan_visitors", "conversion_rate": "yuan_conversion",  # data: factor -> its yuan column
           "avg_order_value": "yuan_avg_order_value"}
#: What lesson 10 shows of each module, and the option each gives (letter -> the action's source).
CHOICES = {"A": "inquiries", "B": "winback", "C": "pages", "D": "keywords.raise_bid"}  # data: action codes


@lru_cache(maxsize=None)
def _compare(period: str) -> pd.Series:
    return mo.compare_months(demo("shop_daily"), period, targets=demo("targets")).iloc[0]


@lru_cache(maxsize=None)
def _windows(lang: str) -> tuple[Trap, ...]:  # messages in ``lang``: cached per language
    """October's sales over part of the month, against its target."""
    days, target = demo("shop_daily"), float(_compare(MONTH)["target_amount"])
    return tuple(partial_windows(lambda start, end: days.loc[days["date"].between(start, end), "paid_amount"].sum()
                                 / target, MONTH))


@exercise("10.1", Text(T, "title.completion"))
def check_10_target_completion(answer):
    row, september = _compare(MONTH), _compare(EXAMPLE)
    expected = float(row["target_completion"])
    sales, target = float(row["paid_amount"]), float(row["target_amount"])
    month_hint = T("completion.trap.month.hint")
    return check_number(
        answer, expected, kind="rate",
        why=T("completion.why", sales=sales, target=target, rate=expected, gap=target - sales,
              september=float(september["target_completion"]), mom=float(row["sales_change_pct"])),
        hint=T("completion.hint"),
        traps=[Trap(float(row["sales_change_pct"]), T("completion.trap.mom"), T("completion.trap.mom.hint")),
               Trap(sales / float(row["paid_amount_before"]), T("completion.trap.ratio"),
                    T("completion.trap.inverted.hint")),
               Trap(float(september["target_completion"]), T("completion.trap.september"), month_hint),
               Trap(target / sales, T("completion.trap.inverted"), T("completion.trap.inverted.hint")),
               Trap(1 - expected, T("completion.trap.gap"), T("completion.trap.inverted.hint")),
               Trap(sales / float(september["target_amount"]), T("completion.trap.old_target"), month_hint),
               *_windows(get_language())],
    )


def _names() -> dict[str, str]:
    """Every name a learner may give a factor (its code, its label in each language) -> the code."""
    names = {}
    for code in FACTORS:
        names[code.casefold()] = code
        for lang in LANGUAGES:
            names[vocab.label(code, lang=lang).casefold()] = code
    return names


@exercise("10.2", Text(T, "title.factor"))
def check_10_biggest_factor(answer):
    row, september = _compare(MONTH), _compare(EXAMPLE)
    yuan = {code: float(row[column]) for code, column in FACTORS.items()}
    expected = max(yuan, key=yuan.get)
    before = {code: float(september[column]) for code, column in FACTORS.items()}
    if isinstance(answer, str):
        answer = _names().get(answer.strip().casefold(), answer)
    largest_before = max(before, key=before.get)
    others = {code: T("factor.other.september" if code == largest_before else "factor.other", amount=yuan[code],
                      most=yuan[expected])
              for code in FACTORS if code != expected}
    return check_text(
        answer, expected,
        why=T("factor.why", change=float(row["sales_change"]), visitors=yuan["visitors"],
              conversion=yuan["conversion_rate"], aov=yuan["avg_order_value"],
              september_aov=before["avg_order_value"]),
        hint=T("factor.hint"), others=others)


@lru_cache(maxsize=None)
def _module_results() -> dict:
    """What the lesson shows of each module for October (the inputs of gather_actions)."""
    from .. import customer_service as cs
    from .. import customers as cu
    from .. import designers, ppc

    first, last = mo.month_bounds(MONTH)
    pruned = ppc.prune_keywords(demo("ppc_keywords"), start=first, end=last, products=demo("products"))
    orders = demo("orders")
    return {
        "decisions": ppc.summarize_decisions(pruned),
        "picks": ppc.todays_actions(pruned),
        "pages": designers.page_conversion(demo("products_daily"), start=first, end=last, products=demo("products"),
                                           against="category"),
        "inquiry_value": cs.summarize_inquiry_value(demo("cs_daily"), demo("ppc_keywords"), start=first, end=last),
        "agents": cs.summarize_agents(demo("cs_daily"), start=first, end=last, shop_daily=demo("shop_daily")),
        "winback": cu.reactivation_list(orders.loc[orders["paid_at"] < last + pd.Timedelta(days=1)],
                                        observation_end=last, model=False),
    }


def actions() -> pd.DataFrame:
    """October's actions as lesson 10 gathers them (:func:`shopanalysis.monthly.gather_actions`), most money first."""
    return mo.gather_actions(**_module_results())


@exercise("10.3", Text(T, "title.first"), judgement=True)
def check_10_first_action(answer):
    ranked = actions().set_index("source")
    winback = _module_results()["winback"]
    money = {source: float(ranked.loc[source, "money_at_stake"]) for source in ("pages", "inquiries",
                                                                                 "keywords.raise_bid")}
    facts = dict(pages=money["pages"], inquiries=money["inquiries"], raise_bid=money["keywords.raise_bid"],
                 amount=float(winback["revenue"].sum()))
    expected = ranked["money_at_stake"].idxmax()
    why = {"pages": "first.pages.why", "inquiries": "first.inquiries.why", "winback": "first.winback.why",
           "keywords.raise_bid": "first.raise_bid.why"}  # data: action code -> its template
    options = {}
    for letter, source in CHOICES.items():
        action = ranked.loc[source]
        options[letter] = Option(str(action["todo"]), source == expected,
                                 T(why[source], n=int(action["count"]), money=float(action["money_at_stake"]),
                                   **{k: v for k, v in facts.items() if k != source}))
    return check_choice(answer, options, hint=T("first.hint"))


@lru_cache(maxsize=None)
def _suggestion(period: str) -> dict:
    return mo.suggest_target(demo("shop_daily"), period)


@exercise("10.4", Text(T, "title.target"))
def check_10_next_target(answer):
    s, october = _suggestion(NEXT), _suggestion(MONTH)
    expected = float(s["amount"])
    row = _compare(MONTH)
    last_year = float(month(demo("shop_daily"), "2025-11")["paid_amount"].sum())
    amount_hint = T("target.trap.amount.hint")
    return check_number(
        answer, expected, kind="money",
        why=T("target.why", amount=expected, n=len(s["backtest"]), low=s["low"], high=s["high"],
              october=float(october["amount"]), actual=float(row["paid_amount"])),
        hint=T("target.hint"),
        traps=[Trap(float(s["low"]), T("target.trap.low"), amount_hint),
               Trap(float(s["high"]), T("target.trap.high"), amount_hint),
               Trap(float(october["amount"]), T("target.trap.october"), T("target.trap.october.hint")),
               Trap(float(row["paid_amount"]), T("target.trap.actual"), T("target.hint")),
               Trap(last_year, T("target.trap.last_year"), T("target.hint")),
               Trap(float(row["target_amount"]), T("target.trap.october_target"), T("target.hint")),
               Trap(float(row["paid_amount"]) * (1 + float(row["sales_change_pct"])), T("target.trap.mom"),
                    T("target.hint"))],
    )
