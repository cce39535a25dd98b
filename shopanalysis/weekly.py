"""The weekly meeting pack (周例会): a Monday-to-Sunday week against last week and the month's plan.

An operator's weekly meeting hears the week's numbers, then each role in turn: 推广
(traffic and spend, keywords to act on), 美工 (image tests, pages, tasks) and 客服
(conversion, response, rosters), and ends with what is still open. This module holds
the few helpers the meeting needs beyond the domain modules it reuses
(:mod:`~shopanalysis.sales`, :mod:`~shopanalysis.traffic`, :mod:`~shopanalysis.ppc`,
:mod:`~shopanalysis.designers`, :mod:`~shopanalysis.customer_service`,
:mod:`~shopanalysis.checklist`): the week's bounds, the week against last week and
the plan, traffic sources and ads over the week, the design tasks due next week, the
roster issues ahead and the open actions from the week's morning checklists.

A week is named by its Monday. A date that is not a Monday is refused, with the
Monday of its week in the message: the report's folder is named by the ``week``
parameter, so a week always lands in one folder.

Weekly visitors here are the seven days' 访客数 added up; 生意参谋's own weekly figure
de-duplicates visitors and reads lower. Rates are ratios of the week's sums.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from . import vocab
from ._dates import _as_day, _date_range_text, _need, _title
from ._errors import DataError
from .metrics import ratio, split_sales_change
from .text.weekly import T

__all__ = ["week_bounds", "compare_weeks", "plan_week", "week_days", "sales_steps", "compare_sources",
           "summarize_ads", "tasks_due", "roster_issues", "open_actions", "describe_week", "method_notes"]

_SALES = ("visitors", "paying_buyers", "paid_amount")
_DAY = pd.Timedelta(days=1)
_WEEK = pd.Timedelta(days=7)


def week_bounds(week) -> tuple[pd.Timestamp, pd.Timestamp]:
    """Return the Monday and the Sunday of the week that starts on ``week``.

    Parameters
    ----------
    week : date-like
        The week's Monday (``"2026-10-12"``).

    Returns
    -------
    (Timestamp, Timestamp)
        Monday and Sunday, both inclusive.

    Raises
    ------
    ValueError
        When ``week`` is not a date or not a Monday; the message names the Monday of
        its week.

    Examples
    --------
    >>> week_bounds("2026-10-12")
    (Timestamp('2026-10-12 00:00:00'), Timestamp('2026-10-18 00:00:00'))
    >>> week_bounds("2026-10-15")
    Traceback (most recent call last):
    ...
    ValueError: 周例会按周一到周日的一周来看：2026-10-15 是周四，不是周一。请用这一周的周一：-p week=2026-10-12
    """
    day = _as_day(week)
    if day.weekday() != 0:
        raise ValueError(T("not_monday", day=day, weekday=T(f"weekday.{day.weekday()}"),
                           monday=day - day.weekday() * _DAY))
    return day, day + 6 * _DAY


def _days(start: pd.Timestamp) -> pd.DatetimeIndex:
    return pd.date_range(start, start + 6 * _DAY, freq="D")


def _absent(df: pd.DataFrame, days: pd.DatetimeIndex) -> list[pd.Timestamp]:
    have = set(pd.DatetimeIndex(df["date"].dropna().unique()))
    return [d for d in days if d not in have]


def _require_week(df: pd.DataFrame, start: pd.Timestamp, table: str) -> None:
    """Raise DataError when a day of the week has no row in ``df``, naming the days and the data's range."""
    lost = _absent(df, _days(start))
    if lost:
        raise DataError(T("week_missing_days", title=_title(table), table=table, days=[f"{d:%Y-%m-%d}" for d in lost],
                          start=start, end=start + 6 * _DAY, covers=_date_range_text(df, table)))


def _totals(df: pd.DataFrame, start: pd.Timestamp, columns) -> pd.Series:
    rows = df.loc[df["date"].between(start, start + 6 * _DAY), list(columns)]
    return rows.sum().astype("float64")


def compare_weeks(shop_daily: pd.DataFrame, week, *, plan: pd.Series | None = None) -> pd.DataFrame:
    """Compare a week's 访客数, 支付买家数 and 支付金额 with last week's, split the change, and set it against the plan.

    支付转化率 = 支付买家数 / 访客数 and 客单价 = 支付金额 / 支付买家数, each a ratio of
    the week's sums. The change in sales splits exactly into visitors, conversion and
    客单价 by :func:`shopanalysis.metrics.split_sales_change` (the log split): the three
    ``yuan_*`` parts add up to ``sales_change``.

    Parameters
    ----------
    shop_daily : DataFrame
        The ``shop_daily`` table; it must have all seven days of the week.
    week : date-like
        The week's Monday.
    plan : Series, optional
        :func:`plan_week` output (the day's target by date): adds ``planned`` (本周计划,
        its sum) and ``plan_completion`` (支付金额 / 本周计划).

    Returns
    -------
    DataFrame
        One row shaped like :func:`shopanalysis.sales.compare_day`'s (so
        :func:`shopanalysis.present.day_kpis` shows it): ``start``, ``end``,
        ``baseline`` (``"last_week"``), ``label`` (上周), ``visitors_before``,
        ``paying_buyers_before``, ``paid_amount_before``, ``visitors``,
        ``paying_buyers``, ``paid_amount``, ``conversion_rate(_before)``,
        ``avg_order_value(_before)``, ``refund_amount(_before)`` when the table has
        it, ``sales_change``, ``sales_change_pct``, ``yuan_visitors``,
        ``yuan_conversion``, ``yuan_avg_order_value``, ``planned``,
        ``plan_completion`` and ``note`` (why last week is missing, else empty). A
        last week not fully in the data gives NaN ``*_before`` and changes.

    Raises
    ------
    DataError
        When a day of the week has no row in ``shop_daily``.

    Examples
    --------
    >>> days = pd.DataFrame({"date": pd.date_range("2026-10-05", periods=14),
    ...                      "visitors": [100] * 7 + [110] * 7, "paying_buyers": [2] * 14,
    ...                      "paid_amount": [200.0] * 7 + [220.0] * 7})
    >>> c = compare_weeks(days, "2026-10-12").iloc[0]
    >>> float(c["paid_amount_before"]), float(c["paid_amount"]), round(float(c["sales_change_pct"]), 4)
    (1400.0, 1540.0, 0.1)
    >>> bool(round(c["yuan_visitors"] + c["yuan_conversion"] + c["yuan_avg_order_value"], 6) == c["sales_change"])
    True
    """
    start, end = week_bounds(week)
    columns = [c for c in (*_SALES, "refund_amount") if c in shop_daily.columns]
    _need(shop_daily, ("date", *_SALES), "shop_daily")
    _require_week(shop_daily, start, "shop_daily")
    now = _totals(shop_daily, start, columns)
    lost = _absent(shop_daily, _days(start - _WEEK))
    before = _totals(shop_daily, start - _WEEK, columns) if not lost else pd.Series(np.nan, index=columns)
    row = {"start": start, "end": end, "baseline": "last_week", "label": T("last_week")}
    row.update({f"{c}_before": before[c] for c in columns})
    row.update({c: now[c] for c in columns})
    row.update({
        "conversion_rate_before": ratio(before["paying_buyers"], before["visitors"]),
        "conversion_rate": ratio(now["paying_buyers"], now["visitors"]),
        "avg_order_value_before": ratio(before["paid_amount"], before["paying_buyers"]),
        "avg_order_value": ratio(now["paid_amount"], now["paying_buyers"]),
        "sales_change": now["paid_amount"] - before["paid_amount"],
        "sales_change_pct": ratio(now["paid_amount"], before["paid_amount"]) - 1,
    })
    split = split_sales_change(before, now) if not lost else None
    parts = {"visitors": "yuan_visitors", "conversion_rate": "yuan_conversion",
             "avg_order_value": "yuan_avg_order_value"}
    row.update({name: float(split.loc[factor, "yuan"]) if split is not None else np.nan
                for factor, name in parts.items()})
    planned = float(plan.sum()) if plan is not None else np.nan
    row.update({"planned": planned, "plan_completion": ratio(now["paid_amount"], planned)})
    row["note"] = T("no_history", days=[f"{d:%Y-%m-%d}" for d in lost]) if lost else ""
    return pd.DataFrame([row]).astype({"baseline": "str", "label": "str", "note": "str"})


def plan_week(shop_daily: pd.DataFrame, targets: pd.DataFrame | None, week, **profile_kwargs) -> pd.Series:
    """Return the plan's target for each day of the week (本周计划), from the month's target spread by day.

    Each month the week touches is planned by :func:`shopanalysis.sales.daily_target_profile`
    (its target spread by weekday rhythm and the promo calendar), and the week takes its
    seven days from those plans: a week across two months takes each month's days from
    its own plan.

    Parameters
    ----------
    shop_daily : DataFrame
        The ``shop_daily`` table (the history the plan learns weekdays from).
    targets : DataFrame or None
        The ``targets`` table (``month``, ``target_amount`` 销售目标).
    week : date-like
        The week's Monday.
    **profile_kwargs
        Passed to :func:`shopanalysis.sales.daily_target_profile`.

    Returns
    -------
    Series
        The day's target (yuan), indexed by the week's seven dates, named ``day_target``.

    Raises
    ------
    shopanalysis.sales.NoTarget
        When a month of the week has no target (the message names the month and the file).

    Examples
    --------
    >>> days = pd.DataFrame({"date": pd.date_range("2026-10-01", "2026-10-18"), "paid_amount": 1000.0})
    >>> targets = pd.DataFrame({"month": ["2026-10"], "target_amount": [31_000.0]})
    >>> float(plan_week(days, targets, "2026-10-12").sum())
    7000.0
    """
    from . import sales

    start, _ = week_bounds(week)
    days = _days(start)
    out = pd.Series(np.nan, index=days, name="day_target")  # data: a column name
    for period in sorted({d.to_period("M") for d in days}):
        amount = sales.target_for(targets, period)
        profile = sales.daily_target_profile(shop_daily, period, target_amount=amount, **profile_kwargs)
        target = profile.set_index(pd.DatetimeIndex(profile["date"]))["target"]
        inside = days[days.to_period("M") == period]
        out.loc[inside] = target.reindex(inside).to_numpy()
    return out.astype("float64")


def week_days(shop_daily: pd.DataFrame, week, *, plan: pd.Series | None = None) -> pd.DataFrame:
    """List the week day by day: visitors, conversion, 客单价, sales, the same weekday last week and the plan.

    Parameters
    ----------
    shop_daily : DataFrame
        The ``shop_daily`` table.
    week : date-like
        The week's Monday.
    plan : Series, optional
        :func:`plan_week` output: adds ``day_target`` and ``plan_completion``.

    Returns
    -------
    DataFrame
        Seven rows: ``date``, ``weekday`` (its name), ``visitors``, ``paying_buyers``, ``conversion_rate``,
        ``avg_order_value``, ``paid_amount``, ``paid_amount_last_week`` (the same
        weekday a week before; NaN before the data), and with a plan ``day_target``
        and ``plan_completion``.

    Examples
    --------
    >>> days = pd.DataFrame({"date": pd.date_range("2026-10-05", periods=14), "visitors": 100,
    ...                      "paying_buyers": 2, "paid_amount": [200.0] * 7 + [300.0] * 7})
    >>> week_days(days, "2026-10-12")[["paid_amount", "paid_amount_last_week"]].iloc[0].tolist()
    [300.0, 200.0]
    """
    start, end = week_bounds(week)
    _need(shop_daily, ("date", *_SALES), "shop_daily")
    _require_week(shop_daily, start, "shop_daily")
    daily = shop_daily.groupby("date")[list(_SALES)].sum().astype("float64")
    days = _days(start)
    out = daily.reindex(days).rename_axis("date").reset_index()
    out["conversion_rate"] = ratio(out["paying_buyers"], out["visitors"])
    out["avg_order_value"] = ratio(out["paid_amount"], out["paying_buyers"])
    out["paid_amount_last_week"] = daily["paid_amount"].reindex(days - _WEEK).to_numpy()
    out["weekday"] = [T(f"weekday.{d.weekday()}") for d in days]
    out = out[["date", "weekday", "visitors", "paying_buyers", "conversion_rate", "avg_order_value", "paid_amount",
               "paid_amount_last_week"]]
    if plan is not None:
        out["day_target"] = plan.reindex(days).to_numpy()
        out["plan_completion"] = ratio(out["paid_amount"], out["day_target"])
    return out


def sales_steps(comparison: pd.DataFrame | pd.Series) -> pd.Series:
    """Return the three parts of the change in sales, labelled, for :func:`shopanalysis.plotting.plot_waterfall`.

    Examples
    --------
    >>> row = pd.Series({"yuan_visitors": 100.0, "yuan_conversion": -20.0, "yuan_avg_order_value": 5.0})
    >>> sales_steps(row).to_dict()
    {'访客数': 100.0, '支付转化率': -20.0, '客单价': 5.0}
    """
    row = comparison.iloc[0] if isinstance(comparison, pd.DataFrame) else comparison
    names = vocab.labels(["visitors", "conversion_rate", "avg_order_value"])
    values = [row["yuan_visitors"], row["yuan_conversion"], row["yuan_avg_order_value"]]
    return pd.Series(dict(zip(names.values(), (float(v) for v in values))))


def compare_sources(traffic_sources: pd.DataFrame, week, *, shop_daily: pd.DataFrame | None = None,
                    channels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Compare each traffic source's week with last week: 访客数 and 支付金额, and its part of the shop's change.

    Parameters
    ----------
    traffic_sources : DataFrame
        The ``traffic_sources`` table.
    week : date-like
        The week's Monday.
    shop_daily : DataFrame, optional
        With it, ``share_of_visitors_change`` is of the shop's own change in 访客数
        (a visitor of two sources counts in both, so the sources need not add up);
        otherwise of the sources' summed change.
    channels : mapping of str to str, optional
        Source -> channel for rows without one (see :func:`shopanalysis.traffic.channel_mix`).

    Returns
    -------
    DataFrame
        One row per source, the largest change in visitors first: ``source``,
        ``channel``, ``visitors_last_week``, ``visitors``, ``visitors_change``,
        ``share_of_visitors_change`` and, when the export has it, ``sales_last_week``,
        ``paid_amount`` and ``sales_change``. When last week starts before the data does,
        its columns and the changes are NaN (the most visitors first) and
        ``attrs["note"]`` says which days are missing.

    Examples
    --------
    >>> ts = pd.DataFrame({"date": pd.to_datetime(["2026-10-05", "2026-10-12"] * 2),
    ...                    "source": ["手淘搜索", "手淘搜索", "直通车", "直通车"], "visitors": [100, 80, 10, 20]})
    >>> compare_sources(ts, "2026-10-12")[["source", "visitors_last_week", "visitors", "visitors_change"]]
      source  visitors_last_week  visitors  visitors_change
    0   手淘搜索               100.0      80.0            -20.0
    1    直通车                10.0      20.0             10.0
    """
    from .traffic import with_channel

    start, end = week_bounds(week)
    _need(traffic_sources, ("date", "source", "visitors"), "traffic_sources")
    cols = [c for c in ("visitors", "paid_amount") if c in traffic_sources.columns]
    ts = traffic_sources.assign(channel=with_channel(traffic_sources, channels))
    now = ts.loc[ts["date"].between(start, end)].groupby("source")[cols].sum()
    if now.empty:
        raise DataError(T("week_missing_days", title=_title("traffic_sources"), table="traffic_sources",
                          days=[f"{d:%Y-%m-%d}" for d in _days(start)], start=start, end=end,
                          covers=_date_range_text(traffic_sources, "traffic_sources")))
    lost = [d for d in _days(start - _WEEK) if d < ts["date"].min()]  # last week before the data starts
    before = ts.loc[ts["date"].between(start - _WEEK, end - _WEEK)].groupby("source")[cols].sum()
    both = now.join(before.add_suffix("_before"), how="outer").fillna(0.0).astype("float64")
    if lost:  # a part of last week is no comparison: say nothing rather than a change the data's start made
        both[[f"{c}_before" for c in cols]] = np.nan
    both["visitors_change"] = both["visitors"] - both["visitors_before"]
    total = float(both["visitors_change"].sum())
    if shop_daily is not None:
        total = float(_totals(shop_daily, start, ["visitors"])["visitors"]
                      - _totals(shop_daily, start - _WEEK, ["visitors"])["visitors"])
    both["share_of_visitors_change"] = ratio(both["visitors_change"], total)
    channel = ts.drop_duplicates("source", keep="last").set_index("source")["channel"]
    both["channel"] = channel.reindex(both.index).fillna("other").astype("str")
    out = both.rename(columns={"visitors_before": "visitors_last_week"})
    order = ["channel", "visitors_last_week", "visitors", "visitors_change", "share_of_visitors_change"]
    if "paid_amount" in cols:
        out = out.rename(columns={"paid_amount_before": "sales_last_week"})
        out["sales_change"] = out["paid_amount"] - out["sales_last_week"]
        order += ["sales_last_week", "paid_amount", "sales_change"]
    key = out["visitors_change"].abs().fillna(out["visitors"]).to_numpy()
    out = out[order].iloc[np.argsort(-key, kind="stable")].rename_axis("source").reset_index()
    out = out.astype({"source": "str"})
    out.attrs["note"] = T("no_history", days=[f"{d:%Y-%m-%d}" for d in lost]) if lost else ""
    return out


def summarize_ads(ppc_keywords: pd.DataFrame, week) -> pd.DataFrame:
    """Summarize each search-ads (直通车) campaign's week: 花费, clicks, orders, GMV and ROI against last week.

    ROI (投入产出比) = 总成交金额 / 花费 and CPC (平均点击花费) = 花费 / 点击量, ratios of
    the week's sums. The last row (``campaign`` 合计, Total) is the whole account.

    Parameters
    ----------
    ppc_keywords : DataFrame
        The ``ppc_keywords`` table.
    week : date-like
        The week's Monday.

    Returns
    -------
    DataFrame
        ``campaign``, ``cost_last_week``, ``cost``, ``clicks``, ``cpc``, ``orders``,
        ``gmv``, ``roi_last_week`` and ``roi``; campaigns by spend, highest first,
        then the total. Last week's columns are NaN when it starts before the report's
        first day.

    Examples
    --------
    >>> kw = pd.DataFrame({"date": pd.to_datetime(["2026-10-05", "2026-10-12"]), "campaign": ["A", "A"],
    ...                    "clicks": [100, 100], "cost": [100.0, 120.0], "orders": [2, 3], "gmv": [300.0, 480.0]})
    >>> summarize_ads(kw, "2026-10-12")[["campaign", "cost_last_week", "cost", "roi_last_week", "roi"]]
      campaign  cost_last_week   cost  roi_last_week  roi
    0        A           100.0  120.0            3.0  4.0
    1       合计           100.0  120.0            3.0  4.0
    """
    from .ppc import compare_campaigns

    start, end = week_bounds(week)
    out = compare_campaigns(ppc_keywords, (start, end), (start - _WEEK, end - _WEEK), total=T("total"))
    return out.rename(columns={"cost_before": "cost_last_week", "roi_before": "roi_last_week"})


def tasks_due(design_tasks: pd.DataFrame, week, *, products: pd.DataFrame | None = None) -> pd.DataFrame:
    """List the design tasks due next week (next Monday to Sunday) and not delivered by this Sunday.

    Parameters
    ----------
    design_tasks : DataFrame
        The ``design_tasks`` table (``task_id``, ``designer``, ``asset``, ``requested``,
        ``due``, ``delivered``).
    week : date-like
        The week's Monday (the meeting's week; "next week" is the one after).
    products : DataFrame, optional
        Adds ``product_name``.

    Returns
    -------
    DataFrame
        ``task_id``, ``designer``, (``product_id``, ``product_name``), ``asset``,
        ``requested``, ``due`` and ``days_to_due`` (from this Sunday), by due date.

    Examples
    --------
    >>> tasks = pd.DataFrame({"task_id": ["T1", "T2", "T3"], "designer": ["小林", "阿楠", "小林"],
    ...                       "asset": ["main_image"] * 3,
    ...                       "requested": pd.to_datetime(["2026-10-10"] * 3),
    ...                       "due": pd.to_datetime(["2026-10-21", "2026-10-22", "2026-10-30"]),
    ...                       "delivered": pd.to_datetime([None, "2026-10-17", None])})
    >>> tasks_due(tasks, "2026-10-12")[["task_id", "due", "days_to_due"]]
      task_id        due  days_to_due
    0      T1 2026-10-21            3
    """
    start, end = week_bounds(week)
    _need(design_tasks, ("task_id", "designer", "asset", "requested", "due", "delivered"), "design_tasks")
    t = design_tasks
    due = t["due"].between(end + _DAY, end + _WEEK)
    open_ = t["delivered"].isna() | (t["delivered"] > end)
    rows = t.loc[due & open_ & (t["requested"] <= end)].sort_values(["due", "task_id"], kind="stable")
    rows = rows.assign(days_to_due=(rows["due"] - end).dt.days.astype("int64"))
    columns = ["task_id", "designer"]
    if "product_id" in rows.columns:
        columns.append("product_id")
        if products is not None and "product_name" in products.columns:
            names = products.drop_duplicates("product_id").set_index("product_id")["product_name"]
            rows = rows.assign(product_name=rows["product_id"].map(names))
            columns.append("product_name")
    return rows[[*columns, "asset", "requested", "due", "days_to_due"]].reset_index(drop=True)


def roster_issues(cs_roster: pd.DataFrame, week, **rules) -> pd.DataFrame:
    """Check the roster of this week and next with :func:`shopanalysis.customer_service.check_roster`.

    Next week is checked as far as the roster reaches (a roster is planned ahead; the
    days it does not cover yet are not called uncovered).

    Parameters
    ----------
    cs_roster : DataFrame
        The ``cs_roster`` table.
    week : date-like
        The week's Monday.
    **rules
        Passed to :func:`~shopanalysis.customer_service.check_roster` (``open_from``,
        ``shifts``, ``min_rest_h``, ...).

    Returns
    -------
    DataFrame
        :func:`~shopanalysis.customer_service.check_roster` output for this Monday to
        next Sunday (or the roster's last day).
    """
    from .customer_service import check_roster

    start, end = week_bounds(week)
    _need(cs_roster, ("date", "agent", "shift"), "cs_roster")
    last = min(end + _WEEK, max(pd.Timestamp(cs_roster["date"].max()), end))
    return check_roster(cs_roster, start=start, end=last, **rules)


def open_actions(shop, week, **checklist_kwargs) -> pd.DataFrame:
    """Gather the open actions of the week's daily reviews: the morning-checklist items still flagged on Sunday.

    :func:`shopanalysis.checklist.morning_checklist` runs for each day of the week; an
    item marked ACTION (需处理) or WARN (留意) on the Sunday is still open. Each item
    is listed once, with how many days of the week it was flagged, the first such day
    and the Sunday's to-do.

    Parameters
    ----------
    shop : Shop
        The shop's tables.
    week : date-like
        The week's Monday.
    **checklist_kwargs
        Passed to :func:`~shopanalysis.checklist.morning_checklist` (``response_target_s``,
        ``healthy_mix``, ...).

    Returns
    -------
    DataFrame
        ``key``, ``item``, ``status`` (on Sunday), ``days_flagged``, ``first_flagged``
        and ``todo``: ACTION first, then the items flagged longest. ``attrs["closed"]``
        holds the keys flagged during the week but no longer on Sunday;
        ``attrs["closed_items"]`` their names.

    Examples
    --------
    >>> from shopanalysis import Shop
    >>> kw = pd.DataFrame({"date": pd.date_range("2026-10-12", periods=7), "campaign": "连衣裙-精准",
    ...                    "keyword": "碎花裙", "impressions": 3000, "clicks": 60,
    ...                    "cost": [300.0] * 6 + [10.0], "orders": 0, "gmv": 0.0})
    >>> plans = pd.DataFrame({"campaign": ["连衣裙-精准"], "daily_budget": [300.0]})
    >>> acts = open_actions(Shop(ppc_keywords=kw, ppc_campaigns=plans), "2026-10-12")
    >>> list(acts["key"]), acts.attrs["closed"]
    ([], ['ppc_budget'])
    """
    from .checklist import morning_checklist

    start, end = week_bounds(week)
    days = []
    for day in _days(start):
        c = morning_checklist(shop, day, **checklist_kwargs)
        days.append(c.assign(date=day))
    everything = pd.concat(days, ignore_index=True)
    flagged = everything.loc[everything["status"].isin(["ACTION", "WARN"])]
    last = days[-1].set_index("key")
    counts = flagged.groupby("key", sort=False).agg(days_flagged=("date", "size"), first_flagged=("date", "min"))
    still = [k for k in last.index if last.loc[k, "status"] in ("ACTION", "WARN")]
    out = pd.DataFrame({
        "key": still,
        "item": [last.loc[k, "item"] for k in still],
        "status": [last.loc[k, "status"] for k in still],
        "days_flagged": [int(counts.loc[k, "days_flagged"]) for k in still],
        "first_flagged": [counts.loc[k, "first_flagged"] for k in still],
        "todo": [last.loc[k, "todo"] for k in still],
    })
    if len(out):
        out = out.assign(_rank=(out["status"] != "ACTION").astype(int)).sort_values(
            ["_rank", "days_flagged"], ascending=[True, False], kind="stable").drop(columns="_rank")
    out = out.reset_index(drop=True).astype({"key": "str", "item": "str", "status": "str", "todo": "str"})
    closed = [k for k in counts.index if k not in still]
    out.attrs.update({"closed": closed, "closed_items": [last.loc[k, "item"] for k in closed],
                      "start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}"})
    return out


def describe_week(comparison: pd.DataFrame, *, sources: pd.DataFrame | None = None,
                  actions: pd.DataFrame | None = None) -> list[str]:
    """Write the takeaways of the week: sales against last week and its split, the plan, traffic, open actions.

    Parameters
    ----------
    comparison : DataFrame
        :func:`compare_weeks` output.
    sources : DataFrame, optional
        :func:`compare_sources` output (the first row is named).
    actions : DataFrame, optional
        :func:`open_actions` output.

    Returns
    -------
    list of str
        Sentences in the package's language.

    Examples
    --------
    >>> days = pd.DataFrame({"date": pd.date_range("2026-10-05", periods=14),
    ...                      "visitors": [100] * 7 + [110] * 7, "paying_buyers": [2] * 14,
    ...                      "paid_amount": [200.0] * 7 + [220.0] * 7})
    >>> describe_week(compare_weeks(days, "2026-10-12"))[0]
    '本周（10-12 至 10-18）支付金额 ¥1,540，比上周 +10.0%（+¥140）。'
    """
    row = comparison.iloc[0]
    out = []
    span = dict(start=row["start"], end=row["end"], amount=row["paid_amount"])
    if pd.notna(row["paid_amount_before"]):
        out.append(T("sales", **span, pct=row["sales_change_pct"], change=row["sales_change"]))
        parts = {"visitors": row["yuan_visitors"], "conversion_rate": row["yuan_conversion"],
                 "avg_order_value": row["yuan_avg_order_value"]}
        if all(np.isfinite(v) for v in parts.values()):
            driver = max(parts, key=lambda k: abs(parts[k]))
            out.append(T("split", visitors=parts["visitors"], conversion=parts["conversion_rate"],
                         aov=parts["avg_order_value"], driver=vocab.label(driver)))
    else:
        out.append(T("sales.alone", **span))
        out.append(row["note"])
    out.append(T("plan", planned=row["planned"], completion=row["plan_completion"]) if pd.notna(row["planned"])
               else T("plan.none"))
    if sources is not None and len(sources) and pd.notna(sources["visitors_change"].iloc[0]):
        top = sources.iloc[0]
        out.append(T("source", source=top["source"], change=top["visitors_change"],
                     pct=ratio(top["visitors_change"], top["visitors_last_week"])))
    if actions is not None:
        if len(actions):
            out.append(T("actions", n=len(actions), items=list(actions["item"])))
        else:
            out.append(T("actions.none"))
        closed = actions.attrs.get("closed_items", [])
        if closed:
            out.append(T("actions.closed", n=len(closed), items=list(closed)))
    return out


def method_notes(*, min_clicks: int = 100, response_target_s: float = 20.0) -> list[str]:
    """Say how the weekly pack is computed, in plain words (the method section).

    Examples
    --------
    >>> len(method_notes())
    5
    """
    return [T("method.week"), T("method.split"), T("method.plan"),
            T("method.roles", min_clicks=min_clicks, target=response_target_s), T("method.actions")]
