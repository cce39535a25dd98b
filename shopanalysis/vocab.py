"""One vocabulary: the label of every column, metric and enum value, in Chinese and English.

A table, chart or sentence never shows a code (``paid_amount``, ``natural``,
``raise_bid``); it shows the label this module gives, in the package's language
(:func:`shopanalysis.set_language`). Labels come from three places, each defined once:

- the data contract (:mod:`shopanalysis._schema`): a column's Chinese label is the word
  its export prints (the first alias), per table, so 直通车 tables say 展现量 and
  生意参谋's product table 曝光量; its English label is in
  :data:`shopanalysis.text.common.CONTRACT_EN`;
- the metric registry (:data:`shopanalysis.metrics.METRICS`): 支付转化率, 投入产出比, ...;
- the catalogs of the text layer (:mod:`shopanalysis.text`): each domain's computed
  columns (``labels=``) and enum values (``values=``).

A name defined in two places is an error when the vocabulary is built, so a word is
fixed in one place.

Examples
--------
>>> label("impressions", table="ppc_keywords", lang="zh"), label("impressions", table="products_daily", lang="zh")
('展现量', '曝光量')
>>> label("conversion_rate", lang="en"), label("visitors_before", lang="zh")
('Conversion rate', '访客数（对比日）')
>>> value_label("channel", "natural", lang="zh"), value_label("status", "high", lang="en")
('自然流量', 'High')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import pandas as pd

from ._lang import LANGUAGES, get_language
from ._schema import TABLES

__all__ = ["label", "labels", "value_label", "enum_names", "has_label", "translate_values", "vocabulary"]

_SUFFIXES = {"_before": ("（对比日）", " (before)"), "_after": ("（当日）", " (after)"),
             "_prev": ("（上期）", " (previous)")}


class _Vocabulary:
    def __init__(self):
        from .metrics import METRICS
        from .text import all_catalogs
        from .text.common import CONTRACT_EN, ZH_DEFAULT

        self.terms: dict[str, dict[str, str]] = {}  # name -> {lang: label}
        self.where: dict[str, str] = {}  # name -> where it is defined
        self.per_table: dict[tuple[str, str], str] = {}  # (table, column) -> zh
        self.values: dict[str, dict[str, dict[str, str]]] = {}  # enum -> code -> {lang: label}
        contract_zh: dict[str, set[str]] = {}
        for spec in TABLES.values():
            for col in spec.columns:
                zh = col.aliases[0] if col.aliases else None
                if zh:
                    self.per_table[(spec.name, col.name)] = zh
                    contract_zh.setdefault(col.name, set()).add(zh)
            for d in spec.derived:
                contract_zh.setdefault(d.name, set()).add(d.aliases[0])
        for name, words in contract_zh.items():
            if len(words) > 1 and name not in ZH_DEFAULT:
                raise ValueError(f"column {name!r} is {sorted(words)} in different tables: give text.common.ZH_DEFAULT "
                                 f"the word a table-less label uses")
            if name not in CONTRACT_EN:
                raise ValueError(f"contract column {name!r} has no English label in text.common.CONTRACT_EN")
        for name, m in METRICS.items():
            contract_zh[name] = {m.platform_name.split(" (")[0]}
        for name, words in contract_zh.items():
            zh = ZH_DEFAULT.get(name) or next(iter(words))
            self._add(name, {"zh": zh, "en": CONTRACT_EN[name]}, "the data contract")
        for domain, catalog in all_catalogs().items():
            for name, words in catalog.labels.items():
                self._add(name, words, f"text.{domain}")
            for enum, codes in catalog.values.items():
                known = self.values.setdefault(enum, {})
                for code, words in codes.items():
                    if code in known and known[code] != words:
                        raise ValueError(f"value {code!r} of {enum!r} is labelled twice, differently "
                                         f"(text.{domain}: {words}; before: {known[code]})")
                    known[code] = words

    def _add(self, name, words, where):
        if name in self.terms:
            raise ValueError(f"label {name!r} is defined twice: in {self.where[name]} and in {where}")
        self.terms[name] = dict(words)
        self.where[name] = where


@functools.cache
def vocabulary() -> _Vocabulary:
    """Return the vocabulary, built once from the contract, the metrics and every text catalog."""
    return _Vocabulary()


def has_label(name: str) -> bool:
    """Tell whether a column or metric name has a label (suffixes such as ``_before`` included)."""
    v = vocabulary()
    return name in v.terms or any(name.endswith(s) and name[: -len(s)] in v.terms for s in _SUFFIXES)


def label(name: str, *, table: str | None = None, lang: str | None = None) -> str:
    """Return the label of a column or metric in ``lang``.

    Parameters
    ----------
    name : str
        A canonical column, metric or computed column name (``paid_amount``,
        ``conversion_rate``, ``sales_change``); ``_before``, ``_after`` and ``_prev``
        suffixes add 对比日 / 当日 / 上期.
    table : str, optional
        The contract table the column comes from: its export's word wins
        (``impressions`` is 展现量 in ``ppc_keywords``, 曝光量 in ``products_daily``).
    lang : {'zh', 'en'} or None, default None
        The language; None follows :func:`shopanalysis.set_language`.

    Returns
    -------
    str
        The label, or ``name`` itself when the vocabulary does not know it.
    """
    lang = get_language(lang)
    v = vocabulary()
    base, suffix = name, ""
    for s, words in _SUFFIXES.items():
        if name.endswith(s) and name[: -len(s)] in v.terms and name not in v.terms:
            base, suffix = name[: -len(s)], words[LANGUAGES.index(lang)]
    if base not in v.terms:
        return name
    if lang == "zh" and table is not None and (table, base) in v.per_table:
        return v.per_table[(table, base)] + suffix
    return v.terms[base][lang] + suffix


def labels(columns: Iterable[str], *, table: str | None = None, lang: str | None = None) -> dict[str, str]:
    """Return ``{column: label}`` for many columns (for ``DataFrame.rename``)."""
    return {c: label(c, table=table, lang=lang) for c in columns}


def enum_names() -> list[str]:
    """Return the names of the enums the vocabulary labels (``channel``, ``decision``, ``status``, ...)."""
    return sorted(vocabulary().values)


def value_label(enum: str, code, *, lang: str | None = None, default: str | None = None) -> str:
    """Return the label of one enum value (``value_label("decision", "raise_bid")`` is 提价).

    Parameters
    ----------
    enum : str
        The enum's name, which is also the name of the column that holds it.
    code : str
        The code the package computes with.
    lang : {'zh', 'en'} or None, default None
    default : str, optional
        What to return for an unknown code; without it, a KeyError names the known codes.
    """
    codes = vocabulary().values.get(enum, {})
    if code in codes:
        return codes[code][get_language(lang)]
    if default is not None:
        return default
    raise KeyError(f"{enum!r} has no value {code!r}; the vocabulary knows {sorted(codes)}")


def translate_values(series: pd.Series, enum: str | None = None, *, lang: str | None = None) -> pd.Series:
    """Return a Series with each enum code replaced by its label (unknown values are kept as they are)."""
    codes = vocabulary().values.get(enum or series.name, {})
    lang = get_language(lang)
    return series.map(lambda x: codes[x][lang] if isinstance(x, str) and x in codes else x)
