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
>>> next_lesson("10") is None
True
>>> get_lesson("01").title_in("zh"), get_lesson("01").title_in("en")
('销售额公式', 'The sales formula')
"""

from __future__ import annotations

import importlib
import os
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from .._lang import get_language

__all__ = ["Lesson", "LESSONS", "COURSE_ENV", "course_dir", "get_lesson", "previous_lesson", "next_lesson",
           "checker_module", "nav_links", "title_cell", "links_cell"]

#: Environment variable that overrides the folder of the source lessons.
COURSE_ENV = "SHOPANALYSIS_COURSE"


@dataclass(frozen=True)
class Lesson:
    """One lesson: its number, file, title, and what it teaches (in English, and in Chinese)."""

    number: str  # "01"
    slug: str  # "the_sales_formula"
    title: str  # "The sales formula"
    zh: str  # "销售额公式"
    teaches: str  # one line
    minutes: int = 30
    zh_teaches: str = ""  # the line in Chinese

    def title_in(self, lang: str | None = None) -> str:
        """The title in ``lang`` (default: the package's language)."""
        return {"zh": self.zh or self.title, "en": self.title}[get_language(lang)]

    def teaches_in(self, lang: str | None = None) -> str:
        """What it teaches, in ``lang`` (default: the package's language)."""
        return {"zh": self.zh_teaches or self.teaches, "en": self.teaches}[get_language(lang)]

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
           "Jupyter basics, where the data is, how the checker answers; 0.99^100 and the daily routine", 20,
           zh_teaches="Jupyter 入门、数据在哪、检查器怎么回答；0.99 的 100 次方和每天的例行复盘"),
    Lesson("01", "the_sales_formula", "The sales formula", "销售额公式",
           "sales = visitors x conversion x 客单价, ratios of sums, and the log split of a change", 35,
           zh_teaches="销售额 = 访客数 × 支付转化率 × 客单价，比率要用总数相除，以及一次变化的对数拆分"),
    Lesson("02", "the_morning_review", "The morning review", "每日复盘",
           "the month's target and pacing, and what moved a day against its baselines", 35,
           zh_teaches="月目标和进度，当天的变化与各个基准比是哪一项带来的"),
    Lesson("03", "traffic_sources", "Traffic sources and a healthy mix", "流量来源与流量结构",
           "sources and channels, which source moved the day, the healthy-mix rule of thumb", 30,
           zh_teaches="流量来源与渠道，哪个来源带动了当天，健康流量结构的经验法则"),
    Lesson("04", "watching_competitors", "Watching competitors", "竞品与竞店",
           "competitor prices, new listings, reviews and DSR, and what to do about an undercut", 30,
           zh_teaches="竞品价格、新品、评价和 DSR，被低价截流时该怎么办"),
    Lesson("05", "ppc_keywords", "直通车 keywords", "直通车关键词",
           "CTR, CPC, ROI and click conversion; enough data; the keyword decisions of a morning", 40,
           zh_teaches="点击率、平均点击花费、投入产出比和点击转化率；数据够不够；每天早上的关键词决定"),
    Lesson("06", "the_designers_numbers", "The designer's numbers", "美工数据",
           "main-image CTR before and after a change, detail-page conversion, on-time delivery", 30,
           zh_teaches="主图改版前后的点击率、详情页转化率、按时交稿"),
    Lesson("07", "customer_service", "Customer service", "客服",
           "inquiry conversion, response time, the cost of a missed 旺旺 inquiry, KPI sheets", 35,
           zh_teaches="询单转化率、响应时间、漏掉一个旺旺咨询的代价、客服绩效表"),
    Lesson("08", "your_own_exports", "Running the reports on your own exports", "用自己的数据",
           "which files to download, how the reader maps Chinese headers, what its errors mean", 35,
           zh_teaches="该下载哪些文件，读取器怎样对应中文表头，它的报错是什么意思"),
    Lesson("09", "customers", "Customers: RFM, segments and win-back", "客户分析",
           "RFM and segments, the repeat rate, a reactivation list, why phone numbers are masked", 35,
           zh_teaches="RFM 与客户分层、复购率、召回名单，以及为什么手机号要打码"),
    Lesson("10", "the_monthly_review", "The monthly review", "月度复盘",
           "reading the month's PDF, the three dimensions, and writing next month's plan from it", 35,
           zh_teaches="读懂月度 PDF 报告、三个维度，并据此写出下个月的计划"),
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


def nav_links(number, lang: str | None = None) -> str:
    """Return the Markdown line linking a lesson to the previous and next one (relative links), in ``lang``.

    Parameters
    ----------
    number : str or int
        The lesson.
    lang : {'zh', 'en'}, optional
        Default: the package's language. The title and link cells of a lesson exist in
        both (tagged ``lang-zh`` / ``lang-en``), so each edition of the course has its own.

    Examples
    --------
    >>> print(nav_links("00", lang="en"))
    ← [Course home](README.md) · [Glossary](glossary.md) · Next: [01 · The sales formula](01_the_sales_formula.ipynb) →
    >>> print(nav_links("01", lang="zh"))
    ← 上一课：[00 · 课程使用说明](00_how_to_use_this_course.ipynb) · [术语表](glossary.md) · 下一课：[02 · 每日复盘](02_the_morning_review.ipynb) →
    """
    from ..text.lessons import T

    lang = get_language(lang)
    prev, nxt = previous_lesson(number), next_lesson(number)
    left = (T("nav.previous", number=prev.number, title=prev.title_in(lang), file=prev.file, lang=lang) if prev
            else T("nav.home", lang=lang))
    if nxt is None:
        return f"{left} · {T('nav.finished', lang=lang)}"
    right = T("nav.next", number=nxt.number, title=nxt.title_in(lang), file=nxt.file, lang=lang)
    return f"{left} · {T('nav.glossary', lang=lang)} · {right}"


def title_cell(number, lang: str | None = None) -> str:
    """Return the Markdown of a lesson's first cell in ``lang``: number, title, time and links.

    The English cell keeps the Chinese name under the title.

    Examples
    --------
    >>> print(title_cell("02", lang="zh"))
    # 02 · 每日复盘
    <BLANKLINE>
    *约 35 分钟。* ← 上一课：[01 · 销售额公式](01_the_sales_formula.ipynb) · [术语表](glossary.md) · 下一课：[03 · 流量来源与流量结构](03_traffic_sources.ipynb) →
    """
    from ..text.lessons import T

    lesson = get_lesson(number)
    lang = get_language(lang)
    head = f"# {lesson.number} · {lesson.title_in(lang)}"
    if lesson.zh and lesson.title_in(lang) == lesson.title:
        head += f"\n### {lesson.zh}"
    return f"{head}\n\n{T('title.minutes', minutes=lesson.minutes, lang=lang)} {nav_links(number, lang)}"


def links_cell(number, lang: str | None = None) -> str:
    """Return the Markdown of a lesson's last cell in ``lang``: a rule and the links."""
    return f"---\n\n{nav_links(number, lang)}"
