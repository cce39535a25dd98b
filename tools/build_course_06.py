"""Write notebooks/course/06_the_designers_numbers.ipynb (outputs empty).

Run: .venv/bin/python tools/build_course_06.py
The lesson template and the builder are documented in shopanalysis/course/authoring.py.
"""

from shopanalysis.course.authoring import LessonBuilder

b = LessonBuilder("06")

b.goal("""\
Judge a designer's (美工) work by its numbers: a product's main-image click-through rate
(主图点击率) before and after a new image, with a verdict you can defend (win, loss, no
clear difference, or too early to say); the detail pages (详情页) that lose the most
money; and who delivers on time. Then answer a designer who says their new image won.""")

b.setup("""\
shop = sa.load_demo_shop(tables=["products_daily", "products", "design_tasks"])
product_days, catalog, tasks = shop.products_daily, shop.products, shop.design_tasks""")

b.section("The idea: the designer's part of the funnel", """\
A shopper searches 手淘 for "羊毛开衫" and scrolls past dozens of products. All she sees
of each is its **main image** (主图), a price and a title. The main image is the shop's
ad: it decides whether she clicks. Once she clicks, she is a visitor on the **detail
page** (详情页), which decides whether she adds to cart and pays. Both are the designer's
work, and 生意参谋 > 品类 > 商品效果 measures both, product by product and day by day
(the table `products_daily`):

| step | 生意参谋 name | formula | function |
|---|---|---|---|
| the image is shown | 曝光量 (impressions) | | |
| it is clicked | 主图点击率 (CTR) | 点击量 / 曝光量 | `sa.metrics.ctr` |
| the page makes her want it | 加购率 (add-to-cart rate) | 加购人数 / 访客数 | `sa.metrics.add_to_cart_rate` |
| the page makes her pay | 详情页 支付转化率 (conversion) | 支付买家数 / 访客数 | `sa.metrics.conversion_rate` |

As in lesson 01, over several days each rate is a **ratio of sums** (all the clicks over
all the impressions), never the mean of the daily rates.

Why it matters: the platform hands out free search impressions by ranking. With the same
ranking, a product whose image draws 5% of the people who see it instead of 4% gets 25%
more free visitors, and every visitor it converts pushes the ranking up. Experienced
operators want **a designer who looks at the data**: the question is not "is the new image
prettier?" but "did more people click it?". Here is October, product by product:""")
b.code("""\
october = product_days[product_days["date"].between("2026-10-01", "2026-10-31")]
per_product = sa.metrics.summarize(october, by="product_name").sort_values("impressions", ascending=False)
sa.present.table(per_product[["product_name", "impressions", "clicks", "ctr", "visitors", "add_to_cart_rate",
                              "conversion_rate"]].head(8), digits=2)""")
b.md("""\
`sa.metrics.summarize` adds up each product's rows and recomputes the rates from the sums.
The two most-seen products click very differently: 高领打底毛衣 gets under 3% of the people
who see it, 法式碎花茶歇连衣裙 over 6%, so the second turns the same 曝光量 into twice the
visitors. A low 点击率 on a well-exposed product is the first brief for the designer.""")

b.section("Worked example: did the new main image win?", """\
`products_daily` records which main image was live each day (`main_image`: v1, v2, ...).
`sa.designers.image_ctr` adds up clicks and impressions per week (Monday to Sunday) for
each product, with the versions in use; a week with a change shows `v1→v2`. Here is
羊毛开衫 (a wool cardigan), whose new image went live on 2026-09-10:""")
b.code("""\
weekly = sa.designers.image_ctr(product_days, start="2026-08-03", end="2026-10-04", freq="W")
weekly[weekly["product_name"] == "羊毛开衫"][["date", "main_image", "impressions", "clicks", "ctr"]]""")
b.md("""\
The rate jumped the week v2 went live and stayed there. Day by day (`freq="D"`), coloured by
the version in use:""")
b.code("""\
daily = sa.designers.image_ctr(product_days, start="2026-08-27", end="2026-09-23", freq="D")
sa.plotting.plot_trend(daily[daily["product_name"] == "羊毛开衫"], "date", "ctr", hue="main_image", yformat="pct",
                       legend_title="主图版本", title="羊毛开衫 每日点击率");""")
b.md("""\
Daily CTR jumps around even with the same image: weekdays, rankings and campaigns move it.
So "it looks higher" is not enough. `sa.designers.compare_image_versions` runs a
**before/after test** on every change of main image: the 14 days before the new image
against the 14 days from it (two whole weeks each, so both sides hold the same weekdays).
With `design_tasks` it also names the designer behind each change:""")
b.code("""\
tests = sa.designers.compare_image_versions(product_days, design_tasks=tasks)
shown = tests.assign(change_date=tests["change_date"].dt.strftime("%Y-%m-%d"))
sa.present.table(shown[["product_name", "version_before", "version_after", "designer", "change_date", "ctr_before",
                        "ctr_after", "lift", "lift_low", "lift_high", "verdict", "promo"]],
                 pct=["ctr_before", "ctr_after", "lift", "lift_low", "lift_high"],
                 signed=["lift", "lift_low", "lift_high"], labels=sa.designers.LABELS)""")
b.md("""\
(`.assign(change_date=...)` only writes the dates as text, so the table shows them
without a time.) How to read a row:

- **提升 (lift)** = CTR after / CTR before − 1, each CTR a ratio of sums over its 14 days.
  羊毛开衫 went from about 3.95% to 4.99%: a lift of about +26%. The lift is relative:
  "+1.04 percentage points" is the same change written as after − before, and easy to
  confuse with it.
- **The interval** (区间下限 to 区间上限) is the range of lifts the data is consistent
  with, at 95%. It is narrow with many clicks and wide with few, and the package widens it
  further when the daily CTR scatters more than chance alone would make it.
- **The verdict** (结论): `win` when the whole interval is above zero, `loss` when it is all
  below, `no clear difference` when it straddles zero, `not enough data yet` while the 14
  days after the change are still running or either side has fewer than 200 clicks (with
  200 a side, the interval is still about ±20%).
- **大促 (promo)** names a promo (618, 双11, ...) that falls inside the test's days: promo
  days bring different shoppers, so the two sides are not alike. Read such a test against
  the rest of the shop over the same days.

Some working wisdom on before/after tests:

- **Change one thing at a time.** If the price or the title changed the same week, the
  test measures all of them together.
- **Wait for the window to close.** Reading the test every morning and stopping the first
  day it looks good turns noise into wins. Three days after 羊毛开衫's change the
  verdict is still "not enough data yet", however good the first days look:""")
b.code("""\
early = sa.designers.compare_image_versions(product_days, as_of="2026-09-12")
early[early["product_name"] == "羊毛开衫"][["days_after", "clicks_after", "lift", "lift_low", "lift_high",
                                         "window_end", "verdict"]]""")
b.md("""\
`as_of` judges with the data up to that day, the way you would have seen it then.
`window_end` is the day the test closes.""")

b.widget("sa.course.widgets.image_test_explorer(product_days, product=\"羊毛开衫\", days=3)", """\
Move **days after** to watch a test fill up: the grey band is the days not seen yet, the
dashed lines each side's CTR, and the bar below the lift's interval against zero. At 3
days 羊毛开衫 is "not enough data yet"; at 14 it is a win. Then pick other changes:
百褶半身裙 v1→v2 never leaves zero, 雪纺印花长裙 v2→v3 is a loss.""")

b.section("Worked example: the detail pages that lose the most", """\
A visitor who clicked has already chosen the product from the search results; the detail
page has to convince her. `sa.designers.page_conversion` compares each product's
支付转化率 over a period with the shop's, and puts a price on the gap, the **money at
stake** (损失金额): what the page would have sold more had it converted like the shop,

money at stake = 访客数 × (shop's conversion − the product's conversion) × the product's 客单价

(zero for a page converting at or above the shop). Here is September:""")
b.code("""\
pages = sa.designers.page_conversion(product_days, start="2026-09-01", end="2026-09-30", products=catalog)
columns = ["product_name", "visitors", "conversion_rate", "baseline_conversion_rate", "avg_order_value",
           "money_at_stake"]
sa.present.table(pages[columns].head(5), money=["avg_order_value", "money_at_stake"], digits=2,
                 labels=sa.designers.LABELS)""")
b.md("""\
The table is sorted by the money, not by the rate: a page that converts badly on few
visitors, or on a cheap product, matters less than one that converts a little below the
shop on many visitors of an expensive one. A coat converts below a T恤 however good its
page, though, so the shop's rate is a harsh yardstick for coats. `against="category"`
compares each product with its own category (类目) instead:""")
b.code("""\
fair = sa.designers.page_conversion(product_days, start="2026-09-01", end="2026-09-30", products=catalog,
                                    against="category")
sa.present.table(fair[["category", *columns]].head(5), money=["avg_order_value", "money_at_stake"], digits=2,
                 labels=sa.designers.LABELS)""")
b.md("""\
The top of the list changes: against coats, the coats look less bad, and a dress page
rises to the top. Look at both before briefing the designer. And check 加购率 (in the
first table) too: many visitors adding to cart but few paying points at the price,
stock or reviews rather than the page; few adding to cart points at the page itself.""")

b.section("Worked example: delivering on time", """\
The third number is the one a designer controls fully. Every request goes into the task
list (`design_tasks`: requested, due, delivered, live from). A task is **on time** when
delivered by its due date, **late** when delivered after it *or still open past it*; a task
not yet due does not count. 按时交付率 = on time / (on time + late).
`sa.designers.summarize_delivery` counts the tasks *due* in a period, here September:""")
b.code("""\
delivery = sa.designers.summarize_delivery(tasks, start="2026-09-01", end="2026-09-30", by="designer")
sa.present.table(delivery[["designer", "tasks", "delivered", "on_time", "late", "open_late", "pending",
                           "on_time_rate", "mean_lead_days"]], labels=sa.designers.LABELS)""")
b.md("""\
And the tasks late and still open on a day, most overdue first: the list to bring to the
Monday meeting, before the next promo needs its images.""")
b.code("""\
sa.designers.flag_late_tasks(tasks, as_of="2026-10-31", products=catalog)""")
b.md("""\
The monthly report `notebooks/reports/designer_kpis.ipynb` (`shopanalysis run
designer-kpis`) puts all of this together, with a scorecard per designer (delivery, images
and pages, weighted) and a bonus (a share of the gross profit of the products they worked
on). Its weights and bonus rates are parameters: agree them with the team.""")

b.exercise("check_06_image_lift", """\
雪纺印花长裙 (a chiffon dress) got its first new main image, v2, on 2026-05-01. Compute the
lift of its 点击率 yourself, from the rows: the 14 days before (2026-04-17 to 2026-04-30)
against the 14 days from the change (2026-05-01 to 2026-05-14).

- `dress = product_days[product_days["product_name"] == "雪纺印花长裙"]` keeps the
  dress's rows (a filter, as in lesson 00);
- `before = dress[dress["date"].between("2026-04-17", "2026-04-30")]` keeps its 14 days
  before the change; write `after` the same way, with the 14 days from the change;
- `sa.metrics.ctr(before)` gives 点击量 / 曝光量 over all the rows it gets (a ratio of sums);
- the lift is CTR after / CTR before − 1: `answer = sa.metrics.ctr(after) / ... - 1`.

Then compare your number with the dress's `lift` in the `tests` table above.""",
           """\
dress = product_days[product_days["product_name"] == "雪纺印花长裙"]
before = dress[dress["date"].between("2026-04-17", "2026-04-30")]
after = dress[dress["date"].between("2026-05-01", "2026-05-14")]
answer = sa.metrics.ctr(after) / sa.metrics.ctr(before) - 1""")
b.exercise("check_06_too_early", """\
On the morning of 2026-10-19 (the data runs to 2026-10-18), 小林 tells you the new main image
of 微喇牛仔裤 (flared jeans), live since 2026-10-12, has won: "点击率 is up 14%!". The
first lines of the cell below show the test as the data stood that morning (`display`
shows a table in the middle of a cell). What do you tell 小林?""",
           'answer = "C"',
           before="""\
claim = sa.designers.compare_image_versions(product_days, as_of="2026-10-18")
jeans = claim[claim["product_name"] == "微喇牛仔裤"]
display(jeans[["days_after", "clicks_before", "clicks_after", "lift", "lift_low", "lift_high", "window_end", "verdict",
               "promo"]])""")
b.exercise("check_06_money_at_stake", """\
Which product's detail page had the most money at stake in October 2026, against the
shop's conversion rate? Call `sa.designers.page_conversion` for October (as in the worked
example, with October's first and last days), and give the `product_name` of its first
row, in quotes as the table writes it. `.iloc[0]` takes the first value of a column.""",
           """\
october_pages = sa.designers.page_conversion(product_days, start="2026-10-01", end="2026-10-31", products=catalog)
answer = october_pages["product_name"].iloc[0]""")
b.exercise("check_06_on_time", """\
What was 小林's on-time rate (按时交付率) for the tasks due in October 2026? Use
`sa.designers.summarize_delivery(tasks, start=..., end=..., by="designer")` and take the
`on_time_rate` of 小林's row: `.set_index("designer")` puts the names on the rows, and
`.loc["小林", "on_time_rate"]` picks the cell. Give it as a fraction (0.5 for 50%).""",
           """\
october_delivery = sa.designers.summarize_delivery(tasks, start="2026-10-01", end="2026-10-31", by="designer")
answer = october_delivery.set_index("designer").loc["小林", "on_time_rate"]""")

b.recap("""\
- The main image is the shop's ad: 主图点击率 = 点击量 / 曝光量 (`sa.metrics.ctr`) decides how
  much of the free search traffic a product wins. The detail page turns visitors into
  buyers: 加购率 = 加购人数 / 访客数, 支付转化率 = 支付买家数 / 访客数. Over days, each
  is a ratio of sums.
- `sa.designers.image_ctr` follows a product's CTR by week or day with the image in use;
  `sa.designers.compare_image_versions` tests each new image: lift = after / before − 1,
  an interval, and a verdict. Wait for the window to close (`window_end`), mind the promo
  column, and compare with the rest of the shop over the same days.
- `sa.designers.page_conversion` ranks detail pages by money at stake (访客数 × the gap in
  conversion × 客单价); `against="category"` is the fairer yardstick for dear products.
- `sa.designers.summarize_delivery`: on time / (on time + late), with tasks still open past
  their due date counted late. It is the part of the work a designer controls fully.""")

if __name__ == "__main__":
    print(f"wrote {b.write()}")
