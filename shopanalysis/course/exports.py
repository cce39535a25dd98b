"""Lesson 08's helpers: which exports to download, the headers they may carry, and a broken copy to read.

Nothing here reads or checks data: that is :mod:`shopanalysis.io`. These are the
tables a lesson shows (where each export lives in the platforms' menus, and the
header names the reader accepts, from the data contract) and a way to make a
realistic typo in a copy of an export, so that a lesson can show the reader's
:class:`~shopanalysis.DataError` without touching the bundled files.

Examples
--------
>>> guide = download_guide()
>>> guide.loc[guide["table"] == "shop_daily", "file names"].iloc[0]
'shop_daily, 店铺整体, 整体看板, 店铺日报, 生意参谋_店铺'
>>> columns_guide("shop_daily").iloc[0].to_dict()
{'column': 'date', 'required': True, 'kind': 'date', 'headers accepted': 'date / 统计日期 / 日期 / 时间'}
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .._schema import TABLES

__all__ = ["WHERE_TO_DOWNLOAD", "download_guide", "columns_guide", "Broken", "break_export"]

#: Where each table's export is found (menus change a little between platform versions).
WHERE_TO_DOWNLOAD: dict[str, str] = {
    "shop_daily": "生意参谋 > 取数 (or 首页 > 整体看板): 店铺整体, by day",
    "traffic_sources": "生意参谋 > 流量 > 店铺来源 > 来源明细, by day",
    "targets": "your own sheet: 月份, 销售目标 (one row per month)",
    "products": "商品 > 出售中的宝贝 (the product list), with your costs added",
    "products_daily": "生意参谋 > 品类 > 商品效果 (单品分析), by day",
    "competitors": "生意参谋 > 竞争 > 竞品分析 (or a weekly competitor sheet)",
    "competitor_shops": "生意参谋 > 竞争 > 竞店分析 (DSR, followers), weekly",
    "ppc_keywords": "直通车 > 报表 > 关键词报表, by day (分日)",
    "ppc_campaigns": "直通车 > 推广计划 (计划名称, 日限额)",
    "ppc_search_terms": "直通车 > 报表 > 搜索词报表, by day",
    "cs_daily": "赤兔 > 绩效 > 客服绩效 (询单, 响应, 销售), by day and agent",
    "cs_agents": "your team list: 客服昵称, level P1..P4, hire date, commission",
    "cs_roster": "your shift roster (排班表): date, agent, shift",
    "design_tasks": "your design task list (美工任务): who, what, requested, due, delivered",
    "after_sales": "千牛 > 售后 > 退款管理 (售后单导出)",
    "orders": "千牛 > 交易 > 已卖出的宝贝 > 批量导出 (订单报表)",
}


def download_guide() -> pd.DataFrame:
    """Return, for every table of the data contract, where to download it and the file names it is found by.

    Returns
    -------
    DataFrame
        ``table``, ``中文`` (the name operators know it by), ``where to download``,
        ``file names`` (the file stems :func:`shopanalysis.load_shop` recognises) and
        ``required columns`` (their usual Chinese headers).
    """
    rows = []
    for name, spec in TABLES.items():
        required = [(c.aliases[0] if c.aliases else c.name) for c in spec.columns if c.required]
        rows.append({
            "table": name,
            "中文": spec.title,
            "where to download": WHERE_TO_DOWNLOAD.get(name, ""),
            "file names": ", ".join((name, *spec.file_aliases)),
            "required columns": ", ".join(required),
        })
    return pd.DataFrame(rows)


def columns_guide(table: str) -> pd.DataFrame:
    """Return the columns of one table: required or not, kind, and every header name the reader accepts.

    Platform-derived rates the reader recomputes (支付转化率, 客单价, ...) are listed
    too, with kind ``derived (recomputed)``.
    """
    if table not in TABLES:
        raise KeyError(f"unknown table {table!r}; the data contract has {sorted(TABLES)}")
    spec = TABLES[table]
    rows = [{"column": c.name, "required": c.required, "kind": c.kind,
             "headers accepted": " / ".join(dict.fromkeys((c.name, *c.aliases)))} for c in spec.columns]
    rows += [{"column": d.name, "required": False, "kind": "derived (recomputed)",
              "headers accepted": " / ".join(dict.fromkeys((d.name, *d.aliases)))} for d in spec.derived]
    return pd.DataFrame(rows)


@dataclass(frozen=True)
class Broken:
    """A copy of an export with one cell changed."""

    path: Path
    line: int  # the changed line, 1-based, as a text editor (and Excel) numbers it
    column: str
    old: str
    new: str


def _decode(data: bytes) -> tuple[str, str]:
    """Return the text and the encoding to write it back in."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise ValueError("the file is neither UTF-8 nor GBK text")


def break_export(path, folder, *, row: str | None, column: str, value: str) -> Broken:
    """Copy a CSV export into ``folder`` with one cell replaced (a typo, a renamed header).

    Parameters
    ----------
    path : path
        The export to copy (CSV, UTF-8 or GBK; the encoding and line ends are kept).
    folder : path
        Where the copy goes (same file name).
    row : str or None
        The first cell of the row to change, as written in the file (``"2026/10/15"``);
        ``None`` changes the header cell itself (a column the platform renamed).
    column : str
        The header of the column to change, as written in the file (``"支付金额"``).
    value : str
        The new cell text.

    Returns
    -------
    Broken
        The copy's path, the line changed (1-based), and the old and new text.
    """
    path, folder = Path(path), Path(folder)
    text, encoding = _decode(path.read_bytes())
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    header_at, col_at = None, None
    for i, line in enumerate(lines[:10]):
        cells = next(csv.reader([line]), [])
        if column in cells:
            header_at, col_at = i, cells.index(column)
            break
    if header_at is None:
        raise ValueError(f"{path.name}: no header with a column {column!r} in the first 10 lines")
    for i in range(header_at, len(lines)):
        cells = next(csv.reader([lines[i]]), [])
        if (row is None and i == header_at) or (row is not None and i > header_at and cells and cells[0] == row):
            old = cells[col_at]
            cells[col_at] = value
            buf = io.StringIO()
            csv.writer(buf, lineterminator="").writerow(cells)
            lines[i] = buf.getvalue()
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / path.name
            target.write_bytes(newline.join(lines).encode(encoding))
            return Broken(target, i + 1, column, old, value)
    raise ValueError(f"{path.name}: no row starting with {row!r}")
