"""Time the parsed-table cache: load_shop(demo) and a daily review, cold against warm.

    .venv/bin/python benchmarks/bench_cache.py [--repeat 3] [--report daily-review] [-p date=2026-10-15]

Every timing uses a fresh cache folder in a temporary directory (never ~/.cache):

- ``load_shop``: the cache off (the parser alone), cold (parse and write the cache)
  and warm (read it back), in this process.
- the report: the empty-notebook floor (a notebook with only its parameters cell, run
  the same way), the report with the cache off, cold and warm; each through
  ``shopanalysis.runner.run_report`` (one kernel per run, which inherits
  ``SHOPANALYSIS_CACHE_DIR``). Issue 15's goal: warm within 2.5 s of the floor.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_runner import _empty_report  # noqa: E402

from shopanalysis import _cache, runner  # noqa: E402
from shopanalysis.io import load_shop  # noqa: E402
from shopanalysis.samples import demo_dir  # noqa: E402


def _load_seconds() -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        t0 = time.perf_counter()
        load_shop(demo_dir())
        return time.perf_counter() - t0


def _run_seconds(report, params, out: Path, cache: bool = True) -> float:
    res = runner.run_report(report, params, out_dir=out, force=True, cache=cache)
    return res.seconds["execute"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", default="daily-review")
    parser.add_argument("--param", "-p", action="append", default=["date=2026-10-15"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        os.environ[_cache.ENV_DIR] = str(tmp / "cache")  # this process and the kernels it starts
        os.environ.pop(_cache.ENV_OFF, None)

        print("load_shop(demo shop), seconds")
        _cache.set_cache(False)
        off = statistics.median(_load_seconds() for _ in range(args.repeat))
        _cache.set_cache(None)
        cold = []
        for _ in range(args.repeat):
            _cache.clear_cache()
            cold.append(_load_seconds())
        cold_s = statistics.median(cold)
        warm = statistics.median(_load_seconds() for _ in range(args.repeat))
        print(f"  cache off {off:6.2f}   cold {cold_s:6.2f}   warm {warm:6.2f}   cold/warm {cold_s / warm:5.1f}x")

        report = runner.get_report(args.report)
        params = runner.parse_parameters(report, [p for p in args.param if p.split("=")[0] in report.parameters])
        empty = runner._load_report(_empty_report(tmp))
        out = tmp / "reports"
        print(f"{args.report} {' '.join(args.param)}: notebook execution, seconds (median of {args.repeat})")
        floor = statistics.median(_run_seconds(empty, {"date": "2026-10-15"}, out) for _ in range(args.repeat))
        off_r = statistics.median(_run_seconds(report, params, out, cache=False) for _ in range(args.repeat))
        cold_r = []
        for _ in range(args.repeat):
            _cache.clear_cache()
            cold_r.append(_run_seconds(report, params, out))
        cold_r = statistics.median(cold_r)
        warm_r = statistics.median(_run_seconds(report, params, out) for _ in range(args.repeat))
        print(f"  empty-notebook floor {floor:6.2f}")
        print(f"  cache off {off_r:6.2f}   cold {cold_r:6.2f}   warm {warm_r:6.2f}   cold/warm {cold_r / warm_r:5.2f}x")
        print(f"  warm - floor {warm_r - floor:5.2f} s (goal: within 2.5 s)")


if __name__ == "__main__":
    main()
