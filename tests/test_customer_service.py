"""Tests for shopanalysis.customer_service: inquiry cost, agents, response times, after-sales."""

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopanalysis import customer_service as cs
from shopanalysis import metrics

DEMO = Path(__file__).resolve().parents[1] / "data" / "samples" / "demo_shop"


# --- cost_per_inquiry ------------------------------------------------------------------


def test_cost_per_inquiry_is_the_design_example():
    assert cs.cost_per_inquiry(1.0, 0.0128, 0.30) == pytest.approx(23.4375)
    assert round(cs.cost_per_inquiry(1.0, 0.0128, 0.30), 2) == 23.44


def test_cost_per_inquiry_on_series_and_zero_conversion():
    out = cs.cost_per_inquiry(pd.Series([1.0, 2.0]), pd.Series([0.02, 0.0]), 0.5)
    assert out.iloc[0] == pytest.approx(25.0) and math.isnan(out.iloc[1])


@given(st.floats(0.01, 50), st.floats(0.001, 1), st.floats(0, 1))
def test_cost_per_inquiry_is_cost_per_order_times_inquiry_conversion(cpc, conv, inq):
    assert cs.cost_per_inquiry(cpc, conv, inq) == pytest.approx(cpc / conv * inq)


# --- agents ------------------------------------------------------------------------------

CS = pd.DataFrame({
    "date": pd.to_datetime(["2026-10-13", "2026-10-14", "2026-10-15", "2026-10-14", "2026-10-15"]),
    "agent": ["小美", "小美", "小美", "阿杰", "阿杰"],
    "inquiries": [60, 40, 0, 50, 30],
    "inquiry_buyers": [30, 12, 0, 20, 9],
    "received": [100, 50, 10, 80, 40],
    "first_response_s": [12.0, 30.0, 20.0, 15.0, 25.0],
    "avg_response_s": [20.0, 40.0, 30.0, 25.0, 35.0],
    "sales_amount": [6000.0, 2400.0, 0.0, 4000.0, 1800.0],
    "bad_reviews": [1, 0, 2, 0, 1],
    "bad_reviews_resolved": [1, 0, 0, 0, 1],
})


def test_summarize_agents_hand_computed():
    out = cs.summarize_agents(CS).set_index("agent")
    assert list(out.index) == ["小美", "阿杰"]  # one row per agent and nothing else
    mei = out.loc["小美"]
    assert mei["days"] == 3 and mei["inquiries"] == 100 and mei["inquiry_buyers"] == 42
    assert mei["inquiry_conversion"] == pytest.approx(0.42)  # ratio of sums, not mean(50%, 30%, NaN)
    assert mei["inquiry_conversion"] == pytest.approx(metrics.inquiry_conversion(CS[CS.agent == "小美"]))
    assert mei["first_response_s"] == pytest.approx((12 * 100 + 30 * 50 + 20 * 10) / 160)  # weighted by received
    assert mei["avg_response_s"] == pytest.approx((20 * 100 + 40 * 50 + 30 * 10) / 160)
    assert mei["sales_amount"] == 8400.0 and mei["bad_reviews"] == 3
    assert mei["breach_days"] == 1  # 30 s; 20 s is on target, not a breach
    assert mei["worst_first_response_s"] == 30.0
    assert out.loc["阿杰", "breach_days"] == 1
    assert out.attrs["weighted_by"] == "received"


def test_summarize_agents_window_target_and_fallback_weight():
    out = cs.summarize_agents(CS, start="2026-10-14", end="2026-10-14", response_target_s=14).set_index("agent")
    assert out.loc["小美", "days"] == 1 and out.loc["小美", "inquiries"] == 40
    assert out.loc["阿杰", "breach_days"] == 1
    no_received = cs.summarize_agents(CS.drop(columns="received"))
    mei = no_received.set_index("agent").loc["小美"]
    assert mei["first_response_s"] == pytest.approx((12 * 60 + 30 * 40) / 100)  # the 0-inquiry day weighs 0
    assert no_received.attrs["weighted_by"] == "inquiries"
    minimal = cs.summarize_agents(CS[["date", "agent", "inquiries", "inquiry_buyers"]])
    assert list(minimal.columns) == ["agent", "days", "inquiries", "inquiry_buyers", "inquiry_conversion"]


def test_flag_slow_response_on_a_day():
    out = cs.flag_slow_response(CS, "2026-10-15")
    assert list(out["agent"]) == ["阿杰", "小美"]
    assert list(out["slow_response"]) == [True, False]  # 25 s slow; exactly 20 s is not
    assert list(out["over_s"]) == [5.0, 0.0]
    assert cs.flag_slow_response(CS, "2026-10-15", target_s=30)["slow_response"].sum() == 0
    assert cs.flag_slow_response(CS, "2026-10-20").empty


def test_summarize_bad_reviews_over_the_window():
    out = cs.summarize_bad_reviews(CS, "2026-10-15")
    assert list(out["agent"]) == ["小美", "阿杰"]
    assert out.set_index("agent").loc["小美", "unresolved"] == 2
    assert out.set_index("agent").loc["阿杰", "unresolved"] == 0
    one_day = cs.summarize_bad_reviews(CS, "2026-10-15", days=1).set_index("agent")
    assert one_day.loc["小美", "bad_reviews"] == 2


# --- after-sales -------------------------------------------------------------------------

CASES = pd.DataFrame({
    "case_id": ["C1", "C2", "C3", "C4", "C5", "C6", "C7"],
    "kind": ["仅退款", "退货退款", "换货", "投诉", "仅退款", "退货退款", "仅退款"],
    "opened": pd.to_datetime(["2026-10-14 10:00", "2026-10-13 09:00", "2026-10-12 12:00", "2026-10-11 08:00",
                              "2026-10-10 10:00", "2026-10-15 20:00", "2026-10-16 09:00"]),
    "amount": [59.0, 129.0, 0.0, 0.0, 80.0, 200.0, 30.0],
    "status": ["open", "waiting_buyer", "resolved", "escalated", "resolved", "open", "open"],
    "deadline": pd.to_datetime(["2026-10-16 10:00", "2026-10-18 09:00", "2026-10-17 12:00", "2026-10-15 08:00",
                                "2026-10-12 10:00", "2026-10-17 20:00", "2026-10-18 09:00"]),
    "resolved": pd.to_datetime([None, None, "2026-10-16 15:00", None, "2026-10-12 08:00", None, None]),
})


def test_after_sales_pending_at_the_end_of_the_day():
    out = cs.flag_after_sales_due(CASES, "2026-10-15")
    # C5 was resolved before; C7 opened after midnight; C3 was resolved later, so it was pending then
    assert list(out["case_id"]) == ["C4", "C1", "C3", "C6", "C2"]  # earliest deadline first
    o = out.set_index("case_id")
    assert o.loc["C1", "hours_left"] == 10.0 and o.loc["C1", "due_soon"] and o.loc["C1", "due_within"]
    assert o.loc["C6", "hours_left"] == 44.0 and not o.loc["C6", "due_soon"] and o.loc["C6", "due_within"]
    assert o.loc["C2", "hours_left"] == 57.0 and not o.loc["C2", "due_within"]
    assert o.loc["C4", "overdue"] and not o.loc["C4", "due_soon"]
    assert o.loc["C3", "state"] == "open"  # resolved later: its state that night is not known
    assert o.loc["C2", "refund"] and not o.loc["C3", "refund"]
    assert out.attrs["as_of"] == "2026-10-16 00:00"
    wide = cs.flag_after_sales_due(CASES, "2026-10-15", within_h=60).set_index("case_id")
    assert wide.loc["C2", "due_within"]


def test_summarize_after_sales_counts_and_refund_amounts():
    s = cs.summarize_after_sales(CASES, "2026-10-15")
    assert s["pending"] == 5 and s["open"] == 3 and s["waiting_buyer"] == 1 and s["escalated"] == 1
    assert s["overdue"] == 1 and s["due_soon"] == 1 and s["due_within"] == 3
    assert s["refunds_waiting"] == 3 and s["refund_amount_waiting"] == 59 + 129 + 200
    assert s["refunds_on_shop"] == 2 and s["refund_amount_on_shop"] == 59 + 200
    empty = cs.summarize_after_sales(CASES, "2026-10-01")
    assert empty["pending"] == 0 and empty["refund_amount_waiting"] == 0.0


def test_after_sales_without_optional_columns():
    bare = CASES[["case_id", "opened", "status"]]
    out = cs.flag_after_sales_due(bare, "2026-10-15")
    assert set(out["case_id"]) == {"C1", "C2", "C4", "C6"}  # resolved ones without a time are closed
    assert out["hours_left"].isna().all() and not out["due_within"].any() and not out["refund"].any()
    s = cs.summarize_after_sales(bare, "2026-10-15")
    assert s["pending"] == 4 and s["refund_amount_waiting"] == 0.0


def test_nothing_is_mutated():
    b1, b2 = CS.copy(), CASES.copy()
    cs.summarize_agents(CS)
    cs.flag_slow_response(CS, "2026-10-15")
    cs.summarize_after_sales(CASES, "2026-10-15")
    pd.testing.assert_frame_equal(CS, b1)
    pd.testing.assert_frame_equal(CASES, b2)


def test_demo_customer_service_looks_sensible():
    if not (DEMO / "cs_daily.csv").exists():
        pytest.skip("the demo shop is not generated yet")
    from shopanalysis._schema import conform

    daily = conform(pd.read_csv(DEMO / "cs_daily.csv"), "cs_daily")
    agents = cs.summarize_agents(daily, start="2026-10-01", end="2026-10-31").set_index("agent")
    assert agents["inquiry_conversion"].between(0.1, 0.9).all()
    if "小雨" in agents.index:  # the demo's slow agent
        assert agents.loc["小雨", "first_response_s"] > 20 and agents.loc["小雨", "breach_days"] > 0
    cases = conform(pd.read_csv(DEMO / "after_sales.csv", dtype={"case_id": "str", "order_id": "str"}),
                    "after_sales")
    s = cs.summarize_after_sales(cases, "2026-10-15")
    assert s["pending"] >= s["due_within"] >= s["due_soon"] >= 0
    assert np.isfinite(s["refund_amount_waiting"])
