"""`parse_number`: the value of a string that is one numeral, Chinese, Arabic or English words."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext

from pipeline.lexicons import table
from pipeline.numerals.characters import EXACT, HALF, LATIN_USE, NUMERALS, ONE, clean
from pipeline.numerals.lexer import CORE, fold, squeeze
from pipeline.numerals.operand import read_numeral

_ENGLISH = {row["word"]: int(row["value"]) for row in table("english_numerals.tsv") if row["kind"] == "unit"}
_ENGLISH_SCALE = {row["word"]: int(row["value"]) for row in table("english_numerals.tsv") if row["kind"] == "scale"}


def _parse_english(s: str) -> Decimal | None:
    """'ten', 'twenty-one', 'three hundred thousand' → Decimal; None if not all number words."""
    words = s.lower().replace("-", " ").replace(" and ", " ").split()
    if not words:
        return None
    total = current = 0
    for w in words:
        if w in _ENGLISH:
            current += _ENGLISH[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w in _ENGLISH_SCALE:
            total += max(current, 1) * _ENGLISH_SCALE[w]
            current = 0
        else:
            return None
    return Decimal(total + current)


def parse_number(s: str) -> Decimal | None:
    """The value of one numeral string ('三千零一' → 3001, '1,100万' → 11000000, '20亿亿' → 2E17, '廿' → 20);
    None unless the whole string is one numeral (a sign, fraction, 百分之 form or 一半 is allowed)."""
    with localcontext(EXACT):
        return _parse_number(s)


def _parse_number(s: str) -> Decimal | None:
    norm = squeeze(fold(s.strip()))[0].replace("参", "叁")  # the whole string is a numeral: 參 is 3
    letter = norm[-1:]
    if letter in LATIN_USE and norm[-2:-1].isdigit() and LATIN_USE[letter] != "always":
        base = _parse_number(norm[:-1])  # a numeral alone: 4K is 4000 and 10W 10万, not a screen or ten watts
        return None if base is None else clean(base * NUMERALS[letter][1])
    if not norm:
        return None
    sign = ONE
    if norm.startswith(("负", "-", "+")):
        sign, norm = (ONE if norm[0] == "+" else -ONE), norm[1:].lstrip()
    if norm in ("一半", "半数", "半"):
        return sign * HALF
    m = CORE.match(norm)
    if m is None:
        return _parse_english(norm)
    op = read_numeral(norm, 0, m.end())
    if op is None or op.end != len(norm):
        try:
            return sign * Decimal(norm) if norm.isascii() and any(c.isdigit() for c in norm) else None
        except InvalidOperation:
            return None
    return clean(sign * op.value)
