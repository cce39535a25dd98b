"""The words of the morning checklist (:mod:`shopanalysis.checklist`): its items, details and to-dos.

The statuses (需处理 / 留意 / 正常 / 无数据) are the ``status`` enum of
:mod:`shopanalysis.text.common`.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "checklist",
    {
        # --- the items, in the order shown -----------------------------------------------------
        "item.ppc_budget": ("{ads}预算", "{ads} spend vs budget"),  # {ads}: the platform's search ads (直通车, 京东快车)
        "item.after_sales_deadline": ("售后超时", "After-sales near deadline"),
        "item.refunds_waiting": ("待处理退款", "Refunds waiting"),
        "item.cs_first_response": ("客服首响", "CS first response"),
        "item.bad_reviews": ("中差评", "Bad reviews unresolved"),
        "item.sales_pacing": ("销售进度", "Sales vs month plan"),
        "item.sales_day": ("昨日销售", "Sales vs last week"),
        "item.product_alerts": ("商品异常", "Products that stopped selling"),
        "item.traffic_mix": ("流量结构", "Traffic mix"),
        "item.design_tasks": ("美工任务", "Design tasks due"),
        "item.cs_roster": ("客服排班", "Tomorrow's roster"),
        "item.data_freshness": ("数据完整", "Exports up to date"),
        # --- small words ----------------------------------------------------------------------
        "join.sentences": ("{a}{b}", "{a} {b}"),
        "join.semicolon": ("{a}；{b}", "{a}; {b}"),
        "join.comma": ("{a}，{b}", "{a}, {b}"),
        "join.list": ("{a}、{b}", "{a}, {b}"),
        "names.more": ("{names}等，另有 {n} 项", "{names} and {n} more"),
        # --- any item -------------------------------------------------------------------------
        "not_found.file": ("「{title}」导出（文件名如 {aliases}）", "{title} export (a file named like {aliases})"),
        "not_found": ("没有找到{files}", "no {files} found"),
        "not_found.todo": ("把这个导出放进数据文件夹，就能检查这一项", "add the export to the data folder to check this"),
        "could_not_check": ("无法检查：{error}", "could not check: {error}"),
        "could_not_check.todo": ("修正详情里提到的导出文件", "fix the export named in the detail"),
        # --- search-ads budget --------------------------------------------------------------------------
        "ppc.no_budgets": ("花费 {spend:yuan}；没有日限额：{missing}", "spend {spend:yuan}; no budgets: {missing}"),
        "ppc.no_budgets.todo": ("补上带日限额的推广计划列表（{file}）", "add the campaign list ({file}) with the daily budgets"),
        "ppc.spend": ("{n} 个计划花费 {spend:yuan}，日限额合计 {budget:yuan}；投入产出比 {roi:.2f}",
                      "spend {spend:yuan} of {budget:yuan} budget over {n} {n:campaign|campaigns}; ROI {roi:.2f}"),
        "ppc.no_spend": ("{n} 个计划都没有花费", "no spend over {n} {n:campaign|campaigns}"),
        "ppc.ran_out": ("{n} 个计划中有 {k} 个日限额花完：{campaigns}；{detail}",
                        "{k} of {n} {n:campaign|campaigns} ran out: {campaigns}; {detail}"),
        "ppc.campaign": ("{campaign} {spend:yuan}/{budget:yuan}", "{campaign} {spend:yuan}/{budget:yuan}"),
        "ppc.todo": ("计划「{campaign}」日限额已花到 {used:pct0}（投入产出比 {roi:.2f}）：提高日限额，或给只花钱不出单的词降价",
                     "campaign {campaign} ran out of budget at {used:pct0} (ROI {roi:.2f}): raise the daily limit "
                     "or lower bids on burners"),
        "ppc.todo_burners": ("计划「{campaign}」日限额已花到 {used:pct0}（投入产出比 {roi:.2f}）：提高日限额，"
                             "或给只花钱不出单的词降价（{burners}）",
                             "campaign {campaign} ran out of budget at {used:pct0} (ROI {roi:.2f}): raise the daily "
                             "limit or lower bids on burners ({burners})"),
        # --- after-sales -------------------------------------------------------------------------
        "after_sales.detail": (
            "截至 {as_of} 有 {pending} 件售后未完结：{open} 件待商家处理，{waiting} 件等买家，{escalated} 件平台介入；"
            "{soon} 件 {soon_h:g} 小时内超时，另有 {more} 件 {within_h:g} 小时内超时，{overdue} 件已超时",
            "{pending} pending at {as_of}: {open} open, {waiting} waiting on the buyer, {escalated} escalated to the "
            "platform; {soon} due within {soon_h:g} h, {more} more within {within_h:g} h, {overdue} past the "
            "deadline"),
        "case": ("{case_id}（{what}）", "{case_id} ({what})"),
        "case.left": ("还剩 {h:.0f} 小时", "{h:.0f} h left"),
        "case.overdue": ("已超时", "overdue"),
        "after_sales.todo": ("在超时前处理 {n} 件等商家处理的售后，先处理最早到期的：{cases}；过了超时时间，平台会按买家的申请处理",
                             "handle the {n} {n:case|cases} waiting on the shop before the deadline, earliest first: "
                             "{cases}; when the deadline passes the platform resolves the case for the buyer"),
        # --- refunds ------------------------------------------------------------------------------
        "refunds.detail": ("{n} 笔退款未完结（{amount:yuan}）：{on_shop} 笔等商家处理（{on_shop_amount:yuan}），其余等买家退货",
                           "{n} {n:refund|refunds} not finished ({amount:yuan}): {on_shop} waiting on the shop "
                           "({on_shop_amount:yuan}), the rest on the buyer (return parcel)"),
        "refunds.todo": ("处理 {on_shop} 笔等商家处理的退款（{amount:yuan}）：同意或申诉；查看已经寄到的退货包裹",
                         "approve or dispute the {on_shop} {on_shop:refund|refunds} waiting on the shop "
                         "({amount:yuan}); check returned parcels that arrived"),
        # --- first response -------------------------------------------------------------------------
        "cs.no_column": ("客服绩效导出里没有「{column}」列", "the customer-service export has no {column} column"),
        "cs.no_rows": ("没有 {day:date} 的客服绩效数据", "no customer-service rows for {day:date}"),
        "cs.no_rows.todo": ("导出昨天的客服绩效数据", "export yesterday's agent performance"),
        "cs.agent": ("{agent} {seconds:.0f} 秒", "{agent} {seconds:.0f} s"),
        "cs.slow": ("{n} 位客服中有 {k} 位首次响应超过 {target:g} 秒：{agents}",
                    "{k} of {n} {n:agent|agents} above the {target:g} s first-response target: {agents}"),
        "cs.fast": ("{n} 位客服中有 {k} 位首次响应超过 {target:g} 秒；最慢 {slowest:.0f} 秒",
                    "{k} of {n} {n:agent|agents} above the {target:g} s first-response target; slowest {slowest:.0f} s"),
        "cs.todo": ("和{agents}沟通，做到 {target:g} 秒内回复：设好快捷短语，并确认忙时有人接待",
                    "talk to {agents} about replying within {target:g} s: set up quick replies and check who "
                    "covers the busy hours"),
        # --- bad reviews -----------------------------------------------------------------------------
        "reviews.no_columns": ("客服绩效导出里没有「{bad}」和「{resolved}」列",
                               "the customer-service export has no {bad} / {resolved} columns"),
        "reviews.detail": ("{start} 至 {day:md} 共 {bad} 条中差评，{open} 条未处理",
                           "{bad} bad {bad:review|reviews} from {start} to {day:md}, {open} not resolved"),
        "reviews.detail_who": ("{detail}（{who}）", "{detail} ({who})"),
        "reviews.agent": ("{agent} {n} 条", "{agent} {n}"),
        "reviews.todo": ("今天联系 {open} 条未处理中差评的买家（{who}）：先解决问题，再问对方愿不愿意追评或修改评价",
                         "contact the buyers of the {open} unresolved bad {open:review|reviews} today ({who}): solve the problem, "
                         "then ask whether they will update the review"),
        # --- sales pacing ----------------------------------------------------------------------------
        "pacing.no_target.todo": ("在目标表里加上 {month} 的销售目标", "add {month}'s sales target to the targets table"),
        "pacing.detail": ("{month} 截至 {day:md}：已售 {sold:yuan}，计划 {plan:yuan}（进度 {pace:pct0}）；目标 {target:yuan}，"
                          "预计 {forecast:yuan}；还剩 {left} 天",
                          "{month} to {day:md}: {sold:yuan} against a plan of {plan:yuan} (pace {pace:pct0}); target "
                          "{target:yuan}, forecast {forecast:yuan}; {left} {left:day|days} left"),
        "pacing.past_unscaled": ("{promo}：本月已过的 {n} 天按普通日计划（没有去年数据，也没有可参照的大促），所以进度看起来比实际好",
                                 "{promo}: {n} {n:day|days} so far were planned like ordinary days (no last-year data, "
                                 "nothing to learn their lift from), so the pace looks better than it is"),
        "pacing.borrowed": ("{promos}：后面 {n} 天没有去年数据，参照其他大促按普通日的 {low:x1} 计划，是估计值",
                            "{promos}: {n} {n:day|days} ahead have no last-year data and are planned at {low:x1} an "
                            "ordinary day, learned from other promo windows: an estimate"),
        "pacing.borrowed_range": ("{promos}：后面 {n} 天没有去年数据，参照其他大促按普通日的 {low:x1} 至 {high:x1} 计划，是估计值",
                                  "{promos}: {n} {n:day|days} ahead have no last-year data and are planned at {low:x1} "
                                  "to {high:x1} an ordinary day, learned from other promo windows: an estimate"),
        "pacing.hinge": ("要达成目标，后面 {days} 天{promos:list}平均要卖到最近平常日的 {need:x1}；本店以往大促最高做到过 {seen:x1}",
                         "to reach the target the {days} {days:day|days} of {promos:list} ahead must average {need:x1} "
                         "of a recent ordinary day; the shop's promos have reached up to {seen:x1}"),
        "pacing.closed.todo": ("本月收在目标的 {gap:+yuan}：在月度复盘里写明原因",
                               "the month closed {gap:+yuan} against target: note why in the monthly review"),
        "pacing.todo": ("剩下 {left} 天每天要卖 {need:yuan}（计划是 {plan:yuan}）：安排流量（{ads}预算、{flash}等活动）和优惠，"
                        "补上 {gap:yuan}",
                        "sell {need:yuan} a day for the {left} {left:day|days} left (the plan has {plan:yuan}): plan "
                        "traffic ({ads} budget, {flash} and other events) and offers to close {gap:yuan}"),
        "pacing.unscaled_ahead": ("后面 {n} 个大促日按普通日计划（没有去年数据，也没有可参照的大促），计划偏平",
                                  "{n} promo {n:day|days} ahead {n:is|are} planned like ordinary days (no last-year "
                                  "data, nothing to learn their lift from), so the plan is too flat"),
        "pacing.unscaled.todo": ("计划里看不到后面的大促：先对照自己的大促计划看进度（比如双11预计能卖到普通日的几倍）；"
                                 "如果大促补不上缺口，{todo}",
                                 "the plan cannot see the promo ahead: check the pace against your own promo plan "
                                 "(how many ordinary days' sales you expect from each 11.11 day); if the promo will "
                                 "not close the gap, {todo}"),
        "pacing.borrowed.todo": ("后面的大促日是参照其他大促估计的：先对照自己的大促计划看进度（比如双11预计能卖到普通日的几倍）；"
                                 "如果大促补不上缺口，{todo}",
                                 "the promo days ahead are planned from other promo windows: check the pace against "
                                 "your own promo plan (how many ordinary days' sales you expect from each 11.11 day); "
                                 "if the promo will not close the gap, {todo}"),
        # --- yesterday's sales --------------------------------------------------------------------
        "day.todo": ("支付金额下降 {pct:pct0}：{what}", "sales fell {pct:pct0}: {what}"),
        "day.todo.visitors": ("看看是哪些流量来源掉了（见流量来源部分）", "look at which traffic sources fell (see the traffic section)"),
        "day.todo.conversion_rate": ("检查主推商品的价格、库存、评价和详情页",
                                     "check prices, stock, reviews and the detail pages of the main products"),
        "day.todo.avg_order_value": ("检查优惠券、搭配套餐和卖出的是哪些商品", "check coupons, bundles and which products sold"),
        # --- products that stopped selling ------------------------------------------------------------
        "products.no_history": ("{day:date} 之前 {days} 天没有商品效果数据",
                                "no product rows in the {days} days before {day:date}"),
        "products.ok": ("没有商品出现「访客 {visitors} 以上、按近 {days} 天转化率应有 {expected:g} 个以上买家，却零成交」",
                        "no product with {visitors}+ visitors went without a buyer where its {days}-day conversion "
                        "promised {expected:g}+"),
        "products.item": ("{name}（访客 {visitors:int}，0 买家；平时转化率 {rate:pct}，应有约 {expected:.0f} 个）",
                          "{name} ({visitors:int} visitors, 0 buyers; usually {rate:pct}, ~{expected:.0f} expected)"),
        "products.detail": ("{n} 个商品有访客却没有成交：{items}", "{n} {n:product|products} had visitors but no buyer: {items}"),
        "products.todo": ("检查{names}的库存、价格、SKU 选项和详情页", "check stock, price, SKU options and the detail page of {names}"),
        # --- traffic mix -------------------------------------------------------------------------------
        "mix.detail": ("{start:md}至{end:md} 访客：{shares}", "{start:md}..{end:md} visitors: {shares}"),
        "mix.share": ("{channel} {share:pct0}", "{channel} {share:pct0}"),
        "mix.all_ok": ("{detail}（都在经验范围内）", "{detail} (all within the rule-of-thumb ranges)"),
        # --- design tasks -----------------------------------------------------------------------------
        "design.task": ("{task_id} {asset}（{designer}，{due:md} 到期）", "{task_id} {asset} ({designer}, due {due:md})"),
        "design.task_for": ("{task_id} {product}的{asset}（{designer}，{due:md} 到期）",
                            "{task_id} {asset} for {product} ({designer}, due {due:md})"),
        "design.detail": ("{open} 项未交付，{overdue} 项已逾期，{soon} 项 {days} 天内到期",
                          "{open} open, {overdue} past due, {soon} due within {days} {days:day|days}"),
        "design.detail_tasks": ("{detail}：{tasks}", "{detail}: {tasks}"),
        "design.overdue.todo": ("催{designers}交付逾期的任务，并约好新的交付日期",
                                "chase {designers} for the overdue work, and agree new dates"),
        "design.soon.todo": ("和{designers}确认能按时交付", "check with {designers} that it will be ready"),
        # --- tomorrow's roster ------------------------------------------------------------------------
        "roster.none": ("没有 {day:date} 的排班", "no roster for {day:date}"),
        "roster.none.todo": ("填好 {day:md} 的客服排班", "fill in the customer-service roster for {day:md}"),
        "roster.shift": ("{shift} {n} 人", "{shift} {n}"),
        "roster.detail": ("{day:md}：{shifts}", "{day:md}: {shifts}"),
        "roster.empty.todo": ("{day:md} {shifts}没有人：安排人值班，保证有人接待",
                              "nobody is rostered for {shifts} on {day:md}: assign someone so the shop is answered"),
        "roster.off": ("{detail}；大促当天休息：{who}", "{detail}; off on a big day: {who}"),
        "roster.big_day": ("{promo}（{day:md}）", "{promo} ({day:md})"),
        "roster.off.todo": ("{big}是客流高峰：把{who}排上班", "{big} is a big day: bring {who} onto a shift"),
        # --- data freshness ----------------------------------------------------------------------------
        "fresh.none": ("没有找到带日期的表", "no dated tables found"),
        "fresh.ends": ("{table}只到 {last:date}", "{table} ends {last:date}"),
        "fresh.empty": ("{table}没有数据", "{table} has no rows"),
        "fresh.todo": ("重新导出这些表，包含 {day:date}：上面用到它们的检查可能比当天实际更平静",
                       "re-export these to include {day:date}: the checks above that use them may look quieter "
                       "than the day was"),
        "fresh.ok": ("{tables}都已包含 {day:date}", "{tables} include {day:date}"),
        # --- the checklist in a sentence or two -----------------------------------------------------------
        "summary.action": ("今天有 {n} 项需要处理：{items}。", "{n} {n:item needs|items need} action today: {items}."),
        "summary.warn": ("有 {n} 项值得留意：{items}。", "{n} {n:item is|items are} worth a look: {items}."),
        "summary.warn_more": ("另有 {n} 项值得留意：{items}。", "{n} more {n:is|are} worth a look: {items}."),
        "summary.nothing": ("清单上今天没有需要人处理的事。", "Nothing on the checklist needs a person today."),
        # --- the rules, for a report's method section ------------------------------------------------------
        "rules.ppc": ("{ads}：计划花到日限额的 {ran_out:pct0} 就算花完，需处理。",
                      "{ads}: a campaign that spent {ran_out:pct0} of its daily budget ran out: Action."),
        "rules.after_sales": ("售后：等商家处理、离超时不到 {within_h:g} 小时（或已超时）的售后需处理。",
                              "After-sales: a case waiting on the shop less than {within_h:g} h from its deadline "
                              "(or past it): Action."),
        "rules.cs": ("客服：首次响应目标 {response:g} 秒，超过的客服需处理；中差评看近 {review_days} 天，有未处理的需处理。",
                     "Customer service: an agent above the {response:g} s first-response target, or a bad review of "
                     "the last {review_days} days not resolved: Action."),
        "rules.sales": ("销售：预计月底销售额低于目标的 {pace_warn:pct0} 要留意，低于 {pace_action:pct0} 需处理"
                        "（均先扣除预测按历史回测的通常偏差）；支付金额比上周同日下降 {drop:pct0} 以上要留意。",
                        "Sales: a month-end forecast below {pace_warn:pct0} of the target is Watch, below "
                        "{pace_action:pct0} Action (each after allowing for the forecast's typical error in the "
                        "backtest); sales {drop:pct0} or more below the same weekday last week: Watch."),
        "rules.mix": ("流量结构：取近 {mix_days} 天，任何一类超出健康范围就要留意。",
                      "Traffic mix: over the last {mix_days} days, any channel outside its healthy range: Watch."),
    },
)
