"""Tests for shopanalysis.checklist: the morning checklist on a small hand-made shop."""

from dataclasses import replace
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from shopanalysis import DataError, Shop, language
from shopanalysis import checklist as cl
from shopanalysis import shopinfo

DEMO = Path(__file__).resolve().parents[1] / "data" / "samples" / "demo_shop"
DAY = "2026-09-15"  # a Tuesday in a month without promo days


def busy_shop() -> Shop:
    """A shop whose 2026-09-15 needs every kind of attention."""
    days = pd.date_range("2026-08-01", DAY)
    last = days == DAY
    shop_daily = pd.DataFrame({"date": days, "visitors": 1000, "paying_buyers": 20, "paid_amount": 4000.0})
    shop_daily.loc[last, ["visitors", "paying_buyers", "paid_amount"]] = [700, 14, 2800.0]
    ts_rows = []
    for d in days:
        search = 300 if d == pd.Timestamp(DAY) else 600
        ts_rows += [(d, "手淘搜索", search), (d, "直通车", 300), (d, "购物车", 100)]
    traffic = pd.DataFrame(ts_rows, columns=["date", "source", "visitors"])
    products_daily = pd.DataFrame({
        "date": pd.to_datetime(["2026-09-08", DAY]), "product_id": ["P1", "P1"], "product_name": ["碎花连衣裙"] * 2,
        "visitors": [100, 100], "paying_buyers": [5, 0], "paid_amount": [1000.0, 0.0]})
    kw = pd.DataFrame({"date": pd.to_datetime([DAY] * 2), "campaign": ["连衣裙-精准", "连衣裙-精准"],
                       "keyword": ["连衣裙女", "碎花裙"], "impressions": [5000, 3000], "clicks": [150, 60],
                       "cost": [180.0, 120.0], "orders": [4, 0], "gmv": [800.0, 0.0]})
    plans = pd.DataFrame({"campaign": ["连衣裙-精准"], "daily_budget": [300.0]})
    cs_daily = pd.DataFrame({"date": pd.to_datetime([DAY] * 2), "agent": ["小美", "小雨"], "inquiries": [40, 30],
                             "inquiry_buyers": [20, 10], "first_response_s": [12.0, 31.0],
                             "bad_reviews": [0, 1], "bad_reviews_resolved": [0, 0]})
    after_sales = pd.DataFrame({
        "case_id": ["C1", "C2"], "kind": ["仅退款", "换货"],
        "opened": pd.to_datetime(["2026-09-14 10:00", "2026-09-10 10:00"]), "amount": [59.0, 0.0],
        "status": ["open", "waiting_buyer"],
        "deadline": pd.to_datetime(["2026-09-16 10:00", "2026-09-18 10:00"])})
    design = pd.DataFrame({"task_id": ["T1", "T2"], "designer": ["小林", "阿楠"], "product_id": ["P1", "P2"],
                           "asset": ["main_image", "detail_page"],
                           "requested": pd.to_datetime(["2026-09-01", "2026-09-01"]),
                           "due": pd.to_datetime(["2026-09-12", "2026-09-30"]),
                           "delivered": pd.to_datetime([None, None])})
    roster = pd.DataFrame({"date": pd.to_datetime(["2026-09-16"] * 3), "agent": ["小美", "小雨", "阿杰"],
                           "shift": ["day", "half", "off"]})
    targets = pd.DataFrame({"month": ["2026-09"], "target_amount": [150_000.0]})
    return Shop(shop_daily=shop_daily, traffic_sources=traffic, products_daily=products_daily, ppc_keywords=kw,
                ppc_campaigns=plans, cs_daily=cs_daily, after_sales=after_sales, design_tasks=design,
                cs_roster=roster, targets=targets)


def test_one_row_per_item_in_order_with_known_statuses():
    c = cl.morning_checklist(busy_shop(), DAY)
    assert list(c["key"]) == list(cl.CHECKLIST_ITEMS)
    assert list(c.columns) == ["key", "item", "status", "detail", "todo"]
    assert c["item"].iloc[0] == "直通车预算" and c["item"].iloc[-1] == "数据完整"
    assert c["status"].isin(cl.STATUSES).all()
    assert c.attrs["date"] == DAY and sum(c.attrs["counts"].values()) == len(c)


def test_busy_day_statuses_details_and_todos():
    c = cl.morning_checklist(busy_shop(), DAY).set_index("key")
    status = c["status"].to_dict()
    assert status == {
        "ppc_budget": "ACTION", "after_sales_deadline": "ACTION", "refunds_waiting": "ACTION",
        "cs_first_response": "ACTION", "bad_reviews": "ACTION", "sales_pacing": "ACTION", "sales_day": "WARN",
        "product_alerts": "WARN", "traffic_mix": "WARN", "design_tasks": "ACTION", "cs_roster": "ACTION",
        "data_freshness": "OK",
    }
    assert c.loc["ppc_budget", "todo"] == ("计划「连衣裙-精准」日限额已花到 100%（投入产出比 2.67）：提高日限额，"
                                           "或给只花钱不出单的词降价（碎花裙 ¥120）")
    assert "C1（仅退款，¥59，还剩 10 小时）" in c.loc["after_sales_deadline", "todo"]
    assert "1 件 24 小时内超时" in c.loc["after_sales_deadline", "detail"]
    assert "1 笔等商家处理（¥59）" in c.loc["refunds_waiting", "detail"]
    assert "小雨 31 秒" in c.loc["cs_first_response", "detail"] and "小雨" in c.loc["cs_first_response", "todo"]
    assert "1 条未处理（小雨 1 条）" in c.loc["bad_reviews", "detail"]
    # pacing: 14 x 4000 + 2800 against 15 x 5000 (an even plan: August was flat)
    assert "（进度 78%）" in c.loc["sales_pacing", "detail"]
    assert c.loc["sales_pacing", "todo"].startswith("剩下 15 天每天要卖 ¥6,080（计划是 ¥5,000）")
    assert c.loc["sales_day", "detail"].startswith("支付金额比上周二（09-08）下降 30.0%")
    assert "手淘搜索" in c.loc["sales_day", "detail"]
    assert c.loc["sales_day", "todo"].startswith("支付金额下降 30%：看看是哪些流量来源掉了")
    assert "碎花连衣裙（访客 100，0 买家；平时转化率 5.0%，应有约 5 个）" in c.loc["product_alerts", "detail"]
    assert "付费流量占 31.3%，高于 10%" in c.loc["traffic_mix", "todo"]
    assert "T1 碎花连衣裙的主图（小林，09-12 到期）" in c.loc["design_tasks", "detail"]  # the product by its title
    assert c.loc["cs_roster", "todo"].startswith("09-16 晚班没有人")
    with language("en"):
        en = cl.morning_checklist(busy_shop(), DAY).set_index("key")
    assert en["status"].to_dict() == status  # codes, whatever the language
    assert en.loc["ppc_budget", "item"] == "Zhitongche spend vs budget"  # the platform's ads (Tmall: 直通车)
    assert en.loc["ppc_budget", "todo"] == ("campaign 连衣裙-精准 ran out of budget at 100% (ROI 2.67): raise the daily "
                                            "limit or lower bids on burners (碎花裙 ¥120)")
    assert "C1 (Refund only, ¥59, 10 h left)" in en.loc["after_sales_deadline", "todo"]
    assert "1 due within 24 h" in en.loc["after_sales_deadline", "detail"]
    assert "1 waiting on the shop (¥59)" in en.loc["refunds_waiting", "detail"]
    assert "小雨 31 s" in en.loc["cs_first_response", "detail"]
    assert "1 not resolved (小雨 1)" in en.loc["bad_reviews", "detail"]
    assert "(pace 78%)" in en.loc["sales_pacing", "detail"]
    assert en.loc["sales_pacing", "todo"].startswith("sell ¥6,080 a day for the 15 days left (the plan has ¥5,000)")
    assert en.loc["sales_day", "detail"].startswith("Sales fell 30.0% against last Tuesday (09-08)")
    assert en.loc["sales_day", "todo"].startswith("sales fell 30%: look at which traffic sources fell")
    assert "碎花连衣裙 (100 visitors, 0 buyers; usually 5.0%, ~5 expected)" in en.loc["product_alerts", "detail"]
    assert "Paid 31.3% is above 10%" in en.loc["traffic_mix", "todo"]
    assert "T1 Main image for 碎花连衣裙 (小林, due 09-12)" in en.loc["design_tasks", "detail"]
    assert "Night on 09-16" in en.loc["cs_roster", "todo"]
    assert (c.loc[c["status"] == "OK", "todo"] == "").all()


def test_roster_of_a_big_day_with_someone_off_is_an_action_the_day_before():
    shop = busy_shop()
    shop.cs_roster = pd.DataFrame({"date": pd.to_datetime(["2026-06-18"] * 4), "agent": ["小美", "小雨", "阿杰", "丽丽"],
                                   "shift": ["day", "off", "night", "off"]})
    row = cl._cs_roster(shop, pd.Timestamp("2026-06-17"))  # the item alone: the shop's sales end in September
    assert row["status"] == "ACTION"
    assert row["detail"] == "06-18：白班 1 人、半班 0 人、晚班 1 人；大促当天休息：丽丽、小雨"
    assert row["todo"] == "618大促（06-18）是客流高峰：把丽丽、小雨排上班"
    with language("en"):
        row = cl._cs_roster(shop, pd.Timestamp("2026-06-17"))
    assert row["detail"] == "06-18: Day 1, Half 0, Night 1; off on a big day: 丽丽, 小雨"
    assert row["todo"] == "618 (06-18) is a big day: bring 丽丽, 小雨 onto a shift"
    shop.cs_roster["shift"] = ["day", "half", "night", "night"]
    assert cl._cs_roster(shop, pd.Timestamp("2026-06-17"))["status"] == "OK"


def test_thresholds_are_keywords():
    c = cl.morning_checklist(busy_shop(), DAY, ran_out_at=1.01, response_target_s=40, pace_warn_below=0.7,
                             sales_drop_warn=0.5, product_min_visitors=500, deadline_soon_h=5,
                             deadline_within_h=8, healthy_mix={"paid": (0.0, 0.5)}, design_due_days=1).set_index("key")
    assert c.loc["ppc_budget", "status"] == "OK"
    assert c.loc["cs_first_response", "status"] == "OK"
    assert c.loc["sales_pacing", "status"] == "OK"
    assert c.loc["sales_day", "status"] == "OK"
    assert c.loc["product_alerts", "status"] == "OK"
    assert c.loc["after_sales_deadline", "status"] == "OK"
    assert c.loc["traffic_mix", "status"] == "OK"
    warn = cl.morning_checklist(busy_shop(), DAY, pace_warn_below=1.0, pace_action_below=0.7).set_index("key")
    assert warn.loc["sales_pacing", "status"] == "WARN"


def test_missing_tables_are_na_and_name_the_file():
    shop = Shop(shop_daily=busy_shop().shop_daily)
    c = cl.morning_checklist(shop, DAY).set_index("key")
    assert c.loc["ppc_budget", "status"] == "N/A" and "关键词报表" in c.loc["ppc_budget", "detail"]
    assert "ppc_keywords" not in c.loc["ppc_budget", "detail"]  # the file by the names the exports have
    assert "直通车关键词" in c.loc["ppc_budget", "detail"]
    assert c.loc["sales_pacing", "status"] == "N/A" and "「销售目标」" in c.loc["sales_pacing", "detail"]
    assert c.loc["sales_day", "status"] == "WARN"  # shop_daily is there
    assert c.loc["data_freshness", "status"] == "OK"
    assert set(c["status"]) <= {"N/A", "WARN", "OK"}


def test_a_month_without_target_is_na_with_what_to_add():
    shop = replace(busy_shop(), targets=pd.DataFrame({"month": ["2026-08"], "target_amount": [1.0]}))
    row = cl.morning_checklist(shop, DAY).set_index("key").loc["sales_pacing"]
    assert row["status"] == "N/A" and "没有 2026-09 的销售目标" in row["detail"]
    assert row["todo"] == "在目标表里加上 2026-09 的销售目标"
    with language("en"):
        row = cl.morning_checklist(shop, DAY).set_index("key").loc["sales_pacing"]
    assert "No sales target for 2026-09" in row["detail"]
    assert row["todo"] == "add 2026-09's sales target to the targets table"


def test_a_day_without_ppc_spend_is_ok_and_a_stale_export_is_flagged():
    shop = busy_shop()
    shop = replace(shop, ppc_keywords=shop.ppc_keywords.assign(date=pd.Timestamp("2026-09-14")))
    c = cl.morning_checklist(shop, DAY).set_index("key")
    assert c.loc["ppc_budget", "status"] == "OK" and "2026-09-15" in c.loc["ppc_budget", "detail"]
    assert c.loc["data_freshness", "status"] == "WARN"
    assert "直通车关键词只到 2026-09-14" in c.loc["data_freshness", "detail"]
    with language("en"):
        en = cl.morning_checklist(shop, DAY).set_index("key")
    assert "PPC keywords (Zhitongche) ends 2026-09-14" in en.loc["data_freshness", "detail"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_tables_are_named_as_the_rest_of_the_package_names_them_on_the_shops_platform(lang):
    """On a JD shop the PPC tables are 京东快车's, in both languages, with the words of shopinfo.table_label."""
    shop = busy_shop()
    traffic = shop.traffic_sources.replace({"source": {"直通车": "京东快车"}})  # 京东快车 visitors: a JD shop
    stale = replace(shop, traffic_sources=traffic, ppc_keywords=shop.ppc_keywords.assign(date=pd.Timestamp("2026-09-14")))
    no_budgets = replace(shop, traffic_sources=traffic, ppc_campaigns=None)
    no_ppc = replace(shop, traffic_sources=traffic, ppc_keywords=None, ppc_campaigns=None)
    with language(lang):
        fresh = cl.morning_checklist(stale, DAY).set_index("key").loc["data_freshness"]
        budget = cl.morning_checklist(no_budgets, DAY).set_index("key").loc["ppc_budget"]
        missing = cl.morning_checklist(no_ppc, DAY).set_index("key").loc["ppc_budget"]
        keywords, campaigns = shopinfo.table_label("ppc_keywords", "jd"), shopinfo.table_label("ppc_campaigns", "jd")
    assert keywords == {"zh": "京东快车关键词", "en": "PPC keywords (JD Kuaiche)"}[lang]
    assert fresh["status"] == "WARN" and keywords in fresh["detail"]
    assert budget["status"] == "WARN" and campaigns in budget["todo"] and campaigns in budget["detail"]
    assert missing["status"] == "N/A" and keywords in missing["detail"]
    for row in (fresh, budget, missing):
        assert "直通车" not in row["detail"] + row["todo"] and "Zhitongche" not in row["detail"] + row["todo"]


def test_product_alert_needs_enough_expected_buyers():
    shop = busy_shop()
    # 2 buyers from 100 visitors before: ~2 expected today, zero is not unusual
    quiet = shop.products_daily.assign(paying_buyers=[2, 0])
    row = cl.morning_checklist(replace(shop, products_daily=quiet), DAY).set_index("key").loc["product_alerts"]
    assert row["status"] == "OK"
    row = cl.morning_checklist(replace(shop, products_daily=quiet), DAY,
                               product_min_expected_buyers=2).set_index("key").loc["product_alerts"]
    assert row["status"] == "WARN"


def test_first_day_of_data_and_a_date_outside_the_data():
    shop = busy_shop()
    first = cl.morning_checklist(shop, "2026-08-01").set_index("key")
    assert first.loc["sales_day", "status"] == "N/A" and "无历史数据" in first.loc["sales_day", "detail"]
    assert first.loc["product_alerts", "status"] == "N/A"
    with pytest.raises(DataError, match="2026-09-16 不在数据范围内.*2026-08-01 到 2026-09-15"):
        cl.morning_checklist(shop, "2026-09-16")


def test_a_data_error_in_one_item_is_a_warn_not_a_crash():
    shop = busy_shop()
    shop = replace(shop, traffic_sources=shop.traffic_sources.assign(date=pd.Timestamp("2026-07-01")))
    c = cl.morning_checklist(shop, DAY).set_index("key")
    assert c.loc["traffic_mix", "status"] == "WARN"
    assert c.loc["traffic_mix", "detail"].startswith("无法检查：2026-09-09 至 2026-09-15 没有流量来源数据")
    with language("en"):
        en = cl.morning_checklist(shop, DAY).set_index("key")
    assert en.loc["traffic_mix", "detail"].startswith("could not check: no traffic-source rows")


def test_promo_days_ahead_without_last_year_soften_pacing_to_warn():
    days = pd.date_range("2026-09-01", "2026-10-15")
    sd = pd.DataFrame({"date": days, "visitors": 1000, "paying_buyers": 20, "paid_amount": 1000.0})
    targets = pd.DataFrame({"month": ["2026-10"], "target_amount": [62_000.0]})
    row = cl.morning_checklist(Shop(shop_daily=sd, targets=targets), "2026-10-15").set_index("key").loc[
        "sales_pacing"]
    assert row["status"] == "WARN"  # 50% of plan, but 12 双11 pre-sale days ahead are planned as ordinary
    assert "后面 12 个大促日按普通日计划" in row["detail"] and "对照自己的大促计划" in row["todo"]
    assert "promo_factors" not in row["todo"]  # the page never shows a parameter's name


def test_promo_days_ahead_borrowed_from_other_windows_are_said_and_soften_pacing_to_warn():
    # 618 sold 3x an ordinary day; the 双11 pre-sale (10-20..10-31) has no last year and learns x3 from it
    days = pd.date_range("2026-05-01", "2026-10-15")
    amount = np.where((days >= "2026-05-20") & (days <= "2026-06-18"), 3000.0, 1000.0)
    sd = pd.DataFrame({"date": days, "visitors": 1000, "paying_buyers": 20, "paid_amount": amount})
    targets = pd.DataFrame({"month": ["2026-10"], "target_amount": [110_000.0]})
    row = cl.morning_checklist(Shop(shop_daily=sd, targets=targets), "2026-10-15").set_index("key").loc[
        "sales_pacing"]
    assert "（进度 50%）" in row["detail"]  # 15 of 55 parts planned: 19 ordinary days + 12 x 3
    assert row["status"] == "WARN"  # behind, but the plan ahead is an estimate
    assert "双11：后面 12 天没有去年数据，参照其他大促按普通日的 ×3.0 计划" in row["detail"]
    assert row["todo"].startswith("后面的大促日是参照其他大促估计的") and "剩下 16 天每天要卖" in row["todo"]
    with language("en"):
        row = cl.morning_checklist(Shop(shop_daily=sd, targets=targets), "2026-10-15").set_index("key").loc[
            "sales_pacing"]
    assert ("11.11: 12 days ahead have no last-year data and are planned at ×3.0 an ordinary day, learned from "
            "other promo windows") in row["detail"]
    assert row["todo"].startswith("the promo days ahead are planned from other promo windows")
    assert "your own promo plan" in row["todo"] and "sell " in row["todo"]


def test_promo_days_already_past_without_last_year_are_said_when_ahead_of_plan():
    days = pd.date_range("2025-11-01", "2025-11-11")
    sd = pd.DataFrame({"date": days, "visitors": 1000, "paying_buyers": 20,
                       "paid_amount": [2000.0] * 10 + [50_000.0]})
    targets = pd.DataFrame({"month": ["2025-11"], "target_amount": [60_000.0]})
    row = cl.morning_checklist(Shop(shop_daily=sd, targets=targets), "2025-11-11").set_index("key").loc[
        "sales_pacing"]
    assert row["status"] == "OK"
    assert "双11：本月已过的 11 天按普通日计划" in row["detail"]


def test_the_shop_is_not_mutated():
    shop = busy_shop()
    copies = {name: df.copy() for name, df in shop.tables.items()}
    cl.morning_checklist(shop, DAY)
    for name, df in shop.tables.items():
        pd.testing.assert_frame_equal(df, copies[name])


@pytest.fixture(scope="module")
def demo_shop():
    if not (DEMO / "shop_daily.csv").exists():
        pytest.skip("the demo shop is not generated yet")
    try:
        from shopanalysis.io import load_shop
    except ImportError:
        pytest.skip("shopanalysis.io.load_shop is not there yet")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_shop(DEMO)


@pytest.mark.parametrize("day", ["2026-10-15", "2025-11-11", "2025-11-01", "2026-10-31"])
def test_demo_checklist_runs_on_any_day(demo_shop, day):
    c = cl.morning_checklist(demo_shop, day).set_index("key")
    assert len(c) == len(cl.CHECKLIST_ITEMS) and c["status"].isin(cl.STATUSES).all()
    assert not c["detail"].str.startswith("could not check").any()
    if day == "2025-11-11":
        assert c.loc["ppc_budget", "status"] == "ACTION"  # the 双11 campaigns run out on the peak day


def test_the_checklist_in_a_sentence_or_two_in_both_languages():
    c = cl.morning_checklist(busy_shop(), DAY)
    lines = cl.describe_checklist(c)
    assert lines[0].startswith("今天有 8 项需要处理：直通车预算；售后超时；")
    assert lines[1] == "另有 3 项值得留意：昨日销售；商品异常；流量结构。"
    with language("en"):
        lines = cl.describe_checklist(c)  # items named from their key, in the language asked for
    assert lines[0].startswith("8 items need action today: Zhitongche spend vs budget; After-sales near deadline;")
    assert lines[1] == "3 more are worth a look: Sales vs last week; Products that stopped selling; Traffic mix."
    calm = c.assign(status="OK")
    assert cl.describe_checklist(calm) == ["清单上今天没有需要人处理的事。"]


def test_the_rules_read_in_words():
    zh = cl.describe_rules(response_target_s=15, sales_drop_warn=0.3)
    assert "首次响应目标 15 秒" in zh[2] and "下降 30% 以上要留意" in zh[3]
    with language("en"):
        en = cl.describe_rules()
    assert "the 20 s first-response target" in en[2] and "below 90% Action" in en[3]


def test_the_checklist_names_the_shops_platforms_ads_and_events():
    c = cl.morning_checklist(busy_shop(), DAY)  # 直通车 in its traffic sources: a Tmall shop
    assert c["item"].iloc[0] == "直通车预算" and c.attrs["platform"] == "tmall"
    assert cl.item_label("ppc_budget", platform="jd") == "京东快车预算"
    assert cl.item_label("ppc_budget", platform="pdd") == "多多搜索预算"
    assert cl.item_label("ppc_budget") == "直通车预算"  # not known: Tmall's words
    jd = c.assign(status="ACTION")
    jd.attrs["platform"] = "jd"
    assert "京东快车预算" in cl.describe_checklist(jd)[0] and "直通车" not in cl.describe_checklist(jd)[0]
    assert cl.describe_rules(platform="jd")[0].startswith("京东快车：")
    assert cl.describe_rules()[0].startswith("直通车：")
    with language("en"):
        assert cl.describe_rules(platform="jd")[0].startswith("JD Kuaiche: ")


def test_a_pacing_the_report_already_has_is_used_not_computed_again(monkeypatch):
    shop = busy_shop()
    fresh = cl.morning_checklist(shop, DAY)
    pacing = cl.pace_month(shop.shop_daily, shop.targets, DAY)
    calls = []
    monkeypatch.setattr(cl, "pace_month", lambda *a, **k: calls.append(a) or pacing)
    reused = cl.morning_checklist(shop, DAY, pacing=pacing)
    assert calls == []
    pd.testing.assert_frame_equal(reused, fresh)
    cl.morning_checklist(shop, "2026-09-14", pacing=pacing)  # another day's pacing is not taken for this one
    assert len(calls) == 1


def test_pacing_that_hinges_on_an_estimated_promo_is_no_alarm_until_it_would_need_more_than_seen(demo_shop):
    mid = cl.morning_checklist(demo_shop, "2026-10-19").set_index("key").loc["sales_pacing"]
    assert mid["status"] == "OK" and not mid["todo"]
    assert "后面 12 天双11平均要卖到最近平常日的 ×1.9；本店以往大促最高做到过 ×2.1" in mid["detail"]
    early = cl.morning_checklist(demo_shop, "2026-10-07").set_index("key").loc["sales_pacing"]
    assert early["status"] == "WARN" and "×3.1" in early["detail"] and early["todo"]


JD = Path(__file__).resolve().parents[1] / "shopanalysis" / "data" / "samples" / "jd_home"


@pytest.fixture(scope="module")
def jd_shop():
    if not (JD / "店铺整体.csv").exists():
        pytest.skip("the JD sample shop is not there")
    from shopanalysis.io import load_shop

    return load_shop(JD)


@pytest.mark.parametrize("name, days", [
    ("demo_shop", ["2025-11-03", "2025-11-11", "2026-10-15"]),  # the first: no week before
    ("jd_shop", ["2026-08-02", "2026-09-15", "2026-10-15", "2026-10-31"]),
])
def test_frames_the_report_already_has_give_the_same_rows(request, monkeypatch, name, days):
    from shopanalysis.sales import compare_day
    from shopanalysis.traffic import source_changes

    shop = request.getfixturevalue(name)
    pacing = None  # the JD shop has no targets
    for day in days:
        if shop.targets is not None:
            pacing = cl.pace_month(shop.shop_daily, shop.targets, day)  # the same for every call below
        fresh = cl.morning_checklist(shop, day, pacing=pacing)
        comparison = compare_day(shop.shop_daily, day)  # every baseline, as the daily review has it
        calls = []
        monkeypatch.setattr(cl, "compare_day", lambda *a, **k: calls.append("compare") or compare_day(*a, **k))
        monkeypatch.setattr(cl, "source_changes", lambda *a, **k: calls.append("sources") or source_changes(*a, **k))
        week = comparison.set_index("baseline").loc["same_weekday_last_week"]
        for baseline in ("same_weekday_last_week", "previous_day", "trailing_7d_mean"):
            sources = source_changes(shop.traffic_sources, day, against=baseline, shop_daily=shop.shop_daily)
            calls.clear()
            given = cl.morning_checklist(shop, day, pacing=pacing, comparison=comparison, sources=sources)
            pd.testing.assert_frame_equal(given, fresh)
            # a day without the week before has a note in its row: compared again, in the checklist's language
            assert calls.count("compare") == (week["note"] != "")
            # another baseline's sources are not taken for the item's (same weekday last week); a day that
            # cannot be compared needs none
            compared = bool(np.isfinite(week["sales_change"]))
            assert calls.count("sources") == (baseline != "same_weekday_last_week" and compared)
        monkeypatch.undo()


def test_frames_for_another_day_or_way_are_not_taken(demo_shop, monkeypatch):
    from shopanalysis.sales import compare_day
    from shopanalysis.traffic import source_changes

    day, other = "2026-10-15", "2026-10-14"
    pacing = cl.pace_month(demo_shop.shop_daily, demo_shop.targets, day)
    fresh = cl.morning_checklist(demo_shop, day, pacing=pacing)
    calls = []
    monkeypatch.setattr(cl, "compare_day", lambda *a, **k: calls.append("compare") or compare_day(*a, **k))
    monkeypatch.setattr(cl, "source_changes", lambda *a, **k: calls.append("sources") or source_changes(*a, **k))
    ts, sd, week = demo_shop.traffic_sources, demo_shop.shop_daily, "same_weekday_last_week"
    not_this = [
        (compare_day(sd, other), source_changes(ts, other, against=week, shop_daily=sd)),  # another day
        (compare_day(sd, day, against=["previous_day"]), source_changes(ts, day, against=week)),  # no shop_daily
        (None, source_changes(ts, day, against=week, shop_daily=sd, sort_by="paid_amount")),  # another order
    ]
    for comparison, sources in not_this:
        calls.clear()
        given = cl.morning_checklist(demo_shop, day, pacing=pacing, comparison=comparison, sources=sources)
        pd.testing.assert_frame_equal(given, fresh)
        assert calls == ["compare", "sources"]
    with language("en"):  # an English report's frames, a Chinese checklist: numbers are taken, words are not
        comparison = compare_day(sd, day)
        sources = source_changes(ts, day, against=week, shop_daily=sd)
    calls.clear()
    pd.testing.assert_frame_equal(
        cl.morning_checklist(demo_shop, day, pacing=pacing, comparison=comparison, sources=sources), fresh)
    assert calls == []
