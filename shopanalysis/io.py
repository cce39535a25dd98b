"""Read marketplace exports into the canonical tables of the data contract.

Two functions do the work:

- :func:`read_table` reads one file as one table (``read_table("店铺整体_2026-10.xlsx",
  "shop_daily")``) and returns a DataFrame with the canonical columns and dtypes of
  :mod:`shopanalysis._schema`.
- :func:`load_shop` reads every table it finds in a folder and returns a
  :class:`~shopanalysis.Shop`.

What the readers accept
-----------------------
Files
    ``.csv`` and ``.tsv`` (comma, tab or semicolon separated), ``.xlsx`` / ``.xlsm``
    (the first sheet, or ``sheet_name``; when the table is on another sheet the error
    says which). An ``.xls`` that is really an ``.xlsx`` or a text export (several
    platforms name their exports so) is read as what it is; so is a CSV renamed
    ``.xlsx`` (with a DataWarning saying so), and an HTML page saved as ``.xls`` or
    ``.csv`` (older platform exports do this) is read as the biggest table it holds,
    or refused with that explanation when it holds none. A genuine old-style Excel 97
    ``.xls`` needs the ``xlrd`` package, and without it the reader says "save it as
    .xlsx or .csv". A workbook whose formulas have no saved result (written by a
    script, never opened in Excel) is refused naming the cells, since they would read
    as blanks. Anything else (``.json``, ``.txt``, ...) is refused.
Encodings (text files)
    UTF-8, UTF-8 with a byte-order mark (Excel's "CSV UTF-8"), GBK / GB2312 / GB18030
    (what 生意参谋 and most Chinese tools write), and UTF-16 with a byte-order mark
    (Excel's "Unicode text"). Without ``encoding=`` the reader tries ``utf-8-sig``
    then ``gb18030``; a file neither decodes is refused, naming both and the line of
    the first bad byte. A file whose first lines are UTF-8 and a later line is not
    (two exports pasted together) is refused naming that line and its likely encoding.
Headers
    The canonical English names (``paid_amount``) or the Chinese names the platforms
    export (支付金额), in any order. Matching ignores case, spaces and underscores,
    treats full-width and half-width forms alike (（）and (), ：and :, ＡＢＣ and ABC),
    and reads '→' as '->' (询单→最终付款人数 = 询单->最终付款人数). A unit in brackets
    is understood and applied: money in 元 / yuan / RMB / ¥ (or 千元, 万元, scaled),
    durations in 秒 / s, 分钟 / min (x60), 小时 / h (x3600), 毫秒 / ms, rates in %
    (支付转化率(%) holding 2.35 means 2.35%); counts may carry 个 / 人 / 次 / 笔 / 件 / 单
    / UV / PV, scores 分. A unit the reader does not know on a numeric column is an
    error rather than a guess. Brackets on a text or date column are ignored. When two
    columns name one canonical column (统计日期 and 日期), the canonical English name
    wins, then the alias listed first in the contract; the other is dropped and named.
    The *same* header twice (two 支付金额 columns) is an error naming both positions.
    A header that is a finer table's (a 流量来源 or 商品ID column read as 店铺整体, a
    日期 column read as 商品) is refused with the table it looks like.
Title lines
    Up to a few lines above the header (a report title, a date range) are skipped: the
    header is the first of the first 10 rows that names all the table's required
    columns. A two-row header (a merged group header such as 流量指标 / 成交指标 above
    the real names) is read too: a row that names nothing is skipped like a title,
    and if no single row names every required column, two adjacent rows are read as
    one, a blank cell of the lower row taking the upper row's name.
Rows
    Blank rows are skipped. A totals row (合计, 总计, 汇总, 小计, Total, Sum in the first
    cell, the table's first column or a date column) at the end of the table is
    dropped; a totals row *followed by more data* is an error, because it means several
    reports were pasted into one sheet. One-cell notes below the table (a line with a
    colon, or starting 注 / 备注 / 说明 / 数据来源 / * / #, such as 数据来源：生意参谋)
    are dropped, and so is a repeat of the header row. A row with more cells than the
    header (an unquoted comma in a value) is an error; so is a row with fewer (its
    missing cells are not blanks), and at the end of a file that does not end in a
    line break (or whose last number shows fewer decimals than every row above) the
    message says the file looks truncated. A quote that is never closed, swallowing
    the rows below it into one cell, is an error naming its row.
Missing values
    A blank cell, ``-``, ``--``, ``—``, ``N/A``, ``NA``, ``null``, ``None``, ``nan`` and
    ``/``. Optional columns may hold them; a required column may not.
Numbers
    ``1234.5``, ``1,234.5`` (thousands separators, checked: ``1,23`` is an error),
    ``¥1,234.50`` / ``￥`` / ``RMB``, a trailing ``元``, ``1.2万`` (= 12000), full-width
    digits. Counts (``int`` columns) must be whole, not negative and at most 15 digits
    (a 20-digit count is an error, not a wrapped-around negative number); money and
    durations must not be negative. An Excel error value (``#DIV/0!``, ``#VALUE!``,
    ...) is named as such.
Rates
    ``2.35%`` is 0.0235 (and ``2.35‰`` is 0.00235). Plain numbers in a rate column
    with no % sign anywhere are fractions when every value is at most 1; when some
    value is above 1 and none above 100, the column was exported as percent numbers
    (支付转化率 2.35 meaning 2.35%), is read as such, and a DataWarning says so. A
    column that mixes cells with and without % (other than 0) is an error; so is a
    rate above 100%, or above the column's plausibility bound in the contract (a
    commission above 20%: 0.5 there is refused, with the advice to write 0.5%). A header
    in points (提成点, 提成点数, or the unit (点)) means percent points: 0.5 is 0.5%.
Dates
    ``2026-10-01``, ``2026/10/01``, ``2026.10.01``, ``20261001``, ``2026年10月1日``,
    with or without a time of day (``13:45:10``, ``13时45分10秒``), Excel serial
    numbers (46296) and real date cells in an xlsx. Day-first or month-first dates
    (``10/01/2026``) are refused as ambiguous. Dates before 2000-01-01 or from 2100-01-01
    on are refused as likely typos or mis-read serial numbers, and so is a date after
    today in a column that records what happened (a typo like 2062); the columns that
    may lie ahead (a roster, a due date, a campaign's end) say so in the contract.
    "Today" is the clock's, or ``SHOPANALYSIS_TODAY`` (YYYY-MM-DD) when set.
    Month columns take ``2026-10``, ``2026/10``,
    ``2026年10月``, ``202610``, or the first day of the month (what Excel turns
    "2026-10" into).
Durations
    Seconds: ``12.5``, ``12秒``, ``12s``, ``1分30秒``, ``1min 30s``, ``00:00:12``
    (h:mm:ss), ``1:30`` (m:ss), or a time-formatted xlsx cell.
Yes / no
    是/否, true/false, 1/0, Y/N, yes/no, 有/无.
Categories
    The export spellings :mod:`shopanalysis._schema` lists for the column (自然流量 ->
    natural, 晚班 -> night, ...); anything else is an error listing the accepted ones.
Text
    Trimmed; an id written as ``="123"`` (the Excel-protection form of order exports)
    is unwrapped; an id or phone number Excel has already turned into ``6.12E+11`` is
    refused, since its digits are lost, with how to export it again.
Derived columns
    Ratios the platforms export but the contract does not store (支付转化率, 客单价,
    点击率, 平均点击花费, 投入产出比, 询单转化率, ...) are recomputed from their parts;
    when the file's value differs by more than its own rounding a DataWarning names
    the rows, and the column is dropped either way.
Other columns
    Dropped, and named in one DataWarning.

Speed
-----
A text file's body is read by Arrow's CSV reader (pyarrow) when every row holds the
header's number of cells and no cell a line break. A UTF-8 file is validated by Arrow
and not decoded as a whole (the header is found in a decoded head). Count, money and
number columns whose first rows are plain numbers are read by Arrow as numbers
directly; any refusal in such a read (a negative count, a repeated key, a cell that is
not a plain number) reads the file again as text, so that messages quote the cells as
written. Other columns of plain numbers or ISO dates (``2026-10-01``,
``2026-10-01 13:45:10``) are cast by Arrow, and only the rest ("1,234", "¥45.60",
"3.21%", blanks, ...) go through the tolerant parsers below. Anything else (a blank line
or a note in the table, a short or wide row, a quoted line break, a value a cast
refuses) takes the tolerant path, so the results, the DataErrors and the DataWarnings
are the same either way. The body goes into Arrow's system allocator unless
``ARROW_DEFAULT_MEMORY_POOL`` chooses one (:func:`_read_pool`). Workbooks are read
with python-calamine when it is installed (the same cell values, many times faster than
openpyxl), else with openpyxl; a workbook calamine cannot open is read with openpyxl,
whose errors the messages explain.

Errors
------
Each of these raises :class:`~shopanalysis.DataError`: a path that does not exist or
an unsupported file type; an empty or undecodable file; no recognisable header, or a
required column missing (the message lists the header names it accepts, English and
Chinese); a header but no data; a blank in a required column; a value that does not
parse (text in a number column, an impossible date, an unknown category or yes/no
value, a unit it does not know); a fractional or negative count, negative money; a
value outside its bounds (a rate above 100%, a rating above 5, ...); a broken in-row
order (clicks above impressions, buyers above visitors, visitors above pageviews,
buyers above orders, add-to-cart above visitors, inquiries above customers served,
requested after due, ...; not orders above clicks, which one click can bring); a
duplicated key (two rows for one day); a date before 2000, after 2099 or after today;
a short, truncated or swallowed row; a header named twice; another table's file.
The message's first line names the file, the table, the
column and the problem; up to five offending rows follow, numbered as in the file
(1-based, counting title and header lines, the row numbers Excel shows) with the
values as written; the last line says what was expected. Messages are in the package's
language (Chinese by default, English with ``sa.set_language("en")`` or
``SHOPANALYSIS_LANG=en``; templates in :mod:`shopanalysis.text.io`): a table is named
by the title an operator knows it by (店铺整体) or its English name, a column as the
file's header writes it and, when that differs, by its canonical name.

Folders
-------
``load_shop`` places each file by its name: the canonical table name
(``shop_daily.csv``, ``ppc_keywords_2026-10.xlsx``) or a Chinese export name
(``店铺整体_2026-10.xlsx``, ``赤兔_客服绩效.csv``; the longest match wins). A file whose
name says nothing is placed by its header: the table whose required columns it
names, preferring the one it names most columns of. Several files of one table
(monthly exports) are stacked in date order; a key appearing in two files is
dropped once when the rows are identical and is an error when they differ. Files
that cannot be placed are named in one DataWarning; files that are not
``.csv/.tsv/.xlsx/.xlsm/.xls``, hidden files, Excel lock files (``~$...``) and
subfolders are ignored. The cross-table checks of
:func:`shopanalysis.checks.check_consistency` then run (``check=True``): their findings
go to ``shop.findings`` and are each warned, never raised, since a real export need not
add up the way the demo shop does.
"""

from __future__ import annotations

import codecs
import csv
import datetime as _dt
import io as _io
import os
import re
import sys
import unicodedata
import warnings
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
from numpy.dtypes import StringDType

from . import _cache, vocab
from ._errors import DataError, DataWarning
from ._schema import TABLES, Column, Derived, Table, conform
from ._schema import table as _table_spec
from ._shop import Shop
from .text.io import T

__all__ = ["read_table", "load_shop"]

#: How many rows from the top of a file are searched for the header.
_SCAN_ROWS = 10
#: At most this many offending rows are quoted in an error message.
_EXAMPLES = 5
_TEXT_SUFFIXES = {".csv", ".tsv"}
_EXCEL_SUFFIXES = {".xlsx", ".xlsm"}
_SUFFIXES = _TEXT_SUFFIXES | _EXCEL_SUFFIXES | {".xls"}
#: Cell texts that mean "no value" (compared after trimming and lower-casing).
_MISSING = frozenset({"", "-", "--", "---", "—", "——", "–", "n/a", "na", "#n/a", "nan", "null", "none", "/"})
#: Cell texts that mark a totals row.
_TOTALS = frozenset({"合计", "总计", "汇总", "小计", "总和", "total", "totals", "grand total", "sum", "subtotal"})  # data
_MISSING_CELLS = frozenset(v for m in _MISSING for v in {m, m.upper(), m.title(), " " + m, m + " "})
_TOTAL_CELLS = frozenset(
    v + end for m in _TOTALS for v in {m, m.title(), m.upper()} for end in ("", ":", "：", " ")
)
_NOTE_RE = r"^\s*(?:注|备注|说明|数据来源|来源|\*|#)|[:：]"  # data
_MIN_DATE = pd.Timestamp("2000-01-01")
#: Error values a spreadsheet formula leaves in a cell (#N/A is read as missing).
_EXCEL_ERROR = r"#(?:DIV/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)"  # data
#: Counts with more digits than this are misreads (a float holds 15 digits exactly).
_MAX_COUNT = 1e15
#: Header words that say a rate is written in percent points (提成点 0.5 = 0.5%).
_POINTS_SUFFIXES = ("点", "点数")  # data
_POINTS_HEADER = "提成点"  # data: the header that says so, quoted in messages
_MAX_DATE = pd.Timestamp("2100-01-01")
_BOOLS = {  # data: the export spellings of yes / no
    "是": True, "否": False, "true": True, "false": False, "t": True, "f": False,
    "1": True, "0": False, "1.0": True, "0.0": False, "y": True, "n": False,
    "yes": True, "no": False, "有": True, "无": False,
}
#: Units a header may carry in brackets, per column kind, and the factor they apply.
_UNITS = {  # data: the export spellings of units
    "money": {"元": 1.0, "yuan": 1.0, "rmb": 1.0, "cny": 1.0, "¥": 1.0, "人民币": 1.0, "千元": 1e3, "万元": 1e4},
    "seconds": {"秒": 1.0, "s": 1.0, "sec": 1.0, "秒钟": 1.0, "分": 60.0, "分钟": 60.0, "min": 60.0,
                "小时": 3600.0, "h": 3600.0, "毫秒": 1e-3, "ms": 1e-3},
    "rate": {"%": 0.01, "百分比": 0.01, "‰": 1e-3, "点": 0.01, "个点": 0.01},
    "int": {"个": 1.0, "人": 1.0, "次": 1.0, "笔": 1.0, "件": 1.0, "单": 1.0, "人次": 1.0,
            "uv": 1.0, "pv": 1.0},
    "float": {"分": 1.0, "名": 1.0},
}

# Column-wide patterns, applied to a whole column joined by newlines (see _joined).
_NUM_LINE = re.compile(  # data
    r"^(?:[+-](?:¥|\$|rmb|cny)?|(?:¥|\$|rmb|cny)[+-]?|)"
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?(?:%|‰|万元|万|元)?$",
    re.MULTILINE,
)
_MISSING_LINE = re.compile(r"^(?:-{1,3}|—{1,2}|–|n/?a|#n/a|nan|null|none|/)?$", re.MULTILINE)
_BLANK_LINE = re.compile(r"^[^\S\n]+$", re.MULTILINE)
_NOT_PLAIN = re.compile(r"[^0-9.eE+\-\n]")
_PERCENT_LINE = re.compile(r"^[^\n]*%$", re.MULTILINE)
_PERMILLE_LINE = re.compile(r"^[^\n]*‰$", re.MULTILINE)
_WAN = "万"  # data: ten thousand, as in 1.2万
_WAN_LINE = re.compile(r"^[^\n]*万元?$", re.MULTILINE)  # data
_NUMBER_MARKS = re.compile(r"[¥$,%‰万元]|rmb|cny")  # data
_SPACE_LINE = re.compile(r"[^\S\n]+")
_SD = StringDType()
_NON_SPACE = re.compile(r"\S")
#: A byte that is not ASCII white space (a UTF-8 byte of a wider character included).
_NON_SPACE_BYTE = re.compile(rb"[^ \t\n\r\x0b\x0c\x1c-\x1f]")
_BOM = b"\xef\xbb\xbf"
#: The reader's fast path (Arrow's CSV reader for the body, Arrow casts for columns of plain
#: numbers and ISO dates); False forces the tolerant path everywhere (tests and benchmarks
#: compare the two; results and messages are the same).
_fast_path = True
#: The engine for .xlsx files: "calamine" (used when python-calamine is installed) or "openpyxl".
_excel_engine = "calamine"
_SD_DOT, _SD_EMPTY = (np.array(c, dtype=_SD) for c in (".", ""))
_DATE_RE = (  # data
    r"^(?P<year>\d{4})[-/.年](?P<month>\d{1,2})[-/.月](?P<day>\d{1,2})日?"
    r"(?:(?:T|\s+)(?P<hour>\d{1,2})[:时](?P<minute>\d{1,2})(?:[:分](?P<second>\d{1,2}(?:\.\d+)?)秒?)?)?$"
)
#: Text columns holding long digit strings that Excel turns into 1.39E+10 (besides every ``*_id``).
_NUMBER_TEXT = frozenset({"buyer_phone"})
_COMPACT_DATE_RE = r"^(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})$"
_SERIAL_RE = r"^\d{1,6}(?:\.\d+)?$"
_MONTH_RE = r"^(?P<year>\d{4})(?:[-/.年](?P<month>\d{1,2})月?|(?P<month2>\d{2}))$"  # data
_CLOCK_RE = r"^(?:(?P<h>\d+):)?(?P<m>\d+):(?P<s>\d{1,2}(?:\.\d+)?)$"
_SPAN_RE = (  # data
    r"^(?=\d)(?:(?P<h>\d+(?:\.\d+)?)(?:小时|时|hours?|hrs?|h))?"
    r"(?:(?P<m>\d+(?:\.\d+)?)(?:分钟|分|minutes?|mins?|m))?"
    r"(?:(?P<s>\d+(?:\.\d+)?)(?:秒钟|秒|seconds?|secs?|s))?$"
)
_BRACKET_RE = re.compile(r"[(\[【<〔（［](.*?)[)\]】>〕）］]")
#: How Chinese exports write some values; messages quote them as examples of what is accepted.
_SPELLINGS = {"seconds": "12秒", "minutes": "1分30秒", "date": "2026年10月1日", "month": "2026年10月",  # data
              "datetime": "2026年10月1日 13时45分10秒", "yes_no": "是 / 否"}


# ----------------------------------------------------------------------------- headers


def _norm(text: object) -> str:
    """Return a header or value folded for matching: NFKC, lower case, no spaces or underscores."""
    s = unicodedata.normalize("NFKC", str(text)).replace("→", "->").replace("⟶", "->").replace("➝", "->")
    s = re.sub(r"[\s_]+", "", s).lower()
    return s.rstrip(":")


def _split_header(text: object) -> tuple[str, str | None]:
    """Return a header cell's folded name without bracketed parts, and the last bracketed unit."""
    s = unicodedata.normalize("NFKC", str(text))
    units = [u.strip() for u in _BRACKET_RE.findall(s) if u.strip()]
    return _norm(_BRACKET_RE.sub("", s)), (_norm(units[-1]) if units else None)


@dataclass(frozen=True)
class _Target:
    """What one header name maps to in a table: a column or a derived column, with a priority."""

    name: str
    priority: int
    column: Column | None = None
    derived: Derived | None = None


@lru_cache(maxsize=None)
def _lookup(table_name: str) -> dict[str, _Target]:
    """Return the folded header names a table accepts, each mapped to its target."""
    spec = TABLES[table_name]
    out: dict[str, _Target] = {}
    for col in spec.columns:
        for i, alias in enumerate((col.name, *col.aliases)):
            out.setdefault(_norm(alias), _Target(col.name, i, column=col))
    for der in spec.derived:
        for i, alias in enumerate((der.name, *der.aliases)):
            out.setdefault(_norm(alias), _Target(der.name, i, derived=der))
    return out


def _accepted(col: Column) -> str:
    """Return the header names a column is accepted under, for messages."""
    return " / ".join(dict.fromkeys((col.name, *col.aliases)))


@dataclass
class _Header:
    """A header row found in a file, mapped onto one table."""

    cells: list[str]
    first_row: int  # 0-based index of the (first) header row among the scanned rows
    body_start: int  # 0-based index of the first row after the header
    columns: dict[str, int]  # canonical column -> position
    derived: dict[str, int]  # derived column -> position
    units: dict[int, str]  # position -> folded unit in brackets
    shadowed: list[str]  # header cells that named a column already taken
    extra: list[str]  # header cells that name nothing in the table


def _map_header(cells: list[str], spec: Table) -> tuple[dict, dict, dict, list, list]:
    """Map header cells onto a table's columns; return columns, derived, units, shadowed, extra."""
    lookup = _lookup(spec.name)
    best: dict[str, tuple[int, int]] = {}
    units: dict[int, str] = {}
    extra: list[str] = []
    for j, cell in enumerate(cells):
        if not str(cell).strip():
            continue
        name, unit = _split_header(cell)
        target = lookup.get(name) or lookup.get(_norm(cell))
        if target is None:
            extra.append(str(cell).strip())
            continue
        if unit is not None and lookup.get(_norm(cell)) is None:
            units[j] = unit
        if target.name not in best or (target.priority, j) < best[target.name]:
            best[target.name] = (target.priority, j)
    columns, derived = {}, {}
    derived_names = {d.name for d in spec.derived}
    for name, (_, j) in best.items():
        (derived if name in derived_names else columns)[name] = j
    used = set(columns.values()) | set(derived.values())
    shadowed = [
        str(c).strip() for j, c in enumerate(cells)
        if j not in used and str(c).strip() and str(c).strip() not in extra
    ]
    return columns, derived, units, shadowed, extra


def _find_header(scan: list[list[str]], spec: Table) -> tuple[_Header | None, tuple[int, list[str]] | None]:
    """Return the header of ``spec`` in the scanned rows, or None and the closest candidate.

    Single rows are tried first, top to bottom; then pairs of adjacent rows read as one
    (a merged group header above the names). The candidate is ``(row index, required
    columns it lacks)`` for the row naming the most required columns.
    """
    required = spec.required
    closest: tuple[int, list[str]] | None = None
    closest_found = -1
    for i, row in enumerate(scan):
        cols, der, units, shadowed, extra = _map_header(row, spec)
        lacking = [r for r in required if r not in cols]
        if not lacking:
            return _Header(list(row), i, i + 1, cols, der, units, shadowed, extra), None
        found = len(required) - len(lacking)
        if found > closest_found and any(str(c).strip() for c in row):
            closest_found, closest = found, (i, lacking)
    for i in range(len(scan) - 1):
        upper, lower = scan[i], scan[i + 1]
        width = max(len(upper), len(lower))
        upper = list(upper) + [""] * (width - len(upper))
        lower = list(lower) + [""] * (width - len(lower))
        merged = [lo if str(lo).strip() else up for up, lo in zip(upper, lower)]
        cols, der, units, shadowed, extra = _map_header(merged, spec)
        if all(r in cols for r in required):
            # Cells of the upper row that name nothing are group labels, not extra columns.
            extra = [e for e in extra if e in {str(c).strip() for c in lower}]
            return _Header(merged, i, i + 2, cols, der, units, shadowed, extra), None
    return None, closest


# ----------------------------------------------------------------------------- raw files


def _cell_text(value: object) -> str:
    """Return an xlsx cell value as the text a CSV export of it would hold."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        if np.isnan(value):
            return ""
        if float(value).is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(float(value))
    if isinstance(value, (pd.Timestamp, _dt.datetime)):
        if pd.isna(value):
            return ""
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0):
            return value.strftime("%Y-%m-%d")
        return value.isoformat(sep=" ")
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, _dt.time):
        return value.isoformat()
    if isinstance(value, (pd.Timedelta, _dt.timedelta)):
        return repr(pd.Timedelta(value).total_seconds())
    return str(value)


@dataclass
class _Raw:
    """A file opened for reading: the rows at its top, and its body on demand."""

    path: Path
    label: str
    kind: str  # "text" or "excel"
    _text: str | None = None  # text: the decoded text (line ends as \n); None until needed, see ``text``
    frame: pd.DataFrame | None = None  # excel: every cell as text
    _scans: dict[str, tuple[list[list[str]], list[int]]] = field(default_factory=dict)
    sheets: list[str] = field(default_factory=list)  # excel: the workbook's other sheets
    data: bytes | None = None  # text: the file's bytes, when they are UTF-8 (the fast path reads them)
    breaks: bool = True  # False once the body is known to hold no cell with a line break

    @property
    def text(self) -> str:
        """The whole text, line ends as ``\n``; a UTF-8 file is decoded only when something needs it
        (the fast path reads a big file's body from its bytes, and its head from :meth:`head`)."""
        if self._text is None:
            self._text = "" if self.data is None else _normal_lines(_decode(self.data, self.label, None))
        return self._text

    def head(self, size: int) -> tuple[str, bool]:
        """Return the first (at most) ``size`` characters of :attr:`text`, and whether they are all of it."""
        if self._text is not None or self.data is None:
            head = self.text[:size]
            return head, len(head) == len(self.text)
        data = self.data
        start = len(_BOM) if data.startswith(_BOM) else 0
        end = start + 4 * size  # a character is at most four bytes
        whole = end >= len(data)
        text = codecs.getincrementaldecoder("utf-8")().decode(data[start:end], final=whole)
        if not whole and text.endswith("\r"):
            text = text[:-1]  # maybe half of a \r\n
        text = text.replace("\r\n", "\n")  # no lone \r here: such a file is decoded whole (see _open_text)
        head = text[:size]
        return head, whole and len(head) == len(text)

    def ends_with_newline(self) -> bool:
        """Return whether the text ends with a line break (a cut-off download does not)."""
        if self._text is not None or self.data is None:
            return self.text.endswith("\n")
        return self.data.endswith((b"\n", b"\r"))

    def _byte_after_lines(self, k: int) -> int:
        """Return the position in :attr:`data` just after its ``k``-th line break (0 for k = 0)."""
        pos = -1
        for _ in range(k):
            pos = self.data.find(b"\n", pos + 1)
        return pos + 1

    def _has_text_after(self, offset: int) -> bool:
        """Return whether the text holds a non-space character at or after ``offset`` (a line start)."""
        if self._text is not None or self.data is None:
            return bool(_NON_SPACE.search(self.text, offset))
        head, _ = self.head(offset)
        found = _NON_SPACE_BYTE.search(self.data, self._byte_after_lines(head.count("\n")))
        if found is not None and found.group() < b"\x80":
            return True  # a visible ASCII character
        return bool(_NON_SPACE.search(self.text, offset))  # none, or not ASCII: decide on the text

    def options(self) -> list[str]:
        """Return the delimiters to try (text) or ``[""]`` (excel)."""
        if self.kind == "excel":
            return [""]
        first = [",", "\t", ";"]
        top = self.head(4096)[0]
        if self.path.suffix.lower() == ".tsv" or top.count("\t") > top.count(","):
            first = ["\t", ",", ";"]
        return first

    def scan(self, sep: str) -> list[list[str]]:
        """Return the first rows of the file as lists of cell text."""
        if self.kind == "excel":
            top = self.frame.iloc[:_SCAN_ROWS]
            return [[c for c in row] for row in top.itertuples(index=False, name=None)]
        if sep not in self._scans:
            # Parse a head of the text, longer and longer until it holds the rows (a copy of a
            # 100 MB text in a StringIO costs more than reading the whole body the fast way).
            size = 1 << 16
            while True:
                head, whole = self.head(size)
                buf = _io.StringIO(head)

                def lines():
                    while line := buf.readline():
                        yield line

                rows, ends = [], []
                try:
                    for rec in csv.reader(lines(), delimiter=sep):
                        rows.append(rec)
                        ends.append(buf.tell())
                        if len(rows) >= _SCAN_ROWS + 1:
                            break
                except csv.Error as exc:
                    if whole:
                        raise _file_error(self.label, "open.not_delimited", separator=_sep_name(sep),
                                          reason=exc) from exc
                    size *= 4
                    continue
                if whole or (len(rows) >= _SCAN_ROWS + 1 and ends[-1] < len(head)):
                    break
                size *= 4
            self._scans[sep] = (rows, ends)
        return self._scans[sep][0][:_SCAN_ROWS]

    def body(self, sep: str, start: int, width: int, where,
             numeric: frozenset[int] = frozenset()) -> tuple[pd.DataFrame, np.ndarray, np.ndarray | None]:
        """Return the rows from ``start`` on as text cells, their 1-based row numbers in the file,
        and how many cells each row of a text file holds (None for a workbook).

        ``where()`` returns the prefix of a message (called only when there is one to write).
        A quote that is never closed (it swallows the rows below it into one cell) is refused.
        ``numeric``: positions the fast path may read straight as float64 when every one of
        their cells is a plain number (see :func:`_typed_columns`); the others stay text.
        """
        if self.kind == "excel":
            df = self.frame.iloc[start:]
            nums = df.index.to_numpy() + 1
            df = df.reindex(columns=range(width), fill_value="").reset_index(drop=True)
            return df, nums, None
        self.scan(sep)
        offset = self._scans[sep][1][start - 1] if start > 0 else 0
        if _fast_path and width > 1 and self._has_text_after(offset):
            fast = self._body_arrow(sep, offset, width, numeric) if numeric else None
            if fast is None:
                fast = self._body_arrow(sep, offset, width)
            if fast is not None:
                self.breaks = False
                return fast, np.arange(start + 1, start + 1 + len(fast)), None
        rest = self.text[offset:]
        if not rest.strip():
            empty = np.array([], dtype=int)
            return pd.DataFrame({j: pd.Series([], dtype="str") for j in range(width)}), empty, None
        try:
            with warnings.catch_warnings():
                # A row wider than the header: pandas warns and truncates; read it slowly instead.
                warnings.simplefilter("error", pd.errors.ParserWarning)
                df = pd.read_csv(
                    _io.StringIO(rest), sep=sep, header=None, names=range(width), dtype=str,
                    keep_default_na=False, na_filter=False, skip_blank_lines=False, index_col=False,
                    engine="c",
                )
        except (pd.errors.ParserError, pd.errors.ParserWarning):
            df, widths = self._body_slow(rest, sep, start, width, where)
        except (ValueError, csv.Error) as exc:
            raise DataError(T("rows.unreadable", where=where(), reason=exc)) from exc
        else:
            widths = _widths(rest, sep, len(df), width)
        df = df.fillna("")
        lines = rest.count("\n") + (0 if rest.endswith("\n") else 1)
        self.breaks = lines != len(df)
        if self.breaks:  # some cell holds a line break (else there is one row per line)
            _check_quotes(df, sep, start, width, where, sure=rest.count('"') % 2 == 1)
        return df, np.arange(start + 1, start + 1 + len(df)), widths

    def _body_arrow(self, sep: str, offset: int, width: int,
                    numeric: frozenset[int] = frozenset()) -> pd.DataFrame | None:
        """Return the body from text ``offset`` on, read by Arrow's CSV reader as text cells, or None.

        The fast path of :meth:`body`: every row must hold exactly ``width`` cells and no
        cell a line break, and the bytes must be UTF-8; anything else (a short or wide
        row, a blank line, a note below the table, a quoted line break) returns None and
        the body is read the careful way, which explains what is wrong. The ``numeric``
        positions are parsed by Arrow as float64 (no blank, no null marker, no "1,234"):
        one such cell that is not a plain number, and this returns None.
        """
        import pyarrow as pa
        from pyarrow import csv as pacsv

        last = 0 if self.ends_with_newline() else 1
        if self.data is not None:
            # The body's first byte: after as many line breaks as the text has before ``offset``
            # (a UTF-8 multi-byte character never holds the byte of a line break).
            pos = self._byte_after_lines(self.head(offset)[0].count("\n"))
            # Without a quote or a carriage return in the body, every line is one row for Arrow (or
            # an error): then the rows need no counting (a single-byte find runs at memory speed).
            plain = self.data.find(b'"', pos) < 0 and self.data.find(b"\r", pos) < 0
            lines = None if plain else self.data.count(b"\n", pos) + last
            buf = pa.py_buffer(self.data)[pos:]
        else:
            text = self.text
            lines = text.count("\n", offset) + last
            buf = pa.py_buffer(text[offset:].encode("utf-8"))
        names = [str(j) for j in range(width)]
        types = {n: pa.float64() if j in numeric else pa.string() for j, n in enumerate(names)}
        try:
            table = pacsv.read_csv(
                pa.BufferReader(buf),
                # Blocks of 8 MiB, not Arrow's 1 MiB: the byte checks below run once per chunk, and a
                # hundred-megabyte export then has a dozen chunks, not a hundred (parsing is as fast).
                read_options=pacsv.ReadOptions(column_names=names, block_size=8 << 20),
                parse_options=pacsv.ParseOptions(delimiter=sep, newlines_in_values=False, ignore_empty_lines=False),
                convert_options=pacsv.ConvertOptions(column_types=types, null_values=[], true_values=[],
                                                     false_values=[], strings_can_be_null=False,
                                                     quoted_strings_can_be_null=False),
                memory_pool=_read_pool(),
            )
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError, ValueError):
            return None
        if (lines is not None and table.num_rows != lines) or table.num_columns != width:
            return None
        out = {}
        for j in range(width):
            col = table.column(j)
            if j in numeric:
                values = col.to_numpy()
                if col.null_count or not np.isfinite(values).all():  # "nan", "inf": the tolerant parser decides
                    return None
                out[j] = pd.Series(values, dtype="float64", copy=False)
            else:
                out[j] = _pandas_text(col)
        return pd.DataFrame(out, copy=False)

    def _body_slow(self, rest: str, sep: str, start: int, width: int, where) -> tuple[pd.DataFrame, np.ndarray]:
        """Read the body with the csv module, refusing rows with more cells than the header."""
        rows, widths = [], []
        try:
            for i, rec in enumerate(csv.reader(_io.StringIO(rest), delimiter=sep)):
                widths.append(len(rec))
                if len(rec) > width:
                    if any(c.strip() for c in rec[width:]):
                        _check_quotes(pd.DataFrame([rec]), sep, start + i, width, where, sure=True)
                        raise DataError("\n".join([
                            T("rows.wide", where=where(), row=start + 1 + i, cells=len(rec), width=width,
                              separator=_sep_name(sep)),
                            T("row", row=start + 1 + i, value=repr(sep.join(rec)[:120])),
                        ]))
                    rec = rec[:width]
                rows.append(rec + [""] * (width - len(rec)))
        except csv.Error as exc:
            raise DataError(T("rows.unreadable", where=where(), reason=exc)) from exc
        return pd.DataFrame(rows, columns=range(width), dtype="str"), np.array(widths)


#: The environment variable by which one chooses Arrow's allocator for a whole process.
_ARROW_POOL_ENV = "ARROW_DEFAULT_MEMORY_POOL"  # data


def _read_pool():
    """Return the Arrow memory pool the body of an export is parsed into: the system allocator,
    unless ``ARROW_DEFAULT_MEMORY_POOL`` chooses one (then None: Arrow's default, that choice).

    Arrow's default allocator, mimalloc, hands freed memory back to the system and faults it
    in again; the reader's passes over a big body then ran three to four times slower on the
    machine this was measured on (a virtual machine, where a page fault costs ~25 us): a
    1.1M-row keyword report took 3.5-4.9 s in a fresh Python against 0.9-1.05 s with the body in
    the system allocator. The cells are the same either way. (Report kernels get the system
    allocator for everything: ``shopanalysis.runner.KERNEL_DEFAULTS``.)
    """
    if os.environ.get(_ARROW_POOL_ENV):
        return None
    import pyarrow as pa

    return pa.system_memory_pool()


def _widths(rest: str, sep: str, n: int, width: int) -> np.ndarray | None:
    """Return how many cells each of the ``n`` rows of a text body holds (0 for a blank line).

    None when every row is known to be whole (no row is wider than ``width`` here, so
    ``width - 1`` separators on every non-blank line means none is short), or unknown.
    """
    lines = rest.split("\n")
    if rest.endswith("\n"):
        lines = lines[:-1]
    if '"' not in rest and rest.count(sep) == (width - 1) * (len(lines) - lines.count("")):
        return None
    if len(lines) != n:
        # A cell holds a line break: parse the whole body (rare).
        widths = [len(rec) for rec in csv.reader(_io.StringIO(rest), delimiter=sep)]
        return np.asarray(widths, dtype=int) if len(widths) == n else None
    arr = np.array(lines, dtype=_SD)
    widths = np.strings.count(arr, np.array(sep, dtype=_SD)) + 1
    widths[np.strings.str_len(arr) == 0] = 0
    if '"' in rest:
        # A quoted cell may hold the separator ("1,234"): count those lines properly.
        quoted = np.flatnonzero(np.strings.find(arr, np.array('"', dtype=_SD)) >= 0)
        if len(quoted):
            recs = csv.reader((lines[i] for i in quoted), delimiter=sep)
            widths[quoted] = [len(rec) for rec in recs]
    return widths.astype(int)


def _check_quotes(df: pd.DataFrame, sep: str, start: int, width: int, where, sure: bool = False) -> None:
    """Refuse a cell into which an unclosed quote swallowed following rows.

    A cell holding a line break is fine (a multi-line title), unless the quotes are
    known to be unbalanced (``sure``: an odd number of them, or the row came out wider
    than the header) or a line inside the cell has a whole row's separators.
    """
    need = 0 if sure else max(2, width - 1)
    for j in df.columns:
        col = df[j]
        if col.dtype != object and not isinstance(col.dtype, pd.StringDtype):
            continue
        hits = col.str.contains("\n", regex=False).fillna(False).to_numpy(dtype=bool)
        for i in np.flatnonzero(hits):
            lines = str(col.iloc[i]).split("\n")[1:]
            if any(line.count(sep) >= need for line in lines):
                raise DataError("\n".join([
                    T("rows.quote", where=where(), row=start + 1 + i,
                      column=T("header.letter", letter=_column_letter(int(j)))),
                    T("row", row=start + 1 + i, value=repr(str(col.iloc[i])[:120])),
                    T("expected", expected=T("rows.quote_expected")),
                ]))


def _warn(message: str) -> None:
    """Warn a DataWarning attributed to the first caller outside this module (the user's line)."""
    frame, level = sys._getframe(1), 2
    while frame is not None and frame.f_globals.get("__name__") == __name__:
        frame, level = frame.f_back, level + 1
    warnings.warn(message, DataWarning, stacklevel=level)


def _sep_name(sep: str) -> str:
    """Return a delimiter's name for messages."""
    key = {",": "comma", "\t": "tab", ";": "semicolon"}.get(sep)
    return T(f"separator.{key}") if key else repr(sep)


def _file_error(label: str, key: str, **values) -> DataError:
    """Return a DataError about a whole file: ``label: problem``; the problem alone is in ``.problem``."""
    problem = T(key, **values)
    err = DataError(T("at", where=label, problem=problem))
    err.problem = problem
    return err


def _line_of(data: bytes, offset: int) -> int:
    """Return the 1-based line of a byte offset."""
    return data.count(b"\n", 0, offset) + 1


def _guess_encoding(data: bytes, offset: int) -> str:
    """Return the encoding the line holding ``offset`` decodes in ('GBK', 'UTF-8'), or ''."""
    begin = data.rfind(b"\n", 0, offset) + 1
    end = data.find(b"\n", offset)
    line = data[begin:end if end >= 0 else len(data)]
    for enc, name in (("utf-8", "UTF-8"), ("gb18030", "GBK")):
        try:
            line.decode(enc)
            return name
        except UnicodeDecodeError:
            continue
    return ""


def _decode(data: bytes, label: str, encoding: str | None) -> str:
    """Return the text of a file, trying UTF-8 (with or without BOM) then GB18030 unless told (see _decode_as)."""
    return _decode_as(data, label, encoding)[0]


def _decode_as(data: bytes, label: str, encoding: str | None) -> tuple[str, str]:
    """Return the text of a file and the codec that decoded it, trying UTF-8 (with or without BOM)
    then GB18030 unless told.

    A file whose first lines are UTF-8 (with Chinese in them) and a later line is not
    mixes two encodings: it is refused naming the line, rather than read as GB18030
    garble. Every message names the line of the first byte that does not decode.
    """
    if encoding is not None:
        try:
            return data.decode(encoding), encoding
        except LookupError as exc:
            raise _file_error(label, "encoding.unknown", encoding=repr(encoding)) from exc
        except UnicodeDecodeError as exc:
            guess = _guess_encoding(data, exc.start)
            raise _file_error(label, "encoding.invalid", encoding=encoding, offset=exc.start,
                              line=_line_of(data, exc.start),
                              guess=T("encoding.guess", encoding=guess) if guess else "",
                              bytes=repr(data[exc.start:exc.start + 4])) from exc
    try:
        return data.decode("utf-8-sig"), "utf-8-sig"
    except UnicodeDecodeError as exc:
        head = data[:data.rfind(b"\n", 0, exc.start) + 1]
        if not head.isascii() and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
            line = _line_of(data, exc.start)
            guess = _guess_encoding(data, exc.start)
            raise _file_error(label, "encoding.mixed", good=line - 1, line=line, offset=exc.start,
                              guess=T("encoding.guess", encoding=guess) if guess else "",
                              bytes=repr(data[exc.start:exc.start + 4])) from exc
    tried = []
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        tried.append("utf-16")
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for enc in ("utf-8-sig", "gb18030"):
        tried.append(enc)
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError as exc:
            last = exc
    raise _file_error(label, "encoding.undecodable", tried=T("join.list").join(tried), offset=last.start,
                      line=_line_of(data, last.start), bytes=repr(data[last.start:last.start + 4])) from last


def _open(path: str | Path, *, encoding: str | None = None, sheet_name: int | str = 0) -> _Raw:
    """Open a file for reading, refusing a missing path or an unsupported type."""
    path = Path(path)
    label = str(path)
    if not path.exists():
        raise _file_error(label, "open.no_file")
    if path.is_dir():
        raise _file_error(label, "open.is_folder")
    suffix = path.suffix.lower()
    if suffix not in _SUFFIXES:
        raise _file_error(label, "open.file_type", suffix=repr(path.suffix) if path.suffix else T("open.no_suffix"),
                          expected=T("join.list").join(sorted(_SUFFIXES)))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _file_error(label, "open.cannot_read", reason=exc.strerror or exc) from exc
    if not data or data.isspace():
        raise _file_error(label, "open.empty")
    is_zip = data[:4] == b"PK\x03\x04"
    is_ole = data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    if _looks_like_html(data):
        return _open_html(path, label, data, encoding)
    if suffix in _EXCEL_SUFFIXES and not is_zip and not is_ole and b"\x00" not in data[:4096]:
        # A CSV renamed .xlsx: read it as what it is, and say so (rather than "BadZipFile").
        raw = _open_text(path, label, data, encoding)
        _warn(T("open.text_as_excel", file=label, suffix=path.suffix))
        return raw
    if suffix in _EXCEL_SUFFIXES or (suffix == ".xls" and is_zip):
        return _open_excel(path, label, sheet_name, engine=_xlsx_engine())
    if suffix in {".xls", *_EXCEL_SUFFIXES} and is_ole:
        try:
            import xlrd  # noqa: F401
        except ImportError as exc:
            raise _file_error(label, "open.old_xls") from exc
        return _open_excel(path, label, sheet_name, engine="xlrd")
    return _open_text(path, label, data, encoding)


def _normal_lines(text: str) -> str:
    """Return text with every line ending (\\r\\n, a lone \\r) as \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _is_utf8(data: bytes) -> bool:
    """Return whether bytes are valid UTF-8, checked by Arrow without building a str (5x faster than decoding)."""
    import pyarrow as pa

    offsets = pa.py_buffer(np.array([0, len(data)], dtype=np.int64).tobytes())
    try:
        pa.Array.from_buffers(pa.large_binary(), 1, [None, offsets, pa.py_buffer(data)]).cast(pa.large_string())
    except pa.ArrowInvalid:
        return False
    return True


def _open_text(path: Path, label: str, data: bytes, encoding: str | None) -> _Raw:
    """Open a delimited text file.

    A UTF-8 file whose line ends are all \\n or \\r\\n is not decoded here: the fast path
    reads its head as text and its body from the bytes (a 100 MB text costs time and a few
    hundred MB as a str). Any other file is decoded whole.
    """
    crlf = b"\r" not in data or data.count(b"\r") == data.count(b"\r\n")
    if encoding is None and _fast_path and crlf and _is_utf8(data):
        raw = _Raw(path, label, "text", data=data)
        if not raw._has_text_after(0):
            raise _file_error(label, "open.empty")
        return raw
    text, codec = _decode_as(data, label, encoding)
    lone = "\r" in text and text.count("\r") != text.count("\r\n")
    text = _normal_lines(text)
    if not _NON_SPACE.search(text):
        raise _file_error(label, "open.empty")
    # The fast path reads the body from the bytes themselves when they are UTF-8 (as decoded),
    # with every line ending in \n (a lone \r ends a line for the text but not for the bytes).
    utf8 = codec.replace("_", "-").lower() in {"utf-8", "utf8", "utf-8-sig"}
    return _Raw(path, label, "text", _text=text, data=data if utf8 and not lone else None)



def _looks_like_html(data: bytes) -> bool:
    """Return whether a file is an HTML page (what older platform exports save as .xls)."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html", b"<table", b"<meta", b"<head", b"<body", b"<?xml"))


class _HTMLTables(HTMLParser):
    """Collect the cells of every <table> of a page as rows of text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self._span = 1
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self._depth += 1
            self.tables.append([])
        elif tag == "tr" and self._depth:
            self._row = []
        elif tag in ("td", "th") and self._row is not None:
            self._cell = []
            span = dict(attrs).get("colspan") or "1"
            self._span = int(span) if span.isdigit() else 1
        elif tag == "br" and self._cell is not None:
            self._cell.append(" ")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append(" ".join("".join(self._cell).split()))
            self._row.extend([""] * (self._span - 1))
            self._cell = None
        elif tag == "tr" and self._row is not None:
            self.tables[-1].append(self._row)
            self._row = None
        elif tag == "table" and self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def _open_html(path: Path, label: str, data: bytes, encoding: str | None) -> _Raw:
    """Read the biggest table of an HTML page saved as .xls / .csv, or refuse with that explanation."""
    if encoding is None:
        found = re.search(rb"charset=[\"']?([\w-]+)", data[:2048], re.IGNORECASE)
        encoding = found.group(1).decode("ascii") if found else None
        try:
            "".encode(encoding or "utf-8")
        except LookupError:
            encoding = None
    try:
        text = data.decode(encoding) if encoding else _decode(data, label, None)
    except UnicodeDecodeError:
        text = _decode(data, label, None)
    parser = _HTMLTables()
    parser.feed(text)
    tables = [t for t in parser.tables if len(t) >= 2]
    if not tables:
        raise _file_error(label, "open.html_xls", suffix=path.suffix)
    rows = max(tables, key=len)
    width = max(len(r) for r in rows)
    frame = pd.DataFrame([r + [""] * (width - len(r)) for r in rows], dtype="str")
    frame.columns = range(width)
    return _Raw(path, label, "excel", frame=frame)


def _xlsx_engine() -> str:
    """Return the engine that reads .xlsx: calamine when python-calamine is installed (faster, same cells), else openpyxl."""
    if _excel_engine == "calamine":
        try:
            import python_calamine  # noqa: F401
        except ImportError:
            return "openpyxl"
    return _excel_engine


def _open_excel(path: Path, label: str, sheet_name: int | str, engine: str) -> _Raw:
    """Open one sheet of a workbook, every cell as text.

    With calamine, anything it cannot read (a damaged or unusual workbook) is read again
    with openpyxl, whose errors the messages explain.
    """
    if engine == "calamine":
        try:
            return _open_excel_with(path, label, sheet_name, "calamine")
        except DataError as exc:
            if not getattr(exc, "calamine", False):
                raise
        except Exception:  # noqa: BLE001 - calamine's own errors: let openpyxl say what is wrong
            pass
        engine = "openpyxl"
    return _open_excel_with(path, label, sheet_name, engine)


def _open_excel_with(path: Path, label: str, sheet_name: int | str, engine: str) -> _Raw:
    """Open one sheet of a workbook with one engine (see :func:`_open_excel`)."""
    if engine == "openpyxl":  # imported only when used (it takes a second to import)
        from openpyxl.utils.exceptions import InvalidFileException
    else:
        InvalidFileException = OSError  # noqa: N806

    try:
        with pd.ExcelFile(path, engine=engine) as book:
            names = book.sheet_names
            if isinstance(sheet_name, int):
                if not 0 <= sheet_name < len(names):
                    raise _file_error(label, "open.no_sheet_number", number=sheet_name, sheets=[repr(n) for n in names])
            elif sheet_name not in names:
                raise _file_error(label, "open.no_sheet", sheet=sheet_name, sheets=[repr(n) for n in names])
            frame = pd.read_excel(book, sheet_name=sheet_name, header=None, dtype=object, keep_default_na=False)
            chosen = names[sheet_name] if isinstance(sheet_name, int) else sheet_name
    except DataError:
        raise
    except zipfile.BadZipFile as exc:
        # A zip (every .xlsx is one) whose end is missing: a download cut off.
        raise _file_error(label, "open.truncated_excel") from exc
    except (InvalidFileException, OSError, KeyError, ValueError, TypeError) as exc:
        err = _file_error(label, "open.bad_excel", reason=f"{type(exc).__name__}: {exc}")
        err.calamine = engine == "calamine"  # openpyxl may read it, or explain it better
        raise err from exc
    others = [n for n in names if n != chosen]
    if len(names) > 1:
        label = T("where.sheet", file=label, sheet=chosen)
    if frame.empty:
        err = _file_error(label, "open.empty_sheet")
        if others:
            err = DataError(f"{err}\n{T('hint.other_sheets', sheets=[repr(n) for n in others])}")
        raise err
    if engine in ("openpyxl", "calamine"):
        cells = _uncached_formulas(path, names.index(chosen))
        if cells:
            raise _file_error(label, "open.uncached", n=len(cells), cells=T("join.list").join(cells[:_EXAMPLES]))
    frame = frame.apply(lambda s: s.map(_cell_text)).astype("str")
    frame.columns = range(frame.shape[1])
    return _Raw(path, label, "excel", frame=frame, sheets=others)


def _uncached_formulas(path: Path, index: int) -> list[str]:
    """Return the cells of sheet ``index`` holding a formula without a saved result (they read as blanks).

    A workbook written by a script (or saved without recalculation) stores formulas
    only; every reader short of Excel itself sees an empty cell there.
    """
    try:
        with zipfile.ZipFile(path) as zf:
            book = zf.read("xl/workbook.xml").decode("utf-8", "replace")
            rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
            ids = re.findall(r"<(?:\w+:)?sheet\b[^>]*?\br:id=\"([^\"]+)\"", book)
            if index >= len(ids):
                return []
            target = re.search(r'<Relationship\b[^>]*?Id="%s"[^>]*?Target="([^"]+)"' % re.escape(ids[index]), rels)
            if target is None:
                target = re.search(r'<Relationship\b[^>]*?Target="([^"]+)"[^>]*?Id="%s"' % re.escape(ids[index]), rels)
            if target is None:
                return []
            name = target.group(1).lstrip("/")
            name = name if name.startswith("xl/") else "xl/" + name
            xml = zf.read(name)
    except (KeyError, zipfile.BadZipFile, OSError):
        return []
    if b"<f" not in xml:
        return []
    out = []
    for chunk in xml.decode("utf-8", "replace").split("</c>"):
        start = chunk.rfind("<c ")
        if start < 0:
            continue
        cell = chunk[start:]
        if "<f" in cell and not re.search(r"<v>[^<]+</v>", cell):
            ref = re.search(r'\br="([A-Z]+\d+)"', cell)
            out.append(ref.group(1) if ref else "?")
    return out


# ----------------------------------------------------------------------------- messages


def _table_label(name: str) -> str:
    """Return a table's name for messages: its Chinese title (店铺整体) or its English name."""
    return vocab.value_label("table", name)


def _column(spec: Table, header: str, name: str) -> str:
    """Name a column for messages: as the file's header writes it, and by its canonical name when that differs.

    A header that is the canonical name itself gets the column's label instead, when that
    says more (``'visitors'`` reads 「visitors」列（访客数）in Chinese).
    """
    if header != name:
        return T("column.export", header=header, name=name)
    words = vocab.label(name, table=spec.name)
    if _norm(words) == _norm(header):
        return T("column.plain", header=header)
    return T("column.labelled", header=header, label=words)


def _word(name: str, table: str) -> str:
    """Return a column's label as a word inside a sentence (Visitors -> visitors; CTR stays CTR)."""
    words = vocab.label(name, table=table)
    return words[:1].lower() + words[1:] if words[1:2].islower() else words


def _where(label: str, spec: Table, header: str | None = None, name: str | None = None) -> str:
    """Return the 'file (table), column' prefix of a message."""
    if name is None:
        return T("where.file", file=label, table=_table_label(spec.name))
    return T("where.column", file=label, table=_table_label(spec.name), column=_column(spec, header, name))


def _examples(rows: np.ndarray, values, limit: int = _EXAMPLES) -> list[str]:
    """Return up to ``limit`` lines quoting offending rows and values, and a count of the rest."""
    rows = list(rows)
    values = list(values)
    lines = [T("row", row=r, value=v) for r, v in zip(rows[:limit], values[:limit])]
    if len(rows) > limit:
        lines.append(T("more", n=len(rows) - limit))
    return lines


class _ColumnError(DataError):
    """A DataError about cells of one column; ``problem`` and ``example`` say what and where, for a summary."""

    def __init__(self, message: str, problem: str, example: str | None = None):
        super().__init__(message)
        self.problem = problem
        self.example = example


# ----------------------------------------------------------------------------- value parsers


@dataclass
class _Numbers:
    """Numbers parsed from text cells."""

    values: np.ndarray  # float, NaN where missing or bad, before any % scaling
    scale: np.ndarray  # 0.01 for a trailing %, 0.001 for ‰, else 1
    missing: np.ndarray  # bool: a missing-value marker
    bad: np.ndarray  # bool: not a number
    decimals: np.ndarray | None = None  # digits after the decimal point, when asked for


def _joined(cells) -> str:
    """Return text cells joined by newlines and folded by NFKC (full-width forms to half-width).

    Column-wide parsing works on this one string with compiled multi-line regular
    expressions, so a 70,000-row column costs a few passes in C rather than 70,000
    Python calls. A cell holding a newline has it turned into a space.
    """
    cells = np.asarray(cells, dtype=object).tolist()
    big = "\n".join(cells)
    if big.count("\n") != len(cells) - 1:
        big = "\n".join(pd.Series(cells, dtype="str").str.replace("\n", " ", regex=False))
    return unicodedata.normalize("NFKC", big)


def _has_blank_cell(s: pd.Series, space: np.ndarray) -> bool:
    """Return whether a text column holds a cell of spaces only (and a space or tab somewhere).

    ``space`` marks the cells ``str.isspace`` finds blank. The same answer as searching the
    column joined by newlines for a line of white space, without a Python string per cell.
    """
    if not (s.str.contains(" ", regex=False).any() or s.str.contains("\t", regex=False).any()):
        return False
    if s.str.contains("\n", regex=False).any():
        return bool(_BLANK_LINE.search("\n".join(s.to_numpy().tolist())))
    return any(_BLANK_LINE.fullmatch(c) for c in s[space].tolist())


def _pandas_text(values) -> pd.Series:
    """Return an Arrow text array (string or large_string, chunked or not) as a pandas ``str`` Series, in place."""
    import pyarrow as pa

    dtype = pd.Series([], dtype="str").dtype
    text = values.to_pandas(types_mapper=lambda kind: dtype if pa.types.is_string(kind)
                            or pa.types.is_large_string(kind) else None)
    return pd.Series(text, dtype="str", copy=False)


def _arrow(s: pd.Series):
    """Return the Arrow array behind an Arrow-backed text column (None for another column, or off the fast path)."""
    if not _fast_path or not len(s) or not isinstance(s.dtype, pd.StringDtype) or s.dtype.storage != "pyarrow":
        return None
    import pyarrow as pa

    return pa.chunked_array(s.array._pa_array) if hasattr(s.array, "_pa_array") else None


def _fast_numbers(s: pd.Series) -> _Numbers | None:
    """Return a column of plain numbers (``1234.5``, ``-3``, ``1e5``) cast by Arrow, or None for any other column.

    Arrow's cast accepts decimal numbers only (no spaces, separators, marks or blanks), a
    subset of what :func:`_parse_numbers` reads, to the same float.
    """
    arr = _arrow(s)
    if arr is None:
        return None
    import pyarrow as pa

    try:
        values = arr.cast(pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if values.null_count:
        return None
    values = values.to_numpy()
    if not np.isfinite(values).all():
        return None
    n = len(values)
    return _Numbers(np.array(values, dtype="float64"), np.ones(n), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool))


#: The ISO dates and moments the fast path casts with Arrow; other spellings go the tolerant way.
_ISO_DATE = r"^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2}:\d{2})?$"


def _fast_datetimes(s: pd.Series) -> pd.Series | None:
    """Return a column of ISO dates (``2026-10-01``, ``2026-10-01 13:45:10``) cast by Arrow, or None."""
    arr = _arrow(s)
    if arr is None:
        return None
    import pyarrow as pa
    import pyarrow.compute as pc

    low, high = pc.min_max(pc.binary_length(arr)).values()
    # Every cell 10 or every cell 19 bytes long, and Arrow's cast takes it: 2026-10-01 or
    # 2026-10-01 13:45:10 (or 2026-10-01T13:45:10, which the tolerant parser reads the same);
    # any other mix is checked against the pattern first (an order of magnitude slower).
    if not (low.as_py() == high.as_py() and low.as_py() in (10, 19)) \
            and not pc.all(pc.match_substring_regex(arr, _ISO_DATE)).as_py():
        return None
    try:
        values = arr.cast(pa.timestamp("s"))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None
    if values.null_count:
        return None
    return pd.Series(values.to_numpy().astype("datetime64[ns]"), dtype="datetime64[ns]", copy=False)


_EDGE_SPACES = (" ", "\t", "\u3000", "\xa0")
_EDGE_SPACE_RE = "^[ \t\u3000\xa0]|[ \t\u3000\xa0]$"
#: What _parse_str looks for: white space at an edge, an ="..." id, an E of scientific notation.
_STR_MARKS = _EDGE_SPACE_RE + '|="|[eE]'  # data


def _text_chunks(arr):
    """Yield (chunk, its UTF-8 bytes as uint8, the offsets where its cells start and end) for each
    non-empty chunk of an Arrow text column: the cells' bytes, read in place."""
    import pyarrow as pa

    for chunk in arr.chunks:
        if not len(chunk):
            continue
        width = np.int64 if pa.types.is_large_string(chunk.type) else np.int32
        offsets = np.frombuffer(chunk.buffers()[1], dtype=width)[chunk.offset:chunk.offset + len(chunk) + 1]
        yield chunk, np.frombuffer(chunk.buffers()[2], dtype=np.uint8), offsets


def _has_str_marks(s: pd.Series) -> bool:
    """Return whether some cell of a text column matches ``_STR_MARKS`` (edge space, ``="``, an e or E).

    For an Arrow-backed column the cells' bytes are searched in one piece (``bytes.find``
    runs at memory speed) and the edges are read from each cell's first and last bytes
    (:func:`_edge_bytes`), instead of a regular expression per cell: the same answer,
    several times faster on a million cells.
    """
    arr = _arrow(s)
    if arr is None:
        return bool(s.str.contains(_STR_MARKS, regex=True).any())
    import pyarrow.compute as pc

    for chunk, data, offsets in _text_chunks(arr):
        whole = data[int(offsets[0]):int(offsets[-1])].tobytes()
        if b"e" in whole or b"E" in whole:
            return True
        # One byte first: bytes.find looks for a single byte with memchr, ten times faster than for two.
        if b"=" in whole and pc.any(pc.match_substring(chunk, '="')).as_py():  # not across two cells
            return True
        if _edge_bytes(data, offsets):
            return True
    return False


#: First bytes (UTF-8) of the characters ``str.isspace`` accepts: \\t-\\r, \\x1c-space, then the lead
#: bytes of \\x85/\\xa0 (C2), U+1680 (E1), U+2000-U+205F (E2) and U+3000 (E3).
_SPACE_LEADS = np.zeros(256, dtype=bool)
_SPACE_LEADS[[*range(0x09, 0x0E), *range(0x1C, 0x21), 0xC2, 0xE1, 0xE2, 0xE3]] = True
#: Bytes that are a space character on their own at a cell's edge: space and tab.
_EDGE_BYTES = np.zeros(256, dtype=bool)
_EDGE_BYTES[[0x20, 0x09]] = True


def _may_be_blank(s: pd.Series) -> bool:
    """Return False when no cell of an Arrow text column can be white space only (no cell starts
    with a byte that begins a space character); True when one may, or the column is not Arrow's."""
    arr = _arrow(s)
    if arr is None:
        return True
    for _, data, offsets in _text_chunks(arr):
        begin, end = offsets[:-1], offsets[1:]
        starts = begin[end > begin]
        if len(starts) and _SPACE_LEADS[data[starts]].any():  # a table lookup per first byte
            return True
    return False


def _edge_bytes(data: np.ndarray, offsets: np.ndarray) -> bool:
    """Return whether a cell of an Arrow text chunk starts or ends with a space, tab, U+3000 or U+00A0.

    Read from the first and last bytes of each cell (``data``: the chunk's UTF-8 bytes,
    ``offsets``: where each cell starts and ends), without copying a trimmed column.
    """
    begin, end = offsets[:-1].astype(np.int64), offsets[1:].astype(np.int64)
    filled = end > begin
    begin, end = begin[filled], end[filled]
    if not len(begin):
        return False
    size = end - begin
    first, last = data[begin], data[end - 1]
    if _EDGE_BYTES[first].any() or _EDGE_BYTES[last].any():
        return True
    # U+3000 is E3 80 80 and U+00A0 is C2 A0 in UTF-8 (the bytes are valid UTF-8 here).
    head = begin[(first == 0xE3) & (size >= 3)]
    if len(head) and ((data[head + 1] == 0x80) & (data[head + 2] == 0x80)).any():
        return True
    head = begin[(first == 0xC2) & (size >= 2)]
    if len(head) and (data[head + 1] == 0xA0).any():
        return True
    tail = end[(last == 0x80) & (size >= 3)]
    if len(tail) and ((data[tail - 2] == 0x80) & (data[tail - 3] == 0xE3)).any():
        return True
    tail = end[(last == 0xA0) & (size >= 2)]
    return bool(len(tail) and (data[tail - 2] == 0xC2).any())


def _edge_space(big: str) -> bool:
    """Return whether some line of a joined column starts or ends with white space."""
    for ch in _EDGE_SPACES:
        if big.startswith(ch) or big.endswith(ch) or ch + "\n" in big or "\n" + ch in big:
            return True
    return False


def _squeeze(big: str) -> str:
    """Return a joined column without spaces or tabs (newlines kept)."""
    return _SPACE_LINE.sub("", big) if (" " in big or "\t" in big) else big


def _line_marks(pattern: re.Pattern, big: str) -> np.ndarray:
    """Return which lines of a joined column match ``pattern`` (anchored with ^...$)."""
    return np.array(pattern.sub("\x01", big).split("\n"), dtype=object) == "\x01"


def _parse_numbers(s: pd.Series, decimals: bool = False) -> _Numbers:
    """Parse text cells as numbers: thousands separators, ¥, 元, 万, % and ‰ understood.

    A column of plain numbers goes through :func:`pandas.to_numeric`; any other column
    is parsed column-wide with compiled patterns over the joined text (no Python call
    per cell). Percent signs are reported in ``scale``, not applied, so the caller
    decides what they mean for its column.

    >>> n = _parse_numbers(pd.Series(["1,234.5", "¥12", "2.35%", "-", "1.2万", "abc"]))
    >>> n.values.tolist()
    [1234.5, 12.0, 2.35, nan, 12000.0, nan]
    >>> n.scale.tolist()
    [1.0, 1.0, 0.01, 1.0, 1.0, 1.0]
    >>> n.missing.tolist(), n.bad.tolist()
    ([False, False, False, True, False, False], [False, False, False, False, False, True])
    """
    s = s.reset_index(drop=True)
    n = len(s)
    if s.dtype == np.float64:  # read as numbers by the fast path (finite, no blanks)
        if decimals:
            raise _Retry("decimals")
        return _Numbers(s.to_numpy(), np.ones(n), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool))
    if n and not decimals:
        fast = _fast_numbers(s)
        if fast is not None:
            return fast
    if not n:
        empty = np.zeros(0)
        return _Numbers(empty, empty.copy(), empty.astype(bool), empty.astype(bool), empty.copy() if decimals else None)
    cells = s.to_numpy(dtype=object).tolist()
    big = "\n".join(cells)
    blank = not big or big[0] == "\n" or big[-1] == "\n" or "\n\n" in big
    if not blank and big.count("\n") == n - 1 and not _NOT_PLAIN.search(big):
        values = pd.to_numeric(s, errors="coerce").to_numpy(dtype="float64", na_value=np.nan)
        if np.isfinite(values).all():
            out = _Numbers(values.copy(), np.ones(n), np.zeros(n, dtype=bool), np.zeros(n, dtype=bool))
            if decimals:
                out.decimals = _decimals(big)
            return out
    big = _squeeze(_joined(cells).lower())
    ok = _line_marks(_NUM_LINE, big)
    missing = np.zeros(n, dtype=bool) if ok.all() else _line_marks(_MISSING_LINE, big)
    scale = np.ones(n)
    if "%" in big:
        scale[_line_marks(_PERCENT_LINE, big)] = 0.01
    if "‰" in big:
        scale[_line_marks(_PERMILLE_LINE, big)] = 0.001
    values = np.full(n, np.nan)
    if ok.any():
        num = np.array(_NUMBER_MARKS.sub("", big).split("\n"), dtype=_SD)[ok]
        try:
            values[ok] = num.astype(np.float64)
        except ValueError:  # pragma: no cover - the pattern admits only what numpy parses
            values[ok] = pd.to_numeric(num.astype(object), errors="coerce")
        if _WAN in big:
            values[_line_marks(_WAN_LINE, big) & ok] *= 1e4
    ok &= np.isfinite(values)
    values[~ok] = np.nan
    out = _Numbers(values, scale, missing, ~ok & ~missing)
    if decimals:
        out.decimals = _decimals(big)
    return out


def _decimals(big: str) -> np.ndarray:
    """Return how many digits follow the decimal point on each line of a joined column."""
    arr = np.array(_NUMBER_MARKS.sub("", _squeeze(big.lower())).split("\n"), dtype=_SD)
    frac = np.strings.partition(arr, _SD_DOT)[2]
    frac = np.strings.partition(frac, np.array("e", dtype=_SD))[0]
    return np.strings.str_len(frac).astype("float64")


def _arrow_codes(arr) -> tuple[np.ndarray, object]:
    """Return the codes (in order of first appearance) and the distinct values (an Arrow array)
    of an Arrow text column without missing cells, by Arrow's dictionary encoding."""
    import pyarrow.compute as pc

    coded = pc.dictionary_encode(arr.combine_chunks())
    return coded.indices.to_numpy().astype(np.intp), coded.dictionary


def _factorize(s: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Return codes and distinct values of a text column, to parse each distinct value once.

    An Arrow-backed column without missing cells is coded by Arrow (the same codes and
    values, in order of first appearance, as ``pd.factorize``; faster on a million cells).
    """
    arr = _arrow(s)
    if arr is not None and not arr.null_count:
        codes, distinct = _arrow_codes(arr)
        return codes, _pandas_text(distinct)
    codes, uniq = pd.factorize(s.reset_index(drop=True))
    return codes, pd.Series(uniq, dtype="str")


def _missing_cells(s: pd.Series) -> np.ndarray:
    """Return which text cells are missing-value markers (blank, -, N/A, ...)."""
    return _isin_short(s, _MISSING_CELLS)


def _isin_short(s: pd.Series, values: frozenset[str]) -> np.ndarray:
    """Return ``s.isin(values).to_numpy()`` for a set of short markers (missing, totals).

    An Arrow-backed column is first measured in bytes (Arrow reads the lengths off its
    offsets): a cell longer than the longest marker cannot be one, so a column of order
    ids or names is answered without hashing a million strings, and a mixed one hashes
    only its short cells.
    """
    arr = _arrow(s)
    if arr is None or not len(s):
        return s.isin(values).to_numpy()
    import pyarrow.compute as pc

    longest = max(len(v.encode("utf-8")) for v in values)
    short = pc.less_equal(pc.binary_length(arr), longest).fill_null(True).to_numpy(zero_copy_only=False)
    out = np.zeros(len(s), dtype=bool)
    if short.all():
        return s.isin(values).to_numpy()
    if short.any():
        out[short] = s[short].isin(values).to_numpy()
    return out


def _components_to_datetime(parts: pd.DataFrame) -> pd.Series:
    """Return datetimes from extracted year/month/day[/hour/minute/second] text columns."""
    comps = {}
    for k in ("year", "month", "day", "hour", "minute"):
        col = parts[k] if k in parts else pd.Series(np.nan, index=parts.index)
        comps[k] = pd.to_numeric(col, errors="coerce").fillna(0 if k in ("hour", "minute") else np.nan)
    sec = pd.to_numeric(parts["second"], errors="coerce").fillna(0.0) if "second" in parts else 0.0
    frame = pd.DataFrame(comps, index=parts.index)
    frame["second"] = np.floor(sec)
    ok = frame[["year", "month", "day"]].notna().all(axis=1)
    out = pd.Series(pd.NaT, index=parts.index, dtype="datetime64[ns]")
    if ok.any():
        good = frame[ok].astype("int64")
        stamps = pd.to_datetime(good, errors="coerce")
        frac = (sec[ok] - np.floor(sec[ok])) if isinstance(sec, pd.Series) else 0.0
        out[ok] = stamps + pd.to_timedelta(frac, unit="s")
    return out


def _parse_unique_datetimes(u: pd.Series) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """Parse distinct text cells as datetimes (see :func:`_parse_datetimes`)."""
    # The canonical forms first (what a csv of a canonical table holds), the likelier one first.
    formats = ["%Y-%m-%d", "%Y-%m-%d %H:%M:%S"]
    if len(u) and len(str(u.iloc[0])) > 10:
        formats.reverse()
    out = pd.Series(pd.NaT, index=u.index, dtype="datetime64[ns]")
    todo = np.ones(len(u), dtype=bool)
    for fmt in formats:
        if todo.any():
            out[todo] = pd.to_datetime(u[todo], format=fmt, errors="coerce").astype("datetime64[ns]")
            todo = out.isna().to_numpy()
    missing = np.zeros(len(u), dtype=bool)
    bad = np.zeros(len(u), dtype=bool)
    if todo.any():
        sub = u[todo].str.normalize("NFKC").str.strip()
        miss = sub.str.lower().isin(_MISSING)
        parts = sub.str.extract(_DATE_RE)
        compact = sub.str.extract(_COMPACT_DATE_RE)
        parts.loc[parts["year"].isna(), ["year", "month", "day"]] = compact.loc[parts["year"].isna()]
        got = _components_to_datetime(parts)
        serial = sub.str.fullmatch(_SERIAL_RE).fillna(False).astype(bool) & got.isna()
        if serial.any():
            days = pd.to_numeric(sub[serial], errors="coerce")
            got[serial] = pd.to_datetime(days, unit="D", origin="1899-12-30").astype("datetime64[ns]")
        out[todo] = got.to_numpy()
        missing[todo] = miss.to_numpy()
        bad[todo] = (got.isna() & ~miss).to_numpy()
    return out, missing, bad


def _parse_datetimes(s: pd.Series) -> tuple[pd.Series, np.ndarray, np.ndarray]:
    """Parse text cells as datetimes; return values, missing and bad masks.

    Accepts ISO dates with or without a time, 2026/10/01, 2026.10.01, 20261001,
    2026年10月1日 [13时05分07秒], and Excel serial day numbers. Each distinct text is
    parsed once (a date column repeats a few hundred values over thousands of rows).
    """
    fast = _fast_datetimes(s)
    if fast is not None:
        return fast, np.zeros(len(fast), dtype=bool), np.zeros(len(fast), dtype=bool)
    codes, uniq = pd.factorize(s.reset_index(drop=True))
    values, missing, bad = _parse_unique_datetimes(pd.Series(uniq, dtype="str"))
    if not len(uniq):
        return pd.Series(values.to_numpy(), dtype="datetime64[ns]"), missing, bad
    return pd.Series(values.to_numpy()[codes], dtype="datetime64[ns]", copy=False), missing[codes], bad[codes]


def _parse_seconds(s: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Parse durations as seconds: 12.5, 12秒, 1分30秒, 1min30s, 00:00:12, 1:30 (m:ss)."""
    s = s.reset_index(drop=True)
    nums = _parse_numbers(s)
    values = np.where(nums.scale == 1.0, nums.values, np.nan)
    bad = nums.bad | (nums.scale != 1.0)
    if bad.any():
        codes, uniq = pd.factorize(s[bad])
        sub = pd.Series(uniq, dtype="str").str.normalize("NFKC").str.replace(r"\s+", "", regex=True).str.lower()
        clock = sub.str.extract(_CLOCK_RE).apply(pd.to_numeric, errors="coerce")
        span = sub.str.extract(_SPAN_RE).apply(pd.to_numeric, errors="coerce")
        from_clock = clock["h"].fillna(0) * 3600 + clock["m"] * 60 + clock["s"]
        clock_ok = clock["m"].notna() & (clock["s"] < 60) & (clock["h"].isna() | (clock["m"] < 60))
        span_any = span.notna().any(axis=1)
        from_span = span["h"].fillna(0) * 3600 + span["m"].fillna(0) * 60 + span["s"].fillna(0)
        got = np.where(clock_ok, from_clock, np.where(span_any, from_span, np.nan))[codes]
        idx = np.flatnonzero(bad)
        values[idx] = got
        bad = bad.copy()
        bad[idx] = ~np.isfinite(got)
    return values, nums.missing, bad


# ----------------------------------------------------------------------------- the table reader


class _TableReader:
    """Turn the body of one file into one canonical table, raising DataError on bad input."""

    def __init__(self, raw: _Raw, spec: Table, header: _Header, body: pd.DataFrame, rows: np.ndarray,
                 widths: np.ndarray | None = None, typed: frozenset[int] = frozenset()):
        self.raw = raw
        self.label = raw.label
        self.spec = spec
        self.header = header
        self.body = body
        self.rows = rows
        self.widths = widths  # cells on each row of a text file, to refuse short (truncated) rows
        self.out: dict[str, pd.Series] = {}
        self.text: dict[str, pd.Series] = {}  # canonical column -> raw cell text, for messages
        # Body positions Arrow read as float64 (every cell a plain number); their text is not at hand,
        # so a refusal there raises _Retry and the file is read again as text. Warnings wait in
        # ``pending`` until such a read has succeeded.
        self.typed = typed
        self.pending: list[str] = []

    def warn(self, message: str) -> None:
        """Warn a DataWarning now, or keep it for after a typed read has succeeded."""
        if self.typed:
            self.pending.append(message)
        else:
            _warn(message)

    # --- messages
    def where(self, name: str | None = None) -> str:
        """Return the message prefix naming the file, the table and a column."""
        if name is None:
            return _where(self.label, self.spec)
        pos = self.header.columns.get(name, self.header.derived.get(name))
        head = str(self.header.cells[pos]).strip() if pos is not None else name
        return _where(self.label, self.spec, head, name)

    def fail(self, name: str, mask: np.ndarray, problem: str, expected: str, values=None) -> None:
        """Raise DataError for the rows of ``mask`` in column ``name``.

        ``problem`` and ``expected`` are rendered texts (``T("problem.not_number")``).
        """
        if self.typed:
            raise _Retry(name)
        mask = np.asarray(mask, dtype=bool)
        if values is None and name in self.text:
            cells = self.text[name].reset_index(drop=True).str.strip()
            errors = mask & cells.str.fullmatch(_EXCEL_ERROR, case=False).fillna(False).to_numpy(dtype=bool)
            if errors.any():
                mask = errors
                codes = T("join.list").join(dict.fromkeys(cells[errors].str.upper()))
                problem, expected = T("problem.excel_error", codes=codes), T("expect.excel_error")
        shown = self.text[name][mask] if values is None else pd.Series(values)[mask]
        examples = _examples(self.rows[mask], [repr(v) for v in shown])
        lines = [T("cells", where=self.where(name), problem=problem, n=int(mask.sum())), *examples,
                 T("expected", expected=expected)]
        raise _ColumnError("\n".join(lines), problem, examples[0].strip() if examples else None)

    def unknown_unit(self, name: str, unit: str, expected: str | None) -> None:
        """Raise DataError for a unit in a header that the column cannot take."""
        problem = T("problem.unit", unit=unit)
        lines = [T("at_sentence", where=self.where(name), problem=problem)]
        if expected is not None:
            lines.append(T("expected", expected=expected))
        raise _ColumnError("\n".join(lines), problem)

    # --- rows
    def select_rows(self) -> None:
        """Drop blank rows, repeated headers, trailing notes and trailing totals rows."""
        body = self.body
        # How many cells of each row are filled, column by column (a typed column's cells all are: a
        # number is never blank, a header, a note or a total). Cells of spaces only count as blank.
        count = np.full(len(body), len(self.typed), dtype=np.int64)
        for j in body.columns:
            if j in self.typed or not len(body):
                continue
            filled = body[j].ne("").to_numpy(dtype=bool)
            if filled.any() and _may_be_blank(body[j]):
                space = body[j].str.isspace().to_numpy(dtype=bool, na_value=False)
                if space.any() and _has_blank_cell(body[j], space):
                    filled = filled & ~space  # not in place: the array may be Arrow's, read-only
            count += filled
        keep = count > 0
        if len(body) and self.header.columns:
            repeat = np.ones(len(body), dtype=bool)
            for j in sorted(set(self.header.columns.values())):
                if j in self.typed:  # a number is never a header cell
                    repeat[:] = False
                    break
                repeat &= body[j].eq(self.header.cells[j]).to_numpy(dtype=bool, na_value=False)
                if not repeat.any():
                    break
            keep &= ~repeat
        # One-cell notes (数据来源：生意参谋, 注: ...) after the last row with two or more cells.
        multi = keep & (count >= 2)
        last = len(body) - 1 - int(np.argmax(multi[::-1])) if multi.any() else -1
        if last + 1 < len(body) and len(self.header.columns) >= 2:
            tail = body.iloc[last + 1:]
            text = tail[tail.columns[0]]
            for j in tail.columns[1:]:
                text = text + tail[j]
            note = text.str.contains(_NOTE_RE, regex=True).to_numpy() & (count[last + 1:] == 1)
            keep[last + 1:] &= ~note
        totals = np.zeros(len(body), dtype=bool)
        # The marker sits in the first cell, or the first column of the table, or a date column
        # (never in, say, a keyword column, where "total" could be a real value).
        positions = {0, min(self.header.columns.values())} | {
            j for name, j in self.header.columns.items()
            if self.spec.column(name).kind in {"date", "datetime", "month"}
        }
        for j in positions:
            if j in body.columns and j not in self.typed:
                totals |= _isin_short(body[j], _TOTAL_CELLS)
        totals &= keep
        if totals.any():
            after = keep & ~totals
            last_total = np.flatnonzero(totals)[0]
            if after[last_total + 1:].any():
                later = self.rows[last_total + 1:][after[last_total + 1:]][0]
                raise DataError("\n".join([
                    T("rows.totals_inside", where=self.where(), total=self.rows[last_total], later=later),
                    T("row", row=self.rows[last_total], value=[c for c in body.iloc[last_total] if c][:4]),
                    T("expected", expected=T("rows.totals_expected")),
                ]))
            keep &= ~totals
        self.check_short(keep)
        if not keep.all():
            self.body = body[keep].reset_index(drop=True)
            self.rows = self.rows[keep]
        self.check_cut()
        if not len(self.body):
            raise DataError(T("rows.no_data", where=self.where(), row=self.header.first_row + 1))

    def _ends_cut(self) -> bool:
        """Return whether a text file ends without a line break (where a cut-off download ends)."""
        return self.raw.kind == "text" and not self.raw.ends_with_newline()

    def check_short(self, keep: np.ndarray) -> None:
        """Refuse a kept row with fewer cells than the header; at the end of the file, as a truncated download."""
        if self.widths is None or not len(self.widths):
            return
        named = [j for j, c in enumerate(self.header.cells) if str(c).strip()]
        need = named[-1] + 1 if named else 0
        short = keep & (self.widths < need)
        if not short.any():
            return
        last = np.flatnonzero(keep)[-1]
        i = np.flatnonzero(short)[0]
        text = self.raw_row(i)
        if short[last] and self._ends_cut():
            i = last
            reason = T("rows.truncated_cells", cells=int(self.widths[i]), width=need)
            lines = [T("rows.truncated", where=self.where(), row=self.rows[i], reason=reason),
                     T("row", row=self.rows[i], value=repr(self.raw_row(i))),
                     T("expected", expected=T("rows.truncated_expected"))]
        else:
            lines = [T("rows.short", where=self.where(), row=self.rows[i], cells=int(self.widths[i]), width=need),
                     T("row", row=self.rows[i], value=repr(text))]
            if short.sum() > 1:
                lines += _examples(self.rows[short][1:], [repr(self.raw_row(k)) for k in np.flatnonzero(short)[1:]],
                                   limit=_EXAMPLES - 1)
            lines.append(T("expected", expected=T("rows.short_expected")))
        raise DataError("\n".join(lines))

    def raw_row(self, i: int) -> str:
        """Return row ``i`` of the body as the file wrote it (for a text file), for messages."""
        cells = [str(c) for c in self.body.iloc[i]]
        n = int(self.widths[i]) if self.widths is not None else len(cells)
        return (getattr(self, "sep", "") or ",").join(cells[:n])[:120]

    def check_cut(self) -> None:
        """Refuse a file cut off inside its last number: no final line break, and fewer decimals than every row above.

        A download cut mid-row usually leaves a short row (see :meth:`check_short`); cut
        inside the last cell, the row is whole but its number has lost digits.
        """
        if not self._ends_cut() or len(self.body) < 3:
            return
        pos = {j: name for name, j in self.header.columns.items()}
        filled = [j for j in self.body.columns if self.body[j].iloc[-1].strip()]
        if not filled or filled[-1] not in pos:
            return
        j = filled[-1]
        name = pos[j]
        if self.spec.column(name).kind not in {"money", "float", "rate", "seconds"}:
            return
        cells = self.body[j].str.strip()
        if not cells.str.fullmatch(r"[¥￥]?[\d,]+(?:\.\d+)?%?").all():
            return
        digits = cells.str.extract(r"\.(\d+)")[0].str.len().fillna(0).to_numpy()
        above = digits[:-1]
        if above.min() >= 1 and (above == above[0]).all() and digits[-1] < above[0]:
            reason = T("rows.truncated_digits", column=_word(name, self.spec.name), value=repr(cells.iloc[-1]),
                       digits=int(above[0]))
            raise DataError("\n".join([
                T("rows.truncated", where=self.where(), row=self.rows[-1], reason=reason),
                T("expected", expected=T("rows.truncated_expected")),
            ]))

    # --- columns
    def parse(self) -> None:
        """Parse every mapped column by its kind."""
        for col in self.spec.columns:
            j = self.header.columns.get(col.name)
            if j is None:
                continue
            s = self.body[j]
            self.text[col.name] = s
            unit = self.header.units.get(j)
            points = _split_header(self.header.cells[j])[0].endswith(_POINTS_SUFFIXES)
            if col.kind == "rate" and unit is None and points:
                unit = "%"  # 提成点 0.5 is 0.5%
            parser = getattr(self, f"_parse_{col.kind}")
            values, missing = parser(col, s, unit)
            if col.required and missing.any():
                self.fail(col.name, missing, T("problem.blank"),
                          T("expect.value", column=_word(col.name, self.spec.name)))
            self.out[col.name] = values

    def _unit_factor(self, col: Column, unit: str | None) -> float:
        """Return the factor a header unit applies to a numeric column, refusing unknown units."""
        if unit is None:
            return 1.0
        known = _UNITS.get(col.kind, {})
        folded = {_norm(k): v for k, v in known.items()}
        if unit in folded:
            return folded[unit]
        kind = T(f"kind.{col.kind}")
        self.unknown_unit(col.name, unit, T("expect.units", units=" / ".join(known), kind=kind) if known
                          else T("expect.no_unit", kind=kind))

    def _numbers(self, col: Column, s: pd.Series, unit: str | None, expected: str) -> tuple[np.ndarray, np.ndarray]:
        """Parse a numeric column, refusing text and percent signs; return values and missing mask."""
        factor = self._unit_factor(col, unit)
        nums = _parse_numbers(s)
        if nums.bad.any():
            self.fail(col.name, nums.bad, T("problem.not_number"), expected)
        if (nums.scale != 1.0).any():
            self.fail(col.name, nums.scale != 1.0, T("problem.percent"), expected)
        return nums.values * factor, nums.missing

    def _typed_values(self, col: Column, s: pd.Series, below: float | None = None) -> np.ndarray | None:
        """Return a typed column's numbers when all of them are inside the column's bounds (and of a
        size under ``below``), from two passes (min and max); else None, and the column takes the
        checks below, which say what is wrong."""
        if s.dtype != np.float64 or not len(s):
            return None
        values = s.to_numpy()
        low, high = values.min(), values.max()
        if (col.low is not None and low < col.low) or (col.high is not None and high > col.high + 1e-12):
            return None
        if below is not None and max(-low, high) >= below:
            return None
        return values

    # pandas 3 copies an array given to pd.Series unless copy=False: the parsers pass copy=False
    # for arrays they have just made (a cast, an index by codes), never for one read from Arrow
    # (read-only) or the body's own, whose copy is what makes the frame writable.

    def _parse_int(self, col, s, unit):
        """Parse counts: whole, not negative."""
        values = self._typed_values(col, s, below=_MAX_COUNT)
        if values is not None:
            whole = values.astype(np.int64)
            if (whole == values).all():
                return pd.Series(whole, copy=False), np.zeros(len(whole), dtype=bool)
        expected = T("expect.count")
        values, missing = self._numbers(col, s, unit, expected)
        huge = ~missing & (np.abs(values) >= _MAX_COUNT)
        if huge.any():
            self.fail(col.name, huge, T("problem.too_large"), expected)
        frac = ~missing & (np.abs(values - np.round(values)) > 1e-9 * np.maximum(1.0, np.abs(values)))
        if frac.any():
            self.fail(col.name, frac, T("problem.not_whole"), expected)
        values = np.round(values)
        self.check_bounds(col, values, missing, expected)
        series = pd.Series(values, copy=False)
        if missing.any():
            return series, missing
        series = series.astype("int64")
        # Checked again after the cast: a count must not wrap around to a negative number.
        self.check_bounds(col, series.to_numpy(dtype="float64"), missing, expected)
        return series, missing

    def _parse_money(self, col, s, unit):
        """Parse yuan amounts."""
        values = self._typed_values(col, s)
        if values is not None:
            return pd.Series(values), np.zeros(len(values), dtype=bool)
        expected = T("expect.money")
        values, missing = self._numbers(col, s, unit, expected)
        self.check_bounds(col, values, missing, expected)
        return pd.Series(values), missing

    def _parse_float(self, col, s, unit):
        """Parse plain numbers."""
        values = self._typed_values(col, s)
        if values is not None:
            return pd.Series(values), np.zeros(len(values), dtype=bool)
        if col.low is not None and col.high is not None:
            expected = T("expect.number_range", low=col.low, high=col.high)
        elif col.low is not None:
            expected = T("expect.number_min", low=col.low)
        elif col.high is not None:
            expected = T("expect.number_max", high=col.high)
        else:
            expected = T("expect.number")
        values, missing = self._numbers(col, s, unit, expected)
        self.check_bounds(col, values, missing, expected)
        return pd.Series(values), missing

    def _rates(self, name: str, s: pd.Series, unit: str | None, warn: bool, decimals: bool = False):
        """Parse a rate column to fractions; return values, missing mask and the percent-scale used."""
        expected = T("expect.rate")
        nums = _parse_numbers(s, decimals=decimals)
        if nums.bad.any():
            self.fail(name, nums.bad, T("problem.not_rate"), expected)
        values, present = nums.values.copy(), ~nums.missing & np.isfinite(nums.values)
        scale = nums.scale.copy()
        if unit is not None:
            factor = {_norm(k): v for k, v in _UNITS["rate"].items()}.get(unit)
            if factor is None:
                self.unknown_unit(name, unit, T("expect.rate_unit"))
            scale = np.where(scale == 1.0, factor, scale)
        elif (scale != 1.0).any():
            plain = present & (scale == 1.0) & (values != 0)
            if plain.any():
                self.fail(name, plain, T("problem.no_percent"), T("expect.rate_alike"))
        elif present.any() and (values[present] > 1).any() and (values[present] <= 100).all():
            scale = np.full(len(values), 0.01)
            if warn:
                big = present & (values > 1)
                lines = [T("percent_numbers", where=self.where(name))]
                lines += _examples(self.rows[big], [repr(v) for v in s[big]], limit=3)
                self.warn("\n".join(lines))
        return values * scale, nums.missing, scale, nums.decimals

    def _parse_rate(self, col, s, unit):
        """Parse a rate to a fraction in [0, 1]."""
        values, missing, _, _ = self._rates(col.name, s, unit, warn=True)
        self.check_bounds(col, values, missing, T("expect.rate_bounds"))
        return pd.Series(values), missing

    def _parse_seconds(self, col, s, unit):
        """Parse a duration to seconds."""
        expected = T("expect.duration", **_SPELLINGS)
        factor = self._unit_factor(col, unit)
        values, missing, bad = _parse_seconds(s)
        if bad.any():
            self.fail(col.name, bad, T("problem.not_duration"), expected)
        values = values * factor
        self.check_bounds(col, values, missing, expected)
        return pd.Series(values), missing

    def _parse_date(self, col, s, unit, kind="date"):
        """Parse calendar days (or moments for ``datetime``) and refuse years outside 2000-2099."""
        expected = T(f"expect.{kind}", date=_SPELLINGS[kind])
        values, missing, bad = _parse_datetimes(s)
        if bad.any():
            self.fail(col.name, bad, T(f"problem.not_{kind}"), expected)
        out_of_range = ~missing & ((values < _MIN_DATE) | (values >= _MAX_DATE)).to_numpy()
        if out_of_range.any():
            self.fail(col.name, out_of_range, T("problem.date_range"), T(f"expect.{kind}_range"))
        if not col.future:
            # What happened cannot lie ahead; a day of slack for time zones (the shop may be in UTC+8).
            today = _today()
            ahead = ~missing & (values >= today + pd.Timedelta(days=2)).to_numpy()
            if ahead.any():
                self.fail(col.name, ahead, T("problem.after_today", today=today), T("expect.not_future", today=today))
        if kind == "date":
            values = values.dt.normalize()
        return values, missing

    def _parse_datetime(self, col, s, unit):
        """Parse moments."""
        return self._parse_date(col, s, unit, kind="datetime")

    def _parse_month(self, col, s, unit):
        """Parse months to 'YYYY-MM' text; a first-of-month date counts as its month."""
        expected = T("expect.month", month=_SPELLINGS["month"])
        codes, u = _factorize(s)
        t = u.str.normalize("NFKC").str.strip()
        missing = t.str.lower().isin(_MISSING).to_numpy()
        parts = t.str.extract(_MONTH_RE)
        year = pd.to_numeric(parts["year"], errors="coerce")
        month = pd.to_numeric(parts["month"].fillna(parts["month2"]), errors="coerce")
        todo = year.isna() & ~missing
        if todo.any():
            dates, _, _ = _parse_datetimes(t[todo])
            dates.index = t[todo].index
            first = (dates.dt.day == 1) & (dates == dates.dt.normalize())
            year[todo] = dates.dt.year.where(first)
            month[todo] = dates.dt.month.where(first)
        bad = ~missing & (year.isna() | month.isna() | ~month.between(1, 12) | ~year.between(2000, 2099)).to_numpy()
        if bad[codes].any():
            self.fail(col.name, bad[codes], T("problem.not_month"), expected)
        text = (year.fillna(0).astype("int64").astype("str") + "-"
                + month.fillna(0).astype("int64").astype("str").str.zfill(2))
        text = text.where(~missing, np.nan).astype("str")
        return pd.Series(text.to_numpy()[codes], dtype="str", copy=False), missing[codes]

    def _parse_str(self, col, s, unit):
        """Trim text, unwrap ="..." ids and refuse ids Excel turned into scientific notation."""
        t = s.reset_index(drop=True)
        has = lambda part: t.str.contains(part, regex=False).any()  # noqa: E731
        if not self.raw.breaks and not _has_str_marks(t):
            # One pass finds nothing to trim, unwrap or refuse (the usual id or name column).
            missing = _missing_cells(t)
            return (t.where(~missing, np.nan) if missing.any() else t).astype("str"), missing
        if self.raw.breaks and has("\n"):
            edge = _edge_space("\n".join(t.to_numpy().tolist()))
        else:
            edge = t.str.contains(_EDGE_SPACE_RE, regex=True).any()
        if edge:
            t = t.str.strip()
        if has('="'):
            t = t.str.replace(r'^="(.*)"$', r"\1", regex=True).str.strip()
        missing = _missing_cells(t)
        if (col.name.endswith("_id") or col.name in _NUMBER_TEXT) and t.str.contains("e", case=False, regex=False).any():
            sci = t.str.fullmatch(r"\d(?:\.\d+)?[eE]\+?\d+").fillna(False).to_numpy(dtype=bool)
            if sci.any():
                problem = "problem.id_as_number" if col.name.endswith("_id") else "problem.phone_as_number"
                self.fail(col.name, sci, T(problem), T("expect.full_id"))
        return (t.where(~missing, np.nan) if missing.any() else t).astype("str"), missing

    def _parse_bool(self, col, s, unit):
        """Parse yes / no."""
        codes, u = _factorize(s)
        t = u.str.strip().str.lower()
        # Judged once per distinct spelling, then spread to the rows by their codes.
        missing_u = t.isin(_MISSING).to_numpy()
        mapped_u = t.map(_BOOLS).to_numpy(dtype=object)
        bad = (pd.isna(mapped_u) & ~missing_u)[codes]
        missing = missing_u[codes]
        if bad.any():
            self.fail(col.name, bad, T("problem.not_bool"), T("expect.bool", yes_no=_SPELLINGS["yes_no"]))
        if not missing.any():
            return pd.Series(mapped_u.astype(bool)[codes], copy=False), missing
        return pd.Series(mapped_u[codes], dtype=object, copy=False), missing

    def _parse_category(self, col, s, unit):
        """Map export spellings onto the column's canonical values."""
        codes, u = _factorize(s)
        t = u.str.strip()
        missing = _missing_cells(t)
        values = dict(col.values or {})
        folded = {_norm(k): v for k, v in values.items()}
        mapped = t.map(values)
        rest = mapped.isna() & ~pd.Series(missing)
        if rest.any():
            mapped[rest] = t[rest].map(_norm).map(folded)
        bad = (mapped.isna() & ~pd.Series(missing)).to_numpy()[codes]
        if bad.any():
            canon = list(dict.fromkeys(values.values()))
            others = [k for k in values if k not in canon]
            join = T("join.list").join
            expected = (T("expect.category", codes=join(canon), spellings=join(others)) if others
                        else T("expect.category_codes", codes=join(canon)))
            self.fail(col.name, bad, T("problem.not_category"), expected)
        return pd.Series(mapped.to_numpy(dtype=object)[codes], dtype="str", copy=False), missing[codes]

    # --- checks
    def check_bounds(self, col: Column, values: np.ndarray, missing: np.ndarray, expected: str) -> None:
        """Refuse values below ``col.low`` or above ``col.high``."""
        ok = ~missing & np.isfinite(values)
        if col.low is not None:
            low = ok & (values < col.low)
            if low.any():
                what = T("problem.negative") if col.low == 0 else T("problem.below", low=col.low)
                self.fail(col.name, low, what, expected)
        if col.high is not None:
            high = ok & (values > col.high + 1e-12)
            if high.any():
                if col.kind == "rate" and col.high < 1 and not (values[ok] > 1 + 1e-12).any():
                    self.fail(col.name, high, T("problem.rate_implausible", high=col.high),
                              T("expect.rate_plausible", high=col.high, points=_POINTS_HEADER))
                what = T("problem.rate_above") if col.kind == "rate" else T("problem.above", high=col.high)
                self.fail(col.name, high, what, expected)

    def check_derived(self) -> list[str]:
        """Compare platform-computed ratios with their parts; warn on disagreement; return dropped names."""
        unusable = []
        for der in self.spec.derived:
            j = self.header.derived.get(der.name)
            if j is None:
                continue
            head = str(self.header.cells[j]).strip()
            if der.numerator not in self.out or der.denominator not in self.out:
                lacking = [_word(p, self.spec.name) for p in (der.numerator, der.denominator)
                           if p not in self.out]
                unusable.append(T("derived.no_parts", head=head, lacking=lacking))
                continue
            s = self.body[j].reset_index(drop=True)
            self.text[der.name] = s
            try:
                if der.kind == "rate":
                    unit = self.header.units.get(j)
                    given, missing, scale, dec = self._rates(der.name, s, unit, warn=False, decimals=True)
                else:
                    unit = self.header.units.get(j)
                    factor = {_norm(k): v for k, v in _UNITS["money"].items()}.get(unit, 1.0 if unit is None else None)
                    if factor is None:
                        self.unknown_unit(der.name, unit, None)
                    nums = _parse_numbers(s, decimals=True)
                    if nums.bad.any():
                        self.fail(der.name, nums.bad, T("problem.not_number"), T("expect.number"))
                    scale = nums.scale * factor
                    given, missing, dec = nums.values * scale, nums.missing, nums.decimals
            except _ColumnError as exc:
                # The column is dropped anyway: say it could not be checked rather than stop.
                unusable.append(T("derived.not_checked_row", head=head, reason=exc.problem, example=exc.example)
                                if exc.example else T("derived.not_checked", head=head, reason=exc.problem))
                continue
            num = np.asarray(self.out[der.numerator], dtype="float64")
            den = np.asarray(self.out[der.denominator], dtype="float64")
            with np.errstate(divide="ignore", invalid="ignore"):
                expect = num / den
            # The file's value is rounded to the decimals it shows; money parts are rounded too.
            tol = 0.51 * (10.0 ** -dec) * scale + 1e-6 * np.abs(expect) + 1e-12
            with np.errstate(divide="ignore", invalid="ignore"):
                for part in (der.numerator, der.denominator):
                    col = self.spec.column(part)
                    if col.kind in {"money", "float", "seconds"}:
                        factor = self._unit_factor(col, self.header.units.get(self.header.columns[part]))
                        err = 0.5 * 10.0 ** -_parse_numbers(self.text[part], decimals=True).decimals * factor
                        tol = tol + (err if part == der.numerator else np.abs(expect) * err) / np.abs(den)
            check = ~missing & np.isfinite(given) & np.isfinite(expect) & (den != 0)
            off = check & (np.abs(given - expect) > tol)
            if off.any():
                fmt = (lambda v: f"{v:.4%}") if der.kind == "rate" else (lambda v: f"{v:,.4f}")
                lines = [T("derived.disagrees", where=self.where(der.name), n=int(off.sum()),
                           numerator=_word(der.numerator, self.spec.name),
                           denominator=_word(der.denominator, self.spec.name))]
                shown = [T("derived.example", given=repr(s[i]), expected=fmt(expect[i])) for i in np.flatnonzero(off)]
                lines += _examples(self.rows[off], shown)
                self.warn("\n".join(lines))
        return unusable

    def check_rows(self) -> None:
        """Check the in-row orders (``at_most``) and that keys are unique."""
        for a, b in self.spec.at_most:
            if a not in self.out or b not in self.out:
                continue
            va, vb = pd.Series(self.out[a]), pd.Series(self.out[b])
            bad = (va.notna() & vb.notna() & (va > vb)).to_numpy()
            if bad.any():
                ha = str(self.header.cells[self.header.columns[a]]).strip()
                hb = str(self.header.cells[self.header.columns[b]]).strip()
                shown = [T("order.example", a=ha, va=repr(self.text[a].iloc[i]), b=hb, vb=repr(self.text[b].iloc[i]))
                         for i in np.flatnonzero(bad)]
                dates = self.spec.column(a).kind in {"date", "datetime"}
                lines = [T("order.later" if dates else "order.above", where=self.where(a),
                           other=_column(self.spec, hb, b), n=int(bad.sum()))]
                lines += _examples(self.rows[bad], shown)
                lines.append(T("expected", expected=T("order.later_expected" if dates else "order.expected",
                                                      a=_word(a, self.spec.name),
                                                      b=_word(b, self.spec.name))))
                raise DataError("\n".join(lines))
        key = [k for k in self.spec.key if k in self.out]
        if key and _may_repeat([pd.Series(self.out[k]) for k in key]):
            frame = pd.DataFrame({k: pd.Series(self.out[k]) for k in key})
            dup = frame.duplicated(keep=False).to_numpy()
            if dup.any():
                first = frame[dup].groupby(key, dropna=False, sort=False).ngroup().to_numpy()
                groups = int(first.max()) + 1
                heads = [str(self.header.cells[self.header.columns[k]]).strip() for k in key]
                lines = [T("key.duplicate", where=self.where(), n=groups,
                           heads=" + ".join(_column(self.spec, h, k) for k, h in zip(key, heads)))]
                for g in range(min(groups, _EXAMPLES)):
                    members = np.flatnonzero(dup)[first == g]
                    desc = T("join.list").join(f"{h}={_show(frame[k].iloc[members[0]])}" for k, h in zip(key, heads))
                    again = T("join.list").join(str(r) for r in self.rows[members[1:]])
                    lines.append(T("key.again", row=self.rows[members[0]], key=desc, again=again))
                if groups > _EXAMPLES:
                    lines.append(T("more", n=groups - _EXAMPLES))
                lines.append(T("expected", expected=T("key.expected", key=" × ".join(
                    _word(k, self.spec.name) for k in key))))
                raise DataError("\n".join(lines))

    def read(self) -> pd.DataFrame:
        """Run every step and return the canonical frame."""
        self.select_rows()
        self.parse()
        unusable = self.check_derived()
        self.check_rows()
        dropped = [repr(d) for d in self.header.extra]
        for j, cell in enumerate(self.header.cells):
            if not str(cell).strip() and j in self.body.columns and self.body[j].str.strip().ne("").any():
                dropped.append(T("dropped.unnamed", letter=_column_letter(j)))
        notes = []
        if dropped:
            notes.append(T("dropped.extra", names=T("join.list").join(dropped)))
        if self.header.shadowed:
            notes.append(T("dropped.shadowed", names=T("join.list").join(repr(d) for d in self.header.shadowed)))
        if unusable:
            notes.append(T("dropped.derived", names=T("join.notes").join(unusable)))
        if notes:
            count = len(dropped) + len(self.header.shadowed) + len(unusable)
            self.warn(T("dropped", where=self.where(), n=count, notes=T("join.notes").join(notes)))
        frame = pd.DataFrame({k: pd.Series(v).reset_index(drop=True) for k, v in self.out.items()}, copy=False)
        return conform(frame, self.spec.name)


def _may_repeat(columns: list[pd.Series]) -> bool:
    """Return whether some combination of values repeats across the columns (a key seen twice).

    Codes of each column (a missing value counts as a value), combined column by column:
    cheaper than ``DataFrame.duplicated`` on a million distinct order ids, which runs only
    when this finds a repeat. An Arrow-backed text column is coded by Arrow's dictionary
    encoding (five times faster than hashing the strings in pandas), or sorted when it is the
    whole key.
    """
    n = len(columns[0])
    if len(columns) == 1 and (arr := _arrow(columns[0])) is not None and n > 1:
        # One text key (order ids): sorting and comparing neighbours beats hashing a million strings.
        import pyarrow as pa
        import pyarrow.compute as pc

        if arr.null_count:
            return True
        try:  # ids of digits: sort them as numbers (a repeat there may be 007 and 7: then look closer)
            ordered = np.sort(arr.cast(pa.int64()).to_numpy(), kind="stable")
            if not (ordered[1:] == ordered[:-1]).any():
                return False
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            pass
        ordered = arr.take(pc.sort_indices(arr))
        return bool(pc.any(pc.equal(ordered.slice(1), ordered.slice(0, n - 1))).as_py())
    combined, size = None, 1
    for col in columns:
        arr = _arrow(col)
        if arr is not None:
            if arr.null_count:
                return True  # a missing value: let DataFrame.duplicated judge
            codes, distinct = _arrow_codes(arr)
            codes, k = codes.astype("int64"), len(distinct)
        else:
            codes, uniques = pd.factorize(col)
            if (codes < 0).any():
                return True
            codes, k = codes.astype("int64"), len(uniques)
        if combined is None:
            combined, size = codes, k
            continue
        if size * k >= 1 << 62:  # keep the combined codes inside int64
            combined, uniq = pd.factorize(combined)
            size = len(uniq)
        combined, size = combined * k + codes, size * k
    if n < 2:
        return False
    # Timsort (numpy's stable sort) runs through an export's date-ordered stretches in one pass:
    # five times faster than quicksort on a dated report, and faster than hashing distinct codes.
    ordered = np.sort(combined, kind="stable")
    return bool((ordered[1:] == ordered[:-1]).any())


def _today() -> pd.Timestamp:
    """Return today's date: ``SHOPANALYSIS_TODAY`` (YYYY-MM-DD) when set, else the clock's."""
    given = os.environ.get("SHOPANALYSIS_TODAY")
    return (pd.Timestamp(given) if given else pd.Timestamp.today()).normalize()


def _column_letter(j: int) -> str:
    """Return the spreadsheet letter of 0-based column ``j`` (0 -> A, 26 -> AA)."""
    out = ""
    j += 1
    while j:
        j, r = divmod(j - 1, 26)
        out = chr(65 + r) + out
    return out


def _show(value: object) -> str:
    """Return a key value as text for messages."""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else str(value)
    return str(value)


def _no_header_error(raw: _Raw, spec: Table, closest: tuple[int, list[str]] | None, scan: list[list[str]]) -> DataError:
    """Return the DataError for a file where no row names the table's required columns."""
    where = _where(raw.label, spec)
    need = [spec.column(r) for r in spec.required]
    if closest is None or len(closest[1]) == len(need):
        seen = [c for c in (scan[0] if scan else []) if str(c).strip()][:8]
        msg = [T("header.none_seen", where=where, rows=_SCAN_ROWS, seen=T("join.list").join(map(repr, seen))) if seen
               else T("header.none", where=where, rows=_SCAN_ROWS)]
        msg.append(T("header.expected_row"))
        msg += [T("header.accepted", label=vocab.label(c.name, table=spec.name), accepted=_accepted(c)) for c in need]
        return DataError("\n".join(msg))
    row, lacking = closest
    msg = [T("header.lacking", where=where, row=row + 1, n=len(lacking),
             lacking=[_word(name, spec.name) for name in lacking])]
    msg.append(T("header.expected_cell"))
    msg += [T("header.accepted", label=vocab.label(name, table=spec.name), accepted=_accepted(spec.column(name)))
            for name in lacking]
    present = [c for c in scan[row] if str(c).strip()]
    msg.append(T("header.has_more" if len(present) > 20 else "header.has", cells=T("join.list").join(present[:20])))
    return DataError("\n".join(msg))


#: Column kinds whose cells the fast path may read as float64 directly (their parsers take plain numbers as they are).
_TYPED_KINDS = frozenset({"int", "money", "float"})
#: A scanned cell that Arrow would read as the same number the tolerant parser does.
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


class _Retry(Exception):
    """The typed fast path met something only the text cells can explain: read the body as text."""


def _typed_columns(raw: _Raw, spec: Table, header: _Header, sep: str) -> frozenset[int]:
    """Return the positions of a text file's body that Arrow may read as numbers (empty for none).

    The count, money and plain-number columns whose first scanned cells are all plain
    numbers, except a part of a derived column in the file (its check reads the decimals
    the text shows). Only a file that ends with a line break (a cut-off download is
    judged on its text) and with two such columns or more (so no row of a typed body can
    be a one-cell note).
    """
    if not _fast_path or raw.kind != "text" or raw.data is None or not raw.ends_with_newline():
        return frozenset()
    parts = {p for der in spec.derived if der.name in header.derived for p in (der.numerator, der.denominator)}
    sample = raw.scan(sep)[header.body_start:]
    typed = set()
    for name, j in header.columns.items():
        if spec.column(name).kind not in _TYPED_KINDS or name in parts or header.units.get(j) is not None:
            continue
        cells = [row[j] for row in sample if j < len(row)]
        if cells and all(_PLAIN_NUMBER.fullmatch(c) for c in cells):
            typed.add(j)
    return frozenset(typed) if len(typed) >= 2 else frozenset()


def _read(raw: _Raw, spec: Table) -> tuple[pd.DataFrame, np.ndarray]:
    """Read one opened file as one table; return the frame and each row's number in the file."""
    found = None
    first_closest = None
    for sep in raw.options():
        scan = raw.scan(sep)
        header, closest = _find_header(scan, spec)
        if header is not None:
            found = (sep, header)
            break
        if first_closest is None:
            first_closest = (closest, scan)
    if found is None:
        closest, scan = first_closest
        err = _no_header_error(raw, spec, closest, scan)
        hint = _other_sheet_hint(raw, spec)
        raise DataError(f"{err}\n{hint}") if hint else err
    sep, header = found
    _check_header_twice(raw, spec, header)
    _check_other_table(raw, spec, header, raw.scan(sep))
    where = lambda: _where(raw.label, spec)  # noqa: E731
    numeric = _typed_columns(raw, spec, header, sep)
    body, rows, widths = raw.body(sep, header.body_start, len(header.cells), where, numeric)
    typed = frozenset(j for j in numeric if body[j].dtype == np.float64)
    if typed:
        # Numbers read by Arrow: any refusal is re-read from the text, so that the message quotes
        # the cells as the file writes them; the warnings wait until the read has succeeded.
        reader = _TableReader(raw, spec, header, body, rows, widths, typed=typed)
        reader.sep = sep
        try:
            frame = reader.read()
        except (DataError, _Retry):
            body, rows, widths = raw.body(sep, header.body_start, len(header.cells), where)
        else:
            for message in reader.pending:
                _warn(message)
            return frame, reader.rows
    reader = _TableReader(raw, spec, header, body, rows, widths)
    reader.sep = sep
    return reader.read(), reader.rows


def _other_sheet_hint(raw: _Raw, spec: Table) -> str | None:
    """Return a hint naming the other sheet of the workbook that holds the table's header, if one does."""
    for name in raw.sheets:
        try:
            other = _open_excel(raw.path, raw.label, name, engine="openpyxl")
        except DataError:
            continue
        if _find_header(other.scan(""), spec)[0] is not None:
            return T("hint.other_sheet", sheet=name)
    return None


def _check_header_twice(raw: _Raw, spec: Table, header: _Header) -> None:
    """Refuse a header that names one column twice the same way (two 支付金额), naming both positions."""
    lookup = _lookup(spec.name)
    seen: dict[str, list[int]] = {}
    for j, cell in enumerate(header.cells):
        if not str(cell).strip():
            continue
        name, _ = _split_header(cell)
        if lookup.get(name) or lookup.get(_norm(cell)):
            seen.setdefault(name, []).append(j)
    for name, positions in seen.items():
        if len(positions) > 1:
            cell = str(header.cells[positions[0]]).strip()
            letters = T("join.list").join(_column_letter(j) for j in positions)
            raise DataError("\n".join([
                T("header.twice", where=_where(raw.label, spec), n=len(positions), header=cell, letters=letters),
                T("expected", expected=T("header.twice_expected")),
            ]))


def _check_other_table(raw: _Raw, spec: Table, header: _Header, scan: list[list[str]]) -> None:
    """Refuse a file whose header is a finer table's (one row per source or product) read as ``spec``."""
    extra = set(header.extra)
    for other in TABLES.values():
        if other.name == spec.name or not set(spec.key) < set(other.key):
            continue
        found, _ = _find_header(scan, other)
        if found is None or found.first_row != header.first_row:
            continue
        more = [k for k in other.key if k not in spec.key]
        cells = [str(found.cells[found.columns[k]]).strip() for k in more if k in found.columns]
        if len(cells) != len(more) or not all(c in extra for c in cells):
            continue
        key = " × ".join(_word(k, other.name) for k in other.key)
        raise DataError("\n".join([
            T("other_table", where=_where(raw.label, spec), other=_table_label(other.name),
              table=_table_label(spec.name), columns=T("join.list").join(cells), key=key),
            T("expected", expected=T("other_table_expected", table=_table_label(spec.name),
                                      other=_table_label(other.name), files=_example_files(other.name))),
        ]))


def read_table(path: str | Path, table: str | Table, *, encoding: str | None = None,
               sheet_name: int | str = 0) -> pd.DataFrame:
    """Read one export file as one canonical table.

    Parameters
    ----------
    path : str or Path
        A ``.csv``, ``.tsv``, ``.xlsx`` or ``.xlsm`` file (see the module docstring for
        what it may hold).
    table : str or Table
        The table of the data contract the file holds, e.g. ``"shop_daily"``.
    encoding : str, optional
        The text encoding of a CSV; by default UTF-8 (with or without BOM) then GB18030
        are tried.
    sheet_name : int or str, default 0
        The sheet of a workbook to read.

    Returns
    -------
    pandas.DataFrame
        The table's columns found in the file, in contract order, with canonical dtypes.

    Raises
    ------
    DataError
        When the file cannot be read as the table; the message names the file, the
        table, the column and the first offending rows.

    Warns
    -----
    DataWarning
        For columns dropped, derived columns that disagree with their parts, and rate
        columns read as percent numbers.

    Examples
    --------
    >>> df = read_table("data/samples/demo_shop/shop_daily.csv", "shop_daily")  # doctest: +SKIP
    >>> df.columns[:3].tolist()  # doctest: +SKIP
    ['date', 'visitors', 'pageviews']
    """
    spec = table if isinstance(table, Table) else _table_spec(table)
    raw = _open(path, encoding=encoding, sheet_name=sheet_name)
    frame, _ = _read(raw, spec)
    return frame


# ----------------------------------------------------------------------------- folders


def _table_from_name(stem: str) -> list[str]:
    """Return the tables a file stem names; the longest matching name wins (ties all returned).

    A canonical name counts as a word of the stem (``shop_daily_2026-10``,
    ``2026-10 ppc_keywords``); a Chinese export name anywhere in it (``店铺整体_10月``).
    """
    lowered = unicodedata.normalize("NFKC", stem).lower().replace("-", "_").replace(" ", "_")
    folded = _norm(stem)
    best, hits = 0, []
    for spec in TABLES.values():
        length = len(spec.name) if re.search(rf"(?:^|[^a-z]){re.escape(spec.name)}(?:$|[^a-z])", lowered) else 0
        for alias in spec.file_aliases:
            key = _norm(alias)
            if key in folded:
                length = max(length, len(key))
        if length > best:
            best, hits = length, [spec.name]
        elif length and length == best:
            hits.append(spec.name)
    return hits


def _sniff(raw: _Raw, names=None) -> list[str]:
    """Return the tables whose required columns a file's header names, best first (ties all returned)."""
    scores = {}
    for name in names or TABLES:
        spec = TABLES[name]
        for sep in raw.options():
            header, _ = _find_header(raw.scan(sep), spec)
            if header is not None:
                scores[name] = len(header.columns)
                break
    if not scores:
        return []
    top = max(scores.values())
    return [n for n, v in scores.items() if v == top]


def _combine(name: str, parts: list[tuple[Path, str, pd.DataFrame, np.ndarray]]) -> pd.DataFrame:
    """Stack one table's files, dropping rows repeated identically, refusing keys that disagree."""
    if len(parts) == 1:
        return parts[0][2]
    spec = TABLES[name]
    frames = [p[2] for p in parts]
    frame = pd.concat(frames, ignore_index=True)
    origin = np.concatenate([np.full(len(p[2]), i) for i, p in enumerate(parts)])
    rows = np.concatenate([p[3] for p in parts])
    same = frame.duplicated(keep="first").to_numpy()
    frame, origin, rows = frame[~same].reset_index(drop=True), origin[~same], rows[~same]
    key = [k for k in spec.key if k in frame.columns]
    if key:
        dup = frame.duplicated(subset=key, keep=False).to_numpy()
        if dup.any():
            groups = frame[dup].groupby(key, dropna=False, sort=False).ngroup().to_numpy()
            n = int(groups.max()) + 1
            words = {c: _word(c, name) for c in frame.columns}
            lines = [T("load.conflict", table=_table_label(name), n=n, key=" + ".join(words[k] for k in key))]
            idx = np.flatnonzero(dup)
            for g in range(min(n, _EXAMPLES)):
                members = idx[groups == g]
                desc = T("join.list").join(f"{words[k]}={_show(frame[k].iloc[members[0]])}" for k in key)
                where = T("join.notes").join(T("load.file_row", file=parts[origin[m]][1], row=rows[m]) for m in members)
                diff = [words[c] for c in frame.columns if frame[c].iloc[members].astype(str).nunique() > 1]
                lines.append(T("load.conflict_row", key=desc, rows=where, columns=T("join.list").join(diff)))
            if n > _EXAMPLES:
                lines.append(T("more", n=n - _EXAMPLES))
            lines.append(T("expected", expected=T("load.conflict_expected")))
            raise DataError("\n".join(lines))
    dates = [k for k in spec.key if k in frame.columns and spec.column(k).kind in {"date", "datetime", "month"}]
    if dates:
        frame = frame.sort_values(dates[0], kind="stable").reset_index(drop=True)
    return conform(frame, name)


def _example_files(*names: str) -> str:
    """Return example file names for tables: the canonical one and a Chinese export's (shop_daily.csv、店铺整体.xlsx)."""
    return T("join.list").join(f for n in names for f in (f"{n}.csv", f"{TABLES[n].file_aliases[0]}.xlsx"))


def load_shop(data_dir: str | Path, *, tables=None, check: bool = True) -> Shop:
    """Read every table found in a folder of exports into a Shop.

    Parameters
    ----------
    data_dir : str or Path
        The folder holding the exports (not searched recursively).
    tables : iterable of str, optional
        Read only these tables; by default every table found.
    check : bool, default True
        Run the cross-table checks of :func:`shopanalysis.checks.check_consistency`,
        store their findings in ``shop.findings`` and warn each one.

    Returns
    -------
    Shop
        The tables found (the others are ``None``), with ``shop.files[table]`` the
        files each came from.

    Raises
    ------
    DataError
        When the folder does not exist or holds no recognisable file, when a file
        cannot be read as the table it was placed in, or when two files of one table
        disagree about a key.

    Warns
    -----
    DataWarning
        Naming the files it could not place (in one warning), files whose header
        fits several tables equally well, and each finding of the checks.

    Notes
    -----
    Each file's parsed table is kept in the parsed-table cache (:mod:`shopanalysis._cache`),
    keyed by the file's content: a second load of an unchanged file reads it back from
    Parquet, with the same warnings. The checks run on every load.
    ``SHOPANALYSIS_NO_CACHE=1`` turns the cache off.

    Examples
    --------
    >>> shop = load_shop("data/samples/demo_shop")  # doctest: +SKIP
    >>> shop.shop_daily.head()  # doctest: +SKIP
    """
    folder = Path(data_dir)
    if not folder.exists():
        raise DataError(T("load.no_folder", folder=folder))
    if not folder.is_dir():
        raise DataError(T("load.not_folder", folder=folder))
    if isinstance(tables, str):
        tables = [tables]
    wanted = None if tables is None else [_table_spec(t).name for t in tables]
    files = sorted(
        p for p in folder.iterdir()
        if p.is_file() and p.suffix.lower() in _SUFFIXES and not p.name.startswith((".", "~$"))
    )
    placed: dict[str, list[tuple[Path, _Raw | None]]] = {}
    unplaced: list[str] = []
    recognised = 0
    for path in files:
        names = _table_from_name(path.stem)
        raw = None
        if len(names) != 1:
            try:
                raw = _open(path)
            except DataError as exc:
                reason = getattr(exc, "problem", None) or str(exc).splitlines()[0]
                unplaced.append(T("load.unreadable", file=path.name, reason=reason))
                continue
            names = _sniff(raw, names or None)
            if len(names) > 1:
                first = TABLES[names[0]]
                _warn(T("load.ambiguous", file=path, tables=[_table_label(n) for n in names], name=first.name,
                        alias=(first.file_aliases or (first.title,))[0]))
                continue
            if not names:
                unplaced.append(path.name)
                continue
        recognised += 1
        if wanted is not None and names[0] not in wanted:
            continue
        placed.setdefault(names[0], []).append((path, raw))
    if unplaced:
        _warn(T("load.unplaced", folder=folder, n=len(unplaced), files=T("join.list").join(unplaced),
                examples=_example_files("shop_daily")))
    if not recognised:
        listing = T("join.list").join(p.name for p in files[:10]) or T("load.no_files")
        raise DataError(T("load.nothing", folder=folder, listing=listing,
                          examples=_example_files("shop_daily", "ppc_keywords")))
    shop = Shop(data_dir=folder)
    for name in TABLES:
        if name not in placed:
            continue
        spec = TABLES[name]
        parts = []
        for path, raw in placed[name]:
            def parse(path=path, raw=raw, spec=spec):
                raw = raw or _open(path)
                return (raw.label, *_read(raw, spec))

            # parsed once per content: shopanalysis._cache (SHOPANALYSIS_NO_CACHE=1 turns it off)
            label, frame, rows = _cache.read(path, spec, parse)
            parts.append((path, label, frame, rows))
        setattr(shop, name, _combine(name, parts))
        shop.files[name] = [p for p, _ in placed[name]]
    if check:
        from .checks import check_consistency

        shop.findings = list(check_consistency(shop))
        for finding in shop.findings:
            _warn(finding)
    return shop
