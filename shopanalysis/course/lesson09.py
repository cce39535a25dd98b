"""Checkers of lesson 09, customers (客户分析): the repeat rate, a segment's size, coupon or SMS, masked phones.

Every expected answer and every known mistake is computed with :mod:`shopanalysis.customers` on
the demo shop's ``orders``; the words are in :mod:`shopanalysis.text.lesson09`.
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .. import customers as cu
from .. import vocab
from ..text.lesson09 import T
from ._demo import demo
from .checks import Option, Text, Trap, check_choice, check_number, exercise

__all__ = ["check_09_repeat_rate", "check_09_segment_size", "check_09_coupon_or_sms", "check_09_masked_phones"]

START, END = "2026-10-01", "2026-10-31"  # the exercises' month
EXAMPLE_END = "2026-09-30"  # the worked example's day
SEGMENT = "important_keep"
BEFORE = "2026-04-30"  # six months before END: who came back since, per segment


@lru_cache(maxsize=None)
def _table(end: str, include_refunded: bool = False) -> pd.DataFrame:
    return cu.segment_customers(cu.customer_table(demo("orders"), observation_end=end,
                                                  include_refunded=include_refunded))


@lru_cache(maxsize=None)
def _october_counts() -> tuple[pd.Series, pd.Series]:
    """Orders per buyer in October (refunds left out): inside the month, and ever up to its end."""
    orders = demo("orders")
    kept = orders.loc[~orders["refunded"].astype(bool)]
    end = pd.Timestamp(END) + pd.Timedelta(days=1)
    inside = kept.loc[kept["paid_at"].between(pd.Timestamp(START), end, inclusive="left")]
    counts = inside.groupby("buyer_id").size()
    ever = kept.loc[kept["paid_at"] < end].groupby("buyer_id").size().reindex(counts.index)
    return counts, ever


@lru_cache(maxsize=None)
def _repeat_values() -> dict[str, float]:
    """The repeat rate of October and the values of its known mistakes (computed once)."""
    orders = demo("orders")
    counts, ever = _october_counts()
    returning = cu.returning_share(orders, end=END, min_history=1).set_index("period")
    return {
        "expected": cu.repeat_rate(orders, start=START, end=END),
        "buyers": len(counts), "repeat": int((counts >= 2).sum()),
        "refunded": cu.repeat_rate(orders, start=START, end=END, include_refunded=True),
        "september": cu.repeat_rate(orders, start="2026-09-01", end=EXAMPLE_END),
        "year": cu.repeat_rate(orders, start="2025-11-01", end=END),
        "orders": float(counts[counts >= 2].sum() / counts.sum()),
        "returning": float(returning.loc[pd.Timestamp(START), "returning_share"]),
        "ever": float((ever >= 2).mean()),
    }


@exercise("9.1", Text(T, "title.repeat"))
def check_09_repeat_rate(answer):
    v = _repeat_values()
    expected = v["expected"]
    period_hint = T("repeat.trap.period.hint")
    return check_number(
        answer, expected, kind="rate",
        why=T("repeat.why", buyers=v["buyers"], repeat=v["repeat"], rate=expected, september=v["september"],
              year=v["year"]),
        hint=T("repeat.hint"),
        traps=[Trap(v["refunded"], T("repeat.trap.refunded"), T("repeat.trap.refunded.hint")),
               Trap(v["september"], T("repeat.trap.september"), period_hint),
               Trap(v["year"], T("repeat.trap.year"), period_hint),
               Trap(v["orders"], T("repeat.trap.orders"), T("repeat.trap.orders.hint")),
               Trap(v["returning"], T("repeat.trap.returning")),
               Trap(v["ever"], T("repeat.trap.ever")),
               Trap(1 - expected, T("repeat.trap.once"), T("repeat.trap.once.hint"))],
    )


@lru_cache(maxsize=None)
def _sizes(end: str, include_refunded: bool = False) -> pd.DataFrame:
    return cu.summarize_segments(_table(end, include_refunded)).set_index("segment")


@exercise("9.2", Text(T, "title.segment"))
def check_09_segment_size(answer):
    sizes = _sizes(END)
    expected = int(sizes.loc[SEGMENT, "customers"])
    used = _table(END).attrs["thresholds"]
    other_hint = T("segment.trap.other.hint")
    traps = [Trap(int(sizes.loc[s, "customers"]),
                  T("segment.trap.other", label=vocab.value_label("segment", s),
                    wanted=vocab.value_label("segment", SEGMENT)), other_hint)
             for s in cu.SEGMENTS if s != SEGMENT]
    traps += [Trap(int(_sizes(EXAMPLE_END).loc[SEGMENT, "customers"]), T("segment.trap.september"),
                   T("segment.trap.september.hint")),
              Trap(int(_sizes(END, True).loc[SEGMENT, "customers"]), T("segment.trap.refunded"),
                   T("segment.trap.refunded.hint")),
              Trap(len(_listed()), T("segment.trap.list"), other_hint),
              Trap(len(_table(END)), T("segment.trap.all"), other_hint)]
    return check_number(
        answer, expected, kind="count",
        why=T("segment.why", n=expected, days=used["recency_days"], orders=used["orders"], revenue=used["revenue"],
              amount=float(sizes.loc[SEGMENT, "revenue"])),
        hint=T("segment.hint"), traps=traps)


@lru_cache(maxsize=None)
def _listed(phone: bool = False) -> pd.DataFrame:
    """The win-back list on END, without the BG/NBD model (as the lesson builds it)."""
    return cu.reactivation_list(demo("orders"), observation_end=END, model=False,
                                phone="buyer_phone" if phone else None)  # data: the orders' phone column


@lru_cache(maxsize=None)
def _came_back() -> pd.Series:
    """Per segment on BEFORE: the share of its buyers who bought again by END (refunds left out)."""
    then = _table(BEFORE)
    later = cu.customer_table(demo("orders"), observation_end=END, phone=None)
    back = later.loc[then.index, "last_purchase"] >= pd.Timestamp(BEFORE) + pd.Timedelta(days=1)
    return back.groupby(then["segment"]).mean()


@exercise("9.3", Text(T, "title.coupon"), judgement=True)
def check_09_coupon_or_sms(answer):
    listed = _listed()
    by = listed.groupby("segment").agg(n=("revenue", "size"), amount=("revenue", "sum"), mean=("revenue", "mean"),
                                       orders=("orders", "mean"))
    sizes = _sizes(END)
    back = _came_back()
    keep, winback = by.loc["important_keep"], by.loc["important_winback"]
    general = sizes.loc["general_winback"]
    facts = dict(
        n=len(listed), once=int((listed["orders"] == 1).sum()), keep=int(keep["n"]),
        others=int(len(listed) - keep["n"]), winback=int(winback["n"]), general=int(general["customers"]),
        keep_orders=float(keep["orders"]), keep_mean=float(keep["mean"]), keep_amount=float(keep["amount"]),
        keep_back=float(back["important_keep"]), winback_mean=float(winback["mean"]),
        winback_amount=float(winback["amount"]), winback_back=float(back["important_winback"]),
        general_mean=float(general["revenue"] / general["customers"]), general_back=float(back["general_winback"]),
    )
    options = {letter: Option(T(f"coupon.{letter.lower()}", **facts), letter == "B",
                              T(f"coupon.{letter.lower()}.why", **facts))
               for letter in "ABCD"}
    return check_choice(answer, options, hint=T("coupon.hint"))


@exercise("9.4", Text(T, "title.masked"))
def check_09_masked_phones(answer):
    listed = _listed(phone=True)
    facts = dict(n=len(listed), example=str(listed["phone"].iloc[0]))
    options = {letter: Option(T(f"masked.{letter.lower()}", **facts), letter == "B",
                              T(f"masked.{letter.lower()}.why", **facts))
               for letter in "ABCD"}
    return check_choice(answer, options, hint=T("masked.hint"))
