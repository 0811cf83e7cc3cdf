"""Units of tech, health and farming news in both scripts (made-up sentences): each reads back with its unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline import extract
from pipeline.numerals import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "currency"),
    [
        ("某菜场青菜每斤涨了5分钱", "0.05", "元", "CNY"),
        ("丙镇水价上调1分錢。", "0.01", "元", "CNY"),
        ("车票由2元5分钱起", "2.05", "元", "CNY"),
        ("甲牌手機電池容量為4,800毫安培小時", "4800", "毫安培小时", ""),
        ("乙款行動電源達10,000毫安培時", "10000", "毫安培时", ""),
        ("醫生建議每日攝取800國際單位維他命D", "800", "国际单位", ""),
        ("每粒含维生素E 400国际单位", "400", "国际单位", ""),
        ("市民已接種兩針疫苗", "2", "针", ""),
        ("本区已接种3针的长者约2万人", "3", "针", ""),
        ("伤口缝了六针", "6", "针", ""),
        ("某港吞吐量达60万个标准箱", "600000", "标准箱", ""),
        ("乙港處理了120萬個標箱", "1200000", "标箱", ""),
    ],
)
def test_genre_unit(text: str, value: str, unit: str, currency: str) -> None:
    q = find_quantities(text)[0]
    assert q.value == Decimal(value)
    assert q.unit == unit
    assert (q.currency or "") == currency


@pytest.mark.parametrize("text", ["一针见血地指出", "三针对策", "采用两针织工艺"])
def test_needle_starting_another_word_is_no_unit(text: str) -> None:
    assert all(q.unit != "针" for q in find_quantities(text))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("某某電子10/14公布上月營收", "10/14"),
        ("外資11/3賣超甲股", "11/3"),
        ("優惠展期至12/31止", "12/31"),
        ("新制自9/1起實施", "9/1"),
        ("須於9/30前完成申報", "9/30"),
        ("展覽10/15（二）開幕", "10/15"),
    ],
)
def test_month_and_day_with_a_slash_is_a_date(text: str, span: str) -> None:
    """Taiwan and Hong Kong news write a day as 10/14: a date (a period for the facts), not the fraction 0.714."""
    (q,) = find_quantities(text, dates=True, lone=False)
    assert (q.text, q.kind) == (span, "date")
    assert [str(p.value) for p in find_quantities(text)][:2] == span.split("/")  # read as its numbers


@pytest.mark.parametrize(
    ("text", "value"),
    [("約有1/3的受訪者", 1 / 3), ("其中3/4為散戶", 0.75), ("佔比降至1/10", 0.1), ("乙管長1/4英寸", 0.25),
     ("約1/20的人口", 0.05), ("营收和利润分别为5/3亿元", 5e8)],
)
def test_a_fraction_stays_a_number(text: str, value: float) -> None:
    """A proper fraction with a small or round denominator, or figures a slash lists, are no dates."""
    q = find_quantities(text, dates=True, lone=False)[0]
    assert q.kind != "date" and float(q.value) == pytest.approx(value)


@pytest.mark.parametrize("text", ["甲厂不要政府一分钱的补贴。", "这笔钱他没花一分钱，"])
def test_not_a_penny_is_no_amount(text: str) -> None:
    assert find_quantities(text, dates=True, lone=False) == []


@pytest.mark.parametrize("text", ["甲廠民國114年營收創新高", "乙公司營收較民國112年增加", "丙案於民國113年3月動工"])
def test_a_year_of_the_republic_is_a_date(text: str) -> None:
    """民國113年 is a point in time (Taiwan's calendar), not 113 years: it dates figures, or is their point of
    comparison, and never becomes a period of its own as a span of years."""
    (q,) = find_quantities(text, dates=True, lone=False)
    assert q.kind == "date"


def test_a_long_history_stays_a_duration() -> None:
    (q,) = find_quantities("丁社已有110年歷史", dates=True, lone=False)
    assert q.kind == "duration"


def test_the_year_of_the_republic_compared_with_is_no_period() -> None:
    facts = extract("戊公司民國114年營收為新台幣80億元，較民國113年增加9%。").facts
    assert [(f.text, f.period) for f in facts] == [("新台幣80億元", "民國114年"), ("9%", "民國114年")]


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [("甲厂28纳米及以上制程的产能", "28纳米及以上", "at_least"), ("年收入8万元及以上的家庭", "8万元及以上", "at_least"),
     ("乙廠14奈米及以下製程", "14奈米及以下", "at_most"), ("丙款手机转向512GB及以上容量", "512GB及以上", "at_least")],
)
def test_a_bound_joined_with_ji(text: str, span: str, qualifier: str) -> None:
    """及以上 and 及以下 bound a figure as 或以上 and 或以下 do (the figure itself included)."""
    (q,) = find_quantities(text, dates=True, lone=False)
    assert (q.text, q.qualifier) == (span, qualifier)


@pytest.mark.parametrize("text", ["展期10/14-10/20", "活動期間1/5～1/10舉行", "乙展覽3/2至3/9開放"])
def test_a_run_of_days_is_two_dates(text: str) -> None:
    assert [q.kind for q in find_quantities(text, dates=True, lone=False)] == ["date", "date"]


@pytest.mark.parametrize("text", ["約1/3至1/2的受訪者", "佔1/4-1/3的比重"])
def test_a_range_of_fractions_is_no_run_of_days(text: str) -> None:
    assert all(q.kind != "date" for q in find_quantities(text, dates=True, lone=False))
