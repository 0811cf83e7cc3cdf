"""Numbers written as Chinese text writes them, for the round-trip suite: a value and a style in, text out.

Each renderer is the written form of one family (Arabic with separators, Chinese numerals with and without 零,
financial numerals, both scripts, mixed and spaced magnitudes, Latin suffixes), from the rules of the writing
system, not from the grammar's code.
"""

from __future__ import annotations

from decimal import Decimal

_SMALL, _SMALL_FINANCIAL = ("", "十", "百", "千"), ("", "拾", "佰", "仟")
_BIG, _BIG_TRADITIONAL = ("", "万", "亿", "万亿"), ("", "萬", "億", "萬億")
SIMPLIFIED = {"digits": "零一二三四五六七八九", "small": _SMALL, "big": _BIG}
TRADITIONAL = {"digits": "零一二三四五六七八九", "small": _SMALL, "big": _BIG_TRADITIONAL}
FINANCIAL_SIMPLIFIED = {"digits": "零壹贰叁肆伍陆柒捌玖", "small": _SMALL_FINANCIAL, "big": _BIG}
FINANCIAL_TRADITIONAL = {"digits": "零壹貳參肆伍陸柒捌玖", "small": _SMALL_FINANCIAL, "big": _BIG_TRADITIONAL}
SCRIPTS = {"simplified": SIMPLIFIED, "traditional": TRADITIONAL, "financial": FINANCIAL_SIMPLIFIED,
           "financial traditional": FINANCIAL_TRADITIONAL}
FULL_WIDTH = {ord(c): ord(c) + 0xFEE0 for c in "0123456789."} | {ord(","): ord("，")}


def arabic(n: int | Decimal, *, separator: str = "", full_width: bool = False) -> str:
    """12345, 12,345.5, １２，３４５ (a separator every three digits of the integer part)."""
    text = decimal_text(Decimal(n))
    whole, _, fraction = text.partition(".")
    if separator:
        whole = f"{int(whole):,}".replace(",", separator)
    text = whole + ("." + fraction if fraction else "")
    return text.translate(FULL_WIDTH) if full_width else text


def _group(n: int, script: dict, *, leading_one: bool) -> str:
    """0 < n < 10000: digits with 十 百 千, and one 零 for each inner run of zeros (一千零五, 一千零五十)."""
    digits, small = script["digits"], script["small"]
    out, pending_zero, started = [], False, False
    for place in (3, 2, 1, 0):
        d = n // 10**place % 10
        if d == 0:
            pending_zero = started
            continue
        if pending_zero:
            out.append(digits[0])
            pending_zero = False
        if not (d == 1 and place == 1 and not started and not leading_one):
            out.append(digits[d])  # 十二 at the very start; 一百一十二 and 一万零一十 elsewhere
        out.append(small[place])
        started = True
    return "".join(out)


def chinese(n: int, script: dict = SIMPLIFIED, *, leading_one: bool = False) -> str:
    """0 ≤ n < 10**16 in Chinese numerals: 一万二千三百四十五, 十二 (一十二 with `leading_one`), 一亿零五十."""
    if n == 0:
        return script["digits"][0]
    groups = []  # four-digit groups, lowest first
    while n:
        groups.append(n % 10000)
        n //= 10000
    out: list[str] = []
    skipped = False
    for k in range(len(groups) - 1, -1, -1):
        g = groups[k]
        if g == 0:
            skipped = bool(out)
            continue
        if out and (skipped or g < 1000):
            out.append(script["digits"][0])  # 一万零五, 一亿零五千 (a whole group of zeros skipped)
        out.append(_group(g, script, leading_one=leading_one or bool(out)) + script["big"][k])
        skipped = False
    return "".join(out)


def decimal_text(value: Decimal) -> str:
    """A Decimal as plain digits, no exponent, no trailing zeros after the point."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text
