"""The ``shopanalysis`` command line.

::

    shopanalysis list                                   reports and their parameters
    shopanalysis run daily-review -p date=2026-10-15    one report
    shopanalysis run daily-review -p date=2026-10-01..2026-10-31 -j 2
    shopanalysis run daily-review --data exports/ --pdf --force
    shopanalysis run daily-review --data A --data B -p date=2026-10-15 --executor dask -j 2
    shopanalysis run daily-review --data /shared/A --out /shared/reports --scheduler tcp://HOST:8786
    shopanalysis demo                                   the demo reports, HTML and PDF
    shopanalysis samples [--out DIR]                    rewrite the bundled demo shops
    shopanalysis course                                 the lessons, and how to start
    shopanalysis course --student DIR [--force]         write your copies of the lessons to DIR
    shopanalysis course --student DIR --lang en         ... in English (the Chinese edition is the default)

Exit codes: 0 success, 1 a report failed (or its output folder cannot be written, or
another run is writing it), 2 bad usage or parameters, 3 a report already exists
(use --force), 130 interrupted with Ctrl-C (one line, no traceback; a report that
stood is left as it was).

Everything it prints, argparse's own usage lines and errors included, is in the
package's language: Chinese by default, English with ``SHOPANALYSIS_LANG=en``. The
words are the templates of :mod:`shopanalysis.text.cli`.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import unicodedata
from pathlib import Path

from .text.cli import T

__all__ = ["main", "DEMO_RUNS"]

#: The reports ``shopanalysis demo`` writes: (report, parameters), all with a PDF.
DEMO_RUNS = [
    ("daily-review", {"date": "2026-10-15"}),
    ("ppc-keyword-pruning", {"end": "2026-10-31"}),
    ("competitor-comparison", {"snapshot_date": "2026-10-26"}),
    ("designer-kpis", {"start": "2026-10-01", "end": "2026-10-31"}),
    ("customer-service-kpis", {"start": "2026-10-01", "end": "2026-10-31"}),
    ("customers", {"start": "2026-10-01", "end": "2026-10-31"}),
    ("monthly-review", {"month": "2026-10"}),
]


def _width(text: str) -> int:
    """Return how many terminal columns ``text`` takes (a Chinese character takes two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


_OPENING = "（《“‘「【"  # a line never ends on these ...
_CLOSING = "，。、；：！？）》”’」】"  # ... nor starts on these


def _wrap(text: str, width: int) -> list[str]:
    """Wrap ``text`` to ``width`` terminal columns, breaking between Chinese characters too.

    >>> _wrap("报告写到哪里（默认：reports）", 14)
    ['报告写到哪里', '（默认：', 'reports）']
    >>> _wrap("where the reports go", 10)
    ['where the', 'reports go']
    """
    tokens: list[str] = []
    for ch in " ".join(text.split()):
        wide = _width(ch) == 2
        last = tokens[-1] if tokens else " "
        if ch == " ":
            tokens.append(ch)
        elif last != " " and (ch in _CLOSING or last[-1] in _OPENING or not (wide or _width(last[-1]) == 2)):
            tokens[-1] += ch
        else:
            tokens.append(ch)
    lines, line = [], ""
    for token in tokens:
        if token == " ":
            line += " " if line else ""
        elif line and _width(line + token) > width:
            lines.append(line.rstrip())
            line = token
        else:
            line += token
    return [*lines, line.rstrip()] if line.strip() else lines


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help, wrapped by terminal columns so that Chinese lines fit the terminal too."""

    def _split_lines(self, text, width):
        return _wrap(text, width)

    def _fill_text(self, text, width, indent):
        return "\n".join(indent + line for line in _wrap(text, width))

    # argparse pads by characters: take back the extra column of each Chinese character
    def _format_usage(self, usage, actions, groups, prefix):
        text = super()._format_usage(usage, actions, groups, prefix)
        extra = _width(T.template("argparse.usage")) - len(T.template("argparse.usage"))
        return text.replace("\n ", "\n " + " " * extra) if extra else text

    def _format_action(self, action):
        text = super()._format_action(action)
        invocation = self._format_action_invocation(action)
        extra = _width(invocation) - len(invocation)
        return text.replace(invocation + " " * extra, invocation, 1) if extra else text


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser (and its subcommands') with :class:`_HelpFormatter`."""

    def __init__(self, *args, formatter_class=_HelpFormatter, **kwargs):
        super().__init__(*args, formatter_class=formatter_class, **kwargs)


def _pad(text: str, width: int) -> str:
    """Pad ``text`` to ``width`` terminal columns (a Chinese character takes two).

    >>> _pad("'栖梧'", 8) + "|", _pad("5", 3) + "|"
    ("'栖梧'  |", '5  |')
    """
    return text + " " * max(0, width - _width(text))


def _print_reports() -> int:
    from .runner import list_reports, reports_dir

    reports = list_reports()
    if not reports:
        print(T("list.none", folder=str(reports_dir())))
        return 1
    for report in reports:
        print(T("list.report", name=report.name, title=report.title, file=report.path.name))
        rows = [(T("list.header"), T("list.type"), T("list.default"), T("list.help"))]
        rows += [(p.name, T(f"type.{p.type}") if f"type.{p.type}" in T else p.type, repr(p.default), p.help)
                 for p in report.parameters.values()]
        name_w = max(_width(r[0]) for r in rows) + 2
        type_w = max(_width(r[1]) for r in rows) + 2
        for name, kind, default, help_ in rows:
            line = f"    {_pad(name, name_w)}{_pad(kind, type_w)}"
            if _width(default) > 24:  # a long dict or list: the help goes on its own line
                print(f"{line}{default}\n{' ' * (4 + name_w + type_w)}{help_}")
            else:
                print(f"{line}{_pad(default, 26)}{help_}".rstrip())
        print()
    return 0


def _wrote(res) -> str:
    for line in res.warnings:  # what the run wants the user to know: one line each, before the files
        print(line, file=sys.stderr)
    return T("run.wrote", folder=res.folder, files=[f.name for f in res.files], seconds=res.seconds.get("total", 0))


def _error(message) -> None:
    print(T("error", message=message), file=sys.stderr)


def _run(args) -> int:
    from . import runner
    from .runner import (
        OutputError,
        ParameterError,
        SchedulerError,
        expand_batch,
        get_report,
        parse_parameters,
    )

    executor = args.executor or ("dask" if args.scheduler else "local")
    if executor == "local" and args.scheduler:
        _error(T("error.scheduler_local"))
        return 2
    if executor == "dask" and not _has_distributed():
        _error(T("error.no_distributed", command=f"{_command('python')} -m pip install 'distributed>=2024.1'"))
        return 2
    try:
        report = get_report(args.report)
        params = parse_parameters(report, args.param or [])
        data_dirs = args.data or [None]
        for d in data_dirs:
            if d is not None and not Path(d).is_dir():
                raise ParameterError(T("error.no_folder", folder=d))
    except ParameterError as exc:
        _error(exc)
        return 2
    try:
        runner.check_output_dir(args.out)  # once, not once per run of a batch
    except OutputError as exc:
        _error(exc)
        return 1
    jobs = []
    for data_dir in data_dirs:
        suffix = f"_{Path(data_dir).resolve().name}" if len(data_dirs) > 1 else ""
        for run_params in expand_batch(report, params):
            jobs.append(dict(report=report, parameters=run_params, data_dir=data_dir, out_dir=args.out,
                             pdf=args.pdf, force=args.force, label_suffix=suffix))
            if args.no_cache:  # the kernels parse every export afresh (SHOPANALYSIS_NO_CACHE=1)
                jobs[-1]["cache"] = False
    if executor == "dask":
        try:
            results = runner.run_batch(jobs, workers=args.jobs, progress=not args.quiet, executor="dask",
                                       scheduler=args.scheduler)
        except SchedulerError as exc:
            if exc.bad_address:
                _error(T("error.scheduler_address", address=exc.address, detail=exc.detail))
            elif exc.no_workers:
                _error(T("error.no_workers", address=exc.address, seconds=exc.timeout))
            elif exc.address:
                _error(T("error.scheduler", address=exc.address, seconds=exc.timeout, detail=exc.detail))
            else:
                _error(T("error.local_cluster", seconds=exc.timeout, detail=exc.detail))
            return 2
    else:
        results = runner.run_batch(jobs, workers=args.jobs, progress=not args.quiet)
    failed = 0
    exists = 0
    for res in results:
        if res.error:
            failed += 1
            exists += res.exists
            _error(res.error)
        elif not args.quiet:
            print(_wrote(res))
    if failed:
        if len(results) > 1:
            print(T("run.failed", failed=failed, total=len(results)), file=sys.stderr)
        return 3 if exists == failed else 1
    return 0


def _has_distributed() -> bool:
    """Return whether Dask's ``distributed`` can be imported (without importing it)."""
    import importlib.util

    return importlib.util.find_spec("distributed") is not None


def _demo(args) -> int:
    from .runner import OutputError, ReportBusyError, ReportExistsError, ReportFailedError, run_report

    status = 0
    for name, params in DEMO_RUNS:
        try:
            res = run_report(name, params, out_dir=args.out, pdf=True, force=True)
        except (ReportFailedError, ReportExistsError, ReportBusyError, OutputError) as exc:
            _error(exc)
            status = 1
            continue
        print(_wrote(res))
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
    from ._lang import get_language, language

    with language(get_language(args.lang)):  # --lang, else the language already in force
        return _course_in(args, get_language())


def _course_in(args, lang: str) -> int:
    from .course.lessons import LESSONS, course_dir

    if args.student is None:
        print(T("course.header", n=len(LESSONS), folder=str(course_dir())))
        for lesson in LESSONS:
            line = T("course.lesson", number=lesson.number, title=lesson.title_in(lang), minutes=lesson.minutes,
                     teaches=lesson.teaches_in(lang))
            print(line if lesson.path.exists() else line + T("course.not_written"))
        print(T("course.start"))
        print(f"  {_command('shopanalysis')} course --student student")
        print(f"  {_command('jupyter')} lab student/{LESSONS[0].file}")
        print(T("course.other_edition", command=f"{_command('shopanalysis')} course --student student"))
        return 0
    from .course.student import write_student_copies

    try:
        written = write_student_copies(args.student, force=args.force, lang=lang)
    except (OSError, ValueError) as exc:
        _error(exc)
        return 2
    for w in written:
        key = f"course.{w.action}"
        if key in T:
            print(T(key, path=w.path.name if w.action == "missing" else w.path))
        else:
            print(f"{w.action:<8} {w.path}")
    first = Path(args.student) / LESSONS[0].file
    print(T("course.next", command=f"{_command('jupyter')} lab {first}"))
    return 0


@contextlib.contextmanager
def _argparse_in_language():
    """Let argparse's own words (usage, options, its errors) follow the package's language.

    argparse looks its messages up through ``argparse._`` (gettext) when it writes
    them; inside this block that finds the ``argparse.*`` templates of the CLI catalog,
    whose English text is argparse's message itself.
    """
    known = {T.template(key, "en"): key for key in T.texts if key.startswith("argparse.")}
    original = argparse._
    argparse._ = lambda message: T.template(known[message]) if message in known else original(message)
    try:
        yield
    finally:
        argparse._ = original


def build_parser() -> argparse.ArgumentParser:
    """Return the command line's parser, its help in the package's language."""
    with _argparse_in_language():
        parser = _Parser(prog="shopanalysis", description=T("help.description"), epilog=T("help.epilog"))
        sub = parser.add_subparsers(dest="command", required=True, metavar=T("help.command_metavar"))

        sub.add_parser("list", help=T("help.list"))

        run = sub.add_parser("run", help=T("help.run"), description=T("help.run_description"))
        run.add_argument("report", metavar=T("help.report_metavar"), help=T("help.report"))
        run.add_argument("-p", "--param", action="append", metavar="NAME=VALUE", help=T("help.param"))
        run.add_argument("--data", action="append", metavar="DIR", help=T("help.data"))
        run.add_argument("--out", default="reports", metavar="DIR", help=T("help.out"))
        run.add_argument("--pdf", action="store_true", help=T("help.pdf"))
        run.add_argument("--force", action="store_true", help=T("help.force"))
        run.add_argument("-j", "--jobs", type=int, default=1, metavar="N", help=T("help.jobs"))
        run.add_argument("-q", "--quiet", action="store_true", help=T("help.quiet"))
        run.add_argument("--executor", choices=["local", "dask"], default=None, help=T("help.executor"))
        run.add_argument("--scheduler", metavar="tcp://HOST:8786", help=T("help.scheduler"))
        run.add_argument("--no-cache", action="store_true", help=T("help.no_cache"))

        demo = sub.add_parser("demo", help=T("help.demo"))
        demo.add_argument("--out", default="reports", metavar="DIR", help=T("help.demo_out"))

        samples = sub.add_parser("samples", help=T("help.samples"))
        samples.add_argument("--out", default=None, metavar="DIR", help=T("help.samples_out"))

        course = sub.add_parser("course", help=T("help.course"), description=T("help.course_description"))
        course.add_argument("--student", metavar="DIR", help=T("help.student"))
        course.add_argument("--force", action="store_true", help=T("help.course_force"))
        course.add_argument("--lang", choices=["zh", "en"], default=None, help=T("help.course_lang"))
    return parser


def main(argv=None) -> int:
    """Run the command line; return the exit code (130 after Ctrl-C, which prints one line)."""
    try:
        return _main(argv)
    except KeyboardInterrupt:
        print(T("interrupted"), file=sys.stderr)
        return 130


def _main(argv=None) -> int:
    with _argparse_in_language():
        args = build_parser().parse_args(argv)
    if args.command == "list":
        return _print_reports()
    if args.command == "run":
        if args.jobs < 1:
            _error(T("error.jobs"))
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
