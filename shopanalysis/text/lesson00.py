"""What lesson 00's checkers say (:mod:`shopanalysis.course.lesson00`, how to use this course), Chinese first."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "lesson00",
    {
        # --- 0.1 how many days of data
        "0.1.title": ("数据有多少天", "How many days of data"),
        "0.1.why": ("演示店每天一行，从 {first:date} 到 {last:date} 共 {n:int} 天：整整一年，所以每一课都能拿一天和上周同一天比、"
                    "拿一个月和上个月比。",
                    "the demo shop has one row per day, {n:int} days from {first:date} to {last:date}: a whole year, "
                    "so every lesson can compare a day with the same weekday last week and a month with the month "
                    "before."),
        "0.1.hint": ("len(days) 数的是表的行数", "len(days) counts the rows of a table"),
        "0.1.trap.one_short": ("少了一行：pandas 里第一行是第 0 行，所以最后一行的行号比行数少一",
                               "that is one row short: the first row is row 0 in pandas, so the last row's number is "
                               "one less than the count of rows"),
        "0.1.trap.one_short.hint": ("len(days) 数的是行数", "len(days) counts the rows"),
        "0.1.trap.columns": ("这是列数（每个指标一列），不是天数", "that is the number of columns (one per measure), not "
                                                                "of days"),
        "0.1.trap.columns.hint": ("len(days) 数行；days.columns 列出所有列", "len(days) counts rows; days.columns lists "
                                                                         "the columns"),
        # --- 0.2 sales on a day
        "0.2.title": ("{day:date} 的销售额", "Sales on {day:date}"),
        "0.2.trap.month": ("这是整个十月的，不是一天的", "that is the whole of October, not one day"),
        "0.2.trap.select.hint": ('选出 days["date"] == "{day:date}" 的行', 'select the rows where days["date"] == '
                                                                          '"{day:date}"'),
        "bilingual.0.2.trap.visitors": ("这是这一天的访客数（visitors），不是支付金额（paid amount）",
                                        "that is the day's 访客数 (visitors), not its 支付金额 (paid amount)"),
        "0.2.trap.visitors.hint": ('销售额那一列是 "paid_amount"', 'the sales column is "paid_amount"'),
        "bilingual.0.2.why": ("{day:date} 的支付金额（paid_amount）是 {sales}：每天早上的复盘从这个数开始，"
                              "第 02 课会把这一天拆开来看。",
                              "{sales} of 支付金额 (paid_amount) on {day:date}: the number the morning review starts "
                              "from, and the day lesson 02 takes apart."),
        "0.2.hint": ('用 days["date"] == "{day:date}" 选出那一行，再对它的 "paid_amount" 用 .sum()',
                     'select the row with days["date"] == "{day:date}", then take its "paid_amount" with .sum()'),
        # --- 0.3 0.99 to the power of 100
        "0.3.title": ("0.99 的 100 次方", "0.99 to the power of 100"),
        "0.3.why": ("每天做对 99%，连做 100 天，复利下来只剩完美状态的 {left:pct1}：日常流程里每天的小缺口，会累积成大缺口。",
                    "99% done right, every day for 100 days, compounds to {left:pct1} of perfect: small daily gaps "
                    "in the routine add up to a big one."),
        "0.3.hint": ("Python 里 ** 表示乘方：0.99 ** 100", "** is 'to the power of' in Python: 0.99 ** 100"),
        "0.3.trap.times": ("这是 0.99 乘以 100；日常流程是复利累积的，所以是 0.99 的 100 次方",
                           "that is 0.99 times 100; the routine compounds, so it is 0.99 to the power of 100"),
        "0.3.trap.power.hint": ("乘方用 **：0.99 ** 100", "use ** for a power: 0.99 ** 100"),
        "0.3.trap.divided": ("这是 0.99 除以 100", "that is 0.99 divided by 100"),
        "0.3.trap.straight": ("这是把 1% 直线地扣了 100 次；实际上损失是复利累积的",
                              "that takes 1% off a hundred times in a straight line; the losses compound instead"),
        # --- 0.4 the colleague who skips a check
        "0.4.title": ("跳过检查的同事", "The colleague who skips a check"),
        "0.4.A": ("没关系：流程里检查项很多，跳过一项只损失大约 1% 的效果，忙的时候需要这点时间。",
                  "Fine: the routine has many checks, so skipping one costs about 1% of the result, and busy days "
                  "need the time."),
        "0.4.A.why": ("漏掉的部分会一天天复利累积：0.99^100 是 {p99:pct1}，不是 99%。",
                      "the misses compound day after day: 0.99^100 is {p99:pct1}, not 99%."),
        "0.4.B": ("每天的小缺口会复利累积：每天差 1%，一个季度下来差的远不止 1%。",
                  "Small daily gaps compound: a 1% gap every day adds up to far more than 1% over a season."),
        "0.4.B.why": ("0.99^100 = {p99:pct1}，做到 98% 是 {p98:pct1}；而每天进步 1%，1.01^100 = {p101:pct0}。"
                      "流程有用，是因为每天都做。",
                      "0.99^100 = {p99:pct1}, and at 98% it is {p98:pct1}; while 1% better every day gives 1.01^100 = "
                      "{p101:pct0}. The routine pays because it is done every day."),
        "bilingual.0.4.C": ("只有双11这样的大日子才要紧，那时漏掉问题损失最大；平常日子少查一项无所谓。",
                            "It only matters on big days such as 双11, when a missed problem costs most; on an "
                            "ordinary day one check is noise."),
        "0.4.C.why": ("复利说的是每一天：100 个普通日子都做到 99%，只剩 {p99:pct1}；大日子一年只有几个。",
                      "the compounding is about every day: 100 ordinary days at 99% leave {p99:pct1}; the big days "
                      "are a handful of the year."),
        "0.4.hint": ("算一算 0.99 ** 100，再和 99% 比一比", "compute 0.99 ** 100 and compare it with 99%"),
    },
)
