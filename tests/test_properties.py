"""Property-based tests: `extract` on arbitrary Unicode never raises, and what it reports is consistent."""

import math
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import extract

# Every code point, lone surrogates included, with extra weight on what trips number grammars up.
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=())
TRICKY = st.sampled_from(list(
    "0123456789０１２３４５６７８９一二三四五六七八九十百千万亿億萬兆零〇两兩点點.,，%％‰第前约近超逾余多"
    "以上下内左右元美港台币幣年月日号个位家项倍 \t\n\r\x00\u0301\u200bé①Ⅻ"
))
TEXT = st.lists(st.one_of(ANY_CHAR, TRICKY, st.text(TRICKY, min_size=1, max_size=40)), max_size=60).map("".join)
LONG_DIGITS = st.integers(min_value=50, max_value=400).map(lambda n: "约" + "9" * n + "亿元")


def check(text: str) -> None:
    result = extract(text, doc_id="prop")
    for record in [*result.facts, *result.entities]:
        assert 0 <= record.start < record.end <= len(text)
        assert text[record.start : record.end] == record.text
    for fact in result.facts:
        assert math.isfinite(fact.value)
        assert fact.value_max is None or math.isfinite(fact.value_max)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_extract_never_raises_and_spans_slice(text):
    check(text)


ARTICLE = (Path(__file__).resolve().parents[1] / "corpus" / "changsha-global-rd-center.txt").read_text(encoding="utf-8")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(ARTICLE) - 1), st.integers(min_value=1, max_value=80))
def test_any_cut_of_real_news_never_raises(start, length):
    """A piece of a real article, cut anywhere (a headline alone, a caption, a sentence that stops short), runs every
    rule near its edges: none may read past the end of the text."""
    check(ARTICLE[start : start + length])


@settings(max_examples=20, deadline=None)
@given(LONG_DIGITS, st.sampled_from(["", "增长", "，其中"]))
def test_very_long_digit_strings_give_finite_values(number, tail):
    check(number + tail)


def test_mixed_scripts_and_full_width_forms():
    check("Ｔｈｅ ｆｉｒｍ賺了１２３４５６７８９０１２３４５６７８９０１２３４５元；"
          "営業利益は3億円；수익 5억 원；\ud800")
