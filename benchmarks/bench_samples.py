"""Time the sample-shop generator and the writers, and report the size of every file.

Run with ``python benchmarks/bench_samples.py [--repeat N]``. Files are written to a
temporary folder (the bundled ``data/samples`` is not touched). Generation is timed
without the in-process cache, i.e. as a fresh ``python -m shopanalysis.samples`` sees it.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from shopanalysis import samples
from shopanalysis.checks import check_consistency


def _timed(fn, *args, **kwargs):
    t0 = time.perf_counter()
    out = fn(*args, **kwargs)
    return out, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each step; the best is reported")
    args = parser.parse_args()
    best: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for _ in range(args.repeat):
            samples._demo_frames.cache_clear()
            samples._jd_frames.cache_clear()
            demo, t_demo = _timed(samples.generate_demo_shop)
            jd, t_jd = _timed(samples.generate_jd_shop)
            demo_files, t_wd = _timed(samples.write_demo_shop, root / "demo_shop", shop=demo)
            jd_files, t_wj = _timed(samples.write_jd_shop, root / "jd_home", shop=jd)
            _, t_check = _timed(check_consistency, demo)
            for name, t in (("generate_demo_shop", t_demo), ("generate_jd_shop", t_jd),
                            ("write_demo_shop", t_wd), ("write_jd_shop", t_wj),
                            ("check_consistency(demo)", t_check)):
                best[name] = min(best.get(name, float("inf")), t)
        print(f"best of {args.repeat} run(s):")
        for name, t in best.items():
            print(f"  {name:<26} {t:7.2f} s")
        total = 0
        print("files:")
        for shop, files in ((demo, demo_files), (jd, jd_files)):
            for name, path in files.items():
                size = path.stat().st_size
                total += size
                rows = len(getattr(shop, name))
                print(f"  {path.parent.name}/{path.name:<24} {rows:>8,} rows {size / 1024:>10,.1f} KiB")
        print(f"  total {total / 1024 / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
