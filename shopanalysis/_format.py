"""Number and date formats of the reports, in the way each language reads them.

Chinese reports count in 万 (ten thousand) and 亿 (a hundred million): ¥1.68万,
12.35万; English ones in K, M and B: ¥16.8K, 123.5K. Percentages read the same in
both (2.35%); a change of a rate is 个百分点 / pp; a day is ``10-15 周四`` /
``Thu 10-15``. Each function takes ``lang=`` and otherwise follows the package's
language (:func:`shopanalysis.set_language`).

They are here, free of matplotlib, so that the text layer (:mod:`shopanalysis.text`)
and the report tables use them without loading the plotting stack;
:mod:`shopanalysis.plotting` re-exports them next to the axis formatters that follow
the same rules.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._lang import get_language

__all__ = ["format_yuan", "format_number", "format_pct", "format_points", "format_day", "format_multiple",
           "join_words"]

# What a missing value shows as, in sentences, tables and on charts.
_NO_VALUE = "—"


def _trim(text: str) -> str:
    """Drop trailing zeros of a decimal string: '1.50' -> '1.5', '2.00' -> '2'."""
    return text.rstrip("0").rstrip(".") if "." in text else text


def _signed(body: str, negative: bool, sign: bool) -> str:
    if body.lstrip("¥") in ("0", ""):
        return body
    if negative:
        return "-" + body
    return "+" + body if sign else body


def _scale(x: float, digits: int, lang: str = "zh") -> tuple[str, str]:
    """Return (number text, unit) for a non-negative amount: 万 from 10,000, 亿 from 10^8 (K, M, B in English)."""
    if x >= 9999.5 and lang == "en":  # the same precision as 万 with `digits` decimals: ¥12.3K for ¥1.23万
        if round(x / 1e3, max(digits - 1, 0)) < 1e3:
            return _trim(f"{x / 1e3:.{max(digits - 1, 0)}f}"), "K"
        if round(x / 1e6, digits) < 1e3:
            return _trim(f"{x / 1e6:.{digits}f}"), "M"
        return _trim(f"{x / 1e9:.{digits}f}"), "B"
    if x >= 9999.5:  # would show as 10,000 or more
        if round(x / 1e4, digits) < 1e4:
            return _trim(f"{x / 1e4:.{digits}f}"), "万"
        return _trim(f"{x / 1e8:.{digits}f}"), "亿"
    if round(x, 2) >= 100:
        return f"{x:,.0f}", ""
    text = f"{x:.2f}"  # to the fen, as a price tag: ¥1.70, not ¥1.7; a whole amount stays whole
    return (text[:-3] if text.endswith(".00") else text), ""


def format_yuan(x: float, *, digits: int = 2, sign: bool = False, lang: str | None = None) -> str:
    """Format an amount in yuan the way a report in ``lang`` shows it.

    Below ¥10,000 the amount is shown with thousands separators (whole yuan
    from ¥100; below, to the fen as on a price tag, ¥1.70, or whole, ¥5); from
    ¥10,000 in 万 (ten thousand), from ¥100,000,000 in 亿, with trailing zeros dropped.
    In English, from ¥10,000 in K, M and B at the same precision (¥1.23万 is ¥12.3K).

    Parameters
    ----------
    x : float
        Amount in yuan.
    digits : int, default 2
        Decimals kept for amounts in 万 and 亿.
    sign : bool, default False
        Prefix positive amounts with ``+`` (for changes).
    lang : {'zh', 'en'} or None, default None
        The language; None follows :func:`shopanalysis.set_language`.

    Returns
    -------
    str
        ``'—'`` for a missing value.

    Examples
    --------
    >>> format_yuan(16800, lang="en"), format_yuan(16800, lang="zh"), format_yuan(2_345_678, lang="en")
    ('¥16.8K', '¥1.68万', '¥2.35M')
    >>> format_yuan(8560)
    '¥8,560'
    >>> format_yuan(12345)
    '¥1.23万'
    >>> format_yuan(-12345)
    '-¥1.23万'
    >>> format_yuan(150000)
    '¥15万'
    >>> format_yuan(89.5), format_yuan(1.7), format_yuan(5)
    ('¥89.50', '¥1.70', '¥5')
    >>> format_yuan(23.4375)
    '¥23.44'
    >>> format_yuan(350_000_000)
    '¥3.5亿'
    >>> format_yuan(1234, sign=True)
    '+¥1,234'
    >>> format_yuan(float("nan"))
    '—'
    """
    if x is None or pd.isna(x):
        return _NO_VALUE
    number, unit = _scale(abs(float(x)), digits, get_language(lang))
    return _signed(f"¥{number}{unit}", x < 0, sign)


def format_number(x: float, *, digits: int = 2, sign: bool = False, lang: str | None = None) -> str:
    """Format a count (visitors, buyers, orders) in 万 and 亿 (K, M, B in English) like :func:`format_yuan`.

    Parameters
    ----------
    x : float
        The number.
    digits : int, default 2
        Decimals kept for numbers in 万 and 亿.
    sign : bool, default False
        Prefix positive numbers with ``+``.
    lang : {'zh', 'en'} or None, default None
        The language; None follows :func:`shopanalysis.set_language`.

    Returns
    -------
    str
        ``'—'`` for a missing value.

    Examples
    --------
    >>> format_number(8560)
    '8,560'
    >>> format_number(123456), format_number(123456, lang="en")
    ('12.35万', '123.5K')
    >>> format_number(-40, sign=True)
    '-40'
    """
    if x is None or pd.isna(x):
        return _NO_VALUE
    number, unit = _scale(abs(float(x)), digits, get_language(lang))
    return _signed(f"{number}{unit}", x < 0, sign)


def format_pct(x: float, digits: int = 1, *, sign: bool = False, lang: str | None = None) -> str:
    """Format a fraction as a percentage (the same in both languages).

    Parameters
    ----------
    x : float
        A fraction: 0.024 is 2.4%.
    digits : int, default 1
        Decimals of the percentage.
    sign : bool, default False
        Prefix positive values with ``+`` (for changes).
    lang : {'zh', 'en'} or None, default None
        Accepted for symmetry with the other formats; a percentage reads the same.

    Returns
    -------
    str
        ``'—'`` for a missing value.

    Examples
    --------
    >>> format_pct(0.0236)
    '2.4%'
    >>> format_pct(0.0128, digits=2)
    '1.28%'
    >>> format_pct(0.05, sign=True)
    '+5.0%'
    >>> format_pct(-0.05)
    '-5.0%'
    """
    if x is None or pd.isna(x):
        return _NO_VALUE
    body = f"{abs(float(x)) * 100:.{digits}f}%"
    if float(body[:-1]) == 0:
        return body
    return "-" + body if x < 0 else ("+" + body if sign else body)


def format_points(x: float, digits: int = 2, *, lang: str | None = None) -> str:
    """Format the change of a rate in percentage points, always signed: ``+0.12 个百分点`` / ``+0.12 pp``.

    Parameters
    ----------
    x : float
        The change as a fraction: 0.0012 is 0.12 percentage points.
    digits : int, default 2
        Decimals of the points.
    lang : {'zh', 'en'} or None, default None
        The language; None follows :func:`shopanalysis.set_language`.

    Examples
    --------
    >>> format_points(0.0012, lang="zh"), format_points(-0.0012, lang="en")
    ('+0.12 个百分点', '-0.12 pp')
    """
    if x is None or pd.isna(x):
        return _NO_VALUE
    unit = "个百分点" if get_language(lang) == "zh" else "pp"
    return f"{float(x) * 100:+.{digits}f} {unit}"


_WEEKDAYS = {"zh": ("周一", "周二", "周三", "周四", "周五", "周六", "周日"),
             "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}


def format_day(day, *, weekday: bool = True, year: bool = False, lang: str | None = None) -> str:
    """Format a day the way a report names it: ``10-15 周四`` in Chinese, ``Thu 10-15`` in English.

    Parameters
    ----------
    day : date-like
    weekday : bool, default True
        Name the weekday; without it ``10-15`` (or ``2026-10-15`` with ``year``).
    year : bool, default False
        Give the year too: ``2026-10-15 周四`` / ``Thu 2026-10-15``.
    lang : {'zh', 'en'} or None, default None
        The language; None follows :func:`shopanalysis.set_language`.

    Examples
    --------
    >>> format_day("2026-10-15", lang="zh"), format_day("2026-10-15", lang="en")
    ('10-15 周四', 'Thu 10-15')
    >>> format_day("2026-10-15", year=True, weekday=False)
    '2026-10-15'
    """
    if day is None or pd.isna(day):
        return _NO_VALUE
    day = pd.Timestamp(day)
    text = f"{day:%Y-%m-%d}" if year else f"{day:%m-%d}"
    if not weekday:
        return text
    lang = get_language(lang)
    name = _WEEKDAYS[lang][day.weekday()]
    return f"{text} {name}" if lang == "zh" else f"{name} {text}"


def format_multiple(x: float, digits: int = 2) -> str:
    """Format a multiple of a baseline: ``×1.35``.

    Examples
    --------
    >>> format_multiple(1.349), format_multiple(float("nan"))
    ('×1.35', '—')
    """
    if x is None or pd.isna(x):
        return _NO_VALUE
    return f"×{float(x):.{digits}f}"


def join_words(items, *, lang: str | None = None) -> str:
    """Join a list the way each language lists things: ``A、B和C`` / ``A, B and C``.

    Examples
    --------
    >>> join_words(["小雨", "晓雯", "阿杰"], lang="zh"), join_words(["a", "b", "c"], lang="en")
    ('小雨、晓雯和阿杰', 'a, b and c')
    >>> join_words(["a"], lang="en"), join_words([], lang="zh")
    ('a', '')
    """
    items = [str(i) for i in items]
    if len(items) <= 1:
        return "".join(items)
    if get_language(lang) == "zh":
        return "、".join(items[:-1]) + "和" + items[-1]
    return ", ".join(items[:-1]) + " and " + items[-1]


def _whole_number(x: float, *, sign: bool = False, lang: str | None = None) -> str:
    """Format a count rounded to a whole number (a 7-day average of visitors: 1,234.6 -> '1,235').

    Examples
    --------
    >>> _whole_number(12.5), _whole_number(-3.2, sign=True), _whole_number(float("nan"))
    ('12', '-3', '—')
    """
    return format_number(round(float(x)) if x is not None and np.isfinite(x) else x, sign=sign, lang=lang)
