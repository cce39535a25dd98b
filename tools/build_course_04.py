"""Write notebooks/course/04_watching_competitors.ipynb (outputs empty).

Run: .venv/bin/python tools/build_course_04.py
The lesson template and the builder are documented in shopanalysis/course/authoring.py.
"""

from shopanalysis.course.authoring import LessonBuilder

b = LessonBuilder("04")

b.goal("""\
Read the weekly competitor snapshot the way an experienced operator does: where we rank,
whether our prices sit where the rivals' do (价格带), what the rivals listed and how fast it
sells (新品), how our reviews and DSR compare (评价与动态评分), and which rival products
undercut our best sellers (低价竞品). Then decide, with numbers, what to do about an
undercut, which is usually *not* to match the price.""")

b.setup("""\
shop = sa.load_demo_shop(tables=["competitors", "competitor_shops", "products", "products_daily"])
comp, shops = shop.competitors, shop.competitor_shops
ours = "栖梧女装旗舰店"  # our shop's name, exactly as the competitor tables write it""")

b.section("The idea: a snapshot every Monday", """\
生意参谋 > 竞争 has two pages an operator opens every week: **竞品** (rival *products*:
竞品分析, 竞品监控) and **竞店** (rival *shops*: 竞店分析). You choose the shops and products
to monitor (监控); the page shows their numbers as they are today. It does not keep a
history for you, so the habit is to export it on the same day every week (here: every
Monday) and keep the files. Each export is a **snapshot**. The demo shop has a year of
them, in two tables:

| table | one row per | columns (生意参谋 header) |
|---|---|---|
| `competitors` (竞品) | snapshot, shop, product | 价格 `price`, 月销量 `monthly_sales` (pieces sold in the last 30 days, the "月销" on the product page), 评价数 `review_count` (cumulative), 评分 `rating`, 类目 `category`, 上架时间 `listed_date` |
| `competitor_shops` (竞店) | snapshot, shop | DSR 店铺动态评分: 描述相符 `dsr_description`, 服务态度 `dsr_service`, 物流服务 `dsr_shipping` (out of 5), 粉丝数 `followers` |

Our own shop is one of the rows, under its name (`ours` above): every function of
`sa.competitors` takes `our_shop=ours` and never guesses it. A date you pass need not be
a snapshot day: the nearest snapshot on or before it is used.

The numbers this lesson reads, and their formulas:

| number | 中文 | formula | function |
|---|---|---|---|
| price gap | 中位价差 | our median price / the rivals' median price − 1, per 类目 | `sa.competitors.compare_prices` |
| price position | 价格分位 | share of rival products priced below our median (ties count half) | `sa.competitors.compare_prices` |
| new listing's pace | 新品日均销量 | 月销量 / min(days listed, 30) | `sa.competitors.new_listings` |
| DSR gap | 动态评分差 | our score − the rivals' mean | `sa.competitors.compare_dsr` |
| undercut | 低价竞品 | 1 − rival price / our price, same 类目, ≥ 10% by default | `sa.competitors.find_undercuts` |

Why medians for prices? One ¥899 coat or one ¥59 clearance T恤 pulls a mean far off;
the median is the price of the middle product, and a category has a few of both.""")
b.code("""\
sa.competitors.snapshot_dates(comp)[-4:]""")
b.md("""\
`snapshot_dates` lists the days of the snapshots, oldest first; `[-4:]` keeps the last
four (a negative position counts from the end). This lesson reads **2026-10-19**, an ordinary week; on 10-26 every
shop had cut its prices for the 双11 pre-sale (you will see that at the end of the worked
example). `snapshot` returns one snapshot's rows: one line per product of each tracked shop;
`.head()` shows the first five.""")
b.code("""\
monday = sa.competitors.snapshot(comp, "2026-10-19")
monday.head()""")

b.section("Worked example: where we stand on 2026-10-19", """\
**Who sells most.** `rank_shops` adds up each shop's 月销量; with `since=` it adds last
week's numbers and rank. `sales_amount` is an *estimate* (each product's price × its
月销量): real takings differ with coupons, price changes within the month and refunds.""")
b.code("""\
ranking = sa.competitors.rank_shops(comp, "2026-10-19", our_shop=ours, since="2026-10-12")
sa.present.table(ranking[["rank", "shop", "products", "monthly_sales", "sales_amount", "avg_price", "share",
                          "rank_before"]], labels=sa.competitors.LABELS, number=["monthly_sales"])""")
b.md("""\
We are 6th of 11 by pieces, with 52 products: more products than anyone, fewer pieces per
product. The leader 初见女装旗舰店 sells more than three times our pieces at almost twice our average
price (成交均价).

**Price bands (价格带).** `compare_prices` sets our prices against the rivals' in each 类目.
Read `price_gap_pct` (our median against theirs) and `our_position_pct` (how many of their
products are cheaper than our median):""")
b.code("""\
prices = sa.competitors.compare_prices(comp, "2026-10-19", our_shop=ours)
sa.present.table(prices[["category", "our_products", "our_price_median", "rival_products", "rival_price_median",
                         "price_gap_pct", "our_position_pct", "our_sales_share"]],
                 labels=sa.competitors.LABELS, signed=["price_gap_pct"])""")
b.md("""\
Our 牛仔裤 are dearer than every rival pair (position 100%), our T恤 and 半身裙 sit in the
top quarter, our 外套 and 针织衫 below the middle. Neither is wrong by itself: a premium
is fine while the products sell (`our_sales_share`, our part of the pieces sold in the
category). It becomes a problem when a cheaper rival product takes the buyers.

**New listings (新品).** A product that is in this snapshot and was not in an earlier one
is new. One week is too short to judge a new product, so look four weeks back:""")
b.code("""\
listings = sa.competitors.new_listings(comp, "2026-10-19", "2026-09-21", our_shop=ours)
sa.present.table(listings[["shop", "title", "category", "price", "days_listed", "monthly_sales", "sales_per_day",
                           "category_pace"]], labels=sa.competitors.LABELS,
                 number=["monthly_sales", "sales_per_day", "category_pace"])""")
b.md("""\
`days_listed` counts from 上架时间. A product listed 18 days ago sold its whole 月销量 in
those 18 days, so its pace is 月销量 / 18, not / 30 (`sales_per_day`). `category_pace`
compares it with the median product of its category in the tracked shops: 3.0 sells three
times as fast. **Check new listings every week**: a rival's new product that takes off is
the clearest sign of what buyers want this season (a style, a fabric, a price point), and
it shows weeks before it shows in your own sales.

**Reviews and DSR.** `compare_reviews` adds up each shop's 评价数 and weights each
product's 评分 by its reviews; `compare_dsr` sets our three DSR against the rivals':""")
b.code("""\
reviews = sa.competitors.compare_reviews(comp, "2026-10-19", our_shop=ours, since="2026-10-12")
sa.present.table(reviews[["shop", "products", "review_count", "new_reviews", "rating", "rank"]],
                 labels=sa.competitors.LABELS, number=["rating"])""")
b.code("""\
dsr = sa.competitors.compare_dsr(shops, "2026-10-19", our_shop=ours)
dsr[["dimension", "label", "ours", "rivals_mean", "rivals_max", "best_shop", "gap_to_mean", "our_rank"]]""")
b.md("""\
(The DSR table is shown as it is, without `present.table`: the rivals' mean has three
decimals, and at this scale the third one counts.) Our products are the best rated (评分),
yet our shop's 描述相符 is 9th of 11. The two are
not the same thing: 评分 is the stars on each product's reviews, DSR the three scores
every buyer gives the *shop* after a purchase, averaged over the last six months. Taobao
shows each DSR against the category average (高于/低于同行) on the shop's page, and a DSR
below the category weighs on search ranking and on activity sign-ups (many 活动 require a
minimum). The gaps look tiny (0.04 points) because every shop sits between 4.6 and 4.9;
0.04 is a real step in that narrow band. 描述相符 is earned by photos, colours and size
charts that match the goods.

**Who undercuts our best sellers (低价竞品).** `find_undercuts` takes our five best
sellers by 月销量 and lists, for each, the rival products of the same 类目 priced at least
10% below it (`undercut_pct` = 1 − their price / ours), the best-selling first:""")
b.code("""\
undercuts = sa.competitors.find_undercuts(comp, "2026-10-19", our_shop=ours)
sa.present.table(undercuts[["our_title", "our_price", "our_monthly_sales", "shop", "title", "price", "monthly_sales",
                            "undercut_pct", "sales_ratio", "rating"]],
                 labels=sa.competitors.LABELS,
                 number=["our_monthly_sales", "monthly_sales", "sales_ratio", "rating"])""")
b.md("""\
南风小筑's 吊带裙 costs a third less than our best seller, the 法式碎花茶歇连衣裙, and sells
2.7 times as many. The reflex is to match the price. Experienced operators ask four
questions first:

1. **Does the cheaper product really sell?** A cheap product nobody buys is no threat
   (`sales_ratio` below 1: watch it, do nothing). This one does.
2. **Is it the same thing?** Same 类目 is not the same dress: compare style, fabric, its
   评分 and 评价数 with ours.
3. **Where are we losing the buyer?** In our own `products_daily`: if our page still
   converts, buyers who see our dress choose it, and price is not the problem; if fewer
   buyers *see* it (impressions, 展现), we are losing in search.
4. **What would matching cost?** Each yuan off comes out of the margin on *every* piece,
   not only on the extra ones.

Question 3, our best seller month by month. The first line keeps its rows
(`products_daily["product_id"] == ...` is True on them); the second adds a `month` column
("2026-09") and lets `summarize` add up each month and recompute its rates (ctr = clicks /
impressions, conversion = buyers / visitors) as ratios of sums:""")
b.code("""\
best = shop.products_daily[shop.products_daily["product_id"] == undercuts["our_product_id"].iloc[0]]
by_month = sa.metrics.summarize(best.assign(month=best["date"].dt.strftime("%Y-%m")), by="month")
sa.present.table(by_month[by_month["month"].between("2026-07", "2026-09")][
    ["month", "impressions", "ctr", "visitors", "conversion_rate", "paying_buyers"]], pct=["ctr"], digits=2)""")
b.md("""\
From July to September the dress was shown less and less (impressions fell by almost a
third), while the share of shoppers who clicked it (ctr) stayed about 6.2% and the share of
visitors who bought (conversion) *rose*, from 1.9% to 2.1%. Buyers who see it still
choose it. What we lose is exposure in search, where a rival selling 2.7 times as many
ranks higher. Question 4: `suggest` writes the undercut up, with what matching would leave
per piece over the unit cost (from our `products` table):""")
b.code("""\
sa.present.bullets(sa.competitors.suggest(undercuts=undercuts, products=shop.products, top=2))""")
b.md("""\
Matching ¥178 would leave ¥63 a piece instead of ¥154: we would need to sell about 2.4
times as many just to stand still, and a price cut is easy to copy (the rival cuts again,
and both shops earn less). **Compete on value before margin:** a main image and title that
win the search click, the 3,925 reviews and 买家秀 in front, a bundle (dress + cardigan)
or a coupon for an event rather than a permanent cut, and a keyword budget for the
product in 直通车 (lesson 05). Then look at the rival's sales again next Monday.

**One more trap: a market-wide move.** On the next Monday, 10-26, every shop cut prices
for the 双11 pre-sale. `find_changes` recognises a move most rivals make together and
reports it as one line, not as ten attacks:""")
b.code("""\
changes = sa.competitors.find_changes(comp, shops, "2026-10-26", "2026-10-19", our_shop=ours)
sa.present.bullets(changes["finding"].head(4))""")

b.widget("sa.course.widgets.undercut_explorer(comp, \"2026-10-19\", our_shop=ours, products=shop.products)", """\
Pick one of our best sellers and move the threshold: every dot is a rival product of the
same 类目 (price across, 月销量 up), orange the ones at least that much cheaper. Most
cheap dots sit low: they do not sell. Only the cheap dots high up are worth a meeting.""")

b.exercises("""\
All four read the snapshot of **2026-10-19**; `comp`, `shops`, `ours` and the tables of the
worked example are there to use.""")
b.exercise("check_04_dress_price_gap", """\
How much dearer is our median 连衣裙 than the rivals' median, as a fraction (0.05 = 5%
dearer)? Take `price_gap_pct` of the 连衣裙 row of
`sa.competitors.compare_prices(comp, "2026-10-19", our_shop=ours)` (the worked example's
`prices`). Add `.set_index("category")` to make the category the row label; then
`.loc["连衣裙", "price_gap_pct"]` picks one cell: (row, column).""",
           """\
by_category = sa.competitors.compare_prices(comp, "2026-10-19", our_shop=ours).set_index("category")
answer = by_category.loc["连衣裙", "price_gap_pct"]""")
b.exercise("check_04_new_listing_pace", """\
Of the rival products listed in the four weeks to 2026-10-19, the fastest sells how many
pieces a day? Call `sa.competitors.new_listings(comp, "2026-10-19", "2026-09-21",
our_shop=ours)`; it is sorted fastest first, so take `sales_per_day` of the first row
(`.iloc[0]` is the first value of a column).""",
           """\
new = sa.competitors.new_listings(comp, "2026-10-19", "2026-09-21", our_shop=ours)
answer = new["sales_per_day"].iloc[0]""")
b.exercise("check_04_dsr_gap", """\
How far is our 描述相符 from the rivals' mean, in points (negative when we are below)?
Take `gap_to_mean` of the `dsr_description` row of
`sa.competitors.compare_dsr(shops, "2026-10-19", our_shop=ours)`: the rows are named in
its `dimension` column, so `.set_index("dimension")` first, as in exercise 4.1.""",
           """\
by_dimension = sa.competitors.compare_dsr(shops, "2026-10-19", our_shop=ours).set_index("dimension")
answer = by_dimension.loc["dsr_description", "gap_to_mean"]""")
b.exercise("check_04_undercut", """\
The owner has seen the undercut table and says: *"南风小筑 sells a dress for ¥178 and
sells three times as many as our ¥269 碎花茶歇裙. Match it."* Using the worked example's
numbers (the rival's sales, our dress month by month, what matching leaves per piece),
which answer do you give?""",
           'answer = "C"')

b.recap("""\
- 生意参谋 > 竞争 (竞品, 竞店) shows the monitored rivals as they are today: export it every
  Monday, and each export is a snapshot. `sa.competitors.snapshot(comp, date)` reads one.
- Price bands: `compare_prices` sets our median price against the rivals' per 类目
  (`price_gap_pct`, `our_position_pct`); medians, because one odd product drags a mean.
- New listings: `new_listings(comp, date, four_weeks_before, our_shop=...)`; a new
  product's pace is 月销量 / days listed (at most 30). Look at them every week.
- DSR: `compare_dsr` gives ours − the rivals' mean; a DSR below the category costs search
  ranking, however small the gap looks.
- An undercut (`find_undercuts`) is a question, not an order: does the cheaper product
  sell, is it the same thing, does our page still convert, what would matching cost?
  Compete on value (images, reviews, bundles) before margin, and check again next Monday.
- A move all rivals make together (a platform promotion) is the market, not an attack:
  `find_changes` says so.""")

if __name__ == "__main__":
    print(f"wrote {b.write()}")
