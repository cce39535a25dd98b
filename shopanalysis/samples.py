"""Generate the seeded demo shops the course, the reports and the tests run on.

Two shops ship with the package, as package data in ``shopanalysis/data/samples/``
(found with :mod:`importlib.resources`, so a plain ``pip install`` has them; in the
repository ``data/samples/`` links to the same folder), and both are rebuilt by
``python -m shopanalysis.samples`` (byte for byte: same seed, same files).

``demo_shop/``
    A Tmall women's-apparel shop, :data:`OUR_SHOP`, for 2025-11-01..2026-10-31,
    with every table of the data contract, one ``<table>.csv`` each (UTF-8,
    canonical English headers, ``\\n`` line ends). :func:`generate_demo_shop`
    returns exactly the frames that are written.
``jd_home/``
    A JD home-goods shop, :data:`JD_SHOP`, for 2026-08-01..2026-10-31, written the
    way platforms export (see "The JD shop" below). :func:`generate_jd_shop`
    returns the canonical frames those files must read into.

The default seed is :data:`DEFAULT_SEED` (20251111). All randomness comes from
``numpy.random.Generator`` objects derived from the seed and a fixed name per
component, so changing one component does not reshuffle the others.

Cross-table invariants (true by construction; :mod:`shopanalysis.checks` tests them)
-------------------------------------------------------------------------------
* ``traffic_sources`` summed over sources per day equals ``shop_daily`` visitors,
  paying_buyers and paid_amount exactly (to the cent: money is built in integer cents).
* ``orders`` per ``paid_at`` day: the paid amounts sum to ``shop_daily.paid_amount``
  to the cent; the number of orders equals the number of distinct buyers equals
  ``shop_daily.paying_buyers`` (a buyer pays at most one order a day in the demo);
  ``shop_daily.paid_orders`` (支付子订单数) equals the day's summed ``orders.items``
  (every piece is its own sub-order); ``orders.channel`` is the traffic source, so
  orders grouped by day and channel equal ``traffic_sources`` buyers and amount.
* 直通车 visitors in ``traffic_sources`` = that day's ``ppc_keywords`` clicks minus
  2-12 % repeat clicks: always ``0.88 * clicks <= visitors <= clicks``, inside the
  default ``ppc_tolerance=0.15`` of :func:`shopanalysis.checks.check_consistency`.
  On a day with no PPC rows there is no 直通车 row either.
* ``products_daily`` summed over products per day equals ``shop_daily`` visitors,
  paying_buyers and paid_amount exactly (every order is for one product).
* ``cs_daily.sales_amount`` is the amount of the orders an agent closed, so per day it
  never exceeds ``shop_daily.paid_amount`` (it is about 38 % of it on a median day).
* ``cs_daily`` has a row only where ``cs_roster`` says the agent worked (shift != off).
* ``ppc_search_terms`` summed per day and matched keyword equals ``ppc_keywords``
  clicks, impressions, cost, orders and gmv summed over campaigns for that keyword.
* ``shop_daily.refund_amount`` (成功退款金额) per day is the amount of the
  仅退款/退货退款 ``after_sales`` cases resolved that day; ``orders.refunded`` is True
  exactly for orders with such a resolved case.
* Every ``product_id`` in ``products_daily``, ``ppc_keywords``, ``design_tasks`` and in
  the :data:`OUR_SHOP` rows of ``competitors`` is in ``products``; rivals' ids share the
  same 12-digit namespace and never collide with ours.

Calendar and story (the default seed)
-------------------------------------
* Weekday rhythm: Sunday is the best day (more visitors, higher conversion), Friday
  the weakest; weekends shop later in the day; evenings (20-22 h) are the peak hours.
* 双11: the data opens with the 2025 first wave (11-01), builds to 2025-11-11, by far the
  biggest day (about 21x the median day's sales and 3x 618), and sags after.
  双12, 女王节 (03-08), 618 (pre-sale from 05-26, first wave 06-01, peak 06-18), 99划算节
  and the 2026 双11 pre-sale from 10-20 (10-31 is the first 尾款 day) follow. 聚划算 traffic
  appears only on activity days.
* Spring Festival 2026 (初一 2026-02-17): logistics stop 02-10..02-24, visitors and
  conversion drop to about 40 % around 除夕 (02-16) and recover by early March; sales
  02-10..02-24 average under a quarter of January's.
* Seasonality of women's apparel: coats, down and knitwear carry the winter (and a
  higher 客单价), dresses and T恤 the summer (lower 客单价).
* Main images: 法式碎花茶歇连衣裙 v2 (2026-03-20) lifts CTR by about 45 % (the clear
  winner); 双面羊毛大衣 v2 (2025-12-05) +32 %; 羊毛开衫 v2 (2026-09-10) +25 %;
  法式白衬衫 v2 (03-05) +18 %; 基础款纯棉圆领T恤 v2 (2026-05-15) cuts CTR by 30 % and is
  reverted by v3 (06-05); 黑色小香风连衣裙 v2 (2026-01-15) -18 %; 垂感西装阔腿裤 v2 (08-01)
  -12 %; 雪纺印花长裙 v2 (05-01) +28 % then v3 (08-15) -20 %; 高腰直筒牛仔裤 v2 (04-02),
  宽松字母印花T恤 v2 (06-20) and 百褶半身裙 v2 (07-10) change nothing.
* PPC (直通车; CPC about 1.4 yuan, CTR about 2 %, ROI about 2.8 overall), keyword roles:
  winners with ROI 4+ (法式碎花连衣裙, 茶歇裙, 小个子连衣裙, 真丝衬衫女, 羊毛大衣女,
  高腰直筒牛仔裤, 百褶半身裙, 垂感阔腿裤, 法式白衬衫, 羊毛开衫女); money-burners with
  thousands of clicks at 2-2.5 yuan and (almost) no orders (连衣裙, 女装, 衣服女, 上衣女,
  韩版女装 and 夏装女: 韩版女装 and 衣服女 never convert; the ones with an order or two get a
  lower bid, not deletion, since a bid low enough would break even); low-CTR keywords (under 1 %) with
  plenty of impressions (羽绒服女, 大衣女, 女装2026新款, ins风女装, 小众设计感女装, 气质女装);
  busy generic "head" keywords with ROI 0.7-2.1 (白衬衫女, 半身裙, 牛仔裤女, t恤女, 毛衣女);
  about 20 long-tail keywords with only 5-30 clicks in the whole year (too little data).
  Campaigns are paused over Spring Festival, :data:`PPC_PAUSE` (2026-02-12..02-16):
  those five dates have no ``ppc_keywords``/``ppc_search_terms`` rows and no 直通车
  visitors. 日常-连衣裙 has a tight daily budget and runs out (spend == budget) on about
  100 days, most in May-July; 大促-618 runs out on 06-13, 06-14, 06-17 and 06-18 and
  大促-双11 on 2025-11-01 and 2025-11-11. Search terms that are not keywords yet and
  convert well (2-3x their keyword): 法式碎花连衣裙小个子, 茶歇裙法式复古 (ROI about 20),
  通勤白衬衫女长袖, 梨形身材半身裙, 微胖显瘦牛仔裤.
* Customer service (赤兔): 小美 (P4) converts best (~55 %) and answers in ~9 s;
  阿杰 (P3) is the fastest (~7 s) but converts least among the seniors (~38 %);
  小雨 (P2) converts well but answers slowly (~30 s, above the 20 s target);
  丽丽 (P1) converts ~35 % and resolves only about a third of her bad reviews;
  豆豆 (P1) joins 2026-03-02 and learns: ~28 % and 26 s at first, ~46 % and 15 s by August.
  Roster rules (service hours 09:00-23:30 covered every day; no day or half shift the
  morning after a night shift; at least one full day off in every Monday-Sunday week)
  hold except :data:`ROSTER_VIOLATIONS`.
* Designers: 阿楠 delivers on time, 小林 is late on more than half his tasks, 蓝蓝 is in
  between; four tasks are still open at the end of the data (one was due 2026-10-24).
* Rivals: 南风小筑 grows fastest (many new 连衣裙 from February, cut to 15 % under list from
  April, dresses around 190 yuan against our 260; its monthly sales triple); 暖暖衣舍
  (knitwear) halves; 初见女装旗舰店 is the biggest shop.
* Targets: missed in 2025-12, 2026-02, 2026-04, 2026-07 and 2026-10, met in the others.
* Orders: about 15 % of buyers order more than once and bring about 44 % of the orders. Loyal
  buyers join on a day (a third before the data starts) and stay an exponential time (mean 300
  days), so some drift away for good: the win-back list and the BG/NBD model have someone to find.

The demo shop's tables (one csv each; about 18 MB in all)
---------------------------------------------------------
``shop_daily`` (365 rows)
    date; visitors; pageviews; paying_buyers; paid_orders (= summed order items);
    paid_amount; refund_amount (resolved refunds that day); bounce_rate (4 dp);
    avg_stay_s (1 dp); returning_visitors.
``traffic_sources`` (4,092 rows: 11 sources a day, 聚划算 only on activity days, no
    直通车 on paused days)
    date; source (生意参谋 name); channel (natural/paid/activity/membership/other);
    visitors; paying_buyers; paid_amount.
``targets`` (12 rows)
    month (YYYY-MM); target_amount (the shop's own monthly target, round 10,000 yuan).
``products`` (52 rows)
    product_id (12 digits); product_name; category (连衣裙, T恤, 衬衫, 半身裙, 外套,
    针织衫, 牛仔裤, 阔腿裤); price; unit_cost (40-60 % margin); listed_date (15 new
    listings during the year).
``products_daily`` (16,033 rows: a row where the product had visitors)
    date; product_id; product_name; impressions (search exposure); clicks (>= visitors);
    visitors; add_to_cart; paying_buyers; paid_amount; bounce_rate (detail page, 4 dp);
    main_image (version "v1", "v2", ... in use that day).
``competitors`` (13,066 rows: 52 Monday snapshots x 11 shops x their listed products)
    snapshot_date; shop (10 rivals and :data:`OUR_SHOP`); product_id; title; category;
    price (promotional price during 双11/618 weeks); monthly_sales (pieces, last 30 days;
    ours computed from our orders); review_count (cumulative); rating (1 dp);
    listed_date.
``competitor_shops`` (572 rows: 52 snapshots x 11 shops)
    snapshot_date; shop; dsr_description, dsr_service, dsr_shipping (2 dp); followers.
``ppc_keywords`` (55,802 rows: a row only on days a keyword had impressions)
    date; campaign; product_id (the promoted product); keyword; bid (that day);
    impressions; clicks; cost; avg_rank (1 dp); quality_score (1-10); orders; gmv;
    add_to_cart; favorites.
``ppc_campaigns`` (5 rows)
    campaign; daily_budget; start; end (empty for campaigns that keep running).
``ppc_search_terms`` (73,147 rows: terms with at least one click)
    date; search_term; matched_keyword; impressions; clicks; cost; orders; gmv.
``cs_daily`` (1,723 rows: agents on shift)
    date; agent; inquiries (询单人数); inquiry_buyers (询单→最终付款人数, person based);
    received (接待人数 >= inquiries); first_response_s, avg_response_s (1 dp);
    sales_amount (amount of the orders the agent closed); after_sales_cases (cases
    opened while the agent was on shift); bad_reviews; bad_reviews_resolved.
``cs_agents`` (7 rows)
    agent; level (P1..P4); hired; commission_rate (0.4-1.0 % of sales_amount).
``cs_roster`` (2,434 rows: every employed agent every day)
    date; agent; shift (day 09:00-17:30 / half 10:00-15:30 / night 17:00-23:30 / off).
``design_tasks`` (87 rows)
    task_id; designer; product_id; asset (main_image / detail_page / activity_page /
    ad_creative); requested; due; delivered (empty while open); live_from.
``after_sales`` (5,437 rows)
    case_id; order_id; opened; kind (仅退款/退货退款/换货/投诉); amount (0 for 换货/投诉);
    status (open/waiting_buyer/resolved/escalated); deadline (the platform resolves for
    the buyer when the shop misses it: resolved == deadline); resolved.
``orders`` (50,381 rows)
    order_id (18 digits); buyer_id; paid_at; paid_amount; items; province; channel (the
    traffic source that brought the buyer, e.g. 手淘搜索); refunded; buyer_phone (fake
    11-digit mobile numbers, 13x/15x/18x/17x/19x: mask before showing).

The JD shop
-----------
Six tables (shop_daily 92 rows, traffic_sources 756, products_daily 1,744,
ppc_keywords 3,204, cs_daily 184, orders 6,561) for 2026-08-01..2026-10-31, with the
same invariants (the PPC source is 京东快车; 20 products, 3 agents, 2 campaigns). The
files are what an operator downloads, not canonical csv:

* 店铺整体.csv (shop_daily): title line, dates 2026/08/01, a 合计 row; derived 支付转化率, 客单价.
* 流量来源.csv (traffic_sources): title line, dates 20260801, 流量类型 column; derived
  支付转化率, 客单价.
* 商品效果.csv (products_daily): title line, dates 2026-08-01; derived 点击率, 支付转化率, 客单价.
* 京东快车关键词.csv (ppc_keywords): title line, dates 2026/8/1, a 合计 row; derived 点击率,
  平均点击花费, 投入产出比, 点击转化率.
* 客服绩效.csv (cs_daily, 赤兔 style): title line, dates 2026-08-01, a 合计 row; derived 询单转化率.
* 订单.csv (orders): no title line, no totals; 支付时间 like 2026-08-01 13:45:10.

Both folders also hold :data:`SHOP_INFO_FILE` (店铺信息.txt: 店铺名称 and 平台, UTF-8 in
``demo_shop/``, GBK with ``\\r\\n`` in ``jd_home/``), which :mod:`shopanalysis.shopinfo` reads
so reports carry the shop's own name and platform words.

Title lines read like "京东商智 - 店铺整体 2026-08-01至2026-10-31". All files are GBK
with ``\\r\\n`` line ends and Chinese headers from the aliases in
:mod:`shopanalysis._schema`; counts and money carry thousands separators ("1,234",
"12,345.60"); rates are percent strings with 2 decimals ("42.35%", canonical values
are rounded to 4 dp so they are exact); derived columns are correctly rounded (half
up) from the canonical parts, and '-' where their denominator is 0. '-' also marks
missing values: 跳失率 of products with fewer than 5 visitors and 质量分 of some
keywords (NaN in the canonical frames). 是否退款 is 是/否; 流量类型 is 自然流量 /
付费流量 / 活动流量 / 会员流量 / 其他流量. Totals rows: sums, ratios of sums, and the
mean of the daily 跳失率 (the 生意参谋 convention).
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

from ._schema import SOURCE_CHANNELS, TABLES, conform
from ._shop import Shop

__all__ = [
    "DEFAULT_SEED",
    "OUR_SHOP",
    "JD_SHOP",
    "PPC_PAUSE",
    "ROSTER_VIOLATIONS",
    "JD_FILES",
    "SHOP_INFO_FILE",
    "generate_demo_shop",
    "generate_jd_shop",
    "write_demo_shop",
    "write_jd_shop",
    "write_scaled_shop",
    "samples_dir",
    "demo_dir",
    "jd_dir",
    "main",
]

#: Seed of the bundled sample shops.
DEFAULT_SEED = 20251111
#: Our Tmall shop; it appears under this name in ``competitors`` and ``competitor_shops``.
OUR_SHOP = "栖梧女装旗舰店"
#: The JD home-goods shop of ``data/samples/jd_home``.
JD_SHOP = "木棉家居京东专营店"
#: Dates (inclusive) the demo shop's PPC campaigns are paused: no PPC rows, no 直通车 visitors.
PPC_PAUSE = ("2026-02-12", "2026-02-16")
#: Environment variable that overrides the folder holding ``demo_shop/`` and ``jd_home/``.
ENV_VAR = "SHOPANALYSIS_SAMPLES"
#: The roster-rule violations planted in the demo shop: (rule, date, agent or "").
ROSTER_VIOLATIONS = (
    ("no_day_off", "2025-11-10", "小美"),  # 双11 week: 7 days in a row (the date is the week's Monday)
    ("coverage", "2026-02-16", ""),  # 除夕: nobody on the night shift
    ("night_then_day", "2026-06-18", "阿杰"),  # night on 06-17, day shift on 618
    ("no_day_off", "2026-06-15", "小雨"),  # 618 week without a day off
    ("night_then_day", "2026-08-08", "丽丽"),  # a swapped shift
)
#: The JD export files and the table each holds.
JD_FILES = {
    "shop_daily": "店铺整体.csv",
    "traffic_sources": "流量来源.csv",
    "products_daily": "商品效果.csv",
    "ppc_keywords": "京东快车关键词.csv",  # JD names its search ads 京东快车
    "cs_daily": "客服绩效.csv",
    "orders": "订单.csv",
}
#: The shop info file of both sample folders (:mod:`shopanalysis.shopinfo`): the shop's name and platform.
SHOP_INFO_FILE = "店铺信息.txt"

_DEMO_START, _DEMO_END = "2025-11-01", "2026-10-31"
_JD_START, _JD_END = "2026-08-01", "2026-10-31"
_DAY_S = 86_400

# ------------------------------------------------------------------ small helpers


def _rng(seed: int, name: str) -> np.random.Generator:
    """Return the generator of one component: independent of the others, fixed by seed and name."""
    return np.random.default_rng([int(seed), zlib.crc32(name.encode("utf-8"))])


def _days(dates: pd.DatetimeIndex, day: str) -> int:
    """Return the index of ``day`` in ``dates`` (may be outside 0..len-1)."""
    return int((pd.Timestamp(day) - dates[0]).days)


def _monthly_curve(dates: pd.DatetimeIndex, values) -> np.ndarray:
    """Interpolate twelve month-centre values (Jan..Dec) to a smooth daily curve."""
    v = np.asarray(values, dtype=float)
    pos = (dates.month.to_numpy() - 1) + (dates.day.to_numpy() - 0.5) / dates.days_in_month.to_numpy() - 0.5
    lo = np.floor(pos).astype(int)
    frac = pos - lo
    return v[lo % 12] * (1 - frac) + v[(lo + 1) % 12] * frac


def _largest_remainder(totals, weights, groups) -> np.ndarray:
    """Split integer ``totals[g]`` over the rows of each group in proportion to ``weights``.

    Every group's parts are whole numbers that add up to its total exactly; rows of a
    group with zero total weight get nothing (callers make sure such groups total 0).
    """
    totals = np.asarray(totals, dtype=np.int64)
    weights = np.asarray(weights, dtype=float)
    groups = np.asarray(groups, dtype=np.int64)
    n_groups = totals.size
    wsum = np.bincount(groups, weights, minlength=n_groups)
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(wsum[groups] > 0, totals[groups] * weights / wsum[groups], 0.0)
    base = np.floor(share).astype(np.int64)
    rem = np.where(wsum > 0, totals - np.bincount(groups, base, minlength=n_groups), 0)
    frac = share - base
    order = np.lexsort((np.arange(groups.size), -frac, groups))
    start = np.zeros(n_groups + 1, dtype=np.int64)
    np.cumsum(np.bincount(groups, minlength=n_groups), out=start[1:])
    rank = np.empty(groups.size, dtype=np.int64)
    rank[order] = np.arange(groups.size) - start[groups[order]]
    return base + (rank < rem[groups]).astype(np.int64)


def _pick(cdf_rows: np.ndarray, rows: np.ndarray, u: np.ndarray) -> np.ndarray:
    """Draw one column per item from per-row cumulative weights (rows of ``cdf_rows``)."""
    n_rows, n_cols = cdf_rows.shape
    total = cdf_rows[:, -1:]
    cdf = np.divide(cdf_rows, total, out=np.zeros_like(cdf_rows), where=total > 0)
    flat = (cdf + np.arange(n_rows)[:, None]).ravel()
    idx = np.searchsorted(flat, rows + u, side="right") - rows * n_cols
    return np.clip(idx, 0, n_cols - 1)


def _yuan(cents) -> np.ndarray:
    """Return integer cents as yuan floats (exactly the value "%.2f" writes and reads back)."""
    return np.asarray(cents, dtype=np.int64) / 100.0


def _unique_ids(rng: np.random.Generator, n: int, base: int, step: int) -> np.ndarray:
    """Return ``n`` distinct increasing integers above ``base`` with random gaps below ``step``."""
    return base + np.cumsum(rng.integers(1, step, n, dtype=np.int64))


# ------------------------------------------------------------------ calendar


@dataclass(frozen=True)
class _Event:
    """A promotion or holiday: visitor and conversion multipliers ramped start..end."""

    start: str
    end: str
    visit: tuple[float, float]
    conv: tuple[float, float] = (1.0, 1.0)
    midnight: float = 0.0  # share of the day's orders in the midnight-rush profile
    activity: float = 0.0  # 聚划算-type activity traffic, relative
    disc: float = 1.0  # price level paid (0.8 = 20 % off)


_TMALL_EVENTS = (
    _Event("2025-11-01", "2025-11-01", (2.2, 2.2), (1.7, 1.7), 0.25, 0.5, 0.85),  # 双11 first wave
    _Event("2025-11-02", "2025-11-03", (1.5, 1.35), (1.3, 1.2), 0.0, 0.3, 0.88),
    _Event("2025-11-04", "2025-11-09", (1.2, 1.35), (1.05, 1.1), 0.0, 0.15, 0.92),
    _Event("2025-11-10", "2025-11-10", (1.9, 1.9), (1.3, 1.3), 0.0, 0.4, 0.88),
    _Event("2025-11-11", "2025-11-11", (5.2, 5.2), (3.0, 3.0), 0.45, 1.0, 0.80),  # 双11
    _Event("2025-11-12", "2025-11-12", (1.6, 1.6), (1.3, 1.3), 0.0, 0.3, 0.88),
    _Event("2025-11-13", "2025-11-22", (0.78, 0.95), (0.85, 0.97)),
    _Event("2025-12-08", "2025-12-11", (1.15, 1.4), (1.1, 1.25), 0.0, 0.2, 0.92),
    _Event("2025-12-12", "2025-12-12", (1.9, 1.9), (1.6, 1.6), 0.15, 0.5, 0.88),  # 双12
    _Event("2025-12-25", "2025-12-25", (1.1, 1.1), (1.05, 1.05)),
    _Event("2026-01-01", "2026-01-03", (1.12, 1.05), (1.05, 1.02)),
    _Event("2026-01-10", "2026-01-25", (1.1, 1.1), (1.08, 1.08), 0.0, 0.15, 0.95),  # 年货节
    _Event("2026-02-06", "2026-02-09", (0.9, 0.7), (0.9, 0.75)),  # last shipping days
    _Event("2026-02-10", "2026-02-16", (0.6, 0.42), (0.6, 0.4)),  # logistics stop, 除夕 02-16
    _Event("2026-02-17", "2026-02-20", (0.4, 0.5), (0.38, 0.45)),  # 初一 02-17
    _Event("2026-02-21", "2026-02-24", (0.55, 0.7), (0.5, 0.7)),
    _Event("2026-02-25", "2026-03-02", (0.8, 0.95), (0.8, 0.95)),
    _Event("2026-03-05", "2026-03-07", (1.3, 1.6), (1.2, 1.4), 0.0, 0.3, 0.9),
    _Event("2026-03-08", "2026-03-08", (2.3, 2.3), (1.8, 1.8), 0.1, 0.6, 0.85),  # 女王节
    _Event("2026-04-16", "2026-04-18", (1.1, 1.1), (1.05, 1.05), 0.0, 0.6, 0.9),  # 聚划算 slot
    _Event("2026-05-20", "2026-05-20", (1.2, 1.2), (1.1, 1.1)),
    _Event("2026-05-26", "2026-05-31", (1.15, 1.35), (1.05, 1.15), 0.0, 0.15, 0.92),  # 618 pre-sale
    _Event("2026-06-01", "2026-06-01", (1.9, 1.9), (1.6, 1.6), 0.25, 0.5, 0.85),  # 618 first wave
    _Event("2026-06-02", "2026-06-14", (1.25, 1.55), (1.08, 1.25), 0.0, 0.2, 0.9),
    _Event("2026-06-15", "2026-06-17", (1.7, 1.9), (1.3, 1.4), 0.0, 0.35, 0.88),
    _Event("2026-06-18", "2026-06-18", (3.2, 3.2), (2.2, 2.2), 0.35, 0.9, 0.82),  # 618
    _Event("2026-06-19", "2026-06-20", (1.35, 1.15), (1.2, 1.1), 0.0, 0.2, 0.9),
    _Event("2026-06-21", "2026-06-30", (0.82, 0.95), (0.85, 0.97)),
    _Event("2026-08-20", "2026-08-22", (1.15, 1.15), (1.1, 1.1), 0.0, 0.6, 0.9),  # 聚划算 slot
    _Event("2026-09-09", "2026-09-09", (1.5, 1.5), (1.3, 1.3), 0.0, 0.4, 0.9),  # 99划算节
    _Event("2026-10-01", "2026-10-07", (0.88, 0.95), (0.95, 0.95)),  # 国庆
    _Event("2026-10-15", "2026-10-19", (1.1, 1.2), (1.05, 1.05)),
    _Event("2026-10-20", "2026-10-20", (1.9, 1.9), (1.4, 1.4), 0.2, 0.4, 0.88),  # 双11 pre-sale opens
    _Event("2026-10-21", "2026-10-30", (1.35, 1.6), (1.12, 1.25), 0.0, 0.2, 0.9),
    _Event("2026-10-31", "2026-10-31", (2.1, 2.1), (1.5, 1.5), 0.1, 0.5, 0.86),  # first 尾款 day
)

_JD_EVENTS = (
    _Event("2026-08-18", "2026-08-18", (1.3, 1.3), (1.15, 1.15), 0.0, 0.4, 0.92),
    _Event("2026-09-18", "2026-09-24", (1.1, 1.25), (1.05, 1.1), 0.0, 0.2, 0.93),  # 中秋 09-25
    _Event("2026-10-01", "2026-10-07", (1.15, 1.0), (1.05, 1.0)),
    _Event("2026-10-20", "2026-10-30", (1.3, 1.6), (1.1, 1.25), 0.0, 0.3, 0.9),
    _Event("2026-10-31", "2026-10-31", (2.0, 2.0), (1.5, 1.5), 0.1, 0.6, 0.86),
)

# hours 0..23: share of the day's orders (weekday, weekend, midnight rush of a big promotion day)
_HOURS_WEEKDAY = (2.5, 1.2, 0.6, 0.4, 0.3, 0.4, 0.8, 1.8, 3.0, 4.5, 5.5, 5.5, 6.0, 6.0, 5.5, 5.5, 5.0, 4.5,
                  4.5, 5.5, 7.5, 9.0, 8.5, 6.0)
_HOURS_WEEKEND = (3.0, 1.6, 0.8, 0.5, 0.3, 0.3, 0.5, 1.0, 2.0, 3.5, 5.0, 5.8, 6.0, 6.0, 5.8, 5.8, 5.5, 5.0,
                  5.0, 5.8, 7.2, 8.2, 7.8, 6.0)
_HOURS_MIDNIGHT = (40, 10, 3, 1, 0.5, 0.3, 0.3, 0.5, 1, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 7, 6, 4)


@dataclass(frozen=True)
class _Calendar:
    """Per-day multipliers every component reads."""

    dates: pd.DatetimeIndex
    base: np.ndarray  # weekday x season x growth (no events)
    event_v: np.ndarray  # event multiplier on visitors
    conv: np.ndarray  # weekday x event multiplier on conversion
    disc: np.ndarray  # price level paid
    activity: np.ndarray  # activity-traffic level
    multi: np.ndarray  # 0..1, how strongly shoppers buy several pieces
    hours: np.ndarray  # D x 24 order-time profile (rows sum to 1)


def _calendar(dates, events, *, weekday_visit, weekday_conv, season, growth) -> _Calendar:
    """Build the per-day multipliers of a shop from its events and rhythms."""
    n = len(dates)
    t = np.arange(n) / max(n - 1, 1)
    dow = dates.day_of_week.to_numpy()
    base = np.asarray(weekday_visit)[dow] * _monthly_curve(dates, season) * (1 + growth * t)
    conv = np.asarray(weekday_conv, dtype=float)[dow]
    ev_v, ev_c = np.ones(n), np.ones(n)
    disc, activity, midnight = np.ones(n), np.zeros(n), np.zeros(n)
    for e in events:
        s, en = _days(dates, e.start), _days(dates, e.end)
        span = max(en - s, 1)
        for i in range(max(s, 0), min(en, n - 1) + 1):
            f = (i - s) / span if en > s else 0.0
            ev_v[i] *= e.visit[0] + (e.visit[1] - e.visit[0]) * f
            ev_c[i] *= e.conv[0] + (e.conv[1] - e.conv[0]) * f
            disc[i] = min(disc[i], e.disc)
            activity[i] = max(activity[i], e.activity)
            midnight[i] = max(midnight[i], e.midnight)
    wk = np.asarray(_HOURS_WEEKDAY) / sum(_HOURS_WEEKDAY)
    we = np.asarray(_HOURS_WEEKEND) / sum(_HOURS_WEEKEND)
    mn = np.asarray(_HOURS_MIDNIGHT) / sum(_HOURS_MIDNIGHT)
    hours = np.where((dow >= 5)[:, None], we[None, :], wk[None, :])
    hours = hours * np.where(dow == 4, 0.9, np.where(dow == 6, 1.1, 1.0))[:, None] ** (np.arange(24) >= 19)
    hours = hours / hours.sum(1, keepdims=True)
    hours = (1 - midnight[:, None]) * hours + midnight[:, None] * mn[None, :]
    multi = np.clip((ev_v - 1) / 4, 0, 1)
    return _Calendar(dates, base, ev_v, conv * ev_c, disc, activity, multi, hours)


# ------------------------------------------------------------------ catalogue

_SEASONS = {  # Jan..Dec demand of a product kind
    "all": (1,) * 12,
    "summer": (0.3, 0.35, 0.6, 0.95, 1.35, 1.6, 1.6, 1.4, 1.0, 0.65, 0.45, 0.35),
    "tee": (0.2, 0.25, 0.5, 0.9, 1.4, 1.8, 1.8, 1.6, 1.0, 0.5, 0.3, 0.2),
    "shirt": (0.5, 0.6, 1.2, 1.4, 1.2, 0.9, 0.7, 0.8, 1.3, 1.3, 0.8, 0.6),
    "skirt": (0.6, 0.6, 1.0, 1.2, 1.3, 1.3, 1.2, 1.1, 1.1, 1.0, 0.8, 0.7),
    "winter": (1.6, 1.1, 0.5, 0.2, 0.05, 0.03, 0.03, 0.05, 0.3, 1.0, 1.9, 1.9),
    "light_coat": (0.4, 0.6, 1.4, 1.5, 0.7, 0.3, 0.2, 0.4, 1.2, 1.5, 0.8, 0.5),
    "knit": (1.3, 1.1, 1.0, 0.7, 0.3, 0.2, 0.2, 0.3, 0.8, 1.3, 1.5, 1.5),
    "denim": (0.9, 0.8, 1.0, 1.1, 1.0, 0.8, 0.7, 0.8, 1.1, 1.2, 1.1, 1.0),
    "pants": (0.6, 0.6, 0.9, 1.1, 1.3, 1.4, 1.4, 1.2, 1.0, 0.8, 0.6, 0.6),
    "dress_winter": (1.3, 1.0, 0.8, 0.5, 0.3, 0.2, 0.2, 0.3, 0.7, 1.1, 1.4, 1.5),
    "home_summer": (0.5, 0.5, 0.7, 0.9, 1.2, 1.5, 1.6, 1.4, 1.0, 0.7, 0.5, 0.5),
    "home_winter": (1.5, 1.2, 0.9, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.3, 1.6, 1.6),
    "home_autumn": (1.0, 0.9, 0.9, 0.8, 0.7, 0.7, 0.7, 0.8, 1.1, 1.3, 1.3, 1.1),
}

# name, category, season, price (yuan), popularity, listed_date
_DEMO_PRODUCTS = (
    ("法式碎花茶歇连衣裙", "连衣裙", "summer", 269, 3.2, "2025-03-06"),
    ("黑色小香风连衣裙", "连衣裙", "all", 359, 1.2, "2024-11-12"),
    ("法式方领泡泡袖连衣裙", "连衣裙", "summer", 239, 1.0, "2025-04-15"),
    ("针织吊带连衣裙", "连衣裙", "summer", 199, 0.8, "2025-05-20"),
    ("雪纺印花长裙", "连衣裙", "summer", 229, 1.3, "2024-05-08"),
    ("白色度假风连衣裙", "连衣裙", "summer", 259, 1.1, "2026-05-06"),
    ("收腰显瘦衬衫裙", "连衣裙", "shirt", 249, 0.9, "2025-02-26"),
    ("丝绒长袖连衣裙", "连衣裙", "dress_winter", 329, 1.0, "2024-10-20"),
    ("毛呢背心连衣裙", "连衣裙", "dress_winter", 299, 0.8, "2025-10-08"),
    ("新中式盘扣连衣裙", "连衣裙", "summer", 389, 1.4, "2026-02-26"),
    ("亚麻无袖连衣裙", "连衣裙", "summer", 219, 1.0, "2026-04-20"),
    ("赫本风小黑裙", "连衣裙", "all", 459, 0.7, "2024-06-18"),
    ("基础款纯棉圆领T恤", "T恤", "tee", 79, 3.0, "2024-04-10"),
    ("宽松字母印花T恤", "T恤", "tee", 99, 1.2, "2025-04-22"),
    ("修身短款T恤", "T恤", "tee", 89, 0.8, "2025-05-12"),
    ("冰丝针织短袖T恤", "T恤", "tee", 129, 1.1, "2026-04-08"),
    ("长袖打底T恤", "T恤", "knit", 69, 1.3, "2024-09-02"),
    ("条纹海魂衫", "T恤", "shirt", 119, 0.8, "2025-03-15"),
    ("复古美式印花T恤", "T恤", "tee", 109, 0.9, "2026-05-12"),
    ("法式白衬衫", "衬衫", "shirt", 189, 1.8, "2024-09-05"),
    ("真丝缎面衬衫", "衬衫", "shirt", 399, 0.9, "2025-03-28"),
    ("条纹宽松衬衫", "衬衫", "shirt", 169, 0.8, "2025-08-30"),
    ("防晒衬衫外搭", "衬衫", "tee", 149, 1.0, "2026-04-25"),
    ("蕾丝花边衬衫", "衬衫", "shirt", 179, 0.6, "2025-04-09"),
    ("灯芯绒衬衫外套", "衬衫", "light_coat", 229, 0.8, "2026-09-20"),
    ("百褶半身裙", "半身裙", "skirt", 169, 1.4, "2025-02-18"),
    ("高腰A字半身裙", "半身裙", "skirt", 159, 1.0, "2024-07-11"),
    ("牛仔半身裙", "半身裙", "skirt", 149, 0.8, "2025-03-20"),
    ("鱼尾包臀半身裙", "半身裙", "skirt", 179, 0.6, "2025-06-02"),
    ("缎面半身裙", "半身裙", "skirt", 199, 0.9, "2026-03-18"),
    ("毛呢半身裙", "半身裙", "knit", 219, 0.8, "2024-10-09"),
    ("双面羊毛大衣", "外套", "winter", 899, 1.0, "2024-10-15"),
    ("轻薄羽绒服", "外套", "winter", 599, 0.9, "2024-10-28"),
    ("连帽白鸭绒羽绒服", "外套", "winter", 699, 0.8, "2025-11-05"),
    ("经典卡其风衣", "外套", "light_coat", 559, 1.3, "2025-02-25"),
    ("小香风短外套", "外套", "light_coat", 399, 1.0, "2026-09-02"),
    ("西装外套", "外套", "light_coat", 459, 1.1, "2025-03-10"),
    ("牛仔外套", "外套", "light_coat", 289, 0.8, "2025-08-18"),
    ("羊羔毛外套", "外套", "winter", 499, 0.6, "2024-11-01"),
    ("羊毛开衫", "针织衫", "knit", 299, 1.6, "2024-09-25"),
    ("高领打底毛衣", "针织衫", "knit", 199, 1.3, "2024-10-03"),
    ("马海毛慵懒毛衣", "针织衫", "knit", 329, 0.9, "2026-09-15"),
    ("短款针织开衫", "针织衫", "knit", 189, 1.0, "2026-08-26"),
    ("镂空针织罩衫", "针织衫", "tee", 169, 0.7, "2025-05-06"),
    ("圆领羊绒衫", "针织衫", "knit", 599, 0.8, "2026-10-10"),
    ("高腰直筒牛仔裤", "牛仔裤", "denim", 199, 2.2, "2024-08-20"),
    ("微喇牛仔裤", "牛仔裤", "denim", 219, 1.2, "2025-03-04"),
    ("阔腿牛仔裤", "牛仔裤", "denim", 209, 1.0, "2025-06-20"),
    ("加绒牛仔裤", "牛仔裤", "winter", 229, 1.0, "2025-11-20"),
    ("九分烟管牛仔裤", "牛仔裤", "denim", 189, 0.7, "2024-12-05"),
    ("垂感西装阔腿裤", "阔腿裤", "pants", 219, 1.5, "2025-04-01"),
    ("冰丝阔腿裤", "阔腿裤", "pants", 159, 1.2, "2026-04-28"),
)

# product, date the new main image went live, CTR multiplier relative to the previous version
_IMAGE_CHANGES = (
    ("轻薄羽绒服", "2025-11-25", 1.08),
    ("双面羊毛大衣", "2025-12-05", 1.32),
    ("黑色小香风连衣裙", "2026-01-15", 0.82),
    ("法式白衬衫", "2026-03-05", 1.18),
    ("法式碎花茶歇连衣裙", "2026-03-20", 1.45),
    ("高腰直筒牛仔裤", "2026-04-02", 1.00),
    ("雪纺印花长裙", "2026-05-01", 1.28),
    ("基础款纯棉圆领T恤", "2026-05-15", 0.70),
    ("基础款纯棉圆领T恤", "2026-06-05", 1.45),
    ("宽松字母印花T恤", "2026-06-20", 0.98),
    ("百褶半身裙", "2026-07-10", 1.03),
    ("垂感西装阔腿裤", "2026-08-01", 0.88),
    ("雪纺印花长裙", "2026-08-15", 0.80),
    ("羊毛开衫", "2026-09-10", 1.25),
    ("微喇牛仔裤", "2026-10-12", 1.15),
)

_JD_PRODUCTS = (
    ("加厚棉麻收纳箱三件套", "收纳", "all", 69, 2.5, "2025-06-10"),
    ("抽屉式透明收纳盒", "收纳", "all", 49, 1.8, "2025-03-02"),
    ("衣柜分层隔板", "收纳", "all", 29, 1.0, "2025-09-15"),
    ("真空压缩收纳袋", "收纳", "home_autumn", 39, 1.2, "2024-11-20"),
    ("全棉四件套", "床品", "home_autumn", 299, 2.0, "2025-04-01"),
    ("水洗棉夏凉被", "床品", "home_summer", 159, 1.3, "2025-05-10"),
    ("加厚牛奶绒四件套", "床品", "home_winter", 259, 1.2, "2025-09-01"),
    ("乳胶枕头一对装", "床品", "all", 189, 1.4, "2025-02-14"),
    ("纯棉毛巾三条装", "毛巾浴巾", "all", 39, 2.2, "2024-08-01"),
    ("A类纯棉浴巾", "毛巾浴巾", "all", 69, 1.3, "2024-10-10"),
    ("珊瑚绒速干浴巾", "毛巾浴巾", "home_autumn", 59, 0.9, "2026-09-05"),
    ("不锈钢保温杯", "杯壶", "home_autumn", 89, 1.6, "2025-01-10"),
    ("玻璃冷水壶套装", "杯壶", "home_summer", 59, 0.9, "2025-05-20"),
    ("陶瓷马克杯情侣款", "杯壶", "all", 49, 0.8, "2025-07-07"),
    ("EVA浴室拖鞋", "拖鞋", "home_summer", 29, 1.5, "2025-04-15"),
    ("加绒居家棉拖鞋", "拖鞋", "home_winter", 49, 1.4, "2026-09-20"),
    ("厨房置物架", "厨具", "all", 119, 1.1, "2025-03-25"),
    ("不粘锅炒锅", "厨具", "all", 199, 1.2, "2025-06-18"),
    ("硅胶厨具五件套", "厨具", "all", 89, 0.9, "2026-08-12"),
    ("加厚垃圾袋", "清洁用品", "all", 19.9, 2.0, "2024-06-01"),
)


@dataclass(frozen=True)
class _Catalog:
    """Products and their daily weights (D x P)."""

    frame: pd.DataFrame  # product_id, product_name, category, season, price_c, cost_c, listed, pop, conv, ctr, bounce
    browse: np.ndarray  # D x P share of visitors
    buy: np.ndarray  # D x P share of orders
    season: np.ndarray  # D x P seasonal demand
    ctr_mult: np.ndarray  # D x P main-image CTR multiplier
    version: np.ndarray  # D x P main-image version number (1, 2, ...)
    image_changes: pd.DataFrame  # pidx, day, version, mult


def _catalog(rng, dates, spec, *, ids, image_changes=()) -> _Catalog:
    """Build products from a spec and their daily browse/buy weights."""
    names, cats, seasons, prices, pops, listed = zip(*spec)
    n_p, n_d = len(spec), len(dates)
    price_c = np.rint(np.asarray(prices, dtype=float) * 100).astype(np.int64)
    margin = rng.uniform(0.40, 0.60, n_p)
    cost_c = np.rint(price_c * (1 - margin) / 100).astype(np.int64) * 100
    listed_ts = pd.to_datetime(list(listed))
    listed_i = np.array([(d - dates[0]).days for d in listed_ts])
    conv = rng.lognormal(0, 0.18, n_p) * (price_c / 20000) ** -0.5
    frame = pd.DataFrame(
        {
            "product_id": [str(i) for i in ids],
            "product_name": list(names),
            "category": list(cats),
            "season": list(seasons),
            "price_c": price_c,
            "cost_c": cost_c,
            "listed": listed_ts,
            "listed_i": listed_i,
            "pop": np.asarray(pops, dtype=float),
            "conv": conv,
            "ctr": rng.uniform(0.028, 0.055, n_p),
            "bounce": rng.uniform(0.48, 0.68, n_p),
        }
    )
    season = np.stack([_monthly_curve(dates, _SEASONS[s]) for s in seasons], axis=1)
    di = np.arange(n_d)[:, None]
    age = di - listed_i[None, :]
    life = np.where(age < 0, 0.0, np.minimum(1.0, (age + 1) / 21.0))
    life = life * np.clip(1 - 0.0004 * np.maximum(age - 180, 0), 0.55, 1.0)
    ctr_mult = np.ones((n_d, n_p))
    version = np.ones((n_d, n_p), dtype=np.int64)
    rows = []
    pos = {n: i for i, n in enumerate(names)}
    for name, day, mult in image_changes:
        if name not in pos:
            continue
        p, i = pos[name], _days(dates, day)
        if i < 0 or i >= n_d:
            continue
        ctr_mult[i:, p] *= mult
        version[i:, p] += 1
        rows.append((p, i, int(version[i, p]), mult))
    noise = rng.lognormal(0, 0.10, (n_d, n_p))
    browse = frame["pop"].to_numpy()[None, :] * season * life * ctr_mult * noise
    buy = browse * conv[None, :]
    changes = pd.DataFrame(rows, columns=["pidx", "day", "version", "mult"])
    return _Catalog(frame, browse, buy, season, ctr_mult, version, changes)


# ------------------------------------------------------------------ PPC keywords

_KW_HEADS = {
    "连衣裙": ("连衣裙女", "碎花连衣裙", "法式连衣裙", "小黑裙", "吊带连衣裙", "长裙", "度假连衣裙", "衬衫裙",
            "丝绒连衣裙", "新中式连衣裙", "亚麻连衣裙", "赫本风连衣裙", "泡泡袖连衣裙", "背心裙"),
    "T恤": ("t恤女", "纯棉t恤", "短袖t恤女", "印花t恤", "宽松t恤", "打底衫女", "海魂衫", "冰丝t恤", "短款t恤"),
    "衬衫": ("白衬衫女", "衬衫女", "条纹衬衫", "防晒衬衫", "蕾丝衬衫", "缎面衬衫", "灯芯绒衬衫"),
    "半身裙": ("半身裙", "a字裙", "牛仔半身裙", "包臀裙", "缎面半身裙", "毛呢半身裙", "高腰半身裙", "鱼尾裙"),
    "外套": ("羊毛大衣", "轻薄羽绒服", "风衣女", "小香风外套", "西装外套女", "牛仔外套女", "双面呢大衣",
           "羽绒服短款", "羊羔毛外套"),
    "针织衫": ("毛衣女", "开衫女", "针织开衫", "高领毛衣", "马海毛毛衣", "羊绒衫女", "针织罩衫"),
    "牛仔裤": ("牛仔裤女", "直筒牛仔裤", "微喇牛仔裤", "阔腿牛仔裤", "加绒牛仔裤", "烟管牛仔裤"),
    "阔腿裤": ("阔腿裤女", "西装裤女", "冰丝阔腿裤"),
}
_KW_MODS = ("显瘦", "小个子", "高级感", "2026新款", "气质", "法式", "韩版", "宽松", "复古", "通勤", "大码",
            "设计感", "百搭", "学生", "高腰", "春秋", "薄款")

# keyword, role, promoted product
_DEMO_ROLE_KEYWORDS = (
    ("法式碎花连衣裙", "winner", "法式碎花茶歇连衣裙"),
    ("茶歇裙", "winner", "法式碎花茶歇连衣裙"),
    ("小个子连衣裙", "winner", "法式方领泡泡袖连衣裙"),
    ("真丝衬衫女", "winner", "真丝缎面衬衫"),
    ("羊毛大衣女", "winner", "双面羊毛大衣"),
    ("高腰直筒牛仔裤", "winner", "高腰直筒牛仔裤"),
    ("百褶半身裙", "winner", "百褶半身裙"),
    ("垂感阔腿裤", "winner", "垂感西装阔腿裤"),
    ("法式白衬衫", "winner", "法式白衬衫"),
    ("羊毛开衫女", "winner", "羊毛开衫"),
    ("连衣裙", "burner", "法式碎花茶歇连衣裙"),
    ("女装", "burner", "基础款纯棉圆领T恤"),
    ("衣服女", "burner", "基础款纯棉圆领T恤"),
    ("上衣女", "burner", "宽松字母印花T恤"),
    ("韩版女装", "burner", "法式白衬衫"),
    ("夏装女", "burner", "雪纺印花长裙"),
    ("羽绒服女", "low_ctr", "轻薄羽绒服"),
    ("大衣女", "low_ctr", "双面羊毛大衣"),
    ("女装2026新款", "low_ctr", "新中式盘扣连衣裙"),
    ("ins风女装", "low_ctr", "宽松字母印花T恤"),
    ("小众设计感女装", "low_ctr", "黑色小香风连衣裙"),
    ("气质女装", "low_ctr", "收腰显瘦衬衫裙"),
    ("白衬衫女", "head", "法式白衬衫"),
    ("半身裙", "head", "高腰A字半身裙"),
    ("牛仔裤女", "head", "高腰直筒牛仔裤"),
    ("t恤女", "head", "基础款纯棉圆领T恤"),
    ("毛衣女", "head", "高领打底毛衣"),
)
_NEVER_CONVERT = ("韩版女装", "衣服女")

# search terms that are not keywords and convert well: term, the keyword it matched
_DISCOVERY_TERMS = (
    ("法式碎花连衣裙小个子", "法式碎花连衣裙"),
    ("茶歇裙法式复古", "茶歇裙"),
    ("通勤白衬衫女长袖", "白衬衫女"),
    ("梨形身材半身裙", "半身裙"),
    ("微胖显瘦牛仔裤", "牛仔裤女"),
)
_TERM_SUFFIXES = ("女", "2026新款", "夏季", "秋冬", "显瘦", "小个子", "高级感", "女款", "新款", "宽松")

_DEMO_CAMPAIGNS = {  # campaign: (start, end, budget rule: quantile of unconstrained daily spend, factor)
    "日常-连衣裙": ("2024-09-01", None, 0.72, 1.0),
    "日常-上装": ("2024-09-01", None, 1.0, 1.15),
    "日常-下装": ("2025-03-01", None, 0.97, 1.0),
    "大促-双11": ("2025-10-15", "2025-11-13", 0.85, 1.0),
    "大促-618": ("2026-05-25", "2026-06-20", 0.85, 1.0),
}
_CATEGORY_CAMPAIGN = {"连衣裙": "日常-连衣裙", "T恤": "日常-上装", "衬衫": "日常-上装", "外套": "日常-上装",
                      "针织衫": "日常-上装", "半身裙": "日常-下装", "牛仔裤": "日常-下装", "阔腿裤": "日常-下装"}


def _match_product(keyword: str, cat_products: pd.DataFrame) -> int:
    """Return the index of the product whose name shares most characters with ``keyword``."""
    kw = set(keyword)
    score = cat_products["product_name"].map(lambda n: len(kw & set(n))) * 10 + cat_products["pop"]
    return int(score.idxmax())


def _keyword_params(rng, roles: np.ndarray) -> pd.DataFrame:
    """Draw impression level, CTR, conversion, CPC, rank and quality score by keyword role."""
    n = roles.size
    imp = rng.lognormal(np.log(45), 1.0, n).clip(5, 1000)
    ctr = rng.lognormal(np.log(0.024), 0.22, n).clip(0.012, 0.048)
    cvr = rng.lognormal(np.log(0.009), 0.45, n).clip(0.003, 0.025)
    cpc = rng.uniform(0.7, 1.3, n) + 0.25 * np.log10(imp / 60).clip(0, None)
    rank = rng.uniform(3, 14, n)
    qs = rng.integers(6, 10, n).astype(float)
    for role, sel in (("winner", roles == "winner"), ("burner", roles == "burner"), ("head", roles == "head"),
                      ("low_ctr", roles == "low_ctr"), ("thin", roles == "thin")):
        k = int(sel.sum())
        if not k:
            continue
        if role == "winner":
            imp[sel] = rng.uniform(120, 400, k)
            ctr[sel] = rng.uniform(0.036, 0.05, k)
            cvr[sel] = rng.uniform(0.02, 0.032, k)
            cpc[sel] = rng.uniform(0.85, 1.25, k)
            rank[sel] = rng.uniform(1.5, 4.5, k)
            qs[sel] = rng.integers(9, 11, k)
        elif role == "burner":
            imp[sel] = rng.uniform(450, 750, k)
            ctr[sel] = rng.uniform(0.022, 0.032, k)
            cvr[sel] = rng.uniform(0.0008, 0.002, k)
            cpc[sel] = rng.uniform(1.6, 2.3, k)
            rank[sel] = rng.uniform(3, 8, k)
            qs[sel] = rng.integers(5, 8, k)
        elif role == "head":
            imp[sel] = rng.uniform(300, 600, k)
            ctr[sel] = rng.uniform(0.022, 0.03, k)
            cvr[sel] = rng.uniform(0.009, 0.013, k)
            cpc[sel] = rng.uniform(1.3, 1.7, k)
            rank[sel] = rng.uniform(4, 9, k)
        elif role == "low_ctr":
            imp[sel] = rng.uniform(1500, 3000, k)
            ctr[sel] = rng.uniform(0.004, 0.008, k)
            cvr[sel] = rng.uniform(0.006, 0.012, k)
            cpc[sel] = rng.uniform(1.0, 1.5, k)
            rank[sel] = rng.uniform(6, 14, k)
            qs[sel] = rng.integers(4, 7, k)
        else:
            imp[sel] = rng.uniform(0.25, 1.0, k)
            ctr[sel] = rng.uniform(0.03, 0.045, k)
            cvr[sel] = rng.uniform(0.01, 0.03, k)
            cpc[sel] = rng.uniform(0.6, 0.95, k)
    bid = np.round(cpc / rng.uniform(0.72, 0.9, n), 2)
    return pd.DataFrame({"imp_mean": imp, "ctr": ctr, "cvr": cvr, "cpc": cpc, "bid": bid, "rank": rank, "qs": qs})


def _demo_keywords(rng, dates, cat: _Catalog, n_keywords: int) -> pd.DataFrame:
    """Choose the demo shop's keywords (roles, products, campaigns, active days)."""
    prods = cat.frame
    by_name = {n: i for i, n in enumerate(prods["product_name"])}
    rows = []  # keyword, role, pidx
    for kw, role, pname in _DEMO_ROLE_KEYWORDS:
        if pname in by_name and len(rows) < n_keywords:
            rows.append((kw, role, by_name[pname]))
    taken = {r[0] for r in rows}
    cands = []
    for c, heads in _KW_HEADS.items():
        cp = prods[prods["category"] == c]
        if cp.empty:
            continue
        for h in heads:
            cands.append((h, c))
            cands.extend((m + h, c) for m in _KW_MODS if m not in h)
    cands = [x for x in cands if x[0] not in taken]
    order = rng.permutation(len(cands))
    n_fill = max(n_keywords - len(rows), 0)
    n_thin = min(20, n_fill // 8)
    for j, i in enumerate(order[:n_fill]):
        kw, c = cands[i]
        p = _match_product(kw, prods[prods["category"] == c])
        rows.append((kw, "thin" if j < n_thin else "normal", p))
    kwf = pd.DataFrame(rows, columns=["keyword", "role", "pidx"])
    kwf["category"] = prods["category"].to_numpy()[kwf["pidx"]]
    kwf["campaign"] = kwf["category"].map(_CATEGORY_CAMPAIGN)
    params = _keyword_params(rng, kwf["role"].to_numpy())
    kwf = pd.concat([kwf, params], axis=1)
    kwf.loc[kwf["keyword"].isin(_NEVER_CONVERT), "cvr"] = 0.0
    n_d = len(dates)
    start = np.maximum(prods["listed_i"].to_numpy()[kwf["pidx"]] + 3, 0)
    late = (kwf["role"] == "normal").to_numpy() & (rng.random(len(kwf)) < 0.15)
    start = np.where(late, np.maximum(start, rng.integers(n_d // 12, max(n_d - n_d // 6, n_d // 12 + 1), len(kwf))),
                     start)
    stop = np.where((kwf["role"] == "normal").to_numpy() & (rng.random(len(kwf)) < 0.08),
                    rng.integers(n_d // 3, n_d, len(kwf)), n_d - 1)
    kwf["start_i"] = start
    kwf["end_i"] = np.maximum(stop, start)
    # promotion campaigns copy the strongest keywords of their season
    promo = []
    for camp, seasons in (("大促-双11", {"winter", "knit", "dress_winter", "all", "denim", "light_coat"}),
                          ("大促-618", {"summer", "tee", "skirt", "pants", "shirt", "denim", "all"})):
        s, e = _DEMO_CAMPAIGNS[camp][0], _DEMO_CAMPAIGNS[camp][1]
        si, ei = max(_days(dates, s), 0), min(_days(dates, e), n_d - 1)
        if si > ei:
            continue
        in_season = np.array([prods["season"].iat[p] in seasons for p in kwf["pidx"]], dtype=bool)
        ok = kwf[kwf["role"].isin(["winner", "burner", "head", "normal"]).to_numpy() & in_season]
        ok = ok[(ok["start_i"] <= si + 5)]
        top = pd.concat([ok[ok["role"].isin(["winner", "burner", "head"])],
                         ok[ok["role"] == "normal"].nlargest(8, "imp_mean")])
        t = top.copy()
        t["campaign"] = camp
        t["imp_mean"] = t["imp_mean"] * 0.7
        t["bid"] = np.round(t["bid"] * 1.3, 2)
        t["cpc"] = t["cpc"] * 1.3
        t["rank"] = t["rank"] * 0.7
        t["start_i"], t["end_i"] = si, ei
        promo.append(t)
    kwf = pd.concat([kwf, *promo], ignore_index=True)
    return kwf


@dataclass(frozen=True)
class _PPC:
    """PPC results: keyword rows, per-day totals and budgets."""

    rows: pd.DataFrame  # canonical ppc_keywords columns plus kidx, day
    clicks: np.ndarray  # D
    orders: np.ndarray  # D
    budgets: dict


def _ppc(rng, cal: _Calendar, cat: _Catalog, kw: pd.DataFrame, campaigns: dict, *, paused, bid_mult) -> _PPC:
    """Simulate keyword impressions, clicks, cost (with daily budgets) and conversions."""
    n_k, n_d = len(kw), len(cal.dates)
    di = np.arange(n_d)[None, :]
    active = (di >= kw["start_i"].to_numpy()[:, None]) & (di <= kw["end_i"].to_numpy()[:, None]) & ~paused[None, :]
    pidx = kw["pidx"].to_numpy()
    demand = cal.base * cal.event_v ** 0.85
    lam = kw["imp_mean"].to_numpy()[:, None] * demand[None, :] * cat.season[:, pidx].T
    lam = lam * rng.lognormal(0, 0.15, (n_k, n_d))
    imp = rng.poisson(lam * active)
    ctr = np.clip(kw["ctr"].to_numpy()[:, None] * rng.lognormal(0, 0.12, (n_k, n_d)), 0, 0.2)
    clicks = rng.binomial(imp, ctr)
    bid = np.round(kw["bid"].to_numpy()[:, None] * bid_mult[None, :], 2)
    cpc = np.minimum(kw["cpc"].to_numpy()[:, None] * bid_mult[None, :] * rng.lognormal(0, 0.06, (n_k, n_d)), bid)
    cost = np.rint(clicks * cpc * 100).astype(np.int64)
    names = list(campaigns)
    camp = kw["campaign"].map({c: i for i, c in enumerate(names)}).to_numpy()
    spend = np.zeros((len(names), n_d), dtype=np.int64)
    np.add.at(spend, camp, cost)
    budget = np.zeros(len(names), dtype=np.int64)
    for c, name in enumerate(names):
        q, factor = campaigns[name][2], campaigns[name][3]
        on = spend[c][spend[c] > 0]
        level = np.quantile(on, q) * factor if on.size else 10_000
        budget[c] = max(int(np.ceil(level / 1000.0)) * 1000, 5000)  # whole 10 yuan
    bind = spend > budget[:, None]
    f = np.where(bind, budget[:, None] / np.maximum(spend, 1), 1.0)
    bk = bind[camp]
    clicks2 = np.where(bk, np.rint(clicks * f[camp]).astype(np.int64), clicks)
    imp2 = np.where(bk, np.maximum(np.rint(imp * f[camp]).astype(np.int64), clicks2), imp)
    cost2 = cost.copy()
    kk, dd = np.nonzero(bk)
    if kk.size:
        group = camp[kk] * n_d + dd
        uniq, g = np.unique(group, return_inverse=True)
        w = clicks2[kk, dd] * cpc[kk, dd]
        cost2[kk, dd] = _largest_remainder(budget[uniq // n_d], w, g)
    cost = cost2
    cvr = np.clip(kw["cvr"].to_numpy()[:, None] * cal.conv[None, :] ** 0.7 * rng.lognormal(0, 0.1, (n_k, n_d)), 0, 0.4)
    orders = rng.binomial(clicks2, cvr)
    aov = cat.frame["price_c"].to_numpy()[pidx][:, None] * cal.disc[None, :] * (1.12 + 0.4 * cal.multi[None, :])
    gmv = np.rint(orders * aov * rng.lognormal(0, 0.12, (n_k, n_d))).astype(np.int64)
    atc = rng.binomial(clicks2, np.clip(cvr * 3 + 0.04, 0, 0.6))
    fav = rng.binomial(clicks2, 0.035)
    rank = np.clip(kw["rank"].to_numpy()[:, None] / bid_mult[None, :] ** 0.5 * rng.lognormal(0, 0.1, (n_k, n_d)),
                   1, 30)
    kk, dd = np.nonzero(imp2 > 0)
    rows = pd.DataFrame(
        {
            "date": cal.dates[dd],
            "campaign": kw["campaign"].to_numpy()[kk],
            "product_id": cat.frame["product_id"].to_numpy()[pidx[kk]],
            "keyword": kw["keyword"].to_numpy()[kk],
            "bid": _yuan(np.rint(bid[kk, dd] * 100)),
            "impressions": imp2[kk, dd],
            "clicks": clicks2[kk, dd],
            "cost": _yuan(cost[kk, dd]),
            "avg_rank": np.round(rank[kk, dd], 1),
            "quality_score": kw["qs"].to_numpy()[kk].astype(float),
            "orders": orders[kk, dd],
            "gmv": _yuan(gmv[kk, dd]),
            "add_to_cart": atc[kk, dd],
            "favorites": fav[kk, dd],
            "kidx": kk,
            "day": dd,
            "cost_c": cost[kk, dd],
            "gmv_c": gmv[kk, dd],
        }
    )
    rows = rows.sort_values(["day", "campaign", "keyword"], kind="stable").reset_index(drop=True)
    budgets = {n: int(b) for n, b in zip(names, budget)}
    return _PPC(rows, clicks2.sum(0), orders.sum(0), budgets)


def _search_terms(rng, ppc: _PPC, kw: pd.DataFrame) -> pd.DataFrame:
    """Split each keyword-day's traffic over the search terms that triggered it."""
    # every keyword's term set: itself, 1-3 variants, and discovery terms with a conversion edge
    uniq = kw["keyword"].drop_duplicates().tolist()
    discovery = dict((m, t) for t, m in _DISCOVERY_TERMS)
    term_of = {}
    for k in uniq:
        ts = [k]
        sh = [rng.uniform(0.45, 0.7)]
        ed = [1.0]
        n_var = int(rng.integers(0, 3))
        for s in rng.permutation(len(_TERM_SUFFIXES))[:n_var]:
            suf = _TERM_SUFFIXES[s]
            t = k + suf if suf not in k else suf + k
            if t in ts:
                continue
            ts.append(t)
            sh.append(rng.uniform(0.1, 0.3))
            ed.append(rng.uniform(0.6, 1.2))
        if k in discovery:
            ts.append(discovery[k])
            sh.append(0.2)
            ed.append(3.5)
        term_of[k] = (ts, np.asarray(sh) / sum(sh), np.asarray(ed))
    rows = ppc.rows
    rows = rows[rows["clicks"] > 0]
    max_t = max(len(v[0]) for v in term_of.values())
    n = len(rows)
    shares = np.zeros((n, max_t))
    edges = np.zeros((n, max_t))
    names = np.empty((n, max_t), dtype=object)
    kw_arr = rows["keyword"].to_numpy()
    for k, (ts, sh, ed) in term_of.items():
        sel = kw_arr == k
        shares[sel, : len(ts)] = sh
        edges[sel, : len(ts)] = ed
        names[sel, : len(ts)] = ts
    clicks = rows["clicks"].to_numpy()
    imps = rows["impressions"].to_numpy()
    c_t = rng.multinomial(clicks, shares)
    i_t = c_t + rng.multinomial(imps - clicks, shares)
    ow = c_t * edges
    ow_sum = ow.sum(1, keepdims=True)
    o_pv = np.divide(ow, ow_sum, out=np.full_like(ow, 0.0), where=ow_sum > 0)
    o_pv[ow_sum[:, 0] == 0, 0] = 1.0
    orders = rows["orders"].to_numpy()
    o_t = rng.multinomial(orders, o_pv)
    r, t = np.nonzero(i_t > 0)
    cost_t = _largest_remainder(rows["cost_c"].to_numpy(), c_t[r, t].astype(float), r)
    gmv_w = np.where(orders[r] > 0, o_t[r, t], 0).astype(float)
    gmv_t = _largest_remainder(np.where(orders > 0, rows["gmv_c"].to_numpy(), 0), gmv_w, r)
    out = pd.DataFrame(
        {
            "day": rows["day"].to_numpy()[r],
            "date": rows["date"].to_numpy()[r],
            "search_term": names[r, t].astype(str),
            "matched_keyword": kw_arr[r],
            "impressions": i_t[r, t],
            "clicks": c_t[r, t],
            "cost_c": cost_t,
            "orders": o_t[r, t],
            "gmv_c": gmv_t,
        }
    )
    # the same keyword in two campaigns: one row per day, term and keyword (account level)
    out = out.groupby(["day", "search_term", "matched_keyword"], sort=True, as_index=False).agg(
        date=("date", "first"), impressions=("impressions", "sum"), clicks=("clicks", "sum"),
        cost_c=("cost_c", "sum"), orders=("orders", "sum"), gmv_c=("gmv_c", "sum"))
    out["cost"] = _yuan(out["cost_c"])
    out["gmv"] = _yuan(out["gmv_c"])
    return out


# ------------------------------------------------------------------ traffic and orders

# source, share of base visitors, conversion, event elasticity, kind
_TMALL_SOURCES = (
    ("手淘搜索", 0.33, 0.0175, 1.0, "base"),
    ("手淘推荐", 0.19, 0.0075, 0.8, "base"),
    ("手淘首页", 0.04, 0.009, 0.9, "base"),
    ("直接访问", 0.05, 0.028, 1.0, "base"),
    ("直通车", 0.0, 0.0, 0.0, "ppc"),
    ("引力魔方", 0.025, 0.006, 1.0, "base"),
    ("淘宝客", 0.015, 0.026, 1.2, "base"),
    ("聚划算", 0.25, 0.040, 0.0, "activity"),
    ("淘抢购", 0.06, 0.020, 1.0, "base"),
    ("购物车", 0.085, 0.060, 1.35, "base"),
    ("我的淘宝", 0.05, 0.036, 1.1, "base"),
    ("其他", 0.03, 0.008, 0.7, "base"),
)
_JD_SOURCES = (
    ("京东搜索", "natural", 0.38, 0.024, 1.0, "base"),
    ("京东推荐", "natural", 0.18, 0.010, 0.8, "base"),
    ("店铺首页", "natural", 0.06, 0.018, 1.0, "base"),
    ("京东快车", "paid", 0.0, 0.0, 0.0, "ppc"),
    ("京挑客", "paid", 0.02, 0.028, 1.2, "base"),
    ("京东秒杀", "activity", 0.12, 0.035, 0.0, "activity"),
    ("购物车", "membership", 0.09, 0.070, 1.3, "base"),
    ("我的京东", "membership", 0.05, 0.045, 1.1, "base"),
    ("其他", "other", 0.03, 0.009, 0.7, "base"),
)


def _traffic(rng, cal: _Calendar, sources, base_visitors: float, ppc: _PPC):
    """Return visitors and paying buyers per day and source (D x S integer arrays)."""
    n_d, n_s = len(cal.dates), len(sources)
    vis = np.zeros((n_d, n_s), dtype=np.int64)
    buy = np.zeros((n_d, n_s), dtype=np.int64)
    for s, (name, share, cr, el, kind) in enumerate(sources):
        if kind == "ppc":
            clicks = ppc.clicks
            vis[:, s] = clicks - np.floor(clicks * rng.uniform(0.02, 0.12, n_d)).astype(np.int64)
            with np.errstate(invalid="ignore", divide="ignore"):
                p = np.where(clicks > 0, ppc.orders / np.maximum(clicks, 1) * 0.85, 0.0)
        else:
            if kind == "activity":
                exp = base_visitors * share * cal.base * cal.activity * cal.event_v ** 0.3
            else:
                exp = base_visitors * share * cal.base * cal.event_v ** el
            vis[:, s] = np.rint(exp * rng.lognormal(0, 0.05, n_d)).astype(np.int64)
            p = cr * cal.conv * rng.lognormal(0, 0.08, n_d)
        buy[:, s] = rng.binomial(vis[:, s], np.clip(p, 0, 0.6))
    return vis, buy


_PROVINCES = (
    ("广东省", 12), ("浙江省", 8.5), ("江苏省", 8.5), ("上海", 5), ("北京", 4.5), ("山东省", 6.5), ("河南省", 5),
    ("四川省", 5), ("湖北省", 4), ("福建省", 4), ("湖南省", 3.5), ("安徽省", 3.5), ("河北省", 3.5), ("陕西省", 2.5),
    ("辽宁省", 2.5), ("重庆", 2.3), ("江西省", 2.2), ("广西壮族自治区", 2.2), ("云南省", 2), ("天津", 1.5),
    ("山西省", 1.6), ("黑龙江省", 1.4), ("吉林省", 1.1), ("贵州省", 1.4), ("内蒙古自治区", 1), ("新疆维吾尔自治区", 0.6),
    ("甘肃省", 0.8), ("海南省", 0.7), ("宁夏回族自治区", 0.3), ("青海省", 0.2), ("西藏自治区", 0.1),
)
_PHONE_PREFIXES = (130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159,
                   176, 177, 180, 181, 182, 183, 185, 186, 187, 188, 189, 198, 199)
_ITEMS = np.array([[0.80, 0.155, 0.035, 0.01], [0.55, 0.28, 0.11, 0.06]])
_COUPONS = (0, 500, 1000, 2000, 3000)  # cents off an order (店铺券)


def _orders(rng, cal: _Calendar, cat: _Catalog, buyers: np.ndarray, source_names, *, id_base: int, id_step: int,
            buyer_prefix: str, new_share: float, pool: int, life_days: float) -> pd.DataFrame:
    """Draw one order per paying buyer: product, pieces, amount, time, buyer and province."""
    n_d, n_s = buyers.shape
    cell = np.repeat(np.arange(n_d * n_s), buyers.ravel())
    n = cell.size
    day, src = cell // n_s, cell % n_s
    pidx = _pick(np.cumsum(cat.buy, axis=1), day, rng.random(n))
    probs = (1 - cal.multi)[:, None] * _ITEMS[0] + cal.multi[:, None] * _ITEMS[1]
    items = _pick(np.cumsum(probs, axis=1), day, rng.random(n)) + 1
    price = cat.frame["price_c"].to_numpy()[pidx]
    gross = np.rint(price * items * cal.disc[day]).astype(np.int64)
    coupon = np.asarray(_COUPONS)[rng.choice(len(_COUPONS), n, p=[0.55, 0.15, 0.15, 0.1, 0.05])]
    coupon = np.where(coupon * 4 < gross, coupon, 0)
    amount = gross - coupon
    hour = _pick(np.cumsum(cal.hours, axis=1), day, rng.random(n))
    sec = day.astype(np.int64) * _DAY_S + hour * 3600 + rng.integers(0, 3600, n)
    order = np.lexsort((rng.random(n), sec))
    day, src, pidx, items, amount, sec = (a[order] for a in (day, src, pidx, items, amount, sec))
    # buyers: one-off new buyers, and a loyal pool that comes back (heavy-tailed) for a while: each loyal
    # buyer joins on a day (a third before the data starts: the shop's existing customers) and stays for an
    # exponential time, so some drift away for good, as the BG/NBD model assumes customers do
    loyal_w = rng.lognormal(0, 0.7, pool)
    birth = rng.integers(-n_d // 2, n_d, pool)
    death = birth + rng.exponential(life_days, pool)
    is_new = rng.random(n) < new_share
    who = np.full(n, -1, dtype=np.int64)
    draws = rng.random(n)
    for d in np.unique(day[~is_new]):  # day is sorted: one slice per day
        lo, hi = np.searchsorted(day, d, side="left"), np.searchsorted(day, d, side="right")
        rows = np.arange(lo, hi)[~is_new[lo:hi]]
        cum = np.cumsum(np.where((birth <= d) & (death >= d), loyal_w, 0.0))
        if cum[-1] > 0:
            who[rows] = np.minimum(np.searchsorted(cum, draws[rows] * cum[-1], side="right"), pool - 1)
    key = pd.Series(who * 100_000 + day)
    dup = key.duplicated().to_numpy() & (who >= 0)
    fresh = (who < 0) | dup
    who = np.where(fresh, pool + np.cumsum(fresh) - 1, who)
    n_buyers = int(who.max()) + 1
    ids = rng.permutation(_unique_ids(rng, n_buyers, 100_000_000, 20_000))
    prov_names = [p for p, _ in _PROVINCES]
    prov_w = np.asarray([w for _, w in _PROVINCES], dtype=float)
    prov = rng.choice(len(prov_names), n_buyers, p=prov_w / prov_w.sum())
    phone = (rng.choice(_PHONE_PREFIXES, n_buyers).astype(np.int64) * 100_000_000
             + rng.integers(0, 100_000_000, n_buyers))
    paid_at = cal.dates[0] + pd.to_timedelta(sec, unit="s")
    return pd.DataFrame(
        {
            "order_id": _unique_ids(rng, n, id_base, id_step).astype(str),
            "buyer_id": np.char.add(buyer_prefix, ids[who].astype(str)),
            "paid_at": paid_at,
            "paid_amount": _yuan(amount),
            "items": items.astype(np.int64),
            "province": np.asarray(prov_names, dtype=object)[prov[who]],
            "channel": np.asarray(source_names, dtype=object)[src],
            "buyer_phone": phone[who].astype(str),
            "day": day,
            "src": src,
            "pidx": pidx,
            "amount_c": amount,
            "sec": sec,
        }
    )


# ------------------------------------------------------------------ after-sales

_CASE_KINDS = ("仅退款", "退货退款", "换货", "投诉")


def _after_sales(rng, cal: _Calendar, orders: pd.DataFrame, *, rate: float, id_base: int) -> pd.DataFrame:
    """Open after-sales cases on some orders and play them out until the end of the data."""
    n = len(orders)
    day = orders["day"].to_numpy()
    amount = orders["amount_c"].to_numpy()
    p = rate * (1 + 0.6 * cal.multi[day]) * np.clip((amount / 25000) ** 0.15, 0.8, 1.3)
    has = rng.random(n) < p
    o = np.flatnonzero(has)
    kind = rng.choice(4, o.size, p=[0.27, 0.58, 0.11, 0.04])
    lo = np.array([0.05, 2.0, 3.0, 1.0])[kind]
    hi = np.array([2.5, 9.0, 10.0, 15.0])[kind]
    opened = orders["sec"].to_numpy()[o] + np.rint(rng.uniform(lo, hi) * _DAY_S).astype(np.int64)
    end_s = len(cal.dates) * _DAY_S - 1
    keep = opened <= end_s
    o, kind, opened = o[keep], kind[keep], opened[keep]
    m = o.size
    window = np.array([2, 5, 5, 3])[kind] * _DAY_S
    deadline = opened + window
    handling = np.rint(window * np.clip(rng.lognormal(np.log(0.2), 0.7, m), 0.01, 0.97)).astype(np.int64)
    missed = rng.random(m) < 0.05
    escalated = (kind == 3) & (rng.random(m) < 0.3)
    handling = np.where(missed, window, handling)
    handling = np.where(escalated, rng.integers(6 * _DAY_S, 30 * _DAY_S, m), handling)
    resolved = opened + handling
    done = resolved <= end_s
    waiting = (kind == 1) & (rng.random(m) < 0.6)
    status = np.where(done, "resolved", np.where(escalated, "escalated", np.where(waiting, "waiting_buyer", "open")))
    full = orders["amount_c"].to_numpy()[o]
    items = orders["items"].to_numpy()[o]
    partial = np.rint(full * rng.uniform(0.1, 0.5, m)).astype(np.int64)
    one_item = full // np.maximum(items, 1)
    amt = np.select(
        [kind == 0, kind == 1],
        [np.where(rng.random(m) < 0.6, full, partial), np.where((items > 1) & (rng.random(m) < 0.5), one_item, full)],
        0,
    )
    srt = np.argsort(opened, kind="stable")
    o, kind, opened, deadline, resolved, done, status, amt = (
        a[srt] for a in (o, kind, opened, deadline, resolved, done, status, amt))
    start = cal.dates[0]
    return pd.DataFrame(
        {
            "case_id": _unique_ids(rng, m, id_base, 50_000_000).astype(str),
            "order_id": orders["order_id"].to_numpy()[o],
            "opened": start + pd.to_timedelta(opened, unit="s"),
            "kind": np.asarray(_CASE_KINDS, dtype=object)[kind],
            "amount": _yuan(amt),
            "status": status,
            "deadline": start + pd.to_timedelta(deadline, unit="s"),
            "resolved": (start + pd.to_timedelta(np.where(done, resolved, 0), unit="s")).where(done, pd.NaT),
            "oidx": o,
            "open_s": opened,
            "resolved_day": np.where(done, resolved // _DAY_S, -1),
            "amount_c": amt,
            "is_refund": (kind <= 1),
        }
    )


# ------------------------------------------------------------------ customer service

_SHIFTS = ("off", "day", "half", "night")
_SHIFT_SPAN = {1: (9 * 60, 17 * 60 + 30), 2: (10 * 60, 15 * 60 + 30), 3: (17 * 60, 23 * 60 + 30)}
_SHIFT_LOAD = {1: 1.0, 2: 0.55, 3: 0.9}
_CYCLE = (1, 1, 2, 3, 3, 0, 0)  # day, day, half, night, night, off, off

# name, level, hired, commission, inquiry conversion, first response (s), bad-review resolve rate
_DEMO_AGENTS = (
    ("小美", "P4", "2022-03-01", 0.010, 0.56, 9.0, 0.95),
    ("阿杰", "P3", "2023-06-12", 0.008, 0.38, 7.0, 0.90),
    ("晓雯", "P3", "2023-09-04", 0.008, 0.50, 14.0, 0.90),
    ("小雨", "P2", "2024-07-15", 0.006, 0.47, 31.0, 0.88),
    ("阿珍", "P2", "2024-11-20", 0.006, 0.45, 16.0, 0.90),
    ("丽丽", "P1", "2025-08-18", 0.004, 0.36, 18.0, 0.45),
    ("豆豆", "P1", "2026-03-02", 0.004, 0.46, 15.0, 0.85),
    ("阿康", "P2", "2025-05-06", 0.006, 0.44, 13.0, 0.90),
)
_LEARNER = {"豆豆": (0.28, 26.0, 150)}  # starting conversion, starting response, days to learn
_JD_AGENTS = (
    ("小鹿", "P3", "2024-03-01", 0.008, 0.50, 11.0, 0.9),
    ("阿强", "P2", "2025-01-10", 0.006, 0.42, 17.0, 0.85),
    ("甜甜", "P1", "2025-12-01", 0.004, 0.35, 24.0, 0.7),
)


def _demo_roster(dates, agents) -> np.ndarray:
    """Return the D x A shift codes (-1 not employed, 0 off, 1 day, 2 half, 3 night) of the demo team.

    A seven-day rotation (day, day, half, night, night, off, off), a skeleton crew over
    Spring Festival, the planted :data:`ROSTER_VIOLATIONS`, and a repair pass that puts
    every other day back within the rules.
    """
    n_d, n_a = len(dates), len(agents)
    names = [a[0] for a in agents]
    hired = np.array([_days(dates, a[2]) for a in agents])
    di = np.arange(n_d)[:, None]
    code = np.asarray(_CYCLE)[(di + (np.arange(n_a) % 7)[None, :]) % 7]
    # Spring Festival: four go home, three keep the shop open on a day / night / off rotation
    s, e = _days(dates, "2026-02-13"), _days(dates, "2026-02-21")
    stay = [names.index(x) for x in ("阿杰", "阿珍", "丽丽") if x in names]
    if len(stay) == 3:
        for i in range(max(s, 0), min(e, n_d - 1) + 1):
            code[i, :] = 0
            for j, a in enumerate(stay):
                code[i, a] = (1, 3, 0)[(i - s + j) % 3]
    code = np.where(di < hired[None, :], -1, code)
    protected = np.zeros((n_d, n_a), dtype=bool)

    def put(agent, day, shifts):
        i0 = _days(dates, day)
        for k, shift in enumerate(shifts):
            i = i0 + k
            if agent in names and 0 <= i < n_d and code[i, names.index(agent)] >= 0:
                code[i, names.index(agent)] = shift
                protected[i, names.index(agent)] = True

    put("小美", "2025-11-10", (1, 1, 1, 1, 1, 2, 2))  # 双11 week without a day off
    put("阿杰", "2026-06-17", (3, 1))  # night, then the day shift of 618
    put("小雨", "2026-06-15", (1, 1, 1, 2, 1, 1, 2))  # 618 week without a day off
    put("丽丽", "2026-08-07", (3, 1))  # a swapped shift
    no_cover = set()
    i = _days(dates, "2026-02-16")  # 除夕: the shop closes its chat at 17:30
    if 0 <= i < n_d:
        code[i, code[i] == 3] = 0
        protected[i] = True
        no_cover.add(i)
    return _repair_roster(code, protected, no_cover, dates)


def _repair_roster(code, protected, no_cover, dates) -> np.ndarray:
    """Put a roster back within the rules, leaving protected cells and ``no_cover`` days alone."""
    code = code.copy()
    n_d, n_a = code.shape
    week = (np.arange(n_d) + dates[0].day_of_week) // 7
    for _ in range(20):
        changed = False
        for i in range(n_d):
            for a in range(n_a):  # no morning shift after a night
                if i and code[i - 1, a] == 3 and code[i, a] in (1, 2):
                    if not protected[i, a]:
                        code[i, a] = 0
                    elif not protected[i - 1, a]:
                        code[i - 1, a] = 0
                    else:
                        continue
                    changed = True
            if i in no_cover:
                continue
            for need in (1, 3):  # a day and a night shift every day
                if (code[i] == need).any():
                    continue
                free = [a for a in range(n_a) if code[i, a] == 0 and not protected[i, a]]
                if need == 1:
                    ok = [a for a in free if not (i and code[i - 1, a] == 3)]
                else:
                    ok = [a for a in free if not (i + 1 < n_d and code[i + 1, a] in (1, 2))]
                pick = (ok or free)[:1]
                if pick:
                    code[i, pick[0]] = need
                    changed = True
        for w in np.unique(week):  # a day off in every full week
            days = np.flatnonzero(week == w)
            if days.size < 7:
                continue
            for a in range(n_a):
                col = code[days, a]
                if (col < 0).any() or (col == 0).any() or protected[days, a].all():
                    continue
                for i in days[::-1]:
                    if protected[i, a]:
                        continue
                    if code[i, a] == 2 or ((code[i] == code[i, a]).sum() > 1):
                        code[i, a] = 0
                        changed = True
                        break
        if not changed:
            break
    return code


def _simple_roster(dates, agents) -> np.ndarray:
    """Return a day / night / off rotation for a three-person team."""
    n_d, n_a = len(dates), len(agents)
    di = np.arange(n_d)[:, None]
    return np.asarray((1, 3, 0))[(di + np.arange(n_a)[None, :]) % 3]


def _cs(rng, cal: _Calendar, orders: pd.DataFrame, cases: pd.DataFrame | None, roster: np.ndarray, agents,
        *, share: float) -> pd.DataFrame:
    """Build ``cs_daily`` from the roster, the orders agents closed and the cases they took."""
    n_d, n_a = roster.shape
    names = [a[0] for a in agents]
    hired = np.array([_days(cal.dates, a[2]) for a in agents])
    di = np.arange(n_d)[:, None]
    conv = np.tile(np.array([a[4] for a in agents], dtype=float), (n_d, 1))
    resp = np.tile(np.array([a[5] for a in agents], dtype=float), (n_d, 1))
    for a, name in enumerate(names):
        if name in _LEARNER:
            c0, r0, days = _LEARNER[name]
            f = np.clip((di[:, 0] - hired[a]) / days, 0, 1)
            conv[:, a] = c0 + (agents[a][4] - c0) * f
            resp[:, a] = r0 + (agents[a][5] - r0) * f
    busy = np.clip(cal.event_v, 0.5, None)
    conv = conv * np.clip(1 - 0.06 * np.log(busy), 0.85, 1.05)[:, None]
    # which orders an agent closed: paid in service hours while someone was on shift
    day = orders["day"].to_numpy()
    minute = (orders["sec"].to_numpy() % _DAY_S) // 60
    price = orders["amount_c"].to_numpy() / np.maximum(orders["items"].to_numpy(), 1)
    w = np.zeros((len(orders), n_a))
    for code, (lo, hi) in _SHIFT_SPAN.items():
        on = (minute >= lo) & (minute < hi)
        w += (roster[day] == code) * on[:, None] * _SHIFT_LOAD[code]
    w = w * conv[day]
    p_cs = share * np.clip((price / 20000) ** 0.3, 0.7, 1.4)
    assisted = (rng.random(len(orders)) < p_cs) & (w.sum(1) > 0)
    idx = np.flatnonzero(assisted)
    agent = _pick(np.cumsum(w[idx], axis=1), np.arange(idx.size), rng.random(idx.size))
    ib = np.zeros((n_d, n_a), dtype=np.int64)
    np.add.at(ib, (day[idx], agent), 1)
    sales = np.zeros((n_d, n_a), dtype=np.int64)
    np.add.at(sales, (day[idx], agent), orders["amount_c"].to_numpy()[idx])
    on_shift = roster > 0
    inquiries = ib + rng.poisson(ib * (1 - conv) / conv + 0.6 * on_shift)
    cases_n = np.zeros((n_d, n_a), dtype=np.int64)
    if cases is not None and len(cases):
        cday = cases["open_s"].to_numpy() // _DAY_S
        cmin = (cases["open_s"].to_numpy() % _DAY_S) // 60
        cw = np.zeros((len(cases), n_a))
        for code, (lo, hi) in _SHIFT_SPAN.items():
            cw += (roster[cday] == code) * ((cmin >= lo) & (cmin < hi))[:, None]
        cw = np.where(cw.sum(1, keepdims=True) > 0, cw, on_shift[cday].astype(float))
        ok = cw.sum(1) > 0
        ca = _pick(np.cumsum(cw[ok], axis=1), np.arange(int(ok.sum())), rng.random(int(ok.sum())))
        np.add.at(cases_n, (cday[ok], ca), 1)
    received = inquiries + cases_n + rng.poisson(0.25 * inquiries)
    load = np.clip(1 + 0.35 * np.log(busy), 0.9, None)
    first = np.round(resp * load[:, None] * rng.lognormal(0, 0.12, (n_d, n_a)), 1)
    avg = np.round(first * rng.uniform(1.5, 2.3, (n_d, n_a)), 1)
    buyers_day = np.bincount(day, minlength=n_d).astype(float)
    lam = 0.003 * np.concatenate([buyers_day[:5], buyers_day[:-5]])
    bad_total = rng.poisson(lam)
    wshare = on_shift * np.array([_SHIFT_LOAD.get(int(c), 0) for c in range(4)])[np.clip(roster, 0, 3)]
    wsum = wshare.sum(1, keepdims=True)
    wshare = np.divide(wshare, wsum, out=np.zeros_like(wshare, dtype=float), where=wsum > 0)
    bad = rng.multinomial(bad_total, np.where(wsum > 0, wshare, 1.0 / n_a))
    bad = np.where(on_shift, bad, 0)
    resolve = np.array([a[6] for a in agents])
    bad_res = rng.binomial(bad, np.broadcast_to(resolve, bad.shape))
    dd, aa = np.nonzero(on_shift)
    return pd.DataFrame(
        {
            "date": cal.dates[dd],
            "agent": np.asarray(names, dtype=object)[aa],
            "inquiries": inquiries[dd, aa],
            "inquiry_buyers": ib[dd, aa],
            "received": received[dd, aa],
            "first_response_s": first[dd, aa],
            "avg_response_s": avg[dd, aa],
            "sales_amount": _yuan(sales[dd, aa]),
            "after_sales_cases": cases_n[dd, aa],
            "bad_reviews": bad[dd, aa],
            "bad_reviews_resolved": bad_res[dd, aa],
            "sales_c": sales[dd, aa],
        }
    )


# ------------------------------------------------------------------ products and the shop


def _products_daily(rng, cal: _Calendar, cat: _Catalog, orders: pd.DataFrame, visitors: np.ndarray,
                    buyers: np.ndarray) -> pd.DataFrame:
    """Allocate each day's visitors and orders to products (sums equal the shop's)."""
    n_d, n_p = cat.browse.shape
    day, p = orders["day"].to_numpy(), orders["pidx"].to_numpy()
    pb = np.zeros((n_d, n_p), dtype=np.int64)
    np.add.at(pb, (day, p), 1)
    pa = np.zeros((n_d, n_p), dtype=np.int64)
    np.add.at(pa, (day, p), orders["amount_c"].to_numpy())
    w = cat.browse / cat.browse.sum(1, keepdims=True)
    nonbuy = rng.multinomial(visitors - buyers, w)
    pv = pb + nonbuy
    clicks = pv + rng.binomial(pv, 0.22)
    ctr = cat.frame["ctr"].to_numpy()[None, :] * cat.ctr_mult * rng.lognormal(0, 0.08, (n_d, n_p))
    imp = np.maximum(np.rint(clicks / ctr).astype(np.int64), clicks)
    atc = rng.binomial(pv, np.clip(0.075 * cat.frame["conv"].to_numpy()[None, :] ** 0.5, 0, 0.5))
    bounce = np.clip(cat.frame["bounce"].to_numpy()[None, :] + rng.normal(0, 0.04, (n_d, n_p))
                     - 0.03 * np.log(cal.event_v)[:, None], 0.2, 0.95)
    dd, pp = np.nonzero(pv > 0)
    return pd.DataFrame(
        {
            "date": cal.dates[dd],
            "product_id": cat.frame["product_id"].to_numpy()[pp],
            "product_name": cat.frame["product_name"].to_numpy()[pp],
            "impressions": imp[dd, pp],
            "clicks": clicks[dd, pp],
            "visitors": pv[dd, pp],
            "add_to_cart": atc[dd, pp],
            "paying_buyers": pb[dd, pp],
            "paid_amount": _yuan(pa[dd, pp]),
            "bounce_rate": np.round(bounce[dd, pp], 4),
            "main_image": np.char.add("v", cat.version[dd, pp].astype(str)),
            "amount_c": pa[dd, pp],
        }
    )


def _shop_daily(rng, cal: _Calendar, vis: np.ndarray, buy: np.ndarray, orders: pd.DataFrame,
                refund_c: np.ndarray) -> pd.DataFrame:
    """Total the shop's day from its sources and orders."""
    n_d = len(cal.dates)
    day = orders["day"].to_numpy()
    visitors = vis.sum(1)
    amount = np.bincount(day, orders["amount_c"].to_numpy(), minlength=n_d).astype(np.int64)
    items = np.bincount(day, orders["items"].to_numpy(), minlength=n_d).astype(np.int64)
    pv_ratio = 3.1 + 0.5 * np.clip(np.log(cal.event_v), -0.5, 1.5) + rng.normal(0, 0.12, n_d)
    bounce = np.clip(0.64 - 0.03 * np.log(cal.event_v) + rng.normal(0, 0.015, n_d), 0.4, 0.85)
    stay = np.clip(58 + 6 * np.log(cal.event_v) + rng.normal(0, 3, n_d), 30, 120)
    ret = np.clip(0.24 + 0.03 * np.log(cal.event_v) + rng.normal(0, 0.015, n_d), 0.1, 0.5)
    return pd.DataFrame(
        {
            "date": cal.dates,
            "visitors": visitors,
            "pageviews": np.rint(visitors * pv_ratio).astype(np.int64),
            "paying_buyers": buy.sum(1),
            "paid_orders": items,
            "paid_amount": _yuan(amount),
            "refund_amount": _yuan(refund_c),
            "bounce_rate": np.round(bounce, 4),
            "avg_stay_s": np.round(stay, 1),
            "returning_visitors": rng.binomial(visitors, ret),
        }
    )


def _sources_frame(cal: _Calendar, vis, buy, orders, names, channels) -> pd.DataFrame:
    """Return ``traffic_sources``: one row per day and source that had visitors."""
    n_d, n_s = vis.shape
    amt = np.zeros((n_d, n_s), dtype=np.int64)
    np.add.at(amt, (orders["day"].to_numpy(), orders["src"].to_numpy()), orders["amount_c"].to_numpy())
    dd, ss = np.nonzero(vis > 0)
    return pd.DataFrame(
        {
            "date": cal.dates[dd],
            "source": np.asarray(names, dtype=object)[ss],
            "channel": np.asarray(channels, dtype=object)[ss],
            "visitors": vis[dd, ss],
            "paying_buyers": buy[dd, ss],
            "paid_amount": _yuan(amt[dd, ss]),
        }
    )


def _refunds(cal: _Calendar, orders: pd.DataFrame, cases: pd.DataFrame):
    """Return refunds per day (cents) and each order's refunded flag from resolved refund cases."""
    n_d = len(cal.dates)
    ok = cases["is_refund"].to_numpy() & (cases["resolved_day"].to_numpy() >= 0)
    refund_c = np.bincount(cases["resolved_day"].to_numpy()[ok], cases["amount_c"].to_numpy()[ok],
                           minlength=n_d).astype(np.int64)[:n_d]
    refunded = np.zeros(len(orders), dtype=bool)
    refunded[cases["oidx"].to_numpy()[ok]] = True
    return refund_c, refunded


# ------------------------------------------------------------------ design tasks

_DESIGNERS = (  # name, share of the work, delivery delay vs due (days: low, high)
    ("阿楠", 0.38, (-3, 0)),
    ("小林", 0.37, (-2, 5)),
    ("蓝蓝", 0.25, (-2, 2)),
)
_ACTIVITY_PAGES = (("2025-12-10", "双12"), ("2026-01-10", "年货节"), ("2026-03-05", "女王节"), ("2026-05-20", "520"),
                   ("2026-05-26", "618预售"), ("2026-06-15", "618"), ("2026-09-09", "99划算节"),
                   ("2026-10-20", "双11预售"), ("2026-11-01", "双11"))


def _design_tasks(rng, dates, cat: _Catalog, n_designers: int) -> pd.DataFrame:
    """Build designer tasks behind main-image changes, new listings, activity pages and ad creatives."""
    n_d = len(dates)
    end = n_d - 1
    designers = _DESIGNERS[:n_designers]
    w = np.array([d[1] for d in designers])
    w = w / w.sum()
    prods = cat.frame
    hero = prods["pop"].to_numpy()
    jobs = []  # asset, pidx, live day (target), size in days
    for r in cat.image_changes.itertuples():
        jobs.append(("main_image", r.pidx, r.day, 5))
    for p, li in enumerate(prods["listed_i"].to_numpy()):
        if 5 <= li <= end + 10:
            jobs.append(("detail_page", p, li, 7))
    for day, _ in _ACTIVITY_PAGES:
        i = _days(dates, day)
        for _ in range(2):
            jobs.append(("activity_page", int(rng.choice(len(prods), p=hero / hero.sum())), i - 1, 6))
    for i in range(20, n_d + 20, 30):
        for _ in range(3):
            jobs.append(("ad_creative", int(rng.choice(len(prods), p=hero / hero.sum())), i, 4))
    rows = []
    for asset, p, live, size in jobs:
        d = int(rng.choice(len(designers), p=w))
        lo, hi = designers[d][2]
        delay = int(rng.integers(lo, hi + 1))
        lag = int(rng.integers(0, 3))
        delivered = live - lag
        due = delivered - delay
        requested = due - size - int(rng.integers(0, 4))
        rows.append((designers[d][0], p, asset, requested, due, delivered, live))
    # a few requests at the end of the data that are still open
    for k, (asset, size) in enumerate((("main_image", 5), ("detail_page", 7), ("ad_creative", 4), ("main_image", 5))):
        requested = end - (12, 6, 3, 1)[k]
        due = requested + size
        d = (1, 0, 2, 1)[k] % len(designers)
        p = int(rng.choice(len(prods), p=hero / hero.sum()))
        rows.append((designers[d][0], p, asset, requested, due, end + 5, end + 7))
    t = pd.DataFrame(rows, columns=["designer", "pidx", "asset", "requested", "due", "delivered", "live_from"])
    t = t[t["requested"] <= end].sort_values(["requested", "asset", "pidx"], kind="stable").reset_index(drop=True)
    t["requested"] = np.minimum(t["requested"], t["delivered"])
    start = dates[0]

    def to_date(col, limit):
        v = t[col].to_numpy()
        return (start + pd.to_timedelta(v, unit="D")).where(v <= limit, pd.NaT)

    return pd.DataFrame(
        {
            "task_id": [f"DT{i + 1:04d}" for i in range(len(t))],
            "designer": t["designer"].to_numpy(),
            "product_id": prods["product_id"].to_numpy()[t["pidx"]],
            "asset": t["asset"].to_numpy(),
            "requested": to_date("requested", 10**6),
            "due": to_date("due", 10**6),
            "delivered": to_date("delivered", end),
            "live_from": to_date("live_from", end).where(t["delivered"].to_numpy() <= end, pd.NaT),
        }
    )


# ------------------------------------------------------------------ competitors

_RIVALS = (  # shop, focus categories, price level, sales scale, trend over the year, new listings / month
    ("初见女装旗舰店", ("连衣裙", "外套", "衬衫", "针织衫"), 1.10, 420, 0.10, 1.2),
    ("南风小筑", ("连衣裙", "半身裙", "衬衫"), 0.82, 130, 1.20, 1.8),
    ("柒月家原创女装", ("连衣裙", "T恤", "半身裙"), 0.95, 200, 0.20, 0.8),
    ("衣橱日记", ("T恤", "牛仔裤", "衬衫"), 0.75, 300, 0.00, 0.6),
    ("暖暖衣舍", ("针织衫", "外套"), 1.00, 260, -0.45, 0.3),
    ("木子家原创", ("连衣裙", "半身裙", "针织衫"), 1.05, 110, 0.30, 0.7),
    ("茉莉花开女装", ("连衣裙", "T恤", "阔腿裤"), 0.88, 140, 0.05, 0.6),
    ("简约主义旗舰店", ("衬衫", "阔腿裤", "外套"), 1.25, 170, 0.15, 0.5),
    ("森屿时光女装", ("连衣裙", "针织衫", "半身裙"), 0.92, 100, -0.10, 0.5),
    ("棉麻物语", ("衬衫", "连衣裙", "阔腿裤"), 0.90, 120, 0.25, 0.6),
)
_TITLE_WORDS = ("法式", "复古", "韩版", "宽松", "显瘦", "高级感", "新中式", "小个子", "气质", "通勤", "设计感", "百搭")
_CAT_NOUNS = {
    "连衣裙": ("碎花连衣裙", "茶歇裙", "吊带裙", "衬衫裙", "长裙", "小黑裙", "针织连衣裙"),
    "T恤": ("短袖T恤", "印花T恤", "打底衫", "宽松T恤"),
    "衬衫": ("白衬衫", "条纹衬衫", "真丝衬衫", "防晒衬衫"),
    "半身裙": ("半身裙", "百褶裙", "A字裙", "包臀裙"),
    "外套": ("羊毛大衣", "羽绒服", "风衣", "西装外套", "短外套"),
    "针织衫": ("开衫", "毛衣", "羊绒衫", "针织背心"),
    "牛仔裤": ("直筒牛仔裤", "微喇牛仔裤", "阔腿牛仔裤"),
    "阔腿裤": ("西装阔腿裤", "冰丝阔腿裤", "休闲裤"),
}
_CAT_SEASON = {"连衣裙": "summer", "T恤": "tee", "衬衫": "shirt", "半身裙": "skirt", "外套": "light_coat",
               "针织衫": "knit", "牛仔裤": "denim", "阔腿裤": "pants"}
_CAT_PRICE = {"连衣裙": 279, "T恤": 99, "衬衫": 189, "半身裙": 169, "外套": 529, "针织衫": 259, "牛仔裤": 199, "阔腿裤": 189}


def _competitors(rng, cal: _Calendar, cat: _Catalog, orders: pd.DataFrame, n_rivals: int, id_pool: np.ndarray):
    """Build weekly snapshots of rival and our products, and of the shops' DSR and followers."""
    dates = cal.dates
    snaps = dates[dates.day_of_week == 0]
    s_i = np.array([(s - dates[0]).days for s in snaps])
    n_s = len(snaps)
    promo = cal.disc[s_i]
    pulse = np.concatenate([np.full(30, 1.2), cal.event_v * cal.conv])  # before the data: 双11 pre-sale level
    win = np.array([pulse[i: i + 30].mean() for i in s_i])
    t_year = s_i / max(len(dates) - 1, 1)
    frames = []
    next_id = 0
    for r, (shop, focus, level, scale, trend, new_rate) in enumerate(_RIVALS[:n_rivals]):
        n0 = int(rng.integers(14, 24))
        n_new = int(rng.poisson(new_rate * 12))
        n = n0 + n_new
        fw = np.linspace(1.6, 0.6, len(focus))
        cats = np.asarray(focus)[rng.choice(len(focus), n, p=fw / fw.sum())]
        listed = np.concatenate([rng.integers(-600, -10, n0), rng.integers(0, max(len(dates) - 14, 1), n_new)])
        if shop == "南风小筑":  # a spring push of new dresses
            k = min(n_new, 8)
            listed[n0:n0 + k] = rng.integers(_days(dates, "2026-02-20"), _days(dates, "2026-05-10"), k)
            cats[n0:n0 + k] = "连衣裙"
        delisted = np.where(rng.random(n) < 0.12, listed + rng.integers(120, 500, n), 10**6)
        base_price = np.array([_CAT_PRICE[c] for c in cats]) * level * rng.uniform(0.8, 1.25, n)
        price_c = (np.round(base_price / 10) * 10 - 1) * 100
        sales = rng.lognormal(np.log(scale), 0.8, n)
        season = np.stack([_monthly_curve(dates, _SEASONS[_CAT_SEASON[c]])[s_i] for c in cats], axis=0)
        present = (listed[:, None] <= s_i[None, :]) & (delisted[:, None] > s_i[None, :])
        ramp = np.clip((s_i[None, :] - listed[:, None] + 7) / 35, 0, 1)
        growth = 1 + trend * t_year
        monthly = sales[:, None] * season * ramp * growth[None, :] * win[None, :] * rng.lognormal(0, 0.15, (n, n_s))
        monthly = np.rint(monthly).astype(np.int64)
        reviews0 = np.where(listed < 0, np.rint(sales * rng.uniform(1, 6, n)), 0).astype(np.int64)
        reviews = reviews0[:, None] + np.cumsum(np.rint(monthly * 7 / 30 * 0.3).astype(np.int64) * present, axis=1)
        rating = np.clip(rng.normal(4.75, 0.08, n), 4.3, 4.98)[:, None] + rng.normal(0, 0.02, (n, n_s))
        price = price_c[:, None] * np.where(promo < 1, np.minimum(promo + 0.05, 1), 1.0)[None, :]
        if shop == "南风小筑":  # undercuts dress prices from April
            price = price * np.where((cats == "连衣裙")[:, None] & (s_i >= _days(dates, "2026-04-01"))[None, :], 0.85, 1)
        ids = id_pool[next_id: next_id + n]
        next_id += n
        words = np.asarray(_TITLE_WORDS)[rng.integers(0, len(_TITLE_WORDS), n)]
        nouns = [_CAT_NOUNS[c][int(rng.integers(0, len(_CAT_NOUNS[c])))] for c in cats]
        ld = dates[0] + pd.to_timedelta(listed, unit="D")
        prefix = np.where(listed >= 0, "2026新款", "")
        titles = [f"{shop[:2]}{pf}{w}{nn}女" for pf, w, nn in zip(prefix, words, nouns)]
        pp, ss = np.nonzero(present)
        frames.append(pd.DataFrame({
            "snapshot_date": snaps[ss], "shop": shop, "product_id": ids[pp].astype(str),
            "title": np.asarray(titles, dtype=object)[pp], "category": cats[pp],
            "price": _yuan(np.rint(price[pp, ss] / 100) * 100), "monthly_sales": monthly[pp, ss],
            "review_count": reviews[pp, ss], "rating": np.round(rating[pp, ss], 1), "listed_date": ld[pp],
        }))
    # our own products, from our orders
    prods = cat.frame
    n_p = len(prods)
    day, p, items = orders["day"].to_numpy(), orders["pidx"].to_numpy(), orders["items"].to_numpy()
    daily = np.zeros((len(dates), n_p), dtype=np.int64)
    np.add.at(daily, (day, p), items)
    csum = np.vstack([np.zeros((1, n_p), dtype=np.int64), np.cumsum(daily, axis=0)])
    monthly = np.stack([csum[i] - csum[max(i - 30, 0)] for i in s_i], axis=1)
    listed = prods["listed_i"].to_numpy()
    # the 30-day window of the first snapshots reaches back before the data: fill it at a calm run rate
    calm = daily[14:42].mean(axis=0) if len(dates) >= 42 else daily.mean(axis=0)
    before = np.clip(np.minimum(30 - s_i[None, :], -listed[:, None]), 0, None)
    monthly = monthly + np.rint(calm[:, None] * before).astype(np.int64)
    present = listed[:, None] <= s_i[None, :]
    reviews0 = np.where(listed < 0, np.rint(prods["pop"].to_numpy() * rng.uniform(300, 900, n_p)), 0)
    reviews = reviews0.astype(np.int64)[:, None] + np.rint(0.3 * np.stack([csum[i] for i in s_i], axis=1)).astype(np.int64)
    rating = np.clip(rng.normal(4.8, 0.06, n_p), 4.5, 4.98)[:, None] + rng.normal(0, 0.02, (n_p, n_s))
    price = prods["price_c"].to_numpy()[:, None] * promo[None, :]
    pp, ss = np.nonzero(present)
    frames.append(pd.DataFrame({
        "snapshot_date": snaps[ss], "shop": OUR_SHOP, "product_id": prods["product_id"].to_numpy()[pp],
        "title": prods["product_name"].to_numpy()[pp], "category": prods["category"].to_numpy()[pp],
        "price": _yuan(np.rint(price[pp, ss] / 100) * 100), "monthly_sales": monthly[pp, ss],
        "review_count": reviews[pp, ss], "rating": np.round(rating[pp, ss], 1),
        "listed_date": prods["listed"].to_numpy()[pp],
    }))
    comp = pd.concat(frames, ignore_index=True).sort_values(["snapshot_date", "shop", "product_id"], kind="stable")
    # shops: DSR drifts, followers grow with sales
    shop_rows = []
    for shop, *_rest in list(_RIVALS[:n_rivals]) + [(OUR_SHOP, (), 1.0, 0, 0.25, 0)]:
        trend = _rest[3]
        base = rng.normal(4.78, 0.05, 3)
        walk = np.cumsum(rng.normal(0, 0.006, (n_s, 3)), axis=0)
        dsr = np.clip(base[None, :] + walk, 4.4, 4.95)
        f0 = rng.uniform(3e4, 4e5) if shop != OUR_SHOP else 86_000
        followers = np.rint(f0 * (1 + (0.1 + 0.5 * trend) * t_year) * rng.lognormal(0, 0.004, n_s)).astype(np.int64)
        shop_rows.append(pd.DataFrame({
            "snapshot_date": snaps, "shop": shop, "dsr_description": np.round(dsr[:, 0], 2),
            "dsr_service": np.round(dsr[:, 1], 2), "dsr_shipping": np.round(dsr[:, 2], 2), "followers": followers}))
    shops = pd.concat(shop_rows, ignore_index=True).sort_values(["snapshot_date", "shop"], kind="stable")
    return comp.reset_index(drop=True), shops.reset_index(drop=True)


# ------------------------------------------------------------------ targets and campaigns

_TARGET_FACTORS = {11: 0.97, 12: 1.04, 1: 0.98, 2: 1.15, 3: 0.93, 4: 1.02, 5: 0.96, 6: 0.99, 7: 1.08, 8: 0.95,
                   9: 0.97, 10: 1.03}


def _targets(shop_daily: pd.DataFrame) -> pd.DataFrame:
    """Set monthly targets near what each month sold (some missed, some beaten), round 10,000 yuan."""
    month = shop_daily["date"].dt.strftime("%Y-%m")
    actual = shop_daily.groupby(month, sort=True)["paid_amount"].sum()
    fac = np.array([_TARGET_FACTORS[int(m[5:])] for m in actual.index])
    target = np.maximum(np.round(actual.to_numpy() * fac / 10_000), 1) * 10_000
    return pd.DataFrame({"month": actual.index.to_numpy(), "target_amount": target.astype(float)})


# ------------------------------------------------------------------ assembling the shops


def _finish(frames: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """Conform every frame to its contract table (drops helper columns, fixes dtypes)."""
    return {name: conform(df, name) for name, df in frames.items()}


def _check_range(name: str, value, low, high):
    if not (low <= value <= high):
        raise ValueError(f"{name}={value!r} is outside {low}..{high}")


@lru_cache(maxsize=4)
def _demo_frames(seed, start, end, n_products, n_keywords, n_agents, n_designers, n_rivals, orders_scale):
    """Build the demo shop's canonical frames (cached: callers get copies)."""
    dates = pd.date_range(start, end, freq="D")
    if len(dates) < 28:
        raise ValueError(f"the demo shop needs at least 28 days; got {start}..{end}")
    cal = _calendar(dates, _TMALL_EVENTS, weekday_visit=(1.0, 0.98, 0.97, 0.99, 0.94, 1.05, 1.10),
                    weekday_conv=(1.0, 1.0, 0.99, 1.0, 0.95, 0.97, 1.06),
                    season=(0.88, 0.9, 1.08, 1.1, 1.05, 1.0, 0.88, 0.86, 1.02, 1.06, 1.04, 0.98), growth=0.18)
    spec = sorted(_DEMO_PRODUCTS, key=lambda r: -r[4])[:n_products]
    spec = [r for r in _DEMO_PRODUCTS if r in spec]
    rng = _rng(seed, "ids")
    ids = rng.permutation(_unique_ids(rng, 1000, 600_000_000_000, 300_000_000))
    cat = _catalog(_rng(seed, "catalog"), dates, spec, ids=ids[: len(spec)], image_changes=_IMAGE_CHANGES)
    kw = _demo_keywords(_rng(seed, "keywords"), dates, cat, n_keywords)
    paused = (dates >= PPC_PAUSE[0]) & (dates <= PPC_PAUSE[1])
    bid_mult = np.where(cal.disc < 0.95, 1.2, 1.0)
    ppc = _ppc(_rng(seed, "ppc"), cal, cat, kw, _DEMO_CAMPAIGNS, paused=np.asarray(paused), bid_mult=bid_mult)
    src_names = [s[0] for s in _TMALL_SOURCES]
    channels = [SOURCE_CHANNELS[s] for s in src_names]
    vis, buy = _traffic(_rng(seed, "traffic"), cal, _TMALL_SOURCES, 5500 * orders_scale, ppc)
    orders = _orders(_rng(seed, "orders"), cal, cat, buy, src_names, id_base=250_000_000_000_000_000,
                     id_step=2_000_000_000, buyer_prefix="tb", new_share=0.5, pool=max(int(11_000 * orders_scale), 100),
                     life_days=300)
    cases = _after_sales(_rng(seed, "after_sales"), cal, orders, rate=0.11, id_base=5_100_000_000_000_000)
    refund_c, refunded = _refunds(cal, orders, cases)
    orders["refunded"] = refunded
    agents = _DEMO_AGENTS[:n_agents] if n_agents >= 7 else [a for a in _DEMO_AGENTS[:7] if a[0] != "豆豆"][:n_agents]
    roster = _demo_roster(dates, agents)
    cs = _cs(_rng(seed, "cs"), cal, orders, cases, roster, agents, share=0.42)
    shop = _shop_daily(_rng(seed, "shop"), cal, vis, buy, orders, refund_c)
    sources = _sources_frame(cal, vis, buy, orders, src_names, channels)
    pdaily = _products_daily(_rng(seed, "products_daily"), cal, cat, orders, vis.sum(1), buy.sum(1))
    terms = _search_terms(_rng(seed, "search_terms"), ppc, kw)
    comp, comp_shops = _competitors(_rng(seed, "competitors"), cal, cat, orders, n_rivals, ids[len(spec):])
    tasks = _design_tasks(_rng(seed, "design"), dates, cat, n_designers)
    dd, aa = np.nonzero(roster >= 0)
    cs_roster = pd.DataFrame({"date": dates[dd], "agent": np.asarray([a[0] for a in agents], dtype=object)[aa],
                              "shift": np.asarray(_SHIFTS, dtype=object)[roster[dd, aa]]})
    cs_agents = pd.DataFrame({"agent": [a[0] for a in agents], "level": [a[1] for a in agents],
                              "hired": pd.to_datetime([a[2] for a in agents]),
                              "commission_rate": [a[3] for a in agents]})
    camp_rows = []
    for name, (s, e, _q, _f) in _DEMO_CAMPAIGNS.items():
        camp_rows.append((name, _yuan(ppc.budgets[name]).item(), pd.Timestamp(s), pd.Timestamp(e) if e else pd.NaT))
    campaigns = pd.DataFrame(camp_rows, columns=["campaign", "daily_budget", "start", "end"])
    prods = cat.frame.assign(price=_yuan(cat.frame["price_c"]), unit_cost=_yuan(cat.frame["cost_c"]),
                             listed_date=cat.frame["listed"])
    frames = {
        "shop_daily": shop,
        "traffic_sources": sources,
        "targets": _targets(shop),
        "products": prods,
        "products_daily": pdaily,
        "competitors": comp,
        "competitor_shops": comp_shops,
        "ppc_keywords": ppc.rows,
        "ppc_campaigns": campaigns,
        "ppc_search_terms": terms,
        "cs_daily": cs,
        "cs_agents": cs_agents,
        "cs_roster": cs_roster,
        "design_tasks": tasks,
        "after_sales": cases,
        "orders": orders,
    }
    return _finish(frames)


def _shop_from(frames: dict[str, pd.DataFrame]) -> Shop:
    """Wrap copies of cached frames in a Shop (callers may change them freely)."""
    return Shop(data_dir=None, **{name: df.copy() for name, df in frames.items()})


def generate_demo_shop(
    *,
    seed: int = DEFAULT_SEED,
    start: str = _DEMO_START,
    end: str = _DEMO_END,
    n_products: int = 52,
    n_keywords: int = 200,
    n_agents: int = 7,
    n_designers: int = 3,
    n_rivals: int = 10,
    orders_scale: float = 1.0,
) -> Shop:
    """Generate the seeded Tmall women's-apparel demo shop with every table of the data contract.

    Parameters
    ----------
    seed : int, default DEFAULT_SEED (20251111)
        Seed of every random draw; the same arguments always give the same shop.
    start, end : str, default "2025-11-01", "2026-10-31"
        First and last day of the data (inclusive). The calendar (双11, Spring Festival,
        618, ...) is fixed, so other ranges simply see the events that fall inside.
    n_products : int, default 52
        Number of products (10..52); smaller shops keep the most popular ones.
    n_keywords : int, default 200
        Number of distinct PPC keywords (30..400), roles included (winners, burners,
        low-CTR, too-little-data, and the normal long tail).
    n_agents : int, default 7
        Customer-service agents (6..8); the 8th is 阿康, with 6 the newcomer 豆豆 is left out.
    n_designers : int, default 3
        Designers (1..3): 阿楠, 小林, 蓝蓝.
    n_rivals : int, default 10
        Rival shops in ``competitors`` (1..10); our shop is always there too.
    orders_scale : float, default 1.0
        Scales the shop's visitors, and with them orders (0.05..5; 1.0 gives ~45,000 orders).

    Returns
    -------
    Shop
        One canonical frame per table (each passed through ``_schema.conform``), exactly
        what :func:`write_demo_shop` writes; ``data_dir`` is None.

    Examples
    --------
    >>> shop = generate_demo_shop(n_keywords=40, orders_scale=0.1)
    >>> sorted(shop.tables) == sorted(TABLES)
    True
    """
    _check_range("n_products", n_products, 10, len(_DEMO_PRODUCTS))
    _check_range("n_keywords", n_keywords, 30, 400)
    _check_range("n_agents", n_agents, 6, len(_DEMO_AGENTS))
    _check_range("n_designers", n_designers, 1, len(_DESIGNERS))
    _check_range("n_rivals", n_rivals, 1, len(_RIVALS))
    _check_range("orders_scale", orders_scale, 0.05, 5.0)
    frames = _demo_frames(int(seed), str(start), str(end), int(n_products), int(n_keywords), int(n_agents),
                          int(n_designers), int(n_rivals), float(orders_scale))
    return _shop_from(frames)


# ------------------------------------------------------------------ the JD shop

_JD_KEYWORDS = (  # keyword, role, product
    ("收纳箱", "burner", "加厚棉麻收纳箱三件套"), ("家居用品", "burner", "抽屉式透明收纳盒"),
    ("收纳盒抽屉式", "winner", "抽屉式透明收纳盒"), ("棉麻收纳箱", "winner", "加厚棉麻收纳箱三件套"),
    ("纯棉四件套", "winner", "全棉四件套"), ("毛巾纯棉", "winner", "纯棉毛巾三条装"),
    ("保温杯", "low_ctr", "不锈钢保温杯"), ("四件套", "low_ctr", "全棉四件套"),
)
_JD_KW_EXTRA = {
    "收纳": ("收纳箱布艺", "衣服收纳箱", "透明收纳盒", "衣柜收纳", "分层隔板", "真空压缩袋", "被子收纳袋", "整理箱"),
    "床品": ("全棉四件套", "床上四件套", "夏凉被", "牛奶绒四件套", "乳胶枕", "枕头一对", "床单被套"),
    "毛巾浴巾": ("浴巾纯棉", "毛巾", "速干浴巾", "a类毛巾"),
    "杯壶": ("保温杯大容量", "冷水壶", "马克杯", "情侣杯子"),
    "拖鞋": ("浴室拖鞋", "棉拖鞋女冬", "居家拖鞋"),
    "厨具": ("厨房置物架", "不粘锅", "炒锅", "硅胶厨具"),
    "清洁用品": ("垃圾袋", "加厚垃圾袋"),
}
_JD_CAMPAIGNS = {
    "快车-收纳床品": ("2025-06-01", None, 0.8, 1.0),
    "快车-厨房杯具": ("2025-06-01", None, 1.0, 1.2),
}


@lru_cache(maxsize=2)
def _jd_frames(seed, start, end):
    """Build the JD shop's canonical frames (cached: callers get copies)."""
    dates = pd.date_range(start, end, freq="D")
    cal = _calendar(dates, _JD_EVENTS, weekday_visit=(1.0, 0.99, 0.98, 0.99, 0.96, 1.06, 1.08),
                    weekday_conv=(1.0, 1.0, 1.0, 1.0, 0.97, 0.98, 1.04),
                    season=(0.9, 0.8, 1.0, 1.0, 1.0, 1.05, 1.0, 0.95, 1.0, 1.08, 1.15, 1.05), growth=0.05)
    rng = _rng(seed, "jd_ids")
    ids = rng.permutation(_unique_ids(rng, 40, 100_012_345_678, 90_000_000))
    cat = _catalog(_rng(seed, "jd_catalog"), dates, _JD_PRODUCTS, ids=ids[: len(_JD_PRODUCTS)],
                   image_changes=(("全棉四件套", "2026-09-01", 1.3), ("不锈钢保温杯", "2026-09-20", 0.85)))
    krng = _rng(seed, "jd_keywords")
    prods = cat.frame
    by_name = {n: i for i, n in enumerate(prods["product_name"])}
    rows = [(k, r, by_name[p]) for k, r, p in _JD_KEYWORDS]
    for c, words in _JD_KW_EXTRA.items():
        cp = prods[prods["category"] == c]
        for j, w in enumerate(words):
            rows.append((w, "thin" if j == len(words) - 1 and len(words) > 3 else "normal", _match_product(w, cp)))
    kw = pd.DataFrame(rows, columns=["keyword", "role", "pidx"])
    kw["category"] = prods["category"].to_numpy()[kw["pidx"]]
    kw["campaign"] = np.where(kw["category"].isin(["收纳", "床品", "毛巾浴巾"]), "快车-收纳床品", "快车-厨房杯具")
    kw = pd.concat([kw, _keyword_params(krng, kw["role"].to_numpy())], axis=1)
    kw["imp_mean"] *= 0.6
    kw["start_i"] = np.maximum(prods["listed_i"].to_numpy()[kw["pidx"]] + 3, 0)
    kw["end_i"] = len(dates) - 1
    ppc = _ppc(_rng(seed, "jd_ppc"), cal, cat, kw, _JD_CAMPAIGNS, paused=np.zeros(len(dates), dtype=bool),
               bid_mult=np.where(cal.disc < 0.95, 1.15, 1.0))
    # JD shows quality score only for some keywords ('-' for the others)
    qs_missing = _rng(seed, "jd_qs").random(len(kw)) < 0.25
    ppc.rows.loc[qs_missing[ppc.rows["kidx"].to_numpy()], "quality_score"] = np.nan
    names = [s[0] for s in _JD_SOURCES]
    channels = [s[1] for s in _JD_SOURCES]
    vis, buy = _traffic(_rng(seed, "jd_traffic"), cal, [(s[0], *s[2:]) for s in _JD_SOURCES], 2600, ppc)
    orders = _orders(_rng(seed, "jd_orders"), cal, cat, buy, names, id_base=310_000_000_000,
                     id_step=5_000_000, buyer_prefix="jd_", new_share=0.6, pool=1500, life_days=150)
    cases = _after_sales(_rng(seed, "jd_after_sales"), cal, orders, rate=0.05, id_base=8_100_000_000_000)
    refund_c, refunded = _refunds(cal, orders, cases)
    orders["refunded"] = refunded
    roster = _simple_roster(dates, _JD_AGENTS)
    cs = _cs(_rng(seed, "jd_cs"), cal, orders, cases, roster, _JD_AGENTS, share=0.3)
    shop = _shop_daily(_rng(seed, "jd_shop"), cal, vis, buy, orders, refund_c)
    sources = _sources_frame(cal, vis, buy, orders, names, channels)
    pdaily = _products_daily(_rng(seed, "jd_products_daily"), cal, cat, orders, vis.sum(1), buy.sum(1))
    pdaily["bounce_rate"] = pdaily["bounce_rate"].where(pdaily["visitors"] >= 5)
    frames = {
        "shop_daily": shop,
        "traffic_sources": sources,
        "products_daily": pdaily,
        "ppc_keywords": ppc.rows,
        "cs_daily": cs,
        "orders": orders,
    }
    return _finish(frames)


def generate_jd_shop(*, seed: int = DEFAULT_SEED, start: str = _JD_START, end: str = _JD_END) -> Shop:
    """Generate the JD home-goods shop: the canonical frames its bundled exports read into.

    Parameters
    ----------
    seed : int, default DEFAULT_SEED (20251111)
        Seed of every random draw.
    start, end : str, default "2026-08-01", "2026-10-31"
        First and last day of the data (inclusive).

    Returns
    -------
    Shop
        shop_daily, traffic_sources, products_daily, ppc_keywords, cs_daily and orders,
        conformed; the PPC source is 京东快车. Values are rounded as the export files
        show them (money 2 dp, rates 4 dp), and missing values ('-' in the files) are NaN.
    """
    return _shop_from(_jd_frames(int(seed), str(start), str(end)))


# ------------------------------------------------------------------ writing


def _csv_bytes(df: pd.DataFrame) -> bytes:
    """Return a canonical frame as deterministic UTF-8 csv bytes."""
    return df.to_csv(index=False, lineterminator="\n").encode("utf-8")


def _write(path: Path, data: bytes) -> None:
    """Write bytes through a temporary file so a reader never sees half a file."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def write_demo_shop(out_dir, *, shop: Shop | None = None, seed: int = DEFAULT_SEED) -> dict[str, Path]:
    """Write the demo shop as one ``<table>.csv`` per table and return the paths by table.

    Parameters
    ----------
    out_dir : str or Path
        Folder to write into (created if missing); files of the same names are replaced.
    shop : Shop, optional
        The shop to write; by default ``generate_demo_shop(seed=seed)``.
    seed : int, default DEFAULT_SEED
        Seed used when ``shop`` is not given.

    Returns
    -------
    dict of str to Path
        The file written for each table, in contract order.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    shop = shop if shop is not None else generate_demo_shop(seed=seed)
    written = {}
    for name, df in shop.tables.items():
        path = out / f"{name}.csv"
        _write(path, _csv_bytes(df))
        written[name] = path
    _write(out / SHOP_INFO_FILE, _shop_info_bytes(OUR_SHOP, "天猫", "\n", "utf-8"))
    return written


def _shop_info_bytes(name: str, platform: str, newline: str, encoding: str) -> bytes:
    """Return a shop info file (header row, value row) as :mod:`shopanalysis.shopinfo` reads it."""
    return newline.join(["店铺名称,平台", f"{name},{platform}", ""]).encode(encoding)  # data


def _int(n) -> str:
    return f"{int(n):,}"


def _money(cents) -> str:
    c = int(cents)
    return f"{c // 100:,}.{c % 100:02d}"


def _pct(num: int, den: int) -> str:
    """Return num/den as a percent string with 2 decimals, rounded half up; '-' when den is 0."""
    if den == 0:
        return "-"
    q = (2 * int(num) * 10_000 + int(den)) // (2 * int(den))
    return f"{q // 100}.{q % 100:02d}%"


def _ratio(num: int, den: int, scale: int = 100) -> str:
    """Return num/den rounded half up to 2 decimals (num and den integers); '-' when den is 0."""
    if den == 0:
        return "-"
    q = (2 * int(num) * scale + int(den)) // (2 * int(den))
    return f"{q // 100:,}.{q % 100:02d}"


def _rate(x) -> str:
    """Return a canonical 4-dp rate as its percent string; '-' when missing."""
    if pd.isna(x):
        return "-"
    k = int(round(float(x) * 10_000))
    return f"{k // 100}.{k % 100:02d}%"


def _cents(s: pd.Series) -> np.ndarray:
    return np.rint(s.to_numpy(dtype=float) * 100).astype(np.int64)


def _export_bytes(title: str | None, header: list[str], rows: list[list[str]]) -> bytes:
    """Return an export as GBK bytes: optional title line, header, rows, Windows line ends."""
    buf = io.StringIO()
    if title:
        buf.write(title + "\r\n")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue().encode("gbk")


_CHANNEL_ZH = {"natural": "自然流量", "paid": "付费流量", "activity": "活动流量", "membership": "会员流量",
               "other": "其他流量"}


def _jd_exports(shop: Shop) -> dict[str, bytes]:
    """Render the JD shop's tables as platform exports (see the module docstring)."""
    d0, d1 = shop.shop_daily["date"].min(), shop.shop_daily["date"].max()
    period = f"{d0:%Y-%m-%d}至{d1:%Y-%m-%d}"
    out = {}

    sd = shop.shop_daily
    amt = _cents(sd["paid_amount"])
    ref = _cents(sd["refund_amount"])
    rows = []
    for i, r in enumerate(sd.itertuples(index=False)):
        rows.append([f"{r.date:%Y/%m/%d}", _int(r.visitors), _int(r.pageviews), _int(r.paying_buyers),
                     _int(r.paid_orders), _money(amt[i]), _money(ref[i]), _rate(r.bounce_rate),
                     f"{r.avg_stay_s:.1f}", _int(r.returning_visitors), _pct(r.paying_buyers, r.visitors),
                     _ratio(amt[i], r.paying_buyers, 1)])
    tv, tb = int(sd["visitors"].sum()), int(sd["paying_buyers"].sum())
    rows.append(["合计", _int(tv), _int(sd["pageviews"].sum()), _int(tb), _int(sd["paid_orders"].sum()),
                 _money(amt.sum()), _money(ref.sum()), _rate(round(sd["bounce_rate"].mean(), 4)),
                 f"{sd['avg_stay_s'].mean():.1f}", _int(sd["returning_visitors"].sum()), _pct(tb, tv),
                 _ratio(amt.sum(), tb, 1)])
    out["shop_daily"] = _export_bytes(
        f"京东商智 - 店铺整体 {period}",
        ["统计日期", "访客数", "浏览量", "支付买家数", "支付子订单数", "支付金额", "成功退款金额", "跳失率",
         "平均停留时长", "老访客数", "支付转化率", "客单价"], rows)

    ts = shop.traffic_sources
    amt = _cents(ts["paid_amount"])
    rows = [[f"{r.date:%Y%m%d}", r.source, _CHANNEL_ZH[r.channel], _int(r.visitors), _int(r.paying_buyers),
             _money(amt[i]), _pct(r.paying_buyers, r.visitors), _ratio(amt[i], r.paying_buyers, 1)]
            for i, r in enumerate(ts.itertuples(index=False))]
    out["traffic_sources"] = _export_bytes(
        f"京东商智 - 流量来源 {period}",
        ["日期", "流量来源", "流量类型", "访客数", "支付买家数", "支付金额", "支付转化率", "客单价"], rows)

    pdy = shop.products_daily
    amt = _cents(pdy["paid_amount"])
    rows = [[f"{r.date:%Y-%m-%d}", r.product_id, r.product_name, _int(r.impressions), _int(r.clicks),
             _pct(r.clicks, r.impressions), _int(r.visitors), _int(r.add_to_cart), _int(r.paying_buyers),
             _money(amt[i]), _pct(r.paying_buyers, r.visitors), _ratio(amt[i], r.paying_buyers, 1),
             _rate(r.bounce_rate), r.main_image]
            for i, r in enumerate(pdy.itertuples(index=False))]
    out["products_daily"] = _export_bytes(
        f"京东商智 - 商品效果 {period}",
        ["统计日期", "商品ID", "商品名称", "曝光量", "点击量", "点击率", "访客数", "加购人数", "支付买家数",
         "支付金额", "支付转化率", "客单价", "跳失率", "主图版本"], rows)

    kw = shop.ppc_keywords
    cost, gmv, bid = _cents(kw["cost"]), _cents(kw["gmv"]), _cents(kw["bid"])
    rows = [[f"{r.date.year}/{r.date.month}/{r.date.day}", r.campaign, r.product_id, r.keyword, _money(bid[i]),
             _int(r.impressions), _int(r.clicks), _pct(r.clicks, r.impressions), _money(cost[i]),
             _ratio(cost[i], r.clicks, 1), f"{r.avg_rank:.1f}",
             "-" if pd.isna(r.quality_score) else f"{r.quality_score:.0f}", _int(r.orders), _money(gmv[i]),
             _ratio(gmv[i], cost[i]), _pct(r.orders, r.clicks), _int(r.add_to_cart), _int(r.favorites)]
            for i, r in enumerate(kw.itertuples(index=False))]
    ti, tc = int(kw["impressions"].sum()), int(kw["clicks"].sum())
    to = int(kw["orders"].sum())
    rows.append(["合计", "", "", "", "", _int(ti), _int(tc), _pct(tc, ti), _money(cost.sum()),
                 _ratio(cost.sum(), tc, 1), "", "", _int(to), _money(gmv.sum()), _ratio(gmv.sum(), cost.sum()),
                 _pct(to, tc), _int(kw["add_to_cart"].sum()), _int(kw["favorites"].sum())])
    out["ppc_keywords"] = _export_bytes(
        f"京东快车 - 关键词报表 {period}",
        ["日期", "计划名称", "商品ID", "关键词", "出价", "展现量", "点击量", "点击率", "花费", "平均点击花费",
         "平均展现排名", "质量分", "总成交笔数", "总成交金额", "投入产出比", "点击转化率", "总购物车数", "总收藏数"], rows)

    cs = shop.cs_daily
    sales = _cents(cs["sales_amount"])
    rows = [[f"{r.date:%Y-%m-%d}", r.agent, _int(r.received), _int(r.inquiries), _int(r.inquiry_buyers),
             _pct(r.inquiry_buyers, r.inquiries), f"{r.first_response_s:.1f}", f"{r.avg_response_s:.1f}",
             _money(sales[i]), _int(r.after_sales_cases), _int(r.bad_reviews), _int(r.bad_reviews_resolved)]
            for i, r in enumerate(cs.itertuples(index=False))]
    tq, tb = int(cs["inquiries"].sum()), int(cs["inquiry_buyers"].sum())
    rows.append(["合计", "", _int(cs["received"].sum()), _int(tq), _int(tb), _pct(tb, tq),
                 f"{cs['first_response_s'].mean():.1f}", f"{cs['avg_response_s'].mean():.1f}", _money(sales.sum()),
                 _int(cs["after_sales_cases"].sum()), _int(cs["bad_reviews"].sum()),
                 _int(cs["bad_reviews_resolved"].sum())])
    out["cs_daily"] = _export_bytes(
        f"赤兔名品 - 客服绩效 {period}",
        ["日期", "客服昵称", "接待人数", "询单人数", "询单→最终付款人数", "询单转化率", "平均首次响应时长",
         "平均响应时长", "客服销售额", "售后人数", "中差评数", "中差评处理数"], rows)

    od = shop.orders
    amt = _cents(od["paid_amount"])
    rows = [[r.order_id, r.buyer_id, f"{r.paid_at:%Y-%m-%d %H:%M:%S}", _money(amt[i]), _int(r.items), r.province,
             r.channel, "是" if r.refunded else "否", r.buyer_phone]
            for i, r in enumerate(od.itertuples(index=False))]
    out["orders"] = _export_bytes(
        None, ["订单号", "买家", "支付时间", "实付金额", "商品数量", "收货省份", "渠道", "是否退款", "联系电话"], rows)
    return out


def write_jd_shop(out_dir, *, shop: Shop | None = None, seed: int = DEFAULT_SEED) -> dict[str, Path]:
    """Write the JD shop the way the platforms export it (GBK, Chinese headers) and return the paths.

    Parameters
    ----------
    out_dir : str or Path
        Folder to write into (created if missing).
    shop : Shop, optional
        The shop to write; by default ``generate_jd_shop(seed=seed)``.
    seed : int, default DEFAULT_SEED
        Seed used when ``shop`` is not given.

    Returns
    -------
    dict of str to Path
        The file written for each table (names in :data:`JD_FILES`).
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    shop = shop if shop is not None else generate_jd_shop(seed=seed)
    written = {}
    for name, data in _jd_exports(shop).items():
        path = out / JD_FILES[name]
        _write(path, data)
        written[name] = path
    _write(out / SHOP_INFO_FILE, _shop_info_bytes(JD_SHOP, "京东", "\r\n", "gbk"))
    return written


#: How :func:`write_scaled_shop` makes each copy's rows distinct: table -> {column: form},
#: a form ``"prefix"`` writing the n-th copy (n >= 2) of ``123`` as ``n123``, ``"suffix"`` as
#: ``123-n``, ``"tag"`` as ``123#n``. The first copy is the demo's rows as written.
_SCALED_IDS = {  # data
    "ppc_campaigns": {"campaign": "suffix"},
    "ppc_keywords": {"campaign": "suffix", "keyword": "tag"},
    "ppc_search_terms": {"search_term": "tag", "matched_keyword": "tag"},
    "orders": {"order_id": "prefix", "buyer_id": "suffix"},
    "after_sales": {"case_id": "prefix", "order_id": "prefix"},
    "design_tasks": {"task_id": "suffix"},
}


def _scaled_copy(text: pd.DataFrame, forms: dict[str, str], k: int) -> pd.DataFrame:
    """Return copy ``k`` of a table read as text, its id columns made distinct (see _SCALED_IDS)."""
    if k == 0:
        return text
    k += 1  # the second copy is tagged 2
    out = text.copy()
    for col, form in forms.items():
        cells = out[col]
        filled = cells != ""
        made = {"prefix": f"{k}" + cells, "suffix": cells + f"-{k}", "tag": cells + f"#{k}"}[form]
        out[col] = made.where(filled, cells)
    return out


def write_scaled_shop(out_dir, factor: int, *, tables=None) -> Path:
    """Write the demo shop scaled ``factor`` times, for benchmarks, and return the folder.

    Each table of :data:`_SCALED_IDS` (the PPC tables, orders, after-sales cases, design
    tasks) is written as ``factor`` copies of the demo's rows, the n-th copy (n >= 2) with
    its own campaigns (``大促-双11-2``), keywords and search terms (``毛衣女#2``), order,
    case and task ids and buyers, so keys stay unique and aggregations do not collapse
    (a keyword report of ``factor`` times as many campaign x keyword rows). The other
    tables (one row per day, product, agent, ...) are written once, as in the demo.
    The files are the demo's: one ``<table>.csv`` each, UTF-8, canonical headers,
    ``\\n`` line ends, plus the shop info file; the same ``factor`` writes the same bytes.
    Cross-table sums (orders per day against ``shop_daily``) no longer add up, so load
    it with ``check=False``.

    Parameters
    ----------
    out_dir : str or Path
        Folder to write into (created if missing); files of the same names are replaced.
    factor : int
        How many copies (1 writes the demo shop itself).
    tables : iterable of str, optional
        Write only these tables (and the shop info file); by default all.

    Returns
    -------
    Path
        The folder written.

    Examples
    --------
    >>> import tempfile
    >>> from shopanalysis.io import load_shop
    >>> folder = write_scaled_shop(tempfile.mkdtemp(), 2, tables=["ppc_campaigns", "orders"])
    >>> shop = load_shop(folder, check=False)
    >>> len(shop.orders) == 2 * len(load_shop(demo_dir(), tables="orders", check=False).orders)
    True
    >>> sorted(shop.ppc_campaigns.campaign)[:2]
    ['大促-618', '大促-618-2']
    """
    factor = int(factor)
    if factor < 1:
        raise ValueError(f"factor must be a whole number >= 1, got {factor!r}")
    if isinstance(tables, str):
        tables = [tables]
    names = list(TABLES) if tables is None else [TABLES[t].name for t in tables]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    source = demo_dir()
    shop = None
    for name in names:
        path = source / f"{name}.csv"
        if path.exists():
            data = path.read_bytes()
        else:  # the bundled files are missing (a bare checkout): generate them
            shop = shop if shop is not None else generate_demo_shop()
            data = _csv_bytes(getattr(shop, name))
        forms = _SCALED_IDS.get(name)
        if forms and factor > 1:
            text = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_filter=False)
            frame = pd.concat([_scaled_copy(text, forms, k) for k in range(factor)], ignore_index=True)
            data = frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
        _write(out / f"{name}.csv", data)
    _write(out / SHOP_INFO_FILE, _shop_info_bytes(OUR_SHOP, "天猫", "\n", "utf-8"))
    return out


# ------------------------------------------------------------------ bundled folders and the command line


def samples_dir() -> Path:
    """Return the folder holding the bundled sample shops (``$SHOPANALYSIS_SAMPLES`` overrides it)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    # The package is installed as files (a wheel, an editable install or the repository), so the
    # resource is a real folder that read_table and load_shop can open by path.
    return Path(os.fspath(resources.files("shopanalysis") / "data" / "samples"))


def demo_dir() -> Path:
    """Return the bundled demo shop's folder (``<samples>/demo_shop``)."""
    return samples_dir() / "demo_shop"


def jd_dir() -> Path:
    """Return the bundled JD shop's folder (``<samples>/jd_home``)."""
    return samples_dir() / "jd_home"


def main(argv=None) -> int:
    """Write both sample shops and print one line per file; return the exit status.

    ``python -m shopanalysis.samples [--out DIR] [--seed N]`` writes ``DIR/demo_shop``
    and ``DIR/jd_home`` (default: :func:`samples_dir`).
    """
    parser = argparse.ArgumentParser(prog="python -m shopanalysis.samples",
                                     description="Rebuild the bundled sample shops (deterministic).")
    parser.add_argument("--out", type=Path, default=None, help="folder for demo_shop/ and jd_home/")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"random seed (default {DEFAULT_SEED})")
    args = parser.parse_args(argv)
    root = args.out if args.out is not None else samples_dir()
    demo = generate_demo_shop(seed=args.seed)
    jd = generate_jd_shop(seed=args.seed)
    total = 0
    for path in write_demo_shop(root / "demo_shop", shop=demo).values():
        n = len(getattr(demo, path.stem))
        size = path.stat().st_size
        total += size
        print(f"{path}  {n:>7,} rows  {size / 1024:>9,.1f} KiB")
    for name, path in write_jd_shop(root / "jd_home", shop=jd).items():
        n = len(getattr(jd, name))
        size = path.stat().st_size
        total += size
        print(f"{path}  {n:>7,} rows  {size / 1024:>9,.1f} KiB")
    for folder in (root / "demo_shop", root / "jd_home"):
        info = folder / SHOP_INFO_FILE
        total += info.stat().st_size
        print(f"{info}  {info.stat().st_size:>9,} B")
    print(f"total {total / 1024 / 1024:.1f} MiB")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
