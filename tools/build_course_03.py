"""Write notebooks/course/03_traffic_sources.ipynb (outputs empty).

Run: .venv/bin/python tools/build_course_03.py
The lesson template and the builder are documented in shopanalysis/course/authoring.py.
"""

from shopanalysis.course.authoring import LessonBuilder

b = LessonBuilder("03")

b.goal("""\
Read 生意参谋's traffic-source table (流量来源): roll the sources up into channels,
compute each channel's share of the shop's visitors (流量结构), judge the mix against a
rule of thumb, and find which source moved a day's visitors. Then decide what to tell the
owner when the mix breaks the rule.""")

b.setup("""\
shop = sa.load_demo_shop(tables=["shop_daily", "traffic_sources"])
days, sources = shop.shop_daily, shop.traffic_sources""")

b.section("The idea: sources and channels", """\
Lesson 01 said traffic is usually the lever. *Which* traffic? 生意参谋 > 流量 > 店铺来源
lists the shop's visitors by **source** (流量来源) every day: 手淘搜索 (search in the
Taobao app), 手淘推荐 (the recommendation feeds), 直通车 (paid search), 聚划算 (a
platform activity), 购物车 (people coming back from their cart), and more. Sources roll up
into five **channels** (流量类型):""")
b.code("""\
sources[["source", "channel"]].drop_duplicates().sort_values(["channel", "source"]).reset_index(drop=True)""")
b.md("""\
| channel | 中文 | what it is | what it costs |
|---|---|---|---|
| natural | 自然流量 / 免费流量 | search and recommendation the platform gives for free | nothing per visitor: it is earned by titles, main images, sales and reviews |
| paid | 付费流量 | 直通车, 引力魔方, 淘宝客 | every click or sale is paid for |
| activity | 活动流量 | 聚划算, 淘抢购, platform events | a discount or a fee, for a few days |
| membership | 会员流量 / 自主访问 | 购物车, 我的淘宝, members: people who know the shop | cheap; it grows with loyal buyers |
| other | 其他 | everything else | |

A channel's **share** is its visitors over the shop's 访客数 (`sa.traffic.channel_mix`).
One caution that matters on real exports: 生意参谋 counts a visitor who came through two
sources *in both*, so the sources can add up to more than the shop's visitors, and the
shares to more than 100%. The package therefore divides by the shop's own 访客数 when you
pass `shop_daily`, and never assumes the shares add up. (In the demo shop they do add up
exactly, by construction.)

**A healthy mix**, as a Tmall operations manual puts it (a rule of thumb, not a platform
standard): natural ≥ 70%, paid 5-10%, activity 10-20%, membership 10-20%, other < 5%.
The reasoning: free traffic is the shop's own and it compounds (sales lift the search rank,
which brings more free visitors); paid traffic stops the day the money stops; activity
traffic comes in spikes; membership traffic is loyalty. The package keeps the ranges as
a parameter, `sa.traffic.HEALTHY_MIX`, so you can set your own:""")
b.code("""\
sa.traffic.HEALTHY_MIX""")

b.section("Worked example: the mix of October", """\
`channel_mix` takes a day (`"2026-10-15"`), a month (`"2026-10"`) or a range of days, and
`check_mix` holds each share against its range:""")
b.code("""\
mix = sa.traffic.channel_mix(sources, "2026-10", shop_daily=days)
sa.present.table(sa.traffic.check_mix(mix)[["label", "share", "low", "high", "status", "advice"]])""")
b.code("""\
sa.plotting.plot_mix(mix.set_index("channel")["share"], sa.traffic.HEALTHY_MIX);""")
b.md("""\
Natural traffic is below its range, paid above it, activity below. Is October special?
Compute the mix month by month (a list of one `channel_mix` per month, stacked):""")
b.code("""\
months = sorted(sources["date"].dt.strftime("%Y-%m").unique())
by_month = pd.concat([sa.traffic.channel_mix(sources, m, shop_daily=days).assign(month=m) for m in months])
by_month.pivot(index="month", columns="channel", values="share").round(3)""")
b.md("""\
Every month breaks the rule the same way: natural around 60%, paid well above 10%. The
rule of thumb says "too much paid". Before acting on it, look at what each channel
*sells*: `sa.metrics.summarize` adds up each channel's rows and recomputes its rates as
ratios of sums.""")
b.code("""\
october_sources = sources[sources["date"].between("2026-10-01", "2026-10-31")]
per_channel = sa.metrics.summarize(october_sources, by="channel")
sa.present.table(per_channel[["channel", "visitors", "paid_amount", "conversion_rate", "avg_order_value",
                              "sales_per_visitor"]])""")
b.md("""\
Membership visitors are worth by far the most per visitor (UV价值, sales per visitor):
they already know the shop. Paid visitors convert below natural ones here, yet they still
bring a real part of the sales. Whether each yuan of 直通车 earns its keep is a question
for its keywords (lesson 05), not for the mix alone.""")

b.section("Worked example: which source moved 2026-10-15", """\
Lesson 02 found that 2026-10-15 sold more than the Thursday before, mostly because more
visitors came. `sa.traffic.source_changes` says from where: each source's visitors and
sales against the same baseline, and its share of the shop's change. Sorted by the size
of the change in visitors:""")
b.code("""\
changes = sa.traffic.source_changes(sources, "2026-10-15", against="same_weekday_last_week", shop_daily=days)
sa.present.table(changes[["source", "channel", "visitors_before", "visitors", "visitors_change",
                          "share_of_visitors_change", "sales_change"]],
                 signed=["visitors_change", "share_of_visitors_change", "sales_change"])""")
b.md("""\
The rise is spread over almost every source, with the biggest part from free search.
`describe_day` writes it into the day's summary when it gets the source changes too:""")
b.code("""\
comparison = sa.sales.compare_day(days, "2026-10-15")
sa.present.bullets(sa.sales.describe_day(comparison, changes))""")

b.widget("sa.course.widgets.mix_explorer(sources, days)", """\
Pick a month, and move the floor of natural traffic the mix is judged against: at 60%
the shop passes in most months, at 70% (the rule of thumb) in none. A rule of thumb is a
direction to work in, not a law.""")

b.exercise("check_03_natural_share", """\
What share of the shop's visitors came through natural (free) channels in October 2026?
Use `sa.traffic.channel_mix` with `shop_daily=days`, and take the `share` of the
`natural` row (`.set_index("channel")` makes that easy).""",
           """\
october_mix = sa.traffic.channel_mix(sources, "2026-10", shop_daily=days)
answer = october_mix.set_index("channel").loc["natural", "share"]""")
b.exercise("check_03_top_source", """\
Against the same weekday last week, which source brought the biggest part of the rise in
visitors on 2026-10-15? Give its name in quotes, as the table writes it (e.g. `"直通车"`).""",
           'answer = changes["source"].iloc[0]')
b.exercise("check_03_mix_advice", """\
The owner has read about the healthy mix and asks you what to do about the shop's
traffic. Which answer do the numbers support?""",
           'answer = "C"')

b.recap("""\
- Sources (流量来源) roll up into channels: natural, paid, activity, membership, other.
  `sa.traffic.channel_mix(sources, period, shop_daily=days)` gives each channel's share
  of the shop's 访客数; on real exports the shares can add up to more than 100%.
- The healthy mix (natural ≥ 70%, paid 5-10%, activity 10-20%, membership 10-20%, other
  < 5%) is a rule of thumb from a Tmall operations manual: `sa.traffic.check_mix` holds a
  mix against it, or against your own ranges.
- `sa.traffic.source_changes(sources, day, against=...)` finds the source that moved a
  day. Judge paid traffic by what it earns, keyword by keyword, before cutting it.""")

if __name__ == "__main__":
    print(f"wrote {b.write()}")
