"""The notebook display helpers: column kinds, Chinese headers, number formats, escaping."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

import shopanalysis as sa
from shopanalysis import present


def _cells(styler) -> list[str]:
    return re.findall(r"<td[^>]*>(.*?)</td>", styler.to_html())


def _headers(styler) -> list[str]:
    return [re.sub(r"<[^>]+>", "", h) for h in re.findall(r"<th[^>]*>(.*?)</th>", styler.to_html())]


@pytest.mark.parametrize("column, values, kind", [
    ("paid_amount", [1.0], "money"),            # the data contract decides first
    ("visitors", [1], "number"),
    ("conversion_rate", [0.02], "pct"),
    ("date", pd.to_datetime(["2026-10-15"]), "date"),
    ("product_name", ["连衣裙"], "text"),
    ("paid_amount_before", [1.0], "money"),     # a baseline's column keeps its kind
    ("yuan_visitors", [1.0], "money"),
    ("roi", [2.5], "ratio"),
    ("break_even_roi", [2.2], "ratio"),
    ("order_value_vs_shop", [1.08], "ratio"),   # a multiple, not yuan
    ("avg_order_value", [303.9], "money"),
    ("campaign_order_value", [250.0], "money"),
    ("order_value_score", [80.0], "number"),    # a 0-100 score, not yuan
    ("value", [0.34], "number"),                # suggest_training's value of any metric
    ("p_value", [0.04], "number"),
    ("share_of_visitors_change", [0.5], "pct"),
    ("suggested_bid", [1.7], "money"),
    ("money_at_stake", [173300.0], "money"),     # the monthly review's actions: ¥17.33万, not 17.33万
    ("on_track", [True], "text"),
])
def test_column_kinds(column, values, kind):
    assert present._kind(column, pd.Series(values)) == kind


def test_table_formats_by_kind_with_chinese_headers():
    df = pd.DataFrame({"date": pd.to_datetime(["2026-10-15"]), "source": ["手淘搜索"], "visitors": [12345],
                       "paid_amount": [56789.0], "conversion_rate": [0.0187], "bid": [1.7], "roi": [np.nan]})
    t = present.table(df)
    assert _headers(t) == ["统计日期", "流量来源", "访客数", "支付金额", "支付转化率", "出价", "投入产出比"]
    assert _cells(t) == ["2026-10-15", "手淘搜索", "1.23万", "¥5.68万", "1.9%", "¥1.70", "—"]


def test_table_signed_digits_overrides_and_labels():
    df = pd.DataFrame({"sales_change": [1234.0], "sales_change_pct": [0.1234], "score": [81.5]})
    t = present.table(df, signed=["sales_change", "sales_change_pct"], digits=2, money=["score"],
                      labels={"score": "得分"})
    assert _cells(t) == ["+¥1,234", "+12.34%", "¥81.50"]
    assert _headers(t)[-1] == "得分"


def test_table_escapes_text_from_the_outside_world():
    t = present.table(pd.DataFrame({"title": ["<b>爆款</b> & 新品"]}))
    html = t.to_html()
    assert "&lt;b&gt;爆款&lt;/b&gt; &amp; 新品" in html and "<b>爆款" not in html
    assert 'class="data row0 col0 sa-text"' in html  # text aligns left in the reports' CSS


def test_bullets_escape_markdown_and_say_when_empty():
    md = present.bullets(["*爆款* 连衣裙_v2"], title="要点")._repr_markdown_()
    assert md == "**要点**\n\n- \\*爆款\\* 连衣裙\\_v2"
    assert present.bullets([])._repr_markdown_() == "- （暂无）"
    with sa.language("en"):
        assert present.bullets([])._repr_markdown_() == "- (nothing to report)"


def test_dates_and_short_labels_never_wrap_but_sentences_do():
    df = pd.DataFrame({"date": pd.to_datetime(["2026-10-15"]), "status": ["ACTION"], "todo": ["先处理超时的售后，再回复差评" * 3]})
    html = present.table(df).to_html()
    assert '<span class="sa-nowrap">状态</span>' in html and "需处理" in html
    cells = re.findall(r'<td [^>]*class="([^"]*)"[^>]*>(.*?)</td>', html)
    assert [("sa-nowrap" in c) for c, _ in cells] == [True, True, False]
    with sa.language("en"):
        assert "Action" in present.table(df).to_html()
