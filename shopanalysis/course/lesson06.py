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
from ..text.lesson06 import T as L
from ._demo import demo
from .checks import Option, Text, Trap, check_choice, check_number, check_text, describe_value, exercise

__all__ = ["check_06_image_lift", "check_06_too_early", "check_06_money_at_stake", "check_06_on_time"]

#: Exercise 6.1: the first new main image of this product.
LIFT_PRODUCT = "雪纺印花长裙"  # data
LIFT_CHANGE = "2026-05-01"
#: Exercise 6.2: the designer's claim, and the day it is made (the data runs up to it).
CLAIM_PRODUCT = "微喇牛仔裤"  # data
CLAIM_DAY = "2026-10-18"
#: Exercises 6.3 and 6.4.
MONTH = "2026-10"
DESIGNER = "小林"  # data
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


@exercise("6.1", Text(L, "6.1.title"))
def check_06_image_lift(answer):
    test = _test(LIFT_PRODUCT, LIFT_CHANGE)
    expected = float(test["lift"])
    rows = _rows(LIFT_PRODUCT)
    change = pd.Timestamp(LIFT_CHANGE)
    one = pd.Timedelta(days=1)
    sides = dict(first_before=change - WINDOW * one, last_before=change - one, first_after=change,
                 last_after=change + (WINDOW - 1) * one)
    before = _window(rows, sides["first_before"], sides["last_before"])
    after = _window(rows, sides["first_after"], sides["last_after"])
    ctr_before, ctr_after = metrics.ctr(before), metrics.ctr(after)
    daily_before = metrics.add_metrics(before, ["ctr"])["ctr"].mean()
    daily_after = metrics.add_metrics(after, ["ctr"])["ctr"].mean()
    versions = {v: metrics.ctr(rows[rows["main_image"] == v]) for v in (test["version_before"], test["version_after"])}
    other = _tests()
    other = other[(other["product_name"] == LIFT_PRODUCT) & (other["change_date"] != change)].iloc[0]
    ctrs = dict(before=ctr_before, after=ctr_after)
    return check_number(
        answer, expected, kind="rate",
        why=L("bilingual.6.1.why", lift=expected, **ctrs),
        hint=L("6.1.hint", **sides),
        traps=[
            Trap(daily_after / daily_before - 1, L("6.1.trap.daily", days=WINDOW), L("6.1.trap.daily.hint")),
            Trap(ctr_after - ctr_before, L("6.1.trap.points", **ctrs), L("6.1.trap.points.hint")),
            Trap(ctr_after / ctr_before, L("6.1.trap.ratio", ratio=ctr_after / ctr_before, lift=expected),
                 L("6.1.trap.ratio.hint")),
            Trap(ctr_before / ctr_after - 1, L("6.1.trap.inverse"), L("6.1.trap.formula.hint")),
            Trap(float(other["lift"]),
                 L("6.1.trap.other_change", old=other["version_before"], new=other["version_after"],
                   day=other["change_date"], wanted_old=test["version_before"], wanted_new=test["version_after"],
                   change=LIFT_CHANGE),
                 L("6.1.trap.other_change.hint", days=WINDOW, change=LIFT_CHANGE)),
            *_other_sides(rows, change),
            Trap(versions[test["version_after"]] / versions[test["version_before"]] - 1,
                 L("6.1.trap.versions", new=test["version_after"], old=test["version_before"], days=WINDOW),
                 L("6.1.trap.versions.hint")),
        ],
    )


@exercise("6.2", Text(L, "6.2.title"), judgement=True)
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
    promo = final["promo"] or L("6.2.a_promo")
    promos = sa_promo_days(change, end)
    opens = promos["date"].min() if len(promos) else end
    interval = L("6.2.interval", low=now["lift_low"], high=now["lift_high"])
    window = dict(window=WINDOW, end=end, promo=promo, opens=opens)
    options = {
        "A": Option(L("bilingual.6.2.A", lift=now["lift"], interval=interval), False,
                    L("6.2.A.why", days=now["days_after"], verdict=_verdict(now["verdict"]), change=change,
                      early=L("6.2.interval", low=early["lift_low"], high=early["lift_high"]), **window)),
        "B": Option(L("6.2.B"), False,
                    L("6.2.B.why", no_difference=_verdict(designers.NO_DIFFERENCE), interval=interval,
                      clicks=int(now["clicks_after"]), min_clicks=MIN_CLICKS)),
        "C": Option(L("6.2.C", **window), True,
                    L("bilingual.6.2.C.why", claim=CLAIM_DAY, verdict=_verdict(now["verdict"]),
                      days=now["days_after"], window=WINDOW, end=end, final=_verdict(final["verdict"]),
                      lift=final["lift"], low=final["lift_low"], high=final["lift_high"], rest=rest_lift)),
    }
    return check_choice(answer, options, hint=L("6.2.hint", claim=CLAIM_DAY))


@lru_cache(maxsize=None)
def _pages(against: str = "shop") -> pd.DataFrame:
    start = pd.Timestamp(MONTH + "-01")
    return designers.page_conversion(demo("products_daily"), start=start, end=start + pd.offsets.MonthEnd(0),
                                     products=demo("products"), against=against)


@exercise("6.3", Text(L, "6.3.title"))
def check_06_money_at_stake(answer):
    pages = _pages()
    top = pages.iloc[0]
    fair = _pages("category")
    fair_top = fair.iloc[0]
    mine = fair.set_index("product_name").loc[top["product_name"]]
    money = lambda x: describe_value(x, "money")  # noqa: E731
    if fair_top["product_name"] == top["product_name"]:
        fairer = L("6.3.fairer_same", category=mine["category"], order_value=money(top["avg_order_value"]),
                   money=money(mine["money_at_stake"]))
    else:
        fairer = L("6.3.fairer_other", category=mine["category"], money=money(mine["money_at_stake"]),
                   other=fair_top["product_name"])
    shop_rate = pages.attrs["conversion_rate"]
    others = {}

    def say(row, what):
        others.setdefault(row["product_name"], L(
            "bilingual.6.3.say", what=what, rate=row["conversion_rate"], visitors=int(row["visitors"]),
            order_value=money(row["avg_order_value"]), money=money(row["money_at_stake"]), top=top["product_name"],
            top_money=money(top["money_at_stake"])))

    previous = pd.Period(MONTH) - 1
    september = designers.page_conversion(demo("products_daily"), start=previous.start_time,
                                          end=previous.end_time.normalize(), products=demo("products"),
                                          against="shop")
    last_month = september["product_name"].iloc[0]
    say(pages.loc[pages["product_name"] == last_month].iloc[0],
        L("6.3.say.last_month", previous=str(previous), month=MONTH))
    say(pages.loc[pages["conversion_rate"].idxmin()], L("6.3.say.worst"))
    if "bounce_rate" in pages and pages["bounce_rate"].notna().any():
        say(pages.loc[pages["bounce_rate"].idxmax()], L("bilingual.6.3.say.bounce"))
    busiest = pages.loc[pages["visitors"].idxmax()]
    if busiest["money_at_stake"] == 0:
        others.setdefault(busiest["product_name"], L("6.3.busiest_nothing", visitors=int(busiest["visitors"]),
                                                     rate=busiest["conversion_rate"], shop=shop_rate))
    else:
        say(busiest, L("6.3.say.busiest"))
    for _, row in pages.iloc[1:].iterrows():
        if row["money_at_stake"] > 0:
            say(row, L("6.3.say.rank", rank=_ + 1, n=len(pages)))
        else:
            others.setdefault(row["product_name"], L("6.3.nothing", rate=row["conversion_rate"], shop=shop_rate))
    others.pop(top["product_name"], None)
    others[str(top["product_id"])] = L("6.3.product_id")
    return check_text(
        answer, top["product_name"],
        why=L("bilingual.6.3.why", top=top["product_name"], rate=top["conversion_rate"], shop=shop_rate,
              visitors=int(top["visitors"]), order_value=money(top["avg_order_value"]),
              money=money(top["money_at_stake"]), fairer=fairer),
        hint=L("6.3.hint"),
        others=others,
    )


def _delivery(start: str, end: str, by) -> pd.DataFrame:
    return designers.summarize_delivery(demo("design_tasks"), start=start, end=end, by=by)


@exercise("6.4", Text(L, "6.4.title"))
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
    counts = {k: row[k] for k in ("tasks", "delivered", "on_time", "late", "open_late")}
    column = L("6.4.trap.column.hint")
    same = abs(delivered_share - late_share) < 1e-12
    traps = [
        Trap(row["on_time"] / row["delivered"], L("6.4.trap.delivered", **counts), L("6.4.trap.delivered.hint")),
        Trap(late_share, L("6.4.trap.late", due=due, also=L("6.4.trap.late.also", **counts) if same else "",
                           **counts), column),
    ]
    if not same:
        traps.append(Trap(delivered_share, L("6.4.trap.delivered_share", **counts), column))
    by_asset = _delivery(first, last, ["designer", "asset"])
    for r in by_asset[by_asset["designer"] == DESIGNER].itertuples():
        traps.append(Trap(r.on_time_rate, L("6.4.trap.asset", designer=DESIGNER, asset=designers.ASSETS[r.asset]),
                          L("6.4.trap.asset.hint")))
    team = _delivery(first, last, None).iloc[0]
    traps.append(Trap(team["on_time_rate"], L("6.4.trap.team"), L("6.4.trap.team.hint", designer=DESIGNER)))
    previous = pd.Period(MONTH) - 1
    september = _delivery(f"{previous.start_time:%Y-%m-%d}", f"{previous.end_time:%Y-%m-%d}", "designer")
    september = september.set_index("designer")
    if DESIGNER in september.index:
        traps.append(Trap(september.loc[DESIGNER, "on_time_rate"],
                          L("6.4.trap.september", designer=DESIGNER, previous=str(previous)),
                          L("6.4.trap.september.hint")))
    return check_number(
        answer, expected, kind="rate",
        why=L("6.4.why", designer=DESIGNER, due=due, **counts),
        hint=L("6.4.hint", designer=DESIGNER),
        traps=traps,
    )
