"""What the cross-table checks say when a shop's tables disagree (:mod:`shopanalysis.checks`).

A finding names the check, what disagrees, on how many of the days both tables
cover, and the first few days with both numbers.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "checks",
    {
        # --- the checks' names (the first words of a finding)
        "name.sources_add_up": ("流量来源对账", "Traffic sources vs shop"),
        "name.orders_add_up": ("订单对账", "Orders vs shop"),
        "name.ppc_clicks": ("直通车点击对账", "PPC clicks vs visitors"),
        "name.cs_sales": ("客服销售额对账", "Customer-service sales vs shop"),
        "name.products_add_up": ("商品对账", "Products vs shop"),
        "name.search_terms": ("搜索词对账", "Search terms vs keywords"),
        "name.cs_on_shift": ("客服排班对账", "Agents on shift"),
        "name.product_ids": ("商品编号对账", "Product IDs"),
        # --- a finding over days: what disagrees, then the first days with both numbers
        "finding.days": ("{check}：{what}，{total:int} 天中有 {n:int} 天对不上：{examples}{more}",
                         "{check}: {what} on {n:int} of {total:int} {total:day|days}: {examples}{more}"),
        "finding.keyword_days": ("{check}：{what}，按天按关键词比较，{total:int} 组中有 {n:int} 组对不上：{examples}{more}",
                                 "{check}: {what} on {n:int} of {total:int} {total:keyword-day|keyword-days}: {examples}{more}"),
        "example": ("{when} {left} {a}，{right} {b}", "{when}: {left} {a} vs {right} {b}"),
        "join": ("；", "; "),
        "join.list": ("、", ", "),
        "more": ("；另有 {n} 处", "; and {n} more"),
        "money": ("¥{amount}", "¥{amount}"),
        # --- what each check compares
        "what.sources": ("各来源的{column}加起来与店铺整体不一致", "{column} summed over traffic sources differs from the "
                                                                  "shop's daily total"),
        "what.orders_amount": ("订单实付金额按付款日加起来与店铺整体的支付金额不一致",
                               "orders' paid amounts summed per payment day differ from the shop's sales"),
        "what.orders_buyers": ("每天订单里的买家数（去重）与店铺整体的支付买家数不一致",
                               "distinct buyers in the orders per payment day differ from the shop's paying buyers"),
        "what.ppc_clicks": ("流量来源里直通车的访客数与直通车关键词的点击量相差超过 {tolerance:pct0}",
                            "PPC visitors in the traffic sources are not within {tolerance:pct0} of the PPC keyword "
                            "clicks"),
        "what.cs_sales": ("客服销售额（所有客服加起来）超过了店铺整体的支付金额",
                          "customer-service sales summed over agents exceed the shop's sales"),
        "what.products": ("各商品的{column}加起来超过了店铺整体", "{column} summed over products exceeds the shop's "
                                                                 "daily total"),
        "what.search_terms": ("搜索词的{column}加起来超过了所匹配关键词的{column}",
                              "search terms' {column} exceed their matched keyword's {column}"),
        # --- the two sides of an example
        "side.sources": ("来源", "sources"),
        "side.shop": ("店铺", "shop"),
        "side.orders": ("订单", "orders"),
        "side.visitors": ("访客", "visitors"),
        "side.clicks": ("点击", "clicks"),
        "side.cs": ("客服", "customer service"),
        "side.products": ("商品", "products"),
        "side.terms": ("搜索词", "terms"),
        "side.keyword": ("关键词", "keyword"),
        # --- findings of their own shape
        "ppc.no_source": ("{check}：直通车关键词报表在 {days} 天里共有 {clicks:int} 次点击，但流量来源里没有付费推广的来源"
                          "（找的是 {sources}）",
                          "{check}: the PPC keyword report has {clicks:int} clicks on {days} {days:day|days} but the "
                          "traffic sources have no PPC source (looked for {sources})"),
        "shift.unknown": ("{check}：客服 {agents}（{n} 人）有客服绩效数据，但不在排班表上",
                          "{check}: {agents} {n:has|have} customer-service rows but {n:is|are} not on the roster"),
        "shift.off_days": ("{check}：有 {n} 条客服绩效记录，客服当天并不在班：{rows}{more}",
                           "{check}: {n} customer-service {n:row|rows} for agents not on shift: {rows}{more}"),
        "shift.off": ("{day} {agent}（休息）", "{day} {agent} (off)"),
        "shift.not_listed": ("{day} {agent}（当天不在排班表上）", "{day} {agent} (not on the roster that day)"),
        "ids.missing": ("{check}：{table}里有 {n} 个商品编号（{rows} 行）不在商品表里：{ids}",
                        "{check}: {n} product {n:ID|IDs} in {table} ({rows} {rows:row|rows}) {n:is|are} not in the "
                        "product list: {ids}"),
        "ids.more": ("{ids} 等，另有 {n} 个", "{ids} and {n} more"),
    },
)
