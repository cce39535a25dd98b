"""What lesson 10 (the monthly review) says to a learner: its checkers' titles, why an answer is
right, the known mistakes and the hints, Chinese first."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "lesson10",
    {
        # --- exercise titles (checks.Text: rendered in the language current when a checker runs)
        "title.completion": ("十月的目标完成率", "October's target completion"),
        "title.factor": ("十月比九月多卖的钱，哪一项贡献最多", "Which factor brought most of October's growth"),
        "title.first": ("下个月先做哪一件", "Which action first next month"),
        "title.target": ("十一月的建议目标", "November's suggested target"),
        # --- 10.1 target completion
        "completion.why": ("十月支付金额 {sales:yuan}，目标 {target:yuan}：目标完成率 {rate:pct}，差 {gap:yuan} 没完成"
                           "（九月完成了 {september:pct}）。环比涨了 {mom:+pct}，看着很好，但目标是按双11预热和大促定的："
                           "复盘先和目标比，再和上月、去年比。",
                           "October sold {sales:yuan} against a target of {target:yuan}: a target completion of "
                           "{rate:pct}, {gap:yuan} short (September made {september:pct}). Month on month it grew "
                           "{mom:+pct}, which looks great, but the target was set for the run-up to 11.11: a review "
                           "compares with the target first, then with last month and last year."),
        "completion.hint": ('取十月那一行：row = sa.monthly.compare_months(days, "2026-10", targets=shop.targets).iloc[0]; '
                            'answer = row["target_completion"]',
                            'row = sa.monthly.compare_months(days, "2026-10", targets=shop.targets).iloc[0]; '
                            'answer = row["target_completion"]'),
        "completion.trap.mom": ("这是环比（比上月多了百分之几），不是目标完成率",
                                "that is the month-on-month change, not the target completion"),
        "completion.trap.mom.hint": ('取 "target_completion" 这一列', 'take the column "target_completion"'),
        "completion.trap.ratio": ("这是本月除以上月（1 + 环比）；目标完成率是支付金额 / 销售目标",
                                  "that is this month over last month (1 + the change); the target completion is "
                                  "sales / target"),
        "completion.trap.september": ("这是九月的目标完成率（例题里的数）；练习问的是十月",
                                      "that is September's completion (the worked example's); the exercise asks for "
                                      "October"),
        "completion.trap.month.hint": ('月份写十月：compare_months(days, "2026-10", targets=shop.targets)',
                                       'compare_months(days, "2026-10", targets=shop.targets)'),
        "completion.trap.inverted": ("这是目标除以支付金额，倒过来了", "that is the target divided by sales: upside down"),
        "completion.trap.inverted.hint": ("目标完成率 = 支付金额 / 销售目标", "target completion = sales / target"),
        "completion.trap.gap": ("这是没完成的那部分（1 - 目标完成率）", "that is the part not made (1 - the target completion)"),
        "completion.trap.old_target": ("这是十月的支付金额除以九月的目标；每个月有自己的目标",
                                       "that divides October's sales by September's target; each month has its own"),
        # --- 10.2 the log split
        "factor.why": ("十月比九月多卖 {change:yuan}：访客数带来 {visitors:yuan}，支付转化率 {conversion:yuan}，客单价 "
                       "{aov:yuan}，访客最多。九月却是客单价贡献最大（{september_aov:yuan}）。所以下个月先问："
                       "双11之后访客还能留住多少？",
                       "October sold {change:yuan} more than September: visitors brought {visitors:yuan}, conversion "
                       "{conversion:yuan} and the average order value {aov:yuan}, visitors most. In September the "
                       "order value had given most ({september_aov:yuan}). So next month's first question: how many "
                       "of the visitors stay after 11.11?"),
        "factor.hint": ('取十月那一行：row = sa.monthly.compare_months(days, "2026-10").iloc[0]；比较 row["yuan_visitors"]、'
                        'row["yuan_conversion"] 和 row["yuan_avg_order_value"]，答最大那一份的名字："visitors"、'
                        '"conversion_rate" 或 "avg_order_value"',
                        'row = sa.monthly.compare_months(days, "2026-10").iloc[0]; compare row["yuan_visitors"], '
                        'row["yuan_conversion"] and row["yuan_avg_order_value"], and answer with the name of the '
                        'largest: "visitors", "conversion_rate" or "avg_order_value"'),
        "factor.other": ("它在十月带来 {amount:yuan}，比访客数的 {most:yuan} 少",
                         "it brought {amount:yuan} in October, less than the visitors' {most:yuan}"),
        "factor.other.september": ("它在十月带来 {amount:yuan}，比访客数的 {most:yuan} 少；九月（例题）才是它最大",
                                   "it brought {amount:yuan} in October, less than the visitors' {most:yuan}; it was "
                                   "the largest in September (the worked example)"),
        # --- 10.3 which action first
        "first.pages.why": ("{n:int} 个详情页的转化率低于同类目，十月按同类目的转化率算少卖了约 {money:yuan}，是各项里最多的；"
                            "美工本周就能从前几个页面改起。其次是询单（{inquiries:yuan}），再是加价的关键词（{raise_bid:yuan}）。",
                            "the {n:int} detail pages converting below their category sold about {money:yuan} less in "
                            "October than at the category's rate, the most of any action, and the designer can start "
                            "on the top pages this week. Next come the inquiries ({inquiries:yuan}), then the keywords "
                            "to bid up ({raise_bid:yuan})."),
        "first.inquiries.why": ("没成交的询单按广告买一位买家的成本算值 {money:yuan}，排第二，在详情页的 {pages:yuan} 之后；"
                                "而且这是买来它们花的钱，不一定全是丢掉的销售额。",
                                "the unconverted inquiries are worth {money:yuan} at the ads' price of a buyer: second, "
                                "after the detail pages' {pages:yuan}. And that is what buying them cost, not sales "
                                "surely lost."),
        "first.winback.why": ("{amount:yuan} 是这 {n:int} 位老客以前一共花过的钱，不是这个月能挣回来的钱：gather_actions "
                              "不给召回算涉及金额。召回要做（发券、发短信，第 09 课），但按涉及金额它排不到第一。",
                              "{amount:yuan} is what these {n:int} buyers spent over their whole history, not money "
                              "this month can make: gather_actions gives win-back no money at stake. Do it (coupons and "
                              "SMS, lesson 09), but by the money at stake it does not come first."),
        "first.raise_bid.why": ("给 {n:int} 个赚钱的关键词加价，按它们的投入产出比约能多卖 {money:yuan}：三项有金额的里排第三。",
                                "raising the bids of the {n:int} keywords that earn well is worth about {money:yuan} of "
                                "sales at their ROI: third of the three with a figure."),
        "first.hint": ("比较每一项的 money_at_stake：这个月做了能挣回或省下多少钱", "compare each action's money_at_stake: "
                       "what doing it this month can earn or save"),
        # --- 10.4 next month's target
        "target.why": ("按近 14 个平常日的水平、星期节奏和双11的倍数，十一月建议目标 {amount:yuan}。同样的方法回测过去 "
                       "{n:int} 个月，一半月份的实际落在 {low:yuan} 至 {high:yuan}：定在这个范围里，是有数据撑着的目标。"
                       "它十月只推算出 {october:yuan}，实际卖了 {actual:yuan}：推算是起点，再加上你知道的计划（新品、活动报名）。",
                       "From the level of the last 14 ordinary days, the weekday rhythm and the 11.11 multiples, "
                       "November's suggested target is {amount:yuan}. Backtested on the past {n:int} months, half "
                       "of them landed between {low:yuan} and {high:yuan}: a target in that range has the data "
                       "behind it. For October the same method said {october:yuan} and the shop sold {actual:yuan}: "
                       "the forecast is a starting point, to which you add what you know (new listings, promos "
                       "signed up for)."),
        "target.hint": ('推算十一月：suggestion = sa.monthly.suggest_target(days, "2026-11"); answer = suggestion["amount"]',
                        'suggestion = sa.monthly.suggest_target(days, "2026-11"); answer = suggestion["amount"]'),
        "target.trap.low": ("这是范围的下端（回测里四分之三的月份至少到了这个数）；练习要建议的那个数 amount",
                            "that is the low end of the range (three months in four reached at least that); the "
                            "exercise wants the suggestion itself, amount"),
        "target.trap.high": ("这是范围的上端（回测里只有四分之一的月份超过它）；练习要建议的那个数 amount",
                             "that is the high end of the range (only one month in four beat it); the exercise wants "
                             "the suggestion itself, amount"),
        "target.trap.amount.hint": ('取建议的那个数：answer = suggestion["amount"]', 'answer = suggestion["amount"]'),
        "target.trap.october": ("这是十月的建议（例题里的数）；练习问的是十一月",
                                "that is the suggestion for October (the worked example's); the exercise asks for "
                                "November"),
        "target.trap.october.hint": ('月份写十一月：sa.monthly.suggest_target(days, "2026-11")',
                                     'sa.monthly.suggest_target(days, "2026-11")'),
        "target.trap.actual": ("这是十月实际的支付金额；十一月有双11，不会和十月一样",
                               "that is October's actual sales; November has 11.11 and will not look like October"),
        "target.trap.last_year": ("这是去年十一月的支付金额：店铺一年里变了，建议目标从最近的水平推算",
                                  "that is last November's sales: the shop has changed in a year; the suggestion starts "
                                  "from the recent level"),
        "target.trap.october_target": ("这是十月的目标", "that is October's target"),
        "target.trap.mom": ("这是把十月的环比再涨一次（十月 × (1 + 环比)）：双11的月份不能这样外推",
                            "that grows October by its month-on-month change once more (October x (1 + change)): a "
                            "month with 11.11 cannot be extrapolated like that"),
    },
)
