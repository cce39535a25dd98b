"""Record a report's headline numbers so they land in ``metrics.json``.

A report notebook ends with ``sa.record("mtd_sales", pacing.mtd_sales)``. Inside a
kernel the value is published as a display output of its own MIME type, which
front-ends do not render and the runner (or anyone holding the executed notebook)
reads back with :func:`read_recorded`. This works the same whether the notebook was
run by ``shopanalysis run``, by the plain ``papermill`` CLI, or in Jupyter Lab.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Mapping

__all__ = ["record", "read_recorded", "METRIC_MIME"]

#: The MIME type of a recorded metric in a notebook's outputs.
METRIC_MIME = "application/vnd.shopanalysis.metric+json"


def _jsonable(value):
    """Turn numpy/pandas scalars, dates and NaN into plain JSON values."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if hasattr(value, "item") and not isinstance(value, (list, tuple, dict)):  # numpy / pandas scalar
        try:
            value = value.item()
        except (ValueError, AttributeError):
            pass
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    if hasattr(value, "isoformat"):  # pandas Timestamp
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "tolist"):
        return _jsonable(value.tolist())
    from .text.metrics import T

    raise TypeError(T("record.value", kind=type(value).__name__))


def record(name: str, value):
    """Record one headline number of a report under a stable ``name``.

    Parameters
    ----------
    name : str
        A stable snake_case name (``mtd_sales``, ``conversion_rate``): tools and
        tests read ``metrics.json`` by it.
    value : number, str, bool, date, or a list / dict of them
        NaN is recorded as ``null``.

    Returns
    -------
    None
        Nothing, so a cell that ends with ``record(...)`` shows nothing in the report.

    Examples
    --------
    >>> record("conversion_rate", 0.0235)
    """
    if not isinstance(name, str) or not name.isidentifier():
        from .text.metrics import T

        raise ValueError(T("record.name", name=repr(name)))
    clean = _jsonable(value)
    try:
        from IPython import get_ipython
    except ImportError:  # plain Python without IPython: nothing to publish to
        return None
    if get_ipython() is not None:
        from IPython.display import display

        display({METRIC_MIME: {"name": name, "value": clean}}, raw=True)


def read_recorded(nb) -> dict:
    """Return the metrics recorded in an executed notebook, in the order recorded.

    ``nb`` is an ``nbformat.NotebookNode`` (or the dict of one). A name recorded
    twice keeps its last value.
    """
    out = {}
    for cell in nb["cells"]:
        for output in cell.get("outputs", []):
            data = output.get("data", {}) if output.get("output_type") == "display_data" else {}
            if METRIC_MIME in data:
                item = data[METRIC_MIME]
                out[item["name"]] = item["value"]
    return out
