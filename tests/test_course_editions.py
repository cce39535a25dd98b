"""The course in two editions, Chinese (the default) and English, from the same source lessons (issue 14).

The convention: every prose cell of a lesson exists twice, as adjacent cells, the Chinese one
tagged ``lang-zh`` first, then the English one tagged ``lang-en``; untagged Markdown only for
language-free content; code cells shared. ``shopanalysis course --student DIR [--lang zh|en]``
keeps one language (:mod:`shopanalysis.course.student`).

The pairing tests are strict for every lesson notebook there is: a lesson not yet translated
fails here, by name.
"""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

import shopanalysis as sa
from shopanalysis.course import checks, lessons, student
from shopanalysis.course.authoring import LessonBuilder

ROOT = Path(__file__).resolve().parents[1]
COURSE = ROOT / "notebooks" / "course"
WRITTEN = [lesson for lesson in lessons.LESSONS if lesson.path.exists()]
LANGS = ("zh", "en")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
#: A Chinese sentence: six or more Chinese characters running into Chinese sentence punctuation.
CHINESE_SENTENCE = re.compile(r"[\u4e00-\u9fff“”（）、]{6,}[，。；！？]")
#: At most this share of an English cell's letters may be Chinese characters (its platform terms).
EN_MAX_HAN = 0.20
#: At least this share of a Chinese cell's letters are Chinese characters.
ZH_MIN_HAN = 0.40


def tags(cell) -> list[str]:
    return cell.get("metadata", {}).get("tags", [])


def lang_of(cell) -> str | None:
    found = [lang for lang in LANGS if student.LANG_TAGS[lang] in tags(cell)]
    assert len(found) <= 1, f"a cell tagged with two languages:\n{cell.source[:200]}"
    return found[0] if found else None


def prose(text: str) -> str:
    """The words a reader reads: no code blocks, inline code or link targets."""
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    return re.sub(r"\]\([^)]*\)", "]", text)


def han_share(text: str) -> float:
    text = prose(text)
    han, latin = len(HAN.findall(text)), len(LATIN.findall(text))
    return han / (han + latin) if han + latin else 0.0


def is_language_free(text: str) -> bool:
    """A formula alone, a rule: no Chinese, and no run of three English words."""
    text = prose(text)
    return not HAN.search(text) and not re.search(r"[A-Za-z]{2,}(?:\W+[A-Za-z]{2,}){2,}", text)


def headings(source: str) -> list[int]:
    """The levels of a cell's headings; a title (``#``) counts alone (the English one has the Chinese name under it)."""
    found = [len(m.group(1)) for m in re.finditer(r"^(#{1,6})\s", source, re.M)]
    return found[:1] if found[:1] == [1] else found


def pairing_problems(nb) -> list[str]:
    """What breaks the convention in a lesson: unpaired prose, a pair out of order or of another shape."""
    problems = []
    cells = nb.cells
    for i, cell in enumerate(cells):
        if cell.cell_type != "markdown":
            if lang_of(cell):
                problems.append(f"cell {i}: a code cell is shared by both editions, not tagged {tags(cell)}")
            continue
        lang = lang_of(cell)
        head = cell.source.strip().splitlines()[0][:60] if cell.source.strip() else ""
        if lang is None:
            if not is_language_free(cell.source):
                problems.append(f"cell {i}: prose without a lang-zh/lang-en tag: {head!r}")
        elif lang == "zh":
            nxt = cells[i + 1] if i + 1 < len(cells) else None
            if nxt is None or nxt.cell_type != "markdown" or lang_of(nxt) != "en":
                problems.append(f"cell {i}: a lang-zh cell not followed by its lang-en cell: {head!r}")
            elif headings(cell.source) != headings(nxt.source):
                problems.append(f"cell {i}: the zh and en cells have different headings: {head!r}")
            elif set(tags(cell)) - {"lang-zh"} != set(tags(nxt)) - {"lang-en"}:
                problems.append(f"cell {i}: the zh and en cells have different tags: {head!r}")
        else:
            prev = cells[i - 1] if i else None
            if prev is None or lang_of(prev) != "zh":
                problems.append(f"cell {i}: a lang-en cell without its lang-zh cell before it: {head!r}")
    return problems


# --- the source lessons ---------------------------------------------------------------------------


@pytest.mark.parametrize("lesson", WRITTEN, ids=lambda l: l.number)
def test_every_prose_cell_is_a_zh_en_pair(lesson):
    problems = pairing_problems(nbformat.read(lesson.path, as_version=4))
    assert not problems, f"lesson {lesson.number} is not (fully) in both languages:\n" + "\n".join(problems[:15])


@pytest.mark.parametrize("lesson", WRITTEN, ids=lambda l: l.number)
def test_english_cells_hold_no_chinese_sentence_and_chinese_cells_are_chinese(lesson):
    nb = nbformat.read(lesson.path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        lang = lang_of(cell)
        if lang == "zh":
            assert han_share(cell.source) >= ZH_MIN_HAN, f"a lang-zh cell is mainly Chinese:\n{cell.source[:300]}"
        else:
            assert han_share(cell.source) <= EN_MAX_HAN, \
                f"{han_share(cell.source):.0%} Chinese in a {lang or 'shared'} cell:\n{cell.source[:300]}"
            found = CHINESE_SENTENCE.search(prose(cell.source))
            assert not found, f"a Chinese sentence ({found.group(0)!r}) in a {lang or 'shared'} cell:\n" \
                              f"{cell.source[:300]}"


@pytest.mark.parametrize("lesson", WRITTEN, ids=lambda l: l.number)
def test_code_comments_are_bilingual(lesson):
    """A comment in a code cell says it in both languages (``# 十月的每一天 (October's days)``)."""
    nb = nbformat.read(lesson.path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for comment in re.findall(r"#\s*([^\n]*)", re.sub(r"(['\"]).*?\1", "", cell.source)):
            if comment.startswith("---") or not comment.strip():
                continue  # the solution markers
            assert HAN.search(comment) and re.search(r"[A-Za-z]{2,}", comment), \
                f"lesson {lesson.number}: a comment in one language: # {comment}"


def test_the_pairing_check_finds_what_breaks_the_convention():
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    def md(text, *tag):
        return new_markdown_cell(text, metadata={"tags": list(tag)})

    good = new_notebook(cells=[md("## 目标\n\n算。", "lang-zh"), md("## Goal\n\nCompute.", "lang-en"),
                               new_markdown_cell("> S = V × C × A"), new_code_cell("x = 1")])
    assert pairing_problems(good) == []
    assert "without a lang-zh/lang-en tag" in pairing_problems(new_notebook(cells=[md("Some English prose here.")]))[0]
    assert "not followed by its lang-en" in pairing_problems(new_notebook(cells=[md("中文。", "lang-zh")]))[0]
    assert "without its lang-zh" in pairing_problems(new_notebook(cells=[md("English.", "lang-en")]))[0]
    assert "different headings" in pairing_problems(new_notebook(cells=[md("## 目标", "lang-zh"),
                                                                        md("Goal", "lang-en")]))[0]


# --- the learner copies ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def editions(tmp_path_factory):
    out = {}
    for lang in LANGS:
        dest = tmp_path_factory.mktemp(f"student-{lang}")
        out[lang] = (dest, student.write_student_copies(dest, lang=lang))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_each_edition_keeps_its_language_and_tells_the_kernel(editions, lang):
    dest, written = editions[lang]
    other = "en" if lang == "zh" else "zh"
    assert {w.path.name for w in written if w.action == "wrote"} >= {l.file for l in WRITTEN} | {"README.md",
                                                                                                  "glossary.md"}
    for lesson in WRITTEN:
        nb = nbformat.read(dest / lesson.file, as_version=4)
        assert not any(f"lang-{other}" in tags(c) for c in nb.cells), f"{lesson.file} holds lang-{other} cells"
        assert nb.metadata["shopanalysis"]["lang"] == lang
        setup = next(c for c in nb.cells if c.cell_type == "code")
        assert f'sa.course.start_lesson(lang="{lang}")' in setup.source, setup.source
        code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
        n_exercises = sum("exercise" in tags(c) for c in nb.cells)
        assert code.count(student.PLACEHOLDERS[lang]) == n_exercises
        source = nbformat.read(lesson.path, as_version=4)
        kept = [c for c in source.cells if lang_of(c) in (None, lang)]
        assert len(nb.cells) == len(kept) - sum("solution" in tags(c) for c in kept)
    readme = COURSE / ("README.en.md" if lang == "en" else "README.md")
    assert (dest / "README.md").read_text(encoding="utf-8") == readme.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
def test_every_link_in_a_learner_folder_works(editions, lang):
    """Relative links in the README, the glossary and the lessons' Markdown point at files of the folder.

    A link to a lesson declared in LESSONS whose notebook is not written yet is allowed:
    the folder gets it when it is written (``shopanalysis course`` lists it as not written).
    """
    dest, _ = editions[lang]
    declared = {lesson.file for lesson in lessons.LESSONS}
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in dest.glob("*.md")]
    for path in sorted(dest.glob("*.ipynb")):
        nb = nbformat.read(path, as_version=4)
        texts += [(path.name, c.source) for c in nb.cells if c.cell_type == "markdown"]
    checked = 0
    for name, text in texts:
        for target in re.findall(r"\]\(([^)\s]+)\)", text):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            target = target.split("#")[0]
            checked += 1
            assert (dest / target).exists() or target in declared, f"{name}: a broken link to {target}"
    assert checked > 20


#: Lessons whose first checker also runs in the English test (the others stop before their first exercise:
#: a checker computes its expected answer, seconds for some, and one English box per lesson adds nothing).
ENGLISH_BOXES = ("00", "01")


def _first_exercise_cells(nb, checker: bool) -> list:
    """A lesson's code cells before its first exercise (and that exercise and its checker), widgets off."""
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        if "exercise" in tags(cell) and not checker:
            break
        if "parameters" in tags(cell):
            cell = nbformat.v4.new_code_cell("interactive = False")
        cells.append(cell)
        if "checker" in tags(cell):
            break
    return cells


def test_the_english_edition_runs_to_each_first_exercise_with_english_checker_boxes(editions):
    """Every lesson of the English edition, in one kernel: its cells up to its first exercise.

    The Chinese edition runs whole, lesson by lesson, in tests/test_course.py (with its
    checker boxes in Chinese). Here the first checker of the lessons in ENGLISH_BOXES runs
    too, and its box must be English.
    """
    from nbclient import NotebookClient

    dest, _ = editions["en"]
    cells, firsts = [], []
    for lesson in WRITTEN:
        nb = nbformat.read(dest / lesson.file, as_version=4)
        cells += _first_exercise_cells(nb, checker=lesson.number in ENGLISH_BOXES)
        if lesson.number in ENGLISH_BOXES:
            firsts.append(checks.exercises(lesson.number)[0].name)
    run = nbformat.v4.new_notebook(cells=cells)
    run.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    NotebookClient(run, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(dest)}},
                   extra_arguments=["--IPKernelApp.log_level=ERROR"], allow_errors=True).execute()
    boxes, errors = [], []
    for cell in run.cells:
        for out in cell.get("outputs", []):
            if out.output_type == "error":
                errors.append(f"{out.ename}: {out.evalue}\nin:\n{cell.source}")
            if checks.MIME_TYPE in out.get("data", {}):
                boxes.append((out["data"][checks.MIME_TYPE], out["data"]["text/plain"]))
    assert not errors, "the English edition fails:\n\n" + "\n\n".join(errors)
    assert [b[0]["checker"] for b in boxes] == firsts
    assert {b[0]["status"] for b in boxes} == {"not attempted"}
    for _, text in boxes:
        assert text.startswith("Exercise ") and not HAN.search(text.splitlines()[-1]), text


# --- the pieces ---------------------------------------------------------------------------------------


def test_strip_solutions_keeps_one_language():
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

    src = new_notebook(cells=[
        new_markdown_cell("中文。", metadata={"tags": ["lang-zh"]}),
        new_markdown_cell("English.", metadata={"tags": ["lang-en"]}),
        new_markdown_cell("> S = V × C × A"),
        new_code_cell("sa.course.start_lesson()  # 提示 (hints)"),
        new_code_cell("# --- solution ---\nanswer = 1\n# --- end solution ---"),
    ])
    zh = student.strip_solutions(src, lang="zh")
    assert [c.source for c in zh.cells] == ["中文。", "> S = V × C × A", 'sa.course.start_lesson(lang="zh")  # 提示 (hints)',
                                            "answer = None  # 在这里写你的代码"]
    en = student.strip_solutions(src, lang="en")
    assert [c.source for c in en.cells][:2] == ["English.", "> S = V × C × A"]
    assert en.cells[-1].source == student.PLACEHOLDER and 'start_lesson(lang="en")' in en.cells[-2].source
    assert len(student.strip_solutions(src).cells) == 5, "no edition: every cell"
    assert src.cells[3].source.endswith("start_lesson()  # 提示 (hints)"), "the input is not modified"


def test_a_folder_holds_one_edition(tmp_path):
    student.write_student_copies(tmp_path, lang="zh")
    with pytest.raises(ValueError, match="holds the zh edition"):
        student.write_student_copies(tmp_path, lang="en")
    student.write_student_copies(tmp_path, lang="en", force=True)
    nb = nbformat.read(tmp_path / WRITTEN[0].file, as_version=4)
    assert nb.metadata["shopanalysis"]["lang"] == "en"
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == (COURSE / "README.en.md").read_text(encoding="utf-8")


def test_start_lesson_sets_the_package_language():
    from shopanalysis.course.session import start_lesson

    try:
        start_lesson(lang="en")
        assert sa.get_language() == "en"
        start_lesson(lang="zh")
        assert sa.get_language() == "zh"
        with pytest.raises(ValueError):
            start_lesson(lang="fr")
    finally:
        sa.set_language(None)


def test_cli_writes_the_chinese_edition_by_default_and_english_with_lang_en(tmp_path, capsys, monkeypatch):
    from shopanalysis.cli import main

    monkeypatch.delenv("SHOPANALYSIS_LANG", raising=False)
    sa.set_language(None)
    def edition(folder):
        return nbformat.read(tmp_path / folder / WRITTEN[0].file, as_version=4).metadata["shopanalysis"]["lang"]

    assert main(["course", "--student", str(tmp_path / "zh")]) == 0
    assert "已写入" in capsys.readouterr().out and edition("zh") == "zh"
    assert main(["course", "--student", str(tmp_path / "en"), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "wrote" in out and "已写入" not in out, "the messages follow --lang"
    assert edition("en") == "en"
    assert sa.get_language() == "zh", "--lang does not stay set after the command"
    monkeypatch.setenv("SHOPANALYSIS_LANG", "en")
    assert main(["course", "--student", str(tmp_path / "env")]) == 0
    assert edition("env") == "en"


def test_lesson_builder_writes_both_languages_in_pairs():
    b = LessonBuilder("01")
    b.goal("算出一个月的支付转化率。", "Compute a month's conversion rate.")
    b.setup('days = sa.load_demo_shop(tables=["shop_daily"]).shop_daily  # 每日数据 (the days)')
    b.section("思路", "The idea", "支付转化率 = 支付买家数 / 访客数。", "Conversion is buyers over visitors.")
    b.md("> S = V × C × A")
    b.widget("sa.course.widgets.routine()", "拖动滑块。", "Move the slider.")
    b.exercise("check_01_conversion", ("十月的支付转化率。", "October's rate."),
               "answer = sa.metrics.conversion_rate(days)")
    b.exercise("check_01_ten_percent", ("选一个。", "Pick one."), 'answer = "D"')
    b.recap("- 总数之比", "- a ratio of sums")
    with pytest.raises(ValueError, match="Chinese and its English"):
        b.recap("- 总数之比")
    nb = b.build()
    assert pairing_problems(nb) == []
    zh = student.strip_solutions(nb, lang="zh")
    en = student.strip_solutions(nb, lang="en")
    assert zh.cells[0].source == lessons.title_cell("01", "zh") and en.cells[0].source == lessons.title_cell("01", "en")
    assert zh.cells[-1].source == lessons.links_cell("01", "zh") and en.cells[-1].source == lessons.links_cell("01", "en")
    zh_heads = [c.source.splitlines()[0] for c in zh.cells if c.cell_type == "markdown"]
    en_heads = [c.source.splitlines()[0] for c in en.cells if c.cell_type == "markdown"]
    assert {"## 目标", "## 思路", "## 练习", "## 小结"} <= set(zh_heads)
    assert {"## Goal", "## The idea", "## Exercises", "## Recap"} <= set(en_heads)
    assert any(h.startswith("### 练习 1.4 · ") for h in zh_heads) and any(h.startswith("### Exercise 1.4 · ")
                                                                           for h in en_heads)
    assert "> S = V × C × A" in [c.source for c in zh.cells] and "> S = V × C × A" in [c.source for c in en.cells]
    task = next(c.source for c in zh.cells if c.source.startswith("### 练习 1.4"))
    assert "**D**" in task and 'answer = "A"' in task and "把字母写在引号里" in task
