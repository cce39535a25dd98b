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

import numpy as np
import pandas as pd

from ._dates import _as_day, _need
from ._lang import get_language
from .text.promo import T

__all__ = ["Promo", "PROMO_CALENDAR", "SPRING_FESTIVAL", "promo_days", "promo_note", "review_promos",
           "describe_promos"]


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



# --- promo review (活动复盘) ---------------------------------------------------------------

_REFUND_KINDS = ("仅退款", "退货退款")  # data: the kinds of case 退款/售后管理 prints for a refund
_REVIEW_COLUMNS = ["promo", "first", "last", "promo_days", "paid_amount", "day_mean", "baseline_day_mean", "baseline_n",
                   "lift", "extra_sales", "new_buyers", "new_buyer_share", "ad_spend", "ad_roi",
                   "refund_amount_after", "refund_rate_after", "refund_basis", "refund_until", "partial", "note"]

_REVIEW_TYPES = {"promo": "str", "promo_days": "int64", "baseline_n": "int64", "refund_basis": "str", "partial": bool,
                 "note": "str"}


def _windows(calendar: Iterable[Promo], start: pd.Timestamp, end: pd.Timestamp):
    """Yield (promo, first day, last day) of every window but the slowdowns that overlaps [start, end]."""
    found = []
    for promo in calendar:
        if promo.kind == "slowdown":
            continue
        for year in range(start.year - 1, end.year + 2):
            anchor = _anchor(promo, year)
            if anchor is None:
                continue
            first = anchor - pd.Timedelta(days=promo.days_before)
            last = anchor + pd.Timedelta(days=promo.days_after)
            if first <= end and last >= start:
                found.append((first, promo.name, last))
    return [(name, first, last) for first, name, last in sorted(found)]


def _new_buyers(orders: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp) -> tuple[float, float, bool]:
    """New buyers in [first, last] (first order in the whole table inside it), their share, whether known."""
    _need(orders, ("buyer_id", "paid_at"), "orders")
    paid = orders["paid_at"]
    if paid.dropna().empty or paid.min() >= first:
        return np.nan, np.nan, False
    day = paid.dt.normalize()
    in_window = day.between(first, last)
    buyers = orders.loc[in_window, "buyer_id"].dropna().unique()
    first_order = day.groupby(orders["buyer_id"]).min()
    new = int(first_order.loc[buyers].between(first, last).sum())
    return float(new), (new / len(buyers) if len(buyers) else np.nan), True


def _ads(ppc_keywords: pd.DataFrame, first: pd.Timestamp, last: pd.Timestamp) -> tuple[float, float]:
    _need(ppc_keywords, ("date", "cost", "gmv"), "ppc_keywords")
    dates = ppc_keywords["date"].dropna()
    if dates.empty or dates.max() < first or dates.min() > last:
        return np.nan, np.nan
    rows = ppc_keywords.loc[ppc_keywords["date"].between(first, last)]
    cost = float(rows["cost"].sum())
    return cost, (float(rows["gmv"].sum()) / cost if cost > 0 else np.nan)


def review_promos(
    shop_daily: pd.DataFrame,
    start,
    end,
    *,
    orders: pd.DataFrame | None = None,
    ppc_keywords: pd.DataFrame | None = None,
    after_sales: pd.DataFrame | None = None,
    calendar: Iterable[Promo] = PROMO_CALENDAR,
    baseline_days: int = 14,
    after_days: int = 15,
) -> pd.DataFrame:
    """Review each promo (活动复盘) that overlaps a period: its sales against ordinary days, new buyers, ads, refunds.

    Every window of ``calendar`` that overlaps [``start``, ``end``] gets a row, except
    the ``'slowdown'`` kind (the Spring Festival stop cuts sales; it is no event to
    review): ``'sale'`` windows and any custom kind. The window is taken whole (a
    promo that starts in the period is reviewed to its end if the data reaches it),
    clipped to the days ``shop_daily`` has; a window with no such day is left out.

    Parameters
    ----------
    shop_daily : DataFrame
        生意参谋's shop table (``date``, ``paid_amount``; ``refund_amount`` 成功退款金额
        for the refund proxy).
    start, end : date-like
        The period under review (a month: ``"2026-10-01"``, ``"2026-10-31"``).
    orders : DataFrame, optional
        The order list (``buyer_id``, ``paid_at``; ``order_id`` and ``paid_amount`` for
        the refunds of the promo's own orders). Without it, the new-buyer columns are NaN.
    ppc_keywords : DataFrame, optional
        直通车 keyword report (``date``, ``cost``, ``gmv``), summed over the window's days
        it has. Without it, or when it does not reach the window, the ad columns are NaN.
    after_sales : DataFrame, optional
        The after-sales list (``order_id``, ``kind``, ``amount``, ``resolved``).
    calendar : iterable of Promo, default PROMO_CALENDAR
        The windows.
    baseline_days : int, default 14
        The baseline is the mean daily 支付金额 of the last ``baseline_days`` ordinary
        days before the window opens: days in ``shop_daily`` and in no window of the
        calendar (a slowdown included), looking back at most 4 x ``baseline_days``
        calendar days.
    after_days : int, default 15
        Refunds are counted over the window plus this many days after it (clipped to
        the data): most refunds of a promo's orders come in the weeks after it.

    Returns
    -------
    DataFrame
        One row per promo window, in date order: ``promo`` (its name, a code of the
        ``promo`` enum), ``first`` and ``last`` (its days in the data), ``promo_days``
        (how many; named so, not ``days``, whose label is a roster's 上班天数),
        ``paid_amount`` (支付金额 over them), ``day_mean`` (paid_amount / promo_days),
        ``baseline_day_mean``, ``baseline_n`` (ordinary days it averages),
        ``lift`` (日均提升 = day_mean / baseline_day_mean - 1), ``extra_sales`` (增量销售额
        = (day_mean - baseline_day_mean) x promo_days), ``new_buyers`` (buyers whose first
        order in the whole ``orders`` table falls in the window: a buyer who bought
        before the table starts counts as new, so this is an upper bound; NaN when the
        table does not start before the window), ``new_buyer_share`` (of the buyers who
        ordered in the window), ``ad_spend`` (直通车花费) and ``ad_roi`` (投入产出比 =
        总成交金额 / 花费, over the window), ``refund_amount_after`` and
        ``refund_rate_after`` (see below), ``refund_basis`` (``orders`` or
        ``shop_daily``), ``refund_until`` (the last day refunds are counted),
        ``partial`` (part of the calendar window lies outside the data) and ``note`` (the
        first that applies of these codes, NA when none does: ``no_baseline``, no ordinary day
        before the window, so ``lift`` and ``extra_sales`` are NaN;
        ``orders_start_late``, the order list starts inside the window; ``partial``,
        part of the window lies outside the data).

        The refunds are a proxy. With ``order_id`` in both ``orders`` and
        ``after_sales``: the resolved 仅退款 / 退货退款 cases of the orders paid in the
        window, resolved by ``refund_until``, over those orders' 支付金额 (basis
        ``orders``). Otherwise: ``shop_daily``'s 成功退款金额 from ``first`` to
        ``refund_until``, over the window's 支付金额 (basis ``shop_daily``), which also
        holds refunds of orders paid before the window. Missing inputs give NaN, never 0.

    Examples
    --------
    >>> days = pd.date_range("2026-05-01", "2026-06-18")
    >>> shop = pd.DataFrame({"date": days, "paid_amount": [2000.0 if d >= pd.Timestamp("2026-05-20") else 1000.0
    ...                                                    for d in days]})
    >>> review = review_promos(shop, "2026-06-01", "2026-06-30")
    >>> review[["promo", "first", "last", "promo_days", "baseline_day_mean", "lift", "extra_sales"]]
      promo      first       last  promo_days  baseline_day_mean  lift  extra_sales
    0   618 2026-05-20 2026-06-18          30             1000.0   1.0      30000.0
    """
    _need(shop_daily, ("date", "paid_amount"), "shop_daily")
    start, end = _as_day(start), _as_day(end)
    daily = shop_daily.dropna(subset=["date"]).sort_values("date").set_index("date")
    if daily.empty:
        return _empty_review()
    data_first, data_last = daily.index.min(), daily.index.max()
    lookback = pd.Timedelta(days=4 * baseline_days)
    special = set(promo_days(data_first - lookback, data_last, calendar=calendar)["date"])
    ordinary = daily.loc[~daily.index.isin(special), "paid_amount"]
    rows = []
    for name, w_first, w_last in _windows(calendar, start, end):
        window = daily.loc[w_first:w_last]
        if window.empty:
            continue
        first, last, days = window.index.min(), window.index.max(), len(window)
        paid = float(window["paid_amount"].sum())
        day_mean = paid / days
        base = ordinary.loc[w_first - lookback: w_first - pd.Timedelta(days=1)].tail(baseline_days)
        baseline = float(base.mean()) if len(base) else np.nan
        notes = []
        if base.empty:
            notes.append("no_baseline")  # data: a note code
        new_buyers = new_share = np.nan
        if orders is not None:
            new_buyers, new_share, known = _new_buyers(orders, first, last)
            if not known:
                notes.append("orders_start_late")  # data
        partial = bool(first > w_first or last < w_last)
        if partial:
            notes.append("partial")  # data
        ad_spend, ad_roi = _ads(ppc_keywords, first, last) if ppc_keywords is not None else (np.nan, np.nan)
        until = min(last + pd.Timedelta(days=after_days), data_last)
        refund, refund_rate, basis = _refunds(daily, orders, after_sales, first, last, until, paid)
        rows.append({
            "promo": name, "first": first, "last": last, "promo_days": days, "paid_amount": paid,
            "day_mean": day_mean, "baseline_day_mean": baseline, "baseline_n": len(base),
            "lift": day_mean / baseline - 1 if baseline else np.nan, "extra_sales": (day_mean - baseline) * days,
            "new_buyers": new_buyers, "new_buyer_share": new_share, "ad_spend": ad_spend, "ad_roi": ad_roi,
            "refund_amount_after": refund, "refund_rate_after": refund_rate, "refund_basis": basis,
            "refund_until": until if isinstance(basis, str) else pd.NaT,
            "partial": partial, "note": notes[0] if notes else pd.NA,
        })
    if not rows:
        return _empty_review()
    out = pd.DataFrame(rows, columns=_REVIEW_COLUMNS)
    out = out.astype(_REVIEW_TYPES)
    for column in ("paid_amount", "day_mean", "baseline_day_mean", "lift", "extra_sales", "new_buyers",
                   "new_buyer_share", "ad_spend", "ad_roi", "refund_amount_after", "refund_rate_after"):
        out[column] = out[column].astype("float64")
    for column in ("first", "last", "refund_until"):
        out[column] = pd.to_datetime(out[column]).astype("datetime64[ns]")
    out.attrs.update({"start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}", "baseline_days": baseline_days,
                      "after_days": after_days})
    return out


def _empty_review() -> pd.DataFrame:
    out = pd.DataFrame({c: pd.Series(dtype="float64") for c in _REVIEW_COLUMNS})
    return out.astype({**_REVIEW_TYPES, "first": "datetime64[ns]", "last": "datetime64[ns]",
                       "refund_until": "datetime64[ns]"})


def _refunds(daily, orders, after_sales, first, last, until, paid):
    """Return (refund amount, refund rate, basis) of a window, NaN and NA when nothing to count them from."""
    if (orders is not None and after_sales is not None
            and {"order_id", "paid_at", "paid_amount"} <= set(orders.columns)
            and {"order_id", "kind", "amount", "resolved"} <= set(after_sales.columns)):
        mine = orders.loc[orders["paid_at"].dt.normalize().between(first, last)]
        cases = after_sales.loc[after_sales["order_id"].isin(mine["order_id"])
                                & after_sales["kind"].isin(_REFUND_KINDS)
                                & (after_sales["resolved"] < until + pd.Timedelta(days=1))]
        if "status" in cases.columns:
            cases = cases.loc[cases["status"] == "resolved"]
        sales = float(mine["paid_amount"].sum())
        amount = float(cases["amount"].fillna(0.0).sum())
        return amount, (amount / sales if sales > 0 else np.nan), "orders"  # data: the basis code
    if "refund_amount" in daily.columns:
        amount = float(daily.loc[first:until, "refund_amount"].sum())
        return amount, (amount / paid if paid > 0 else np.nan), "shop_daily"  # data
    return np.nan, np.nan, pd.NA


def _promo_label(name: str) -> str:
    """A promo's label in the package's language (its own name for a custom promo)."""
    words = T.values.get("promo", {}).get(name)
    return words[get_language()] if words else name


def describe_promos(review: pd.DataFrame, *, platform: str | None = None) -> list[str]:
    """Say in one sentence per promo how it did (package language), from :func:`review_promos`.

    Each sentence gives the daily sales, the lift over ordinary days and the extra
    sales (or why there is none), and, when the review has them, the new buyers, the
    search-ad spend and ROI and the refunds.

    Examples
    --------
    >>> days = pd.date_range("2026-05-01", "2026-06-18")
    >>> shop = pd.DataFrame({"date": days, "paid_amount": [2000.0 if d >= pd.Timestamp("2026-05-20") else 1000.0
    ...                                                    for d in days]})
    >>> describe_promos(review_promos(shop, "2026-06-01", "2026-06-30"))
    ['618大促（05-20至06-18，30 天）日均支付金额 ¥2,000，较活动前 14 个日常日（日均 ¥1,000）+100%，增量约 +¥3万。']
    """
    from .shopinfo import platform_words

    if review.empty:
        return [T("review.none")]
    out = []
    for row in review.itertuples(index=False):
        parts = [T("review.head", promo=_promo_label(row.promo), first=row.first,
                   last=row.last, days=row.promo_days, day_mean=row.day_mean)]
        if pd.notna(row.lift):
            parts.append(T("review.lift", baseline_n=row.baseline_n, baseline=row.baseline_day_mean, lift=row.lift,
                           extra_sales=row.extra_sales))
        else:
            parts.append(T("review.no_baseline"))
        if pd.notna(row.new_buyers):
            parts.append(T("review.new_buyers", new_buyers=row.new_buyers, new_buyer_share=row.new_buyer_share))
        if pd.notna(row.ad_spend) and row.ad_spend > 0:
            parts.append(T("review.ads", ad_spend=row.ad_spend, ad_roi=row.ad_roi, ads=platform_words(platform)["ads"]))
        if pd.notna(row.refund_amount_after) and pd.notna(row.refund_rate_after):
            key = "review.refund_orders" if row.refund_basis == "orders" else "review.refund_shop"
            parts.append(T(key, until=row.refund_until, refund=row.refund_amount_after, rate=row.refund_rate_after))
        if row.partial:
            parts.append(T("review.partial"))
        parts.append(T("review.end"))
        out.append("".join(parts))
    return out
