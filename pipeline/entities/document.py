"""One document as the entity rules see it: text, jieba tokens, per-token kind bits and the predicates that the rule
families share (is this token part of a name, may it start one, the run of name tokens before a token)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache, cached_property, lru_cache
from operator import itemgetter

import numpy

from pipeline.entities.lexicon import Lexicon
from pipeline.entities.word_index import WordIndex
from pipeline.lexicons import word_list
from pipeline.text.punctuation import CLAUSE_PUNCTUATION, QUOTE_MARKS
from pipeline.text.segment import dictionary_frequency, dictionary_tag, is_common_word
from pipeline.text.tags import COMPANY_WORD_TAGS, HEAD_TAGS, NAME_TAGS, PERSON_TAGS, PROPER_TAGS
from pipeline.text.tokens import Token

# An ordinal may sit inside a name (第一附属医院); a numeral + classifier word never heads one
# (四大银行, 三家券商).
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百0-9]+$")
COUNT_WORD = re.compile(r"^[0-9一二三四五六七八九十两几百千万]+[大个家类项所名位批]?$")
CLAUSE_OR_QUOTE_MARKS = frozenset(CLAUSE_PUNCTUATION + "\n\t" + QUOTE_MARKS)
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_WORD = re.compile(r"[\u3400-\u9fff]+")
ALNUM = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")
# a Latin word with a capital (IBM, iPhone, OPEC+): what `LatinNameRules.companies` may read as a company
LATIN_NAME = re.compile(r"(?=[a-z]*[A-Z])[A-Za-z][A-Za-z0-9&+]*[A-Za-z+]")
# *ST某某, ST某某: the mark of a listed company under special treatment, before the two characters of its name
SPECIAL_TREATMENT = re.compile(r"(?<![A-Za-z])\*?ST(?=[\u3400-\u9fff]{2})")
MAX_RUN_TOKENS = 8
# a trade's role, a kind of fund or of institution before a body's name (供应商, 对冲基金, 评级机构)
DESCRIPTOR_ENDS = ("商", "基金", "机构")
TRANSLITERATED_TAGS = frozenset({"nr", "nrt"})  # jieba's tags of a whole transliterated name
SYLLABLE_STOP_TAGS = ("p", "c", "u", "r", "d", "x")  # function words, which open no foreign name
RARE_CHAR_TAG = "zg"  # jieba's tag of a rare character it knows as a morpheme only, no word
BRAND_NAME_TAGS = PROPER_TAGS | {"eng"}  # a name, a brand or a place jieba tags as one (莱/ns 科斯/nrt)
DATELINE_END = "日电"  # 某月3日电: a news agency's dateline, its day and 电 (jieba: 日电/j, the abbreviation of a firm)
_DATELINE_DAY = re.compile(r"[0-9０-９一二三四五六七八九十]$")  # the day's figure before 日电
NAME_CONJUNCTIONS = frozenset({"与", "和"})  # inside a name (某某大学与某某研究院联合实验室, 规划和自然资源委员会)
JOINT_BODY_WORDS = ("联合", "共建", "合作")  # a body two others run together (某大学与某院联合实验室)
GOVERNMENT_BODIES = ("委员会", "部", "局", "厅")  # bodies whose names join two fields with 和
FIELD_TAGS = frozenset({"n", "vn"})  # a field of work inside a body's name (某国海洋科学与发展局: 科学/n)
MAX_NAME_CHARS = 24
# one-character pieces of a brand jieba does not know (徕/x 芬/j 科技), read as one head
PERIOD_NOUNS = frozenset({"年度", "季度", "财年", "年份", "月份", "年底", "年初", "年末"})  # 2016-17年度/n 某医院
# what one party is to another (某环境债权人某公司, 某科技时任董事会秘书): words between two names, inside none
RELATION_WORDS = frozenset({"债权人", "债务人", "股东", "时任", "现任", "旗下", "所属", "下属", "隶属", "辖下", "属下"})
RARE_HEAD_TAGS = frozenset({"x", "j", "ng", "nr", "nz", "n"})
MAX_WORD_KINDS = 200_000  # (word, tag) pairs remembered per lexicon before the memo starts afresh
# prepositions and conjunctions jieba's guesser glues onto a name it does not know (某某和甲乙/nr 科技)
GLUED_FUNCTION_CHARS = frozenset("由如和与及对在从被把将经但或并向")


def is_punct(tok: Token) -> bool:
    return not ALNUM.search(tok.text)


# The two CJK tests are cached by word: every rule asks them of the same few thousand words.


@lru_cache(maxsize=1 << 16)
def is_cjk(text: str) -> bool:
    """Every character is CJK (and there is one)."""
    return _CJK_WORD.fullmatch(text) is not None


@lru_cache(maxsize=1 << 16)
def has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


# A token's kind: bits for the per-token rules that can fire at a token with its word and tag (a superset: each
# rule still checks its own conditions). Why: most tokens start no name, and one look-up per token that says so


# replaces a Python test per token in every rule.
CONJUNCTION_ENDS = frozenset("及和与或")
K_AFTER_PLACE = 1  # a known place or a jieba ns word (the token after it follows a place)
K_GAZETTEER = 1 << 1  # may start a gazetteer place
K_PLACE_NAME = 1 << 2  # `place_suffix_names`
K_ABBREVIATION = 1 << 3  # starts with a one-character place abbreviation
K_ORG = 1 << 4  # `organisations`
K_COMPANY = 1 << 5  # `companies` (besides the tokens before a corporate title)
K_BYLINE = 1 << 6  # 记者, 通讯员
K_DOT = 1 << 7  # the middle dot of 新华社·快讯 and 蒂姆·库克
K_PERSON = 1 << 8  # a jieba nr name of two or three characters (besides the tokens after a title)
K_LIST_SEP = 1 << 9  # 、 and 和/及/与/或 as conjunctions
K_CLAUSE_BREAK = 1 << 10  # a token with a clause-breaking character
K_CLASS_NOUN = 1 << 11  # 巨头, 机构, 厂商: a class of organisations (`list_class_nouns.txt`)
K_PUNCT = 1 << 12  # no letter, digit or CJK character (`is_punct`)
K_LATIN_NAME = 1 << 13  # a Latin word with a capital that is no common English word (`LATIN_NAME`)
K_FUND_TYPE = 1 << 14  # ETF, LOF: the type a fund's short name ends in, before its manager's (`fund_managers`)
K_KNOWN_PLACE = 1 << 15  # a known place (`is_place_tok`): a company or an investor may be named after its city
K_TITLE_HEAD = 1 << 16  # a title, or a character and a title (处处长): a body's head after its name
K_OFFICER = 1 << 17  # a title, a cue of a person, or 副: what may follow a group's word after its cause
K_RARE_SHORT = 1 << 18  # two to four Han characters, no word of everyday text: what may be a brand jieba only guessed
K_PLACE_TEAM = 1 << 19  # a known place and a team word in one word (`place_team_word`)
K_TEAM_WORD = 1 << 20  # a team word alone (team_words.txt: 队, 代表团)
FUND_TYPES = frozenset({"ETF", "LOF", "QDII"})


@cache
def team_words() -> tuple[str, ...]:
    """Words after a place that make its team (team_words.txt)."""
    return word_list("team_words.txt")


@cache
def transliteration_chars() -> frozenset[str]:
    """The characters that spell foreign names (transliteration_chars.txt)."""
    return frozenset("".join(word_list("transliteration_chars.txt")))


def place_team_word(lex: Lexicon, w: str) -> bool:
    """甲国队, 乙市女队, 丙国代表团: a known place and a team word (team_words.txt) in one word."""
    return any(w.endswith(t) and w[: -len(t)] in lex.places for t in team_words())


def word_kind(lex: Lexicon, w: str, tag: str) -> int:
    """The kind bits of a token with word `w` and jieba tag `tag`."""
    kind = 0
    # a jieba ns word ending in a conjunction (科及/ns) is a guess of its HMM across two words, not a place
    if w in lex.places or (tag == "ns" and w[-1:] not in CONJUNCTION_ENDS):
        kind |= K_AFTER_PLACE
    # a known place of two or more characters begins with the first two characters (or the one character) of the token
    if (w[:2] in lex.place_lengths) if len(w) >= 2 else (w in lex.place_heads):
        kind |= K_GAZETTEER
    if (w[-1:] in lex.place_word_ends or w in lex.place_suffixes) and (
            w not in lex.stopwords or w in lex.place_suffixes) and is_cjk(w):
        kind |= K_PLACE_NAME
    if w[:1] in lex.abbreviations:
        kind |= K_ABBREVIATION
    institution = (w in lex.institutions or w[:2] in lex.institutions or w[:3] in lex.institutions
                   or w in lex.companies or (w[-1:] in CONJUNCTION_ENDS and w[:-1] in lex.companies))
    if (institution or tag == "nt" or w[-1:] in lex.org_suffix_lengths) and has_cjk(w):
        kind |= K_ORG
    if (tag in COMPANY_WORD_TAGS or tag == "n") and len(w) >= 4 or w in lex.company_suffixes:
        kind |= K_COMPANY
    if w in lex.byline_words:
        kind |= K_BYLINE
    if w == "·":
        kind |= K_DOT
    if tag in PERSON_TAGS and 2 <= len(w) <= 3:
        kind |= K_PERSON
    if w == "、" or (w in {"和", "及", "与", "或"} and tag in {"c", "p"}):
        kind |= K_LIST_SEP
    if not CLAUSE_OR_QUOTE_MARKS.isdisjoint(w):
        kind |= K_CLAUSE_BREAK
    if w in lex.class_nouns:
        kind |= K_CLASS_NOUN
    if not ALNUM.search(w):
        kind |= K_PUNCT
    if LATIN_NAME.fullmatch(w) and not lex.names_nothing(w):
        kind |= K_LATIN_NAME
    if w.upper() in FUND_TYPES:
        kind |= K_FUND_TYPE
    if w in lex.places:
        kind |= K_KNOWN_PLACE
    if len(w) >= 2 and (w in lex.titles or w[1:] in lex.titles):
        kind |= K_TITLE_HEAD
    if w in lex.titles or w in lex.person_cues or w == "副":
        kind |= K_OFFICER
    if 2 <= len(w) <= 4 and is_cjk(w) and not is_common_word(w):
        kind |= K_RARE_SHORT
    if place_team_word(lex, w):
        kind |= K_PLACE_TEAM
    if w in team_words():
        kind |= K_TEAM_WORD
    return kind


class KindMemo(dict):
    """(word, tag) -> `word_kind`, worked out on the first look-up of a pair."""

    def __init__(self, lex: Lexicon) -> None:
        super().__init__()
        self.lex = lex

    def __missing__(self, key: tuple[str, str]) -> int:
        kind = self[key] = word_kind(self.lex, *key)
        return kind


class EntityDocument:
    """One document's text and tokens with the index maps and predicates the rule families share."""

    def __init__(self, text: str, tokens: Sequence[Token], lex: Lexicon) -> None:
        self.text = text
        self.toks = list(tokens)
        self.lex = lex
        positions = range(len(self.toks))
        self.starts = dict(zip(map(itemgetter(0), self.toks), positions))
        self.ends = dict(zip(map(itemgetter(1), self.toks), positions))
        self.kinds = self._kinds()
        # after_place[i]: token i follows a known place or a jieba ns word (several rules ask, per token)
        self.after_place = [False, *(self.kinds[:-1] & K_AFTER_PLACE).astype(bool).tolist()]

    def _kinds(self) -> numpy.ndarray:
        """Each token's kind bits (`word_kind`), looked up by (word, tag) and computed only for new pairs."""
        memo = self.lex.word_kinds
        if len(memo) > MAX_WORD_KINDS:
            memo.clear()
        # (zip reuses its pair when the memo keeps no reference to it: no tuple made per token)
        keys = zip(map(itemgetter(2), self.toks), map(itemgetter(3), self.toks))
        return numpy.array(list(map(memo.__getitem__, keys)), dtype=numpy.int64)

    @cached_property
    def words(self) -> WordIndex:
        """Where each word stands (token indices), for the rules that fire at a few cue words."""
        return WordIndex(list(map(itemgetter(2), self.toks)))

    def tokens(self, kind: int) -> list[Token]:
        """The tokens with any of the `kind` bits, in order."""
        return list(map(self.toks.__getitem__, self.where(kind)))

    def where(self, kind: int) -> list[int]:
        """Indices of the tokens with any of the `kind` bits, in order."""
        return numpy.flatnonzero(self.kinds & kind).tolist()

    def token_indices(self, positions: Iterable[int], table: dict[int, int], kind: int = 0) -> list[int]:
        """Indices of the tokens that start (`table` = starts) or end (ends) at one of `positions`, together with
        the tokens of the `kind` bits, in order."""
        found = {table[p] for p in positions if p in table}
        return sorted(found.union(self.where(kind)) if kind else found)

    def tokens_between(self, s: int, e: int) -> list[Token]:
        """The tokens exactly covering [s, e), or [] when s or e falls inside a token."""
        i, j = self.starts.get(s), self.ends.get(e)
        return self.toks[i : j + 1] if i is not None and j is not None and i <= j else []

    # ---- small predicates ---------------------------------------------------------------------
    def is_place_tok(self, tok: Token) -> bool:
        return tok.text in self.lex.places

    def proper(self, tok: Token) -> bool:
        """A token that makes a name specific: a proper-noun tag, a known place or an admin prefix."""
        if tok.text in self.lex.stopwords or COUNT_WORD.match(tok.text):
            return False
        return tok.tag in PROPER_TAGS or self.is_place_tok(tok) or tok.text in self.lex.admin_prefixes

    def name_part(self, tok: Token) -> bool:
        """A token that may sit inside an organisation or place name."""
        w, lex = tok.text, self.lex
        if w in lex.titles or w in lex.person_cues or w in lex.locatives or w in PERIOD_NOUNS or w in RELATION_WORDS:
            return False
        if tok.tag == "eng" or _ORDINAL.match(w):
            return True  # 第一附属医院
        if not has_cjk(w):
            return False
        # (a county or a known place jieba tagged otherwise, 某县/v or 某熟/a before a bank's brand, is a place inside
        # the name too)
        # (a rare character jieba knows only as a morpheme, zg, is a brand's: 某/nr 鋐/zg 某某有限公司)
        return (tok.tag in NAME_TAGS or (tok.tag == "v" and w in lex.name_verbs) or w in lex.admin_prefixes
                or w in lex.counties or (len(w) >= 2 and w in lex.places) or (tok.tag == RARE_CHAR_TAG and len(w) == 1))

    def good_head(self, tok: Token) -> bool:
        """A token that may start a name (not a verb, a function word or a generic word)."""
        if (tok.text in self.lex.stopwords or tok.text in self.lex.name_verbs or COUNT_WORD.match(tok.text)
                or adverb_and_verb(tok.text)):
            return False
        if len(tok.text) == 1 and tok.text in self.lex.title_modifiers:
            return False  # 原/n 某市规划局局长: the post was held before, the body's name starts after 原
        return self.proper(tok) or tok.tag in HEAD_TAGS

    def left_run(self, i: int) -> list[int]:
        """Indices of the name tokens right before token i (left to right), trimmed to a good head."""
        run: list[int] = []
        j = i - 1
        chars = 0
        while j >= 0 and len(run) < MAX_RUN_TOKENS:
            tok = self.toks[j]
            if self.name_part(tok):
                run.append(j)
            elif (tok.text == "与" or (tok.text == "和" and self.toks[i].text.endswith(GOVERNMENT_BODIES))) and (
                    (run or self.field_in_body_word(j, i)) and j > 0 and self.name_part(self.toks[j - 1])):
                run.append(j)
            else:
                break
            chars += tok.end - tok.start
            if chars > MAX_NAME_CHARS:
                break
            j -= 1
        run.reverse()
        # a part before 与 without a proper name is the other side of a conjunction, not the name; a body of
        # government joins two fields with 和 after its place (某市规划和自然资源委员会, 国家发展和改革委员会)
        for k in range(len(run) - 1, -1, -1):
            word = self.toks[run[k]].text
            if word in NAME_CONJUNCTIONS:
                before, after = run[:k], run[k + 1 :]
                if (word == "与" and self.has_proper(before) and not self.two_names(before, after, i)) or (
                        word == "和" and self.fields_of_body(before, after)):
                    continue
                run = after
                break
        while run and not self.good_head(self.toks[run[0]]):
            run = run[1:]
        run = self.after_descriptor(run)
        if run and self.first_syllable(run[0] - 1, run[0]):
            run = [run[0] - 1, *run]
        return run

    def first_syllable(self, k: int, name: int) -> bool:
        """维/v 斯特伦/nr, 道/q 达尔/nrt: jieba took the first syllable of a transliterated name (token `name`, made of
        transliteration characters only) for a word of its own; it is the name's start, not a verb or a measure."""
        if k < 0:
            return False
        syllable, rest = self.toks[k], self.toks[name]
        chars = transliteration_chars()
        return (len(syllable.text) == 1 and syllable.text in chars and not syllable.tag.startswith(SYLLABLE_STOP_TAGS)
                and rest.tag in TRANSLITERATED_TAGS and set(rest.text) <= chars and syllable.end == rest.start)

    def after_descriptor(self, run: list[int]) -> list[int]:
        """The run after its last word of what the body is to the story (供应商|某格集团, 对冲基金|某德资本,
        评级机构|某迪公司): such a word (DESCRIPTOR_ENDS) right before a brand jieba tags as a name describes the body
        named after it."""
        for k in range(len(run) - 2, -1, -1):
            word, brand = self.toks[run[k]], self.toks[run[k + 1]]
            if word.tag == "n" and len(word.text) >= 2 and word.text.endswith(DESCRIPTOR_ENDS) and (
                    brand.tag in BRAND_NAME_TAGS):
                return run[k + 1 :]
        return run

    def field_in_body_word(self, j: int, i: int) -> bool:
        """某国海洋科学与|发展局/nt: right after the conjunction, a word jieba's dictionary tags as a body of three
        characters or more holds the second field and the kind of body, so a common noun of a field before the
        conjunction is the first field of that body, not the other side of a list; a body's own word there (甲京|银行与
        乙海证券交易所: an organisation suffix) ends a name of its own, the first of two."""
        tok, field = self.toks[i], self.toks[j - 1] if j > 0 else None
        return (j == i - 1 and tok.tag == "nt" and len(tok.text) >= 3 and is_cjk(tok.text) and field is not None
                and field.tag in FIELD_TAGS and not self.is_place_tok(field)  # (甲市与发展局: two bodies)
                and field.text not in self.lex.org_suffixes and not self.ends_a_name(j - 1))

    def ends_a_name(self, k: int) -> bool:
        """Token k closes a name of its own: a team word (甲国|男队与乙国男队) or a word right after a standing
        institution (甲党|团与乙党团: the party's caucus), not a field of work."""
        return bool(self.kinds[k] & K_TEAM_WORD) or (k > 0 and self.toks[k - 1].text in self.lex.institutions)

    def two_names(self, before: list[int], after: list[int], i: int) -> bool:
        """甲公司与乙市地铁集团: the words on each side of 与 before token i start or end a name of their
        own (a body's name before it, a proper name or a body after it), so 与 joins two names, not two fields of one
        (某大学计算与数字经济研究院), or a body word ends both sides (某某公司与某某公司); unless a word after 与 says
        the body is a joint one (联合实验室)."""
        if not before or not after or any(self.toks[k].text.startswith(JOINT_BODY_WORDS) for k in (*after, i)):
            return False
        first = self.toks[after[0]]
        # 甲星公司与乙月公司, 甲城国际机场与乙城某某国际机场: the word of a kind ending the name after 与 ends the one
        # before it too, so each side is a name of its own, though jieba took the second brand for a common noun
        kind = self.toks[i].text
        if len(kind) >= 2 and self.toks[before[-1]].text.endswith(kind):
            return True
        return (self.whole_body(self.toks[before[-1]]) or self.ends_in_body_suffix(before)) and (
            self.proper(first) or self.whole_body(first))

    def ends_in_body_suffix(self, run: list[int]) -> bool:
        """某大/ns 一院/n: the words of `run` together, three characters or more, end as an organisation's name does
        (the last character of an organisation suffix, as `whole_body` asks of one word): a body named in full,
        though its last word is short."""
        name = self.text[self.toks[run[0]].start : self.toks[run[-1]].end]
        return len(name) >= 3 and is_cjk(name) and name[-1] in self.lex.org_suffix_lengths

    def whole_body(self, tok: Token) -> bool:
        """A word that names a body by itself: a known company or institution, a jieba nt or nz word, or a word of
        three characters or more that ends in an organisation suffix; not a place."""
        w = tok.text
        if not is_cjk(w) or self.is_place_tok(tok) or tok.tag == "ns":
            return False  # 某某拉美与加勒比委员会: two places in one body's name
        return (w in self.lex.companies or w in self.lex.institutions or tok.tag in ("nt", "nz")
                or (len(w) >= 3 and w[-1:] in self.lex.org_suffix_lengths))

    def name_start(self, start: int, end: int) -> int:
        """Where a name found over [start, end) starts: one character into the last word of it that jieba's guesser
        made of a function word and a name (某某液压和甲乙/nr 科技: 和 is the conjunction). Such a word is a proper
        noun of three characters or more that its dictionary does not list, or lists less often than the word
        without the function word (由某京/nr 银行: a stray entry of the dictionary beside the place 某京). So is one
        character in, where the name's first character ends a word that is never part of a name and that jieba cut in
        two (曾/d 任某威/nr 副总裁: 曾任, org_stopwords.txt)."""
        if (start > 0 and end - start > 2 and self.text[start - 1 : start + 1] in self.lex.stopwords
                and not self.listed_body_at(start)):
            start += 1
        if (end - start > len(DATELINE_END) + 1 and self.text.startswith(DATELINE_END, start)
                and _DATELINE_DAY.search(self.text, max(0, start - 3), start)):
            start += len(DATELINE_END)  # 某月2日电/j 甲丰银行: the dateline's day and 电, which jieba made one word
        k = self.starts.get(start)
        while k is not None and k < len(self.toks) and self.toks[k].end < end:
            tok = self.toks[k]
            if (len(tok.text) >= 3 and tok.text[0] in GLUED_FUNCTION_CHARS and tok.tag in PROPER_TAGS
                    and dictionary_frequency(tok.text) < max(1, dictionary_frequency(tok.text[1:]))
                    and end - tok.start > 2):
                start = tok.start + 1
            k += 1
        return start

    def listed_body_at(self, start: int) -> bool:
        """该国/r 内政部/nt: jieba cut the stopword (国内) and took the name whole as a body its dictionary lists."""
        k = self.starts.get(start)
        return k is not None and dictionary_tag(self.toks[k].text) == "nt"

    def has_proper(self, idx: Iterable[int]) -> bool:
        return any(self.proper(self.toks[k]) for k in idx)

    def fields_of_body(self, before: list[int], after: list[int]) -> bool:
        """某市规划和自然资源委员会: a place or an administrative level, then common nouns on both sides of 和."""
        first = self.toks[before[0]] if before else None
        return first is not None and (self.is_place_tok(first) or first.text in self.lex.admin_prefixes) and (
            not self.has_proper(before[1:] + after))


ADVERBIAL_ADJECTIVE_TAG = "ad"  # jieba's tag of an adjective used as an adverb (严格, 认真)


@cache
def adverb_and_verb(word: str) -> bool:
    """严格遵守/nr, 认真执行/n: a four-character word made of an adverb and a verb jieba lists is an act, whatever
    its tag, and never starts a name (严格遵守|某省某局)."""
    return len(word) == 4 and dictionary_tag(word[:2]) == ADVERBIAL_ADJECTIVE_TAG and dictionary_tag(word[2:]) == "v"


def match_starts(pattern: re.Pattern[str], text: str) -> set[int]:
    """Every position where `pattern` matches, overlapping matches included."""
    starts = set()
    m = pattern.search(text)
    while m:
        starts.add(m.start())
        m = pattern.search(text, m.start() + 1)
    return starts


class Rules:
    """A family of rules over one document: the document and its most read fields."""

    def __init__(self, doc: EntityDocument) -> None:
        self.doc = doc
        self.text, self.toks, self.lex = doc.text, doc.toks, doc.lex
        self.starts, self.ends = doc.starts, doc.ends
