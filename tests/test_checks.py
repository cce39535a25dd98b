"""Tests of the cross-table checks (shopanalysis.checks): quiet on the demo shop, loud on broken copies."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shopanalysis as sa
from shopanalysis import Shop, checks, samples
from shopanalysis.checks import (
    check_consistency,
    check_cs_on_shift,
    check_cs_sales,
    check_orders_add_up,
    check_ppc_clicks,
    check_product_ids,
    check_products_add_up,
    check_search_terms,
    check_sources_add_up,
)

ALL_CHECKS = [check_sources_add_up, check_orders_add_up, check_ppc_clicks, check_cs_sales, check_products_add_up,
              check_search_terms, check_cs_on_shift, check_product_ids]
DAY = pd.Timestamp("2026-03-10")


@pytest.fixture(scope="module")
def demo() -> Shop:
    return samples.generate_demo_shop()


def broken(shop: Shop, **tables) -> Shop:
    """Return a copy of ``shop`` with some tables replaced (the others are shared, not changed)."""
    return dataclasses.replace(shop, **tables)


def on(df: pd.DataFrame, day=DAY, col="date") -> pd.Series:
    return df[col].dt.normalize() == day


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda f: f.__name__)
def test_each_check_passes_on_the_demo_shop(demo, check):
    assert check(demo) == []


def test_check_consistency_is_quiet_on_both_sample_shops(demo):
    assert check_consistency(demo) == []
    assert check_consistency(samples.generate_jd_shop()) == []


@pytest.mark.parametrize("check", ALL_CHECKS, ids=lambda f: f.__name__)
def test_checks_skip_what_is_missing(demo, check):
    assert check(Shop()) == []
    assert check(Shop(shop_daily=demo.shop_daily)) == []


def test_checks_do_not_modify_their_inputs(demo):
    shop = broken(demo, **{n: df.copy() for n, df in demo.tables.items()})
    shop.traffic_sources.loc[0, "visitors"] += 1
    before = {n: df.copy() for n, df in shop.tables.items()}
    assert check_consistency(shop)
    for n, df in shop.tables.items():
        pd.testing.assert_frame_equal(df, before[n])


def test_sources_add_up_fires_on_visitors_and_on_a_single_cent(demo):
    ts = demo.traffic_sources.copy()
    i = ts.index[on(ts) & (ts["source"] == "手淘搜索")][0]
    ts.loc[i, "visitors"] += 7
    found = check_sources_add_up(broken(demo, traffic_sources=ts))
    assert len(found) == 1
    want = demo.shop_daily.set_index("date").loc[DAY, "visitors"]
    assert found[0].startswith("流量来源对账：各来源的访客数加起来与店铺整体不一致，365 天中有 1 天对不上：")
    assert f"2026-03-10 来源 {want + 7:,}，店铺 {want:,}" in found[0]
    with sa.language("en"):
        found = check_sources_add_up(broken(demo, traffic_sources=ts))
    assert found[0].startswith("Traffic sources vs shop: visitors summed over traffic sources differs from the shop's "
                               "daily total on 1 of 365 days: ")
    assert f"2026-03-10: sources {want + 7:,} vs shop {want:,}" in found[0]
    ts = demo.traffic_sources.copy()
    ts.loc[i, "paid_amount"] += 0.01
    found = check_sources_add_up(broken(demo, traffic_sources=ts))
    assert len(found) == 1 and "支付金额" in found[0] and "来源 ¥" in found[0]  # to the cent


def test_orders_add_up_fires_when_an_order_is_missing(demo):
    od = demo.orders
    gone = od.index[on(od, col="paid_at")][:2]
    found = check_orders_add_up(broken(demo, orders=od.drop(index=gone)))
    assert len(found) == 2 and all(f.startswith("订单对账：") for f in found)
    assert all("2026-03-10" in f and "365 天中有 1 天" in f for f in found)
    buyers = demo.shop_daily.set_index("date").loc[DAY, "paying_buyers"]
    assert f"订单 {buyers - 2:,}，店铺 {buyers:,}" in found[1]
    with sa.language("en"):
        found = check_orders_add_up(broken(demo, orders=od.drop(index=gone)))
    assert all(f.startswith("Orders vs shop: ") and "on 1 of 365 days" in f for f in found)
    assert f"orders {buyers - 2:,} vs shop {buyers:,}" in found[1]


def test_orders_add_up_compares_only_the_days_the_orders_cover(demo):
    od = demo.orders
    october = od[od["paid_at"] >= pd.Timestamp("2026-10-01")]
    assert check_orders_add_up(broken(demo, orders=october)) == []
    found = check_orders_add_up(broken(demo, orders=october.drop(index=october.index[-1])))
    assert found and "31 天中有 1 天" in found[0] and "2026-10-31" in found[0]


def test_ppc_clicks_fires_when_clicks_and_visitors_part(demo):
    kw = demo.ppc_keywords.copy()
    kw.loc[on(kw), "clicks"] *= 2
    shop = broken(demo, ppc_keywords=kw)
    found = check_ppc_clicks(shop)
    assert len(found) == 1 and found[0].startswith("直通车点击对账：") and "2026-03-10" in found[0]
    assert "相差超过 15%" in found[0]
    with sa.language("en"):
        assert "are not within 15% of the PPC keyword clicks" in check_ppc_clicks(shop)[0]
    assert check_ppc_clicks(shop, tolerance=0.6) == []
    assert len(check_consistency(shop, ppc_tolerance=0.6)) == 0
    assert check_ppc_clicks(demo, tolerance=0.0)  # visitors are a little below clicks on most days


def test_ppc_clicks_fires_on_a_paused_day_with_clicks(demo):
    kw = demo.ppc_keywords
    extra = kw[on(kw)].assign(date=pd.Timestamp(samples.PPC_PAUSE[0]))
    found = check_ppc_clicks(broken(demo, ppc_keywords=pd.concat([kw, extra], ignore_index=True)))
    assert len(found) == 1 and samples.PPC_PAUSE[0] in found[0] and "访客 0，点击" in found[0]


def test_ppc_clicks_says_when_no_ppc_source_is_found(demo):
    ts = demo.traffic_sources
    found = check_ppc_clicks(broken(demo, traffic_sources=ts[ts["source"] != "直通车"]))
    assert len(found) == 1 and "没有付费推广的来源" in found[0] and "直通车" in found[0]
    with sa.language("en"):
        found = check_ppc_clicks(broken(demo, traffic_sources=ts[ts["source"] != "直通车"]))
    assert "no PPC source (looked for 直通车, 京东快车" in found[0]


def test_cs_sales_fires_when_agents_sell_more_than_the_shop(demo):
    cs = demo.cs_daily.copy()
    cs.loc[cs.index[on(cs)][0], "sales_amount"] = 10_000_000.0
    found = check_cs_sales(broken(demo, cs_daily=cs))
    assert len(found) == 1 and found[0].startswith("客服销售额对账：") and "2026-03-10" in found[0]
    assert "超过了店铺整体的支付金额" in found[0] and "客服 ¥10,0" in found[0]


def test_products_add_up_fires_when_products_sell_more_than_the_shop(demo):
    pdly = demo.products_daily.copy()
    pdly.loc[pdly.index[on(pdly)][0], "paid_amount"] += 1.0
    found = check_products_add_up(broken(demo, products_daily=pdly))
    assert len(found) == 1 and found[0].startswith("商品对账：各商品的支付金额加起来超过了店铺整体")
    pdly = demo.products_daily.copy()
    pdly.loc[pdly.index[on(pdly)][0], "visitors"] += 1
    shop = broken(demo, products_daily=pdly)
    assert check_products_add_up(shop) == []  # visitors are not compared by default
    assert "访客数" in check_products_add_up(shop, columns=("visitors",))[0]


def test_search_terms_fires_when_terms_outgrow_their_keyword(demo):
    st = demo.ppc_search_terms.copy()
    i = st.index[on(st)][0]
    st.loc[i, "clicks"] += 1000
    st.loc[i, "cost"] += 1000.0
    found = check_search_terms(broken(demo, ppc_search_terms=st))
    assert len(found) == 2 and all(f.startswith("搜索词对账：") for f in found)
    assert st.loc[i, "matched_keyword"] in found[0] and "2026-03-10" in found[0]
    assert "按天按关键词比较" in found[0] and "点击量" in found[0] and "花费" in found[1]
    with sa.language("en"):
        assert "keyword-days" in check_search_terms(broken(demo, ppc_search_terms=st))[0]


def test_cs_on_shift_fires_for_off_days_missing_roster_rows_and_unknown_agents(demo):
    cs, ro = demo.cs_daily, demo.cs_roster.copy()
    row = cs[on(cs)].iloc[0]
    hit = (ro["date"] == row["date"]) & (ro["agent"] == row["agent"])
    ro.loc[hit, "shift"] = "off"
    found = check_cs_on_shift(broken(demo, cs_roster=ro))
    assert len(found) == 1 and f"2026-03-10 {row['agent']}（休息）" in found[0]
    with sa.language("en"):
        assert f"2026-03-10 {row['agent']} (off)" in check_cs_on_shift(broken(demo, cs_roster=ro))[0]
    found = check_cs_on_shift(broken(demo, cs_roster=demo.cs_roster[~hit]))
    assert len(found) == 1 and "当天不在排班表上" in found[0]
    stranger = cs[on(cs)].iloc[[0]].assign(agent="新人小王")
    found = check_cs_on_shift(broken(demo, cs_daily=pd.concat([cs, stranger], ignore_index=True)))
    assert found == ["客服排班对账：客服 新人小王（1 人）有客服绩效数据，但不在排班表上"]
    with sa.language("en"):
        found = check_cs_on_shift(broken(demo, cs_daily=pd.concat([cs, stranger], ignore_index=True)))
    assert found == ["Agents on shift: 新人小王 has customer-service rows but is not on the roster"]


def test_product_ids_fires_for_products_not_in_the_list(demo):
    kw = demo.ppc_keywords.copy()
    kw.loc[kw.index[:3], "product_id"] = "999999999999"
    found = check_product_ids(broken(demo, ppc_keywords=kw))
    assert found == ["商品编号对账：直通车关键词里有 1 个商品编号（3 行）不在商品表里：999999999999"]
    with sa.language("en"):
        found = check_product_ids(broken(demo, ppc_keywords=kw))
    assert found == ["Product IDs: 1 product ID in PPC keywords (3 rows) is not in the product list: 999999999999"]
    found = check_product_ids(broken(demo, products=demo.products.iloc[1:]))
    assert {f.split("：")[1].split("里有")[0] for f in found} == {"商品效果", "直通车关键词", "美工任务"}


def test_findings_show_five_examples_and_count_the_rest(demo):
    ts = demo.traffic_sources.copy()
    first = ts.groupby("date").head(1).index[:12]
    ts.loc[first, "visitors"] += 1
    found = check_sources_add_up(broken(demo, traffic_sources=ts))
    assert len(found) == 1 and "365 天中有 12 天" in found[0] and found[0].endswith("；另有 7 处")
    assert found[0].count("，店铺 ") == checks.MAX_EXAMPLES
    with sa.language("en"):
        found = check_sources_add_up(broken(demo, traffic_sources=ts))
    assert "on 12 of 365 days" in found[0] and found[0].endswith("; and 7 more")
    assert found[0].count(" vs shop ") == checks.MAX_EXAMPLES


def test_check_consistency_collects_every_finding(demo):
    cs = demo.cs_daily.copy()
    cs.loc[cs.index[0], "sales_amount"] = 1e9
    ts = demo.traffic_sources.copy()
    ts.loc[ts.index[0], "visitors"] += 1
    found = check_consistency(broken(demo, cs_daily=cs, traffic_sources=ts))
    assert [f.split("：")[0] for f in found] == ["流量来源对账", "客服销售额对账"]


_AMOUNTS = st.one_of(st.none(), st.integers(-1000, 1000).map(lambda cents: cents / 100),
                     st.sampled_from([0.004, 0.005, 0.006, -0.004, 1e9]))


@settings(max_examples=200, deadline=None)
@given(pairs=st.lists(st.tuples(_AMOUNTS, _AMOUNTS), min_size=1, max_size=12), money=st.booleans(),
       at_most=st.booleans(), ints=st.booleans())
def test_a_quick_look_finds_the_same_days_as_the_full_comparison(pairs, money, at_most, ints):
    days = pd.date_range("2026-03-01", periods=len(pairs))
    a, b = (pd.Series([p[k] for p in pairs], index=days, dtype="float64") for k in (0, 1))
    if ints:  # counts: whole numbers, no gaps
        a, b = a.fillna(0).round().astype("int64"), b.fillna(0).round().astype("int64")
    both = pd.concat({"a": a, "b": b}, axis=1).fillna(0)  # the comparison as it is written out
    diff = both["a"] - both["b"]
    tol = checks.CENT if money else 0
    want = both[diff > tol if at_most else diff.abs() > tol]
    got = checks._compare(a, b, money=money, at_most=at_most)
    pd.testing.assert_frame_equal(got, want, check_freq=False)
