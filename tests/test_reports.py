"""Every report notebook: its hygiene, the daily review, and every report run as an analyst runs it.

Other reports have their own tests/test_report_<name>.py; the hygiene checks here
apply to all of them.
"""

import json
import re
import subprocess
import sys
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import nbformat
import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import runner
from shopanalysis._record import read_recorded

ROOT = Path(__file__).resolve().parents[1]


# --- the daily review ---------------------------------------------------------------

TABLES = ["shop_daily", "traffic_sources", "targets", "products_daily", "ppc_keywords", "ppc_campaigns",
          "cs_daily", "cs_roster", "after_sales", "design_tasks"]

# date, extra parameters: month start and end, 双11, no history, no PPC spend (Spring Festival pause)
DAILY_RUNS = [
    ("2025-11-01", {"baseline": "previous_day"}),
    ("2025-11-11", {"top_n": 3}),
    ("2026-02-14", {"baseline": "trailing_7d_mean", "response_target_s": 15.0}),
    ("2026-09-30", {}),
    ("2026-10-01", {"healthy_mix": {"natural": [0.6, 1.0], "paid": [0.05, 0.15], "activity": [0.05, 0.2],
                                    "membership": [0.1, 0.2], "other": [0.0, 0.05]}}),
]


@pytest.fixture(scope="module")
def shop():
    return sa.load_demo_shop(tables=TABLES)


@pytest.fixture(scope="module")
def daily_runs(tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    report = runner.get_report("daily-review")
    jobs = [dict(report=report, parameters={"date": d, **extra}, out_dir=out) for d, extra in DAILY_RUNS]
    results = runner.run_batch(jobs, workers=2, progress=False)
    errors = [r.error for r in results if r.error]
    assert not errors, errors
    return {d: r for (d, _), r in zip(DAILY_RUNS, results)}


@pytest.mark.parametrize("date, extra", DAILY_RUNS, ids=[d for d, _ in DAILY_RUNS])
def test_daily_review_metrics_equal_the_package(daily_runs, shop, date, extra):
    res = daily_runs[date]
    doc = json.loads((res.folder / "metrics.json").read_text(encoding="utf-8"))
    m = doc["metrics"]
    baseline = extra.get("baseline", "same_weekday_last_week")
    assert doc["parameters"]["date"] == date and m["baseline"] == baseline

    row = sa.sales.compare_day(shop.shop_daily, date).set_index("baseline").loc[baseline]
    for key in ("paid_amount", "visitors", "paying_buyers", "conversion_rate", "avg_order_value"):
        assert m[key] == pytest.approx(row[key]), key
    for key in ("sales_change", "sales_change_pct", "yuan_visitors", "yuan_conversion", "yuan_avg_order_value"):
        if pd.isna(row[key]):
            assert m[key] is None, f"{key}: no history gives null, not a number"
        else:
            assert m[key] == pytest.approx(row[key]), key
    if m["sales_change"] is not None:  # the split adds up to the change
        assert m["yuan_visitors"] + m["yuan_conversion"] + m["yuan_avg_order_value"] == pytest.approx(m["sales_change"])

    pacing = sa.sales.pace_month(shop.shop_daily, shop.targets, date)
    for key in ("target_amount", "mtd_sales", "mtd_target", "pace_ratio", "expected_month_end"):
        assert m[key] == pytest.approx(getattr(pacing, key)), key
    assert m["on_track"] == pacing.on_track

    healthy = {k: tuple(v) for k, v in extra.get("healthy_mix", sa.traffic.HEALTHY_MIX).items()}
    checklist = sa.checklist.morning_checklist(shop, date, healthy_mix=healthy,
                                               response_target_s=extra.get("response_target_s", 20.0))
    assert m["checklist"] == dict(zip(checklist["key"], checklist["status"]))
    assert m["takeaways"] and all(isinstance(s, str) for s in m["takeaways"])


def test_daily_review_edges_read_as_they_should(daily_runs):
    first = json.loads((daily_runs["2025-11-01"].folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    assert first["sales_change"] is None  # no previous day in the data
    nov11 = json.loads((daily_runs["2025-11-11"].folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    spring = json.loads((daily_runs["2026-02-14"].folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    assert spring["checklist"]["ppc_budget"] in {"OK", "N/A"}  # no PPC that day is not an error
    month_end = json.loads((daily_runs["2026-09-30"].folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    assert month_end["needed_per_day"] is None  # no days left
    assert nov11["paid_amount"] > 10 * month_end["paid_amount"]  # 双11 against an ordinary day
    html = (daily_runs["2026-10-01"].folder / "daily_review.html").read_text(encoding="utf-8")
    assert "晨检清单" in html and "import shopanalysis" not in html and "report-hide" not in html
    assert "探索 · Explore" not in html  # the widget section is for Jupyter Lab only


def test_daily_review_in_english_records_the_same_numbers_in_other_words(daily_runs, tmp_path):
    zh_run = daily_runs["2026-09-30"]
    en_run = runner.run_report("daily-review", {"date": "2026-09-30", "lang": "en"}, out_dir=tmp_path)
    zh = json.loads((zh_run.folder / "metrics.json").read_text(encoding="utf-8"))["metrics"]
    en = en_run.metrics
    assert {k: v for k, v in en.items() if k != "takeaways"} == {k: v for k, v in zh.items() if k != "takeaways"}
    assert len(en["takeaways"]) == len(zh["takeaways"]) and en["takeaways"] != zh["takeaways"]
    assert en["takeaways"][0].startswith("Sales ") and zh["takeaways"][0].startswith("支付金额")
    zh_html = (zh_run.folder / "daily_review.html").read_text(encoding="utf-8")
    en_html = (en_run.folder / "daily_review.html").read_text(encoding="utf-8")
    assert "今天要做的事" in zh_html and "方法说明" in zh_html and "Today&#x27;s actions" not in zh_html
    assert "Today's actions" in en_html or "Today&#x27;s actions" in en_html
    assert "今天要做的事" not in en_html and "方法说明" not in en_html and "Method" in en_html
    # page 1 reads first: the title, the four figures, the takeaways and today's actions, then the sections
    order = [en_html.index(x) for x in ("sa-title", "sa-kpi", "Takeaways", "Today", "1. Target pacing", "Method")]
    assert order == sorted(order)


def test_daily_review_on_a_date_outside_the_data_fails_clearly(tmp_path):
    with pytest.raises(runner.ReportFailedError) as info:
        runner.run_report("daily-review", {"date": "2027-01-15"}, out_dir=tmp_path)
    msg = str(info.value)
    assert "DataError" in msg and "2027-01-15" in msg and "2025-11-01" in msg and "2026-10-31" in msg
    assert len(msg.splitlines()) <= 8


def test_daily_review_without_targets_says_na_and_reviews_the_rest(tmp_path):
    """The platforms export no targets: a folder of raw exports still gets its review, pacing N/A."""
    res = runner.run_report("daily-review", {"date": "2026-10-15", "shop_name": sa.samples.JD_SHOP},
                            data_dir=sa.jd_dir(), out_dir=tmp_path)
    m = res.metrics
    assert m["pace_ratio"] is None and m["target_amount"] is None and m["on_track"] is None
    assert m["checklist"]["sales_pacing"] == "N/A"
    assert m["paid_amount"] > 0 and m["top_source"] and m["takeaways"]
    html = (res.folder / "daily_review.html").read_text(encoding="utf-8")
    assert "目标进度：无数据。没有 2026-10 的销售目标" in html and "销售目标" in html


def test_daily_review_pdf_is_a4_with_the_shipped_font(tmp_path, caplog):
    res = runner.run_report("daily-review", {"date": "2026-10-15"}, out_dir=tmp_path, pdf=True)
    raw = (res.folder / "daily_review.pdf").read_bytes()
    assert raw.startswith(b"%PDF")
    # WeasyPrint compresses objects into streams: inflate them to read the page size and fonts
    pdf = raw + b"".join(zlib.decompress(m) for m in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S)
                         if m[:1] == b"x")
    assert re.search(rb"/MediaBox \[0 0 595\.27\d* 841\.8\d*\]", pdf)  # A4 portrait, in points
    assert b"Noto-Sans-CJK-SC-Shopanalysis" in pdf  # our font is embedded, not a system one
    assert re.search(rb"/Type /Pages.*?/Count (\d+)", pdf, re.S)
    assert res.seconds["pdf"] > 0
    assert not [r for r in caplog.records if r.name.startswith("weasyprint") and r.levelname == "ERROR"]


# --- every report through plain papermill, as an analyst runs it without the CLI -------------

REPORT_NOTEBOOKS = sorted((ROOT / "notebooks" / "reports").glob("*.ipynb"))
#: the parameters a report is given on the command line: the README's daily-review command; the rest need none
PLAIN_PARAMETERS = {"daily_review": ["-p", "date", "2026-10-15"]}  # data
#: seconds a cell may run (papermill --execution-timeout); the slowest cell takes about 4 s
CELL_TIMEOUT = 60
WIDGET = "application/vnd.jupyter.widget-view+json"  # data: the output a widget leaves in a notebook


def _papermill(report: Path, out: Path) -> subprocess.CompletedProcess:
    command = [str(Path(sys.executable).with_name("papermill")), str(report), str(out), "--no-progress-bar",
               "--execution-timeout", str(CELL_TIMEOUT), *PLAIN_PARAMETERS.get(report.stem, [])]
    try:
        return subprocess.run(command, capture_output=True, text=True, cwd=report.parent, timeout=3 * CELL_TIMEOUT)
    except subprocess.TimeoutExpired as e:  # the kernel never started or never answered: fail, do not hang
        return subprocess.CompletedProcess(command, -1, e.stdout or "", f"papermill timed out: {e}")


@pytest.fixture(scope="module")
def plain_papermill_runs(request, tmp_path_factory):
    """Run the selected reports through the papermill CLI at once (two at a time), each into its own file."""
    name = "test_plain_papermill_runs_every_report_with_its_defaults"
    wanted = [item.callspec.params["report"] for item in request.session.items
              if getattr(item, "originalname", None) == name and hasattr(item, "callspec")]
    out = tmp_path_factory.mktemp("papermill")
    with ThreadPoolExecutor(max_workers=2) as pool:
        runs = {r: pool.submit(_papermill, r, out / r.name) for r in wanted}
        return {r: (run.result(), out / r.name) for r, run in runs.items()}


def test_every_report_with_widgets_keeps_them_off_by_default():
    """Widgets are for Jupyter: off unless asked for, so a plain papermill run never builds one."""
    reports, with_widgets = {r.path.stem: r for r in runner.list_reports()}, []
    for path in REPORT_NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        widget_cells = [c for c in nb.cells if c.cell_type == "code" and "parameters" not in c.metadata.get("tags", [])
                        and ("interactive" in c.source or "widgets" in c.source)]
        if not widget_cells:
            continue
        with_widgets.append(path.stem)
        switch = reports[path.stem].parameters["interactive"]
        assert switch.type == "bool" and switch.default is False, path.stem
        assert "Jupyter" in switch.help and "True" in switch.help, "the comment says how to turn them on"
        assert all(c.source.startswith("if interactive") for c in widget_cells), path.stem
    assert len(with_widgets) >= 6  # daily review, PPC, competitors, designers, customer service, customers


@pytest.mark.parametrize("report", REPORT_NOTEBOOKS, ids=lambda p: p.stem)
def test_plain_papermill_runs_every_report_with_its_defaults(report, plain_papermill_runs):
    """``papermill <report> out.ipynb``, no interactive override: no widget, no stalled cell, the numbers recorded.

    nbclient can wait on a widget cell until the cell timeout and then carry on as if
    nothing happened (jupyter/nbclient#312): a cell that took the whole timeout stalled.
    """
    proc, out = plain_papermill_runs[report]
    assert proc.returncode == 0, proc.stderr[-2000:]
    nb = nbformat.read(out, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert not [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
    stalled = [(c.metadata["papermill"]["duration"], c.source[:80]) for c in code
               if (c.metadata.get("papermill", {}).get("duration") or 0) > CELL_TIMEOUT / 2]
    widgets = [c.source[:80] for c in code for o in c.get("outputs", []) if WIDGET in o.get("data", {})]
    assert not stalled and not widgets, f"cells that stalled (a cell takes a few seconds): {stalled}; " \
                                        f"widgets built in a headless run: {widgets}"
    metrics = read_recorded(nb)
    assert metrics
    if report.stem == "daily_review":
        assert metrics["date"] == "2026-10-15" and metrics["paid_amount"] > 0
