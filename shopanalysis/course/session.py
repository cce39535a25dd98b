"""A lesson's Jupyter session: forgiving errors, and no judging of an answer left over.

A lesson's setup cell calls :func:`start_lesson` (``sa.course.start_lesson()``). From
then on, in that kernel:

- **an error shows a short hint first**, in the learner's language, with the full
  traceback folded below it: a ``KeyError`` lists the keys that exist (and maps a
  Chinese label shown on screen, 访客数 or 上周同日, to the code key), ``8,000``
  says "write 8000", conditions joined with ``&`` without brackets say "a bracket
  around each condition", an unquoted date says "quotes", ``^`` says ``**``, an
  unknown name says "quotes around text". An error none of these explain is shown
  as IPython always shows it. :func:`explain_error` picks the hint (and is what the
  tests call).
- **the checker never judges a stale answer**: a hook after every cell notes whether
  the last cell that assigns ``answer`` raised; if it did, ``answer`` still holds the
  value of an earlier run, and the checker says so (:func:`stale_answer`) instead of
  judging it.

Nothing happens outside IPython, and nothing on import.

Examples
--------
>>> import shopanalysis as sa
>>> with sa.language("en"):
...     print(explain_error(TypeError("unsupported operand type(s) for ^: 'float' and 'int'"), "answer = 0.99 ^ 100"))
In Python a power is written **, not ^: 0.99 ** 100.
>>> stale_answer() is None  # not in IPython
True
"""

from __future__ import annotations

import html
import linecache
import re
import sys
import traceback

from ..text.course import T

__all__ = ["start_lesson", "stale_answer", "explain_error", "ErrorHint", "label_to_key"]

#: A cell that assigns the exercise's answer (``answer = ...`` at the start of a line).
ASSIGNS_ANSWER = re.compile(r"^\s*answer\s*(?::[^=\n]*)?=(?!=)", re.M)
_ATTR = "_shopanalysis_course"  # the tracker's name on the shell
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_STRINGS = re.compile(r"""(?s)('''.*?'''|\"\"\".*?\"\"\"|'[^'\n]*'|"[^"\n]*"|#[^\n]*)""")
_THOUSANDS = re.compile(r"(?<![\w.])(\d{1,3}(?:,\d{3})+)(?![\w.])")
_DATE = re.compile(r"(?<![\w.\-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\w.\-])")
_POWER = re.compile(r"([\w.\)\]]+)\s*\^\s*([\w.\(]+)")


class _Tracker:
    """Remembers whether the last cell that assigns ``answer`` raised."""

    def __init__(self):
        self.failed: str | None = None  # "NameError: name 'B' is not defined", or None

    def post_run_cell(self, result):
        info = getattr(result, "info", None)
        source = getattr(info, "raw_cell", None) or ""
        if not ASSIGNS_ANSWER.search(_code_only(source)):
            return
        error = getattr(result, "error_before_exec", None) or getattr(result, "error_in_exec", None)
        self.failed = None if error is None else f"{type(error).__name__}: {error}"


def _shell():
    if "IPython" not in sys.modules:
        return None
    from IPython import get_ipython

    return get_ipython()


def start_lesson(shell=None, lang: str | None = None) -> None:
    """Make this IPython session a lesson's: hints under errors, and no judging of a stale answer.

    Safe to call again (a lesson's setup cell run twice); outside IPython it only sets the language.

    Parameters
    ----------
    shell : InteractiveShell, optional
        Default: the running one.
    lang : {'zh', 'en'}, optional
        The language of the lesson's edition: set as the package's language
        (:func:`shopanalysis.set_language`), so checker boxes, hints, tables and charts
        follow it. A learner copy's setup cell passes it (``start_lesson(lang="en")``);
        None keeps the package's language.
    """
    if lang is not None:
        from .._lang import set_language

        set_language(lang)
    shell = shell if shell is not None else _shell()
    if shell is None:
        return None
    tracker = getattr(shell, _ATTR, None)
    if tracker is None:
        tracker = _Tracker()
        setattr(shell, _ATTR, tracker)
        shell.events.register("post_run_cell", tracker.post_run_cell)
    shell.set_custom_exc((Exception,), _handler)
    return None


def stale_answer(shell=None) -> str | None:
    """Return the error of the last run of the cell that assigns ``answer``, or None when it ran fine.

    A checker that gets a non-None value here does not judge ``answer``. Outside a
    lesson's IPython session (no :func:`start_lesson`), None.
    """
    shell = shell if shell is not None else _shell()
    tracker = getattr(shell, _ATTR, None) if shell is not None else None
    return tracker.failed if tracker is not None else None


# --- the hints -----------------------------------------------------------------------


def _code_only(source: str) -> str:
    """Return the source with its strings and comments blanked out (so "8,000" in quotes is no number)."""
    return _STRINGS.sub(lambda m: " " * len(m.group(0)), source or "")


def label_to_key(label) -> list[str]:
    """Return the code names a label shown on screen stands for (访客数 -> ['visitors']).

    Looks in the vocabulary (:mod:`shopanalysis.vocab`: columns, metrics, enum values)
    and in the Chinese headers of the data contract, in both languages.

    Examples
    --------
    >>> label_to_key("访客数"), label_to_key("上周同日"), label_to_key("自然流量")
    (['visitors'], ['same_weekday_last_week'], ['natural'])
    """
    if not isinstance(label, str) or not label.strip():
        return []
    wanted = label.strip().casefold()
    found: list[str] = []

    def add(code):
        if code not in found and code != label:
            found.append(code)

    try:
        from ..vocab import vocabulary

        v = vocabulary()
        for name, words in v.terms.items():
            if any(str(w).casefold() == wanted for w in words.values()):
                add(name)
        for codes in v.values.values():
            for code, words in codes.items():
                if any(str(w).casefold() == wanted for w in words.values()):
                    add(str(code))
    except Exception:  # noqa: BLE001 -- a broken vocabulary must not hide the learner's error
        pass
    from .._schema import TABLES

    for spec in TABLES.values():
        for col in spec.columns:
            if any(str(a).casefold() == wanted for a in col.aliases):
                add(col.name)
    return found


def _shown(keys, limit: int = 12) -> str:
    keys = [str(k) for k in keys]
    text = T("labels.sep").join(keys[:limit])
    return T("labels.more", shown=text) if len(keys) > limit else text


def _container(tb):
    """Return (the pandas object a KeyError was raised on, whether through .loc), or (None, False)."""
    import pandas as pd

    while tb is not None:
        obj = tb.tb_frame.f_locals.get("self")
        if isinstance(obj, (pd.DataFrame, pd.Series)):
            return obj, False
        inner = getattr(obj, "obj", None)
        if type(obj).__name__.endswith("Indexer") and isinstance(inner, (pd.DataFrame, pd.Series)):
            return inner, True
        tb = tb.tb_next
    return None, False


def _explain_key(exc, tb) -> str:
    import pandas as pd

    key = exc.args[0] if exc.args else None
    shown = repr(key)
    obj, loc = _container(tb)
    codes = label_to_key(key) if isinstance(key, str) else []
    if obj is not None and codes:
        keys = set(map(str, obj.columns)) | set(map(str, obj.index)) if isinstance(obj, pd.DataFrame) else set(
            map(str, obj.index))
        codes = [c for c in codes if c in keys] or codes
    if codes:
        return T("error.key.label", key=shown, code=codes[0])
    if isinstance(obj, pd.DataFrame):
        if loc:
            return T("error.key.loc", key=shown, rows=_shown(obj.index, 8), columns=_shown(obj.columns))
        return T("error.key.frame", key=shown, keys=_shown(obj.columns))
    if isinstance(obj, pd.Series):
        return T("error.key.missing", key=shown, keys=_shown(obj.index))
    return T("error.key.generic", key=shown)


def explain_error(exc: BaseException, source: str = "", tb=None) -> str | None:
    """Return a short hint for a learner's error, in the package's language, or None when there is none.

    Parameters
    ----------
    exc : exception
        The error the cell raised.
    source : str
        The cell's code (the hints for ``8,000``, dates, brackets and ``^`` read it).
    tb : traceback, optional
        Its traceback: a ``KeyError`` raised by pandas finds the table there, to list
        its columns.
    """
    from .._errors import DataError

    if isinstance(exc, DataError):  # the package's own errors say precisely what to do already
        return None
    code = _code_only(source)
    message = str(exc)
    if isinstance(exc, KeyError):
        return _explain_key(exc, tb if tb is not None else exc.__traceback__)
    if isinstance(exc, NameError):
        name = getattr(exc, "name", None) or (re.findall(r"name '([^']+)'", message) or [None])[0]
        return T("error.name", name=name) if name else None
    date = _DATE.search(code)
    if isinstance(exc, SyntaxError):
        if date and "leading zero" in message:
            return _dates(date)
        commas = _THOUSANDS.search(code)
        if commas and "leading zero" in message:
            return T("error.thousands", written=commas.group(1), fixed=commas.group(1).replace(",", ""))
        return None
    if isinstance(exc, TypeError):
        commas = _THOUSANDS.search(code)
        if commas and ("tuple" in message or "sequence" in message or "positional argument" in message):
            return T("error.thousands", written=commas.group(1), fixed=commas.group(1).replace(",", ""))
        if "^" in message and "^" in code:
            power = _POWER.search(code)
            fixed = f"{power.group(1)} ** {power.group(2)}" if power else "0.99 ** 100"
            return T("error.power", fixed=fixed)
        if re.search(r"for [&|]:|'r?and_'|'r?or_'|rand_|ror_", message) and re.search(r"[&|]", code):
            return T("error.brackets")
        if date and re.search(r"[Ii]nvalid comparison|not supported between|datetime|Timestamp", message):
            return _dates(date)
        return None
    if isinstance(exc, ValueError) and "truth value" in message and "ambiguous" in message:
        return T("error.brackets")
    return None


def _dates(match) -> str:
    year, month, day = match.groups()
    return T("error.dates", written=match.group(0), fixed=f"{year}-{int(month):02d}-{int(day):02d}")


class ErrorHint:
    """What a lesson shows for an error it can explain: the hint, and the traceback folded below it."""

    def __init__(self, ename: str, hint: str, traceback: str):
        self.ename, self.hint, self.traceback = ename, hint, traceback

    def __repr__(self) -> str:
        return f"{T('error.heading', ename=self.ename)}\n{self.hint}\n\n{self.traceback}"

    def _repr_html_(self) -> str:
        return (
            '<div class="sa-error-hint" style="border-left:6px solid #EF6C00;background:#FFF3E0;padding:8px 12px;'  # data
            'margin:4px 0;border-radius:4px;color:#212121">'
            f'<div><b style="color:#EF6C00">{html.escape(T("error.heading", ename=self.ename))}</b></div>'
            f'<div style="margin-top:4px">{html.escape(self.hint)}</div>'
            f'<details style="margin-top:6px"><summary style="cursor:pointer;color:#555">'
            f'{html.escape(T("error.traceback"))}</summary>'
            f'<pre style="white-space:pre-wrap;font-size:85%">{html.escape(self.traceback)}</pre></details></div>'
        )


def _show(obj) -> None:
    from IPython.display import display

    display(obj)


def _cell_source(value, tb) -> str:
    """Return the code of the cell an error comes from (IPython keeps each cell in linecache, with no mtime)."""
    names = [getattr(value, "filename", None)] if isinstance(value, SyntaxError) else []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_filename)
        tb = tb.tb_next
    for name in names:
        entry = linecache.cache.get(name) if name else None
        if entry is not None and entry[1] is None:
            return "".join(entry[2])
    return getattr(value, "text", None) or "" if isinstance(value, SyntaxError) else ""


def _handler(shell, etype, value, tb, tb_offset=None):
    """IPython's custom exception handler: the hint and the folded traceback, or the usual traceback.

    IPython (9) leaves the showing to the handler; the error itself is always shown
    (one line under a hint), so a cell that raised still reads as failed.
    """
    try:
        hint = explain_error(value, _cell_source(value, tb), tb)
    except Exception:  # noqa: BLE001 -- never let a hint hide the error itself
        hint = None
    syntax = issubclass(etype, SyntaxError)
    if hint is None:
        if syntax:
            shell.showsyntaxerror()
        else:
            shell.showtraceback((etype, value, tb), tb_offset=tb_offset, running_compiled_code=True)
        return None
    if syntax:
        text = "".join(traceback.format_exception_only(etype, value))
    else:
        text = _ANSI.sub("", "\n".join(shell.InteractiveTB.structured_traceback(etype, value, tb,
                                                                                tb_offset=tb_offset)))
    _show(ErrorHint(etype.__name__, hint, text))
    shell._showtraceback(etype, value, [f"{etype.__name__}: {value}"])
    return None
