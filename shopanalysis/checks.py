"""Cross-table consistency checks: do a shop's tables tell the same story?

The demo shop obeys these by construction (see :mod:`shopanalysis.samples`); on a
user's own exports they are warnings, not errors: platforms de-duplicate visitors,
attribute PPC orders over 15 days, export different periods, and so on. Each
``check_*`` function takes a :class:`~shopanalysis.Shop`, looks only at the tables it
needs (and returns ``[]`` when one is missing), compares only dates that both tables
cover, and returns human-readable findings that name the check, the dates and the
numbers. :func:`check_consistency` runs them all.

Examples
--------
>>> from shopanalysis import Shop
>>> check_consistency(Shop())
[]
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import vocab
from ._shop import Shop
from .text.checks import T

__all__ = [
    "PPC_SOURCES",
    "check_consistency",
    "check_sources_add_up",
    "check_orders_add_up",
    "check_ppc_clicks",
    "check_cs_sales",
    "check_products_add_up",
    "check_search_terms",
    "check_cs_on_shift",
    "check_product_ids",
]

#: Traffic-source names that are the keyword-PPC tool whose report is ``ppc_keywords``.
PPC_SOURCES = ("直通车", "京东快车", "快车", "搜索推广", "多多搜索")  # data: the platforms' source names

#: Money is compared to the cent: differences below half a cent are rounding.
CENT = 0.005

#: How many example days a finding lists before it says "and N more".
MAX_EXAMPLES = 5


def _has(df: pd.DataFrame | None, *cols: str) -> bool:
    return df is not None and len(df) > 0 and all(c in df.columns for c in cols)


def _day(s: pd.Series) -> pd.Series:
    return pd.to_datetime(s).dt.normalize()


def _days(s: pd.Series) -> pd.DatetimeIndex:
    """Return the distinct days of a day column, in order (an index: no Timestamp per row or per day)."""
    return pd.DatetimeIndex(s.unique()).sort_values()


def _shared_days(a: pd.Series, b: pd.Series) -> pd.DatetimeIndex:
    """Return the days both day columns (:func:`_day`) cover, in order: a check compares only those."""
    return _days(a).intersection(_days(b)).sort_values()


def _days_within(s: pd.Series, lo, hi) -> pd.DatetimeIndex:
    """Return the distinct days of a day column from ``lo`` to ``hi``, in order."""
    days = _days(s)
    return days[(days >= lo) & (days <= hi)]


def _per_day(df: pd.DataFrame, days: pd.Series, columns: list, on: pd.DatetimeIndex) -> dict[str, pd.Series]:
    """Sum ``columns`` of ``df`` per day (``days``, its :func:`_day` column), on the days ``on`` (NaN where none).

    One grouping for all the columns a check compares (each column's sums are the ones
    of grouping it alone); a single column is grouped as a Series, which is faster.
    """
    if len(columns) == 1:
        return {columns[0]: df[columns[0]].groupby(days).sum().reindex(on)}
    sums = df[list(columns)].groupby(days).sum().reindex(on)
    return {c: sums[c] for c in columns}


def _word(name: str, table: str) -> str:
    """Return a column's label as a word inside a sentence (Visitors -> visitors; CTR stays CTR)."""
    words = vocab.label(name, table=table)
    return words[:1].lower() + words[1:] if words[1:2].islower() else words


def _num(x: float, money: bool) -> str:
    """Return a number of a finding exactly: money to the cent (a cent can be the whole difference)."""
    return T("money", amount=f"{x:,.2f}") if money else f"{x:,.0f}"


def _finding(check: str, what: str, bad: pd.DataFrame, left: str, right: str, *, money: bool, total: int,
             per: str = "days") -> str:
    """Phrase one finding: the check, what disagrees, and the first few days with both numbers.

    ``what`` is a rendered text; ``left`` and ``right`` name the two sides (``side.*`` keys).
    """
    parts = []
    for key, row in bad.head(MAX_EXAMPLES).iterrows():
        when = key.date().isoformat() if isinstance(key, pd.Timestamp) else " ".join(
            k.date().isoformat() if isinstance(k, pd.Timestamp) else str(k) for k in key)
        parts.append(T("example", when=when, left=T(f"side.{left}"), a=_num(row["a"], money),
                       right=T(f"side.{right}"), b=_num(row["b"], money)))
    more = T("more", n=len(bad) - MAX_EXAMPLES) if len(bad) > MAX_EXAMPLES else ""
    return T(f"finding.{per}", check=T(f"name.{check}"), what=what, n=len(bad), total=total,
             examples=T("join").join(parts), more=more)


def _compare(a: pd.Series, b: pd.Series, *, money: bool, at_most: bool) -> pd.DataFrame:
    """Align two per-key series and return the keys where ``a`` differs from (or exceeds) ``b``."""
    numeric = pd.api.types.is_numeric_dtype(a.dtype) and pd.api.types.is_numeric_dtype(b.dtype)
    if numeric and a.index.equals(b.index) and not len(_differ(a, b, money=money, at_most=at_most)):
        return pd.DataFrame({"a": a.iloc[:0], "b": b.iloc[:0]})  # agree: the usual case, told without a frame
    both = pd.concat({"a": a, "b": b}, axis=1).fillna(0)
    diff = both["a"] - both["b"]
    tol = CENT if money else 0
    bad = diff > tol if at_most else diff.abs() > tol
    return both[bad]


def _differ(a: pd.Series, b: pd.Series, *, money: bool, at_most: bool) -> np.ndarray:
    """Return the positions where ``a`` differs from (or exceeds) ``b``, two series on the same keys (NaN is 0)."""
    diff = (np.nan_to_num(a.to_numpy(dtype="float64", na_value=np.nan))
            - np.nan_to_num(b.to_numpy(dtype="float64", na_value=np.nan)))
    tol = CENT if money else 0
    return np.flatnonzero(diff > tol if at_most else np.abs(diff) > tol)


def check_sources_add_up(shop: Shop) -> list[str]:
    """Check that traffic sources summed per day equal the shop's visitors, buyers and amount.

    Compares ``traffic_sources`` summed over sources with ``shop_daily`` on the days
    both tables have, for each of visitors, paying_buyers and paid_amount that both
    carry. On real exports a visitor who came through two sources counts in both, so
    the sources can add to more than the shop's total: a warning, not an error.
    """
    ts, sd = shop.traffic_sources, shop.shop_daily
    if not _has(ts, "date") or not _has(sd, "date"):
        return []
    tsd, sdd = _day(ts["date"]), _day(sd["date"])
    days = _shared_days(tsd, sdd)
    if not len(days):
        return []
    cols = [c for c in ("visitors", "paying_buyers", "paid_amount") if c in ts.columns and c in sd.columns]
    sources, shop_ = _per_day(ts, tsd, cols, days), _per_day(sd, sdd, cols, days)
    out = []
    for col in cols:
        bad = _compare(sources[col], shop_[col], money=col == "paid_amount", at_most=False)
        if len(bad):
            out.append(_finding("sources_add_up", T("what.sources", column=_word(col, "shop_daily")),
                                bad, "sources", "shop", money=col == "paid_amount", total=len(days)))
    return out


def check_orders_add_up(shop: Shop) -> list[str]:
    """Check that each day's orders add up to the shop's paid amount and paying buyers.

    Over the days from the first to the last ``orders.paid_at`` that ``shop_daily`` has,
    the paid amounts of a day's orders must equal ``shop_daily.paid_amount`` (to the
    cent) and the day's distinct buyers must equal ``shop_daily.paying_buyers``; a day
    without orders counts as zero.
    """
    od, sd = shop.orders, shop.shop_daily
    if not _has(od, "paid_at") or not _has(sd, "date"):
        return []
    paid = _day(od["paid_at"])
    sdd = _day(sd["date"])
    days = _days_within(sdd, paid.min(), paid.max())
    if not len(days):
        return []
    out = []
    if "paid_amount" in od.columns and "paid_amount" in sd.columns:
        a = od.groupby(paid)["paid_amount"].sum().reindex(days)
        b = sd.groupby(sdd)["paid_amount"].sum().reindex(days)
        bad = _compare(a, b, money=True, at_most=False)
        if len(bad):
            out.append(_finding("orders_add_up", T("what.orders_amount"), bad, "orders", "shop", money=True,
                                total=len(days)))
    if "buyer_id" in od.columns and "paying_buyers" in sd.columns:
        a = od.groupby(paid)["buyer_id"].nunique().reindex(days)
        b = sd.groupby(sdd)["paying_buyers"].sum().reindex(days)
        bad = _compare(a, b, money=False, at_most=False)
        if len(bad):
            out.append(_finding("orders_add_up", T("what.orders_buyers"), bad, "orders", "shop", money=False,
                                total=len(days)))
    return out


def check_ppc_clicks(shop: Shop, *, tolerance: float = 0.15, sources=PPC_SOURCES) -> list[str]:
    """Check that the PPC source's visitors match the PPC keyword clicks of the same day.

    On each day both tables cover, the visitors of the ``sources`` rows of
    ``traffic_sources`` (直通车 by default) must lie within ``tolerance`` of the summed
    ``ppc_keywords`` clicks: ``(1 - tolerance) * clicks <= visitors <= (1 + tolerance) *
    clicks``. Visitors are people and clicks are clicks (one person can click twice), so
    visitors are usually a little lower. A day with no keyword rows has 0 clicks.
    """
    ts, kw = shop.traffic_sources, shop.ppc_keywords
    if not _has(ts, "date", "source", "visitors") or not _has(kw, "date", "clicks"):
        return []
    tsd, kwd = _day(ts["date"]), _day(kw["date"])
    lo, hi = max(tsd.min(), kwd.min()), min(tsd.max(), kwd.max())
    days = _days_within(tsd, lo, hi)
    if not len(days):
        return []
    is_ppc = ts["source"].isin(list(sources))
    clicks = kw["clicks"].groupby(kwd).sum().reindex(days).fillna(0)
    if not is_ppc.any():
        if clicks.sum() > 0:
            return [T("ppc.no_source", check=T("name.ppc_clicks"), clicks=clicks.sum(), days=len(days),
                      sources=T("join.list").join(sources))]
        return []
    visitors = ts.loc[is_ppc, "visitors"].groupby(tsd[is_ppc]).sum().reindex(days).fillna(0)
    both = pd.concat({"a": visitors, "b": clicks}, axis=1)
    bad = both[(both["a"] < (1 - tolerance) * both["b"]) | (both["a"] > (1 + tolerance) * both["b"])]
    if not len(bad):
        return []
    return [_finding("ppc_clicks", T("what.ppc_clicks", tolerance=tolerance), bad, "visitors", "clicks", money=False,
                     total=len(days))]


def check_cs_sales(shop: Shop) -> list[str]:
    """Check that customer-service sales never exceed the shop's paid amount on a day.

    ``cs_daily.sales_amount`` summed over agents is the amount of orders the agents
    closed, a part of ``shop_daily.paid_amount``.
    """
    cs, sd = shop.cs_daily, shop.shop_daily
    if not _has(cs, "date", "sales_amount") or not _has(sd, "date", "paid_amount"):
        return []
    csd, sdd = _day(cs["date"]), _day(sd["date"])
    days = _shared_days(csd, sdd)
    if not len(days):
        return []
    a = cs["sales_amount"].groupby(csd).sum().reindex(days)
    b = sd["paid_amount"].groupby(sdd).sum().reindex(days)
    bad = _compare(a, b, money=True, at_most=True)
    if not len(bad):
        return []
    return [_finding("cs_sales", T("what.cs_sales"), bad, "cs", "shop", money=True, total=len(days))]


def check_products_add_up(shop: Shop, *, columns=("paid_amount",)) -> list[str]:
    """Check that products summed per day do not exceed the shop's totals.

    For each of ``columns`` (default paid_amount), ``products_daily`` summed over
    products must be at most ``shop_daily`` on each day both have. Visitors and buyers
    are not checked by default: on real exports one shopper who views or buys two
    products counts in both. (The demo shop's products add up to the shop exactly.)
    """
    pdly, sd = shop.products_daily, shop.shop_daily
    if not _has(pdly, "date") or not _has(sd, "date"):
        return []
    pdd, sdd = _day(pdly["date"]), _day(sd["date"])
    days = _shared_days(pdd, sdd)
    if not len(days):
        return []
    cols = [c for c in dict.fromkeys(columns) if c in pdly.columns and c in sd.columns]
    products, shop_ = _per_day(pdly, pdd, cols, days), _per_day(sd, sdd, cols, days)
    out = []
    for col in columns:
        if col not in cols:
            continue
        money = col == "paid_amount"
        bad = _compare(products[col], shop_[col], money=money, at_most=True)
        if len(bad):
            out.append(_finding("products_add_up", T("what.products", column=_word(col, "shop_daily")),
                                bad, "products", "shop", money=money, total=len(days)))
    return out


def check_search_terms(shop: Shop) -> list[str]:
    """Check that search terms do not add up to more than the keywords they matched.

    Per day and matched keyword, ``ppc_search_terms`` clicks and cost summed over terms
    must be at most the keyword's ``ppc_keywords`` clicks and cost (summed over campaigns),
    on the days both reports cover.
    """
    st, kw = shop.ppc_search_terms, shop.ppc_keywords
    if not _has(st, "date", "matched_keyword") or not _has(kw, "date", "keyword"):
        return []
    std, kwd = _day(st["date"]), _day(kw["date"])
    lo, hi = max(std.min(), kwd.min()), min(std.max(), kwd.max())
    inside = (std >= lo) & (std <= hi)
    if not inside.any():
        return []
    out = []
    for col in ("clicks", "cost"):
        if col not in st.columns or col not in kw.columns:
            continue
        a = st[inside].groupby([std[inside], st.loc[inside, "matched_keyword"]])[col].sum()
        b = kw.groupby([kwd, kw["keyword"]])[col].sum()
        b = b.reindex(a.index).fillna(0)
        bad = _compare(a, b, money=col == "cost", at_most=True)
        if len(bad):
            out.append(_finding("search_terms", T("what.search_terms", column=_word(col, "ppc_keywords")),
                                bad, "terms", "keyword", money=col == "cost", total=len(a), per="keyword_days"))
    return out


def check_cs_on_shift(shop: Shop) -> list[str]:
    """Check that agents have customer-service rows only on days the roster has them working.

    A ``cs_daily`` row is flagged when ``cs_roster`` says the agent was off that day, or
    has no row for an agent it lists on a day it covers. Agents the roster never lists
    are reported once.
    """
    cs, ro = shop.cs_daily, shop.cs_roster
    if not _has(cs, "date", "agent") or not _has(ro, "date", "agent", "shift"):
        return []
    rod = _day(ro["date"])
    shift = pd.Series(ro["shift"].to_numpy(), index=pd.MultiIndex.from_arrays([rod, ro["agent"]]))
    shift = shift[~shift.index.duplicated()]
    csd = _day(cs["date"])
    inside = (csd >= rod.min()) & (csd <= rod.max())
    known = cs["agent"].isin(ro["agent"].unique())
    out = []
    unknown = sorted(set(cs.loc[inside & ~known, "agent"]))
    if unknown:
        out.append(T("shift.unknown", check=T("name.cs_on_shift"), agents=T("join.list").join(unknown), n=len(unknown)))
    sel = inside & known
    keys = pd.MultiIndex.from_arrays([csd[sel], cs.loc[sel, "agent"]])
    got = shift.reindex(keys)
    bad = got.isna().to_numpy() | (got == "off").to_numpy()
    if bad.any():
        rows = [T("shift.off" if s == "off" else "shift.not_listed", day=d.date().isoformat(), agent=a)
                for (d, a), s in zip(keys[bad][:MAX_EXAMPLES], got[bad][:MAX_EXAMPLES])]
        more = T("more", n=int(bad.sum()) - MAX_EXAMPLES) if bad.sum() > MAX_EXAMPLES else ""
        out.append(T("shift.off_days", check=T("name.cs_on_shift"), n=int(bad.sum()), rows=T("join").join(rows),
                     more=more))
    return out


def check_product_ids(shop: Shop) -> list[str]:
    """Check that products named in the daily, PPC and design tables are in ``products``.

    Reports, per table, the ``product_id`` values of ``products_daily``, ``ppc_keywords``
    and ``design_tasks`` that the product list lacks (so margins and names cannot be
    looked up for them).
    """
    pr = shop.products
    if not _has(pr, "product_id"):
        return []
    known = set(pr["product_id"].astype(str))
    out = []
    for name in ("products_daily", "ppc_keywords", "design_tasks"):
        df = getattr(shop, name)
        if not _has(df, "product_id"):
            continue
        ids = df["product_id"].dropna().astype(str)
        missing = sorted(set(ids) - known)
        if missing:
            shown = T("join.list").join(missing[:MAX_EXAMPLES])
            if len(missing) > MAX_EXAMPLES:
                shown = T("ids.more", ids=shown, n=len(missing) - MAX_EXAMPLES)
            out.append(T("ids.missing", check=T("name.product_ids"), n=len(missing), table=vocab.value_label("table", name),
                         rows=int(ids.isin(missing).sum()), ids=shown))
    return out


def check_consistency(shop: Shop, *, ppc_tolerance: float = 0.15) -> list[str]:
    """Run every cross-table check on the tables ``shop`` has and return the findings.

    Parameters
    ----------
    shop : Shop
        The tables to check; checks whose tables are missing are skipped.
    ppc_tolerance : float, default 0.15
        Relative tolerance of :func:`check_ppc_clicks` (PPC visitors vs clicks).

    Returns
    -------
    list of str
        One line per failed comparison, naming the check, the dates and the numbers;
        an empty list when everything agrees.
    """
    findings: list[str] = []
    findings += check_sources_add_up(shop)
    findings += check_orders_add_up(shop)
    findings += check_ppc_clicks(shop, tolerance=ppc_tolerance)
    findings += check_cs_sales(shop)
    findings += check_products_add_up(shop)
    findings += check_search_terms(shop)
    findings += check_cs_on_shift(shop)
    findings += check_product_ids(shop)
    return findings
