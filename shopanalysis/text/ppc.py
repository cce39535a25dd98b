"""直通车 keyword pruning (:mod:`shopanalysis.ppc`): decisions, reasons, takeaways, the report's words.

The decision names are the operator's (加词, 提价, 降价, 删除, 观察, 换图, 保持); the
columns follow the 直通车 reports (展现量, 点击量, 花费, 投入产出比); the money a
decision acts on is 涉及金额 everywhere.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "ppc",
    {
        # --- small pieces the sentences are built from --------------------------------
        "base.bid": ("当前出价", "the bid"),
        "base.cpc": ("平均点击花费（报表里没有出价）", "the CPC (no bid in the report)"),
        "formula": ("{conv:pct2} × {value:yuan} / {target:g} = ¥{bid:.2f}",
                    "{conv:pct2} × {value:yuan} / {target:g} = ¥{bid:.2f}"),
        "burner": ("{keyword} {cost:yuan}", "{keyword} {cost:yuan}"),
        "sep": ("、", ", "),  # between the items of a list of keywords

        # --- notes and errors -------------------------------------------------------
        "note.covers": ("关键词报表的数据从 {first:date} 到 {last:date}", "the keyword report covers {first:date} to {last:date}"),
        "note.covers_nothing": ("关键词报表里没有带日期的行", "the keyword report has no dated rows"),
        "note.no_rows_day": ("{day:date} 没有直通车数据，按零花费计；{covers}", "no PPC rows on {day:date}: zero spend; {covers}"),
        "note.no_rows_window": ("所选时间段内没有直通车数据；{covers}", "no PPC rows in the window; {covers}"),
        "note.no_impressions": ("所选时间段内没有关键词有展现", "no keyword had impressions in the window"),
        "err.ran_out_at": ("ran_out_at 是日限额的比例，应在 0 到 1 之间（例如 0.98），收到 {value!r}",
                           "ran_out_at is a share of the daily budget in (0, 1], e.g. 0.98; got {value!r}"),
        "err.window": ("时间段的结束日 {end:date} 早于开始日 {start:date}",
                       "the window ends ({end:date}) before it starts ({start:date})"),
        "err.days": ("days 是时间段的天数，至少为 1，收到 {value!r}", "days is the window's length, 1 or more; got {value!r}"),
        "err.campaign": ("时间段内没有计划「{unknown}」；现有计划：{have}", "no campaign {unknown} in the window; it has {have}"),
        "err.level": ("level 是置信度，应在 0 到 1 之间（例如 0.95），收到 {value!r}",
                      "level is a confidence in (0, 1), e.g. 0.95; got {value!r}"),
        "err.prior_orders": ("prior_orders（先验相当于几笔成交）必须大于 0，收到 {value!r}",
                             "prior_orders must be above 0 (how many orders the prior is worth); got {value!r}"),
        "err.orders": ("成交笔数必须在 0 和点击量之间", "orders must be between 0 and the clicks"),
        "err.margin": ("margin 是毛利率（占售价的比例），应在 0 到 1 之间（例如 0.45），收到 {value!r}",
                       "margin is the gross margin as a fraction of the price in (0, 1], e.g. 0.45; got {value!r}"),
        "err.margin_needed": ("计算保本 ROI 需要毛利率：请传入 margin=（例如 0.45）或 products=（含售价和成本的商品表）",
                              "the break-even ROI needs the gross margin: pass margin= (e.g. 0.45) or products= "
                              "(the products table with price and unit_cost)"),
        "err.no_costs": ("商品表里没有同时有售价和成本的商品，请改传 margin=",
                         "the products table has no product with both price and unit_cost; pass margin= instead"),
        "err.target_roi": ("target_roi（目标 ROI，每元花费带来的成交金额）必须大于 0，例如 3.0；收到 {value!r}",
                           "target_roi must be above 0 (GMV per yuan of spend, e.g. 3.0); got {value!r}"),
        "err.min_clicks": ("min_clicks 不能小于 0，收到 {value!r}", "min_clicks must be 0 or more; got {value!r}"),
        "err.max_step": ("max_step 是每次调价的最大幅度，应在 0 到 1 之间（例如 0.2），收到 {value!r}",
                         "max_step is the largest bid change as a fraction in (0, 1), e.g. 0.2; got {value!r}"),
        "err.bid_limits": ("出价范围需要 0 < min_bid <= max_bid，收到 min_bid={low!r}、max_bid={high!r}",
                           "bid limits need 0 < min_bid <= max_bid; got min_bid={low!r}, max_bid={high!r}"),
        "err.ctr_floor": ("ctr_floor 是同计划点击率的比例，应在 0 到 1 之间（例如 0.5），收到 {value!r}",
                          "ctr_floor is a share of the campaign's CTR in (0, 1], e.g. 0.5; got {value!r}"),

        # --- the reason behind each keyword's decision ----------------------------------
        "reason.delete": (
            "{clicks:int} 次点击、{orders:int} 笔成交，花费 {cost:yuan}。即使按数据允许的最高转化率"
            "（{conv_high:pct2}，{level:pct0} 上限）算，ROI 也只有 {roi_high:.2f}，低于保本 ROI {break_even:.2f}"
            "（毛利率 {margin:pct0}）。按同计划 {campaign_conv:pct2} 的点击转化率，这些点击本该带来 {expected:.1f} 笔成交。",
            "{clicks:int} {clicks:click|clicks}, {orders:int} {orders:order|orders}, {cost:yuan} spent: even at the best "
            "conversion the data allows ({conv_high:pct2}, {level:pct0} upper bound) the ROI would be {roi_high:.2f}, "
            "below break-even {break_even:.2f} (margin {margin:pct0}). At its campaign's {campaign_conv:pct2} these "
            "clicks should have brought {expected:.1f} orders."),
        "reason.delete.floor": (
            "{clicks:int} 次点击、{orders:int} 笔成交，花费 {cost:yuan}，ROI {roi:.2f}，低于保本 ROI {break_even:.2f}。"
            "降价能提高 ROI，但保本出价 = 转化率 {conv_est:pct2} × 客单价 {value:yuan} × 毛利率 {margin:pct0} = "
            "¥{be_bid:.2f}，低于出价下限 ¥{min_bid:.2f}：出价范围内怎么调都保不了本。",
            "{clicks:int} {clicks:click|clicks}, {orders:int} {orders:order|orders}, {cost:yuan} spent, ROI {roi:.2f}: "
            "below break-even {break_even:.2f}. A lower bid raises the ROI, but the break-even bid = conversion "
            "{conv_est:pct2} × order value {value:yuan} × margin {margin:pct0} = ¥{be_bid:.2f} is below the lower "
            "limit ¥{min_bid:.2f}: no bid within the limits breaks even."),
        "reason.change_image": (
            "点击率 {ctr:pct2}（展现量 {impressions:num}），不到同计划其他关键词 {campaign_ctr:pct2} 的 {floor:pct0}"
            "（{level:pct0} 上限 {ctr_high:pct2}）：买家看到了广告却不点。问题在创意（主图、标题），不在出价："
            "提价只会买来更多没人点的展现。目前 ROI {roi:.2f}。",
            "CTR {ctr:pct2} on {impressions:num} impressions, under {floor:pct0} of the rest of its campaign's "
            "{campaign_ctr:pct2} ({level:pct0} upper bound {ctr_high:pct2}): shoppers see the ad and pass it by. That "
            "is a creative problem (main image, title), not a bid problem: a higher bid only buys more ignored "
            "impressions. ROI so far {roi:.2f}."),
        "reason.observe.no_clicks": ("还没有点击（展现量 {impressions:num}），暂时没有可判断的数据。",
                                     "No clicks yet ({impressions:num} impressions): nothing to judge."),
        "reason.observe.no_orders": (
            "只有 {clicks:int} 次点击、{orders:int} 笔成交，不到判断所需的 {min_clicks:int} 次点击。按同计划 "
            "{campaign_conv:pct2} 的点击转化率，本来也只该有 {expected:.1f} 笔成交，所以零成交说明不了什么："
            "{clicks:int} 次点击没有成交，只能说明转化率低于约 3/{clicks} = {rule:pct}。",
            "Only {clicks:int} {clicks:click|clicks} and {orders:int} {orders:order|orders}, fewer than the "
            "{min_clicks:int} clicks needed to judge. At its campaign's {campaign_conv:pct2} that is {expected:.1f} "
            "orders to expect, so zero says little: zero orders in {clicks:int} clicks only says its conversion is "
            "below about 3/{clicks} = {rule:pct}."),
        "reason.observe.some_orders": (
            "只有 {clicks:int} 次点击、{orders:int} 笔成交，不到判断所需的 {min_clicks:int} 次点击。按同计划 "
            "{campaign_conv:pct2} 的点击转化率，本该有 {expected:.1f} 笔成交，所以 {orders:int} 笔说明不了什么："
            "数据允许的转化率在 {conv_low:pct2} 到 {conv_high:pct2} 之间。",
            "Only {clicks:int} {clicks:click|clicks} and {orders:int} {orders:order|orders}, fewer than the "
            "{min_clicks:int} clicks needed to judge. At its campaign's {campaign_conv:pct2} that is {expected:.1f} "
            "orders to expect, so {orders:int} says little: the data allows a conversion anywhere from "
            "{conv_low:pct2} to {conv_high:pct2}."),
        "reason.raise_bid": (
            "{clicks:int} 次点击、{orders:int} 笔成交，ROI {roi:.2f}；即使取低端（{level:pct0} 下限 {roi_low:.2f}）"
            "也高于目标 {target:g}。满足目标的最高出价 = 转化率 × 客单价 / 目标 ROI = {formula}；"
            "{base_name} ¥{base:.2f} → ¥{suggested:.2f}（每次最多调 {step:pct0}）。",
            "ROI {roi:.2f} on {clicks:int} {clicks:click|clicks} and {orders:int} {orders:order|orders}; even the "
            "low end ({roi_low:.2f}, {level:pct0} lower bound) beats the target {target:g}. The highest bid that meets "
            "the target is conversion × order value / target ROI = {formula}; raise {base_name} ¥{base:.2f} → "
            "¥{suggested:.2f} (at most {step:pct0} a step)."),
        "reason.lower_bid": (
            "{clicks:int} 次点击、{orders:int} 笔成交，ROI {roi:.2f}（估计 {roi_est:.2f}），低于目标 {target:g}，"
            "但还不能确定低于保本 ROI {break_even:.2f}。满足目标的出价 = {formula}；"
            "保本出价约 ¥{be_bid:.2f}；{base_name} ¥{base:.2f} → ¥{suggested:.2f}（每次最多调 {step:pct0}）。",
            "ROI {roi:.2f} on {clicks:int} {clicks:click|clicks} and {orders:int} {orders:order|orders} (estimated "
            "{roi_est:.2f}): below the target {target:g}, though not surely below break-even {break_even:.2f}. The bid "
            "that meets the target is {formula}, break-even at about ¥{be_bid:.2f}; lower {base_name} ¥{base:.2f} → "
            "¥{suggested:.2f} (at most {step:pct0} a step)."),
        "reason.lower_bid.loss": (
            "{clicks:int} 次点击、{orders:int} 笔成交，ROI {roi:.2f}（估计 {roi_est:.2f}），低于保本 ROI "
            "{break_even:.2f}：按现在的出价在亏钱。但它能成交，ROI 随出价变化：保本出价约 ¥{be_bid:.2f}，"
            "满足目标的出价 = {formula}。先降价而不是删除：{base_name} ¥{base:.2f} → ¥{suggested:.2f}"
            "（每次最多调 {step:pct0}）。",
            "ROI {roi:.2f} on {clicks:int} {clicks:click|clicks} and {orders:int} {orders:order|orders} (estimated "
            "{roi_est:.2f}): below break-even {break_even:.2f}, so it loses money at this bid. But it converts, and "
            "the ROI moves with the bid: it breaks even at about ¥{be_bid:.2f} and meets the target at {formula}. "
            "Lower the bid rather than delete it: {base_name} ¥{base:.2f} → ¥{suggested:.2f} (at most {step:pct0} a "
            "step)."),
        "reason.keep.no_room": (
            "ROI 明显高于目标 {target:g}（{level:pct0} 下限 {roi_low:.2f}），但按公式（{formula}）并限定在出价范围 "
            "¥{min_bid:.2f}–¥{max_bid:.2f} 内，出价已不能高于{base_name} ¥{base:.2f}：保持。",
            "ROI clearly above the target {target:g} ({level:pct0} lower bound {roi_low:.2f}), but the formula "
            "({formula}) within the limits ¥{min_bid:.2f}-¥{max_bid:.2f} leaves no room above {base_name} "
            "¥{base:.2f}: leave it."),
        "reason.keep.at_floor": (
            "ROI 估计 {roi_est:.2f}，低于目标 {target:g}，但{base_name} ¥{base:.2f} 已到出价下限"
            "（范围 ¥{min_bid:.2f}–¥{max_bid:.2f}）：先保持，下次再看。",
            "ROI estimated {roi_est:.2f}, below the target {target:g}, but {base_name} ¥{base:.2f} is already at the "
            "lower limit (limits ¥{min_bid:.2f}-¥{max_bid:.2f}): leave it and look again."),
        "reason.keep.on_target": (
            "{clicks:int} 次点击、{orders:int} 笔成交，ROI {roi:.2f}（估计 {roi_est:.2f}）达到目标 {target:g}，"
            "但还没有把握到可以提价（{level:pct0} 下限 {roi_low:.2f}）。",
            "ROI {roi:.2f} on {clicks:int} {clicks:click|clicks} and {orders:int} {orders:order|orders} (estimated "
            "{roi_est:.2f}) meets the target {target:g}, but not clearly enough to raise the bid ({level:pct0} lower "
            "bound {roi_low:.2f})."),
        "reason.add": (
            "这个搜索词经由关键词「{matched}」在 {clicks:int} 次点击里成交 {orders:int} 笔，ROI {roi:.2f}"
            "（估计 {roi_est:.2f}），达到目标 {target:g}，但还不是关键词。起始出价 = 转化率 × 客单价 / 目标 ROI = "
            "{formula}，{start}。",
            "The search term brought {orders:int} {orders:order|orders} on {clicks:int} {clicks:click|clicks}, ROI "
            "{roi:.2f} (estimated {roi_est:.2f}) against the target {target:g}, through the keyword {matched}, and is "
            "not a keyword yet. The bid that meets the target is conversion × order value / target ROI = {formula}; "
            "{start}."),
        "reason.add.start": ("取 ¥{suggested:.2f}", "start at ¥{suggested:.2f}"),
        "reason.add.start_capped": ("不超过「{matched}」的出价 ¥{matched_bid:.2f} 加 {step:pct0}，取 ¥{suggested:.2f}",
                                    "start one step ({step:pct0}) above {matched}'s ¥{matched_bid:.2f}: "
                                    "¥{suggested:.2f}"),

        # --- takeaways --------------------------------------------------------------
        "take.nothing": ("没有需要决定的：{note}。", "Nothing to decide: {note}."),
        "take.delete": (
            "删除 {n} 个关键词：共花费 {spend:yuan}，只带来 {gmv:yuan} 成交（ROI {roi:.2f}），"
            "出价范围内怎么调都保不了本。花费最多的：{names}。",
            "Delete {n} {n:keyword|keywords} that spent {spend:yuan} for {gmv:yuan} of sales (ROI {roi:.2f}); no bid "
            "within the limits makes them break even: {names}."),
        "take.delete.item": ("{keyword} {cost:yuan}", "{keyword} {cost:yuan}"),
        "take.raise": ("给 {n} 个关键词提价（共成交 {gmv:yuan}，ROI {roi:.2f}）：{names}。",
                       "Raise the bid on {n} {n:keyword|keywords} that sold {gmv:yuan} at ROI {roi:.2f}: {names}."),
        "take.raise.item": ("{keyword}（ROI {roi:.2f}，¥{bid:.2f} → ¥{suggested:.2f}）",
                            "{keyword} (ROI {roi:.2f}, ¥{bid:.2f} → ¥{suggested:.2f})"),
        "take.lower": ("给 {n} 个低于目标 ROI 的关键词降价（共花费 {spend:yuan}，ROI {roi:.2f}）：{names}。",
                       "Lower the bid on {n} {n:keyword|keywords} below the target ROI, which spent {spend:yuan} at ROI "
                       "{roi:.2f}: {names}."),
        "take.lower.item": ("{keyword}（¥{bid:.2f} → ¥{suggested:.2f}）", "{keyword} (¥{bid:.2f} → ¥{suggested:.2f})"),
        "take.image": ("{n} 个关键词有展现却很少被点击，该换主图或改标题，而不是调出价：{names}。",
                       "{n} {n:keyword is|keywords are} shown but rarely clicked: change the main image or title, not "
                       "the bid: {names}."),
        "take.image.item": ("{keyword}（点击率 {ctr:pct2}，同计划 {campaign_ctr:pct2}）",
                            "{keyword} (CTR {ctr:pct2} vs {campaign_ctr:pct2})"),
        "take.observe": ("{n} 个关键词点击太少，还不能判断，共花费 {spend:yuan}（占总花费 {share:pct0}）：继续观察。",
                         "{n} {n:keyword has|keywords have} too few clicks to judge yet; together they spent "
                         "{spend:yuan} ({share:pct0} of the spend): observe."),
        "take.add": ("把 {n} 个搜索词加为关键词：{names}。", "Add {n} search {n:term|terms} as keywords: {names}."),
        "take.add.item": ("{term}（{clicks:int} 次点击，ROI {roi:.2f}，起价 ¥{bid:.2f}）",
                          "{term} (ROI {roi:.2f} on {clicks:int} clicks, start at ¥{bid:.2f})"),
        "take.ran_out": (
            "「{campaign}」{active} 天里有 {days} 天预算用完（日限额 {budget:yuan}）：这些天广告提前下线，"
            "很可能错过了晚上 8 到 10 点的购物高峰。{move}",
            "{campaign} ran out of budget on {days} of {active} {active:day|days} (daily budget {budget:yuan}): on "
            "those days its ads stopped early, likely missing the evening peak (20-22 h). {move}"),
        "take.ran_out.freed": ("删掉它的烧钱词，每天能腾出 {freed:yuan} 给更好的关键词。",
                               "Deleting its money-burners frees {freed:yuan} a day for better keywords."),
        "take.ran_out.raise": ("如果 ROI 达标，可以提高日限额。", "Raise its limit if its ROI is on target."),
        "take.all_keep": ("全部 {n} 个关键词都达标：保持。", "All {n} {n:keyword is|keywords are} on target: keep."),

        # --- the rules in words (the report's method) ---------------------------------
        "rule.target": ("目标 ROI {target:g}：每花 1 元，要带回 {target:g} 元成交。",
                        "Target ROI {target:g}: each yuan of spend should bring back {target:g} yuan of sales."),
        "rule.margin.given": ("毛利率统一按 {margin:pct0} 计，保本 ROI 为 {break_even:.2f}。",
                              "Gross margin {margin:pct0} for every keyword, so break-even is ROI {break_even:.2f}."),
        "rule.margin.products": ("毛利率按每个关键词推广的商品的售价和成本计算（没有成本的商品按全店平均），保本 ROI = 1 / 毛利率。",
                                 "Gross margin from the price and unit cost of the product each keyword promotes (the "
                                 "shop's average where a product has no cost); break-even ROI = 1 / margin."),
        "rule.min_clicks": ("点击少于 {n:int} 次的关键词只观察，不删除也不调价。",
                            "Keywords with fewer than {n:int} clicks are only observed: not deleted, not re-bid."),
        "rule.ctr": ("展现量达到 {impressions:int} 次后，如果点击率（取 {level:pct0} 上限）仍不到同计划点击率的 {floor:pct0}，判为换图。",
                     "From {impressions:int} impressions, a CTR whose {level:pct0} upper bound is under {floor:pct0} of "
                     "the campaign's means change the image."),
        "rule.delete": ("只删除出价范围内怎么调都保不了本的关键词：点击够多却没有成交，或者保本出价"
                        "（转化率 × 客单价 × 毛利率）低于出价下限 ¥{low:.2f}。有成交但太贵的关键词降价，不删除："
                        "ROI 随出价变化。",
                        "Only keywords that no bid within the limits can make break even are deleted: enough clicks "
                        "without an order, or a break-even bid (conversion × order value × margin) below the lower "
                        "limit ¥{low:.2f}. A keyword that sells, but too dearly, gets a lower bid, not deletion: "
                        "the ROI moves with the bid."),
        "rule.step": ("出价每次最多调 {step:pct0}，建议出价限定在 ¥{low:.2f}–¥{high:.2f}。",
                      "Bids move at most {step:pct0} at a time, within ¥{low:.2f}-¥{high:.2f}."),
        "rule.level": ("上下限的置信度为 {level:pct0}；起点是同计划的点击转化率，分量相当于 {prior:g} 笔成交。",
                       "Bounds at {level:pct0} confidence; the starting guess is the campaign's click conversion, "
                       "worth {prior:g} {prior:order|orders}."),
        "rule.min_orders": ("搜索词至少成交 {n:int} 笔、且 ROI 达到目标，才建议加词。",
                            "A search term needs at least {n:int} {n:order|orders} and the target ROI to be added."),
        "rule.ran_out": ("一天的花费达到日限额的 {share:pct0}，就算预算用完。",
                         "A day whose spend reaches {share:pct0} of the daily budget counts as ran out."),

        # --- the report's headings, charts and notes -------------------------------------
        "report.title": ("{shop} · {ads}关键词优化 {first:date} 至 {last:date}",
                         "{shop} · {ads} keyword pruning {first:date} to {last:date}"),
        "report.title_campaign": ("{shop} · {ads}关键词优化 {first:date} 至 {last:date}（{campaign}）",
                                  "{shop} · {ads} keyword pruning {first:date} to {last:date} ({campaign})"),
        "kpi.spend_note": ("{days} 天 · {keywords:int} 个关键词",
                           "{days} {days:day|days} · {keywords:int} {keywords:keyword|keywords}"),
        "kpi.gmv_note": ("{orders:int} 笔 · 点击转化率 {conv:pct2}", "{orders:int} orders · click conversion {conv:pct2}"),
        "kpi.roi_note": ("目标 {target:g}", "target {target:g}"),
        "kpi.actions": ("今天要处理", "To act on today"),
        "kpi.actions_value": ("{n} 项", "{n} {n:action|actions}"),
        "kpi.actions_part": ("{decision} {n}", "{decision} {n}"),
        "kpi.inquiry_cost": ("一次咨询的成本", "Cost of one inquiry"),
        "kpi.conversion_hint": ("点击 → 成交", "click → order"),
        "kpi.inquiry_hint": ("客服，按人计", "customer service, by buyer"),
        "kpi.inquiry_cost_hint": ("平均点击花费 / 点击转化率 × 询单转化率", "CPC / click conversion × inquiry conversion"),
        "takeaways": ("要点", "Takeaways"),
        "stake.gmv": ("{decision}（成交）", "{decision} (sales)"),
        "stake.spend": ("{decision}（花费）", "{decision} (spend)"),
        "chart.stake": ("每种操作涉及的金额", "Money at stake per decision"),
        "chart.stake_axis": ("金额", "Amount"),
        "chart.budget": ("每日预算使用率", "Daily budget used"),
        "chart.budget_axis": ("花费 / 日限额", "Spend / daily budget"),
        "chart.ran_out": ("预算用完线（日限额的 {share:pct0}）", "Budget ran out ({share:pct0} of the limit)"),
        "reasons.title": ("最大几项操作的原因", "Why, for the biggest actions"),
        "reasons.item": ("{decision}「{keyword}」（{campaign}）：{reason}", "{decision} {keyword} ({campaign}): {reason}"),
        "no_terms": ("这段时间没有搜索词符合加词条件。", "No search term qualifies in this window."),
        "sheet.name": ("关键词操作", "decisions"),
        "sheet.rows": ("操作表共 {n:int} 行，每个关键词和搜索词一行，最急的在前。",
                       "The sheet has {n:int} {n:row|rows}, one per keyword and search term, most urgent first."),
        "sheet.written": ("已导出 CSV 和 Excel 两份，与本报告放在同一文件夹，可直接用 Excel 或 WPS 打开。",
                          "Written as a CSV and an Excel file next to this report; both open in Excel or WPS."),
        "sheet.not_written": ("这次没有导出文件（没有指定导出文件夹）。", "No files written this time (no export folder was given)."),
        "bounds.clicks": ("点击量（零成交）", "Clicks (no order)"),
        "bounds.expected": ("按平均转化率应有成交", "Orders expected at the average"),
        "bounds.rule": ("3 / 点击量", "3 / clicks"),
        "bounds.flat": ("转化率上限", "Conversion high bound"),
        "bounds.prior": ("转化率上限（以计划为起点）", "High bound (from the campaign)"),
        "explore.target": ("目标ROI", "Target ROI"),
        "method.settings": ("本报告的设置", "The settings of this report"),
    },
    labels={
        "decision": ("操作", "Decision"),
        "current_bid": ("当前出价", "Current bid"),
        "suggested_bid": ("建议出价", "Suggested bid"),
        "target_bid": ("目标出价", "Target bid"),
        "matched_bid": ("匹配关键词出价", "Matched keyword's bid"),
        "campaign_ctr": ("同计划点击率", "Campaign CTR"),
        "campaign_conversion": ("同计划点击转化率", "Campaign click conversion"),
        "campaign_order_value": ("同计划客单价", "Campaign order value"),
        "order_value": ("客单价", "Order value"),
        "conversion_low": ("转化率下限", "Conversion low"),
        "conversion_est": ("转化率估计", "Conversion est."),
        "conversion_high": ("转化率上限", "Conversion high"),
        "ctr_high": ("点击率上限", "CTR high"),
        "roi_low": ("ROI下限", "ROI low"),
        "roi_est": ("ROI估计", "ROI est."),
        "roi_high": ("ROI上限", "ROI high"),
        "margin": ("毛利率", "Gross margin"),
        "break_even_roi": ("保本ROI", "Break-even ROI"),
        "break_even_bid": ("保本出价", "Break-even bid"),
        "keywords": ("关键词数", "Keywords"),
        "spend": ("花费", "Spend"),
        "at_stake": ("涉及", "At stake"),
        "active_days": ("投放天数", "Days live"),
        "budget": ("预算", "Budget"),
        "budget_used": ("预算使用率", "Budget used"),
        "ran_out": ("预算用完", "Ran out"),
        "days_ran_out": ("预算用完天数", "Days ran out"),
        "ran_out_share": ("用完天数占比", "Share of days ran out"),
        "avg_daily_spend": ("日均花费", "Avg. daily spend"),
        "last_ran_out": ("最近一次用完", "Last ran out"),
        "burners": ("花钱没成交的关键词", "Keywords spending without orders"),
    },
    values={
        "decision": {
            "add": ("加词", "Add keyword"),
            "raise_bid": ("提价", "Raise bid"),
            "lower_bid": ("降价", "Lower bid"),
            "delete": ("删除", "Delete"),
            "observe": ("观察", "Observe"),
            "change_image": ("换图", "Change image"),
            "keep": ("保持", "Keep"),
        },
        "at_stake": {"gmv": ("成交金额", "Sales"), "spend": ("花费", "Spend")},
    },
)
