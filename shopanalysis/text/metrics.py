"""What the metric formulas and :func:`shopanalysis.record` say when they are called wrongly.

The metrics' own names (支付转化率, 投入产出比, ...) are the platforms' words and live in
:data:`shopanalysis.metrics.METRICS`; the vocabulary reads them from there.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "metrics",
    {
        "formula": ("{numerator} / {denominator}", "{numerator} / {denominator}"),
        "needs_column": ("计算{metric}（{name} = {formula}）需要列 '{column}'；数据里只有：{have}",
                         "{metric} ({name} = {formula}) needs a column '{column}'; the data has {have}"),
        "needs_columns": ("计算{metric}（{name} = {formula}）需要列 {missing}；数据里只有：{have}",
                          "{metric} ({name} = {formula}) needs column(s) {missing}; the data has {have}"),
        "unknown": ("不认识的指标 {unknown}；可用的指标：{known}", "unknown metric(s) {unknown}; known: {known}"),
        # shopanalysis.record
        "record.name": ("record() 需要一个 snake_case 的名字，例如 'mtd_sales'；收到的是 {name}",
                        "record() needs a snake_case name such as 'mtd_sales'; got {name}"),
        "record.value": ("record() 只记录数字、文字、布尔值、日期，以及由它们组成的列表和字典；收到的是 {kind}",
                         "record() takes numbers, text, booleans, dates, lists and dicts of them; got {kind}"),
    },
)
