"""What the date and table helpers (``shopanalysis._dates``) say when a date or a table does not fit."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "dates",
    {
        "bad_date": ("日期要写成 2026-10-15 这样；收到的是 {value!r}",
                     "expected a date such as '2026-10-15'; got {value!r}"),
        "bad_month": ("月份要写成 2026-10 这样；收到的是 {value!r}",
                      "expected a month such as '2026-10'; got {value!r}"),
        "no_table": ("这一步需要「{title}」表（{table}），但没有提供",
                     "this needs the {table} table ({title}); none was given"),
        "missing_columns": ("「{title}」表（{table}）缺少列 {missing}；现有列：{have}",
                            "the {table} table ({title}) needs column(s) {missing}; it has {have}"),
        "no_dated_rows": ("「{title}」表（{table}）没有带日期的行", "the {table} table ({title}) has no dated rows"),
        "covers": ("「{title}」表（{table}）的数据从 {start:date} 到 {end:date}",
                   "the {table} data ({title}) covers {start:date} to {end:date}"),
        "outside": ("{day:date} 不在数据范围内：{covers}", "{day:date} is outside the data: {covers}"),
        "unknown_baseline": ("没有 {name!r} 这种对比基准；可选：{known}",
                             "unknown baseline {name!r}; expected one of {known}"),
        "no_history_start": ("无历史数据：对比需要 {days}，而数据从 {start:date} 才开始",
                             "no history: the baseline needs {days} and the data starts {start:date}"),
        "no_history_gap": ("无历史数据：缺少 {days} 的数据", "no history: no row for {days}"),
        "span": ("{start:date}至{end:date}", "{start:date}..{end:date}"),
    },
)
