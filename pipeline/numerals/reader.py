"""A whole quantity around a numeral core: sign, currency, ordinal and qualifier cue to its left; unit, range,
suffix cue and date to its right; and whether what was read is a quantity at all."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, localcontext
from functools import cache

from pipeline.lexicons import table, word_list
from pipeline.numerals.characters import (
    BIG,
    CN_CHARS,
    EXACT,
    HALF,
    SMALL,
    TEN,
    TOO_BIG,
    WORDLIKE_FINANCIAL,
    digit_value,
    is_han_char,
)
from pipeline.numerals.core import Core, parse_core
from pipeline.numerals.lexer import (
    BETWEEN,
    DAY_SRC,
    HALF_AGAIN,
    MONTH_TAIL,
    RANGE_JOIN,
    RANGE_JOIN_FIRST,
    TEMPERATURE_SCALE,
    THAN,
    YEAR_TAIL,
)
from pipeline.numerals.operand import Operand, attach_unit, classified_unit, negate, operand_at, read_numeral
from pipeline.numerals.units import DURATION_STEPS, UNITS, Cue, cue_after, cue_before, currency_before, longest_unit


def _year_value(op: Operand) -> bool:
    return op.core is not None and op.core.year_like and op.forced_kind == ""


def _date_chain(norm: str, op: Operand) -> None:
    """Extend a year or month date with what completes it: 2024年3月5日, 2024年上半年, 3月底."""
    if op.unit == "年":
        m = YEAR_TAIL.match(norm, op.end)
        if m:
            op.end = m.end()
            return
        month = operand_at(norm, op.end)
        if month is None or month.unit != "月" or not _is_month(month.value):
            return
        op.end = month.end
    m = MONTH_TAIL.match(norm, op.end)
    if m:
        op.end = m.end()
        return
    day = operand_at(norm, op.end)
    if day is not None and day.unit in ("日", "号") and _is_day(day.value):
        op.end = day.end


def _is_month(v: Decimal) -> bool:
    return v == v.to_integral_value() and 1 <= v <= 12


def _is_day(v: Decimal) -> bool:
    return v == v.to_integral_value() and 1 <= v <= 31


_DAY_PARTS = ("上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚", "起", "前", "晚", "早", "当天", "当日", "止",
              "为止")


@cache
def _time_spent_cues() -> tuple[str, ...]:
    return word_list("time_spent_cues.txt")


# 把年假增加至17日, 把轮候期缩短到5日: a verb of raising or cutting, its object, then 至: days counted (延长至17日
# may name the day a term ends, and stays a date)
_RAISED_TO = re.compile(r"(?:增加|增设|减少|缩短|缩减|削减)[^,，。;；:：\d\n]{0,8}[至到]$")
RAISED_TO_REACH = 14
# 由12日增至14日, 从5日缩短到3日: the days a count was raised or cut from, before the verb and the days it went
# to (由5日延长至8日 may move a deadline from one day to another, and stays two dates)
_RAISED_FROM = re.compile(r"(?:增加|增|减少|减|缩短|缩减|削减|增设)了?[至到] ?"
                          r"(?:\d+|[一二两三四五六七八九十]{1,3}) ?日")
FROM_WORDS = ("由", "从")


@cache
def _day_count_noun() -> re.Pattern[str]:
    """的, up to two modifying letters and a noun of leave or length (day_count_nouns.txt): 12日的有薪年假."""
    nouns = sorted(map(re.escape, word_list("day_count_nouns.txt")), key=len, reverse=True)
    leave = "|".join(n for n in nouns if LEAVE in n)
    return re.compile(rf"的(?:{'|'.join(nouns)}|[\u4e00-\u9fff]{{1,2}}(?:{leave}))")


_NIGHTS_AFTER = re.compile(r" ?(?:\d{1,3}|[一二两三四五六七八九十]{1,3}) ?[夜晚]")
LEAVE = "假"  # 年假, 假期: a word of leave, which a modifier may come before (有薪年假)


ROC_ERA = "民国"  # 民国113年: a year of the Republic (Taiwan), a point in time however small the number


# 1884年有纪录后, 于1865年成立: a year before 1900 (too early to be read as one by itself) is a point in time when
# a word of a start stands before it or after it (while 有1300年历史 and 建于1800年前 count years)
_EARLY_YEAR = re.compile(r"1[0-8]\d\d年")
EARLY_YEAR_BEFORE = ("自", "于", "从", "早在")
EARLY_YEAR_AFTER = ("以来", "有记录", "有纪录", "起", "开始", "至今", "成立", "创立", "创办", "开埠", "建成")


def _early_year(norm: str, op: Operand) -> bool:
    return (_EARLY_YEAR.fullmatch(norm, op.start, op.end) is not None
            and ((norm[max(op.start - 2, 0) : op.start].endswith(EARLY_YEAR_BEFORE)
                  and not norm.startswith("前", op.end))  # (建于1800年前: so long ago)
                 or norm.startswith(EARLY_YEAR_AFTER, op.end)))


def _date_kind(norm: str, op: Operand) -> str:
    """'date' for points in time (2024年, 民国113年, 7月, 5日, 一季度), else the unit's own kind."""
    if op.unit == "年" and (_year_value(op) or norm[max(op.start - len(ROC_ERA), 0) : op.start] == ROC_ERA
                           or _early_year(norm, op)):
        return "date"
    if op.unit == "月":
        months = _is_month(op.value) and (op.value_max is None or _is_month(op.value_max))
        return "date" if months else "duration"
    if op.unit == "日":
        follows = norm[op.end] if op.end < len(norm) else ""
        # 轮候时间为21日, 需时14日: after a word of time spent, 日 counts days
        spent = ((norm[max(op.start - 4, 0) : op.start].endswith(_time_spent_cues())
                  or _RAISED_TO.search(norm, max(op.start - RAISED_TO_REACH, 0), op.start) is not None
                  or (norm[max(op.start - 1, 0) : op.start] in FROM_WORDS
                      and _RAISED_FROM.match(norm, op.end) is not None)
                 or _day_count_noun().match(norm, op.end) is not None  # 只享有12日的有薪年假: days of leave
                 or _NIGHTS_AFTER.match(norm, op.end) is not None)  # 五日四晚: a stay of days and nights
                 and not norm.startswith(_DAY_PARTS, op.end))  # (时间为21日上午 is a date)
        return "date" if _is_day(op.value) and follows != "内" and not spent else "duration"
    return op.unit_kind


@dataclass(slots=True)
class Found:
    start: int
    end: int
    op: Operand
    value_max: Decimal | None
    qualifier: str
    kind: str
    number_end: int


@dataclass(slots=True)
class _Left:
    """What stands before a numeral: where the quantity starts, and the markers found there."""

    start: int
    ordinal: bool = False  # 第
    rank: bool = False  # a rank cue: 前三
    below_zero: bool = False  # 零下
    cue: tuple[int, Cue] | None = None  # (start, qualifier cue)
    currency: tuple[int, str, str] | None = None  # (start, name, ISO code)


def read_quantity(norm: str, core_start: int, core_end: int, floor: int,
                  bounds: tuple[int, int], dates: bool, lone: bool) -> tuple[Found | None, int]:
    """The quantity around the core at norm[core_start:core_end], or None; and where to resume scanning.

    With `dates`, a point in time is read whole (2024年3月5日, 2024上半年) and gets kind 'date'; without, each
    of its numbers is a number of its own (2024年, then 3月, then 5日), since a date is not a quantity."""
    if norm[core_start] == SOME and (some := elided_one_and_some(norm, core_start, floor)) is not None:
        return some, some.end  # 升咗个几百分点: 1 and some (not 几百 分)
    op = read_numeral(norm, core_start, core_end)
    if op is None:
        return None, core_end
    resume = op.end
    # Digits after 'X-' belong to a name (COVID-19, GPT-4), but for a spread over a base rate (P-2.5%).
    if core_start >= 2 and norm[core_start - 1] == "-" and norm[core_start - 2].isascii() \
            and norm[core_start - 2].isalpha() and not _spread_over_rate(norm, core_start, op.end):
        return None, resume
    left = _read_left(norm, op, core_start, floor)
    attach_unit(norm, op)
    value_max, qualifier, number_end = _read_range(norm, op, left.ordinal, left.start)
    if left.currency is not None:
        _apply_currency_before(op, left.currency)
        value_max = _latin_money_magnitude(norm, op, left.currency, number_end, value_max)
    _read_temperature_scale(norm, op, left, floor)

    # Acceptance: a lone digit, a bare magnitude or a vague 几 needs more than itself to be a quantity.
    whole = left.start <= bounds[0] and op.end >= bounds[1]
    if not _acceptable(norm, op, op.core, whole, left.ordinal or left.rank, left.cue, qualifier == "range", lone,
                       floor):
        return None, resume
    if abs(op.value) >= TOO_BIG or value_max is not None and abs(value_max) >= TOO_BIG:
        return None, op.end  # 300 nines is a string of digits, not a figure: no float could carry it

    kind = _date_kind(norm, op)
    if not dates:
        pass
    elif not op.unit and _year_value(op) and norm.startswith(("上半年", "下半年"), op.end):
        kind, op.end = "date", op.end + 3  # 2024上半年
    elif kind == "date":
        _date_chain(norm, op)
    suffix = cue_after(norm, op.end) if kind != "date" else None
    if suffix is None and op.unit_kind == "currency" and _PRICE_FROM.match(norm, op.end):
        suffix = (op.end + 1, PRICE_FROM)  # 1999元起, HK$168起: a price from which others run up (D57)
    share = op.unit_kind == "percent" or op.forced_kind == "number"
    if suffix is None and share and _SHARE_SLACK.match(norm, op.end):
        suffix = (op.end + 1, SHARE_SLACK[norm[op.end]])  # 2/3强, 八成强, 30%弱: a share a little over or under
    if suffix is not None:
        op.end = suffix[0]
    elif left.cue is not None and left.cue[1].word == COUNTED_BY and norm.startswith("计", op.end):
        op.end += 1  # 数以千计: the 计 closes the phrase (alone, 以1000元计 is a basis, no bound)
    # 前三季度, 前两年: a period; 改建前8万元, 翻修前30米: an amount or a length before some event. Neither is a rank
    if kind == "date" or (left.rank and op.unit_kind in _NOT_RANKED):
        if left.rank:
            left.start, left.rank = op.start, False  # keeping a sign: 前负1日 starts at 负
        if left.cue is not None and left.cue[1].qualifier == "rank":
            left.cue = None
    if left.ordinal and kind == "date" and dates:
        if norm[max(0, left.start - 2):left.start] == "连续":
            kind = "ordinal"  # 连续第三日: the third day of a run, no day of the month
        else:
            left.ordinal = False
    qualifier = qualifier or _qualifier(norm, op, left, suffix, kind, floor)
    if left.cue is not None and left.cue[1].word == "数" and op.implied is None and op.value > 0:
        op.implied = op.value * TEN  # 数十亿 runs up to 1e10, like 几十亿
    if qualifier in ("range", "at_most"):
        op.implied = None
    kind = _kind(norm, op, left, kind, dates)
    return Found(left.start, op.end, op, value_max, qualifier, kind, number_end), op.end


_NOT_RANKED = frozenset({"duration", "date", "currency", "measure", "temperature"})  # kinds of unit no rank counts in


def _read_left(norm: str, op: Operand, core_start: int, floor: int) -> _Left:
    """第, or a sign (负 零下 - +), a currency name (人民币 US$) and a qualifier or rank cue (约 超过 前), read
    leftwards from the numeral; a negative sign negates `op`."""
    left = _Left(core_start)
    before = norm[core_start - 1] if core_start - 1 >= floor else ""
    if before == "第":
        left.ordinal, left.start = True, core_start - 1
        return left
    sign_len = 0
    if before in ("-", "+") and (core_start < 2 or not (norm[core_start - 2].isascii()
                                                         and norm[core_start - 2].isalnum()
                                                         or norm[core_start - 2] in ".%)]）】")
                                 or _spread_over_rate(norm, core_start, op.end)):
        sign_len = 1
    elif before == "负" and not (core_start - 2 >= floor and norm[core_start - 2].isdigit()):
        sign_len = 1  # (3胜2负1平: 负 right after a count is the losses of a record, no sign of the next)
    elif core_start - 2 >= floor and norm[core_start - 2:core_start] == "零下":
        sign_len, left.below_zero = 2, True
    if sign_len and before != "+":
        negate(op)
    left.start -= sign_len
    op.start = left.start
    left.currency = currency_before(norm, left.start, floor)
    if left.currency is not None:
        left.start = left.currency[0]
    left.cue = cue_before(norm, left.start, floor, op.core)
    if left.cue is not None:
        left.rank, left.start = left.cue[1].qualifier == "rank", left.cue[0]
        if left.currency is None:  # 人民币数十亿元: the currency may also come first
            left.currency = currency_before(norm, left.start, floor)
            left.start = left.currency[0] if left.currency is not None else left.start
    return left


def _read_range(norm: str, op: Operand, ordinal: bool, start: int) -> tuple[Decimal | None, str, int]:
    """The other end of a range after `op` (3到5, 20%-30%, 两到三万, 1—11月, 在X和Y之间), which extends `op`:
    (value_max, 'range' or '', where the last numeral ends)."""
    value_max = op.value_max
    qualifier = "range" if value_max is not None else ""
    end, number_end = op.end, op.num_end
    join = RANGE_JOIN.match(norm, end) if value_max is None and norm[end:end + 1] in RANGE_JOIN_FIRST else None
    pair = None
    if join is None and value_max is None and not ordinal and norm.startswith("、", end):
        pair = _spoken_pair(norm, op, end)
    if join or pair:
        joiner = norm[join.start():join.end()].strip() if join else "至"
        # (第十和第十五之间: an ordinal's other end may write its 第 again)
        after_join = join.end() + (ordinal and norm.startswith("第", join.end())) if join else end + 1
        other = operand_at(norm, after_join) if join else pair
        if other is not None and joiner[-1:] in "和与及":
            other = other if norm.startswith(BETWEEN, other.end) else None
        if other is not None and _range_ok(op, other, joiner) and not _moves_to_level(norm, start, op, other, joiner):
            op.value = _share_magnitude(op, other)
            value_max = other.value
            if not op.unit or _classifier_of(op.unit, other.unit):
                if not op.unit:
                    op.value *= other.scale  # 2至3成: the unit written once scales both ends (20 % to 30 %)
                op.unit, op.unit_kind, op.currency = other.unit, other.unit_kind, other.currency
                op.generic = other.generic
            op.at_least = False
            if value_max < op.value <= 0:  # -3%至-5%, 零度至零下4度: a range below zero runs from its low end (D38)
                op.value, value_max = value_max, op.value
            qualifier, end, number_end = "range", other.end, other.num_end
            if joiner[-1:] in "和与及":
                end += 2 if norm.startswith("之间", end) else 1
    op.end = end
    return value_max, qualifier, number_end


def _apply_currency_before(op: Operand, currency: tuple[int, str, str]) -> None:
    if op.unit == PRICE_FROM.word:  # $168起: 起 says from, it counts no incidents (3起事故)
        op.unit, op.end = "", op.end - len(PRICE_FROM.word)
    if not op.unit:  # US$100, 人民币5000: the name is the unit
        op.unit, op.unit_kind, op.currency = currency[1], "currency", currency[2]
    elif op.unit_kind == "currency" and op.generic:  # 港币两千元 is HKD
        op.currency = currency[2]


def _latin_money_magnitudes() -> re.Pattern[str]:
    """The English magnitude words of latin_money_magnitudes.tsv, longest first, as one caseless pattern."""
    rows = sorted(table("latin_money_magnitudes.tsv"), key=lambda row: -len(row["word"]))
    words = "|".join(("(?: ?)" if row["space"] == "yes" else "") + re.escape(row["word"]) for row in rows)
    return re.compile(rf"(?i:{words})(?![A-Za-z])")


_LATIN_MONEY_MAGNITUDE = _latin_money_magnitudes()
_LATIN_MONEY_VALUES = {row["word"].lower(): Decimal(row["value"]) for row in table("latin_money_magnitudes.tsv")}


def _latin_money_magnitude(norm: str, op: Operand, currency: tuple[int, str, str], number_end: int,
                           value_max: Decimal | None) -> Decimal | None:
    """US$1.2bn, HK$300mn, $5m, US$1-1.5 billion: after a currency written in Latin letters or as a sign, an English
    magnitude scales the figure (and the top of its range), and the currency is its unit (not m for metres). A
    currency written in Chinese (美元5m) takes none: there m may well be metres."""
    if any(is_han_char(ch) for ch in currency[1]) or norm[number_end : number_end + 1] not in _LATIN_MONEY_FIRST:
        return value_max
    m = _LATIN_MONEY_MAGNITUDE.match(norm, number_end)
    if m is None:
        return value_max
    scale = _LATIN_MONEY_VALUES[m.group().strip().lower()]
    op.value *= scale
    op.end = max(op.end, m.end())
    op.unit, op.unit_kind, op.currency = currency[1], "currency", currency[2]
    return value_max * scale if value_max is not None else None


_LATIN_MONEY_FIRST = frozenset(" " + "".join(_LATIN_MONEY_VALUES) + "".join(_LATIN_MONEY_VALUES).upper())


def _read_temperature_scale(norm: str, op: Operand, left: _Left, floor: int) -> None:
    """华氏温度98.6度, 摄氏20度: the scale before the figure is its unit."""
    scale = None
    if norm.startswith(BELOW_ZERO, op.start) and not op.unit:
        return  # 摄氏零下5度: the sign of the figure after, which takes the scale
    if "氏" in norm[max(floor, left.start - 3):left.start]:  # the only character every scale name has
        scale = TEMPERATURE_SCALE.search(norm, max(floor, left.start - 4), left.start)
    if scale is not None and op.unit in ("", "度"):
        op.unit, op.unit_kind, left.start = scale.group(1) + "度", "temperature", scale.start()


# 起 right after a price (not 起步, 起诉, 起家…): the lowest of the prices on offer, at least that much
PRICE_FROM = Cue("at_least", "any", "", "步诉家跳飞来点码始草身", "起")
_PRICE_FROM = re.compile(rf"起(?![{PRICE_FROM.not_before}])")
# 强 and 弱 after a share (older and Hong Kong print): a little more than it, a little less; not 强国, 强化, 弱势
SHARE_SLACK = {"强": Cue("at_least", "any", "", "", "强"), "弱": Cue("at_most", "any", "", "", "弱")}
_SHARE_SLACK = re.compile(r"[强弱](?![\u4e00-\u9fff])|[强弱](?=[的之])")
def _spread_over_rate(norm: str, core_start: int, end: int) -> bool:
    """P-2.5%, H+1.3%: a sign between a lone capital letter naming a base rate (prime, HIBOR) and a percentage is
    the signed spread over that rate (D73), not a name's number (GPT-4) nor a schedule (T+1)."""
    letter = norm[core_start - 2 : core_start - 1]
    return (core_start >= 2 and letter.isascii() and letter.isupper()
            and not (core_start >= 3 and norm[core_start - 3].isascii() and norm[core_start - 3].isalnum())
            and norm[end : end + 1] == "%")


VAGUE_GAPS = ("一些", "一点")  # 比三十大一些: a gap of no size, so more than 30
GAP_STARTS = frozenset("出达近约逾超")  # 多出, 高出, 多达: what goes on from a comparative to the gap's size


def _ends_with_numeral(text: str) -> bool:
    return bool(text) and (text[-1].isdigit() or text[-1] in CN_CHARS)


def _qualifier(norm: str, op: Operand, left: _Left, suffix: tuple[int, Cue] | None, kind: str, floor: int) -> str:
    """The qualifier of a quantity that is not a range: from its cues, or 比三十大 (which extends it; not a score's
    second number: 以95比71大胜)."""
    if left.cue is None and suffix is None and kind not in ("date", "duration") \
            and norm[left.start - 1:left.start] == "比" and left.start - 1 >= floor \
            and not _ends_with_numeral(norm[max(0, left.start - 2):left.start - 1]):
        than = THAN.get(norm[op.end:op.end + 1])
        # 比第二名多出8000票, 比三十多出5: a comparative that goes on to the size of a gap compares with the
        # number, whose own qualifier it is not (nor is an ordinal's: the runner-up is no bound)
        gap_follows = norm[op.end + 1:op.end + 2] in GAP_STARTS or (
            _ends_with_numeral(norm[op.end + 1:op.end + 2]) and not norm.startswith(VAGUE_GAPS, op.end + 1))
        if than and not gap_follows and not left.ordinal:  # 比三十大: more than 30
            left.start, op.end = left.start - 1, op.end + 1
            return than
    if left.cue is not None and left.cue[1].qualifier != "rank":
        return left.cue[1].qualifier
    if left.rank:
        return "at_most"
    if suffix is not None:
        return suffix[1].qualifier
    if op.at_least or (op.core is not None and op.core.at_least):
        return "at_least"
    return "exact"


def _kind(norm: str, op: Operand, left: _Left, kind: str, dates: bool) -> str:
    """The quantity's kind, from its date reading, its markers and its unit."""
    if kind == "date" and not dates:
        kind = "ordinal" if left.ordinal else "number"
    elif kind == "date":
        pass  # 第一季度 and 前三季度 are periods, not ranks
    elif left.ordinal or left.rank:
        kind = "ordinal"
    elif op.forced_kind:
        kind = op.forced_kind
    elif op.unit_kind in ("", "number"):
        kind = "number"
    if op.unit == "度" and kind == "measure":
        context = norm[max(0, left.start - 6):left.start]
        if left.below_zero or "温" in context or "氏" in context or "温" in norm[op.end:op.end + 2]:
            kind = "temperature"
    if left.below_zero and kind == "number":
        kind = "temperature"
    return kind


# shares, sums, counts and measures (续航增加120公里至650公里, 气温升高3度至36度, 退休年龄提高5岁至65岁; not
# multiples: 提升3到30倍)
MOVE_KINDS = ("percent", "currency", "number", "measure", "temperature", "age", "duration")
MOVE_TO_LEVEL = 4  # how many times the move the level after 至 is, at least (升2.5%至31%; 增长5%至8% is a range)
MAX_CUE = 5  # characters of a verb of change with its 了
RANGE_CLOSERS = ("不等", "之间", "区间")


# 七、八成, 兩、三年: two neighbouring digits written apart with 、 are a rough pair, a range (like 七八成); not a list
# of months or days (7、8月) nor a list that runs on (三、四、五成)
_PAIR_DIGITS = "一二两三四五六七八九"
PAIR_NOT_UNITS = frozenset({"月", "日", "号", "季", "季度", "时", "点", "周", "年代"})


def _spoken_pair(norm: str, first: Operand, end: int) -> Operand | None:
    """The second of a rough pair 七、八成 after `first` (a lone Chinese digit), or None."""
    digit, second = norm[first.start:first.end], norm[end + 1:end + 2]
    if (first.unit or len(digit) != 1 or digit not in _PAIR_DIGITS or len(second) != 1  # (一、 ending the text)
            or second not in _PAIR_DIGITS or norm[first.start - 1:first.start] == "、"):
        return None
    if _PAIR_DIGITS.index(second) - _PAIR_DIGITS.index(digit) not in (1, 2) or digit + second == "一二":
        return None  # (一、二 numbers points; 两 follows 一 in the string only to stand for 二)
    other = operand_at(norm, end + 1)
    if other is None or not other.unit or other.unit in PAIR_NOT_UNITS or norm.startswith("、", other.end):
        return None
    return other


def _range_ok(first: Operand, second: Operand, joiner: str) -> bool:
    """Both ends share a unit (or the first has none), and a dash range runs upwards (3-1 and 2-2 are scores)."""
    if first.forced_kind != second.forced_kind and first.forced_kind and not _per_form_upper_end(first, second):
        return False
    if first.unit and second.unit and first.unit != second.unit and not _classifier_of(first.unit, second.unit):
        return False
    if first.unit and not second.unit and not _per_form_upper_end(first, second):
        return False
    if second.value_max is not None or first.core is None or second.core is None:
        return False
    if joiner not in ("到", "至"):
        lo = _share_magnitude(first, second)
        if lo >= second.value:
            return False
    return True


def _per_form_upper_end(first: Operand, second: Operand) -> bool:
    """百分之十至十五, 千分之三到五: after a 百分之 form the upper end may be a bare numerator, higher than the first,
    in the same per hundred or thousand."""
    return (first.forced_kind == "percent" and not second.forced_kind and second.scale == 1
            and second.value > first.value)


def _moves_to_level(norm: str, start: int, first: Operand, second: Operand, joiner: str) -> bool:
    """股价下跌0.5元至12.3元, 份额提升2.5%至31%: right after a verb of change, a sum or a share and a second one many
    times it are the size of the move and the level it reached, two figures; a forecast's ends (预计增长5%至8%) and
    ends of one size (增长51.8%至67.4%) are a range; so are the ends after a forecast anywhere in the sentence."""
    if (joiner not in ("到", "至") or not first.unit or first.unit_kind not in MOVE_KINDS or first.unit == "倍"
            or first.value <= 0):
        return False
    if second.value < MOVE_TO_LEVEL * first.value or norm.startswith(RANGE_CLOSERS, second.end):
        return False  # (减价8万元至90万元不等: a range closed as one)
    before = norm[max(0, start - MAX_CUE) : start].removesuffix("了")
    if not before.endswith(_change_verbs()) and not _OBJECT_MOVED.search(norm, max(0, start - MAX_OBJECT_MOVE), start):
        return False  # (上调某利率0.25厘至5.5厘: the verb's object may stand between)
    # (法人预估，某季营收将在…之间，季增1%至7%: a forecast said earlier in the sentence reaches its clauses)
    sentence = max(norm.rfind(mark, 0, start) for mark in "。；;！？!?\n")
    return not any(cue in norm[sentence + 1 : start] for cue in word_list("forecast_cues.txt"))


def _object_moved() -> re.Pattern[str]:
    """A verb of change_objects.tsv that moves a rate or a price named right after it (上调某利率0.25厘至5.5厘,
    下调某目标一成至…): its object, a few Han characters, stands between the verb and the size of the move."""
    verbs = sorted((row["word"] for row in table("change_objects.tsv") if row["figure"] == "share"), key=len,
                   reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, verbs))})[\u4e00-\u9fff]{{1,{MAX_OBJECT}}}$")


MAX_OBJECT = 6  # characters of the object between a verb of change and the size of its move (最优惠利率)
MAX_OBJECT_MOVE = MAX_OBJECT + 3  # the object and the verb before it
_OBJECT_MOVED = _object_moved()


@cache
def _change_verbs() -> tuple[str, ...]:
    return tuple(row["cue"] for row in table("role_cues.tsv"))


def _classifier_of(first: str, second: str) -> bool:
    """0.3个至0.6个百分点, 3个至5个月: the first end writes only the classifier of the second's unit; 3元至5元/斤,
    520元至1040元/月: or the numerator of the rate the second end writes whole."""
    return (first == "个" and second.startswith("个") and len(second) > 1) or (
        second.startswith(first + "/") and len(second) > len(first) + 1)


def _share_magnitude(first: Operand, second: Operand) -> Decimal:
    """两到三万 → 20000: a lower end without magnitude takes the upper end's trailing magnitude."""
    if first.core is None or second.core is None or first.core.has_big or first.unit:
        return first.value
    mult = second.core.mult_full if abs(first.value) < 10 else second.core.mult_big
    if mult == 1:
        return first.value
    with localcontext(EXACT):
        shared = first.value * mult
    return shared if shared <= second.value else first.value


def _acceptable(norm: str, op: Operand, core: Core | None, whole: bool, marked: bool,
                cue: tuple[int, Cue] | None, is_range: bool, lone: bool = False, floor: int = 0) -> bool:
    """Whether a parsed numeral is a quantity here (一 in 统一 is not; 一台 and 第一 are; 突破亿元 is)."""
    if core is None or op.forced_kind:
        return True
    nxt = norm[op.end] if op.end < len(norm) else ""
    if core.vague:
        return False
    if core.arabic_end and not op.unit and nxt.isascii() and nxt.isalpha():
        return False  # 5G, 3D, 4K: part of a name
    if core.lone:
        if norm[op.start] in WORDLIKE_FINANCIAL:
            return whole or op.unit_kind == "currency"  # 肆圆整, but not 大陆 or 队伍
        if op.unit or marked or is_range or whole or (nxt == "大" and norm[op.start] != "一"):
            return True
        before = norm[op.start - 1] if op.start > 0 else ""
        if norm[op.start:op.end] == "零" and (norm.startswith("增长", op.end) or (
                before and before in "归为" and not norm.startswith(BELOW_ZERO, op.start))):
            return True  # 零增长, 归零, 利润为零: zero is a figure (not 气温为零下3度: the sign of what follows)
        if lone:  # 答案不是四而是五, 三的另一种写法: a numeral that is a word of its own, not part of one (四川)
            prev = norm[op.start - 1] if op.start > 0 else ""
            return (not is_han_char(prev) or prev in _BEFORE_LONE) and (not is_han_char(nxt) or nxt in _AFTER_LONE)
        return False
    if core.pair_final and not op.unit:
        return whole  # 三四 and 十四五 are not ranges; 三四千, 两三个 and 十七八岁 are
    if core.digit_string:
        # 一二三四五 is a list or a slogan; 一九九八年, 二〇二四, 零零三 and 五五折 are numbers
        zeros = "〇" in norm[op.start:op.num_end] or "零" in norm[op.start:op.num_end]
        return whole or (op.unit != "" and (core.digit_string > 2 or op.unit == "%")) or \
            (zeros and core.digit_string > 2) or _smaller_unit_of_time(norm, op)
    if core.bare:
        if norm[op.start - 1:op.start] == "每" or nxt == "级":
            return False
        if op.unit == "级":
            return True  # 洁净度为万级: a measured grade (operand.is_measured_grade)
        # 突破亿元, 近百万, 百余家 are figures; 单位：亿元, 百万富翁, 千亿级 are not; stacked magnitudes with a
        # currency (在千亿元赤字预算下, 均在千亿元以上) are a sum, unless they head a table (单位：百万元)
        stacked = op.num_end - op.start > 1
        if _said_short(norm[op.start : op.num_end]):
            return True  # 呎价万八, 叫价千二万, 售价亿五: a magnitude and its next digit said short, a figure
        header = norm[max(op.start - 6, 0) : op.start].rstrip().endswith(UNIT_HEADERS)
        money = stacked and op.unit_kind == "currency" and not header
        return cue is not None or op.at_least or core.at_least or (whole and stacked) or money
    return True



def _smaller_unit_of_time(norm: str, op: Operand) -> bool:
    """四年零三个月, 两小时零五分钟: 零 and a digit right after a larger unit of time count the smaller unit, the rest
    of one duration (find._join_durations), not a string of digits (零三)."""
    return norm[op.start] == "零" and any(
        norm.endswith(larger, 0, op.start) for larger, smaller in DURATION_STEPS if smaller == op.unit)


def _said_short(numeral: str) -> bool:
    """万八, 千二万, 亿五: a leading magnitude, the one digit that counts the next lower place (18000, 1200万,
    1.5亿) and at most one big magnitude after them; 一 only before that big magnitude (千一万, 百一万: 万一 is "in
    case"), where 百 may lead too."""
    if len(numeral) == 3 and numeral[2:] in BIG_AFTER_SPOKEN and numeral[0] in LEADS_BEFORE_BIG:
        return numeral[1] in SPOKEN_DIGITS or numeral[1] == "一"
    return len(numeral) == 2 and numeral[0] in SPOKEN_LEADS and numeral[1] in SPOKEN_DIGITS


SPOKEN_LEADS = "千万亿"  # the magnitudes said first in short speech (千二 = 1200, 万八 = 18000, 亿五 = 150000000)
SPOKEN_DIGITS = "二两三四五六七八九"
BIG_AFTER_SPOKEN = ("万", "亿")  # 千二万 = 12000000
LEADS_BEFORE_BIG = "百千万亿"  # 百一万 = 1100000, 千一万 = 11000000
BELOW_ZERO = "零下"  # a sign before a temperature, not the figure zero
UNIT_HEADERS = ("单位", ":", "：")  # 单位：百万元 heads a table: the unit of its figures


def read_half(norm: str, start: int, end: int, floor: int) -> tuple[Found | None, int]:
    """一半 and 半数 are 0.5; 半 alone only after a cue (近半, 过半) or before a time unit or 成 (半年); 大半 is more
    than half (大半年, 大半的人).
    打对折 and 半价 are half price: 50 %."""
    if norm[start:end] in ("对折", "半价"):
        op = Operand(start, end, end, Decimal(50), None, None, unit="%", unit_kind="percent")
        return Found(start, end, op, None, "exact", "percent", end), end
    op = Operand(start, end, end, HALF, None, None)
    cue = cue_before(norm, start, floor, None)
    if cue is not None and cue[1].qualifier == "rank":
        cue = None
    most = False  # 大半: more than half
    if norm[start:end] == "半":
        before = norm[start - 1] if start > floor else ""
        if before and before in HALVING_VERBS:  # 减半, 折半: halved, a fall of one half
            op.start = start - 1
            return Found(start - 1, end, op, None, "exact", "number", end), end
        most = before == "大" and (start - 2 < floor or norm[start - 2] not in _NOT_BEFORE_HALF)
        if most:
            op.start, start = start - 1, start - 1
            after = norm[end:end + 1]
            if not is_han_char(after) or after in "的数个":  # 大半的人, 大半数: a bare 大半 (not 大半导体)
                return Found(start, end, op, None, "at_least", "number", end), end
        elif before and before in ELIDED_ONE and (elided := _elided_one_and_half(norm, start, end, floor)):
            return elided, elided.end  # 个半月, 跌咗成半: spoken Cantonese leaves out the 一 of 一个半, 一成半
        elif before and before in _NOT_BEFORE_HALF:
            return None, end  # 上半年, 一个半: read elsewhere
        if cue is not None and cue[1].scope == "bare" and norm[cue[0]:start] != "过":
            cue = None
        attach_unit(norm, op)
        if cue is None and op.unit_kind not in _HALF_KINDS and not norm.startswith("打", end):
            return None, end  # 半年, 半斤, 半岁, 半打 (6); not 半导体, 半场
    suffix = cue_after(norm, op.end)
    if suffix is not None:
        op.end = suffix[0]
    qualifier = cue[1].qualifier if cue else suffix[1].qualifier if suffix else "at_least" if most else "exact"
    kind = op.unit_kind if op.unit_kind in _HALF_KINDS else "number"
    return Found(cue[0] if cue else start, op.end, op, None, qualifier, kind, end), op.end


def _elided_one_and_half(norm: str, start: int, end: int, floor: int) -> Found | None:
    """个半 before a time unit (个半月, 个半钟: 1.5 个月) and 成半 (15 %) with no numeral before them: the 一 that
    spoken Cantonese leaves out. Not after a numeral, a demonstrative or a word (这个半月, 完成半年); 成半 only after
    a verb of change, a qualifier or an aspect particle (跌咗成半, 升近成半), and not before another word."""
    at = start - 1
    if not _one_left_out(norm, at, floor):
        return None
    if norm[at] != TENTH_WORD:
        return _after_classifier_left_alone(norm, at, end, Decimal("1.5"), "exact", floor)
    before = norm[at - 1] if at > floor else ""
    if not before or before not in BEFORE_ELIDED_TENTH or is_han_char(norm[end : end + 1]) and not norm.startswith(
            AFTER_ELIDED_TENTH, end):
        return None
    op = Operand(at, end, end, Decimal(15), None, None, unit="%", unit_kind="percent", scale=TEN)
    return _with_cues(norm, op, at, floor, "exact", "percent")


def elided_one_and_some(norm: str, start: int, floor: int) -> Found | None:
    """个几 before a unit of time or of points (升咗个几百分点, 等咗个几钟: 1 and some, at least 1): the 一 of 一个几
    left out, as in 个半. `start` is where 几 stands."""
    at = start - 1
    if norm[start] != SOME or at < floor or norm[at] != CLASSIFIER or not _one_left_out(norm, at, floor):
        return None
    return _after_classifier_left_alone(norm, at, start + 1, Decimal(1), "at_least", floor)


def _one_left_out(norm: str, at: int, floor: int) -> bool:
    """Whether 个 or 成 at `at` may stand for 一个, 一成: no numeral, demonstrative or other word before it."""
    before = norm[at - 1] if at > floor else ""
    return not (before and (before in CN_CHARS or before.isdigit() or before in NOT_BEFORE_ELIDED))


def _after_classifier_left_alone(norm: str, at: int, after: int, value: Decimal, qualifier: str,
                                 floor: int) -> Found | None:
    """The figure of 个 at `at` and the unit from `after` (个半月, 个几百分点), if 个 and that unit make a unit of time
    or of points (个钟 and 个月: 钟 alone is no unit)."""
    name = classified_unit(norm, after)
    if not name:
        return None
    kind = UNITS[name].kind
    op = Operand(at, after, after + len(name) - 1, value, None, None, unit=name, unit_kind=kind)
    return _with_cues(norm, op, at, floor, qualifier, kind)


def _with_cues(norm: str, op: Operand, at: int, floor: int, qualifier: str, kind: str) -> Found:
    """`op` with the qualifier cue before it (约个半钟, 近成半, 至少翻倍) or after it (成半左右, 翻倍以上)."""
    cue = cue_before(norm, at, floor, None)
    if cue is not None and (cue[1].qualifier == "rank" or cue[1].scope == "bare"):
        cue = None
    suffix = cue_after(norm, op.end)
    if suffix is not None:
        op.end = suffix[0]
    qualifier = cue[1].qualifier if cue else suffix[1].qualifier if suffix else qualifier
    return Found(cue[0] if cue else at, op.end, op, None, qualifier, kind, op.num_end)


CLASSIFIER, TENTH_WORD = "个", "成"
SOME = "几"
ELIDED_ONE = frozenset((CLASSIFIER, TENTH_WORD))
NOT_BEFORE_ELIDED = frozenset("这那每整哪该某上下呢嗰第前后头")  # 这个半月, 每个半钟: no 一 left out
BEFORE_ELIDED_TENTH = frozenset("咗了跌升涨减少增降近逾约超过")  # 跌咗成半, 升近成半, 减少成半
AFTER_ELIDED_TENTH = ("左右", "以上", "以下", "的", "之")  # 成半左右, 成半的跌幅


_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}


def read_doubling(norm: str, start: int, end: int, floor: int) -> tuple[Found | None, int]:
    """翻倍, 倍增, 翻一番: a doubling, a rise of 1 倍 (翻两番: two, a rise of 3 倍); 至少翻倍 and 翻倍以上 are at least
    that. In 数倍增长 and 几倍增长 the 倍 is of 数倍 (several-fold, no number): no doubling."""
    if norm.startswith("倍", start) and start > floor and norm[start - 1] in "数几":
        return None, end
    doublings = _DOUBLINGS.get(norm[end - 2], 1) if norm[end - 1] == "番" else 1  # 翻两番: 2 × 2, a rise of 3 倍
    value = Decimal("1.5") if norm[start:end] == HALF_AGAIN else Decimal(2**doublings - 1)  # 倍半: 1.5 倍
    op = Operand(start, end, end, value, None, None, unit="倍", unit_kind="number")
    return _with_cues(norm, op, start, floor, "exact", "number"), op.end


COUNTED_BY = "数以"  # 数以百计, 数以万计: counted in hundreds, in tens of thousands (at least that, like 数百)
_HALF_KINDS = ("duration", "percent", "measure", "age")
HALVING_VERBS = "减折"  # before 半: 减半, 折半 (one character, so that 折半 is not read in 打折半价: 折 then 半价)
_BEFORE_LONE = frozenset(row["char"] for row in table("lone_numeral_neighbours.tsv") if row["side"] == "before")
_AFTER_LONE = frozenset(row["char"] for row in table("lone_numeral_neighbours.tsv") if row["side"] == "after")
_NOT_BEFORE_HALF = frozenset(word_list("not_before_half.txt"))


def date_literal(norm: str, start: int, end: int) -> Found:
    year = Decimal(norm[start:start + 4])
    op = Operand(start, end, end, year, None, None)
    return Found(start, end, op, None, "exact", "date", end)


# what follows a month and day, never a fraction: 10/14起, 9/30前, 12/31止, a weekday in brackets 10/15（二）
_AFTER_MONTH_DAY = re.compile(r"[起前止后当晚]|[(（][一二三四五六日天][)）]")
# a run of days: 10/14-10/20, 1/5至1/10 (the other end, after or before the joiner)
_RUN_AFTER = re.compile(r" ?[-~至到—–] ?(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9])(?![0-9/%])")
_RUN_BEFORE = re.compile(r"(?<![0-9/])(1[0-2]|0?[1-9])/(3[01]|[12]\d|0?[1-9]) ?[-~至到—–] ?$")
RUN_REACH = 8
_ROUND_DENOMINATORS = frozenset({16, 20, 25})  # 1/16, 3/20, 1/25: fractions a text may well write
_MONTH_DAY_LIST_CUES = ("分别", "依次", "各为")  # 分别为5/3: figures matched one by one (operand._slash_list)


def is_month_day(norm: str, start: int, end: int) -> bool:
    """Whether 10/14 (a month 1–12, a slash, a day 1–31) is a date rather than a fraction: a fraction written in news
    is proper and has a small or round denominator (1/3, 3/4, 1/20), so a day of 13 or more other than those, a
    day not above the month (11/3, 1/1), a word of time after it (9/30前, 9/1起), or a run of days of one month
    (1/5-1/10; not 1/3至1/2, two fractions) makes it a date; a unit, a magnitude or % after it, or 分别 before it,
    keeps it a number."""
    month, day = (int(part) for part in norm[start:end].split("/"))
    if any(cue in norm[max(0, start - 5):start] for cue in _MONTH_DAY_LIST_CUES):
        return False
    if _AFTER_MONTH_DAY.match(norm, end):
        return True
    run = _RUN_AFTER.match(norm, end)
    if run is not None:
        return (month, day) < (int(run.group(1)), int(run.group(2))) and month == int(run.group(1))
    run = _RUN_BEFORE.search(norm, max(0, start - RUN_REACH), start)
    if run is not None:
        return (int(run.group(1)), int(run.group(2))) < (month, day) and month == int(run.group(1))
    nxt = norm[end:end + 1]
    if nxt in BIG or nxt in SMALL or nxt in "个倍%" or longest_unit(norm, end) is not None:
        return False  # (3/4的受访者, 1/4英寸, 5/3亿元)
    return day <= month or (day >= 13 and day not in _ROUND_DENOMINATORS)


_LISTED_DAY = re.compile(rf"({DAY_SRC})日?(?:[、和与及]|(?=[两二三四](?:日|天)$))")  # a day of a list (8、9两日)


def is_day_list(text: str) -> bool:
    """Whether 8、9两日 (a list of days, then their count) names days of the month: each a day 1–31, rising, and as
    many as the count says (五、六两天; not 3、5三天, nor 十五、二十两日 where the second is no later)."""
    days = [int(d) if d.isdigit() else parse_day(d) for d in _LISTED_DAY.findall(text)]
    count = digit_value(text[-2])
    return len(days) == count and all(0 < a < b <= 31 for a, b in zip(days, days[1:], strict=False))


def parse_day(numeral: str) -> int:
    """一 … 三十一 as an int (0 when it is no day: 十十)."""
    core = parse_core(numeral)
    return int(core.value) if core is not None and core.length == len(numeral) and core.value <= 31 else 0


def day_list_literal(norm: str, start: int, end: int) -> Found:
    """Days of one month listed with their count (8、9两日) as one date; its value is the first day."""
    first = _LISTED_DAY.match(norm, start)
    day = first.group(1) if first else norm[start]
    op = Operand(start, end, end, Decimal(int(day) if day.isdigit() else parse_day(day)), None, None)
    return Found(start, end, op, None, "exact", "date", end)


def month_day_literal(norm: str, start: int, end: int) -> Found:
    """A month and day (10/14) as one date; its value is the month."""
    op = Operand(start, end, end, Decimal(norm[start:end].split("/")[0]), None, None)
    return Found(start, end, op, None, "exact", "date", end)
