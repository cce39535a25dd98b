"""Shared metric formulas, each defined once with its 生意参谋 name.

Every rate here is a *ratio of sums*: over several rows (days, products,
keywords) it is ``sum(numerator) / sum(denominator)``, never the mean of the
rows' rates. (The one platform exception, 跳失率, is in
:func:`bounce_rate_platform_mean`.) A denominator of zero gives ``NaN``:
"no visitors, no conversion rate", not zero.

The same definitions drive three shapes of use:

- a number for a frame: ``conversion_rate(day_rows)`` -> float;
- a column per row: ``add_metrics(df, ["conversion_rate", "avg_order_value"])``;
- a table per group: ``summarize(df, by="source")``.

Examples
--------
>>> import pandas as pd
>>> days = pd.DataFrame({"visitors": [1000, 3000], "paying_buyers": [30, 30],
...                      "paid_amount": [6000.0, 4500.0]})
>>> round(conversion_rate(days), 4)          # 60 / 4000, not mean(3%, 1%) = 2%
0.015
>>> avg_order_value(days)                    # 10500 / 60
175.0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np
import pandas as pd

from .text.metrics import T

__all__ = [
    "Metric",
    "METRICS",
    "ratio",
    "conversion_rate",
    "avg_order_value",
    "sales_per_visitor",
    "ctr",
    "cpc",
    "roi",
    "click_conversion",
    "inquiry_conversion",
    "add_to_cart_rate",
    "product_margins",
    "refund_rate",
    "bounce_rate_platform_mean",
    "add_metrics",
    "summarize",
    "sales_identity",
    "split_sales_change",
]


@dataclass(frozen=True)
class Metric:
    """A rate defined as ``sum(numerator) / sum(denominator)``."""

    name: str
    platform_name: str  # the name the platform shows (生意参谋 / 直通车 / 赤兔)
    numerator: str
    denominator: str
    formula: str
    kind: str = "rate"  # "rate" (shown as %) or "money" (yuan per unit) or "ratio"


#: Every ratio-of-sums metric, by name. The glossary, the vocabulary and ``add_metrics`` read this.
#: The names and formulas are the platforms' own words: data, which the vocabulary labels from.
METRICS: dict[str, Metric] = {  # data
    m.name: m
    for m in [
        Metric("conversion_rate", "支付转化率", "paying_buyers", "visitors", "支付买家数 / 访客数"),
        Metric("avg_order_value", "客单价", "paid_amount", "paying_buyers", "支付金额 / 支付买家数", "money"),
        Metric("sales_per_visitor", "UV价值", "paid_amount", "visitors", "支付金额 / 访客数", "money"),
        Metric("ctr", "点击率", "clicks", "impressions", "点击量 / 展现量"),
        Metric("cpc", "平均点击花费 (PPC)", "cost", "clicks", "花费 / 点击量", "money"),
        Metric("roi", "投入产出比 (ROI)", "gmv", "cost", "总成交金额 / 花费", "ratio"),
        Metric("click_conversion", "点击转化率", "orders", "clicks", "总成交笔数 / 点击量"),
        Metric("inquiry_conversion", "询单转化率", "inquiry_buyers", "inquiries", "询单→最终付款人数 / 询单人数"),
        Metric("add_to_cart_rate", "加购率", "add_to_cart", "visitors", "加购人数 / 访客数"),
        Metric("refund_rate", "退款率", "refund_amount", "paid_amount", "成功退款金额 / 支付金额"),
    ]
}


def ratio(numerator, denominator):
    """Divide, giving NaN where the denominator is zero (scalars or aligned Series).

    Examples
    --------
    >>> ratio(3, 4)
    0.75
    >>> ratio(1, 0)
    nan
    """
    num = np.asarray(numerator, dtype="float64")
    den = np.asarray(denominator, dtype="float64")
    with np.errstate(divide="ignore", invalid="ignore"):
        out = np.where(den == 0, np.nan, num / np.where(den == 0, 1.0, den))
    if isinstance(numerator, pd.Series):
        return pd.Series(out, index=numerator.index)
    if isinstance(denominator, pd.Series):
        return pd.Series(out, index=denominator.index)
    return float(out) if out.ndim == 0 else out


def _describe(metric: str) -> dict:
    """Return the words a message names a metric by: its label, its code and its formula, in the current language."""
    from . import vocab

    m = METRICS[metric]
    return {"metric": vocab.label(metric), "name": metric,
            "formula": T("formula", numerator=vocab.label(m.numerator), denominator=vocab.label(m.denominator))}


def _total(data, column: str, metric: str) -> float:
    """Sum one column of a frame/mapping, or say which metric needed it."""
    try:
        values = data[column]
    except KeyError:
        have = list(data.columns) if isinstance(data, pd.DataFrame) else list(data)
        raise KeyError(T("needs_column", column=column, have=have, **_describe(metric))) from None
    return float(np.nansum(np.asarray(values, dtype="float64")))


def _rate(metric: str, data) -> float:
    m = METRICS[metric]
    return ratio(_total(data, m.numerator, metric), _total(data, m.denominator, metric))


def conversion_rate(data) -> float:
    """Compute 支付转化率 (payment conversion rate) = 支付买家数 / 访客数.

    Parameters
    ----------
    data : DataFrame or mapping
        Rows with ``paying_buyers`` and ``visitors`` (a day, a month, a source).

    Returns
    -------
    float
        Paying buyers per visitor as a fraction (0.0235 is 2.35%); NaN with no visitors.

    Notes
    -----
    Over several rows this is the ratio of the sums. 生意参谋 de-duplicates visitors
    within a period, so a month's rate from its export differs slightly from the
    ratio of the daily sums computed here.

    Examples
    --------
    >>> conversion_rate({"paying_buyers": [23], "visitors": [1000]})
    0.023
    """
    return _rate("conversion_rate", data)


def avg_order_value(data) -> float:
    """Compute 客单价 (average order value per buyer) = 支付金额 / 支付买家数.

    Examples
    --------
    >>> avg_order_value({"paid_amount": [4600.0], "paying_buyers": [23]})
    200.0
    """
    return _rate("avg_order_value", data)


def sales_per_visitor(data) -> float:
    """Compute UV价值 (sales per visitor) = 支付金额 / 访客数 = 支付转化率 x 客单价.

    Examples
    --------
    >>> sales_per_visitor({"paid_amount": [4600.0], "visitors": [1000]})
    4.6
    """
    return _rate("sales_per_visitor", data)


def ctr(data) -> float:
    """Compute 点击率 (click-through rate) = 点击量 / 展现量.

    Examples
    --------
    >>> ctr({"clicks": [35], "impressions": [1000]})
    0.035
    """
    return _rate("ctr", data)


def cpc(data) -> float:
    """Compute 平均点击花费 (PPC, cost per click) = 花费 / 点击量, in yuan.

    Examples
    --------
    >>> cpc({"cost": [120.0], "clicks": [100]})
    1.2
    """
    return _rate("cpc", data)


def roi(data) -> float:
    """Compute 投入产出比 (ROI, return on ad spend) = 总成交金额 / 花费.

    直通车 calls GMV per yuan of spend "ROI"; 3.0 means every yuan spent brought back
    three yuan of sales (not profit).

    Examples
    --------
    >>> roi({"gmv": [360.0], "cost": [120.0]})
    3.0
    """
    return _rate("roi", data)


def click_conversion(data) -> float:
    """Compute 点击转化率 (click conversion) = 总成交笔数 / 点击量.

    Examples
    --------
    >>> click_conversion({"orders": [2], "clicks": [100]})
    0.02
    """
    return _rate("click_conversion", data)


def inquiry_conversion(data) -> float:
    """Compute 询单转化率 (inquiry conversion) = 询单→最终付款人数 / 询单人数.

    This is 赤兔's person-based definition: people who asked customer service a
    question and then paid, out of the people who asked. Over several agents or days
    it is the ratio of the sums.

    Examples
    --------
    >>> inquiry_conversion({"inquiry_buyers": [30, 12], "inquiries": [60, 40]})
    0.42
    """
    return _rate("inquiry_conversion", data)


def add_to_cart_rate(data) -> float:
    """Compute 加购率 (add-to-cart rate) = 加购人数 / 访客数.

    Examples
    --------
    >>> add_to_cart_rate({"add_to_cart": [80], "visitors": [1000]})
    0.08
    """
    return _rate("add_to_cart_rate", data)


def product_margins(products: pd.DataFrame) -> pd.Series:
    """Return each product's gross margin (毛利率) = (价格 - 成本) / 价格, by product id.

    Products without a price above 0 or without a cost are left out; a product listed
    twice takes its last row.

    Examples
    --------
    >>> products = pd.DataFrame({"product_id": ["p1", "p2", "p3"], "price": [200.0, 100.0, 0.0],
    ...                          "unit_cost": [80.0, None, 10.0]})
    >>> product_margins(products).to_dict()
    {'p1': 0.6}
    """
    ok = products.dropna(subset=["price", "unit_cost"])
    ok = ok[ok["price"] > 0].drop_duplicates("product_id", keep="last")
    return pd.Series(((ok["price"] - ok["unit_cost"]) / ok["price"]).to_numpy(dtype="float64"),
                     index=ok["product_id"].astype(str).to_numpy(), name="margin")


def refund_rate(data) -> float:
    """Compute 退款率 (refund rate by amount) = 成功退款金额 / 支付金额.

    Examples
    --------
    >>> refund_rate({"refund_amount": [50.0], "paid_amount": [1000.0]})
    0.05
    """
    return _rate("refund_rate", data)


def bounce_rate_platform_mean(bounce_rate: pd.Series) -> float:
    """Average 跳失率 (bounce rate) over days the way 生意参谋 does: the mean of the daily rates.

    This is the one rate the platform averages as a mean of ratios, so to match the
    number an operator sees in 生意参谋 we do the same, and say so where it is shown.

    Examples
    --------
    >>> bounce_rate_platform_mean(pd.Series([0.60, 0.70]))
    0.65
    """
    return float(pd.Series(bounce_rate, dtype="float64").mean())


def add_metrics(df: pd.DataFrame, metrics=None) -> pd.DataFrame:
    """Return ``df`` with one column per metric, computed row by row.

    Parameters
    ----------
    df : DataFrame
    metrics : list of str, optional
        Names from :data:`METRICS`. By default every metric whose inputs ``df`` has.

    Examples
    --------
    >>> add_metrics(pd.DataFrame({"clicks": [5, 0], "impressions": [100, 0]}))
       clicks  impressions   ctr
    0       5          100  0.05
    1       0            0   NaN
    """
    if metrics is None:
        metrics = [n for n, m in METRICS.items() if {m.numerator, m.denominator} <= set(df.columns)]
    unknown = [n for n in metrics if n not in METRICS]
    if unknown:
        raise KeyError(T("unknown", unknown=unknown, known=sorted(METRICS)))
    new = {}
    for name in metrics:
        m = METRICS[name]
        missing = [c for c in (m.numerator, m.denominator) if c not in df.columns]
        if missing:
            raise KeyError(T("needs_columns", missing=missing, have=list(df.columns), **_describe(name)))
        new[name] = ratio(df[m.numerator], df[m.denominator])
    return df.assign(**new)


def summarize(df: pd.DataFrame, by=None, *, metrics=None, sum_columns=None) -> pd.DataFrame:
    """Aggregate counts and amounts by group and recompute rates as ratios of sums.

    Parameters
    ----------
    df : DataFrame
        A canonical table (or any frame with count/amount columns).
    by : str or list of str, optional
        Group columns; ``None`` gives one row for the whole frame.
    metrics : list of str, optional
        Metric names to add (default: every metric whose inputs are summed).
    sum_columns : list of str, optional
        Columns to sum (default: every numeric column that is an input of some metric,
        plus ``cost``, ``gmv``, ``orders`` and the like; never rates or averages).

    Examples
    --------
    >>> days = pd.DataFrame({"source": ["手淘搜索", "手淘搜索", "直通车"],
    ...                      "visitors": [900, 1100, 300], "paying_buyers": [18, 22, 3],
    ...                      "paid_amount": [3600.0, 4400.0, 450.0]})
    >>> summarize(days, "source")[["source", "visitors", "conversion_rate", "avg_order_value"]]
         source  visitors  conversion_rate  avg_order_value
    0     手淘搜索      2000             0.02            200.0
    1       直通车       300             0.01            150.0
    """
    inputs = {c for m in METRICS.values() for c in (m.numerator, m.denominator)}
    extra = {"pageviews", "paid_orders", "returning_visitors", "favorites", "received",
             "sales_amount", "after_sales_cases", "bad_reviews", "bad_reviews_resolved"}
    if sum_columns is None:
        sum_columns = [c for c in df.columns if c in inputs | extra and pd.api.types.is_numeric_dtype(df[c])]
    if by is None:
        out = df[sum_columns].sum().to_frame().T
    else:
        keys = [by] if isinstance(by, str) else list(by)
        out = df.groupby(keys, sort=True, observed=True)[sum_columns].sum().reset_index()
    if metrics is None:
        metrics = [n for n, m in METRICS.items() if {m.numerator, m.denominator} <= set(sum_columns)]
    return add_metrics(out, metrics)


def sales_identity(visitors, conversion, order_value):
    """Compute sales = 访客数 x 支付转化率 x 客单价, the operator's first formula.

    Examples
    --------
    >>> sales_identity(1000, 0.02, 200.0)
    4000.0
    """
    return visitors * conversion * order_value


def _as_totals(period: Mapping | pd.Series | pd.DataFrame) -> tuple[float, float, float]:
    if isinstance(period, pd.DataFrame):
        return (_total(period, "visitors", "conversion_rate"), _total(period, "paying_buyers", "conversion_rate"),
                _total(period, "paid_amount", "avg_order_value"))
    return float(period["visitors"]), float(period["paying_buyers"]), float(period["paid_amount"])


def split_sales_change(before, after) -> pd.DataFrame:
    """Split a change in sales exactly into visitors, conversion and 客单价 (the log split).

    Since sales = visitors x conversion x order value,
    ``ln(S1/S0) = ln(V1/V0) + ln(C1/C0) + ln(A1/A0)``: the three log contributions
    add up to the total exactly. Each is also expressed in yuan by sharing the change
    ``S1 - S0`` in proportion to the log contributions, so the yuan parts add up to
    the change too (and can be drawn as a waterfall).

    Parameters
    ----------
    before, after : mapping, Series or DataFrame
        Each with ``visitors``, ``paying_buyers`` and ``paid_amount`` (a frame is
        summed: a week against a week works the same as a day against a day).

    Returns
    -------
    DataFrame
        Index ``visitors``, ``conversion_rate``, ``avg_order_value``; columns
        ``before``, ``after``, ``log_change``, ``pct_change`` (the factor's own
        change), ``share`` (its part of the total log change) and ``yuan``.
        ``attrs["total"]`` holds ``before``, ``after``, ``change`` and ``log_change``
        of sales. When either period has no sales the split is undefined: every
        part is NaN and ``attrs["total"]["change"]`` is still the plain difference.

    Examples
    --------
    Visitors up 10%, the same 20 buyers (so conversion fell to 1/1.1 of itself) each
    spending 10% more: sales rose 400 yuan, and the split says visitors and 客单价 each
    brought +400 while the conversion drop cost -400.

    >>> s = split_sales_change({"visitors": 1000, "paying_buyers": 20, "paid_amount": 4000.0},
    ...                        {"visitors": 1100, "paying_buyers": 20, "paid_amount": 4400.0})
    >>> s["yuan"].round(2).to_dict()
    {'visitors': 400.0, 'conversion_rate': -400.0, 'avg_order_value': 400.0}
    >>> round(s["yuan"].sum(), 6) == s.attrs["total"]["change"] == 400.0
    True
    """
    v0, b0, s0 = _as_totals(before)
    v1, b1, s1 = _as_totals(after)
    factors_before = {"visitors": v0, "conversion_rate": ratio(b0, v0), "avg_order_value": ratio(s0, b0)}
    factors_after = {"visitors": v1, "conversion_rate": ratio(b1, v1), "avg_order_value": ratio(s1, b1)}
    out = pd.DataFrame({"before": factors_before, "after": factors_after})
    defined = all(np.isfinite(x) and x > 0 for x in (*factors_before.values(), *factors_after.values()))
    if defined:
        out["log_change"] = np.log(out["after"] / out["before"])
        total_log = float(np.log(s1 / s0))
        out["pct_change"] = out["after"] / out["before"] - 1
        out["share"] = out["log_change"] / total_log if total_log != 0 else np.nan
        change = s1 - s0
        out["yuan"] = change * out["share"] if total_log != 0 else 0.0
    else:
        total_log = np.nan
        for col in ("log_change", "pct_change", "share", "yuan"):
            out[col] = np.nan
    out.attrs["total"] = {"before": s0, "after": s1, "change": s1 - s0, "log_change": total_log}
    return out
