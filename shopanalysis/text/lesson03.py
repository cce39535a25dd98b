"""What lesson 03's checkers say (:mod:`shopanalysis.course.lesson03`, traffic sources), Chinese first."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "lesson03",
    {
        # --- 3.1 October's natural share
        "3.1.title": ("十月的自然流量占比", "October's natural share"),
        "3.1.why": ("十月有 {share:pct1} 的访客来自免费的搜索和推荐：低于经验法则要求的 70%。演示店全年每个月都低于它。",
                    "{share:pct1} of October's visitors came through free search and recommendation: below the 70% "
                    "the rule of thumb asks for. Every month of the demo year is below it."),
        "3.1.hint": ('mix = sa.traffic.channel_mix(sources, "2026-10", shop_daily=days)；取 "natural" 这一行的 share',
                     'mix = sa.traffic.channel_mix(sources, "2026-10", shop_daily=days); take the "natural" row\'s '
                     "share"),
        "3.1.trap.daily_mean": ("这是 {days} 个每日占比的平均值；一个月的占比是整月的自然访客除以整月的访客（总和之比）",
                                "that is the mean of the {days} daily shares; a month's share is the month's "
                                "natural visitors over the month's visitors (a ratio of sums)"),
        "3.1.trap.daily_mean.hint": ('把整个月 "{month}" 传给 channel_mix', 'pass the month, "{month}", to '
                                                                         "channel_mix"),
        "3.1.trap.september": ("这是九月的占比", "that is September's share"),
        "3.1.trap.month.hint": ('传 "{month}"', 'pass "{month}"'),
        "3.1.trap.one_day": ("这只是 {day:date} 一天的占比", "that is the share on {day:date} alone"),
        "3.1.trap.one_day.hint": ('传整个月 "{month}"', 'pass the month, "{month}"'),
        "3.1.trap.paid": ("这是付费渠道的占比", "that is the paid channel's share"),
        "3.1.trap.paid.hint": ('取 "natural" 这一行', 'take the "natural" row'),
        # --- 3.2 the source that brought the visitors
        "3.2.title": ("带来访客的那个来源", "The source that brought the visitors"),
        "3.2.other": ("它带来了 {change:+int} 个访客（占 {total:+int} 的 {share:pct0}），比 {top} 的 {top_change:+int} 少",
                      "it added {change:+int} visitors ({share:pct0} of the {total:+int}), less than {top}'s "
                      "{top_change:+int}"),
        "3.2.by_sales": ("它带动的销售额最多（{sales:+yuan}），但访客只多了 {change:+int}；问题问的是访客",
                         "it moved the most sales ({sales:+yuan}) but only {change:+int} visitors; the "
                         "question is about visitors"),
        "3.2.previous": ("和前一天比它涨得最多（{change:+int}）；和上周四比，涨得最多的是 {top}",
                         "it grew most against the day before ({change:+int}); against last Thursday {top} grew "
                         "most"),
        "3.2.why": ("访客的变化 {total:+int} 里，{top} 带来了 {change:+int}（{share:pct0}）：这是免费的搜索流量，"
                    "所以这次上涨是挣来的，不是买来的。其余的分散在很多来源上。",
                    "{top} brought {change:+int} of the {total:+int} visitors ({share:pct0}): free search "
                    "traffic, so the rise is earned rather than bought. The rest is spread over many sources."),
        "3.2.hint": ('changes = sa.traffic.source_changes(sources, "2026-10-15", against="same_weekday_last_week", '
                     "shop_daily=days)；第一行就是访客变化最大的来源",
                     'changes = sa.traffic.source_changes(sources, "2026-10-15", against="same_weekday_last_week", '
                     "shop_daily=days); the first row moved the visitors most"),
        # --- 3.3 what to tell the owner about the mix
        "3.3.title": ("关于流量结构，该对老板说什么", "What to tell the owner about the mix"),
        "3.3.A": ("流量结构健康：每个月自然流量都是最大的渠道，付费流量也能卖货；什么都不用做。",
                  "The mix is healthy: natural is the biggest channel every month and paid traffic sells; nothing "
                  "to do."),
        "3.3.A.why": ("自然流量占访客的 {natural_low:pct0}-{natural_high:pct0}，{months} 个月全都低于经验法则的 70%；"
                      "付费流量 {paid_low:pct0}-{paid_high:pct0}，高于它的 10%。",
                      "natural traffic is {natural_low:pct0}-{natural_high:pct0} of visitors, below the 70% of the "
                      "rule of thumb in all {months} months, and paid {paid_low:pct0}-{paid_high:pct0}, above its "
                      "10%."),
        "bilingual.3.3.B": ("今天就停掉直通车，让付费流量回到 5-10%，把钱投到免费流量上。",
                  "Stop 直通车 today so that paid traffic falls back into 5-10%, and put the money into free "
                  "traffic instead."),
        "3.3.B.why": ("付费来源带来了十月 {paid_sales:pct0} 的销售额；盲目砍掉，这笔钱和这些成交撑起的搜索排名都会丢掉。"
                      "先按数据逐个判断关键词（第 05 课）。",
                      "paid sources brought {paid_sales:pct0} of October's sales; cutting them blind loses that "
                      "money and the search ranking those sales feed. Judge each keyword on its numbers first "
                      "(lesson 05)."),
        "3.3.C": ("每个月自然流量都低于经验法则、付费流量都高于它：在搜索上下功夫（标题、主图、排名），"
                  "砍关键词之前先看付费关键词的 ROI。",
                  "Natural traffic is below the rule of thumb every month and paid above it: work on search "
                  "(titles, main images, ranking) and check the paid keywords' ROI before cutting any."),
        "3.3.C.why": ("每个月自然流量 {natural_low:pct0}-{natural_high:pct0}（应 ≥ 70%），付费 {paid_low:pct0}-"
                      "{paid_high:pct0}（应在 5-10%）。经验法则是方向，不是规定：把免费流量做大，"
                      "保留那些挣回成本的付费关键词。",
                      "natural {natural_low:pct0}-{natural_high:pct0} against >= 70%, paid {paid_low:pct0}-"
                      "{paid_high:pct0} against 5-10%, every month. The rule of thumb is a direction, not a law: "
                      "grow the free traffic, and keep the paid keywords that earn their cost."),
        "3.3.hint": ("逐月看 channel_mix，再看付费流量卖了多少", "look at channel_mix month by month, and at what paid "
                                                        "traffic sells"),
    },
)
