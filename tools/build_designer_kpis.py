"""Write notebooks/reports/designer_kpis.ipynb from the cells below (outputs empty).

The notebook is the source of truth once written; this script keeps its first
version reviewable as code. Run: .venv/bin/python tools/build_designer_kpis.py
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

md, code = new_markdown_cell, new_code_cell

cells = [
    md("""# 美工绩效 · Designer KPIs

**Who reads it:** the operator (运营) or shop manager who runs the design team, once a
month (or for any date range), and the designers themselves.
**What it answers:** did each new main image (主图) really lift the click-through rate,
or is it too early to say; which detail pages (详情页) lose the most buyers, and how much
money that is; who delivers on time; and the month's scorecard and bonus per designer.

Every number comes from the exports (生意参谋 商品效果, the design task list, the product
list) through `shopanalysis.designers`; this notebook only arranges them. Rerun it for
another period with
`shopanalysis run designer-kpis -p start=2026-06-01 -p end=2026-06-30` (or `--data your_exports/`)."""),
    code("""%config InlineBackend.figure_format = "retina"
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

import shopanalysis as sa

sa.set_style()"""),
    code("""start: str = "2026-10-01"  # first day of the period (YYYY-MM-DD)
end: str = "2026-10-31"  # last day of the period; tests and deadlines are judged as of this day
data_dir: str = ""  # folder of your exports; empty for the bundled demo shop
shop_name: str = "栖梧女装旗舰店"  # shown in the title
interactive: bool = True  # widgets to explore (shopanalysis run turns them off)
window_days: int = 14  # days compared before and after a new main image or detail page (use whole weeks)
min_clicks: int = 200  # fewer clicks than this on either side of an image change: not enough data yet
min_buyers: int = 50  # fewer paying buyers than this on either side of a new detail page: not enough data yet
alpha: float = 0.05  # 1 - confidence of the intervals (0.05 gives 95%)
pages_against: str = "shop"  # compare a detail page's conversion with the whole shop ("shop") or its category
top_n: int = 8  # how many products the charts and tables show
trend_weeks: int = 13  # weeks of click-through history in the trend chart
weights: dict = {"on_time": 0.5, "image": 0.3, "page": 0.2}  # scorecard weights (a common split, not a standard)
grades: dict = {"A": 90, "B": 75, "C": 60, "D": 0}  # lowest total score (0-100) that earns each grade
neutral_credit: float = 0.5  # credit for a new image or page with no clear difference (a win is 1, a loss 0)
bonus_share: float = 0.01  # share of a product's gross profit paid as bonus (1%: common practice, not a standard)
bonus_threshold: float = 20000.0  # a product's sales in the period (yuan) before it pays any bonus; set for a month
bonus_credit_days: int = 60  # days before the period a main image or detail page may have gone live and still earn""",
         metadata={"tags": ["parameters"]}),
    code("""tables = ["products_daily", "products", "design_tasks"]
shop = sa.load_shop(data_dir, tables=tables) if data_dir else sa.load_demo_shop(tables=tables)
first, last = pd.Timestamp(start), pd.Timestamp(end)
tests = dict(window_days=window_days, alpha=alpha)
image_tests = sa.designers.compare_image_versions(shop.products_daily, start=first, end=last, min_clicks=min_clicks,
                                                  design_tasks=shop.design_tasks, **tests)
history = sa.designers.compare_image_versions(shop.products_daily, end=last, min_clicks=min_clicks,
                                              design_tasks=shop.design_tasks, **tests)
page_tests = sa.designers.compare_detail_pages(shop.products_daily, shop.design_tasks, start=first, end=last,
                                               min_buyers=min_buyers, **tests)
pages = sa.designers.page_conversion(shop.products_daily, start=first, end=last, products=shop.products,
                                     against=pages_against)
delivery = sa.designers.summarize_delivery(shop.design_tasks, start=first, end=last, by=["designer", "asset"])
by_designer = sa.designers.summarize_delivery(shop.design_tasks, start=first, end=last, by="designer")
team = sa.designers.summarize_delivery(shop.design_tasks, start=first, end=last, by=None).iloc[0]
late = sa.designers.flag_late_tasks(shop.design_tasks, as_of=last, products=shop.products)
summary = sa.designers.summarize_designers(shop.design_tasks, image_tests, page_tests, start=first, end=last)
scores = sa.designers.scorecard(summary, weights=weights, grades=grades, neutral_credit=neutral_credit)
pay = dict(start=first, end=last, share=bonus_share, threshold=bonus_threshold, credit_days=bonus_credit_days)
bonus = sa.designers.designer_bonus(shop.design_tasks, shop.products_daily, shop.products, **pay)
bonus_detail = sa.designers.designer_bonus(shop.design_tasks, shop.products_daily, shop.products, detail=True, **pay)
verdicts = image_tests["verdict"].value_counts()
labels = sa.designers.LABELS
sa.present.title(f"{shop_name} · 美工绩效 {first:%Y-%m-%d} 至 {last:%Y-%m-%d}")"""),
    code("""sa.present.kpis({
    "主图测试": (f"{verdicts.get('win', 0)} 赢 · {verdicts.get('loss', 0)} 输",
             f"{len(image_tests)} 次换图，{verdicts.get('not enough data yet', 0)} 次数据不足"),
    "按时交付率": (sa.plotting.format_pct(team["on_time_rate"], 0),
              f"{int(team['on_time'])} / {int(team['on_time'] + team['late'])} 个到期任务按时交付"),
    "延期未交": (str(len(late)), f"截至 {last:%m-%d}"),
    "详情页损失": (sa.plotting.format_yuan(pages["money_at_stake"].sum()), "转化率低于平均的详情页"),
})"""),
    md("""## 1. 主图点击率 · Main-image click-through over time

点击率 (CTR) = 点击量 / 曝光量, per week (Monday to Sunday), for the products whose main
image changed and then the most exposed ones. Dotted lines mark the days a new image
went live."""),
    code("""trend = sa.designers.image_ctr(shop.products_daily, start=last - pd.Timedelta(weeks=trend_weeks), end=last,
                               freq="W", top=min(top_n, 6))
fig, ax = plt.subplots(figsize=(9, 4))
sa.plotting.plot_trend(trend, "date", "ctr", hue="product_name", yformat="pct", ax=ax,
                       title=f"每周点击率（近 {trend_weeks} 周）")
shown_changes = history["product_id"].isin(trend["product_id"]) & (history["change_date"] >= trend["date"].min())
for day in history.loc[shown_changes, "change_date"]:
    ax.axvline(day, color="#555555", linestyle=":", linewidth=1.2)
ax.legend(title="商品", fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))
plt.show()"""),
    md("""## 2. 主图测试 · Did the new main image win?

For each change of main image, the days before it went live are compared with the same
number of days from that day. **提升 (lift)** is the CTR after over the CTR before, minus one.
**The interval** is the range of lifts the data is consistent with (95% with the default
`alpha`): narrow with many
clicks, wide with few, and wider when the daily CTR jumps around. **win**: the whole interval
is above zero; **loss**: all below; **no clear difference**: it straddles zero; **not enough
data yet**: the window is still running, or a side has too few clicks. **更好的概率** is the
chance the new image's CTR is really higher. A window across a promo (大促) compares unlike
days: read it with care.

The tests of the period (those whose window touches it):"""),
    code("""shown = image_tests.assign(change_date=image_tests["change_date"].dt.strftime("%Y-%m-%d"))
sa.present.table(
    shown[["product_name", "version_before", "version_after", "designer", "change_date", "ctr_before", "ctr_after",
           "lift", "lift_low", "lift_high", "chance_better", "verdict", "promo"]],
    pct=["ctr_before", "ctr_after", "lift", "lift_low", "lift_high", "chance_better"],
    signed=["lift", "lift_low", "lift_high"], digits=1, labels=labels,
) if len(image_tests) else sa.present.bullets(["No main image changed in the period."])"""),
    md("""Every main-image change up to the end of the period, with its interval: red is a win,
green a loss (the Chinese convention), grey no clear difference."""),
    code("""colors = {"win": sa.plotting.UP_COLOR, "loss": sa.plotting.DOWN_COLOR,
          "no clear difference": sa.plotting.MUTED_COLOR, "not enough data yet": sa.plotting.ALERT_COLOR}
fig, ax = plt.subplots(figsize=(9, 0.38 * len(history) + 1.4))
for verdict, rows in history.groupby("verdict", sort=False):
    ax.errorbar(rows["lift"], rows.index, xerr=[rows["lift"] - rows["lift_low"], rows["lift_high"] - rows["lift"]],
                fmt="o", capsize=3, color=colors.get(verdict, "#333333"), label=verdict)
ax.axvline(0, color="#555555", linewidth=1)
ax.set_yticks(history.index, [f"{r.product_name} {r.version_before}→{r.version_after}"
                              f"（{r.designer}，{r.change_date:%m-%d}）" for r in history.itertuples()])
ax.invert_yaxis()
ax.xaxis.set_major_formatter(sa.plotting.pct_formatter())
ax.set_xlabel(f"点击率提升（{1 - alpha:.0%} 区间）")
ax.set_title(f"主图测试记录（截至 {last:%Y-%m-%d}）")
ax.legend(loc="lower right", fontsize="small")
plt.show()"""),
    md("""## 3. 详情页 · Detail pages that lose the most buyers

支付转化率 = 支付买家数 / 访客数 of each product's page over the period, against the average
(the whole shop's, or the product's category's when `pages_against="category"`: a ¥899 coat
converts below a ¥79 T恤 however good its page). **损失金额 (money at stake)** = 访客数 ×
(average conversion − the page's conversion) × 客单价: what the page would have sold more
converting like the average, with the product's own 客单价 (the shop's when it had no buyers).
跳失率 (bounce rate) is shown the way 生意参谋 shows it: the mean of the daily rates."""),
    code("""sa.present.table(
    pages.head(top_n)[["product_name", "visitors", "conversion_rate", "baseline_conversion_rate", "bounce_rate",
                       "baseline_bounce_rate", "avg_order_value", "money_at_stake"]],
    money=["money_at_stake"], pct=["conversion_rate", "baseline_conversion_rate"], digits=2, labels=labels,
)"""),
    code("""fig, ax = plt.subplots(figsize=(8, 0.4 * top_n + 1.2))
sa.plotting.plot_bar(pages.head(top_n), value="money_at_stake", label="product_name", xformat="yuan", ax=ax,
                     title="详情页损失金额（转化率低于平均）", xlabel="损失金额")
plt.show()"""),
    md("""New detail pages tested like main images, on 支付转化率 (a page made for a new listing has
nothing before it):"""),
    code("""sa.present.table(
    page_tests.assign(change_date=page_tests["change_date"].dt.strftime("%Y-%m-%d"))[
        ["task_id", "designer", "product_name", "change_date", "conversion_rate_before", "conversion_rate_after",
         "lift", "lift_low", "lift_high", "verdict", "promo"]],
    pct=["conversion_rate_before", "conversion_rate_after", "lift", "lift_low", "lift_high"], digits=2,
    signed=["lift", "lift_low", "lift_high"], labels=labels,
) if len(page_tests) else sa.present.bullets(["No new detail page went live in the period."])"""),
    md("""## 4. 交付 · Delivery

Tasks **due** in the period. On time: delivered on or before the due date. Late: delivered
after it, or still open past it. Tasks still open and not yet due are left out of the rate.
用时 (lead time) = delivered − requested, in days."""),
    code("""sa.present.table(
    delivery.assign(asset=delivery["asset"].map(sa.designers.ASSETS))[
        ["designer", "asset", "tasks", "on_time", "late", "open_late", "on_time_rate", "mean_lead_days",
         "median_lead_days", "mean_days_late"]],
    pct=["on_time_rate"], number=["mean_lead_days", "median_lead_days", "mean_days_late"], digits=0, labels=labels,
)"""),
    md("""Late and still open on the last day of the period:"""),
    code("""sa.present.table(
    late.assign(asset=late["asset"].map(sa.designers.ASSETS), requested=late["requested"].dt.strftime("%Y-%m-%d"),
                due=late["due"].dt.strftime("%Y-%m-%d")).drop(columns="product_id"),
    labels=labels,
) if len(late) else sa.present.bullets([f"No task is late and open on {last:%Y-%m-%d}."])"""),
    md("""## 5. 绩效与奖金 · Scorecard and bonus

Each designer scores 0–100 on on-time delivery (100 × on-time rate), main images and
detail pages (100 × (wins + ½ × no clear difference) / tests that closed in the period).
The total weighs them with the `weights` parameter; a part with nothing to judge this
period is left out and the others count for more. Grades follow the `grades` parameter."""),
    code("""sa.present.table(
    scores[["rank", "designer", "tasks", "on_time_rate", "image_wins", "image_losses", "image_no_difference",
            "page_judged", "on_time_score", "image_score", "page_score", "total", "grade"]],
    pct=["on_time_rate"], number=["on_time_score", "image_score", "page_score", "total"], digits=0, labels=labels,
)"""),
    md("""The bonus, as shops commonly pay designers: a share (`bonus_share`) of the gross profit
of the products whose main image or detail page they made, on the sales above a threshold
(`bonus_threshold`) per product. Gross profit = 支付金额 × (price − cost) / price (pieces
estimated as 支付金额 / price). When two designers' work was in use, the product's bonus is
shared by the days each one's was. The defaults (1% above ¥20,000 a month) are numbers seen
in practice, not a standard: set your own."""),
    code("""sa.present.table(bonus, money=["paid_amount", "gross_profit", "bonus"], labels=labels)"""),
    code("""sa.present.table(
    bonus_detail[["designer", "product_name", "tasks", "live_days", "paid_amount", "margin_rate", "qualifying_profit",
                  "pool_share", "bonus"]],
    money=["paid_amount", "qualifying_profit", "bonus"], pct=["margin_rate", "pool_share"], digits=0, labels=labels,
)"""),
    md("""## 6. 要点 · Takeaways

Written from the numbers above."""),
    code("""takeaways = sa.designers.describe_designers(image_tests, pages, by_designer, late, scores, bonus)
sa.present.bullets(takeaways)"""),
    md("""## 探索 · Explore

In Jupyter Lab, pick a product to see its daily click-through by main-image version
(skipped in headless runs).""", metadata={"tags": ["report-hide"]}),
    code("""if interactive:
    import ipywidgets as widgets

    daily_ctr = sa.designers.image_ctr(shop.products_daily, start=last - pd.Timedelta(weeks=trend_weeks), end=last,
                                       freq="D")
    products = list(dict.fromkeys([*history["product_name"][::-1], *daily_ctr["product_name"]]))
    widgets.interact(lambda product: sa.plotting.plot_trend(daily_ctr[daily_ctr["product_name"] == product], "date",
                                                            "ctr", hue="main_image", yformat="pct",
                                                            legend_title="主图版本", title=f"{product} 每日点击率"),
                     product=widgets.Dropdown(options=products, description="商品"))""",
         metadata={"tags": ["report-hide"]}),
    code("""sa.record("start", start)
sa.record("end", end)
sa.record("n_image_tests", len(image_tests))
sa.record("n_image_wins", int(verdicts.get("win", 0)))
sa.record("n_image_losses", int(verdicts.get("loss", 0)))
sa.record("n_image_no_difference", int(verdicts.get("no clear difference", 0)))
sa.record("n_image_too_early", int(verdicts.get("not enough data yet", 0)))
sa.record("image_verdicts", {f"{r.product_name} {r.version_after}": r.verdict for r in image_tests.itertuples()})
sa.record("image_lift", {f"{r.product_name} {r.version_after}": r.lift for r in image_tests.itertuples()})
sa.record("money_at_stake_top", pages["money_at_stake"].iloc[0] if len(pages) else None)
sa.record("money_at_stake_top_product", pages["product_name"].iloc[0] if len(pages) else None)
sa.record("money_at_stake_total", pages["money_at_stake"].sum())
sa.record("shop_conversion_rate", pages.attrs["conversion_rate"])
sa.record("on_time_rate", dict(zip(by_designer["designer"], by_designer["on_time_rate"])))
sa.record("on_time_rate_team", team["on_time_rate"])
sa.record("mean_lead_days", dict(zip(by_designer["designer"], by_designer["mean_lead_days"])))
sa.record("late_open_tasks", list(late["task_id"]))
sa.record("scores", dict(zip(scores["designer"], scores["total"])))
sa.record("grades", dict(zip(scores["designer"], scores["grade"])))
sa.record("bonus", dict(zip(bonus["designer"], bonus["bonus"])))
sa.record("bonus_total", bonus["bonus"].sum())
sa.record("takeaways", takeaways)"""),
]

nb = new_notebook(cells=cells)
nb.metadata = {
    "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
    "language_info": {"name": "python"},
    "shopanalysis": {"title": "美工绩效 Designer KPIs", "period": ["start", "end"]},
}
out = Path(__file__).resolve().parents[1] / "notebooks" / "reports" / "designer_kpis.ipynb"
nbformat.write(nb, out)
print(f"wrote {out}")
