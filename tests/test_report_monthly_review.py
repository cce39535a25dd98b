"""The monthly review (月度运营复盘) run as a user runs it: numbers against the exports, the PDF, partial data.

Real runs: September 2026 on the demo shop with non-default thresholds and a PDF, each number of
metrics.json recomputed from the exports by hand; the same month in English; a 14-month shop, so
that the same month last year exists (同比); the JD sample, which lacks targets, products and most
team exports and still runs with each section saying which export to add; two months in one
command; and a month outside the data, refused with its missing days.
"""

from __future__ import annotations

import json
import re
import subprocess

import numpy as np
import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import cli, runner, samples

REPORT = "monthly-review"
MONTH = "2026-09"
FIRST, LAST = pd.Timestamp("2026-09-01"), pd.Timestamp("2026-09-30")
PARAMS = {"month": MONTH, "target_roi": 2.5, "min_clicks": 80, "top_n": 5, "response_target_s": 25.0}


@pytest.fixture(scope="module")
def shop():
    return sa.load_demo_shop()


@pytest.fixture(scope="module")
def september(tmp_path_factory):
    res = runner.run_report(REPORT, PARAMS, out_dir=tmp_path_factory.mktemp("monthly"), pdf=True)
    return res, json.loads((res.folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]


def between(df, first=FIRST, last=LAST, column="date"):
    return df.loc[df[column].between(first, last)]


def test_the_report_is_listed_with_its_parameters():
    report = runner.get_report(REPORT)
    assert report.titles == {"zh": "月度运营复盘", "en": "Monthly review"} and report.period == "month"
    assert report.parameters["month"].default == "2026-10" and report.parameters["month"].type == "month"
    for name in ("data_dir", "lang", "target_roi", "margin", "min_clicks", "top_n", "healthy_mix"):
        assert name in report.parameters


def test_the_months_numbers_are_the_exports_sums(september, shop):
    res, m = september
    assert res.folder.name == MONTH and m["month"] == MONTH
    now, before = between(shop.shop_daily), between(shop.shop_daily, "2026-08-01", "2026-08-31")
    assert len(now) == 30 and len(before) == 31
    assert m["paid_amount"] == pytest.approx(now["paid_amount"].sum())
    assert m["paid_amount_prev_month"] == pytest.approx(before["paid_amount"].sum())
    assert m["paid_amount_mom"] == pytest.approx(now["paid_amount"].sum() / before["paid_amount"].sum() - 1)
    assert m["paid_amount_yoy"] is None and m["paid_amount_last_year"] is None  # the demo starts 2025-11
    target = float(shop.targets.set_index("month").loc[MONTH, "target_amount"])
    assert m["target_amount"] == target and m["target_completion"] == pytest.approx(now["paid_amount"].sum() / target)
    assert m["refund_rate"] == pytest.approx(now["refund_amount"].sum() / now["paid_amount"].sum())
    ads = between(shop.ppc_keywords)
    assert m["ad_spend"] == pytest.approx(ads["cost"].sum())
    assert m["ad_spend_share"] == pytest.approx(ads["cost"].sum() / now["paid_amount"].sum())
    assert m["paid_roi"] == pytest.approx(ads["gmv"].sum() / ads["cost"].sum())
    v0, v1 = before["visitors"].sum(), now["visitors"].sum()
    s0, s1 = before["paid_amount"].sum(), now["paid_amount"].sum()
    assert m["yuan_visitors"] == pytest.approx((s1 - s0) * np.log(v1 / v0) / np.log(s1 / s0))
    assert m["yuan_visitors"] + m["yuan_conversion"] + m["yuan_avg_order_value"] == pytest.approx(s1 - s0)


def test_profit_and_customers_are_recomputed_from_the_exports(september, shop):
    _, m = september
    now = between(shop.shop_daily)
    sold = between(shop.products_daily).groupby("product_id")["paid_amount"].sum()
    products = shop.products.set_index("product_id")
    margin = (sold * (1 - products["unit_cost"] / products["price"]).reindex(sold.index)).sum() / sold.sum()
    assert m["gross_profit"] == pytest.approx((now["paid_amount"].sum() - now["refund_amount"].sum()) * margin)
    orders = shop.orders.loc[~shop.orders["refunded"]]
    month = orders.loc[(orders["paid_at"] >= FIRST) & (orders["paid_at"] < LAST + pd.Timedelta(days=1))]
    earlier = set(orders.loc[orders["paid_at"] < FIRST, "buyer_id"])
    buyers = set(month["buyer_id"])
    assert m["returning_buyer_share"] == pytest.approx(len(buyers & earlier) / len(buyers))
    assert m["new_buyers"] == len(buyers - earlier)
    counts = month.groupby("buyer_id").size()
    assert m["repeat_rate"] == pytest.approx((counts >= 2).sum() / len(counts))


def test_the_rest_of_the_month_table_is_recomputed_from_the_exports(september, shop):
    _, m = september
    now = between(shop.shop_daily)
    assert m["visitors_per_day"] == pytest.approx(now["visitors"].sum() / 30)
    assert m["visitors"] == now["visitors"].sum() and m["paying_buyers"] == now["paying_buyers"].sum()
    sources = between(shop.traffic_sources)
    natural = sources.loc[sources["channel"] == "natural", "visitors"].sum()
    assert m["free_traffic_share"] == pytest.approx(natural / now["visitors"].sum())
    sold = between(shop.products_daily).groupby("product_id")["paid_amount"].sum().sort_values(ascending=False)
    assert m["top3_share"] == pytest.approx(sold.head(3).sum() / sold.sum())
    listed = shop.products.set_index("product_id")["listed_date"]
    new = sold.index[listed.reindex(sold.index).between(FIRST, LAST)]
    assert m["new_product_share"] == pytest.approx(sold.loc[new].sum() / sold.sum())
    ours = between(shop.competitor_shops.loc[shop.competitor_shops["shop"] == shop.name], column="snapshot_date")
    latest = ours.loc[ours["snapshot_date"].idxmax(), ["dsr_description", "dsr_service", "dsr_shipping"]]
    assert m["dsr"] == pytest.approx(latest.mean())
    # each line's last month is the same rule over August
    august = between(shop.shop_daily, "2026-08-01", "2026-08-31")
    table = m["month_table"]
    assert table["paid_amount"]["last_month"] == pytest.approx(august["paid_amount"].sum())
    assert table["refund_rate"]["last_month"] == pytest.approx(august["refund_amount"].sum()
                                                               / august["paid_amount"].sum())
    assert table["visitors_per_day"]["last_month"] == pytest.approx(august["visitors"].sum() / 31)
    # the promo windows overlapping September: none on the calendar, so none reviewed
    assert m["promos"] == {}


def test_next_months_target_is_the_packages_backtested_forecast(september, shop):
    _, m = september
    s = sa.monthly.suggest_target(shop.shop_daily.loc[shop.shop_daily["date"] <= LAST], "2026-10")
    assert m["next_month"] == "2026-10" and m["suggested_target"] == pytest.approx(s["amount"])
    assert m["suggested_target_range"] == pytest.approx([s["low"], s["high"]])
    actual_october = between(shop.shop_daily, "2026-10-01", "2026-10-31")["paid_amount"].sum()
    assert m["suggestion_median_error"] > 0 and m["suggested_target"] == pytest.approx(actual_october, rel=0.5)


def test_the_actions_are_ranked_with_their_owner(september):
    _, m = september
    money = [a[2] for a in m["actions"] if a[2] is not None]
    assert money == sorted(money, reverse=True) and len(money) >= 3
    assert {a[0] for a in m["actions"]} <= {"ads", "design", "service", "operations"}
    assert {"ads", "design", "service"} <= {a[0] for a in m["actions"]}


def test_the_page_reads_as_a_monthly_review_in_chinese(september):
    res, m = september
    html = (res.folder / "monthly_review.html").read_text(encoding="utf-8")
    for words in ("月度运营复盘", "天猫", "要点", "下月最值得做的三件事", "目录", "本月指标：运营基础、盈利、发展",
                  "流量结构", "商品结构", "活动复盘", "搜索推广", "客服", "美工", "客户", "售后", "下月计划", "方法说明",
                  "数据里没有去年同月"):
        assert words in html, words
    assert "Traceback" not in html and "raise_bid" not in html and "returning_buyer_share" not in html
    assert all(line in html for line in m["takeaways"])
    # the contents link to every numbered section, and each link resolves
    links = re.findall(r'<a href="#(sa-sec-\d+)">', html)
    assert len(links) == 11 and all(f'id="{anchor}"' in html for anchor in links)


def test_the_pdf_is_a4_with_contents_page_numbers_and_a_running_header(september):
    res, _ = september
    pdf = res.folder / "monthly_review.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert 6 <= pages <= 14
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+", info)  # A4 in points
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    sheets = [re.sub(r"\s+", "", sheet) for sheet in text.split("\f")]  # pdftotext spaces CJK text at will
    assert f"第1页/共{pages}页" in sheets[0] and f"第{pages}页/共{pages}页" in sheets[pages - 1]
    assert all("栖梧女装旗舰店月度运营复盘" in sheet for sheet in sheets[1:pages])  # the running header
    # the contents give each section's page, and the section's heading is on that page
    entries = re.findall(r"^\s*(\d+\.\s.+?)\s*\.{3,}\s*(\d+)\s*$", text.split("\f")[1], flags=re.M)
    assert len(entries) == 10  # sections 1-10 (the method is not numbered)
    for title, page in entries:
        assert re.sub(r"\s+", "", title) in sheets[int(page) - 1], (title, page)


def test_the_same_month_in_english_records_the_same_numbers(september, tmp_path):
    _, zh = september
    res = runner.run_report(REPORT, {**PARAMS, "lang": "en"}, out_dir=tmp_path)
    m = json.loads((res.folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    for name in ("paid_amount", "paid_amount_mom", "target_completion", "refund_rate", "gross_profit",
                 "returning_buyer_share", "ad_spend_share", "suggested_target"):
        assert m[name] == pytest.approx(zh[name]), name
    html = (res.folder / "monthly_review.html").read_text(encoding="utf-8")
    for words in ("monthly review", "Takeaways", "The month in three dimensions", "Next month", "Tmall"):
        assert words in html, words
    assert "要点" not in html and "下月计划" not in html


def test_a_shop_with_last_year_gets_its_year_on_year(tmp_path):
    folder = tmp_path / "exports"
    samples.write_demo_shop(folder, shop=samples.generate_jd_shop(start="2025-09-01", end="2026-10-31"))
    res = runner.run_report(REPORT, {"month": "2026-10", "data_dir": str(folder)}, out_dir=tmp_path / "out")
    m = json.loads((res.folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    days = sa.load_shop(folder).shop_daily
    now = between(days, "2026-10-01", "2026-10-31")["paid_amount"].sum()
    year = between(days, "2025-10-01", "2025-10-31")["paid_amount"].sum()
    assert m["paid_amount_last_year"] == pytest.approx(year) and m["paid_amount_yoy"] == pytest.approx(now / year - 1)
    assert m["month_table"]["paid_amount"]["last_year"] == pytest.approx(year)


def test_the_jd_shop_runs_and_says_which_exports_to_add(tmp_path):
    assert cli.main(["run", REPORT, "--data", str(sa.jd_dir()), "--out", str(tmp_path)]) == 0
    folder = tmp_path / "monthly_review" / "2026-10"
    html = (folder / "monthly_review.html").read_text(encoding="utf-8")
    assert "木棉家居京东专营店" in html and "京东" in html and "Traceback" not in html
    for file in ("销售目标.csv", "商品.csv", "售后.csv", "客服名单.csv"):
        assert file in html, file
    m = json.loads((folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    assert m["target_completion"] is None and m["gross_profit"] is None and m["dsr"] is None
    shop = sa.load_shop(sa.jd_dir())
    days = between(shop.shop_daily, "2026-10-01", "2026-10-31")
    assert m["paid_amount"] == pytest.approx(days["paid_amount"].sum())
    assert m["refund_rate"] == pytest.approx(days["refund_amount"].sum() / days["paid_amount"].sum())


def test_the_datas_first_two_months_in_one_command_with_progress(tmp_path, capsys):
    # the first month has no month before it and no buyer before it; the second no last month's customers yet
    assert cli.main(["run", REPORT, "-p", "month=2025-11..2025-12", "-j", "2", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr()
    for month in ("2025-11", "2025-12"):
        assert (tmp_path / "monthly_review" / month / "metrics.json").exists()
        assert month in out.out + out.err
    first = json.loads((tmp_path / "monthly_review" / "2025-11" / "metrics.json").read_text(encoding="utf-8"))
    assert first["metrics"]["paid_amount_prev_month"] is None and first["metrics"]["paid_amount_mom"] is None
    html = (tmp_path / "monthly_review" / "2025-11" / "monthly_review.html").read_text(encoding="utf-8")
    assert "数据里没有完整的上月" in html or "无对比数据" in html


def test_a_month_outside_the_data_is_refused_with_its_days(tmp_path, capsys):
    assert cli.main(["run", REPORT, "-p", "month=2026-11", "--out", str(tmp_path)]) != 0
    err = capsys.readouterr().err
    assert "2026-11" in err and "2026-11-01" in err and "2026-10-31" in err
