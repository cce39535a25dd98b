"""Lint of the notebooks themselves: each report and lesson notebook is its own one source.

No script writes the notebooks: they are edited in Jupyter (or with nbformat), and these
tests hold them to the house pattern (what the generator scripts that once wrote them
enforced, and what "Chinese first" added).

Report notebooks (``notebooks/reports/*.ipynb``):

- one ``parameters`` cell of one-line annotated literal assignments, each with a comment
  and no other ``=`` on its line (papermill silently drops such a line), and among them
  ``lang: str = "zh"``, set first thing in the next cell with ``sa.set_language(lang)``;
- every Markdown cell is tagged ``lang-zh`` or ``lang-en``, the two in pairs (the
  exporter keeps the report's language only);
- metadata ``shopanalysis.title`` is ``{"zh": ..., "en": ...}`` and
  ``shopanalysis.period`` names the parameters that label the report's folder;
- no ``def``/``class``, no clock, no machine path, no hand-drawn chart (charts come from
  ``sa.plotting``), widgets only in cells tagged ``report-hide``;
- outputs stripped, kernelspec ``python3``, and the last cell records the headline numbers.

Lessons (``notebooks/course/NN_*.ipynb``): the template itself (title, Goal, Exercises,
Recap, previous/next links, the parameters cell, outputs stripped, kernelspec, no ``def``
or clock) is checked by ``test_lesson_notebook_follows_the_template`` in
``tests/test_course.py``; here are the rest of what the lesson builder guaranteed: each
exercise's task names its number and lists its checker's options, the exercises run in
order, each solution assigns ``answer``, and the metadata names the lesson.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import nbformat
import pytest
from IPython.core.inputtransformer2 import TransformerManager
from papermill.translators import PythonTranslator

import shopanalysis as sa
from shopanalysis.course import checks, lessons

ROOT = Path(__file__).resolve().parents[1]
REPORTS = sorted((ROOT / "notebooks" / "reports").glob("*.ipynb"))
LESSONS = sorted((ROOT / "notebooks" / "course").glob("[0-9][0-9]_*.ipynb"))
NOTEBOOKS = REPORTS + LESSONS

LANG_TAGS = ("lang-zh", "lang-en")
HAN = re.compile(r"[\u4e00-\u9fff]")
#: Drawing by hand in a report: the modules, and the Axes calls that draw or dress a chart.
DRAWING_MODULES = {"matplotlib", "seaborn"}
DRAWING_NAMES = {"plt", "sns", "mticker"}
DRAWING_CALLS = {"subplots", "axhline", "axvline", "axhspan", "axvspan", "annotate", "errorbar", "scatter",
                 "plot", "bar", "barh", "hist", "fill_between", "legend", "set_title", "set_xlabel",
                 "set_ylabel", "set_xscale", "set_yscale", "set_xticks", "set_yticks", "invert_yaxis"}
CLOCK = {"now", "today", "utcnow"}


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def tags(cell) -> list[str]:
    return cell.metadata.get("tags", [])


def python(cell) -> ast.Module:
    """Parse a code cell as Python (IPython magics such as ``%config`` turned into calls)."""
    return ast.parse(TransformerManager().transform_cell(cell.source))


def parameters_cell(nb):
    return next(c for c in nb.cells if "parameters" in tags(c))


def is_sa_call(node, attr: str) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == attr
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "sa")


def headings(source: str) -> list[int]:
    """The levels of the Markdown headings in a cell, in order (``## A`` then ``### B`` is [2, 3])."""
    return [len(m.group(1)) for m in re.finditer(r"^(#{1,6})\s", source, re.M)]


# --- every notebook ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_notebook_is_valid_nbformat_4(path):
    nb = read(path)
    assert nb.nbformat == 4
    nbformat.validate(nb)


# --- report notebooks ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_report_is_stripped_and_runs_on_python3(path):
    nb = read(path)
    assert nb.metadata["kernelspec"]["name"] == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"outputs are stripped:\n{cell.source}"
        assert not re.search(r"['\"](/(root|work|tmp|home|Users)/|[A-Za-z]:\\\\)", cell.source), \
            f"no machine path:\n{cell.source}"


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_report_metadata_titles_it_in_both_languages_and_names_its_period(path):
    nb = read(path)
    meta = nb.metadata.get("shopanalysis", {})
    title = meta.get("title")
    assert isinstance(title, dict) and set(title) == {"zh", "en"}, \
        'metadata.shopanalysis.title is {"zh": ..., "en": ...}'
    assert all(isinstance(t, str) and t.strip() for t in title.values())
    assert HAN.search(title["zh"]), "the zh title is Chinese"
    period = meta.get("period")
    period = [period] if isinstance(period, str) else period
    assert period, "metadata.shopanalysis.period names the parameter(s) that label the report's folder"
    params = {p.name for p in PythonTranslator.inspect(parameters_cell(nb))}
    assert set(period) <= params, f"period {period} names parameters of the parameters cell"


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_report_parameters_are_annotated_literals_each_with_a_comment(path):
    """One cell tagged parameters; one line per parameter, the way papermill reads it.

    papermill parses the cell line by line and silently skips a line with a second ``=``
    (``==`` or an ``=`` in the comment or in a string), so a parameter written that way
    would never be set.
    """
    nb = read(path)
    cells = [c for c in nb.cells if "parameters" in tags(c)]
    assert len(cells) == 1, "exactly one cell tagged parameters"
    cell = cells[0]
    assert cell.cell_type == "code"
    tree = ast.parse(cell.source)
    comments = {tok.start[0]: tok.string for tok in tokenize.generate_tokens(io.StringIO(cell.source).readline)
                if tok.type == tokenize.COMMENT}
    names = []
    for stmt in tree.body:
        line = cell.source.splitlines()[stmt.lineno - 1]
        assert isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None, \
            f"only annotated assignments (name: type = literal): {line}"
        assert stmt.lineno == stmt.end_lineno, f"one line per parameter: {line}"
        ast.literal_eval(stmt.value)  # a literal, nothing computed
        assert comments.get(stmt.lineno, "").lstrip("#").strip(), f"a comment says what it is: {line}"
        assert line.count("=") == 1, f"no other '=' on the line (papermill would drop it): {line}"
        names.append(stmt.target.id)
    for number, line in enumerate(cell.source.splitlines(), 1):
        assert not line.strip() or any(s.lineno == number for s in tree.body), f"only parameters in the cell: {line}"
    seen = PythonTranslator.inspect(cell)
    assert [p.name for p in seen] == names, "papermill sees every parameter"
    for p in seen:
        assert p.help and p.inferred_type_name != "None", p.name


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_report_takes_lang_defaulting_to_zh_and_sets_it_first(path):
    nb = read(path)
    params = {p.name: p for p in PythonTranslator.inspect(parameters_cell(nb))}
    assert "lang" in params, 'a parameter lang: str = "zh"'
    assert params["lang"].inferred_type_name == "str" and ast.literal_eval(params["lang"].default) == "zh"
    code = [c for c in nb.cells if c.cell_type == "code"]
    after = code[code.index(parameters_cell(nb)) + 1]
    first = python(after).body[0]
    assert isinstance(first, ast.Expr) and is_sa_call(first.value, "set_language") \
        and [ast.unparse(a) for a in first.value.args] == ["lang"], \
        f"the cell after the parameters starts with sa.set_language(lang):\n{after.source}"


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_report_markdown_is_written_in_both_languages(path):
    """Every Markdown cell is tagged lang-zh or lang-en, and the two versions pair up.

    The n-th zh cell and the n-th en cell are one text in two languages: same headings,
    same other tags (``report-hide``).
    """
    nb = read(path)
    markdown = [c for c in nb.cells if c.cell_type == "markdown"]
    for cell in markdown:
        langs = [t for t in tags(cell) if t in LANG_TAGS]
        assert len(langs) == 1, f"tagged lang-zh or lang-en (once):\n{cell.source[:200]}"
    zh = [c for c in markdown if "lang-zh" in tags(c)]
    en = [c for c in markdown if "lang-en" in tags(c)]
    assert len(zh) == len(en), f"{len(zh)} lang-zh cells and {len(en)} lang-en cells"
    for z, e in zip(zh, en):
        assert HAN.search(z.source), f"a lang-zh cell is Chinese:\n{z.source[:200]}"
        assert headings(z.source) == headings(e.source), \
            f"the zh and en versions have the same headings:\n{z.source[:200]}\n---\n{e.source[:200]}"
        assert set(tags(z)) - {"lang-zh"} == set(tags(e)) - {"lang-en"}, \
            f"the zh and en versions have the same tags:\n{z.source[:200]}"


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_report_code_holds_no_def_clock_or_hand_drawn_chart(path):
    """Helpers live in the package, results do not depend on the day the report runs, charts come from sa.plotting."""
    nb = read(path)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for node in ast.walk(python(cell)):
            where = f"\n{cell.source}"
            assert not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)), \
                "no def or class in a report (put helpers in the package)" + where
            if isinstance(node, ast.Attribute):
                assert node.attr not in CLOCK, f"no clock ({node.attr}): pass the date as a parameter" + where
            if isinstance(node, ast.Import):
                assert not {a.name.split(".")[0] for a in node.names} & DRAWING_MODULES, \
                    "no matplotlib or seaborn in a report: draw with sa.plotting" + where
            if isinstance(node, ast.ImportFrom):
                assert (node.module or "").split(".")[0] not in DRAWING_MODULES, \
                    "no matplotlib or seaborn in a report: draw with sa.plotting" + where
            if isinstance(node, ast.Name):
                assert node.id not in DRAWING_NAMES, f"no {node.id}. in a report: draw with sa.plotting" + where
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                assert node.func.attr not in DRAWING_CALLS, \
                    f"no hand-drawn chart (.{node.func.attr}): add it to sa.plotting" + where


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_report_widgets_stay_out_of_the_page(path):
    """A cell that uses the interactive switch shows widgets: it is tagged report-hide, so HTML and PDF never show it."""
    nb = read(path)
    for cell in nb.cells:
        if cell.cell_type != "code" or "parameters" in tags(cell):
            continue
        names = {n.id for n in ast.walk(python(cell)) if isinstance(n, ast.Name)}
        if "interactive" in names or "widgets" in names:
            assert "report-hide" in tags(cell), f"a widget cell is tagged report-hide:\n{cell.source}"


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_report_ends_by_recording_its_headline_numbers(path):
    code = [c for c in read(path).cells if c.cell_type == "code"]
    assert any(is_sa_call(n, "record") for n in ast.walk(python(code[-1]))), \
        "the last code cell records the headline numbers with sa.record(...)"


# --- lessons ---------------------------------------------------------------------------------------


def lesson_of(path: Path):
    return lessons.get_lesson(path.name[:2])


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_metadata_names_the_lesson(path):
    lesson = lesson_of(path)
    assert path.name == lesson.file
    assert read(path).metadata.get("shopanalysis", {}).get("lesson") == lesson.number


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_lesson_exercises_match_their_checkers(path, lang):
    """Each exercise, in each edition: its task names its number (and lists its options), its solution assigns answer.

    The checkers are the registry (``shopanalysis/course/lessonNN.py``): a task whose
    number or options drifted from its checker would ask one thing and check another.
    The Chinese task lists the options by letter, in the checker's Chinese words where the
    checker has them (else in the lesson's own Chinese).
    """
    from shopanalysis.course.student import select_language

    lesson = lesson_of(path)
    lessons.checker_module(lesson.number)
    cells = select_language(read(path), lang).cells
    numbers = []
    for i, cell in enumerate(cells):
        if "exercise" not in tags(cell):
            continue
        name = re.fullmatch(r"sa\.course\.(check_\w+)\(answer\)", cells[i + 1].source.strip()).group(1)
        ex = checks.EXERCISES[name]
        assert ex.lesson == lesson.number, f"{name} is a checker of lesson {ex.lesson}"
        numbers.append(ex.number)
        assigned = {t.id for node in ast.walk(python(cell)) if isinstance(node, (ast.Assign, ast.AnnAssign))
                    for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                    if isinstance(t, ast.Name)}
        assert "answer" in assigned, f"{name}: the solution assigns answer:\n{cell.source}"
        task = cells[i - 1]
        assert task.cell_type == "markdown" and re.search(rf"^#+ .*(?<![\d.]){re.escape(ex.number)}(?![\d.])",
                                                          task.source, re.M), \
            f"{name}: the Markdown cell before the exercise is its task, headed with its number {ex.number} ({lang})"
        if ex.judgement:
            with sa.language(lang):
                options = ex.func(None).options
            with sa.language("en"):
                english = ex.func(None).options
            assert all(f"**{letter}**" in task.source for letter, _ in options), f"{name}: the task lists the letters"
            if lang == "en" or options != english:  # the checker speaks this language: the task says the same
                assert all(text in task.source for _, text in options), \
                    f"{name}: the {lang} task lists the checker's options ({options})"
    assert numbers == sorted(numbers, key=lambda n: [int(x) for x in n.split(".")]), \
        f"exercises in the order of their numbers: {numbers}"
