"""What the course says to a learner (:mod:`shopanalysis.course`): the checker's box, its
diagnoses of a wrong answer, and the short hints shown under an error in a lesson.

The words every checker shares are here, Chinese first; each lesson's own sentences (its
exercises' titles, the "why" of a right answer, its known mistakes and hints) are in its
catalog, :mod:`shopanalysis.text.lesson01` ... :mod:`shopanalysis.text.lesson08`, and the
widgets' labels in :mod:`shopanalysis.text.course_widgets`.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "course",
    {
        # --- for whoever writes a checker (shopanalysis.course.checks)
        "author.status": ("status 只能是 {statuses} 之一；收到的是 {status}", "status must be one of {statuses}; got {status}"),
        "author.name": ("检查函数要命名为 check_NN_<what>（NN 是课号）；收到的是 {name}",
                        "a checker is named check_NN_<what> (NN the lesson); got {name}"),
        "author.number": ("{name}：练习编号 {number} 应该是 '{lesson}.<n>'", "{name}: exercise number {number} must be "
                                                                         "'{lesson}.<n>'"),
        "author.twice": ("有两个检查函数都叫 {name}", "two checkers named {name}"),
        "author.kind": ("kind 只能是 {kinds} 之一；收到的是 {kind}", "kind must be one of {kinds}; got {kind}"),
        "author.one_correct": ("选项里必须恰好有一个是对的；现在对的是 {correct}", "exactly one option must be correct; "
                                                                          "got {correct}"),
        # --- the checker's box
        "status.right": ("正确", "Right"),
        "status.wrong": ("还不对", "Not yet"),
        "status.not attempted": ("还没作答", "Not attempted yet"),
        "heading": ("练习", "Exercise"),
        "heading.numbered": ("练习 {number}", "Exercise {number}"),
        "heading.titled": ("{heading} · {title}", "{heading} · {title}"),
        "box.first_line": ("{heading}：{word}", "{heading}: {word}"),
        "box.hint": ("提示：{hint}", "Hint: {hint}"),
        "box.hint_word": ("提示：", "Hint:"),
        # --- not attempted, a stale answer, a checker that cannot use the answer
        "not_attempted": ("把上一格里的 None 换成你的代码，运行它，再运行这一格。",
                          "Replace None in the cell above with your code, run it, then run this cell again."),
        "not_attempted.choice": ('把上一格里的 None 换成你的选择：{letters} 之一，加引号（answer = "{first}"），'
                                 "运行它，再运行这一格。",
                                 "Replace None in the cell above with your choice, one of {letters} in quotes "
                                 '(answer = "{first}"), run it, then run this cell again.'),
        "stale": ("你的答案格上次运行时出错了（{error}），所以 answer 里还是更早的值，检查程序不评判它。"
                  "先修好那一格，运行到不再报错，再运行这一格。",
                  "The cell with your answer raised an error when it last ran ({error}), so answer still holds "
                  "an earlier value, and the checker does not judge it. Fix that cell and run it until it runs "
                  "without an error, then run this cell again."),
        "stale.hint": ("错误信息上方的提示说明了该怎么改", "the hint above the error says what to change"),
        "crash": ("检查程序用不了你的答案（{error}）。", "The checker could not use your answer ({error})."),
        "crash.hint": ("看看你的答案里是什么：print(answer)、type(answer)",
                       "check what your answer holds: print(answer), type(answer)"),
        # --- what a wrong-type answer is
        "what.series": ("一列数据（pandas Series）", "a column (a pandas Series)"),
        "what.frame": ("一张表（pandas DataFrame）", "a table (a pandas DataFrame)"),
        "what.named_series": ("一个 pandas Series（一行或一列）", "a pandas Series (a row or a column)"),
        "what.other": ("一个 {name}", "a {name}"),
        "what.other_vowel": ("一个 {name}", "an {name}"),
        "shape.frame": ("{rows} 行 {columns} 列", "{rows} rows and {columns} columns"),
        "shape.frame_named": ("{rows} 行 {columns} 列（行：{row_labels}；列：{column_labels}）",
                              "{rows} rows and {columns} columns (rows {row_labels}; columns {column_labels})"),
        "shape.named": ("{n} 个值，标签是 {labels}", "{n} values labelled {labels}"),
        "shape.values": ("{n} 个值", "{n} values"),
        "pick.cell": ("：用 .loc[行, 列] 取出一格", ": pick one cell with .loc[row, column]"),
        "pick.label": ("：用 [标签] 取出一个", ": pick one with [label]"),
        "labels.more": ("{shown}……", "{shown}, ..."),
        "labels.sep": ("、", ", "),
        # --- numbers: the wrong type
        "number.bool": ("你的答案是 {answer}，一个是/否值；这道练习要一个数。",
                        "Your answer is {answer}, a yes/no value; this exercise wants a number."),
        "number.bool.hint": ("算出这个数，再赋给 answer：answer = ...", "compute the number and assign it: answer = ..."),
        "number.one_value": ("你的答案是{what}，里面只有一个值（{inner}）；这道练习要这个数本身。",
                             "Your answer is {what} holding one value ({inner}); this exercise wants the number "
                             "itself."),
        "number.one_value.hint": ("把值取出来：一列用 .sum() 或 .iloc[0]，其他用 float(...)",
                                  "take the value out: .sum() or .iloc[0] for a column, float(...) for the rest"),
        "number.many": ("你的答案是{what}，共 {shape}；这道练习要一个数{pick}。",
                        "Your answer is {what} of {shape}; this exercise wants one number{pick}."),
        "number.many.hint": ("sa.metrics 里的函数一次接收所有行、返回一个数；或者先选出一行",
                             "the functions in sa.metrics take all the rows and return one number; or select one "
                             "row first"),
        "number.thousands": ("你的答案是一个元组 {answer}：数字里的千位逗号把它拆成了几个数（Python 把 8,000 读成 8 和 0）。",
                             "Your answer is a tuple, {answer}: a thousands comma split the number in pieces "
                             "(Python reads 8,000 as 8 and 0)."),
        "number.thousands.hint": ("数字里不要加逗号：写 {fixed}，不写 {written}",
                                  "write numbers without commas: {fixed}, not {written}"),
        "number.text": ("你的答案是文字（{answer}）；这道练习要一个数。",
                        "Your answer is text ({answer}); this exercise wants a number."),
        "number.text.hint": ("去掉引号：answer = {number}", "drop the quotes: answer = {number}"),
        "number.text.percent_hint": ("去掉引号和 %，比率写成小数：{text} 就是 answer = {number}",
                                     "drop the quotes and the % sign, and write a rate as a fraction: {text} is "
                                     "answer = {number}"),
        "number.text.any_hint": ("把代码算出的数本身赋给 answer，不加引号：answer = 你的计算",
                                 "assign the number your code computes, without quotes: answer = <your "
                                 "calculation>"),
        "number.other": ("你的答案是{what}；这道练习要一个数。", "Your answer is {what}; this exercise wants a number."),
        "number.other.hint": ("把数本身赋给 answer：answer = ...", "assign the number itself: answer = ..."),
        # --- numbers: how the value is off
        "number.nan": ("你的答案是 {shown}，不是一个数：除以了零，或者选出的行是空的。",
                       "Your answer is {shown}, not a number: a division by zero, or an empty selection of rows."),
        "number.nan.hint": ("打印你选出的行，确认不是空的", "print the rows you selected and check they are not empty"),
        "number.right_rounded": ("{why}（四舍五入过，没关系）", "{why} (rounded: fine)"),
        "number.trap": ("{shown} 不对：{trap}。", "{shown} is off: {trap}."),
        "number.trap_percent": ("{value} 像是百分数（{value}% 就是 {fraction}），而且{trap}。",
                                "{value} looks like a percentage ({value}% is {fraction}), and {trap}."),
        "number.too_rounded": ("{shown} 保留的位数太少，分不清对错：四舍五入到这几位，正确答案和一个常见错误（{trap}）"
                               "都会得到它。",
                               "{shown} is rounded too much to tell: at these few digits it fits the right answer, "
                               "and also a known mistake ({trap})."),
        "number.too_rounded.hint": ("保留更多位数：直接用函数返回的数，不要四舍五入",
                                    "keep more digits: use the number the function returns, unrounded"),
        "number.percent": ("{value} 像是百分数：这道练习要小数（{value}% 就是 {fraction}），包里所有的比率都这样存。",
                           "{value} looks like a percentage: the exercise wants a fraction ({value}% is "
                           "{fraction}), the way the package stores every rate."),
        "number.percent.hint": ("除以 100；更好的是直接用函数返回的数", "divide by 100, or better, use the number the "
                                                                   "function returns as it is"),
        "number.sign": ("{shown} 的正负号反了：正确的值是{side}。", "{shown} has the sign flipped: the expected value is "
                                                               "{side}."),
        "side.positive": ("正数", "positive"),
        "side.negative": ("负数", "negative"),
        "number.sign.hint": ("变化是新值减旧值（之后 - 之前）", "a change is new minus old (after - before)"),
        "number.hundred": ("{shown} 大了 100 倍：计算中是不是把比率写成了百分数（把 0.0187 写成 1.87）？",
                           "{shown} is 100 times too big: a rate written as a percentage (1.87 for 0.0187) "
                           "somewhere in your calculation?"),
        "number.hundred.hint": ("包里的比率都是小数，保持这样", "rates in the package are fractions; keep them so"),
        "number.near": ("{shown} 不对，而且接近一个常见错误：{trap}。",
                        "{shown} is off, and close to a known mistake: {trap}."),
        "number.above": ("{shown} 比数据给出的值高 {off:pct}。", "{shown} is {off:pct} above what the data gives."),
        "number.below": ("{shown} 比数据给出的值低 {off:pct}。", "{shown} is {off:pct} below what the data gives."),
        "number.times": ("{shown} 大约是数据给出的值的 {times} 倍。", "{shown} is about {times} times what the data "
                                                                "gives."),
        "number.close": ("很接近：如果你四舍五入过，多保留几位。", "Close: if you rounded, keep more digits."),
        "number.with_close": ("{what}{close}", "{what} {close}"),
        "number.count_above": ("{shown} 比数据给出的数多。", "{shown} is more than the data gives."),
        "number.count_below": ("{shown} 比数据给出的数少。", "{shown} is fewer than the data gives."),
        "number.zero": ("{shown} 不是数据给出的值（数据给出 0）。", "{shown} is not what the data gives (it gives 0)."),
        # --- the known mistakes every lesson shares (a "bilingual." key keeps the platform's Chinese names in English)
        "trap.mean_of_ratios": ("这是{rows}{name}的平均值。多行数据的比率是总和之比（{numerator} 之和 / {denominator} 之和）："
                                "比率的平均值把 {denominator} 很少的一行和很多的一行看得一样重",
                                "that is the mean of the {rows} {name} values. Over several rows a rate is a ratio "
                                "of sums (sum of {numerator} / sum of {denominator}): the mean of ratios weighs a "
                                "row with few {denominator} as much as one with many"),
        "trap.mean_of_ratios.hint": ("把所有行一次传给 sa.metrics.{metric}(...)",
                                     "call sa.metrics.{metric}(...) on all the rows at once"),
        "rows.daily": ("每天", "daily"),
        "rows.keyword-day": ("每个关键词每天", "keyword-day"),
        "rows.per-agent": ("每个客服", "per-agent"),
        "trap.other_day": ("这是 {other:date}{when} 的值，不是 {day:date} 的", "that is the value for {other:date}{when}, "
                                                                         "not {day:date}"),
        "trap.other_day.hint": ("选出 {day:date} 的行", "select the rows of {day:date}"),
        "when": ("（{words}）", " ({words})"),
        "offset.-1": ("前一天", "the day before"),
        "offset.1": ("后一天", "the day after"),
        "offset.-7": ("一周前", "a week before"),
        "offset.7": ("一周后", "a week after"),
        "trap.window": ("这是 {start:date} 到 {end:date} 的值，只有 {n} 天；{period} 是 {first:date} 到 {last:date}",
                        "that is the value of {start:date} to {end:date} only, {n} {n:day|days}; {period} runs from "
                        "{first:date} to {last:date}"),
        "trap.window.hint": ('选出整个 {period}：between("{first:date}", "{last:date}")，两端都包括',
                             'select the whole of {period}: between("{first:date}", "{last:date}"), both ends '
                             "included"),
        "trap.sides": ("这是用改图前 {before} 天、改图后 {after} 天算出来的；这个测试比较的是两边各 {days} 天："
                       "之前 {first_before:date} 到 {last_before:date}，之后 {first_after:date} 到 {last_after:date}",
                       "that uses {before} {before:day|days} before the change and {after} {after:day|days} after "
                       "it; the test compares {days} days on each side: before {first_before:date} to "
                       "{last_before:date}, after {first_after:date} to {last_after:date}"),
        "trap.sides.hint": ('两端都包括：between("{first_before:date}", "{last_before:date}") 和 '
                            'between("{first_after:date}", "{last_after:date}")',
                            'both ends are included: between("{first_before:date}", "{last_before:date}") and '
                            'between("{first_after:date}", "{last_after:date}")'),
        "trap.even_target": ("这是把整月目标 {target:yuan} 平均分到 {days} 天；已经卖掉的和日子的轻重都没算进去",
                             "that spreads the month's whole target of {target:yuan} evenly over {days} days; it "
                             "leaves out what is sold already and how the plan weighs the days"),
        "trap.even_target.hint": ("还差的金额除以剩下的天数：pacing.needed_per_day",
                                  "divide what is still missing by the days left: pacing.needed_per_day"),
        "bilingual.trap.roi_minus_one": ("这是 (总成交金额 - 花费) / 花费，把成本先减掉了：像利润率那样算的回报。直通车的投入产出比 (ROI) "
                               "是 总成交金额 / 花费，比它大 1；保本看的是毛利率，不是 ROI 大于 0",
                               "that is (总成交金额 - 花费) / 花费, the cost taken off first, a return computed like a "
                               "profit rate. 直通车's ROI (投入产出比) is 总成交金额 / 花费, 1 more than that; break-even "
                               "depends on the margin, not on ROI above 0"),
        "bilingual.trap.roi_minus_one.hint": ("用 sa.metrics.roi(...)：它是成交金额除以花费，不先减", "use sa.metrics.roi(...): "
                                    "sales divided by spend, nothing taken off"),
        "trap.swapped": ("这是把 {function} 的参数换了位置：{given}。参数的顺序是 {order}",
                         "that passes {function}'s arguments in another order: {given}. The order is {order}"),
        "trap.swapped.hint": ("按顺序传参，或者写上参数名：{call}", "pass them in that order, or by name: {call}"),
        "trap.reversed": ("这是反过来比较的：把 {after:date} 放在前面、{before:date} 放在后面，所以每一部分的正负号都反了。"
                          "split_sales_change(之前, 之后)：较早的一天放在前面",
                          "that compares the other way round, {after:date} first and {before:date} second, so "
                          "every part has the opposite sign. split_sales_change(before, after): the earlier day goes "
                          "first"),
        "trap.reversed.hint": ("sa.metrics.split_sales_change(day_before, day)：较早的一天在前",
                               "sa.metrics.split_sales_change(day_before, day): the earlier day first"),
        # --- judgement exercises
        "choice.type": ("你的答案是{what}（{answer}）；这道练习要一个加引号的字母：{letters} 之一。",
                        "Your answer is {what} ({answer}); this exercise wants one letter in quotes, one of "
                        "{letters}."),
        "choice.type.hint": ('这样写：answer = "{first}"', 'write it like answer = "{first}"'),
        "choice.unknown": ("{answer} 不是选项 {letters} 之一。", "{answer} is not one of the options {letters}."),
        "choice.unknown.hint": ('只写字母：answer = "{first}"', 'write just the letter: answer = "{first}"'),
        "choice.right": ("{letter}：{why}", "{letter}: {why}"),
        "choice.wrong": ("{letter} 不是最好的选择：{why}", "{letter} is not the best choice: {why}"),
        "or": ("{first} 或 {last}", "{first} or {last}"),
        # --- names and dates
        "text.type": ("你的答案是{what}（{answer}）；这道练习要一个加引号的名称。",
                      "Your answer is {what} ({answer}); this exercise wants a name in quotes."),
        "text.type.hint": ('名称加引号，照表格里的写法：answer = "……"', 'put the name in quotes, as the table writes it: '
                                                                 'answer = "..."'),
        "text.other": ("{name} 不是答案：{reason}。", "{name} is not it: {reason}."),
        "text.wrong": ("{given} 不是数据给出的名称。", "{given} is not the name the data gives."),
        "date.series": ("你的答案是只含一个日期的 Series；这道练习要这个日期本身。",
                        "Your answer is a Series holding one date; this exercise wants the date itself."),
        "date.series.hint": ("用 .iloc[0] 取出来", "take it out with .iloc[0]"),
        "date.type": ('你的答案是{what}（{answer}）；这道练习要一个日期，比如 "2026-10-15"。',
                      'Your answer is {what} ({answer}); this exercise wants a date such as "2026-10-15".'),
        "date.unreadable": ('检查程序读不懂日期 {answer}；写成 "2026-10-15" 这样。',
                            '{answer} is not a date the checker can read; write it as "2026-10-15".'),
        "date.wrong": ("{day:date} 不是这一天。", "{day:date} is not the day."),
        "date.wrong_values": ("{day:date} 不是这一天：它是 {value}，练习问的那一天是 {expected}。",
                              "{day:date} is not the day: it has {value}, against {expected} on the day the "
                              "exercise asks for."),
        # --- an error in a lesson cell: a short hint, the traceback folded below
        "error.heading": ("出错了：{ename}", "An error: {ename}"),
        "error.traceback": ("完整的错误信息（traceback），点开看", "The full error message (traceback): click to open"),
        "error.key.label": ('{key} 是屏幕上显示的中文名称；代码里它叫 {code}，写成 ["{code}"]。',
                            '{key} is the label shown on screen; in code it is called {code}: write ["{code}"].'),
        "error.key.missing": ("这里没有 {key}。有的是：{keys}。照着其中一个写，连引号和大小写都要一样。",
                              "There is no {key} here. There are: {keys}. Pick one of these, written exactly so, "
                              "quotes and case included."),
        "error.key.frame": ('这张表没有 {key} 这一列。它的列是：{keys}。用 表["列名"] 取一列；行用 .loc[行标签] 取。',
                            'The table has no column {key}. Its columns are: {keys}. Take a column with '
                            'table["column"]; a row with .loc[row label].'),
        "error.key.loc": ("没有 {key} 这个标签。行标签是：{rows}；列是：{columns}。用 .loc[行, 列] 取一格。",
                          "There is no label {key}. The row labels are: {rows}; the columns: {columns}. Take one "
                          "cell with .loc[row, column]."),
        "error.key.generic": ("找不到 {key}。用 .keys()（表用 .columns）看看有哪些，再照着写。",
                              "{key} is not there. List what is with .keys() (.columns for a table) and write one "
                              "of those."),
        "error.thousands": ("数字里不要加千位逗号：Python 把 {written} 读成几个数（一个元组），不是一个数。写成 {fixed}。",
                            "No thousands commas inside a number: Python reads {written} as several numbers (a "
                            "tuple), not one. Write {fixed}."),
        "error.brackets": ('用 & 或 | 连接条件时，每个条件都要加括号：(days["a"] == 1) & (days["b"] > 2)。'
                           "Python 先算 &，再算 == 和 >。",
                           'When you join conditions with & or |, put brackets around each one: (days["a"] == 1) & '
                           '(days["b"] > 2). Python does & before == and >.'),
        "error.dates": ('日期要加引号："{fixed}"，不是 {written}（不加引号，Python 把它当成减法）。',
                        'Put quotes around a date: "{fixed}", not {written} (without quotes Python reads a '
                        "subtraction)."),
        "error.power": ("Python 里乘方写 **，不是 ^：{fixed}。", "In Python a power is written **, not ^: {fixed}."),
        "error.name": ("Python 不认识 {name}。文字（比如选项字母）要加引号：\"{name}\"；变量要先运行定义它的格子"
                       "（Run > Run All Above），并检查拼写。",
                       "Python does not know {name}. Text (an option's letter, say) goes in quotes: \"{name}\"; a "
                       "variable needs the cell that defines it run first (Run > Run All Above), and the same "
                       "spelling."),
    },
)
