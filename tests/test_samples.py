"""Tests of the seeded sample shops (shopanalysis.samples): files, contract, invariants, realism."""

from __future__ import annotations

import io
import re

import numpy as np
import pandas as pd
import pytest

from shopanalysis import Shop, customer_service, samples
from shopanalysis._schema import DTYPES, TABLES, conform
from shopanalysis.checks import check_consistency

START, END = pd.Timestamp("2025-11-01"), pd.Timestamp("2026-10-31")


@pytest.fixture(scope="module")
def demo() -> Shop:
    return samples.generate_demo_shop()


@pytest.fixture(scope="module")
def jd() -> Shop:
    return samples.generate_jd_shop()


def per_day(df: pd.DataFrame, col: str, by: str = "date") -> pd.Series:
    return df.groupby(pd.to_datetime(df[by]).dt.normalize())[col].sum()


def cents(s: pd.Series) -> pd.Series:
    return (s * 100).round().astype("int64")


# ---------------------------------------------------------------- files


def test_cli_rewrites_the_bundled_files_byte_for_byte(tmp_path, capsys):
    assert samples.main(["--out", str(tmp_path)]) == 0
    printed = capsys.readouterr().out
    for bundled in (samples.demo_dir(), samples.jd_dir()):
        fresh = tmp_path / bundled.name
        names = sorted(p.name for p in bundled.iterdir())
        assert names == sorted(p.name for p in fresh.iterdir())
        for name in names:
            assert (fresh / name).read_bytes() == (bundled / name).read_bytes(), f"{bundled.name}/{name} is stale"
            assert name in printed
    assert len([ln for ln in printed.splitlines() if "rows" in ln]) == len(TABLES) + len(samples.JD_FILES)


def test_bundled_demo_files_are_one_csv_per_table():
    assert sorted(p.name for p in samples.demo_dir().iterdir()) == sorted(
        [f"{t}.csv" for t in TABLES] + [samples.SHOP_INFO_FILE])


@pytest.mark.parametrize("name", list(TABLES))
def test_bundled_demo_csv_reads_back_equal(demo, name):
    path = samples.demo_dir() / f"{name}.csv"
    raw = path.read_bytes()
    assert b"\r" not in raw and raw.endswith(b"\n")
    back = conform(pd.read_csv(path), name)
    pd.testing.assert_frame_equal(back, getattr(demo, name), check_exact=True)


def test_bundled_data_stays_small():
    total = sum(p.stat().st_size for d in (samples.demo_dir(), samples.jd_dir()) for p in d.iterdir())
    assert total < 25 * 1024 * 1024


def test_sample_folders_follow_the_environment_variable(monkeypatch, tmp_path):
    assert samples.demo_dir() == samples.samples_dir() / "demo_shop"
    assert (samples.samples_dir() / "demo_shop" / "orders.csv").exists()
    monkeypatch.setenv(samples.ENV_VAR, str(tmp_path))
    assert samples.demo_dir() == tmp_path / "demo_shop"
    assert samples.jd_dir() == tmp_path / "jd_home"


# ---------------------------------------------------------------- contract


@pytest.mark.parametrize("name", list(TABLES))
def test_every_table_has_every_contract_column_with_canonical_dtypes(demo, name):
    spec = TABLES[name]
    df = getattr(demo, name)
    assert df is not None and len(df) > 0
    assert list(df.columns) == spec.names
    pd.testing.assert_frame_equal(conform(df, name), df)
    for col in spec.columns:
        s = df[col.name]
        if col.kind != "int" or not s.isna().any():
            assert str(s.dtype) == DTYPES[col.kind], (name, col.name, s.dtype)
        if col.required:
            assert s.notna().all(), (name, col.name)
        if col.low is not None:
            assert (s.dropna() >= col.low).all(), (name, col.name)
        if col.high is not None:
            assert (s.dropna() <= col.high).all(), (name, col.name)
    assert not df.duplicated(list(spec.key)).any(), f"{name}: key {spec.key} not unique"
    for a, b in spec.at_most:
        both = df[[a, b]].dropna()
        assert (both[a] <= both[b]).all(), (name, a, b)


def test_dates_cover_the_demo_year(demo):
    assert demo.shop_daily["date"].tolist() == list(pd.date_range(START, END))
    assert demo.orders["paid_at"].between(START, END + pd.Timedelta(days=1)).all()


def test_generation_is_deterministic_and_returns_independent_copies(demo):
    again = samples.generate_demo_shop()
    again.orders.loc[0, "paid_amount"] = -1.0
    fresh = samples.generate_demo_shop()
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(fresh, name), getattr(demo, name), check_exact=True)
    assert fresh.orders.loc[0, "paid_amount"] != -1.0


def test_knobs_change_the_shop_and_keep_it_consistent():
    small = samples.generate_demo_shop(n_keywords=40, orders_scale=0.1)
    assert small.ppc_keywords["keyword"].nunique() == 40
    assert 3_000 < len(small.orders) < 8_000
    assert check_consistency(small) == []
    other = samples.generate_demo_shop(seed=7, n_keywords=40, orders_scale=0.1, n_agents=6, n_rivals=3,
                                       n_designers=2, n_products=20)
    assert len(other.products) == 20 and len(other.cs_agents) == 6
    assert other.competitors["shop"].nunique() == 4
    assert set(other.design_tasks["designer"]) <= {"阿楠", "小林"}
    assert not other.orders["paid_amount"].equals(small.orders["paid_amount"])
    assert check_consistency(other) == []


@pytest.mark.parametrize("kwargs", [{"n_products": 5}, {"n_agents": 3}, {"orders_scale": 0.0},
                                    {"start": "2026-01-01", "end": "2026-01-05"}])
def test_bad_knobs_are_refused(kwargs):
    with pytest.raises(ValueError):
        samples.generate_demo_shop(**kwargs)


# ---------------------------------------------------------------- invariants


def test_traffic_sources_add_up_to_the_shop_exactly(demo):
    ts, sd = demo.traffic_sources, demo.shop_daily.set_index("date")
    for col in ("visitors", "paying_buyers"):
        assert per_day(ts, col).equals(sd[col])
    amount = ts.assign(c=cents(ts["paid_amount"])).groupby("date")["c"].sum()
    assert amount.equals(cents(sd["paid_amount"]))


def test_orders_add_up_to_the_shop_exactly(demo):
    od = demo.orders.assign(day=demo.orders["paid_at"].dt.normalize(), c=cents(demo.orders["paid_amount"]))
    sd = demo.shop_daily.set_index("date")
    g = od.groupby("day")
    assert g["c"].sum().equals(cents(sd["paid_amount"]))
    assert g.size().equals(sd["paying_buyers"])
    assert g["buyer_id"].nunique().equals(sd["paying_buyers"])
    assert g["items"].sum().equals(sd["paid_orders"])


def test_order_channels_are_the_traffic_sources(demo):
    od = demo.orders.assign(date=demo.orders["paid_at"].dt.normalize(), c=cents(demo.orders["paid_amount"]))
    by_source = od.groupby(["date", "channel"]).agg(n=("c", "size"), c=("c", "sum"))
    ts = demo.traffic_sources.set_index(["date", "source"])
    ts = ts[ts["paying_buyers"] > 0]
    assert by_source["n"].sort_index().equals(ts["paying_buyers"].sort_index().rename("n"))
    assert by_source["c"].sort_index().equals(cents(ts["paid_amount"]).sort_index().rename("c"))


def test_ppc_visitors_are_88_to_100_percent_of_clicks(demo):
    ts = demo.traffic_sources
    visitors = per_day(ts[ts["source"] == "直通车"], "visitors").reindex(pd.date_range(START, END), fill_value=0)
    clicks = per_day(demo.ppc_keywords, "clicks").reindex(pd.date_range(START, END), fill_value=0)
    assert (visitors <= clicks).all()
    assert (visitors >= 0.88 * clicks).all()
    assert (visitors > 0).sum() >= 350


def test_products_add_up_to_the_shop_exactly(demo):
    pdly, sd = demo.products_daily, demo.shop_daily.set_index("date")
    for col in ("visitors", "paying_buyers"):
        assert per_day(pdly, col).equals(sd[col])
    assert pdly.assign(c=cents(pdly["paid_amount"])).groupby("date")["c"].sum().equals(cents(sd["paid_amount"]))
    assert (pdly["clicks"] >= pdly["visitors"]).all()


def test_customer_service_sales_stay_below_shop_sales_and_follow_the_roster(demo):
    cs, sd = demo.cs_daily, demo.shop_daily.set_index("date")
    share = per_day(cs, "sales_amount") / sd["paid_amount"]
    assert (share <= 1).all() and 0.3 < share.median() < 0.5
    roster = demo.cs_roster.set_index(["date", "agent"])["shift"]
    on = roster.reindex(pd.MultiIndex.from_frame(cs[["date", "agent"]]))
    assert on.notna().all() and (on != "off").all()
    assert len(cs) == (demo.cs_roster["shift"] != "off").sum()


def test_search_terms_add_up_to_their_keywords(demo):
    st, kw = demo.ppc_search_terms, demo.ppc_keywords
    keys = ["date", "matched_keyword"]
    kwsum = kw.rename(columns={"keyword": "matched_keyword"}).groupby(keys)
    stsum = st.groupby(keys)
    for col in ("clicks", "orders"):
        k = kwsum[col].sum()
        k = k[kwsum["clicks"].sum() > 0]
        assert stsum[col].sum().sort_index().equals(k.sort_index())
    k_cost = kw.assign(c=cents(kw["cost"])).rename(columns={"keyword": "matched_keyword"}).groupby(keys)["c"].sum()
    s_cost = st.assign(c=cents(st["cost"])).groupby(keys)["c"].sum()
    assert s_cost.equals(k_cost.reindex(s_cost.index))


def test_refunds_match_resolved_after_sales_cases(demo):
    af = demo.after_sales
    done = af[(af["status"] == "resolved") & af["kind"].isin(["仅退款", "退货退款"])]
    by_day = done.assign(day=done["resolved"].dt.normalize(), c=cents(done["amount"])).groupby("day")["c"].sum()
    sd = demo.shop_daily.set_index("date")
    assert by_day.reindex(sd.index, fill_value=0).equals(cents(sd["refund_amount"]))
    assert set(demo.orders.loc[demo.orders["refunded"], "order_id"]) == set(done["order_id"])
    assert af["order_id"].isin(demo.orders["order_id"]).all()
    assert (af["opened"] >= demo.orders.set_index("order_id").loc[af["order_id"], "paid_at"].to_numpy()).all()


def test_product_ids_are_one_namespace(demo):
    ours = set(demo.products["product_id"])
    for name in ("products_daily", "ppc_keywords", "design_tasks"):
        assert set(getattr(demo, name)["product_id"]) <= ours
    comp = demo.competitors
    assert set(comp.loc[comp["shop"] == samples.OUR_SHOP, "product_id"]) <= ours
    assert not set(comp.loc[comp["shop"] != samples.OUR_SHOP, "product_id"]) & ours
    assert comp["product_id"].str.fullmatch(r"\d{12}").all()


def test_demo_and_jd_shops_pass_every_check(demo, jd):
    assert check_consistency(demo) == []
    assert check_consistency(jd) == []


# ---------------------------------------------------------------- realism


def test_conversion_and_order_value_are_plausible(demo):
    sd = demo.shop_daily
    conv = sd["paying_buyers"] / sd["visitors"]
    assert 0.01 <= conv.median() <= 0.03
    aov = sd["paid_amount"].sum() / sd["paying_buyers"].sum()
    assert 150 <= aov <= 300
    monthly = sd.groupby(sd["date"].dt.month).apply(lambda g: g["paid_amount"].sum() / g["paying_buyers"].sum())
    assert monthly.loc[[6, 7, 8]].max() < monthly.loc[[11, 12, 1]].min()  # coats raise winter order value


def test_double_eleven_is_by_far_the_biggest_day_and_618_leads_june(demo):
    s = demo.shop_daily.set_index("date")["paid_amount"]
    top = s.sort_values(ascending=False)
    assert top.index[0] == pd.Timestamp("2025-11-11")
    assert top.iloc[0] > 2 * top.iloc[1]
    june = s["2026-06"]
    assert june.idxmax() == pd.Timestamp("2026-06-18")
    assert june["2026-06-10":"2026-06-17"].mean() > s["2026-05-01":"2026-05-20"].mean()  # the ramp
    assert s["2026-10-20":"2026-10-31"].mean() > 1.3 * s["2026-09-15":"2026-10-14"].mean()  # pre-sale


def test_spring_festival_is_a_trough(demo):
    s = demo.shop_daily.set_index("date")["paid_amount"]
    assert s["2026-02-10":"2026-02-24"].mean() < 0.5 * s["2026-01"].mean()
    assert s.idxmin() in pd.date_range("2026-02-10", "2026-02-24")


def test_weekday_rhythm(demo):
    sd = demo.shop_daily
    normal = sd[sd["date"].dt.month.isin([4, 5, 7, 8, 9])]
    v = normal.groupby(normal["date"].dt.day_of_week)["visitors"].median()
    assert v[6] > v[4] and v[5] > v[4]
    conv = (normal["paying_buyers"] / normal["visitors"]).groupby(normal["date"].dt.day_of_week).median()
    assert conv[6] > conv[4]
    hour = demo.orders["paid_at"].dt.hour
    assert hour.value_counts().idxmax() in (20, 21, 22)
    assert hour[demo.orders["paid_at"].dt.normalize() == pd.Timestamp("2025-11-11")].value_counts().idxmax() == 0


def test_traffic_mix_has_every_channel(demo):
    ts = demo.traffic_sources
    mix = ts.groupby("channel")["visitors"].sum() / ts["visitors"].sum()
    assert set(mix.index) == {"natural", "paid", "activity", "membership", "other"}
    assert 0.55 < mix["natural"] < 0.75 and 0.05 < mix["paid"] < 0.2
    juhuasuan = ts[ts["source"] == "聚划算"]
    assert pd.Timestamp("2025-11-11") in set(juhuasuan["date"]) and len(juhuasuan) < 120


def test_ppc_prices_and_click_rates_are_plausible(demo):
    kw = demo.ppc_keywords
    assert 0.6 <= kw["cost"].sum() / kw["clicks"].sum() <= 2.5
    assert 0.01 <= kw["clicks"].sum() / kw["impressions"].sum() <= 0.05
    daily = kw.groupby("date")[["cost", "clicks", "impressions"]].sum()
    assert (daily["cost"] / daily["clicks"]).between(0.6, 2.5).all()
    assert (kw["cost"] <= kw["bid"] * kw["clicks"] * 1.15 + 0.01).all()
    assert kw["keyword"].nunique() == 200 and kw["campaign"].nunique() == 5
    assert (kw["impressions"] > 0).all()


def test_ppc_is_paused_over_spring_festival(demo):
    no_ppc = pd.date_range(START, END).difference(pd.DatetimeIndex(demo.ppc_keywords["date"].unique()))
    assert list(no_ppc) == list(pd.date_range(*samples.PPC_PAUSE))
    ts = demo.traffic_sources
    assert not ts[(ts["source"] == "直通车") & ts["date"].isin(no_ppc)].size
    assert not demo.ppc_search_terms["date"].isin(no_ppc).any()


def test_some_campaign_days_run_out_of_budget(demo):
    kw, camp = demo.ppc_keywords, demo.ppc_campaigns.set_index("campaign")
    spend = kw.assign(c=cents(kw["cost"])).groupby(["campaign", "date"])["c"].sum().reset_index()
    spend["budget"] = cents(camp.loc[spend["campaign"], "daily_budget"]).to_numpy()
    assert (spend["c"] <= spend["budget"]).all()
    hit = spend[spend["c"] == spend["budget"]]
    assert len(hit) >= 30 and hit["campaign"].value_counts().idxmax() == "日常-连衣裙"
    assert pd.isna(camp.loc["日常-连衣裙", "end"]) and camp["daily_budget"].gt(0).all()


def test_keyword_roles_tell_their_stories(demo):
    kw = demo.ppc_keywords
    g = kw.groupby("keyword")[["impressions", "clicks", "cost", "orders", "gmv"]].sum()
    roles = {k: r for k, r, _ in samples._DEMO_ROLE_KEYWORDS}
    winners = g.loc[[k for k, r in roles.items() if r == "winner"]]
    assert (winners["gmv"] / winners["cost"] >= 4).all()
    burners = g.loc[[k for k, r in roles.items() if r == "burner"]]
    assert (burners["clicks"] >= 3000).all() and (burners["orders"] / burners["clicks"] < 0.003).all()
    assert (g.loc[list(samples._NEVER_CONVERT), "orders"] == 0).all()
    low = g.loc[[k for k, r in roles.items() if r == "low_ctr"]]
    assert (low["clicks"] / low["impressions"] < 0.01).all() and (low["impressions"] > 300_000).all()
    assert g["clicks"].between(5, 30).sum() >= 15  # too little data to judge
    assert (g["clicks"] / g["impressions"]).median() > 0.015


def test_search_terms_include_converting_non_keywords(demo):
    st, kw = demo.ppc_search_terms, demo.ppc_keywords
    new = st[~st["search_term"].isin(set(kw["keyword"]))]
    assert 0.3 < len(new) / len(st) < 0.8
    g = st.groupby("search_term")[["clicks", "orders"]].sum()
    for term, keyword in samples._DISCOVERY_TERMS:
        assert term in new["search_term"].values
        kw_rate = kw.loc[kw["keyword"] == keyword, "orders"].sum() / kw.loc[kw["keyword"] == keyword, "clicks"].sum()
        assert g.loc[term, "orders"] / g.loc[term, "clicks"] > 1.5 * kw_rate


def test_main_image_changes_move_click_rates(demo):
    pdly = demo.products_daily
    ctr = pdly.groupby(["product_name", "main_image"])[["clicks", "impressions"]].sum()
    ctr = ctr["clicks"] / ctr["impressions"]
    assert ctr["法式碎花茶歇连衣裙"]["v2"] > 1.3 * ctr["法式碎花茶歇连衣裙"]["v1"]
    assert ctr["基础款纯棉圆领T恤"]["v2"] < 0.8 * ctr["基础款纯棉圆领T恤"]["v1"]
    assert abs(ctr["高腰直筒牛仔裤"]["v2"] / ctr["高腰直筒牛仔裤"]["v1"] - 1) < 0.05
    assert pdly.groupby("product_id")["main_image"].nunique().max() == 3


def test_customer_service_bands_and_agent_stories(demo):
    cs = demo.cs_daily
    assert 0.3 <= cs["inquiry_buyers"].sum() / cs["inquiries"].sum() <= 0.6
    assert 5 <= cs["first_response_s"].median() <= 40
    by = cs.groupby("agent").agg(q=("inquiries", "sum"), b=("inquiry_buyers", "sum"),
                                 fr=("first_response_s", "median"), bad=("bad_reviews", "sum"),
                                 res=("bad_reviews_resolved", "sum"))
    conv = by["b"] / by["q"]
    assert conv.between(0.3, 0.6).all() and conv.idxmax() == "小美"
    assert by["fr"].idxmin() == "阿杰" and by["fr"].idxmax() == "小雨" and by.loc["小雨", "fr"] > 20
    assert (by["res"] / by["bad"]).idxmin() == "丽丽"
    doudou = cs[cs["agent"] == "豆豆"].set_index("date")
    assert doudou.index.min() >= pd.Timestamp("2026-03-02")
    early, late = doudou[:"2026-04-15"], doudou["2026-08-01":]
    assert late["inquiry_buyers"].sum() / late["inquiries"].sum() > early["inquiry_buyers"].sum() / early["inquiries"].sum() + 0.08
    ag = demo.cs_agents
    assert 6 <= len(ag) <= 8 and set(ag["level"]) == {"P1", "P2", "P3", "P4"}


def test_roster_breaks_only_the_planted_rules(demo):
    """The roster is built to break the rules it was planned against only where ROSTER_VIOLATIONS says."""
    found = customer_service.check_roster(demo.cs_roster, rules=["coverage", "night_then_day", "no_day_off"])
    assert sorted((r.rule, f"{r.date:%Y-%m-%d}", r.agent or "") for r in found.itertuples()) == sorted(
        samples.ROSTER_VIOLATIONS)
    assert set(demo.cs_roster["shift"]) == {"day", "half", "night", "off"}


def test_orders_buyers_and_phones(demo):
    od = demo.orders
    assert 30_000 <= len(od) <= 60_000
    per_buyer = od["buyer_id"].value_counts()
    assert 0.1 < (per_buyer >= 2).mean() < 0.35 and per_buyer.max() >= 10
    assert od["buyer_phone"].str.fullmatch(r"1[3-9]\d{9}").all()
    assert od.groupby("buyer_id")["buyer_phone"].nunique().max() == 1
    assert od["order_id"].is_unique and od["order_id"].str.fullmatch(r"\d{18}").all()
    assert od["province"].nunique() >= 30 and od["province"].value_counts().index[0] == "广东省"
    assert 0.05 < od["refunded"].mean() < 0.2


def test_after_sales_has_open_and_timed_out_cases(demo):
    af = demo.after_sales
    still = af[af["status"] != "resolved"]
    assert 5 <= len(still) <= 80 and still["resolved"].isna().all()
    assert set(still["status"]) == {"open", "waiting_buyer", "escalated"}
    assert (af.loc[af["status"] == "resolved", "resolved"].notna()).all()
    assert ((af["resolved"] == af["deadline"]).sum()) > 50  # the platform decided for the buyer
    assert (af["resolved"].dropna() <= af.loc[af["resolved"].notna(), "deadline"]).mean() > 0.9
    assert set(af["kind"]) == {"仅退款", "退货退款", "换货", "投诉"}


def test_design_tasks_have_late_and_open_work(demo):
    dt = demo.design_tasks
    late = (dt["delivered"] > dt["due"]).groupby(dt["designer"]).mean()
    assert late.idxmax() == "小林" and late["小林"] > 0.4 and late["阿楠"] == 0
    open_ = dt[dt["delivered"].isna()]
    assert 2 <= len(open_) <= 8 and (open_["requested"] >= END - pd.Timedelta(days=14)).all()
    assert (open_["due"] < END).any()  # one is already overdue
    changes = dt[(dt["asset"] == "main_image") & dt["live_from"].notna()]
    assert len(changes) >= 10 and set(dt["asset"]) == {"main_image", "detail_page", "activity_page", "ad_creative"}


def test_products_and_competitors(demo):
    pr = demo.products
    assert 40 <= len(pr) <= 60 and pr["category"].nunique() >= 7
    margin = 1 - pr["unit_cost"] / pr["price"]
    assert margin.between(0.39, 0.61).all()
    assert (pr["listed_date"] > START).sum() >= 10
    comp = demo.competitors
    assert comp["shop"].nunique() == 11 and samples.OUR_SHOP in set(comp["shop"])
    snaps = sorted(comp["snapshot_date"].unique())
    assert len(snaps) == 52 and all(d.day_of_week == 0 for d in pd.DatetimeIndex(snaps))
    assert set(demo.competitor_shops["shop"]) == set(comp["shop"])
    first, last = comp[comp["snapshot_date"] == snaps[0]], comp[comp["snapshot_date"] == snaps[-1]]
    grow = last.groupby("shop").size() - first.groupby("shop").size()
    assert grow.idxmax() == "南风小筑"
    sales = comp.groupby(["shop", "snapshot_date"])["monthly_sales"].sum().unstack()
    assert sales.loc["暖暖衣舍", snaps[-1]] < sales.loc["暖暖衣舍", snaps[0]]


def test_targets_are_sometimes_missed(demo):
    t = demo.targets.set_index("month")["target_amount"]
    sd = demo.shop_daily
    actual = sd.groupby(sd["date"].dt.strftime("%Y-%m"))["paid_amount"].sum()
    hit = actual >= t
    assert len(t) == 12 and 3 <= (~hit).sum() <= 7 and not hit["2026-02"]


# ---------------------------------------------------------------- the JD exports


def read_export(path, name: str) -> pd.DataFrame:
    """Read one JD export the simplest way that works (a stand-in for shopanalysis.io)."""
    spec = TABLES[name]
    alias = {a: c.name for c in spec.columns for a in (c.name, *c.aliases)}
    lines = path.read_bytes().decode("gbk").split("\r\n")
    start = next(i for i, line in enumerate(lines) if any(h in alias for h in line.split(",")))
    df = pd.read_csv(io.StringIO("\n".join(lines[start:])), dtype=str, keep_default_na=False)
    df = df[df.iloc[:, 0] != "合计"]
    df = df[[c for c in df.columns if c in alias]].rename(columns=alias)
    out = {}
    for col in spec.columns:
        if col.name not in df:
            continue
        s = df[col.name].replace("-", None)
        if col.kind in ("int", "money", "float", "seconds"):
            s = pd.to_numeric(s.str.replace(",", ""))
        elif col.kind == "rate":
            s = pd.to_numeric(s.str.rstrip("%")) / 100
        elif col.kind in ("date", "datetime"):
            fmt = "%Y%m%d" if s.str.fullmatch(r"\d{8}").all() else "mixed"
            s = pd.to_datetime(s, format=fmt)
        elif col.kind == "bool":
            s = s.map({"是": True, "否": False})
        elif col.kind == "category":
            s = s.map(lambda v, m=col.values: m.get(v, v))
        out[col.name] = s
    return conform(pd.DataFrame(out), name)


@pytest.mark.parametrize("name", list(samples.JD_FILES))
def test_jd_exports_read_back_into_the_canonical_frames(jd, name):
    back = read_export(samples.jd_dir() / samples.JD_FILES[name], name)
    pd.testing.assert_frame_equal(back, getattr(jd, name))


@pytest.mark.parametrize("name", list(samples.JD_FILES))
def test_jd_exports_look_like_platform_exports(name):
    fn = samples.JD_FILES[name]
    spec = TABLES[name]
    assert fn[:-4] in spec.file_aliases
    raw = (samples.jd_dir() / fn).read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    lines = raw.decode("gbk").split("\r\n")
    known = {a for c in spec.columns for a in c.aliases} | {a for d in spec.derived for a in d.aliases}
    header_at = 0 if name == "orders" else 1
    if header_at:
        assert "至" in lines[0] and "," not in lines[0]
    header = lines[header_at].split(",")
    assert set(header) <= known, set(header) - known
    assert any("\u4e00" <= ch <= "\u9fff" for ch in header[0])
    body = "\r\n".join(lines[header_at + 1:])
    if name != "orders":
        assert re.search(r'"\d{1,3}(,\d{3})+(\.\d\d)?"', body)  # thousands separators, quoted
    has_total = lines[-2].startswith("合计")
    assert has_total == (name in ("shop_daily", "ppc_keywords", "cs_daily"))


def test_jd_exports_use_mixed_dates_percents_and_dashes():
    text = {n: (samples.jd_dir() / f).read_bytes().decode("gbk") for n, f in samples.JD_FILES.items()}
    assert "\r\n2026/08/01," in text["shop_daily"]
    assert "\r\n20260801," in text["traffic_sources"]
    assert "\r\n2026-08-01," in text["products_daily"]
    assert "\r\n2026/8/1," in text["ppc_keywords"]
    assert "2026-08-01 " in text["orders"]
    assert "%" in text["shop_daily"] and '"' in text["shop_daily"]  # "2.35%" and "1,234"
    assert ",-," in text["ppc_keywords"] and ",-," in text["products_daily"]
    assert ",是," in text["orders"] and ",否," in text["orders"]


def test_jd_derived_columns_are_correctly_rounded(jd):
    lines = (samples.jd_dir() / "店铺整体.csv").read_bytes().decode("gbk").split("\r\n")
    df = pd.read_csv(io.StringIO("\n".join(lines[1:])), dtype=str)
    df = df[df["统计日期"] != "合计"].reset_index(drop=True)
    sd = jd.shop_daily
    from decimal import ROUND_HALF_UP, Decimal

    for i, r in sd.iterrows():
        conv = (Decimal(int(r["paying_buyers"])) / Decimal(int(r["visitors"])) * 100).quantize(
            Decimal("0.01"), ROUND_HALF_UP)
        aov = (Decimal(str(r["paid_amount"])) / Decimal(int(r["paying_buyers"]))).quantize(
            Decimal("0.01"), ROUND_HALF_UP)
        assert df.loc[i, "支付转化率"] == f"{conv}%"
        assert df.loc[i, "客单价"].replace(",", "") == f"{aov}"
    kw = jd.ppc_keywords
    assert kw["quality_score"].isna().any() and kw["quality_score"].notna().any()
    assert jd.products_daily["bounce_rate"].isna().any()
    assert (jd.products_daily["bounce_rate"].dropna() * 10_000).round(6).mod(1).eq(0).all()


def test_jd_shop_is_three_months_of_home_goods(jd):
    assert jd.shop_daily["date"].min() == pd.Timestamp("2026-08-01")
    assert jd.shop_daily["date"].max() == pd.Timestamp("2026-10-31")
    assert set(jd.tables) == set(samples.JD_FILES)
    assert "京东快车" in set(jd.traffic_sources["source"])
    assert 3_000 < len(jd.orders) < 12_000
    conv = jd.shop_daily["paying_buyers"] / jd.shop_daily["visitors"]
    assert 0.01 <= conv.median() <= 0.04


def test_largest_remainder_splits_whole_cents_exactly():
    rng = np.random.default_rng(0)
    for _ in range(50):
        groups = rng.integers(0, 12, 300)
        weights = rng.random(300) * (rng.random(300) < 0.8)
        totals = rng.integers(0, 10**6, 12)
        parts = samples._largest_remainder(totals, weights, groups)
        has_weight = np.bincount(groups, weights, minlength=12) > 0
        assert (parts >= 0).all() and (parts[weights == 0] == 0).all()
        assert (np.bincount(groups, parts, minlength=12) == np.where(has_weight, totals, 0)).all()


def test_scaled_shop_x2_has_twice_the_rows_with_distinct_keys_and_loads(tmp_path):
    from shopanalysis.io import load_shop

    names = ["ppc_campaigns", "ppc_keywords", "ppc_search_terms", "orders", "after_sales", "shop_daily"]
    folder = samples.write_scaled_shop(tmp_path / "x2", 2, tables=names)
    assert folder == tmp_path / "x2"
    demo = load_shop(samples.demo_dir(), tables=names, check=False)
    shop = load_shop(folder, tables=names, check=False)  # keys unique, else the reader refuses the file
    for name in names[:-1]:
        assert len(getattr(shop, name)) == 2 * len(getattr(demo, name)), name
    pd.testing.assert_frame_equal(shop.shop_daily, demo.shop_daily)  # one row per day: written once
    kw = shop.ppc_keywords
    assert kw["campaign"].nunique() == 2 * demo.ppc_keywords["campaign"].nunique()
    assert kw["keyword"].nunique() == 2 * demo.ppc_keywords["keyword"].nunique()
    assert shop.orders["buyer_id"].nunique() == 2 * demo.orders["buyer_id"].nunique()
    assert set(shop.after_sales["order_id"]) <= set(shop.orders["order_id"])
    assert shop.orders["paid_amount"].sum() == pytest.approx(2 * demo.orders["paid_amount"].sum())
    # The first copy is the demo's rows as written; the same factor writes the same bytes.
    again = samples.write_scaled_shop(tmp_path / "again", 2, tables=["orders"])
    assert (again / "orders.csv").read_bytes() == (folder / "orders.csv").read_bytes()
    assert (folder / "orders.csv").read_bytes().startswith((samples.demo_dir() / "orders.csv").read_bytes())
