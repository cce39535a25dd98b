"""Write notebooks/course/02_the_morning_review.ipynb (outputs empty).

Run: .venv/bin/python tools/build_course_02.py
The lesson template and the builder are documented in shopanalysis/course/authoring.py.
"""

from shopanalysis.course.authoring import LessonBuilder

b = LessonBuilder("02")

b.goal("""\
Answer the first two questions of every morning from the numbers: *are we on track for
the month's target?* (pacing) and *what moved yesterday, and why?* (the day against its
baselines, split into visitors, conversion and 客单价). They are the top of the daily
review report; here you compute them yourself, so that you can read the report and
explain it to your manager.""")

b.setup("""\
shop = sa.load_demo_shop(tables=["shop_daily", "targets"])
days, targets = shop.shop_daily, shop.targets""")

b.section("The idea", """\
**The month's target** (销售目标) is set by the shop (the owner, or the plan agreed with the
platform's account manager); 生意参谋 does not export it, so it lives in a small table of
its own, one row per month:""")
b.code("""\
targets.tail(4)""")
b.md("""\
**Pacing** compares what the month has sold so far with what it *should* have sold by
now. "By now" is not simply target × days gone / days in the month, because days are
not alike: this shop's Sundays sell about a fifth more than its Mondays, and the 双11 pre-sale
(from about 10-20), 618 and the Spring Festival stop bend whole weeks. So the package
spreads the target over the month by a plan (`sa.sales.daily_target_profile`): each
weekday gets its weight from the eight weeks before the month, and promo days get the
lift they had last year, or, in the shop's first year, the lift of the other promos in
the data.

| number | meaning | in `sa.sales.pace_month(...)` |
|---|---|---|
| 月累计销售 month-to-date sales | 支付金额 from the 1st to the day | `.mtd_sales` |
| 计划进度 plan to date | the plan's target for the same days | `.mtd_target` |
| 进度 pace | mtd sales / plan to date (1.0 = on plan) | `.pace_ratio` |
| 预计月底 forecast | pace × the month's target | `.expected_month_end` |
| 日均需完成 needed per day | (target − mtd sales) / days left | `.needed_per_day` |

**What moved** compares the day with three baselines and splits each change with the log
split of lesson 01: the day before (前一天), the same weekday last week (上周同日), and the
average of the last 7 days (近7天日均). Which one to trust? A shop has a weekly rhythm,
so *the same weekday last week* is the fairest single comparison; the day before mixes in
the weekday effect, and the 7-day average smooths away one-off days.""")

b.section("Worked example: pacing on 2026-10-15")
b.code("""\
pacing = sa.sales.pace_month(days, targets, "2026-10-15")
pacing""")
b.code("""\
sa.present.bullets(sa.sales.describe_pacing(pacing))""")
b.md("""\
October is well behind plan at mid-month. The chart shows why the plan is not a straight
line: from 10-20 the 双11 pre-sale days carry a much bigger share of the target.""")
b.code("""\
sa.plotting.plot_pacing(pacing.profile, target_total=pacing.target_amount, actual="sales", today="2026-10-15");""")
b.code("""\
pacing.profile[["date", "weekday", "promo", "weekday_index", "promo_factor", "target"]].iloc[14:24]""")
b.md("""\
`weekday_index` is the weekday's weight (Sunday highest), `promo_factor` the lift
planned for a promo day (here borrowed from the 双11 and 618 windows the data has, since
the demo has no October of last year: `pacing.method` says so in words). Share of the
month's target planned from 10-20 on:""")
b.code("""\
late = pacing.profile["date"] >= "2026-10-20"
pacing.profile.loc[late, "target"].sum() / pacing.target_amount""")
b.md("""\
More than half of the target sits in the last twelve days. A pace of about 80% at mid-month
is a warning, not a verdict: the morning review says so every day, with the number each
day left must sell, so the team sees the gap while there is time to act (a 直通车 budget
for the pre-sale, an activity, a push on best sellers).

Read a pace early in the month with care: after three days it rests on three days.""")

b.section("Worked example: what moved on 2026-10-15")
b.code("""\
comparison = sa.sales.compare_day(days, "2026-10-15")
sa.present.table(comparison[["label", "paid_amount_before", "paid_amount", "sales_change", "sales_change_pct",
                             "yuan_visitors", "yuan_conversion", "yuan_avg_order_value"]],
                 signed=["sales_change", "sales_change_pct", "yuan_visitors", "yuan_conversion", "yuan_avg_order_value"])""")
b.md("""\
Each row is one baseline; the last three columns are the log split in yuan, and they add
up to the change. Against last Thursday sales rose by about 15%, mostly because more
visitors came. Against the day before the total barely moved, but look at the parts:
many more visitors and a much lower conversion rate nearly cancelled out. The total alone
would have hidden both. The chart of the same-weekday row:""")
b.code("""\
row = comparison.set_index("baseline").loc["same_weekday_last_week"]
sa.plotting.plot_sales_split(row);""")
b.code("""\
sa.present.bullets(sa.sales.describe_day(comparison))""")
b.md("""\
That is the daily review's summary, written from the numbers by `sa.sales.describe_day`.
The report `shopanalysis run daily-review -p date=2026-10-15` runs these same functions
every morning, then adds the traffic sources (lesson 03), the products that moved, and a
checklist of what needs a person today.""")

b.widget('sa.course.widgets.day_explorer(days, start="2026-09-01", end="2026-10-31", value="2026-10-15")', """\
Pick another day and another baseline. Try a Friday against the Thursday before it, then
against the Friday a week before: the weekday effect shows up as a change that is not
really a change.""")

b.exercise("check_02_pace", """\
How was September going on 2026-09-20? Compute the pace ratio (month-to-date sales over
the plan for the same days) with `sa.sales.pace_month`.""",
           """\
september = sa.sales.pace_month(days, targets, "2026-09-20")
answer = september.pace_ratio""")
b.exercise("check_02_needed_per_day", """\
On the same morning (2026-09-20, counted as done), how much must each remaining day of
September sell, on average, to reach the target? Take it from `pace_month` or compute it
from its parts: the gap to the target, and the days left after the 20th.""",
           """\
september = sa.sales.pace_month(days, targets, "2026-09-20")
answer = september.needed_per_day""")
b.exercise("check_02_visitors_yuan", """\
Sunday 2026-10-11: against the same weekday last week, how many yuan of the change in
sales came from visitors? Compare the day with `sa.sales.compare_day`, pick the row of
that baseline, and take its `yuan_visitors`. (Then look at the same number against the
day before.)""",
           """\
sunday = sa.sales.compare_day(days, "2026-10-11").set_index("baseline")
answer = sunday.loc["same_weekday_last_week", "yuan_visitors"]""")
b.exercise("check_02_team_note", """\
You post one line about 2026-10-15 in the team chat. Which one do the numbers support?""",
           'answer = "B"')

b.recap("""\
- **Pacing**: `sa.sales.pace_month(days, targets, day)`. Pace = month-to-date sales /
  the plan for those days; the plan weights weekdays and promo days, so it is not a
  straight line. Needed per day = gap / days left.
- **What moved**: `sa.sales.compare_day(days, day)` against the day before, the same
  weekday last week (the fairest) and the 7-day average, each change split in yuan into
  visitors, conversion and 客单价. Read the parts, not only the total.
- The daily review report (`shopanalysis run daily-review -p date=...`) is these
  functions, every morning.""")

if __name__ == "__main__":
    print(f"wrote {b.write()}")
