"""Checkers of lesson 08, running the reports on your own exports."""

from __future__ import annotations

import tempfile

from .. import metrics
from .._schema import TABLES
from ..samples import jd_dir
from ._demo import demo, jd, month
from .checks import (Option, Trap, check_choice, check_number, describe_value, exercise, mean_of_ratios,
                     partial_windows)
from .exports import break_export

__all__ = ["check_08_jd_conversion", "check_08_error_row", "check_08_missing_targets", "BROKEN"]

MONTH = "2026-10"
#: The typo lesson 08 makes in a copy of the JD shop's 店铺整体.csv (only ``row`` decides the answer).
BROKEN = {"file": "店铺整体.csv", "row": "2026/10/15", "column": "支付金额", "value": "4,121.6O"}


@exercise("8.1", "The JD shop's October conversion")
def check_08_jd_conversion(answer):
    days = jd("shop_daily")
    october = month(days, MONTH)
    expected = metrics.conversion_rate(october)
    first, last = days["date"].min(), days["date"].max()
    return check_number(
        answer, expected, kind="rate",
        why=(f"{expected:.2%} of the JD shop's October visitors paid. The file's own 合计 row covers "
             f"{first:%m-%d} to {last:%m-%d}; the reader drops it, so you choose the period."),
        hint='jd = sa.load_shop(sa.jd_dir()); select October\'s rows of jd.shop_daily; sa.metrics.conversion_rate',
        traps=[Trap(metrics.conversion_rate(days), f"that is the whole file ({first:%Y-%m-%d} to {last:%Y-%m-%d}), "
                    f"what its 合计 row shows; the exercise asks for October", "select October's rows first"),
               mean_of_ratios(october, "conversion_rate"),
               Trap(metrics.conversion_rate(month(days, "2026-09")), "that is September's rate", "select 2026-10"),
               *partial_windows(lambda start, end: metrics.conversion_rate(days[days["date"].between(start, end)]),
                                MONTH)],
    )


def _broken_line() -> int:
    with tempfile.TemporaryDirectory() as folder:
        return break_export(jd_dir() / BROKEN["file"], folder, row=BROKEN["row"], column=BROKEN["column"],
                            value=BROKEN["value"]).line


@exercise("8.2", "Which row to fix")
def check_08_error_row(answer):
    line = _broken_line()
    data_row = line - 2  # a title line and the header above the data
    return check_number(
        answer, line, kind="count",
        why=(f"the message says 第 {line} 行 (row {line}), numbered the way Excel and a text editor number the "
             f"file's lines (the title line and the header count): open the file, go to row {line}, fix the "
             f"{BROKEN['column']} cell, save it in the same format, and run again."),
        hint="read the error message: the line after the first one starts with 第 N 行 (row N)",
        traps=[Trap(line - 1, "one short: the message's rows count from 1, like Excel's", "take the number in "
                              "the message as it is"),
               Trap(data_row, "that counts data rows only; the message counts every line of the file, the title "
                              "line and the header included", "take the number in the message as it is"),
               Trap(data_row - 1, "that is the pandas row number (from 0, data rows only); the message gives the "
                                  "file's own line number", "take the number in the message as it is")],
    )


@exercise("8.3", "No targets file", judgement=True)
def check_08_missing_targets(answer):
    jd_sales = float(month(jd("shop_daily"), MONTH)["paid_amount"].sum())
    targets = demo("targets")
    demo_target = float(targets.loc[targets["month"] == MONTH, "target_amount"].iloc[0])
    names = " / ".join(TABLES["targets"].file_aliases)
    options = {
        "A": Option("Copy the demo shop's targets.csv into the folder.", False,
                    f"those are another shop's targets: the demo shop's {MONTH} target is "
                    f"{describe_value(demo_target, 'money')}, about {demo_target / jd_sales:.0f} times what the JD "
                    f"shop sold in the whole of October ({describe_value(jd_sales, 'money')}), so every pace would "
                    f"read as a disaster."),
        "B": Option("Write a small file 销售目标.csv (月份, 销售目标) with your own monthly targets, put it with the "
                    "exports and run again.", True,
                    f"the review needs the month's target to pace against, and the platforms do not export it: "
                    f"it is your shop's own number. The reader finds it under the names targets / {names}."),
        "C": Option("Delete the pacing section from the report notebook.", False,
                    "the report runs without a target anyway (its pacing section says N/A), but without the "
                    "first question of the morning: are we on track? And a changed report no longer matches the "
                    "one your team reads."),
    }
    return check_choice(answer, options, hint="read the error message: it names the table and the file it looked for")
