"""Write the first draft of a lesson notebook in the house pattern.

The notebook is the lesson's one source: :class:`LessonBuilder` writes a new lesson's
first version, and from then on the notebook is edited directly (in Jupyter, or with
nbformat). ``tests/test_course.py``, ``tests/test_notebooks.py`` and
``tests/test_course_editions.py`` hold every lesson to the template below, whoever wrote it.

The lesson template
-------------------
Every lesson ``notebooks/course/NN_<slug>.ipynb`` has, in this order:

1. **Title** (written for you, :func:`~shopanalysis.course.lessons.title_cell`): number,
   title, time, previous/next links; a zh and an en cell.
2. **Goal** (目标): what the learner can do at the end, in one to three sentences.
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
   learner copies, ``# 在这里写你的代码`` in the Chinese edition) and the checker cell
   ``sa.course.check_NN_<what>(answer)``.
   A later cell never uses an exercise's ``answer``.
   Cells added after the last exercise form a closing section (lesson 08 runs the
   report there); they must not use ``answer`` either.
8. **Recap**: the few things to remember.
9. **Links** to the previous and next lesson (written for you,
   :func:`~shopanalysis.course.lessons.links_cell`).

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
   Run ``pytest tests/test_notebooks.py tests/test_course.py tests/test_course_editions.py -k NN``
   after each edit.
4. Write ``tests/test_course_lessonNN.py``: ``WRONG_NN``, each checker's wrong
   answers (computed with the package) and a fragment of the message each must get,
   a test that they cover every checker of the lesson (both with the helpers of
   ``tests/course_cases.py``), and a test that the widget builds
   (``tests/test_course_lesson05.py`` is an example). Add the metrics the
   lesson teaches to ``notebooks/course/glossary.md``, one row in both languages
   (``术语 | English | 含义 | Meaning | 公式 · formula | 数据列 · columns | 课 | 函数``),
   and a domain function to ``DOMAIN_METRICS`` in ``tests/test_course.py``.

Both languages
--------------
A lesson holds both editions of the course (``shopanalysis course --student DIR
[--lang zh|en]``). Every prose cell is written twice, as adjacent cells: the Chinese
one tagged ``lang-zh`` first, then the English one tagged ``lang-en``; a learner copy
keeps its edition's cells (:mod:`shopanalysis.course.student`). A Markdown cell with
neither tag is shown in both editions (only for language-free content, such as a
formula alone). Code cells are shared; their comments are short and bilingual,
``# 十月的每一天 (October's days)``. The Chinese is natural Chinese for a 运营助理 on day
one, with the platform's terms (支付转化率, 访客数) and the code name in brackets where the
prose meets code: ``支付转化率（conversion_rate）``. The Chinese headings are ``## 目标``,
``## 思路``, ``## 例题``, ``## 动手试试``, ``## 练习``, ``### 练习 N.M``, ``## 小结``; the
English cells keep ``## Goal``, ``## Exercises``, ``### Exercise N.M``, ``## Recap``.
The builder's methods take the two texts, Chinese first: ``b.goal(zh, en)``,
``b.md(zh, en)``, ``b.section(zh_title, en_title, zh, en)``, ``b.recap(zh, en)``,
``b.exercise(checker, (zh_task, en_task), solution)``; ``b.md(text)`` alone is a
language-free cell. The title and link cells come from
:func:`~shopanalysis.course.lessons.title_cell` and
:func:`~shopanalysis.course.lessons.links_cell`, in each language.

Examples
--------
>>> b = LessonBuilder("01")
>>> b.goal("算出一个月的支付转化率。", "Compute a month's conversion rate.")
>>> b.exercise("check_01_conversion", ("十月的支付转化率。", "October's rate."),
...            "answer = sa.metrics.conversion_rate(october)")
>>> b.exercise("check_01_ten_percent", ("选一个。", "Pick one."), 'answer = "D"')
>>> b.recap("- 多天的比率是总数之比", "- a rate over days is a ratio of sums")
>>> nb = b.build()
>>> [c.source.splitlines()[0] for c in nb.cells if c.cell_type == "markdown"][:4]
['# 01 · 销售额公式', '# 01 · The sales formula', '## 目标', '## Goal']
>>> [c.metadata["tags"] for c in nb.cells[:2]]
[['lang-zh'], ['lang-en']]
"""

from __future__ import annotations

import re
from pathlib import Path

from .._lang import LANGUAGES
from ..text.lessons import T
from .checks import EXERCISES
from .lessons import get_lesson, links_cell, title_cell
from .student import BEGIN, END, LANG_TAGS

__all__ = ["LessonBuilder", "IMPORTS", "PARAMETERS", "EXERCISES_INTRO", "lint_code", "code_only"]

#: The first code cell of every lesson (its code; the comments may say it in other words).
IMPORTS = """\
import pandas as pd
from IPython.display import display

import shopanalysis as sa

sa.set_style()
sa.course.start_lesson()  # 出错时给提示；检查器不评判出错格留下的答案 (hints under errors; no stale answers)"""

#: The lesson's parameters cell (tagged ``parameters``).
PARAMETERS = ("interactive: bool = True  # 显示可以动手玩的小部件 "
              "(show the widgets to play with; a tool running the lesson sets False)")

#: What the Exercises section says before the first exercise, per language.
EXERCISES_INTRO = {lang: T.template("exercises.intro", lang) for lang in LANGUAGES}


def code_only(source: str) -> str:
    """Return a code cell's code without its comments and trailing spaces (to compare two cells' code)."""
    lines = []
    for line in source.splitlines():
        code = re.sub(r"\s+#[^\"']*$", "", line).rstrip()
        if code.strip().startswith("#"):
            continue
        lines.append(code)
    return "\n".join(lines).strip()


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


def _pair(zh, en=None) -> tuple[str, str | None]:
    """(zh, en) from two texts, or from one (zh, en) tuple; en None for a language-free text."""
    if isinstance(zh, (tuple, list)):
        if en is not None or len(zh) != 2:
            raise ValueError("give the two texts as (zh, en), or as zh, en")
        zh, en = zh
    return zh.strip(), (en.strip() if en is not None else None)


class LessonBuilder:
    """Collect a lesson's cells in the house pattern, in both languages, and write the notebook.

    Parameters
    ----------
    number : str
        The lesson's number in :data:`~shopanalysis.course.lessons.LESSONS` (``"01"``).
    """

    def __init__(self, number: str):
        self.lesson = get_lesson(number)
        self._goal: tuple[str, str] | None = None
        self._setup: str | None = None
        self._items: list = []  # ("cell", kind, text(s), tags) or ("exercise", checker, (zh, en), solution, before)
        self._exercises_intro: tuple[str, str] | None = None
        self._recap: tuple[str, str] | None = None

    # --- the parts ---------------------------------------------------------------

    @staticmethod
    def _both(zh, en, what: str) -> tuple[str, str]:
        zh, en = _pair(zh, en)
        if not zh or not en:
            raise ValueError(f"{what} needs its Chinese and its English text")
        return zh, en

    def goal(self, zh, en=None) -> None:
        """Say what the learner can do at the end of the lesson (Chinese, then English)."""
        self._goal = self._both(zh, en, "the goal")

    def setup(self, code: str) -> None:
        """Add the lesson's own setup lines (loading tables), run right after the standard imports."""
        self._setup = code.strip()

    def md(self, zh, en=None, *, tags=()) -> None:
        """Add Markdown to the body: a zh/en pair of cells, or one language-free cell when ``en`` is None."""
        zh, en = _pair(zh, en)
        self._items.append(("cell", "markdown", (zh, en), list(tags)))

    def section(self, title_zh: str, title_en: str, zh: str = "", en: str = "") -> None:
        """Add a ``## title`` heading in both languages, with text under it."""
        self.md(f"## {title_zh.strip()}" + (f"\n\n{zh.strip()}" if zh.strip() else ""),
                f"## {title_en.strip()}" + (f"\n\n{en.strip()}" if en.strip() else ""))

    def code(self, source: str, *, tags=()) -> None:
        """Add a code cell to the body (shared by both editions: keep its comments short and bilingual)."""
        self._items.append(("cell", "code", source.strip(), list(tags)))

    def widget(self, call: str, zh: str = "", en: str = "") -> None:
        """Add a widget cell, shown only when ``interactive`` (with a zh/en pair of Markdown cells before it)."""
        if zh or en:
            self.md(*self._both(zh, en, "the widget's text"))
        self.code(f"if interactive:\n    display({call.strip()})")

    def exercises(self, zh: str = "", en: str = "") -> None:
        """Add a few words to the Exercises heading (written before the first :meth:`exercise`)."""
        self._exercises_intro = self._both(zh, en, "the exercises' intro") if (zh or en) else None

    def exercise(self, checker: str, task, solution: str, *, before: str = "") -> None:
        """Add an exercise: its task (zh and en), the learner's cell (with the solution) and the checker cell.

        The first exercise opens the Exercises section. Cells added after the
        last exercise (a closing section that uses no ``answer``) come before the Recap.

        Parameters
        ----------
        checker : str
            ``check_NN_<what>``, registered in ``shopanalysis/course/lessonNN.py``.
        task : (str, str)
            What to do, in Markdown: Chinese, English. For a judgement exercise the
            options are listed after each, from the checker in that language.
        solution : str
            The solution's code; it must assign ``answer``.
        before : str, optional
            Code the learner keeps above the solution (a selection, a comment).
        """
        task = self._both(task, None, f"{checker}'s task")
        self._items.append(("exercise", checker, task, solution.strip(), before.strip()))

    def recap(self, zh, en=None) -> None:
        """Say the few things to remember (Chinese, then English)."""
        self._recap = self._both(zh, en, "the recap")

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

        from .._lang import language

        lesson = self.lesson
        if not self._goal:
            raise ValueError(f"lesson {lesson.number}: call .goal(zh, en)")
        if not self._recap:
            raise ValueError(f"lesson {lesson.number}: call .recap(zh, en)")
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

        def pair(texts, tags=()):
            """The zh cell then the en cell (one untagged cell for a language-free text)."""
            zh, en = texts
            if en is None:
                cells.append(new_markdown_cell(zh, metadata={"tags": list(tags)} if tags else {}))
                return
            for lang, text in zip(LANGUAGES, (zh, en)):
                cells.append(new_markdown_cell(text, metadata={"tags": [LANG_TAGS[lang], *tags]}))

        pair(tuple(title_cell(lesson.number, lang) for lang in LANGUAGES))
        pair(tuple(f"{T('heading.goal', lang=lang)}\n\n{text}" for lang, text in zip(LANGUAGES, self._goal)))
        cells.append(new_code_cell(IMPORTS))
        cells.append(new_code_cell(PARAMETERS, metadata={"tags": ["parameters"]}))
        if self._setup:
            cells.append(new_code_cell(self._setup))
        opened = False
        for item in self._items:
            if item[0] == "cell":
                _, kind, text, tags = item
                if kind == "markdown":
                    pair(text, tags)
                else:
                    cells.append(new_code_cell(text, metadata={"tags": tags} if tags else {}))
                continue
            _, name, task, solution, before = item
            ex = registered[name]
            if not opened:
                intros = self._exercises_intro or ("", "")
                pair(tuple(f"{T('heading.exercises', lang=lang)}\n\n{EXERCISES_INTRO[lang]}"
                           + (f"\n\n{intro}" if intro else "") for lang, intro in zip(LANGUAGES, intros)))
                opened = True
            texts = []
            for lang, what in zip(LANGUAGES, task):
                with language(lang):
                    check = ex.func(None)
                text = f"{T('heading.exercise', number=ex.number, title=check.title or ex.title, lang=lang)}\n\n{what}"
                if ex.judgement:
                    text += "\n\n" + "\n".join(f"- **{letter}**: {option}" for letter, option in check.options)
                    text += "\n\n" + T("exercise.letter", letter=check.options[0][0], lang=lang)
                texts.append(text)
            pair(tuple(texts))
            if not re.search(r"^\s*answer\s*=", solution, re.M):
                raise ValueError(f"{name}: the solution must assign answer")
            source = (before + "\n" if before else "") + f"{BEGIN}\n{solution}\n{END}"
            cells.append(new_code_cell(source, metadata={"tags": ["exercise"]}))
            cells.append(new_code_cell(f"sa.course.{name}(answer)", metadata={"tags": ["checker"]}))
        pair(tuple(f"{T('heading.recap', lang=lang)}\n\n{text}" for lang, text in zip(LANGUAGES, self._recap)))
        pair(tuple(links_cell(lesson.number, lang) for lang in LANGUAGES))

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
