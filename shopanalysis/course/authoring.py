"""Write the first draft of a lesson notebook in the house pattern.

The notebook is the lesson's one source: :class:`LessonBuilder` writes a new lesson's
first version, and from then on the notebook is edited directly (in Jupyter, or with
nbformat). ``tests/test_course.py`` and ``tests/test_notebooks.py`` hold every lesson to
the template below, whoever wrote it.

The lesson template
-------------------
Every lesson ``notebooks/course/NN_<slug>.ipynb`` has, in this order:

1. **Title** (written for you): number, title, Chinese name, time, previous/next links.
2. **Goal**: what the learner can do at the end, in one to three sentences.
3. **Setup** (written for you): the imports, ``sa.set_style()``,
   ``sa.course.start_lesson()`` (:mod:`shopanalysis.course.session`), and the cell
   tagged ``parameters`` with ``interactive: bool = True`` (widgets off when a
   tool runs the lesson); then your own setup lines (load the tables with
   ``sa.load_demo_shop(tables=[...])``).
4. **The idea**: in plain words, with the formula and its 生意参谋 / 直通车 / 赤兔
   name, and the working wisdom of experienced operators where it teaches.
5. **A worked example** on the demo shop: short code cells, every number from a
   package function (never a formula re-typed), each followed by what it shows.
6. **A widget** to play with, where it helps: ``b.widget("sa.course.widgets....")``
   (guarded by ``interactive``; the widget lives in :mod:`shopanalysis.course.widgets`).
7. **Exercises**: 2 to 4, at least one a judgement (``judgement=True`` in its
   checker: a decision backed by numbers, answered with a letter). Each is a task,
   the learner's cell (the solution between ``# --- solution ---`` and
   ``# --- end solution ---``, replaced by ``answer = None  # your code here`` in
   learner copies) and the checker cell ``sa.course.check_NN_<what>(answer)``.
   A later cell never uses an exercise's ``answer``.
   Cells added after the last exercise form a closing section (lesson 08 runs the
   report there); they must not use ``answer`` either.
8. **Recap**: the few things to remember.
9. **Links** to the previous and next lesson (written for you).

Cells are written in the order the builder's methods are called; the first
:meth:`LessonBuilder.exercise` opens the Exercises section. :meth:`LessonBuilder.build`
refuses a lesson without a goal or a recap, with fewer than 2 or more than 4 exercises,
without a judgement exercise, with a checker of another lesson, or with a ``def``,
``class``, clock or machine path in a code cell.

No ``def`` or ``class`` in a notebook cell (helpers go in the package), no
``datetime.now()``, no machine paths (:func:`lint_code`), outputs stripped (the
builder writes none; clear them before saving a lesson you ran).

Adding a lesson
---------------
1. Declare it in :data:`shopanalysis.course.lessons.LESSONS` (it may be there already).
2. Write its checkers in ``shopanalysis/course/lessonNN.py``: functions
   ``check_NN_<what>(answer)`` decorated with
   :func:`shopanalysis.course.checks.exercise`, each computing the expected answer
   with the package's functions on the demo data and returning a diagnosis from
   :mod:`shopanalysis.course.checks`.
3. Write its first draft with a :class:`LessonBuilder` (in a scratch script or a
   Python prompt: ``b = LessonBuilder("NN")``, its parts, then ``b.write()``), then
   edit ``notebooks/course/NN_<slug>.ipynb`` itself; the builder is not kept beside it.
   Run ``pytest tests/test_notebooks.py tests/test_course.py -k NN`` after each edit.
4. Write ``tests/test_course_lessonNN.py``: ``WRONG_NN``, each checker's wrong
   answers (computed with the package) and a fragment of the message each must get,
   a test that they cover every checker of the lesson (both with the helpers of
   ``tests/course_cases.py``), and a test that the widget builds
   (``tests/test_course_lesson05.py`` is an example). Add the metrics the
   lesson teaches to ``notebooks/course/glossary.md`` (and a domain function to
   ``DOMAIN_METRICS`` in ``tests/test_course.py``).

Examples
--------
>>> b = LessonBuilder("01")
>>> b.goal("Compute a month's conversion rate.")
>>> b.exercise("check_01_conversion", "October's rate.", "answer = sa.metrics.conversion_rate(october)")
>>> b.exercise("check_01_ten_percent", "Pick one.", 'answer = "D"')
>>> b.recap("- a rate over days is a ratio of sums")
>>> nb = b.build()
>>> [c.source.splitlines()[0] for c in nb.cells if c.cell_type == "markdown"][:3]
['# 01 · The sales formula', '## Goal', '## Exercises']
"""

from __future__ import annotations

import re
from pathlib import Path

from .checks import EXERCISES
from .lessons import get_lesson, nav_links
from .student import BEGIN, END

__all__ = ["LessonBuilder", "IMPORTS", "PARAMETERS", "EXERCISES_INTRO", "lint_code"]

#: The first code cell of every lesson.
IMPORTS = """\
import pandas as pd
from IPython.display import display

import shopanalysis as sa

sa.set_style()
sa.course.start_lesson()  # hints under errors; the checker never judges an answer from a cell that raised"""

#: The lesson's parameters cell (tagged ``parameters``).
PARAMETERS = "interactive: bool = True  # show the widgets to play with (a tool running the lesson sets False)"

#: What the Exercises section says before the first exercise.
EXERCISES_INTRO = """\
Each exercise has two code cells. In the first, replace `None` with your code (keep
`answer = ` in front; you may add lines above it) and run it with **Shift+Enter**; then
run the second, the checker. It answers *not attempted yet*, *right* (and why it
matters) or *not yet* (what is off, and a hint). Try as often as you like; the checker
never counts."""


def lint_code(source: str) -> list[str]:
    """Return what a lesson's code cell must not hold (a def or class, the clock, a machine path)."""
    problems = []
    if re.search(r"^\s*(def|class)\s", source, re.M):
        problems.append("a def or class (put helpers in the package)")
    if "datetime.now" in source or "date.today" in source or "Timestamp.now" in source:
        problems.append("the clock (datetime.now / date.today): lessons must give the same result every day")
    if re.search(r"['\"](/(root|work|tmp|home|Users)/|[A-Za-z]:\\\\)", source):
        problems.append("a machine path")
    return problems


class LessonBuilder:
    """Collect a lesson's cells in the house pattern and write the notebook.

    Parameters
    ----------
    number : str
        The lesson's number in :data:`~shopanalysis.course.lessons.LESSONS` (``"01"``).
    """

    def __init__(self, number: str):
        self.lesson = get_lesson(number)
        self._goal: str | None = None
        self._setup: str | None = None
        self._items: list = []  # ("cell", kind, text, tags) or ("exercise", checker, task, solution, before)
        self._exercises_intro: str = ""
        self._recap: str | None = None

    # --- the parts ---------------------------------------------------------------

    def goal(self, text: str) -> None:
        """Say what the learner can do at the end of the lesson."""
        self._goal = text.strip()

    def setup(self, code: str) -> None:
        """Add the lesson's own setup lines (loading tables), run right after the standard imports."""
        self._setup = code.strip()

    def md(self, text: str, *, tags=()) -> None:
        """Add a Markdown cell to the body (the idea, the worked example, the widget)."""
        self._items.append(("cell", "markdown", text.strip(), list(tags)))

    def section(self, title: str, text: str = "") -> None:
        """Add a ``## title`` heading, with text under it."""
        self.md(f"## {title}" + (f"\n\n{text.strip()}" if text.strip() else ""))

    def code(self, source: str, *, tags=()) -> None:
        """Add a code cell to the body."""
        self._items.append(("cell", "code", source.strip(), list(tags)))

    def widget(self, call: str, text: str = "") -> None:
        """Add a widget cell, shown only when ``interactive`` (with a Markdown cell before it)."""
        if text:
            self.md(text)
        self.code(f"if interactive:\n    display({call.strip()})")

    def exercises(self, intro: str = "") -> None:
        """Add a few words to the Exercises heading (written before the first :meth:`exercise`)."""
        self._exercises_intro = intro.strip()

    def exercise(self, checker: str, task: str, solution: str, *, before: str = "") -> None:
        """Add an exercise: its task, the learner's cell (with the solution) and the checker cell.

        The first exercise opens the ``## Exercises`` section. Cells added after the
        last exercise (a closing section that uses no ``answer``) come before the Recap.

        Parameters
        ----------
        checker : str
            ``check_NN_<what>``, registered in ``shopanalysis/course/lessonNN.py``.
        task : str
            What to do, in Markdown. For a judgement exercise the options are listed
            after it, from the checker.
        solution : str
            The solution's code; it must assign ``answer``.
        before : str, optional
            Code the learner keeps above the solution (a selection, a comment).
        """
        self._items.append(("exercise", checker, task.strip(), solution.strip(), before.strip()))

    def recap(self, text: str) -> None:
        """Say the few things to remember."""
        self._recap = text.strip()

    # --- building ------------------------------------------------------------------

    def _checker(self, name: str):
        from . import lessons

        lessons.checker_module(self.lesson.number)
        if name not in EXERCISES:
            raise ValueError(f"no checker {name!r} registered in {self.lesson.checkers}")
        ex = EXERCISES[name]
        if ex.lesson != self.lesson.number:
            raise ValueError(f"{name} belongs to lesson {ex.lesson}, not {self.lesson.number}")
        return ex

    def build(self):
        """Return the notebook, after checking it follows the lesson template."""
        from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

        lesson = self.lesson
        if not self._goal:
            raise ValueError(f"lesson {lesson.number}: call .goal(...)")
        if not self._recap:
            raise ValueError(f"lesson {lesson.number}: call .recap(...)")
        items = [item for item in self._items if item[0] == "exercise"]
        if not 2 <= len(items) <= 4:
            raise ValueError(f"lesson {lesson.number}: {len(items)} exercises; a lesson has 2 to 4")
        registered = {item[1]: self._checker(item[1]) for item in items}
        if len(registered) != len(items):
            raise ValueError(f"lesson {lesson.number}: an exercise is used twice")
        if not any(ex.judgement for ex in registered.values()):
            raise ValueError(f"lesson {lesson.number}: at least one exercise must be a judgement "
                             f"(@exercise(..., judgement=True))")
        numbers = [registered[item[1]].number for item in items]
        if numbers != sorted(numbers, key=lambda n: [int(x) for x in n.split(".")]):
            raise ValueError(f"lesson {lesson.number}: exercises out of order ({numbers})")

        cells = []
        zh = f"\n### {lesson.zh}" if lesson.zh else ""
        cells.append(new_markdown_cell(f"# {lesson.number} · {lesson.title}{zh}\n\n"
                                       f"*About {lesson.minutes} minutes.* {nav_links(lesson.number)}"))
        cells.append(new_markdown_cell(f"## Goal\n\n{self._goal}"))
        cells.append(new_code_cell(IMPORTS))
        cells.append(new_code_cell(PARAMETERS, metadata={"tags": ["parameters"]}))
        if self._setup:
            cells.append(new_code_cell(self._setup))
        opened = False
        for item in self._items:
            if item[0] == "cell":
                _, kind, text, tags = item
                meta = {"tags": tags} if tags else {}
                cells.append(new_markdown_cell(text, metadata=meta) if kind == "markdown"
                             else new_code_cell(text, metadata=meta))
                continue
            _, name, task, solution, before = item
            ex = registered[name]
            if not opened:
                intro = self._exercises_intro
                cells.append(new_markdown_cell("## Exercises\n\n" + EXERCISES_INTRO + (f"\n\n{intro}" if intro else "")))
                opened = True
            text = f"### Exercise {ex.number} · {ex.title}\n\n{task}"
            if ex.judgement:
                options = ex.func(None).options
                text += "\n\n" + "\n".join(f"- **{letter}**: {option}" for letter, option in options)
                text += f'\n\nWrite the letter in quotes, e.g. `answer = "{options[0][0]}"`.'
            cells.append(new_markdown_cell(text))
            if not re.search(r"^\s*answer\s*=", solution, re.M):
                raise ValueError(f"{name}: the solution must assign answer")
            source = (before + "\n" if before else "") + f"{BEGIN}\n{solution}\n{END}"
            cells.append(new_code_cell(source, metadata={"tags": ["exercise"]}))
            cells.append(new_code_cell(f"sa.course.{name}(answer)", metadata={"tags": ["checker"]}))
        cells.append(new_markdown_cell(f"## Recap\n\n{self._recap}"))
        cells.append(new_markdown_cell(f"---\n\n{nav_links(lesson.number)}"))

        for cell in cells:
            if cell.cell_type == "code":
                problems = lint_code(cell.source)
                if problems:
                    raise ValueError(f"lesson {lesson.number}: a cell holds {'; '.join(problems)}:\n{cell.source}")
        for i, cell in enumerate(cells):  # stable ids: a rebuild changes only what changed
            cell["id"] = f"lesson{lesson.number}-{i:03d}"
        nb = new_notebook(cells=cells)
        nb.metadata = {
            "kernelspec": {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"},
            "language_info": {"name": "python"},
            "shopanalysis": {"lesson": lesson.number, "title": lesson.title},
        }
        return nb

    def write(self, path=None) -> Path:
        """Build the notebook and write it (default: the lesson's file in ``notebooks/course``)."""
        import nbformat

        nb = self.build()
        path = Path(path) if path is not None else self.lesson.path
        path.parent.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, path)
        return path
