"""Words every report shares: the English of the data contract, shared columns, enum values, small phrases.

The Chinese name of a contract column is the one its export prints, taken from
:mod:`shopanalysis._schema` (its first alias, per table); this module gives its English
name (:data:`CONTRACT_EN`) and, where two tables print two words for one column, the
word a table-less label uses (:data:`ZH_DEFAULT`). The vocabulary
(:mod:`shopanalysis.vocab`) joins them with the metric names and every catalog's labels.
"""

from __future__ import annotations

from . import Catalog

#: English name of every column of the data contract (and of the derived rates it recomputes).
CONTRACT_EN: dict[str, str] = {
    "date": "Date", "visitors": "Visitors", "pageviews": "Pageviews", "paying_buyers": "Paying buyers",
    "paid_orders": "Paid orders", "paid_amount": "Sales", "refund_amount": "Refunds", "bounce_rate": "Bounce rate",
    "avg_stay_s": "Avg. stay (s)", "returning_visitors": "Returning visitors", "source": "Traffic source",
    "channel": "Channel", "month": "Month", "target_amount": "Sales target", "product_id": "Product ID",
    "product_name": "Product", "category": "Category", "price": "Price", "unit_cost": "Unit cost",
    "listed_date": "Listed", "impressions": "Impressions", "clicks": "Clicks", "add_to_cart": "Add-to-cart buyers",
    "main_image": "Main image", "snapshot_date": "Snapshot", "shop": "Shop", "title": "Title",
    "monthly_sales": "Monthly sales", "review_count": "Reviews", "rating": "Rating",
    "dsr_description": "DSR description", "dsr_service": "DSR service", "dsr_shipping": "DSR shipping",
    "followers": "Followers", "campaign": "Campaign", "keyword": "Keyword", "bid": "Bid", "cost": "Spend",
    "avg_rank": "Avg. rank", "quality_score": "Quality score", "orders": "Orders", "gmv": "GMV",
    "favorites": "Favourites", "daily_budget": "Daily budget", "start": "Start", "end": "End",
    "search_term": "Search term", "matched_keyword": "Matched keyword", "agent": "Agent",
    "inquiries": "Inquiring buyers", "inquiry_buyers": "Inquiring buyers who paid", "received": "Buyers served",
    "first_response_s": "First response (s)", "avg_response_s": "Avg. response (s)",
    "sales_amount": "CS-assisted sales", "after_sales_cases": "After-sales buyers", "bad_reviews": "Bad reviews",
    "bad_reviews_resolved": "Bad reviews resolved", "level": "Level", "hired": "Hired",
    "commission_rate": "Commission rate", "shift": "Shift", "task_id": "Task", "designer": "Designer",
    "asset": "Asset", "requested": "Requested", "due": "Due", "delivered": "Delivered", "live_from": "Live from",
    "case_id": "Case", "order_id": "Order", "opened": "Opened", "kind": "Kind", "amount": "Amount",
    "status": "Status", "deadline": "Deadline", "resolved": "Resolved", "buyer_id": "Buyer",
    "paid_at": "Paid at", "items": "Items", "province": "Province", "refunded": "Refunded", "buyer_phone": "Phone",
    # the rates the platforms print and the package recomputes (metrics.METRICS)
    "conversion_rate": "Conversion rate", "avg_order_value": "Avg. order value", "sales_per_visitor": "Sales per visitor",
    "ctr": "CTR", "cpc": "CPC", "roi": "ROI", "click_conversion": "Click conversion",
    "inquiry_conversion": "Inquiry conversion", "add_to_cart_rate": "Add-to-cart rate", "refund_rate": "Refund rate",
}

#: The Chinese word for a column two tables print differently, where no table is named.
#: 直通车 prints 展现量, 生意参谋's product report 曝光量: a PPC table says 展现量 and a
#: product table 曝光量 (the per-table word wins there), anything else 展现量.
ZH_DEFAULT: dict[str, str] = {
    "impressions": "展现量",
    "paid_amount": "支付金额",
    "add_to_cart": "加购人数",
    "channel": "流量类型",
    "orders": "订单数",  # a buyer's orders (customers); 直通车 tables say 总成交笔数
}

T = Catalog(
    "common",
    {
        "nothing": ("（暂无）", "(nothing to report)"),
        "no_value": ("—", "—"),
        "na": ("无数据", "N/A"),
        "top_of": ("前{shown}项，共{total}项", "first {shown} of {total}"),
        "vs": ("对比{what}", "vs {what}"),
        "no_comparison": ("无对比数据（{what}）", "no comparison ({what})"),
        "title": ("{shop} · {report} {period}", "{shop} · {report} {period}"),
        "contents": ("目录", "Contents"),
    },
    labels={
        "sales_change": ("支付金额变化", "Sales change"),
        "sales_change_pct": ("变化幅度", "Change"),
        "yuan_visitors": ("访客数贡献", "From visitors"),
        "yuan_conversion": ("转化率贡献", "From conversion"),
        "yuan_avg_order_value": ("客单价贡献", "From order value"),
        "share": ("占比", "Share"),
        "detail": ("数据", "Data"),
        "todo": ("要做的事", "To do"),
        "item": ("事项", "Item"),
        "driver": ("主因", "Main driver"),
        "reason": ("原因", "Reason"),
        "baseline": ("对比", "Against"),
        "label": ("对比", "Against"),
        "change": ("变化", "Change"),
        "visitors_change": ("访客数变化", "Visitors change"),
        "paid_amount_change": ("支付金额变化", "Sales change"),
        "share_of_change": ("占变化", "Share of change"),
        "low": ("下限", "Low"),
        "high": ("上限", "High"),
        "advice": ("建议", "Advice"),
        "direction": ("方向", "Direction"),
        "share_of_visitors_change": ("占访客变化", "Share of visitors change"),
        "share_of_sales_change": ("占金额变化", "Share of sales change"),
        "paying_buyers_change": ("买家数变化", "Buyers change"),
        "buyers_change": ("买家数变化", "Buyers change"),
        "rank": ("排名", "Rank"),
        "products": ("商品数", "Products"),
    },
    values={
        "channel": {
            "natural": ("自然流量", "Natural"),
            "paid": ("付费流量", "Paid"),
            "activity": ("活动流量", "Activity"),
            "membership": ("会员流量", "Membership"),
            "other": ("其他流量", "Other"),
        },
        "direction": {"up": ("上升", "Up"), "down": ("下降", "Down"), "flat": ("持平", "Flat")},
        "baseline": {
            "previous_day": ("前一天", "Previous day"),
            "same_weekday_last_week": ("上周同日", "Same weekday last week"),
            "trailing_7d_mean": ("近7天日均", "7-day average"),
        },
        "status": {
            "ACTION": ("需处理", "Action"),
            "WARN": ("留意", "Watch"),
            "OK": ("正常", "OK"),
            "N/A": ("无数据", "N/A"),
            "low": ("偏低", "Low"),
            "ok": ("正常", "OK"),
            "high": ("偏高", "High"),
        },
    },
)
