"""Chinese first: the text layer, the vocabulary, the formats, and what a report page shows.

Every sentence a user sees is a template of :mod:`shopanalysis.text` in both languages
with the same placeholders; every label comes from :mod:`shopanalysis.vocab`; no domain
module writes a sentence or branches on the language; and each report, run on the demo
shop, reads in the language it was asked for without a code on the page.
"""

from __future__ import annotations

import ast
import html
import re
import string
from pathlib import Path

import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import _format, runner, vocab
from shopanalysis._lang import LANGUAGES
from shopanalysis._schema import TABLES
from shopanalysis.text import Catalog, all_catalogs, placeholders, render

PACKAGE = Path(sa.__file__).parent

# --- the language setting -------------------------------------------------------------


def test_language_comes_from_the_block_then_the_setting_then_the_environment(monkeypatch):
    monkeypatch.delenv("SHOPANALYSIS_LANG", raising=False)
    sa.set_language(None)
    assert sa.get_language() == "zh"
    monkeypatch.setenv("SHOPANALYSIS_LANG", "en")
    assert sa.get_language() == "en"
    try:
        assert sa.set_language("zh_CN") == "zh"
        with sa.language("en"):
            assert sa.get_language() == "en"
        assert sa.get_language() == "zh"
    finally:
        sa.set_language(None)
    with pytest.raises(ValueError, match="zh.*en.*'fr'"):
        sa.set_language("fr")


# --- formats ------------------------------------------------------------------------


@pytest.mark.parametrize("func, value, zh, en", [
    (_format.format_yuan, 16800, "¥1.68万", "¥16.8K"),
    (_format.format_yuan, 8560, "¥8,560", "¥8,560"),
    (_format.format_yuan, 1.7, "¥1.70", "¥1.70"),
    (_format.format_yuan, 123_456_789, "¥1.23亿", "¥123.46M"),
    (_format.format_yuan, 2_345_678_901, "¥23.46亿", "¥2.35B"),
    (_format.format_number, 123456, "12.35万", "123.5K"),
    (_format.format_pct, 0.0235, "2.4%", "2.4%"),
    (_format.format_day, "2026-10-15", "10-15 周四", "Thu 10-15"),
    (_format.format_points, 0.0012, "+0.12 个百分点", "+0.12 pp"),
])
def test_numbers_read_the_way_each_language_reads_them(func, value, zh, en):
    assert (func(value, lang="zh"), func(value, lang="en")) == (zh, en)


def test_percent_keeps_its_digits_in_both_languages():
    assert _format.format_pct(0.0235, 2, lang="en") == _format.format_pct(0.0235, 2, lang="zh") == "2.35%"


def test_english_amounts_switch_units_where_the_rounded_number_would_overflow():
    assert _format.format_yuan(999_960, lang="en") == "¥1M"
    assert _format.format_yuan(9_999.4, lang="en") == "¥9,999"
    assert _format.format_yuan(-16800, sign=True, lang="en") == "-¥16.8K"


# --- the catalogs ---------------------------------------------------------------------

CATALOGS = all_catalogs()
TEMPLATES = [(domain, key) for domain, c in sorted(CATALOGS.items()) for key in sorted(c.texts)]


def _sample(spec: str):
    kind = re.sub(r"^\+|\d$", "", spec)
    if "|" in spec:
        return 2
    return {"yuan": 16800.5, "num": 12345, "int": 12, "pct": 0.0235, "pp": 0.0012, "x": 1.35,
            "day": pd.Timestamp("2026-10-15"), "md": pd.Timestamp("2026-10-15"),
            "date": pd.Timestamp("2026-10-15"), "month": pd.Timestamp("2026-10-01"),
            "list": ["小雨", "晓雯"]}.get(kind, 7 if re.match(r"^[.,]?\d*[dfg%]$", spec) else "X")


def _values(template: str) -> dict:
    out = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name:
            out.setdefault(name, _sample(spec or ""))
    return out


def test_there_are_catalogs_for_the_domains():
    assert {"common"} <= set(CATALOGS)


@pytest.mark.parametrize("domain, key", TEMPLATES, ids=[f"{d}:{k}" for d, k in TEMPLATES])
def test_every_template_renders_in_both_languages_with_the_same_placeholders(domain, key):
    texts = CATALOGS[domain].texts[key]
    assert set(texts) == set(LANGUAGES)
    names = {lang: placeholders(t) for lang, t in texts.items()}
    assert names["zh"] == names["en"], f"{domain}:{key} has other placeholders in zh and en: {names}"
    for lang, template in texts.items():
        assert render(template, lang=lang, **_values(texts["zh"] + texts["en"]))
    zh = texts["zh"]
    assert re.search(r"[\u4e00-\u9fff]", zh) or not re.search(r"[A-Za-z]{4,}", re.sub(r"\{[^}]*\}", "", zh)), (
        f"{domain}:{key}: the Chinese template is not Chinese: {zh!r}")
    assert not re.search(r"[\u4e00-\u9fff]", re.sub(r"\{[^}]*\}", "", texts["en"])) or key.startswith("bilingual"), (
        f"{domain}:{key}: the English template has Chinese in it: {texts['en']!r}")


def test_a_catalog_refuses_a_template_missing_a_language():
    with pytest.raises(ValueError, match="one non-empty text per language"):
        Catalog("broken", {"x": ("只有中文",)}, register=False)


def test_a_missing_value_names_the_placeholder():
    with pytest.raises(KeyError, match="amount"):
        render("{amount:yuan}", lang="zh")


# --- the vocabulary ---------------------------------------------------------------------


def test_the_vocabulary_builds_without_a_name_defined_twice():
    v = vocab.vocabulary()
    assert len(v.terms) > 100


def test_every_contract_column_and_metric_has_both_labels():
    for spec in TABLES.values():
        for col in spec.columns:
            for lang in LANGUAGES:
                assert vocab.label(col.name, table=spec.name, lang=lang) != col.name or col.name in {"date"}, (
                    f"{spec.name}.{col.name} has no {lang} label")


def test_the_platform_word_wins_per_table_and_one_word_wins_elsewhere():
    assert vocab.label("impressions", table="ppc_keywords", lang="zh") == "展现量"
    assert vocab.label("impressions", table="products_daily", lang="zh") == "曝光量"
    assert vocab.label("impressions", lang="zh") == "展现量"
    assert vocab.label("impressions", table="products_daily", lang="en") == "Impressions"


def test_every_enum_value_has_a_label_in_both_languages():
    for enum in vocab.enum_names():
        for code, words in vocab.vocabulary().values[enum].items():
            assert set(words) == set(LANGUAGES) and all(words.values()), (enum, code)
            if re.fullmatch(r"[a-z_]+", str(code)):
                assert words["zh"] != code, f"{enum}.{code} shows its code in Chinese"


@pytest.mark.parametrize("codes", [("channel", ("natural", "paid", "activity", "membership", "other")),
                                   ("direction", ("up", "down")),
                                   ("status", ("ACTION", "WARN", "OK", "N/A", "low", "ok", "high"))])
def test_the_enums_a_table_shows_are_labelled(codes):
    enum, values = codes
    for code in values:
        assert vocab.value_label(enum, code, lang="zh") != code


# --- no sentence or language branch in a domain module ------------------------------------

# Modules whose string literals are data or the text layer itself, not sentences of a domain.
_NOT_DOMAIN = {"_lang.py", "_format.py", "_schema.py", "samples.py", "__init__.py", "vocab.py"}


# Course modules whose words do not go through the text layer yet (each owned by another piece of work):
# the lesson registry and its notebook tooling. Every other course module is scanned, new ones included.
_COURSE_PENDING = {"authoring.py", "exports.py", "lessons.py", "student.py"}


def _domain_modules():
    top = [p for p in PACKAGE.glob("*.py") if p.name not in _NOT_DOMAIN]
    course = [p for p in (PACKAGE / "course").glob("*.py") if p.name not in _NOT_DOMAIN | _COURSE_PENDING]
    return sorted(top) + sorted(course)


def _module_id(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def test_the_course_checkers_and_widgets_are_scanned():
    scanned = {_module_id(p) for p in _domain_modules()}
    assert {"course/checks.py", "course/widgets.py", "course/session.py"} <= scanned
    assert {f"course/lesson{n:02d}.py" for n in range(1, 9)} <= scanned


def _language_branches(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            consts = [c.value for c in [node.left, *node.comparators] if isinstance(c, ast.Constant)]
            if any(v in ("zh", "en") for v in consts):
                found.append(f"line {node.lineno}: compares with a language code")
        if isinstance(node, (ast.Name, ast.arg)) and (getattr(node, "id", None) or getattr(node, "arg", None)) in (
                "zh", "is_zh", "chinese"):
            found.append(f"line {node.lineno}: a zh flag")
        if isinstance(node, ast.keyword) and node.arg in ("zh",):
            found.append(f"line {node.lineno}: a zh= argument")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.endswith("_zh"):
            found.append(f"line {node.lineno}: a *_zh column")
    return found


_SENTENCE = re.compile(r"[A-Za-z]{2,}(?:[ ,;:'()/-]+[A-Za-z]{2,}){3,}")


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):  # attribute docs: "#: ..." strings
            ids.add(id(node.value))
    return ids


def _sentences(path: Path) -> list[str]:
    """Sentences written in a module: string literals with Chinese, or with four English words in a row.

    A statement that holds data rather than words for a reader (a regular expression,
    matplotlib options, export spellings) says so with a ``# data`` comment on one of its lines.
    """
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    tree = ast.parse(source)
    docs = _docstrings(tree)
    marked = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.stmt) and not isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.If, ast.For,
                                                                 ast.While, ast.With, ast.Try)):
            if any("# data" in lines[i - 1] for i in range(node.lineno, (node.end_lineno or node.lineno) + 1)):
                marked |= set(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    found, parts = [], set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # an f-string reads as a whole: "Sales {x} against {y}"
            parts |= {id(v) for v in node.values}
            text = "".join(v.value if isinstance(v, ast.Constant) else "X" for v in node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs | parts:
            text = node.value
        else:
            continue
        if node.lineno not in marked and (_HAN.search(text) or _SENTENCE.search(text)):
            found.append(f"line {node.lineno}: {text[:70]!r}")
    return found


@pytest.mark.parametrize("path", _domain_modules(), ids=_module_id)
def test_no_domain_module_writes_a_sentence(path):
    found = _sentences(path)
    assert not found, (f"{path.name} writes {len(found)} sentence(s) or label(s) itself; move them to its catalog in "
                       f"shopanalysis/text/ (or mark data with '# data'):\n" + "\n".join(found[:40]))


@pytest.mark.parametrize("path", _domain_modules(), ids=_module_id)
def test_no_domain_module_branches_on_the_language(path):
    found = _language_branches(ast.parse(path.read_text(encoding="utf-8")))
    assert not found, f"{path.name} branches on the language; use the text layer:\n" + "\n".join(found)


_HAN = re.compile(r"[\u4e00-\u9fff]")

# --- what a report page shows -----------------------------------------------------------

REPORTS = [r.name for r in runner.list_reports()]
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


def visible_text(page: str) -> str:
    """Return the text a reader sees on a report page (no styles, scripts or tags)."""
    body = re.sub(r"<(style|script)\b.*?</\1>", " ", page, flags=re.S | re.I)
    body = re.sub(r"<[^>]+>", " ", body)
    return re.sub(r"\s+", " ", html.unescape(body))


def chinese_share(text: str) -> float:
    """Share of the letters a reader sees that are Chinese characters (Han / (Han + Latin letters))."""
    han, latin = len(_HAN.findall(text)), len(_LATIN.findall(text))
    return han / (han + latin) if han + latin else 0.0


@pytest.fixture(scope="module")
def pages(report_runs):
    """Each report's page in each language, from the session's shared runs (two at a time)."""
    runs = report_runs([(report, {"lang": lang}) for report in REPORTS for lang in LANGUAGES])

    def page(report: str, lang: str) -> str:
        res = runs[REPORTS.index(report) * len(LANGUAGES) + LANGUAGES.index(lang)]
        assert res.error is None, res.error
        return (res.folder / f"{res.folder.parent.name}.html").read_text(encoding="utf-8")

    return page


def _codes_on_page(report: str) -> set[str]:
    """Words that are codes, not language: parameter names, table names, enum codes."""
    rep = runner.get_report(report)
    codes = {p for p in rep.parameters if "_" in p}
    codes |= {t for t in TABLES if "_" in t}
    for enum in vocab.enum_names():
        codes |= {c for c in vocab.vocabulary().values[enum] if "_" in c}
    return codes


@pytest.mark.parametrize("report", REPORTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_report_page_reads_in_its_language_without_codes(pages, report, lang):
    text = visible_text(pages(report, lang))
    share = chinese_share(text)
    if lang == "zh":
        assert share >= 0.80, f"{report} (zh) is {share:.0%} Chinese"
    else:
        assert share <= 0.30, f"{report} (en) is {share:.0%} Chinese"
    text = re.sub(r"-p [a-z_]+=\S+", "", text)  # a run option to type ("-p include_phone=true") is a command
    shown = sorted(c for c in _codes_on_page(report) if re.search(rf"(?<![\w.]){re.escape(c)}(?![\w])", text))
    assert not shown, f"{report} ({lang}) shows codes: {shown}"
    snake = sorted(set(re.findall(r"\b[a-z]+(?:_[a-z0-9]+)+\b", text)))
    assert not snake, f"{report} ({lang}) shows snake_case names: {snake}"
