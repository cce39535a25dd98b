"""The promo calendar's names and notes, and the promo review's sentences and labels (:mod:`shopanalysis.promo`)."""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "promo",
    {
        "note.双11": ("天猫双11：预售约在10-20开启，买家先付定金或观望；尾款和成交高峰在11-11",
                      "Singles' Day (Tmall 11.11): pre-sale opens around 10-20 and buyers hold back or pay "
                      "deposits; the balance payments and the peak fall on 11-11"),
        "note.双12": ("淘宝双12：双11的小回声，12-10至12-12", "Double 12 (Taobao 12.12): a smaller echo of 11.11, 12-10 to 12-12"),
        "note.618": ("年中大促618：约05-20开始预售，06-18为高峰", "The mid-year sale (618): pre-sale from about 05-20, peak on 06-18"),
        "note.春节停发": ("春节停发：快递约在春节前十天停运、节后一周恢复，销售下滑",
                      "Spring Festival logistics stop: couriers pause from about ten days before the lunar new year "
                      "to a week after it, and sales drop"),
        # the promo review (活动复盘): one sentence per promo, built from these parts
        "review.head": ("{promo}（{first:md}至{last:md}，{days:int} 天）日均支付金额 {day_mean:yuan}",
                        "{promo} ({first:md} to {last:md}, {days:int} {days:day|days}): {day_mean:yuan} a day"),
        "review.lift": ("，较活动前 {baseline_n:int} 个日常日（日均 {baseline:yuan}）{lift:+pct0}，增量约 {extra_sales:+yuan}",
                        ", {lift:+pct0} on the {baseline_n:int} ordinary {baseline_n:day|days} before it "
                        "({baseline:yuan} a day), about {extra_sales:+yuan} of extra sales"),
        "review.no_baseline": ("；活动前没有日常日的数据，算不出提升", "; no ordinary day before it in the data, so no lift"),
        "review.new_buyers": ("；新客 {new_buyers:int} 人，占下单买家 {new_buyer_share:pct}",
                              "; {new_buyers:int} new {new_buyers:buyer|buyers}, {new_buyer_share:pct} of its buyers"),
        "review.ads": ("；{ads}花费 {ad_spend:yuan}，投入产出比 {ad_roi:.2f}",
                       "; {ad_spend:yuan} spent on {ads} at an ROI of {ad_roi:.2f}"),
        "review.refund_orders": ("；活动订单截至 {until:md} 退款 {refund:yuan}，退款率 {rate:pct}",
                                 "; its orders were refunded {refund:yuan} by {until:md}, a refund rate of {rate:pct}"),
        "review.refund_shop": ("；活动开始至 {until:md} 店铺退款 {refund:yuan}，为活动期支付金额的 {rate:pct}（近似）",
                               "; the shop refunded {refund:yuan} from its start to {until:md}, {rate:pct} of its "
                               "sales (a proxy)"),
        "review.partial": ("；注意：活动有部分日期不在数据内，数字不完整",
                           "; note: part of the window is outside the data, so the figures are incomplete"),
        "review.end": ("。", "."),
        "review.none": ("本期没有大促活动。", "No promo fell in this period."),
    },
    labels={
        "first": ("活动首日", "First day"),
        "last": ("活动末日", "Last day"),
        "promo_days": ("活动天数", "Promo days"),
        "day_mean": ("日均支付金额", "Sales per day"),
        "baseline_day_mean": ("活动前日常日均", "Ordinary sales per day before"),
        "baseline_n": ("对比日常天数", "Ordinary days compared"),
        "extra_sales": ("增量销售额", "Extra sales"),
        "new_buyer_share": ("新客占比", "New-buyer share"),
        "ad_spend": ("推广花费", "Ad spend"),
        "ad_roi": ("推广投入产出比", "Ad ROI"),
        "refund_amount_after": ("活动退款金额", "Refunds of the promo"),
        "refund_rate_after": ("活动退款率", "Refund rate of the promo"),
        "refund_basis": ("退款口径", "Refund basis"),
        "refund_until": ("退款统计截至", "Refunds counted until"),
        "partial": ("活动窗口不完整", "Window incomplete"),
        "note": ("说明", "Note"),
    },
    values={
        "refund_basis": {
            "orders": ("活动订单的退款", "Refunds of the promo's orders"),
            "shop_daily": ("店铺同期退款（近似）", "Shop refunds over the period (proxy)"),
        },
        "note": {
            "no_baseline": ("活动前没有日常日数据，算不出提升", "No ordinary day before it: no lift"),
            "orders_start_late": ("订单数据从活动中才开始，算不出新客", "Orders start inside it: no new buyers"),
            "partial": ("活动有部分日期不在数据内", "Part of the window is outside the data"),
        },
        "promo": {
            "双11": ("双11", "11.11"),
            "双12": ("双12", "12.12"),
            "618": ("618大促", "618"),
            "春节停发": ("春节停发", "Spring Festival stop"),
        },
    },
)
