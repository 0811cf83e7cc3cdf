"""`find_quantities`: every number expression in a text, in order, with offsets into the text as given."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal, localcontext

from pipeline.numerals.characters import EXACT, NUMERALS, clean
from pipeline.numerals.lexer import CORE, FIRST, START, blocked_mask, fold, squeeze
from pipeline.numerals.operand import Operand
from pipeline.numerals.reader import (
    Found,
    date_literal,
    day_list_literal,
    is_day_list,
    is_month_day,
    month_day_literal,
    read_doubling,
    read_half,
    read_quantity,
)
from pipeline.numerals.units import DURATION_STEPS


@dataclass(frozen=True)
class Quantity:
    """One number expression. Offsets index the text given to `find_quantities`; `text` is that slice."""

    start: int
    end: int
    text: str
    value: Decimal
    value_max: Decimal | None
    unit: str
    currency: str
    qualifier: str
    kind: str
    number_start: int
    number_end: int
    implied_max: Decimal | None = None


def find_quantities(text: str, *, dates: bool = False, lone: bool = True) -> list[Quantity]:
    """Every number expression in `text`, in order and non-overlapping, with exact Decimal values.

    `kind` is one of number, percent, ordinal, currency, measure, temperature, age, duration. With `dates=True`
    (the facts stage, which must drop dates and use them as periods) a point in time is one expression of kind
    'date' (2024年3月5日); by default it is read as the numbers it is written with. With `lone=False` a lone
    Chinese numeral standing as a word with no unit (答案不是四而是五) is left out, as the facts stage wants.
    """
    with localcontext(EXACT):
        return _find(text, dates, lone)


# 比 (比例, 之比, 收入比) a few characters before, in the same clause: what follows is a ratio (not 比赛, 比较, 比如);
# or 的比例 right after it
_RATIO_CUE = re.compile(r"比(?![赛较如])[^,，。;；:：!！?？\n]{0,6}$")
_RATIO_AFTER = re.compile(r"的?比(?:例|率)")
RATIO_CUE_REACH = 10


def _is_ratio_after_cue(norm: str, start: int, m: re.Match[str]) -> bool:
    """1:15 named a ratio (人口比例约为1:15, 按1:10的比例) gives the ratio's terms; alone it would be a time of day."""
    return ":" in m.group() and (_RATIO_CUE.search(norm, max(start - RATIO_CUE_REACH, 0), start) is not None
                                 or _RATIO_AFTER.match(norm, m.end()) is not None)


def _find(text: str, dates: bool, lone: bool) -> list[Quantity]:
    folded = fold(text)
    norm, index = squeeze(folded)
    mask = blocked_mask(norm)
    bounds = (len(norm) - len(norm.lstrip()), len(norm.rstrip()))  # a numeral that is the whole text
    found: list[Quantity] = []
    pos = floor = 0
    while True:
        first = FIRST.search(norm, pos)
        if first is None:
            break
        start = first.start()
        m = None if mask[start] else START.match(norm, start)
        if m is None:
            pos = start + 1
            continue
        group = m.lastgroup
        if group == "time" and _is_ratio_after_cue(norm, start, m):
            m, group = CORE.match(norm, start), "core"  # 人口比例约为1:15: a ratio's terms, not 1:15 o'clock
        if group == "time" or m is None:
            pos = start + 1 if m is None else m.end()
            continue
        if group == "mday" and not is_month_day(norm, start, m.end()):
            m, group = CORE.match(norm, start), "core"  # 1/3, 3/4的: a fraction
        if group == "dlist" and not (dates and is_day_list(norm[start:m.end()])):
            m, group = CORE.match(norm, start), "core"  # 8、9两日 read as numbers without dates; 3、5三天: no such list
        if group == "dlist":
            hit = day_list_literal(norm, start, m.end())
            found.append(_quantity(text, hit, index))
            pos = floor = hit.end
            continue
        month_day = group == "mday"
        if month_day:
            group = "date"
        if group == "date" and not dates:  # 2024-08-14: three numbers
            for part in re.finditer(r"\d+", norm[start:m.end()]):
                a, b = start + part.start(), start + part.end()
                op = Operand(a, b, b, Decimal(part.group()), None, None)
                found.append(_quantity(text, Found(a, b, op, None, "exact", "number", b), index))
            pos = floor = m.end()
            continue
        if group == "date":
            literal = month_day_literal if month_day else date_literal
            hit, resume = literal(norm, start, m.end()), m.end()
        elif group == "half":
            hit, resume = read_half(norm, start, m.end(), floor)
        elif group == "double":
            hit, resume = read_doubling(norm, start, m.end(), floor)
        else:
            hit, resume = read_quantity(norm, start, m.end(), floor, bounds, dates, lone)
        if hit is None:
            pos = max(resume, start + 1)
            continue
        found.append(_quantity(text, hit, index))
        pos = floor = hit.end
    if len(found) < 2:
        return found
    return _share_list_units(text, folded, _join_durations(text, _join_bounds(text, folded, found)))


_BOUND_LINK = re.compile(r"[ \t]*[,，、;；]?[ \t]*(?:的同时|同时|并且|并|且|而且|而|但|又|和|与)?[ \t]*")


def _join_bounds(text: str, folded: str, found: list[Quantity]) -> list[Quantity]:
    """A lower and an upper bound side by side are one range: 1000以上，1500以下; 大于4865并少于20793;
    大于二十的同时小于等于三十五. Not when they cannot both hold (大于50小于12) or speak of different things
    (x大于10且y小于20: only a joining word may stand between them)."""
    out: list[Quantity] = []
    for q in found:
        p = out[-1] if out else None
        if p is not None and {p.qualifier, q.qualifier} == {"at_least", "at_most"} \
                and p.implied_max is None and q.implied_max is None \
                and (p.unit == q.unit or not p.unit or not q.unit) and _BOUND_LINK.fullmatch(folded, p.end, q.start):
            lo, hi = (p, q) if p.qualifier == "at_least" else (q, p)
            if lo.value < hi.value:
                unit_of = q if q.unit else p
                out[-1] = Quantity(p.start, q.end, text[p.start:q.end], lo.value, hi.value, unit_of.unit,
                                   unit_of.currency, "range", q.kind if q.kind != "number" else p.kind,
                                   p.number_start, q.number_end)
                continue
        out.append(q)
    return out


def _join_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """1年10个月, 3小时20分钟, 1分59秒: a duration in a larger unit right before one in a smaller unit is one
    duration, counted in the smaller unit (22 个月, 200 分钟, 119 秒)."""
    out: list[Quantity] = []
    for q in found:
        p = out[-1] if out else None
        factor = DURATION_STEPS.get((p.unit, q.unit)) if p is not None and p.end == q.start else None
        # (分 beside an hour or a second is a minute, not the classifier of points: 1分59秒, 2小时01分)
        kinds = {p.kind if p.unit != "分" else "duration", q.kind if q.unit != "分" else "duration"} if p else set()
        # (约3小时40分钟: a qualifier before the larger unit qualifies the whole duration)
        if factor and kinds == {"duration"} and p.value_max is None and q.value_max is None \
                and p.qualifier in ("exact", "approx") and (p.qualifier == "exact" or q.qualifier == "exact"):
            qualifier = q.qualifier if p.qualifier == "exact" else p.qualifier
            out[-1] = Quantity(p.start, q.end, text[p.start:q.end], p.value * factor + q.value, None, q.unit, "",
                               qualifier, "duration", p.number_start, q.number_end)
            continue
        out.append(q)
    return out


_LIST_LINK = re.compile(r"[ \t]*(?:、|及|和|与|或|以及|/|×|\*)[ \t]*")  # 8/12/16GB (operand._slash_list), 30×40厘米
_TIMES = ("×", "*")  # the signs between the sides of a size (30×40厘米)
# the magnitudes a list's last figure may lend its list-mates, in both scripts; their values are numerals.tsv's
_MAGNITUDES = {c: int(NUMERALS[fold(c)][1]) for c in "万萬亿億千仟百兆"}
_BIG = frozenset("万萬亿億兆")  # a magnitude a figure written with 千 or 百 may still take from its list-mate
# the magnitudes that end a list's last figure: the small ones (千, 百), then the big ones (万, 亿)
_TRAILING_MAGNITUDES = re.compile(r"([千仟百]*)[多余几]?([万萬亿億兆]*)$")
_PLAIN_NUMERAL = re.compile(r"[0-9.,一二三四五六七八九十两兩〇零]+")


def _lent_scale(text: str, q: Quantity) -> tuple[int, int]:
    """The magnitudes the last figure of a list lends its list-mates: all those that end it (for a plain 6 of
    6、8、9万元 or 3 of 3、4千万), and the big ones alone (for 三千 of 三千和四千万元: 三千万, not 三千千万); 1 where it
    lends none. The figure's own numeral must be plain up to them (四千万, 4000多万)."""
    numeral = text[q.number_start : q.number_end]
    m = _TRAILING_MAGNITUDES.search(numeral)
    if m is None or not m.group() or not _PLAIN_NUMERAL.match(numeral):
        return 1, 1
    head = numeral[: m.start()]
    if not _PLAIN_NUMERAL.fullmatch(head):
        return 1, 1
    small = math.prod(_MAGNITUDES[ch] for ch in m[1])
    big = math.prod(_MAGNITUDES[ch] for ch in m[2])
    return small * big, big if m[1] else 1


def _share_list_units(text: str, folded: str, found: list[Quantity]) -> list[Quantity]:
    """分别为6、8、9万元, 18億及7億元, 三千多和四千多万元: a unit (and a magnitude) written once, after the last figure
    of a list, belongs to every figure of it; a figure written with 千 or 百 takes only the big magnitude (万, 亿)
    of a last figure written with the same small one before it."""
    out = list(found)
    lent = (1, 1)  # what the list's last figure lends: (to a plain figure, to one written with 千 or 百)
    for k in range(len(out) - 1, 0, -1):
        p, q = out[k - 1], out[k]
        if p.unit or p.currency or not q.unit or p.kind != "number" or not _LIST_LINK.fullmatch(folded, p.end, q.start):
            lent = (1, 1)
            continue
        if p.number_end - p.number_start < 2 and folded[p.end : q.start].strip() in _TIMES:
            lent = (1, 1)  # 4×100米接力: a lone digit times a distance counts legs of a relay, no side of a size
            continue
        if lent == (1, 1):
            lent = _lent_scale(text, q)
        own = text[p.number_start : p.number_end]
        if any(ch in _BIG for ch in own):
            lent = (1, 1)  # 20多萬及8萬6千個: p has its own big magnitude
        scale = lent[1] if any(ch in _MAGNITUDES for ch in own) else lent[0]
        value_max = p.value_max * scale if p.value_max is not None else None
        implied = p.implied_max * scale if p.implied_max is not None else None
        out[k - 1] = replace(p, value=p.value * scale, value_max=value_max, unit=q.unit, currency=q.currency,
                             kind=q.kind, implied_max=implied)
    return out


def _quantity(text: str, hit: Found, index: list[int] | None) -> Quantity:
    op = hit.op
    value_max = clean(hit.value_max) if hit.value_max is not None else None
    start, end, number_start, number_end = hit.start, hit.end, op.start, hit.number_end
    if index is not None:  # offsets into the squeezed text → offsets into the given text
        start, number_start = index[start], index[number_start]
        end, number_end = index[end - 1] + 1, index[number_end - 1] + 1
    # A frozen dataclass's __init__ sets each field through object.__setattr__, 1.6 µs for these twelve (a fifth
    # of the time per quantity); filling the instance dict at once makes the same object five times faster.
    quantity = object.__new__(Quantity)
    quantity.__dict__.update(
        start=start,
        end=end,
        text=text[start:end],
        value=clean(op.value),
        value_max=value_max,
        unit=op.unit,
        currency=op.currency,
        qualifier=hit.qualifier,
        kind=hit.kind,
        number_start=number_start,
        number_end=number_end,
        implied_max=clean(op.implied) if op.implied is not None else None,
    )
    return quantity
