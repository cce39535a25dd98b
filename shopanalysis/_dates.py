"""Private helpers of the domain modules: dates, baselines, and what a table must hold.

Shared by :mod:`shopanalysis.sales`, :mod:`~shopanalysis.traffic`,
:mod:`~shopanalysis.ppc`, :mod:`~shopanalysis.customer_service` and
:mod:`~shopanalysis.checklist`, so that every function turns a date the same way
and says the same thing when the data does not reach it.
"""

from __future__ import annotations

import pandas as pd

from ._errors import DataError
from ._schema import TABLES

#: Baselines a day can be compared against: name -> (Chinese label, English label).
BASELINES: dict[str, tuple[str, str]] = {
    "previous_day": ("前一天", "the previous day"),
    "same_weekday_last_week": ("上周同日", "the same weekday last week"),
    "trailing_7d_mean": ("近7天日均", "the 7-day daily average"),
}


def _as_day(value) -> pd.Timestamp:
    """Turn a date-like value into a midnight Timestamp, or say what was passed.

    Examples
    --------
    >>> _as_day("2026-10-15 08:30")
    Timestamp('2026-10-15 00:00:00')
    >>> _as_day("yesterday")
    Traceback (most recent call last):
    ...
    ValueError: expected a date such as '2026-10-15'; got 'yesterday'
    """
    try:
        day = pd.Timestamp(value)
    except (TypeError, ValueError) as err:
        raise ValueError(f"expected a date such as '2026-10-15'; got {value!r}") from err
    if pd.isna(day):
        raise ValueError(f"expected a date such as '2026-10-15'; got {value!r}")
    return day.tz_localize(None).normalize() if day.tzinfo else day.normalize()


def _as_month(value) -> pd.Period:
    """Turn '2026-10', a Period or any date in the month into a monthly Period."""
    if isinstance(value, pd.Period):
        return value.asfreq("M")
    try:
        return pd.Period(value, freq="M")
    except (TypeError, ValueError) as err:
        raise ValueError(f"expected a month such as '2026-10'; got {value!r}") from err


def _need(df, columns, table: str) -> None:
    """Raise DataError when the table is missing or lacks one of ``columns``, naming what it has."""
    if df is None:
        raise DataError(f"this needs the {table} table ({TABLES[table].title}); none was given")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise DataError(f"the {table} table needs column(s) {missing}; it has {list(df.columns)}")


def _date_range_text(df, table: str, column: str = "date") -> str:
    """Say which dates a table covers: 'the shop_daily data covers 2025-11-01 to 2026-10-31'."""
    dates = df[column].dropna()
    if dates.empty:
        return f"the {table} table has no dated rows"
    return f"the {table} data covers {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}"


def _require_day(df, day: pd.Timestamp, table: str, column: str = "date") -> None:
    """Raise DataError when ``day`` lies outside the dates of ``df``, saying the range."""
    dates = df[column].dropna()
    if dates.empty or not (dates.min() <= day <= dates.max()):
        raise DataError(f"{day:%Y-%m-%d} is outside the data: {_date_range_text(df, table, column)}")


def _baseline_window(day: pd.Timestamp, against: str) -> tuple[pd.DatetimeIndex, int]:
    """Return the baseline's days and the divisor that turns their totals into one day."""
    if against == "previous_day":
        return pd.DatetimeIndex([day - pd.Timedelta(days=1)]), 1
    if against == "same_weekday_last_week":
        return pd.DatetimeIndex([day - pd.Timedelta(days=7)]), 1
    if against == "trailing_7d_mean":
        return pd.date_range(day - pd.Timedelta(days=7), day - pd.Timedelta(days=1), freq="D"), 7
    raise ValueError(f"unknown baseline {against!r}; expected one of {list(BASELINES)}")


def _coverage_note(df: pd.DataFrame, dates: pd.DatetimeIndex, table: str) -> str | None:
    """Say why a baseline has no history, or None when every baseline day has rows."""
    have = set(pd.DatetimeIndex(df["date"].unique()))
    absent = [d for d in dates if d not in have]
    if not absent:
        return None
    start = df["date"].min()
    if absent[0] < start:
        return (f"no history: the baseline needs {dates[0]:%Y-%m-%d}"
                + (f"..{dates[-1]:%Y-%m-%d}" if len(dates) > 1 else "")
                + f" and the {table} data starts {start:%Y-%m-%d}")
    return f"no history: {table} has no row for {', '.join(f'{d:%Y-%m-%d}' for d in absent[:3])}"
