"""Words of the designer (美工) KPIs (:mod:`shopanalysis.designers`): takeaways, actions, method, errors, labels."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "designers",
    {
        # --- the report ------------------------------------------------------------------
        "report.title": ("{shop} · 美工绩效 {start:date} 至 {end:date}",
                         "{shop} · Designer KPIs {start:date} to {end:date}"),
        "kpi.image": ("新主图胜出", "New images that won"),
        "kpi.image_value": ("{wins} 次", "{wins}"),
        "kpi.image_note": ("共 {n} 次换图，落败 {losses} 次，数据不足 {early} 次",
                           "of {n} {n:change|changes}: {losses} lost, {early} too early to judge"),
        "kpi.on_time": ("按时交付率", "On-time delivery"),
        "kpi.on_time_note": ("到期任务 {due} 个，按时 {on_time} 个", "{on_time} of {due} tasks due were on time"),
        "kpi.late": ("延期未交", "Late and open"),
        "kpi.late_note": ("截至 {day:md}", "as of {day:md}"),
        "kpi.pages": ("详情页涉及金额", "Detail pages at stake"),
        "kpi.pages_note": ("{n} 个详情页转化率低于平均", "{n} {n:page|pages} converting below average"),
        "chart.ctr_trend": ("每周点击率（近 {weeks} 周）", "Weekly CTR (last {weeks} weeks)"),
        "chart.pages": ("详情页涉及金额（转化率低于平均）", "Detail pages: money at stake (conversion below average)"),
        "chart.daily_ctr": ("{product} 每日点击率", "{product}: daily CTR"),
        "chart.history": ("换图测试记录（截至 {day:date}）", "Main-image tests up to {day:date}"),
        "chart.test": ("{product} {before}→{after}（{designer}，{day:md}）",
                       "{product} {before}→{after} ({designer}, {day:md})"),
        "chart.test_plain": ("{product} {before}→{after}（{day:md}）", "{product} {before}→{after} ({day:md})"),
        "chart.lift": ("点击率提升（{level:pct0} 区间）", "CTR lift ({level:pct0} interval)"),
        "missing.main_image": ("本节需要{table}里的“{column}”一列，现在的数据里没有（或全为空）：导出{table}时带上"
                               "{column}，补上后重新运行即可，报告其余部分照常生成。",
                               "This section needs the {column} column of {table}, which the data lacks (or leaves "
                               "empty): export {table} with {column} and run again; the rest of the report is "
                               "complete."),
        "none.image_tests": ("本期没有更换主图。", "No main image changed in the period."),
        "none.page_tests": ("本期没有新详情页上线。", "No new detail page went live in the period."),
        "none.late_no_tasks": ("没有美工任务表，列不出延期未交的任务（见上）。",
                               "Without the design tasks there is no list of late tasks (see above)."),
        "none.late": ("截至 {day:date} 没有延期未交的任务。", "No task is late and open on {day:date}."),
        "side.before": ("{what}（前）", "{what} before"),
        "side.after": ("{what}（后）", "{what} after"),
        "sep": ("，", ", "),
        "sep.items": ("；", "; "),
        # --- takeaways (describe_designers) ---------------------------------------------
        "image.none": ("本期没有更换主图。", "No main image changed in the period."),
        "image.counts": ("主图：本期测试 {n} 次换图，{parts}。", "Main images: {n} {n:change|changes} tested: {parts}."),
        "count.win": ("新图胜出 {n} 次", "{n} {n:win|wins}"),
        "count.loss": ("新图落败 {n} 次", "{n} {n:loss|losses}"),
        "count.no_difference": ("尚无定论 {n} 次", "{n} with no clear difference"),
        "count.too_early": ("数据不足 {n} 次", "{n} too early to judge"),
        "count.no_before": ("无前期数据 {n} 次", "{n} without data before"),
        "image.best": ("效果最好的新主图：{product}（{before}→{after}，{day:md} 上线），点击率 {lift:+pct0}，"
                       "{level:pct0} 区间 {low:+pct0} 至 {high:+pct0}。",
                       "Best new image: {product} {before}→{after} (live {day:md}): CTR {lift:+pct0} "
                       "({level:pct0} interval {low:+pct0} to {high:+pct0})."),
        "image.best_by": ("效果最好的新主图：{designer}做的{product}（{before}→{after}，{day:md} 上线），"
                          "点击率 {lift:+pct0}，{level:pct0} 区间 {low:+pct0} 至 {high:+pct0}。",
                          "Best new image: {product} {before}→{after} (live {day:md}, by {designer}): "
                          "CTR {lift:+pct0} ({level:pct0} interval {low:+pct0} to {high:+pct0})."),
        "image.worst": ("效果最差的新主图：{product}（{before}→{after}，{day:md} 上线），点击率 {lift:+pct0}，"
                        "{level:pct0} 区间 {low:+pct0} 至 {high:+pct0}。",
                        "Worst new image: {product} {before}→{after} (live {day:md}): CTR {lift:+pct0} "
                        "({level:pct0} interval {low:+pct0} to {high:+pct0})."),
        "image.worst_by": ("效果最差的新主图：{designer}做的{product}（{before}→{after}，{day:md} 上线），"
                           "点击率 {lift:+pct0}，{level:pct0} 区间 {low:+pct0} 至 {high:+pct0}。",
                           "Worst new image: {product} {before}→{after} (live {day:md}, by {designer}): "
                           "CTR {lift:+pct0} ({level:pct0} interval {low:+pct0} to {high:+pct0})."),
        "image.too_early": ("还不能下结论：{items}。", "Too early to judge: {items}."),
        "image.too_early_item": ("{product} {version}（{day:md} 出结果）", "{product} {version} (window ends {day:md})"),
        "pages.losing": ("转化最拖后腿的详情页（对比{base}支付转化率）：{items}。转化率低于平均的详情页合计涉及 {total:yuan}。",
                         "Detail pages losing most against the {base} conversion rate: {items}. "
                         "All pages below average: {total:yuan} at stake."),
        "pages.item": ("{product} {rate:pct2}（平均 {base_rate:pct2}，访客 {visitors:num}，涉及 {money:yuan}）",
                       "{product} ({rate:pct2} against {base_rate:pct2} on {visitors:num} visitors, {money:yuan})"),
        "base.shop": ("全店", "shop's"),
        "base.category": ("同类目", "category's"),
        "delivery.on_time": ("按时交付率：{items}。", "On time: {items}."),
        "delivery.item": ("{designer} {rate:pct0}（{due} 个到期，按时 {on_time} 个）",
                          "{designer} {rate:pct0} ({on_time} of {due})"),
        "late.items": ("延期未交：{items}{more}。", "Late and still open: {items}{more}."),
        "late.item": ("{designer}的{product}{asset}（{due:md} 到期，已超期 {days} 天）",
                      "{asset} of {product} by {designer} (due {due:md}, {days} {days:day|days} overdue)"),
        "late.item_task": ("{designer}的{asset}任务 {task}（{due:md} 到期，已超期 {days} 天）",
                           "{asset} task {task} by {designer} (due {due:md}, {days} {days:day|days} overdue)"),
        "late.more": ("，另有 {n} 个", " and {n} more"),
        "late.none": ("没有延期未交的任务。", "No task is late and open."),
        "scores": ("绩效评分：{items}。", "Scorecard: {items}."),
        "scores.item": ("{designer} {grade}（{total:.0f} 分）", "{designer} {grade} ({total:.0f})"),
        "bonus": ("奖金：{items}。", "Bonus: {items}."),
        "bonus.item": ("{designer} {bonus:yuan}（{n} 个商品超过门槛）",
                       "{designer} {bonus:yuan} ({n} {n:product|products} over the threshold)"),
        "bonus.none": ("奖金：本期没有计提商品的销售额超过门槛。", "Bonus: no credited product sold above the threshold."),
        # --- actions (designer_actions) ---------------------------------------------------
        "action.chase": ("催交：{item}。", "Chase: {item}."),
        "action.revert": ("换回或重做：{product}的新主图 {after} 让点击率 {lift:+pct0}，考虑换回 {before}。",
                          "Revert or redo: the new image {after} of {product} moved CTR {lift:+pct0}; "
                          "consider going back to {before}."),
        "action.page": ("优化详情页：{product}，支付转化率 {rate:pct2}（{base}平均 {base_rate:pct2}），涉及 {money:yuan}。",
                        "Fix the detail page of {product}: conversion {rate:pct2} against the {base} "
                        "{base_rate:pct2}, {money:yuan} at stake."),
        "action.wait": ("等到 {day:md} 观察期结束再评判{product}的新主图 {after}，之前别下结论。",
                        "Wait until {day:md}, when its window closes, before judging the new image {after} of "
                        "{product}."),
        "action.none": ("本期没有需要特别处理的事。", "Nothing needs action this period."),
        # --- the method (method_notes) -----------------------------------------------------
        "method.window": ("主图和详情页测试：比较新图上线前 {days} 天与上线后 {days} 天（期间再次更换则截短）；"
                          "任一侧点击量不足 {clicks} 次（详情页：支付买家数不足 {buyers} 人），或观察期还没结束，"
                          "判为数据不足。",
                          "Main-image and detail-page tests compare the {days} days before a new design went live "
                          "with the {days} days from that day (cut short where it changed again); fewer than "
                          "{clicks} clicks (detail pages: {buyers} paying buyers) on either side, or a window "
                          "still running, is too little data."),
        "method.window_images": ("主图测试：比较新图上线前 {days} 天与上线后 {days} 天（期间再次更换则截短）；"
                                 "任一侧点击量不足 {clicks} 次，或观察期还没结束，判为数据不足。",
                                 "Main-image tests compare the {days} days before a new image went live with the "
                                 "{days} days from that day (cut short where it changed again); fewer than {clicks} "
                                 "clicks on either side, or a window still running, is too little data."),
        "method.interval": ("提升 = 新版点击率（详情页：支付转化率）÷ 旧版 − 1。区间是 {level:pct0} 置信区间，"
                            "并按每天的波动放宽：整个区间高于 0 为新图胜出，低于 0 为新图落败，跨过 0 为尚无定论。",
                            "Lift = the new design's CTR (detail pages: conversion rate) over the old one's, minus "
                            "one. The interval is a {level:pct0} interval, widened by the day-to-day scatter: "
                            "wholly above zero, the new image wins; wholly below, it loses; across zero, no clear "
                            "difference."),
        "method.interval_plain": ("提升 = 新版点击率（详情页：支付转化率）÷ 旧版 − 1。区间是 {level:pct0} 置信区间"
                                  "（把每次曝光当作独立事件，未按每天的波动放宽）：整个区间高于 0 为新图胜出，"
                                  "低于 0 为新图落败，跨过 0 为尚无定论。",
                                  "Lift = the new design's CTR (detail pages: conversion rate) over the old one's, "
                                  "minus one. The interval is a {level:pct0} interval treating every impression as "
                                  "independent (not widened by the day-to-day scatter): wholly above zero, the new "
                                  "image wins; wholly below, it loses; across zero, no clear difference."),
        "method.promo": ("前后对比期间的大促、调价和推广变化也会改变点击率和转化率；“大促”一栏标出了跨大促的测试，"
                         "读这些结果要谨慎。",
                         "Promos, price changes and ad campaigns during a window move CTR and conversion too; the "
                         "promo column marks the tests that cross a promo: read those with care."),
        "method.pages": ("详情页对比{base}的平均支付转化率。涉及金额 = 访客数 ×（平均转化率 − 该页转化率）× 客单价"
                         "（该商品没有成交时用{base}客单价）。跳失率按生意参谋的口径取每日跳失率的平均。",
                         "Detail pages are compared with the {base} average conversion rate. Money at stake = "
                         "visitors × (average conversion − the page's conversion) × order value (the {base} when "
                         "the product sold nothing). Bounce rate is the mean of the daily rates, the way the "
                         "platform's analytics show it."),
        "method.pages_fallback": ("详情页本应对比同类目，但数据里没有商品的类目（{file}），这里改为对比全店；"
                                  "放入带类目的{file} 后重新运行，即按同类目对比。",
                                  "Detail pages were to be compared with their category, but the data has no "
                                  "product categories ({file}), so they are compared with the shop; add {file} "
                                  "with categories and run again to compare each page with its category."),
        "method.delivery": ("按时交付率 = 按时交付 ÷（按时 + 延期），统计截止日期在本期内的任务：过了截止日期"
                            "才交付或仍未交付都算延期，尚未到期的不计入。用时 = 交付日期 − 需求日期。",
                            "On-time rate = on time / (on time + late), over the tasks due in the period: "
                            "delivered after the due date, or still open past it, is late; tasks not yet due are "
                            "left out. Lead time = delivered − requested, in days."),
        "method.score": ("绩效评分（0–100 分）的权重：{parts}。测试得分 = 100 ×（胜出 + {credit:g} × 尚无定论）÷ 本期"
                         "结束的测试数；某项本期没有可评的内容就不计，其他项按比例加权。评级：{grades}。",
                         "The score (0–100) weighs {parts}; a test score = 100 × (wins + {credit:g} × no clear "
                         "difference) / tests that closed in the period. A part with nothing to judge is left out "
                         "and the others count for more. Grades: {grades}."),
        "method.score_part": ("{part} {weight:pct0}", "{part} {weight:pct0}"),
        "method.grade": ("{grade} ≥ {low:g} 分", "{grade} from {low:g}"),
        "part.on_time": ("按时交付", "on-time delivery"),
        "part.image": ("主图测试", "main-image tests"),
        "part.page": ("详情页测试", "detail-page tests"),
        "method.bonus_excess": ("奖金：每个商品本期支付金额超过 {threshold:yuan} 的部分，按毛利率折算成毛利，提取 "
                                "{share:g}%；毛利 = 支付金额 ×（售价 − 成本）÷ 售价。上线不超过本期开始前 {days} 天的"
                                "主图和详情页计入，几位美工的作品同时在用时，按各自在用天数分摊。",
                                "Bonus: {share:g}% of the gross profit on each product's sales above {threshold:yuan} "
                                "in the period; gross profit = sales × (price − cost) / price. Main images and detail "
                                "pages that went live at most {days} days before the period count; where several "
                                "designers' work was in use, the product's bonus is shared by the days each was."),
        "method.bonus_all": ("奖金：商品本期支付金额达到 {threshold:yuan} 后，按全部毛利提取 {share:g}%；毛利 = "
                             "支付金额 ×（售价 − 成本）÷ 售价。上线不超过本期开始前 {days} 天的主图和详情页计入，"
                             "几位美工的作品同时在用时，按各自在用天数分摊。",
                             "Bonus: {share:g}% of a product's whole gross profit once its sales in the period reach "
                             "{threshold:yuan}; gross profit = sales × (price − cost) / price. Main images and detail "
                             "pages that went live at most {days} days before the period count; where several "
                             "designers' work was in use, the product's bonus is shared by the days each was."),
        # --- errors ------------------------------------------------------------------------
        "error.no_dates": ("数据里没有日期可供判断：请传入 as_of=（或 end=）",
                           "pass as_of= (or end=): the data has no dates to judge from"),
        "error.window_days": ("window_days 必须是不小于 1 的整天数；收到的是 {value}",
                              "window_days must be a whole number of days >= 1; got {value}"),
        "error.alpha": ("alpha 必须在 0 和 1 之间（0.05 即 95% 区间）；收到的是 {value}",
                        "alpha must be between 0 and 1 (0.05 for a 95% interval); got {value}"),
        "error.freq": ("freq={value}：应为 {accepted} 之一（按天、周、月）",
                       "freq={value}: expected one of {accepted} (days, weeks, months)"),
        "error.asset": ("asset={value}：应为 {accepted} 之一", "asset={value}: expected one of {accepted}"),
        "error.against": ("against={value}：应为 'shop'（全店）或 'category'（同类目）",
                          "against={value}: expected 'shop' or 'category'"),
        "error.against_category": ("against='category' 需要带 category 列的商品表（products）",
                                   "against='category' needs the products table with a category column"),
        "error.by": ("by={value}：design_tasks 没有列 {missing}；现有的列：{columns}",
                     "by={value}: design_tasks has no column(s) {missing}; it has {columns}"),
        "error.tests_need_designer": ("{what}测试需要 designer 列：请传入 design_tasks=（或先用 add_designer）",
                                      "{what} tests need a designer column: pass design_tasks= (or use add_designer)"),
        "error.summary_columns": ("summary 需要 designer 和 on_time_rate 两列；现有的列：{columns}",
                                  "summary needs designer and on_time_rate columns; it has {columns}"),
        "error.basis": ("basis={value}：应为 'excess'（超过门槛部分的毛利）或 'all'（全部毛利）",
                        "basis={value}: expected 'excess' (profit above the threshold) or 'all'"),
        "error.share": ("share 是毛利的比例（0.01 即 1%）；收到的是 {value}",
                        "share is a fraction of profit (0.01 is 1%); got {value}"),
        "error.assets": ("未知的素材类型 {unknown}；可选：{accepted}", "assets {unknown} unknown; expected some of {accepted}"),
        "error.no_cost": ("计算美工奖金需要商品表（products）里的售价和成本（price、unit_cost），这些商品缺少：{products}",
                          "designer_bonus needs price and unit_cost in the products table for product(s) {products}"),
    },
    # total, grade (the scorecards' shared words), bonus and products are labelled elsewhere (see the lead's note)
    labels={
        "version_before": ("原主图", "Old image"),
        "version_after": ("新主图", "New image"),
        "change_date": ("上线日期", "Went live"),
        "days_before": ("天数（前）", "Days before"),
        "days_after": ("天数（后）", "Days after"),
        "window_end": ("观察期结束", "Window ends"),
        "lift": ("提升", "Lift"),
        "lift_low": ("区间下限", "Interval low"),
        "lift_high": ("区间上限", "Interval high"),
        "p_value": ("p值", "p-value"),
        "chance_better": ("新版更好的概率", "Chance it is better"),
        "verdict": ("结论", "Verdict"),
        "promo": ("大促", "Promo"),
        "baseline_conversion_rate": ("平均支付转化率", "Average conversion"),
        "conversion_gap": ("转化率差", "Conversion gap"),
        "baseline_bounce_rate": ("平均跳失率", "Average bounce rate"),
        "bounce_gap": ("跳失率差", "Bounce-rate gap"),
        "aov_source": ("客单价取自", "Order value from"),
        "money_at_stake": ("涉及金额", "Money at stake"),
        "tasks": ("任务数", "Tasks"),
        "on_time": ("按时", "On time"),
        "late": ("延期", "Late"),
        "open_late": ("延期未交", "Late, still open"),
        "pending": ("未到期", "Not yet due"),
        "on_time_rate": ("按时交付率", "On-time rate"),
        "mean_lead_days": ("平均用时（天）", "Mean lead time (days)"),
        "median_lead_days": ("用时中位数（天）", "Median lead time (days)"),
        "mean_days_late": ("平均延期（天）", "Mean days late"),
        "days_overdue": ("已超期（天）", "Days overdue"),
        "image_judged": ("主图测试", "Image tests"),
        "image_wins": ("主图胜", "Image wins"),
        "image_losses": ("主图负", "Image losses"),
        "image_no_difference": ("主图无定论", "Image ties"),
        "image_pending": ("主图待定", "Image tests running"),
        "page_judged": ("详情页测试", "Page tests"),
        "page_wins": ("详情页胜", "Page wins"),
        "page_losses": ("详情页负", "Page losses"),
        "page_no_difference": ("详情页无定论", "Page ties"),
        "page_pending": ("详情页待定", "Page tests running"),
        "on_time_score": ("按时得分", "On-time score"),
        "image_score": ("主图得分", "Image score"),
        "page_score": ("详情页得分", "Page score"),
        "products_over_threshold": ("达标商品", "Products over threshold"),
        "margin_rate": ("毛利率", "Margin"),
        "gross_profit": ("毛利", "Gross profit"),
        "qualifying_profit": ("计提毛利", "Qualifying profit"),
        "live_days": ("在用天数", "Days in use"),
        "pool_share": ("分成比例", "Share of pool"),
    },
    values={
        "verdict": {
            "win": ("新图胜出", "New image wins"),
            "loss": ("新图落败", "New image loses"),
            "no_difference": ("尚无定论", "No clear difference"),
            "too_early": ("数据不足", "Too little data"),
            "no_before": ("无前期数据", "No data before"),
        },
        "asset": {
            "main_image": ("主图", "Main image"),
            "detail_page": ("详情页", "Detail page"),
            "activity_page": ("活动页", "Activity page"),
            "ad_creative": ("推广图", "Ad creative"),
        },
        "aov_source": {
            "product": ("本商品", "This product"),
            "shop": ("全店", "Shop"),
            "category": ("同类目", "Category"),
        },
    },
)
