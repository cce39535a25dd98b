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
import unicodedata
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

from . import vocab
from ._lang import get_language
from ._format import _WEEKDAYS, format_number, format_pct, format_points, format_yuan
from ._schema import TABLES
from .shopinfo import export_file, table_label
from .text.common import T

__all__ = ["STATUS_COLORS", "label", "table", "bullets", "kpis", "title", "weekday", "day_kpis",
           "baseline_explorer", "missing", "require", "show"]

#: Background colours of checklist statuses in tables.
STATUS_COLORS = {"ACTION": "#F8D7DA", "WARN": "#FFF3CD", "OK": "#D4EDDA", "N/A": "#E9ECEF",
                 "low": "#FFF3CD", "high": "#FFF3CD", "ok": "#D4EDDA"}

_MONEY_HINTS = ("amount", "sales", "gmv", "cost", "spend", "budget", "order_value", "yuan", "price", "bid", "cpc",
                "money")  # money_at_stake
_PCT_HINTS = ("rate", "share", "pct", "ctr", "conversion", "used", "ratio")


def label(column: str, *, table_name: str | None = None) -> str:
    """Return the label of a column in the package's language (see :func:`shopanalysis.vocab.label`).

    Examples
    --------
    >>> label("paying_buyers"), label("conversion_rate"), label("unknown_thing")
    ('支付买家数', '支付转化率', 'unknown_thing')
    """
    return vocab.label(column, table=table_name)


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
    table_name: str | None = None,
    limit: int | None = None,
    max_chars: int | None = 28,
):
    """Return a pandas Styler of ``df`` with labelled headers and human number formats.

    Headers and enum values (a ``channel`` of ``natural``, a ``decision`` of
    ``raise_bid``) show their labels from :mod:`shopanalysis.vocab` in the package's
    language; numbers read the way that language reads them. Column kinds are guessed
    from their names (``*_amount`` money, ``*_rate`` percent, ``roi`` a ratio) unless
    given in ``money``, ``pct`` or ``number``. Text is escaped, so product titles and
    shop names from the outside world show as text.

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
    table_name : str, optional
        The contract table the columns come from, so each header is the word that
        export prints (``impressions``: 展现量 in ``ppc_keywords``, 曝光量 in ``products_daily``).
    limit : int, optional
        Show the first ``limit`` rows and say so in the caption ("前10项，共11项").
    max_chars : int or None, default 28
        Cut text longer than this with an ellipsis, so a long product title never
        squeezes the numbers into wrapping digit by digit; None keeps it whole.

    Examples
    --------
    >>> df = pd.DataFrame({"product_name": ["一件很长很长的商品标题" * 3, "短"], "visitors": [1, 2]})
    >>> html = table(df, limit=1, max_chars=10).to_html()
    >>> "一件很长很长的商品…" in html, "前1项，共2项" in html
    (True, True)
    """
    total = len(df)
    if limit is not None and total > limit:
        df = df.head(limit)
    kinds = {c: _kind(c, df[c]) for c in df.columns}
    enums = set(vocab.enum_names())
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
        elif col in enums:
            formats[col] = lambda x, e=col: ("—" if x is None or (isinstance(x, float) and np.isnan(x))
                                             else _cut(vocab.value_label(e, x, default=str(x)), max_chars))
        else:
            formats[col] = lambda x: "—" if x is None or (isinstance(x, float) and np.isnan(x)) else _cut(x, max_chars)
    headers = {c: (labels or {}).get(c, label(c, table_name=table_name)) for c in df.columns}
    # a date or a short label (需处理, 偏低) is never broken into a column of single characters
    short = {c for c, kind in kinds.items() if (kind == "date" or (kind == "text" and c in enums))
             and all(_columns(t) <= 12 for t in [headers[c], *map(formats[c], df[c])])}
    styler = (
        # escaped here, after cutting, so an ellipsis never splits an entity such as &amp;
        df.style.format({c: (lambda x, f=f: html.escape(f(x), quote=False)) for c, f in formats.items()})
        .format_index(lambda c: (f'<span class="sa-nowrap">{html.escape(str(headers.get(c, c)))}</span>'
                                 if c in short else html.escape(str(headers.get(c, c)))), axis=1)
        .set_table_attributes('class="sa-table"')
    )
    text_columns = [c for c, kind in kinds.items() if kind in {"text", "date"}]
    if text_columns:  # report.css aligns numbers right and cells of class sa-text left
        classes = pd.DataFrame("", index=df.index, columns=df.columns)
        classes[text_columns] = "sa-text"
        for c in short:
            classes[c] = "sa-text sa-nowrap"  # data: CSS classes of report.css
        styler = styler.set_td_classes(classes)
    if "status" in df.columns:
        styler = styler.map(lambda v: f"background-color: {STATUS_COLORS[v]}" if v in STATUS_COLORS else "",
                            subset=["status"])
    if not index:
        styler = styler.hide(axis="index")
    if len(df) < total:
        styler = styler.set_caption(html.escape(T("top_of", shown=len(df), total=total)))
    return styler


def _columns(text: str) -> int:
    """Return the width of ``text`` in Latin letters (a Chinese character is two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(text))


def _cut(value, max_chars: int | None) -> str:
    """Cut text longer than ``max_chars`` with an ellipsis ("…")."""
    text = str(value)
    return text if max_chars is None or len(text) <= max_chars else text[: max_chars - 1] + "…"


def bullets(lines: Iterable[str], *, title: str | None = None):
    """Return the lines as a Markdown bullet list (shown as such by Jupyter and the HTML export).

    Text is escaped for Markdown so a product name with ``*`` or ``_`` shows as typed.
    """
    from IPython.display import Markdown

    esc = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})
    body = "\n".join(f"- {str(line).translate(esc)}" for line in lines) or f"- {T('nothing')}"
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


def show(obj):
    """Display ``obj`` now (a title or table in the middle of a cell) and return None."""
    from IPython.display import display

    display(obj)


def _absent(shop, name: str, column: str | None = None) -> bool:
    """Return True when ``shop`` lacks table ``name`` (or, given ``column``, any value in that column)."""
    df = getattr(shop, name, None)
    if df is None or df.empty:
        return True
    return column is not None and (column not in df.columns or df[column].isna().all())


def _fixes(names: Iterable[str], option: str | None = None, platform: str | None = None) -> str:
    """Return what to do about missing tables (and an option that would do instead), in the current language.

    The files are named the way the platform's exports are (京东快车关键词.csv on JD,
    :func:`~shopanalysis.shopinfo.export_file`).
    """
    from .text.platform import T as P

    files = [export_file(n, platform) for n in names]
    text = P("missing.file", files=files) if files else ""
    if option:
        flag = P("missing.option", option=f"-p {option}")
        text = P("missing.or", a=text, b=flag) if text else flag
    return text


def missing(shop, *tables: str, column: str | None = None, option: str | None = None, note: bool = True) -> bool:
    """Return True when a section's inputs are missing from ``shop``, and say (once, here) what to add.

    A report guards a section with ``if not sa.present.missing(shop, "ppc_search_terms"): ...``:
    when a table is missing the section shows which file to put in the data folder, in the
    report's language, and the rest of the report runs. ``column`` counts a table without
    that column (or with it empty) as missing; ``option`` is a run option that would do
    instead (``"margin=0.45"``, shown as ``-p margin=0.45``); ``note=False`` only checks.
    Tables and files are named in the words of the shop's platform (``shop.platform``): on
    a JD shop 京东快车搜索词 and 搜索词报表.csv, not 直通车搜索词 (see
    :func:`~shopanalysis.shopinfo.table_label` and :func:`~shopanalysis.shopinfo.export_file`).

    Examples
    --------
    >>> import shopanalysis as sa
    >>> missing(sa.Shop(), "ppc_campaigns", note=False)
    True
    """
    lacking = [n for n in tables if _absent(shop, n, column)]
    if not lacking:
        return False
    if note:
        from .text.platform import T as P

        platform = getattr(shop, "platform", None)
        words = [table_label(n, platform) for n in lacking]
        show(_note(P("missing.section", tables=words, fixes=_fixes(lacking, option, platform)), []))
    return True


def require(shop, *core: str, optional: Iterable[str] = (), options: Mapping[str, bool] | None = None) -> list[str]:
    """Show on page 1 every input the folder lacks, at once; stop the report when it cannot run.

    ``core`` tables are the report's own (no report without them); ``optional`` tables
    feed single sections (each guarded by :func:`missing`); ``options`` maps a run
    option the report cannot run without (``"margin=0.45"``, shown as
    ``-p margin=0.45``) to whether it is needed. Returns the missing optional tables.
    When a core table or a needed option is missing it shows what to add and raises
    :class:`~shopanalysis.ReportStopped`, which :func:`~shopanalysis.runner.run_report`
    treats as a finished (short) report. Tables and files are named in the shop's
    platform's words, as in :func:`missing`.
    """
    from ._errors import ReportStopped
    from .text.platform import T as P

    platform = getattr(shop, "platform", None)
    lost_core = [n for n in core if _absent(shop, n)]
    lost = [n for n in dict.fromkeys(optional) if n not in core and _absent(shop, n)]
    flags = [o for o, needed in (options or {}).items() if needed]
    items = [P("missing.item", table=table_label(n, platform), fixes=_fixes([n], platform=platform)) for n in lost]
    if lost_core or flags:
        if lost_core:
            head = P("missing.core", tables=[table_label(n, platform) for n in lost_core],
                     fixes=_fixes(lost_core, platform=platform))
            items += [P("missing.option", option=f"-p {o}") for o in flags]
        else:
            head = P("missing.core_option", fixes=[P("missing.option", option=f"-p {o}") for o in flags])
        show(_note(head, items))
        raise ReportStopped(head)
    if items:
        show(_note(P("missing.summary"), items))
    return lost


def _note(head: str, items: list[str]):
    from IPython.display import HTML

    body = "".join(f"<li>{html.escape(i)}</li>" for i in items)
    return HTML(f'<div class="sa-missing"><p>{html.escape(head)}</p>' + (f"<ul>{body}</ul>" if body else "")
                + "</div>")


def weekday(day) -> str:
    """Return the weekday of a date in the package's language.

    Examples
    --------
    >>> weekday("2026-10-15")
    '周四'
    """
    return _WEEKDAYS[get_language()][pd.Timestamp(day).weekday()]


def title(text: str):
    """Return a report's dated title as an HTML heading (the PDF repeats it in the page header)."""
    from IPython.display import HTML

    return HTML(f'<h1 class="sa-title">{html.escape(text)}</h1>')


def subtitle(text: str):
    """Return a line under the title (the cover line of a PDF: shop, platform, period)."""
    from IPython.display import HTML

    return HTML(f'<p class="sa-cover">{html.escape(text)}</p>')


def contents():
    """Return the table of contents' place: the HTML and PDF export fill it with the sections after it.

    The export (:func:`shopanalysis.runner.export_html`) lists every ``##`` heading that
    follows, linked; the PDF prints each one's page number. In Jupyter only the word
    目录 / Contents shows (the sections are in the notebook's own outline).
    """
    from IPython.display import HTML

    return HTML(f'<nav class="sa-toc"><p class="sa-toc-title">{html.escape(T("contents"))}</p></nav>')


def page_break():
    """Return a mark that starts a new page in the PDF (nothing shows on screen)."""
    from IPython.display import HTML

    return HTML('<div class="sa-break"></div>')


def day_kpis(row: pd.Series):
    """Return the day's four headline figures with their change, from one :func:`~shopanalysis.sales.compare_day` row.

    支付金额, 访客数, 支付转化率 and 客单价, each with its change against the row's baseline.
    """
    against = vocab.value_label("baseline", row.get("baseline"), default=str(row.get("label", "")))

    def change(now, before, pct_points=False):
        if pd.isna(before) or pd.isna(now):
            return T("no_comparison", what=against)
        if pct_points:
            return f"{format_points(now - before)} · {T('vs', what=against)}"
        return f"{format_pct(now / before - 1 if before else np.nan, sign=True)} · {T('vs', what=against)}"

    return kpis({
        label("paid_amount"): (format_yuan(row["paid_amount"]), change(row["paid_amount"], row["paid_amount_before"])),
        label("visitors"): (format_number(row["visitors"]), change(row["visitors"], row["visitors_before"])),
        label("conversion_rate"): (format_pct(row["conversion_rate"], 2),
                                   change(row["conversion_rate"], row["conversion_rate_before"], pct_points=True)),
        label("avg_order_value"): (format_yuan(row["avg_order_value"]),
                                   change(row["avg_order_value"], row["avg_order_value_before"])),
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

    rows = {row["baseline"]: row for _, row in comparison.iterrows()}
    options = [(vocab.value_label("baseline", b, default=str(row.get("label", b))), b) for b, row in rows.items()]
    return widgets.interactive(lambda against: plot_sales_split(rows[against]),
                               against=widgets.Dropdown(options=options, description=label("baseline")))
