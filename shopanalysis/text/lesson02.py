"""What lesson 02's checkers say (:mod:`shopanalysis.course.lesson02`, the morning review), Chinese first."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "lesson02",
    {
        # --- 2.1 September's pace on the 20th
        "2.1.title": ("9 月 20 日的销售进度", "September's pace on the 20th"),
        "2.1.why": ("{pace:pct1}：到 {day:date}，九月卖了 {sold}，而计划这些天是 {plan}。稍稍落后：{verdict}，"
                    "趁差距还小值得看一看。",
                    "{pace:pct1}: by {day:date} September had sold {sold} against a plan of {plan} for those days. "
                    "Slightly behind: {verdict}, and worth a look before it grows."),
        "2.1.on_track": ("进度正常", "on track"),
        "2.1.not_on_track": ("进度不达标", "not on track"),
        "2.1.hint": ('pacing = sa.sales.pace_month(days, targets, "{day:date}")，再取 pacing.pace_ratio',
                     'pacing = sa.sales.pace_month(days, targets, "{day:date}"), then pacing.pace_ratio'),
        "2.1.trap.share": ("这是到目前为止卖掉的占整月目标的比例；销售进度比较的是销售额和已过去这些天的计划",
                           "that is the share of the whole month's target sold so far; the pace compares sales "
                           "with the plan for the days gone"),
        "2.1.trap.even": ("这是和把目标平均分摊（每天一样）相比的进度；计划给每个星期几不同的分量",
                          "that is the pace against an even spread of the target (every day alike); the plan gives "
                          "each weekday its own weight"),
        "2.1.trap.hint": ("取 sa.sales.pace_month 的 .pace_ratio", "take .pace_ratio from sa.sales.pace_month"),
        # --- 2.2 what each day left must sell
        "2.2.title": ("剩下的每天要卖多少", "What each day left must sell"),
        "2.2.why": ("剩下的 {days} 天平均每天要卖 {needed}，才能达到 {target}，而计划里是每天 {planned}："
                    "这就是今天早上要告诉团队的数。",
                    "each of the {days} days left must sell {needed} on average to reach {target}, against "
                    "{planned} in the plan: the number to give the team this morning."),
        "2.2.hint": ("pacing.needed_per_day = 离目标的差额 / 剩余天数",
                     "pacing.needed_per_day = gap to target / days left"),
        "2.2.trap.planned": ("这是计划里剩下平均每天的金额；要补上差距，每天得卖得更多",
                             "that is what the plan has for an average day left; to make up the gap each day must "
                             "sell more"),
        "2.2.trap.planned.hint": ("取 .needed_per_day", "take .needed_per_day"),
        "2.2.trap.gap": ("这是离目标的全部差额，不是每天的", "that is the whole gap to the target, not per day"),
        "2.2.trap.gap.hint": ("除以剩余天数，或者直接取 .needed_per_day", "divide by the days left, or take "
                                                                  ".needed_per_day"),
        "2.2.trap.today": ("这把 {day:date} 当天也算进了剩余天数；它的销售额已经计入了",
                           "that counts {day:date} itself among the days left; its sales are already in"),
        "2.2.trap.today.hint": ("剩余天数是 {day:date} 之后的 {days} 天", "the days left are the {days} days after "
                                                                    "{day:date}"),
        # --- 2.3 yuan from visitors against last Sunday
        "2.3.title": ("和上周日比，访客带来的金额", "Yuan from visitors against last Sunday"),
        "bilingual.2.3.why": ("和上周日比，更多的访客带来了 {visitors}，整个变化是 {change}（支付转化率 {conversion}，"
                    "客单价 {order_value}）。和前一天周六比，访客带来的却是 {saturday}：周日的访客本来就比周六多，"
                    "所以只有和同一个星期几比，才看得出流量是不是真的涨了。",
                    "{visitors} came from more visitors against the Sunday before, in a change of {change} "
                    "(conversion {conversion}, 客单价 {order_value}). Against the Saturday before, visitors took "
                    "{saturday}: Sundays draw more visitors than Saturdays, so only the same weekday says whether "
                    "traffic really grew."),
        "2.3.hint": ('sa.sales.compare_day(days, "{day:date}")，再取 same_weekday_last_week 这一行的 "yuan_visitors"',
                     'sa.sales.compare_day(days, "{day:date}"), then the same_weekday_last_week row\'s '
                     '"yuan_visitors"'),
        "2.3.trap.previous": ("这是和前一天（周六）比的；练习要和一周前的周日比",
                              "that is against the day before (the Saturday); the exercise compares with the Sunday "
                              "a week before"),
        "2.3.trap.row.hint": ("取 same_weekday_last_week 这一行", "take the same_weekday_last_week row"),
        "2.3.trap.trailing": ("这是和近 7 天平均比的", "that is against the 7-day average"),
        "2.3.trap.change": ("这是销售额的全部变化，不只是访客带来的那部分",
                            "that is the whole change in sales, not the visitors' part"),
        "2.3.trap.people": ("这是访客人数的变化（人），不是金额", "that is the change in visitors (people), not in yuan"),
        "2.3.trap.column.hint": ('取 "yuan_visitors" 这一列', 'take the "yuan_visitors" column'),
        # --- 2.4 the note for the team
        "2.4.title": ("给团队的一句话", "The note for the team"),
        "2.4.A": ("支付转化率提高了：商品页上改过的东西都保留，再往这些页面多引流。",
                  "Conversion improved: keep whatever we changed on the product pages, and send more traffic to "
                  "them."),
        "2.4.A.why": ("支付转化率是下降的，从 {before:pct2} 降到 {after:pct2}，在变化里占了 {cost}。",
                      "conversion fell, from {before:pct2} to {after:pct2}, and cost {cost} of the change."),
        "2.4.B": ("销售额上涨主要靠访客变多；找出是哪个来源带来的，同时盯住支付转化率。",
                  "Sales rose mostly on more visitors; find which source brought them, and watch conversion."),
        "2.4.B.why": ("{change} 的增长里，访客带来了 {visitors}（访客 {more:+pct1}），而支付转化率从 {before:pct2} "
                      "降到了 {after:pct2}。第 03 课会找出是哪个来源。",
                      "visitors brought {visitors} of the {change} rise ({more:+pct1} visitors), while conversion "
                      "fell from {before:pct2} to {after:pct2}. Lesson 03 finds the source."),
        "2.4.C": ("好日子：销售额超过了上周四，十月回到正轨了；计划照旧。",
                  "A good day: sales beat last Thursday, so October is back on track; keep the plan as it is."),
        "2.4.C.why": ("一天好不代表整个月好：十月的进度是计划的 {pace:pct0}，剩下的每天要卖 {needed}"
                      "（计划里是 {planned}）。",
                      "one good day does not make the month: October's pace is {pace:pct0} of plan and each day "
                      "left must sell {needed} (the plan has {planned})."),
        "2.4.hint": ("看 same_weekday_last_week 这一行的 yuan_* 几部分，再看整月的进度",
                     "look at the yuan_* parts of the same_weekday_last_week row, and at the month's pacing"),
    },
)
