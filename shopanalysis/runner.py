"""Run report notebooks with papermill and write what DESIGN.md promises.

A run of report ``daily-review`` for period ``2026-10-15`` writes::

    <out>/daily_review/2026-10-15/daily_review.ipynb   executed notebook (the audit trail)
    <out>/daily_review/2026-10-15/daily_review.html    the same without code cells
    <out>/daily_review/2026-10-15/daily_review.pdf     when pdf=True
    <out>/daily_review/2026-10-15/metrics.json         the numbers the notebook recorded

Everything is written into a hidden temporary folder next to the target and
renamed into place only when the whole run succeeded, so a failed or interrupted
run never leaves a half-written report where a good one stood. An existing report
is kept unless ``force=True``. A run that fails keeps its partly executed notebook
as ``<out>/<report>/<period>.failed.ipynb`` for debugging.

A kill at any moment leaves a report where one stood: a run that was killed between
moving the old report aside and moving the new one in is put right by the next run of
that report (the old folder is moved back), and temporary folders of dead runs are
removed. Two runs of the same report and period into the same folder do not race: the
second one is refused (:class:`ReportBusyError`) while the first holds its lock. Report
folders take the user's umask, as any folder they make. ``metrics.json`` records the
parameters as the user gave them: a folder relative to the current one, never the
machine's absolute path.

Reports are the notebooks in ``notebooks/reports/``. Their parameters are read from
the cell tagged ``parameters`` (as ``papermill --help-notebook`` does), and the
default value shows the format: a default like ``"2026-10-15"`` makes the parameter
an ISO date, ``"2026-10"`` a month. Notebook metadata ``shopanalysis.period`` names
the parameter that labels the output folder.

Heavy imports (papermill, nbconvert, WeasyPrint) happen inside the functions that
need them, once per process: a batch with ``workers=N`` pays them once per worker.
"""

from __future__ import annotations

import ast
import contextvars
import datetime as dt
import glob
import html as html_lib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from ._lang import DEFAULT_LANGUAGE, LANGUAGES, get_language, language
from ._record import read_recorded
from .text.runner import T

__all__ = [
    "Parameter",
    "Report",
    "RunResult",
    "ParameterError",
    "ReportExistsError",
    "ReportFailedError",
    "ReportBusyError",
    "OutputError",
    "check_output_dir",
    "reports_dir",
    "list_reports",
    "get_report",
    "parse_parameters",
    "expand_batch",
    "run_report",
    "run_batch",
    "run_batch_dask",
    "SchedulerError",
    "export_html",
    "export_pdf",
]

#: Cells with this tag are left out of the HTML and PDF (widgets, notes for Jupyter Lab only).
HIDE_TAG = "report-hide"
#: A cell tagged ``lang-zh`` (``lang-en``) is prose in that language: the HTML and PDF keep it only there.
LANG_TAG_PREFIX = "lang-"
_HTML_LANG = {"zh": "zh-CN", "en": "en"}

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")


class ParameterError(ValueError):
    """Raise when a report parameter is unknown, of the wrong type or malformed."""


class ReportExistsError(FileExistsError):
    """Raise when a report is already there and ``force`` was not asked for."""


class ReportBusyError(RuntimeError):
    """Raise when another run is writing the same report into the same folder right now."""


class OutputError(OSError):
    """Raise when the output folder cannot be written: it is a file, read-only, or not ours."""


class ReportFailedError(RuntimeError):
    """Raise when a report notebook fails; the message is the failing cell's error in a few lines."""

    def __init__(self, message: str, failed_notebook: Path | None = None):
        super().__init__(message)
        self.failed_notebook = failed_notebook


# --- finding reports and their parameters -----------------------------------------


def reports_dir() -> Path:
    """Return the folder of report notebooks (``$SHOPANALYSIS_REPORTS`` or the repo's ``notebooks/reports``)."""
    env = os.environ.get("SHOPANALYSIS_REPORTS")
    return Path(env) if env else Path(__file__).resolve().parents[1] / "notebooks" / "reports"


@dataclass(frozen=True)
class Parameter:
    """One entry of a report's ``parameters`` cell."""

    name: str
    type: str  # int, float, bool, str, list, dict, date, month
    default: object
    help: str = ""

    def convert(self, text: str):
        """Convert a command-line string to this parameter's type, or raise ParameterError."""
        try:
            if self.type == "int":
                return int(text)
            if self.type == "float":
                return float(text)
            if self.type == "bool":
                low = text.strip().lower()
                if low in {"true", "yes", "1", "y", "on"}:
                    return True
                if low in {"false", "no", "0", "n", "off"}:
                    return False
                raise ValueError
            if self.type == "list":
                if text.lstrip().startswith("["):
                    value = json.loads(text)
                    if not isinstance(value, list):
                        raise ValueError
                    return value
                return [part.strip() for part in text.split(",") if part.strip()]
            if self.type == "dict":
                value = json.loads(text)
                if not isinstance(value, dict):
                    raise ValueError
                return value
            if self.type == "date":
                if not _ISO_DATE.match(text):
                    raise ValueError
                dt.date.fromisoformat(text)
                return text
            if self.type == "month":
                if not _ISO_MONTH.match(text):
                    raise ValueError
                dt.date.fromisoformat(text + "-01")
                return text
            return text
        except ValueError:  # json.JSONDecodeError is a ValueError too
            raise ParameterError(T("error.value", name=self.name, takes=self.describe_type(), value=text)) from None

    def describe_type(self) -> str:
        """Say what the parameter takes, in the package's language ("an ISO date such as 2026-10-15")."""
        key = f"takes.{self.type}"
        return T(key if key in T else "takes.str")


@dataclass(frozen=True)
class Report:
    """A report notebook: its command-line name, file, title and parameters."""

    name: str  # daily-review
    path: Path
    titles: dict  # {"zh": "每日复盘", "en": "Daily review"}: metadata shopanalysis.title
    period: str | tuple[str, ...] | None  # the parameter(s) that label the output folder, joined by "_"
    parameters: dict[str, Parameter]

    @property
    def stem(self) -> str:
        return self.path.stem  # daily_review

    @property
    def title(self) -> str:
        """The report's title in the package's language."""
        return self.titles.get(get_language()) or next(iter(self.titles.values()))


def _parameter_type(inferred: str, default) -> str:
    inferred = (inferred or "").strip().strip("'\"")
    if isinstance(default, bool) or inferred == "bool":
        return "bool"
    if isinstance(default, str) and _ISO_DATE.match(default):
        return "date"
    if isinstance(default, str) and _ISO_MONTH.match(default):
        return "month"
    if inferred in {"int", "float", "str", "list", "dict"}:
        return inferred
    if isinstance(default, (int, float, str, list, dict)):
        return type(default).__name__
    return "str"


def _load_report(path: Path) -> Report:
    import nbformat
    from papermill.inspection import inspect_notebook

    nb = nbformat.read(path, as_version=4)
    meta = nb.metadata.get("shopanalysis", {})
    params = {}
    for name, p in inspect_notebook(str(path)).items():
        try:
            default = ast.literal_eval(p["default"])
        except (ValueError, SyntaxError):
            default = p["default"]
        params[name] = Parameter(name, _parameter_type(p["inferred_type_name"], default), default, p["help"] or "")
    title = meta.get("title") or path.stem.replace("_", " ")
    titles = dict(title) if isinstance(title, dict) else {lang: title for lang in LANGUAGES}
    period = meta.get("period")
    period = tuple(period) if isinstance(period, list) else period
    return Report(path.stem.replace("_", "-"), path, titles, period, params)


def list_reports(directory: Path | None = None) -> list[Report]:
    """Return every report notebook in ``directory`` (default :func:`reports_dir`), by name."""
    directory = Path(directory) if directory else reports_dir()
    return [_load_report(p) for p in sorted(directory.glob("*.ipynb")) if not p.name.startswith(".")]


def get_report(name: str, directory: Path | None = None) -> Report:
    """Return one report by its command-line name (``daily-review``) or file stem (``daily_review``)."""
    directory = Path(directory) if directory else reports_dir()
    path = directory / f"{name.replace('-', '_')}.ipynb"
    if not path.exists():
        known = [p.stem.replace("_", "-") for p in sorted(directory.glob("*.ipynb")) if not p.name.startswith(".")]
        if not known:
            raise ParameterError(T("error.no_reports", name=name, folder=str(directory)))
        raise ParameterError(T("error.unknown_report", name=name, known=", ".join(known)))
    return _load_report(path)


def parse_parameters(report: Report, pairs: Iterable[str] | dict) -> dict:
    """Check ``NAME=VALUE`` strings (or a dict) against a report's parameters and convert them.

    Names may use hyphens (``shop-name``) or underscores. A value of a date or month
    parameter may be a range ``A..B`` or a comma list; those are kept as strings here
    and expanded by :func:`expand_batch`.
    """
    items = pairs.items() if isinstance(pairs, dict) else [_split_pair(p) for p in pairs]
    out = {}
    for raw_name, value in items:
        name = raw_name.replace("-", "_")
        if name not in report.parameters:
            accepted = [T("parameter", name=p.name, takes=p.describe_type()) for p in report.parameters.values()]
            raise ParameterError(T("error.unknown_parameter", report=report.name, name=raw_name, accepted=accepted))
        param = report.parameters[name]
        if not isinstance(value, str):
            out[name] = value
        elif param.type in {"date", "month"} and (".." in value or "," in value):
            for part in _expand_periods(param, value):
                param.convert(part)
            out[name] = value
        else:
            out[name] = param.convert(value)
    return out


def _split_pair(pair: str) -> tuple[str, str]:
    if "=" not in pair:
        raise ParameterError(T("error.pair", pair=pair))
    name, value = pair.split("=", 1)
    return name.strip(), value.strip()


def _expand_periods(param: Parameter, value: str) -> list[str]:
    parts = []
    for chunk in value.split(","):
        chunk = chunk.strip()
        if ".." not in chunk:
            parts.append(chunk)
            continue
        lo, hi = (param.convert(x.strip()) for x in chunk.split("..", 1))
        if param.type == "date":
            start, end = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
            if end < start:
                raise ParameterError(T("error.range", chunk=chunk, name=param.name))
            parts += [(start + dt.timedelta(days=i)).isoformat() for i in range((end - start).days + 1)]
        else:
            y, m = map(int, lo.split("-"))
            y2, m2 = map(int, hi.split("-"))
            if (y2, m2) < (y, m):
                raise ParameterError(T("error.range", chunk=chunk, name=param.name))
            while (y, m) <= (y2, m2):
                parts.append(f"{y:04d}-{m:02d}")
                y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return parts


def expand_batch(report: Report, parameters: dict) -> list[dict]:
    """Expand ranges and lists of date/month parameters into one parameter set per run."""
    runs = [dict(parameters)]
    for name, value in parameters.items():
        param = report.parameters[name]
        if param.type in {"date", "month"} and isinstance(value, str) and (".." in value or "," in value):
            values = _expand_periods(param, value)
            runs = [{**run, name: v} for run in runs for v in values]
    return runs


# --- running ------------------------------------------------------------------------


@dataclass
class RunResult:
    """What one run wrote, and how long it took."""

    report: str
    period: str
    folder: Path
    files: list[Path] = field(default_factory=list)
    metrics: dict = field(default_factory=dict)
    seconds: dict = field(default_factory=dict)
    error: str | None = None
    exists: bool = False  # the error is that the report was already there (ReportExistsError)
    warnings: list[str] = field(default_factory=list)  # the run's DataWarnings, one line each (the CLI prints them)


def _period_label(report: Report, parameters: dict, label_suffix: str = "") -> str:
    names = (report.period,) if isinstance(report.period, str) else tuple(report.period or ())
    values = [str(parameters[n]) if n in parameters else str(report.parameters[n].default)
              for n in names if n in parameters or n in report.parameters]
    value = "_".join(values) or "latest"
    lang = parameters.get("lang")
    if lang and lang != DEFAULT_LANGUAGE:  # an English report sits beside the Chinese one: 2026-10-15_en
        value += f"_{lang}"
    return re.sub(r"[^\w.\-]+", "_", value + label_suffix)


def _failure_message(report: Report, exc) -> str:
    """Turn a PapermillExecutionError into a few readable lines."""
    ename = getattr(exc, "ename", type(exc).__name__)
    evalue = _ANSI.sub("", str(getattr(exc, "evalue", exc)))
    source = (getattr(exc, "source", "") or "").strip().splitlines()
    cell = getattr(exc, "exec_count", None) or "?"
    first = next((line for line in source if line.strip() and not line.lstrip().startswith("#")), "")
    error = f"{ename}: {evalue.splitlines()[0]}" if evalue else ename
    lines = [T("error.failed", report=report.name, cell=cell, error=error)]
    lines += [f"  {line}" for line in evalue.splitlines()[1:6]]
    if first:
        lines.append(T("error.cell_starts", line=first.strip()[:100]))
    return "\n".join(lines)


def run_report(
    report: Report | str,
    parameters: dict | None = None,
    *,
    data_dir: str | Path | None = None,
    out_dir: str | Path = "reports",
    pdf: bool = False,
    force: bool = False,
    label_suffix: str = "",
    kernel_name: str | None = None,
    cache: bool = True,
    threads: int | None = None,
) -> RunResult:
    """Execute one report notebook and write its folder atomically.

    Parameters
    ----------
    report : Report or str
        A report or its name (``daily-review``).
    parameters : dict, optional
        Already converted values (see :func:`parse_parameters`); no ranges here.
    data_dir : path, optional
        Folder of exports, passed as the notebook's ``data_dir`` parameter when it has
        one; default the notebook's own default (the bundled demo shop).
    out_dir : path, default "reports"
    pdf : bool, default False
    force : bool, default False
        Replace an existing report folder; without it an existing report is kept and
        :class:`ReportExistsError` is raised before anything runs.
    label_suffix : str, default ""
        Added to the period folder name (a batch over several shops uses the shop).
    cache : bool, default True
        False starts the report's kernel with ``SHOPANALYSIS_NO_CACHE=1``: every export is
        parsed afresh, not taken from the parsed-table cache (:mod:`shopanalysis._cache`).
    threads : int, optional
        The threads the report's kernel may give numeric libraries (:data:`THREAD_VARIABLES`:
        Arrow's reader, BLAS), unless this process's environment sets them; None leaves
        the libraries' default (every core). :func:`run_batch` gives each of its
        ``workers`` runs an equal share of the cores.

    Raises
    ------
    ReportExistsError, ReportFailedError, ParameterError, ReportBusyError, OutputError
    """
    report = get_report(report) if isinstance(report, str) else report
    parameters = dict(parameters or {})
    if "interactive" in report.parameters:
        parameters.setdefault("interactive", False)  # widgets mean nothing in a file
    if "lang" in report.parameters:
        parameters["lang"] = get_language(parameters.get("lang"))  # SHOPANALYSIS_LANG / set_language, default zh
    lang = parameters.get("lang") or get_language()
    if data_dir is not None:
        if "data_dir" not in report.parameters:
            raise ParameterError(T("error.no_data_dir", report=report.name))
        parameters["data_dir"] = str(data_dir)
    recorded = dict(parameters)  # metrics.json keeps what was asked, without the machine's paths
    for name in ("data_dir", "output_dir"):
        if name in report.parameters and isinstance(parameters.get(name), str) and parameters[name]:
            recorded[name] = _recorded_path(parameters[name])
            parameters[name] = str(Path(parameters[name]).resolve())  # absolute: the notebook runs elsewhere
    period = _period_label(report, parameters, label_suffix)
    base = Path(out_dir) / report.stem
    folder = base / period
    _make_base(Path(out_dir), base)
    with _report_lock(base, period):
        _recover(base, period)
        if folder.exists() and not force:
            raise ReportExistsError(T("error.exists", folder=str(folder)))
        started = time.time()
        _clean_leftovers(base, period, started)
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f".{period}.", suffix=".tmp", dir=base))
        except OSError as exc:
            raise _output_error(Path(out_dir), exc) from None
        try:
            tmp.chmod(0o777 & ~_umask())  # mkdtemp makes it 0700; a report folder is like any other
            return _execute(report, parameters, recorded, period, base, folder, tmp, lang, pdf, kernel_name,
                            cache=cache, threads=threads)
        finally:
            if tmp.exists():
                shutil.rmtree(tmp, ignore_errors=True)


#: Set in a report's kernel unless this process's environment sets them. Arrow's default
#: allocator (mimalloc) gives freed memory back to the system and faults it in again: on a
#: machine where a page fault is dear (a virtual machine; 25 us each on the one this was
#: measured on) reading a million-row export took 1.2-3.6 s with it and 1.0-1.4 s with the
#: system allocator (benchmarks/bench_io.py --arrow-pool). The results are the same.
#: ``SHOPANALYSIS_HEADLESS=1`` tells the package that nobody reads this kernel interactively: matplotlib's
#: artists then skip their property docstrings, most of the time pyplot takes to import
#: (:func:`shopanalysis.plotting._skip_property_docs`; 0.2-0.3 s a report).
KERNEL_DEFAULTS = {"ARROW_DEFAULT_MEMORY_POOL": "system", "SHOPANALYSIS_HEADLESS": "1"}  # data

#: What sizes the thread pools of a kernel's numeric libraries: Arrow's CPU pool (its CSV and
#: Parquet readers) follows OMP_NUM_THREADS, OpenBLAS and MKL their own. Each library starts
#: one thread per core by default, so two reports on two cores ran four busy threads (the
#: idle ones of OpenBLAS spin) and slowed each other down; a batch of ``workers`` runs gives
#: each run ``cores // workers`` (as Dask's nanny gives each worker one).
THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")  # data


def _threads_per_run(workers: int) -> int | None:
    """Return each run's share of this machine's cores when ``workers`` run at once (None for one at a time)."""
    return max(1, (os.cpu_count() or 1) // workers) if workers > 1 else None


def _kernel_env(cache: bool, threads: int | None = None) -> dict:
    """Return the papermill arguments that start a report's kernel with its environment.

    The kernel inherits this process's environment, plus :data:`KERNEL_DEFAULTS` where
    that does not set them; ``cache=False`` adds ``SHOPANALYSIS_NO_CACHE=1``; ``threads``
    sets each of :data:`THREAD_VARIABLES` that the environment does not. All through
    a kernel manager class of the run, not ``os.environ``: runs on other threads of a Dask
    worker keep theirs.
    """
    env = {name: value for name, value in KERNEL_DEFAULTS.items() if name not in os.environ}
    if threads is not None:
        env.update({name: str(int(threads)) for name in THREAD_VARIABLES if name not in os.environ})
    if not cache:
        env["SHOPANALYSIS_NO_CACHE"] = "1"
    if not env:
        return {}
    from jupyter_client import AsyncKernelManager

    class _KernelWithEnv(AsyncKernelManager):
        async def start_kernel(self, **kw):
            kw["env"] = {**(kw.get("env") or os.environ), **env}
            return await super().start_kernel(**kw)

    return {"kernel_manager_class": _KernelWithEnv}


def _execute(report, parameters, recorded, period, base, folder, tmp, lang, pdf, kernel_name, *,
             cache: bool = True, threads: int | None = None) -> RunResult:
    """Run the notebook into ``tmp`` and move it to ``folder`` (under the report's lock)."""
    import nbformat
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    if "output_dir" in report.parameters and not parameters.get("output_dir"):
        parameters["output_dir"] = str(tmp.resolve())  # absolute: the notebook runs in its own folder
    result = RunResult(report.name, period, folder)
    t0 = time.perf_counter()
    executed_path = tmp / f"{report.stem}.ipynb"
    try:
        pm.execute_notebook(
            str(report.path), str(executed_path), parameters=parameters, progress_bar=False,
            kernel_name=kernel_name, cwd=str(report.path.parent),
            # written once when the run ends (done, failed or stopped), not after every cell: saving a
            # notebook of charts 50 times cost the monthly review 1.5-2 s of its 9
            request_save_on_cell_execute=False,
            # the kernel is stopped, not asked to stop, once the last cell is done: every output is in
            # by then, and a polite shutdown waited for the interpreter to tear down pandas and
            # matplotlib, polling every 0.1 s: 0.5 s a report (the kernel's children go with it)
            shutdown_kernel="immediate",
            # the kernel's own notices (e.g. "running over TCP", or its complaint when Ctrl-C stops it
            # mid-reply) are not the analyst's concern: a cell's errors come back in the notebook
            extra_arguments=["--IPKernelApp.log_level=CRITICAL"],
            **_kernel_env(cache, threads),
        )
    except PapermillExecutionError as exc:
        if getattr(exc, "ename", "") == "KeyboardInterrupt":  # Ctrl-C reached the kernel first
            raise KeyboardInterrupt from None
        if getattr(exc, "ename", "") == "ReportStopped" and executed_path.exists():
            _cut_at_stop(executed_path)  # the core table is missing: page 1 says so, and that is the report
        else:
            _fail(report, exc, executed_path, base, period)
    result.seconds["execute"] = time.perf_counter() - t0
    nb = nbformat.read(executed_path, as_version=4)
    result.metrics = read_recorded(nb)
    result.warnings = _data_warnings(nb)
    (tmp / "metrics.json").write_text(
        json.dumps({"report": report.name, "period": period, "parameters": recorded,
                    "metrics": result.metrics}, ensure_ascii=False, indent=2, default=str) + "\n",
        encoding="utf-8",
    )
    t1 = time.perf_counter()
    with language(lang):
        html = export_html(nb, title=_title(report, period, nb), lang=lang)
    (tmp / f"{report.stem}.html").write_text(html, encoding="utf-8")
    result.seconds["html"] = time.perf_counter() - t1
    if pdf:
        t2 = time.perf_counter()
        export_pdf(html, tmp / f"{report.stem}.pdf")
        result.seconds["pdf"] = time.perf_counter() - t2
    _replace_dir(tmp, folder)
    result.files = sorted(folder.iterdir())
    result.seconds["total"] = time.perf_counter() - t0
    return result


_DATA_WARNING = re.compile(r"DataWarning: (.+)")


def _data_warnings(nb) -> list[str]:
    """The DataWarnings a run raised (full phone numbers written, a month without target...), once each.

    Python prints a warning to the kernel's stderr as ``<file>:<line>: DataWarning: <message>``
    and the line of code under it; only the message is kept (no machine path).
    """
    found = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                found += _DATA_WARNING.findall(out.get("text", ""))
    return list(dict.fromkeys(m.strip() for m in found))


def _fail(report, exc, executed_path: Path, base: Path, period: str):
    """Keep the failed notebook next to the report folder and raise ReportFailedError."""
    failed = base / f"{period}.failed.ipynb"
    if executed_path.exists():
        os.replace(executed_path, failed)
    message = _failure_message(report, exc) + "\n" + T("error.failed_kept", path=str(failed))
    raise ReportFailedError(message, failed) from None


_PAPERMILL_ERROR_TAG = "papermill-error-cell-tag"  # data: the tag of the cells papermill adds about an error


def _cut_at_stop(path: Path) -> None:
    """Keep a notebook that stopped on purpose (ReportStopped) up to the stopping cell, without the error."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    cells = []
    for cell in nb.cells:
        if _PAPERMILL_ERROR_TAG in cell.metadata.get("tags", []):
            continue
        outputs = cell.get("outputs", [])
        stopped = any(o.get("output_type") == "error" and o.get("ename") == "ReportStopped" for o in outputs)
        if stopped:
            cell.outputs = [o for o in outputs if o.get("output_type") != "error"]
        cells.append(cell)
        if stopped:
            break
    nb.cells = cells
    nbformat.write(nb, path)


def _replace_dir(new: Path, target: Path) -> None:
    """Move ``new`` to ``target``; an old ``target`` is swapped out first and removed after.

    A kill between the two renames leaves ``.<target>.old-<pid>`` and no ``target``:
    :func:`_recover` on the next run moves it back.
    """
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
    try:
        os.replace(new, target)
    except OSError:
        if old is not None:
            os.replace(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


#: On a Dask worker: absolute folder -> how the command line that submitted the run records it (see _dask_task).
_RECORDED_AS: contextvars.ContextVar[dict] = contextvars.ContextVar("shopanalysis_recorded_as", default={})


def _recorded_path(path) -> str:
    """Return how ``metrics.json`` records a folder the user gave: never the machine's absolute path.

    Relative to the current folder when it lies inside it; as given when given relative;
    else only its name.
    """
    text = str(path)
    if not text:
        return text
    if text in (as_given := _RECORDED_AS.get()):  # a Dask worker: the form the submitting machine computed
        return as_given[text]
    given = Path(text)
    try:
        resolved, here = given.resolve(), Path.cwd().resolve()
    except OSError:
        return given.name
    if resolved.is_relative_to(here):
        return resolved.relative_to(here).as_posix() or "."
    return given.name if given.is_absolute() else given.as_posix()


def _umask() -> int:
    """Return the process's umask (os.umask can only be read by setting it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _output_error(out: Path, exc: OSError) -> OutputError:
    if out.exists() and not out.is_dir() or isinstance(exc, (FileExistsError, NotADirectoryError)):
        return OutputError(T("error.out_is_file", folder=str(out)))
    return OutputError(T("error.out_not_writable", folder=str(out)))


def _make_base(out: Path, base: Path) -> None:
    try:
        base.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _output_error(out, exc) from None
    if not base.is_dir():
        raise _output_error(out, NotADirectoryError())


def check_output_dir(out_dir) -> Path:
    """Make sure reports can be written under ``out_dir`` (creating it); raise :class:`OutputError` if not."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        raise _output_error(out, exc) from None
    return out


class _report_lock:  # noqa: N801  (used as a context manager, like open)
    """Hold ``<base>/.<period>.lock`` for a run; raise :class:`ReportBusyError` if another run holds it.

    ``fcntl.flock`` on the lock file: the kernel releases it when the process dies, so
    a killed run never leaves a stale lock. The file is removed when the run ends; a
    run that opened it just before checks it still is the file at that path.
    """

    def __init__(self, base: Path, period: str):
        self.path = Path(base) / f".{period}.lock"
        self.folder = Path(base) / period
        self.fd = None

    def __enter__(self):
        try:
            import fcntl
        except ImportError:  # Windows: no lock
            return self
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)
            except OSError as exc:
                raise _output_error(self.path.parent.parent, exc) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                os.close(fd)
                raise ReportBusyError(T("error.busy", folder=str(self.folder))) from None
            try:
                same = os.stat(self.path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self.fd = fd
                return self
            os.close(fd)  # the run before removed it as we opened it: take the new one

    def __exit__(self, *exc):
        if self.fd is not None:
            try:
                self.path.unlink()
            except OSError:
                pass
            os.close(self.fd)
            self.fd = None
        return False


_OLD = re.compile(r"^\.(?P<period>.+)\.old-\d+$")


def _recover(base: Path, period: str) -> None:
    """Put right what a run of ``period`` killed mid-replace left (called under its lock).

    No report but an old one moved aside: move it back. A report and an old one: the
    kill came after the new report was in place, so the old one goes.
    """
    folder = base / period
    olds = sorted((p for p in base.glob(f".{glob.escape(period)}.old-*")
                   if p.is_dir() and (m := _OLD.match(p.name)) and m["period"] == period),
                  key=lambda p: p.stat().st_mtime, reverse=True)
    for old in olds:
        if not folder.exists():
            os.replace(old, folder)
        else:
            shutil.rmtree(old, ignore_errors=True)


def _clean_leftovers(base: Path, period: str, started: float) -> None:
    """Remove temporary folders of dead runs of ``period``: older than this run, and ours alone hold the lock."""
    pattern = re.compile(rf"^\.{re.escape(period)}\.[a-z0-9_]+\.tmp$")
    for p in base.glob(f".{glob.escape(period)}.*.tmp"):
        try:
            if pattern.match(p.name) and p.is_dir() and p.stat().st_mtime < started:
                shutil.rmtree(p, ignore_errors=True)
        except OSError:
            pass


_HEADING = re.compile(r'<h1 class="sa-title">(.*?)</h1>', re.S)


def _title(report: Report, period: str, nb=None) -> str:
    """The page's title: the report's own heading when it shows one (it names the shop and the platform's
    words, 京东快车 on a JD shop), else the notebook's title and the period."""
    for cell in (nb.cells if nb is not None else []):
        for out in cell.get("outputs", []):
            found = _HEADING.search(str(out.get("data", {}).get("text/html", "")))
            if found:
                return html_lib.unescape(re.sub(r"<[^>]+>", "", found.group(1))).strip()
    return f"{report.title} · {period}"


# --- exports ------------------------------------------------------------------------


def export_html(nb, *, title: str = "", lang: str | None = None) -> str:
    """Return a standalone HTML page of an executed notebook without its code cells.

    Charts are embedded as images; recorded metrics are not shown, nor cells tagged
    ``report-hide`` (widgets and notes meant for Jupyter Lab only), nor the prose of
    the other language: a cell tagged ``lang-zh`` shows only in a Chinese report, one
    tagged ``lang-en`` only in an English one (``lang``, default the package's
    language). The page uses the package's report stylesheet and names common CJK
    fonts, so it reads well in any browser and prints to A4.
    """
    import copy

    from nbconvert import HTMLExporter

    from ._record import METRIC_MIME

    nb = copy.deepcopy(nb)
    for cell in nb.cells:
        if "outputs" in cell:
            cell.outputs = [o for o in cell.outputs if METRIC_MIME not in o.get("data", {})]
    from nbconvert.preprocessors import TagRemovePreprocessor

    exporter = HTMLExporter(template_name="basic", exclude_input=True, exclude_input_prompt=True,
                            exclude_output_prompt=True, anchor_link_text="")
    lang = get_language(lang)
    other_languages = {f"{LANG_TAG_PREFIX}{other}" for other in LANGUAGES if other != lang}
    exporter.register_preprocessor(TagRemovePreprocessor(remove_cell_tags={HIDE_TAG, *other_languages}, enabled=True),
                                   enabled=True)
    body, _ = exporter.from_notebook_node(nb)
    # nbconvert percent-encodes heading ids, so its pilcrow links point nowhere in a PDF
    body = re.sub(r'<a class="anchor-link" href="[^"]*">[^<]*</a>', "", body)
    body = _fill_contents(body)
    css = _report_css(embed_font=False)
    return (  # data: the page around the notebook's HTML
        f"<!DOCTYPE html>\n<html lang=\"{_HTML_LANG[lang]}\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{_escape(title)}</title>\n"
        f"<style>\n{css}\n</style>\n</head>\n<body>\n<main class=\"report\">\n{body}\n</main>\n</body>\n</html>\n"
    )


_TOC = re.compile(r'(<nav class="sa-toc">.*?)(</nav>)', re.S)
_H2 = re.compile(r'<h2(?: id="[^"]*")?([^>]*)>(.*?)</h2>', re.S)


def _fill_contents(body: str) -> str:
    """Fill the table of contents left by :func:`shopanalysis.present.contents` with the ``h2`` sections after it.

    Each section gets a plain id (``sa-sec-1``...; nbconvert's percent-encoded ids do not
    resolve in a PDF), so the links work in the page and the PDF stylesheet can print
    each section's page number (``target-counter``).

    Examples
    --------
    >>> page = '<nav class="sa-toc"><p>目录</p></nav><h2 id="x%20y">1. 本月 <b>总览</b></h2>'
    >>> print(_fill_contents(page))
    <nav class="sa-toc"><p>目录</p><ol><li><a href="#sa-sec-1">1. 本月 总览</a></li></ol></nav><h2 id="sa-sec-1">1. 本月 <b>总览</b></h2>
    """
    toc = _TOC.search(body)
    if not toc:
        return body
    head, tail = body[:toc.end()], body[toc.end():]
    entries = []

    def number(match: re.Match) -> str:
        anchor = f"sa-sec-{len(entries) + 1}"
        entries.append((anchor, re.sub(r"<[^>]+>", "", match.group(2)).strip()))
        return f'<h2 id="{anchor}"{match.group(1)}>{match.group(2)}</h2>'

    tail = _H2.sub(number, tail)
    items = "".join(f'<li><a href="#{a}">{text}</a></li>' for a, text in entries)  # text: escaped by nbconvert
    head = head[:toc.start()] + toc.group(1) + f"<ol>{items}</ol>" + toc.group(2)
    return head + tail


def export_pdf(html: str, path: str | Path) -> Path:
    """Write an A4 PDF of a report page with WeasyPrint, using the package's CJK font."""
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration

    path = Path(path)
    # @font-face only takes effect when the stylesheet and the render share one FontConfiguration.
    fonts = FontConfiguration()
    sheet = CSS(string=_report_css(embed_font=True), font_config=fonts)
    HTML(string=html, base_url=str(path.parent)).write_pdf(path, stylesheets=[sheet], font_config=fonts)
    return path


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def _report_css(*, embed_font: bool) -> str:
    """Return the report stylesheet.

    With ``embed_font`` (for WeasyPrint) the shipped CJK font is declared by its
    file URL, so the PDF embeds it. Without (for the HTML page, which is shared and
    opened elsewhere) the machine path is left out and the browser uses the reader's
    own CJK fonts named in the stylesheet.
    """
    from . import plotting

    text = plotting.css()
    if not embed_font:
        text = re.sub(r'url\("file:[^"]*"\)\s*format\("[^"]*"\),\s*', "", text)
    return text


# --- batches --------------------------------------------------------------------------


def _run_job(job: dict) -> RunResult:
    try:
        return run_report(**job)
    except (ReportFailedError, ReportExistsError, ReportBusyError, OutputError, ParameterError) as exc:
        report = job["report"]
        name = report if isinstance(report, str) else report.name
        return RunResult(name, "?", Path("?"), error=str(exc), exists=isinstance(exc, ReportExistsError))


def _warm_up() -> None:
    """Import what every run needs once per worker process; Ctrl-C is the parent's to handle."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import nbconvert  # noqa: F401
    import papermill  # noqa: F401


def run_batch(jobs: list[dict], *, workers: int = 1, progress: bool = True, executor: str = "local",
              scheduler: str | None = None) -> list[RunResult]:
    """Run several reports, ``workers`` at a time, with a progress bar.

    Each job is a dict of :func:`run_report` keyword arguments. A failing job does not
    stop the others: its :class:`RunResult` carries the error. Results come back in
    the order of ``jobs``.

    Parameters
    ----------
    jobs : list of dict
        One dict of :func:`run_report` keyword arguments per run.
    workers : int, default 1
        Processes at a time (``executor="local"``), or worker processes of the local
        Dask cluster started for the batch (``executor="dask"`` without ``scheduler``).
        With more than one, each run's kernel gets an equal share of the cores for its
        numeric libraries (``threads`` of :func:`run_report`; a Dask worker's kernels
        get the one thread its nanny sets).
    progress : bool, default True
        Show a progress bar (batches of two or more runs).
    executor : {'local', 'dask'}, default 'local'
        ``local`` runs on this machine (a process pool); ``dask`` submits one task per
        run to a Dask cluster (needs the optional ``distributed`` package; see
        :func:`run_batch_dask`).
    scheduler : str, optional
        With ``executor="dask"``: the address of a running scheduler
        (``tcp://HOST:8786``); without it a ``LocalCluster`` of ``workers`` processes.
    """
    if executor == "dask":
        return run_batch_dask(jobs, workers=workers, progress=progress, scheduler=scheduler)
    if executor != "local":
        from .text.cli import T as cli_text

        raise ValueError(cli_text("error.executor", executor=executor))
    from tqdm.auto import tqdm

    results: list[RunResult | None] = [None] * len(jobs)
    bar = tqdm(total=len(jobs), unit="report", disable=not progress or len(jobs) < 2)
    if workers <= 1:
        for i, job in enumerate(jobs):
            results[i] = _run_job(job)
            bar.update()
    else:
        pool = ProcessPoolExecutor(max_workers=workers, initializer=_warm_up)
        share = {"threads": _threads_per_run(workers)}
        try:
            futures = {pool.submit(_run_job, {**share, **job}): i for i, job in enumerate(jobs)}
            for fut in as_completed(futures):
                results[futures[fut]] = fut.result()
                bar.update()
        except KeyboardInterrupt:
            # stop the workers now: their temporary folders are cleaned by the next run, their locks die with them
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
            pool.shutdown(wait=False, cancel_futures=True)
            bar.close()
            raise
        pool.shutdown()
    bar.close()
    return results  # type: ignore[return-value]


# --- batches on a Dask cluster ------------------------------------------------------------


class SchedulerError(OSError):
    """Raise when the Dask scheduler of ``--scheduler`` cannot be reached (or the local cluster cannot start).

    ``address`` is the address given (None for a local cluster), ``timeout`` the seconds
    waited, ``detail`` Dask's own one-line reason; ``bad_address`` when the address is
    not one, ``no_workers`` when the scheduler answered but has no worker.
    """

    def __init__(self, address: str | None, timeout: float, detail: str, *, bad_address: bool = False,
                 no_workers: bool = False):
        super().__init__(detail)
        self.address, self.timeout, self.detail, self.bad_address = address, timeout, detail, bad_address
        self.no_workers = no_workers  # reached, but no worker joined it within the timeout


def _probe_scheduler(address: str, timeout: float) -> None:
    """Open and close one connection to a Dask scheduler; raise :class:`SchedulerError` if it cannot be reached.

    Done before any Client exists: a Client that fails to connect complains again when
    it is garbage-collected.
    """
    import asyncio

    from distributed.comm import connect

    async def probe():
        comm = await connect(address, timeout=timeout)
        await comm.close()

    try:
        asyncio.run(probe())
    except ValueError as exc:  # not an address: an unknown scheme, no port
        raise SchedulerError(address, timeout, _first_line(exc), bad_address=True) from None
    except (OSError, TimeoutError) as exc:  # refused, unknown host, timed out
        raise SchedulerError(address, timeout, _first_line(exc)) from None


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _connect_timeout() -> float:
    """Return the seconds a Client waits for the scheduler: Dask's ``distributed.comm.timeouts.connect``.

    Set it with ``DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s`` (default 30 s).
    """
    import dask
    from dask.utils import parse_timedelta

    return float(parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), default="seconds"))


def _absolute_job(job: dict) -> tuple[dict, dict]:
    """Return ``job`` with its folders absolute (a worker may run in another folder, or on another machine),
    and how ``metrics.json`` records each of them here (:func:`_recorded_path` on this machine)."""
    job, recorded = dict(job), {}
    for key in ("out_dir", "data_dir"):
        if job.get(key) is not None:
            absolute = str(Path(job[key]).resolve())
            recorded[absolute] = _recorded_path(job[key])
            job[key] = absolute
    return job, recorded


def _dask_task(job: dict, lang: str, recorded: dict | None = None) -> RunResult:
    """Run one report on a Dask worker, in the language of the command line that submitted it.

    ``recorded`` maps the absolute folders of the job to the form ``metrics.json``
    records on the submitting machine, so a report reads the same whichever worker
    wrote it. A report found by its path on the submitting machine is looked up again
    by name when the worker's copy of the package lives elsewhere.
    """
    report = job["report"]
    if isinstance(report, Report) and not report.path.exists():
        job = {**job, "report": report.name}
    token = _RECORDED_AS.set(dict(recorded or {}))
    try:
        with language(lang):
            return _run_job(job)
    finally:
        _RECORDED_AS.reset(token)


def _rebase(res: RunResult, absolute: str | None, given) -> RunResult:
    """Show a result's folder and files under ``--out`` as the user wrote it, not the absolute path sent to workers."""
    if absolute is None or given is None:
        return res
    try:
        res.folder = Path(given) / Path(res.folder).relative_to(absolute)
        res.files = [Path(given) / Path(f).relative_to(absolute) for f in res.files]
    except ValueError:  # not under it: leave as it is
        pass
    return res


def _task_failure(job: dict, exc: BaseException) -> RunResult:
    """Turn a task that raised outside :func:`run_report` (or whose worker died) into a failed RunResult."""
    from .text.cli import T as cli_text

    report = job["report"]
    if isinstance(report, Report):
        parameters = dict(job.get("parameters") or {})
        if "lang" in report.parameters:  # as run_report labels it: an English report is 2026-10-15_en
            parameters["lang"] = get_language(parameters.get("lang"))
        name, period = report.name, _period_label(report, parameters, job.get("label_suffix", ""))
        folder = Path(job.get("out_dir", "reports")) / report.stem / period
    else:
        name, period, folder = str(report), "?", Path("?")
    detail = str(exc).strip().splitlines()
    error = f"{type(exc).__name__}: {detail[0]}" if detail else type(exc).__name__
    return RunResult(name, period, folder, error=cli_text("error.task", report=name, period=period, error=error))


def run_batch_dask(jobs: list[dict], *, workers: int = 1, progress: bool = True,
                   scheduler: str | None = None) -> list[RunResult]:
    """Run several reports on a Dask cluster, one task per run, with a progress bar.

    Without ``scheduler`` a ``distributed.LocalCluster`` of ``workers`` processes (one
    thread each) is started for the batch and closed after it; with it, a Client
    connects to that scheduler (``tcp://HOST:8786``) and the cluster's workers run the
    reports. Each worker writes its report atomically into ``out_dir`` exactly as
    :func:`run_report` does, so ``out_dir`` (and each ``data_dir``) must be a folder
    every worker reaches at the same path (shared storage); they are sent as absolute
    paths. A run that fails, a task that raises outside :func:`run_report`, and a
    worker that dies all come back as a :class:`RunResult` carrying the error; the
    other reports are written. Results come back in the order of ``jobs``.

    Raises
    ------
    SchedulerError
        The scheduler cannot be reached (or has no worker) within Dask's connect
        timeout, or the local cluster cannot start.
    ImportError
        ``distributed`` is not installed (``pip install 'distributed>=2024.1'``).
    """
    import logging

    from distributed import Client, LocalCluster
    from distributed import as_completed as dask_as_completed
    from tqdm.auto import tqdm

    lang = get_language()
    sent, recorded = zip(*(_absolute_job(job) for job in jobs)) if jobs else ((), ())
    cluster = client = None
    timeout = _connect_timeout()
    if scheduler:
        _probe_scheduler(scheduler, timeout)
    try:
        if scheduler:
            client = Client(scheduler, timeout=timeout, set_as_default=False)
        else:
            cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                   dashboard_address=":0", scheduler_kwargs={"dashboard": False},
                                   silence_logs=logging.CRITICAL)  # no dashboard; its HTTP port free, not 8787
            client = Client(cluster, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError, RuntimeError) as exc:  # refused, unknown host, timed out, bad
        # address; or a local worker that did not start
        if cluster is not None:
            cluster.close()
        raise SchedulerError(scheduler, timeout, _first_line(exc)) from None
    if scheduler:
        try:  # a scheduler without workers would keep the batch waiting for ever
            client.wait_for_workers(1, timeout=timeout)
        except (TimeoutError, OSError) as exc:
            client.close()
            raise SchedulerError(scheduler, timeout, _first_line(exc), no_workers=True) from None
    results: list[RunResult | None] = [None] * len(jobs)
    bar = tqdm(total=len(jobs), unit="report", disable=not progress or len(jobs) < 2)
    futures = {}
    try:
        # pure=False: the same job twice (a --force rerun) is run twice, not taken from the cluster's memory
        futures = {client.submit(_dask_task, job, lang, recorded[i], pure=False): i for i, job in enumerate(sent)}
        for fut in dask_as_completed(list(futures), loop=client.loop):
            i = futures[fut]
            try:
                res = fut.result()
            except Exception as exc:  # the task raised outside run_report, or its worker died (KilledWorker)
                res = _task_failure(jobs[i], exc)
            results[i] = _rebase(res, sent[i].get("out_dir"), jobs[i].get("out_dir"))
            bar.update()
    except KeyboardInterrupt:
        client.cancel(list(futures), force=True)
        raise
    finally:
        bar.close()
        client.close()
        if cluster is not None:
            cluster.close()
    return results  # type: ignore[return-value]
