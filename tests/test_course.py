"""The course: its checkers, lesson order, learner copies, lesson notebooks, glossary and command.

The source lessons themselves run under ``pytest --nbval-lax notebooks/course`` with
every checker required to say "right" (``notebooks/course/conftest.py``); here the
learner copies are run too, with every checker required to say "not attempted".
"""

from __future__ import annotations

import inspect
import json
import re
import shutil
import sys
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import metrics, sales, traffic
from shopanalysis.course import checks, lessons, student
from shopanalysis.course._demo import day, demo, jd, month
from shopanalysis.course.checks import (STRICT_ENV, Check, CheckFailed, Option, check_choice, check_date,
                                        check_number, check_text, exercise, mean_of_ratios, other_days)

from course_cases import assert_cover_the_lesson, assert_names_the_mistake, case_ids, checker


@pytest.fixture(autouse=True)
def english():
    """These cases check the English messages; tests/test_course_session.py checks both languages."""
    with sa.language("en"):
        yield

ROOT = Path(__file__).resolve().parents[1]
COURSE = ROOT / "notebooks" / "course"
WRITTEN = [lesson for lesson in lessons.LESSONS if lesson.path.exists()]
#: Lessons whose checkers have their wrong-answer cases in WRONG below. Lessons 04-07 keep theirs,
#: with their helpers and widget tests, in tests/test_course_lessonNN.py (``WRONG_NN``): do that for a new lesson.
COVERED_LESSONS = ["00", "01", "02", "03", "08"]


_c = checker  # a lesson's checker by name, as the lessons call it


# --- the Check object -----------------------------------------------------------------


def test_check_renders_as_text_html_and_a_machine_readable_bundle():
    c = Check("wrong", "0.5 is off: <b>not bold</b>.", "try again", exercise="1.1", title="A rate",
              checker="check_01_x")
    assert not c.passed and not c
    text = str(c)
    assert text.splitlines()[0] == "Exercise 1.1 · A rate: Not yet"
    assert "Hint: try again" in text and repr(c) == text
    html = c._repr_html_()
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html and "#C62828" in html and "Hint:" in html
    assert c._repr_mimebundle_()[checks.MIME_TYPE] == {"checker": "check_01_x", "exercise": "1.1",
                                                       "status": "wrong"}
    assert Check("right", "ok").passed
    with pytest.raises(ValueError, match="status must be one of"):
        Check("maybe", "?")


def test_ipython_shows_html_text_and_the_bundle():
    from IPython.core.formatters import DisplayFormatter

    data, _ = DisplayFormatter().format(Check("right", "fine", exercise="0.1"))
    assert {"text/plain", "text/html", checks.MIME_TYPE} <= set(data)


# --- check_number: each wrong-answer class -------------------------------------------------


def test_number_right_rounded_and_not_attempted():
    assert check_number(None, 0.0226, kind="rate", why="w").status == "not attempted"
    assert check_number(0.022619, 0.022619, kind="rate", why="because").message == "because"
    rounded = check_number(0.0226, 0.022619, kind="rate", why="because")
    assert rounded.passed and "rounded" in rounded.message
    assert check_number(np.float64(3.0), 3.0, why="w").passed
    assert check_number(7, 7.0, kind="count", why="w").passed


@pytest.mark.parametrize("answer, fragment", [
    ("2.26%", "text"),
    (True, "yes/no"),
    ([0.1, 0.2], "list of 2 values"),
    (pd.Series([0.0226]), "column (a pandas Series) holding one value"),
    (pd.DataFrame({"a": [1, 2]}), "table (a pandas DataFrame) of 2 rows and 1 columns"),
    ({"a": 1}, "dict"),
    (pd.Series([0.1, 0.2], index=["visitors", "conversion_rate"]),
     "2 values labelled visitors, conversion_rate; this exercise wants one number: pick one with [label]"),
    (pd.DataFrame({"share": [1.0, 2.0], "yuan": [3.0, 4.0]}, index=["visitors", "conversion_rate"]),
     "(rows visitors, conversion_rate; columns share, yuan); this exercise wants one number: pick one cell"),
])
def test_number_wrong_type(answer, fragment):
    c = check_number(answer, 0.0226, kind="rate", why="w")
    assert c.status == "wrong" and fragment in c.message, c.message


def test_number_wrong_type_gives_the_exercise_hint_when_there_is_one():
    """Of many values, the exercise's own hint says best which one it wants."""
    c = check_number(pd.Series([0.1, 0.2]), 0.0226, kind="rate", why="w", hint='split.loc["visitors", "share"]')
    assert c.hint == 'split.loc["visitors", "share"]'
    assert "sa.metrics" in check_number(pd.Series([0.1, 0.2]), 0.0226, kind="rate", why="w").hint


def test_number_percent_instead_of_fraction():
    c = check_number(2.26, 0.022619, kind="rate", why="w")
    assert c.status == "wrong" and "looks like a percentage" in c.message and "0.0226" in c.message


def test_number_sign_flipped():
    c = check_number(-4764.9, 4764.917, kind="money", why="w")
    assert c.status == "wrong" and "sign flipped" in c.message and "positive" in c.message


def test_number_100_times_too_big():
    c = check_number(4547140.1, 45471.401, kind="money", why="w")
    assert "100 times too big" in c.message


def test_number_nan_and_count_exactness():
    assert "not a number" in check_number(float("nan"), 1.0, why="w").message
    assert check_number(364, 365, kind="count", why="w").status == "wrong"


def test_number_trap_beats_tolerance_but_not_a_rounded_right_answer():
    days = pd.DataFrame({"paying_buyers": [30, 30], "visitors": [1000, 3000]})
    trap = mean_of_ratios(days, "conversion_rate")
    assert trap.value == pytest.approx(0.02)
    assert "mean of the daily" in trap.message and "ratio of sums" in trap.message
    c = check_number(0.02, 0.015, kind="rate", why="w", traps=[trap])
    assert c.status == "wrong" and "mean of the daily" in c.message
    assert "looks like a percentage" in check_number(2.0, 0.015, kind="rate", why="w", traps=[trap]).message
    assert check_number(0.015, 0.015, kind="rate", why="w", traps=[trap]).passed


def test_number_far_off_says_by_how_much():
    c = check_number(1.2, 1.0, why="w", hint="look again")
    assert "20.0% above" in c.message and c.hint == "look again"
    assert "Close" in check_number(1.03, 1.0001, why="w").message
    # a whole number where the right answer is one: rounding cannot explain it, so no "keep more digits"
    assert "Close" not in check_number(1.03, 1.0, why="w").message
    whole = check_number(79, 78, kind="count", why="w")
    assert whole.message == "79 is more than the data gives." and "digits" not in whole.message
    assert "Close" not in check_number(79.0, 78.0, why="w").message


def test_other_days_names_the_day():
    values = {pd.Timestamp("2026-10-14"): 1.0, pd.Timestamp("2026-10-15"): 2.0, pd.Timestamp("2026-10-08"): 3.0}
    traps = other_days(values.__getitem__, "2026-10-15")
    assert [t.value for t in traps] == [1.0, 3.0]
    c = check_number(3.0, 2.0, why="w", traps=traps)
    assert "that is the value for 2026-10-08 (a week before), not 2026-10-15" in c.message


# --- choices, names, dates ------------------------------------------------------------------------

OPTIONS = {"A": Option("one", False, "A has 1."), "B": Option("two", True, "B has 2.")}


@pytest.mark.parametrize("answer", ["B", "b", " B ", "B)", "b."])
def test_choice_accepts_a_letter_however_written(answer):
    c = check_choice(answer, OPTIONS)
    assert c.passed and c.message == "B: B has 2." and c.expected == "B"
    assert c.options == (("A", "one"), ("B", "two"))


def test_choice_wrong_unknown_wrong_type_and_none():
    assert check_choice("A", OPTIONS).message == "A is not the best choice: A has 1."
    assert "not one of the options A or B" in check_choice("C", OPTIONS).message
    assert "one letter in quotes" in check_choice(2, OPTIONS).message
    none = check_choice(None, OPTIONS)
    assert none.status == "not attempted" and 'answer = "A"' in none.message
    with pytest.raises(ValueError, match="exactly one option"):
        check_choice("A", {"A": Option("x", True, ""), "B": Option("y", True, "")})


def test_text_and_date():
    assert check_text("手淘搜索 ", "手淘搜索", why="w").passed
    assert check_text("直通车", "手淘搜索", why="w", others={"直通车": "+121"}).message == "直通车 is not it: +121."
    assert "a name in quotes" in check_text(3, "手淘搜索", why="w").message
    values = pd.Series([10.0, 20.0], index=pd.to_datetime(["2025-11-10", "2025-11-11"]))
    assert check_date(pd.Timestamp("2025-11-11"), "2025-11-11", why="w").passed
    wrong = check_date("2025-11-10", "2025-11-11", why="w", values=values)
    assert "2025-11-10 is not the day: it has 10" in wrong.message
    assert "not a date" in check_date("soon", "2025-11-11", why="w").message
    assert "wants a date" in check_date(5, "2025-11-11", why="w").message


# --- the exercise decorator and strict mode ------------------------------------------------------


@exercise("99.1", "A test exercise")
def check_99_test(answer):
    if isinstance(answer, str) and answer == "boom":
        raise ZeroDivisionError("boom")
    return check_number(answer, 2.0, why="two.")


def test_decorator_fills_in_the_exercise_and_catches_a_crash():
    c = check_99_test(2)
    assert (c.exercise, c.title, c.checker, c.status) == ("99.1", "A test exercise", "check_99_test", "right")
    crash = check_99_test("boom")
    assert crash.status == "wrong" and "ZeroDivisionError" in crash.message
    assert check_99_test.exercise.lesson == "99"


def test_decorator_checks_its_names():
    with pytest.raises(ValueError, match="check_NN_"):
        exercise("1.1", "x")(lambda answer: None)
    with pytest.raises(ValueError, match="must be '1.<n>'"):
        def check_01_misnumbered(answer):
            return None
        exercise("2.1", "x")(check_01_misnumbered)


def test_strict_mode_raises_unless_right(monkeypatch):
    monkeypatch.setenv(STRICT_ENV, "1")
    assert check_99_test(2).passed
    with pytest.raises(CheckFailed, match="Not yet"):
        check_99_test(3)
    with pytest.raises(CheckFailed, match="Not attempted"):
        check_99_test(None)


# --- every registered checker: None, its own expected answer --------------------------------------

EXERCISES = checks.exercises()


def test_every_written_lesson_has_registered_exercises():
    for lesson in WRITTEN:
        found = checks.exercises(lesson.number)
        assert 2 <= len(found) <= 4, lesson.number
        assert any(e.judgement for e in found), f"lesson {lesson.number} needs a judgement exercise"


@pytest.mark.parametrize("ex", EXERCISES, ids=lambda e: e.name)
def test_checker_none_is_not_attempted_and_its_expected_answer_is_right(ex):
    none = ex.func(None)
    assert none.status == "not attempted"
    assert none.exercise == ex.number and none.checker == ex.name
    assert none.expected is not None
    right = ex.func(none.expected)
    assert right.passed, right
    assert right.message and not right.hint
    assert ex.func(none.expected if isinstance(none.expected, str) else float(none.expected)).passed
    if ex.judgement:
        assert none.options, "a judgement exercise has options"
    assert ex.func(object()).status == "wrong", "an answer of the wrong type"


def _sept_pacing(date="2026-09-20", **kw):
    return sales.pace_month(demo("shop_daily"), demo("targets"), date, **kw)


def _compare(date):
    return sales.compare_day(demo("shop_daily"), date).set_index("baseline")


def _split(before, after):
    days = demo("shop_daily")
    return metrics.split_sales_change(day(days, before), day(days, after))


def _share(period, channel="natural"):
    mix = traffic.channel_mix(demo("traffic_sources"), period, shop_daily=demo("shop_daily"))
    return mix.set_index("channel").loc[channel, "share"]


def _october_conversion():
    return metrics.conversion_rate(month(demo("shop_daily"), "2026-10"))


def _one_day(date):
    return day(demo("shop_daily"), date)


# (checker, a wrong answer computed with the package, a fragment of the message it must get)
WRONG = [
    ("check_00_days", lambda: str(len(demo("shop_daily"))), "text"),
    ("check_00_days", lambda: len(demo("shop_daily")) - 1, "one row short"),
    ("check_00_days", lambda: len(demo("shop_daily").columns), "number of columns"),
    ("check_00_sales_on_a_day", lambda: _one_day("2026-10-15")["paid_amount"], "column (a pandas Series) holding one value"),
    ("check_00_sales_on_a_day", lambda: _one_day("2026-10-14")["paid_amount"].sum(),
     "that is the value for 2026-10-14 (the day before)"),
    ("check_00_sales_on_a_day", lambda: _one_day("2026-10-08")["paid_amount"].sum(), "value for 2026-10-08"),
    ("check_00_sales_on_a_day", lambda: month(demo("shop_daily"), "2026-10")["paid_amount"].sum(),
     "whole of October"),
    ("check_00_sales_on_a_day", lambda: _one_day("2026-10-15")["visitors"].sum(), "访客数"),
    ("check_00_sales_on_a_day", lambda: -_one_day("2026-10-15")["paid_amount"].sum(), "sign flipped"),
    ("check_00_routine", lambda: 0.99 ** 100 * 100, "looks like a percentage"),
    ("check_00_routine", lambda: 0.99 * 100, "0.99 times 100"),
    ("check_00_skipping", lambda: "A", "compound"),
    ("check_00_skipping", lambda: 2, "one letter in quotes"),
    ("check_01_conversion", lambda: _october_conversion() * 100, "looks like a percentage"),
    ("check_01_conversion",
     lambda: metrics.add_metrics(month(demo("shop_daily"), "2026-10"), ["conversion_rate"])["conversion_rate"].mean(),
     "mean of the daily"),
    ("check_01_conversion", lambda: metrics.conversion_rate(month(demo("shop_daily"), "2026-09")), "September"),
    ("check_01_conversion", lambda: metrics.conversion_rate(_one_day("2026-10-15")), "one day (2026-10-15)"),
    ("check_01_conversion", lambda: metrics.conversion_rate(demo("shop_daily")), "whole year"),
    ("check_01_conversion", lambda: round(_october_conversion(), 3), "Close"),
    ("check_01_conversion", lambda: month(demo("shop_daily"), "2026-10"), "table (a pandas DataFrame) of 31 rows"),
    ("check_01_more_visitors", lambda: _one_day("2026-10-15")["paid_amount"].sum(), "actual sales"),
    ("check_01_more_visitors",
     lambda: metrics.sales_identity(8000, metrics.conversion_rate(_one_day("2026-10-15")) * 100,
                                    metrics.avg_order_value(_one_day("2026-10-15"))), "100 times too big"),
    ("check_01_more_visitors",
     lambda: metrics.sales_identity(8000 - _one_day("2026-10-15")["visitors"].sum(),
                                    metrics.conversion_rate(_one_day("2026-10-15")),
                                    metrics.avg_order_value(_one_day("2026-10-15"))), "only the extra sales"),
    ("check_01_visitors_share", lambda: _split("2026-10-08", "2026-10-15").loc["visitors", "yuan"],
     "against last Thursday"),
    ("check_01_visitors_share", lambda: _split("2026-10-14", "2026-10-15").loc["visitors", "pct_change"],
     "visitors themselves grew"),
    ("check_01_visitors_share", lambda: _split("2026-10-14", "2026-10-15").loc["visitors", "share"],
     "the visitors' share of the change"),
    ("check_01_visitors_share", lambda: _split("2026-10-14", "2026-10-15").attrs["total"]["change"],
     "whole change in sales"),
    # the comparison made backwards: the same share, the opposite sign in yuan (issue 14)
    ("check_01_visitors_share", lambda: _split("2026-10-15", "2026-10-14").loc["visitors", "yuan"],
     "compares the other way round, 2026-10-15 first and 2026-10-14 second"),
    ("check_01_ten_percent", lambda: "A", "exactly as much as the other two"),
    ("check_01_ten_percent", lambda: "B", "the same as the others"),
    ("check_02_pace", lambda: _sept_pacing().mtd_sales / _sept_pacing().target_amount,
     "share of the whole month's target"),
    ("check_02_pace", lambda: _sept_pacing(min_weeks=10_000).pace_ratio, "even spread"),
    ("check_02_pace", lambda: _sept_pacing("2026-09-19").pace_ratio, "value for 2026-09-19"),
    ("check_02_pace", lambda: _sept_pacing("2026-09-21").pace_ratio, "value for 2026-09-21"),
    ("check_02_pace", lambda: _sept_pacing().pace_ratio * 100, "looks like a percentage"),
    ("check_02_needed_per_day", lambda: _sept_pacing().planned_per_day, "what the plan has"),
    ("check_02_needed_per_day", lambda: _sept_pacing().gap_to_target, "whole gap"),
    ("check_02_needed_per_day", lambda: _sept_pacing().gap_to_target / (_sept_pacing().days_left + 1),
     "counts 2026-09-20 itself"),
    ("check_02_needed_per_day", lambda: _sept_pacing("2026-09-19").needed_per_day, "value for 2026-09-19"),
    ("check_02_visitors_yuan", lambda: _compare("2026-10-11").loc["previous_day", "yuan_visitors"],
     "against the day before"),
    ("check_02_visitors_yuan", lambda: _compare("2026-10-11").loc["trailing_7d_mean", "yuan_visitors"],
     "7-day average"),
    ("check_02_visitors_yuan", lambda: _compare("2026-10-11").loc["same_weekday_last_week", "sales_change"],
     "whole change"),
    ("check_02_visitors_yuan", lambda: -_compare("2026-10-11").loc["same_weekday_last_week", "yuan_visitors"],
     "sign flipped"),
    ("check_02_team_note", lambda: "A", "conversion fell"),
    ("check_02_team_note", lambda: "C", "one good day does not make the month"),
    ("check_03_natural_share",
     lambda: pd.Series([_share(d) for d in pd.date_range("2026-10-01", "2026-10-31")]).mean(),
     "mean of the 31 daily shares"),
    ("check_03_natural_share", lambda: _share("2026-09"), "September"),
    ("check_03_natural_share", lambda: _share("2026-10-15"), "2026-10-15 alone"),
    ("check_03_natural_share", lambda: _share("2026-10", "paid"), "paid channel"),
    ("check_03_natural_share", lambda: _share("2026-10") * 100, "looks like a percentage"),
    ("check_03_top_source", lambda: "直通车", "直通车 is not it: it added +121 visitors"),
    ("check_03_top_source", lambda: "淘抢购", "moved the most sales"),
    ("check_03_top_source", lambda: ["手淘搜索"], "a name in quotes"),
    ("check_03_mix_advice", lambda: "A", "below the 70%"),
    ("check_03_mix_advice", lambda: "B", "paid sources brought"),
    ("check_08_jd_conversion", lambda: metrics.conversion_rate(jd("shop_daily")), "合计"),
    ("check_08_jd_conversion",
     lambda: metrics.add_metrics(month(jd("shop_daily"), "2026-10"), ["conversion_rate"])["conversion_rate"].mean(),
     "mean of the daily"),
    ("check_08_jd_conversion", lambda: metrics.conversion_rate(month(jd("shop_daily"), "2026-10")) * 100,
     "looks like a percentage"),
    ("check_08_error_row", lambda: _c("check_08_error_row")(None).expected - 1, "one short"),
    ("check_08_error_row", lambda: _c("check_08_error_row")(None).expected - 2, "data rows only"),
    ("check_08_error_row", lambda: _c("check_08_error_row")(None).expected - 3, "pandas row number"),
    ("check_08_error_row", lambda: str(int(_c("check_08_error_row")(None).expected)), "text"),
    ("check_08_missing_targets", lambda: "A", "another shop's targets"),
    ("check_08_missing_targets", lambda: "C", "says N/A"),
]


@pytest.mark.parametrize("name, make, fragment", WRONG, ids=case_ids(WRONG))
def test_checker_names_the_mistake(name, make, fragment):
    assert_names_the_mistake(name, make, fragment)


@pytest.mark.parametrize("lesson", COVERED_LESSONS)
def test_wrong_answer_cases_cover_every_checker_of_the_covered_lessons(lesson):
    assert_cover_the_lesson(WRONG, lesson)


def test_every_lesson_with_checkers_has_its_wrong_answer_cases():
    """Here (COVERED_LESSONS) or in its own file, whose test checks it covers every checker of the lesson."""
    for number in sorted({e.lesson for e in EXERCISES}):
        if number in COVERED_LESSONS:
            continue
        own = ROOT / "tests" / f"test_course_lesson{number}.py"
        assert own.exists(), f"lesson {number}: add its wrong answers to WRONG or to {own.name}"
        text = own.read_text(encoding="utf-8")
        assert f"WRONG_{number} = [" in text and "def test_wrong_answer_cases_cover_every_checker" in text, own.name


def test_the_error_row_is_the_row_the_reader_names(tmp_path):
    from shopanalysis.course.exports import break_export
    from shopanalysis.course.lesson08 import BROKEN

    broken = break_export(sa.jd_dir() / BROKEN["file"], tmp_path, row=BROKEN["row"], column=BROKEN["column"],
                          value=BROKEN["value"])
    with sa.language("zh"), pytest.raises(sa.DataError) as err:
        sa.read_table(broken.path, "shop_daily")
    assert f"第 {broken.line} 行：'{BROKEN['value']}'" in str(err.value)
    with sa.language("en"), pytest.raises(sa.DataError) as err:
        sa.read_table(broken.path, "shop_daily")
    assert f"row {broken.line}: '{BROKEN['value']}'" in str(err.value)
    assert _c("check_08_error_row")(broken.line).passed


def test_unknown_checker_names_say_what_exists():
    with pytest.raises(AttributeError, match="no checker 'check_01_nope' in lesson 01; it has check_01_"):
        sa.course.check_01_nope
    with pytest.raises(AttributeError, match="has no attribute"):
        sa.course.nothing_here


# --- the lesson order ------------------------------------------------------------------------------


def test_lessons_are_numbered_in_order_with_clean_file_names():
    numbers = [lesson.number for lesson in lessons.LESSONS]
    assert numbers == [f"{i:02d}" for i in range(len(numbers))]
    for lesson in lessons.LESSONS:
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.ipynb", lesson.file)
        assert 20 <= lesson.minutes <= 40
    assert lessons.get_lesson(1) is lessons.get_lesson("01")
    with pytest.raises(KeyError, match="the lessons are 00, 01"):
        lessons.get_lesson("42")


def test_every_notebook_in_the_course_folder_is_declared():
    declared = {lesson.file for lesson in lessons.LESSONS}
    on_disk = {p.name for p in COURSE.glob("*.ipynb")}
    assert on_disk <= declared, on_disk - declared
    assert {f"{n}_{lessons.get_lesson(n).slug}.ipynb" for n in COVERED_LESSONS} <= on_disk


def test_nav_links_point_to_the_neighbours():
    assert "Previous: [00 · How to use this course](00_how_to_use_this_course.ipynb)" in lessons.nav_links("01")
    assert "Next: [02 · The morning review](02_the_morning_review.ipynb)" in lessons.nav_links("01")
    assert "[Course home](README.md)" in lessons.nav_links("00")
    assert "finished the course" in lessons.nav_links(lessons.LESSONS[-1].number)


def test_nav_links_and_titles_in_chinese():
    zh = lessons.nav_links("01", lang="zh")
    assert "上一课：[00 · 课程使用说明](00_how_to_use_this_course.ipynb)" in zh
    assert "下一课：[02 · 每日复盘](02_the_morning_review.ipynb)" in zh and "[术语表](glossary.md)" in zh
    assert "[课程首页](README.md)" in lessons.nav_links("00", lang="zh")
    assert "学完了" in lessons.nav_links(lessons.LESSONS[-1].number, lang="zh")
    assert lessons.title_cell("01", lang="zh").startswith("# 01 · 销售额公式\n\n*约 35 分钟。*")
    assert lessons.title_cell("01", lang="en").startswith("# 01 · The sales formula\n### 销售额公式\n\n*About 35")
    assert lessons.links_cell("03", lang="zh") == "---\n\n" + lessons.nav_links("03", lang="zh")
    with sa.language("zh"):
        assert lessons.nav_links("02") == lessons.nav_links("02", lang="zh")
    for lesson in lessons.LESSONS:
        assert re.search(r"[\u4e00-\u9fff]", lesson.zh) and re.search(r"[\u4e00-\u9fff]", lesson.teaches_in("zh"))


@pytest.mark.parametrize("name", ["README.md", "README.en.md"])
def test_course_readme_lists_the_lessons_in_order(name):
    text = (COURSE / name).read_text(encoding="utf-8")
    positions = [text.index(f"]({lesson.file})") for lesson in lessons.LESSONS]
    assert positions == sorted(positions)


# --- the lesson notebooks ---------------------------------------------------------------------------


#: The template's headings in each edition (the Chinese ones from the course's convention).
HEADINGS = {"zh": ("## 目标", "## 练习", "## 小结"), "en": ("## Goal", "## Exercises", "## Recap")}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("lesson", WRITTEN, ids=lambda l: l.number)
def test_lesson_edition_has_the_template_headings_title_and_links(lesson, lang):
    """Each edition of a lesson (its cells of that language, and the shared ones) reads as a whole lesson.

    The title and link cells are ``lessons.title_cell(NN, lang)`` and ``lessons.links_cell(NN, lang)``.
    """
    nb = student.select_language(nbformat.read(lesson.path, as_version=4), lang)
    markdown = [c for c in nb.cells if c.cell_type == "markdown"]
    assert markdown[0].source.startswith(f"# {lesson.number} · {lesson.title_in(lang)}"), \
        f"the {lang} title cell is lessons.title_cell({lesson.number!r}, {lang!r})"
    assert lessons.nav_links(lesson.number, lang) in markdown[0].source
    assert nb.cells[-1].source.strip() == lessons.links_cell(lesson.number, lang), \
        f"the last cell is lessons.links_cell({lesson.number!r}, {lang!r})"
    headings = [c.source.splitlines()[0] for c in markdown]
    goal, exercises, recap = HEADINGS[lang]
    for heading in (goal, exercises, recap):
        assert heading in headings, heading
    assert headings.index(goal) < headings.index(exercises) < headings.index(recap)


@pytest.mark.parametrize("lesson", WRITTEN, ids=lambda l: l.number)
def test_lesson_notebook_follows_the_template(lesson):
    nb = nbformat.read(lesson.path, as_version=4)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    cells = nb.cells
    params = [c for c in cells if "parameters" in c.metadata.get("tags", [])]
    assert len(params) == 1 and params[0].source.startswith("interactive: bool = True")
    from shopanalysis.course.authoring import IMPORTS, code_only, lint_code

    first_code = next(c for c in cells if c.cell_type == "code")
    assert code_only(first_code.source) == code_only(IMPORTS) and "sa.course.start_lesson()" in IMPORTS, \
        "hints and no stale answers"

    for cell in cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "outputs are stripped"
            assert lint_code(cell.source) == [], cell.source
            if "ipywidgets" in cell.source or "widgets." in cell.source:
                assert cell.source.startswith("if interactive:"), "widgets behind the interactive switch"
    exercise_cells = [i for i, c in enumerate(cells) if "exercise" in c.metadata.get("tags", [])]
    assert 2 <= len(exercise_cells) <= 4
    used = []
    for i in exercise_cells:
        assert student.BEGIN in cells[i].source and student.END in cells[i].source
        checker = cells[i + 1].source.strip()
        match = re.fullmatch(rf"sa\.course\.(check_{lesson.number}_\w+)\(answer\)", checker)
        assert match, checker
        used.append(checks.EXERCISES[match.group(1)])
    assert any(e.judgement for e in used)
    assert {e.name for e in used} == {e.name for e in checks.exercises(lesson.number)}, \
        "every checker of the lesson is used, once"
    # no cell after an exercise reads `answer`
    first = exercise_cells[0]
    for cell in cells[first:]:
        if cell.cell_type == "code" and "exercise" not in cell.metadata.get("tags", []):
            assert "answer" not in cell.source.replace("(answer)", ""), cell.source


# --- learner copies ------------------------------------------------------------------------------------


def test_strip_solutions_replaces_blocks_drops_tagged_cells_and_clears_outputs():
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    src = new_notebook(cells=[
        new_code_cell("x = 1\n    # --- solution ---\n    answer = secret()\n    # --- end solution ---\nprint(x)",
                      outputs=[new_output("stream", text="1")], execution_count=3),
        new_markdown_cell("The answer is 42.", metadata={"tags": ["solution"]}),
        new_markdown_cell("Keep me."),
    ])
    out = student.strip_solutions(src)
    assert out.cells[0].source == "x = 1\n    answer = None  # your code here\nprint(x)"
    assert out.cells[0].outputs == [] and out.cells[0].execution_count is None
    assert [c.source for c in out.cells[1:]] == ["Keep me."]
    assert src.cells[0].execution_count == 3, "the input is not modified"
    assert student.solution_lines(src) == ["    answer = secret()", "The answer is 42."]


@pytest.mark.parametrize("source, message", [
    ("# --- solution ---\nanswer = 1", "never closed"),
    ("answer = 1\n# --- end solution ---", "without"),
    ("# --- solution ---\n# --- solution ---\n# --- end solution ---", "inside an open solution"),
])
def test_strip_solutions_refuses_unbalanced_markers(source, message):
    from nbformat.v4 import new_code_cell, new_notebook

    with pytest.raises(ValueError, match=message):
        student.strip_solutions(new_notebook(cells=[new_code_cell(source)]))


@pytest.fixture(scope="module")
def learner_dir(tmp_path_factory):
    """The Chinese edition, the default (tests/test_course_editions.py runs the English one)."""
    dest = tmp_path_factory.mktemp("student")
    written = student.write_student_copies(dest, lang="zh")
    return dest, written


def test_write_student_copies_writes_every_written_lesson_and_the_guides(learner_dir):
    dest, written = learner_dir
    actions = {w.path.name: w.action for w in written}
    for lesson in lessons.LESSONS:
        assert actions[lesson.file] == ("wrote" if lesson.path.exists() else "missing")
    assert actions["README.md"] == "wrote" and actions["glossary.md"] == "wrote"
    assert (dest / "glossary.md").read_text(encoding="utf-8") == (COURSE / "glossary.md").read_text(encoding="utf-8")
    assert (dest / "README.md").read_text(encoding="utf-8") == (COURSE / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("lesson", WRITTEN, ids=lambda l: l.number)
def test_learner_copy_holds_no_solution(learner_dir, lesson):
    dest, _ = learner_dir
    source = nbformat.read(lesson.path, as_version=4)
    copy = nbformat.read(dest / lesson.file, as_version=4)
    text = "\n".join(c.source for c in copy.cells)
    code = "\n".join(c.source for c in copy.cells if c.cell_type == "code")
    assert student.BEGIN not in text and student.END not in text
    solutions = student.solution_lines(source)
    assert solutions
    for line in solutions:
        if line.strip() != student.PLACEHOLDER:
            assert line.strip() not in code, line
    n_exercises = sum("exercise" in c.metadata.get("tags", []) for c in source.cells)
    assert text.count(student.PLACEHOLDERS["zh"]) == n_exercises
    assert all(c.outputs == [] for c in copy.cells if c.cell_type == "code")
    assert not any("solution" in c.metadata.get("tags", []) for c in copy.cells)


def test_write_student_copies_keeps_work_unless_forced(tmp_path):
    first = WRITTEN[0]
    student.write_student_copies(tmp_path)
    mine = tmp_path / first.file
    mine.write_text("my work", encoding="utf-8")
    again = {w.path.name: w.action for w in student.write_student_copies(tmp_path)}
    assert again[first.file] == "kept" and mine.read_text(encoding="utf-8") == "my work"
    assert again["glossary.md"] == "updated"
    forced = {w.path.name: w.action for w in student.write_student_copies(tmp_path, force=True)}
    assert forced[first.file] == "replaced" and mine.read_text(encoding="utf-8") != "my work"
    with pytest.raises(ValueError, match="source lessons"):
        student.write_student_copies(COURSE)
    (tmp_path / "a_file").write_text("x")
    with pytest.raises(NotADirectoryError):
        student.write_student_copies(tmp_path / "a_file")


def _check_outputs(nb):
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                raise AssertionError(f"{out.ename}: {out.evalue}\nin:\n{cell.source}")
            data = out.get("data", {})
            if checks.MIME_TYPE in data:
                found.append(data[checks.MIME_TYPE])
    return found


@pytest.mark.parametrize("lesson", WRITTEN, ids=lambda l: l.number)
def test_learner_copy_runs_and_every_checker_says_not_attempted(learner_dir, lesson):
    """The whole learner copy runs (so nothing after an exercise depends on its answer).

    Widgets are switched off, as a tool running a lesson does: nbclient can stall on a
    widget cell until its timeout (jupyter/nbclient#312). The widgets themselves run in
    the source lessons under nbval and in test_widgets_build_and_draw.
    """
    from nbclient import NotebookClient

    dest, _ = learner_dir
    nb = nbformat.read(dest / lesson.file, as_version=4)
    params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    params.source = "interactive = False"
    NotebookClient(nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(dest)}},
                   extra_arguments=["--IPKernelApp.log_level=ERROR"]).execute()
    found = _check_outputs(nb)
    assert [f["checker"] for f in found] == [e.name for e in checks.exercises(lesson.number)]
    shown = json.dumps([c.get("outputs", []) for c in nb.cells], ensure_ascii=False)
    assert not re.findall(r"(?<!\d)1[3-9]\d{9}(?!\d)", shown), "a lesson shows a full phone number"
    assert {f["status"] for f in found} == {"not attempted"}
    boxes = [out["data"]["text/plain"] for cell in nb.cells for out in cell.get("outputs", [])
             if checks.MIME_TYPE in out.get("data", {})]
    assert boxes and all(box.startswith("练习 ") for box in boxes), "the Chinese edition's checker boxes are Chinese"


# --- widgets -------------------------------------------------------------------------------------------


def test_widgets_build_and_draw():
    """Each widget runs its drawing function once when built: no kernel needed to test that."""
    pytest.importorskip("ipywidgets")
    from shopanalysis.course import widgets

    days, sources = demo("shop_daily"), demo("traffic_sources")
    built = [
        widgets.routine(),
        widgets.sales_formula(day(days, "2026-10-08")),
        widgets.day_explorer(days, start="2026-10-01", end="2026-10-31", value="2026-10-15"),
        widgets.mix_explorer(sources, days),
    ]
    for w in built:
        assert w is not None and hasattr(w, "children")
    w = built[1]
    w.children[0].value = w.children[0].max  # move the visitors slider: the function runs again
    w.update()


def test_widgets_are_none_without_ipywidgets(monkeypatch):
    import sys

    from shopanalysis.course import widgets

    monkeypatch.setitem(sys.modules, "ipywidgets", None)
    assert widgets.routine() is None
    assert widgets.sales_formula({"visitors": 100, "paying_buyers": 2, "paid_amount": 400.0}) is None


# --- the glossary ----------------------------------------------------------------------------------------

#: Metric-like functions outside sa.metrics that the glossary must explain (module, function).
#: Add a function here when you add a metric to a domain module, and a row to the glossary.
DOMAIN_METRICS = [
    ("sales", "daily_target_profile"), ("sales", "pace_month"), ("sales", "compare_day"), ("sales", "product_movers"),
    ("traffic", "channel_mix"), ("traffic", "check_mix"), ("traffic", "source_changes"),
    ("customer_service", "cost_per_inquiry"), ("customer_service", "summarize_inquiry_value"),
    ("customer_service", "summarize_agents"), ("customer_service", "flag_slow_response"),
    ("customer_service", "scorecard"), ("customer_service", "agent_pay"),
    ("designers", "image_ctr"), ("designers", "compare_image_versions"), ("designers", "page_conversion"),
    ("designers", "summarize_delivery"), ("designers", "designer_bonus"),
    ("competitors", "compare_prices"), ("competitors", "find_undercuts"), ("competitors", "rank_shops"),
    ("competitors", "compare_dsr"), ("competitors", "new_listings"), ("competitors", "compare_reviews"),
    ("ppc", "summarize_spend"), ("ppc", "summarize_budget"), ("ppc", "prune_keywords"), ("ppc", "conversion_bounds"),
    ("ppc", "suggest_new_keywords"), ("ppc", "summarize_decisions"),
    ("designers", "flag_late_tasks"), ("customer_service", "summarize_team"),
    ("customers", "customer_table"), ("customers", "segment_customers"), ("customers", "summarize_segments"),
    ("customers", "repeat_rate"), ("customers", "returning_share"), ("customers", "reactivation_list"),
    ("customers", "mask_phone"),
    ("monthly", "compare_months"), ("monthly", "month_table"), ("monthly", "suggest_target"),
    ("monthly", "gather_actions"),
]


def _glossary() -> str:
    return (COURSE / "glossary.md").read_text(encoding="utf-8")


def test_glossary_has_every_metric_function_of_sa_metrics():
    text = _glossary()
    functions = [name for name in metrics.__all__ if inspect.isfunction(getattr(metrics, name))]
    assert set(metrics.METRICS) <= set(functions)
    for name in functions:
        assert f"`sa.metrics.{name}`" in text, name
    for m in metrics.METRICS.values():
        assert m.platform_name.split(" (")[0] in text, m.platform_name


@pytest.mark.parametrize("module, name", DOMAIN_METRICS)
def test_glossary_has_the_domain_metric(module, name):
    assert callable(getattr(getattr(sa, module), name))
    assert f"`sa.{module}.{name}`" in _glossary()


#: The glossary's columns (bilingual: one file serves both editions of the course), and its tools table's.
GLOSSARY_COLUMNS = ["术语", "English", "含义", "Meaning", "公式 · formula", "数据列 · columns", "课", "函数"]
TOOLS_COLUMNS = ["用途", "What", "课", "函数"]


def test_glossary_rows_have_every_column_in_both_languages_and_point_at_declared_lessons():
    files = {lesson.file for lesson in lessons.LESSONS}
    han = re.compile(r"[\u4e00-\u9fff]")
    header = None
    rows = 0
    for line in _glossary().splitlines():
        if not line.startswith("| "):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells in (GLOSSARY_COLUMNS, TOOLS_COLUMNS):
            header = cells
            continue
        assert header is not None and len(cells) == len(header), f"a row of {len(cells)} columns: {line}"
        assert all(cells), line
        if "`sa." not in line:
            continue
        rows += 1
        row = dict(zip(header, cells))
        zh, en = (row["含义"], row["Meaning"]) if header == GLOSSARY_COLUMNS else (row["用途"], row["What"])
        assert han.search(zh) and len(han.findall(zh)) > len(re.findall(r"[A-Za-z]", re.sub(r"`[^`]*`", "", zh))), \
            f"the Chinese meaning is Chinese: {zh}"
        assert not re.search(r"[\u4e00-\u9fff]{6,}[，。；]", en), f"the English meaning is English: {en}"
        for target in re.findall(r"\]\(([^)]+\.ipynb)\)", line):
            assert target in files, target
    assert rows > 30


# --- the command line -------------------------------------------------------------------------------------


def test_cli_course_lists_the_lessons(capsys):
    from shopanalysis.cli import main

    assert main(["course"]) == 0
    out = capsys.readouterr().out
    for lesson in lessons.LESSONS:
        assert f"{lesson.number}  {lesson.title}" in out
    assert "shopanalysis course --student student" in out and "00_how_to_use_this_course.ipynb" in out
    assert "--lang zh" in out, "the other edition"


def test_cli_course_lists_the_lessons_in_chinese(capsys):
    from shopanalysis.cli import main

    with sa.language("zh"):
        assert main(["course"]) == 0
    out = capsys.readouterr().out
    for lesson in lessons.LESSONS:
        assert f"{lesson.number}  {lesson.zh}  约 {lesson.minutes} 分钟：{lesson.teaches_in('zh')}" in out
    assert "--lang en" in out
    assert main(["course", "--lang", "zh"]) == 0, "--lang picks the listing's language too"
    assert f"01  {lessons.get_lesson('01').zh}" in capsys.readouterr().out


def test_cli_names_this_environments_jupyter_unless_the_shell_finds_it(monkeypatch, tmp_path):
    """A learner who has not activated .venv must not be sent to another Python's Jupyter."""
    from shopanalysis import cli

    mine = Path(sys.executable).parent / "jupyter"
    monkeypatch.setattr(shutil, "which", lambda name: None)
    assert Path(cli._command("jupyter")).resolve() == mine.resolve()
    monkeypatch.setattr(shutil, "which", lambda name: str(mine))
    assert cli._command("jupyter") == "jupyter"
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/jupyter")  # someone else's
    assert cli._command("jupyter") != "jupyter"
    assert cli._command("no-such-script") == "no-such-script"


def test_cli_course_student_writes_keeps_and_forces(tmp_path, capsys):
    from shopanalysis.cli import main

    dest = tmp_path / "student"
    with sa.language("zh"):
        assert main(["course", "--student", str(dest)]) == 0
        out = capsys.readouterr().out
        assert f"已写入  {dest / WRITTEN[0].file}" in out and re.search(r"下一步：\S+ lab ", out)
    with sa.language("en"):
        assert main(["course", "--student", str(dest), "--force"]) == 0
        out = capsys.readouterr().out
        assert f"replaced {dest / WRITTEN[0].file}" in out
        jupyter = re.search(r"Next: (\S+) lab ", out).group(1)
        assert jupyter.endswith("jupyter") and shutil.which(jupyter)  # a command this shell can run
        assert main(["course", "--student", str(dest)]) == 0
        assert "kept" in capsys.readouterr().out
        (tmp_path / "file").write_text("x")
        assert main(["course", "--student", str(tmp_path / "file")]) == 2
        assert "is a file" in capsys.readouterr().err
