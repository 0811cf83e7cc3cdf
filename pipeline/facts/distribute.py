"""Distribute: what a list shares. A figure listed right after a change is a change too (增长5%、8%), and one listed
right before a change written with its sign (20%与-40%); a unit written once is every figure's (0.5个及0.3个百分点);
分别 gives the N figures after it the metrics of the N figures before it in the sentence or the N measures listed right
before it (出口、进口分别增长5%和3%), or the N names listed before
it as their subjects (上海、北京分别增长3%和5%; else N short items before the metric: 低端和高端机型的售价分别…),
or the N times listed before it as their periods; N times or N names listed in the clause before N listed figures go
to them in order without 分别 too (甲及乙的预算为25亿及12亿元)."""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from pipeline.entities.lexicon import lexicon as entity_lexicon
from pipeline.facts.candidate import Candidate
from pipeline.facts.lexicon import (
    cue_endings,
    currency_name_pattern,
    list_joiners,
    period_pattern,
    role_cues,
    role_skip_endings,
)
from pipeline.facts.role import WRITTEN_SIGNS, change_named_after
from pipeline.facts.view import DocumentView
from pipeline.lexicons import table, word_list, words
from pipeline.text.tags import PROPER_TAGS
from pipeline.text.tokens import Token

NOT_IN_A_KIND = ("v", "p", "r", "d", "u", "c")  # tags of verbs and function words
RESTATING = frozenset({"或", "即", "或者"})
COMPARISON_CUES = ("较", "比", "相比", "比起")
BASES = ("同比", "环比", "按年", "按月", "按季")  # the base a change is reckoned against, not what changes
# 每吨, 每桶, 每股: the unit a price or a change is reckoned per, which names no measure of its own either
_PER_UNIT = r"每[^\W\d_]{1,3}"
_BASES = re.compile(rf"\s*(?:{'|'.join(BASES)}|实质|名义|{_PER_UNIT})*\s*")
# words that give listed figures, in order, to listed items (甲、乙分别增长3%和5%; 依次为, and Taiwan's 依序为;
# 各 before a link or a verb: 甲和乙各为5个和3个, 各自, not 各地 or 各项)
_SPREAD = re.compile(r"分别|依次|依序|各(?=自|[为為是有达達约約占佔增减減升降涨漲跌录錄])")
ADVERBS = "同期均也亦则"  # what a clause that names nothing may hold besides a comparison and verbs of change
_YEAR = re.compile(r"((?:19|20)\d\d)(?:年度?|财年)?")
_YEAR_RANGE = re.compile(r"\s*(?:年度?)?\s*[-—–~～至到]\s*")
_MONTH = re.compile(r"1[0-2]|[1-9]")
_QUARTER_NUMBERS = "一二三四1234"
_QUARTER_NUMBER = re.compile(r"[一二三四1-4]")
# 一、二、三季度, 第一、第二季度, 一至三季度: quarters listed or spanned before one 季度
_QUARTER_LIST = re.compile(r"第?[一二三四1-4](?:(?:\s*(?:[、和及与]|(?P<span>[至到~～—–-]))\s*第?[一二三四1-4])+)"
                           r"(?P<suffix>季度|季)")
_MONTH_RANGE = re.compile(r"(1[0-2]|[1-9])\s*[-—–~～至到]\s*(1[0-2]|[1-9])月")  # 7至9月, 1-3月
_MONTH_LIST = re.compile(r"(?:(?:1[0-2]|[1-9])月?[、和及与]\s*)+(?:1[0-2]|[1-9])月$")  # 7、8、9月, 10月和11月
_ITEM_JOINER = re.compile(r"以及|[、和及与/／]")  # 甲、乙和丙; 销量/产量: a slash lists items as 、 does
_ENUMERATION_COMMA = re.compile(r"、")
# an item of a list of holders: letters, and digits only after a letter (富时100指数, CAC40指数), no figure or time
_ITEM = re.compile(r"[^\W\d_][^\W_]{0,11}")
# the last item of a list with the count of the items after it (甲、乙、丙三款车型: 丙), not a numeral inside a name
# (三一重工, 四川: no classifier after it)
_COUNT_OF_ITEMS = re.compile(r"(.+?)(?<!第)[两二三四五六七八九十]+[个家款地市县区省国所间座类种大只支名位城]")
_COUNTED_ITEM = re.compile(r"[\u4e00-\u9fff]{1,6}[、及和与]")  # 医生、 between 2名 and 5名
# a numeral of a list that writes the shared word once, after its last numeral (二、三、四线城市; 一二级公路)
_ELIDED_NUMERAL = re.compile(r"[一二三四五六七八九十0-9]")
_ELIDED_JOINERS = "、和及与"


def continue_lists(view: DocumentView, candidates: list[Candidate]) -> None:
    """增长5%、8% or 上升5位、7位: a figure listed right after a change is a change too, of the same sign."""
    for prev, cand in zip(candidates, candidates[1:]):
        between = view.text[prev.quantity.end : cand.quantity.start].strip()
        same_unit = prev.quantity.unit == cand.quantity.unit
        # 增长419人，或0.01%: a figure restated in another unit after 或/即 is the same change
        restated = between.lstrip(",，").strip() in RESTATING
        # (after a comma only with no metric of its own: 增幅为0.8%，4成雇员表示被冻薪 is a new fact)
        own_metric = cand.metric is not None and cand.metric != prev.metric
        # 增聘2名医生、5名护士: counts of one classifier listed with their nouns
        counted = same_unit and _COUNTED_ITEM.fullmatch(between) is not None
        listed = (joined(between) or (between in (",", "，") and same_unit and not own_metric) or restated
                  or counted)
        if prev.role == "change" and cand.role in ("amount", "change") and listed and prev.line == cand.line:
            cand.role, cand.sign = prev.role, prev.sign  # 分别回落0.6和0.2个百分点: the sign of the first too
        elif (prev.role == "amount" and cand.role == "change" and between in list_joiners() and same_unit
              and cand.quantity.text[:1] in WRITTEN_SIGNS):
            prev.role = "change"  # 30%与-50%: a figure listed with a change written with its sign is a change too
    # 分别录得1.2%、2%及3.5%的升幅: figures listed before one whose change is named after it share that change, from
    # the last back so that a list of three or more passes it on
    passed_on = None
    for prev, cand in reversed(list(zip(candidates, candidates[1:]))):
        if (prev.role == "amount" and cand.role == "change" and prev.line == cand.line
                and prev.quantity.unit == cand.quantity.unit
                and view.text[prev.quantity.end : cand.quantity.start].strip() in list_joiners()
                and (cand is passed_on or change_named_after(view.text, cand.quantity))):
            prev.role, prev.sign = "change", cand.sign
            passed_on = prev


def share_list_units(view: DocumentView, candidates: list[Candidate]) -> None:
    """分别下跌0.5个及0.3个百分点: a figure listed before one whose unit extends its own (个 before 个百分点) has that
    unit too, written once for the list; 分别为22万、25万及29万元人民币: one in the unit of a figure after it that names
    its currency has that currency too. From the last figure back, so that a list of three or more passes it on."""
    named = None  # the figure whose written currency the figures before it in its list take
    for prev, cand in reversed(list(zip(candidates, candidates[1:]))):
        unit, whole = prev.quantity.unit, cand.quantity.unit
        if prev.line != cand.line or not joined(view.text[prev.quantity.end : cand.quantity.start].strip()):
            named = None
            continue
        if unit and whole != unit and whole.startswith(unit) and prev.quantity.kind != "measure":
            # (a measure is a unit in full: 100MW/200MWh lists a power and an energy, no 100 MWh)
            prev.quantity = replace(prev.quantity, unit=whole, kind=cand.quantity.kind)
        named = cand if _names_currency(view, cand) else named
        if (named is not None and unit == whole and prev.currency and prev.currency != named.currency
                and not _names_currency(view, prev)):
            prev.currency = named.currency


def share_list_qualifiers(view: DocumentView, candidates: list[Candidate]) -> None:
    """分别超过3万台及2万台, 各约1.2亿元、0.8亿元: a qualifier written once right after 分别 (or 依次, 各), before the
    first figure of a list, bounds every figure of the list that has no qualifier of its own."""
    lead: Candidate | None = None  # the list's first figure, which the qualifier was written with
    for prev, cand in zip(candidates, candidates[1:]):
        if prev.line != cand.line or not joined(view.text[prev.quantity.end : cand.quantity.start].strip()):
            lead = None
            continue
        if lead is None and _bound_after_spread(view, prev):
            lead = prev
        if lead is None:
            continue
        q = cand.quantity
        if q.qualifier == "exact" and q.value_max is None and q.kind == lead.quantity.kind:
            cand.quantity = replace(q, qualifier=lead.quantity.qualifier)
        elif q.qualifier != lead.quantity.qualifier:
            lead = None  # 分别约5万人、超过3万人: each figure its own qualifier


def _bound_after_spread(view: DocumentView, cand: Candidate) -> bool:
    """Whether the figure's qualifier is a cue written between 分别 (依次, 各) and its numeral (分别超过|3万台,
    各约|1.2亿元, 分别增长约|5%), not a cue after it (分别为5万台以上: the first figure's own)."""
    q = cand.quantity
    if q.qualifier not in BOUNDS or q.value_max is not None:
        return False
    clause = view.clause_start(q.start)
    spread = spread_in(view.text[clause : q.start])
    if spread is None:
        return False
    lead = _NUMERAL_START.match(q.text)
    head = view.text[clause + spread[1] : q.start] + (lead.group() if lead else "")
    head = head.strip()
    # (after a link or a short verb: 分别为约5%, 分别增长约5%和8%)
    return any(head.endswith(cue) and len(head) - len(cue) <= MAX_VERB_BEFORE_BOUND
               for cue in _prefix_bounds().get(q.qualifier, ()))


BOUNDS = ("approx", "at_least", "at_most")
_NUMERAL_START = re.compile(r"[^\d〇零一二两三四五六七八九十百千]+")  # the cue a figure's span opens with (约, 超过)
MAX_VERB_BEFORE_BOUND = 4  # characters of a link or verb between 分别 and the cue (分别为约, 分别增长约)


@cache
def _prefix_bounds() -> dict[str, frozenset[str]]:
    """The prefix cues of qualifiers.tsv that apply anywhere (约, 超过, 突破, 不足 …), by qualifier."""
    cues: dict[str, set[str]] = {}
    for row in table("qualifiers.tsv"):
        if row["position"] == "prefix" and row["scope"] == "any":
            cues.setdefault(row["qualifier"], set()).add(row["cue"])
    return {qualifier: frozenset(words) for qualifier, words in cues.items()}


def _names_currency(view: DocumentView, cand: Candidate) -> bool:
    """Whether a money figure writes its currency's name (29万元人民币, 5亿美元), not only the generic 元."""
    q = cand.quantity
    return currency_name_pattern().search(view.text, q.start, q.end) is not None


def joined(between: str) -> bool:
    """Whether the text between two figures joins them in a list: a list joiner, also after a comma (5%，以及3%)."""
    return between.lstrip(",，").strip() in list_joiners()


def spread_in(head: str) -> tuple[int, int] | None:
    """The span in `head` (a clause up to a figure) of its last word that spreads figures over items in order."""
    spans = [m.span() for m in _SPREAD.finditer(head)]
    return spans[-1] if spans else None


def share_out_lists(view: DocumentView, candidates: list[Candidate], periods: Sequence[tuple[int, int]]) -> None:
    """分别 (or 依次, 依序): N figures after it take, in order, the metrics of the N figures before it in the
    sentence, the N names listed before it as subjects, and the N time phrases (`periods`, sorted) listed before it
    as periods."""
    by_line: dict[int, list[Candidate]] = {}
    for c in candidates:
        by_line.setdefault(c.line, []).append(c)
    for group in by_line.values():
        i = done = 0  # (figures before `done` were shared out by an earlier 分别 of the line)
        shared: list[Candidate] = []  # the figures the last 分别 of the line shared out
        shared_holders: list[tuple[int, int]] = []  # and the holders it gave them, if it gave them any
        while i < len(group):
            c = group[i]
            head = view.text[view.clause_start(c.quantity.start) : c.quantity.start]
            listed = _listed_from(view, group, i)
            spread = spread_in(head)
            if spread is None:
                if len(listed) < 2:  # a figure listed alone: no times or names to share out to it
                    i += 1
                    continue
                # 将在2031年、2032年升至84亿和97亿: N times listed in the clause before N listed figures, in order
                times = last_run(view.text, periods, view.clause_start(c.quantity.start), c.quantity.start)
                if len(listed) > 1 and len(times) == len(listed):
                    for target, time in zip(listed, times):
                        target.period = time
                clause = view.clause_start(c.quantity.start)
                if (len(shared) == len(listed) and (c.metric is None or c.metric[1] <= c.quantity.start)
                        and view.sentence_start(shared[0].quantity.start) == view.sentence_start(clause)
                        and names_nothing(view, clause, len(_without_link(head)))):
                    # 营收和纯利分别增长12%及5%，至45亿元及6亿元: a second list of as many figures whose clause names
                    # nothing of its own (a metric found in it is its verb: 按季升) measures what the first measured
                    for target, source in zip(listed, shared):
                        target.metric = source.metric
                # 甲及乙的预算为25亿及12亿元: N names listed in the clause before N listed figures, in order
                holders = names_listed(view, clause, c.quantity.start)
                if (len(listed) > 1 and not holders and len(shared_holders) == len(listed) and shared
                        and view.sentence_start(shared[0].quantity.start) == view.sentence_start(clause)
                        and names_nothing(view, clause, len(head))):
                    holders = shared_holders  # 甲和乙分别新增5家和9家，同比增长20%和30%: the same holders
                if len(listed) > 1 and len(holders) == len(listed):
                    for target, holder in zip(listed, holders):
                        target.subject = holder
                i += 1
                continue
            sentence = view.sentence_start(c.quantity.start)
            before = [b for b in group[done:i] if b.quantity.start >= sentence]
            clause = view.clause_start(c.quantity.start)
            # (比率分别是14%及4%: a metric named right before 分别 is the figures' own; not 较上年度分别上升)
            # (出口和进口按年分别上升: a basis of comparison between them changes nothing)
            named = (c.metric is not None and clause <= c.metric[0]
                     and _BASES.fullmatch(view.text, c.metric[1], clause + spread[0]) is not None
                     and not view.text[clause : c.metric[0]].rstrip("上去本同").endswith(COMPARISON_CUES))
            # (分别持股50%和10%, 分别排行第3名及第6名: a measure named after 分别 is the figures' own too)
            after = names_a_measure(head[spread[1] :])
            if len(listed) > 1 and len(before) >= len(listed) and not (named or after):
                for target, source in zip(listed, before[-len(listed):]):
                    target.metric = source.metric
            elif (len(listed) > 1 and len(shared) == len(listed)
                  and (c.metric is None or c.metric[0] < clause or not (named or after))
                  and names_nothing(view, clause, spread[0])):
                # 收入、利润分别为5亿元、1亿元，同比分别增长9%、14%: a second list that names nothing of its own
                # (分别相当于总数的三成及两成 names its own) measures what the first list measured, in the same order;
                # so does one whose only metric is its verb after 分别 (…分别为5亿元、1亿元，分别增长9%、14%)
                for target, source in zip(listed, shared):
                    target.metric = source.metric
            elif len(listed) > 1 and named and len(metrics := measures_listed(view, clause, c.metric)) == len(listed):
                for target, metric in zip(listed, metrics):  # 营收、净利润分别为5亿元和1亿元
                    target.metric = metric
            elif (len(listed) > 1 and sentence < clause and (c.metric is None or c.metric[0] < clause)
                  and names_nothing(view, clause, spread[0])
                  and (metrics := measures_in(view, view.clause_start(clause - 1), clause - 1, len(listed)))):
                for target, metric in zip(listed, metrics):  # 甲的营收、净利润增速均居中游，分别为第7名、第9名
                    target.metric = metric
            elif (len(listed) > 1 and (named or c.metric is None or c.metric[0] < clause)
                  and (not after or head[spread[1] :].strip() in ACT_LINKS)
                  and len(acts := acts_listed(view, clause, clause + spread[0], len(listed))) == len(listed)):
                for target, act in zip(listed, acts):  # 订购、交付分别为30架和12架: each act names its own figure
                    target.metric = act
            elif len(listed) > 1 and named:
                for target in listed:  # 增速分别回落0.2和0.4个百分点: the metric named before 分别 is every figure's
                    target.metric = c.metric
            # 羊肉、牛肉价格分别上涨: the first kinds' measure is the 价格 they share (set once their subjects are read)
            shared_measure = (measure_shared(view, clause, c.metric, len(listed))
                              if len(listed) > 1 and named and c.metric is not None else None)
            holders = names_listed(view, clause, clause + spread[0], len(listed))
            if not holders and sentence < clause:
                # 甲、乙早盘股价回落，现分别跌5%和3%: the names listed as the topic of the sentence's earlier clause
                holders = names_listed(view, sentence, clause)
            if len(holders) != len(listed) and c.metric is not None and clause < c.metric[0]:
                # (小麦、玉米、水稻产量分别…: the last kind ends before the measure the kinds share)
                stop = _before_time(view.text, periods, min((shared_measure or c.metric)[0], clause + spread[0]))
                items = kinds_listed(view, clause, stop, len(listed))
                if any(_overlaps_any(item, periods) for item in items):
                    items = []  # (一、二、三季度的营收分别…: times listed, which date the figures and hold none)
                owner = c.subject
                # (某市新房和二手房价格分别…: kinds of a thing 某市 holds, not holders; but a holder cut out of the
                # word of a kind, 美 of 美股, is part of that kind's name)
                inside = owner is not None and view.tokens[view.token_index_at(owner[0])].end > owner[1]
                # (日经225指数和韩国综合指数: a holder inside a later kind's name is that kind's, not the list's)
                later = owner is not None and any(a <= owner[0] and owner[1] <= b for a, b in items[1:])
                # (该楼A座及B座: a holder that ends where the first item ends is that item, not their owner)
                first = owner is not None and bool(items) and owner[1] == items[0][1]
                if not (owner and items and clause <= owner[0] < stop and owner not in items and not inside
                        and not later and not first):
                    holders = items
            if not holders and sentence < clause and names_nothing(view, clause, spread[0]):
                # 甲组及乙组，分别增加30票及12票: the kinds listed at the end of the clause before
                holders = kinds_listed(view, view.clause_start(clause - 1), clause - 1, len(listed), whole=False)
            if len(holders) != len(listed) and len(listed) == 2 and sentence < clause:
                holders = compared_pair(view, sentence, clause) or holders  # 男性比率较女性高，分别为x及y
            if len(holders) != len(listed) and sentence < clause:
                # 以60岁的男性及女性为例，每月分别可获x及y: populations listed earlier in the sentence, as many
                holders = populations_listed(view, sentence, clause, len(listed)) or holders
            if len(holders) != len(listed) and len(shared_holders) == len(listed) and (names_nothing(
                    view, clause, spread[0]) or view.sentence_start(shared[0].quantity.start) == sentence):
                # 甲和乙分别新增5家和9家，分别占两成和三成: the first list's holders; also for a measure of their own
                # in the same sentence (甲和乙销量分别增长5%和8%，市占率则分别升至40%和30%)
                holders = shared_holders
            elided = (elided_holders(view.text, c.subject, clause, len(listed))
                      if len(holders) != len(listed) and len(listed) > 1 and c.subject is not None else [])
            if elided:
                holders = [span for span, _ in elided]
                for target, (_, rest) in zip(listed, elided):
                    target.subject_rest = rest
                    if target.metric is not None and target.metric[0] < c.subject[1] < target.metric[1]:
                        target.metric = (c.subject[1], target.metric[1])  # (城市 of 四线城市 is the holder's)
            shared_holders = holders if len(listed) > 1 and len(holders) == len(listed) else []
            for target, holder in zip(listed, shared_holders):
                target.subject = holder
            times = last_run(view.text, periods, clause, clause + spread[0], len(listed))
            scope = clause
            if not times and sentence < clause:
                # 上半年和下半年，某公司营收分别为…, 2022年至2024年，…: the times that open the sentence
                times, scope = last_run(view.text, periods, sentence, clause, len(listed)), sentence
            written: list[str | None] = [None] * len(listed)
            if len(times) == 1:
                # a span of times gives one to each figure only for a series of one measure of one holder (2023—2024年，
                # 营收和利润分别增长… dates both by the span)
                series = not shared_holders and len({_metric_text(view, t) for t in listed}) == 1
                span = times[0]
                spelled = (quarters_listed(view.text, scope, span[1], len(listed), ranges=series)
                           or (months_of_range(view.text, *span, len(listed)) if series else []))
                times = (years_of(view.text, *span, len(listed), ranges=series)
                         or months_listed(view.text, scope, span[1], len(listed)) or [span] * len(spelled))
                written = (spelled or (middle_years(view.text, *span, len(listed)) if series else written)
                           if len(times) == len(listed) else written)
            if len(listed) > 1 and len(times) == len(listed):  # 第一季度和全年的收入分别增长15%和12%
                for target, time, year in zip(listed, times, written):
                    target.period, target.period_text = time, year
            if shared_measure is not None:
                for target in listed[:-1]:
                    target.metric = shared_measure
            shared = listed
            i = done = i + len(listed)  # (a line may hold more than one: 甲和乙分别跌1%和2%，丙和丁分别涨3%和4%)


def elided_holders(text: str, owner: tuple[int, int], start: int,
                   count: int) -> list[tuple[tuple[int, int], tuple[int, int] | None]]:
    """二、三、四线城市, 三四级公路 (the holder found, `owner`, is 四线城市 or 三四级公路): where `count` bare numerals,
    listed up to the start of the words the holder writes after them, share those words, each numeral's span with the
    span of the shared words (线城市), the last numeral's with the words themselves and none; [] where no such list
    of `count` numerals (none before `start`, the clause's start) ends the holder's opening numerals."""
    run = owner[0]
    while run < owner[1] and (_ELIDED_NUMERAL.fullmatch(text, run, run + 1) or text[run] in _ELIDED_JOINERS):
        run += 1
    if run == owner[0] or run == owner[1] or _ELIDED_NUMERAL.fullmatch(text, run - 1, run) is None:
        return []
    numerals: list[tuple[int, int]] = []
    at = run
    while len(numerals) < count:
        if numerals and at > start and text[at - 1] in _ELIDED_JOINERS:
            at -= 1
        if at <= start or _ELIDED_NUMERAL.fullmatch(text, at - 1, at) is None:
            return []
        numerals.insert(0, (at - 1, at))
        at -= 1
    if at > start and _ELIDED_NUMERAL.fullmatch(text, at - 1, at) is not None:
        return []  # (十二、三线: more numerals than figures)
    rest = (run, owner[1])
    return [*((numeral, rest) for numeral in numerals[:-1]), ((numerals[-1][0], owner[1]), None)]


def _before_time(text: str, periods: Sequence[tuple[int, int]], end: int) -> int:
    """Where the time phrase of the sorted `periods` that ends at `end` (or at a 的 before it) starts, else `end`:
    the kinds of 甲、乙与丙11月营收 end before their month, which dates the figures and names no kind."""
    stop = end - 1 if text[end - 1 : end] == "的" else end
    k = bisect.bisect_left(periods, (stop,)) - 1
    while k >= 0 and periods[k][1] != stop and periods[k][0] > stop - 12:
        k -= 1
    return periods[k][0] if k >= 0 and periods[k][1] == stop else end


def _overlaps_any(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """Whether `span` overlaps one of the sorted `spans`."""
    return any(a < span[1] and span[0] < b for a, b in spans if a < span[1])


def names_a_measure(words: str) -> bool:
    """Whether the words between 分别 and its first figure name something (持股, 排行) besides verbs of change and
    linking words (上升, 同比增长了, 为, 约, 占)."""
    rest = without_verbs_of_change(words.strip())
    return bool(rest) and rest not in SHARE_LINKS


def without_verbs_of_change(words: str, adverbs: str = "") -> str:
    """`words` without the verbs of change and skip words (and `adverbs`) they end with: 同比增长了 -> 同比."""
    rest = words
    while (word := cue_endings().longest_ending(rest) or role_skip_endings().longest_ending(rest)) is not None:
        rest = rest[: -len(word)].rstrip().rstrip(adverbs)
    return rest


# 分别占, 分别相当于: a share of what came before, no measure of its own
SHARE_LINKS = frozenset({"占", "相当于", "等同", "等于", "等同于", "仅占", "约占"})


def _repeats(between: str, verb: str) -> bool:
    """Whether `between` is a list joiner then the end of `verb` said again (和涨 after 收涨, 和增长 after 增长), or
    after a verb of change another one (分别增长2%、3%和下降1%), or after a level reached another (升至…和降至)."""
    return any(between.startswith(joiner) and 0 < len(between) - len(joiner)
               and (len(between) - len(joiner) <= len(verb) and verb.endswith(between[len(joiner) :])
                    or cue_word(verb) and between[len(joiner) :] in role_cues()
                    or _level_verb(verb) and _level_verb(between[len(joiner) :]))
               for joiner in list_joiners())


def _level_verb(words: str) -> bool:
    """Whether `words` end in a verb of change and 至 or 到 (升至, 降到): a level reached (分别升至40%和降至60%)."""
    return words.endswith(LEVEL_ENDS) and cue_word(words[:-1])


LEVEL_ENDS = ("至", "到")


def _without_link(head: str) -> str:
    """A clause's words up to its figure without the word that links them to it (为, 达, 至, 升至): 分别升至 -> 分别."""
    head = head.rstrip()
    if head.endswith(LEVEL_ENDS):
        head = head[:-1]
        return head[: -len(verb)] if (verb := cue_endings().longest_ending(head)) else head
    link = max((w for w in ACT_LINKS if head.endswith(w)), key=len, default="")
    return head[: len(head) - len(link)]


def cue_word(phrase: str) -> bool:
    """Whether a phrase ends in a verb of change (上升, 同比增长)."""
    return cue_endings().longest_ending(phrase) is not None


def names_nothing(view: DocumentView, clause: int, length: int) -> bool:
    """Whether the `length` characters of a clause before its 分别 (or its figure) hold only a comparison, a time and
    verbs of change (同比, 较上年, 比去年同期增长) or nothing: no measure or holder of their own."""
    head = view.text[clause : clause + length].strip()
    for cue in COMPARISON_CUES + BASES:
        head = head.replace(cue, "")
    time = period_pattern().match(head)
    return not without_verbs_of_change((head[time.end() :] if time else head).strip(ADVERBS), ADVERBS)


def _listed_from(view: DocumentView, group: list[Candidate], i: int) -> list[Candidate]:
    """The figures of a line's `group` listed from the i-th on: joined by a list joiner or a comma, or after 分别 by a
    joiner and the verb the first figure follows said again (分别收涨3%和涨1%)."""
    start = group[i].quantity.start
    head = view.text[view.clause_start(start) : start]
    # (without 分别, the verb of change the first figure follows: 月增3%、年减5%及年增2%)
    spread = spread_in(head)
    verb = head[spread[1] :] if spread else (cue_endings().longest_ending(head.rstrip()) or "")
    listed = [group[i]]
    for d in group[i + 1 :]:
        between = view.text[listed[-1].quantity.end : d.quantity.start].strip()
        if joined(between) or between in (",", "，") or _repeats(between, verb):
            listed.append(d)
        else:
            break
    return listed


def years_of(text: str, start: int, end: int, count: int, ranges: bool = True) -> list[tuple[int, int]]:
    """The `count` years one time phrase lists (2022、2023年: each) or spans (2022—2024年: the first and the last,
    and the whole phrase for a year between them, which has no words of its own: `middle_years` names it), or [] if
    it names another number of years."""
    years = list(_YEAR.finditer(text, start, end))
    if len(years) == 2 and _YEAR_RANGE.fullmatch(text, years[0].end(), years[1].start()):
        first, last = int(years[0].group(1)), int(years[1].group(1))
        if last - first + 1 != count or not ranges:
            return []
        return [years[0].span(), *[(start, end)] * (count - 2), years[1].span()]
    return [m.span() for m in years] if len(years) == count else []


def middle_years(text: str, start: int, end: int, count: int) -> list[str | None]:
    """For each of the `count` years `years_of` finds in a span of years (2022—2024年), the year it names but the
    text does not write, as the last year is written (2023年), or None for a year the text writes: the period of
    the middle figure of 分别为10亿元、12亿元及15亿元."""
    years = list(_YEAR.finditer(text, start, end))
    if count < 3 or len(years) != 2 or not _YEAR_RANGE.fullmatch(text, years[0].end(), years[1].start()):
        return [None] * count
    first, last = int(years[0].group(1)), int(years[1].group(1))
    if last - first + 1 != count:
        return [None] * count
    suffix = years[1].group()[len(years[1].group(1)) :]
    return [None, *(f"{year}{suffix}" for year in range(first + 1, last)), None]


def months_of_range(text: str, start: int, end: int, count: int) -> list[str]:
    """The `count` months a span of months names (7至9月: 7月, 8月, 9月), each as the text would write it alone, or []
    if it names another number of months."""
    m = _MONTH_RANGE.search(text, start, end)
    if m is None or m.end() != end:
        return []
    first, last = int(m.group(1)), int(m.group(2))
    return [f"{month}月" for month in range(first, last + 1)] if last - first + 1 == count else []


def quarters_listed(text: str, start: int, end: int, count: int, ranges: bool = True) -> list[str]:
    """一、二、三季度, 第一和第二季度 (ending at `end`, the period found), and with `ranges` 一至三季度: the `count`
    quarters a list or a span names, each as the text would write it alone (一季度, 第二季度), or []."""
    m = next((m for m in _QUARTER_LIST.finditer(text, start, end) if m.end() == end), None)
    if m is None:
        return []
    ordinal = "第" if m.group().startswith("第") else ""
    suffix = m.group("suffix")
    numbers = [_QUARTER_NUMBERS.index(n) % 4 + 1 for n in _QUARTER_NUMBER.findall(m.group())]
    if m.group("span"):
        if not ranges or len(numbers) != 2:
            return []
        numbers = list(range(numbers[0], numbers[1] + 1))
    quarters = [f"{ordinal}{_QUARTER_NUMBERS[n - 1]}{suffix}" for n in numbers]
    return quarters if len(quarters) == count else []


def _metric_text(view: DocumentView, c: Candidate) -> str | None:
    return view.text[slice(*c.metric)] if c.metric else None


def months_listed(text: str, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """7、8、9月 (ending at `end`, the period found: 9月): the `count` months a list names, the last one with its 月;
    [] if it names another number of months."""
    listing = _MONTH_LIST.search(text, start, end)
    if listing is None:
        return []
    months = [m.span() for m in _MONTH.finditer(text, listing.start(), end)]
    months[-1] = (months[-1][0], end)
    return months if len(months) == count else []


def items_listed(text: str, start: int, end: int, count: int | None = None,
                 view: DocumentView | None = None) -> list[tuple[int, int]]:
    """低端、中端和高端手机的成本分别…, 甲、乙两类会员的年费分别…: where the words between the start of the clause and
    the metric are a list of short items with no figure in them, the spans of the items (the last one keeps the words
    they share: 高端手机); [] otherwise. Given the `count` of figures, items cut at every joiner that are not as many
    are cut at 、 alone (甲及乙制造、丙及丁制造行业: two items with 及 inside). Given the `view`, a joiner inside a
    word of its words is no cut (甲党与共和党: the 和 of 共和党)."""
    region = text[start:end].rstrip()
    region = region[:-1] if region.endswith("的") else region
    items = _cut(region, start, _ITEM_JOINER, view)
    if count is not None and len(items) != count and "、" in region:
        items = _cut(region, start, _ENUMERATION_COMMA)
    if count is not None and len(items) != count and view is not None:
        items = _cut(region, start, _ITEM_JOINER)  # (甲东及乙西: a joiner jieba glued into a rare word still joins)
    if items and (mark := text.find("的", *items[-1])) > items[-1][0]:
        items[-1] = (items[-1][0], mark)  # 甲、乙的新增: what follows the 的 is the measure's, not the last item's
    if not all(_is_item(text[a:b]) for a, b in items):
        return []
    if len(items) > 1 and (count := _COUNT_OF_ITEMS.match(text, *items[-1])) is not None:
        items[-1] = (items[-1][0], items[-1][0] + len(count.group(1)))  # 甲、乙两市: 乙, the count no part of it
    return items


def _is_item(item: str) -> bool:
    """Whether a piece of a list may name a kind or a holder: `_ITEM`, and digits in it no time (富时100指数, not
    预计2031年第三季度: a period, no holder)."""
    return _ITEM.fullmatch(item) is not None and (item.isalpha() or period_pattern().search(item) is None)


def _cut(region: str, start: int, joiner: re.Pattern[str], view: DocumentView | None = None) -> list[tuple[int, int]]:
    """The spans (offset by `start`) of the pieces of `region` between its joiners (not inside a word of `view`)."""
    cuts = [m.span() for m in joiner.finditer(region) if view is None or not _inside_word(view, start + m.start(),
                                                                                           start + m.end())]
    bounds = [0, *[k for span in cuts for k in span], len(region)]
    return [(start + a, start + b) for a, b in zip(bounds[::2], bounds[1::2])]


def _inside_word(view: DocumentView, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a longer word of the view's words (和 in 共和党)."""
    tok = view.tokens[view.token_index_at(start)]
    return tok.start <= start and end <= tok.end and tok.end - tok.start > end - start


def kinds_listed(view: DocumentView, start: int, end: int, count: int, whole: bool = True) -> list[tuple[int, int]]:
    """The `count` items listed by the run of nouns and joiners that ends at `end` (某价格飙升已使低端、中端和
    高端手机的: 低端, 中端, 高端手机), or else (if `whole`) by the whole stretch from `start` (`items_listed`:
    甲及乙制造、丙制造行业, whose items hold verbs); [] if neither lists `count` items."""
    items = items_listed(view.text, kind_run_start(view, start, end), end, count, view)
    if len(items) != count and whole:
        time = period_pattern().match(view.text, start, end)  # (上半年甲和乙计价金价: not 上半年甲)
        items = items_listed(view.text, time.end() if time else start, end, count, view)
    return items if len(items) == count else []


def _kind_token(tok: Token) -> bool:
    """Whether a word may be part of an item that names a kind: a noun, adjective or noun-verb (设备, 高端, 测量),
    not a verb, function word, number, time or punctuation."""
    return not (tok.tag.startswith(NOT_IN_A_KIND) and tok.tag != "vn" or tok.tag in ("x", "m", "t", "q")
                or not _ITEM.fullmatch(tok.text))


def kind_run_start(view: DocumentView, start: int, end: int) -> int:
    """Where the run of common nouns and list joiners that ends at `end` (before a 的) begins, no earlier than
    `start`: 某某已使低端、中端和高端手机 -> 低端; `end` when the words before it are no nouns."""
    stop = end - 1 if view.text[end - 1 : end] == "的" else end
    k, run = view.token_index_at(stop - 1), stop
    while k >= 0 and view.tokens[k].start >= start:
        tok = view.tokens[k]
        joiner = tok.text in list_joiners()
        if not joiner and not _kind_token(tok) and not _digits_inside_name(view, k):
            break
        run = run if joiner else tok.start
        k -= 1
    return run


def _digits_inside_name(view: DocumentView, k: int) -> bool:
    """Whether the k-th word is digits glued to a word on either side, a kind's word after them (标普|500|指数,
    日经|225|指数): part of a name, not a figure."""
    tok = view.tokens[k]
    if not (tok.text.isascii() and tok.text.isdigit() and 0 < k < len(view.tokens) - 1):
        return False
    before, after = view.tokens[k - 1], view.tokens[k + 1]
    return (before.end == tok.start and _ITEM.fullmatch(before.text) is not None
            and after.start == tok.end and _kind_token(after))


def measures_listed(view: DocumentView, clause: int, metric: tuple[int, int]) -> list[tuple[int, int]]:
    """出口、进口分别增长…: where the metric named right before 分别 closes a list of short items that each name a
    measure (measure_endings.txt) and are no names, the items, each the metric of one figure in turn; else []."""
    items = items_listed(view.text, clause, metric[1], view=view)
    if len(items) < 2 or items[-1][1] != metric[1] or any(item in view.name_set for item in items):
        return []
    # (金融、周期占比分别降低2%、1%: kinds of one measure, which is the metric of both)
    endings = word_list("measure_endings.txt")
    measures = [view.text[slice(*item)].endswith(endings) for item in items]
    if all(measures):
        # (某电池的能量密度和循环寿命: the holder before 的 is no part of the first measure)
        first = view.text.rfind("的", *items[0])
        if first >= 0 and first + 1 < items[0][1]:
            return [(first + 1, items[0][1]), *items[1:]]
        # (某港口今年进口、出口: a holder and a time before the first measure are no part of it)
        run = kind_run_start(view, items[0][0], items[0][1])
        return [(run, items[0][1]), *items[1:]] if run < items[0][1] else items
    # 水稻、棉花分别增长4%和6% after a sentence on 小麦产量: bare kinds with no measure of their own, the metric the
    # last of them alone, are kinds of a measure carried from before; each kind names its own figure
    bare = (not any(measures) and metric[0] == items[-1][0]
            and not any(view.overlaps_name(*item) or not names_a_kind(view, item) for item in items))
    return items if bare else []


def acts_listed(view: DocumentView, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """新签、续签合同分别…, 生产、销售汽车分别…, 订购／交付分别…: the `count` words joined by 、 or a slash right
    before `end` (分别), where at least one of them is a verb (an act, which jieba may tag as a noun elsewhere) and none
    is a name, a time or a figure, each the metric of one figure in turn (the last keeps the noun the acts share, the
    first is the word before the first joiner, with a one-character modifier glued before it: 新|签); else []."""
    k = view.token_index_at(end - 1)
    pieces: list[list[Token]] = [[]]
    while k >= 0 and view.tokens[k].start >= start:
        tok = view.tokens[k]
        if tok.text in ACT_JOINERS and pieces[-1] and len(pieces) < count:
            pieces.append([])
        elif _act_token(view, tok) and (len(pieces) == 1 or not pieces[-1]):
            pieces[-1].insert(0, tok)  # (the last item may hold words; an earlier one is one word)
        else:
            break
        k -= 1
    if len(pieces) != count or not pieces[-1] or (k >= 0 and view.tokens[k].text in ACT_JOINERS):
        return []  # (a list longer than the figures is not theirs)
    first = pieces[-1]
    before = view.tokens[k] if k >= 0 and view.tokens[k].start >= start else None
    if (before is not None and len(first[0].text) == 1 and len(before.text) == 1 and _act_token(view, before)
            and before.end == first[0].start):
        first.insert(0, before)  # 新|签
        k -= 1
        before = view.tokens[k] if k >= 0 and view.tokens[k].start >= start else None
    if before is not None and _act_token(view, before):
        return []  # (甲类整机装配、乙类零件装配企业利润: the first item runs on before the word of its joiner)
    items = [(p[0].start, p[-1].end) for p in reversed(pieces)]
    if (not any(p[0].tag.startswith("v") for p in pieces) or view.text[items[-1][1] : end].strip()
            or view.text[slice(*items[-1])].endswith(word_list("measure_endings.txt"))):
        return []  # (an act heads one of the items at least, not 男、女各自比率; 零售、对公占比: kinds of one measure)
    return items


ACT_JOINERS = frozenset({"、", "/", "／"})  # (not 和 or 及, which join names and kinds as often)
# 分别为: words after 分别 that name no measure of their own
ACT_LINKS = frozenset({"为", "是", "达", "达到", "约为", "约", "有", "共", "合共", "合计", "录得"})


def _act_token(view: DocumentView, tok: Token) -> bool:
    """Whether a word may be part of a listed act: a verb, a noun or a modifier, not a name or a time."""
    return (tok.tag.startswith(("v", "n", "a", "b", "j")) and tok.tag not in PROPER_TAGS
            and _ITEM.fullmatch(tok.text) is not None and not tok.text.isascii()
            and not view.overlaps_name(tok.start, tok.end) and period_pattern().fullmatch(tok.text) is None)


def measures_in(view: DocumentView, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """营收、净利润增速均居中游: the first list of `count` items between `start` and `end` joined by 、 (the run of
    nouns and joiners around it) when each item names a measure (measure_endings.txt); else []."""
    comma = view.text.find("、", start, end)
    if comma < 0:
        return []
    k, stop = view.token_index_at(comma), comma
    while k < len(view.tokens) and view.tokens[k].start < end and (
            view.tokens[k].text in list_joiners() or _kind_token(view.tokens[k])):
        stop = view.tokens[k].end
        k += 1
    items = items_listed(view.text, kind_run_start(view, start, comma), stop, count, view)
    endings = word_list("measure_endings.txt")
    return items if len(items) == count and all(view.text[slice(*i)].endswith(endings) for i in items) else []


def measure_shared(view: DocumentView, clause: int, metric: tuple[int, int], count: int) -> tuple[int, int] | None:
    """羊肉、牛肉价格分别…: where the metric named right before 分别 is the last of a list of `count` kinds, of which
    only the last ends in a measure (measure_endings.txt), the span of that measure word, which the kinds share;
    else None (甲、乙类会员折扣比例: the metric, 会员折扣比例, is no item but what the items share)."""
    items = items_listed(view.text, clause, metric[1], view=view)
    if len(items) != count or items[-1] != metric or any(view.overlaps_name(*item) for item in items):
        return None
    endings = word_list("measure_endings.txt")
    if any(view.text[slice(*item)].endswith(endings) for item in items[:-1]):
        return None
    last = view.tokens[view.token_index_at(metric[1] - 1)]  # 鲜果/价格, 同店/销售额: the measure is a word of its own
    whole = last.end == metric[1] and metric[0] < last.start and len(last.text) > 1 and last.text.endswith(endings)
    return (last.start, last.end) if whole else None


def names_a_kind(view: DocumentView, item: tuple[int, int]) -> bool:
    """水稻, 有色金属: the item's words are common nouns and modifiers only (no proper noun, verb, preposition,
    pronoun or particle: 拟建公 is a clause cut at a list joiner, not a kind) and it ends in no place suffix (某某县
    is a holder)."""
    first, last = view.token_index_at(item[0]), view.token_index_at(item[1] - 1)
    return not (view.text[item[1] - 1] in entity_lexicon().admin_endings
                or any(tok.tag.startswith(NOT_IN_A_KIND) or tok.tag in PROPER_TAGS
                       for tok in view.tokens[first : last + 1]))


def names_listed(view: DocumentView, start: int, end: int, count: int | None = None) -> list[tuple[int, int]]:
    """上海、北京的GDP: the last run of names between `start` and `end` with only list joiners between them (of
    `count` names if one is)."""
    return last_run(view.text, view.names, start, end, count)


def last_run(text: str, spans: Sequence[tuple[int, int]], start: int, end: int,
             count: int | None = None) -> list[tuple[int, int]]:
    """The last run of the sorted `spans` between `start` and `end` with only list joiners between them; given a
    `count`, the last run of that many if there is one (甲、乙、丙三地中A、B两区的…分别为x、y、z: 甲, 乙, 丙). An aside
    in brackets after a span does not break the run, nor is a span inside it one of the run (甲公司（0001.HK）和乙公司,
    甲市（A区）和乙市（B区）)."""
    runs: list[list[tuple[int, int]]] = []
    asides = [m.span() for m in _ASIDE.finditer(text, start, end)]
    # only the spans that start between `start` and `end` (bisected: asked for each figure, of every name)
    for span in spans[bisect.bisect_left(spans, (start,)) : bisect.bisect_right(spans, (end, math.inf))]:
        if span[0] < start or span[1] > end or any(a < span[0] and span[1] < b for a, b in asides):
            continue
        if not runs or _ASIDE.sub("", text[runs[-1][-1][1] : span[0]]).strip() not in list_joiners():
            runs.append([])
        runs[-1].append(span)
    counted = [run for run in runs if len(run) == count]
    return (counted or runs or [[]])[-1]


_ASIDE = re.compile(r"[(（][^()（）]{0,20}[)）]")


def compared_pair(view: DocumentView, start: int, end: int) -> list[tuple[int, int]]:
    """男性饮酒的比率较女性高，比率分别为…: in text[start:end], the first holder (a name or a population noun) of a
    clause and the one right after its 较 or 比, the two holders of a list of two; [] if no clause compares two."""
    first = view.token_index_at(start)
    for k in range(first, len(view.tokens) - 1):
        tok = view.tokens[k]
        if tok.start >= end:
            break
        if tok.text not in COMPARING or (other := _holder_at(view, view.tokens[k + 1].start)) is None:
            continue
        clause = max(view.clause_start(tok.start), start)
        opener = next((h for j in range(view.token_index_at(clause), k)
                       if (h := _holder_at(view, view.tokens[j].start)) is not None), None)
        if opener is not None and opener[1] <= tok.start:
            return [opener, other]
    return []


COMPARING = frozenset({"较", "比"})


def populations_listed(view: DocumentView, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """The last run of `count` population nouns (男性, 长者: population_nouns.txt) joined by list joiners between
    `start` and `end`; [] if there is none."""
    first, last = view.token_index_at(start), view.token_index_at(max(end - 1, start))
    spans = [(tok.start, tok.end) for tok in view.tokens[first : last + 1]
             if tok.start >= start and tok.text in words("population_nouns.txt")]
    run = last_run(view.text, spans, start, end, count)
    return run if len(run) == count else []


def _holder_at(view: DocumentView, start: int) -> tuple[int, int] | None:
    """The name starting at `start`, or the population noun (男性, 长者) that is the word there."""
    if (name := view.name_at(start)) is not None:
        return name
    tok = view.tokens[view.token_index_at(start)]
    return (tok.start, tok.end) if tok.start == start and tok.text in words("population_nouns.txt") else None


