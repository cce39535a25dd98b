"""The course's machinery: lesson order, self-checking exercises, learner copies, widgets.

Imported only by the lessons (``notebooks/course/NN_title.ipynb``) and by
``shopanalysis course``. A lesson calls its checkers through this package::

    answer = sa.metrics.conversion_rate(october)      # the learner's cell
    sa.course.check_01_conversion(answer)             # the checker cell

``sa.course.check_NN_<what>`` is looked up in ``shopanalysis/course/lessonNN.py``
the first time it is used.

Modules
-------
:mod:`~shopanalysis.course.lessons`
    :data:`LESSONS`, the course in order (number, file, title, what it teaches),
    declared once; previous/next links.
:mod:`~shopanalysis.course.checks`
    :class:`Check` (what a checker answers: ``status`` in {'not attempted', 'right',
    'wrong'}, a message, a hint), the :func:`~shopanalysis.course.checks.exercise`
    decorator and the diagnoses checkers are built from (:func:`check_number`,
    :func:`check_choice`, :func:`check_text`, :func:`check_date`, traps for a mean of
    ratios or another day).
``lessonNN``
    Each lesson's checkers, ``check_NN_<what>``.
:mod:`~shopanalysis.course.student`
    Learner copies with the solutions stripped (``shopanalysis course --student DIR``).
:mod:`~shopanalysis.course.authoring`
    :class:`LessonBuilder`, which writes the first draft of a new lesson in the house
    pattern (see its docstring for the lesson template); the notebook is the source after that.
:mod:`~shopanalysis.course.widgets`
    The widgets lessons play with (None without ipywidgets).
:mod:`~shopanalysis.course.session`
    :func:`start_lesson`, called by every lesson's setup cell: a short hint in the
    learner's language above an error (the traceback folded below), and checkers that
    never judge an ``answer`` left over from a cell that raised.
:mod:`~shopanalysis.course.exports`
    Lesson 08's guides to the exports, and a broken copy of one to read the error of.

Examples
--------
>>> import shopanalysis as sa
>>> sa.course.check_01_conversion(None).status
'not attempted'
>>> sa.course.LESSONS[1].file
'01_the_sales_formula.ipynb'
"""

from __future__ import annotations

import importlib
import re

from .checks import Check, CheckFailed, exercises
from .lessons import LESSONS, get_lesson
from .session import start_lesson

__all__ = ["Check", "CheckFailed", "LESSONS", "get_lesson", "exercises", "start_lesson"]

_SUBMODULES = {"checks", "lessons", "student", "authoring", "widgets", "widgets_late", "exports", "session"}
_CHECKER = re.compile(r"check_(\d\d)_\w+")


def __getattr__(name):
    if name in _SUBMODULES or re.fullmatch(r"lesson\d\d", name):
        return importlib.import_module(f".{name}", __name__)
    match = _CHECKER.fullmatch(name)
    if match:
        lesson = match.group(1)
        try:
            module = importlib.import_module(f".lesson{lesson}", __name__)
        except ModuleNotFoundError:
            raise AttributeError(f"no checker {name!r}: lesson {lesson} has no checkers yet "
                                 f"(shopanalysis/course/lesson{lesson}.py)") from None
        try:
            return getattr(module, name)
        except AttributeError:
            known = ", ".join(sorted(n for n in dir(module) if _CHECKER.fullmatch(n)))
            raise AttributeError(f"no checker {name!r} in lesson {lesson}; it has {known}") from None
    raise AttributeError(f"module 'shopanalysis.course' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | _SUBMODULES)
