"""Number formats of the reports: ¥8,560, ¥1.23万, 12.35万, 2.4%.

The formats a Chinese shop report uses for amounts (万 from ten thousand, 亿 from a
hundred million), counts and percentages. They are here, free of matplotlib, so that
the sentence writers of the domain modules (:mod:`shopanalysis.sales`,
:mod:`shopanalysis.checklist`) and the report tables use them without loading the
plotting stack; :mod:`shopanalysis.plotting` re-exports them (``plotting.format_yuan``)
next to the axis formatters that follow the same rules.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["format_yuan", "format_number", "format_pct"]

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


def _scale(x: float, digits: int) -> tuple[str, str]:
    """Return (number text, unit) for a non-negative amount: 万 from 10,000, 亿 from 10^8."""
    if x >= 9999.5:  # would show as 10,000 or more
        if round(x / 1e4, digits) < 1e4:
            return _trim(f"{x / 1e4:.{digits}f}"), "万"
        return _trim(f"{x / 1e8:.{digits}f}"), "亿"
    if round(x, 2) >= 100:
        return f"{x:,.0f}", ""
    text = f"{x:.2f}"  # to the fen, as a price tag: ¥1.70, not ¥1.7; a whole amount stays whole
    return (text[:-3] if text.endswith(".00") else text), ""


def format_yuan(x: float, *, digits: int = 2, sign: bool = False) -> str:
    """Format an amount in yuan the way a Chinese report shows it.

    Below ¥10,000 the amount is shown with thousands separators (whole yuan
    from ¥100; below, to the fen as on a price tag, ¥1.70, or whole, ¥5); from
    ¥10,000 in 万 (ten thousand), from ¥100,000,000 in 亿, with trailing zeros dropped.

    Parameters
    ----------
    x : float
        Amount in yuan.
    digits : int, default 2
        Decimals kept for amounts in 万 and 亿.
    sign : bool, default False
        Prefix positive amounts with ``+`` (for changes).

    Returns
    -------
    str
        ``'—'`` for a missing value.

    Examples
    --------
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
    number, unit = _scale(abs(float(x)), digits)
    return _signed(f"¥{number}{unit}", x < 0, sign)


def format_number(x: float, *, digits: int = 2, sign: bool = False) -> str:
    """Format a count (visitors, buyers, orders) in 万 and 亿 like :func:`format_yuan`.

    Parameters
    ----------
    x : float
        The number.
    digits : int, default 2
        Decimals kept for numbers in 万 and 亿.
    sign : bool, default False
        Prefix positive numbers with ``+``.

    Returns
    -------
    str
        ``'—'`` for a missing value.

    Examples
    --------
    >>> format_number(8560)
    '8,560'
    >>> format_number(123456)
    '12.35万'
    >>> format_number(-40, sign=True)
    '-40'
    """
    if x is None or pd.isna(x):
        return _NO_VALUE
    number, unit = _scale(abs(float(x)), digits)
    return _signed(f"{number}{unit}", x < 0, sign)


def format_pct(x: float, digits: int = 1, *, sign: bool = False) -> str:
    """Format a fraction as a percentage.

    Parameters
    ----------
    x : float
        A fraction: 0.024 is 2.4%.
    digits : int, default 1
        Decimals of the percentage.
    sign : bool, default False
        Prefix positive values with ``+`` (for changes).

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


def _whole_number(x: float, *, sign: bool = False) -> str:
    """Format a count rounded to a whole number (a 7-day average of visitors: 1,234.6 -> '1,235').

    Examples
    --------
    >>> _whole_number(12.5), _whole_number(-3.2, sign=True), _whole_number(float("nan"))
    ('12', '-3', '—')
    """
    return format_number(round(float(x)) if x is not None and np.isfinite(x) else x, sign=sign)
