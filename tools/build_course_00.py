"""Write notebooks/course/00_how_to_use_this_course.ipynb (outputs empty).

Run: .venv/bin/python tools/build_course_00.py
The lesson template and the builder are documented in shopanalysis/course/authoring.py.
"""

from shopanalysis.course.authoring import LessonBuilder
from shopanalysis.course.lessons import LESSONS

b = LessonBuilder("00")

lesson_list = "\n".join(f"| {l.number} | [{l.title}]({l.file}) | {l.zh} | {l.teaches} | ~{l.minutes} min |"
                        for l in LESSONS)

b.goal("""\
By the end of this lesson you can run a notebook cell by cell, find the demo shop's data,
look at a table the way you would in Excel, and answer an exercise and read what the
checker says. You will also see, in one line of arithmetic, why the course keeps asking
you to do the same morning routine every day.""")

b.section("What this course is", f"""\
A new shop operator (运营助理) spends the first hour of every day on the same questions:
how did yesterday go, are we on track for the month, where did the visitors come from,
which 直通车 keywords burn money, is customer service answering fast enough. The course
teaches those questions one lesson at a time, on a demo shop with a whole year of data:
**栖梧女装旗舰店**, a Tmall women's-apparel shop, 2025-11-01 to 2026-10-31. The last
lesson runs the same reports on your own shop's exports.

| # | lesson | 中文 | what it teaches | time |
|---|---|---|---|---|
{lesson_list}

Take them in order: each one uses what the ones before taught. A [glossary](glossary.md)
lists every metric with its Chinese name, formula and the lesson that teaches it.

**Your copy.** Work in your own copy of the lessons, made once in a terminal, in the
project folder, with `.venv/bin/shopanalysis course --student student`: it writes the
lessons to the folder `student/` with the answers taken out. Open them with
`.venv/bin/jupyter lab student/`. (After `source .venv/bin/activate` you can drop the
`.venv/bin/`.) If this file sits in `student/`, you are in your copy already. The
originals in `notebooks/course/` hold the solutions: keep them for when you are really
stuck.""")

b.section("Jupyter in five minutes", """\
A notebook is a list of **cells**. Text cells, like this one, explain. **Code cells**
(grey boxes with `[ ]:` on their left) hold Python and show their result underneath.

- **Run a cell**: click into it and press **Shift+Enter**. The result appears below it
  and the next cell is selected, so pressing Shift+Enter again and again walks you
  through the lesson. While a cell runs its mark is `[*]`; when it is done it gets a
  number, `[5]`, the order in which cells ran.
- **Run from the top.** Cells share their memory: a cell can use a name (`days`,
  `october`) that an earlier cell made. If you see `NameError: name 'days' is not
  defined`, a cell above was not run: run the lesson from the top.
- **When things get strange** (a number that should not have changed, an error that
  makes no sense), use the menu **Kernel > Restart Kernel and Run All Cells**. It
  empties the memory and runs everything again from the top. Your edits are kept.
- **Save** with Ctrl+S (Cmd+S on a Mac); Jupyter also saves every few minutes.
- **Edit a text cell** by double-clicking it; Shift+Enter shows it formatted again.
- **Help on a function**: run `help(sa.metrics.conversion_rate)`, or put the cursor
  just after its name and press Shift+Tab.

The two code cells near the top of every lesson are always the same: they load the
package (`import shopanalysis as sa`, and pandas, the table library) and set a switch,
`interactive`, that turns the widgets on. If you have not run them yet, scroll up and
run them now; then run the cell below. Python is a calculator too.""")
b.code("""\
7378 * 0.0187 * 303.88""")
b.md("""\
That is, give or take the rounding of 1.87%, what the demo shop sold on 2026-10-15:
7,378 visitors, of whom 1.87% paid, spending ¥303.88 each. Lesson 01 is about exactly this product.""")

b.section("Where the data is", """\
The demo shop's data ships with the package: one CSV file per table, in a folder that
`sa.demo_dir()` names. (Each file is a table of the *data contract*: English column
names, rates as fractions. Lesson 08 shows the files as the platforms export them, in
Chinese, and how the package reads those.)""")
b.code("""\
sorted(p.name for p in sa.demo_dir().glob("*.csv"))""")
b.md("""\
`shop_daily.csv` is the shop's day by day totals, what 生意参谋 shows on its 整体看板
(dashboard). `sa.load_demo_shop` reads tables into a `Shop`; the table itself is a pandas
**DataFrame**, a sheet with named columns. `.head()` shows its first rows.""")
b.code("""\
shop = sa.load_demo_shop(tables=["shop_daily"])
days = shop.shop_daily
days.head()""")
b.md("""\
The column names are English; `sa.present.table` shows a table with the Chinese headers
生意参谋 uses and numbers formatted the way Chinese reports write them (¥3.27万 is
32,700 yuan):""")
b.code("""\
sa.present.table(days.head())""")

b.section("Three moves you know from Excel", """\
Almost everything in the lessons is one of three moves. A **column** (Excel: a column,
and the sum at its foot):""")
b.code("""\
days["paid_amount"].sum()""")
b.md("""\
(`np.float64(...)` is how Python labels a number that came out of a table; read it as
the number inside: here, a whole year of 支付金额, in yuan.)""")
b.md("""\
**Rows that match** (Excel: a filter). `days["date"] == "2026-10-15"` is True on one row;
putting it in `days[...]` keeps that row. `.between` keeps a range of days:""")
b.code("""\
days[days["date"] == "2026-10-15"]""")
b.code("""\
october = days[days["date"].between("2026-10-01", "2026-10-31")]
len(october)""")
b.md("""\
**The row with the biggest value** (Excel: sort descending, take the top): `idxmax()`
finds it, `.loc[...]` fetches it. The biggest day of the year is 双11, Singles' Day:""")
b.code("""\
days.loc[days["paid_amount"].idxmax()]""")
b.code("""\
days["paid_amount"].max() / days["paid_amount"].median()""")
b.md("""\
双11 sold over twenty ordinary days' worth in one day. A chart of the year shows the
shop's calendar: 双11 in November, 双12, the trough of the Spring Festival in February
(couriers stop, so sales fall to a fraction of January's), 女王节 on 03-08, the 618 sale
in June, and the start of the next 双11 pre-sale at the end of October.""")
b.code("""\
sa.plotting.plot_trend(days, "date", "paid_amount", title="支付金额 by day", yformat="yuan");""")

b.section("How the exercises check themselves", """\
Every lesson ends with exercises. Each is two cells: in the first you replace `None`
with your code, keeping `answer = ` in front; the second runs a **checker**. The checker
computes the right answer itself, from the demo data, with the package's own functions,
and answers in one of three ways:

- a grey box, **not attempted yet**: `answer` is still `None`;
- a green box, **right**, with a sentence on why the number matters;
- a red box, **not yet**, saying *what kind* of wrong: a number given as text, a
  percentage (2.26) where the package wants a fraction (0.0226), an average of daily
  rates where a ratio of sums is needed, the value of the day before, a flipped sign;
  and a hint.

The checker never counts your tries. Getting a red box and reading it is the fastest way
to learn what a number means, so try things. In the first exercise below, give a wrong
answer on purpose first (say `answer = 300`), run both cells, read the box, then fix it.
Judgement exercises give you options and ask for a letter, `answer = "A"`; the checker
then explains, with the numbers, why that option is right or not.""")

b.section("The routine, and 0.99 to the power of 100", """\
Experienced operators tell new assistants the same thing: the morning routine only works
if you do all of it, every day. Skip one check "because it is usually fine" and the
misses add up, and they *compound*: 99% done right each day, for 100 days, leaves
0.99 × 0.99 × ... (100 times) of what full care would have given. In Python, `**` is
"to the power of":""")
b.code("""\
0.99 ** 100, 0.98 ** 100, 1.01 ** 100""")
b.md("""\
99% every day is about a third of perfect after a hundred days; 98% is about an eighth.
And the other way round: 1% better every day is 2.7 times as good. That is why every
lesson ends with a routine you can do in a few minutes each morning.""")
b.widget("sa.course.widgets.routine()", """\
Move the sliders: the share of the routine done right each day, and the number of days.
(Widgets need the `interactive` switch at the top to be `True`; they only work in Jupyter.)""")

b.exercise("check_00_days", """\
How many days of data does the demo shop's `shop_daily` table hold? `len(days)` counts
the rows of a table. (Try a wrong answer first, to see the red box.)""",
           "answer = len(days)")
b.exercise("check_00_sales_on_a_day", """\
What were the shop's sales (支付金额, the column `paid_amount`) on 2026-10-15? Select
that day's row, then take its `paid_amount` with `.sum()` so that the answer is a number,
not a one-row column.""",
           'answer = days[days["date"] == "2026-10-15"]["paid_amount"].sum()')
b.exercise("check_00_routine", """\
Compute 0.99 to the power of 100 yourself.""",
           "answer = 0.99 ** 100")
b.exercise("check_00_skipping", """\
A colleague says: "I skip the traffic-source check on busy days. It's only 1% of the
routine." Which reply do the numbers support?""",
           'answer = "B"')

b.recap("""\
- **Shift+Enter** runs a cell; run a lesson from the top; **Kernel > Restart Kernel and
  Run All Cells** when things get strange.
- The demo shop's tables load with `sa.load_demo_shop(tables=[...])`; each is a
  DataFrame. A column: `days["paid_amount"]`; a filter: `days[days["date"] == "2026-10-15"]`;
  a range: `.between(first, last)`.
- Exercises: replace `None`, run, read the checker's box; grey, green or red, with a hint.
- 0.99 ** 100 = 36.6%: do the whole routine, every day.""")

if __name__ == "__main__":
    print(f"wrote {b.write()}")
