"""Run the source lessons strictly: a checker whose answer is not right fails the cell.

The source lessons hold their solutions, so under ``pytest --nbval-lax notebooks/course``
every checker must say "right". The switch is the environment variable
``SHOPANALYSIS_COURSE_STRICT``, set only while the lessons' cells are set up: nbval
starts a lesson's kernel then, and the kernel inherits it. Learner copies
(``shopanalysis course --student DIR``) are run without it by ``tests/test_course.py``.
"""

import os

import pytest

from shopanalysis.course.checks import STRICT_ENV


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    old = os.environ.get(STRICT_ENV)
    os.environ[STRICT_ENV] = "1"
    try:
        yield
    finally:
        if old is None:
            os.environ.pop(STRICT_ENV, None)
        else:
            os.environ[STRICT_ENV] = old
