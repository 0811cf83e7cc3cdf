"""Numeral characters and the arithmetic the grammar shares: what each character is worth, exact Decimals."""

from __future__ import annotations

from decimal import Context, Decimal

from pipeline.lexicons import table, word_list

EXACT = Context(prec=80)  # wide enough that sums and products of real-world numerals are exact
DIVIDE = Context(prec=28)  # fractions such as 1/3 are rounded here, and only here
ZERO, ONE, HALF, TEN = Decimal(0), Decimal(1), Decimal("0.5"), Decimal(10)
TOO_BIG = Decimal("1e300")


NUMERALS = {row["char"]: (row["type"], Decimal(row["value"])) for row in table("numerals.tsv")}
DIGITS = "".join(c for c, (t, _) in NUMERALS.items() if t == "digit")
TENS = "".join(c for c, (t, _) in NUMERALS.items() if t == "tens")
SMALL = "".join(c for c, (t, _) in NUMERALS.items() if t == "small")
BIG = "".join(c for c, (t, _) in NUMERALS.items() if t == "big")
LATIN_MAG = "".join(c for c, (t, _) in NUMERALS.items() if t == "latin")
LATIN_USE = {row["char"]: row["latin_use"] for row in table("numerals.tsv") if row["type"] == "latin"}
PLAIN_DIGITS = "〇零一二三四五六七八九"  # the digits written after 点 (两 is not: 两百点两 is two numbers)
CN_CHARS = DIGITS + TENS + SMALL + BIG + "几"
LONE_OK = set(DIGITS + TENS + "十拾")  # one of these alone is a number only with a unit, 第, 前 …
WORDLIKE_FINANCIAL = frozenset(word_list("wordlike_numerals.txt"))  # alone these are words (收拾, 大陆, 队伍)


def digit_value(c: str) -> int:
    return int(c) if c.isdigit() and c.isascii() else int(NUMERALS[c][1])


def last_digit_place(value: Decimal) -> Decimal:
    """The place of the last non-zero digit: 3000 → 1000, 3500 → 100, 2.5 → 0.1."""
    return Decimal(1).scaleb(value.normalize().as_tuple().exponent) if value else ZERO


def clean(value: Decimal) -> Decimal:
    """A tidy representation: integers without exponent or trailing zeros (4.78万亿 → 4780000000000)."""
    if value == value.to_integral_value() and value.adjusted() < EXACT.prec:  # callers run in the exact context
        return value.quantize(ONE)
    return value.normalize()


def is_han_char(c: str) -> bool:
    """One character of the basic Han block; the empty string (past either end of the text) is none.

    Not `pipeline.entities.document.is_cjk`, which asks whether every character of a word is Han.
    """
    return len(c) == 1 and "\u4e00" <= c <= "\u9fff"
