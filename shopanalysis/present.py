"""Show results in a report: tables with Chinese headers and formatted numbers, bullet lists.

Report notebooks hold no functions of their own; what they need to make a table or a
list of takeaways readable lives here. Nothing here computes a metric.

Examples
--------
>>> import pandas as pd
>>> df = pd.DataFrame({"source": ["手淘搜索"], "visitors": [1234], "paid_amount": [56789.0],
...                    "conversion_rate": [0.0235]})
>>> html = table(df).to_html()
>>> [h in html for h in ("流量来源", "访客数", "支付金额", "支付转化率", "¥5.68万", "2.4%")]
[True, True, True, True, True, True]
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from ._format import format_number, format_pct, format_yuan
from ._schema import TABLES
from .metrics import METRICS

__all__ = ["LABELS", "STATUS_COLORS", "label", "table", "bullets", "kpis", "title", "weekday", "day_kpis",
           "baseline_explorer"]

#: Background colours of checklist statuses in tables.
STATUS_COLORS = {"ACTION": "#F8D7DA", "WARN": "#FFF3CD", "OK": "#D4EDDA", "N/A": "#E9ECEF",
                 "low": "#FFF3CD", "high": "#FFF3CD", "ok": "#D4EDDA"}

#: Chinese labels for columns that are not in the data contract (computed ones).
LABELS: dict[str, str] = {
    **{name: m.zh.split(" (")[0] for name, m in METRICS.items()},
    "sales_change": "支付金额变化",
    "sales_change_pct": "变化幅度",
    "yuan_visitors": "访客数贡献",
    "yuan_conversion": "转化率贡献",
    "yuan_avg_order_value": "客单价贡献",
    "share": "占比",
    "status": "状态",
    "detail": "数据",
    "todo": "要做的事",
    "item": "事项",
    "driver": "主因",
    "reason": "原因",
    "baseline": "对比",
    "change": "变化",
    "visitors_change": "访客数变化",
    "paid_amount_change": "支付金额变化",
    "share_of_change": "占变化",
    "low": "下限",
    "high": "上限",
    "advice": "建议",
    "channel": "流量类型",
    "label": "对比",
    "direction": "方向",
    "share_of_visitors_change": "占访客变化",
    "share_of_sales_change": "占金额变化",
    "paying_buyers_change": "买家数变化",
    "buyers_change": "买家数变化",
    "rank": "排名",
}

_MONEY_HINTS = ("amount", "sales", "gmv", "cost", "spend", "budget", "order_value", "yuan", "price", "bid", "cpc")
_PCT_HINTS = ("rate", "share", "pct", "ctr", "conversion", "used", "ratio")


def label(column: str) -> str:
    """Return the Chinese label of a column: the export name for contract columns, else :data:`LABELS`.

    Examples
    --------
    >>> label("paying_buyers"), label("conversion_rate"), label("unknown_thing")
    ('支付买家数', '支付转化率', 'unknown_thing')
    """
    base = column.removesuffix("_before").removesuffix("_after")
    suffix = {"_before": "（对比日）", "_after": "（当日）"}.get(column[len(base):], "")
    if base in LABELS:
        return LABELS[base] + suffix
    for spec in TABLES.values():
        for col in spec.columns:
            if col.name == base and col.aliases:
                return col.aliases[0] + suffix
    return column


#: Display kind of each column of the data contract, from its schema kind.
_CONTRACT_KINDS = {
    col.name: {"int": "number", "money": "money", "rate": "pct", "seconds": "number", "float": "number"}[col.kind]
    for spec in reversed(list(TABLES.values())) for col in spec.columns
    if col.kind in {"int", "money", "rate", "seconds", "float"}
}


def _kind(column: str, series: pd.Series) -> str:
    """Guess how to show a column: dates, then the data contract's kind, then hints in its name."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date"
    if not pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series):
        return "text"
    base = column.removesuffix("_before").removesuffix("_after")
    if base in _CONTRACT_KINDS:
        return _CONTRACT_KINDS[base]
    name = column.lower()
    if name.startswith("yuan_"):
        return "money"
    if name == "roi" or name.endswith("_roi") or "_vs_" in name:  # order_value_vs_shop: 1.08 times
        return "ratio"
    if name.endswith("_score") or name == "p_value":
        return "number"
    if any(h in name for h in _PCT_HINTS):
        return "pct"
    if any(h in name for h in _MONEY_HINTS):
        return "money"
    return "number"


def table(
    df: pd.DataFrame,
    *,
    money: Iterable[str] = (),
    pct: Iterable[str] = (),
    number: Iterable[str] = (),
    labels: Mapping[str, str] | None = None,
    index: bool = False,
    signed: Iterable[str] = (),
    digits: int = 1,
):
    """Return a pandas Styler of ``df`` with Chinese headers and human number formats.

    Column kinds are guessed from their names (``*_amount`` money, ``*_rate`` percent,
    ``roi`` a ratio) unless given in ``money``, ``pct`` or ``number``. Text is escaped,
    so product titles and shop names from the outside world show as text.

    Parameters
    ----------
    df : DataFrame
    money, pct, number : iterable of str
        Columns to format as yuan (¥1.23万), percent (2.4%) or plain numbers (12,345).
    labels : mapping, optional
        Header overrides, column -> label.
    index : bool, default False
        Show the index.
    signed : iterable of str
        Columns to show with an explicit + sign (changes).
    digits : int, default 1
        Decimals of percentages.
    """
    kinds = {c: _kind(c, df[c]) for c in df.columns}
    kinds.update({c: "money" for c in money})
    kinds.update({c: "pct" for c in pct})
    kinds.update({c: "number" for c in number})
    signed = set(signed)
    formats = {}
    for col, kind in kinds.items():
        sign = col in signed
        if kind == "money":
            formats[col] = lambda x, s=sign: format_yuan(x, sign=s)
        elif kind == "pct":
            formats[col] = lambda x, s=sign: format_pct(x, digits, sign=s)
        elif kind == "ratio":
            formats[col] = lambda x: "—" if pd.isna(x) else f"{x:.2f}"
        elif kind == "number":
            formats[col] = lambda x, s=sign: format_number(x, sign=s)
        elif kind == "date":
            formats[col] = lambda x: "—" if pd.isna(x) else f"{x:%Y-%m-%d}"
        else:
            formats[col] = lambda x: "—" if x is None or (isinstance(x, float) and np.isnan(x)) else str(x)
    headers = {c: (labels or {}).get(c, label(c)) for c in df.columns}
    styler = (
        df.style.format(formats, escape="html")
        .format_index(lambda c: html.escape(str(headers.get(c, c))), axis=1)
        .set_table_attributes('class="sa-table"')
    )
    text_columns = [c for c, kind in kinds.items() if kind in {"text", "date"}]
    if text_columns:  # report.css aligns numbers right and cells of class sa-text left
        classes = pd.DataFrame("", index=df.index, columns=df.columns)
        classes[text_columns] = "sa-text"
        styler = styler.set_td_classes(classes)
    if "status" in df.columns:
        styler = styler.map(lambda v: f"background-color: {STATUS_COLORS[v]}" if v in STATUS_COLORS else "",
                            subset=["status"])
    if not index:
        styler = styler.hide(axis="index")
    return styler


def bullets(lines: Iterable[str], *, title: str | None = None):
    """Return the lines as a Markdown bullet list (shown as such by Jupyter and the HTML export).

    Text is escaped for Markdown so a product name with ``*`` or ``_`` shows as typed.
    """
    from IPython.display import Markdown

    esc = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})
    body = "\n".join(f"- {str(line).translate(esc)}" for line in lines) or "- (nothing to report)"
    return Markdown((f"**{title}**\n\n" if title else "") + body)


def kpis(items: Mapping[str, tuple[str, str | None]]):
    """Return a row of headline figures as HTML: label -> (value text, note text or None).

    Examples
    --------
    >>> kpis({"支付金额": ("¥3.6万", "+14.8% 对比上周同日")}).data.count("sa-kpi-value")
    1
    """
    from IPython.display import HTML

    cells = []
    for name, (value, note) in items.items():
        cells.append(
            '<div class="sa-kpi"><div class="sa-kpi-label">' + html.escape(name) + "</div>"
            '<div class="sa-kpi-value">' + html.escape(value) + "</div>"
            + ('<div class="sa-kpi-note">' + html.escape(note) + "</div>" if note else "")
            + "</div>"
        )
    return HTML('<div class="sa-kpis">' + "".join(cells) + "</div>")


_WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


def weekday(day) -> str:
    """Return the Chinese weekday of a date.

    Examples
    --------
    >>> weekday("2026-10-15")
    '周四'
    """
    return _WEEKDAYS_ZH[pd.Timestamp(day).weekday()]


def title(text: str):
    """Return a report's dated title as an HTML heading (the PDF repeats it in the page header)."""
    from IPython.display import HTML

    return HTML(f'<h1 class="sa-title">{html.escape(text)}</h1>')


def day_kpis(row: pd.Series):
    """Return the day's four headline figures with their change, from one :func:`~shopanalysis.sales.compare_day` row.

    支付金额, 访客数, 支付转化率 and 客单价, each with its change against the row's baseline.
    """
    against = str(row.get("label", "")).split(" ")[0]

    def change(now, before, pct_points=False):
        if pd.isna(before) or pd.isna(now):
            return f"无对比数据（{against}）"
        if pct_points:
            return f"{(now - before) * 100:+.2f} 个百分点 · 对比{against}"
        return f"{format_pct(now / before - 1 if before else np.nan, sign=True)} · 对比{against}"

    return kpis({
        "支付金额": (format_yuan(row["paid_amount"]), change(row["paid_amount"], row["paid_amount_before"])),
        "访客数": (format_number(row["visitors"]), change(row["visitors"], row["visitors_before"])),
        "支付转化率": (format_pct(row["conversion_rate"], 2),
                   change(row["conversion_rate"], row["conversion_rate_before"], pct_points=True)),
        "客单价": (format_yuan(row["avg_order_value"]), change(row["avg_order_value"], row["avg_order_value_before"])),
    })


def baseline_explorer(comparison: pd.DataFrame):
    """Return a widget that redraws the sales split for the baseline picked in a dropdown.

    Needs ipywidgets (installed with the package); returns ``None`` without it, so a
    headless run never depends on widgets.
    """
    try:
        import ipywidgets as widgets
    except ImportError:
        return None
    from .plotting import plot_sales_split

    rows = comparison.set_index("baseline")
    options = [(str(rows.loc[b, "label"]), b) for b in rows.index]
    return widgets.interactive(lambda against: plot_sales_split(rows.loc[against]),
                               against=widgets.Dropdown(options=options, description="对比"))
