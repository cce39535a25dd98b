"""Write notebooks/reports/daily_review.ipynb from the cells below (outputs empty).

The notebook is the source of truth once written; this script keeps its first
version reviewable as code. Run: .venv/bin/python tools/build_daily_review.py
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

md, code = new_markdown_cell, new_code_cell

cells = [
    md("""# 每日复盘 · Daily review

**Who reads it:** the operator (运营), first thing in the morning, before the day's work.
**What it answers:** are we on track for the month's target, what moved yesterday and why
(visitors, conversion or 客单价), which traffic source and which products moved it, and
what needs a person today.

Every number comes from the exports through the `shopanalysis` package; this notebook
only arranges them. Rerun it for another day with
`shopanalysis run daily-review -p date=2026-10-15` (or `--data your_exports/`)."""),
    code("""%config InlineBackend.figure_format = "retina"
import pandas as pd
from IPython.display import display

import shopanalysis as sa

sa.set_style()"""),
    code("""date: str = "2026-10-15"  # the day to review (YYYY-MM-DD)
data_dir: str = ""  # folder of your exports (empty: the bundled demo shop)
shop_name: str = "栖梧女装旗舰店"  # shown in the title
interactive: bool = True  # widgets to explore (shopanalysis run turns them off)
baseline: str = "same_weekday_last_week"  # what the takeaways compare with: previous_day, same_weekday_last_week or trailing_7d_mean
top_n: int = 5  # how many products rose and fell most
response_target_s: float = 20.0  # customer-service first-response target, seconds
healthy_mix: dict = {"natural": [0.70, 1.00], "paid": [0.05, 0.10], "activity": [0.10, 0.20], "membership": [0.10, 0.20], "other": [0.00, 0.05]}  # healthy traffic mix (share of visitors): a rule of thumb from a Tmall operations manual, not a platform standard""",
         metadata={"tags": ["parameters"]}),
    code("""tables = ["shop_daily", "traffic_sources", "targets", "products_daily", "ppc_keywords", "ppc_campaigns",
          "cs_daily", "cs_roster", "after_sales", "design_tasks"]
shop = sa.load_shop(data_dir, tables=tables) if data_dir else sa.load_demo_shop(tables=tables)
day = pd.Timestamp(date)
healthy = {channel: tuple(band) for channel, band in healthy_mix.items()}
comparison = sa.sales.compare_day(shop.shop_daily, day)
headline = comparison.set_index("baseline").loc[baseline]
sa.present.title(f"{shop_name} · 每日复盘 {day:%Y-%m-%d}（{sa.present.weekday(day)}）")"""),
    code("""sa.present.day_kpis(headline)"""),
    md("""## 1. 目标进度 · Target pacing

The month's target is not spread evenly: each day's share comes from how the shop's
weekdays sold over the eight weeks before the month, with promo days (双11, 618, 双12,
the Spring Festival stop) planned from last year's lift or from the other promos in the
data. *On track* means month-to-date sales are at or above the plan for the days gone.
Targets are the shop's own numbers (no platform exports them): without a targets file
(销售目标.csv: 月份, 销售目标) this section says N/A and the rest of the review runs."""),
    code("""try:
    pacing = sa.sales.pace_month(shop.shop_daily, shop.targets, day)
except sa.sales.NoTarget as err:  # the platforms do not export targets: say so, and review the rest
    pacing = None
    display(sa.present.bullets([f"N/A: {err}"]))"""),
    code("""if pacing:
    sa.plotting.plot_pacing(pacing.profile, target_total=pacing.target_amount, actual="sales", today=day)"""),
    code("""if pacing:
    display(sa.present.bullets(sa.sales.describe_pacing(pacing)))"""),
    md("""## 2. 什么变了 · What moved

Sales = 访客数 × 支付转化率 × 客单价, so a day's change splits exactly into those three:
by logs, ln(S₁/S₀) = ln(V₁/V₀) + ln(C₁/C₀) + ln(A₁/A₀), and each part's share of the log
change is its share of the yuan change. Against the previous day, the same weekday last
week and the average of the last 7 days:"""),
    code("""sa.present.table(
    comparison[["label", "paid_amount_before", "paid_amount", "sales_change", "sales_change_pct",
                "yuan_visitors", "yuan_conversion", "yuan_avg_order_value"]],
    signed=["sales_change", "sales_change_pct", "yuan_visitors", "yuan_conversion", "yuan_avg_order_value"],
)"""),
    code("""sa.plotting.plot_sales_split(headline);"""),
    md("""## 3. 流量来源 · Traffic sources

Which source's visitors moved, and its part of the shop's change. Shares are of the
shop's own change: on a real export a visitor who came through two sources counts in
both, so the sources need not add up to the shop."""),
    code("""sources = sa.traffic.source_changes(shop.traffic_sources, day, against=baseline, shop_daily=shop.shop_daily)
sa.present.table(sources.head(8)[["source", "channel", "visitors_before", "visitors", "visitors_change", "share_of_visitors_change",
                                  "paid_amount_before", "paid_amount", "sales_change", "share_of_sales_change"]],
                 signed=["visitors_change", "share_of_visitors_change", "sales_change", "share_of_sales_change"])"""),
    code("""mix = sa.traffic.check_mix(sa.traffic.channel_mix(shop.traffic_sources, day, shop_daily=shop.shop_daily), healthy)
sa.plotting.plot_mix(mix.set_index("channel")["share"], healthy);
sa.present.table(mix)"""),
    md("""## 4. 商品 · Products

The products whose sales rose and fell most, and the factor that moved each one.
Products with fewer than 30 visitors on both days are left out: their swings are noise."""),
    code("""movers = sa.sales.product_movers(shop.products_daily, day, against=baseline, n=top_n)
sa.present.table(movers[["direction", "product_name", "paid_amount_before", "paid_amount", "sales_change", "driver", "reason"]],
                 signed=["sales_change"])"""),
    md("""## 5. 晨检清单 · Morning checklist

What the data says needs a person today. **ACTION** is for today, **WARN** is worth a
look, **OK** needs nothing, **N/A** means the export for it was not found."""),
    code("""checklist = sa.checklist.morning_checklist(shop, day, response_target_s=response_target_s, healthy_mix=healthy)
sa.present.table(checklist[["item", "status", "detail", "todo"]])"""),
    md("""## 6. 要点 · Takeaways

Written from the numbers above."""),
    code("""takeaways = (sa.sales.describe_day(comparison, sources, movers=movers, baseline=baseline)
             + (sa.sales.describe_pacing(pacing)[:1] if pacing else [])
             + sa.checklist.describe_checklist(checklist))
sa.present.bullets(takeaways)"""),
    md("""## 探索 · Explore

In Jupyter Lab, pick another baseline to redraw the split (left out of the HTML and PDF).""",
       metadata={"tags": ["report-hide"]}),
    code("""if interactive:
    display(sa.present.baseline_explorer(comparison))""", metadata={"tags": ["report-hide"]}),
    code("""sa.record("date", date)
sa.record("paid_amount", headline["paid_amount"])
sa.record("visitors", headline["visitors"])
sa.record("paying_buyers", headline["paying_buyers"])
sa.record("conversion_rate", headline["conversion_rate"])
sa.record("avg_order_value", headline["avg_order_value"])
sa.record("baseline", baseline)
sa.record("sales_change", headline["sales_change"])
sa.record("sales_change_pct", headline["sales_change_pct"])
sa.record("yuan_visitors", headline["yuan_visitors"])
sa.record("yuan_conversion", headline["yuan_conversion"])
sa.record("yuan_avg_order_value", headline["yuan_avg_order_value"])
pace = pacing.to_dict() if pacing else {}  # no target: the pacing numbers are null
for name in ["target_amount", "mtd_sales", "mtd_target", "pace_ratio", "expected_month_end", "needed_per_day",
             "on_track"]:
    sa.record(name, pace.get(name))
sa.record("top_source", sources["source"].iloc[0] if len(sources) else None)
sa.record("checklist", dict(zip(checklist["key"], checklist["status"])))
sa.record("takeaways", takeaways)"""),
]

nb = new_notebook(cells=cells)
nb.metadata = {
    "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
    "language_info": {"name": "python"},
    "shopanalysis": {"title": "每日复盘 Daily review", "period": "date"},
}
out = Path(__file__).resolve().parents[1] / "notebooks" / "reports" / "daily_review.ipynb"
nbformat.write(nb, out)
print(f"wrote {out}")
