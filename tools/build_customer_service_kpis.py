"""Write notebooks/reports/customer_service_kpis.ipynb from the cells below (outputs empty).

The notebook is the source of truth once written; this script keeps its first
version reviewable as code. Run: .venv/bin/python tools/build_customer_service_kpis.py
"""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

md, code = new_markdown_cell, new_code_cell
HIDE = {"tags": ["report-hide"]}  # left out of the HTML and PDF (shopanalysis.runner.HIDE_TAG)

cells = [
    md("""# 客服绩效 · Customer-service KPIs

**Who reads it:** the shop manager or the customer-service lead (客服主管), once a month (or
for any date range), and the agents themselves.
**What it answers:** how well the team turned inquiries into buyers and how fast it
answered; who is ahead of the team average and who is behind; each agent's scorecard,
grade and pay; what an inquiry is worth and what the unconverted ones cost; whether the
roster kept the rules; and what each agent should train next.

Every number comes from the exports (赤兔 客服绩效, the team list, the roster, 生意参谋 and
the 直通车 keyword report) through `shopanalysis.customer_service`; this notebook only
arranges them. Rerun it for another period with
`shopanalysis run customer-service-kpis -p start=2026-06-01 -p end=2026-06-30` (or `--data your_exports/`)."""),
    code("""%config InlineBackend.figure_format = "retina"
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import display

import shopanalysis as sa
from shopanalysis import customer_service as cs

sa.set_style()"""),
    code("""start: str = "2026-10-01"  # first day of the period (YYYY-MM-DD)
end: str = "2026-10-31"  # last day of the period (YYYY-MM-DD)
data_dir: str = ""  # folder of your exports; empty for the bundled demo shop
shop_name: str = "栖梧女装旗舰店"  # shown in the title
interactive: bool = True  # widgets to explore (shopanalysis run turns them off)
response_target_s: float = 20.0  # first-response (首次响应时间) target in seconds, from an operator's daily routine
weights: dict = {"inquiry_conversion": 0.40, "target_completion": 0.30, "order_value": 0.15, "response_time": 0.15}  # scorecard weights (common practice, not a standard); also avg_response_time, bad_review_resolution
thresholds: dict = {"inquiry_conversion": [0.30, 0.55], "target_completion": [0.60, 1.00], "order_value": [0.80, 1.20]}  # [value scoring 0, value scoring 100] per component, linear between; response time: 100 at the target, 0 at twice it, unless given here
grades: dict = {"A": 90, "B": 75, "C": 60, "D": 0}  # lowest total score (0-100) that earns each grade
sales_targets: dict = {}  # each agent's sales target for the period in yuan, e.g. {"小美": 90000}; empty: the shop's target x its share of sales through customer service, split by hours on shift
history_days: int = 90  # days before the period whose customer-service share of sales sets the team's target
base_pay: dict = {"P1": 3000, "P2": 3500, "P3": 4000, "P4": 4500}  # monthly base pay per P-level in yuan (prorated for a period that is not one calendar month)
level_coefficients: dict = {"P1": 0.8, "P2": 1.0, "P3": 1.2, "P4": 1.5}  # commission multiplier per P-level; the commission is 客服销售额 x the agent's commission_rate (cs_agents)
grade_coefficients: dict = {}  # optional commission multiplier per grade, e.g. {"A": 1.2, "B": 1.0, "C": 0.8, "D": 0.5}; empty: pay does not depend on the grade
cpc: float = 0.0  # 直通车 平均点击花费 (yuan) for the value of an inquiry; 0: the period's, from the keyword report
click_conversion: float = 0.0  # 直通车 点击转化率 (a fraction); 0: the period's, from the keyword report
open_from: str = "09:00"  # customer service opens (roster check)
open_until: str = "23:30"  # customer service closes
shifts: dict = {"day": ["09:00", "17:30"], "half": ["10:00", "15:30"], "night": ["17:00", "23:30"]}  # the shifts of the roster, from and until
min_rest_h: float = 12.0  # least hours between the end of one shift and the start of the next (no day shift the morning after a night)
min_days_off: int = 1  # least full days off in every Monday-Sunday week
max_hours_gap: float = 0.10  # largest gap of an agent's monthly hours from the team mean (0.10 is 10%)
training_tolerance: float = 0.05  # a metric more than this much worse than the team's (a fraction of it) calls for training""",
         metadata={"tags": ["parameters"]}),
    code("""tables = ["cs_daily", "cs_agents", "cs_roster", "shop_daily", "ppc_keywords", "targets"]
shop = sa.load_shop(data_dir, tables=tables) if data_dir else sa.load_demo_shop(tables=tables)
shop.require("cs_daily", "cs_agents", "shop_daily")
first, last = pd.Timestamp(start), pd.Timestamp(end)
period = dict(start=first, end=last, response_target_s=response_target_s, shop_daily=shop.shop_daily)
agents = cs.summarize_agents(shop.cs_daily, **period)
team = cs.summarize_team(shop.cs_daily, **period)
ranked = cs.compare_agents(agents, team)
spread = cs.summarize_spread(agents, team)
derived_targets = (cs.agent_targets(shop.cs_daily, shop.shop_daily, shop.targets, start=first, end=last,
                                    history_days=history_days, cs_roster=shop.cs_roster, shifts=shifts)
                   if shop.targets is not None else None)
targets = sales_targets or derived_targets
scores = cs.scorecard(agents, targets=targets, weights=weights, thresholds=thresholds, grades=grades,
                      response_target_s=response_target_s)
pay = cs.agent_pay(scores, shop.cs_agents, base_pay=base_pay, level_coefficients=level_coefficients,
                   grade_coefficients=grade_coefficients)
value = cs.summarize_inquiry_value(shop.cs_daily, shop.ppc_keywords, start=first, end=last, cpc=cpc or None,
                                   click_conversion=click_conversion or None)
costs = cs.add_inquiry_cost(ranked, value["cost_per_inquiry"])
violations = (cs.check_roster(shop.cs_roster, start=first, end=last, open_from=open_from, open_until=open_until,
                              shifts=shifts, min_rest_h=min_rest_h, min_days_off=min_days_off,
                              max_hours_gap=max_hours_gap)
              if shop.cs_roster is not None else None)
training = cs.suggest_training(scores, team, tolerance=training_tolerance)
labels = cs.LABELS
sa.present.title(f"{shop_name} · 客服绩效 {first:%Y-%m-%d} 至 {last:%Y-%m-%d}")"""),
    code("""sa.present.kpis({
    "询单人数": (sa.plotting.format_number(team["inquiries"]), f"{team['agents']} 位客服 · {team['agent_days']} 人天"),
    "询单转化率": (sa.plotting.format_pct(team["inquiry_conversion"]),
              f"{sa.plotting.format_number(team['inquiry_buyers'])} 人询单后付款（按人计）"),
    "首次响应时间": (f"{team['first_response_s']:.1f} 秒",
               f"目标 {response_target_s:g} 秒 · {team['breach_days']} 人天超时"),
    "客服销售额": (sa.plotting.format_yuan(team["sales_amount"]), f"占店铺 {sa.plotting.format_pct(team['cs_share'])}"),
    "客服客单价": (sa.plotting.format_yuan(team["assisted_order_value"]),
              f"店铺 {sa.plotting.format_yuan(team['shop_order_value'])}"),
    "中差评": (f"{team['bad_reviews_resolved']} / {team['bad_reviews']}", "已处理 / 收到"),
})"""),
    md("""## 1. 客服对比 · Agents against the team

**询单转化率** here is 赤兔's *person-based* definition: of the buyers who asked an agent a
question (询单人数), the share who went on to pay (询单→最终付款人数). Over days and agents
it is a ratio of sums, so the team's figure is the team average agents are compared
with. **对比团队** is the agent's value over the team's, minus one: +20% converts a fifth
better than the team; for response times +20% is a fifth *slower*. 客服客单价 = 客服销售额 /
询单→最终付款人数, against the shop's 客单价 (支付金额 / 支付买家数) over the same days.
售后率 = 售后人数 / 接待人数. Ranked by 询单转化率."""),
    code("""sa.present.table(
    ranked[["rank", "agent", "days", "inquiries", "inquiry_buyers", "inquiry_conversion", "inquiry_conversion_vs_team",
            "sales_amount", "sales_per_day_vs_team", "assisted_order_value", "order_value_vs_shop", "after_sales_rate",
            "bad_reviews", "bad_reviews_resolved"]],
    pct=["inquiry_conversion_vs_team", "sales_per_day_vs_team"], number=["order_value_vs_shop"],
    signed=["inquiry_conversion_vs_team", "sales_per_day_vs_team"],
    labels={**labels, "sales_per_day_vs_team": "日均销售对比团队"},
)"""),
    code("""fig, ax = plt.subplots(figsize=(8, 0.45 * len(ranked) + 1.2))
sa.plotting.plot_bar(ranked, value="inquiry_conversion", label="agent", xformat="pct", ax=ax,
                     title="询单转化率（按人计）与团队平均", xlabel="询单转化率")
ax.axvline(team["inquiry_conversion"], color=sa.plotting.ALERT_COLOR, linestyle="--", linewidth=1.5,
           label=f"团队 {sa.plotting.format_pct(team['inquiry_conversion'])}")
ax.legend(loc="lower right", fontsize="small")
plt.show()"""),
    md("""How far apart the agents are: the best and the worst on each metric, the range between
them, and the spread (标准差, and 变异系数 = 标准差 / 平均, comparable across metrics)."""),
    code("""sa.present.table(
    spread.assign(**{c: [cs.format_metric(m, x) for m, x in zip(spread["metric"], spread[c])]
                     for c in ["team", "best", "worst", "range", "std"]}).drop(columns="metric"),
    pct=["cv"], labels=labels,
)"""),
    md("""## 2. 响应时间 · Response times against the target

首次响应时间 is the time from a buyer's first message to the agent's first reply, 平均响应时间
the same over every reply; both are averages over the days weighted by 接待人数. The
routine's target is the `response_target_s` parameter; 首响超时天数 counts the days an
agent's first response averaged above it."""),
    code("""slow = list(agents.loc[agents["first_response_s"] > response_target_s, "agent"])
fig, ax = plt.subplots(figsize=(8, 0.45 * len(agents) + 1.2))
sa.plotting.plot_bar(agents, value="first_response_s", label="agent", ascending=True, ax=ax, highlight=slow,
                     highlight_color=sa.plotting.ALERT_COLOR, title="首次响应时间（秒）", xlabel="秒")
ax.axvline(response_target_s, color=sa.plotting.UP_COLOR, linestyle="--", linewidth=1.5,
           label=f"目标 {response_target_s:g} 秒")
ax.legend(loc="upper right", fontsize="small")
plt.show()"""),
    code("""sa.present.table(
    agents.sort_values("first_response_s")[["agent", "received", "first_response_s", "avg_response_s", "breach_days",
                                            "worst_first_response_s"]],
    number=["first_response_s", "avg_response_s", "worst_first_response_s"], labels=labels,
)"""),
    md("""## 3. 绩效与薪酬 · Scorecard, grades and pay

Each item scores 0–100, linearly between the two `thresholds` of the item (for response
time, 100 within the target and 0 at twice it), and the total weighs them with the
`weights` parameter; an item with nothing to judge is left out and the others count for
more. The defaults weigh 询单转化率, sales-target completion, 客服客单价 against the shop's,
and 首次响应时间, as customer-service KPI sheets commonly do: common practice, not a
standard.

**The sales target.** The data has no per-agent targets, so unless `sales_targets` gives
them, each agent's comes from the shop's monthly target (销售目标) for the days of the
period, times the share of the shop's sales that went through customer service in the
`history_days` before the period, split by hours on shift:"""),
    code("""t = derived_targets.attrs if derived_targets is not None else {}
sa.present.bullets(
    [f"Targets set by hand for {len(sales_targets)} agents (the sales_targets parameter)."] if sales_targets else
    [f"The shop's target for the period: {sa.plotting.format_yuan(t['shop_target'])}.",
     f"Share of sales through customer service, {t['cs_share_from'][0]} to {t['cs_share_from'][1]}: "
     f"{sa.plotting.format_pct(t['cs_share'])}.",
     f"The team's target: {sa.plotting.format_yuan(t['team_target'])}, split by {t['split_by']}."]
    if t else ["No targets table: target completion is left out of the scorecard."]
)"""),
    code("""score_columns = [f"{name}_score" for name in weights if f"{name}_score" in scores.columns]
sa.present.table(
    scores.round({c: 0 for c in [*score_columns, "total"]})[["rank", "agent", "inquiry_conversion", "target_amount", "sales_amount", "target_completion",
            "order_value_vs_shop", "first_response_s", *score_columns, "total", "grade"]]
    if "target_amount" in scores.columns else scores.round({c: 0 for c in [*score_columns, "total"]})[
        ["rank", "agent", *score_columns, "total", "grade"]],
    money=["target_amount"], pct=["target_completion"],
    number=["order_value_vs_shop", "first_response_s", *score_columns, "total"], digits=1, labels=labels,
)"""),
    md("""Pay = base pay of the agent's P-level (职级) + 客服销售额 × the agent's commission rate ×
the level's coefficient (× the grade's coefficient when `grade_coefficients` is set).
Base pay is monthly and prorated by the calendar months of the period. The defaults are
an example pay sheet, not a standard: set your own."""),
    code("""sa.present.table(
    pay if grade_coefficients else pay.drop(columns="grade_coefficient"),
    money=["sales_amount", "commission", "bonus", "base_pay", "pay"],
    number=["level_coefficient", "grade_coefficient"], pct=["commission_rate"], digits=1, labels=labels,
)"""),
    md("""## 4. 询单价值 · What an inquiry is worth

An order bought through 直通车 costs 平均点击花费 / 点击转化率; since only 询单转化率 of the
buyers who ask customer service go on to pay, one inquiry is worth

  **单个询单价值 = 平均点击花费 / 点击转化率 × 询单转化率**

(the worked example: ¥1 / 1.28% × 30% = ¥23.44). That is what a slow or careless reply
throws away. Below with the period's CPC and click conversion from the keyword report
(or the `cpc` / `click_conversion` parameters) and the team's 询单转化率; the unconverted
inquiries (询单人数 − 询单→最终付款人数) are valued at that price. The export does not count
inquiries left without a reply, so the missed ones are among the unconverted."""),
    code("""sa.present.kpis({
    "平均点击花费": (sa.plotting.format_yuan(value["cpc"]), "直通车 CPC"),
    "点击转化率": (sa.plotting.format_pct(value["click_conversion"], 2), f"一单成本 {sa.plotting.format_yuan(value['cost_per_order'])}"),
    "单个询单价值": (sa.plotting.format_yuan(value["cost_per_inquiry"]),
               f"× 询单转化率 {sa.plotting.format_pct(value['inquiry_conversion'])}"),
    "未转化损失": (sa.plotting.format_yuan(value["unconverted_cost"]),
              f"{sa.plotting.format_number(value['unconverted'])} 个询单未付款"),
})"""),
    code("""sa.present.table(
    costs.sort_values("unconverted_cost", ascending=False)[["agent", "inquiries", "inquiry_buyers", "unconverted",
                                                            "inquiry_conversion", "unconverted_cost"]],
    money=["unconverted_cost"], labels=labels,
)"""),
    md("""## 5. 排班检查 · Roster check

The rules of the operations manual, each a parameter: service hours (`open_from` to
`open_until`) covered every day; at least `min_rest_h` hours between shifts (no day shift
the morning after a night shift); at least `min_days_off` full day off in every
Monday–Sunday week (judged in the period that holds its Monday); each agent's hours in a
month within `max_hours_gap` of the team's mean; nobody off on a big day (the peak day of
双11, 双12 and 618)."""),
    code("""(sa.present.table(violations.assign(date=violations["date"].dt.strftime("%Y-%m-%d")), labels=labels)
 if violations is not None and len(violations) else
 sa.present.bullets(["No roster (cs_roster) in the data." if violations is None else
                     "The roster keeps every rule in the period."]))"""),
    md("""## 6. 培训建议 · Training suggestions

For each agent, the metrics where they are more than `training_tolerance` worse than the
team (差距 = how much worse, as a share of the team's value; against a target of 100% for
sales-target completion; 中差评处理率 only with at least 3 bad reviews), the largest two, and
what to train for each."""),
    code("""(sa.present.table(training.assign(value=[cs.format_metric(m, x) for m, x in zip(training["metric"], training["value"])],
                                   team=[cs.format_metric(m, x) for m, x in zip(training["metric"], training["team"])])[
                      ["agent", "label", "value", "team", "gap"]],
                  pct=["gap"], labels=labels)
 if len(training) else sa.present.bullets(["No agent is more than the tolerance behind the team."]))"""),
    code("""sa.present.bullets([f"{r.label}: {r.suggestion}" for r in training.drop_duplicates("metric").itertuples()],
                   title="What to train (培训内容)")"""),
    md("""## 7. 要点 · Takeaways

Written from the numbers above."""),
    code("""takeaways = cs.describe_agents(team, ranked, scores=scores, pay=pay, inquiry_value=value, violations=violations,
                               training=training)
sa.present.bullets(takeaways)"""),
    md("""## 探索 · Explore

In Jupyter Lab, move the weights to see how the ranking changes (skipped in headless runs).""",
       metadata=HIDE),
    code("""if interactive:
    import ipywidgets as widgets

    sliders = {name: widgets.FloatSlider(value=float(weights.get(name, 0.0)), min=0.0, max=1.0, step=0.05,
                                         description=label, style={"description_width": "initial"})
               for name, (_, _, label) in cs.SCORE_COMPONENTS.items()}
    widgets.interact(lambda **w: display(sa.present.table(
        cs.scorecard(agents, targets=targets, weights=w if sum(w.values()) > 0 else weights, thresholds=thresholds,
                     grades=grades, response_target_s=response_target_s)[["rank", "agent", "total", "grade"]],
        number=["total"], labels=labels)), **sliders)""", metadata=HIDE),
    code("""sa.record("start", start)
sa.record("end", end)
sa.record("agents", team["agents"])
sa.record("inquiries", team["inquiries"])
sa.record("inquiry_buyers", team["inquiry_buyers"])
sa.record("inquiry_conversion", team["inquiry_conversion"])
sa.record("first_response_s", team["first_response_s"])
sa.record("avg_response_s", team["avg_response_s"])
sa.record("response_target_s", response_target_s)
sa.record("breach_days", team["breach_days"])
sa.record("sales_amount", team["sales_amount"])
sa.record("cs_share", team["cs_share"])
sa.record("assisted_order_value", team["assisted_order_value"])
sa.record("shop_order_value", team["shop_order_value"])
sa.record("after_sales_rate", team["after_sales_rate"])
sa.record("bad_reviews", team["bad_reviews"])
sa.record("bad_reviews_resolved", team["bad_reviews_resolved"])
sa.record("agent_conversion", dict(zip(ranked["agent"], ranked["inquiry_conversion"])))
sa.record("agent_first_response_s", dict(zip(ranked["agent"], ranked["first_response_s"])))
sa.record("agent_sales", dict(zip(ranked["agent"], ranked["sales_amount"])))
sa.record("ranking", list(ranked["agent"]))
sa.record("conversion_spread", spread.set_index("metric").loc["inquiry_conversion", "range"])
sa.record("slow_agents", slow)
sa.record("team_target", derived_targets.attrs["team_target"] if derived_targets is not None and not sales_targets else None)
sa.record("target_completion", dict(zip(scores["agent"], scores["target_completion"])) if "target_completion" in scores else None)
sa.record("scores", dict(zip(scores["agent"], scores["total"])))
sa.record("grades", dict(zip(scores["agent"], scores["grade"])))
sa.record("pay", dict(zip(pay["agent"], pay["pay"])))
sa.record("pay_total", pay["pay"].sum())
sa.record("cpc", value["cpc"])
sa.record("click_conversion", value["click_conversion"])
sa.record("cost_per_inquiry", value["cost_per_inquiry"])
sa.record("unconverted_inquiries", value["unconverted"])
sa.record("unconverted_cost", value["unconverted_cost"])
sa.record("n_roster_violations", len(violations) if violations is not None else None)
sa.record("roster_violations", [[r.rule, f"{r.date:%Y-%m-%d}", r.agent] for r in violations.itertuples()]
          if violations is not None else None)
sa.record("training", {agent: list(rows["metric"]) for agent, rows in training.groupby("agent", sort=False)})
sa.record("takeaways", takeaways)"""),
]

nb = new_notebook(cells=cells)
nb.metadata = {
    "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
    "language_info": {"name": "python"},
    "shopanalysis": {"title": "客服绩效 Customer-service KPIs", "period": ["start", "end"]},
}
out = Path(__file__).resolve().parents[1] / "notebooks" / "reports" / "customer_service_kpis.ipynb"
nbformat.write(nb, out)
print(f"wrote {out}")
