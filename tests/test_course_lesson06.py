"""Lesson 06 (the designer's numbers): every checker's wrong answers, and the lesson's widget.

``WRONG_06``: (checker, a wrong answer computed with the package, a fragment of the message
it must get), as ``WRONG`` in tests/test_course.py.
"""

from __future__ import annotations

import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import designers, metrics
from shopanalysis.course._demo import demo

from course_cases import assert_cover_the_lesson, assert_names_the_mistake, case_ids, checker


@pytest.fixture(autouse=True)
def english():
    """These cases check the English messages; tests/test_course_session.py checks both languages."""
    with sa.language("en"):
        yield


def _dress(first, last):
    rows = demo("products_daily")
    rows = rows[rows["product_name"] == "雪纺印花长裙"]
    return rows[rows["date"].between(first, last)]


def _dress_ctr(side):
    return metrics.ctr(_dress("2026-04-17", "2026-04-30") if side == "before" else _dress("2026-05-01", "2026-05-14"))


def _dress_daily_mean(side):
    rows = _dress("2026-04-17", "2026-04-30") if side == "before" else _dress("2026-05-01", "2026-05-14")
    return metrics.add_metrics(rows, ["ctr"])["ctr"].mean()


def _dress_version(version):
    rows = demo("products_daily")
    return metrics.ctr(rows[(rows["product_name"] == "雪纺印花长裙") & (rows["main_image"] == version)])


def _dress_tests():
    tests = designers.compare_image_versions(demo("products_daily"))
    return tests[tests["product_name"] == "雪纺印花长裙"].set_index("version_after")


def _october_pages():
    return designers.page_conversion(demo("products_daily"), start="2026-10-01", end="2026-10-31",
                                     products=demo("products"))


def _delivery(start="2026-10-01", end="2026-10-31", by="designer"):
    return designers.summarize_delivery(demo("design_tasks"), start=start, end=end, by=by)


def _xiaolin(column):
    return _delivery().set_index("designer").loc["小林", column]


# (checker, a wrong answer computed with the package, a fragment of the message it must get)
WRONG_06 = [
    ("check_06_image_lift", lambda: _dress_daily_mean("after") / _dress_daily_mean("before") - 1,
     "means of the daily CTRs"),
    ("check_06_image_lift", lambda: _dress_ctr("after") - _dress_ctr("before"), "percentage points"),
    ("check_06_image_lift", lambda: _dress_ctr("after") / _dress_ctr("before"), "subtracts 1"),
    ("check_06_image_lift", lambda: _dress_ctr("before") / _dress_ctr("after") - 1, "divides the old CTR by the new"),
    ("check_06_image_lift", lambda: _dress_tests().loc["v3", "lift"], "other change, v2->v3 on 2026-08-15"),
    ("check_06_image_lift", lambda: _dress_version("v2") / _dress_version("v1") - 1, "months apart"),
    ("check_06_image_lift", lambda: _dress_tests().loc["v2", "lift"] * 100, "looks like a percentage"),
    ("check_06_image_lift", lambda: _dress_tests().loc[["v2"], "lift"], "column (a pandas Series) holding one value"),
    ("check_06_too_early", lambda: "A", "compare_image_versions says 'Too little data'"),
    ("check_06_too_early", lambda: "B", "straddles zero"),
    ("check_06_too_early", lambda: "win", "not one of the options"),
    ("check_06_money_at_stake", lambda: _october_pages().sort_values("conversion_rate")["product_name"].iloc[0],
     "it converts worst"),
    ("check_06_money_at_stake", lambda: _october_pages().sort_values("visitors")["product_name"].iloc[-1],
     "nothing at stake"),
    ("check_06_money_at_stake", lambda: designers.page_conversion(
        demo("products_daily"), start="2026-09-01", end="2026-09-30")["product_name"].iloc[0], "lost most in 2026-09"),
    ("check_06_money_at_stake", lambda: _october_pages()["product_name"].iloc[3], "ranks 4 of"),
    ("check_06_money_at_stake", lambda: _october_pages()["product_id"].iloc[0], "product ID"),
    ("check_06_money_at_stake", lambda: _october_pages()["money_at_stake"].iloc[0], "a name in quotes"),
    ("check_06_on_time", lambda: _xiaolin("on_time") / _xiaolin("delivered"), "still open past its due date"),
    ("check_06_on_time", lambda: _xiaolin("late") / (_xiaolin("on_time") + _xiaolin("late")), "the share late"),
    ("check_06_on_time", lambda: _delivery(by=["designer", "asset"]).set_index(["designer", "asset"])
     .loc[("小林", "main_image"), "on_time_rate"], "rate on Main image only"),
    ("check_06_on_time", lambda: _delivery(by=None)["on_time_rate"].iloc[0], "whole team"),
    ("check_06_on_time",
     lambda: _delivery("2026-09-01", "2026-09-30").set_index("designer").loc["小林", "on_time_rate"],
     "rate for 2026-09"),
    ("check_06_on_time", lambda: _xiaolin("on_time_rate") * 100, "looks like a percentage"),
]


# The Chinese message's fragment for each English one of WRONG_06 (a fragment used twice is in both messages)
ZH_06 = {
    'means of the daily CTRs': '每日点击率的平均值',
    'percentage points': '百分点的变化',
    'subtracts 1': '提升要再减 1',
    'divides the old CTR by the new': '用旧点击率除以新点击率',
    'other change, v2->v3 on 2026-08-15': '另一次换图的提升：2026-08-15 的 v2→v3',
    'months apart': '相隔好几个月',
    'looks like a percentage': '像是百分数',
    'column (a pandas Series) holding one value': '一列数据（pandas Series），里面只有一个值',
    "compare_image_versions says 'Too little data'": 'compare_image_versions 说“数据不足”',
    'straddles zero': '区间跨过了零',
    'not one of the options': '不是选项',
    'it converts worst': '它的转化率最低',
    'nothing at stake': '没有损失',
    'lost most in 2026-09': '2026-09 损失最多的是它',
    'ranks 4 of': '排第 4',
    'product ID': '商品 ID',
    'a name in quotes': '加引号的名称',
    'still open past its due date': '过了截止日期还没交',
    'the share late': '迟交的比例',
    'rate on Main image only': '在主图上的准时率',
    'whole team': '整个团队',
    'rate for 2026-09': '小林 2026-09 的准时率',
}


@pytest.mark.parametrize("name, make, fragment", WRONG_06, ids=case_ids(WRONG_06))
def test_checker_names_the_mistake(name, make, fragment):
    """Each case in English, and in Chinese with its fragment (tests/course_cases.py)."""
    assert_names_the_mistake(name, make, fragment, ZH_06[fragment])


def test_wrong_answer_cases_cover_every_checker_of_the_lesson():
    assert_cover_the_lesson(WRONG_06, "06")


def test_the_solutions_are_right():
    dress_lift = _dress_ctr("after") / _dress_ctr("before") - 1
    assert checker("check_06_image_lift")(dress_lift).passed
    assert checker("check_06_image_lift")(round(dress_lift, 3)).passed
    assert checker("check_06_too_early")("c").passed
    assert checker("check_06_money_at_stake")(_october_pages()["product_name"].iloc[0]).passed
    assert checker("check_06_on_time")(_xiaolin("on_time_rate")).passed


def test_the_judgement_rests_on_the_data():
    """Option C is right because the test is still open on the day of the claim, and won once closed."""
    claim = designers.compare_image_versions(demo("products_daily"), as_of="2026-10-18")
    claim = claim[claim["product_name"] == "微喇牛仔裤"].iloc[0]
    assert claim["verdict"] == designers.TOO_EARLY and claim["lift_low"] > 0
    closed = designers.compare_image_versions(demo("products_daily"), as_of=claim["window_end"])
    assert closed[closed["product_name"] == "微喇牛仔裤"].iloc[0]["verdict"] == designers.WIN


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_judgement_names_verdicts_by_their_labels(lang):
    """Exercise 6.2 quotes the verdicts as the learner's tables show them, in the package's language, never as codes."""
    with sa.language(lang):
        label = {code: sa.vocab.value_label("verdict", code) for code in designers.VERDICTS}
        messages = {letter: checker("check_06_too_early")(letter).message for letter in "ABC"}
    quoted = {"zh": "“{}”", "en": "'{}'"}[lang].format
    fragments = {"zh": [("A", f"说{quoted(label[designers.TOO_EARLY])}"),
                        ("B", f"{quoted(label[designers.NO_DIFFERENCE])}指的是区间跨过了零"),
                        ("C", f"结论是{quoted(label[designers.TOO_EARLY])}"),
                        ("C", f"结论是{quoted(label[designers.WIN])}")],
                 "en": [("A", f"says {quoted(label[designers.TOO_EARLY])}"),
                        ("B", f"{quoted(label[designers.NO_DIFFERENCE])} means an interval that straddles zero"),
                        ("C", f"the verdict is {quoted(label[designers.TOO_EARLY])}"),
                        ("C", f"it reads {quoted(label[designers.WIN])}")]}[lang]
    for letter, fragment in fragments:
        assert fragment in messages[letter], (fragment, messages[letter])
    for message in messages.values():
        assert not any(quoted(code) in message for code in designers.VERDICTS), message
    if lang == "en":
        assert "'Too little data'" in messages["A"] and "'No clear difference'" in messages["B"]


def test_image_test_explorer_builds_and_draws(monkeypatch, capsys):
    """The widget runs its drawing function when built, and again when the slider moves; it names verdicts by label."""
    pytest.importorskip("ipywidgets")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from shopanalysis.course import widgets

    monkeypatch.setattr(plt, "show", lambda *a, **k: plt.close("all"))
    with sa.language("zh"):
        w = widgets.image_test_explorer(demo("products_daily"), product="羊毛开衫", days=3)
        assert w is not None and hasattr(w, "children")
        assert "结论：数据不足" in capsys.readouterr().out
        w.children[1].value = 14
        w.update()
        shown = capsys.readouterr().out
    assert "结论：新图胜出" in shown and designers.WIN not in shown.split("结论：")[-1]
    with sa.language("en"):
        w.update()
    assert "verdict: New image wins" in capsys.readouterr().out
    jeans = next(v for label, v in w.children[0].options if label.startswith("微喇牛仔裤"))
    w.children[0].value = jeans
    w.update()
    with pytest.raises(ValueError, match="no main-image change"):
        widgets.image_test_explorer(demo("products_daily"), product="没有这个商品")


def test_image_test_explorer_is_none_without_ipywidgets(monkeypatch):
    import sys

    from shopanalysis.course import widgets

    monkeypatch.setitem(sys.modules, "ipywidgets", None)
    assert widgets.image_test_explorer(pd.DataFrame()) is None
