"""Units of tech, health and farming news in both scripts (made-up sentences): each reads back with its unit."""

from __future__ import annotations

from decimal import Decimal

import pytest

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
