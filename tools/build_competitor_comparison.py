"""Write notebooks/reports/competitor_comparison.ipynb from the cells below (outputs empty).

The notebook is the source of truth once written; this script keeps its first
version reviewable as code. Run: .venv/bin/python tools/build_competitor_comparison.py
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

md, code = new_markdown_cell, new_code_cell

cells = [
    md("""# 竞品对比 · Competitor comparison

**Who reads it:** the operator (运营) and the shop owner, once a week after the Monday snapshot.
**What it answers:** where we rank by monthly sales, whether our prices sit where the rivals'
do in each category, what the rivals listed and how fast it sells, how our reviews and DSR
compare, what changed since last week, and what to do about it.

Every number comes from the `competitors` and `competitor_shops` exports through the
`shopanalysis` package; this notebook only arranges them. Rerun it for another week with
`shopanalysis run competitor-comparison -p snapshot_date=2026-10-19 -p compare_with=2026-10-12`
(or `--data your_exports/`). A date need not be a snapshot day: the nearest snapshot on or
before it is used."""),
    code("""%config InlineBackend.figure_format = "retina"
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns
from IPython.display import display

import shopanalysis as sa

sa.set_style()"""),
    code("""snapshot_date: str = "2026-10-26"  # the snapshot to report (YYYY-MM-DD); the nearest snapshot on or before it is used
compare_with: str = "2026-10-19"  # the earlier snapshot to compare with: a week before for "this week", a month before works too
listing_weeks: int = 4  # new listings: products that appeared in the last N weeks (one week is too short to judge how fast they sell)
data_dir: str = ""  # folder of your exports; empty for the bundled demo shop
our_shop: str = "栖梧女装旗舰店"  # our shop's name exactly as it appears in competitors / competitor_shops
top_n: int = 10  # how many shops and products the charts and tables show
include: list = []  # rivals to compare with (shop names); empty for every rival in the data
exclude: list = []  # rivals to leave out (shop names)
rank_by: str = "monthly_sales"  # rank shops by monthly_sales (月销量, pieces) or sales_amount (price x monthly sales, an estimate)
undercut_threshold: float = 0.10  # a rival product undercuts ours when it is in the same category and at least this much cheaper
best_sellers: int = 5  # how many of our best sellers (by monthly sales) to check for undercuts
price_move: float = 0.05  # a price change of this size or more counts as a change
sales_move: float = 0.30  # a change in monthly sales of this size or more counts as a change
interactive: bool = True  # widgets to explore (shopanalysis run turns them off)""",
         metadata={"tags": ["parameters"]}),
    code("""tables = ["competitors", "competitor_shops", "products"]
shop = sa.load_shop(data_dir, tables=tables) if data_dir else sa.load_demo_shop(tables=tables)
shop.require("competitors", "competitor_shops")
cp = sa.competitors
labels = cp.LABELS
comp = cp.filter_shops(shop.competitors, our_shop=our_shop, include=include, exclude=exclude)
shops = cp.filter_shops(shop.competitor_shops, our_shop=our_shop, include=include, exclude=exclude)
day = cp.resolve_snapshot(comp, snapshot_date)
since = cp.resolve_snapshot(comp, compare_with)
listings_since = cp.resolve_snapshot(comp, day - pd.Timedelta(weeks=listing_weeks))
now = cp.snapshot(comp, day)
ranking = cp.rank_shops(comp, day, our_shop=our_shop, value=rank_by, since=since)
ours = ranking.set_index("shop").loc[our_shop]
prices = cp.compare_prices(comp, day, our_shop=our_shop)
listings = cp.new_listings(comp, day, listings_since, our_shop=our_shop)
undercuts = cp.find_undercuts(comp, day, our_shop=our_shop, threshold=undercut_threshold, best_sellers=best_sellers)
sa.present.title(f"{our_shop} · 竞品对比 {day:%Y-%m-%d}（对比 {since:%Y-%m-%d}）")"""),
    code("""sa.present.kpis({
    f"{labels[rank_by]}排名": (f"第{ours['rank']}名 / {len(ranking)}",
                            f"对比日 第{ours['rank_before']:.0f}名" if pd.notna(ours["rank_before"]) else None),
    "本店月销量": (sa.plotting.format_number(ours["monthly_sales"]),
              f"占跟踪店铺 {sa.plotting.format_pct(ours['monthly_sales'] / ranking['monthly_sales'].sum())}"),
    "新品": (str(int((~listings["is_ours"]).sum())), f"竞店 {listings_since:%m-%d} 以来上架"),
    "低价竞品": (str(len(undercuts)), f"比本店畅销款便宜 {sa.plotting.format_pct(undercut_threshold, 0)} 以上"),
})"""),
    md("""## 1. 月销量排名 · Who sells most

Shops ranked by the summed 月销量 (pieces sold in the last 30 days) of their tracked
products, ours highlighted. 销售额估算 (sales) is an **estimate**: each product's snapshot
price × its monthly sales; real takings differ with coupons, price changes within the month
and refunds. 成交均价 is that estimate per piece."""),
    code("""fig, ax = plt.subplots(figsize=(8, 0.3 * min(len(ranking), top_n + 1) + 1.2))
sa.plotting.plot_bar(ranking, value=rank_by, label="shop", highlight=our_shop, top=top_n, ax=ax,
                     xformat="yuan" if rank_by == "sales_amount" else "number",
                     title=f"{labels[rank_by]}排名 {day:%Y-%m-%d}")
plt.show()"""),
    code("""sa.present.table(
    ranking[["rank", "shop", "products", "monthly_sales", "sales_amount", "avg_price", "share", "rank_before",
             "change_pct"]].head(top_n),
    labels={**labels, "share": f"{labels[rank_by]}占比", "change_pct": f"{labels[rank_by]}变化"},
    number=["monthly_sales"], signed=["change_pct"])"""),
    md("""## 2. 价格带 · Price bands

For each category: our prices against the rivals'. **价格分位** (our price position) is the
share of rival products priced below our median (ties count half): 80% means we are dearer than
four in five of their products. 中位价差 compares the two medians. Prices are those of the same
snapshot on both sides (promotional prices in a promotion week)."""),
    code("""sa.present.table(
    prices[["category", "our_products", "our_price_median", "rival_products", "rival_price_q1", "rival_price_median",
            "rival_price_q3", "price_gap_pct", "our_position_pct", "our_sales_share"]],
    labels=labels, signed=["price_gap_pct"])"""),
    code("""order = prices["category"].tolist()
fig, ax = plt.subplots(figsize=(8, 0.42 * len(order) + 1.2))
sns.boxplot(data=now[now["shop"] != our_shop], x="price", y="category", order=order, whis=(0, 100), width=0.6,
            color=sa.plotting.MUTED_COLOR, ax=ax)
sns.stripplot(data=now[now["shop"] == our_shop], x="price", y="category", order=order, marker="D", size=6, jitter=0.12,
              color=sa.plotting.TOTAL_COLOR, ax=ax)
ax.set_xscale("log")
ax.set_xticks([50, 100, 150, 200, 300, 500, 800])
ax.xaxis.set_major_formatter(sa.plotting.yuan_formatter())
ax.xaxis.set_minor_locator(plt.NullLocator())
ax.set(xlabel="价格（对数刻度）", ylabel="", title="竞品价格带（箱：25%-75%，线：最低-最高）与本店商品（◆）")
plt.show()"""),
    md("""Where our pieces sell across price tiers, against where the rivals' sell: a tier that
holds a large share of the rivals' sales and little of ours is a band the market buys and we
barely offer."""),
    code("""tiers = cp.compare_price_tiers(comp, day, our_shop=our_shop)
sa.present.table(tiers, labels=labels, number=["our_sales", "rival_sales"])"""),
    md("""## 3. 新品 · New listings

Products that appeared since the snapshot `listing_weeks` weeks back (4 by default: one week
is too short to tell how fast a product sells), fastest first.
日均销量 = 月销量 / days listed (at most 30: 月销量 counts the last 30 days); 对比类目中位
is that pace against the category's median product (2.0 = twice as fast)."""),
    code("""print(f"新品：{listings_since:%Y-%m-%d} 至 {day:%Y-%m-%d} 之间出现的商品 {len(listings)} 个")
sa.present.table(
    listings[["shop", "title", "category", "price", "listed_date", "days_listed", "monthly_sales", "sales_per_day",
              "category_pace"]].head(top_n).assign(listed_date=lambda d: d["listed_date"].dt.strftime("%Y-%m-%d")),
    labels=labels, number=["monthly_sales", "sales_per_day", "category_pace"])"""),
    md("""## 4. 评价与评分 · Reviews and ratings

评价数 is cumulative over the shop's tracked products; 评分 is their ratings weighted by
review count; 新增评价 are the reviews gained since the comparison snapshot (a rough gauge of
recent orders); 低分商品数 counts products rated under 4.6."""),
    code("""reviews = cp.compare_reviews(comp, day, our_shop=our_shop, since=since)
sa.present.table(
    reviews[["shop", "products", "review_count", "new_reviews", "rating", "rank", "low_rating_products"]].head(top_n),
    labels={**labels, "rank": "评分排名"}, number=["rating"])"""),
    md("""## 5. DSR 动态评分 · DSR against ours

The three shop scores buyers give after a purchase: 描述相符 (item as described), 服务态度
(service), 物流服务 (shipping). A gap of 0.05 looks small but moves search ranking and the
badge buyers see; the second table shows each shop's scores minus ours (positive: better than us)."""),
    code("""dsr = cp.compare_dsr(shops, day, our_shop=our_shop, since=since)
sa.present.table(dsr[["label", "ours", "ours_before", "rivals_mean", "rivals_max", "best_shop", "gap_to_mean",
                      "gap_to_best", "our_rank"]],
                 labels=labels, signed=["gap_to_mean", "gap_to_best"],
                 number=["ours", "ours_before", "rivals_mean", "rivals_max"])"""),
    code("""dsr_shops = cp.rank_dsr(shops, day, our_shop=our_shop)
sa.present.table(dsr_shops[["shop", "dsr_description", "dsr_service", "dsr_shipping", "dsr_description_vs_ours",
                            "dsr_service_vs_ours", "dsr_shipping_vs_ours", "followers"]].head(top_n + 1),
                 labels=labels, signed=["dsr_description_vs_ours", "dsr_service_vs_ours", "dsr_shipping_vs_ours"])"""),
    md("""## 6. 低价竞品 · Who undercuts our best sellers

For each of our best sellers (by 月销量), the rivals' best-selling products in the same
category priced at least `undercut_threshold` below it. 销量倍数 is their monthly sales over
ours: 2.0 sells twice as many."""),
    code("""sa.present.table(
    undercuts[["our_title", "our_price", "our_monthly_sales", "shop", "title", "price", "monthly_sales",
               "undercut_pct", "sales_ratio"]],
    labels=labels, number=["our_monthly_sales", "monthly_sales", "sales_ratio"])"""),
    md("""## 7. 本周变化 · What changed

Price moves of `price_move` or more (one line for a move most rivals made together, such as a
platform promotion), shops and products whose monthly sales moved by `sales_move` or more,
new and removed listings, and DSR moves, since the comparison snapshot."""),
    code("""changes = cp.find_changes(comp, shops, day, since, our_shop=our_shop, price_move=price_move,
                          sales_move=sales_move)
sa.present.bullets(changes["finding"], title=f"{since:%Y-%m-%d} → {day:%Y-%m-%d}")"""),
    md("""## 8. 建议 · Suggestions

Written from the numbers above, most pressing first; each quotes the figures it rests on."""),
    code("""suggestions = cp.suggest(undercuts=undercuts, ranking=ranking, listings=listings, dsr=dsr, prices=prices,
                         products=shop.products)
sa.present.bullets(suggestions)"""),
    md("""## 探索 · Explore

In Jupyter Lab, pick a category to list its products, ours and the rivals', best sellers first
(skipped in headless runs)."""),
    code("""if interactive:
    import ipywidgets as widgets

    display(widgets.interactive(
        lambda category: display(sa.present.table(
            cp.list_products(comp, day, our_shop=our_shop, category=category, top=top_n),
            labels=labels, number=["monthly_sales", "review_count", "rating"])),
        category=widgets.Dropdown(options=order, description="类目")))"""),
    code("""sa.record("snapshot_date", f"{day:%Y-%m-%d}")
sa.record("compare_date", f"{since:%Y-%m-%d}")
sa.record("listings_since", f"{listings_since:%Y-%m-%d}")
sa.record("rank_by", rank_by)
sa.record("n_rivals", len(ranking) - 1)
sa.record("our_rank", ours["rank"])
sa.record("our_rank_before", ours["rank_before"])
sa.record("our_monthly_sales", ours["monthly_sales"])
sa.record("our_sales_amount", ours["sales_amount"])
sa.record("our_share", ours["share"])
sa.record("leader", ranking["shop"].iloc[0])
sa.record("our_median_price", dict(zip(prices["category"], prices["our_price_median"])))
sa.record("rival_median_price", dict(zip(prices["category"], prices["rival_price_median"])))
sa.record("our_position_pct", dict(zip(prices["category"], prices["our_position_pct"])))
sa.record("n_new_listings", int((~listings["is_ours"]).sum()))
sa.record("n_our_new_listings", int(listings["is_ours"].sum()))
sa.record("fastest_new_listing",
          listings.iloc[0][["shop", "title", "category", "price", "sales_per_day"]].to_dict() if len(listings) else None)
sa.record("n_undercuts", len(undercuts))
sa.record("top_undercut", undercuts.iloc[0][["our_title", "our_price", "shop", "title", "price", "undercut_pct",
                                             "sales_ratio"]].to_dict() if len(undercuts) else None)
sa.record("max_undercut_pct", undercuts["undercut_pct"].max() if len(undercuts) else None)
sa.record("our_rating", reviews.set_index("shop").loc[our_shop, "rating"])
sa.record("our_dsr", dict(zip(dsr["dimension"], dsr["ours"])))
sa.record("dsr_gap_to_mean", dict(zip(dsr["dimension"], dsr["gap_to_mean"])))
sa.record("changes", changes["finding"].tolist())
sa.record("suggestions", suggestions)"""),
]

nb = new_notebook(cells=cells)
nb.metadata = {
    "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
    "language_info": {"name": "python"},
    "shopanalysis": {"title": "竞品对比 Competitor comparison", "period": "snapshot_date"},
}
out = Path(__file__).resolve().parents[1] / "notebooks" / "reports" / "competitor_comparison.ipynb"
nbformat.write(nb, out)
print(f"wrote {out}")
