"""Checkers of lesson 08, running the reports on your own exports."""

from __future__ import annotations

import tempfile
from functools import lru_cache

from .. import metrics
from .._lang import get_language
from .._schema import TABLES
from ..samples import jd_dir
from ..text.lesson08 import T as L
from ._demo import demo, jd, month
from .checks import (Option, Text, Trap, check_choice, check_number, describe_value, exercise, mean_of_ratios,
                     partial_windows)
from .exports import break_export

__all__ = ["check_08_jd_conversion", "check_08_error_row", "check_08_missing_targets", "BROKEN"]

MONTH = "2026-10"
#: The typo lesson 08 makes in a copy of the JD shop's 店铺整体.csv (only ``row`` decides the answer).
BROKEN = {"file": "店铺整体.csv", "row": "2026/10/15", "column": "支付金额", "value": "4,121.6O"}  # data


@exercise("8.1", Text(L, "8.1.title"))
def check_08_jd_conversion(answer):
    days = jd("shop_daily")
    october = month(days, MONTH)
    expected = metrics.conversion_rate(october)
    first, last = days["date"].min(), days["date"].max()
    return check_number(
        answer, expected, kind="rate",
        why=L("bilingual.8.1.why", rate=expected, first=first, last=last),
        hint=L("8.1.hint"),
        traps=[Trap(metrics.conversion_rate(days), L("bilingual.8.1.trap.file", first=first, last=last),
                    L("8.1.trap.file.hint")),
               mean_of_ratios(october, "conversion_rate"),
               Trap(metrics.conversion_rate(month(days, "2026-09")), L("8.1.trap.september"),
                    L("8.1.trap.september.hint")),
               *_october_windows(get_language())],
    )


@lru_cache(maxsize=None)
def _october_windows(lang: str) -> tuple[Trap, ...]:  # messages in ``lang``: cached per language
    """The JD shop's October selected short (10-01 to 10-30, the first half, ...)."""
    days = jd("shop_daily")
    return tuple(partial_windows(lambda start, end: metrics.conversion_rate(days[days["date"].between(start, end)]),
                                 MONTH))


def _broken_line() -> int:
    with tempfile.TemporaryDirectory() as folder:
        return break_export(jd_dir() / BROKEN["file"], folder, row=BROKEN["row"], column=BROKEN["column"],
                            value=BROKEN["value"]).line


@exercise("8.2", Text(L, "8.2.title"))
def check_08_error_row(answer):
    line = _broken_line()
    data_row = line - 2  # a title line and the header above the data
    as_is = L("8.2.trap.as_is.hint")
    return check_number(
        answer, line, kind="count",
        why=L("bilingual.8.2.why", line=line, column=BROKEN["column"]),
        hint=L("bilingual.8.2.hint"),
        traps=[Trap(line - 1, L("8.2.trap.one_short"), as_is),
               Trap(data_row, L("8.2.trap.data_rows"), as_is),
               Trap(data_row - 1, L("8.2.trap.pandas"), as_is)],
    )


@exercise("8.3", Text(L, "8.3.title"), judgement=True)
def check_08_missing_targets(answer):
    jd_sales = float(month(jd("shop_daily"), MONTH)["paid_amount"].sum())
    targets = demo("targets")
    demo_target = float(targets.loc[targets["month"] == MONTH, "target_amount"].iloc[0])
    names = " / ".join(TABLES["targets"].file_aliases)
    options = {
        "A": Option(L("8.3.A"), False, L("8.3.A.why", month=MONTH, target=describe_value(demo_target, "money"),
                                        times=demo_target / jd_sales, sales=describe_value(jd_sales, "money"))),
        "B": Option(L("bilingual.8.3.B"), True, L("8.3.B.why", names=names)),
        "C": Option(L("8.3.C"), False, L("8.3.C.why")),
    }
    return check_choice(answer, options, hint=L("8.3.hint"))
