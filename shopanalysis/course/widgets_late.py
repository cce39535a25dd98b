"""Widgets of the later lessons (09 and on): each returns an ipywidgets object, or None without ipywidgets.

The same rules as :mod:`shopanalysis.course.widgets`: a lesson shows one behind its
``interactive`` flag, every number comes from the package's functions (the widget only
moves the inputs), each slider starts where the data is and on its step grid
(:func:`shopanalysis.course.widgets.on_grid`), and its words come from the lesson's
catalog, in the package's language. A lesson imports this module in its setup cell::

    from shopanalysis.course import widgets_late

    if interactive:
        display(widgets_late.segment_explorer(orders, observation_end="2026-09-30"))
"""

from __future__ import annotations

import pandas as pd

from ..text.lesson09 import T as T09
from .widgets import _FLOAT, _STYLE, _range, _widgets

__all__ = ["segment_explorer"]


def segment_explorer(orders: pd.DataFrame, *, observation_end, thresholds=None):
    """Return three sliders for the R, F and M thresholds, and the eight segments' sizes they give.

    Starts from the thresholds :func:`shopanalysis.customers.segment_thresholds` gives the
    buyers of ``observation_end`` (the medians, or the shop's own ``thresholds``); each
    move re-segments the same buyers with :func:`shopanalysis.customers.summarize_segments`
    and draws the number of buyers per segment, with the win-back segments
    (:data:`shopanalysis.customers.WINBACK_SEGMENTS`) highlighted.

    Parameters
    ----------
    orders : DataFrame
        The ``orders`` table.
    observation_end : date-like
        The day the buyers are described as of.
    thresholds : mapping, optional
        Where the sliders start (default: the medians).
    """
    w = _widgets()
    if w is None:
        return None
    import matplotlib.pyplot as plt

    from .. import customers as cu
    from .. import vocab
    from ..plotting import plot_bar

    table = cu.customer_table(orders, observation_end=observation_end, phone=None)
    start = cu.segment_thresholds(table, thresholds)
    highlight = [vocab.value_label("segment", s) for s in cu.WINBACK_SEGMENTS]

    def show(recency_days, orders_above, revenue):
        used = {"recency_days": recency_days, "orders": orders_above, "revenue": revenue}
        sizes = cu.summarize_segments(table, thresholds=used)
        sizes = sizes.assign(segment=[vocab.value_label("segment", s) for s in sizes["segment"]])
        keep = sizes.set_index("segment")["customers"]
        print(T09("widget.summary", keep=int(keep[highlight[0]]), listed=int(keep[highlight].sum()),
                  buyers=len(table)))
        fig, ax = plt.subplots(figsize=(7, 3.2))
        plot_bar(sizes, value="customers", label="segment", ax=ax, highlight=highlight, ascending=False,
                 title=T09("widget.title", end=pd.Timestamp(observation_end)), max_label_chars=24)
        fig.tight_layout()
        plt.show()

    days, revenue = float(start["recency_days"]), round(float(start["revenue"]), 2)
    return w.interactive(
        show,
        recency_days=w.FloatSlider(value=days, **_range(days, 30, 365, 1.0), readout_format=".0f",
                                   description=T09("widget.recency"), **_FLOAT),
        orders_above=w.IntSlider(value=int(start["orders"]), min=1, max=max(5, int(start["orders"])),
                                 description=T09("widget.orders"), style=_STYLE),
        revenue=w.FloatSlider(value=revenue, **_range(revenue, 50, 1000, 1.0), readout_format=".2f",
                              description=T09("widget.revenue"), **_FLOAT),
    )
