"""Time the package's aggregations against the same aggregation in DuckDB SQL, from the CSV exports.

    .venv/bin/python benchmarks/bench_engines.py [--factor 20] [--agents-factor 600] [--repeat 3] [--only prune]

On the demo shop scaled ``--factor`` times (:func:`shopanalysis.samples.write_scaled_shop`;
20 gives 1.1 million keyword-days and 1 million orders), each engine reads the CSV
and computes the same result:

``prune``
    ``read_table(ppc_keywords.csv)`` + :func:`shopanalysis.ppc.prune_keywords` (one margin
    for every keyword) against ``read_csv_auto`` + the same sums per campaign and keyword,
    the same rest-of-campaign rates, Beta bounds (SciPy's ``beta.ppf`` as a vectorised
    DuckDB function: SQL has none) and the same six rules in a ``CASE``. The decision
    counts of both are printed and must agree, keyword by keyword. prune_keywords also
    writes each keyword's reason sentence; the SQL does not.
``agents``
    ``read_table(cs_daily.csv)`` + :func:`shopanalysis.customer_service.summarize_agents`
    against the same summary in SQL. The scaled shop has one ``cs_daily`` (one row per
    agent and day), so its rows are repeated ``--agents-factor`` times here, the n-th
    copy's agents tagged ``#n`` (600 gives 1 million rows).
``rfm``
    ``read_table(orders.csv)`` + :func:`shopanalysis._rfm.rfm_summary` against the SQL of
    ``benchmarks/bench_customers.py`` on ``read_csv_auto`` (which times both engines on an
    in-memory frame of 5 million orders).

Each run is a fresh process, so its peak resident memory (``VmHWM``) is its own
(``(start)``: the peak before the run, after the imports); the time is from the start of
the read to the result as a pandas frame (imports not included), best of ``--repeat``
runs, with the part spent in ``read_table``; memory is the highest peak. The parsed-table cache
is off (``SHOPANALYSIS_NO_CACHE=1``): every read parses the CSV. Needs ``duckdb``
(the ``bench`` extra); without it the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_customers import SQL as RFM_SQL, agree as rfm_agree  # noqa: E402

MARGIN = 0.45  # one gross margin for every keyword: prune_keywords(margin=...) and the SQL alike
# prune_keywords' defaults, spelled out for the SQL
PRUNE = {"target_roi": 3.0, "min_clicks": 100, "min_impressions": 2000, "ctr_floor": 0.5, "max_step": 0.2,
         "min_bid": 0.1, "max_bid": 5.0, "prior_orders": 1.0, "level": 0.95}
RESPONSE_TARGET_S = 20.0
TASKS = ("prune", "agents", "rfm")
GOAL_RATIO = 3.0  # issue 15: reading and pruning within 3x of DuckDB
GOAL_PEAK_MIB = 1536  # issue 15: peak memory of the 1M-row runs under 1.5 GB

PRUNE_SQL = """
WITH kw AS (SELECT * FROM read_csv_auto('{path}')),
agg AS (                                      -- prune_keywords' _aggregate: sums per campaign and keyword
    SELECT campaign, keyword,
           count(DISTINCT date) AS days,
           sum(impressions) AS impressions, sum(clicks) AS clicks, sum(cost) AS cost,
           sum(orders) AS orders, sum(gmv) AS gmv, sum(add_to_cart) AS add_to_cart, sum(favorites) AS favorites,
           arg_max(product_id, date) FILTER (WHERE product_id IS NOT NULL) AS product_id,
           arg_max(bid, date) FILTER (WHERE bid IS NOT NULL) AS bid,
           arg_max(quality_score, date) FILTER (WHERE quality_score IS NOT NULL) AS quality_score,
           sum(avg_rank * impressions) FILTER (WHERE avg_rank IS NOT NULL)
               / nullif(sum(impressions) FILTER (WHERE avg_rank IS NOT NULL), 0) AS avg_rank
    FROM kw GROUP BY campaign, keyword
),
rest AS (                                     -- the rest of the campaign, and of the account
    SELECT *,
           sum(impressions) OVER c - impressions AS r_imp, sum(clicks) OVER c - clicks AS r_clk,
           sum(orders) OVER c - orders AS r_ord, sum(gmv) OVER c - gmv AS r_gmv,
           sum(impressions) OVER () - impressions AS a_imp, sum(clicks) OVER () - clicks AS a_clk,
           sum(orders) OVER () - orders AS a_ord, sum(gmv) OVER () - gmv AS a_gmv
    FROM agg WINDOW c AS (PARTITION BY campaign)
),
rates AS (
    SELECT *,
           clicks / nullif(impressions, 0) AS ctr, cost / nullif(clicks, 0) AS cpc,
           orders / nullif(clicks, 0) AS click_conversion, gmv / nullif(cost, 0) AS roi,
           CASE WHEN r_imp > 0 THEN r_clk / r_imp ELSE a_clk / nullif(a_imp, 0) END AS campaign_ctr,
           CASE WHEN r_clk > 0 THEN r_ord / r_clk ELSE a_ord / nullif(a_clk, 0) END AS campaign_conversion,
           CASE WHEN r_ord > 0 THEN r_gmv / r_ord ELSE a_gmv / nullif(a_ord, 0) END AS campaign_order_value
    FROM rest
),
prior AS (                                    -- conversion_bounds: Beta posterior, the campaign as prior
    SELECT *,
           CASE WHEN orders > 0 THEN gmv / orders ELSE campaign_order_value END AS order_value,
           CASE WHEN impressions > 0 THEN beta_ppf({level}, clicks + 0.5, greatest(impressions - clicks, 0) + 0.5)
                END AS ctr_high,
           CASE WHEN campaign_conversion > 0 AND campaign_conversion < 1 THEN {prior_orders} ELSE 1.0 END + orders
               AS pa,
           CASE WHEN campaign_conversion > 0 AND campaign_conversion < 1
                THEN {prior_orders} * (1 - campaign_conversion) / campaign_conversion ELSE 1.0 END + clicks - orders
               AS pb
    FROM rates
),
bounds AS (
    SELECT *,
           beta_ppf(1 - {level}, pa, pb) AS conversion_low, pa / (pa + pb) AS conversion_est,
           beta_ppf({level}, pa, pb) AS conversion_high
    FROM prior
),
roi AS (
    SELECT *,
           conversion_low * (order_value / nullif(cpc, 0)) AS roi_low,
           conversion_est * (order_value / nullif(cpc, 0)) AS roi_est,
           conversion_high * (order_value / nullif(cpc, 0)) AS roi_high,
           {margin} AS margin, 1 / {margin} AS break_even_roi,
           conversion_est * order_value / {target_roi} AS target_bid,
           coalesce(conversion_est * order_value / (1 / {margin}), 0) AS break_even_bid,
           coalesce(bid, cpc) AS base
    FROM bounds
),
suggest AS (
    SELECT *,
           round_even(least(greatest(least(greatest(target_bid, base * (1 - {max_step})), base * (1 + {max_step})),
                                     {min_bid}), {max_bid}), 2) AS suggested
    FROM roi
)
SELECT campaign, keyword, product_id, bid, days, impressions, clicks, cost, orders, gmv, ctr, cpc,
       click_conversion, roi, avg_rank, quality_score, campaign_ctr, campaign_conversion, campaign_order_value,
       order_value, ctr_high, conversion_low, conversion_est, conversion_high, roi_low, roi_est, roi_high,
       margin, break_even_roi, break_even_bid, target_bid,
       CASE
           WHEN clicks >= {min_clicks}
                AND ((orders = 0 AND roi_high < break_even_roi)
                     OR (orders > 0 AND roi_est < break_even_roi AND break_even_bid < {min_bid})) THEN 'delete'
           WHEN impressions >= {min_impressions} AND ctr_high < {ctr_floor} * campaign_ctr THEN 'change_image'
           WHEN clicks < {min_clicks} THEN 'observe'
           WHEN roi_low > {target_roi} AND suggested > base + 0.005 THEN 'raise_bid'
           WHEN roi_est < {target_roi} AND suggested < base - 0.005 THEN 'lower_bid'
           ELSE 'keep'
       END AS decision,
       suggested
FROM suggest
ORDER BY campaign, keyword
"""

AGENTS_SQL = """
WITH cs AS (SELECT * FROM read_csv_auto('{path}')),
w AS (SELECT CASE WHEN sum(received) > 0 THEN 'received' ELSE 'inquiries' END AS by FROM cs),
rows AS (SELECT cs.*, CASE WHEN w.by = 'received' THEN received ELSE inquiries END AS weight FROM cs, w)
SELECT agent,
       count(DISTINCT date) AS days,
       sum(inquiries) AS inquiries, sum(inquiry_buyers) AS inquiry_buyers,
       sum(inquiry_buyers) / nullif(sum(inquiries), 0) AS inquiry_conversion,
       sum(received) AS received,
       sum(first_response_s * weight) FILTER (WHERE first_response_s IS NOT NULL)
           / nullif(sum(weight) FILTER (WHERE first_response_s IS NOT NULL), 0) AS first_response_s,
       sum(avg_response_s * weight) FILTER (WHERE avg_response_s IS NOT NULL)
           / nullif(sum(weight) FILTER (WHERE avg_response_s IS NOT NULL), 0) AS avg_response_s,
       sum(sales_amount) AS sales_amount,
       sum(sales_amount) / nullif(count(DISTINCT date), 0) AS sales_per_day,
       sum(sales_amount) / nullif(sum(inquiry_buyers), 0) AS assisted_order_value,
       sum(after_sales_cases) AS after_sales_cases,
       sum(after_sales_cases) / nullif(sum(received), 0) AS after_sales_rate,
       sum(bad_reviews) AS bad_reviews, sum(bad_reviews_resolved) AS bad_reviews_resolved,
       sum(bad_reviews_resolved) / nullif(sum(bad_reviews), 0) AS bad_review_resolution,
       count(*) FILTER (WHERE first_response_s > {target}) AS breach_days,
       max(first_response_s) AS worst_first_response_s
FROM rows
GROUP BY agent
ORDER BY agent
"""


# --- the inputs ----------------------------------------------------------------------------------


def write_inputs(folder: Path, factor: int, agents_factor: int) -> dict[str, Path]:
    """Write the scaled shop's tables the benchmark reads; return task -> CSV file."""
    from shopanalysis.samples import write_scaled_shop

    shop = write_scaled_shop(folder / "shop", factor, tables=["ppc_keywords", "orders", "cs_daily"])
    cs = pd.read_csv(shop / "cs_daily.csv", dtype={"agent": str})
    copies = [cs.assign(agent=cs["agent"] + ("" if k == 0 else f"#{k + 1}")) for k in range(agents_factor)]
    agents = folder / "cs_daily_x.csv"
    pd.concat(copies, ignore_index=True).to_csv(agents, index=False)
    return {"prune": shop / "ppc_keywords.csv", "agents": agents, "rfm": shop / "orders.csv"}


# --- one engine on one task, in its own process ---------------------------------------------------


def _beta_ppf_udf(con) -> None:
    """Register ``beta_ppf(q, a, b)``: SciPy's Beta quantile, vectorised over Arrow arrays."""
    import duckdb
    import pyarrow as pa
    from scipy.stats import beta

    def beta_ppf(q, a, b):
        q, a, b = (x.to_numpy(zero_copy_only=False) for x in (q, a, b))
        return pa.array(beta.ppf(q, a, b), from_pandas=True)  # NaN -> NULL

    types = getattr(duckdb, "sqltypes", None) or duckdb.typing  # duckdb 2 renamed duckdb.typing
    double = types.DOUBLE
    con.create_function("beta_ppf", beta_ppf, [double, double, double], double, type="arrow",
                        null_handling="special")


def _observation_end(path: Path) -> pd.Timestamp:
    """The last day of the orders file (both engines are given the same observation end)."""
    import duckdb

    last = duckdb.sql(f"SELECT max(paid_at) FROM read_csv_auto('{path}')").fetchall()[0][0]
    return pd.Timestamp(last).normalize()


def run_task(task: str, engine: str, path: Path, end: pd.Timestamp | None, phases: dict) -> pd.DataFrame:
    """Read ``path`` and compute ``task`` with ``engine``; return the result frame.

    ``phases`` gets the seconds of the read (``read_table``) for the package's engine.
    """
    if engine == "pandas":
        from shopanalysis.io import read_table

        t0 = time.perf_counter()
        table = read_table(path, {"prune": "ppc_keywords", "agents": "cs_daily", "rfm": "orders"}[task])
        phases["read"] = time.perf_counter() - t0
        if task == "prune":
            from shopanalysis.ppc import prune_keywords

            return prune_keywords(table, margin=MARGIN, **PRUNE)
        if task == "agents":
            from shopanalysis.customer_service import summarize_agents

            return summarize_agents(table, response_target_s=RESPONSE_TARGET_S)
        from shopanalysis._rfm import rfm_summary

        return rfm_summary(table, observation_end=end)
    import duckdb

    con = duckdb.connect()
    if task == "prune":
        _beta_ppf_udf(con)
        return con.sql(PRUNE_SQL.format(path=path, margin=MARGIN, **PRUNE)).df()
    if task == "agents":
        return con.sql(AGENTS_SQL.format(path=path, target=RESPONSE_TARGET_S)).df()
    con.sql(f"CREATE VIEW orders AS SELECT * FROM read_csv_auto('{path}')")
    return con.sql(RFM_SQL.format(cutoff=end + pd.Timedelta(days=1), end=end)).df().set_index("buyer_id")


def _warm_imports(task: str, engine: str) -> None:
    """Import what the run needs before the clock starts (imports are bench_imports.py's business)."""
    if engine == "pandas":
        import shopanalysis.io  # noqa: F401
        from shopanalysis import _rfm, customer_service, ppc  # noqa: F401
        import scipy.special  # noqa: F401  (prune_keywords' Beta bounds import it on first use)
    else:
        import duckdb  # noqa: F401
        import pyarrow  # noqa: F401
        import scipy.stats  # noqa: F401


def _peak_kib() -> int:
    """This process's peak resident set: ``VmHWM`` (``ru_maxrss`` where /proc is not there).

    Not ``ru_maxrss`` on Linux: it keeps the peak of the parent that forked this process.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS


def worker(task: str, engine: str, path: Path, out: Path, end: str | None) -> None:
    _warm_imports(task, engine)
    end_ts = pd.Timestamp(end) if end else None
    before, phases = _peak_kib(), {}
    t0 = time.perf_counter()
    result = run_task(task, engine, path, end_ts, phases)
    seconds = time.perf_counter() - t0
    peak = _peak_kib()
    result.to_pickle(out)
    print(json.dumps({"seconds": seconds, "peak_mib": peak / 1024, "start_mib": before / 1024,
                      "read": phases.get("read"), "rows": len(result)}))


def _run_worker(task: str, engine: str, path: Path, out: Path, end) -> dict:
    cmd = [sys.executable, __file__, "--worker", task, engine, str(path), str(out)] + ([str(end.date())] if end else [])
    env = {**os.environ, "SHOPANALYSIS_NO_CACHE": "1", "PYTHONWARNINGS": "ignore"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if done.returncode:
        raise RuntimeError(f"{task}/{engine} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- agreement -----------------------------------------------------------------------------------


def agree_prune(ours: pd.DataFrame, theirs: pd.DataFrame) -> tuple[list[str], pd.DataFrame]:
    """Return what differs between the two decision tables, and the decision counts side by side."""
    counts = pd.DataFrame({"prune_keywords": ours["decision"].value_counts(),
                           "duckdb": theirs["decision"].value_counts()}).fillna(0).astype(int)
    problems = []
    if not counts["prune_keywords"].equals(counts["duckdb"]):
        problems.append("decision counts differ")
    key = ["campaign", "keyword"]
    both = ours.merge(theirs, on=key, how="outer", suffixes=("", "_sql"), indicator=True)
    if (both["_merge"] != "both").any():
        problems.append(f"{(both['_merge'] != 'both').sum()} keywords in one result only")
    differ = both["decision"] != both["decision_sql"]
    if differ.any():
        problems.append(f"{differ.sum()} keywords decided differently, e.g. "
                        + both.loc[differ, key + ["decision", "decision_sql"]].head(3).to_string(index=False))
    for column in ("impressions", "clicks", "cost", "orders", "gmv", "roi_est", "ctr_high", "conversion_high"):
        a, b = both[column].to_numpy(dtype=float), both[column + "_sql"].to_numpy(dtype=float)
        if not np.allclose(a, b, rtol=1e-9, atol=1e-12, equal_nan=True):
            problems.append(f"{column} differs")
    sugg = both["suggested_bid"].notna()
    if not np.allclose(both.loc[sugg, "suggested_bid"], both.loc[sugg, "suggested"], atol=1e-9):
        problems.append("suggested_bid differs")
    return problems, counts


def agree_agents(ours: pd.DataFrame, theirs: pd.DataFrame) -> list[str]:
    """Return what differs between the two agent summaries (nothing when they agree)."""
    if list(ours["agent"]) != list(theirs["agent"]):
        return [f"different agents: {len(ours):,} against {len(theirs):,}"]
    problems = []
    for column in ours.columns.drop("agent"):
        if column not in theirs.columns:
            problems.append(f"{column} not in the SQL")
            continue
        a, b = ours[column].to_numpy(dtype=float), theirs[column].to_numpy(dtype=float)
        if not np.allclose(a, b, rtol=1e-9, atol=1e-12, equal_nan=True):
            problems.append(f"{column} differs")
    return problems


# --- the comparison -------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=20, help="copies of the demo shop (20: 1.1M keyword-days)")
    parser.add_argument("--agents-factor", type=int, default=600, help="copies of cs_daily (600: 1.0M rows)")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per engine and task; best time")
    parser.add_argument("--only", choices=TASKS, action="append", help="run only this task (repeatable)")
    parser.add_argument("--data", type=Path, help="a folder to keep the scaled CSVs in (reused when there)")
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        task, engine, path, out, *end = args.worker
        worker(task, engine, Path(path), Path(out), end[0] if end else None)
        return
    try:
        import duckdb
    except ImportError:
        print("duckdb is not installed, so there is nothing to compare with: pip install -e '.[bench]' to run "
              "this benchmark.")
        return
    tasks = args.only or list(TASKS)
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.data or Path(tmp)
        marker = folder / f".inputs-{args.factor}-{args.agents_factor}"
        t0 = time.perf_counter()
        if marker.exists():
            inputs = json.loads(marker.read_text())
            inputs = {k: Path(v) for k, v in inputs.items()}
        else:
            folder.mkdir(parents=True, exist_ok=True)
            inputs = write_inputs(folder, args.factor, args.agents_factor)
            marker.write_text(json.dumps({k: str(v) for k, v in inputs.items()}))
        sizes = {task: sum(1 for _ in open(inputs[task], "rb")) - 1 for task in tasks}
        print(f"scaled shop x{args.factor} ({time.perf_counter() - t0:.0f} s to write or find); "
              f"duckdb {duckdb.__version__}, pandas {pd.__version__}; best of {args.repeat} fresh processes; "
              f"Arrow memory pool {os.environ.get('ARROW_DEFAULT_MEMORY_POOL', 'mimalloc (default)')} "
              "(ARROW_DEFAULT_MEMORY_POOL=system: what report kernels use)")
        print(f"{'task':<8}{'rows':>11} {'engine':>16}{'seconds':>9}{'peak MiB':>10}{'(start)':>9}{'ratio':>8}")
        for task in tasks:
            end = _observation_end(inputs[task]) if task == "rfm" else None
            stats, results = {}, {}
            for engine in ("pandas", "duckdb"):
                out = Path(tmp) / f"{task}-{engine}.pkl"
                runs = [_run_worker(task, engine, inputs[task], out, end) for _ in range(args.repeat)]
                best = min(runs, key=lambda r: r["seconds"])
                stats[engine] = {"seconds": best["seconds"], "read": best["read"],
                                 "peak_mib": max(r["peak_mib"] for r in runs),
                                 "start_mib": max(r["start_mib"] for r in runs)}
                results[engine] = pd.read_pickle(out)
            ratio = stats["pandas"]["seconds"] / stats["duckdb"]["seconds"]
            name = {"prune": "prune_keywords", "agents": "summarize_agents", "rfm": "rfm_summary"}[task]
            for engine, label in (("pandas", name), ("duckdb", "duckdb")):
                s = stats[engine]
                print(f"{task:<8}{sizes[task]:>11,} {label:>16}{s['seconds']:>9.2f}{s['peak_mib']:>10,.0f}"
                      f"{s['start_mib']:>9,.0f}" + (f"{ratio:>7.2f}x   (read_table {s['read']:.2f} s)"
                                                    if engine == "pandas" else ""))
            if task == "prune":
                problems, counts = agree_prune(results["pandas"], results["duckdb"])
                print("  decisions: " + ", ".join(f"{d} {a:,}/{b:,}" for d, (a, b) in counts.iterrows())
                      + "  (prune_keywords/duckdb)")
            elif task == "agents":
                problems = agree_agents(results["pandas"], results["duckdb"])
            else:
                problems = rfm_agree(results["pandas"], results["duckdb"])
            print("  results agree" if not problems else "  results DIFFER: " + "; ".join(problems))
            failed |= bool(problems)
            peak = stats["pandas"]["peak_mib"]
            goal = f"  goal: peak under {GOAL_PEAK_MIB:,} MiB: {'yes' if peak < GOAL_PEAK_MIB else 'NO'}"
            if task == "prune":
                goal += f"; within {GOAL_RATIO:.0f}x of DuckDB: {'yes' if ratio <= GOAL_RATIO else 'NO'}"
            print(goal)
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main()
