"""The numeral core: its tokens to a value (1,100万, 三千零一, 5万4千6百, 20亿亿, 三四千, 十几)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import lru_cache

from pipeline.numerals.characters import BIG, EXACT, LONE_OK, ONE, SMALL, TEN, ZERO, digit_value, last_digit_place
from pipeline.numerals.lexer import TOKEN, core_tokens
from pipeline.numerals.units import MAG_UNIT_FIRST, MAG_UNITS, longest_unit


@dataclass(frozen=True)
class Core:
    """A parsed numeral core; offsets are relative to where it starts."""

    length: int
    value: Decimal
    value_max: Decimal | None  # 三四千 → 3000, 4000
    pair_final: bool  # the range pair ends the numeral (两三, 十七八): it needs a unit
    at_least: bool  # 几 多 余 inside (十几亿, 五百余万)
    lone: bool  # one Chinese numeral character (一 两 十)
    bare: bool  # starts with 百 千 万 亿 兆 (no digit before)
    mag_start: bool  # starts with any magnitude (十 included): 数十 上百
    has_mag: bool
    has_big: bool  # 万 亿 兆 k w
    arabic_end: bool  # ends with an Arabic digit (a space may then separate the unit)
    digit_string: int  # length of a plain digit string such as 二〇二四 (0 if not one)
    year_like: bool  # a plain 4-digit integer (Arabic or digit string)
    vague: bool  # only 几
    mult_big: Decimal  # trailing 万/亿 multiplier, shared with a range's lower end (两到三万)
    mult_full: Decimal  # trailing multiplier including 十百千 (八到九百亿)
    implied: Decimal | None  # the upper end a vague numeral implies: 十几 → 20, 几十万 → 1e6, 五百余万 → 6e6


def _evaluate(toks: list, vague: Decimal | None = None) -> tuple[Decimal, int, bool]:
    """Value of the longest valid prefix of `toks`: (value, tokens used, saw 几/多/余).

    Chinese numerals are groups of up to four digits (十 百 千 descending inside a group) joined by
    万 亿 兆, which may stack (万亿 = 1e12, 亿亿 = 1e16). A final digit right after a magnitude is
    abbreviated (一百二 = 120, 九万四 = 94000) unless 零 came before it (五亿零六 = 500000006).
    `vague` is the digit 几 stands for; by default its lowest (几十 = 10, 十几 = 10).
    """
    reading = _Reading(vague)
    for i, (kind, text, _s, _e, val) in enumerate(toks):
        if kind == "skip":
            continue
        if kind == "more":
            reading.pending_more = True
            continue
        if reading.closed and kind not in ("big", "lat"):
            break  # 10.1万 ends there: 10.1万零100 is not one numeral
        nxt = toks[i + 1][0] if i + 1 < len(toks) else None
        if kind == "x" and nxt == "skip":  # 几个亿: 几 before 亿 across the 个 of speech, as in 几亿
            nxt = next((t[0] for t in toks[i + 2 :] if t[0] != "skip"), None)
        if kind in ("d", "x"):
            step = reading.chinese_digit(i, kind, text, val, nxt)
        elif kind == "ar":
            step = reading.arabic(i, text, val)
        elif kind == "dec":
            step = reading.decimal_part(val, toks[i - 1][1] if i else "")
        elif kind == "decx":  # 2点几 = 2.0 and up, its tenth read like 几
            step = reading.decimal_part((reading.vague or ZERO) / TEN, toks[i - 1][1] if i else "")
            reading.at_least = reading.at_least or step is True
        elif kind == "tens":
            step = reading.tens(val)
        elif kind == "small":
            step = reading.small(i, val)
        else:  # big or lat
            step = reading.magnitude(i, kind, val)
        if step is False:
            break
        if step is not True:
            return step  # the numeral ended before this token, with a value of its own
        reading.at_least = reading.at_least or reading.pending_more
        reading.pending_more = False
        reading.used = i + 1
    with localcontext(EXACT):
        return reading.total + reading.section + reading.tail(), reading.used, reading.at_least


class _Reading:
    """The state of `_evaluate` reading a numeral's tokens left to right. Each step takes one token and says
    whether the numeral goes on (True), ends before the token (False), or ended earlier with a value (a tuple)."""

    def __init__(self, vague: Decimal | None) -> None:
        self.vague = vague
        self.total = self.section = self.big_max = self.last_big = self.last_small = ZERO
        self.digit: Decimal | None = None
        self.abbrev = ZERO  # multiplier for an abbreviated final digit, 0 when none
        self.prev: str | None = None
        self.digit_str = ""
        self.digit_str_value = ZERO  # the value of digit_str, kept as it grows (a rebuild per digit was quadratic)
        self.zero = self.seen_mag = self.at_least = self.pending_more = self.decimal = self.closed = False
        self.used = self.digit_at = 0

    def tail(self) -> Decimal:
        if self.digit is None:
            return ZERO
        return self.digit * self.abbrev if self.abbrev else self.digit

    def chinese_digit(self, i: int, kind: str, text: str, val: Decimal, nxt: str | None) -> bool:
        """A Chinese digit (d) or 几 (x)."""
        prev = self.prev
        if kind == "x":  # 几十 = 10+, 十几 = 10+, 二十几万 = 200000+
            val = ONE if nxt == "small" or (nxt == "big" and prev is None) else ZERO
            val = val if self.vague is None else self.vague
        elif text == "两" and prev in ("small", "big") and nxt != "small":
            return False  # 三十两, 两万两: a final 两 is the unit liang
        if prev is None:
            self.digit, self.abbrev, self.digit_str = val, ZERO, (text if kind == "d" else "")
            self.digit_str_value = _digits_value(ZERO, self.digit_str)
            self.zero = kind == "d" and val == 0
        elif kind == "x" and prev == "ar" and self.digit is not None and not self.decimal and not self.abbrev \
                and self.digit % 10 == 0 and self.digit % 100 != 0:
            self.digit += val  # 50几万, 20几岁: 几 is the ones digit of tens written in Arabic, like 五十几万
        elif prev == "d" and self.digit_str and not self.seen_mag and kind == "d" and "两" not in self.digit_str + text:
            self.digit_str += text
            self.digit_str_value = _digits_value(self.digit_str_value, text)
            self.digit, self.abbrev = self.digit_str_value, ZERO
        elif prev == "d" and self.zero and self.digit == 0:
            self.digit, self.abbrev = val, ZERO
        elif prev in ("small", "big"):
            if self.at_least and not self.zero and val != 0 and nxt not in ("small", "big"):
                return False  # 五百多万一公里: after a vague 多, 余 or 几 a last digit is no abbreviated one (三万一)
            if val == 0 and kind == "d":
                self.zero = True  # (not 几: 两万几一个月 ends at 几, while 五亿零六 reads on after 零)
            self.digit, self.digit_at = val, i
            self.abbrev = ZERO if self.zero else (self.last_small if prev == "small" else self.last_big) / TEN
        else:
            return False
        self.at_least = self.at_least or kind == "x"
        self.prev = "d"
        return True

    def arabic(self, i: int, text: str, val: Decimal) -> bool:
        prev = self.prev
        if prev is None:
            self.digit, self.abbrev = val, ZERO
        elif prev in ("small", "big"):
            self.digit, self.abbrev, self.digit_at = val, ZERO, i
            if len(text) == 1 and not self.zero:  # 1万6 = 16000
                self.abbrev = (self.last_small if prev == "small" else self.last_big) / TEN
        elif prev == "d" and self.zero and self.digit == 0:
            self.digit, self.abbrev = val, ZERO
        else:
            return False
        self.decimal = self.decimal or "." in text
        self.prev = "ar"
        return True

    def decimal_part(self, val: Decimal, previous_text: str) -> bool:
        """点二八 after a numeral."""
        if self.prev not in (None, "d", "ar", "small", "big") or (self.prev == "ar" and "." in previous_text):
            return False  # 点二八 alone is read only as a numerator (百分之点二八)
        self.digit, self.abbrev, self.decimal = self.tail() + val, ZERO, True
        self.prev = "dec"
        return True

    def tens(self, val: Decimal) -> bool:
        """廿 卅: a digit that means n tens."""
        if self.prev not in (None, "big"):
            return False
        self.section, self.last_small, self.prev, self.seen_mag = self.section + val, TEN, "small", True
        return True

    def small(self, i: int, val: Decimal) -> bool | tuple[Decimal, int, bool]:
        """十 百 千 inside a group of four digits."""
        prev, digit = self.prev, self.digit
        if self.zero and digit == 0 and prev == "d" and self.total == self.section == 0 and val != 10:
            return False  # 零百 is not a numeral (零十 = 10 is)
        if digit is None or (self.zero and digit == 0 and prev == "d"):  # 十 alone; 零十 (一百零十万)
            if prev is not None and not self.zero and not (prev == "small" and val == 10 < self.last_small) \
                    and not (prev == "big" and val == 10):
                return False  # 一百千 is not a number, but 一百十一 = 111 and 五万十七 = 50017
            if self.last_small and val >= self.last_small:
                return False
            self.section += val
        else:
            if len(self.digit_str) > 1 and not self.seen_mag:
                return _digit_string_before(self.digit_str, i)
            if self.last_small and val >= self.last_small:
                return False
            if self.last_big and self.section + digit * val >= self.last_big and prev in ("d", "ar"):
                # 30万20千: a group after 万 stays below 万, so 20千 is a number of its own
                with localcontext(EXACT):
                    return self.total + self.section, self.digit_at, self.at_least
            self.section += digit * val
        self.digit, self.abbrev, self.last_small, self.zero, self.prev, self.seen_mag = \
            None, ZERO, val, False, "small", True
        return True

    def magnitude(self, i: int, kind: str, val: Decimal) -> bool | tuple[Decimal, int, bool]:
        """万 亿 兆 (big, which may stack) or k / w after Arabic digits (lat)."""
        prev, digit = self.prev, self.digit
        if len(self.digit_str) > 1 and not self.seen_mag and kind == "big":
            return _digit_string_before(self.digit_str, i)
        if self.zero and digit == 0 and prev == "d" and self.total == self.section == 0:
            return False  # 零万 is not a numeral
        if kind == "lat" and prev not in ("ar", "dec"):
            return False
        # 三千五万 = 3500万; but in 六十二亿四万 the 4 after 亿 is not abbreviated
        current = self.section + (self.tail() if self.last_small else (digit or ZERO))
        group = val  # the magnitude of the group just closed (万亿 stacked = 1e12)
        if digit is None and self.section == 0:
            if prev is None:
                self.total = self.big_max = val
            elif prev == "big" and val >= self.last_big:
                self.total, self.big_max = self.total * val, self.big_max * val
                group = self.last_big * val
            else:
                return False
        elif val > self.big_max:
            self.total, self.big_max = (self.total + current) * val, val
        elif val < self.last_big:
            self.total += current * val
        else:
            return False
        self.section, self.digit, self.abbrev, self.last_small, self.zero, self.last_big = \
            ZERO, None, ZERO, ZERO, False, group
        self.prev, self.seen_mag, self.closed = "big", True, self.decimal
        return True


def _digits_value(value: Decimal, digits: str) -> Decimal:
    """`value` with `digits` (二〇, 24) written after it: 二〇 then 二四 is 2024 (exact, as a Decimal of the string
    would be, whatever the caller's context)."""
    with localcontext(EXACT):
        for c in digits:
            value = value * TEN + digit_value(c)
    return value


def _digit_string_before(digits: str, at: int) -> tuple[Decimal, int, bool]:
    """A digit string takes no magnitude: in 九九八十一 the 八 begins 八十一, so the string ends before it."""
    return _digits_value(ZERO, digits[:-1]), at - 1, False


def _pair_at(toks: list) -> int:
    """Index of a range pair of adjacent digits (三四千, 五六十, 一两个, 二十三四), or -1."""
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if a[0] == b[0] == "d" and 0 < a[4] < b[4]:
            before_ok = i == 0 or toks[i - 1][0] in ("small", "big")
            after_ok = i + 2 == len(toks) or toks[i + 2][0] in ("small", "big", "tens")
            if before_ok and after_ok:
                return i
    return -1


@lru_cache(maxsize=65536)
def parse_core(core: str) -> Core | None:
    """Parse the text of a numeral core (cached: the same numerals recur)."""
    toks = core_tokens(core)
    if not toks:
        return None
    value_max = None
    pair = _pair_at(toks)
    if pair >= 0:
        lo_toks = toks[: pair + 1] + toks[pair + 2:]
        hi_toks = toks[:pair] + toks[pair + 1:]
        value, used_lo, least = _evaluate(lo_toks)
        value_max, used_hi, _ = _evaluate(hi_toks)
        if used_lo <= pair or used_hi <= pair:
            pair, toks = -1, toks[:pair + 1]  # not a real pair: keep the first digit only
            value, used, least = _evaluate(toks)
        else:
            used = used_hi + 1
    else:
        value, used, least = _evaluate(toks)
    if used == 0:
        return None
    used_toks = toks[:used]
    value_toks = [t for t in used_toks if t[0] not in ("skip", "more")]
    kinds = [t[0] for t in value_toks]
    first = value_toks[0]
    digit_string = len(value_toks) if len(value_toks) > 1 and set(kinds) == {"d"} and pair < 0 else 0
    plain_int = len(value_toks) == 1 and first[0] == "ar" and first[1].isdigit()
    year_like = (plain_int and len(first[1]) == 4) or digit_string == 4
    # 08年, 〇九年: two digits with a leading zero are a year said short; no count of years is written with one
    short_year = (plain_int or digit_string == 2) and len(first[1]) + (digit_string > 0) == 2 and first[1][0] in "0〇零"
    mult_big = mult_full = ONE
    trailing_big = True
    for t in reversed(value_toks):
        if t[0] not in ("small", "big", "lat"):
            break
        mult_full *= t[4]
        if t[0] in ("big", "lat") and trailing_big:
            mult_big *= t[4]
        else:
            trailing_big = False
    implied = _implied_max(toks[:used], value) if least and pair < 0 else None
    return Core(
        length=used_toks[-1][3],
        value=value,
        value_max=value_max if pair >= 0 else None,
        pair_final=pair >= 0 and pair + 2 >= used,
        at_least=least,
        lone=len(value_toks) == 1 and first[1] in LONE_OK,
        bare=first[0] in ("small", "big") and first[1] not in "十拾",
        mag_start=first[0] in ("small", "big"),
        has_mag=any(k in ("small", "big", "lat", "tens") for k in kinds),
        has_big=any(k in ("big", "lat") for k in kinds),
        arabic_end=value_toks[-1][0] == "ar",
        digit_string=digit_string,
        year_like=(year_like and 1900 <= value <= 2099) or short_year,
        vague=kinds == ["x"],
        mult_big=mult_big,
        mult_full=mult_full,
        implied=implied,
    )


def _implied_max(toks: list, value: Decimal) -> Decimal | None:
    """The upper end of a vague numeral, by plain usage: 几 and 数 run up to the next power of ten in their
    place (十几 → 20, 几十万 → 1e6), 多 and 余 up to the next step of the last digit before them (十多万 → 2e5,
    五百余万 → 6e6, 三十万多亿 → 4e13)."""
    kinds = [t[0] for t in toks]
    if ("x" in kinds or "decx" in kinds) and "more" not in kinds:
        nine, eight = _evaluate(toks, Decimal(9))[0], _evaluate(toks, Decimal(8))[0]
        return nine + (nine - eight)
    if "more" in kinds and "x" not in kinds:
        k = kinds.index("more")
        before = _evaluate(toks[:k])[0]
        if before > 0:
            return value + last_digit_place(before) * (value / before)
    return None


def read_core(norm: str, start: int, end: int) -> Core | None:
    """The core at norm[start:end], cut before a magnitude that starts a unit (5千米, 3兆瓦)."""
    core = parse_core(norm[start:end])
    if core is None:
        return None
    if MAG_UNIT_FIRST.isdisjoint(norm[start + 1:start + core.length]):
        return core
    for m in TOKEN.finditer(norm, start, start + core.length):
        pos = m.start()
        if pos == start or norm[pos] not in SMALL + BIG:
            continue
        unit = longest_unit(norm, pos)
        if unit is None or unit[0] not in MAG_UNITS:
            continue
        # After Chinese digits 千 stays a magnitude (三千米 = 3000 米); 兆 before a unit is mega- (兆瓦).
        if norm[pos] == "兆" or norm[pos - 1].isdigit():
            return parse_core(norm[start:pos].rstrip())
    return core
