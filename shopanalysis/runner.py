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
import datetime as dt
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
    "reports_dir",
    "list_reports",
    "get_report",
    "parse_parameters",
    "expand_batch",
    "run_report",
    "run_batch",
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

    Raises
    ------
    ReportExistsError, ReportFailedError, ParameterError
    """
    import nbformat
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

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
        parameters["data_dir"] = str(Path(data_dir).resolve())
    period = _period_label(report, parameters, label_suffix)
    base = Path(out_dir) / report.stem
    folder = base / period
    if folder.exists() and not force:
        raise ReportExistsError(T("error.exists", folder=str(folder)))
    base.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{period}.", suffix=".tmp", dir=base))
    recorded = dict(parameters)  # metrics.json keeps what was asked, not the temporary folder
    if "output_dir" in report.parameters and not parameters.get("output_dir"):
        parameters["output_dir"] = str(tmp.resolve())  # absolute: the notebook runs in its own folder
    result = RunResult(report.name, period, folder)
    try:
        t0 = time.perf_counter()
        executed_path = tmp / f"{report.stem}.ipynb"
        try:
            pm.execute_notebook(
                str(report.path), str(executed_path), parameters=parameters, progress_bar=False,
                kernel_name=kernel_name, cwd=str(report.path.parent),
                # the kernel's own start-up notices (e.g. "running over TCP") are not the analyst's concern
                extra_arguments=["--IPKernelApp.log_level=ERROR"],
            )
        except PapermillExecutionError as exc:
            failed = base / f"{period}.failed.ipynb"
            if executed_path.exists():
                os.replace(executed_path, failed)
            message = _failure_message(report, exc) + "\n" + T("error.failed_kept", path=str(failed))
            raise ReportFailedError(message, failed) from None
        result.seconds["execute"] = time.perf_counter() - t0
        nb = nbformat.read(executed_path, as_version=4)
        result.metrics = read_recorded(nb)
        (tmp / "metrics.json").write_text(
            json.dumps({"report": report.name, "period": period, "parameters": recorded,
                        "metrics": result.metrics}, ensure_ascii=False, indent=2, default=str) + "\n",
            encoding="utf-8",
        )
        t1 = time.perf_counter()
        with language(lang):
            html = export_html(nb, title=_title(report, period), lang=lang)
        (tmp / f"{report.stem}.html").write_text(html, encoding="utf-8")
        result.seconds["html"] = time.perf_counter() - t1
        if pdf:
            t2 = time.perf_counter()
            export_pdf(html, tmp / f"{report.stem}.pdf")
            result.seconds["pdf"] = time.perf_counter() - t2
        _replace_dir(tmp, folder)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    result.files = sorted(folder.iterdir())
    result.seconds["total"] = time.perf_counter() - t0
    return result


def _replace_dir(new: Path, target: Path) -> None:
    """Move ``new`` to ``target``; an old ``target`` is swapped out first and removed after."""
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


def _title(report: Report, period: str) -> str:
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
    css = _report_css(embed_font=False)
    return (  # data: the page around the notebook's HTML
        f"<!DOCTYPE html>\n<html lang=\"{_HTML_LANG[lang]}\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{_escape(title)}</title>\n"
        f"<style>\n{css}\n</style>\n</head>\n<body>\n<main class=\"report\">\n{body}\n</main>\n</body>\n</html>\n"
    )


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
    except (ReportFailedError, ReportExistsError, ParameterError) as exc:
        report = job["report"]
        name = report if isinstance(report, str) else report.name
        return RunResult(name, "?", Path("?"), error=str(exc), exists=isinstance(exc, ReportExistsError))


def _warm_up() -> None:
    """Import what every run needs once per worker process."""
    import nbconvert  # noqa: F401
    import papermill  # noqa: F401


def run_batch(jobs: list[dict], *, workers: int = 1, progress: bool = True) -> list[RunResult]:
    """Run several reports, ``workers`` at a time, with a progress bar.

    Each job is a dict of :func:`run_report` keyword arguments. A failing job does not
    stop the others: its :class:`RunResult` carries the error. Results come back in
    the order of ``jobs``.
    """
    from tqdm.auto import tqdm

    results: list[RunResult | None] = [None] * len(jobs)
    bar = tqdm(total=len(jobs), unit="report", disable=not progress or len(jobs) < 2)
    if workers <= 1:
        for i, job in enumerate(jobs):
            results[i] = _run_job(job)
            bar.update()
    else:
        with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up) as pool:
            futures = {pool.submit(_run_job, job): i for i, job in enumerate(jobs)}
            for fut in as_completed(futures):
                results[futures[fut]] = fut.result()
                bar.update()
    bar.close()
    return results  # type: ignore[return-value]
