"""The lessons of the course, in order: declared once, here.

Everything that needs the order reads :data:`LESSONS`: the previous/next links at
the top and bottom of each lesson (written by :mod:`shopanalysis.course.authoring`),
``shopanalysis course`` (the listing and the learner copies), the glossary's lesson
column and the tests. A lesson's checkers live in ``shopanalysis/course/lessonNN.py``.

Examples
--------
>>> [lesson.number for lesson in LESSONS][:3]
['00', '01', '02']
>>> get_lesson("01").file
'01_the_sales_formula.ipynb'
>>> next_lesson("08") is None
True
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

__all__ = ["Lesson", "LESSONS", "COURSE_ENV", "course_dir", "get_lesson", "previous_lesson", "next_lesson",
           "checker_module", "nav_links"]

#: Environment variable that overrides the folder of the source lessons.
COURSE_ENV = "SHOPANALYSIS_COURSE"


@dataclass(frozen=True)
class Lesson:
    """One lesson: its number, file, title, and what it teaches."""

    number: str  # "01"
    slug: str  # "the_sales_formula"
    title: str  # "The sales formula"
    zh: str  # "销售额公式"
    teaches: str  # one line
    minutes: int = 30

    @property
    def file(self) -> str:
        """The notebook's file name, ``NN_slug.ipynb``."""
        return f"{self.number}_{self.slug}.ipynb"

    @property
    def path(self) -> Path:
        """The source notebook (with solutions) in :func:`course_dir`."""
        return course_dir() / self.file

    @property
    def checkers(self) -> str:
        """The module holding this lesson's checkers."""
        return f"shopanalysis.course.lesson{self.number}"

    @property
    def label(self) -> str:
        """``01 · The sales formula (销售额公式)``."""
        return f"{self.number} · {self.title}" + (f" ({self.zh})" if self.zh else "")


#: The course, in the order a new operator takes it.
LESSONS: tuple[Lesson, ...] = (
    Lesson("00", "how_to_use_this_course", "How to use this course", "课程使用说明",
           "Jupyter basics, where the data is, how the checker answers; 0.99^100 and the daily routine", 20),
    Lesson("01", "the_sales_formula", "The sales formula", "销售额 = 访客数 × 支付转化率 × 客单价",
           "sales = visitors x conversion x 客单价, ratios of sums, and the log split of a change", 35),
    Lesson("02", "the_morning_review", "The morning review", "每日复盘",
           "the month's target and pacing, and what moved a day against its baselines", 35),
    Lesson("03", "traffic_sources", "Traffic sources and a healthy mix", "流量来源与流量结构",
           "sources and channels, which source moved the day, the healthy-mix rule of thumb", 30),
    Lesson("04", "watching_competitors", "Watching competitors", "竞品与竞店",
           "competitor prices, new listings, reviews and DSR, and what to do about an undercut", 30),
    Lesson("05", "ppc_keywords", "直通车 keywords", "直通车关键词",
           "CTR, CPC, ROI and click conversion; enough data; the keyword decisions of a morning", 40),
    Lesson("06", "the_designers_numbers", "The designer's numbers", "美工数据",
           "main-image CTR before and after a change, detail-page conversion, on-time delivery", 30),
    Lesson("07", "customer_service", "Customer service", "客服",
           "inquiry conversion, response time, the cost of a missed 旺旺 inquiry, KPI sheets", 35),
    Lesson("08", "your_own_exports", "Running the reports on your own exports", "用自己的数据",
           "which files to download, how the reader maps Chinese headers, what its errors mean", 35),
)


def course_dir() -> Path:
    """Return the folder of the source lessons (``$SHOPANALYSIS_COURSE`` or the repo's ``notebooks/course``)."""
    env = os.environ.get(COURSE_ENV)
    return Path(env) if env else Path(__file__).resolve().parents[2] / "notebooks" / "course"


def get_lesson(number: str | int) -> Lesson:
    """Return a lesson by its number (``"01"`` or ``1``)."""
    key = f"{int(number):02d}" if str(number).isdigit() else str(number)
    for lesson in LESSONS:
        if lesson.number == key:
            return lesson
    raise KeyError(f"no lesson {number!r}; the lessons are {', '.join(l.number for l in LESSONS)}")


def _index(number) -> int:
    return LESSONS.index(get_lesson(number))


def previous_lesson(number) -> Lesson | None:
    """Return the lesson before, or None for the first."""
    i = _index(number)
    return LESSONS[i - 1] if i > 0 else None


def next_lesson(number) -> Lesson | None:
    """Return the lesson after, or None for the last."""
    i = _index(number)
    return LESSONS[i + 1] if i + 1 < len(LESSONS) else None


def checker_module(number) -> ModuleType | None:
    """Import and return a lesson's checker module, or None when it has none yet."""
    name = get_lesson(number).checkers
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name:
            return None
        raise


def nav_links(number) -> str:
    """Return the Markdown line linking a lesson to the previous and next one (relative links).

    Examples
    --------
    >>> print(nav_links("00"))
    ← [Course home](README.md) · [Glossary](glossary.md) · Next: [01 · The sales formula](01_the_sales_formula.ipynb) →
    """
    prev, nxt = previous_lesson(number), next_lesson(number)
    left = (f"← Previous: [{prev.number} · {prev.title}]({prev.file})" if prev
            else "← [Course home](README.md)")
    right = (f"Next: [{nxt.number} · {nxt.title}]({nxt.file}) →" if nxt
             else "Next: you have finished the course. Keep the [glossary](glossary.md) at hand →")
    middle = " · [Glossary](glossary.md) · " if nxt else " · "
    return left + middle + right
