"""What lesson 05's checkers say (:mod:`shopanalysis.course.lesson05`, 直通车 keywords), Chinese first.

The English keeps 直通车's own names (总成交金额, 花费, 点击转化率, 删除/降价/提价/观察): a "bilingual." key.

Lesson 05 shows several click conversions that differ (the campaign's, the rest of the
campaign's that a keyword's numbers are compared with, the whole account's); where a
message quotes one as a trap, it says which one it is.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "lesson05",
    {
        # --- 5.1 the ROI of a campaign in October
        "5.1.title": ("一个计划十月的 ROI", "The ROI of a campaign in October"),
        "bilingual.5.1.why": ("ROI {roi:.2f}：{campaign} 十月花的每一元，换回 {roi:.2f} 元的成交（花费 {cost}，成交 {gmv}）。"
                              "这是成交额，不是利润：按它的商品毛利，保本 ROI 是 {be_low:.2f}-{be_high:.2f}，"
                              "所以这个计划略有盈利，但低于店铺的目标 {target:g}（{best} 是 {best_roi:.2f}）。"
                              "钱亏在哪里，要看它的关键词。",
                              "ROI {roi:.2f}: each yuan {campaign} spent in October came back as ¥{roi:.2f} of sales "
                              "({gmv} for {cost}). Sales, not profit: with its products' margins it breaks even at "
                              "ROI {be_low:.2f}-{be_high:.2f}, so the campaign earns a little, below the shop's "
                              "target of {target:g} ({best} made {best_roi:.2f}). Where the money is lost is a "
                              "question for its keywords."),
        "5.1.hint": ('先选出这个计划十月的行：dresses = october[october["campaign"] == "{campaign}"]，'
                     "再把它们一次传给 sa.metrics.roi(dresses)",
                     'select October\'s rows of the campaign, dresses = october[october["campaign"] == '
                     '"{campaign}"], then call sa.metrics.roi(dresses) on all of them at once'),
        "bilingual.5.1.trap.daily": ("这是这个计划 {days} 个每日 ROI 的平均值。一个月的 ROI 是整月的总成交金额除以整月的花费"
                                     "（总和之比）：花得少的一天，分量也该小",
                                     "that is the mean of the {days} daily ROIs of the campaign. A month's ROI is the "
                                     "month's 总成交金额 over the month's 花费 (a ratio of sums): a day that spent "
                                     "little should weigh little"),
        "5.1.trap.daily.hint": ("把所有行一次传给 sa.metrics.roi(...)", "call sa.metrics.roi(...) on all the rows at "
                                                                     "once"),
        "bilingual.5.1.trap.upside_down": ("这是 花费 / 总成交金额，倒过来了：每一元成交花了多少钱。ROI 是 总成交金额 / 花费",
                                           "that is 花费 / 总成交金额, upside down: spend per yuan of sales. ROI is "
                                           "总成交金额 / 花费"),
        "5.1.trap.upside_down.hint": ("sa.metrics.roi 的除法方向是对的", "sa.metrics.roi divides the right way round"),
        "5.1.trap.september": ("这是这个计划九月的 ROI", "that is the campaign's ROI in September"),
        "5.1.trap.september.hint": ("选出 2026-10 的行", "select the rows of 2026-10"),
        "5.1.trap.account": ("这是所有计划合起来的 ROI", "that is the ROI of every campaign together"),
        "5.1.trap.account.hint": ('只保留 campaign 是 "{campaign}" 的行', 'keep only the rows whose campaign is '
                                                                       '"{campaign}"'),
        "bilingual.5.1.trap.click_conversion": ("这是这个计划的点击转化率（成交笔数 / 点击量），不是它的 ROI",
                                                "that is the campaign's 点击转化率 (orders / clicks), not its ROI"),
        "5.1.trap.click_conversion.hint": ("用 sa.metrics.roi", "use sa.metrics.roi"),
        "5.1.trap.times_100": ("这是 ROI 乘以 100。ROI 是一个普通的比值，每一元花费换回多少元成交（{roi:.2f}），不是百分数",
                               "that is the ROI times 100. ROI is a plain ratio, yuan of sales per yuan of spend "
                               "({roi:.2f}), not a percentage"),
        "5.1.trap.times_100.hint": ("直接用 sa.metrics.roi 返回的数", "give the number sa.metrics.roi returns as it is"),
        # --- 5.2 zero orders in 20 clicks
        "5.2.title": ("20 次点击零成交", "Zero orders in 20 clicks"),
        "5.2.why": ("数据仍然允许这个词的转化率高到 {high:pct2}，是整个计划十月点击转化率 {rate:pct2} 的 {times:.1f} 倍。按整个计划的转化率，"
                    "{clicks} 次点击只该带来 {orders:.2f} 笔成交，一个完全正常的关键词有 {none:pct0} 的时候一笔都没有："
                    "{clicks} 次点击 0 成交，还说明不了什么。先留着，等它有几百次点击再看。",
                    "the data still allows a conversion of up to {high:pct2}, {times:.1f} times the campaign's "
                    "{rate:pct2} (the click conversion of the whole campaign in October). At the campaign's "
                    "rate, {clicks} clicks bring {orders:.2f} orders, and a perfectly ordinary keyword gets none "
                    "{none:pct0} of the time: zero orders in {clicks} clicks says nothing yet. Keep it, and look "
                    "again when it has a few hundred clicks."),
        "5.2.hint": ('rate = sa.metrics.click_conversion(october[october["campaign"] == "{campaign}"])；low, estimate, '
                     "high = sa.ppc.conversion_bounds(0, {clicks}, prior_rate=rate)；答案是 high",
                     'rate = sa.metrics.click_conversion(october[october["campaign"] == "{campaign}"]); low, '
                     "estimate, high = sa.ppc.conversion_bounds(0, {clicks}, prior_rate=rate); the answer is high"),
        "5.2.trap.raw": ("这是原始转化率，0 笔成交 / {clicks} 次点击。它说这个词永远卖不出去，而 {clicks} 次点击证明不了这一点："
                         "这就是小样本会说的谎",
                         "that is the raw conversion, 0 orders / {clicks} clicks. It says the keyword never sells, "
                         "which {clicks} clicks cannot show: that is the lie a small sample tells"),
        "5.2.trap.raw.hint": ("取 sa.ppc.conversion_bounds 给出的上限", "take the high bound from "
                                                                     "sa.ppc.conversion_bounds"),
        "5.2.trap.estimate": ("这是估计值（中间那个数），被拉向了整个计划的转化率；练习要的是数据允许的最高转化率",
                              "that is the estimate (the middle number), pulled towards the campaign's rate; the "
                              "exercise asks for the highest conversion the data allows"),
        "5.2.trap.estimate.hint": ("取第三个数，也就是上限", "take the third number, the high bound"),
        "5.2.trap.low": ("这是下限（第一个数）；练习要的是上限", "that is the low bound (the first number); the exercise "
                                                          "asks for the high one"),
        "5.2.trap.low.hint": ("取第三个数", "take the third number"),
        "5.2.trap.flat": ("这是没有以计划的转化率作为起点算出的上限（平坦先验：没传 prior_rate，或者传的 prior_rate 不是小数，"
                          "比如把 {rate:.4f} 写成了 {percent:.2f}）",
                          "that is the bound without the campaign's conversion as the starting point (a flat prior: "
                          "no prior_rate, or a prior_rate that is not a fraction, such as {percent:.2f} for "
                          "{rate:.4f})"),
        "5.2.trap.flat.hint": ("传 prior_rate=rate，也就是函数原样返回的计划点击转化率",
                               "pass prior_rate=rate, the campaign's click conversion as the function returns it"),
        "5.2.trap.account": ("这是从所有计划合起来的转化率（{account:pct2}，整个账户的）出发算的；这个词在 {campaign} 里，"
                             "该从这个计划的 {rate:pct2} 出发",
                             "that starts from the conversion of every campaign together ({account:pct2}, the whole "
                             "account's); the keyword is in {campaign}, whose rate is {rate:pct2}"),
        "5.2.trap.account.hint": ("用 {campaign} 的行算转化率", "compute the rate on the rows of {campaign}"),
        # --- 5.3 and 5.4: the decisions on a keyword
        "bilingual.5.3.title": ("{keyword}：还没有成交", "{keyword}: no order yet"),
        "5.3.hint": ("把它的点击量和判断所需的 100 次比一比，再把它的 ROI 区间和保本 ROI 比一比",
                     "compare its clicks with the 100 needed to judge, and its ROI range with break-even"),
        "bilingual.5.4.title": ("{keyword}：低于目标", "{keyword}: below target"),
        "5.4.hint": ("把它的 ROI 放到保本（1 / 毛利率）和目标 3 之间看", "place its ROI between break-even (1 / margin) "
                                                              "and the target of 3"),
        "seen": ("{clicks} 次点击，{orders} 笔成交，花费 {cost}，ROI {roi:.2f}",
                 "{clicks} clicks, {orders} {orders:order|orders}, {cost} spent, ROI {roi:.2f}"),
        "interval": ("数据允许的 ROI 从 {low:.2f} 到 {high:.2f}", "the ROI the data allows runs from {low:.2f} to "
                                                             "{high:.2f}"),
        "bilingual.option.delete": ("删除：它花的比带来的多。", "删除 Delete it: it costs more than it brings."),
        "bilingual.option.lower_bid": ("降价：出价从 ¥{bid:.2f} 降一档。", "降价 Lower the bid a step, from ¥{bid:.2f}."),
        "bilingual.option.raise_bid": ("提价：出价从 ¥{bid:.2f} 提一档。", "提价 Raise the bid a step, from ¥{bid:.2f}."),
        "bilingual.option.observe": ("观察：先不动，一周后再看。", "观察 Observe: leave it as it is and look again in a "
                                                                 "week."),
        "few.delete": ("{seen}。按同计划其他关键词的点击转化率 {rate:pct2}，这些点击本该带来 {orders:.1f} 笔成交，而一个按这个转化率"
                       "成交的关键词有 {none:pct0} 的时候一笔都没有，所以 0 笔只是普通的运气；{interval}，"
                       "上限超过了保本 ROI {be:.2f}。现在删掉，就扔掉了一个数据还没判过的词。",
                       "{seen}. At the {rate:pct2} of the rest of its campaign (its other keywords) these clicks should "
                       "have brought {orders:.1f} orders, "
                       "and a keyword converting at that rate gets none {none:pct0} of the time, so zero is "
                       "ordinary luck; {interval}, up past break-even {be:.2f}. Deleting now throws away a keyword "
                       "the data has not judged."),
        "few.lower_bid": ("{seen}：点击太少，还说不了它的 ROI 低于目标（{interval}）。降价还会让它攒够判断所需点击的速度变慢。",
                          "{seen}: too few clicks to say its ROI is below target ({interval}). A lower bid would "
                          "also slow down the clicks it needs to be judged."),
        "few.raise_bid": ("{seen}：没有任何数据表明它挣得比目标多；{interval}，下限远低于目标 {target:g}。",
                          "{seen}: nothing shows it earns more than the target; {interval}, and the low end is far "
                          "below the target {target:g}."),
        "few.observe": ("{seen}。按同计划其他关键词的点击转化率 {rate:pct2}，这些点击只该带来 {orders:.1f} 笔成交，而一个按这个转化率"
                        "成交的关键词有 {none:pct0} 的时候一笔都没有：{interval}，从亏钱到超过目标都有可能。"
                        "不到 100 次点击就观察，等点击多了再判断。",
                        "{seen}. At the {rate:pct2} of the rest of its campaign (its other keywords) these clicks "
                        "should have brought only {orders:.1f} orders, and a keyword converting at that rate gets none {none:pct0} of the time: "
                        "{interval}, from a loss to above the target. Under 100 clicks, observe; judge it when the "
                        "clicks are many."),
        "many.delete": ("{seen}：高于保本 ROI（按 {margin:pct0} 的毛利是 {be:.2f}），所以每一元仍然带回比成本多的钱"
                        "（{interval}）。删掉会丢掉赚钱的成交。",
                        "{seen}: above break-even ({be:.2f} at its {margin:pct0} margin), so each yuan still brings "
                        "back more than its cost ({interval}). Deleting would drop profitable sales."),
        "bilingual.many.lower_bid": ("{seen}：高于保本 {be:.2f}，但低于目标 {target:g}（估计 {est:.2f}）。"
                                     "达到目标的出价是 转化率 × 客单价 / {target:g} = ¥{target_bid:.2f}；"
                                     "朝它降一档：¥{bid:.2f} → ¥{suggested:.2f}，然后再看。",
                                     "{seen}: above break-even {be:.2f} but below the target {target:g} (estimated "
                                     "{est:.2f}). The bid that meets the target is conversion × 客单价 / {target:g} "
                                     "= ¥{target_bid:.2f}; move towards it one step: ¥{bid:.2f} → "
                                     "¥{suggested:.2f}, then look again."),
        "many.raise_bid": ("{seen}：低于目标 {target:g}；提价只会买到更贵的点击，让 ROI 更低。",
                           "{seen}: below the target {target:g}; a higher bid buys dearer clicks and lowers the ROI "
                           "further."),
        "many.observe": ("{clicks} 次点击已经足够判断了（{orders} 笔成交，{interval}，估计 {est:.2f}）："
                         "再等，只会在一个达不到目标的出价上继续花钱。",
                         "{clicks} clicks are plenty to judge ({orders} orders, {interval}, estimate {est:.2f}): "
                         "waiting only spends more at a bid that misses the target."),
    },
)
