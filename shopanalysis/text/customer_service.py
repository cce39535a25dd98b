"""Customer service (客服, :mod:`shopanalysis.customer_service`): labels, enum values and every sentence.

赤兔's words where 赤兔 prints one (询单人数, 询单→最终付款人数, 询单转化率, 首次响应时间,
客服销售额, 中差评); 询单转化率 is always the person-based definition (the buyers who
asked and then paid over the buyers who asked), and the report says so where it shows it.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "customer_service",
    {
        # --- numbers in a cell or a sentence
        "seconds": ("{s:.1f} 秒", "{s:.1f} s"),
        "times_shop": ("{r:.2f}", "{r:.2f}"),
        # --- takeaways (describe_agents)
        "team.inquiries": ("{agents} 位客服共有 {inquiries:int} 人询单，其中 {buyers:int} 人付款，"
                           "询单转化率 {conv:pct}（按人计）。",
                           "Team of {agents}: {inquiries:int} inquiring buyers, {buyers:int} of them paid: "
                           "inquiry conversion {conv:pct} (person-based)."),
        "team.inquiries_response": ("{agents} 位客服共有 {inquiries:int} 人询单，其中 {buyers:int} 人付款，"
                                    "询单转化率 {conv:pct}（按人计）；首次响应平均 {first:.1f} 秒，目标 {target:g} 秒。",
                                    "Team of {agents}: {inquiries:int} inquiring buyers, {buyers:int} of them paid: "
                                    "inquiry conversion {conv:pct} (person-based); first response {first:.1f} s "
                                    "against the {target:g} s target."),
        "team.sales": ("客服销售额 {sales:yuan}。", "CS-assisted sales {sales:yuan}."),
        "team.sales_shop": ("客服销售额 {sales:yuan}，占店铺支付金额的 {share:pct}；客服客单价 {aov:yuan}，"
                            "店铺客单价 {shop_aov:yuan}。",
                            "CS-assisted sales {sales:yuan} ({share:pct} of the shop's sales); assisted order "
                            "value {aov:yuan} against the shop's {shop_aov:yuan}."),
        "conversion.spread": ("询单转化率最高的是{best} {best_conv:pct}，最低的是{worst} {worst_conv:pct}"
                              "（团队 {team_conv:pct}），相差 {points:.1f} 个百分点。",
                              "Inquiry conversion: best {best} {best_conv:pct}, lowest {worst} {worst_conv:pct} "
                              "(team {team_conv:pct}; a spread of {points:.1f} points)."),
        "slow.list": ("首次响应慢于 {target:g} 秒目标：{names:list}。",
                      "Slower than the {target:g} s first-response target: {names:list}."),
        "slow.agent": ("{agent} {seconds:.1f} 秒", "{agent} {seconds:.1f} s"),
        "slow.agent_days": ("{agent} {seconds:.1f} 秒（{days} 天超时）",
                            "{agent} {seconds:.1f} s ({days} {days:day|days} over)"),
        "slow.none": ("每位客服的首次响应平均都在 {target:g} 秒目标以内。",
                      "Every agent's first response averaged within the {target:g} s target."),
        "score.one": ("绩效评分：{top} {top_total:.0f} 分（{top_grade}）。",
                      "Scorecard: {top} scores {top_total:.0f} ({top_grade})."),
        "score.many": ("绩效评分：{top}第一，{top_total:.0f} 分（{top_grade}）；{bottom}最后，"
                       "{bottom_total:.0f} 分（{bottom_grade}）。",
                       "Scorecard: {top} leads with {top_total:.0f} ({top_grade}); last {bottom} "
                       "{bottom_total:.0f} ({bottom_grade})."),
        "score.many_targets": ("绩效评分：{top}第一，{top_total:.0f} 分（{top_grade}）；{bottom}最后，"
                               "{bottom_total:.0f} 分（{bottom_grade}）；{met}/{n} 人完成销售目标。",
                               "Scorecard: {top} leads with {top_total:.0f} ({top_grade}); last {bottom} "
                               "{bottom_total:.0f} ({bottom_grade}); {met} of {n} met their sales target."),
        "pay": ("本期应发合计 {total:yuan}，其中奖金 {bonus:yuan}；最高的是{agent}（{level}）{pay:yuan}。",
                "Pay for the period: {total:yuan} in all, of which {bonus:yuan} bonus; highest {agent} "
                "({level}) {pay:yuan}."),
        # {ads}: the platform's search ads (直通车, 京东快车, 多多搜索: shopinfo.platform_words)
        "inquiry_value": ("一个询单相当于 {each:yuan} 的{ads}花费（平均点击花费 {cpc:yuan} ÷ 点击转化率 "
                          "{click:pct2} × 询单转化率 {conv:pct}）；本期 {n:int} 个询单没有付款，用{ads}买来这些询单"
                          "要花 {cost:yuan}。这是引来这些买家的成本，不是少卖的销售额。",
                          "One inquiry is worth {each:yuan} of {ads} spend (CPC {cpc:yuan} / click conversion "
                          "{click:pct2} x inquiry conversion {conv:pct}); the {n:int} inquiries that did not pay "
                          "would cost {cost:yuan} to buy through {ads}. That is what bringing those buyers in costs, "
                          "not sales lost."),
        "bad.all": ("中差评：本期 {bad} 条，已处理 {done} 条（{rate:pct0}）。",
                    "Bad reviews: {bad} in the period, {done} resolved ({rate:pct0})."),
        "bad.open": ("中差评：本期 {bad} 条，已处理 {done} 条（{rate:pct0}）；没处理完的：{who:list}。",
                     "Bad reviews: {bad} in the period, {done} resolved ({rate:pct0}); still unresolved: {who:list}."),
        "bad.agent": ("{agent} {open} 条（共 {bad} 条）", "{agent} {open} of {bad}"),
        "roster.ok": ("排班本期符合全部规则。", "The roster keeps every rule in the period."),
        "roster.violations": ("排班有 {n} 处违规：{items:list}。",
                              "Roster: {n} {n:violation|violations}: {items:list}."),
        "roster.item": ("{rule} {date:md}", "{rule} {date:md}"),
        "roster.item_agent": ("{rule} {date:md}（{agent}）", "{rule} {date:md} ({agent})"),
        "training.list": ("培训重点：{items:list}。", "Training: {items:list}."),
        "training.item": ("{agent}（{metrics:list}）", "{agent} ({metrics:list})"),
        # --- page 1: what to do (describe_actions)
        "action.higher": ("{agent}：{metric}比团队低 {gap:pct0}，{suggestion}。",
                          "{agent}: {metric} {gap:pct0} below the team; {suggestion}."),
        "action.lower": ("{agent}：{metric}比团队慢 {gap:pct0}，{suggestion}。",
                         "{agent}: {metric} {gap:pct0} slower than the team; {suggestion}."),
        "action.target": ("{agent}：销售目标只完成 {value:pct0}，{suggestion}。",
                          "{agent}: only {value:pct0} of the sales target; {suggestion}."),
        "action.bad_reviews": ("中差评还有 {n} 条没处理（{who:list}）：24 小时内联系买家。",
                               "{n} bad {n:review|reviews} still unresolved ({who:list}): call the buyers within 24 h."),
        "action.roster": ("改排班：{items:list}。", "Fix the roster: {items:list}."),
        "action.roster_more": ("改排班：{items:list}等 {n} 处。", "Fix the roster: {items:list}, of {n} in all."),
        "action.none": ("本期没有需要马上处理的事。", "Nothing needs action this period."),
        # --- what to train (suggest_training's suggestion)
        "training.first_response_s": ("常见问题配好快捷短语，晚高峰多排人",
                                      "set up quick replies for the common questions and put more people on the "
                                      "evening peak"),
        "training.avg_response_s": ("用好快捷短语和知识库（尺码、面料、发货），高峰时少开几个对话",
                                    "use quick replies and the FAQ (sizes, fabrics, shipping), and take fewer chats "
                                    "at once at peaks"),
        "training.inquiry_conversion": ("补商品知识（尺码、面料、搭配），练促单：给尺码建议、用好优惠券、及时催付",
                                        "learn the products (sizes, fabrics, matching) and practise closing: size "
                                        "advice, the coupon, payment reminders"),
        "training.order_value_vs_shop": ("多做关联推荐，用搭配套餐和满减把客单价做上去",
                                         "recommend the matching item, and use bundles and spend-and-save offers to "
                                         "raise the basket"),
        "training.target_completion": ("跟进询单后没付款的买家（催付、跟单），熟悉本月活动",
                                       "follow up the buyers who asked but did not pay, and know the month's "
                                       "promotions"),
        "training.bad_review_resolution": ("收到中差评 24 小时内联系买家：道歉、补偿，请买家修改评价",
                                           "call the buyer within 24 h of a bad review: apologise, make it good and "
                                           "ask for a revised review"),
        # --- the roster's details (check_roster)
        "roster.gaps": ("{gaps:list} 无人值班", "nobody on shift {gaps:list}"),
        "roster.empty_day": ("当天没有排班", "nobody on the roster"),
        "roster.rest": ("{before:md} {prev_shift}上到 {until}，次日{shift} {start} 开始：只休息 {rest:g} 小时"
                        "（至少 {min_rest:g} 小时）",
                        "{prev_shift} shift on {before:md} until {until}, then {shift} shift from {start}: "
                        "{rest:g} h of rest (at least {min_rest:g} h)"),
        "roster.week": ("{monday:md} 至 {sunday:md} 这周上班 {worked} 天、休息 {off} 天（每周至少休 {min_off} 天）",
                        "{worked} days on shift in the week {monday:md}..{sunday:md}, {off} off (at least {min_off})"),
        "roster.hours_above": ("{month:month} 上班 {hours:g} 小时（{days} 天），比团队平均 {mean:.1f} 小时多 "
                               "{gap:.1%}（最多相差 {max_gap:.0%}）",
                               "{hours:g} h in {month:month} ({days} days), {gap:.1%} above the team's mean of "
                               "{mean:.1f} h (at most {max_gap:.0%})"),
        "roster.hours_below": ("{month:month} 上班 {hours:g} 小时（{days} 天），比团队平均 {mean:.1f} 小时少 "
                               "{gap:.1%}（最多相差 {max_gap:.0%}）",
                               "{hours:g} h in {month:month} ({days} days), {gap:.1%} below the team's mean of "
                               "{mean:.1f} h (at most {max_gap:.0%})"),
        "roster.big_day": ("{day:md} 是大促日，全员上班，当天却排了休息", "off on {day:md}, a big day: every agent works it"),
        "roster.big_promo": ("{promo}当天（{day:md}）全员上班，却排了休息",
                             "off on {promo} ({day:md}), a big day: every agent works it"),
        # --- how the team's targets were set (describe_targets)
        "targets.by_hand": ("{n} 位客服的销售目标是手动设定的。", "Sales targets set by hand for {n} agents."),
        "targets.shop": ("店铺本期销售目标 {target:yuan}（月目标按天数折算）。",
                         "The shop's target for the period: {target:yuan} (the monthly targets, by days)."),
        "targets.share": ("{first:date} 至 {last:date}，客服销售额占店铺支付金额的 {share:pct}。",
                          "Share of the shop's sales through customer service, {first:date} to {last:date}: "
                          "{share:pct}."),
        "targets.team_hours": ("客服团队目标 {target:yuan}，按排班工时分给每位客服。",
                               "The team's target: {target:yuan}, split by hours on shift."),
        "targets.team_days": ("客服团队目标 {target:yuan}，按上班天数分给每位客服。",
                              "The team's target: {target:yuan}, split by days with data."),
        "targets.none": ("没有销售目标表：绩效评分不含目标完成率。",
                         "No sales targets: target completion is left out of the scorecard."),
        # --- the settings, in words (describe_settings)
        "settings.response": ("首次响应目标 {target:g} 秒；当天首响平均超过目标记为超时一天。",
                              "First-response target {target:g} s; a day whose average first response is above "
                              "it counts as a day over."),
        "settings.weights": ("绩效权重：{items:list}（行业常见做法，不是平台标准）。",
                             "Scorecard weights: {items:list} (common practice, not a platform standard)."),
        "settings.weight": ("{component} {weight:pct0}", "{component} {weight:pct0}"),
        "settings.threshold_pct": ("{component}评分：{zero:pct0} 得 0 分，{full:pct0} 得满分，之间按比例给分。",
                                   "{component} scores 0 at {zero:pct0} and full marks at {full:pct0}, linear between."),
        "settings.threshold_ratio": ("{component}评分：{zero:.2f} 得 0 分，{full:.2f} 得满分，之间按比例给分。",
                                     "{component} scores 0 at {zero:.2f} and full marks at {full:.2f}, linear "
                                     "between."),
        "settings.threshold_s": ("{component}评分：{zero:g} 秒得 0 分，{full:g} 秒以内得满分，之间按比例给分。",
                                 "{component} scores 0 at {zero:g} s and full marks within {full:g} s, linear "
                                 "between."),
        "settings.grades": ("评级：{items:list}。", "Grades: {items:list}."),
        "settings.grade": ("{grade} {low:g} 分及以上", "{grade} from {low:g}"),
        "settings.grade_last": ("{grade} 低于 {high:g} 分", "{grade} below {high:g}"),
        "settings.targets_by_hand": ("销售目标：手动设定了 {n} 位客服的目标。",
                                     "Sales targets: set by hand for {n} agents."),
        "settings.targets_derived": ("销售目标：店铺月目标按天数折算，乘以此前 {days} 天客服销售额的占比，再按排班工时分给每位客服。",
                                     "Sales targets: the shop's monthly target for the days of the period, times the "
                                     "share of sales through customer service in the {days} days before, split by "
                                     "hours on shift."),
        "settings.pay": ("薪酬：底薪 {base:list}（按月，期间不足一个月按天折算）；提成 = 客服销售额 × 个人提成比例 × "
                         "职级系数（{coefficients:list}）。",
                         "Pay: base pay {base:list} a month (prorated by days); commission = CS-assisted sales x "
                         "the agent's commission rate x the level's coefficient ({coefficients:list})."),
        "settings.pay_grades": ("提成再乘以评级系数：{coefficients:list}。",
                                "The commission is also multiplied by the grade's coefficient: {coefficients:list}."),
        "settings.level_pay": ("{level} {pay:yuan}", "{level} {pay:yuan}"),
        "settings.coefficient": ("{name} ×{value:g}", "{name} x{value:g}"),
        "settings.inquiry_report": ("询单价值：平均点击花费和点击转化率取自本期{ads}关键词报表。",
                                    "Inquiry value: CPC and click conversion from the period's {ads} keyword report."),
        "settings.inquiry_given": ("询单价值：平均点击花费 {cpc:yuan}、点击转化率 {click:pct2}（手动设定）。",
                                   "Inquiry value: CPC {cpc:yuan} and click conversion {click:pct2} (set by hand)."),
        "settings.inquiry_cpc": ("询单价值：平均点击花费 {cpc:yuan}（手动设定），点击转化率取自本期{ads}关键词报表。",
                                 "Inquiry value: CPC {cpc:yuan} (set by hand), click conversion from the period's "
                                 "{ads} keyword report."),
        "settings.inquiry_click": ("询单价值：点击转化率 {click:pct2}（手动设定），平均点击花费取自本期{ads}关键词报表。",
                                   "Inquiry value: click conversion {click:pct2} (set by hand), CPC from the period's "
                                   "{ads} keyword report."),
        "settings.shifts": ("班次：{items:list}。", "Shifts: {items:list}."),
        "settings.shift": ("{shift} {start}–{end}", "{shift} {start}-{end}"),
        "settings.roster": ("排班规则：{open_from}–{open_until} 每分钟都有人值班；两个班之间至少休息 {rest:g} 小时；"
                            "每周（周一到周日）至少休息 {days_off} 天；每月工时与团队平均相差不超过 {gap:pct0}；"
                            "大促当天（双11、双12、618）全员上班。",
                            "Roster rules: someone on shift every minute from {open_from} to {open_until}; at least "
                            "{rest:g} h of rest between two shifts; at least {days_off} {days_off:day|days} off in "
                            "every Monday-Sunday week; monthly hours within {gap:pct0} of the team's mean; everyone "
                            "works on a big day (the peak of 11.11, 12.12 and 618)."),
        "settings.training": ("培训建议：比团队差 {tolerance:pct0} 以上的指标，每人最多列两项；中差评处理率只看本期至少 "
                              "3 条中差评的客服；销售目标完成率以 100% 为准。",
                              "Training: metrics more than {tolerance:pct0} worse than the team's, at most two per "
                              "agent; bad-review resolution only for agents with at least 3 bad reviews; target "
                              "completion against 100%."),
        # --- the report's headings and headline figures
        "title": ("{shop} · 客服绩效 {start:date} 至 {end:date}", "{shop} · Customer-service KPIs {start:date} to {end:date}"),
        "kpi.inquiries": ("询单人数", "Inquiring buyers"),
        "kpi.inquiries_note": ("{agents} 位客服 · {agent_days} 人天", "{agents} agents · {agent_days} agent-days"),
        "kpi.conversion": ("询单转化率（按人计）", "Inquiry conversion (person-based)"),
        "kpi.conversion_note": ("询单后付款 {buyers:int} 人", "{buyers:int} paid after asking"),
        "kpi.first_response": ("首次响应时间", "First response"),
        "kpi.first_response_note": ("目标 {target:g} 秒 · 超时 {days} 人天",
                                    "target {target:g} s · {days} agent-{days:day|days} over"),
        "kpi.sales": ("客服销售额", "CS-assisted sales"),
        "kpi.sales_note": ("占店铺 {share:pct}", "{share:pct} of the shop's sales"),
        "kpi.order_value": ("客服客单价", "Assisted order value"),
        "kpi.order_value_note": ("店铺 {shop:yuan}", "shop {shop:yuan}"),
        "kpi.bad_reviews": ("中差评", "Bad reviews"),
        "kpi.bad_reviews_value": ("{done}/{bad}", "{done}/{bad}"),
        "kpi.bad_reviews_note": ("已处理/收到", "resolved/received"),
        "kpi.cpc": ("平均点击花费", "CPC"),
        "kpi.cpc_note": ("{ads}", "{ads}"),
        "kpi.click_conversion": ("点击转化率", "Click conversion"),
        "kpi.click_conversion_note": ("一单推广成本 {cost:yuan}", "ad cost per order {cost:yuan}"),
        "kpi.cost_per_inquiry": ("单个询单价值", "Value per inquiry"),
        "kpi.cost_per_inquiry_note": ("× 询单转化率 {conv:pct}", "x inquiry conversion {conv:pct}"),
        "kpi.unconverted_cost": ("未付款询单的引流成本", "Ad cost of unpaid inquiries"),
        "kpi.unconverted_cost_note": ("{n:int} 个询单未付款；是买来它们的成本，不是销售损失",
                                      "{n:int} inquiries did not pay; what they cost to buy, not lost sales"),
        "chart.conversion": ("询单转化率（按人计）· 团队 {team:pct} · 橙色低于团队",
                             "Inquiry conversion (person-based) · team {team:pct} · orange: below the team"),
        "chart.response": ("首次响应时间（秒）· 目标 {target:g} 秒 · 橙色超过目标",
                           "First response (s) · target {target:g} s · orange: over the target"),
        "chart.seconds": ("秒", "seconds"),
        "heading.training": ("培训内容", "What to train"),
        "heading.settings": ("本期参数", "Settings of this run"),
        "no_roster": ("数据里没有排班表，跳过排班检查。", "No roster in the data: the roster check is skipped."),
        "no_training": ("没有客服比团队差到需要培训的程度。", "No agent is far enough behind the team to need training."),
        "training.what": ("{metric}：{suggestion}", "{metric}: {suggestion}"),
        "slider.weight": ("{component}权重", "{component} weight"),
        # --- errors and warnings a user can trigger
        "error.direction": ("不知道 {metric} 是越高越好还是越低越好；可以排名的指标：{known}",
                            "no direction known for {metric!r}; metrics that can be ranked: {known}"),
        "error.by": ("by={by!r} 不是汇总表里的列；汇总表的列有：{columns}",
                     "by={by!r} is not a column of the summary; it has {columns}"),
        "error.clock": ("时间要写成 '09:00' 这样的格式；收到的是 {text!r}",
                        "expected a time of day such as '09:00'; got {text!r}"),
        "error.shifts": ("排班表里有班次 {unknown} 没有在 shifts 里定义；已定义的班次：{known}（另有 'off' 休息）",
                         "the roster has shift(s) {unknown} that shifts does not define; it defines {known} "
                         "(and 'off')"),
        "error.targets_frame": ("targets 是表格时需要 agent 和 target_amount 两列；它的列有：{columns}",
                                "targets as a DataFrame needs agent and target_amount columns; it has {columns}"),
        "error.threshold_unknown": ("thresholds 里有未知的考核项 {name!r}；可用的考核项：{accepted}",
                                    "thresholds name unknown component {name!r}; accepted: {accepted}"),
        "error.threshold_numbers": ("thresholds[{name!r}] 要给两个数字（0 分的值，满分的值）；收到的是 {pair!r}",
                                    "thresholds[{name!r}] must be two numbers (scoring 0, scoring 100); got {pair!r}"),
        "error.threshold_equal": ("thresholds[{name!r}] 要给两个不同的数字（0 分的值，满分的值）；收到的是 {pair!r}",
                                  "thresholds[{name!r}] needs two different numbers (scoring 0, scoring 100); "
                                  "got {pair!r}"),
        "error.summary_agent": ("汇总表需要 agent（客服）列；它的列有：{columns}",
                                "summary needs an agent column; it has {columns}"),
        "error.summary_sales": ("算目标完成率需要汇总表的 sales_amount（客服销售额）列",
                                "target completion needs the summary's sales_amount (CS-assisted sales) column"),
        "error.scores_columns": ("scores 需要 agent 和 sales_amount 两列；它的列有：{columns}",
                                 "scores needs agent and sales_amount columns; it has {columns}"),
        "error.levels": ("职级 {unknown} 没有底薪或职级系数；base_pay 里有 {base}，level_coefficients 里有 {coef}",
                         "level(s) {unknown} have no base pay or coefficient; base_pay has {base}, "
                         "level_coefficients has {coef}"),
        "error.grade_coefficients": ("grade_coefficients 需要带评级的结果：请传入 scorecard() 的输出",
                                     "grade_coefficients needs graded scores: pass scorecard() output"),
        "error.inquiry_inputs": ("请传入 ppc_keywords（{ads}关键词报表），或者同时给出 cpc 和 click_conversion",
                                 "pass ppc_keywords (the {ads} keyword report) or both cpc and click_conversion"),
        "error.rules": ("不认识的排班规则 {unknown}；可用的规则：{known}",
                        "unknown roster rule(s) {unknown}; known: {known}"),
        "warn.no_target": ("targets 表里没有 {months} 的目标：客服的销售目标留空",
                           "the targets table has no target for {months}: agents' targets are left empty"),
        "warn.no_level": ("cs_agents 里没有 {agents} 的职级：这些人的薪酬留空",
                          "cs_agents has no level for {agents}: their pay is left empty"),
    },
    labels={
        "days": ("上班天数", "Days on shift"),
        "agent_days": ("人天", "Agent-days"),
        "agents": ("客服人数", "Agents"),
        "sales_per_day": ("日均销售额", "Sales per day"),
        "assisted_order_value": ("客服客单价", "Assisted order value"),
        "order_value_vs_shop": ("对比店铺客单价", "Order value vs shop"),
        "shop_order_value": ("店铺客单价", "Shop order value"),
        "shop_sales": ("店铺支付金额", "Shop sales"),
        "cs_share": ("客服销售占比", "CS share of sales"),
        "after_sales_rate": ("售后率", "After-sales rate"),
        "bad_review_resolution": ("中差评处理率", "Bad-review resolution"),
        "breach_days": ("首响超时天数", "Days over target"),
        "worst_first_response_s": ("最慢首次响应", "Slowest first response (s)"),
        "inquiry_conversion_vs_team": ("转化率对比团队", "Conversion vs team"),
        "first_response_s_vs_team": ("首响对比团队", "First response vs team"),
        "avg_response_s_vs_team": ("平均响应对比团队", "Avg. response vs team"),
        "assisted_order_value_vs_team": ("客单价对比团队", "Order value vs team"),
        "sales_per_day_vs_team": ("日均销售对比团队", "Sales per day vs team"),
        "bad_review_resolution_vs_team": ("中差评处理对比团队", "Bad-review resolution vs team"),
        "target_completion": ("目标完成率", "Target completion"),
        "split_weight": ("分摊依据", "Split by"),
        "inquiry_conversion_score": ("转化得分", "Conversion score"),
        "target_completion_score": ("目标得分", "Target score"),
        "order_value_score": ("客单价得分", "Order-value score"),
        "response_time_score": ("首响得分", "Response score"),
        "avg_response_time_score": ("平均响应得分", "Avg. response score"),
        "bad_review_resolution_score": ("中差评得分", "Bad-review score"),
        "commission": ("提成", "Commission"),
        "level_coefficient": ("职级系数", "Level coefficient"),
        "grade_coefficient": ("评级系数", "Grade coefficient"),
        "base_pay": ("底薪", "Base pay"),
        "pay": ("应发合计", "Total pay"),
        "unconverted": ("未付款询单", "Unconverted inquiries"),
        "cost_per_order": ("一单推广成本", "Ad cost per order"),
        "cost_per_inquiry": ("单个询单价值", "Value per inquiry"),
        "unconverted_cost": ("未付款询单引流成本", "Ad cost of unpaid inquiries"),
        "rule": ("违规项", "Rule"),
        "metric": ("指标", "Metric"),
        "agent_value": ("本人", "Agent"),
        "team_value": ("团队", "Team"),
        "gap": ("差距", "Gap"),
        "suggestion": ("培训建议", "What to train"),
        "best_agent": ("最好", "Best"),
        "best": ("最好值", "Best value"),
        "worst_agent": ("最差", "Worst"),
        "worst": ("最差值", "Worst value"),
        "range": ("极差", "Range"),
        "std": ("标准差", "Std. dev."),
        "cv": ("变异系数", "Coeff. of variation"),
        "state": ("售后状态", "Case state"),
        "hours_left": ("距超时（小时）", "Hours to deadline"),
        "overdue": ("已超时", "Overdue"),
        "due_soon": ("即将超时", "Due soon"),
        "due_within": ("临近超时", "Due within"),
        "refund": ("退款", "Refund"),
        "over_s": ("超出目标（秒）", "Over target (s)"),
        "slow_response": ("首响超时", "Slow response"),
        "unresolved": ("未处理中差评", "Unresolved bad reviews"),
    },
    values={
        "kind": {  # after-sales case kinds: the export's own words are the codes (data contract)
            "仅退款": ("仅退款", "Refund only"),
            "退货退款": ("退货退款", "Return and refund"),
            "换货": ("换货", "Exchange"),
            "投诉": ("投诉", "Complaint"),
        },
        "shift": {
            "day": ("白班", "Day"),
            "half": ("半班", "Half"),
            "night": ("晚班", "Night"),
            "off": ("休息", "Off"),
        },
        "rule": {
            "coverage": ("服务时间无人值班", "Service hours not covered"),
            "night_then_day": ("晚班后休息不足", "Too little rest after a night shift"),
            "no_day_off": ("整周无休", "No day off in the week"),
            "hours": ("月工时偏离团队平均", "Monthly hours far from the team's mean"),
            "big_day": ("大促当天休息", "Off on a big day"),
        },
        "status": {
            "open": ("待处理", "Open"),
            "waiting_buyer": ("待买家处理", "Waiting for the buyer"),
            "resolved": ("已完结", "Resolved"),
            "escalated": ("平台介入", "Escalated"),
        },
        "metric": {
            "inquiry_conversion": ("询单转化率", "Inquiry conversion"),
            "first_response_s": ("首次响应时间", "First response time"),
            "avg_response_s": ("平均响应时间", "Average response time"),
            "assisted_order_value": ("客服客单价", "Assisted order value"),
            "order_value_vs_shop": ("客单价对比店铺", "Order value vs shop"),
            "sales_amount": ("客服销售额", "CS-assisted sales"),
            "sales_per_day": ("日均销售额", "Sales per day"),
            "target_completion": ("销售目标完成率", "Sales-target completion"),
            "bad_review_resolution": ("中差评处理率", "Bad-review resolution"),
            "after_sales_rate": ("售后率", "After-sales rate"),
            "breach_days": ("首响超时天数", "Days over the response target"),
            "inquiries": ("询单人数", "Inquiring buyers"),
        },
    },
)


# The columns of summarize_after_sales_period (after-sales over a period, for the monthly review).
T_PERIOD = Catalog(
    "after_sales_period",
    {},
    labels={
        "cases": ("售后单数", "Cases"),
        "amount_rate": ("金额占支付金额比", "Share of sales"),
        "resolved_cases": ("已完结数", "Resolved"),
        "resolved_late": ("超时完结数", "Resolved after the deadline"),
        "still_open": ("未完结数", "Still open"),
        "median_hours_to_resolve": ("完结用时中位数（小时）", "Median hours to resolve"),
    },
    values={"kind": {"total": ("合计", "Total")}},
)
