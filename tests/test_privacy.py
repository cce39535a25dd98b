"""No report shows a buyer's full phone number or buyer id: every file a run writes is searched.

The orders table holds buyers' mobile numbers (联系手机) and ids (买家会员名). Reports and
lessons may show them masked (139****3091, jd_****6348), never whole. Each report runs
once on the demo shop (whose orders carry phones) and once on the JD sample, to PDF where
the report exports one, and every file of the run is searched: the HTML, the executed
notebook, metrics.json, any CSV and XLSX written beside it, and the PDF's text. The lessons'
outputs are searched in tests/test_course.py, where they run.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

import shopanalysis as sa
from shopanalysis import runner

#: Embedded images (base64 in the HTML and the notebook): their letters are not text anyone reads.
BLOB = re.compile(r"[A-Za-z0-9+/=\\n]{200,}")

#: A mainland mobile number: 11 digits starting 13-19, not inside a longer run of digits.
MOBILE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")

REPORTS = [r.name for r in runner.list_reports()]


def _texts(folder: Path):
    """Yield (file name, text) for every file a run wrote, unpacking XLSX and PDF."""
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as z:
                yield path.name, "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                                           if n.endswith(".xml"))
        elif path.suffix == ".pdf":
            if shutil.which("pdftotext"):
                out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
                yield path.name, out.stdout
        elif path.suffix in {".png", ".jpg", ".ttf", ".otf"}:
            continue
        else:
            yield path.name, BLOB.sub(" ", path.read_text(encoding="utf-8", errors="replace"))


@pytest.fixture(scope="module")
def buyers():
    """The demo's and the JD sample's full buyer ids (the long ones: a short id could match prose)."""
    ids = set()
    for shop in (sa.load_demo_shop(tables=["orders"]), sa.load_shop(sa.jd_dir(), tables=["orders"])):
        ids |= {b for b in shop.orders["buyer_id"].astype(str) if len(b) >= 8}
    return ids


@pytest.fixture(scope="module")
def runs(report_runs):
    """Every report with its defaults on the demo (with its PDF) and on the JD sample: the session's shared runs."""
    results = report_runs([(report, {}, None if data == "demo" else sa.jd_dir()) for data in ("demo", "jd")
                           for report in REPORTS])
    return dict(zip([(data, report) for data in ("demo", "jd") for report in REPORTS], results))


@pytest.mark.parametrize("data", ["demo", "jd"])
@pytest.mark.parametrize("report", REPORTS)
def test_no_run_writes_a_full_phone_number_or_buyer_id(report, data, buyers, runs):
    res = runs[(data, report)]
    assert res.error is None, res.error
    if data == "demo":
        assert any(f.suffix == ".pdf" for f in res.files), "the demo's default run writes its PDF, which is scanned too"
    found = []
    for name, text in _texts(res.folder):
        found += [(name, m) for m in MOBILE.findall(text)]
        words = set(re.findall(r"[A-Za-z0-9_\-]{8,}", text))
        found += [(name, b) for b in words & buyers]
    assert not found, f"{report} on {data} shows full phone numbers or buyer ids: {found[:10]}"


def test_the_pattern_finds_a_phone_and_not_a_masked_one_or_an_order_id():
    assert MOBILE.findall("联系 13912973091。") == ["13912973091"]
    assert not MOBILE.findall("139****3091 5100121015190777 310002223070")
