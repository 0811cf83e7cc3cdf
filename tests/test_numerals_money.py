"""English magnitudes after a currency written in Latin letters or as a sign (US$1.2bn, HK$300mn, $5m)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.numerals import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "value_max", "currency"),
    [
        ("某某資本去年收入達US$1.2bn。", "1200000000", None, "USD"),
        ("甲银行提供HK$300mn的贷款", "300000000", None, "HKD"),
        ("工程耗资$5m，", "5000000", None, "USD"),
        ("估值約US$3 billion", "3000000000", None, "USD"),
        ("乙基金筹得€2.5 million", "2500000", None, "EUR"),
        ("丙公司预计亏损US$1-1.5bn之间", "1000000000", "1500000000", "USD"),
        ("丁集团的月薪约HK$2.4k", "2400", None, "HKD"),
        ("融资額為USD15Mn", "15000000", None, "USD"),
        ("市值£3BN。", "3000000000", None, "GBP"),
    ],
)
def test_english_magnitude_after_a_latin_currency(text: str, value: str, value_max: str | None, currency: str) -> None:
    (q,) = find_quantities(text)
    assert q.value == Decimal(value)
    assert q.value_max == (Decimal(value_max) if value_max else None)
    assert q.currency == currency and q.kind == "currency"


@pytest.mark.parametrize("text", ["跑道距离5m", "美元5m", "售價$599，", "新款機型8K屏幕"])
def test_no_english_magnitude_without_a_latin_currency(text: str) -> None:
    for q in find_quantities(text):
        assert q.value < 1000000
