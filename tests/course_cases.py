"""What every lesson's checker tests share: run a wrong answer, and check a lesson's cases cover it.

A lesson's wrong-answer cases are a list of ``(checker name, a function making a wrong
answer with the package, a fragment of the message the checker must give)``: ``WRONG``
in tests/test_course.py for lessons 00-03 and 08, ``WRONG_NN`` in
tests/test_course_lessonNN.py for the others. The fragment is the English message's
(the tests run in English); where the lesson's ``ZH_NN`` maps it to the Chinese message's
fragment, the case is judged in Chinese too. (The checkers answer rather than raise in
tests: tests/conftest.py clears the strict switch the course's own conftest sets.)
"""

from __future__ import annotations

import re

import shopanalysis as sa
from shopanalysis.course import checks


def checker(name: str):
    """Return ``sa.course.<name>``, looked up the way a lesson calls it."""
    return getattr(sa.course, name)


def case_ids(cases) -> list[str]:
    """Name each case by its checker and position, for pytest's ids."""
    return [f"{case[0]}-{i}" for i, case in enumerate(cases)]


def assert_names_the_mistake(name: str, make, fragment: str, zh: str | None = None) -> None:
    """The checker says "wrong" to the answer ``make()`` builds, with ``fragment`` in its message.

    Given ``zh``, the checker runs again in Chinese on the same answer: wrong again, with
    ``zh`` in its message, an English phrase of ``fragment`` not in it, and its title in
    Chinese too (the words are rendered when the checker runs, not when it is imported).
    """
    answer = make()
    c = checker(name)(answer)
    assert c.status == "wrong", c
    assert fragment in c.message, c
    assert c.exercise and c.checker == name
    if zh is None:  # a lesson whose cases give no Chinese fragments yet: English only
        return
    with sa.language("zh"):
        z = checker(name)(answer)
    assert z.status == "wrong", z
    assert _HAN.search(z.message) and zh in z.message, z
    if _ENGLISH.search(fragment):
        assert fragment not in z.message, z
    assert (z.exercise, z.checker) == (c.exercise, c.checker) and z.title != c.title


_HAN = re.compile(r"[\u4e00-\u9fff]")
_ENGLISH = re.compile(r"[A-Za-z]{2,}[ ,']+[A-Za-z]{2,}")  # two English words in a row: a phrase, not a code name


def assert_cover_the_lesson(cases, lesson: str) -> None:
    """Every checker of ``lesson`` has at least one wrong-answer case."""
    wanted = {e.name for e in checks.exercises(lesson)}
    assert wanted, f"lesson {lesson} has no checkers"
    assert wanted <= {case[0] for case in cases}, wanted - {case[0] for case in cases}
