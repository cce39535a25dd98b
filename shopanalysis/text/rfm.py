"""Words of the RFM summary and the BG/NBD model (:mod:`shopanalysis._rfm`): errors and labels.

The columns of the customer-base summary keep the names the ``lifetimes`` package and
Fader & Hardie give them (``frequency``, ``recency``, ``T``, ``monetary_value``); their
labels say what each one counts, because the CRM words R, F and M mean something else
in the Chinese segment tables (days since the last purchase, orders, spend).
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "rfm",
    {
        # --- naming a column and rows inside a message -------------------------------------
        "col.labelled": ("{label}（{name}）", "{label} ({name})"),
        "rows.all": ("行索引 {rows:list}", "index {rows:list}"),
        "rows.first": ("行索引 {rows:list} 等，共 {n:int} 行", "index {rows:list} and more, {n:int} rows in all"),
        "ids.all": ("{ids:list}", "{ids:list}"),
        "ids.first": ("{ids:list} 等 {n:int} 个", "{ids:list} and more, {n:int} in all"),
        # --- arguments (programming errors) --------------------------------------------------
        "arg.time_unit": ("time_unit 应为 {known:list} 之一（日、周、月、季、年），收到的是 {got}",
                          "time_unit must be one of {known:list} (day, week, month, quarter, year); got {got}"),
        "arg.positive": ("{name} 应为大于 0 的数，收到的是 {got}", "{name} must be a number above 0; got {got}"),
        "arg.not_negative": ("{name} 应为不小于 0 的数，收到的是 {got}", "{name} must be a number of 0 or more; got {got}"),
        "arg.date": ("{name} 应为日期，例如 '2026-10-31'；收到的是 {got}",
                     "{name} must be a date, such as '2026-10-31'; got {got}"),
        # --- check_orders ----------------------------------------------------------------
        "orders.not_frame": ("订单数据应当是一张表（pandas DataFrame），收到的是 {kind}。",
                             "The orders must be a table (a pandas DataFrame); got {kind}."),
        "orders.columns": ("订单表缺少 {n:int} 个必需的列：{missing:list}；表里有的列：{have:list}。",
                           "The orders lack {n:int} required {n:column|columns}: {missing:list}; the table has "
                           "{have:list}."),
        "buyer.missing": ("{column}有 {n:int} 行是空的（{rows}）：每笔订单都要有买家，才能归到客户名下。"
                          "请补上买家，或先把这些行删掉。",
                          "{column} is empty in {n:int} {n:row|rows} ({rows}): every order needs its buyer to be "
                          "counted for a customer. Fill them in or drop those rows first."),
        "amount.not_number": ("{column}有 {n:int} 行不是数字（{rows}，例如 {example}）：金额应当是以元为单位的数字。",
                              "{column} is not a number in {n:int} {n:row|rows} ({rows}, e.g. {example}): amounts "
                              "are numbers in yuan."),
        "amount.missing": ("{column}有 {n:int} 行是空的（{rows}）：每笔订单都要有实付金额。",
                           "{column} is empty in {n:int} {n:row|rows} ({rows}): every order needs the amount paid."),
        "amount.negative": ("{column}有 {n:int} 行是负数（{rows}，最小 {lowest:yuan}）。退款不要写成负金额："
                            "订单保留原来的实付金额，用{refunded}列标记“是”，汇总时会按这一列排除退款订单。",
                            "{column} is negative in {n:int} {n:row|rows} ({rows}; the lowest is {lowest:yuan}). "
                            "A refund is not a negative amount: keep the amount paid and mark the order in the "
                            "{refunded} column; summaries leave refunded orders out by that column."),
        "order.missing": ("{column}有 {n:int} 行是空的（{rows}）：每笔订单都要有订单编号。",
                          "{column} is empty in {n:int} {n:row|rows} ({rows}): every order needs its order id."),
        "order.duplicated": ("{column}有 {n:int} 个编号重复出现：{ids}，涉及 {rows}。同一笔订单只能有一行，"
                             "否则金额会被重复计算；多半是两份导出拼接时有重叠的日期，请去掉重复的行。",
                             "{column} repeats {n:int} {n:id|ids}: {ids}, in {rows}. An order must have one row, "
                             "or its amount counts twice; two exports pasted together with overlapping dates are "
                             "the usual cause, so drop the repeated rows."),
        "time.number": ("{column}是数字（{dtype}），不是时间：请先转换成时间，例如 "
                        "pd.to_datetime(列, format='%Y%m%d')。",
                        "{column} holds numbers ({dtype}), not times: convert it first, e.g. "
                        "pd.to_datetime(column, format='%Y%m%d')."),
        "time.missing": ("{column}有 {n:int} 行是空的（{rows}）：每笔订单都要有付款时间。",
                         "{column} is empty in {n:int} {n:row|rows} ({rows}): every order needs the time it was "
                         "paid."),
        "time.unreadable": ("{column}有 {n:int} 行认不出是时间（{rows}，例如 {example}）：请用 2026-10-15 13:45:10 "
                            "这样的写法。",
                            "{column} cannot be read as a time in {n:int} {n:row|rows} ({rows}, e.g. {example}): "
                            "write times like 2026-10-15 13:45:10."),
        "refunded.not_bool": ("{column}应当只有是/否（True/False），但有 {n:int} 行是别的值（{rows}，例如 {example}）。",
                              "{column} should hold yes/no (True/False) only, but {n:int} {n:row|rows} hold "
                              "something else ({rows}, e.g. {example})."),
        # --- the summary a model is fitted to ------------------------------------------------
        "summary.not_frame": ("客户汇总表应当是一张表（pandas DataFrame），收到的是 {kind}。",
                              "The customer summary must be a table (a pandas DataFrame); got {kind}."),
        "summary.columns": ("客户汇总表缺少列 {missing:list}：请用 rfm_summary 生成，它有 frequency、recency、T 三列。",
                            "The customer summary lacks {missing:list}: make it with rfm_summary, which gives "
                            "frequency, recency and T."),
        "summary.empty": ("客户汇总表是空的：没有客户，无法拟合模型。",
                          "The customer summary is empty: there are no customers to fit a model to."),
        "summary.missing": ("客户汇总表的{column}有 {n:int} 个客户是空值（{rows}）。",
                            "The customer summary's {column} is empty for {n:int} {n:customer|customers} ({rows})."),
        "summary.frequency": ("客户汇总表的复购次数（frequency）应当是不小于 0 的整数，有 {n:int} 个客户不是（{rows}）。",
                              "The customer summary's frequency should be a whole number of at least 0; it is not "
                              "for {n:int} {n:customer|customers} ({rows})."),
        "summary.order": ("客户汇总表应当满足 0 ≤ recency ≤ T，有 {n:int} 个客户不满足（{rows}）。",
                          "The customer summary should have 0 ≤ recency ≤ T; {n:int} {n:customer|customers} do "
                          "not ({rows})."),
        "summary.recency_alone": ("客户汇总表里有 {n:int} 个客户没有复购（frequency 为 0），recency 却不是 0（{rows}）。",
                                  "{n:int} {n:customer has|customers have} no repeat purchase (frequency 0) but a "
                                  "recency other than 0 in the customer summary ({rows})."),
        "units": ("时间单位 time_unit={unit!r}、倍数 freq_multiplier={n:g}", "time_unit={unit!r}, freq_multiplier={n:g}"),
        "model.units": ("模型是在 {model} 的客户汇总表上拟合的，这张汇总表却是 {summary}：参数 α 带着时间单位，"
                        "请用同样的 time_unit 和 freq_multiplier 生成汇总表，或在这张表上重新拟合。",
                        "The model was fitted to a customer summary in {model}, but this summary is in {summary}: "
                        "α carries the time unit, so make the summary with the same time_unit and freq_multiplier, "
                        "or fit the model to this one."),
        "fit.no_repeat": ("{n:int} 个客户都没有复购（frequency 全是 0）：BG/NBD 模型要从复购的快慢和停止来估计参数，"
                          "没有复购就无法识别。请拉长观察期，或换一个更长的订单导出。",
                          "None of the {n:int} {n:customer|customers} bought again (frequency is 0 for all): the "
                          "BG/NBD model learns from how fast customers buy again and when they stop, so without "
                          "repeat purchases it is not identified. Observe a longer period or use a longer export."),
        "fit.failed": ("BG/NBD 模型的参数估计没有收敛（{reason}）：数据可能太少，或复购模式不适合这个模型。",
                       "The BG/NBD fit did not converge ({reason}): too little data, or repeat purchases this "
                       "model does not describe."),
    },
    labels={
        "frequency": ("复购次数", "Repeat purchases"),
        "recency": ("首购到末次购买", "First to last purchase"),
        "T": ("首购到观察期末", "First purchase to end"),
        "monetary_value": ("复购平均金额", "Avg. repeat purchase"),
        "expected_purchases": ("预计购买次数", "Expected purchases"),
    },
)
