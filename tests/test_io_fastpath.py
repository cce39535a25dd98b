"""The reader's fast path (Arrow's CSV reader and casts) against its tolerant path.

Random rows of the demo shop's tables are written as CSV (UTF-8 or GBK), then dirtied the
ways exports are ("1,234", "￥", "%", "-", blanks, full-width digits, trailing spaces, quoted
cells, a title line, a totals row, a blank line, a note); ``read_table`` must return the
same frame through both paths, or raise the same DataError, with the same warnings.
"""

from __future__ import annotations

import csv
from pathlib import Path
import io
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import shopanalysis.io as sio
from shopanalysis import DataError, samples
from shopanalysis._schema import TABLES

TABLE_NAMES = ["shop_daily", "orders", "ppc_keywords", "after_sales", "cs_agents"]  # data


@pytest.fixture(scope="module")
def demo_text() -> dict[str, pd.DataFrame]:
    """The demo tables as their files write them (every cell text)."""
    out = {}
    for name in TABLE_NAMES:
        path = samples.demo_dir() / f"{name}.csv"
        out[name] = pd.read_csv(path, dtype=str, keep_default_na=False).head(400)
    return out


def read_both(path, name, **kwargs):
    """Return (frame or error, warnings) of read_table through the fast and the tolerant path."""
    out = []
    for fast in (True, False):
        old = sio._fast_path
        sio._fast_path = fast
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                try:
                    result = sio.read_table(path, name, **kwargs)
                except DataError as exc:
                    result = exc
        finally:
            sio._fast_path = old
        out.append((result, [str(w.message) for w in caught]))
    return out


def assert_same(path, name, **kwargs):
    (fast, fast_warned), (slow, slow_warned) = read_both(path, name, **kwargs)
    if isinstance(slow, DataError) or isinstance(fast, DataError):
        assert type(fast) is type(slow), (fast, slow)
        assert str(fast) == str(slow)
    else:
        pd.testing.assert_frame_equal(fast, slow, check_exact=True)
    assert fast_warned == slow_warned
    return fast


FULL = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _thousands(cell: str) -> str:
    whole, dot, frac = cell.partition(".")
    if not whole.lstrip("-").isdigit():
        return cell
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-')):,}{dot}{frac}"


DIRT = {  # data: how a cell is dirtied
    "thousands": _thousands,
    "yuan": lambda c: "￥" + c,
    "yuan_suffix": lambda c: c + "元",
    "percent": lambda c: c + "%",
    "dash": lambda c: "-",
    "double_dash": lambda c: "--",
    "blank": lambda c: "",
    "spaces": lambda c: "   ",
    "full_width": lambda c: c.translate(FULL),
    "trailing_space": lambda c: c + " ",
    "leading_space": lambda c: " " + c,
    "na": lambda c: "N/A",
    "text": lambda c: "abc",
    "slash_date": lambda c: c.replace("-", "/"),
    "excel_error": lambda c: "#DIV/0!",
    "wan": lambda c: c + "万",
}


@st.composite
def dirty_files(draw, tables):
    name = draw(st.sampled_from(TABLE_NAMES))
    frame = tables[name]
    n = draw(st.integers(1, min(40, len(frame))))
    start = draw(st.integers(0, len(frame) - n))
    rows = [list(r) for r in frame.iloc[start:start + n].itertuples(index=False, name=None)]
    header = list(frame.columns)
    for _ in range(draw(st.integers(0, 4))):
        i = draw(st.integers(0, n - 1))
        j = draw(st.integers(0, len(header) - 1))
        rows[i][j] = DIRT[draw(st.sampled_from(sorted(DIRT)))](rows[i][j])
    if draw(st.booleans()):  # a whole column dirtied the same way (a column the fast path cannot cast)
        j = draw(st.integers(0, len(header) - 1))
        how = DIRT[draw(st.sampled_from(["thousands", "yuan", "trailing_space", "full_width", "slash_date"]))]
        for r in rows:
            r[j] = how(r[j])
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=quoting, lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    if draw(st.booleans()):
        buf.write("关键词报表 2025-11-01 至 2025-11-30\n")  # data: a title line
    writer.writerow(header)
    for i, r in enumerate(rows):
        writer.writerow(r)
        if i == n // 2 and draw(st.integers(0, 9)) == 0:
            buf.write("\n")  # a blank line inside the table
    extra = draw(st.sampled_from(["", "totals", "note", "short", "wide"]))
    if extra == "totals":
        writer.writerow(["合计"] + [""] * (len(header) - 1))
    elif extra == "note":
        buf.write("数据来源：生意参谋\n")
    elif extra == "short":
        writer.writerow(rows[-1][:-1])
    elif extra == "wide":
        writer.writerow(rows[-1] + ["x"])
    text = buf.getvalue()
    if draw(st.booleans()):
        text = text.rstrip("\n")  # no final line break
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gb18030"]))
    return name, text.encode(encoding, errors="replace")


@pytest.mark.filterwarnings("ignore")
def test_fast_and_tolerant_paths_agree_on_dirty_files(tmp_path, demo_text, monkeypatch):
    monkeypatch.setenv("SHOPANALYSIS_TODAY", "2026-11-01")
    taken = []
    real = sio._Raw._body_arrow

    def spy(self, *args):
        out = real(self, *args)
        taken.append(out is not None)
        return out

    monkeypatch.setattr(sio._Raw, "_body_arrow", spy)
    path = tmp_path / "export.csv"

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(dirty_files(demo_text))
    def check(case):
        name, data = case
        path.write_bytes(data)
        assert_same(path, name)

    check()
    # Both kinds of file came up: ones the fast reader took and ones it left to the careful one.
    assert any(taken) and not all(taken)


def _spy_typed(monkeypatch) -> list[frozenset]:
    """Record the body positions each reader was given as numbers read by Arrow."""
    seen = []
    real = sio._TableReader.__init__

    def init(self, *args, **kwargs):
        real(self, *args, **kwargs)
        seen.append(self.typed)

    monkeypatch.setattr(sio._TableReader, "__init__", init)
    return seen


def test_clean_file_takes_the_fast_path_and_reads_the_same(tmp_path, demo_text, monkeypatch):
    seen = _spy_typed(monkeypatch)
    path = tmp_path / "ppc_keywords.csv"
    demo_text["ppc_keywords"].to_csv(path, index=False)
    frame = assert_same(path, "ppc_keywords")
    assert len(frame) == len(demo_text["ppc_keywords"])
    # Every count, money and number column of the clean file was read as numbers by Arrow (the
    # first read); the tolerant read (second) had none.
    header = list(demo_text["ppc_keywords"].columns)
    numeric = {header.index(c.name) for c in TABLES["ppc_keywords"].columns if c.kind in {"int", "money", "float"}}
    assert seen == [frozenset(numeric), frozenset()]


def test_the_body_is_parsed_into_the_system_allocator_unless_one_is_chosen(tmp_path, demo_text, monkeypatch):
    # Arrow's default allocator made big reads 3-4x slower on a VM (freed memory faulted in again);
    # the reader puts the body in the system allocator, unless ARROW_DEFAULT_MEMORY_POOL chooses.
    from pyarrow import csv as pacsv

    pools = []
    read_csv = pacsv.read_csv

    def spy(*args, **kwargs):
        pool = kwargs.get("memory_pool")
        pools.append(None if pool is None else pool.backend_name)
        return read_csv(*args, **kwargs)

    monkeypatch.setattr(pacsv, "read_csv", spy)
    path = tmp_path / "shop_daily.csv"
    demo_text["shop_daily"].to_csv(path, index=False)
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL", raising=False)
    first = sio.read_table(path, "shop_daily")
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "mimalloc")
    pd.testing.assert_frame_equal(sio.read_table(path, "shop_daily"), first)
    assert pools == ["system", None]


def test_a_refusal_on_the_typed_path_quotes_the_text_and_warns_once(tmp_path, demo_text, monkeypatch):
    # 点击率 disagrees with its parts on one row (a warning), and a key repeats (a refusal, after the
    # warning): the typed read gives up, the text read warns once and quotes the cells as written.
    seen = _spy_typed(monkeypatch)
    frame = demo_text["ppc_keywords"].copy()
    clicks, shows = frame["clicks"].astype(int), frame["impressions"].astype(int)
    frame["点击率"] = [f"{c / s:.2%}" if s else "0.00%" for c, s in zip(clicks, shows)]
    frame.loc[5, "点击率"] = "99.00%"
    frame.loc[9, ["date", "campaign", "keyword"]] = frame.loc[8, ["date", "campaign", "keyword"]].tolist()
    frame.loc[9, "cost"] = "007.50"
    path = tmp_path / "kw.csv"
    frame.to_csv(path, index=False)
    (fast, fast_warned), (slow, slow_warned) = read_both(path, "ppc_keywords")
    assert isinstance(fast, DataError) and str(fast) == str(slow)
    assert len(fast_warned) == 1 and fast_warned == slow_warned and "99.00%" in fast_warned[0]
    assert seen[0] and seen[1] == frozenset()  # typed first, then read again as text


def test_only_plain_numbers_are_typed(tmp_path, demo_text, monkeypatch):
    # A column whose first rows show "1,234" stays text (Arrow would refuse it anyway); the others are
    # typed. With one plain-number column left, nothing is typed (a one-cell note could not be told).
    seen = _spy_typed(monkeypatch)
    frame = demo_text["ppc_keywords"].copy()
    frame["impressions"] = [f"{int(c):,}" for c in frame["impressions"]]
    path = tmp_path / "kw.csv"
    frame.to_csv(path, index=False)
    assert_same(path, "ppc_keywords")
    header = list(frame.columns)
    assert seen[0] and header.index("impressions") not in seen[0] and header.index("clicks") in seen[0]
    seen.clear()
    for c in TABLES["ppc_keywords"].columns:
        if c.kind in {"int", "money", "float"} and c.name != "clicks":
            frame[c.name] = ["¥" + v for v in demo_text["ppc_keywords"][c.name]]
    frame.to_csv(path, index=False)
    assert_same(path, "ppc_keywords")
    assert seen[0] == frozenset()


def test_one_dirty_column_leaves_the_others_on_the_fast_path(tmp_path, demo_text):
    frame = demo_text["ppc_keywords"].copy()
    frame["cost"] = ["￥" + c for c in frame["cost"]]
    frame["impressions"] = [f"{int(c):,}" for c in frame["impressions"]]
    path = tmp_path / "kw.csv"
    frame.to_csv(path, index=False, encoding="gb18030")
    got = assert_same(path, "ppc_keywords")
    assert got["impressions"].dtype == np.int64
    assert got["cost"].tolist() == [float(c) for c in demo_text["ppc_keywords"]["cost"]]


@pytest.mark.parametrize("cell, message", [
    ("12345678901234567", "15"),  # a count too long to be real
    ("-3", "-3"),  # a negative count
    ("1.5", "1.5"),  # a fractional count
])
def test_errors_in_clean_looking_numbers_are_the_tolerant_ones(tmp_path, demo_text, cell, message):
    frame = demo_text["ppc_keywords"].copy()
    frame.loc[7, "impressions"] = cell
    path = tmp_path / "kw.csv"
    frame.to_csv(path, index=False)
    (fast, _), (slow, _) = read_both(path, "ppc_keywords")
    assert isinstance(fast, DataError) and str(fast) == str(slow)
    assert "9" in str(fast).split("\n")[1] and message in str(fast)


def test_dates_the_fast_cast_would_misread_go_the_tolerant_way(tmp_path, demo_text):
    frame = demo_text["ppc_keywords"].copy()
    frame.loc[3, "date"] = "2025-02-30"  # Arrow's strptime would roll this over to March
    path = tmp_path / "kw.csv"
    frame.to_csv(path, index=False)
    (fast, _), (slow, _) = read_both(path, "ppc_keywords")
    assert isinstance(fast, DataError) and str(fast) == str(slow)
    assert "2025-02-30" in str(fast)


@pytest.mark.parametrize("body", [
    '2026-10-01,100,3,"299.5\n2026-10-02,100,3,299.5\n2026-10-03,100,3,299.5\n',  # a quote never closed
    '2026-10-01,100,3,2"99.5\n2026-10-02,100,3,299.5\n',  # a quote inside a cell
    '2026-10-01,100,3,"29"9.5\n2026-10-02,100,3,"1,299.5"\n',  # text after a closing quote, a quoted separator
    '2026-10-01,100,3,"299.5\n"\n2026-10-02,100,3,299.5\n',  # a quoted line break
    '2026-10-01,100,3,299.5\n\n2026-10-02,100,3,299.5\n',  # a blank line
    '2026-10-01,100,3,299.5\r2026-10-02,100,3,299.5\r',  # old Mac line ends
    '2026-10-01,100,3,299.5\n2026-10-02,100\r,3,299.5\n',  # a carriage return inside a row
    '2026-10-01,100,3,299.5\n2026-10-02,100,3,299.5',  # no line break after the last row
    '2026-10-01,100,3,299.5\n2026-10-02,100,3\n',  # a short last row
    '2026-10-01,100,3,299.5\n2026-10-02,100,3,299.5,7\n',  # a wide row
])
def test_quotes_and_ragged_rows_read_the_same(tmp_path, body):
    path = tmp_path / "shop_daily.csv"
    path.write_bytes(("date,visitors,paying_buyers,paid_amount\n" + body).encode("utf-8"))
    assert_same(path, "shop_daily")


@pytest.mark.parametrize("kind", ["percent_numbers", "percent_text", "mixed", "uncached_formula"])
def test_calamine_and_openpyxl_read_a_workbook_the_same(tmp_path, monkeypatch, kind):
    pytest.importorskip("python_calamine")
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["日期", "访客数", "支付买家数", "支付金额", "跳失率"])
    for i in range(1, 31):
        day = pd.Timestamp("2026-09-01") + pd.Timedelta(days=i - 1)
        as_text = kind == "percent_text" or (kind == "mixed" and i % 2)
        rate = f"{40 + i / 10:.1f}%" if as_text else 0.4 + i / 1000  # a percent as text, or as a number
        amount = f"=B{i + 1}*0.5" if kind == "uncached_formula" and i == 3 else 2999.5 + i
        sheet.append([day.to_pydatetime(), 1000 + i, 30 + i, amount, rate])
    path = tmp_path / "店铺整体.xlsx"
    book.save(path)
    got = []
    for engine in ("calamine", "openpyxl"):
        monkeypatch.setattr(sio, "_excel_engine", engine)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                got.append((sio.read_table(path, "shop_daily"), [str(w.message) for w in caught]))
            except DataError as exc:
                got.append((str(exc), [str(w.message) for w in caught]))
    (a, wa), (b, wb) = got
    if kind in ("mixed", "uncached_formula"):  # refused, the same way by both
        assert isinstance(a, str) and a == b
        assert ("D4" if kind == "uncached_formula" else "0.402") in a
    else:
        pd.testing.assert_frame_equal(a, b, check_exact=True)
        assert len(a) == 30 and a["bounce_rate"].iloc[0] == pytest.approx(0.401)
    assert wa == wb


CELL_TEXT = st.text(alphabet=st.sampled_from(list("ab1eE=\" \t\u3000\xa0中文")), max_size=5)


@settings(max_examples=200, deadline=None)
@given(st.lists(CELL_TEXT, min_size=1, max_size=30), st.integers(0, 5))
def test_str_marks_search_agrees_with_the_pattern(cells, skip):
    # _has_str_marks searches the Arrow bytes; on any column (or a slice of one) it must say what
    # the regular expression says.
    s = pd.Series(cells, dtype="str").iloc[min(skip, len(cells) - 1):].reset_index(drop=True)
    assert sio._has_str_marks(s) == bool(s.str.contains(sio._STR_MARKS, regex=True).any())


MARKER_TEXT = st.one_of(st.sampled_from(sorted(sio._MISSING_CELLS | sio._TOTAL_CELLS)),
                        st.text(alphabet=st.sampled_from(list("-/a合计Total: 中")), max_size=8))


@settings(max_examples=200, deadline=None)
@given(st.lists(MARKER_TEXT, min_size=1, max_size=30), st.integers(0, 5),
       st.sampled_from([sio._MISSING_CELLS, sio._TOTAL_CELLS]))
def test_marker_lookup_by_length_agrees_with_isin(cells, skip, markers):
    # _isin_short skips the cells longer (in UTF-8 bytes) than every marker; it must mark exactly
    # what Series.isin marks, on a column or a slice of one.
    s = pd.Series(cells, dtype="str").iloc[min(skip, len(cells) - 1):].reset_index(drop=True)
    assert sio._isin_short(s, markers).tolist() == s.isin(markers).tolist()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "中", None]), st.integers(0, 3), st.integers(0, 2)),
                min_size=1, max_size=40))
def test_may_repeat_finds_every_repeated_key(rows):
    text = pd.Series([r[0] for r in rows], dtype="str")
    numbers = pd.Series([r[1] for r in rows], dtype="int64")
    days = pd.Series(pd.to_datetime("2026-10-01") + pd.to_timedelta([r[2] for r in rows], unit="D"))
    columns = [days, text, numbers]
    repeated = pd.DataFrame({i: c for i, c in enumerate(columns)}).duplicated().any()
    if not repeated:  # no false "no repeat": a repeat is always found (a missing value may be a false alarm)
        assert not sio._may_repeat(columns) or text.isna().any()
    else:
        assert sio._may_repeat(columns)
    # One text column as the whole key (the sorted way)
    alone = text.duplicated().any()
    assert sio._may_repeat([text]) == alone or (text.isna().any() and sio._may_repeat([text]))
    # Ids of digits are compared as numbers first: 7 and 007 look alike there, and are told apart.
    ids = pd.Series([f"{r[1]:0{r[2] + 1}d}" for r in rows], dtype="str")
    assert sio._may_repeat([ids]) == ids.duplicated().any()


LINE_TEXT = st.lists(st.sampled_from(list("a,1 \t中文\u3000\x85\x1c\né") + ["\r\n"]), max_size=60).map("".join)


@settings(max_examples=300, deadline=None)
@given(LINE_TEXT, st.booleans(), st.integers(1, 70), st.integers(0, 70))
def test_a_lazily_decoded_file_shows_the_text_it_would_decode_to(text, bom, size, offset):
    # A UTF-8 file opened without decoding: its head, its last line break and whether text follows a
    # line start agree with the decoded text (line ends as \n), however the head cuts a character.
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    lazy = sio._Raw(Path("x.csv"), "x.csv", "text", data=data)
    whole = text.replace("\r\n", "\n")
    head, complete = lazy.head(size)
    assert head == whole[:size] and complete == (len(head) == len(whole))
    assert lazy.ends_with_newline() == whole.endswith("\n")
    starts = [0] + [i + 1 for i, c in enumerate(whole) if c == "\n"]
    start = starts[min(offset, len(starts) - 1)]
    assert lazy._has_text_after(start) == bool(sio._NON_SPACE.search(whole, start))
    assert lazy.text == whole


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["是", "否", " True", "false", "", "-", "中文", "a"]), min_size=1, max_size=30),
       st.integers(0, 3))
def test_arrow_codes_are_pandas_codes(cells, skip):
    s = pd.Series(cells, dtype="str").iloc[min(skip, len(cells) - 1):]
    codes, uniq = sio._factorize(s)
    want_codes, want_uniq = pd.factorize(s.reset_index(drop=True))
    assert codes.tolist() == want_codes.tolist()
    pd.testing.assert_series_equal(uniq, pd.Series(want_uniq, dtype="str"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(list("ab1 \t\u3000\xa0\x85\u2003\u1680\x1c中\r")), max_size=3).map("".join),
                min_size=1, max_size=10), st.integers(0, 5))
def test_no_blank_cell_is_missed_by_the_first_byte_test(cells, skip):
    # _may_be_blank may say "maybe" wrongly, never "no" where a cell is white space only.
    s = pd.Series(cells, dtype="str").iloc[min(skip, len(cells) - 1):].reset_index(drop=True)
    if (s.str.isspace().fillna(False) & s.ne("")).any():
        assert sio._may_be_blank(s)
    if not any(c[:1].isspace() for c in s):
        assert not sio._may_be_blank(s) or any(ord(c[:1] or "a") > 127 for c in s)
