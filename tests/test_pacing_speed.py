"""The fast pacing backtest gives exactly the numbers of the plain loop it replaced (issue 15).

:func:`shopanalysis.sales.pacing_backtest` makes its months' plans without their texts
and shares what they learn from the months before them. The reference here is the
plain loop it replaced, kept as it was: the public :func:`daily_target_profile` for
every month, and the month-end forecast written with plain pandas. Both run on the
demo shop and on randomly perturbed shops, and must agree exactly: every row, number
and dtype.
"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shopanalysis import sales as s
from shopanalysis.metrics import ratio
from shopanalysis.promo import PROMO_CALENDAR, Promo, promo_days

DEMO = Path(__file__).resolve().parents[1] / "shopanalysis" / "data" / "samples" / "demo_shop"
COLUMNS = ["month", "checkpoint", "date", "actual", "forecast", "run_rate", "trailing_7",
           "forecast_error", "run_rate_error", "trailing_7_error"]


def plain_forecast(daily, profile, day, *, calendar, recent_days=7, lookback_days=28, borrowed_damping=0.5):
    """The month-end forecast as it was written before issue 15 (plain pandas, the public promo_days)."""
    dates = pd.DatetimeIndex(profile["date"])
    elapsed = (dates <= day)
    sales = daily.reindex(dates).fillna(0.0).to_numpy()
    mtd = float(sales[elapsed].sum())
    if elapsed.all():
        return mtd
    factor = profile["promo_factor"].to_numpy(dtype="float64")
    borrowed = (profile["basis"] == "borrowed").to_numpy()
    factor = np.where(borrowed, np.power(np.maximum(factor, 0.0), borrowed_damping), factor)
    multiple = np.where(np.isnan(factor), 1.0, factor)
    start = day - pd.Timedelta(days=lookback_days - 1)
    window = daily[(daily.index >= start) & (daily.index <= day)]
    promo = set(promo_days(start, day, calendar=calendar)["date"])
    ordinary = window[~window.index.isin(promo)].tail(recent_days)
    level = float(ordinary.mean()) if len(ordinary) else np.nan
    if not level > 0:
        level = ratio(mtd, float(multiple[elapsed].sum()))
    if not np.isfinite(level):
        return np.nan
    ahead = multiple.copy()
    names = profile["promo"].to_numpy()
    for name in set(names[elapsed]) - {""}:
        past = elapsed & (names == name)
        expected = level * float(multiple[past].sum())
        if expected > 0:
            ahead[~elapsed & (names == name)] *= float(sales[past].sum()) / expected
    return mtd + level * float(ahead[~elapsed].sum())


def plain_backtest(shop_daily, *, checkpoints=s.CHECKPOINTS, before=None, calendar=PROMO_CALENDAR, **kwargs):
    """The backtest's loop before issue 15: one public plan per month, the forecast at each checkpoint."""
    daily = shop_daily.groupby("date", sort=True)["paid_amount"].sum().astype("float64")
    daily.index = pd.DatetimeIndex(daily.index).normalize()
    calendar = tuple(calendar)
    rows = []
    for period in s._complete_months(daily, before=before):
        profile = s.daily_target_profile(shop_daily, period, target_amount=0.0, calendar=calendar, **kwargs)
        month = daily[(daily.index >= period.start_time) & (daily.index <= period.end_time)]
        actual = float(month.sum())
        n = period.days_in_month
        for k in sorted({int(k) for k in checkpoints if 1 <= int(k) < n}):
            day = period.start_time.normalize() + pd.Timedelta(days=k - 1)
            so_far = month[month.index <= day]
            mtd = float(so_far.sum())
            rows.append({"month": str(period), "checkpoint": k, "date": day, "actual": actual,
                         "forecast": plain_forecast(daily, profile, day, calendar=calendar),
                         "run_rate": mtd / k * n, "trailing_7": mtd + float(so_far.tail(7).mean()) * (n - k)})
    out = pd.DataFrame(rows, columns=COLUMNS[:7])
    for name in ("forecast", "run_rate", "trailing_7"):
        out[f"{name}_error"] = ratio(out[name], out["actual"]) - 1 if len(out) else pd.Series(dtype="float64")
    return out.astype({"month": "str", "checkpoint": "int64", "date": "datetime64[ns]"})[COLUMNS]


def assert_same(fast, plain):
    """Exactly the same frame: rows, columns, dtypes and every number (NaN where NaN)."""
    assert list(fast.columns) == COLUMNS and list(fast.dtypes) == list(plain.dtypes)
    pd.testing.assert_frame_equal(fast, plain, check_exact=True)


@pytest.fixture(scope="module")
def demo_daily():
    if not (DEMO / "shop_daily.csv").exists():
        pytest.skip("no demo shop")
    import shopanalysis as sa

    return sa.load_demo_shop(tables=["shop_daily"]).shop_daily


@pytest.mark.parametrize("kwargs", [
    {},
    {"before": "2026-10", "checkpoints": (1, 7, 15, 22, 28, 31)},
    {"borrow_promos": False},
    {"use_last_year": False, "cap": None},
    {"promo_factors": {"双11": 5.0, "2026-06-18": 4.0}, "lookback_weeks": 4},
    {"calendar": (Promo("双11", "11-11", 22, 0), Promo("春节停发", "spring_festival", 10, 7, kind="slowdown")),
     "min_ordinary_days": 20},
])
def test_the_fast_backtest_is_the_plain_loop_on_the_demo_shop(demo_daily, kwargs):
    fast = s.pacing_backtest(demo_daily, **kwargs)
    assert len(fast) > 0
    assert_same(fast, plain_backtest(demo_daily, **kwargs))


def test_the_comparison_catches_a_dropped_or_changed_row(demo_daily):
    """The check above can fail: a backtest with a row dropped or a number changed by one float step is caught."""
    fast = s.pacing_backtest(demo_daily, before="2026-03")
    plain = plain_backtest(demo_daily, before="2026-03")
    with pytest.raises(AssertionError):
        assert_same(fast.drop(index=len(fast) - 1), plain)
    changed = fast.copy()
    changed.loc[2, "forecast"] = np.nextafter(changed.loc[2, "forecast"], np.inf)
    with pytest.raises(AssertionError):
        assert_same(changed, plain)


@st.composite
def perturbed_shops(draw):
    """A shop_daily of 40..420 days: noisy days, spikes, zero days, days missing, days in two rows, shuffled."""
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    start = pd.Timestamp("2024-12-01") + pd.Timedelta(days=draw(st.integers(0, 600)))
    n = draw(st.integers(40, 420))
    days = pd.date_range(start, periods=n, freq="D")
    amount = rng.uniform(500, 5000) * rng.lognormal(0, 0.4, n)
    amount *= np.where(rng.random(n) < 0.06, rng.uniform(3, 20, n), 1.0)   # unlisted spikes and promo peaks
    amount = np.where(rng.random(n) < 0.03, 0.0, amount)
    df = pd.DataFrame({"date": days, "paid_amount": amount})
    keep = rng.random(n) >= draw(st.sampled_from([0.0, 0.05, 0.3]))          # missing days
    df = df[keep]
    if draw(st.booleans()):                                                  # a day in two rows
        twice = df.sample(frac=0.1, random_state=seed % 1000)
        df = pd.concat([df, twice.assign(paid_amount=twice["paid_amount"] / 3)])
    return df.sample(frac=1.0, random_state=seed % 997)                      # any row order


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(shop=perturbed_shops(), borrow=st.booleans(), last_year=st.booleans(),
       checkpoints=st.sets(st.integers(1, 31), min_size=1, max_size=4))
def test_the_fast_backtest_is_the_plain_loop_on_perturbed_shops(shop, borrow, last_year, checkpoints):
    kwargs = {"borrow_promos": borrow, "use_last_year": last_year, "checkpoints": tuple(checkpoints)}
    assert_same(s.pacing_backtest(shop, **kwargs), plain_backtest(shop, **kwargs))


def test_the_promo_days_measured_once_are_those_each_month_would_measure(demo_daily):
    """The claim the shared history rests on: the promo days measured on the days before a month's 1st are
    the rows of the whole data's measure dated before it (the months before are complete in both)."""
    daily = s._daily_sales(demo_daily)
    shared = s._SharedHistory(daily, calendar=PROMO_CALENDAR, min_ordinary_days=7)
    months = s._complete_months(daily)
    assert len(months) == 11
    for period in months:
        first = period.start_time
        own = s._observed_promo_days(daily[daily.index < first], calendar=PROMO_CALENDAR, min_ordinary_days=7,
                                     cache={})
        cut = shared.observed_frame_before(first)
        assert len(cut) == len(own) and (len(own) > 0) == (period > pd.Period("2025-11", "M"))
        pd.testing.assert_frame_equal(cut.reset_index(drop=True), own, check_exact=True)
        arrays = shared.observed_before(first)
        for column in ("kind", "position", "sales", "base"):
            assert np.array_equal(arrays[column], own[column].to_numpy())


def test_a_plan_without_texts_has_the_public_plans_numbers(demo_daily):
    daily = s._daily_sales(demo_daily)
    shared = s._SharedHistory(daily, calendar=PROMO_CALENDAR, min_ordinary_days=7)
    for period in pd.period_range("2025-11", "2027-01", freq="M"):
        public = s.daily_target_profile(demo_daily, period, target_amount=1_000_000.0)
        fast = s._target_profile(daily, period, target_amount=1_000_000.0, texts=False, shared=shared)
        assert public.attrs["method"]
        assert set(fast) == set(public.columns) - {"weekday", "promo_factor_high"}
        for column, values in fast.items():
            values, expected = np.asarray(values), public[column].to_numpy()
            if column == "date":
                assert pd.DatetimeIndex(values).equals(pd.DatetimeIndex(expected)), period
            elif values.dtype.kind == "f":
                assert np.array_equal(values, expected, equal_nan=True), (period, column)
            else:
                assert values.tolist() == expected.tolist(), (period, column)


def test_the_internal_plan_keeps_the_public_defaults():
    """_target_profile's defaults are daily_target_profile's (the backtest relies on them)."""
    import inspect

    public = inspect.signature(s.daily_target_profile).parameters
    internal = inspect.signature(s._target_profile).parameters
    for name, p in public.items():
        if p.kind is inspect.Parameter.KEYWORD_ONLY and name != "target_amount":
            assert internal[name].default == p.default, name


@settings(max_examples=40, deadline=None)
@given(start=st.dates(min_value=pd.Timestamp("2023-01-01").date(), max_value=pd.Timestamp("2030-12-31").date()),
       length=st.integers(-3, 800))
def test_promo_days_cut_from_whole_years_are_the_listed_ones(start, length):
    a = pd.Timestamp(start)
    b = a + pd.Timedelta(days=length)
    assert s._promo_days(a, b, calendar=PROMO_CALENDAR).equals(promo_days(a, b))
    assert np.array_equal(s._promo_dates(a, b, calendar=PROMO_CALENDAR), promo_days(a, b)["date"].to_numpy())
