"""What lesson 06's checkers say (:mod:`shopanalysis.course.lesson06`, the designer's numbers), Chinese first.

The English keeps 生意参谋's names (点击率, 曝光量, 跳失率, 客单价): a "bilingual." key.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "lesson06",
    {
        # --- 6.1 the lift of a new main image
        "6.1.title": ("新主图的提升", "The lift of a new main image"),
        "bilingual.6.1.why": ("点击率从 {before:pct2} 升到 {after:pct2}，提升 {lift:+pct1}：同样的曝光量，现在能多带来这么多点击。"
                              "商品赢得的每一次免费搜索曝光都能换来更多访客，所以主图是美工最值钱的作品。",
                              "点击率 went from {before:pct2} to {after:pct2}, a lift of {lift:+pct1}: the same 曝光量 "
                              "now brings that many more clicks. Every free search impression the product wins is "
                              "worth more visitors, which is why the main image is the designer's most valuable "
                              "piece of work."),
        "6.1.hint": ("before = {first_before:date} 到 {last_before:date} 的行，after = {first_after:date} 到 "
                     "{last_after:date} 的行；再算 sa.metrics.ctr(after) / sa.metrics.ctr(before) - 1",
                     "before = the rows of {first_before:date} to {last_before:date}, after = {first_after:date} to "
                     "{last_after:date}; then sa.metrics.ctr(after) / sa.metrics.ctr(before) - 1"),
        "6.1.trap.daily": ("这比较的是每日点击率的平均值。{days} 天的点击率是总和之比（所有点击除以所有曝光）："
                           "每日比率的平均值把清淡的一天和忙的一天看得一样重",
                           "that compares the means of the daily CTRs. Over {days} days a CTR is a ratio of sums (all "
                           "the clicks over all the impressions): the mean of daily rates weighs a quiet day like a "
                           "busy one"),
        "6.1.trap.daily.hint": ("把每个窗口的所有行分别传给 sa.metrics.ctr(before) 和 sa.metrics.ctr(after)",
                                "call sa.metrics.ctr(before) and sa.metrics.ctr(after) on all the rows of each window"),
        "6.1.trap.points": ("这是 之后 - 之前，百分点的变化（{before:pct2} → {after:pct2}）；提升是相对的：之后 / 之前 - 1",
                            "that is after - before, the change in percentage points ({before:pct2} -> "
                            "{after:pct2}); the lift is relative: after / before - 1"),
        "6.1.trap.points.hint": ("先相除，再减 1", "divide, then subtract 1"),
        "6.1.trap.ratio": ("这是 之后 / 之前；提升要再减 1（{ratio:.2f} 就是 {lift:+pct0}）",
                           "that is after / before; the lift subtracts 1 from it ({ratio:.2f} means {lift:+pct0})"),
        "6.1.trap.ratio.hint": ("减 1", "subtract 1"),
        "6.1.trap.inverse": ("这是用旧点击率除以新点击率；提升是新的除以旧的，再减 1",
                             "that divides the old CTR by the new one; the lift is the new over the old, minus 1"),
        "6.1.trap.formula.hint": ("提升 = sa.metrics.ctr(after) / sa.metrics.ctr(before) - 1",
                                  "sa.metrics.ctr(after) / sa.metrics.ctr(before) - 1"),
        "6.1.trap.other_change": ("这是这个商品另一次换图的提升：{day:date} 的 {old}→{new}；练习问的是 {change:date} 的 "
                                  "{wanted_old}→{wanted_new}",
                                  "that is the lift of the product's other change, {old}->{new} on {day:date}; the "
                                  "exercise asks about {wanted_old}->{wanted_new} on {change:date}"),
        "6.1.trap.other_change.hint": ("取 {change:date} 前后各 {days} 天", "take the {days} days on each side of "
                                                                       "{change:date}"),
        "6.1.trap.versions": ("这把 {new} 的每一天和 {old} 的每一天相比，相隔好几个月（季节、排名、活动都变了）；"
                              "这个测试比较的是换图前的 {days} 天和换图起的 {days} 天",
                              "that compares every day of {new} with every day of {old}, months apart (season, "
                              "ranking, promos all moved); the test compares the {days} days just before the change "
                              "with the {days} days from it"),
        "6.1.trap.versions.hint": ("按日期选行，不要按 main_image 选", "select the rows by date, not by main_image"),
        # --- 6.2 the designer says the new image won
        "6.2.title": ("美工说新图赢了", "The designer says the new image won"),
        "6.2.a_promo": ("一个大促", "a promo"),
        "6.2.interval": ("{low:+pct0} 到 {high:+pct0}", "{low:+pct0} to {high:+pct0}"),
        "bilingual.6.2.A": ("赢了：点击率涨了 {lift:+pct0}，整个区间（{interval}）都在零以上。告诉老板新图有效。",
                            "Win: 点击率 is up {lift:+pct0} and the whole interval ({interval}) is above zero. Tell "
                            "the owner the new image works."),
        "6.2.A.why": ("换图后的 {window} 天里只过了 {days} 天（窗口到 {end:date} 才结束），所以 compare_image_versions 说"
                      "“{verdict}”。测试要等结束时再读，而不是每天早上看，直到它看起来不错为止：在 {change:md}，"
                      "也就是第一天，区间是 {early}。而且{promo}的预售在 {opens:md} 开始，就在窗口里。",
                      "only {days} of the {window} days after the change are in (the window ends {end:date}), so "
                      "compare_image_versions says '{verdict}'. Read a test at its end, not every morning until it "
                      "looks good: on {change:md}, its first day, the interval was {early}. And {promo}'s presale "
                      "opens on {opens:md}, inside the window."),
        "6.2.B": ("没有明显差异：换图后一周对换图前两周，什么也说明不了，不管区间怎么说。",
                  "No clear difference: one week after the change against two weeks before cannot show anything, "
                  "whatever the interval says."),
        "6.2.B.why": ("“{no_difference}”指的是区间跨过了零；这个区间是 {interval}，换图后有 {clicks:,d} 次点击"
                      "（每边 {min_clicks} 次就够判断了）。测试还没结束，这是另一回事。",
                      "'{no_difference}' means an interval that straddles zero; this one is {interval}, on "
                      "{clicks:,d} clicks after the change ({min_clicks} a side is enough to judge). The test is "
                      "not finished, which is a different thing."),
        "6.2.C": ("太早了：等换图后的 {window} 天过完（{end:date}）再读结论，同时看看全店同期的情况，因为{promo}的预售在 "
                  "{opens:md} 开始，就在窗口里。",
                  "Too early: wait for the {window} days after the change ({end:date}), then read the verdict, and "
                  "check the rest of the shop over the same days, since {promo}'s presale opens on {opens:md}, "
                  "inside the window."),
        "bilingual.6.2.C.why": ("在 {claim:md}，结论是“{verdict}”（{window} 天里过了 {days} 天）。到 {end:md}，结论是"
                                "“{final}”，{lift:+pct1}（{low:+pct1} 到 {high:+pct1}），而全店其他商品同期的点击率变化了 "
                                "{rest:+pct1}：提升点击的不是预售，是新图。然后再告诉老板。",
                                "on {claim:md} the verdict is '{verdict}' ({days} of {window} days). On {end:md} it "
                                "reads '{final}', {lift:+pct1} ({low:+pct1} to {high:+pct1}), while the rest of the "
                                "shop's 点击率 moved {rest:+pct1} over the same days: the presale did not lift "
                                "clicks, the image did. Then tell the owner."),
        "6.2.hint": ('sa.designers.compare_image_versions(product_days, as_of="{claim:date}") 给出当天的数据能支持的结论，'
                     "window_end 是测试结束的那一天",
                     'sa.designers.compare_image_versions(product_days, as_of="{claim:date}") gives the verdict the '
                     "data supports that day, and window_end the day the test closes"),
        # --- 6.3 the detail page that loses most
        "6.3.title": ("亏钱最多的详情页", "The detail page that loses most"),
        "6.3.fairer_same": ("和它自己的类目（{category}，对一单 {order_value} 的商品更公平的尺子）比，它仍然损失最多：{money}。",
                            "Against its own category ({category}, a fairer yardstick for a {order_value} order) it "
                            "still loses most: {money}."),
        "6.3.fairer_other": ("和它自己的类目（{category}）比，它损失 {money}，而损失最多的是 {other}：给美工布置任务之前，"
                             "两把尺子都比一比。",
                             "Against its own category ({category}) it puts {money} at stake, and {other} loses "
                             "most: compare with both yardsticks before you brief the designer."),
        "bilingual.6.3.say": ("{what}：{visitors:,d} 个访客里转化 {rate:pct2}，客单价 {order_value}，损失 {money}，"
                              "比 {top} 的 {top_money} 少",
                              "{what}: {rate:pct2} on {visitors:,d} visitors at a 客单价 of {order_value} puts "
                              "{money} at stake, less than {top}'s {top_money}"),
        "6.3.say.last_month": ("{previous} 损失最多的是它（例题）；在 {month}", "it lost most in {previous} (the worked "
                                                                         "example); in {month}"),
        "6.3.say.worst": ("它的转化率最低", "it converts worst"),
        "bilingual.6.3.say.bounce": ("它的跳失率最高", "it has the highest 跳失率"),
        "6.3.say.busiest": ("它的访客最多", "it has the most visitors"),
        "6.3.say.rank": ("它在 {n} 个里排第 {rank}", "it ranks {rank} of {n}"),
        "6.3.busiest_nothing": ("它的访客最多（{visitors:,d}），但转化率 {rate:pct2} 高于全店的 {shop:pct2}：没有损失",
                                "it has the most visitors ({visitors:,d}), but converts at {rate:pct2}, above the "
                                "shop's {shop:pct2}: nothing at stake"),
        "6.3.nothing": ("它的页面转化率 {rate:pct2}，不低于全店的 {shop:pct2}：没有损失",
                        "its page converts at {rate:pct2}, at or above the shop's {shop:pct2}: nothing at stake"),
        "6.3.product_id": ("这是它的商品 ID；照表格里的写法给出商品名称", "that is its product ID; give the name as the "
                                                                   "table writes it"),
        "bilingual.6.3.why": ("{top} 的页面转化率 {rate:pct2}，全店是 {shop:pct2}，{visitors:,d} 个访客、客单价 {order_value}："
                              "十月损失 {money}。先修的页面，是访客、差距和价格乘起来钱最多的那个，而不是转化率最低的那个。"
                              "{fairer}",
                              "{top}'s page converted {rate:pct2} against the shop's {shop:pct2}, on {visitors:,d} "
                              "visitors at a 客单价 of {order_value}: {money} in October. The page to fix first is "
                              "where visitors, the gap and the price multiply to the most money, not the lowest "
                              "rate. {fairer}"),
        "6.3.hint": ('october_pages = sa.designers.page_conversion(product_days, start="2026-10-01", end="2026-10-31")；'
                     '第一行的损失最多：october_pages["product_name"].iloc[0]',
                     'october_pages = sa.designers.page_conversion(product_days, start="2026-10-01", '
                     'end="2026-10-31"); its first row has the most money at stake: '
                     'october_pages["product_name"].iloc[0]'),
        # --- 6.4 on time, counted right
        "6.4.title": ("按时交付率，算对", "On time, counted right"),
        "6.4.trap.delivered": ("这是 准时 / 已交付（{on_time} / {delivered}）：漏掉了 {open_late} 个过了截止日期还没交的任务，"
                               "过期没交的也算迟交",
                               "that is on time over delivered ({on_time} of {delivered}): it leaves out the "
                               "{open_late} task still open past its due date, which is late too"),
        "6.4.trap.delivered.hint": ("准时 / (准时 + 迟交)，过了截止日期还没交的算迟交",
                                    "on time / (on time + late), with open tasks past due counted late"),
        "6.4.trap.late": ("这是迟交的比例（{late} / {due}）{also}；准时率是 准时 / (准时 + 迟交)，{on_time} / {due}",
                          "that is the share late ({late} of {due}){also}; the on-time rate is on time / (on time + "
                          "late), {on_time} of {due}"),
        "6.4.trap.late.also": ("，在这里它恰好也等于已交付的比例（{delivered} / {tasks}）",
                               ", which here is also the share delivered ({delivered} of {tasks})"),
        "6.4.trap.column.hint": ('取 "on_time_rate" 这一列', 'take the "on_time_rate" column'),
        "6.4.trap.delivered_share": ("这是已交付的比例（{delivered} / {tasks}），不管准不准时",
                                     "that is the share delivered ({delivered} of {tasks}), on time or not"),
        "6.4.trap.asset": ("这只是{designer}在{asset}上的准时率", "that is {designer}'s rate on {asset} only"),
        "6.4.trap.asset.hint": ('传 by="designer"', 'pass by="designer"'),
        "6.4.trap.team": ("这是整个团队的准时率", "that is the whole team's rate"),
        "6.4.trap.team.hint": ('取 "{designer}" 这一行', 'take the row of "{designer}"'),
        "6.4.trap.september": ("这是{designer} {previous} 的准时率", "that is {designer}'s rate for {previous}"),
        "6.4.trap.september.hint": ('传 start="2026-10-01", end="2026-10-31"', 'pass start="2026-10-01", '
                                                                             'end="2026-10-31"'),
        "6.4.why": ("{designer}十月到期的 {due} 个任务里，准时交了 {on_time} 个（迟交 {late} 个，其中 {open_late} 个还没交）。"
                    "交付是美工的工作里完全由自己掌控的部分，所以它是一张公平的记分卡的第一行，也是下次大促前要谈的那一行。",
                    "{designer} delivered {on_time} of {due} tasks due in October on time ({late} late, {open_late} "
                    "of them still open). Delivery is the part of a designer's work they control fully, so it is the "
                    "first line of a fair scorecard, and the one to talk about before the next promo."),
        "6.4.hint": ('sa.designers.summarize_delivery(tasks, start="2026-10-01", end="2026-10-31", by="designer")，'
                     '再取 {designer} 那一行的 "on_time_rate"',
                     'sa.designers.summarize_delivery(tasks, start="2026-10-01", end="2026-10-31", by="designer"), '
                     'then the "on_time_rate" of the row of {designer}'),
    },
)
