"""shopanalysis: turn marketplace exports into the reviews an online-shop operator needs.

Read exports with :func:`read_table` / :func:`load_shop` (or the bundled demo with
:func:`load_demo_shop`), compute metrics with the domain modules
(:mod:`~shopanalysis.metrics`, :mod:`~shopanalysis.sales`,
:mod:`~shopanalysis.traffic`, :mod:`~shopanalysis.ppc`, ...), draw with
:mod:`~shopanalysis.plotting`, record a report's headline numbers with
:func:`record`, and run report notebooks with ``shopanalysis run``.

Importing the package has no side effects: the chart style and the CJK font are
set up by :func:`set_style` (or on first use of :mod:`shopanalysis.plotting`), and
submodules other than the light core load when first used.
"""

from __future__ import annotations

import importlib

from ._errors import DataError, DataWarning, ReportStopped
from ._lang import get_language, language, set_language
from ._record import record
from ._shop import Shop

__version__ = "0.1.0"

_SUBMODULES = {
    "metrics", "io", "samples", "checks", "plotting", "runner", "cli",
    "sales", "traffic", "ppc", "customer_service", "checklist", "competitors", "designers", "promo",
    "course", "present", "text", "vocab", "shopinfo", "customers", "weekly", "assortment", "monthly",
}
_LAZY = {
    "read_table": "io",
    "load_shop": "io",
    "demo_dir": "samples",
    "jd_dir": "samples",
    "set_style": "plotting",
}

__all__ = [
    "DataError",
    "DataWarning",
    "ReportStopped",
    "Shop",
    "record",
    "set_language",
    "get_language",
    "language",
    "read_table",
    "load_shop",
    "load_demo_shop",
    "demo_dir",
    "jd_dir",
    "set_style",
    "__version__",
]


def load_demo_shop(**kwargs) -> Shop:
    """Load the bundled demo shop (a women's-apparel Tmall shop, 2025-11-01 to 2026-10-31).

    Keyword arguments go to :func:`load_shop`.
    """
    from .io import load_shop
    from .samples import demo_dir

    return load_shop(demo_dir(), **kwargs)


def __getattr__(name):
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'shopanalysis' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | _SUBMODULES | set(_LAZY))
