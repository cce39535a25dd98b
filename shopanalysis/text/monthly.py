"""Words of the monthly review (:mod:`shopanalysis.monthly`): errors, the month table, takeaways, the plan."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "monthly",
    {
        # --- errors -----------------------------------------------------------------------------
        "month_missing_days": ("{title}（{table}）缺少 {month} 的 {n} 天数据（{days:list}）：月度复盘需要整月每天都有。"
                               "{covers}",
                               "The {title} export ({table}) has no rows for {n} days of {month} ({days:list}): the "
                               "monthly review needs every day of the month. {covers}"),
        # --- small words ------------------------------------------------------------------------
        "title": ("{shop} 月度运营复盘 · {month}", "{shop} monthly review · {month}"),
        "cover": ("{shop} · {platform} · {month} · 数据截至 {last:date}",
                  "{shop} · {platform} · {month} · data to {last:date}"),
        "last_month": ("上月", "Last month"),
        "this_month": ("本月", "This month"),
        "total": ("合计", "Total"),
        "kpi.target": ("目标 {target:yuan}", "target {target:yuan}"),
        "kpi.no_target": ("没有当月目标", "no target for the month"),
        "kpi.yoy": ("同比", "Year on year"),
        "kpi.last_year": ("去年同月 {amount:yuan}", "same month last year {amount:yuan}"),
        "kpi.no_last_year": ("数据里没有去年同月", "no same month last year in the data"),
        "kpi.refunds": ("成功退款 {amount:yuan}", "refunds {amount:yuan}"),
        "kpi.profit_note": ("估算：扣退款，按商品成本", "estimated: after refunds, at product cost"),
        "none.moves": ("{day:date} 之前没有订单，没有月初的客户分群，看不了分群迁移。",
                       "No orders before {day:date}, so there are no segments at the start of the month to move from."),
        "none.roster": ("本月排班没有违反规则的地方。", "The month's roster breaks no rule."),
        "no_prev_month": ("数据里没有完整的上月（{month}），不做环比。",
                          "The data has no complete previous month ({month}), so there is no month-on-month."),
        "no_last_year": ("数据里没有去年同月（{month}），不做同比。",
                         "The data has no same month last year ({month}), so there is no year-on-year."),
        "needs": ("需要{tables:list}导出", "needs the {tables:list} export"),
        # --- takeaways (describe_month) ---------------------------------------------------------
        "sales.target": ("{month} 支付金额 {amount:yuan}，目标 {target:yuan}，完成 {completion:pct}{verdict}。",
                         "{month} sold {amount:yuan} against a target of {target:yuan}: {completion:pct}{verdict}."),
        "sales.target.met": ("，达成目标", ", target met"),
        "sales.target.short": ("，差 {gap:yuan}", ", {gap:yuan} short"),
        "sales.alone": ("{month} 支付金额 {amount:yuan}（没有当月目标，不算完成率）。",
                        "{month} sold {amount:yuan} (no target for the month, so no completion)."),
        "mom": ("比上月 {pct:+pct}（{change:+yuan}）：访客数带来 {visitors:+yuan}，转化率 {conversion:+yuan}，"
                "客单价 {aov:+yuan}，{driver}是主因。",
                "{pct:+pct} on last month ({change:+yuan}): visitors {visitors:+yuan}, conversion "
                "{conversion:+yuan}, order value {aov:+yuan}. The largest part: {driver}."),
        "yoy": ("比去年同月 {pct:+pct}（去年 {amount:yuan}）。", "{pct:+pct} on the same month last year ({amount:yuan})."),
        "refund": ("退款率 {rate:pct}，上月 {before:pct}。", "Refund rate {rate:pct}, last month {before:pct}."),
        "refund.alone": ("退款率 {rate:pct}。", "Refund rate {rate:pct}."),
        "ads": ("推广花费 {spend:yuan}，占支付金额 {share:pct}，推广投入产出比 {roi:num2}。",
                "Ads cost {spend:yuan}, {share:pct} of sales, at an ROI of {roi:num2}."),
        "profit": ("毛利（估）{profit:yuan}，毛利率 {margin:pct}。",
                   "Gross profit (estimated) {profit:yuan}, a margin of {margin:pct}."),
        "returning": ("老客占本月买家 {share:pct}（上月 {before:pct}），新客 {new:int} 人。",
                      "Returning buyers are {share:pct} of the month's buyers (last month {before:pct}); "
                      "{new:int} new buyers."),
        "mix.off": ("流量结构里{channels:list}不在健康范围内。", "In the traffic mix, {channels:list} are outside "
                                                              "their healthy range."),
        "mix.ok": ("流量结构各渠道都在健康范围内。", "Every channel of the traffic mix is within its healthy range."),
        # --- next month's target ----------------------------------------------------------------
        "suggest": ("建议 {month} 目标 {amount:yuan}（按近 {days} 个平常日的水平、星期节奏和活动日历推算；"
                    "按本店过去 {n} 个月回测，一半月份的实际落在 {low:yuan} 至 {high:yuan} 之间）。",
                    "Suggested target for {month}: {amount:yuan} (the level of the last {days} ordinary days, the "
                    "weekday rhythm and the promo calendar; in a backtest on the shop's last {n} months, half "
                    "the months landed between {low:yuan} and {high:yuan})."),
        "suggest.short": ("建议 {month} 目标 {amount:yuan}（按近 {days} 个平常日的水平、星期节奏和活动日历推算；"
                          "过去完整的月份不足 {need} 个，没法回测，请当作粗估）。",
                          "Suggested target for {month}: {amount:yuan} (the level of the last {days} ordinary days, "
                          "the weekday rhythm and the promo calendar; fewer than {need} complete past months to "
                          "backtest it, so take it as a rough guess)."),
        "suggest.error": ("这个推算过去的中位误差 {median:pct}；误差最大的是 {worst:list}。",
                          "Its median error was {median:pct}; it missed most in {worst:list}."),
        "suggest.miss": ("{month}（{error:+pct}，{why}）", "{month} ({error:+pct}, {why})"),
        "suggest.why.borrowed": ("大促按别的活动推算", "a promo planned from other windows"),
        "suggest.why.weekday": ("节假日没有去年可参考", "a holiday with no last year to go by"),
        "suggest.why.last_year": ("按去年大促推算", "a promo planned from last year"),
        "suggest.why.ordinary": ("平常月份", "an ordinary month"),
        "suggest.promos": ("{month} 的活动日：{promos:list}。", "Promo days in {month}: {promos:list}."),
        "suggest.ordinary_promo": ("{promos:list}在数据里既没有去年、也没有别的同类活动可参考，按平常日推算：实际多半更高，"
                                   "定目标时按自己对活动的判断往上加。",
                                   "{promos:list} has no last year and no other promo of its kind in the data, so it is "
                                   "forecast as ordinary days: it will most likely sell more; raise the target by your "
                                   "own judgement of the promo."),
        "suggest.ordinary_slowdown": ("{promos:list}在数据里没有去年可参考，按平常日推算：实际多半更低（物流停发），"
                                      "定目标时往下调。",
                                      "{promos:list} has no last year in the data, so it is forecast as ordinary days: "
                                      "with deliveries stopped it will most likely sell less; lower the target."),
        "suggest.none": ("数据不够推算下月目标。", "Not enough data to suggest next month's target."),
        "suggest.target_set": ("{month} 已定目标 {target:yuan}，是推算的 {ratio:pct}。",
                               "{month} already has a target of {target:yuan}, {ratio:pct} of the forecast."),
        # --- actions (gather_actions) -----------------------------------------------------------
        "action.keywords": ("{ads}关键词{decision}：{n:int} 个（{top:list}）",
                            "{ads} keywords, {decision}: {n:int} ({top:list})"),
        "action.pages": ("优化 {n:int} 个转化率低于同类目的详情页（{top:list}）",
                         "Rework {n:int} detail pages converting below their category ({top:list})"),
        "action.images": ("{n:int} 张新主图测试输了，换回或重做（{top:list}）",
                          "{n:int} new main images lost their test: revert or redo them ({top:list})"),
        "action.late": ("{n:int} 个美工任务逾期未交（{top:list}）", "{n:int} design tasks are late ({top:list})"),
        "action.inquiries": ("询单没成交的 {n:int} 人：按{ads}成本算值 {cost:yuan}，从询单转化率最低的客服抓起（{top:list}）",
                             "{n:int} inquiring buyers did not pay, worth {cost:yuan} at the {ads} cost of a buyer: start "
                             "with the agents converting least ({top:list})"),
        "action.training": ("{n:int} 位客服需要培训（{top:list}）", "{n:int} agents need training ({top:list})"),
        "action.after_sales": ("{n:int} 个售后超时，平台判给买家 {amount:yuan}：缩短处理时间",
                               "{n:int} after-sales cases ran out of time and {amount:yuan} went to buyers by default: "
                               "answer sooner"),
        "action.after_sales.count": ("{n:int} 个售后超时，平台判给了买家：缩短处理时间",
                                     "{n:int} after-sales cases ran out of time and were decided for the buyer: answer "
                                     "sooner"),
        "action.winback": ("召回 {n:int} 位流失的老客（共消费过 {amount:yuan}）：发券或短信",
                           "Win back {n:int} lapsed buyers (who spent {amount:yuan}): a coupon or an SMS"),
        "action.slow": ("{n:int} 个在线商品本月零成交（{top:list}）：下架、换图或做活动",
                        "{n:int} listed products sold nothing this month ({top:list}): delist, re-image or promote"),
        "action.mix": ("流量结构：{channels:list}不在健康范围", "Traffic mix: {channels:list} outside the healthy range"),
        "action.none": ("各模块本月没有要跟进的事项。", "No module has an action for next month."),
        # --- method -----------------------------------------------------------------------------
        "method.month": ("月度数字是整月每天的合计；访客数是每天访客数相加（平台后台的月访客数去重后会更低），"
                         "比率都是整月合计之比（支付转化率 = 支付买家数 / 访客数）。",
                         "The month's numbers are the sums of its days; visitors are the days' visitors added up "
                         "(the platform's own monthly figure de-duplicates and reads lower), and every rate is a ratio of "
                         "the month's sums (conversion = paying buyers / visitors)."),
        "method.split": ("环比的变化按对数拆分到访客数、转化率和客单价，三部分相加正好等于变化额。",
                         "The change on last month is split by logs into visitors, conversion and order value; the "
                         "three parts add up to the change exactly."),
        "method.profit": ("毛利（估）=（支付金额 - 成功退款金额）× 本月商品销售的加权毛利率，毛利率 = 1 - 成本 / 价格"
                          "（商品表）；不含推广、运费和人工。",
                          "Gross profit (estimated) = (sales - refunds) x the month's sales-weighted margin, margin "
                          "= 1 - cost / price (product list); before ads, shipping and staff."),
        "method.dsr": ("DSR 是店铺在竞品快照里当月最后一次的描述、服务、物流三项平均分。",
                       "DSR is the mean of the shop's description, service and shipping scores in the month's last "
                       "competitor snapshot."),
        "method.status": ("状态：有目标的指标和目标比，其余和上月比；变化不到 {flat:pct} 算持平。",
                          "Status: a metric with a target is compared with it, the others with last month; a change "
                          "under {flat:pct} is flat."),
        "method.actions": ("行动按涉及金额排序：关键词是要省的花费或要放大的成交，详情页是按同类目转化率少卖的钱，"
                           "询单是没成交的询单按{ads}成本的价值，售后是超时判给买家的金额；召回名单上老客过去的消费不是本月的钱，"
                           "不参与金额排序。",
                           "Actions are ranked by the money at stake: for keywords the spend to save or the sales to "
                           "scale, for pages the sales lost against the category's conversion, for inquiries the "
                           "unconverted buyers at the {ads} cost of a buyer, for after-sales the amount the platform "
                           "gave buyers on timeouts; what the win-back list's buyers spent in the past is not this "
                           "month's money, so it does not rank."),
    },
    labels={
        "section": ("维度", "Dimension"),
        "indicator": ("指标", "Metric"),
        "this_month": ("本月", "This month"),
        "last_month": ("上月", "Last month"),
        "last_year": ("去年同月", "Same month last year"),
        "target_value": ("目标", "Target"),
        "trend": ("状态", "Status"),
        "role": ("负责", "Owner"),
        "count": ("数量", "Count"),
        "visitors_per_day": ("日均访客数", "Visitors per day"),
        "free_traffic_share": ("免费流量占比", "Free-traffic share"),
        "top3_share": ("前三商品销售占比", "Top-3 products' share"),
        "dsr": ("DSR（三项平均）", "DSR (mean of three)"),
        "ad_spend_share": ("推广费占比", "Ad spend share"),
        "paid_roi": ("推广投入产出比", "Ads ROI"),
        "cs_pay": ("客服薪酬", "Customer-service pay"),
        "returning_buyer_share": ("老客占比（买家）", "Returning buyers' share"),
        "repeat_rate": ("复购率", "Repeat rate"),
        "new_product_share": ("新品销售占比", "New products' share"),
        "cost_last_month": ("上月花费", "Spend last month"),
        "roi_last_month": ("上月投入产出比", "ROI last month"),
        "forecast": ("推算", "Forecast"),
        "actual": ("实际", "Actual"),
        "error": ("误差", "Error"),
    },
    values={
        "section": {
            "basics": ("运营基础", "Operations"),
            "profit": ("盈利", "Profit"),
            "growth": ("发展", "Growth"),
        },
        "trend": {
            "better": ("▲ 变好", "▲ Better"),
            "worse": ("▼ 变差", "▼ Worse"),
            "flat": ("持平", "Flat"),
            "met": ("达成", "Met"),
            "missed": ("未达成", "Missed"),
            "none": ("—", "—"),
        },
        "role": {
            "ads": ("推广", "Ads"),
            "design": ("美工", "Design"),
            "service": ("客服", "Service"),
            "operations": ("运营", "Operations"),
        },
    },
)
