"""Checkers of lesson 04, watching competitors (竞品与竞店)."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .. import competitors as cp
from .. import metrics, vocab
from ._demo import demo, month
from .checks import Option, Trap, check_choice, check_number, exercise

__all__ = ["check_04_dress_price_gap", "check_04_new_listing_pace", "check_04_dsr_gap", "check_04_undercut"]

OUR_SHOP = "栖梧女装旗舰店"
MONDAY = "2026-10-19"  # the snapshot the lesson reads: a normal week, before the 双11 pre-sale prices
WEEK_BEFORE = "2026-10-12"
FOUR_WEEKS_BEFORE = "2026-09-21"
PRESALE = "2026-10-26"  # the next snapshot: every shop cut prices for the 双11 pre-sale
CATEGORY = "连衣裙"
DSR = "dsr_description"


@lru_cache(maxsize=None)
def _prices(date: str = MONDAY) -> pd.DataFrame:
    return cp.compare_prices(demo("competitors"), date, our_shop=OUR_SHOP).set_index("category")


@exercise("4.1", "Our dresses against the rivals'")
def check_04_dress_price_gap(answer):
    p = _prices()
    row = p.loc[CATEGORY]
    expected = float(row["price_gap_pct"])
    now = cp.snapshot(demo("competitors"), MONDAY)
    dresses = now[now["category"] == CATEGORY]
    ours = dresses["shop"] == OUR_SHOP
    mean_gap = metrics.ratio(dresses.loc[ours, "price"].mean(), dresses.loc[~ours, "price"].mean()) - 1
    traps = [
        Trap(mean_gap, f"that compares the mean prices; compare_prices compares the medians, which a few dear "
             f"dresses (ours go up to ¥{row['our_price_max']:,.0f}) cannot drag",
             'take price_gap_pct of the "连衣裙" row'),
        Trap(float(row["our_position_pct"]), "that is our price position (价格分位: the share of rival dresses "
             "priced below our median), not the gap between the medians", 'take the "price_gap_pct" column'),
        Trap(metrics.ratio(row["rival_price_median"], row["our_price_median"]) - 1,
             "that divides the other way (their median over ours); the gap is ours / theirs - 1",
             'take the "price_gap_pct" column'),
        Trap(1 + expected, "that is our median / theirs; the gap is that ratio minus 1 (1.05 means 5% dearer)",
             'take "price_gap_pct", which has the 1 taken off'),
        Trap(-expected, "that has the sign flipped: the gap is our median / theirs - 1, positive when we are dearer",
             'take "price_gap_pct" as it is'),
        Trap(float(row["our_price_median"] - row["rival_price_median"]), "that is the gap in yuan; the exercise "
             "wants it as a fraction of their median", 'take the "price_gap_pct" column'),
        Trap(float(_prices(PRESALE).loc[CATEGORY, "price_gap_pct"]), f"that is the gap at the {PRESALE} snapshot, "
             f"with the 双11 pre-sale prices", f'pass "{MONDAY}"'),
    ]
    for category, other in p.drop(index=CATEGORY).iterrows():
        traps.append(Trap(float(other["price_gap_pct"]), f"that is the gap of {category}, not of {CATEGORY}",
                          'select the row with .loc["连衣裙", "price_gap_pct"]'))
    return check_number(
        answer, expected, kind="rate",
        why=(f"our median dress (¥{row['our_price_median']:,.0f}) is {expected:.1%} above the rivals' median "
             f"(¥{row['rival_price_median']:,.0f}), dearer than {row['our_position_pct']:.0%} of their "
             f"{int(row['rival_products'])} dresses: a premium we have to earn with what the buyer sees on the page."),
        hint=(f'prices = sa.competitors.compare_prices(comp, "{MONDAY}", our_shop=ours), then '
              f'prices.set_index("category").loc["{CATEGORY}", "price_gap_pct"]'),
        traps=traps,
    )


@lru_cache(maxsize=None)
def _listings(date: str = MONDAY, since: str = FOUR_WEEKS_BEFORE) -> pd.DataFrame:
    out = cp.new_listings(demo("competitors"), date, since, our_shop=OUR_SHOP)
    return out.loc[~out["is_ours"]].reset_index(drop=True)


@exercise("4.2", "How fast the new rival listing sells")
def check_04_new_listing_pace(answer):
    first = _listings().iloc[0]
    expected = float(first["pieces_per_day"])
    window_days = (pd.Timestamp(MONDAY) - pd.Timestamp(FOUR_WEEKS_BEFORE)).days
    traps = [
        Trap(first["monthly_sales"] / 30, f"that divides its 月销量 by 30 days, but it has been listed only "
             f"{int(first['days_listed'])} days: all its sales happened in those days", 'take "pieces_per_day"'),
        Trap(float(first["monthly_sales"]), "that is its 月销量 (pieces in the last 30 days), not pieces a day",
             'take "pieces_per_day"'),
        Trap(float(first["category_pace"]), f"that is its category_pace: how many times as fast as the median "
             f"{first['category']} sells. The exercise wants pieces a day", 'take "pieces_per_day"'),
        Trap(first["monthly_sales"] / window_days, f"that divides by the {window_days} days since "
             f"{FOUR_WEEKS_BEFORE}; it was listed on {first['listed_date']:%Y-%m-%d}", 'take "pieces_per_day"'),
    ]
    second = _listings().iloc[1]
    week = _listings(MONDAY, WEEK_BEFORE)
    week_first = week.iloc[0] if len(week) else None
    if week_first is not None and week_first["title"] == second["title"]:
        traps.append(Trap(float(second["pieces_per_day"]), f"that is {second['title']} ({second['shop']}), the fastest "
                          f"listing of the last week alone (since {WEEK_BEFORE}) but only the second of the four weeks",
                          f'look four weeks back (since "{FOUR_WEEKS_BEFORE}") and take the first row'))
    else:
        traps.append(Trap(float(second["pieces_per_day"]), f"that is the second-fastest new listing, "
                          f"{second['title']} ({second['shop']}); the table is sorted fastest first",
                          "take the first row: .iloc[0]"))
        if week_first is not None:
            traps.append(Trap(float(week_first["pieces_per_day"]), f"that is the fastest listing of the last week "
                              f"alone (since {WEEK_BEFORE}); one week is too short a window",
                              f'pass "{FOUR_WEEKS_BEFORE}" as since'))
    later = _listings(PRESALE, FOUR_WEEKS_BEFORE)
    if len(later) and later["title"].iloc[0] == first["title"]:
        traps.append(Trap(float(later["pieces_per_day"].iloc[0]), f"that is its pace at the {PRESALE} snapshot",
                          f'pass "{MONDAY}" as the date'))
    return check_number(
        answer, expected, kind="number", rtol=0.01,
        why=(f"{first['shop']}'s {first['title']} (¥{first['price']:,.0f}) has sold {int(first['monthly_sales'])} "
             f"pieces in its {int(first['days_listed'])} days, {expected:.1f} a day: {first['category_pace']:.1f}x "
             f"the median {first['category']} in the tracked shops. A new listing that fast is the style the market "
             f"wants now; it belongs in this week's notes."),
        hint=(f'listings = sa.competitors.new_listings(comp, "{MONDAY}", "{FOUR_WEEKS_BEFORE}", our_shop=ours); '
              f'the first row sells fastest: listings["pieces_per_day"].iloc[0]'),
        traps=traps,
    )


@lru_cache(maxsize=None)
def _dsr(date: str = MONDAY) -> pd.DataFrame:
    return cp.compare_dsr(demo("competitor_shops"), date, our_shop=OUR_SHOP).set_index("dimension")


@exercise("4.3", "Our 描述相符 against the rivals'")
def check_04_dsr_gap(answer):
    d = _dsr()
    row = d.loc[DSR]
    expected = float(row["gap_to_mean"])
    now = cp.snapshot(demo("competitor_shops"), MONDAY)
    with_ours = float(row["ours"] - now[DSR].mean())
    traps = [
        Trap(float(row["gap_to_best"]), f"that is the gap to the best rival ({row['best_shop']}, "
             f"{row['rivals_max']:.2f}), not to the rivals' mean", 'take "gap_to_mean"'),
        Trap(-expected, "that has the sign flipped: the gap is ours minus the rivals' mean, negative when we are "
             "below them", 'take "gap_to_mean" as it is'),
        Trap(round(expected, 2), f"that is the gap rounded to two decimals; the rivals' mean "
             f"({row['rivals_mean']:.3f}) has three, and at this scale the third one matters",
             "keep the value as compare_dsr gives it"),
        Trap(with_ours, "that compares us with the mean of all the shops, ours included; the rivals' mean leaves "
             "us out", 'take "gap_to_mean" from compare_dsr'),
        Trap(float(_dsr(WEEK_BEFORE).loc[DSR, "gap_to_mean"]), f"that is the gap at the {WEEK_BEFORE} snapshot",
             f'pass "{MONDAY}"'),
        Trap(float(_dsr(PRESALE).loc[DSR, "gap_to_mean"]), f"that is the gap at the {PRESALE} snapshot",
             f'pass "{MONDAY}"'),
    ]
    for dim, other in d.drop(index=DSR).iterrows():
        name = vocab.label(dim, lang="zh")  # the course names the scores as 生意参谋 does
        traps.append(Trap(float(other["gap_to_mean"]), f"that is the gap of {name} ({dim}), not of 描述相符",
                          f'select the "{DSR}" row'))
    return check_number(
        answer, expected, kind="number", rtol=0.01,
        why=(f"our 描述相符 {row['ours']:.2f} is {abs(expected):.3f} below the rivals' mean "
             f"({row['rivals_mean']:.3f}), rank {int(row['our_rank'])} of {int(row['n_shops'])} shops. Small as it "
             f"looks, a DSR below the category weighs on search ranking; 描述相符 is fixed with photos, size charts "
             f"and descriptions that match the goods."),
        hint=(f'dsr = sa.competitors.compare_dsr(shops, "{MONDAY}", our_shop=ours), then '
              f'dsr.set_index("dimension").loc["{DSR}", "gap_to_mean"] (ours minus the rivals\' mean: negative '
              f"when we are below)"),
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


@exercise("4.4", "What to do about the undercut", judgement=True)
def check_04_undercut(answer):
    f = _undercut_facts()
    t, aug, sep = f["top"], f["aug"], f["sep"]
    impressions = sep["impressions"] / aug["impressions"] - 1
    options = {
        "A": Option(f"Match ¥{t['price']:,.0f} this week: the rival sells {t['sales_ratio']:.1f}x as many, our "
                    f"best seller must be defended, and a lower price lifts conversion and with it the search "
                    f"rank that brings the free traffic back.", False,
                    f"at ¥{t['price']:,.0f} each piece leaves ¥{f['margin_matched']:,.0f} over the unit cost of "
                    f"¥{f['cost']:,.0f} instead of ¥{f['margin_now']:,.0f}: we would have to sell "
                    f"{f['break_even']:.1f}x as many pieces just to earn the same. And the buyers who reach our page "
                    f"still buy ({sep['conversion_rate']:.2%} in September against {f['shop_sep']:.2%} for the "
                    f"shop): price is not what we are losing them on."),
        "B": Option(f"Do nothing: it is another style, our dress is rated {t['our_rating']:.1f} like theirs, and "
                    f"buyers who reach our page still convert, so the undercut is not costing us sales.",
                    False,
                    f"our dress fell from {f['ours_before']} to {int(t['our_monthly_sales'])} pieces a month "
                    f"between the {FOUR_WEEKS_BEFORE} and {MONDAY} snapshots, and its impressions fell "
                    f"{abs(impressions):.0%} from August to September, while the rival's dress still sells "
                    f"{int(t['monthly_sales'])}. Something is taking our place in search, and waiting lets it go on."),
        "C": Option(f"Keep ¥{t['our_price']:,.0f}: our page converts, we are losing exposure. Work on what wins "
                    f"the search click and shows the ¥{t['price_gap']:,.0f} difference (main image, title, the "
                    f"{f['our_reviews']:,} reviews, a bundle or a 双11 coupon) and check the rival's sales every "
                    f"Monday.", True,
                    f"impressions fell {abs(impressions):.0%} (August → September) while the click-through rate "
                    f"held ({aug['ctr']:.2%} → {sep['ctr']:.2%}) and conversion rose "
                    f"({aug['conversion_rate']:.2%} → {sep['conversion_rate']:.2%}, above the shop's "
                    f"{f['shop_sep']:.2%}): buyers who see the dress choose it. Matching ¥{t['price']:,.0f} would cut "
                    f"the margin from ¥{f['margin_now']:,.0f} to ¥{f['margin_matched']:,.0f} a piece; compete on "
                    f"value first ({f['our_reviews']:,} reviews against their {f['rival_reviews']:,}), and cut "
                    f"price last, if at all."),
    }
    return check_choice(answer, options, hint=(
        "before answering, look at the rival's monthly sales, our dress's impressions, click-through and conversion "
        "month by month (products_daily), and what matching the price leaves over the unit cost"))
