"""The words of the traffic review (:mod:`shopanalysis.traffic`): the healthy-mix advice and the notes.

The channels' names (自然流量, 付费流量, ...) are the ``channel`` enum of
:mod:`shopanalysis.text.common`.
"""

from __future__ import annotations

from . import Catalog

T = Catalog(
    "traffic",
    {
        # --- the healthy-mix check (check_mix) -----------------------------------------------
        "mix.ok": ("{channel}占 {share:pct}，在 {low:pct0}–{high:pct0} 之间",
                   "{channel} {share:pct} is within {low:pct0}-{high:pct0}"),
        "mix.low": ("{channel}占 {share:pct}，低于 {low:pct0}：{advice}", "{channel} {share:pct} is below {low:pct0}: {advice}"),
        "mix.high": ("{channel}占 {share:pct}，高于 {high:pct0}：{advice}",
                     "{channel} {share:pct} is above {high:pct0}: {advice}"),
        # {search}, {recommend}, {my_page}, {feed}: the platform's own source names (shopinfo.platform_words:
        # 手淘搜索 / 京东搜索, 手淘推荐 / 京东推荐, 我的淘宝 / 我的京东, 微淘内容 / 店铺动态)
        "advice.natural.low": ("免费流量偏少，店铺靠付费和活动撑着：优化标题、主图和{search}、{recommend}的排名",
                               "free traffic is thin and the shop leans on paid or event visitors: work on titles, "
                               "main images and ranking in {search} and {recommend}"),
        "advice.natural.high": ("几乎全是免费流量：没问题，但可以用付费推广测试更多关键词",
                                "nearly all traffic is free: fine, but paid tests could feed more keywords"),
        # {ads}, {display}, {events}: the platform's words (shopinfo.platform_words: 直通车, 引力魔方, 聚划算、淘抢购)
        "advice.paid.low": ("付费流量很少：给主推款开{ads}或{display}，带动搜索排名",
                            "little paid traffic: test {ads} or {display} on best sellers to feed search ranking"),
        "advice.paid.high": ("付费流量超出范围：看投入产出比，店铺可能在花钱买本来免费能来的访客",
                             "paid traffic above the range: check ROI, the shop may be buying visitors it would "
                             "get free"),
        "advice.activity.low": ("活动流量少：报名适合利润空间的{events}或平台活动",
                                "few event visitors: sign up for {events} or platform events that fit the margin"),
        "advice.activity.high": ("销售太依赖活动：注意利润，也想想活动结束后还剩多少",
                                 "sales lean on events: watch margins and what is left when the event ends"),
        "advice.membership.low": ("回访客少（购物车、{my_page}、会员）：提醒加购未买的买家，发会员券，更新{feed}",
                                  "few returning visitors (cart, {my_page}, members): remind cart abandoners, send "
                                  "member coupons, post {feed} for followers"),
        "advice.membership.high": ("老客很稳，但新客来得少：加强搜索和推荐流量",
                                   "loyal visitors are strong but few new ones come in: grow search and "
                                   "recommendation"),
        "advice.other.high": ("「其他」来源的访客很多：看看是哪些来源，把它们归到对应的流量类型",
                              "many visitors in 'other': look at which sources they are and map them to a channel"),
        "advice.other.low": ("看一看", "have a look"),
        "advice.default": ("看一看", "have a look"),
        "mix.rule": ("健康流量结构（天猫运营手册的经验值，不是平台标准，占店铺访客数的比例）：{ranges:list}。",
                     "A healthy traffic mix (a rule of thumb from a Tmall operations manual, not a platform "
                     "standard; shares of the shop's visitors): {ranges:list}."),
        "mix.range": ("{channel} {low:pct0}–{high:pct0}", "{channel} {low:pct0}-{high:pct0}"),
        "mix.at_least": ("{channel}至少 {low:pct0}", "{channel} at least {low:pct0}"),
        "mix.at_most": ("{channel}不超过 {high:pct0}", "{channel} at most {high:pct0}"),
        "mix.overlap": ("一个访客可能经过多个来源，各来源分别计数，所以各项占比加起来可以超过 100%。",
                        "A visitor who came through two sources counts in both, so the shares can add up to "
                        "more than 100%."),
        # --- what shares are measured against (attrs["base"]) ----------------------------------
        "base.changes_sources": ("变化占比按各来源之和计算", "shares of the change are measured against the sum of the sources"),
        "base.changes_shop": ("变化占比按店铺整体的变化计算（店铺整体数据）",
                              "shares of the change are measured against the shop's own change (its daily totals)"),
        "base.mix_sources": ("占比按各来源访客数之和计算（加起来为 100%）",
                             "shares of the sum of the sources' visitors (adds up to 100%)"),
        "base.mix_shop": ("占比按同期店铺访客数计算；一个访客可能经过多个来源，各来源分别计数，所以占比加起来不一定是 100%",
                          "shares of the shop's visitors on the same days; a visitor through two sources counts "
                          "in both, so shares need not add up to 100%"),
        # --- errors ---------------------------------------------------------------------------
        "bad_sort": ("sort_by 只能是 'visitors' 或 'paid_amount'；收到的是 {value!r}",
                     "sort_by must be 'visitors' or 'paid_amount'; got {value!r}"),
        "bad_range": ("日期区间要从开始日到结束日；收到的是 {value!r}", "a date range runs from start to end; got {value!r}"),
        "no_rows": ("{start:date} 至 {end:date} 没有流量来源数据；{covers}",
                    "no traffic-source rows from {start:date} to {end:date}; {covers}"),
        "bad_shares": ("check_mix 需要 channel 和 share 两列（channel_mix 的输出）；收到的列：{columns}",
                       "check_mix needs 'channel' and 'share' columns (channel_mix output); got {columns}"),
    },
)
