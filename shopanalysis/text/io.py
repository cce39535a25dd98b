"""What the readers say about a file (:mod:`shopanalysis.io`, :class:`shopanalysis.Shop`).

Every :class:`~shopanalysis.DataError` and :class:`~shopanalysis.DataWarning` of the
readers is put together from these templates. A message names the file, the table
(by the title an operator knows it by: 店铺整体; in English its plain name), the
column (as the file's header writes it, and its canonical name when that differs),
then the first offending rows as the file numbers them, and what was expected.
"""

from __future__ import annotations

from .._schema import TABLES
from . import Catalog

#: The English name of each table of the data contract (its Chinese name is ``TABLES[name].title``).
TABLE_EN: dict[str, str] = {
    "shop_daily": "shop daily totals",
    "traffic_sources": "traffic sources",
    "targets": "sales targets",
    "products": "product list",
    "products_daily": "product performance",
    "competitors": "competitor products",
    "competitor_shops": "competitor shops",
    "ppc_keywords": "PPC keywords",
    "ppc_campaigns": "PPC campaigns",
    "ppc_search_terms": "PPC search terms",
    "cs_daily": "customer-service performance",
    "cs_agents": "customer-service agents",
    "cs_roster": "customer-service roster",
    "design_tasks": "design tasks",
    "after_sales": "after-sales cases",
    "orders": "orders",
}

T = Catalog(
    "io",
    {
        # --- where: the file, the table, the column
        "where.file": ("{file}（{table}）", "{file} ({table})"),
        "where.column": ("{file}（{table}）的{column}", "{file} ({table}), {column}"),
        "where.sheet": ("{file}［工作表「{sheet}」］", "{file} [sheet '{sheet}']"),
        "column.export": ("「{header}」列（字段 {name}）", "column '{header}' ({name})"),
        "column.labelled": ("「{header}」列（{label}）", "column '{header}' ({label})"),
        "column.plain": ("「{header}」列", "column '{header}'"),
        "at": ("{where}：{problem}", "{where}: {problem}"),
        "at_sentence": ("{where}：{problem}。", "{where}: {problem}."),
        # --- the lines of a message
        "cells": ("{where}有 {n} 行{problem}：", "{where}: {problem} in {n} {n:row|rows}:"),
        "row": ("  第 {row} 行：{value}", "  row {row}: {value}"),
        "more": ("  …… 另有 {n} 处", "  ... and {n} more"),
        "expected": ("应为：{expected}。", "Expected {expected}."),
        "join.list": ("、", ", "),
        "join.notes": ("；", "; "),
        "separator.comma": ("逗号", "comma"),
        "separator.tab": ("制表符", "tab"),
        "separator.semicolon": ("分号", "semicolon"),
        # --- opening a file
        "open.no_file": ("找不到这个文件。", "no such file."),
        "open.is_folder": ("这是一个文件夹；read_table 只读一个文件（读整个文件夹请用 load_shop）。",
                           "is a folder; read_table reads one file (use load_shop for a folder)."),
        "open.file_type": ("不支持的文件类型 {suffix}；只能读 {expected}。",
                           "unsupported file type {suffix}; expected one of {expected}."),
        "open.no_suffix": ("（无扩展名）", "(none)"),
        "open.cannot_read": ("无法读取文件（{reason}）。", "cannot read the file ({reason})."),
        "open.empty": ("文件是空的。", "the file is empty."),
        "open.old_xls": ("这是旧版 Excel 97 的 .xls 工作簿，要装了 xlrd 包才能读；请用 Excel / WPS 打开，"
                         "另存为 .xlsx 或 .csv。",
                         "an old-style Excel 97 .xls workbook, which needs the 'xlrd' package; open it in "
                         "Excel / WPS and save it as .xlsx or .csv."),
        "open.html_xls": ("这是存成 {suffix} 的网页（HTML），里面没有表格；请用 Excel / WPS 打开，另存为 .xlsx 或 .csv。",
                          "an HTML page saved as {suffix}, holding no table; open it in Excel / WPS and save it as "
                          ".xlsx or .csv."),
        "open.text_as_excel": ("{file}：这是改成 {suffix} 扩展名的文本文件（CSV），不是 Excel 工作簿；已按 CSV 读取。"
                               "请把扩展名改回 .csv。",
                               "{file}: a text (CSV) file renamed {suffix}, not an Excel workbook; read as CSV. "
                               "Rename it back to .csv."),
        "open.no_sheet_number": ("工作簿里没有第 {number} 个工作表（从 0 数起）；现有的工作表：{sheets:list}。",
                                 "there is no sheet number {number} (counting from 0); the workbook has {sheets:list}."),
        "open.no_sheet": ("工作簿里没有名为「{sheet}」的工作表；现有的工作表：{sheets:list}。",
                          "there is no sheet '{sheet}'; the workbook has {sheets:list}."),
        "open.truncated_excel": ("Excel 工作簿已损坏或不完整（多半是没下载完，被截断了）；请重新下载或重新导出。",
                                 "the Excel workbook is damaged or incomplete (most likely truncated: a download cut "
                                 "off); download or export it again."),
        "open.bad_excel": ("不是能读取的 Excel 工作簿（{reason}）。", "not a readable Excel workbook ({reason})."),
        "open.uncached": ("有 {n} 个公式单元格没有保存计算结果（如 {cells}），读出来会是空的；请在 Excel / WPS 里打开、"
                          "保存一次，或把公式“粘贴为数值”。",
                          "{n} formula {n:cell has|cells have} no saved result (e.g. {cells}) and would read as "
                          "blank; open and save the workbook once in Excel / WPS, or paste the formulas as values."),
        "hint.other_sheet": ("提示：这张表在工作表「{sheet}」里；请传入 sheet_name=\"{sheet}\"，或把它移到第一个工作表。",
                             "Hint: the table is on sheet '{sheet}'; pass sheet_name=\"{sheet}\" or move it to the "
                             "first sheet."),
        "hint.other_sheets": ("提示：工作簿里还有别的工作表：{sheets:list}。", "Hint: the workbook has other sheets: "
                                                                          "{sheets:list}."),
        "open.empty_sheet": ("工作表是空的。", "the sheet is empty."),
        "open.not_delimited": ("无法按{separator}分隔的文本读取（{reason}）。",
                               "the file is not readable as {separator}-separated text ({reason})."),
        # --- encodings
        "encoding.unknown": ("不认识的编码 {encoding}；可以试试 'utf-8-sig' 或 'gb18030'。",
                             "unknown encoding {encoding}; try 'utf-8-sig' or 'gb18030'."),
        "encoding.invalid": ("文件不是有效的 {encoding} 编码（第 {line} 行，第 {offset} 个字节：{bytes}）{guess}；"
                             "不传 encoding= 参数即可自动识别 UTF-8 / GBK。",
                             "the file is not valid {encoding} (line {line}, byte {offset}: {bytes}){guess}; leave "
                             "encoding=None to detect UTF-8 / GBK."),
        "encoding.guess": ("，看起来是 {encoding} 编码", ", it looks like {encoding}"),
        "encoding.mixed": ("文件混用了两种编码：前 {good} 行是 UTF-8，第 {line} 行不是{guess}（第 {offset} 个字节：{bytes}）；"
                           "可能是把两个导出拼在了一起。请把这几行用同一种编码另存（“CSV UTF-8”）。",
                           "the file mixes two encodings: the first {good} {good:line|lines} read as UTF-8, "
                           "line {line} is not{guess} (byte {offset}: {bytes}); perhaps two exports pasted "
                           "together. Save it in one encoding (CSV UTF-8)."),
        "encoding.undecodable": ("无法把文件解码成文本，已试过 {tried}（第 {line} 行有认不出的字节，在第 {offset} 位：{bytes}）。"
                                 "请另存为“CSV UTF-8”或 .xlsx，或者传入 encoding=。",
                                 "cannot decode the file as text; tried {tried} (line {line} has a bad byte at offset "
                                 "{offset}: {bytes}). Save it as CSV UTF-8 or as .xlsx, or pass encoding=."),
        # --- the header
        "header.none": ("{where}：前 {rows} 行里找不到能识别的表头。", "{where}: no recognisable header in the first "
                                                                      "{rows} rows."),
        "header.none_seen": ("{where}：前 {rows} 行里找不到能识别的表头（第 1 行是 {seen}）。",
                             "{where}: no recognisable header in the first {rows} rows (row 1 reads {seen})."),
        "header.expected_row": ("应为：有一行表头写明这些必填列：", "Expected a header row naming these required columns:"),
        "header.accepted": ("  {label}：{accepted}", "  {label}: {accepted}"),
        "header.lacking": ("{where}：表头（第 {row} 行）缺少 {n} 个必填列：{lacking:list}。",
                           "{where}: required {n:column|columns} {lacking:list} missing from the header (row {row})."),
        "header.expected_cell": ("应为：表头里有一格写成下列任一名称：", "Expected a header cell named (any of):"),
        "header.has": ("表头现有：{cells}", "The header has: {cells}"),
        "header.has_more": ("表头现有：{cells} ……", "The header has: {cells} ..."),
        # --- rows
        "rows.wide": ("{where}：第 {row} 行有 {cells} 个单元格，但表头只有 {width} 个；可能某个值里有没加引号的{separator}，"
                      "或者这几行错位了。",
                      "{where}: row {row} has {cells} cells but the header has {width}; a value holds an unquoted "
                      "{separator} or the rows are shifted."),
        "rows.short": ("{where}：第 {row} 行只有 {cells} 个单元格，但表头有 {width} 个；缺的几列不能当成空值来读。",
                       "{where}: row {row} has {cells} {cells:cell|cells} but the header has {width}; the missing "
                       "cells cannot be read as blanks."),
        "rows.short_expected": ("每一行的单元格数与表头相同：请重新导出，或在 Excel 里检查这一行是否缺了值",
                                "as many cells on every row as in the header: export the file again, or check the "
                                "row in Excel"),
        "rows.truncated": ("{where}：文件像是没下载完（被截断了）：最后一行（第 {row} 行）{reason}，而且文件不是以换行结尾。",
                           "{where}: the file looks truncated (a download cut off): the last row (row {row}) "
                           "{reason}, and the file does not end with a line break."),
        "rows.truncated_cells": ("只有 {cells} 个单元格，表头有 {width} 个", "has {cells} {cells:cell|cells} where the "
                                                                           "header has {width}"),
        "rows.truncated_digits": ("的{column}是 {value}，而上面各行都带 {digits} 位小数",
                                  "reads {value} in {column} where every row above shows {digits} decimals"),
        "rows.truncated_expected": ("完整的文件：请重新下载或重新导出", "the whole file: download or export it again"),
        "rows.quote": ("{where}：第 {row} 行有一个没有闭合的引号（\"），它把后面的行吞进了一个单元格（{column}）。",
                       "{where}: row {row} opens a quote (\") that is never closed, swallowing the rows below it "
                       "into one cell ({column})."),
        "rows.quote_expected": ("每个引号都成对：在文本编辑器或 Excel 里找到这一行，删掉多余的引号或补上另一半",
                                "every quote closed: find the row in a text editor or Excel and delete the stray "
                                "quote or close it"),
        "header.twice": ('{where}：表头里有 {n} 列都叫「{header}」（第 {letters} 列），不知道该用哪一列。',
                        "{where}: {n} columns are headed '{header}' (columns {letters}); it is unclear "
                         "which one to read."),
        "header.twice_expected": ("每个表头只出现一次：删掉多余的一列，或给它改个名字",
                                  "each header once: delete the extra column or rename it"),
        "header.letter": ("{letter} 列", "column {letter}"),
        "other_table": ('{where}：内容像是「{other}」表，而不是「{table}」：它有「{columns}」列，「{other}」每一行是一个{key}。',
                       "{where}: this looks like the {other} table, not {table}: it has a '{columns}' column, "
                        "and each {other} row is one {key}."),
        "other_table_expected": ('「{table}」的导出；如果这就是「{other}」，请按表名给文件命名（如 {files}）',
                                "the {table} export; if this is {other}, name the file after that table "
                                 "(e.g. {files})"),
        "rows.unreadable": ("{where}：表头下面的行无法读取（{reason}）。",
                            "{where}: the rows below the header could not be read ({reason})."),
        "rows.totals_inside": ("{where}：第 {total} 行是合计行，但它后面还有数据（第 {later} 行），像是几张报表贴进了"
                               "同一个工作表。",
                               "{where}: a totals row (row {total}) is followed by more data (row {later}); this "
                               "looks like several reports pasted into one sheet."),
        "rows.totals_expected": ("一张表，最多在末尾有一行合计：请拆开工作表，或删掉中间的合计行",
                                 "one table with at most a totals row at its end: split the sheet or delete the "
                                 "totals rows"),
        "rows.no_data": ("{where}：有表头（第 {row} 行），但没有数据行。",
                         "{where}: the file has a header (row {row}) but no data rows."),
        # --- what is wrong with cells (after "有 N 行" / before "in N rows")
        "problem.blank": ("是空的（这是必填列）", "a required value is blank"),
        "problem.not_number": ("不是数字", "text where a number belongs"),
        "problem.percent": ("带了 %，但这一列不是比率", "a percentage in a column that is not a rate"),
        "problem.not_whole": ("不是整数（这一列是计数）", "a count that is not a whole number"),
        "problem.not_rate": ("不是比率", "text where a rate belongs"),
        "problem.no_percent": ("没有 % 号，而这一列其他行是百分数", "a number without % in a column of percentages"),
        "problem.not_duration": ("不是时长", "not a duration"),
        "problem.not_date": ("不是日期", "not a date"),
        "problem.not_datetime": ("不是日期时间", "not a date and time"),
        "problem.date_range": ("的日期早于 2000-01-01 或晚于 2099 年（是笔误，或是一个数字被当成了 Excel 的日期序号）",
                               "a date before 2000-01-01 or after 2099 (a typo, or a number misread as an Excel "
                               "serial date)"),
        "problem.not_month": ("不是月份（或年份不在 2000–2099 之间）", "not a month (or a year outside 2000-2099)"),
        "problem.id_as_number": ("的编号被 Excel 转成了数字，末几位已经丢了", "an id Excel turned into a number, losing "
                                                                          "its last digits"),
        "problem.not_bool": ("不是“是 / 否”", "not a yes / no value"),
        "problem.not_category": ("不是可接受的值", "a value that is not one of the accepted ones"),
        "problem.negative": ("是负数", "a negative value"),
        "problem.below": ("小于 {low:g}", "a value below {low:g}"),
        "problem.above": ("大于 {high:g}", "a value above {high:g}"),
        "problem.rate_above": ("超过 100%", "a rate above 100%"),
        "problem.too_large": ('数字太大（超过 15 位），不可能是计数',
                             'a number too large (over 15 digits) to be a count'),
        "problem.after_today": ('晚于今天（{today:date}）',
                               'a date after today ({today:date})'),
        "problem.phone_as_number": ("的号码被 Excel 转成了科学计数法（1.39E+10），末几位已经丢了",
                                    "a phone number Excel turned into scientific notation (1.39E+10), losing its "
                                    "last digits"),
        "problem.excel_error": ('是 Excel 公式的错误值（{codes}），不是数字',
                               'an Excel formula error ({codes}) instead of a number'),
        "problem.rate_implausible": ('超过 {high:pct0}，不合常理',
                                    'a rate above {high:pct0}, which is implausible'),
        "problem.unit": ("表头里的单位「{unit}」认不出", "the unit '{unit}' in the header is not understood"),
        # --- what a column expects (after "应为：" / "Expected")
        "expect.value": ("每一行都有值：{column}是必填列", "a value in every row: {column} is a required column"),
        "expect.count": ("计数，即不为负的整数（1234 或 1,234）", "a count: a whole number, not negative (1234 or 1,234)"),
        "expect.money": ("以元为单位、不为负的金额（1234.5、1,234.50 或 ¥1,234.50）",
                         "an amount in yuan, not negative (1234.5, 1,234.50 or ¥1,234.50)"),
        "expect.number": ("数字", "a number"),
        "expect.number_range": ("{low:g} 到 {high:g} 之间的数字", "a number in [{low:g}, {high:g}]"),
        "expect.number_min": ("不小于 {low:g} 的数字", "a number of at least {low:g}"),
        "expect.number_max": ("不大于 {high:g} 的数字", "a number of at most {high:g}"),
        "expect.rate": ("比率：2.35% 或小数 0.0235", "a rate: 2.35% or the fraction 0.0235"),
        "expect.rate_alike": ("比率：2.35% 或小数 0.0235，每一行写法一致",
                              "a rate: 2.35% or the fraction 0.0235, the same way in every row"),
        "expect.rate_bounds": ("0 到 100% 之间的比率", "a rate between 0 and 100%"),
        "expect.rate_unit": ("%（或不带单位），这是比率列", "% (or no unit) for a rate column"),
        "expect.units": ("{units} 之一（{kind}列的单位）", "{units} for a {kind} column"),
        "expect.no_unit": ("不带单位（{kind}列）", "no unit for a {kind} column"),
        "expect.duration": ("时长：秒数（12.5 或 {seconds}）、{minutes}，或 时:分:秒（00:00:12）",
                            "a duration: seconds (12.5 or {seconds}), {minutes}, or h:mm:ss (00:00:12)"),
        "expect.date": ("日期，如 2026-10-01、2026/10/01、20261001 或 {date}",
                        "a date such as 2026-10-01, 2026/10/01, 20261001 or {date}"),
        "expect.datetime": ("日期时间，如 2026-10-01 13:45:10、2026/10/01 13:45 或 {date}（也可以只写日期）",
                            "a date and time such as 2026-10-01 13:45:10, 2026/10/01 13:45 or {date} (or just "
                            "the date)"),
        "expect.date_range": ("2000-01-01 到 2099-12-31 之间的日期", "a date between 2000-01-01 and 2099-12-31"),
        "expect.datetime_range": ("2000-01-01 到 2099-12-31 之间的日期时间",
                                  "a date and time between 2000-01-01 and 2099-12-31"),
        "expect.month": ("月份，如 2026-10、2026/10、{month} 或 202610",
                         "a month such as 2026-10, 2026/10, {month} or 202610"),
        "expect.full_id": ("完整的号码：用平台导出的原始文件，或重新导出后在 Excel 里先把这一列设成“文本”格式再保存"
                           "（已经变成 1.39E+10 的单元格，改格式也找不回丢掉的数字）",
                           "the full number: use the platform's original export, or export again and format the "
                           "column as Text in Excel before saving (a cell already showing 1.39E+10 has lost its "
                           "digits for good)"),
        "expect.not_future": ('不晚于今天（{today:date}）的日期：这一列记的是已经发生的事，晚于今天的多半是笔误（如把 2026 打成 2062）',
                             "a date no later than today ({today:date}): this column records what has happened, "
                              "so a later date is likely a typo (2062 for 2026)"),
        "expect.excel_error": ('数字：在 Excel 里修好公式（例如除数为 0 时让它显示 0），或把结果“粘贴为数值”，再导出',
                              "a number: fix the formula in Excel (make it show 0 when it divides by zero) or paste "
                              "the results as values, then export again"),
        "expect.rate_plausible": ("0 到 {high:pct0} 之间的比率；如果写的是百分点（0.5 表示 0.5%），请写成 0.5%，"
                                  "或把表头写成「{points}」",
                                  "a rate between 0 and {high:pct0}; if the file holds percent points (0.5 meaning "
                                  "0.5%), write 0.5% or head the column {points}"),
        "expect.bool": ("{yes_no}、true / false、1 / 0 或 Y / N", "{yes_no}, true / false, 1 / 0 or Y / N"),
        "expect.category": ("以下之一：{spellings}（或 {codes}）", "one of {codes} (or {spellings})"),
        "expect.category_codes": ("以下之一：{codes}", "one of {codes}"),
        # --- the kinds of column that take a unit
        "kind.int": ("计数", "count"),
        "kind.money": ("金额", "money"),
        "kind.float": ("数值", "number"),
        "kind.seconds": ("时长", "duration"),
        "kind.rate": ("比率", "rate"),
        # --- rows that disagree with each other or repeat
        "order.above": ("{where}有 {n} 行大于{other}：", "{where}: a value above {other} in {n} {n:row|rows}:"),
        "order.later": ("{where}有 {n} 行晚于{other}：", "{where}: a date after {other} in {n} {n:row|rows}:"),
        "order.later_expected": ("每一行的{a}都不晚于{b}", "{a} on or before {b} on every row"),
        "order.example": ("{a} {va} > {b} {vb}", "{a} {va} > {b} {vb}"),
        "order.expected": ("每一行的{a}都不超过{b}", "{a} <= {b} on every row"),
        "key.duplicate": ("{where}：{heads}的值应当每行不同，却有 {n} 个值出现在不止一行：",
                          "{where}: duplicate key {heads}: {n} {n:value|values} in more than one row:"),
        "key.again": ("  第 {row} 行：{key}，第 {again} 行又出现", "  row {row}: {key}, again in row(s) {again}"),
        "key.expected": ("每个{key}只有一行", "one row per {key}"),
        # --- platform ratios the reader recomputes
        "derived.disagrees": ("{where}：文件里的值与「{numerator} / {denominator}」重算的结果不符（超出四舍五入的误差），"
                              "共 {n} 行（这一列反正都会丢弃）：",
                              "{where}: the file's value disagrees with {numerator} / {denominator} beyond rounding in "
                              "{n} {n:row|rows} (the column is dropped either way):"),
        "derived.example": ("文件里是 {given}，重算为 {expected}", "file {given}, recomputed {expected}"),
        "derived.no_parts": ("{head}（缺少{lacking:list}，无法核对）", "{head} (cannot be checked without {lacking:list})"),
        "derived.not_checked": ("{head}（未核对：{reason}）", "{head} (not checked: {reason})"),
        "derived.not_checked_row": ("{head}（未核对：{reason}；{example}）", "{head} (not checked: {reason}; {example})"),
        # --- columns dropped
        "dropped": ("{where}：丢弃了 {n} 列：{notes}。", "{where}: {n} {n:column|columns} dropped: {notes}."),
        "dropped.extra": ("不属于这张表：{names}", "not in the contract: {names}"),
        "dropped.unnamed": ("（没有表头的 {letter} 列）", "(unnamed column {letter})"),
        "dropped.shadowed": ("与前面的表头是同一列、已经读过：{names}",
                             "naming a column already read from another header: {names}"),
        "dropped.derived": ("可由其他列算出：{names}", "derived, and dropped: {names}"),
        "percent_numbers": ("{where}：按百分数读取（2.35 即 2.35%），因为有的值大于 1、没有大于 100 的，且没有一格带 % "
                            "号；例如：",
                            "{where}: read as percent numbers (2.35 = 2.35%), since some values are above 1 and none "
                            "above 100 and no cell has a % sign; for example:"),
        # --- folders
        "load.no_folder": ("{folder}：找不到这个文件夹。", "{folder}: no such folder."),
        "load.not_folder": ("{folder}：不是文件夹；load_shop 读的是放导出文件的文件夹（单个文件请用 read_table）。",
                            "{folder}: not a folder; load_shop reads a folder of exports (use read_table for one "
                            "file)."),
        "load.ambiguous": ("{file}：已跳过：它的表头同时符合{tables:list}这几张表；请按其中一张表给它改名（例如 "
                           "{name}.csv 或 {alias}.csv）。",
                           "{file}: skipped: its header fits the tables {tables:list} equally well; rename it after "
                           "one of them (e.g. {name}.csv or {alias}.csv)."),
        "load.unreadable": ("{file}（无法读取：{reason}）", "{file} (unreadable: {reason})"),
        "load.unplaced": ("{folder}：有 {n} 个文件认不出是哪张表，已跳过：{files}。请按表名给文件命名（如 {examples}），"
                          "或让它带上这张表的表头。",
                          "{folder}: {n} {n:file|files} not recognised as any table and skipped: {files}. Name a "
                          "file after its table (e.g. {examples}) or give it the table's header."),
        "load.nothing": ("{folder}：没有能识别的导出文件（{listing}）。\n应为：按表命名的文件，如 {examples}；"
                         "或表头写明了某张表必填列的文件。",
                         "{folder}: no recognisable export ({listing}).\nExpected files named after a table, e.g. "
                         "{examples}, or whose header names a table's required columns."),
        "load.no_files": ("没有 .csv / .xlsx 文件", "no .csv/.xlsx files"),
        "load.conflict": ("「{table}」表：有 {n} 行在不止一个文件里出现（按{key}判断是同一行），数值却不同：",
                          "{table}: {n} {n:key appears|keys appear} in more than one file with different values "
                          "(key {key}):"),
        "load.conflict_row": ("  {key}：{rows}（不同的列：{columns}）", "  {key}: {rows} (differ in {columns})"),
        "load.file_row": ("{file} 第 {row} 行", "{file} row {row}"),
        "load.conflict_expected": ("同一行只出现在一个文件里，或者重复出现时数值完全相同",
                                   "each key in one file only, or the same values wherever it repeats"),
        # --- Shop.require
        "shop.missing_in": ("在 {folder} 里没有找到需要的数据表：", "this needs table(s) not found in {folder}:"),
        "shop.missing": ("没有找到需要的数据表：", "this needs table(s) not found:"),
        "shop.table_files": ("- {table}：文件名为 {name}.csv / {name}.xlsx，或文件名里含有 {aliases}",
                             "- {table}: a file named {name}.csv / {name}.xlsx, or with {aliases} in its name"),
        "shop.table_file": ("- {table}：文件名为 {name}.csv / {name}.xlsx", "- {table}: a file named {name}.csv / "
                                                                             "{name}.xlsx"),
    },
    values={"table": {name: (spec.title, TABLE_EN[name]) for name, spec in TABLES.items()}},
)
