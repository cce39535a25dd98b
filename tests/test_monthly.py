"""The monthly review's building blocks: the month against last month, last year and the target; the month
table in three dimensions; next month's suggested target and its backtest; the ranked actions."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shopanalysis as sa
from shopanalysis import monthly as mo
from shopanalysis import sales

OCT = ("2026-10-01", "2026-10-31")


@pytest.fixture(scope="module")
def shop():
    return sa.load_demo_shop()


def _days(start, end, **columns):
    dates = pd.date_range(start, end)
    return pd.DataFrame({"date": dates, **{k: (v(dates) if callable(v) else v) for k, v in columns.items()}})


def test_compare_months_adds_up_the_days_and_compares_with_last_month_last_year_and_target():
    days = _days("2025-10-01", "2026-10-31", visitors=100, paying_buyers=2,
                 paid_amount=lambda d: np.where(d.year == 2025, 150.0, 200.0), refund_amount=10.0)
    targets = pd.DataFrame({"month": ["2026-10"], "target_amount": [8000.0]})
    row = mo.compare_months(days, "2026-10", targets=targets).iloc[0]
    assert row["paid_amount"] == 6200.0 and row["paid_amount_before"] == 6000.0
    assert row["paid_amount_last_year"] == 31 * 150.0
    assert row["yoy"] == pytest.approx(6200 / 4650 - 1) and row["sales_change_pct"] == pytest.approx(6200 / 6000 - 1)
    assert row["target_completion"] == pytest.approx(6200 / 8000) and row["note"] == ""
    assert row["refund_amount"] == 310.0 and row["conversion_rate"] == pytest.approx(0.02)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(50, 5000), st.integers(1, 50), st.floats(10, 900)), min_size=61, max_size=61))
def test_the_split_of_the_change_on_last_month_adds_up_to_the_change(rows):
    visitors, buyers, value = (np.array(c, dtype="float64") for c in zip(*rows))
    days = _days("2026-09-01", "2026-10-31", visitors=visitors, paying_buyers=buyers, paid_amount=buyers * value)
    row = mo.compare_months(days, "2026-10").iloc[0]
    parts = row["yuan_visitors"] + row["yuan_conversion"] + row["yuan_avg_order_value"]
    assert parts == pytest.approx(row["sales_change"], rel=1e-9, abs=1e-6)


def test_a_month_with_days_missing_is_refused_with_the_days_named():
    days = _days("2026-10-01", "2026-10-31", visitors=100, paying_buyers=2, paid_amount=200.0)
    days = days.loc[~days["date"].isin(pd.to_datetime(["2026-10-07", "2026-10-08"]))]
    with pytest.raises(sa.DataError, match=r"2026-10-07.*2026-10-08"):
        mo.compare_months(days, "2026-10")


def test_a_missing_last_month_or_last_year_is_nan_and_said():
    days = _days("2026-10-01", "2026-10-31", visitors=100, paying_buyers=2, paid_amount=200.0)
    row = mo.compare_months(days, "2026-10").iloc[0]
    assert np.isnan(row["paid_amount_before"]) and np.isnan(row["sales_change_pct"]) and np.isnan(row["yoy"])
    assert np.isnan(row["yuan_visitors"]) and "2026-09" in row["note"] and "2025-10" in row["note"]


def test_the_month_table_recomputes_by_hand(shop):
    table = mo.month_table(shop, "2026-10").set_index("indicator")
    first, last = (pd.Timestamp(d) for d in OCT)
    days = shop.shop_daily.loc[shop.shop_daily["date"].between(first, last)]
    assert table.loc["visitors_per_day", "this_month"] == pytest.approx(days["visitors"].sum() / 31)
    refund_rate = days["refund_amount"].sum() / days["paid_amount"].sum()
    assert table.loc["refund_rate", "this_month"] == pytest.approx(refund_rate)
    ads = shop.ppc_keywords.loc[shop.ppc_keywords["date"].between(first, last)]
    assert table.loc["ad_spend_share", "this_month"] == pytest.approx(ads["cost"].sum() / days["paid_amount"].sum())
    assert table.loc["paid_roi", "this_month"] == pytest.approx(ads["gmv"].sum() / ads["cost"].sum())
    # gross profit: sales after refunds at the month's sales-weighted margin
    sold = shop.products_daily.loc[shop.products_daily["date"].between(first, last)].groupby("product_id")[
        "paid_amount"].sum()
    products = shop.products.set_index("product_id")
    margin = (sold * (1 - products["unit_cost"] / products["price"]).reindex(sold.index)).sum() / sold.sum()
    net = days["paid_amount"].sum() - days["refund_amount"].sum()
    assert table.loc["gross_profit", "this_month"] == pytest.approx(net * margin)
    # returning buyers: bought before the month (refunded orders left out, as the customers module does)
    orders = shop.orders.loc[~shop.orders["refunded"]]
    month = orders.loc[orders["paid_at"].between(first, last + pd.Timedelta(days=1), inclusive="left")]
    before = set(orders.loc[orders["paid_at"] < first, "buyer_id"])
    buyers = set(month["buyer_id"])
    assert table.loc["returning_buyer_share", "this_month"] == pytest.approx(len(buyers & before) / len(buyers))
    assert table.loc["new_buyers", "this_month"] == len(buyers - before)
    ours = shop.competitor_shops.loc[(shop.competitor_shops["shop"] == shop.name)
                                     & shop.competitor_shops["snapshot_date"].between(first, last)]
    latest = ours.loc[ours["snapshot_date"].idxmax(), ["dsr_description", "dsr_service", "dsr_shipping"]]
    assert table.loc["dsr", "this_month"] == pytest.approx(latest.mean())
    # last month by the same rules; no last year in the demo
    sept = shop.shop_daily.loc[shop.shop_daily["date"].between("2026-09-01", "2026-09-30")]
    assert table.loc["paid_amount", "last_month"] == pytest.approx(sept["paid_amount"].sum())
    assert table["last_year"].isna().all()


def test_the_month_tables_status_follows_the_target_and_which_way_is_better(shop):
    table = mo.month_table(shop, "2026-10").set_index("indicator")
    assert table.loc["paid_amount", "target_value"] == 1_730_000 and table.loc["paid_amount", "trend"] == "missed"
    refund = table.loc["refund_rate"]
    assert refund["this_month"] < refund["last_month"] and refund["trend"] == "better"  # lower refunds are better
    assert table.loc["refund_amount", "trend"] == "worse"  # more yuan refunded
    assert table.loc["ad_spend", "trend"] in {"none", "flat"}  # spend is the shop's choice, not good or bad
    assert table.loc["returning_buyer_share", "trend"] == "worse"


def test_a_metric_without_its_export_is_nan_and_names_the_export(shop):
    from dataclasses import replace
    partial = replace(shop, products=None, cs_agents=None)
    table = mo.month_table(partial, "2026-10").set_index("indicator")
    for name in ("gross_profit", "cs_pay", "new_product_share"):
        assert np.isnan(table.loc[name, "this_month"]) and table.loc[name, "note"], name
    assert "商品" in table.loc["gross_profit", "note"]
    assert table.loc["paid_amount", "note"] == "" and table.loc["paid_amount", "this_month"] > 0


def test_the_formatted_table_reads_in_the_packages_language(shop):
    table = mo.month_table(shop, "2026-10")
    zh = mo.format_month_table(table)
    assert list(zh["section"].unique()) == ["运营基础", "盈利", "发展"]
    assert zh.set_index("indicator").loc["支付金额", "target_value"] == "¥173万"
    assert "个百分点" in zh.set_index("indicator").loc["退款率", "change"]
    sa.set_language("en")
    try:
        en = mo.format_month_table(table)
    finally:
        sa.set_language("zh")
    assert list(en["section"].unique()) == ["Operations", "Profit", "Growth"]
    assert en.set_index("indicator").loc["Sales", "target_value"] == "¥1.73M"


def test_the_month_forecast_uses_only_the_days_before_the_month():
    days = _days("2026-06-01", "2026-10-31", paid_amount=1000.0)
    later = days.assign(paid_amount=np.where(days["date"] >= "2026-10-01", 9999.0, 1000.0))
    a, _ = sales.forecast_month(days, "2026-10", calendar=())
    b, profile = sales.forecast_month(later, "2026-10", calendar=())
    assert a == b == 31_000.0 and profile["expected"].sum() == pytest.approx(31_000.0)


def test_a_promo_day_with_last_year_is_forecast_at_last_years_multiple():
    days = _days("2025-10-01", "2026-10-31", paid_amount=lambda d: np.where(
        (d.month == 11) & (d.day == 11), 5000.0, 1000.0))
    _, profile = sales.forecast_month(days, "2026-11")
    peak = profile.set_index("date").loc["2026-11-11"]
    assert peak["basis"] == "last year" and peak["expected"] == pytest.approx(5000.0, rel=0.05)


def test_the_suggested_target_has_the_range_its_backtest_supports(shop):
    s = mo.suggest_target(shop.shop_daily, "2026-11")
    backtest = sales.forecast_backtest(shop.shop_daily)
    assert s["backtest"].equals(backtest) and len(backtest) == 11
    q25, q75 = np.percentile(backtest["error"], [25, 75])
    assert s["low"] == pytest.approx(s["amount"] / (1 + q75)) and s["high"] == pytest.approx(s["amount"] / (1 + q25))
    assert s["median_error"] == pytest.approx(backtest["error"].abs().median())
    # half the past months' actual sales fell inside their own forecast's range, by construction of the quartiles
    inside = ((backtest["actual"] >= backtest["forecast"] / (1 + q75))
              & (backtest["actual"] <= backtest["forecast"] / (1 + q25)))
    assert inside.sum() >= len(backtest) // 2
    text = " ".join(mo.describe_target(s, targets=shop.targets))
    assert "2026-11" in text and "2026-02" in text  # the worst miss, the Spring Festival, is named


def test_a_short_history_gives_no_range_and_says_rough():
    days = _days("2026-08-01", "2026-10-31", paid_amount=1000.0)
    s = mo.suggest_target(days, "2026-11", calendar=())
    assert s["amount"] == 30_000.0 and np.isnan(s["low"]) and np.isnan(s["high"])
    assert "粗估" in mo.describe_target(s)[0]


def test_actions_rank_by_money_then_the_ones_without_money():
    decisions = pd.DataFrame({"decision": ["raise_bid", "delete", "observe"], "keywords": [2, 1, 9],
                              "money_at_stake": [900.0, 50.0, 400.0]})
    picks = pd.DataFrame({"decision": ["raise_bid", "delete"], "keyword": ["羊毛大衣", "韩版女装"]})
    pages = pd.DataFrame({"product_name": ["连衣裙", "T恤"], "money_at_stake": [300.0, -5.0]})
    winback = pd.DataFrame({"revenue": [1000.0, 500.0]})
    late = pd.DataFrame({"task_id": ["T1"], "product_name": ["连衣裙"]})
    out = mo.gather_actions(decisions=decisions, picks=picks, pages=pages, winback=winback, late=late)
    assert list(out["source"]) == ["keywords.raise_bid", "pages", "keywords.delete", "winback", "late"]
    assert list(out["role"]) == ["ads", "design", "ads", "operations", "design"]
    assert out["money_at_stake"].iloc[:3].tolist() == [900.0, 300.0, 50.0]
    assert out["money_at_stake"].iloc[3:].isna().all()
    assert "羊毛大衣" in out["todo"].iloc[0] and "observe" not in " ".join(out["source"])
    assert mo.gather_actions().empty


def test_the_takeaways_are_the_pages_numbers(shop):
    comparison = mo.compare_months(shop.shop_daily, "2026-10", targets=shop.targets)
    table = mo.month_table(shop, "2026-10")
    lines = mo.describe_month(comparison, table)
    assert 5 <= len(lines) <= 8
    assert lines[0] == "2026-10 支付金额 ¥168.41万，目标 ¥173万，完成 97.3%，差 ¥4.59万。"
    assert "+73.9%" in lines[1] and "访客数是主因" in lines[1]
    sa.set_language("en")
    try:
        english = mo.describe_month(comparison, table)
    finally:
        sa.set_language("zh")
    assert english[0] == "2026-10 sold ¥1.68M against a target of ¥1.73M: 97.3%, ¥45.9K short."
