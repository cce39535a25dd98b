"""The demo data the checkers compute their expected answers from (read once per session)."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd


@lru_cache(maxsize=None)
def demo(table: str) -> pd.DataFrame:
    """Return one table of the bundled demo shop, as ``sa.load_demo_shop(tables=[table])`` reads it.

    The frame is shared by every checker: do not modify it.
    """
    from .. import load_demo_shop

    return getattr(load_demo_shop(tables=[table]), table)


@lru_cache(maxsize=None)
def jd(table: str) -> pd.DataFrame:
    """Return one table of the bundled JD shop (raw platform exports), read by ``sa.load_shop``."""
    from ..io import load_shop
    from ..samples import jd_dir

    return getattr(load_shop(jd_dir(), tables=[table]), table)


def month(frame: pd.DataFrame, period: str, column: str = "date") -> pd.DataFrame:
    """Return the rows of one month (``"2026-10"``), the way the lessons select them."""
    start = pd.Timestamp(period + "-01")
    end = start + pd.offsets.MonthEnd(0)
    return frame[frame[column].between(start, end)]


def day(frame: pd.DataFrame, date, column: str = "date") -> pd.DataFrame:
    """Return the rows of one day."""
    return frame[frame[column] == pd.Timestamp(date)]
