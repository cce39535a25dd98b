"""直通车 (PPC): spend against budget, and (later) keyword decisions.

The 直通车 keyword report (``ppc_keywords``: one row per day, campaign and keyword)
and the campaign list (``ppc_campaigns``: 计划名称 and 日限额, the daily budget) answer
the first question of an operator's morning: did a campaign run out of budget
yesterday, and which keywords burned it?

Sections of this module:

- **Budget and spend** (:func:`summarize_spend`): each campaign's 花费 against its
  日限额.
- **Keyword decisions** (add / raise bid / lower bid / delete / observe): to come.

Metric definitions (CPC 平均点击花费, ROI 投入产出比, CTR 点击率) live in
:mod:`shopanalysis.metrics`; this module only combines them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._dates import _as_day, _date_range_text, _need
from .metrics import add_metrics, ratio

__all__ = ["summarize_spend"]

_SUMS = ("impressions", "clicks", "cost", "orders", "gmv")

# --- budget and spend ------------------------------------------------------------------


def _burners(day_rows: pd.DataFrame, top: int) -> pd.Series:
    """The keywords that spent most without an order, per campaign, as short text."""
    idle = day_rows[(day_rows["orders"] == 0) & (day_rows["cost"] > 0)]
    if idle.empty:
        return pd.Series(dtype="str")
    idle = idle.groupby(["campaign", "keyword"], as_index=False)["cost"].sum()
    idle = idle.sort_values(["campaign", "cost", "keyword"], ascending=[True, False, True])
    return idle.groupby("campaign").apply(
        lambda g: ", ".join(f"{k} ¥{c:,.0f}" for k, c in zip(g["keyword"].head(top), g["cost"].head(top))),
        include_groups=False,
    )


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
        ``burners`` (costliest keywords without an order, "关键词 ¥45, ...").
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
        note = f"no PPC rows on {day:%Y-%m-%d}: zero spend; {_date_range_text(ppc_keywords, 'ppc_keywords')}"
    out.attrs.update({"date": f"{day:%Y-%m-%d}", "ran_out_at": ran_out_at, "note": note})
    return out
