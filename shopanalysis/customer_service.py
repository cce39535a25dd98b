"""Customer service (客服): agents' day, response times, after-sales deadlines, bad reviews.

Works on the 赤兔 performance export (``cs_daily``: one row per day and agent) and
the after-sales list (``after_sales``: one row per case, 退款/售后管理). For now it
holds what the morning checklist needs; KPI sheets and pay come later.

Definitions used here (赤兔 names):

- 询单转化率 (inquiry conversion) = 询单→最终付款人数 / 询单人数, the person-based
  definition, as a ratio of sums over agents and days
  (:func:`shopanalysis.metrics.inquiry_conversion`).
- 首次响应时间 (first response time): seconds from a buyer's first message to the
  agent's first reply, the daily average per agent. The routine's target is 20 s.
- 超时时间 (an after-sales deadline): when the shop misses it the platform resolves
  the case for the buyer (usually: refunds them).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._dates import _as_day, _need
from .metrics import ratio, summarize

__all__ = [
    "RESPONSE_TARGET_S",
    "cost_per_inquiry",
    "summarize_agents",
    "flag_slow_response",
    "flag_after_sales_due",
    "summarize_after_sales",
    "summarize_bad_reviews",
]

#: The first-response target of an operator's daily routine, in seconds.
RESPONSE_TARGET_S = 20

_REFUND_KINDS = ("仅退款", "退货退款")
_PENDING_ON_SHOP = ("open", "escalated")


def cost_per_inquiry(cpc, click_conversion, inquiry_conversion):
    """Compute the ad cost of one customer-service inquiry bought through 直通车.

    ``cost = CPC / click conversion x inquiry conversion``: an order bought through
    直通车 costs 平均点击花费 / 点击转化率, and since only 询单转化率 of the people who ask
    customer service go on to pay, each inquiry is worth that share of an order. It is
    what a slow or careless reply throws away.

    Parameters
    ----------
    cpc : float or Series
        平均点击花费 (cost per click), yuan.
    click_conversion : float or Series
        点击转化率 (orders / clicks), a fraction. Zero gives NaN.
    inquiry_conversion : float or Series
        询单转化率, a fraction.

    Returns
    -------
    float or Series
        Yuan per inquiry.

    Examples
    --------
    One yuan a click, 1.28% of clicks order, 30% of inquiries pay (an article quoting
    this example rounds it to 23.48):

    >>> round(cost_per_inquiry(1.0, 0.0128, 0.30), 2)
    23.44
    """
    return ratio(cpc, click_conversion) * inquiry_conversion


def _window(cs_daily: pd.DataFrame, start, end) -> pd.DataFrame:
    rows = cs_daily
    if start is not None:
        rows = rows.loc[rows["date"] >= _as_day(start)]
    if end is not None:
        rows = rows.loc[rows["date"] <= _as_day(end)]
    return rows


def _weighted(rows: pd.DataFrame, column: str, weight: str) -> pd.Series:
    """Average ``column`` per agent weighted by ``weight`` (rows with a value only)."""
    have = rows[column].notna()
    w = rows[weight].where(have, 0).astype("float64")
    num = (rows[column].fillna(0) * w).groupby(rows["agent"]).sum()
    den = w.groupby(rows["agent"]).sum()
    return ratio(num, den)


def summarize_agents(
    cs_daily: pd.DataFrame,
    *,
    start=None,
    end=None,
    response_target_s: float = RESPONSE_TARGET_S,
) -> pd.DataFrame:
    """Summarize each customer-service agent's inquiries, 询单转化率, response times and sales.

    Parameters
    ----------
    cs_daily : DataFrame
        The ``cs_daily`` table (赤兔 客服绩效).
    start, end : date-like, optional
        Inclusive first and last day; default every day in the table.
    response_target_s : float, default 20
        The 首次响应时间 target in seconds; a day above it is a breach.

    Returns
    -------
    DataFrame
        One row per agent (no total row), sorted by agent: ``agent``, ``days``,
        ``inquiries`` (询单人数), ``inquiry_buyers`` (询单→最终付款人数),
        ``inquiry_conversion`` (询单转化率, ratio of sums, person-based), ``received``
        (接待人数), ``first_response_s`` and ``avg_response_s`` (首次 / 平均响应时间),
        ``sales_amount`` (客服销售额), ``after_sales_cases``, ``bad_reviews``,
        ``bad_reviews_resolved``, ``breach_days`` (days whose 首次响应时间 was above the
        target) and ``worst_first_response_s``. Optional columns the export lacks are
        left out.

    Notes
    -----
    The response times are averages over days *weighted by 接待人数* (``received``):
    every conversation an agent receives has a first response, not only the
    pre-sale inquiries. When the export has no ``received`` column they are weighted by
    询单人数 (``inquiries``) instead; ``attrs["weighted_by"]`` says which.

    Examples
    --------
    >>> cs = pd.DataFrame({"date": pd.to_datetime(["2026-10-14", "2026-10-15", "2026-10-15"]),
    ...                    "agent": ["小美", "小美", "阿杰"], "inquiries": [60, 40, 50],
    ...                    "inquiry_buyers": [30, 12, 20], "received": [100, 50, 80],
    ...                    "first_response_s": [12.0, 30.0, 15.0]})
    >>> summarize_agents(cs)[["agent", "inquiry_conversion", "first_response_s", "breach_days"]]
      agent  inquiry_conversion  first_response_s  breach_days
    0    小美                0.42              18.0            1
    1    阿杰                0.40              15.0            0
    """
    _need(cs_daily, ("date", "agent", "inquiries", "inquiry_buyers"), "cs_daily")
    rows = _window(cs_daily, start, end)
    sums = [c for c in ("inquiries", "inquiry_buyers", "received", "sales_amount", "after_sales_cases",
                        "bad_reviews", "bad_reviews_resolved") if c in rows.columns]
    out = summarize(rows, "agent", metrics=["inquiry_conversion"], sum_columns=sums).set_index("agent")
    out.insert(0, "days", rows.groupby("agent")["date"].nunique())
    weight = "received" if "received" in rows.columns and rows["received"].sum() > 0 else "inquiries"
    for column in ("first_response_s", "avg_response_s"):
        if column in rows.columns:
            out[column] = _weighted(rows, column, weight)
    if "first_response_s" in rows.columns:
        slow = rows["first_response_s"] > response_target_s
        out["breach_days"] = slow.groupby(rows["agent"]).sum().astype("int64")
        out["worst_first_response_s"] = rows.groupby("agent")["first_response_s"].max()
    order = ["days", "inquiries", "inquiry_buyers", "inquiry_conversion", "received", "first_response_s",
             "avg_response_s", "sales_amount", "after_sales_cases", "bad_reviews", "bad_reviews_resolved",
             "breach_days", "worst_first_response_s"]
    out = out[[c for c in order if c in out.columns]].reset_index()
    out = out.astype({"agent": "str"})
    out.attrs.update({"weighted_by": weight, "response_target_s": response_target_s})
    return out


def flag_slow_response(cs_daily: pd.DataFrame, date, *, target_s: float = RESPONSE_TARGET_S) -> pd.DataFrame:
    """Flag the agents whose 首次响应时间 (first response time) on a day was above the target.

    Parameters
    ----------
    cs_daily : DataFrame
        The ``cs_daily`` table with ``first_response_s``.
    date : date-like
        The day under review.
    target_s : float, default 20
        The target in seconds; above it (not at it) is slow.

    Returns
    -------
    DataFrame
        The day's rows (``agent``, ``received`` / ``inquiries``, ``first_response_s``)
        with ``over_s`` (seconds above the target, 0 if not) and ``slow_response``
        (bool), slowest first. No rows for the day gives an empty frame.

    Examples
    --------
    >>> cs = pd.DataFrame({"date": pd.to_datetime(["2026-10-15"] * 2), "agent": ["小美", "阿杰"],
    ...                    "inquiries": [40, 50], "first_response_s": [32.0, 15.0]})
    >>> flag_slow_response(cs, "2026-10-15")[["agent", "first_response_s", "over_s", "slow_response"]]
      agent  first_response_s  over_s  slow_response
    0    小美              32.0    12.0           True
    1    阿杰              15.0     0.0          False
    """
    _need(cs_daily, ("date", "agent", "first_response_s"), "cs_daily")
    day = _as_day(date)
    keep = [c for c in ("date", "agent", "received", "inquiries", "first_response_s", "avg_response_s")
            if c in cs_daily.columns]
    rows = cs_daily.loc[cs_daily["date"] == day, keep]
    rows = rows.assign(
        over_s=(rows["first_response_s"] - target_s).clip(lower=0),
        slow_response=(rows["first_response_s"] > target_s).astype(bool),
    )
    return rows.sort_values(["first_response_s", "agent"], ascending=[False, True]).reset_index(drop=True)


def flag_after_sales_due(
    after_sales: pd.DataFrame,
    date,
    *,
    soon_h: float = 24,
    within_h: float = 48,
) -> pd.DataFrame:
    """Flag the after-sales cases still pending at the end of a day and how close their 超时时间 is.

    A case is pending at the end of ``date`` (midnight, the morning the review is read)
    when it was opened before then and not resolved by then. Its state is the export's
    ``status``; a case resolved *later* is shown as ``open`` (its state that night is
    not in the export).

    Parameters
    ----------
    after_sales : DataFrame
        The ``after_sales`` table (``case_id``, ``opened``, ``status``; ``deadline``
        超时时间, ``resolved``, ``kind``, ``amount`` when present).
    date : date-like
        The day under review; times are measured from the end of it.
    soon_h : float, default 24
        A deadline at most this many hours away is ``due_soon``.
    within_h : float, default 48
        A deadline at most this many hours away is ``due_within``.

    Returns
    -------
    DataFrame
        The pending cases, earliest deadline first, with ``state``, ``hours_left``
        (to the deadline, NaN without one), ``overdue`` (deadline passed: the platform
        may already have resolved it for the buyer), ``due_soon``, ``due_within`` and
        ``refund`` (a 仅退款 / 退货退款 case). ``attrs["as_of"]`` is the moment measured from.

    Examples
    --------
    >>> cases = pd.DataFrame({
    ...     "case_id": ["A1", "A2", "A3"], "kind": ["仅退款", "退货退款", "换货"],
    ...     "opened": pd.to_datetime(["2026-10-13 10:00", "2026-10-14 09:00", "2026-10-10 12:00"]),
    ...     "status": ["open", "waiting_buyer", "resolved"], "amount": [59.0, 129.0, 0.0],
    ...     "deadline": pd.to_datetime(["2026-10-16 10:00", "2026-10-20 09:00", "2026-10-13 12:00"]),
    ...     "resolved": pd.to_datetime([None, None, "2026-10-12 08:00"])})
    >>> flag_after_sales_due(cases, "2026-10-15")[["case_id", "hours_left", "due_soon", "due_within"]]
      case_id  hours_left  due_soon  due_within
    0      A1        10.0      True        True
    1      A2       105.0     False       False
    """
    _need(after_sales, ("case_id", "opened", "status"), "after_sales")
    as_of = _as_day(date) + pd.Timedelta(days=1)
    no_time = pd.Series(pd.NaT, index=after_sales.index, dtype="datetime64[ns]")
    resolved = after_sales["resolved"] if "resolved" in after_sales.columns else no_time
    closed_by_then = (resolved <= as_of) | ((after_sales["status"] == "resolved") & resolved.isna())
    rows = after_sales.loc[(after_sales["opened"] < as_of) & ~closed_by_then]
    state = rows["status"].where(rows["status"] != "resolved", "open")
    deadline = rows["deadline"] if "deadline" in rows.columns else no_time.loc[rows.index]
    hours = (deadline - as_of).dt.total_seconds() / 3600
    kind = rows["kind"] if "kind" in rows.columns else pd.Series("", index=rows.index, dtype="str")
    out = rows.assign(
        state=state.astype("str"),
        hours_left=hours.astype("float64"),
        overdue=(hours <= 0).astype(bool),
        due_soon=((hours > 0) & (hours <= soon_h)).astype(bool),
        due_within=((hours > 0) & (hours <= within_h)).astype(bool),
        refund=kind.isin(_REFUND_KINDS).astype(bool),
    )
    out = out.sort_values(["hours_left", "case_id"], na_position="last").reset_index(drop=True)
    out.attrs.update({"as_of": f"{as_of:%Y-%m-%d %H:%M}", "soon_h": soon_h, "within_h": within_h})
    return out


def summarize_after_sales(
    after_sales: pd.DataFrame,
    date,
    *,
    soon_h: float = 24,
    within_h: float = 48,
) -> pd.Series:
    """Count the after-sales cases (售后) and refunds still waiting at the end of a day.

    Parameters
    ----------
    after_sales : DataFrame
        The ``after_sales`` table.
    date : date-like
        The day under review (counted at its end, see :func:`flag_after_sales_due`).
    soon_h, within_h : float, default 24 and 48
        Deadline windows in hours.

    Returns
    -------
    Series
        ``pending`` (all cases not resolved), ``open`` (waiting on the shop),
        ``waiting_buyer``, ``escalated`` (小二介入), ``overdue``, ``due_soon`` (deadline
        within ``soon_h``), ``due_within`` (within ``within_h``, including ``due_soon``),
        ``refunds_waiting`` and ``refund_amount_waiting`` (仅退款 / 退货退款 cases not
        resolved, yuan), ``refunds_on_shop`` and ``refund_amount_on_shop`` (of those,
        the ones waiting on the shop: ``open`` or ``escalated``).

    Examples
    --------
    >>> cases = pd.DataFrame({
    ...     "case_id": ["A1", "A2"], "kind": ["仅退款", "退货退款"],
    ...     "opened": pd.to_datetime(["2026-10-13 10:00", "2026-10-14 09:00"]),
    ...     "status": ["open", "waiting_buyer"], "amount": [59.0, 129.0],
    ...     "deadline": pd.to_datetime(["2026-10-16 10:00", "2026-10-20 09:00"])})
    >>> summarize_after_sales(cases, "2026-10-15")[["pending", "due_soon", "refund_amount_waiting"]].to_dict()
    {'pending': 2, 'due_soon': 1, 'refund_amount_waiting': 188.0}
    """
    cases = flag_after_sales_due(after_sales, date, soon_h=soon_h, within_h=within_h)
    amount = cases["amount"].fillna(0.0) if "amount" in cases.columns else pd.Series(0.0, index=cases.index)
    refunds = cases["refund"]
    on_shop = cases["state"].isin(_PENDING_ON_SHOP)
    out = pd.Series({
        "pending": len(cases),
        "open": int((cases["state"] == "open").sum()),
        "waiting_buyer": int((cases["state"] == "waiting_buyer").sum()),
        "escalated": int((cases["state"] == "escalated").sum()),
        "overdue": int(cases["overdue"].sum()),
        "due_soon": int(cases["due_soon"].sum()),
        "due_within": int(cases["due_within"].sum()),
        "refunds_waiting": int(refunds.sum()),
        "refund_amount_waiting": float(amount[refunds].sum()),
        "refunds_on_shop": int((refunds & on_shop).sum()),
        "refund_amount_on_shop": float(amount[refunds & on_shop].sum()),
    }, dtype=object)
    out.attrs.update(cases.attrs)
    return out


def summarize_bad_reviews(cs_daily: pd.DataFrame, date, *, days: int = 7) -> pd.DataFrame:
    """Summarize 中差评 (bad reviews) and how many were resolved, per agent, over the last days.

    Parameters
    ----------
    cs_daily : DataFrame
        The ``cs_daily`` table with ``bad_reviews`` (中差评数) and
        ``bad_reviews_resolved`` (中差评处理数).
    date : date-like
        The last day counted.
    days : int, default 7
        How many days up to ``date`` to count (a buyer can still change a review
        days later, so recent ones are still worth a call).

    Returns
    -------
    DataFrame
        One row per agent with a bad review in the window: ``agent``, ``bad_reviews``,
        ``bad_reviews_resolved``, ``unresolved``; most unresolved first.

    Examples
    --------
    >>> cs = pd.DataFrame({"date": pd.to_datetime(["2026-10-14", "2026-10-15"]), "agent": ["小美", "小美"],
    ...                    "bad_reviews": [2, 1], "bad_reviews_resolved": [1, 0]})
    >>> summarize_bad_reviews(cs, "2026-10-15")
      agent  bad_reviews  bad_reviews_resolved  unresolved
    0    小美            3                     1           2
    """
    _need(cs_daily, ("date", "agent", "bad_reviews", "bad_reviews_resolved"), "cs_daily")
    day = _as_day(date)
    rows = cs_daily.loc[cs_daily["date"].between(day - pd.Timedelta(days=days - 1), day)]
    out = rows.groupby("agent")[["bad_reviews", "bad_reviews_resolved"]].sum()
    out = out[out["bad_reviews"] > 0]
    out = out.assign(unresolved=(out["bad_reviews"] - out["bad_reviews_resolved"]).clip(lower=0))
    out = out.reset_index().astype({"agent": "str"})
    order = np.lexsort((out["agent"].to_numpy(), -out["unresolved"].to_numpy()))
    out = out.iloc[order].reset_index(drop=True)
    out.attrs.update({"start": f"{day - pd.Timedelta(days=days - 1):%Y-%m-%d}", "end": f"{day:%Y-%m-%d}"})
    return out
