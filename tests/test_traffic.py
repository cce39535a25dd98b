"""Tests for shopanalysis.traffic: source changes, channel mix and the healthy-mix check."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from shopanalysis import DataError, language
from shopanalysis import traffic as t
from shopanalysis._schema import CHANNELS

DEMO = Path(__file__).resolve().parents[1] / "data" / "samples" / "demo_shop"


def sources(rows):
    """(date, source, visitors, buyers, amount) tuples -> a traffic_sources frame."""
    return pd.DataFrame(rows, columns=["date", "source", "visitors", "paying_buyers", "paid_amount"]).assign(
        date=lambda d: pd.to_datetime(d["date"]))


TWO_DAYS = sources([
    ("2026-10-14", "手淘搜索", 3000, 60, 12_000.0),
    ("2026-10-14", "直通车", 500, 10, 2_000.0),
    ("2026-10-14", "购物车", 400, 20, 4_000.0),
    ("2026-10-15", "手淘搜索", 2180, 40, 8_000.0),
    ("2026-10-15", "直通车", 520, 10, 2_100.0),
    ("2026-10-15", "聚划算", 100, 5, 900.0),   # only today
])


def test_source_changes_hand_computed_and_sorted_by_absolute_change():
    out = t.source_changes(TWO_DAYS, "2026-10-15")
    assert list(out["source"]) == ["手淘搜索", "购物车", "聚划算", "直通车"]
    s = out.set_index("source")
    assert s.loc["手淘搜索", "visitors_change"] == -820
    assert s.loc["购物车", "visitors"] == 0 and s.loc["购物车", "visitors_change"] == -400  # gone today
    assert s.loc["聚划算", "visitors_before"] == 0 and s.loc["聚划算", "channel"] == "activity"
    total = -820 - 400 + 100 + 20
    assert out.attrs["total_visitors_change"] == total
    assert s.loc["手淘搜索", "share_of_visitors_change"] == pytest.approx(-820 / total)
    assert out["share_of_visitors_change"].sum() == pytest.approx(1.0)
    assert s.loc["手淘搜索", "sales_change"] == -4000
    assert s.loc["手淘搜索", "share_of_sales_change"] == pytest.approx(-4000 / (-4000 - 4000 + 100 + 900))
    assert s.loc["直通车", "buyers_change"] == 0
    assert "各来源之和" in out.attrs["base"]
    with language("en"):
        assert "sum of the sources" in t.source_changes(TWO_DAYS, "2026-10-15").attrs["base"]
    by_sales = t.source_changes(TWO_DAYS, "2026-10-15", sort_by="paid_amount")
    assert list(by_sales["source"][:2]) == ["手淘搜索", "购物车"]


def test_shares_are_measured_against_the_shop_when_given():
    # a visitor through two sources counts in both: the shop had fewer visitors than the sources' sum
    shop = pd.DataFrame({"date": pd.to_datetime(["2026-10-14", "2026-10-15"]), "visitors": [3600, 2600],
                         "paying_buyers": [85, 52], "paid_amount": [18_000.0, 11_000.0]})
    out = t.source_changes(TWO_DAYS, "2026-10-15", shop_daily=shop).set_index("source")
    assert out.attrs["total_visitors_change"] == -1000
    assert out.loc["手淘搜索", "share_of_visitors_change"] == pytest.approx(0.82)
    assert out["share_of_visitors_change"].sum() != pytest.approx(1.0)  # never assumed to add up
    assert "店铺整体的变化" in out.attrs["base"]
    with language("en"):
        assert "shop's own change" in t.source_changes(TWO_DAYS, "2026-10-15", shop_daily=shop).attrs["base"]


def test_trailing_mean_and_same_weekday_baselines():
    rows = [(d, "手淘搜索", 700 + i * 7, 7, 700.0) for i, d in enumerate(pd.date_range("2026-10-01", "2026-10-15"))]
    ts = sources(rows)
    out = t.source_changes(ts, "2026-10-15", against="trailing_7d_mean").iloc[0]
    assert out["visitors_before"] == pytest.approx(np.mean([700 + i * 7 for i in range(7, 14)]))
    week = t.source_changes(ts, "2026-10-15", against="same_weekday_last_week").iloc[0]
    assert week["visitors_before"] == 700 + 7 * 7 and week["visitors_change"] == 49


def test_first_day_has_nan_baseline_with_a_note_and_outside_dates_raise():
    out = t.source_changes(TWO_DAYS, "2026-10-14")
    assert out["visitors_before"].isna().all() and out["visitors_change"].isna().all()
    assert out.attrs["note"].startswith("无历史数据")
    with language("en"):
        assert t.source_changes(TWO_DAYS, "2026-10-14").attrs["note"].startswith("no history")
        with pytest.raises(DataError, match="2026-10-16 is outside the data.*2026-10-14 to 2026-10-15"):
            t.source_changes(TWO_DAYS, "2026-10-16")
    with pytest.raises(DataError, match="2026-10-16 不在数据范围内.*2026-10-14 到 2026-10-15"):
        t.source_changes(TWO_DAYS, "2026-10-16")
    with pytest.raises(ValueError, match="last_month"):
        t.source_changes(TWO_DAYS, "2026-10-15", against="last_month")


def test_source_changes_work_without_buyer_and_amount_columns():
    out = t.source_changes(TWO_DAYS[["date", "source", "visitors"]], "2026-10-15")
    assert "sales_change" not in out.columns and out["visitors_change"].sum() == -1100
    assert np.isnan(out.attrs["total_sales_change"])


def test_channel_mix_from_the_channel_column_or_the_source_mapping():
    ts = TWO_DAYS.assign(channel=["natural", "paid", "membership", "natural", "paid", "activity"])
    day = t.channel_mix(ts, "2026-10-15").set_index("channel")
    assert list(day.index) == list(CHANNELS)
    assert day.loc["natural", "visitors"] == 2180 and day.loc["membership", "visitors"] == 0
    assert day.loc["natural", "share"] == pytest.approx(2180 / 2800)
    assert day["share"].sum() == pytest.approx(1.0)
    derived = t.channel_mix(TWO_DAYS, "2026-10-15").set_index("channel")
    pd.testing.assert_series_equal(derived["share"], day["share"])
    # the table's own channel wins over the mapping; unknown sources are 'other'
    odd = ts.assign(source=["手淘搜索", "直通车", "购物车", "手淘搜索", "直通车", "某直播"],
                    channel=["natural", "paid", "membership", "natural", "paid", None])
    assert t.channel_mix(odd, "2026-10-15").set_index("channel").loc["other", "visitors"] == 100
    mine = t.channel_mix(TWO_DAYS, "2026-10-15", channels={"手淘搜索": "natural"}).set_index("channel")
    assert mine.loc["other", "visitors"] == 620


def test_channel_mix_over_a_range_or_month_and_against_the_shop():
    both = t.channel_mix(TWO_DAYS, ("2026-10-14", "2026-10-15")).set_index("channel")
    assert both.loc["natural", "visitors"] == 5180
    month = t.channel_mix(TWO_DAYS, "2026-10").set_index("channel")
    pd.testing.assert_frame_equal(both, month)
    shop = pd.DataFrame({"date": pd.to_datetime(["2026-10-15"]), "visitors": [2500]})
    vs_shop = t.channel_mix(TWO_DAYS, "2026-10-15", shop_daily=shop)
    assert vs_shop.set_index("channel").loc["natural", "share"] == pytest.approx(2180 / 2500)
    assert vs_shop.attrs["total_share"] == pytest.approx(2800 / 2500)  # more than 100%: overlapping sources
    assert "不一定是 100%" in vs_shop.attrs["base"]
    with language("en"):
        assert "need not add up" in t.channel_mix(TWO_DAYS, "2026-10-15", shop_daily=shop).attrs["base"]
        with pytest.raises(DataError, match="no traffic-source rows from 2026-11-01"):
            t.channel_mix(TWO_DAYS, "2026-11")
    with pytest.raises(DataError, match="2026-11-01 至 2026-11-30 没有流量来源数据"):
        t.channel_mix(TWO_DAYS, "2026-11")


def test_healthy_mix_is_the_documented_rule_of_thumb():
    assert t.HEALTHY_MIX == {"natural": (0.70, 1.00), "paid": (0.05, 0.10), "activity": (0.10, 0.20),
                             "membership": (0.10, 0.20), "other": (0.00, 0.05)}
    assert "rule of thumb" in t.__doc__ or "rule of thumb" in (t.check_mix.__doc__ or "")


@pytest.mark.parametrize("channel, share, status", [
    ("natural", 0.70, "ok"), ("natural", 0.699, "low"),
    ("paid", 0.05, "ok"), ("paid", 0.10, "ok"), ("paid", 0.101, "high"), ("paid", 0.049, "low"),
    ("activity", 0.25, "high"), ("membership", 0.05, "low"),
    ("other", 0.0, "ok"), ("other", 0.05, "ok"), ("other", 0.06, "high"),
])
def test_check_mix_boundaries(channel, share, status):
    out = t.check_mix({channel: share}).set_index("channel")
    assert out.loc[channel, "status"] == status
    advice = out.loc[channel, "advice"]
    assert {"ok": "之间", "low": "低于", "high": "高于"}[status] in advice
    with language("en"):
        advice = t.check_mix({channel: share}).set_index("channel").loc[channel, "advice"]
    assert {"ok": "within", "low": "below", "high": "above"}[status] in advice


def test_check_mix_reads_channel_mix_output_and_custom_ranges():
    mix = t.channel_mix(TWO_DAYS, "2026-10-15")
    out = t.check_mix(mix).set_index("channel")
    assert out.loc["natural", "status"] == "ok" and out.loc["paid", "status"] == "high"
    assert out.loc["membership", "status"] == "low" and "购物车" in out.loc["membership", "advice"]
    assert out.loc["paid", "advice"].startswith("付费流量占 18.6%，高于 10%：")
    assert out.loc["paid", "label"] == "付费流量"
    with language("en"):
        en = t.check_mix(mix).set_index("channel")
    assert en.loc["paid", "advice"].startswith("Paid 18.6% is above 10%: paid traffic above the range")
    assert list(en["status"]) == list(out["status"])  # codes, whatever the language
    custom = t.check_mix(mix, {"paid": (0.0, 0.25)})
    assert list(custom["channel"]) == ["paid"] and custom["status"].iloc[0] == "ok"
    with pytest.raises(ValueError, match="channel_mix"):
        t.check_mix(pd.DataFrame({"x": [1]}))


def test_nothing_is_mutated():
    before = TWO_DAYS.copy()
    t.source_changes(TWO_DAYS, "2026-10-15")
    t.channel_mix(TWO_DAYS, "2026-10-15")
    pd.testing.assert_frame_equal(TWO_DAYS, before)


def test_demo_traffic_looks_sensible():
    if not (DEMO / "traffic_sources.csv").exists():
        pytest.skip("the demo shop is not generated yet")
    from shopanalysis._schema import conform

    ts = conform(pd.read_csv(DEMO / "traffic_sources.csv"), "traffic_sources")
    sd = conform(pd.read_csv(DEMO / "shop_daily.csv"), "shop_daily")
    out = t.source_changes(ts, "2026-10-15", against="same_weekday_last_week", shop_daily=sd)
    assert out["share_of_visitors_change"].sum() == pytest.approx(1.0)  # the demo's sources add up by construction
    mix = t.channel_mix(ts, "2026-10", shop_daily=sd)
    assert mix.attrs["total_share"] == pytest.approx(1.0)
    assert t.check_mix(mix)["status"].isin(["ok", "low", "high"]).all()
    assert t.source_changes(ts, "2025-11-01").attrs["note"].startswith("无历史数据")


def test_the_healthy_mix_reads_in_words():
    zh = t.describe_healthy_mix()
    assert "自然流量至少 70%" in zh[0] and "付费流量 5%–10%" in zh[0] and "其他流量不超过 5%" in zh[0]
    with language("en"):
        en = t.describe_healthy_mix({"paid": (0.05, 0.15)})
    assert "rule of thumb" in en[0] and "Paid 5%-15%" in en[0]


def test_check_mix_advice_names_the_platforms_ads_and_events():
    low = {"paid": 0.01, "activity": 0.01}
    ranges = {"paid": (0.05, 0.10), "activity": (0.10, 0.20)}
    tmall = " ".join(t.check_mix(low, ranges)["advice"])  # not known: Tmall's words
    assert "直通车" in tmall and "聚划算、淘抢购" in tmall and "引力魔方" in tmall
    assert " ".join(t.check_mix(low, ranges, platform="tmall")["advice"]) == tmall
    jd = " ".join(t.check_mix(low, ranges, platform="jd")["advice"])
    assert "京东快车" in jd and "京东秒杀" in jd
    assert not any(word in jd for word in ("直通车", "聚划算", "淘抢购", "引力魔方"))
    pdd = " ".join(t.check_mix(low, ranges, platform="pdd")["advice"])
    assert "多多搜索" in pdd and "百亿补贴" in pdd and "直通车" not in pdd
    with language("en"):
        en = " ".join(t.check_mix(low, ranges, platform="jd")["advice"])
    assert "test JD Kuaiche or display ads" in en and "JD Flash Sale" in en


def test_a_source_takes_the_channel_of_its_last_row_and_the_frame_says_how_it_was_asked_for():
    ts = TWO_DAYS.assign(channel=["natural", "paid", "membership", "other", "unknown-code", "activity"])
    out = t.source_changes(ts, "2026-10-15", channels={"手淘搜索": "paid", "购物车": "natural"}, sort_by="paid_amount")
    s = out.set_index("source")["channel"]
    # the 15th's row: its own channel; a code the package does not know: the mapping's (none: other); the 14th's
    # row for a source gone today
    assert s.to_dict() == {"手淘搜索": "other", "直通车": "other", "购物车": "membership", "聚划算": "activity"}
    ts.loc[4, "source"] = "购物车"  # now the 15th's row of 购物车 has the unknown code: the mapping says natural
    assert t.source_changes(ts, "2026-10-15", channels={"购物车": "natural"}).set_index("source").loc["购物车", "channel"] \
        == "natural"
    assert s.dtype == "str" and out["source"].dtype == "str"
    assert {k: out.attrs[k] for k in ("date", "against", "sort_by", "with_shop_daily")} == {
        "date": "2026-10-15", "against": "previous_day", "sort_by": "paid_amount", "with_shop_daily": False}
    shop = pd.DataFrame({"date": pd.to_datetime(["2026-10-08", "2026-10-15"]), "visitors": [3000, 2600],
                         "paying_buyers": [85, 52], "paid_amount": [18_000.0, 11_000.0]})
    week = t.source_changes(TWO_DAYS, "2026-10-15", against="same_weekday_last_week", shop_daily=shop)
    assert week.attrs["with_shop_daily"] is True and week.attrs["sort_by"] == "visitors"
