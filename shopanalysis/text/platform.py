"""The platforms' own words (:mod:`shopanalysis.shopinfo`) and the notes on missing inputs.

Each word exists per platform code (``search_ads.jd``) and for a platform we do not
know (``search_ads.``); :func:`shopanalysis.shopinfo.platform_words` hands them to
templates as ``{ads}``, ``{flash}``, ``{events}``, ``{display}``, ``{search}``,
``{recommend}``, ``{my_page}``, ``{feed}`` and ``{cs_tool}``.

The notes are shown by :func:`shopanalysis.present.missing` and :func:`shopanalysis.present.require`.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "platform",
    {
        # the platform's name for its search ads and its flash deals; "" is a platform we do not know
        "search_ads.tmall": ("直通车", "Zhitongche"),
        "search_ads.taobao": ("直通车", "Zhitongche"),
        "search_ads.jd": ("京东快车", "JD Kuaiche"),
        "search_ads.pdd": ("多多搜索", "Duoduo Search"),
        "search_ads.": ("搜索推广", "search ads"),
        "flash_deals.tmall": ("聚划算", "Juhuasuan"),
        "flash_deals.taobao": ("聚划算", "Juhuasuan"),
        "flash_deals.jd": ("京东秒杀", "JD Flash Sale"),
        "flash_deals.pdd": ("百亿补贴", "PDD Billion-yuan Subsidy"),
        "flash_deals.": ("限时活动", "flash deals"),
        # the platform's own events, as advice lists them (聚划算、淘抢购 or platform events)
        "events.tmall": ("聚划算、淘抢购", "Juhuasuan, Taoqianggou"),
        "events.taobao": ("聚划算、淘抢购", "Juhuasuan, Taoqianggou"),
        "events.jd": ("京东秒杀", "JD Flash Sale"),
        "events.pdd": ("百亿补贴、限时秒杀", "PDD Billion-yuan Subsidy, limited-time flash sales"),
        "events.": ("限时活动", "flash deals"),
        # the platform's display (recommendation) ads, the other paid channel besides search ads
        "display_ads.tmall": ("引力魔方", "display ads"),
        "display_ads.taobao": ("引力魔方", "display ads"),
        "display_ads.jd": ("购物触点", "display ads"),
        "display_ads.pdd": ("多多场景", "display ads"),
        "display_ads.": ("展示广告", "display ads"),
        # the traffic sources advice names: the platform's own search, recommendation and "my page" sources
        # (the source names its traffic export prints, see _schema.SOURCE_CHANNELS), and its follower feed
        "search_source.tmall": ("手淘搜索", "Taobao search"),
        "search_source.taobao": ("手淘搜索", "Taobao search"),
        "search_source.jd": ("京东搜索", "JD search"),
        "search_source.pdd": ("搜索", "search"),
        "search_source.": ("搜索", "search"),
        "recommend_source.tmall": ("手淘推荐", "Taobao recommendations"),
        "recommend_source.taobao": ("手淘推荐", "Taobao recommendations"),
        "recommend_source.jd": ("京东推荐", "JD recommendations"),
        "recommend_source.pdd": ("推荐", "recommendations"),
        "recommend_source.": ("推荐", "recommendations"),
        "my_page.tmall": ("我的淘宝", "My Taobao"),
        "my_page.taobao": ("我的淘宝", "My Taobao"),
        "my_page.jd": ("我的京东", "My JD"),
        "my_page.pdd": ("个人中心", "personal centre"),
        "my_page.": ("收藏", "favourites"),
        "feed.tmall": ("微淘内容", "Weitao updates"),
        "feed.taobao": ("微淘内容", "Weitao updates"),
        "feed.jd": ("店铺动态", "shop news"),
        "feed.pdd": ("店铺动态", "shop news"),
        "feed.": ("店铺动态", "shop news"),
        # the customer-service workbench whose reports hold response times and bad reviews
        "cs_tool.tmall": ("赤兔", "Chitu"),
        "cs_tool.taobao": ("赤兔", "Chitu"),
        "cs_tool.jd": ("京麦（咚咚）", "Jingmai (Dongdong)"),
        "cs_tool.pdd": ("拼多多商家工作台", "the Pinduoduo merchant workbench"),
        "cs_tool.": ("客服工具", "the customer-service tool"),
        # the PPC tables, named for the platform's search ads: 直通车关键词 on Tmall, 京东快车关键词 on JD
        # (shopinfo.table_label; a table not listed here keeps its vocabulary label)
        "table.ppc_keywords": ("{ads}关键词", "PPC keywords ({ads})"),
        "table.ppc_campaigns": ("{ads}计划", "PPC campaigns ({ads})"),
        "table.ppc_search_terms": ("{ads}搜索词", "PPC search terms ({ads})"),

        "info.no_name": ("{file} 里没有店铺名称：第一行写“店铺名称,平台”，第二行写店铺名和平台。",
                         "{file} has no shop name: write \"shop_name,platform\" on the first line and the shop's name "
                         "and platform on the second."),
        "info.bad_platform": ("{file} 里的平台“{value}”认不出来，请写{known}。",
                              "{file} names an unknown platform \"{value}\"; write {known}."),
        "info.known_platforms": ("天猫、淘宝、京东或拼多多", "Tmall, Taobao, JD or Pinduoduo"),

        # notes on inputs a folder lacks (present.missing)
        "missing.section": ("本节需要{tables:list}，数据文件夹里没有：{fixes}。补上后重新运行即可，报告其余部分照常生成。",
                            "This section needs {tables:list}, which the data folder lacks: {fixes}. Add it and run "
                            "again; the rest of the report is complete."),
        "missing.core": ("数据文件夹里没有{tables:list}，这份报告无法生成：{fixes}，然后重新运行。",
                         "The data folder has no {tables:list}, so this report cannot be made: {fixes}, then run again."),
        "missing.core_option": ("这份报告还缺一项设置，暂时无法生成：{fixes:list}。",
                                "This report needs a setting before it can run: {fixes:list}."),
        "missing.file": ("放入 {files:list}", "add {files:list}"),
        "missing.option": ("运行时加上 {option}", "run it with {option}"),
        "missing.or": ("{a}，或{b}", "{a}, or {b}"),
        "missing.summary": ("数据文件夹里缺少下面这些数据，相关小节只显示补数据的方法：",
                            "The data folder lacks these inputs; their sections only say how to add them:"),
        "missing.item": ("{table}：{fixes}", "{table}: {fixes}"),
    },
    values={
        "platform": {
            "tmall": ("天猫", "Tmall"),
            "taobao": ("淘宝", "Taobao"),
            "jd": ("京东", "JD"),
            "pdd": ("拼多多", "Pinduoduo"),
        },
    },
)
