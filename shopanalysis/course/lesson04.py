"""Checkers of lesson 04, watching competitors (竞品与竞店)."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .. import competitors as cp
from .. import metrics, vocab
from ..text.lesson04 import T as L
from ._demo import demo, month
from .checks import Option, Text, Trap, check_choice, check_number, exercise

__all__ = ["check_04_dress_price_gap", "check_04_new_listing_pace", "check_04_dsr_gap", "check_04_undercut"]

OUR_SHOP = "栖梧女装旗舰店"  # data
MONDAY = "2026-10-19"  # the snapshot the lesson reads: a normal week, before the 双11 pre-sale prices
WEEK_BEFORE = "2026-10-12"
FOUR_WEEKS_BEFORE = "2026-09-21"
PRESALE = "2026-10-26"  # the next snapshot: every shop cut prices for the 双11 pre-sale
CATEGORY = "连衣裙"  # data
DSR = "dsr_description"


@lru_cache(maxsize=None)
def _prices(date: str = MONDAY) -> pd.DataFrame:
    return cp.compare_prices(demo("competitors"), date, our_shop=OUR_SHOP).set_index("category")


@exercise("4.1", Text(L, "4.1.title"))
def check_04_dress_price_gap(answer):
    p = _prices()
    row = p.loc[CATEGORY]
    expected = float(row["price_gap_pct"])
    now = cp.snapshot(demo("competitors"), MONDAY)
    dresses = now[now["category"] == CATEGORY]
    ours = dresses["shop"] == OUR_SHOP
    mean_gap = metrics.ratio(dresses.loc[ours, "price"].mean(), dresses.loc[~ours, "price"].mean()) - 1
    column = L("4.1.trap.column.hint")
    traps = [
        Trap(mean_gap, L("4.1.trap.mean", max=row["our_price_max"]), L("4.1.trap.row.hint", category=CATEGORY)),
        Trap(float(row["our_position_pct"]), L("bilingual.4.1.trap.position"), column),
        Trap(metrics.ratio(row["rival_price_median"], row["our_price_median"]) - 1, L("4.1.trap.inverse"), column),
        Trap(1 + expected, L("4.1.trap.ratio"), L("4.1.trap.ratio.hint")),
        Trap(-expected, L("4.1.trap.sign"), L("4.1.trap.sign.hint")),
        Trap(float(row["our_price_median"] - row["rival_price_median"]), L("4.1.trap.yuan"), column),
        Trap(float(_prices(PRESALE).loc[CATEGORY, "price_gap_pct"]), L("bilingual.4.1.trap.presale", day=PRESALE),
             L("4.1.trap.date.hint", day=MONDAY)),
    ]
    for category, other in p.drop(index=CATEGORY).iterrows():
        traps.append(Trap(float(other["price_gap_pct"]), L("4.1.trap.category", category=category, wanted=CATEGORY),
                          L("4.1.trap.category.hint", wanted=CATEGORY)))
    return check_number(
        answer, expected, kind="rate",
        why=L("4.1.why", ours=row["our_price_median"], gap=expected, theirs=row["rival_price_median"],
              position=row["our_position_pct"], n=int(row["rival_products"])),
        hint=L("4.1.hint", day=MONDAY, category=CATEGORY),
        traps=traps,
    )


@lru_cache(maxsize=None)
def _listings(date: str = MONDAY, since: str = FOUR_WEEKS_BEFORE) -> pd.DataFrame:
    out = cp.new_listings(demo("competitors"), date, since, our_shop=OUR_SHOP)
    return out.loc[~out["is_ours"]].reset_index(drop=True)


@exercise("4.2", Text(L, "4.2.title"))
def check_04_new_listing_pace(answer):
    first = _listings().iloc[0]
    expected = float(first["pieces_per_day"])
    window_days = (pd.Timestamp(MONDAY) - pd.Timestamp(FOUR_WEEKS_BEFORE)).days
    pieces = L("4.2.trap.pieces.hint")
    traps = [
        Trap(first["monthly_sales"] / 30, L("bilingual.4.2.trap.by_30", days=int(first["days_listed"])), pieces),
        Trap(float(first["monthly_sales"]), L("bilingual.4.2.trap.monthly"), pieces),
        Trap(float(first["category_pace"]), L("4.2.trap.pace", category=first["category"]), pieces),
        Trap(first["monthly_sales"] / window_days, L("4.2.trap.window", days=window_days, since=FOUR_WEEKS_BEFORE,
                                                     listed=first["listed_date"]), pieces),
    ]
    second = _listings().iloc[1]
    week = _listings(MONDAY, WEEK_BEFORE)
    week_first = week.iloc[0] if len(week) else None
    if week_first is not None and week_first["title"] == second["title"]:
        traps.append(Trap(float(second["pieces_per_day"]), L("4.2.trap.week_second", title=second["title"],
                                                             shop=second["shop"], since=WEEK_BEFORE),
                          L("4.2.trap.week_second.hint", since=FOUR_WEEKS_BEFORE)))
    else:
        traps.append(Trap(float(second["pieces_per_day"]), L("4.2.trap.second", title=second["title"],
                                                             shop=second["shop"]), L("4.2.trap.second.hint")))
        if week_first is not None:
            traps.append(Trap(float(week_first["pieces_per_day"]), L("4.2.trap.week", since=WEEK_BEFORE),
                              L("4.2.trap.week.hint", since=FOUR_WEEKS_BEFORE)))
    later = _listings(PRESALE, FOUR_WEEKS_BEFORE)
    if len(later) and later["title"].iloc[0] == first["title"]:
        traps.append(Trap(float(later["pieces_per_day"].iloc[0]), L("4.2.trap.later", day=PRESALE),
                          L("4.2.trap.later.hint", day=MONDAY)))
    return check_number(
        answer, expected, kind="number", rtol=0.01,
        why=L("4.2.why", shop=first["shop"], title=first["title"], price=first["price"],
              sold=int(first["monthly_sales"]), days=int(first["days_listed"]), pace=expected,
              times=first["category_pace"], category=first["category"]),
        hint=L("4.2.hint", day=MONDAY, since=FOUR_WEEKS_BEFORE),
        traps=traps,
    )


@lru_cache(maxsize=None)
def _dsr(date: str = MONDAY) -> pd.DataFrame:
    return cp.compare_dsr(demo("competitor_shops"), date, our_shop=OUR_SHOP).set_index("dimension")


@exercise("4.3", Text(L, "bilingual.4.3.title"))
def check_04_dsr_gap(answer):
    d = _dsr()
    row = d.loc[DSR]
    expected = float(row["gap_to_mean"])
    now = cp.snapshot(demo("competitor_shops"), MONDAY)
    with_ours = float(row["ours"] - now[DSR].mean())
    gap = L("4.3.trap.gap.hint")
    snapshot = L("4.3.trap.snapshot.hint", day=MONDAY)
    traps = [
        Trap(float(row["gap_to_best"]), L("4.3.trap.best", shop=row["best_shop"], best=row["rivals_max"]), gap),
        Trap(-expected, L("4.3.trap.sign"), L("4.3.trap.sign.hint")),
        Trap(round(expected, 2), L("4.3.trap.rounded", mean=row["rivals_mean"]), L("4.3.trap.rounded.hint")),
        Trap(with_ours, L("4.3.trap.with_ours"), L("4.3.trap.with_ours.hint")),
        Trap(float(_dsr(WEEK_BEFORE).loc[DSR, "gap_to_mean"]), L("4.3.trap.snapshot", day=WEEK_BEFORE), snapshot),
        Trap(float(_dsr(PRESALE).loc[DSR, "gap_to_mean"]), L("4.3.trap.snapshot", day=PRESALE), snapshot),
    ]
    for dim, other in d.drop(index=DSR).iterrows():
        name = vocab.label(dim, lang="zh")  # the course names the scores as 生意参谋 does
        traps.append(Trap(float(other["gap_to_mean"]), L("bilingual.4.3.trap.dimension", name=name, dimension=dim),
                          L("4.3.trap.dimension.hint", dimension=DSR)))
    return check_number(
        answer, expected, kind="number", rtol=0.01,
        why=L("bilingual.4.3.why", ours=row["ours"], gap=abs(expected), mean=row["rivals_mean"],
              rank=int(row["our_rank"]), n=int(row["n_shops"])),
        hint=L("4.3.hint", day=MONDAY, dimension=DSR),
        traps=traps,
    )


def _undercut_facts() -> dict:
    """The numbers the undercut judgement rests on, all from the package."""
    comp = demo("competitors")
    u = cp.find_undercuts(comp, MONDAY, our_shop=OUR_SHOP)
    top = u.loc[u["our_rank"] == 1].iloc[0]  # our best seller's best-selling undercutter
    products = demo("products").set_index("product_id")
    cost = float(products.loc[top["our_product_id"], "unit_cost"])
    before = cp.snapshot(comp, FOUR_WEEKS_BEFORE).set_index(["shop", "product_id"])
    ours_before = int(before.loc[(OUR_SHOP, top["our_product_id"]), "monthly_sales"])
    now = cp.snapshot(comp, MONDAY).set_index(["shop", "product_id"])
    our_reviews = int(now.loc[(OUR_SHOP, top["our_product_id"]), "review_count"])
    rival_reviews = int(now.loc[(top["shop"], top["product_id"]), "review_count"])
    daily = demo("products_daily")
    mine = daily[daily["product_id"] == top["our_product_id"]]
    aug, sep = metrics.summarize(month(mine, "2026-08")).iloc[0], metrics.summarize(month(mine, "2026-09")).iloc[0]
    shop_sep = metrics.conversion_rate(month(daily, "2026-09"))
    margin_now, margin_matched = float(top["our_price"]) - cost, float(top["price"]) - cost
    return {"top": top, "cost": cost, "ours_before": ours_before,
            "our_reviews": our_reviews, "rival_reviews": rival_reviews, "aug": aug, "sep": sep,
            "shop_sep": shop_sep, "margin_now": margin_now, "margin_matched": margin_matched,
            "break_even": margin_now / margin_matched}


@exercise("4.4", Text(L, "4.4.title"), judgement=True)
def check_04_undercut(answer):
    f = _undercut_facts()
    t, aug, sep = f["top"], f["aug"], f["sep"]
    drop = abs(sep["impressions"] / aug["impressions"] - 1)
    margins = dict(now=f["margin_now"], matched=f["margin_matched"])
    options = {
        "A": Option(L("4.4.A", price=t["price"], ratio=t["sales_ratio"]), False,
                    L("4.4.A.why", price=t["price"], cost=f["cost"], break_even=f["break_even"],
                      rate=sep["conversion_rate"], shop=f["shop_sep"], **margins)),
        "B": Option(L("4.4.B", rating=t["our_rating"]), False,
                    L("4.4.B.why", before=f["ours_before"], after=int(t["our_monthly_sales"]),
                      first=FOUR_WEEKS_BEFORE, last=MONDAY, drop=drop, rival=int(t["monthly_sales"]))),
        "C": Option(L("bilingual.4.4.C", price=t["our_price"], gap=t["price_gap"], reviews=f["our_reviews"]), True,
                    L("4.4.C.why", drop=drop, ctr_before=aug["ctr"], ctr_after=sep["ctr"],
                      rate_before=aug["conversion_rate"], rate_after=sep["conversion_rate"], shop=f["shop_sep"],
                      price=t["price"], reviews=f["our_reviews"], rival_reviews=f["rival_reviews"], **margins)),
    }
    return check_choice(answer, options, hint=L("4.4.hint"))
