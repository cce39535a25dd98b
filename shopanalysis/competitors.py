"""Competitors: our shop against the rival shops we track, at a snapshot and since an earlier one.

The ``competitors`` table holds one row per snapshot date, shop and product (价格,
月销量, 评价数, 评分, 上架时间), collected from 生意参谋 > 竞争 > 竞品分析 or by hand;
``competitor_shops`` holds each shop's DSR (店铺动态评分: 描述相符, 服务态度,
物流服务) and 粉丝数 per snapshot. Our own shop is one of the shops in both tables,
under the name passed as ``our_shop`` (no function guesses it).

What the competitor comparison asks, and the function that answers it:

- which snapshot is "the 26th"? :func:`snapshot`, :func:`resolve_snapshot`
- only some rivals: :func:`filter_shops`
- are we priced like them (价格带)? :func:`compare_prices`, :func:`compare_price_tiers`
- who sells most (月销量排名)? :func:`rank_shops`
- what did they list (新品), and how fast does it sell? :func:`new_listings`
- reviews and ratings (评价数, 评分): :func:`compare_reviews`
- DSR against ours (动态评分): :func:`compare_dsr`, :func:`rank_dsr`
- who sells the same thing cheaper? :func:`find_undercuts`
- what changed this week? :func:`find_changes`
- so what do we do? :func:`suggest`
- one category's products, for a closer look: :func:`list_products`

A snapshot date need not be exact: the nearest snapshot on or before it is used
(``attrs["snapshot_date"]`` of each result says which). Shop names and product titles
come from the outside world and are returned as they are; show them with
:func:`shopanalysis.present.table` / :func:`~shopanalysis.present.bullets`, which escape them
and label the columns and codes (``dimension``, ``finding_kind``) in the reader's language.
Findings, suggestions and errors are written in the package's language
(:func:`shopanalysis.set_language`) from the templates of :mod:`shopanalysis.text.competitors`.

Examples
--------
>>> comp = pd.DataFrame({
...     "snapshot_date": pd.to_datetime(["2026-10-19"] * 3),
...     "shop": ["我们", "对手A", "对手B"], "product_id": ["1", "2", "3"],
...     "category": ["连衣裙"] * 3, "price": [260.0, 190.0, 300.0], "monthly_sales": [300, 900, 100]})
>>> rank_shops(comp, "2026-10-25", our_shop="我们")[["shop", "monthly_sales", "rank"]]
  shop  monthly_sales  rank
0  对手A            900     1
1   我们            300     2
2  对手B            100     3
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from . import vocab
from ._errors import DataError
from .metrics import ratio
from .text.competitors import T

__all__ = [
    "DSR_COLUMNS",
    "DSR_LABELS",
    "TIERS",
    "LABELS",
    "snapshot_dates",
    "resolve_snapshot",
    "snapshot",
    "filter_shops",
    "list_products",
    "compare_prices",
    "compare_price_tiers",
    "rank_shops",
    "new_listings",
    "compare_reviews",
    "compare_dsr",
    "rank_dsr",
    "find_undercuts",
    "find_changes",
    "suggest",
]

#: The three DSR (店铺动态评分) columns of ``competitor_shops``.
DSR_COLUMNS = ("dsr_description", "dsr_service", "dsr_shipping")
#: Default price-tier edges in yuan for :func:`compare_price_tiers`: [0, 100), [100, 200), ..., [500, ∞).
TIERS = (0, 100, 200, 300, 500)


class _Labels(Mapping):
    """Column -> label in the package's language, read from :mod:`shopanalysis.vocab` at each lookup."""

    def __init__(self, names: Iterable[str]):
        self._names = tuple(names)

    def __getitem__(self, name: str) -> str:
        if name in self._names or vocab.has_label(name):
            return vocab.label(name)
        raise KeyError(name)

    def __iter__(self):
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)


#: The headers of the columns these functions return, in the package's language. Kept for
#: older code: :func:`shopanalysis.present.table` labels them by itself.
LABELS: Mapping[str, str] = _Labels(["shop", "title", "category", "price", "monthly_sales", "review_count", "rating",
                                     "listed_date", "followers", "products", "rank", "share", "change", *DSR_COLUMNS,
                                     *T.labels])
#: The names of the DSR scores, in the package's language (the data contract's words).
DSR_LABELS: Mapping[str, str] = _Labels(DSR_COLUMNS)

_TOL = 1e-9


# --- snapshots and shops ----------------------------------------------------------------


def _table_name(df: pd.DataFrame) -> str:
    return "competitors" if "product_id" in df.columns else "competitor_shops"


def _require(df: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise DataError(T("err.columns", what=what, missing=missing, table=_table_name(df), columns=list(df.columns)))


def snapshot_dates(df: pd.DataFrame) -> pd.DatetimeIndex:
    """Return the snapshot dates of ``competitors`` or ``competitor_shops``, oldest first.

    Examples
    --------
    >>> shops = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-19", "2026-10-12", "2026-10-19"]),
    ...                       "shop": ["A", "A", "B"]})
    >>> [f"{d:%m-%d}" for d in snapshot_dates(shops)]
    ['10-12', '10-19']
    """
    _require(df, ["snapshot_date"], "snapshot_dates")
    return pd.DatetimeIndex(pd.to_datetime(df["snapshot_date"]).dropna().unique()).sort_values()


def _describe_dates(dates: pd.DatetimeIndex) -> str:
    if len(dates) == 0:
        return T("err.no_snapshots")
    text = [f"{d:%Y-%m-%d}" for d in dates]
    shown = ", ".join(text) if len(text) <= 8 else ", ".join([*text[:3], "...", *text[-3:]])
    return T("err.snapshots", n=len(text), dates=shown)


def resolve_snapshot(df: pd.DataFrame, date) -> pd.Timestamp:
    """Return the date of the nearest snapshot on or before ``date``.

    Parameters
    ----------
    df : DataFrame
        ``competitors`` or ``competitor_shops``.
    date : str, date or Timestamp

    Raises
    ------
    DataError
        When no snapshot is on or before ``date``; the message names the dates there are.

    Examples
    --------
    >>> shops = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-12", "2026-10-19"]), "shop": ["A", "A"]})
    >>> resolve_snapshot(shops, "2026-10-25")
    Timestamp('2026-10-19 00:00:00')
    """
    dates = snapshot_dates(df)
    day = pd.Timestamp(date).normalize()
    earlier = dates[dates <= day]
    if len(earlier) == 0:
        raise DataError(T("err.no_snapshot", day=day, table=_table_name(df), dates=_describe_dates(dates)))
    return earlier[-1]


def snapshot(df: pd.DataFrame, date) -> pd.DataFrame:
    """Return the rows of the nearest snapshot on or before ``date`` (a copy).

    Parameters
    ----------
    df : DataFrame
        ``competitors`` or ``competitor_shops``.
    date : str, date or Timestamp

    Returns
    -------
    DataFrame
        The snapshot's rows with a fresh index; ``attrs["snapshot_date"]`` is the
        snapshot used.

    Raises
    ------
    DataError
        When no snapshot is on or before ``date`` (naming the snapshots there are).

    Examples
    --------
    >>> shops = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-12", "2026-10-19"]),
    ...                       "shop": ["A", "A"], "followers": [100, 120]})
    >>> snapshot(shops, "2026-10-18")["followers"].tolist()
    [100]
    >>> snapshot(shops, "2026-10-01")
    Traceback (most recent call last):
    ...
    shopanalysis._errors.DataError: competitor_shops 里没有 2026-10-01 当天或之前的快照；表里共有 2 个快照：2026-10-12, 2026-10-19
    """
    day = resolve_snapshot(df, date)
    out = df.loc[pd.to_datetime(df["snapshot_date"]) == day].reset_index(drop=True)
    out.attrs["snapshot_date"] = day
    return out


def _check_ours(df: pd.DataFrame, our_shop: str) -> None:
    if not isinstance(our_shop, str) or not our_shop:
        raise DataError(T("err.our_shop", table=_table_name(df), got=repr(our_shop)))
    shops = df["shop"].unique().tolist()
    if our_shop not in shops:
        there = dict(table=_table_name(df), shop=repr(our_shop), shops=sorted(map(str, shops)))
        if "snapshot_date" in df.attrs:
            raise DataError(T("err.our_shop_missing_at", day=df.attrs["snapshot_date"], **there))
        raise DataError(T("err.our_shop_missing", **there))


def _at(df: pd.DataFrame, date, our_shop: str, columns: Iterable[str], what: str) -> pd.DataFrame:
    _require(df, ["snapshot_date", "shop", *columns], what)
    now = snapshot(df, date)
    _check_ours(now, our_shop)
    return now


def _pair(df: pd.DataFrame, date, since, our_shop: str, columns: Iterable[str], what: str):
    now = _at(df, date, our_shop, columns, what)
    before = snapshot(df, since)
    if before.attrs["snapshot_date"] >= now.attrs["snapshot_date"]:
        raise DataError(T("err.not_before", what=what, before=before.attrs["snapshot_date"], since=pd.Timestamp(since),
                          now=now.attrs["snapshot_date"], date=pd.Timestamp(date),
                          dates=_describe_dates(snapshot_dates(df))))
    return now, before


def _stamp(out: pd.DataFrame, now: pd.DataFrame, before: pd.DataFrame | None = None) -> pd.DataFrame:
    out.attrs["snapshot_date"] = now.attrs["snapshot_date"]
    if before is not None:
        out.attrs["since"] = before.attrs["snapshot_date"]
    return out


def filter_shops(
    df: pd.DataFrame,
    *,
    our_shop: str,
    include: Sequence[str] | None = None,
    exclude: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Return the rows of our shop and of the chosen rivals (a copy).

    Parameters
    ----------
    df : DataFrame
        ``competitors`` or ``competitor_shops``.
    our_shop : str
        Our shop's name; its rows are always kept.
    include : list of str, optional
        Rivals to keep; ``None`` or empty keeps every rival.
    exclude : list of str, optional
        Rivals to leave out (applied after ``include``).

    Raises
    ------
    DataError
        When our shop, or a name in ``include`` / ``exclude``, is not in the data:
        the message lists the shops there are (a typo would otherwise empty the report).

    Examples
    --------
    >>> shops = pd.DataFrame({"shop": ["我们", "A", "B", "C"], "followers": [1, 2, 3, 4]})
    >>> filter_shops(shops, our_shop="我们", include=["A", "B"], exclude=["B"])["shop"].tolist()
    ['我们', 'A']
    """
    _require(df, ["shop"], "filter_shops")
    _check_ours(df, our_shop)
    shops = set(df["shop"].unique().tolist())
    include, exclude = list(include or []), list(exclude or [])
    unknown = [s for s in include + exclude if s not in shops]
    if unknown:
        raise DataError(T("err.unknown_shops", unknown=unknown, table=_table_name(df), shops=sorted(map(str, shops))))
    keep = df["shop"] == our_shop
    rivals = df["shop"] != our_shop
    if include:
        rivals &= df["shop"].isin(include)
    if exclude:
        rivals &= ~df["shop"].isin(exclude)
    return df.loc[keep | rivals].reset_index(drop=True)


def list_products(
    competitors: pd.DataFrame, date, *, our_shop: str, category: str | None = None, top: int | None = None
) -> pd.DataFrame:
    """Return the products of a snapshot, best sellers (月销量) first, optionally of one category.

    Parameters
    ----------
    competitors : DataFrame
    date : str, date or Timestamp
        The nearest snapshot on or before it is used.
    our_shop : str
    category : str, optional
        Only this 类目.
    top : int, optional
        Only the first ``top`` rows.

    Returns
    -------
    DataFrame
        shop, is_ours, title (or product_id), category, price, monthly_sales and, where
        the data has them, review_count and rating.

    Examples
    --------
    >>> comp = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-19"] * 3), "shop": ["我们", "A", "A"],
    ...                      "product_id": ["1", "2", "3"], "category": ["T恤", "T恤", "衬衫"],
    ...                      "price": [79.0, 59.0, 159.0], "monthly_sales": [100, 300, 50]})
    >>> list_products(comp, "2026-10-19", our_shop="我们", category="T恤")[["shop", "price"]]
      shop  price
    0    A   59.0
    1   我们   79.0
    """
    now = _at(competitors, date, our_shop, ["product_id", "price", "monthly_sales"], "list_products")
    if category is not None:
        _require(now, ["category"], "list_products(category=...)")
        now = now[now["category"] == category]
    now = now.assign(is_ours=now["shop"] == our_shop)
    cols = [c for c in ("shop", "is_ours", "title" if "title" in now.columns else "product_id", "category", "price",
                        "monthly_sales", "review_count", "rating") if c in now.columns]
    out = now.sort_values(["monthly_sales", "price"], ascending=[False, True], kind="stable")[cols]
    out = out.head(top) if top is not None else out
    return _stamp(out.reset_index(drop=True), now)


# --- prices ------------------------------------------------------------------------------


def _position(values: np.ndarray, x: float) -> float:
    """Midrank percentile of ``x`` among ``values``: share below plus half the share equal."""
    if len(values) == 0 or not np.isfinite(x):
        return np.nan
    return float((np.sum(values < x) + 0.5 * np.sum(values == x)) / len(values))


def compare_prices(competitors: pd.DataFrame, date, *, our_shop: str, by: str | None = "category") -> pd.DataFrame:
    """Compare our price band (价格带) with the rivals' in each category.

    For each group (类目 by default) it sets our products' prices against the
    rivals': our min / median / max beside the rivals' min, quartiles and max, our
    median against theirs (``price_gap_pct`` = our median / rival median - 1), and
    our position (价格分位, ``our_position_pct``): the share of rival products priced
    below our median, counting ties as half. 0.8 means our median price is above 80%
    of the rival products in that category. Monthly sales (月销量, pieces) show how
    much each band sells: ``our_sales_share`` = our pieces / all tracked shops' pieces.

    Parameters
    ----------
    competitors : DataFrame
        The ``competitors`` table (several snapshots are fine).
    date : str, date or Timestamp
        The nearest snapshot on or before it is used.
    our_shop : str
        Our shop's name in the table.
    by : str or None, default 'category'
        Group column; ``None`` compares all products at once.

    Returns
    -------
    DataFrame
        One row per group, the groups that sell most (ours and rivals' pieces) first:
        ``our_products``, ``our_price_min``, ``our_price_median``, ``our_price_max``,
        ``rival_products``, ``rival_price_min``, ``rival_price_q1``, ``rival_price_median``,
        ``rival_price_q3``, ``rival_price_max``, ``price_gap_pct``, ``our_position_pct``,
        ``our_sales``, ``rival_sales``, ``our_sales_share``. A side without products in a
        group has NaN prices. Quartiles interpolate linearly (pandas' default).

    Examples
    --------
    >>> comp = pd.DataFrame({
    ...     "snapshot_date": pd.to_datetime(["2026-10-19"] * 6), "shop": ["我们", "我们", "A", "A", "B", "B"],
    ...     "product_id": list("123456"), "category": ["连衣裙"] * 6,
    ...     "price": [200.0, 260.0, 150.0, 190.0, 230.0, 300.0], "monthly_sales": [100, 50, 400, 200, 100, 50]})
    >>> p = compare_prices(comp, "2026-10-19", our_shop="我们").iloc[0]
    >>> [float(p[c]) for c in ("our_price_median", "rival_price_median", "our_position_pct", "our_sales_share")]
    [230.0, 210.0, 0.625, 0.1667]
    """
    cols = ["product_id", "price", "monthly_sales"] + ([by] if by else [])
    now = _at(competitors, date, our_shop, cols, "compare_prices")
    key = now[by] if by else pd.Series(T("group.all"), index=now.index, name="group")
    name = by or "group"
    rows = []
    for group, part in now.groupby(key, sort=True, observed=True):
        ours = part.loc[part["shop"] == our_shop]
        rivals = part.loc[part["shop"] != our_shop]
        op, rp = ours["price"].astype(float), rivals["price"].astype(float)
        our_median = op.median() if len(op) else np.nan
        rival_median = rp.median() if len(rp) else np.nan
        our_sales, rival_sales = int(ours["monthly_sales"].sum()), int(rivals["monthly_sales"].sum())
        rows.append({
            name: group,
            "our_products": len(ours),
            "our_price_min": op.min() if len(op) else np.nan,
            "our_price_median": our_median,
            "our_price_max": op.max() if len(op) else np.nan,
            "rival_products": len(rivals),
            "rival_price_min": rp.min() if len(rp) else np.nan,
            "rival_price_q1": rp.quantile(0.25) if len(rp) else np.nan,
            "rival_price_median": rival_median,
            "rival_price_q3": rp.quantile(0.75) if len(rp) else np.nan,
            "rival_price_max": rp.max() if len(rp) else np.nan,
            "price_gap_pct": ratio(our_median, rival_median) - 1 if len(op) and len(rp) else np.nan,
            "our_position_pct": _position(rp.to_numpy(), our_median),
            "our_sales": our_sales,
            "rival_sales": rival_sales,
            "our_sales_share": round(ratio(our_sales, our_sales + rival_sales), 4),
        })
    out = pd.DataFrame(rows)
    if len(out):
        total = out["our_sales"] + out["rival_sales"]
        out = out.iloc[np.lexsort((out[name].astype(str).to_numpy(), -total.to_numpy()))].reset_index(drop=True)
    return _stamp(out, now)


def _tier_labels(edges: Sequence[float]) -> list[str]:
    labels = []
    for lo, hi in zip(edges, list(edges[1:]) + [np.inf]):
        labels.append(T("tier.open", low=lo) if not np.isfinite(hi) else T("tier.range", low=lo, high=hi))
    return labels


def compare_price_tiers(
    competitors: pd.DataFrame, date, *, our_shop: str, tiers: Sequence[float] = TIERS
) -> pd.DataFrame:
    """Compare where our monthly sales fall across price tiers (价格带) with where the rivals' fall.

    Parameters
    ----------
    competitors : DataFrame
    date : str, date or Timestamp
        The nearest snapshot on or before it is used.
    our_shop : str
    tiers : sequence of float, default :data:`TIERS` = (0, 100, 200, 300, 500)
        Lower edges in yuan, increasing; each tier is ``[edge, next edge)`` and the
        last is open-ended. A price below the first edge is left out.

    Returns
    -------
    DataFrame
        One row per tier (``tier`` label such as ``¥100-200``): ``our_products``,
        ``our_sales``, ``our_share`` (the tier's part of our pieces), ``rival_products``,
        ``rival_sales``, ``rival_share`` (its part of the rivals' pieces). A tier where
        the rivals' share is far above ours is a band the market buys and we barely sell.

    Examples
    --------
    >>> comp = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-19"] * 4), "shop": ["我们", "A", "A", "A"],
    ...                      "product_id": list("1234"), "price": [250.0, 90.0, 150.0, 260.0],
    ...                      "monthly_sales": [100, 300, 500, 200]})
    >>> t = compare_price_tiers(comp, "2026-10-19", our_shop="我们", tiers=(0, 100, 200))
    >>> t[["tier", "our_share", "rival_share"]]
           tier  our_share  rival_share
    0   ¥0-100        0.0          0.3
    1  ¥100-200       0.0          0.5
    2  ¥200以上        1.0          0.2
    """
    edges = [float(t) for t in tiers]
    if len(edges) == 0 or any(b <= a for a, b in zip(edges, edges[1:])):
        raise ValueError(T("err.tiers", example=TIERS, got=tuple(tiers)))
    now = _at(competitors, date, our_shop, ["product_id", "price", "monthly_sales"], "compare_price_tiers")
    labels = _tier_labels(edges)
    idx = np.searchsorted(np.asarray(edges), now["price"].to_numpy(dtype=float), side="right") - 1
    now = now.assign(tier_i=idx).loc[idx >= 0]
    ours = now["shop"] == our_shop
    out = pd.DataFrame({"tier": labels})
    for side, mask in (("our", ours), ("rival", ~ours)):
        g = now.loc[mask].groupby("tier_i")
        out[f"{side}_products"] = g.size().reindex(range(len(labels)), fill_value=0).to_numpy()
        sales = g["monthly_sales"].sum().reindex(range(len(labels)), fill_value=0).to_numpy()
        out[f"{side}_sales"] = sales
        out[f"{side}_share"] = ratio(sales, sales.sum()) if sales.sum() else np.zeros(len(labels))
    out = out[["tier", "our_products", "our_sales", "our_share", "rival_products", "rival_sales", "rival_share"]]
    return _stamp(out, now)


# --- ranking -----------------------------------------------------------------------------


def _shop_totals(df: pd.DataFrame) -> pd.DataFrame:
    g = df.assign(sales_estimate=df["price"].astype(float) * df["monthly_sales"]).groupby("shop", sort=True)
    return pd.DataFrame({
        "products": g.size(),
        "monthly_sales": g["monthly_sales"].sum(),
        "sales_estimate": g["sales_estimate"].sum(),
    })


def rank_shops(
    competitors: pd.DataFrame, date, *, our_shop: str, value: str = "monthly_sales", since=None
) -> pd.DataFrame:
    """Rank the shops by monthly sales (月销量) or by estimated sales (销售额估算), ours marked.

    Parameters
    ----------
    competitors : DataFrame
    date : str, date or Timestamp
        The nearest snapshot on or before it is used.
    our_shop : str
    value : {'monthly_sales', 'sales_estimate'}, default 'monthly_sales'
        What to rank by. ``sales_estimate`` (销售额估算) is an **estimate**: each
        product's snapshot price x its monthly sales, summed; real takings differ
        (coupons, price changes within the month, refunds). ``'sales_amount'``, its
        former name, is still accepted.
    since : str, date or Timestamp, optional
        An earlier snapshot: adds ``monthly_sales_before``, ``sales_estimate_before``,
        ``rank_before`` and ``change_pct`` (of ``value``).

    Returns
    -------
    DataFrame
        One row per shop, rank 1 first: ``shop``, ``is_ours``, ``products``,
        ``monthly_sales``, ``sales_estimate``, ``avg_price`` (sales_estimate /
        monthly_sales, 成交均价), ``share`` (of all tracked shops' ``value``), ``rank``
        (ties share the better rank). ``attrs`` hold ``our_rank``, ``n_shops`` and ``value``.

    Examples
    --------
    >>> comp = pd.DataFrame({
    ...     "snapshot_date": pd.to_datetime(["2026-10-12"] * 2 + ["2026-10-19"] * 3),
    ...     "shop": ["我们", "A", "我们", "A", "B"], "product_id": list("12123"),
    ...     "price": [100.0, 50.0, 100.0, 50.0, 300.0], "monthly_sales": [80, 100, 90, 120, 40]})
    >>> r = rank_shops(comp, "2026-10-19", our_shop="我们", value="sales_estimate", since="2026-10-12")
    >>> r[["shop", "sales_estimate", "rank", "rank_before"]]
      shop  sales_estimate  rank  rank_before
    0    B         12000.0     1          NaN
    1   我们          9000.0     2          1.0
    2    A          6000.0     3          2.0
    >>> r.attrs["our_rank"]
    2
    """
    value = "sales_estimate" if value == "sales_amount" else value
    if value not in ("monthly_sales", "sales_estimate"):
        raise ValueError(T("err.rank_value", got=repr(value)))
    cols = ["product_id", "price", "monthly_sales"]
    if since is None:
        now, before = _at(competitors, date, our_shop, cols, "rank_shops"), None
    else:
        now, before = _pair(competitors, date, since, our_shop, cols, "rank_shops")
    t = _shop_totals(now)
    t["avg_price"] = ratio(t["sales_estimate"], t["monthly_sales"])
    t["share"] = ratio(t[value], t[value].sum())
    t["rank"] = t[value].rank(ascending=False, method="min").astype(int)
    t.insert(0, "is_ours", t.index == our_shop)
    if before is not None:
        b = _shop_totals(before)
        b["rank_before"] = b[value].rank(ascending=False, method="min")
        t = t.join(b.rename(columns={"monthly_sales": "monthly_sales_before",
                                     "sales_estimate": "sales_estimate_before"}).drop(columns="products"))
        t["change_pct"] = ratio(t[value], t[f"{value}_before"]) - 1
    out = t.reset_index().sort_values(["rank", "shop"], kind="stable").reset_index(drop=True)
    out = _stamp(out, now, before)
    out.attrs["our_rank"] = int(t.loc[our_shop, "rank"])
    out.attrs["n_shops"] = len(t)
    out.attrs["value"] = value
    return out


# --- new listings ------------------------------------------------------------------------


def new_listings(
    competitors: pd.DataFrame, date, since, *, our_shop: str, window: int = 30
) -> pd.DataFrame:
    """List the products that appeared since an earlier snapshot (新品), and how fast they sell.

    A new listing is a product (shop + product_id) in the snapshot at ``date`` that was
    not in the snapshot at ``since``, in a shop that was already tracked then (a shop
    added to the tracking later is not "listing" its whole catalogue).

    Parameters
    ----------
    competitors : DataFrame
    date, since : str, date or Timestamp
        The nearest snapshots on or before each; ``since`` must resolve earlier.
    our_shop : str
    window : int, default 30
        Days that 月销量 counts (the platforms count the last 30 days).

    Returns
    -------
    DataFrame
        One row per new product, fastest first: ``shop``, ``is_ours``, ``product_id``,
        ``title`` (the product id when the data has no titles), ``category``, ``price``,
        ``monthly_sales``, ``review_count``, ``rating`` (those the data has), ``listed_date``
        (NaT when the data has none), ``days_listed`` (上架天数: snapshot date
        minus 上架时间, or minus the first snapshot it appeared in when the data has no
        listed_date), ``pieces_per_day`` (日均销量 = monthly_sales / min(days_listed,
        window), at least one day: a product listed 10 days ago sold its monthly sales in
        those 10 days) and, with categories, ``category_pace`` = pieces_per_day / the
        median daily sales (monthly_sales / window) of the category's other products at
        the snapshot: 2.0 sells twice as fast as a typical product there.

    Examples
    --------
    >>> comp = pd.DataFrame({
    ...     "snapshot_date": pd.to_datetime(["2026-10-12", "2026-10-19", "2026-10-19"]),
    ...     "shop": ["A", "A", "A"], "product_id": ["1", "1", "2"], "category": ["T恤"] * 3,
    ...     "price": [59.0, 59.0, 49.0], "monthly_sales": [300, 300, 50],
    ...     "listed_date": pd.to_datetime(["2026-01-01", "2026-01-01", "2026-10-14"])})
    >>> new_listings(comp, "2026-10-19", "2026-10-12", our_shop="A")[
    ...     ["product_id", "days_listed", "pieces_per_day", "category_pace"]]
      product_id  days_listed  pieces_per_day  category_pace
    0          2            5           10.0            1.0
    """
    now, before = _pair(competitors, date, since, our_shop, ["product_id", "price", "monthly_sales"], "new_listings")
    day = now.attrs["snapshot_date"]
    seen = set(zip(before["shop"], before["product_id"]))
    tracked = set(before["shop"])
    is_new = np.array([(s, p) not in seen and s in tracked for s, p in zip(now["shop"], now["product_id"])], dtype=bool)
    new = now.loc[is_new]
    cols = [c for c in ("shop", "product_id", "title", "category", "price", "monthly_sales", "review_count",
                        "rating", "listed_date") if c in new.columns]
    out = new[cols].copy()
    out.insert(1, "is_ours", out["shop"] == our_shop)
    if "title" not in out.columns:
        out.insert(3, "title", out["product_id"])
    if "listed_date" not in out.columns:
        out["listed_date"] = pd.Series(pd.NaT, index=out.index, dtype="datetime64[ns]")
    listed = pd.to_datetime(out["listed_date"])
    if listed.isna().any():  # first snapshot the product appeared in, between since and date
        span = competitors.loc[(pd.to_datetime(competitors["snapshot_date"]) > before.attrs["snapshot_date"])
                               & (pd.to_datetime(competitors["snapshot_date"]) <= day)]
        first = span.groupby(["shop", "product_id"])["snapshot_date"].min()
        fallback = pd.Series([first.get((s, p), day) for s, p in zip(out["shop"], out["product_id"])],
                             index=out.index, dtype="datetime64[ns]")
        listed = listed.fillna(fallback)
    out["days_listed"] = (day - listed).dt.days.clip(lower=0).astype(int)
    out["pieces_per_day"] = out["monthly_sales"] / out["days_listed"].clip(lower=1, upper=window)
    if "category" in out.columns:
        old = now.loc[~is_new]
        pace = (old["monthly_sales"] / window).groupby(old["category"]).median()
        out["category_pace"] = ratio(out["pieces_per_day"], out["category"].map(pace).astype(float))
    out = out.sort_values(["pieces_per_day", "shop"], ascending=[False, True], kind="stable").reset_index(drop=True)
    return _stamp(out, now, before)


# --- reviews and DSR ---------------------------------------------------------------------


def _review_totals(df: pd.DataFrame, low_rating: float) -> pd.DataFrame:
    w = df["review_count"].astype(float)
    r = df["rating"].astype(float)
    g = df.assign(_w=w, _wr=w * r, _low=r < low_rating).groupby("shop", sort=True)
    out = pd.DataFrame({"products": g.size(), "review_count": g["review_count"].sum(),
                        "rating": ratio(g["_wr"].sum(), g["_w"].sum()),
                        "low_rating_products": g["_low"].sum().astype(int)})
    plain = g["rating"].mean()
    out["rating"] = out["rating"].fillna(plain)  # a shop without reviews: the plain mean
    return out


def compare_reviews(
    competitors: pd.DataFrame, date, *, our_shop: str, since=None, low_rating: float = 4.6
) -> pd.DataFrame:
    """Compare review counts (评价数) and ratings (评分) of the shops' tracked products.

    Parameters
    ----------
    competitors : DataFrame
    date : str, date or Timestamp
        The nearest snapshot on or before it is used.
    our_shop : str
    since : str, date or Timestamp, optional
        An earlier snapshot: adds ``new_reviews``, the reviews gained since (the rise
        of each product's cumulative count, plus all reviews of products new since).
    low_rating : float, default 4.6
        A product rated below this counts in ``low_rating_products``.

    Returns
    -------
    DataFrame
        One row per shop, most reviews first: ``shop``, ``is_ours``, ``products``,
        ``review_count`` (cumulative, summed over products), ``rating`` (the products'
        ratings weighted by their review counts; the plain mean when a shop has no
        reviews), ``low_rating_products``, ``rank`` (by rating, 1 = best, ties share the better rank).

    Examples
    --------
    >>> comp = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-19"] * 3), "shop": ["我们", "我们", "A"],
    ...                      "product_id": list("123"), "price": [1.0] * 3, "monthly_sales": [1] * 3,
    ...                      "review_count": [300, 100, 50], "rating": [4.8, 4.4, 4.9]})
    >>> r = compare_reviews(comp, "2026-10-19", our_shop="我们")
    >>> r[["shop", "review_count", "rating", "low_rating_products", "rank"]]
      shop  review_count  rating  low_rating_products  rank
    0   我们           400     4.7          1     2
    1    A            50     4.9          0     1
    """
    cols = ["product_id", "review_count", "rating"]
    if since is None:
        now, before = _at(competitors, date, our_shop, cols, "compare_reviews"), None
    else:
        now, before = _pair(competitors, date, since, our_shop, cols, "compare_reviews")
    t = _review_totals(now, low_rating)
    t.insert(0, "is_ours", t.index == our_shop)
    t["rank"] = t["rating"].rank(ascending=False, method="min").astype(int)
    if before is not None:
        m = now[["shop", "product_id", "review_count"]].merge(
            before[["shop", "product_id", "review_count"]], on=["shop", "product_id"], how="left",
            suffixes=("", "_before"))
        gained = (m["review_count"] - m["review_count_before"].fillna(0)).clip(lower=0)
        t["new_reviews"] = gained.groupby(m["shop"]).sum().astype(int)
    out = t.reset_index().sort_values(["review_count", "shop"], ascending=[False, True], kind="stable")
    out = _stamp(out.reset_index(drop=True), now, before)
    out.attrs["our_rank"] = int(t.loc[our_shop, "rank"])
    return out


def compare_dsr(competitor_shops: pd.DataFrame, date, *, our_shop: str, since=None) -> pd.DataFrame:
    """Compare our DSR (店铺动态评分) with the rivals', one row per score.

    DSR are the three shop scores buyers give after a purchase (out of 5): 描述相符
    (item as described), 服务态度 (service), 物流服务 (shipping).

    Parameters
    ----------
    competitor_shops : DataFrame
        The ``competitor_shops`` table.
    date : str, date or Timestamp
        The nearest snapshot on or before it is used.
    our_shop : str
    since : str, date or Timestamp, optional
        An earlier snapshot: adds ``ours_before``, ``our_change`` and ``rivals_mean_before``.

    Returns
    -------
    DataFrame
        One row per DSR column the data has: ``dimension`` (the column's name, a code
        that :func:`shopanalysis.present.table` shows as 描述相符 ...), ``ours``, ``rivals_mean``, ``rivals_max``, ``best_shop`` (the
        rival with ``rivals_max``), ``gap_to_mean`` = ours - rivals_mean, ``gap_to_best``
        = ours - rivals_max, ``our_rank`` among all shops (1 = highest, ties share the
        better rank) and ``n_shops``.

    Examples
    --------
    >>> shops = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-19"] * 3), "shop": ["我们", "A", "B"],
    ...                       "dsr_description": [4.78, 4.85, 4.81], "dsr_service": [4.80, 4.70, 4.76],
    ...                       "dsr_shipping": [4.80, 4.80, 4.70]})
    >>> compare_dsr(shops, "2026-10-19", our_shop="我们")[
    ...     ["dimension", "ours", "rivals_mean", "gap_to_mean", "our_rank"]]
             dimension  ours  rivals_mean  gap_to_mean  our_rank
    0  dsr_description  4.78         4.83        -0.05         3
    1      dsr_service  4.80         4.73         0.07         1
    2     dsr_shipping  4.80         4.75         0.05         1
    """
    dims = [c for c in DSR_COLUMNS if c in competitor_shops.columns]
    if not dims:
        raise DataError(T("err.no_dsr", what="compare_dsr", columns=list(DSR_COLUMNS),
                          have=list(competitor_shops.columns)))
    if since is None:
        now, before = _at(competitor_shops, date, our_shop, [], "compare_dsr"), None
    else:
        now, before = _pair(competitor_shops, date, since, our_shop, [], "compare_dsr")
    rows = []
    for dim in dims:
        s = now.set_index("shop")[dim].astype(float)
        rivals = s.drop(our_shop).dropna()
        ours = float(s[our_shop])
        row = {
            "dimension": dim, "ours": ours,
            "rivals_mean": round(float(rivals.mean()), 4) if len(rivals) else np.nan,
            "rivals_max": float(rivals.max()) if len(rivals) else np.nan,
            "best_shop": rivals.idxmax() if len(rivals) else None,
        }
        row["gap_to_mean"] = round(ours - row["rivals_mean"], 4)
        row["gap_to_best"] = round(ours - row["rivals_max"], 4)
        row["our_rank"] = int((s.dropna() > ours).sum() + 1) if np.isfinite(ours) else np.nan
        row["n_shops"] = int(s.notna().sum())
        if before is not None:
            b = before.set_index("shop")[dim].astype(float)
            row["ours_before"] = float(b.get(our_shop, np.nan))
            row["our_change"] = round(ours - row["ours_before"], 4)
            row["rivals_mean_before"] = round(float(b.drop(our_shop, errors="ignore").mean()), 4)
        rows.append(row)
    return _stamp(pd.DataFrame(rows), now, before)


def rank_dsr(competitor_shops: pd.DataFrame, date, *, our_shop: str) -> pd.DataFrame:
    """Rank the shops by their mean DSR, with each score's difference from ours.

    Parameters
    ----------
    competitor_shops : DataFrame
    date : str, date or Timestamp
        The nearest snapshot on or before it is used.
    our_shop : str

    Returns
    -------
    DataFrame
        One row per shop, highest mean DSR first: ``shop``, ``is_ours``, the DSR
        columns, ``dsr_mean`` (mean of the three), ``<dsr>_vs_ours`` = the shop's score
        - ours (positive: better than us), ``followers`` (粉丝数) when the data has it.

    Examples
    --------
    >>> shops = pd.DataFrame({"snapshot_date": pd.to_datetime(["2026-10-19"] * 2), "shop": ["我们", "A"],
    ...                       "dsr_description": [4.78, 4.85], "dsr_service": [4.80, 4.70],
    ...                       "dsr_shipping": [4.80, 4.80]})
    >>> rank_dsr(shops, "2026-10-19", our_shop="我们")[["shop", "dsr_mean", "dsr_description_vs_ours"]]
      shop  dsr_mean  dsr_description_vs_ours
    0    我们    4.7933                     0.00
    1    A    4.7833                     0.07
    """
    dims = [c for c in DSR_COLUMNS if c in competitor_shops.columns]
    if not dims:
        raise DataError(T("err.no_dsr", what="rank_dsr", columns=list(DSR_COLUMNS),
                          have=list(competitor_shops.columns)))
    now = _at(competitor_shops, date, our_shop, [], "rank_dsr")
    t = now.set_index("shop")[dims].astype(float)
    out = t.assign(dsr_mean=t.mean(axis=1).round(4))
    for dim in dims:
        out[f"{dim}_vs_ours"] = (t[dim] - t.loc[our_shop, dim]).round(4)
    if "followers" in now.columns:
        out["followers"] = now.set_index("shop")["followers"]
    out.insert(0, "is_ours", out.index == our_shop)
    out = out.reset_index().sort_values(["dsr_mean", "shop"], ascending=[False, True], kind="stable")
    return _stamp(out.reset_index(drop=True), now)


# --- undercuts ---------------------------------------------------------------------------


def find_undercuts(
    competitors: pd.DataFrame,
    date,
    *,
    our_shop: str,
    threshold: float = 0.10,
    best_sellers: int = 5,
    per_product: int | None = 3,
) -> pd.DataFrame:
    """Find rival products in the same category priced well below our best sellers.

    Our best sellers are our products with the highest 月销量 at the snapshot. A rival
    product *undercuts* one of them when it is in the same 类目 and its price is at
    least ``threshold`` below ours: ``undercut_pct = 1 - rival price / our price >=
    threshold``. Prices are compared at the same snapshot (both promotional in a
    promotion week).

    Parameters
    ----------
    competitors : DataFrame
    date : str, date or Timestamp
        The nearest snapshot on or before it is used.
    our_shop : str
    threshold : float, default 0.10
        The smallest gap that counts (0.10 = 10% cheaper).
    best_sellers : int, default 5
        How many of our best sellers to check.
    per_product : int or None, default 3
        Keep the rivals' best-selling ``per_product`` undercutters of each of our
        products; ``None`` keeps all.

    Returns
    -------
    DataFrame
        One row per (our product, rival product), our best seller first and, within it,
        the rival product that sells most first: ``our_rank`` (1 = our best seller),
        ``our_product_id``, ``our_title``, ``category``, ``our_price``,
        ``our_monthly_sales``, ``shop``, ``product_id``, ``title``, ``price``,
        ``monthly_sales``, ``undercut_pct``, ``price_gap`` (yuan), ``sales_ratio`` (rival
        monthly sales / ours: 2.0 sells twice as many) and, when the data has ratings,
        ``our_rating`` and ``rating``.

    Examples
    --------
    >>> comp = pd.DataFrame({
    ...     "snapshot_date": pd.to_datetime(["2026-10-19"] * 4), "shop": ["我们", "A", "A", "B"],
    ...     "product_id": list("1234"), "title": ["碎花裙", "A裙", "A衫", "B裙"],
    ...     "category": ["连衣裙", "连衣裙", "衬衫", "连衣裙"],
    ...     "price": [260.0, 190.0, 99.0, 240.0], "monthly_sales": [300, 690, 900, 500]})
    >>> u = find_undercuts(comp, "2026-10-19", our_shop="我们")
    >>> u[["our_title", "shop", "title", "undercut_pct", "sales_ratio"]].round(3)
      our_title shop title  undercut_pct  sales_ratio
    0       碎花裙    A    A裙         0.269          2.3
    """
    if not 0 < threshold < 1:
        raise ValueError(T("err.threshold", got=repr(threshold)))
    now = _at(competitors, date, our_shop, ["product_id", "category", "price", "monthly_sales"], "find_undercuts")
    name = "title" if "title" in now.columns else "product_id"
    keep = [c for c in ("product_id", "title", "category", "price", "monthly_sales", "rating") if c in now.columns]
    ours = (now.loc[now["shop"] == our_shop, keep]
            .sort_values(["monthly_sales", "price", "product_id"], ascending=[False, False, True], kind="stable")
            .head(best_sellers).reset_index(drop=True))
    ours.insert(0, "our_rank", np.arange(1, len(ours) + 1))
    ours = ours.rename(columns={c: f"our_{c}" for c in keep if c != "category"})
    rivals = now.loc[now["shop"] != our_shop, ["shop", *keep]]
    pairs = ours.merge(rivals, on="category", how="inner")
    pairs["undercut_pct"] = 1 - pairs["price"] / pairs["our_price"]
    pairs = pairs.loc[pairs["undercut_pct"] >= threshold - _TOL].copy()
    pairs["price_gap"] = pairs["our_price"] - pairs["price"]
    pairs["sales_ratio"] = ratio(pairs["monthly_sales"], pairs["our_monthly_sales"])
    pairs = pairs.sort_values(["our_rank", "monthly_sales", "undercut_pct", "shop"],
                              ascending=[True, False, False, True], kind="stable")
    if per_product is not None:
        pairs = pairs.groupby("our_rank", sort=False).head(per_product)
    cols = ["our_rank", "our_product_id", f"our_{name}" if name != "product_id" else "our_product_id", "category",
            "our_price", "our_monthly_sales", "shop", "product_id", name, "price", "monthly_sales", "undercut_pct",
            "price_gap", "sales_ratio"]
    cols = list(dict.fromkeys(cols)) + [c for c in ("our_rating", "rating") if c in pairs.columns]
    if name == "product_id":
        pairs["our_title"], pairs["title"] = pairs["our_product_id"], pairs["product_id"]
        cols = cols[:2] + ["our_title"] + cols[2:8] + ["title"] + cols[8:]
    return _stamp(pairs[cols].reset_index(drop=True), now)


# --- what changed ------------------------------------------------------------------------


def _pts(x: float) -> str:
    """DSR points with 2 decimals, 3 when the third is not zero (a mean of 2-decimal scores): 4.80, 4.815.

    The same digits in every language, so it is a number's spelling, not a word.
    """
    text = f"{x:.3f}"
    return text[:-1] if text.endswith("0") else text


def _name(row) -> str:
    return str(row["title"]) if "title" in row and pd.notna(row["title"]) else T("product", id=row["product_id"])


_CHANGE_COLUMNS = ["finding_kind", "shop", "is_ours", "title", "before", "after", "change", "finding"]

def find_changes(
    competitors: pd.DataFrame,
    competitor_shops: pd.DataFrame | None,
    date,
    since,
    *,
    our_shop: str,
    price_move: float = 0.05,
    sales_move: float = 0.30,
    min_sales: int = 30,
    dsr_move: float = 0.02,
    broad: float = 0.25,
    market: float = 0.5,
    top: int = 5,
) -> pd.DataFrame:
    """List what changed between two snapshots, each finding as one plain sentence.

    Each sentence is written in the package's language when the function runs
    (:func:`shopanalysis.set_language`). Findings, in this order (``finding_kind``,
    a code :func:`shopanalysis.present.table` shows by its label):

    - ``rank``: our place by 月销量 now and at ``since``.
    - ``market_price``: when at least ``market`` of the rivals each moved ``broad`` or
      more of their prices the same way by ``price_move`` or more: one line for all of
      them (a platform promotion such as the 双11 pre-sale, not a move against us);
      their per-shop lines are then left out.
    - ``price_cut`` / ``price_raise``: per shop, the products whose price moved by
      ``price_move`` or more, with the median move and the largest one.
    - ``shop_sales``: shops whose summed 月销量 moved by ``sales_move`` or more.
    - ``sales_surge`` / ``sales_drop``: the ``top`` rival products with the largest
      change in pieces among those that had at least ``min_sales`` a month before and
      moved by ``sales_move`` or more.
    - ``new_listing`` / ``delisted``: products that appeared (best sellers first, at most
      ``top``, with a count line when there are more) or disappeared; "no new listings"
      is said too.
    - ``dsr``: DSR scores that moved by ``dsr_move`` or more (ours first, then the rivals').

    Parameters
    ----------
    competitors : DataFrame
    competitor_shops : DataFrame or None
        Leave out (``None``) to skip DSR.
    date, since : str, date or Timestamp
        The nearest snapshots on or before each; ``since`` must resolve earlier.
    our_shop : str
    price_move : float, default 0.05
        A price change of 5% or more is reported.
    sales_move : float, default 0.30
        A change in monthly sales of 30% or more is reported.
    min_sales : int, default 30
        Product sales changes count only from this many pieces a month before (a move
        from 3 to 6 is noise, not a surge).
    dsr_move : float, default 0.02
        A DSR change of this many points or more is reported.
    broad : float, default 0.25
        A shop that moved at least this share of its products' prices made a broad move.
    market : float, default 0.5
        Share of the rivals that must make a broad move the same way to call it market-wide.
    top : int, default 5
        At most this many product lines per kind.

    Returns
    -------
    DataFrame
        ``finding_kind``, ``shop``, ``is_ours``, ``title`` (of a product line), ``before``,
        ``after``, ``change`` (a fraction for prices and sales, points for DSR and ranks)
        and ``finding``. ``attrs`` hold ``snapshot_date`` and ``since``.

    Examples
    --------
    >>> comp = pd.DataFrame({
    ...     "snapshot_date": pd.to_datetime(["2026-10-12"] * 3 + ["2026-10-19"] * 4),
    ...     "shop": ["我们", "A", "A", "我们", "A", "A", "A"], "product_id": list("1231234"),
    ...     "title": ["碎花裙", "A裙", "A衫", "碎花裙", "A裙", "A衫", "A新裙"],
    ...     "price": [260.0, 200.0, 100.0, 260.0, 180.0, 100.0, 150.0],
    ...     "monthly_sales": [300, 100, 50, 310, 200, 50, 40]})
    >>> changes = find_changes(comp, None, "2026-10-19", "2026-10-12", our_shop="我们")
    >>> for line in changes["finding"]:
    ...     print(line)
    按月销量，本店在 2 家店中排第 1（310 件），与 10-12 持平。
    A把「A裙」降价 10.0%：¥200 → ¥180。
    A月销量上升 93.3%：全店跟踪商品合计 150 → 290 件。
    A的「A裙」月销量 100 → 200（+100.0%）。
    A上新「A新裙」，售价 ¥150，近 30 天卖出 40 件。
    >>> changes["finding_kind"].tolist()
    ['rank', 'price_cut', 'shop_sales', 'sales_surge', 'new_listing']
    >>> from shopanalysis import language
    >>> with language("en"):
    ...     print(find_changes(comp, None, "2026-10-19", "2026-10-12", our_shop="我们")["finding"].iloc[1])
    A cut the price of A裙 by 10.0%: ¥200 → ¥180.
    """
    cols = ["product_id", "price", "monthly_sales"]
    now, before = _pair(competitors, date, since, our_shop, cols, "find_changes")
    d0 = before.attrs["snapshot_date"]
    rows: list[dict] = []

    def add(kind, shop, finding, title=None, b=np.nan, a=np.nan, change=np.nan):
        rows.append({"finding_kind": kind, "shop": shop, "is_ours": shop == our_shop, "title": title,
                     "before": b, "after": a, "change": change, "finding": finding})

    def who(shop):
        return T("ours") if shop == our_shop else str(shop)

    # our rank
    r_now, r_before = _shop_totals(now), _shop_totals(before)
    rank_now = r_now["monthly_sales"].rank(ascending=False, method="min")
    rank_before = r_before["monthly_sales"].rank(ascending=False, method="min")
    rn = int(rank_now[our_shop])
    rb = int(rank_before[our_shop]) if our_shop in rank_before.index else None
    key = ("change.rank_new" if rb is None else "change.rank_same" if rb == rn
           else "change.rank_up" if rb > rn else "change.rank_down")
    add("rank", our_shop, T(key, n=len(rank_now), rank=rn, sales=r_now.loc[our_shop, "monthly_sales"], since=d0,
                            before=rb),
        b=rb if rb else np.nan, a=rn, change=(rb - rn) if rb else np.nan)

    # prices
    both = now.merge(before[["shop", "product_id", "price", "monthly_sales"]], on=["shop", "product_id"],
                     suffixes=("", "_before"))
    both["price_change"] = ratio(both["price"], both["price_before"]) - 1
    both["sales_change"] = ratio(both["monthly_sales"], both["monthly_sales_before"]) - 1
    price_lines = []
    broad_moves: dict[str, list] = {}
    for shop, part in both.groupby("shop", sort=True):
        for kind, sign in (("price_cut", -1), ("price_raise", 1)):
            movers = part.loc[sign * part["price_change"] >= price_move - _TOL]
            if movers.empty:
                continue
            med = float(movers["price_change"].median())
            big = movers.loc[(sign * movers["price_change"]).idxmax()]
            if len(movers) == 1:
                text = T(f"change.{kind}_one", who=who(shop), title=_name(big), pct=abs(big["price_change"]),
                         before=big["price_before"], after=big["price"])
            else:
                text = T(f"change.{kind}_many", who=who(shop), n=len(movers), total=len(part), median=med,
                         title=_name(big), before=big["price_before"], after=big["price"])
            price_lines.append((kind, shop, text, len(movers), med))
            if shop != our_shop and len(movers) >= broad * len(part) - _TOL:
                broad_moves.setdefault(kind, []).append((shop, med))
    n_rivals = int((now["shop"].unique() != our_shop).sum())
    collapsed = set()
    for kind, shops in broad_moves.items():
        if n_rivals and len(shops) >= max(2, market * n_rivals):
            meds = [m for _, m in shops]
            key = "change.market_cut" if kind == "price_cut" else "change.market_raise"
            add("market_price", None,
                T(key, shops=len(shops), rivals=n_rivals, broad=broad, median=float(np.median(meds)),
                  low=min(meds, key=abs), high=max(meds, key=abs)),
                a=len(shops), change=float(np.median(meds)))
            collapsed |= {(kind, s) for s, _ in shops}
    for kind, shop, text, n, med in price_lines:
        if (kind, shop) not in collapsed:
            add(kind, shop, text, b=np.nan, a=n, change=med)

    # shop sales
    totals = r_now[["monthly_sales"]].join(r_before[["monthly_sales"]].add_suffix("_before"), how="inner")
    totals["change"] = ratio(totals["monthly_sales"], totals["monthly_sales_before"]) - 1
    for shop, t in totals.loc[totals["change"].abs() >= sales_move - _TOL].sort_values(
            "change", key=abs, ascending=False).iterrows():
        key = "change.shop_sales_up" if t["change"] > 0 else "change.shop_sales_down"
        add("shop_sales", shop, T(key, who=who(shop), pct=abs(t["change"]), before=t["monthly_sales_before"],
                                  after=t["monthly_sales"]),
            b=t["monthly_sales_before"], a=t["monthly_sales"], change=t["change"])

    # product sales
    rivals = both.loc[(both["shop"] != our_shop) & (both["monthly_sales_before"] >= min_sales)
                      & (both["sales_change"].abs() >= sales_move - _TOL)]
    rivals = rivals.assign(_delta=rivals["monthly_sales"] - rivals["monthly_sales_before"])
    for kind, mask in (("sales_surge", rivals["_delta"] > 0), ("sales_drop", rivals["_delta"] < 0)):
        part = rivals.loc[mask].sort_values(["_delta", "shop"], key=lambda s: s.abs() if s.name == "_delta" else s,
                                            ascending=[False, True], kind="stable").head(top)
        for _, p in part.iterrows():
            add(kind, p["shop"], T("change.product_sales", title=_name(p), shop=p["shop"],
                                   before=p["monthly_sales_before"], after=p["monthly_sales"], pct=p["sales_change"]),
                title=_name(p), b=p["monthly_sales_before"], a=p["monthly_sales"], change=p["sales_change"])

    # new and gone
    seen_now = set(zip(now["shop"], now["product_id"]))
    seen_before = set(zip(before["shop"], before["product_id"]))
    tracked = set(before["shop"])
    new = now.loc[[(s, p) not in seen_before and s in tracked for s, p in zip(now["shop"], now["product_id"])]]
    new = new.sort_values(["monthly_sales", "shop"], ascending=[False, True], kind="stable")
    if new.empty:
        add("new_listing", None, T("change.no_new", since=d0), a=0)
    for _, p in new.head(top).iterrows():
        listed = dict(who=who(p["shop"]), title=_name(p), price=p["price"], sales=p["monthly_sales"])
        if "category" in p and pd.notna(p["category"]):
            text = T("change.new_in", category=p["category"], **listed)
        else:
            text = T("change.new", **listed)
        add("new_listing", p["shop"], text, title=_name(p), a=p["price"])
    if len(new) > top:
        add("new_listing", None, T("change.new_more", n=len(new), since=d0, shown=top), a=len(new))
    still = set(now["shop"])
    gone = before.loc[[(s, p) not in seen_now and s in still for s, p in zip(before["shop"], before["product_id"])]]
    gone = gone.sort_values(["monthly_sales", "shop"], ascending=[False, True], kind="stable")
    for _, p in gone.head(top).iterrows():
        add("delisted", p["shop"], T("change.delisted", who=who(p["shop"]), title=_name(p), sales=p["monthly_sales"],
                                     price=p["price"]),
            title=_name(p), b=p["price"])

    # DSR
    if competitor_shops is not None:
        dims = [c for c in DSR_COLUMNS if c in competitor_shops.columns]
        s_now, s_before = snapshot(competitor_shops, date), snapshot(competitor_shops, since)
        m = s_now.set_index("shop")[dims].join(s_before.set_index("shop")[dims].add_suffix("_before"), how="inner")
        m = m.loc[sorted(m.index, key=lambda shop: (shop != our_shop, str(shop)))]  # ours first
        for shop, r in m.iterrows():
            for dim in dims:
                diff = round(float(r[dim] - r[f"{dim}_before"]), 4)
                if abs(diff) >= dsr_move - _TOL:
                    key = "change.dsr_up" if diff > 0 else "change.dsr_down"
                    add("dsr", shop, T(key, who=who(shop), score=vocab.label(dim), diff=abs(diff),
                                       before=r[f"{dim}_before"], after=r[dim]),
                        b=r[f"{dim}_before"], a=r[dim], change=diff)

    out = pd.DataFrame(rows, columns=_CHANGE_COLUMNS)
    return _stamp(out, now, before)


# --- suggestions -------------------------------------------------------------------------


def suggest(
    *,
    undercuts: pd.DataFrame | None = None,
    prices: pd.DataFrame | None = None,
    listings: pd.DataFrame | None = None,
    dsr: pd.DataFrame | None = None,
    ranking: pd.DataFrame | None = None,
    products: pd.DataFrame | None = None,
    top: int = 3,
    expensive: float = 0.75,
    cheap: float = 0.25,
    fast_listing: float = 2.0,
    dsr_gap: float = 0.03,
) -> list[str]:
    """Write suggestions tied to the numbers of the comparison, most pressing first.

    Each input is optional and is the output of the function of the same subject, so
    the sentences quote exactly the numbers the report's tables show:

    - ``undercuts`` (:func:`find_undercuts`): for each of our best sellers (at most
      ``top``), its best-selling undercutter: the price gap and how many it sells. With
      ``products`` (our ``products`` table, for ``unit_cost``) it says what matching the
      price would leave per piece.
    - ``ranking`` (:func:`rank_shops` with ``since``): a rival that passed us.
    - ``listings`` (:func:`new_listings`): rival new listings selling at least
      ``fast_listing`` times as fast as their category's median product.
    - ``dsr`` (:func:`compare_dsr`): scores where we are ``dsr_gap`` points or more below
      the rivals' mean.
    - ``prices`` (:func:`compare_prices`): categories where our median price is above
      ``expensive`` or below ``cheap`` of the rival products (the most extreme first);
      the advice depends on whether each of our products there sells as many pieces
      as the rivals' average product (sales per product = 月销量 / 商品数).

    Parameters
    ----------
    undercuts, prices, listings, dsr, ranking : DataFrame, optional
        As above.
    products : DataFrame, optional
        Our ``products`` table; only ``product_id`` and ``unit_cost`` are used.
    top : int, default 3
        At most this many sentences of each kind.
    expensive, cheap : float, default 0.75 and 0.25
        Price positions (``our_position_pct``) worth a sentence.
    fast_listing : float, default 2.0
        A rival new listing selling this many times as fast as its category's median
        product gets a sentence.
    dsr_gap : float, default 0.03
        DSR points below the rivals' mean worth a sentence.

    Returns
    -------
    list of str
        Sentences in the package's language (:func:`shopanalysis.set_language`).

    Examples
    --------
    >>> u = pd.DataFrame({"our_rank": [1], "our_product_id": ["1"], "our_title": ["碎花裙"], "category": ["连衣裙"],
    ...                   "our_price": [260.0], "our_monthly_sales": [300], "shop": ["A"], "product_id": ["2"],
    ...                   "title": ["A裙"], "price": [190.0], "monthly_sales": [690], "undercut_pct": [70 / 260],
    ...                   "price_gap": [70.0], "sales_ratio": [2.3]})
    >>> products = pd.DataFrame({"product_id": ["1"], "unit_cost": [115.0]})
    >>> for part in suggest(undercuts=u, products=products)[0].split("：", 1):
    ...     print(part)
    连衣裙里，A的「A裙」卖 ¥190，比本店销量第一的「碎花裙」（¥260）便宜 27%，月销量是本店的 2.3 倍（690 对 300）
    先别降价，把贵出的 ¥70 值在哪里讲清楚（面料、版型、评价、详情页）；即使跟到 ¥190，每件仍比成本 ¥115 多 ¥75。
    >>> from shopanalysis import language
    >>> with language("en"):
    ...     print(suggest(undercuts=u, products=products)[0])
    A's A裙 at ¥190 undercuts our best seller 碎花裙 (¥260) by 27% in 连衣裙 and sells 2.3x as many
    a month (690 vs 300): before cutting, show what the ¥70 more buys (fabric, fit, reviews, detail
    page); matching ¥190 would still leave ¥75 a piece over the unit cost of ¥115.
    """
    out: list[str] = []
    costs = {}
    if products is not None and {"product_id", "unit_cost"} <= set(products.columns):
        costs = dict(zip(products["product_id"].astype(str), products["unit_cost"].astype(float)))

    if undercuts is not None and len(undercuts):
        firsts = undercuts.sort_values(["our_rank", "monthly_sales"], ascending=[True, False],
                                       kind="stable").groupby("our_rank", sort=True).head(1)
        for _, u in firsts.head(top).iterrows():
            pair = dict(shop=u["shop"], title=u["title"], price=u["price"], our_title=u["our_title"],
                        our_price=u["our_price"], pct=u["undercut_pct"], category=u["category"])
            head = (T("undercut.top", **pair) if u["our_rank"] == 1
                    else T("undercut.nth", n=int(u["our_rank"]), **pair))
            sales = dict(theirs=u["monthly_sales"], ours=u["our_monthly_sales"])
            if np.isfinite(u["sales_ratio"]) and u["sales_ratio"] >= 1:
                clause = T("undercut.sells_more", ratio=u["sales_ratio"], **sales)
                advice = T("undercut.advice_more", gap=u["price_gap"])
            else:
                clause = T("undercut.sells_less", **sales)
                advice = T("undercut.advice_less")
            cost = costs.get(str(u["our_product_id"]))
            if cost is not None and np.isfinite(cost):
                left = float(u["price"]) - cost
                advice += (T("undercut.cost_left", price=u["price"], left=left, cost=cost) if left > 0
                           else T("undercut.cost_below", price=u["price"], cost=cost))
            out.append(T("undercut.line", head=head, sales=clause, advice=advice))

    if ranking is not None and "rank_before" in ranking.columns and ranking["is_ours"].any():
        ours = ranking.loc[ranking["is_ours"]].iloc[0]
        passed = ranking.loc[~ranking["is_ours"] & (ranking["rank"] < ours["rank"])
                             & (ranking["rank_before"] > ours["rank_before"])]
        value = ranking.attrs.get("value", "monthly_sales")
        key = "suggest.passed_sales" if value == "monthly_sales" else "suggest.passed_amount"
        for _, r in passed.head(top).iterrows():
            out.append(T(key, shop=r["shop"], theirs=r[value], ours=ours[value], change=r["change_pct"]))

    if listings is not None and len(listings) and "category_pace" in listings.columns:
        fast = listings.loc[~listings["is_ours"] & (listings["category_pace"] >= fast_listing - _TOL)]
        for _, n in fast.sort_values("category_pace", ascending=False, kind="stable").head(top).iterrows():
            out.append(T("suggest.fast_listing", shop=n["shop"], title=_name(n), category=n["category"],
                         price=n["price"], days=int(n["days_listed"]), per_day=n["pieces_per_day"],
                         pace=n["category_pace"]))

    if dsr is not None and len(dsr):
        for _, d in dsr.sort_values("gap_to_mean", kind="stable").iterrows():
            if np.isfinite(d["gap_to_mean"]) and d["gap_to_mean"] <= -dsr_gap + _TOL:
                advice = f"dsr_advice.{d['dimension']}"
                out.append(T("suggest.dsr", score=vocab.label(d["dimension"]), ours=_pts(d["ours"]),
                             gap=_pts(abs(d["gap_to_mean"])), mean=_pts(d["rivals_mean"]), rank=int(d["our_rank"]),
                             n=int(d["n_shops"]), advice=T(advice if advice in T else "dsr_advice.other")))

    if prices is not None and len(prices):
        group = prices.columns[0]
        p = prices.loc[(prices["our_products"] > 0) & (prices["rival_products"] > 0)
                       & np.isfinite(prices["our_position_pct"].astype(float))]
        p = p.assign(_ours=ratio(p["our_sales"], p["our_products"]),
                     _theirs=ratio(p["rival_sales"], p["rival_products"]),
                     _far=(p["our_position_pct"] - 0.5).abs())
        p = p.loc[(p["our_position_pct"] >= expensive - _TOL) | (p["our_position_pct"] <= cheap + _TOL)]
        for _, r in p.sort_values("_far", ascending=False, kind="stable").head(top).iterrows():
            high = r["our_position_pct"] >= expensive - _TOL
            facts = dict(category=r[group], ours=r["our_price_median"], theirs=r["rival_price_median"],
                         our_pace=r["_ours"], their_pace=r["_theirs"])
            head = (T("price.dear", pct=r["our_position_pct"], **facts) if high
                    else T("price.cheap", pct=1 - r["our_position_pct"], **facts))
            sells_well = r["_ours"] >= r["_theirs"]
            if high and sells_well:
                advice = T("price.dear_holds")
            elif high:
                advice = T("price.dear_slow", price=r["rival_price_median"])
            elif sells_well:
                advice = T("price.cheap_sells")
            else:
                advice = T("price.cheap_slow")
            out.append(T("price.line", head=head, advice=advice))
    return out
