"""直通车 (PPC): spend against budget, and the morning's keyword decisions.

The 直通车 keyword report (``ppc_keywords``: one row per day, campaign and keyword),
the search-term report (``ppc_search_terms``) and the campaign list (``ppc_campaigns``:
计划名称 and 日限额, the daily budget) answer an operator's PPC questions: did a
campaign run out of budget, which keywords burn money, which deserve a higher bid,
and which search terms should become keywords?

Sections of this module:

- **Budget and spend**: :func:`summarize_spend` (one day, for the morning checklist)
  and :func:`summarize_budget` (a window: spend against budget, the days a campaign
  ran out).
- **Keyword decisions**: :func:`prune_keywords` gives each keyword exactly one of
  ``raise_bid``, ``lower_bid``, ``delete``, ``observe``, ``change_image`` or ``keep``,
  with the reason in a sentence and a suggested bid; :func:`suggest_new_keywords`
  finds search terms to ``add``; :func:`summarize_decisions` counts them and the money
  at stake (涉及金额); :func:`todays_actions` picks the few to act on first;
  :func:`decisions_table` is the sheet an operator acts on (:func:`write_decisions`
  writes it for Excel); :func:`describe_pruning` writes the takeaways and
  :func:`describe_rules` the thresholds in words.
- **Small samples**: :func:`conversion_bounds`, the Beta-posterior interval behind
  every judgement of conversion (and so of ROI).

Every sentence (reasons, takeaways, notes, errors) and every label is a template of
:mod:`shopanalysis.text.ppc`, rendered in the package's language
(:func:`shopanalysis.set_language`, default Chinese); frames keep the decision codes
(``raise_bid``) and tables show their labels (提价 / Raise bid).

Metric definitions (CPC 平均点击花费, ROI 投入产出比, CTR 点击率, 点击转化率) live in
:mod:`shopanalysis.metrics`; this module only combines them. The cost of one
customer-service inquiry bought through 直通车 is
:func:`shopanalysis.customer_service.cost_per_inquiry`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from . import vocab
from ._dates import _as_day, _need
from ._lang import get_language
from .metrics import add_metrics, click_conversion, product_margins, ratio
from .text import placeholders
from .text.ppc import T

__all__ = [
    "compare_campaigns",
    "DECISIONS",
    "decision_label",
    "summarize_spend",
    "summarize_budget",
    "report_window",
    "conversion_bounds",
    "prune_keywords",
    "suggest_new_keywords",
    "summarize_decisions",
    "todays_actions",
    "decisions_table",
    "write_decisions",
    "describe_pruning",
    "describe_rules",
]

_SUMS = ("impressions", "clicks", "cost", "orders", "gmv")


def _covers(df: pd.DataFrame) -> str:
    """Say which dates the keyword report covers, in the package's language."""
    dates = df["date"].dropna()
    if dates.empty:
        return T("note.covers_nothing")
    return T("note.covers", first=dates.min(), last=dates.max())


# --- budget and spend ------------------------------------------------------------------


def _burners(day_rows: pd.DataFrame, top: int) -> pd.Series:
    """The keywords that spent most without an order, per campaign, as short text."""
    idle = day_rows[(day_rows["orders"] == 0) & (day_rows["cost"] > 0)]
    if idle.empty:
        return pd.Series(dtype="str")
    idle = idle.groupby(["campaign", "keyword"], as_index=False)["cost"].sum()
    idle = idle.sort_values(["campaign", "cost", "keyword"], ascending=[True, False, True])
    return idle.groupby("campaign").apply(
        lambda g: T("sep").join(T("burner", keyword=k, cost=c) for k, c in zip(g["keyword"].head(top), g["cost"].head(top))),
        include_groups=False,
    )


def compare_campaigns(ppc_keywords: pd.DataFrame, period, before, *, total: str) -> pd.DataFrame:
    """Sum each campaign's 花费, clicks, orders and GMV over a period and compare its spend and ROI with another.

    ROI (投入产出比) = 总成交金额 / 花费 and CPC (平均点击花费) = 花费 / 点击量, ratios of
    the period's sums. The last row is the whole account, named ``total``.

    Parameters
    ----------
    ppc_keywords : DataFrame
        The ``ppc_keywords`` table.
    period, before : (date-like, date-like)
        The period and the one to compare with, each first and last day (inclusive).
        When the data starts after ``before`` starts, the ``*_before`` columns are NaN.
    total : str
        The total row's name (合计, in the caller's text layer).

    Returns
    -------
    DataFrame
        ``campaign``, ``cost_before``, ``cost``, ``clicks``, ``cpc``, ``orders``, ``gmv``,
        ``roi_before`` and ``roi``; campaigns by spend, highest first, then the total.

    Examples
    --------
    >>> kw = pd.DataFrame({"date": pd.to_datetime(["2026-09-01", "2026-10-12"]), "campaign": ["A", "A"],
    ...                    "clicks": [100, 100], "cost": [100.0, 120.0], "orders": [2, 3], "gmv": [300.0, 480.0]})
    >>> compare_campaigns(kw, ("2026-10-01", "2026-10-31"), ("2026-09-01", "2026-09-30"), total="合计")[
    ...     ["campaign", "cost_before", "cost", "roi_before", "roi"]]
      campaign  cost_before   cost  roi_before  roi
    0        A        100.0  120.0         3.0  4.0
    1       合计        100.0  120.0         3.0  4.0
    """
    start, end = (_as_day(d) for d in period)
    prev_start, prev_end = (_as_day(d) for d in before)
    _need(ppc_keywords, ("date", "campaign", "clicks", "cost", "orders", "gmv"), "ppc_keywords")
    cols = ["clicks", "cost", "orders", "gmv"]
    now = ppc_keywords.loc[ppc_keywords["date"].between(start, end)].groupby("campaign")[cols].sum()
    earlier = ppc_keywords.loc[ppc_keywords["date"].between(prev_start, prev_end)].groupby("campaign")[cols].sum()
    both = now.join(earlier.add_suffix("_before"), how="outer").fillna(0.0).astype("float64")
    both = both.sort_values("cost", ascending=False, kind="stable")
    both.loc[total] = both.sum()
    if ppc_keywords["date"].min() > prev_start:  # the data starts inside the earlier period: no comparison
        both[[f"{c}_before" for c in cols]] = np.nan
    out = pd.DataFrame({
        "cost_before": both["cost_before"], "cost": both["cost"], "clicks": both["clicks"],
        "cpc": ratio(both["cost"], both["clicks"]), "orders": both["orders"], "gmv": both["gmv"],
        "roi_before": ratio(both["gmv_before"], both["cost_before"]), "roi": ratio(both["gmv"], both["cost"]),
    }, index=both.index)
    return out.rename_axis("campaign").reset_index().astype({"campaign": "str"})


def summarize_spend(
    ppc_keywords: pd.DataFrame,
    ppc_campaigns: pd.DataFrame | None,
    date,
    *,
    ran_out_at: float = 0.98,
    burners: int = 3,
) -> pd.DataFrame:
    """Summarize each 直通车 campaign's 花费 (spend) on a day against its 日限额 (daily budget).

    Parameters
    ----------
    ppc_keywords : DataFrame
        The ``ppc_keywords`` table (``date``, ``campaign``, ``keyword``, ``impressions``
        展现量, ``clicks`` 点击量, ``cost`` 花费, ``orders`` 总成交笔数, ``gmv`` 总成交金额).
    ppc_campaigns : DataFrame or None
        The ``ppc_campaigns`` table (``campaign``, ``daily_budget`` 日限额, optional
        ``start`` / ``end``). ``None`` leaves the budget columns empty.
    date : date-like
        The day under review.
    ran_out_at : float, default 0.98
        A campaign whose spend reached this share of its budget ran out (直通车 stops
        showing a campaign's ads shortly before the limit, so it rarely hits 100.0%).
    burners : int, default 3
        How many of a campaign's costliest keywords without an order to name.

    Returns
    -------
    DataFrame
        One row per campaign that was running on ``date`` (in ``ppc_campaigns`` with
        ``start <= date <= end``, open ends allowed) or that spent on it: ``campaign``,
        ``daily_budget``, ``spend``, ``budget_used`` (spend / budget), ``ran_out``,
        ``impressions``, ``clicks``, ``orders``, ``gmv``, ``ctr`` (点击率), ``cpc``
        (平均点击花费), ``roi`` (投入产出比), ``keywords`` (how many spent) and
        ``burners`` (costliest keywords without an order, "碎花裙 ¥120、新款裙 ¥12"; in
        English "碎花裙 ¥120, 新款裙 ¥12").
        Sorted by ``budget_used`` then ``spend``, highest first. A day without any PPC
        rows gives zero spend, not an error; ``attrs["note"]`` then says what dates the
        keyword report covers (a stale export looks the same as a paused campaign).

    Examples
    --------
    >>> kw = pd.DataFrame({"date": pd.to_datetime(["2026-10-15"] * 3),
    ...                    "campaign": ["连衣裙-精准", "连衣裙-精准", "新品测款"],
    ...                    "keyword": ["连衣裙女", "碎花裙", "新款裙"],
    ...                    "impressions": [5000, 3000, 800], "clicks": [150, 60, 10],
    ...                    "cost": [180.0, 120.0, 12.0], "orders": [4, 0, 0], "gmv": [800.0, 0.0, 0.0]})
    >>> plans = pd.DataFrame({"campaign": ["连衣裙-精准", "新品测款"], "daily_budget": [300.0, 100.0]})
    >>> summarize_spend(kw, plans, "2026-10-15")[["campaign", "spend", "budget_used", "ran_out", "burners"]]
      campaign  spend  budget_used  ran_out  burners
    0   连衣裙-精准  300.0         1.00     True  碎花裙 ¥120
    1     新品测款   12.0         0.12    False   新款裙 ¥12
    """
    _need(ppc_keywords, ("date", "campaign", "keyword", *_SUMS), "ppc_keywords")
    day = _as_day(date)
    rows = ppc_keywords.loc[ppc_keywords["date"] == day]
    spend = rows.groupby("campaign")[list(_SUMS)].sum().astype("float64")
    spend["keywords"] = rows[rows["cost"] > 0].groupby("campaign")["keyword"].nunique()

    if ppc_campaigns is not None:
        _need(ppc_campaigns, ("campaign", "daily_budget"), "ppc_campaigns")
        plans = ppc_campaigns
        running = pd.Series(True, index=plans.index)
        if "start" in plans.columns:
            running &= ~(plans["start"] > day)
        if "end" in plans.columns:
            running &= ~(plans["end"] < day)
        budget = plans.drop_duplicates("campaign", keep="last").set_index("campaign")["daily_budget"]
        names = list(dict.fromkeys([*plans.loc[running, "campaign"], *spend.index]))
    else:
        budget = pd.Series(dtype="float64")
        names = list(spend.index)

    out = spend.reindex(names).fillna(0.0)
    out.index.name = "campaign"
    out = out.reset_index().rename(columns={"cost": "spend"})
    out["daily_budget"] = out["campaign"].map(budget).astype("float64")
    out["budget_used"] = ratio(out["spend"], out["daily_budget"])
    out["ran_out"] = (out["budget_used"] >= ran_out_at).fillna(False).astype(bool)
    out = add_metrics(out.assign(cost=out["spend"]), ["ctr", "cpc", "roi"]).drop(columns="cost")
    out["keywords"] = out["keywords"].astype("int64")
    for c in ("impressions", "clicks", "orders"):
        out[c] = out[c].astype("int64")
    texts = _burners(rows, burners).to_dict()
    out["burners"] = pd.Series([texts.get(c, "") for c in out["campaign"]], index=out.index, dtype="str")
    out = out.astype({"campaign": "str"})
    out = out[["campaign", "daily_budget", "spend", "budget_used", "ran_out", "impressions", "clicks",
               "orders", "gmv", "ctr", "cpc", "roi", "keywords", "burners"]]
    order = np.lexsort((-out["spend"].to_numpy(), -out["budget_used"].fillna(-1).to_numpy()))
    out = out.iloc[order].reset_index(drop=True)
    note = ""
    if rows.empty:
        note = T("note.no_rows_day", day=day, covers=_covers(ppc_keywords))
    out.attrs.update({"date": f"{day:%Y-%m-%d}", "ran_out_at": ran_out_at, "note": note})
    return out


# --- decisions ---------------------------------------------------------------------------

#: The decisions a keyword (or search term) can get, in the order reports list them.
#: Their labels (加词, 提价, 降价, 删除, 观察, 换图, 保持) are the ``decision`` enum of
#: :mod:`shopanalysis.text.ppc`: see :func:`decision_label`.
DECISIONS = ("add", "raise_bid", "lower_bid", "delete", "observe", "change_image", "keep")

# decisions that grow sales (their money at stake is GMV); the others cut or fix spend
_GROW = ("add", "raise_bid", "keep")


def decision_label(code: str, *, lang: str | None = None) -> str:
    """Return the label of a decision code in the package's language (or ``lang``).

    Examples
    --------
    >>> decision_label("raise_bid"), decision_label("change_image", lang="en")
    ('提价', 'Change image')
    """
    return vocab.value_label("decision", code, lang=lang)


# --- a window of days --------------------------------------------------------------------


def report_window(end, *, start=None, days: int | None = None) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first and last day of a report's window, from its last day.

    A report for a month covers the whole month: with neither ``start`` nor ``days``
    the window runs from the 1st of ``end``'s month to ``end`` (the month to date when
    ``end`` is not the month's last day). ``start`` gives the first day; ``days`` a
    rolling window of that many days ending on ``end`` (``start`` wins when both are given).

    Examples
    --------
    >>> [f"{d:%Y-%m-%d}" for d in report_window("2026-10-31")]
    ['2026-10-01', '2026-10-31']
    >>> [f"{d:%m-%d}" for d in report_window("2026-10-31", days=7)]
    ['10-25', '10-31']
    """
    last = _as_day(end)
    if start is not None and str(start).strip():
        first = _as_day(start)
    elif days:
        if int(days) < 1:
            raise ValueError(T("err.days", value=days))
        first = last - pd.Timedelta(days=int(days) - 1)
    else:
        first = last.replace(day=1)
    if first > last:
        raise ValueError(T("err.window", start=first, end=last))
    return first, last


def _window(rows: pd.DataFrame, start, end) -> pd.DataFrame:
    if start is not None:
        rows = rows.loc[rows["date"] >= _as_day(start)]
    if end is not None:
        rows = rows.loc[rows["date"] <= _as_day(end)]
    return rows


def _span(rows: pd.DataFrame, start, end) -> tuple[str | None, str | None]:
    """The window's first and last day as text: the given ends, else the data's."""
    first = _as_day(start) if start is not None else (rows["date"].min() if len(rows) else None)
    last = _as_day(end) if end is not None else (rows["date"].max() if len(rows) else None)
    return (f"{first:%Y-%m-%d}" if first is not None and pd.notna(first) else None,
            f"{last:%Y-%m-%d}" if last is not None and pd.notna(last) else None)


def _only(out: pd.DataFrame, campaign) -> pd.DataFrame:
    """Keep the rows of the named campaign(s), or say which campaigns there are."""
    if campaign is None:
        return out
    wanted = [campaign] if isinstance(campaign, str) else list(campaign)
    have = set(out["campaign"].dropna())
    unknown = [c for c in wanted if c not in have]
    if unknown:
        raise ValueError(T("err.campaign", unknown=T("sep").join(unknown), have=T("sep").join(sorted(have))))
    return out[out["campaign"].isin(wanted)].reset_index(drop=True)


# --- budget over a window ----------------------------------------------------------------


def summarize_budget(
    ppc_keywords: pd.DataFrame,
    ppc_campaigns: pd.DataFrame | None = None,
    *,
    start=None,
    end=None,
    campaign=None,
    ran_out_at: float = 0.98,
    daily: bool = False,
) -> pd.DataFrame:
    """Summarize each 直通车 campaign's 花费 (spend) against its 日限额 over a window of days.

    A campaign whose day's spend reached ``ran_out_at`` of its daily budget ran out:
    直通车 took its ads offline for the rest of that day. The keyword report has no
    hours, so it cannot say *when*; but spend that reaches the limit most days means
    the ads are usually gone before the evening peak (20-22 h), when shoppers buy most.

    Parameters
    ----------
    ppc_keywords : DataFrame
        The ``ppc_keywords`` table (``date``, ``campaign``, ``impressions``, ``clicks``,
        ``cost``, ``orders``, ``gmv``).
    ppc_campaigns : DataFrame, optional
        The ``ppc_campaigns`` table (``campaign``, ``daily_budget`` 日限额, optional
        ``start`` / ``end``). Without it the budget columns are empty.
    start, end : date-like, optional
        Inclusive first and last day; default the keyword report's first and last.
    campaign : str or list of str, optional
        Only these campaigns.
    ran_out_at : float, default 0.98
        Share of the daily budget at which a day counts as ran out (直通车 stops
        showing a campaign's ads shortly before the limit).
    daily : bool, default False
        Return one row per campaign and day instead of one per campaign.

    Returns
    -------
    DataFrame
        One row per campaign scheduled in the window (``start <= day <= end`` of the
        campaign list) or with spend in it: ``campaign``, ``daily_budget``, ``days``
        (days of the window it was scheduled or spent), ``active_days`` (days with
        spend), ``spend``, ``budget`` (日限额 x active days: a paused day has no budget to
        use), ``budget_used`` (spend / budget), ``days_ran_out``, ``ran_out_share``
        (days ran out / active days), ``avg_daily_spend`` (per active day),
        ``last_ran_out``, ``impressions``, ``clicks``, ``orders``, ``gmv``, ``ctr``,
        ``cpc``, ``roi``; sorted by days ran out, then spend, highest first.
        With ``daily=True``: ``date``, ``campaign``, ``daily_budget``, ``spend``,
        ``budget_used``, ``ran_out`` and the sums, by campaign and date.

    Examples
    --------
    >>> kw = pd.DataFrame({"date": pd.to_datetime(["2026-10-14", "2026-10-15", "2026-10-15"]),
    ...                    "campaign": ["连衣裙-精准"] * 3, "keyword": ["连衣裙女", "连衣裙女", "碎花裙"],
    ...                    "impressions": [5000, 4000, 3000], "clicks": [100, 150, 60],
    ...                    "cost": [150.0, 180.0, 120.0], "orders": [3, 4, 0], "gmv": [600.0, 800.0, 0.0]})
    >>> plans = pd.DataFrame({"campaign": ["连衣裙-精准"], "daily_budget": [300.0]})
    >>> summarize_budget(kw, plans)[["campaign", "active_days", "spend", "budget_used", "days_ran_out"]]
      campaign  active_days  spend  budget_used  days_ran_out
    0   连衣裙-精准            2  450.0         0.75             1
    """
    _need(ppc_keywords, ("date", "campaign", *_SUMS), "ppc_keywords")
    if not 0 < ran_out_at <= 1:
        raise ValueError(T("err.ran_out_at", value=ran_out_at))
    first = _as_day(start) if start is not None else ppc_keywords["date"].min()
    last = _as_day(end) if end is not None else ppc_keywords["date"].max()
    if pd.notna(first) and pd.notna(last) and last < first:
        raise ValueError(T("err.window", start=first, end=last))
    rows = _window(ppc_keywords, first if pd.notna(first) else None, last if pd.notna(last) else None)
    per_day = rows.groupby(["campaign", "date"], observed=True)[list(_SUMS)].sum().reset_index()
    scheduled = [per_day[["campaign", "date"]]]
    budget = pd.Series(dtype="float64")
    if ppc_campaigns is not None:
        _need(ppc_campaigns, ("campaign", "daily_budget"), "ppc_campaigns")
        plans = ppc_campaigns.drop_duplicates("campaign", keep="last")
        budget = plans.set_index("campaign")["daily_budget"].astype("float64")
        for plan in plans.to_dict("records"):
            s, e = first, last
            if pd.notna(plan.get("start", pd.NaT)) and (pd.isna(s) or plan["start"] > s):
                s = plan["start"]
            if pd.notna(plan.get("end", pd.NaT)) and (pd.isna(e) or plan["end"] < e):
                e = plan["end"]
            if pd.notna(s) and pd.notna(e) and s <= e:
                scheduled.append(pd.DataFrame({"campaign": plan["campaign"], "date": pd.date_range(s, e, freq="D")}))
    grid = pd.concat(scheduled, ignore_index=True).drop_duplicates()
    days = grid.merge(per_day, on=["campaign", "date"], how="left")
    days[list(_SUMS)] = days[list(_SUMS)].fillna(0)
    days = days.rename(columns={"cost": "spend"})
    days["daily_budget"] = days["campaign"].map(budget).astype("float64")
    days["budget_used"] = ratio(days["spend"], days["daily_budget"])
    days["ran_out"] = (days["budget_used"] >= ran_out_at).fillna(False).astype(bool)
    for c in ("impressions", "clicks", "orders"):
        days[c] = days[c].astype("int64")
    days = days.astype({"campaign": "str"})
    if daily:
        days = days.sort_values(["campaign", "date"], kind="stable").reset_index(drop=True)
        days = days[["date", "campaign", "daily_budget", "spend", "budget_used", "ran_out", "impressions", "clicks",
                     "orders", "gmv"]]
        days = _only(days, campaign)
        days.attrs.update({"start": _span(rows, first, last)[0], "end": _span(rows, first, last)[1],
                           "ran_out_at": ran_out_at})
        return days
    g = days.groupby("campaign", sort=True)
    out = g[["spend", "impressions", "clicks", "orders", "gmv"]].sum()
    out.insert(0, "days", g.size())
    out.insert(1, "active_days", g["spend"].apply(lambda s: int((s > 0).sum())))
    out.insert(0, "daily_budget", out.index.map(budget).astype("float64"))
    out["budget"] = out["daily_budget"] * out["active_days"]
    out["budget_used"] = ratio(out["spend"], out["budget"])
    out["days_ran_out"] = g["ran_out"].sum().astype("int64")
    out["ran_out_share"] = ratio(out["days_ran_out"], out["active_days"])
    out["avg_daily_spend"] = ratio(out["spend"], out["active_days"])
    out["last_ran_out"] = days[days["ran_out"]].groupby("campaign")["date"].max().reindex(out.index)
    out = add_metrics(out.assign(cost=out["spend"]), ["ctr", "cpc", "roi"]).drop(columns="cost")
    out = out.reset_index()
    out = out[["campaign", "daily_budget", "days", "active_days", "spend", "budget", "budget_used", "days_ran_out",
               "ran_out_share", "avg_daily_spend", "last_ran_out", "impressions", "clicks", "orders", "gmv", "ctr",
               "cpc", "roi"]]
    order = np.lexsort((out["campaign"].to_numpy(), -out["spend"].to_numpy(), -out["days_ran_out"].to_numpy()))
    out = _only(out.iloc[order].reset_index(drop=True), campaign)
    first_text, last_text = _span(rows, first if pd.notna(first) else None, last if pd.notna(last) else None)
    note = "" if len(rows) else T("note.no_rows_window", covers=_covers(ppc_keywords))
    out.attrs.update({"start": first_text, "end": last_text, "ran_out_at": ran_out_at, "note": note})
    return out


# --- small samples -----------------------------------------------------------------------


def conversion_bounds(orders, clicks, *, prior_rate=None, prior_orders: float = 1.0, level: float = 0.95):
    """Estimate a click conversion rate (点击转化率) from few clicks: low bound, estimate, high bound.

    A keyword's conversion is ``orders / clicks``, but on a few dozen clicks that
    ratio lies: zero orders in 20 clicks is what a keyword converting at 2% does two
    times in three. So the rate is estimated with a Beta posterior, which keeps track
    of how sure the data makes us:

    - the *prior* is the campaign's conversion ``prior_rate`` (what we would guess
      for a keyword we know nothing about), worth ``prior_orders`` orders in
      ``prior_orders / prior_rate`` clicks: ``Beta(a0, b0)`` with
      ``a0 = prior_orders`` and ``b0 = prior_orders x (1 - prior_rate) / prior_rate``;
    - the keyword's own clicks update it: ``Beta(a0 + orders, b0 + clicks - orders)``;
    - the estimate is the posterior mean ``(a0 + orders) / (a0 + b0 + clicks)``, pulled
      towards the campaign while clicks are few and towards the keyword's own rate as
      they grow; the bounds are the one-sided ``level`` quantiles (a 95% lower bound and
      a 95% upper bound).

    The rule of thumb behind it (DESIGN.md): zero orders in ``n`` clicks puts the 95%
    upper bound of conversion near ``3 / n``, because ``(1 - p)^n = 5%`` gives
    ``p = 1 - 0.05^(1/n)``, about ``3 / n``. So about ``3 / (campaign conversion)``
    clicks are needed before zero orders means "bad". With the prior worth one order,
    the bound for zero orders is about ``3 / (n + 1 / prior_rate - 1)``: the prior
    adds the clicks one order takes at the campaign's rate.

    Parameters
    ----------
    orders, clicks : int or array-like
        总成交笔数 and 点击量 (orders <= clicks).
    prior_rate : float or array-like, optional
        The campaign's conversion. ``None`` (or 0, or NaN) uses a flat prior,
        ``Beta(1, 1)``: every rate equally likely.
    prior_orders : float, default 1.0
        How many orders the prior is worth. More trusts the campaign longer.
    level : float, default 0.95
        Confidence of each one-sided bound.

    Returns
    -------
    tuple of (low, estimate, high)
        Floats for scalar input, arrays otherwise.

    Examples
    --------
    Zero orders in 300 clicks, flat prior: the 95% upper bound is about 3 / 300 = 1%.

    >>> low, est, high = conversion_bounds(0, 300)
    >>> round(high, 4), round(3 / 300, 4)
    (0.0099, 0.01)

    With the campaign's 1.5% as the prior (one order's worth: 1 / 1.5% = 67 clicks), the
    same 300 clicks leave the bound at about 3 / (300 + 66.7 - 1):

    >>> low, est, high = conversion_bounds(0, 300, prior_rate=0.015)
    >>> round(high, 4), round(3 / (300 + 1 / 0.015 - 1), 4), round(est, 4)
    (0.0082, 0.0082, 0.0027)

    Twenty clicks without an order still leave room for a conversion of 3.4%, twice the
    campaign's; five hundred do not (0.53%, a third of it):

    >>> [round(conversion_bounds(0, n, prior_rate=0.015)[2], 4) for n in (20, 500)]
    [0.0344, 0.0053]
    """
    # the Beta quantile beta.ppf(q, a, b) is betaincinv(a, b, q), bit for bit; scipy.special loads in a
    # fraction of the time scipy.stats takes, and the reports that prune keywords import nothing else of it
    from scipy.special import betaincinv

    if not 0 < level < 1:
        raise ValueError(T("err.level", value=level))
    if not prior_orders > 0:
        raise ValueError(T("err.prior_orders", value=prior_orders))
    k = np.asarray(orders, dtype="float64")
    n = np.asarray(clicks, dtype="float64")
    if np.any(k < 0) or np.any(n < k):
        raise ValueError(T("err.orders"))
    if prior_rate is None:
        a0, b0 = np.float64(1.0), np.float64(1.0)
    else:
        p = np.asarray(prior_rate, dtype="float64")
        informative = np.isfinite(p) & (p > 0) & (p < 1)
        safe = np.where(informative, p, 0.5)
        a0 = np.where(informative, prior_orders, 1.0)
        b0 = np.where(informative, prior_orders * (1 - safe) / safe, 1.0)
    a, b = a0 + k, b0 + n - k
    low, high = betaincinv(a, b, 1 - level), betaincinv(a, b, level)
    est = a / (a + b)
    if np.ndim(low) == 0:
        return float(low), float(est), float(high)
    return low, est, high


def _ctr_high(clicks, impressions, level: float):
    """The one-sided upper bound of a CTR (Jeffreys prior, Beta(1/2, 1/2)); NaN without impressions."""
    from scipy.special import betaincinv  # beta.ppf(q, a, b), as in conversion_bounds

    c = np.asarray(clicks, dtype="float64")
    n = np.asarray(impressions, dtype="float64")
    with np.errstate(invalid="ignore"):
        high = betaincinv(c + 0.5, np.maximum(n - c, 0) + 0.5, level)
    return np.where(n > 0, high, np.nan)


# --- keyword decisions -------------------------------------------------------------------


def _aggregate(rows: pd.DataFrame) -> pd.DataFrame:
    """Sum a window of the keyword report per campaign and keyword; keep the latest bid and score.

    The (campaign, keyword) pairs are hashed once: every other figure is grouped by the
    pair's number (``ngroup``), which on a million keyword-days is several times cheaper
    than grouping the two text columns again for each figure.
    """
    keys = ["campaign", "keyword"]
    sums = [c for c in (*_SUMS, "add_to_cart", "favorites") if c in rows.columns]
    g = rows.groupby(keys, sort=True, observed=True)
    out = g[sums].sum()
    ids = g.ngroup().to_numpy()  # the row's pair, numbered in the order of ``out``
    out.insert(0, "days", pd.Series(rows["date"].to_numpy()).groupby(ids).nunique().to_numpy())
    order = np.argsort(rows["date"].to_numpy(), kind="stable")
    for c in ("product_id", "bid", "quality_score"):
        if c in rows.columns:
            # the latest non-empty value in the window
            out[c] = rows[c].iloc[order].groupby(ids[order]).last().set_axis(out.index)
    if "avg_rank" in rows.columns:  # average position per impression
        have = rows["avg_rank"].notna()
        w = rows["impressions"].where(have, 0).astype("float64")
        ranked = (rows["avg_rank"].fillna(0) * w).groupby(ids).sum()
        out["avg_rank"] = ratio(ranked, w.groupby(ids).sum()).set_axis(out.index)
    return out.reset_index()


def _reference(rest: pd.DataFrame, rest_all: pd.DataFrame, num: str, den: str) -> np.ndarray:
    """A rate of the rest of the campaign, or of the rest of the account when the campaign has nothing else."""
    return np.where(rest[den] > 0, ratio(rest[num], rest[den]), ratio(rest_all[num], rest_all[den]))


def _margins(out: pd.DataFrame, products: pd.DataFrame | None, margin) -> tuple[pd.Series, str]:
    if margin is not None:
        m = float(margin)
        if not 0 < m <= 1:
            raise ValueError(T("err.margin", value=margin))
        return pd.Series(m, index=out.index, dtype="float64"), "given"
    if products is None:
        raise ValueError(T("err.margin_needed"))
    _need(products, ("product_id", "price", "unit_cost"), "products")
    per_product = product_margins(products)
    if per_product.empty:
        raise ValueError(T("err.no_costs"))
    ok = products.dropna(subset=["price", "unit_cost"])
    ok = ok[ok["price"] > 0].drop_duplicates("product_id", keep="last")
    shop = (ok["price"].sum() - ok["unit_cost"].sum()) / ok["price"].sum()
    if "product_id" in out.columns:
        m = out["product_id"].astype("str").map(per_product).astype("float64").fillna(shop)
    else:
        m = pd.Series(shop, index=out.index, dtype="float64")
    return m, "products"


def _num(x) -> float:
    """A number for a template: NaN (shown as —) where the value is missing or infinite."""
    try:
        x = float(x)
    except (TypeError, ValueError):
        return np.nan
    return x if np.isfinite(x) else np.nan


def _reason(r: dict, p: dict) -> str:
    """The sentence behind a keyword's decision, with its numbers, in the package's language."""
    key, values = _reason_key(r, p)
    n = int(r["clicks"])
    bid_known = r["bid"] is not None and np.isfinite(r["bid"])
    common = {
        "clicks": n, "orders": int(r["orders"]), "level": p["level"], "target": p["target_roi"],
        "step": p["max_step"], "roi": _num(r["roi"]), "roi_low": _num(r["roi_low"]), "roi_est": _num(r["roi_est"]),
        "roi_high": _num(r["roi_high"]), "break_even": _num(r["break_even_roi"]),
        "campaign_conv": _num(r["campaign_conversion"]), "expected": _num(n * r["campaign_conversion"]),
        "base": _num(r["bid"] if bid_known else r["cpc"]),
    }
    fields = _fields(key, get_language())
    # The two sentence parts are rendered only for the templates that hold them (a delete, observe or
    # image reason has neither): on 1.1M keyword-days, 4,200 of 9,560 such renders had been unused.
    if "base_name" in fields:
        common["base_name"] = T("base.bid" if bid_known else "base.cpc")
    if "formula" in fields:
        common["formula"] = T("formula", conv=r["conversion_est"], value=r["order_value"], target=p["target_roi"],
                              bid=_num(r["target_bid"]))
    return T(key, **values, **common)


@lru_cache(maxsize=256)
def _fields(key: str, lang: str) -> frozenset[str]:
    """The placeholders of template ``key`` in ``lang``."""
    return frozenset(placeholders(T.template(key, lang)))


def _reason_key(r: dict, p: dict) -> tuple[str, dict]:
    """The template of a keyword's decision and the values only it needs."""
    n, k = int(r["clicks"]), int(r["orders"])
    d = r["decision"]
    if d == "delete":
        if k > 0:
            return "reason.delete.floor", {"cost": r["cost"], "conv_est": r["conversion_est"],
                                           "value": r["order_value"], "margin": r["margin"],
                                           "be_bid": _num(r["break_even_bid"]), "min_bid": p["min_bid"]}
        return "reason.delete", {"cost": r["cost"], "conv_high": r["conversion_high"], "margin": r["margin"]}
    if d == "change_image":
        return "reason.change_image", {"ctr": r["ctr"], "impressions": r["impressions"],
                                       "campaign_ctr": r["campaign_ctr"], "floor": p["ctr_floor"],
                                       "ctr_high": r["ctr_high"]}
    if d == "observe":
        if n == 0:
            return "reason.observe.no_clicks", {"impressions": r["impressions"]}
        if k == 0:
            return "reason.observe.no_orders", {"min_clicks": p["min_clicks"], "rule": 3 / n}
        return "reason.observe.some_orders", {"min_clicks": p["min_clicks"], "conv_low": r["conversion_low"],
                                              "conv_high": r["conversion_high"]}
    if d == "lower_bid":
        loses = np.isfinite(r["roi_high"]) and r["roi_high"] < r["break_even_roi"]
        return ("reason.lower_bid.loss" if loses else "reason.lower_bid",
                {"suggested": r["suggested_bid"], "be_bid": _num(r["break_even_bid"])})
    if d == "raise_bid":
        return "reason.raise_bid", {"suggested": r["suggested_bid"]}
    limits = {"min_bid": p["min_bid"], "max_bid": p["max_bid"]}
    if np.isfinite(r["roi_low"]) and r["roi_low"] > p["target_roi"]:
        return "reason.keep.no_room", limits
    if np.isfinite(r["roi_est"]) and r["roi_est"] < p["target_roi"]:
        return "reason.keep.at_floor", limits
    return "reason.keep.on_target", {}


def _check_thresholds(target_roi, min_clicks, max_step, min_bid, max_bid, level, ctr_floor=0.5):
    if not target_roi > 0:
        raise ValueError(T("err.target_roi", value=target_roi))
    if min_clicks < 0:
        raise ValueError(T("err.min_clicks", value=min_clicks))
    if not 0 < max_step < 1:
        raise ValueError(T("err.max_step", value=max_step))
    if not 0 < min_bid <= max_bid:
        raise ValueError(T("err.bid_limits", low=min_bid, high=max_bid))
    if not 0 < level < 1:
        raise ValueError(T("err.level", value=level))
    if not 0 < ctr_floor <= 1:
        raise ValueError(T("err.ctr_floor", value=ctr_floor))


_PRUNE_COLUMNS = [
    "campaign", "keyword", "product_id", "bid", "days", "impressions", "clicks", "cost", "orders", "gmv",
    "add_to_cart", "favorites", "ctr", "cpc", "click_conversion", "roi", "avg_rank", "quality_score",
    "campaign_ctr", "campaign_conversion", "campaign_order_value", "order_value", "ctr_high",
    "conversion_low", "conversion_est", "conversion_high", "roi_low", "roi_est", "roi_high",
    "margin", "break_even_roi", "break_even_bid", "target_bid", "decision", "suggested_bid", "reason",
]


def prune_keywords(
    keywords: pd.DataFrame,
    *,
    start=None,
    end=None,
    campaign=None,
    products: pd.DataFrame | None = None,
    margin: float | None = None,
    target_roi: float = 3.0,
    min_clicks: int = 100,
    min_impressions: int = 2000,
    ctr_floor: float = 0.5,
    max_step: float = 0.2,
    min_bid: float = 0.1,
    max_bid: float = 5.0,
    prior_orders: float = 1.0,
    level: float = 0.95,
) -> pd.DataFrame:
    """Decide what to do with each 直通车 keyword: raise or lower its bid, delete it, watch it, or fix its image.

    The keyword report is summed over the window per campaign and keyword, and every
    rate is a ratio of those sums (a keyword's CTR over 30 days is its 30 days' clicks
    over its 30 days' impressions, not the mean of 30 daily CTRs). Each keyword is then
    compared with *the rest of its campaign* (its other keywords; the rest of the
    account when the campaign has no other keyword) and gets exactly one decision, by
    the first rule that holds:

    1. ``delete``: at least ``min_clicks`` clicks, and no bid within the limits could
       break even: no order yet and even the ``level`` upper bound of its ROI below
       break-even (``1 / margin``), or orders but a break-even bid
       (``break_even_bid`` = conversion x 客单价 x margin) below ``min_bid``. Deleting
       first: when no bid can make the keyword pay, a better image would only buy
       more of the loss. A keyword that converts but costs too much is not deleted:
       ROI scales with the bid, so it gets ``lower_bid`` (rule 5).
    2. ``change_image``: at least ``min_impressions`` impressions and the ``level``
       upper bound of its CTR under ``ctr_floor`` x the campaign's CTR. Shoppers see
       the ad and pass it by: the creative (main image, title) is the problem, not the
       bid. Judged on impressions, so it comes before the click count.
    3. ``observe``: fewer than ``min_clicks`` clicks: too few to judge conversion.
    4. ``raise_bid``: the ``level`` lower bound of its ROI beats ``target_roi``, and
       the suggested bid is above the current one.
    5. ``lower_bid``: the estimated ROI is below ``target_roi`` and the suggested bid
       is below the current one; a keyword that surely loses money at its bid is
       lowered towards the target bid too (its reason gives the break-even bid).
    6. ``keep``: everything else (on target; or a raise/cut the bid limits leave no
       room for).

    **Small samples.** Conversion is estimated with :func:`conversion_bounds`: a Beta
    posterior whose prior is the campaign's conversion, worth ``prior_orders`` orders.
    ROI follows as ``conversion x 客单价 / CPC`` (low bound, estimate, high bound), with
    the keyword's own 客单价 (GMV / orders) or its campaign's when it has no order yet.
    Zero orders in ``n`` clicks puts the 95% upper bound of conversion near ``3 / n``
    (the operator's rule of thumb), so about ``3 / (campaign conversion)`` clicks are
    needed before zero orders means "bad": with the campaign at 1.3%, 20 clicks
    without an order are nothing, 500 are a verdict.

    **Suggested bid.** The highest bid that still meets the target ROI is
    ``conversion x 客单价 / target ROI`` (``target_bid``, with the posterior estimate of
    conversion). The suggestion moves the current bid (the latest in the window; the
    CPC when the report has no bid) towards it by at most ``max_step``, then keeps it
    within ``[min_bid, max_bid]`` (the limits win over the step), to the fen.

    Parameters
    ----------
    keywords : DataFrame
        The ``ppc_keywords`` table, one or many days (``date``, ``campaign``, ``keyword``,
        ``impressions``, ``clicks``, ``cost``, ``orders``, ``gmv``; ``bid``,
        ``product_id``, ``avg_rank``, ``quality_score`` when the export has them).
    start, end : date-like, optional
        Inclusive window; default every day in the table.
    campaign : str or list of str, optional
        Return only these campaigns (they are still judged against the whole data).
    products : DataFrame, optional
        The ``products`` table: each keyword's margin is ``(price - unit_cost) / price``
        of its ``product_id`` (the shop's margin for products not in the table).
    margin : float, optional
        One gross margin for every keyword (0.45 for 45%); wins over ``products``.
        One of the two is needed.
    target_roi : float, default 3.0
        The ROI (GMV / spend) a keyword should earn.
    min_clicks : int, default 100
        Fewer clicks than this: ``observe``, whatever the numbers say.
    min_impressions : int, default 2000
        Impressions needed before a low CTR means ``change_image``.
    ctr_floor : float, default 0.5
        A CTR surely under this share of the campaign's is low.
    max_step : float, default 0.2
        The largest bid change at a time (0.2 = 20%): 直通车 rankings react to bids,
        so move in steps and look again.
    min_bid, max_bid : float, default 0.1 and 5.0
        Your limits for any suggested bid, yuan (直通车 itself takes 0.05-99.99).
    prior_orders : float, default 1.0
        How many orders the campaign's conversion is worth as a prior.
    level : float, default 0.95
        Confidence of the one-sided bounds.

    Returns
    -------
    DataFrame
        One row per campaign and keyword, sorted by campaign and keyword: ``campaign``,
        ``keyword``, ``product_id``, ``bid`` (latest), ``days`` (with impressions),
        ``impressions``, ``clicks``, ``cost``, ``orders``, ``gmv`` (and ``add_to_cart``,
        ``favorites`` when present), ``ctr``, ``cpc``, ``click_conversion``, ``roi``,
        ``avg_rank`` (weighted by impressions), ``quality_score`` (latest),
        ``campaign_ctr``, ``campaign_conversion``, ``campaign_order_value`` (the rest
        of the campaign), ``order_value`` (the 客单价 used), ``ctr_high``,
        ``conversion_low`` / ``_est`` / ``_high``, ``roi_low`` / ``_est`` / ``_high``,
        ``margin``, ``break_even_roi``, ``break_even_bid`` (the bid at which the
        estimated ROI is break-even), ``target_bid``, ``decision``, ``suggested_bid``
        (for ``raise_bid`` and ``lower_bid`` only) and ``reason`` (the sentence behind the
        decision, in the package's language). ``attrs`` holds the window and the parameters.

    Examples
    --------
    One campaign: a keyword on target, a winner, a money-burner, and one with too few clicks.

    >>> kw = pd.DataFrame({
    ...     "date": pd.to_datetime(["2026-10-01"] * 4),
    ...     "campaign": ["连衣裙"] * 4, "keyword": ["连衣裙女", "茶歇裙", "衣服女", "小众裙"],
    ...     "bid": [1.2, 1.0, 2.5, 1.0], "impressions": [200000, 20000, 15000, 600],
    ...     "clicks": [4000, 500, 600, 20], "cost": [4000.0, 450.0, 1400.0, 18.0],
    ...     "orders": [60, 20, 0, 0], "gmv": [12000.0, 5000.0, 0.0, 0.0]})
    >>> out = prune_keywords(kw, margin=0.5)
    >>> out[["keyword", "decision", "bid", "suggested_bid"]]
      keyword decision  bid  suggested_bid
    0    小众裙  observe  1.0            NaN
    1    茶歇裙  raise_bid  1.0            1.2
    2    衣服女   delete  2.5            NaN
    3    连衣裙女     keep  1.2            NaN
    """
    _need(keywords, ("date", "campaign", "keyword", *_SUMS), "ppc_keywords")
    _check_thresholds(target_roi, min_clicks, max_step, min_bid, max_bid, level, ctr_floor)
    rows = _window(keywords, start, end)
    out = _aggregate(rows)
    if "bid" not in out.columns:
        out["bid"] = np.nan
    out = add_metrics(out, ["ctr", "cpc", "click_conversion", "roi"])

    cols = ["impressions", "clicks", "orders", "gmv"]
    rest = out.groupby("campaign")[cols].transform("sum") - out[cols]
    rest_all = -(out[cols] - out[cols].sum())
    out["campaign_ctr"] = _reference(rest, rest_all, "clicks", "impressions")
    out["campaign_conversion"] = _reference(rest, rest_all, "orders", "clicks")
    out["campaign_order_value"] = _reference(rest, rest_all, "gmv", "orders")
    out["order_value"] = np.where(out["orders"] > 0, ratio(out["gmv"], out["orders"]), out["campaign_order_value"])
    out["ctr_high"] = _ctr_high(out["clicks"], out["impressions"], level)
    low, est, high = conversion_bounds(out["orders"].to_numpy(), out["clicks"].to_numpy(),
                                       prior_rate=out["campaign_conversion"].to_numpy(),
                                       prior_orders=prior_orders, level=level)
    out["conversion_low"], out["conversion_est"], out["conversion_high"] = low, est, high
    value_per_cpc = ratio(out["order_value"], out["cpc"])
    out["roi_low"] = out["conversion_low"] * value_per_cpc
    out["roi_est"] = out["conversion_est"] * value_per_cpc
    out["roi_high"] = out["conversion_high"] * value_per_cpc
    out["margin"], margin_source = _margins(out, products, margin)
    out["break_even_roi"] = ratio(1.0, out["margin"].where(out["margin"] > 0, 0.0)).fillna(np.inf)
    out["target_bid"] = out["conversion_est"] * out["order_value"] / target_roi
    out["break_even_bid"] = ratio(out["conversion_est"] * out["order_value"], out["break_even_roi"]).fillna(0.0)

    base = out["bid"].where(out["bid"].notna(), out["cpc"])
    stepped = out["target_bid"].clip(base * (1 - max_step), base * (1 + max_step))
    suggested = stepped.clip(min_bid, max_bid).round(2)
    enough = out["clicks"] >= min_clicks
    # ROI scales with the bid: a keyword that converts but costs too much needs a lower bid, not deletion.
    # Delete only when no bid within the limits can break even: no order after enough clicks to be sure
    # (even the best conversion the data allows is below break-even), or a break-even bid under min_bid.
    surely_loses = out["roi_high"] < out["break_even_roi"]
    hopeless = (((out["orders"] == 0) & surely_loses)
                | ((out["orders"] > 0) & (out["roi_est"] < out["break_even_roi"]) & (out["break_even_bid"] < min_bid)))
    rules = [
        enough & hopeless,
        (out["impressions"] >= min_impressions) & (out["ctr_high"] < ctr_floor * out["campaign_ctr"]),
        ~enough,
        (out["roi_low"] > target_roi) & (suggested > base + 0.005),
        (out["roi_est"] < target_roi) & (suggested < base - 0.005),
    ]
    out["decision"] = np.select(rules, ["delete", "change_image", "observe", "raise_bid", "lower_bid"], "keep")
    out["decision"] = out["decision"].astype("str")
    out["suggested_bid"] = suggested.where(out["decision"].isin(["raise_bid", "lower_bid"]))

    params = {"target_roi": target_roi, "min_clicks": min_clicks, "min_impressions": min_impressions,
              "ctr_floor": ctr_floor, "max_step": max_step, "min_bid": min_bid, "max_bid": max_bid,
              "prior_orders": prior_orders, "level": level, "margin": margin, "margin_source": margin_source}
    records = out.to_dict("records")
    out["reason"] = pd.Series([_reason(r, params) for r in records], index=out.index, dtype="str")
    for c in ("impressions", "clicks", "orders", "days"):
        out[c] = out[c].astype("int64")
    out = out[[c for c in _PRUNE_COLUMNS if c in out.columns]]
    out = out.astype({"campaign": "str", "keyword": "str"})
    out = _only(out.reset_index(drop=True), campaign)
    first, last = _span(rows, start, end)
    note = "" if len(rows) else T("note.no_rows_window", covers=_covers(keywords))
    out.attrs.update({"start": first, "end": last, "parameters": params, "note": note})
    return out


# --- new keywords from the search-term report --------------------------------------------


def _add_reason(r: dict, target_roi: float, max_step: float) -> str:
    """The sentence behind a search term to add, in the package's language."""
    capped = np.isfinite(r["matched_bid"]) and r["target_bid"] > r["matched_bid"] * (1 + max_step) + 0.005
    start = (T("reason.add.start_capped", matched=r["matched_keyword"], matched_bid=r["matched_bid"], step=max_step,
               suggested=r["suggested_bid"]) if capped else T("reason.add.start", suggested=r["suggested_bid"]))
    formula = T("formula", conv=r["conversion_est"], value=r["order_value"], target=target_roi,
                bid=_num(r["target_bid"]))
    return T("reason.add", matched=r["matched_keyword"], clicks=int(r["clicks"]), orders=int(r["orders"]),
             roi=_num(r["roi"]), roi_est=_num(r["roi_est"]), target=target_roi, formula=formula, start=start)


def suggest_new_keywords(
    search_terms: pd.DataFrame,
    keywords: pd.DataFrame,
    *,
    start=None,
    end=None,
    campaign=None,
    target_roi: float = 3.0,
    min_orders: int = 2,
    prior_orders: float = 1.0,
    max_step: float = 0.2,
    min_bid: float = 0.1,
    max_bid: float = 5.0,
) -> pd.DataFrame:
    """Find search terms worth adding as keywords (加词), with a starting bid.

    The search-term report says what shoppers typed before they clicked an ad. A term
    that sold at or above the target ROI through some broader keyword, with at least
    ``min_orders`` orders, and that is not a keyword itself yet, is worth its own
    keyword: its own bid, its own ranking, and its numbers no longer hidden inside the
    broad keyword's.

    Small samples: a term's conversion is estimated by :func:`conversion_bounds` with
    the matched keyword's conversion in the window as the prior, and the term must
    reach the target on that estimate too (``roi_est = conversion_est x 客单价 / CPC``),
    not only on its raw ROI: two lucky orders on a dozen clicks do not make a keyword.

    The starting bid follows the same formula as :func:`prune_keywords`: conversion x
    客单价 / target ROI, but at most one step (``max_step``) above the current bid of the
    keyword that found the term (start near what the market already charges, raise
    with data), and within ``[min_bid, max_bid]``.

    Parameters
    ----------
    search_terms : DataFrame
        The ``ppc_search_terms`` table (``date``, ``search_term``, ``matched_keyword``,
        ``impressions``, ``clicks``, ``cost``, ``orders``, ``gmv``).
    keywords : DataFrame
        The ``ppc_keywords`` table: the keywords that exist (any with a row in the
        window), the matched keyword's campaign and conversion.
    start, end : date-like, optional
        Inclusive window; default every day.
    campaign : str or list of str, optional
        Only terms whose matched keyword runs in these campaigns.
    target_roi : float, default 3.0
        A term must have sold at least this ROI (GMV / spend).
    min_orders : int, default 2
        ... on at least this many orders (one order is luck).
    prior_orders : float, default 1.0
        Weight of the matched keyword's conversion as the prior, in orders.
    max_step : float, default 0.2
        The starting bid is at most this much above the matched keyword's latest bid.
    min_bid, max_bid : float, default 0.1 and 5.0
        Limits of the starting bid, yuan.

    Returns
    -------
    DataFrame
        One row per term to add, most GMV first: ``search_term``, ``matched_keyword``,
        ``campaign`` (the matched keyword's, by clicks), ``impressions``, ``clicks``,
        ``cost``, ``orders``, ``gmv``, ``ctr``, ``cpc``, ``click_conversion``, ``roi``,
        ``order_value``, ``conversion_est``, ``roi_est``, ``matched_bid`` (the matched
        keyword's latest bid), ``target_bid``, ``suggested_bid``, ``decision``
        (``add``) and ``reason`` (in the package's language).

    Examples
    --------
    >>> terms = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"] * 3),
    ...                       "search_term": ["茶歇裙", "茶歇裙法式复古", "茶歇裙女"],
    ...                       "matched_keyword": ["茶歇裙"] * 3, "impressions": [5000, 1500, 800],
    ...                       "clicks": [200, 60, 30], "cost": [200.0, 60.0, 30.0],
    ...                       "orders": [4, 4, 1], "gmv": [1000.0, 1000.0, 250.0]})
    >>> kw = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"]), "campaign": ["连衣裙"], "keyword": ["茶歇裙"],
    ...                    "impressions": [7300], "clicks": [290], "cost": [290.0], "orders": [9], "gmv": [2250.0]})
    >>> suggest_new_keywords(terms, kw)[["search_term", "orders", "roi", "suggested_bid"]]
      search_term  orders        roi  suggested_bid
    0     茶歇裙法式复古       4  16.666667           4.52
    """
    _need(search_terms, ("date", "search_term", "clicks", "cost", "orders", "gmv"), "ppc_search_terms")
    _need(keywords, ("date", "campaign", "keyword", *_SUMS), "ppc_keywords")
    _check_thresholds(target_roi, 0, max_step, min_bid, max_bid, 0.95)
    terms = _window(search_terms, start, end)
    kw = _window(keywords, start, end)
    sums = [c for c in _SUMS if c in terms.columns]
    agg = terms.groupby("search_term", sort=True, observed=True)[sums].sum()
    if "matched_keyword" in terms.columns and len(terms):
        by_kw = terms.groupby(["search_term", "matched_keyword"], observed=True)["clicks"].sum().reset_index()
        by_kw = by_kw.sort_values(["search_term", "clicks", "matched_keyword"], ascending=[True, False, True])
        agg["matched_keyword"] = by_kw.drop_duplicates("search_term").set_index("search_term")["matched_keyword"]
    else:
        agg["matched_keyword"] = ""
    agg = add_metrics(agg.reset_index(), ["ctr", "cpc", "click_conversion", "roi"] if "impressions" in sums
                      else ["cpc", "click_conversion", "roi"])
    existing = set(kw["keyword"].astype(str).str.strip().str.lower())
    is_new = ~agg["search_term"].astype(str).str.strip().str.lower().isin(existing)
    out = agg[is_new & (agg["orders"] >= min_orders) & (agg["roi"] >= target_roi)].copy()

    per_kw = kw.groupby("keyword", observed=True)[["clicks", "orders"]].sum()
    kw_rate = ratio(per_kw["orders"], per_kw["clicks"])
    account_rate = click_conversion(kw) if len(kw) else np.nan
    prior = out["matched_keyword"].map(kw_rate).astype("float64").fillna(account_rate)
    prior = prior.where(prior > 0, account_rate)
    camp = kw.groupby(["keyword", "campaign"], observed=True)["clicks"].sum().reset_index()
    camp = camp.sort_values(["keyword", "clicks", "campaign"], ascending=[True, False, True]).drop_duplicates("keyword")
    out["campaign"] = out["matched_keyword"].map(camp.set_index("keyword")["campaign"])
    if "bid" in kw.columns:
        latest = kw.dropna(subset=["bid"]).sort_values("date", kind="stable").drop_duplicates(
            ["campaign", "keyword"], keep="last").set_index(["campaign", "keyword"])["bid"]
        out["matched_bid"] = [latest.get((c, k), np.nan) for c, k in zip(out["campaign"], out["matched_keyword"])]
    else:
        out["matched_bid"] = np.nan
    _, est, _ = conversion_bounds(out["orders"].to_numpy(), out["clicks"].to_numpy(), prior_rate=prior.to_numpy(),
                                  prior_orders=prior_orders)
    out["order_value"] = ratio(out["gmv"], out["orders"])
    out["conversion_est"] = est
    out["roi_est"] = out["conversion_est"] * ratio(out["order_value"], out["cpc"])
    out = out[out["roi_est"] >= target_roi].copy()
    out["target_bid"] = out["conversion_est"] * out["order_value"] / target_roi
    cap = (out["matched_bid"] * (1 + max_step)).fillna(np.inf)
    out["suggested_bid"] = np.minimum(out["target_bid"], cap).clip(min_bid, max_bid).round(2)
    out["decision"] = "add"
    records = out.to_dict("records")
    out["reason"] = pd.Series([_add_reason(r, target_roi, max_step) for r in records], index=out.index, dtype="str")
    columns = ["search_term", "matched_keyword", "campaign", "impressions", "clicks", "cost", "orders", "gmv", "ctr",
               "cpc", "click_conversion", "roi", "order_value", "conversion_est", "roi_est", "matched_bid",
               "target_bid", "suggested_bid", "decision", "reason"]
    out = out[[c for c in columns if c in out.columns]]
    out = out.sort_values(["gmv", "search_term"], ascending=[False, True], kind="stable").reset_index(drop=True)
    if campaign is not None:
        wanted = [campaign] if isinstance(campaign, str) else list(campaign)
        out = out[out["campaign"].isin(wanted)].reset_index(drop=True)
    out = out.astype({c: "str" for c in ("search_term", "matched_keyword", "campaign", "decision", "reason")})
    first, last = _span(terms, start, end)
    out.attrs.update({"start": first, "end": last, "target_roi": target_roi, "min_orders": min_orders})
    return out


# --- summaries, the operator's sheet, takeaways -------------------------------------------


def summarize_decisions(pruned: pd.DataFrame, new_keywords: pd.DataFrame | None = None) -> pd.DataFrame:
    """Count the keywords per decision and the money each decision acts on (涉及金额).

    Parameters
    ----------
    pruned : DataFrame
        :func:`prune_keywords` output.
    new_keywords : DataFrame, optional
        :func:`suggest_new_keywords` output (the ``add`` row).

    Returns
    -------
    DataFrame
        One row per decision in :data:`DECISIONS` order: ``decision`` (the code; a
        table shows its label), ``keywords``, ``clicks``, ``spend``, ``gmv``, ``roi``,
        ``money_at_stake`` and ``at_stake``. The money at stake is the GMV for the
        decisions that grow sales (``add``, ``raise_bid``, ``keep``) and the spend for
        those that cut or fix it (``lower_bid``, ``delete``, ``observe``,
        ``change_image``): deleting saves the spend, raising scales the sales.

    Examples
    --------
    >>> pruned = pd.DataFrame({"decision": ["delete", "delete", "raise_bid"], "clicks": [600, 400, 500],
    ...                        "cost": [1400.0, 800.0, 450.0], "gmv": [0.0, 100.0, 5000.0]})
    >>> s = summarize_decisions(pruned).set_index("decision")
    >>> s.loc[["delete", "raise_bid"], ["keywords", "spend", "money_at_stake", "at_stake"]]
               keywords   spend  money_at_stake at_stake
    decision
    delete            2  2200.0          2200.0    spend
    raise_bid         1   450.0          5000.0      gmv
    """
    rows = []
    for d in DECISIONS:
        part = new_keywords if d == "add" else pruned[pruned["decision"] == d]
        if part is None:
            part = pd.DataFrame({"clicks": [], "cost": [], "gmv": []})
        rows.append({"decision": d, "keywords": len(part), "clicks": int(part["clicks"].sum()),
                     "spend": float(part["cost"].sum()), "gmv": float(part["gmv"].sum())})
    out = pd.DataFrame(rows)
    out["roi"] = ratio(out["gmv"], out["spend"])
    grow = out["decision"].isin(_GROW)
    out["money_at_stake"] = np.where(grow, out["gmv"], out["spend"])
    out["at_stake"] = np.where(grow, "gmv", "spend")
    return out.astype({"decision": "str", "at_stake": "str"})


#: The decisions worth acting on today, in the order :func:`todays_actions` lists them.
_ACTIONS = tuple(d for d in DECISIONS if d not in ("observe", "keep"))


def _candidates(pruned: pd.DataFrame, new_keywords: pd.DataFrame | None) -> pd.DataFrame:
    """Keywords and search terms to add in one frame: ``keyword`` holds the term, ``bid`` is empty for a term."""
    parts = [pruned]
    if new_keywords is not None and len(new_keywords):
        parts.insert(0, new_keywords.rename(columns={"search_term": "keyword"}).assign(bid=np.nan))
    parts = [p for p in parts if len(p)]
    return pd.concat(parts, ignore_index=True) if parts else pruned.iloc[:0]


def todays_actions(pruned: pd.DataFrame, new_keywords: pd.DataFrame | None = None, *,
                   per_decision: int = 2) -> pd.DataFrame:
    """Pick the few keywords to act on first: the biggest of each decision that changes something.

    For each of ``add``, ``raise_bid``, ``lower_bid``, ``delete`` and ``change_image``
    (in :data:`DECISIONS` order), the ``per_decision`` keywords (or search terms) with
    the most money at stake: the sales for adding and raising, the spend for the rest.
    ``observe`` and ``keep`` need no action. The whole list is :func:`decisions_table`.

    Parameters
    ----------
    pruned : DataFrame
        :func:`prune_keywords` output.
    new_keywords : DataFrame, optional
        :func:`suggest_new_keywords` output.
    per_decision : int, default 2
        How many to pick per decision.

    Returns
    -------
    DataFrame
        ``decision``, ``keyword`` (the search term for ``add``), ``campaign``, ``bid``
        (empty for a term to add), ``suggested_bid``, ``clicks``, ``roi`` and
        ``money_at_stake``, one row per pick, in the order to act.

    Examples
    --------
    >>> pruned = pd.DataFrame({"campaign": ["连衣裙"] * 3, "keyword": ["衣服女", "茶歇裙", "小众裙"],
    ...                        "decision": ["delete", "raise_bid", "observe"], "bid": [2.5, 1.0, 1.0],
    ...                        "suggested_bid": [np.nan, 1.2, np.nan], "clicks": [600, 500, 20],
    ...                        "cost": [1400.0, 450.0, 18.0], "gmv": [0.0, 5000.0, 0.0], "roi": [0.0, 11.1, 0.0]})
    >>> todays_actions(pruned)[["decision", "keyword", "money_at_stake"]]
        decision keyword  money_at_stake
    0  raise_bid     茶歇裙          5000.0
    1     delete     衣服女          1400.0
    """
    rows = _candidates(pruned, new_keywords)
    columns = ["decision", "keyword", "campaign", "bid", "suggested_bid", "clicks", "roi", "money_at_stake"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows = rows.assign(money_at_stake=np.where(rows["decision"].isin(_GROW), rows["gmv"], rows["cost"]))
    picks = [rows[rows["decision"] == d].sort_values(["money_at_stake", "keyword"], ascending=[False, True],
                                                     kind="stable").head(per_decision) for d in _ACTIONS]
    picks = [p for p in picks if len(p)]
    if not picks:
        return pd.DataFrame(columns=columns)
    out = pd.concat(picks, ignore_index=True)
    return out[[c for c in columns if c in out.columns]].astype({"decision": "str", "keyword": "str"})


#: The sheet's columns, in order; ``bid`` is shown as the current bid.
_SHEET = ("campaign", "keyword", "decision", "bid", "suggested_bid", "reason", "impressions", "clicks", "ctr", "cost",
          "cpc", "orders", "gmv", "roi", "click_conversion", "roi_est", "matched_keyword", "product_id")


def decisions_table(pruned: pd.DataFrame, new_keywords: pd.DataFrame | None = None) -> pd.DataFrame:
    """Return the decisions as the sheet an operator acts on in the 直通车 back office.

    One row per keyword (and per search term to add), most urgent first: the decisions
    in :data:`DECISIONS` order (add, raise, lower, delete, observe, change image, keep),
    the biggest spend first within each. Headers and decisions are in the package's
    language (计划名称, 删除 / Campaign, Delete), as are the reasons (rendered when
    :func:`prune_keywords` ran). Rates are shown as percentages ("3.09%"), money to the
    fen, so the file reads the same in Excel, WPS or a text editor;
    :func:`write_decisions` writes it as a CSV Excel opens correctly and as an Excel sheet.

    Parameters
    ----------
    pruned : DataFrame
        :func:`prune_keywords` output.
    new_keywords : DataFrame, optional
        :func:`suggest_new_keywords` output.

    Returns
    -------
    DataFrame
        Columns (labelled): campaign, keyword, decision, current bid, suggested bid,
        reason, impressions, clicks, CTR, spend, CPC, orders, GMV, ROI, click
        conversion, ROI estimate, matched keyword (for added terms), product ID.

    Examples
    --------
    >>> pruned = pd.DataFrame({"campaign": ["连衣裙"], "keyword": ["衣服女"], "decision": ["delete"],
    ...                        "bid": [2.5], "suggested_bid": [float("nan")], "reason": ["600 次点击零成交"],
    ...                        "impressions": [15000], "clicks": [600], "ctr": [0.04], "cost": [1400.0],
    ...                        "cpc": [2.3333], "orders": [0], "gmv": [0.0], "roi": [0.0],
    ...                        "click_conversion": [0.0], "roi_est": [0.14]})
    >>> decisions_table(pruned)[["计划名称", "关键词", "操作", "当前出价", "点击率"]]
      计划名称  关键词  操作  当前出价    点击率
    0  连衣裙  衣服女  删除   2.5  4.00%
    >>> import shopanalysis as sa
    >>> with sa.language("en"):
    ...     decisions_table(pruned)[["Keyword", "Decision", "CPC"]]
      Keyword Decision   CPC
    0     衣服女   Delete  2.33
    """
    rows = _candidates(pruned, new_keywords)
    rank = rows["decision"].map({d: i for i, d in enumerate(DECISIONS)})
    rows = rows.assign(_rank=rank).sort_values(["_rank", "cost", "campaign", "keyword"],
                                               ascending=[True, False, True, True], kind="stable")
    out = pd.DataFrame(index=rows.index)
    for col in _SHEET:
        if col not in rows.columns:
            continue
        values = rows[col]
        if col in ("ctr", "click_conversion"):
            values = values.map(lambda x: "" if pd.isna(x) else f"{x * 100:.2f}%")
        elif col in ("bid", "suggested_bid", "cost", "cpc", "gmv", "roi", "roi_est"):
            values = values.astype("float64").round(2)
        elif col == "decision":
            values = vocab.translate_values(values, "decision")
        elif col == "matched_keyword":
            values = values.fillna("")
        out[vocab.label("current_bid" if col == "bid" else col, table="ppc_keywords")] = values
    return out.reset_index(drop=True)


def write_decisions(sheet: pd.DataFrame, folder, *, name: str = "ppc_decisions") -> list[str]:
    """Write the :func:`decisions_table` sheet as ``<name>.csv`` and ``<name>.xlsx``; return the file names.

    The CSV is UTF-8 with a byte-order mark, so Excel and WPS open its Chinese
    correctly; the Excel file has one sheet (关键词操作 / decisions, in the package's
    language) with the header row frozen and columns wide enough to read. Both are
    formula-safe (:mod:`shopanalysis._sheets`): a keyword a shopper typed as
    ``=HYPERLINK(...)`` or ``+86`` is text, prefixed with ``'`` in the CSV and a string
    cell in the Excel file, never a formula.

    Parameters
    ----------
    sheet : DataFrame
        :func:`decisions_table` output.
    folder : path
        Where to write (created if needed).
    name : str, default "ppc_decisions"
        The files' name without extension.
    """
    from ._sheets import write_csv, write_xlsx

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    csv, xlsx = f"{name}.csv", f"{name}.xlsx"
    write_csv(sheet, folder / csv)
    write_xlsx(sheet, folder / xlsx, sheet_name=T("sheet.name"))
    return [csv, xlsx]


def describe_pruning(
    pruned: pd.DataFrame,
    new_keywords: pd.DataFrame | None = None,
    budget: pd.DataFrame | None = None,
    *,
    top: int = 3,
) -> list[str]:
    """Write the keyword review's takeaways in a few short sentences, from the tables.

    Parameters
    ----------
    pruned : DataFrame
        :func:`prune_keywords` output.
    new_keywords : DataFrame, optional
        :func:`suggest_new_keywords` output.
    budget : DataFrame, optional
        :func:`summarize_budget` output (per campaign).
    top : int, default 3
        How many keywords to name per sentence.

    Returns
    -------
    list of str
        In the package's language.

    Examples
    --------
    >>> pruned = pd.DataFrame({"keyword": ["衣服女", "茶歇裙"], "decision": ["delete", "raise_bid"],
    ...                        "clicks": [600, 500], "cost": [1400.0, 450.0], "gmv": [0.0, 5000.0],
    ...                        "orders": [0, 20], "roi": [0.0, 11.1], "ctr": [0.04, 0.025],
    ...                        "campaign_ctr": [0.02, 0.02], "bid": [2.5, 1.0], "suggested_bid": [None, 1.2]})
    >>> for line in describe_pruning(pruned):
    ...     print(line)
    删除 1 个关键词：共花费 ¥1,400，只带来 ¥0 成交（ROI 0.00），出价范围内怎么调都保不了本。花费最多的：衣服女 ¥1,400。
    给 1 个关键词提价（共成交 ¥5,000，ROI 11.11）：茶歇裙（ROI 11.10，¥1.00 → ¥1.20）。
    >>> import shopanalysis as sa
    >>> with sa.language("en"):
    ...     print(describe_pruning(pruned)[1])
    Raise the bid on 1 keyword that sold ¥5,000 at ROI 11.11: 茶歇裙 (ROI 11.10, ¥1.00 → ¥1.20).
    """
    if pruned.empty:
        return [T("take.nothing", note=pruned.attrs.get("note") or T("note.no_impressions"))]
    lines = []
    counts = pruned["decision"].value_counts()

    def names(part, item, **fields):
        return T("sep").join(T(item, **{k: r[c] for k, c in fields.items()}) for r in part.head(top).to_dict("records"))

    def base(part):  # the bid, or the CPC where the report has no bid
        return part.assign(base=part["bid"].where(part["bid"].notna(), part.get("cpc")))

    dele = pruned[pruned["decision"] == "delete"].sort_values("cost", ascending=False)
    if len(dele):
        spend, gmv = dele["cost"].sum(), dele["gmv"].sum()
        lines.append(T("take.delete", n=len(dele), spend=spend, gmv=gmv, roi=_num(ratio(gmv, spend)),
                       names=names(dele, "take.delete.item", keyword="keyword", cost="cost")))
    up = base(pruned[pruned["decision"] == "raise_bid"].sort_values("gmv", ascending=False))
    if len(up):
        lines.append(T("take.raise", n=len(up), gmv=up["gmv"].sum(), roi=_num(ratio(up["gmv"].sum(), up["cost"].sum())),
                       names=names(up, "take.raise.item", keyword="keyword", roi="roi", bid="base",
                                   suggested="suggested_bid")))
    down = base(pruned[pruned["decision"] == "lower_bid"].sort_values("cost", ascending=False))
    if len(down):
        lines.append(T("take.lower", n=len(down), spend=down["cost"].sum(),
                       roi=_num(ratio(down["gmv"].sum(), down["cost"].sum())),
                       names=names(down, "take.lower.item", keyword="keyword", bid="base", suggested="suggested_bid")))
    image = pruned[pruned["decision"] == "change_image"].sort_values("cost", ascending=False)
    if len(image):
        lines.append(T("take.image", n=len(image),
                       names=names(image, "take.image.item", keyword="keyword", ctr="ctr", campaign_ctr="campaign_ctr")))
    watch = pruned[pruned["decision"] == "observe"]
    if len(watch):
        lines.append(T("take.observe", n=len(watch), spend=watch["cost"].sum(),
                       share=ratio(watch["cost"].sum(), pruned["cost"].sum())))
    if new_keywords is not None and len(new_keywords):
        lines.append(T("take.add", n=len(new_keywords),
                       names=names(new_keywords, "take.add.item", term="search_term", clicks="clicks", roi="roi",
                                   bid="suggested_bid")))
    if budget is not None and len(budget):
        short = budget[budget["days_ran_out"] > 0].sort_values(["days_ran_out", "spend"], ascending=False)
        for r in short.head(top).to_dict("records"):
            freed = dele.loc[dele["campaign"] == r["campaign"], "cost"].sum() if "campaign" in dele.columns else 0.0
            move = (T("take.ran_out.freed", freed=freed / r["active_days"]) if freed > 0 and r["active_days"]
                    else T("take.ran_out.raise"))
            lines.append(T("take.ran_out", campaign=r["campaign"], days=int(r["days_ran_out"]),
                           active=int(r["active_days"]), budget=r["daily_budget"], move=move))
    if not lines and counts.get("keep", 0):
        lines.append(T("take.all_keep", n=int(counts["keep"])))
    return lines


def describe_rules(parameters: dict, *, min_orders: int | None = None, ran_out_at: float | None = None) -> list[str]:
    """Say in words the thresholds the decisions were made with (for a report's method section).

    Parameters
    ----------
    parameters : dict
        ``prune_keywords(...).attrs["parameters"]``.
    min_orders : int, optional
        The ``min_orders`` given to :func:`suggest_new_keywords`.
    ran_out_at : float, optional
        The ``ran_out_at`` given to :func:`summarize_budget`.

    Returns
    -------
    list of str
        One sentence per rule, in the package's language.

    Examples
    --------
    >>> kw = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"]), "campaign": ["连衣裙"], "keyword": ["茶歇裙"],
    ...                    "impressions": [2000], "clicks": [50], "cost": [50.0], "orders": [1], "gmv": [200.0]})
    >>> rules = describe_rules(prune_keywords(kw, margin=0.5).attrs["parameters"])
    >>> rules[0], rules[1]
    ('目标 ROI 3：每花 1 元，要带回 3 元成交。', '毛利率统一按 50% 计，保本 ROI 为 2.00。')
    """
    p = parameters
    lines = [T("rule.target", target=p["target_roi"])]
    if p.get("margin"):
        lines.append(T("rule.margin.given", margin=p["margin"], break_even=1 / p["margin"]))
    else:
        lines.append(T("rule.margin.products"))
    lines += [T("rule.min_clicks", n=p["min_clicks"]),
              T("rule.ctr", impressions=p["min_impressions"], level=p["level"], floor=p["ctr_floor"]),
              T("rule.delete", low=p["min_bid"]),
              T("rule.step", step=p["max_step"], low=p["min_bid"], high=p["max_bid"]),
              T("rule.level", level=p["level"], prior=p["prior_orders"])]
    if min_orders is not None:
        lines.append(T("rule.min_orders", n=min_orders))
    if ran_out_at is not None:
        lines.append(T("rule.ran_out", share=ran_out_at))
    return lines
