"""Designer (美工) KPIs: main-image click-through, detail-page conversion, delivery, scorecard, bonus.

A shop's designers make the main images (主图) that decide whether a shopper in the
search results clicks, the detail pages (详情页) that decide whether a visitor buys,
and the activity pages and ad creatives around them. This module measures that
work from three tables of the data contract:

- ``products_daily`` (生意参谋 商品效果): 点击率 per product over time, and before/after
  each change of its ``main_image`` version; 支付转化率 and 跳失率 of each detail page
  against the shop;
- ``design_tasks``: on-time delivery and lead time per designer and asset type, and
  the late tasks still open;
- ``products`` (price and unit cost): the bonus, a share of gross profit.

Definitions used here (生意参谋 names):

- 点击率 (CTR) = 点击量 / 曝光量 (:func:`shopanalysis.metrics.ctr`), a ratio of sums.
- 支付转化率 = 支付买家数 / 访客数 and 客单价 = 支付金额 / 支付买家数
  (:mod:`shopanalysis.metrics`), ratios of sums.
- 跳失率 (bounce rate) of a page over several days is the *mean of its daily rates*,
  the way 生意参谋 shows it (:func:`shopanalysis.metrics.bounce_rate_platform_mean`);
  the shop's daily rate is its products' rates weighted by visitors (bounced
  visitors / visitors), then averaged over days the same way.

How a before/after test reads (:func:`compare_image_versions`,
:func:`compare_detail_pages`): take the ``window_days`` before a change and the
``window_days`` from it; the *lift* is the rate after over the rate before, minus
one. The 95% interval is the range of lifts the data is consistent with: narrow
with many clicks, wide with few, and wider still when the daily rate jumps around
more than chance alone would make it (days are not coin flips: rankings, weekdays
and campaigns move a product's CTR). A change is a **win** (``win``, 新图胜出) when
the whole interval is above zero, a **loss** (``loss``, 新图落败) when it is all
below, **no clear difference** (``no_difference``, 尚无定论) when it straddles zero,
and **too little data** (``too_early``, 数据不足) while its window is still running
or either side has too few clicks (buyers) to say anything. The ``verdict`` column
holds these codes; tables and sentences show their labels (:mod:`shopanalysis.vocab`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from statistics import NormalDist

import numpy as np
import pandas as pd

from . import _scoring, vocab
from ._dates import _as_day, _need
from ._errors import DataError
from ._schema import TABLES
from .metrics import avg_order_value, bounce_rate_platform_mean, conversion_rate, product_margins, ratio, summarize
from .promo import PROMO_CALENDAR, promo_days
from .text.designers import T

__all__ = [
    "WIN",
    "LOSS",
    "NO_DIFFERENCE",
    "TOO_EARLY",
    "NO_BEFORE",
    "VERDICTS",
    "ASSETS",
    "DEFAULT_WEIGHTS",
    "DEFAULT_GRADES",
    "LABELS",
    "image_ctr",
    "list_image_changes",
    "compare_image_versions",
    "compare_detail_pages",
    "add_designer",
    "page_conversion",
    "summarize_delivery",
    "flag_late_tasks",
    "summarize_designers",
    "scorecard",
    "designer_bonus",
    "describe_designers",
    "designer_actions",
    "method_notes",
    "window_labels",
    "name_image_tests",
]

#: Verdicts of a before/after test: the codes of the ``verdict`` column. Their labels
#: (新图胜出 / 新图落败 / 尚无定论 / 数据不足 / 无前期数据) are in :mod:`shopanalysis.text.designers`.
WIN = "win"
LOSS = "loss"
NO_DIFFERENCE = "no_difference"
TOO_EARLY = "too_early"
NO_BEFORE = "no_before"
VERDICTS = (WIN, LOSS, NO_DIFFERENCE, TOO_EARLY, NO_BEFORE)
_FINAL = (WIN, LOSS, NO_DIFFERENCE)

_ASSET_CODES = ("main_image", "detail_page", "activity_page", "ad_creative")


class _Labels(Mapping):
    """A read-only mapping of codes to their labels in the package's language, looked up when read."""

    def __init__(self, keys, lookup):
        self._keys, self._lookup = keys, lookup

    def __getitem__(self, code: str) -> str:
        if code not in self._keys():
            raise KeyError(code)
        return self._lookup(code)

    def __iter__(self):
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())

    def __repr__(self) -> str:
        return repr(dict(self))


#: Asset types of ``design_tasks``: iterating gives the codes (``main_image``, ...),
#: ``ASSETS[code]`` the label in the package's language (主图 / Main image).
ASSETS: Mapping[str, str] = _Labels(lambda: _ASSET_CODES, lambda code: vocab.value_label("asset", code))

#: Default scorecard weights: delivery counts most because it is the part a designer
#: controls fully; image and page results depend on traffic too. A common split, not
#: a standard: pass your own.
DEFAULT_WEIGHTS = {"on_time": 0.5, "image": 0.3, "page": 0.2}
_COMPONENTS = tuple(DEFAULT_WEIGHTS)

#: Default grades: the lowest total (0-100) that earns each one.
DEFAULT_GRADES = {"A": 90.0, "B": 75.0, "C": 60.0, "D": 0.0}

#: Columns the before/after tests report for each side (``ctr_before``, ``ctr_after`` ...).
_WINDOW_COLUMNS = ("impressions", "clicks", "ctr", "visitors", "paying_buyers", "conversion_rate")
_PREFIX_ASSET = {"image": "main_image", "page": "detail_page"}

#: Headers of the columns this module computes, in the package's language (for
#: ``present.table(labels=...)``): the vocabulary's labels, with the before/after
#: columns of the tests read as the two windows (:func:`window_labels`).
LABELS: Mapping[str, str] = _Labels(lambda: [*window_labels(), *T.labels],
                                    lambda column: window_labels().get(column) or vocab.label(column))

_DAY = pd.Timedelta(days=1)
_FREQS = {"D": None, "W": "W-SUN", "M": "M"}  # weeks run Monday..Sunday, as in 生意参谋


# --- small helpers ----------------------------------------------------------------------


def _between(df: pd.DataFrame, start, end, column: str = "date") -> pd.DataFrame:
    rows = df
    if start is not None:
        rows = rows.loc[rows[column] >= _as_day(start)]
    if end is not None:
        rows = rows.loc[rows[column] <= _as_day(end)]
    return rows


def _names(products_daily: pd.DataFrame, products: pd.DataFrame | None = None) -> pd.Series:
    """Return product_id -> product_name from whichever table has names."""
    for table in (products, products_daily):
        if table is not None and "product_name" in table.columns:
            return table.drop_duplicates("product_id", keep="last").set_index("product_id")["product_name"]
    return pd.Series(dtype="str")


def _default_as_of(as_of, end, dates: Iterable[pd.Series]) -> pd.Timestamp:
    if as_of is not None:
        return _as_day(as_of)
    if end is not None:
        return _as_day(end)
    last = [d.max() for d in dates if len(d.dropna())]
    if not last:
        raise ValueError(T("error.no_dates"))
    return pd.Timestamp(max(last)).normalize()


def _check_window(window_days: int, alpha: float) -> None:
    if int(window_days) != window_days or window_days < 1:
        raise ValueError(T("error.window_days", value=repr(window_days)))
    if not 0 < alpha < 1:
        raise ValueError(T("error.alpha", value=repr(alpha)))


# --- main-image click-through over time --------------------------------------------------


def image_ctr(
    products_daily: pd.DataFrame,
    *,
    start=None,
    end=None,
    freq: str = "W",
    top: int | None = None,
) -> pd.DataFrame:
    """Compute each product's 点击率 (CTR) per day, week or month, with the main image in use.

    Parameters
    ----------
    products_daily : DataFrame
        The ``products_daily`` table (needs ``date``, ``product_id``, ``impressions``,
        ``clicks``; ``main_image`` and ``product_name`` are used when present).
    start, end : date-like, optional
        First and last day to include (inclusive).
    freq : {'D', 'W', 'M'}, default 'W'
        Days, weeks (Monday to Sunday, labelled by their Monday) or calendar months.
        A week or month cut by ``start`` / ``end`` holds only its days inside them.
    top : int, optional
        Keep this many products: those whose main image changed in the range first,
        then the most exposed (by 曝光量).

    Returns
    -------
    DataFrame
        ``date`` (first day of the period), ``product_id``, ``product_name``,
        ``main_image`` (the versions in use, ``'v1→v2'`` for a period with a change),
        ``impressions``, ``clicks``, ``ctr`` (点击量 / 曝光量, a ratio of sums).

    Examples
    --------
    >>> daily = pd.DataFrame({"date": pd.to_datetime(["2026-10-05", "2026-10-06", "2026-10-12"]),
    ...                       "product_id": "p1", "impressions": [1000, 3000, 2000], "clicks": [50, 30, 60],
    ...                       "main_image": ["v1", "v2", "v2"]})
    >>> image_ctr(daily)[["date", "main_image", "clicks", "ctr"]]
            date main_image  clicks   ctr
    0 2026-10-05      v1→v2      80  0.02
    1 2026-10-12         v2      60  0.03
    """
    _need(products_daily, ("date", "product_id", "impressions", "clicks"), "products_daily")
    if freq not in _FREQS:
        raise ValueError(T("error.freq", value=repr(freq), accepted=list(_FREQS)))
    rows = _between(products_daily, start, end).sort_values("date", kind="stable")
    if _FREQS[freq] is None:
        period = rows["date"]
    else:
        period = rows["date"].dt.to_period(_FREQS[freq]).dt.start_time.astype("datetime64[ns]")
    rows = rows.assign(date=period)
    keys = ["date", "product_id"]
    out = rows.groupby(keys, sort=True)[["impressions", "clicks"]].sum()
    if "main_image" in rows.columns:
        versions = rows.groupby(keys, sort=True)["main_image"].agg(lambda s: "→".join(dict.fromkeys(s.dropna())))
    else:
        versions = pd.Series("", index=out.index)
    out = out.assign(main_image=versions.astype("str")).reset_index()
    out["ctr"] = ratio(out["clicks"], out["impressions"])
    out.insert(2, "product_name", out["product_id"].map(_names(products_daily)).astype("str"))
    out = out[["date", "product_id", "product_name", "main_image", "impressions", "clicks", "ctr"]]
    if top is not None:
        exposure = rows.groupby("product_id")["impressions"].sum()
        changed = (rows.groupby("product_id")["main_image"].nunique() > 1) if "main_image" in rows else exposure * 0
        order = pd.DataFrame({"changed": changed.astype(int), "impressions": exposure})
        keep = order.sort_values(["changed", "impressions"], ascending=False).index[: int(top)]
        out = out[out["product_id"].isin(keep)]
    return out.reset_index(drop=True)


def list_image_changes(products_daily: pd.DataFrame, *, as_of=None) -> pd.DataFrame:
    """List every change of a product's main image (主图) found in ``products_daily``.

    A change is a day whose ``main_image`` differs from the product's previous row.

    Parameters
    ----------
    products_daily : DataFrame
        Needs ``date``, ``product_id`` and ``main_image``.
    as_of : date-like, optional
        Ignore rows after this day.

    Returns
    -------
    DataFrame
        ``product_id``, ``product_name``, ``change_date`` (first day of the new
        image), ``version_before``, ``version_after``, ``previous_change`` and
        ``next_change`` (the product's neighbouring change dates, NaT when none),
        sorted by date.

    Examples
    --------
    >>> daily = pd.DataFrame({"date": pd.date_range("2026-10-01", periods=4), "product_id": "p1",
    ...                       "main_image": ["v1", "v2", "v2", "v3"]})
    >>> list_image_changes(daily)[["change_date", "version_before", "version_after", "next_change"]]
      change_date version_before version_after next_change
    0  2026-10-02             v1            v2  2026-10-04
    1  2026-10-04             v2            v3         NaT
    """
    _need(products_daily, ("date", "product_id", "main_image"), "products_daily")
    rows = products_daily.loc[products_daily["main_image"].notna(), ["date", "product_id", "main_image"]]
    if as_of is not None:
        rows = rows.loc[rows["date"] <= _as_day(as_of)]
    rows = rows.sort_values(["product_id", "date"], kind="stable")
    before = rows.groupby("product_id")["main_image"].shift()
    changed = before.notna() & (rows["main_image"] != before)
    changes = rows.loc[changed].assign(version_before=before.loc[changed])  # (an empty frame would take before's index)
    changes = changes.rename(columns={"date": "change_date", "main_image": "version_after"})
    grouped = changes.groupby("product_id")["change_date"]
    out = changes.assign(
        product_name=changes["product_id"].map(_names(products_daily)).astype("str"),
        version_before=changes["version_before"].astype("str"),
        version_after=changes["version_after"].astype("str"),
        previous_change=grouped.shift(1).astype("datetime64[ns]"),
        next_change=grouped.shift(-1).astype("datetime64[ns]"),
    )[["product_id", "product_name", "change_date", "version_before", "version_after", "previous_change",
       "next_change"]]
    return out.sort_values(["change_date", "product_id"], kind="stable").reset_index(drop=True)


# --- the before/after test ------------------------------------------------------------


def _dispersion(successes: np.ndarray, trials: np.ndarray) -> float:
    """Return how much more the daily rates scatter than chance alone would make them (>= 1).

    Pearson's chi-square of the days against their pooled rate, over its degrees of
    freedom (the quasi-binomial dispersion). One day, or a rate of 0 or 1, gives 1.
    """
    keep = trials > 0
    x, n = successes[keep].astype(float), trials[keep].astype(float)
    if len(x) < 2:
        return 1.0
    p = x.sum() / n.sum()
    if p <= 0 or p >= 1:
        return 1.0
    chi2 = float(((x - n * p) ** 2 / (n * p * (1 - p))).sum())
    return max(1.0, chi2 / (len(x) - 1))


def _ratio_test(xb, nb, xa, na, *, phi_b: float, phi_a: float, alpha: float) -> dict:
    """Compare two rates xa/na against xb/nb on the log scale (the Katz interval of a ratio)."""
    rb, ra = ratio(xb, nb), ratio(xa, na)
    lift = ra / rb - 1 if rb and np.isfinite(rb) and np.isfinite(ra) else np.nan
    out = {"lift": lift, "lift_low": np.nan, "lift_high": np.nan, "p_value": np.nan, "chance_better": np.nan}
    if not (xb > 0 and xa > 0):
        return out
    est = math.log(ra / rb)
    se = math.sqrt(phi_b * (1 - rb) / xb + phi_a * (1 - ra) / xa)
    normal = NormalDist()
    if se == 0:
        return {**out, "lift_low": lift, "lift_high": lift, "p_value": float(est == 0),
                "chance_better": 0.5 if est == 0 else float(est > 0)}
    zc = normal.inv_cdf(1 - alpha / 2)
    z = est / se
    return {**out, "lift_low": math.exp(est - zc * se) - 1, "lift_high": math.exp(est + zc * se) - 1,
            "p_value": 2 * (1 - normal.cdf(abs(z))), "chance_better": normal.cdf(z)}


def _test_events(
    daily: pd.DataFrame,
    events: pd.DataFrame,
    *,
    num: str,
    den: str,
    as_of: pd.Timestamp,
    window_days: int,
    min_count: int,
    alpha: float,
    overdispersion: bool,
) -> pd.DataFrame:
    """Run the before/after test of ``num / den`` around each event's ``change_date``."""
    window = pd.Timedelta(days=int(window_days))
    groups = {pid: g for pid, g in daily.groupby("product_id", sort=False)}
    empty = daily.iloc[0:0]
    rows = []
    for ev in events.itertuples(index=False):
        g = groups.get(ev.product_id, empty)
        day = ev.change_date
        first = day - window
        if pd.notna(ev.previous_change) and ev.previous_change > first:
            first = ev.previous_change
        closes = day + window - _DAY
        if pd.notna(ev.next_change) and ev.next_change - _DAY < closes:
            closes = ev.next_change - _DAY
        last = min(closes, as_of)
        before = g[(g["date"] >= first) & (g["date"] < day)]
        after = g[(g["date"] >= day) & (g["date"] <= last)]
        xb, nb = float(before[num].sum()), float(before[den].sum())
        xa, na = float(after[num].sum()), float(after[den].sum())
        if overdispersion:
            phi_b = _dispersion(before[num].to_numpy(), before[den].to_numpy())
            phi_a = _dispersion(after[num].to_numpy(), after[den].to_numpy())
        else:
            phi_b = phi_a = 1.0
        test = _ratio_test(xb, nb, xa, na, phi_b=phi_b, phi_a=phi_a, alpha=alpha)
        if nb == 0:
            verdict = NO_BEFORE
        elif closes > as_of or xb < min_count or xa < min_count:
            verdict = TOO_EARLY
        elif test["lift_low"] > 0:
            verdict = WIN
        elif test["lift_high"] < 0:
            verdict = LOSS
        else:
            verdict = NO_DIFFERENCE
        rows.append({
            "days_before": int(before.loc[before[den] > 0, "date"].nunique()),
            "days_after": int(after.loc[after[den] > 0, "date"].nunique()),
            "window_start": first,
            "window_end": closes,
            f"{den}_before": int(nb) if float(nb).is_integer() else nb,
            f"{num}_before": int(xb) if float(xb).is_integer() else xb,
            "rate_before": ratio(xb, nb),
            f"{den}_after": int(na) if float(na).is_integer() else na,
            f"{num}_after": int(xa) if float(xa).is_integer() else xa,
            "rate_after": ratio(xa, na),
            **test,
            "verdict": verdict,
        })
    columns = ["days_before", "days_after", "window_start", "window_end", f"{den}_before", f"{num}_before",
               "rate_before", f"{den}_after", f"{num}_after", "rate_after", "lift", "lift_low", "lift_high",
               "p_value", "chance_better", "verdict"]
    out = pd.DataFrame(rows, columns=columns, index=events.index)
    for col in ("window_start", "window_end"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    return out


def _promo_names(tests: pd.DataFrame, calendar) -> pd.Series:
    """Name the promo windows (618, 双11 ...) that touch each test's before or after window."""
    if tests.empty:
        return pd.Series([], dtype="str", index=tests.index)
    promos = promo_days(tests["window_start"].min(), tests["window_end"].max(), calendar=calendar)
    names = []
    for first, last in zip(tests["window_start"], tests["window_end"]):
        hit = promos.loc[(promos["date"] >= first) & (promos["date"] <= last), "promo"]
        names.append(",".join(dict.fromkeys(hit)))  # the promos' codes: one is shown by its label
    return pd.Series(names, dtype="str", index=tests.index)


def _in_scope(tests: pd.DataFrame, start, end) -> pd.DataFrame:
    keep = pd.Series(True, index=tests.index)
    if end is not None:
        keep &= tests["change_date"] <= _as_day(end)
    if start is not None:
        keep &= tests["window_end"] >= _as_day(start)
    return tests.loc[keep]


def compare_image_versions(
    products_daily: pd.DataFrame,
    *,
    start=None,
    end=None,
    as_of=None,
    window_days: int = 14,
    min_clicks: int = 200,
    alpha: float = 0.05,
    overdispersion: bool = True,
    design_tasks: pd.DataFrame | None = None,
    tolerance_days: int = 3,
    calendar=PROMO_CALENDAR,
) -> pd.DataFrame:
    """Compare 点击率 (CTR) before and after each main-image change: lift, interval and verdict.

    For each change of ``main_image`` the ``window_days`` before the new image went
    live are compared with the ``window_days`` from that day (each side cut short
    where the product changed image again). The lift is CTR after / CTR before - 1.
    Its interval is the Katz interval of a ratio of two proportions, computed on
    the log scale, with each side's variance multiplied by how much more its daily
    CTRs scatter than chance alone would make them (the quasi-binomial dispersion,
    at least 1): real CTRs move from day to day with rankings and weekdays, and an
    interval that ignored it would call noise a win.

    Parameters
    ----------
    products_daily : DataFrame
        Needs ``date``, ``product_id``, ``impressions``, ``clicks``, ``main_image``.
    start, end : date-like, optional
        Keep the changes whose test window touches this range: live on or before
        ``end`` and still in their window on or after ``start``.
    as_of : date-like, optional
        Judge with the data up to this day (default ``end``, else the last date).
        A window that has not closed by then is ``too_early`` (数据不足).
    window_days : int, default 14
        Days on each side. Use whole weeks, so both sides hold the same weekdays.
    min_clicks : int, default 200
        Fewer clicks on either side is ``too_early``: with 200 clicks a side
        the 95% interval of the lift is about ±20% even on steady days, so a smaller
        effect could not show anyway.
    alpha : float, default 0.05
        1 - confidence of the interval (0.05 gives 95%).
    overdispersion : bool, default True
        Widen the interval by the day-to-day scatter (see above). False treats
        every impression as an independent coin flip (the plain two-proportion test).
    design_tasks : DataFrame, optional
        When given, the ``main_image`` task behind each change is found (same
        product, ``live_from`` within ``tolerance_days`` of the change) and its
        ``task_id`` and ``designer`` are added (:func:`add_designer`).
    tolerance_days : int, default 3
        How far a task's ``live_from`` may be from the change date.
    calendar : iterable of Promo, default shopanalysis.promo.PROMO_CALENDAR
        Promo windows to flag in the ``promo`` column: a test across 618 or 双11
        compares unlike days, so read it with care.

    Returns
    -------
    DataFrame
        One row per change: ``product_id``, ``product_name``, ``change_date``,
        ``version_before``, ``version_after``, (``task_id``, ``designer``),
        ``days_before``, ``days_after`` (days with impressions on each side, as of ``as_of``),
        ``window_end`` (the after window's last day), ``impressions_before``,
        ``clicks_before``, ``ctr_before``, ``impressions_after``, ``clicks_after``,
        ``ctr_after``, ``lift``, ``lift_low``, ``lift_high`` (the interval),
        ``p_value`` (two-sided, of no difference), ``chance_better`` (the chance the
        new image's CTR is higher: with a flat prior, the Bayesian reading of the
        same numbers), ``verdict`` (one of :data:`VERDICTS`) and ``promo``.
        ``attrs`` holds ``alpha``, ``window_days`` and ``as_of``.

    Notes
    -----
    Before/after compares two stretches of time, so anything else that changed
    (a promo, a price, the season, a 直通车 campaign on the product) moves the CTR
    too; the ``promo`` column flags the calendar's promos. Adding a ``min_lift``
    bar is up to the reader: with enough clicks a +3% change is a "win" here.

    Examples
    --------
    Ten days at 1,000 impressions and 20 clicks a day, then ten at 30 clicks: CTR
    2% -> 3%, a lift of +50% whose 95% interval is +25.7% to +79.0%.

    >>> daily = pd.DataFrame({"date": pd.date_range("2026-10-01", periods=20), "product_id": "p1",
    ...                       "impressions": 1000, "clicks": [20] * 10 + [30] * 10,
    ...                       "main_image": ["v1"] * 10 + ["v2"] * 10})
    >>> t = compare_image_versions(daily, window_days=10, min_clicks=100)
    >>> t[["version_after", "clicks_before", "clicks_after", "lift", "verdict"]]
      version_after  clicks_before  clicks_after  lift verdict
    0            v2            200           300   0.5     win
    >>> t.loc[0, ["lift_low", "lift_high"]].astype(float).round(3).tolist()
    [0.257, 0.79]
    >>> compare_image_versions(daily, window_days=10, as_of="2026-10-15")["verdict"].tolist()
    ['too_early']
    """
    _need(products_daily, ("date", "product_id", "impressions", "clicks", "main_image"), "products_daily")
    _check_window(window_days, alpha)
    as_of = _default_as_of(as_of, end, [products_daily["date"]])
    daily = products_daily.loc[products_daily["date"] <= as_of]
    changes = list_image_changes(daily)
    tests = _test_events(daily, changes, num="clicks", den="impressions", as_of=as_of, window_days=window_days,
                         min_count=min_clicks, alpha=alpha, overdispersion=overdispersion)
    out = pd.concat([changes[["product_id", "product_name", "change_date", "version_before", "version_after"]],
                     tests], axis=1)
    out = out.rename(columns={"rate_before": "ctr_before", "rate_after": "ctr_after"})
    out = _in_scope(out, start, end)
    out = out.assign(promo=_promo_names(out, calendar)).drop(columns="window_start").reset_index(drop=True)
    if design_tasks is not None:
        out = add_designer(out, design_tasks, asset="main_image", tolerance_days=tolerance_days)
        lead = ["product_id", "product_name", "change_date", "version_before", "version_after", "task_id", "designer"]
        out = out[lead + [c for c in out.columns if c not in lead]]
    out.attrs = {"alpha": alpha, "window_days": window_days, "as_of": as_of}
    return out


def add_designer(
    tests: pd.DataFrame,
    design_tasks: pd.DataFrame,
    *,
    asset: str = "main_image",
    tolerance_days: int = 3,
) -> pd.DataFrame:
    """Add the ``task_id`` and ``designer`` of the task behind each change.

    The task is the one for the same product and ``asset`` whose ``live_from`` is
    nearest the ``change_date``, at most ``tolerance_days`` away (on a tie, the
    later task). Changes without such a task get missing values.

    Parameters
    ----------
    tests : DataFrame
        Rows with ``product_id`` and ``change_date`` (e.g. :func:`compare_image_versions`).
    design_tasks : DataFrame
        The ``design_tasks`` table.
    asset : str, default 'main_image'
        Which kind of task to look for (one of :data:`ASSETS`).
    tolerance_days : int, default 3
        Largest gap in days between ``live_from`` and the change.

    Returns
    -------
    DataFrame
        ``tests`` with ``task_id`` and ``designer`` (replaced if already there).

    Examples
    --------
    >>> tests = pd.DataFrame({"product_id": ["p1", "p2"], "change_date": pd.to_datetime(["2026-10-02", "2026-10-09"])})
    >>> tasks = pd.DataFrame({"task_id": ["T1"], "designer": ["阿楠"], "product_id": ["p1"], "asset": ["main_image"],
    ...                       "live_from": pd.to_datetime(["2026-10-01"])})
    >>> add_designer(tests, tasks)[["product_id", "task_id", "designer"]]
      product_id task_id designer
    0         p1      T1       阿楠
    1         p2     NaN      NaN
    """
    _need(design_tasks, ("task_id", "designer", "product_id", "asset", "live_from"), "design_tasks")
    if asset not in _ASSET_CODES:
        raise ValueError(T("error.asset", value=repr(asset), accepted=list(_ASSET_CODES)))
    tasks = design_tasks.loc[(design_tasks["asset"] == asset) & design_tasks["live_from"].notna()]
    by_product = {pid: g for pid, g in tasks.groupby("product_id", sort=False)}
    task_ids, designers = [], []
    for pid, day in zip(tests["product_id"], tests["change_date"]):
        g = by_product.get(pid)
        pick = None
        if g is not None:
            gap = (g["live_from"] - day).abs().dt.days
            near = g.assign(gap=gap).loc[gap <= tolerance_days]
            if len(near):
                pick = near.sort_values(["gap", "live_from"], ascending=[True, False], kind="stable").iloc[0]
        task_ids.append(None if pick is None else pick["task_id"])
        designers.append(None if pick is None else pick["designer"])
    return tests.assign(task_id=pd.Series(task_ids, index=tests.index, dtype="str"),
                        designer=pd.Series(designers, index=tests.index, dtype="str"))


def _neighbours(events: pd.DataFrame) -> pd.DataFrame:
    events = events.sort_values(["product_id", "change_date"], kind="stable")
    grouped = events.groupby("product_id")["change_date"]
    return events.assign(previous_change=grouped.shift(1), next_change=grouped.shift(-1)).sort_index()


def compare_detail_pages(
    products_daily: pd.DataFrame,
    design_tasks: pd.DataFrame,
    *,
    start=None,
    end=None,
    as_of=None,
    window_days: int = 14,
    min_buyers: int = 50,
    alpha: float = 0.05,
    overdispersion: bool = True,
    calendar=PROMO_CALENDAR,
) -> pd.DataFrame:
    """Compare 支付转化率 before and after each new detail page (详情页) went live.

    The same test as :func:`compare_image_versions`, on paying buyers / visitors
    around the ``live_from`` of every ``detail_page`` task. A page made for a new
    listing has nothing before it: its verdict is ``no_before`` (无前期数据).

    Parameters
    ----------
    products_daily : DataFrame
        Needs ``date``, ``product_id``, ``visitors``, ``paying_buyers``.
    design_tasks : DataFrame
        The ``design_tasks`` table.
    start, end, as_of, window_days, alpha, overdispersion, calendar
        As in :func:`compare_image_versions`.
    min_buyers : int, default 50
        Fewer paying buyers on either side is ``too_early`` (with 50 a side
        the interval is still about ±40%: detail-page tests need patience).

    Returns
    -------
    DataFrame
        One row per detail-page task that went live: ``task_id``, ``designer``,
        ``product_id``, ``product_name``, ``change_date`` (``live_from``),
        ``days_before``, ``days_after``, ``window_end``, ``visitors_before``,
        ``paying_buyers_before``, ``conversion_rate_before``, the same ``_after``,
        ``lift``, ``lift_low``, ``lift_high``, ``p_value``, ``chance_better``,
        ``verdict``, ``promo``.

    Notes
    -----
    Conversion moves with promos and prices far more than CTR does; the ``promo``
    column says when a window crossed one.
    """
    _need(products_daily, ("date", "product_id", "visitors", "paying_buyers"), "products_daily")
    _need(design_tasks, ("task_id", "designer", "product_id", "asset", "live_from"), "design_tasks")
    _check_window(window_days, alpha)
    as_of = _default_as_of(as_of, end, [products_daily["date"]])
    daily = products_daily.loc[products_daily["date"] <= as_of]
    tasks = design_tasks.loc[(design_tasks["asset"] == "detail_page") & design_tasks["live_from"].notna()
                             & (design_tasks["live_from"] <= as_of)]
    events = _neighbours(pd.DataFrame({
        "task_id": tasks["task_id"], "designer": tasks["designer"], "product_id": tasks["product_id"],
        "change_date": tasks["live_from"].astype("datetime64[ns]"),
    })).reset_index(drop=True)
    tests = _test_events(daily, events, num="paying_buyers", den="visitors", as_of=as_of, window_days=window_days,
                         min_count=min_buyers, alpha=alpha, overdispersion=overdispersion)
    out = pd.concat([events[["task_id", "designer", "product_id", "change_date"]], tests], axis=1)
    out.insert(3, "product_name", out["product_id"].map(_names(products_daily)).astype("str"))
    out = out.rename(columns={"rate_before": "conversion_rate_before", "rate_after": "conversion_rate_after"})
    out = _in_scope(out, start, end)
    out = out.assign(promo=_promo_names(out, calendar)).drop(columns="window_start")
    out = out.sort_values(["change_date", "task_id"], kind="stable").reset_index(drop=True)
    out.attrs = {"alpha": alpha, "window_days": window_days, "as_of": as_of}
    return out


# --- detail pages against the shop ------------------------------------------------------


def _weighted_daily_bounce(rows: pd.DataFrame, by: list[str]) -> pd.Series:
    """跳失率 of a group per day (bounced visitors / visitors), averaged over days like 生意参谋."""
    rows = rows.loc[rows["bounce_rate"].notna() & (rows["visitors"] > 0)]
    bounced = rows.assign(bounced=rows["bounce_rate"] * rows["visitors"])
    daily = bounced.groupby([*by, "date"])[["bounced", "visitors"]].sum()
    daily_rate = ratio(daily["bounced"], daily["visitors"])
    if by:
        return daily_rate.groupby(level=list(range(len(by)))).agg(bounce_rate_platform_mean)
    return pd.Series({None: bounce_rate_platform_mean(daily_rate)})


def page_conversion(
    products_daily: pd.DataFrame,
    *,
    start=None,
    end=None,
    products: pd.DataFrame | None = None,
    against: str | None = None,
) -> pd.DataFrame:
    """Rank detail pages by the money they lose: conversion and bounce against their category's average.

    For each product over the period: 访客数, 支付转化率 (paying buyers / visitors,
    a ratio of sums) against the baseline's, 跳失率 against the baseline's, and the
    money at stake, what the page would have sold more had it converted like the
    baseline::

        money_at_stake = 访客数 x max(0, baseline conversion - product conversion) x 客单价

    with the product's own 客单价, or the baseline's where the product had no buyers
    (``aov_source`` says which). The baseline is the product's own category by
    default: a ¥899 coat set against a shop average made by ¥89 T恤 would show money
    at stake that no detail page could win back.

    Parameters
    ----------
    products_daily : DataFrame
        Needs ``date``, ``product_id``, ``visitors``, ``paying_buyers``,
        ``paid_amount``; ``bounce_rate`` is used when present.
    start, end : date-like, optional
        The period (inclusive).
    products : DataFrame, optional
        The ``products`` table; needed for ``against='category'``, and adds names.
    against : {'category', 'shop'}, optional
        The yardstick: the product's own category (fair: a ¥899 coat converts below a
        ¥79 T恤 however good its page is), or the whole shop. Default: the category
        when ``products`` has a ``category`` column, else the shop. A product without
        a category is compared with the shop.

    Returns
    -------
    DataFrame
        ``product_id``, ``product_name``, (``category``), ``visitors``,
        ``paying_buyers``, ``paid_amount``, ``conversion_rate``,
        ``baseline_conversion_rate``, ``conversion_gap`` (product - baseline),
        ``bounce_rate``, ``baseline_bounce_rate``, ``bounce_gap``,
        ``avg_order_value`` (客单价 used), ``aov_source`` ('product' or 'shop' /
        'category'), ``money_at_stake``; most money first. ``attrs`` holds the
        shop's ``conversion_rate``, ``bounce_rate`` and ``avg_order_value``.

    Notes
    -----
    跳失率 over several days is the mean of the daily rates, the way 生意参谋 shows it
    (not bounced visitors / visitors over the period); the shop's daily rate is its
    products' rates weighted by visitors.

    Examples
    --------
    The shop converts 30 / 2000 = 1.5%; product b converts 0.5% on 1,000 visitors at
    a 客单价 of ¥200: 1000 x 1% x 200 = ¥2,000 at stake.

    >>> daily = pd.DataFrame({"date": pd.to_datetime(["2026-10-01"] * 2), "product_id": ["a", "b"],
    ...                       "visitors": [1000, 1000], "paying_buyers": [25, 5],
    ...                       "paid_amount": [5000.0, 1000.0]})
    >>> page_conversion(daily)[["product_id", "conversion_rate", "baseline_conversion_rate", "money_at_stake"]]
      product_id  conversion_rate  baseline_conversion_rate  money_at_stake
    0          b            0.005                     0.015          2000.0
    1          a            0.025                     0.015             0.0
    """
    _need(products_daily, ("date", "product_id", "visitors", "paying_buyers", "paid_amount"), "products_daily")
    if against is None:
        against = "category" if products is not None and "category" in products.columns else "shop"
    if against not in ("shop", "category"):
        raise ValueError(T("error.against", value=repr(against)))
    rows = _between(products_daily, start, end)
    sums = ["visitors", "paying_buyers", "paid_amount"]
    out = summarize(rows, "product_id", sum_columns=sums, metrics=["conversion_rate", "avg_order_value"])
    out.insert(1, "product_name", out["product_id"].map(_names(products_daily, products)).astype("str"))
    shop = {"conversion_rate": conversion_rate(rows), "avg_order_value": avg_order_value(rows),
            "bounce_rate": np.nan}
    has_bounce = "bounce_rate" in rows.columns
    if has_bounce:
        shop["bounce_rate"] = float(_weighted_daily_bounce(rows, []).iloc[0]) if len(rows) else np.nan
    if against == "category":
        if products is None or "category" not in products.columns:
            raise DataError(T("error.against_category"))
        category = out["product_id"].map(products.drop_duplicates("product_id").set_index("product_id")["category"])
        out.insert(2, "category", category.astype("str"))
        rows = rows.assign(category=rows["product_id"].map(
            products.drop_duplicates("product_id").set_index("product_id")["category"]))
        groups = summarize(rows, "category", sum_columns=sums, metrics=["conversion_rate", "avg_order_value"])
        groups = groups.set_index("category")
        known = category.notna()
        base_conv = out["category"].map(groups["conversion_rate"]).where(known, shop["conversion_rate"])
        base_aov = out["category"].map(groups["avg_order_value"]).where(known, shop["avg_order_value"])
        base_bounce = (out["category"].map(_weighted_daily_bounce(rows, ["category"])).where(
            known, shop["bounce_rate"]) if has_bounce else pd.Series(np.nan, index=out.index))
        fallback = pd.Series(np.where(known, "category", "shop"), index=out.index)
    else:
        base_conv = pd.Series(shop["conversion_rate"], index=out.index)
        base_aov = pd.Series(shop["avg_order_value"], index=out.index)
        base_bounce = pd.Series(shop["bounce_rate"], index=out.index)
        fallback = "shop"
    bounce = (out["product_id"].map(rows.groupby("product_id")["bounce_rate"].agg(bounce_rate_platform_mean))
              if has_bounce else pd.Series(np.nan, index=out.index))
    own = out["avg_order_value"].notna()
    aov = out["avg_order_value"].where(own, base_aov)
    gap = out["conversion_rate"] - base_conv
    money = out["visitors"] * np.maximum(0.0, -gap.fillna(0.0)) * aov.fillna(0.0)
    out = out.assign(
        baseline_conversion_rate=base_conv.astype(float),
        conversion_gap=gap.astype(float),
        bounce_rate=bounce.astype(float),
        baseline_bounce_rate=base_bounce.astype(float),
        bounce_gap=(bounce - base_bounce).astype(float),
        avg_order_value=aov.astype(float),
        aov_source=pd.Series(np.where(own, "product", fallback), index=out.index, dtype="str"),
        money_at_stake=money.astype(float),
    )
    lead = ["product_id", "product_name"] + (["category"] if against == "category" else [])
    columns = lead + ["visitors", "paying_buyers", "paid_amount", "conversion_rate", "baseline_conversion_rate",
                      "conversion_gap", "bounce_rate", "baseline_bounce_rate", "bounce_gap", "avg_order_value",
                      "aov_source", "money_at_stake"]
    out = out[columns].sort_values(["money_at_stake", "visitors"], ascending=False, kind="stable")
    out = out.reset_index(drop=True)
    out.attrs = {"against": against, **shop}
    return out


# --- delivery ---------------------------------------------------------------------------

_TASK_COLUMNS = ("task_id", "designer", "asset", "requested", "due", "delivered")


def _task_status(design_tasks: pd.DataFrame, as_of: pd.Timestamp) -> pd.DataFrame:
    t = design_tasks.loc[design_tasks["requested"] <= as_of]
    delivered = t["delivered"].notna() & (t["delivered"] <= as_of)
    on_time = delivered & (t["delivered"] <= t["due"])
    open_late = ~delivered & (t["due"] < as_of)
    late = (delivered & ~on_time) | open_late
    days_late = ((t["delivered"] - t["due"]).dt.days.where(delivered & ~on_time)
                 .fillna((as_of - t["due"]).dt.days.where(open_late)))
    return t.assign(
        is_delivered=delivered, is_on_time=on_time, is_late=late, is_open_late=open_late,
        is_pending=~delivered & (t["due"] >= as_of),
        lead_days=(t["delivered"] - t["requested"]).dt.days.where(delivered).astype(float),
        days_late=days_late.astype(float),
    )


def summarize_delivery(
    design_tasks: pd.DataFrame,
    *,
    start=None,
    end=None,
    as_of=None,
    by: str | Iterable[str] | None = ("designer", "asset"),
) -> pd.DataFrame:
    """Summarize on-time delivery (按时交付率) and lead time of design tasks due in a period.

    A task is *on time* when delivered on or before its due date; *late* when
    delivered after it, or still open with its due date passed (as of ``as_of``);
    *pending* when still open and not yet due: pending tasks are left out of the rate.

    Parameters
    ----------
    design_tasks : DataFrame
        The ``design_tasks`` table.
    start, end : date-like, optional
        Keep the tasks *due* in this range (inclusive).
    as_of : date-like, optional
        The day the status is judged on (default ``end``, else the last date in
        the table). Deliveries after it count as not delivered yet.
    by : str, list of str or None, default ('designer', 'asset')
        Group columns; None for one row over all tasks.

    Returns
    -------
    DataFrame
        The ``by`` columns, ``tasks``, ``delivered``, ``on_time``, ``late``,
        ``open_late`` (late and still open), ``pending``, ``on_time_rate``
        (on time / (on time + late)), ``mean_lead_days`` and ``median_lead_days``
        (delivered - requested, in days, over delivered tasks), ``mean_days_late``
        (over late tasks; an open one counts its days overdue so far).

    Examples
    --------
    >>> tasks = pd.DataFrame({"task_id": ["T1", "T2", "T3"], "designer": ["小林"] * 3,
    ...                       "asset": ["main_image"] * 3,
    ...                       "requested": pd.to_datetime(["2026-10-01", "2026-10-02", "2026-10-05"]),
    ...                       "due": pd.to_datetime(["2026-10-06", "2026-10-08", "2026-10-10"]),
    ...                       "delivered": pd.to_datetime(["2026-10-05", "2026-10-11", None])})
    >>> summarize_delivery(tasks, as_of="2026-10-14", by="designer")[
    ...     ["designer", "tasks", "on_time", "late", "open_late", "on_time_rate", "mean_lead_days"]]
      designer  tasks  on_time  late  open_late  on_time_rate  mean_lead_days
    0       小林      3        1     2          1      0.333333             6.5
    """
    _need(design_tasks, _TASK_COLUMNS, "design_tasks")
    as_of = _default_as_of(as_of, end, [design_tasks[c] for c in ("requested", "delivered", "live_from")
                                        if c in design_tasks.columns])
    t = _task_status(_between(design_tasks, start, end, column="due"), as_of)
    keys = [] if by is None else [by] if isinstance(by, str) else list(by)
    missing = [k for k in keys if k not in t.columns]
    if missing:
        raise ValueError(T("error.by", value=repr(by), missing=missing, columns=list(design_tasks.columns)))
    grouped = t.assign(_all=0).groupby(keys or ["_all"], sort=True)
    out = grouped.agg(
        tasks=("task_id", "size"),
        delivered=("is_delivered", "sum"),
        on_time=("is_on_time", "sum"),
        late=("is_late", "sum"),
        open_late=("is_open_late", "sum"),
        pending=("is_pending", "sum"),
        mean_lead_days=("lead_days", "mean"),
        median_lead_days=("lead_days", "median"),
        mean_days_late=("days_late", "mean"),
    ).reset_index()
    if not keys:
        out = out.drop(columns="_all")
        if out.empty:
            out = pd.DataFrame({"tasks": [0], "delivered": [0], "on_time": [0], "late": [0], "open_late": [0],
                                "pending": [0], "mean_lead_days": [np.nan], "median_lead_days": [np.nan],
                                "mean_days_late": [np.nan]})
    for col in ("tasks", "delivered", "on_time", "late", "open_late", "pending"):
        out[col] = out[col].astype("int64")
    out.insert(len(keys) + 6, "on_time_rate", ratio(out["on_time"], out["on_time"] + out["late"]))
    return out


def flag_late_tasks(design_tasks: pd.DataFrame, *, as_of, products: pd.DataFrame | None = None) -> pd.DataFrame:
    """List the tasks still open on a day whose due date has passed (延期未交), most overdue first.

    Parameters
    ----------
    design_tasks : DataFrame
        The ``design_tasks`` table.
    as_of : date-like
        The day to look from: requested by then, not delivered by then, due before it.
    products : DataFrame, optional
        Adds ``product_name``.

    Returns
    -------
    DataFrame
        ``task_id``, ``designer``, ``product_id``, (``product_name``), ``asset``,
        ``requested``, ``due``, ``days_overdue`` (as_of - due).

    Examples
    --------
    >>> tasks = pd.DataFrame({"task_id": ["T1", "T2"], "designer": ["小林", "阿楠"], "product_id": ["p1", "p2"],
    ...                       "asset": ["main_image", "detail_page"],
    ...                       "requested": pd.to_datetime(["2026-10-19", "2026-10-25"]),
    ...                       "due": pd.to_datetime(["2026-10-24", "2026-11-01"]), "delivered": pd.NaT})
    >>> flag_late_tasks(tasks, as_of="2026-10-31")[["task_id", "designer", "due", "days_overdue"]]
      task_id designer        due  days_overdue
    0      T1       小林 2026-10-24             7
    """
    _need(design_tasks, _TASK_COLUMNS, "design_tasks")
    as_of = _as_day(as_of)
    t = _task_status(design_tasks, as_of)
    late = t.loc[t["is_open_late"]].assign(days_overdue=lambda d: (as_of - d["due"]).dt.days.astype("int64"))
    columns = ["task_id", "designer"]
    if "product_id" in late.columns:
        columns.append("product_id")
        if products is not None:
            late = late.assign(product_name=late["product_id"].map(_names(late, products)).astype("str"))
            columns.append("product_name")
    columns += ["asset", "requested", "due", "days_overdue"]
    return late[columns].sort_values(["days_overdue", "task_id"], ascending=[False, True]).reset_index(drop=True)


# --- scorecard and pay -----------------------------------------------------------------


def _count_tests(tests: pd.DataFrame | None, prefix: str, start, end) -> pd.DataFrame:
    cols = [f"{prefix}_{c}" for c in ("judged", "wins", "losses", "no_difference", "pending")]
    if tests is None or tests.empty:
        return pd.DataFrame(columns=cols, index=pd.Index([], name="designer"), dtype="int64")
    if "designer" not in tests.columns:
        raise ValueError(T("error.tests_need_designer", what=vocab.value_label("asset", _PREFIX_ASSET[prefix])))
    t = tests.loc[tests["designer"].notna()]
    closed = _between(t, start, end, column="window_end")
    final = closed.loc[closed["verdict"].isin(_FINAL)]
    counts = pd.DataFrame({
        f"{prefix}_judged": final.groupby("designer").size(),
        f"{prefix}_wins": final.loc[final["verdict"] == WIN].groupby("designer").size(),
        f"{prefix}_losses": final.loc[final["verdict"] == LOSS].groupby("designer").size(),
        f"{prefix}_no_difference": final.loc[final["verdict"] == NO_DIFFERENCE].groupby("designer").size(),
        f"{prefix}_pending": t.loc[t["verdict"] == TOO_EARLY].groupby("designer").size(),
    })
    counts.index.name = "designer"
    return counts.fillna(0).astype("int64")


def summarize_designers(
    design_tasks: pd.DataFrame,
    image_tests: pd.DataFrame | None = None,
    page_tests: pd.DataFrame | None = None,
    *,
    start=None,
    end=None,
    as_of=None,
) -> pd.DataFrame:
    """Summarize each designer's period: delivery, and the image and page tests that closed in it.

    A before/after test counts in the period its window *closes* in (``window_end``
    between ``start`` and ``end``) and only with a final verdict, so a change made
    at the end of a month counts in the next month's scorecard, once.

    Parameters
    ----------
    design_tasks : DataFrame
        The ``design_tasks`` table.
    image_tests : DataFrame, optional
        :func:`compare_image_versions` output with a ``designer`` column.
    page_tests : DataFrame, optional
        :func:`compare_detail_pages` output.
    start, end, as_of : date-like, optional
        The period, as in :func:`summarize_delivery`.

    Returns
    -------
    DataFrame
        One row per designer with tasks due in the period or a test in it:
        ``designer``, ``tasks``, ``on_time``, ``late``, ``open_late``,
        ``on_time_rate``, ``mean_lead_days``, then ``image_judged``, ``image_wins``,
        ``image_losses``, ``image_no_difference``, ``image_pending`` (still too
        early) and the same for ``page_``.
    """
    delivery = summarize_delivery(design_tasks, start=start, end=end, as_of=as_of, by="designer")
    delivery = delivery.set_index("designer")[["tasks", "on_time", "late", "open_late", "on_time_rate",
                                                "mean_lead_days"]]
    image = _count_tests(image_tests, "image", start, end)
    page = _count_tests(page_tests, "page", start, end)
    out = delivery.join(image, how="outer").join(page, how="outer")
    counts = [c for c in out.columns if c not in ("on_time_rate", "mean_lead_days")]
    out[counts] = out[counts].fillna(0).astype("int64")
    out.index = out.index.astype("str")
    out.index.name = "designer"
    return out.reset_index()


def _score_share(wins, neutral, judged, neutral_credit: float) -> pd.Series:
    return 100 * ratio(wins + neutral_credit * neutral, judged)


def scorecard(
    summary: pd.DataFrame,
    *,
    weights: Mapping[str, float] | None = None,
    grades: Mapping[str, float] | None = None,
    neutral_credit: float = 0.5,
) -> pd.DataFrame:
    """Score each designer 0-100 on delivery, main images and detail pages, weight, and grade.

    Component scores:

    - ``on_time_score`` = 100 x on-time rate;
    - ``image_score`` = 100 x (wins + ``neutral_credit`` x no-clear-difference) /
      judged main-image changes;
    - ``page_score``, the same for detail pages.

    ``total`` is the weighted mean of the scores a designer has: a component with
    nothing to judge (no image change closed this month) is left out and the other
    weights are scaled up, so nobody is punished for work that was not asked for.

    Parameters
    ----------
    summary : DataFrame
        :func:`summarize_designers` output (or any frame with ``designer``,
        ``on_time_rate``, ``image_wins``, ``image_losses``, ``image_no_difference``
        and the ``page_`` counts; missing counts mean nothing to judge).
    weights : mapping, optional
        Component -> weight, components from ``'on_time'``, ``'image'``, ``'page'``
        (default :data:`DEFAULT_WEIGHTS`: 0.5 / 0.3 / 0.2). Weights need not add up
        to 1; a component left out weighs 0.
    grades : mapping, optional
        Grade -> lowest total that earns it (default :data:`DEFAULT_GRADES`:
        A >= 90, B >= 75, C >= 60, D below). A total below every threshold gets
        the lowest grade.
    neutral_credit : float, default 0.5
        Credit for a change that made no clear difference: it was tried, and it did
        no harm.

    Returns
    -------
    DataFrame
        ``summary`` with ``on_time_score``, ``image_score``, ``page_score``,
        ``total``, ``grade``, ``rank`` (1 = best), sorted by rank.

    Examples
    --------
    甲 is always on time but her one new image lost; 乙 is on time half the time
    and her image won. With delivery weighted 0.7 甲 leads (70 against 65); with
    images weighted 0.7, 乙 does (30 against 85).

    >>> s = pd.DataFrame({"designer": ["甲", "乙"], "on_time_rate": [1.0, 0.5],
    ...                   "image_wins": [0, 1], "image_losses": [1, 0], "image_no_difference": [0, 0]})
    >>> scorecard(s, weights={"on_time": 0.7, "image": 0.3})[["designer", "total", "grade", "rank"]]
      designer  total grade  rank
    0        甲   70.0     C     1
    1        乙   65.0     C     2
    >>> scorecard(s, weights={"on_time": 0.3, "image": 0.7})[["designer", "total", "grade", "rank"]]
      designer  total grade  rank
    0        乙   85.0     B     1
    1        甲   30.0     D     2
    """
    weights = _scoring.check_weights(DEFAULT_WEIGHTS if weights is None else weights, _COMPONENTS)
    grades = dict(DEFAULT_GRADES if grades is None else grades)
    _scoring.check_grades(grades)
    if "designer" not in summary.columns or "on_time_rate" not in summary.columns:
        raise ValueError(T("error.summary_columns", columns=list(summary.columns)))

    def col(name):
        return summary[name].astype(float) if name in summary.columns else pd.Series(0.0, index=summary.index)

    scores = {"on_time": 100 * summary["on_time_rate"].astype(float)}
    for part in ("image", "page"):
        wins, losses, neutral = col(f"{part}_wins"), col(f"{part}_losses"), col(f"{part}_no_difference")
        scores[part] = _score_share(wins, neutral, wins + losses + neutral, neutral_credit)
    total = _scoring.weighted_total(scores, weights)
    out = summary.assign(
        on_time_score=scores["on_time"], image_score=scores["image"], page_score=scores["page"], total=total,
        grade=_scoring.grade(total, grades), rank=_scoring.rank(total),
    )
    return out.sort_values(["rank", "designer"], kind="stable", na_position="last").reset_index(drop=True)


def designer_bonus(
    design_tasks: pd.DataFrame,
    products_daily: pd.DataFrame,
    products: pd.DataFrame,
    *,
    start,
    end,
    share: float = 0.01,
    threshold: float = 20000.0,
    basis: str = "excess",
    credit_days: int = 60,
    assets: Iterable[str] = ("main_image", "detail_page"),
    detail: bool = False,
) -> pd.DataFrame:
    """Compute each designer's bonus: a share of the gross profit of the products they worked on.

    How shops commonly pay designers (美工提成): a small share of the profit of the
    products whose main image or detail page they made, once a product sells
    enough to matter. For each product over the period::

        gross profit     = 支付金额 x (price - unit_cost) / price
        qualifying profit = gross profit on the sales above ``threshold``  (basis='excess')
                          or all of it once sales reach ``threshold``       (basis='all')
        bonus pool        = share x qualifying profit

    Units sold are estimated as 支付金额 / price (``products_daily`` has no piece
    counts; paying buyers undercount them, since a buyer may take two), so the
    profit is the product's margin rate times its sales; at a discount the real
    margin is lower.

    The pool is shared among the designers whose work was in use on the product
    during the period, by the days it was in use: a task of ``assets`` counts from
    its ``live_from`` (if that is in the period or at most ``credit_days`` before
    it: a main image keeps selling after its month) until a newer task of the same
    kind for the same product goes live. Each designer's part of the pool is their
    days in use over the days of the period (or over all credited days, when a
    main image and a detail page by different designers were in use together).
    A main image replaced on the 5th of a 30-day month earns its designer 4/30 of
    the pool and the new one's designer 26/30; days with no credited work in use
    pay nobody.

    Parameters
    ----------
    design_tasks, products_daily, products : DataFrame
        The tables of the data contract (``products`` needs ``price`` and ``unit_cost``).
    start, end : date-like
        The period whose sales pay the bonus (inclusive).
    share : float, default 0.01
        Share of the qualifying gross profit paid (1%).
    threshold : float, default 20000.0
        A product's sales in the period before it pays anything, in yuan (¥20,000,
        set for a month: scale it for longer periods).
    basis : {'excess', 'all'}, default 'excess'
        'excess' pays on the profit of the sales above the threshold (no cliff: ¥19,999
        and ¥20,001 pay almost the same); 'all' pays on the whole profit once the
        product reaches the threshold.
    credit_days : int, default 60
        How long before the period a task may have gone live and still earn credit.
    assets : iterable of str, default ('main_image', 'detail_page')
        Task types that earn credit (activity pages and ad creatives are usually paid
        per piece, not by sales).
    detail : bool, default False
        Return one row per designer and product instead of one per designer.

    Returns
    -------
    DataFrame
        Per designer (every designer with a task requested by ``end``):
        ``designer``, ``products`` (credited), ``products_over_threshold``,
        ``paid_amount`` and ``gross_profit`` of those products (whole, not split),
        ``bonus``. With ``detail=True``: ``designer``, ``product_id``,
        ``product_name``, ``tasks``, ``live_days`` (days the designer's work was in
        use in the period), ``paid_amount``, ``margin_rate``, ``gross_profit``,
        ``qualifying_profit``, ``pool_share`` (the designer's part of the product's
        pool), ``bonus``.

    Notes
    -----
    1% above ¥20,000 a month per product is a figure seen in practice in small
    Taobao and Tmall apparel shops, not a standard: agree the numbers with the team
    and pass them here.

    Examples
    --------
    A product sold ¥50,000 at a 50% margin: ¥30,000 above the threshold, ¥15,000 of
    profit on it, 1% of that is ¥150; 甲's main image and 乙's detail page were both
    in use all month, so they get ¥75 each.

    >>> tasks = pd.DataFrame({"task_id": ["T1", "T2"], "designer": ["甲", "乙"], "product_id": ["p1", "p1"],
    ...                       "asset": ["main_image", "detail_page"],
    ...                       "requested": pd.to_datetime(["2026-09-20", "2026-10-01"]),
    ...                       "live_from": pd.to_datetime(["2026-09-28", "2026-09-30"])})
    >>> daily = pd.DataFrame({"date": pd.to_datetime(["2026-10-10"]), "product_id": ["p1"],
    ...                       "paid_amount": [50000.0]})
    >>> products = pd.DataFrame({"product_id": ["p1"], "price": [200.0], "unit_cost": [100.0]})
    >>> designer_bonus(tasks, daily, products, start="2026-10-01", end="2026-10-31")[["designer", "bonus"]]
      designer  bonus
    0        乙   75.0
    1        甲   75.0
    """
    _need(design_tasks, ("task_id", "designer", "product_id", "asset", "requested", "live_from"), "design_tasks")
    _need(products_daily, ("date", "product_id", "paid_amount"), "products_daily")
    _need(products, ("product_id", "price", "unit_cost"), "products")
    if basis not in ("excess", "all"):
        raise ValueError(T("error.basis", value=repr(basis)))
    if not 0 <= share <= 1:
        raise ValueError(T("error.share", value=repr(share)))
    assets = [assets] if isinstance(assets, str) else list(assets)
    unknown = sorted(set(assets) - set(_ASSET_CODES))
    if unknown:
        raise ValueError(T("error.assets", unknown=unknown, accepted=list(_ASSET_CODES)))
    start, end = _as_day(start), _as_day(end)
    sales = _between(products_daily, start, end).groupby("product_id")["paid_amount"].sum()
    work = design_tasks.loc[design_tasks["asset"].isin(assets) & design_tasks["live_from"].notna()
                            & (design_tasks["live_from"] <= end)]
    work = work.sort_values(["product_id", "asset", "live_from", "task_id"], kind="stable")
    replaced = work.groupby(["product_id", "asset"])["live_from"].shift(-1)
    first = work["live_from"].clip(lower=start)
    last = (replaced - _DAY).fillna(end).clip(upper=end)
    work = work.assign(live_days=((last - first).dt.days + 1).clip(lower=0))
    work = work.loc[(work["live_days"] > 0) & (work["live_from"] >= start - pd.Timedelta(days=int(credit_days)))]
    pairs = (work.sort_values("task_id").groupby(["designer", "product_id"], sort=True)
             .agg(tasks=("task_id", ", ".join), live_days=("live_days", "sum")).reset_index())
    margins = product_margins(products)
    missing = sorted(set(pairs["product_id"]) - set(margins.index))
    if missing:
        raise DataError(T("error.no_cost", products=missing[:10]))
    period_days = (end - start).days + 1
    pool_share = pairs["live_days"] / np.maximum(period_days, pairs.groupby("product_id")["live_days"].transform("sum"))
    paid = pairs["product_id"].map(sales).fillna(0.0).astype(float)  # float even when no pair is left
    margin = pairs["product_id"].map(margins).astype(float)
    profit = paid * margin
    if basis == "excess":
        qualifying = np.maximum(0.0, paid - threshold) * margin
    else:
        qualifying = profit.where(paid >= threshold, 0.0)
    rows = pairs.assign(
        product_name=pairs["product_id"].map(_names(products_daily, products)).astype("str"),
        live_days=pairs["live_days"].astype("int64"), paid_amount=paid, margin_rate=margin, gross_profit=profit,
        qualifying_profit=qualifying, pool_share=pool_share, bonus=share * qualifying * pool_share,
    )[["designer", "product_id", "product_name", "tasks", "live_days", "paid_amount", "margin_rate",
       "gross_profit", "qualifying_profit", "pool_share", "bonus"]]
    if detail:
        return rows.sort_values(["designer", "bonus"], ascending=[True, False], kind="stable").reset_index(drop=True)
    everyone = pd.Index(sorted(design_tasks.loc[design_tasks["requested"] <= end, "designer"].dropna().unique()),
                        name="designer")
    over = rows.assign(over=rows["paid_amount"] >= threshold)
    out = over.groupby("designer").agg(
        products=("product_id", "size"), products_over_threshold=("over", "sum"),
        paid_amount=("paid_amount", "sum"), gross_profit=("gross_profit", "sum"), bonus=("bonus", "sum"),
    ).reindex(everyone.union(pd.Index(rows["designer"].unique(), name="designer")))
    out = out.fillna({"products": 0, "products_over_threshold": 0, "paid_amount": 0.0, "gross_profit": 0.0,
                      "bonus": 0.0})
    out[["products", "products_over_threshold"]] = out[["products", "products_over_threshold"]].astype("int64")
    out.index = out.index.astype("str")
    out.index.name = "designer"
    return out.reset_index()


# --- words: takeaways, actions, method, labels --------------------------------------------


def window_labels(*, lang: str | None = None) -> dict[str, str]:
    """Return the headers of the before/after columns of the image and page tests, for ``present.table(labels=...)``.

    The vocabulary's ``_before`` / ``_after`` suffixes mean the comparison day and
    the day (the daily review's words); in a before/after test they are the two
    windows around the change: 点击率（前） / 点击率（后）.

    Examples
    --------
    >>> window_labels(lang="zh")["ctr_before"], window_labels(lang="en")["conversion_rate_after"]
    ('点击率（前）', 'Conversion rate after')
    """
    out = {}
    for column in _WINDOW_COLUMNS:
        what = vocab.label(column, table="products_daily", lang=lang)
        for side in ("before", "after"):
            out[f"{column}_{side}"] = T(f"side.{side}", what=what, lang=lang)
    return out


def _asset(code) -> str:
    return vocab.value_label("asset", code, default=str(code))


def _has(row, column: str) -> bool:
    value = getattr(row, column, None)
    return isinstance(value, str) and bool(value) and value != "nan"


def _extreme(image_tests: pd.DataFrame, verdict: str):
    pick = image_tests.loc[image_tests["verdict"] == verdict]
    if not len(pick):
        return None
    return pick.loc[pick["lift"].idxmax() if verdict == WIN else pick["lift"].idxmin()]


def name_image_tests(tests: pd.DataFrame) -> list[str]:
    """Name each main-image test in a few words, for a chart's labels: product, versions, designer, day.

    Parameters
    ----------
    tests : DataFrame
        :func:`compare_image_versions` output; its ``designer`` column is used when
        present (a change without a known task shows "—"), and left out of every
        label when the table has none (no ``design_tasks`` to match).

    Returns
    -------
    list of str
        One label per row, in the package's language.

    Examples
    --------
    >>> tests = pd.DataFrame({"product_name": ["碎花裙"], "version_before": ["v1"], "version_after": ["v2"],
    ...                       "change_date": pd.to_datetime(["2026-10-11"])})
    >>> name_image_tests(tests), name_image_tests(tests.assign(designer=["小林"]))
    (['碎花裙 v1→v2（10-11）'], ['碎花裙 v1→v2（小林，10-11）'])
    """
    by = "designer" in tests.columns
    return [T("chart.test" if by else "chart.test_plain", product=r.product_name, before=r.version_before,
              after=r.version_after, day=r.change_date,
              designer=(r.designer if isinstance(r.designer, str) else "—") if by else None)
            for r in tests.itertuples()]


def _late_item(r) -> str:
    values = dict(designer=r.designer, asset=_asset(r.asset), due=r.due, days=int(r.days_overdue))
    if _has(r, "product_name"):
        return T("late.item", product=r.product_name, **values)
    return T("late.item_task", task=r.task_id, **values)


def _page_base(pages: pd.DataFrame) -> str:
    return T("base.category" if pages.attrs.get("against") == "category" else "base.shop")


def describe_designers(
    image_tests: pd.DataFrame | None = None,
    pages: pd.DataFrame | None = None,
    delivery: pd.DataFrame | None = None,
    late: pd.DataFrame | None = None,
    scores: pd.DataFrame | None = None,
    bonus: pd.DataFrame | None = None,
    *,
    top: int = 3,
) -> list[str]:
    """Write the designer review's takeaways in a few short sentences, from the tables.

    The sentences are in the package's language (:func:`shopanalysis.set_language`).

    Parameters
    ----------
    image_tests : DataFrame, optional
        :func:`compare_image_versions` output.
    pages : DataFrame, optional
        :func:`page_conversion` output.
    delivery : DataFrame, optional
        :func:`summarize_delivery` by designer.
    late : DataFrame, optional
        :func:`flag_late_tasks` output.
    scores : DataFrame, optional
        :func:`scorecard` output.
    bonus : DataFrame, optional
        :func:`designer_bonus` output (per designer).
    top : int, default 3
        How many pages and tasks to name.

    Returns
    -------
    list of str
        One sentence per finding.

    Examples
    --------
    >>> late = pd.DataFrame({"task_id": ["DT0083"], "designer": ["小林"], "product_name": ["微喇牛仔裤"],
    ...                      "asset": ["main_image"], "due": pd.to_datetime(["2026-10-24"]), "days_overdue": [7]})
    >>> describe_designers(late=late)
    ['延期未交：小林的微喇牛仔裤主图（10-24 到期，已超期 7 天）。']
    >>> describe_designers(late=late.drop(columns="product_name"))
    ['延期未交：小林的主图任务 DT0083（10-24 到期，已超期 7 天）。']
    """
    out = []
    if image_tests is not None:
        if image_tests.empty:
            out.append(T("image.none"))
        else:
            counts = image_tests["verdict"].value_counts()
            parts = [T(f"count.{v}", n=n) for v in VERDICTS if (n := int(counts.get(v, 0)))]
            out.append(T("image.counts", n=len(image_tests), parts=T("sep").join(parts)))
            level = 1 - image_tests.attrs.get("alpha", 0.05)
            for verdict, key in ((WIN, "image.best"), (LOSS, "image.worst")):
                row = _extreme(image_tests, verdict)
                if row is None:
                    continue
                by = {"designer": row["designer"]} if _has(row, "designer") else {}
                out.append(T(key + ("_by" if by else ""), product=row["product_name"], before=row["version_before"],
                             after=row["version_after"], day=row["change_date"], lift=row["lift"], level=level,
                             low=row["lift_low"], high=row["lift_high"], **by))
            early = image_tests.loc[image_tests["verdict"] == TOO_EARLY]
            if len(early):
                items = [T("image.too_early_item", product=r.product_name, version=r.version_after, day=r.window_end)
                         for r in early.head(top).itertuples()]
                out.append(T("image.too_early", items=T("sep.items").join(items)))
    if pages is not None and len(pages):
        lose = pages.loc[pages["money_at_stake"] > 0].head(top)
        if len(lose):
            items = [T("pages.item", product=r.product_name, rate=r.conversion_rate,
                       base_rate=r.baseline_conversion_rate, visitors=r.visitors, money=r.money_at_stake)
                     for r in lose.itertuples()]
            out.append(T("pages.losing", base=_page_base(pages), items=T("sep.items").join(items),
                         total=pages["money_at_stake"].sum()))
    if delivery is not None and len(delivery) and "designer" in delivery.columns:
        d = delivery.loc[delivery["on_time"] + delivery["late"] > 0].sort_values("on_time_rate", ascending=False)
        if len(d):
            items = [T("delivery.item", designer=r.designer, rate=r.on_time_rate, on_time=r.on_time,
                       due=r.on_time + r.late) for r in d.itertuples()]
            out.append(T("delivery.on_time", items=T("sep").join(items)))
    if late is not None:
        if len(late):
            items = [_late_item(r) for r in late.head(top).itertuples()]
            more = T("late.more", n=len(late) - top) if len(late) > top else ""
            out.append(T("late.items", items=T("sep.items").join(items), more=more))
        else:
            out.append(T("late.none"))
    if scores is not None and len(scores):
        ranked = scores.loc[scores["total"].notna()]
        if len(ranked):
            items = [T("scores.item", designer=r.designer, grade=r.grade, total=r.total) for r in ranked.itertuples()]
            out.append(T("scores", items=T("sep").join(items)))
    if bonus is not None and len(bonus):
        paid = bonus.loc[bonus["bonus"] > 0].sort_values("bonus", ascending=False)
        if len(paid):
            items = [T("bonus.item", designer=r.designer, bonus=r.bonus, n=r.products_over_threshold)
                     for r in paid.itertuples()]
            out.append(T("bonus", items=T("sep").join(items)))
        else:
            out.append(T("bonus.none"))
    return out


def designer_actions(
    image_tests: pd.DataFrame | None = None,
    pages: pd.DataFrame | None = None,
    late: pd.DataFrame | None = None,
    *,
    top: int = 3,
) -> list[str]:
    """Write what to do about the designers' work today, most urgent first.

    Chase the tasks late and still open; revert or redo the new main images that
    lost; fix the detail pages that put the most money at stake; and wait for the
    tests still running before anyone calls them a win.

    Parameters
    ----------
    image_tests : DataFrame, optional
        :func:`compare_image_versions` output.
    pages : DataFrame, optional
        :func:`page_conversion` output (most money first).
    late : DataFrame, optional
        :func:`flag_late_tasks` output.
    top : int, default 3
        How many of each kind of action to write.

    Returns
    -------
    list of str
        One action per line, in the package's language; one line saying nothing
        needs doing when nothing does.

    Examples
    --------
    >>> late = pd.DataFrame({"task_id": ["DT0083"], "designer": ["小林"], "product_name": ["微喇牛仔裤"],
    ...                      "asset": ["main_image"], "due": pd.to_datetime(["2026-10-24"]), "days_overdue": [7]})
    >>> designer_actions(late=late)
    ['催交：小林的微喇牛仔裤主图（10-24 到期，已超期 7 天）。']
    >>> designer_actions(late=late.iloc[0:0])
    ['本期没有需要特别处理的事。']
    """
    out = []
    if late is not None:
        out += [T("action.chase", item=_late_item(r)) for r in late.head(top).itertuples()]
    if image_tests is not None and len(image_tests):
        lost = image_tests.loc[image_tests["verdict"] == LOSS].sort_values("lift", kind="stable").head(top)
        out += [T("action.revert", product=r.product_name, before=r.version_before, after=r.version_after,
                  lift=r.lift) for r in lost.itertuples()]
    if pages is not None and len(pages):
        base = _page_base(pages)
        out += [T("action.page", product=r.product_name, rate=r.conversion_rate, base=base,
                  base_rate=r.baseline_conversion_rate, money=r.money_at_stake)
                for r in pages.loc[pages["money_at_stake"] > 0].head(top).itertuples()]
    if image_tests is not None and len(image_tests):
        early = image_tests.loc[image_tests["verdict"] == TOO_EARLY].sort_values("window_end", kind="stable")
        out += [T("action.wait", day=r.window_end, product=r.product_name, after=r.version_after)
                for r in early.head(top).itertuples()]
    return out or [T("action.none")]


def method_notes(
    *,
    window_days: int = 14,
    min_clicks: int = 200,
    min_buyers: int = 50,
    alpha: float = 0.05,
    overdispersion: bool = True,
    against: str = "category",
    weights: Mapping[str, float] | None = None,
    grades: Mapping[str, float] | None = None,
    neutral_credit: float = 0.5,
    share: float = 0.01,
    threshold: float = 20000.0,
    basis: str = "excess",
    credit_days: int = 60,
    fallback: bool = False,
    lacking: Iterable[str] = (),
    images: bool = True,
) -> list[str]:
    """Describe how the designer review was computed, its parameters in words (for the 方法说明 / Method section).

    The parameters are those of :func:`compare_image_versions`,
    :func:`compare_detail_pages`, :func:`page_conversion`, :func:`scorecard` and
    :func:`designer_bonus`, with the same defaults, and three that say what the
    data lacked, so the method describes only what the report computed:

    Parameters
    ----------
    against : {'category', 'shop'}, default 'category'
        The baseline the detail pages were compared with.
    fallback : bool, default False
        The category was asked for but the data has none (no ``products`` table, or
        no ``category`` in it), so the pages were compared with the shop
        (``against='shop'``): a sentence says so and which file to add.
    lacking : iterable of str, default ()
        Tables the data folder lacks (what :func:`shopanalysis.present.require`
        returns). Without ``design_tasks`` the delivery, scorecard and bonus
        paragraphs are left out; without ``products`` the bonus paragraph.
    images : bool, default True
        Whether ``products_daily`` has the ``main_image`` column; without it and
        without ``design_tasks`` there are no before/after tests to describe.

    Returns
    -------
    list of str
        One paragraph per topic, in the package's language.

    Examples
    --------
    >>> method_notes(window_days=7)[0].split("（")[0]
    '主图和详情页测试：比较新图上线前 7 天与上线后 7 天'
    >>> notes = method_notes(against="shop", fallback=True, lacking=["design_tasks", "products"])
    >>> len(notes), notes[-1].split("；")[0]
    (5, '详情页本应对比同类目，但数据里没有商品的类目（商品.csv），这里改为对比全店')
    """
    _check_window(window_days, alpha)
    if against not in ("shop", "category"):
        raise ValueError(T("error.against", value=repr(against)))
    if basis not in ("excess", "all"):
        raise ValueError(T("error.basis", value=repr(basis)))
    weights = _scoring.check_weights(DEFAULT_WEIGHTS if weights is None else weights, _COMPONENTS)
    ladder = _scoring.check_grades(DEFAULT_GRADES if grades is None else grades)
    level = 1 - alpha
    base = T(f"base.{against}")
    total = sum(weights.values())
    parts = [T("method.score_part", part=T(f"part.{name}"), weight=w / total)
             for name, w in weights.items() if w > 0]
    lacking = set([lacking] if isinstance(lacking, str) else lacking)
    tasks = "design_tasks" not in lacking
    out = []
    if images or tasks:
        out += [
            T("method.window" if tasks else "method.window_images", days=int(window_days), clicks=int(min_clicks),
              buyers=int(min_buyers)),
            T("method.interval" if overdispersion else "method.interval_plain", level=level),
            T("method.promo"),
        ]
    out.append(T("method.pages", base=base))
    if fallback:
        out.append(T("method.pages_fallback", file=f"{TABLES['products'].file_aliases[0]}.csv"))
    if tasks:
        out += [
            T("method.delivery"),
            T("method.score", parts=T("sep").join(parts), credit=float(neutral_credit),
              grades=T("sep").join(T("method.grade", grade=g, low=low) for g, low in ladder)),
        ]
        if "products" not in lacking:
            out.append(T(f"method.bonus_{basis}", threshold=float(threshold), share=round(100 * float(share), 4),
                         days=int(credit_days)))
    return out
