"""Backtest the month-end forecast of the daily review against two naive rules.

Run with ``python benchmarks/bench_pacing.py [--seeds 1 2] [--checkpoints 7 15 22]``.
For every month with history in a shop (complete, and not the data's first month)
the month's sales are forecast on the 7th, 15th and 22nd with
:func:`shopanalysis.sales.pace_month`'s forecast (:func:`shopanalysis.sales.pacing_backtest`)
and compared with the actual total, next to the run rate (month-to-date / days so far
x days in the month) and the trailing 7 days (month-to-date + the mean of the last 7
days x days left). Prints the median absolute % error per checkpoint and method, for
the demo shop and for demo shops generated in memory with other seeds (nothing is
written to disk). The goal: at every checkpoint no worse than the better naive rule,
and at most 6 % on day 15.

Then the calls the review makes: for each month with a target, :func:`pace_month` on
every day of the month, counting the days it called the month on track, off track, or
hinging on a promo it can only estimate (``verdict``), next to how the month closed
against its target. A month that closed near its target should see few off-track days.
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from shopanalysis import samples
from shopanalysis.sales import pace_month, pacing_backtest

METHODS = ("forecast", "run_rate", "trailing_7")


def _table(backtest: pd.DataFrame) -> pd.DataFrame:
    errors = backtest.set_index("checkpoint")[[f"{m}_error" for m in METHODS]].abs() * 100
    table = errors.groupby(level=0).median()
    table.columns = list(METHODS)
    return table


def _calls(shop, backtest: pd.DataFrame) -> pd.DataFrame:
    """Each month's verdicts, day by day, counted; and the month's outcome against its target."""
    daily = shop.shop_daily.set_index("date")["paid_amount"]
    rows = []
    for month in sorted(set(backtest["month"]) & set(shop.targets["month"].astype(str))):
        period = pd.Period(month, "M")
        target = float(shop.targets.loc[shop.targets["month"].astype(str) == month, "target_amount"].iloc[0])
        verdicts = [pace_month(shop.shop_daily, shop.targets, day, backtest=backtest).verdict
                    for day in pd.date_range(period.start_time, period.end_time.normalize() - pd.Timedelta(days=1))]
        counts = pd.Series(verdicts).value_counts()
        rows.append({"month": month, "closed_at_%": round(daily[month].sum() / target * 100, 1),
                     **{v: int(counts.get(v, 0)) for v in ("on_track", "depends_on_promo", "off_track")}})
    return pd.DataFrame(rows).set_index("month")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="*", default=[1, 2],
                        help="seeds of the other generated shops (the demo shop's seed always runs)")
    parser.add_argument("--checkpoints", type=int, nargs="+", default=[7, 15, 22], help="days of the month")
    parser.add_argument("--goal", type=float, default=6.0, help="largest median abs %% error allowed on day 15")
    parser.add_argument("--months", action="store_true", help="also print every month's errors")
    parser.add_argument("--no-calls", action="store_true", help="skip the day-by-day verdicts")
    args = parser.parse_args()
    failures = []
    for seed in [samples.DEFAULT_SEED, *[s for s in args.seeds if s != samples.DEFAULT_SEED]]:
        t0 = time.perf_counter()
        shop = samples.generate_demo_shop(seed=seed)
        backtest = pacing_backtest(shop.shop_daily, checkpoints=args.checkpoints)
        elapsed = time.perf_counter() - t0
        table = _table(backtest)
        label = "demo shop" if seed == samples.DEFAULT_SEED else "generated shop"
        print(f"{label}, seed {seed}: {backtest['month'].nunique()} months "
              f"({backtest['month'].min()}..{backtest['month'].max()}), {elapsed:.1f} s")
        print("  median absolute % error")
        print("  day " + "".join(f"{m:>12}" for m in METHODS) + "   verdict")
        for k, row in table.iterrows():
            naive = min(row["run_rate"], row["trailing_7"])
            ok = row["forecast"] <= naive + 1e-9 and (k != 15 or row["forecast"] <= args.goal)
            if not ok:
                failures.append((seed, k))
            print(f"  {k:>3} " + "".join(f"{row[m]:>12.1f}" for m in METHODS) + ("   ok" if ok else "   MISSED"))
        if args.months:
            wide = backtest.pivot(index="month", columns="checkpoint", values=[f"{m}_error" for m in METHODS])
            print((wide * 100).round(1).to_string())
        if not args.no_calls:
            t0 = time.perf_counter()
            calls = _calls(shop, backtest)
            print(f"  the review's call on each day of the month ({time.perf_counter() - t0:.1f} s)")
            print("  " + calls.to_string().replace("\n", "\n  "))
        print()
    print("goal met" if not failures else f"goal missed at (seed, day): {failures}")


if __name__ == "__main__":
    main()
