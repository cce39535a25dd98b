"""Customer service (客服): KPIs, scorecard and pay, the value of an inquiry, the roster, the morning checks.

Works on the 赤兔 performance export (``cs_daily``: one row per day and agent), the
team list (``cs_agents``: P-level and commission rate), the roster (``cs_roster``) and
the after-sales list (``after_sales``: one row per case, 退款/售后管理).

Definitions used here (赤兔 names):

- 询单转化率 (inquiry conversion) = 询单→最终付款人数 / 询单人数, the person-based
  definition, as a ratio of sums over agents and days
  (:func:`shopanalysis.metrics.inquiry_conversion`).
- 首次响应时间 (first response time): seconds from a buyer's first message to the
  agent's first reply, the daily average per agent; 平均响应时间 (average response
  time) the same over every reply. The routine's target is 20 s (first response).
- 客服客单价 (assisted order value) = 客服销售额 / 询单→最终付款人数, against the shop's
  客单价 = 支付金额 / 支付买家数 (:func:`shopanalysis.metrics.avg_order_value`).
- 售后率 (after-sales rate) = 售后人数 / 接待人数: the share of the people an agent
  received who came with an after-sales matter; 中差评处理率 = 中差评处理数 / 中差评数.
- The value of an inquiry bought through 直通车 = 平均点击花费 / 点击转化率 x 询单转化率
  (:func:`cost_per_inquiry`: 1 / 1.28% x 30% = 23.44 yuan).
- 超时时间 (an after-sales deadline): when the shop misses it the platform resolves
  the case for the buyer (usually: refunds them).

The KPI sheet (:func:`scorecard`), pay (:func:`agent_pay`) and roster rules
(:func:`check_roster`) take every weight, threshold and rule as a keyword argument.
Their defaults are common practice in Taobao/Tmall shops and an operations manual,
not a platform standard: set your own.

Frames keep codes (a roster ``rule`` of ``night_then_day``, a ``metric`` of
``first_response_s``, a ``shift`` of ``night``); :func:`shopanalysis.present.table`
shows their labels. Every sentence (takeaways, roster details, training suggestions,
errors) comes from :mod:`shopanalysis.text.customer_service`, in the package's language.

A month's review, on a tiny team:

>>> cs = pd.DataFrame({"date": pd.to_datetime(["2026-10-14", "2026-10-14"]), "agent": ["小美", "阿杰"],
...                    "inquiries": [100, 100], "inquiry_buyers": [55, 35], "received": [120, 130],
...                    "first_response_s": [9.0, 30.0], "sales_amount": [16500.0, 9800.0]})
>>> agents = summarize_agents(cs)
>>> scorecard(agents, weights={"inquiry_conversion": 0.5, "response_time": 0.5})[["agent", "total", "grade"]]
  agent  total grade
0    小美  100.0     A
1    阿杰   35.0     D
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Mapping

import numpy as np
import pandas as pd

from . import _scoring, vocab
from ._dates import _as_day, _need
from ._errors import DataWarning
from ._format import _NO_VALUE, format_number, format_pct, format_yuan
from .metrics import add_metrics, avg_order_value, click_conversion as _click_conversion, cpc as _cpc, ratio
from .promo import PROMO_CALENDAR, promo_days
from .shopinfo import platform_words
from .text.customer_service import T

__all__ = [
    "RESPONSE_TARGET_S",
    "SHIFTS",
    "ROSTER_RULES",
    "SCORE_COMPONENTS",
    "DEFAULT_WEIGHTS",
    "DEFAULT_THRESHOLDS",
    "DEFAULT_GRADES",
    "LEVEL_COEFFICIENTS",
    "BASE_PAY",
    "LABELS",
    "cost_per_inquiry",
    "format_metric",
    "summarize_agents",
    "summarize_team",
    "compare_agents",
    "summarize_spread",
    "agent_targets",
    "scorecard",
    "agent_pay",
    "summarize_inquiry_value",
    "add_inquiry_cost",
    "check_roster",
    "suggest_training",
    "describe_agents",
    "describe_actions",
    "describe_targets",
    "describe_settings",
    "flag_slow_response",
    "flag_after_sales_due",
    "summarize_after_sales",
    "summarize_bad_reviews",
]

#: The first-response target of an operator's daily routine, in seconds.
RESPONSE_TARGET_S = 20

#: Shifts of the operations manual: name -> (from, until), 24-hour "HH:MM".
SHIFTS: dict[str, tuple[str, str]] = {"day": ("09:00", "17:30"), "half": ("10:00", "15:30"),
                                      "night": ("17:00", "23:30")}

#: The roster rules :func:`check_roster` knows, in the order it reports them.
ROSTER_RULES = ("coverage", "night_then_day", "no_day_off", "hours", "big_day")

#: Scorecard components: name -> (the summary column scored, higher is better). The
#: column is also the component's name in sentences (the ``metric`` enum of the vocabulary).
SCORE_COMPONENTS: dict[str, tuple[str, bool]] = {
    "inquiry_conversion": ("inquiry_conversion", True),
    "target_completion": ("target_completion", True),
    "order_value": ("order_value_vs_shop", True),
    "response_time": ("first_response_s", False),
    "avg_response_time": ("avg_response_s", False),
    "bad_review_resolution": ("bad_review_resolution", True),
}

#: Scorecard weights: the four items a customer-service KPI sheet usually weighs
#: (common practice, not a standard).
DEFAULT_WEIGHTS: dict[str, float] = {"inquiry_conversion": 0.40, "target_completion": 0.30, "order_value": 0.15,
                                     "response_time": 0.15}

#: Score thresholds: component -> (value scoring 0, value scoring 100), linear between.
#: Response times default to (2 x target, target): full marks within the target, none at
#: twice it. Common practice for a women's-apparel shop, not a standard.
DEFAULT_THRESHOLDS: dict[str, tuple[float, float]] = {
    "inquiry_conversion": (0.30, 0.55),
    "target_completion": (0.60, 1.00),
    "order_value": (0.80, 1.20),
    "bad_review_resolution": (0.50, 1.00),
}

#: Lowest total score (0-100) that earns each grade.
DEFAULT_GRADES: dict[str, float] = {"A": 90, "B": 75, "C": 60, "D": 0}

#: Commission multiplier per P-level (an example pay sheet, not a standard).
LEVEL_COEFFICIENTS: dict[str, float] = {"P1": 0.8, "P2": 1.0, "P3": 1.2, "P4": 1.5}

#: Monthly base pay per P-level in yuan (an example pay sheet, not a standard).
BASE_PAY: dict[str, float] = {"P1": 3000.0, "P2": 3500.0, "P3": 4000.0, "P4": 4500.0}


class _Labels(Mapping):
    """The labels of this module's columns, read from the vocabulary in the package's language.

    Kept so that ``present.table(..., labels=cs.LABELS)`` in older lessons still works;
    :func:`shopanalysis.present.table` labels every column through the vocabulary anyway.
    """

    def __getitem__(self, name: str) -> str:
        if not vocab.has_label(name):
            raise KeyError(name)
        return vocab.label(name)

    def __iter__(self) -> Iterator[str]:
        return iter(T.labels)

    def __len__(self) -> int:
        return len(T.labels)


#: The labels of the columns this module computes, in the package's language (a view of
#: :mod:`shopanalysis.vocab`; ``present.table`` needs no ``labels=`` for them).
LABELS: Mapping[str, str] = _Labels()

#: Metrics where a higher value is better (the others: lower is better).
_HIGHER_IS_BETTER = {
    "inquiry_conversion": True, "first_response_s": False, "avg_response_s": False, "assisted_order_value": True,
    "order_value_vs_shop": True, "sales_amount": True, "sales_per_day": True, "bad_review_resolution": True,
    "after_sales_rate": False, "target_completion": True, "breach_days": False, "inquiries": True,
}
_RANK_METRICS = ("inquiry_conversion", "first_response_s", "avg_response_s", "assisted_order_value",
                 "sales_per_day", "bad_review_resolution")
_TRAINING_METRICS = ("inquiry_conversion", "first_response_s", "order_value_vs_shop", "target_completion",
                     "bad_review_resolution")
_TEAM = "team"  # the agent name the team's rows are summed under

_REFUND_KINDS = ("仅退款", "退货退款")  # data: the kinds of case 退款/售后管理 prints for a refund
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


def _weighted_parts(rows: pd.DataFrame, column: str, weight: str) -> tuple[pd.Series, pd.Series]:
    """Return the numerator and weight whose per-agent sums average ``column`` weighted by ``weight``.

    Rows without a value of ``column`` weigh nothing; the average is ``ratio`` of the two sums.
    """
    have = rows[column].notna()
    w = rows[weight].where(have, 0).astype("float64")
    return rows[column].fillna(0) * w, w


def _distinct_per_group(codes: np.ndarray, values, n: int, *, keep_missing: bool = False) -> np.ndarray:
    """Count the distinct non-missing ``values`` of each group code 0..n-1 (``groupby(...).nunique()``).

    Rows with a code of -1 (no group) are left out; ``keep_missing`` counts a missing
    value as one more value (as ``drop_duplicates`` does).
    """
    value_codes, uniques = pd.factorize(values, use_na_sentinel=not keep_missing)
    keep = (codes >= 0) & (value_codes >= 0)
    codes, value_codes = codes[keep].astype(np.int64), value_codes[keep].astype(np.int64)
    width = max(len(uniques), 1)
    if n * width <= 50_000_000:  # a presence matrix: agents x distinct days (4,200 x 31 is 130,000 cells)
        seen = np.zeros(n * width, dtype=bool)
        seen[codes * width + value_codes] = True
        return seen.reshape(n, width).sum(axis=1).astype(np.int64)
    pairs = np.unique(codes * width + value_codes)
    return np.bincount(pairs // width, minlength=n).astype(np.int64)


def _period(rows: pd.DataFrame, start, end) -> tuple[str | None, str | None]:
    """Return the period a summary covers: the days asked for, else the data's first and last."""
    first = _as_day(start) if start is not None else (rows["date"].min() if len(rows) else None)
    last = _as_day(end) if end is not None else (rows["date"].max() if len(rows) else None)
    return (f"{first:%Y-%m-%d}" if first is not None else None, f"{last:%Y-%m-%d}" if last is not None else None)


def _shop_order_value(shop_daily: pd.DataFrame | None, start, end) -> float:
    if shop_daily is None:
        return np.nan
    _need(shop_daily, ("date", "paid_amount", "paying_buyers"), "shop_daily")
    return avg_order_value(_window(shop_daily, start, end))


def _aggregate(rows: pd.DataFrame, response_target_s: float, *, agent=None) -> pd.DataFrame:
    """Sum and average ``rows`` per ``agent``: the core of :func:`summarize_agents`.

    The agent names are hashed once, by one ``groupby("agent")`` that sums the counts;
    its group numbers (``ngroup``) then group everything else (the weighted response
    times' numerators and weights, the slow days, the worst response, the days), as a
    categorical key or plain integers, so the names are not hashed again. The result is
    what ``groupby("agent")`` column by column gives: agents sorted, rows without an
    agent left out.

    ``agent``, when given, replaces the ``agent`` column (one value per row: the team).
    """
    sums = [c for c in ("inquiries", "inquiry_buyers", "received", "sales_amount", "after_sales_cases",
                        "bad_reviews", "bad_reviews_resolved") if c in rows.columns]
    weight = "received" if "received" in rows.columns and rows["received"].sum() > 0 else "inquiries"
    by = rows["agent"] if agent is None else agent
    grouped = rows.groupby(by, sort=True, observed=True)  # the one pass over the names
    out = add_metrics(grouped[sums].sum(), ["inquiry_conversion"])
    n = len(out)
    ids = grouped.ngroup().to_numpy()  # each row's group number; NaN for a row without an agent
    ids = np.where(np.isnan(ids), -1, ids).astype(np.int64) if ids.dtype.kind == "f" else ids.astype(np.int64)
    out.insert(0, "days", pd.Series(_distinct_per_group(ids, rows["date"], n), index=out.index))
    # Every group number 0..n-1 has a row, so the groups come out in order, one per agent. Each
    # column is grouped on its own: a frame of them would copy a million rows once more.
    key = pd.Categorical.from_codes(ids, categories=pd.RangeIndex(n))

    def per_agent(values: pd.Series, how: str) -> pd.Series:
        grouped_values = values.groupby(key, sort=True, observed=True)  # by position: key is an array
        return getattr(grouped_values, how)().set_axis(out.index)

    responses = [c for c in ("first_response_s", "avg_response_s") if c in rows.columns]
    for column in responses:
        num, den = _weighted_parts(rows, column, weight)
        out[column] = ratio(per_agent(num, "sum"), per_agent(den, "sum"))
    if "sales_amount" in out.columns:
        out["sales_per_day"] = ratio(out["sales_amount"], out["days"])
        out["assisted_order_value"] = ratio(out["sales_amount"], out["inquiry_buyers"])
    if {"after_sales_cases", "received"} <= set(out.columns):
        out["after_sales_rate"] = ratio(out["after_sales_cases"], out["received"])
    if {"bad_reviews", "bad_reviews_resolved"} <= set(out.columns):
        out["bad_review_resolution"] = ratio(out["bad_reviews_resolved"], out["bad_reviews"])
    if "first_response_s" in rows.columns:
        out["breach_days"] = per_agent(rows["first_response_s"] > response_target_s, "sum").astype("int64")
        out["worst_first_response_s"] = per_agent(rows["first_response_s"], "max")
    out.attrs["weighted_by"] = weight
    return out


_ORDER = ["days", "inquiries", "inquiry_buyers", "inquiry_conversion", "received", "first_response_s",
          "avg_response_s", "sales_amount", "sales_per_day", "assisted_order_value", "order_value_vs_shop",
          "after_sales_cases", "after_sales_rate", "bad_reviews", "bad_reviews_resolved", "bad_review_resolution",
          "breach_days", "worst_first_response_s"]


def summarize_agents(
    cs_daily: pd.DataFrame,
    *,
    start=None,
    end=None,
    response_target_s: float = RESPONSE_TARGET_S,
    shop_daily: pd.DataFrame | None = None,
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
    shop_daily : DataFrame, optional
        The ``shop_daily`` table: with it, each agent's 客单价 is compared with the
        shop's over the same days (``order_value_vs_shop``).

    Returns
    -------
    DataFrame
        One row per agent (no total row), sorted by agent: ``agent``, ``days`` (days
        with a row: on shift), ``inquiries`` (询单人数), ``inquiry_buyers``
        (询单→最终付款人数), ``inquiry_conversion`` (询单转化率, ratio of sums,
        person-based), ``received`` (接待人数), ``first_response_s`` and
        ``avg_response_s`` (首次 / 平均响应时间), ``sales_amount`` (客服销售额),
        ``sales_per_day`` (per day on shift), ``assisted_order_value`` (客服客单价 =
        客服销售额 / 询单→最终付款人数), ``order_value_vs_shop`` (that over the shop's
        客单价, with ``shop_daily``), ``after_sales_cases`` (售后人数),
        ``after_sales_rate`` (售后人数 / 接待人数), ``bad_reviews`` (中差评数),
        ``bad_reviews_resolved``, ``bad_review_resolution`` (处理数 / 中差评数, NaN
        without bad reviews), ``breach_days`` (days whose 首次响应时间 was above the
        target) and ``worst_first_response_s``. Columns whose inputs the export lacks
        are left out. ``attrs`` holds ``start``, ``end``, ``weighted_by``,
        ``response_target_s`` and ``shop_order_value``.

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
    out = _aggregate(rows, response_target_s)
    shop_value = _shop_order_value(shop_daily, start, end)
    if shop_daily is not None and "assisted_order_value" in out.columns:
        out["order_value_vs_shop"] = ratio(out["assisted_order_value"], shop_value)
    weight = out.attrs["weighted_by"]
    out = out[[c for c in _ORDER if c in out.columns]].reset_index()
    out = out.astype({"agent": "str"})
    first, last = _period(rows, start, end)
    out.attrs.update({"weighted_by": weight, "response_target_s": response_target_s, "start": first,
                      "end": last, "shop_order_value": shop_value})
    return out


def summarize_team(
    cs_daily: pd.DataFrame,
    *,
    start=None,
    end=None,
    response_target_s: float = RESPONSE_TARGET_S,
    shop_daily: pd.DataFrame | None = None,
) -> pd.Series:
    """Summarize the whole customer-service team over a period: the team's line of the KPI sheet.

    Every rate is a ratio of sums over agents and days (询单转化率 = all 询单→最终付款人数 /
    all 询单人数), and response times are weighted like :func:`summarize_agents`, so the
    team's figure is the "team average" agents are ranked against.

    Parameters
    ----------
    cs_daily : DataFrame
        The ``cs_daily`` table.
    start, end : date-like, optional
        Inclusive first and last day.
    response_target_s : float, default 20
        The 首次响应时间 target; ``breach_days`` counts agent-days above it.
    shop_daily : DataFrame, optional
        With it: ``shop_sales`` (支付金额), ``cs_share`` (客服销售额 / 支付金额),
        ``shop_order_value`` (店铺客单价) and ``order_value_vs_shop``.

    Returns
    -------
    Series
        The columns of :func:`summarize_agents` for the team, ``agents`` (how many
        worked), ``days`` (calendar days with data) and ``agent_days``;
        ``sales_per_day`` is per agent-day.

    Examples
    --------
    >>> cs = pd.DataFrame({"date": pd.to_datetime(["2026-10-14", "2026-10-15", "2026-10-15"]),
    ...                    "agent": ["小美", "小美", "阿杰"], "inquiries": [60, 40, 50],
    ...                    "inquiry_buyers": [30, 12, 20], "received": [100, 50, 80],
    ...                    "first_response_s": [12.0, 30.0, 15.0]})
    >>> team = summarize_team(cs)
    >>> round(team["inquiry_conversion"], 4), round(team["first_response_s"], 2), team["breach_days"]
    (0.4133, 16.96, 1)
    """
    _need(cs_daily, ("date", "agent", "inquiries", "inquiry_buyers"), "cs_daily")
    rows = _window(cs_daily, start, end)
    out = _aggregate(rows, response_target_s, agent=np.zeros(len(rows), dtype=np.int8))  # every row the team's
    weight = out.attrs["weighted_by"]
    team = pd.Series({c: out[c].iloc[0].item() if len(out) else np.nan for c in out.columns}, dtype=object)
    team = team.reindex([c for c in _ORDER if c in team.index or c == "order_value_vs_shop"])
    # Distinct (date, agent) pairs, a missing value counting as one value (as drop_duplicates counts it).
    agent_codes, names = pd.factorize(rows["agent"])
    agent_days = int(_distinct_per_group(np.where(agent_codes < 0, len(names), agent_codes), rows["date"],
                                         len(names) + 1, keep_missing=True).sum())
    extra = {"agents": len(names), "agent_days": agent_days}
    if "sales_amount" in team.index:
        team["sales_per_day"] = ratio(team["sales_amount"], agent_days)
    shop_value = _shop_order_value(shop_daily, start, end)
    if shop_daily is not None and "sales_amount" in team.index:
        shop_sales = float(_window(shop_daily, start, end)["paid_amount"].sum())
        team["order_value_vs_shop"] = ratio(team["assisted_order_value"], shop_value)
        extra.update({"shop_sales": shop_sales, "cs_share": ratio(team["sales_amount"], shop_sales),
                      "shop_order_value": shop_value})
    else:
        team = team.drop("order_value_vs_shop", errors="ignore")
    team = pd.concat([pd.Series(extra, dtype=object), team])
    team.name = _TEAM
    first, last = _period(rows, start, end)
    team.attrs.update({"weighted_by": weight, "response_target_s": response_target_s, "start": first, "end": last,
                       "shop_order_value": shop_value})
    return team


def _direction(metric: str) -> bool:
    try:
        return _HIGHER_IS_BETTER[metric]
    except KeyError:
        raise ValueError(T("error.direction", metric=metric, known=", ".join(sorted(_HIGHER_IS_BETTER)))) from None


def compare_agents(
    summary: pd.DataFrame,
    team: pd.Series,
    *,
    metrics: Iterable[str] = _RANK_METRICS,
    by: str = "inquiry_conversion",
) -> pd.DataFrame:
    """Rank agents and compare each with the team average.

    Parameters
    ----------
    summary : DataFrame
        :func:`summarize_agents` output.
    team : Series
        :func:`summarize_team` output for the same period: the team average.
    metrics : iterable of str
        Columns to compare (those the summary lacks are skipped); default 询单转化率,
        首次 / 平均响应时间, 客服客单价, sales per day on shift and 中差评处理率.
    by : str, default 'inquiry_conversion'
        The metric that sets ``rank``.

    Returns
    -------
    DataFrame
        ``summary`` with ``<metric>_vs_team`` = value / team - 1 for each metric (for
        response times, +10% means 10% *slower*) and ``rank`` (1 = best; the fastest
        for response times), sorted by rank. ``attrs["team"]`` holds the team values.

    Examples
    --------
    >>> s = pd.DataFrame({"agent": ["小美", "阿杰"], "inquiry_conversion": [0.54, 0.36],
    ...                   "first_response_s": [9.0, 7.0]})
    >>> team = pd.Series({"inquiry_conversion": 0.45, "first_response_s": 8.0})
    >>> compare_agents(s, team)[["agent", "inquiry_conversion_vs_team", "rank"]].round(2)
      agent  inquiry_conversion_vs_team  rank
    0    小美                        0.2     1
    1    阿杰                       -0.2     2
    >>> list(compare_agents(s, team, by="first_response_s")["agent"])
    ['阿杰', '小美']
    """
    if by not in summary.columns:
        raise ValueError(T("error.by", by=by, columns=list(summary.columns)))
    metrics = [m for m in metrics if m in summary.columns and m in team.index]
    new = {f"{m}_vs_team": ratio(summary[m].astype(float), float(team[m])) - 1 for m in metrics}
    rank = summary[by].astype(float).rank(ascending=not _direction(by), method="min").astype("Int64")
    out = summary.assign(**new, rank=rank)
    out = out.sort_values(["rank", "agent"], kind="stable", na_position="last").reset_index(drop=True)
    out.attrs = {**summary.attrs, "team": {m: float(team[m]) for m in metrics}, "by": by}
    return out


def summarize_spread(
    summary: pd.DataFrame,
    team: pd.Series | None = None,
    *,
    metrics: Iterable[str] = _RANK_METRICS,
) -> pd.DataFrame:
    """Show how far apart the agents are on each metric: best, worst, range and spread.

    Parameters
    ----------
    summary : DataFrame
        :func:`summarize_agents` output.
    team : Series, optional
        :func:`summarize_team` output, shown as ``team_value``.
    metrics : iterable of str
        The metrics (those the summary lacks are skipped).

    Returns
    -------
    DataFrame
        One row per metric: ``metric`` (its code; tables show its name), ``team_value``,
        ``best_agent``, ``best``, ``worst_agent``, ``worst``, ``range`` (best - worst,
        absolute), ``std`` (standard deviation over agents) and ``cv`` (std / mean of the
        agents).

    Examples
    --------
    >>> s = pd.DataFrame({"agent": ["小美", "阿杰", "小雨"], "first_response_s": [9.0, 7.0, 31.0]})
    >>> summarize_spread(s)[["metric", "best_agent", "worst_agent", "range"]]
                 metric best_agent worst_agent  range
    0  first_response_s         阿杰          小雨   24.0
    """
    rows = []
    for m in metrics:
        if m not in summary.columns:
            continue
        values = summary.set_index("agent")[m].astype(float).dropna()
        if values.empty:
            continue
        higher = _direction(m)
        best, worst = (values.idxmax(), values.idxmin()) if higher else (values.idxmin(), values.idxmax())
        std = float(values.std(ddof=0))
        rows.append({"metric": m,
                     "team_value": float(team[m]) if team is not None and m in team.index else np.nan,
                     "best_agent": best, "best": values[best], "worst_agent": worst, "worst": values[worst],
                     "range": abs(values[best] - values[worst]), "std": std, "cv": ratio(std, values.mean())})
    out = pd.DataFrame(rows, columns=["metric", "team_value", "best_agent", "best", "worst_agent", "worst", "range",
                                      "std", "cv"])
    return out.astype({"metric": "str", "best_agent": "str", "worst_agent": "str"})


def _months(start, end) -> float:
    """Calendar months a period spans, by days: 2026-10-01..10-31 is 1.0, 06-01..06-15 is 0.5."""
    days = pd.date_range(_as_day(start), _as_day(end), freq="D")
    return float(np.sum(1.0 / np.asarray(days.days_in_month, dtype=float)))


def _clock(text) -> float:
    """Turn '09:00' into hours (9.0); '24:00' is allowed."""
    try:
        hours, minutes = str(text).strip().split(":")
        value = int(hours) + int(minutes) / 60
    except ValueError:
        raise ValueError(T("error.clock", text=text)) from None
    if not 0 <= value <= 24 or not 0 <= int(minutes) < 60:
        raise ValueError(T("error.clock", text=text))
    return value


def _shift_spans(shifts: Mapping | None) -> dict[str, tuple[float, float]]:
    """Shifts as (from, until) in hours; an until at or before from runs past midnight."""
    spans = {}
    for name, (a, b) in dict(SHIFTS if shifts is None else shifts).items():
        lo, hi = _clock(a), _clock(b)
        spans[str(name)] = (lo, hi if hi > lo else hi + 24)
    return spans


def _shift_hours(roster: pd.DataFrame, spans: dict[str, tuple[float, float]]) -> pd.Series:
    unknown = sorted(set(roster["shift"]) - set(spans) - {"off"})
    if unknown:
        raise ValueError(T("error.shifts", unknown=unknown, known=sorted(spans)))
    hours = {name: hi - lo for name, (lo, hi) in spans.items()} | {"off": 0.0}
    return roster["shift"].map(hours).astype(float)


def agent_targets(
    cs_daily: pd.DataFrame,
    shop_daily: pd.DataFrame,
    targets: pd.DataFrame,
    *,
    start,
    end,
    history_days: int = 90,
    cs_roster: pd.DataFrame | None = None,
    shifts: Mapping[str, tuple[str, str]] | None = None,
) -> pd.DataFrame:
    """Derive each agent's sales target for a period from the shop's monthly target.

    There is no per-agent target table, so one is derived in three steps:

    1. the shop's target for the period: each month's ``target_amount`` x the share of
       the month's days that fall in the period;
    2. the team's target: that x the share of the shop's sales that went through
       customer service (客服销售额 / 支付金额) over the ``history_days`` before the
       period (the period's own share when there is no history);
    3. each agent's part: in proportion to their hours on shift in the period (from
       ``cs_roster``; a half shift weighs less than a day shift), or to their days with
       data in ``cs_daily`` when no roster is given.

    To set targets by hand instead, pass a mapping agent -> yuan to :func:`scorecard`.

    Parameters
    ----------
    cs_daily, shop_daily, targets : DataFrame
        The ``cs_daily``, ``shop_daily`` and ``targets`` tables.
    start, end : date-like
        The period.
    history_days : int, default 90
        Days before ``start`` whose customer-service share sets the team's target.
    cs_roster : DataFrame, optional
        The ``cs_roster`` table, to split by hours on shift.
    shifts : mapping, optional
        Shift name -> (from, until), default :data:`SHIFTS`.

    Returns
    -------
    DataFrame
        ``agent``, ``split_weight`` (hours or days), ``share`` and ``target_amount``.
        ``attrs`` holds ``shop_target``, ``cs_share``, ``cs_share_from`` (the days it
        was measured on), ``team_target`` and ``split_by`` (``"hours"`` on shift in
        ``cs_roster``, or ``"days"`` with data in ``cs_daily``). When a month of the
        period has no target, every target is NaN and a :class:`DataWarning` says so.

    Examples
    --------
    >>> cs = pd.DataFrame({"date": pd.to_datetime(["2026-09-30", "2026-10-01", "2026-10-01"]),
    ...                    "agent": ["小美", "小美", "阿杰"], "inquiries": [1, 1, 1], "inquiry_buyers": [1, 1, 1],
    ...                    "sales_amount": [400.0, 0.0, 0.0]})
    >>> shop = pd.DataFrame({"date": pd.to_datetime(["2026-09-30", "2026-10-01"]),
    ...                      "paid_amount": [1000.0, 0.0], "paying_buyers": [5, 0]})
    >>> targets = pd.DataFrame({"month": ["2026-10"], "target_amount": [31000.0]})
    >>> t = agent_targets(cs, shop, targets, start="2026-10-01", end="2026-10-01")
    >>> t[["agent", "share", "target_amount"]], t.attrs["team_target"]
    (  agent  share  target_amount
    0    小美    0.5          200.0
    1    阿杰    0.5          200.0, 400.0)
    """
    _need(cs_daily, ("date", "agent", "sales_amount"), "cs_daily")
    _need(shop_daily, ("date", "paid_amount"), "shop_daily")
    _need(targets, ("month", "target_amount"), "targets")
    first, last = _as_day(start), _as_day(end)
    days = pd.date_range(first, last, freq="D")
    by_month = pd.Series(1.0 / days.days_in_month, index=days.strftime("%Y-%m")).groupby(level=0).sum()
    monthly = targets.assign(month=targets["month"].astype("str")).set_index("month")["target_amount"]
    missing = [m for m in by_month.index if m not in monthly.index]
    shop_target = np.nan if missing else float((monthly.reindex(by_month.index) * by_month).sum())
    if missing:
        warnings.warn(T("warn.no_target", months=", ".join(missing)), DataWarning, stacklevel=2)
    hist_start = first - pd.Timedelta(days=history_days)
    hist = (hist_start, first - pd.Timedelta(days=1))
    cs_hist = _window(cs_daily, *hist)["sales_amount"].sum()
    shop_hist = _window(shop_daily, *hist)["paid_amount"].sum()
    if history_days > 0 and shop_hist > 0 and len(_window(cs_daily, *hist)):
        cs_share, share_from = ratio(cs_hist, shop_hist), (f"{max(hist[0], cs_daily['date'].min()):%Y-%m-%d}",
                                                           f"{hist[1]:%Y-%m-%d}")
    else:
        cs_share = ratio(_window(cs_daily, first, last)["sales_amount"].sum(),
                         _window(shop_daily, first, last)["paid_amount"].sum())
        share_from = (f"{first:%Y-%m-%d}", f"{last:%Y-%m-%d}")
    if cs_roster is not None:
        _need(cs_roster, ("date", "agent", "shift"), "cs_roster")
        rows = _window(cs_roster, first, last)
        weight = _shift_hours(rows, _shift_spans(shifts)).groupby(rows["agent"]).sum()
        split_by = "hours"
    else:
        rows = _window(cs_daily, first, last)
        weight = rows.groupby("agent")["date"].nunique().astype(float)
        split_by = "days"
    weight = weight[weight > 0]
    team_target = shop_target * cs_share
    out = pd.DataFrame({"agent": weight.index.astype("str"), "split_weight": weight.to_numpy(dtype=float)})
    out["share"] = ratio(out["split_weight"], out["split_weight"].sum())
    out["target_amount"] = out["share"] * team_target
    out.attrs.update({"shop_target": shop_target, "cs_share": cs_share, "cs_share_from": share_from,
                      "team_target": team_target, "split_by": split_by, "start": f"{first:%Y-%m-%d}",
                      "end": f"{last:%Y-%m-%d}"})
    return out


def _as_targets(targets, agents: pd.Series) -> pd.Series:
    if isinstance(targets, pd.DataFrame):
        if not {"agent", "target_amount"} <= set(targets.columns):
            raise ValueError(T("error.targets_frame", columns=list(targets.columns)))
        targets = targets.set_index("agent")["target_amount"]
    values = pd.Series(targets, dtype=float)
    values.index = values.index.astype("str")
    return agents.map(values).astype(float)


def _thresholds(thresholds: Mapping | None, response_target_s: float) -> dict[str, tuple[float, float]]:
    out = {**DEFAULT_THRESHOLDS, "response_time": (2.0 * response_target_s, float(response_target_s)),
           "avg_response_time": (4.0 * response_target_s, 2.0 * float(response_target_s))}
    for name, pair in dict(thresholds or {}).items():
        if name not in SCORE_COMPONENTS:
            raise ValueError(T("error.threshold_unknown", name=name, accepted=", ".join(SCORE_COMPONENTS)))
        try:
            zero, full = (float(x) for x in pair)
        except (TypeError, ValueError):
            raise ValueError(T("error.threshold_numbers", name=name, pair=pair)) from None
        if zero == full or not (np.isfinite(zero) and np.isfinite(full)):
            raise ValueError(T("error.threshold_equal", name=name, pair=pair))
        out[name] = (zero, full)
    return out


def scorecard(
    summary: pd.DataFrame,
    *,
    targets=None,
    weights: Mapping[str, float] | None = None,
    thresholds: Mapping[str, Iterable[float]] | None = None,
    grades: Mapping[str, float] | None = None,
    response_target_s: float = RESPONSE_TARGET_S,
) -> pd.DataFrame:
    """Score each agent 0-100 on the KPI sheet's items, weight them, grade and rank.

    Each component scores ``100 x (value - zero) / (full - zero)``, clipped to 0-100,
    between the two thresholds of the component (for response times ``zero`` is the
    slower one). The total is the weighted mean of the components an agent has: one
    with nothing to judge (no target given, no bad review to resolve) is left out and
    the other weights count for more: the rules :mod:`shopanalysis._scoring` shares with
    :func:`shopanalysis.designers.scorecard`.

    Components (:data:`SCORE_COMPONENTS`):

    - ``inquiry_conversion``: 询单转化率;
    - ``target_completion``: 客服销售额 / the agent's target (``targets``);
    - ``order_value``: 客服客单价 / 店铺客单价 (``order_value_vs_shop``: summarize with
      ``shop_daily``);
    - ``response_time``: 首次响应时间; ``avg_response_time``: 平均响应时间;
    - ``bad_review_resolution``: 中差评处理率.

    Parameters
    ----------
    summary : DataFrame
        :func:`summarize_agents` output (or any frame with ``agent`` and the columns
        scored).
    targets : mapping, Series or DataFrame, optional
        Each agent's sales target for the period, agent -> yuan, or
        :func:`agent_targets` output. Without it ``target_completion`` is left out.
    weights : mapping, optional
        Component -> weight; default :data:`DEFAULT_WEIGHTS` (询单转化率 0.40, target
        completion 0.30, 客单价 0.15, response time 0.15: common practice, not a
        standard). Weights need not add to 1; a component left out weighs 0.
    thresholds : mapping, optional
        Component -> (value scoring 0, value scoring 100), overriding
        :data:`DEFAULT_THRESHOLDS`; response time defaults to (2 x target, target).
    grades : mapping, optional
        Grade -> lowest total that earns it; default :data:`DEFAULT_GRADES`
        (A >= 90, B >= 75, C >= 60, D below).
    response_target_s : float, default 20
        The first-response target the default response thresholds follow.

    Returns
    -------
    DataFrame
        ``summary`` with ``target_amount`` and ``target_completion`` (when targets
        are given), ``<component>_score`` for each weighted component, ``total``,
        ``grade`` and ``rank`` (1 = best), sorted by rank. ``attrs`` keeps the
        summary's and adds ``weights`` and ``thresholds``.

    Examples
    --------
    小美 converts 55% (full marks) and answers in 9 s; 阿杰 converts 35% (20 points) and
    answers in 30 s, half-way between the 20 s target (100) and 40 s (0):

    >>> s = pd.DataFrame({"agent": ["小美", "阿杰"], "inquiry_conversion": [0.55, 0.35],
    ...                   "first_response_s": [9.0, 30.0], "sales_amount": [90000.0, 60000.0]})
    >>> card = scorecard(s, targets={"小美": 90000, "阿杰": 75000},
    ...                  weights={"inquiry_conversion": 0.5, "target_completion": 0.3, "response_time": 0.2})
    >>> card[["agent", "target_completion", "target_completion_score", "response_time_score", "total"]]
      agent  target_completion  target_completion_score  response_time_score  total
    0    小美                1.0                    100.0                100.0  100.0
    1    阿杰                0.8                     50.0                 50.0   35.0
    >>> list(card["grade"])
    ['A', 'D']
    """
    weights = _scoring.check_weights(DEFAULT_WEIGHTS if weights is None else weights, SCORE_COMPONENTS)
    grades = dict(DEFAULT_GRADES if grades is None else grades)
    _scoring.check_grades(grades)
    if "agent" not in summary.columns:
        raise ValueError(T("error.summary_agent", columns=list(summary.columns)))
    limits = _thresholds(thresholds, response_target_s)
    out = summary.copy()
    if targets is not None:
        out["target_amount"] = _as_targets(targets, out["agent"].astype("str"))
        if "sales_amount" not in out.columns:
            raise ValueError(T("error.summary_sales"))
        out["target_completion"] = ratio(out["sales_amount"].astype(float), out["target_amount"])
    scores = {}
    for name in weights:
        column = SCORE_COMPONENTS[name][0]
        if column not in out.columns:
            scores[name] = pd.Series(np.nan, index=out.index)
        else:
            zero, full = limits[name]
            scores[name] = (100 * (out[column].astype(float) - zero) / (full - zero)).clip(0, 100)
        out[f"{name}_score"] = scores[name]
    total = _scoring.weighted_total(scores, weights)
    out["total"] = total
    out["grade"] = _scoring.grade(total, grades)
    out["rank"] = _scoring.rank(total)
    out = out.sort_values(["rank", "agent"], kind="stable", na_position="last").reset_index(drop=True)
    out.attrs = {**summary.attrs, "weights": weights, "thresholds": {k: limits[k] for k in weights}}
    return out


def agent_pay(
    scores: pd.DataFrame,
    cs_agents: pd.DataFrame,
    *,
    base_pay: Mapping[str, float] | None = None,
    level_coefficients: Mapping[str, float] | None = None,
    grade_coefficients: Mapping[str, float] | None = None,
    months: float | None = None,
) -> pd.DataFrame:
    """Compute each agent's pay: base + commission x P-level coefficient.

    ``pay = base_pay[level] x months + 客服销售额 x commission_rate x
    level_coefficients[level] x grade_coefficients[grade]``: the base of the agent's
    P-level (职级) for the period, and a commission on the sales they closed scaled by
    the level's coefficient (and, when ``grade_coefficients`` is given, by the
    scorecard grade).

    Parameters
    ----------
    scores : DataFrame
        :func:`scorecard` output (or :func:`summarize_agents` output: then there is no
        grade), with ``agent`` and ``sales_amount``.
    cs_agents : DataFrame
        The ``cs_agents`` table: ``agent``, ``level`` (P1..P4), ``commission_rate``.
    base_pay : mapping, optional
        Level -> monthly base pay, yuan; default :data:`BASE_PAY`.
    level_coefficients : mapping, optional
        Level -> commission multiplier; default :data:`LEVEL_COEFFICIENTS`
        (P1 0.8, P2 1.0, P3 1.2, P4 1.5).
    grade_coefficients : mapping, optional
        Grade -> commission multiplier (e.g. ``{"A": 1.2, "B": 1.0, "C": 0.8, "D": 0.5}``);
        default none: pay does not depend on the grade.
    months : float, optional
        Months of base pay; default the calendar months the summary covers
        (``attrs["start"]``..``attrs["end"]``: 1.0 for a calendar month), else 1.

    Returns
    -------
    DataFrame
        One row per agent of ``scores`` in its order: ``agent``, ``level``, ``grade``
        (when scored), ``sales_amount``, ``commission_rate``, ``commission`` (sales x
        rate), ``level_coefficient``, ``grade_coefficient``, ``bonus`` (commission x
        coefficients), ``base_pay`` and ``pay``. An agent missing from ``cs_agents``
        gets NaN pay and a :class:`DataWarning`.

    Examples
    --------
    >>> scores = pd.DataFrame({"agent": ["小美", "丽丽"], "sales_amount": [100000.0, 80000.0]})
    >>> team = pd.DataFrame({"agent": ["小美", "丽丽"], "level": ["P4", "P1"], "commission_rate": [0.01, 0.004]})
    >>> agent_pay(scores, team, months=1)[["agent", "commission", "bonus", "base_pay", "pay"]]
      agent  commission   bonus  base_pay    pay
    0    小美      1000.0  1500.0    4500.0  6000.0
    1    丽丽       320.0   256.0    3000.0  3256.0
    """
    _need(cs_agents, ("agent", "level", "commission_rate"), "cs_agents")
    if "sales_amount" not in scores.columns or "agent" not in scores.columns:
        raise ValueError(T("error.scores_columns", columns=list(scores.columns)))
    base = dict(BASE_PAY if base_pay is None else base_pay)
    coef = dict(LEVEL_COEFFICIENTS if level_coefficients is None else level_coefficients)
    team = cs_agents.assign(agent=cs_agents["agent"].astype("str")).drop_duplicates("agent").set_index("agent")
    out = scores[["agent"] + (["grade"] if "grade" in scores.columns else []) + ["sales_amount"]].copy()
    out["agent"] = out["agent"].astype("str")
    out.insert(1, "level", out["agent"].map(team["level"]).astype("str"))
    unknown = sorted({lv for lv in out["level"].dropna() if lv not in base or lv not in coef})
    if unknown:
        raise ValueError(T("error.levels", unknown=unknown, base=sorted(base), coef=sorted(coef)))
    missing = sorted(out.loc[out["level"].isna(), "agent"])
    if missing:
        warnings.warn(T("warn.no_level", agents=", ".join(missing)), DataWarning, stacklevel=2)
    if months is None:
        first, last = scores.attrs.get("start"), scores.attrs.get("end")
        months = _months(first, last) if first and last else 1.0
    out["commission_rate"] = out["agent"].map(team["commission_rate"]).astype(float)
    out["commission"] = out["sales_amount"].astype(float) * out["commission_rate"]
    out["level_coefficient"] = out["level"].map(coef).astype(float)
    if grade_coefficients:
        if "grade" not in out.columns:
            raise ValueError(T("error.grade_coefficients"))
        out["grade_coefficient"] = out["grade"].map(dict(grade_coefficients)).astype(float)
    else:
        out["grade_coefficient"] = 1.0
    out["bonus"] = out["commission"] * out["level_coefficient"] * out["grade_coefficient"]
    out["base_pay"] = out["level"].map(base).astype(float) * float(months)
    out["pay"] = out["base_pay"] + out["bonus"]
    out.attrs.update({"months": float(months), "base_pay": base, "level_coefficients": coef,
                      "grade_coefficients": dict(grade_coefficients or {})})
    return out.reset_index(drop=True)


def summarize_inquiry_value(
    cs_daily: pd.DataFrame,
    ppc_keywords: pd.DataFrame | None = None,
    *,
    start=None,
    end=None,
    cpc: float | None = None,
    click_conversion: float | None = None,
    platform: str | None = None,
) -> pd.Series:
    """Put a price on an inquiry, and on the inquiries of a period that did not convert.

    One inquiry is worth :func:`cost_per_inquiry` = 平均点击花费 / 点击转化率 x 询单转化率:
    what buying it through 直通车 would cost. ``unconverted_cost`` prices the inquiries
    that did not turn into a paying buyer (询单人数 - 询单→最终付款人数) at that cost:
    what it took to bring those buyers in, not sales lost (an unpaid inquiry is not an
    order that would have paid). The export has no count of inquiries left
    unanswered, so missed ones are among the unconverted.

    Parameters
    ----------
    cs_daily : DataFrame
        The ``cs_daily`` table.
    ppc_keywords : DataFrame, optional
        The ``ppc_keywords`` table: CPC and click conversion of the period come from it
        (:func:`shopanalysis.metrics.cpc`, :func:`~shopanalysis.metrics.click_conversion`).
    start, end : date-like, optional
        The period.
    cpc, click_conversion : float, optional
        Use these instead of the keyword report's (one, or both).
    platform : str, optional
        The shop's platform code (``shop.platform``), to name its search ads in the
        error when neither is given (京东快车 on JD; Tmall's 直通车 when not known).

    Returns
    -------
    Series
        ``cpc``, ``click_conversion``, ``cost_per_order`` (CPC / click conversion),
        ``inquiry_conversion`` (the team's), ``cost_per_inquiry``, ``inquiries``,
        ``inquiry_buyers``, ``unconverted``, ``unconverted_cost`` (what the unpaid
        inquiries cost to buy through 直通车) and ``source``
        (where CPC and click conversion came from).

    Examples
    --------
    The worked example: 1 yuan a click, 1.28% of clicks order, 30 of 100 inquiries pay:

    >>> cs = pd.DataFrame({"date": pd.to_datetime(["2026-10-15"]), "agent": ["小美"],
    ...                    "inquiries": [100], "inquiry_buyers": [30]})
    >>> v = summarize_inquiry_value(cs, cpc=1.0, click_conversion=0.0128)
    >>> round(v["cost_per_inquiry"], 2), v["unconverted"], round(v["unconverted_cost"], 2)
    (23.44, 70, 1640.62)
    """
    _need(cs_daily, ("date", "agent", "inquiries", "inquiry_buyers"), "cs_daily")
    rows = _window(cs_daily, start, end)
    sources = []
    if cpc is None or click_conversion is None:
        if ppc_keywords is None:
            raise ValueError(T("error.inquiry_inputs", **platform_words(platform)))
        _need(ppc_keywords, ("date", "clicks", "cost", "orders"), "ppc_keywords")
        ads = _window(ppc_keywords, start, end)
        sources.append("ppc_keywords")
    cpc_value = float(cpc) if cpc is not None else _cpc(ads)
    conv_value = float(click_conversion) if click_conversion is not None else _click_conversion(ads)
    if cpc is not None or click_conversion is not None:
        sources.append("parameters")
    inquiries, buyers = int(rows["inquiries"].sum()), int(rows["inquiry_buyers"].sum())
    inquiry_conv = ratio(buyers, inquiries)
    each = cost_per_inquiry(cpc_value, conv_value, inquiry_conv)
    out = pd.Series({
        "cpc": cpc_value, "click_conversion": conv_value, "cost_per_order": ratio(cpc_value, conv_value),
        "inquiry_conversion": inquiry_conv, "cost_per_inquiry": each, "inquiries": inquiries,
        "inquiry_buyers": buyers, "unconverted": inquiries - buyers, "unconverted_cost": (inquiries - buyers) * each,
        "source": " and ".join(sources),
    }, dtype=object)
    first, last = _period(rows, start, end)
    out.attrs.update({"start": first, "end": last})
    return out


def add_inquiry_cost(summary: pd.DataFrame, cost: float) -> pd.DataFrame:
    """Return the summary with each agent's unconverted inquiries and what they cost.

    Parameters
    ----------
    summary : DataFrame
        :func:`summarize_agents` (or :func:`scorecard`) output.
    cost : float
        The value of one inquiry, yuan (``summarize_inquiry_value(...)["cost_per_inquiry"]``).

    Returns
    -------
    DataFrame
        ``summary`` with ``unconverted`` (询单人数 - 询单→最终付款人数),
        ``cost_per_inquiry`` and ``unconverted_cost``.

    Examples
    --------
    >>> s = pd.DataFrame({"agent": ["小美"], "inquiries": [100], "inquiry_buyers": [55]})
    >>> add_inquiry_cost(s, 20.0)[["unconverted", "unconverted_cost"]]
       unconverted  unconverted_cost
    0           45             900.0
    """
    unconverted = summary["inquiries"] - summary["inquiry_buyers"]
    return summary.assign(unconverted=unconverted, cost_per_inquiry=float(cost),
                          unconverted_cost=unconverted.astype(float) * float(cost))


def _shift_name(shift: str) -> str:
    """Return a shift's name in the package's language (a shift of your own keeps its code)."""
    return vocab.value_label("shift", shift, default=shift)


def _hhmm(hours: float) -> str:
    h = int(round(hours * 60)) // 60
    return f"{h:02d}:{int(round(hours * 60)) % 60:02d}"


def check_roster(
    cs_roster: pd.DataFrame,
    *,
    start=None,
    end=None,
    open_from: str = "09:00",
    open_until: str = "23:30",
    shifts: Mapping[str, tuple[str, str]] | None = None,
    min_rest_h: float = 12.0,
    min_days_off: int = 1,
    max_hours_gap: float = 0.10,
    big_days: Iterable | None = None,
    rules: Iterable[str] | None = None,
) -> pd.DataFrame:
    """List the breaks of the roster rules of an operations manual, with agent and date.

    Rules (:data:`ROSTER_RULES`; every number is a parameter):

    ``coverage``
        Every day, someone is on shift for every minute from ``open_from`` to
        ``open_until`` (09:00-23:30). A day of the period without any roster row is
        uncovered too.
    ``night_then_day``
        After a shift, at least ``min_rest_h`` hours pass before the next one starts.
        With the default shifts and 12 h this is "no day (or half) shift the morning
        after a night shift": night until 23:30, day from 09:00 leaves 9.5 h.
    ``no_day_off``
        In every Monday-Sunday week an agent is on the roster all seven days of, at
        least ``min_days_off`` days are ``off``. A week is judged in the period that
        holds its Monday, on the roster of the whole week, and reported on its Monday.
    ``hours``
        Each calendar month (the part of it in the period and in the data), every
        agent on the roster every day of it works within ``max_hours_gap`` (10%) of
        the team's mean hours. Hours are the shift's span (day 8.5 h, half 5.5 h,
        night 6.5 h). Reported on the first day counted.
    ``big_day``
        On a big day (大促: by default the peak day of each sale of
        :data:`shopanalysis.promo.PROMO_CALENDAR`, 双11, 双12 and 618), every agent on
        the roster that day works a shift: inquiries come at several times an
        ordinary day's rate, and a buyer who waits leaves.

    Parameters
    ----------
    cs_roster : DataFrame
        The ``cs_roster`` table: ``date``, ``agent``, ``shift`` (a name of ``shifts``
        or ``off``).
    start, end : date-like, optional
        The period; default the whole roster. The day before ``start`` and the rest of
        a week are read from the roster when it has them.
    open_from, open_until : str, default '09:00' and '23:30'
        Service hours.
    shifts : mapping, optional
        Shift name -> (from, until), default :data:`SHIFTS` (day 09:00-17:30, half
        10:00-15:30, night 17:00-23:30). An until at or before from runs past midnight.
    min_rest_h : float, default 12
        Least rest between two shifts, hours.
    min_days_off : int, default 1
        Least days off in a full week.
    max_hours_gap : float, default 0.10
        Largest gap of an agent's monthly hours from the team's mean, a fraction.
    big_days : iterable of date-like, optional
        The days everyone works; default the sales' peak days in the period. Give your
        own (a shop anniversary, a 聚划算 day), or ``[]`` for none.
    rules : iterable of str, optional
        Which rules to check; default all.

    Returns
    -------
    DataFrame
        One row per violation, by date: ``rule``, ``agent`` (None for ``coverage``),
        ``date`` and ``detail`` (what is wrong, in words, in the package's language).
        Empty when the roster keeps every rule. ``attrs`` holds ``rules``, ``start`` and
        ``end``.

    Examples
    --------
    阿杰 works the night of 06-17 and the day shift of 06-18; nobody works the night of 06-18:

    >>> roster = pd.DataFrame({"date": pd.to_datetime(["2026-06-17"] * 2 + ["2026-06-18"] * 2),
    ...                        "agent": ["阿杰", "小美"] * 2, "shift": ["night", "day", "day", "half"]})
    >>> check_roster(roster, rules=["coverage", "night_then_day"])[["rule", "agent", "date"]]
                 rule agent       date
    0        coverage  None 2026-06-18
    1  night_then_day    阿杰 2026-06-18
    """
    _need(cs_roster, ("date", "agent", "shift"), "cs_roster")
    rules = list(ROSTER_RULES if rules is None else rules)
    unknown = sorted(set(rules) - set(ROSTER_RULES))
    if unknown:
        raise ValueError(T("error.rules", unknown=unknown, known=list(ROSTER_RULES)))
    spans = _shift_spans(shifts)
    roster = cs_roster.assign(agent=cs_roster["agent"].astype("str"), shift=cs_roster["shift"].astype("str"))
    roster = roster.assign(hours=_shift_hours(roster, spans))
    columns = ["rule", "agent", "date", "detail"]
    if roster.empty:
        return pd.DataFrame(columns=columns)
    first = _as_day(start) if start is not None else roster["date"].min()
    last = _as_day(end) if end is not None else roster["date"].max()
    in_period = roster.loc[roster["date"].between(first, last)]
    out = []

    if "coverage" in rules:
        lo, hi = _clock(open_from), _clock(open_until)
        worked = in_period.loc[in_period["shift"] != "off"]
        by_day = {d: g for d, g in worked.groupby("date")}
        days = pd.date_range(max(first, roster["date"].min()), min(last, roster["date"].max()), freq="D")
        for day in days:
            g = by_day.get(day)
            intervals = sorted(spans[s] for s in g["shift"]) if g is not None else []
            gaps, reach = [], lo
            for a, b in intervals:
                if a > reach and reach < hi:
                    gaps.append((reach, min(a, hi)))
                reach = max(reach, b)
            if reach < hi:
                gaps.append((reach, hi))
            if gaps:
                text = [f"{_hhmm(a)}-{_hhmm(b)}" for a, b in gaps]
                out.append(("coverage", None, day, T("roster.gaps", gaps=text) if g is not None
                            else T("roster.empty_day")))

    if "night_then_day" in rules:
        on = roster.loc[roster["shift"] != "off", ["date", "agent", "shift"]]
        prev = on.assign(date=on["date"] + pd.Timedelta(days=1))
        pairs = on.merge(prev, on=["date", "agent"], suffixes=("", "_before"))
        pairs = pairs.loc[pairs["date"].between(first, last)]
        for r in pairs.itertuples(index=False):
            rest = spans[r.shift][0] + 24 - spans[r.shift_before][1]
            if rest < min_rest_h:
                before = r.date - pd.Timedelta(days=1)
                out.append(("night_then_day", r.agent, r.date,
                            T("roster.rest", before=before, prev_shift=_shift_name(r.shift_before),
                              until=_hhmm(spans[r.shift_before][1] % 24), shift=_shift_name(r.shift),
                              start=_hhmm(spans[r.shift][0]), rest=rest, min_rest=min_rest_h)))

    if "no_day_off" in rules:
        week = roster["date"] - pd.to_timedelta(roster["date"].dt.day_of_week, unit="D")
        g = roster.assign(week=week).groupby(["week", "agent"]).agg(
            n=("date", "nunique"), off=("shift", lambda s: int((s == "off").sum())))
        for (monday, agent), row in g.iterrows():
            if first <= monday <= last and row["n"] == 7 and row["off"] < min_days_off:
                sunday = monday + pd.Timedelta(days=6)
                out.append(("no_day_off", agent, monday,
                            T("roster.week", worked=7 - row["off"], monday=monday, sunday=sunday, off=row["off"],
                              min_off=min_days_off)))

    if "hours" in rules:
        month = in_period["date"].dt.to_period("M")
        for _, rows in in_period.groupby(month):
            n_days = rows["date"].nunique()
            per_agent = rows.groupby("agent").agg(days=("date", "nunique"), hours=("hours", "sum"))
            full = per_agent.loc[per_agent["days"] == n_days, "hours"]
            if len(full) < 2:
                continue
            mean = float(full.mean())
            gap = full / mean - 1
            day0 = rows["date"].min()
            for agent, value in gap.items():
                if abs(value) > max_hours_gap + 1e-12:
                    out.append(("hours", agent, day0,
                                T("roster.hours_above" if value > 0 else "roster.hours_below", hours=full[agent],
                                  month=day0, days=n_days, gap=abs(value), mean=mean, max_gap=max_hours_gap)))

    if "big_day" in rules:
        for day, name in _big_days(first, last, big_days).items():
            off = in_period.loc[(in_period["date"] == day) & (in_period["shift"] == "off"), "agent"]
            for agent in sorted(off):
                detail = (T("roster.big_promo", promo=vocab.value_label("promo", name, default=name), day=day)
                          if name else T("roster.big_day", day=day))
                out.append(("big_day", agent, day, detail))

    order = {r: i for i, r in enumerate(ROSTER_RULES)}
    out.sort(key=lambda x: (x[2], order[x[0]], x[1] or ""))
    frame = pd.DataFrame({
        "rule": pd.Series([x[0] for x in out], dtype="str"),
        "agent": pd.Series([x[1] for x in out], dtype=object),
        "date": pd.to_datetime(pd.Series([x[2] for x in out], dtype=object)).astype("datetime64[ns]"),
        "detail": pd.Series([x[3] for x in out], dtype="str"),
    })
    frame.attrs.update({"rules": rules, "start": f"{first:%Y-%m-%d}", "end": f"{last:%Y-%m-%d}"})
    return frame


def _big_days(first: pd.Timestamp, last: pd.Timestamp, given) -> dict[pd.Timestamp, str]:
    """Return the big days between ``first`` and ``last``: date -> the sale's name ("" for a given day)."""
    if given is not None:
        days = sorted({_as_day(d) for d in given})
        return {d: "" for d in days if first <= d <= last}
    sales = [p for p in PROMO_CALENDAR if p.kind == "sale"]
    peaks = promo_days(first, last, calendar=sales)
    peaks = peaks.loc[peaks["offset"] == 0]
    return dict(zip(peaks["date"], peaks["promo"]))


def suggest_training(
    summary: pd.DataFrame,
    team: pd.Series | None = None,
    *,
    metrics: Iterable[str] = _TRAINING_METRICS,
    tolerance: float = 0.05,
    n: int = 2,
    min_bad_reviews: int = 3,
    actions: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Suggest training for each agent from their weakest metrics against the team.

    A metric is weak when the agent is more than ``tolerance`` worse than the team:
    ``gap`` = (team - value) / team for metrics where higher is better, (value - team)
    / team for response times. Each agent gets their ``n`` largest gaps, each mapped to
    what to train (the catalog's suggestion for the metric, in the package's language:
    slow first response -> 快捷短语 and more people at the peak; low conversion ->
    product knowledge and closing; ...), or to your own text in ``actions``.

    Parameters
    ----------
    summary : DataFrame
        :func:`summarize_agents` or :func:`scorecard` output.
    team : Series, optional
        :func:`summarize_team` output (with ``target_completion`` when you want it
        compared: the team's is taken as 1, the target). Default: the agents' median.
    metrics : iterable of str
        Metrics to look at (those the summary lacks are skipped).
    tolerance : float, default 0.05
        How much worse than the team (a fraction of the team's value) is weak.
    n : int, default 2
        At most this many suggestions per agent.
    min_bad_reviews : int, default 3
        中差评处理率 is judged only for agents with at least this many bad reviews in
        the period (one unresolved review out of one is no pattern).
    actions : mapping, optional
        Metric -> suggestion, overriding the built-in ones (used as given).

    Returns
    -------
    DataFrame
        ``agent``, ``metric`` (its code; tables show its name), ``agent_value``,
        ``team_value``, ``gap`` and ``suggestion``, agents in the summary's order,
        largest gap first.
        ``attrs["no_need"]`` lists the agents with no weak metric.

    Examples
    --------
    >>> s = pd.DataFrame({"agent": ["小美", "小雨"], "inquiry_conversion": [0.54, 0.45],
    ...                   "first_response_s": [9.0, 31.0]})
    >>> team = pd.Series({"inquiry_conversion": 0.45, "first_response_s": 15.0})
    >>> t = suggest_training(s, team)
    >>> t[["agent", "metric", "gap"]].round(2), t.attrs["no_need"]
    (  agent            metric   gap
    0    小雨  first_response_s  1.07, ['小美'])
    """
    own = dict(actions or {})
    metrics = [m for m in metrics if m in summary.columns]
    rows, no_need = [], []
    for _, agent_row in summary.iterrows():
        found = []
        for m in metrics:
            value = float(agent_row[m])
            if m == "bad_review_resolution" and agent_row.get("bad_reviews", min_bad_reviews) < min_bad_reviews:
                continue
            if team is not None and m in team.index:
                ref = float(team[m])
            elif m == "target_completion":
                ref = 1.0
            else:
                ref = float(summary[m].astype(float).median())
            if not (np.isfinite(value) and np.isfinite(ref)) or ref == 0:
                continue
            gap = (ref - value) / ref if _direction(m) else (value - ref) / ref
            if gap > tolerance:
                found.append((gap, m, value, ref))
        found.sort(key=lambda x: -x[0])
        if not found:
            no_need.append(str(agent_row["agent"]))
        for gap, m, value, ref in found[:n]:
            rows.append({"agent": str(agent_row["agent"]), "metric": m, "agent_value": value, "team_value": ref,
                         "gap": gap, "suggestion": own[m] if m in own else _training(m)})
    out = pd.DataFrame(rows, columns=["agent", "metric", "agent_value", "team_value", "gap", "suggestion"])
    out = out.astype({"agent": "str", "metric": "str", "suggestion": "str", "agent_value": float,
                      "team_value": float, "gap": float})
    out.attrs["no_need"] = no_need
    return out


def _training(metric: str) -> str:
    """Return what to train for a weak ``metric``, in the package's language ("" when there is no suggestion)."""
    key = f"training.{metric}"
    return T(key) if key in T else ""


def format_metric(metric: str, value: float) -> str:
    """Format a value of one of this module's metrics for a table or a sentence.

    Rates as percentages, seconds with one decimal, yuan the report's way, the ratio to
    the shop's 客单价 with two decimals, counts as counts.

    Examples
    --------
    >>> format_metric("inquiry_conversion", 0.4359), format_metric("first_response_s", 17.49)
    ('43.6%', '17.5 秒')
    >>> format_metric("assisted_order_value", 313.5), format_metric("order_value_vs_shop", 1.0795)
    ('¥314', '1.08')
    >>> from shopanalysis import language
    >>> with language("en"):
    ...     format_metric("first_response_s", 17.49), format_metric("sales_amount", 16800)
    ('17.5 s', '¥16.8K')
    """
    if value is None or not np.isfinite(value):
        return _NO_VALUE
    if metric in ("first_response_s", "avg_response_s", "worst_first_response_s"):
        return T("seconds", s=value)
    if metric in ("assisted_order_value", "sales_per_day", "sales_amount", "shop_order_value", "target_amount",
                  "unconverted_cost", "cost_per_inquiry", "pay", "base_pay", "bonus", "commission"):
        return format_yuan(value)
    if metric == "order_value_vs_shop":
        return T("times_shop", r=value)
    if metric in ("inquiry_conversion", "after_sales_rate", "bad_review_resolution", "target_completion", "cs_share"):
        return format_pct(value)
    return format_number(value)


def _metric_name(metric: str) -> str:
    """Return a metric's name for a sentence, in the package's language."""
    return vocab.value_label("metric", metric, default=metric)


def describe_agents(
    team: pd.Series,
    ranked: pd.DataFrame | None = None,
    *,
    scores: pd.DataFrame | None = None,
    pay: pd.DataFrame | None = None,
    inquiry_value: pd.Series | None = None,
    violations: pd.DataFrame | None = None,
    training: pd.DataFrame | None = None,
    platform: str | None = None,
) -> list[str]:
    """Write the customer-service review's takeaways in a few short sentences, from the tables.

    Parameters
    ----------
    team : Series
        :func:`summarize_team` output.
    ranked : DataFrame, optional
        :func:`compare_agents` output (by 询单转化率).
    scores : DataFrame, optional
        :func:`scorecard` output.
    pay : DataFrame, optional
        :func:`agent_pay` output.
    inquiry_value : Series, optional
        :func:`summarize_inquiry_value` output.
    violations : DataFrame, optional
        :func:`check_roster` output.
    training : DataFrame, optional
        :func:`suggest_training` output.
    platform : str, optional
        The shop's platform code (``shop.platform``): the inquiry's value is priced in
        its search ads (京东快车 on JD; Tmall's 直通车 when not known).

    Returns
    -------
    list of str
        One sentence per finding, in the package's language.

    Examples
    --------
    >>> team = pd.Series({"agents": 2, "inquiries": 200, "inquiry_buyers": 90, "inquiry_conversion": 0.45})
    >>> describe_agents(team)
    ['2 位客服共有 200 人询单，其中 90 人付款，询单转化率 45.0%（按人计）。']
    >>> from shopanalysis import language
    >>> with language("en"):
    ...     describe_agents(team)
    ['Team of 2: 200 inquiring buyers, 90 of them paid: inquiry conversion 45.0% (person-based).']
    """
    target = team.attrs.get("response_target_s", RESPONSE_TARGET_S)
    counts = dict(agents=int(team["agents"]), inquiries=team["inquiries"], buyers=team["inquiry_buyers"],
                  conv=team["inquiry_conversion"])
    if "first_response_s" in team.index:
        out = [T("team.inquiries_response", **counts, first=float(team["first_response_s"]), target=target)]
    else:
        out = [T("team.inquiries", **counts)]
    if "sales_amount" in team.index:
        if "cs_share" in team.index:
            out.append(T("team.sales_shop", sales=team["sales_amount"], share=team["cs_share"],
                         aov=team["assisted_order_value"], shop_aov=team["shop_order_value"]))
        else:
            out.append(T("team.sales", sales=team["sales_amount"]))
    if ranked is not None and len(ranked) >= 2 and "inquiry_conversion" in ranked.columns:
        conv = ranked.dropna(subset=["inquiry_conversion"]).sort_values("inquiry_conversion", ascending=False)
        best, worst = conv.iloc[0], conv.iloc[-1]
        out.append(T("conversion.spread", best=best["agent"], best_conv=best["inquiry_conversion"],
                     worst=worst["agent"], worst_conv=worst["inquiry_conversion"],
                     team_conv=team["inquiry_conversion"],
                     points=(best["inquiry_conversion"] - worst["inquiry_conversion"]) * 100))
    if ranked is not None and "first_response_s" in ranked.columns:
        slow = ranked.loc[ranked["first_response_s"] > target].sort_values("first_response_s", ascending=False)
        if len(slow):
            names = [T("slow.agent_days", agent=r.agent, seconds=r.first_response_s, days=int(r.breach_days))
                     if "breach_days" in ranked.columns else T("slow.agent", agent=r.agent, seconds=r.first_response_s)
                     for r in slow.itertuples()]
            out.append(T("slow.list", target=target, names=names))
        else:
            out.append(T("slow.none", target=target))
    if scores is not None and len(scores):
        top, bottom = scores.iloc[0], scores.iloc[-1]
        places = dict(top=top["agent"], top_total=top["total"], top_grade=top["grade"])
        if len(scores) == 1:
            out.append(T("score.one", **places))
        else:
            places.update(bottom=bottom["agent"], bottom_total=bottom["total"], bottom_grade=bottom["grade"])
            if "target_completion" in scores.columns and scores["target_completion"].notna().any():
                out.append(T("score.many_targets", **places, met=int((scores["target_completion"] >= 1).sum()),
                             n=len(scores)))
            else:
                out.append(T("score.many", **places))
    if pay is not None and len(pay) and pay["pay"].notna().any():
        top = pay.loc[pay["pay"].idxmax()]
        out.append(T("pay", total=pay["pay"].sum(), bonus=pay["bonus"].sum(), agent=top["agent"], level=top["level"],
                     pay=top["pay"]))
    if inquiry_value is not None:
        v = inquiry_value
        out.append(T("inquiry_value", each=v["cost_per_inquiry"], cpc=v["cpc"], click=v["click_conversion"],
                     conv=v["inquiry_conversion"], n=v["unconverted"], cost=v["unconverted_cost"],
                     **platform_words(platform)))
    if "bad_reviews" in team.index and team["bad_reviews"] > 0:
        counts = dict(bad=int(team["bad_reviews"]), done=int(team["bad_reviews_resolved"]),
                      rate=team["bad_review_resolution"])
        low = []
        if ranked is not None and {"bad_reviews", "bad_reviews_resolved"} <= set(ranked.columns):
            low = ranked.loc[ranked["bad_reviews_resolved"] < ranked["bad_reviews"]]
        if len(low):
            who = [T("bad.agent", agent=r.agent, open=int(r.bad_reviews - r.bad_reviews_resolved),
                     bad=int(r.bad_reviews))
                   for r in low.itertuples()]
            out.append(T("bad.open", **counts, who=who))
        else:
            out.append(T("bad.all", **counts))
    if violations is not None:
        if violations.empty:
            out.append(T("roster.ok"))
        else:
            out.append(T("roster.violations", n=len(violations), items=_violation_items(violations)))
    if training is not None and len(training):
        per = training.groupby("agent", sort=False)["metric"].agg(list)
        out.append(T("training.list", items=[T("training.item", agent=a, metrics=[_metric_name(m) for m in ms])
                                             for a, ms in per.items()]))
    return out


def _violation_items(violations: pd.DataFrame) -> list[str]:
    """Name each roster violation: its rule, date and agent, in the package's language."""
    return [T("roster.item_agent", rule=vocab.value_label("rule", r.rule, default=r.rule), date=r.date, agent=r.agent)
            if isinstance(r.agent, str) else
            T("roster.item", rule=vocab.value_label("rule", r.rule, default=r.rule), date=r.date)
            for r in violations.itertuples()]


def describe_actions(
    training: pd.DataFrame | None = None,
    *,
    ranked: pd.DataFrame | None = None,
    violations: pd.DataFrame | None = None,
    max_roster_items: int = 5,
) -> list[str]:
    """Write what to do after the review, one line each: coach, follow up bad reviews, fix the roster.

    Parameters
    ----------
    training : DataFrame, optional
        :func:`suggest_training` output: each agent's largest gap and what to train for it.
    ranked : DataFrame, optional
        :func:`summarize_agents` or :func:`compare_agents` output: agents with
        中差评 not yet resolved are named.
    violations : DataFrame, optional
        :func:`check_roster` output.
    max_roster_items : int, default 5
        Name at most this many roster violations (the rest are counted).

    Returns
    -------
    list of str
        The actions, in the package's language; one line saying there is nothing to do
        when there is nothing.

    Examples
    --------
    >>> t = pd.DataFrame({"agent": ["小雨"], "metric": ["first_response_s"], "agent_value": [31.0],
    ...                   "team_value": [15.0], "gap": [31 / 15 - 1], "suggestion": ["练打字"]})
    >>> describe_actions(t)
    ['小雨：首次响应时间比团队慢 107%，练打字。']
    >>> describe_actions()
    ['本期没有需要马上处理的事。']
    """
    out = []
    if training is not None and len(training):
        for r in training.drop_duplicates("agent").itertuples():
            common = dict(agent=r.agent, suggestion=r.suggestion)
            if r.metric == "target_completion":
                out.append(T("action.target", **common, value=r.agent_value))
            else:
                key = "action.higher" if _HIGHER_IS_BETTER.get(r.metric, True) else "action.lower"
                out.append(T(key, **common, metric=_metric_name(r.metric), gap=r.gap))
    if ranked is not None and {"bad_reviews", "bad_reviews_resolved"} <= set(ranked.columns):
        low = ranked.loc[ranked["bad_reviews_resolved"] < ranked["bad_reviews"]]
        if len(low):
            n = int((low["bad_reviews"] - low["bad_reviews_resolved"]).sum())
            out.append(T("action.bad_reviews", n=n, who=list(low["agent"].astype(str))))
    if violations is not None and len(violations):
        items = _violation_items(violations)
        if len(items) > max_roster_items:
            out.append(T("action.roster_more", items=items[:max_roster_items], n=len(items)))
        else:
            out.append(T("action.roster", items=items))
    return out or [T("action.none")]


def describe_targets(targets: pd.DataFrame | None = None, *, by_hand: Mapping | None = None) -> list[str]:
    """Say how each agent's sales target was set: by hand, or derived by :func:`agent_targets`.

    Parameters
    ----------
    targets : DataFrame, optional
        :func:`agent_targets` output (its ``attrs`` tell the story); None when the data
        has no targets.
    by_hand : mapping, optional
        Agent -> target, when the targets were set by hand (they win).

    Returns
    -------
    list of str
        One to three sentences, in the package's language.
    """
    if by_hand:
        return [T("targets.by_hand", n=len(by_hand))]
    if targets is None:
        return [T("targets.none")]
    t = targets.attrs
    first, last = t["cs_share_from"]
    return [T("targets.shop", target=t["shop_target"]),
            T("targets.share", first=first, last=last, share=t["cs_share"]),
            T("targets.team_hours" if t["split_by"] == "hours" else "targets.team_days", target=t["team_target"])]


def describe_settings(
    *,
    response_target_s: float = RESPONSE_TARGET_S,
    weights: Mapping[str, float] | None = None,
    thresholds: Mapping[str, Iterable[float]] | None = None,
    grades: Mapping[str, float] | None = None,
    sales_targets: Mapping | None = None,
    history_days: int = 90,
    base_pay: Mapping[str, float] | None = None,
    level_coefficients: Mapping[str, float] | None = None,
    grade_coefficients: Mapping[str, float] | None = None,
    cpc: float | None = None,
    click_conversion: float | None = None,
    open_from: str = "09:00",
    open_until: str = "23:30",
    shifts: Mapping[str, tuple[str, str]] | None = None,
    min_rest_h: float = 12.0,
    min_days_off: int = 1,
    max_hours_gap: float = 0.10,
    training_tolerance: float = 0.05,
    platform: str | None = None,
) -> list[str]:
    """Describe the review's settings in words, for the method section: targets, weights, pay, roster rules.

    Takes the keyword arguments of :func:`scorecard`, :func:`agent_pay`,
    :func:`summarize_inquiry_value`, :func:`check_roster` and :func:`suggest_training`
    (each default the same), and says what they are in plain words: "首次响应目标 20 秒",
    never a parameter's name. ``platform`` (``shop.platform``) names the platform's
    keyword report (京东快车 on JD; Tmall's 直通车 when not known).

    Returns
    -------
    list of str
        One sentence per setting, in the package's language.

    Examples
    --------
    >>> describe_settings()[0]
    '首次响应目标 20 秒；当天首响平均超过目标记为超时一天。'
    >>> describe_settings(weights={"inquiry_conversion": 3, "response_time": 1})[1]
    '绩效权重：询单转化率 75%和首次响应时间 25%（行业常见做法，不是平台标准）。'
    """
    weights = _scoring.check_weights(DEFAULT_WEIGHTS if weights is None else weights, SCORE_COMPONENTS)
    weights = {k: w for k, w in weights.items() if w > 0}
    limits = _thresholds(thresholds, response_target_s)
    total = sum(weights.values())
    out = [T("settings.response", target=response_target_s),
           T("settings.weights", items=[T("settings.weight", component=_component_name(k), weight=w / total)
                                        for k, w in weights.items()])]
    for name in weights:
        zero, full = limits[name]
        kind = {"order_value": "ratio", "response_time": "s", "avg_response_time": "s"}.get(name, "pct")
        out.append(T(f"settings.threshold_{kind}", component=_component_name(name), zero=zero, full=full))
    ladder = _scoring.check_grades(dict(DEFAULT_GRADES if grades is None else grades))
    steps = [T("settings.grade_last", grade=g, high=ladder[i - 1][1]) if i and i == len(ladder) - 1 and low <= 0
             else T("settings.grade", grade=g, low=low) for i, (g, low) in enumerate(ladder)]
    out.append(T("settings.grades", items=steps))
    out.append(T("settings.targets_by_hand", n=len(sales_targets)) if sales_targets else
               T("settings.targets_derived", days=history_days))
    base = dict(BASE_PAY if base_pay is None else base_pay)
    coef = dict(LEVEL_COEFFICIENTS if level_coefficients is None else level_coefficients)
    out.append(T("settings.pay", base=[T("settings.level_pay", level=k, pay=v) for k, v in base.items()],
                 coefficients=[T("settings.coefficient", name=k, value=v) for k, v in coef.items()]))
    if grade_coefficients:
        out.append(T("settings.pay_grades", coefficients=[T("settings.coefficient", name=k, value=v)
                                                          for k, v in grade_coefficients.items()]))
    words = platform_words(platform)
    if cpc and click_conversion:
        out.append(T("settings.inquiry_given", cpc=cpc, click=click_conversion))
    elif cpc:
        out.append(T("settings.inquiry_cpc", cpc=cpc, **words))
    elif click_conversion:
        out.append(T("settings.inquiry_click", click=click_conversion, **words))
    else:
        out.append(T("settings.inquiry_report", **words))
    out.append(T("settings.shifts", items=[T("settings.shift", shift=_shift_name(k), start=a, end=b)
                                           for k, (a, b) in dict(SHIFTS if shifts is None else shifts).items()]))
    out.append(T("settings.roster", open_from=open_from, open_until=open_until, rest=min_rest_h, days_off=min_days_off,
                 gap=max_hours_gap))
    out.append(T("settings.training", tolerance=training_tolerance))
    return out


def _component_name(component: str) -> str:
    """Return a scorecard component's name for a sentence: the name of the metric it scores."""
    return _metric_name(SCORE_COMPONENTS[component][0])


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


# --- after-sales over a period (the monthly review) --------------------------------------

_CASE_KINDS = ("仅退款", "退货退款", "换货", "投诉")  # data: the kinds 退款/售后管理 prints, in report order
_TOTAL = "total"  # data: the kind the total row is summed under


def summarize_after_sales_period(
    after_sales: pd.DataFrame,
    start,
    end,
    *,
    orders_amount: float | None = None,
) -> pd.DataFrame:
    """Summarize the after-sales cases (售后) opened in a period, by kind, with a total row.

    A case counts in the period it was opened (申请时间). Its outcome is the export's:
    a case is resolved when it has a 完结时间 (``resolved``) or a ``status`` of
    ``resolved`` (as :func:`flag_after_sales_due` reads them), still open otherwise,
    and resolved late when its 完结时间 is after its 超时时间 (``deadline``): the shop
    missed the deadline and the platform decided, usually for the buyer.

    Parameters
    ----------
    after_sales : DataFrame
        The ``after_sales`` table (``case_id``, ``opened``, ``kind``; ``status``,
        ``amount``, ``deadline``, ``resolved`` when present).
    start, end : date-like
        The first and last day of the period (inclusive).
    orders_amount : float, optional
        The period's 支付金额 (``shop_daily.paid_amount`` summed): adds ``amount_rate``,
        each row's amount / it (for the refund kinds, a refund-request rate by the
        day the case was opened). NaN without it.

    Returns
    -------
    DataFrame
        One row per kind (仅退款, 退货退款, 换货, 投诉, always, then any other kind
        the data has) and a last row of kind ``total``: ``kind``, ``cases``, ``amount``
        (yuan; NaN without an ``amount`` column), ``amount_rate``, ``resolved_cases``
        (named so, not ``resolved``, which is the 完结时间 column), ``resolved_late``
        (NaN without ``deadline`` and ``resolved``), ``still_open`` and
        ``median_hours_to_resolve`` (opened to 完结时间, over the cases that have one).

    Examples
    --------
    >>> cases = pd.DataFrame({
    ...     "case_id": ["A1", "A2", "A3"], "kind": ["仅退款", "仅退款", "换货"],
    ...     "opened": pd.to_datetime(["2026-10-01 10:00", "2026-10-02 09:00", "2026-10-03 12:00"]),
    ...     "status": ["resolved", "resolved", "open"], "amount": [59.0, 129.0, 0.0],
    ...     "deadline": pd.to_datetime(["2026-10-03 10:00", "2026-10-04 09:00", "2026-10-05 12:00"]),
    ...     "resolved": pd.to_datetime(["2026-10-02 10:00", "2026-10-04 21:00", None])})
    >>> period = summarize_after_sales_period(cases, "2026-10-01", "2026-10-31", orders_amount=10000.0)
    >>> period["kind"].tolist()
    ['仅退款', '退货退款', '换货', '投诉', 'total']
    >>> period.set_index("kind").loc[["仅退款", "total"], ["cases", "amount", "resolved_late", "still_open"]]
           cases  amount  resolved_late  still_open
    kind
    仅退款        2   188.0            1.0           0
    total      3   188.0            1.0           1
    >>> print(period["amount_rate"].iloc[-1], period["median_hours_to_resolve"].iloc[-1])
    0.0188 42.0
    """
    _need(after_sales, ("case_id", "opened", "kind"), "after_sales")
    first, last = _as_day(start), _as_day(end)
    cases = after_sales.loc[(after_sales["opened"] >= first) & (after_sales["opened"] < last + pd.Timedelta(days=1))]
    no_time = pd.Series(pd.NaT, index=cases.index, dtype="datetime64[ns]")
    resolved_at = cases["resolved"] if "resolved" in cases.columns else no_time
    status = cases["status"] if "status" in cases.columns else pd.Series("", index=cases.index, dtype="str")
    closed = resolved_at.notna() | (status == "resolved")
    late = ((resolved_at > cases["deadline"]) if {"deadline", "resolved"} <= set(cases.columns)
            else pd.Series(np.nan, index=cases.index))
    hours = (resolved_at - cases["opened"]).dt.total_seconds() / 3600
    amount = cases["amount"] if "amount" in cases.columns else pd.Series(np.nan, index=cases.index)
    kinds = list(_CASE_KINDS) + sorted(set(cases["kind"].dropna().astype("str")) - set(_CASE_KINDS))

    def one(mask: pd.Series, kind: str) -> dict:
        return {
            "kind": kind,
            "cases": int(mask.sum()),
            "amount": float(amount[mask].sum()) if "amount" in cases.columns else np.nan,
            "resolved_cases": int((closed & mask).sum()),
            "resolved_late": float(late[mask].sum()) if "deadline" in cases.columns and "resolved" in cases.columns
            else np.nan,
            "still_open": int((~closed & mask).sum()),
            "median_hours_to_resolve": float(hours[mask].median()) if hours[mask].notna().any() else np.nan,
        }

    rows = [one(cases["kind"] == kind, kind) for kind in kinds]
    rows.append(one(pd.Series(True, index=cases.index), _TOTAL))
    out = pd.DataFrame(rows)
    out.insert(3, "amount_rate", out["amount"] / orders_amount if orders_amount else np.nan)
    out = out.astype({"kind": "str", "amount_rate": "float64", "resolved_late": "float64"})
    out.attrs.update({"start": f"{first:%Y-%m-%d}", "end": f"{last:%Y-%m-%d}"})
    return out


__all__.append("summarize_after_sales_period")
