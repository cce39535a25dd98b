"""What lesson 09 (customers: RFM, segments and win-back) says to a learner: its checkers' titles,
why an answer is right, the known mistakes and the hints, Chinese first."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "lesson09",
    {
        # --- exercise titles (checks.Text: rendered in the language current when a checker runs)
        "title.repeat": ("十月的复购率", "October's repeat rate"),
        "title.segment": ("十月底的重要保持客户", "Important-keep buyers at the end of October"),
        "title.coupon": ("谁发券，谁发短信", "Who gets the coupon, who gets the SMS"),
        "title.masked": ("为什么手机号要打码", "Why the phone numbers are masked"),
        # --- the segment widget (shopanalysis.course.widgets_late.segment_explorer)
        "widget.recency": ("R：几天内买过算近", "R: recent within (days)"),
        "widget.orders": ("F：多于几单算多", "F: frequent above (orders)"),
        "widget.revenue": ("M：消费超过多少算高（元）", "M: high spend above (yuan)"),
        "widget.title": ("截至 {end:date} 各类客户的人数", "Buyers per segment on {end:date}"),
        "widget.summary": ("{buyers:int} 位买家里，重要保持客户 {keep:int} 位，唤回名单的三类共 {listed:int} 位（深色）。",
                           "Of {buyers:int} buyers, {keep:int} are important-keep, and the three win-back segments "
                           "hold {listed:int} (dark)."),
        # --- 9.1 the repeat rate
        "repeat.why": ("十月下过单的 {buyers:int} 位买家里，有 {repeat:int} 位在十月里下单两次以上：复购率 {rate:pct}"
                       "（九月 {september:pct}，近十二个月 {year:pct}）。周期越长复购率越高，所以月和月比、年和年比。"
                       "留住一位老客比用广告买一位新客便宜得多，复购率就是这件事做得怎么样的一个数。",
                       "{repeat:int} of the {buyers:int} buyers who ordered in October ordered twice or more in "
                       "October: a repeat rate of {rate:pct} (September {september:pct}, the last twelve months "
                       "{year:pct}). The longer the period, the higher the rate, so compare a month with a month and "
                       "a year with a year. Keeping a buyer costs far less than buying a new one with ads; the repeat "
                       "rate is one number for how well the shop keeps them."),
        "repeat.hint": ('十月的复购率这样算：answer = sa.customers.repeat_rate(orders, start="2026-10-01", end="2026-10-31")',
                        'answer = sa.customers.repeat_rate(orders, start="2026-10-01", end="2026-10-31")'),
        "repeat.trap.refunded": ("这把退款的订单也算进去了（include_refunded=True）；退了款的订单不算买家留下的购买",
                                 "that counts refunded orders too (include_refunded=True); a refunded order is not a "
                                 "purchase the buyer kept"),
        "repeat.trap.refunded.hint": ("include_refunded 保持默认的 False", "leave include_refunded at its default, False"),
        "repeat.trap.september": ("这是九月的复购率（例题里的数）；练习问的是十月",
                                  "that is September's rate (the worked example's); the exercise asks for October"),
        "repeat.trap.period.hint": ('时间段写十月：start="2026-10-01", end="2026-10-31"', 'start="2026-10-01", end="2026-10-31"'),
        "repeat.trap.year": ("这是近十二个月（2025-11-01 至 2026-10-31）的复购率；周期越长，下单两次的买家越多",
                             "that is the rate over the last twelve months (2025-11-01 to 2026-10-31); over a longer "
                             "period more buyers order twice"),
        "repeat.trap.orders": ("这是十月的订单里复购买家下的单所占的比例（按订单算）；复购率按买家算：下单两次以上的买家 / "
                               "下过单的买家",
                               "that is the share of October's orders placed by repeat buyers (counted in orders); the "
                               "repeat rate counts buyers: buyers with two or more orders / buyers with one or more"),
        "repeat.trap.orders.hint": ("sa.customers.repeat_rate 按买家数来算", "sa.customers.repeat_rate counts buyers for you"),
        "repeat.trap.returning": ("这是十月的老客占比：十月的买家里十月以前买过的比例。复购率只看这段时间里的订单",
                                  "that is October's returning share: the buyers of October who had bought before "
                                  "October. The repeat rate looks only at the orders inside the period"),
        "repeat.trap.ever": ("这把十月以前的订单也算进去了：十月的买家里累计下单两次以上的比例。复购率只数这段时间里的订单",
                             "that counts the orders before October too: the share of October's buyers with two or "
                             "more orders ever. The repeat rate counts only the orders inside the period"),
        "repeat.trap.once": ("这是只下过一次单的买家的比例（1 - 复购率）", "that is the share who ordered only once (1 - the repeat rate)"),
        "repeat.trap.once.hint": ("复购率是下单两次以上的那部分", "the repeat rate is the share who ordered twice or more"),
        # --- 9.2 buyers in a segment
        "segment.why": ("截至 2026-10-31，{n:int} 位买家是重要保持客户（分界取中位数：{days:int} 天内买过算近，"
                        "多于 {orders:int} 单算多，消费超过 {revenue:yuan} 算高）。他们买过多次、花得多，但已经 "
                        "{days:int} 天以上没来，合计消费过 {amount:yuan}：召回名单上最值得先联系的人。",
                        "On 2026-10-31, {n:int} buyers were important-keep (the thresholds are the "
                        "medians: bought within {days:int} days is recent, more than {orders:int} order is frequent, "
                        "over {revenue:yuan} is high spend). They bought often and spent a lot, but have not come back "
                        "for over {days:int} days; together they spent {amount:yuan}: the first people to contact on "
                        "the win-back list."),
        "segment.hint": ('先算十月底的表：table = sa.customers.customer_table(orders, observation_end="2026-10-31")，'
                         '再 segments = sa.customers.summarize_segments(table)，取 "important_keep" 那一行的 customers',
                         'table = sa.customers.customer_table(orders, observation_end="2026-10-31"), then '
                         'segments = sa.customers.summarize_segments(table) and the customers of the row '
                         '"important_keep"'),
        "segment.trap.other": ("这是{label}的人数，不是{wanted}的", "that is the size of the segment '{label}', not of '{wanted}'"),
        "segment.trap.other.hint": ('取 segment 为 "important_keep" 的那一行', 'take the row whose segment is "important_keep"'),
        "segment.trap.september": ("这是截至 2026-09-30 的人数（例题的日期）；练习问的是 2026-10-31",
                                   "that is the count on 2026-09-30 (the worked example's date); the exercise asks "
                                   "for 2026-10-31"),
        "segment.trap.september.hint": ('截止日写十月底：observation_end="2026-10-31"', 'observation_end="2026-10-31"'),
        "segment.trap.refunded": ("这把退款的订单也算进去了（include_refunded=True）",
                                  "that counts refunded orders too (include_refunded=True)"),
        "segment.trap.refunded.hint": ("customer_table 默认不算退款的订单：保持默认",
                                       "customer_table leaves refunded orders out by default: keep the default"),
        "segment.trap.list": ("这是整张召回名单的人数：重要保持、重要挽留和一般保持客户加在一起",
                              "that is the whole win-back list: important-keep, important-win-back and general-keep "
                              "together"),
        "segment.trap.all": ("这是全部买家的人数", "that is the number of all buyers"),
        # --- 9.3 coupon or SMS
        "coupon.a": ("给召回名单上的 {n:int} 人全部发专属优惠券", "A targeted coupon for all {n:int} buyers on the win-back list"),
        "coupon.b": ("重要保持客户（{keep:int} 人）发专属优惠券；重要挽留和一般保持客户（{others:int} 人）发短信提醒",
                     "A coupon for the important-keep buyers ({keep:int}); an SMS reminder for the important-win-back "
                     "and general-keep buyers ({others:int})"),
        "coupon.c": ("重要挽留客户（{winback:int} 人，合计消费最多）发优惠券；重要保持客户发短信",
                     "A coupon for the important-win-back buyers ({winback:int}, the most money in total); an SMS for "
                     "the important-keep buyers"),
        "coupon.d": ("给一般挽留客户（{general:int} 人，人数最多）发优惠券，把他们拉回来",
                     "A coupon for the general-win-back buyers ({general:int}, the largest group), to bring them back"),
        "coupon.a.why": ("名单上 {once:int} 人只买过一次。四月底的重要挽留客户，之后半年只有 {winback_back:pct} 回来买过："
                         "大部分券会没人用，而本来就会回来的人又白拿了折扣。券要发给回来的可能大、值得让利的人。",
                         "{once:int} of them bought only once. Of the important-win-back buyers at the end of April, "
                         "only {winback_back:pct} bought again in the next six months: most coupons would go unused, "
                         "and the buyers who would have come anyway get the discount for nothing. A coupon goes where "
                         "the chance of a return and the money are both high."),
        "coupon.b.why": ("重要保持客户平均买过 {keep_orders:.1f} 次、每人消费 {keep_mean:yuan}，四月底的这类客户之后半年有 "
                         "{keep_back:pct} 回来买过，合计 {keep_amount:yuan} 的老主顾值得一张券的让利；重要挽留客户每人只买过一次"
                         "（平均 {winback_mean:yuan}），半年里只有 {winback_back:pct} 回来，一条几分钱的短信就够了。"
                         "这正是召回名单 action 列的规则：F 高且 M 高发券，其余发短信。",
                         "the important-keep buyers ordered {keep_orders:.1f} times on average and spent "
                         "{keep_mean:yuan} each; of this segment at the end of April, {keep_back:pct} bought again in "
                         "the next six months. Regulars who spent {keep_amount:yuan} together are worth a coupon's "
                         "margin. An important-win-back buyer bought once (on average {winback_mean:yuan}) and only "
                         "{winback_back:pct} came back within six months: an SMS at a few cents is enough. That is the "
                         "rule of the list's action column: F and M high get a coupon, the others an SMS."),
        "coupon.c.why": ("他们合计消费 {winback_amount:yuan} 是因为人多（{winback:int} 人），每人只买过一次、平均 "
                         "{winback_mean:yuan}，半年里只有 {winback_back:pct} 回来；重要保持客户回来的有 {keep_back:pct}。"
                         "按人算回来的可能和钱，券该给重要保持客户。",
                         "they spent {winback_amount:yuan} in total because there are many of them ({winback:int}); "
                         "each bought once, {winback_mean:yuan} on average, and only {winback_back:pct} came back "
                         "within six months, against {keep_back:pct} of the important-keep buyers. Per buyer, the "
                         "chance of a return and the money point the coupon at important-keep."),
        "coupon.d.why": ("一般挽留客户不在召回名单上：很久以前买过一次便宜的（平均 {general_mean:yuan}），四月底的这类客户半年里只有 "
                         "{general_back:pct} 回来。人多钱少，给他们发券花的比挣的多。",
                         "general-win-back buyers are not on the list: one cheap order long ago ({general_mean:yuan} "
                         "on average), and only {general_back:pct} of this segment at the end of April came back "
                         "within six months. Many buyers, little money: coupons for them cost more than they bring."),
        "coupon.hint": ("看名单按 segment 和 action 的汇总：每类几个人、每人花过多少、以前回来的比例",
                        "look at the list summed by segment and action: how many, how much each spent, how many came "
                        "back before"),
        # --- 9.4 masked phones
        "masked.a": ("导出的手机号常常是错的，打码是为了不让人用错", "The exported numbers are often wrong; masking keeps people from using them"),
        "masked.b": ("手机号是个人信息：按《个人信息保护法》和平台规则，只在需要的地方用，页面、PDF 和笔记本里都打码；"
                     "完整号码只写进你明确要导入短信工具的那个文件",
                     "A phone number is personal information: under the Personal Information Protection Law "
                     "(PIPL) and the platform's rules it is used only where the task needs it, masked on "
                     "every page, PDF and notebook; full numbers go only into the file you ask for to import into "
                     "the SMS tool"),
        "masked.c": ("打码只是为了好看；把完整名单贴到运营群里给大家用没关系",
                     "Masking is only for looks; pasting the full list into the team's chat group is fine"),
        "masked.d": ("短信工具读不了完整号码，所以只能用打码的", "The SMS tool cannot read full numbers, so only masked ones work"),
        "masked.a.why": ("号码没有错：打码是为了保护买家，不是为了纠错。",
                         "the numbers are not wrong: masking protects the buyers, it does not fix errors."),
        "masked.b.why": ("名单上有 {n:int} 位买家的手机号（如 {example}）。个人信息保护法要求个人信息只用于明确的目的、"
                         "以最小必要的方式处理；平台也禁止卖家泄露、转给别人买家的信息，违规会被处罚、封店。所以报告和课程里号码都打码，"
                         "sa.customers.write_reactivation_list(..., include_phone=True) 才写完整号码，而且会警告。",
                         "The list holds the phones of {n:int} buyers (such as {example}). The Personal Information "
                         "Protection Law asks that personal information be used for a stated purpose, no more than "
                         "the purpose needs; the platforms forbid sellers to leak or pass on buyers' data, with "
                         "penalties up to closing the shop. So reports and lessons show numbers masked, and only "
                         "sa.customers.write_reactivation_list(..., include_phone=True) writes full numbers, with a "
                         "warning."),
        "masked.c.why": ("一个群里的 {n:int} 个完整手机号，只要转发一次就泄露了：这正是法律和平台规则禁止的。",
                         "{n:int} full phone numbers in a chat group leak with one forward: exactly what the law and "
                         "the platform's rules forbid."),
        "masked.d.why": ("短信工具读得了完整号码：write_reactivation_list(..., include_phone=True) 就是为它写的，只是要你明确要求。",
                         "the SMS tool reads full numbers: write_reactivation_list(..., include_phone=True) writes them "
                         "for it, only when you ask explicitly."),
        "masked.hint": ("想想手机号是谁的，谁允许你怎么用它", "think about whose number it is, and what they allowed you to do with it"),
    },
)
