"""Widgets the lessons play with: each returns an ipywidgets object, or None without ipywidgets.

A lesson shows one behind its ``interactive`` flag, so a headless run (papermill,
nbval) does not depend on widgets::

    if interactive:
        display(sa.course.widgets.sales_formula(before))

Every number a widget shows comes from the package's functions; the widgets only
move the inputs. Each starts where the data is, on its sliders' step grid (a browser
snaps a slider to ``min + k * step``, so a start value off the grid would move by
itself before anything is touched: :func:`on_grid` places ``min`` and ``max`` around
the start value instead), shows full labels, and draws its chart as soon as it is
built.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd

from ..text.course_widgets import T

__all__ = ["routine", "sales_formula", "day_explorer", "mix_explorer", "undercut_explorer", "keyword_sample",
           "image_test_explorer", "inquiry_cost", "on_grid"]

#: Slider labels are shown whole (ipywidgets cuts them at a fixed width by default).
_STYLE = {"description_width": "initial"}
#: A float slider's keywords: a browser rounds a start value like 2.0052 to its display and, with
#: continuous updates on, sends it back before anyone touches the slider (a phantom change and a
#: redraw); updating when the handle is let go stops that (tests/test_browser.py).
_FLOAT = {"style": _STYLE, "continuous_update": False}


def _money(x: float, digits: int = 0) -> str:
    """Write an amount the way the widgets print it, exact to the yuan (or fen): ¥41,936."""
    return f"-¥{-x:,.{digits}f}" if x < 0 else f"¥{x:,.{digits}f}"


def _widgets():
    try:
        import ipywidgets
    except ImportError:  # the course still runs, without the widgets
        return None
    return ipywidgets


def on_grid(value: float, low: float, high: float, step: float) -> tuple[float, float]:
    """Return (min, max) near ``low`` and ``high`` such that ``value`` is on the grid ``min + k * step``.

    A browser's slider only stops on that grid; a start value off it is snapped (6533
    with step 50 becomes 6550) and the widget changes before the learner touches it.

    Examples
    --------
    >>> on_grid(6533, 3266, 9800, 50)
    (3283, 9783)
    >>> on_grid(43.62, 10, 80, 0.5)
    (10.12, 79.62)
    """
    below = math.floor((value - low) / step + 1e-9)
    above = math.floor((high - value) / step + 1e-9)
    lo, hi = value - below * step, value + above * step
    if isinstance(value, int) and isinstance(step, int):
        return int(lo), int(hi)
    return round(lo, 10), round(hi, 10)  # without float noise (43.62 - 67 * 0.5 is 10.120000000000005)


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
        print(T("routine.line", share=share, days=days, left=left))
        fig, ax = plt.subplots(figsize=(6, 2.6))
        t = np.arange(days + 1)
        ax.plot(t, share ** t)
        ax.set_ylim(0, max(1.05, left * 1.05))
        ax.set_xlabel(T("routine.xlabel"))
        ax.set_ylabel(T("routine.ylabel"))
        ax.set_title(T("routine.title", share=share))
        plt.show()

    return w.interactive(
        show,
        share=w.FloatSlider(value=share, **_range(share, 0.90, 1.02, 0.005), readout_format=".3f",
                            description=T("routine.share"), **_FLOAT),
        days=w.IntSlider(value=days, min=1, max=365, description=T("routine.days"), style=_STYLE),
    )


def _factors(row) -> tuple[float, float, float]:
    """Return visitors, conversion and 客单价 of a row or frame, computed by the metric functions."""
    from .. import metrics

    data = row.to_frame().T if isinstance(row, pd.Series) else row
    if isinstance(data, Mapping):
        data = pd.DataFrame({k: [v] for k, v in data.items()})
    visitors = float(data["visitors"].astype("float64").sum())
    return visitors, metrics.conversion_rate(data), metrics.avg_order_value(data)


def sales_formula(before, *, title: str | None = None):
    """Return sliders for visitors, conversion and 客单价, starting from a day (``before``).

    Moving them shows the new sales (:func:`shopanalysis.metrics.sales_identity`) and
    the log split of the change against ``before``
    (:func:`shopanalysis.metrics.split_sales_change`) as a waterfall.

    Parameters
    ----------
    before : Series, mapping or DataFrame
        The starting day: ``visitors``, ``paying_buyers``, ``paid_amount``.
    title : str, optional
        The chart's title (default: the formula, 支付金额 = 访客数 × 支付转化率 × 客单价).
    """
    w = _widgets()
    if w is None:
        return None
    import matplotlib.pyplot as plt

    from .. import metrics, plotting

    title = T("bilingual.sales.title") if title is None else title
    v0, c0, a0 = _factors(before)
    v0 = float(round(v0))  # a whole number of visitors, as the slider holds it
    start = {"visitors": v0, "paying_buyers": v0 * c0, "paid_amount": metrics.sales_identity(v0, c0, a0)}

    factors = ("visitors", "conversion", "order_value")

    def show(visitors, conversion_pct, order_value):
        conversion = conversion_pct / 100
        sales = metrics.sales_identity(visitors, conversion, order_value)
        after = {"visitors": visitors, "paying_buyers": visitors * conversion, "paid_amount": sales}
        split = metrics.split_sales_change(start, after)
        print(T("sales.line", visitors=f"{visitors:,.0f}", rate=conversion, order_value=_money(order_value, 2),
                sales=_money(sales), change=sales / start["paid_amount"] - 1, start=_money(start["paid_amount"])))
        if np.isfinite(split["yuan"]).all():  # also before anything moved: the chart is there at once
            if abs(split.attrs["total"]["change"]) >= 0.5:  # not a rounding phantom: less than a yuan is no change
                parts = T("sep").join(T("sales.part", name=T(f"bilingual.sales.step.{key}"), share=share)
                                  for key, share in zip(factors, split["share"].fillna(0)))
                print(T("sales.parts", parts=parts))
            steps = dict(zip((T(f"bilingual.sales.step.{key}") for key in factors), split["yuan"]))
            fig, ax = plt.subplots(figsize=(6, 3.2))
            plotting.plot_waterfall(start["paid_amount"], steps, sales, ax=ax, title=title)
            plt.show()

    # the sliders start at the day's exact figures, each on its own grid, so the first view is the day itself
    visitors = int(round(v0))
    v_lo, v_hi = on_grid(visitors, round(v0 * 0.5), round(v0 * 1.5), 50)
    c_lo, c_hi = on_grid(c0 * 100, c0 * 50, c0 * 150, 0.05)
    a_lo, a_hi = on_grid(a0, a0 * 0.5, a0 * 1.5, 5)
    return w.interactive(
        show,
        visitors=w.IntSlider(value=visitors, min=v_lo, max=v_hi, step=50, description=T("bilingual.sales.visitors"),
                             style=_STYLE),
        conversion_pct=w.FloatSlider(value=c0 * 100, min=c_lo, max=c_hi, step=0.05, readout_format=".2f",
                                     description=T("bilingual.sales.conversion"), **_FLOAT),
        order_value=w.FloatSlider(value=a0, min=a_lo, max=a_hi, step=5, readout_format=".0f",
                                  description=T("bilingual.sales.order_value"), **_FLOAT),
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

    from .. import plotting, present, sales, vocab

    dates = pd.DatetimeIndex(sorted(shop_daily["date"].unique()))
    end = pd.Timestamp(end) if end is not None else dates[-1]
    start = pd.Timestamp(start) if start is not None else end - pd.Timedelta(days=59)
    offered = [d for d in dates if start <= d <= end]
    first = pd.Timestamp(value) if value is not None else offered[-1]
    labels = {b: vocab.value_label("baseline", b) for b in sales.BASELINES}

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
        day=w.Dropdown(options=[(T("day.option", day=d, weekday=present.weekday(d)), d) for d in offered],
                       value=first, description=T("day.day"), style=_STYLE),
        baseline=w.Dropdown(options=[(v, k) for k, v in labels.items()], value="same_weekday_last_week",
                            description=T("day.against"), style=_STYLE),
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

    floor = int(round(base["natural"][0] * 100))

    def show(month, natural_floor_pct):
        bands = {**base, "natural": (natural_floor_pct / 100, base["natural"][1])}
        mix = traffic.check_mix(traffic.channel_mix(traffic_sources, month, shop_daily=shop_daily), bands)
        fig, ax = plt.subplots(figsize=(6, 3))
        plotting.plot_mix(mix.set_index("channel")["share"], bands, ax=ax, title=T("mix.title", month=month))
        plt.show()
        display(present.table(mix[["channel", "share", "low", "high", "status", "advice"]]))

    return w.interactive(
        show,
        month=w.Dropdown(options=months, value=months[-1], description=T("mix.month"), style=_STYLE),
        natural_floor_pct=w.IntSlider(value=floor, **_range(floor, 40, 90, 5), description=T("mix.floor"),
                                      style=_STYLE),
    )


def undercut_explorer(competitors: pd.DataFrame, date, *, our_shop: str, products: pd.DataFrame | None = None,
                      best_sellers: int = 5, threshold: float = 0.10):
    """Return a picker of our best sellers and a slider for the undercut threshold, redrawing the price map.

    For the chosen best seller it draws every product of its 类目 at the snapshot,
    price against 月销量 (:func:`shopanalysis.competitors.list_products`), with the
    rival products that undercut it by the threshold or more marked
    (:func:`shopanalysis.competitors.find_undercuts`), and prints what
    :func:`shopanalysis.competitors.suggest` says about the best-selling one.

    Parameters
    ----------
    competitors : DataFrame
        The ``competitors`` table.
    date : date-like
        The snapshot (the nearest on or before it).
    our_shop : str
        Our shop's name in the table.
    products : DataFrame, optional
        Our ``products`` table: with it the advice says what matching the price leaves
        over the unit cost.
    best_sellers : int, default 5
        How many of our best sellers to offer.
    threshold : float, default 0.10
        The starting threshold (0.10 = 10% cheaper).
    """
    w = _widgets()
    if w is None:
        return None
    import matplotlib.pyplot as plt
    from IPython.display import display

    from .. import competitors as cp
    from .. import plotting, present

    ours = cp.list_products(competitors, date, our_shop=our_shop)
    ours = ours.loc[ours["is_ours"]].head(best_sellers).reset_index(drop=True)
    name = "title" if "title" in ours.columns else "product_id"
    choices = [(T("bilingual.undercut.choice", rank=i + 1, name=r[name], category=r["category"], price=r["price"],
                  sold=r["monthly_sales"]), i + 1) for i, r in ours.iterrows()]
    day = cp.resolve_snapshot(competitors, date)

    def show(rank, threshold_pct):
        threshold = threshold_pct / 100
        mine = ours.iloc[rank - 1]
        cuts = cp.find_undercuts(competitors, date, our_shop=our_shop, threshold=threshold,
                                 best_sellers=best_sellers, per_product=None)
        cuts = cuts.loc[cuts["our_title"] == mine[name]]
        now = cp.snapshot(competitors, date)  # with product_id: two products of a shop can share a title
        rivals = now.loc[(now["category"] == mine["category"]) & (now["shop"] != our_shop)]
        marked = pd.MultiIndex.from_frame(rivals[["shop", "product_id"]]).isin(
            pd.MultiIndex.from_frame(cuts[["shop", "product_id"]]))
        fig, ax = plt.subplots(figsize=(6.5, 3.8))
        ax.scatter(rivals.loc[~marked, "price"], rivals.loc[~marked, "monthly_sales"], color=plotting.MUTED_COLOR,
                   s=28, label=T("undercut.rivals"))
        ax.scatter(rivals.loc[marked, "price"], rivals.loc[marked, "monthly_sales"], color=plotting.ALERT_COLOR,
                   s=40, label=T("undercut.cheaper", threshold=threshold))
        ax.scatter([mine["price"]], [mine["monthly_sales"]], color=plotting.TOTAL_COLOR, marker="D", s=70,
                   label=T("undercut.ours", name=mine[name]), zorder=3)
        ax.xaxis.set_major_formatter(plotting.yuan_formatter())
        ax.set(xlabel=T("undercut.price"), ylabel=T("bilingual.undercut.sales"),
               title=T("undercut.title", category=mine["category"], day=day))
        ax.legend(fontsize=8, loc="best")
        fig.tight_layout()
        plt.show()
        print(T("undercut.line", n=len(cuts), category=mine["category"], threshold=threshold, name=mine[name],
                price=mine["price"]))
        if len(cuts):
            for line in cp.suggest(undercuts=cuts, products=products, top=1):
                print(line)
            shown = [c for c in ("shop", "title", "price", "monthly_sales", "undercut_pct", "sales_ratio", "rating")
                     if c in cuts.columns]
            display(present.table(cuts[shown].head(8), number=["monthly_sales", "sales_ratio", "rating"]))

    return w.interactive(
        show,
        rank=w.Dropdown(options=choices, value=1, description=T("undercut.rank"), style=_STYLE,
                        layout=w.Layout(width="520px")),
        threshold_pct=w.IntSlider(value=int(round(threshold * 100)), **_range(int(round(threshold * 100)), 5, 50, 5),
                                  description=T("undercut.threshold"), style=_STYLE),
    )


def keyword_sample(ppc_keywords: pd.DataFrame, keyword: str, *, products: pd.DataFrame | None = None,
                   margin: float | None = None, start=None, end=None, clicks: int = 20, orders: int = 0,
                   target_roi: float = 3.0):
    """Return clicks and orders sliders for one 直通车 keyword, redrawing the ROI range the data allows and the decision.

    "Small samples lie": the keyword keeps its own CPC, CTR, 客单价, bid and product, and
    the rest of the account stays as the data has it; the sliders only replace the
    keyword's clicks and orders. Each move reruns :func:`shopanalysis.ppc.prune_keywords`,
    which gives the keyword's ROI range (low bound, estimate, high bound), its break-even
    ROI, its decision and the sentence behind it. Zero orders in 20 clicks is
    ``observe``; zero orders in 500 is ``delete``.

    Parameters
    ----------
    ppc_keywords : DataFrame
        The ``ppc_keywords`` table.
    keyword : str
        The keyword to play with (its campaign is the one where it had the most clicks).
    products, margin
        The margins for the break-even ROI, as :func:`~shopanalysis.ppc.prune_keywords` takes them.
    start, end : date-like, optional
        The window (default every day in the table).
    clicks, orders : int, default 20 and 0
        Where the sliders start.
    target_roi : float, default 3.0
    """
    w = _widgets()
    if w is None:
        return None
    import matplotlib.pyplot as plt

    from .. import metrics, plotting, ppc

    rules = dict(products=products, margin=margin, target_roi=target_roi)
    real = ppc.prune_keywords(ppc_keywords, start=start, end=end, **rules)
    found = real[real["keyword"] == keyword]
    if found.empty:
        raise ValueError(T("keyword.none", keyword=repr(keyword)))
    r = found.sort_values("clicks", kind="stable").iloc[-1]
    campaign = r["campaign"]
    # every other keyword as prune_keywords summed it over the window (one row each: sums are all it needs)
    columns = [c for c in ("campaign", "keyword", "product_id", "bid", "impressions", "clicks", "cost", "orders",
                           "gmv") if c in real.columns]
    others = real.loc[~((real["campaign"] == campaign) & (real["keyword"] == keyword)), columns]
    others = others.assign(date=pd.Timestamp(real.attrs["end"]))
    # the keyword's own prices, its campaign's where it has none yet
    cpc = r["cpc"] if np.isfinite(r["cpc"]) else metrics.cpc(others[others["campaign"] == campaign])
    ctr = r["ctr"] if np.isfinite(r["ctr"]) and r["ctr"] > 0 else r["campaign_ctr"]
    palette = plotting.DECISION_COLORS

    def show(clicks, orders):
        orders = min(orders, clicks)
        one = pd.DataFrame({"date": [pd.Timestamp(real.attrs["end"])], "campaign": [campaign], "keyword": [keyword],
                            "product_id": [r.get("product_id")], "bid": [r["bid"]],
                            "impressions": [int(round(clicks / ctr))], "clicks": [clicks], "cost": [clicks * cpc],
                            "orders": [orders], "gmv": [orders * r["order_value"]]})
        out = ppc.prune_keywords(pd.concat([others, one], ignore_index=True), campaign=campaign, **rules)
        s = out[out["keyword"] == keyword].iloc[0]
        print(T("keyword.line", decision=ppc.decision_label(s["decision"]), reason=s["reason"]))
        if clicks == 0:
            return
        cases = [(T("keyword.data", clicks=int(r["clicks"]), orders=int(r["orders"])), r),
                 (T("keyword.sliders", clicks=clicks, orders=orders), s)]
        fig, ax = plt.subplots(figsize=(7, 2.4))
        for y, (name, c) in enumerate(cases):
            color = palette.get(c["decision"], plotting.TOTAL_COLOR)
            ax.plot([c["roi_low"], c["roi_high"]], [y, y], color=color, linewidth=7, solid_capstyle="butt",
                    alpha=0.8)
            ax.plot([c["roi_est"]], [y], "o", color="white", markeredgecolor=color, markersize=9)
            ax.annotate(T("keyword.range", decision=ppc.decision_label(c["decision"]), low=c["roi_low"],
                          high=c["roi_high"]),
                        (c["roi_high"], y), xytext=(6, -4), textcoords="offset points", fontsize="small")
        ax.axvline(s["break_even_roi"], color="#555555", linestyle=":", linewidth=1.2)
        ax.axvline(target_roi, color="#555555", linewidth=1.2)
        top = max(s["roi_high"], r["roi_high"], target_roi) * 1.3
        for x, text in ((s["break_even_roi"], T("keyword.break_even")), (target_roi, T("keyword.target"))):
            ax.annotate(text, (x, 1.0), xycoords=("data", "axes fraction"), xytext=(3, -12),
                        textcoords="offset points", fontsize="small", color="#555555")
        ax.set(xlim=(0, top), ylim=(-0.7, 1.7), yticks=[0, 1], yticklabels=[name for name, _ in cases],
               xlabel=T("keyword.xlabel"), title=T("keyword.title", keyword=keyword, campaign=campaign))
        ax.grid(axis="y", visible=False)
        plt.show()

    return w.interactive(
        show,
        clicks=w.IntSlider(value=clicks, **_range(clicks, 0, 1500, 10), description=T("bilingual.keyword.clicks"),
                           continuous_update=False, style=_STYLE),
        orders=w.IntSlider(value=orders, min=0, max=40, description=T("bilingual.keyword.orders"),
                           continuous_update=False, style=_STYLE),
    )


def image_test_explorer(products_daily: pd.DataFrame, *, product=None, days: int | None = None,
                        window_days: int = 14, min_clicks: int = 200):
    """Return a picker of main-image changes and a "days after the change" slider, redrawing the test.

    For the chosen change it judges the before/after test with the data of the first
    ``days`` days after it (:func:`shopanalysis.designers.compare_image_versions` with
    ``as_of``), draws the product's daily 点击率 (:func:`shopanalysis.designers.image_ctr`)
    with each side's CTR (a ratio of sums) and the days not seen yet, and the lift's
    interval against zero, coloured by the verdict, shown by its label
    (:func:`shopanalysis.vocab.value_label`): 数据不足 (too little data) turns into
    新图胜出, 新图落败 or 尚无定论 (a win, a loss, no clear difference) once the window
    has closed.

    Parameters
    ----------
    products_daily : DataFrame
        The ``products_daily`` table (``main_image`` needed).
    product : str, optional
        The product shown first, by name or ID (its latest change); default the
        latest change in the data.
    days : int, optional
        Days after the change seen first (default ``window_days``).
    window_days, min_clicks : int, default 14, 200
        Passed to :func:`~shopanalysis.designers.compare_image_versions`.
    """
    w = _widgets()
    if w is None:
        return None
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from .. import designers, plotting, vocab

    changes = designers.list_image_changes(products_daily)
    if changes.empty:
        raise ValueError(T("image.no_change"))
    last_day = pd.Timestamp(products_daily["date"].max())
    options = [(T("image.option", name=r.product_name, old=r.version_before, new=r.version_after, day=r.change_date), i)
               for i, r in changes.iterrows()]
    first = changes.index[-1]
    if product is not None:
        mine = changes.index[(changes["product_name"] == product) | (changes["product_id"].astype(str) == str(product))]
        if not len(mine):
            raise ValueError(T("image.unknown", product=repr(product), products=sorted(changes["product_name"].unique())))
        first = mine[-1]
    colors = {designers.WIN: plotting.UP_COLOR, designers.LOSS: plotting.DOWN_COLOR,
              designers.NO_DIFFERENCE: plotting.MUTED_COLOR, designers.TOO_EARLY: plotting.ALERT_COLOR}
    window = pd.Timedelta(days=int(window_days))
    if days is not None and not 1 <= int(days) <= int(window_days):
        raise ValueError(T("image.days", days=repr(days), window=window_days))
    one = pd.Timedelta(days=1)

    def show(change, days_after):
        ev = changes.loc[change]
        as_of = min(ev["change_date"] + pd.Timedelta(days=days_after - 1), last_day)
        tests = designers.compare_image_versions(products_daily, as_of=as_of, window_days=window_days,
                                                 min_clicks=min_clicks)
        row = tests.loc[(tests["product_id"] == ev["product_id"]) & (tests["change_date"] == ev["change_date"])].iloc[0]
        start = ev["change_date"] - window
        if pd.notna(ev["previous_change"]) and ev["previous_change"] > start:
            start = ev["previous_change"]
        end = row["window_end"]
        daily = designers.image_ctr(products_daily, start=start, end=min(end, as_of), freq="D")
        daily = daily.loc[daily["product_id"] == ev["product_id"]]
        seen = min(row["days_after"], window_days)
        print(T("image.live", name=ev["product_name"], old=ev["version_before"], new=ev["version_after"],
                change=ev["change_date"], as_of=as_of, seen=seen, window=window_days, end=end))
        print(T("bilingual.image.ctr", before=row["ctr_before"], clicks_before=row["clicks_before"],
                after=row["ctr_after"], clicks_after=row["clicks_after"], lift=row["lift"], low=row["lift_low"],
                high=row["lift_high"]))
        verdict = vocab.value_label("verdict", row["verdict"])
        print(T("image.verdict_promo", verdict=verdict, promo=row["promo"]) if row["promo"]
              else T("image.verdict", verdict=verdict))

        fig, (top, bottom) = plt.subplots(2, 1, figsize=(8, 4.4), gridspec_kw={"height_ratios": [3, 1]})
        before = daily.loc[daily["date"] < ev["change_date"]]
        after = daily.loc[daily["date"] >= ev["change_date"]]
        top.plot(before["date"], before["ctr"], "o-", color=plotting.MUTED_COLOR, label=ev["version_before"])
        top.plot(after["date"], after["ctr"], "o-", color=plotting.TOTAL_COLOR, label=ev["version_after"])
        top.hlines(row["ctr_before"], start, ev["change_date"] - one, color=plotting.MUTED_COLOR, linestyle="--")
        if len(after):
            top.hlines(row["ctr_after"], ev["change_date"], after["date"].max(), color=plotting.TOTAL_COLOR,
                       linestyle="--")
        if as_of < end:
            top.axvspan(as_of + one / 2, end + one / 2, color="#EEEEEE", zorder=0, label=T("image.not_seen"))
        top.axvline(ev["change_date"] - one / 2, color="#555555", linestyle=":", linewidth=1.2)
        top.set_xlim(start - one, end + one)
        top.yaxis.set_major_formatter(plotting.pct_formatter())
        top.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=8))
        top.xaxis.set_major_formatter(mdates.DateFormatter("%m-%d"))
        top.set_title(T("bilingual.image.title", name=ev["product_name"]))
        top.legend(title=T("image.legend"), fontsize="small", loc="upper left", bbox_to_anchor=(1.01, 1))
        color = colors.get(row["verdict"], "#333333")
        if np.isfinite(row["lift_low"]):
            spread = [[row["lift"] - row["lift_low"]], [row["lift_high"] - row["lift"]]]
            bottom.errorbar([row["lift"]], [0], xerr=spread, fmt="o", capsize=5, color=color)
        bottom.axvline(0, color="#555555", linewidth=1)
        reach = max(0.3, *(abs(x) for x in (row["lift_low"], row["lift_high"]) if np.isfinite(x)))
        bottom.set_xlim(-reach * 1.1, reach * 1.1)
        bottom.set_yticks([])
        bottom.xaxis.set_major_formatter(plotting.pct_formatter())
        bottom.set_title(T("image.lift", verdict=verdict), color=color, fontsize="medium")
        fig.tight_layout()
        plt.show()

    return w.interactive(
        show,
        change=w.Dropdown(options=options, value=first, description=T("image.change"), style=_STYLE,
                          layout=w.Layout(width="32em")),
        days_after=w.IntSlider(value=int(days or window_days), min=1, max=int(window_days),
                               description=T("image.days_after"), style=_STYLE),
    )


def inquiry_cost(cs_daily: pd.DataFrame, ppc_keywords: pd.DataFrame, *, start=None, end=None,
                 missed_per_day: int = 5, days: int = 30):
    """Return sliders for CPC, click conversion and inquiry conversion: what one inquiry costs, and a month of missed ones.

    Starts from the period's figures (:func:`shopanalysis.customer_service.summarize_inquiry_value`);
    each value shown is :func:`shopanalysis.customer_service.cost_per_inquiry`, and a
    month of missed inquiries is ``missed a day x days x`` that. The curve shows the
    month's cost for 0 to 50 missed inquiries a day.

    Parameters
    ----------
    cs_daily, ppc_keywords : DataFrame
        The ``cs_daily`` and ``ppc_keywords`` tables.
    start, end : date-like, optional
        The period the sliders start from (default: every day).
    missed_per_day : int, default 5
        Inquiries a day left without a (timely) reply, where the slider starts.
    days : int, default 30
        Days in the month.
    """
    w = _widgets()
    if w is None:
        return None
    import matplotlib.pyplot as plt

    from .. import customer_service as cs
    from ..plotting import yuan_formatter

    v = cs.summarize_inquiry_value(cs_daily, ppc_keywords, start=start, end=end)

    def show(cpc, click_conversion_pct, inquiry_conversion_pct, missed):
        click, inquiry = click_conversion_pct / 100, inquiry_conversion_pct / 100
        one = cs.cost_per_inquiry(cpc, click, inquiry)
        order = cs.cost_per_inquiry(cpc, click, 1.0)
        print(T("bilingual.inquiry.order", cpc=cpc, click=click, order=_money(order, 2)))
        print(T("bilingual.inquiry.one", order=_money(order, 2), inquiry=inquiry, one=_money(one, 2)))
        print(T("inquiry.month", missed=missed, days=days, total=_money(missed * days * one)))
        if not np.isfinite(one):
            return
        fig, ax = plt.subplots(figsize=(6, 2.8))
        x = np.arange(0, 51)
        ax.plot(x, x * days * one)
        ax.plot([missed], [missed * days * one], "o")
        ax.annotate(_money(missed * days * one), (missed, missed * days * one), xytext=(6, 6),
                    textcoords="offset points")
        ax.yaxis.set_major_formatter(yuan_formatter())
        ax.set_xlabel(T("inquiry.xlabel"))
        ax.set_ylabel(T("inquiry.ylabel", days=days))
        ax.set_title(T("bilingual.inquiry.title", one=_money(one, 2)))
        fig.tight_layout()
        plt.show()

    # the sliders start at the period's exact figures (shown rounded), so the first
    # numbers match summarize_inquiry_value's; each grid is placed around them
    cpc, click, inquiry = float(v["cpc"]), float(v["click_conversion"]) * 100, float(v["inquiry_conversion"]) * 100
    return w.interactive(
        show,
        cpc=w.FloatSlider(value=cpc, **_range(cpc, 0.2, 5.0, 0.01), readout_format=".2f",
                          description=T("bilingual.inquiry.cpc"),
                          **_FLOAT),
        click_conversion_pct=w.FloatSlider(value=click, **_range(click, 0.3, 5.0, 0.01), readout_format=".2f",
                                           description=T("bilingual.inquiry.click"), **_FLOAT),
        inquiry_conversion_pct=w.FloatSlider(value=inquiry, **_range(inquiry, 10, 80, 0.5), readout_format=".1f",
                                             description=T("bilingual.inquiry.inquiry"), **_FLOAT),
        missed=w.IntSlider(value=missed_per_day, min=0, max=50, description=T("inquiry.missed"), style=_STYLE),
    )


def _range(value: float, low: float, high: float, step: float) -> dict:
    """Return min, max and step for a slider starting at ``value``, its grid through ``value`` (:func:`on_grid`)."""
    lo, hi = on_grid(value, min(low, value), max(high, value), step)
    return {"min": lo, "max": hi, "step": step}
