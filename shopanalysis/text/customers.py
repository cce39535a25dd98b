"""Words of the customer analysis (:mod:`shopanalysis.customers`): takeaways, method, warnings, errors, labels."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "customers",
    {
        # --- takeaways (describe_customers) ------------------------------------------------
        "base": ("截至 {end:date}，店铺共有 {customers:int} 位买家（有未退款订单）。",
                 "On {end:date} the shop has {customers:int} {customers:buyer|buyers} with an order kept."),
        "segments.top": ("人数最多的是{largest}（{largest_share:pct}）；贡献销售额最多的是{richest}，"
                         "{richest_customers:int} 人带来 {richest_revenue_share:pct} 的消费金额。",
                         "The largest segment is {largest} ({largest_share:pct} of buyers); {richest} bring the "
                         "most money: {richest_customers:int} {richest_customers:buyer|buyers}, "
                         "{richest_revenue_share:pct} of the spend."),
        "segments.value": ("重要价值客户 {n:int} 人（{share:pct}），贡献 {revenue_share:pct} 的消费金额：他们是要重点维护的人。",
                           "Important-value buyers: {n:int} ({share:pct} of buyers) bring {revenue_share:pct} of the "
                           "spend; keep them close."),
        "returning.trend": ("老客占比（当期买家中以前买过的）从 {first:month} 的 {first_share:pct} 变为 {last:month} 的 "
                            "{last_share:pct}，{last:month} 老客贡献了 {last_revenue_share:pct} 的销售额。",
                            "Returning buyers (bought before) were {first_share:pct} of the buyers in {first:month} "
                            "and {last_share:pct} in {last:month}, when they brought {last_revenue_share:pct} of "
                            "sales."),
        "returning.one": ("{last:month} 老客占比 {last_share:pct}，老客贡献了 {last_revenue_share:pct} 的销售额。",
                          "In {last:month} returning buyers were {last_share:pct} of the buyers and brought "
                          "{last_revenue_share:pct} of sales."),
        "returning.short": ("数据只有 {months} 个月，不足 {min_history} 个月：以前买过的老客看起来都像新客，"
                            "老客占比会被低估，先不下结论。",
                            "The data covers {months} {months:month|months}, less than {min_history}: buyers who "
                            "bought before it look new, so the returning share is understated; no trend is "
                            "drawn yet."),
        "repeat": ("{start:date} 至 {end:date} 的复购率（买了 2 单及以上的买家 ÷ 买家）为 {rate:pct}。",
                   "Repeat rate from {start:date} to {end:date} (buyers with 2+ orders / buyers): {rate:pct}."),
        "reactivation": ("值得唤回的客户 {n:int} 位，他们累计消费 {money:yuan}；其中 {coupon:int} 位建议发专属优惠券，"
                         "{sms:int} 位发短信提醒。",
                         "{n:int} {n:buyer is|buyers are} worth winning back, with {money:yuan} spent with the "
                         "shop so far: {coupon:int} for a targeted coupon, {sms:int} for an SMS reminder."),
        "reactivation.top": ("名单按累计消费排序，排第一的买家消费 {top:yuan}，最近一次购买在 {days:int} 天前。",
                             "The list is sorted by spend: the first buyer spent {top:yuan} and last bought "
                             "{days:int} {days:day|days} ago."),
        "reactivation.none": ("目前没有需要唤回的客户。", "No buyer needs winning back now."),
        # --- the method (method_notes) -----------------------------------------------------
        "method.table": ("客户表：每位买家一行，只算 {end:date} 及以前的订单，退款订单不计。R = 最近一次购买距 {end:date} "
                         "的天数，F = 订单数，M = 累计支付金额。",
                         "Customer table: one row per buyer, from orders up to {end:date}; refunded orders are left "
                         "out. R = days from the last purchase to {end:date}, F = orders, M = amount paid."),
        "method.table_refunds": ("客户表：每位买家一行，只算 {end:date} 及以前的订单，退款订单也计入。R = 最近一次购买距 "
                                 "{end:date} 的天数，F = 订单数，M = 累计支付金额。",
                                 "Customer table: one row per buyer, from orders up to {end:date}, refunded orders "
                                 "included. R = days from the last purchase to {end:date}, F = orders, M = amount "
                                 "paid."),
        "method.segments": ("八类客户按 R、F、M 各分高低：最近一次购买在 {recency_days:g} 天以内为 R 高，订单数多于 "
                            "{orders:g} 单为 F 高，累计消费高于 {revenue:yuan} 为 M 高（{basis}）。"
                            "多数买家只买过一次时，中位数是 1 单，F 高就是复购过。M 高为“重要”，M 低为“一般”；"
                            "R 高 F 高为价值客户，R 高 F 低为发展客户，R 低 F 高为保持客户，R 低 F 低为挽留客户。",
                            "Eight segments split the buyers by high or low R, F and M: a purchase within "
                            "{recency_days:g} days is high R, more than {orders:g} orders high F, more than "
                            "{revenue:yuan} spent high M ({basis}). Where most buyers "
                            "ordered once the median is 1 order, so high F means a repeat buyer. High M is "
                            "'important', low M 'general'; high R and F is 'value', high R low F 'develop', low R "
                            "high F 'keep', low R and F 'win back'."),
        "method.repeat": ("复购率 = 期间内买了 2 单及以上的买家数 ÷ 期间内有购买的买家数（淘宝常用口径，按订单数算，"
                          "退款订单不计）。",
                          "Repeat rate = buyers with two or more orders in the period / buyers in the period (the "
                          "common Taobao definition, counted in orders, refunds left out)."),
        "method.returning": ("老客 = 当期购买、且在当期之前买过的买家；新客 = 首次购买在当期的买家。老客占比 = 老客 ÷ 当期"
                             "买家。数据开始后的前 {min_history} 个月，以前买过的人也会被当成新客，这些月份标为“历史不足”，"
                             "不用来看趋势。",
                             "A returning buyer bought in the period and before it; a new buyer's first purchase is "
                             "in the period. Returning share = returning / buyers. In the first {min_history} months "
                             "of the data, buyers who bought before it look new, so those months are marked as "
                             "short of history and left out of the trend."),
        "method.cohorts": ("新客留存：按首次购买的月份分组，每格是该组买家中在首购后第 n 个月又购买的比例（第 0 个月为 100%）。",
                           "Cohort retention: buyers grouped by the month of their first purchase; each cell is the "
                           "share of the group that bought again n months later (month 0 is 100%)."),
        "method.reactivation": ("唤回名单：{segments:list}的买家，加上 BG/NBD 模型估计仍活跃概率低于 {alive:pct0} "
                                "的复购买家。按累计消费排序。复购过且累计消费高于 M 阈值的发专属优惠券（他们会回来，值得让出一点毛利），"
                                "其余发短信提醒（一条几分钱）。",
                                "Win-back list: buyers in {segments:list}, plus repeat buyers whom the BG/NBD model "
                                "gives less than {alive:pct0} chance of still being active; sorted by what they have "
                                "spent. Repeat buyers above the M threshold get a targeted coupon (they come back, "
                                "so it is worth a little margin), the others an SMS reminder (a few cents each)."),
        "method.reactivation_no_model": ("唤回名单：{segments:list}的买家，按累计消费排序。复购过且累计消费高于 M 阈值的"
                                         "发专属优惠券（他们会回来，值得让出一点毛利），其余发短信提醒（一条几分钱）。",
                                         "Win-back list: buyers in {segments:list}, sorted by what they have "
                                         "spent. Repeat buyers above the M threshold get a targeted coupon (they "
                                         "come back, so it is worth a little margin), the others an SMS reminder (a "
                                         "few cents each)."),
        "method.alive": ("BG/NBD 模型（Fader、Hardie 和 Lee，2005）由每位买家的购买次数、首末次购买间隔和观察时长，"
                         "估计他还是活跃客户的概率；只买过一次的人，模型认为他还没有流失（概率为 1），所以只用它找"
                         "复购后沉寂的买家。",
                         "The BG/NBD model (Fader, Hardie and Lee, 2005) estimates from each buyer's repeat "
                         "purchases, the time between the first and the last and the time since the first the "
                         "chance that the buyer is still active; it gives a one-time buyer a chance of 1, so it only "
                         "finds repeat buyers who went quiet."),
        "method.privacy": ("手机号和买家账号在页面上都打码显示（139****3091）；完整手机号只写进明确要求的名单文件。",
                           "Phone numbers and buyer ids are masked on every page (139****3091); full numbers are "
                           "written only to a list file that asks for them."),
        "basis.median": ("取全体买家的中位数", "the medians of all buyers"),
        "basis.own": ("店铺自定的阈值", "the shop's own thresholds"),
        "basis.mixed": ("店铺自定的阈值，其余取全体买家的中位数", "the shop's own thresholds, the medians for the rest"),
        # --- warnings and errors -------------------------------------------------------------
        "warn.full_phones": ("注意：{path:list} 含 {n:int} 个完整手机号（个人信息），只交给发短信的人，用完删除。",
                             "Note: {path:list}: {n:int} full phone {n:number|numbers} (personal data), only for "
                             "whoever sends the messages; delete after use."),
        "error.thresholds": ("thresholds 里有未知的键 {unknown}；可用的键：{accepted}",
                             "thresholds has unknown key(s) {unknown}; accepted keys: {accepted}"),
        "error.threshold_value": ("thresholds[{key!r}] 必须是数字；收到的是 {value!r}",
                                  "thresholds[{key!r}] must be a number; got {value!r}"),
        "error.table_columns": ("客户表缺少列 {missing}（应来自 customer_table）；现有的列：{columns}",
                                "the customer table lacks column(s) {missing} (make it with customer_table); it has "
                                "{columns}"),
        "error.bins": ("bins 必须是 2 到 10 之间的整数；收到的是 {value!r}",
                       "bins must be a whole number from 2 to 10; got {value!r}"),
        "error.period": ("开始日期 {start:date} 晚于结束日期 {end:date}", "start {start:date} is after end {end:date}"),
        "error.freq": ("freq={value!r}：可用 {accepted}（按月、按季、按周）",
                       "freq={value!r}: expected one of {accepted} (months, quarters, weeks)"),
        "error.segments": ("未知的客户分群 {unknown}；可选：{accepted}", "unknown segment(s) {unknown}; expected some of "
                                                                          "{accepted}"),
        "error.alive_below": ("alive_below 是 0 到 1 之间的概率；收到的是 {value!r}",
                              "alive_below is a probability between 0 and 1; got {value!r}"),
        "error.model": ("model 应为拟合好的 BG/NBD 模型（fit_bg_nbd 的结果）、None（在内部拟合）或 False（不用模型）；"
                        "收到的是 {value!r}",
                        "model must be a fitted BG/NBD model (from fit_bg_nbd), None (fit one inside) or False (no "
                        "model); got {value!r}"),
        "error.suffix": ("名单只能写成 .csv 或 .xlsx 文件；收到的是 {path}",
                         "the list is written as a .csv or .xlsx file; got {path}"),
        "error.list_columns": ("这不是唤回名单（reactivation_list 的结果）：缺少列 {missing}",
                               "this is not a win-back list (from reactivation_list): it lacks {missing}"),
        "error.phone_needs_orders": ("include_phone=True 要用订单表查完整手机号：请同时传入 orders=",
                                     "include_phone=True looks the full numbers up in the orders: pass orders= too"),
        "error.no_phone_column": ("订单表没有手机号列 {column}，写不出完整手机号；现有的列：{columns}",
                                  "the orders have no phone column {column}, so there are no full numbers to "
                                  "write; they have {columns}"),
        "error.no_orders_at_all": ("没有（未退款的）订单，无法分析客户", "there are no orders (kept): nothing to analyse"),
        "error.no_orders": ("截至 {end:date} 没有（未退款的）订单，无法分析客户",
                            "there are no orders (kept) up to {end:date}: nothing to analyse"),
        # --- the customers report (notebooks/reports/customers.ipynb) ---------------------------
        "report.title": ("{shop} · 客户分析 · 截至 {end:date}", "{shop} · Customers · as of {end:date}"),
        "returning.star": ("带 * 的月份：数据开始后不足 {n} 个月，以前买过的老客还不在数据里，老客占比偏低。",
                           "Months marked *: fewer than {n} months into the data, so buyers from before it look new "
                           "and the returning share is understated."),
        "returning.no_chart": ("数据开始后还不到 {n} 个月以上的完整月份，老客占比的走势先不画：开头几个月的上升只是数据刚开始。",
                               "Too few months past the first {n} of the data to draw the returning share: a rise over "
                               "the first months would only show the data starting."),
        "kpi.buyers": ("买家", "Buyers"),
        "kpi.buyers_note": ("有未退款订单的买家，截至 {end:md}", "with an order kept, to {end:md}"),
        "kpi.repeat": ("复购率", "Repeat rate"),
        "kpi.repeat_note": ("{start:md} 至 {end:md}；近一年 {year:pct}", "{start:md} to {end:md}; last year {year:pct}"),
        "kpi.returning": ("老客占比", "Returning share"),
        "kpi.returning_note": ("{month:month}，老客贡献销售额 {amount:pct}", "{month:month}; {amount:pct} of sales"),
        "kpi.returning_short": ("{month:month}，历史不足 {n} 个月，偏低", "{month:month}; under {n} months of history: low"),
        "kpi.winback": ("值得唤回", "Worth winning back"),
        "kpi.winback_note": ("{n:int} 位买家累计消费", "spent by {n:int} {n:buyer|buyers}"),
        "chart.segments": ("各客户分群的消费金额占比", "Share of spend by segment"),
        "chart.share_of": ("占比", "Share"),
        "chart.what": ("指标", "Measure"),
        "chart.returning": ("每月老客占比", "Returning share by month"),
        "chart.cohorts": ("新客留存：首购月份 × 之后第几个月", "Retention: month of first purchase × months after"),
        "moves.from": ("{start:date} 的分群 → {end:date} 的分群（人数）", "Segment on {start:date} → on {end:date} (buyers)"),
        "list.written": ("名单已写入 {files:list}，可导入短信或 CRM 工具{phones}。",
                         "The list is written to {files:list}, ready for an SMS or CRM tool{phones}."),
        "list.masked": ("（手机号已打码；要完整号码，运行时加 -p include_phone=true）",
                        " (phone numbers masked; add -p include_phone=true for full numbers)"),
        "list.full": ("（含完整手机号：只用于发送，发送后删除）", " (with full phone numbers: for sending only, delete after)"),
        "list.not_written": ("名单没有写成文件（output_dir 为空）；用 shopanalysis run 运行时会写在报告旁边。",
                             "The list was not written to a file (output_dir is empty); shopanalysis run writes it "
                             "beside the report."),
        "list.shown": ("下表列出前 {n} 位（共 {total:int} 位），按累计消费排序；买家和手机号已打码。",
                       "The first {n} of {total:int}, by spend; buyer ids and phones masked."),
        "model.none": ("没有买家买过两次，BG/NBD 模型无法拟合：名单只按分群列出。",
                       "Nobody bought twice, so the BG/NBD model cannot be fitted: the list is by segment only."),
    },
    # orders (总成交笔数 / Orders), paid_amount, buyer_id and buyer_phone are labelled by the data contract
    labels={
        "first_purchase": ("首次购买", "First purchase"),
        "last_purchase": ("最近购买", "Last purchase"),
        "days_since_last": ("距最近购买（天）", "Days since last purchase"),
        "revenue": ("累计消费", "Spend"),
        "r_score": ("R 分", "R score"),
        "f_score": ("F 分", "F score"),
        "m_score": ("M 分", "M score"),
        "segment": ("客户分群", "Segment"),
        "segment_start": ("期初分群", "Segment at start"),
        "segment_end": ("期末分群", "Segment at end"),
        "customers": ("客户数", "Buyers"),
        "customer_share": ("客户占比", "Share of buyers"),
        "revenue_share": ("消费占比", "Share of spend"),
        "period": ("周期", "Period"),
        "buyers": ("买家数", "Buyers"),
        "new_buyers": ("新客数", "New buyers"),
        "returning_buyers": ("老客数", "Returning buyers"),
        "returning_share": ("老客占比", "Returning share"),
        "returning_amount": ("老客支付金额", "Returning buyers' sales"),
        "returning_amount_share": ("老客支付金额占比", "Returning buyers' share of sales"),
        "short_history": ("历史不足", "Short of history"),
        "cohort": ("首购月份", "First-purchase month"),
        "cohort_size": ("首购人数", "Cohort size"),
        "buyer": ("买家", "Buyer"),
        "phone": ("手机号", "Phone"),
        "probability_alive": ("仍活跃概率", "Chance still active"),
        "action": ("建议动作", "Suggested action"),
    },
    values={
        "segment": {
            "important_value": ("重要价值客户", "Important: value"),
            "important_develop": ("重要发展客户", "Important: develop"),
            "important_keep": ("重要保持客户", "Important: keep"),
            "important_winback": ("重要挽留客户", "Important: win back"),
            "general_value": ("一般价值客户", "General: value"),
            "general_develop": ("一般发展客户", "General: develop"),
            "general_keep": ("一般保持客户", "General: keep"),
            "general_winback": ("一般挽留客户", "General: win back"),
            "new": ("新客户", "New buyers"),
        },
        "action": {
            "coupon": ("发专属优惠券", "Targeted coupon"),
            "sms": ("短信提醒", "SMS reminder"),
        },
    },
)
