"""Write the learner copies of the lessons, in one edition: solutions out, outputs cleared.

The source lessons in ``notebooks/course/`` hold their solutions (so that the tests
can run every exercise) and both languages (each prose cell twice, tagged ``lang-zh``
and ``lang-en``); the learner works on copies written by
``shopanalysis course --student DIR [--lang zh|en]``, the Chinese edition by default.
In a copy of edition ``lang``:

- the cells tagged with the other language (``lang-en`` in the Chinese edition) are
  dropped; untagged cells (code, language-free Markdown) are kept;
- the setup cell's ``sa.course.start_lesson()`` becomes
  ``sa.course.start_lesson(lang="zh")`` (or ``"en"``), so the kernel speaks the
  edition's language (checker boxes, hints, tables, charts);
- in an exercise cell, the lines from ``# --- solution ---`` to
  ``# --- end solution ---`` become ``answer = None  # 在这里写你的代码``
  (``# your code here`` in the English edition);
- a cell tagged ``solution`` (a worked answer, a discussion) is dropped;
- outputs and execution counts are cleared, and the kernel is ``python3``.

``README.md`` and ``glossary.md`` are copied next to the lessons, so the links work:
for edition ``lang`` the source's ``README.<lang>.md`` when there is one (the English
edition gets ``README.en.md`` as its ``README.md``), else ``README.md``.

Examples
--------
>>> from nbformat.v4 import new_code_cell, new_notebook
>>> nb = new_notebook(cells=[new_code_cell(
...     "# October only\\n# --- solution ---\\nanswer = sa.metrics.conversion_rate(october)\\n# --- end solution ---")])
>>> print(strip_solutions(nb).cells[0].source)
# October only
answer = None  # your code here
>>> print(strip_solutions(nb, lang="zh").cells[0].source)
# October only
answer = None  # 在这里写你的代码
"""

from __future__ import annotations

import copy
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .._lang import LANGUAGES, get_language

__all__ = ["BEGIN", "END", "PLACEHOLDER", "PLACEHOLDERS", "SOLUTION_TAG", "LANG_TAGS", "strip_solutions",
           "select_language", "solution_lines", "write_student_copies", "Written"]

#: The line that opens a solution in an exercise cell.
BEGIN = "# --- solution ---"
#: The line that closes it.
END = "# --- end solution ---"
#: What a solution becomes in a learner copy (the source's own words; ``PLACEHOLDERS`` per edition).
PLACEHOLDER = "answer = None  # your code here"
#: What a solution becomes in each edition's copies.
PLACEHOLDERS = {"zh": "answer = None  # 在这里写你的代码", "en": PLACEHOLDER}
#: The tag of a cell that belongs to one edition only, per language.
LANG_TAGS = {lang: f"lang-{lang}" for lang in LANGUAGES}
#: The setup cell's call, rewritten in a learner copy to name its edition's language.
START_LESSON = re.compile(r"\bsa\.course\.start_lesson\(\)")
#: Cells with this tag are dropped from learner copies.
SOLUTION_TAG = "solution"
#: Files copied next to the lessons.
EXTRA_FILES = ("README.md", "glossary.md")


def _blocks(source: str, where: str = "a cell") -> list[tuple[int, int]]:
    """Return (begin, end) line indexes of each solution block, checking the markers pair up."""
    lines = source.splitlines()
    blocks, start = [], None
    for i, line in enumerate(lines):
        text = line.strip()
        if text == BEGIN:
            if start is not None:
                raise ValueError(f"{where}: '{BEGIN}' on line {i + 1} inside an open solution (line {start + 1})")
            start = i
        elif text == END:
            if start is None:
                raise ValueError(f"{where}: '{END}' on line {i + 1} without '{BEGIN}' before it")
            blocks.append((start, i))
            start = None
    if start is not None:
        raise ValueError(f"{where}: '{BEGIN}' on line {start + 1} is never closed with '{END}'")
    return blocks


def solution_lines(nb) -> list[str]:
    """Return the code lines of every solution in a notebook (for tests: none may reach a learner copy)."""
    out = []
    for i, cell in enumerate(nb.cells):
        if SOLUTION_TAG in cell.get("metadata", {}).get("tags", []):
            out += [line for line in cell.source.splitlines() if line.strip()]
            continue
        if cell.cell_type != "code":
            continue
        lines = cell.source.splitlines()
        for begin, end in _blocks(cell.source, f"cell {i + 1}"):
            out += [line for line in lines[begin + 1:end] if line.strip()]
    return out


def select_language(nb, lang: str):
    """Return the cells of edition ``lang`` (in place): other languages' cells dropped, start_lesson told."""
    lang = get_language(lang)
    others = {tag for code, tag in LANG_TAGS.items() if code != lang}
    nb.cells = [cell for cell in nb.cells if not others & set(cell.get("metadata", {}).get("tags", []))]
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.source = START_LESSON.sub(f'sa.course.start_lesson(lang="{lang}")', cell.source)
    nb.metadata.setdefault("shopanalysis", {})["lang"] = lang
    return nb


def strip_solutions(nb, lang: str | None = None):
    """Return a learner copy of a lesson notebook (the input is not modified).

    Parameters
    ----------
    nb : NotebookNode
        The source lesson.
    lang : {'zh', 'en'}, optional
        The edition: keep this language's cells (:func:`select_language`) and write
        its placeholder. None keeps every cell and the source's placeholder.
    """
    nb = copy.deepcopy(nb)
    placeholder = PLACEHOLDER
    if lang is not None:
        lang = get_language(lang)
        select_language(nb, lang)
        placeholder = PLACEHOLDERS[lang]
    cells = []
    for i, cell in enumerate(nb.cells):
        tags = cell.get("metadata", {}).get("tags", [])
        if SOLUTION_TAG in tags:
            continue
        if cell.cell_type == "code":
            lines = cell.source.splitlines()
            blocks = _blocks(cell.source, f"cell {i + 1}")
            for begin, end in reversed(blocks):
                indent = lines[begin][: len(lines[begin]) - len(lines[begin].lstrip())]
                lines[begin:end + 1] = [indent + placeholder]
            cell.source = "\n".join(lines)
            cell.outputs = []
            cell.execution_count = None
        cell.get("metadata", {}).pop("execution", None)
        cells.append(cell)
    nb.cells = cells
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
    return nb


@dataclass(frozen=True)
class Written:
    """One file of the learner folder and what happened to it."""

    path: Path
    action: str  # "wrote", "replaced", "kept" (already there), "updated" (README, glossary), "missing" (no source yet)


def _extra_source(src: Path, name: str, lang: str) -> Path:
    """The source of an extra file for edition ``lang``: ``README.en.md`` for README.md in English, if it exists."""
    own = src / f"{Path(name).stem}.{lang}{Path(name).suffix}"
    return own if own.exists() else src / name


def _edition(path: Path) -> str | None:
    """The edition of a learner copy already there (None when there is none, or it does not say)."""
    if not path.exists():
        return None
    try:
        import json

        return json.loads(path.read_text(encoding="utf-8")).get("metadata", {}).get("shopanalysis", {}).get("lang")
    except (OSError, ValueError, AttributeError):
        return None


def write_student_copies(dest, *, force: bool = False, source=None, lang: str | None = None) -> list[Written]:
    """Write the learner copies of every lesson in :data:`~shopanalysis.course.lessons.LESSONS` to ``dest``.

    A lesson copy that is already there is kept (it holds the learner's work) unless
    ``force``; so running it again after new lessons were added only adds them.
    ``README.md`` and ``glossary.md`` are always brought up to date.

    Parameters
    ----------
    dest : path
        The learner's folder; created when missing.
    force : bool, default False
        Replace copies that are already there.
    source : path, optional
        The folder of the source lessons (default :func:`~shopanalysis.course.lessons.course_dir`).
    lang : {'zh', 'en'}, optional
        The edition (default: the package's language, Chinese unless set otherwise).
        A folder holds one edition: writing the other one into it (without ``force``)
        raises ValueError.

    Returns
    -------
    list of Written
        One entry per lesson and extra file, in course order.
    """
    import nbformat

    from .lessons import LESSONS, course_dir

    lang = get_language(lang)
    src = Path(source) if source is not None else course_dir()
    dest = Path(dest)
    if dest.exists() and not dest.is_dir():
        raise NotADirectoryError(f"{dest} is a file; give a folder for the learner copies")
    if dest.resolve() == src.resolve():
        raise ValueError(f"{dest} is the folder of the source lessons; write the learner copies somewhere else")
    if not force:
        for lesson in LESSONS:
            there = _edition(dest / lesson.file)
            if there not in (None, lang):
                raise ValueError(f"{dest} holds the {there} edition of the course; write the {lang} edition to "
                                 f"another folder (or use force to replace the copies there)")
    dest.mkdir(parents=True, exist_ok=True)
    results = []
    for lesson in LESSONS:
        origin, target = src / lesson.file, dest / lesson.file
        if not origin.exists():
            results.append(Written(target, "missing"))
            continue
        existed = target.exists()
        if existed and not force:
            results.append(Written(target, "kept"))
            continue
        nb = strip_solutions(nbformat.read(origin, as_version=4), lang=lang)
        tmp = target.with_name(f".{target.name}.tmp")
        nbformat.write(nb, tmp)
        tmp.replace(target)
        results.append(Written(target, "replaced" if existed else "wrote"))
    for name in EXTRA_FILES:
        origin, target = _extra_source(src, name, lang), dest / name
        if not origin.exists():
            continue
        existed = target.exists()  # reference pages, not the learner's work: always brought up to date
        shutil.copyfile(origin, target)
        results.append(Written(target, "updated" if existed else "wrote"))
    return results
