"""What lesson 07's checkers say (:mod:`shopanalysis.course.lesson07`, customer service), Chinese first.

The English keeps 赤兔's and 直通车's names (询单转化率, 接待人数, 点击转化率, 旺旺): a "bilingual." key.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "lesson07",
    {
        # --- 7.1 丽丽's inquiry conversion in September
        "bilingual.7.1.title": ("{agent}九月的询单转化率", "{agent}'s inquiry conversion in September"),
        "7.1.pattern.twice": ("连续两个月都这样：这是要辅导的规律，不是一个月没做好",
                              "two months running: a pattern to coach, not one bad month"),
        "7.1.pattern.once": ("所以十月可能只是一个月没做好", "so October may be one bad month"),
        "7.1.why": ("九月问过{agent}的 {inquiries} 个买家里有 {buyers} 个付了款：{rate:pct1}，团队是 {team:pct1}。"
                    "十月她的转化率是 {october:pct1}，{pattern}。",
                    "{buyers} of the {inquiries} buyers who asked {agent} in September paid: {rate:pct1}, against "
                    "the team's {team:pct1}. In October she converted {october:pct1}, {pattern}."),
        "7.1.hint": ('rows = cs_daily[(cs_daily["agent"] == "{agent}") & cs_daily["date"].between("2026-09-01", '
                     '"2026-09-30")]，再 answer = sa.metrics.inquiry_conversion(rows)',
                     'rows = cs_daily[(cs_daily["agent"] == "{agent}") & cs_daily["date"].between("2026-09-01", '
                     '"2026-09-30")], then answer = sa.metrics.inquiry_conversion(rows)'),
        "7.1.trap.october": ("这是{agent}十月的转化率（例题里的那张表）；练习问的是九月",
                             "that is {agent}'s October rate (the table of the worked example); the exercise asks "
                             "for September"),
        "7.1.trap.october.hint": ('选出 "2026-09-01" 到 "2026-09-30" 这些天', 'select the days "2026-09-01" to '
                                                                          '"2026-09-30"'),
        "7.1.trap.team": ("这是整个团队九月的转化率", "that is the whole team's September rate"),
        "7.1.trap.team.hint": ('只保留 "{agent}" 的行', 'keep only the rows of "{agent}"'),
        "7.1.trap.year": ("这是{agent}全年的转化率", "that is {agent}'s rate over the whole year"),
        "7.1.trap.year.hint": ("还要选出九月的那些天", "select September's days too"),
        "bilingual.7.1.trap.received": ("这是除以接待人数（她接待的所有人，包括问售后的）；询单转化率除以询单人数，"
                                        "也就是买之前来问的买家",
                                        "that divides by 接待人数 (everyone she received, after-sales questions "
                                        "included); 询单转化率 divides by 询单人数, the buyers who asked before "
                                        "buying"),
        "7.1.trap.received.hint": ("sa.metrics.inquiry_conversion 会替你用 inquiry_buyers 除以 inquiries",
                                   "sa.metrics.inquiry_conversion divides inquiry_buyers by inquiries for you"),
        "bilingual.7.1.trap.not_paid": ("这是问了但没有付款的比例（1 - 询单转化率）",
                                        "that is the share who asked and did NOT pay (1 - 询单转化率)"),
        "bilingual.7.1.trap.not_paid.hint": ("询单转化率是付了款的比例", "询单转化率 is the share who paid"),
        # --- 7.2 what one inquiry cost in October
        "7.2.title": ("十月一个询单值多少钱", "What one inquiry cost in October"),
        "bilingual.7.2.why": ("十月通过直通车买来一单的成本是 {cpc} / {click:pct2} = {order}，问过的买家里有 {inquiry:pct1} "
                              "付了款，所以每次询单值 {cost} 的广告费。让买家在旺旺上干等，就把这笔钱扔掉了："
                              "没有付款的 {unconverted:,d} 次询单，当初花了 {unconverted_cost} 才引来"
                              "（这是买来它们的花费，不是损失的销售额）。",
                              "an order bought through 直通车 cost {cpc} / {click:pct2} = {order} in October, and "
                              "{inquiry:pct1} of the buyers who asked paid, so each inquiry was worth {cost} of ad "
                              "spend. A buyer left waiting on 旺旺 throws that away: the {unconverted:,d} inquiries "
                              "that did not pay cost {unconverted_cost} to bring in (what buying them took, not "
                              "sales lost)."),
        "7.2.hint": ('october_ads = ads[ads["date"].between("2026-10-01", "2026-10-31")]；再算 '
                     "sa.customer_service.cost_per_inquiry(sa.metrics.cpc(october_ads), "
                     "sa.metrics.click_conversion(october_ads), sa.metrics.inquiry_conversion(october))",
                     'october_ads = ads[ads["date"].between("2026-10-01", "2026-10-31")]; then '
                     "sa.customer_service.cost_per_inquiry(sa.metrics.cpc(october_ads), "
                     "sa.metrics.click_conversion(october_ads), sa.metrics.inquiry_conversion(october))"),
        "bilingual.7.2.trap.order": ("这是通过直通车买来一整单的成本（CPC / 点击转化率）；来问的买家里只有询单转化率那么多会付款，"
                                     "所以一次询单只值一单的这个比例",
                                     "that is what one whole order costs through 直通车 (CPC / 点击转化率); only "
                                     "询单转化率 of the buyers who ask go on to pay, so one inquiry is worth that share "
                                     "of an order"),
        "bilingual.7.2.trap.order.hint": ("乘以团队十月的询单转化率", "multiply by the team's October 询单转化率"),
        "bilingual.7.2.trap.divided": ("这是除以询单转化率，而不是乘以它", "that divides by 询单转化率 instead of "
                                                                      "multiplying by it"),
        "bilingual.7.2.trap.divided.hint": ("CPC / 点击转化率 × 询单转化率：cost_per_inquiry(cpc, click_conversion, "
                                            "inquiry_conversion)",
                                            "CPC / 点击转化率 x 询单转化率: cost_per_inquiry(cpc, click_conversion, "
                                            "inquiry_conversion)"),
        "7.2.trap.article": ("这是文章里的例子（一次点击 ¥1、1.28%、30%）；练习要的是演示店自己十月的数字",
                             "that is the article's example (¥1 a click, 1.28%, 30%); the exercise wants the demo "
                             "shop's own October figures"),
        "bilingual.7.2.trap.article.hint": ("CPC 和点击转化率取十月的关键词行，询单转化率取十月的 cs_daily 行",
                                            "take CPC and 点击转化率 from October's keyword rows, 询单转化率 from "
                                            "October's cs_daily rows"),
        "7.2.trap.year": ("这是全年的值（例题）；练习问的是十月", "that is the value over the whole year (the worked "
                                                              "example); the exercise asks for October"),
        "7.2.trap.october.hint": ('选出 "2026-10-01" 到 "2026-10-31" 这些天', 'select the days "2026-10-01" to '
                                                                          '"2026-10-31"'),
        "7.2.trap.september": ("这是九月的值", "that is September's value"),
        "bilingual.7.2.trap.small": ("它小了 100 倍，就像把点击转化率当百分数代进去了（写成 {percent:.2f} 而不是 {rate:.4f}）",
                                     "it is 100 times too small, as when 点击转化率 goes in as a percentage "
                                     "({percent:.2f} instead of {rate:.4f})"),
        "7.2.trap.small.hint": ("直接用 sa.metrics 函数返回的小数", "use the fractions the sa.metrics functions "
                                                              "return, as they are"),
        "bilingual.7.2.trap.ctr": ("这里用了点击率（CTR，点击量 / 展现量），该用的是点击转化率（成交笔数 / 点击量）",
                                   "that uses 点击率 (CTR, clicks / impressions) where 点击转化率 (orders / clicks) "
                                   "belongs"),
        "7.2.trap.ctr.hint": ("用 sa.metrics.click_conversion(october_ads)，不是 sa.metrics.ctr",
                              "sa.metrics.click_conversion(october_ads), not sa.metrics.ctr"),
        # --- 7.3 what to tell 丽丽 at the monthly review
        "bilingual.7.3.title": ("月度面谈时对{agent}说什么", "What to tell {agent} at the monthly review"),
        "7.3.A": ("“你的等级是 {grade}，团队最低：这个月扣你的提成。”",
                  "\"Your grade is {grade}, the team's lowest: your commission is cut this month.\""),
        "bilingual.7.3.A.why": ("等级告诉你该往哪里看，而不是该怎么罚：{agent}总分 {total:.0f}，是因为她的询单转化率是 "
                                "{rate:pct1}，团队是 {team:pct1}。扣钱却没有计划，教不会她成交；一个觉得被罚的{level}客服，"
                                "就是会走的那个。记分卡是用来辅导的。",
                                "the grade says where to look, not how to punish: {agent}'s total is {total:.0f} "
                                "because her 询单转化率 is {rate:pct1} against the team's {team:pct1}. A cut without "
                                "a plan does not teach her to close, and a {level} agent who feels punished is the "
                                "one who leaves. A scorecard is for coaching."),
        "7.3.B": ("“回复快一点：问题出在你的首次响应时间。”", "\"Answer faster: your first response is the problem.\""),
        "bilingual.7.3.B.why": ("她的首次响应时间平均 {response:.1f} 秒，在 {target} 秒的目标以内（团队 {team:.1f} 秒；"
                                "有 {breach} 天超时，值得留意）。她差的不是速度：{fastest} 最快（{fastest_response:.1f} 秒），"
                                "转化率也只有 {fastest_rate:pct1}。",
                                "her 首次响应时间 averaged {response:.1f} s, within the {target} s target (the team's "
                                "{team:.1f} s; {breach} days over, worth watching). Speed is not what sets her apart: "
                                "{fastest} is the fastest ({fastest_response:.1f} s) and still converts only "
                                "{fastest_rate:pct1}."),
        "bilingual.7.3.C": ("“你的差距在询单转化率：我们一起练练商品知识和促成交（尺码、面料、优惠券、催付），"
                            "再一起看几段你的聊天记录。”",
                            "\"Your 询单转化率 is the gap: let's work on product knowledge and closing (尺码, 面料, the "
                            "coupon, 催付), and look at a few of your chats together.\""),
        "bilingual.7.3.C.why": ("她的 {inquiries} 个询单买家里有 {buyers} 个付了款（{rate:pct1}，比团队的 {team:pct1} 低 "
                                "{gap:pct0}），这正是 suggest_training 排在第一位的差距。按团队的转化率，同样的询单大约能多带来 "
                                "{more:.0f} 个买家，按她的客服客单价 {order_value} 算，约 {sales} 的销售额。点出差距，摆出数字，"
                                "约定练一件事，下个月再看。",
                                "{buyers} of her {inquiries} inquirers paid ({rate:pct1}, {gap:pct0} below the team's "
                                "{team:pct1}), the gap suggest_training puts first. At the team's rate the same "
                                "inquiries would have brought about {more:.0f} more buyers, some {sales} of sales at her "
                                "客服客单价 of {order_value}. Name the gap, show the numbers, agree on one thing to "
                                "train, and look again next month."),
        "bilingual.7.3.D": ("“别在意等级：你的客服客单价是全店的 {ratio:.2f} 倍。”",
                            "\"Don't worry about the grade: your 客服客单价 is {ratio:.2f} times the shop's.\""),
        "bilingual.7.3.D.why": ("她的客单价确实不错（全店客单价的 {ratio:.2f} 倍），但她的询单成交最少（{rate:pct1}），"
                                "这一项占记分卡的 {weight:pct0}，也让她只完成了销售目标的 {completion:pct0}。"
                                "客单价要表扬，差距也还是要点出来。",
                                "her baskets are good ({ratio:.2f} x the shop's 客单价), but she closes the fewest "
                                "inquiries ({rate:pct1}), which weighs {weight:pct0} of the sheet and left her "
                                "{completion:pct0} of her sales target. Praise the baskets, and still name the gap."),
        "7.3.hint": ("看她在 scorecard 和 suggest_training 里的那一行：哪一项离团队最远？",
                     "look at her row of the scorecard and of suggest_training: what is furthest from the team?"),
    },
)
