"""The customers report (客户分析) run through the runner: metrics against the package, the list, privacy.

Real runs: September 2026 with the shop's own thresholds and a stricter model cut-off,
checked number by number against shopanalysis.customers; the defaults with full phone
numbers asked for (the one way they are written); and the JD sample, whose three months
are too short for a returning-share trend.
"""

from __future__ import annotations

import csv
import json
import re

import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import customers as cu
from shopanalysis import runner

REPORT = "customers"
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


@pytest.fixture(scope="module")
def orders():
    return sa.load_demo_shop(tables=["orders"]).orders


@pytest.fixture(scope="module")
def september(tmp_path_factory):
    params = {"start": "2026-09-01", "end": "2026-09-30", "alive_below": 0.3,
              "thresholds": {"recency_days": 90, "orders": 2, "revenue": 500}}
    res = runner.run_report(REPORT, params, out_dir=tmp_path_factory.mktemp("customers"))
    return params, res, json.loads((res.folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]


def test_the_report_is_listed_with_its_parameters():
    report = runner.get_report(REPORT)
    assert report.titles == {"zh": "客户分析", "en": "Customers"} and report.period == ("start", "end")
    for name in ("start", "end", "thresholds", "alive_below", "include_phone", "output_dir", "lang"):
        assert name in report.parameters
    assert report.parameters["include_phone"].default is False


def test_metrics_equal_the_package_with_non_default_parameters(september, orders):
    params, res, m = september
    end, start = pd.Timestamp(params["end"]), pd.Timestamp(params["start"])
    table = cu.customer_table(orders, observation_end=end)
    segments = cu.summarize_segments(table, thresholds=params["thresholds"])
    assert m["buyers"] == len(table)
    assert m["thresholds"] == {"recency_days": 90, "orders": 2, "revenue": 500}
    assert m["segments"] == dict(zip(segments["segment"], segments["customers"].astype(int)))
    assert m["repeat_rate"] == pytest.approx(cu.repeat_rate(orders, start=start, end=end))
    model = cu.fit_bg_nbd(cu.rfm_summary(orders, observation_end=end))
    assert m["bg_nbd"] == pytest.approx(dict(model.params))
    winback = cu.reactivation_list(orders, observation_end=end, model=model, alive_below=0.3,
                                   thresholds=params["thresholds"])
    assert m["winback_buyers"] == len(winback)
    assert m["winback_revenue"] == pytest.approx(winback["revenue"].sum())
    assert sorted(m["winback_files"]) == ["winback.csv", "winback.xlsx"]
    # the list file is the list, masked: one row per buyer, the money first
    with open(res.folder / "winback.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert len(rows) == len(winback) + 1 and rows[0][0] == "买家"
    assert not MOBILE.search((res.folder / "winback.csv").read_text(encoding="utf-8-sig"))


def test_the_page_tells_the_story_in_chinese(september):
    _, res, m = september
    html = (res.folder / "customers.html").read_text(encoding="utf-8")
    for words in ("客户分析", "现在的客户", "重要价值客户", "老客占比", "新客留存", "值得唤回的客户", "方法说明"):
        assert words in html
    assert "Traceback" not in html and "important_value" not in html
    assert "名单已写入 winback.csv和winback.xlsx" in html and "带 * 的月份" in html
    assert m["takeaways"] and all(line in html for line in m["takeaways"])


def test_full_phone_numbers_only_with_the_flag_and_a_warning(tmp_path, orders, capsys):
    from shopanalysis import cli

    assert cli.main(["run", REPORT, "-p", "include_phone=true", "--out", str(tmp_path)]) == 0
    warned = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(warned) == 1 and "winback.csv和winback.xlsx" in warned[0] and "完整手机号" in warned[0]
    res = next(r for r in [runner.RunResult(REPORT, "", p) for p in (tmp_path / REPORT).iterdir()])
    text = (res.folder / "winback.csv").read_text(encoding="utf-8-sig")
    phones = set(MOBILE.findall(text))
    assert phones and phones <= set(orders["buyer_phone"].astype(str))
    for name in ("customers.html", "customers.ipynb", "metrics.json"):
        assert not MOBILE.search((res.folder / name).read_text(encoding="utf-8")), name
    nb = (res.folder / "customers.ipynb").read_text(encoding="utf-8")
    assert "完整手机号" in nb  # the warning, in the notebook's stderr output


def test_the_jd_shop_runs_under_its_own_name_without_a_returning_trend(tmp_path):
    res = runner.run_report(REPORT, {"data_dir": str(sa.jd_dir())}, out_dir=tmp_path)
    html = (res.folder / "customers.html").read_text(encoding="utf-8")
    assert "木棉家居京东专营店" in html and "栖梧女装" not in html
    assert "老客占比的走势先不画" in html
    m = json.loads((res.folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    assert m["buyers"] > 1000 and m["winback_buyers"] > 0


def test_a_folder_without_orders_says_which_file_to_add(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "店铺整体.csv").write_bytes((sa.jd_dir() / "店铺整体.csv").read_bytes())
    res = runner.run_report(REPORT, {"data_dir": str(folder)}, out_dir=tmp_path / "out")
    html = (res.folder / "customers.html").read_text(encoding="utf-8")
    assert "订单.csv" in html and "Traceback" not in html
