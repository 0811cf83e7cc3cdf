"""Figures read as lists, not as one number: slash lists (营收/利润分别为50/8亿元, 8/12/16GB)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from pipeline.numerals import find_quantities


def _read(text: str) -> list[tuple[str, Decimal, str]]:
    """The quantities inside the text's run of digits, slashes and × (counts such as 两款 elsewhere left out)."""
    span = re.search(r"[0-9][0-9/×*]*", text)
    assert span is not None
    return [(text[q.start : q.end], q.value, q.unit) for q in find_quantities(text)
            if span.start() <= q.number_start < span.end()]


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("某某科技的營收/淨利潤分別為50/8億元", ["5000000000", "800000000"], "元"),
        ("甲公司收入及盈利分别为120/15亿美元", ["12000000000", "1500000000"], "美元"),
        ("两款机型售价依次为2999/3599元", ["2999", "3599"], "元"),
        ("新品的起售價分別是1299/1599/1899港元", ["1299", "1599", "1899"], "港元"),
        ("乙集团两项业务的毛利率分别为30/25%", ["30", "25"], "%"),
        ("某行存贷款增速各为6/9%", ["6", "9"], "%"),
        ("內存有8/12/16GB三個版本", ["8", "12", "16"], "GB"),
        ("丙市三区人口为12/35/40万人", ["120000", "350000", "400000"], "人"),
    ],
)
def test_slash_between_figures_before_a_magnitude_or_unit_is_a_list(text: str, values: list[str], unit: str) -> None:
    read = _read(text)
    assert [v for _, v, _ in read] == [Decimal(v) for v in values]
    assert all(u == unit for _, _, u in read)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("问卷里3/4的答题者支持", "0.75"),
        ("約1/3的家庭沒有儲蓄", "0.3333333333333333333333333333"),
        ("其中2/5来自海外", "0.4"),
        ("份额降到1/4。", "0.25"),
    ],
)
def test_true_fractions_stay_fractions(text: str, value: str) -> None:
    read = _read(text)
    assert len(read) == 1 and read[0][1] == Decimal(value)


@pytest.mark.parametrize(
    "text",
    ["某某电子的收入按年增长20/30%。", "甲市两区的房价同比分别下跌3/5%。", "乙公司兩項業務的利潤按年上升12/18%。"],
)
def test_a_slash_list_of_changes_shares_its_role(text: str) -> None:
    """The figures of a slash list (list_joiners.txt has /) are joined like 20%和30%: the second is a change too."""
    from pipeline import extract

    facts = [f for f in extract(text).facts if f.unit == "%"]
    assert len(facts) == 2 and {f.role for f in facts} == {"change"}


@pytest.mark.parametrize(
    ("text", "values", "unit"),
    [
        ("某画作尺寸为30×40厘米", ["30", "40"], "厘米"),
        ("箱子长宽高为60×40×35cm", ["60", "40", "35"], "cm"),
        ("乙地块面积约为120*80米", ["120", "80"], "米"),
    ],
)
def test_dimensions_share_the_unit_written_once(text: str, values: list[str], unit: str) -> None:
    """Width × height figures are one amount each (gold/README): the unit after the last side is every side's."""
    read = _read(text)
    assert [v for _, v, _ in read] == [Decimal(v) for v in values]
    assert all(u == unit for _, _, u in read)
