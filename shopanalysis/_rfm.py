"""RFM in the customer-base sense, and the BG/NBD model of repeat buying.

This is the engine under :mod:`shopanalysis.customers`, which re-exports its public
names. It follows the definitions of Fader & Hardie and of the ``lifetimes`` package
(``summary_data_from_transaction_data`` and ``BetaGeoFitter``), written anew for
speed: the summary is a handful of ``numpy`` passes over integer codes, no Python loop
per customer (5 million orders in about 2 seconds on two cores: benchmarks/bench_customers.py).

The customer-base summary (客户基数汇总, one row per customer)
--------------------------------------------------------------
Purchases are floored to periods of ``time_unit`` (days, weeks, months, ...); purchases
in the same period are merged into one (their amounts summed). Then, per customer:

``frequency`` (复购次数, *x*)
    number of periods with a purchase, minus one: the repeat purchases.
``recency`` (首购到末次购买, *t_x*)
    last purchase period - first purchase period.
``T`` (首购到观察期末, the customer's age)
    observation end period - first purchase period.
``monetary_value`` (复购平均金额)
    mean amount of the repeat periods (the first is left out); 0 when ``frequency`` is 0.

``recency`` and ``T`` count periods divided by ``freq_multiplier``. These are *not* the
R, F, M of the Chinese CRM segment tables (days since the last purchase, orders, spend),
which :func:`shopanalysis.customers.customer_table` computes.

The BG/NBD model (Beta 几何 / 负二项分布模型)
------------------------------------------------
Fader, Hardie & Lee (2005), "'Counting your customers' the easy way: an alternative to
the Pareto/NBD model", *Marketing Science* 24(2), 275-284. While alive, a customer buys
at a Poisson rate λ, with λ ~ Gamma(r, α) across customers; after each repeat purchase
they drop out for good with probability p, with p ~ Beta(a, b). :func:`fit_bg_nbd`
estimates (r, α, a, b) by maximum likelihood; :class:`BGNBD` then gives each customer's
probability of being alive (存活概率) and expected purchases (预计购买次数).

Examples
--------
>>> orders = pd.DataFrame({
...     "order_id": ["o1", "o2", "o3", "o4", "o5"],
...     "buyer_id": ["tb01", "tb01", "tb01", "tb02", "tb01"],
...     "paid_at": pd.to_datetime(["2026-10-01 09:00", "2026-10-01 20:00", "2026-10-05 12:00",
...                                "2026-10-03 08:00", "2026-10-11 10:00"]),
...     "paid_amount": [100.0, 20.0, 50.0, 80.0, 70.0]})
>>> rfm_summary(orders, observation_end="2026-10-10")
          frequency  recency    T  monetary_value
buyer_id
tb01              1      4.0  9.0            50.0
tb02              0      0.0  7.0             0.0
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import pandas as pd

from . import vocab
from ._errors import DataError
from .text.rfm import T as _T

__all__ = ["BGNBD", "TIME_UNITS", "check_orders", "fit_bg_nbd", "rfm_summary"]

#: Periods ``rfm_summary`` can floor purchases to: days, weeks (Monday to Sunday, as
#: pandas' ``W`` periods and ``lifetimes``), calendar months, quarters and years.
TIME_UNITS = ("D", "W", "M", "Q", "Y")

#: The optional column that marks refunded orders (the ``orders`` table of the contract).
REFUNDED = "refunded"  # data

_SHOW = 5  # rows (or ids) a message names before it says "and more"
_PARAMS = ("r", "alpha", "a", "b")  # data
_SUMMARY = ("frequency", "recency", "T")  # data


# --- checking the orders ---------------------------------------------------------------------


class _Checked(NamedTuple):
    frame: pd.DataFrame  # the orders, times and amounts parsed
    times: np.ndarray  # datetime64, wall-clock time
    amounts: np.ndarray | None  # float64
    codes: np.ndarray  # customer codes (0..n-1), in order of first appearance
    customers: pd.Index  # the customer of each code
    refunded: np.ndarray | None  # bool, when the orders have a refunded column


def _name(column: str) -> str:
    """Name a column in a message by its label and its name: 买家会员名（buyer_id）."""
    label = vocab.label(column, table="orders")
    return _T("col.labelled", label=label, name=column) if label != column else column


def _rows(labels, n: int | None = None) -> str:
    """Name rows in a message by their index labels: 行索引 3、17和42."""
    labels = list(labels)
    n = len(labels) if n is None else n
    if n <= _SHOW:
        return _T("rows.all", rows=labels[:_SHOW])
    return _T("rows.first", rows=labels[:_SHOW], n=n)


def _where(index: pd.Index, mask: np.ndarray) -> tuple[int, str]:
    """Count the rows ``mask`` marks and name the first of them."""
    n = int(np.count_nonzero(mask))
    return n, _rows(index[np.flatnonzero(mask)[:_SHOW]], n)


def _is_blank(value) -> bool:
    return isinstance(value, str) and (value == "" or value.isspace())


_blank = np.frompyfunc(_is_blank, 1, 1)


def _blank_ids(customers: pd.Index) -> np.ndarray:
    """Mark the empty or whitespace-only ids among the distinct ``customers`` (text or object).

    Only an id that is empty or starts with whitespace can be blank, so on a text column
    only those are looked at one by one: the first characters are sliced for every id at
    once, and the few distinct ones are asked ``str.isspace``.
    """
    if customers.dtype == object:  # anything may be in it: ask every id
        return _blank(np.asarray(customers, dtype=object)).astype(bool)
    ids = pd.Series(customers, copy=False)
    first = ids.str.slice(0, 1)
    spaces = [c for c in first.unique() if _is_blank(c)]  # "" or a whitespace character
    maybe = first.isin(spaces).to_numpy(dtype=bool, na_value=False)
    blank = np.zeros(len(ids), dtype=bool)
    if maybe.any():
        blank[maybe] = _blank(np.asarray(ids[maybe], dtype=object)).astype(bool)
    return blank


def _missing_customers(values: pd.Series) -> tuple[np.ndarray, np.ndarray, pd.Index]:
    """Factorize the customer column; return (codes, rows without a customer, the customers)."""
    if isinstance(values.dtype, pd.StringDtype) and values.dtype.storage == "python":
        # the object array under pandas' text column hashes twice as fast as the column itself
        codes, uniques = pd.factorize(values.to_numpy(dtype=object))
    else:
        codes, uniques = pd.factorize(values)
    customers = pd.Index(uniques)
    bad = codes < 0
    if customers.dtype == object or pd.api.types.is_string_dtype(customers.dtype):
        blank = _blank_ids(customers)
        if blank.any():  # an empty or whitespace-only id is no id
            bad |= np.isin(codes, np.flatnonzero(blank))
    return codes, bad, customers


def _parse_times(col: pd.Series, name: str, problems: list[str]) -> np.ndarray | None:
    """Return the times of ``col`` as naive datetime64 (wall-clock), or add a problem and return None."""
    if isinstance(col.dtype, pd.DatetimeTZDtype):
        col = col.dt.tz_localize(None)
    if pd.api.types.is_numeric_dtype(col.dtype) and not pd.api.types.is_bool_dtype(col.dtype):
        problems.append(_T("time.number", column=_name(name), dtype=str(col.dtype)))
        return None
    unreadable = np.zeros(len(col), dtype=bool)
    if not pd.api.types.is_datetime64_dtype(col.dtype):
        given = col.notna().to_numpy()
        parsed = pd.to_datetime(col, errors="coerce")
        retry = given & parsed.isna().to_numpy()
        if retry.any():  # mixed spellings: read those one by one
            parsed = parsed.astype(object)
            parsed[retry] = pd.to_datetime(col[retry], errors="coerce", format="mixed")
            parsed = pd.to_datetime(parsed, errors="coerce")
        if isinstance(parsed.dtype, pd.DatetimeTZDtype):
            parsed = parsed.dt.tz_localize(None)
        unreadable = given & parsed.isna().to_numpy()
        if unreadable.any():
            n, rows = _where(col.index, unreadable)
            problems.append(_T("time.unreadable", column=_name(name), n=n, rows=rows,
                               example=repr(col[unreadable].iloc[0])))
        col = parsed
    values = col.to_numpy()
    missing = np.isnat(values) & ~unreadable
    if missing.any():
        n, rows = _where(col.index, missing)
        problems.append(_T("time.missing", column=_name(name), n=n, rows=rows))
    return values


def _parse_amounts(col: pd.Series, name: str, problems: list[str]) -> np.ndarray:
    """Return the amounts as float64; add the rows that are not numbers, missing or negative to ``problems``."""
    if pd.api.types.is_numeric_dtype(col.dtype) and not pd.api.types.is_bool_dtype(col.dtype):
        values = col.to_numpy(dtype=float, na_value=np.nan)
        not_number = np.isinf(values)
    else:
        values = pd.to_numeric(col, errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        not_number = (col.notna().to_numpy() & np.isnan(values)) | np.isinf(values)
    if not_number.any():
        n, rows = _where(col.index, not_number)
        problems.append(_T("amount.not_number", column=_name(name), n=n, rows=rows,
                           example=repr(col[not_number].iloc[0])))
    missing = np.isnan(values) & ~not_number
    if missing.any():
        n, rows = _where(col.index, missing)
        problems.append(_T("amount.missing", column=_name(name), n=n, rows=rows))
    negative = values < 0
    if negative.any():
        n, rows = _where(col.index, negative)
        problems.append(_T("amount.negative", column=_name(name), n=n, rows=rows, lowest=float(values[negative].min()),
                           refunded=_name(REFUNDED)))
    return values


def _check_order_ids(col: pd.Series, name: str, problems: list[str]) -> None:
    missing = col.isna().to_numpy()
    if missing.any():
        n, rows = _where(col.index, missing)
        problems.append(_T("order.missing", column=_name(name), n=n, rows=rows))
    repeated = col.duplicated(keep=False).to_numpy() & ~missing
    if repeated.any():
        ids = pd.unique(col[repeated])
        shown = [str(i) for i in ids[:_SHOW]]
        named = _T("ids.all", ids=shown) if len(ids) <= _SHOW else _T("ids.first", ids=shown, n=len(ids))
        problems.append(_T("order.duplicated", column=_name(name), n=len(ids), ids=named,
                           rows=_where(col.index, repeated)[1]))


def _parse_refunded(col: pd.Series, problems: list[str]) -> np.ndarray:
    """Return the refunded flags as bool (a blank cell is not refunded)."""
    if pd.api.types.is_bool_dtype(col.dtype):
        return col.fillna(False).to_numpy(dtype=bool)
    known = col.isna() | col.isin([True, False])  # 1/0 compare equal to True/False
    if not known.all():
        bad = ~known.to_numpy()
        n, rows = _where(col.index, bad)
        problems.append(_T("refunded.not_bool", column=_name(REFUNDED), n=n, rows=rows, example=repr(col[bad].iloc[0])))
        return np.zeros(len(col), dtype=bool)
    return col.eq(1).to_numpy(dtype=bool, na_value=False)  # True == 1; a blank is not refunded


def _check(orders, *, customer: str, when: str, amount: str | None, order_id: str | None) -> _Checked:
    """Check the columns the customer functions read, all problems at once; return them parsed."""
    if not isinstance(orders, pd.DataFrame):
        raise TypeError(_T("orders.not_frame", kind=type(orders).__name__))
    required = [c for c in (order_id, customer, when, amount) if c is not None]
    missing = [c for c in required if c not in orders.columns]
    if missing:
        raise DataError(_T("orders.columns", n=len(missing), missing=missing, have=[str(c) for c in orders.columns]))
    problems: list[str] = []
    if order_id is not None:
        _check_order_ids(orders[order_id], order_id, problems)
    codes, no_customer, customers = _missing_customers(orders[customer])
    if no_customer.any():
        n, rows = _where(orders.index, no_customer)
        problems.append(_T("buyer.missing", column=_name(customer), n=n, rows=rows))
    times = _parse_times(orders[when], when, problems)
    amounts = None if amount is None else _parse_amounts(orders[amount], amount, problems)
    refunded = _parse_refunded(orders[REFUNDED], problems) if REFUNDED in orders.columns else None
    if problems:
        raise DataError("\n".join(problems))
    changed = {}
    if orders[when].dtype != times.dtype:
        changed[when] = times
    if amount is not None and orders[amount].dtype != amounts.dtype:
        changed[amount] = amounts
    frame = orders.assign(**changed) if changed else orders.copy(deep=False)
    return _Checked(frame, times, amounts, codes, customers, refunded)


def check_orders(orders: pd.DataFrame, *, customer: str = "buyer_id", when: str = "paid_at",
                 amount: str = "paid_amount", order_id: str | None = "order_id") -> pd.DataFrame:
    """Check an orders table (订单) before customers are summarised from it.

    Every problem is reported at once, each naming its column and the first rows it
    concerns (by their index label) and how many there are:

    - a required column is missing (``customer``, ``when``, ``amount``, ``order_id``);
    - a buyer id is missing (empty, NaN or blank text);
    - an amount is missing, not a number, or negative. A refund is *not* a negative
      amount: the order keeps the amount paid and its ``refunded`` (是否退款) flag says
      it was refunded; the summaries leave such orders out by that flag;
    - an order id is missing or repeated (a repeated order would count its money twice);
    - a payment time is missing or cannot be read as a time (a number column such as
      ``19970101`` is refused rather than guessed: convert it with ``pd.to_datetime``);
    - a ``refunded`` column, when there is one, holds something other than yes/no.

    Rows need not be in time order: nothing here or in :func:`rfm_summary` depends on
    the order of the rows (the summary sorts purchases by time itself).

    Parameters
    ----------
    orders : DataFrame
        One row per order: the ``orders`` table of the data contract
        (``shop.orders`` of :func:`shopanalysis.load_shop`).
    customer, when, amount : str, default 'buyer_id', 'paid_at', 'paid_amount'
        The columns holding the buyer (买家会员名), the payment time (付款时间) and the
        amount paid in yuan (买家实际支付金额).
    order_id : str or None, default 'order_id'
        The order number column (订单编号); None when the data has none (then repeats
        cannot be checked).

    Returns
    -------
    DataFrame
        The orders, unchanged when ``when`` already holds times and ``amount`` numbers;
        otherwise a copy with those two columns parsed (times with a time zone become
        their wall-clock time, as the shop saw it). The input is never modified.

    Raises
    ------
    DataError
        One line per problem found.

    Examples
    --------
    >>> orders = pd.DataFrame({"order_id": ["o1", "o2", "o2"], "buyer_id": ["tb01", None, "tb02"],
    ...                        "paid_at": ["2026-10-01 09:00", "2026-10-02 10:00", "2026-10-03 11:00"],
    ...                        "paid_amount": [99.0, 50.0, -50.0]})
    >>> check_orders(orders)  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    shopanalysis._errors.DataError: 订单编号（order_id）有 1 个编号重复出现：o2，涉及 行索引 1和2。...
    买家会员名（buyer_id）有 1 行是空的（行索引 1）：...
    买家实际支付金额（paid_amount）有 1 行是负数（行索引 2，最小 -¥50）。...
    >>> check_orders(orders.drop(index=[1, 2])).dtypes["paid_at"]
    dtype('<M8[us]')
    """
    return _check(orders, customer=customer, when=when, amount=amount, order_id=order_id).frame


# --- the customer-base summary -------------------------------------------------------------


def _periods(times: np.ndarray, unit: str) -> np.ndarray:
    """Return the integer period of each time: days, Monday weeks, months, quarters or years since 1970."""
    if unit == "M" or unit == "Q":
        months = times.astype("datetime64[M]").astype(np.int64)
        return months if unit == "M" else months // 3
    if unit == "Y":
        return times.astype("datetime64[Y]").astype(np.int64)
    days = times.astype("datetime64[D]").astype(np.int64)
    # 1970-01-01 was a Thursday: shifting by 3 days makes every week run Monday to Sunday.
    return days if unit == "D" else (days + 3) // 7


def _observation_end(value) -> pd.Timestamp:
    try:
        end = pd.Timestamp(value)
    except (TypeError, ValueError) as err:
        raise ValueError(_T("arg.date", name="observation_end", got=repr(value))) from err
    if pd.isna(end):
        raise ValueError(_T("arg.date", name="observation_end", got=repr(value)))
    return (end.tz_localize(None) if end.tzinfo is not None else end).normalize()


def rfm_summary(orders: pd.DataFrame, *, observation_end, customer: str = "buyer_id", when: str = "paid_at",
                amount: str | None = "paid_amount", time_unit: str = "D", include_refunded: bool = False,
                freq_multiplier: float = 1) -> pd.DataFrame:
    """Summarise each customer's purchases as frequency, recency, T and monetary value.

    The customer-base summary (客户基数汇总) of Fader & Hardie and of ``lifetimes``'
    ``summary_data_from_transaction_data``, which :func:`fit_bg_nbd` takes:

    1. purchases up to the end of the day ``observation_end`` are kept; refunded orders
       (``refunded`` is true) are left out unless ``include_refunded``;
    2. each purchase is floored to its period of ``time_unit``, and the purchases of one
       customer in one period are merged into one (their amounts summed);
    3. per customer, with periods counted in ``freq_multiplier`` units:

       - ``frequency`` (复购次数) = periods with a purchase - 1;
       - ``recency`` (首购到末次购买) = (last period - first period) / freq_multiplier;
       - ``T`` (首购到观察期末) = (period of observation_end - first period) / freq_multiplier;
       - ``monetary_value`` (复购平均金额) = mean of the merged amounts of the repeat periods
         (the first period left out); 0 when frequency is 0.

    Two conventions to choose between for weeks. ``time_unit="W"`` floors purchases to
    calendar weeks (Monday to Sunday) and counts whole weeks, as ``lifetimes`` does with
    ``freq="W"``. ``time_unit="D", freq_multiplier=7`` merges purchases per day and
    counts days in weeks of 7 (213 days is 30.43 weeks): the convention of the CDNOW
    summary Fader & Hardie publish and ``lifetimes`` ships.

    The rows of ``orders`` need not be in time order. Customers come in the order they
    first appear in ``orders`` (``.sort_index()`` sorts them by id); a customer with no
    purchase kept (all refunded, or all after ``observation_end``) has no row.

    Parameters
    ----------
    orders : DataFrame
        One row per order (the ``orders`` table); checked as :func:`check_orders`
        checks it, except for repeated order ids (check a new export once with
        :func:`check_orders`, which does that too).
    observation_end : date-like
        The last day observed, inclusive (a time of day is ignored). Purchases after it
        are ignored; ``T`` runs to its period.
    customer, when : str, default 'buyer_id', 'paid_at'
        The buyer and payment-time columns.
    amount : str or None, default 'paid_amount'
        The amount column; None leaves ``monetary_value`` out.
    time_unit : {'D', 'W', 'M', 'Q', 'Y'}, default 'D'
        The period purchases are floored to and merged in: day, week (Monday to Sunday),
        calendar month, quarter, year.
    include_refunded : bool, default False
        Count refunded orders too.
    freq_multiplier : float, default 1
        Periods per unit of ``recency`` and ``T`` (7 with ``time_unit="D"`` for weeks of
        7 days).

    Returns
    -------
    DataFrame
        Index: the customer id as text, named after ``customer``. Columns ``frequency``
        (int), ``recency``, ``T`` and ``monetary_value`` (float). ``attrs`` records
        ``observation_end``, ``time_unit`` and ``freq_multiplier``.

    Raises
    ------
    DataError
        When the orders fail :func:`check_orders`' checks of these columns.

    Notes
    -----
    Two small departures from ``lifetimes``, both on purpose: ``lifetimes`` floors
    ``observation_end`` to its period before cutting, so with weeks it keeps purchases
    made after the end but in the same week; here nothing after the end's day counts.
    And months, quarters and years are counted as whole calendar periods (January 31
    to February 1 is one month), where ``lifetimes`` divides a time span by numpy's
    unit. With days and weeks the two agree exactly.

    Examples
    --------
    ``tb01`` bought twice on 10-01 (merged: 120 yuan), then 50 yuan on 10-05 and 70
    yuan on 10-11, after the end; ``tb02`` bought once:

    >>> orders = pd.DataFrame({
    ...     "buyer_id": ["tb01", "tb01", "tb01", "tb02", "tb01"],
    ...     "paid_at": pd.to_datetime(["2026-10-01 09:00", "2026-10-01 20:00", "2026-10-05 12:00",
    ...                                "2026-10-03 08:00", "2026-10-11 10:00"]),
    ...     "paid_amount": [100.0, 20.0, 50.0, 80.0, 70.0]})
    >>> rfm_summary(orders, observation_end="2026-10-10")
              frequency  recency    T  monetary_value
    buyer_id
    tb01              1      4.0  9.0            50.0
    tb02              0      0.0  7.0             0.0
    >>> rfm_summary(orders, observation_end="2026-10-31", time_unit="D", freq_multiplier=7).round(2)
              frequency  recency     T  monetary_value
    buyer_id
    tb01              2     1.43  4.29            60.0
    tb02              0     0.00  4.00             0.0
    """
    if time_unit not in TIME_UNITS:
        raise ValueError(_T("arg.time_unit", known=list(TIME_UNITS), got=repr(time_unit)))
    if isinstance(freq_multiplier, bool) or not isinstance(freq_multiplier, (int, float, np.number)) or not (
            math.isfinite(freq_multiplier) and freq_multiplier > 0):
        raise ValueError(_T("arg.positive", name="freq_multiplier", got=repr(freq_multiplier)))
    end = _observation_end(observation_end)
    checked = _check(orders, customer=customer, when=when, amount=amount, order_id=None)
    keep = checked.times < np.datetime64(end + pd.Timedelta(days=1))
    if checked.refunded is not None and not include_refunded:
        keep &= ~checked.refunded
    codes = checked.codes[keep]
    periods = _periods(checked.times[keep], time_unit)
    n = len(checked.customers)
    first = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
    last = np.full(n, np.iinfo(np.int64).min, dtype=np.int64)
    np.minimum.at(first, codes, periods)
    np.maximum.at(last, codes, periods)
    # Distinct (customer, period) pairs: sort one integer key per purchase and count the changes.
    if len(codes):
        low = periods.min()
        span = np.int64(periods.max() - low + 1)
        keys = np.sort(codes.astype(np.int64) * span + (periods - low))
        new = np.empty(len(keys), dtype=bool)
        new[0] = True
        np.not_equal(keys[1:], keys[:-1], out=new[1:])
        count = np.bincount(keys[new] // span, minlength=n)
    else:
        count = np.zeros(n, dtype=np.int64)
    present = count > 0
    frequency = count[present] - 1
    end_period = _periods(np.array([end.to_datetime64()]), time_unit)[0]
    columns = {
        "frequency": frequency.astype(np.int64),
        "recency": (last[present] - first[present]) / freq_multiplier,
        "T": (end_period - first[present]) / freq_multiplier,
    }
    if amount is not None:
        amounts = checked.amounts[keep]
        repeat = periods != first[codes]  # purchases after the first period
        total = np.bincount(codes[repeat], weights=amounts[repeat], minlength=n)[present]
        columns["monetary_value"] = np.divide(total, frequency, out=np.zeros(len(frequency)), where=frequency > 0)
    index = checked.customers[present].astype("str").rename(customer)
    summary = pd.DataFrame(columns, index=index)
    summary.attrs.update(observation_end=end, time_unit=time_unit, freq_multiplier=freq_multiplier)
    return summary


# --- the BG/NBD model ------------------------------------------------------------------------


def _summary_arrays(summary) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return (x, t_x, T) of a customer summary as float arrays, after checking them."""
    if not isinstance(summary, pd.DataFrame):
        raise TypeError(_T("summary.not_frame", kind=type(summary).__name__))
    missing = [c for c in _SUMMARY if c not in summary.columns]
    if missing:
        raise DataError(_T("summary.columns", missing=missing))
    problems = []
    arrays = []
    for column in _SUMMARY:
        values = pd.to_numeric(summary[column], errors="coerce").to_numpy(dtype=float, na_value=np.nan)
        bad = ~np.isfinite(values)
        if bad.any():
            n, rows = _where(summary.index, bad)
            problems.append(_T("summary.missing", column=_T("col.labelled", label=vocab.label(column), name=column),
                               n=n, rows=rows))
        arrays.append(values)
    x, tx, t = arrays
    if not problems:
        bad = (x < 0) | (x != np.floor(x))
        if bad.any():
            n, rows = _where(summary.index, bad)
            problems.append(_T("summary.frequency", n=n, rows=rows))
        bad = (tx < 0) | (tx > t)
        if bad.any():
            n, rows = _where(summary.index, bad)
            problems.append(_T("summary.order", n=n, rows=rows))
        bad = (x == 0) & (tx != 0)
        if bad.any():
            n, rows = _where(summary.index, bad)
            problems.append(_T("summary.recency_alone", n=n, rows=rows))
    if problems:
        raise DataError("\n".join(problems))
    return x, tx, t


def _log_likelihood(params, x, tx, t) -> np.ndarray:
    """Return each customer's BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6), in logs throughout.

    ``L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x))
    + [x > 0] · B(a+1, b+x-1)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+t_x)^(r+x))``
    """
    return _log_likelihood_and_gradient(params, x, tx, t, gradient=False)[0]


def _log_likelihood_and_gradient(params, x, tx, t, *, gradient: bool = True, distinct=None):
    """Return each customer's log-likelihood and, optionally, its gradient in (r, α, a, b) (4 x n).

    The special functions depend on x alone, so they are computed once per distinct x;
    ``distinct`` is ``np.unique(x, return_inverse=True)`` when the caller has it already.
    """
    from scipy import special  # here, not at the top: rfm_summary and check_orders do without SciPy

    r, alpha, a, b = params
    ux, at = np.unique(x, return_inverse=True) if distinct is None else distinct
    psi = special.digamma
    common = (special.gammaln(r + ux) - special.gammaln(r) + r * np.log(alpha) + special.betaln(a, b + ux)
              - special.betaln(a, b))[at]
    log_gone_odds = np.log(a) - np.log(b + np.maximum(ux, 1) - 1)
    # The two terms of L over the common factor: still alive at T, or dropped out after the last purchase.
    alive = -(r + x) * np.log(alpha + t)
    with np.errstate(invalid="ignore"):
        gone = np.where(x > 0, log_gone_odds[at] - (r + x) * np.log(alpha + tx), -np.inf)
    total = np.logaddexp(alive, gone)
    ll = common + total
    if not gradient:
        return ll, None
    w_alive, w_gone = np.exp(alive - total), np.exp(gone - total)
    d_r = (psi(r + ux) - psi(r) + np.log(alpha))[at] - w_alive * np.log(alpha + t) - w_gone * np.log(alpha + tx)
    d_alpha = r / alpha - (r + x) * (w_alive / (alpha + t) + w_gone / (alpha + tx))
    d_ab = (psi(a + b) - psi(a + b + ux))[at]
    d_a = d_ab + w_gone / a
    d_b = d_ab + (psi(b + ux) - psi(b))[at] - w_gone / (b + np.maximum(x, 1) - 1)
    return ll, np.vstack([d_r, d_alpha, d_a, d_b])


def _units(summary: pd.DataFrame) -> tuple[str | None, float | None]:
    """The (time_unit, freq_multiplier) :func:`rfm_summary` recorded on a summary, or (None, None)."""
    unit = summary.attrs.get("time_unit")
    return (None, None) if unit is None else (unit, float(summary.attrs.get("freq_multiplier", 1)))


@dataclass(frozen=True)
class BGNBD:
    """A fitted BG/NBD model (Beta 几何 / 负二项分布模型) of repeat buying.

    Fader, Hardie & Lee (2005): while alive a customer buys at Poisson rate λ,
    λ ~ Gamma(shape ``r``, rate ``alpha``) across customers; after each repeat purchase
    they drop out for good with probability p, p ~ Beta(``a``, ``b``). Times are in the
    units of the summary the model was fitted to (``recency``, ``T``), and so is ``t``
    in the methods. Make one with :func:`fit_bg_nbd`, or from known parameters.

    Attributes
    ----------
    r, alpha, a, b : float
        The parameters (all above 0).
    log_likelihood : float
        The maximised log-likelihood (NaN when the parameters were given, not fitted).
    n_customers : int
        Customers the model was fitted to.
    penalizer : float
        The L2 penalty of the fit.
    time_unit, freq_multiplier : str and float, or None
        The time unit of the summary it was fitted to (from the ``attrs``
        :func:`rfm_summary` records; None when unknown). Given a summary made with
        other units, the methods refuse it: α, and so every answer, is in these units.

    Examples
    --------
    The model Fader, Hardie & Lee fit to the CDNOW sample (weeks), and their worked
    example: a customer with 2 repeat purchases, the last in week 30.43 of 38.86,
    is expected to buy 1.226 times in the next 39 weeks.

    >>> model = BGNBD(r=0.243, alpha=4.414, a=0.793, b=2.426)
    >>> customers = pd.DataFrame({"frequency": [2, 0], "recency": [30.43, 0.0], "T": [38.86, 38.86]},
    ...                          index=pd.Index(["1", "3"], name="ID"))
    >>> model.expected_purchases(39, customers).round(3)
    ID
    1    1.226
    3    0.195
    Name: expected_purchases, dtype: float64
    >>> model.probability_alive(customers).round(3)
    ID
    1    0.727
    3    1.000
    Name: probability_alive, dtype: float64
    >>> round(model.expected_purchases_new(39), 3)  # a new customer, in their first 39 weeks
    1.197
    """

    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float = float("nan")
    n_customers: int = 0
    penalizer: float = 0.0
    time_unit: str | None = None
    freq_multiplier: float | None = None

    def __post_init__(self):
        for name in _PARAMS:
            value = getattr(self, name)
            if not (isinstance(value, (int, float, np.number)) and math.isfinite(value) and value > 0):
                raise ValueError(_T("arg.positive", name=name, got=repr(value)))
            object.__setattr__(self, name, float(value))

    @property
    def params(self) -> pd.Series:
        """The parameters ``r``, ``alpha``, ``a``, ``b`` as a Series."""
        return pd.Series([self.r, self.alpha, self.a, self.b], index=list(_PARAMS), name="bg_nbd")  # data

    def _arrays(self, summary) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Check a summary (and that its time unit is the model's, when both are known); return x, t_x, T."""
        x, tx, t = _summary_arrays(summary)
        theirs = _units(summary)
        if self.time_unit is not None and theirs[0] is not None and theirs != (self.time_unit, self.freq_multiplier):
            raise DataError(_T("model.units", model=_T("units", unit=self.time_unit, n=self.freq_multiplier),
                               summary=_T("units", unit=theirs[0], n=theirs[1])))
        return x, tx, t

    def _log_odds_gone(self, x, tx, t) -> np.ndarray:
        """ln of a/(b+x-1) · ((α+T)/(α+t_x))^(r+x): the odds of having dropped out, -inf for x = 0."""
        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        with np.errstate(divide="ignore"):
            return np.where(x > 0, np.log(a) - np.log(b + np.maximum(x, 1) - 1)
                            + (r + x) * (np.log(alpha + t) - np.log(alpha + tx)), -np.inf)

    def probability_alive(self, summary: pd.DataFrame) -> pd.Series:
        """Return each customer's probability of still being alive (存活概率 / 仍活跃概率).

        ``P(alive | x, t_x, T) = 1 / (1 + [x > 0] · a / (b + x - 1) · ((α + T) / (α + t_x))^(r + x))``
        (Fader, Hardie & Lee 2005, eq. 13; ``lifetimes``' ``conditional_probability_alive``).
        A customer who never bought again is alive for sure (the model lets customers
        drop out only after a repeat purchase); one whose last purchase was long ago for
        their pace is likely gone. Computed in logs, so it never overflows.

        Parameters
        ----------
        summary : DataFrame
            Columns ``frequency``, ``recency``, ``T`` (:func:`rfm_summary`).

        Returns
        -------
        Series
            ``probability_alive``, one per row of ``summary``, same index.
        """
        from scipy import special

        x, tx, t = self._arrays(summary)
        return pd.Series(special.expit(-self._log_odds_gone(x, tx, t)), index=summary.index,
                         name="probability_alive")  # data

    def _expected(self, t, x, tx, age) -> np.ndarray:
        """E[Y(t) | x, t_x, T], eq. 10, written with Euler's transformation so no term overflows.

        ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x-1; z) with z = t/(α+T+t) equals
        (1-z)^(a-1) · 2F1(a+b-1-r, a-1; a+b+x-1; z), whose parameters do not grow with x.
        """
        from scipy import special

        r, alpha, a, b = self.r, self.alpha, self.a, self.b
        if abs(a - 1) < 1e-9:  # the formula's 0/0 at a = 1: take it a hair's breadth away
            a = 1 + 1e-9
        t = np.asarray(t, dtype=float)
        if not np.all(np.isfinite(t) & (t >= 0)):
            raise ValueError(_T("arg.not_negative", name="t", got=repr(t)))
        z = t / (alpha + age + t)
        hyp = special.hyp2f1(a + b - 1 - r, a - 1, a + b + x - 1, z)
        with np.errstate(divide="ignore", over="ignore"):
            rest = 1 - np.exp((a - 1) * np.log1p(-z) + np.log(hyp))
        alive = special.expit(-self._log_odds_gone(x, tx, age))
        return (a + b + x - 1) / (a - 1) * rest * alive + 0.0  # + 0.0: no -0.0 at t = 0

    def expected_purchases(self, t, summary: pd.DataFrame) -> pd.Series:
        """Return each customer's expected number of purchases in the next ``t`` periods (预计购买次数).

        The conditional expectation of Fader, Hardie & Lee (2005), eq. 10::

            E[Y(t) | x, t_x, T] = (a + b + x - 1) / (a - 1)
                · [1 - ((α + T) / (α + T + t))^(r + x) · 2F1(r + x, b + x; a + b + x - 1; t / (α + T + t))]
                · P(alive | x, t_x, T)

        with 2F1 the Gauss hypergeometric function (``scipy.special.hyp2f1``), evaluated
        through Euler's transformation so that large ``x`` does not overflow.

        Parameters
        ----------
        t : float or array-like
            The horizon, in the summary's time units (weeks for a summary in weeks);
            an array must broadcast against the rows.
        summary : DataFrame
            Columns ``frequency``, ``recency``, ``T``.

        Returns
        -------
        Series
            ``expected_purchases``, one per row of ``summary``, same index.
        """
        x, tx, age = self._arrays(summary)
        values = np.broadcast_to(self._expected(t, x, tx, age), x.shape)
        return pd.Series(values, index=summary.index, name="expected_purchases")  # data

    def expected_purchases_new(self, t):
        """Return the expected repeat purchases of a new customer in their first ``t`` periods.

        The unconditional ``E[X(t)]`` of Fader, Hardie & Lee (2005), eq. 9::

            E[X(t)] = (a + b - 1) / (a - 1) · [1 - (α / (α + t))^r · 2F1(r, b; a + b - 1; t / (α + t))]

        Parameters
        ----------
        t : float or array-like
            Time since the first purchase, in the model's units.

        Returns
        -------
        float or ndarray
            A float for a scalar ``t``, else an array shaped like ``t``.
        """
        zero = np.zeros(np.shape(t))
        out = self._expected(t, zero, zero, zero)
        return float(out) if np.ndim(out) == 0 else out


def fit_bg_nbd(summary: pd.DataFrame, *, penalizer: float = 0.0) -> BGNBD:
    """Fit the BG/NBD model (Beta 几何 / 负二项分布模型) to a customer summary by maximum likelihood.

    The log-likelihood of Fader, Hardie & Lee (2005, eq. 6), summed over customers::

        ln L = ln Γ(r + x) - ln Γ(r) + r ln α + ln B(a, b + x) - ln B(a, b)
             + ln[ (α + T)^-(r+x) + [x > 0] · a / (b + x - 1) · (α + t_x)^-(r+x) ]

    is maximised over the logs of (r, α, a, b) with L-BFGS-B and its exact gradient,
    from three starting points (the best is kept). Customers with the same
    (x, t_x, T) are counted once, with a weight. For conditioning, times are scaled so
    that the oldest customer's T is 10 during the fit (as ``lifetimes`` does), and α is
    scaled back afterwards.

    Parameters
    ----------
    summary : DataFrame
        Columns ``frequency``, ``recency``, ``T`` (:func:`rfm_summary`), one row per
        customer; the model's time unit is the summary's.
    penalizer : float, default 0.0
        L2 penalty: ``penalizer · (r² + α² + a² + b²)`` (α in the scaled time) is added
        to the mean negative log-likelihood, as ``lifetimes``' ``penalizer_coef``. It
        steadies a fit on few customers; 0 is plain maximum likelihood.

    Returns
    -------
    BGNBD
        The model; ``log_likelihood`` is the unpenalised total at the fitted
        parameters, in the summary's time units.

    Raises
    ------
    DataError
        When the summary is empty or malformed, when no customer bought twice (the
        model is not identified), or when the fit does not converge.

    Examples
    --------
    >>> summary = pd.DataFrame({"frequency": [0, 1, 0, 3, 2, 0, 1, 5],
    ...                         "recency": [0, 6, 0, 30, 12, 0, 2, 33],
    ...                         "T": [38, 36, 30, 38, 25, 20, 34, 35]})
    >>> model = fit_bg_nbd(summary)
    >>> model.n_customers, list(model.params.index)
    (8, ['r', 'alpha', 'a', 'b'])
    >>> bool(model.log_likelihood < 0)
    True
    """
    if isinstance(penalizer, bool) or not isinstance(penalizer, (int, float, np.number)) or not (
            math.isfinite(penalizer) and penalizer >= 0):
        raise ValueError(_T("arg.not_negative", name="penalizer", got=repr(penalizer)))
    x, tx, t = _summary_arrays(summary)
    unit, multiplier = _units(summary)
    if len(x) == 0:
        raise DataError(_T("summary.empty"))
    if not (x > 0).any():
        raise DataError(_T("fit.no_repeat", n=len(x)))
    scale = 10.0 / t.max() if t.max() > 0 else 1.0
    patterns = pd.DataFrame({"x": x, "tx": tx * scale, "t": t * scale}).value_counts(sort=False)
    weights = patterns.to_numpy(dtype=float)
    px, ptx, pt = (patterns.index.get_level_values(i).to_numpy(dtype=float) for i in range(3))
    n = weights.sum()
    distinct = np.unique(px, return_inverse=True)

    def objective(log_params):
        params = np.exp(log_params)
        ll, grad = _log_likelihood_and_gradient(params, px, ptx, pt, distinct=distinct)
        value = -(weights @ ll) / n + penalizer * (params ** 2).sum()
        gradient = -(grad @ weights) / n * params + 2 * penalizer * params ** 2
        return value, gradient

    from scipy import optimize

    starts = [np.zeros(4), np.log([0.25, 1.0, 0.8, 2.5]), np.log([2.0, 5.0, 2.0, 5.0])]
    best = None
    for start in starts:
        with np.errstate(over="ignore", under="ignore", invalid="ignore", divide="ignore"):
            result = optimize.minimize(objective, start, jac=True, method="L-BFGS-B", bounds=[(-20.0, 20.0)] * 4)
        if np.isfinite(result.fun) and (best is None or result.fun < best.fun):
            best = result
    if best is None or not (best.success or np.max(np.abs(best.jac)) < 1e-4):
        reason = "no finite likelihood" if best is None else str(best.message)  # data: scipy's own words
        raise DataError(_T("fit.failed", reason=reason))
    r, alpha, a, b = np.exp(best.x)
    alpha /= scale
    params = (r, alpha, a, b)
    return BGNBD(r=r, alpha=alpha, a=a, b=b, log_likelihood=float(_log_likelihood(params, x, tx, t).sum()),
                 n_customers=len(x), penalizer=float(penalizer), time_unit=unit, freq_multiplier=multiplier)
