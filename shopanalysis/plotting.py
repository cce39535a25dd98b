"""Draw the charts of the reviews, with Chinese text that renders everywhere.

Importing this module registers the Noto Sans CJK SC subset shipped in
``shopanalysis/fonts/`` with matplotlib's font manager and puts it into the
font settings (``rcParams``), so that Chinese titles, labels and legends show
on machines without any CJK font. That is the one side effect of importing
*this* module (``import shopanalysis`` alone changes nothing).

Call :func:`set_style` at the top of a notebook for the seaborn theme of the
reports. ``sns.set_theme()`` resets matplotlib's font settings, so if you call
it (or ``sns.set_style`` / ``plt.style.use``) yourself, call
:func:`set_style` or :func:`use_cjk_font` *after* it, or pass
``font=FONT_FAMILY`` to ``sns.set_theme``. Seaborn itself (and SciPy and
ipywidgets, which it imports) loads only when a chart drawn with it is asked for
(:func:`plot_trend`, :func:`plot_decisions`, :func:`cohort_heatmap`): the reports'
theme is set as plain ``rcParams``, the same values ``sns.set_theme`` sets.

Colours follow the Chinese convention of the trading apps an operator reads
every day: **red means up, green means down** (``UP_COLOR`` / ``DOWN_COLOR``,
and ``up_color=`` / ``down_color=`` on the charts that use them).

The plot functions take numbers that are already computed (by the metric
modules) and return the matplotlib ``Axes`` they drew on; they never modify
the data passed in. Without ``ax=`` a function draws on the current axes, as
matplotlib does, or, when no figure is open (a new notebook cell), on a new figure
of a size that suits the chart; ``figsize=`` always makes a new figure of that size.
So a report needs no ``plt.subplots``.

Every word a chart shows is in the package's language (:func:`shopanalysis.set_language`,
Chinese by default): column names and enum values (``natural``, ``raise_bid``) from
the vocabulary (:mod:`shopanalysis.vocab`), default titles, legends and notes from
the catalog :mod:`shopanalysis.text.plotting`, and tick labels in 万/亿 (Chinese)
or K/M/B (English). The language is taken when the chart is drawn.

The number formats of the reports, :func:`format_yuan` (¥8,560, ¥1.23万),
:func:`format_number` and :func:`format_pct`, are available here next to the
axis formatters that follow the same rules (:func:`yuan_formatter`, ...). They are
defined in the private, matplotlib-free ``shopanalysis._format``, so that code which
only writes sentences or tables does not load matplotlib.
"""

from __future__ import annotations

import os
import sys
import textwrap
import warnings
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path

import matplotlib as mpl

#: Set (to 1) in the kernel of a report run by :mod:`shopanalysis.runner`: a notebook run headless.
HEADLESS_ENV = "SHOPANALYSIS_HEADLESS"  # data


def _property_docs_short(artist) -> str:
    """What the ``set()`` docstrings of matplotlib's artists say in a headless report kernel."""
    return "Properties: plt.setp(artist) lists them."  # data: matplotlib's own (English) API docs, not a report's


def _skip_property_docs() -> None:
    """In a headless report kernel, let matplotlib skip writing its artists' property docstrings.

    Each matplotlib Artist class writes the list of its settable properties into the
    docstring of its ``set()`` method (``matplotlib.artist.kwdoc``) when the class is
    defined: reading the docstrings of every setter, for a hundred classes, is most
    of ``import matplotlib.pyplot`` (0.2-0.3 s of its 0.4-0.7 s on the machine the
    reports were measured on, in every report's kernel). Nobody reads a docstring in a
    report run by the runner, which sets ``SHOPANALYSIS_HEADLESS=1`` in its kernels; there
    those docstrings get one line instead. Everywhere else (JupyterLab, the course, a
    script) nothing changes, and nothing does once pyplot is imported.
    """
    if os.environ.get(HEADLESS_ENV) != "1" or "matplotlib.pyplot" in sys.modules:
        return
    import matplotlib.artist as martist

    if callable(getattr(martist, "kwdoc", None)):
        martist.kwdoc = _property_docs_short


_skip_property_docs()  # before the rest of matplotlib is imported: its Artist classes are defined then

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.ticker as mticker  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib import font_manager  # noqa: E402
from matplotlib.patches import Patch, Rectangle  # noqa: E402

from . import vocab  # noqa: E402
from ._format import _trim, format_number, format_pct, format_yuan  # noqa: E402
from ._lang import get_language  # noqa: E402
from .text.plotting import T  # noqa: E402

__all__ = [
    "FONT_FAMILY",
    "UP_COLOR",
    "DOWN_COLOR",
    "TOTAL_COLOR",
    "MUTED_COLOR",
    "ALERT_COLOR",
    "BAND_COLOR",
    "DECISION_COLORS",
    "font_path",
    "use_cjk_font",
    "set_style",
    "css",
    "format_yuan",
    "format_pct",
    "format_number",
    "yuan_formatter",
    "pct_formatter",
    "number_formatter",
    "plot_waterfall",
    "plot_sales_split",
    "plot_pacing",
    "plot_mix",
    "plot_trend",
    "plot_bar",
    "plot_decisions",
    "plot_intervals",
    "cohort_heatmap",
]

#: Family name of the shipped font, in matplotlib and in the report CSS.
FONT_FAMILY = "Noto Sans CJK SC Shopanalysis"  # data: the font's family name
#: Colour of a rise (red, the Chinese convention).
UP_COLOR = "#C44E52"
#: Colour of a fall (green, the Chinese convention).
DOWN_COLOR = "#55A868"
#: Colour of totals, of the actual line and of highlighted bars.
TOTAL_COLOR = "#4C72B0"
#: Colour of the bars that are not highlighted, and of targets.
MUTED_COLOR = "#A9B3C1"
#: Colour of a value outside its healthy range.
ALERT_COLOR = "#DD8452"
#: Colour of the healthy-range bands.
BAND_COLOR = "#55A868"

#: Colour of each keyword decision of :mod:`shopanalysis.ppc` (``decision`` codes), in reports and widgets
#: alike: raising a bid is a rise (red), lowering one a fall (green), deleting is black.
DECISION_COLORS: dict[str, str] = {
    "add": "#8172B3",
    "raise_bid": UP_COLOR,
    "lower_bid": DOWN_COLOR,
    "delete": "#333333",
    "observe": MUTED_COLOR,
    "change_image": ALERT_COLOR,
    "keep": TOTAL_COLOR,
}
#: Colour of reference lines (targets, averages, break-even) and their notes.
_REFERENCE_COLOR = "#555555"

_FONT_FILES = {
    "regular": "NotoSansCJKscShopanalysis-Regular.otf",
    "bold": "NotoSansCJKscShopanalysis-Bold.otf",
}
# Always bundled with matplotlib: supplies the few symbols Noto CJK lacks (✗ ❤).
_SYMBOL_FALLBACK = "DejaVu Sans"
_CSS_TOKENS = {"regular": "__FONT_REGULAR_URL__", "bold": "__FONT_BOLD_URL__"}


# --------------------------------------------------------------------------
# Fonts and style
# --------------------------------------------------------------------------


def font_path(weight: str = "regular") -> Path:
    """Return the path of the shipped CJK font file.

    Parameters
    ----------
    weight : {'regular', 'bold'}, default 'regular'
        Which of the two shipped weights.

    Returns
    -------
    pathlib.Path
        An OpenType (CFF) file; matplotlib and WeasyPrint both read it.

    Examples
    --------
    >>> font_path().name
    'NotoSansCJKscShopanalysis-Regular.otf'
    >>> font_path("bold").exists()
    True
    """
    try:
        name = _FONT_FILES[weight]
    except KeyError:
        raise ValueError(T("error.weight", weight=weight, choices=sorted(_FONT_FILES))) from None
    return Path(str(resources.files("shopanalysis").joinpath("fonts", name)))


def _register_fonts() -> None:
    """Add the shipped font files to matplotlib's font manager, once."""
    known = {Path(entry.fname).resolve() for entry in font_manager.fontManager.ttflist}
    for weight in _FONT_FILES:
        path = font_path(weight)
        if path.resolve() not in known:
            font_manager.fontManager.addfont(str(path))


def _as_list(value) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def use_cjk_font() -> None:
    """Put the shipped CJK font back into matplotlib's font settings.

    Make it the first ``font.sans-serif`` (so the default sans-serif text,
    Latin included, is drawn in it) and append it, then DejaVu Sans, to
    ``font.family`` as fallbacks, so Chinese glyphs are found whatever family
    comes first (``'serif'``, a named font ...). Set ``axes.unicode_minus``
    to False so negative ticks use the ASCII hyphen-minus, like the number
    formatters of this module (the shipped subset does have U+2212), and
    ``text.parse_math`` to False so a "$" in a product title is drawn as typed.

    Call it after anything that resets the fonts: ``sns.set_theme``,
    ``sns.set_style``, ``plt.style.use``, ``mpl.rcdefaults``.
    :func:`set_style` calls it for you.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> with mpl.rc_context({"font.family": "serif"}):
    ...     use_cjk_font()
    ...     mpl.rcParams["font.sans-serif"][0] == FONT_FAMILY
    ...     mpl.rcParams["font.family"]
    True
    ['serif', 'Noto Sans CJK SC Shopanalysis', 'DejaVu Sans']
    """
    _register_fonts()
    rc = mpl.rcParams
    rc["font.sans-serif"] = [FONT_FAMILY] + [f for f in _as_list(rc["font.sans-serif"]) if f != FONT_FAMILY]
    # Also a fallback when 'sans-serif' comes first: it then still holds if
    # someone replaces font.sans-serif later.
    family = [f for f in _as_list(rc["font.family"]) if f not in (FONT_FAMILY, _SYMBOL_FALLBACK)]
    rc["font.family"] = [*family, FONT_FAMILY, _SYMBOL_FALLBACK]
    rc["axes.unicode_minus"] = False
    # Shop names and product titles come from the outside world: "$" is a dollar sign, not mathtext
    # (two of them in one title would otherwise stop the chart with a parse error).
    rc["text.parse_math"] = False


def _font_ok() -> bool:
    """Tell whether the current rcParams still reach the CJK font."""
    family = _as_list(mpl.rcParams["font.family"])
    if FONT_FAMILY in family:
        return True
    generic = {"sans": "sans-serif", "sans serif": "sans-serif"}
    for name in family:
        key = f"font.{generic.get(name, name)}"
        if name in font_manager.font_family_aliases and _as_list(mpl.rcParams[key])[:1] == [FONT_FAMILY]:
            return True
    return False


def _check_font() -> None:
    """Warn when the font settings lost the CJK font (e.g. after ``sns.set_theme``)."""
    if not _font_ok():
        warnings.warn(T("warn.font", font=FONT_FAMILY), UserWarning, stacklevel=4)


def set_style(
    context: str = "notebook",
    *,
    style: str = "whitegrid",
    palette: str | list | None = "deep",
    font_scale: float = 1.0,
    rc: Mapping | None = None,
) -> None:
    """Apply the seaborn theme of the reports, with the CJK font kept.

    Call ``sns.set_theme`` with these arguments, then :func:`use_cjk_font`,
    because ``sns.set_theme`` resets the font settings to seaborn's own list
    (Arial, DejaVu Sans, ...), which has no Chinese glyphs.

    Parameters
    ----------
    context : {'notebook', 'paper', 'talk', 'poster'}, default 'notebook'
        Seaborn plotting context (sizes of labels, lines ...).
    style : {'whitegrid', 'white', 'ticks', 'darkgrid', 'dark'}, default 'whitegrid'
        Seaborn axes style.
    palette : str, list or None, default 'deep'
        Seaborn colour palette.
    font_scale : float, default 1.0
        Factor on seaborn's font sizes.
    rc : mapping, optional
        More rcParams, applied before the font is put back.

    Examples
    --------
    >>> import matplotlib as mpl
    >>> with mpl.rc_context():
    ...     set_style("paper")
    ...     mpl.rcParams["font.sans-serif"][0] == FONT_FAMILY
    True
    """
    if (context, style, palette, font_scale) == _REPORT_THEME:
        _set_report_theme()  # what sns.set_theme sets for these arguments, without importing seaborn
        if rc is not None:
            mpl.rcParams.update(rc)
    else:
        import seaborn as sns

        sns.set_theme(context=context, style=style, palette=palette, font="sans-serif", font_scale=font_scale,
                      rc=rc)
    use_cjk_font()


# sns.set_theme(context="notebook", style="whitegrid", palette="deep", font="sans-serif"), seaborn 0.13:
# sns.plotting_context("notebook"), then sns.axes_style("whitegrid"), then the "deep" colour cycle and
# colour codes. Checked against seaborn by _set_report_theme's example.
_REPORT_THEME = ("notebook", "whitegrid", "deep", 1.0)
_REPORT_CONTEXT_RC = {
    "axes.linewidth": 1.25, "grid.linewidth": 1, "lines.linewidth": 1.5, "lines.markersize": 6,
    "patch.linewidth": 1, "xtick.major.width": 1.25, "ytick.major.width": 1.25, "xtick.minor.width": 1,
    "ytick.minor.width": 1, "xtick.major.size": 6, "ytick.major.size": 6, "xtick.minor.size": 4,
    "ytick.minor.size": 4, "font.size": 12, "axes.labelsize": 12, "axes.titlesize": 12, "xtick.labelsize": 11,
    "ytick.labelsize": 11, "legend.fontsize": 11, "legend.title_fontsize": 12,
}
_REPORT_STYLE_RC = {
    "figure.facecolor": "white", "axes.labelcolor": ".15", "xtick.direction": "out", "ytick.direction": "out",
    "xtick.color": ".15", "ytick.color": ".15", "axes.axisbelow": True, "grid.linestyle": "-",
    "text.color": ".15", "font.family": "sans-serif",
    "font.sans-serif": ["Arial", "DejaVu Sans", "Liberation Sans", "Bitstream Vera Sans", "sans-serif"],
    "lines.solid_capstyle": "round", "patch.edgecolor": "w", "patch.force_edgecolor": True,
    "image.cmap": "rocket", "xtick.top": False, "ytick.right": False, "axes.grid": True,
    "axes.facecolor": "white", "axes.edgecolor": ".8", "grid.color": ".8", "axes.spines.left": True,
    "axes.spines.bottom": True, "axes.spines.right": True, "axes.spines.top": True, "xtick.bottom": False,
    "ytick.left": False,
}
_DEEP = ["#4C72B0", "#DD8452", "#55A868", "#C44E52", "#8172B3", "#937860", "#DA8BC3", "#8C8C8C", "#CCB974",
         "#64B5CD"]
_DEEP_CODES = dict(zip("bgrmyck", ["#4C72B0", "#55A868", "#C44E52", "#8172B3", "#CCB974", "#64B5CD",
                                   (0.1, 0.1, 0.1)]))


def _set_report_theme() -> None:
    """Set the rcParams and colour codes ``sns.set_theme`` sets for the reports' theme.

    The default colormap (``image.cmap``) is seaborn's "rocket" only when seaborn is
    loaded (it registers it); the charts of this module always name theirs.

    Examples
    --------
    >>> import matplotlib as mpl, seaborn as sns
    >>> def theme():
    ...     rc = {k: v for k, v in mpl.rcParams.items() if k != "image.cmap"}
    ...     return rc, {c: mpl.colors.colorConverter.colors[c] for c in "bgrmyck"}
    >>> with mpl.rc_context():
    ...     sns.set_theme(context="notebook", style="whitegrid", palette="deep", font="sans-serif")
    ...     theirs = theme()
    >>> with mpl.rc_context():
    ...     _set_report_theme()
    ...     ours = theme()
    >>> ours == theirs
    True
    """
    rc = mpl.rcParams
    rc.update(_REPORT_CONTEXT_RC)
    rc.update({k: v for k, v in _REPORT_STYLE_RC.items() if k != "image.cmap" or v in mpl.colormaps})
    rc["axes.prop_cycle"] = mpl.cycler(color=[mpl.colors.to_rgb(c) for c in _DEEP])
    for code, color in _DEEP_CODES.items():
        mpl.colors.colorConverter.colors[code] = mpl.colors.to_rgb(color)


def css() -> str:
    """Return the print CSS of the reports, with the shipped font filled in.

    The stylesheet ``shopanalysis/templates/report.css`` sets A4 pages, the
    report title in the header and page numbers in the footer, tables that
    fit the page, and hides code cells, prompts and warnings. Its
    ``@font-face`` rules point at :func:`font_path` as absolute ``file://``
    URLs, so that WeasyPrint embeds the shipped font in the PDF.

    Returns
    -------
    str
        The CSS text.

    Notes
    -----
    WeasyPrint ignores ``@font-face`` unless the stylesheet and the
    rendering share a ``FontConfiguration``::

        from weasyprint import CSS, HTML
        from weasyprint.text.fonts import FontConfiguration

        config = FontConfiguration()
        HTML(filename="report.html").write_pdf(
            "report.pdf",
            stylesheets=[CSS(string=css(), font_config=config)],
            font_config=config,
        )

    Examples
    --------
    >>> text = css()
    >>> "@page" in text and font_path().as_uri() in text
    True
    """
    text = resources.files("shopanalysis").joinpath("templates", "report.css").read_text(encoding="utf-8")
    for weight, token in _CSS_TOKENS.items():
        text = text.replace(token, font_path(weight).as_uri())
    return text


# --------------------------------------------------------------------------
# Number formats
# --------------------------------------------------------------------------

# format_yuan, format_number and format_pct (and _trim) live in the
# matplotlib-free shopanalysis._format and are re-exported here, next to the axis
# formatters that follow the same rules.


# The units an axis counts in, largest first, as shopanalysis._format writes numbers:
# (from, size, unit); 万 and 亿 in Chinese, K, M and B in English.
_AXIS_UNITS = {"zh": ((1e8, 1e8, "亿"), (1e4, 1e4, "万")),  # data
               "en": ((1e9, 1e9, "B"), (1e6, 1e6, "M"), (1e4, 1e3, "K"))}


class _HumanFormatter(mticker.Formatter):
    """Tick labels in one unit (none, 万 or 亿; K, M or B in English) chosen for the whole axis."""

    def __init__(self, prefix: str = "", *, percent: bool = False, digits: int | None = None,
                 lang: str | None = None):
        self.prefix = prefix
        self.percent = percent
        self.digits = digits
        self.lang = get_language(lang)  # the language when the chart is drawn, not when it is shown

    def __call__(self, x, pos=None):
        return self.format_ticks([x])[0]

    def format_ticks(self, values):
        values = np.asarray(values, dtype=float)
        if values.size == 0:
            return []
        if self.percent:
            scaled, unit = values * 100, "%"
        else:
            top = np.nanmax(np.abs(values))
            size, unit = next(((size, unit) for start, size, unit in _AXIS_UNITS[self.lang] if top >= start), (1, ""))
            scaled = values / size
        digits = self.digits
        if digits is None:  # fewest decimals that tell the ticks apart exactly
            atol = 1e-9 + 1e-6 * np.nanmax(np.abs(scaled))
            digits = next((d for d in range(5) if np.allclose(np.round(scaled, d), scaled, rtol=0, atol=atol)), 4)
        labels = []
        for v in scaled:
            text = f"{abs(v):,.{digits}f}" if unit == "" else f"{abs(v):.{digits}f}"
            text = text if self.digits is not None else _trim(text)
            zero = float(text.replace(",", "")) == 0
            body = f"{self.prefix}{text}" + ("" if zero and unit != "%" else unit)
            labels.append(("-" if v < 0 and not zero else "") + body)
        return labels


def yuan_formatter(*, digits: int | None = None, lang: str | None = None) -> mticker.Formatter:
    """Return a tick formatter for yuan axes: ¥8,000, ¥1.5万, ¥2亿 (¥15K, ¥200M in English).

    One unit is chosen for all ticks of the axis, from the largest one.

    Parameters
    ----------
    digits : int, optional
        Fixed decimals; by default the fewest that tell the ticks apart.
    lang : {'zh', 'en'} or None, default None
        The language; None is the package's language when the formatter is made.

    Examples
    --------
    >>> yuan_formatter().format_ticks([0, 5000, 10000, 15000])
    ['¥0', '¥0.5万', '¥1万', '¥1.5万']
    >>> yuan_formatter(lang="en").format_ticks([0, 5000, 10000, 15000])
    ['¥0', '¥5K', '¥10K', '¥15K']
    >>> yuan_formatter().format_ticks([0, 2000, 4000])
    ['¥0', '¥2,000', '¥4,000']
    """
    return _HumanFormatter("¥", digits=digits, lang=lang)


def number_formatter(*, digits: int | None = None, lang: str | None = None) -> mticker.Formatter:
    """Return a tick formatter for count axes: 8,000, 1.5万, 2亿 (15K, 200M in English).

    Parameters
    ----------
    digits : int, optional
        Fixed decimals; by default the fewest that tell the ticks apart.
    lang : {'zh', 'en'} or None, default None
        The language; None is the package's language when the formatter is made.

    Examples
    --------
    >>> number_formatter().format_ticks([0, 20000, 40000])
    ['0', '2万', '4万']
    >>> number_formatter(lang="en").format_ticks([0, 1e6, 2e6])
    ['0', '1M', '2M']
    """
    return _HumanFormatter("", digits=digits, lang=lang)


def pct_formatter(*, digits: int | None = None) -> mticker.Formatter:
    """Return a tick formatter for axes of fractions: 0.025 -> 2.5% (the same in both languages).

    Parameters
    ----------
    digits : int, optional
        Fixed decimals; by default the fewest that tell the ticks apart.

    Examples
    --------
    >>> pct_formatter().format_ticks([0, 0.025, 0.05])
    ['0%', '2.5%', '5%']
    """
    return _HumanFormatter("", percent=True, digits=digits)


_FORMATTERS: dict[str, Callable[[], mticker.Formatter]] = {
    "yuan": yuan_formatter,
    "pct": pct_formatter,
    "number": number_formatter,
}
_FORMATS: dict[str, Callable[[float], str]] = {"yuan": format_yuan, "pct": format_pct, "number": format_number}


def _formatter(kind) -> mticker.Formatter:
    if isinstance(kind, mticker.Formatter):
        return kind
    if callable(kind):
        return mticker.FuncFormatter(lambda x, pos: kind(x))
    try:
        return _FORMATTERS[kind]()
    except (KeyError, TypeError):
        raise ValueError(T("error.format", kind=kind, choices=sorted(_FORMATTERS))) from None


def _format(kind) -> Callable[[float], str]:
    if callable(kind) and not isinstance(kind, mticker.Formatter):
        return kind
    if isinstance(kind, mticker.Formatter):
        return lambda x: kind(x)
    try:
        return _FORMATS[kind]
    except (KeyError, TypeError):
        raise ValueError(T("error.format", kind=kind, choices=sorted(_FORMATS))) from None


# --------------------------------------------------------------------------
# Charts
# --------------------------------------------------------------------------


class _Default:
    """The default of a ``title=`` or label argument: the chart's own words, in the current language."""

    def __repr__(self) -> str:
        return "<default>"


_OWN = _Default()


def _own(value, key: str, **values):
    """Return ``value``, or the catalog's template ``key`` when ``value`` is the default."""
    return T(key, **values) if value is _OWN else value


_INLINE_BACKEND = "module://matplotlib_inline.backend_inline"  # data: the notebook's inline backend
_GET_ROOT = tuple(int(x) for x in mpl.__version__.split(".")[:2]) >= (3, 10)  # get_figure(root=) is 3.10+


def _settled(ax):
    """Return ``ax``; in a notebook with the inline backend, spare its figure a render nobody sees.

    After a cell, IPython runs two hooks in turn: pyplot draws every *stale* figure
    (a full render with the Agg renderer, at screen dpi), then the inline backend renders each
    figure again into the PNG the notebook keeps (``figure_format``: at twice the dpi
    for retina), from scratch. The first render is thrown away: it was a third of a chart's time in
    the daily review. A finished chart is marked as drawn so the first hook skips it;
    the PNG is byte for byte the same. Anything drawn on the axes afterwards (a title,
    a line) marks the figure stale again, as usual. Other backends (a window, ipympl,
    files via ``savefig``) are left alone: there the first draw is what shows the chart.
    """
    fig = ax.get_figure(root=True) if _GET_ROOT else ax.figure
    if fig is not None and mpl.get_backend() == _INLINE_BACKEND:
        fig.stale = False
    return ax


def _axes(ax, figsize=None, default_size=(8, 4)):
    """Return the axes to draw on: ``ax``, else the current one, else one on a new figure.

    A new figure gets ``figsize`` (always when it is given) or the chart's ``default_size``.
    """
    _check_font()
    if ax is not None:
        return ax
    if figsize is None and plt.get_fignums():
        return plt.gca()
    return plt.figure(figsize=figsize or default_size).add_subplot()


def _label(name) -> str:
    """Return the label of a column in the package's language (see :func:`shopanalysis.vocab.label`)."""
    return vocab.label(name) if isinstance(name, str) else ("" if name is None else str(name))


def _value_labels(values, enum) -> list[str]:
    """Return the labels of enum codes (``natural`` -> 自然流量), or the values as text if ``enum`` is none."""
    known = isinstance(enum, str) and enum in vocab.enum_names()
    return [vocab.value_label(enum, v, default=str(v)) if known else str(v) for v in values]


def _is_dates(values) -> bool:
    values = pd.Series(values)
    if pd.api.types.is_datetime64_any_dtype(values):
        return True
    return bool(len(values)) and values.map(lambda v: isinstance(v, pd.Timestamp | np.datetime64) or hasattr(v, "isoformat")).all()


def _format_date_axis(axis) -> None:
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    axis.set_major_locator(locator)
    axis.set_major_formatter(mdates.DateFormatter("%m-%d"))


def _check_columns(data: pd.DataFrame, *columns) -> None:
    missing = [c for c in columns if c is not None and c not in data.columns]
    if missing:
        raise ValueError(T("error.columns", missing=missing, columns=list(data.columns)))


_LINE_STYLES = ("--", ":", "-.")


def _references(ax, reference, *, vertical: bool, color: str) -> bool:
    """Draw reference lines across the value axis; return whether one has a label for the legend.

    ``reference`` is a number, or a mapping of label -> number (the label goes to the legend).
    """
    if reference is None:
        return False
    items = list(reference.items()) if isinstance(reference, Mapping) else [(None, reference)]
    draw = ax.axvline if vertical else ax.axhline
    for i, (text, value) in enumerate(items):
        draw(float(value), color=color, linestyle=_LINE_STYLES[i % len(_LINE_STYLES)], linewidth=1.4, zorder=3,
             label=str(text) if text is not None else "_reference")
    return any(text is not None for text, _ in items)


def plot_waterfall(
    start: float,
    steps,
    end: float | None = None,
    *,
    ax=None,
    title: str | None = _OWN,
    start_label: str = _OWN,
    end_label: str = _OWN,
    ylabel: str | None = _OWN,
    up_color: str = UP_COLOR,
    down_color: str = DOWN_COLOR,
    total_color: str = TOTAL_COLOR,
    start_at_zero: bool = True,
    value_format="yuan",
    rtol: float = 0.005,
    figsize: tuple[float, float] | None = None,
):
    """Draw a waterfall: a start total, the changes that explain it, the end total.

    Made for the split of a change in sales into its drivers (访客数, 转化率,
    客单价), computed beforehand by the metric functions.

    Parameters
    ----------
    start : float
        The total before (e.g. last period's 支付金额, in yuan).
    steps : pandas.Series or mapping
        Label -> change, in the order to draw; their sum is the change from
        ``start`` to ``end``.
    end : float, optional
        The total after; by default ``start + steps.sum()``. When given it
        must equal that sum within ``rtol``.
    ax : matplotlib.axes.Axes, optional
        Where to draw; by default the current axes, or a new figure.
    title : str or None, default 支付金额变化拆解 / What changed sales
        Title; None for none.
    start_label, end_label : str, default 上期 / Before and 本期 / After
        Labels of the two total bars.
    ylabel : str or None, default 支付金额 / Sales
        Label of the value axis.
    up_color, down_color : str, default red and green
        Colours of rises and falls. Chinese readers expect red for up and
        green for down (the reverse of Western finance); swap them for a
        Western audience.
    total_color : str, default blue
        Colour of the two totals.
    start_at_zero : bool, default True
        Start the value axis at zero. With False the axis zooms on the
        steps (small changes on a large total become visible) and the axis
        label says that it does not start at zero.
    value_format : {'yuan', 'number', 'pct'} or callable, default 'yuan'
        Format of the bar labels and ticks.
    rtol : float, default 0.005
        Relative tolerance of the check of ``end``.
    figsize : (float, float), optional
        Size of a new figure (without ``ax``).

    Returns
    -------
    matplotlib.axes.Axes
        The axes, with ``len(steps) + 2`` bars in ``ax.containers[0]``.

    Raises
    ------
    ValueError
        If ``steps`` is empty or ``end`` does not match ``start + steps.sum()``.

    Examples
    --------
    >>> steps = pd.Series({"访客数": 1200.0, "转化率": -800.0, "客单价": 300.0})
    >>> ax = plot_waterfall(10000, steps)
    >>> len(ax.containers[0]), ax.get_title()
    (5, '支付金额变化拆解')
    >>> plt.close(ax.figure)
    """
    steps = pd.Series(steps, dtype=float)
    if steps.empty:
        raise ValueError(T("error.steps_empty"))
    if steps.isna().any():
        raise ValueError(T("error.steps_missing", labels=steps[steps.isna()].index.tolist()))
    computed = float(start) + float(steps.sum())
    if end is None:
        end = computed
    elif not np.isclose(end, computed, rtol=rtol, atol=0.01):
        raise ValueError(T("error.steps_sum", computed=computed, end=float(end)))
    title, ylabel = _own(title, "waterfall.title"), (vocab.label("paid_amount") if ylabel is _OWN else ylabel)
    start_label, end_label = _own(start_label, "waterfall.start"), _own(end_label, "waterfall.end")
    fmt = _format(value_format)
    change_fmt = (lambda v: fmt(v, sign=True)) if isinstance(value_format, str) else fmt
    ax = _axes(ax, figsize, (7, 4))

    after = float(start) + steps.cumsum().to_numpy()
    before = np.r_[float(start), after[:-1]]
    n = len(steps) + 2
    x = np.arange(n)
    bottoms = np.r_[0.0, np.minimum(before, after), 0.0]
    heights = np.r_[float(start), np.abs(steps.to_numpy()), float(end)]
    colors = [total_color, *[up_color if s >= 0 else down_color for s in steps], total_color]
    bars = ax.bar(x, heights, bottom=bottoms, color=colors, width=0.62, zorder=2)
    # Connectors from each bar's level to the next bar.
    levels = np.r_[float(start), after]
    ax.hlines(levels, x[:-1] + 0.31, x[1:] - 0.31, colors="#777777", linewidth=0.8, linestyles="--", zorder=1)

    tops = bottoms + heights
    for i, bar in enumerate(bars):
        if i in (0, n - 1):
            text, color = fmt(heights[i]), "#333333"
        else:
            change = steps.iloc[i - 1]
            text = change_fmt(change)
            color = up_color if change >= 0 else down_color
        ax.annotate(
            text, (bar.get_x() + bar.get_width() / 2, tops[i]), xytext=(0, 3), textcoords="offset points",
            ha="center", va="bottom", fontsize="small", color=color,
        )
    if start_at_zero:
        low = min(0.0, bottoms.min())
        ax.set_ylim(low, tops.max() + 0.12 * (tops.max() - low))
    else:
        low = min(bottoms[1:-1].min(), float(start), float(end))
        high = tops.max()
        pad = 0.15 * (high - low if high > low else abs(high) or 1.0)
        ax.set_ylim(low - pad, high + pad)
        if ylabel is not None:
            ylabel = T("waterfall.not_from_zero", label=ylabel)
    # long English names ("Avg. order value") go on two lines rather than over their neighbours
    ax.set_xticks(x, [textwrap.fill(str(t), 12) for t in [start_label, *steps.index, end_label]])
    ax.yaxis.set_major_formatter(_formatter(value_format))
    ax.grid(axis="x", visible=False)
    if ylabel is not None:
        ax.set_ylabel(ylabel)
    if title is not None:
        ax.set_title(title)
    return _settled(ax)


def plot_pacing(
    daily: pd.DataFrame,
    *,
    target_total: float,
    date: str = "date",
    actual: str = "actual",
    target: str | None = "target",
    today=None,
    ax=None,
    title: str | None = _OWN,
    ylabel: str | None = _OWN,
    actual_color: str = TOTAL_COLOR,
    target_color: str = "#7F7F7F",
    figsize: tuple[float, float] | None = None,
):
    """Draw a month's cumulative sales against the cumulative target.

    Parameters
    ----------
    daily : pandas.DataFrame
        One row per day of the month, with the day's sales (``actual``,
        missing after the last day with data) and the day's target
        (``target``). Not modified.
    target_total : float
        The month's target (销售目标), drawn as a horizontal line.
    date, actual, target : str, default 'date', 'actual', 'target'
        Column names. With ``target=None`` the target line is a straight
        pace from 0 to ``target_total`` over the rows of ``daily``.
    today : date-like, optional
        The day to mark; by default the last day with actual sales.
    ax : matplotlib.axes.Axes, optional
        Where to draw; by default the current axes, or a new figure.
    title : str or None, default 本月销售进度 / Sales against the month's target
        Title; None for none.
    ylabel : str or None, default 累计支付金额 / Cumulative sales
        Label of the value axis.
    actual_color, target_color : str
        Colours of the actual and target lines.
    figsize : (float, float), optional
        Size of a new figure (without ``ax``).

    Returns
    -------
    matplotlib.axes.Axes
        The axes, with four lines: cumulative actual, cumulative target, the
        month's target (horizontal) and today (vertical).

    Examples
    --------
    >>> days = pd.date_range("2026-10-01", "2026-10-31")
    >>> daily = pd.DataFrame({"date": days, "actual": [1000.0] * 15 + [None] * 16, "target": 1100.0})
    >>> ax = plot_pacing(daily, target_total=34100)
    >>> len(ax.get_lines())
    4
    >>> plt.close(ax.figure)
    """
    _check_columns(daily, date, actual, target)
    frame = daily.sort_values(date)
    dates = pd.to_datetime(frame[date]).to_numpy()
    values = frame[actual].astype(float)
    if values.notna().sum() == 0:
        raise ValueError(T("error.no_values", column=actual))
    cum_actual = values.cumsum().to_numpy()  # stays NaN after the last day with data
    if target is None:
        cum_target = float(target_total) * np.arange(1, len(frame) + 1) / len(frame)
    else:
        cum_target = frame[target].astype(float).cumsum().to_numpy()
    today = pd.Timestamp(dates[values.notna().to_numpy()][-1]) if today is None else pd.Timestamp(today)

    ax = _axes(ax, figsize, (9, 4))
    ax.plot(dates, cum_actual, color=actual_color, linewidth=2.2, marker="o", markersize=3,
            label=T("pacing.actual"))
    ax.plot(dates, cum_target, color=target_color, linewidth=1.5, linestyle="--", label=T("pacing.target"))
    ax.axhline(float(target_total), color=UP_COLOR, linewidth=1, linestyle=":",
               label=T("pacing.month_target", target=target_total))
    ax.axvline(today, color=_REFERENCE_COLOR, linewidth=1, linestyle="-.", label="_today")

    idx = int(np.searchsorted(dates, today.to_datetime64(), side="right")) - 1
    if 0 <= idx < len(dates) and not np.isnan(cum_actual[idx]):
        done, due = cum_actual[idx], cum_target[idx]
        ax.scatter([dates[idx]], [done], color=actual_color, s=30, zorder=3)
        note = T("pacing.note", day=today, done=done, due=due, gap=done - due,
                 progress=done / target_total if target_total else np.nan)
        ax.annotate(note, (dates[idx], done), xytext=(-8, 12), textcoords="offset points", ha="right",
                    va="bottom", fontsize="small",
                    bbox={"boxstyle": "round,pad=0.3", "facecolor": "white", "edgecolor": "#cccccc", "alpha": 0.9})
    top = np.nanmax([np.nanmax(cum_actual), np.nanmax(cum_target), float(target_total)])
    ax.set_ylim(0, top * 1.12)
    ax.set_xlim(dates[0] - np.timedelta64(12, "h"), dates[-1] + np.timedelta64(12, "h"))
    _format_date_axis(ax.xaxis)
    ax.yaxis.set_major_formatter(yuan_formatter())
    ax.legend(loc="upper left", fontsize="small")
    ylabel = _own(ylabel, "pacing.ylabel")
    if ylabel is not None:
        ax.set_ylabel(ylabel)
    ax.set_xlabel("")
    title = _own(title, "pacing.title")
    if title is not None:
        ax.set_title(title)
    return _settled(ax)


def _range_text(low: float, high: float) -> str:
    if high >= 1:
        return T("mix.at_least", low=low)
    if low <= 0:
        return T("mix.below", high=high)
    return T("mix.between", low=low, high=high)


def plot_mix(
    shares,
    healthy: Mapping[str, tuple[float, float]] | None = None,
    *,
    ax=None,
    title: str | None = _OWN,
    labels: Mapping[str, str] | None = None,
    color: str = TOTAL_COLOR,
    alert_color: str = ALERT_COLOR,
    band_color: str = BAND_COLOR,
    figsize: tuple[float, float] | None = None,
):
    """Draw traffic-channel shares as horizontal bars over their healthy ranges.

    Parameters
    ----------
    shares : pandas.Series or mapping
        Channel -> share of visitors (a fraction), in the order to draw,
        top to bottom. Shares of a real export may add to more than 1.
    healthy : mapping, optional
        Channel -> (low, high) fractions, drawn as shaded bands; a bar
        outside its band is drawn in ``alert_color``. Use ``high=1`` for
        "at least" and ``low=0`` for "below".
    ax : matplotlib.axes.Axes, optional
        Where to draw; by default the current axes, or a new figure.
    title : str or None, default 流量结构 / Traffic mix
        Title; None for none.
    labels : mapping, optional
        Channel -> display name; by default the channel's label in the
        vocabulary (``natural``: 自然流量 / Natural), and the channel itself
        for channels it does not name.
    color, alert_color, band_color : str
        Colours of bars in range (or without a range), bars out of range,
        and bands.
    figsize : (float, float), optional
        Size of a new figure (without ``ax``).

    Returns
    -------
    matplotlib.axes.Axes
        The axes, with one bar per channel in ``ax.containers[0]``.

    Examples
    --------
    >>> shares = pd.Series({"natural": 0.62, "paid": 0.12, "activity": 0.15, "membership": 0.08, "other": 0.03})
    >>> ax = plot_mix(shares, {"natural": (0.7, 1.0), "paid": (0.05, 0.10)})
    >>> len(ax.containers[0]), ax.get_yticklabels()[1].get_text()
    (5, '付费流量\\n健康 5%–10%')
    >>> plt.close(ax.figure)
    """
    shares = pd.Series(shares, dtype=float)
    healthy = dict(healthy or {})
    unknown = sorted(set(healthy) - set(shares.index))
    if unknown:
        raise ValueError(T("error.channels", unknown=unknown, known=list(shares.index)))
    names = dict(zip(shares.index, _value_labels(shares.index, "channel")))
    names.update(labels or {})
    ax = _axes(ax, figsize, (7, 0.5 * len(shares) + 1.4))
    y = np.arange(len(shares))
    colors = []
    for channel, share in shares.items():
        low, high = healthy.get(channel, (-np.inf, np.inf))
        colors.append(color if low <= share <= high else alert_color)
    bars = ax.barh(y, shares.to_numpy(), color=colors, height=0.55, zorder=2)
    for row, channel in enumerate(shares.index):
        if channel not in healthy:
            continue
        low, high = healthy[channel]
        ax.add_patch(Rectangle((low, row - 0.42), high - low, 0.84, facecolor=band_color, alpha=0.18,
                               edgecolor="none", zorder=1))
    for bar, share in zip(bars, shares):
        ax.annotate(format_pct(share), (bar.get_width(), bar.get_y() + bar.get_height() / 2), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize="small")
    ticks = []
    for channel in shares.index:
        text = names.get(channel, str(channel))
        if channel in healthy:
            text = T("mix.tick", channel=text, range=_range_text(*healthy[channel]))
        ticks.append(text)
    ax.set_yticks(y, ticks)
    ax.invert_yaxis()
    lows = [low for low, _ in healthy.values()]
    ax.set_xlim(0, max(float(shares.max()) * 1.18, max(lows, default=0) * 1.15, 0.1))
    ax.xaxis.set_major_formatter(pct_formatter())
    ax.set_xlabel(T("mix.xlabel"))
    ax.grid(axis="y", visible=False)
    if healthy:
        handles = [Patch(facecolor=band_color, alpha=0.25, label=T("mix.healthy")),
                   Patch(facecolor=alert_color, label=T("mix.unhealthy"))]
        ax.legend(handles=handles, loc="lower right", fontsize="small")
    title = _own(title, "mix.title")
    if title is not None:
        ax.set_title(title)
    return _settled(ax)


def plot_trend(
    data: pd.DataFrame,
    x: str,
    y: str,
    *,
    hue: str | None = None,
    ax=None,
    title: str | None = None,
    xlabel: str | None = None,
    ylabel: str | None = None,
    yformat="number",
    legend_title: str | None = None,
    reference: float | Mapping[str, float] | None = None,
    reference_color: str = UP_COLOR,
    events=None,
    figsize: tuple[float, float] | None = None,
    **kwargs,
):
    """Draw a line per series over time, with 月-日 dates and readable numbers.

    A thin wrapper of :func:`seaborn.lineplot` (no error bands, one point
    per row).

    Parameters
    ----------
    data : pandas.DataFrame
        Long-form data. Not modified.
    x, y : str
        Columns of the horizontal (usually ``date``) and vertical axes.
    hue : str, optional
        Column whose values get one line each (e.g. ``source``); codes of an
        enum of the vocabulary (``channel``) show their labels in the legend.
    ax : matplotlib.axes.Axes, optional
        Where to draw; by default the current axes, or a new figure.
    title : str, optional
        Title.
    xlabel, ylabel : str, optional
        Axis labels; by default the column's label in the vocabulary
        (``paid_amount``: 支付金额 / Sales), and no label for a date axis.
    yformat : {'number', 'yuan', 'pct'}, Formatter or callable, default 'number'
        Format of the vertical ticks.
    legend_title : str, optional
        Title of the legend; by default the label of ``hue``.
    reference : float or mapping, optional
        Horizontal reference lines: a value, or label -> value (a target, a
        limit: ``{"预算用完": 1.0}``); labelled ones join the legend.
    reference_color : str, default red
        Colour of the reference lines.
    events : dates or mapping, optional
        Days to mark with a dotted vertical line (a new main image, a price
        change); a mapping of label -> day also writes the label at the top.
    figsize : (float, float), optional
        Size of a new figure (without ``ax``).
    **kwargs
        Passed on to :func:`seaborn.lineplot`.

    Returns
    -------
    matplotlib.axes.Axes
        The axes, with one line of data per ``hue`` value (seaborn adds
        empty lines for the legend).

    Examples
    --------
    >>> df = pd.DataFrame({"date": pd.date_range("2026-10-01", periods=5), "paid_amount": [1.0, 3, 2, 5, 4]})
    >>> ax = plot_trend(df, "date", "paid_amount", yformat="yuan")
    >>> ax.get_ylabel()
    '支付金额'
    >>> plt.close(ax.figure)
    """
    _check_columns(data, x, y, hue)
    ax = _axes(ax, figsize, (9, 3.8))
    import seaborn as sns

    options = {"errorbar": None, "marker": "o", "markersize": 4, "linewidth": 1.8, **kwargs}
    sns.lineplot(data=data, x=x, y=y, hue=hue, ax=ax, **options)
    dates = _is_dates(data[x])
    if dates:
        _format_date_axis(ax.xaxis)
    ax.yaxis.set_major_formatter(_formatter(yformat))
    ax.set_xlabel(xlabel if xlabel is not None else ("" if dates else _label(x)))
    ax.set_ylabel(ylabel if ylabel is not None else _label(y))
    labelled = _references(ax, reference, vertical=False, color=reference_color)
    if events is not None:
        marks = events.items() if isinstance(events, Mapping) else [(None, day) for day in events]
        for text, day in marks:
            ax.axvline(pd.Timestamp(day) if dates else day, color=_REFERENCE_COLOR, linestyle=":", linewidth=1.2)
            if text is not None:
                ax.annotate(str(text), (pd.Timestamp(day) if dates else day, 1.0), xycoords=("data", "axes fraction"),
                            xytext=(3, -12), textcoords="offset points", fontsize="small", color=_REFERENCE_COLOR)
    if (hue is not None and ax.get_legend() is not None) or labelled:  # not when legend=False was asked for
        handles, names = ax.get_legend_handles_labels()
        if hue is not None:
            codes = set(map(str, data[hue].dropna().unique()))
            names = [vocab.value_label(hue, n, default=n) if n in codes and hue in vocab.enum_names() else n
                     for n in names]
        many = len(names) > 4  # a long legend goes beside the chart, not over the lines
        ax.legend(handles, names, title=(legend_title if legend_title is not None else _label(hue)) if hue else None,
                  fontsize="small", **({"loc": "upper left", "bbox_to_anchor": (1.01, 1)} if many else {}))
    if title is not None:
        ax.set_title(title)
    return _settled(ax)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def plot_bar(
    data,
    *,
    value: str | None = None,
    label: str | None = None,
    ax=None,
    highlight=None,
    top: int | None = None,
    ascending: bool = False,
    title: str | None = None,
    xlabel: str | None = None,
    xformat="number",
    color: str = MUTED_COLOR,
    highlight_color: str = TOTAL_COLOR,
    max_label_chars: int = 16,
    reference: float | Mapping[str, float] | None = None,
    reference_color: str = ALERT_COLOR,
    figsize: tuple[float, float] | None = None,
):
    """Draw a ranked horizontal bar chart, optionally highlighting some bars.

    Parameters
    ----------
    data : pandas.Series or pandas.DataFrame
        A Series of label -> value, or a DataFrame with ``value`` and
        ``label`` columns. Not modified.
    value, label : str, optional
        Columns of a DataFrame: the bar length and the bar name (by default
        the index). Names that are codes of an enum of the vocabulary (a
        ``label="decision"`` column of ``raise_bid``, ...) show their labels.
    ax : matplotlib.axes.Axes, optional
        Where to draw; by default the current axes, or a new figure whose
        height fits the bars.
    highlight : label or list of labels, optional
        Bars to draw in ``highlight_color`` (e.g. our shop among rivals).
    top : int, optional
        Draw only the first ``top`` of the ranking; a highlighted label
        ranked lower is added at the bottom with its rank (第12名).
    ascending : bool, default False
        Rank smallest first (for response times, refund rates ...).
    title : str, optional
        Title.
    xlabel : str, optional
        Label of the value axis; by default the label of ``value`` (or of
        the Series' name) in the vocabulary.
    xformat : {'number', 'yuan', 'pct'} or callable, default 'number'
        Format of the ticks and bar labels.
    color, highlight_color : str
        Colours of the bars and of the highlighted bars.
    max_label_chars : int, default 16
        Longer names (product titles) are cut with an ellipsis.
    reference : float or mapping, optional
        Vertical reference lines: a value, or label -> value (a team average,
        a target: ``{"目标 20 秒": 20}``); labelled ones get a legend.
    reference_color : str, default orange
        Colour of the reference lines.
    figsize : (float, float), optional
        Size of a new figure (without ``ax``).

    Returns
    -------
    matplotlib.axes.Axes
        The axes, with one bar per label drawn in ``ax.containers[0]``, the
        first ranked on top.

    Raises
    ------
    ValueError
        If a DataFrame comes without ``value``, or ``highlight`` names a label
        that is not in the data.

    Examples
    --------
    >>> sales = pd.Series({"店铺A": 52000.0, "我们的店": 31000.0, "店铺B": 45000.0})
    >>> ax = plot_bar(sales, highlight="我们的店", xformat="yuan")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['店铺A', '店铺B', '我们的店']
    >>> plt.close(ax.figure)
    """
    if isinstance(data, pd.DataFrame):
        if value is None:
            raise ValueError(T("error.value_needed", columns=list(data.columns)))
        _check_columns(data, value, label)
        series = pd.Series(data[value].to_numpy(dtype=float),
                           index=data[label].to_numpy() if label is not None else data.index.to_numpy())
        name, enum = value, label if label is not None else data.index.name
    else:
        series = pd.Series(data, dtype=float)
        name, enum = series.name, series.index.name
    series = series.dropna()
    labels = [str(v) for v in series.index]
    shown_names = dict(zip(labels, _value_labels(series.index, enum)))
    wanted = [] if highlight is None else [highlight] if isinstance(highlight, str) or np.isscalar(highlight) else list(highlight)
    wanted = [str(h) for h in wanted]
    absent = [h for h in wanted if h not in labels]
    if absent:
        raise ValueError(T("error.highlight", absent=absent, labels=labels[:20] + (["..."] if len(labels) > 20 else [])))

    order = np.argsort(series.to_numpy() if ascending else -series.to_numpy(), kind="stable")
    ranked = [(rank + 1, labels[i], float(series.iloc[i])) for rank, i in enumerate(order)]
    shown = ranked if top is None else ranked[:top]
    if top is not None:
        shown += [r for r in ranked[top:] if r[1] in wanted]
    fmt = _format(xformat)
    ax = _axes(ax, figsize, (8, 0.4 * len(shown) + 1.3))
    y = np.arange(len(shown))
    widths = [v for _, _, v in shown]
    colors = [highlight_color if lab in wanted else color for _, lab, _ in shown]
    bars = ax.barh(y, widths, color=colors, height=0.62, zorder=2)
    ticks = []
    for rank, lab, _ in shown:
        text = _shorten(shown_names[lab], max_label_chars)
        ticks.append(T("bar.rank", name=text, rank=rank) if top is not None and rank > top else text)
    ax.set_yticks(y, ticks)
    for tick, (_, lab, _) in zip(ax.get_yticklabels(), shown):
        if lab in wanted:
            tick.set_color(highlight_color)
            tick.set_fontweight("bold")
    for bar, v in zip(bars, widths):
        ax.annotate(fmt(v), (bar.get_width(), bar.get_y() + bar.get_height() / 2),
                    xytext=(3 if v >= 0 else -3, 0), textcoords="offset points",
                    ha="left" if v >= 0 else "right", va="center", fontsize="small")
    ax.invert_yaxis()
    refs = [] if reference is None else list(reference.values()) if isinstance(reference, Mapping) else [reference]
    lo = min(0.0, min(widths, default=0), *map(float, refs))
    hi = max(0.0, max(widths, default=0), *map(float, refs))
    ax.set_xlim(lo * 1.18, hi * 1.18 if hi > 0 else 1)
    if _references(ax, reference, vertical=True, color=reference_color):
        ax.legend(loc="lower right", fontsize="small")
    ax.xaxis.set_major_formatter(_formatter(xformat))
    ax.grid(axis="y", visible=False)
    if xlabel is None:
        xlabel = _label(name) if isinstance(name, str) else ""
    ax.set_xlabel(xlabel)
    if title is not None:
        ax.set_title(title)
    return _settled(ax)


def plot_sales_split(row, *, ax=None, title: str | None = _OWN, figsize=None, **kwargs):
    """Draw one day's sales change against a baseline, split into 访客数, 转化率 and 客单价.

    Parameters
    ----------
    row : Series or mapping
        One row of :func:`shopanalysis.sales.compare_day` (``paid_amount_before``,
        ``paid_amount``, ``yuan_visitors``, ``yuan_conversion``,
        ``yuan_avg_order_value``, ``baseline``, ``date``; ``note`` when there is no
        history).
    ax : Axes, optional
    title : str or None, optional
        Default: 支付金额变化拆解 (What changed sales) with the day and the baseline.
    figsize : (float, float), optional
        Size of a new figure (without ``ax``).
    **kwargs
        Passed to :func:`plot_waterfall` (colours, ``start_at_zero``).

    Returns
    -------
    Axes
        A waterfall; when the baseline has no data (the first days of the data), an
        empty frame that says so instead of failing.
    """
    ax = _axes(ax, figsize, (7, 4))
    code = row.get("baseline", getattr(row, "name", None))  # a row of compare_day(...).set_index("baseline") too
    against = vocab.value_label("baseline", code, default=str(row.get("label", "")))
    day = pd.Timestamp(row["date"]) if "date" in row and pd.notna(row["date"]) else None
    day_label = f"{day:%m-%d}" if day is not None else T("split.the_day")
    title = _own(title, "split.title", day=day_label, against=against)
    parts = [row.get("yuan_visitors"), row.get("yuan_conversion"), row.get("yuan_avg_order_value")]
    if pd.isna(row.get("paid_amount_before")) or any(pd.isna(p) for p in parts):
        note = str(row.get("note") or "")
        ax.set_axis_off()
        ax.set_title(title)
        ax.text(0.5, 0.5, T("split.no_data", against=against) + (f"\n{note}" if note else ""), ha="center",
                va="center", wrap=True, transform=ax.transAxes, color=MUTED_COLOR)
        return ax
    steps = pd.Series(dict(zip(vocab.labels(["visitors", "conversion_rate", "avg_order_value"]).values(), parts)))
    return plot_waterfall(float(row["paid_amount_before"]), steps, float(row["paid_amount"]), ax=ax, title=title,
                          start_label=against, end_label=day_label, **kwargs)


def plot_decisions(
    keywords: pd.DataFrame,
    *,
    target_roi: float,
    break_even_roi: float | None = None,
    x: str = "ctr",
    y: str = "roi_est",
    size: str = "cost",
    decision: str = "decision",
    label: str = "keyword",
    annotate: bool = True,
    ax=None,
    title: str | None = _OWN,
    figsize: tuple[float, float] | None = None,
):
    """Draw the keywords of a PPC review: click-through rate against ROI, coloured by decision.

    Each keyword is a dot sized by its spend, in the colour of its decision
    (:data:`DECISION_COLORS`, labelled 提价, 降价, 删除 ... from the vocabulary), on
    log scales, with the target ROI (solid) and the break-even ROI (dotted) across.
    Keywords without clicks or ROI cannot sit on a log scale and are left out.

    Parameters
    ----------
    keywords : pandas.DataFrame
        One row per keyword, e.g. from :func:`shopanalysis.ppc.prune_keywords`. Not modified.
    target_roi : float
        The ROI the shop asks of its keywords.
    break_even_roi : float, optional
        The ROI at which an order pays its click costs back.
    x, y, size, decision, label : str
        Columns of the click-through rate, the ROI, the spend, the decision code
        and the keyword.
    annotate : bool, default True
        Name the biggest spender of each decision but ``observe``.
    ax : matplotlib.axes.Axes, optional
        Where to draw; by default the current axes, or a new figure.
    title : str or None, default 关键词：点击率与 ROI / Keywords: click-through rate and ROI
    figsize : (float, float), optional
        Size of a new figure (without ``ax``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> kw = pd.DataFrame({"keyword": ["连衣裙", "衣服女", "茶歇裙"], "ctr": [0.02, 0.004, 0.035],
    ...                    "roi_est": [4.1, 0.6, 2.2], "cost": [800.0, 300.0, 150.0],
    ...                    "decision": ["raise_bid", "delete", "keep"]})
    >>> ax = plot_decisions(kw, target_roi=3.0, break_even_roi=1.8)
    >>> len(ax.collections[0].get_offsets()), ax.get_legend().get_texts()[1].get_text()
    (3, '提价')
    >>> plt.close(ax.figure)
    """
    import seaborn as sns

    _check_columns(keywords, x, y, size, decision, label if annotate else None)
    shown = keywords[(keywords[x] > 0) & (keywords[y] > 0)]
    codes = [c for c in DECISION_COLORS if c in set(shown[decision])]
    codes += sorted(set(map(str, shown[decision])) - set(codes))
    names = dict(zip(codes, _value_labels(codes, "decision")))
    hue_name, size_name = _label(decision), _label(size)
    frame = pd.DataFrame({x: shown[x], y: shown[y], hue_name: shown[decision].astype(str).map(names),
                          size_name: shown[size]})
    ax = _axes(ax, figsize, (9, 5.5))
    sns.scatterplot(data=frame, x=x, y=y, hue=hue_name, hue_order=[names[c] for c in codes],
                    palette={names[c]: DECISION_COLORS.get(c, "#333333") for c in codes}, size=size_name,
                    sizes=(12, 420), alpha=0.75, edgecolor="white", ax=ax)
    ax.set(xscale="log", yscale="log")
    ax.axhline(target_roi, color=_REFERENCE_COLOR, linewidth=1.2)
    ax.annotate(T("decisions.target", roi=target_roi), (1.0, target_roi), xycoords=("axes fraction", "data"),
                xytext=(-4, 3), textcoords="offset points", ha="right", fontsize="small", color=_REFERENCE_COLOR)
    if break_even_roi is not None and break_even_roi > 0:
        ax.axhline(break_even_roi, color=_REFERENCE_COLOR, linewidth=1, linestyle=":")
        ax.annotate(T("decisions.break_even", roi=break_even_roi), (1.0, break_even_roi),
                    xycoords=("axes fraction", "data"), xytext=(-4, -11), textcoords="offset points", ha="right",
                    fontsize="small", color=_REFERENCE_COLOR)
    for axis in (ax.xaxis, ax.yaxis):
        axis.set_major_locator(mticker.LogLocator(subs=(1.0, 2.0, 5.0)))
        axis.set_minor_formatter(mticker.NullFormatter())
    ax.xaxis.set_major_formatter(pct_formatter())
    ax.yaxis.set_major_formatter(mticker.FuncFormatter(lambda v, _: f"{v:g}"))
    if annotate:
        biggest = (shown[shown[decision] != "observe"].sort_values(size, ascending=False)
                   .drop_duplicates(decision))
        for _, row in biggest.iterrows():
            ax.annotate(_shorten(str(row[label]), 12), (row[x], row[y]), xytext=(7, -3), textcoords="offset points",
                        fontsize="small")
    ax.set_xlabel(T("decisions.xlabel"))
    ax.set_ylabel(T("decisions.ylabel"))
    if ax.get_legend() is not None:
        sns.move_legend(ax, "upper left", bbox_to_anchor=(1.01, 1), fontsize="small", frameon=False)
    title = _own(title, "decisions.title")
    if title is not None:
        ax.set_title(title)
    return _settled(ax)


def plot_intervals(
    data: pd.DataFrame,
    *,
    value: str,
    low: str,
    high: str,
    label: str,
    hue: str | None = None,
    palette: Mapping[str, str] | None = None,
    zero: float | None = 0.0,
    ax=None,
    title: str | None = None,
    xlabel: str | None = None,
    xformat="pct",
    max_label_chars: int = 24,
    figsize: tuple[float, float] | None = None,
):
    """Draw one estimate per row with its interval (an A/B test's lift, a forecast), top to bottom.

    Parameters
    ----------
    data : pandas.DataFrame
        One row per estimate, in the order to draw. Not modified.
    value, low, high : str
        Columns of the estimate and of its interval's ends.
    label : str
        Column of each row's name (cut to ``max_label_chars``).
    hue : str, optional
        Column of a code that colours the rows (an outcome); codes of an enum of
        the vocabulary show their labels in the legend.
    palette : mapping, optional
        Code of ``hue`` -> colour; codes it does not name are dark grey.
    zero : float or None, default 0.0
        Where "no change" is: a solid vertical line. None for none.
    ax : matplotlib.axes.Axes, optional
        Where to draw; by default the current axes, or a new figure whose
        height fits the rows.
    title, xlabel : str, optional
        Title and label of the value axis (by default the label of ``value``).
    xformat : {'pct', 'number', 'yuan'} or callable, default 'pct'
        Format of the value ticks.
    figsize : (float, float), optional
        Size of a new figure (without ``ax``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> tests = pd.DataFrame({"name": ["羊毛开衫 v1→v2", "连衣裙 v3→v4"], "lift": [0.18, -0.05],
    ...                       "lift_low": [0.06, -0.2], "lift_high": [0.3, 0.1]})
    >>> ax = plot_intervals(tests, value="lift", low="lift_low", high="lift_high", label="name")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['羊毛开衫 v1→v2', '连衣裙 v3→v4']
    >>> plt.close(ax.figure)
    """
    _check_columns(data, value, low, high, label, hue)
    frame = data.reset_index(drop=True)
    ax = _axes(ax, figsize, (9, 0.38 * len(frame) + 1.4))
    rows = np.arange(len(frame))
    groups = [(None, frame)] if hue is None else list(frame.groupby(hue, sort=False))
    for code, part in groups:
        color = (palette or {}).get(code, "#333333") if code is not None else TOTAL_COLOR
        name = _value_labels([code], hue)[0] if code is not None else None
        ax.errorbar(part[value], rows[part.index], fmt="o", capsize=3, color=color, zorder=3,
                    xerr=[part[value] - part[low], part[high] - part[value]], label=name or "_nolegend_")
    if zero is not None:
        ax.axvline(zero, color=_REFERENCE_COLOR, linewidth=1)
    ax.set_yticks(rows, [_shorten(str(v), max_label_chars) for v in frame[label]])
    ax.set_ylim(len(frame) - 0.5, -0.5)  # the first row on top
    ax.xaxis.set_major_formatter(_formatter(xformat))
    ax.grid(axis="y", visible=False)
    ax.set_xlabel(xlabel if xlabel is not None else _label(value))
    if hue is not None:
        ax.legend(loc="lower right", fontsize="small")
    if title is not None:
        ax.set_title(title)
    return _settled(ax)


def _short_pct(value: float) -> str:
    """Percent for a heatmap cell: whole from 10%, one decimal below it; empty for a missing cell."""
    if value is None or pd.isna(value):
        return ""
    return format_pct(value, 0 if value >= 0.095 else 1)


def cohort_heatmap(
    retention: pd.DataFrame,
    *,
    ax=None,
    title: str | None = _OWN,
    xlabel: str | None = _OWN,
    max_periods: int | None = None,
    cmap: str = "Blues",
    figsize: tuple[float, float] | None = None,
):
    """Draw cohort retention as a heatmap: first-purchase month down, months since across, percent in each cell.

    Parameters
    ----------
    retention : pandas.DataFrame
        :func:`shopanalysis.customers.cohort_retention` output: index ``cohort`` (first
        day of the period), an optional ``cohort_size`` column and one column per
        period since (``0, 1, 2, ...``) of shares. Not modified.
    ax : matplotlib.axes.Axes, optional
        Where to draw; by default the current axes, or a new figure sized for the grid.
    title : str or None, optional
        Title; by default 新客留存（按首购月份） / Cohort retention, in the package's
        language; None for none.
    xlabel : str or None, optional
        Label of the periods axis; by default 首购后第几个月 / Months since first purchase
        (say 季度 / quarters when the cohorts are quarters).
    max_periods : int, optional
        Draw periods ``0..max_periods`` only.
    cmap : str, default "Blues"
        Colour map. The colour scale stops at the highest share after period 0, so the
        period-0 column (always 100%) does not wash out the rest.
    figsize : (float, float), optional
        Size of a new figure (without ``ax``).

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> retention = pd.DataFrame({"cohort_size": [120, 80], 0: [1.0, 1.0], 1: [0.125, 0.05], 2: [0.08, np.nan]},
    ...                          index=pd.DatetimeIndex(["2026-01-01", "2026-02-01"], name="cohort"))
    >>> ax = cohort_heatmap(retention)
    >>> [t.get_text() for t in ax.get_yticklabels()], [t.get_text() for t in ax.texts]
    (['2026-01（120人）', '2026-02（80人）'], ['100%', '12%', '8.0%', '100%', '5.0%'])
    >>> ax.get_xlabel(), ax.get_title()
    ('首购后第几个月', '新客留存（按首购月份）')
    >>> plt.close(ax.figure)
    """
    import seaborn as sns

    periods = [c for c in retention.columns if not isinstance(c, str)]
    if not periods:
        raise ValueError(T("error.columns", missing=[0], columns=list(retention.columns)))
    if max_periods is not None:
        periods = [c for c in periods if c <= max_periods]
    shares = retention[periods].astype("float64")
    sizes = retention["cohort_size"] if "cohort_size" in retention.columns else None
    cohorts = pd.DatetimeIndex(retention.index)
    monthly = bool(len(cohorts)) and bool((cohorts.day == 1).all())
    rows = [T("cohort.month" if monthly else "cohort.day", cohort=c) for c in cohorts]
    if sizes is not None:
        rows = [T("cohort.row", period=text, n=n) for text, n in zip(rows, sizes)]
    ax = _axes(ax, figsize, (max(6.0, 0.62 * len(periods) + 2.4), max(3.0, 0.36 * len(rows) + 1.4)))
    later = shares[[c for c in periods if c != 0]].to_numpy()
    top = float(np.nanmax(later)) if later.size and np.isfinite(later).any() else 1.0
    annot = np.vectorize(_short_pct, otypes=[object])(shares.to_numpy()) if shares.size else None
    sns.heatmap(shares, ax=ax, cmap=cmap, vmin=0.0, vmax=top if top > 0 else 1.0, annot=annot, fmt="",
                cbar=False, linewidths=0.5, linecolor="white", annot_kws={"fontsize": "x-small"})
    ax.set_yticks(np.arange(len(rows)) + 0.5, rows, rotation=0)
    ax.set_xticks(np.arange(len(periods)) + 0.5, [str(c) for c in periods], rotation=0)
    ax.set_xlabel(_own(xlabel, "cohort.xlabel") or "")
    ax.set_ylabel(T("cohort.ylabel"))
    ax.tick_params(length=0)
    ax.grid(False)
    title = _own(title, "cohort.title")
    if title is not None:
        ax.set_title(title)
    return _settled(ax)


use_cjk_font()
