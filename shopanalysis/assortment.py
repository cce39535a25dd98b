"""Product structure (商品结构): ABC classes, sell-through, slow sellers and new listings over a window.

Works on 生意参谋's product table (``products_daily``: one row per day and product)
and, when given, the product list (``products``: category and 上架时间 listed_date).

Definitions used here (生意参谋 / common Tmall practice):

- ABC 分级 (the 二八 rule): products sorted by 支付金额, best first; a product is
  ``A`` while the sales *before* it are under 80% of the window's product sales (so
  the product that crosses 80% is still ``A``), ``B`` up to 95%, ``C`` after, and a
  product with no sales is always ``C``.
- 在线商品数 (listed products): products listed on or before the window's end
  (``products.listed_date``), plus any product that shows up in ``products_daily`` in
  the window; without listed dates, the products seen in the window.
- 动销商品数 (products sold) = products with 支付买家数 > 0 in the window;
  动销率 (sell-through rate) = 动销商品数 / 在线商品数.
- 支付转化率 (conversion rate) = 支付买家数 / 访客数, as a ratio of sums over the days.
  A product's visitors summed over days count a visitor once per day; 生意参谋's own
  period figure de-duplicates them, so it is a little lower (the rate a little higher).

Frames keep codes (``abc`` is ``A``/``B``/``C``); :func:`shopanalysis.present.table`
shows their labels. Sentences come from :mod:`shopanalysis.text.assortment`.

>>> pdly = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"] * 4), "product_id": ["p1", "p2", "p3", "p4"],
...                      "product_name": ["连衣裙", "T恤", "衬衫", "毛衣"], "visitors": [500, 300, 100, 80],
...                      "paying_buyers": [20, 8, 1, 0], "paid_amount": [7000.0, 2000.0, 1000.0, 0.0]})
>>> abc_classes(pdly, "2026-10-01", "2026-10-31")[["product_id", "share", "abc"]]
  product_id  share abc
0         p1    0.7   A
1         p2    0.2   A
2         p3    0.1   B
3         p4    0.0   C
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._dates import _as_day, _date_range_text, _need
from ._errors import DataError
from .text.assortment import T

__all__ = ["abc_classes", "summarize_assortment", "slow_sellers", "new_listings", "describe_assortment"]

_NEEDED = ("date", "product_id", "visitors", "paying_buyers", "paid_amount")  # data: products_daily columns
_SUMS = ["visitors", "paying_buyers", "paid_amount"]  # data


def _bounds(start, end) -> tuple[pd.Timestamp, pd.Timestamp]:
    start, end = _as_day(start), _as_day(end)
    if start > end:
        raise ValueError(T("bad_window", start=start, end=end))
    return start, end


def _window_rows(products_daily: pd.DataFrame, start: pd.Timestamp, end: pd.Timestamp) -> pd.DataFrame:
    _need(products_daily, _NEEDED, "products_daily")
    rows = products_daily.loc[products_daily["date"].between(start, end)]
    if rows.empty:
        raise DataError(T("no_rows", start=start, end=end, covers=_date_range_text(products_daily, "products_daily")))
    return rows


def _listed(products: pd.DataFrame | None) -> bool:
    return products is not None and "listed_date" in products.columns and "product_id" in products.columns


def _per_product(products_daily, start, end, products) -> pd.DataFrame:
    """Sum the window per product, and add the listed products with no row (zero sales)."""
    rows = _window_rows(products_daily, start, end)
    ids = rows["product_id"].astype("str")
    out = rows.groupby(ids)[_SUMS].sum()
    if "product_name" in rows.columns:
        out["product_name"] = rows.sort_values("date").groupby(ids)["product_name"].last()
    if products is not None:
        _need(products, ("product_id",), "products")
        info = products.assign(product_id=products["product_id"].astype("str")).drop_duplicates("product_id")
        info = info.set_index("product_id")
        if _listed(products):
            on_shelf = info.index[info["listed_date"].notna() & (info["listed_date"] <= end)]
            missing = on_shelf.difference(out.index)
            out = pd.concat([out, pd.DataFrame(0, index=missing, columns=_SUMS).astype(out[_SUMS].dtypes)])
        for column in ("product_name", "category", "listed_date"):
            if column in info.columns:
                known = info[column].reindex(out.index)
                out[column] = known if column not in out.columns else out[column].fillna(known)
    if "product_name" not in out.columns:
        out["product_name"] = pd.Series(pd.NA, index=out.index, dtype="str")
    out.index.name = "product_id"
    out = out.reset_index()
    out["product_id"] = out["product_id"].astype("str")
    return out


def abc_classes(products_daily: pd.DataFrame, start, end, *, products: pd.DataFrame | None = None,
                a: float = 0.80, b: float = 0.95) -> pd.DataFrame:
    """Rank the products of a window by sales and class them A, B or C (ABC 分级, the 二八 rule).

    Parameters
    ----------
    products_daily : DataFrame
        生意参谋's product table (``date``, ``product_id``, ``visitors``,
        ``paying_buyers``, ``paid_amount``; ``product_name`` when present).
    start, end : date-like
        The first and last day of the window (inclusive).
    products : DataFrame, optional
        The product list: adds ``category`` and the listed products that had no row in
        the window (zero sales, class ``C``; only with ``listed_date``).
    a, b : float, default 0.80 and 0.95
        Cumulative shares of sales where A ends and B ends.

    Returns
    -------
    DataFrame
        One row per product, best seller first (ties by ``product_id``):
        ``product_id``, ``product_name`` (as the export last printed it in the window,
        else the product list's), ``category`` (when ``products`` has it),
        ``paid_amount`` (支付金额), ``share`` (of the window's product sales: 销售占比 =
        支付金额 / 全部商品支付金额), ``cumulative_share``, ``abc``, ``visitors``,
        ``paying_buyers`` and ``conversion_rate`` (支付转化率 = 支付买家数 / 访客数).
        A product is ``A`` while the share of the products before it is under ``a``.

    Examples
    --------
    >>> pdly = pd.DataFrame({"date": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-01"]),
    ...                      "product_id": ["p1", "p1", "p2"], "visitors": [100, 100, 50],
    ...                      "paying_buyers": [5, 3, 1], "paid_amount": [900.0, 600.0, 500.0]})
    >>> abc_classes(pdly, "2026-10-01", "2026-10-31")[["product_id", "paid_amount", "cumulative_share", "abc",
    ...                                                "conversion_rate"]]
      product_id  paid_amount  cumulative_share abc  conversion_rate
    0         p1       1500.0              0.75   A             0.04
    1         p2        500.0              1.00   A             0.02
    """
    if not 0 < a <= b <= 1:
        raise ValueError(T("bad_cuts", a=a, b=b))
    start, end = _bounds(start, end)
    per = _per_product(products_daily, start, end, products)
    per = per.iloc[np.lexsort((per["product_id"].to_numpy(), -per["paid_amount"].to_numpy()))]
    total = float(per["paid_amount"].sum())
    share = per["paid_amount"] / total if total > 0 else pd.Series(np.nan, index=per.index)
    cumulative = share.cumsum()
    before = cumulative - share
    eps = 1e-12
    abc = np.where(per["paid_amount"] <= 0, "C",  # data: the class codes
                   np.where(before < a - eps, "A", np.where(before < b - eps, "B", "C")))
    visitors = per["visitors"].astype("float64")
    out = pd.DataFrame({
        "product_id": per["product_id"].astype("str"),
        "product_name": per["product_name"].astype("str"),
        **({"category": per["category"].astype("str")} if "category" in per.columns else {}),
        "paid_amount": per["paid_amount"].astype("float64"),
        "share": share.astype("float64"),
        "cumulative_share": cumulative.astype("float64"),
        "abc": pd.Series(abc, index=per.index, dtype="str"),
        "visitors": per["visitors"].astype("int64"),
        "paying_buyers": per["paying_buyers"].astype("int64"),
        "conversion_rate": (per["paying_buyers"] / visitors.where(visitors > 0)).astype("float64"),
    }).reset_index(drop=True)
    out.attrs.update({"start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}", "a": a, "b": b})
    return out


def summarize_assortment(products_daily: pd.DataFrame, start, end, *, products: pd.DataFrame | None = None,
                         top: int = 3, a: float = 0.80) -> pd.Series:
    """Summarize a window's product structure: listed and selling products, concentration, new products.

    Parameters
    ----------
    products_daily : DataFrame
        生意参谋's product table.
    start, end : date-like
        The first and last day of the window (inclusive).
    products : DataFrame, optional
        The product list, with ``listed_date`` (上架时间) for 在线商品数 and new products.
    top : int, default 3
        How many best sellers ``top_share`` counts.
    a : float, default 0.80
        The share of sales the A products make (the 二八 rule's 80%).

    Returns
    -------
    Series
        ``n_products`` (在线商品数: listed on or before ``end``, or seen in the window),
        ``n_selling`` (动销商品数: 支付买家数 > 0 in the window), ``sell_through``
        (动销率 = n_selling / n_products), ``paid_amount`` (the window's product sales),
        ``top_share`` (the top ``top`` products' 支付金额 / all products' 支付金额),
        ``a_products`` (how many products make the first ``a`` of sales, the one that
        crosses it included), ``a_product_share`` (a_products / n_products),
        ``a_sales_share`` (their share of sales), ``new_products`` (listed within the
        window; NaN without listed dates) and ``new_product_sales_share`` (their 支付金额
        / all products' 支付金额; NaN without listed dates). ``attrs`` hold ``start``,
        ``end``, ``top``, ``top_names`` (the top products' names) and ``slow`` (listed
        products that sold nothing).

    Examples
    --------
    >>> pdly = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"] * 4), "product_id": ["p1", "p2", "p3", "p4"],
    ...                      "visitors": [500, 300, 100, 80], "paying_buyers": [20, 8, 1, 0],
    ...                      "paid_amount": [7000.0, 2000.0, 1000.0, 0.0]})
    >>> s = summarize_assortment(pdly, "2026-10-01", "2026-10-31", top=1)
    >>> s[["n_products", "n_selling", "sell_through", "top_share", "a_products", "a_product_share"]].to_dict()
    {'n_products': 4, 'n_selling': 3, 'sell_through': 0.75, 'top_share': 0.7, 'a_products': 2, 'a_product_share': 0.5}
    """
    table = abc_classes(products_daily, start, end, products=products, a=a, b=max(a, 0.95))
    start, end = _bounds(start, end)
    n_products = len(table)
    selling = table["paying_buyers"] > 0
    total = float(table["paid_amount"].sum())
    a_rows = table["abc"] == "A"
    if _listed(products):
        listed = products.assign(product_id=products["product_id"].astype("str")).drop_duplicates("product_id")
        new_ids = listed.loc[listed["listed_date"].between(start, end), "product_id"]
        new = table["product_id"].isin(new_ids)
        new_products = float(new_ids.nunique())
        new_share = float(table.loc[new, "paid_amount"].sum() / total) if total > 0 else np.nan
    else:
        new_products, new_share = np.nan, np.nan
    out = pd.Series({
        "n_products": n_products,
        "n_selling": int(selling.sum()),
        "sell_through": float(selling.sum() / n_products) if n_products else np.nan,
        "paid_amount": total,
        "top_share": float(table["share"].head(top).sum()) if total > 0 else np.nan,
        "a_products": int(a_rows.sum()),
        "a_product_share": float(a_rows.sum() / n_products) if n_products else np.nan,
        "a_sales_share": float(table.loc[a_rows, "share"].sum()) if total > 0 else np.nan,
        "new_products": new_products,
        "new_product_sales_share": new_share,
    }, dtype=object)
    out.attrs.update({"start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}", "top": top,
                      "top_names": table["product_name"].head(top).tolist(), "slow": int((~selling).sum())})
    return out


def slow_sellers(products_daily: pd.DataFrame, start, end, *, products: pd.DataFrame | None = None,
                 min_buyers: int = 1) -> pd.DataFrame:
    """List the listed products that (almost) did not sell in a window (滞销款), traffic that does not convert first.

    Parameters
    ----------
    products_daily : DataFrame
        生意参谋's product table.
    start, end : date-like
        The first and last day of the window (inclusive).
    products : DataFrame, optional
        The product list: adds the listed products with no row in the window,
        ``category``, ``listed_date`` and ``days_listed``.
    min_buyers : int, default 1
        A product with fewer 支付买家数 than this in the window is slow (1: sold nothing).

    Returns
    -------
    DataFrame
        ``product_id``, ``product_name``, ``category`` (when known), ``visitors``,
        ``paying_buyers``, ``paid_amount``, ``conversion_rate`` (支付买家数 / 访客数),
        ``listed_date`` and ``days_listed`` (上架天数: days from listing to ``end``; NaN
        without a listed date); most visitors first.

    Examples
    --------
    >>> pdly = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"] * 3), "product_id": ["p1", "p2", "p3"],
    ...                      "visitors": [500, 30, 80], "paying_buyers": [20, 0, 0],
    ...                      "paid_amount": [7000.0, 0.0, 0.0]})
    >>> slow_sellers(pdly, "2026-10-01", "2026-10-31")[["product_id", "visitors", "paying_buyers"]]
      product_id  visitors  paying_buyers
    0         p3        80              0
    1         p2        30              0
    """
    start, end = _bounds(start, end)
    table = abc_classes(products_daily, start, end, products=products)
    slow = table.loc[table["paying_buyers"] < min_buyers]
    columns = [c for c in ("product_id", "product_name", "category", "visitors", "paying_buyers", "paid_amount",
                           "conversion_rate") if c in slow.columns]
    out = slow[columns].copy()
    out = _add_listing(out, products, end)
    out = out.iloc[np.lexsort((out["product_id"].to_numpy(), -out["visitors"].to_numpy()))].reset_index(drop=True)
    out.attrs.update({"start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}", "min_buyers": min_buyers})
    return out


def _add_listing(out: pd.DataFrame, products: pd.DataFrame | None, end: pd.Timestamp) -> pd.DataFrame:
    if _listed(products):
        dates = products.assign(product_id=products["product_id"].astype("str")).drop_duplicates("product_id")
        listed = out["product_id"].map(dates.set_index("product_id")["listed_date"])
    else:
        listed = pd.Series(pd.NaT, index=out.index, dtype="datetime64[ns]")
    listed = pd.to_datetime(listed)
    return out.assign(listed_date=listed, days_listed=((end - listed).dt.days + 1).astype("float64"))


def new_listings(products_daily: pd.DataFrame, products: pd.DataFrame, start, end) -> pd.DataFrame:
    """List the products listed (上新) within a window, with what they did since listing.

    Parameters
    ----------
    products_daily : DataFrame
        生意参谋's product table.
    products : DataFrame
        The product list with ``product_id`` and ``listed_date`` (上架时间).
    start, end : date-like
        The first and last day of the window (inclusive).

    Returns
    -------
    DataFrame
        ``product_id``, ``product_name``, ``category`` (when known), ``listed_date``,
        ``days_listed`` (days from listing to ``end``, both counted), ``visitors``,
        ``paying_buyers``, ``paid_amount`` (from the listing day to ``end``) and
        ``conversion_rate`` (支付转化率 = 支付买家数 / 访客数); best seller first.

    Examples
    --------
    >>> pdly = pd.DataFrame({"date": pd.to_datetime(["2026-10-09", "2026-10-10", "2026-10-12"]),
    ...                      "product_id": ["p1", "p2", "p2"], "visitors": [100, 50, 150],
    ...                      "paying_buyers": [5, 1, 3], "paid_amount": [900.0, 200.0, 600.0]})
    >>> products = pd.DataFrame({"product_id": ["p1", "p2"], "product_name": ["旧款", "新款"],
    ...                          "listed_date": pd.to_datetime(["2025-03-01", "2026-10-10"])})
    >>> new_listings(pdly, products, "2026-10-01", "2026-10-31")[["product_name", "days_listed", "visitors",
    ...                                                             "conversion_rate"]]
      product_name  days_listed  visitors  conversion_rate
    0           新款         22.0       200             0.02
    """
    start, end = _bounds(start, end)
    _need(products, ("product_id", "listed_date"), "products")
    rows = _window_rows(products_daily, start, end)
    info = products.assign(product_id=products["product_id"].astype("str")).drop_duplicates("product_id")
    new = info.loc[info["listed_date"].between(start, end)].set_index("product_id")
    ids = rows["product_id"].astype("str")
    listed = pd.to_datetime(ids.map(dict(new["listed_date"])))  # NaT for a product not listed in the window
    since = rows.loc[listed.notna() & (rows["date"] >= listed)]
    sums = since.groupby(since["product_id"].astype("str"))[_SUMS].sum().reindex(new.index, fill_value=0)
    visitors = sums["visitors"].astype("float64")
    out = pd.DataFrame({
        "product_id": new.index.astype("str"),
        "product_name": (new["product_name"] if "product_name" in new.columns
                         else pd.Series(pd.NA, index=new.index)).astype("str"),
        **({"category": new["category"].astype("str")} if "category" in new.columns else {}),
        "visitors": sums["visitors"].astype("int64"),
        "paying_buyers": sums["paying_buyers"].astype("int64"),
        "paid_amount": sums["paid_amount"].astype("float64"),
        "conversion_rate": (sums["paying_buyers"] / visitors.where(visitors > 0)).astype("float64"),
    }).reset_index(drop=True)
    out = _add_listing(out, products, end)
    out = out[[c for c in ("product_id", "product_name", "category", "listed_date", "days_listed", "visitors",
                           "paying_buyers", "paid_amount", "conversion_rate") if c in out.columns]]
    out = out.iloc[np.lexsort((out["product_id"].to_numpy(), -out["paid_amount"].to_numpy()))].reset_index(drop=True)
    out.attrs.update({"start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}"})
    return out


def describe_assortment(summary: pd.Series, abc: pd.DataFrame | None = None, *,
                        concentrated: float = 0.2, spread: float = 0.5) -> list[str]:
    """Say in 2-4 sentences what a window's product structure shows (package language).

    Parameters
    ----------
    summary : Series
        The output of :func:`summarize_assortment`.
    abc : DataFrame, optional
        The output of :func:`abc_classes`: names the top products.
    concentrated : float, default 0.2
        When the A products are at most this share of the listed products, the
        sentence warns that sales hang on a few products (the 二八 rule's 20%).
    spread : float, default 0.5
        When they are at least this share, the sentence says sales are spread
        (no product carries the shop).

    Returns
    -------
    list of str
        Sell-through (and the slow sellers), the 二八 split, the top products' share,
        and the new products when the product list gave listed dates.

    Examples
    --------
    >>> pdly = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"] * 3), "product_id": ["p1", "p2", "p3"],
    ...                      "product_name": ["连衣裙", "T恤", "衬衫"], "visitors": [500, 300, 100],
    ...                      "paying_buyers": [20, 8, 0], "paid_amount": [7000.0, 3000.0, 0.0]})
    >>> s = summarize_assortment(pdly, "2026-10-01", "2026-10-31", top=1)
    >>> describe_assortment(s)[0]
    '本期在线商品 3 款，动销 2 款，动销率 66.7%；还有 1 款一件没卖出去，先看有访客却不成交的款：换主图、调价或下架。'
    """
    slow = summary.attrs.get("slow", int(summary["n_products"] - summary["n_selling"]))
    out = [T("takeaway.sell_through_slow" if slow else "takeaway.sell_through", n_products=summary["n_products"],
             n_selling=summary["n_selling"], sell_through=summary["sell_through"], slow=slow)]
    if pd.notna(summary["a_sales_share"]):
        key = ("takeaway.pareto_concentrated" if summary["a_product_share"] <= concentrated
               else "takeaway.pareto_spread" if summary["a_product_share"] >= spread else "takeaway.pareto")
        out.append(T(key, a_products=summary["a_products"], a_product_share=summary["a_product_share"],
                     a_sales_share=summary["a_sales_share"]))
    if pd.notna(summary["top_share"]):
        top = summary.attrs.get("top", 3)
        names = abc["product_name"].head(top).tolist() if abc is not None else []
        if names:
            out.append(T("takeaway.top_named", top=top, names=names, top_share=summary["top_share"]))
        else:
            out.append(T("takeaway.top", top=top, top_share=summary["top_share"]))
    if pd.notna(summary["new_products"]):
        if summary["new_products"] > 0:
            out.append(T("takeaway.new", new_products=summary["new_products"],
                         new_product_sales_share=summary["new_product_sales_share"]))
        else:
            out.append(T("takeaway.no_new"))
    return out
