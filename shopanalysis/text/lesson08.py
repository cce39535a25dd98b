"""What lesson 08's checkers say (:mod:`shopanalysis.course.lesson08`, your own exports), Chinese first.

The English keeps the export's own Chinese words (合计, 第 N 行, 销售目标): a "bilingual." key.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "lesson08",
    {
        # --- 8.1 the JD shop's October conversion
        "8.1.title": ("京东店十月的转化率", "The JD shop's October conversion"),
        "bilingual.8.1.why": ("京东店铺十月的访客里有 {rate:pct2} 付了款。文件自带的合计行覆盖 {first:md} 到 {last:md}；"
                              "读取时会把它去掉，所以统计哪段时间由你来选。",
                              "{rate:pct2} of the JD shop's October visitors paid. The file's own 合计 row covers "
                              "{first:md} to {last:md}; the reader drops it, so you choose the period."),
        "8.1.hint": ("jd = sa.load_shop(sa.jd_dir())；选出 jd.shop_daily 里十月的行；sa.metrics.conversion_rate",
                     "jd = sa.load_shop(sa.jd_dir()); select October's rows of jd.shop_daily; "
                     "sa.metrics.conversion_rate"),
        "bilingual.8.1.trap.file": ("这是整个文件（{first:date} 到 {last:date}）的值，也就是它的合计行显示的；练习问的是十月",
                                    "that is the whole file ({first:date} to {last:date}), what its 合计 row shows; "
                                    "the exercise asks for October"),
        "8.1.trap.file.hint": ("先选出十月的行", "select October's rows first"),
        "8.1.trap.september": ("这是九月的转化率", "that is September's rate"),
        "8.1.trap.september.hint": ("选出 2026-10", "select 2026-10"),
        # --- 8.2 which row to fix
        "8.2.title": ("改哪一行", "Which row to fix"),
        "bilingual.8.2.why": ("报错信息说第 {line} 行，这是按 Excel 和文本编辑器给文件编行号的方式数的（标题行和表头都算）："
                              "打开文件，找到第 {line} 行，改好{column}那一格，按原来的格式保存，再运行一次。",
                              "the message says 第 {line} 行 (row {line}), numbered the way Excel and a text editor "
                              "number the file's lines (the title line and the header count): open the file, go to "
                              "row {line}, fix the {column} cell, save it in the same format, and run again."),
        "bilingual.8.2.hint": ("读报错信息：第一行下面那一行以“第 N 行”开头", "read the error message: the line after "
                                                                        "the first one starts with 第 N 行 (row N)"),
        "8.2.trap.one_short": ("少了一行：报错信息的行号从 1 数起，和 Excel 一样", "one short: the message's rows count "
                                                                           "from 1, like Excel's"),
        "8.2.trap.as_is.hint": ("报错信息里的数是多少就写多少", "take the number in the message as it is"),
        "8.2.trap.data_rows": ("这只数了数据行；报错信息数的是文件的每一行，标题行和表头也算",
                               "that counts data rows only; the message counts every line of the file, the title "
                               "line and the header included"),
        "8.2.trap.pandas": ("这是 pandas 的行号（从 0 数起，只数数据行）；报错信息给的是文件自己的行号",
                            "that is the pandas row number (from 0, data rows only); the message gives the file's "
                            "own line number"),
        # --- 8.3 no targets file
        "8.3.title": ("没有目标文件", "No targets file"),
        "8.3.A": ("把演示店的 targets.csv 复制到文件夹里。", "Copy the demo shop's targets.csv into the folder."),
        "8.3.A.why": ("那是另一家店的目标：演示店 {month} 的目标是 {target}，大约是京东店铺整个十月销售额（{sales}）的 "
                      "{times:.0f} 倍，每一天的进度都会显得一塌糊涂。",
                      "those are another shop's targets: the demo shop's {month} target is {target}, about "
                      "{times:.0f} times what the JD shop sold in the whole of October ({sales}), so every pace "
                      "would read as a disaster."),
        "bilingual.8.3.B": ("写一个小文件 销售目标.csv（月份, 销售目标），填上你自己每个月的目标，和导出文件放在一起，再运行一次。",
                            "Write a small file 销售目标.csv (月份, 销售目标) with your own monthly targets, put it "
                            "with the exports and run again."),
        "8.3.B.why": ("日报需要当月的目标来算进度，而平台不导出它：它是你们店自己的数。读取程序会按这些名字找它：targets / {names}。",
                      "the review needs the month's target to pace against, and the platforms do not export it: it "
                      "is your shop's own number. The reader finds it under the names targets / {names}."),
        "8.3.C": ("把报告笔记本里的进度部分删掉。", "Delete the pacing section from the report notebook."),
        "8.3.C.why": ("没有目标，报告也照样能跑（进度部分显示 N/A），只是少了早上的第一个问题：我们跟上进度了吗？"
                      "而且改过的报告就和团队看的那份对不上了。",
                      "the report runs without a target anyway (its pacing section says N/A), but without the first "
                      "question of the morning: are we on track? And a changed report no longer matches the one "
                      "your team reads."),
        "8.3.hint": ("读报错信息：它写明了找的是哪张表、哪个文件", "read the error message: it names the table and the "
                                                              "file it looked for"),
    },
)
