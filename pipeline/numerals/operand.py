"""One operand: a numeral with its fraction or 百分之 form, its unit and what sticks to the unit (元6角, 一年半)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cache

from pipeline.lexicons import table, word_list
from pipeline.numerals.characters import (
    BIG,
    CN_CHARS,
    DIVIDE,
    EXACT,
    HALF,
    PLAIN_DIGITS,
    SMALL,
    TEN,
    ZERO,
    digit_value,
    is_han_char,
    last_digit_place,
)
from pipeline.numerals.core import Core, parse_core, read_core
from pipeline.numerals.lexer import ARABIC_FRACTION, CORE, FRACTION_OF, MIXED_FRACTION, MONEY_TAIL, POWER
from pipeline.numerals.units import MINOR, MINOR_TAIL, UNITS, UnitInfo, longest_unit

# One operand: a numeral with its unit and what sticks to the unit.


@dataclass(slots=True)
class Operand:
    start: int  # the numeral (with its sign)
    num_end: int
    end: int  # after the unit and its extras
    value: Decimal
    value_max: Decimal | None
    core: Core | None
    unit: str = ""
    unit_kind: str = ""
    currency: str = ""
    at_least: bool = False
    forced_kind: str = ""  # percent for 百分之五; number for 三分之一
    implied: Decimal | None = None  # the upper end a vague quantity implies (3000多 → 4000)
    generic: bool = False  # the unit is 元/圆: a currency named before the amount overrides CNY
    scale: Decimal = Decimal(1)  # what the unit multiplied the value by (3成 = 30 %: 10)


def read_numeral(norm: str, start: int, end: int) -> Operand | None:
    """The numeral that starts at `start` (its core ends by `end`), including fractions and 百分之 forms."""
    core = read_core(norm, start, end)
    if core is None:
        return None
    stop = start + core.length
    value = core.value
    nxt = norm[stop:stop + 1]  # each tail below starts with its own character: most numerals have none
    frac = FRACTION_OF.match(norm, stop) if nxt in ("分", "份") else None
    if frac:
        numerator, at = _numerator(norm, frac.end())
        if numerator is not None and numerator.vague:
            return None  # 百分之几: a share left unsaid, no figure, as 几 alone is none
        if numerator is not None:
            top = -numerator.value if frac.group(1) else numerator.value
            top_max = numerator.value_max
            denominator = norm[start:stop]
            stop = at + numerator.length
            op = Operand(start, stop, stop, top, top_max, numerator)
            if denominator in _PER_UNIT:  # 百分之五 is 5 %, 千分之五 5 ‰, 百万分之五 0.0005 %
                op.unit = _PER_UNIT[denominator]
                op.unit_kind = op.forced_kind = "percent"
                if op.unit == "%" and core.value != 100:
                    with localcontext(DIVIDE):
                        op.value = top * 100 / core.value
                        op.value_max = top_max * 100 / core.value if top_max is not None else None
            elif core.value:
                with localcontext(DIVIDE):
                    op.value = top / core.value
                    op.value_max = top_max / core.value if top_max is not None else None
                op.forced_kind, op.core = "number", core
            else:
                return None
            return op
    if nxt == "又":
        m = CORE.match(norm, stop + 1)
        inner = read_numeral(norm, m.start(), m.end()) if m else None
        if inner is not None and inner.forced_kind == "number":
            with localcontext(EXACT):
                whole = value + inner.value if value >= 0 else value - inner.value
            return Operand(start, inner.end, inner.end, whole, None, core, forced_kind="number")
    if nxt == "的" and not core.has_mag and core.value_max is None:
        power = _power_of(norm, start, stop, core)
        if power is not None:
            return power
    if core.arabic_end and not core.has_mag and nxt in ("/", " ", "^"):
        plain_int = norm[start:stop].isdigit()
        m = ARABIC_FRACTION.match(norm, stop)
        if m and int(m.group(1)) and plain_int and not _slash_list(norm, start, m.end()):
            with localcontext(DIVIDE):
                value = core.value / Decimal(m.group(1))
            return Operand(start, m.end(), m.end(), value, None, core, forced_kind="number")
        m = MIXED_FRACTION.match(norm, stop)
        if m and int(m.group(2)) and plain_int:  # 1 3/5 = 1.6
            with localcontext(DIVIDE):
                value = core.value + Decimal(m.group(1)) / Decimal(m.group(2))
            return Operand(start, m.end(), m.end(), value, None, core, forced_kind="number")
        m = POWER.match(norm, stop)
        if m:  # 2^-1 = 0.5, 1.1^+23
            exponent = int(m.group(2)) * (-1 if m.group(1).count("-") % 2 else 1)
            if core.value or exponent > 0:
                with localcontext(DIVIDE):
                    value = core.value ** exponent
                return Operand(start, m.end(), m.end(), value, None, core, forced_kind="number")
    return Operand(start, stop, stop, value, core.value_max, core, implied=core.implied)


_POWER_WORDS = re.compile(r"的(负)?(?=[0-9一二三四五六七八九十两])")
MAX_EXPONENT = 100  # 10的100次方 is a googol: news prints no larger power


def _power_of(norm: str, start: int, stop: int, base: Core) -> Operand | None:
    """10的8次方, 2的负3次方: a base raised to a power written in words; a unit may follow (10的9次方个)."""
    m = _POWER_WORDS.match(norm, stop)
    found = CORE.match(norm, m.end()) if m else None
    exponent = read_core(norm, found.start(), found.end()) if found else None
    if m is None or exponent is None or exponent.value_max is not None or exponent.value != int(exponent.value):
        return None
    end = m.end() + exponent.length
    if not norm.startswith("次方", end) or not 0 < exponent.value <= MAX_EXPONENT or not base.value:
        return None
    with localcontext(DIVIDE):
        value = base.value ** (-int(exponent.value) if m.group(1) else int(exponent.value))
    return Operand(start, end + 2, end + 2, value, None, base)


_LIST_CUES = ("分别", "依次", "各为", "各自")  # 分别为5/3: figures matched one by one to things named before


def _slash_list(norm: str, start: int, end: int) -> bool:
    """8/12/16GB, 营收/利润分别为50/8亿元: a slash between figures is a list, not a fraction, when the figure before it
    is itself the end of a slash list, when a magnitude, a currency or % follows the last figure (a fraction is a
    plain number: 3/4的受访者, 约1/3), or when a cue that matches figures one by one comes just before. (Other units
    are left to the fraction: 1/4英寸 is one.)"""
    if start >= 2 and norm[start - 1] == "/" and norm[start - 2].isdigit():
        return True
    nxt = norm[end:end + 1]
    if nxt and (nxt in BIG or nxt in SMALL):
        return True
    if nxt:
        found = longest_unit(norm, end)
        if found is not None and found[1].kind == "date" or nxt == "年" and _consecutive(norm, start, end):
            return False  # 23/24年度, 19/20年: the span of a fiscal or school year, a date
        if found is not None and found[1].kind in ("percent", "currency"):
            return True
    return any(cue in norm[max(0, start - 5):start] for cue in _LIST_CUES)


def _consecutive(norm: str, start: int, end: int) -> bool:
    """19/20, 2023/24: the second figure is the year after the first (written in full or by its last two digits)."""
    first, _, second = norm[start:end].partition("/")
    return first.isdigit() and second.isdigit() and (int(first) + 1) % 10 ** len(second) == int(second)


# A denominator that is a bare power of ten makes a percentage: 百分之五 = 5 %, 千分之五 = 5 ‰.
_PER_UNIT = {row["denominator"]: row["unit"] for row in table("per_denominators.tsv")}
_DECIMAL_NUMERATOR = re.compile(rf"点[{PLAIN_DIGITS}0-9]+")


def _numerator(norm: str, pos: int) -> tuple[Core | None, int]:
    """The numerator after 分之 at `pos`, and where it starts. It may be a bare decimal (百分之点二八), and
    it stops before the denominator of a fraction that follows (百分之四百三十二万分之四三: 432 %, then ‱)."""
    m = CORE.match(norm, pos) or _DECIMAL_NUMERATOR.match(norm, pos)
    if m is None:
        return None, pos
    if norm.startswith("分之", m.end()):
        cut = m.end()
        while cut > m.start() + 1 and norm[cut - 1] in SMALL + BIG:
            cut -= 1
        if cut < m.end() and norm[cut - 1] not in SMALL + BIG:
            numerator = parse_core(norm[m.start():cut])
            if numerator is not None and numerator.length == cut - m.start():
                return numerator, m.start()
    core = read_core(norm, m.start(), m.end())
    if core is not None and core.bare and core.length == 2 and norm[m.start()] in ELIDING_MAGNITUDES:
        # 百分之百一致, 百分百一次过: a numerator is written in full (百分之一百一十), so a digit right after a bare
        # 百 or 千 is the next word's 一, not the spoken 百一 = 110 (两百五 stays 250)
        last = norm[m.start() + core.length - 1]
        whole = parse_core(norm[m.start() : m.start() + core.length - 1]) if last in PLAIN_DIGITS else None
        if whole is not None and whole.length == core.length - 1:
            return whole, m.start()
    return core, m.start()


ELIDING_MAGNITUDES = "百佰千仟"  # 百一 = 110, 千二 = 1200 when spoken; never so in a 百分之 numerator


DATE_LIMITS = {"月": 12, "月份": 12, "日": 31, "季度": 4}  # 5000万月活用户: 月 after no month number is another word


def counts_years_before_hui(norm: str, op: Operand) -> bool:
    """未来两年会增聘, 过去三年会员增加: 年 before 会 is a unit after a count no year can be (a Chinese numeral or one
    digit), 会 then a verb or the start of 会员; after a year (2031年会, 31年会) 年会 is an annual meeting."""
    numeral = norm[op.start : op.num_end]
    return op.value_max is None and (not any(ch.isdigit() for ch in numeral) or len(numeral) == 1)


GRADE = UnitInfo("number", "", "级", Decimal(1))
GRADE_COPULAS = ("为", "达", "达到", "是", "至", "到")
GRADE_ENDS = frozenset(",，。;；、）)\n")
# the lower end of a range and its joiner right before the upper end's numeral (风力7至8级, 震级5到6级)
_LOWER_END = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3}) ?(?:至|到|~|-|—|–) ?$")
LOWER_END_REACH = 10
_GRADE_BOUND = re.compile(r"(?:或|及)?(?:以上|以下)|左右")
GRADE_LINK_REACH = 12  # characters of the scale's word and the link words (最高持续风力|为, 风力|将增强至)


@cache
def grade_link() -> re.Pattern[str]:
    """The scale's word, then up to four characters ending in a copula, right before the number (风力|将增强至|8级,
    风力|一度达到|11级)."""
    cues = "|".join(map(re.escape, word_list("grade_cues.txt")))
    return re.compile(rf"(?:{cues})[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(GRADE_COPULAS)})$")


def is_measured_grade(norm: str, op: Operand, at: int) -> bool:
    """6.4级地震, 里氏6.2级, 8级大风, 10万级洁净室, 洁净度为千级。: 级 at `at` is the unit of a grade measured on a
    scale: after a fraction, before a graded thing (graded_nouns.txt) or after a word that names the scale
    (grade_cues.txt), or a grade of up to 万 said to be something's (为万级). A whole grade alone (一级市场,
    三级医院) or a size class (千亿级企业) stays a label."""
    if norm[at : at + 1] != "级" or norm.startswith("级别", at):
        return False
    after = norm[at + 1 : at + 2]
    bound = _GRADE_BOUND.match(norm, at + 1)  # 5级以上地震, 3级或以上余震: a bound between the grade and its thing
    noun_at = bound.end() if bound else at + 1
    if op.value != op.value.to_integral_value() or norm.startswith(word_list("graded_nouns.txt"), noun_at):
        return True
    lower = _LOWER_END.search(norm, max(op.start - LOWER_END_REACH, 0), op.start)  # 风力7至8级: the cue is before 7
    cue_end = lower.start() if lower else op.start
    if norm[max(cue_end - 5, 0) : cue_end].endswith(word_list("grade_cues.txt")):
        return True
    if grade_link().search(norm, max(cue_end - GRADE_LINK_REACH, 0), cue_end):
        return True  # 最大风力达15级, 风力一度达到11级, 阵风可达10级: the scale's word, then a verb of reaching
    numeral = norm[op.start : op.num_end]  # (a class of money or size, 千亿级, 万亿级, is a label)
    magnitude = any(ch in "万千百" for ch in numeral) and not any(ch in BIG.replace("万", "") for ch in numeral)
    return magnitude and norm[max(op.start - 2, 0) : op.start].endswith(GRADE_COPULAS) and (
        not after or after in GRADE_ENDS)


YARD = "码"  # a yard, and in Hong Kong and Taiwan finance a step of a quarter of a percentage point of interest
QUARTER_POINT = UnitInfo("percent", "", "个百分点", Decimal("0.25"))
_INTEREST_BEFORE = re.compile("[息利]")  # 加息, 减息, 利率, 息口: the 码 just after them is a step of interest
WHOLE_SPAN = "整"  # 一整年, 两整天: a whole span of time, counted as the span itself
INTEREST_REACH = 8  # characters between that word and the figure (利率再下调|半码)


# 三天两夜, 5日4晚: the nights of a stay or a tour, counted right after its days (a night alone, 一夜之间, is left)
NIGHTS = {night: UnitInfo("duration", "", night, Decimal(1)) for night in "夜晚"}
_DAYS_BEFORE = re.compile(r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3}) ?[天日] ?$")
DAYS_BEFORE_REACH = 6


def counts_nights(norm: str, op: Operand, at: int) -> bool:
    """Whether 夜 or 晚 at `at` counts nights: right after a count of days (四天三夜, 7日6晚)."""
    return norm[at:at + 1] in NIGHTS and op.value_max is None and _DAYS_BEFORE.search(
        norm, max(op.start - DAYS_BEFORE_REACH, 0), op.start) is not None


TENTH_COIN = "角"  # a tenth of the yuan or the dollar, kept as written like 毫 (D58): 便宜了5角, 贵0.3角
TENTH_COIN_WORDS = frozenset("形星楼度落色质斗膜逐")  # 5角星, 3角形: 角 opens another word


# the cents said after 角 (六角五分, 3角5分): money then, whatever the numeral before 角 is written in
_CENTS_AFTER_TENTH = re.compile(rf"零?([1-9]|[{PLAIN_DIGITS[1:]}])分(?![{PLAIN_DIGITS}0-9之])")


def tenth_coin(norm: str, op: Operand, unit_end: int) -> bool:
    """角 after Arabic digits is money (贵0.3角, 加5角); after a Chinese numeral it is mostly a corner, a spice or a
    shape (三角, 八角, 冰山一角), so it is left there, unless cents follow (七角五分); nor before a word it opens
    (5角星)."""
    numeral = norm[op.start : op.num_end]
    if _CENTS_AFTER_TENTH.match(norm, unit_end):
        return True
    return (numeral[-1:].isdigit() and all(ch.isdigit() or ch in ".," for ch in numeral)
            and norm[unit_end : unit_end + 1] not in TENTH_COIN_WORDS)


DAY_COUNT_AFTER = "内后前的以"  # 98日内, 45日后, 98日的: what may follow 日 counting days, besides punctuation


def counts_days(norm: str, unit: str, infix: str, op: Operand, unit_end: int) -> bool:
    """产假98日, 需时1.5日: 日 after a number no day of the month can be (past 31, or a fraction) counts days, unless
    a word goes on from it (5000万日活用户: 日活, daily active)."""
    after = norm[unit_end : unit_end + 1]
    return (unit == "日" and not infix and op.value > 0 and not could_be_date(unit, op)
            and (not is_han_char(after) or after in DAY_COUNT_AFTER))


def could_be_date(unit: str, op: Operand) -> bool:
    """A month, day or quarter is a whole number within its calendar (1–12, 1–31, 1–4); the sign is left to the
    date reader (22日-29日: the dash joins two days)."""
    limit = DATE_LIMITS.get(unit)
    if limit is None:
        return True
    return all(v == int(v) and 1 <= abs(v) <= limit for v in (op.value, op.value_max) if v is not None)


def _spaced_unit(norm: str, p: int, written: int) -> tuple[tuple[str, UnitInfo], int] | None:
    """61,033公 里, 80平 方米, 500平方 公里: a unit of Chinese characters with a stray space inside it (a line broken or
    padded inside it) is that unit, its span running over the space; (unit, info) and where it ends. It must be
    longer than the `written` unit found without the space and run past the space."""
    for gap in range(p + 1, min(p + 4, len(norm) - 1)):
        if norm[gap] != " ":
            if not is_han_char(norm[gap]):
                return None
            continue
        if not (is_han_char(norm[gap - 1]) and is_han_char(norm[gap + 1])):
            return None
        found = longest_unit(norm[p:gap] + norm[gap + 1:gap + 10], 0)
        if found is None or len(found[0]) <= max(written, gap - p) or not all(is_han_char(ch) for ch in found[0]):
            return None
        return found, p + 1 + len(found[0])
    return None


CLASSIFIED_KINDS = ("duration", "percent")  # units that 个 and a word make (个月, 个钟, 个百分点)
MAX_CLASSIFIED_WORD = 3  # characters of the word after 个 in such a unit (钟头, 星期, 百分点, 工作日)


def classified_unit(norm: str, pos: int) -> str:
    """The unit of time or of points that 个 and the words at `pos` make (个钟, 个百分点), or ''; read by 两个半钟
    here and by 个半月, 个几百分点 (the 一 left out) in the reader."""
    names = ("个" + norm[pos : pos + k] for k in range(MAX_CLASSIFIED_WORD, 0, -1))
    return next((name for name in names if name in UNITS and UNITS[name].kind in CLASSIFIED_KINDS), "")


def attach_unit(norm: str, op: Operand) -> None:
    """Read the unit after the numeral and the words that belong to it (元6角, 一年半, 2%多, 十个月大)."""
    if op.forced_kind == "percent":
        return
    p = op.end
    if op.core is not None and op.core.arabic_end:
        while p < len(norm) and p - op.end < 2 and norm[p] == " ":
            p += 1
    infix, found, unit_end = "", None, p
    if norm.startswith(("个半", "个多", "个几"), p):  # 一个半小时 = 1.5 个小时, 两个多月, 三个几钟 = 2+, 3+ 个月
        inner = longest_unit(norm, p + 2)
        if inner and inner[1].kind in ("duration", "age", "measure", "date"):
            name = "个" + inner[0]
            found = (name, UNITS.get(name, inner[1]))
            infix, unit_end = norm[p + 1], p + 2 + len(inner[0])
        elif whole := classified_unit(norm, p + 2):  # 两个半钟, 两个半百分点: 钟 and 百分点 alone are no such unit
            found, infix, unit_end = (whole, UNITS[whole]), norm[p + 1], p + 1 + len(whole)
    if found is None and norm.startswith(WHOLE_SPAN, p):  # 一整年, 两整天: 整 (whole) between a count and its span
        inner = longest_unit(norm, p + 1)
        if inner is not None and inner[1].kind == "duration":
            found, infix, unit_end = inner, WHOLE_SPAN, p + 1 + len(inner[0])
    if found is None:
        found = longest_unit(norm, p)
        unit_end = p + len(found[0]) if found else p
        spaced = _spaced_unit(norm, p, len(found[0]) if found else 0) if " " in norm[p + 1:p + 4] else None
        if spaced is not None:
            found, unit_end = spaced
        if found is not None and found[0] == "个":  # 20个比特币: the classifier before a currency
            inner = longest_unit(norm, p + 1)  # (but 个 before a bare 元 counts 元件 or 元素: no money is counted so)
            if inner is not None and inner[1].kind == "currency" and not inner[1].generic:
                found, unit_end = inner, p + 1 + len(inner[0])
    if found is None and p < len(norm) and norm[p] in "多余来+":
        found = longest_unit(norm, p + 1)
        word_after = found is not None and found[1].kind == "date" and not could_be_date(found[0], op)
        if word_after:
            found = None  # 3亿多月活用户: 多 ends the figure before another word
        infix, unit_end = (norm[p], p + 1 + len(found[0])) if found else ("", p)
        if found is None and norm[p] in "多余" and (
                not is_han_char(norm[p + 1:p + 2]) or norm[p + 1:p + 2] in _AFTER_BARE_MORE or word_after
                or (norm[p] == "多" and norm[p + 1:p + 2] not in _NOT_MORE and p - op.start > 1)) \
                and op.core is not None and (op.core.has_mag or _ROUND_ARABIC.fullmatch(norm, op.start, op.num_end)) \
                and op.value > 0:
            # 两百多, 三千余, 3000多: more than, up to the next step; 2万多游客, 300多居民: so before a noun with no
            # classifier too, where 多 starts no word of its own (多数, 多于, 多种) and the numeral is more than a
            # magnitude alone (莱万多夫斯基: a name's 万)
            op.at_least, op.end = True, p + 1
            if op.implied is None:
                op.implied = op.value + last_digit_place(op.value)
            return
    if found is None and norm.startswith("年会", p) and counts_years_before_hui(norm, op):
        found, unit_end = ("年", UNITS["年"]), p + 1
    if found is None and not infix and counts_nights(norm, op, p):
        found, unit_end = (norm[p], NIGHTS[norm[p]]), p + 1
    if found is None and not infix and is_measured_grade(norm, op, p):
        found, unit_end = ("级", GRADE), p + 1
    if found is not None and found[0] == TENTH_COIN and not tenth_coin(norm, op, unit_end):
        return
    if found is None or (found[1].kind == "date" and (infix in ("余", "来", "+") or not could_be_date(found[0], op))
                         and not counts_days(norm, found[0], infix, op, unit_end)):
        return
    unit, info = found
    if unit == YARD and _INTEREST_BEFORE.search(norm, max(op.start - INTEREST_REACH, 0), op.start):
        info = QUARTER_POINT  # 减息一码, 利率下调半码: Hong Kong's step of interest, a quarter of a point
    if op.forced_kind == "number" and info.kind == "number":
        return  # 三分之一人, 四分一家庭: the noun a fraction picks a share of is no unit (a fraction is a plain number)
    # 五五折 (two plain digits) and 88折 (two Arabic digits): the share of the price itself, 55 % and 88 %
    two_digits = op.core is not None and (op.core.digit_string == 2 or _TWO_ARABIC_DIGITS.fullmatch(
        norm, op.start, op.num_end) is not None)
    if unit == "折" and op.value_max is not None and op.value < 10 and op.value_max < 10 and op.core is not None \
            and op.core.pair_final:
        op.value, op.value_max, two_digits = op.value * 10 + op.value_max, None, True  # 二五折: 25 %, not a range
    if unit == "折" and op.value >= 10 and not two_digits:
        return  # 九折, 五五折; 十折 is no discount
    op.unit, op.unit_kind, op.currency, op.generic = info.out, info.kind, info.currency, info.generic
    if info.kind == "measure" and (tail := _compound_tail(norm, unit_end, DOTS)):
        op.unit += tail  # 1,200亿千瓦·时, 3.5亿吨·公里: a product of units is one unit
        unit_end += len(tail)
    if infix == "+":  # 5000+家: at least
        op.at_least = True
    if infix in ("多", "余", "来", "几"):  # 3000多欧元 runs up to 4000, 十来个 to 20, 三个几钟 to 4
        op.at_least = True
        if op.implied is None and op.value > 0:
            op.implied = op.value + last_digit_place(op.value)
    if info.scale != 1 and not (unit == "折" and op.value >= 10):
        op.scale = info.scale
        op.value *= info.scale
        op.value_max = op.value_max * info.scale if op.value_max is not None else None
        op.implied = op.implied * info.scale if op.implied is not None else None
    if infix == "半":
        op.value += HALF
    op.end = _unit_extras(norm, op, unit, info, unit_end)


HALF_MONEY = ("蚊",)  # Hong Kong's spoken dollar, which takes 半 like 块 and 元 (9蚊半)
NOT_HALF_AFTER = frozenset("价数年月日天周个小时分秒场岛导径决山边途职票")  # 半价, 半年, 半岛: 半 opens a word


def money_half(norm: str, pos: int) -> bool:
    """半 right after a sum of money says "and a half" (三块半, 9蚊半增至…), unless it opens a word (5元半价)."""
    return norm[pos : pos + 1] == "半" and norm[pos + 1 : pos + 2] not in NOT_HALF_AFTER


# 集成电路8.6亿块: 块 after hundreds of millions counts pieces (chips, panels); no one says yuan so
COUNTED_BLOCKS = Decimal("1e8")
_TWO_ARABIC_DIGITS = re.compile(r"[1-9][1-9]")  # 88折, 75折 (not 10折)
TENTH_SAID_AFTER = ("成", "厘")  # rates whose tenth or half may be said after them (三成八, 四厘半)
TENTHS_STOP = frozenset(".点万亿千百十个%成年月日元人家倍")  # 3成8亿: the digit after 成 starts a figure


def _unit_extras(norm: str, op: Operand, unit: str, info: UnitInfo, pos: int) -> int:
    """Words glued to a unit: 元6角5分, 元人民币, 元/吨, 两米半, 2%多, 十个月大."""
    pos_unit = pos
    if unit in TENTH_SAID_AFTER and pos < len(norm) and (norm[pos] in PLAIN_DIGITS[1:] or norm[pos] in "123456789") \
            and not (norm[pos + 1:pos + 2].isdigit() or norm[pos + 1:pos + 2] in TENTHS_STOP):
        digit = digit_value(norm[pos]) if not norm[pos].isdigit() else int(norm[pos])
        op.value += digit * info.scale / TEN
        return pos + 1  # 三成八, 3成8: 38 %, the tenth of 成 said after it (the value was 30); 四厘二: 4.2 %
    if info.kind == "currency" and info.generic and unit != TENTH_COIN or unit == "块":
        m = MONEY_TAIL.match(norm, pos)
        if m and m.end() > pos:
            jiao, fen = m.group(1), m.group(2)
            with localcontext(EXACT):
                op.value += (digit_value(jiao) / TEN if jiao else ZERO) + (
                    Decimal(digit_value(fen)) / 100 if fen else ZERO)
            pos = m.end()
        elif pos < len(norm) and norm[pos] in PLAIN_DIGITS[1:] and not is_han_char(norm[pos + 1:pos + 2]):
            op.value += Decimal(digit_value(norm[pos])) / TEN  # 一块五 = 1.5 元: the 角 left unsaid
            pos += 1
        elif money_half(norm, pos):
            op.value += HALF  # 三块半, 9元半: and a half
            pos += 1
        word_after = is_han_char(norm[pos:pos + 1]) or (norm[pos:pos + 1].isascii() and norm[pos:pos + 1].isalnum())
        if unit == "块" and (pos > pos_unit or not word_after) and op.value < COUNTED_BLOCKS:
            # 十块三毛, 花了三块。: 块 counts yuan here (not before a word: 8块屏幕, 8块H100 count pieces)
            op.unit_kind, op.currency = "currency", "CNY"
        after = longest_unit(norm, pos)
        if after and after[1].kind == "currency" and not after[1].generic:
            op.currency = after[1].currency
            pos += len(after[0])
    elif unit == TENTH_COIN and (cents := _CENTS_AFTER_TENTH.match(norm, pos)):
        op.value += Decimal(digit_value(cents.group(1))) / TEN  # 七角五分 = 7.5 角, kept in 角 as written
        pos = cents.end()
    elif unit in HALF_MONEY and money_half(norm, pos):
        op.value += HALF  # 9蚊半: nine dollars and a half
        pos += 1
    elif info.kind == "currency" and info.currency:
        m = MINOR_TAIL.match(norm, pos)  # 两美元又三美分 = 2.03, 10港元5仙
        if m and MINOR[m.group(2)][0] == info.currency:
            small = parse_core(m.group(1))
            if small is not None and small.length == len(m.group(1)):
                op.value += small.value * MINOR[m.group(2)][1]
                pos = m.end()
    if unit == "成" and pos < len(norm) and norm[pos] in PLAIN_DIGITS[1:]:
        rest = norm[pos + 1:pos + 2]
        if (not rest or rest not in CN_CHARS) and longest_unit(norm, pos + 1) is None:
            op.value += digit_value(norm[pos])  # 七成六 = 76 %
            pos += 1
    if pos < len(norm) and norm[pos] == "/" and info.kind != "percent":
        per = longest_unit(norm, pos + 1)
        if per and per[1].kind != "currency":
            op.unit += "/" + per[1].out
            pos += 1 + len(per[0])
            tail = _compound_tail(norm, pos, DOTS + "-")  # 美元/兆瓦-天, 元/千瓦·时: a denominator of two units
            op.unit += tail
            return pos + len(tail)
    nxt = norm[pos] if pos < len(norm) else ""
    after = norm[pos + 1] if pos + 1 < len(norm) else ""
    word_follows = is_han_char(after)
    if unit == "秒" and op.value == op.value.to_integral_value() and (hundredths := _HUNDREDTHS.match(norm, pos)):
        op.value += Decimal("0." + hundredths.group(1))  # 10秒05: a race time, 10.05 秒
        return hundredths.end(1)
    tenths = (_TENTHS.match(norm, pos) or _ARABIC_TENTHS.match(norm, pos)
              or _centimetres(norm, pos, op, unit)) if unit in _TENTH_UNITS else None
    if tenths and op.value == op.value.to_integral_value():  # 一米八 = 1.8 米, 一米八五, 2米33, 三十七度五 = 37.5 度
        op.value += Decimal("0." + "".join(str(digit_value(c)) for c in tenths.group(1)))
        return tenths.end(1)
    if nxt == "半" and info.kind in ("measure", "duration", "age") and after not in _NOT_HALF:
        op.value += HALF  # 两米半, 一年半
        pos += 1
    elif nxt == "半" and unit in TENTH_SAID_AFTER and after not in _NOT_HALF:
        op.value += info.scale * HALF  # 五成半 = 55 %, 四厘半 = 4.5 %
        pos += 1
    elif nxt == "半" and unit == "倍" and after not in _NOT_HALF:
        op.value += HALF  # 一倍半 = 1.5 倍
        pos += 1
    elif ((nxt == "多" and (not word_follows or after in "来的" or _more_before_noun(norm, pos, info))
           and info.kind not in ("currency", "date"))
          or (nxt == "几" and unit in ("成", "倍") and after != "乎")):
        op.at_least = True  # 2%多, 3倍多, 六成几 (Hong Kong: sixty-odd per cent; not 三成几乎)
        if op.implied is None and op.value > 0:
            op.implied = op.value + last_digit_place(op.value)
        pos += 1
    elif nxt == "大" and unit in _AGE_WITH_DA and (not word_follows or after in "的时了"):
        op.unit_kind = "age"  # 十个月大
        pos += 1
    return pos


DOTS = "·•‧・"  # the dots that join the units of a product (千瓦·时, N·m), as mainland and Taiwan type them
_TIME_TAILS = ("时", "h", "天", "日")  # the hour or day of an energy or a capacity-day (千瓦·时, 兆瓦-天)


def _compound_tail(norm: str, pos: int, joiners: str) -> str:
    """The joiner and unit that make a product of units with the unit ending at `pos` (·时 of 千瓦·时, -天 of
    兆瓦-天), or "" when a digit or a word follows the joiner (5元/吨-10元/吨 is a range, 约翰·史密斯 a name)."""
    if pos >= len(norm) or norm[pos] not in joiners:
        return ""
    after = longest_unit(norm, pos + 1)
    if after is not None and after[1].kind in ("measure", "duration"):
        return norm[pos] + after[1].out
    tail = next((t for t in _TIME_TAILS if norm.startswith(t, pos + 1)), None)
    if tail is None or (norm[pos + 1 + len(tail):pos + 2 + len(tail)].isalpha()
                        and not is_han_char(norm[pos + 1 + len(tail):pos + 2 + len(tail)])):
        return ""
    return norm[pos] + tail


_TENTH_UNITS = word_list("tenth_units.txt")  # a digit after them is a tenth: 一米八, 三十七度五
_HUNDREDTHS = re.compile(r"(\d{2})(?![\d.%])")  # the hundredths of a second written after 秒 (9秒58)
# 3000多、5000余: Arabic digits ending in 0 before a bare 多 or 余 are a round figure and more (not 3多, 2.5多)
_ROUND_ARABIC = re.compile(r"[1-9]\d*0")
_AFTER_BARE_MORE = ("的", "和", "及", "与", "或")  # 五百多的, 三千余和五千多家: 多 or 余 ends the figure
_TENTHS = re.compile(rf"([{PLAIN_DIGITS[1:]}][{PLAIN_DIGITS}]?)(?![{CN_CHARS}0-9])(?=$|[^\u4e00-\u9fff]|[的了左多])")
_ARABIC_TENTHS = re.compile(r"(\d\d?)(?![\d.%])(?=$|[^\u4e00-\u9fff]|[的了左多])")
_CENTIMETRES = re.compile(r"(\d\d)(?![\d.%])")
METRE = "米"


def _centimetres(norm: str, pos: int, op: Operand, unit: str) -> re.Match[str] | None:
    """以2米35夺冠, 跳出8米15再破纪录: a height or a jump in sport says its centimetres after 米 before any word,
    when the metres are one digit and the two digits after them start no figure of their own (2米10层 is not)."""
    if unit != METRE or not 0 < op.value < 10:
        return None
    m = _CENTIMETRES.match(norm, pos)
    if m is None or (m.end() < len(norm) and (norm[m.end()] in SMALL + BIG or longest_unit(norm, m.end()))):
        return None
    return m
_NOT_HALF = frozenset(word_list("half_word_starts.txt"))  # 半导体, 半岛: 半 starts another word
_NOT_MORE = frozenset(word_list("more_word_starts.txt"))  # 多数, 多于: 多 starts another word


def _more_before_noun(norm: str, pos: int, info: UnitInfo) -> bool:
    """两成多学生, 三成多市民: after a share, 多 before a noun is "and more" of the share (at least), unless 多
    starts a word (三成多数, 两成多用于) or a count of its own (三成多家企业: 多家, many firms)."""
    return (info.kind == "percent" and norm[pos + 1:pos + 2] not in _NOT_MORE
            and longest_unit(norm, pos + 1) is None)
_AGE_WITH_DA = word_list("age_units.txt")  # 十个月大


def operand_at(norm: str, pos: int) -> Operand | None:
    """[sign] numeral [unit …] starting at `pos`: the right-hand side of a range."""
    sign = 1
    start = pos
    if norm.startswith("负", pos) or norm.startswith("-", pos):
        sign, pos = -1, pos + 1
    elif norm.startswith("零下", pos):  # 零下3至零下8度: below zero at both ends
        sign, pos = -1, pos + 2
    m = CORE.match(norm, pos)
    if not m:
        return None
    op = read_numeral(norm, m.start(), m.end())
    if op is None:
        return None
    if sign < 0:
        negate(op)
        op.start = start
    attach_unit(norm, op)
    return op


def negate(op: Operand) -> None:
    op.value, op.implied = -op.value, None
    if op.value_max is not None:
        op.value_max = -op.value_max
