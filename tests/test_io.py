"""Tests for shopanalysis.io: the export readers."""

from __future__ import annotations

import csv
import datetime as dt
import math
import warnings
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shopanalysis as sa
from shopanalysis import DataError, DataWarning, vocab
from shopanalysis.io import _parse_numbers, load_shop, read_table

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


# ----------------------------------------------------------------------------- helpers


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write text to ``path`` in ``encoding`` and return the path."""
    path.write_bytes(text.encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list], merges: tuple[str, ...] = (), formats: dict | None = None) -> Path:
    """Write rows to a one-sheet workbook; ``formats`` maps a cell ('B3') to a number format."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    for rng in merges:
        ws.merge_cells(rng)
    for cell, fmt in (formats or {}).items():
        ws[cell].number_format = fmt
    wb.save(path)
    return path


def quiet(fn, *args, **kwargs):
    """Call ``fn`` and fail on any DataWarning."""
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataWarning)
        return fn(*args, **kwargs)


SHOP_HEAD = "date,visitors,paying_buyers,paid_amount\n"


def shop_csv(tmp_path, rows: str, head: str = SHOP_HEAD, name: str = "shop_daily.csv", encoding="utf-8") -> Path:
    """Write a shop_daily csv with the given data rows."""
    return write(tmp_path / name, head + rows, encoding)


# ----------------------------------------------------------------------------- happy paths


def test_canonical_csv_reads_to_canonical_dtypes(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299.5\n2026-10-02,120,4,400\n")
    df = quiet(read_table, path, "shop_daily")
    assert list(df.columns) == ["date", "visitors", "paying_buyers", "paid_amount"]
    assert df["date"].dtype == "datetime64[ns]"
    assert df["visitors"].dtype == "int64"
    assert df["paid_amount"].dtype == "float64"
    assert df["date"].tolist() == [pd.Timestamp("2026-10-01"), pd.Timestamp("2026-10-02")]
    assert df["paid_amount"].tolist() == [299.5, 400.0]


@pytest.mark.parametrize(
    "text",
    ["2026-10-01", "2026/10/01", "2026.10.01", "20261001", "2026年10月1日", "2026-10-1",
     "2026/10/01 00:00:00", "2026-10-01T00:00:00", "46296", "２０２６-１０-０１"],
)
def test_date_formats(tmp_path, text):
    path = shop_csv(tmp_path, f"{text},100,3,299.5\n")
    df = quiet(read_table, path, "shop_daily")
    assert df["date"].iloc[0] == pd.Timestamp("2026-10-01")


@pytest.mark.parametrize(
    "text, value",
    [("2026-10-01 13:45:10", "2026-10-01 13:45:10"), ("2026/10/01 13:45", "2026-10-01 13:45:00"),
     ("2026年10月1日 13时45分10秒", "2026-10-01 13:45:10"), ("2026-10-01", "2026-10-01"),
     ("46296.5", "2026-10-01 12:00:00")],
)
def test_datetime_formats(tmp_path, text, value):
    path = write(tmp_path / "orders.csv", f"订单编号,买家会员名,付款时间,实付金额\n1001,tb_a,{text},99\n")
    df = quiet(read_table, path, "orders")
    assert df["paid_at"].iloc[0] == pd.Timestamp(value)


@pytest.mark.parametrize(
    "cell, value",
    [("1234.5", 1234.5), ('"1,234.5"', 1234.5), ("¥1234.5", 1234.5), ('"￥1,234.50"', 1234.5),
     ("1234.5元", 1234.5), ("0.5万", 5000.0), ('" 1,234.50 "', 1234.5), ("１２３４.５", 1234.5)],
)
def test_money_formats(tmp_path, cell, value):
    path = shop_csv(tmp_path, f"2026-10-01,100,3,{cell}\n")
    assert quiet(read_table, path, "shop_daily")["paid_amount"].iloc[0] == pytest.approx(value)


@pytest.mark.parametrize("cell, value", [("2.35%", 0.0235), ("0.0235", 0.0235), ("０.５％", 0.005), ("0", 0.0),
                                         ("100%", 1.0), ("23.5‰", 0.0235)])
def test_rate_formats(tmp_path, cell, value):
    head = "date,visitors,paying_buyers,paid_amount,bounce_rate\n"
    path = shop_csv(tmp_path, f"2026-10-01,100,3,299,{cell}\n", head=head)
    assert quiet(read_table, path, "shop_daily")["bounce_rate"].iloc[0] == pytest.approx(value)


def test_rate_as_plain_percent_numbers_is_read_as_percent_and_warned(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299,45.2\n2026-10-02,100,3,299,0.8\n",
                    head="date,visitors,paying_buyers,paid_amount,跳失率\n")
    with pytest.warns(DataWarning, match=r"(?s)「跳失率」列.*按百分数读取.*第 2 行：'45.2'"):
        df = read_table(path, "shop_daily")
    assert df["bounce_rate"].tolist() == pytest.approx([0.452, 0.008])
    with sa.language("en"), pytest.warns(DataWarning, match=r"(?s)read as percent numbers.*row 2: '45.2'"):
        read_table(path, "shop_daily")


def test_rate_with_percent_unit_in_header(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299,0.5\n", head="date,visitors,paying_buyers,paid_amount,跳失率（%）\n")
    assert quiet(read_table, path, "shop_daily")["bounce_rate"].iloc[0] == pytest.approx(0.005)


@pytest.mark.parametrize(
    "cell, seconds",
    [("12.5", 12.5), ("12秒", 12.0), ("12s", 12.0), ("00:00:12", 12.0), ("1:30", 90.0), ("01:02:03", 3723.0),
     ("1分30秒", 90.0), ("1min 30s", 90.0), ("-", None)],
)
def test_duration_formats(tmp_path, cell, seconds):
    path = shop_csv(tmp_path, f"2026-10-01,100,3,299,{cell}\n", head="date,visitors,paying_buyers,paid_amount,平均停留时长\n")
    got = quiet(read_table, path, "shop_daily")["avg_stay_s"].iloc[0]
    assert math.isnan(got) if seconds is None else got == pytest.approx(seconds)


def test_duration_unit_in_header_scales(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299,1.5\n", head="date,visitors,paying_buyers,paid_amount,平均停留时长（分钟）\n")
    assert quiet(read_table, path, "shop_daily")["avg_stay_s"].iloc[0] == pytest.approx(90.0)


@pytest.mark.parametrize(
    "cells, expected",
    [(["是", "否"], [True, False]), (["true", "FALSE"], [True, False]), (["1", "0"], [True, False]),
     (["Y", "n"], [True, False]), (["yes", "No"], [True, False])],
)
def test_bool_formats(tmp_path, cells, expected):
    rows = "".join(f"{i},b{i},2026-10-01 10:00:00,9.9,{c}\n" for i, c in enumerate(cells))
    path = write(tmp_path / "orders.csv", "订单编号,买家会员名,付款时间,实付金额,是否退款\n" + rows)
    df = quiet(read_table, path, "orders")
    assert df["refunded"].dtype == bool
    assert df["refunded"].tolist() == expected


def test_bool_with_blank_keeps_missing(tmp_path):
    path = write(tmp_path / "orders.csv", "订单编号,买家会员名,付款时间,实付金额,是否退款\n1,a,2026-10-01,9,是\n2,b,2026-10-01,9,\n")
    df = quiet(read_table, path, "orders")
    assert df["refunded"].iloc[0] is True or df["refunded"].iloc[0] == True  # noqa: E712
    assert pd.isna(df["refunded"].iloc[1])


@pytest.mark.parametrize("cell", ["2026-10", "2026/10", "2026年10月", "202610", "2026-10-01", "2026-1"])
def test_month_formats(tmp_path, cell):
    path = write(tmp_path / "targets.csv", f"月份,销售目标\n{cell},\"100,000\"\n")
    df = quiet(read_table, path, "targets")
    assert df["month"].iloc[0] == ("2026-01" if cell == "2026-1" else "2026-10")
    assert df["target_amount"].iloc[0] == 100000.0


def test_category_spellings_are_mapped(tmp_path):
    path = write(
        tmp_path / "traffic.csv",
        "日期,流量来源,流量类型,访客数\n2026-10-01,手淘搜索,自然流量,50\n2026-10-01,直通车,付费流量,20\n2026-10-01,购物车,Membership,9\n",
    )
    df = quiet(read_table, path, "traffic_sources")
    assert df["channel"].tolist() == ["natural", "paid", "membership"]


def test_title_lines_and_totals_row(tmp_path):
    text = (
        "生意参谋 店铺整体数据\n统计时间：2026-10-01 ~ 2026-10-02\n\n"
        "统计日期,访客数,支付买家数,支付金额\n2026-10-01,100,3,299.5\n2026-10-02,120,4,400\n合计,220,7,699.5\n"
    )
    path = write(tmp_path / "shop_daily.csv", text)
    df = quiet(read_table, path, "shop_daily")
    assert len(df) == 2 and df["visitors"].sum() == 220


@pytest.mark.parametrize("marker", ["合计", "总计", "Total", "汇总", "合计："])
def test_totals_row_spellings_are_dropped(tmp_path, marker):
    path = shop_csv(tmp_path, f"2026-10-01,100,3,299.5\n{marker},100,3,299.5\n")
    assert len(quiet(read_table, path, "shop_daily")) == 1


def test_notes_below_the_table_and_blank_rows_are_dropped(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299.5\n\n2026-10-02,100,3,299.5\n,,,\n数据来源：生意参谋\n")
    assert len(quiet(read_table, path, "shop_daily")) == 2


def test_repeated_header_row_is_dropped(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299.5\n" + SHOP_HEAD + "2026-10-02,100,3,299.5\n")
    assert len(quiet(read_table, path, "shop_daily")) == 2


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_encodings_are_detected(tmp_path, encoding):
    text = "统计日期,访客数,支付买家数,支付金额（元）\n2026-10-01,100,3,￥299.5\n"
    path = shop_csv(tmp_path, "", head=text, encoding=encoding)
    df = quiet(read_table, path, "shop_daily")
    assert df["paid_amount"].iloc[0] == 299.5


def test_explicit_encoding(tmp_path):
    path = write(tmp_path / "shop_daily.csv", "统计日期,访客数,支付买家数,支付金额\n2026-10-01,100,3,299.5\n", "gbk")
    assert len(quiet(read_table, path, "shop_daily", encoding="gbk")) == 1


@pytest.mark.parametrize("sep", ["\t", ";"])
def test_other_delimiters(tmp_path, sep):
    path = write(tmp_path / "shop_daily.csv", sep.join(["统计日期", "访客数", "支付买家数", "支付金额"]) + "\n"
                 + sep.join(["2026-10-01", "1,000", "3", "299.5"]) + "\n")
    assert quiet(read_table, path, "shop_daily")["visitors"].iloc[0] == 1000


def test_headers_fold_fullwidth_spaces_case_and_units(tmp_path):
    head = " 统计 日期 ,访客数（人）, Paying Buyers ,支付金额 (元),平均停留时长［秒］,PAGEVIEWS\n"
    path = shop_csv(tmp_path, "2026-10-01,100,3,299.5,12,300\n", head=head)
    df = quiet(read_table, path, "shop_daily")
    assert list(df.columns) == ["date", "visitors", "pageviews", "paying_buyers", "paid_amount", "avg_stay_s"]


@pytest.mark.parametrize("arrow", ["询单→最终付款人数", "询单->最终付款人数", "询单－＞最终付款人数", "inquiry_buyers"])
def test_arrow_spellings(tmp_path, arrow):
    path = write(tmp_path / "cs.csv", f"日期,客服昵称,询单人数,{arrow}\n2026-10-01,小美,40,12\n")
    df = quiet(read_table, path, "cs_daily")
    assert df["inquiry_buyers"].iloc[0] == 12


def test_english_and_chinese_headers_give_the_same_frame(tmp_path):
    en = write(tmp_path / "en.csv", "date,campaign,keyword,impressions,clicks,cost,orders,gmv\n"
               "2026-10-01,C1,连衣裙,1000,30,45.6,2,398\n")
    zh = write(tmp_path / "zh.csv", "日期,计划名称,关键词,展现量,点击量,花费（元）,总成交笔数,总成交金额（元）\n"
               "2026-10-01,C1,连衣裙,\"1,000\",30,¥45.60,2,￥398.00\n")
    pd.testing.assert_frame_equal(quiet(read_table, en, "ppc_keywords"), quiet(read_table, zh, "ppc_keywords"))


def test_optional_columns_absent(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299.5\n")
    df = quiet(read_table, path, "shop_daily")
    assert "pageviews" not in df.columns and "bounce_rate" not in df.columns


def test_optional_blank_values_are_missing(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299.5,-\n2026-10-02,100,3,299.5,150\n",
                    head="date,visitors,paying_buyers,paid_amount,pageviews\n")
    df = quiet(read_table, path, "shop_daily")
    assert df["pageviews"].dtype == "float64"
    assert math.isnan(df["pageviews"].iloc[0]) and df["pageviews"].iloc[1] == 150


def test_extra_columns_named_in_one_warning(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299.5,x,y,z\n",
                    head="date,visitors,paying_buyers,paid_amount,店铺名称,备注,\n")
    with pytest.warns(DataWarning) as record:
        df = read_table(path, "shop_daily")
    assert len(record) == 1
    msg = str(record[0].message)
    assert "店铺名称" in msg and "备注" in msg and "没有表头的 G 列" in msg and "shop_daily.csv" in msg
    assert "丢弃了 3 列" in msg
    assert list(df.columns) == ["date", "visitors", "paying_buyers", "paid_amount"]


def test_derived_columns_agreeing_are_dropped_silently(tmp_path):
    head = "统计日期,访客数,支付买家数,支付金额,支付转化率,客单价\n"
    rows = "2026-10-01,300,7,\"1,234.56\",2.33%,176.37\n2026-10-02,300,0,0,0.00%,-\n"
    df = quiet(read_table, shop_csv(tmp_path, rows, head=head), "shop_daily")
    assert "conversion_rate" not in df.columns and "avg_order_value" not in df.columns


def test_derived_columns_disagreeing_warn_with_rows(tmp_path):
    head = "统计日期,访客数,支付买家数,支付金额,支付转化率\n"
    rows = "2026-10-01,300,7,1234.56,2.33%\n2026-10-02,300,9,1234.56,2.33%\n"
    with pytest.warns(DataWarning, match=r"(?s)支付转化率.*「支付买家数 / 访客数」.*第 3 行：文件里是 '2.33%'，重算为 3.0000%"
                      ) as record:
        df = read_table(shop_csv(tmp_path, rows, head=head), "shop_daily")
    assert "第 2 行" not in str(record[0].message)
    assert "conversion_rate" not in df.columns
    with sa.language("en"), pytest.warns(DataWarning, match=r"(?s)支付转化率.*disagrees with paying buyers / visitors.*"
                                                           r"row 3: file '2.33%', recomputed 3.0000%"):
        read_table(shop_csv(tmp_path, rows, head=head), "shop_daily")


def test_derived_ppc_ratios(tmp_path):
    path = write(tmp_path / "kw.csv", "日期,计划名称,关键词,展现量,点击量,点击率,花费,平均点击花费,总成交笔数,总成交金额,投入产出比\n"
                 "2026-10-01,C1,连衣裙,1000,30,3.00%,45.60,1.52,2,398,8.73\n")
    df = quiet(read_table, path, "ppc_keywords")
    assert set(df.columns) == {"date", "campaign", "keyword", "impressions", "clicks", "cost", "orders", "gmv"}


def test_derived_without_its_parts_is_named_when_dropped(tmp_path):
    path = write(tmp_path / "pd.csv", "日期,商品ID,访客数,支付买家数,支付金额,点击率\n2026-10-01,100,50,2,99,3%\n")
    with pytest.warns(DataWarning, match="点击率（缺少点击量和曝光量，无法核对）"):
        read_table(path, "products_daily")


def test_id_columns_stay_text_and_unwrap_excel_protection(tmp_path):
    path = write(tmp_path / "orders.csv", '订单编号,买家会员名,付款时间,实付金额\n="0012345678901234",tb_a,2026-10-01,99\n')
    df = quiet(read_table, path, "orders")
    assert df["order_id"].iloc[0] == "0012345678901234"


def test_xlsx_with_real_cells_title_and_group_header(tmp_path):
    rows = [
        ["店铺整体日报", None, None, None, None, None],
        [None, "流量", None, "成交", None, None],
        ["统计日期", "访客数", "跳失率", "支付买家数", "支付金额", "平均停留时长"],
        [dt.datetime(2026, 10, 1), 1234, 0.452, 25, 3456.5, dt.time(0, 0, 12)],
        [dt.date(2026, 10, 2), 1000, 0.4, 20, 2000, 12.5],
        [46298, "1,111", 0.4, 11, "¥1,000.00", "00:00:13"],
        ["合计", 3345, None, 56, 6456.5, None],
    ]
    path = write_xlsx(tmp_path / "店铺整体_2026-10.xlsx", rows, merges=("B2:C2", "D2:E2"), formats={"C4": "0.00%"})
    df = quiet(read_table, path, "shop_daily")
    assert df["date"].tolist() == list(pd.date_range("2026-10-01", periods=3))
    assert df["visitors"].tolist() == [1234, 1000, 1111]
    assert df["bounce_rate"].tolist() == pytest.approx([0.452, 0.4, 0.4])
    assert df["avg_stay_s"].tolist() == pytest.approx([12, 12.5, 13])
    assert df["paid_amount"].tolist() == pytest.approx([3456.5, 2000, 1000])


def test_xlsx_two_row_header_with_vertically_merged_cells(tmp_path):
    rows = [
        ["统计日期", "流量", None, "成交", None],
        [None, "访客数", "浏览量", "支付买家数", "支付金额"],
        [dt.datetime(2026, 10, 1), 100, 300, 3, 299.5],
    ]
    path = write_xlsx(tmp_path / "shop.xlsx", rows, merges=("A1:A2", "B1:C1", "D1:E1"))
    df = quiet(read_table, path, "shop_daily")
    assert list(df.columns) == ["date", "visitors", "pageviews", "paying_buyers", "paid_amount"]
    assert df["visitors"].iloc[0] == 100


def test_xlsx_sheet_name(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["这是一个说明页"])
    ws = wb.create_sheet("数据")
    ws.append(["日期", "访客数", "支付买家数", "支付金额"])
    ws.append([dt.datetime(2026, 10, 1), 100, 3, 299.5])
    path = tmp_path / "shop.xlsx"
    wb.save(path)
    assert len(quiet(read_table, path, "shop_daily", sheet_name="数据")) == 1
    assert len(quiet(read_table, path, "shop_daily", sheet_name=1)) == 1


def test_xls_that_is_really_xlsx_or_text(tmp_path):
    xlsx = write_xlsx(tmp_path / "a.xlsx", [["日期", "访客数", "支付买家数", "支付金额"], ["2026-10-01", 100, 3, 299.5]])
    fake = tmp_path / "店铺整体.xls"
    fake.write_bytes(xlsx.read_bytes())
    assert len(quiet(read_table, fake, "shop_daily")) == 1
    text = write(tmp_path / "b.xls", "日期\t访客数\t支付买家数\t支付金额\n2026-10-01\t100\t3\t299.5\n", "gbk")
    assert len(quiet(read_table, text, "shop_daily")) == 1


def test_row_numbers_count_title_and_header_lines(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299.5\n2026-10-02,abc,3,299.5\n", head="报表\n" + SHOP_HEAD)
    with pytest.raises(DataError, match=r"第 4 行：'abc'"):
        read_table(path, "shop_daily")


def test_xlsx_row_numbers_are_excel_rows(tmp_path):
    rows = [["标题"], [], ["日期", "访客数", "支付买家数", "支付金额"], ["2026-10-01", 100, 3, 299.5], ["2026-10-02", 5.5, 3, 1]]
    path = write_xlsx(tmp_path / "s.xlsx", rows)
    with pytest.raises(DataError, match=r"第 5 行：'5.5'"):
        read_table(path, "shop_daily")


def test_error_lists_at_most_five_rows(tmp_path):
    rows = "".join(f"2026-10-{d:02d},x{d},3,1\n" for d in range(1, 10))
    with pytest.raises(DataError) as err:
        read_table(shop_csv(tmp_path, rows), "shop_daily")
    msg = str(err.value)
    assert "有 9 行不是数字" in msg and "第 6 行" in msg and "第 7 行" not in msg and "另有 4 处" in msg
    with sa.language("en"), pytest.raises(DataError) as err:
        read_table(shop_csv(tmp_path, rows), "shop_daily")
    msg = str(err.value)
    assert "in 9 rows" in msg and "row 6" in msg and "row 7" not in msg and "and 4 more" in msg


# ----------------------------------------------------------------------------- malformed input

# (table, file content, strings the message must hold besides the file name and the table's name).
# A needle is one string for both languages, or a (Chinese, English) pair.
MALFORMED = {
    "missing required column": ("shop_daily", "date,visitors,paying_buyers\n2026-10-01,1,1\n",
                                ["paid_amount", "支付金额", ("缺少 1 个必填列", "required column")]),
    "no recognisable header": ("shop_daily", "foo,bar\n1,2\n",
                               [("找不到能识别的表头", "no recognisable header"), "date", "统计日期"]),
    "header only": ("shop_daily", SHOP_HEAD, [("没有数据行", "no data rows")]),
    "header and totals only": ("shop_daily", SHOP_HEAD + "合计,0,0,0\n", [("没有数据行", "no data rows")]),
    "text in a number column": ("shop_daily", SHOP_HEAD + "2026-10-01,lots,3,1\n",
                                ["visitors", ("不是数字", "where a number belongs"), ("第 2 行：'lots'", "row 2: 'lots'")]),
    "negative cost": ("ppc_keywords", "date,campaign,keyword,impressions,clicks,cost,orders,gmv\n"
                      "2026-10-01,C,k,100,3,-1.5,0,0\n",
                      ["cost", ("是负数", "negative"), ("第 2 行：'-1.5'", "row 2: '-1.5'")]),
    "negative count": ("shop_daily", SHOP_HEAD + "2026-10-01,-5,0,1\n", ["visitors", ("负数", "negative")]),
    "fractional count": ("shop_daily", SHOP_HEAD + "2026-10-01,12.5,3,1\n",
                         ["visitors", ("不是整数", "whole"), "'12.5'"]),
    "duplicate dates": ("shop_daily", SHOP_HEAD + "2026-10-01,5,1,1\n2026/10/01,6,1,1\n",
                        ["date", ("出现在不止一行", "duplicate"),
                         ("第 2 行：date=2026-10-01，第 3 行又出现", "row 2: date=2026-10-01, again in row(s) 3")]),
    "clicks above impressions": ("ppc_keywords", "date,campaign,keyword,impressions,clicks,cost,orders,gmv\n"
                                 "2026-10-01,C,k,10,30,1,0,0\n",
                                 ["clicks", "impressions", ("第 2 行", "row 2"), ("大于", "above")]),
    "buyers above visitors": ("shop_daily", SHOP_HEAD + "2026-10-01,5,6,1\n",
                              ["paying_buyers", "visitors", ("第 2 行", "row 2")]),
    "date before 2000": ("shop_daily", SHOP_HEAD + "1999-12-31,5,1,1\n", ["date", "2000-01-01", "'1999-12-31'"]),
    "small number read as serial date": ("shop_daily", SHOP_HEAD + "45,5,1,1\n",
                                         ["date", ("日期序号", "serial"), "'45'"]),
    "date after 2099": ("shop_daily", SHOP_HEAD + "2106-10-01,5,1,1\n", ["date", "'2106-10-01'"]),
    "unparseable date": ("shop_daily", SHOP_HEAD + "yesterday,5,1,1\n",
                         ["date", ("不是日期", "not a date"), "'yesterday'", "2026-10-01"]),
    "impossible date": ("shop_daily", SHOP_HEAD + "2026-02-30,5,1,1\n", ["date", "'2026-02-30'"]),
    "US-style date": ("shop_daily", SHOP_HEAD + "10/01/2026,5,1,1\n", ["date", "'10/01/2026'"]),
    "rate above 100%": ("shop_daily", SHOP_HEAD.strip() + ",bounce_rate\n2026-10-01,5,1,1,150%\n",
                        ["bounce_rate", ("超过 100%", "above 100%"), "'150%'"]),
    "plain rate above 100": ("shop_daily", SHOP_HEAD.strip() + ",跳失率\n2026-10-01,5,1,1,150\n",
                             ["跳失率", "bounce_rate", "'150'"]),
    "rate mixing % and plain": ("shop_daily", SHOP_HEAD.strip() + ",跳失率\n2026-10-01,5,1,1,45%\n2026-10-02,5,1,1,0.45\n",
                                ["bounce_rate", ("没有 % 号", "without %"), "'0.45'"]),
    "unknown category": ("traffic_sources", "日期,流量来源,流量类型,访客数\n2026-10-01,手淘搜索,freebies,5\n",
                         ["流量类型", "channel", "'freebies'", "natural", "自然流量"]),
    "bad bool": ("orders", "订单编号,买家会员名,付款时间,实付金额,是否退款\n1,a,2026-10-01,9,maybe\n",
                 ["是否退款", "refunded", "'maybe'", "是 / 否"]),
    "totals row in the middle": ("shop_daily", SHOP_HEAD + "2026-10-01,5,1,1\n合计,5,1,1\n2026-10-02,5,1,1\n",
                                 [("合计行", "totals"), ("第 3 行", "row 3"), ("第 4 行", "row 4")]),
    "misplaced thousands separator": ("shop_daily", SHOP_HEAD + '2026-10-01,"1,23",1,1\n', ["visitors", "'1,23'"]),
    "percent in a money column": ("shop_daily", SHOP_HEAD + "2026-10-01,5,1,5%\n", ["paid_amount", "'5%'"]),
    "blank required value": ("shop_daily", SHOP_HEAD + "2026-10-01,5,1,\n",
                             ["paid_amount", ("是空的", "blank"), ("第 2 行", "row 2")]),
    "blank key": ("shop_daily", SHOP_HEAD + "-,5,1,1\n", ["date", ("是空的", "blank")]),
    "unknown unit in header": ("shop_daily", "date,visitors,paying_buyers,支付金额(美元)\n2026-10-01,5,1,1\n",
                               ["paid_amount", "美元", "万元"]),
    "id mangled by Excel": ("products", "商品ID,商品名称\n6.12345E+11,裙子\n", ["商品ID", "product_id", "'6.12345E+11'"]),
    "row with more cells than the header": ("shop_daily", SHOP_HEAD + "2026-10-01,5,1,1,9,9\n",
                                            [("第 2 行", "row 2"), ("6 个单元格", "6 cells")]),
    "wide row further down": ("shop_daily", SHOP_HEAD + "2026-10-01,5,1,1\n2026-10-02,1,234,1,1\n",
                              [("第 3 行", "row 3"), ("5 个单元格", "5 cells")]),
    "rating above 5": ("competitors", "snapshot_date,shop,product_id,price,monthly_sales,rating\n"
                       "2026-10-01,S,1,99,10,5.5\n", ["rating", ("大于 5", "above 5"), "'5.5'"]),
    "requested after due": ("design_tasks", "task_id,designer,asset,requested,due\nT1,阿花,主图,2026-10-05,2026-10-01\n",
                            ["requested", "due", ("第 2 行", "row 2"), ("晚于", "after")]),
    "bad month": ("targets", "月份,销售目标\n2026-13,100\n", ["月份", "month", "'2026-13'"]),
    "bad duration": ("shop_daily", SHOP_HEAD.strip() + ",平均停留时长\n2026-10-01,5,1,1,a while\n",
                     ["avg_stay_s", "'a while'", "00:00:12"]),
    "inquiry buyers above inquiries": ("cs_daily", "日期,客服昵称,询单人数,询单→最终付款人数\n2026-10-01,小美,10,12\n",
                                       ["inquiry_buyers", "inquiries", ("第 2 行", "row 2")]),
    "unknown shift": ("cs_roster", "日期,客服,班次\n2026-10-01,小美,早八\n", ["shift", "'早八'", "白班"]),
}


@pytest.mark.parametrize("case", list(MALFORMED), ids=list(MALFORMED))
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_malformed_csv_raises_naming_file_and_column(tmp_path, case, lang):
    table, content, needles = MALFORMED[case]
    path = write(tmp_path / "export.csv", content)
    with sa.language(lang), pytest.raises(DataError) as err:
        read_table(path, table)
    msg = str(err.value)
    assert "export.csv" in msg and vocab.value_label("table", table, lang=lang) in msg
    for needle in needles:
        needle = needle if isinstance(needle, str) else needle[lang == "en"]
        assert needle in msg, f"{needle!r} not in message:\n{msg}"
    assert "Traceback" not in msg and len(msg.splitlines()) <= 12


def test_malformed_messages_are_chinese_by_default(tmp_path):
    path = write(tmp_path / "export.csv", SHOP_HEAD + "2026-10-01,lots,3,1\n")
    with pytest.raises(DataError) as err:
        read_table(path, "shop_daily")
    assert str(err.value).splitlines() == [
        f"{path}（店铺整体）的「visitors」列（访客数）有 1 行不是数字：",
        "  第 2 行：'lots'",
        "应为：计数，即不为负的整数（1234 或 1,234）。",
    ]
    with sa.language("en"), pytest.raises(DataError) as err:
        read_table(path, "shop_daily")
    assert str(err.value).splitlines() == [
        f"{path} (shop daily totals), column 'visitors': text where a number belongs in 1 row:",
        "  row 2: 'lots'",
        "Expected a count: a whole number, not negative (1234 or 1,234).",
    ]


def test_a_chinese_header_is_named_as_written_and_by_its_canonical_name(tmp_path):
    path = write(tmp_path / "export.csv", "统计日期,访客数,支付买家数,支付金额\n2026-10-01,5,1,-3\n")
    with pytest.raises(DataError, match=r"^\S+（店铺整体）的「支付金额」列（字段 paid_amount）有 1 行是负数：\n"):
        read_table(path, "shop_daily")
    with sa.language("en"), pytest.raises(DataError, match=r"\(shop daily totals\), column '支付金额' \(paid_amount\): "
                                                           r"a negative value in 1 row:"):
        read_table(path, "shop_daily")


@pytest.mark.parametrize(
    "content, needles",
    [(b"", ["文件是空的"]), (b"  \n\n", ["文件是空的"]), (b"\xef\xbb\xbf", ["文件是空的"]),
     (b"date,visitors\n\xff\xfe\xff\x80\x80", ["无法把文件解码成文本", "utf-8-sig", "gb18030"])],
    ids=["empty", "blank lines", "bom only", "undecodable"],
)
def test_unreadable_text_files(tmp_path, content, needles):
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    with pytest.raises(DataError) as err:
        read_table(path, "shop_daily")
    assert "export.csv" in str(err.value)
    for needle in needles:
        assert needle in str(err.value)


def test_unknown_encoding_name(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,1,1,1\n")
    with pytest.raises(DataError, match="不认识的编码 'klingon'"):
        read_table(path, "shop_daily", encoding="klingon")
    with sa.language("en"), pytest.raises(DataError, match="unknown encoding 'klingon'"):
        read_table(path, "shop_daily", encoding="klingon")


def test_wrong_explicit_encoding(tmp_path):
    path = shop_csv(tmp_path, "", head="统计日期,访客数,支付买家数,支付金额\n2026-10-01,1,1,1\n", encoding="gbk")
    with pytest.raises(DataError, match=r"shop_daily.csv：文件不是有效的 utf-8 编码"):
        read_table(path, "shop_daily", encoding="utf-8")


def test_missing_path(tmp_path):
    with pytest.raises(DataError, match="nope.csv：找不到这个文件"):
        read_table(tmp_path / "nope.csv", "shop_daily")
    with sa.language("en"), pytest.raises(DataError, match="nope.csv: no such file"):
        read_table(tmp_path / "nope.csv", "shop_daily")


def test_directory_given_to_read_table(tmp_path):
    with pytest.raises(DataError, match="这是一个文件夹"):
        read_table(tmp_path, "shop_daily")


def test_unsupported_file_type(tmp_path):
    path = write(tmp_path / "shop_daily.json", '{"date": "2026-10-01"}')
    with pytest.raises(DataError, match=r"(?s)shop_daily.json：不支持的文件类型 '.json'.*\.xlsx"):
        read_table(path, "shop_daily")


def test_corrupt_xlsx(tmp_path):
    path = tmp_path / "shop.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a zip file at all")
    with pytest.raises(DataError, match="shop.xlsx：Excel 工作簿已损坏或不完整"):
        read_table(path, "shop_daily")


def test_old_binary_xls_without_xlrd(tmp_path):
    try:
        import xlrd  # noqa: F401
        pytest.skip("xlrd is installed")
    except ImportError:
        pass
    path = tmp_path / "shop.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(DataError, match=r"shop.xls：.*xlrd.*另存为 .xlsx 或 .csv"):
        read_table(path, "shop_daily")


def test_missing_sheet(tmp_path):
    path = write_xlsx(tmp_path / "shop.xlsx", [["日期", "访客数", "支付买家数", "支付金额"]])
    with pytest.raises(DataError, match=r"shop.xlsx：工作簿里没有名为「数据」的工作表；现有的工作表：'Sheet'"):
        read_table(path, "shop_daily", sheet_name="数据")
    with sa.language("en"), pytest.raises(DataError, match=r"shop.xlsx: there is no sheet '数据'; the workbook has 'Sheet'"):
        read_table(path, "shop_daily", sheet_name="数据")


def test_xlsx_header_only(tmp_path):
    path = write_xlsx(tmp_path / "shop.xlsx", [["标题"], ["日期", "访客数", "支付买家数", "支付金额"]])
    with pytest.raises(DataError, match=r"shop.xlsx.*有表头（第 2 行），但没有数据行"):
        read_table(path, "shop_daily")


def test_xlsx_two_header_rows_that_do_not_name_the_columns(tmp_path):
    rows = [["流量指标", None, "成交指标", None], ["日期", "访客", "买家", "金额"], ["2026-10-01", 1, 1, 1]]
    path = write_xlsx(tmp_path / "shop.xlsx", rows, merges=("A1:B1", "C1:D1"))
    with pytest.raises(DataError) as err:
        read_table(path, "shop_daily")
    msg = str(err.value)
    assert "shop.xlsx" in msg and "visitors" in msg and "访客数" in msg and "第 2 行" in msg


def test_xlsx_date_cell_out_of_range(tmp_path):
    rows = [["日期", "访客数", "支付买家数", "支付金额"], [dt.datetime(1900, 1, 5), 1, 1, 1]]
    path = write_xlsx(tmp_path / "shop.xlsx", rows)
    with pytest.raises(DataError, match=r"(?s)shop.xlsx.*「日期」列（字段 date）.*第 2 行：'1900-01-05'"):
        read_table(path, "shop_daily")


# ----------------------------------------------------------------------------- load_shop


def test_load_shop_by_name_alias_and_sniffing(tmp_path):
    shop_csv(tmp_path, "2026-10-01,100,3,299.5\n")
    write(tmp_path / "直通车关键词_2026-10.csv", "日期,计划名称,关键词,展现量,点击量,花费,总成交笔数,总成交金额\n"
          "2026-10-01,C1,连衣裙,1000,30,45.6,2,398\n", "gbk")
    write(tmp_path / "download (3).csv", "日期,客服昵称,询单人数,询单->最终付款人数\n2026-10-01,小美,40,12\n")
    shop = quiet(load_shop, tmp_path, check=False)
    assert len(shop.shop_daily) == 1 and len(shop.ppc_keywords) == 1 and len(shop.cs_daily) == 1
    assert shop.files["cs_daily"] == [tmp_path / "download (3).csv"]
    assert shop.files["ppc_keywords"] == [tmp_path / "直通车关键词_2026-10.csv"]
    assert shop.products is None
    assert shop.data_dir == tmp_path


def test_load_shop_prefers_the_longest_alias(tmp_path):
    write(tmp_path / "商品效果_10月.csv", "日期,商品ID,访客数,支付买家数,支付金额\n2026-10-01,1,5,1,9\n")
    write(tmp_path / "商品列表.csv", "商品ID,商品名称\n1,裙子\n")
    write(tmp_path / "products_daily_2026-10.csv",
          "date,product_id,visitors,paying_buyers,paid_amount\n2026-10-02,1,5,1,9\n")
    shop = quiet(load_shop, tmp_path, check=False)
    assert len(shop.products_daily) == 2 and len(shop.products) == 1


def test_load_shop_concatenates_monthly_files_in_date_order(tmp_path):
    shop_csv(tmp_path, "2026-11-01,100,3,299.5\n2026-11-02,100,3,299.5\n", name="店铺整体_2026-11.csv")
    shop_csv(tmp_path, "2026-10-30,100,3,299.5\n2026-10-31,100,3,299.5\n", name="店铺整体_2026-10.csv")
    shop = quiet(load_shop, tmp_path, check=False)
    assert shop.shop_daily["date"].dt.day.tolist() == [30, 31, 1, 2]
    assert len(shop.files["shop_daily"]) == 2
    assert shop.shop_daily.index.equals(pd.RangeIndex(4))


def test_load_shop_drops_identical_overlap(tmp_path):
    shop_csv(tmp_path, "2026-10-01,100,3,299.5\n2026-10-02,100,3,299.5\n", name="店铺整体_a.csv")
    shop_csv(tmp_path, "2026-10-02,100,3,299.50\n2026-10-03,100,3,299.5\n", name="店铺整体_b.csv")
    shop = quiet(load_shop, tmp_path, check=False)
    assert len(shop.shop_daily) == 3


def test_load_shop_overlap_that_disagrees(tmp_path):
    shop_csv(tmp_path, "2026-10-01,100,3,299.5\n2026-10-02,100,3,299.5\n", name="店铺整体_a.csv")
    shop_csv(tmp_path, "2026-10-02,101,3,299.5\n", name="店铺整体_b.csv")
    with pytest.raises(DataError) as err:
        load_shop(tmp_path, check=False)
    msg = str(err.value)
    assert "店铺整体_a.csv 第 3 行" in msg and "店铺整体_b.csv 第 2 行" in msg and "2026-10-02" in msg
    assert msg.startswith("「店铺整体」表：有 1 行在不止一个文件里出现（按统计日期判断是同一行），数值却不同：")
    assert "不同的列：访客数" in msg
    with sa.language("en"), pytest.raises(DataError) as err:
        load_shop(tmp_path, check=False)
    msg = str(err.value)
    assert "店铺整体_a.csv row 3" in msg and "(differ in visitors)" in msg
    assert msg.startswith("shop daily totals: 1 key appears in more than one file")


def test_load_shop_warns_once_about_unplaced_files(tmp_path):
    shop_csv(tmp_path, "2026-10-01,100,3,299.5\n")
    write(tmp_path / "notes.csv", "whatever,this,is\n1,2,3\n")
    write(tmp_path / "misc.csv", "a\nb\n")
    write(tmp_path / "README.md", "not data")
    write(tmp_path / "~$shop_daily.xlsx", "lock file")
    with pytest.warns(DataWarning) as record:
        load_shop(tmp_path, check=False)
    assert len(record) == 1
    assert "misc.csv" in str(record[0].message) and "notes.csv" in str(record[0].message)


def test_load_shop_skips_an_ambiguous_file(tmp_path):
    shop_csv(tmp_path, "2026-10-01,100,3,299.5\n")
    write(tmp_path / "export1.csv", "商品ID,客服昵称\n1,小美\n")
    with pytest.warns(DataWarning, match=r"export1.csv：已跳过：它的表头同时符合(商品和客服名单|客服名单和商品)这几张表"):
        shop = load_shop(tmp_path, check=False)
    assert shop.products is None and shop.cs_agents is None


def test_load_shop_tables_filter(tmp_path):
    shop_csv(tmp_path, "2026-10-01,100,3,299.5\n")
    write(tmp_path / "products.csv", "product_id\n1\n")
    shop = quiet(load_shop, tmp_path, tables=["products"], check=False)
    assert shop.shop_daily is None and len(shop.products) == 1
    assert list(shop.files) == ["products"]


def test_load_shop_bad_file_raises_naming_it(tmp_path):
    shop_csv(tmp_path, "2026-10-01,lots,3,299.5\n", name="店铺整体.csv")
    with pytest.raises(DataError, match=r"店铺整体.csv（店铺整体）的「visitors」列"):
        load_shop(tmp_path, check=False)


def test_load_shop_missing_folder(tmp_path):
    with pytest.raises(DataError, match="nowhere：找不到这个文件夹"):
        load_shop(tmp_path / "nowhere")


def test_load_shop_folder_without_exports(tmp_path):
    write(tmp_path / "notes.csv", "whatever,this,is\n1,2,3\n")
    write(tmp_path / "data.json", "{}")
    with pytest.raises(DataError, match=r"(?s)没有能识别的导出文件（notes.csv）.*shop_daily.csv"):
        with pytest.warns(DataWarning):
            load_shop(tmp_path)


def test_load_shop_empty_folder(tmp_path):
    with pytest.raises(DataError, match="没有能识别的导出文件（没有 .csv / .xlsx 文件）"):
        load_shop(tmp_path)
    with sa.language("en"), pytest.raises(DataError, match="no recognisable export"):
        load_shop(tmp_path)


def test_load_shop_given_a_file(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299.5\n")
    with pytest.raises(DataError, match="不是文件夹"):
        load_shop(path)


# ----------------------------------------------------------------------------- number parser


@settings(max_examples=300, deadline=None)
@given(
    x=st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False),
    decimals=st.integers(min_value=0, max_value=4),
    style=st.sampled_from(["plain", "thousands", "yen", "fullwidth_yen", "percent", "yuan", "negative"]),
)
def test_number_parser_round_trips(x, decimals, style):
    text = f"{x:,.{decimals}f}" if style in {"thousands", "yen", "fullwidth_yen", "negative"} else f"{x:.{decimals}f}"
    text = {"yen": "¥" + text, "fullwidth_yen": "￥" + text, "percent": text + "%", "yuan": text + "元",
            "negative": "-" + text}.get(style, text)
    parsed = _parse_numbers(pd.Series([text], dtype="str"))
    value = parsed.values[0] * parsed.scale[0]
    want = (-x if style == "negative" else x) * (0.01 if style == "percent" else 1)
    assert not parsed.bad[0] and not parsed.missing[0]
    rounding = 0.5 * 10.0 ** -decimals * (0.01 if style == "percent" else 1) * 1.0001
    assert value == pytest.approx(want, rel=1e-12, abs=rounding)


_STYLES = {
    "plain": lambda x: f"{x:.2f}", "thousands": lambda x: f"{x:,.2f}", "yen": lambda x: f"¥{x:,.2f}",
    "fullwidth": lambda x: f"￥ {x:,.2f}", "yuan": lambda x: f"{x:.2f}元", "spaces": lambda x: f"  {x:,.2f} ",
}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.floats(min_value=0, max_value=1e9, allow_nan=False), st.sampled_from(sorted(_STYLES)),
                          st.booleans()), min_size=1, max_size=40))
def test_number_parser_keeps_rows_aligned_in_a_mixed_column(cells):
    texts = ["-" if blank else _STYLES[style](x) for x, style, blank in cells]
    parsed = _parse_numbers(pd.Series(texts, dtype="str"))
    for (x, _, blank), value, missing, bad in zip(cells, parsed.values, parsed.missing, parsed.bad):
        assert not bad
        assert missing == blank
        assert math.isnan(value) if blank else value == pytest.approx(x, abs=0.0051)


@pytest.mark.parametrize("text", ["1,2", "12,34,567", "1.2.3", "¥¥5", "5 apples", "inf", "1e999", "--5", "+-5"])
def test_number_parser_refuses(text):
    assert _parse_numbers(pd.Series([text], dtype="str")).bad[0]


@pytest.mark.parametrize("text", ["", "-", "--", "N/A", "null", "—"])
def test_number_parser_missing(text):
    parsed = _parse_numbers(pd.Series([text], dtype="str"))
    assert parsed.missing[0] and not parsed.bad[0]


# ----------------------------------------------------------------------------- speed


def test_a_large_gbk_export_reads_every_row_right(tmp_path):
    """70,000 rows of a GBK keyword report with thousands separators, ￥ and %: every value read.

    How fast it reads is measured in benchmarks/bench_io.py, not asserted here.
    """
    n = 70_000
    days = pd.date_range("2024-01-01", periods=n // 100, freq="D").repeat(100)[:n]  # 700 days, none ahead
    df = pd.DataFrame({
        "日期": days.strftime("%Y-%m-%d"), "计划名称": "计划A", "关键词": [f"词{i % 100}" for i in range(n)],
        "展现量": [f"{1000 + i % 7:,}" for i in range(n)], "点击量": 30, "花费": "￥45.60", "总成交笔数": 2,
        "总成交金额": "398.00", "点击率": "3.00%",
    })
    df["点击率"] = [f"{30 / (1000 + i % 7):.2%}" for i in range(n)]
    path = tmp_path / "kw.csv"
    df.to_csv(path, index=False, encoding="gbk")
    out = quiet(read_table, path, "ppc_keywords")
    assert len(out) == n
    assert out["date"].min() == pd.Timestamp("2024-01-01") and out["date"].max() == pd.Timestamp(days[-1])
    assert int(out["impressions"].sum()) == sum(1000 + i % 7 for i in range(n))
    assert (out["cost"] == 45.6).all() and (out["gmv"] == 398.0).all() and (out["clicks"] == 30).all()
    assert (out["orders"] == 2).all() and set(out["keyword"]) == {f"词{i}" for i in range(100)}


# ----------------------------------------------------------------------------- more behaviour


def test_warnings_point_at_the_callers_line(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299.5,x\n", head="date,visitors,paying_buyers,paid_amount,备注\n")
    with pytest.warns(DataWarning) as record:
        read_table(path, "shop_daily")
    assert record[0].filename == __file__


def test_a_second_header_for_one_column_is_dropped_and_named(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,2026-10-02,100,3,299.5\n", head="统计日期,日期,访客数,支付买家数,支付金额\n")
    with pytest.warns(DataWarning, match="与前面的表头是同一列、已经读过：'日期'"):
        df = read_table(path, "shop_daily")
    assert df["date"].iloc[0] == pd.Timestamp("2026-10-01")


@pytest.mark.parametrize("head", ["访客数(UV)", "访客数（人）", "visitors [人]"])
def test_count_units(tmp_path, head):
    path = shop_csv(tmp_path, "2026-10-01,100,3,299.5\n", head=f"date,{head},paying_buyers,paid_amount\n")
    assert quiet(read_table, path, "shop_daily")["visitors"].iloc[0] == 100


def test_money_in_wan_yuan(tmp_path):
    path = shop_csv(tmp_path, "2026-10-01,100,3,1.25\n", head="date,visitors,paying_buyers,支付金额(万元)\n")
    assert quiet(read_table, path, "shop_daily")["paid_amount"].iloc[0] == pytest.approx(12500.0)


def test_load_shop_names_an_unreadable_unnamed_file(tmp_path):
    shop_csv(tmp_path, "2026-10-01,100,3,299.5\n")
    (tmp_path / "download.csv").write_bytes(b"\xff\xff\xff")
    with pytest.warns(DataWarning, match=r"download.csv（无法读取：无法把文件解码成文本"):
        shop = load_shop(tmp_path, check=False)
    assert len(shop.shop_daily) == 1


def test_load_shop_unknown_table_name(tmp_path):
    shop_csv(tmp_path, "2026-10-01,100,3,299.5\n")
    with pytest.raises(KeyError, match="unknown table 'shopdaily'"):
        load_shop(tmp_path, tables=["shopdaily"], check=False)


def test_xlsx_numeric_id_cells_become_text(tmp_path):
    rows = [["商品ID", "商品名称"], [612345678901, "裙子"], ["612345678902", "衬衫"]]
    df = quiet(read_table, write_xlsx(tmp_path / "products.xlsx", rows), "products")
    assert df["product_id"].tolist() == ["612345678901", "612345678902"]


def test_load_shop_runs_the_cross_table_checks_and_warns_each_finding(tmp_path):
    shop_csv(tmp_path, "2026-10-01,100,3,299.5\n2026-10-02,100,3,299.5\n")
    write(tmp_path / "traffic_sources.csv", "date,source,visitors\n2026-10-01,手淘搜索,100\n2026-10-02,手淘搜索,90\n")
    with pytest.warns(DataWarning, match="流量来源对账.*2026-10-02") as record:
        shop = load_shop(tmp_path)
    assert shop.findings and all(f in [str(w.message) for w in record] for f in shop.findings)


def test_load_shop_without_findings_is_silent(tmp_path):
    shop_csv(tmp_path, "2026-10-01,100,3,299.5\n")
    write(tmp_path / "traffic_sources.csv", "date,source,visitors\n2026-10-01,手淘搜索,60\n2026-10-01,直通车,40\n")
    shop = quiet(load_shop, tmp_path)
    assert shop.findings == []


# ----------------------------------------------------------------------------- the bundled sample shops


@pytest.fixture(scope="module")
def demo_frames():
    """Return the demo shop as the generator makes it."""
    from shopanalysis.samples import generate_demo_shop

    return generate_demo_shop()


@pytest.fixture(scope="module")
def jd_frames():
    """Return the JD shop as the generator makes it."""
    from shopanalysis.samples import generate_jd_shop

    return generate_jd_shop()


def assert_tables_equal(got: pd.DataFrame, want: pd.DataFrame) -> None:
    """Assert two canonical tables are equal (money to a relative 1e-9)."""
    pd.testing.assert_frame_equal(got, want, check_exact=False, rtol=1e-9)


@pytest.mark.parametrize("name", ["shop_daily", "traffic_sources", "targets", "products", "products_daily",
                                  "competitors", "competitor_shops", "ppc_keywords", "ppc_campaigns",
                                  "ppc_search_terms", "cs_daily", "cs_agents", "cs_roster", "design_tasks",
                                  "after_sales", "orders"])
def test_bundled_demo_file_reads_to_the_generated_frame(name, demo_frames):
    from shopanalysis.samples import demo_dir

    got = quiet(read_table, demo_dir() / f"{name}.csv", name)
    assert_tables_equal(got, getattr(demo_frames, name))


def test_bundled_jd_exports_load_to_the_generated_frames(jd_frames):
    from shopanalysis.samples import JD_FILES, jd_dir

    shop = quiet(load_shop, jd_dir())
    assert list(shop.tables) == list(jd_frames.tables)
    for name, want in jd_frames.tables.items():
        assert_tables_equal(getattr(shop, name), want)
        assert shop.files[name] == [jd_dir() / JD_FILES[name]]
    assert shop.findings == []


def test_jd_exports_round_trip_through_the_writer(tmp_path, jd_frames):
    from shopanalysis.samples import write_jd_shop

    write_jd_shop(tmp_path, shop=jd_frames)
    shop = quiet(load_shop, tmp_path)
    for name, want in jd_frames.tables.items():
        assert_tables_equal(getattr(shop, name), want)


def test_demo_shop_round_trips_through_the_writer(tmp_path, demo_frames):
    from shopanalysis.samples import write_demo_shop

    write_demo_shop(tmp_path, shop=demo_frames)
    shop = quiet(load_shop, tmp_path)
    assert list(shop.tables) == list(demo_frames.tables)
    for name, want in demo_frames.tables.items():
        assert_tables_equal(getattr(shop, name), want)
    assert shop.findings == []


def test_jd_exports_as_xlsx_read_the_same(tmp_path, jd_frames):
    """The same export saved as xlsx by Excel / WPS (every cell text, as the csv had it)."""
    from shopanalysis.samples import JD_FILES, jd_dir

    src = jd_dir() / JD_FILES["shop_daily"]
    lines = src.read_bytes().decode("gbk").splitlines()
    rows = list(csv.reader(lines))
    path = write_xlsx(tmp_path / "店铺整体.xlsx", rows)
    assert_tables_equal(quiet(read_table, path, "shop_daily"), jd_frames.shop_daily)


def test_unreadable_derived_column_is_named_not_fatal(tmp_path):
    head = "统计日期,访客数,支付买家数,支付金额,支付转化率\n"
    rows = "2026-10-01,300,7,1234.56,2.33%\n2026-10-02,300,9,1234.56,0.3\n"
    with pytest.warns(DataWarning, match=r"支付转化率（未核对：没有 % 号.*；第 3 行：'0.3'）"):
        df = read_table(shop_csv(tmp_path, rows, head=head), "shop_daily")
    assert len(df) == 2


def test_many_duplicate_keys_are_summarised(tmp_path):
    rows = "".join(f"2026-10-{d:02d},5,1,1\n2026-10-{d:02d},5,1,1\n" for d in range(1, 9))
    with pytest.raises(DataError, match=r"(?s)有 8 个值出现在不止一行.*第 10 行：.*另有 3 处"):
        read_table(shop_csv(tmp_path, rows), "shop_daily")


def test_derived_money_column_with_a_unit(tmp_path):
    head = "统计日期,访客数,支付买家数,支付金额,客单价（元）\n"
    quiet(read_table, shop_csv(tmp_path, "2026-10-01,300,7,1234.56,176.37\n", head=head), "shop_daily")
    head = "统计日期,访客数,支付买家数,支付金额,客单价（美元）\n"
    with pytest.warns(DataWarning, match=r"客单价（美元）（未核对：表头里的单位「美元」认不出）"):
        read_table(shop_csv(tmp_path, "2026-10-01,300,7,1234.56,25\n", head=head), "shop_daily")
    with sa.language("en"), pytest.warns(DataWarning, match=r"客单价（美元） \(not checked: the unit '美元' in the header "
                                                           r"is not understood\)"):
        read_table(shop_csv(tmp_path, "2026-10-01,300,7,1234.56,25\n", head=head), "shop_daily")
