"""Role: whether a figure is an `amount`, a `change` (with its sign) or a `rank`.

Rank for ordinals; change after a change cue (增长, 下降, 同比 …, with the skip words 了, 分别 in between), after a
comparative (40% 更快), or for a growth rate stated as a level (增速低于20%); amount otherwise.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from pipeline.facts.candidate import Candidate
from pipeline.facts.lexicon import (
    SUPERLATIVE,
    Endings,
    Starts,
    comparative_cues,
    comparatives,
    cue_endings,
    magnitudes_of_change,
    percent_units,
    point_units,
    rate_noun_pattern,
    rate_units,
    role_cues,
    role_skip_endings,
    streak_words,
)
from pipeline.facts.view import DocumentView
from pipeline.lexicons import table, word_list, words
from pipeline.numerals import Quantity
from pipeline.numerals.reader import HALVING_VERBS
from pipeline.numerals.units import UNITS
from pipeline.text.tokens import Token


def role_of(view: DocumentView, q: Quantity) -> tuple[str, int]:
    """(role, sign): sign is -1 for a decrease."""
    if q.kind == "ordinal" or is_second_time(view, q):
        return "rank", 1
    text = view.text
    if q.unit == "倍" and (any(word in q.text for word in word_list("doubling_words.txt")) or q.text.startswith("翻")
                          or (text[max(q.start - 3, 0) : q.start].endswith(MULTIPLYING_VERBS)
                              and not text[max(q.start - 3, 0) : q.start].endswith(NOT_MULTIPLYING))):
        # 翻倍, 倍增: the word is the change; 翻了近3倍, 翻超两倍, 买多一倍: so is the multiple after 翻 or 多
        return "change", 1
    if q.text[:1] in HALVING_VERBS and q.text[1:] == "半":
        return "change", -1  # 减半, 折半: the figure is the fall
    if q.value == 0 and text.startswith(ZERO_GROWTH, q.end):
        return "change", 1  # 零增长: no change is a change of zero
    if q.unit in percent_units() and text[q.start : q.start + 1] in WRITTEN_SIGNS:
        # 环比+60%, 同比-10.5%: a share written with its sign is a change (its value has the sign); 毛利率为-3%: a level
        return ("amount" if _level_with_sign(view, q) else "change"), 1
    prefix = text[view.clause_start(q.start) : q.start]
    if q.text.startswith(ABOUT) and cue_endings().longest_ending(prefix.rstrip() + ABOUT[0]):
        prefix = prefix.rstrip() + ABOUT[0]  # 扩大约15个基点: the number grammar read 大约 and cut 大 off 扩大
    if q.kind == "duration" and (is_run_of_moves(prefix) or prefix.rstrip().endswith(streak_words())):
        return "amount", 1  # 连跌三日, 涨幅连续四年: how long the run lasted, not a change
    if q.unit in percent_units() and (sign := _size_of_change_before(view, q)) is not None:
        return "change", sign  # 三成雇员会加薪，幅度为1.7%: the size of the change the clause before names
    signs = role_cues()
    if has_comparative_after(text, q):  # 40% 更快: a comparison after the figure is a change
        following = text[q.end : q.end + 4].lstrip()
        sign = next(sign for cue, sign in comparatives().items() if following.startswith(cue))
        return "change", (-1 if sign == "-" else 1)
    if q.unit in percent_units() and (act := act_named_after(text, q)):
        return "change", _sign_of(text[slice(*act)])  # 为25个基点的降息: the size of the act of change it modifies
    if (sign := _pace_named_after(text, q)) is not None:
        return "change", sign  # 以年均12%的速度扩张, 以每年一成的幅度下跌: the pace of the move named after it
    if (sign := _effect_named_after(view, q)) is not None:
        return "change", sign  # 约1.5%的负面影响, 15%的估值溢价, 有300元的降价: what the noun after it says
    if (sign := _lead_before(view, prefix, q)) is not None:
        return "change", sign  # 落后榜首两分, 领先第二名的对手一倍: a lead or a lag over whom it names
    pull = _pull_before(prefix, q)
    if pull == -1:
        return "change", -1  # 拖累某指标增长0.8个百分点: the pull down decides, the measure after it may name a rise
    # the nearest cue word before the figure, allowing skip words (了, 分别, 同比 …) in between
    rest = prefix.rstrip()
    while rest:
        if (_is_share(q) or _difference_of_measure(rest)) and (sign := _more_or_less_by(rest)) is not None:
            # 乘客量少咗成半, 收成多了两成: a share more or less than before is a change; so is any figure after a
            # measure's name (人数多了300人) or after Cantonese 咗 (人工多咗千几蚊), which says the change is done
            return "change", sign
        if q.unit in percent_units() and rest.endswith(RATE_MOVES):
            return "change", RATE_MOVES_SIGNS[rest[-2:]]  # 毛利率改善2个百分点, 净息差恶化5个基点
        if rest.endswith(SAVING_VERBS):
            # 功耗节省35%, 较旧线节省10分钟: a cut of the measure, against what it was; a sum saved alone is an amount
            saved_from = q.unit in percent_units() or any(cue in prefix for cue in _difference_cues())
            return ("change", -1) if saved_from else ("amount", 1)
        if (sign := _sum_of_change(rest)) is not None:
            return "change", sign  # 营收增长额达12亿元, 出口增量为50万吨: the noun names the change
        cue = cue_endings().longest_ending(rest)
        if (base := _per_unit_ending(rest)) and (cue is not None or cue_endings().longest_ending(
                rest[: -len(base)].rstrip())):
            # 调高至每升8元: 每升 is per litre, a base of the price, no rise; 溢价每桶2美元: the base after the cue
            rest = rest[: -len(base)].rstrip()
            continue
        if cue is not None:
            sign = signs[cue]
            if rest[: -len(cue)].endswith(SUPERLATIVE):
                return "amount", 1  # 最贵1880元, 最便宜的一款: the extreme of a range of levels, no move
            if sign == "0" or (q.unit in ACT_COUNTS and cue not in COUNT_CHANGES) or q.text.startswith(CAP_NOUNS):
                # 降息一次: how often the act is done (but 多1次, 增加两次); 资助上限3万元: the cap of a relief, a level
                return "amount", 1
            if q.kind == "duration" and (cue == PLUS or cue in word_list("change_acts.txt")):
                return "amount", 1  # 距首次加息约2年, 审批3年加建设5年: a time after an act or a sum, no change
            return "change", (-1 if sign == "-" else 1)
        if rest[-1:] in _than_signs() and (any(cue in prefix for cue in _difference_cues())
                                            or _moved_between_levels(view, q)
                                            or (rest[-1] in GAP_WORDS and rest[:-1].endswith(RATIO_WORDS))
                                            or _compared_in_clause_before(view, q, rest)):
            # 较初值低3.2万人, 比旧款高2倍, 由60宗少三成至42宗: a difference, against a base or a level left;
            # 患病机率低近半, 复发率高两成: a rate said to be higher or lower by the figure
            # (甲款比乙款快三成，功耗却低两成: a bare comparative whose base the clause before names)
            sign = _than_signs()[rest[-1]]
            return "change", (-sign if q.kind == "duration" and rest[-1] in SPEED_WORDS else sign)
        if (sign := _more_or_less_done(rest)) is not None and any(
                cue in prefix for cue in (*_difference_cues(), *PERIOD_ON_PERIOD)):
            return "change", sign  # 比预期少赚2亿元, 按年少赚12%: more or less of an act than the base
        skip = _skip_in(rest, role_skip_endings().longest_ending(rest))
        if skip == HAVING and _counts_things_named_after(view, q):
            break  # 下降有三个原因: what the change has, counted, not its size
        if skip is None and q.unit == "股" and (cut := _before_holding(rest, view, q)) is not None:
            rest = cut  # 减持某某科技股份不超过N股, 增持某某银行N股: the cue stands before the shares named
            continue
        if skip is None and (year := _YEAR_BETWEEN.search(rest)) is not None:
            rest = rest[: year.start()].rstrip()  # 宽减2025/26年度五成税款: the year the change is for
            continue
        if skip is None and (aside := _ASIDE_AT_END.search(rest)) is not None:
            rest = rest[: aside.start()].rstrip()  # 同比增长（按可比口径）12%, 年增（YoY）12%: a note on the change
            continue
        if skip is None:
            if q.unit in percent_units() and rest.endswith(RATE_IS) and (
                    named := _change_named_before(rest[: -len(RATE_IS)])) is not None:
                return named  # 平均增长为9.3%: the growth rate
            if (sign := _change_of_object(view, rest, q)) is not None:
                return "change", sign  # 新增摊位90个, 增设病床200张: the change of what the verb acts on
            break
        if skip in FROM_WORDS and _LEVEL_LEFT.match(view.text, q.end):
            break  # 营收同比由5亿元增至8亿元: the level left, not the change the cue before 由 names
        rest = rest[: -len(skip)].rstrip()
    if pull == 1:
        return "change", 1  # 拉高整体毛利率0.5个百分点
    if q.unit in point_units() and (sign := _bare_gap(rest)) is not None:
        return "change", sign  # 甲县比全省高1.5个百分点，乙县要高3个百分点: a gap whose benchmark is said before
    if (sign := _gap_against(text, prefix, q)) is not None:
        return "change", sign  # 高于全国平均水平20%, 低于基准价每桶1.5美元: a gap against a benchmark
    if q.unit in percent_units() and (rate := last_rate_named(text, _rate_clause_start(view, q), q.start)):
        # 增速低于20%, 复合增速平均值达26%: a growth rate stated as a level; 跌幅收窄至2%: a fall
        return "change", _sign_of_size(view, rate, q.start)
    if q.unit in percent_units() and (sign := _growth_moving(view, q)) is not None:
        return "change", sign  # 销售增长由上季的5%放缓至2%: the growth rate, from one level to another
    if q.unit in percent_units() and (sign := _growth_reaching(rest)) is not None:
        return "change", sign  # 经济增长放缓至2.1%: a growth that slows or quickens to a rate is that rate
    if q.unit in percent_units() and (rate := rate_named_after(view, q)):
        return "change", _sign_of(rate)  # 超过70%的降幅
    if q.unit in percent_units() and (sign := _move_named_after(view, q)) is not None:
        return "change", sign  # 出现12%的萎缩, 录得3%的下滑: the share is the size of the move named after it
    if q.currency and (rate := last_rate_named(text, view.clause_start(q.start), q.start)) and rate.endswith(
            ("幅", "幅度", "力度")):
        return "change", _sign_of(rate)  # 涨价幅度在100元到200元之间, 优惠力度达500元: a sum sizing a change
    if q.unit in INDEX_POINTS and (sign := _points_of_move(view, q)) is not None:
        return "change", sign  # 某指跌幅收窄至48点, 升幅扩大至300点: the size of a move, in an index's points
    if (earlier := _list_item_before(view, q)) is not None:
        return role_of(view, earlier)  # 增137名人手、58张病床: a cue before a list holds for each item
    if (earlier := _restated_before(view, q)) is not None and (role := role_of(view, earlier))[0] == "change":
        return role  # 增长4.2%，预期3.8%; 增长15%，低于某方预期的18%: another value of the change just given
    if (earlier := _converted_before(view, q)) is not None:
        return role_of(view, earlier)  # 减少5亿美元，约合36亿元人民币: the same sum in another currency
    if (sign := _label_of_change_above(view, q)) is not None:
        return "change", sign  # 同比增长⏎5.2%: a figure alone on its line under a label that names a change
    return "amount", 1


@cache
def _effect_words(side: str) -> dict[str, int]:
    """effect_words.tsv's words of one side, with their signs (~ read as +)."""
    return {row["word"]: (-1 if row["sign"] == "-" else 1) for row in table("effect_words.tsv") if row["side"] == side}


@cache
def _effect_after() -> re.Pattern[str]:
    """的, a few modifying characters and a word that says the figure is a change; the words of room (上行空间)
    also with nothing between."""
    words = "|".join(sorted(map(re.escape, _effect_words("after")), key=len, reverse=True))
    room = "|".join(sorted((re.escape(w) for w in _effect_words("after") if w.endswith(ROOM)), key=len, reverse=True))
    return re.compile(rf"\s*(?:{RANGING})?(?:[的嘅][\u3400-\u9fff]{{0,4}}?({words})|({room}))")


def _effect_named_after(view: DocumentView, q: Quantity) -> int | None:
    """The sign of a noun after a share or a sum that says it is a change (约1.5%的负面影响, 给予15%的估值溢价,
    有50至200元不等的减价, 隐含25%上行空间); None otherwise (a count: 3个方面的负面影响)."""
    if not _is_share(q) and not q.currency:
        return None
    m = _effect_after().match(view.text, q.end)
    if m is not None:
        return _effect_words("after")[m.group(1) or m.group(2)]
    if (relief := _relief_of_share(view, q)) is not None:
        return _effect_words("charge")[relief.group(1)]  # 百分百铺租宽免, 三成会费优惠: the share of the charge cut
    return None


def _pace_named_after(text: str, q: Quantity) -> int | None:
    """The sign of a verb of change (role_cues.tsv, + or -) after the figure, 的 and a word of pace (以每年约2%的速度
    扩张, 以每年一成的幅度下跌, 以每月N亿美元的速度攀升); None otherwise (20%的速度优势: no verb of change)."""
    m = _PACE_AFTER.match(text, q.end)
    if m is None or not _PER_TIME_BEFORE.search(text, max(q.start - MAX_PER_TIME, 0), q.start):
        return None
    cue = next((text[m.end() : m.end() + n] for n in (3, 2, 1) if text[m.end() : m.end() + n] in role_cues()), None)
    if cue is None or role_cues()[cue] not in ("+", "-"):
        return None
    return -1 if role_cues()[cue] == "-" else 1


# the time a pace is per, right before its figure (每年, 每季度, 年均): a move per time, not a speed (时速350公里)
_PER_TIME_BEFORE = re.compile(r"(?:每(?:一)?(?:年|季度|季|个月|月|周|星期|日|天)|[年月]均)(?:约|近|超过|逾|超|大约)?$")
MAX_PER_TIME = 8
# 的, a word of pace and an adverb of how the move goes on, before the verb of change
_PACE_AFTER = re.compile(
    r"的(?:年均|平均)?(?:速度|幅度|步伐|速率|节奏|增速)(?:持续|继续|不断|稳步|快速|大幅|逐年|逐月|逐步)?")


FRACTION_WORDS = ("分之", "半")  # 三分之一, 一半: a fraction written in words


def _is_share(q: Quantity) -> bool:
    """A percentage, or a fraction written as one (三分之一, 一半: no unit, below 1), which a noun of effect or relief
    after it sizes like a share (三分之一的学费减免, 一半的租金宽免)."""
    if q.unit in percent_units():
        return True
    return (not q.unit and q.value_max is None and 0 < q.value < 1
            and any(word in q.text for word in FRACTION_WORDS))


@cache
def _relief_after() -> re.Pattern[str]:
    """A charge of a few characters (租金, 牌照费), with or without 的, and a word of relief (effect_words.tsv, side
    `charge`) that ends its phrase: no verb or noun glued after it (优惠政策 names a policy)."""
    words = "|".join(sorted(map(re.escape, _effect_words("charge")), key=len, reverse=True))
    return re.compile(rf"\s*的?[\u3400-\u9fff]{{0,5}}?({words})(?![\u3400-\u9fff])")


PAID_SHARE = "折"  # 八折, 九五折: tenths of the listed price that the buyer pays


def _relief_of_share(view: DocumentView, q: Quantity) -> re.Match[str] | None:
    """The charge and the word of relief after a share that sizes the cut (三成会费优惠); None after a share written
    in 折, which is the share of the price paid (八折优惠: gold D62, an amount), and after anything else."""
    if not _is_share(q) or q.text.endswith(PAID_SHARE):
        return None
    return _relief_after().match(view.text, q.end)


def effect_span_after(view: DocumentView, q: Quantity) -> tuple[int, int] | None:
    """Where the words after 的 that make a share or a sum a change stand, up to the word of effect (25个基点的息率变动,
    200至500元不等的减价, 15%的估值溢价, 隐含25%上行空间): what changed, as `_effect_named_after` reads it; after a
    share, the charge and its word of relief (可获五成会费宽免, 八成的牌照费减免: the relief the share is of, not a
    word of the clause before, such as 为期)."""
    if not _is_share(q) and not q.currency:
        return None
    m = _effect_after().match(view.text, q.end)
    if m is None and (relief := _relief_of_share(view, q)) is not None:
        opening = relief.group()[: relief.start(1) - relief.start()]
        start = relief.start() + len(opening) - len(opening.lstrip().removeprefix("的"))
        return start, relief.end(1)
    if m is None:
        return None
    if m.group(2):
        return m.span(2)
    return _OF.search(view.text, q.end, m.start(1)).end(), m.end(1)  # type: ignore[union-attr]  # (the match holds one)


def _pull_before(prefix: str, q: Quantity) -> int | None:
    """The sign of a verb that pulls a measure by a figure in points (拖累某指标0.8个百分点, 拉高毛利率0.5个百分点):
    the last one of the clause, with no other figure after it and the figure not a level it reaches (拉低至3%)."""
    if q.unit not in percent_units() or q.unit == "%" or prefix.rstrip().endswith(("至", "到")):
        return None
    found = max(((prefix.rfind(w), w) for w in _effect_words("before")), default=(-1, ""))
    if found[0] < 0 or _DIGIT.search(prefix, found[0]):
        return None
    return _effect_words("before")[found[1]]


def _lead_before(view: DocumentView, prefix: str, q: Quantity) -> int | None:
    """The sign of a lead or a lag (领先, 落后: effect_words.tsv, side `lead`) over a rival named between it and a
    figure of a gap (a rate, a multiple, a time or a score: 落后榜首两分, 领先对手约3个季度), the rival's words all
    nouns; None for a rival's own level after 的 (领先于对手的0.8%), for a count of things (领先企业5家) or where a
    verb or a preposition stands between (领先优势的某选手最后以2小时…: the lead is no figure's)."""
    if not (q.unit in rate_units() or q.kind == "duration" or q.unit in SCORE_UNITS):
        return None
    found = max(((prefix.rfind(w), w) for w in _effect_words("lead")), default=(-1, ""))
    while found[0] > 0 and (verb := next((w for w in _effect_words("lead")
                                          if prefix[: found[0]].removesuffix("于").endswith(w)), None)):
        # 落后领先者2杆, 领先落后的一方3分: a lead word right after another names the rival, the first is the verb
        found = (prefix.rfind(verb, 0, found[0]), verb)
    if found[0] < 0 or _DIGIT.search(prefix, found[0]) or prefix.rstrip().endswith(("的", "至", "到")):
        return None
    start = q.start - len(prefix) + found[0] + len(found[1])
    if q.start - start > MAX_RIVAL:
        return None
    between = view.tokens[view.token_index_at(start) : view.token_index_at(q.start - 1) + 1] if start < q.start else []
    if any(tok.tag.startswith(NOT_RIVAL_TAGS) for tok in between if tok.start >= start):
        return None
    return _effect_words("lead")[found[1]]


MAX_RIVAL = 8  # characters of the rival named between a lead and its gap (第三位的乙队)
NOT_RIVAL_TAGS = ("p", "d", "c", "t")  # prepositions, adverbs, conjunctions, times: another clause's words


SCORE_UNITS = frozenset({"分", "球", "票", "秒", "局", "杆", "席"})  # a contest's gap (not 位, 名: 领先另外7位参选人)
_OF = re.compile("[的嘅]")  # 的, or Cantonese 嘅 (3%嘅跌幅)
ROOM = "空间"  # 上行空间: room to rise, said with or without 的 after the share
RANGING = "不等|左右"  # 50至200元不等的减价: a word of the range between the figure and 的
_DIGIT = re.compile(r"\d")


def _label_of_change_above(view: DocumentView, q: Quantity) -> int | None:
    """The sign of the verb of change a label line ends with (同比增长, 按年下跌), where the figure stands alone on the
    line under it (a scorecard or an infographic written one line a cell); None otherwise."""
    k = view.line_of(q.start)
    line = view.lines[k]
    if k == 0 or line.text.strip() != view.text[q.start : q.end]:
        return None
    label = view.lines[k - 1].text.strip()
    cue = cue_endings().longest_ending(label) if label and not _CLAUSE_MARKS.search(label) else None
    if cue is None or role_cues()[cue] == "0":
        return None
    return -1 if role_cues()[cue] == "-" else 1


_CLAUSE_MARKS = re.compile(r"[，。；,;：:！？\d]")  # a label line is a short phrase: no clause, colon or figure


def mark_benchmarks_of_changes(view: DocumentView, candidates: list[Candidate]) -> None:
    """增长7%，低于此前10%的预期; 增幅3.8%，高于3%的全年目标: a percentage that a benchmark noun names
    (benchmark_nouns.txt), in a later clause of the sentence of a change in the same unit that sets it against the
    change (高于, 低于, 超过 …), is that change expected, targeted or first reported: a change of the same sign (not
    完成年度目标的45%, a share of the target)."""
    benchmarks = word_list("benchmark_nouns.txt")
    latest: Candidate | None = None  # the last change of the sentence so far
    for cand in candidates:
        q = cand.quantity
        if latest is not None and view.sentence_start(q.start) != view.sentence_start(latest.quantity.start):
            latest = None
        if cand.role == "change":
            latest = cand
            continue
        if (latest is not None and cand.role == "amount" and q.unit in percent_units()
                and q.unit == latest.quantity.unit and cand.metric is not None
                and view.clause_start(q.start) > latest.quantity.end
                and view.text[slice(*cand.metric)].endswith(benchmarks)
                and any(word in view.text[view.clause_start(q.start) : q.end] for word in SETTING_AGAINST)):
            cand.role, cand.sign = "change", latest.sign


def _gap_against(text: str, prefix: str, q: Quantity) -> int | None:
    """The sign of a gap against a benchmark (ANNOTATION.md: 比全省平均高出476.9点 is a change): a comparative of
    than_cues.tsv with 于 (高于, 低于, 多于 …), then the benchmark named without a figure or 的, then the figure,
    which no 的 ties to a noun after it unless the benchmark is a measure (高于全国平均水平20%: +;
    低于去年同期3个百分点: −; 低于市价一成的价钱: −). Not a threshold (高于5%, 低于每股10元), the benchmark's own
    level (高于市场预期的35%) or a figure that names the benchmark (高于2%的目标)."""
    m = _GAP.search(prefix)
    if m is None:
        return None
    benchmark = m.group(2)
    if benchmark.startswith(PER_BASE) or benchmark.endswith(("的", *PER_BASE)) or not _HAN_RUN.search(benchmark):
        return None
    measures = (*word_list("measure_endings.txt"), *((q.unit,) if q.unit else ()))
    if text.startswith("的", q.end) and not benchmark.endswith(measures):
        # 低于市价约一成的价钱, 低于平均分3分的成绩: a gap below a measure (one in the figure's unit) still, but
        # 高于某行2%的目标 names the benchmark
        return None
    return _than_signs().get(m.group(1)) or CANTONESE_CHEAPER.get(m.group(1))


# (no aside: 高于某某（26%）); 晚于, 早于, 迟于 a rival by a time (gold D72: 晚 +, 早 −); 快于, 慢于 a benchmark by a
# pace (慢于农村居民2个百分点: −)
# and Cantonese's 过 for 于 (租金贵过去年一成半, 呎价平过同区一成, 人数多过上届两成: 平 is cheaper)
_GAP = re.compile(r"([高低多少大小](?=[于出])|[早晚迟快慢](?=于)|[高低多少大小快慢贵平早晚迟](?=过))[于出过]"
                  r"([^\d，。；,;：:、！？（）()“”「」]{2,12})$")
CANTONESE_CHEAPER = {"平": -1}  # 平过 (cheaper than): a price lower than its benchmark
_HAN_RUN = re.compile(r"[\u3400-\u9fff]{2}")
PER_BASE = ("每",)  # 低于每股10元: a threshold per unit, no benchmark


def _per_unit_ending(text: str) -> str | None:
    """每 and a unit ending `text` (每升, 每公升): what a price is per, even where the unit's last character is also a
    verb of change (升, a rise)."""
    k = text.rfind(PER_BASE[0], max(0, len(text) - 4))
    return text[k:] if k >= 0 and text[k + 1 :] in UNITS else None


def is_second_time(view: DocumentView, q: Quantity) -> bool:
    """二次上市, 二次创业: 二次 before a word is the second time (an ordinal); a count of times is written 两次,
    and 二次 that ends its clause (降息二次) counts."""
    if q.text != SECOND_TIME or q.end >= len(view.text) or not _HAN.match(view.text, q.end):
        return False
    following = view.tokens[view.token_index_at(q.end)]
    return following.start == q.end and not following.tag.startswith(("u", "m", "q", "x"))


def _size_of_change_before(view: DocumentView, q: Quantity) -> int | None:
    """The sign of the change the clause before names (its last verb of change), when the figure's clause only
    states a size (幅度为1.7%, 平均幅度约3%); None otherwise."""
    clause = view.clause_start(q.start)
    if clause == 0 or not _BARE_SIZE.fullmatch(view.text, clause, q.start):
        return None
    earlier = view.clause_start(clause - 1)
    first, last = view.token_index_at(earlier), view.token_index_at(clause - 1)
    signs = [role_cues().get(tok.text) for tok in view.tokens[first : last + 1]]
    sign = next((sign for sign in reversed(signs) if sign in ("+", "-")), None)
    return None if sign is None else (-1 if sign == "-" else 1)


def is_run_of_moves(before: str) -> bool:
    """连跌, 连涨, 连降: 连 and a one-character verb of change right before a duration make a run of moves."""
    return len(before) >= 2 and before[-2] == "连" and before[-1] in role_cues()


def _list_item_before(view: DocumentView, q: Quantity) -> Quantity | None:
    """The figure whose list `q` continues in its clause: 增137名人手、58张病床 (a noun and a joiner between), or
    137名人手（包括12名医生 (the breakdown in brackets after it)."""
    k = bisect.bisect_left(view.quantity_starts, q.start)
    if k == 0:
        return None
    earlier = view.quantities[k - 1]
    if earlier.end > q.start or view.clause_start(earlier.start) != view.clause_start(q.start):
        return None
    return earlier if _LIST_LINK.fullmatch(view.text, earlier.end, q.start) else None


@cache
def _change_sums() -> dict[str, int]:
    """change_sums.tsv's nouns of a sum of change, with their signs."""
    return {row["word"]: (-1 if row["sign"] == "-" else 1) for row in table("change_sums.tsv")}


def _sum_of_change(rest: str) -> int | None:
    """The sign of a noun of a sum of change (增长额, 减少量) that ends `rest`, 为 after it allowed; None otherwise."""
    noun = rest.removesuffix(RATE_IS).rstrip()
    return next((sign for word, sign in _change_sums().items() if noun.endswith(word)), None)


@cache
def _restating() -> re.Pattern[str]:
    """A clause up to the figure that only names another value of a measure (restating_cues.tsv): 预期, 市场预期为,
    前值; 低于券商预估的, 较上季的, 高于3月时预估的; 仅次于乙地（ (the other holder's figure in brackets)."""
    value = "|".join(sorted(map(re.escape, _restating_words("value")), key=len, reverse=True))
    base = "|".join(sorted(map(re.escape, _restating_words("base")), key=len, reverse=True))
    return re.compile(rf"\s*(?:[\u3400-\u9fff]{{0,4}}?(?:{value})值?(?:为|是|约为)?"
                      rf"|(?:{base})[\u3400-\u9fff\d]{{1,8}}[的（(])\s*")


def _restated_before(view: DocumentView, q: Quantity) -> Quantity | None:
    """The rate of the same unit right before `q`'s clause in its sentence when `q`'s clause only names another value
    of it (增长4.2%，预期3.8%，前值3.5%; 增长2.7%，较上季的4.3%放缓); None otherwise, and for a count or a sum, whose
    bracketed or compared figure is as often the other's level (人口增加3万人，仅次于省会（56万人）)."""
    if q.unit not in percent_units() or not _restating().fullmatch(view.text, view.clause_start(q.start), q.start):
        return None
    earlier = _figure_before_clause(view, q)  # (a date in the clause, 3月时预估的, is no figure before)
    return earlier if earlier is not None and earlier.unit == q.unit else None


def _figure_before_clause(view: DocumentView, q: Quantity) -> Quantity | None:
    """The last figure before `q`'s clause, if it ends before the clause and lies in `q`'s sentence."""
    clause = view.clause_start(q.start)
    k = bisect.bisect_left(view.quantity_starts, clause)
    earlier = view.quantities[k - 1] if k else None
    if earlier is None or earlier.end > clause or earlier.start < view.sentence_start(q.start):
        return None
    return earlier


@cache
def _restating_words(kind: str) -> tuple[str, ...]:
    """restating_cues.tsv's words of one kind (value, base, conversion), in the file's order."""
    return tuple(row["word"] for row in table("restating_cues.tsv") if row["kind"] == kind)


@cache
def _converting() -> re.Pattern[str]:
    """A clause opening with a word of conversion (restating_cues.tsv): 约合, 折合, 相当于."""
    return re.compile(r"\s*(?:" + "|".join(map(re.escape, _restating_words("conversion"))) + ")")


def _converted_before(view: DocumentView, q: Quantity) -> Quantity | None:
    """The sum in another currency right before `q`'s clause in its sentence when that clause only converts it
    (减少5亿美元，约合36亿元人民币; 缩水30亿美元，折合约234亿港元); None otherwise."""
    if not q.currency:
        return None
    clause = view.clause_start(q.start)
    m = _converting().match(view.text, clause)
    if m is None or m.end() > q.start + MAX_CONVERSION_LEAD or _DIGIT.search(view.text, m.end(), q.start):
        return None
    earlier = _figure_before_clause(view, q)
    if (earlier is None or not earlier.currency or earlier.currency == q.currency
            or q.start - m.end() > MAX_CONVERSION_LEAD):
        return None
    return earlier


MAX_CONVERSION_LEAD = 4  # characters between the word of conversion and the sum (人民币约, 约): a currency, a qualifier


def _skip_in(rest: str, skip: str | None) -> str | None:
    """The skip word to drop from the end of `rest`: the longest, unless a shorter one leaves a cue that the longer
    would cut in two (提高达两成: 高达 is a skip word, but 达 leaves 提高, the change)."""
    for k in range(1, len(skip or "")):
        shorter = skip[k:]
        if (role_skip_endings().longest_ending(shorter) == shorter
                and len(cue_endings().longest_ending(rest[: -len(shorter)]) or "") > k):
            return shorter
    return skip


def _sign_of(rate: str) -> int:
    """-1 for a word of decrease (降幅, 下跌幅度, 优惠力度, 年减率), else 1."""
    return -1 if role_cues().get(rate.removesuffix("幅度").removesuffix("力度").removesuffix("率")) == "-" else 1


ONE_WAY = frozenset("+-")  # the signs of role_cues.tsv that name a direction


def _sign_of_size(view: DocumentView, rate: str, end: int) -> int:
    """The sign of a rate named before a figure; for a size of a move either way (变动幅度, 调幅, 涨跌幅: no verb of
    one direction in it), the direction of the move its sentence names before it (由0.5元上调至0.56元，调幅为12%;
    由800万箱跌至650万箱，变动幅度约19%: a fall of 19%), or + when it names none."""
    stem = rate.removesuffix("幅度").removesuffix("幅")
    if not rate.endswith(("幅", "幅度")) or ONE_WAY & {role_cues().get(rate), role_cues().get(stem)}:
        return _sign_of(rate)
    start = view.sentence_start(end)
    return _direction_before(view.text, start, view.text.rfind(rate, start, end)) or 1



def _direction_before(text: str, start: int, end: int) -> int | None:
    """The sign of the last verb of one direction in text[start:end] (role_cues.tsv, + or -): a word of two
    characters or more (骤降, 上调), or of one right before 至 or 到 (跌至); None if there is none."""
    for at in range(end, start, -1):
        cue = cue_endings().longest_ending_at(text, at, at - start)  # (no copy of the sentence per offset)
        if cue is not None and role_cues()[cue] in ONE_WAY and (len(cue) > 1 or text[at : at + 1] in ("至", "到")):
            return -1 if role_cues()[cue] == "-" else 1
    return None


def _moved_between_levels(view: DocumentView, q: Quantity) -> bool:
    """Whether the figure stands between a level left and a level reached (由80宗大减四成至48宗, 从去年的5万人，多两成到
    6万人): 由 or 从 before the figure right before it in the sentence, a few words between the two, and 至 or 到
    right after this one."""
    if not view.text[q.end : q.end + 2].lstrip().startswith(("至", "到")):
        return False
    k = bisect.bisect_left(view.quantity_starts, q.start) - 1
    earlier = view.quantities[k] if k >= 0 else None
    if (earlier is None or earlier.end > q.start or q.start - earlier.end > MAX_MOVE_WORDS
            or _STOPS.search(view.text, earlier.end, q.start)):
        return False
    opening = view.text[max(earlier.start - MAX_FROM_TIME - 1, 0) : earlier.start]
    at = max(opening.rfind(word) for word in FROM_WORDS)
    # (由去年同期的64宗: a time of the level left may stand between)
    return at >= 0 and not _DIGIT.search(opening, at) and not _STOPS.search(opening, at)


RATIO_WORDS = ("率", "比例", "占比", "比重")  # 机率, 复发率: a rate, which 高 / 低 right after compares
GAP_WORDS = frozenset("高低")
MAX_FROM_TIME = 8  # characters of the time of a level left, between 由 and its figure (上年同期的)
MAX_MOVE_WORDS = 6  # characters between the level left and the size of the move (，大幅少)
_STOPS = re.compile(r"[。；;！？!?\n]")


def _more_or_less_by(rest: str) -> int | None:
    """+1 or -1 where `rest` ends in 多 or 少, or another adjective of difference (高, 快, 平 …), and an aspect marker
    (多了, 少咗, 平咗, 细了): before a share, how much more or less the measure is than before (少咗成半, 多了两成,
    楼价平咗一成); None for words that only end so (至少了, 不少了, 减少了: a cue)."""
    if len(rest) < 2 or rest[-1] not in ASPECT_MARKERS or rest[:-2].endswith(_NOT_MORE_LESS):
        return None
    return _than_signs().get(rest[-2], CANTONESE_CHEAPER_SMALLER.get(rest[-2]))


def _difference_of_measure(rest: str) -> bool:
    """Whether `rest` ends in an adjective of difference with Cantonese 咗 (平咗, 多咗), or with 了 right after the
    name of a measure (人数多了, 房价低了): the figure after it is by how much the measure moved, whatever its unit;
    after anything else 多了 may add an extent (转车多了10分钟: the extra time is an amount)."""
    return rest.endswith(CANTONESE_DONE) or rest[:-2].endswith(word_list("measure_endings.txt"))


ASPECT_MARKERS = ("了", "咗")
CANTONESE_DONE = "咗"
# 平 and 细 say cheaper and smaller in Cantonese, read only with an aspect marker (bare 平 ends 水平)
CANTONESE_CHEAPER_SMALLER = {"平": -1, "细": -1}
SPEED_WORDS = ("快", "慢")  # 比旧线快了20分钟: faster by a time is that much less time, a fall of the duration


def _more_or_less_done(rest: str) -> int | None:
    """+1 or -1 where `rest` ends in 多 or 少 and a verb of one or two characters (少收, 多卖出, 少用): more or less of
    an act, which after a comparison (比, 较) is a difference (gold D60: 比市价少收N is a negative change); None for
    words that only end so (至少, 最多, 不少, 多于, 多达, 少数)."""
    m = _MORE_LESS_VERB.search(rest)
    if m is None or rest[: m.start()].endswith(_NOT_MORE_LESS) or m.group(2)[0] in _NOT_AN_ACT:
        return None
    return 1 if m.group(1) == "多" else -1


_MORE_LESS_VERB = re.compile(r"([多少])([\u4e00-\u9fff]{1,2})$")
_NOT_MORE_LESS = ("至", "最", "不", "很", "许", "大", "差不", "较", "更", "减", "增", "稀", "缺")
_NOT_AN_ACT = frozenset("于於过過达達数數半许許么麼量个個次倍出年月日天时時人元万萬亿億点點的地得也都则")


@cache
def _difference_cues() -> tuple[str, ...]:
    """The comparison cues that make 高 / 低 after them a difference: not the conjunctions 与, 和, 跟 on their own
    (甲和乙是最大的两个省 compares nothing; 和去年比 has 比)."""
    return tuple(cue for cue in word_list("comparison_cues.txt") if cue not in ("与", "和", "跟"))


def _compared_in_clause_before(view: DocumentView, q: Quantity, rest: str) -> bool:
    """Whether the comparative `rest` ends with is a word of its own (低, not the 高 of 身高) after no verb (补发多两周:
    an extra two given) and an earlier clause of the figure's sentence names a comparison (甲款比乙款快三成，功耗却低
    两成; 比上代长了8厘米，宽了3厘米): the base carries."""
    clause = view.clause_start(q.start)
    at = clause + len(rest) - 1
    if view.text[at : at + 1] != rest[-1:]:
        return False
    word = view.tokens[view.token_index_at(at)]
    if word.text[at - word.start + 1 :] not in ("", *ASPECT_MARKERS) or word.text[: at - word.start] not in (
            "", *GAP_ADVERBS):
        return False
    if word.start == at and view.tokens[view.token_index_at(at - 1)].tag.startswith("v"):
        return False  # 补发多两周: an extra two given by the verb, no comparative
    before = view.text[view.sentence_start(q.start) : clause]
    return any(cue in before for cue in _difference_cues())


GAP_ADVERBS = ("却", "也", "则", "还", "亦", "更", "又", "都", "仍", "要")  # jieba glues them to the comparative (却轻)


@cache
def _than_signs() -> dict[str, int]:
    """高 / 低, 多 / 少, 快 / 慢 …: the sign of a difference stated after a comparison (than_cues.tsv,
    difference_words.tsv)."""
    signs = {row["cue"]: (1 if row["qualifier"] == "at_least" else -1) for row in table("than_cues.tsv")}
    return signs | {row["cue"]: (1 if row["sign"] == "+" else -1) for row in table("difference_words.tsv")}


def rate_named_after(view: DocumentView, q: Quantity) -> str | None:
    """超过70%的降幅, 约20%的海外销量增幅, 以85%的全年涨幅位列第一: the rate of change a percentage is, named after
    it and 的, as a word of its own that ends the phrase (not 增长空间: a noun after it makes another noun)."""
    span = rate_span_after(view, q)
    return view.text[slice(*span)] if span is not None else None


def rate_span_after(view: DocumentView, q: Quantity) -> tuple[int, int] | None:
    """Where the rate of change `rate_named_after` reads stands, if one does."""
    m = _RATE_AFTER.match(view.text, q.end)
    if m is None or m.group(1) not in role_cues():
        return None
    following = view.tokens[view.token_index_at(m.end())] if m.end() < len(view.text) else None
    ends_phrase = (following is None or not _HAN.match(view.text, m.end())
                   or (following.start == m.end() and following.tag.startswith(("v", "d", "p", "u", "c"))))
    return m.span(1) if ends_phrase and view.word_ending_at(m.end()) is not None else None


def _move_named_after(view: DocumentView, q: Quantity) -> int | None:
    """The sign of a verb of change (a role cue of two characters or more) that stands as a noun right after a share
    and 的 and ends its phrase (12%的萎缩。, 3%的下滑，); None otherwise (5%的增长目标: a noun follows)."""
    at = q.end + 1
    if view.text[q.end : at] not in ("的", "嘅") or at >= len(view.text):  # (嘅: Cantonese for 的, 5%嘅增长)
        return None
    word = view.tokens[view.token_index_at(at)]
    if word.start != at or len(word.text) < 2 or role_cues().get(word.text) not in ("+", "-"):
        return None
    following = view.tokens[view.token_index_at(word.end)] if word.end < len(view.text) else None
    if following is not None and following.start == word.end and _HAN.match(following.text) and not (
            following.tag.startswith(("v", "d", "p", "u", "c", "y"))):
        return None
    return -1 if role_cues()[word.text] == "-" else 1


@cache
def _change_act_starts() -> Starts:
    """change_acts.txt by first character, in the file's order (the first listed act at an offset wins)."""
    return Starts(word_list("change_acts.txt"))


def act_named_after(text: str, q: Quantity) -> tuple[int, int] | None:
    """25个基点的降息, 10%的减产, 百分百宽减: the span of a verb of change that carries what changes
    (change_acts.txt), after 的 or, after a share, right after the figure."""
    at = q.end + 1 if text[q.end : q.end + 1] == "的" else q.end
    if at == q.end and q.unit not in percent_units():
        return None
    act = _change_act_starts().first_at(text, at)
    return (at, at + len(act)) if act else None


# 超过60%的降幅, 约20%的营收增幅, and 约15%增长 with nothing between; 嘅 is Cantonese for 的 (录得3%嘅跌幅)
_RATE_AFTER = re.compile(
    r"\s*(?:[的嘅][\u3400-\u9fffA-Za-z]{0,8}?)?(增幅|涨幅|升幅|加幅|降幅|跌幅|减幅|增长)"
)
_HAN = re.compile(r"[\u3400-\u9fff]")
_YEAR_BETWEEN = re.compile(r"(?:\d{4}(?:/\d{2,4})?|[今明本])年度?$")  # 宽减2025/26年度五成: the year, no cue
# a short bracketed note between a cue and its figure (增长（以美元计）5%, 年增(YoY)12%): it says how the change is
# measured, so the cue before it still holds
_ASIDE_AT_END = re.compile(r"[（(][^（）()\n]{1,16}[）)]$")
_BARE_SIZE = re.compile(r"\s*(?:其|平均)?幅度\s*(?:约为|约|为|达到|达|在|介乎|介于)?\s*")  # a clause that states a size
# a clause that only links
_BARE_LINK = re.compile(r"\s*(?:则|亦|也|更|均|分别)?(?:达到|达|为|是|约为|在|介乎|介于)\s*")
_LIST_LINK = re.compile(r"[^，。；,;：:、\d（(]{0,12}(?:[、及和与]|[（(](?:包括|其中|含)?)")
INDEX_POINTS = frozenset({"点", "点子"})  # an index's or an exchange rate's points (恒指跌48点, 中间价调升120点子)
MAX_SIZE_LINK = 8  # characters between a word of the size of a move and its figure (跌幅一度收窄至)
NOT_SIZE_LINKS = ("的", "嘅", "报", "最")  # 升幅较大的某指收报4500点, 跌幅最大: the size names another figure's holder


def _points_of_move(view: DocumentView, q: Quantity) -> int | None:
    """The sign of a word of the size of a move (跌幅, 升幅, 变动幅度) that a figure in points sizes, with only a verb
    that resizes it or a link between (跌幅收窄至48点, 升幅扩大至逾300点, 升幅为120点): a market report says how far
    an index moved, not the level it reached; None otherwise (升幅较大的某指收报4500点: the level of the index)."""
    clause = view.clause_start(q.start)
    rate = last_rate_named(view.text, clause, q.start)
    if not rate or not rate.endswith(("幅", "幅度")):
        return None
    between = view.text[view.text.rfind(rate, clause, q.start) + len(rate) : q.start]
    if len(between) > MAX_SIZE_LINK or any(word in between for word in NOT_SIZE_LINKS):
        return None
    return _sign_of_size(view, rate, q.start)


ACT_COUNTS = frozenset({"次", "轮", "回"})  # a count of times an act is done
COUNT_CHANGES = frozenset({"增加", "减少", "多", "少", "增", "减"})  # the cues that change such a count
WRITTEN_SIGNS = frozenset("+-−＋－")


def _level_with_sign(view: DocumentView, q: Quantity) -> bool:
    """Whether a share written with its sign is a level (毛利率为-3.2%, 某基金回报是-8%): 为 or 是 right before it and
    nothing in its clause that names a change (营收同比为-3%, 较上月为+5%: a comparison or a cue) and no rate named in
    its sentence (增速为-2%; 甲组增速为5%，乙组为-3%: the rate of a clause before)."""
    if view.text[max(q.start - 1, 0) : q.start] not in LEVEL_IS:
        return False
    start = _rate_clause_start(view, q)
    before = view.text[start : q.start]
    if last_rate_named(view.text, view.sentence_start(q.start), q.start) or any(word in before for word in COMPARING):
        return False
    return not any(cue in before for cue, sign in role_cues().items() if sign != "0")


LEVEL_IS = ("为", "是")  # the words that state a level (毛利率为-3.2%)
MULTIPLYING_VERBS = ("翻", "翻了", "多")  # before a multiple (翻了近4倍, 多一倍), not a verb of change: the measure
# names the figure
NOT_MULTIPLYING = ("差不多", "大多")  # 差不多一倍: about, not more
# a saving or a cut of use (节省, 减排, 降耗): a share of it is a fall, a sum or a tally alone an amount (减排二氧化碳
# 50万吨, gold D57's tallies)
SAVING_VERBS = ("节省", "节约", "省下", "省却", "减排", "降耗", "节能", "节水", "压降", "降本")
# words that move a rate by a share or by points without a verb of change of their own: better or worse
RATE_MOVES_SIGNS = {"改善": 1, "恶化": -1}
RATE_MOVES = tuple(RATE_MOVES_SIGNS)
CAP_NOUNS = ("上限", "下限")  # a cap read inside the figure's span (上限3万元): a verb before it names the cap
ABOUT = "大约"  # a qualifier whose first character may end a verb of change before it (扩大|约)
PLUS = "加"  # 审批3年加建设5年: a sum of two figures
SECOND_TIME = "二次"
# words that set a figure against a change (低于此前10%的预期), not 完成 or 达到 (完成目标的45%: a share of it)
SETTING_AGAINST = ("高于", "低于", "超过", "超出", "不及", "逊于", "好于", "优于", "触及", "胜于")
SHARE_NOUNS = ("股份", "股票", "股权")  # the shares a count in 股 is of
MAX_HOLDING_NAME = 12  # characters of the company named before its shares (某某科技股份)


def _before_holding(rest: str, view: DocumentView, q: Quantity) -> str | None:
    """`rest` up to the cue of change before a holding it ends with (减持|某某科技股份 -> …减持) or the company it
    names right before the count (增持|某某银行 -> …增持), if one stands within a company's name of it."""
    if rest.endswith(SHARE_NOUNS):
        name_end = len(rest) - 2
    elif (name := _name_ending_at(view, q.start)) is not None:
        name_end = len(rest) - (name[1] - name[0])
    else:
        return None
    for start in range(name_end, max(name_end - MAX_HOLDING_NAME, 0) - 1, -1):
        if cue_endings().longest_ending(rest[:start]):
            return rest[:start]
    return None
def _name_ending_at(view: DocumentView, end: int) -> tuple[int, int] | None:
    """The name that ends right at `end` (某某银行 before its N股), if one does."""
    k = bisect.bisect_left(view.names, (end, end)) - 1
    while k >= 0 and view.names_reach[k] >= end:
        if view.names[k][1] == end:
            return view.names[k]
        k -= 1
    return None


def _change_of_object(view: DocumentView, rest: str, q: Quantity) -> int | None:
    """The sign of a verb of change_objects.tsv standing before the object it acts on, right before a count
    (新增摊位90个, 净增用户300万户, 新增就业4万人: a noun jieba reads as a verb, nominal_verbs.txt) or, for a relief,
    a share (宽减中小企业五成利得税); None for a sum (增加投资3亿元: D57's tallies), a figure of the other kind, where
    the words between are no short noun phrase, or for a count the clause after compares with a base (甲县新增就业
    4万人，比上年减少0.1万人: the level of an indicator, whose change follows)."""
    share = q.unit in percent_units()
    if not q.unit or q.currency or not rest or (not share and _COMPARED_AFTER.match(view.text, q.end)):
        return None
    end = view.clause_start(q.start) + len(rest)
    if view.text[end - 1 : end] != rest[-1:] or rest.endswith(NOT_OBJECTS) or (
            not share and rest.endswith(word_list("measure_endings.txt"))):
        # (新增会员人数17万人: a measure named with its verb, stated as a level; a share moves it: 下调某利率N个基点)
        return None
    k, start = view.token_index_at(end - 1), end
    while k >= 0 and end - view.tokens[k].start <= MAX_OBJECT and view.tokens[k].end <= end:
        tok = view.tokens[k]
        # (a noun nearest the figure; before it a noun or a verb read as one: 就业|岗位)
        if not (tok.tag.startswith(OBJECT_TAGS) or tok.text in words("nominal_verbs.txt")
                or (start < end and _modifies_object(tok))) or not _HAN.match(tok.text) or tok.text in LEVEL_LINKS:
            break  # (提高到全乡均值的80%: 到 after the verb names the level reached, a share of the benchmark)
        start, k = tok.start, k - 1
        verb = _object_verbs().longest_ending(view.text[max(start - 3, 0) : start])
        if verb is not None:
            sign, figure = _object_verb_signs()[verb]
            return sign if (figure == SHARE) == share else None
    return None


# a comma and a comparison with a base right after a count (，比上年减少…, ，同比增长…, ，较上月多…)
_COMPARED_AFTER = re.compile(r"\s*[，,]\s*(?:比|较|同比|环比|按年|相比)")
LEVEL_LINKS = ("至", "到")  # after a verb of change, what follows names the level reached, not its object
NOT_OBJECTS = ("部分", "总数", "人数")  # a part or a count named with the verb (增加部分, 新增人数): the measure
MAX_OBJECT = 8  # characters of the object between the verb and its count (就业岗位, 市场主体, 最优惠贷款利率)


OBJECT_TAGS = ("n", "vn", "j")  # (j: a short form, 中小企业)
# before that noun, a verb, a prefix or a modifier (就业|岗位, 非|住宅|用户)
OBJECT_MODIFIER_TAGS = ("n", "v", "b", "h", "a", "j")
SHARE = "share"
SUPERLATIVES = ("最",)  # 下调最优惠利率: the superlative of the noun's modifier belongs to the object
TIME_ENDINGS = ("年", "季", "月")  # 下调全年销售目标, 调高明年营收目标: the time the object is for belongs to it


def _modifies_object(tok: Token) -> bool:
    """Whether a token before the object's noun is part of the object: a modifier, a superlative (最优惠), or the
    time the object is for (全年, 明年), which jieba tags as a numeral or a time word."""
    return (tok.tag.startswith(OBJECT_MODIFIER_TAGS) or tok.text in SUPERLATIVES
            or (tok.tag.startswith(("t", "m")) and tok.text.endswith(TIME_ENDINGS)))


@cache
def _object_verb_signs() -> dict[str, tuple[int, str]]:
    return {row["word"]: (-1 if row["sign"] == "-" else 1, row["figure"]) for row in table("change_objects.tsv")}


@cache
def _object_verbs() -> Endings:
    return Endings(_object_verb_signs())


ZERO_GROWTH = "增长"
RATE_IS = "为"  # after a change verb, 为 and a percentage state the rate of change (增长为12.7%), not a new level


def _change_named_before(rest: str) -> tuple[str, int] | None:
    """The role of a percentage after 为: a change when a word of change (change_nouns.txt) stands before 为; None
    when none does, so that a rate named earlier in the clause may still make it one (增长目标定为5%)."""
    rest = rest.rstrip()
    while (skip := next((w for w in ("分别", "均", "都", "则", "亦", "也") if rest.endswith(w)), None)) is not None:
        rest = rest[: -len(skip)]  # 销量同比增长分别为8%和6%
    # the longest word (涨跌幅为3%: a move either way, not the 跌幅 it ends with)
    noun = max((w for w in (*word_list("change_nouns.txt"), *magnitudes_of_change()) if rest.endswith(w)), key=len,
               default=None)
    if noun is None:
        return None
    return "change", _sign_of(noun)


def has_comparative_after(text: str, q: Quantity) -> bool:
    """40% 更快, 两倍多于: a rate followed by a comparative."""
    if q.unit not in rate_units():
        return False
    following = text[q.end : q.end + 4].lstrip()
    return following.startswith(comparative_cues())


def _rate_clause_start(view: DocumentView, q: Quantity) -> int:
    """Where a rate named before the figure may stand: its clause, or the clause before when its own holds only a
    linking word (某组增幅更高，达到34%: the figure is the rate the clause before names), also one the figure's span
    opens with (某项降幅达两位数，约为12%)."""
    clause = view.clause_start(q.start)
    linked = _BARE_LINK.fullmatch(view.text, clause, q.start) or (
        not view.text[clause : q.start].strip() and q.text.startswith(LINKS_IN_SPAN))
    if clause > 0 and (linked or _only_a_move(view, clause, q)):
        return view.clause_start(clause - 1)
    return clause


def _only_a_move(view: DocumentView, clause: int, q: Quantity) -> bool:
    """Whether the clause up to the figure only moves a measure it does not name (某某跌幅收窄，由1.2%收窄至0.8%): 由 or
    从, the earlier figure, a verb of change and 至 or 到, with no word of its own."""
    head = view.text[clause : q.start].strip()
    if not head.startswith(FROM_WORDS):
        return False
    k = bisect.bisect_left(view.quantity_starts, clause)
    words = head[1:]
    for earlier in view.quantities[k:]:
        if earlier.start >= q.start:
            break
        words = words.replace(view.text[earlier.start : earlier.end], "", 1)
    words = words.strip()
    if (of := words.find("的")) >= 0 and of <= MAX_FROM_TIME:
        words = words[of:]  # 由上月的1.2%收窄至0.8%: the time of the level left (上年同期的), as in 由…至
    words = words.removeprefix("的").removesuffix("至").removesuffix("到").strip()
    return not words or cue_endings().longest_ending(words) == words


NOT_GAPS = frozenset("最提升降增减调拉压")  # 最高3个百分点 (a cap), 提高, 拉低: another word, not a bare comparative


def _bare_gap(rest: str) -> int | None:
    """The sign of a bare comparative (高, 低, 多, 少 …: than_cues.tsv, difference_words.tsv) ending the clause before
    points, after a modal or 了 at most (要高3个百分点, 低了0.5个百分点); None otherwise."""
    rest = rest.removesuffix("了")
    word = rest[-1:]
    if word not in _than_signs() or rest[-2:-1] in NOT_GAPS:
        return None
    return _than_signs()[word]


HAVING = "有"  # a skip word (增长有5%), and the verb of a count of things the change has (下降有三个原因)
THING_TAGS = ("n", "vn", "b")  # a noun, or an attributive opening a noun phrase (两个主要因素), after the count


def _counts_things_named_after(view: DocumentView, q: Quantity) -> bool:
    """Whether the figure is a count (no money, no share) of a noun right after it (三个原因, 两大动力)."""
    if q.kind != "number" or q.currency or q.unit in percent_units() or q.end >= len(view.text):
        return False
    k = view.token_index_at(q.end)
    if view.tokens[k].start < q.end and k + 1 < len(view.tokens):
        k += 1  # 两大|动力: the figure read out of a word that jieba glued to a size word
    following = view.tokens[k]
    return following.start >= q.end and following.start - q.end <= 1 and following.tag.startswith(THING_TAGS) \
        and bool(_HAN.match(following.text))


FROM_WORDS = ("由", "从")
LINKS_IN_SPAN = ("约为",)  # a qualifier and a link the number grammar reads into the span
_LEVEL_LEFT = re.compile(r"[^，。；,;\d]{0,6}?[至到]")  # 由5亿元|增至: a verb and 至 or 到 after the level left
PERIOD_ON_PERIOD = ("按年", "按季", "按月")  # Hong Kong's 同比 and 环比: a comparison with the period before
COMPARING = ("同比", "环比", *PERIOD_ON_PERIOD, "比", "较")  # a comparison makes the signed share a change


def _growth_moving(view: DocumentView, q: Quantity) -> int | None:
    """The sign of a verb of change (增长, 下跌) right before 由 or 从 when the figure moves from one level to another
    after it with no measure of its own (出口增长由上月的6%放缓至4%: the growth rate is the measure); None otherwise
    (份额由21%升至24%: no verb of change before 由)."""
    clause = view.clause_start(q.start)
    at = max(view.text.rfind(word, clause, q.start) for word in FROM_WORDS)
    if at <= clause:
        return None
    cue = cue_endings().longest_ending(view.text[clause:at].rstrip())
    if cue is None or role_cues()[cue] not in ("+", "-") or not _only_a_move(view, at, q):
        return None
    return -1 if role_cues()[cue] == "-" else 1


def _growth_reaching(rest: str) -> int | None:
    """The sign of a word of growth (change_nouns.txt: 增长, 成长) standing as the measure right before a verb of
    move and 至 or 到 (经济增长放缓至2.1%, 出口成长加快到8%): the growth is a rate of change, so the level it reaches
    is a change (gold D38); None otherwise (收入增长至30%: 增长至 names the level of 收入)."""
    if not rest.endswith(("至", "到")):
        return None
    move = cue_endings().longest_ending(rest[:-1])
    if move is None:
        return None
    measure = rest[: -1 - len(move)]
    growth = next((w for w in word_list("change_nouns.txt") if measure.endswith(w)), None)
    return None if growth is None else _sign_of(growth)


def sign_of_rate_named(text: str, start: int, end: int) -> int | None:
    """The sign of the last rate named in text[start:end] (增速 1, 降幅 and 年减率 -1); None if it names none."""
    rate = last_rate_named(text, start, end)
    return _sign_of(rate) if rate else None


def last_rate_named(text: str, start: int, end: int) -> str | None:
    """The last rate named in text[start:end] (增速, 跌幅 …), if any."""
    names = [m.group() for m in rate_noun_pattern().finditer(text, start, end)]
    return names[-1] if names else None


def change_named_after(text: str, q: Quantity) -> bool:
    """Whether a noun or verb of change right after the figure makes it a change (3.5%的升幅, 10%的减产), a cue that
    the figures listed before it share (1.2%及3.5%的升幅)."""
    return _RATE_AFTER.match(text, q.end) is not None or act_named_after(text, q) is not None
