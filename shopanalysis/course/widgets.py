"""Widgets the lessons play with: each returns an ipywidgets object, or None without ipywidgets.

A lesson shows one behind its ``interactive`` flag, so a headless run (papermill,
nbval) does not depend on widgets::

    if interactive:
        display(sa.course.widgets.sales_formula(before))

Every number a widget shows comes from the package's functions; the widgets only
move the inputs.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

__all__ = ["routine", "sales_formula", "day_explorer", "mix_explorer"]


def _widgets():
    try:
        import ipywidgets
    except ImportError:  # the course still runs, without the widgets
        return None
    return ipywidgets


def routine(*, share: float = 0.99, days: int = 100):
    """Return sliders for the daily routine: the share done right each day, and the number of days.

    Shows ``share ** days``, the share of perfect that is left, and its curve.
    """
    w = _widgets()
    if w is None:
        return None
    import matplotlib.pyplot as plt

    def show(share, days):
        left = share ** days
        print(f"{share:.3f} ** {days} = {left:.1%} of perfect")
        fig, ax = plt.subplots(figsize=(6, 2.6))
        t = np.arange(days + 1)
        ax.plot(t, share ** t)
        ax.set_ylim(0, max(1.05, left * 1.05))
        ax.set_xlabel("days")
        ax.set_ylabel("share of perfect")
        ax.set_title(f"{share:.1%} right every day")
        plt.show()

    return w.interactive(
        show,
        share=w.FloatSlider(value=share, min=0.90, max=1.02, step=0.005, readout_format=".3f",
                            description="right each day"),
        days=w.IntSlider(value=days, min=1, max=365, description="days"),
    )


def _factors(row) -> tuple[float, float, float]:
    """Return visitors, conversion and 客单价 of a row or frame, computed by the metric functions."""
    from .. import metrics

    data = row.to_frame().T if isinstance(row, pd.Series) else row
    if isinstance(data, Mapping):
        data = pd.DataFrame({k: [v] for k, v in data.items()})
    visitors = float(data["visitors"].astype("float64").sum())
    return visitors, metrics.conversion_rate(data), metrics.avg_order_value(data)


def sales_formula(before, *, title: str = "支付金额 = 访客数 × 支付转化率 × 客单价"):
    """Return sliders for visitors, conversion and 客单价, starting from a day (``before``).

    Moving them shows the new sales (:func:`shopanalysis.metrics.sales_identity`) and
    the log split of the change against ``before``
    (:func:`shopanalysis.metrics.split_sales_change`) as a waterfall.

    Parameters
    ----------
    before : Series, mapping or DataFrame
        The starting day: ``visitors``, ``paying_buyers``, ``paid_amount``.
    """
    w = _widgets()
    if w is None:
        return None
    import matplotlib.pyplot as plt

    from .. import metrics, plotting

    v0, c0, a0 = _factors(before)
    start = {"visitors": v0, "paying_buyers": v0 * c0, "paid_amount": metrics.sales_identity(v0, c0, a0)}

    def show(visitors, conversion_pct, order_value):
        conversion = conversion_pct / 100
        sales = metrics.sales_identity(visitors, conversion, order_value)
        after = {"visitors": visitors, "paying_buyers": visitors * conversion, "paid_amount": sales}
        split = metrics.split_sales_change(start, after)
        print(f"{visitors:,.0f} visitors × {conversion:.2%} × ¥{order_value:,.2f} = ¥{sales:,.0f}  "
              f"({sales / start['paid_amount'] - 1:+.1%} against ¥{start['paid_amount']:,.0f})")
        if np.isfinite(split["yuan"]).all():
            parts = ", ".join(f"{name} {share:+.0%}" for name, share in
                              zip(("visitors", "conversion", "客单价"), split["share"].fillna(0)))
            print(f"share of the change (log split): {parts}")
            steps = dict(zip(("访客数", "转化率", "客单价"), split["yuan"]))
            fig, ax = plt.subplots(figsize=(6, 3.2))
            plotting.plot_waterfall(start["paid_amount"], steps, sales, ax=ax, title=title)
            plt.show()

    return w.interactive(
        show,
        visitors=w.IntSlider(value=round(v0), min=round(v0 * 0.5), max=round(v0 * 1.5), step=50,
                             description="访客数"),
        conversion_pct=w.FloatSlider(value=round(c0 * 100, 2), min=round(c0 * 50, 2), max=round(c0 * 150, 2),
                                     step=0.05, readout_format=".2f", description="转化率 %"),
        order_value=w.FloatSlider(value=round(a0, 1), min=round(a0 * 0.5), max=round(a0 * 1.5), step=5,
                                  readout_format=".0f", description="客单价 ¥"),
    )


def day_explorer(shop_daily: pd.DataFrame, *, start=None, end=None, value=None):
    """Return a day picker and a baseline picker that redraw the day's sales split and its sentences.

    Uses :func:`shopanalysis.sales.compare_day`, :func:`shopanalysis.sales.describe_day`
    and :func:`shopanalysis.plotting.plot_sales_split`.

    Parameters
    ----------
    shop_daily : DataFrame
    start, end : date-like, optional
        The days offered (default: the last 60 days of the data).
    value : date-like, optional
        The day shown first (default: ``end``).
    """
    w = _widgets()
    if w is None:
        return None
    import matplotlib.pyplot as plt

    from .. import plotting, present, sales

    dates = pd.DatetimeIndex(sorted(shop_daily["date"].unique()))
    end = pd.Timestamp(end) if end is not None else dates[-1]
    start = pd.Timestamp(start) if start is not None else end - pd.Timedelta(days=59)
    offered = [d for d in dates if start <= d <= end]
    first = pd.Timestamp(value) if value is not None else offered[-1]
    labels = {"same_weekday_last_week": "上周同日 same weekday last week", "previous_day": "前一天 previous day",
              "trailing_7d_mean": "近7天日均 7-day average"}

    def show(day, baseline):
        comparison = sales.compare_day(shop_daily, day)
        for line in sales.describe_day(comparison, baseline=baseline):
            print(line)
        row = comparison.set_index("baseline").loc[baseline]
        if np.isfinite(row["sales_change"]):
            fig, ax = plt.subplots(figsize=(6, 3.2))
            plotting.plot_sales_split(row, ax=ax)
            plt.show()

    return w.interactive(
        show,
        day=w.Dropdown(options=[(f"{d:%Y-%m-%d} {present.weekday(d)}", d) for d in offered], value=first,
                       description="day"),
        baseline=w.Dropdown(options=[(v, k) for k, v in labels.items()], value="same_weekday_last_week",
                            description="against"),
    )


def mix_explorer(traffic_sources: pd.DataFrame, shop_daily: pd.DataFrame | None = None, *, healthy=None):
    """Return a month picker and a slider for the natural-traffic floor, redrawing the channel mix.

    Uses :func:`shopanalysis.traffic.channel_mix`, :func:`shopanalysis.traffic.check_mix`
    and :func:`shopanalysis.plotting.plot_mix`; ``healthy`` defaults to
    :data:`shopanalysis.traffic.HEALTHY_MIX` (a rule of thumb, not a platform standard).
    """
    w = _widgets()
    if w is None:
        return None
    import matplotlib.pyplot as plt
    from IPython.display import display

    from .. import plotting, present, traffic

    base = dict(traffic.HEALTHY_MIX if healthy is None else healthy)
    months = sorted(pd.DatetimeIndex(traffic_sources["date"]).strftime("%Y-%m").unique())

    def show(month, natural_floor_pct):
        bands = {**base, "natural": (natural_floor_pct / 100, base["natural"][1])}
        mix = traffic.check_mix(traffic.channel_mix(traffic_sources, month, shop_daily=shop_daily), bands)
        fig, ax = plt.subplots(figsize=(6, 3))
        plotting.plot_mix(mix.set_index("channel")["share"], bands, ax=ax, title=f"流量结构 {month}")
        plt.show()
        display(present.table(mix[["label", "share", "low", "high", "status", "advice"]]))

    return w.interactive(
        show,
        month=w.Dropdown(options=months, value=months[-1], description="month"),
        natural_floor_pct=w.IntSlider(value=round(base["natural"][0] * 100), min=40, max=90, step=5,
                                      description="natural ≥ %"),
    )
