"""Traffic sources (流量来源): which source moved the day, and whether the mix is healthy.

The ``traffic_sources`` table (生意参谋 > 流量 > 来源) has one row per day and source
(手淘搜索, 直通车, 聚划算, 购物车, ...). Sources roll up into five channels (流量类型):
natural (自然/免费), paid (付费), activity (活动), membership (会员/自主访问) and other,
from the ``channel`` column or, when an export has none, from
:data:`shopanalysis._schema.SOURCE_CHANNELS`.

A caution every function here respects: 生意参谋 counts a visitor who came through
two sources in both, so on a real export the sources' visitors can add up to more
than the shop's 访客数, and their shares to more than 100%. Shares are therefore
computed against the shop's own visitors (``shop_daily``) when it is given, and
never assumed to add up.

Examples
--------
>>> ts = pd.DataFrame({"date": pd.to_datetime(["2026-10-15"] * 3),
...                    "source": ["手淘搜索", "直通车", "购物车"], "visitors": [700, 100, 200]})
>>> check_mix(channel_mix(ts, "2026-10-15"))[["channel", "share", "status"]]
      channel  share status
0     natural    0.7     ok
1        paid    0.1     ok
2    activity    0.0    low
3  membership    0.2     ok
4       other    0.0     ok
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from . import vocab
from ._dates import _as_day, _baseline_window, _coverage_note, _date_range_text, _need, _require_day
from ._errors import DataError
from ._schema import CHANNELS, SOURCE_CHANNELS
from .metrics import ratio
from .shopinfo import platform_words
from .text.traffic import T

__all__ = ["HEALTHY_MIX", "with_channel", "source_changes", "channel_mix", "check_mix", "describe_healthy_mix"]

#: A healthy traffic mix by channel, as (low, high) shares of the shop's visitors.
#: A rule of thumb from a Tmall operations manual, not a platform standard: natural
#: (free search and recommendation) >= 70%, paid 5-10%, activity 10-20%, membership
#: 10-20%, other < 5%. The ranges do not have to add up; pass your own to :func:`check_mix`.
HEALTHY_MIX: dict[str, tuple[float, float]] = {
    "natural": (0.70, 1.00),
    "paid": (0.05, 0.10),
    "activity": (0.10, 0.20),
    "membership": (0.10, 0.20),
    "other": (0.00, 0.05),
}



def _channel_name(channel: str) -> str:
    """A channel's name in the package's language (自然流量 / Natural); an unknown channel as it is."""
    return vocab.value_label("channel", channel, default=str(channel))


def _advice(channel: str, status: str, platform: str | None = None) -> str:
    key = f"advice.{channel}.{status}"
    return T(key, **platform_words(platform)) if key in T else T("advice.default")


def with_channel(traffic_sources: pd.DataFrame, channels: Mapping[str, str] | None = None) -> pd.Series:
    """Return each row's channel: the table's ``channel``, else the source mapping, else ``other``.

    Parameters
    ----------
    traffic_sources : DataFrame
        The ``traffic_sources`` table (``source`` 流量来源, optional ``channel``).
    channels : mapping of str to str, optional
        Source to channel; None uses :data:`SOURCE_CHANNELS`.

    Examples
    --------
    >>> with_channel(pd.DataFrame({"source": ["手淘搜索", "直通车", "新来源"]})).tolist()
    ['natural', 'paid', 'other']
    """
    mapping = dict(SOURCE_CHANNELS if channels is None else channels)
    derived = traffic_sources["source"].map(mapping)
    if "channel" in traffic_sources.columns:
        own = traffic_sources["channel"].where(traffic_sources["channel"].isin(CHANNELS))
        derived = own.fillna(derived)
    return derived.fillna("other").astype("str")


def _day_or_range(value) -> tuple[pd.Timestamp, pd.Timestamp]:
    if isinstance(value, pd.Period) or (isinstance(value, str) and re.fullmatch(r"\d{4}-\d{1,2}", value)):
        period = value if isinstance(value, pd.Period) else pd.Period(value, freq="M")
        return period.start_time.normalize(), period.end_time.normalize()
    if isinstance(value, (tuple, list)) and len(value) == 2:
        start, end = _as_day(value[0]), _as_day(value[1])
        if end < start:
            raise ValueError(T("bad_range", value=value))
        return start, end
    day = _as_day(value)
    return day, day


def source_changes(
    traffic_sources: pd.DataFrame,
    date,
    *,
    against: str = "previous_day",
    shop_daily: pd.DataFrame | None = None,
    channels: Mapping[str, str] | None = None,
    sort_by: str = "visitors",
) -> pd.DataFrame:
    """Compare each traffic source's 访客数, 支付买家数 and 支付金额 with a baseline.

    Parameters
    ----------
    traffic_sources : DataFrame
        The ``traffic_sources`` table (``date``, ``source``, ``visitors``; and
        ``paying_buyers``, ``paid_amount`` when the export has them).
    date : date-like
        The day under review.
    against : {'previous_day', 'same_weekday_last_week', 'trailing_7d_mean'}, default 'previous_day'
        The baseline (the 7-day mean is the 7 days before, totals divided by 7).
    shop_daily : DataFrame, optional
        When given, each source's share of the change is measured against the
        *shop's* change in 访客数 / 支付金额 (``shop_daily``). Otherwise against the sum
        of the sources, which on a real export counts a visitor of two sources twice.
    channels : mapping of str to str, optional
        Source -> channel for rows without a ``channel``; default ``SOURCE_CHANNELS``.
    sort_by : {'visitors', 'paid_amount'}, default 'visitors'
        Rows are sorted by the absolute change in this column, largest first.

    Returns
    -------
    DataFrame
        One row per source: ``source``, ``channel``, ``visitors_before``, ``visitors``,
        ``visitors_change``, ``share_of_visitors_change`` and, when present, the same for
        ``paying_buyers`` and ``paid_amount`` (``sales_change``,
        ``share_of_sales_change``). A share is the source's change over the total
        change: it is negative for a source that moved against the total and can pass
        100% when others moved the other way; NaN when the total did not change.
        ``attrs`` hold ``total_visitors_change``, ``total_sales_change``, ``base``
        (what the shares are measured against) and ``note``; and how the frame was
        asked for: ``date``, ``against``, ``sort_by`` and ``with_shop_daily`` (a
        ``shop_daily`` was given). A baseline before the data starts gives NaN
        ``*_before`` and changes, with the reason in ``note``.

    Raises
    ------
    DataError
        When ``date`` is outside the ``traffic_sources`` data (the message gives its range).

    Examples
    --------
    >>> ts = pd.DataFrame({"date": pd.to_datetime(["2026-10-14"] * 2 + ["2026-10-15"] * 2),
    ...                    "source": ["手淘搜索", "直通车"] * 2, "visitors": [1000, 200, 600, 240]})
    >>> source_changes(ts, "2026-10-15")[["source", "visitors_change", "share_of_visitors_change"]]
      source  visitors_change  share_of_visitors_change
    0   手淘搜索           -400.0                  1.111111
    1    直通车             40.0                 -0.111111
    """
    _need(traffic_sources, ("date", "source", "visitors"), "traffic_sources")
    if sort_by not in ("visitors", "paid_amount"):
        raise ValueError(T("bad_sort", value=sort_by))
    day = _as_day(date)
    _require_day(traffic_sources, day, "traffic_sources")
    dates, divisor = _baseline_window(day, against)
    cols = [c for c in ("visitors", "paying_buyers", "paid_amount") if c in traffic_sources.columns]
    ts = traffic_sources  # channels are looked up for each source's last row only (below), not for every row
    after = ts.loc[ts["date"] == day].groupby("source")[cols].sum().astype("float64")
    note = _coverage_note(ts, dates, "traffic_sources")
    if note is None:
        before = ts.loc[ts["date"].isin(dates)].groupby("source")[cols].sum().astype("float64") / divisor
        both = after.join(before.add_suffix("_before"), how="outer").fillna(0.0)
    else:
        both = after.assign(**{f"{c}_before": np.nan for c in cols})
    names = {"visitors": "visitors_change", "paying_buyers": "buyers_change", "paid_amount": "sales_change"}
    for c in cols:
        both[names[c]] = both[c] - both[f"{c}_before"]

    base = "changes_sources"
    totals = {c: float(both[names[c]].sum(min_count=1)) for c in cols}
    if shop_daily is not None and note is None:
        _need(shop_daily, ("date", *cols), "shop_daily")
        if pd.DatetimeIndex([day, *dates]).isin(pd.DatetimeIndex(shop_daily["date"])).all():
            shop_after = shop_daily.loc[shop_daily["date"] == day, cols].sum()
            shop_before = shop_daily.loc[shop_daily["date"].isin(dates), cols].sum() / divisor
            totals = {c: float(shop_after[c] - shop_before[c]) for c in cols}
            base = "changes_shop"
    both["share_of_visitors_change"] = ratio(both["visitors_change"], totals["visitors"])
    if "paid_amount" in cols:
        both["share_of_sales_change"] = ratio(both["sales_change"], totals["paid_amount"])
    last = ts.drop_duplicates("source", keep="last")
    channel = pd.Series(with_channel(last, channels).to_numpy(), index=last["source"])
    both = both.assign(channel=channel.reindex(both.index).fillna("other"))

    order = []
    for c in cols:
        order += [f"{c}_before", c, names[c]]
        if c == "visitors":
            order.append("share_of_visitors_change")
        if c == "paid_amount":
            order.append("share_of_sales_change")
    both = both[["channel", *order]]
    key = names[sort_by] if sort_by in cols else "visitors_change"
    both = both.iloc[np.argsort(-both[key].abs().fillna(-1).to_numpy(), kind="stable")]
    out = both.reset_index().rename(columns={"index": "source"})
    text = pd.api.types.pandas_dtype("str")
    cast = {c: "str" for c in ("source", "channel") if out[c].dtype != text}  # most often they are already
    if cast:
        out = out.astype(cast)
    out.attrs.update({
        "date": f"{day:%Y-%m-%d}", "against": against,
        "sort_by": sort_by, "with_shop_daily": shop_daily is not None,
        "total_visitors_change": totals["visitors"],
        "total_sales_change": totals.get("paid_amount", np.nan),
        "base": T(f"base.{base}"),
        "note": note or "",
    })
    return out


def channel_mix(
    traffic_sources: pd.DataFrame,
    date_or_range,
    *,
    channels: Mapping[str, str] | None = None,
    shop_daily: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Compute each channel's share of visitors (流量结构) for a day, a month or a date range.

    Parameters
    ----------
    traffic_sources : DataFrame
        The ``traffic_sources`` table.
    date_or_range : date-like, 'YYYY-MM', Period or (start, end)
        A day, a month, or an inclusive range of days.
    channels : mapping of str to str, optional
        Source -> channel for rows without a ``channel`` column or value; default
        :data:`shopanalysis._schema.SOURCE_CHANNELS`. Unknown sources count as 'other'.
    shop_daily : DataFrame, optional
        When given, shares are of the shop's 访客数 over the same days (so they need not
        add up to 100%: a visitor through two sources counts in both). Otherwise they
        are of the sources' total, which adds up to 100% by construction.

    Returns
    -------
    DataFrame
        One row per channel in :data:`~shopanalysis._schema.CHANNELS` order (a channel
        without visitors shows 0): ``channel`` (the code), ``label`` (its name in the
        package's language; a table shows ``channel`` by its label anyway), ``visitors``
        and ``share``.
        ``attrs["base"]`` says what the shares are of, ``attrs["total_share"]`` their sum.

    Raises
    ------
    DataError
        When no row of ``traffic_sources`` falls in the day or range.

    Examples
    --------
    >>> ts = pd.DataFrame({"date": pd.to_datetime(["2026-10-15"] * 3),
    ...                    "source": ["手淘搜索", "直通车", "购物车"], "visitors": [700, 100, 250]})
    >>> shop = pd.DataFrame({"date": pd.to_datetime(["2026-10-15"]), "visitors": [1000]})
    >>> channel_mix(ts, "2026-10-15", shop_daily=shop)[["channel", "share"]]
          channel  share
    0     natural   0.70
    1        paid   0.10
    2    activity   0.00
    3  membership   0.25
    4       other   0.00
    """
    _need(traffic_sources, ("date", "source", "visitors"), "traffic_sources")
    start, end = _day_or_range(date_or_range)
    rows = traffic_sources.loc[traffic_sources["date"].between(start, end)]
    if rows.empty:
        raise DataError(T("no_rows", start=start, end=end,
                          covers=_date_range_text(traffic_sources, "traffic_sources")))
    rows = rows.assign(channel=with_channel(rows, channels))
    visitors = rows.groupby("channel")["visitors"].sum().reindex(CHANNELS, fill_value=0).astype("float64")
    extra = [c for c in rows["channel"].unique() if c not in CHANNELS]
    if extra:
        visitors = pd.concat([visitors, rows.groupby("channel")["visitors"].sum().loc[extra].astype("float64")])
    denominator, base = float(visitors.sum()), T("base.mix_sources")
    if shop_daily is not None:
        _need(shop_daily, ("date", "visitors"), "shop_daily")
        days = pd.DatetimeIndex(rows["date"].unique())
        shop = shop_daily.loc[shop_daily["date"].isin(days), "visitors"]
        if len(shop):
            denominator = float(shop.sum())
            base = T("base.mix_shop")
    out = pd.DataFrame({
        "channel": pd.Series(visitors.index, dtype="str"),
        "label": pd.Series([_channel_name(c) for c in visitors.index], dtype="str"),
        "visitors": visitors.to_numpy(),
        "share": ratio(visitors.to_numpy(), denominator),
    })
    out.attrs.update({"start": f"{start:%Y-%m-%d}", "end": f"{end:%Y-%m-%d}",
                      "base": base, "total_share": float(np.nansum(out["share"]))})
    return out


def check_mix(shares, healthy: Mapping[str, tuple[float, float]] = HEALTHY_MIX, *,
              platform: str | None = None) -> pd.DataFrame:
    """Check each channel's share of visitors against a healthy range and say what to do.

    Parameters
    ----------
    shares : DataFrame, Series or mapping
        :func:`channel_mix` output (``channel`` and ``share`` columns), or channel -> share.
    healthy : mapping of str to (float, float), default HEALTHY_MIX
        The (low, high) share of each channel. The default is a rule of thumb from a
        Tmall operations manual, not a platform standard.
    platform : str, optional
        The shop's platform code (``shop.platform``: tmall, taobao, jd, pdd): the advice
        names its ads and events (京东快车, 京东秒杀 on JD) and its own traffic sources
        (京东搜索, 京东推荐, 我的京东 on JD; 手淘搜索, 我的淘宝 on Tmall). Unknown: Tmall's
        words (:func:`shopanalysis.shopinfo.platform_words`).

    Returns
    -------
    DataFrame
        One row per channel of ``healthy``: ``channel`` (the code), ``label`` (its name),
        ``share``, ``low``,
        ``high``, ``status`` (``'ok'``, ``'low'`` below ``low``, ``'high'`` above
        ``high``) and ``advice`` in plain words, in the package's language. A channel
        missing from ``shares`` has share 0.

    Examples
    --------
    >>> out = check_mix({"natural": 0.6, "paid": 0.15, "activity": 0.1, "membership": 0.12, "other": 0.03})
    >>> out[["channel", "share", "status"]].head(2)
       channel  share status
    0  natural   0.60    low
    1     paid   0.15   high
    >>> print(out.loc[1, "advice"])
    付费流量占 15.0%，高于 10%：付费流量超出范围：看投入产出比，店铺可能在花钱买本来免费能来的访客
    >>> print(check_mix({"activity": 0.02}, {"activity": (0.1, 0.2)}, platform="jd").loc[0, "advice"])
    活动流量占 2.0%，低于 10%：活动流量少：报名适合利润空间的京东秒杀或平台活动
    >>> print(check_mix({"natural": 0.5}, {"natural": (0.7, 1.0)}, platform="jd").loc[0, "advice"])
    自然流量占 50.0%，低于 70%：免费流量偏少，店铺靠付费和活动撑着：优化标题、主图和京东搜索、京东推荐的排名
    """
    if isinstance(shares, pd.DataFrame):
        if not {"channel", "share"} <= set(shares.columns):
            raise ValueError(T("bad_shares", columns=list(shares.columns)))
        values = dict(zip(shares["channel"], shares["share"]))
    else:
        values = dict(shares)
    rows = []
    for channel, (low, high) in healthy.items():
        share = float(values.get(channel, 0.0))
        status = "low" if share < low else "high" if share > high else "ok"
        label = _channel_name(channel)
        advice = T(f"mix.{status}", channel=label, share=share, low=low, high=high,
                   **({} if status == "ok" else {"advice": _advice(channel, status, platform)}))
        rows.append({"channel": channel, "label": label, "share": share, "low": low, "high": high,
                     "status": status, "advice": advice})
    out = pd.DataFrame(rows)
    return out.astype({c: "str" for c in ("channel", "label", "status", "advice")})


def describe_healthy_mix(healthy: Mapping[str, tuple[float, float]] = HEALTHY_MIX) -> list[str]:
    """Say the healthy channel ranges in words, for a report's method section.

    Examples
    --------
    >>> describe_healthy_mix({"natural": (0.7, 1.0), "paid": (0.05, 0.10)})[0]
    '健康流量结构（天猫运营手册的经验值，不是平台标准，占店铺访客数的比例）：自然流量至少 70%和付费流量 5%–10%。'
    """
    ranges = []
    for channel, (low, high) in healthy.items():
        name = _channel_name(channel)
        if high >= 1:
            ranges.append(T("mix.at_least", channel=name, low=low))
        elif low <= 0:
            ranges.append(T("mix.at_most", channel=name, high=high))
        else:
            ranges.append(T("mix.range", channel=name, low=low, high=high))
    return [T("mix.rule", ranges=ranges), T("mix.overlap")]
