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
from functools import reduce

import numpy as np
import pandas as pd

from . import vocab
from ._dates import _as_day, _need, _require_day
from ._errors import DataError
from ._format import format_yuan, join_words
from ._schema import TABLES
from .customer_service import (RESPONSE_TARGET_S, check_roster, flag_after_sales_due, flag_slow_response,
                               summarize_after_sales, summarize_bad_reviews)
from .metrics import summarize
from .ppc import summarize_spend
from .sales import DRIVERS, NoTarget, _hinge_words, compare_day, describe_day, pace_month, promo_days
from .shopinfo import platform_words, table_label
from .text.checklist import T
from .traffic import HEALTHY_MIX, channel_mix, check_mix, source_changes

__all__ = ["CHECKLIST_ITEMS", "STATUSES", "morning_checklist", "describe_checklist", "describe_rules",
           "item_label"]

#: The statuses an item can have, most urgent first (labelled 需处理 / 留意 / 正常 / 无数据 by the vocabulary).
STATUSES = ("ACTION", "WARN", "OK", "N/A")

#: Every item of the checklist, in the order shown (its name in words: :func:`item_label`).
CHECKLIST_ITEMS: tuple[str, ...] = (
    "ppc_budget",
    "after_sales_deadline",
    "refunds_waiting",
    "cs_first_response",
    "bad_reviews",
    "sales_pacing",
    "sales_day",
    "product_alerts",
    "traffic_mix",
    "design_tasks",
    "cs_roster",
    "data_freshness",
)

_DATED_TABLES = ("shop_daily", "traffic_sources", "products_daily", "ppc_keywords", "cs_daily")


def item_label(key: str, *, platform: str | None = None) -> str:
    """Return a checklist item's name in the package's language: 直通车预算 / Zhitongche spend vs budget.

    ``platform`` (the shop's platform code, ``shop.platform``) names its search ads:
    京东快车预算 on JD; Tmall's words when not known.

    Examples
    --------
    >>> item_label("sales_pacing")
    '销售进度'
    >>> item_label("ppc_budget"), item_label("ppc_budget", platform="jd")
    ('直通车预算', '京东快车预算')
    """
    return T(f"item.{key}", **platform_words(platform))


def _result(status: str, detail: str = "", todo: str = "") -> dict:
    return {"status": status, "detail": detail, "todo": todo}


def _join(parts, how: str = "list") -> str:
    parts = [str(p) for p in parts if p]
    return reduce(lambda a, b: T(f"join.{how}", a=a, b=b), parts) if parts else ""


def _file_names(table: str, platform: str | None = None) -> str:
    """The file names a table is found under, without those named for another platform's ads (直通车计划 on JD)."""
    aliases = TABLES[table].file_aliases  # the export's own (Chinese) names
    tmall, own = platform_words(None, lang="zh")["ads"], platform_words(platform, lang="zh")["ads"]
    mine = [a for a in aliases if tmall not in a] if own != tmall else list(aliases)
    return " / ".join(mine or aliases)


def _not_found(*tables: str, platform: str | None = None) -> dict:
    files = _join((T("not_found.file", title=table_label(t, platform), aliases=_file_names(t, platform))
                   for t in tables), "semicolon")
    return _result("N/A", T("not_found", files=files), T("not_found.todo"))


def _missing(shop, *tables: str) -> list[str]:
    return [t for t in tables if getattr(shop, t, None) is None]


def _names(items, limit: int = 5) -> str:
    """List names the way the language lists them, the first ``limit`` of them and how many more."""
    items = [str(i) for i in items]
    if len(items) > limit:
        return T("names.more", names=_join(items[:limit]), n=len(items) - limit)
    return _join(items)


def _product_names(shop) -> dict:
    """product_id -> title, from the products table or the products' daily rows."""
    names = {}
    for table in ("products_daily", "products"):
        df = getattr(shop, table, None)
        if df is not None and {"product_id", "product_name"} <= set(df.columns):
            rows = df.dropna(subset=["product_name"]).drop_duplicates("product_id", keep="last")
            names.update({k: v for k, v in zip(rows["product_id"], rows["product_name"]) if isinstance(v, str) and v})
    return names


def _once(memo: dict | None, key, make):
    """Return ``make()``, made once per checklist when items share a ``memo`` (a table's summary two items read)."""
    if memo is None:
        return make()
    if key not in memo:
        memo[key] = make()
    return memo[key]


def _alias(table: str, column: str) -> str:
    """The word a table's export prints for a column (首次响应时间), or the column's name."""
    try:
        col = TABLES[table].column(column)
    except KeyError:
        return column
    return col.aliases[0] if col.aliases else column


# --- the items ---------------------------------------------------------------------------


def _ppc_budget(shop, day, *, ran_out_at, platform=None):
    if _missing(shop, "ppc_keywords"):
        return _not_found("ppc_keywords", platform=platform)
    spend = summarize_spend(shop.ppc_keywords, shop.ppc_campaigns, day, ran_out_at=ran_out_at)
    total, budget = spend["spend"].sum(), spend["daily_budget"].sum(min_count=1)
    if shop.ppc_campaigns is None:
        return _result("WARN", T("ppc.no_budgets", spend=total,
                                 missing=_not_found("ppc_campaigns", platform=platform)["detail"]),
                       T("ppc.no_budgets.todo", file=table_label("ppc_campaigns", platform)))
    if spend.attrs["note"]:
        return _result("OK", spend.attrs["note"])
    out = spend[spend["ran_out"]]
    detail = (T("ppc.spend", n=len(spend), spend=total, budget=budget, roi=spend["gmv"].sum() / total) if total
              else T("ppc.no_spend", n=len(spend)))
    if out.empty:
        return _result("OK", detail)
    detail = T("ppc.ran_out", k=len(out), n=len(spend), detail=detail,
               campaigns=_names(T("ppc.campaign", campaign=r.campaign, spend=r.spend, budget=r.daily_budget)
                                for r in out.itertuples()))
    todo = _join((T("ppc.todo_burners" if r.burners else "ppc.todo", campaign=r.campaign, used=r.budget_used,
                    roi=r.roi, burners=r.burners)
                  for r in out.itertuples()), "semicolon")
    return _result("ACTION", detail, todo)


def _after_sales_summary(shop, day, *, soon_h, within_h, memo=None):
    return _once(memo, ("after_sales", soon_h, within_h),
                 lambda: summarize_after_sales(shop.after_sales, day, soon_h=soon_h, within_h=within_h))


def _after_sales_deadline(shop, day, *, soon_h, within_h, memo=None):
    if _missing(shop, "after_sales"):
        return _not_found("after_sales")
    cases = flag_after_sales_due(shop.after_sales, day, soon_h=soon_h, within_h=within_h)
    s = _after_sales_summary(shop, day, soon_h=soon_h, within_h=within_h, memo=memo)
    detail = T("after_sales.detail", pending=s["pending"], as_of=cases.attrs["as_of"], open=s["open"],
               waiting=s["waiting_buyer"], escalated=s["escalated"], soon=s["due_soon"], soon_h=soon_h,
               more=s["due_within"] - s["due_soon"], within_h=within_h, overdue=s["overdue"])
    urgent = cases[cases["state"].isin(["open", "escalated"]) & (cases["due_within"] | cases["overdue"])]
    if urgent.empty:
        return _result("OK", detail)

    def case(r) -> str:
        kind = vocab.value_label("kind", r.kind, default=r.kind) if isinstance(getattr(r, "kind", None), str) else ""
        amount = getattr(r, "amount", np.nan)
        parts = [kind, format_yuan(amount) if np.isfinite(amount) and amount else "",
                 T("case.overdue") if r.overdue else T("case.left", h=r.hours_left)]
        return T("case", case_id=r.case_id, what=_join(parts, "comma"))

    todo = T("after_sales.todo", n=len(urgent), cases=_names((case(r) for r in urgent.itertuples()), 6))
    return _result("ACTION", detail, todo)


def _refunds_waiting(shop, day, *, soon_h=24, within_h=48, memo=None):
    # the refunds do not depend on the deadline windows: the summary the deadline item made serves
    if _missing(shop, "after_sales"):
        return _not_found("after_sales")
    s = _after_sales_summary(shop, day, soon_h=soon_h, within_h=within_h, memo=memo)
    detail = T("refunds.detail", n=s["refunds_waiting"], amount=s["refund_amount_waiting"], on_shop=s["refunds_on_shop"],
               on_shop_amount=s["refund_amount_on_shop"])
    if not s["refunds_on_shop"]:
        return _result("OK", detail)
    return _result("ACTION", detail, T("refunds.todo", on_shop=s["refunds_on_shop"], amount=s["refund_amount_on_shop"]))


def _cs_first_response(shop, day, *, target_s):
    if _missing(shop, "cs_daily"):
        return _not_found("cs_daily")
    if "first_response_s" not in shop.cs_daily.columns:
        return _result("N/A", T("cs.no_column", column=_alias("cs_daily", "first_response_s")))
    flags = flag_slow_response(shop.cs_daily, day, target_s=target_s)
    if flags.empty:
        return _result("WARN", T("cs.no_rows", day=day), T("cs.no_rows.todo"))
    slow = flags[flags["slow_response"]]
    if len(slow):
        detail = T("cs.slow", k=len(slow), n=len(flags), target=target_s,
                   agents=_names(T("cs.agent", agent=r.agent, seconds=r.first_response_s) for r in slow.itertuples()))
    else:
        detail = T("cs.fast", k=0, n=len(flags), target=target_s, slowest=flags["first_response_s"].max())
    if slow.empty:
        return _result("OK", detail)
    return _result("ACTION", detail, T("cs.todo", agents=_names(slow["agent"]), target=target_s))


def _bad_reviews(shop, day, *, days):
    if _missing(shop, "cs_daily"):
        return _not_found("cs_daily")
    if not {"bad_reviews", "bad_reviews_resolved"} <= set(shop.cs_daily.columns):
        return _result("N/A", T("reviews.no_columns", bad=_alias("cs_daily", "bad_reviews"),
                                resolved=_alias("cs_daily", "bad_reviews_resolved")))
    per_agent = summarize_bad_reviews(shop.cs_daily, day, days=days)
    bad, open_ = int(per_agent["bad_reviews"].sum()), int(per_agent["unresolved"].sum())
    detail = T("reviews.detail", bad=bad, start=per_agent.attrs["start"], day=day, open=open_)
    if not open_:
        return _result("OK", detail)
    who = _names(T("reviews.agent", agent=r.agent, n=r.unresolved)
                 for r in per_agent[per_agent["unresolved"] > 0].itertuples())
    return _result("ACTION", T("reviews.detail_who", detail=detail, who=who), T("reviews.todo", open=open_, who=who))


def _promo(name: str) -> str:
    return vocab.value_label("promo", name, default=str(name))


def _sales_pacing(shop, day, *, warn_below, action_below, profile_kwargs, platform=None, pacing=None):
    if _missing(shop, "shop_daily", "targets"):
        return _not_found(*_missing(shop, "shop_daily", "targets"))
    try:
        p = pacing if pacing is not None and pacing.date == day else pace_month(
            shop.shop_daily, shop.targets, day, **profile_kwargs)
    except NoTarget as err:
        return _result("N/A", str(err), T("pacing.no_target.todo", month=f"{day:%Y-%m}"))
    details = [T("pacing.detail", month=p.month, day=day, sold=p.mtd_sales, plan=p.mtd_target, pace=p.pace_ratio,
                 target=p.target_amount, forecast=p.expected_month_end, left=p.days_left)]
    promo_day = p.profile["promo"] != ""
    past = p.profile[(p.profile["date"] <= day) & promo_day & p.profile["promo_factor"].isna()]
    if len(past) and p.pace_ratio >= warn_below:
        details.append(T("pacing.past_unscaled", promo=_promo(past["promo"].iloc[0]), n=len(past)))
    borrowed = p.profile[(p.profile["date"] > day) & (p.profile["basis"] == "borrowed")]
    if len(borrowed):
        factors = borrowed["promo_factor"]
        promos = _join(_promo(n) for n in borrowed["promo"].unique())
        wide = factors.max() > factors.min() + 0.05
        details.append(T("pacing.borrowed_range" if wide else "pacing.borrowed", promos=promos, n=len(borrowed),
                         low=factors.min(), high=factors.max()))
    if p.days_left == 0:
        status = "OK" if p.mtd_sales >= p.target_amount else "WARN"
        return _result(status, _join(details, "semicolon"),
                       "" if status == "OK" else T("pacing.closed.todo", gap=-p.gap_to_target))
    if p.verdict != "on_track" and p.promo_days_ahead and np.isfinite(p.needed_promo_lift):
        details.append(T("pacing.hinge", **_hinge_words(p)))
    if p.verdict == "depends_on_promo":
        # short only because the promo ahead is an estimate, and a lift the shop has reached closes the gap
        return _result("OK", _join(details, "semicolon"))
    # off track only when the forecast falls short of the target by more than its typical error (backtest)
    error = p.typical_error if np.isfinite(p.typical_error) else 0.0
    reach = p.expected_month_end / p.target_amount if np.isfinite(p.expected_month_end) and p.target_amount > 0 \
        else p.pace_ratio
    if reach >= warn_below * (1 - error):
        return _result("OK", _join(details, "semicolon"))
    status = "WARN" if reach >= action_below * (1 - error) else "ACTION"
    todo = T("pacing.todo", need=p.needed_per_day, left=p.days_left, plan=p.planned_per_day, gap=p.gap_to_target,
             **platform_words(platform))
    if p.unscaled_promo_days:
        # the plan cannot see the promo days ahead: being behind it may only mean the promo has not come yet
        status = "WARN"
        details.append(T("pacing.unscaled_ahead", n=p.unscaled_promo_days))
        todo = T("pacing.unscaled.todo", todo=todo)
    elif len(borrowed):
        # the promo days ahead are an estimate from other windows: a miss may be the estimate's, not the shop's
        status = "WARN"
        todo = T("pacing.borrowed.todo", todo=todo)
    return _result(status, _join(details, "semicolon"), todo)


#: The baseline of the ``sales_day`` item (the day is compared with the same weekday a week before).
_DAY_BASELINE = "same_weekday_last_week"  # data: a baseline code


def _given_comparison(comparison, day) -> pd.DataFrame | None:
    """The :func:`compare_day` row of ``day`` against :data:`_DAY_BASELINE` in a caller's frame, or None.

    Only a row without a note is taken: a note is a sentence in the language the frame was
    made in, and the item's detail must be in the checklist's.
    """
    if not isinstance(comparison, pd.DataFrame) or not {"date", "baseline", "note"} <= set(comparison.columns):
        return None
    rows = comparison[(comparison["baseline"] == _DAY_BASELINE) & (pd.to_datetime(comparison["date"]) == day)]
    if len(rows) != 1 or rows["note"].iloc[0] != "":
        return None
    return rows.reset_index(drop=True)


def _given_sources(sources, day) -> pd.DataFrame | None:
    """A caller's :func:`source_changes` frame when it is the one the item would compute, else None.

    That is: for ``day``, against :data:`_DAY_BASELINE`, with the shop's ``shop_daily``
    given and sorted by visitors (its ``attrs`` say so).
    """
    if not isinstance(sources, pd.DataFrame):
        return None
    a = sources.attrs
    same = (a.get("date") == f"{day:%Y-%m-%d}" and a.get("against") == _DAY_BASELINE
            and a.get("with_shop_daily") is True and a.get("sort_by") == "visitors")
    return sources if same else None


def _sales_day(shop, day, *, drop_warn, comparison=None, sources=None):
    if _missing(shop, "shop_daily"):
        return _not_found("shop_daily")
    cmp = _given_comparison(comparison, day)
    if cmp is None:
        cmp = compare_day(shop.shop_daily, day, against=(_DAY_BASELINE,))
    row = cmp.iloc[0]
    if not np.isfinite(row["sales_change"]):
        return _result("N/A", row["note"])
    sources = _given_sources(sources, day) if shop.traffic_sources is not None else None
    if sources is None and shop.traffic_sources is not None:
        try:
            sources = source_changes(shop.traffic_sources, day, against=_DAY_BASELINE, shop_daily=shop.shop_daily)
        except DataError:
            sources = None
    detail = _join(describe_day(cmp, sources, baseline=_DAY_BASELINE), "sentences")
    if not row["sales_change_pct"] <= -drop_warn:
        return _result("OK", detail)
    parts = {k: row[f"yuan_{'conversion' if k == 'conversion_rate' else k}"] for k in DRIVERS}
    driver = min(parts, key=lambda k: parts[k]) if all(np.isfinite(list(parts.values()))) else "visitors"
    return _result("WARN", detail, T("day.todo", pct=-row["sales_change_pct"], what=T(f"day.todo.{driver}")))


def _product_alerts(shop, day, *, min_visitors, min_expected, history_days, memo=None):
    if _missing(shop, "products_daily"):
        return _not_found("products_daily")
    pdaily = shop.products_daily
    _need(pdaily, ("date", "product_id", "visitors", "paying_buyers"), "products_daily")
    start = day - pd.Timedelta(days=history_days)
    past = pdaily[(pdaily["date"] >= start) & (pdaily["date"] < day)]
    if past.empty:
        return _result("N/A", T("products.no_history", days=history_days, day=day))
    usual = summarize(past, "product_id", metrics=["conversion_rate"], sum_columns=["visitors", "paying_buyers"])
    today = summarize(pdaily[pdaily["date"] == day], "product_id", metrics=[],
                      sum_columns=["visitors", "paying_buyers"])
    both = today.merge(usual[["product_id", "conversion_rate"]], on="product_id", how="inner")
    both = both.assign(expected=both["visitors"] * both["conversion_rate"])
    stopped = both[(both["paying_buyers"] == 0) & (both["visitors"] >= min_visitors)
                   & (both["expected"] >= min_expected)].sort_values("expected", ascending=False)
    if stopped.empty:
        return _result("OK", T("products.ok", visitors=min_visitors, days=history_days, expected=min_expected))
    names = _once(memo, "product_names", lambda: _product_names(shop))
    label = [names.get(p, p) for p in stopped["product_id"]]
    items = [T("products.item", name=n, visitors=r.visitors, rate=r.conversion_rate, expected=r.expected)
             for n, r in zip(label, stopped.itertuples())]
    return _result("WARN", T("products.detail", n=len(stopped), items=_names(items)),
                   T("products.todo", names=_names(label)))


def _traffic_mix(shop, day, *, healthy, days, platform=None):
    if _missing(shop, "traffic_sources"):
        return _not_found("traffic_sources")
    start = day - pd.Timedelta(days=days - 1)
    mix = channel_mix(shop.traffic_sources, (start, day), shop_daily=shop.shop_daily)
    checked = check_mix(mix, healthy, platform=platform)
    detail = T("mix.detail", start=start, end=day,
               shares=_join(T("mix.share", channel=vocab.value_label("channel", r.channel, default=r.channel),
                                share=r.share) for r in checked.itertuples()))
    off = checked[checked["status"] != "ok"]
    if off.empty:
        return _result("OK", T("mix.all_ok", detail=detail))
    return _result("WARN", detail, _join(off["advice"], "semicolon"))


def _design_tasks(shop, day, *, due_days, memo=None):
    if _missing(shop, "design_tasks"):
        return _not_found("design_tasks")
    tasks = shop.design_tasks
    delivered = tasks["delivered"] if "delivered" in tasks.columns else pd.Series(pd.NaT, index=tasks.index)
    pending = tasks[(tasks["requested"] <= day) & ~(delivered <= day)]
    overdue = pending[pending["due"] <= day]
    soon = pending[(pending["due"] > day) & (pending["due"] <= day + pd.Timedelta(days=due_days))]

    def task(r) -> str:
        asset = vocab.value_label("asset", r.asset, default=str(r.asset))
        product = getattr(r, "product_id", None)
        if isinstance(product, str) and product:
            products = _once(memo, "product_names", lambda: _product_names(shop))  # only when a task is named
            return T("design.task_for", task_id=r.task_id, asset=asset, product=products.get(product, product),
                     designer=r.designer, due=r.due)
        return T("design.task", task_id=r.task_id, asset=asset, designer=r.designer, due=r.due)

    detail = T("design.detail", open=len(pending), overdue=len(overdue), soon=len(soon), days=due_days)
    if len(overdue):
        return _result("ACTION", T("design.detail_tasks", detail=detail, tasks=_names(task(r) for r in overdue.itertuples())),
                       T("design.overdue.todo", designers=_names(overdue["designer"].unique())))
    if len(soon):
        return _result("WARN", T("design.detail_tasks", detail=detail, tasks=_names(task(r) for r in soon.itertuples())),
                       T("design.soon.todo", designers=_names(soon["designer"].unique())))
    return _result("OK", detail)


def _shift(code: str) -> str:
    return vocab.value_label("shift", code, default=code)


def _cs_roster(shop, day):
    if _missing(shop, "cs_roster"):
        return _not_found("cs_roster")
    tomorrow = day + pd.Timedelta(days=1)
    rows = shop.cs_roster.loc[shop.cs_roster["date"] == tomorrow]
    if rows.empty:
        return _result("WARN", T("roster.none", day=tomorrow), T("roster.none.todo", day=tomorrow))
    counts = rows.groupby("shift")["agent"].apply(list)
    detail = T("roster.detail", day=tomorrow, shifts=_join(
        T("roster.shift", shift=_shift(shift), n=len(counts.get(shift, []))) for shift in ("day", "half", "night")))
    empty = [_shift(s) for s in ("day", "night") if not len(counts.get(s, []))]
    if empty:
        return _result("ACTION", detail, T("roster.empty.todo", shifts=join_words(empty), day=tomorrow))
    off = check_roster(shop.cs_roster, start=tomorrow, end=tomorrow, rules=["big_day"])
    if len(off):  # the peak of a sale tomorrow, and someone is off
        who = _names(off["agent"])
        sale = promo_days(tomorrow, tomorrow)["promo"]
        big = T("roster.big_day", promo=_promo(sale.iloc[0]), day=tomorrow) if len(sale) else f"{tomorrow:%m-%d}"
        return _result("ACTION", T("roster.off", detail=detail, who=who), T("roster.off.todo", big=big, who=who))
    return _result("OK", detail)


def _data_freshness(shop, day, platform=None):
    found = [t for t in _DATED_TABLES if getattr(shop, t, None) is not None]
    if not found:
        return _result("N/A", T("fresh.none"))
    stale = []
    for t in found:
        last = getattr(shop, t)["date"].max()
        stale += ([T("fresh.ends", table=table_label(t, platform), last=last)] if pd.notna(last) and last < day
                  else [T("fresh.empty", table=table_label(t, platform))] if pd.isna(last) else [])
    if stale:
        return _result("WARN", _join(stale, "semicolon"), T("fresh.todo", day=day))
    return _result("OK", T("fresh.ok", tables=_join(table_label(t, platform) for t in found), day=day))


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
    pacing=None,
    comparison: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
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
        A search-ads (直通车) campaign that spent this share of its 日限额 ran out of budget.
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
    pacing : Pacing, optional
        The :func:`shopanalysis.sales.pace_month` result for ``date`` that the caller
        already has (the daily review computes it for its own section), so the month's
        plan and its backtest are not computed twice. Ignored when it is for another day.
    comparison : DataFrame, optional
        The :func:`shopanalysis.sales.compare_day` result for ``date`` that the caller
        already has (with any baselines, from ``shop.shop_daily``): its
        ``same_weekday_last_week`` row is used for the day's sales item instead of
        comparing again. Ignored when it has no such row for ``date``, or the row has
        a note (a sentence of the language it was made in).
    sources : DataFrame, optional
        The :func:`shopanalysis.traffic.source_changes` result the caller already has,
        used for the day's sales item instead of computing it again when it is the same
        one: for ``date``, ``against="same_weekday_last_week"``,
        ``shop_daily=shop.shop_daily`` and sorted by visitors (``attrs`` say so; the
        daily review's, for its default baseline). Ignored otherwise.

    Returns
    -------
    DataFrame
        One row per item of :data:`CHECKLIST_ITEMS`, in that order: ``key`` (the item's
        code), ``item`` (its name), ``status`` (``'ACTION'``, ``'WARN'``, ``'OK'``,
        ``'N/A'``: codes, which a table shows as 需处理 / 留意 / 正常 / 无数据), ``detail``
        (the numbers) and ``todo`` (what to do, in plain words; empty when nothing).
        ``item``, ``detail`` and ``todo`` are in the package's language, and name the
        shop's platform's ads and events (``shop.platform``: 京东快车, 京东秒杀 on a JD
        shop; Tmall's 直通车, 聚划算 when not known); ``attrs["platform"]`` keeps the code. An item whose data raised a :class:`DataError` is WARN
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
    计划「连衣裙-精准」日限额已花到 100%（投入产出比 0.00）：提高日限额，或给只花钱不出单的词降价（碎花裙 ¥300）
    """
    day = _as_day(date)
    if getattr(shop, "shop_daily", None) is not None:
        _require_day(shop.shop_daily, day, "shop_daily")
    platform = getattr(shop, "platform", None)
    memo: dict = {}  # what two items read: the after-sales summary, the products' names
    windows = {"soon_h": deadline_soon_h, "within_h": deadline_within_h}
    checks = {
        "ppc_budget": lambda: _ppc_budget(shop, day, ran_out_at=ran_out_at, platform=platform),
        "after_sales_deadline": lambda: _after_sales_deadline(shop, day, **windows, memo=memo),
        "refunds_waiting": lambda: _refunds_waiting(shop, day, **windows, memo=memo),
        "cs_first_response": lambda: _cs_first_response(shop, day, target_s=response_target_s),
        "bad_reviews": lambda: _bad_reviews(shop, day, days=bad_review_days),
        "sales_pacing": lambda: _sales_pacing(shop, day, warn_below=pace_warn_below, action_below=pace_action_below,
                                              profile_kwargs=dict(profile_kwargs or {}), platform=platform,
                                              pacing=pacing),
        "sales_day": lambda: _sales_day(shop, day, drop_warn=sales_drop_warn, comparison=comparison,
                                        sources=sources),
        "product_alerts": lambda: _product_alerts(shop, day, min_visitors=product_min_visitors,
                                                  min_expected=product_min_expected_buyers,
                                                  history_days=product_history_days, memo=memo),
        "traffic_mix": lambda: _traffic_mix(shop, day, healthy=healthy_mix, days=mix_days, platform=platform),
        "design_tasks": lambda: _design_tasks(shop, day, due_days=design_due_days, memo=memo),
        "cs_roster": lambda: _cs_roster(shop, day),
        "data_freshness": lambda: _data_freshness(shop, day, platform),
    }
    rows = []
    for key, check in checks.items():
        try:
            result = check()
        except DataError as err:
            result = _result("WARN", T("could_not_check", error=err), T("could_not_check.todo"))
        rows.append({"key": key, "item": item_label(key, platform=platform), **result})
    out = pd.DataFrame(rows, columns=["key", "item", "status", "detail", "todo"]).astype("str")
    out.attrs.update({"date": f"{day:%Y-%m-%d}", "platform": platform,
                      "counts": {s: int((out["status"] == s).sum()) for s in STATUSES}})
    return out


def describe_checklist(checklist: pd.DataFrame, *, platform: str | None = None) -> list[str]:
    """Say in one or two sentences what the morning checklist asks of a person today.

    Parameters
    ----------
    checklist : DataFrame
        :func:`morning_checklist` output (``key`` or ``item``, and ``status``). Items
        are named in the package's language from their ``key`` when it is there.
    platform : str, optional
        The shop's platform code, for the items' names (京东快车预算); default the
        checklist's own (``attrs["platform"]``), else Tmall's words.

    Examples
    --------
    >>> cl = pd.DataFrame({"key": ["after_sales_deadline", "traffic_mix", "bad_reviews"],
    ...                    "status": ["ACTION", "WARN", "OK"]})
    >>> describe_checklist(cl)
    ['今天有 1 项需要处理：售后超时。', '另有 1 项值得留意：流量结构。']
    >>> from shopanalysis import language
    >>> with language("en"):
    ...     describe_checklist(cl)
    ['1 item needs action today: After-sales near deadline.', '1 more is worth a look: Traffic mix.']
    """
    platform = platform if platform is not None else checklist.attrs.get("platform")
    names = (checklist["key"].map(lambda key: item_label(key, platform=platform)) if "key" in checklist.columns
             else checklist["item"]).astype("str")
    lines = []
    for status in ("ACTION", "WARN"):
        items = names[checklist["status"] == status].tolist()
        if not items:
            continue
        key = "summary.action" if status == "ACTION" else "summary.warn_more" if lines else "summary.warn"
        lines.append(T(key, n=len(items), items=_join(items, "semicolon")))
    if not lines:
        lines.append(T("summary.nothing"))
    return lines


def describe_rules(
    *,
    ran_out_at: float = 0.98,
    deadline_within_h: float = 48,
    response_target_s: float = RESPONSE_TARGET_S,
    bad_review_days: int = 7,
    pace_warn_below: float = 1.0,
    pace_action_below: float = 0.9,
    sales_drop_warn: float = 0.20,
    mix_days: int = 7,
    platform: str | None = None,
) -> list[str]:
    """Say the checklist's main thresholds in words, one line per area, for a report's method section.

    The keywords are those of :func:`morning_checklist`, with the same defaults;
    ``platform`` (``shop.platform``) names the platform's search ads (直通车, 京东快车).

    Examples
    --------
    >>> describe_rules(response_target_s=15)[2]
    '客服：首次响应目标 15 秒，超过的客服需处理；中差评看近 7 天，有未处理的需处理。'
    """
    return [T("rules.ppc", ran_out=ran_out_at, **platform_words(platform)),
            T("rules.after_sales", within_h=deadline_within_h),
            T("rules.cs", response=response_target_s, review_days=bad_review_days),
            T("rules.sales", pace_warn=pace_warn_below, pace_action=pace_action_below, drop=sales_drop_warn),
            T("rules.mix", mix_days=mix_days)]
