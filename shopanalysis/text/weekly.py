"""Words of the weekly meeting pack (:mod:`shopanalysis.weekly`): errors, takeaways, the method, labels."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "weekly",
    {
        # --- errors ---------------------------------------------------------------------------
        "not_monday": ("周例会按周一到周日的一周来看：{day:date} 是{weekday}，不是周一。请用这一周的周一："
                       "-p week={monday:date}",
                       "The weekly meeting covers a Monday-to-Sunday week: {day:date} is a {weekday}, not a "
                       "Monday. Use the Monday of its week: -p week={monday:date}"),
        "week_missing_days": ("{title}（{table}）缺少本周 {days:list} 的数据：周例会需要 {start:date} 至 {end:date} "
                              "七天都有。{covers}",
                              "The {title} export ({table}) has no rows for {days:list}: the weekly meeting needs "
                              "all seven days from {start:date} to {end:date}. {covers}"),
        # --- small words ------------------------------------------------------------------------
        "last_week": ("上周", "Last week"),
        "this_week": ("本周", "This week"),
        "total": ("合计", "Total"),
        "weekday.0": ("周一", "Monday"),
        "weekday.1": ("周二", "Tuesday"),
        "weekday.2": ("周三", "Wednesday"),
        "weekday.3": ("周四", "Thursday"),
        "weekday.4": ("周五", "Friday"),
        "weekday.5": ("周六", "Saturday"),
        "weekday.6": ("周日", "Sunday"),
        "title": ("{shop} 周例会 · {start:date} 至 {end:date}",
                  "{shop} weekly meeting · {start:date} to {end:date}"),
        "no_history": ("上周 {days:list} 没有数据，本周不和上周对比。",
                       "Last week has no data for {days:list}, so this week is not compared with it."),
        # --- takeaways (describe_week) ----------------------------------------------------------
        "sales": ("本周（{start:md} 至 {end:md}）支付金额 {amount:yuan}，比上周 {pct:+pct}（{change:+yuan}）。",
                  "This week ({start:md} to {end:md}) sold {amount:yuan}, {pct:+pct} on last week "
                  "({change:+yuan})."),
        "sales.alone": ("本周（{start:md} 至 {end:md}）支付金额 {amount:yuan}。",
                        "This week ({start:md} to {end:md}) sold {amount:yuan}."),
        "split": ("拆开看：访客数带来 {visitors:+yuan}，转化率 {conversion:+yuan}，客单价 {aov:+yuan}；"
                  "影响最大的是{driver}。",
                  "Split: visitors brought {visitors:+yuan}, conversion {conversion:+yuan}, order value "
                  "{aov:+yuan}; {driver} moved it most."),
        "plan": ("本周计划 {planned:yuan}（月目标按星期和大促日历分到每天），完成 {completion:pct}。",
                 "The plan for the week was {planned:yuan} (the month's target spread by weekday and promo "
                 "calendar): {completion:pct} done."),
        "plan.none": ("没有本月的销售目标，本周不和计划对比。", "No sales target for the month: the week is not set "
                      "against a plan."),
        "source": ("访客变化最大的来源是{source}：{change:+int} 位访客（{pct:+pct}）。",
                   "The source whose visitors moved most is {source}: {change:+int} visitors ({pct:+pct})."),
        "actions": ("本周晨检有 {n:int} 项到周日还没解决：{items:list}。",
                    "{n:int} {n:item|items} of the morning checklist {n:was|were} still open on Sunday: "
                    "{items:list}."),
        "actions.closed": ("另有 {n:int} 项周内出现过、到周日已解决：{items:list}。",
                           "{n:int} more came up during the week and {n:was|were} settled by Sunday: "
                           "{items:list}."),
        "actions.none": ("本周晨检到周日没有未解决的事项。", "Nothing from the week's morning checklists was still "
                         "open on Sunday."),
        # --- the page's own words ----------------------------------------------------------------
        "kpi.plan": ("本周计划完成率", "Week against plan"),
        "kpi.plan_note": ("计划 {planned:yuan}", "plan {planned:yuan}"),
        "kpi.pace": ("本月进度", "Month's pace"),
        "kpi.pace_note": ("截至 {day:md}：{mtd:yuan} / 计划 {plan:yuan}", "to {day:md}: {mtd:yuan} of {plan:yuan} planned"),
        "kpi.spend": ("推广花费", "Ad spend"),
        "kpi.was_yuan": ("上周 {value:yuan}", "last week {value:yuan}"),
        "kpi.was_pct": ("上周 {value:pct}", "last week {value:pct}"),
        "kpi.was_ratio": ("上周 {value:.2f}", "last week {value:.2f}"),
        "kpi.was_seconds": ("上周 {value:.1f} 秒，目标 {target:g} 秒", "last week {value:.1f} s; target {target:g} s"),
        "kpi.breach": ("首响超标", "Slow first replies"),
        "kpi.breach_value": ("{n:int} 人天", "{n:int} agent-{n:day|days}"),
        "kpi.breach_note": ("首次响应超过 {target:g} 秒的客服·天", "agent-days above {target:g} s"),
        "kpi.decisions": ("要动的关键词", "Keywords to act on"),
        "kpi.decisions_value": ("{n:int} 个", "{n:int}"),
        "kpi.decisions_note": ("共判断 {total:int} 个词，{observe:int} 个数据不足先观察",
                               "of {total:int} judged; {observe:int} too new to judge"),
        "none.sources": ("本周没有流量来源数据。", "No traffic-source rows this week."),
        "none.keywords": ("本周没有需要改出价、删除或换图的关键词。",
                          "No keyword needs a new bid, deleting or a new image this week."),
        "none.image_tests": ("本周没有在测试中的新主图。", "No new main image was on test this week."),
        "none.pages": ("本周没有明显比同类目转化差的详情页。", "No detail page converted clearly below its category this week."),
        "none.tasks_due": ("下周（{start:md} 至 {end:md}）没有到期未交的美工任务。",
                           "No design task is due next week ({start:md} to {end:md}) and still open."),
        "none.late": ("到 {day:md} 没有超期未交的美工任务。", "No design task was overdue on {day:md}."),
        "none.roster": ("本周和下周的排班（到 {end:md}）没有发现问题。",
                        "The roster of this week and next (to {end:md}) breaks no rule."),
        "heading.due": ("下周到期", "Due next week"),
        "heading.late": ("已超期未交", "Overdue"),
        "heading.do": ("要做的事", "To do"),
        # --- the method (method_notes) ----------------------------------------------------------
        "method.week": ("一周是周一到周日。本周和上周（前一个周一到周日）比；访客数、支付买家数和支付金额是七天相加，"
                        "转化率和客单价用七天的合计相除（比值的合计，不是每天比值的平均）。生意参谋的周访客数会去重，"
                        "所以会比这里七天相加的小。",
                        "A week runs Monday to Sunday and is set against the Monday-to-Sunday before it. Visitors, "
                        "buyers and sales are the seven days added up; conversion and order value are ratios of "
                        "those sums, not means of daily ratios. Sycm's weekly visitors are de-duplicated, so they "
                        "read lower than the sum of days used here."),
        "method.split": ("支付金额 = 访客数 × 支付转化率 × 客单价。取对数，ln(S₁/S₀) = ln(V₁/V₀) + ln(C₁/C₀) + "
                         "ln(A₁/A₀)：三项按对数变化的占比分摊金额变化，加起来正好等于支付金额的变化。",
                         "Sales = visitors × conversion × order value. By logs, ln(S₁/S₀) = ln(V₁/V₀) + "
                         "ln(C₁/C₀) + ln(A₁/A₀): the change in yuan is shared by each part's share of the log "
                         "change, so the three add up to the change exactly."),
        "method.plan": ("本周计划 = 月目标按星期规律和大促日历分到每天后，本周七天的计划相加（跨月的一周两个月分别取）。"
                        "月进度看周日那天：本月至今的销售额和至今的计划额之比。",
                        "The week's plan is the month's target spread over its days by weekday and promo "
                        "calendar, summed over the seven days (a week across two months takes each month's "
                        "days from its own plan). The month's pace is as of the Sunday: sales to date over the "
                        "plan to date."),
        "method.roles": ("推广：关键词按本周七天的数据判断（点击少于 {min_clicks:int} 次的只观察）。美工：主图测试取测试窗口和"
                         "本周有重叠的，按周日为止的数据判断；详情页按本周的转化率和同类目比；下周到期的任务是截止日期在"
                         "下周一到周日、到本周日还没交的。客服：询单转化率按人数算，首次响应目标 {target:g} 秒；"
                         "排班检查本周和下周（有排班数据的日子）。",
                         "Ads: keywords are judged on the week's seven days (under {min_clicks:int} clicks they "
                         "are only watched). Design: image tests whose window overlaps the week, judged on the "
                         "data up to Sunday; detail pages on the week's conversion against their category; tasks "
                         "due next week are due Monday to Sunday next week and not delivered by this Sunday. "
                         "Service: inquiry conversion counts people; first-response target {target:g} s; the "
                         "roster is checked for this week and next (the days the roster covers)."),
        "method.actions": ("未解决事项：本周每天跑一遍晨检清单，取周日仍是「需处理」或「留意」的项目，每项只列一次，"
                           "写明本周被标出过几天、第一次是哪天，以及周日那天的待办。",
                           "Open actions: the morning checklist is run for every day of the week; the items still "
                           "Action or Watch on Sunday are listed once each, with how many days of the week they "
                           "were flagged, the first of them, and Sunday's to-do."),
    },
    labels={
        "paid_amount_last_week": ("上周同日支付金额", "Same weekday last week"),
        "day_target": ("当日计划", "Plan for the day"),
        "plan_completion": ("计划完成率", "Of plan"),
        "week_planned": ("本周计划", "Plan for the week"),
        "visitors_last_week": ("上周访客数", "Visitors last week"),
        "sales_last_week": ("上周支付金额", "Sales last week"),
        "cost_last_week": ("上周花费", "Spend last week"),
        "roi_last_week": ("上周投入产出比", "ROI last week"),
        "days_flagged": ("本周标出天数", "Days flagged"),
        "first_flagged": ("首次标出", "First flagged"),
        "days_to_due": ("距截止（天）", "Days to due"),
        "weekday": ("星期", "Weekday"),
    },
)
