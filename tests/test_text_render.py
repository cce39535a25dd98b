"""The text layer's renderer (templates parsed once) against Python's own formatter, on every template."""

from __future__ import annotations

import string

import pandas as pd
import pytest

from shopanalysis._lang import LANGUAGES
from shopanalysis.text import _Formatter, _parsed, all_catalogs, render

_NUMBER = {"yuan", "num", "int", "pct", "pp", "x"}
_DATE = {"day", "md", "date", "month"}


def _value(spec: str):
    kind = spec.lstrip("+").rstrip("0123456789")
    if kind in _DATE:
        return pd.Timestamp("2026-10-15")
    if kind == "list":
        return ["小雨", "阿杰", "晓雯"]
    if "|" in spec or kind in _NUMBER or spec:
        return 12345.678
    return "文字"


def _rendered(template: str, lang: str) -> tuple[str, str]:
    """Return (what render gives, what Python's formatter gives), or the errors' types."""
    values = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name:
            values.setdefault(name.split(".")[0].split("[")[0], _value(spec or ""))
    out = []
    for fn in (lambda: render(template, lang=lang, **values), lambda: _Formatter(lang).vformat(template, (), values)):
        try:
            out.append(fn())
        except Exception as exc:  # a value of the wrong kind for a second use of a name: both must refuse
            out.append(type(exc).__name__)
    return out[0], out[1]


@pytest.mark.parametrize("domain", sorted(all_catalogs()))
def test_every_template_renders_as_pythons_formatter_does(domain):
    catalog = all_catalogs()[domain]
    differ = [(key, lang, *_rendered(texts[lang], lang)) for key, texts in sorted(catalog.texts.items())
              for lang in LANGUAGES if len(set(_rendered(texts[lang], lang))) > 1]
    assert not differ


def test_a_missing_value_names_the_template_and_the_field():
    with pytest.raises(KeyError, match="needs a value for 'b'"):
        render("{a:yuan} {b:pct}", a=1, lang="zh")


def test_fields_python_must_format_take_its_formatter():
    assert _parsed("{a!r} {b}") is None and _parsed("{a:{w}}") is None and _parsed("{0}") is None
    assert render("{a!r}|{b:>{w}}", a="x", b="y", w=3, lang="en") == "'x'|  y"
    assert render("{{literal}} {a:int}", a=1234, lang="en") == "{literal} 1,234"
