"""Customers (客户分析): RFM, the eight CRM segments, repeat buyers, cohorts and who to win back.

Old customers are the cheapest sales a shop has. This module turns the ``orders``
table of the data contract (one row per order: ``order_id``, ``buyer_id``,
``paid_at``, ``paid_amount``, ``refunded``, ``buyer_phone`` ...) into the views a
Chinese CRM practice works with:

- :func:`customer_table`: one row per buyer with R (最近一次购买距今天数), F (购买次数)
  and M (累计消费金额); :func:`rfm_scores` scores them 1-5;
- :func:`segment_customers`: the eight segments (重要价值客户 ... 一般挽留客户) by high
  or low R, F and M against thresholds (the medians, or the shop's own);
  :func:`summarize_segments` their sizes and revenue shares, :func:`segment_moves`
  how buyers moved between two dates;
- :func:`repeat_rate` (复购率), :func:`returning_share` (新客 / 老客 and 老客占比 per
  month) and :func:`cohort_retention` (新客留存, first-purchase month x months since);
- :func:`reactivation_list`: the buyers worth winning back, with a suggested action
  and a masked phone; :func:`write_reactivation_list` writes it as a formula-safe
  CSV or Excel file an SMS tool imports;
- :func:`describe_customers` and :func:`method_notes`: the report's sentences.

The customer-base model (lifetimes-style ``frequency`` / ``recency`` / ``T``
summary and the BG/NBD model of Fader, Hardie & Lee 2005) lives in
``shopanalysis._rfm`` and is re-exported here: :func:`check_orders`,
:func:`rfm_summary`, :func:`fit_bg_nbd` and :class:`BGNBD`.

Rules every function follows:

- Refunded orders (``refunded`` is true) are left out unless ``include_refunded=True``:
  a refund is not a purchase the buyer kept. Refunds are a flag, never a negative amount.
- ``observation_end`` given as a date means the end of that day: its orders count.
  Orders after it are ignored, so a table "as of" a past date is what the shop saw then.
- Buyer ids are text. Phone numbers and buyer ids are personal data: every table meant
  for a page shows them masked (:func:`mask_phone`: ``139****3091``); full numbers are
  written only by :func:`write_reactivation_list` with ``include_phone=True``, which warns.

Examples
--------
>>> orders = pd.DataFrame({
...     "order_id": ["1", "2", "3", "4", "5"],
...     "buyer_id": ["tb1001", "tb1001", "tb2002", "tb3003", "tb3003"],
...     "paid_at": pd.to_datetime(["2026-01-05", "2026-03-01", "2026-02-10", "2025-11-20", "2025-12-01"]),
...     "paid_amount": [300.0, 200.0, 80.0, 900.0, 600.0],
...     "refunded": [False, False, False, False, False]})
>>> table = customer_table(orders, observation_end="2026-03-31")
>>> own = {"recency_days": 90, "orders": 1, "revenue": 300}
>>> segment_customers(table, thresholds=own)[["days_since_last", "orders", "revenue", "segment"]]
          days_since_last  orders  revenue            segment
buyer_id
tb1001                 30       2    500.0  important_value
tb2002                 49       1     80.0    general_develop
tb3003                120       2   1500.0     important_keep
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from . import vocab
from ._dates import _as_day
from ._errors import DataError, DataWarning
from ._rfm import BGNBD, check_orders, fit_bg_nbd, rfm_summary
from .metrics import ratio
from .text.customers import T

__all__ = [
    "SEGMENTS",
    "WINBACK_SEGMENTS",
    "ACTIONS",
    "NEW",
    "BGNBD",
    "check_orders",
    "rfm_summary",
    "fit_bg_nbd",
    "mask_phone",
    "mask_id",
    "mask_phones",
    "mask_ids",
    "customer_table",
    "rfm_scores",
    "segment_thresholds",
    "segment_customers",
    "summarize_segments",
    "segment_moves",
    "label_moves",
    "repeat_rate",
    "returning_share",
    "cohort_retention",
    "reactivation_list",
    "write_reactivation_list",
    "write_reactivation_files",
    "describe_customers",
    "method_notes",
]

#: The eight segments of Chinese CRM practice, as the codes of the ``segment`` column, in
#: the order reports list them. M high is 重要 (important), M low 一般 (general); then
#: R high F high 价值 (value), R high F low 发展 (develop), R low F high 保持 (keep),
#: R low F low 挽留 (win back). Labels: :mod:`shopanalysis.text.customers`.
SEGMENTS: tuple[str, ...] = (
    "important_value",  # 重要价值客户: R high, F high, M high
    "important_develop",  # 重要发展客户: R high, F low, M high
    "important_keep",  # 重要保持客户: R low, F high, M high
    "important_winback",  # 重要挽留客户: R low, F low, M high
    "general_value",  # 一般价值客户: R high, F high, M low
    "general_develop",  # 一般发展客户: R high, F low, M low
    "general_keep",  # 一般保持客户: R low, F high, M low
    "general_winback",  # 一般挽留客户: R low, F low, M low
)

#: The row of :func:`segment_moves` for buyers whose first purchase came after the start.
NEW = "new"

#: Segments :func:`reactivation_list` picks by default: buyers who have drifted away (R low)
#: and either spent above the threshold (重要保持, 重要挽留) or bought more than once
#: (一般保持). 一般挽留客户 (one cheap order, long ago) are left out: too many for too little.
WINBACK_SEGMENTS: tuple[str, ...] = ("important_keep", "important_winback", "general_keep")

#: Suggested actions of the ``action`` column: ``coupon`` (发专属优惠券) for repeat buyers
#: (F high) whose spend is above the M threshold, who have shown they come back and are
#: worth a little margin; ``sms`` (短信提醒) for the others, a few cents each.
ACTIONS: tuple[str, ...] = ("coupon", "sms")

_THRESHOLD_COLUMNS = {"recency_days": "days_since_last", "orders": "orders", "revenue": "revenue"}
_TABLE_COLUMNS = ("days_since_last", "orders", "revenue")
_LIST_COLUMNS = ("buyer", "segment", "last_purchase", "days_since_last", "orders", "revenue",
                 "probability_alive", "action")
# freq of the monthly views -> the pandas period it stands for (weeks run Monday..Sunday)
_PERIODS = {"MS": "M", "M": "M", "ME": "M", "QS": "Q", "Q": "Q", "QE": "Q", "W": "W-SUN", "W-MON": "W-SUN"}
_MASK = "****"  # data: what stands for the hidden digits


# --- masking -------------------------------------------------------------------------------


def _is_missing(value) -> bool:
    return value is None or (pd.api.types.is_scalar(value) and bool(pd.isna(value)))


def _as_text(value) -> str:
    if _is_missing(value):
        return ""
    if isinstance(value, float) and value.is_integer():  # a phone column read as numbers
        value = int(value)
    return str(value).strip()


def _mask_text(text: str) -> str:
    if len(text) >= 11:
        return text[:3] + _MASK + text[-4:]
    return "*" * (len(text) - 1) + text[-1:]


def mask_phone(phone) -> str:
    """Mask a phone number the way Taobao and JD show it: ``139****3091``.

    An 11-digit mobile keeps its first 3 and last 4 digits, the 4 in between become
    ``****`` (the length is kept). Any other value of 11 characters or more keeps its
    first 3 and last 4 characters around ``****``; a shorter one is masked all but its
    last character, so that no more than 7 characters of anything ever show. A missing
    value is ``""``. A number read as a float (``13912973091.0``) is taken as its digits.

    Parameters
    ----------
    phone : str, int, float or None

    Returns
    -------
    str

    Examples
    --------
    >>> mask_phone("13912973091"), mask_phone(13912973091), mask_phone("0571-8888"), mask_phone(None)
    ('139****3091', '139****3091', '********8', '')
    """
    return _mask_text(_as_text(phone))


def mask_id(buyer) -> str:
    """Mask a buyer id the same way as a phone number: ``jd_136756348`` -> ``jd_****6348``.

    Ids of 11 characters or more keep their first 3 and last 4 characters; shorter ones
    all but the last; a missing id is ``""``. Masking a masked id changes nothing.

    Examples
    --------
    >>> mask_id("jd_136756348"), mask_id("tb394867079"), mask_id("abc12")
    ('jd_****6348', 'tb3****7079', '****2')
    """
    return _mask_text(_as_text(buyer))


def mask_phones(values) -> pd.Series:
    """Mask a column of phone numbers with :func:`mask_phone`; the index is kept.

    Examples
    --------
    >>> mask_phones(pd.Series(["13912973091", None])).tolist()
    ['139****3091', '']
    """
    series = values if isinstance(values, pd.Series) else pd.Series(values)
    return series.map(mask_phone, na_action=None).astype(object)


def mask_ids(values) -> pd.Series:
    """Mask a column (or an index) of buyer ids with :func:`mask_id`.

    Examples
    --------
    >>> mask_ids(pd.Index(["jd_136756348"])).tolist()
    ['jd_****6348']
    """
    series = values.to_series(index=range(len(values))) if isinstance(values, pd.Index) else (
        values if isinstance(values, pd.Series) else pd.Series(values))
    return series.map(mask_id, na_action=None).astype(object)


# --- orders in, one clean frame out ----------------------------------------------------------


def _end(observation_end) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Return (the day, the last instant that counts) of an observation end (a date is its whole day)."""
    day = _as_day(observation_end)
    raw = pd.Timestamp(observation_end)
    if raw.tzinfo is not None:
        raw = raw.tz_localize(None)
    return day, (day + pd.Timedelta(days=1) - pd.Timedelta(1, "ns") if raw == day else raw)


def _orders(orders: pd.DataFrame, *, customer: str, when: str, amount: str, include_refunded: bool,
            phone: str | None = None, until: pd.Timestamp | None = None) -> pd.DataFrame:
    """Check the orders and return a frame of ``customer, when, amount[, phone]``, refunds dropped, by time."""
    checked = check_orders(orders, customer=customer, when=when, amount=amount)
    keep = np.ones(len(checked), dtype=bool)
    if not include_refunded and "refunded" in checked.columns:  # data: the contract's refund flag
        keep &= ~checked["refunded"].fillna(False).astype(bool).to_numpy()
    times = pd.to_datetime(checked[when])
    if until is not None:
        keep &= (times <= until).to_numpy()
    frame = pd.DataFrame({
        "customer": checked[customer].astype(str).to_numpy()[keep],
        "when": times.to_numpy()[keep],
        "amount": checked[amount].astype("float64").to_numpy()[keep],
    })
    if phone is not None and phone in checked.columns:
        frame["phone"] = checked[phone].to_numpy()[keep]
    return frame.sort_values("when", kind="stable", ignore_index=True)


def _period_code(freq: str) -> str:
    try:
        return _PERIODS[freq]
    except (KeyError, TypeError):
        raise ValueError(T("error.freq", value=freq, accepted=sorted(_PERIODS))) from None


# --- the customer table and RFM scores ------------------------------------------------------------


def customer_table(
    orders: pd.DataFrame,
    *,
    observation_end,
    customer: str = "buyer_id",
    when: str = "paid_at",
    amount: str = "paid_amount",
    phone: str | None = "buyer_phone",
    include_refunded: bool = False,
) -> pd.DataFrame:
    """Return one row per buyer with their R, F and M as of ``observation_end`` (客户 RFM 表).

    - R, 最近一次购买距今天数 (``days_since_last``): whole days from the day of the last
      purchase to the day of ``observation_end`` (0: bought that day);
    - F, 购买次数 (``orders``): the number of orders;
    - M, 累计消费金额 (``revenue``): the amount paid, in yuan.

    Orders are checked with :func:`check_orders` (a missing buyer id, a negative amount,
    a duplicated order id or a bad time is a :class:`~shopanalysis.DataError` naming the
    rows). Refunded orders are left out by default, so a buyer whose every order was
    refunded is not a customer; orders after ``observation_end`` are ignored.

    Parameters
    ----------
    orders : DataFrame
        The ``orders`` table.
    observation_end : date-like
        The day the table describes ("today"); a date means the end of that day.
    customer, when, amount : str, default "buyer_id", "paid_at", "paid_amount"
        Columns of the buyer id, the payment time and the amount paid.
    phone : str, default "buyer_phone"
        Column of the phone number, when there is one.
    include_refunded : bool, default False
        Count refunded orders too.

    Returns
    -------
    DataFrame
        Index: the buyer id as text (named ``customer``). Columns: ``first_purchase``,
        ``last_purchase`` (times), ``days_since_last``, ``orders``, ``revenue`` and, when
        the orders have a phone column, that column with the phone of the buyer's last
        order **in full**: personal data, mask it (:func:`mask_phones`) before showing
        the table, and do not show the index (the full buyer id) on a page.

    Examples
    --------
    >>> orders = pd.DataFrame({"order_id": ["1", "2", "3"], "buyer_id": ["tb1001", "tb1001", "tb2002"],
    ...                        "paid_at": pd.to_datetime(["2026-10-01 09:00", "2026-10-20 21:30", "2026-10-31 23:59"]),
    ...                        "paid_amount": [199.0, 89.5, 300.0], "refunded": [False, False, True]})
    >>> table = customer_table(orders, observation_end="2026-10-31")
    >>> table[["last_purchase", "days_since_last", "orders", "revenue"]]
                  last_purchase  days_since_last  orders  revenue
    buyer_id
    tb1001   2026-10-20 21:30:00               11       2    288.5
    """
    day, last = _end(observation_end)
    frame = _orders(orders, customer=customer, when=when, amount=amount, include_refunded=include_refunded,
                    phone=phone, until=last)
    if frame.empty:
        raise DataError(T("error.no_orders", end=day))
    groups = frame.groupby("customer", sort=True)
    times = groups["when"]
    out = pd.DataFrame({
        "first_purchase": times.min(),
        "last_purchase": times.max(),
    })
    out["days_since_last"] = (day - out["last_purchase"].dt.normalize()).dt.days.astype("int64")
    out["orders"] = groups.size().astype("int64")
    out["revenue"] = groups["amount"].sum()
    if "phone" in frame.columns:
        known = frame.dropna(subset=["phone"])
        out[phone] = known.groupby("customer")["phone"].last().reindex(out.index)
    out.index = out.index.astype(str)
    out.index.name = customer
    return out


def _need_table(table: pd.DataFrame, columns=_TABLE_COLUMNS) -> None:
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(T("error.table_columns", missing=missing, columns=list(table.columns)))


def _score(values: pd.Series, bins: int, *, higher_is_better: bool = True) -> np.ndarray:
    """Rank-based quantile score 1..bins: 1 + floor(bins x share of customers with a strictly worse value)."""
    ranked = (values if higher_is_better else -values).rank(method="min").to_numpy(dtype="int64")
    return 1 + (ranked - 1) * bins // max(len(values), 1)


def rfm_scores(table: pd.DataFrame, bins: int = 5) -> pd.DataFrame:
    """Score each buyer's R, F and M from 1 to ``bins`` (RFM 打分, quintiles by default).

    The score is rank based: ``score = 1 + floor(bins x share of buyers with a worse
    value)``. With all values distinct this is exactly ``pd.qcut(rank, bins)``: equal
    groups, the top fifth scores 5. Buyers with equal values share one score, the one the
    first of them would get, so ties never split by row order. That matters for F: when
    80% of buyers ordered once, ``pd.qcut`` on the values fails (equal bin edges) and
    ``qcut`` on a ``rank(method="first")`` would give identical one-time buyers scores
    1 to 4 at random; here they all score 1 and a repeat buyer scores 5. R is scored so
    that more recent is higher (fewer ``days_since_last``).

    Parameters
    ----------
    table : DataFrame
        :func:`customer_table` output.
    bins : int, default 5
        Number of score levels (2 to 10).

    Returns
    -------
    DataFrame
        ``table`` with ``r_score``, ``f_score`` and ``m_score`` added.

    Examples
    --------
    >>> table = pd.DataFrame({"days_since_last": [3, 40, 100, 200, 300], "orders": [4, 1, 1, 2, 1],
    ...                       "revenue": [900.0, 120.0, 80.0, 400.0, 50.0]})
    >>> rfm_scores(table)[["r_score", "f_score", "m_score"]]
       r_score  f_score  m_score
    0        5        5        5
    1        4        1        3
    2        3        1        2
    3        2        4        4
    4        1        1        1
    """
    if isinstance(bins, bool) or not isinstance(bins, (int, np.integer)) or not 2 <= bins <= 10:
        raise ValueError(T("error.bins", value=bins))
    _need_table(table)
    return table.assign(
        r_score=_score(table["days_since_last"], int(bins), higher_is_better=False),
        f_score=_score(table["orders"], int(bins)),
        m_score=_score(table["revenue"], int(bins)),
    )


# --- the eight segments --------------------------------------------------------------------------


def segment_thresholds(table: pd.DataFrame, thresholds: Mapping[str, float] | None = None) -> dict[str, float]:
    """Return the R, F and M thresholds of the segments: the shop's own where given, else the medians.

    Parameters
    ----------
    table : DataFrame
        :func:`customer_table` output (its medians fill what ``thresholds`` leaves out).
    thresholds : mapping, optional
        Any of ``recency_days`` (R is high when ``days_since_last`` is at most this),
        ``orders`` (F is high above this) and ``revenue`` (M is high above this, yuan).

    Returns
    -------
    dict
        ``{"recency_days": .., "orders": .., "revenue": ..}`` as floats.

    Examples
    --------
    >>> table = pd.DataFrame({"days_since_last": [10, 50, 90], "orders": [1, 1, 3], "revenue": [100.0, 250.0, 900.0]})
    >>> segment_thresholds(table)
    {'recency_days': 50.0, 'orders': 1.0, 'revenue': 250.0}
    >>> segment_thresholds(table, {"revenue": 500})
    {'recency_days': 50.0, 'orders': 1.0, 'revenue': 500.0}
    """
    given = dict(thresholds or {})
    unknown = sorted(set(given) - set(_THRESHOLD_COLUMNS))
    if unknown:
        raise ValueError(T("error.thresholds", unknown=unknown, accepted=list(_THRESHOLD_COLUMNS)))
    out = {}
    for key, column in _THRESHOLD_COLUMNS.items():
        if key in given:
            value = given[key]
            if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)) or (
                    not math.isfinite(float(value))):
                raise ValueError(T("error.threshold_value", key=key, value=value))
            out[key] = float(value)
        else:
            _need_table(table, [column])
            out[key] = float(table[column].median())
    return out


def segment_customers(table: pd.DataFrame, *, thresholds: Mapping[str, float] | None = None) -> pd.DataFrame:
    """Put each buyer into one of the eight segments of Chinese CRM practice (RFM 客户分群).

    R is high when ``days_since_last <= recency_days``, F when ``orders > orders``
    threshold, M when ``revenue > revenue`` threshold; the thresholds are the medians of
    the buyers (or the shop's own, see :func:`segment_thresholds`). Most shops' median
    buyer ordered once, so with the default F high simply means a repeat buyer.

    ==================== ====== ====== ====== =====================
    code                  R      F      M      label
    ==================== ====== ====== ====== =====================
    ``important_value``   high   high   high   重要价值客户
    ``important_develop`` high   low    high   重要发展客户
    ``important_keep``    low    high   high   重要保持客户
    ``important_winback`` low    low    high   重要挽留客户
    ``general_value``     high   high   low    一般价值客户
    ``general_develop``   high   low    low    一般发展客户
    ``general_keep``      low    high   low    一般保持客户
    ``general_winback``   low    low    low    一般挽留客户
    ==================== ====== ====== ====== =====================

    Parameters
    ----------
    table : DataFrame
        :func:`customer_table` output.
    thresholds : mapping, optional
        The shop's own thresholds, ``{"recency_days": .., "orders": .., "revenue": ..}``
        (any of them; the medians fill the rest).

    Returns
    -------
    DataFrame
        ``table`` with a ``segment`` column of codes; ``.attrs["thresholds"]`` holds the
        thresholds used.

    Examples
    --------
    >>> table = pd.DataFrame({"days_since_last": [5, 200], "orders": [3, 1], "revenue": [900.0, 60.0]})
    >>> segment_customers(table, thresholds={"recency_days": 90, "orders": 1, "revenue": 300})["segment"].tolist()
    ['important_value', 'general_winback']
    """
    used = segment_thresholds(table, thresholds)
    r_high = (table["days_since_last"] <= used["recency_days"]).to_numpy()
    f_high = (table["orders"] > used["orders"]).to_numpy()
    m_high = (table["revenue"] > used["revenue"]).to_numpy()
    which = (~m_high) * 4 + (~r_high) * 2 + (~f_high) * 1
    out = table.assign(segment=np.asarray(SEGMENTS, dtype=object)[which])
    out.attrs["thresholds"] = used
    return out


def summarize_segments(table: pd.DataFrame, *, thresholds: Mapping[str, float] | None = None) -> pd.DataFrame:
    """Summarize the eight segments: buyers, share of buyers, spend and share of spend (客户分群概况).

    Parameters
    ----------
    table : DataFrame
        :func:`segment_customers` output, or a :func:`customer_table` (segmented here
        with ``thresholds``).
    thresholds : mapping, optional
        As in :func:`segment_customers`; ignored when ``table`` has a ``segment`` column.

    Returns
    -------
    DataFrame
        One row per segment, all eight always, in :data:`SEGMENTS` order: ``segment``
        (code), ``customers``, ``customer_share``, ``revenue``, ``revenue_share``.
        ``.attrs["thresholds"]`` as in :func:`segment_customers`.

    Examples
    --------
    >>> table = pd.DataFrame({"days_since_last": [5, 200, 10], "orders": [3, 1, 1], "revenue": [900.0, 60.0, 40.0]})
    >>> summary = summarize_segments(table, thresholds={"recency_days": 90, "orders": 1, "revenue": 300})
    >>> summary.loc[summary["customers"] > 0]
                segment  customers  customer_share  revenue  revenue_share
    0   important_value          1        0.333333    900.0           0.90
    5   general_develop          1        0.333333     40.0           0.04
    7   general_winback          1        0.333333     60.0           0.06
    """
    segmented = table if "segment" in table.columns else segment_customers(table, thresholds=thresholds)
    _need_table(segmented, ["segment", "revenue"])
    groups = segmented.groupby("segment")
    counts = groups.size().reindex(list(SEGMENTS), fill_value=0).astype("int64")
    revenue = groups["revenue"].sum().reindex(list(SEGMENTS), fill_value=0.0).astype("float64")
    out = pd.DataFrame({
        "segment": list(SEGMENTS),
        "customers": counts.to_numpy(),
        "customer_share": ratio(counts, counts.sum()).to_numpy(),
        "revenue": revenue.to_numpy(),
        "revenue_share": ratio(revenue, revenue.sum()).to_numpy(),
    })
    out.attrs["thresholds"] = segmented.attrs.get("thresholds")
    return out


def segment_moves(
    orders: pd.DataFrame,
    *,
    start,
    end,
    thresholds: Mapping[str, float] | None = None,
    customer: str = "buyer_id",
    when: str = "paid_at",
    amount: str = "paid_amount",
    include_refunded: bool = False,
) -> pd.DataFrame:
    """Count the buyers who moved from each segment at ``start`` to each segment at ``end`` (客户分群迁移).

    The thresholds are held fixed, so a move is a change of the buyer, not of the
    yardstick: the medians at ``start`` (or the shop's own ``thresholds``, completed by
    those medians) are used at both dates. Buyers whose first purchase came after
    ``start`` are the row :data:`NEW` (新客户). Every buyer at ``start`` is still one at
    ``end`` (a table only grows), so each row's total is that segment's size at ``start``.

    Parameters
    ----------
    orders : DataFrame
        The ``orders`` table.
    start, end : date-like
        The two observation ends (each the end of that day).
    thresholds : mapping, optional
        As in :func:`segment_customers`.
    customer, when, amount : str
        Columns of the buyer id, the payment time and the amount paid.
    include_refunded : bool, default False
        Count refunded orders too.

    Returns
    -------
    DataFrame
        A crosstab of counts: index ``segment_start`` (the eight codes, then ``new``),
        columns ``segment_end`` (the eight codes); every row and column always present.
        ``.attrs["thresholds"]`` holds the thresholds used.

    Examples
    --------
    >>> orders = pd.DataFrame({"order_id": ["1", "2", "3", "4"], "buyer_id": ["a", "a", "b", "c"],
    ...                        "paid_at": pd.to_datetime(["2026-01-10", "2026-06-01", "2026-02-01", "2026-05-01"]),
    ...                        "paid_amount": [500.0, 300.0, 100.0, 200.0]})
    >>> moves = segment_moves(orders, start="2026-03-31", end="2026-06-30",
    ...                       thresholds={"recency_days": 60, "orders": 1, "revenue": 250})
    >>> int(moves.loc["important_winback", "important_value"]), int(moves.loc["general_develop", "general_winback"])
    (1, 1)
    >>> int(moves.loc["new"].sum()), int(moves.loc["new", "general_develop"])
    (1, 1)
    """
    first, last = _as_day(start), _as_day(end)
    if first > last:
        raise ValueError(T("error.period", start=first, end=last))
    columns = {"customer": customer, "when": when, "amount": amount, "include_refunded": include_refunded}
    before = customer_table(orders, observation_end=first, phone=None, **columns)
    after = customer_table(orders, observation_end=last, phone=None, **columns)
    used = segment_thresholds(before, thresholds)
    was = segment_customers(before, thresholds=used)["segment"]
    now = segment_customers(after, thresholds=used)["segment"]
    frm = was.reindex(now.index).fillna(NEW)
    moves = pd.crosstab(pd.Series(frm.to_numpy(), name="segment_start"),
                        pd.Series(now.to_numpy(), name="segment_end"))
    moves = moves.reindex(index=[*SEGMENTS, NEW], columns=list(SEGMENTS), fill_value=0).astype("int64")
    moves.index.name, moves.columns.name = "segment_start", "segment_end"
    moves.attrs["thresholds"] = used
    return moves


# --- repeat buyers, returning share, cohorts ------------------------------------------------------


def label_moves(moves: pd.DataFrame) -> pd.DataFrame:
    """Return a :func:`segment_moves` crosstab with the segments' labels on both axes, for display.

    Examples
    --------
    >>> moves = pd.DataFrame([[3, 1]], index=pd.Index(["important_value"], name="segment_start"),
    ...                      columns=pd.Index(["important_value", "important_keep"], name="segment_end"))
    >>> list(label_moves(moves).columns)
    ['重要价值客户', '重要保持客户']
    """
    out = moves.copy()
    out.index = pd.Index([vocab.value_label("segment", s) for s in moves.index],
                         name=vocab.label(moves.index.name) if moves.index.name else None)
    out.columns = pd.Index([vocab.value_label("segment", s) for s in moves.columns],
                           name=vocab.label(moves.columns.name) if moves.columns.name else None)
    return out


def repeat_rate(
    orders: pd.DataFrame,
    *,
    start,
    end,
    customer: str = "buyer_id",
    when: str = "paid_at",
    amount: str = "paid_amount",
    include_refunded: bool = False,
) -> float:
    """Compute the repeat purchase rate (复购率) of a period.

    复购率 = buyers with two or more orders in the period / buyers with at least one
    order in the period, the definition Taobao operators commonly use (a buyer-based
    rate, counted in orders; refunded orders left out by default). Purchases before
    ``start`` do not count: a buyer who bought once in the period after several orders
    last year is not a repeat buyer *of the period*.

    Parameters
    ----------
    orders : DataFrame
        The ``orders`` table.
    start, end : date-like
        First and last day of the period (both whole days included).
    customer, when, amount : str
        Columns of the buyer id, the payment time and the amount paid.
    include_refunded : bool, default False
        Count refunded orders too.

    Returns
    -------
    float
        Between 0 and 1; NaN when nobody bought in the period.

    Examples
    --------
    >>> orders = pd.DataFrame({"order_id": ["1", "2", "3", "4"], "buyer_id": ["a", "a", "b", "c"],
    ...                        "paid_at": pd.to_datetime(["2026-10-01", "2026-10-09", "2026-10-03", "2026-09-30"]),
    ...                        "paid_amount": [100.0, 50.0, 80.0, 60.0]})
    >>> repeat_rate(orders, start="2026-10-01", end="2026-10-31")
    0.5
    """
    first, last = _as_day(start), _as_day(end)
    if first > last:
        raise ValueError(T("error.period", start=first, end=last))
    frame = _orders(orders, customer=customer, when=when, amount=amount, include_refunded=include_refunded,
                    until=_end(last)[1])
    counts = frame.loc[frame["when"] >= first].groupby("customer").size()
    return ratio(int((counts >= 2).sum()), len(counts))


def _periods(frame: pd.DataFrame, freq: str) -> np.ndarray:
    return frame["when"].dt.to_period(_period_code(freq)).array.asi8


def _period_starts(codes, freq: str) -> pd.DatetimeIndex:
    return pd.PeriodIndex.from_ordinals(np.asarray(codes, dtype="int64"), freq=_period_code(freq)).start_time


def returning_share(
    orders: pd.DataFrame,
    *,
    freq: str = "MS",
    min_history: int = 6,
    end=None,
    customer: str = "buyer_id",
    when: str = "paid_at",
    amount: str = "paid_amount",
    include_refunded: bool = False,
) -> pd.DataFrame:
    """Count new and returning buyers per month and the returning share (新老客 / 老客占比).

    A buyer who bought in a month is *new* (新客) there when their first purchase ever
    (in the data) is in that month, and *returning* (老客) otherwise. 老客占比 = returning
    buyers / buyers of the month; the returning sales share (老客支付金额占比) is the
    returning buyers' ``paid_amount`` / the month's.

    **Left censoring.** The data starts somewhere: a buyer whose earlier purchases
    are before it looks new. In the first months of the data almost everybody is
    "new" and the returning share climbs for reasons that are not the shop's. The
    ``short_history`` column marks the periods that begin less than ``min_history``
    months after the start of the period of the data's first order (the first six
    months of the data by default): leave them out of a trend (a report can
    grey them out). Six months is a default, not a standard: in the demo shop 90% of the
    gaps between a buyer's two orders are under six months; a shop whose buyers come back
    more slowly needs more (look at its gaps, or at :func:`cohort_retention`).

    Parameters
    ----------
    orders : DataFrame
        The ``orders`` table.
    freq : {'MS', 'QS', 'W-MON'}, default 'MS'
        Months, quarters or weeks (Monday to Sunday).
    min_history : int, default 6
        Months of data a period needs before it to count as a fair reading.
    end : date-like, optional
        Ignore orders after this day (the report's observation end).
    customer, when, amount : str
        Columns of the buyer id, the payment time and the amount paid.
    include_refunded : bool, default False
        Count refunded orders too.

    Returns
    -------
    DataFrame
        One row per period from the first order to the last: ``period`` (its first day),
        ``buyers``, ``new_buyers``, ``returning_buyers``, ``returning_share``,
        ``paid_amount``, ``returning_amount``, ``returning_amount_share``, ``short_history``.

    Examples
    --------
    >>> orders = pd.DataFrame({"order_id": ["1", "2", "3", "4"], "buyer_id": ["a", "b", "a", "c"],
    ...                        "paid_at": pd.to_datetime(["2026-01-05", "2026-01-20", "2026-02-03", "2026-02-10"]),
    ...                        "paid_amount": [100.0, 50.0, 300.0, 100.0]})
    >>> share = returning_share(orders, min_history=1)
    >>> share[["period", "buyers", "new_buyers", "returning_share", "short_history"]]
          period  buyers  new_buyers  returning_share  short_history
    0 2026-01-01       2           2              0.0           True
    1 2026-02-01       2           1              0.5          False
    >>> share["returning_amount_share"].tolist()
    [0.0, 0.75]
    """
    if isinstance(min_history, bool) or not isinstance(min_history, (int, np.integer)) or min_history < 0:
        raise ValueError(T("error.threshold_value", key="min_history", value=min_history))
    frame = _orders(orders, customer=customer, when=when, amount=amount, include_refunded=include_refunded,
                    until=None if end is None else _end(end)[1])
    if frame.empty:
        raise DataError(T("error.no_orders_at_all"))
    frame["period"] = _periods(frame, freq)
    first = frame.groupby("customer")["period"].transform("min")
    frame["new"] = (frame["period"] == first).to_numpy()
    by = frame.groupby("period")
    buyers = by["customer"].nunique()
    new = frame.loc[frame["new"]].groupby("period")["customer"].nunique()
    revenue = by["amount"].sum()
    old_revenue = frame.loc[~frame["new"]].groupby("period")["amount"].sum()
    codes = np.arange(frame["period"].min(), frame["period"].max() + 1)
    out = pd.DataFrame({"buyers": buyers, "new_buyers": new}).reindex(codes, fill_value=0).fillna(0).astype("int64")
    out["returning_buyers"] = out["buyers"] - out["new_buyers"]
    out["returning_share"] = ratio(out["returning_buyers"], out["buyers"])
    out["paid_amount"] = revenue.reindex(codes, fill_value=0.0)
    out["returning_amount"] = old_revenue.reindex(codes, fill_value=0.0)
    out["returning_amount_share"] = ratio(out["returning_amount"], out["paid_amount"])
    starts = _period_starts(codes, freq)
    fair_from = starts[0] + pd.DateOffset(months=int(min_history))
    out.insert(0, "period", starts)
    out["short_history"] = np.asarray(starts < fair_from)
    return out.reset_index(drop=True)


def cohort_retention(
    orders: pd.DataFrame,
    *,
    freq: str = "MS",
    end=None,
    customer: str = "buyer_id",
    when: str = "paid_at",
    amount: str = "paid_amount",
    include_refunded: bool = False,
) -> pd.DataFrame:
    """Compute cohort retention (新客留存): the share of each first-purchase month's buyers who bought n months later.

    Buyers are grouped by the period of their first purchase (the cohort); the cell
    (cohort, n) is the share of the cohort who bought in the n-th period after it
    (period 0 is 1.0 by definition). A cell the data does not reach yet is NaN; the
    last period may be incomplete, so its cells read low. The first cohorts hold the
    buyers who bought before the data started too (see :func:`returning_share`).

    Parameters
    ----------
    orders : DataFrame
        The ``orders`` table.
    freq : {'MS', 'QS', 'W-MON'}, default 'MS'
        Months, quarters or weeks (Monday to Sunday).
    end : date-like, optional
        Ignore orders after this day (the report's observation end).
    customer, when, amount : str
        Columns of the buyer id, the payment time and the amount paid.
    include_refunded : bool, default False
        Count refunded orders too.

    Returns
    -------
    DataFrame
        Index ``cohort`` (the first day of the period); column ``cohort_size`` (buyers
        in the cohort), then one column per period since, ``0, 1, 2, ...`` (int labels),
        of shares. :func:`shopanalysis.plotting.cohort_heatmap` draws it.

    Examples
    --------
    >>> orders = pd.DataFrame({"order_id": list("12345"), "buyer_id": ["a", "b", "a", "c", "b"],
    ...                        "paid_at": pd.to_datetime(["2026-01-05", "2026-01-20", "2026-02-03", "2026-02-10",
    ...                                                   "2026-03-01"]),
    ...                        "paid_amount": [100.0, 50.0, 300.0, 100.0, 80.0]})
    >>> cohort_retention(orders)
                cohort_size    0    1    2
    cohort
    2026-01-01            2  1.0  0.5  0.5
    2026-02-01            1  1.0  0.0  NaN
    """
    frame = _orders(orders, customer=customer, when=when, amount=amount, include_refunded=include_refunded,
                    until=None if end is None else _end(end)[1])
    if frame.empty:
        raise DataError(T("error.no_orders_at_all"))
    frame["period"] = _periods(frame, freq)
    frame["cohort"] = frame.groupby("customer")["period"].transform("min")
    frame["since"] = frame["period"] - frame["cohort"]
    active = frame.drop_duplicates(["customer", "period"]).groupby(["cohort", "since"]).size().unstack(fill_value=0)
    last, first = int(frame["period"].max()), int(frame["cohort"].min())
    since = np.arange(last - first + 1)
    active = active.reindex(columns=since, fill_value=0)
    sizes = active[0]
    shares = active.div(sizes, axis=0).astype("float64")
    reach = last - active.index.to_numpy()[:, None]  # periods of data after each cohort's own
    shares = shares.where(since[None, :] <= reach)
    shares.columns = [int(c) for c in since]
    shares.insert(0, "cohort_size", sizes.astype("int64"))
    shares.index = pd.Index(_period_starts(active.index, freq), name="cohort")
    shares.columns.name = None
    return shares


# --- who to win back -----------------------------------------------------------------------------------


def _probability_alive(orders, model, last, *, customer, when, amount, include_refunded, time_unit, index):
    """P(alive) per buyer of ``index`` from a BG/NBD model (fitted here when ``model`` is None); None for no model."""
    if model is False:
        return None
    summary = rfm_summary(orders, observation_end=last, customer=customer, when=when, amount=amount,
                          time_unit=time_unit, include_refunded=include_refunded)
    if model is None:
        try:
            model = fit_bg_nbd(summary)
        except DataError:  # no repeat buyer: the model is not identified, so no probability
            return None
    alive = model.probability_alive(summary)
    alive = pd.Series(np.asarray(alive, dtype="float64"), index=summary.index.astype(str))
    return alive.reindex(index)


def reactivation_list(
    orders: pd.DataFrame,
    *,
    observation_end,
    model: BGNBD | None | bool = None,
    alive_below: float = 0.5,
    segments: Iterable[str] = WINBACK_SEGMENTS,
    thresholds: Mapping[str, float] | None = None,
    limit: int | None = None,
    customer: str = "buyer_id",
    when: str = "paid_at",
    amount: str = "paid_amount",
    phone: str | None = "buyer_phone",
    include_refunded: bool = False,
    time_unit: str = "D",
) -> pd.DataFrame:
    """List the buyers worth winning back (流失召回名单), the most money first.

    A buyer is on the list when their segment is one of ``segments`` (by default the
    valuable ones drifting away: 重要保持, 重要挽留 and 一般保持客户, see
    :data:`WINBACK_SEGMENTS`), **or** when the BG/NBD model gives them less than
    ``alive_below`` chance of still being active (P(alive), Fader, Hardie & Lee 2005).
    The model only doubts buyers who bought more than once (a one-time buyer has
    P(alive) = 1 in it), so it adds repeat buyers who went quiet for longer than their
    own rhythm. The list is sorted by ``revenue``, what the buyer has spent with the
    shop (the money at stake), then by days since the last purchase.

    The suggested ``action`` is a small rule: ``coupon`` (发专属优惠券) for buyers with
    both F and M high (repeat buyers who spent above the M threshold, e.g. 重要保持客户:
    they have shown they come back, so a coupon's margin is likely paid back), ``sms``
    (短信提醒) for the others (one-time or low-spend buyers: a message costs a few cents,
    a coupon to a buyer who bought once a year ago mostly goes unused).

    Parameters
    ----------
    orders : DataFrame
        The ``orders`` table.
    observation_end : date-like
        "Today" of the list (the end of that day).
    model : BGNBD, None or False, default None
        A model from :func:`fit_bg_nbd` on a summary in ``time_unit`` (its alpha is in that
        unit); None fits one on :func:`rfm_summary` of the orders here (no
        probability when nobody bought twice); False uses no model.
    alive_below : float, default 0.5
        Buyers with a lower P(alive) join the list.
    segments : iterable of str, default :data:`WINBACK_SEGMENTS`
        Segment codes that put a buyer on the list.
    thresholds : mapping, optional
        The segments' thresholds (:func:`segment_customers`; default the medians).
    limit : int, optional
        Keep the first ``limit`` rows.
    customer, when, amount : str
        Columns of the buyer id, the payment time and the amount paid.
    phone : str, default "buyer_phone"
        Column of the phone number; without it the list has no ``phone`` column.
    include_refunded : bool, default False
        Count refunded orders too.
    time_unit : str, default "D"
        Period of the :func:`rfm_summary` the model is fitted on.

    Returns
    -------
    DataFrame
        Index: the full buyer id (the key for :func:`write_reactivation_list`; never
        show it). Columns: ``buyer`` (masked id), ``segment``, ``last_purchase``,
        ``days_since_last``, ``orders``, ``revenue``, ``probability_alive`` (NaN without
        a model), ``action`` and, when the orders have phones, ``phone`` (masked).
        ``.attrs`` holds ``thresholds`` and ``alive_below``.

    Examples
    --------
    >>> orders = pd.DataFrame({
    ...     "order_id": list("123456"), "buyer_id": ["tb100000001", "tb100000001", "tb200000002", "tb300000003",
    ...                                            "tb300000003", "tb400000004"],
    ...     "paid_at": pd.to_datetime(["2026-01-05", "2026-02-01", "2026-03-01", "2026-09-01", "2026-10-20",
    ...                                "2026-10-25"]),
    ...     "paid_amount": [600.0, 400.0, 900.0, 50.0, 60.0, 40.0],
    ...     "buyer_phone": ["13912973091", "13912973091", "18612345678", "13800000000", "13800000000", "13700001111"]})
    >>> lst = reactivation_list(orders, observation_end="2026-10-31", model=False,
    ...                         thresholds={"recency_days": 90, "orders": 1, "revenue": 300})
    >>> lst[["buyer", "segment", "revenue", "action", "phone"]]
                       buyer            segment  revenue  action        phone
    buyer_id
    tb100000001  tb1****0001     important_keep   1000.0  coupon  139****3091
    tb200000002  tb2****0002  important_winback    900.0     sms  186****5678
    """
    chosen_segments = list(segments)
    unknown = [s for s in chosen_segments if s not in SEGMENTS]
    if unknown:
        raise ValueError(T("error.segments", unknown=unknown, accepted=list(SEGMENTS)))
    if isinstance(alive_below, bool) or not isinstance(alive_below, (int, float)) or not 0 <= alive_below <= 1:
        raise ValueError(T("error.alive_below", value=alive_below))
    if not (model is None or model is False or hasattr(model, "probability_alive")):
        raise ValueError(T("error.model", value=model))
    _, last = _end(observation_end)
    columns = {"customer": customer, "when": when, "amount": amount, "include_refunded": include_refunded}
    table = customer_table(orders, observation_end=observation_end, phone=phone, **columns)
    segmented = segment_customers(table, thresholds=thresholds)
    used = segmented.attrs["thresholds"]
    alive = _probability_alive(orders, model, last, time_unit=time_unit, index=table.index, **columns)
    chosen = segmented["segment"].isin(chosen_segments).to_numpy().copy()
    if alive is not None:
        chosen |= (alive < alive_below).to_numpy()
    rows = segmented.loc[chosen]
    out = pd.DataFrame({
        "buyer": mask_ids(rows.index).to_numpy(),
        "segment": rows["segment"].to_numpy(),
        "last_purchase": rows["last_purchase"].to_numpy(),
        "days_since_last": rows["days_since_last"].to_numpy(),
        "orders": rows["orders"].to_numpy(),
        "revenue": rows["revenue"].to_numpy(),
        "probability_alive": (alive.loc[rows.index].to_numpy() if alive is not None
                              else np.full(len(rows), np.nan)),
        "action": np.where((rows["revenue"] > used["revenue"]).to_numpy()
                           & (rows["orders"] > used["orders"]).to_numpy(), "coupon", "sms"),
    }, index=rows.index)
    if phone is not None and phone in rows.columns:
        out["phone"] = mask_phones(rows[phone]).to_numpy()
    out = out.sort_values(["revenue", "days_since_last"], ascending=[False, False], kind="stable")
    if limit is not None:
        out = out.head(int(limit))
    out.attrs.update(thresholds=used, alive_below=float(alive_below), segments=tuple(chosen_segments),
                     model=alive is not None)
    return out


def write_reactivation_list(
    lst: pd.DataFrame,
    path,
    *,
    include_phone: bool = False,
    orders: pd.DataFrame | None = None,
    customer: str = "buyer_id",
    when: str = "paid_at",
    phone: str = "buyer_phone",
) -> Path:
    """Write a :func:`reactivation_list` as a CSV or Excel file an SMS or CRM tool imports.

    The format follows the suffix (``.csv``: UTF-8 with a byte-order mark, so Excel and
    WPS read the Chinese; ``.xlsx``: one sheet, header frozen). Both are formula-safe
    (:mod:`shopanalysis._sheets`): no cell can run as a formula. Headers, segments and
    actions are in the package's language (买家, 客户分群, 发专属优惠券 ...), the last
    purchase a date, P(alive) to three decimals.

    Buyer ids and phone numbers are written masked, always re-masked here. Full phone
    numbers are written **only** with ``include_phone=True``, which looks them up in
    ``orders`` (the phone of each buyer's last order) and warns once
    (:class:`~shopanalysis.DataWarning`) that the file holds personal data.

    Parameters
    ----------
    lst : DataFrame
        :func:`reactivation_list` output (its index is the buyer id).
    path : path
        ``*.csv`` or ``*.xlsx``; its folder must exist.
    include_phone : bool, default False
        Write full phone numbers (personal data: only for the file you send messages from).
    orders : DataFrame, optional
        The ``orders`` table; needed with ``include_phone=True``.
    customer, when, phone : str
        Columns of the buyer id, the payment time and the phone in ``orders``.

    Returns
    -------
    pathlib.Path

    Examples
    --------
    >>> import tempfile, pathlib
    >>> lst = pd.DataFrame({"buyer": ["tb1****0001"], "segment": ["important_keep"],
    ...                     "last_purchase": pd.to_datetime(["2026-02-01 10:00"]), "days_since_last": [272],
    ...                     "orders": [2], "revenue": [1000.0], "probability_alive": [0.31], "action": ["coupon"],
    ...                     "phone": ["139****3091"]}, index=pd.Index(["tb10000001"], name="buyer_id"))
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> path = write_reactivation_list(lst, folder / "winback.csv")
    >>> print(path.read_text(encoding="utf-8-sig").strip())
    买家,客户分群,最近购买,距最近购买（天）,订单数,累计消费,仍活跃概率,建议动作,手机号
    tb1****0001,重要保持客户,2026-02-01,272,2,1000.0,0.31,发专属优惠券,139****3091
    """
    return _write_list(lst, path, include_phone=include_phone, orders=orders, customer=customer, when=when,
                       phone=phone, warn=True)[0]


def _write_list(lst, path, *, include_phone, orders, customer="buyer_id", when="paid_at", phone="buyer_phone",
                warn=True) -> tuple[Path, int]:
    """Write one list file; return its path and how many full phone numbers it holds."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(T("error.suffix", path=path))
    missing = [c for c in _LIST_COLUMNS if c not in lst.columns]
    if missing:
        raise ValueError(T("error.list_columns", missing=missing))
    sheet = lst.loc[:, [c for c in (*_LIST_COLUMNS, "phone") if c in lst.columns]].copy()
    sheet["buyer"] = mask_ids(sheet["buyer"]).to_numpy()
    full = 0
    if include_phone:
        if orders is None:
            raise ValueError(T("error.phone_needs_orders"))
        if phone not in orders.columns:
            raise DataError(T("error.no_phone_column", column=phone, columns=list(orders.columns)))
        known = orders.loc[orders[phone].notna(), [customer, when, phone]].copy()
        known["_key"] = known[customer].astype(str)
        latest = known.sort_values(when, kind="stable").groupby("_key")[phone].last()
        numbers = latest.reindex(lst.index.astype(str)).map(_as_text).fillna("")
        sheet["phone"] = numbers.to_numpy()
        full = int((sheet["phone"] != "").sum())
    elif "phone" in sheet.columns:
        sheet["phone"] = mask_phones(sheet["phone"]).to_numpy()
    sheet["last_purchase"] = pd.to_datetime(sheet["last_purchase"]).dt.strftime("%Y-%m-%d")
    sheet["probability_alive"] = sheet["probability_alive"].astype("float64").round(3)
    sheet["revenue"] = sheet["revenue"].astype("float64").round(2)
    for enum in ("segment", "action"):
        sheet[enum] = vocab.translate_values(sheet[enum].astype(object), enum).to_numpy()
    sheet.columns = [vocab.label(c) for c in sheet.columns]
    sheet = sheet.reset_index(drop=True)
    from ._sheets import write_csv, write_xlsx

    if suffix == ".csv":
        write_csv(sheet, path)
    else:
        write_xlsx(sheet, path, sheet_name=vocab.label("action"))
    if include_phone and warn:
        warnings.warn(T("warn.full_phones", path=[path.name], n=full), DataWarning, stacklevel=2)
    return path, full


def write_reactivation_files(lst: pd.DataFrame, folder, *, name: str = "winback", include_phone: bool = False,
                             orders: pd.DataFrame | None = None, **columns) -> list[Path]:
    """Write the list as ``<name>.csv`` and ``<name>.xlsx`` in ``folder`` (one warning for both); return the paths.

    The report writes both: the CSV for SMS tools, the Excel file for people. With
    ``include_phone=True`` one :class:`~shopanalysis.DataWarning` names both files.
    Other keyword arguments go to :func:`write_reactivation_list`.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = [_write_list(lst, folder / f"{name}{suffix}", include_phone=include_phone, orders=orders, warn=False,
                           **columns) for suffix in (".csv", ".xlsx")]
    paths, full = [p for p, _ in written], written[0][1]
    if include_phone:
        warnings.warn(T("warn.full_phones", path=[p.name for p in paths], n=full), DataWarning, stacklevel=2)
    return paths


# --- sentences ------------------------------------------------------------------------------------------


def describe_customers(
    orders: pd.DataFrame,
    *,
    observation_end,
    thresholds: Mapping[str, float] | None = None,
    min_history: int = 6,
    repeat_days: int = 365,
    reactivation: pd.DataFrame | None = None,
    model: BGNBD | None | bool = None,
    customer: str = "buyer_id",
    when: str = "paid_at",
    amount: str = "paid_amount",
    include_refunded: bool = False,
) -> list[str]:
    """Write the customer report's takeaways: the base, the segments, returning share, repeat rate, win-back.

    Each sentence states numbers computed here from the orders (or from the
    ``reactivation`` list given), so a sentence and the tables beside it agree.

    Parameters
    ----------
    orders : DataFrame
        The ``orders`` table.
    observation_end : date-like
        "Today" of the report.
    thresholds : mapping, optional
        The segments' thresholds (default the medians).
    min_history : int, default 6
        As in :func:`returning_share`: earlier months are not read as a trend.
    repeat_days : int, default 365
        The repeat rate is over the last ``repeat_days`` days to ``observation_end``
        (from the first order if the data is shorter).
    reactivation : DataFrame, optional
        A :func:`reactivation_list` already made (else one is made here with ``model``).
    model : BGNBD, None or False, default None
        As in :func:`reactivation_list`, when the list is made here.
    customer, when, amount : str
        Columns of the buyer id, the payment time and the amount paid.
    include_refunded : bool, default False
        Count refunded orders too.

    Returns
    -------
    list of str
        In the package's language.

    Examples
    --------
    >>> orders = pd.DataFrame({"order_id": list("1234"), "buyer_id": ["a", "a", "b", "c"],
    ...                        "paid_at": pd.to_datetime(["2026-01-05", "2026-03-01", "2026-02-10", "2026-03-20"]),
    ...                        "paid_amount": [300.0, 200.0, 80.0, 90.0]})
    >>> describe_customers(orders, observation_end="2026-03-31", model=False)[0]
    '截至 2026-03-31，店铺共有 3 位买家（有未退款订单）。'
    """
    columns = {"customer": customer, "when": when, "amount": amount, "include_refunded": include_refunded}
    day, last = _end(observation_end)
    table = customer_table(orders, observation_end=observation_end, phone=None, **columns)
    lines = [T("base", end=day, customers=len(table))]
    summary = summarize_segments(table, thresholds=thresholds).set_index("segment")
    largest = summary["customers"].idxmax()
    richest = summary["revenue"].idxmax()
    lines.append(T("segments.top", largest=vocab.value_label("segment", largest),
                   largest_share=summary.at[largest, "customer_share"],
                   richest=vocab.value_label("segment", richest),
                   richest_customers=summary.at[richest, "customers"],
                   richest_revenue_share=summary.at[richest, "revenue_share"]))
    if richest != SEGMENTS[0]:
        value = summary.loc[SEGMENTS[0]]
        lines.append(T("segments.value", n=value["customers"], share=value["customer_share"],
                       revenue_share=value["revenue_share"]))
    monthly = returning_share(orders, min_history=min_history, end=day, **columns)
    fair = monthly.loc[~monthly["short_history"] & (monthly["buyers"] > 0)]
    if len(fair) >= 2:
        a, b = fair.iloc[0], fair.iloc[-1]
        lines.append(T("returning.trend", first=a["period"], first_share=a["returning_share"], last=b["period"],
                       last_share=b["returning_share"], last_revenue_share=b["returning_amount_share"]))
    elif len(fair) == 1:
        b = fair.iloc[-1]
        lines.append(T("returning.one", last=b["period"], last_share=b["returning_share"],
                       last_revenue_share=b["returning_amount_share"]))
    else:
        lines.append(T("returning.short", months=len(monthly), min_history=min_history))
    start = max(day - pd.Timedelta(days=int(repeat_days) - 1), table["first_purchase"].min().normalize())
    lines.append(T("repeat", start=start, end=day,
                   rate=repeat_rate(orders, start=start, end=day, **columns)))
    lst = reactivation if reactivation is not None else reactivation_list(
        orders, observation_end=observation_end, thresholds=thresholds, model=model, phone=None, **columns)
    if lst.empty:
        lines.append(T("reactivation.none"))
    else:
        actions = lst["action"].value_counts()
        lines.append(T("reactivation", n=len(lst), money=float(lst["revenue"].sum()),
                       coupon=int(actions.get("coupon", 0)), sms=int(actions.get("sms", 0))))
        top = lst.iloc[0]
        lines.append(T("reactivation.top", top=float(top["revenue"]), days=int(top["days_since_last"])))
    return lines


def method_notes(
    thresholds: Mapping[str, float],
    *,
    observation_end,
    own: Iterable[str] = (),
    min_history: int = 6,
    alive_below: float = 0.5,
    segments: Iterable[str] = WINBACK_SEGMENTS,
    model: bool = True,
    include_refunded: bool = False,
) -> list[str]:
    """Say how the customer report was computed, in words (the report's last section).

    Parameters
    ----------
    thresholds : mapping
        The thresholds used (:func:`segment_thresholds`, or ``.attrs["thresholds"]``).
    observation_end : date-like
        "Today" of the report.
    own : iterable of str, default ()
        The threshold keys the shop set itself (the others are medians).
    min_history, alive_below, segments :
        As in :func:`returning_share` and :func:`reactivation_list`.
    model : bool, default True
        Whether the list used the BG/NBD model.
    include_refunded : bool, default False
        Whether refunded orders were counted.

    Returns
    -------
    list of str

    Examples
    --------
    >>> notes = method_notes({"recency_days": 148, "orders": 1, "revenue": 237}, observation_end="2026-10-31")
    >>> notes[1][:37]
    '八类客户按 R、F、M 各分高低：最近一次购买在 148 天以内为 R 高'
    """
    day = _as_day(observation_end)
    own = set(own)
    basis = "basis.own" if own >= set(_THRESHOLD_COLUMNS) else ("basis.mixed" if own else "basis.median")
    names = [vocab.value_label("segment", s) for s in segments]
    lines = [
        T("method.table_refunds" if include_refunded else "method.table", end=day),
        T("method.segments", recency_days=thresholds["recency_days"], orders=thresholds["orders"],
          revenue=thresholds["revenue"], basis=T(basis)),
        T("method.repeat"),
        T("method.returning", min_history=min_history),
        T("method.cohorts"),
        T("method.reactivation", segments=names, alive=alive_below) if model
        else T("method.reactivation_no_model", segments=names),
    ]
    if model:
        lines.append(T("method.alive"))
    lines.append(T("method.privacy"))
    return lines
