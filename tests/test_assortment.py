"""Tests for shopanalysis.assortment: ABC classes, sell-through, slow sellers, new listings, takeaways.

Each figure has a case computed by hand on a tiny frame; hypothesis checks the
identities of the ABC table (shares add to one, A is the fewest products that reach
the cut); the demo shop checks that the month's table adds up to its product sales.
"""

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import shopanalysis as sa
from shopanalysis import DataError
from shopanalysis import assortment as asr

_HAN = re.compile(r"[\u4e00-\u9fff]")


def _daily(rows):
    """rows: (date, product_id, visitors, paying_buyers, paid_amount)."""
    df = pd.DataFrame(rows, columns=["date", "product_id", "visitors", "paying_buyers", "paid_amount"])
    return df.assign(date=pd.to_datetime(df["date"]), product_name="款" + df["product_id"])


@pytest.fixture
def pdly():
    return _daily([
        ("2026-10-01", "p1", 100, 10, 5000.0),
        ("2026-10-02", "p1", 100, 6, 2000.0),
        ("2026-10-01", "p2", 50, 4, 2000.0),
        ("2026-10-01", "p3", 80, 2, 600.0),
        ("2026-10-01", "p4", 40, 1, 400.0),
        ("2026-10-01", "p5", 300, 0, 0.0),
        ("2026-09-30", "p6", 10, 1, 999.0),  # outside the window
    ])


@pytest.fixture
def products():
    return pd.DataFrame({
        "product_id": ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"],
        "product_name": ["连衣裙", "T恤", "衬衫", "毛衣", "外套", "旧款", "冷门款", "未上架"],
        "category": ["连衣裙", "T恤", "衬衫", "针织衫", "外套", "T恤", "外套", "外套"],
        "listed_date": pd.to_datetime(["2025-01-01", "2025-01-01", "2026-10-01", "2026-10-05", "2025-05-01",
                                       "2024-01-01", "2026-09-01", "2026-11-05"]),
    })


def test_abc_classes_by_hand(pdly):
    out = asr.abc_classes(pdly, "2026-10-01", "2026-10-31")
    assert out["product_id"].tolist() == ["p1", "p2", "p3", "p4", "p5"]
    assert out["paid_amount"].tolist() == [7000.0, 2000.0, 600.0, 400.0, 0.0]
    assert out["share"].tolist() == pytest.approx([0.7, 0.2, 0.06, 0.04, 0.0])
    assert out["cumulative_share"].tolist() == pytest.approx([0.7, 0.9, 0.96, 1.0, 1.0])
    # p2 starts at 70% < 80%: A (the product that crosses the cut is A); p3 starts at 90% < 95%: B
    assert out["abc"].tolist() == ["A", "A", "B", "C", "C"]
    assert out.loc[0, "visitors"] == 200 and out.loc[0, "paying_buyers"] == 16
    assert out.loc[0, "conversion_rate"] == pytest.approx(16 / 200)  # ratio of sums, not mean of daily rates
    assert "category" not in out.columns


def test_abc_cuts_are_parameters(pdly):
    out = asr.abc_classes(pdly, "2026-10-01", "2026-10-31", a=0.5, b=0.75)
    assert out["abc"].tolist() == ["A", "B", "C", "C", "C"]
    out = asr.abc_classes(pdly, "2026-10-01", "2026-10-31", a=0.5, b=0.7)  # p2 starts at 70%: not under b
    assert out["abc"].tolist() == ["A", "C", "C", "C", "C"]
    with pytest.raises(ValueError):
        asr.abc_classes(pdly, "2026-10-01", "2026-10-31", a=0.9, b=0.8)


def test_listed_products_without_rows_are_zero_sales_c(pdly, products):
    out = asr.abc_classes(pdly, "2026-10-01", "2026-10-31", products=products)
    # p6 (listed, no row in the window) and p7 join with zero sales; p8 is listed after the window
    assert set(out["product_id"]) == {"p1", "p2", "p3", "p4", "p5", "p6", "p7"}
    zero = out.set_index("product_id").loc[["p6", "p7"]]
    assert (zero["paid_amount"] == 0).all() and (zero["abc"] == "C").all() and (zero["visitors"] == 0).all()
    assert zero["conversion_rate"].isna().all()
    assert out.set_index("product_id").loc["p4", "category"] == "针织衫"
    assert out.set_index("product_id").loc["p7", "product_name"] == "冷门款"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0, 1e5, allow_nan=False).map(lambda x: round(x, 2)), min_size=1, max_size=25),
       st.floats(0.05, 1.0))
def test_abc_identities(amounts, a):
    rows = [("2026-10-01", f"p{i:02d}", 10, int(x > 0), x) for i, x in enumerate(amounts)]
    out = asr.abc_classes(_daily(rows), "2026-10-01", "2026-10-01", a=a, b=max(a, 0.95))
    assert len(out) == len(amounts)
    assert out["paid_amount"].is_monotonic_decreasing
    if sum(amounts) > 0:
        assert out["share"].sum() == pytest.approx(1.0)
        assert out["cumulative_share"].iloc[-1] == pytest.approx(1.0)
        a_rows = out[out["abc"] == "A"]
        # A is the fewest best sellers that reach the cut
        assert a_rows["share"].sum() >= a - 1e-9
        assert a_rows["share"].iloc[:-1].sum() < a
        assert (out.loc[out["paid_amount"] == 0, "abc"] == "C").all()
    else:
        assert out["share"].isna().all() and (out["abc"] == "C").all()


def test_summarize_assortment_by_hand(pdly, products):
    s = asr.summarize_assortment(pdly, "2026-10-01", "2026-10-31", top=2)
    assert s["n_products"] == 5 and s["n_selling"] == 4
    assert s["sell_through"] == pytest.approx(0.8)
    assert s["top_share"] == pytest.approx(0.9)
    assert s["a_products"] == 2 and s["a_product_share"] == pytest.approx(0.4)
    assert s["a_sales_share"] == pytest.approx(0.9)
    assert np.isnan(s["new_products"]) and np.isnan(s["new_product_sales_share"])

    s = asr.summarize_assortment(pdly, "2026-10-01", "2026-10-31", products=products)
    assert s["n_products"] == 7 and s["n_selling"] == 4
    assert s["sell_through"] == pytest.approx(4 / 7)
    assert s["new_products"] == 2  # p3 and p4 listed in October; p8 after it
    assert s["new_product_sales_share"] == pytest.approx(0.1)
    assert s.attrs["slow"] == 3


def test_slow_sellers_put_traffic_that_does_not_convert_first(pdly, products):
    out = asr.slow_sellers(pdly, "2026-10-01", "2026-10-31", products=products)
    assert out["product_id"].tolist() == ["p5", "p6", "p7"]  # 300 visitors first, then ties by id
    p7 = out.set_index("product_id").loc["p7"]
    assert p7["days_listed"] == 61 and p7["listed_date"] == pd.Timestamp("2026-09-01")
    out = asr.slow_sellers(pdly, "2026-10-01", "2026-10-31", min_buyers=3)
    assert out["product_id"].tolist() == ["p5", "p3", "p4"]
    assert out["days_listed"].isna().all()


def test_new_listings_count_from_the_listing_day(products):
    pdly = _daily([
        ("2026-10-03", "p4", 100, 9, 900.0),  # before p4 was listed: not counted
        ("2026-10-05", "p4", 40, 2, 300.0),
        ("2026-10-06", "p4", 60, 1, 100.0),
        ("2026-10-02", "p3", 10, 0, 0.0),
        ("2026-10-02", "p1", 500, 50, 9000.0),
    ])
    out = asr.new_listings(pdly, products, "2026-10-01", "2026-10-31")
    assert out["product_id"].tolist() == ["p4", "p3"]
    p4 = out.set_index("product_id").loc["p4"]
    assert p4["visitors"] == 100 and p4["paying_buyers"] == 3 and p4["paid_amount"] == 400.0
    assert p4["conversion_rate"] == pytest.approx(0.03) and p4["days_listed"] == 27
    with pytest.raises(DataError, match="listed_date"):
        asr.new_listings(pdly, products.drop(columns="listed_date"), "2026-10-01", "2026-10-31")


def test_bad_input_raises_data_error_naming_the_table(pdly):
    with pytest.raises(DataError, match="paying_buyers"):
        asr.abc_classes(pdly.drop(columns="paying_buyers"), "2026-10-01", "2026-10-31")
    with pytest.raises(DataError, match="products_daily") as err:
        asr.summarize_assortment(pdly, "2027-01-01", "2027-01-31")
    assert "2026-09-30" in str(err.value) and "2026-10-02" in str(err.value)  # says what the data covers
    with pytest.raises(DataError, match="products_daily"):
        asr.slow_sellers(None, "2026-10-01", "2026-10-31")


def test_describe_assortment_in_both_languages(pdly, products):
    s = asr.summarize_assortment(pdly, "2026-10-01", "2026-10-31", products=products, top=2)
    abc = asr.abc_classes(pdly, "2026-10-01", "2026-10-31", products=products)
    zh = asr.describe_assortment(s, abc)
    assert 2 <= len(zh) <= 4
    assert "动销率 57.1%" in zh[0] and "3 款" in zh[0]
    assert "款p1" in zh[2] and "款p2" in zh[2] and "90.0%" in zh[2]  # the export's names in the window
    assert "上新 2 款" in zh[3]
    with sa.language("en"):
        en = asr.describe_assortment(s)
    assert len(en) == len(zh)
    assert not any(_HAN.search(t) for t in en)
    assert "57.1%" in en[0] and "2 new products" in en[3]


def test_describe_flags_concentrated_and_spread_sales():
    few = _daily([("2026-10-01", f"p{i}", 10, 1, x) for i, x in enumerate([900.0] + [10.0] * 9)])
    s = asr.summarize_assortment(few, "2026-10-01", "2026-10-01")
    assert s["a_products"] == 1
    assert "集中" in asr.describe_assortment(s)[1]
    even = _daily([("2026-10-01", f"p{i}", 10, 1, 100.0) for i in range(10)])
    s = asr.summarize_assortment(even, "2026-10-01", "2026-10-01")
    assert s["a_products"] == 8
    assert "分散" in asr.describe_assortment(s)[1]


@pytest.fixture(scope="module")
def demo():
    return sa.load_demo_shop(tables=["products", "products_daily"], check=False)


def test_demo_october_adds_up(demo):
    pdly = demo.products_daily
    october = pdly[pdly["date"].between("2026-10-01", "2026-10-31")]
    abc = asr.abc_classes(pdly, "2026-10-01", "2026-10-31", products=demo.products)
    assert abc["paid_amount"].sum() == pytest.approx(october["paid_amount"].sum())
    assert abc["visitors"].sum() == october["visitors"].sum()
    assert set(abc["abc"]) <= {"A", "B", "C"} and abc["category"].notna().all()
    s = asr.summarize_assortment(pdly, "2026-10-01", "2026-10-31", products=demo.products)
    listed = (demo.products["listed_date"] <= "2026-10-31").sum()
    assert s["n_products"] == listed
    assert s["a_products"] == (abc["abc"] == "A").sum()
    assert 0 < s["top_share"] < 1 and s["n_selling"] <= s["n_products"]
    new = asr.new_listings(pdly, demo.products, "2026-10-01", "2026-10-31")
    assert len(new) == s["new_products"]


def test_a_window_without_new_listings_gives_an_empty_table(demo):
    out = asr.new_listings(demo.products_daily, demo.products, "2026-06-01", "2026-06-30")
    assert out.empty and "listed_date" in out.columns
