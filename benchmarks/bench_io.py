"""Time the export readers: ``python benchmarks/bench_io.py [--repeat N] [--workdir DIR] [--small]``.

The big cases (issue 15), each read in a fresh subprocess (wall-clock seconds, best of N,
and the subprocess's peak RSS, ``VmHWM``, where Linux's ``ru_maxrss`` would include the
parent's peak):

- ``read_table`` on the demo shop scaled x20 (:func:`shopanalysis.samples.write_scaled_shop`):
  the 1.1M-row keyword report (``ppc_keywords.csv``) and 1M orders (``orders.csv``), through
  the fast path (new), the tolerant path (``shopanalysis.io._fast_path = False``, what the
  reader did before: "before"), against ``pandas.read_csv(engine="pyarrow")`` on the same
  file, with the ratio read_table / pyarrow (the goal: at most 3, peak RSS under 1.5 GB);
- xlsx: ``pandas.read_excel`` of a 10,000- and a 100,000-row keyword export (dates, percents
  stored as numbers and as text, a formula column with cached values) with openpyxl and with
  calamine, whether both give the same cell texts, and ``read_table`` on them.

The scaled files are generated once into ``--workdir`` (default
``/tmp/shopanalysis-bench-io``) and reused; nothing is written into the repository.
The machine's load shows in every number: compare ratios, rerun on a quiet machine.

``--small`` runs the older, in-process cases instead:

- ``read_table`` on the demo shop's biggest files (canonical UTF-8 csv),
- ``load_shop`` on both sample folders (``demo_shop/`` and the GBK exports of ``jd_home/``),
- ``read_table`` on a synthetic 70,000-row 直通车 keyword export written the way the
  platforms do it (GBK, title line, "1,234", "¥45.60", "3.21%", a derived column, a
  totals row), and on a 10,000-row xlsx of the same.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
from pathlib import Path

import numpy as np
import pandas as pd

from shopanalysis import DataWarning
from shopanalysis.io import load_shop, read_table


def _best(fn, repeat: int) -> float:
    """Return the fastest of ``repeat`` timed calls of ``fn``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _sample_dirs(tmp: Path) -> tuple[Path, Path]:
    """Return the demo and JD sample folders, writing them to ``tmp`` if they are not bundled yet."""
    from shopanalysis import samples

    demo, jd = samples.demo_dir(), samples.jd_dir()
    if not any(demo.glob("*.csv")):
        demo = tmp / "demo_shop"
        samples.write_demo_shop(demo)
    if not any(jd.glob("*.csv")):
        jd = tmp / "jd_home"
        samples.write_jd_shop(jd)
    return demo, jd


def _synthetic_export(n: int) -> pd.DataFrame:
    """Return an n-row 直通车 keyword report as an operator downloads it (all cells text)."""
    rng = np.random.default_rng(0)
    days = pd.date_range("2026-01-01", periods=n // 100 + 1, freq="D").repeat(100)[:n]
    impressions = rng.integers(1_000, 100_000, n)
    clicks = (impressions * rng.uniform(0.005, 0.05, n)).astype(int)
    cost = np.round(clicks * rng.uniform(0.3, 2.5, n), 2)
    return pd.DataFrame({
        "日期": days.strftime("%Y/%m/%d"),
        "计划名称": "日常推广",
        "关键词": [f"关键词{i % 100}" for i in range(n)],
        "展现量": [f"{v:,}" for v in impressions],
        "点击量": [f"{v:,}" for v in clicks],
        "点击率": [f"{c / i:.2%}" for c, i in zip(clicks, impressions)],
        "花费": [f"￥{v:,.2f}" for v in cost],
        "总成交笔数": rng.integers(0, 5, n).astype(str),
        "总成交金额": [f"{v:,.2f}" for v in rng.integers(0, 200_000, n) / 100],
        "质量分": rng.integers(1, 11, n).astype(str),
    })


def small(args) -> int:
    """Run the in-process benchmarks on the sample shops and print one line per case."""
    warnings.simplefilter("ignore", DataWarning)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        demo, jd = _sample_dirs(tmp)
        rows = []
        for name in ("ppc_search_terms", "ppc_keywords", "orders", "products_daily", "competitors"):
            path = demo / f"{name}.csv"
            if path.exists():
                n = len(read_table(path, name))
                rows.append((f"read_table demo_shop/{path.name} ({n:,} rows)",
                             _best(lambda p=path, t=name: read_table(p, t), args.repeat)))
        rows.append(("load_shop demo_shop (check=False)", _best(lambda: load_shop(demo, check=False), args.repeat)))
        rows.append(("load_shop demo_shop (check=True)", _best(lambda: load_shop(demo), args.repeat)))
        rows.append(("load_shop jd_home (check=False)", _best(lambda: load_shop(jd, check=False), args.repeat)))
        rows.append(("load_shop jd_home (check=True)", _best(lambda: load_shop(jd), args.repeat)))

        export = _synthetic_export(70_000)
        csv_path = tmp / "直通车关键词_70k.csv"
        body = export.to_csv(index=False, lineterminator="\r\n")
        csv_path.write_bytes(("京东快车 - 关键词报表\r\n" + body + "合计,,,,,,,,,\r\n").encode("gbk"))
        rows.append(("read_table 70,000-row GBK export (csv)",
                     _best(lambda: read_table(csv_path, "ppc_keywords"), args.repeat)))
        xlsx_path = tmp / "直通车关键词_10k.xlsx"
        export.head(10_000).to_excel(xlsx_path, index=False)
        rows.append(("read_table 10,000-row export (xlsx)",
                     _best(lambda: read_table(xlsx_path, "ppc_keywords"), args.repeat)))
    width = max(len(label) for label, _ in rows)
    for label, seconds in rows:
        print(f"{label:<{width}}  {seconds:7.3f} s")
    return 0


# ----------------------------------------------------------------------------- big cases (subprocesses)

#: What a child process runs: one read, then its time and peak RSS as JSON on the last line.
_CHILD = r"""
import json, resource, sys, time, warnings
import pandas as pd
import shopanalysis.io as sio
mode, path, table = sys.argv[1:4]
warnings.simplefilter("ignore")
if mode == "tolerant":
    sio._fast_path = False
start = time.perf_counter()
if mode == "pyarrow":
    n = len(pd.read_csv(path, engine="pyarrow"))
elif mode in ("openpyxl", "calamine"):
    n = len(pd.read_excel(path, engine=mode, header=None, dtype=object, keep_default_na=False))
elif mode.startswith("read_table"):
    if mode.endswith("openpyxl"):
        sio._excel_engine = "openpyxl"
    n = len(sio.read_table(path, table))
else:
    n = len(sio.read_table(path, table))
seconds = time.perf_counter() - start
# The peak RSS of this process: VmHWM (ru_maxrss would carry over the parent's peak across exec).
try:
    with open("/proc/self/status") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
except (OSError, StopIteration):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rows": n, "rss_mb": rss}))
"""


def _child(mode: str, path: Path, table: str, repeat: int, pool: str | None = None) -> dict:
    """Return the best time (and the peak RSS of that run) of ``repeat`` subprocess reads.

    ``pool``: Arrow's memory pool for the subprocess (``ARROW_DEFAULT_MEMORY_POOL``);
    None leaves the environment as it is.
    """
    env = {**os.environ, **({"ARROW_DEFAULT_MEMORY_POOL": pool} if pool else {})}
    best = None
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", _CHILD, mode, str(path), table],
                              capture_output=True, text=True, check=False, env=env)
        if done.returncode:
            raise RuntimeError(f"{mode} {path}: {done.stderr.strip().splitlines()[-1:]}")
        got = json.loads(done.stdout.strip().splitlines()[-1])
        if best is None or got["seconds"] < best["seconds"]:
            best = got
    return best


def _scaled(workdir: Path, factor: int) -> Path:
    """Return the demo shop scaled ``factor`` times (keywords and orders), written once into ``workdir``."""
    from shopanalysis.samples import write_scaled_shop

    folder = workdir / f"demo_x{factor}"
    stamp = folder / ".complete"
    if not stamp.exists():
        write_scaled_shop(folder, factor, tables=["ppc_keywords", "orders"])
        stamp.write_text("ok")
    return folder


def _xlsx_export(path: Path, n: int) -> None:
    """Write an n-row 直通车 keyword export as xlsx: real date cells, a rate stored as a number (percent
    format) and one as text ("3.21%"), and a formula column (点击率 = 点击量 / 展现量) with cached values."""
    from openpyxl import Workbook

    export = _synthetic_export(n)
    rng = np.random.default_rng(1)
    impressions = rng.integers(1_000, 100_000, n)
    clicks = (impressions * rng.uniform(0.005, 0.05, n)).astype(int)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("关键词报表")
    sheet.append(["日期", "计划名称", "关键词", "展现量", "点击量", "点击率", "花费", "总成交笔数", "总成交金额",
                  "质量分", "投入产出比"])
    # Days that end before the demo's last day (a date after today is refused, as a typo).
    days = pd.date_range(end="2026-10-31", periods=n // 100 + 1, freq="D").repeat(100)[:n].to_pydatetime().tolist()
    cost = np.round(clicks * rng.uniform(0.3, 2.5, n), 2).tolist()
    gmv = (rng.integers(0, 200_000, n) / 100).tolist()
    words, orders, scores = (export[c].tolist() for c in ("关键词", "总成交笔数", "质量分"))
    imp, clk = impressions.tolist(), clicks.tolist()
    for i in range(n):
        sheet.append([days[i], "日常推广", words[i], imp[i], clk[i], f"=E{i + 2}/D{i + 2}", cost[i], int(orders[i]),
                      gmv[i], scores[i], f"{gmv[i] / cost[i]:.2%}" if cost[i] else "-"])
    book.save(path)
    # Give every formula its cached value, as Excel would have saved it.
    with zipfile.ZipFile(path) as zin:
        items = {name: zin.read(name) for name in zin.namelist()}
    name = next(k for k in items if k.startswith("xl/worksheets/sheet"))
    xml = items[name].decode("utf-8")

    def cached(m):
        row = int(m.group(2))
        return f'{m.group(1)}<f>{m.group(3)}</f><v>{float(clicks[row - 2] / impressions[row - 2])!r}</v></c>'

    xml = re.sub(r'(<c r="F(\d+)"[^>]*>)<f>([^<]*)</f>(?:<v\s*/>|<v>\s*</v>)?</c>', cached, xml)
    items[name] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for k, v in items.items():
            zout.writestr(k, v)


def _same_cells(path: Path) -> str:
    """Return whether openpyxl and calamine give the same cell texts (as the reader sees them), or the first difference."""
    from shopanalysis.io import _cell_text

    frames = [pd.read_excel(path, engine=e, header=None, dtype=object, keep_default_na=False)
              for e in ("openpyxl", "calamine")]
    a, b = (f.apply(lambda s: s.map(_cell_text)) for f in frames)
    if a.shape != b.shape:
        return f"shapes differ {a.shape} {b.shape}"
    diff = (a.to_numpy() != b.to_numpy())
    if diff.any():
        i, j = np.argwhere(diff)[0]
        return f"differ at row {i + 1}, column {j + 1}: {a.iat[i, j]!r} vs {b.iat[i, j]!r} ({int(diff.sum())} cells)"
    return "same cell texts"


def big(args) -> int:
    """Run the issue-15 benchmarks in subprocesses and print a table."""
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    folder = _scaled(workdir, args.factor)
    for table, label in (("ppc_keywords", "keyword report"), ("orders", "orders")):
        path = folder / f"{table}.csv"
        # Both engines under each of Arrow's pools: mimalloc (Arrow's default, what a notebook kernel
        # started by Jupyter gets) and system (what shopanalysis run's kernels get, runner.KERNEL_DEFAULTS).
        for pool in args.arrow_pool:
            lines = []
            base = _child("pyarrow", path, table, args.repeat, pool)
            lines.append(f"{label} x{args.factor} ({base['rows']:,} rows, {path.stat().st_size / 2**20:.0f} MiB), "
                         f"Arrow memory pool {pool}")
            lines.append(f"  pandas.read_csv(engine='pyarrow')  {base['seconds']:7.2f} s  "
                         f"peak RSS {base['rss_mb']:6.0f} MB")
            for mode, what in (("fast", "read_table (fast path, new)"), ("tolerant", "read_table (tolerant path, before)")):
                if mode == "tolerant" and args.no_before:
                    continue
                got = _child(mode, path, table, 1 if mode == "tolerant" else args.repeat, pool)
                lines.append(f"  {what:<33} {got['seconds']:7.2f} s  peak RSS {got['rss_mb']:6.0f} MB  "
                             f"ratio {got['seconds'] / base['seconds']:5.1f}x pyarrow")
            print("\n".join(lines), flush=True)
    for n in args.xlsx_rows:
        path = workdir / f"keywords_{n}.xlsx"
        if not path.exists():
            _xlsx_export(path, n)
        print(f"xlsx {n:,} rows ({path.stat().st_size / 2**20:.1f} MiB): {_same_cells(path)}", flush=True)
        for mode in ("openpyxl", "calamine", "read_table_openpyxl", "read_table"):
            got = _child(mode, path, "ppc_keywords", args.repeat)
            what = {"openpyxl": "pandas.read_excel(engine='openpyxl')", "calamine": "pandas.read_excel(engine='calamine')",
                    "read_table_openpyxl": "read_table with openpyxl", "read_table": "read_table (default engine)"}[mode]
            print(f"  {what:<38} {got['seconds']:7.2f} s  peak RSS {got['rss_mb']:6.0f} MB", flush=True)
    return 0


def main(argv=None) -> int:
    """Run the benchmarks and print one line per case."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per case (the best is shown)")
    parser.add_argument("--workdir", default=str(Path(tempfile.gettempdir()) / "shopanalysis-bench-io"),
                        help="cache folder for the scaled shop and the xlsx files")
    parser.add_argument("--factor", type=int, default=20, help="scale of the demo shop (20: 1.1M keyword rows)")
    parser.add_argument("--xlsx-rows", type=int, nargs="*", default=[10_000, 100_000], help="rows of the xlsx cases")
    parser.add_argument("--no-before", action="store_true", help="skip the (slow) tolerant-path runs")
    parser.add_argument("--arrow-pool", nargs="*", default=["mimalloc", "system"],
                        help="Arrow memory pools to run the big cases under (ARROW_DEFAULT_MEMORY_POOL)")
    parser.add_argument("--small", action="store_true", help="run the in-process sample-shop cases instead")
    args = parser.parse_args(argv)
    return small(args) if args.small else big(args)


if __name__ == "__main__":
    raise SystemExit(main())
