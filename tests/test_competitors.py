"""Tests for shopanalysis.competitors on a tiny hand-made market: us and two rivals, two snapshots.

Every expected number below is worked out by hand from the rows in TINY and SHOPS.
"""

import numpy as np
import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import DataError, vocab
from shopanalysis import competitors as cp

US = "我们"


def comp_rows(rows):
    """(snapshot, shop, product_id, title, category, price, sales, reviews, rating, listed) -> competitors."""
    cols = ["snapshot_date", "shop", "product_id", "title", "category", "price", "monthly_sales", "review_count",
            "rating", "listed_date"]
    return pd.DataFrame(rows, columns=cols).assign(
        snapshot_date=lambda d: pd.to_datetime(d["snapshot_date"]),
        listed_date=lambda d: pd.to_datetime(d["listed_date"]))


S0, S1 = "2026-10-12", "2026-10-19"
TINY = comp_rows([
    (S0, US, "p1", "碎花裙", "连衣裙", 260.0, 300, 1000, 4.8, "2025-01-01"),
    (S0, US, "p2", "基础T恤", "T恤", 80.0, 200, 500, 4.7, "2025-01-01"),
    (S0, "A", "a1", "A碎花裙", "连衣裙", 200.0, 400, 800, 4.6, "2025-03-01"),
    (S0, "A", "a2", "AT恤", "T恤", 60.0, 500, 900, 4.5, "2025-03-01"),
    (S0, "B", "b1", "B长裙", "连衣裙", 300.0, 100, 200, 4.9, "2025-05-01"),
    (S0, "B", "b2", "BT恤", "T恤", 90.0, 50, 40, 4.4, "2025-05-01"),
    (S1, US, "p1", "碎花裙", "连衣裙", 260.0, 310, 1030, 4.8, "2025-01-01"),
    (S1, US, "p2", "基础T恤", "T恤", 72.0, 210, 520, 4.7, "2025-01-01"),
    (S1, "A", "a1", "A碎花裙", "连衣裙", 180.0, 600, 850, 4.6, "2025-03-01"),
    (S1, "A", "a2", "AT恤", "T恤", 60.0, 480, 930, 4.5, "2025-03-01"),
    (S1, "A", "a3", "A新裙", "连衣裙", 150.0, 90, 10, 4.7, "2026-10-16"),
    (S1, "B", "b1", "B长裙", "连衣裙", 300.0, 100, 210, 4.9, "2025-05-01"),
])
SHOPS = pd.DataFrame({
    "snapshot_date": pd.to_datetime([S0] * 3 + [S1] * 3),
    "shop": [US, "A", "B"] * 2,
    "dsr_description": [4.80, 4.85, 4.75, 4.78, 4.85, 4.77],
    "dsr_service": [4.70, 4.75, 4.80, 4.72, 4.76, 4.80],
    "dsr_shipping": [4.80, 4.70, 4.78, 4.80, 4.70, 4.75],
    "followers": [1000, 5000, 3000, 1010, 5100, 2990],
})


# --- snapshots and filters ----------------------------------------------------------------


def test_snapshot_is_the_nearest_on_or_before_the_date():
    assert cp.resolve_snapshot(TINY, "2026-10-18") == pd.Timestamp(S0)
    assert cp.resolve_snapshot(TINY, "2026-10-19") == pd.Timestamp(S1)
    assert cp.resolve_snapshot(TINY, "2026-12-31") == pd.Timestamp(S1)
    snap = cp.snapshot(TINY, "2026-10-25")
    assert len(snap) == 6 and snap.attrs["snapshot_date"] == pd.Timestamp(S1)
    assert list(snap.index) == list(range(6))


def test_no_snapshot_before_the_date_names_the_dates_there_are():
    with pytest.raises(DataError) as info:
        cp.snapshot(TINY, "2026-10-01")
    msg = str(info.value)
    assert "competitors 里没有 2026-10-01 当天或之前的快照" in msg
    assert "2026-10-12, 2026-10-19" in msg
    with pytest.raises(DataError, match="competitor_shops 里没有"):
        cp.compare_dsr(SHOPS, "2026-01-01", our_shop=US)
    with sa.language("en"), pytest.raises(DataError) as info:
        cp.snapshot(TINY, "2026-10-01")
    assert str(info.value) == ("no snapshot on or before 2026-10-01 in competitors; "
                               "the 2 snapshots are 2026-10-12, 2026-10-19")


def test_comparison_must_resolve_to_an_earlier_snapshot():
    with pytest.raises(DataError, match="不早于报告日"):
        cp.new_listings(TINY, S1, "2026-10-20", our_shop=US)  # 10-20 resolves to 10-19 itself
    with sa.language("en"), pytest.raises(DataError, match="is not before the snapshot"):
        cp.new_listings(TINY, S1, "2026-10-20", our_shop=US)


def test_filter_shops_include_exclude_and_our_shop_kept():
    assert sorted(cp.filter_shops(TINY, our_shop=US, include=["A"])["shop"].unique()) == sorted([US, "A"])
    assert sorted(cp.filter_shops(TINY, our_shop=US, exclude=["A"])["shop"].unique()) == sorted([US, "B"])
    assert len(cp.filter_shops(TINY, our_shop=US, include=[], exclude=[])) == len(TINY)
    assert sorted(cp.filter_shops(SHOPS, our_shop=US, include=["B"])["shop"].unique()) == sorted([US, "B"])
    with pytest.raises(DataError) as info:
        cp.filter_shops(TINY, our_shop=US, include=["Z小店"])
    assert "competitors 里没有店铺 ['Z小店']" in str(info.value) and "'A'" in str(info.value)


def test_our_shop_must_be_in_the_data():
    with pytest.raises(DataError, match=r"2026-10-19 的 competitors 里没有本店 '别人'；那天的店铺有"):
        cp.rank_shops(TINY, S1, our_shop="别人")
    with pytest.raises(DataError, match="没有本店"):
        cp.filter_shops(TINY, our_shop="别人")
    with sa.language("en"), pytest.raises(DataError, match=r"our shop '别人' is not in competitors at 2026-10-19"):
        cp.rank_shops(TINY, S1, our_shop="别人")


def test_missing_column_is_named():
    with pytest.raises(DataError, match=r"compare_prices 需要 competitors 表的列 \['category'\]"):
        cp.compare_prices(TINY.drop(columns="category"), S1, our_shop=US)
    with sa.language("en"), pytest.raises(DataError, match=r"compare_prices needs column\(s\) \['category'\]"):
        cp.compare_prices(TINY.drop(columns="category"), S1, our_shop=US)


def test_inputs_are_not_modified():
    comp, shops = TINY.copy(deep=True), SHOPS.copy(deep=True)
    cp.rank_shops(comp, S1, our_shop=US, since=S0)
    cp.compare_prices(comp, S1, our_shop=US)
    cp.compare_price_tiers(comp, S1, our_shop=US)
    cp.new_listings(comp, S1, S0, our_shop=US)
    cp.compare_reviews(comp, S1, our_shop=US, since=S0)
    cp.find_undercuts(comp, S1, our_shop=US)
    cp.find_changes(comp, shops, S1, S0, our_shop=US)
    cp.compare_dsr(shops, S1, our_shop=US, since=S0)
    cp.rank_dsr(shops, S1, our_shop=US)
    pd.testing.assert_frame_equal(comp, TINY)
    pd.testing.assert_frame_equal(shops, SHOPS)


# --- ranking and prices -------------------------------------------------------------------


def test_rank_shops_by_monthly_sales_with_the_week_before():
    r = cp.rank_shops(TINY, S1, our_shop=US, since=S0)
    assert list(r["shop"]) == ["A", US, "B"]
    s = r.set_index("shop")
    assert s.loc["A", "monthly_sales"] == 600 + 480 + 90
    assert s.loc[US, "monthly_sales"] == 520 and s.loc[US, "rank"] == 2 and s.loc[US, "rank_before"] == 2
    assert s.loc[US, "is_ours"] and not s.loc["A", "is_ours"]
    assert s.loc[US, "sales_estimate"] == 260 * 310 + 72 * 210  # 95,720: an estimate
    assert s.loc[US, "avg_price"] == pytest.approx(95_720 / 520)
    assert s.loc[US, "share"] == pytest.approx(520 / (1170 + 520 + 100))
    assert s.loc["A", "change_pct"] == pytest.approx(1170 / 900 - 1)
    assert s.loc["B", "monthly_sales_before"] == 150
    assert r.attrs["our_rank"] == 2 and r.attrs["n_shops"] == 3 and r.attrs["since"] == pd.Timestamp(S0)


def test_rank_shops_by_estimated_sales_amount():
    r = cp.rank_shops(TINY, S1, our_shop=US, value="sales_estimate").set_index("shop")
    # A 180*600 + 60*480 + 150*90 = 150,300; us 95,720; B 30,000
    assert r["sales_estimate"].to_dict() == {"A": 150_300.0, US: 95_720.0, "B": 30_000.0}
    assert r["rank"].to_dict() == {"A": 1, US: 2, "B": 3}
    old_name = cp.rank_shops(TINY, S1, our_shop=US, value="sales_amount")  # its former name still works
    assert old_name.attrs["value"] == "sales_estimate" and old_name["rank"].tolist() == [1, 2, 3]
    with pytest.raises(ValueError, match="销售额估算"):
        cp.rank_shops(TINY, S1, our_shop=US, value="gmv")
    with sa.language("en"), pytest.raises(ValueError, match="an estimate"):
        cp.rank_shops(TINY, S1, our_shop=US, value="gmv")


def test_rank_ties_share_the_better_rank():
    tie = TINY[TINY["snapshot_date"] == S1].assign(monthly_sales=100)  # A has 3 products -> 300; us 200, B 100
    tie.loc[tie["product_id"] == "b1", "monthly_sales"] = 200
    r = cp.rank_shops(tie, S1, our_shop=US).set_index("shop")
    assert r.loc[US, "rank"] == 2 and r.loc["B", "rank"] == 2


def test_compare_prices_per_category_hand_computed():
    p = cp.compare_prices(TINY, S1, our_shop=US)
    assert list(p["category"]) == ["连衣裙", "T恤"]  # 1,100 pieces before 690
    d = p.set_index("category").loc["连衣裙"]
    # ours [260]; rivals [150, 180, 300]
    assert (d["our_products"], d["our_price_median"], d["rival_products"]) == (1, 260.0, 3)
    assert d["rival_price_min"] == 150 and d["rival_price_max"] == 300
    assert d["rival_price_q1"] == pytest.approx(165.0) and d["rival_price_q3"] == pytest.approx(240.0)
    assert d["rival_price_median"] == 180.0
    assert d["price_gap_pct"] == pytest.approx(260 / 180 - 1)
    assert d["our_position_pct"] == pytest.approx(2 / 3)
    assert (d["our_sales"], d["rival_sales"]) == (310, 790)
    assert d["our_sales_share"] == pytest.approx(0.2818)
    t = p.set_index("category").loc["T恤"]
    assert t["our_position_pct"] == 1.0 and t["price_gap_pct"] == pytest.approx(0.2)


def test_price_position_counts_ties_as_half():
    comp = comp_rows([(S1, US, "1", "x", "裙", 100.0, 1, 0, 4.8, None),
                      (S1, "A", "2", "y", "裙", 100.0, 1, 0, 4.8, None),
                      (S1, "A", "3", "z", "裙", 50.0, 1, 0, 4.8, None)])
    assert cp.compare_prices(comp, S1, our_shop=US)["our_position_pct"].iloc[0] == pytest.approx(0.75)


def test_compare_prices_category_of_one_side_only_has_nan():
    comp = pd.concat([TINY, comp_rows([(S1, "B", "b9", "B外套", "外套", 500.0, 5, 0, 4.8, "2025-01-01")])])
    row = cp.compare_prices(comp, S1, our_shop=US).set_index("category").loc["外套"]
    assert row["our_products"] == 0 and np.isnan(row["our_price_median"]) and np.isnan(row["our_position_pct"])
    assert row["rival_price_median"] == 500.0


def test_compare_price_tiers_hand_computed():
    t = cp.compare_price_tiers(TINY, S1, our_shop=US, tiers=(0, 100, 200))
    assert list(t["tier"]) == ["¥0-100", "¥100-200", "¥200以上"]
    with sa.language("en"):
        assert cp.compare_price_tiers(TINY, S1, our_shop=US, tiers=(0, 100, 200))["tier"].iloc[-1] == "¥200+"
    # ours: 72 (210 pieces) and 260 (310); rivals: 60 (480), 150 (90), 180 (600), 300 (100)
    assert t["our_sales"].tolist() == [210, 0, 310]
    assert t["rival_sales"].tolist() == [480, 690, 100]
    assert t["our_share"].tolist() == pytest.approx([210 / 520, 0, 310 / 520])
    assert t["rival_share"].tolist() == pytest.approx([480 / 1270, 690 / 1270, 100 / 1270])
    with pytest.raises(ValueError, match="由低到高"):
        cp.compare_price_tiers(TINY, S1, our_shop=US, tiers=(0, 200, 100))


# --- listings, reviews, DSR -------------------------------------------------------------


def test_new_listings_with_days_listed_and_pace():
    n = cp.new_listings(TINY, S1, S0, our_shop=US)
    assert n["product_id"].tolist() == ["a3"]
    row = n.iloc[0]
    assert row["days_listed"] == 3  # 10-16 -> 10-19
    assert row["pieces_per_day"] == pytest.approx(90 / 3)
    # the category's other products at S1 sell 310, 600 and 100 a month: median 310 / 30 a day
    assert row["category_pace"] == pytest.approx(30 / (310 / 30))
    assert not row["is_ours"]
    assert n.attrs["since"] == pd.Timestamp(S0)


def test_new_listings_caps_the_window_and_falls_back_to_first_snapshot():
    old = TINY.assign(listed_date=TINY["listed_date"].where(TINY["product_id"] != "a3", pd.Timestamp("2026-08-01")))
    assert cp.new_listings(old, S1, S0, our_shop=US)["pieces_per_day"].iloc[0] == pytest.approx(90 / 30)
    n = cp.new_listings(TINY.drop(columns=["listed_date", "title"]), S1, S0, our_shop=US)
    assert n["days_listed"].iloc[0] == 0 and n["pieces_per_day"].iloc[0] == 90  # first seen at S1: at least a day
    assert n["title"].iloc[0] == "a3" and n["listed_date"].isna().all()


def test_new_listings_ignore_shops_added_to_tracking_later():
    extra = comp_rows([(S1, "新店", "n1", "新店裙", "连衣裙", 199.0, 50, 0, 4.8, "2024-01-01")])
    assert cp.new_listings(pd.concat([TINY, extra]), S1, S0, our_shop=US)["product_id"].tolist() == ["a3"]


def test_compare_reviews_weighted_rating_and_new_reviews():
    r = cp.compare_reviews(TINY, S1, our_shop=US, since=S0).set_index("shop")
    assert r.loc[US, "review_count"] == 1550
    assert r.loc[US, "rating"] == pytest.approx((4.8 * 1030 + 4.7 * 520) / 1550)
    assert r.loc[US, "new_reviews"] == 30 + 20
    assert r.loc["A", "new_reviews"] == 50 + 30 + 10  # a3 is new: all its reviews count
    assert r.loc["A", "low_rating_products"] == 1  # a2 rated 4.5 < 4.6
    assert r.loc["B", "rank"] == 1 and r.loc[US, "rank"] == 2


def test_compare_dsr_against_the_rivals():
    d = cp.compare_dsr(SHOPS, S1, our_shop=US, since=S0).set_index("dimension")
    desc = d.loc["dsr_description"]
    assert (desc["ours"], desc["rivals_mean"], desc["rivals_max"], desc["best_shop"]) == (4.78, 4.81, 4.85, "A")
    assert "label" not in d.columns  # the score's name is a label of the vocabulary, in the reader's language
    assert vocab.value_label("dimension", "dsr_description", lang="zh") == vocab.label("dsr_description", lang="zh")
    assert vocab.value_label("dimension", "dsr_service", lang="en") == vocab.label("dsr_service", lang="en")
    assert desc["gap_to_mean"] == pytest.approx(-0.03) and desc["gap_to_best"] == pytest.approx(-0.07)
    assert desc["our_rank"] == 2 and desc["n_shops"] == 3
    assert desc["ours_before"] == 4.80 and desc["our_change"] == pytest.approx(-0.02)
    svc = d.loc["dsr_service"]
    assert svc["rivals_mean"] == pytest.approx(4.78) and svc["our_rank"] == 3 and svc["best_shop"] == "B"
    ship = d.loc["dsr_shipping"]
    assert ship["our_rank"] == 1 and ship["gap_to_mean"] == pytest.approx(0.075)


def test_rank_dsr_differences_from_ours():
    r = cp.rank_dsr(SHOPS, S1, our_shop=US)
    assert r["shop"].tolist() == ["B", "A", US]  # mean DSR 4.7733, 4.77, 4.7667
    s = r.set_index("shop")
    assert s.loc["A", "dsr_description_vs_ours"] == pytest.approx(0.07)
    assert s.loc["B", "dsr_service_vs_ours"] == pytest.approx(0.08)
    assert (s.loc[US, ["dsr_description_vs_ours", "dsr_service_vs_ours", "dsr_shipping_vs_ours"]] == 0).all()
    assert s.loc["B", "followers"] == 2990


# --- undercuts, changes, suggestions ------------------------------------------------------


def test_find_undercuts_by_category_best_sellers_first():
    u = cp.find_undercuts(TINY, S1, our_shop=US)
    assert list(zip(u["our_title"], u["title"])) == [("碎花裙", "A碎花裙"), ("碎花裙", "A新裙"), ("基础T恤", "AT恤")]
    first = u.iloc[0]
    assert first["our_rank"] == 1 and first["undercut_pct"] == pytest.approx(1 - 180 / 260)
    assert first["sales_ratio"] == pytest.approx(600 / 310) and first["price_gap"] == 80
    assert u.iloc[2]["undercut_pct"] == pytest.approx(1 - 60 / 72)
    assert "B长裙" not in set(u["title"])  # dearer than ours
    tight = cp.find_undercuts(TINY, S1, our_shop=US, threshold=0.20, per_product=1)
    assert list(tight["title"]) == ["A碎花裙"]  # AT恤 is only 16.7% cheaper
    assert cp.find_undercuts(TINY, S1, our_shop=US, best_sellers=1)["our_title"].unique().tolist() == ["碎花裙"]


def test_undercut_threshold_is_inclusive():
    comp = comp_rows([(S1, US, "1", "我们的裙", "裙", 200.0, 10, 0, 4.8, None),
                      (S1, "A", "2", "便宜10%", "裙", 180.0, 10, 0, 4.8, None),
                      (S1, "A", "3", "便宜9.5%", "裙", 181.0, 10, 0, 4.8, None)])
    assert cp.find_undercuts(comp, S1, our_shop=US, threshold=0.10)["title"].tolist() == ["便宜10%"]
    with pytest.raises(ValueError, match="在 0 和 1 之间"):
        cp.find_undercuts(comp, S1, our_shop=US, threshold=10)


def test_find_changes_hand_computed():
    ch = cp.find_changes(TINY, SHOPS, S1, S0, our_shop=US)
    kinds = ch["finding_kind"].tolist()
    assert kinds == ["rank", "price_cut", "price_cut", "shop_sales", "shop_sales", "sales_surge", "new_listing",
                     "delisted", "dsr", "dsr", "dsr", "dsr"]
    assert all(vocab.value_label("finding_kind", k, lang="zh") != k for k in kinds)
    assert ch["before"].tolist()[3:5] == [150, 900] and ch["after"].tolist()[3:5] == [100, 1170]
    text = ch["finding"].tolist()
    assert text[0] == "按月销量，本店在 3 家店中排第 2（520 件），与 10-12 持平。"
    assert text[1] == "A把「A碎花裙」降价 10.0%：¥200 → ¥180。"
    assert text[2] == "本店把「基础T恤」降价 10.0%：¥80 → ¥72。"
    assert text[3] == "B月销量下降 33.3%：全店跟踪商品合计 150 → 100 件。"
    assert text[4] == "A月销量上升 30.0%：全店跟踪商品合计 900 → 1,170 件。"  # exactly the threshold
    assert text[5] == "A的「A碎花裙」月销量 400 → 600（+50.0%）。"
    assert text[6] == "A上新连衣裙「A新裙」，售价 ¥150，近 30 天卖出 90 件。"
    assert text[7] == "B下架了「BT恤」（原来月销 50 件，售价 ¥90）。"
    assert text[8:] == ["本店描述相符下降 0.02：4.80 → 4.78。", "本店服务态度上升 0.02：4.70 → 4.72。",
                        "B描述相符上升 0.02：4.75 → 4.77。", "B物流服务下降 0.03：4.78 → 4.75。"]
    assert ch.loc[1, "change"] == pytest.approx(-0.1) and ch["is_ours"].tolist()[2]
    with sa.language("en"):
        en = cp.find_changes(TINY, SHOPS, S1, S0, our_shop=US)["finding"].tolist()
    assert en[0] == "We are no. 2 of 3 shops by monthly sales (520 pieces), as on 10-12."
    assert en[1] == "A cut the price of A碎花裙 by 10.0%: ¥200 → ¥180."
    assert en[2] == "Our shop cut the price of 基础T恤 by 10.0%: ¥80 → ¥72."
    assert en[3] == "B: monthly sales fell 33.3%, 150 → 100 pieces across its products."
    assert en[5] == "A碎花裙 (A): monthly sales 400 → 600 (+50.0%)."
    assert en[6] == "A listed A新裙 (连衣裙) at ¥150: 90 sold in the last 30 days."
    assert en[7] == "B no longer lists BT恤 (it sold 50 a month at ¥90)."
    assert en[8:10] == ["Our shop: DSR description fell 0.02, 4.80 → 4.78.",
                        "Our shop: DSR service rose 0.02, 4.70 → 4.72."]


def test_find_changes_thresholds():
    ch = cp.find_changes(TINY, None, S1, S0, our_shop=US, price_move=0.11, sales_move=0.51, min_sales=500)
    assert "price_cut" not in set(ch["finding_kind"]) and "sales_surge" not in set(ch["finding_kind"])
    assert "shop_sales" not in set(ch["finding_kind"]) and "dsr" not in set(ch["finding_kind"])
    few = cp.find_changes(TINY, None, S1, S0, our_shop=US, min_sales=401)  # a1 had 400 a month before
    assert "sales_surge" not in set(few["finding_kind"])


def test_market_wide_price_moves_collapse_into_one_line():
    rows = []
    for shop in (US, "A", "B", "C"):
        for i, (p0, p1) in enumerate([(100.0, 95.0), (200.0, 190.0), (300.0, 300.0)]):
            rows.append((S0, shop, f"{shop}{i}", f"{shop}款{i}", "裙", p0, 100, 0, 4.8, "2025-01-01"))
            rows.append((S1, shop, f"{shop}{i}", f"{shop}款{i}", "裙", p1, 100, 0, 4.8, "2025-01-01"))
    comp = comp_rows(rows)
    ch = cp.find_changes(comp, None, S1, S0, our_shop=US)
    assert ch["finding_kind"].tolist() == ["rank", "market_price", "price_cut", "new_listing"]
    assert ch["finding"].iloc[1].startswith("3 家竞店中有 3 家给 25% 以上的商品降价（中位 -5.0%")
    assert ch["change"].iloc[1] == pytest.approx(-0.05)
    with sa.language("en"):
        en = cp.find_changes(comp, None, S1, S0, our_shop=US)["finding"].iloc[1]
    assert en.startswith("3 of 3 rivals cut prices on 25% or more of their products (median -5.0%")
    assert ch["shop"].iloc[2] == US  # our own move stays
    strict = cp.find_changes(comp, None, S1, S0, our_shop=US, broad=0.9)  # 2 of 3 products moved: not broad
    assert "market_price" not in set(strict["finding_kind"]) and (strict["finding_kind"] == "price_cut").sum() == 4


def test_no_new_listings_is_said():
    ch = cp.find_changes(TINY[TINY["product_id"] != "a3"], None, S1, S0, our_shop=US)
    assert "10-12 以来没有新上架的商品。" in ch["finding"].tolist()
    with sa.language("en"):
        ch = cp.find_changes(TINY[TINY["product_id"] != "a3"], None, S1, S0, our_shop=US)
    assert "No new listings since 10-12." in ch["finding"].tolist()


def test_suggest_undercut_sentence_quotes_the_numbers():
    u = cp.find_undercuts(TINY, S1, our_shop=US)
    products = pd.DataFrame({"product_id": ["p1", "p2"], "unit_cost": [120.0, 65.0]})
    lines = cp.suggest(undercuts=u, products=products)
    assert lines[0] == (
        "连衣裙里，A的「A碎花裙」卖 ¥180，比本店销量第一的「碎花裙」（¥260）便宜 31%，月销量是本店的 1.9 倍（600 对 310）："
        "先别降价，把贵出的 ¥80 值在哪里讲清楚（面料、版型、评价、详情页）；即使跟到 ¥180，每件仍比成本 ¥120 多 ¥60。")
    assert lines[1].startswith("T恤里，A的「AT恤」卖 ¥60，比本店销量第 2 的「基础T恤」（¥72）便宜 17%")
    assert lines[1].endswith("跟到 ¥60 就低于成本 ¥65，别拼价格，拼别的。")
    with sa.language("en"):
        lines = cp.suggest(undercuts=u, products=products)
    assert lines[0] == (
        "A's A碎花裙 at ¥180 undercuts our best seller 碎花裙 (¥260) by 31% in 连衣裙 and sells 1.9x as many a month "
        "(600 vs 310): before cutting, show what the ¥80 more buys (fabric, fit, reviews, detail page); matching ¥180 "
        "would still leave ¥60 a piece over the unit cost of ¥120.")
    assert lines[1].startswith("A's AT恤 at ¥60 undercuts our no. 2 seller 基础T恤 (¥72) by 17% in T恤")
    assert lines[1].endswith(
        "matching ¥60 would sell below the unit cost of ¥65: compete on something other than price.")
    assert len(cp.suggest(undercuts=u, top=1)) == 1


def test_suggest_when_the_undercutter_sells_less():
    u = cp.find_undercuts(TINY, S1, our_shop=US, threshold=0.35)  # only A新裙 (150, 42% below), 90 a month
    (line,) = cp.suggest(undercuts=u)
    assert line.endswith("但月销量不如本店（90 对 310）：每周看一次它的销量，价格先不动。")
    with sa.language("en"):
        (line,) = cp.suggest(undercuts=u)
    assert "but sells fewer (90 vs 310 a month): watch its sales weekly; no price move yet." in line


def test_suggest_listings_dsr_prices_and_ranking():
    listings = cp.new_listings(TINY, S1, S0, our_shop=US)
    dsr = cp.compare_dsr(SHOPS, S1, our_shop=US)
    prices = cp.compare_prices(TINY, S1, our_shop=US)
    lines = cp.suggest(listings=listings, dsr=dsr, prices=prices)
    assert lines[0].startswith("A 3 天前上新「A新裙」（连衣裙，¥150），日均卖 30.0 件，是同类目中位商品的 2.9 倍")
    # service gap -0.06 first, then description -0.03 (at the threshold); shipping is above the mean
    assert lines[1].startswith("本店服务态度 4.72，比竞店平均 4.78 低 0.06（3 家店中排第 3）")
    assert lines[2].startswith("本店描述相符 4.78，比竞店平均 4.81 低 0.03（3 家店中排第 2）")
    assert lines[3] == ("T恤：本店中位价 ¥72，比 100% 的竞品贵（竞品中位 ¥60）；本店每款月销 210 件，竞品每款 480 件："
                        "在主图和详情页把贵的理由讲出来，或在 ¥60 左右加一款入门款。")
    assert len(lines) == 4  # 连衣裙 at 67% is neither dear nor cheap
    with sa.language("en"):
        lines = cp.suggest(listings=listings, dsr=dsr, prices=prices)
    assert lines[0].startswith("A listed A新裙 (连衣裙, ¥150) 3 days ago and it sells 30.0 a day, 2.9x the category's")
    assert lines[1].startswith("Our DSR service 4.72 is 0.06 below the rivals' mean (4.78; no. 3 of 3 shops)")
    assert lines[3] == (
        "In T恤 our median price ¥72 is above 100% of the rivals' products (their median ¥60), and we sell 210 "
        "pieces a month per product against their 480: make the higher price visible in the main image and "
        "detail page, or add an entry product near ¥60.")
    ranking = pd.DataFrame({"shop": ["B", US], "is_ours": [False, True], "monthly_sales": [600, 520],
                            "rank": [1, 2], "rank_before": [2, 1], "change_pct": [0.5, 0.0]})
    assert cp.suggest(ranking=ranking) == ["B的月销量超过了本店（600 对 520，比对比日 +50.0%）：看看它的新品和调价。"]
    with sa.language("en"):
        assert cp.suggest(ranking=ranking) == [
            "B passed us in monthly sales (600 vs our 520, +50.0% since the comparison date): "
            "look at its new listings and price moves."]
    assert cp.suggest() == []


def test_labels_come_from_the_vocabulary_in_the_reader_s_language():
    assert cp.LABELS["pieces_per_day"] == "日均销量" and cp.DSR_LABELS["dsr_service"] == "服务态度"
    assert cp.LABELS["sales_estimate"] == "销售额估算" and "sales_estimate" in list(cp.LABELS)
    with sa.language("en"):
        assert cp.LABELS["monthly_sales_before"] == "Monthly sales (before)"
        assert cp.DSR_LABELS["dsr_description"] == "DSR description"
    with pytest.raises(KeyError):
        cp.LABELS["no_such_column"]


def test_list_products_of_a_category():
    out = cp.list_products(TINY, S1, our_shop=US, category="连衣裙", top=2)
    assert out["title"].tolist() == ["A碎花裙", "碎花裙"] and out["is_ours"].tolist() == [False, True]
