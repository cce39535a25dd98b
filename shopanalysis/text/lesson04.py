"""What lesson 04's checkers say (:mod:`shopanalysis.course.lesson04`, watching competitors), Chinese first.

The English keeps the platform's Chinese names (月销量, 描述相符, 双11): a "bilingual." key.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "lesson04",
    {
        # --- 4.1 our dresses against the rivals'
        "4.1.title": ("我们的连衣裙和对手比", "Our dresses against the rivals'"),
        "4.1.trap.mean": ("这比较的是平均价；compare_prices 比较的是中位数，几件贵的连衣裙（我们的最高到 {max:yuan}）拉不动它",
                          "that compares the mean prices; compare_prices compares the medians, which a few dear "
                          "dresses (ours go up to {max:yuan}) cannot drag"),
        "4.1.trap.row.hint": ('取 "{category}" 这一行的 price_gap_pct', 'take price_gap_pct of the "{category}" row'),
        "bilingual.4.1.trap.position": ("这是我们的价格分位（竞品连衣裙里价格低于我们中位数的比例），不是中位数之间的价差",
                              "that is our price position (价格分位: the share of rival dresses priced below our "
                              "median), not the gap between the medians"),
        "4.1.trap.column.hint": ('取 "price_gap_pct" 这一列', 'take the "price_gap_pct" column'),
        "4.1.trap.inverse": ("这是反过来除的（他们的中位数除以我们的）；价差是 我们 / 他们 - 1",
                             "that divides the other way (their median over ours); the gap is ours / theirs - 1"),
        "4.1.trap.ratio": ("这是 我们的中位数 / 他们的；价差是这个比值减 1（1.05 表示贵 5%）",
                           "that is our median / theirs; the gap is that ratio minus 1 (1.05 means 5% dearer)"),
        "4.1.trap.ratio.hint": ('取 "price_gap_pct"，它已经减掉了 1', 'take "price_gap_pct", which has the 1 taken off'),
        "4.1.trap.sign": ("这把正负号弄反了：价差是 我们的中位数 / 他们的 - 1，我们更贵时为正",
                          "that has the sign flipped: the gap is our median / theirs - 1, positive when we are dearer"),
        "4.1.trap.sign.hint": ('直接取 "price_gap_pct"', 'take "price_gap_pct" as it is'),
        "4.1.trap.yuan": ("这是以元计的价差；练习要的是它占对手中位数的比例",
                          "that is the gap in yuan; the exercise wants it as a fraction of their median"),
        "bilingual.4.1.trap.presale": ("这是 {day:date} 那次快照的价差，用的是双11预售价",
                                       "that is the gap at the {day:date} snapshot, with the 双11 pre-sale prices"),
        "4.1.trap.date.hint": ('传 "{day:date}"', 'pass "{day:date}"'),
        "4.1.trap.category": ("这是{category}的价差，不是{wanted}的", "that is the gap of {category}, not of {wanted}"),
        "4.1.trap.category.hint": ('用 .loc["{wanted}", "price_gap_pct"] 选出那一行',
                                   'select the row with .loc["{wanted}", "price_gap_pct"]'),
        "4.1.why": ("我们的中位数连衣裙（{ours:yuan}）比竞品的中位数（{theirs:yuan}）贵 {gap:pct1}，比他们 {n} 条连衣裙里的 "
                    "{position:pct0} 都贵：这份溢价，得靠买家在页面上看到的东西挣回来。",
                    "our median dress ({ours:yuan}) is {gap:pct1} above the rivals' median ({theirs:yuan}), dearer "
                    "than {position:pct0} of their {n} dresses: a premium we have to earn with what the buyer sees "
                    "on the page."),
        "4.1.hint": ('prices = sa.competitors.compare_prices(comp, "{day:date}", our_shop=ours)，再取 '
                     'prices.set_index("category").loc["{category}", "price_gap_pct"]',
                     'prices = sa.competitors.compare_prices(comp, "{day:date}", our_shop=ours), then '
                     'prices.set_index("category").loc["{category}", "price_gap_pct"]'),
        # --- 4.2 how fast the new rival listing sells
        "4.2.title": ("对手的新品卖得多快", "How fast the new rival listing sells"),
        "bilingual.4.2.trap.by_30": ("这是把月销量除以 30 天，但它才上架 {days} 天：它所有的销量都是这几天卖的",
                                     "that divides its 月销量 by 30 days, but it has been listed only {days} days: "
                                     "all its sales happened in those days"),
        "4.2.trap.pieces.hint": ('取 "pieces_per_day"', 'take "pieces_per_day"'),
        "bilingual.4.2.trap.monthly": ("这是它的月销量（近 30 天卖出的件数），不是每天的件数",
                                       "that is its 月销量 (pieces in the last 30 days), not pieces a day"),
        "4.2.trap.pace": ("这是它的 category_pace：它比同类目（{category}）中位数快多少倍。练习要的是每天的件数",
                          "that is its category_pace: how many times as fast as the median {category} sells. The "
                          "exercise wants pieces a day"),
        "4.2.trap.window": ("这是除以自 {since:date} 以来的 {days} 天；它是 {listed:date} 才上架的",
                            "that divides by the {days} days since {since:date}; it was listed on {listed:date}"),
        "4.2.trap.week_second": ("这是 {title}（{shop}），只看最近一周（{since:date} 以来）它最快，但四周里它只排第二",
                                 "that is {title} ({shop}), the fastest listing of the last week alone (since "
                                 "{since:date}) but only the second of the four weeks"),
        "4.2.trap.week_second.hint": ('往前看四周（since "{since:date}"），取第一行',
                                      'look four weeks back (since "{since:date}") and take the first row'),
        "4.2.trap.second": ("这是第二快的新品 {title}（{shop}）；表格按从快到慢排序",
                            "that is the second-fastest new listing, {title} ({shop}); the table is sorted fastest "
                            "first"),
        "4.2.trap.second.hint": ("取第一行：.iloc[0]", "take the first row: .iloc[0]"),
        "4.2.trap.week": ("这是只看最近一周（{since:date} 以来）最快的新品；一周太短了",
                          "that is the fastest listing of the last week alone (since {since:date}); one week is too "
                          "short a window"),
        "4.2.trap.week.hint": ('since 传 "{since:date}"', 'pass "{since:date}" as since'),
        "4.2.trap.later": ("这是它在 {day:date} 那次快照的速度", "that is its pace at the {day:date} snapshot"),
        "4.2.trap.later.hint": ('日期传 "{day:date}"', 'pass "{day:date}" as the date'),
        "4.2.why": ("{shop} 的{title}（{price:yuan}）上架 {days} 天卖了 {sold} 件，每天 {pace:.1f} 件：是所跟踪店铺里"
                    "同类目（{category}）中位数的 {times:.1f} 倍。卖得这么快的新品，就是市场眼下想要的款，该写进本周的笔记。",
                    "{shop}'s {title} ({price:yuan}) has sold {sold} pieces in its {days} days, {pace:.1f} a day: "
                    "{times:.1f}x the median {category} in the tracked shops. A new listing that fast is the style "
                    "the market wants now; it belongs in this week's notes."),
        "4.2.hint": ('listings = sa.competitors.new_listings(comp, "{day:date}", "{since:date}", our_shop=ours)；'
                     '第一行卖得最快：listings["pieces_per_day"].iloc[0]',
                     'listings = sa.competitors.new_listings(comp, "{day:date}", "{since:date}", our_shop=ours); '
                     'the first row sells fastest: listings["pieces_per_day"].iloc[0]'),
        # --- 4.3 our 描述相符 against the rivals'
        "bilingual.4.3.title": ("我们的描述相符和对手比", "Our 描述相符 against the rivals'"),
        "4.3.trap.best": ("这是和最好的竞店（{shop}，{best:.2f}）的差距，不是和竞店平均的",
                          "that is the gap to the best rival ({shop}, {best:.2f}), not to the rivals' mean"),
        "4.3.trap.gap.hint": ('取 "gap_to_mean"', 'take "gap_to_mean"'),
        "4.3.trap.sign": ("这把正负号弄反了：差距是 我们 减 竞店平均，我们低于他们时为负",
                          "that has the sign flipped: the gap is ours minus the rivals' mean, negative when we are "
                          "below them"),
        "4.3.trap.sign.hint": ('直接取 "gap_to_mean"', 'take "gap_to_mean" as it is'),
        "4.3.trap.rounded": ("这是四舍五入到两位小数的差距；竞店平均（{mean:.3f}）有三位，在这个量级上第三位很要紧",
                             "that is the gap rounded to two decimals; the rivals' mean ({mean:.3f}) has three, and "
                             "at this scale the third one matters"),
        "4.3.trap.rounded.hint": ("保留 compare_dsr 给出的值", "keep the value as compare_dsr gives it"),
        "4.3.trap.with_ours": ("这是和所有店铺（包括我们自己）的平均比；竞店平均不含我们",
                               "that compares us with the mean of all the shops, ours included; the rivals' mean "
                               "leaves us out"),
        "4.3.trap.with_ours.hint": ('从 compare_dsr 取 "gap_to_mean"', 'take "gap_to_mean" from compare_dsr'),
        "4.3.trap.snapshot": ("这是 {day:date} 那次快照的差距", "that is the gap at the {day:date} snapshot"),
        "4.3.trap.snapshot.hint": ('传 "{day:date}"', 'pass "{day:date}"'),
        "bilingual.4.3.trap.dimension": ("这是{name}（{dimension}）的差距，不是描述相符的",
                                         "that is the gap of {name} ({dimension}), not of 描述相符"),
        "4.3.trap.dimension.hint": ('选出 "{dimension}" 这一行', 'select the "{dimension}" row'),
        "bilingual.4.3.why": ("我们的描述相符 {ours:.2f}，比竞店平均（{mean:.3f}）低 {gap:.3f}，在 {n} 家店里排第 {rank}。"
                              "看着不多，但 DSR 低于同行会拖累搜索排名；描述相符靠和实物一致的照片、尺码表和描述来改善。",
                              "our 描述相符 {ours:.2f} is {gap:.3f} below the rivals' mean ({mean:.3f}), rank {rank} "
                              "of {n} shops. Small as it looks, a DSR below the category weighs on search ranking; "
                              "描述相符 is fixed with photos, size charts and descriptions that match the goods."),
        "4.3.hint": ('dsr = sa.competitors.compare_dsr(shops, "{day:date}", our_shop=ours)，再取 '
                     'dsr.set_index("dimension").loc["{dimension}", "gap_to_mean"]（我们减竞店平均：低于他们时为负）',
                     'dsr = sa.competitors.compare_dsr(shops, "{day:date}", our_shop=ours), then '
                     'dsr.set_index("dimension").loc["{dimension}", "gap_to_mean"] (ours minus the rivals\' mean: '
                     "negative when we are below)"),
        # --- 4.4 what to do about the undercut
        "4.4.title": ("低价竞品怎么办", "What to do about the undercut"),
        "4.4.A": ("这周就跟到 {price:yuan}：对手卖的是我们的 {ratio:.1f} 倍，畅销款必须守住，降价能提高转化率，"
                  "再带动搜索排名，把免费流量找回来。",
                  "Match {price:yuan} this week: the rival sells {ratio:.1f}x as many, our best seller must be "
                  "defended, and a lower price lifts conversion and with it the search rank that brings the free "
                  "traffic back."),
        "4.4.A.why": ("卖 {price:yuan} 时，每件扣掉 {cost:yuan} 的成本只剩 {matched:yuan}，而不是现在的 {now:yuan}："
                      "要多卖到 {break_even:.1f} 倍的件数才挣得一样多。而且进到我们页面的买家照样在买（九月 {rate:pct2}，"
                      "全店 {shop:pct2}）：我们丢客人不是丢在价格上。",
                      "at {price:yuan} each piece leaves {matched:yuan} over the unit cost of {cost:yuan} instead of "
                      "{now:yuan}: we would have to sell {break_even:.1f}x as many pieces just to earn the same. And "
                      "the buyers who reach our page still buy ({rate:pct2} in September against {shop:pct2} for the "
                      "shop): price is not what we are losing them on."),
        "4.4.B": ("什么都不做：那是另一个款，我们这条裙子和他们一样是 {rating:.1f} 分，进到页面的买家照样转化，"
                  "所以低价没让我们少卖。",
                  "Do nothing: it is another style, our dress is rated {rating:.1f} like theirs, and buyers who reach "
                  "our page still convert, so the undercut is not costing us sales."),
        "4.4.B.why": ("从 {first:date} 到 {last:date} 两次快照之间，我们这条裙子的月销从 {before} 件掉到 {after} 件，"
                      "八月到九月曝光量下降了 {drop:pct0}，而对手那条仍然月销 {rival}。有东西在占我们的搜索位置，"
                      "等下去只会让它继续。",
                      "our dress fell from {before} to {after} pieces a month between the {first:date} and "
                      "{last:date} snapshots, and its impressions fell {drop:pct0} from August to September, while "
                      "the rival's dress still sells {rival}. Something is taking our place in search, and waiting "
                      "lets it go on."),
        "bilingual.4.4.C": ("守住 {price:yuan}：我们的页面能转化，丢的是曝光。在赢得搜索点击、讲清这 {gap:yuan} 差价值在哪的地方下功夫"
                  "（主图、标题、{reviews:int} 条评价、搭配套餐或双11优惠券），每周一查看对手的销量。",
                  "Keep {price:yuan}: our page converts, we are losing exposure. Work on what wins the search click "
                  "and shows the {gap:yuan} difference (main image, title, the {reviews:int} reviews, a bundle or a "
                  "双11 coupon) and check the rival's sales every Monday."),
        "4.4.C.why": ("曝光量下降了 {drop:pct0}（八月 → 九月），点击率却稳住了（{ctr_before:pct2} → {ctr_after:pct2}），"
                      "支付转化率还升了（{rate_before:pct2} → {rate_after:pct2}，高于全店的 {shop:pct2}）："
                      "看到这条裙子的买家会选它。跟到 {price:yuan} 会让每件的毛利从 {now:yuan} 降到 {matched:yuan}；"
                      "先拼价值（我们 {reviews:int} 条评价，对手 {rival_reviews:int} 条），降价放在最后，能不降就不降。",
                      "impressions fell {drop:pct0} (August → September) while the click-through rate held "
                      "({ctr_before:pct2} → {ctr_after:pct2}) and conversion rose ({rate_before:pct2} → "
                      "{rate_after:pct2}, above the shop's {shop:pct2}): buyers who see the dress choose it. Matching "
                      "{price:yuan} would cut the margin from {now:yuan} to {matched:yuan} a piece; compete on value "
                      "first ({reviews:int} reviews against their {rival_reviews:int}), and cut price last, if at "
                      "all."),
        "4.4.hint": ("回答之前，看看对手的月销量、我们这条裙子逐月的曝光量、点击率和转化率（products_daily），"
                     "以及跟价之后每件还剩多少毛利",
                     "before answering, look at the rival's monthly sales, our dress's impressions, click-through and "
                     "conversion month by month (products_daily), and what matching the price leaves over the unit "
                     "cost"),
    },
)
