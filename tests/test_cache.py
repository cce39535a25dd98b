"""Tests for the parsed-table cache (shopanalysis._cache) behind load_shop.

Every test here uses a cache folder in tmp_path (SHOPANALYSIS_CACHE_DIR). A load is
shown to come from the cache by making the parser raise: a hit never calls it.
"""

import os
import shutil
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import nbformat
import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

import shopanalysis as sa
from shopanalysis import DataError, DataWarning, _cache, cli, io, runner
from shopanalysis._schema import TABLES
from shopanalysis.samples import demo_dir

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


@pytest.fixture(autouse=True)
def cache(tmp_path, monkeypatch):
    """A fresh cache folder, the cache on, Chinese, and the key's environment hash recomputed."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(_cache.ENV_DIR, str(folder))
    monkeypatch.delenv(_cache.ENV_OFF, raising=False)
    monkeypatch.delenv("SHOPANALYSIS_TODAY", raising=False)
    monkeypatch.setenv("SHOPANALYSIS_LANG", "zh")
    sa.set_language(None)
    _cache.set_cache(None)
    _cache._environment.cache_clear()
    yield folder
    _cache.set_cache(None)
    sa.set_language(None)
    _cache._environment.cache_clear()


@pytest.fixture
def parses(monkeypatch):
    """Count the reader's parses (io._read calls)."""
    calls = []
    real = io._read

    def counting(raw, spec):
        calls.append(spec.name)
        return real(raw, spec)

    monkeypatch.setattr(io, "_read", counting)
    return calls


def _no_parsing(monkeypatch):
    def boom(raw, spec):
        raise AssertionError(f"parsed {raw.label} again: the cache was not used")

    monkeypatch.setattr(io, "_read", boom)


@pytest.fixture
def shop_dir(tmp_path):
    """A small folder: 30 days of the demo shop_daily with one extra column (a DataWarning), and orders
    with a blank yes/no cell (an object column holding NaN)."""
    d = tmp_path / "exports"
    d.mkdir()
    lines = (demo_dir() / "shop_daily.csv").read_text(encoding="utf-8").splitlines()[:31]
    lines = [lines[0] + ",备用列"] + [line + ",x" for line in lines[1:]]
    (d / "shop_daily.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (d / "orders.csv").write_text(
        "order_id,buyer_id,paid_at,paid_amount,refunded\n"
        "1,a,2026-01-01 10:00:00,5.0,是\n2,b,2026-01-02 10:00:00,6.0,\n3,c,2026-01-02 11:00:00,6.5,否\n",
        encoding="utf-8")
    return d


def _load(folder, **kwargs):
    """load_shop, returning the shop and the warnings it raised as (category, message, filename)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        shop = sa.load_shop(folder, **kwargs)
    return shop, [(w.category, str(w.message), w.filename) for w in caught]


def _assert_same_shop(a, b):
    for name in TABLES:
        x, y = getattr(a, name), getattr(b, name)
        assert (x is None) == (y is None), name
        if x is None:
            continue
        pd.testing.assert_frame_equal(x, y, check_exact=True)
        assert list(x.dtypes) == list(y.dtypes), name
        for col in x.columns[x.dtypes == object]:  # NaN stays NaN, not None (bool(None) is False)
            assert [type(v) for v in x[col]] == [type(v) for v in y[col]], (name, col)
    assert a.files == b.files
    assert [str(f) for f in a.findings] == [str(f) for f in b.findings]


def test_a_second_load_comes_from_the_cache_with_its_warnings(shop_dir, cache, parses, monkeypatch):
    first, warned = _load(shop_dir)
    assert sorted(parses) == ["orders", "shop_daily"]
    assert len(list(cache.glob("*.parquet"))) == 2
    assert any(c is DataWarning and "备用列" in m for c, m, _ in warned)
    assert all(f == __file__ for c, _, f in warned if c is DataWarning)  # the user's line, as without the cache
    _no_parsing(monkeypatch)
    second, again = _load(shop_dir)
    _assert_same_shop(first, second)
    assert again == warned  # the same warnings, same order, same line
    assert second.orders["refunded"].astype(bool).tolist() == [True, True, False]  # NaN, as read


def test_a_file_changed_in_place_with_the_same_size_and_time_is_read_again(shop_dir, parses):
    path = shop_dir / "shop_daily.csv"
    first, _ = _load(shop_dir, tables="shop_daily")
    stat = path.stat()
    text = path.read_text(encoding="utf-8")
    old = str(first.shop_daily["visitors"].iloc[0])
    new = ("1" if old[0] != "1" else "2") + old[1:]  # same length, still below the pageviews
    path.write_text(text.replace(f",{old},", f",{new},", 1), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    second, _ = _load(shop_dir, tables="shop_daily")
    assert parses == ["shop_daily", "shop_daily"]
    assert second.shop_daily["visitors"].iloc[0] == int(new)


def test_a_new_package_version_or_reader_source_invalidates(shop_dir, parses, monkeypatch, tmp_path):
    _load(shop_dir, tables="shop_daily")
    _load(shop_dir, tables="shop_daily")
    assert parses == ["shop_daily"]
    monkeypatch.setattr(sa, "__version__", "99.0.0")
    _cache._environment.cache_clear()
    _load(shop_dir, tables="shop_daily")
    assert parses == ["shop_daily"] * 2
    # the reader's own source is part of the key: an edit to io.py during development invalidates too
    copy = tmp_path / "pkg"
    shutil.copytree(_cache._PACKAGE, copy, ignore=shutil.ignore_patterns("data", "fonts", "__pycache__"))
    monkeypatch.setattr(_cache, "_PACKAGE", copy)
    _cache._environment.cache_clear()
    before = _cache._environment()
    with open(copy / "io.py", "a", encoding="utf-8") as fh:
        fh.write("\n# an edit\n")
    _cache._environment.cache_clear()
    assert _cache._environment() != before


def test_the_language_is_part_of_the_key(shop_dir, parses):
    _, zh = _load(shop_dir, tables="shop_daily")
    with sa.language("en"):
        _, en = _load(shop_dir, tables="shop_daily")
    assert parses == ["shop_daily", "shop_daily"]
    assert [m for _, m, _ in zh] != [m for _, m, _ in en]
    assert any("备用列" in m and "dropped" in m.lower() for _, m, _ in en)


def test_a_corrupt_cache_file_is_ignored_and_rebuilt(shop_dir, cache, parses):
    first, warned = _load(shop_dir)
    entries = sorted(cache.glob("*.parquet"))
    assert len(entries) == 2
    entries[0].write_bytes(b"not parquet at all")
    entries[1].write_bytes(entries[1].read_bytes()[: entries[1].stat().st_size // 2])  # cut off mid-write
    second, again = _load(shop_dir)
    assert sorted(parses) == ["orders", "orders", "shop_daily", "shop_daily"]
    assert again == warned  # no word about the cache
    _assert_same_shop(first, second)
    for entry in entries:  # rebuilt, readable
        assert pq.read_table(entry).num_rows > 0


def test_a_cached_read_is_refused_when_today_moves_back_before_its_dates(shop_dir, monkeypatch):
    monkeypatch.setenv("SHOPANALYSIS_TODAY", "2026-11-01")
    _load(shop_dir, tables="shop_daily")
    monkeypatch.setenv("SHOPANALYSIS_TODAY", "2025-11-10")  # the file runs to 2025-11-30
    with pytest.raises(DataError, match="2025-11-1"):
        sa.load_shop(shop_dir, tables="shop_daily")


def test_the_cache_can_be_turned_off(shop_dir, cache, parses, monkeypatch):
    monkeypatch.setenv(_cache.ENV_OFF, "1")
    _load(shop_dir, tables="shop_daily")
    _load(shop_dir, tables="shop_daily")
    assert parses == ["shop_daily"] * 2
    assert not cache.exists() or not list(cache.iterdir())
    monkeypatch.delenv(_cache.ENV_OFF)
    _cache.set_cache(False)
    _load(shop_dir, tables="shop_daily")
    assert parses == ["shop_daily"] * 3
    _cache.set_cache(None)
    _load(shop_dir, tables="shop_daily")
    assert len(list(cache.glob("*.parquet"))) == 1
    assert _cache.clear_cache() == 1
    assert not list(cache.iterdir())


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(_cache.ENV_DIR)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert _cache.cache_dir() == tmp_path / "xdg" / "shopanalysis"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert _cache.cache_dir() == tmp_path / "home" / ".cache" / "shopanalysis"


def test_the_folder_is_kept_under_its_size_limit(shop_dir, cache, monkeypatch):
    _load(shop_dir)
    sizes = {p.name: p.stat().st_size for p in cache.glob("*.parquet")}
    assert len(sizes) == 2
    monkeypatch.setenv(_cache.ENV_MAX_MB, str(max(sizes.values()) / 1024 / 1024))  # room for one entry
    _cache.clear_cache()
    _load(shop_dir)
    assert len(list(cache.glob("*.parquet"))) == 1


_WRITER = textwrap.dedent("""
    import sys, warnings
    from pathlib import Path
    import shopanalysis as sa
    warnings.simplefilter("ignore")
    cache = Path(sys.argv[2])
    for _ in range(6):
        for entry in cache.glob("*.parquet"):
            entry.unlink(missing_ok=True)
        sa.load_shop(sys.argv[1])
""")


def test_two_processes_writing_at_once_leave_a_readable_file(shop_dir, cache, monkeypatch):
    env = {**os.environ, _cache.ENV_DIR: str(cache)}
    procs = [subprocess.Popen([sys.executable, "-c", _WRITER, str(shop_dir), str(cache)], env=env,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    assert not [p.name for p in cache.iterdir() if p.suffix != ".parquet"]  # no temporary file left
    assert len(list(cache.glob("*.parquet"))) == 2
    _cache.set_cache(False)
    fresh, _ = _load(shop_dir)
    _cache.set_cache(None)
    _no_parsing(monkeypatch)
    cached, _ = _load(shop_dir)
    _assert_same_shop(fresh, cached)


@pytest.mark.parametrize("folder", [SAMPLES / "demo_shop", SAMPLES / "jd_home"], ids=["demo_shop", "jd_home"])
def test_cached_and_fresh_loads_are_identical(folder, monkeypatch):
    fresh, warned = _load(folder)  # a miss returns the parser's own frames
    _no_parsing(monkeypatch)
    cached, again = _load(folder)
    _assert_same_shop(fresh, cached)
    assert again == warned


# --- shopanalysis run --no-cache ---------------------------------------------------------------

ENV_REPORT = """import os
import pyarrow as pa
import shopanalysis as sa
sa.record("no_cache", os.environ.get("SHOPANALYSIS_NO_CACHE", ""))
sa.record("arrow_pool", pa.default_memory_pool().backend_name)
sa.record("threads", [os.environ.get(name, "") for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")])
sa.record("arrow_threads", pa.cpu_count())
"""


def _env_report(directory: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["shopanalysis"] = {"title": "环境", "period": "date"}
    nb.cells = [
        nbformat.v4.new_code_cell('date: str = "2026-10-15"  # the day', metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell(ENV_REPORT),
    ]
    path = directory / "env_report.ipynb"
    nbformat.write(nb, path)
    return path


def test_no_cache_reaches_the_report_kernel(tmp_path, monkeypatch):
    import json

    d = tmp_path / "nb"
    d.mkdir()
    _env_report(d)
    monkeypatch.setenv("SHOPANALYSIS_REPORTS", str(d))
    out = tmp_path / "out"
    assert cli.main(["run", "env-report", "--no-cache", "--out", str(out), "-q"]) == 0
    metrics = json.loads((out / "env_report" / "2026-10-15" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["metrics"]["no_cache"] == "1"
    assert _cache.ENV_OFF not in os.environ  # the kernel's, not this process's
    # Arrow's system allocator in the report's kernel, unless the user chose one
    assert metrics["metrics"]["arrow_pool"] == "system"
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "jemalloc")
    assert cli.main(["run", "env-report", "--out", str(out), "-q", "--force"]) == 0
    metrics = json.loads((out / "env_report" / "2026-10-15" / "metrics.json").read_text(encoding="utf-8"))
    assert metrics["metrics"]["arrow_pool"] == "jemalloc" and metrics["metrics"]["no_cache"] == ""


def test_parallel_runs_share_the_cores_between_their_kernels(tmp_path, monkeypatch):
    import json

    d = tmp_path / "nb"
    d.mkdir()
    _env_report(d)
    monkeypatch.setenv("SHOPANALYSIS_REPORTS", str(d))
    for name in runner.THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(runner.os, "cpu_count", lambda: 8)
    out = tmp_path / "out"

    def seen(day):
        metrics = json.loads((out / "env_report" / day / "metrics.json").read_text(encoding="utf-8"))["metrics"]
        return metrics["threads"], metrics["arrow_threads"]

    # two at a time on 8 cores: 4 threads each for Arrow and BLAS, in the kernels only
    assert cli.main(["run", "env-report", "-p", "date=2026-10-14..2026-10-15", "-j", "2", "--out", str(out),
                     "-q"]) == 0
    assert seen("2026-10-14") == seen("2026-10-15") == (["4", "4"], 4)
    assert "OMP_NUM_THREADS" not in os.environ
    # one at a time: the libraries' own default; a variable the user set is theirs
    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    assert cli.main(["run", "env-report", "-p", "date=2026-10-13", "--out", str(out), "-q"]) == 0
    assert seen("2026-10-13")[0] == ["3", ""]
    assert cli.main(["run", "env-report", "-p", "date=2026-10-11..2026-10-12", "-j", "2", "--out", str(out),
                     "-q"]) == 0
    assert seen("2026-10-12") == (["3", "4"], 3)


def test_the_cache_is_on_unless_asked(tmp_path, monkeypatch):
    d = tmp_path / "nb"
    d.mkdir()
    _env_report(d)
    monkeypatch.setenv("SHOPANALYSIS_REPORTS", str(d))
    seen = []
    monkeypatch.setattr(runner, "run_batch", lambda jobs, **kw: seen.append(jobs) or [])
    assert cli.main(["run", "env-report", "-q", "--out", str(tmp_path / "out")]) == 0
    assert cli.main(["run", "env-report", "-q", "--out", str(tmp_path / "out"), "--no-cache"]) == 0
    assert "cache" not in seen[0][0] and seen[1][0]["cache"] is False
    monkeypatch.setenv("ARROW_DEFAULT_MEMORY_POOL", "mimalloc")
    monkeypatch.setenv("SHOPANALYSIS_HEADLESS", "0")
    assert runner._kernel_env(True) == {}  # nothing to add
    assert "kernel_manager_class" in runner._kernel_env(False)
    monkeypatch.delenv("ARROW_DEFAULT_MEMORY_POOL")
    assert "kernel_manager_class" in runner._kernel_env(True)
