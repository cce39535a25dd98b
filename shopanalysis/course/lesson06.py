"""Checkers of lesson 06, the designer's numbers (美工数据).

Each checker computes its expected answer with :mod:`shopanalysis.designers` and
:mod:`shopanalysis.metrics` on the demo shop.

>>> check_06_image_lift(None).status
'not attempted'
>>> check_06_image_lift(check_06_image_lift(None).expected).status
'right'
>>> check_06_too_early("A").status
'wrong'
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from .. import designers, metrics, vocab
from ..text.course import T
from ..promo import promo_days as sa_promo_days
from ._demo import demo
from .checks import Option, Trap, check_choice, check_number, check_text, describe_value, exercise

__all__ = ["check_06_image_lift", "check_06_too_early", "check_06_money_at_stake", "check_06_on_time"]

#: Exercise 6.1: the first new main image of this product.
LIFT_PRODUCT = "雪纺印花长裙"
LIFT_CHANGE = "2026-05-01"
#: Exercise 6.2: the designer's claim, and the day it is made (the data runs up to it).
CLAIM_PRODUCT = "微喇牛仔裤"
CLAIM_DAY = "2026-10-18"
#: Exercises 6.3 and 6.4.
MONTH = "2026-10"
DESIGNER = "小林"
WINDOW = 14
MIN_CLICKS = 200


def _verdict(code: str) -> str:
    """The verdict as the learner's tables show it (its label in the package's language), never its code."""
    return vocab.value_label("verdict", code)


def _rows(name: str) -> pd.DataFrame:
    daily = demo("products_daily")
    return daily[daily["product_name"] == name]


def _window(rows: pd.DataFrame, first, last) -> pd.DataFrame:
    return rows[rows["date"].between(pd.Timestamp(first), pd.Timestamp(last))]


@lru_cache(maxsize=None)
def _tests(as_of: str | None = None) -> pd.DataFrame:
    return designers.compare_image_versions(demo("products_daily"), as_of=as_of, window_days=WINDOW,
                                            min_clicks=MIN_CLICKS, design_tasks=demo("design_tasks"))


def _test(name: str, change=None, as_of: str | None = None) -> pd.Series:
    tests = _tests(as_of)
    rows = tests[tests["product_name"] == name]
    if change is not None:
        rows = rows[rows["change_date"] == pd.Timestamp(change)]
    return rows.iloc[0]


def _other_sides(rows: pd.DataFrame, change: pd.Timestamp) -> list[Trap]:
    """The lift over windows a day or two longer or shorter than 14 days a side: each names what it used."""
    day = pd.Timedelta(days=1)
    facts = dict(days=WINDOW, first_before=change - WINDOW * day, last_before=change - day, first_after=change,
                 last_after=change + (WINDOW - 1) * day)
    traps = []
    for before in range(WINDOW - 2, WINDOW + 3):
        for after in range(WINDOW - 2, WINDOW + 3):
            if (before, after) == (WINDOW, WINDOW):
                continue
            lift = (metrics.ctr(_window(rows, change, change + (after - 1) * day))
                    / metrics.ctr(_window(rows, change - before * day, change - day)) - 1)
            traps.append(Trap(float(lift), T("trap.sides", before=before, after=after, **facts),
                              T("trap.sides.hint", **facts), near=False))
    return traps


@exercise("6.1", "The lift of a new main image")
def check_06_image_lift(answer):
    test = _test(LIFT_PRODUCT, LIFT_CHANGE)
    expected = float(test["lift"])
    rows = _rows(LIFT_PRODUCT)
    change = pd.Timestamp(LIFT_CHANGE)
    before = _window(rows, change - pd.Timedelta(days=WINDOW), change - pd.Timedelta(days=1))
    after = _window(rows, change, change + pd.Timedelta(days=WINDOW - 1))
    ctr_before, ctr_after = metrics.ctr(before), metrics.ctr(after)
    daily_before = metrics.add_metrics(before, ["ctr"])["ctr"].mean()
    daily_after = metrics.add_metrics(after, ["ctr"])["ctr"].mean()
    versions = {v: metrics.ctr(rows[rows["main_image"] == v]) for v in (test["version_before"], test["version_after"])}
    other = _tests()
    other = other[(other["product_name"] == LIFT_PRODUCT) & (other["change_date"] != change)].iloc[0]
    return check_number(
        answer, expected, kind="rate",
        why=(f"点击率 went from {ctr_before:.2%} to {ctr_after:.2%}, a lift of {expected:+.1%}: the same 曝光量 "
             f"now brings that many more clicks. Every free search impression the product wins is worth more "
             f"visitors, which is why the main image is the designer's most valuable piece of work."),
        hint=("before = the rows of 2026-04-17 to 2026-04-30, after = 2026-05-01 to 2026-05-14; then "
              "sa.metrics.ctr(after) / sa.metrics.ctr(before) - 1"),
        traps=[
            Trap(daily_after / daily_before - 1,
                 "that compares the means of the daily CTRs. Over 14 days a CTR is a ratio of sums (all the clicks "
                 "over all the impressions): the mean of daily rates weighs a quiet day like a busy one",
                 "call sa.metrics.ctr(before) and sa.metrics.ctr(after) on all the rows of each window"),
            Trap(ctr_after - ctr_before,
                 f"that is after - before, the change in percentage points ({ctr_before:.2%} -> {ctr_after:.2%}); "
                 f"the lift is relative: after / before - 1",
                 "divide, then subtract 1"),
            Trap(ctr_after / ctr_before,
                 f"that is after / before; the lift subtracts 1 from it ({ctr_after / ctr_before:.2f} means "
                 f"{expected:+.0%})",
                 "subtract 1"),
            Trap(ctr_before / ctr_after - 1,
                 "that divides the old CTR by the new one; the lift is the new over the old, minus 1",
                 "sa.metrics.ctr(after) / sa.metrics.ctr(before) - 1"),
            Trap(float(other["lift"]),
                 f"that is the lift of the product's other change, {other['version_before']}->"
                 f"{other['version_after']} on {other['change_date']:%Y-%m-%d}; the exercise asks about "
                 f"{test['version_before']}->{test['version_after']} on {LIFT_CHANGE}",
                 f"take the 14 days on each side of {LIFT_CHANGE}"),
            *_other_sides(rows, change),
            Trap(versions[test["version_after"]] / versions[test["version_before"]] - 1,
                 f"that compares every day of {test['version_after']} with every day of "
                 f"{test['version_before']}, months apart (season, ranking, promos all moved); the test compares "
                 f"the 14 days just before the change with the 14 days from it",
                 "select the rows by date, not by main_image"),
        ],
    )


@exercise("6.2", "The designer says the new image won", judgement=True)
def check_06_too_early(answer):
    now = _test(CLAIM_PRODUCT, as_of=CLAIM_DAY)
    final = _test(CLAIM_PRODUCT, as_of=None)
    change, end = now["change_date"], now["window_end"]
    early = _test(CLAIM_PRODUCT, as_of=f"{change:%Y-%m-%d}")
    daily = demo("products_daily")
    rest = daily[daily["product_name"] != CLAIM_PRODUCT]
    rest_before = metrics.ctr(_window(rest, change - pd.Timedelta(days=WINDOW), change - pd.Timedelta(days=1)))
    rest_after = metrics.ctr(_window(rest, change, end))
    rest_lift = rest_after / rest_before - 1
    promo = final["promo"] or "a promo"
    promos = sa_promo_days(change, end)
    opens = f"{promos['date'].min():%m-%d}" if len(promos) else f"{end:%m-%d}"
    interval = f"{now['lift_low']:+.0%} to {now['lift_high']:+.0%}"
    options = {
        "A": Option(f"Win: 点击率 is up {now['lift']:+.0%} and the whole interval ({interval}) is above zero. "
                    f"Tell the owner the new image works.", False,
                    f"only {now['days_after']} of the {WINDOW} days after the change are in (the window ends "
                    f"{end:%Y-%m-%d}), so compare_image_versions says '{_verdict(now['verdict'])}'. Read a test "
                    f"at its end, not every morning until it looks good: on {change:%m-%d}, its first day, the "
                    f"interval was {early['lift_low']:+.0%} to {early['lift_high']:+.0%}. And {promo}'s "
                    f"presale opens on {opens}, inside the window."),
        "B": Option("No clear difference: one week after the change against two weeks before cannot show "
                    "anything, whatever the interval says.", False,
                    f"'{_verdict(designers.NO_DIFFERENCE)}' means an interval that straddles zero; this one is "
                    f"{interval}, on "
                    f"{now['clicks_after']:,} clicks after the change ({MIN_CLICKS} a side is enough to judge). "
                    f"The test is not finished, which is a different thing."),
        "C": Option(f"Too early: wait for the {WINDOW} days after the change ({end:%Y-%m-%d}), then read the "
                    f"verdict, and check the rest of the shop over the same days, since {promo}'s presale opens "
                    f"on {opens}, inside the window.", True,
                    f"on {pd.Timestamp(CLAIM_DAY):%m-%d} the verdict is '{_verdict(now['verdict'])}' "
                    f"({now['days_after']} of {WINDOW} days). On {end:%m-%d} it reads "
                    f"'{_verdict(final['verdict'])}', {final['lift']:+.1%} ({final['lift_low']:+.1%} to "
                    f"{final['lift_high']:+.1%}), while the rest of the shop's 点击率 "
                    f"moved {rest_lift:+.1%} over the same days: the presale did not lift clicks, the image did. "
                    f"Then tell the owner."),
    }
    return check_choice(answer, options,
                        hint=(f'sa.designers.compare_image_versions(product_days, as_of="{CLAIM_DAY}") gives the '
                              f"verdict the data supports that day, and window_end the day the test closes"))


@lru_cache(maxsize=None)
def _pages(against: str = "shop") -> pd.DataFrame:
    start = pd.Timestamp(MONTH + "-01")
    return designers.page_conversion(demo("products_daily"), start=start, end=start + pd.offsets.MonthEnd(0),
                                     products=demo("products"), against=against)


@exercise("6.3", "The detail page that loses most")
def check_06_money_at_stake(answer):
    pages = _pages()
    top = pages.iloc[0]
    fair = _pages("category")
    fair_top = fair.iloc[0]
    mine = fair.set_index("product_name").loc[top["product_name"]]
    if fair_top["product_name"] == top["product_name"]:
        fairer = (f" Against its own category ({mine['category']}, a fairer yardstick for a "
                  f"{describe_value(top['avg_order_value'], 'money')} order) it still loses most: "
                  f"{describe_value(mine['money_at_stake'], 'money')}.")
    else:
        fairer = (f" Against its own category ({mine['category']}) it puts "
                  f"{describe_value(mine['money_at_stake'], 'money')} at stake, and {fair_top['product_name']} "
                  f"loses most: compare with both yardsticks before you brief the designer.")
    shop_rate = pages.attrs["conversion_rate"]
    others = {}

    def say(row, what):
        others.setdefault(row["product_name"], (
            f"{what}: {row['conversion_rate']:.2%} on {row['visitors']:,} visitors at a 客单价 of "
            f"{describe_value(row['avg_order_value'], 'money')} puts {describe_value(row['money_at_stake'], 'money')} "
            f"at stake, less than {top['product_name']}'s {describe_value(top['money_at_stake'], 'money')}"))

    previous = pd.Period(MONTH) - 1
    september = designers.page_conversion(demo("products_daily"), start=previous.start_time,
                                          end=previous.end_time.normalize(), products=demo("products"),
                                          against="shop")
    last_month = september["product_name"].iloc[0]
    say(pages.loc[pages["product_name"] == last_month].iloc[0],
        f"it lost most in {previous} (the worked example); in {MONTH}")
    say(pages.loc[pages["conversion_rate"].idxmin()], "it converts worst")
    if "bounce_rate" in pages and pages["bounce_rate"].notna().any():
        say(pages.loc[pages["bounce_rate"].idxmax()], "it has the highest 跳失率")
    busiest = pages.loc[pages["visitors"].idxmax()]
    if busiest["money_at_stake"] == 0:
        others.setdefault(busiest["product_name"], (
            f"it has the most visitors ({busiest['visitors']:,}), but converts at {busiest['conversion_rate']:.2%}, "
            f"above the shop's {shop_rate:.2%}: nothing at stake"))
    else:
        say(busiest, "it has the most visitors")
    for _, row in pages.iloc[1:].iterrows():
        if row["money_at_stake"] > 0:
            say(row, f"it ranks {_ + 1} of {len(pages)}")
        else:
            others.setdefault(row["product_name"], (
                f"its page converts at {row['conversion_rate']:.2%}, at or above the shop's {shop_rate:.2%}: "
                f"nothing at stake"))
    others.pop(top["product_name"], None)
    others[str(top["product_id"])] = "that is its product ID; give the name as the table writes it"
    return check_text(
        answer, top["product_name"],
        why=(f"{top['product_name']}'s page converted {top['conversion_rate']:.2%} against the shop's "
             f"{shop_rate:.2%}, on {top['visitors']:,} visitors at a 客单价 of "
             f"{describe_value(top['avg_order_value'], 'money')}: {describe_value(top['money_at_stake'], 'money')} "
             f"in October. The page to fix first is where visitors, the gap and the price multiply to the most "
             f"money, not the lowest rate." + fairer),
        hint=('october_pages = sa.designers.page_conversion(product_days, start="2026-10-01", end="2026-10-31"); '
              'its first row has the most money at stake: october_pages["product_name"].iloc[0]'),
        others=others,
    )


def _delivery(start: str, end: str, by) -> pd.DataFrame:
    return designers.summarize_delivery(demo("design_tasks"), start=start, end=end, by=by)


@exercise("6.4", "On time, counted right")
def check_06_on_time(answer):
    first = MONTH + "-01"
    last = f"{pd.Timestamp(first) + pd.offsets.MonthEnd(0):%Y-%m-%d}"
    table = _delivery(first, last, "designer").set_index("designer")
    row = {c: (int(v) if c in ("tasks", "delivered", "on_time", "late", "open_late") else v)
           for c, v in table.loc[DESIGNER].items()}
    expected = float(row["on_time_rate"])
    due = int(row["on_time"] + row["late"])
    late_share = row["late"] / due
    delivered_share = row["delivered"] / row["tasks"]
    traps = [
        Trap(row["on_time"] / row["delivered"],
             f"that is on time over delivered ({row['on_time']} of {row['delivered']}): it leaves out the "
             f"{row['open_late']} task still open past its due date, which is late too",
             "on time / (on time + late), with open tasks past due counted late"),
        Trap(late_share,
             f"that is the share late ({row['late']} of {due})"
             + (f", which here is also the share delivered ({row['delivered']} of {row['tasks']})"
                if abs(delivered_share - late_share) < 1e-12 else "")
             + f"; the on-time rate is on time / (on time + late), {row['on_time']} of {due}",
             'take the "on_time_rate" column'),
    ]
    if abs(delivered_share - late_share) >= 1e-12:
        traps.append(Trap(delivered_share, f"that is the share delivered ({row['delivered']} of {row['tasks']}), "
                                           f"on time or not", 'take the "on_time_rate" column'))
    by_asset = _delivery(first, last, ["designer", "asset"])
    for r in by_asset[by_asset["designer"] == DESIGNER].itertuples():
        traps.append(Trap(r.on_time_rate, f"that is {DESIGNER}'s rate on {designers.ASSETS[r.asset]} "
                                          f"only", 'pass by="designer"'))
    team = _delivery(first, last, None).iloc[0]
    traps.append(Trap(team["on_time_rate"], "that is the whole team's rate", f'take the row of "{DESIGNER}"'))
    previous = pd.Period(MONTH) - 1
    september = _delivery(f"{previous.start_time:%Y-%m-%d}", f"{previous.end_time:%Y-%m-%d}", "designer")
    september = september.set_index("designer")
    if DESIGNER in september.index:
        traps.append(Trap(september.loc[DESIGNER, "on_time_rate"], f"that is {DESIGNER}'s rate for {previous}",
                          'pass start="2026-10-01", end="2026-10-31"'))
    return check_number(
        answer, expected, kind="rate",
        why=(f"{DESIGNER} delivered {row['on_time']} of {due} tasks due in October on time ({row['late']} late, "
             f"{row['open_late']} of them still open). Delivery is the part of a designer's work they control "
             f"fully, so it is the first line of a fair scorecard, and the one to talk about before the next "
             f"promo."),
        hint=('sa.designers.summarize_delivery(tasks, start="2026-10-01", end="2026-10-31", by="designer"), then '
              f'the "on_time_rate" of the row of {DESIGNER}'),
        traps=traps,
    )
