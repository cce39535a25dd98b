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

- :func:`check_number` for a number (a rate, an amount, a count, a ratio), with the
  percent-vs-fraction, sign, "100 times too big", rounding and wrong-type diagnoses
  built in, and :class:`Trap` values for the mistakes a learner is likely to make
  (build them with :func:`mean_of_ratios`, :func:`other_days` or ``Trap(value, why)``);
- :func:`check_choice` for a judgement exercise (``answer = "B"``), each option
  with the numbers that make it right or wrong;
- :func:`check_text` for a name (a traffic source, a keyword);
- :func:`check_date` for a day.

The checker never raises on a learner's answer (whatever they type, they get a
box). With the environment variable ``SHOPANALYSIS_COURSE_STRICT=1`` (set by
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
    "other_days",
    "describe_value",
]

#: The three answers a checker gives.
STATUSES = ("not attempted", "right", "wrong")
#: Environment variable that makes a checker raise unless the answer is right.
STRICT_ENV = "SHOPANALYSIS_COURSE_STRICT"
#: The mime type a :class:`Check` adds to its display, for tools and tests.
MIME_TYPE = "application/vnd.shopanalysis.check+json"

_STYLE = {  # status -> (border, background, symbol, word)
    "right": ("#2E7D32", "#E8F5E9", "✔", "Right"),
    "wrong": ("#C62828", "#FDECEA", "✘", "Not yet"),
    "not attempted": ("#757575", "#F3F3F3", "○", "Not attempted yet"),
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
            raise ValueError(f"status must be one of {STATUSES}; got {self.status!r}")

    @property
    def passed(self) -> bool:
        """True when the answer is right."""
        return self.status == "right"

    def __bool__(self) -> bool:
        return self.passed

    def _heading(self) -> str:
        name = f"Exercise {self.exercise}" if self.exercise else "Exercise"
        return f"{name} · {self.title}" if self.title else name

    def __str__(self) -> str:
        word = _STYLE[self.status][3]
        lines = [f"{self._heading()}: {word}", self.message]
        if self.hint:
            lines.append(f"Hint: {self.hint}")
        return "\n".join(line for line in lines if line)

    def __repr__(self) -> str:
        return str(self)

    def _repr_html_(self) -> str:
        border, background, symbol, word = _STYLE[self.status]
        hint = (f'<div style="margin-top:4px"><b>Hint:</b> {html.escape(self.hint)}</div>' if self.hint else "")
        return (
            f'<div class="sa-check sa-check-{self.status.replace(" ", "-")}" style="border-left:6px solid {border};'
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
    return Check("not attempted", message or "Replace None in the cell above with your code, run it, then run "
                                             "this cell again.")


def right(why: str) -> Check:
    """Return a right answer, with one sentence on why it matters."""
    return Check("right", why)


def wrong(what: str, hint: str = "") -> Check:
    """Return a wrong answer: what is off, and a hint."""
    return Check("wrong", what, hint)


# --- the registry -------------------------------------------------------------------


@dataclass(frozen=True)
class Exercise:
    """One registered exercise: its checker and where it sits in the course."""

    name: str  # check_01_conversion
    lesson: str  # "01"
    number: str  # "1.2"
    title: str
    judgement: bool
    func: Callable = field(repr=False)


#: Every exercise whose lesson module has been imported, by checker name.
EXERCISES: dict[str, Exercise] = {}

_NAME = re.compile(r"check_(\d\d)_\w+")


def _strict() -> bool:
    return os.environ.get(STRICT_ENV, "").strip().lower() in {"1", "true", "yes", "on"}


def exercise(number: str, title: str, *, judgement: bool = False):
    """Register a checker for exercise ``number`` (``"1.2"``) of its lesson.

    The decorated function takes the learner's answer and returns a :class:`Check`
    (usually from :func:`check_number`, :func:`check_choice`, :func:`check_text`,
    or :func:`check_date`). The decorator

    - answers ``None`` with "not attempted" and ``Check.expected`` (it still runs the
      function, with the answer ``None``, so every helper handles ``None``);
    - fills in the exercise's number, title and checker name;
    - turns an exception raised while judging a learner's answer into a wrong
      answer that names it (the learner gets a box, not a traceback);
    - raises :class:`CheckFailed` in strict mode when the answer is not right.

    Parameters
    ----------
    number : str
        ``"<lesson>.<n>"``, e.g. ``"1.2"`` for the second exercise of lesson 01.
    title : str
        A few words shown in the box and in the lesson's heading.
    judgement : bool, default False
        True for a judgement exercise (a decision backed by numbers); every lesson
        has at least one.
    """

    def decorate(func):
        match = _NAME.fullmatch(func.__name__)
        if not match:
            raise ValueError(f"a checker is named check_NN_<what> (NN the lesson); got {func.__name__!r}")
        lesson = match.group(1)
        if not re.fullmatch(r"\d+\.\d+", number) or int(number.split(".")[0]) != int(lesson):
            raise ValueError(f"{func.__name__}: exercise number {number!r} must be '{int(lesson)}.<n>'")
        if func.__name__ in EXERCISES and EXERCISES[func.__name__].func.__module__ != func.__module__:
            raise ValueError(f"two checkers named {func.__name__}")

        @functools.wraps(func)
        def checker(answer):
            try:
                result = func(answer)
            except Exception as exc:  # a learner's odd answer must not crash the lesson
                if answer is None:
                    raise
                result = wrong(f"The checker could not use your answer ({type(exc).__name__}: {exc}).",
                               "Check what your answer holds: print(answer), type(answer).")
            result = replace(result, exercise=number, title=title, checker=func.__name__)
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
    """

    value: float
    message: str
    hint: str = ""


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
    return Trap(
        value,
        f"that is the mean of the {what} {m.platform_name.split(' (')[0]} values. Over several rows a rate is a ratio of sums (sum of {m.numerator} / sum of {m.denominator}): "
        f"the mean of ratios weighs a row with few {m.denominator} as much as one with many",
        f"call sa.metrics.{metric}(...) on all the rows at once",
    )


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
    >>> values = {pd.Timestamp("2026-10-14"): 1.0, pd.Timestamp("2026-10-15"): 2.0}
    >>> [t.message for t in other_days(values.__getitem__, "2026-10-15")]
    ['that is the value for 2026-10-14 (the day before), not 2026-10-15']
    """
    day = pd.Timestamp(day).normalize()
    words = {-1: "the day before", 1: "the day after", -7: "a week before", 7: "a week after"}
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
        when = f" ({words[offset]})" if offset in words else ""
        traps.append(Trap(value, f"that is the value for {other:%Y-%m-%d}{when}, not {day:%Y-%m-%d}",
                          f"select the rows of {day:%Y-%m-%d}"))
    return traps


# --- numbers ------------------------------------------------------------------------------


def _close(a: float, b: float, rtol: float, atol: float = 0.0) -> bool:
    return math.isfinite(a) and math.isfinite(b) and abs(a - b) <= max(rtol * max(abs(a), abs(b)), atol)


def _a(noun: str) -> str:
    """Return ``noun`` with its indefinite article: "a list", "an int"."""
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


def _labels(index) -> str:
    """Return up to four labels of a pandas index, for a message ("visitors, conversion_rate, ...")."""
    shown = [str(x) for x in list(index[:4])]
    return ", ".join(shown) + (", ..." if len(index) > 4 else "")


def _as_number(answer, hint: str = ""):
    """Return (float, None) for a real number, or (None, Check) saying what the answer is instead.

    ``hint`` is the exercise's own hint: for an answer of many values it says better
    than a general rule which one value the exercise wants.
    """
    if isinstance(answer, bool) or isinstance(answer, np.bool_):
        return None, wrong(f"Your answer is {answer}, a yes/no value; this exercise wants a number.",
                           "compute the number and assign it: answer = ...")
    if isinstance(answer, numbers.Real):
        return float(answer), None
    if isinstance(answer, (pd.Series, pd.DataFrame, np.ndarray, list, tuple)):
        size = answer.size if hasattr(answer, "size") else len(answer)
        what = {pd.Series: "column (a pandas Series)", pd.DataFrame: "table (a pandas DataFrame)"}.get(
            type(answer), type(answer).__name__)
        if size == 1:
            inner = np.asarray(answer, dtype="object").ravel()[0]
            return None, wrong(
                f"Your answer is {_a(what)} holding one value ({inner!r}); this exercise wants the number itself.",
                "take the value out: .sum() or .iloc[0] for a column, float(...) for the rest")
        named = isinstance(answer, (pd.Series, pd.DataFrame)) and not isinstance(answer.index, pd.RangeIndex)
        pick = ""
        if isinstance(answer, pd.DataFrame):
            shape = f"{answer.shape[0]} rows and {answer.shape[1]} columns"
            if named:
                shape += f" (rows {_labels(answer.index)}; columns {_labels(answer.columns)})"
                pick = ": pick one cell with .loc[row, column]"
        elif named:
            what = "pandas Series (a row or a column)"
            shape = f"{size} values labelled {_labels(answer.index)}"
            pick = ": pick one with [label]"
        else:
            shape = f"{size} values"
        return None, wrong(
            f"Your answer is {_a(what)} of {shape}; this exercise wants one number{pick}.",
            hint or "the functions in sa.metrics take all the rows and return one number; or select one row first")
    if isinstance(answer, str):
        return None, wrong(
            f"Your answer is text ({answer!r}); this exercise wants a number.",
            "drop the quotes (and any % sign): answer = 0.0226, not '2.26%'")
    return None, wrong(f"Your answer is {_a(type(answer).__name__)}; this exercise wants a number.",
                       "assign the number itself: answer = ...")


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

    In this order: ``None`` is not attempted; a non-number (text, a Series, a list)
    is the wrong type; a value within ``1e-9`` of ``expected`` is right; a value
    that matches a trap (closely, or as a percentage) is wrong with the trap's
    message; a value within ``rtol`` / ``atol`` is right (rounded); a rate given as a
    percentage (2.26 for 0.0226) is wrong; so is a flipped sign, a value 100 times
    too big (a rate typed as a percentage inside a calculation), and a value near a
    trap. Anything else is wrong with how far off it is, and the hint.

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
    >>> check_number(0.0226, 0.022619, kind="rate", why="ok").status
    'right'
    >>> print(check_number(-5.0, 5.0, why="ok", hint="h").message)
    -5 has the sign flipped: the expected value is positive.
    >>> print(check_number(None, 5.0, why="ok").status)
    not attempted
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}; got {kind!r}")
    expected = float(expected)
    if answer is None:
        return replace(not_attempted(), expected=expected)
    value, problem = _as_number(answer, hint)
    if problem is not None:
        return replace(problem, expected=expected)
    out = _judge_number(value, expected, kind=kind, why=why, hint=hint, traps=list(traps), rtol=rtol, atol=atol)
    return replace(out, expected=expected)


def _judge_number(value, expected, *, kind, why, hint, traps, rtol, atol) -> Check:
    shown = describe_value(value, kind)
    if not math.isfinite(value):
        return wrong(f"Your answer is {shown}, not a number: a division by zero, or an empty selection of rows.",
                     hint or "print the rows you selected and check they are not empty")
    if kind == "count":
        rtol, atol = 0.0, 0.0
    tight = 1e-9
    if _close(value, expected, tight, 1e-12):
        return right(why)
    # a trap matched closely (its rounding included)
    trap_tol = min(max(rtol, 2e-4), 0.002) if kind != "count" else 0.0
    for trap in traps:
        if _close(trap.value, expected, tight, 1e-12):
            continue
        if _close(value, trap.value, trap_tol, atol) and abs(value - trap.value) < abs(value - expected):
            return wrong(f"{shown} is off: {trap.message}.", trap.hint or hint)
        if kind == "rate" and value > 1 and _close(value / 100, trap.value, trap_tol, atol):
            return wrong(f"{_fmt(value)} looks like a percentage ({_fmt(value)}% is {_fmt(value / 100)}), "
                         f"and {trap.message}.", trap.hint or hint)
    if _close(value, expected, rtol, atol):
        note = "" if _close(value, expected, 1e-6) else " (rounded: fine)"
        return right(why + note)
    if kind == "rate" and value > 1 and _close(value / 100, expected, rtol, atol / 100):
        return wrong(f"{_fmt(value)} looks like a percentage: the exercise wants a fraction "
                     f"({_fmt(value)}% is {_fmt(value / 100)}), the way the package stores every rate.",
                     "divide by 100, or better, use the number the function returns as it is")
    if expected != 0 and _close(-value, expected, rtol, atol):
        side = "positive" if expected > 0 else "negative"
        return wrong(f"{shown} has the sign flipped: the expected value is {side}.",
                     "a change is new minus old (after - before)")
    if expected != 0 and kind != "rate" and _close(value / 100, expected, rtol, atol):
        return wrong(f"{shown} is 100 times too big: a rate written as a percentage (1.87 for 0.0187) "
                     f"somewhere in your calculation?", "rates in the package are fractions; keep them so")
    near = [t for t in traps if _close(value, t.value, 0.02) and abs(value - t.value) < abs(value - expected)]
    if near:
        trap = near[0]
        return wrong(f"{shown} is off, and close to a known mistake: {trap.message}.", trap.hint or hint)
    if expected != 0:
        off = value / expected - 1
        size = f"{abs(off):.1%}" if abs(off) < 10 else f"{abs(value / expected):,.0f} times"
        direction = "above" if off > 0 else "below"
        if abs(off) < 10:
            what = f"{shown} is {size} {direction} what the data gives."
        else:
            what = f"{shown} is about {size} what the data gives."
        if abs(off) <= 0.05:
            what += " Close: if you rounded, keep more digits."
    else:
        what = f"{shown} is not what the data gives (it gives 0)."
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
    >>> opts = {"A": Option("2 + 2 = 5", False, "2 + 2 is 4."), "B": Option("2 + 2 = 4", True, "it adds up.")}
    >>> check_choice("b", opts).status, check_choice("A", opts).message
    ('right', 'A is not the best choice: 2 + 2 is 4.')
    """
    letters = list(options)
    correct = [k for k, o in options.items() if o.correct]
    if len(correct) != 1:
        raise ValueError(f"exactly one option must be correct; got {correct}")
    expected = correct[0]
    shown = tuple((k, o.text) for k, o in options.items())
    if answer is None:
        return replace(not_attempted(f"Replace None in the cell above with your choice, one of {_or(letters)} in "
                                     f'quotes (answer = "{letters[0]}"), run it, then run this cell again.'),
                       expected=expected, options=shown)
    if not isinstance(answer, str):
        return replace(wrong(f"Your answer is {_a(type(answer).__name__)} ({answer!r}); this exercise wants one "
                             f"letter in quotes, one of {_or(letters)}.", f'write it like answer = "{letters[0]}"'),
                       expected=expected, options=shown)
    letter = answer.strip().strip(").:").strip().upper()
    if letter not in options:
        return replace(wrong(f"{answer!r} is not one of the options {_or(letters)}.",
                             f'write just the letter: answer = "{letters[0]}"'), expected=expected, options=shown)
    picked = options[letter]
    if picked.correct:
        return replace(right(f"{letter}: {picked.why}"), expected=expected, options=shown)
    return replace(wrong(f"{letter} is not the best choice: {picked.why}", hint), expected=expected, options=shown)


def _or(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " or " + items[-1] if len(items) > 1 else items[0]


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
    >>> check_text(" 手淘搜索", "手淘搜索", why="it grew most.").status
    'right'
    >>> check_text("直通车", "手淘搜索", why="", others={"直通车": "it added 121 visitors"}).message
    '直通车 is not it: it added 121 visitors.'
    """
    if answer is None:
        return replace(not_attempted(), expected=expected)
    if not isinstance(answer, str):
        return replace(wrong(f"Your answer is {_a(type(answer).__name__)} ({answer!r}); this exercise wants a name "
                             f"in quotes.", f'write it like answer = "{expected[:1]}..."'), expected=expected)
    given = answer.strip()
    if given.casefold() == expected.casefold():
        return replace(right(why), expected=expected)
    for name, reason in (others or {}).items():
        if given.casefold() == name.casefold():
            return replace(wrong(f"{name} is not it: {reason}.", hint), expected=expected)
    return replace(wrong(f"{given!r} is not the name the data gives.", hint), expected=expected)


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
        return replace(wrong("Your answer is a Series holding one date; this exercise wants the date itself.",
                             "take it out with .iloc[0]"), expected=expected)
    if isinstance(answer, bool) or not isinstance(answer, (str, pd.Timestamp, np.datetime64)) and not hasattr(answer, "year"):
        return replace(wrong(f"Your answer is {_a(type(answer).__name__)} ({answer!r}); this exercise wants a date "
                             f'such as "2026-10-15".', hint), expected=expected)
    try:
        day = pd.Timestamp(answer).normalize()
    except (ValueError, TypeError):
        return replace(wrong(f"{answer!r} is not a date the checker can read; write it as \"2026-10-15\".", hint),
                       expected=expected)
    if day == expected:
        return replace(right(why), expected=expected)
    what = f"{day:%Y-%m-%d} is not the day"
    if values is not None and day in values.index and expected in values.index:
        what += (f": it has {describe_value(values[day], kind)}, against {describe_value(values[expected], kind)} "
                 f"on the day the exercise asks for")
    return replace(wrong(what + ".", hint), expected=expected)
