"""The platform's promo calendar: 双11, 双12, 618 and the Spring Festival logistics stop.

Sales, the customer-service roster and image tests all need to know which days do
not look like an ordinary day; this module is the one place that knows. A promo's
name (``双11``) is its code, as operators write it; :mod:`shopanalysis.text.promo`
labels the built-in ones and describes them in both languages.

Examples
--------
>>> promo_days("2026-06-17", "2026-06-19")["promo"].tolist()
['618', '618']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from ._dates import _as_day
from .text.promo import T

__all__ = ["Promo", "PROMO_CALENDAR", "SPRING_FESTIVAL", "promo_days", "promo_note"]


@dataclass(frozen=True)
class Promo:
    """One window of the platform calendar that does not look like an ordinary day.

    Parameters
    ----------
    name : str
        The name an operator knows it by (``"双11"``).
    anchor : str
        ``"MM-DD"`` for a fixed date, or ``"spring_festival"`` for the first day of
        the lunar year (looked up in :data:`SPRING_FESTIVAL`).
    days_before, days_after : int
        The window runs from ``anchor - days_before`` to ``anchor + days_after``.
    note : str
        What happens in the window, in plain words (the built-in windows have theirs,
        in both languages, in :mod:`shopanalysis.text.promo`: see :func:`promo_note`).
    kind : {'sale', 'slowdown'}, default 'sale'
        What the window does to sales: a ``'sale'`` (双11, 618) lifts them, a
        ``'slowdown'`` (the Spring Festival logistics stop) cuts them. When a promo day
        has no last-year data, :func:`daily_target_profile` learns its multiple from
        the other windows *of the same kind* in the data, so a sale never borrows the
        dip of a holiday. Any other text is a kind of its own.
    """

    name: str
    anchor: str
    days_before: int = 0
    days_after: int = 0
    note: str = ""
    kind: str = "sale"


#: The promo and holiday windows that distort a shop's ordinary weekly rhythm.
#: Dates move a little from year to year (the platform announces them each season):
#: pass your own tuple of :class:`Promo` as ``calendar=`` where they differ.
PROMO_CALENDAR: tuple[Promo, ...] = (  # data: the names are the platforms' own; text.promo labels them
    Promo("双11", "11-11", 22, 0),
    Promo("双12", "12-12", 2, 0),
    Promo("618", "06-18", 29, 0),
    Promo("春节停发", "spring_festival", 10, 7, kind="slowdown"),
)

#: The first day of the lunar year (春节), for the ``"spring_festival"`` anchor.
#: Years not listed have no Spring Festival window.
SPRING_FESTIVAL: dict[int, str] = {
    2023: "2023-01-22",
    2024: "2024-02-10",
    2025: "2025-01-29",
    2026: "2026-02-17",
    2027: "2027-02-06",
    2028: "2028-01-26",
    2029: "2029-02-13",
    2030: "2030-02-03",
}


def _anchor(promo: Promo, year: int) -> pd.Timestamp | None:
    if promo.anchor == "spring_festival":
        day = SPRING_FESTIVAL.get(year)
        return pd.Timestamp(day) if day else None
    month, day = (int(x) for x in promo.anchor.split("-"))
    return pd.Timestamp(year=year, month=month, day=day)


def promo_days(start, end, *, calendar: Iterable[Promo] = PROMO_CALENDAR) -> pd.DataFrame:
    """List the days between ``start`` and ``end`` (inclusive) that fall in a promo window.

    Parameters
    ----------
    start, end : date-like
        The first and last day to look at.
    calendar : iterable of Promo, default PROMO_CALENDAR
        The windows. A day in two windows belongs to the first one listed.

    Returns
    -------
    DataFrame
        ``date``, ``promo`` (its name) and ``offset`` (days from the anchor: 0 on
        11-11 for 双11, -1 on 11-10), one row per promo day, sorted by date.

    Examples
    --------
    >>> promo_days("2025-11-09", "2025-11-13")
            date promo  offset
    0 2025-11-09   双11      -2
    1 2025-11-10   双11      -1
    2 2025-11-11   双11       0
    """
    start, end = _as_day(start), _as_day(end)
    rows: dict[pd.Timestamp, tuple[str, int]] = {}
    for promo in calendar:
        for year in range(start.year - 1, end.year + 2):
            anchor = _anchor(promo, year)
            if anchor is None:
                continue
            for offset in range(-promo.days_before, promo.days_after + 1):
                day = anchor + pd.Timedelta(days=offset)
                if start <= day <= end and day not in rows:
                    rows[day] = (promo.name, offset)
    dates = sorted(rows)
    return pd.DataFrame({
        "date": pd.to_datetime(pd.Series(dates, dtype="datetime64[ns]")),
        "promo": pd.Series([rows[d][0] for d in dates], dtype="str"),
        "offset": pd.Series([rows[d][1] for d in dates], dtype="int64"),
    })


def promo_note(promo: Promo) -> str:
    """Return what happens in a promo window, in the package's language (a custom promo's own ``note``)."""
    if promo.note:
        return promo.note
    key = f"note.{promo.name}"
    return T(key) if key in T else ""

