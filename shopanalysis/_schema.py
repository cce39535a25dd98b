"""The data contract: canonical tables, their columns and the export names they accept.

This is the one place that knows what a table looks like. The readers
(:mod:`shopanalysis.io`), the demo-shop generator (:mod:`shopanalysis.samples`)
and the tests all work from :data:`TABLES`.

Conventions (DESIGN.md, "The data contract"): canonical names are English
snake_case; rates are fractions (0.0128), money is yuan as float, durations are
seconds, dates are ``datetime64[ns]`` normalised to midnight.

Column kinds
------------
``date``      a calendar day (2026-10-01, 2026/10/01, 20261001, an Excel serial); not after today
              unless the column says ``future=True`` (a roster, a due date)
``datetime``  a moment (付款时间 2026-10-01 13:45:10)
``month``     a month as the string ``YYYY-MM``
``int``       a count, whole and not negative
``money``     yuan, not negative ("1,234.50", "¥1,234.5")
``float``     any number (bids, ranks, scores)
``rate``      a fraction in [0, 1] (or a tighter plausibility bound, ``high``); "2.35%" is 0.0235
``seconds``   a duration in seconds, not negative
``str``       text
``bool``      yes / no (是/否, true/false, 1/0)
``category``  text from a fixed set; ``values`` maps export spellings to canonical ones
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = [
    "Column",
    "Derived",
    "Table",
    "TABLES",
    "CHANNELS",
    "SOURCE_CHANNELS",
    "table",
]

KINDS = frozenset(
    {"date", "datetime", "month", "int", "money", "float", "rate", "seconds", "str", "bool", "category"}
)


@dataclass(frozen=True)
class Column:
    """One canonical column: its name, kind, whether a table needs it, and export names."""

    name: str
    kind: str
    required: bool = False
    aliases: tuple[str, ...] = ()
    doc: str = ""
    values: dict[str, str] | None = None  # for kind == "category": export spelling -> canonical
    low: float | None = None  # inclusive bounds checked by the reader
    high: float | None = None
    future: bool = False  # dates: may lie after today (a roster, a due date, a campaign's end)

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"column {self.name!r}: unknown kind {self.kind!r}; expected one of {sorted(KINDS)}")


@dataclass(frozen=True)
class Derived:
    """A column the platforms export but we recompute: ``numerator / denominator``.

    The reader checks the file's value against the recomputed one, warns when they
    disagree, and drops the column: canonical tables hold only what cannot be derived.
    """

    name: str
    numerator: str
    denominator: str
    aliases: tuple[str, ...]
    kind: str = "rate"  # "rate" (a fraction) or "money" (yuan per unit)


@dataclass(frozen=True)
class Table:
    """A canonical table: its columns, the key that makes a row unique, and in-row checks."""

    name: str
    title: str  # Chinese name an operator knows it by
    doc: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    file_aliases: tuple[str, ...] = ()  # export file stems that hold this table
    at_most: tuple[tuple[str, str], ...] = ()  # (a, b): a <= b on every row
    derived: tuple[Derived, ...] = ()

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    @property
    def required(self) -> list[str]:
        return [c.name for c in self.columns if c.required]

    def column(self, name: str) -> Column:
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"table {self.name!r} has no column {name!r}; it has {self.names}")


def _c(name, kind, required=False, *aliases, doc="", values=None, low=None, high=None, future=False):
    if low is None and kind in {"int", "money", "seconds"}:
        low = 0
    if kind == "rate":
        # A fraction; ``high`` below 1 is a plausibility bound (a commission of 50% is a misread).
        low, high = 0.0, 1.0 if high is None else high
    return Column(name, kind, required, tuple(aliases), doc, values, low, high, future)


#: Traffic channels (流量类型) that sources roll up into.
CHANNELS = ("natural", "paid", "activity", "membership", "other")

#: Default channel of the 生意参谋 traffic sources the demo shop and most exports carry.
SOURCE_CHANNELS = {
    "手淘搜索": "natural",
    "手淘推荐": "natural",
    "手淘首页": "natural",
    "直接访问": "natural",
    "直通车": "paid",
    "引力魔方": "paid",
    "万相台": "paid",
    "淘宝客": "paid",
    "聚划算": "activity",
    "天天特卖": "activity",
    "淘抢购": "activity",
    "购物车": "membership",
    "我的淘宝": "membership",
    "店铺会员": "membership",
    "其他": "other",
    # JD (京东商智) names
    "京东搜索": "natural",
    "京东推荐": "natural",
    "店铺首页": "natural",
    "京东快车": "paid",
    "京挑客": "paid",
    "京东秒杀": "activity",
    "我的京东": "membership",
}

_CHANNEL_VALUES = {
    **{c: c for c in CHANNELS},
    "自然流量": "natural", "免费流量": "natural", "付费流量": "paid",
    "活动流量": "activity", "会员流量": "membership", "自主访问": "membership", "其他流量": "other", "其它": "other",
}
_SHIFT_VALUES = {
    "day": "day", "half": "half", "night": "night", "off": "off",
    "白班": "day", "早班": "day", "半班": "half", "中班": "half", "晚班": "night", "夜班": "night", "休息": "off", "休": "off",
}
_ASSET_VALUES = {
    "main_image": "main_image", "detail_page": "detail_page", "activity_page": "activity_page",
    "ad_creative": "ad_creative",
    "主图": "main_image", "详情页": "detail_page", "活动页": "activity_page", "推广图": "ad_creative", "创意图": "ad_creative",
}
_AFTER_SALES_KIND = {"仅退款": "仅退款", "退货退款": "退货退款", "换货": "换货", "投诉": "投诉",
                     "refund_only": "仅退款", "return_refund": "退货退款", "exchange": "换货", "complaint": "投诉"}
_AFTER_SALES_STATUS = {
    "open": "open", "waiting_buyer": "waiting_buyer", "resolved": "resolved", "escalated": "escalated",
    "待处理": "open", "处理中": "open", "待买家处理": "waiting_buyer", "等待买家": "waiting_buyer",
    "已完结": "resolved", "退款成功": "resolved", "已关闭": "resolved", "小二介入": "escalated", "平台介入": "escalated",
}
_LEVEL_VALUES = {f"P{i}": f"P{i}" for i in range(1, 5)} | {f"p{i}": f"P{i}" for i in range(1, 5)}

_DATE = ("统计日期", "日期", "时间")

_TABLE_LIST = [
    Table(
        "shop_daily", "店铺整体",
        "The shop's daily totals from 生意参谋 > 取数 / 整体看板. One row per day.",
        (
            _c("date", "date", True, *_DATE),
            _c("visitors", "int", True, "访客数", doc="unique visitors that day (访客数)"),
            _c("pageviews", "int", False, "浏览量"),
            _c("paying_buyers", "int", True, "支付买家数"),
            _c("paid_orders", "int", False, "支付子订单数", "支付订单数"),
            _c("paid_amount", "money", True, "支付金额"),
            _c("refund_amount", "money", False, "成功退款金额", "退款金额"),
            _c("bounce_rate", "rate", False, "跳失率"),
            _c("avg_stay_s", "seconds", False, "平均停留时长", "人均停留时长"),
            _c("returning_visitors", "int", False, "老访客数"),
        ),
        key=("date",),
        file_aliases=("店铺整体", "整体看板", "店铺日报", "生意参谋_店铺"),
        at_most=(("paying_buyers", "visitors"), ("returning_visitors", "visitors"), ("visitors", "pageviews"),
                 ("paying_buyers", "paid_orders")),
        derived=(
            Derived("conversion_rate", "paying_buyers", "visitors", ("支付转化率",)),
            Derived("avg_order_value", "paid_amount", "paying_buyers", ("客单价",), kind="money"),
        ),
    ),
    Table(
        "traffic_sources", "流量来源",
        "Visitors, buyers and sales by traffic source (生意参谋 > 流量 > 来源). One row per day and source.",
        (
            _c("date", "date", True, *_DATE),
            _c("source", "str", True, "流量来源", "来源名称", "来源"),
            _c("channel", "category", False, "流量类型", "渠道", values=_CHANNEL_VALUES),
            _c("visitors", "int", True, "访客数"),
            _c("paying_buyers", "int", False, "支付买家数"),
            _c("paid_amount", "money", False, "支付金额"),
        ),
        key=("date", "source"),
        file_aliases=("流量来源", "来源明细", "流量来源明细"),
        at_most=(("paying_buyers", "visitors"),),
        derived=(
            Derived("conversion_rate", "paying_buyers", "visitors", ("支付转化率",)),
            Derived("avg_order_value", "paid_amount", "paying_buyers", ("客单价",), kind="money"),
        ),
    ),
    Table(
        "targets", "销售目标",
        "Monthly sales targets the shop set itself. One row per month.",
        (
            _c("month", "month", True, "月份", "月"),
            _c("target_amount", "money", True, "销售目标", "目标销售额", "目标金额"),
        ),
        key=("month",),
        file_aliases=("销售目标", "月度目标", "目标"),
    ),
    Table(
        "products", "商品",
        "The shop's product list with price and unit cost. One row per product.",
        (
            _c("product_id", "str", True, "商品ID", "宝贝ID", "商品id"),
            _c("product_name", "str", False, "商品名称", "宝贝名称", "商品标题"),
            _c("category", "str", False, "类目", "叶子类目"),
            _c("price", "money", False, "价格", "一口价"),
            _c("unit_cost", "money", False, "成本", "成本价", "单件成本"),
            _c("listed_date", "date", False, "上架时间", "上架日期"),
        ),
        key=("product_id",),
        file_aliases=("商品", "商品列表", "宝贝列表"),
    ),
    Table(
        "products_daily", "商品效果",
        "Each product's day (生意参谋 > 品类 > 商品效果). One row per day and product.",
        (
            _c("date", "date", True, *_DATE),
            _c("product_id", "str", True, "商品ID", "宝贝ID", "商品id"),
            _c("product_name", "str", False, "商品名称", "宝贝名称", "商品标题"),
            _c("impressions", "int", False, "曝光量", "商品曝光量", "搜索曝光量"),
            _c("clicks", "int", False, "点击量", "商品点击量"),
            _c("visitors", "int", True, "访客数", "商品访客数"),
            _c("add_to_cart", "int", False, "加购人数", "商品加购人数"),
            _c("paying_buyers", "int", True, "支付买家数"),
            _c("paid_amount", "money", True, "支付金额"),
            _c("bounce_rate", "rate", False, "跳失率", "详情页跳出率", "商品详情页跳出率"),
            _c("main_image", "str", False, "主图版本", "主图"),
        ),
        key=("date", "product_id"),
        file_aliases=("商品效果", "商品明细", "单品分析"),
        at_most=(("clicks", "impressions"), ("paying_buyers", "visitors"), ("add_to_cart", "visitors")),
        derived=(
            Derived("ctr", "clicks", "impressions", ("点击率",)),
            Derived("conversion_rate", "paying_buyers", "visitors", ("支付转化率", "商品支付转化率")),
            Derived("avg_order_value", "paid_amount", "paying_buyers", ("客单价",), kind="money"),
        ),
    ),
    Table(
        "competitors", "竞品",
        "Rival shops' products at a snapshot date (竞争 > 竞品分析, or hand-collected). "
        "One row per snapshot, shop and product.",
        (
            _c("snapshot_date", "date", True, "快照日期", *_DATE),
            _c("shop", "str", True, "店铺", "店铺名称", "竞店"),
            _c("product_id", "str", True, "商品ID", "宝贝ID", "商品id"),
            _c("title", "str", False, "标题", "商品标题", "宝贝标题"),
            _c("category", "str", False, "类目"),
            _c("price", "money", True, "价格", "售价", "到手价"),
            _c("monthly_sales", "int", True, "月销量", "月销"),
            _c("review_count", "int", False, "评价数", "累计评价"),
            _c("rating", "float", False, "评分", low=0, high=5),
            _c("listed_date", "date", False, "上架时间", "上架日期"),
        ),
        key=("snapshot_date", "shop", "product_id"),
        file_aliases=("竞品", "竞品分析", "竞品监控"),
    ),
    Table(
        "competitor_shops", "竞店",
        "Rival shops' DSR scores and followers at a snapshot date. One row per snapshot and shop.",
        (
            _c("snapshot_date", "date", True, "快照日期", *_DATE),
            _c("shop", "str", True, "店铺", "店铺名称", "竞店"),
            _c("dsr_description", "float", False, "描述相符", low=0, high=5),
            _c("dsr_service", "float", False, "服务态度", low=0, high=5),
            _c("dsr_shipping", "float", False, "物流服务", low=0, high=5),
            _c("followers", "int", False, "粉丝数", "关注人数"),
        ),
        key=("snapshot_date", "shop"),
        file_aliases=("竞店", "竞店分析", "竞店监控"),
    ),
    Table(
        "ppc_keywords", "直通车关键词",
        "直通车 keyword report (报表 > 关键词报表). One row per day, campaign and keyword.",
        (
            _c("date", "date", True, *_DATE),
            _c("campaign", "str", True, "计划名称", "推广计划", "推广计划名称"),
            _c("product_id", "str", False, "商品ID", "宝贝ID", "商品id"),
            _c("keyword", "str", True, "关键词"),
            _c("bid", "money", False, "出价", "默认出价"),
            _c("impressions", "int", True, "展现量"),
            _c("clicks", "int", True, "点击量"),
            _c("cost", "money", True, "花费", "消耗"),
            _c("avg_rank", "float", False, "平均展现排名", low=0),
            _c("quality_score", "float", False, "质量分", low=0, high=10),
            _c("orders", "int", True, "总成交笔数", "成交笔数"),
            _c("gmv", "money", True, "总成交金额", "成交金额"),
            _c("add_to_cart", "int", False, "总购物车数", "购物车数"),
            _c("favorites", "int", False, "总收藏数", "收藏数"),
        ),
        key=("date", "campaign", "keyword"),
        file_aliases=("直通车关键词", "关键词报表", "直通车_关键词", "京东快车关键词", "快车关键词", "多多搜索关键词"),
        at_most=(("clicks", "impressions"),),
        derived=(
            Derived("ctr", "clicks", "impressions", ("点击率",)),
            Derived("cpc", "cost", "clicks", ("平均点击花费", "平均点击单价", "PPC"), kind="money"),
            Derived("roi", "gmv", "cost", ("投入产出比", "ROI"), kind="money"),
            Derived("click_conversion", "orders", "clicks", ("点击转化率",)),
        ),
    ),
    Table(
        "ppc_campaigns", "直通车计划",
        "直通车 campaigns and their daily budgets. One row per campaign.",
        (
            _c("campaign", "str", True, "计划名称", "推广计划", "推广计划名称"),
            _c("daily_budget", "money", True, "日限额", "日预算"),
            _c("start", "date", False, "开始日期", "开始时间", future=True),
            _c("end", "date", False, "结束日期", "结束时间", future=True),
        ),
        key=("campaign",),
        file_aliases=("直通车计划", "推广计划", "计划列表"),
    ),
    Table(
        "ppc_search_terms", "直通车搜索词",
        "直通车 search-term report: what shoppers typed before they clicked. One row per day, term and keyword.",
        (
            _c("date", "date", True, *_DATE),
            _c("search_term", "str", True, "搜索词"),
            _c("matched_keyword", "str", False, "匹配关键词", "关键词", "触发关键词"),
            _c("impressions", "int", False, "展现量"),
            _c("clicks", "int", True, "点击量"),
            _c("cost", "money", True, "花费", "消耗"),
            _c("orders", "int", True, "总成交笔数", "成交笔数"),
            _c("gmv", "money", True, "总成交金额", "成交金额"),
        ),
        key=("date", "search_term", "matched_keyword"),
        file_aliases=("直通车搜索词", "搜索词报表", "直通车_搜索词"),
        at_most=(("clicks", "impressions"),),
        derived=(
            Derived("ctr", "clicks", "impressions", ("点击率",)),
            Derived("cpc", "cost", "clicks", ("平均点击花费", "平均点击单价", "PPC"), kind="money"),
            Derived("roi", "gmv", "cost", ("投入产出比", "ROI"), kind="money"),
            Derived("click_conversion", "orders", "clicks", ("点击转化率",)),
        ),
    ),
    Table(
        "cs_daily", "客服绩效",
        "赤兔 customer-service performance per agent and day. One row per day and agent.",
        (
            _c("date", "date", True, *_DATE),
            _c("agent", "str", True, "客服昵称", "客服", "旺旺", "客服旺旺"),
            _c("inquiries", "int", True, "询单人数"),
            _c("inquiry_buyers", "int", True, "询单→最终付款人数", "询单->最终付款人数", "询单最终付款人数"),
            _c("received", "int", False, "接待人数", "咨询人数"),
            _c("first_response_s", "seconds", False, "首次响应时间", "平均首次响应时长", "首响时间"),
            _c("avg_response_s", "seconds", False, "平均响应时间", "平均响应时长"),
            _c("sales_amount", "money", False, "客服销售额", "销售额"),
            _c("after_sales_cases", "int", False, "售后人数", "售后接待人数"),
            _c("bad_reviews", "int", False, "中差评数"),
            _c("bad_reviews_resolved", "int", False, "中差评处理数", "中差评已处理"),
        ),
        key=("date", "agent"),
        file_aliases=("客服绩效", "赤兔", "客服数据", "赤兔_客服绩效"),
        at_most=(("inquiry_buyers", "inquiries"), ("inquiries", "received"), ("bad_reviews_resolved", "bad_reviews")),
        derived=(Derived("inquiry_conversion", "inquiry_buyers", "inquiries", ("询单转化率", "询单→最终付款成功率")),),
    ),
    Table(
        "cs_agents", "客服名单",
        "The customer-service team: level (P1..P4), hire date and commission rate. One row per agent.",
        (
            _c("agent", "str", True, "客服昵称", "客服", "旺旺", "客服旺旺"),
            _c("level", "category", False, "等级", "职级", values=_LEVEL_VALUES),
            _c("hired", "date", False, "入职日期", "入职时间"),
            _c("commission_rate", "rate", False, "提成比例", "提成点", "提成点数", high=0.2,
               doc="a fraction; a header in points (提成点 0.5) means percent points (0.5%)"),
        ),
        key=("agent",),
        file_aliases=("客服名单", "客服信息"),
    ),
    Table(
        "cs_roster", "客服排班",
        "Who works which shift: day 09:00-17:30, half 10:00-15:30, night 17:00-23:30, or off. "
        "One row per day and agent.",
        (
            _c("date", "date", True, *_DATE, future=True),
            _c("agent", "str", True, "客服昵称", "客服", "旺旺", "客服旺旺"),
            _c("shift", "category", True, "班次", values=_SHIFT_VALUES),
        ),
        key=("date", "agent"),
        file_aliases=("客服排班", "排班表"),
    ),
    Table(
        "design_tasks", "美工任务",
        "Designer (美工) work requests and deliveries. One row per task.",
        (
            _c("task_id", "str", True, "任务ID", "任务编号"),
            _c("designer", "str", True, "美工", "设计师"),
            _c("product_id", "str", False, "商品ID", "宝贝ID"),
            _c("asset", "category", True, "类型", "素材类型", values=_ASSET_VALUES),
            _c("requested", "date", True, "需求日期", "提交日期"),
            _c("due", "date", True, "截止日期", "要求完成日期", future=True),
            _c("delivered", "date", False, "交付日期", "完成日期"),
            _c("live_from", "date", False, "上线日期", future=True),
        ),
        key=("task_id",),
        file_aliases=("美工任务", "设计任务"),
        at_most=(("requested", "due"), ("requested", "delivered")),
    ),
    Table(
        "after_sales", "售后",
        "After-sales cases (退款/售后管理). One row per case.",
        (
            _c("case_id", "str", True, "售后单号", "退款编号"),
            _c("order_id", "str", False, "订单编号", "订单号"),
            _c("opened", "datetime", True, "申请时间"),
            _c("kind", "category", False, "售后类型", "类型", values=_AFTER_SALES_KIND),
            _c("amount", "money", False, "退款金额", "金额"),
            _c("status", "category", True, "状态", "售后状态", values=_AFTER_SALES_STATUS),
            _c("deadline", "datetime", False, "超时时间", future=True),
            _c("resolved", "datetime", False, "完结时间"),
        ),
        key=("case_id",),
        file_aliases=("售后", "退款管理", "售后管理"),
    ),
    Table(
        "orders", "订单",
        "Paid orders (交易 > 已卖出的宝贝 export). One row per order. buyer_phone is PII: "
        "never show it unmasked (see shopanalysis.customers.mask_phone).",
        (
            _c("order_id", "str", True, "订单编号", "订单号"),
            _c("buyer_id", "str", True, "买家会员名", "买家ID", "买家"),
            _c("paid_at", "datetime", True, "付款时间", "支付时间"),
            _c("paid_amount", "money", True, "买家实际支付金额", "实付金额", "支付金额"),
            _c("items", "int", False, "宝贝总数量", "商品数量", "件数"),
            _c("province", "str", False, "收货省份", "省份"),
            _c("channel", "str", False, "订单来源", "渠道"),
            _c("refunded", "bool", False, "是否退款", "退款"),
            _c("buyer_phone", "str", False, "联系手机", "手机号", "联系电话"),
        ),
        key=("order_id",),
        file_aliases=("订单", "订单报表", "已卖出的宝贝", "ExportOrderList"),
    ),
]

#: Every canonical table of the data contract, by name.
TABLES: dict[str, Table] = {t.name: t for t in _TABLE_LIST}


def table(name: str) -> Table:
    """Return the contract of one table, or raise a KeyError that lists the known tables."""
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"unknown table {name!r}; the data contract has {sorted(TABLES)}") from None


#: The pandas dtype each column kind has in a canonical table.
DTYPES = {
    "date": "datetime64[ns]",
    "datetime": "datetime64[ns]",
    "month": "str",
    "int": "int64",
    "money": "float64",
    "float": "float64",
    "rate": "float64",
    "seconds": "float64",
    "str": "str",
    "bool": "bool",
    "category": "str",
}


def conform(df, name: str):
    """Return ``df`` with the canonical column order and dtypes of table ``name``.

    Columns of the contract that ``df`` lacks are left out (they are optional, or the
    reader has already complained); columns outside the contract are dropped. An
    ``int`` column holding missing values becomes ``float64`` (NaN) rather than failing,
    and a ``bool`` column with missing values stays ``object``. The generator and the
    readers both finish with this function, so a table read back from its file equals
    the one that was written.
    """
    import pandas as pd

    spec = table(name)
    out = {}
    for col in spec.columns:
        if col.name not in df.columns:
            continue
        s = df[col.name]
        dtype = DTYPES[col.kind]
        if col.kind in {"date", "datetime"}:
            s = pd.to_datetime(s).astype("datetime64[ns]")
            if col.kind == "date":
                s = s.dt.normalize()
        elif col.kind == "int" and s.isna().any():
            s = s.astype("float64")
        elif col.kind == "bool" and s.isna().any():
            s = s.astype(object)
        elif dtype == "str":
            s = s.astype("str")
        else:
            s = s.astype(dtype)
        out[col.name] = s.reset_index(drop=True)
    # copy=False: the columns are new (or shared copy-on-write), so stacking them into blocks is only a copy
    if not len(out):
        return pd.DataFrame(index=pd.RangeIndex(len(df)))
    return pd.DataFrame(out, index=pd.RangeIndex(len(df)), copy=False)
