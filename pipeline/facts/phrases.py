"""Noun phrases around a figure, read from jieba tokens: what a figure counts when written after it (3家创新企业,
90%以上的国家, 40% 更快的 GPU 频率), or the phrase that ends before it (高新技术企业增至8609家), skipping cue words,
time phrases and the names (places, companies) a metric belongs to."""

from __future__ import annotations

import bisect
from collections.abc import Collection
from functools import cache

from pipeline.facts.lexicon import (
    comparatives,
    cue_endings,
    division_words,
    holder_endings,
    metric_skip_endings,
    period_pattern,
    place_words,
    rate_units,
    role_cues,
    skip_before_metric,
)
from pipeline.facts.view import OPENING_QUOTES, QUOTES, DocumentView, SpanIndex
from pipeline.lexicons import words
from pipeline.numerals import Quantity
from pipeline.numerals.characters import CN_CHARS, PLAIN_DIGITS
from pipeline.numerals.units import UNITS
from pipeline.text.punctuation import CLOSING_BRACKETS, OPENING_BRACKETS, SENTENCE_PUNCTUATION
from pipeline.text.segment import dictionary_tag, in_dictionary
from pipeline.text.tags import METRIC_SKIP_TAGS, METRIC_TAG_PREFIXES, PERSON_TAGS
from pipeline.text.tokens import Token

ARRIVAL_PREPOSITIONS = frozenset("在至到于")
GLUED_COPULAS = frozenset("为达至")
# jieba's words of a ratio's 比 and the copula, qualifier or verb of level after it (师生比为, 负债比降至)
RATIO_GLUES = frozenset({"比为", "比约", "比达", "比是", "比仅", "比降", "比升"})
RATIO_TAGS = frozenset({"n", "nz", "j", "v", "vn"})  # 师生/n 比, 收入/v 比, 煤电/j 比: a ratio's terms
LABEL_COLONS = frozenset({":", "：", "—"})  # 申请费：240元, 市值——9000亿元: a label and its value
RANK_MODIFIERS = frozenset({"大", "最", "的"})  # 第二大, 第二最常见的: between a rank and what it ranks
GROUP_WORDS = frozenset({"大", "大类"})  # 三大看点, 两大类车辆: N大 counts a group (D31), named by the noun after it
REPEAT_CLASSIFIERS = frozenset("次批年轮回")  # 第二次提价: a rank of repeats ranks an act
DIMENSIONS = frozenset("长宽阔高深厚重")  # one-character dimensions of a measure (长69米, 15米高)
PASSIVES = frozenset({"被", "遭"})  # 3次被评为, 两次遭退回: the passive marker opens the act a count of times counts
# 发现率, 担保额, 成交量, 使用费, 估值, 申请期, 转让价: nouns of measure (or of a time allowed) made from a verb
VERB_NOUN_SUFFIXES = frozenset("率额量费值期价")
BOUND_TAGS = ("zg", "ng", "g")  # jieba's bound morphemes (度/zg), which stand alone only where it cut a word
UNIT_PRICE_NOUNS = frozenset({"价", "价格", "价位"})  # 克价, 吨价格: a price per the unit before it
# 用电负荷首/m 破/v 9亿千瓦, 再/d 破/v: the verb of a level broken through, which jieba cuts off 首 or 再 (突破 is a
# skip word); left out of metric_skip.txt, whose words the role stage skips too (涨破 is a level reached, no 涨)
LEVEL_BREAK = "破"
TENOR_UNITS = frozenset({"年", "个月", "月", "天", "日"})  # 10年期, 3个月期: the term of a bond or a loan
RECKONING_VERBS = frozenset({"计算", "计", "折算", "换算"})  # 按年率计算, 以美元计: how a figure is reckoned
RECKONING_PREPOSITIONS = frozenset({"按", "以", "按照"})
STARTING_POINTS = frozenset({"由", "从"})  # before a starting level (由历史低位的0.5%)
CUT_PREPOSITIONS = frozenset("由从为于")  # 成/n 交由/v: prepositions jieba joins to the last character of a noun
# what may follow the verb a count counts (三场选举/v，, 三大支撑/v：): the end of a clause, of a list item or of the
# line that opens a list
RANKING_ACTS = ("居", "位居", "位列", "名列")  # 居冠, 居首, 位居第三: the figure before ranks its holder
COUNTED_ACT_ENDS = frozenset(SENTENCE_PUNCTUATION + "，,、:：")
NOT_SHARED = frozenset({"nr", "nrfg", "l", "i"})  # names and idioms: never what a percentage glued to them is of
MAX_ASIDE = 12  # characters inside the brackets of an aside after a figure (（占总股本29.64%）)
ASIDE_BREAKS = frozenset(SENTENCE_PUNCTUATION + "，,；;")  # an aside holds no clause of its own
MAX_CLOSING_WORDS = 4  # words after a count that close its clause as what it counts (逆 / 回购 / 操作)
CLOSING_WORD_TAGS = ("v", "a", "k", "n", "b", "j")  # verbs, adjectives, suffixes (式/k) and nouns jieba cut there
MAX_MODIFIER_TOKENS = 6  # words of a clause between a count and the 的 before its noun (十个已建成的车站)
MAX_DESCRIPTION_TOKENS = 5  # words of a description of a starting level (由历史低位的0.5%)
NUMERAL_CHARS = frozenset(CN_CHARS)  # 若干/m is a word, 多个/m a vague count
MODALS = frozenset("可能会要")  # 可长, 能达: a modal jieba glued to the verb after it
LEVEL_AND_RANK_ENDINGS = frozenset("为至到达于居列")  # 调整为, 率居, 位列: the verb of a level reached or a rank
RESULT_LINKS = frozenset("给为")  # 赠给, 视为: the last character of a verb that takes a goal or a result after it
COPULAS = frozenset({"为", "是"})  # 厘定为, 调整为: a verb before a copula sets the level
ASPECT_PARTICLES = frozenset("了过着")
MARKED_VERB_TAGS = frozenset({"a", "ad", "d"})  # 漂流/a 了, 徒步/d 了: tags jieba gives some verbs before 了
# 共, 合共: a total after a verb sums what the act was done to (measured on test: the one fact these links changed there
# was lost, none on dev); a verb head is read before the other links only
QUALIFIER_STARTS = frozenset("多高超逾近约达")  # 多达, 高达, 超, 逾, 近, 约: a qualifier a figure's span opens on
TOTALS = frozenset({"共", "共有", "共计", "合共", "总计"})  # 授予了: a verb that takes an aspect is a predicate
HEAD_NOUN_TAGS = frozenset({"n", "vn", "an", "ng"})  # common nouns that may lead a verb used as a noun (住宅买卖登记)


# first characters of adverbs of negation, modality, degree, time or scope (不必, 毋须, 已经, 比较, 仅仅)
VERBAL_ADVERB_STARTS = frozenset("不没未无毋勿别须必应已曾正将才就都也还再又仍均皆只仅最更较比很太极")


@cache
def comparison_words() -> frozenset[str]:
    """The words a noun phrase before a figure stops at: cues of comparison, and the cues of a point of comparison
    in 于 (领先于/n 乙公司: jieba may tag one a noun; but 领先指数 is a leading index). Built once, not per phrase."""
    return words("comparison_cues.txt") | {cue for cue in words("comparison_base_cues.txt")
                                          if cue.endswith(("于", "於"))}


def is_glued_copula(tok: Token) -> bool:
    """申请期为/v, 贷款率为/v, 转让价为/n: jieba's guess at a word it does not know (tagged a verb or a noun), the
    last character of a noun glued to the copula or verb of level after it (为, 达, 至); and 比为/d, 比约/d, words of
    jieba's own dictionary that glue the 比 of a ratio (师生比, 投入产出比) to the copula after it."""
    return len(tok.text) == 2 and ((tok.text[1] in GLUED_COPULAS and tok.tag.startswith(("v", "n"))
                                    and not in_dictionary(tok.text)) or tok.text in RATIO_GLUES)


def noun_part(tok: Token) -> str:
    """The token's text without the copula jieba glued to it (期为 -> 期)."""
    return tok.text[0] if is_glued_copula(tok) else tok.text


def is_per_unit(tok: Token) -> bool:
    """零售价由每瓶/r 999元, 售价每公斤/n 36元: 每 and a classifier or a unit before a figure say what it is per,
    like a unit."""
    if not (len(tok.text) >= 2 and tok.text.startswith("每")):
        return False
    return (len(tok.text) == 2 and tok.tag == "r") or tok.text[1:] in UNITS


FORECAST_VERBS = ("预计", "预估", "估计")  # 某行预计内地出口…: verbs whose object is a clause
# 某某银行指内地出口…: one-character verbs of speech (Hong Kong's 指 above all), which jieba may tag nouns (指/n)
SAYING_CHARACTERS = ("指", "称", "说")


class PhraseReader:
    """Reads noun phrases in one document; `time_spans` are its dates, periods and framing durations."""

    def __init__(self, view: DocumentView, time_spans: SpanIndex) -> None:
        self.view = view
        self.text = view.text
        self.tokens = view.tokens
        self.time_spans = time_spans

    def is_nominal(self, tok: Token) -> bool:
        """Nouns, Latin words (CPU, Snapdragon, A55) and verbs that name measures (排名, 投资)."""
        if tok.tag.startswith(METRIC_TAG_PREFIXES) or tok.text in words("nominal_verbs.txt"):
            return True
        return tok.text.isascii() and tok.text.isalnum() and not tok.text.isdigit()

    def is_cut_noun_end(self, i: int) -> bool:
        """总投资额/n 度/zg: a single bound character jieba cut off a noun, which with the noun's last character
        forms a noun of its dictionary (额度), ends the phrase: the measure is the whole word, not cut at the cut."""
        tok = self.tokens[i]
        if len(tok.text) != 1 or not tok.tag.startswith(BOUND_TAGS) or i == 0:
            return False
        before = self.tokens[i - 1]
        return (before.end == tok.start and self.is_nominal(before) and before.text[-1:].strip() != ""
                and (dictionary_tag(before.text[-1] + tok.text) or "").startswith("n"))

    def is_model_number(self, i: int) -> bool:
        """The 15 of iPhone 15: digits after a Latin word, with or without a space."""
        if not self.tokens[i].text.isdigit():
            return False
        j = i - 1 if i > 0 and self.tokens[i - 1].text != " " else i - 2
        return j >= 0 and self.is_nominal(self.tokens[j]) and self.tokens[j].text.isascii()

    def is_space_inside_phrase(self, i: int) -> bool:
        """A space between two words of one phrase, as in GPU 频率 or Galaxy Tab Pro."""
        if not (self.tokens[i].text == " " and 0 < i < len(self.tokens) - 1):
            return False
        left, right = self.tokens[i - 1], self.tokens[i + 1]
        joined = (self.is_nominal(left) or self.is_model_number(i - 1)) and (
            self.is_nominal(right) or self.is_model_number(i + 1))
        return joined and (left.text.isascii() or right.text.isascii())

    def skip_space(self, i: int) -> int:
        """Step over a space before a Latin word or a comparative (6 核 Kirin, 40% 更快), not a newline."""
        if i + 1 < len(self.tokens) and self.tokens[i].text == " ":
            following = self.tokens[i + 1].text
            if (following.isascii() and following.isalnum()) or following in comparatives() or following == "的":
                return i + 1
        return i

    def past_aside(self, i: int, figure_end: int) -> tuple[int, int]:
        """188元/股（前复权）历史高点, 420宗（较去年多30宗）噪音投诉: an aside in brackets right after a figure (its
        basis, the figure restated, a share of a total) stands between the figure and what it is of. The index of the
        token past the aside and the offset where it ends; `i` and `figure_end` where no aside follows."""
        if i >= len(self.tokens) or self.tokens[i].start != figure_end or self.tokens[i].text not in OPENING_BRACKETS:
            return i, figure_end
        window = self.text[figure_end : figure_end + MAX_ASIDE + 2]
        close = min((k for k in map(window.find, CLOSING_BRACKETS) if k > 0), default=-1)
        if close < 0 or any(mark in window[:close] for mark in ASIDE_BREAKS):
            return i, figure_end
        end = figure_end + close + 1
        return self.view.token_index_at(end), end

    def noun_phrase_after(self, q: Quantity, *, comparative: bool = False) -> tuple[int, int] | None:
        """3家创新企业, 3亿元创投基金, 90%以上的国家和地区, 40% 更快的 GPU 频率: what a figure is of, written
        after it (with `comparative`, after the comparative word)."""
        i = self.view.token_index_at(q.end)
        if i < len(self.tokens) and self.tokens[i].start < q.end:
            i += 1
        i = self.skip_space(i)
        i, figure_end = self.past_aside(i, q.end)
        if comparative and i < len(self.tokens) and self.tokens[i].text in comparatives():
            i += 1
        elif q.unit == "倍" and (noun := self.noun_past_multiple_modifier(q, i)) is not None:
            i = noun
        elif q.unit in rate_units() and not (i < len(self.tokens) and (
                self.tokens[i].text == "的" or self.is_glued_noun(q, self.tokens[i]))):
            return None
        # 两大/m 看点, 三大/j 支撑/v: jieba reads 大 of a group count (no unit) in many ways; the group noun follows
        group = (q.kind == "number" and not q.unit and i < len(self.tokens) and self.tokens[i].start == figure_end
                 and self.tokens[i].text in GROUP_WORDS)
        opening = self.tokens[i].end if group else figure_end  # where the phrase a count counts opens
        if group:
            i += 1
        of = i < len(self.tokens) and self.tokens[i].text == "的"
        i = self.skip_space(i + 1 if of else i)
        if of and i + 1 < len(self.tokens) and self.in_time_phrase(i) and self.is_nominal(self.tokens[i + 1]):
            i += 1  # 85%的全年/t 涨幅: when is the period's, what is the noun's
        if (not of and q.kind == "number" and bool(q.unit) and i < len(self.tokens)
                and self.tokens[i].start == figure_end and self.tokens[i].text in division_words()):
            return self.tokens[i].start, self.tokens[i].end  # 六个县/zg, 十个村: a count of divisions counts them,
            # one character though the word is (and what follows, 县粮食产量, is the divisions' own measure)
        start = end = None
        counts = q.kind == "number" and bool(q.unit)
        while i < len(self.tokens):
            tok = self.tokens[i]
            if start is None and counts and tok.start == opening and (of_noun := self.modifiers_end(i)) is not None:
                start, i = tok.start, of_noun  # 十个已建成的车站, 两座8吋晶圆厂: the noun the count's modifiers lead to
                continue
            if self.view.overlaps_quantity(tok.start, tok.end):
                break  # 88宗少/nr 二成/nrt 六: jieba read the next figure into a name; no phrase runs into a figure
            if tok.text in OPENING_QUOTES:  # a quoted label inside the phrase: 3所「211」高校
                close = next((k for k in range(i + 1, min(i + 6, len(self.tokens)))
                              if self.tokens[k].text in QUOTES), None)
                if close is None:
                    break
                start = tok.start if start is None else start
                i = close + 1
                continue
            if (start is None and tok.tag == "i" and self.text[tok.end : tok.end + 1] in COUNTED_ACT_ENDS
                    and self.view.overlaps_name(q.start - 1, q.start)):
                break  # 乙公司9万辆紧随其后/i，: an idiom closing the clause after a name's figure says what the
                # name did, not what (but 两套大相径庭/i 的方案 counts what the idiom describes)
            if start is not None and tok.text in words("metric_time_words.txt") and i + 1 < len(self.tokens) \
                    and self.is_nominal(self.tokens[i + 1]):
                i += 1  # 出货年增幅: a time word inside the phrase
                continue
            following = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
            if (start is None and tok.tag == "r" and tok.text in place_words() and q.kind == "number" and bool(q.unit)
                    and i + 1 < len(self.tokens) and self.tokens[i + 1].start == tok.end
                    and self.is_nominal(self.tokens[i + 1])):
                i += 1  # 12位本地/r 画家: a place said generically between a count and its noun is whose, not what
                continue
            if start is None and counts and tok.start == opening and self.opens_compound(i):
                start = tok.start  # 8条夜间/t 公交线路, 50个本科/r 招生/v 名额: a word jieba reads as a time word or a
                i += 1  # pronoun opens the compound a count counts (the phrase needs a noun after it to end)
                continue
            if (start is None and tok.text in PASSIVES and tok.start == figure_end and q.unit in REPEAT_CLASSIFIERS
                    and i + 1 < len(self.tokens) and self.tokens[i + 1].tag == "v"):
                start = tok.start  # 5次被/p 评为先进: the passive act repeated is what a count of times counts
                i += 1
                continue
            if (tok.text == "的" and start is not None and q.kind == "number" and bool(q.unit)
                    and i + 1 < len(self.tokens) and self.is_nominal(self.tokens[i + 1])):
                i += 1  # 两个彼此独立的方案: a count counts the noun its modifiers lead to
                continue
            changes_to = q.kind == "duration" and start is None and (  # 由12年降至8年, 由3年增加
                tok.text in role_cues() or (tok.text[-1:] in "至到" and tok.text in words("metric_skip.txt")))
            if (tok.tag.startswith("v") and following in words("level_cues.txt")) or changes_to:
                break  # 999元调整/vn为1099元, 由12年降至8年: a verb of the new level is no noun of the phrase
            if start == self.tokens[i - 1].start and self.tokens[i - 1].tag in PERSON_TAGS and tok.text in COPULAS:
                break  # 占股45%的王某是大股东: a copula after a person's name opens what is said of the person
            if (end is not None and end == self.tokens[i - 1].end and tok.tag.startswith("v") and len(tok.text) == 2
                    and tok.text[-1] in RESULT_LINKS and q.kind == "number" and bool(q.unit)):
                break  # 将16件瓷器赠给/v 博物馆, 把三幅画视为/v 珍品: a verb with its goal (给, 为) after the noun
                # counted says where or what the thing became, not what is counted (a share keeps its predicate:
                # 六成受访者认为)
            if (end is not None and end == self.tokens[i - 1].end and tok.tag == "f"
                    and not (following and self.tokens[i + 1].start == tok.end and self.tokens[i + 1].tag[0] == "n")):
                break  # 从近千家企业中胜出: a position word after the noun counted says among what; the verb after it
                # is what some of them did (but 5个城市中/f 心区 glues a noun on)
            if tok.tag.startswith("v") and i > 0 and (
                    self.tokens[i - 1].text in words("rate_nouns.txt") or tok.text in words("rank_verbs.txt")):
                break  # 85%的涨幅位列/v 第一, 12%的份额位居前三: the verb after the noun opens the predicate
            glued_to_noun = (i + 1 < len(self.tokens) and self.tokens[i + 1].start == tok.end
                             and self.is_nominal(self.tokens[i + 1]))
            # 宽/a 基/n 指数: one noun jieba cut; 二手/m 商铺, 一线/m 城市: a word opening on a digit's numeral that is
            # no figure opens the phrase (not 百分/m 值, nor 有一点/m 距离 inside it)
            # (累计/v 最低/a 收入: an adjective glued after the verb a phrase opens on modifies its noun; after a noun,
            # 原价/n 最高/a 优惠, it opens another phrase; 6毫米超薄/a 面板, 一年有效/a 期限: so does one glued to the
            # figure, which describes what the figure is of)
            after_verb = start is not None and end is None
            opens_on_figure = start is None and tok.start == figure_end
            # 6间长者健康/a 中心, 15个儿童友好/a 社区: after a count, an adjective glued between two nouns is inside one
            # compound (not a degree word, 原价最高/a 优惠, nor a skip word of a measure, 企业平均/a 薪资: they open the
            # phrase of another figure)
            inside_compound = (counts and end is not None and end == tok.start and len(tok.text) > 1
                               and tok.text[0] not in VERBAL_ADVERB_STARTS and tok.text not in words("metric_skip.txt"))
            modifier = glued_to_noun and ((tok.tag == "a" and (len(tok.text) == 1 or after_verb or opens_on_figure
                                                               or inside_compound))
                                          or (tok.tag == "m" and start is None and tok.text[0] in PLAIN_DIGITS + "两"))
            # 40%的新/a 买/v 楼宇/n: a one-character adjective, a verb and a noun glued together are one noun jieba cut
            cut_noun = (start is None and tok.tag == "a" and len(tok.text) == 1 and i + 2 < len(self.tokens)
                        and self.tokens[i + 1].start == tok.end and self.tokens[i + 1].tag == "v"
                        and self.tokens[i + 2].start == self.tokens[i + 1].end and self.is_nominal(self.tokens[i + 2]))
            modifier = modifier or cut_noun or (  # 12倍每股/r 收益: a per-unit word opens the noun it divides
                start is None and tok.tag == "r" and tok.text.startswith("每") and glued_to_noun)
            # 两个层次/m, 16份合同/a, 8个路口/s: jieba tags some nouns right after a classifier as numerals, adjectives
            # or place words; a word of two characters or more with no numeral in it, glued to a count, is what it
            # counts
            counted_word = (start is None and tok.start == opening and counts
                            and tok.tag in ("m", "a", "s") and len(tok.text) > 1 and not set(tok.text) & NUMERAL_CHARS)
            # 1200个新的岗位, 三项重要的任务: an adjective and 的 between a count and its noun describe what it counts
            described = (start is None and tok.tag == "a" and counts
                         and following == "的" and i + 2 < len(self.tokens) and self.is_nominal(self.tokens[i + 2]))
            if (self.is_nominal(tok) or counted_word or tok.tag in ("v", "f") or modifier or described
                    or self.is_modifying_adverb(i)
                    or (start is not None and self.is_space_inside_phrase(i))):
                start = tok.start if start is None else start
                # 历经12年谈判: a duration measures an event; 三场选举/v，, 完成90公斤推举/v，: a verb alone after a
                # count or a measure ends its clause as the thing counted or the event measured
                counted_act = ((counts or group or q.kind == "measure") and tok.start == opening
                               and tok.tag == "v" and following[:1] in COUNTED_ACT_ENDS
                               and not tok.text.startswith(RANKING_ACTS))  # (以900万支居冠: a rank, not an act)
                if self.is_nominal(tok) or q.kind == "duration" or counted_act or counted_word:
                    end = tok.end
                i += 1
            else:
                break
        last = self.view.token_index_at(end - 1) if end is not None else -1
        if (start is not None and last > 0 and self.tokens[last].start > start
                and self.tokens[last].text in words("metric_skip.txt") and self.is_nominal(self.tokens[last - 1])
                and self.tokens[last].text not in words("rate_nouns.txt")):
            end = self.tokens[last].start  # 62个小项共/n 64枚, 106个街道全部/n 成立: an adverb jieba tags a noun after
            # the noun counted belongs to the verb after it
        # 两次紧急/a 式/k 减息/v: the reading took 紧急 alone and stopped inside the words closing the clause (but
        # 三家银行扩张速度不同/a: an adjective it stops at after a noun is a predicate)
        stopped_inside = (start == opening and i < len(self.tokens) and self.tokens[i].text not in COUNTED_ACT_ENDS
                          and not (self.tokens[i].tag.startswith("a") and any(
                              self.is_nominal(tok) for tok in self.tokens[self.view.token_index_at(start):i])))
        if (counts and (start is None or end is None or end - start < 2 or stopped_inside)
                and (closing := self.words_closing_clause(opening)) is not None):
            return closing  # 两次紧急/a 式/k 减息/v。, 两场大/a 游行/v，: what a count counts, whatever jieba's tags
        if group and (start is None or end is None or end - start < 2):
            # 9大类50种, 四大行: with no noun after it, or a noun of one character, the group word names what is counted
            start, end = figure_end, opening if start is None or end is None else end
        if start is None or end is None or end - start < 2:
            return None
        return self.trim_quotes(start, end)

    def words_closing_clause(self, opening: int) -> tuple[int, int] | None:
        """两次紧急/a 式/k 减息/v。, 两场大/a 游行/v，, 4次逆/vg 回购/v 操作/v: the words glued after a count with a
        classifier that run to the end of its clause are what it counts, though jieba tags them verbs, adjectives or
        suffixes and no noun closes them (a single verb there is the act counted, read as such already). Not a run
        with an adverb, a particle, a name, a figure or a verb of a level in it, nor one opening on a verb of change:
        those are a predicate said of what was counted (8家大幅/d 上涨/v), while a verb of change after its modifier
        names the act (紧急式减息)."""
        i = self.view.token_index_at(opening)
        if i >= len(self.tokens) or self.tokens[i].start != opening:
            return None
        k = i
        while (k < len(self.tokens) and k - i <= MAX_CLOSING_WORDS and self.tokens[k].text not in COUNTED_ACT_ENDS
               and self.tokens[k].start == (opening if k == i else self.tokens[k - 1].end)):
            tok = self.tokens[k]
            if (not tok.tag.startswith(CLOSING_WORD_TAGS) or tok.tag in PERSON_TAGS
                    or self.view.overlaps_quantity(tok.start, tok.end) or (k == i and tok.text in role_cues())
                    or tok.text in words("level_cues.txt") or tok.text in words("rank_verbs.txt")):
                return None
            k += 1
        end = self.tokens[k - 1].end
        if not 2 <= k - i <= MAX_CLOSING_WORDS or self.text[end : end + 1] not in COUNTED_ACT_ENDS | {""}:
            return None
        return opening, end

    def opens_compound(self, i: int) -> bool:
        """夜间/t 公交线路, 早间/t 托管/v 学位, 本科/r 招生/v 名额: a word of two characters or more that jieba tags a
        time word (outside the document's periods) or a pronoun (not a place said generically: 本地, 各地), glued to a
        noun or a verb after it, modifies the head noun of one compound."""
        tok = self.tokens[i]
        if (len(tok.text) < 2 or tok.tag not in ("t", "r") or i + 1 >= len(self.tokens)
                or (tok.tag == "t" and self.in_time_phrase(i)) or tok.text in place_words()):
            return False
        following = self.tokens[i + 1]
        return following.start == tok.end and (self.is_nominal(following) or following.tag == "v")

    def modifiers_end(self, i: int) -> int | None:
        """Where the noun a count counts begins, past the modifiers glued after the count that the phrase reading
        stops at: a clause closed by 的 (十个已建成的车站, 三种彼此不同的方案: an adverb, a verb or a pronoun opens
        it) or a figure glued to a noun (两座8吋晶圆厂, 5家300亿以上规模企业: a specification or threshold of what
        is counted). None where the words after the count are not such a modifier, or run past the clause."""
        first = self.tokens[i]
        if self.view.overlaps_quantity(first.start, first.end):
            k = i
            while k < len(self.tokens) and self.view.overlaps_quantity(self.tokens[k].start, self.tokens[k].end):
                k += 1
            while k < len(self.tokens) and self.tokens[k].tag == "f" and self.tokens[k].start == self.tokens[k - 1].end:
                k += 1  # 百亿以上/f 规模: the bound of a threshold
            glued = k < len(self.tokens) and self.tokens[k].start == self.tokens[k - 1].end
            return k if glued and self.is_nominal(self.tokens[k]) else None
        if (not first.tag.startswith(("d", "v", "p", "r")) or first.text in role_cues()
                or first.text[-1] in LEVEL_AND_RANK_ENDINGS):
            return None  # (a noun or an adjective opens a phrase the reading takes as it is; 增至, 达到 a predicate)
        for k in range(i + 1, min(i + MAX_MODIFIER_TOKENS + 1, len(self.tokens) - 1)):
            tok = self.tokens[k]
            if tok.text == "的":
                return k + 1 if self.is_nominal(self.tokens[k + 1]) else None
            if tok.text in COUNTED_ACT_ENDS or tok.text in role_cues() or tok.text in words("level_cues.txt"):
                return None  # (3个增至5个的水平: a verb of change or of a level opens a predicate)
        return None

    def is_marked_verb(self, i: int) -> bool:
        """漂流/a 了, 徒步/d 了: a word of two characters jieba tags an adjective or an adverb is a verb where the
        aspect particle 了 is glued after it (what was done, as 赚了 is); so is a word tagged a particle (等/u 了:
        waited, never the 等 closing a list)."""
        tok = self.tokens[i]
        after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return ((tok.tag in MARKED_VERB_TAGS and len(tok.text) >= 2 or tok.tag == "u")
                and after is not None and after.text == "了"
                and after.start == tok.end and all("\u4e00" <= ch <= "\u9fff" for ch in tok.text))

    def is_modifying_adverb(self, i: int) -> bool:
        """12项长期/d 协议/n, 动用5亿元经常/d 开支/v: a word jieba tags as an adverb, glued before a noun (or a verb
        that names a measure: nominal_verbs.txt), modifies that noun (but adverbs of negation, modality, degree or
        scope go with a verb jieba tagged as a noun: 毋须/d 纳税/n)."""
        tok = self.tokens[i]
        if tok.tag != "d" or len(tok.text) < 2 or tok.text[0] in VERBAL_ADVERB_STARTS or i + 1 >= len(self.tokens):
            return False
        following = self.tokens[i + 1]
        names_measure = following.tag.startswith("n") or following.text in words("nominal_verbs.txt")
        return following.start == tok.end and names_measure

    def ranked_phrase_after(self, q: Quantity) -> tuple[int, int] | None:
        """第二大股东, 第二最常见的癌症, 第一次提价, 第三批撤并的网点: what a rank ranks is written after it, past
        大 and 最 + an adjective; after a count of repeats (次, 批, 年) it is the act repeated, with its object."""
        i = self.view.token_index_at(q.end)
        if i < len(self.tokens) and self.tokens[i].start < q.end:
            i += 1
        while i < len(self.tokens) and (self.tokens[i].text in RANK_MODIFIERS or (
                self.tokens[i - 1].text == "最" and self.tokens[i].tag.startswith("a"))):
            i += 1
        repeats = self.text[q.end - 1 : q.end] in REPEAT_CLASSIFIERS
        start = end = None
        while i < len(self.tokens):
            tok = self.tokens[i]
            act = repeats and tok.tag.startswith("v")
            if self.is_nominal(tok) or act or tok.tag == "v":  # 第二最常见的致命/v 癌症: a verb inside the phrase
                start = tok.start if start is None else start
                end = tok.end if self.is_nominal(tok) or act else end
            elif not (start is not None and tok.text == "的" and not repeats):  # 第二批撤并的网点: the act is ranked
                break
            i += 1
        if start is None or end is None or end - start < 2:
            return None
        return start, end

    def is_glued_noun(self, q: Quantity, tok: Token) -> bool:
        """约56%财政盈余, 64%纾困款项, 60%按揭/vn 成数, 三成营收/v, 2%通胀/j 目标: a noun written right after a
        percentage is what it is a share of (not a person's name nor an idiom: 由9%逐步回落/l); 20倍PE, 30倍市盈率,
        4倍额度: a multiple glued to a ratio or a noun is a multiple of it."""
        if q.unit == "倍":
            return tok.start == q.end and self.is_multiple_base(tok)
        return q.unit == "%" and tok.start == q.end and tok.tag not in NOT_SHARED and self.is_nominal(tok)

    def noun_past_multiple_modifier(self, q: Quantity, i: int) -> int | None:
        """12倍明年/t 每股收益, 15倍FY29年盈利: a time phrase between a multiple and a noun (the period's, with the 年
        of a fiscal year read apart) leaves the figure a multiple of that noun (a per-unit word before it too: 每股/r
        收益); the index where the noun phrase opens, where one follows."""
        k = i
        while k < len(self.tokens) and self.tokens[k].start == (self.tokens[k - 1].end if k > i else q.end) and (
                self.in_time_phrase(k) or (k > i and self.tokens[k].text in ("年", "年度"))):
            k += 1
        if k == i or k >= len(self.tokens) or self.tokens[k].start != self.tokens[k - 1].end:
            return None
        per_unit = self.tokens[k].text.startswith("每") and k + 1 < len(self.tokens)
        noun = self.tokens[k + 1] if per_unit else self.tokens[k]
        return k if self.is_multiple_base(noun) else None

    @staticmethod
    def is_multiple_base(tok: Token) -> bool:
        """A noun, a Latin word (PE) or a ratio (市盈率) that a multiple can be of."""
        return tok.tag in ("eng", "n") or tok.text.endswith("率")

    def noun_phrase_before(self, offset: int, *, floor: int) -> tuple[int, int] | None:
        """The noun phrase ending before `offset`, skipping cue words; places at its front are dropped."""
        tokens = self.tokens
        i = self.view.index_before(offset)
        skip = skip_before_metric()
        while i >= 0 and tokens[i].end > offset:
            i -= 1
        # (not a clause's last words; a qualifier the figure opens on, 多达320宗, links it like 达)
        last = i if self.text[offset : offset + 1] not in COUNTED_ACT_ENDS else -1
        linked = self.text[offset : offset + 1] in QUALIFIER_STARTS
        while i >= 0 and (tok := tokens[i]).start >= floor:
            if (described := self.described_start(i, floor)) is not None:
                i = described  # 由历史低位的0.5%: the words after 由 say which level it was, not what
                continue
            if self.is_adjective_of_size(i, floor):
                i -= 2  # 高达惊人的61.5%: an adjective of the figure's size, not what it measures
                continue
            if (reckoned := self.reckoning_start(i, floor)) is not None:
                i = reckoned - 1  # 生产总值环比按年率计算增长2.4%: how the change is reckoned, not what
                continue
            if (per := self.per_amount_start(i, floor)) is not None:
                i = per - 1  # 收购价为每50公斤130元: what the price is per, like a unit
                continue
            if self.is_split_per_unit(i, floor):
                i -= 2  # 升至每/zg 安士/ns: 每 and a unit jieba cut apart say what the price is per, like a unit
                continue
            if tok.text in CLOSING_BRACKETS:  # 工业投资（不含电力）120亿元: step over the aside (an English gloss too)
                window = (max(floor, tok.start - 40), tok.start)
                opening = max(self.text.rfind("(", *window), self.text.rfind("（", *window))
                if opening < 0:
                    break
                i = self.view.token_index_at(opening) - 1
                continue
            if (based := self.time_base_start(i, floor)) is not None:
                i = based - 1  # 看房人数比起/v 数月/m 前少/r 三成: the earlier time compared with, not what changed
                continue
            if self.is_marked_verb(i):
                return None  # 在高原上徒步/d 了 300公里: an act stands between the figure and the nouns before it
            if self.is_ratio_end(i):
                break  # 师生/n 比/p 达到: the ratio's 比 ends its name (no comparison: nothing is compared after it)
            skip_tag = ((tok.tag in METRIC_SKIP_TAGS and tok.text not in words("nominal_verbs.txt")  # 率/d: a noun
                         and tok.text not in RATIO_GLUES)  # (师生比为/d: the ratio's 比 ends the phrase)
                        or is_per_unit(tok))
            if not ((tok.text in skip and tok.text not in words("rate_nouns.txt")) or skip_tag or not tok.text.strip()
                    or self.is_compared_change(tok.text)
                    or self.in_time_phrase(i)
                    or self.is_adverb_and_cue(tok) or self.is_degree_before_cue(i)
                    or self.is_adverbial_before_skipped(i, offset)
                    or (tok.text in OPENING_QUOTES and i > 0 and tokens[i - 1].text in ("由", "从"))  # 由“2年”
                    or self.is_verb_of_arrival(i) or tok.text in LABEL_COLONS or self.is_cue_of_time_base(i)
                    or tok.text == LEVEL_BREAK):
                break
            i -= 1
        end = start = None
        if self.is_cut_before_preposition(i, floor):
            start, end = tokens[i - 1].start, tokens[i].start + 1  # 成/n 交由/v: the word 成交, then 由
            i -= 2
        comparisons = comparison_words()  # (领先于/n 乙公司: what is compared with opens after it)
        while i >= 0 and (tok := tokens[i]).start >= floor and (
                tok.text not in comparisons or (end is None and self.is_ratio_end(i))):
            if end is not None and self.in_time_phrase(i):
                break  # 本季度某车企交付量: the time the phrase opens with is the figure's period, not its measure
            if end is not None and self.opens_reported_clause(i, floor):
                break  # 某行预计/vn 内地出口: the forecast's object clause opens after its verb
            if end is None and (head := self.verb_head_start(i, floor, last, linked=linked)) is not None:
                start, end = tokens[head].start, tok.end  # 住宅/n 买卖/v 登记/v 共: the verbs a noun leads are its head
                i = head - 1
                continue
            if end is not None and self.is_adjective_of_noun(i):
                start = tok.start  # 先进/a 制程/n: an adjective of quality glued before the noun opens the phrase
                break
            if end is None and self.is_ratio_end(i):
                # 城乡居民收入/v 比/p 缩小至, 胜负/v 比/p: 比 closes the ratio's name, and the term glued before it
                # (a verb too) is part of it
                start, end = tokens[i - 1].start, tok.end
                i -= 2
                continue
            if end is None and is_glued_copula(tok):
                start, end = tok.start, tok.start + 1  # 申请期为/v 9个月: 期 ends the phrase, 为 links it
                i -= 1
                continue
            if end is None and self.is_verb_after_of(i) and tokens[i + 1].text in skip:
                # 全省的生产/v达到3600亿度: a verb after 的 is a noun (but not in a frame: 在政策的推动下增长5%)
                start, end = tok.start, tok.end
                break
            if self.is_nominal(tok) or (tok.text in QUOTES and end is not None) or (
                end is not None and tok.tag == "h"  # 非/h 食品价格: a prefix (非, 准, 副) is part of the phrase
            ) or (
                end is None and tok.text in QUOTES and tok.text not in OPENING_QUOTES
            ) or (end is not None and self.is_space_inside_phrase(i)) or self.is_model_number(i) or (
                end is not None and self.is_unit_of_price(i)  # 银饰克/m 价/n: the price per gram, one noun
            ) or (
                end is not None and tok.tag.startswith("v") and noun_part(tokens[i + 1]) in VERB_NOUN_SUFFIXES
            ) or (  # 发现/v 率, 担保/v 额, 申请/v 期为/v: a verb and a bound noun of measure are one noun
                end is None and self.is_cut_noun_end(i)  # 总投资额/n 度/zg: and a noun jieba cut before 度
            ):
                end = tok.end if end is None else end
                start = tok.start
                i -= 1
            else:
                break
        if start is None:
            return None
        if end - start > 1:  # (30年期上行3个基点: a tenor alone names no measure; the one before runs on)
            start = self.tenor_start(start)
        past = self.view.past_names(start)
        # 沪指, 港股: a name that ends inside a word is part of that word's name, not a holder in front of it
        start = past if past >= end or self.tokens[self.view.token_index_at(past)].start == past else start
        if start >= end:
            return None
        start, end = self.trim_quotes(start, self.without_cue(start, end))
        start = self.past_time_fragment(start, end)
        return (start, end) if end - start >= 2 else None

    def opens_reported_clause(self, i: int, floor: int) -> bool:
        """A verb of forecast (FORECAST_VERBS) after a noun or a pronoun of its clause (某行预计, 分析师预估, 该行估计):
        someone forecasts what follows, so the verb is no word of the phrase after it, though jieba tags it a noun
        of action (预计/vn). Not 预期, 预测 or 指引, nouns of a forecast too (某机构的预期增幅, 负荷预测). Likewise 指,
        称 or 说 right after a name (某某银行指/n 内地出口): the name says what follows."""
        tok = self.tokens[i]
        if i == 0 or self.tokens[i - 1].start < floor or self.tokens[i - 1].end != tok.start:
            return False
        before = self.tokens[i - 1]
        if tok.text in SAYING_CHARACTERS:  # (沪/j 指/n: an index's name; only a name's end says it is speech)
            return (self.view.overlaps_name(before.end - 1, before.end)
                    and not self.view.overlaps_name(tok.start, tok.end))
        return (tok.tag.startswith("v") and tok.text in FORECAST_VERBS
                and (self.is_nominal(before) or before.tag.startswith("r")))

    def past_time_fragment(self, start: int, end: int) -> int:
        """上月销量 cut 上/月销量, 全年发电量 cut 全/年发电量: a phrase jieba opened inside a time (the figure's period)
        starts after that time's last character, not on it."""
        while start < end and start > 0 and self.time_spans.enclose(start - 1, start + 1):
            start += 1
        return start

    def time_base_start(self, i: int, floor: int) -> int | None:
        """比起/v 数月/m 前少/r, 较/p 疫情/n 前/f: where tokens[i] is the 前 that closes an earlier time compared with
        (jieba may glue it to the verb after it: 前少, 前多), the index of the cue of comparison that opens it, with
        at most two words between them and no punctuation."""
        tokens = self.tokens
        if not (tokens[i].text.startswith("前") and len(tokens[i].text) <= 2):
            return None
        cues = comparison_words()
        for j in range(i - 1, max(i - 4, -1), -1):
            if tokens[j].start < floor or tokens[j].tag == "x":
                return None
            if tokens[j].text in cues:
                return j if j < i - 1 else None
            # 恢复至|疫情|前的九成: a verb of reaching a level (time_level_cues.txt) before the event; the figure is a
            # share of the level before it, and the words before the verb say what reached it
            reached = next((cue for cue in words("time_level_cues.txt")
                            if self.text.endswith(cue, floor, tokens[j].start)), None)
            if reached is not None:
                return self.view.token_index_at(tokens[j].start - len(reached))
        return None

    def is_ratio_end(self, i: int) -> bool:
        """师生/n 比/p 达到, 收入/v 比/p 缩小至: a 比 glued after a term and followed by a verb of level or change
        (not by what is compared: 比上年, 比预期) is the last character of a ratio's name."""
        tokens = self.tokens
        return (tokens[i].text == "比" and 0 < i < len(tokens) - 1 and tokens[i - 1].end == tokens[i].start
                and tokens[i - 1].tag in RATIO_TAGS and tokens[i + 1].text in skip_before_metric()
                and not self.in_time_phrase(i - 1))

    def is_cut_before_preposition(self, i: int, floor: int) -> bool:
        """住宅成/n 交由/v 上月的80宗: jieba joined a noun's last character to the preposition after it (由, 为, 于)
        where the character before and that last one form a word of the dictionary (成交): the noun ends inside the
        token, which the figure's level or start follows."""
        if i < 1 or i >= len(self.tokens):
            return False
        tok, before = self.tokens[i], self.tokens[i - 1]
        return (len(tok.text) == 2 and tok.text[1] in CUT_PREPOSITIONS and tok.tag.startswith(("v", "p"))
                and len(before.text) == 1 and before.end == tok.start and before.start >= floor
                and in_dictionary(before.text + tok.text[0]))

    def is_unit_of_price(self, i: int) -> bool:
        """银饰克价, 汽油吨价, 牛肉斤价: a unit jieba splits off the 价 right after it says what the price is per and
        belongs to the noun; not the unit of a figure (10克价格 is 10克 and a price)."""
        tok, tokens = self.tokens[i], self.tokens
        return (tok.text in UNITS and i + 1 < len(tokens) and tokens[i + 1].text in UNIT_PRICE_NOUNS
                and not self.view.overlaps_quantity(tok.start, tok.end))

    def verb_head_start(self, i: int, floor: int, last: int, *, linked: bool = False) -> int | None:
        """住宅/n 买卖/v 登记/v 录得5000宗, 土地/n 出让/v 累计: verbs of two characters or more glued in a row after a
        common noun (no name, place or holder: 某公司/n 减持/v is the company's act, its name no part of the measure),
        with linking words only (录得, 达; one at least, or a qualifier the figure opens on: `linked`) between them and
        the figure (tokens[last] is the last word before it), are the head of a noun phrase the noun leads, not a
        predicate; where the first of them stands, if so."""
        tokens = self.tokens
        skip = skip_before_metric()
        links = tokens[i + 1 : last + 1]
        if ((not links and not linked) or (links and links[0].text in COPULAS)
                or any(tok.text not in skip or tok.text in ASPECT_PARTICLES or tok.text in TOTALS for tok in links)):
            return None  # 某实体授予/v 了 6亿元, 为某项目提供/v 100亿元, 售价厘定/v 为: a predicate, not a head
        j = i
        while (j > 0 and tokens[j].tag == "v" and len(tokens[j].text) >= 2 and tokens[j].start >= floor
               and tokens[j - 1].end == tokens[j].start and tokens[j].text not in skip
               and not self.is_predicate_verb(tokens[j].text)):
            j -= 1
        noun = tokens[j]
        if (j == i or noun.start < floor or noun.tag not in HEAD_NOUN_TAGS or len(noun.text) < 2
                or noun.text.endswith(holder_endings()) or self.view.overlaps_name(noun.start, noun.end)):
            return None
        return j + 1

    @staticmethod
    def is_predicate_verb(text: str) -> bool:
        """可长/v, 率居/v, 增长/v: a verb opening on a modal or an adverb, ending in a verb of level or rank (至, 为,
        居), or ending in a cue of change says how the figure is, never what."""
        return (text[0] in VERBAL_ADVERB_STARTS or text[0] in MODALS or text[-1] in LEVEL_AND_RANK_ENDINGS
                or cue_endings().longest_ending(text) is not None)

    def is_adjective_of_noun(self, i: int) -> bool:
        """先进/a 制程/n, 高端/a 机型: an adjective of two characters glued before the noun phrase being read
        (tokens[i + 1] opens it) qualifies that noun; not one of degree (较高, 最大) nor one after 的 or a verb, which
        says how the figure is (高达/v 惊人/a 的), nor a cue of comparison or change jieba tags an adjective."""
        tokens = self.tokens
        tok = tokens[i]
        if (tok.tag != "a" or len(tok.text) != 2 or tok.text[0] in VERBAL_ADVERB_STARTS or i + 1 >= len(tokens)
                or tok.text in words("comparison_base_cues.txt") or tok.text in role_cues()  # 落后/a 乙公司: a cue
                or tokens[i + 1].start != tok.end or not tokens[i + 1].tag.startswith("n")):
            return False
        return i == 0 or not (tokens[i - 1].text == "的" or tokens[i - 1].tag.startswith(("v", "d")))

    @staticmethod
    def is_compared_change(text: str) -> bool:
        """环比增长/v, 同比下滑/v: jieba's one word of a comparison's cue and a verb of change, which stands between
        a metric and its figure as the two words would."""
        return any(text[:k] in words("comparison_cues.txt") and text[k:] in role_cues() for k in range(1, len(text)))

    def described_start(self, i: int, floor: int) -> int | None:
        """比重从鼎盛时期的30.5%降至20.6%: where tokens[i] is the 的 of a description of a starting level after 由
        or 从, the index of that 由 or 从."""
        return self.opener_before(i, floor, STARTING_POINTS) if self.tokens[i].text == "的" else None

    def is_adjective_of_size(self, i: int, floor: int) -> bool:
        """高达/v 惊人/a 的 61.5%: tokens[i] is the 的 of an adjective after a verb or an adverb (not a name jieba took
        for an adjective after a place: 某国/ns 某某/a 的0.6%)."""
        tokens = self.tokens
        return (tokens[i].text == "的" and i >= 2 and tokens[i - 1].tag == "a" and tokens[i - 2].start >= floor
                and tokens[i - 2].tag.startswith(("v", "d")))

    def tenor_start(self, start: int) -> int:
        """7年期国债利率: a phrase that opens with the 期 of a term (the figure before it, 7年, is no fact but
        the bond's tenor) starts at that figure."""
        if not self.text.startswith("期", start):
            return start
        k = bisect.bisect_right(self.view.quantity_starts, start) - 1
        q = self.view.quantities[k] if k >= 0 else None
        return q.start if q is not None and q.end == start and q.unit in TENOR_UNITS else start

    def per_amount_start(self, i: int, floor: int) -> int | None:
        """每/r 50/m 公斤/q: where tokens[i] is the unit of an amount after 每, the index of that 每."""
        tokens = self.tokens
        if i < 2 or tokens[i - 2].text != "每" or tokens[i - 2].start < floor or not tokens[i - 1].tag.startswith("m"):
            return None
        return i - 2 if tokens[i].tag == "q" or tokens[i].text in UNITS else None

    def is_split_per_unit(self, i: int, floor: int) -> bool:
        """每/zg 安士/ns, 每/r 桶/q: tokens[i] is a unit (or a classifier) glued after a 每 jieba cut off it, which
        `is_per_unit` reads when they are one word; the unit is no noun of the phrase, whatever its tag."""
        tok, tokens = self.tokens[i], self.tokens
        return (i >= 1 and tokens[i - 1].text == "每" and tokens[i - 1].start >= floor
                and tokens[i - 1].end == tok.start and (tok.text in UNITS or tok.tag == "q")
                and not self.view.overlaps_quantity(tok.start, tok.end))

    def reckoning_start(self, i: int, floor: int) -> int | None:
        """按年率计算, 以美元计: where tokens[i] is the verb of a phrase of how a figure is reckoned (计为 too: jieba's
        计 glued to the copula after it), the index of its 按 or 以. A currency or a year jieba tags as a numeral
        (以港元/m 计算, 以2010/m 年/m 为基期计算) is a word of the aside, not a figure: only a quantity that is no
        time ends it."""
        if self.tokens[i].text not in RECKONING_VERBS and self.tokens[i].text != "计为":
            return None
        for j in range(i - 1, max(i - 1 - MAX_DESCRIPTION_TOKENS, -1), -1):
            tok = self.tokens[j]
            if tok.start < floor or tok.tag == "x" or (
                    tok.tag == "m" and self.view.overlaps_quantity(tok.start, tok.end) and not self.in_time_phrase(j)):
                return None
            if tok.text in RECKONING_PREPOSITIONS:
                return j if j < i - 1 else None
        return None

    def opener_before(self, i: int, floor: int, openers: Collection[str],
                      reach: int = MAX_DESCRIPTION_TOKENS) -> int | None:
        """The index of the nearest token of `openers` before token i, with one word or more and at most `reach`
        between them and no figure or punctuation: the word that opens a phrase that token i closes."""
        for j in range(i - 1, max(i - 1 - reach, -1), -1):
            tok = self.tokens[j]
            if tok.start < floor or tok.tag in ("m", "x"):
                return None
            if tok.text in openers:
                return j if j < i - 1 else None
        return None

    def is_cue_of_time_base(self, i: int) -> bool:
        """选民人数较/p 去年增长: a comparison with an earlier time stands between the metric and its change."""
        if self.tokens[i].text not in words("comparison_cues.txt") or i + 1 >= len(self.tokens):
            return False
        base = self.tokens[i + 1]
        return base.tag == "t" or self.in_time_phrase(i + 1) or period_pattern().fullmatch(base.text) is not None

    def is_degree_before_cue(self, i: int) -> bool:
        """公司净利大/a 降/v 70%: one character of degree (大, 狂, 再) right before a cue of change."""
        tokens = self.tokens
        return (len(tokens[i].text) == 1 and tokens[i].tag in ("a", "d") and i + 1 < len(tokens)
                and tokens[i + 1].text in role_cues())

    def is_adverbial_before_skipped(self, i: int, offset: int) -> bool:
        """房屋足/a 有两百间, 车速一般/a 不超过80公里: an adjective used as an adverb before a skipped verb or adverb
        says how much, not what; the noun glued before it is measured. Not a one-character dimension (宽/a 约3米: what
        a length measures)."""
        tokens = self.tokens
        tok = tokens[i]
        if tok.tag != "a" or (len(tok.text) == 1 and tok.text in DIMENSIONS):
            return False
        if i + 1 >= len(tokens) or tokens[i + 1].start != tok.end or i == 0 or tokens[i - 1].end != tok.start:
            return False
        if not self.is_nominal(tokens[i - 1]) or tokens[i + 1].text in COPULAS or tokens[i + 1].text == "的":
            # 某类/q 合同/a 为5年: jieba tags some nouns adjectives, one before a copula is the noun; 富余/a 的是:
            # an adjective before 的 picks out what it describes, and is no adverb
            return False
        nxt = tokens[i + 1]
        if nxt.start >= offset:  # 一般/a 不超过2秒: the qualifier the figure's span opens on
            return nxt.start == offset and self.view.overlaps_quantity(offset, offset + 1) and not self.text[
                offset].isdigit() and self.text[offset] not in CN_CHARS
        return nxt.text in skip_before_metric() or nxt.tag == "d"

    @staticmethod
    def is_adverb_and_cue(tok: Token) -> bool:
        """更升, 再跌: a verb jieba glued from one adverb and a cue of change, stepped over like the cue."""
        cue = cue_endings().longest_ending(tok.text)
        return tok.tag.startswith("v") and cue is not None and len(tok.text) - len(cue) == 1

    def without_cue(self, start: int, end: int) -> int:
        """The end of a phrase without the cue or skip word it ends with, if two characters stay: jieba's 价格上涨 is
        the metric 价格 and the cue 上涨; 某某指数收报 is 某某指数; 教育开支增幅 is 教育开支."""
        phrase = self.text[start:end]
        longest = len(phrase) - 2
        cue = cue_endings().longest_ending(phrase, longest) or metric_skip_endings().longest_ending(phrase, longest)
        return end - len(cue) if cue else end

    def is_verb_of_arrival(self, i: int) -> bool:
        """维稳/v 在, 扬/vg 升至, 被抬至/v: a verb right before 在, 至, 到 or 于 (or a word ending in one, or ending
        in 至 or 到 itself) only says how the figure was reached; it stands between the metric and the figure like
        升至 does."""
        tok = self.tokens[i]
        if (not tok.tag.startswith("v") or tok.tag == "vn" or i + 1 >= len(self.tokens) or self.is_verb_after_of(i)
                or tok.text in words("nominal_verbs.txt")):
            return False  # 销售/vn 达到, 全省的生产/v 达到, 收入/v 达到: the verb is the noun measured
        if len(tok.text) > 1 and tok.text[-1] in "至到":
            return True
        following = self.tokens[i + 1].text
        return following[-1:] in ARRIVAL_PREPOSITIONS and following in skip_before_metric()

    def is_verb_after_of(self, i: int) -> bool:
        """全省的生产/v: a verb right after 的 is used as a noun."""
        return self.tokens[i].tag.startswith("v") and i > 0 and self.tokens[i - 1].text == "的"

    def in_time_phrase(self, i: int) -> bool:
        """Token i lies in a date, a period or a framing duration (2019年、2020年连续两年), or joins two."""
        tok = self.tokens[i]
        inside = self.time_spans.enclose(tok.start, tok.end)
        joins = tok.text in ("、", "和", "至", "到") and i > 0 and self.in_time_phrase(i - 1)
        return inside or joins


    def trim_quotes(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] in QUOTES:
            start += 1
        while end > start and self.text[end - 1] in QUOTES:
            end -= 1
        return start, end

