"""A stray space inside a unit of two or more Chinese characters (公 里, 平 方米) does not cut the unit off."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.numerals import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "span"),
    [
        ("甲線全長12,345公 里。", "12345", "公里", "12,345公 里"),
        ("新盤單位面積80平 方米", "80", "平方米", "80平 方米"),
        ("包裹重3公 斤", "3", "公斤", "3公 斤"),
        ("某隧道長1.8公 尺", "1.8", "公尺", "1.8公 尺"),
        ("乙河流域面积约500平方 公里", "500", "平方公里", "约500平方 公里"),
    ],
)
def test_spaced_unit_is_one_unit(text: str, value: str, unit: str, span: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit, text[q.start : q.end]) == (Decimal(value), unit, span)


@pytest.mark.parametrize(
    ("text", "span"), [("有20家 公司", "20家"), ("共5个 人参与", "5个"), ("售價100元 起", "100元")]
)
def test_a_space_after_a_whole_unit_ends_it(text: str, span: str) -> None:
    assert text[find_quantities(text)[0].start : find_quantities(text)[0].end] == span
