"""The machinery behind the course's self-checking exercises.

A lesson's exercise is two cells: the learner's ``answer = None  # your code here``
and a call to a checker, ``sa.course.check_01_conversion(answer)``. A checker
computes the expected answer with the package's own functions on the demo shop
(never a number typed in) and returns a :class:`Check`, which Jupyter shows as a
coloured box and a terminal as plain text. It answers in one of three ways:

``"not attempted"``
    the answer is still ``None``;
``"right"``
    with one sentence on why the number matters;
``"wrong"``
    with what is off (the wrong type, a percentage given as 2.26 instead of
    0.0226, a mean of daily rates instead of a ratio of sums, the value of another
    day, a flipped sign, ...) and a hint.

Writing a checker
-----------------
Decorate a function named ``check_NN_<what>`` in ``shopanalysis/course/lessonNN.py``
with :func:`exercise`, and return one of the ready-made diagnoses:

>>> import shopanalysis as sa
>>> sa.set_language("en")
'en'
>>> @exercise("99.1", "Conversion of two days")
... def check_99_example(answer):
...     days = {"paying_buyers": [30, 30], "visitors": [1000, 3000]}
...     expected = 60 / 4000   # in a real checker: sa.metrics.conversion_rate(days)
...     return check_number(answer, expected, kind="rate",
...                         traps=[Trap(0.02, "that is the mean of the two daily rates")],
...                         why="a rate over days is a ratio of sums.",
...                         hint="divide the summed buyers by the summed visitors")
>>> check_99_example(None).status
'not attempted'
>>> check_99_example(0.015).status
'right'
>>> print(check_99_example(1.5).message)
1.5 looks like a percentage: the exercise wants a fraction (1.5% is 0.015), the way the package stores every rate.
>>> print(check_99_example(0.02).message)
0.02 (2.00%) is off: that is the mean of the two daily rates.
>>> _ = sa.set_language(None)  # back to the package's setting

- :func:`check_number` for a number (a rate, an amount, a count, a ratio), with the
  percent-vs-fraction, sign, "100 times too big", rounding and wrong-type diagnoses
  built in, and :class:`Trap` values for the mistakes a learner is likely to make
  (build them with :func:`mean_of_ratios`, :func:`other_days` or ``Trap(value, why)``);
- :func:`check_choice` for a judgement exercise (``answer = "B"``), each option
  with the numbers that make it right or wrong;
- :func:`check_text` for a name (a traffic source, a keyword);
- :func:`check_date` for a day.

The checker never raises on a learner's answer (whatever they type, they get a
box), and never judges an answer left over from a run that raised: in a lesson
(:func:`shopanalysis.course.session.start_lesson`) it knows when the cell that assigns
``answer`` last failed, and says so instead. Its words come from the text catalog
:mod:`shopanalysis.text.course`, in the package's language (Chinese by default).
With the environment variable ``SHOPANALYSIS_COURSE_STRICT=1`` (set by
``notebooks/course/conftest.py`` when pytest runs the source notebooks) a checker
whose answer is not right raises :class:`CheckFailed` instead, so that
``pytest --nbval-lax notebooks/course`` fails on an unsolved exercise.
"""

from __future__ import annotations

import functools
import html
import math
import numbers
import os
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd

from ..text.course import T

__all__ = [
    "STATUSES",
    "STRICT_ENV",
    "Check",
    "CheckFailed",
    "Exercise",
    "EXERCISES",
    "Trap",
    "Option",
    "exercise",
    "exercises",
    "not_attempted",
    "right",
    "wrong",
    "check_number",
    "check_choice",
    "check_text",
    "check_date",
    "mean_of_ratios",
    "partial_windows",
    "other_days",
    "describe_value",
    "Text",
]

#: The three answers a checker gives.
STATUSES = ("not attempted", "right", "wrong")
#: Environment variable that makes a checker raise unless the answer is right.
STRICT_ENV = "SHOPANALYSIS_COURSE_STRICT"
#: The mime type a :class:`Check` adds to its display, for tools and tests.
MIME_TYPE = "application/vnd.shopanalysis.check+json"

_STYLE = {  # status -> (border, background, symbol); the word is T("status.<status>")
    "right": ("#2E7D32", "#E8F5E9", "✔"),
    "wrong": ("#C62828", "#FDECEA", "✘"),
    "not attempted": ("#757575", "#F3F3F3", "○"),
}


class CheckFailed(AssertionError):
    """Raise (in strict mode only) when a checker's answer is not right."""


@dataclass(frozen=True)
class Check:
    """What a checker says about one answer.

    Attributes
    ----------
    status : {'not attempted', 'right', 'wrong'}
    message : str
        Why the answer is right (one sentence on why it matters), or what is off.
    hint : str
        What to try next (wrong answers; empty otherwise).
    exercise : str
        The exercise's number, ``"1.2"``.
    title : str
        The exercise's title.
    checker : str
        The checker's name, ``"check_01_conversion"``.
    expected : object
        The expected answer (not shown in the box; tests and instructors use it).
    options : tuple of (str, str)
        For a judgement exercise, its options as (letter, text): the lesson lists them
        from here, so the notebook and the checker cannot disagree.
    """

    status: str
    message: str
    hint: str = ""
    exercise: str = ""
    title: str = ""
    checker: str = ""
    expected: object = field(default=None, repr=False, compare=False)
    options: tuple = field(default=(), repr=False, compare=False)

    def __post_init__(self):
        if self.status not in STATUSES:
            raise ValueError(T("author.status", statuses=repr(STATUSES), status=repr(self.status)))

    @property
    def passed(self) -> bool:
        """True when the answer is right."""
        return self.status == "right"

    def __bool__(self) -> bool:
        return self.passed

    def _heading(self) -> str:
        name = T("heading.numbered", number=self.exercise) if self.exercise else T("heading")
        return T("heading.titled", heading=name, title=self.title) if self.title else name

    def __str__(self) -> str:
        lines = [T("box.first_line", heading=self._heading(), word=T(f"status.{self.status}")), self.message]
        if self.hint:
            lines.append(T("box.hint", hint=self.hint))
        return "\n".join(line for line in lines if line)

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        border, background, symbol = _STYLE[self.status]
        word = T(f"status.{self.status}")
        hint = (f'<div style="margin-top:4px"><b>{html.escape(T("box.hint_word"))}</b> {html.escape(self.hint)}</div>'
                if self.hint else "")
        return (
            f'<div class="sa-check sa-check-{self.status.replace(" ", "-")}" style="border-left:6px solid {border};'  # data
            f'background:{background};padding:8px 12px;margin:4px 0;border-radius:4px;color:#212121">'
            f'<div><b style="color:{border}">{symbol} {html.escape(word)}</b> · '
            f'<span style="color:#555">{html.escape(self._heading())}</span></div>'
            f'<div style="margin-top:4px">{html.escape(self.message)}</div>{hint}</div>'
        )

    def _repr_mimebundle_(self, include=None, exclude=None):
        # A machine-readable copy next to the HTML and the text (JupyterLab has no
        # renderer for it and shows the HTML); the course tests read it.
        return {MIME_TYPE: {"checker": self.checker, "exercise": self.exercise, "status": self.status}}


def not_attempted(message: str = "") -> Check:
    """Return the answer to ``None``: the exercise is still to do."""
    return Check("not attempted", message or T("not_attempted"))


def right(why: str) -> Check:
    """Return a right answer, with one sentence on why it matters."""
    return Check("right", why)


def wrong(what: str, hint: str = "") -> Check:
    """Return a wrong answer: what is off, and a hint."""
    return Check("wrong", what, hint)


# --- words rendered when the checker runs ----------------------------------------------


class Text:
    """A catalog template rendered when it is read, in the language current then (not at import).

    An exercise's title is given when its module is imported, but shown when its checker
    runs, perhaps after :func:`shopanalysis.set_language`; a :class:`Text` renders the
    template each time it is turned into a string.

    Examples
    --------
    >>> import shopanalysis as sa
    >>> title = Text(T, "heading.numbered", number="1.1")
    >>> with sa.language("en"):
    ...     str(title)
    'Exercise 1.1'
    >>> with sa.language("zh"):
    ...     f"{title}"
    '练习 1.1'
    """

    def __init__(self, catalog, key: str, /, **values):
        self.catalog, self.key, self.values = catalog, key, values

    def __str__(self) -> str:
        return self.catalog(self.key, **self.values)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Text({self.catalog.domain!r}, {self.key!r})"

    def __eq__(self, other) -> bool:
        if isinstance(other, Text):
            return (self.catalog, self.key, self.values) == (other.catalog, other.key, other.values)
        return str(self) == other

    def __hash__(self) -> int:
        return hash((self.catalog.domain, self.key))


# --- the registry -------------------------------------------------------------------


@dataclass(frozen=True)
class Exercise:
    """One registered exercise: its checker and where it sits in the course."""

    name: str  # check_01_conversion
    lesson: str  # "01"
    number: str  # "1.2"
    title: str | Text  # a Text renders in the language current when it is read
    judgement: bool
    func: Callable = field(repr=False)


#: Every exercise whose lesson module has been imported, by checker name.
EXERCISES: dict[str, Exercise] = {}

_NAME = re.compile(r"check_(\d\d)_\w+")


def _strict() -> bool:
    return os.environ.get(STRICT_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def exercise(number: str, title: "str | Text", *, judgement: bool = False):
    """Register a checker for exercise ``number`` (``"1.2"``) of its lesson.

    The decorated function takes the learner's answer and returns a :class:`Check`
    (usually from :func:`check_number`, :func:`check_choice`, :func:`check_text`,
    or :func:`check_date`). The decorator

    - answers ``None`` with "not attempted" and ``Check.expected`` (it still runs the
      function, with the answer ``None``, so every helper handles ``None``);
    - answers "not attempted" too, saying why, when the lesson's cell that assigns
      ``answer`` raised the last time it ran (:mod:`shopanalysis.course.session`): the
      ``answer`` the checker got is then left over from an earlier run;
    - fills in the exercise's number, title and checker name;
    - turns an exception raised while judging a learner's answer into a wrong
      answer that names it (the learner gets a box, not a traceback);
    - raises :class:`CheckFailed` in strict mode when the answer is not right.

    Parameters
    ----------
    number : str
        ``"<lesson>.<n>"``, e.g. ``"1.2"`` for the second exercise of lesson 01.
    title : str or Text
        A few words shown in the box and in the lesson's heading; a :class:`Text`
        (the lessons' titles, from their catalogs) is rendered each time a checker
        runs, in the language current then.
    judgement : bool, default False
        True for a judgement exercise (a decision backed by numbers); every lesson
        has at least one.
    """

    def decorate(func):
        match = _NAME.fullmatch(func.__name__)
        if not match:
            raise ValueError(T("author.name", name=repr(func.__name__)))
        lesson = match.group(1)
        if not re.fullmatch(r"\d+\.\d+", number) or int(number.split(".")[0]) != int(lesson):
            raise ValueError(T("author.number", name=func.__name__, number=repr(number), lesson=int(lesson)))
        if func.__name__ in EXERCISES and EXERCISES[func.__name__].func.__module__ != func.__module__:
            raise ValueError(T("author.twice", name=func.__name__))

        @functools.wraps(func)
        def checker(answer):
            from .session import stale_answer

            failed = stale_answer()
            if failed is not None:  # the answer cell raised: `answer` is left over from an earlier run
                result = replace(func(None), status="not attempted", message=T("stale", error=failed),
                                 hint=T("stale.hint"))
            else:
                try:
                    result = func(answer)
                except Exception as exc:  # a learner's odd answer must not crash the lesson
                    if answer is None:
                        raise
                    result = wrong(T("crash", error=f"{type(exc).__name__}: {exc}"), T("crash.hint"))
            result = replace(result, exercise=number, title=str(title), checker=func.__name__)
            if _strict() and not result.passed:
                raise CheckFailed(str(result))
            return result

        checker.exercise = Exercise(func.__name__, lesson, number, title, judgement, checker)
        EXERCISES[func.__name__] = checker.exercise
        return checker

    return decorate


def exercises(lesson: str | None = None) -> list[Exercise]:
    """Return the registered exercises (of one lesson, ``"01"``), importing its checkers.

    Examples
    --------
    >>> [e.number for e in exercises("01")]
    ['1.1', '1.2', '1.3', '1.4']
    """
    from .lessons import LESSONS, checker_module

    wanted = [lesson] if lesson is not None else [l.number for l in LESSONS]
    for number in wanted:
        checker_module(number)
    found = [e for e in EXERCISES.values() if e.lesson in wanted]
    return sorted(found, key=lambda e: (e.lesson, [int(x) for x in e.number.split(".")]))


# --- describing values ------------------------------------------------------------------

KINDS = ("rate", "money", "count", "ratio", "number")


def describe_value(x, kind: str = "number") -> str:
    """Write a value the way a message shows it: 0.0226 (2.26%), ¥41,936.00, 7,378.

    Examples
    --------
    >>> describe_value(0.022619, "rate"), describe_value(41936, "money"), describe_value(7378, "count")
    ('0.02262 (2.26%)', '¥41,936.00', '7,378')
    """
    if x is None:
        return "None"
    if isinstance(x, (pd.Timestamp,)):
        return f"{x:%Y-%m-%d}"
    if not isinstance(x, numbers.Real) or isinstance(x, bool):
        return repr(x)
    x = float(x)
    if not math.isfinite(x):
        return str(x)
    if kind == "rate":
        return f"{x:.4g} ({x:.2%})"
    if kind == "money":
        return f"-¥{-x:,.2f}" if x < 0 else f"¥{x:,.2f}"
    if kind == "count":
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"
    return f"{x:,.4g}" if abs(x) < 1e6 else f"{x:,.0f}"


# --- traps: the wrong answers a checker recognises --------------------------------------


@dataclass(frozen=True)
class Trap:
    """A wrong answer a learner is likely to give, and what to tell them.

    Parameters
    ----------
    value : float
        The wrong value, computed with the package (the mean of the daily rates, the
        value of the day before, ...).
    message : str
        What the value is ("that is the value for 2026-10-14").
    hint : str, default ""
        What to do instead; the checker's own hint when empty.
    near : bool, default True
        Whether an answer merely near the value (within 2%, and much nearer to it than
        to the right answer and to every other trap) is told "close to a known mistake".
        False for the many look-alike values of :func:`partial_windows`, which name an
        answer only when it matches.
    """

    value: float
    message: str
    hint: str = ""
    near: bool = True


def mean_of_ratios(rows: pd.DataFrame, metric: str, *, what: str = "daily") -> Trap:
    """Return the trap of averaging a rate row by row instead of dividing the sums.

    The value is computed with the package: :func:`shopanalysis.metrics.add_metrics`
    gives each row's rate, and their plain mean is the mistake. ``what`` names the
    rows in the message: ``"daily"``, ``"keyword-day"``, ``"per-agent"``.

    Examples
    --------
    >>> days = pd.DataFrame({"paying_buyers": [30, 30], "visitors": [1000, 3000]})
    >>> mean_of_ratios(days, "conversion_rate").value
    0.02
    """
    from ..metrics import METRICS, add_metrics

    m = METRICS[metric]
    value = float(add_metrics(rows, [metric])[metric].mean())
    rows_word = T(f"rows.{what}") if f"rows.{what}" in T else what
    return Trap(value, T("trap.mean_of_ratios", rows=rows_word, name=m.platform_name.split(" (")[0],
                         numerator=m.numerator, denominator=m.denominator),
                T("trap.mean_of_ratios.hint", metric=metric))


def other_days(compute: Callable[[pd.Timestamp], float], day, *, offsets: Iterable[int] = (-1, 1, -7),
               names: Mapping[int, str] | None = None) -> list[Trap]:
    """Return a trap for each neighbouring day: "that is the value for 2026-10-14".

    Parameters
    ----------
    compute : callable
        Day -> the value the exercise asks for, computed with the package.
    day : date-like
        The day the exercise is about.
    offsets : iterable of int, default (-1, 1, -7)
        Which neighbours (days from ``day``). A neighbour ``compute`` fails on (no
        data) is left out.
    names : mapping of int to str, optional
        Words for an offset, default "the day before", "the day after", "a week before".

    Examples
    --------
    >>> import shopanalysis as sa
    >>> values = {pd.Timestamp("2026-10-14"): 1.0, pd.Timestamp("2026-10-15"): 2.0}
    >>> with sa.language("en"):
    ...     [t.message for t in other_days(values.__getitem__, "2026-10-15")]
    ['that is the value for 2026-10-14 (the day before), not 2026-10-15']
    """
    day = pd.Timestamp(day).normalize()
    words = {k: T(f"offset.{k}") for k in (-1, 1, -7, 7)}
    words.update(names or {})
    traps = []
    for offset in offsets:
        other = day + pd.Timedelta(days=offset)
        try:
            value = float(compute(other))
        except (KeyError, ValueError, IndexError, LookupError):
            continue
        if not math.isfinite(value):
            continue
        when = T("when", words=words[offset]) if offset in words else ""
        traps.append(Trap(value, T("trap.other_day", other=other, when=when, day=day),
                          T("trap.other_day.hint", day=day)))
    return traps


def partial_windows(compute: Callable[[pd.Timestamp, pd.Timestamp], float], period: str) -> list[Trap]:
    """Return a trap for each part of a month that a selection may cover by mistake.

    A learner who selects ``2026-10-01`` to ``2026-10-30`` (``< "2026-10-31"``) or only
    the first half of the month gets a value that may happen to lie near another known
    mistake; these traps name what they did instead. They match only closely
    (``near=False``): there are dozens, and their values crowd around the right one.

    Parameters
    ----------
    compute : callable
        (start, end) -> the value the exercise asks for over those days (both
        included), computed with the package.
    period : str
        The month the exercise is about, ``"2026-10"``.

    Examples
    --------
    >>> import shopanalysis as sa
    >>> values = pd.Series(range(1, 31), index=pd.date_range("2026-09-01", periods=30), dtype=float)
    >>> traps = partial_windows(lambda start, end: values[start:end].sum(), "2026-09")
    >>> len(traps)
    58
    >>> with sa.language("en"):
    ...     partial_windows(lambda start, end: values[start:end].sum(), "2026-09")[14].message
    'that is the value of 2026-09-01 to 2026-09-15 only, 15 days; 2026-09 runs from 2026-09-01 to 2026-09-30'
    """
    month = pd.Period(period, "M")
    first, last = month.start_time, month.end_time.normalize()
    days = pd.date_range(first, last)
    traps = []
    for start, end in [(first, d) for d in days[:-1]] + [(d, last) for d in days[1:]]:
        try:
            value = float(compute(start, end))
        except (KeyError, ValueError, IndexError, LookupError, ZeroDivisionError):
            continue
        if not math.isfinite(value):
            continue
        facts = dict(period=str(month), first=first, last=last)
        traps.append(Trap(value, T("trap.window", start=start, end=end, n=(end - start).days + 1, **facts),
                          T("trap.window.hint", **facts), near=False))
    return traps


# --- numbers ------------------------------------------------------------------------------


def _close(a: float, b: float, rtol: float, atol: float = 0.0) -> bool:
    return math.isfinite(a) and math.isfinite(b) and abs(a - b) <= max(rtol * max(abs(a), abs(b)), atol)


def _a(noun: str) -> str:
    """Return a type's name as a message says it: "a list", "an int" (一个 list)."""
    return T("what.other_vowel" if noun[:1].lower() in "aeiou" else "what.other", name=noun)


def _labels(index) -> str:
    """Return up to four labels of a pandas index, for a message ("visitors, conversion_rate, ...")."""
    shown = T("labels.sep").join(str(x) for x in list(index[:4]))
    return T("labels.more", shown=shown) if len(index) > 4 else shown


def _thousands(answer) -> tuple[str, str] | None:
    """Return ("8,000", "8000") when a tuple answer looks like a number written with thousands commas."""
    if not isinstance(answer, tuple) or len(answer) < 2:
        return None
    head, *rest = answer
    if not isinstance(head, numbers.Integral) or isinstance(head, bool) or not 1 <= head <= 999:
        return None
    if all(isinstance(x, numbers.Integral) and not isinstance(x, bool) and 0 <= x <= 999 for x in rest):
        return (f"{head}," + ",".join(f"{x:03d}" for x in rest), f"{head}" + "".join(f"{x:03d}" for x in rest))
    return ("8,000", "8000")


def _text_hint(answer: str) -> str:
    """Return the hint for a number given as text, built from the learner's own text (never the answer)."""
    text = answer.strip().replace(",", "")
    percent = text.endswith("%")
    try:
        number = float(text.rstrip("%").strip())
    except ValueError:
        return T("number.text.any_hint")
    if percent:
        return T("number.text.percent_hint", text=answer.strip(), number=_fmt(number / 100))
    return T("number.text.hint", number=_fmt(number))


def _as_number(answer, hint: str = ""):
    """Return (float, None) for a real number, or (None, Check) saying what the answer is instead.

    ``hint`` is the exercise's own hint: for an answer of many values it says better
    than a general rule which one value the exercise wants.
    """
    if isinstance(answer, bool) or isinstance(answer, np.bool_):
        return None, wrong(T("number.bool", answer=answer), T("number.bool.hint"))
    if isinstance(answer, numbers.Real):
        return float(answer), None
    commas = _thousands(answer)
    if commas is not None:
        return None, wrong(T("number.thousands", answer=repr(answer)),
                           T("number.thousands.hint", written=commas[0], fixed=commas[1]))
    if isinstance(answer, (pd.Series, pd.DataFrame, np.ndarray, list, tuple)):
        size = answer.size if hasattr(answer, "size") else len(answer)
        what = {pd.Series: T("what.series"), pd.DataFrame: T("what.frame")}.get(type(answer)) or _a(
            type(answer).__name__)
        if size == 1:
            inner = np.asarray(answer, dtype="object").ravel()[0]
            return None, wrong(T("number.one_value", what=what, inner=repr(inner)), T("number.one_value.hint"))
        named = isinstance(answer, (pd.Series, pd.DataFrame)) and not isinstance(answer.index, pd.RangeIndex)
        pick = ""
        if isinstance(answer, pd.DataFrame):
            rows, columns = answer.shape
            if named:
                shape = T("shape.frame_named", rows=rows, columns=columns, row_labels=_labels(answer.index),
                          column_labels=_labels(answer.columns))
                pick = T("pick.cell")
            else:
                shape = T("shape.frame", rows=rows, columns=columns)
        elif named:
            what = T("what.named_series")
            shape = T("shape.named", n=size, labels=_labels(answer.index))
            pick = T("pick.label")
        else:
            shape = T("shape.values", n=size)
        return None, wrong(T("number.many", what=what, shape=shape, pick=pick), hint or T("number.many.hint"))
    if isinstance(answer, str):
        return None, wrong(T("number.text", answer=repr(answer)), _text_hint(answer))
    return None, wrong(T("number.other", what=_a(type(answer).__name__)), T("number.other.hint"))


def check_number(
    answer,
    expected: float,
    *,
    kind: str = "number",
    why: str,
    hint: str = "",
    traps: Iterable[Trap] = (),
    rtol: float = 0.005,
    atol: float = 0.0,
) -> Check:
    """Judge a numeric answer against the expected value, naming the usual mistakes.

    In this order: ``None`` is not attempted; a non-number (text, a Series, a list,
    ``8,000``) is the wrong type; a value within ``1e-9`` of ``expected`` is right; a
    value equal to a trap is wrong with the trap's message. A value written with few
    digits (``0.61``) is compared at its own precision: when it rounds from the right
    answer *and* from a trap it is too rounded to tell, and when it rounds from a trap
    only it is that mistake. A value that matches a trap closely (within 0.2%, or as a
    percentage) and lies nearer to it than to the right answer and to every other trap
    is that mistake; a value within ``rtol`` / ``atol`` is right (rounded); a rate given
    as a percentage (2.26 for 0.0226) is wrong; so is a flipped sign, a value 100 times
    too big (a rate typed as a percentage inside a calculation), and a value near a
    trap (within 2%, and at least three times nearer to it than to the right answer
    and to any other trap). Anything else is wrong with how far off it is, and the
    hint; "keep more digits" is said only of a value that is not a whole number where
    the right answer is one (never of a count).

    Parameters
    ----------
    answer : object
        The learner's answer.
    expected : float
        The right value, computed with the package.
    kind : {'rate', 'money', 'count', 'ratio', 'number'}, default 'number'
        How values are written in messages; ``'rate'`` also checks percent-vs-fraction.
        A count must be exact (``rtol`` and ``atol`` are ignored).
    why : str
        One sentence on why the number matters, shown when the answer is right.
    hint : str, default ""
        What to try, shown when the answer is wrong.
    traps : iterable of Trap
        Wrong values to recognise (see :func:`mean_of_ratios`, :func:`other_days`).
    rtol, atol : float, default 0.005, 0.0
        How close counts as right (relative and absolute); a rounded answer passes.

    Examples
    --------
    >>> import shopanalysis as sa
    >>> check_number(0.0226, 0.022619, kind="rate", why="ok").status
    'right'
    >>> print(check_number(-5.0, 5.0, why="ok", hint="h").message)
    -5 的正负号反了：正确的值是正数。
    >>> with sa.language("en"):
    ...     print(check_number(-5.0, 5.0, why="ok", hint="h").message)
    -5 has the sign flipped: the expected value is positive.
    >>> print(check_number(None, 5.0, why="ok").status)
    not attempted
    """
    if kind not in KINDS:
        raise ValueError(T("author.kind", kinds=repr(KINDS), kind=repr(kind)))
    expected = float(expected)
    if answer is None:
        return replace(not_attempted(), expected=expected)
    value, problem = _as_number(answer, hint)
    if problem is not None:
        return replace(problem, expected=expected)
    out = _judge_number(value, expected, kind=kind, why=why, hint=hint, traps=list(traps), rtol=rtol, atol=atol)
    return replace(out, expected=expected)


def _decimals(value: float) -> int | None:
    """Return the digits after the point a value was written with (0.61 -> 2), None for full precision."""
    text = repr(float(value))
    if "e" in text or "n" in text:  # 1e-05, inf, nan
        return None
    digits = len(text.split(".")[1].rstrip("0")) if "." in text else 0
    return digits if digits <= 6 else None


def _judge_number(value, expected, *, kind, why, hint, traps, rtol, atol) -> Check:
    shown = describe_value(value, kind)
    if not math.isfinite(value):
        return wrong(T("number.nan", shown=shown), hint or T("number.nan.hint"))
    if kind == "count":
        rtol, atol = 0.0, 0.0
    tight = 1e-9
    if _close(value, expected, tight, 1e-12):
        return right(why)
    traps = [t for t in traps if not _close(t.value, expected, tight, 1e-12)]  # a trap equal to the answer is none
    for trap in traps:  # a trap matched exactly
        if _close(value, trap.value, tight, 1e-12):
            return wrong(T("number.trap", shown=shown, trap=trap.message), trap.hint or hint)

    def distance(x: float) -> float:
        return abs(value - x)

    # a value written with few digits, compared at its own precision
    digits = _decimals(value) if kind != "count" else None
    if digits is not None:
        half = 0.5 * 10.0 ** -digits * (1 + 1e-9)
        rounded_from = [t for t in traps if distance(t.value) <= half]
        if distance(expected) > half and rounded_from:  # it rounds from a mistake, not from the answer
            trap = min(rounded_from, key=lambda t: distance(t.value))
            return wrong(T("number.trap", shown=shown, trap=trap.message), trap.hint or hint)
        ambiguous = [t for t in rounded_from if t.near]  # (partial windows crowd around the answer: not those)
        if ambiguous:
            return wrong(T("number.too_rounded", shown=shown, trap=ambiguous[0].message), T("number.too_rounded.hint"))
    # a trap matched closely: nearer to it than to the right answer and to any other trap
    trap_tol = min(max(rtol, 2e-4), 0.002) if kind != "count" else 0.0
    traps = [t for t in traps if t.near]  # from here on, only the traps that may be told from near
    nearest = min(traps, key=lambda t: distance(t.value), default=None)
    if nearest is not None and distance(nearest.value) < distance(expected) and _close(value, nearest.value,
                                                                                     trap_tol, atol):
        return wrong(T("number.trap", shown=shown, trap=nearest.message), nearest.hint or hint)
    if kind == "rate" and value > 1:
        pct = value / 100
        as_pct = [t for t in traps if abs(pct - t.value) < abs(pct - expected)]
        trap = min(as_pct, key=lambda t: abs(pct - t.value), default=None)
        if trap is not None and _close(pct, trap.value, trap_tol, atol):
            return wrong(T("number.trap_percent", value=_fmt(value), fraction=_fmt(pct), trap=trap.message),
                         trap.hint or hint)
    if _close(value, expected, rtol, atol):
        return right(why if _close(value, expected, 1e-6) else T("number.right_rounded", why=why))
    if kind == "rate" and value > 1 and _close(value / 100, expected, rtol, atol / 100):
        return wrong(T("number.percent", value=_fmt(value), fraction=_fmt(value / 100)), T("number.percent.hint"))
    if expected != 0 and _close(-value, expected, rtol, atol):
        side = T("side.positive") if expected > 0 else T("side.negative")
        return wrong(T("number.sign", shown=shown, side=side), T("number.sign.hint"))
    if expected != 0 and kind != "rate" and _close(value / 100, expected, rtol, atol):
        return wrong(T("number.hundred", shown=shown), T("number.hundred.hint"))
    # near a known mistake: within 2%, and clearly nearer to it than to the right answer and the other traps
    if nearest is not None and nearest.near and _close(value, nearest.value, 0.02):
        others = [distance(t.value) for t in traps if t is not nearest]
        if 3 * distance(nearest.value) <= min([distance(expected), *others]):
            return wrong(T("number.near", shown=shown, trap=nearest.message), nearest.hint or hint)
    if expected == 0:
        return wrong(T("number.zero", shown=shown), hint)
    whole = float(value).is_integer() and float(expected).is_integer()
    if kind == "count" or whole and abs(expected) < 1e6:  # a count, a row number: no "keep more digits"
        return wrong(T("number.count_above" if value > expected else "number.count_below", shown=shown), hint)
    off = value / expected - 1
    if abs(off) < 10:
        what = T("number.above" if off > 0 else "number.below", shown=shown, off=abs(off))
        if abs(off) <= 0.05 and not float(expected).is_integer():
            what = T("number.with_close", what=what, close=T("number.close"))
    else:
        what = T("number.times", shown=shown, times=f"{abs(value / expected):,.0f}")
    return wrong(what, hint)


def _fmt(x: float) -> str:
    return f"{x:.4g}"


# --- judgement: one option of several ------------------------------------------------


@dataclass(frozen=True)
class Option:
    """One option of a judgement exercise.

    Parameters
    ----------
    text : str
        The option as the lesson shows it.
    correct : bool
        Whether it is the right choice.
    why : str
        Why it is right or wrong, with the numbers (computed with the package).
    """

    text: str
    correct: bool
    why: str


def check_choice(answer, options: Mapping[str, Option], *, hint: str = "") -> Check:
    """Judge a letter picked among options, saying with numbers why it is right or wrong.

    ``"b"``, ``" B "`` and ``"B)"`` all count as ``"B"``.

    Examples
    --------
    >>> import shopanalysis as sa
    >>> opts = {"A": Option("2 + 2 = 5", False, "2 + 2 is 4."), "B": Option("2 + 2 = 4", True, "it adds up.")}
    >>> check_choice("b", opts).status, check_choice("A", opts).message
    ('right', 'A 不是最好的选择：2 + 2 is 4.')
    >>> with sa.language("en"):
    ...     check_choice("A", opts).message
    'A is not the best choice: 2 + 2 is 4.'
    """
    letters = list(options)
    correct = [k for k, o in options.items() if o.correct]
    if len(correct) != 1:
        raise ValueError(T("author.one_correct", correct=repr(correct)))
    expected = correct[0]
    shown = tuple((k, o.text) for k, o in options.items())
    if answer is None:
        return replace(not_attempted(T("not_attempted.choice", letters=_or(letters), first=letters[0])),
                       expected=expected, options=shown)
    if not isinstance(answer, str):
        return replace(wrong(T("choice.type", what=_a(type(answer).__name__), answer=repr(answer),
                               letters=_or(letters)), T("choice.type.hint", first=letters[0])),
                       expected=expected, options=shown)
    letter = answer.strip().strip(").:").strip().upper()
    if letter not in options:
        return replace(wrong(T("choice.unknown", answer=repr(answer), letters=_or(letters)),
                             T("choice.unknown.hint", first=letters[0])), expected=expected, options=shown)
    picked = options[letter]
    if picked.correct:
        return replace(right(T("choice.right", letter=letter, why=picked.why)), expected=expected, options=shown)
    return replace(wrong(T("choice.wrong", letter=letter, why=picked.why), hint), expected=expected, options=shown)


def _or(items: list[str]) -> str:
    if len(items) < 2:
        return items[0]
    return T("or", first=T("labels.sep").join(items[:-1]), last=items[-1])


# --- names and dates ---------------------------------------------------------------------


def check_text(answer, expected: str, *, why: str, hint: str = "",
               others: Mapping[str, str] | None = None) -> Check:
    """Judge a name (a traffic source, a keyword): exact after trimming, case-insensitive.

    Parameters
    ----------
    others : mapping of str to str, optional
        Wrong names a learner may give, each with why it is not the answer (with its
        numbers). A name not listed gets the generic message and the hint.

    Examples
    --------
    >>> import shopanalysis as sa
    >>> check_text(" 手淘搜索", "手淘搜索", why="it grew most.").status
    'right'
    >>> with sa.language("en"):
    ...     check_text("直通车", "手淘搜索", why="", others={"直通车": "it added 121 visitors"}).message
    '直通车 is not it: it added 121 visitors.'
    """
    if answer is None:
        return replace(not_attempted(), expected=expected)
    if not isinstance(answer, str):
        return replace(wrong(T("text.type", what=_a(type(answer).__name__), answer=repr(answer)),
                             T("text.type.hint")), expected=expected)
    given = answer.strip()
    if given.casefold() == expected.casefold():
        return replace(right(why), expected=expected)
    for name, reason in (others or {}).items():
        if given.casefold() == name.casefold():
            return replace(wrong(T("text.other", name=name, reason=reason), hint), expected=expected)
    return replace(wrong(T("text.wrong", given=repr(given)), hint), expected=expected)


def check_date(answer, expected, *, why: str, hint: str = "",
               values: pd.Series | None = None, kind: str = "number") -> Check:
    """Judge a day given as ``"2025-11-11"``, a Timestamp or a date.

    Parameters
    ----------
    values : Series, optional
        The value the exercise is about, indexed by day: a wrong day is answered with
        its own value ("2025-11-10 sold ¥..., 2025-11-11 more").
    kind : str, default 'number'
        How those values are written (see :func:`describe_value`).

    Examples
    --------
    >>> check_date("2025-11-11", pd.Timestamp("2025-11-11"), why="the biggest day.").status
    'right'
    """
    expected = pd.Timestamp(expected).normalize()
    if answer is None:
        return replace(not_attempted(), expected=expected)
    if isinstance(answer, pd.Series) and len(answer) == 1:
        return replace(wrong(T("date.series"), T("date.series.hint")), expected=expected)
    if isinstance(answer, bool) or not isinstance(answer, (str, pd.Timestamp, np.datetime64)) and not hasattr(answer, "year"):
        return replace(wrong(T("date.type", what=_a(type(answer).__name__), answer=repr(answer)), hint),
                       expected=expected)
    try:
        day = pd.Timestamp(answer).normalize()
    except (ValueError, TypeError):
        return replace(wrong(T("date.unreadable", answer=repr(answer)), hint), expected=expected)
    if day == expected:
        return replace(right(why), expected=expected)
    if values is not None and day in values.index and expected in values.index:
        what = T("date.wrong_values", day=day, value=describe_value(values[day], kind),
                 expected=describe_value(values[expected], kind))
    else:
        what = T("date.wrong", day=day)
    return replace(wrong(what, hint), expected=expected)
