"""The morning checklist: what an operator must look at and do today, from yesterday's data.

:func:`morning_checklist` runs the checks of the daily review on a :class:`~shopanalysis.Shop`
and returns one row per item, the same items every day, so that a report can show it as
a table and record how many need action. Each item's numbers come from the domain
modules (:mod:`shopanalysis.sales`, :mod:`shopanalysis.traffic`, :mod:`shopanalysis.ppc`,
:mod:`shopanalysis.customer_service`); this module only sets thresholds on them and
writes what to do in plain words.

Statuses:

- ``ACTION``: something must be done today (a campaign out of budget, a case about
  to time out, a slow agent, a bad review not handled);
- ``WARN``: worth a look (behind plan, a drop against last week, an unhealthy mix,
  an export that was not refreshed);
- ``OK``: nothing to do;
- ``N/A``: the table this item needs was not found (the detail says which file).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from ._dates import _as_day, _need, _require_day
from ._errors import DataError
from ._format import _whole_number, format_pct, format_yuan
from ._schema import TABLES
from .customer_service import (RESPONSE_TARGET_S, check_roster, flag_after_sales_due, flag_slow_response,
                               summarize_after_sales, summarize_bad_reviews)
from .metrics import summarize
from .ppc import summarize_spend
from .sales import DRIVER_LABELS, NoTarget, compare_day, describe_day, pace_month, promo_days
from .traffic import HEALTHY_MIX, channel_mix, check_mix, source_changes

__all__ = ["CHECKLIST_ITEMS", "STATUSES", "morning_checklist", "describe_checklist"]

#: The statuses an item can have, most urgent first.
STATUSES = ("ACTION", "WARN", "OK", "N/A")

#: Every item of the checklist, in the order shown: key -> label (Chinese and English).
CHECKLIST_ITEMS: dict[str, str] = {
    "ppc_budget": "直通车预算 PPC spend vs budget",
    "after_sales_deadline": "售后超时 after-sales near deadline",
    "refunds_waiting": "待处理退款 refunds waiting",
    "cs_first_response": "客服首响 CS first response",
    "bad_reviews": "中差评 bad reviews unresolved",
    "sales_pacing": "销售进度 sales vs month plan",
    "sales_day": "昨日销售 sales vs last week",
    "product_alerts": "商品异常 products that stopped selling",
    "traffic_mix": "流量结构 traffic mix",
    "design_tasks": "美工任务 design tasks due",
    "cs_roster": "客服排班 tomorrow's roster",
    "data_freshness": "数据完整 exports up to date",
}

_DATED_TABLES = ("shop_daily", "traffic_sources", "products_daily", "ppc_keywords", "cs_daily")


def _result(status: str, detail: str = "", todo: str = "") -> dict:
    return {"status": status, "detail": detail, "todo": todo}


def _not_found(*tables: str) -> dict:
    files = "; ".join(f"{t} ({TABLES[t].title}: {t}.csv or {' / '.join(TABLES[t].file_aliases)})" for t in tables)
    return _result("N/A", f"no {files}", "add the export to the data folder to check this")


def _missing(shop, *tables: str) -> list[str]:
    return [t for t in tables if getattr(shop, t, None) is None]


def _names(items, limit: int = 5) -> str:
    items = list(items)
    more = f" and {len(items) - limit} more" if len(items) > limit else ""
    return ", ".join(items[:limit]) + more


# --- the items ---------------------------------------------------------------------------


def _ppc_budget(shop, day, *, ran_out_at):
    if _missing(shop, "ppc_keywords"):
        return _not_found("ppc_keywords")
    spend = summarize_spend(shop.ppc_keywords, shop.ppc_campaigns, day, ran_out_at=ran_out_at)
    total, budget = spend["spend"].sum(), spend["daily_budget"].sum(min_count=1)
    if shop.ppc_campaigns is None:
        return _result("WARN", f"spend {format_yuan(total)}; no budgets: "
                               f"{_not_found('ppc_campaigns')['detail']}", "add the campaign list with 日限额")
    if spend.attrs["note"]:
        return _result("OK", spend.attrs["note"])
    out = spend[spend["ran_out"]]
    detail = (f"spend {format_yuan(total)} of {format_yuan(budget)} budget over {len(spend)} campaigns; "
              f"ROI {spend['gmv'].sum() / total:.2f}" if total else f"no spend over {len(spend)} campaigns")
    if out.empty:
        return _result("OK", detail)
    detail = (f"{len(out)} of {len(spend)} campaigns ran out: "
              + _names(f"{r.campaign} {format_yuan(r.spend)}/{format_yuan(r.daily_budget)}" for r in out.itertuples())
              + f"; {detail}")
    todo = "; ".join(
        f"计划「{r.campaign}」 ran out of budget at {format_pct(r.budget_used, digits=0)} (ROI {r.roi:.2f}): "
        f"raise the daily limit or lower bids on burners" + (f" ({r.burners})" if r.burners else "")
        for r in out.itertuples())
    return _result("ACTION", detail, todo)


def _after_sales_deadline(shop, day, *, soon_h, within_h):
    if _missing(shop, "after_sales"):
        return _not_found("after_sales")
    cases = flag_after_sales_due(shop.after_sales, day, soon_h=soon_h, within_h=within_h)
    s = summarize_after_sales(shop.after_sales, day, soon_h=soon_h, within_h=within_h)
    detail = (f"{s['pending']} pending at {cases.attrs['as_of']}: {s['open']} open, {s['waiting_buyer']} waiting "
              f"on the buyer, {s['escalated']} escalated (小二介入); {s['due_soon']} due within {soon_h:g} h, "
              f"{s['due_within'] - s['due_soon']} more within {within_h:g} h, {s['overdue']} past the deadline")
    urgent = cases[cases["state"].isin(["open", "escalated"]) & (cases["due_within"] | cases["overdue"])]
    if urgent.empty:
        return _result("OK", detail)

    def case(r) -> str:
        left = "overdue" if r.overdue else f"{r.hours_left:.0f} h left"
        kind = f"{r.kind} " if hasattr(r, "kind") and isinstance(r.kind, str) else ""
        amount = f"{format_yuan(r.amount)}, " if hasattr(r, "amount") and np.isfinite(r.amount) and r.amount else ""
        return f"{r.case_id} ({kind}{amount}{left})"

    todo = (f"handle {len(urgent)} case(s) waiting on the shop before the deadline, earliest first: "
            + _names((case(r) for r in urgent.itertuples()), 6)
            + "; when 超时时间 passes the platform resolves the case for the buyer")
    return _result("ACTION", detail, todo)


def _refunds_waiting(shop, day):
    if _missing(shop, "after_sales"):
        return _not_found("after_sales")
    s = summarize_after_sales(shop.after_sales, day)
    detail = (f"{s['refunds_waiting']} refunds not finished ({format_yuan(s['refund_amount_waiting'])}): "
              f"{s['refunds_on_shop']} waiting on the shop ({format_yuan(s['refund_amount_on_shop'])}), "
              f"the rest on the buyer (return parcel)")
    if not s["refunds_on_shop"]:
        return _result("OK", detail)
    return _result("ACTION", detail,
                   f"approve or dispute the {s['refunds_on_shop']} refund(s) waiting on the shop "
                   f"({format_yuan(s['refund_amount_on_shop'])}); check returned parcels that arrived")


def _cs_first_response(shop, day, *, target_s):
    if _missing(shop, "cs_daily"):
        return _not_found("cs_daily")
    if "first_response_s" not in shop.cs_daily.columns:
        return _result("N/A", "the cs_daily export has no 首次响应时间 column")
    flags = flag_slow_response(shop.cs_daily, day, target_s=target_s)
    if flags.empty:
        return _result("WARN", f"no 赤兔 rows for {day:%Y-%m-%d}", "export yesterday's 赤兔 客服绩效")
    slow = flags[flags["slow_response"]]
    detail = (f"{len(slow)} of {len(flags)} agents above the {target_s:g} s first-response target"
              + (": " + _names(f"{r.agent} {r.first_response_s:.0f} s" for r in slow.itertuples()) if len(slow) else
                 f"; slowest {flags['first_response_s'].max():.0f} s"))
    if slow.empty:
        return _result("OK", detail)
    return _result("ACTION", detail,
                   f"talk to {_names(slow['agent'])} about replying within {target_s:g} s: set up quick replies "
                   f"(快捷短语) and check who covers the busy hours")


def _bad_reviews(shop, day, *, days):
    if _missing(shop, "cs_daily"):
        return _not_found("cs_daily")
    if not {"bad_reviews", "bad_reviews_resolved"} <= set(shop.cs_daily.columns):
        return _result("N/A", "the cs_daily export has no 中差评数 / 中差评处理数 columns")
    per_agent = summarize_bad_reviews(shop.cs_daily, day, days=days)
    bad, open_ = int(per_agent["bad_reviews"].sum()), int(per_agent["unresolved"].sum())
    detail = f"{bad} 中差评 from {per_agent.attrs['start']} to {day:%m-%d}, {open_} not resolved"
    if not open_:
        return _result("OK", detail)
    who = _names(f"{r.agent} {r.unresolved}" for r in per_agent[per_agent["unresolved"] > 0].itertuples())
    return _result("ACTION", f"{detail} ({who})",
                   f"contact the buyers of the {open_} unresolved 中差评 today ({who}): solve the problem, "
                   f"then ask whether they will update the review")


def _sales_pacing(shop, day, *, warn_below, action_below, profile_kwargs):
    if _missing(shop, "shop_daily", "targets"):
        return _not_found(*_missing(shop, "shop_daily", "targets"))
    try:
        p = pace_month(shop.shop_daily, shop.targets, day, **profile_kwargs)
    except NoTarget as err:
        return _result("N/A", str(err), f"add {day:%Y-%m}'s sales target to the targets table")
    detail = (f"{p.month} to {day:%m-%d}: {format_yuan(p.mtd_sales)} against a plan of {format_yuan(p.mtd_target)} "
              f"(pace {format_pct(p.pace_ratio, digits=0)}); target {format_yuan(p.target_amount)}, forecast "
              f"{format_yuan(p.expected_month_end)}; {p.days_left} days left")
    promo_day = p.profile["promo"] != ""
    past = p.profile[(p.profile["date"] <= day) & promo_day & p.profile["promo_factor"].isna()]
    if len(past) and p.pace_ratio >= warn_below:
        detail += (f"; {len(past)} {past['promo'].iloc[0]} day(s) so far were planned like ordinary days "
                   f"(no last-year data, nothing to learn their lift from), so the pace looks better than it is")
    borrowed = p.profile[(p.profile["date"] > day) & (p.profile["basis"] == "borrowed")]
    if len(borrowed):
        factors = borrowed["promo_factor"]
        detail += (f"; {len(borrowed)} {_names(borrowed['promo'].unique())} day(s) ahead have no last-year data "
                   f"and are planned at x{factors.min():.1f}"
                   + (f" to x{factors.max():.1f}" if factors.max() > factors.min() + 0.05 else "")
                   + " an ordinary day, learned from other promo windows: an estimate")
    if p.days_left == 0:
        status = "OK" if p.mtd_sales >= p.target_amount else "WARN"
        return _result(status, detail, "" if status == "OK" else
                       f"the month closed {format_yuan(-p.gap_to_target, sign=True)} against target: note why "
                       f"in the monthly review")
    if p.pace_ratio >= warn_below:
        return _result("OK", detail)
    status = "WARN" if p.pace_ratio >= action_below else "ACTION"
    todo = (f"sell {format_yuan(p.needed_per_day)} a day for the {p.days_left} days left (the plan has "
            f"{format_yuan(p.planned_per_day)}): plan traffic (直通车 budget, events) and offers to close "
            f"{format_yuan(p.gap_to_target)}")
    if p.unscaled_promo_days:
        # the plan cannot see the promo days ahead: being behind it may only mean the promo has not come yet
        status = "WARN"
        detail += (f"; {p.unscaled_promo_days} promo day(s) ahead are planned like ordinary days "
                   f"(no last-year data, nothing to learn their lift from), so the plan is too flat")
        todo = ("check the pace against your own promo plan (pass promo_factors, e.g. {'双11': 2.0}); "
                "if the promo will not close the gap, " + todo)
    elif len(borrowed):
        # the promo days ahead are an estimate from other windows: a miss may be the estimate's, not the shop's
        status = "WARN"
        todo = ("the promo days ahead are planned from other promo windows: check the pace against your own "
                "promo plan (pass promo_factors, e.g. {'双11': 2.0}); if the promo will not close the gap, " + todo)
    return _result(status, detail, todo)


_DRIVER_TODO = {
    "visitors": "look at which traffic sources fell (see the traffic section)",
    "conversion_rate": "check prices, stock, reviews and the detail pages of the main products",
    "avg_order_value": "check coupons, bundles and which products sold",
}


def _sales_day(shop, day, *, drop_warn):
    if _missing(shop, "shop_daily"):
        return _not_found("shop_daily")
    cmp = compare_day(shop.shop_daily, day, against=("same_weekday_last_week",))
    row = cmp.iloc[0]
    if not np.isfinite(row["sales_change"]):
        return _result("N/A", row["note"])
    sources = None
    if shop.traffic_sources is not None:
        try:
            sources = source_changes(shop.traffic_sources, day, against="same_weekday_last_week",
                                     shop_daily=shop.shop_daily)
        except DataError:
            sources = None
    sentences = describe_day(cmp, sources, baseline="same_weekday_last_week")
    detail = " ".join(sentences)
    if not row["sales_change_pct"] <= -drop_warn:
        return _result("OK", detail)
    parts = {k: row[f"yuan_{'conversion' if k == 'conversion_rate' else k}"] for k in DRIVER_LABELS}
    driver = min(parts, key=lambda k: parts[k]) if all(np.isfinite(list(parts.values()))) else "visitors"
    return _result("WARN", detail, f"sales fell {format_pct(-row['sales_change_pct'], digits=0)}: "
                                   f"{_DRIVER_TODO[driver]}")


def _product_alerts(shop, day, *, min_visitors, min_expected, history_days):
    if _missing(shop, "products_daily"):
        return _not_found("products_daily")
    pdaily = shop.products_daily
    _need(pdaily, ("date", "product_id", "visitors", "paying_buyers"), "products_daily")
    start = day - pd.Timedelta(days=history_days)
    past = pdaily[(pdaily["date"] >= start) & (pdaily["date"] < day)]
    if past.empty:
        return _result("N/A", f"no products_daily rows in the {history_days} days before {day:%Y-%m-%d}")
    usual = summarize(past, "product_id", metrics=["conversion_rate"], sum_columns=["visitors", "paying_buyers"])
    today = summarize(pdaily[pdaily["date"] == day], "product_id", metrics=[],
                      sum_columns=["visitors", "paying_buyers"])
    both = today.merge(usual[["product_id", "conversion_rate"]], on="product_id", how="inner")
    both = both.assign(expected=both["visitors"] * both["conversion_rate"])
    stopped = both[(both["paying_buyers"] == 0) & (both["visitors"] >= min_visitors)
                   & (both["expected"] >= min_expected)].sort_values("expected", ascending=False)
    if stopped.empty:
        return _result("OK", f"no product with {min_visitors}+ visitors went without a buyer where its "
                             f"{history_days}-day conversion promised {min_expected:g}+")
    names = {}
    if "product_name" in pdaily.columns:
        names = pdaily.drop_duplicates("product_id", keep="last").set_index("product_id")["product_name"].to_dict()
    label = [names.get(p) if isinstance(names.get(p), str) and names.get(p) else p for p in stopped["product_id"]]
    items = [f"{n} ({_whole_number(r.visitors)} visitors, 0 buyers; usually {format_pct(r.conversion_rate)}, "
             f"~{r.expected:.0f} expected)" for n, r in zip(label, stopped.itertuples())]
    return _result("WARN", f"{len(stopped)} product(s) had visitors but no buyer: {_names(items)}",
                   f"check stock, price, SKU options and the detail page of {_names(label)}")


def _traffic_mix(shop, day, *, healthy, days):
    if _missing(shop, "traffic_sources"):
        return _not_found("traffic_sources")
    start = day - pd.Timedelta(days=days - 1)
    mix = channel_mix(shop.traffic_sources, (start, day), shop_daily=shop.shop_daily)
    checked = check_mix(mix, healthy)
    detail = (f"{start:%m-%d}..{day:%m-%d} visitors: "
              + ", ".join(f"{r.channel} {format_pct(r.share, digits=0)}" for r in checked.itertuples()))
    off = checked[checked["status"] != "ok"]
    if off.empty:
        return _result("OK", detail + " (all within the rule-of-thumb ranges)")
    return _result("WARN", detail, "; ".join(off["advice"]))


def _design_tasks(shop, day, *, due_days):
    if _missing(shop, "design_tasks"):
        return _not_found("design_tasks")
    tasks = shop.design_tasks
    delivered = tasks["delivered"] if "delivered" in tasks.columns else pd.Series(pd.NaT, index=tasks.index)
    pending = tasks[(tasks["requested"] <= day) & ~(delivered <= day)]
    overdue = pending[pending["due"] <= day]
    soon = pending[(pending["due"] > day) & (pending["due"] <= day + pd.Timedelta(days=due_days))]

    def task(r) -> str:
        product = f" for {r.product_id}" if hasattr(r, "product_id") and isinstance(r.product_id, str) else ""
        return f"{r.task_id} {r.asset}{product} ({r.designer}, due {r.due:%m-%d})"

    detail = f"{len(pending)} open, {len(overdue)} past due, {len(soon)} due within {due_days} day(s)"
    if len(overdue):
        return _result("ACTION", f"{detail}: " + _names(task(r) for r in overdue.itertuples()),
                       f"chase {_names(overdue['designer'].unique())} for the overdue work, and agree new dates")
    if len(soon):
        return _result("WARN", f"{detail}: " + _names(task(r) for r in soon.itertuples()),
                       f"check with {_names(soon['designer'].unique())} that it will be ready")
    return _result("OK", detail)


def _cs_roster(shop, day):
    if _missing(shop, "cs_roster"):
        return _not_found("cs_roster")
    tomorrow = day + pd.Timedelta(days=1)
    rows = shop.cs_roster.loc[shop.cs_roster["date"] == tomorrow]
    if rows.empty:
        return _result("WARN", f"no roster for {tomorrow:%Y-%m-%d}", f"fill in the 客服排班 for {tomorrow:%m-%d}")
    counts = rows.groupby("shift")["agent"].apply(list)
    detail = f"{tomorrow:%m-%d}: " + ", ".join(
        f"{shift} {len(counts.get(shift, []))}" for shift in ("day", "half", "night"))
    empty = [s for s in ("day", "night") if not len(counts.get(s, []))]
    if empty:
        return _result("ACTION", detail, f"nobody on the {' and '.join(empty)} shift on {tomorrow:%m-%d}: "
                                         f"assign someone so the shop is answered")
    off = check_roster(shop.cs_roster, start=tomorrow, end=tomorrow, rules=["big_day"])
    if len(off):  # the peak of a sale tomorrow, and someone is off
        who = _names(off["agent"])
        sale = promo_days(tomorrow, tomorrow)["promo"]
        big = f"{sale.iloc[0]} ({tomorrow:%m-%d})" if len(sale) else f"{tomorrow:%m-%d}"
        return _result("ACTION", f"{detail}; off on a big day: {who}",
                       f"{big} is a big day: bring {who} onto a shift")
    return _result("OK", detail)


def _data_freshness(shop, day):
    found = [t for t in _DATED_TABLES if getattr(shop, t, None) is not None]
    if not found:
        return _result("N/A", "no dated tables found")
    stale = []
    for t in found:
        last = getattr(shop, t)["date"].max()
        if pd.isna(last) or last < day:
            stale.append(f"{t} ends {last:%Y-%m-%d}" if pd.notna(last) else f"{t} has no rows")
    if stale:
        return _result("WARN", "; ".join(stale), f"re-export these to include {day:%Y-%m-%d}: the checks above "
                                                  f"that use them may look quieter than the day was")
    return _result("OK", f"{', '.join(found)} include {day:%Y-%m-%d}")


# --- the checklist --------------------------------------------------------------------------


def morning_checklist(
    shop,
    date,
    *,
    ran_out_at: float = 0.98,
    deadline_soon_h: float = 24,
    deadline_within_h: float = 48,
    response_target_s: float = RESPONSE_TARGET_S,
    bad_review_days: int = 7,
    pace_warn_below: float = 1.0,
    pace_action_below: float = 0.9,
    sales_drop_warn: float = 0.20,
    product_min_visitors: int = 30,
    product_min_expected_buyers: float = 3.0,
    product_history_days: int = 28,
    healthy_mix: Mapping[str, tuple[float, float]] = HEALTHY_MIX,
    mix_days: int = 7,
    design_due_days: int = 1,
    profile_kwargs: Mapping | None = None,
) -> pd.DataFrame:
    """List what to look at and do this morning, from the data of the day under review.

    Parameters
    ----------
    shop : Shop
        The shop's tables (:func:`shopanalysis.io.load_shop`); a table that is
        ``None`` makes the items that need it ``N/A``.
    date : date-like
        The day under review (usually yesterday); "tomorrow" is the day after it.
    ran_out_at : float, default 0.98
        A 直通车 campaign that spent this share of its 日限额 ran out of budget.
    deadline_soon_h, deadline_within_h : float, default 24 and 48
        After-sales cases whose 超时时间 is this close (hours from the end of ``date``).
    response_target_s : float, default 20
        The 首次响应时间 target in seconds.
    bad_review_days : int, default 7
        How many days of 中差评 to count.
    pace_warn_below, pace_action_below : float, default 1.0 and 0.9
        Month pacing (``pace_ratio``) below the first is WARN, below the second ACTION.
    sales_drop_warn : float, default 0.20
        A fall of the day's 支付金额 of this share or more against the same weekday last
        week is WARN.
    product_min_visitors, product_min_expected_buyers, product_history_days : default 30, 3.0, 28
        A product with at least ``product_min_visitors`` visitors and no buyer is WARN
        when its conversion over the ``product_history_days`` before promised at least
        ``product_min_expected_buyers`` buyers (zero in a sample where 3 were expected
        happens by chance about 5% of the time: the 3/n rule of DESIGN.md).
    healthy_mix : mapping, default traffic.HEALTHY_MIX
        Healthy channel shares (a rule of thumb from a Tmall operations manual).
    mix_days : int, default 7
        The traffic mix is taken over this many days up to ``date``.
    design_due_days : int, default 1
        A design task due within this many days is WARN; past due is ACTION.
    profile_kwargs : mapping, optional
        Passed to :func:`shopanalysis.sales.pace_month` (``lookback_weeks``, ...).

    Returns
    -------
    DataFrame
        One row per item of :data:`CHECKLIST_ITEMS`, in that order: ``key``, ``item``
        (Chinese and English), ``status`` (``'ACTION'``, ``'WARN'``, ``'OK'``,
        ``'N/A'``), ``detail`` (the numbers) and ``todo`` (what to do, in plain words;
        empty when nothing). An item whose data raised a :class:`DataError` is WARN
        with the message in ``detail``.

    Raises
    ------
    DataError
        When ``date`` is outside the ``shop_daily`` data (the message gives its range).

    Examples
    --------
    >>> from shopanalysis import Shop
    >>> kw = pd.DataFrame({"date": pd.to_datetime(["2026-10-15"]), "campaign": ["连衣裙-精准"],
    ...                    "keyword": ["碎花裙"], "impressions": [3000], "clicks": [60],
    ...                    "cost": [300.0], "orders": [0], "gmv": [0.0]})
    >>> plans = pd.DataFrame({"campaign": ["连衣裙-精准"], "daily_budget": [300.0]})
    >>> c = morning_checklist(Shop(ppc_keywords=kw, ppc_campaigns=plans), "2026-10-15")
    >>> c.set_index("key").loc["ppc_budget", "status"]
    'ACTION'
    >>> print(c.set_index("key").loc["ppc_budget", "todo"])
    计划「连衣裙-精准」 ran out of budget at 100% (ROI 0.00): raise the daily limit or lower bids on burners (碎花裙 ¥300)
    """
    day = _as_day(date)
    if getattr(shop, "shop_daily", None) is not None:
        _require_day(shop.shop_daily, day, "shop_daily")
    checks = {
        "ppc_budget": lambda: _ppc_budget(shop, day, ran_out_at=ran_out_at),
        "after_sales_deadline": lambda: _after_sales_deadline(shop, day, soon_h=deadline_soon_h,
                                                              within_h=deadline_within_h),
        "refunds_waiting": lambda: _refunds_waiting(shop, day),
        "cs_first_response": lambda: _cs_first_response(shop, day, target_s=response_target_s),
        "bad_reviews": lambda: _bad_reviews(shop, day, days=bad_review_days),
        "sales_pacing": lambda: _sales_pacing(shop, day, warn_below=pace_warn_below, action_below=pace_action_below,
                                              profile_kwargs=dict(profile_kwargs or {})),
        "sales_day": lambda: _sales_day(shop, day, drop_warn=sales_drop_warn),
        "product_alerts": lambda: _product_alerts(shop, day, min_visitors=product_min_visitors,
                                                  min_expected=product_min_expected_buyers,
                                                  history_days=product_history_days),
        "traffic_mix": lambda: _traffic_mix(shop, day, healthy=healthy_mix, days=mix_days),
        "design_tasks": lambda: _design_tasks(shop, day, due_days=design_due_days),
        "cs_roster": lambda: _cs_roster(shop, day),
        "data_freshness": lambda: _data_freshness(shop, day),
    }
    rows = []
    for key, check in checks.items():
        try:
            result = check()
        except DataError as err:
            result = _result("WARN", f"could not check: {err}", "fix the export named in the detail")
        rows.append({"key": key, "item": CHECKLIST_ITEMS[key], **result})
    out = pd.DataFrame(rows, columns=["key", "item", "status", "detail", "todo"]).astype("str")
    out.attrs.update({"date": f"{day:%Y-%m-%d}",
                      "counts": {s: int((out["status"] == s).sum()) for s in STATUSES}})
    return out


def describe_checklist(checklist: pd.DataFrame) -> list[str]:
    """Say in one or two sentences what the morning checklist asks of a person today.

    Parameters
    ----------
    checklist : DataFrame
        :func:`morning_checklist` output (``item``, ``status``).

    Examples
    --------
    >>> cl = pd.DataFrame({"item": ["售后超时 after-sales near deadline", "流量结构 traffic mix", "中差评 bad reviews"],
    ...                    "status": ["ACTION", "WARN", "OK"]})
    >>> describe_checklist(cl)
    ['1 item needs action today: 售后超时 after-sales near deadline.', '1 more is worth a look: 流量结构 traffic mix.']
    """
    lines = []
    for status, first, more in (("ACTION", "need{s} action today", None), ("WARN", "is worth a look", "are worth a look")):
        items = checklist.loc[checklist["status"] == status, "item"].tolist()
        if not items:
            continue
        n = len(items)
        if status == "ACTION":
            verb = first.format(s="s" if n == 1 else "")
            lines.append(f"{n} item{'s' if n != 1 else ''} {verb}: {'; '.join(items)}.")
        else:
            verb = first if n == 1 else more
            lead = f"{n} more" if lines else f"{n} item{'s' if n != 1 else ''}"
            lines.append(f"{lead} {verb}: {'; '.join(items)}.")
    if not lines:
        lines.append("Nothing on the checklist needs a person today.")
    return lines
