"""Tests for shopanalysis.ppc: spend against the daily budget."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from shopanalysis import ppc

DEMO = Path(__file__).resolve().parents[1] / "data" / "samples" / "demo_shop"


def keywords(rows):
    cols = ["date", "campaign", "keyword", "impressions", "clicks", "cost", "orders", "gmv"]
    return pd.DataFrame(rows, columns=cols).assign(date=lambda d: pd.to_datetime(d["date"]))


KW = keywords([
    ("2026-10-15", "连衣裙-精准", "连衣裙女", 5000, 150, 180.0, 4, 800.0),
    ("2026-10-15", "连衣裙-精准", "碎花裙", 3000, 60, 114.0, 0, 0.0),
    ("2026-10-15", "连衣裙-精准", "茶歇裙", 1000, 5, 0.0, 0, 0.0),
    ("2026-10-15", "新品测款", "新款裙", 800, 10, 12.0, 0, 0.0),
    ("2026-10-15", "新品测款", "小个子裙", 600, 8, 9.0, 0, 0.0),
    ("2026-10-15", "旧计划", "清仓", 100, 2, 3.0, 1, 50.0),    # not in the campaign list
    ("2026-10-14", "连衣裙-精准", "连衣裙女", 4000, 100, 120.0, 2, 400.0),
])
PLANS = pd.DataFrame({
    "campaign": ["连衣裙-精准", "新品测款", "618大促", "待上线"],
    "daily_budget": [300.0, 100.0, 500.0, 200.0],
    "start": pd.to_datetime(["2026-01-01", "2026-10-01", "2026-05-20", "2026-11-01"]),
    "end": pd.to_datetime([None, None, "2026-06-20", None]),
})


def test_spend_against_budget_hand_computed():
    out = ppc.summarize_spend(KW, PLANS, "2026-10-15").set_index("campaign")
    assert list(out.index) == ["连衣裙-精准", "新品测款", "旧计划"]  # 618 ended, 待上线 not started
    row = out.loc["连衣裙-精准"]
    assert row["spend"] == 294.0 and row["daily_budget"] == 300.0
    assert row["budget_used"] == pytest.approx(0.98) and row["ran_out"]
    assert row["clicks"] == 215 and row["orders"] == 4 and row["gmv"] == 800.0
    assert row["cpc"] == pytest.approx(294 / 215) and row["roi"] == pytest.approx(800 / 294)
    assert row["ctr"] == pytest.approx(215 / 9000)
    assert row["keywords"] == 2  # 茶歇裙 had clicks but no cost
    assert row["burners"] == "碎花裙 ¥114"
    assert out.loc["新品测款", "budget_used"] == pytest.approx(0.21) and not out.loc["新品测款", "ran_out"]
    assert out.loc["新品测款", "burners"] == "新款裙 ¥12, 小个子裙 ¥9"
    assert np.isnan(out.loc["旧计划", "daily_budget"]) and not out.loc["旧计划", "ran_out"]


def test_ran_out_threshold_is_a_keyword():
    out = ppc.summarize_spend(KW, PLANS, "2026-10-15", ran_out_at=0.99).set_index("campaign")
    assert not out.loc["连衣裙-精准", "ran_out"]
    out = ppc.summarize_spend(KW, PLANS, "2026-10-15", ran_out_at=0.2).set_index("campaign")
    assert out.loc["新品测款", "ran_out"]
    assert ppc.summarize_spend(KW, PLANS, "2026-10-15", burners=1).set_index("campaign").loc[
        "新品测款", "burners"] == "新款裙 ¥12"


def test_a_day_without_ppc_rows_is_zero_spend_not_an_error():
    out = ppc.summarize_spend(KW, PLANS, "2026-10-16")
    assert list(out["campaign"]) == ["连衣裙-精准", "新品测款"]
    assert (out["spend"] == 0).all() and (out["budget_used"] == 0).all() and not out["ran_out"].any()
    assert out["cpc"].isna().all() and (out["burners"] == "").all()
    assert "no PPC rows on 2026-10-16" in out.attrs["note"] and "2026-10-14 to 2026-10-15" in out.attrs["note"]
    assert ppc.summarize_spend(KW, PLANS, "2026-10-15").attrs["note"] == ""


def test_without_the_campaign_list_budgets_are_empty():
    out = ppc.summarize_spend(KW, None, "2026-10-15")
    assert set(out["campaign"]) == {"连衣裙-精准", "新品测款", "旧计划"}
    assert out["daily_budget"].isna().all() and not out["ran_out"].any()


def test_inputs_are_not_mutated_and_missing_columns_are_named():
    before = KW.copy()
    ppc.summarize_spend(KW, PLANS, "2026-10-15")
    pd.testing.assert_frame_equal(KW, before)
    from shopanalysis import DataError
    with pytest.raises(DataError, match=r"ppc_keywords table needs column\(s\) \['cost'\]"):
        ppc.summarize_spend(KW.drop(columns="cost"), PLANS, "2026-10-15")


def test_demo_spend_looks_sensible():
    if not (DEMO / "ppc_keywords.csv").exists():
        pytest.skip("the demo shop is not generated yet")
    from shopanalysis._schema import conform

    kw = conform(pd.read_csv(DEMO / "ppc_keywords.csv", dtype={"product_id": "str"}), "ppc_keywords")
    plans = conform(pd.read_csv(DEMO / "ppc_campaigns.csv"), "ppc_campaigns")
    peak = ppc.summarize_spend(kw, plans, "2025-11-11")
    assert peak["ran_out"].any()  # the 双11 campaigns run out on the peak day
    assert (peak["budget_used"].dropna() <= 1.0 + 1e-9).all()
    paused = ppc.summarize_spend(kw, plans, "2026-02-14")  # PPC paused over Spring Festival
    assert (paused["spend"] == 0).all() and paused.attrs["note"]
