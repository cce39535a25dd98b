"""The words on the charts of :mod:`shopanalysis.plotting`: default titles, legends, notes and its errors.

Axis labels of columns come from the vocabulary (:mod:`shopanalysis.vocab`); these are
the words a chart adds itself.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "plotting",
    {
        # waterfall and the day's sales split
        "waterfall.title": ("支付金额变化拆解", "What changed sales"),
        "waterfall.start": ("上期", "Before"),
        "waterfall.end": ("本期", "After"),
        "waterfall.not_from_zero": ("{label}（纵轴未从 0 开始）", "{label} (axis does not start at 0)"),
        "split.title": ("支付金额变化拆解（{day} 对比{against}）", "What changed sales ({day} vs {against})"),
        "split.the_day": ("当日", "the day"),
        "split.no_data": ("无法拆解：{against}没有数据", "Cannot split the change: no data for {against}"),
        # pacing
        "pacing.title": ("本月销售进度", "Sales against the month's target"),
        "pacing.ylabel": ("累计支付金额", "Cumulative sales"),
        "pacing.actual": ("实际累计", "Actual"),
        "pacing.target": ("目标进度", "Target pace"),
        "pacing.month_target": ("月目标 {target:yuan}", "Month's target {target:yuan}"),
        "pacing.note": ("{day:md} 已完成 {done:yuan}\n进度目标 {due:yuan}（{gap:+yuan}）\n月目标完成 {progress:pct}",
                        "{day:md}: {done:yuan} sold\nTarget to date {due:yuan} ({gap:+yuan})\n"
                        "{progress:pct} of the month's target"),
        # traffic mix
        "mix.title": ("流量结构", "Traffic mix"),
        "mix.xlabel": ("访客占比", "Share of visitors"),
        "mix.tick": ("{channel}\n健康 {range}", "{channel}\nhealthy {range}"),
        "mix.at_least": ("≥{low:pct0}", "≥{low:pct0}"),
        "mix.below": ("<{high:pct0}", "<{high:pct0}"),
        "mix.between": ("{low:pct0}–{high:pct0}", "{low:pct0}–{high:pct0}"),
        "mix.healthy": ("健康区间", "Healthy range"),
        "mix.unhealthy": ("不在健康区间", "Outside its range"),
        # ranked bars
        "bar.rank": ("{name}（第{rank}名）", "{name} (#{rank})"),
        # PPC keywords
        "decisions.title": ("关键词：点击率与 ROI", "Keywords: click-through rate and ROI"),
        "decisions.xlabel": ("点击率（对数刻度）", "Click-through rate (log scale)"),
        "decisions.ylabel": ("ROI 估计（对数刻度）", "Estimated ROI (log scale)"),
        "decisions.target": ("目标 ROI {roi:g}", "Target ROI {roi:g}"),
        "decisions.break_even": ("保本 ROI {roi:.2f}", "Break-even ROI {roi:.2f}"),
        "decisions.size": ("花费", "Spend"),
        # intervals
        "intervals.zero": ("无变化", "No change"),
        # cohort retention
        "cohort.title": ("新客留存（按首购月份）", "Cohort retention (by month of first purchase)"),
        "cohort.xlabel": ("首购后第几个月", "Months since first purchase"),
        "cohort.ylabel": ("首购月份（人数）", "First purchase (buyers)"),
        "cohort.month": ("{cohort:month}", "{cohort:month}"),
        "cohort.day": ("{cohort:date}", "{cohort:date}"),
        "cohort.row": ("{period}（{n:int}人）", "{period} ({n:int})"),
        # the font, and mistakes in the arguments
        "warn.font": ("matplotlib 的字体设置里已经没有中文字体 {font!r}（sns.set_theme、sns.set_style 或 plt.style.use "
                      "会重置字体），中文可能显示成方框；请在它们之后调用 shopanalysis.plotting.set_style() 或 use_cjk_font()",
                      "matplotlib's font settings no longer include the Chinese font {font!r} (sns.set_theme, "
                      "sns.set_style or plt.style.use reset them), so Chinese text may show as boxes; call "
                      "shopanalysis.plotting.set_style() or use_cjk_font() after them"),
        "error.weight": ("weight={weight!r}：只能是 {choices}", "weight={weight!r}: expected one of {choices}"),
        "error.format": ("格式 {kind!r}：只能是 {choices}、matplotlib 的 Formatter 或一个函数",
                         "format {kind!r}: expected one of {choices}, a matplotlib Formatter or a function"),
        "error.columns": ("数据里没有列 {missing}；现有的列：{columns}", "data has no column(s) {missing}; it has {columns}"),
        "error.steps_empty": ("steps 是空的：至少给一项 名称 -> 变化", "steps is empty: pass at least one label -> change"),
        "error.steps_missing": ("steps 有缺失值：{labels}", "steps has missing values: {labels}"),
        "error.steps_sum": ("start + sum(steps) = {computed:.2f}，但 end = {end:.2f}：各步要解释全部变化"
                            "（其余部分可加一步“其他”），或者不传 end",
                            "start + sum(steps) = {computed:.2f} but end = {end:.2f}: the steps must explain the "
                            "whole change (add a step such as 'other' for the rest), or leave end=None"),
        "error.no_values": ("列 {column!r} 没有数值", "column {column!r} has no values"),
        "error.channels": ("healthy 里的渠道 {unknown} 不在 shares 里（shares 有 {known}）",
                           "healthy names channel(s) {unknown} that are not in shares {known}"),
        "error.value_needed": ("画 DataFrame 要传 value=（{columns} 之一）",
                               "pass value= (one of {columns}) to plot a DataFrame"),
        "error.highlight": ("highlight {absent} 不在标签里：{labels}", "highlight {absent} not among the labels {labels}"),
    },
)
