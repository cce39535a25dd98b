"""The ``shopanalysis`` command line.

::

    shopanalysis list                                   reports and their parameters
    shopanalysis run daily-review -p date=2026-10-15    one report
    shopanalysis run daily-review -p date=2026-10-01..2026-10-31 -j 2
    shopanalysis run daily-review --data exports/ --pdf --force
    shopanalysis demo                                   the demo reports, HTML and PDF
    shopanalysis samples [--out DIR]                    rewrite the bundled demo shops
    shopanalysis course                                 the lessons, and how to start
    shopanalysis course --student DIR [--force]         write your copies of the lessons to DIR

Exit codes: 0 success, 1 a report failed, 2 bad usage or parameters, 3 a report
already exists (use --force).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["main", "DEMO_RUNS"]

#: The reports ``shopanalysis demo`` writes: (report, parameters), all with a PDF.
DEMO_RUNS = [
    ("daily-review", {"date": "2026-10-15"}),
    ("ppc-keyword-pruning", {"end": "2026-10-31"}),
    ("competitor-comparison", {"snapshot_date": "2026-10-26"}),
    ("designer-kpis", {"start": "2026-10-01", "end": "2026-10-31"}),
    ("customer-service-kpis", {"start": "2026-10-01", "end": "2026-10-31"}),
]


def _pad(text: str, width: int) -> str:
    """Pad ``text`` to ``width`` terminal columns (a Chinese character takes two).

    >>> _pad("'栖梧'", 8) + "|", _pad("5", 3) + "|"
    ("'栖梧'  |", '5  |')
    """
    import unicodedata

    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
    return text + " " * max(0, width - used)


def _print_reports() -> int:
    from .runner import list_reports

    reports = list_reports()
    if not reports:
        print("no report notebooks found")
        return 1
    for report in reports:
        print(f"{report.name}  ({report.path.name}): {report.title}")
        for p in report.parameters.values():
            default = repr(p.default)
            if len(default) > 24:  # a long dict or list: the help goes on its own line
                print(f"    {p.name:<18} {p.type:<6} default {default}\n{'':<34}{p.help}")
            else:
                print(f"    {p.name:<18} {p.type:<6} default {_pad(default, 24)} {p.help}")
        print()
    return 0


def _run(args) -> int:
    from .runner import (
        ParameterError,
        expand_batch,
        get_report,
        parse_parameters,
        run_batch,
    )

    try:
        report = get_report(args.report)
        params = parse_parameters(report, args.param or [])
        data_dirs = args.data or [None]
        for d in data_dirs:
            if d is not None and not Path(d).is_dir():
                raise ParameterError(f"--data {d}: no such folder")
    except ParameterError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    jobs = []
    for data_dir in data_dirs:
        suffix = f"_{Path(data_dir).resolve().name}" if len(data_dirs) > 1 else ""
        for run_params in expand_batch(report, params):
            jobs.append(dict(report=report, parameters=run_params, data_dir=data_dir, out_dir=args.out,
                             pdf=args.pdf, force=args.force, label_suffix=suffix))
    results = run_batch(jobs, workers=args.jobs, progress=not args.quiet)
    failed = 0
    exists = 0
    for res in results:
        if res.error:
            failed += 1
            exists += "already exists" in res.error
            print(f"error: {res.error}", file=sys.stderr)
        elif not args.quiet:
            took = res.seconds.get("total", 0)
            print(f"wrote {res.folder}/ ({', '.join(f.name for f in res.files)}) in {took:.1f} s")
    if failed:
        if len(results) > 1:
            print(f"{failed} of {len(results)} runs failed", file=sys.stderr)
        return 3 if exists == failed else 1
    return 0


def _demo(args) -> int:
    from .runner import ReportExistsError, ReportFailedError, run_report

    status = 0
    for name, params in DEMO_RUNS:
        try:
            res = run_report(name, params, out_dir=args.out, pdf=True, force=True)
        except (ReportFailedError, ReportExistsError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            status = 1
            continue
        print(f"wrote {res.folder}/ ({', '.join(f.name for f in res.files)}) in {res.seconds['total']:.1f} s")
    return status


def _command(name: str) -> str:
    """Return how to type ``name`` (a script of this environment) in the user's shell.

    ``jupyter`` when the shell finds this environment's own one; else its path
    (``.venv/bin/jupyter`` from the project folder), so that a learner who has not
    activated the environment does not start another Python's Jupyter.
    """
    import os
    import shutil

    mine = Path(sys.executable).parent / name
    if not mine.exists():
        return name
    found = shutil.which(name)
    if found and Path(found).resolve() == mine.resolve():
        return name
    try:
        relative = os.path.relpath(mine)
    except ValueError:  # another drive on Windows
        return str(mine)
    return str(mine) if relative.startswith("..") else relative


def _course(args) -> int:
    from .course.lessons import LESSONS, course_dir

    if args.student is None:
        print(f"The course: {len(LESSONS)} lessons, in order (sources with solutions in {course_dir()})")
        for lesson in LESSONS:
            ready = "" if lesson.path.exists() else "  (not written yet)"
            print(f"  {lesson.number}  {lesson.title}  ~{lesson.minutes} min: {lesson.teaches}{ready}")
        print("\nTo start: write your own copies (solutions stripped), open them, and begin with lesson 00:")
        print(f"  {_command('shopanalysis')} course --student student")
        print(f"  {_command('jupyter')} lab student/{LESSONS[0].file}")
        return 0
    from .course.student import write_student_copies

    try:
        written = write_student_copies(args.student, force=args.force)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for w in written:
        if w.action == "kept":
            print(f"kept     {w.path}  (already there, with your work; --force replaces it)")
        elif w.action == "missing":
            print(f"skipped  {w.path.name}  (this lesson is not written yet)")
        else:
            print(f"{w.action:<8} {w.path}")
    first = Path(args.student) / LESSONS[0].file
    print(f"\nNext: {_command('jupyter')} lab {first}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="shopanalysis",
        description="Run the shop reports (daily review, PPC, KPIs, monthly review) on exports or the demo shop.",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("list", help="list the reports and their parameters")

    run = sub.add_parser("run", help="run a report", description="Run a report notebook and write its folder.")
    run.add_argument("report", help="report name, e.g. daily-review (see `shopanalysis list`)")
    run.add_argument("-p", "--param", action="append", metavar="NAME=VALUE",
                     help="a parameter; dates as 2026-10-15, ranges as 2026-10-01..2026-10-31 (repeatable)")
    run.add_argument("--data", action="append", metavar="DIR",
                     help="folder of exports (default: the bundled demo shop); repeat for several shops")
    run.add_argument("--out", default="reports", metavar="DIR", help="where reports go (default: reports)")
    run.add_argument("--pdf", action="store_true", help="also write a PDF")
    run.add_argument("--force", action="store_true", help="replace an existing report")
    run.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help="run N reports at a time (batches)")
    run.add_argument("-q", "--quiet", action="store_true", help="print errors only")

    demo = sub.add_parser("demo", help="write the demo reports (HTML and PDF) for the bundled shop")
    demo.add_argument("--out", default="reports", metavar="DIR")

    samples = sub.add_parser("samples", help="rewrite the bundled demo shops from the seeded generator")
    samples.add_argument("--out", default=None, metavar="DIR")

    course = sub.add_parser("course", help="list the course's lessons, or write your own copies of them",
                            description="Without options: list the lessons. With --student DIR: write learner "
                                        "copies of the lessons (solutions stripped) to DIR.")
    course.add_argument("--student", metavar="DIR", help="write your copies of the lessons here (e.g. student)")
    course.add_argument("--force", action="store_true",
                        help="replace copies that are already there (your answers in them are lost)")
    return parser


def main(argv=None) -> int:
    """Run the command line; return the exit code."""
    args = build_parser().parse_args(argv)
    if args.command == "list":
        return _print_reports()
    if args.command == "run":
        if args.jobs < 1:
            print("error: -j takes a whole number of 1 or more", file=sys.stderr)
            return 2
        return _run(args)
    if args.command == "demo":
        return _demo(args)
    if args.command == "samples":
        from . import samples

        return samples.main([] if args.out is None else ["--out", args.out])
    if args.command == "course":
        return _course(args)
    return 2  # argparse already refused anything else


if __name__ == "__main__":
    sys.exit(main())
