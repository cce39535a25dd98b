"""Write notebooks/course/05_ppc_keywords.ipynb (outputs empty).

Run: .venv/bin/python tools/build_course_05.py
The lesson template and the builder are documented in shopanalysis/course/authoring.py.
"""

from shopanalysis.course.authoring import LessonBuilder

b = LessonBuilder("05")

b.goal("""\
Read a 直通车 keyword report: compute 点击率 (CTR), 平均点击花费 (CPC), 点击转化率 and
投入产出比 (ROI) over a month the right way, hold ROI against the break-even ROI and the
shop's target, tell when a keyword has enough clicks to be judged, and make the morning's
keyword decisions: add, raise, lower, delete or observe.""")

b.setup("""\
shop = sa.load_demo_shop(tables=["ppc_keywords", "ppc_campaigns", "ppc_search_terms", "products"])
keywords = shop.ppc_keywords""")

b.section("The idea: four numbers per keyword", """\
直通车 is Taobao's pay-per-click search advertising. You bid on **keywords** (关键词), grouped
in **campaigns** (推广计划); when a shopper searches for one, your product may be shown
(展现) and you pay only when someone clicks (点击). The keyword report (直通车 > 报表 >
关键词报表) has one row per day, campaign and keyword:""")
b.code("""\
keywords.head()""")
b.md("""\
From five of its columns, 展现量 `impressions`, 点击量 `clicks`, 花费 `cost`, 总成交笔数
`orders` and 总成交金额 `gmv`, come the four numbers every 直通车 operator reads:

| number | 直通车 name | formula | what it tells you | package |
|---|---|---|---|---|
| CTR | 点击率 | 点击量 / 展现量 | does the ad (main image, title, price) make shoppers click? | `sa.metrics.ctr` |
| CPC | 平均点击花费 (PPC) | 花费 / 点击量 | what a click costs: your bid against the other shops' | `sa.metrics.cpc` |
| click conversion | 点击转化率 | 总成交笔数 / 点击量 | do the clicks buy? the product page, price, reviews, the right searcher | `sa.metrics.click_conversion` |
| ROI | 投入产出比 | 总成交金额 / 花费 | sales per yuan of spend | `sa.metrics.roi` |

They hang together: each click costs the CPC and brings, on average, click conversion ×
客单价 of sales, so **ROI = 点击转化率 × 客单价 / CPC**. A keyword earns more by converting its
clicks (the right searchers, a good product page), by a higher 客单价, or by a cheaper click.
CTR is not in the formula: a better CTR brings more clicks, not better ones.

**ROI is sales, not profit.** An ROI of 2 means every yuan of ads brought back two yuan
of *sales*, from which the goods still have to be paid. The number that matters is the
**break-even ROI** (保本 ROI) = **1 / gross margin** (毛利率, (price − cost) / price): at a
45% margin each yuan of sales leaves ¥0.45 to pay for the ad, so a yuan of ads must bring
back 1 / 0.45 = ¥2.22 of sales just to pay for itself. Below break-even every order the
keyword brings loses money. Above it the keyword earns, and the shop's **target ROI**
(here 3, your boss's choice) leaves room for returns, packaging, customer service and
profit.

Over many days each of the four is a **ratio of sums**, as in lesson 01: a month's ROI is
the month's 总成交金额 over the month's 花费, never the average of daily ROIs. The functions in
`sa.metrics` divide the sums; give them all the rows at once.""")

b.section("Worked example: October's campaigns", """\
Select October's rows: `keywords["date"].between(...)` is True for the rows whose date is in
October, and `keywords[...]` keeps those rows. Then `sa.metrics.summarize(..., by="campaign")`
adds up each campaign's rows and computes its rates from the sums:""")
b.code("""\
october = keywords[keywords["date"].between("2026-10-01", "2026-10-31")]
per_campaign = sa.metrics.summarize(october, by="campaign")
sa.present.table(per_campaign[["campaign", "impressions", "clicks", "cost", "orders", "gmv", "ctr", "cpc",
                               "click_conversion", "roi"]], digits=2, labels=sa.ppc.LABELS)""")
b.md("""\
One campaign at a time: `october["campaign"] == "日常-上装"` is True for that campaign's rows,
and the four functions take them all at once:""")
b.code("""\
tops = october[october["campaign"] == "日常-上装"]
sa.metrics.ctr(tops), sa.metrics.cpc(tops), sa.metrics.click_conversion(tops), sa.metrics.roi(tops)""")
b.md("""\
日常-上装 (tops) was clicked by about 2 in 100 shoppers who saw it, paid about ¥1.43 a
click, and turned about 1.4% of its clicks into orders: ROI 4.31, well above the target.
The other two campaigns sold ¥2.13 and ¥2.42 per yuan. Is that a loss? It depends on the
margins. `sa.ppc.prune_keywords` (the morning's decisions, below) takes each keyword's
product from the products table and computes its `margin` and `break_even_roi`:""")
b.code("""\
pruned = sa.ppc.prune_keywords(keywords, start="2026-10-01", end="2026-10-31", products=shop.products)
pruned[["margin", "break_even_roi"]].describe().round(2)""")
b.md("""\
The shop's products keep 40% to 60% of their price, so its keywords break even between
ROI 1.7 and 2.5. The two weaker campaigns sit near break-even: they earn little, far
less than the shop asks. A campaign's ROI is an average over its keywords, and the money is
won and lost keyword by keyword. To judge a keyword, though, you first need enough of its
clicks.""")

b.section("Why small samples lie", """\
The shop's keywords turn about 1.3% of clicks into orders: one order in about 77 clicks.
Take a perfectly good keyword after 15 clicks. The chance that none of the 15 bought is
0.987 × 0.987 × ... fifteen times, 0.987¹⁵ ≈ **82%**. So *zero orders after 15 clicks is
what a good keyword does four times out of five*. Deleting it then deletes good keywords
at random. The opposite lie is as common: one lucky order in 10 clicks reads as a 10%
conversion and an ROI of 20, and the keyword gets a bid it cannot pay back.

The experienced operator's rule of thumb: **zero orders in n clicks only shows that the
conversion is below about 3 / n** (95% sure). After 20 clicks that is "below 15%", which
says nothing. After 300 it is "below 1%", which says a lot. To know that a keyword is
worse than a campaign converting at 1.3%, you need about 3 / 1.3% ≈ 230 clicks.

`sa.ppc.conversion_bounds(orders, clicks, prior_rate=...)` does this properly. It starts
from the campaign's conversion (`prior_rate`: our guess for a keyword we know nothing
about, worth one order), lets the keyword's own clicks and orders move it, and returns
three numbers: the **low** bound, the **estimate** and the **high** bound of the conversion
the data allows (95% each side). Zero orders in 20 clicks, for a keyword of 日常-上装:""")
b.code("""\
rate = sa.metrics.click_conversion(tops)
sa.ppc.conversion_bounds(0, 20, prior_rate=rate)""")
b.md("""\
Its conversion could still be anywhere up to about 3.2%, more than twice the campaign's
1.4%. The same zero orders after more and more clicks (`[0] * len(clicks)` is a list of six
zeros, one per row):""")
b.code("""\
clicks = [20, 50, 100, 230, 500, 1000]
low, estimate, high = sa.ppc.conversion_bounds([0] * len(clicks), clicks, prior_rate=rate)
sa.present.table(pd.DataFrame({"clicks": clicks, "estimate": estimate, "high": high}), pct=["estimate", "high"],
                 digits=2, labels={"clicks": "点击量（零成交）", "estimate": "转化率估计", "high": "转化率上限"})""")
b.md("""\
Read a row as "after this many clicks without an order, the keyword's conversion could
still be as high as ...". Only from a few hundred clicks does the high bound fall well
below the campaign's rate. Since ROI = conversion × 客单价 / CPC, the same bounds give a
range of ROI (`roi_low`, `roi_est`, `roi_high` in `pruned`), and that range is what the
decisions are made on.""")

b.section("The morning's decisions", """\
`sa.ppc.prune_keywords` sums each keyword over the window, compares it with the other
keywords of its campaign, and gives it exactly one decision, by the first rule that holds:

1. **删除 delete**: at least 100 clicks, and *even the high end* of its ROI is below
   break-even. It surely loses money.
2. **换主图 change image**: plenty of impressions but a CTR surely below half its campaign's:
   shoppers see the ad and pass it by. A job for the designer (lesson 06), not the bid.
3. **观察 observe**: fewer than 100 clicks. Too few to judge; leave it alone.
4. **提价 raise the bid**: *even the low end* of its ROI beats the target: buy more of it.
5. **降价 lower the bid**: its estimated ROI is below the target (but not surely below
   break-even). The bid that meets the target is conversion × 客单价 / target ROI; the
   suggestion moves towards it by at most 20% a step, because 直通车's ranking reacts to
   bids: move in steps and look again in a few days.
6. **保持 keep**: on target, or the bid limits leave no room to move.

And **加词 add**: `sa.ppc.suggest_new_keywords` reads the search-term report (搜索词报表, what
shoppers typed before they clicked) for terms that sold at or above the target ROI, on at
least 2 orders, and are not keywords yet. `sa.ppc.summarize_decisions` counts it all, with
the money each decision acts on:""")
b.code("""\
new_keywords = sa.ppc.suggest_new_keywords(shop.ppc_search_terms, keywords, start="2026-10-01", end="2026-10-31")
decisions = sa.ppc.summarize_decisions(pruned, new_keywords)
sa.present.table(decisions[["label", "keywords", "clicks", "spend", "gmv", "roi"]], labels=sa.ppc.LABELS)""")
b.md("""\
Most keywords are too new or too small to judge: that is normal. The money is in the few
rows above them. The costliest keyword of the month, line by line: `.loc[rows, columns]`
picks the rows where the keyword is 韩版女装 and the columns listed.""")
b.code("""\
sa.present.table(pruned.loc[pruned["keyword"] == "韩版女装",
                            ["campaign", "clicks", "orders", "cost", "ctr", "roi", "roi_high", "break_even_roi",
                             "decision"]], labels=sa.ppc.LABELS)""")
b.code("""\
print(pruned.loc[pruned["keyword"] == "韩版女装", "reason"].iloc[0])""")
b.md("""\
Its CTR is fine (shoppers click it), but 1,081 clicks brought no order at all where the
campaign's rate promised about 16: this is not bad luck. Each keyword's `reason` says why in
a sentence (`reason_zh` in Chinese). For one campaign, `sa.ppc.describe_pruning` writes the
takeaways, with its budget (`sa.ppc.summarize_budget`: the days its spend reached the
日限额 and its ads went offline):""")
b.code("""\
budget = sa.ppc.summarize_budget(keywords, shop.ppc_campaigns, start="2026-10-01", end="2026-10-31")
in_tops = pruned[pruned["campaign"] == "日常-上装"]
sa.present.bullets(sa.ppc.describe_pruning(in_tops, new_keywords[new_keywords["campaign"] == "日常-上装"],
                                           budget[budget["campaign"] == "日常-上装"]))""")
b.md("""\
**Keep the money where it earns.** A campaign that runs out of budget every day cannot buy
more of its winners: the money its losers burn by noon is the money its winners miss in
the evening peak. Deleting the money-burners is therefore not only a saving; it moves the
budget to the keywords that pay it back.

The sheet to act on, most urgent first, with Chinese headers as the 直通车 back office
shows them (`language="en"` for English; `.to_excel(...)` writes it for the team). Search
terms to add have no current bid yet (NaN, "not a number": the cell is empty):""")
b.code("""\
sheet = sa.ppc.decisions_table(in_tops, new_keywords[new_keywords["campaign"] == "日常-上装"])
sheet[["关键词", "操作", "当前出价", "建议出价", "点击量", "总成交笔数", "花费", "投入产出比"]].head(12)""")
b.md("""\
**The morning routine** (每日调价), ten minutes with the report: (1) did a campaign run out of
budget yesterday (lesson 02's checklist)? (2) delete what surely loses; (3) lower the bids
below target one step, raise the winners one step; (4) add the search terms that sell;
(5) send the low-CTR keywords to the designer; (6) leave *observe* alone, however ugly its
ROI of 0 looks. Then wait a few days: a bid changes the ranking, the ranking changes the
clicks, and the clicks need time to say anything.""")

b.widget("sa.course.widgets.keyword_sample(keywords, \"韩版女装\", products=shop.products, "
         "start=\"2026-10-01\", end=\"2026-10-31\")", """\
Play with one keyword. 韩版女装 spent ¥2,306 on 1,081 clicks in October without an order
(the upper bar). The sliders give it other clicks and orders, at its own CPC and 客单价, and
rerun `prune_keywords`. At 20 clicks the same zero orders is *observe*; move the clicks up
and find where it becomes *delete* (here a little above 200, near the 230 of the rule of
thumb). Then give it a few orders, and watch the range and the decision move.""")

b.exercise("check_05_campaign_roi", """\
What was the ROI of the campaign 日常-连衣裙 in October 2026? Select its rows from `october`
the way `tops` was selected (`october["campaign"] == "日常-连衣裙"`), keep them in a variable
`dresses`, and call `sa.metrics.roi` on all of them at once. Then compare it with the
break-even ROIs above.""",
           """\
dresses = october[october["campaign"] == "日常-连衣裙"]
answer = sa.metrics.roi(dresses)""")
b.exercise("check_05_zero_orders", """\
A keyword you added to 日常-连衣裙 has had 20 clicks and no order. Taking the campaign's
October click conversion as the starting point, what is the highest conversion the data
still allows? Three lines: the campaign's rate,
`rate = sa.metrics.click_conversion(october[october["campaign"] == "日常-连衣裙"])`; then
`low, estimate, high = sa.ppc.conversion_bounds(0, 20, prior_rate=rate)` (one function
returning three numbers, each given a name); then `answer = high`, a fraction as the
function returns it.""",
           """\
rate = sa.metrics.click_conversion(october[october["campaign"] == "日常-连衣裙"])
low, estimate, high = sa.ppc.conversion_bounds(0, 20, prior_rate=rate)
answer = high""")
b.exercise("check_05_few_clicks", """\
A colleague wants to delete 百搭度假连衣裙 (日常-连衣裙): "it spent money all month and sold
nothing". The lines above `answer` in the cell show its October numbers (run the cell).
What do you do this morning?""",
           'answer = "D"',
           before="""\
display(sa.present.table(pruned.loc[pruned["keyword"] == "百搭度假连衣裙",
                                    ["clicks", "orders", "cost", "roi", "roi_low", "roi_high", "break_even_roi",
                                     "campaign_conversion"]], labels=sa.ppc.LABELS))""")
b.exercise("check_05_bid", """\
百褶半身裙 (日常-下装) sold at an ROI below the target of 3 in October. Its numbers, with
`target_bid`, the bid at which its estimated ROI would meet the target, are shown by the lines
above `answer`. What do you do this morning?""",
           'answer = "B"',
           before="""\
display(sa.present.table(pruned.loc[pruned["keyword"] == "百褶半身裙",
                                    ["clicks", "orders", "cost", "roi", "roi_low", "roi_est", "roi_high",
                                     "break_even_roi", "bid", "target_bid"]], labels=sa.ppc.LABELS))""")

b.recap("""\
- 点击率 CTR = 点击量 / 展现量, 平均点击花费 CPC = 花费 / 点击量, 点击转化率 = 总成交笔数 / 点击量,
  投入产出比 ROI = 总成交金额 / 花费: `sa.metrics.ctr`, `cpc`, `click_conversion`, `roi`, each a ratio of
  sums over all the rows you give it. ROI = conversion × 客单价 / CPC.
- ROI is sales, not profit: judge it against the break-even ROI, 1 / gross margin, and the
  shop's target. Between the two a keyword earns, but less than it should: lower its bid.
- Small samples lie: zero orders in n clicks only shows a conversion below about 3 / n.
  Under 100 clicks, observe; `sa.ppc.conversion_bounds` gives the range the data allows.
- `sa.ppc.prune_keywords` makes the morning's decisions (delete, change image, observe,
  raise, lower, keep) with a reason each; `suggest_new_keywords` finds terms to add;
  `decisions_table` is the sheet to act on. Move bids a step at a time, and keep the
  budget on the keywords that earn it back.""")

if __name__ == "__main__":
    print(f"wrote {b.write()}")
