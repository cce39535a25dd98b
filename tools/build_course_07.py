"""Write notebooks/course/07_customer_service.ipynb (outputs empty).

Run: .venv/bin/python tools/build_course_07.py
The lesson template and the builder are documented in shopanalysis/course/authoring.py.
"""

from shopanalysis.course.authoring import LessonBuilder

b = LessonBuilder("07")

b.goal("""\
Read the customer-service team's numbers from the 赤兔 export: compute 询单转化率 (inquiry
conversion) for a person, a team and a month the right way, check 首次响应时间 (first
response time) against the 20-second target, put a price on one inquiry (what a missed
旺旺 inquiry costs), and read the KPI sheet, the roster check and the 退款率. Then decide
what to tell an agent whose scorecard is the team's lowest.""")

b.setup("""\
shop = sa.load_demo_shop(tables=["cs_daily", "cs_agents", "cs_roster", "shop_daily", "ppc_keywords", "targets"])
cs_daily, days, ads = shop.cs_daily, shop.shop_daily, shop.ppc_keywords""")

b.section("The idea: a buyer who asks is a buyer about to pay", """\
In a clothing shop many buyers ask before they pay: which size, is the fabric thin, when
does it ship. They ask on 旺旺 (千牛 on the shop's side), and the customer-service agents
(客服) answer. A buyer who asks has already found the shop, clicked, read the page and
picked an item: she is one answer away from paying. That is why experienced operators
say a missed 旺旺 inquiry is the most expensive visitor a shop can lose.

The team's numbers come from **赤兔** (the customer-service performance tool most Taobao
and Tmall shops use; its 客服绩效 export has one row per agent per day):

| what | 赤兔 name | formula | package |
|---|---|---|---|
| inquiry conversion | 询单转化率 | 询单→最终付款人数 / 询单人数 (the buyers who asked and then paid, over the buyers who asked) | `sa.metrics.inquiry_conversion` |
| first response time | 首次响应时间 | seconds from a buyer's first message to the agent's first reply | column `first_response_s` |
| average response time | 平均响应时间 | the same, averaged over every reply in the chat | column `avg_response_s` |
| what one inquiry costs | 询单成本 (单个询单价值) | 平均点击花费 / 点击转化率 × 询单转化率 | `sa.customer_service.cost_per_inquiry` |
| refund rate | 退款率 (生意参谋) | 成功退款金额 / 支付金额 | `sa.metrics.refund_rate` |

询单转化率 counts **people** here (赤兔's person-based definition). Some KPI sheets count
orders instead, which gives a different number: say which one you use, and never
compare the two. Over several days or agents it is a ratio of sums, like every rate in
lesson 01. The export's columns:""")
b.code("""\
cs_daily.head()""")
b.md("""\
`inquiries` is 询单人数, `inquiry_buyers` 询单→最终付款人数, `received` 接待人数 (everyone
the agent talked to, after-sales questions included), `sales_amount` 客服销售额 (the sales
the agent closed), and the two response times in seconds.""")

b.section("Worked example: the team in October", """\
First the rows of October. `cs_daily["date"].between("2026-10-01", "2026-10-31")` is a
column of True/False, True on October's rows; putting it in `cs_daily[...]` keeps those
rows, like a date filter in Excel. Then the team's 询单转化率, all agents and all days at once:""")
b.code("""\
october = cs_daily[cs_daily["date"].between("2026-10-01", "2026-10-31")]
sa.metrics.inquiry_conversion(october)""")
b.md("""\
43.6% of the buyers who asked in October paid. Per agent,
`sa.customer_service.summarize_agents` adds up each agent's rows and divides the sums
(with `shop_daily=days` it also compares each agent's 客单价 with the shop's).
`sa.present.table` shows a table with the Chinese headers of the exports
(`labels=sa.customer_service.LABELS` gives this module's own columns theirs too):""")
b.code("""\
agents = sa.customer_service.summarize_agents(cs_daily, start="2026-10-01", end="2026-10-31", shop_daily=days)
sa.present.table(agents[["agent", "days", "inquiries", "inquiry_buyers", "inquiry_conversion", "first_response_s",
                         "avg_response_s", "breach_days"]],
                 number=["first_response_s", "avg_response_s"], labels=sa.customer_service.LABELS)""")
b.md("""\
From 34% (丽丽) to 54% (小美): the same shop, the same products, the same kind of buyers, and one
agent turns half again as many askers into buyers as another. That spread is what
coaching is for. Note the team's 43.6% is *not* the plain average of the seven agents'
rates: that would weigh 小美's 641 inquiries as much as 阿珍's 880.""")
b.code("""\
agents["inquiry_conversion"].mean()""")

b.section("Response time: the 20-second rule", """\
The daily routine's target is a **首次响应时间 under 20 seconds**
(`sa.customer_service.RESPONSE_TARGET_S`). A buyer who waits opens the next shop's 旺旺;
on a big day (双11, 618, a 聚划算) she has three shops open at once, and the first good
answer gets the order. `breach_days` above counts the days an agent's average first
response was over the target. The response times in `summarize_agents` are averaged over
the days weighted by 接待人数, so a busy day counts more. The chart marks the agents over
the target:""")
b.code("""\
slow = agents.loc[agents["first_response_s"] > sa.customer_service.RESPONSE_TARGET_S, "agent"]
ax = sa.plotting.plot_bar(agents, value="first_response_s", label="agent", ascending=True, highlight=slow,
                          highlight_color=sa.plotting.ALERT_COLOR, title="首次响应时间 (秒), October", xlabel="seconds")
ax.axvline(sa.customer_service.RESPONSE_TARGET_S, color=sa.plotting.UP_COLOR, linestyle="--", label="target 20 s")
ax.legend(loc="upper right");""")
b.md("""\
小雨 answers first in 33 seconds on average, every day over the target, although she
converts above the team. In the morning review you look at yesterday only:
`flag_slow_response` lists the day's agents, slowest first. Here 2026-10-15, and 双11 of
last year, when the team received ten times the usual buyers:""")
b.code("""\
sa.customer_service.flag_slow_response(cs_daily, "2026-10-15")""")
b.code("""\
sa.customer_service.flag_slow_response(cs_daily, "2025-11-11")""")
b.md("""\
On 双11 the two slowest were just over 20 s. Look at who worked: two of the six agents
were off that day, and 阿杰, alone on the night shift, received 1,167 buyers while the day
shift received about 300 each. On a big day a few seconds matter most, and the fix is
planned weeks before: everyone on the roster (the roster check below flags anyone off on
a big day), more people on the evening peak, 快捷短语 (quick replies) for the questions
everyone asks (sizes, shipping, the coupon).""")

b.section("What one inquiry costs: the price of a missed 旺旺 inquiry", """\
How much is one inquiry worth? Ask what it would cost to *buy* the same buyer again.
Through 直通车 (paid search, lesson 05) an order costs 平均点击花费 / 点击转化率: at ¥1 a
click, with 1.28% of clicks ordering, one order costs ¥1 / 1.28% = ¥78.13 of clicks. And
only 询单转化率 of the buyers who ask go on to pay, so an inquiry is worth that share of an
order:

> **询单成本 = 平均点击花费 / 点击转化率 × 询单转化率**

With a 30% 询单转化率, the example an operations article gives:""")
b.code("""\
sa.customer_service.cost_per_inquiry(1.0, 0.0128, 0.30)""")
b.md("""\
About ¥23: every buyer left waiting on 旺旺 is ¥23 of advertising thrown away, and a shop
spends that much on purpose to get her. The demo shop's own figures, over the whole year,
come from the keyword report (`ads`) and the 赤兔 export together:""")
b.code("""\
value = sa.customer_service.summarize_inquiry_value(cs_daily, ads)
value""")
b.md("""\
The shop pays more per click and converts more of its askers than the article's example,
so each inquiry is worth about ¥49. `unconverted` are the inquiries that did not turn
into a paying buyer, and `unconverted_cost` what they were worth at that price. Not every
one was lost by the agent (some buyers only wanted to know when it ships), and the export
does not count the inquiries nobody answered at all: those are among the unconverted.
But the order of magnitude tells the owner why fast, careful answers are worth paying for.""")

b.widget("sa.course.widgets.inquiry_cost(cs_daily, ads, start=\"2026-10-01\", end=\"2026-10-31\")", """\
Move the sliders: the CPC and 点击转化率 of 直通车, the team's 询单转化率, and how many
inquiries a day go unanswered (or answered too late). It starts from October's figures.
A team that converts better makes each inquiry worth *more*, and so each missed one cost
more.""")

b.section("The KPI sheet (客服绩效考核)", """\
Once a month each agent gets a scorecard. `sa.customer_service.scorecard` scores each item
0-100 between two thresholds and weighs them: by default 询单转化率 40%, sales-target
completion 30%, 客服客单价 against the shop's 15%, first response 15%
(`sa.customer_service.DEFAULT_WEIGHTS`). That is common practice in Taobao shops, not a
platform rule: every weight and threshold is a parameter. The shop has no per-agent
sales targets, so `agent_targets` derives them from the shop's monthly target (lesson 02),
the share of sales that goes through customer service, and each agent's hours on shift:""")
b.code("""\
targets = sa.customer_service.agent_targets(cs_daily, days, shop.targets, start="2026-10-01", end="2026-10-31",
                                            cs_roster=shop.cs_roster)
scores = sa.customer_service.scorecard(agents, targets=targets)
sa.present.table(scores[["rank", "agent", "inquiry_conversion", "target_completion", "order_value_vs_shop",
                         "first_response_s", "total", "grade"]],
                 pct=["target_completion"], number=["order_value_vs_shop", "first_response_s", "total"],
                 labels=sa.customer_service.LABELS)""")
b.md("""\
Pay follows the sheet: base pay by P-level (职级) plus a commission on the sales each
agent closed (`sa.customer_service.agent_pay(scores, shop.cs_agents)`; the report
`customer_service_kpis` shows it). The most useful column of the month is not the grade
but what each agent should train next. `suggest_training` compares each agent with the
team and names the largest gaps (本人 is the agent's value, 团队 the team's, 差距 how much
worse as a share of the team's value; rates are fractions, times in seconds):""")
b.code("""\
team = sa.customer_service.summarize_team(cs_daily, start="2026-10-01", end="2026-10-31", shop_daily=days)
training = sa.customer_service.suggest_training(scores, team)
sa.present.table(training[["agent", "label", "value", "team", "gap", "suggestion"]], number=["value", "team"],
                 pct=["gap"], labels=sa.customer_service.LABELS)""")
b.md("""\
Working wisdom from experienced 客服主管: **a scorecard is for coaching, not punishment.**
Show the agent her numbers next to the team's, agree on one thing to train (read a few
of her chats together), and look again next month. A grade used only to cut pay teaches
nothing, and the agents learn to game the sheet (closing chats fast, skipping hard
buyers) instead of selling.""")

b.section("The roster (排班)", """\
Service hours are 09:00-23:30, in three shifts (`sa.customer_service.SHIFTS`): day,
half, night. `check_roster` holds the roster against the rules of an operations manual
(`sa.customer_service.ROSTER_RULES`): every hour covered, at least 12 hours of rest after a
shift (no day shift the morning after a night), a day off every week, monthly hours
within 10% of the team's mean, and nobody off on a big day (the peak of 双11, 双12, 618).
Over the demo year:""")
b.code("""\
sa.present.table(sa.customer_service.check_roster(shop.cs_roster), labels=sa.customer_service.LABELS)""")
b.md("""\
An evening nobody covered (2026-02-16, during the Spring Festival) is an evening of
unanswered inquiries; an agent with no day off or a night then a morning shift answers
slower and worse; an agent off on 双11 leaves the rest to answer for two. Check the roster
the week it is made, not after the month.""")

b.section("After-sales: 退款率", """\
Customer service also handles after-sales (售后): returns, refunds, complaints. The shop's
**退款率** in 生意参谋 is 成功退款金额 / 支付金额, the share of sales paid back, again a
ratio of sums over days:""")
b.code("""\
october_days = days[days["date"].between("2026-10-01", "2026-10-31")]
sa.metrics.refund_rate(october_days)""")
b.code("""\
by_month = sa.metrics.summarize(days.assign(month=days["date"].dt.strftime("%Y-%m")), by="month",
                                metrics=["refund_rate"])
by_month[["month", "paid_amount", "refund_amount", "refund_rate"]]""")
b.md("""\
7% of October's sales went back to buyers. Over the year it moves between 7% and 10%,
highest in November (the refunds that follow 双11, when buyers order more than they keep)
and February. A rising 退款率 is a question for
the product (sizes, photos that promise more than the fabric) as much as for customer
service, but customer service hears it first: `summarize_agents` also gives each agent's
售后率 (`after_sales_rate` = 售后人数 / 接待人数).""")

b.exercise("check_07_agent_conversion", """\
What was **丽丽's** 询单转化率 in **September 2026**? Select her September rows with two
conditions at once. For example, 小美's October rows are

```python
cs_daily[(cs_daily["agent"] == "小美") & cs_daily["date"].between("2026-10-01", "2026-10-31")]
```

`cs_daily["agent"] == "小美"` is True on 小美's rows; `&` keeps the rows where *both*
conditions are True (each condition needs its own brackets). Keep 丽丽's rows in a
variable, `rows = cs_daily[...]`, then `answer = sa.metrics.inquiry_conversion(rows)`.""",
           """\
rows = cs_daily[(cs_daily["agent"] == "丽丽") & cs_daily["date"].between("2026-09-01", "2026-09-30")]
answer = sa.metrics.inquiry_conversion(rows)""")
b.exercise("check_07_inquiry_cost", """\
What was one inquiry worth (询单成本, in yuan) in **October 2026**, with the demo shop's own
figures? Select October's rows of the keyword report `ads` the way `october` was selected
from `cs_daily` (call it `october_ads`), then call

`sa.customer_service.cost_per_inquiry(cpc, click_conversion, inquiry_conversion)`

with its three inputs in this order: `sa.metrics.cpc(october_ads)` (平均点击花费),
`sa.metrics.click_conversion(october_ads)` (点击转化率) and the team's October
`sa.metrics.inquiry_conversion(october)` (询单转化率).""",
           """\
october_ads = ads[ads["date"].between("2026-10-01", "2026-10-31")]
answer = sa.customer_service.cost_per_inquiry(sa.metrics.cpc(october_ads), sa.metrics.click_conversion(october_ads),
                                              sa.metrics.inquiry_conversion(october))""")
b.exercise("check_07_coaching", """\
丽丽's October scorecard is the team's lowest. You meet her for the monthly review. Look at
her rows in `scores` and `training` above. Which opening do the numbers support?""",
           'answer = "C"')

b.recap("""\
- 询单转化率 = 询单→最终付款人数 / 询单人数 (people, 赤兔's definition), a ratio of sums over
  days and agents: `sa.metrics.inquiry_conversion(rows)`, per agent
  `sa.customer_service.summarize_agents`. The team's rate is not the mean of the agents'.
- 首次响应时间 under 20 s, above all on big days: `flag_slow_response(cs_daily, day)` in the
  morning review.
- 询单成本 = 平均点击花费 / 点击转化率 × 询单转化率 (`cost_per_inquiry`): what it would cost to
  buy the same buyer through 直通车. A missed 旺旺 inquiry costs about that (¥23 in the
  article's example, about ¥49 over the demo shop's year).
- The KPI sheet (`scorecard`, `agent_pay`, `suggest_training`) is for coaching: name the
  gap, show the numbers, train one thing. `check_roster` checks the rota's rules.
- 退款率 = 成功退款金额 / 支付金额 (`sa.metrics.refund_rate`).""")

if __name__ == "__main__":
    print(f"wrote {b.write()}")
