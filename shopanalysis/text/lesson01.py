"""What lesson 01's checkers say (:mod:`shopanalysis.course.lesson01`, the sales formula), Chinese first.

The words every checker shares (the box, the wrong type, a flipped sign, ...) are in
:mod:`shopanalysis.text.course`.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "lesson01",
    {
        # --- 1.1 October's conversion rate
        "1.1.title": ("十月的支付转化率", "October's conversion rate"),
        "bilingual.1.1.why": ("十月的访客里有 {rate:pct2} 付了款（支付转化率 = 支付买家数 / 访客数，按整月加总）。"
                    "一个月的比率是总和之比，所以忙的一天比清淡的一天分量重，本该如此。",
                    "{rate:pct2} of October's visitors paid (支付转化率 = 支付买家数 / 访客数, summed over the "
                    "month). A month's rate is a ratio of sums, so a busy day weighs more than a quiet one, as it "
                    "should."),
        "1.1.hint": ("先选出十月的行，再把它们一次传给 sa.metrics.conversion_rate(october)",
                     "select October's rows, then call sa.metrics.conversion_rate(october) on all of them at once"),
        "1.1.trap.september": ("这是九月的支付转化率", "that is September's conversion rate"),
        "1.1.trap.september.hint": ("选出 2026-10 的行", "select the rows of 2026-10"),
        "1.1.trap.one_day": ("这是一天（{day:date}）的支付转化率，不是整月的",
                             "that is the rate of one day ({day:date}), not of the month"),
        "1.1.trap.one_day.hint": ("选出十月的每一天", "select every day of October"),
        "1.1.trap.year": ("这是全年的支付转化率", "that is the rate of the whole year"),
        "1.1.trap.year.hint": ("选出十月的行", "select October's rows"),
        # --- 1.2 sales with 8,000 visitors
        "1.2.title": ("8,000 个访客时的销售额", "Sales with 8,000 visitors"),
        "bilingual.1.2.why": ("{visitors:int} × {rate:pct2} × {order_value:yuan} = {sales}：支付转化率和客单价不变时，"
                    "销售额和访客数同步增长（访客 {more_visitors:+pct1}，销售额 {more_sales:+pct1}）。",
                    "{visitors:int} x {rate:pct2} x {order_value:yuan} = {sales}: with conversion and 客单价 "
                    "unchanged, sales grow in step with visitors ({more_sales:+pct1} for {more_visitors:+pct1} "
                    "visitors)."),
        "1.2.hint": ("sa.metrics.sales_identity(8000, conversion, order_value)，其中这一天的 conversion_rate 和 "
                     "avg_order_value 用 sa.metrics 算",
                     "sa.metrics.sales_identity(8000, conversion, order_value), with the day's conversion_rate and "
                     "avg_order_value computed by sa.metrics"),
        "1.2.trap.actual": ("这是这一天实际的销售额，用的是它自己的 {visitors:int} 个访客",
                            "that is the day's actual sales, with its {visitors:int} visitors"),
        "1.2.trap.actual.hint": ("把访客数换成 8000", "put 8000 in place of the visitors"),
        "1.2.trap.extra": ("这只是多出来的销售额；练习要的是这一天的销售额",
                           "that is only the extra sales; the exercise asks for the day's sales"),
        "1.2.trap.extra.hint": ("给出 8,000 个访客时整天的销售额", "give the whole day's sales with 8,000 visitors"),
        # --- 1.3 the visitors' part against the day before (in yuan: unlike the share, it shows a backwards comparison)
        "1.3.title": ("和前一天比，访客带来的那部分", "The visitors' part against the day before"),
        "1.3.why": ("访客带来了 {yuan:+yuan}，而整个变化只有 {change:+yuan}：访客的份额是 {share:.0%}，比全部变化还多，"
                          "因为其他因素往反方向拉（{others}）。份额超过 100% 总是说明有别的因素在抵消，这里是支付转化率下降了。",
                          "visitors brought {yuan:+yuan} of a change of only {change:+yuan}: their share is "
                          "{share:.0%}, more than all of it, because the other factors pulled the other way "
                          "({others}). A share above 100% always means another factor worked against it, here a "
                          "lower conversion rate."),
        "1.3.other": ("{name} {yuan:+yuan}", "{name} {yuan:+yuan}"),
        "1.3.hint": ('split = sa.metrics.split_sales_change(day_before, day)，再取 split.loc["visitors", "yuan"]',
                           'split = sa.metrics.split_sales_change(day_before, day), then split.loc["visitors", '
                           '"yuan"]'),
        "1.3.worked": ("这是和上周四（{day:date}，例题）比较的结果；这道练习和前一天 {before:date} 比较",
                             "that is against last Thursday ({day:date}), the worked example; this exercise "
                             "compares with the day before, {before:date}"),
        "1.3.worked.hint": ("用 {before:date} 的行作为之前", "use the rows of {before:date} as before"),
        "1.3.share": ("这是访客在变化中的份额（share，一个比例）；这道练习要的是访客带来的金额（yuan）",
                            "that is the visitors' share of the change (a fraction of it); the exercise asks for "
                            "their part in yuan"),
        "1.3.yuan_column": ('取 "yuan" 这一列', 'take the "yuan" column'),
        "1.3.pct": ("这是访客数本身变化了多少（pct_change），不是它带来的金额",
                          "that is how much the visitors themselves grew (pct_change), not the yuan they brought"),
        "1.3.log": ("这是访客的对数变化（log_change），不是金额", "that is the visitors' log change, not yuan"),
        "1.3.change": ("这是销售额的全部变化，不只是访客带来的那部分",
                             "that is the whole change in sales, not the visitors' part of it"),
        "1.3.people": ("这是访客人数的变化（人），不是金额", "that is the change in visitors (people), not in yuan"),
        # --- 1.4 which 10% is worth most
        "1.4.title": ("哪个 10% 最值钱", "Which 10% is worth most"),
        "1.4.gain": ("{name} {gain:+yuan}", "{name} {gain:+yuan}"),
        "1.4.name.visitors": ("访客数", "visitors"),
        "1.4.name.conversion": ("支付转化率", "conversion"),
        "1.4.name.order_value": ("客单价", "order value"),
        "1.4.A": ("访客数多 10%", "10% more visitors"),
        "1.4.A.why": ("它带来 {gain:+yuan}，和另外两个一模一样（{each}）：销售额是乘积，任何一个因素多 10%，"
                      "销售额就多 10%。",
                      "it adds {gain:+yuan}, exactly as much as the other two ({each}): sales is a product, so 10% "
                      "more of any factor is 10% more sales."),
        "1.4.B": ("支付转化率高 10%", "a 10% higher conversion rate"),
        "1.4.B.why": ("{rate:pct2} → {higher:pct2} 带来 {gain:+yuan}，和其他两个一样（{each}）。",
                      "{rate:pct2} -> {higher:pct2} adds {gain:+yuan}, the same as the others ({each})."),
        "bilingual.1.4.C": ("客单价高 10%", "a 10% higher 客单价"),
        "1.4.C.why": ("{value:yuan} → {higher:yuan} 带来 {gain:+yuan}，和其他两个一样（{each}）。",
                      "{value:yuan} -> {higher:yuan} adds {gain:+yuan}, the same as the others ({each})."),
        "1.4.D": ("三者一样值钱", "they are worth the same"),
        "bilingual.1.4.D.why": ("销售额 = 访客数 × 支付转化率 × 客单价，所以任何一个因素 +10%，销售额就 +10%：{each}。"
                      "先拉哪一个，要看哪个最便宜、最快能动；对大多数店铺来说，是流量。",
                      "sales = 访客数 x 支付转化率 x 客单价, so +10% of any one factor is +10% of sales: {each}. "
                      "Which to pull then depends on what is cheapest and quickest to move, and for most shops "
                      "that is traffic."),
        "1.4.hint": ("用 sa.metrics.sales_identity 把每种情况算一遍，再比较",
                     "compute each case with sa.metrics.sales_identity and compare"),
    },
)
