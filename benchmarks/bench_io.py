"""Time the export readers: ``python benchmarks/bench_io.py [--repeat N]``.

Prints the best of N wall-clock times, in seconds, for

- ``read_table`` on the demo shop's biggest files (canonical UTF-8 csv),
- ``load_shop`` on both sample folders (``demo_shop/`` and the GBK exports of ``jd_home/``),
- ``read_table`` on a synthetic 70,000-row 直通车 keyword export written the way the
  platforms do it (GBK, title line, "1,234", "¥45.60", "3.21%", a derived column, a
  totals row), and on a 10,000-row xlsx of the same.

The sample folders are read from :func:`shopanalysis.samples.samples_dir`; when they
are not there yet they are written to a temporary folder first.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import warnings
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


def main(argv=None) -> int:
    """Run the benchmarks and print one line per case."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per case (the best is shown)")
    args = parser.parse_args(argv)
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


if __name__ == "__main__":
    raise SystemExit(main())
