"""Units, currencies and qualifier cues: the words on either side of a numeral, from the lexicon data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter
from typing import TYPE_CHECKING

from pipeline.lexicons import lengths_by, table, word_list
from pipeline.numerals.characters import BIG, DIGITS, ONE, SMALL

if TYPE_CHECKING:
    from pipeline.numerals.core import Core

INCLUSIVE = r"(?:[(（]含[)）])?"  # 50万元（含）以上, 1万(含)-5万元
INCLUSIVE_RE = re.compile(INCLUSIVE)


@dataclass(frozen=True)
class UnitInfo:
    kind: str  # measure | temperature | age | duration | date | percent | number | currency
    not_before: str
    out: str  # the unit to report
    scale: Decimal
    currency: str = ""
    generic: bool = False  # 元 / 圆: a more specific currency name before the amount wins


def _load_units() -> dict[str, UnitInfo]:
    units = {}
    for row in table("units.tsv"):
        units[row["unit"]] = UnitInfo(row["kind"], row["not_before"], row["as"] or row["unit"],
                                       Decimal(row["scale"] or 1))
    for row in table("currencies.tsv"):
        if row["position"] in ("suffix", "both"):
            generic = row["generic"] == "1"
            units[row["name"]] = UnitInfo("currency", "", row["name"], ONE, row["iso"], generic)
    for row in table("currency_minor.tsv"):
        if row["as"]:  # 五毛钱 = 0.5 元
            units[row["name"]] = UnitInfo("currency", row["not_before"], row["as"], Decimal(row["scale"]), row["iso"])
    return units


UNITS = _load_units()
PREFIX_CURRENCIES = {
    row["name"]: row["iso"] for row in table("currencies.tsv") if row["position"] != "suffix"
}
# Units that start with a magnitude character (千米 兆瓦): after Arabic digits, or for 兆, the unit wins.
MAG_UNITS = {u for u in UNITS if u[0] in SMALL + BIG}
MAG_UNIT_FIRST = {u[0] for u in MAG_UNITS}


_UNIT_LENGTHS = lengths_by(UNITS, itemgetter(0))
_PREFIX_CURRENCY_LENGTHS = lengths_by(PREFIX_CURRENCIES, itemgetter(-1))


@dataclass(frozen=True)
class Cue:
    qualifier: str
    scope: str
    not_after: str
    not_before: str
    word: str


def _load_cues(position: str) -> dict[str, Cue]:
    return {row["cue"]: Cue(row["qualifier"], row["scope"], row["not_after"], row["not_before"], row["cue"])
            for row in table("qualifiers.tsv") if row["position"] == position}


_TENTH_NOUNS = word_list("tenth_nouns.txt")
FOREIGN_AFFAIRS = ("外长", "外交", "外相")  # 七国外长会晤: the foreign ministers of seven countries, not the word 国外
DIGITAL_WORDS = ("数码", "数字", "数位")  # 100倍数码变焦, 10倍数位变焦 (Taiwan)
_PREFIX_CUES = _load_cues("prefix")
_SUFFIX_CUES = _load_cues("suffix")
_PREFIX_CUE_LENGTHS = lengths_by(_PREFIX_CUES, itemgetter(-1))
_SUFFIX_CUE_LENGTHS = lengths_by(_SUFFIX_CUES, itemgetter(0))


# 以1分之差, 以三分之差: the margin a game is won or lost by, in points (分之 opens no fraction without a numerator)
MARGIN = "之差"
# 3胜2负, 5胜1败: counts of wins, losses and draws; after a score (3:1胜乙队, 61:75败给), a verb
MATCH_RESULTS = ("胜", "负", "平", "败")
_SCORE_BEFORE = re.compile(r"\d\s?[:：比]\s?\d+$")  # 3:1, 2比0 right before the unit
# a month and the day's numeral right before 日 (7月15日前, 十月八日前): 日 is then the day of that month, and a 前
# after it (before that day, or 前往, 前来) opens no word 日前 (recently)
_DAY_NUMERAL = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_MONTH_DAY_BEFORE = re.compile(rf"{_DAY_NUMERAL} ?月 ?{_DAY_NUMERAL} ?$")


def _unit_ok(norm: str, unit: str, end: int, info: UnitInfo) -> bool:
    nxt = norm[end] if end < len(norm) else ""
    start = end - len(unit)
    if unit in MATCH_RESULTS and _SCORE_BEFORE.search(norm, max(start - 12, 0), start):
        return False  # 以3:1胜乙队: the second goal count of a score, then the verb of the match
    if unit.isascii() and unit[-1].isalpha() and nxt.isascii() and nxt.isalpha():
        return False  # 5Gbps is not 5 G + bps; 45 TOPS is
    if unit == "日" and nxt == "前" and _MONTH_DAY_BEFORE.search(norm, max(start - 10, 0), start):
        return True
    if nxt and nxt in info.not_before:
        # 三成长者: a noun after 成 that only looks like the word 成长 is what the tenths are of; 100倍数码变焦: 数码
        # (digital) after 倍, not the word 倍数
        return ((unit == "成" and norm.startswith(_TENTH_NOUNS, end))
                or (unit == "倍" and norm.startswith(DIGITAL_WORDS, end))
                or (unit == "分" and norm.startswith(MARGIN, end))
                or (unit == "国" and norm.startswith(FOREIGN_AFFAIRS, end)))
    return True


def longest_unit(norm: str, pos: int) -> tuple[str, UnitInfo] | None:
    """The longest unit starting at `pos` whose next character does not show it is another word; a Latin unit
    of two or more letters in another case (CM, Kg, KM/H) is read as the one unit it can only be (cm, kg, km/h)."""
    for length in _UNIT_LENGTHS.get(norm[pos:pos + 1], ()):
        unit = norm[pos:pos + length]
        info = UNITS.get(unit)
        if info is not None and _unit_ok(norm, unit, pos + length, info):
            return unit, info
    for length in _CASELESS_LENGTHS.get(norm[pos:pos + 1].lower(), ()):
        written = norm[pos:pos + length]
        unit = _CASELESS.get(written.lower())
        if unit is not None and _unit_ok(norm, written, pos + length, UNITS[unit]):
            return written, UNITS[unit]
    return None


def _caseless_units() -> dict[str, str]:
    """Lowercase form → unit, for Latin units of two or more letters that no other unit shares a lowercase form
    with (mW and MW do; 5G is no gram: single letters are left out)."""
    forms: dict[str, list[str]] = {}
    for unit in UNITS:
        if unit.isascii() and sum(c.isalpha() for c in unit) >= 2:
            forms.setdefault(unit.lower(), []).append(unit)
    return {lower: units[0] for lower, units in forms.items() if len(units) == 1}


_CASELESS = _caseless_units()
_CASELESS_LENGTHS = lengths_by(_CASELESS, itemgetter(0))


# 成 before a figure that is no bare magnitude, after Cantonese 咗 (done), 要 (takes) or 有 (has): nearly that much
SPOKEN_NEARLY = Cue("approx", "any", "", "", "成")
AFTER_SPOKEN_NEARLY = frozenset("咗要有")


def cue_before(norm: str, end: int, floor: int, core: Core | None) -> tuple[int, Cue] | None:
    """The longest qualifier cue ending at `end` (not before `floor`; a space may follow it): (its start, the cue)."""
    if end - 1 > floor and norm[end - 1] == " ":
        end -= 1
    for length in _PREFIX_CUE_LENGTHS.get(norm[end - 1:end] if end > floor else "", ()):
        if length > end - floor:
            continue
        cue = _PREFIX_CUES.get(norm[end - length:end])
        if cue is None:
            continue
        before = norm[end - length - 1] if end - length > 0 else ""
        if cue.scope == "bare" and not (core is None or core.mag_start):
            if cue.word == SPOKEN_NEARLY.word and before in AFTER_SPOKEN_NEARLY:
                return end - length, SPOKEN_NEARLY  # 跌咗成两成, 要成五千万: Cantonese 成, nearly
            continue
        if before and before in cue.not_after:
            continue
        return end - length, cue
    return None


def cue_after(norm: str, pos: int) -> tuple[int, Cue] | None:
    """The longest suffix cue at `pos` (after an optional （含） or a space): (its end, the cue)."""
    if norm[pos:pos + 1] in ("(", "（"):
        pos = INCLUSIVE_RE.match(norm, pos).end()
    if norm.startswith(" ", pos) and pos and norm[pos - 1].isdigit():
        pos += 1
    for length in _SUFFIX_CUE_LENGTHS.get(norm[pos:pos + 1], ()):
        cue = _SUFFIX_CUES.get(norm[pos:pos + length])
        if cue is None:
            continue
        after = norm[pos + length] if pos + length < len(norm) else ""
        if after and after in cue.not_before:
            continue
        return pos + length, cue
    return None


def currency_before(norm: str, end: int, floor: int) -> tuple[int, str, str] | None:
    """A currency name or symbol ending at `end` (two spaces may follow it): (start, name, ISO code)."""
    stop = end
    while stop > max(floor, end - 2) and norm[stop - 1] == " ":
        stop -= 1
    for length in _PREFIX_CURRENCY_LENGTHS.get(norm[stop - 1:stop] if stop > floor else "", ()):
        if length > stop - floor:
            continue
        name = norm[stop - length:stop]
        if name in PREFIX_CURRENCIES:
            if name == "$" and stop - length > 0 and norm[stop - length - 1].isascii() \
                    and norm[stop - length - 1].isalpha():
                continue  # US$ HK$ are matched whole; X$ is something else
            if name == "$" and (named := currency_before(norm, stop - length, floor)) is not None:
                return named[0], name, named[2]  # 港币$500, 新台币$300: the name says which dollar the sign is
            return stop - length, name, PREFIX_CURRENCIES[name]
    return None


# (larger, smaller) units of time whose durations written one after the other are one span (1年10个月 → 22 个月)
DURATION_STEPS = {(row["larger"], row["smaller"]): int(row["factor"]) for row in table("duration_steps.tsv")}
MINOR = {row["name"]: (row["iso"], Decimal(row["scale"])) for row in table("currency_minor.tsv")}
MINOR_TAIL = re.compile(rf"(?:又|零)?([0-9]+|[{DIGITS}十]+)(" +
                         "|".join(sorted(map(re.escape, MINOR), key=len, reverse=True)) + ")")
