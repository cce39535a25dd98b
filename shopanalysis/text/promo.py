"""The promo calendar's names and notes (:mod:`shopanalysis.promo`)."""

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
    },
    values={
        "promo": {
            "双11": ("双11", "11.11"),
            "双12": ("双12", "12.12"),
            "618": ("618大促", "618"),
            "春节停发": ("春节停发", "Spring Festival stop"),
        },
    },
)
