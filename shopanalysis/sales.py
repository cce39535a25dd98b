"""Sales: month targets and pacing, a day against its baselines, product movers, takeaways.

The daily review asks four questions of the shop's sales (生意参谋 > 整体看板, the
``shop_daily`` table) and of each product's day (商品效果, ``products_daily``):

1. *Are we on track for the month?* :func:`daily_target_profile` spreads the month's
   target (销售目标, the ``targets`` table) over its days by a weekday x promo-calendar
   profile (a promo day at last year's lift, or, in a shop's first year, at the lift
   the data shows for the other promo windows); :func:`pace_month` compares
   month-to-date sales with it.
2. *What moved today?* :func:`compare_day` sets the day against the previous day,
   the same weekday last week and the 7-day average, and splits each change exactly
   into visitors (访客数), conversion (支付转化率) and 客单价 with
   :func:`shopanalysis.metrics.split_sales_change`.
3. *Which products moved it?* :func:`product_movers` ranks products by their change
   in 支付金额 and names the factor that moved each.
4. *In plain words?* :func:`describe_day` and :func:`describe_pacing` turn the numbers
   into short sentences, in the package's language (:func:`shopanalysis.set_language`);
   their templates are in :mod:`shopanalysis.text.sales`.

Sales here are 支付金额 (paid amount) as 生意参谋 counts them: refunds are not deducted.

Examples
--------
>>> days = pd.DataFrame({
...     "date": pd.to_datetime(["2026-10-14", "2026-10-15"]),
...     "visitors": [1000, 1100], "paying_buyers": [20, 20], "paid_amount": [4000.0, 4400.0]})
>>> c = compare_day(days, "2026-10-15", against=("previous_day",))
>>> c[["sales_change", "yuan_visitors", "yuan_conversion", "yuan_avg_order_value"]].round(2)
   sales_change  yuan_visitors  yuan_conversion  yuan_avg_order_value
0         400.0          400.0           -400.0                 400.0
"""

from __future__ import annotations

import inspect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from functools import lru_cache, reduce

from . import vocab
from ._dates import (BASELINES, _as_day, _as_month, _baseline_window, _coverage_note, _date_range_text, _need,
                     _require_day)
from ._errors import DataError
from ._schema import TABLES
from .metrics import ratio, split_sales_change
from .promo import PROMO_CALENDAR, SPRING_FESTIVAL, Promo, _anchor, promo_days
from .text.sales import T

__all__ = [
    "Promo",
    "target_for",
    "PROMO_CALENDAR",
    "SPRING_FESTIVAL",
    "BASELINES",
    "DRIVERS",
    "promo_days",
    "daily_target_profile",
    "Pacing",
    "NoTarget",
    "pace_month",
    "CHECKPOINTS",
    "pacing_backtest",
    "forecast_month",
    "forecast_backtest",
    "typical_error",
    "compare_day",
    "product_movers",
    "describe_day",
    "describe_pacing",
    "describe_method",
    "review_title",
]

# the profile's weekday column: codes, the same whatever the machine's locale or the language
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _join(parts, how: str = "sentences") -> str:
    """Join texts the way the language joins them: sentences, or with a semicolon, a comma or 'or'."""
    parts = [p for p in parts if p]
    return reduce(lambda a, b: T(f"join.{how}", a=a, b=b), parts) if parts else ""


def _promo_name(name: str) -> str:
    """A promo's name in the current language (双11 is 11.11 in English); a shop's own promo as it is."""
    return vocab.value_label("promo", name, default=str(name))


def _weekday_name(day: pd.Timestamp) -> str:
    return T(f"weekday.{pd.Timestamp(day).day_of_week}")


def _baseline_words(day: pd.Timestamp, against: str) -> str:
    """Say a baseline in words: 'last Thursday (10-08)' / '上周四（10-08）'."""
    dates, _ = _baseline_window(day, against)
    if against == "same_weekday_last_week":
        return T("when.same_weekday_last_week", weekday=_weekday_name(dates[0]), day=dates[0])
    if against == "previous_day":
        return T("when.previous_day", day=dates[0])
    return T("when.trailing_7d_mean", span=_span(dates))


_SALES_COLUMNS = ("visitors", "paying_buyers", "paid_amount")

# --- target pacing ----------------------------------------------------------------


@lru_cache(maxsize=64)
def _promo_year_table(calendar: tuple, festival: tuple, first_year: int, last_year: int) -> pd.DataFrame:
    """:func:`~shopanalysis.promo.promo_days` of whole years, computed once per calendar (``festival``: the key only)."""
    return promo_days(pd.Timestamp(year=first_year, month=1, day=1), pd.Timestamp(year=last_year, month=12, day=31),
                      calendar=calendar)


def _calendar_key(calendar) -> tuple | None:
    """The cache key of a calendar (with :data:`~shopanalysis.promo.SPRING_FESTIVAL`), None when it cannot be hashed."""
    try:
        key = (tuple(calendar), tuple(sorted(SPRING_FESTIVAL.items())))
        hash(key)
    except TypeError:  # a custom Promo that cannot be hashed
        return None
    return key


@lru_cache(maxsize=64)
def _promo_year_dates(calendar: tuple, festival: tuple, first_year: int, last_year: int) -> np.ndarray | None:
    """The ``date`` column of :func:`_promo_year_table` in int64 ns to search, None if it is not strictly increasing."""
    dates = _promo_year_table(calendar, festival, first_year, last_year)["date"].to_numpy(dtype="datetime64[ns]")
    dates = dates.view("int64")
    return dates if bool((np.diff(dates) > 0).all()) else None


def _ns_slice(ns: np.ndarray, start: pd.Timestamp, end: pd.Timestamp) -> slice:
    """The positions of sorted dates ``ns`` (int64 ns) from ``start`` to ``end``, both included (empty if end < start)."""
    i = int(np.searchsorted(ns, start.as_unit("ns").value, side="left"))
    return slice(i, max(i, int(np.searchsorted(ns, end.as_unit("ns").value, side="right"))))


def _promo_span(start: pd.Timestamp, end: pd.Timestamp, key: tuple) -> tuple[pd.DataFrame, slice | None]:
    """The table of whole years around ``start``..``end`` and the slice of its rows in the span (None: not sorted)."""
    table = _promo_year_table(*key, start.year, end.year)
    dates = _promo_year_dates(*key, start.year, end.year)
    if dates is None:
        return table, None
    return table, _ns_slice(dates, start, end)


def _promo_days(start, end, *, calendar) -> pd.DataFrame:
    """:func:`~shopanalysis.promo.promo_days`, the same frame, cut from a table of whole years made once.

    The pacing plan and its backtest ask for the promo days of ~60 different spans;
    listing each from the calendar cost ~3 ms. A day's promo does not depend on the
    span asked for (the first window listed wins, whatever the span), so the days of a
    span are the rows of the whole years around it that fall in it: the table is
    sorted by date, so they are one slice of it, found by binary search. The key holds
    :data:`~shopanalysis.promo.SPRING_FESTIVAL`, so a year added there is seen.

    Examples
    --------
    >>> spans = [("2025-11-09", "2025-11-13"), ("2025-10-20", "2026-02-28"), ("2026-12-31", "2027-02-20"),
    ...          ("2026-03-01", "2026-03-31"), ("2026-06-18", "2026-06-18"), ("2026-05-02", "2026-05-01"),
    ...          ("2025-11-11 18:00", "2025-11-12"), ("2026-01-01", "2026-12-31")]
    >>> all(_promo_days(a, b, calendar=PROMO_CALENDAR).equals(promo_days(a, b)) for a, b in spans)
    True
    """
    start, end = _as_day(start), _as_day(end)
    key = _calendar_key(calendar)
    if key is None:
        return promo_days(start, end, calendar=calendar)
    if end < start:
        return promo_days(start, end, calendar=key[0])
    table, rows = _promo_span(start, end, key)
    if rows is None:  # not sorted by date (never, promo_days sorts): filter it
        dates = table["date"]
        return table[(dates >= start) & (dates <= end)].reset_index(drop=True)
    return table.iloc[rows].reset_index(drop=True)


def _promo_dates(start, end, *, calendar) -> np.ndarray:
    """The dates of :func:`_promo_days` alone (``datetime64[ns]``), without building a frame."""
    start, end = _as_day(start), _as_day(end)
    key = _calendar_key(calendar)
    if key is None or end < start:
        return _promo_days(start, end, calendar=calendar)["date"].to_numpy(dtype="datetime64[ns]")
    table, rows = _promo_span(start, end, key)
    if rows is None:
        return _promo_days(start, end, calendar=calendar)["date"].to_numpy(dtype="datetime64[ns]")
    return table["date"].to_numpy(dtype="datetime64[ns]")[rows]


def _daily_sales(shop_daily: pd.DataFrame) -> pd.Series:
    _need(shop_daily, ("date", "paid_amount"), "shop_daily")
    s = shop_daily.groupby("date", sort=True)["paid_amount"].sum().astype("float64")
    s.index = pd.DatetimeIndex(s.index).normalize()
    return s


def _capped(values: np.ndarray, cap: float | None) -> tuple[np.ndarray, int]:
    """Clip the days above ``cap`` x the median day, and count them (pandas' ``median`` and ``clip``, on an array)."""
    if cap is None or not len(values):
        return values, 0
    known = values[~np.isnan(values)]
    limit = cap * float(np.nanmedian(known) if len(known) else np.nan)  # Series.median: nanmedian of the known
    if not limit > 0:
        return values, 0
    return np.where(values > limit, limit, values), int((values > limit).sum())


def _days_between(daily: pd.Series, start=None, end=None) -> pd.Series:
    """The rows of ``daily`` with ``start <= date <= end`` (either open), a slice when its dates are sorted.

    The same rows as the boolean filter ``(daily.index >= start) & (daily.index <= end)``,
    in the same order, found by binary search when the index is sorted (the series of
    :func:`_daily_sales` is).
    """
    index = daily.index
    if index.is_monotonic_increasing:
        i = 0 if start is None else int(index.searchsorted(start, side="left"))
        j = len(index) if end is None else int(index.searchsorted(end, side="right"))
        return daily.iloc[i:max(i, j)]
    keep = np.ones(len(index), dtype=bool)
    if start is not None:
        keep &= index >= start
    if end is not None:
        keep &= index <= end
    return daily[keep]


def _days_before(daily: pd.Series, first: pd.Timestamp) -> pd.Series:
    """The rows of ``daily`` dated before ``first`` (``daily[daily.index < first]``)."""
    index = daily.index
    if index.is_monotonic_increasing:
        return daily.iloc[:int(index.searchsorted(first, side="left"))]
    return daily[index < first]


def _weekday_index(daily: pd.Series, first: pd.Timestamp, *, lookback_weeks: int, min_weeks: int,
                   cap: float | None, calendar, texts: bool = True) -> tuple[np.ndarray, str, bool]:
    """Learn each weekday's multiple of an average ordinary day from the weeks before ``first`` (Monday first).

    ``texts=False`` (a backtest, whose plans nobody reads) gives the same multiples and an empty text.
    """
    even = np.ones(7)
    hist = _days_before(daily, first)
    available = (first - hist.index.min()).days if len(hist) else 0
    weeks = min(lookback_weeks, available // 7)
    month = f"{first:%Y-%m}"
    if weeks < min_weeks:
        return even, T("plan.short_history", month=month, min_weeks=min_weeks, days=available) if texts else "", True
    start = first - pd.Timedelta(days=7 * weeks)
    window = _days_between(hist, start)
    promo_dates = _promo_dates(start, first - pd.Timedelta(days=1), calendar=calendar)
    is_promo = window.index.isin(promo_dates)
    ordinary = window[~is_promo]
    if ordinary.empty:
        return even, T("plan.all_promo", month=month, weeks=weeks) if texts else "", True
    capped, n_capped = _capped(ordinary.to_numpy(dtype="float64"), cap)
    grouped = pd.Series(capped).groupby(ordinary.index.day_of_week.to_numpy())
    sums = grouped.sum()  # pandas' own sum (compensated): the same floats as ever
    per_day = np.full(7, np.nan)
    per_day[sums.index.to_numpy()] = ratio(sums.to_numpy(dtype="float64"), grouped.count().to_numpy(dtype="float64"))
    mean = _mean(per_day)
    if not mean > 0:
        return even, T("plan.no_sales", month=month, weeks=weeks) if texts else "", True
    missing = [d for d in range(7) if np.isnan(per_day[d])]
    per_day = np.where(np.isnan(per_day), mean, per_day)
    index = per_day / _mean(per_day)
    if not texts:
        return index, "", False
    text = T("plan.weekdays", month=month, weeks=weeks, start=start, end=first - pd.Timedelta(days=1),
             n=len(ordinary))
    extras = []
    if is_promo.any():
        promos = _promo_days(start, first - pd.Timedelta(days=1), calendar=calendar)
        names = [_promo_name(n) for n in promos.loc[promos["date"].isin(window.index), "promo"].unique()]
        extras.append(T("plan.promo_left_out", n=int(is_promo.sum()), names=names))
    if n_capped:
        extras.append(T("plan.capped", n=n_capped, cap=cap))
    if missing:
        extras.append(T("plan.missing_weekdays", days=[T(f"weekday.{d}") for d in missing]))
    if extras:
        return index, T("plan.weekdays_with", text=text, extras=_join(extras, "semicolon")), False
    return index, T("plan.weekdays_end", text=text), False


def _ordinary_day(hist: pd.Series, period: pd.Period, *, calendar, min_ordinary_days: int,
                  cache: dict) -> float | None:
    """Return the average ordinary (non-promo) day of a month of ``hist``, or None with too few of them."""
    if period not in cache:
        month = _days_between(hist, period.start_time, period.end_time)
        promos = _promo_dates(period.start_time, period.end_time.normalize(), calendar=calendar)
        ordinary = month[~month.index.isin(promos)]
        base = float(ordinary.mean()) if len(ordinary) >= max(min_ordinary_days, 1) else np.nan
        cache[period] = base if base > 0 else None
    return cache[period]


def _day_lift(hist: pd.Series, day: pd.Timestamp, *, calendar, min_ordinary_days: int,
              cache: dict) -> tuple[float, float] | None:
    """Return (sales on ``day``, the average ordinary day of its month), or None without data.

    Their ratio is the day's lift: how many ordinary days of its month it sold.
    """
    if day not in hist.index:
        return None
    base = _ordinary_day(hist, day.to_period("M"), calendar=calendar, min_ordinary_days=min_ordinary_days,
                         cache=cache)
    return None if base is None else (float(hist[day]), base)


def _same_day_last_year(promo: Promo, offset: int, year: int) -> pd.Timestamp | None:
    anchor = _anchor(promo, year - 1)
    return None if anchor is None else anchor + pd.Timedelta(days=int(offset))


def _position(offset: int) -> str:
    return "ramp" if offset < 0 else "peak" if offset == 0 else "after"


def _observed_promo_days(hist: pd.Series, *, calendar, min_ordinary_days: int, cache: dict) -> pd.DataFrame:
    """Measure every promo day of ``hist``: its sales and the average ordinary day of its month.

    One row per promo day the data has (and whose month has ``min_ordinary_days``
    ordinary days), sorted by date: ``date``, ``promo``, ``kind``, ``anchor`` (the
    window's peak day), ``position`` (``'ramp'`` before the anchor, ``'peak'`` on it,
    ``'after'``), ``sales`` and ``base``.

    A row depends only on its day and its month's days, so for ``hist`` cut before a
    month's 1st the rows are those of the whole data dated before it (the months
    before are complete in both): :class:`_SharedHistory` measures them once.
    """
    columns = ["date", "promo", "kind", "anchor", "position", "sales", "base"]
    if hist.empty:
        return pd.DataFrame(columns=columns)
    kinds = {p.name: p.kind for p in calendar}
    rows = []
    promos = _promo_days(hist.index.min(), hist.index.max(), calendar=calendar)
    if not hist.index.is_unique:  # a day twice: fails as it always has
        for r in promos.itertuples():
            pair = _day_lift(hist, r.date, calendar=calendar, min_ordinary_days=min_ordinary_days, cache=cache)
            if pair is not None:
                rows.append((r.date, r.promo, kinds[r.promo], r.date - pd.Timedelta(days=r.offset),
                             _position(r.offset), *pair))
        return pd.DataFrame(rows, columns=columns)
    # _day_lift of each promo day, its row in hist found at once
    at = hist.index.get_indexer(pd.DatetimeIndex(promos["date"])).tolist()
    values = hist.to_numpy(dtype="float64")
    for day, promo, offset, i in zip(promos["date"], promos["promo"].tolist(), promos["offset"].tolist(), at):
        if i < 0:
            continue
        base = _ordinary_day(hist, day.to_period("M"), calendar=calendar, min_ordinary_days=min_ordinary_days,
                             cache=cache)
        if base is not None:
            rows.append((day, promo, kinds[promo], day - pd.Timedelta(days=offset), _position(offset),
                         float(values[i]), base))
    return pd.DataFrame(rows, columns=columns)


class _SharedHistory:
    """What the plans of a backtest's months share: the months' ordinary days and the observed promo days.

    Every plan of :func:`pacing_backtest` learns from the days before its month. The
    average ordinary day of a month before it (:func:`_ordinary_day`) and the measured
    promo days dated before it (:func:`_observed_promo_days`) are the same whichever
    later month asks, so they are measured once on the whole series and reused:
    ``bases`` keeps the months measured, and :meth:`observed_before` cuts the promo
    days measured on the whole series at a month's 1st.
    """

    def __init__(self, daily: pd.Series, *, calendar: tuple, min_ordinary_days: int):
        self.daily = daily
        self.calendar = calendar
        self.min_ordinary_days = min_ordinary_days
        self.bases: dict = {}  # month -> its average ordinary day on the whole series
        self._observed: tuple | None = None

    def bases_before(self, period: pd.Period) -> dict:
        """The months measured so far that are before ``period`` (complete in its history)."""
        return {p: v for p, v in self.bases.items() if p < period}

    def keep(self, bases: dict, period: pd.Period) -> None:
        """Keep the months a plan for ``period`` measured that are before it."""
        self.bases.update({p: v for p, v in bases.items() if p < period})

    def _measure(self) -> tuple:
        if self._observed is None:
            obs = _observed_promo_days(self.daily, calendar=self.calendar,
                                       min_ordinary_days=self.min_ordinary_days, cache=self.bases)
            dates = pd.DatetimeIndex(obs["date"]) if len(obs) else pd.DatetimeIndex([])
            if not dates.is_monotonic_increasing:  # never: promo days come sorted by date
                raise AssertionError("observed promo days out of date order")  # data: an internal check
            self._observed = (obs, dates, {c: obs[c].to_numpy() for c in ("kind", "position")},
                              {c: obs[c].to_numpy(dtype="float64") for c in ("sales", "base")})
        return self._observed

    def observed_before(self, first: pd.Timestamp) -> dict:
        """:func:`_observed_promo_days` of the days before ``first``: its columns as arrays."""
        _, dates, labels, values = self._measure()
        n = int(dates.searchsorted(first, side="left")) if len(dates) else 0
        return {**{c: v[:n] for c, v in labels.items()}, **{c: v[:n] for c, v in values.items()}}

    def observed_frame_before(self, first: pd.Timestamp) -> pd.DataFrame:
        """:func:`_observed_promo_days` of the days before ``first``, the frame (for the plan's texts)."""
        obs, dates, _, _ = self._measure()
        return obs.iloc[:int(dates.searchsorted(first, side="left")) if len(dates) else 0]


def _pooled_lift(observed: Mapping, kind: str, position: str) -> float | None:
    """The pooled lift of :func:`_borrowed_lift` alone, from the columns of the observed promo days as arrays."""
    lenders = (observed["kind"] == kind) & (observed["position"] == position)
    if not lenders.any():
        return None
    return float(observed["sales"][lenders].sum() / observed["base"][lenders].sum())


def _span(days: pd.DatetimeIndex) -> str:
    """Say a run of days: '10-20..10-31' / '10-20至10-31', or '06-18' for one day."""
    return f"{days[0]:%m-%d}" if len(days) == 1 else T("span", start=days[0], end=days[-1])


def _kind_name(kind: str) -> str:
    return T(f"kind.{kind}") if f"kind.{kind}" in T else kind


def _borrowed_lift(observed: pd.DataFrame, kind: str, position: str) -> tuple[float, str, float] | None:
    """Pool the lift of the observed promo days of one kind and position, and say where it comes from.

    The pooled lift is a ratio of sums: the days' sales over the sum of their months'
    average ordinary days. The third value is the highest lift one window reached (the
    most a borrowed multiple has been seen to carry). None when the data has no such day.
    """
    lenders = observed[(observed["kind"] == kind) & (observed["position"] == position)]
    if lenders.empty:
        return None
    lift = float(lenders["sales"].sum() / lenders["base"].sum())
    # a window is its (anchor, promo); when each anchor has one promo (always, but for two windows of a custom
    # calendar peaking on the same day), grouping by the anchor alone gives the same groups, in the same order
    promo_of = dict(zip(lenders["anchor"].tolist(), lenders["promo"].tolist()))
    one_promo = len(set(zip(lenders["anchor"].tolist(), lenders["promo"].tolist()))) == len(promo_of)
    grouped = lenders.groupby("anchor" if one_promo else ["anchor", "promo"], sort=True)
    windows = grouped[["sales", "base"]].sum()
    counts = grouped.size().to_numpy()
    anchors = windows.index if one_promo else windows.index.get_level_values("anchor")
    promos = [promo_of[a] for a in anchors] if one_promo else windows.index.get_level_values("promo").tolist()
    sales, base = windows["sales"].to_numpy(), windows["base"].to_numpy()
    parts = [T("plan.borrow_part", promo=_promo_name(promo), year=anchor.year, n=int(n), lift=w_sales / w_base)
             for anchor, promo, n, w_sales, w_base in zip(anchors, promos, counts, sales, base)]
    text = T("plan.borrow_source", n=len(lenders), position=T(f"position.{position}"), parts=parts)
    return lift, text, float((windows["sales"] / windows["base"]).max())


def _allocate(weights: np.ndarray, amount: float, *, budget: int = 2000) -> np.ndarray:
    """Share ``amount`` by ``weights`` in whole fen (0.01 yuan) that add up to ``amount`` exactly.

    Whole fen by the largest-remainder method, so the decimal amounts add up. Dividing
    by 100 leaves float rounding (0.01 is not exact in binary), so the largest days are
    then nudged by a few float steps (~1e-11 yuan) until their float sum is ``amount``
    itself, trying at most ``budget`` nudges.
    """
    total = int(round(amount * 100))
    raw = weights * total
    cents = np.floor(raw).astype("int64")
    short = total - int(cents.sum())
    if short:
        order = np.argsort(-(raw - cents), kind="stable")
        cents[order[:short]] += 1
    out = cents / 100
    goal = total / 100
    tries = 0
    if len(out) and out.sum() != goal:
        for i in np.argsort(-out, kind="stable"):
            if out[i] <= 0 or tries >= budget:
                break
            base = out[i]
            for direction in ((np.inf, -np.inf) if out.sum() < goal else (-np.inf, np.inf)):
                x = base
                for _ in range(32):
                    x = np.nextafter(x, direction)
                    out[i] = x
                    tries += 1
                    if out.sum() == goal:
                        return out
            out[i] = base
    return out


def daily_target_profile(
    shop_daily: pd.DataFrame,
    month,
    *,
    target_amount: float,
    lookback_weeks: int = 8,
    min_weeks: int = 2,
    cap: float | None = 3.0,
    calendar: Iterable[Promo] = PROMO_CALENDAR,
    use_last_year: bool = True,
    promo_factors: Mapping[str, float] | None = None,
    min_ordinary_days: int = 7,
    borrow_promos: bool = True,
) -> pd.DataFrame:
    """Spread a month's sales target (销售目标) over its days by weekday and promo calendar.

    The plan is explainable in a few sentences:

    * **Weekdays.** Each weekday gets its multiple of an average ordinary day, learned
      from the ``lookback_weeks`` full weeks just before the month: the sum of
      支付金额 on that weekday divided by the number of such days (a ratio of sums),
      over the average of the seven. Promo days (:data:`PROMO_CALENDAR`: 双11 with its
      pre-sale, 618, 双12, the Spring Festival logistics stop) are left out, and any
      other day above ``cap`` x the median day counts as ``cap`` x the median, so a
      sale event does not teach the plan that Tuesdays are huge. With fewer than
      ``min_weeks`` full weeks of history (the first month of data) every weekday
      weighs the same: an even spread.
    * **Promo days.** A promo day in the month is planned at a multiple of an average
      ordinary day: the one in ``promo_factors`` if given, else last year's: sales on
      the same promo day a year before (same date; for 春节停发 the same distance from
      the lunar new year) divided by the average ordinary (non-promo) day of that
      month last year.
    * **Promo days without last year.** When the data does not reach back to the same
      day last year (a shop's first year of data), the day's multiple is learned from
      the promo windows the data does have before the month, of the same
      :attr:`Promo.kind` (a sale never borrows the dip of 春节停发), by the day's
      position in its window: a ramp-up day (before the peak, e.g. a 双11 pre-sale day)
      gets the average lift of the ramp-up days observed, the peak day the average
      peak-day lift, a day after the peak the average after-peak lift. Each observed
      lift is measured like last year's (sales over the average ordinary day of its
      month) and they are pooled as a ratio of sums. The ``method`` text names the
      windows and the multiple (``borrow_promos=False`` turns this off). Only when no
      such window is in the data is the day planned like an ordinary day, and the
      ``method`` text says so.

    Each day's weight is its multiple over the sum of the month's multiples; the day's
    target is ``target_amount x weight`` in whole fen (0.01 yuan), shared out so that
    the days add up to the target exactly in fen; the float rounding of the fen is
    moved onto the largest days, so ``profile["target"].sum()`` gives the target itself
    (in rare cases one float step off; ``.round(2)`` always gives it).

    Parameters
    ----------
    shop_daily : DataFrame
        The ``shop_daily`` table (``date``, ``paid_amount`` 支付金额). Only days before
        the month are used, so the plan does not change as the month goes on.
    month : str, Period or date-like
        The month to plan, ``"2026-10"`` or any date in it.
    target_amount : float
        The month's target in yuan (销售目标).
    lookback_weeks : int, default 8
        How many full weeks before the month teach the weekday weights.
    min_weeks : int, default 2
        Fewer full weeks of history than this gives an even spread over weekdays.
    cap : float or None, default 3.0
        In the lookback, an ordinary day above ``cap`` x the median day counts as
        ``cap`` x the median (an unlisted sale event). ``None`` keeps every day as is.
    calendar : iterable of Promo, default PROMO_CALENDAR
        The promo windows to leave out of the weekday weights and to scale.
    use_last_year : bool, default True
        Scale promo days by last year's lift when the data covers it.
    promo_factors : mapping of str to float, optional
        Your own multiples of an ordinary day, by promo name (every day of its window:
        ``{"春节停发": 0.3}``) or by date (``{"2026-11-11": 8.0}``); a date wins over a
        name, and both win over last year and over borrowing.
    min_ordinary_days : int, default 7
        A month needs at least this many ordinary days in the data to measure a
        promo day's lift in it (last year's, or a window's that lends it).
    borrow_promos : bool, default True
        Plan a promo day without last-year data (and without a given factor) from
        the lift of the other promo windows of the same kind in the data before the
        month, by its position in the window (ramp-up, peak, after the peak).

    Returns
    -------
    DataFrame
        One row per day of the month: ``date``, ``weekday``, ``promo`` (name or
        ``""``), ``weekday_index`` (the weekday's multiple), ``promo_factor`` (the promo
        day's multiple, NaN when it is planned like an ordinary day), ``basis``
        (``"weekday"``, ``"even"``, ``"last year"``, ``"borrowed"`` from other
        windows, ``"given"``), ``promo_factor_high`` (borrowed days only: the highest
        multiple one lending window reached), ``weight`` (adds up to 1) and ``target`` (yuan,
        adds up to ``target_amount``). ``attrs["method"]`` says how it was made, in
        plain words; ``attrs["even_spread"]`` is True when the weekdays fell back to
        an even spread.

    Examples
    --------
    Four ordinary weeks where Saturdays sell twice as much as other days:

    >>> days = pd.date_range("2026-09-03", "2026-09-30")
    >>> hist = pd.DataFrame({"date": days,
    ...                      "paid_amount": [2000.0 if d.day_of_week == 5 else 1000.0 for d in days]})
    >>> p = daily_target_profile(hist, "2026-10", target_amount=100_000)
    >>> float(p["target"].sum())
    100000.0
    >>> p.loc[p["date"] == "2026-10-03", ["weekday", "weight"]].round(4)   # a Saturday
      weekday  weight
    2     Sat  0.0556
    >>> p.attrs["even_spread"]
    False
    """
    period = _as_month(month)
    _check_target(target_amount)
    return _target_profile(_daily_sales(shop_daily), period, target_amount=target_amount,
                           lookback_weeks=lookback_weeks, min_weeks=min_weeks, cap=cap, calendar=calendar,
                           use_last_year=use_last_year, promo_factors=promo_factors,
                           min_ordinary_days=min_ordinary_days, borrow_promos=borrow_promos)


_PROFILE_DEFAULTS = {k: v.default for k, v in inspect.signature(daily_target_profile).parameters.items()
                     if v.kind is inspect.Parameter.KEYWORD_ONLY}


def _check_target(target_amount) -> None:
    if not (isinstance(target_amount, (int, float, np.number)) and np.isfinite(target_amount)
            and target_amount >= 0):
        raise ValueError(T("target.bad_amount", value=target_amount))


def _target_profile(
    daily: pd.Series,
    period: pd.Period,
    *,
    target_amount: float,
    lookback_weeks: int = 8,
    min_weeks: int = 2,
    cap: float | None = 3.0,
    calendar: Iterable[Promo] = PROMO_CALENDAR,
    use_last_year: bool = True,
    promo_factors: Mapping[str, float] | None = None,
    min_ordinary_days: int = 7,
    borrow_promos: bool = True,
    texts: bool = True,
    shared: _SharedHistory | None = None,
) -> pd.DataFrame | dict:
    """:func:`daily_target_profile` of the daily sales series ``daily`` (:func:`_daily_sales`).

    ``texts=False`` is for a backtest, which reads only the plan's multiples: a dict of
    the same columns as arrays (``date`` a DatetimeIndex; ``promo`` and ``basis``
    object arrays), without ``weekday``, without the ``method`` text and without
    ``promo_factor_high``, whose groupby is the slow part of borrowing. ``shared`` reuses the months'
    ordinary days and the observed promo days of the whole series (see
    :class:`_SharedHistory`); it must be made from the same ``daily``, ``calendar`` and
    ``min_ordinary_days``.
    """
    first = period.start_time.normalize()
    days = pd.date_range(first, period.end_time.normalize(), freq="D")
    calendar = tuple(calendar)
    if shared is not None and (shared.daily is not daily or shared.calendar != calendar
                               or shared.min_ordinary_days != min_ordinary_days):
        raise ValueError("the shared history is of other data or settings")  # data: an internal misuse

    index, weekday_text, even = _weekday_index(
        daily, first, lookback_weeks=lookback_weeks, min_weeks=min_weeks, cap=cap, calendar=calendar, texts=texts)
    weekday_index = index[days.day_of_week]  # index: the weekdays 0..6 in order

    promos = _promo_days(days[0], days[-1], calendar=calendar)
    # the month's promo days by date: (name, offset)
    promos = dict(zip(promos["date"].to_numpy(dtype="datetime64[ns]").view("int64").tolist(),
                      zip(promos["promo"].tolist(), promos["offset"].tolist())))
    by_name = {p.name: p for p in calendar}
    given = {}
    for key, value in (promo_factors or {}).items():
        given[key if key in by_name else _as_day(key)] = float(value)
    hist = _days_before(daily, first)
    bases: dict = {} if shared is None else shared.bases_before(period)  # month -> its average ordinary day
    factor = np.full(len(days), np.nan)
    high = np.full(len(days), np.nan)  # borrowed days: the highest lift one lending window reached
    basis = np.array(["even" if even else "weekday"] * len(days), dtype=object)
    promo_name = np.array([""] * len(days), dtype=object)
    notes: dict[str, list[tuple]] = {}  # promo -> (day, offset, factor, text) for days given or from last year
    pending: dict[tuple[str, str], list[int]] = {}  # (promo, position) -> days with neither
    for i, (day, ns) in enumerate(zip(days, days.as_unit("ns").asi8.tolist())):
        if ns not in promos:
            if day in given:
                factor[i], basis[i] = given[day], "given"
            continue
        name, offset = promos[ns]
        offset = int(offset)
        promo_name[i] = name
        if day in given or name in given:
            factor[i], basis[i] = given.get(day, given.get(name)), "given"
            if texts:
                notes.setdefault(name, []).append((day, offset, factor[i], T("plan.given", day=day, factor=factor[i])))
            continue
        ly_day = _same_day_last_year(by_name[name], offset, day.year) if use_last_year else None
        pair = None if ly_day is None else _day_lift(
            hist, ly_day, calendar=calendar, min_ordinary_days=min_ordinary_days, cache=bases)
        if pair is not None:
            lift = pair[0] / pair[1]
            factor[i], basis[i] = lift, "last year"
            if texts:
                notes.setdefault(name, []).append((day, offset, lift, T("plan.last_year", day=day, factor=lift,
                                                                          ly=ly_day)))
        else:
            notes.setdefault(name, [])
            pending.setdefault((name, _position(offset)), []).append(i)

    if not (borrow_promos and pending):
        observed = None
    elif shared is not None:
        observed = shared.observed_frame_before(first) if texts else shared.observed_before(first)
    else:
        observed = _observed_promo_days(hist, calendar=calendar, min_ordinary_days=min_ordinary_days, cache=bases)
    if shared is not None:
        shared.keep(bases, period)
    borrowed: dict[str, list[str]] = {}  # promo -> sentences
    unscaled: dict[str, list[tuple[str, list[int]]]] = {}  # promo -> (position, days planned as ordinary)
    for (name, position), idx in pending.items():
        if observed is None:
            found = None
        elif texts:
            found = _borrowed_lift(observed, by_name[name].kind, position)
        else:
            lift = _pooled_lift(observed, by_name[name].kind, position)
            found = None if lift is None else (lift, "", np.nan)
        if found is None:
            unscaled.setdefault(name, []).append((position, idx))
            continue
        factor[idx], basis[idx], high[idx] = found[0], "borrowed", found[2]
        if not texts:
            continue
        word = T(f"position.{position}")
        what = (T("plan.borrow_one", position=word, span=_span(days[idx])) if len(idx) == 1
                else T("plan.borrow_many", n=len(idx), position=word, span=_span(days[idx])))
        borrowed.setdefault(name, []).append(
            T("plan.borrowed" if use_last_year else "plan.borrowed_plain", what=what, lift=found[0], source=found[1]))

    multiple = np.where(np.isnan(factor), weekday_index, factor)
    if not multiple.sum() > 0:
        multiple = np.ones(len(days))
        weekday_text = _join([weekday_text, T("plan.all_zero")]) if texts else ""
    weight = multiple / multiple.sum()
    target = _allocate(weight, float(target_amount))

    promo_text = []
    if not texts:
        notes, unscaled = {}, {}
    for name, scaled in notes.items():
        if scaled:
            # name the peak day (offset 0) and the largest multiples; summarise the rest
            shown = sorted(scaled, key=lambda x: (x[1] != 0, -x[2]))[:3]
            rest = [x for x in scaled if x not in shown]
            lines = [x[3] for x in sorted(shown, key=lambda x: x[0])]
            if rest:
                # not ``high``: that name holds the borrowed days' column, which this once overwrote
                least, most = min(x[2] for x in rest), max(x[2] for x in rest)
                lines.append(T("plan.rest_range", n=len(rest), low=least, high=most) if most > least
                             else T("plan.rest", n=len(rest), low=least))
            promo_text.append(T("plan.scaled", promo=_promo_name(name), days=_join(lines, "semicolon")))
        if name in borrowed:
            promo_text.append(T("plan.promo_lines", promo=_promo_name(name), lines=_join(borrowed[name], "semicolon")))
        if name in unscaled:
            idx = sorted(i for _, run in unscaled[name] for i in run)
            if borrow_promos:
                positions = _join([T(f"position.{position}") for position, _ in unscaled[name]], "or")
                promo_text.append(T("plan.unscaled_nothing_to_learn", promo=_promo_name(name), n=len(idx),
                                    span=_span(days[idx]), month=str(period), kind=_kind_name(by_name[name].kind),
                                    positions=positions))
            else:
                promo_text.append(T("plan.unscaled", promo=_promo_name(name), n=len(idx), span=_span(days[idx])))
    if not texts:  # a backtest's plan: the columns it reads, as arrays
        return {"date": days, "promo": promo_name, "weekday_index": weekday_index, "promo_factor": factor,
                "basis": basis, "weight": weight, "target": target}
    method = _join([weekday_text, *promo_text])
    out = pd.DataFrame({
        "date": days.astype("datetime64[ns]"),
        "weekday": pd.Series([_WEEKDAYS[d] for d in days.day_of_week], dtype="str"),
        "promo": pd.Series(promo_name, dtype="str"),
        "weekday_index": weekday_index,
        "promo_factor": factor,
        "basis": pd.Series(basis, dtype="str"),
        "promo_factor_high": high,
        "weight": weight,
        "target": target,
    })
    out.attrs["method"] = method
    out.attrs["even_spread"] = bool(even)
    out.attrs["month"] = str(period)
    out.attrs["target_amount"] = float(target_amount)
    return out


@dataclass(frozen=True)
class Pacing:
    """Where month-to-date sales stand against the month's target, as of one day.

    Attributes
    ----------
    month : str
        ``"YYYY-MM"``.
    date : Timestamp
        The last day counted (the day under review).
    target_amount : float
        The month's target (销售目标), yuan.
    mtd_sales : float
        支付金额 from the 1st to ``date``, yuan.
    mtd_target : float
        The plan's target for the same days (the profile summed up to ``date``).
    pace_ratio : float
        ``mtd_sales / mtd_target``: 1.0 is exactly on plan.
    expected_month_end : float
        The month-end forecast: ``mtd_sales`` plus the days left at the level of the
        last 7 ordinary days, promo days ahead at their multiple in the plan (see
        :func:`pace_month`). It does not depend on the target.
    gap_to_target : float
        ``target_amount - mtd_sales``: what is still to sell (negative once exceeded).
    days_elapsed, days_left : int
        Days of the month up to and including ``date``, and after it.
    planned_per_day : float
        The plan's average day for the days left (NaN when none are left).
    needed_per_day : float
        ``gap_to_target / days_left``: what each remaining day must sell on average to
        reach the target (0 once it is reached; NaN when no days are left).
    on_track : bool
        Whether the forecast reaches the target within the forecast's typical error:
        ``expected_month_end >= on_track_at x target_amount x (1 - typical_error)``;
        without a backtest (no complete past month), ``pace_ratio >= on_track_at``.
        A month is called off track only when it is not.
    verdict : str
        What the review says: ``"on_track"``; ``"depends_on_promo"`` when the forecast
        falls short but promo days ahead are planned from other promo windows (no
        last-year data) and would close the gap at a multiple of the recent ordinary
        day that a window in the shop's own data has reached (``needed_promo_lift <=
        seen_promo_lift``): too early to call, since the forecast cannot know that
        promo; ``"off_track"`` otherwise.
    promo_days_ahead : int
        Days ahead planned from other promo windows (``basis == "borrowed"``).
    needed_promo_lift, seen_promo_lift : float
        The multiple of the recent ordinary day those days must average for the month
        to reach ``on_track_at x target`` (the other days ahead as forecast), and the
        highest multiple one lending window reached; NaN without such days.
    typical_error : float
        The forecast's median absolute error at ``error_checkpoint`` in the backtest of
        the shop's own past months (:func:`pacing_backtest`); NaN without one.
    error_checkpoint, error_months : int
        The day of the month the typical error is measured at (7, 15 or 22: the last
        one at or before ``date``) and how many past months it rests on.
    unscaled_promo_days : int
        Days left in the month that fall in a promo window but are planned like
        ordinary days: no last-year data, no ``promo_factors``, and no window of the
        same kind in the data to learn a multiple from (see
        :func:`daily_target_profile`; with ``borrow_promos=True``, the default, this
        happens in a shop's first promo season). When it is not 0 the plan is
        flatter than the month will be, and so is the forecast.
    method : str
        How the plan was made and anything to know about the numbers, in plain words
        (in the package's language when :func:`pace_month` ran).
    profile : DataFrame
        The month's plan with ``sales``, ``cum_sales`` and ``cum_target`` (for a chart).
    """

    month: str
    date: pd.Timestamp
    target_amount: float
    mtd_sales: float
    mtd_target: float
    pace_ratio: float
    expected_month_end: float
    gap_to_target: float
    days_elapsed: int
    days_left: int
    planned_per_day: float
    needed_per_day: float
    on_track: bool
    verdict: str
    promo_days_ahead: int
    needed_promo_lift: float
    seen_promo_lift: float
    unscaled_promo_days: int
    method: str
    typical_error: float
    error_checkpoint: int
    error_months: int
    profile: pd.DataFrame = field(repr=False, compare=False)

    def to_dict(self) -> dict:
        """Return the numbers as a plain dict (no profile), ready for ``sa.record``."""
        return {
            "month": self.month, "date": f"{self.date:%Y-%m-%d}", "target_amount": self.target_amount,
            "mtd_sales": self.mtd_sales, "mtd_target": self.mtd_target, "pace_ratio": self.pace_ratio,
            "expected_month_end": self.expected_month_end, "gap_to_target": self.gap_to_target,
            "days_elapsed": self.days_elapsed, "days_left": self.days_left,
            "planned_per_day": self.planned_per_day, "needed_per_day": self.needed_per_day,
            "on_track": self.on_track, "verdict": self.verdict, "promo_days_ahead": self.promo_days_ahead,
            "needed_promo_lift": self.needed_promo_lift, "seen_promo_lift": self.seen_promo_lift,
            "unscaled_promo_days": self.unscaled_promo_days, "method": self.method,
            "typical_error": self.typical_error, "error_checkpoint": self.error_checkpoint,
            "error_months": self.error_months,
        }

    def to_frame(self) -> pd.DataFrame:
        """Return the numbers as a one-row DataFrame (reads well in a notebook)."""
        return pd.DataFrame([self.to_dict()])

    def _repr_html_(self) -> str:
        return self.to_frame().T.rename(columns={0: "value"})._repr_html_()


class NoTarget(DataError):
    """The month has no sales target: the targets table is missing, or has no row for the month.

    The platforms do not export targets (they are the shop's own numbers), so a folder
    of exports often has none. A report catches this one error to show its pacing as
    N/A and carry on; every other :class:`~shopanalysis.DataError` still stops it.
    """


def target_for(targets: pd.DataFrame | None, period) -> float:
    """Return the month's sales target (销售目标) from the ``targets`` table.

    Parameters
    ----------
    targets : DataFrame or None
        The ``targets`` table (``month`` 月份, ``target_amount`` 销售目标); None when the
        folder has none.
    period : Period or str
        The month (``"2026-10"``).

    Raises
    ------
    NoTarget
        When there is no table or no row for the month; the message names the file and
        the months it has.
    DataError
        When the month has two rows.

    Examples
    --------
    >>> targets = pd.DataFrame({"month": ["2026-09", "2026-10"], "target_amount": [1.2e6, 1.73e6]})
    >>> target_for(targets, "2026-10")
    1730000.0
    """
    period = pd.Period(period, freq="M")
    spec = TABLES["targets"]
    # the file and its two columns as the shop writes them (月份, 销售目标), whatever the language
    where = {"month": str(period), "month_col": spec.column("month").aliases[0],
             "target_col": spec.column("target_amount").aliases[0]}
    if targets is None:
        raise NoTarget(T("target.no_table", aliases=" / ".join(spec.file_aliases), file=f"{spec.file_aliases[0]}.csv",
                         **where))
    _need(targets, ("month", "target_amount"), "targets")
    months = targets["month"].astype("str").str.slice(0, 7)
    rows = targets.loc[months == str(period), "target_amount"]
    if rows.empty:
        have = ", ".join(sorted(months.unique())) or T("target.no_months")
        raise NoTarget(T("target.no_row", have=have, **where))
    if len(rows) > 1:
        raise DataError(T("target.twice", n=len(rows), month=str(period)))
    return float(rows.iloc[0])


# --- the month-end forecast and its backtest -------------------------------------------

#: The days of the month at which :func:`pacing_backtest` forecasts each past month.
CHECKPOINTS: tuple[int, ...] = (7, 15, 22)


def _forecast_parts(daily: pd.Series, profile: pd.DataFrame, day: pd.Timestamp, *, calendar, recent_days: int = 7,
                    lookback_days: int = 28, borrowed_damping: float = 0.5) -> tuple[float, float, np.ndarray]:
    """Forecast the month's sales at the end of ``day``: month-to-date plus the days left at the recent level.

    * **Level.** The average of the last ``recent_days`` ordinary (non-promo) days up
      to ``day``, looking back at most ``lookback_days`` (over the month's start when
      needed). Seven days hold each weekday about once, so the level needs no weekday
      weights (the 8-week weekday profile only added noise in the backtest).
    * **Days left.** An ordinary day ahead sells the level; a promo day ahead the level
      times its multiple in the plan. A multiple borrowed from other promo windows
      counts at ``lift ** borrowed_damping`` (the square root: another promo's lift
      rarely carries over at full size); a day planned like an ordinary day counts as 1.
    * **A promo under way.** When days of a promo window are already past this month,
      its days ahead are scaled by how the past ones did against the level x their multiples.

    Without an ordinary day in the lookback (a long promo), the level is month-to-date
    over the past days' multiples. NaN when there is nothing to go on.

    Returns ``(forecast, level, multiples)``: the multiples are those of the days
    ahead as the forecast counts them (NaN for days already past).
    """
    plan = _forecast_plan(daily, profile, borrowed_damping=borrowed_damping)
    return _forecast_on(daily, plan, day, calendar=calendar, recent_days=recent_days, lookback_days=lookback_days)


def _forecast_plan(daily: pd.Series, profile: pd.DataFrame, *, borrowed_damping: float = 0.5) -> tuple:
    """What :func:`_forecast_on` reads of a month's plan, whatever the day: made once for a backtest's checkpoints.

    ``(dates, sales, multiple, names)``: the month's days, their sales (0 without a
    row), each day's multiple as the forecast counts it, and the days' promo names.
    """
    dates = pd.DatetimeIndex(profile["date"])  # profile: a plan's frame, or its columns (texts=False)
    if daily.index.is_unique and len(daily):  # daily.reindex(dates).fillna(0.0), without the frame work
        where = daily.index.get_indexer(dates)
        sales = daily.to_numpy(dtype="float64")[where]
        sales[where < 0] = np.nan
        sales = np.where(np.isnan(sales), 0.0, sales)
    else:  # raises, as it always has, when a day is twice in the series
        sales = daily.reindex(dates).fillna(0.0).to_numpy()
    factor = np.asarray(profile["promo_factor"], dtype="float64")
    borrowed = np.asarray(profile["basis"], dtype=object) == "borrowed"
    factor = np.where(borrowed, np.power(np.maximum(factor, 0.0), borrowed_damping), factor)
    multiple = np.where(np.isnan(factor), 1.0, factor)
    return dates, sales, multiple, np.asarray(profile["promo"], dtype=object)


def _sorted_arrays(daily: pd.Series) -> tuple[np.ndarray, np.ndarray] | None:
    """``daily``'s dates (int64 ns) and values when its dates are sorted and unique, else None."""
    index = daily.index
    if not (isinstance(index, pd.DatetimeIndex) and index.is_monotonic_increasing and index.is_unique):
        return None
    return index.as_unit("ns").asi8, daily.to_numpy(dtype="float64")


def _sum(values: np.ndarray) -> float:
    """``float(pd.Series(values).sum())``: the NaN skipped (as zeros), the same float."""
    missing = np.isnan(values)
    return float(np.where(missing, 0.0, values).sum() if missing.any() else values.sum())


def _mean(values: np.ndarray) -> float:
    """``float(pd.Series(values).mean())``: the NaN skipped (as zeros in the sum, out of the count), the same float."""
    missing = np.isnan(values)
    if not missing.any():
        return float(values.sum() / np.float64(len(values)))
    count = np.float64(len(values) - int(missing.sum()))
    return float(np.where(missing, 0.0, values).sum() / count) if count > 0 else np.nan


def _forecast_on(daily: pd.Series, plan: tuple, day: pd.Timestamp, *, calendar, recent_days: int = 7,
                 lookback_days: int = 28) -> tuple[float, float, np.ndarray]:
    """:func:`_forecast_parts` from the month's :func:`_forecast_plan`."""
    dates, sales, multiple, names = plan
    elapsed = (dates <= day)
    mtd = float(sales[elapsed].sum())
    if elapsed.all():
        return mtd, np.nan, np.full(len(dates), np.nan)
    start = day - pd.Timedelta(days=lookback_days - 1)
    promo = _promo_dates(start, day, calendar=calendar)
    arrays = _sorted_arrays(daily)
    if arrays is None:
        window = _days_between(daily, start, day)
        ordinary = window[~window.index.isin(promo)].tail(recent_days)
        level = float(ordinary.mean()) if len(ordinary) else np.nan
    else:  # the same days, values and mean, on the arrays
        ns, values = arrays
        span = _ns_slice(ns, start, day)
        window = values[span][~np.isin(ns[span], promo.view("int64"))]
        ordinary = window[-recent_days:] if recent_days else window[:0]  # .tail(recent_days)
        level = _mean(ordinary) if len(ordinary) else np.nan
    if not level > 0:
        level = ratio(mtd, float(multiple[elapsed].sum()))
    if not np.isfinite(level):
        return np.nan, np.nan, np.full(len(dates), np.nan)
    ahead = multiple.copy()
    for name in set(names[elapsed]) - {""}:
        past = elapsed & (names == name)
        expected = level * float(multiple[past].sum())
        if expected > 0:
            ahead[~elapsed & (names == name)] *= float(sales[past].sum()) / expected
    return mtd + level * float(ahead[~elapsed].sum()), level, np.where(elapsed, np.nan, ahead)


def _promo_hinge(profile: pd.DataFrame, elapsed: np.ndarray, *, level: float, multiples: np.ndarray,
                 mtd: float, target: float) -> tuple[int, float, float]:
    """What the borrowed promo days ahead must do for the month to reach its target.

    Returns ``(days, needed, seen)``: how many days ahead are planned from other promo
    windows, the multiple of the recent ordinary day they must average so that the
    forecast reaches ``target`` (the other days ahead as forecast), and the highest
    multiple one lending window reached in the shop's own data. ``(0, nan, nan)``
    without such days or a level.
    """
    borrowed = (profile["basis"] == "borrowed").to_numpy() & ~elapsed
    days = int(borrowed.sum())
    if not days or not level > 0:
        return 0, np.nan, np.nan
    others = float(np.nansum(multiples[~elapsed & ~borrowed]))
    needed = (target - mtd - level * others) / (level * days)
    seen = float(np.nanmax(profile["promo_factor_high"].to_numpy(dtype="float64")[borrowed]))
    return days, float(needed), seen


def _complete_months(daily: pd.Series, *, before=None) -> list[pd.Period]:
    """The months the data covers from first to last day, after the data's first month (and before ``before``)."""
    if daily.empty:
        return []
    first, last = daily.index.min(), daily.index.max()
    months = pd.period_range(first, last, freq="M")
    return [m for m in months if m.start_time > first and m.end_time.normalize() <= last
            and (before is None or m < _as_month(before))]


def pacing_backtest(
    shop_daily: pd.DataFrame,
    *,
    checkpoints: Iterable[int] = CHECKPOINTS,
    before=None,
    calendar: Iterable[Promo] = PROMO_CALENDAR,
    **profile_kwargs,
) -> pd.DataFrame:
    """Backtest the month-end forecast of :func:`pace_month` on the shop's own past months.

    For every month the data covers in full and that has history before it (so not the
    data's first month), the month is forecast as :func:`pace_month` would on the
    ``checkpoints`` days of the month (the 7th, 15th and 22nd), from the data up to
    that day only, and compared with what the month actually sold. Next to it are two
    naive rules: the run rate (month-to-date / days so far x days in the month) and the
    trailing 7 days (month-to-date + the mean of the last 7 days x days left).

    Parameters
    ----------
    shop_daily : DataFrame
        The ``shop_daily`` table (``date``, ``paid_amount``).
    checkpoints : iterable of int, default (7, 15, 22)
        Days of the month to forecast on.
    before : month-like, optional
        Only months before this one (the months a forecast made in it could know).
    calendar, **profile_kwargs
        As for :func:`pace_month` (the plan's promo days and settings).

    Returns
    -------
    DataFrame
        One row per month and checkpoint: ``month``, ``checkpoint``, ``date``,
        ``actual``, ``forecast``, ``run_rate``, ``trailing_7`` and the relative errors
        ``forecast_error``, ``run_rate_error``, ``trailing_7_error`` (forecast / actual - 1).
        Empty (same columns) without a complete month with history.

    Examples
    --------
    >>> days = pd.date_range("2026-01-01", "2026-03-31")
    >>> backtest = pacing_backtest(pd.DataFrame({"date": days, "paid_amount": 1000.0}))
    >>> backtest[["month", "checkpoint", "forecast", "actual", "forecast_error"]]
         month  checkpoint  forecast   actual  forecast_error
    0  2026-02           7   28000.0  28000.0             0.0
    1  2026-02          15   28000.0  28000.0             0.0
    2  2026-02          22   28000.0  28000.0             0.0
    3  2026-03           7   31000.0  31000.0             0.0
    4  2026-03          15   31000.0  31000.0             0.0
    5  2026-03          22   31000.0  31000.0             0.0
    """
    return _backtest(_daily_sales(shop_daily), checkpoints=checkpoints, before=before, calendar=calendar,
                     **profile_kwargs)


def _shared_history(daily: pd.Series, calendar, profile_kwargs: Mapping) -> _SharedHistory | None:
    """A :class:`_SharedHistory` for the plans of ``daily`` with these settings, None when it must not be shared.

    Not for a day twice in the series (dates with a time of day), which fails as it
    always has, month by month; nor for a calendar that is not a tuple or a list (an
    iterator: each plan reads what is left of it, as it always has).
    """
    if not (isinstance(calendar, (tuple, list)) and daily.index.is_unique):
        return None
    return _SharedHistory(daily, calendar=tuple(calendar),
                          min_ordinary_days=profile_kwargs.get("min_ordinary_days",
                                                               _PROFILE_DEFAULTS["min_ordinary_days"]))


def _backtest(daily: pd.Series, *, checkpoints: Iterable[int] = CHECKPOINTS, before=None,
              calendar: Iterable[Promo] = PROMO_CALENDAR, shared: _SharedHistory | None = None,
              **profile_kwargs) -> pd.DataFrame:
    """:func:`pacing_backtest` of the daily sales series ``daily`` (:func:`_daily_sales`).

    The months' plans are made without their texts (nobody reads them here) and share
    what they learn from the months before them (:class:`_SharedHistory`): the same
    numbers as :func:`daily_target_profile` month by month (tests/test_pacing_speed.py
    checks this against that plain loop).
    """
    columns = ["month", "checkpoint", "date", "actual", "forecast", "run_rate", "trailing_7",
               "forecast_error", "run_rate_error", "trailing_7_error"]
    calendar = tuple(calendar)
    months = _complete_months(daily, before=before)
    if shared is None:
        shared = _shared_history(daily, calendar, profile_kwargs)
    arrays = _sorted_arrays(daily)
    rows = []
    for period in months:
        profile = _target_profile(daily, period, target_amount=0.0, calendar=calendar, **profile_kwargs,
                                  texts=False, shared=shared)
        plan = _forecast_plan(daily, profile)
        n = period.days_in_month
        if arrays is None:
            month = _days_between(daily, period.start_time, period.end_time)
            actual = float(month.sum())
        else:  # the same days, sums and means, on the arrays
            ns, values = arrays
            span = _ns_slice(ns, period.start_time, period.end_time)
            month_ns, month_values = ns[span], values[span]
            actual = _sum(month_values)
        for k in sorted({int(k) for k in checkpoints if 1 <= int(k) < n}):
            day = period.start_time.normalize() + pd.Timedelta(days=k - 1)
            if arrays is None:
                so_far = _days_between(month, None, day)
                mtd, last_7 = float(so_far.sum()), float(so_far.tail(7).mean())
            else:
                so_far = month_values[:int(np.searchsorted(month_ns, day.as_unit("ns").value, side="right"))]
                mtd, last_7 = _sum(so_far), _mean(so_far[-7:]) if len(so_far) else np.nan
            rows.append({"month": str(period), "checkpoint": k, "date": day, "actual": actual,
                         "forecast": _forecast_on(daily, plan, day, calendar=calendar)[0],
                         "run_rate": mtd / k * n, "trailing_7": mtd + last_7 * (n - k)})
    out = pd.DataFrame(rows, columns=columns[:7])
    for name in ("forecast", "run_rate", "trailing_7"):
        out[f"{name}_error"] = ratio(out[name], out["actual"]) - 1 if len(out) else pd.Series(dtype="float64")
    return out.astype({"month": "str", "checkpoint": "int64", "date": "datetime64[ns]"})[columns]


def typical_error(backtest: pd.DataFrame, day=None, *, method: str = "forecast") -> tuple[int, float, int]:
    """Return the forecast's typical error at the checkpoint for ``day``: (checkpoint, median |error|, months).

    The checkpoint is the last one at or before ``day``'s day of the month (the first
    one before it); ``day=None`` takes the 15th. The error is the median absolute
    relative error of ``method`` (``'forecast'``, ``'run_rate'``, ``'trailing_7'``) over
    the backtest's months; NaN with 0 months when the backtest is empty.

    Examples
    --------
    >>> bt = pd.DataFrame({"checkpoint": [7, 15, 15, 15], "forecast_error": [0.2, -0.05, 0.02, 0.1]})
    >>> typical_error(bt, "2026-10-18")
    (15, 0.05, 3)
    """
    have = sorted(set(backtest["checkpoint"])) if len(backtest) else list(CHECKPOINTS)
    dom = 15 if day is None else _as_day(day).day
    point = max([k for k in have if k <= dom], default=have[0])
    errors = backtest.loc[backtest["checkpoint"] == point, f"{method}_error"].dropna() if len(backtest) else []
    if not len(errors):
        return int(point), float("nan"), 0
    return int(point), float(np.median(np.abs(errors))), int(len(errors))


def forecast_month(shop_daily: pd.DataFrame, month, *, calendar: Iterable[Promo] = PROMO_CALENDAR,
                   recent_days: int = 14, borrowed_damping: float = 0.5,
                   **profile_kwargs) -> tuple[float, pd.DataFrame]:
    """Forecast a whole month's 支付金额 before it starts, from the recent level and the promo calendar.

    The forecast is the month's plan (:func:`daily_target_profile`: weekday rhythm and
    promo multiples) at the level of the last ``recent_days`` ordinary days before the
    month: each ordinary day ahead sells that level, each promo day the level times its
    multiple (last year's where the data has it, else borrowed from the shop's other
    promo windows at ``lift ** borrowed_damping``). It is the month-end forecast of
    :func:`pace_month` made on the day before the month starts. Only data before the
    month is used. On the demo shop's 11 months :func:`forecast_backtest` gives a
    median absolute error of 9% with 14 days (14% with 7; a borrowed damping of 0.5,
    0.75 or 1 moves single promo months, not the median); the same backtest on a shop's
    own months says how far to trust it: a promo or a holiday the data has no last
    year of is where it misses most (the Spring Festival month by +119% on the demo).

    Parameters
    ----------
    shop_daily : DataFrame
        The ``shop_daily`` table (``date``, ``paid_amount``).
    month : str, Period or date-like
        The month to forecast (``"2026-11"``).
    calendar : iterable of Promo, default PROMO_CALENDAR
    recent_days : int, default 14
        Ordinary days that set the level.
    borrowed_damping : float, default 0.5
        Power applied to a promo multiple borrowed from other windows (as in
        :func:`pace_month`).
    **profile_kwargs
        Passed to :func:`daily_target_profile`.

    Returns
    -------
    (float, DataFrame)
        The forecast (NaN with no data before the month) and the month's plan, with
        ``expected`` (the day's forecast, yuan) added.

    Examples
    --------
    >>> days = pd.DataFrame({"date": pd.date_range("2026-08-01", "2026-09-30"), "paid_amount": 1000.0})
    >>> forecast_month(days, "2026-10", calendar=())[0]
    31000.0
    """
    period = _as_month(month)
    calendar = tuple(calendar)
    before = shop_daily.loc[pd.to_datetime(shop_daily["date"]) < period.start_time]
    profile = daily_target_profile(before, period, target_amount=0.0, calendar=calendar, **profile_kwargs)
    eve = period.start_time.normalize() - pd.Timedelta(days=1)
    daily = _daily_sales(before)
    if daily.empty:
        return np.nan, profile.assign(expected=np.nan)
    total, level, multiples = _forecast_parts(daily, profile, eve, calendar=calendar, recent_days=recent_days,
                                              lookback_days=max(28, 2 * recent_days),
                                              borrowed_damping=borrowed_damping)
    return float(total), profile.assign(expected=level * multiples)


def forecast_backtest(shop_daily: pd.DataFrame, *, before=None, calendar: Iterable[Promo] = PROMO_CALENDAR,
                      **kwargs) -> pd.DataFrame:
    """Backtest :func:`forecast_month` on every complete month that has a month of data before it.

    Each month is forecast from the data before it only and compared with what it sold.

    Parameters
    ----------
    shop_daily : DataFrame
        The ``shop_daily`` table.
    before : month-like, optional
        Only months before this one.
    calendar, **kwargs
        As for :func:`forecast_month`.

    Returns
    -------
    DataFrame
        ``month``, ``forecast``, ``actual``, ``error`` (forecast / actual - 1) and
        ``promo_basis`` (how the month's promo days were planned: ``"last year"``,
        ``"borrowed"``, ``"weekday"`` for a day planned like an ordinary one, or ``""``
        without promo days), one row per month.

    Examples
    --------
    >>> days = pd.DataFrame({"date": pd.date_range("2026-07-01", "2026-09-30"), "paid_amount": 1000.0})
    >>> forecast_backtest(days, calendar=())[["month", "forecast", "actual", "error"]]
         month  forecast   actual  error
    0  2026-08   31000.0  31000.0    0.0
    1  2026-09   30000.0  30000.0    0.0
    """
    daily = _daily_sales(shop_daily)
    calendar = tuple(calendar)
    months = _complete_months(daily, before=before)
    rows = []
    for period in months:
        forecast, profile = forecast_month(shop_daily, period, calendar=calendar, **kwargs)
        actual = float(daily[(daily.index >= period.start_time) & (daily.index <= period.end_time)].sum())
        bases = profile.loc[profile["promo"] != "", "basis"]
        basis = ("borrowed" if (bases == "borrowed").any() else "weekday" if (bases.isin(["weekday", "even"])).any()
                 else "last year" if len(bases) else "")
        rows.append({"month": str(period), "forecast": forecast, "actual": actual, "promo_basis": basis})
    out = pd.DataFrame(rows, columns=["month", "forecast", "actual", "promo_basis"])
    out["error"] = ratio(out["forecast"], out["actual"]) - 1 if len(out) else pd.Series(dtype="float64")
    return out.astype({"month": "str", "forecast": "float64", "actual": "float64", "promo_basis": "str"})[
        ["month", "forecast", "actual", "error", "promo_basis"]]


def pace_month(shop_daily: pd.DataFrame, targets: pd.DataFrame, date, *, on_track_at: float = 1.0,
               backtest: bool | pd.DataFrame = True, **profile_kwargs) -> Pacing:
    """Compare month-to-date 支付金额 with the month's target spread by :func:`daily_target_profile`.

    The pace (``pace_ratio``) is month-to-date sales over the plan for the same days:
    the plan holds the weekdays and promo days, so a month that started on quiet
    weekdays is not judged as if every day were alike.

    The forecast ``expected_month_end`` is month-to-date sales plus the days left at
    the shop's recent level: the average of the last 7 ordinary (non-promo) days, an
    ordinary day ahead at that level, a promo day ahead at its multiple in the plan
    (a multiple borrowed from other promo windows at its square root), and the days
    ahead of a promo already under way scaled by how its past days did. It leans on
    the last week rather than on the pace since the 1st because sales drift within a
    month (season, growth), and it does not depend on the target.

    In a month without history (the data's first month) there is no weekday profile
    and no promo multiple to plan with: the forecast is the recent level for the
    days ahead (the run rate, in effect), and there is no backtest to measure it by.

    The typical error of the forecast comes from :func:`pacing_backtest` on the
    complete months before this one: the median absolute error at the checkpoint
    (7th, 15th, 22nd) at or before ``date``. ``on_track`` allows for it: a month is
    off track only when the forecast falls short of the target by more than that.

    Early in the month the pace rests on few days and moves a lot; read it with
    ``days_elapsed``. Promo days ahead that are planned from other promo windows (no
    last-year data) are an estimate, and so is a forecast that leans on them: the
    ``method`` text says how many there are.

    Parameters
    ----------
    shop_daily : DataFrame
        The ``shop_daily`` table (``date``, ``paid_amount`` 支付金额).
    targets : DataFrame
        The ``targets`` table (``month`` ``"YYYY-MM"``, ``target_amount`` 销售目标).
    date : date-like
        The day under review: sales up to and including it count.
    on_track_at : float, default 1.0
        ``on_track`` is ``expected_month_end >= on_track_at x target x (1 - typical_error)``
        (``pace_ratio >= on_track_at`` without a backtest).
    backtest : bool or DataFrame, default True
        True backtests the forecast on the months before this one
        (:func:`pacing_backtest`) for its typical error; a DataFrame is such a backtest
        (only its months before this one are used); False leaves the typical error NaN.
    **profile_kwargs
        Passed to :func:`daily_target_profile` (``lookback_weeks``, ``cap``,
        ``promo_factors``, ``borrow_promos``, ...).

    Returns
    -------
    Pacing
        ``.to_dict()`` for ``sa.record``, ``.to_frame()`` for a table, ``.profile``
        for the day-by-day plan against actual sales.

    Raises
    ------
    DataError
        When ``date`` is outside the ``shop_daily`` data (the message gives its range).
    NoTarget
        A :class:`~shopanalysis.DataError` too: when there is no targets table, or it
        has no row for the month (the message names the month and the targets file). A day of the month with no row in ``shop_daily`` counts as zero
        sales and the ``method`` text says so.

    Examples
    --------
    >>> days = pd.date_range("2026-10-01", "2026-10-10")
    >>> daily = pd.DataFrame({"date": days, "paid_amount": 1000.0})
    >>> targets = pd.DataFrame({"month": ["2026-10"], "target_amount": [31_000.0]})
    >>> p = pace_month(daily, targets, "2026-10-10")
    >>> p.mtd_sales, p.mtd_target, p.pace_ratio, p.days_left, p.on_track
    (10000.0, 10000.0, 1.0, 21, True)
    """
    day = _as_day(date)
    _need(shop_daily, ("date", "paid_amount"), "shop_daily")
    _require_day(shop_daily, day, "shop_daily")
    period = day.to_period("M")
    target_amount = target_for(targets, period)
    _check_target(target_amount)
    daily = _daily_sales(shop_daily)
    # the plan and its backtest's plans learn from the same months before them: measured once
    shared = _shared_history(daily, profile_kwargs.get("calendar", PROMO_CALENDAR), profile_kwargs)
    profile = _target_profile(daily, period, target_amount=target_amount, **profile_kwargs, shared=shared)
    elapsed = (profile["date"] <= day).to_numpy()
    sales = daily.reindex(pd.DatetimeIndex(profile["date"])).to_numpy()
    sales = np.where(elapsed, sales, np.nan)
    profile = profile.assign(
        sales=sales,
        cum_sales=np.where(elapsed, np.nancumsum(np.nan_to_num(sales)), np.nan),
        cum_target=profile["target"].cumsum(),
    )
    missing = int(np.isnan(sales[elapsed]).sum())
    mtd_sales = float(np.nansum(sales[elapsed]))
    mtd_target = float(profile["target"].to_numpy()[elapsed].sum())
    remaining = float(profile["target"].to_numpy()[~elapsed].sum())
    days_left = int((~elapsed).sum())
    pace = ratio(mtd_sales, mtd_target)
    calendar = tuple(profile_kwargs.get("calendar", PROMO_CALENDAR))
    expected, level, multiples = _forecast_parts(daily, profile, day, calendar=calendar)
    hinge_days, needed_lift, seen_lift = _promo_hinge(profile, elapsed, level=level, multiples=multiples,
                                                      mtd=mtd_sales, target=on_track_at * target_amount)
    if not np.isfinite(expected):
        expected = mtd_sales + remaining * pace if np.isfinite(pace) else np.nan
    gap = target_amount - mtd_sales
    needed = max(gap, 0.0) / days_left if days_left else np.nan
    planned = remaining / days_left if days_left else np.nan
    if isinstance(backtest, pd.DataFrame):
        past = backtest[backtest["month"].astype("str") < str(period)] if len(backtest) else backtest
    elif backtest:
        past = _backtest(daily, before=period, shared=shared, **profile_kwargs)
    else:
        past = pd.DataFrame(columns=["checkpoint", "forecast_error"])
    checkpoint, error, n_months = typical_error(past, day)
    if days_left == 0:
        on_track = bool(mtd_sales >= target_amount * on_track_at)
    elif np.isfinite(error) and np.isfinite(expected):
        on_track = bool(expected >= on_track_at * target_amount * (1 - error))
    else:
        on_track = bool(pace >= on_track_at) if np.isfinite(pace) else bool(mtd_sales >= target_amount * on_track_at)
    # a forecast that falls short only because promo days ahead are an estimate from other windows is
    # not called off track while those days could still close the gap at a lift the shop has reached before
    if on_track:
        verdict = "on_track"
    elif hinge_days and np.isfinite(needed_lift) and needed_lift <= seen_lift:
        verdict = "depends_on_promo"
    else:
        verdict = "off_track"
    unscaled = int(((profile["promo"] != "") & profile["promo_factor"].isna()).to_numpy()[~elapsed].sum())
    sentences = [profile.attrs["method"], T("pace.forecast"),
                 T("pace.backtest", n=n_months, k=checkpoint, error=error) if n_months else T("pace.no_backtest")]
    if missing:
        sentences.append(T("pace.missing_days", n=missing, month=str(period), day=day))
    if unscaled:
        sentences.append(T("pace.unscaled_ahead", n=unscaled))
    borrowed = int((profile["basis"] == "borrowed").to_numpy()[~elapsed].sum())
    if borrowed:
        sentences.append(T("pace.borrowed_ahead", n=borrowed))
    method = _join(sentences)
    return Pacing(
        month=str(period), date=day, target_amount=float(target_amount), mtd_sales=mtd_sales,
        mtd_target=mtd_target, pace_ratio=float(pace), expected_month_end=float(expected), gap_to_target=float(gap),
        days_elapsed=int(elapsed.sum()), days_left=days_left, planned_per_day=float(planned),
        needed_per_day=float(needed), on_track=on_track, verdict=verdict, promo_days_ahead=hinge_days,
        needed_promo_lift=needed_lift, seen_promo_lift=seen_lift, unscaled_promo_days=unscaled, method=method,
        typical_error=float(error), error_checkpoint=checkpoint, error_months=n_months, profile=profile,
    )


# --- a day against its baselines ---------------------------------------------------


def _totals(df: pd.DataFrame, dates: pd.DatetimeIndex, columns=_SALES_COLUMNS) -> pd.Series:
    return df.loc[df["date"].isin(dates), list(columns)].sum().astype("float64")


_SPLIT_NAMES = {"visitors": "yuan_visitors", "conversion_rate": "yuan_conversion",
                "avg_order_value": "yuan_avg_order_value"}


def _split_row(before: Mapping, after: Mapping) -> dict:
    split = split_sales_change(before, after)
    return {col: float(split.at[idx, "yuan"]) for idx, col in _SPLIT_NAMES.items()}


def compare_day(
    shop_daily: pd.DataFrame,
    date,
    *,
    against: Iterable[str] = ("previous_day", "same_weekday_last_week", "trailing_7d_mean"),
) -> pd.DataFrame:
    """Compare a day's 访客数, 支付买家数 and 支付金额 with its baselines and split each change.

    Each change in sales is split exactly into visitors (访客数), conversion
    (支付转化率 = 支付买家数 / 访客数) and 客单价 (支付金额 / 支付买家数) with
    :func:`shopanalysis.metrics.split_sales_change`: the three ``yuan_*`` parts add
    up to ``sales_change``.

    Parameters
    ----------
    shop_daily : DataFrame
        The ``shop_daily`` table.
    date : date-like
        The day under review.
    against : iterable of {'previous_day', 'same_weekday_last_week', 'trailing_7d_mean'}
        The baselines, one row each. ``trailing_7d_mean`` is the 7 days before
        ``date``, their totals divided by 7 (sales per day).

    Returns
    -------
    DataFrame
        One row per baseline: ``date``, ``baseline`` (the code), ``label`` (its name in
        the package's language, for a dropdown),
        ``baseline_days``, ``visitors_before``, ``paying_buyers_before``,
        ``paid_amount_before``, ``visitors``, ``paying_buyers``, ``paid_amount``,
        ``conversion_rate_before``, ``conversion_rate``, ``avg_order_value_before``,
        ``avg_order_value``, ``sales_change`` (yuan), ``sales_change_pct``,
        ``yuan_visitors``, ``yuan_conversion``, ``yuan_avg_order_value`` and ``note``.
        A baseline before the data starts (or with a missing day) is a row of NaN
        with a note, never an error.

    Raises
    ------
    DataError
        When ``date`` is outside the data or has no row (the message gives the range).

    Examples
    --------
    >>> days = pd.DataFrame({"date": pd.date_range("2026-10-01", periods=2),
    ...                      "visitors": [1000, 800], "paying_buyers": [20, 20],
    ...                      "paid_amount": [4000.0, 3000.0]})
    >>> c = compare_day(days, "2026-10-02")
    >>> c[["baseline", "paid_amount_before", "sales_change", "sales_change_pct"]]
                     baseline  paid_amount_before  sales_change  sales_change_pct
    0            previous_day              4000.0       -1000.0             -0.25
    1  same_weekday_last_week                 NaN           NaN               NaN
    2        trailing_7d_mean                 NaN           NaN               NaN
    >>> c.loc[0, ["yuan_visitors", "yuan_conversion", "yuan_avg_order_value"]].astype(float).round(2).to_dict()
    {'yuan_visitors': -775.66, 'yuan_conversion': 775.66, 'yuan_avg_order_value': -1000.0}
    >>> print(c["note"].iloc[1])
    无历史数据：对比需要 2026-09-25，而数据从 2026-10-01 才开始
    """
    _need(shop_daily, ("date", *_SALES_COLUMNS), "shop_daily")
    day = _as_day(date)
    _require_day(shop_daily, day, "shop_daily")
    if not (shop_daily["date"] == day).any():
        raise DataError(T("day.no_row", day=day, covers=_date_range_text(shop_daily, "shop_daily")))
    against = [against] if isinstance(against, str) else list(against)
    today = _totals(shop_daily, pd.DatetimeIndex([day]))
    rows = []
    for name in against:
        dates, divisor = _baseline_window(day, name)
        note = _coverage_note(shop_daily, dates, "shop_daily")
        before = _totals(shop_daily, dates) / divisor if note is None else pd.Series(np.nan, index=_SALES_COLUMNS)
        row = {
            "date": day, "baseline": name, "label": vocab.value_label("baseline", name),
            "baseline_days": f"{dates[0]:%Y-%m-%d}" + (f"..{dates[-1]:%Y-%m-%d}" if len(dates) > 1 else ""),
            **{f"{c}_before": before[c] for c in _SALES_COLUMNS},
            **{c: today[c] for c in _SALES_COLUMNS},
            "conversion_rate_before": ratio(before["paying_buyers"], before["visitors"]),
            "conversion_rate": ratio(today["paying_buyers"], today["visitors"]),
            "avg_order_value_before": ratio(before["paid_amount"], before["paying_buyers"]),
            "avg_order_value": ratio(today["paid_amount"], today["paying_buyers"]),
            "sales_change": today["paid_amount"] - before["paid_amount"],
            "sales_change_pct": ratio(today["paid_amount"], before["paid_amount"]) - 1,
        }
        if note is None:
            row.update(_split_row(before, today))
            if not np.isfinite(row["yuan_visitors"]):
                note = T("day.no_split")
        else:
            row.update({col: np.nan for col in _SPLIT_NAMES.values()})
        row["note"] = note or ""
        rows.append(row)
    out = pd.DataFrame(rows)
    return out.astype({"baseline": "str", "label": "str", "baseline_days": "str", "note": "str"})


# --- products ------------------------------------------------------------------------

#: The factors of the sales identity, as codes of a ``driver`` column (labelled 访客数, 转化率, 客单价
#: by :mod:`shopanalysis.vocab`).
DRIVERS: tuple[str, ...] = ("visitors", "conversion_rate", "avg_order_value")


def _driver(row: Mapping) -> tuple[str, str]:
    """Name the factor that moved a product's sales most (a code), and say it in a few words."""
    v0, v1 = row["visitors_before"], row["visitors"]
    b0, b1 = row["paying_buyers_before"], row["paying_buyers"]
    change = row["sales_change"]
    yuan = {k: row[c] for k, c in _SPLIT_NAMES.items()}
    if all(np.isfinite(x) for x in yuan.values()):
        sign = 1 if change >= 0 else -1
        key = max(yuan, key=lambda k: sign * yuan[k])
        if key == "visitors":
            what = {"before": v0, "after": v1, "pct": ratio(v1, v0) - 1}
        elif key == "conversion_rate":
            what = {"before": ratio(b0, v0), "after": ratio(b1, v1)}
        else:
            what = {"before": ratio(row["paid_amount_before"], b0), "after": ratio(row["paid_amount"], b1)}
        return key, T(f"reason.{key}", yuan=yuan[key], **what)
    # the log split is undefined: one side sold nothing
    if change >= 0:
        if v0 == 0:
            return "visitors", T("reason.new", visitors=v1)
        return "conversion_rate", T("reason.first_buyers", visitors=v0, buyers=b1)
    if v1 == 0:
        return "visitors", T("reason.no_visitors", visitors=v0)
    return "conversion_rate", T("reason.no_buyers", visitors=v1, buyers=b0)


def product_movers(
    products_daily: pd.DataFrame,
    date,
    *,
    against: str = "previous_day",
    n: int = 5,
    min_visitors: int = 30,
) -> pd.DataFrame:
    """Rank the products whose 支付金额 rose or fell most against a baseline, and say why.

    Each product's change is split like the shop's (:func:`compare_day`): visitors
    (访客数), conversion (支付转化率) and 客单价 in yuan, adding up to the change. The
    ``driver`` is the factor with the largest part in the direction of the change (for
    a fall, the most negative part). When one side sold nothing the split is
    undefined; then the driver is visitors if there were none, else conversion.

    Parameters
    ----------
    products_daily : DataFrame
        The ``products_daily`` table (``date``, ``product_id``, ``visitors``,
        ``paying_buyers``, ``paid_amount``; ``product_name`` when present).
    date : date-like
        The day under review.
    against : {'previous_day', 'same_weekday_last_week', 'trailing_7d_mean'}, default 'previous_day'
        The baseline.
    n : int, default 5
        How many risers and how many fallers.
    min_visitors : int, default 30
        Leave out products with fewer visitors than this on both days: their swings are noise.

    Returns
    -------
    DataFrame
        Up to ``2n`` rows, risers first: ``direction`` (``'up'`` / ``'down'``), ``rank``,
        ``product_id``, ``product_name``, the ``*_before`` and day values of
        ``visitors``, ``paying_buyers``, ``paid_amount``, ``sales_change``,
        ``sales_change_pct``, ``yuan_visitors``, ``yuan_conversion``,
        ``yuan_avg_order_value``, ``driver`` (a code of :data:`DRIVERS`) and ``reason``
        (in the package's language). Empty (same columns) when
        the baseline is before the data starts; ``attrs["note"]`` says why.

    Examples
    --------
    >>> pdaily = pd.DataFrame({
    ...     "date": pd.to_datetime(["2026-10-14"] * 2 + ["2026-10-15"] * 2),
    ...     "product_id": ["A", "B", "A", "B"],
    ...     "visitors": [1000, 500, 500, 500], "paying_buyers": [20, 10, 10, 15],
    ...     "paid_amount": [4000.0, 1000.0, 2000.0, 1500.0]})
    >>> m = product_movers(pdaily, "2026-10-15", n=1)
    >>> m[["direction", "product_id", "sales_change", "driver"]]
      direction product_id  sales_change           driver
    0        up          B         500.0  conversion_rate
    1      down          A       -2000.0         visitors
    >>> print(m.loc[1, "reason"])
    访客数 1,000 → 500（-50%），-¥2,000
    """
    _need(products_daily, ("date", "product_id", *_SALES_COLUMNS), "products_daily")
    day = _as_day(date)
    _require_day(products_daily, day, "products_daily")
    dates, divisor = _baseline_window(day, against)
    columns = ["direction", "rank", "product_id", "product_name",
               *[f"{c}_before" for c in _SALES_COLUMNS], *_SALES_COLUMNS,
               "sales_change", "sales_change_pct", *_SPLIT_NAMES.values(), "driver", "reason"]
    note = _coverage_note(products_daily, dates, "products_daily")
    if note is not None:
        out = pd.DataFrame({c: pd.Series(dtype="float64") for c in columns})
        out.attrs["note"] = note
        return out
    key = ["product_id"]
    after = products_daily.loc[products_daily["date"] == day].groupby(key)[list(_SALES_COLUMNS)].sum()
    before = products_daily.loc[products_daily["date"].isin(dates)].groupby(key)[list(_SALES_COLUMNS)].sum() / divisor
    both = after.join(before.add_suffix("_before"), how="outer").fillna(0.0)
    both = both[(both["visitors"] >= min_visitors) | (both["visitors_before"] >= min_visitors)]
    both = both.assign(sales_change=both["paid_amount"] - both["paid_amount_before"],
                       sales_change_pct=ratio(both["paid_amount"], both["paid_amount_before"]) - 1)
    if "product_name" in products_daily.columns:
        names = (products_daily.loc[products_daily["date"].isin(dates.append(pd.DatetimeIndex([day])))]
                 .drop_duplicates("product_id", keep="last").set_index("product_id")["product_name"])
    else:
        names = pd.Series(dtype="str")
    parts = []
    for direction, picked in (("up", both[both["sales_change"] > 0].nlargest(n, "sales_change")),
                              ("down", both[both["sales_change"] < 0].nsmallest(n, "sales_change"))):
        rows = []
        for rank, (pid, r) in enumerate(picked.iterrows(), start=1):
            row = {"direction": direction, "rank": rank, "product_id": pid,
                   "product_name": names.get(pid, "") if pd.notna(names.get(pid)) else "", **r.to_dict()}
            row.update(_split_row({c: r[f"{c}_before"] for c in _SALES_COLUMNS}, {c: r[c] for c in _SALES_COLUMNS}))
            row["driver"], row["reason"] = _driver(row)
            rows.append(row)
        parts.append(pd.DataFrame(rows, columns=columns))
    parts = [p for p in parts if len(p)]
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    out = out[columns].astype({"direction": "str", "product_id": "str", "product_name": "str",
                               "driver": "str", "reason": "str"})
    out["rank"] = out["rank"].astype("int64")
    out.attrs["note"] = T("movers.note", baseline=vocab.value_label("baseline", against), n=min_visitors)
    return out


# --- plain words ----------------------------------------------------------------------


def _share_word(share: float, *, almost_all: float, most: float) -> str:
    """How much of a change one part is: 'more_than_all', 'almost_all', 'most' or 'largest'."""
    if share > 1.005:
        return "more_than_all"
    if share >= almost_all:
        return "almost_all"
    if share >= most:
        return "most"
    return "largest"


def describe_day(
    comparison: pd.DataFrame | pd.Series,
    sources: pd.DataFrame | None = None,
    *,
    movers: pd.DataFrame | None = None,
    baseline: str = "same_weekday_last_week",
    almost_all: float = 0.75,
    most: float = 0.5,
    flat: float = 0.02,
) -> list[str]:
    """Write the day's sales change in a few short, factual sentences, in the package's language.

    Parameters
    ----------
    comparison : DataFrame or Series
        :func:`compare_day` output (the ``baseline`` row is used) or one row of it.
    sources : DataFrame, optional
        :func:`shopanalysis.traffic.source_changes` for the same day and baseline: adds
        which traffic source moved the visitors.
    movers : DataFrame, optional
        :func:`product_movers` output: adds the biggest faller (or riser).
    baseline : str, default 'same_weekday_last_week'
        Which row of ``comparison`` to describe.
    almost_all : float, default 0.75
        A part at or above this share of a change is "almost all" of it (above 100%,
        when other parts pulled the other way, "more than all").
    most : float, default 0.5
        At or above this share, "most"; below, "the largest part".
    flat : float, default 0.02
        A change smaller than this (2%) is "flat".

    Returns
    -------
    list of str
        One sentence per finding.

    Examples
    --------
    >>> days = pd.DataFrame({"date": pd.to_datetime(["2026-10-08", "2026-10-15"]),
    ...                      "visitors": [1000, 800], "paying_buyers": [20, 18],
    ...                      "paid_amount": [4000.0, 3420.0]})
    >>> for s in describe_day(compare_day(days, "2026-10-15", against=["same_weekday_last_week"])):
    ...     print(s)
    支付金额比上周四（10-08）下降 14.5%：-¥580（¥4,000 → ¥3,420）。
    访客减少带来 -¥826，比整体下滑还多（其他因素抵消了一部分）；转化率 +¥436，客单价 -¥190。
    >>> from shopanalysis import language
    >>> with language("en"):
    ...     print(describe_day(compare_day(days, "2026-10-15", against=["same_weekday_last_week"]))[0])
    Sales fell 14.5% against last Thursday (10-08): -¥580 (¥4,000 → ¥3,420).
    """
    if isinstance(comparison, pd.DataFrame):
        rows = comparison[comparison["baseline"] == baseline]
        if rows.empty:
            raise ValueError(T("no_baseline_row", baseline=baseline, have=list(comparison["baseline"])))
        row = rows.iloc[0]
    else:
        row = comparison
    day = pd.Timestamp(row["date"])
    when = _baseline_words(day, row["baseline"])
    if not np.isfinite(row["sales_change"]):
        return [T("day.no_comparison", when=when, note=row["note"])]
    pct, change = row["sales_change_pct"], row["sales_change"]
    sentences = []
    amounts = {"change": change, "before": row["paid_amount_before"], "after": row["paid_amount"]}
    is_flat = bool(np.isfinite(pct) and abs(pct) < flat)
    if is_flat:
        sentences.append(T("day.flat", when=when, pct=pct, change=change))
    elif np.isfinite(pct):
        sentences.append(T("day.rose" if change > 0 else "day.fell", when=when, pct=abs(pct), **amounts))
    else:
        sentences.append(T("day.rose_from_zero" if change > 0 else "day.fell_to", when=when, **amounts))
    parts = {k: row[c] for k, c in _SPLIT_NAMES.items()}
    if change != 0 and all(np.isfinite(v) for v in parts.values()) and not is_flat:
        direction = "up" if change > 0 else "down"
        sign = 1 if change > 0 else -1
        key = max(parts, key=lambda k: sign * parts[k])
        word = _share_word(parts[key] / change, almost_all=almost_all, most=most)
        others = _join([T(f"part.{k}", yuan=v) for k, v in parts.items() if k != key], "comma")
        sentences.append(T(f"split.{word}", cause=T(f"cause.{key}.{direction}"), move=T(f"move.{direction}"),
                           yuan=parts[key], others=others))
    if sources is not None and len(sources) and "visitors_change" in sources.columns:
        total = sources.attrs.get("total_visitors_change", float(sources["visitors_change"].sum()))
        if np.isfinite(total) and total != 0:
            sign = 1 if total > 0 else -1
            top = sources.loc[(sign * sources["visitors_change"]).idxmax()]
            share = top["visitors_change"] / total
            if share > 0:
                word = _share_word(share, almost_all=almost_all, most=most)
                word = "all" if word == "more_than_all" else word
                sentences.append(T("visitors.up" if total > 0 else "visitors.down", n=abs(total),
                                   share=T(f"share.{word}"), source=top["source"], change=top["visitors_change"],
                                   pct=share))
    if movers is not None and len(movers):
        direction = "down" if change < 0 else "up"
        pick = movers[movers["direction"] == direction]
        if len(pick):
            m = pick.iloc[0]
            name = m["product_name"] or m["product_id"]
            sentences.append(T(f"mover.{direction}", name=name, change=m["sales_change"], reason=m["reason"]))
    return sentences


def _hinge_words(p: Pacing) -> dict:
    """The values the promo-hinge sentences take: the borrowed promo days ahead, the multiple needed and seen."""
    ahead = p.profile[(p.profile["date"] > p.date) & (p.profile["basis"] == "borrowed")]
    promos = [_promo_name(name) for name in dict.fromkeys(ahead["promo"])]
    return {"days": p.promo_days_ahead, "promos": promos, "need": p.needed_promo_lift,
            "seen": p.seen_promo_lift}


def describe_pacing(pacing: Pacing | NoTarget) -> list[str]:
    """Write where the month stands against its target in a few short sentences, in the package's language.

    The first sentence is the headline (sold, plan, pace, forecast); the next says
    what each remaining day must sell, or how far ahead the month is; the last, when
    it applies, says how much to trust the plan (an even spread, or promo days
    planned from other promo windows).

    Parameters
    ----------
    pacing : Pacing or NoTarget
        The result of :func:`pace_month`, or the :class:`NoTarget` it raised: then
        one sentence says pacing is N/A and what to add.

    Returns
    -------
    list of str

    Examples
    --------
    >>> days = pd.DataFrame({"date": pd.date_range("2026-03-01", "2026-03-10"),
    ...                      "visitors": 1000, "paying_buyers": 20, "paid_amount": 4000.0})
    >>> targets = pd.DataFrame({"month": ["2026-03"], "target_amount": [155000.0]})
    >>> for line in describe_pacing(pace_month(days, targets, "2026-03-10")):
    ...     print(line)
    2026-03 截至 03-10：已售 ¥4万，计划 ¥5万（进度 80%）；预计月底约 ¥12.4万（还没有完整的历史月份可以回测它的误差），目标 ¥15.5万。
    要达成目标，剩下 21 天平均每天要卖 ¥5,476（计划是每天 ¥5,000）。
    2026-03 之前的历史太短，学不出星期规律：目标按天平均分配。
    >>> from shopanalysis import language
    >>> with language("en"):
    ...     print(describe_pacing(pace_month(days, targets, "2026-03-10"))[1])
    To reach the target, each of the 21 days left must sell ¥5,476 on average (the plan has ¥5,000).
    """
    if isinstance(pacing, NoTarget):
        return [T("review.no_target", error=str(pacing))]
    p = pacing
    known = p.error_months > 0 and np.isfinite(p.typical_error)
    outlook = (T("pace.outlook", forecast=p.expected_month_end, k=p.error_checkpoint, error=p.typical_error,
                 target=p.target_amount) if known
               else T("pace.outlook_untested", forecast=p.expected_month_end, target=p.target_amount))
    lines = [T("pace.headline", month=p.month, day=p.date, sold=p.mtd_sales, plan=p.mtd_target, pace=p.pace_ratio,
               outlook=outlook)]
    short = 1 - ratio(p.expected_month_end, p.target_amount)
    if p.gap_to_target <= 0:
        lines.append(T("pace.reached", over=-p.gap_to_target, n=p.days_left))
    elif p.days_left == 0:
        lines.append(T("pace.month_over", gap=p.gap_to_target))
    elif p.on_track and known and short > 0:
        lines.append(T("pace.within_error", short=short, error=p.typical_error, need=p.needed_per_day, n=p.days_left))
    elif p.on_track and p.mtd_sales >= p.mtd_target:
        lines.append(T("pace.on_track", ahead=p.mtd_sales - p.mtd_target, need=p.needed_per_day, n=p.days_left))
    elif p.on_track:
        lines.append(T("pace.forecast_reaches", need=p.needed_per_day, n=p.days_left))
    elif p.verdict == "depends_on_promo":
        lines.append(T("pace.depends_on_promo", short=short, **_hinge_words(p)))
    elif known and short > 0:
        lines.append(T("pace.off_track", short=short, error=p.typical_error, n=p.days_left, need=p.needed_per_day,
                       plan=p.planned_per_day))
    else:
        lines.append(T("pace.behind", n=p.days_left, need=p.needed_per_day, plan=p.planned_per_day))
    if p.verdict == "off_track" and p.promo_days_ahead and p.days_left and np.isfinite(p.needed_promo_lift):
        lines.append(T("pace.hinge_beyond", **_hinge_words(p)))
    ahead = p.profile["date"] > p.date
    if bool(p.profile.attrs.get("even_spread")):
        lines.append(T("pace.even", month=p.month))
    elif bool(((p.profile["basis"] == "borrowed") & ahead).any()):
        lines.append(T("pace.estimate"))
    return lines


def describe_method(date, *, baseline: str = "same_weekday_last_week", n: int = 5, min_visitors: int = 30,
                    pacing: Pacing | None = None) -> list[str]:
    """Say, for a report's method section, what the day is compared with, how movers are picked and the plan.

    Parameters
    ----------
    date : date-like
        The day under review.
    baseline : str, default 'same_weekday_last_week'
        The baseline of the headline figures and takeaways.
    n, min_visitors : int, default 5 and 30
        The :func:`product_movers` settings the report used.
    pacing : Pacing, optional
        The month's pacing: its plan is described (how the weekdays and promo days
        were weighted). None (no target) leaves it out.

    Returns
    -------
    list of str

    Examples
    --------
    >>> describe_method("2026-10-15", baseline="same_weekday_last_week", n=3)[0]
    '首页的指标和要点都是和上周四（10-08）对比。'
    """
    lines = [T("method.baseline", when=_baseline_words(_as_day(date), baseline)),
             T("method.movers", n=n, min_visitors=min_visitors)]
    if pacing is not None:
        lines.append(T("method.plan", method=pacing.method))
    return lines


def review_title(shop: str, date) -> str:
    """Return the daily review's title in the package's language: 店铺 · 每日复盘 2026-10-15（周四）.

    Examples
    --------
    >>> review_title("栖梧女装旗舰店", "2026-10-15")
    '栖梧女装旗舰店 · 每日复盘 2026-10-15（周四）'
    """
    day = _as_day(date)
    return T("review.title", shop=shop, day=day, weekday=_weekday_name(day))
