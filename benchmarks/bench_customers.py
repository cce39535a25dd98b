"""Time rfm_summary on 5 million orders against the same summary written in DuckDB SQL.

Run with ``python benchmarks/bench_customers.py [--orders N] [--customers N] [--days N] [--repeat N]``
(defaults: 5,000,000 orders from about 1,000,000 buyers over 400 days, best of 3).
Needs ``duckdb`` (``.venv/bin/pip install -e '.[bench]'``); without it the script says so and exits 0.

A seeded synthetic orders table (the ``orders`` contract: text order and buyer ids,
``datetime64[ns]`` payment times, amounts, a ``refunded`` flag; buyers' activity is
skewed, as in a real shop) is written to a temporary pickle. Each engine then runs in a
fresh process of its own, so the peak memory it reports is its own: the peak resident
set (``VmHWM``, reset before each run through ``/proc/self/clear_refs``; ``ru_maxrss``
where that is not possible) minus the resident set with the orders loaded. Times are the
best of ``--repeat`` runs, input pandas frame to output pandas frame for both. The two
summaries must agree (frequency, recency and T exactly, monetary value to 1e-9).
"""

from __future__ import annotations

import argparse
import json
import pickle
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

START = pd.Timestamp("2025-09-27")
REFUND_RATE = 0.09

SQL = """
WITH periods AS (              -- purchases merged per buyer and day (time_unit "D")
    SELECT buyer_id, date_trunc('day', paid_at) AS day, sum(paid_amount) AS amount
    FROM orders
    WHERE NOT refunded AND paid_at < TIMESTAMP '{cutoff}'
    GROUP BY ALL
)
SELECT buyer_id,
       count(*) - 1 AS frequency,
       date_diff('day', min(day), max(day)) AS recency,
       date_diff('day', min(day), TIMESTAMP '{end}') AS "T",
       coalesce((sum(amount) - arg_min(amount, day)) / nullif(count(*) - 1, 0), 0) AS monetary_value
FROM periods
GROUP BY buyer_id
"""


def make_orders(n_orders: int, n_customers: int, days: int, seed: int = 12) -> pd.DataFrame:
    """Return a synthetic orders table: skewed buyers over ``days`` days from 2025-09-27."""
    rng = np.random.default_rng(seed)
    weight = rng.pareto(1.2, n_customers) + 1.0
    buyer = rng.choice(n_customers, size=n_orders, p=weight / weight.sum())
    names = np.array([f"tb{i:09d}" for i in range(n_customers)], dtype=object)
    seconds = rng.integers(0, days * 86_400, size=n_orders)
    order_ids = (250_000_000_000_000_000 + rng.permutation(n_orders) * 7_919).astype(str)
    return pd.DataFrame({
        "order_id": pd.array(order_ids.astype(object), dtype="str"),
        "buyer_id": pd.array(names[buyer], dtype="str"),  # one text object per buyer, as pandas' CSV reader shares them
        "paid_at": (START + pd.to_timedelta(seconds, unit="s")).as_unit("ns"),
        "paid_amount": np.round(rng.gamma(2.0, 90.0, n_orders), 2),
        "refunded": rng.random(n_orders) < REFUND_RATE,
    })


# --- one engine, in its own process -------------------------------------------------------------


def _status_kib(field: str) -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _peak_kib(can_reset: bool) -> int:
    hwm = _status_kib("VmHWM") if can_reset else None
    return hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _engine(name: str, end: pd.Timestamp):
    if name == "rfm_summary":
        from shopanalysis._rfm import rfm_summary

        return lambda orders: rfm_summary(orders, observation_end=end)
    import duckdb

    con = duckdb.connect()
    query = SQL.format(cutoff=end + pd.Timedelta(days=1), end=end)

    def run(orders):
        con.register("orders", orders)
        return con.sql(query).df().set_index("buyer_id")

    return run


def worker(engine: str, data: Path, out: Path, end: pd.Timestamp, repeat: int) -> None:
    orders = pd.read_pickle(data)
    run = _engine(engine, end)
    best, extra = float("inf"), 0
    for _ in range(repeat):
        can_reset = _reset_peak()
        before = _status_kib("VmRSS") or resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        result = run(orders)
        best = min(best, time.perf_counter() - t0)
        extra = max(extra, _peak_kib(can_reset) - before)
    result.to_pickle(out)
    print(json.dumps({"seconds": best, "peak_extra_mib": extra / 1024, "peak_mib": _peak_kib(True) / 1024,
                      "rows": len(result)}))


# --- the comparison -------------------------------------------------------------------------------


def _run_worker(engine: str, data: Path, out: Path, end: pd.Timestamp, repeat: int) -> dict:
    cmd = [sys.executable, __file__, "--worker", engine, "--data", str(data), "--out", str(out),
           "--end", str(end.date()), "--repeat", str(repeat)]
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def agree(ours: pd.DataFrame, theirs: pd.DataFrame) -> list[str]:
    """Return what differs between the two summaries (nothing when they agree)."""
    problems = []
    if len(ours) != len(theirs) or set(ours.index) != set(theirs.index):
        return [f"different customers: {len(ours):,} against {len(theirs):,}"]
    theirs = theirs.loc[ours.index]
    for column in ("frequency", "recency", "T"):
        if not (ours[column].to_numpy() == theirs[column].to_numpy(dtype=float)).all():
            problems.append(f"{column} differs")
    if not np.allclose(ours["monetary_value"], theirs["monetary_value"], rtol=1e-9, atol=1e-9):
        problems.append("monetary_value differs")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=5_000_000)
    parser.add_argument("--customers", type=int, default=1_250_000,
                        help="buyer ids to draw from (skewed: about 4 in 5 of them buy, ~1M buyers)")
    parser.add_argument("--days", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=3, help="runs per engine; the best time is reported")
    parser.add_argument("--worker", choices=["rfm_summary", "duckdb"], help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--end", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.data, args.out, pd.Timestamp(args.end), args.repeat)
        return
    try:
        import duckdb
    except ImportError:
        print("duckdb is not installed, so there is nothing to compare with: pip install 'duckdb>=1,<2' to run "
              "this benchmark.")
        return
    t0 = time.perf_counter()
    orders = make_orders(args.orders, args.customers, args.days)
    end = (START + pd.Timedelta(days=args.days - 1)).normalize()
    print(f"{len(orders):,} orders, {orders['buyer_id'].nunique():,} buyers, {orders['paid_at'].min():%Y-%m-%d} to "
          f"{orders['paid_at'].max():%Y-%m-%d}, {orders['refunded'].mean():.1%} refunded "
          f"(built in {time.perf_counter() - t0:.1f} s); duckdb {duckdb.__version__}, pandas {pd.__version__}")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "orders.pkl"
        orders.to_pickle(data, protocol=pickle.HIGHEST_PROTOCOL)
        del orders
        stats, results = {}, {}
        for engine in ("rfm_summary", "duckdb"):
            out = Path(tmp) / f"{engine}.pkl"
            stats[engine] = _run_worker(engine, data, out, end, args.repeat)
            results[engine] = pd.read_pickle(out)
    problems = agree(results["rfm_summary"], results["duckdb"])
    print(f"{'engine':<12} {'best time':>10} {'peak memory':>12} {'(process)':>10} {'customers':>11}")
    for engine, s in stats.items():
        print(f"{engine:<12} {s['seconds']:>8.2f} s {s['peak_extra_mib']:>8,.0f} MiB {s['peak_mib']:>6,.0f} MiB "
              f"{s['rows']:>11,}")
    ratio = stats["rfm_summary"]["seconds"] / stats["duckdb"]["seconds"]
    print("results agree" if not problems else "results DIFFER: " + "; ".join(problems))
    fast = stats["rfm_summary"]["seconds"] < 10
    print(f"goal: rfm_summary under 10 s: {'yes' if fast else 'NO'} ({stats['rfm_summary']['seconds']:.2f} s); "
          f"within 2x of DuckDB: {'yes' if ratio <= 2 else 'NO'} ({ratio:.2f}x)")
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
