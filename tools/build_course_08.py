"""Write notebooks/course/08_your_own_exports.ipynb (outputs empty).

Run: .venv/bin/python tools/build_course_08.py
The lesson template and the builder are documented in shopanalysis/course/authoring.py.
"""

from shopanalysis.course.authoring import LessonBuilder

b = LessonBuilder("08")

b.goal("""\
Run the reports on your own shop: know which files to download from 生意参谋, 直通车 and
赤兔, put them in one folder, read them with the package (and see how it maps the Chinese
headers), understand what its error messages tell you, and run the daily review on the
folder.""")

b.setup("""\
import shutil
import tempfile
from pathlib import Path""")

b.section("The idea: your exports, as they are", """\
Everything so far ran on the demo shop's tidy tables. Your shop's data comes from the
platforms' download buttons, and those files are messier: Chinese headers, a title line
above the header, a 合计 (totals) row at the bottom, numbers like `"2,235"`, rates like
`63.85%`, dates like `2026/08/01`, and often the GBK encoding instead of UTF-8. You do not
clean them. The package's reader (`sa.read_table` for one file, `sa.load_shop` for a
folder) accepts them as they are, maps each column to the table it belongs to, checks
the values, and stops with a clear message when something is really wrong.

**Which files to download.** One export per table, by day (分日), for the period you want
(a month or more: the review compares with last week and plans the month from the eight
weeks before it). The daily review needs `shop_daily` and `targets`; `traffic_sources` and
`products_daily` add their sections; the others feed the checklist (a section whose export
is missing says N/A). Where each one lives in the platforms' menus (they move a little
between versions), and the file names the reader recognises:""")
b.code("""\
sa.present.table(sa.course.exports.download_guide())""")
b.md("""\
**How to keep them.** Put one shop's files in one folder (a folder per shop). Keep the
file name the platform gives it or rename it to the table name (`shop_daily.xlsx`);
monthly files of one table (`店铺整体_2026-09.csv`, `店铺整体_2026-10.csv`) are stacked
in date order. CSV or XLSX both work.""")

b.section("What a raw export looks like", """\
The package ships a second sample shop, a JD home-goods shop (木棉家居京东专营店), written
exactly the way the platforms export: GBK text, a title line, Chinese headers, a 合计
row. Its folder is `sa.jd_dir()`:""")
b.code("""\
sorted(p.name for p in sa.jd_dir().iterdir())""")
b.code("""\
raw = (sa.jd_dir() / "店铺整体.csv").read_text(encoding="gbk")
lines = raw.splitlines()
print("\\n".join(lines[:4]))
print("...")
print(lines[-1])""")
b.md("""\
Line 1 is a title, line 2 the header, then one row per day, and a 合计 row at the end.
Note the columns 支付转化率 and 客单价: the platform derives them, so the reader
recomputes them from their parts (a rate must be a ratio of sums, lesson 01) and only
warns if the file's values disagree.""")

b.section("Reading one file", """\
`sa.read_table(path, table)` reads one file as one table of the data contract:""")
b.code("""\
jd_days = sa.read_table(sa.jd_dir() / "店铺整体.csv", "shop_daily")
jd_days.tail(3)""")
b.md("""\
English column names, real dates, numbers as numbers, rates as fractions (63.85% is
0.6385), and no 合计 row: the table ends on 2026-10-31. Which header becomes which
column? The contract lists every name the reader accepts for each column (matching
ignores spaces, case and full-width brackets, and understands units such as 支付金额(元)
or 平均停留时长(秒)):""")
b.code("""\
sa.course.exports.columns_guide("shop_daily")""")

b.section("Reading a folder", """\
`sa.load_shop(folder)` reads every file it recognises, by its name (or, failing that, by
its header row), and checks the tables against each other (sources adding up to the
shop, and so on; on your own exports a failed check is a warning, not an error):""")
b.code("""\
jd = sa.load_shop(sa.jd_dir())
jd""")
b.code("""\
jd.files""")

b.section("When a file cannot be read: DataError", """\
A file the reader cannot trust stops it with a `DataError`. Its message is written for
you, not for a programmer: the **first line** names the file, the table, the column and
the problem; the **next lines** quote up to five bad rows, numbered the way Excel and a
text editor number the lines of the file (title and header included), with the value as
written; the **last line** says what was expected.

To see one without spoiling the bundled files, make a copy of the JD shop's 店铺整体.csv
in a temporary folder with a typo in it: the letter O typed for a zero in the 支付金额
of 2026/10/15, the kind of slip a hand-edited sheet gets.""")
b.code("""\
scratch = Path(tempfile.mkdtemp())
broken = sa.course.exports.break_export(sa.jd_dir() / "店铺整体.csv", scratch,
                                        row="2026/10/15", column="支付金额", value="4,121.6O")
broken.old, broken.new""")
b.md("""\
Read it. (`try` / `except` catches the error so that the lesson can print its message and
go on; in a report the message is what you see.)""")
b.code("""\
try:
    sa.read_table(broken.path, "shop_daily")
except sa.DataError as err:
    print(err)""")
b.md("""\
The fix is in the message: open the file, go to that row, correct the 支付金额 cell, save
it as it was (CSV or XLSX), run again. A second kind of error: the platform renamed a
column (访客数 became 访问人数 in a new export version).""")
b.code("""\
renamed = sa.course.exports.break_export(sa.jd_dir() / "店铺整体.csv", scratch,
                                         row=None, column="访客数", value="访问人数")
try:
    sa.read_table(renamed.path, "shop_daily")
except sa.DataError as err:
    print(err)""")
b.md("""\
It lists the header names it accepts for the missing column, and the header it found:
rename the column to one of them (or tell the package's maintainer about the new name).
Other messages you may meet, each naming the rows and what was expected: a rate mixing
`2.35%` and `0.0235` in one column, an ambiguous date such as `10/01/2026`, a 合计 row in
the middle of the data (two reports pasted into one sheet), two rows for one day with
different numbers (overlapping downloads), a count that is not whole, a file that is
neither UTF-8 nor GBK. A `DataWarning` (not an error) names columns it dropped, or a
platform rate that disagrees with the one it recomputed: read it, and carry on.""")

b.section("One thing the platforms do not export: your targets", """\
The JD folder has no targets, and the daily review paces the month against one. Without
it, pacing stops with a message that says what it looked for (the daily review then shows
this message as its pacing section, N/A, and reviews the rest):""")
b.code("""\
try:
    sa.sales.pace_month(jd.shop_daily, jd.targets, "2026-10-15")
except sa.DataError as err:
    print(err)""")
b.md("""\
Decide what to do about it in exercise 8.3; then the last section runs the report.""")

b.exercise("check_08_jd_conversion", """\
What was the JD shop's conversion rate in October 2026? Use the tables read from its raw
exports (`jd.shop_daily`), select October, and use the right function.""",
           """\
jd_october = jd.shop_daily[jd.shop_daily["date"].between("2026-10-01", "2026-10-31")]
answer = sa.metrics.conversion_rate(jd_october)""")
b.exercise("check_08_error_row", """\
In the message about the typo above, which row of the file must you open to fix it? Give
the row number as the message gives it (a whole number).""",
           "answer = broken.line")
b.exercise("check_08_missing_targets", """\
Pacing stopped because the JD shop has no targets file. What do you do?""",
           'answer = "B"')

b.section("Run the daily review on a folder", """\
The JD shop's owner sets its targets: 19万 for August, 20万 for September, 24万 for
October. Copy the exports into a working folder and add a small `销售目标.csv` next to
them (`utf-8-sig` is the UTF-8 that Excel opens correctly). For your own shop you would
make it once in Excel: two columns, 月份 and 销售目标, one row per month.""")
b.code("""\
exports = Path(tempfile.mkdtemp()) / "jd_exports"
shutil.copytree(sa.jd_dir(), exports)
targets = pd.DataFrame({"月份": ["2026-08", "2026-09", "2026-10"], "销售目标": [190000, 200000, 240000]})
targets.to_csv(exports / "销售目标.csv", index=False, encoding="utf-8-sig")
sorted(p.name for p in exports.iterdir())""")
b.md("""\
In a terminal, from the project folder, the report runs with (write
`.venv/bin/shopanalysis` unless you ran `source .venv/bin/activate`, as in lesson 00; and
your folder's path in place of `path/to/jd_exports`):

```bash
shopanalysis run daily-review -p date=2026-10-15 -p shop_name=木棉家居京东专营店 --data path/to/jd_exports
```

`shopanalysis list` shows every report and its parameters.

It writes `reports/daily_review/2026-10-15/` with the executed notebook, an HTML page to
open in a browser (add `--pdf` for a PDF) and `metrics.json`. A run that fails says which
cell and why, in the same words as the messages above. From Python the same run is
`sa.runner.run_report`; here it writes into a temporary folder (it takes a few seconds):""")
b.code("""\
reports = Path(tempfile.mkdtemp())
result = sa.runner.run_report("daily-review", {"date": "2026-10-15", "shop_name": sa.samples.JD_SHOP},
                              data_dir=exports, out_dir=reports)
[p.name for p in result.files]""")
b.code("""\
{name: result.metrics[name] for name in ["paid_amount", "sales_change_pct", "pace_ratio", "needed_per_day"]}""")
b.code("""\
pd.Series(result.metrics["checklist"], name="status")""")
b.md("""\
The same review as the demo shop's, on a different shop's raw files. Sections whose
exports are missing (no roster, no after-sales cases, no design tasks here) say N/A rather
than stop; so would pacing, without the targets file. To review another day, change `-p date=...`; for a month of days,
`-p date=2026-10-01..2026-10-31`. That is the routine: download, drop into the folder,
run, read, act. Every morning.""")

b.recap("""\
- Download one export per table, by day: 生意参谋 (店铺整体, 流量来源, 商品效果),
  直通车 (关键词报表), 赤兔 (客服绩效), and write your own 销售目标.csv. One folder per shop.
- `sa.read_table(file, table)` reads one export as it is (GBK, title line, 合计, `2,235`,
  `63.85%`); `sa.load_shop(folder)` reads them all; `sa.course.exports.columns_guide(table)`
  lists the headers it accepts.
- A `DataError` names the file, table, column, the rows as Excel numbers them, and what
  was expected: fix the file there and run again. A `DataWarning` is for reading, not
  stopping.
- `shopanalysis run daily-review -p date=YYYY-MM-DD --data your_folder` runs the review
  on your shop.""")

if __name__ == "__main__":
    print(f"wrote {b.write()}")
