"""Write tables as CSV and Excel files that are safe to open in a spreadsheet.

Keywords, search terms and product titles are typed by shoppers and competitors. A
cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is run
as a formula by Excel, WPS and LibreOffice (``=HYPERLINK(...)`` opens a link, older
versions ran commands), so every file the package writes goes through this module:

- in a CSV such text is prefixed with ``'``, which spreadsheets read as "this is text";
- in an XLSX it is a string cell, marked "quote prefix" so it stays text when edited,
  never a formula; its value is the text exactly as typed.

Numbers stay numbers (a negative number is not text). Headers are treated like cells.

Examples
--------
>>> escape_text("=1+1"), escape_text("+86"), escape_text("连衣裙"), escape_text(-1)
("'=1+1", "'+86", '连衣裙', -1)
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pandas as pd

__all__ = ["FORMULA_STARTS", "is_formula_like", "escape_text", "safe_frame", "write_csv", "write_xlsx"]

#: A text cell starting with one of these is run (or may be run) as a formula by a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value) -> bool:
    """Return whether ``value`` is text that a spreadsheet would take for a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def escape_text(value):
    """Return ``value`` prefixed with ``'`` when it is formula-like text; anything else unchanged."""
    return "'" + value if is_formula_like(value) else value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``frame`` whose formula-like text cells and headers carry the ``'`` prefix (for CSV)."""
    out = frame.copy()
    for i in range(out.shape[1]):
        col = out.iloc[:, i]
        if col.dtype == object or isinstance(col.dtype, (pd.CategoricalDtype, pd.StringDtype)):
            out.isetitem(i, col.astype(object).map(escape_text))
    out.columns = [escape_text(c) for c in out.columns]
    return out


def write_csv(frame: pd.DataFrame, path, *, index: bool = False, encoding: str = "utf-8-sig", **kwargs) -> Path:
    """Write ``frame`` as a formula-safe CSV; return its path.

    UTF-8 with a byte-order mark by default, so Excel and WPS open Chinese correctly;
    rows end in CRLF (RFC 4180), so that a field holding a carriage return is quoted
    rather than cutting its row in two. Other keyword arguments go to
    :meth:`pandas.DataFrame.to_csv`.
    """
    path = Path(path)
    frame = frame.reset_index() if index else frame
    kwargs.setdefault("lineterminator", "\r\n")
    safe_frame(frame).to_csv(path, index=False, encoding=encoding, **kwargs)
    return path


def _width(text: str) -> int:
    # a Chinese character is about two columns wide
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def write_xlsx(frame: pd.DataFrame, path, *, sheet_name: str = "Sheet1", index: bool = False,
               freeze_header: bool = True, fit_columns: bool = True, max_width: int = 60) -> Path:
    """Write ``frame`` as a one-sheet Excel file in which no cell is a formula; return its path.

    Formula-like text is a string cell with Excel's quote prefix; the header row is
    frozen and the columns are made wide enough to read (capped at ``max_width``).
    """
    path = Path(path)
    frame = frame.reset_index() if index else frame
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        frame.to_excel(writer, index=False, sheet_name=sheet_name)
        ws = writer.sheets[sheet_name]
        for row in ws.iter_rows():
            for cell in row:
                if is_formula_like(cell.value):
                    cell.data_type = "s"  # openpyxl took a leading "=" for a formula
                    cell.quotePrefix = True
        if freeze_header:
            ws.freeze_panes = "A2"
        if fit_columns:
            for i, col in enumerate(frame.columns):
                text = [str(col), *("" if pd.isna(v) else str(v) for v in frame.iloc[:200, i])]
                width = max(_width(t) for t in text)
                ws.column_dimensions[ws.cell(row=1, column=i + 1).column_letter].width = min(max(width + 2, 8),
                                                                                           max_width)
    return path
