"""The monthly review (月度运营复盘): the month against last month, the target and last year, and next month's plan.

A monthly review does three things: it sums the month up against last month (环比),
the target and the same month last year (同比); it finds where the gaps came from;
and it turns them into next month's plan. The "where" sections reuse the domain
modules (:mod:`~shopanalysis.traffic`, :mod:`~shopanalysis.assortment`,
:mod:`~shopanalysis.promo`, :mod:`~shopanalysis.ppc`,
:mod:`~shopanalysis.customer_service`, :mod:`~shopanalysis.designers`,
:mod:`~shopanalysis.customers`); this module holds what only the month needs:

- :func:`compare_months`: the month's sales against last month, last year and the
  target, with the log split of the change;
- :func:`month_table`: the month in three dimensions (运营基础, 盈利, 发展), each metric
  this month, last month, target, last year, change and status;
- :func:`suggest_target`: next month's target from the history and the promo
  calendar, with the range its own backtest supports;
- :func:`gather_actions`: the actions of every module, ranked by money at stake, each
  with its owner role.

A month's visitors are its days' 访客数 added up (生意参谋's monthly figure
de-duplicates and reads lower); every rate is a ratio of the month's sums.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from . import vocab
from ._dates import _as_month, _date_range_text, _need, _title
from ._errors import DataError
from .metrics import product_margins, ratio, split_sales_change
from .text.monthly import T

__all__ = ["month_bounds", "compare_months", "summarize_ads", "late_after_sales", "month_table", "MONTH_METRICS",
           "MonthMetric", "format_month_table", "suggest_target", "describe_target", "gather_actions",
           "describe_month", "method_notes", "FLAT"]

_SALES = ("visitors", "paying_buyers", "paid_amount")

#: A change smaller than this (relative) is called flat in :func:`month_table`.
FLAT: float = 0.02


def month_bounds(month) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Return the first and the last day of a month.

    Examples
    --------
    >>> month_bounds("2026-02")
    (Timestamp('2026-02-01 00:00:00'), Timestamp('2026-02-28 00:00:00'))
    """
    period = _as_month(month)
    return period.start_time.normalize(), period.end_time.normalize()


def _missing_days(df: pd.DataFrame, period: pd.Period) -> list[pd.Timestamp]:
    first, last = month_bounds(period)
    have = set(pd.DatetimeIndex(df["date"].dropna().unique()))
    return [d for d in pd.date_range(first, last) if d not in have]


def _require_month(df: pd.DataFrame, period: pd.Period, table: str) -> None:
    lost = _missing_days(df, period)
    if lost:
        raise DataError(T("month_missing_days", title=_title(table), table=table, month=str(period), n=len(lost),
                          days=[f"{d:%Y-%m-%d}" for d in lost[:5]] + (["…"] if len(lost) > 5 else []),
                          covers=_date_range_text(df, table)))


def _totals(shop_daily: pd.DataFrame, period: pd.Period, columns) -> pd.Series:
    first, last = month_bounds(period)
    return shop_daily.loc[shop_daily["date"].between(first, last), list(columns)].sum().astype("float64")


def compare_months(shop_daily: pd.DataFrame, month, *, targets: pd.DataFrame | None = None) -> pd.DataFrame:
    """Compare a month's 支付金额 with last month (环比), the same month last year (同比) and its target.

    支付转化率 = 支付买家数 / 访客数 and 客单价 = 支付金额 / 支付买家数, each a ratio of
    the month's sums. The change on last month splits exactly into visitors, conversion
    and 客单价 (:func:`shopanalysis.metrics.split_sales_change`): the three ``yuan_*``
    parts add up to ``sales_change``. 环比 = 支付金额 / 上月支付金额 - 1; 同比 = 支付金额 /
    去年同月支付金额 - 1; 目标完成率 = 支付金额 / 销售目标.

    Parameters
    ----------
    shop_daily : DataFrame
        The ``shop_daily`` table; it must have every day of the month.
    month : str or Period
        ``"2026-10"``.
    targets : DataFrame, optional
        The ``targets`` table: adds ``target_amount`` and ``target_completion``.

    Returns
    -------
    DataFrame
        One row shaped like :func:`shopanalysis.sales.compare_day`'s (so
        :func:`shopanalysis.present.day_kpis` shows it): ``month``, ``start``, ``end``,
        ``baseline`` (``"last_month"``), ``label`` (上月), ``visitors``,
        ``paying_buyers``, ``paid_amount``, ``refund_amount`` (when the table has it),
        each also ``*_before`` (last month) and ``*_last_year``,
        ``conversion_rate(_before)``, ``avg_order_value(_before)``, ``sales_change``,
        ``sales_change_pct`` (环比), ``yoy`` (同比), ``yuan_visitors``,
        ``yuan_conversion``, ``yuan_avg_order_value``, ``target_amount``,
        ``target_completion`` and ``note`` (why last month or last year is missing). A
        month not complete in the data gives NaN for it.

    Raises
    ------
    DataError
        When a day of the month has no row in ``shop_daily``.

    Examples
    --------
    >>> days = pd.DataFrame({"date": pd.date_range("2026-09-01", "2026-10-31"), "visitors": 100,
    ...                      "paying_buyers": 2, "paid_amount": 200.0})
    >>> c = compare_months(days, "2026-10").iloc[0]
    >>> float(c["paid_amount"]), float(c["paid_amount_before"]), round(float(c["sales_change_pct"]), 4)
    (6200.0, 6000.0, 0.0333)
    >>> bool(np.isnan(c["yoy"])), c["note"]
    (True, '数据里没有去年同月（2025-10），不做同比。')
    """
    period = _as_month(month)
    _need(shop_daily, ("date", *_SALES), "shop_daily")
    _require_month(shop_daily, period, "shop_daily")
    columns = [c for c in (*_SALES, "refund_amount") if c in shop_daily.columns]
    first, last = month_bounds(period)
    now = _totals(shop_daily, period, columns)
    notes = []

    def other(p: pd.Period, key: str) -> pd.Series:
        if _missing_days(shop_daily, p):
            notes.append(T(key, month=str(p)))
            return pd.Series(np.nan, index=columns)
        return _totals(shop_daily, p, columns)

    before = other(period - 1, "no_prev_month")
    year = other(period - 12, "no_last_year")
    row = {"month": str(period), "start": first, "end": last, "baseline": "last_month", "label": T("last_month")}
    row.update({c: now[c] for c in columns})
    row.update({f"{c}_before": before[c] for c in columns})
    row.update({f"{c}_last_year": year[c] for c in columns})
    row.update({
        "conversion_rate": ratio(now["paying_buyers"], now["visitors"]),
        "conversion_rate_before": ratio(before["paying_buyers"], before["visitors"]),
        "avg_order_value": ratio(now["paid_amount"], now["paying_buyers"]),
        "avg_order_value_before": ratio(before["paid_amount"], before["paying_buyers"]),
        "sales_change": now["paid_amount"] - before["paid_amount"],
        "sales_change_pct": ratio(now["paid_amount"], before["paid_amount"]) - 1,
        "yoy": ratio(now["paid_amount"], year["paid_amount"]) - 1,
    })
    split = split_sales_change(before, now) if before.notna().all() else None
    parts = {"visitors": "yuan_visitors", "conversion_rate": "yuan_conversion",
             "avg_order_value": "yuan_avg_order_value"}
    row.update({name: float(split.loc[factor, "yuan"]) if split is not None else np.nan
                for factor, name in parts.items()})
    target = np.nan
    if targets is not None:
        from .sales import NoTarget, target_for
        try:
            target = target_for(targets, period)
        except NoTarget:
            target = np.nan
    row.update({"target_amount": target, "target_completion": ratio(now["paid_amount"], target)})
    row["note"] = "".join(notes)
    return pd.DataFrame([row]).astype({"baseline": "str", "label": "str", "note": "str"})


def summarize_ads(ppc_keywords: pd.DataFrame, month) -> pd.DataFrame:
    """Summarize each search-ads (直通车) campaign's month: 花费, clicks, orders, GMV and ROI against last month.

    :func:`shopanalysis.ppc.compare_campaigns` over the month and the month before;
    ROI (投入产出比) = 总成交金额 / 花费. The last row (合计) is the whole account.

    Returns
    -------
    DataFrame
        ``campaign``, ``cost_last_month``, ``cost``, ``clicks``, ``cpc``, ``orders``, ``gmv``,
        ``roi_last_month`` and ``roi``.
    """
    from .ppc import compare_campaigns

    period = _as_month(month)
    out = compare_campaigns(ppc_keywords, month_bounds(period), month_bounds(period - 1), total=T("total"))
    return out.rename(columns={"cost_before": "cost_last_month", "roi_before": "roi_last_month"})


# --- the month table ---------------------------------------------------------------------------

@dataclass(frozen=True)
class MonthMetric:
    """One line of :func:`month_table`: how to compute it for a month, and which way is better."""

    name: str  # the metric's code; its label is in the vocabulary
    section: str  # basics / profit / growth
    kind: str  # money / pct / number / ratio / score
    higher_is_better: bool | None  # None: neither (a cost the shop chooses)
    tables: tuple[str, ...]  # the tables it needs
    compute: Callable  # (shop, first, last, cache) -> float


def _slice(df: pd.DataFrame, first, last, column: str = "date") -> pd.DataFrame:
    return df.loc[df[column].between(first, last)]


def _visitors_per_day(shop, first, last, cache):
    days = _slice(shop.shop_daily, first, last)
    return ratio(float(days["visitors"].sum()), days["date"].nunique())


def _free_share(shop, first, last, cache):
    from .traffic import channel_mix
    mix = channel_mix(shop.traffic_sources, (first, last), shop_daily=shop.shop_daily)
    return float(mix.set_index("channel")["share"].get("natural", 0.0))


def _shop_ratio(numerator: str, denominator: str):
    def compute(shop, first, last, cache):
        days = _slice(shop.shop_daily, first, last)
        return ratio(float(days[numerator].sum()), float(days[denominator].sum()))
    return compute


def _shop_sum(column: str):
    def compute(shop, first, last, cache):
        return float(_slice(shop.shop_daily, first, last)[column].sum())
    return compute


def _assortment(shop, first, last, cache) -> pd.Series:
    key = ("assortment", first)
    if key not in cache:
        from .assortment import summarize_assortment
        cache[key] = summarize_assortment(shop.products_daily, first, last, products=shop.products, top=3)
    return cache[key]


def _top3(shop, first, last, cache):
    return float(_assortment(shop, first, last, cache)["top_share"])


def _new_product_share(shop, first, last, cache):
    return float(_assortment(shop, first, last, cache)["new_product_sales_share"])


def _dsr(shop, first, last, cache):
    shops = shop.competitor_shops
    ours = shops.loc[(shops["shop"] == shop.name) & shops["snapshot_date"].between(first, last)]
    if ours.empty:
        return np.nan
    latest = ours.loc[ours["snapshot_date"] == ours["snapshot_date"].max()]
    return float(latest[["dsr_description", "dsr_service", "dsr_shipping"]].mean(axis=1).iloc[0])


def _margin(shop, first, last) -> float:
    """The month's sales-weighted gross margin, 1 - 成本 / 价格 per product."""
    margin = product_margins(shop.products)
    sold = _slice(shop.products_daily, first, last)
    sold = sold.groupby(sold["product_id"].astype("str"))["paid_amount"].sum()
    sold = sold.loc[sold.index.isin(margin.index)]
    return ratio(float((sold * margin.reindex(sold.index)).sum()), float(sold.sum()))


def _gross_profit(shop, first, last, cache):
    days = _slice(shop.shop_daily, first, last)
    net = float(days["paid_amount"].sum()) - float(days["refund_amount"].sum() if "refund_amount" in days else 0.0)
    return net * _margin(shop, first, last)


def _ads(shop, first, last, cache) -> pd.Series:
    rows = _slice(shop.ppc_keywords, first, last)
    return pd.Series({"cost": float(rows["cost"].sum()), "gmv": float(rows["gmv"].sum())})


def _ad_spend(shop, first, last, cache):
    return _ads(shop, first, last, cache)["cost"]


def _ad_share(shop, first, last, cache):
    sales = float(_slice(shop.shop_daily, first, last)["paid_amount"].sum())
    return ratio(_ads(shop, first, last, cache)["cost"], sales)


def _paid_roi(shop, first, last, cache):
    ads = _ads(shop, first, last, cache)
    return ratio(ads["gmv"], ads["cost"])


def _cs_pay(shop, first, last, cache):
    from .customer_service import agent_pay, summarize_agents
    agents = summarize_agents(shop.cs_daily, start=first, end=last, shop_daily=shop.shop_daily)
    if agents.empty:
        return np.nan
    return float(agent_pay(agents, shop.cs_agents)["pay"].sum(min_count=1))


def _buyers(shop, cache) -> pd.DataFrame:
    if "buyers" not in cache:
        from .customers import returning_share
        cache["buyers"] = returning_share(shop.orders, min_history=1).set_index("period")
    return cache["buyers"]


def _buyer_column(column: str):
    def compute(shop, first, last, cache):
        table = _buyers(shop, cache)
        return float(table[column].get(first, np.nan)) if first in table.index else np.nan
    return compute


def _repeat_rate(shop, first, last, cache):
    from .customers import repeat_rate
    return repeat_rate(shop.orders, start=first, end=last)


#: The lines of the month table, in the order an operator reads them.
MONTH_METRICS: tuple[MonthMetric, ...] = (
    MonthMetric("visitors_per_day", "basics", "number", True, ("shop_daily",), _visitors_per_day),
    MonthMetric("free_traffic_share", "basics", "pct", True, ("traffic_sources",), _free_share),
    MonthMetric("conversion_rate", "basics", "pct", True, ("shop_daily",),
                _shop_ratio("paying_buyers", "visitors")),
    MonthMetric("avg_order_value", "basics", "money", True, ("shop_daily",),
                _shop_ratio("paid_amount", "paying_buyers")),
    MonthMetric("top3_share", "basics", "pct", None, ("products_daily",), _top3),
    MonthMetric("dsr", "basics", "score", True, ("competitor_shops",), _dsr),
    MonthMetric("refund_rate", "basics", "pct", False, ("shop_daily",), _shop_ratio("refund_amount", "paid_amount")),
    MonthMetric("paid_amount", "profit", "money", True, ("shop_daily",), _shop_sum("paid_amount")),
    MonthMetric("refund_amount", "profit", "money", False, ("shop_daily",), _shop_sum("refund_amount")),
    MonthMetric("gross_profit", "profit", "money", True, ("shop_daily", "products", "products_daily"),
                _gross_profit),
    MonthMetric("ad_spend", "profit", "money", None, ("ppc_keywords",), _ad_spend),
    MonthMetric("ad_spend_share", "profit", "pct", False, ("ppc_keywords", "shop_daily"), _ad_share),
    MonthMetric("paid_roi", "profit", "ratio", True, ("ppc_keywords",), _paid_roi),
    MonthMetric("cs_pay", "profit", "money", None, ("cs_daily", "cs_agents"), _cs_pay),
    MonthMetric("new_buyers", "growth", "number", True, ("orders",), _buyer_column("new_buyers")),
    MonthMetric("returning_buyer_share", "growth", "pct", True, ("orders",), _buyer_column("returning_share")),
    MonthMetric("repeat_rate", "growth", "pct", True, ("orders",), _repeat_rate),
    MonthMetric("new_product_share", "growth", "pct", True, ("products_daily", "products"), _new_product_share),
)

_COLUMNS_NEEDED = {"refund_rate": ("shop_daily", "refund_amount"), "refund_amount": ("shop_daily", "refund_amount"),
                   "gross_profit": ("products", "unit_cost"), "new_product_share": ("products", "listed_date")}


def _period_complete(shop, period: pd.Period) -> bool:
    return not _missing_days(shop.shop_daily, period)


def _trend(metric: MonthMetric, now: float, compare: float, against_target: bool) -> str:
    if pd.isna(now) or pd.isna(compare):
        return "none"
    if against_target:
        return "met" if now >= compare else "missed"
    if metric.higher_is_better is None:
        return "flat" if abs(ratio(now, compare) - 1) < FLAT else "none"
    change = ratio(now, compare) - 1 if compare else np.inf * np.sign(now)
    if abs(change) < FLAT:
        return "flat"
    return "better" if (change > 0) == metric.higher_is_better else "worse"


def month_table(shop, month, *, metrics: tuple[MonthMetric, ...] = MONTH_METRICS) -> pd.DataFrame:
    """Put the month's metrics in three dimensions against last month, the target and last year.

    The dimensions of a 月度经营复盘: 运营基础 (日均访客数, 免费流量占比 = natural channel
    visitors / shop visitors, 支付转化率, 客单价, 前三商品销售占比, DSR, 退款率 = 成功退款金额
    / 支付金额), 盈利 (支付金额, 成功退款金额, 毛利（估）, 推广花费, 推广费占比 = 花费 / 支付金额,
    推广投入产出比 = 总成交金额 / 花费, 客服薪酬) and 发展 (新客数, 老客占比 = returning buyers /
    buyers, 复购率, 新品销售占比). Each is computed for this month, last month and the
    same month last year by the domain module that owns it; a month not complete in
    ``shop_daily`` is left out (NaN).

    Parameters
    ----------
    shop : Shop
        :func:`shopanalysis.load_shop` output. A metric whose tables (or columns) are
        missing is NaN, and its ``note`` names the export to add.
    month : str or Period
        ``"2026-10"``.
    metrics : tuple of MonthMetric, default MONTH_METRICS

    Returns
    -------
    DataFrame
        One row per metric: ``section``, ``indicator`` (the metric's code), ``kind``,
        ``this_month``, ``last_month``, ``target_value`` (支付金额's target, else NaN),
        ``last_year``, ``change`` (this month - last month), ``change_pct``
        (relative), ``trend`` (``met``/``missed`` against a target, else
        ``better``/``worse``/``flat`` against last month, ``none`` without one) and
        ``note``.
    """
    period = _as_month(month)
    _require_month(shop.shop_daily, period, "shop_daily")
    periods = {"this_month": period, "last_month": period - 1, "last_year": period - 12}
    complete = {k: k == "this_month" or _period_complete(shop, p) for k, p in periods.items()}
    target = np.nan
    if getattr(shop, "targets", None) is not None:
        from .sales import NoTarget, target_for
        try:
            target = target_for(shop.targets, period)
        except NoTarget:
            pass
    cache: dict = {}
    rows = []
    for metric in metrics:
        lacking = [t for t in metric.tables if getattr(shop, t, None) is None]
        column = _COLUMNS_NEEDED.get(metric.name)
        if column and getattr(shop, column[0], None) is not None and column[1] not in getattr(shop, column[0]).columns:
            lacking.append(column[0])
        values = {}
        for key, p in periods.items():
            first, last = month_bounds(p)
            values[key] = (metric.compute(shop, first, last, cache) if not lacking and complete[key] else np.nan)
        goal = target if metric.name == "paid_amount" else np.nan
        trend = (_trend(metric, values["this_month"], goal, True) if pd.notna(goal)
                 else _trend(metric, values["this_month"], values["last_month"], False))
        rows.append({"section": metric.section, "indicator": metric.name, "kind": metric.kind, **values,
                     "target_value": goal, "change": values["this_month"] - values["last_month"],
                     "change_pct": ratio(values["this_month"], values["last_month"]) - 1, "trend": trend,
                     "note": T("needs", tables=[vocab.value_label("table", t, default=t) for t in lacking])
                     if lacking else ""})
    out = pd.DataFrame(rows)
    return out[["section", "indicator", "kind", "this_month", "last_month", "target_value", "last_year", "change",
                "change_pct", "trend", "note"]]


def _format(kind: str, value, *, sign: bool = False) -> str:
    from ._format import format_number, format_pct, format_points, format_yuan
    if value is None or pd.isna(value):
        return "—"
    if kind == "money":
        return format_yuan(value, sign=sign)
    if kind == "pct":
        return format_points(value) if sign else format_pct(value, 2 if abs(value) < 0.1 else 1)
    if kind in ("ratio", "score"):
        return f"{value:+.2f}" if sign else f"{value:.2f}"
    return format_number(value, sign=sign, digits=0)


def format_month_table(table: pd.DataFrame) -> pd.DataFrame:
    """Return :func:`month_table` as text for the page: each value formatted by its metric's kind.

    Money reads ¥1.68万 (zh) or ¥16.8K (en), shares 27.4%, and the change of a share is
    in percentage points. Headers stay codes (``present.table`` labels them); ``section``,
    ``indicator`` and ``trend`` hold labels in the package's language.
    """
    out = pd.DataFrame({
        "section": [vocab.value_label("section", s) for s in table["section"]],
        "indicator": [vocab.label(m) for m in table["indicator"]],
    })
    for column in ("this_month", "last_month", "target_value", "last_year"):
        out[column] = [_format(k, v) for k, v in zip(table["kind"], table[column])]
    out["change"] = [_format(k, v, sign=True) for k, v in zip(table["kind"], table["change"])]
    out["trend"] = [vocab.value_label("trend", t) if not n else n for t, n in zip(table["trend"], table["note"])]
    return out


# --- next month ---------------------------------------------------------------------------------

def suggest_target(shop_daily: pd.DataFrame, month, *, min_months: int = 3, **forecast_kwargs) -> dict:
    """Suggest a month's target from the history and the promo calendar, with the range its backtest supports.

    The suggestion is :func:`shopanalysis.sales.forecast_month`: the plan of the month
    (weekday rhythm, promo multiples from last year or from the shop's other promo
    windows) at the level of the recent ordinary days. The same forecast made for each
    past month from the data before it (:func:`shopanalysis.sales.forecast_backtest`)
    gives its errors; the range is the forecast over the middle half of them
    (``forecast / (1 + error)`` at the 75th and the 25th percentile of the errors),
    where half the past months' actual sales landed relative to their forecast.

    Parameters
    ----------
    shop_daily : DataFrame
        The ``shop_daily`` table; only days before ``month`` are used.
    month : str or Period
        The month to suggest a target for (next month).
    min_months : int, default 3
        Fewer backtested months than this: no range, and the text says so.
    **forecast_kwargs
        Passed to :func:`shopanalysis.sales.forecast_month`.

    Returns
    -------
    dict
        ``month``, ``amount`` (the suggestion, yuan; NaN without data), ``low`` and
        ``high`` (the range; NaN without enough backtest), ``median_error`` (median
        absolute backtest error), ``backtest`` (:func:`~shopanalysis.sales.forecast_backtest`
        output) and ``profile`` (the month's plan with each day's ``expected`` sales).

    Examples
    --------
    >>> days = pd.DataFrame({"date": pd.date_range("2026-01-01", "2026-10-31"), "paid_amount": 1000.0})
    >>> s = suggest_target(days, "2026-11", calendar=())
    >>> s["amount"], s["low"], s["high"], s["median_error"]
    (30000.0, 30000.0, 30000.0, 0.0)
    """
    from .sales import forecast_backtest, forecast_month

    period = _as_month(month)
    before = shop_daily.loc[pd.to_datetime(shop_daily["date"]) < period.start_time]
    amount, profile = forecast_month(before, period, **forecast_kwargs)
    backtest = forecast_backtest(before, **forecast_kwargs)
    errors = backtest["error"].dropna()
    low = high = median = np.nan
    if len(errors) >= min_months and pd.notna(amount):
        q25, q75 = np.percentile(errors, [25, 75])
        low, high = float(amount / (1 + q75)), float(amount / (1 + q25))
        median = float(errors.abs().median())
    return {"month": str(period), "amount": amount, "low": low, "high": high, "median_error": median,
            "recent_days": forecast_kwargs.get("recent_days", 14), "backtest": backtest, "profile": profile}


def _promo_kind(name: str) -> str:
    from .promo import PROMO_CALENDAR
    return next((p.kind for p in PROMO_CALENDAR if p.name == name), "sale")


def describe_target(suggestion: Mapping, *, targets: pd.DataFrame | None = None, min_months: int = 3) -> list[str]:
    """Say the suggested target, its range and where its backtest missed most, in the package's language."""
    if pd.isna(suggestion["amount"]):
        return [T("suggest.none")]
    backtest = suggestion["backtest"]
    days = suggestion["recent_days"]
    if pd.isna(suggestion["low"]):
        lines = [T("suggest.short", month=suggestion["month"], amount=suggestion["amount"], days=days,
                   need=min_months)]
    else:
        lines = [T("suggest", month=suggestion["month"], amount=suggestion["amount"], days=days, n=len(backtest),
                   low=suggestion["low"], high=suggestion["high"])]
        worst = backtest.iloc[np.argsort(-backtest["error"].abs().to_numpy())[:2]]
        why = {"borrowed": "suggest.why.borrowed", "weekday": "suggest.why.weekday",
               "last year": "suggest.why.last_year", "": "suggest.why.ordinary"}
        misses = [T("suggest.miss", month=r.month, error=r.error, why=T(why.get(r.promo_basis, "suggest.why.ordinary")))
                  for r in worst.itertuples()]
        lines.append(T("suggest.error", median=suggestion["median_error"], worst=misses))
    profile = suggestion["profile"]
    promos = profile.loc[profile["promo"] != ""].groupby("promo", sort=False)["date"].agg(["min", "max"])
    if len(promos):
        lines.append(T("suggest.promos", month=suggestion["month"], promos=[
            f"{vocab.value_label('promo', name, default=name)} {row['min']:%m-%d}–{row['max']:%m-%d}"  # data: dates
            for name, row in promos.iterrows()]))
    plain = profile.loc[(profile["promo"] != "") & profile["basis"].isin(["weekday", "even"]), "promo"]
    for kind, key in (("sale", "suggest.ordinary_promo"), ("slowdown", "suggest.ordinary_slowdown")):
        names = [n for n in dict.fromkeys(plain) if _promo_kind(n) == kind]
        if names:
            lines.append(T(key, promos=[vocab.value_label("promo", n, default=n) for n in names]))
    if targets is not None:
        from .sales import NoTarget, target_for
        try:
            target = target_for(targets, suggestion["month"])
            lines.append(T("suggest.target_set", month=suggestion["month"], target=target,
                           ratio=ratio(target, suggestion["amount"])))
        except NoTarget:
            pass
    return lines


def late_after_sales(after_sales: pd.DataFrame, month) -> pd.DataFrame:
    """Return the after-sales cases opened in the month and resolved after their deadline (超时).

    A case the shop does not settle by its 超时时间 is decided for the buyer by the
    platform, so its amount went to the buyer by default.

    Examples
    --------
    >>> cases = pd.DataFrame({"case_id": ["a", "b"], "amount": [80.0, 50.0],
    ...                       "opened": pd.to_datetime(["2026-10-03", "2026-10-05"]),
    ...                       "deadline": pd.to_datetime(["2026-10-05", "2026-10-07"]),
    ...                       "resolved": pd.to_datetime(["2026-10-06", "2026-10-06"])})
    >>> late_after_sales(cases, "2026-10")["case_id"].tolist()
    ['a']
    """
    _need(after_sales, ("opened", "deadline", "resolved", "amount"), "after_sales")
    first, last = month_bounds(month)
    opened = after_sales["opened"].between(first, last + pd.Timedelta(days=1), inclusive="left")
    return after_sales.loc[opened & (after_sales["resolved"] > after_sales["deadline"])]


# --- actions -------------------------------------------------------------------------------------

def _names(values, top: int = 3) -> list[str]:
    return [str(v) for v in list(dict.fromkeys(values))[:top]]


def gather_actions(
    *,
    decisions: pd.DataFrame | None = None,
    picks: pd.DataFrame | None = None,
    pages: pd.DataFrame | None = None,
    image_tests: pd.DataFrame | None = None,
    late: pd.DataFrame | None = None,
    inquiry_value: pd.Series | None = None,
    agents: pd.DataFrame | None = None,
    after_sales: pd.DataFrame | None = None,  # late_after_sales output
    winback: pd.DataFrame | None = None,
    slow: pd.DataFrame | None = None,
    mix: pd.DataFrame | None = None,
    top: int = 3,
    platform: str | None = None,
) -> pd.DataFrame:
    """Gather next month's actions from every module's results, ranked by the money at stake.

    Each input is the output of the module that owns it, for the month; a missing one
    adds nothing. The money at stake is the module's own figure: for keywords
    (:func:`shopanalysis.ppc.summarize_decisions`, one action per decision that changes
    something, named by the keywords of :func:`shopanalysis.ppc.todays_actions`) the
    spend to save or the sales to scale;
    for detail pages (:func:`shopanalysis.designers.page_conversion`) the sales lost
    against the category's conversion; for inquiries
    (:func:`shopanalysis.customer_service.summarize_inquiry_value`) the unconverted
    inquiring buyers at the ads' cost of a buyer; for after-sales the amount of the cases
    that ran past their deadline. Actions without a money figure of the month come after,
    in this order: win-back (:func:`shopanalysis.customers.reactivation_list`: what the
    listed buyers spent is in the text, but it is not money this month could have made),
    late tasks, image tests lost, products that sold nothing, the traffic mix.

    Returns
    -------
    DataFrame
        ``role`` (``ads``, ``design``, ``service``, ``operations``: 推广, 美工, 客服, 运营),
        ``source`` (the action's code), ``todo`` (what to do, in the package's language),
        ``count`` and ``money_at_stake`` (yuan, NaN when the module has no figure), most
        money first.

    Examples
    --------
    >>> pages = pd.DataFrame({"product_name": ["连衣裙", "T恤"], "money_at_stake": [5000.0, -10.0]})
    >>> late = pd.DataFrame({"task_id": ["T1"], "product_name": ["连衣裙"]})
    >>> gather_actions(pages=pages, late=late)[["role", "source", "count", "money_at_stake"]]
         role source  count  money_at_stake
    0  design  pages      1          5000.0
    1  design   late      1             NaN
    """
    from .shopinfo import platform_words

    ads = platform_words(platform)["ads"]
    rows = []

    def add(role, source, todo, count, money=np.nan):
        rows.append({"role": role, "source": source, "todo": todo, "count": int(count), "money_at_stake": money})

    if decisions is not None:
        from .ppc import decision_label
        acting = decisions.loc[~decisions["decision"].isin(["keep", "observe"]) & (decisions["keywords"] > 0)]
        for r in acting.itertuples():
            names = picks.loc[picks["decision"] == r.decision, "keyword"] if picks is not None else []
            add("ads", f"keywords.{r.decision}", T("action.keywords", decision=decision_label(r.decision), ads=ads,
                                                   n=r.keywords, top=_names(names, top)),
                r.keywords, float(r.money_at_stake))
    if pages is not None:
        losing = pages.loc[pages["money_at_stake"] > 0].sort_values("money_at_stake", ascending=False)
        if len(losing):
            add("design", "pages", T("action.pages", n=len(losing), top=(_names(losing["product_name"], top))),
                len(losing), float(losing["money_at_stake"].sum()))
    if inquiry_value is not None and inquiry_value.get("unconverted", 0) > 0:
        weakest = (agents.sort_values("inquiry_conversion")["agent"] if agents is not None and len(agents)
                   else pd.Series(dtype="str"))
        add("service", "inquiries", T("action.inquiries", n=inquiry_value["unconverted"], ads=ads,
                                      cost=inquiry_value["unconverted_cost"], top=(_names(weakest, top))),
            inquiry_value["unconverted"], float(inquiry_value["unconverted_cost"]))
    if after_sales is not None and len(after_sales):
        amount = float(after_sales["amount"].fillna(0).sum())
        if amount > 0:
            add("service", "after_sales", T("action.after_sales", n=len(after_sales), amount=amount),
                len(after_sales), amount)
        else:  # exchanges and complaints carry no amount: the timeouts still count
            add("service", "after_sales", T("action.after_sales.count", n=len(after_sales)), len(after_sales))
    if winback is not None and len(winback):  # their past spend is not this month's money: no money at stake
        add("operations", "winback", T("action.winback", n=len(winback), amount=float(winback["revenue"].sum())),
            len(winback))
    if late is not None and len(late):
        label = late["product_name"] if "product_name" in late else late["task_id"]
        add("design", "late", T("action.late", n=len(late), top=(_names(label, top))), len(late))
    if image_tests is not None and len(image_tests):
        lost = image_tests.loc[image_tests["verdict"] == "loss"]
        if len(lost):
            add("design", "images", T("action.images", n=len(lost), top=(_names(lost["product_name"], top))),
                len(lost))
    if slow is not None and len(slow):
        add("operations", "slow", T("action.slow", n=len(slow), top=(_names(slow["product_name"], top))),
            len(slow))
    if mix is not None:
        off = mix.loc[mix["status"] != "ok"]
        if len(off):
            add("ads", "mix", T("action.mix", channels=list(off["label"])), len(off))
    out = pd.DataFrame(rows, columns=["role", "source", "todo", "count", "money_at_stake"])
    order = np.argsort(-out["money_at_stake"].fillna(-np.inf).to_numpy(), kind="stable")
    return out.iloc[order].reset_index(drop=True).astype({"count": "int64", "money_at_stake": "float64"})


# --- takeaways and method --------------------------------------------------------------------------

def _driver(row) -> str:
    parts = {"visitors": row["yuan_visitors"], "conversion_rate": row["yuan_conversion"],
             "avg_order_value": row["yuan_avg_order_value"]}
    return vocab.label(max(parts, key=lambda k: abs(parts[k])))


def describe_month(comparison: pd.DataFrame, table: pd.DataFrame, *, mix: pd.DataFrame | None = None) -> list[str]:
    """Write the month's takeaways (5 to 8 sentences), each from a number on the page.

    Parameters
    ----------
    comparison : DataFrame
        :func:`compare_months` output.
    table : DataFrame
        :func:`month_table` output.
    mix : DataFrame, optional
        :func:`shopanalysis.traffic.check_mix` output for the month.
    """
    row = comparison.iloc[0]
    value = table.set_index("indicator")
    lines = []
    if pd.notna(row["target_amount"]):
        gap = row["target_amount"] - row["paid_amount"]
        verdict = T("sales.target.met") if gap <= 0 else T("sales.target.short", gap=gap)
        lines.append(T("sales.target", month=row["month"], amount=row["paid_amount"], target=row["target_amount"],
                       completion=row["target_completion"], verdict=verdict))
    else:
        lines.append(T("sales.alone", month=row["month"], amount=row["paid_amount"]))
    if pd.notna(row["yuan_visitors"]):
        lines.append(T("mom", pct=row["sales_change_pct"], change=row["sales_change"], visitors=row["yuan_visitors"],
                       conversion=row["yuan_conversion"], aov=row["yuan_avg_order_value"], driver=_driver(row)))
    if pd.notna(row["yoy"]):
        lines.append(T("yoy", pct=row["yoy"], amount=row["paid_amount_last_year"]))
    refund = value.loc["refund_rate"] if "refund_rate" in value.index else None
    if refund is not None and pd.notna(refund["this_month"]):
        lines.append(T("refund", rate=refund["this_month"], before=refund["last_month"])
                     if pd.notna(refund["last_month"]) else T("refund.alone", rate=refund["this_month"]))
    if "gross_profit" in value.index and pd.notna(value.loc["gross_profit", "this_month"]):
        net = row["paid_amount"] - row.get("refund_amount", 0.0)
        lines.append(T("profit", profit=value.loc["gross_profit", "this_month"],
                       margin=ratio(value.loc["gross_profit", "this_month"], net)))
    if "ad_spend" in value.index and pd.notna(value.loc["ad_spend", "this_month"]):
        lines.append(T("ads", spend=value.loc["ad_spend", "this_month"],
                       share=value.loc["ad_spend_share", "this_month"], roi=value.loc["paid_roi", "this_month"]))
    if "returning_buyer_share" in value.index and pd.notna(value.loc["returning_buyer_share", "this_month"]):
        lines.append(T("returning", share=value.loc["returning_buyer_share", "this_month"],
                       before=value.loc["returning_buyer_share", "last_month"],
                       new=value.loc["new_buyers", "this_month"]))
    if mix is not None:
        off = mix.loc[mix["status"] != "ok"]
        lines.append(T("mix.off", channels=list(off["label"])) if len(off) else T("mix.ok"))
    return lines[:8]


def method_notes(*, platform: str | None = None) -> list[str]:
    """The review's method in the package's language and the platform's words: numbers, split, status, ranking."""
    from .shopinfo import platform_words

    return [T("method.month"), T("method.split"), T("method.profit"), T("method.dsr"), T("method.status", flat=FLAT),
            T("method.actions", ads=platform_words(platform)["ads"])]
