"""Write notebooks/reports/ppc_keyword_pruning.ipynb from the cells below (outputs empty).

The notebook is the source of truth once written; this script keeps its first
version reviewable as code. Run: .venv/bin/python tools/build_ppc_keyword_pruning.py
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

md, code = new_markdown_cell, new_code_cell

cells = [
    md("""# 直通车关键词优化 · PPC keyword pruning

**Who reads it:** the operator (运营) who runs 直通车, once a week or every morning, with the
keyword report open in the other window.
**What it answers:** which keywords to delete, which to bid up or down and by how much,
which only need a better main image, which are too new to judge, which search terms
should become keywords, whether a campaign runs out of budget, and what one
customer-service inquiry bought through 直通车 costs.

Every number comes from the exports (直通车 关键词报表, 搜索词报表, the campaign list, the product
list, 赤兔) through `shopanalysis.ppc`; this notebook only arranges them. Rerun it for another
window with `shopanalysis run ppc-keyword-pruning -p end=2026-06-30 -p days=14` (or
`--data your_exports/`); with `-p output_dir=...` it also writes the decisions as a CSV
and an Excel sheet to act on."""),
    code("""%config InlineBackend.figure_format = "retina"
from pathlib import Path

import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import pandas as pd
import seaborn as sns
from IPython.display import display

import shopanalysis as sa

sa.set_style()"""),
    code("""end: str = "2026-10-31"  # last day of the window (YYYY-MM-DD)
days: int = 30  # length of the window in days, ending on end
data_dir: str = ""  # folder of your exports; empty for the bundled demo shop
shop_name: str = "栖梧女装旗舰店"  # shown in the title
interactive: bool = True  # widgets to explore (shopanalysis run turns them off)
campaign: str = ""  # one campaign (计划名称) to review; empty for all
target_roi: float = 3.0  # the ROI (GMV / spend) a keyword should earn
margin: float = 0.0  # gross margin for the break-even ROI (0.45 for 45%); 0 takes each product's from the product list
min_clicks: int = 100  # fewer clicks than this and a keyword is only observed (too few to judge its conversion)
min_impressions: int = 2000  # impressions a keyword needs before a low CTR means changing its main image
ctr_floor: float = 0.5  # a CTR surely under this share of its campaign's CTR is low
max_step: float = 0.2  # largest bid change at a time (0.2 is 20%)
min_bid: float = 0.1  # lowest bid to suggest, yuan
max_bid: float = 5.0  # highest bid to suggest, yuan
prior_orders: float = 1.0  # how many orders the campaign's conversion is worth as the starting guess
level: float = 0.95  # confidence of the bounds (0.95 is 95%)
min_orders: int = 2  # orders a search term needs before it is worth adding as a keyword
ran_out_at: float = 0.98  # share of the daily budget (日限额) at which a day counts as ran out
language: str = "zh"  # headers, decisions and reasons of the exported sheet: zh or en
output_dir: str = ""  # folder for ppc_decisions.csv and ppc_decisions.xlsx; empty writes no files
top_n: int = 15  # rows of the decisions tables
top_reasons: int = 8  # how many of the biggest actions to explain in a sentence""",
         metadata={"tags": ["parameters"]}),
    code("""tables = ["ppc_keywords", "ppc_campaigns", "ppc_search_terms", "products", "cs_daily"]
shop = sa.load_shop(data_dir, tables=tables) if data_dir else sa.load_demo_shop(tables=tables)
last = pd.Timestamp(end)
first = last - pd.Timedelta(days=days - 1)
only = campaign or None
rules = dict(target_roi=target_roi, min_clicks=min_clicks, min_impressions=min_impressions, ctr_floor=ctr_floor,
             max_step=max_step, min_bid=min_bid, max_bid=max_bid, prior_orders=prior_orders, level=level)
pruned = sa.ppc.prune_keywords(shop.ppc_keywords, start=first, end=last, campaign=only, products=shop.products,
                               margin=margin or None, **rules)
new_keywords = sa.ppc.suggest_new_keywords(shop.ppc_search_terms, shop.ppc_keywords, start=first, end=last,
                                           campaign=only, target_roi=target_roi, min_orders=min_orders,
                                           prior_orders=prior_orders, max_step=max_step, min_bid=min_bid,
                                           max_bid=max_bid)
decisions = sa.ppc.summarize_decisions(pruned, new_keywords)
budget = sa.ppc.summarize_budget(shop.ppc_keywords, shop.ppc_campaigns, start=first, end=last, campaign=only,
                                 ran_out_at=ran_out_at)
daily_budget = sa.ppc.summarize_budget(shop.ppc_keywords, shop.ppc_campaigns, start=first, end=last, campaign=only,
                                       ran_out_at=ran_out_at, daily=True)
totals = sa.metrics.summarize(pruned[["impressions", "clicks", "cost", "orders", "gmv"]]).iloc[0]
counts = dict(zip(decisions["decision"], decisions["keywords"]))
labels = sa.ppc.LABELS
fmt = sa.plotting
sa.present.title(f"{shop_name} · 直通车关键词优化 {first:%Y-%m-%d} 至 {last:%Y-%m-%d}"
                 + (f"（{campaign}）" if campaign else ""))"""),
    code("""sa.present.kpis({
    "花费": (fmt.format_yuan(totals["cost"]), f"{days} 天，{len(pruned)} 个关键词"),
    "成交金额": (fmt.format_yuan(totals["gmv"]),
             f"{int(totals['orders'])} 笔，点击转化率 {fmt.format_pct(totals['click_conversion'], 2)}"),
    "ROI": (f"{totals['roi']:.2f}", f"目标 {target_roi:g}"),
    "平均点击花费": (fmt.format_yuan(totals["cpc"]), f"点击率 {fmt.format_pct(totals['ctr'], 2)}"),
})"""),
    md("""## 1. 规则 · How the rules work

Every keyword is summed over the window (its clicks over the window's impressions, never
an average of daily rates) and compared with **the other keywords of its campaign**. It
gets exactly one decision, by the first rule that holds:

1. **删除 delete**: it has at least `min_clicks` clicks, and *even at the best conversion its
   clicks allow* its ROI stays below break-even (保本 ROI = 1 / gross margin: at a 50% margin
   a yuan of ads must bring back two). Deleting comes first: when a keyword surely loses
   money, a better image would only buy more of the loss.
2. **换主图 change image**: plenty of impressions (`min_impressions`) but a CTR surely below
   `ctr_floor` of its campaign's. Shoppers see the ad and pass it by: the creative (main image,
   title) is the problem, not the bid. A higher bid would only buy more ignored impressions.
3. **观察 observe**: fewer than `min_clicks` clicks. Too few to say anything about conversion.
4. **提价 raise bid**: even the low end of its ROI beats the target.
5. **降价 lower bid**: its estimated ROI is below the target (but not surely below break-even).
6. **保持 keep**: on target, or the bid limits leave no room to move.

**Why small samples lie.** A keyword that converts at the shop's usual 1.3% brings one order
in about 77 clicks. After 20 clicks it has *no order three times in four*, good keyword or bad.
So "zero orders" means nothing until the clicks are many. The rule of thumb: zero orders in
*n* clicks only proves the conversion is below about **3 / n** (95% sure). After 20 clicks that
is "below 15%": useless. After 300 clicks it is "below 1%": now we know something. To be sure
a keyword is worse than a campaign converting at 1.3%, it needs about 3 / 1.3% ≈ 230 clicks.

The report does this properly: it starts every keyword from its campaign's conversion (a
guess worth `prior_orders` order) and lets the keyword's own clicks and orders move it. With
few clicks the estimate stays near the campaign; with many it follows the keyword. The **low**
and **high** bounds are the range the data allows (95% by default), and ROI follows as
conversion × 客单价 / CPC. A keyword is deleted only when its *high* ROI is below break-even,
and bid up only when its *low* ROI beats the target.

**The suggested bid.** The highest bid that still earns the target ROI is
**conversion × 客单价 / target ROI**. The report moves the current bid towards it by at most
`max_step` (20%) at a time, within `min_bid`–`max_bid`: 直通车 rankings react to bids, so move in
steps and look again in a few days.

How much zero orders tell, at this window's click conversion:"""),
    code("""rate = totals["click_conversion"]
clicks = [20, 50, 100, 230, 500, 1000]
bounds = pd.DataFrame({
    "clicks": clicks,
    "expected_orders": [n * rate for n in clicks],
    "rule_of_thumb": [3 / n for n in clicks],
    "upper_flat": sa.ppc.conversion_bounds([0] * len(clicks), clicks, level=level)[2],
    "upper_with_prior": sa.ppc.conversion_bounds([0] * len(clicks), clicks, prior_rate=rate,
                                                 prior_orders=prior_orders, level=level)[2],
})
sa.present.table(bounds, number=["expected_orders"], pct=["rule_of_thumb", "upper_flat", "upper_with_prior"], digits=2,
                 labels={"clicks": "点击量（零成交）", "expected_orders": "按平均转化率应有成交",
                         "rule_of_thumb": "3 / 点击量", "upper_flat": "转化率上限",
                         "upper_with_prior": "转化率上限（以计划为起点）"})"""),
    md("""Read a row as: "with this many clicks and no order, the keyword's conversion could still be
as high as ...". Only when that bound, times 客单价 over CPC, falls below break-even is the
keyword deleted."""),
    md("""## 2. 决定 · Decisions and the money at stake

The money each decision acts on: for **加词 / 提价 / 保持** the sales (GMV) they bring, for
**降价 / 删除 / 观察 / 换主图** the spend they cost. Deleting saves its spend; raising scales its sales."""),
    code("""sa.present.table(decisions[["label", "keywords", "clicks", "spend", "gmv", "roi", "money_at_stake"]],
                 money=["money_at_stake"], labels=labels)"""),
    code("""kind = decisions["at_stake"].map({"gmv": "（成交）", "spend": "（花费）"})
stake = decisions.assign(name=decisions["label"] + kind)
fig, ax = plt.subplots(figsize=(8, 3.6))
sa.plotting.plot_bar(stake, value="money_at_stake", label="name", highlight=["删除（花费）", "提价（成交）"],
                     xformat="yuan", ax=ax, title="每种操作涉及的金额", xlabel="金额")
plt.show()"""),
    md("""## 3. 点击率与 ROI · CTR against ROI

Each dot is a keyword (the bigger, the more it spent): across, its CTR; up, its estimated
ROI (the campaign-anchored estimate, so a keyword with five clicks is not drawn at ROI 0 or
50). The solid line is the target ROI, the dotted one the median break-even. Delete sits low,
raise high, change-image far left; the biggest spender of each decision is named."""),
    code("""palette = {"提价": sa.plotting.UP_COLOR, "降价": sa.plotting.DOWN_COLOR, "删除": "#333333",
           "换主图": sa.plotting.ALERT_COLOR, "观察": sa.plotting.MUTED_COLOR, "保持": sa.plotting.TOTAL_COLOR}
shown = pruned[pruned["clicks"] > 0].assign(操作=lambda d: d["decision"].map(sa.ppc.DECISION_LABELS))
fig, ax = plt.subplots(figsize=(9, 5.5))
sns.scatterplot(data=shown, x="ctr", y="roi_est", hue="操作", hue_order=[k for k in palette if k in set(shown["操作"])],
                palette=palette, size="cost", sizes=(12, 420), alpha=0.75, edgecolor="white", ax=ax)
ax.set(xscale="log", yscale="log", xlabel="点击率（对数刻度）", ylabel="ROI 估计（对数刻度）", title="关键词：点击率与 ROI")
ax.axhline(target_roi, color="#555555", linewidth=1.2)
ax.axhline(pruned["break_even_roi"].median(), color="#555555", linewidth=1, linestyle=":")
ax.annotate(f"目标 ROI {target_roi:g}", (1.0, target_roi), xycoords=("axes fraction", "data"), xytext=(-4, 3),
            textcoords="offset points", ha="right", fontsize="small", color="#555555")
ax.annotate("保本", (1.0, pruned["break_even_roi"].median()), xycoords=("axes fraction", "data"), xytext=(-4, -11),
            textcoords="offset points", ha="right", fontsize="small", color="#555555")
for axis in (ax.xaxis, ax.yaxis):
    axis.set_major_locator(mticker.LogLocator(subs=(1.0, 2.0, 5.0)))
    axis.set_minor_formatter(mticker.NullFormatter())
ax.xaxis.set_major_formatter(sa.plotting.pct_formatter())
ax.yaxis.set_major_formatter(mticker.FuncFormatter(lambda y, _: f"{y:g}"))
biggest = shown[shown["decision"] != "observe"].sort_values("cost", ascending=False).drop_duplicates("decision")
for row in biggest.itertuples():
    ax.annotate(row.keyword, (row.ctr, row.roi_est), xytext=(7, -3), textcoords="offset points", fontsize="small")
handles, names = ax.get_legend_handles_labels()
ax.legend(handles, [n.replace("cost", "花费") for n in names], loc="upper left", bbox_to_anchor=(1.01, 1),
          fontsize="small")
plt.show()"""),
    md("""## 4. 关键词明细 · The keywords that spend most

The `top_n` keywords by spend, with their decision. **ROI下限 / ROI上限** are the range the data
allows; **建议出价** is filled only where the bid should move. The reasons, in a sentence each,
follow for the biggest actions; every keyword's reason is in the exported sheet."""),
    code("""top = pruned.sort_values("cost", ascending=False).head(top_n).assign(
    label=lambda d: d["decision"].map(sa.ppc.DECISION_LABELS))
sa.present.table(top[["keyword", "label", "clicks", "orders", "cost", "roi", "roi_low", "roi_high", "bid",
                      "suggested_bid"]],
                 number=["roi_low", "roi_high"], labels=labels)"""),
    code("""act = pruned[pruned["decision"].isin(["delete", "raise_bid", "lower_bid", "change_image"])]
act = act.sort_values("cost", ascending=False).head(top_reasons)
sa.present.bullets([f"{sa.ppc.DECISION_LABELS[r.decision]} {r.keyword}（{r.campaign}）：{r.reason}"
                    for r in act.itertuples()], title="要做的事 · What to do")"""),
    md("""## 5. 加词 · Search terms to add as keywords

From the search-term report: terms shoppers typed that sold at or above the target ROI
(on the raw numbers *and* on the estimate anchored to the keyword that caught them, so two
lucky orders do not count), with at least `min_orders` orders, and that are not keywords yet.
The starting bid is the same formula, at most one step above the catching keyword's bid."""),
    code("""sa.present.table(new_keywords.head(top_n)[["search_term", "matched_keyword", "clicks", "orders", "gmv",
                                            "roi", "roi_est", "suggested_bid"]],
                 number=["roi_est"], labels=labels) if len(new_keywords) else sa.present.bullets(
    ["No search term qualifies in this window."])"""),
    md("""## 6. 预算 · Budget and the days it ran out

Each campaign's spend against its 日限额 (daily budget). A day whose spend reached
`ran_out_at` of the budget ran out: 直通车 took the ads offline for the rest of the day. The
report has no hours, but a campaign that runs out most days usually goes dark before the
evening peak (20–22 h), exactly when shoppers buy."""),
    code("""sa.present.table(budget[["campaign", "daily_budget", "active_days", "spend", "budget_used", "days_ran_out",
                        "avg_daily_spend", "roi"]], labels=labels)"""),
    code("""fig, ax = plt.subplots(figsize=(9, 3.6))
sa.plotting.plot_trend(daily_budget, "date", "budget_used", hue="campaign", yformat="pct", ax=ax,
                       title="每日预算使用率", ylabel="花费 / 日限额", legend_title="计划")
ax.axhline(ran_out_at, color=sa.plotting.UP_COLOR, linewidth=1, linestyle="--")
ax.annotate("预算用完", (0.0, ran_out_at), xycoords=("axes fraction", "data"), xytext=(4, -12), textcoords="offset points",
            fontsize="small", color=sa.plotting.UP_COLOR)
ax.legend(title="计划", loc="upper left", bbox_to_anchor=(1.01, 1), fontsize="small")
plt.show()"""),
    md("""## 7. 一次咨询的成本 · What one customer-service inquiry costs

An order bought through 直通车 costs CPC / click conversion. Only a share of the people who
ask customer service go on to pay (询单转化率), so one inquiry is worth
**CPC / click conversion × inquiry conversion** of ad money (the worked example: ¥1 / 1.28% ×
30% = ¥23.44). That is what a slow or careless reply throws away."""),
    code("""agents = (sa.customer_service.summarize_agents(shop.cs_daily, start=first, end=last)
          if shop.cs_daily is not None else None)
inquiry_conversion = sa.metrics.inquiry_conversion(agents) if agents is not None and len(agents) else float("nan")
inquiry_cost = sa.customer_service.cost_per_inquiry(totals["cpc"], totals["click_conversion"], inquiry_conversion)
sa.present.kpis({
    "平均点击花费": (fmt.format_yuan(totals["cpc"]), "CPC"),
    "点击转化率": (fmt.format_pct(totals["click_conversion"], 2), "点击 → 成交"),
    "询单转化率": (fmt.format_pct(inquiry_conversion, 1), "赤兔，按人计"),
    "一次咨询的成本": (fmt.format_yuan(inquiry_cost), "平均点击花费 / 点击转化率 × 询单转化率"),
})"""),
    md("""## 8. 导出 · The sheet to act on

Every keyword and search term with its decision, current and suggested bid and the reason,
most urgent first: `ppc_decisions.csv` (UTF-8 with BOM, so Excel and WPS open the Chinese
correctly) and `ppc_decisions.xlsx`, written into `output_dir` when it is set."""),
    code("""sheet = sa.ppc.decisions_table(pruned, new_keywords, language=language)
exported = []
if output_dir:
    folder = Path(output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    sheet.to_csv(folder / "ppc_decisions.csv", index=False, encoding="utf-8-sig")
    sheet.to_excel(folder / "ppc_decisions.xlsx", index=False, sheet_name="关键词操作" if language == "zh" else "decisions")
    exported = ["ppc_decisions.csv", "ppc_decisions.xlsx"]
sa.present.bullets([f"{len(sheet)} rows, headers in {'Chinese' if language == 'zh' else 'English'}: "
                    + ", ".join(sheet.columns[:6]) + ", ..."]
                   + ([f"written: {', '.join(exported)}"] if exported
                      else ["no files written (output_dir is empty)"]))"""),
    md("""## 9. 要点 · Takeaways

Written from the numbers above."""),
    code("""takeaways = sa.ppc.describe_pruning(pruned, new_keywords, budget)
sa.present.bullets(takeaways)"""),
    md("""## 探索 · Explore

In Jupyter Lab, move the target ROI to see how the decisions shift (left out of the HTML and PDF).""",
       metadata={"tags": ["report-hide"]}),
    code("""if interactive:
    import ipywidgets as widgets

    widgets.interact(lambda target: display(sa.present.table(sa.ppc.summarize_decisions(sa.ppc.prune_keywords(
        shop.ppc_keywords, start=first, end=last, campaign=only, products=shop.products, margin=margin or None,
        **{**rules, "target_roi": target}))[["label", "keywords", "spend", "gmv", "money_at_stake"]],
        money=["money_at_stake"], labels=labels)),
        target=widgets.FloatSlider(value=target_roi, min=1.0, max=8.0, step=0.25, description="目标ROI"))""",
         metadata={"tags": ["report-hide"]}),
    code("""sa.record("start", f"{first:%Y-%m-%d}")
sa.record("end", f"{last:%Y-%m-%d}")
sa.record("campaign", campaign)
sa.record("keywords", len(pruned))
sa.record("decision_counts", counts)
sa.record("money_at_stake", dict(zip(decisions["decision"], decisions["money_at_stake"])))
sa.record("spend", totals["cost"])
sa.record("gmv", totals["gmv"])
sa.record("roi", totals["roi"])
sa.record("cpc", totals["cpc"])
sa.record("ctr", totals["ctr"])
sa.record("click_conversion", totals["click_conversion"])
sa.record("n_add", len(new_keywords))
sa.record("add_terms", list(new_keywords["search_term"]))
sa.record("delete_keywords", list(pruned.loc[pruned["decision"] == "delete", "keyword"]))
sa.record("raise_keywords", list(pruned.loc[pruned["decision"] == "raise_bid", "keyword"]))
sa.record("change_image_keywords", list(pruned.loc[pruned["decision"] == "change_image", "keyword"]))
sa.record("days_ran_out", dict(zip(budget["campaign"], budget["days_ran_out"])))
sa.record("inquiry_conversion", inquiry_conversion)
sa.record("cost_per_inquiry", inquiry_cost)
sa.record("exported", exported)
sa.record("takeaways", takeaways)"""),
]

nb = new_notebook(cells=cells)
nb.metadata = {
    "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
    "language_info": {"name": "python"},
    "shopanalysis": {"title": "直通车关键词优化 PPC keyword pruning", "period": "end"},
}
out = Path(__file__).resolve().parents[1] / "notebooks" / "reports" / "ppc_keyword_pruning.ipynb"
nbformat.write(nb, out)
print(f"wrote {out}")
