"""Private helpers of the domain modules: dates, baselines, and what a table must hold.

Shared by :mod:`shopanalysis.sales`, :mod:`~shopanalysis.traffic`,
:mod:`~shopanalysis.ppc`, :mod:`~shopanalysis.customer_service` and
:mod:`~shopanalysis.checklist`, so that every function turns a date the same way
and says the same thing when the data does not reach it.
"""

from __future__ import annotations

import pandas as pd

from ._errors import DataError
from ._format import join_words
from ._schema import TABLES
from .text.dates import T

#: Baselines a day can be compared against (the ``baseline`` enum: its labels, 前一天 /
#: 上周同日 / 近7天日均, are in :mod:`shopanalysis.text.common`).
BASELINES: tuple[str, ...] = ("previous_day", "same_weekday_last_week", "trailing_7d_mean")


def _as_day(value) -> pd.Timestamp:
    """Turn a date-like value into a midnight Timestamp, or say what was passed.

    Examples
    --------
    >>> _as_day("2026-10-15 08:30")
    Timestamp('2026-10-15 00:00:00')
    >>> _as_day("yesterday")
    Traceback (most recent call last):
    ...
    ValueError: 日期要写成 2026-10-15 这样；收到的是 'yesterday'
    """
    try:
        day = pd.Timestamp(value)
    except (TypeError, ValueError) as err:
        raise ValueError(T("bad_date", value=value)) from err
    if pd.isna(day):
        raise ValueError(T("bad_date", value=value))
    return day.tz_localize(None).normalize() if day.tzinfo else day.normalize()


def _as_month(value) -> pd.Period:
    """Turn '2026-10', a Period or any date in the month into a monthly Period."""
    if isinstance(value, pd.Period):
        return value.asfreq("M")
    try:
        return pd.Period(value, freq="M")
    except (TypeError, ValueError) as err:
        raise ValueError(T("bad_month", value=value)) from err


def _need(df, columns, table: str) -> None:
    """Raise DataError when the table is missing or lacks one of ``columns``, naming what it has."""
    if df is None:
        raise DataError(T("no_table", table=table, title=_title(table)))
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise DataError(T("missing_columns", table=table, title=_title(table), missing=missing,
                          have=list(df.columns)))


def _title(table: str) -> str:
    """The Chinese name an operator knows a table by (its export's name), or the table's own name."""
    return TABLES[table].title if table in TABLES else table


def _date_range_text(df, table: str, column: str = "date") -> str:
    """Say which dates a table covers: 'the shop_daily data (店铺整体) covers 2025-11-01 to 2026-10-31'."""
    dates = df[column].dropna()
    if dates.empty:
        return T("no_dated_rows", table=table, title=_title(table))
    return T("covers", table=table, title=_title(table), start=dates.min(), end=dates.max())


def _require_day(df, day: pd.Timestamp, table: str, column: str = "date") -> None:
    """Raise DataError when ``day`` lies outside the dates of ``df``, saying the range."""
    dates = df[column].dropna()
    if dates.empty or not (dates.min() <= day <= dates.max()):
        raise DataError(T("outside", day=day, covers=_date_range_text(df, table, column)))


def _baseline_window(day: pd.Timestamp, against: str) -> tuple[pd.DatetimeIndex, int]:
    """Return the baseline's days and the divisor that turns their totals into one day."""
    if against == "previous_day":
        return pd.DatetimeIndex([day - pd.Timedelta(days=1)]), 1
    if against == "same_weekday_last_week":
        return pd.DatetimeIndex([day - pd.Timedelta(days=7)]), 1
    if against == "trailing_7d_mean":
        return pd.date_range(day - pd.Timedelta(days=7), day - pd.Timedelta(days=1), freq="D"), 7
    raise ValueError(T("unknown_baseline", name=against, known=list(BASELINES)))


def _days_text(dates) -> str:
    """Say a run of days: '2026-10-08..2026-10-14' ('2026-10-08至2026-10-14'), or one day."""
    dates = list(dates)
    if len(dates) == 1:
        return f"{dates[0]:%Y-%m-%d}"
    return T("span", start=dates[0], end=dates[-1])


def _coverage_note(df: pd.DataFrame, dates: pd.DatetimeIndex, table: str) -> str | None:
    """Say why a baseline has no history, or None when every baseline day has rows.

    The note is for a reader of the report, so it names days, not the table (``table``
    is kept for the callers).
    """
    have = set(pd.DatetimeIndex(df["date"].unique()))
    absent = [d for d in dates if d not in have]
    if not absent:
        return None
    start = df["date"].min()
    if absent[0] < start:
        return T("no_history_start", days=_days_text(dates), start=start)
    return T("no_history_gap", days=join_words([f"{d:%Y-%m-%d}" for d in absent[:3]]))
