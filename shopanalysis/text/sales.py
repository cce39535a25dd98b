"""The words of the sales review (:mod:`shopanalysis.sales`): pacing, the day's change, movers, the method."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "sales",
    {
        # --- small words ------------------------------------------------------------------
        "weekday.0": ("周一", "Monday"),
        "weekday.1": ("周二", "Tuesday"),
        "weekday.2": ("周三", "Wednesday"),
        "weekday.3": ("周四", "Thursday"),
        "weekday.4": ("周五", "Friday"),
        "weekday.5": ("周六", "Saturday"),
        "weekday.6": ("周日", "Sunday"),
        "join.sentences": ("{a}{b}", "{a} {b}"),
        "join.semicolon": ("{a}；{b}", "{a}; {b}"),
        "join.comma": ("{a}，{b}", "{a}, {b}"),
        "join.or": ("{a}或{b}", "{a} or {b}"),
        "span": ("{start:md}至{end:md}", "{start:md}..{end:md}"),
        "position.ramp": ("预热", "ramp-up"),
        "position.peak": ("高峰", "peak"),
        "position.after": ("高峰后", "after-peak"),
        "kind.sale": ("大促", "sale"),
        "kind.slowdown": ("停发淡季", "slowdown"),
        # --- a baseline in words ---------------------------------------------------------------
        "when.previous_day": ("前一天（{day:day}）", "the day before ({day:day})"),
        "when.same_weekday_last_week": ("上{weekday}（{day:md}）", "last {weekday} ({day:md})"),
        "when.trailing_7d_mean": ("近7天日均（{span}）", "the 7-day average ({span})"),
        # --- how the month's plan was made (daily_target_profile) -------------------------------
        "plan.short_history": (
            "{month} 之前的销售数据不足 {min_weeks} 个整周（只有 {days} 天），每个星期几权重相同（平均分配）。",
            "Fewer than {min_weeks} full weeks of sales before {month} ({days} {days:day|days}), so every "
            "weekday gets the same weight (even spread)."),
        "plan.all_promo": (
            "{month} 之前 {weeks} 周每天都是大促日，每个星期几权重相同（平均分配）。",
            "Every day of the {weeks} weeks before {month} is a promo day, so every weekday gets the same "
            "weight (even spread)."),
        "plan.no_sales": (
            "{month} 之前 {weeks} 周没有销售额，每个星期几权重相同（平均分配）。",
            "No sales in the {weeks} weeks before {month}, so every weekday gets the same weight (even spread)."),
        "plan.weekdays": (
            "星期权重取自 {month} 之前的 {weeks} 周（{start:date} 至 {end:date}）：每个星期几的平均销售额"
            "是普通日均值的几倍（总和之比），依据 {n} 个普通日",
            "Weekday weights from the {weeks} weeks before {month} ({start:date} to {end:date}): each "
            "weekday's average sales as a multiple of the average ordinary day (ratio of sums), from {n} "
            "ordinary days"),
        "plan.weekdays_with": ("{text}；{extras}。", "{text}; {extras}."),
        "plan.weekdays_end": ("{text}。", "{text}."),
        "plan.promo_left_out": ("剔除了 {n} 个大促日（{names:list}）", "{n} promo {n:day|days} ({names:list}) left out"),
        "plan.capped": ("{n} 天高于日中位数的 {cap:g} 倍，按 {cap:g} 倍计",
                        "{n} {n:day|days} above {cap:g}x the median day counted as {cap:g}x the median"),
        "plan.missing_weekdays": ("窗口内没有普通的{days:list}，按平均日计",
                                  "no ordinary {days:list} in the window, so weighted as an average day"),
        "plan.all_zero": ("所有倍数都是 0，目标按天平均分配。", "All multiples were zero, so the target is spread evenly."),
        "plan.given": ("{day:md} {factor:x}（自定）", "{day:md} {factor:x} (given)"),
        "plan.last_year": ("{day:md} {factor:x}（参照 {ly:date}）", "{day:md} {factor:x} (from {ly:date})"),
        "plan.rest": ("其余 {n} 天 {low:x}", "{n} other {n:day|days} {low:x}"),
        "plan.rest_range": ("其余 {n} 天 {low:x} 至 {high:x}", "{n} other {n:day|days} {low:x} to {high:x}"),
        "plan.scaled": ("{promo}各天按普通日均值的倍数计划：{days}。",
                        "{promo} days planned at a multiple of an average ordinary day: {days}."),
        "plan.borrow_part": ("{promo}（{year}年，{n} 天）{lift:x}", "{promo} ({year}, {n} {n:day|days}) {lift:x}"),
        "plan.borrow_source": ("依据数据中{parts:list}共 {n} 个{position}日的平均提升（总和之比）",
                               "the average lift (ratio of sums) of the {n} {position} {n:day|days} the data has "
                               "of {parts:list}"),
        "plan.borrow_one": ("{position}日（{span}）", "the {position} day ({span})"),
        "plan.borrow_many": ("{n} 个{position}日（{span}）", "the {n} {position} days ({span})"),
        "plan.borrowed": ("{what}没有去年同期数据：按普通日的 {lift:x} 计划，{source}",
                          "{what}, without last-year data: planned at {lift:x} an ordinary day, {source}"),
        "plan.borrowed_plain": ("{what}按普通日的 {lift:x} 计划，{source}",
                                "{what}: planned at {lift:x} an ordinary day, {source}"),
        "plan.promo_lines": ("{promo}：{lines}。", "{promo}: {lines}."),
        "plan.unscaled": (
            "{promo}：{n} 天（{span}）既没有去年同期数据，也没有自定倍数，按普通日计划。",
            "{promo}: {n} {n:day|days} ({span}) without last year's data or a given factor, planned like "
            "ordinary days."),
        "plan.unscaled_nothing_to_learn": (
            "{promo}：{n} 天（{span}）既没有去年同期数据，也没有自定倍数，{month} 之前的数据里也没有同类"
            "（{kind}）活动的{positions}日可以参照，按普通日计划。",
            "{promo}: {n} {n:day|days} ({span}) without last year's data or a given factor, and no {kind} "
            "window in the data before {month} has {positions} days to learn from, planned like ordinary days."),
        # --- pacing (pace_month) -------------------------------------------------------------
        "pace.forecast": (
            "预测：本月至今的销售额，加上剩余天数按最近 7 个普通日（非大促日）的日均估算；后面的大促日按计划里的倍数"
            "（参照其他大促借来的倍数按其平方根打折），已经开始的大促按它已过的几天的表现调整。它不看目标，只看店铺自己的走势。",
            "Forecast: month-to-date sales plus the days left at the average of the last 7 ordinary (non-promo) days; "
            "promo days ahead at their multiple in the plan (a multiple borrowed from other promo windows at its "
            "square root), and a promo already under way adjusted by how its past days did. It looks at the shop's "
            "own trend, not at the target."),
        "pace.backtest": (
            "按历史回测（{n} 个完整月份，每月第 {k} 天做预测，和月底实际比较），第{k}天的预测通常偏差约 {error:pct0}"
            "（误差中位数）；只有预测比目标低出这个误差以上，才算进度落后。",
            "Backtested on {n} complete past {n:month|months} (forecast on day {k} of each, compared with its actual "
            "total), the forecast on day {k} is typically off by {error:pct0} (median error); a month is called behind "
            "only when the forecast falls short of the target by more than that."),
        "pace.no_backtest": (
            "还没有完整的历史月份（本月之前至少一个整月）可以回测预测的误差，进度按计划判断。",
            "No complete past month yet (a full month before this one) to backtest the forecast, so the month is "
            "judged by its pace against the plan."),
        "pace.missing_days": ("{month} 截至 {day:md} 有 {n} 天没有店铺数据，按 0 计。",
                              "{n} {n:day|days} of {month} up to {day:md} have no row in the shop's daily data "
                              "and count as zero."),
        "pace.unscaled_ahead": (
            "后面还有 {n} 个大促日按普通日计划（数据里没有可参照的提升倍数），所以计划和预测都比本月可能的走势平缓；"
            "可以自定大促倍数来计划这些天。",
            "{n} promo {n:day|days} still ahead {n:is|are} planned like ordinary days (nothing in the data to "
            "learn their lift from), so the plan and the forecast are flatter than the month is likely to be; "
            "set your own promo multiples to plan them."),
        "pace.borrowed_ahead": (
            "后面还有 {n} 个大促日没有去年同期数据，参照其他大促计划：这是估计，预测也要当估计看。",
            "{n} promo {n:day|days} still ahead {n:is|are} planned from other promo windows (no last-year data): "
            "an estimate, so read the forecast as one too."),
        "pace.headline": (
            "{month} 截至 {day:md}：已售 {sold:yuan}，计划 {plan:yuan}（进度 {pace:pct0}）；{outlook}。",
            "{month} to {day:md}: {sold:yuan} sold against a plan of {plan:yuan} (pace {pace:pct0}); {outlook}."),
        "pace.outlook": (
            "预计月底约 {forecast:yuan}（按历史回测，第{k}天的预测通常偏差约 {error:pct0}），目标 {target:yuan}",
            "the month should end near {forecast:yuan} (in a backtest on past months, the forecast on day {k} is "
            "typically off by {error:pct0}), against a target of {target:yuan}"),
        "pace.outlook_untested": (
            "预计月底约 {forecast:yuan}（还没有完整的历史月份可以回测它的误差），目标 {target:yuan}",
            "the month should end near {forecast:yuan} (no complete past month yet to backtest it), against a "
            "target of {target:yuan}"),
        "pace.within_error": (
            "预测比目标少 {short:pct0}，在预测的通常误差（{error:pct0}）之内，还不算落后；剩下 {n} 天每天卖 {need:yuan} "
            "就能达成目标。",
            "The forecast is {short:pct0} short of the target, within its typical error ({error:pct0}), so not behind "
            "yet; {need:yuan} a day for the {n} {n:day|days} left reaches the target."),
        "pace.forecast_reaches": ("照预测能达成目标：剩下 {n} 天每天卖 {need:yuan} 就够。",
                                  "The forecast reaches the target: {need:yuan} a day for the {n} {n:day|days} left "
                                  "is enough."),
        "pace.off_track": (
            "预测比目标少 {short:pct0}，超出预测的通常误差（{error:pct0}）：要达成目标，剩下 {n} 天平均每天要卖 "
            "{need:yuan}（计划是每天 {plan:yuan}）。",
            "The forecast is {short:pct0} short of the target, more than its typical error ({error:pct0}): to reach "
            "the target, each of the {n} {n:day|days} left must sell {need:yuan} on average (the plan has "
            "{plan:yuan})."),
        "pace.depends_on_promo": (
            "预测比目标少 {short:pct0}，但剩下的 {days} 天{promos:list}没有本店去年同期的数据，预测只能参照其他大促：这 {days} 天"
            "平均要卖到最近平常日的 {need:x1} 才能达成目标，本店以往的大促最高做到过 {seen:x1}。还不能判断落后，大促开始后再看。",
            "The forecast is {short:pct0} short of the target, but the {days} {days:day|days} of {promos:list} ahead have "
            "no last-year data and are forecast from other promos: they must average {need:x1} of a recent ordinary day "
            "to reach the target, and the shop's promos have reached up to {seen:x1}. Too early to call it behind: "
            "look again once the promo starts."),
        "pace.hinge_beyond": (
            "剩下的 {days} 天{promos:list}要平均卖到最近平常日的 {need:x1} 才能达成目标，超过本店以往大促最高的 {seen:x1}。",
            "The {days} {days:day|days} of {promos:list} ahead would have to average {need:x1} of a recent ordinary day to "
            "reach the target, more than the {seen:x1} the shop's best promo reached."),
        "pace.reached": ("目标已完成：超出 {over:yuan}，还剩 {n} 天。",
                         "The target is reached: {over:yuan} above it with {n} {n:day|days} left."),
        "pace.month_over": ("本月已结束：离目标还差 {gap:yuan}。", "The month is over: {gap:yuan} short of the target."),
        "pace.on_track": ("进度正常：比计划多卖 {ahead:yuan}；剩下 {n} 天每天卖 {need:yuan} 就能达成目标。",
                          "On track: {ahead:yuan} ahead of the plan; {need:yuan} a day for the {n} "
                          "{n:day|days} left reaches the target."),
        "pace.behind": ("要达成目标，剩下 {n} 天平均每天要卖 {need:yuan}（计划是每天 {plan:yuan}）。",
                        "To reach the target, each of the {n} {n:day|days} left must sell {need:yuan} on average "
                        "(the plan has {plan:yuan})."),
        "pace.even": ("{month} 之前的历史太短，学不出星期规律：目标按天平均分配。",
                      "Too little history before {month} to learn a weekday profile: the target is spread evenly "
                      "over the days."),
        "pace.estimate": ("后面的大促日没有去年同期数据，参照其他大促计划：月底预测只是估计（方法说明里写了依据）。",
                          "Promo days still ahead have no last-year data and are planned from other promo windows: "
                          "read the forecast as an estimate (the method says which)."),
        # --- targets ------------------------------------------------------------------------------
        "target.bad_amount": ("target_amount 应是不小于 0 的金额（元）；收到的是 {value!r}",
                              "target_amount must be a yuan amount >= 0; got {value!r}"),
        "target.no_table": (
            "没有 {month} 的销售目标：没有找到目标表（文件名如 {aliases}）。请建一个 {file}：两列，{month_col}（YYYY-MM）"
            "和{target_col}（元），每月一行。",
            "No sales target for {month}: no targets file was found (named like {aliases}). Write {file} with two "
            "columns, {month_col} (month, YYYY-MM) and {target_col} (target, yuan), one row per month."),
        "target.no_row": (
            "目标表里没有 {month} 的销售目标；现有月份：{have}。请加一行：{month_col} {month}，{target_col}（元）。",
            "No sales target for {month} in the targets file; it has {have}. Add a row: {month_col} {month}, "
            "{target_col} in yuan."),
        "target.no_months": ("没有任何月份", "no months"),
        "target.twice": ("目标表里 {month} 有 {n} 个销售目标；每月只留一行",
                         "{n} sales targets for {month} in the targets file; keep one row per month"),
        # --- the day against its baselines --------------------------------------------------------
        "day.no_row": ("店铺整体数据里没有 {day:date} 这一天；{covers}", "shop_daily has no row for {day:date}; {covers}"),
        "day.no_split": ("无法拆分：对比日或当天没有销售额或没有买家",
                         "no split: the baseline or the day has no sales or no buyers"),
        # --- products ----------------------------------------------------------------------------------
        "reason.visitors": ("访客数 {before:int} → {after:int}（{pct:+pct0}），{yuan:+yuan}",
                            "visitors {before:int} → {after:int} ({pct:+pct0}), {yuan:+yuan}"),
        "reason.conversion_rate": ("转化率 {before:pct} → {after:pct}，{yuan:+yuan}",
                                   "conversion {before:pct} → {after:pct}, {yuan:+yuan}"),
        "reason.avg_order_value": ("客单价 {before:yuan} → {after:yuan}，{yuan:+yuan}",
                                   "order value {before:yuan} → {after:yuan}, {yuan:+yuan}"),
        "reason.new": ("之前没有访客，现在 {visitors:int}（新品或重新上架）",
                       "no visitors before, {visitors:int} now (new or back on sale)"),
        "reason.first_buyers": ("之前 {visitors:int} 个访客没有成交，现在 {buyers:int} 个买家",
                                "no buyer before from {visitors:int} visitors, {buyers:int} now"),
        "reason.no_visitors": ("现在没有访客（之前 {visitors:int}）：下架了还是断货了？",
                               "no visitors now (was {visitors:int}): delisted or out of stock?"),
        "reason.no_buyers": ("{visitors:int} 个访客一个都没成交（之前 {buyers:int} 个买家）：检查库存、价格和评价",
                             "no buyer from {visitors:int} visitors (was {buyers:int} buyers): check stock, price "
                             "and reviews"),
        "movers.note": ("对比：{baseline}。两天访客数都少于 {n} 的商品不列入。",
                        "Baseline: {baseline}. Products with fewer than {n} visitors on both days are left out."),
        # --- the day in plain words (describe_day) --------------------------------------------------
        "day.no_comparison": ("无法和{when}对比：{note}。", "No comparison with {when}: {note}."),
        "day.flat": ("支付金额和{when}基本持平（{pct:+pct}，{change:+yuan}）。",
                     "Sales were flat against {when} ({pct:+pct}, {change:+yuan})."),
        "day.rose": ("支付金额比{when}增长 {pct:pct}：{change:+yuan}（{before:yuan} → {after:yuan}）。",
                     "Sales rose {pct:pct} against {when}: {change:+yuan} ({before:yuan} → {after:yuan})."),
        "day.fell": ("支付金额比{when}下降 {pct:pct}：{change:+yuan}（{before:yuan} → {after:yuan}）。",
                     "Sales fell {pct:pct} against {when}: {change:+yuan} ({before:yuan} → {after:yuan})."),
        "day.rose_from_zero": ("支付金额比{when}增加 {change:+yuan}（{before:yuan} → {after:yuan}）。",
                               "Sales rose against {when}: {change:+yuan} ({before:yuan} → {after:yuan})."),
        "day.fell_to": ("支付金额比{when}减少 {change:+yuan}（{before:yuan} → {after:yuan}）。",
                        "Sales fell against {when}: {change:+yuan} ({before:yuan} → {after:yuan})."),
        "move.up": ("增长", "rise"),
        "move.down": ("下滑", "drop"),
        "cause.visitors.up": ("访客增加", "more visitors"),
        "cause.visitors.down": ("访客减少", "fewer visitors"),
        "cause.conversion_rate.up": ("转化率提高", "a higher conversion rate"),
        "cause.conversion_rate.down": ("转化率下降", "a lower conversion rate"),
        "cause.avg_order_value.up": ("客单价提高", "a higher order value"),
        "cause.avg_order_value.down": ("客单价下降", "a lower order value"),
        "part.visitors": ("访客数 {yuan:+yuan}", "visitors {yuan:+yuan}"),
        "part.conversion_rate": ("转化率 {yuan:+yuan}", "conversion {yuan:+yuan}"),
        "part.avg_order_value": ("客单价 {yuan:+yuan}", "order value {yuan:+yuan}"),
        "split.more_than_all": ("{cause}带来 {yuan:+yuan}，比整体{move}还多（其他因素抵消了一部分）；{others}。",
                                "More than all of the {move} comes from {cause} ({yuan:+yuan}); {others}."),
        "split.almost_all": ("{move}几乎全部来自{cause}（{yuan:+yuan}）；{others}。",
                             "Almost all of the {move} comes from {cause} ({yuan:+yuan}); {others}."),
        "split.most": ("{move}大部分来自{cause}（{yuan:+yuan}）；{others}。",
                       "Most of the {move} comes from {cause} ({yuan:+yuan}); {others}."),
        "split.largest": ("{move}最大的一块来自{cause}（{yuan:+yuan}）；{others}。",
                          "The largest part of the {move} comes from {cause} ({yuan:+yuan}); {others}."),
        "share.all": ("全部", "all"),
        "share.almost_all": ("几乎全部", "almost all"),
        "share.most": ("大部分", "most"),
        "share.largest": ("最大的一块", "the largest part"),
        "visitors.up": ("访客数增加 {n:int}，{share}来自{source}（{change:+int}，占增量的 {pct:pct0}）。",
                        "Visitors rose by {n:int}, {share} of it from {source} ({change:+int} visitors, {pct:pct0} "
                        "of the rise)."),
        "visitors.down": ("访客数减少 {n:int}，{share}来自{source}（{change:+int}，占减量的 {pct:pct0}）。",
                          "Visitors fell by {n:int}, {share} of it from {source} ({change:+int} visitors, "
                          "{pct:pct0} of the drop)."),
        "mover.up": ("涨得最多的商品：{name} {change:+yuan}，{reason}。", "Biggest riser: {name} {change:+yuan}: {reason}."),
        "mover.down": ("跌得最多的商品：{name} {change:+yuan}，{reason}。",
                       "Biggest faller: {name} {change:+yuan}: {reason}."),
        "no_baseline_row": ("对比表里没有 {baseline!r} 这一行；现有：{have}",
                            "comparison has no {baseline!r} row; it has {have}"),
        # --- the daily review's page --------------------------------------------------------------
        "review.title": ("{shop} · 每日复盘 {day:date}（{weekday}）", "{shop} · Daily review, {weekday} {day:date}"),
        "review.no_target": ("目标进度：无数据。{error}", "Target pacing: N/A. {error}"),
        "method.baseline": ("首页的指标和要点都是和{when}对比。",
                            "The headline figures and the takeaways compare the day with {when}."),
        "method.movers": ("商品部分列出支付金额涨得最多和跌得最多的各 {n} 个商品；两天访客数都少于 {min_visitors} 的商品"
                          "波动太大，不列入。每个商品的主因是拆分中贡献最大的那一项。",
                          "The products section lists the {n} products whose sales rose most and the {n} that fell "
                          "most; products with fewer than {min_visitors} visitors on both days swing too much and "
                          "are left out. A product's main driver is the largest part of its split."),
        "method.plan": ("本月计划：{method}", "This month's plan: {method}"),
    },
    values={
        "driver": {
            "visitors": ("访客数", "Visitors"),
            "conversion_rate": ("转化率", "Conversion"),
            "avg_order_value": ("客单价", "Order value"),
        },
    },
)
