"""What the course's widgets show (:mod:`shopanalysis.course.widgets`): labels, printed lines, chart titles.

Chinese first; the English keeps the platform's Chinese names where the lesson's
prose does (a "bilingual." key).
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "course_widgets",
    {
        # --- routine
        "routine.share": ("每天做对的比例", "right each day"),
        "routine.days": ("天数", "days"),
        "routine.line": ("{share:.3f} ** {days} = 完美状态的 {left:pct1}", "{share:.3f} ** {days} = {left:pct1} of "
                                                                        "perfect"),
        "routine.xlabel": ("天", "days"),
        "routine.ylabel": ("剩下的完美比例", "share of perfect"),
        "routine.title": ("每天做对 {share:pct1}", "{share:pct1} right every day"),
        # --- sales formula
        "bilingual.sales.title": ("支付金额 = 访客数 × 支付转化率 × 客单价",
                                  "支付金额 = 访客数 × 支付转化率 × 客单价 (sales = visitors × conversion × order "
                                  "value)"),
        "bilingual.sales.visitors": ("访客数", "访客数 visitors"),
        "bilingual.sales.conversion": ("支付转化率 %", "支付转化率 conversion %"),
        "bilingual.sales.order_value": ("客单价 ¥", "客单价 order value ¥"),
        "sales.line": ("{visitors} 个访客 × {rate:pct2} × {order_value} = {sales}  "
                       "（比 {start} {change:+pct1}）",
                       "{visitors} visitors × {rate:pct2} × {order_value} = {sales}  "
                       "({change:+pct1} against {start})"),
        "sales.parts": ("变化里各部分的份额（对数拆分）：{parts}", "share of the change (log split): {parts}"),
        "sep": ("，", ", "),
        "sales.part": ("{name} {share:+pct0}", "{name} {share:+pct0}"),
        "bilingual.sales.step.visitors": ("访客数", "访客数 visitors"),
        "bilingual.sales.step.conversion": ("转化率", "转化率 conversion"),
        "bilingual.sales.step.order_value": ("客单价", "客单价 order value"),
        # --- day explorer
        "day.day": ("日期", "day"),
        "day.against": ("对比", "against"),
        "day.option": ("{day:date} {weekday}", "{day:date} {weekday}"),
        # --- mix explorer
        "mix.month": ("月份", "month"),
        "mix.floor": ("自然流量 ≥ %", "natural ≥ %"),
        "mix.title": ("流量结构 {month}", "Traffic mix {month}"),
        # --- undercut explorer
        "bilingual.undercut.choice": ("{rank}. {name}（{category}，{price:yuan}，月销 {sold:int}）",
                                      "{rank}. {name} ({category}, {price:yuan}, 月销 {sold:int})"),
        "undercut.rank": ("本店畅销款", "our best seller"),
        "undercut.threshold": ("便宜 ≥ %", "cheaper by ≥ %"),
        "undercut.rivals": ("竞品", "rival products"),
        "undercut.cheaper": ("低价竞品（便宜 {threshold:pct0} 以上）", "undercutting ({threshold:pct0} cheaper or more)"),
        "undercut.ours": ("本店 {name}", "ours: {name}"),
        "undercut.price": ("价格", "price"),
        "bilingual.undercut.sales": ("月销量", "月销量 pieces a month"),
        "undercut.title": ("{category} 竞品价格与月销量 {day:date}", "{category}: rivals' price and monthly sales "
                                                                  "{day:date}"),
        "undercut.line": ("{category} 里有 {n} 个竞品比 {name}（{price:yuan}）便宜至少 {threshold:pct0}。",
                          "{n} rival {n:product|products} in {category} at least {threshold:pct0} cheaper than "
                          "{name} ({price:yuan})."),
        # --- keyword sample
        "keyword.none": ("在这段时间里没有关键词 {keyword}", "no keyword {keyword} in the window"),
        "keyword.line": ("{decision}：{reason}", "{decision}: {reason}"),
        "keyword.data": ("数据：{clicks} 次点击，{orders} 笔成交", "the data: {clicks} clicks, {orders} orders"),
        "keyword.sliders": ("滑块：{clicks} 次点击，{orders} 笔成交", "sliders: {clicks} clicks, {orders} orders"),
        "keyword.range": ("{decision}  {low:.2f}–{high:.2f}", "{decision}  {low:.2f}–{high:.2f}"),
        "keyword.break_even": ("保本", "break-even"),
        "keyword.target": ("目标", "target"),
        "keyword.xlabel": ("数据允许的 ROI（95% 下限 – 上限；○ 为估计值）", "ROI the data allows (95% low – high; ○ the "
                                                                       "estimate)"),
        "keyword.title": ("{keyword}（{campaign}）", "{keyword} ({campaign})"),
        "bilingual.keyword.clicks": ("点击量", "点击量 clicks"),
        "bilingual.keyword.orders": ("成交笔数", "成交笔数 orders"),
        # --- image test explorer
        "image.no_change": ("这份数据里没有商品换过主图", "no product changed its main image in this data"),
        "image.days": ("days={days}：要在 1 到 window_days（{window}）之间", "days={days}: between 1 and window_days "
                                                                          "({window})"),
        "image.unknown": ("{product} 没有换过主图；换过主图的商品是 {products:list}",
                          "no main-image change of {product}; the changes are of {products:list}"),
        "image.option": ("{name} {old}→{new}（{day:date}）", "{name} {old}→{new} ({day:date})"),
        "image.live": ("{name} {old}→{new}，{change:date} 上线；数据截至 {as_of:date}（换图后 {window} 天里的第 {seen} 天；"
                       "窗口 {end:date} 结束）",
                       "{name} {old}→{new}, live {change:date}; data up to {as_of:date} ({seen} of {window} days "
                       "after; the window closes {end:date})"),
        "bilingual.image.ctr": ("点击率 换图前 {before:pct2}（{clicks_before:int} 次点击）→ 换图后 {after:pct2}"
                                "（{clicks_after:int} 次点击）：提升 {lift:+pct1}，95% 区间 {low:+pct1} 到 {high:+pct1}",
                                "点击率 {before:pct2} before ({clicks_before:int} clicks) → {after:pct2} after "
                                "({clicks_after:int} clicks): lift {lift:+pct1}, 95% interval {low:+pct1} to "
                                "{high:+pct1}"),
        "image.verdict": ("结论：{verdict}", "verdict: {verdict}"),
        "image.verdict_promo": ("结论：{verdict}（窗口里有大促：{promo}）", "verdict: {verdict}  (promo in the window: "
                                                                      "{promo})"),
        "image.not_seen": ("还没看到的日子", "not seen yet"),
        "bilingual.image.title": ("{name} 每日点击率（虚线：每一边的 点击量 / 曝光量）",
                                  "{name} daily 点击率 (dashed: each side's 点击量 / 曝光量)"),
        "image.legend": ("主图", "main image"),
        "image.lift": ("提升及其 95% 区间：{verdict}", "lift and its 95% interval: {verdict}"),
        "image.change": ("新主图", "new image"),
        "image.days_after": ("换图后天数", "days after"),
        # --- inquiry cost
        "bilingual.inquiry.order": ("通过直通车买来一单：¥{cpc:.2f} / {click:pct2} = {order}",
                                    "one order through 直通车: ¥{cpc:.2f} / {click:pct2} = {order}"),
        "bilingual.inquiry.one": ("一次询单（询单成本）：    {order} × {inquiry:pct1} = {one}",
                                  "one inquiry (询单成本):    {order} x {inquiry:pct1} = {one}"),
        "inquiry.month": ("每天漏掉 {missed} 次询单 × {days} 天 = 每月 {total}",
                          "{missed} missed inquiries a day x {days} days = {total} a month"),
        "inquiry.xlabel": ("每天漏掉的询单", "missed inquiries a day"),
        "inquiry.ylabel": ("{days} 天的成本", "cost of {days} days"),
        "bilingual.inquiry.title": ("询单成本 {one}：一个月漏掉的询单值多少钱",
                                    "询单成本 {one}: what the missed inquiries of a month cost"),
        "bilingual.inquiry.cpc": ("平均点击花费 CPC ¥", "CPC ¥"),
        "bilingual.inquiry.click": ("点击转化率 %", "点击转化率 click conversion %"),
        "bilingual.inquiry.inquiry": ("询单转化率 %", "询单转化率 inquiry conversion %"),
        "inquiry.missed": ("每天漏掉", "missed a day"),
    },
)
