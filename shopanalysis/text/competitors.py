"""The competitor comparison's words (:mod:`shopanalysis.competitors` and its report).

Findings of what changed, suggestions, errors, the report's headings and headline
figures, the labels of the columns the comparison computes and of the enums it shows.
The DSR scores (描述相符, 服务态度, 物流服务) are columns of the data contract: their names
come from there (``vocab.label("dsr_service")``), and the ``dimension`` enum reuses them.
"""

from __future__ import annotations

from .._schema import TABLES
from . import Catalog
from .common import CONTRACT_EN

_DSR = ("dsr_description", "dsr_service", "dsr_shipping")
_SHOP_COLUMNS = {c.name: c for c in TABLES["competitor_shops"].columns}

T = Catalog(
    "competitors",
    {
        # --- errors --------------------------------------------------------------------
        "err.columns": ("{what} 需要 {table} 表的列 {missing}；数据里的列是 {columns}",
                        "{what} needs column(s) {missing} of {table}; the data has {columns}"),
        "err.no_snapshots": ("这张表里没有任何快照", "the table has no snapshots"),
        "err.snapshots": ("表里共有 {n} 个快照：{dates}", "the {n} {n:snapshot|snapshots} are {dates}"),
        "err.no_snapshot": ("{table} 里没有 {day:date} 当天或之前的快照；{dates}",
                            "no snapshot on or before {day:date} in {table}; {dates}"),
        "err.our_shop": ("our_shop 要填本店在 {table} 里的店铺名，一字不差；收到的是 {got}",
                         "our_shop must be our shop's name as it appears in {table}; got {got}"),
        "err.our_shop_missing": ("{table} 里没有本店 {shop}；表里的店铺有：{shops}",
                                 "our shop {shop} is not in {table}; the shops there are {shops}"),
        "err.our_shop_missing_at": ("{day:date} 的 {table} 里没有本店 {shop}；那天的店铺有：{shops}",
                                    "our shop {shop} is not in {table} at {day:date}; the shops there are {shops}"),
        "err.not_before": ("{what}：对比日 {since:date} 取到的快照（{before:date}）不早于报告日 {date:date} "
                           "取到的快照（{now:date}）；{dates}",
                           "{what}: the comparison snapshot ({before:date}, from {since:date}) is not before the "
                           "snapshot ({now:date}, from {date:date}); {dates}"),
        "err.unknown_shops": ("{table} 里没有店铺 {unknown}；表里的店铺有：{shops}",
                              "shop(s) {unknown} not in {table}; the shops there are {shops}"),
        "err.tiers": ("价格带 tiers 要写成由低到高的下限（元），例如 {example}；收到的是 {got}",
                      "tiers must be increasing lower edges in yuan, such as {example}; got {got}"),
        "err.rank_value": ("排名依据 value 只能是 'monthly_sales'（月销量）或 'sales_estimate'（销售额估算）；"
                           "收到的是 {got}",
                           "value must be 'monthly_sales' or 'sales_estimate' (an estimate); got {got}"),
        "err.no_dsr": ("{what} 需要 competitor_shops 里至少一项动态评分 {columns}；数据里的列是 {have}",
                       "{what} needs at least one of {columns} in competitor_shops; the data has {have}"),
        "err.threshold": ("threshold 是比本店价格便宜的比例，在 0 和 1 之间（0.10 即便宜 10%）；收到的是 {got}",
                          "threshold is a fraction of our price between 0 and 1 (0.10 = 10% cheaper); got {got}"),
        # --- names in frames -------------------------------------------------------------
        "group.all": ("全部", "All"),
        "tier.range": ("¥{low:g}-{high:g}", "¥{low:g}-{high:g}"),
        "tier.open": ("¥{low:g}以上", "¥{low:g}+"),
        "product": ("商品 {id}", "product {id}"),
        "ours": ("本店", "Our shop"),
        # --- what changed (find_changes) ---------------------------------------------------
        "change.rank_same": ("按月销量，本店在 {n} 家店中排第 {rank}（{sales:int} 件），与 {since:md} 持平。",
                             "We are no. {rank} of {n} shops by monthly sales ({sales:int} pieces), as on {since:md}."),
        "change.rank_up": ("按月销量，本店在 {n} 家店中排第 {rank}（{sales:int} 件），{since:md} 时排第 {before}，上升了。",
                           "We are no. {rank} of {n} shops by monthly sales ({sales:int} pieces), up from no. {before} "
                           "on {since:md}."),
        "change.rank_down": ("按月销量，本店在 {n} 家店中排第 {rank}（{sales:int} 件），{since:md} 时排第 {before}，下滑了。",
                             "We are no. {rank} of {n} shops by monthly sales ({sales:int} pieces), down from no. "
                             "{before} on {since:md}."),
        "change.rank_new": ("按月销量，本店在 {n} 家店中排第 {rank}（{sales:int} 件）；{since:md} 时还没有本店的数据。",
                            "We are no. {rank} of {n} shops by monthly sales ({sales:int} pieces); we were not tracked "
                            "on {since:md}."),
        "change.price_cut_one": ("{who}把「{title}」降价 {pct:pct}：{before:yuan} → {after:yuan}。",
                                 "{who} cut the price of {title} by {pct:pct}: {before:yuan} → {after:yuan}."),
        "change.price_raise_one": ("{who}把「{title}」提价 {pct:pct}：{before:yuan} → {after:yuan}。",
                                   "{who} raised the price of {title} by {pct:pct}: {before:yuan} → {after:yuan}."),
        "change.price_cut_many": ("{who} {total} 款商品中有 {n} 款降价（中位 {median:+pct}），降得最多的是"
                                  "「{title}」{before:yuan} → {after:yuan}。",
                                  "{who} cut prices on {n} of {total} products (median {median:+pct}); the largest: "
                                  "{title} {before:yuan} → {after:yuan}."),
        "change.price_raise_many": ("{who} {total} 款商品中有 {n} 款提价（中位 {median:+pct}），提得最多的是"
                                    "「{title}」{before:yuan} → {after:yuan}。",
                                    "{who} raised prices on {n} of {total} products (median {median:+pct}); the "
                                    "largest: {title} {before:yuan} → {after:yuan}."),
        "change.market_cut": ("{rivals} 家竞店中有 {shops} 家给 {broad:pct0} 以上的商品降价（中位 {median:+pct}，"
                              "各店在 {low:+pct} 到 {high:+pct} 之间）：这是全平台一起调价，例如大促，不是冲着本店来的。",
                              "{shops} of {rivals} rivals cut prices on {broad:pct0} or more of their products (median "
                              "{median:+pct}; by shop {low:+pct} to {high:+pct}): a market-wide move such as a "
                              "platform promotion, not one aimed at us."),
        "change.market_raise": ("{rivals} 家竞店中有 {shops} 家给 {broad:pct0} 以上的商品提价（中位 {median:+pct}，"
                                "各店在 {low:+pct} 到 {high:+pct} 之间）：这是全平台一起调价，例如大促结束，"
                                "不是冲着本店来的。",
                                "{shops} of {rivals} rivals raised prices on {broad:pct0} or more of their products "
                                "(median {median:+pct}; by shop {low:+pct} to {high:+pct}): a market-wide move such "
                                "as the end of a platform promotion, not one aimed at us."),
        "change.shop_sales_up": ("{who}月销量上升 {pct:pct}：全店跟踪商品合计 {before:int} → {after:int} 件。",
                                 "{who}: monthly sales rose {pct:pct}, {before:int} → {after:int} pieces across its "
                                 "products."),
        "change.shop_sales_down": ("{who}月销量下降 {pct:pct}：全店跟踪商品合计 {before:int} → {after:int} 件。",
                                   "{who}: monthly sales fell {pct:pct}, {before:int} → {after:int} pieces across its "
                                   "products."),
        "change.product_sales": ("{shop}的「{title}」月销量 {before:int} → {after:int}（{pct:+pct}）。",
                                 "{title} ({shop}): monthly sales {before:int} → {after:int} ({pct:+pct})."),
        "change.no_new": ("{since:md} 以来没有新上架的商品。", "No new listings since {since:md}."),
        "change.new": ("{who}上新「{title}」，售价 {price:yuan}，近 30 天卖出 {sales:int} 件。",
                       "{who} listed {title} at {price:yuan}: {sales:int} sold in the last 30 days."),
        "change.new_in": ("{who}上新{category}「{title}」，售价 {price:yuan}，近 30 天卖出 {sales:int} 件。",
                          "{who} listed {title} ({category}) at {price:yuan}: {sales:int} sold in the last 30 days."),
        "change.new_more": ("{since:md} 以来共上新 {n} 款，这里只列了月销量最高的 {shown} 款。",
                            "{n} new listings since {since:md} in all; the {shown} best sellers are listed here."),
        "change.delisted": ("{who}下架了「{title}」（原来月销 {sales:int} 件，售价 {price:yuan}）。",
                            "{who} no longer lists {title} (it sold {sales:int} a month at {price:yuan})."),
        "change.dsr_up": ("{who}{score}上升 {diff:.2f}：{before:.2f} → {after:.2f}。",
                          "{who}: {score} rose {diff:.2f}, {before:.2f} → {after:.2f}."),
        "change.dsr_down": ("{who}{score}下降 {diff:.2f}：{before:.2f} → {after:.2f}。",
                            "{who}: {score} fell {diff:.2f}, {before:.2f} → {after:.2f}."),
        # --- suggestions (suggest) ----------------------------------------------------------
        "undercut.top": ("{category}里，{shop}的「{title}」卖 {price:yuan}，比本店销量第一的「{our_title}」"
                         "（{our_price:yuan}）便宜 {pct:pct0}",
                         "{shop}'s {title} at {price:yuan} undercuts our best seller {our_title} ({our_price:yuan}) "
                         "by {pct:pct0} in {category}"),
        "undercut.nth": ("{category}里，{shop}的「{title}」卖 {price:yuan}，比本店销量第 {n} 的「{our_title}」"
                         "（{our_price:yuan}）便宜 {pct:pct0}",
                         "{shop}'s {title} at {price:yuan} undercuts our no. {n} seller {our_title} "
                         "({our_price:yuan}) by {pct:pct0} in {category}"),
        "undercut.sells_more": ("，月销量是本店的 {ratio:.1f} 倍（{theirs:int} 对 {ours:int}）",
                                " and sells {ratio:.1f}x as many a month ({theirs:int} vs {ours:int})"),
        "undercut.sells_less": ("，但月销量不如本店（{theirs:int} 对 {ours:int}）",
                                " but sells fewer ({theirs:int} vs {ours:int} a month)"),
        "undercut.advice_more": ("先别降价，把贵出的 {gap:yuan} 值在哪里讲清楚（面料、版型、评价、详情页）",
                                 "before cutting, show what the {gap:yuan} more buys (fabric, fit, reviews, detail "
                                 "page)"),
        "undercut.advice_less": ("每周看一次它的销量，价格先不动", "watch its sales weekly; no price move yet"),
        "undercut.cost_left": ("；即使跟到 {price:yuan}，每件仍比成本 {cost:yuan} 多 {left:yuan}",
                               "; matching {price:yuan} would still leave {left:yuan} a piece over the unit cost of "
                               "{cost:yuan}"),
        "undercut.cost_below": ("；跟到 {price:yuan} 就低于成本 {cost:yuan}，别拼价格，拼别的",
                                "; matching {price:yuan} would sell below the unit cost of {cost:yuan}: compete on "
                                "something other than price"),
        "undercut.line": ("{head}{sales}：{advice}。", "{head}{sales}: {advice}."),
        "suggest.passed_sales": ("{shop}的月销量超过了本店（{theirs:int} 对 {ours:int}，比对比日 {change:+pct}）："
                                 "看看它的新品和调价。",
                                 "{shop} passed us in monthly sales ({theirs:int} vs our {ours:int}, {change:+pct} "
                                 "since the comparison date): look at its new listings and price moves."),
        "suggest.passed_amount": ("{shop}的销售额估算超过了本店（{theirs:yuan} 对 {ours:yuan}，比对比日 "
                                  "{change:+pct}）：看看它的新品和调价。",
                                  "{shop} passed us in estimated sales ({theirs:yuan} vs our {ours:yuan}, "
                                  "{change:+pct} since the comparison date): look at its new listings and price "
                                  "moves."),
        "suggest.fast_listing": ("{shop} {days} 天前上新「{title}」（{category}，{price:yuan}），日均卖 {per_day:.1f} 件，"
                                 "是同类目中位商品的 {pace:.1f} 倍：本店下次上新{category}之前，先研究它的款式和定价。",
                                 "{shop} listed {title} ({category}, {price:yuan}) {days} {days:day|days} ago and it "
                                 "sells {per_day:.1f} a day, {pace:.1f}x the category's median product: study its "
                                 "style and price before our next {category} listing."),
        "suggest.dsr": ("本店{score} {ours}，比竞店平均 {mean} 低 {gap}（{n} 家店中排第 {rank}）：{advice}。",
                        "Our {score} {ours} is {gap} below the rivals' mean ({mean}; no. {rank} of {n} shops): "
                        "{advice}."),
        "dsr_advice.dsr_description": ("翻一翻退货原因和差评里关于尺码、色差的抱怨，让主图和尺码表与实物一致",
                                       "check the return reasons and the bad reviews for size and colour complaints, "
                                       "and make the photos and size chart match the goods"),
        "dsr_advice.dsr_service": ("看客服的响应时间和还没处理的差评",
                                   "look at response times and unresolved bad reviews in the customer-service "
                                   "workbench"),
        "dsr_advice.dsr_shipping": ("查发货时效，以及快递延误和破损的包裹",
                                    "check dispatch times and the courier's late and damaged parcels"),
        "dsr_advice.other": ("查清原因", "find out why"),
        "price.dear": ("{category}：本店中位价 {ours:yuan}，比 {pct:pct0} 的竞品贵（竞品中位 {theirs:yuan}）；"
                       "本店每款月销 {our_pace:int} 件，竞品每款 {their_pace:int} 件",
                       "In {category} our median price {ours:yuan} is above {pct:pct0} of the rivals' products "
                       "(their median {theirs:yuan}), and we sell {our_pace:int} pieces a month per product against "
                       "their {their_pace:int}"),
        "price.cheap": ("{category}：本店中位价 {ours:yuan}，比 {pct:pct0} 的竞品便宜（竞品中位 {theirs:yuan}）；"
                        "本店每款月销 {our_pace:int} 件，竞品每款 {their_pace:int} 件",
                        "In {category} our median price {ours:yuan} is below {pct:pct0} of the rivals' products "
                        "(their median {theirs:yuan}), and we sell {our_pace:int} pieces a month per product against "
                        "their {their_pace:int}"),
        "price.dear_holds": ("溢价站得住：价格不动，守住撑起溢价的品质",
                             "the premium is holding; keep it and keep the quality that earns it"),
        "price.dear_slow": ("在主图和详情页把贵的理由讲出来，或在 {price:yuan} 左右加一款入门款",
                            "make the higher price visible in the main image and detail page, or add an entry product "
                            "near {price:yuan}"),
        "price.cheap_sells": ("卖得好，畅销款可以试着提一点价", "there may be room to test a higher price on the best seller"),
        "price.cheap_slow": ("卖不动不是价格的问题，先看流量、主图和款式",
                             "price is not what holds them back, so look at their traffic, main images and range "
                             "first"),
        "price.line": ("{head}：{advice}。", "{head}: {advice}."),
        # --- the report -----------------------------------------------------------------------
        "report.title_plain": ("{shop} · 竞品对比", "{shop} · Competitor comparison"),
        "report.title": ("{shop} · 竞品对比 {day:date}（对比 {since:date}）",
                         "{shop} · Competitor comparison {day:date} (vs {since:date})"),
        "kpi.rank_sales": ("月销量排名", "Rank by monthly sales"),
        "kpi.rank_amount": ("销售额估算排名", "Rank by est. sales"),
        "kpi.rank_value": ("第 {rank} 名 / {n} 家", "No. {rank} of {n}"),
        "kpi.rank_before": ("对比日第 {rank} 名", "No. {rank} on the comparison date"),
        "kpi.rank_new": ("对比日无数据", "not tracked on the comparison date"),
        "kpi.our_sales": ("本店月销量", "Our monthly sales"),
        "kpi.our_share": ("占跟踪店铺 {share:pct}", "{share:pct} of the tracked shops"),
        "kpi.new_listings": ("竞店新品", "Rival new listings"),
        "kpi.new_since": ("{since:md} 以来上架", "listed since {since:md}"),
        "kpi.undercuts": ("低价竞品", "Cheaper rival products"),
        "kpi.undercuts_note": ("比本店畅销款便宜 {pct:pct0} 以上", "{pct:pct0} or more below our best sellers"),
        "report.top_shops": ("前{shown}家，共{total}家", "first {shown} of {total} shops"),
        "header.rating_rank": ("评分排名", "Rating rank"),
        "report.changes_title": ("{since:md} → {day:md} 的变化", "Changes {since:md} → {day:md}"),
        "report.changes_more": ("另有 {n} 条变化，见下文「本周变化」。",
                                 "{n} more {n:change|changes} below, under What changed this week."),
        "report.actions_title": ("建议", "What to do"),
        "report.ranking_by": ("{what}排名 {day:date}", "{what} ranking {day:date}"),
        "report.price_gap_chart": ("本店中位价比竞品中位价 {day:date}", "Our median price against the rivals' {day:date}"),
        "report.new_count": ("{since:date} 至 {day:date} 之间出现的新品共 {n} 个。",
                             "{n} new {n:product|products} appeared between {since:date} and {day:date}."),
        "report.no_undercuts": ("没有竞品比本店畅销款便宜 {pct:pct0} 以上。",
                                "No rival product is {pct:pct0} or more below our best sellers."),
        "method.dates": ("报告快照 {day:date}，对比快照 {since:date}（取所填日期当天或之前最近的一次快照）。",
                         "Snapshot {day:date}, compared with {since:date} (the nearest snapshot on or before each "
                         "date asked for)."),
        "method.shops": ("对比 {n} 家竞店：{shops:list}。", "{n} rival {n:shop|shops}: {shops:list}."),
        "method.rank_by_sales": ("店铺按月销量（近 30 天件数）排名。",
                                 "Shops are ranked by monthly sales (pieces sold in the last 30 days)."),
        "method.rank_by_amount": ("店铺按销售额估算排名：每个商品的快照价格 × 月销量再相加，只是估算。",
                                  "Shops are ranked by estimated sales: each product's snapshot price times its "
                                  "monthly sales, summed; an estimate."),
        "method.listings": ("新品：最近 {weeks} 周（{since:date} 以来）新出现的商品。",
                            "New listings: products that appeared in the last {weeks} {weeks:week|weeks} (since "
                            "{since:date})."),
        "method.undercuts": ("低价竞品：与本店月销量前 {n} 的商品同类目、价格至少便宜 {pct:pct0} 的竞品，"
                             "每款最多列 3 个卖得最好的。",
                             "Cheaper rival products: products in the same category as our {n} best sellers and at "
                             "least {pct:pct0} cheaper, at most the 3 best-selling per product."),
        "method.changes": ("变化：价格变动 {price:pct0} 以上、月销量变动 {sales:pct0} 以上才列出。",
                           "Changes: a price move of {price:pct0} or more and a change in monthly sales of "
                           "{sales:pct0} or more are listed."),
    },
    labels={
        "is_ours": ("本店", "Ours"),
        "our_products": ("本店款数", "Our products"),
        "rival_products": ("竞品款数", "Rival products"),
        "our_price_min": ("本店最低价", "Our lowest price"),
        "our_price_median": ("本店中位价", "Our median price"),
        "our_price_max": ("本店最高价", "Our highest price"),
        "rival_price_min": ("竞品最低价", "Rivals' lowest price"),
        "rival_price_q1": ("竞品25%分位价", "Rivals' lower quartile"),
        "rival_price_median": ("竞品中位价", "Rivals' median price"),
        "rival_price_q3": ("竞品75%分位价", "Rivals' upper quartile"),
        "rival_price_max": ("竞品最高价", "Rivals' highest price"),
        "price_gap_pct": ("中位价差", "Median price gap"),
        "our_position_pct": ("价格分位", "Price position"),
        "our_sales": ("本店月销量", "Our monthly sales"),
        "rival_sales": ("竞品月销量", "Rivals' monthly sales"),
        "our_sales_share": ("本店销量占比", "Our share of sales"),
        "tier": ("价格带", "Price band"),
        "our_share": ("本店销量分布", "Our sales mix"),
        "rival_share": ("竞品销量分布", "Rivals' sales mix"),
        "sales_estimate": ("销售额估算", "Est. sales"),
        "avg_price": ("成交均价", "Avg. price"),
        "change_pct": ("变化", "Change"),
        "days_listed": ("上架天数", "Days listed"),
        "pieces_per_day": ("日均销量", "Pieces per day"),
        "category_pace": ("类目中位倍数", "× category median"),
        "low_rating_products": ("低分商品数", "Low-rated products"),
        "new_reviews": ("新增评价", "New reviews"),
        "dimension": ("评分项", "Score"),
        "ours": ("本店", "Ours"),
        "our_change": ("本店变化", "Our change"),
        "rivals_mean": ("竞店平均", "Rivals' mean"),
        "rivals_max": ("竞店最高", "Rivals' best"),
        "best_shop": ("最高的竞店", "Best rival"),
        "gap_to_mean": ("比竞店平均", "vs rivals' mean"),
        "gap_to_best": ("比最高竞店", "vs best rival"),
        "our_rank": ("本店排名", "Our rank"),
        "n_shops": ("店铺数", "Shops"),
        "dsr_mean": ("动态评分均值", "DSR mean"),
        "dsr_description_vs_ours": ("描述相符比本店", "DSR description vs ours"),
        "dsr_service_vs_ours": ("服务态度比本店", "DSR service vs ours"),
        "dsr_shipping_vs_ours": ("物流服务比本店", "DSR shipping vs ours"),
        "our_product_id": ("本店商品ID", "Our product ID"),
        "our_title": ("本店商品", "Our product"),
        "our_price": ("本店价格", "Our price"),
        "our_monthly_sales": ("本店月销量", "Our monthly sales"),
        "our_rating": ("本店评分", "Our rating"),
        "undercut_pct": ("低于本店", "Below ours"),
        "price_gap": ("价差", "Price gap"),
        "sales_ratio": ("销量倍数", "Sales multiple"),
        "finding_kind": ("类型", "Kind"),
        "finding": ("发现", "Finding"),
        "before": ("对比日", "Before"),
        "after": ("当日", "Now"),
    },
    values={
        # the DSR scores are contract columns: their words are the export's (Chinese) and CONTRACT_EN's
        "dimension": {c: (_SHOP_COLUMNS[c].aliases[0], CONTRACT_EN[c]) for c in _DSR},
        "finding_kind": {
            "rank": ("排名", "Rank"),
            "market_price": ("全平台调价", "Market-wide price move"),
            "price_cut": ("降价", "Price cut"),
            "price_raise": ("涨价", "Price rise"),
            "shop_sales": ("店铺销量", "Shop sales"),
            "sales_surge": ("销量大涨", "Sales surge"),
            "sales_drop": ("销量大跌", "Sales drop"),
            "new_listing": ("上新", "New listing"),
            "delisted": ("下架", "Delisted"),
            "dsr": ("动态评分", "DSR"),
        },
    },
)
