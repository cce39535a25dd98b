"""Time each lesson of the course as nbval runs it: the source lesson, every cell, every checker.

    .venv/bin/python benchmarks/bench_course.py [--lesson 05] [--repeat 2]

One kernel per lesson run (nbclient), with ``interactive`` False as the tools run a
lesson; ``--widgets`` builds the widgets too, the way a learner's Jupyter does, but
nbclient can then stall on a widget cell (jupyter/nbclient#312, open): a cell that
takes over 120 s fails the run with a timeout rather than waiting forever. Prints
the kernel start-up, the execution of all cells, the slowest cell, and the number of
code cells. What a learner waits for is the execution; the slowest cell is the one to
look at when a lesson feels slow.
"""

from __future__ import annotations

import argparse
import statistics
import time

import nbformat
from nbclient import NotebookClient

from shopanalysis.course.lessons import LESSONS, get_lesson


def _run(path, widgets: bool = False) -> dict:
    nb = nbformat.read(path, as_version=4)
    if not widgets:
        for cell in nb.cells:
            if "parameters" in cell.metadata.get("tags", []):
                cell.source += "\ninteractive = False"
    client = NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    t0 = time.perf_counter()
    with client.setup_kernel():
        started = time.perf_counter()
        cells = []
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code":
                continue
            t = time.perf_counter()
            client.execute_cell(cell, index)
            cells.append((time.perf_counter() - t, index))
    done = time.perf_counter()
    slowest = max(cells)
    return {"start": started - t0, "cells": done - started, "slowest": slowest[0], "slowest_cell": slowest[1],
            "code_cells": len(cells)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lesson", action="append", help="lesson number (repeatable); default: every lesson")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--widgets", action="store_true", help="build the widgets too (see jupyter/nbclient#312)")
    args = parser.parse_args()
    lessons = [get_lesson(n) for n in args.lesson] if args.lesson else [l for l in LESSONS if l.path.exists()]
    print(f"{'lesson':<40} {'start':>6} {'cells':>6} {'slowest':>8} {'cell':>5} {'code':>5}")
    total = 0.0
    for lesson in lessons:
        runs = [_run(lesson.path, args.widgets) for _ in range(args.repeat)]
        med = {k: statistics.median(r[k] for r in runs) for k in ("start", "cells", "slowest")}
        total += med["start"] + med["cells"]
        name = f"{lesson.number} {lesson.title}"[:40]
        print(f"{name:<40} {med['start']:6.2f} {med['cells']:6.2f} {med['slowest']:8.2f} "
              f"{runs[-1]['slowest_cell']:>5} {runs[-1]['code_cells']:>5}")
    print(f"{'all (seconds, median of ' + str(args.repeat) + ')':<40} {total:13.2f}")


if __name__ == "__main__":
    main()
