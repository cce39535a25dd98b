"""The typed container :func:`shopanalysis.load_shop` returns."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path

import pandas as pd

from ._errors import DataError
from ._schema import TABLES

__all__ = ["Shop"]


@dataclass
class Shop:
    """Every canonical table found for one shop; a table not found is ``None``.

    Attributes are named for the tables of the data contract (``shop.shop_daily``,
    ``shop.ppc_keywords``, ...). ``files`` says which file each table came from, and
    ``findings`` holds the cross-table checks that did not pass (they warn, they do
    not stop a report: see :mod:`shopanalysis.checks`).
    """

    data_dir: Path | None = None
    shop_daily: pd.DataFrame | None = None
    traffic_sources: pd.DataFrame | None = None
    targets: pd.DataFrame | None = None
    products: pd.DataFrame | None = None
    products_daily: pd.DataFrame | None = None
    competitors: pd.DataFrame | None = None
    competitor_shops: pd.DataFrame | None = None
    ppc_keywords: pd.DataFrame | None = None
    ppc_campaigns: pd.DataFrame | None = None
    ppc_search_terms: pd.DataFrame | None = None
    cs_daily: pd.DataFrame | None = None
    cs_agents: pd.DataFrame | None = None
    cs_roster: pd.DataFrame | None = None
    design_tasks: pd.DataFrame | None = None
    after_sales: pd.DataFrame | None = None
    orders: pd.DataFrame | None = None
    files: dict[str, list[Path]] = field(default_factory=dict)
    findings: list[str] = field(default_factory=list)

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        """Return the tables that were found, by name, in contract order."""
        return {name: getattr(self, name) for name in TABLES if getattr(self, name) is not None}

    @property
    def info(self):
        """The shop's name and platform (:func:`shopanalysis.shopinfo.shop_info`): its info file, else its folder."""
        from .shopinfo import shop_info

        return shop_info(self)

    @property
    def name(self) -> str:
        """The shop's own name: from ``店铺信息.txt`` in its folder, else the folder's name."""
        return self.info.name

    @property
    def platform(self) -> str | None:
        """The shop's platform code (tmall, taobao, jd, pdd), or None when neither the data nor the file says."""
        return self.info.platform

    def require(self, *names: str) -> None:
        """Raise DataError naming each table in ``names`` that was not found, and the files it is read from."""
        missing = [n for n in names if getattr(self, n, None) is None]
        if missing:
            from . import vocab
            from .text.io import T

            lines = [T("shop.missing_in", folder=self.data_dir) if self.data_dir else T("shop.missing")]
            for n in missing:
                table, aliases = vocab.value_label("table", n), " / ".join(TABLES[n].file_aliases)
                lines.append(T("shop.table_files", table=table, name=n, aliases=aliases) if aliases
                             else T("shop.table_file", table=table, name=n))
            raise DataError("\n".join(lines))

    def __repr__(self) -> str:
        found = ", ".join(f"{n}={len(df):,} rows" for n, df in self.tables.items()) or "no tables"
        return f"Shop({self.data_dir}: {found})"


# Shop has one attribute per table of the contract.
assert {f.name for f in fields(Shop)} >= set(TABLES), f"Shop lacks {set(TABLES) - {f.name for f in fields(Shop)}}"
