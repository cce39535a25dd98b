"""Tests for shopanalysis.metrics: hand-computed cases and the identities, with hypothesis."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import shopanalysis as sa
from shopanalysis import metrics as m


def test_rates_are_ratios_of_sums_not_means_of_ratios():
    days = pd.DataFrame({"visitors": [100, 10_000], "paying_buyers": [10, 100], "paid_amount": [1000.0, 20000.0]})
    assert m.conversion_rate(days) == pytest.approx(110 / 10_100)
    assert m.conversion_rate(days) != pytest.approx(np.mean([0.10, 0.01]))
    assert m.avg_order_value(days) == pytest.approx(21000 / 110)


@pytest.mark.parametrize(
    "func, data, expected",
    [
        (m.conversion_rate, {"paying_buyers": [3, 2], "visitors": [100, 150]}, 0.02),
        (m.avg_order_value, {"paid_amount": [300.0, 100.0], "paying_buyers": [1, 1]}, 200.0),
        (m.sales_per_visitor, {"paid_amount": [500.0], "visitors": [250]}, 2.0),
        (m.ctr, {"clicks": [1, 3], "impressions": [100, 100]}, 0.02),
        (m.cpc, {"cost": [2.5, 0.5], "clicks": [2, 1]}, 1.0),
        (m.roi, {"gmv": [0.0, 300.0], "cost": [50.0, 50.0]}, 3.0),
        (m.click_conversion, {"orders": [1], "clicks": [128]}, 1 / 128),
        (m.inquiry_conversion, {"inquiry_buyers": [30], "inquiries": [100]}, 0.30),
        (m.add_to_cart_rate, {"add_to_cart": [9], "visitors": [100]}, 0.09),
        (m.refund_rate, {"refund_amount": [30.0], "paid_amount": [600.0]}, 0.05),
    ],
)
def test_hand_computed(func, data, expected):
    assert func(data) == pytest.approx(expected)


def test_zero_denominator_is_nan_not_zero():
    assert math.isnan(m.conversion_rate({"paying_buyers": [0], "visitors": [0]}))
    assert math.isnan(m.cpc({"cost": [0.0], "clicks": [0]}))


def test_missing_column_names_the_metric_and_formula():
    with pytest.raises(KeyError, match=r"计算点击率（ctr = 点击量 / 展现量）需要列 'impressions'；数据里只有：\['clicks'\]"):
        m.ctr(pd.DataFrame({"clicks": [1]}))
    with sa.language("en"), pytest.raises(KeyError, match=r"CTR \(ctr = Clicks / Impressions\) needs a column 'impressions'"):
        m.ctr(pd.DataFrame({"clicks": [1]}))


def test_bounce_rate_is_the_platform_mean_of_daily_rates():
    assert m.bounce_rate_platform_mean(pd.Series([0.5, 0.7, 0.9])) == pytest.approx(0.7)


def test_add_metrics_does_not_mutate_and_picks_available_metrics():
    df = pd.DataFrame({"clicks": [10, 0], "impressions": [200, 0], "cost": [12.0, 0.0]})
    before = df.copy()
    out = m.add_metrics(df)
    pd.testing.assert_frame_equal(df, before)
    assert list(out.columns) == ["clicks", "impressions", "cost", "ctr", "cpc"]
    assert out["ctr"].iloc[0] == pytest.approx(0.05)
    assert out["cpc"].isna().iloc[1]
    with pytest.raises(KeyError, match="roi"):
        m.add_metrics(df, ["roi"])
    with pytest.raises(KeyError, match=r"计算投入产出比（roi = 总成交金额 / 花费）需要列 \['gmv'\]"):
        m.add_metrics(df, ["roi"])
    with pytest.raises(KeyError, match="不认识的指标 \\['nope'\\]"):
        m.add_metrics(df, ["nope"])
    with sa.language("en"), pytest.raises(KeyError, match="unknown metric"):
        m.add_metrics(df, ["nope"])


def test_summarize_recomputes_rates_from_sums_by_group():
    kw = pd.DataFrame({
        "keyword": ["连衣裙", "连衣裙", "碎花裙"],
        "impressions": [1000, 3000, 500], "clicks": [10, 50, 5], "cost": [10.0, 40.0, 6.0],
        "orders": [1, 1, 0], "gmv": [200.0, 100.0, 0.0], "avg_rank": [3.0, 5.0, 9.0],
    })
    out = m.summarize(kw, "keyword").set_index("keyword")
    assert "avg_rank" not in out.columns  # an average is not summed
    assert out.loc["连衣裙", "ctr"] == pytest.approx(60 / 4000)
    assert out.loc["连衣裙", "cpc"] == pytest.approx(50 / 60)
    assert out.loc["连衣裙", "roi"] == pytest.approx(300 / 50)
    assert out.loc["碎花裙", "roi"] == 0.0
    whole = m.summarize(kw)
    assert len(whole) == 1 and whole["clicks"].iloc[0] == 65


# --- identities -------------------------------------------------------------

visitors = st.integers(min_value=1, max_value=5_000_000)
buyers_share = st.floats(min_value=1e-4, max_value=1.0)
order_value = st.floats(min_value=0.5, max_value=50_000)


@given(visitors, buyers_share, order_value)
def test_sales_equals_visitors_times_conversion_times_order_value(v, share, aov):
    buyers = max(1, round(v * share))
    sales = buyers * aov
    data = {"visitors": [v], "paying_buyers": [buyers], "paid_amount": [sales]}
    assert m.sales_identity(v, m.conversion_rate(data), m.avg_order_value(data)) == pytest.approx(sales, rel=1e-9)
    assert m.sales_per_visitor(data) == pytest.approx(m.conversion_rate(data) * m.avg_order_value(data), rel=1e-9)


@given(visitors, buyers_share, order_value, visitors, buyers_share, order_value)
def test_log_split_parts_add_up_to_the_total(v0, s0, a0, v1, s1, a1):
    p0 = {"visitors": v0, "paying_buyers": max(1, round(v0 * s0)), "paid_amount": max(1, round(v0 * s0)) * a0}
    p1 = {"visitors": v1, "paying_buyers": max(1, round(v1 * s1)), "paid_amount": max(1, round(v1 * s1)) * a1}
    split = m.split_sales_change(p0, p1)
    total = split.attrs["total"]
    assert split["log_change"].sum() == pytest.approx(math.log(p1["paid_amount"] / p0["paid_amount"]), abs=1e-9)
    assert total["change"] == pytest.approx(p1["paid_amount"] - p0["paid_amount"])
    assume(abs(total["log_change"]) > 1e-9)
    assert split["yuan"].sum() == pytest.approx(total["change"], rel=1e-7, abs=1e-6)


def test_log_split_hand_computed_and_frames_are_summed():
    before = pd.DataFrame({"visitors": [500, 500], "paying_buyers": [10, 10], "paid_amount": [2000.0, 2000.0]})
    after = {"visitors": 800, "paying_buyers": 20, "paid_amount": 3000.0}
    s = m.split_sales_change(before, after)
    assert s.loc["visitors", "log_change"] == pytest.approx(math.log(0.8))
    assert s.loc["conversion_rate", "log_change"] == pytest.approx(math.log(0.025 / 0.02))
    assert s.loc["avg_order_value", "log_change"] == pytest.approx(math.log(150 / 200))
    assert s.loc["avg_order_value", "pct_change"] == pytest.approx(-0.25)
    assert s["yuan"].sum() == pytest.approx(-1000.0)
    assert s["share"].sum() == pytest.approx(1.0)


def test_log_split_undefined_without_sales_is_nan_not_an_error():
    s = m.split_sales_change({"visitors": 100, "paying_buyers": 0, "paid_amount": 0.0},
                             {"visitors": 120, "paying_buyers": 2, "paid_amount": 300.0})
    assert s["yuan"].isna().all()
    assert s.attrs["total"]["change"] == 300.0
