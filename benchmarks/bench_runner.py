"""Time report runs end to end against the floor: an empty notebook run the same way.

    .venv/bin/python benchmarks/bench_runner.py [--report daily-review] [--repeat 3]
    .venv/bin/python benchmarks/bench_runner.py --report monthly-review -p month=2026-10   # the manager's PDF

Both go through ``shopanalysis.runner.run_report`` in this process (papermill starts
one kernel per run), so the difference is what the report itself costs: imports in
the kernel, reading the data, computing, drawing. The PDF step is timed separately,
with the size of the file it writes.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import nbformat

from shopanalysis import runner


def _empty_report(directory: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["shopanalysis"] = {"title": "empty", "period": "date"}
    nb.cells = [nbformat.v4.new_code_cell('date: str = "2026-10-15"  # the day', metadata={"tags": ["parameters"]})]
    path = directory / "empty.ipynb"
    nbformat.write(nb, path)
    return path


def _time(report, params, out: Path, repeat: int, pdf: bool) -> dict:
    runs = []
    for _ in range(repeat):
        res = runner.run_report(report, params, out_dir=out, pdf=pdf, force=True)
        runs.append(res)
    keys = runs[0].seconds.keys()
    out_stats = {k: statistics.median(r.seconds[k] for r in runs) for k in keys}
    pdf_file = next((f for f in runs[-1].files if f.suffix == ".pdf"), None)
    if pdf_file:
        out_stats["pdf_kib"] = pdf_file.stat().st_size / 1024
    return out_stats


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", default="daily-review")
    parser.add_argument("--param", "-p", action="append", default=["date=2026-10-15"])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        empty = runner._load_report(_empty_report(tmp))
        report = runner.get_report(args.report)
        params = runner.parse_parameters(report, [p for p in args.param if p.split("=")[0] in report.parameters])
        t0 = time.perf_counter()
        floor = _time(empty, {}, tmp / "out", args.repeat, pdf=False)
        real = _time(report, params, tmp / "out", args.repeat, pdf=True)
        wall = time.perf_counter() - t0
    print(f"median of {args.repeat} runs each (seconds)")
    print(f"{'':<22}{'execute':>9}{'html':>8}{'pdf':>8}{'total':>8}")
    for name, s in (("empty notebook", floor), (args.report, real)):
        print(f"{name:<22}{s['execute']:>9.2f}{s['html']:>8.2f}{s.get('pdf', float('nan')):>8.2f}{s['total']:>8.2f}")
    print(f"report cost above the floor: {real['execute'] - floor['execute']:.2f} s to execute")
    if "pdf_kib" in real:
        print(f"PDF: {real['pdf_kib']:.0f} KiB in {real['pdf']:.2f} s")
    print(f"(benchmark wall time {wall:.0f} s)")


if __name__ == "__main__":
    main()
