"""Write notebooks/course/01_the_sales_formula.ipynb (outputs empty).

Run: .venv/bin/python tools/build_course_01.py
The lesson template and the builder are documented in shopanalysis/course/authoring.py.
"""

from shopanalysis.course.authoring import LessonBuilder

b = LessonBuilder("01")

b.goal("""\
Take a day's sales apart into 访客数 × 支付转化率 × 客单价, compute each factor from the
生意参谋 columns with the package, average a rate over many days the right way (a ratio of
sums), and say how much of a change in sales came from each factor (the log split).""")

b.setup("""\
days = sa.load_demo_shop(tables=["shop_daily"]).shop_daily""")

b.section("The idea: one formula behind every sales question", """\
Every sale needs a person who came to the shop, who decided to buy, and who spent some
money. So a day's sales are always

> **支付金额 = 访客数 × 支付转化率 × 客单价**
> sales = visitors × conversion rate × average order value

with the names 生意参谋 uses on its dashboard (整体看板):

| factor | 生意参谋 | formula | package |
|---|---|---|---|
| visitors | 访客数 (UV) | people who visited that day, each counted once | column `visitors` |
| conversion rate | 支付转化率 | 支付买家数 / 访客数 (paying buyers / visitors) | `sa.metrics.conversion_rate` |
| average order value | 客单价 | 支付金额 / 支付买家数 (sales / paying buyers) | `sa.metrics.avg_order_value` |
| sales per visitor | UV价值 | 支付金额 / 访客数 = 转化率 × 客单价 | `sa.metrics.sales_per_visitor` |

It is not a model or an estimate: multiply the three and the buyers cancel out, so it
holds exactly, every day. Its use is that every sales problem becomes one of three:
*too few people came*, *too few of them bought*, or *they spent too little*. Each has
its own owners and fixes: traffic (search ranking, 直通车, activities), the product page
and customer service (conversion), prices and bundles (客单价).""")

b.section("Worked example: 2026-10-15", """\
Take one day and compute the three factors with the package's functions. Each function
takes rows of the table and returns one number.""")
b.code("""\
day = days[days["date"] == "2026-10-15"]
visitors = day["visitors"].sum()
conversion = sa.metrics.conversion_rate(day)
order_value = sa.metrics.avg_order_value(day)
visitors, conversion, order_value""")
b.md("""\
7,378 visitors, of whom 1.87% paid (a rate is stored as a fraction: 0.0187 is 1.87%),
spending about ¥304 each. Multiplied, they give back the day's 支付金额 exactly:""")
b.code("""\
sa.metrics.sales_identity(visitors, conversion, order_value), day["paid_amount"].sum()""")

b.section("Why traffic is usually the lever", """\
Conversion and 客单价 belong to the product, its price, its page and its reviews: they
improve with weeks of work (a better main image, a detail page that answers the buyer's
questions, faster customer service) and then they stay. Traffic is what an operator can
move this week: bid on better 直通车 keywords, join an activity, win a better search rank
with a title and image that earn clicks. So when a day goes badly, the first question is
usually *where did the visitors go?*, and when the owner wants more sales, the first
plan is usually *more of the right visitors*. `add_metrics` adds each day's rates as
columns, so you can see how far each factor moves over the year:""")
b.code("""\
factors = sa.metrics.add_metrics(days, ["conversion_rate", "avg_order_value"])
factors[["visitors", "conversion_rate", "avg_order_value"]].describe(percentiles=[0.1, 0.5, 0.9]).round(4)""")
b.md("""\
On an ordinary day (between the 10% and 90% rows) the shop sees roughly 4,700 to 8,800
visitors; on 双11 (the `max`) it saw five times the median. Conversion also jumps on the
big days, because buyers come ready to pay, but those are days the platform makes, not
days the operator makes.""")

b.section("Rates over many days: a ratio of sums", """\
A month's conversion rate is the month's buyers over the month's visitors: **sum the
parts, then divide** (a *ratio of sums*). Averaging the daily 支付转化率 column, the way a
quick Excel `AVERAGE` would, gives a different and wrong number: it weighs a quiet day
with 2,000 visitors as much as 双11 with 29,000. Two days make it plain:""")
b.code("""\
two_days = pd.DataFrame({"visitors": [1000, 3000], "paying_buyers": [30, 30]})
sa.metrics.conversion_rate(two_days), sa.metrics.add_metrics(two_days, ["conversion_rate"])["conversion_rate"].mean()""")
b.md("""\
60 buyers out of 4,000 visitors is 1.5%; the average of 3% and 1% is 2%, which no
visitor ever experienced. Every function in `sa.metrics` divides the sums, so you never
have to think about it: give it all the rows at once. In November 2025, the month of
双11, the two differ a lot: the big days convert far better and have most of the visitors.""")
b.code("""\
november = days[days["date"].between("2025-11-01", "2025-11-30")]
sa.metrics.conversion_rate(november), sa.metrics.add_metrics(november, ["conversion_rate"])["conversion_rate"].mean()""")
b.md("""\
Two platform habits to know. **跳失率** (bounce rate) is the one rate 生意参谋 averages as
the mean of the daily rates; to match the number it shows, the package does the same in
`sa.metrics.bounce_rate_platform_mean`. And 生意参谋 counts a visitor once per period, so
a month's 访客数 in its export is smaller than the sum of its days: for a month's rates
straight from a monthly export, expect small differences from the sums of daily rows.""")
b.code("""\
sa.metrics.bounce_rate_platform_mean(november["bounce_rate"])""")

b.section("What moved: the log split", """\
On 2026-10-15 (a Thursday) the shop sold more than on the Thursday before. How much of
the rise came from visitors, how much from conversion, how much from 客单价?
Because sales is a product, its change splits *exactly* into the three by logarithms,
which turn a product into a sum:

> ln(S₁/S₀) = ln(V₁/V₀) + ln(C₁/C₀) + ln(A₁/A₀)

Each factor's share of the log change is its share of the change; times the change in
yuan, it gives each factor's part in yuan, and the three parts add up to the change.
(A plain before/after difference of each factor would leave an unexplained leftover, and
would depend on which factor you change first.) `sa.metrics.split_sales_change` does it:""")
b.code("""\
last_thursday = days[days["date"] == "2026-10-08"]
split = sa.metrics.split_sales_change(last_thursday, day)
split""")
b.code("""\
split["log_change"].sum(), split.attrs["total"]["log_change"], split["yuan"].sum(), split.attrs["total"]["change"]""")
b.md("""\
The logs add up to the log change of sales, and the yuan parts to the change in yuan.
Read the `yuan` column: more visitors brought most of the rise, 客单价 added to it, and a
lower conversion rate took part of it back. A waterfall chart shows the same thing:""")
b.code("""\
sa.plotting.plot_waterfall(split.attrs["total"]["before"], dict(zip(["访客数", "转化率", "客单价"], split["yuan"])),
                           split.attrs["total"]["after"], start_label="10-08", end_label="10-15");""")

b.md("""\
Colours follow the Chinese convention (as on a stock screen): **red is up, green is
down**.""")
b.widget("sa.course.widgets.sales_formula(last_thursday)", """\
Play with the formula: start from last Thursday and move visitors, conversion and 客单价.
The waterfall shows how the log split shares out the change. Notice that +10% of any one
factor always adds the same amount, and that two factors moving in opposite directions
can cancel out.""")

b.exercise("check_01_conversion", """\
Compute the shop's conversion rate for October 2026 (2026-10-01 to 2026-10-31) with the
right function. Select October's rows first, the way `november` was selected above, and
give the rate as the function returns it: a fraction.""",
           """\
october = days[days["date"].between("2026-10-01", "2026-10-31")]
answer = sa.metrics.conversion_rate(october)""")
b.exercise("check_01_more_visitors", """\
What would the shop have sold on 2026-10-15 with 8,000 visitors instead of 7,378, if its
conversion rate and 客单价 had stayed the same? Use `sa.metrics.sales_identity` with the
day's `conversion` and `order_value` computed above.""",
           "answer = sa.metrics.sales_identity(8000, conversion, order_value)")
b.exercise("check_01_visitors_share", """\
Now compare 2026-10-15 with the day before, 2026-10-14 (a Wednesday). Split the change
with `sa.metrics.split_sales_change` (select the day before the way `last_thursday` was
selected) and give the visitors' `share` (a fraction, as the table holds it). One cell of
a table is picked by its row and column: `split.loc["visitors", "yuan"]` is the
visitors' part in yuan in the split above. Then look at the whole table: what does a
share above 1 mean?""",
           """\
day_before = days[days["date"] == "2026-10-14"]
answer = sa.metrics.split_sales_change(day_before, day).loc["visitors", "share"]""")
b.exercise("check_01_ten_percent", """\
On 2026-10-15, which would have added the most sales: 10% more visitors, a 10% higher
conversion rate, or a 10% higher 客单价? (Compute them with `sa.metrics.sales_identity`
before you answer.)""",
           'answer = "D"')

b.recap("""\
- **支付金额 = 访客数 × 支付转化率 × 客单价**, exactly, every day. Conversion =
  支付买家数 / 访客数 (`sa.metrics.conversion_rate`); 客单价 = 支付金额 / 支付买家数
  (`sa.metrics.avg_order_value`).
- +10% of any factor is +10% of sales; which to pull depends on what you can move, and
  traffic is usually the one you can move this week.
- A rate over many days is a **ratio of sums**; never average daily rates (except 跳失率,
  which 生意参谋 itself averages).
- `sa.metrics.split_sales_change(before, after)` splits a change exactly into the three
  factors, in shares and in yuan.""")

if __name__ == "__main__":
    print(f"wrote {b.write()}")
