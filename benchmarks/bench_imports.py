"""What each report's kernel spends importing and loading: ``python benchmarks/bench_imports.py [REPORT ...]``.

For each report notebook (default: all of ``notebooks/reports``) a fresh process does
what the report's kernel does: it imports what an IPython kernel has loaded before the
first cell runs (``ipykernel``), then runs the notebook's code cells with their default
parameters in an IPython shell (the Agg backend; widgets off), under ``python -X importtime``.
Printed per report, median of ``--repeat`` processes:

- ``import``: seconds spent importing modules while the cells ran (the sum of the
  top-level entries of ``-X importtime`` after the kernel's own imports);
- ``load``: seconds inside ``shopanalysis.io.load_shop`` less the imports made there
  (reading the tables);
- ``cells``: wall time of all code cells (import + load + computing and drawing);
- the heavy optional packages the report ended up importing (``--heavy`` lists the
  names looked for), and with ``--top N`` the N slowest imports of the first run.

With ``--cells`` the cells run as in a notebook instead: the inline backend, the
notebook's ``%config`` lines (``figure_format = "retina"``) and the post-cell hooks, so a
chart cell includes its PNG; each code cell's median wall and CPU seconds are printed,
to find where a report's time goes cell by cell (``import`` then also counts the PNG
writer's few imports).

Timings include ``-X importtime``'s own small overhead; compare runs of this script.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HEAVY = ("seaborn", "scipy", "openpyxl", "ipywidgets", "nbformat", "papermill", "matplotlib", "pyarrow",
         "statsmodels", "sklearn", "weasyprint", "jinja2", "tqdm", "xlrd", "calamine", "python_calamine")

# runs in the child: stderr carries -X importtime's lines and our markers, stdout one JSON line
_CHILD = r'''
import json, os, sys, time
CELLS = os.environ.get("BENCH_CELLS") == "1"  # --cells: as a notebook does, the inline backend and its PNGs
os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline" if CELLS else "Agg"
import ipykernel.ipkernel  # what a kernel has imported before the first cell  # noqa: F401
from IPython.core.interactiveshell import InteractiveShell
import importlib.abc, importlib.util

nb = json.loads(open(sys.argv[1], encoding="utf-8").read())
cells = [("".join(c["source"]), c["metadata"].get("tags", [])) for c in nb["cells"] if c["cell_type"] == "code"]
shell = InteractiveShell.instance()
if CELLS:
    shell.display_pub.publish = lambda *args, **kwargs: None  # the formatters still render; nothing is printed
load = {"seconds": 0.0}
per_cell = []


def _wrap(module):
    inner = module.load_shop

    def load_shop(*args, **kwargs):
        sys.stderr.write("H3MARK load-start\n"); sys.stderr.flush()
        t0 = time.perf_counter()
        try:
            return inner(*args, **kwargs)
        finally:
            load["seconds"] += time.perf_counter() - t0
            sys.stderr.write("H3MARK load-end\n"); sys.stderr.flush()

    module.load_shop = load_shop


class _Finder(importlib.abc.MetaPathFinder):  # wrap shopanalysis.io.load_shop the moment it is imported
    def find_spec(self, name, path, target=None):
        if name != "shopanalysis.io":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        loader = spec.loader
        run = loader.exec_module

        def exec_module(module):
            run(module)
            _wrap(module)

        loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, _Finder())
sys.stderr.write("H3MARK start\n"); sys.stderr.flush()
t0 = time.perf_counter()
for name in filter(None, sys.argv[2].split(",")):  # --extra: what the report imported before lazy imports
    __import__(name)
for source, tags in cells:
    if "parameters" in tags:
        source += "\ninteractive = False"
    if not CELLS:
        source = "\n".join(line for line in source.splitlines() if not line.lstrip().startswith("%"))
    wall, cpu = time.perf_counter(), time.process_time()
    with open(os.devnull, "w") as devnull:
        stdout, sys.stdout = sys.stdout, devnull
        try:
            result = shell.run_cell(source, silent=not CELLS)  # silent skips the post-cell hooks (the PNGs)
        finally:
            sys.stdout = stdout
    per_cell.append((time.perf_counter() - wall, time.process_time() - cpu, source.strip().splitlines()[0][:60]))
    if not result.success:
        print(json.dumps({"error": repr(result.error_in_exec or result.error_before_exec)}))
        sys.exit(0)
cells_s = time.perf_counter() - t0
sys.stderr.write("H3MARK end\n"); sys.stderr.flush()
print(json.dumps({"cells": cells_s, "load_wall": load["seconds"], "modules": sorted(sys.modules), "per_cell": per_cell}))
'''

_LINE = re.compile(r"^import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")


def _parse(stderr: str) -> tuple[float, float, list[tuple[float, str]]]:
    """Return (seconds importing after the start mark, of them inside load_shop, top-level imports)."""
    started, in_load = False, False
    total = in_load_s = 0.0
    top = []
    for line in stderr.splitlines():
        if line.startswith("H3MARK "):
            mark = line.split()[1]
            started = started or mark == "start"
            in_load = mark == "load-start"
            continue
        m = _LINE.match(line)
        if not (started and m) or len(m.group(3)) != 1:  # one space: a top-level import
            continue
        seconds = int(m.group(2)) / 1e6
        total += seconds
        in_load_s += seconds if in_load else 0.0
        top.append((seconds, m.group(4)))
    return total, in_load_s, top


def measure(notebook: Path, extra: str = "", cells: bool = False) -> dict:
    """Run ``notebook``'s cells once in a fresh ``-X importtime`` process and return what it cost.

    ``extra``: comma-separated modules imported first, as part of the cells' time.
    ``cells``: run them as a notebook does (inline backend, ``%config``, PNGs); ``per_cell``
    holds each code cell's (wall, CPU, first line) either way.
    """
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write(_CHILD)
    try:
        env = {**os.environ, "PYTHONWARNINGS": "ignore", "BENCH_CELLS": "1" if cells else "0"}
        notebook = Path(notebook).resolve()
        done = subprocess.run([sys.executable, "-X", "importtime", f.name, str(notebook), extra], capture_output=True,
                              text=True, cwd=notebook.parent, env=env, check=False)
    finally:
        os.unlink(f.name)
    lines = done.stdout.strip().splitlines()
    if done.returncode or not lines:
        raise RuntimeError(f"{notebook.name}: {done.stderr[-2000:]}")
    out = json.loads(lines[-1])
    if "error" in out:
        raise RuntimeError(f"{notebook.name}: {out['error']}")
    imports, in_load, top = _parse(done.stderr)
    heavy = sorted({m.split(".")[0] for m in out["modules"]} & set(HEAVY))
    return {"import": imports, "load": out["load_wall"] - in_load, "cells": out["cells"], "heavy": heavy,
            "top": sorted(top, reverse=True), "per_cell": out["per_cell"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", nargs="*", help="report names (daily-review ...); default all")
    parser.add_argument("--repeat", type=int, default=3, help="processes per report; medians are printed")
    parser.add_argument("--top", type=int, default=0, help="also print the N slowest top-level imports")
    parser.add_argument("--heavy", action="store_true", help="print the package names looked for and exit")
    parser.add_argument("--extra", default="", help="comma-separated modules to import too, as code that "
                        "imported them at the top did (seaborn,scipy.optimize: the package before lazy imports)")
    parser.add_argument("--cells", action="store_true", help="run the cells as a notebook does (inline backend, "
                        "%%config, chart PNGs) and print each code cell's median wall and CPU seconds")
    args = parser.parse_args()
    if args.heavy:
        print(", ".join(HEAVY))
        return
    from shopanalysis.runner import reports_dir

    folder = reports_dir()
    names = args.reports or [p.stem.replace("_", "-") for p in sorted(folder.glob("*.ipynb"))]
    print(f"median of {args.repeat} fresh processes per report (seconds; a noisy machine shows in the spread)")
    print(f"{'report':<24}{'import':>8}{'load':>8}{'cells':>8}  heavy packages imported")
    for name in names:
        runs = [measure(folder / f"{name.replace('-', '_')}.ipynb", args.extra, args.cells) for _ in range(args.repeat)]
        med = {k: statistics.median(r[k] for r in runs) for k in ("import", "load", "cells")}
        print(f"{name:<24}{med['import']:>8.2f}{med['load']:>8.2f}{med['cells']:>8.2f}  {', '.join(runs[0]['heavy'])}")
        for seconds, module in runs[0]["top"][: args.top]:
            print(f"{'':<26}{seconds:6.3f} s  {module}")
        if args.cells:
            print(f"{'':<4}{'cell':<6}{'wall':>7}{'cpu':>7}  first line")
            for i, (_, _, first) in enumerate(runs[0]["per_cell"]):
                wall = statistics.median(r["per_cell"][i][0] for r in runs)
                cpu = statistics.median(r["per_cell"][i][1] for r in runs)
                print(f"{'':<4}{i:<6}{wall:>7.3f}{cpu:>7.3f}  {first}")


if __name__ == "__main__":
    main()
