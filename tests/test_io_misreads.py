"""Inputs the readers once read silently wrong or refused vaguely (issue 11, "Readers").

Each case is a malformed export written to a temporary folder. A refusal must be a
DataError that names the file and the line or column, and says what is wrong in the
words the case lists (Chinese by default, English with ``sa.language("en")``).
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path

import openpyxl
import pytest

import shopanalysis as sa
from shopanalysis import DataError, DataWarning
from shopanalysis.io import load_shop, read_table

SHOP = "date,visitors,paying_buyers,paid_amount\n"
LATER = (dt.date.today() + dt.timedelta(days=40)).isoformat()


def _half_a_workbook() -> bytes:
    """Return the first half of a small workbook's bytes: an .xlsx download cut off."""
    import io

    wb = openpyxl.Workbook()
    for i in range(50):
        wb.active.append(["2026-10-01", 100 + i, 3, 299.5])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()[: len(buf.getvalue()) // 2]


#: name -> (file name, content, table, {lang: words the message must hold}).
#: ``content`` is text (written as UTF-8) or bytes. Each message must also name the file.
CASES = {
    # --- 1. truncated downloads and short rows
    "truncated_last_row": (
        "shop_daily.csv", SHOP + "2026-10-01,100,3,299.5\n2026-10-02,12", "shop_daily",
        {"zh": ["截断", "第 3 行"], "en": ["truncated", "row 3"]}),
    "truncated_number_cut": (
        "shop_daily.csv", SHOP + "2026-10-01,100,3,299.50\n2026-10-02,120,4,400.10\n2026-10-03,130,5,41",
        "shop_daily", {"zh": ["截断", "第 4 行"], "en": ["truncated", "row 4"]}),
    "short_row_in_the_middle": (
        "shop_daily.csv", "date,visitors,paying_buyers,paid_amount,pageviews\n"
        "2026-10-01,100,3,299.5\n2026-10-02,120,4,400,500\n", "shop_daily",
        {"zh": ["第 2 行", "4 个", "5 个"], "en": ["row 2", "4 cells", "5"]}),
    "short_row_with_final_newline": (
        "shop_daily.csv", "date,visitors,paying_buyers,paid_amount,pageviews\n"
        "2026-10-01,100,3,299.5,400\n2026-10-02,120,4,400,500\n2026-10-03,130\n", "shop_daily",
        {"zh": ["第 4 行", "2 个"], "en": ["row 4", "2 cells"]}),
    # --- 2. the same header twice
    "same_header_twice": (
        "shop_daily.csv", "统计日期,访客数,支付金额,支付买家数,支付金额\n2026-10-01,100,299.5,3,1299.5\n", "shop_daily",
        {"zh": ["支付金额", "第 C、E 列"], "en": ["支付金额", "columns C, E"]}),
    "same_canonical_header_twice": (
        "shop_daily.csv", "date,visitors,visitors,paying_buyers,paid_amount\n2026-10-01,100,120,3,299.5\n",
        "shop_daily", {"zh": ["visitors", "第 B、C 列"], "en": ["visitors", "columns B, C"]}),
    # --- 3. integer overflow
    "count_20_digits": (
        "shop_daily.csv", SHOP + "2026-10-01,12345678901234567890,3,299.5\n", "shop_daily",
        {"zh": ["访客数", "第 2 行", "太大"], "en": ["visitors", "row 2", "too large"]}),
    "count_19_digits_with_separators": (
        "shop_daily.csv", SHOP + '2026-10-01,"9,999,999,999,999,999,999",3,299.5\n', "shop_daily",
        {"zh": ["第 2 行", "太大"], "en": ["row 2", "too large"]}),
    # --- 4. dates after the latest possible day
    "date_typo_2062": (
        "shop_daily.csv", SHOP + "2026-10-01,100,3,299.5\n2062-10-02,120,4,400\n", "shop_daily",
        {"zh": ["第 3 行", "2062-10-02", "晚于"], "en": ["row 3", "2062-10-02", "after"]}),
    "date_in_the_future": (
        "shop_daily.csv", SHOP + f"2026-10-01,100,3,299.5\n{LATER},120,4,400\n", "shop_daily",
        {"zh": ["第 3 行", LATER], "en": ["row 3", LATER]}),
    "order_paid_in_the_future": (
        "orders.csv", f"order_id,buyer_id,paid_at,paid_amount\nA1,b1,{LATER} 10:00:00,99\n", "orders",
        {"zh": ["paid_at", "第 2 行"], "en": ["paid_at", "row 2"]}),
    # --- 5. phone numbers and ids in scientific notation
    "phone_in_scientific_notation": (
        "orders.csv", "order_id,buyer_id,paid_at,paid_amount,buyer_phone\n"
        "A1,b1,2026-10-01 10:00:00,99,1.39129E+10\n", "orders",
        {"zh": ["buyer_phone", "第 2 行", "文本"], "en": ["buyer_phone", "row 2", "Text"]}),
    "order_id_in_scientific_notation": (
        "orders.csv", "订单编号,买家会员名,付款时间,实付金额\n3.12346E+18,b1,2026-10-01 10:00:00,99\n", "orders",
        {"zh": ["订单编号", "第 2 行", "文本"], "en": ["订单编号", "row 2", "Text"]}),
    "product_id_lower_case_exponent": (
        "products.csv", "product_id,product_name\n6.12e+11,T恤\n", "products",
        {"zh": ["product_id", "第 2 行", "文本"], "en": ["product_id", "row 2", "Text"]}),
    "product_id_exponent_without_plus": (
        "products.csv", "商品ID,商品名称\n6.12E11,T恤\n", "products",
        {"zh": ["商品ID", "第 2 行", "文本"], "en": ["商品ID", "row 2", "Text"]}),
    # --- 6. cross-column facts
    "pageviews_below_visitors": (
        "shop_daily.csv", "date,visitors,pageviews,paying_buyers,paid_amount\n2026-10-01,100,80,3,299.5\n",
        "shop_daily", {"zh": ["第 2 行", "pageviews"], "en": ["row 2", "pageviews"]}),
    "buyers_above_orders": (
        "shop_daily.csv", "统计日期,访客数,支付买家数,支付子订单数,支付金额\n2026-10-01,100,5,3,299.5\n", "shop_daily",
        {"zh": ["第 2 行", "支付子订单数"], "en": ["row 2", "支付子订单数"]}),
    "carts_above_visitors": (
        "products_daily.csv", "日期,商品ID,访客数,加购人数,支付买家数,支付金额\n2026-10-01,p1,10,12,1,99\n",
        "products_daily", {"zh": ["第 2 行", "加购人数"], "en": ["row 2", "加购人数"]}),
    "inquiries_above_received": (
        "cs_daily.csv", "日期,客服昵称,接待人数,询单人数,询单->最终付款人数\n2026-10-01,阿杰,10,12,3\n",
        "cs_daily", {"zh": ["第 2 行", "询单人数"], "en": ["row 2", "询单人数"]}),
    "buyers_above_visitors": (
        "shop_daily.csv", SHOP + "2026-10-01,100,300,299.5\n", "shop_daily",
        {"zh": ["第 2 行", "visitors"], "en": ["row 2", "visitors"]}),
    "clicks_above_impressions": (
        "ppc_keywords.csv", "日期,推广计划,关键词,展现量,点击量,花费,总成交笔数,总成交金额\n"
        "2026-10-01,计划A,T恤,10,20,5,0,0\n", "ppc_keywords",
        {"zh": ["第 2 行", "点击量"], "en": ["row 2", "点击量"]}),
    # --- 7. rates written as points, and plausibility bounds
    "commission_fraction_too_high": (
        "cs_agents.csv", "客服昵称,提成比例\n阿杰,0.5\n小美,0.8\n", "cs_agents",
        {"zh": ["提成比例", "第 2 行", "20%"], "en": ["提成比例", "row 2", "20%"]}),
    "commission_percent_too_high": (
        "cs_agents.csv", "客服昵称,提成比例\n阿杰,35%\n", "cs_agents",
        {"zh": ["提成比例", "第 2 行", "20%"], "en": ["提成比例", "row 2", "20%"]}),
    "points_header_above_100": (
        "cs_agents.csv", "客服昵称,提成点\n阿杰,150\n", "cs_agents",
        {"zh": ["提成点", "第 2 行"], "en": ["提成点", "row 2"]}),
    # --- 8. an unclosed quote swallowing rows
    "unclosed_quote_to_the_end": (
        "shop_daily.csv", SHOP + '2026-10-01,100,3,299.5\n2026-10-02,"120,4,400\n2026-10-03,130,5,500\n'
        "2026-10-04,140,6,600\n", "shop_daily", {"zh": ["引号", "第 3 行"], "en": ["quote", "row 3"]}),
    "unclosed_quote_closed_later": (
        "shop_daily.csv", SHOP + '2026-10-01,100,3,"299.5\n2026-10-02,120,4,400\n2026-10-03,130",5,500\n'
        "2026-10-04,140,6,600\n", "shop_daily", {"zh": ["引号", "第 2 行"], "en": ["quote", "row 2"]}),
    "unclosed_quote_in_a_text_column": (
        "ppc_keywords.csv", "日期,推广计划,关键词,展现量,点击量,花费,总成交笔数,总成交金额\n"
        '2026-10-01,计划A,"T恤 男,100,2,1.5,0,0\n2026-10-02,计划A,T恤,100,2,1.5,0,0\n'
        "2026-10-03,计划A,T恤,100,2,1.5,0,0\n", "ppc_keywords", {"zh": ["引号", "第 2 行"], "en": ["quote", "row 2"]}),
    # --- 9. another table's content
    "traffic_sources_saved_as_shop_daily": (
        "shop_daily.csv", "日期,流量来源,访客数,支付买家数,支付金额\n2026-10-01,手淘搜索,100,3,299.5\n", "shop_daily",
        {"zh": ["流量来源", "像是"], "en": ["traffic sources", "looks like"]}),
    "one_product_saved_as_shop_daily": (
        "shop_daily.csv", "日期,商品ID,访客数,支付买家数,支付金额\n2026-10-01,p1,100,3,299.5\n2026-10-02,p1,90,2,199\n",
        "shop_daily", {"zh": ["商品效果", "像是"], "en": ["product performance", "looks like"]}),
    "product_days_saved_as_products": (
        "products.csv", "日期,商品ID,访客数,支付买家数,支付金额\n2026-10-01,p1,100,3,299.5\n", "products",
        {"zh": ["商品效果", "像是"], "en": ["product performance", "looks like"]}),
    "truncated_xlsx": (
        "shop_daily.xlsx", _half_a_workbook(), "shop_daily", {"zh": ["截断"], "en": ["truncated"]}),
    # --- vague errors made precise
    "gbk_line_in_a_utf8_file": (
        "ppc_keywords.csv", "日期,推广计划,关键词,展现量,点击量,花费,总成交笔数,总成交金额\n"
        "2026-10-01,计划A,T恤,100,2,1.5,0,0\n".encode() + "2026-10-02,计划A,卫衣,100,2,1.5,0,0\n".encode("gbk"),
        "ppc_keywords", {"zh": ["第 3 行", "GBK"], "en": ["line 3", "GBK"]}),
    "undecodable_bytes": (
        "shop_daily.csv", SHOP.encode() + b"2026-10-01,100,3,299.5\n2026-10-02,\xff\xfe\xff,4,400\n", "shop_daily",
        {"zh": ["第 3 行"], "en": ["line 3"]}),
    "html_page_saved_as_csv": (
        "shop_daily.csv", "<html><body><p>请登录</p></body></html>\n", "shop_daily",
        {"zh": ["网页", "HTML"], "en": ["HTML"]}),
    "div0_in_a_number_column": (
        "shop_daily.csv", SHOP + "2026-10-01,100,3,#DIV/0!\n", "shop_daily",
        {"zh": ["#DIV/0!", "公式", "第 2 行"], "en": ["#DIV/0!", "formula", "row 2"]}),
    "value_error_in_a_count": (
        "shop_daily.csv", SHOP + "2026-10-01,#VALUE!,3,299\n", "shop_daily",
        {"zh": ["#VALUE!", "公式", "第 2 行"], "en": ["#VALUE!", "formula", "row 2"]}),
}


def _write(tmp_path: Path, case: str) -> tuple[Path, str, dict]:
    name, content, table, words = CASES[case]
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path, table, words


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_misread_is_refused_naming_file_and_line_or_column(tmp_path, case, lang):
    path, table, words = _write(tmp_path, case)
    with sa.language(lang), warnings.catch_warnings():
        warnings.simplefilter("ignore", DataWarning)
        with pytest.raises(DataError) as info:
            read_table(path, table)
    message = str(info.value)
    assert path.name in message
    for word in words[lang]:
        assert word in message, f"{word!r} not in:\n{message}"


def test_a_file_without_final_newline_but_whole_rows_still_reads(tmp_path):
    path = tmp_path / "shop_daily.csv"
    path.write_text(SHOP + "2026-10-01,100,3,299.5\n2026-10-02,120,4,400", encoding="utf-8")
    df = read_table(path, "shop_daily")
    assert df["paid_amount"].tolist() == [299.5, 400.0]


def test_notes_and_totals_below_the_table_are_not_short_rows(tmp_path):
    path = tmp_path / "shop_daily.csv"
    path.write_text(SHOP + "2026-10-01,100,3,299.5\n合计,100\n\n数据来源：生意参谋\n", encoding="utf-8")
    assert len(read_table(path, "shop_daily")) == 1


def test_points_header_reads_as_percent_points(tmp_path):
    path = tmp_path / "cs_agents.csv"
    path.write_text("客服昵称,提成点\n阿杰,0.5\n小美,1\n", encoding="utf-8")
    df = read_table(path, "cs_agents")
    assert df["commission_rate"].tolist() == pytest.approx([0.005, 0.01])


def test_commission_as_percent_numbers_reads_as_points(tmp_path):
    path = tmp_path / "cs_agents.csv"
    path.write_text("客服昵称,提成比例\n阿杰,0.5\n小美,1.5\n", encoding="utf-8")
    with pytest.warns(DataWarning):
        df = read_table(path, "cs_agents")
    assert df["commission_rate"].tolist() == pytest.approx([0.005, 0.015])


def test_roster_and_due_dates_may_lie_ahead(tmp_path):
    path = tmp_path / "cs_roster.csv"
    path.write_text(f"date,agent,shift\n{LATER},阿杰,day\n", encoding="utf-8")
    assert len(read_table(path, "cs_roster")) == 1


def test_a_multiline_text_cell_is_still_read(tmp_path):
    path = tmp_path / "products.csv"
    path.write_text('product_id,product_name,category\np1,"T恤\n男款, 纯棉",上衣\np2,裤子,下装\n', encoding="utf-8")
    df = read_table(path, "products")
    assert df["product_id"].tolist() == ["p1", "p2"]


def test_different_aliases_of_one_column_still_warn_not_fail(tmp_path):
    path = tmp_path / "shop_daily.csv"
    path.write_text("统计日期,日期,访客数,支付买家数,支付金额\n2026-10-01,2026-10-01,100,3,299.5\n", encoding="utf-8")
    with pytest.warns(DataWarning):
        assert len(read_table(path, "shop_daily")) == 1


@pytest.mark.parametrize("suffix", [".xls", ".csv"])
def test_html_page_holding_the_table_is_read(tmp_path, suffix):
    path = tmp_path / f"店铺整体{suffix}"
    path.write_text("<html><head><meta charset='utf-8'></head><body><table>"
                    "<tr><th>统计日期</th><th>访客数</th><th>支付买家数</th><th>支付金额</th></tr>"
                    "<tr><td>2026-10-01</td><td>1,200</td><td>30</td><td>2,999.50</td></tr>"
                    "<tr><td>2026-10-02</td><td>1,100</td><td>28</td><td>2,500</td></tr>"
                    "</table></body></html>", encoding="utf-8")
    df = read_table(path, "shop_daily")
    assert df["visitors"].tolist() == [1200, 1100]
    assert df["paid_amount"].tolist() == [2999.5, 2500.0]


def test_csv_renamed_xlsx_is_read_as_text_and_says_so(tmp_path):
    path = tmp_path / "shop_daily.xlsx"
    path.write_text(SHOP + "2026-10-01,100,3,299.5\n", encoding="utf-8")
    with pytest.warns(DataWarning, match="shop_daily.xlsx"):
        df = read_table(path, "shop_daily")
    assert df["visitors"].tolist() == [100]


def test_traffic_file_named_for_shop_daily_in_a_folder_is_refused(tmp_path):
    (tmp_path / "店铺整体.csv").write_text("日期,流量来源,访客数,支付买家数,支付金额\n2026-10-01,手淘搜索,100,3,299.5\n",
                                          encoding="utf-8")
    with pytest.raises(DataError, match="流量来源"):
        load_shop(tmp_path, check=False)


@pytest.mark.parametrize("loader", ["demo", "jd"])
def test_bundled_shops_load_without_warnings(loader):
    with warnings.catch_warnings():
        warnings.simplefilter("error", DataWarning)
        shop = sa.load_demo_shop() if loader == "demo" else sa.load_shop(sa.jd_dir())
    assert shop.shop_daily is not None


def test_uncached_formulas_are_named(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["date", "visitors", "pageviews", "paying_buyers", "paid_amount"],
                ["2026-10-01", 100, "=B2*3", 3, 299.5], ["2026-10-02", 120, "=B3*3", 4, 400]):
        ws.append(row)
    path = tmp_path / "shop_daily.xlsx"
    wb.save(path)
    with pytest.raises(DataError) as info:
        read_table(path, "shop_daily")
    assert "shop_daily.xlsx" in str(info.value) and "C2" in str(info.value) and "公式" in str(info.value)
    with sa.language("en"), pytest.raises(DataError, match="2 formula cells have no saved result"):
        read_table(path, "shop_daily")


def test_table_on_another_sheet_gets_a_hint(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active.append(["本表由生意参谋导出"])
    data = wb.create_sheet("数据")
    for row in (["统计日期", "访客数", "支付买家数", "支付金额"], ["2026-10-01", 100, 3, 299.5]):
        data.append(row)
    path = tmp_path / "店铺整体.xlsx"
    wb.save(path)
    with pytest.raises(DataError, match="「数据」"):
        read_table(path, "shop_daily")
    assert read_table(path, "shop_daily", sheet_name="数据")["visitors"].tolist() == [100]


def test_empty_first_sheet_names_the_others(tmp_path):
    wb = openpyxl.Workbook()
    wb.create_sheet("数据").append(["统计日期", "访客数", "支付买家数", "支付金额"])
    path = tmp_path / "店铺整体.xlsx"
    wb.save(path)
    with pytest.raises(DataError, match="'数据'"):
        read_table(path, "shop_daily")


def test_today_can_be_set_for_the_future_date_check(tmp_path, monkeypatch):
    path = tmp_path / "shop_daily.csv"
    path.write_text(SHOP + "2026-10-01,100,3,299.5\n2026-10-20,120,4,400\n", encoding="utf-8")
    monkeypatch.setenv("SHOPANALYSIS_TODAY", "2026-10-15")
    with pytest.raises(DataError, match="第 3 行"):
        read_table(path, "shop_daily")
    monkeypatch.setenv("SHOPANALYSIS_TODAY", "2026-10-31")
    assert len(read_table(path, "shop_daily")) == 2
