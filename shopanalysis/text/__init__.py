"""The text layer: every sentence a user sees, as a template in Chinese and English.

Domain modules compute numbers and choose a template; they never write a sentence
of their own, and never branch on the language. Each domain keeps its templates in
one module of this package (``shopanalysis/text/sales.py`` for
:mod:`shopanalysis.sales`, ...), as one :class:`Catalog`::

    T = Catalog("sales", {
        "pace.on_track": ("进度正常：比计划多 {ahead:yuan}。",
                          "On track: {ahead:yuan} ahead of the plan."),
    })

and the domain module renders one with ``T("pace.on_track", ahead=1234.5)``. The
language is the package's (:func:`shopanalysis.set_language`, ``SHOPANALYSIS_LANG``,
default ``zh``) unless ``lang=`` is given.

Placeholders are named, and their format spec says how the value reads in each
language, so a template gets raw numbers, never pre-formatted text:

=========== ===================================== ==============================
spec        zh                                    en
=========== ===================================== ==============================
``yuan``    ¥1.68万 (``+yuan`` signed)           ¥16.8K
``num``     12.35万 (``+num`` signed)            123.5K
``int``     1,235 (a count, rounded)              1,235
``pct``     2.4% (``pct2`` 2.35%, ``+pct0`` +5%)  the same
``pp``      +0.12 个百分点                        +0.12 pp
``x``       ×1.35                                 ×1.35
``day``     10-15 周四                            Thu 10-15
``md``      10-15                                 10-15
``date``    2026-10-15                            2026-10-15
``list``    小雨、晓雯和阿杰                      a, b and c
``a|b``     (any text: the English plural pick)   1 day / 3 days with ``day|days``
=========== ===================================== ==============================

Any other spec is Python's own (``{n:.1f}``). A catalog may also carry the labels of
its domain's columns (``labels=``) and enum values (``values=``); they join the one
vocabulary of :mod:`shopanalysis.vocab`, where a test checks that no name is defined
twice.

Examples
--------
>>> T = Catalog("example", {"sold": ("卖出 {amount:yuan}，{n} 天", "Sold {amount:yuan} in {n} {n:day|days}")},
...             register=False)
>>> T("sold", amount=16800, n=3, lang="zh"), T("sold", amount=16800, n=1, lang="en")
('卖出 ¥1.68万，3 天', 'Sold ¥16.8K in 1 day')
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
import string
from collections.abc import Mapping

import numpy as np
import pandas as pd

from .._format import (_NO_VALUE, _whole_number, format_day, format_multiple, format_number, format_pct,
                       format_points, format_yuan, join_words)
from .._lang import LANGUAGES, get_language

__all__ = ["Catalog", "CATALOGS", "render", "all_catalogs", "placeholders", "format_value"]

#: Every catalog loaded so far, by domain (:func:`all_catalogs` loads them all).
CATALOGS: dict[str, Catalog] = {}

_SPEC = re.compile(r"^(?P<sign>\+?)(?P<kind>yuan|num|int|pct|pp|x|day|md|date|month|list)(?P<digits>\d?)$")


def format_value(value, spec: str, lang: str) -> str:
    """Format one placeholder's value by its spec in ``lang`` (the table in the module docstring)."""
    if "|" in spec:  # an English plural pick: {n:day|days}
        one, many = spec.split("|", 1)
        return one if _is_one(value) else many
    parsed = _spec(spec)
    if parsed is None:
        if value is None or (isinstance(value, float) and np.isnan(value)):
            return _NO_VALUE
        return format(value, spec)
    sign, kind, digits = parsed
    if kind == "yuan":
        return format_yuan(value, sign=sign, lang=lang, **({"digits": int(digits)} if digits else {}))
    if kind == "num":
        return format_number(value, sign=sign, lang=lang, **({"digits": int(digits)} if digits else {}))
    if kind == "int":
        return _whole_number(value, sign=sign, lang=lang)
    if kind == "pct":
        return format_pct(value, int(digits) if digits else 1, sign=sign)
    if kind == "pp":
        return format_points(value, int(digits) if digits else 2, lang=lang)
    if kind == "x":
        return format_multiple(value, int(digits) if digits else 2)
    if kind == "day":
        return format_day(value, lang=lang)
    if kind in ("md", "date", "month"):
        if value is None or pd.isna(value):
            return _NO_VALUE
        return f"{pd.Timestamp(value):{ {'md': '%m-%d', 'date': '%Y-%m-%d', 'month': '%Y-%m'}[kind] }}"
    return join_words(value, lang=lang)  # list


@functools.lru_cache(maxsize=256)
def _spec(spec: str) -> tuple[bool, str, str] | None:
    """Return (signed, kind, digits) of one of the specs in the table above, or None for Python's own."""
    match = _SPEC.match(spec)
    return (match["sign"] == "+", match["kind"], match["digits"]) if match else None


def _is_one(value) -> bool:
    try:
        return float(value) == 1
    except (TypeError, ValueError):
        return False


class _Formatter(string.Formatter):
    def __init__(self, lang: str):
        self.lang = lang

    def format_field(self, value, format_spec):
        return format_value(value, format_spec, self.lang)


def placeholders(template: str) -> set[str]:
    """Return the names of a template's placeholders.

    Examples
    --------
    >>> sorted(placeholders("{a:yuan} and {b} ({a:pct})"))
    ['a', 'b']
    """
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


class Catalog:
    """The templates (and labels) of one domain, in every language of :data:`LANGUAGES`.

    Parameters
    ----------
    domain : str
        The domain's name (``"sales"``); it names the catalog in errors and tests.
    texts : mapping of str to tuple of str
        Template key -> one template per language, in the order of
        :data:`~shopanalysis._lang.LANGUAGES` (Chinese first).
    labels : mapping of str to tuple of str, optional
        Column or metric name -> its label per language, for the vocabulary.
    values : mapping of str to mapping, optional
        Enum name -> {code: label per language}, for the vocabulary.
    register : bool, default True
        Add the catalog to :data:`CATALOGS` (off for examples and tests).
    """

    def __init__(self, domain: str, texts: Mapping[str, tuple[str, ...]], *,
                 labels: Mapping[str, tuple[str, ...]] | None = None,
                 values: Mapping[str, Mapping[str, tuple[str, ...]]] | None = None,
                 register: bool = True):
        self.domain = domain
        self.texts = {key: dict(zip(LANGUAGES, _pair(domain, key, t))) for key, t in texts.items()}
        self.labels = {key: dict(zip(LANGUAGES, _pair(domain, key, t))) for key, t in (labels or {}).items()}
        self.values = {enum: {code: dict(zip(LANGUAGES, _pair(domain, f"{enum}.{code}", t))) for code, t in v.items()}
                       for enum, v in (values or {}).items()}
        if register:
            if domain in CATALOGS:
                raise ValueError(f"a text catalog named {domain!r} exists already")
            CATALOGS[domain] = self

    def __call__(self, key: str, /, *, lang: str | None = None, **values) -> str:
        """Render template ``key`` in ``lang`` (default: the package's language) with ``values``."""
        lang = get_language(lang)  # once: a report renders a sentence for each of thousands of keywords
        return render(self.template(key, lang), lang=lang, **values)

    def template(self, key: str, lang: str | None = None) -> str:
        """Return the raw template ``key`` in ``lang``."""
        try:
            return self.texts[key][get_language(lang)]
        except KeyError:
            raise KeyError(f"text catalog {self.domain!r} has no template {key!r}") from None

    def __contains__(self, key: str) -> bool:
        return key in self.texts

    def __repr__(self) -> str:
        return f"Catalog({self.domain!r}, {len(self.texts)} templates, {len(self.labels)} labels)"


def _pair(domain: str, key: str, texts) -> tuple[str, ...]:
    if isinstance(texts, str) or len(texts) != len(LANGUAGES) or not all(isinstance(t, str) and t for t in texts):
        raise ValueError(f"{domain}:{key} needs one non-empty text per language {LANGUAGES}; got {texts!r}")
    return tuple(texts)


def render(template: str, *, lang: str | None = None, **values) -> str:
    """Fill a template's placeholders with ``values``, formatted for ``lang``.

    Examples
    --------
    >>> render("{a:+yuan} ({b:+pct0})", a=12345, b=0.05, lang="en")
    '+¥12.3K (+5%)'
    """
    lang = get_language(lang)
    parts = _parsed(template)
    if parts is None:  # a conversion, a nested spec, an index: Python's formatter does it all
        try:
            return _Formatter(lang).vformat(template, (), values)
        except KeyError as err:
            raise KeyError(f"template {template!r} needs a value for {err.args[0]!r}") from None
    out = []
    for literal, name, spec in parts:
        out.append(literal)
        if name is not None:
            try:
                value = values[name]
            except KeyError:
                raise KeyError(f"template {template!r} needs a value for {name!r}") from None
            out.append(format_value(value, spec, lang))
    return "".join(out)


@functools.lru_cache(maxsize=8192)
def _parsed(template: str) -> tuple[tuple[str, str | None, str], ...] | None:
    """Return a template as (literal, name, spec) parts, parsed once (a report renders the same
    sentence for thousands of keywords); None when a field needs Python's formatter itself."""
    parts = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        if name is not None and (conversion or "{" in (spec or "") or not name.isidentifier()):
            return None
        parts.append((literal, name, spec or ""))
    return tuple(parts)


def all_catalogs() -> dict[str, Catalog]:
    """Import every catalog module of this package and return :data:`CATALOGS`."""
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")
    return CATALOGS
