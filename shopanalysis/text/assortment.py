"""What the product-structure review (商品结构, :mod:`shopanalysis.assortment`) says, and its column labels."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "assortment",
    {
        "no_rows": ("「商品效果」表（products_daily）在 {start:date} 至 {end:date} 之间没有数据；{covers}",
                    "the products_daily table has no rows from {start:date} to {end:date}; {covers}"),
        "bad_cuts": ("ABC 分级的界线要满足 0 < a ≤ b ≤ 1；收到 a={a!r}、b={b!r}",
                     "the ABC cut-offs need 0 < a <= b <= 1; got a={a!r}, b={b!r}"),
        "bad_window": ("开始日期 {start:date} 晚于结束日期 {end:date}",
                       "the start {start:date} is after the end {end:date}"),
        "takeaway.sell_through": ("本期在线商品 {n_products:int} 款，动销 {n_selling:int} 款，动销率 {sell_through:pct}。",
                                  "{n_products:int} products were listed this period and {n_selling:int} of them "
                                  "sold: a sell-through rate of {sell_through:pct}."),
        "takeaway.sell_through_slow": ("本期在线商品 {n_products:int} 款，动销 {n_selling:int} 款，动销率 "
                                       "{sell_through:pct}；还有 {slow:int} 款一件没卖出去，先看有访客却不成交的款：换主图、"
                                       "调价或下架。",
                                       "{n_products:int} products were listed this period and {n_selling:int} of them "
                                       "sold: a sell-through rate of {sell_through:pct}. {slow:int} {slow:product|"
                                       "products} sold nothing: start with those that get visitors but do not convert "
                                       "(new main image, price, or delist)."),
        "takeaway.pareto": ("{a_products:int} 款商品（占在线商品 {a_product_share:pct0}）贡献了 {a_sales_share:pct0} "
                            "的销售额。",
                            "{a_products:int} {a_products:product makes|products make} {a_sales_share:pct0} of "
                            "sales ({a_product_share:pct0} of the listed products)."),
        "takeaway.pareto_concentrated": ("销售高度集中：{a_products:int} 款商品（占在线商品 {a_product_share:pct0}）贡献了 "
                                         "{a_sales_share:pct0} 的销售额，要防爆款断货或失速。",
                                         "Sales are concentrated: {a_products:int} {a_products:product makes|products "
                                         "make} {a_sales_share:pct0} of them ({a_product_share:pct0} of the listed "
                                         "products); guard the best sellers' stock and ranking."),
        "takeaway.pareto_spread": ("销售分散：要 {a_products:int} 款商品（占在线商品 {a_product_share:pct0}）才凑满 "
                                   "{a_sales_share:pct0} 的销售额，没有撑起店铺的爆款，可集中资源打造一两个主推款。",
                                   "Sales are spread: it takes {a_products:int} {a_products:product|products} "
                                   "({a_product_share:pct0} of the listed products) to make {a_sales_share:pct0} of "
                                   "them; no best seller carries the shop, so consider backing one or two."),
        "takeaway.top": ("销售额前 {top:int} 的商品占 {top_share:pct}。",
                         "The top {top:int} {top:product takes|products take} {top_share:pct} of sales."),
        "takeaway.top_named": ("销售额前 {top:int} 的商品（{names:list}）占 {top_share:pct}。",
                               "The top {top:int} {top:product|products} ({names:list}) {top:takes|take} "
                               "{top_share:pct} of sales."),
        "takeaway.new": ("本期上新 {new_products:int} 款，贡献销售额 {new_product_sales_share:pct}。",
                         "{new_products:int} new {new_products:product was|products were} listed this period, "
                         "with {new_product_sales_share:pct} of sales."),
        "takeaway.no_new": ("本期没有上新。", "No product was listed this period."),
    },
    labels={
        "cumulative_share": ("累计占比", "Cumulative share"),
        "abc": ("ABC分级", "ABC class"),
        "n_products": ("在线商品数", "Listed products"),
        "n_selling": ("动销商品数", "Products sold"),
        "sell_through": ("动销率", "Sell-through rate"),
        "top_share": ("头部商品销售占比", "Top products' share of sales"),
        "a_products": ("A类商品数", "A-class products"),
        "a_product_share": ("A类商品数占比", "A-class share of products"),
        "a_sales_share": ("A类商品销售占比", "A-class share of sales"),
        "new_products": ("新品数", "New products"),
        "new_product_sales_share": ("新品销售占比", "New products' share of sales"),
    },
    values={
        "abc": {
            "A": ("A类（主力款）", "A (core)"),
            "B": ("B类（辅助款）", "B (support)"),
            "C": ("C类（长尾款）", "C (long tail)"),
        },
    },
)
