"""Round trips: a value rendered in a style of written Chinese (tests/numeral_styles.py) reads back as that value.

This catches families, not cases: each test draws values and styles of one family and requires the grammar to
read every combination. Together they run over 10,000 generated cases.
"""

from __future__ import annotations

import math
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.numerals import find_quantities, parse_number
from tests.numeral_styles import SCRIPTS, arabic, chinese, decimal_text

MANY = settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SOME = settings(max_examples=700, deadline=None, suppress_health_check=[HealthCheck.too_slow])

INTEGERS = st.integers(min_value=0, max_value=10**13 - 1)
SMALLISH = st.integers(min_value=1, max_value=99_999)
DECIMALS = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999.99"), places=2)
MAGNITUDES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "万亿": 10**12, "千万": 10**7, "百万": 10**6}
COUNT_UNITS = st.sampled_from(["家", "个", "人", "项", "台", "辆", "吨", "倍", "公里", "平方米", "元", "美元", "%"])


def only_quantity(text: str):
    found = find_quantities(text)
    assert len(found) == 1, (text, [q.text for q in found])
    q = found[0]
    assert (q.start, q.end) == (0, len(text)), (text, q.text)
    return q


def same(a, b) -> bool:
    return math.isclose(float(a), float(b), rel_tol=1e-9)


@MANY
@given(INTEGERS, st.sampled_from(sorted(SCRIPTS)), st.booleans())
def test_chinese_integers_in_every_script(n, script, leading_one):
    leading_one = leading_one or script.startswith("financial")  # 壹拾: financial numerals always write the 1
    text = chinese(n, SCRIPTS[script], leading_one=leading_one)
    assert parse_number(text) == n, text


@MANY
@given(INTEGERS, st.sampled_from(["", ","]), st.booleans(), COUNT_UNITS)
def test_arabic_integers_with_separators_and_units(n, separator, full_width, unit):
    """12,345 and １２，３４５; a full-width comma between half-width digits ends a clause (20，300 is two)."""
    text = arabic(n, separator=separator, full_width=full_width) + unit
    q = only_quantity(text)
    assert same(q.value, n), text
    assert q.unit == unit


@MANY
@given(DECIMALS, st.sampled_from(sorted(MAGNITUDES)), st.sampled_from(["元", "人", "吨", ""]))
def test_decimals_with_magnitudes(x, magnitude, unit):
    scale = MAGNITUDES[magnitude]
    text = decimal_text(x) + magnitude + unit
    q = only_quantity(text)
    assert same(q.value, x * scale), (text, q.value)


@SOME
@given(st.integers(1, 9999), st.integers(1, 9999), st.sampled_from(["", " "]))
def test_mixed_magnitudes(high, low, space):
    """1亿3000万, 3万 2千 5百: a magnitude group after another in one figure."""
    text = f"{high}亿{space}{low}万元"
    assert same(only_quantity(text).value, high * 10**8 + low * 10**4), text
    a, b, c = high % 10 or 1, low % 10 or 1, (high + low) % 9 + 1
    text = f"{a}万{space}{b}千{space}{c}百"
    assert same(parse_number(text), a * 10**4 + b * 1000 + c * 100), text


@SOME
@given(DECIMALS, st.sampled_from([("k", 10**3), ("K", 10**3), ("w", 10**4), ("W", 10**4), ("M", 10**6)]))
def test_latin_magnitude_suffixes(x, suffix):
    letter, scale = suffix
    text = f"{decimal_text(x)}{letter}"
    assert same(parse_number(text), x * scale), text


@SOME
@given(SMALLISH, st.sampled_from([("约", "approx"), ("近", "approx"), ("超过", "at_least"), ("逾", "at_least"),
                                  ("不到", "at_most"), ("不足", "at_most"), ("超", "at_least")]), COUNT_UNITS)
def test_prefix_qualifiers(n, cue, unit):
    word, qualifier = cue
    q = only_quantity(f"{word}{n}{unit}")
    assert (same(q.value, n), q.qualifier) == (True, qualifier)


@SOME
@given(SMALLISH, st.sampled_from([("以上", "at_least"), ("左右", "approx"), ("以下", "at_most"), ("以内", "at_most")]),
       st.sampled_from(["家", "人", "元", "吨"]))
def test_suffix_qualifiers(n, cue, unit):
    word, qualifier = cue
    q = only_quantity(f"{n}{unit}{word}")
    assert (same(q.value, n), q.qualifier) == (True, qualifier)


@SOME
@given(st.integers(1, 99), st.sampled_from(sorted(SCRIPTS)))
def test_percent_in_every_form(n, script):
    words = chinese(n, SCRIPTS[script])
    for text, unit in ((f"百分之{words}", "%"), (f"{n}%", "%"), (f"{n}％", "%"), (f"千分之{words}", "‰"),
                       (f"{n}个百分点", "个百分点"), (f"{n}個百分點", "个百分点")):
        q = only_quantity(text)
        assert (same(q.value, n), q.unit) == (True, unit), text


@SOME
@given(st.integers(1, 9), st.integers(0, 9))
def test_discounts(a, b):
    """八五折 = 85 %, 八折 = 80 %, 8.5折 = 85 %."""
    digits = SCRIPTS["simplified"]["digits"]
    expected = a * 10 + b
    for text in (f"{digits[a]}{digits[b]}折" if b else f"{digits[a]}折", f"{a}.{b}折" if b else f"{a}折"):
        q = only_quantity(text)
        assert (same(q.value, expected), q.unit) == (True, "%"), (text, q.value)


@SOME
@given(SMALLISH, st.sampled_from([("美元", "USD"), ("日圓", "JPY"), ("日元", "JPY"), ("韓元", "KRW"), ("泰銖", "THB"),
                                  ("盧比", "INR"), ("披索", "PHP"), ("令吉", "MYR"), ("新台幣", "TWD"),
                                  ("澳門元", "MOP"), ("越南盾", "VND"), ("港元", "HKD"), ("歐元", "EUR"),
                                  ("英鎊", "GBP"), ("人民幣", "CNY"), ("港幣", "HKD")]))
def test_currencies_by_name(n, currency):
    name, iso = currency
    q = only_quantity(f"{n}{name}")
    assert (same(q.value, n), q.currency) == (True, iso), name


@SOME
@given(st.integers(1, 499), st.integers(1, 500), st.sampled_from(["到", "至", "-", "~", "－"]), COUNT_UNITS)
def test_ranges(low, more, joiner, unit):
    high = low + more
    q = only_quantity(f"{low}{joiner}{high}{unit}")
    assert (same(q.value, low), same(q.value_max, high), q.qualifier) == (True, True, "range")


@SOME
@given(SMALLISH, st.sampled_from([("cm", "cm"), ("CM", "cm"), ("Cm", "cm"), ("ｃｍ", "cm"), ("kg", "kg"), ("KG", "kg"),
                                  ("Kg", "kg"), ("km/h", "km/h"), ("KM/H", "km/h"), ("㎡", "㎡"), ("℃", "℃"),
                                  ("公里", "公里"), ("公裏", "公里"), ("平方米", "平方米"), ("噸", "吨")]))
def test_units_in_any_case_width_and_script(n, unit):
    written, expected = unit
    q = only_quantity(f"{n}{written}")
    assert (same(q.value, n), q.unit) == (True, expected), written


@SOME
@given(st.sampled_from([("仨人", 3, "人"), ("一打", 12, "个"), ("半打", 6, "个"), ("一半", 0.5, ""),
                        ("两对", 2, "对"), ("一双", 1, "双"), ("大半年", 0.5, "年")]),
       st.sampled_from(["", "。", "，其余的"]))
def test_words_that_are_numbers(case, tail):
    text, value, unit = case
    q = find_quantities(text + tail)[0]
    assert (q.text, same(q.value, value), q.unit) == (text, True, unit)
    assert parse_number("万万") == 10**8 and parse_number("亿亿") == 10**16  # stacked magnitudes alone


@SOME
@given(st.integers(1, 9), st.integers(1, 9), st.sampled_from(["得", "剩", "差", "是"]))
def test_a_lone_numeral_standing_as_a_word(a, b, verb):
    """他得了九分，我得七: a numeral alone after a verb is a number; inside a word (四川, 一些) it is not."""
    digits = SCRIPTS["simplified"]["digits"]
    found = find_quantities(f"他得了{digits[a]}分，我{verb}{digits[b]}。")
    assert [same(q.value, v) for q, v in zip(found, (a, b))] == [True, True] and len(found) == 2
    assert find_quantities("四川一些地方") == []
