"""Stage 4b: a rule-and-lexicon entity recogniser for PER, ORG and LOC.

Why rules: the pipeline needs entities before a trained NER exists, and afterwards rules still fill what
a model misses (gazetteer places, title + name patterns, organisation suffixes). The work is split so
that either half can be replaced:

- `find_entities` is pure: simplified text + jieba tokens -> (start, end, label) spans, no spaCy.
- `annotate` writes a Doc and merges with what an earlier component (a statistical NER) wrote: by
  default it only adds spans that overlap none of the existing ones (`overwrite=True`: rules win).

Offsets index the raw text, which equal offsets into `doc._.zh_text`. A name may start or end inside
a jieba token (台 in 全台, 湖南 in 湖南省会), so the exact list is kept in `doc._.entity_spans`;
`doc.ents` gets the token-expanded spans that do not collide with each other.

Candidates (the longest wins an overlap, so only the outermost name is labelled):

- LOC: gazetteer places; a proper name + place suffix (岳麓大道, 湘江新区); one-character
  abbreviations only in lists (京、沪 / 港澳台), after 全/赴/访 (全台) and before 股 (美股).
- ORG: standing institutions (市委, 国务院); jieba `nt` words; a run of name tokens ending in an
  organisation suffix (长沙理工大学); brand head + industry word (海尔电器); the outlet in a
  byline (大公报记者); the site in a `headline | site` first line; a company name in front of a
  Latin product name (小米Redmi); English names ending in Organization, University, ...
- PER: title + surname + given name (主任王建国), name + honorific (李明教授), a jieba `nr`
  name before a speech verb, transliterated and Latin names next to a title or speech verb.
- Then, until nothing changes: list items share the label of a known item or of a class noun after
  the list (A、B、C等17家公司), a bracketed alias shares its name's label (字节跳动（ByteDance）), and a
  name found once is labelled wherever else it occurs (with a company's short form: 联想技术公司
  -> 联想). Finally each name string gets one label per document (weighted vote).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import groupby
from operator import itemgetter
from typing import NamedTuple

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.lexicons import lengths_by, table, word_list
from pipeline.text.segment import Token, doc_tokens

LABELS = ("PER", "ORG", "LOC")

if not Doc.has_extension("entity_spans"):
    Doc.set_extension("entity_spans", default=None)


class Entity(NamedTuple):
    """An entity as character offsets into the (raw = simplified) text."""

    start: int
    end: int
    label: str


class _Cand(NamedTuple):
    start: int
    end: int
    label: str
    prio: int


# jieba tags for proper names: person, transliterated person, place, organisation, other proper noun.
# (jieba's `j`, abbreviation, is too noisy to count: 研发/j, 同比/j.)
PROPER_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "nt", "nz"})
# Tags a word inside an organisation or place name may carry (beside PROPER_TAGS).
NAME_TAGS = PROPER_TAGS | {"j", "n", "vn", "b", "s", "l", "an", "ng", "nl", "eng"}
# Verbs that occur inside institution names (计算 in 国家超级计算长沙中心); other verbs end a name.
NAME_VERBS = frozenset(
    "计算 创新 联合 合作 研究 设计 开发 发展 投资 管理 服务 检测 交流 促进 孵化 制造 "
    "培训 创业 实验 转化 监督 评估 勘察 规划 建设 保护 应用 推广 发明".split()
)
# Single characters / words that make an organisation name specific (县人民医院, 国家林业局).
ADMIN_PREFIXES = frozenset("国家 中国 中央 中华 省 市 县 区 镇 乡 村".split())
NOUN_TAGS = PROPER_TAGS | {"n", "j", "l", "ng", "nl"}
# Tags of a one-word company name (海尔电器/nz) and of a company name before a product (小米Redmi).
COMPANY_WORD_TAGS = PROPER_TAGS - {"ns"}
BRAND_TAGS = PROPER_TAGS | {"n", "x"}
# Tags of a list item's word (besides Latin words), and of the words that make an item a name.
ITEM_TAGS = NAME_TAGS | {"a"}
ITEM_NAME_TAGS = PROPER_TAGS | {"eng", "a"}
HEAD_TAGS = NOUN_TAGS | {"s", "eng", "vn", "an"}
# A word made only of abbreviation characters but tagged like this is a common word (中意/v, 美德).
NOT_ABBREVIATION_TAGS = frozenset({"v", "a", "d", "ad", "vn", "i", "l", "nr"})
COLUMN_TAGS = frozenset({"n", "nr", "nz", "j", "nrt"})
# What a company's full name ends in, after its brand head (联想技术公司, 某某消费电脑事业部).
COMPANY_ENDINGS = ("公司", "集团", "事业部", "部门", "股份", "控股")
# jieba `nt` words that name an event or a process, not an organisation (七中全会, 国际化).
NT_NOT_ORG = ("化", "进展", "格局", "财政", "社会", "全会", "大会", "代会", "会议")
# Single-character locatives end a name (长沙市内实验室 is 长沙市 + 内 + 实验室).
LOCATIVES = frozenset("内 外 中 里 上 下 前 后 间 旁 边".split())
# An ordinal may sit inside a name (第一附属医院); a numeral + classifier word never heads one
# (四大银行, 三家券商).
_ORDINAL = re.compile(r"^第[一二三四五六七八九十百0-9]+$")
_COUNT_WORD = re.compile(r"^[0-9一二三四五六七八九十两几百千万]+[大个家类项所名位批]?$")
# English words that follow a Chinese word without being a product name (销量Top 20).
ENGLISH_STOP = frozenset("Top The And For New Best All Plus Pro Max Ultra Mini Lite Note Day Year".split())
# Characters jieba may glue to the first abbreviation of a list (和京、沪).
LIST_OPENERS = frozenset("和与及同跟在向往赴至到从对经")
# Words between a company and its officer's title (华为轮值董事长).
TITLE_MODIFIERS = frozenset("轮值 联席 常务 执行 名誉 荣誉 前任 现任 原 前 副 首席".split())
# A jieba nr word ending like this is a surname + form of address (王女士), not a full name.
HONORIFIC_ENDS = ("先生", "女士", "小姐", "老师")
# Characters that never stand in a given name (the name has ended: 李明和, 王芳在).
NOT_IN_NAME = frozenset("的了是在和与等对为也都将就把被从")
CLOSING_QUOTES = {"」": "「", "”": "“", "』": "『"}
CLAUSE_BREAKS = frozenset("，。；：！？,;:!?\n\t「」“”『』《》")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_WORD = re.compile(r"[\u3400-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_ALNUM = re.compile(r"[0-9A-Za-z\u3400-\u9fff]")
# The Latin-name patterns open with their first capital and only then look behind it ((?<![A-Za-z].): no letter
# before the name), so that the regex engine skips ahead to capitals instead of trying every Chinese character.
_LATIN_NAME = re.compile(r"[A-Z](?<![A-Za-z].)[a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])")
_LATIN_PRODUCT = re.compile(r" ?(?:[A-Z][a-z]+|i[A-Z][a-z]+)(?![A-Za-z])")
_CAPITAL = re.compile(r"[A-Z]")
_ENGLISH_ORG = re.compile(
    r"[A-Z](?<![A-Za-z].)[a-z]+ (?:[A-Z][a-z]+ ){0,5}(?:Organization|Organisation|Association|University|"
    r"Institute|Company|Corporation|Group|Bank|Council|Committee|Agency|Foundation|Center|Centre|"
    r"Laboratory|Laboratories|Ministry|Bureau|Society|Federation|Union|Academy|College|Hospital|"
    r"Times|News|Daily)(?![A-Za-z])"
)
_LIST_CLASS = re.compile(
    r"(?:等|在内)?\s*(?:[0-9一二三四五六七八九十两百千]+\s*家|[^，。；、\n]{0,6}?"
    r"(?:公司|企业|国企|央企|民企|集团|银行|券商|厂商|车企|药企|品牌|巨头))"
)
# 全台 / 赴美 / 来京 (after 全赴访驻返抵来), and 美股 / 港股 (before 股); the character first, so that the regex engine
# skips ahead to these characters: (?<=[全赴访驻返抵来])[台港澳美京沪]|[美港台沪深日韩](?=股)
_ABBREVIATION_CUES = re.compile(
    r"[台港澳美京沪深日韩](?:(?<=[全赴访驻返抵来][台港澳美京沪])|(?<=[美港台沪深日韩])(?=股))"
)
_TITLE_SEP = re.compile(r" [|\-–—] ")
_ALIAS_AFTER = re.compile(r"[（(]([A-Za-z\u3400-\u9fff]{2,6})[）)]")  # 字节跳动（ByteDance）
_ENDS_IN_ALIAS = re.compile(r"([^（(]+)[（(][^）)]*[）)]$")
MAX_RUN_TOKENS = 8
MAX_NAME_CHARS = 24
BYLINE_WORDS = frozenset({"记者", "特约记者", "摄影记者", "通讯员"})
# Last characters of the one-word places that `place_suffix_names` takes (岳麓区/ns, 广州+洗村, 长沙+智谷).
PLACE_WORD_ENDS = frozenset("省市县区镇乡村州路街道巷屯寨谷湾")
MAX_WORD_KINDS = 200_000  # (word, tag) pairs remembered per lexicon before the memo starts afresh


@dataclass(frozen=True)
class Lexicon:
    """Every word list the rules read, loaded once from pipeline/lexicons/."""

    places: frozenset[str]
    place_max: int
    place_lengths: dict[str, tuple[int, ...]]
    abbreviations: frozenset[str]
    abbreviation_list: re.Pattern[str]
    abbreviation_word: re.Pattern[str]
    place_suffixes: frozenset[str]
    org_suffixes: dict[str, str]
    org_suffix_lengths: dict[str, tuple[int, ...]]
    company_suffixes: frozenset[str]
    company_titles: frozenset[str]
    company_title_pattern: re.Pattern[str]
    institutions: frozenset[str]
    titles: frozenset[str]
    title_max: int
    reversed_title_pattern: re.Pattern[str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    honorifics: frozenset[str]
    person_cues: frozenset[str]
    cue_max: int
    stopwords: frozenset[str]

    @cached_property
    def place_heads(self) -> frozenset[str]:
        """First characters of the places of two or more characters."""
        return frozenset(k[:1] for k in self.place_lengths)

    @cached_property
    def cue_lengths(self) -> dict[str, tuple[int, ...]]:
        """`cue_after`'s words by first character: person cues, and titles of two or more characters."""
        return self._cue_lengths(self.titles)

    @cached_property
    def cue_honorific_lengths(self) -> dict[str, tuple[int, ...]]:
        """`cue_after`'s words by first character when honorifics stand for titles."""
        return self._cue_lengths(self.honorifics)

    def _cue_lengths(self, titles: Iterable[str]) -> dict[str, tuple[int, ...]]:
        longest = max(self.cue_max, self.title_max)  # the longest `cue_after` has always looked for
        words = [*self.person_cues, *(t for t in titles if len(t) >= 2)]
        return lengths_by((w for w in words if len(w) <= longest), lambda w: w[0])

    @cached_property
    def word_kinds(self) -> _KindMemo:
        """Memo of `_word_kind` by (word, tag): a news vocabulary repeats, the per-document token lists do not."""
        return _KindMemo(self)


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of `words` (scanned for by the regex engine, not by Python per position)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _match_starts(pattern: re.Pattern[str], text: str) -> set[int]:
    """Every position where `pattern` matches, overlapping matches included."""
    starts = set()
    m = pattern.search(text)
    while m:
        starts.add(m.start())
        m = pattern.search(text, m.start() + 1)
    return starts


@cache
def lexicon() -> Lexicon:
    """Load the entity lexicons (cached: every Doc shares one copy)."""
    places = frozenset(word_list("places.txt"))
    abbreviations = word_list("place_abbreviations.txt")
    chars = "".join(a for a in abbreviations if len(a) == 1)
    org_suffixes = {row["suffix"]: row["kind"] for row in table("org_suffixes.tsv")}
    titles = frozenset(word_list("titles.txt"))
    surnames = word_list("surnames.txt")
    cues = frozenset(word_list("person_cues.txt"))
    company_titles = frozenset(word_list("company_titles.txt"))
    return Lexicon(
        places=places,
        place_max=max(map(len, places)),
        place_lengths=lengths_by((p for p in places if len(p) >= 2), lambda w: w[:2]),
        abbreviations=frozenset(abbreviations),
        abbreviation_list=re.compile(f"[{chars}](?:、[{chars}])+"),
        abbreviation_word=re.compile(f"[{chars}]{{2,4}}"),
        place_suffixes=frozenset(word_list("place_suffixes.txt")),
        org_suffixes=org_suffixes,
        org_suffix_lengths=lengths_by(org_suffixes, lambda w: w[-1]),
        company_suffixes=frozenset(word_list("company_suffixes.txt")),
        company_titles=company_titles,
        company_title_pattern=_alternation(t for t in company_titles if 2 <= len(t) <= 5),
        institutions=frozenset(word_list("institutions.txt")),
        titles=titles,
        title_max=max(map(len, titles)),
        reversed_title_pattern=_alternation(t[::-1] for t in titles if len(t) >= 2),
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        honorifics=frozenset(word_list("honorifics.txt")),
        person_cues=cues,
        cue_max=max(map(len, cues)),
        stopwords=frozenset(word_list("org_stopwords.txt")),
    )


def _is_punct(tok: Token) -> bool:
    return not _ALNUM.search(tok.text)


# The two CJK tests are cached by word: every rule asks them of the same few thousand words.
@lru_cache(maxsize=1 << 16)
def _is_cjk(text: str) -> bool:
    """Every character is CJK (and there is one)."""
    return _CJK_WORD.fullmatch(text) is not None


@lru_cache(maxsize=1 << 16)
def _has_cjk(text: str) -> bool:
    return _CJK.search(text) is not None


# A token's kind: bits for the per-token rules that can fire at a token with its word and tag (a superset: each
# rule still checks its own conditions). Why: most tokens start no name, and one look-up per token that says so
# replaces a Python test per token in every rule.
K_AFTER_PLACE = 1  # a known place or a jieba ns word (the token after it follows a place)
K_GAZETTEER = 1 << 1  # may start a gazetteer place
K_PLACE_NAME = 1 << 2  # `place_suffix_names`
K_ABBREVIATION = 1 << 3  # starts with a one-character place abbreviation
K_ORG = 1 << 4  # `organisations`
K_COMPANY = 1 << 5  # `companies` (besides the tokens before a corporate title)
K_BYLINE = 1 << 6  # 记者, 通讯员
K_DOT = 1 << 7  # the middle dot of 新华社·快讯 and 蒂姆·库克
K_PERSON = 1 << 8  # a jieba nr name of two or three characters (besides the tokens after a title)
K_LIST_SEP = 1 << 9  # 、 and 和/及/与 as conjunctions
K_CLAUSE_BREAK = 1 << 10  # a token with a clause-breaking character


def _word_kind(lex: Lexicon, w: str, tag: str) -> int:
    """The kind bits of a token with word `w` and jieba tag `tag`."""
    kind = 0
    if w in lex.places or tag == "ns":
        kind |= K_AFTER_PLACE
    # a known place of two or more characters begins with the first two characters (or the one character) of the token
    if (w[:2] in lex.place_lengths) if len(w) >= 2 else (w in lex.place_heads):
        kind |= K_GAZETTEER
    if (w[-1:] in PLACE_WORD_ENDS or w in lex.place_suffixes) and w not in lex.stopwords and _is_cjk(w):
        kind |= K_PLACE_NAME
    if w[:1] in lex.abbreviations:
        kind |= K_ABBREVIATION
    institution = w in lex.institutions or w[:2] in lex.institutions or w[:3] in lex.institutions
    if (institution or tag == "nt" or w[-1:] in lex.org_suffix_lengths) and _has_cjk(w):
        kind |= K_ORG
    if (tag in COMPANY_WORD_TAGS and len(w) >= 4) or w in lex.company_suffixes:
        kind |= K_COMPANY
    if w in BYLINE_WORDS:
        kind |= K_BYLINE
    if w == "·":
        kind |= K_DOT
    if tag in {"nr", "nrfg"} and 2 <= len(w) <= 3:
        kind |= K_PERSON
    if w == "、" or (w in {"和", "及", "与"} and tag in {"c", "p"}):
        kind |= K_LIST_SEP
    if not CLAUSE_BREAKS.isdisjoint(w):
        kind |= K_CLAUSE_BREAK
    return kind


class _KindMemo(dict):
    """(word, tag) -> `_word_kind`, worked out on the first look-up of a pair."""

    def __init__(self, lex: Lexicon) -> None:
        super().__init__()
        self.lex = lex

    def __missing__(self, key: tuple[str, str]) -> int:
        kind = self[key] = _word_kind(self.lex, *key)
        return kind


class _Finder:
    """One document's text and tokens with the index maps the rules share."""

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
        self._occurrences: dict[str, list[int]] = {}
        self._short_forms: dict[_Cand, str | None] = {}
        self._last_vote: tuple[list[_Cand], dict[str, str]] | None = None
        self._last_lists: tuple[list[_Cand], list[_Cand]] | None = None

    def _kinds(self) -> numpy.ndarray:
        """Each token's kind bits (`_word_kind`), looked up by (word, tag) and computed only for new pairs."""
        memo = self.lex.word_kinds
        if len(memo) > MAX_WORD_KINDS:
            memo.clear()
        # (zip reuses its pair when the memo keeps no reference to it: no tuple made per token)
        keys = zip(map(itemgetter(2), self.toks), map(itemgetter(3), self.toks))
        return numpy.array(list(map(memo.__getitem__, keys)), dtype=numpy.int64)

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
        if tok.text in self.lex.stopwords or _COUNT_WORD.match(tok.text):
            return False
        return tok.tag in PROPER_TAGS or self.is_place_tok(tok) or tok.text in ADMIN_PREFIXES

    def name_part(self, tok: Token) -> bool:
        """A token that may sit inside an organisation or place name."""
        w, lex = tok.text, self.lex
        if w in lex.titles or w in lex.person_cues or w in LOCATIVES:
            return False
        if tok.tag == "eng" or _ORDINAL.match(w):
            return True  # 第一附属医院
        if not _has_cjk(w):
            return False
        return tok.tag in NAME_TAGS or (tok.tag == "v" and w in NAME_VERBS) or w in ADMIN_PREFIXES

    def good_head(self, tok: Token) -> bool:
        """A token that may start a name (not a verb, a function word or a generic word)."""
        if tok.text in self.lex.stopwords or tok.text in NAME_VERBS or _COUNT_WORD.match(tok.text):
            return False
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
            elif tok.text == "与" and run and j > 0 and self.name_part(self.toks[j - 1]):
                run.append(j)
            else:
                break
            chars += tok.end - tok.start
            if chars > MAX_NAME_CHARS:
                break
            j -= 1
        run.reverse()
        # a part before 与 without a proper name is the other side of a conjunction, not the name
        for k in range(len(run) - 1, -1, -1):
            if self.toks[run[k]].text == "与":
                if any(self.proper(self.toks[x]) for x in run[:k]):
                    continue
                run = run[k + 1 :]
                break
        while run and not self.good_head(self.toks[run[0]]):
            run = run[1:]
        return run

    def has_proper(self, idx: Iterable[int]) -> bool:
        return any(self.proper(self.toks[k]) for k in idx)

    # ---- LOC ------------------------------------------------------------------------------------
    def gazetteer(self) -> Iterable[_Cand]:
        """Known places starting at a token start and ending at a token end (or splitting an ns word)."""
        text, places, ends = self.text, self.lex.places, self.ends
        n = len(text)
        for tok in self.tokens(K_GAZETTEER):
            s = tok.start
            lengths = self.lex.place_lengths.get(text[s : s + 2])
            if lengths is None or not _is_cjk(text[s]):
                continue
            for length in lengths:
                e = s + length
                name = text[s:e]
                if length > n - s or name not in places or text[e : e + 2] == "时间":
                    continue  # 美国时间 is a time zone, not a place
                if e not in ends:
                    # 上海市浦东新区/ns: two places in one jieba word
                    rest = text[e : tok.end]
                    if tok.tag != "ns" or tok.end <= e or len(rest) < 2:
                        continue
                    if rest in self.lex.stopwords:
                        pass  # 东北地区/ns: the place is 东北
                    elif rest in places or rest[-1] in "省市县区镇乡村州":
                        yield _Cand(e, tok.end, "LOC", 2)
                    else:
                        continue
                # 湖南省会长沙: the province is 湖南, 省会 means "provincial capital"
                if name.endswith("省") and text[e : e + 1] == "会" and name[:-1] in places:
                    e -= 1
                yield _Cand(s, e, "LOC", 2)
                break

    def place_suffix_names(self) -> Iterable[_Cand]:
        """Names ending in a place suffix: 岳麓区/ns, 广州+洗村, 长沙+智谷, 湘江+新区."""
        lex, toks = self.lex, self.toks
        single_end = ("省", "市", "县", "区", "镇", "乡", "村", "州", "路", "街", "道")
        for i in self.where(K_PLACE_NAME):
            tok = toks[i]
            if tok.text in lex.stopwords or not _is_cjk(tok.text):
                continue
            # one jieba word: 岳麓区/ns (not 特大城市/ns)
            if tok.tag == "ns" and len(tok.text) >= 3 and tok.text.endswith(single_end):
                w = tok.text
                # not 特大城市, and not 上海市浦东新区 (the gazetteer splits that into two places)
                two = any(w[:k] in lex.places for k in range(2, len(w) - 1))
                if not self.is_place_tok(tok) and not w.endswith("城市") and not two:
                    yield _Cand(tok.start, tok.end, "LOC", 2)
                    continue
            if 2 <= len(tok.text) <= 4 and self.after_place[i]:
                # a district, village or street right after a place: 广州洗村, 成都市武侯区
                if tok.text[-1] in "区县镇乡村街路巷屯寨" and tok.tag in {"n", "nr", "ns", "nz", "x"}:
                    yield _Cand(tok.start, tok.end, "LOC", 2)
                # a named park or zone: 长沙智谷, 深圳湾
                elif tok.text[-1] in "谷湾" and tok.tag in {"n", "ns", "nz", "x"}:
                    yield _Cand(toks[i - 1].start, tok.end, "LOC", 2)
            if tok.text not in lex.place_suffixes:
                continue
            run = self.left_run(i)[-4:]
            while run and not self.good_head(toks[run[0]]):
                run = run[1:]
            if not run or not self.has_proper(run):
                continue
            if len(tok.text) == 1:
                # 台南市永康区: an admin suffix belongs to the word right before it
                run = run[-2:] if len(toks[run[-1]].text) == 1 else run[-1:]
            if any(toks[k].tag == "nt" for k in run):
                continue
            yield _Cand(toks[run[0]].start, tok.end, "LOC", 2)

    def abbreviations(self) -> Iterable[_Cand]:
        """One-character place abbreviations, only where a list or a fixed pattern makes them places."""
        text, toks, abbr = self.text, self.toks, self.lex.abbreviations
        starts, ends = self.starts, self.ends
        # 美、德、意 / 京、沪: abbreviations joined by 、, each ending a token (not 中、西部)
        for m in self.lex.abbreviation_list.finditer(text):
            spots = range(m.start(), m.end(), 2)
            if not all(p + 1 in ends for p in spots):
                continue
            first = m.start()
            if first not in starts and text[first - 1] not in LIST_OPENERS:
                continue  # the first one may share a jieba word with 和/与/在 (和京、沪)
            if all(p in starts for p in spots[1:]):
                for p in spots:
                    yield _Cand(p, p + 1, "LOC", 3)
        # 中美 (中/f 美/ns): adjacent one-character abbreviations, one of them tagged as a place
        run_tags = {"ns", "j", "f", "nr", "b"}
        in_run = [i for i in self.where(K_ABBREVIATION) if toks[i].text in abbr and toks[i].tag in run_tags]
        # a run is consecutive tokens: index minus rank is the same all along one
        for _, group in groupby(enumerate(in_run), key=lambda rank_index: rank_index[1] - rank_index[0]):
            run = [toks[i] for _, i in group]
            if len(run) >= 2 and any(t.tag in {"ns", "j"} for t in run) and all(t.tag != "f" for t in run[1:]):
                for t in run:
                    yield _Cand(t.start, t.end, "LOC", 1)
        for tok in self.tokens(K_ABBREVIATION):
            # 港澳台 / 京津冀: a jieba word made only of abbreviations
            w = tok.text
            if w[:1] not in abbr or not self.lex.abbreviation_word.fullmatch(w):
                continue
            if w in self.lex.places or w in self.lex.stopwords or tok.tag in NOT_ABBREVIATION_TAGS:
                continue
            for k in range(tok.start, tok.end):
                yield _Cand(k, k + 1, "LOC", 1)
        # 全台 / 赴美 / 来京, and 美股 / 港股
        for m in _ABBREVIATION_CUES.finditer(text):
            s, e = m.span()
            if text[s + 1 : s + 2] == "股":
                if s in starts and (e + 1) in ends:
                    yield _Cand(s, e, "LOC", 1)
            elif (s - 1) in starts and e in ends and not (text[s - 1] == "来" and text[s] == "日"):
                yield _Cand(s, e, "LOC", 1)

    # ---- ORG ------------------------------------------------------------------------------------
    def org_suffix_kind(self, tok: Token) -> tuple[str, int] | None:
        """(kind, suffix length) if the token is or ends in an organisation suffix (not 签署/v, 全部)."""
        w = tok.text
        for length in self.lex.org_suffix_lengths.get(w[-1:], ()):
            kind = self.lex.org_suffixes.get(w[-length:]) if length <= len(w) else None
            if kind is None:
                continue
            if length < len(w) and (tok.tag not in NOUN_TAGS or (length == 1 and len(w) < 3)):
                return None
            return kind, length
        return None

    def institution_head(self, w: str) -> str:
        """The institution that starts a word made of institution + title (市委书记 -> 市委), else ''."""
        for k in (3, 2):
            if w[:k] in self.lex.institutions and w[k:] in self.lex.titles:
                return w[:k]
        return ""

    def organisations(self) -> Iterable[_Cand]:
        """Institutions, jieba nt words and name runs ending in an organisation suffix."""
        lex, toks, text = self.lex, self.toks, self.text
        for i in self.where(K_ORG):
            tok = toks[i]
            w = tok.text
            if not _has_cjk(w):
                continue
            prev = toks[i - 1] if i > 0 else None
            head = self.institution_head(w) if self.after_place[i] else ""
            if head:
                # 长沙/ns 市委书记/n: the party committee is 长沙市委, the rest is a title
                yield _Cand(prev.start, tok.start + len(head), "ORG", 3)
                continue
            if w in lex.institutions:
                # 长沙市委, 国家发改委, 市统计局: a place or an administrative level in front belongs to it
                joined = self.after_place[i] or (prev is not None and prev.text in ADMIN_PREFIXES)
                yield _Cand(prev.start if joined else tok.start, tok.end, "ORG", 3)
                continue
            found = self.org_suffix_kind(tok)
            if found and tok.tag.startswith("v") and _ALNUM.match(text[tok.end : tok.end + 1] or " "):
                continue  # 组织了一次活动: the verb, not an organisation
            is_nt = tok.tag == "nt" and len(w) >= 2 and w not in lex.stopwords and not w.endswith(NT_NOT_ORG)
            if found is None and not is_nt:
                continue
            kind, slen = found if found else ("nt", 0)
            exact = slen == len(w)
            run = self.left_run(i)
            if is_nt:
                ok_alone = True
                if not self.has_proper(run):
                    run = run[-2:]
            elif exact:
                ok_alone = False
            else:
                ok_alone = (
                    (kind == "media" or (kind == "strong" and tok.tag in PROPER_TAGS))
                    and len(w) - slen >= 2
                    and w not in lex.stopwords
                )
            if w == "中心" and run and all(self.is_place_tok(toks[k]) for k in run):
                continue  # 北京市中心, 上海中心: a place + 中心 is a location, not an organisation
            if run and (is_nt or self.has_proper(run)):
                yield _Cand(toks[run[0]].start, tok.end, "ORG", 2)
            elif ok_alone:
                yield _Cand(tok.start, tok.end, "ORG", 2)
            elif tok.end < len(text) and text[tok.end] in CLOSING_QUOTES:
                # 「一带一路联合实验室」: a quoted name ending in an organisation suffix
                quote = CLOSING_QUOTES[text[tok.end]]
                opening = text.rfind(quote, max(0, tok.end - MAX_NAME_CHARS), tok.start)
                if opening >= 0:
                    s = opening + 1
                    inner = self.tokens_between(s, tok.end)
                    if len(inner) >= 2 and not any(_is_punct(t) for t in inner):
                        yield _Cand(s, tok.end, "ORG", 2)

    def companies(self) -> Iterable[_Cand]:
        """Brand head + industry word (辉瑞/nz 制药, 海尔电器/nz), optionally after a place."""
        lex, toks = self.lex, self.toks
        for i in self.token_indices(self.company_title_starts, self.starts, K_COMPANY):
            tok = toks[i]
            w = tok.text
            # one jieba word: 海尔电器/nz, 华星通讯/nt
            if tok.tag in COMPANY_WORD_TAGS and len(w) >= 4 and _is_cjk(w):
                # a company suffix after a head of at least two characters
                if any(w[-k:] in lex.company_suffixes for k in range(1, len(w) - 1)):
                    yield _Cand(tok.start, tok.end, "ORG", 2)
                    continue
            if i and tok.start in self.company_title_starts:
                yield from self._before_company_title(i)
            if w not in lex.company_suffixes or i == 0:
                continue
            head = toks[i - 1]
            if not (head.tag in PROPER_TAGS and _is_cjk(head.text) and len(head.text) >= 2):
                continue
            if self.is_place_tok(head) or head.text in lex.stopwords or head.text in lex.titles:
                continue
            start = head.start
            if i >= 2 and self.is_place_tok(toks[i - 2]):
                start = toks[i - 2].start
            yield _Cand(start, tok.end, "ORG", 2)

    @cached_property
    def company_title_starts(self) -> set[int]:
        """Where a corporate title of two to five characters (董事长, 首席执行官) starts."""
        return _match_starts(self.lex.company_title_pattern, self.text)

    def _before_company_title(self, i: int) -> Iterable[_Cand]:
        """腾讯董事长 / 华为轮值董事长: the name before a corporate title is the company."""
        toks = self.toks
        if toks[i - 1].text in TITLE_MODIFIERS:
            i -= 1
        run = self.left_run(i)
        if not run or toks[run[-1]].text in self.lex.stopwords or not self.has_proper(run):
            return
        if all(self.is_place_tok(toks[k]) or toks[k].tag == "ns" for k in run):
            return  # 美国总裁? 长沙董事长? a place alone is not the company
        if toks[run[-1]].end - toks[run[0]].start >= 2:
            yield _Cand(toks[run[0]].start, toks[run[-1]].end, "ORG", 2)

    def bylines(self) -> Iterable[_Cand]:
        """大公报记者 / 新华社记者: the word before 记者 in a byline is the outlet."""
        toks = self.toks
        for i in self.where(K_BYLINE):
            tok = toks[i]
            if tok.text not in BYLINE_WORDS or i == 0:
                continue
            prev = toks[i - 1]
            w = prev.text
            if not _is_cjk(w) or w in self.lex.stopwords or w.startswith("本"):
                continue
            if (len(w) >= 3 and w[-1] in "报社台网刊") or prev.tag == "nt":
                yield _Cand(prev.start, prev.end, "ORG", 3)
        # 新华社·快讯: a column brand after a publication's name, up to the verb
        for i in self.where(K_DOT):
            tok = toks[i]
            if tok.text != "·" or i == 0 or not toks[i - 1].text.endswith(("报", "社", "台", "网", "刊")):
                continue
            j = i + 1
            while j < len(toks) and toks[j].tag in COLUMN_TAGS and toks[j].end - tok.end <= 5:
                j += 1
            size = toks[j - 1].end - tok.end
            if j > i + 1 and 2 <= size <= 5 and (j == len(toks) or toks[j].tag == "v"):
                yield _Cand(tok.end, toks[j - 1].end, "ORG", 2)

    def site_names(self) -> Iterable[_Cand]:
        """`Headline | Site` or `Headline - Section - Site` as the first line: the last part is ORG."""
        text = self.text
        first = text.lstrip()
        offset = len(text) - len(first)
        line = first.split("\n", 1)[0]
        parts = list(_TITLE_SEP.finditer(line))
        if not parts:
            return
        s = parts[-1].end()
        tail = line[s:].rstrip()
        if not tail or len(tail) > 20 or re.search(r"[0-9，。,.!?！？]", tail):
            return
        for m in re.finditer(r"[A-Za-z][A-Za-z&]+|[\u3400-\u9fff]{2,}", tail):
            yield _Cand(offset + s + m.start(), offset + s + m.end(), "ORG", 3)

    def english_orgs(self) -> Iterable[_Cand]:
        """Capitalised English names ending in Organization, University, Bank, ..."""
        for m in _ENGLISH_ORG.finditer(self.text):
            start = m.start() + 4 if m.group().startswith("The ") else m.start()
            yield _Cand(start, m.end(), "ORG", 3)

    def brands(self) -> Iterable[_Cand]:
        """A company name right before a Latin product name is ORG (小米Redmi)."""
        lex, text = self.lex, self.text
        # where a product name may start: up to two characters (" i") before a capital; matched exactly below
        product_starts = {p - d for m in _CAPITAL.finditer(text) for p in [m.start()] for d in (0, 1, 2)}
        for i in self.token_indices(product_starts, self.ends):
            tok = self.toks[i]
            w = tok.text
            if tok.end not in product_starts or not (2 <= len(w) <= 4 and tok.tag in BRAND_TAGS and _is_cjk(w)):
                continue
            if w in lex.stopwords or w[-2:] in lex.stopwords or w in lex.titles:
                continue  # not 新款手机iPhone
            if self.is_place_tok(tok) or tok.tag == "ns":
                continue
            m = _LATIN_PRODUCT.match(text, tok.end)
            if m is None or m.group().strip() in ENGLISH_STOP:
                continue
            if tok.tag in PROPER_TAGS or m.group().strip()[0] == "i":
                yield _Cand(tok.start, tok.end, "ORG", 1)

    # ---- PER ------------------------------------------------------------------------------------
    def title_before(self, p: int) -> bool:
        """A job title (记者, 董事长) ends right before p, possibly followed by one space."""
        text = self.text
        if p > 0 and text[p - 1] == " ":
            p -= 1
        return p in self.title_ends

    @cached_property
    def title_ends(self) -> set[int]:
        """Where a job title ends: the titles that start at each position of the reversed text."""
        n = len(self.text)
        return {n - q for q in _match_starts(self.lex.reversed_title_pattern, self.text[::-1])}

    def cue_after(self, q: int, *, titles: bool = True) -> int:
        """3: a speech verb, title or dateline follows q; 1: punctuation or the end; else 0."""
        text, lex = self.text, self.lex
        title_set = lex.titles if titles else lex.honorifics
        if q < len(text) and text[q] == " ":
            q += 1
        if q >= len(text):
            return 1
        rest = len(text) - q
        # only the lengths of the cues, titles and places that start with these characters
        for length in (lex.cue_lengths if titles else lex.cue_honorific_lengths).get(text[q], ()):
            w = text[q : q + length]
            if length <= rest and (w in lex.person_cues or (length >= 2 and w in title_set)):
                return 3
        for length in lex.place_lengths.get(text[q : q + 2], ()):
            if length <= rest and text[q : q + length] in lex.places and text[q + length : q + length + 2] == "报道":
                return 3  # 卢静怡长沙报道
        return 1 if not _ALNUM.match(text[q]) else 0

    def surname_len(self, p: int) -> int:
        """Length of the surname starting at p: 2 (compound, 欧阳), 1, or 0 when none."""
        text = self.text
        if text[p : p + 2] in self.lex.compound_surnames:
            return 2
        return 1 if text[p : p + 1] in self.lex.surnames else 0

    def name_at(self, p: int) -> int:
        """Length of a Chinese name at p (0 if none): surname + one or two given characters.

        The length that a speech verb, a title or jieba's own nr word confirms wins: 付/v 向东/nr
        介绍 is 张伟, 李明/nr 教授 is 李明, 刘栋/nr 才/d 说 is 刘栋才.
        """
        text = self.text
        if text[p : p + 1] in "小老" and text[p + 1 : p + 2] in self.lex.surnames:
            return 2 if self.cue_after(p + 2) == 3 else 0  # 小王介绍
        sl = self.surname_len(p)
        if not sl or text[p] in NOT_IN_NAME:
            return 0  # 李女士和张先生: 和 is the conjunction here
        best, best_score = 0, 0.0
        for length in (sl + 1, sl + 2):
            name = text[p : p + length]
            if len(name) < length or not _is_cjk(name) or any(ch in NOT_IN_NAME for ch in name[sl:]):
                continue
            score = float(self.cue_after(p + length))
            q = self.starts.get(p)
            if q is not None and self.toks[q].end == p + length and self.toks[q].tag.startswith("nr"):
                score += 2
            if p + length in self.ends:
                score += 1
            if q is not None and self.toks[q].end == p + sl and self.toks[q].tag == "nr" and p + length in self.ends:
                score += 2  # 蒋/nr 万安/nz: jieba marked the surname alone as a name
            elif length == sl + 2 and q is not None and self.toks[q].end == p + length - 1:
                last = self.toks[q + 1]
                if last.tag.startswith("nr") or (last.tag in {"n", "ng", "a"} and last.text not in LOCATIVES):
                    score += 2.5  # 陈家/nr 明/a: jieba cut a three-character name short
            if score > best_score:
                best, best_score = length, score
        return best if best_score >= 3 else 0

    def persons(self) -> Iterable[_Cand]:
        """Names next to a title, an honorific or a speech verb; transliterated and Latin names."""
        text, toks, lex = self.text, self.toks, self.lex
        # tokens right after a title (or a title and a space) and jieba nr words: no other token starts a name here
        after_title = [*self.title_ends, *(e + 1 for e in self.title_ends if text[e : e + 1] == " ")]
        for i in self.token_indices(after_title, self.starts, K_PERSON):
            tok = toks[i]
            p = tok.start
            if not _is_cjk(text[p]):
                continue
            if self.title_before(p):
                length = self.name_at(p)
                if length:
                    nxt = self.starts.get(p + length)
                    if nxt is not None and toks[nxt].tag == "nrt":
                        length = toks[nxt].end - p  # 冯德/nr 莱恩/nrt: one transliterated name
                    yield _Cand(p, p + length, "PER", 3)
                    continue
                if tok.tag == "nrt" and _is_cjk(tok.text) and text[tok.end : tok.end + 1] != "·":
                    yield _Cand(p, tok.end, "PER", 2)  # 总统拜登: a transliterated name after a title
                    continue
            w = tok.text
            if tok.tag in {"nr", "nrfg"} and 2 <= len(w) <= 3 and self.surname_len(p) and _is_cjk(w):
                if self.is_place_tok(tok) or w in lex.stopwords or w.endswith(HONORIFIC_ENDS):
                    continue  # not 王女士/nr: a surname with an honorific is no name
                nxt = text[tok.end : tok.end + 4]
                honorific = any(nxt.startswith(t) for t in lex.honorifics)
                if honorific or self.cue_after(tok.end, titles=False) == 3:
                    yield _Cand(tok.start, tok.end, "PER", 1)
        # 蒂姆·库克: a transliterated name with a middle dot, next to a title or a speech verb
        resume = 0  # the first token after the dotted name last looked at
        for dot in self.where(K_DOT):
            i = dot - 1
            if i < resume or dot + 1 >= len(toks) or not (_is_cjk(toks[i].text) and _is_cjk(toks[dot + 1].text)):
                continue
            j = i + 2
            while j + 2 < len(toks) and toks[j + 1].text == "·" and _is_cjk(toks[j + 2].text):
                j += 2
            s, e = toks[i].start, toks[j].end
            parts = toks[i : j + 1 : 2]
            if all(t.tag in {"nrt", "nr", "nrfg", "nz", "x", "n"} and len(t.text) <= 6 for t in parts):
                if self.title_before(s) or self.cue_after(e, titles=False) == 3:
                    yield _Cand(s, e, "PER", 3)
            resume = j + 1
        for m in _LATIN_NAME.finditer(text):
            s, e = m.span()
            if self.title_before(s) or self.cue_after(e) == 3:
                yield _Cand(s, e, "PER", 3)

    # ---- document-level propagation -------------------------------------------------------------
    def with_list_items(self, chosen: list[_Cand]) -> list[_Cand]:
        """`chosen` plus the list items and aliases it implies (`list_items`, `aliases`).

        The last result is kept: when a propagation round adds nothing before this step and the previous round's
        step added nothing, the round asks again with the same list.
        """
        if self._last_lists is not None and self._last_lists[0] == chosen:
            return self._last_lists[1]
        result = _select([*self.list_items(chosen), *self.aliases(chosen)], len(self.text), chosen)
        self._last_lists = (list(chosen), result)
        return result

    def list_items(self, chosen: list[_Cand]) -> Iterable[_Cand]:
        """List items share the label of a known item, or are ORG before 等N家 / 等…公司."""
        by_start = {c.start: c for c in chosen}
        by_end = {c.end: c for c in chosen}
        for chunks, seps in self.clause_lists:
            yield from self._clause_list_items(chunks, seps, by_start, by_end, self.text)

    @cached_property
    def clause_lists(self) -> list[tuple[list[list[int]], list[str]]]:
        """Each clause split into chunks of token indices by 、 (and 和/及/与 between names), with the
        separators; only clauses of two or more non-empty chunks, whose middle chunks can be names.

        Why here: the chunks depend on the tokens alone, and `list_items` runs once per propagation round.
        """
        toks = self.toks
        seps = self.where(K_LIST_SEP)
        if not seps:
            return []
        breaks = self.where(K_CLAUSE_BREAK)
        lists = []
        # clause c is the tokens between breaks c-1 and c; its separators are consecutive in `seps`
        for c, in_clause in groupby(seps, key=lambda k: bisect_left(breaks, k)):
            inner = list(in_clause)
            bounds = [breaks[c - 1] if c else -1, *inner, breaks[c] if c < len(breaks) else len(toks)]
            chunks = [list(range(a + 1, b)) for a, b in zip(bounds, bounds[1:])]
            if all(chunks) and all(self._could_be_item(chunk) for chunk in chunks[1:-1]):
                lists.append((chunks, [toks[k].text for k in inner]))
        return lists

    def _could_be_item(self, chunk: list[int]) -> bool:
        """A chunk inside a list is a short run of item tokens (北京的政治资源、上海的资本网络 are phrases)."""
        toks = self.toks
        short = toks[chunk[-1]].end - toks[chunk[0]].start <= 10
        return short and all(self._item_token(toks[k]) or toks[k].text in "（）()" for k in chunk)

    def _clause_list_items(
        self, chunks: list[list[int]], seps: list[str], by_start: dict[int, _Cand], by_end: dict[int, _Cand], text: str
    ) -> Iterable[_Cand]:
        """The items of one clause's list (`clause_lists`) and the label they share, if any."""
        toks = self.toks
        spans: list[tuple[int, int] | None] = []
        for n, chunk in enumerate(chunks):
            cs, ce = toks[chunk[0]].start, toks[chunk[-1]].end
            if n == 0:
                hit = by_end.get(ce)
                if hit is not None and hit.start >= cs:
                    spans.append((hit.start, ce))
                    continue
                k = len(chunk)
                while k > 0 and self.name_part(toks[chunk[k - 1]]) and len(chunk) - k < 3:
                    k -= 1
                part = chunk[k:]
                while part and not self.good_head(toks[part[0]]):
                    part = part[1:]
                spans.append((toks[part[0]].start, ce) if part else None)
            elif n == len(chunks) - 1:
                hit = by_start.get(cs)
                if hit is not None and hit.end <= ce:
                    if text[hit.end : hit.end + 1] == "的":
                        return  # …、深圳的完整产业链: phrases, not a list of names
                    after = self.starts.get(hit.end)
                    # a place that heads a longer name (中国X集团) is not the item itself
                    if hit.label != "LOC" or after is None or toks[after].tag not in NAME_TAGS | {"j"}:
                        spans.append((cs, hit.end))
                        continue
                else:
                    hit = None
                k = 0
                while k < len(chunk) and k < 3 and self._item_token(toks[chunk[k]]):
                    tok = toks[chunk[k]]
                    if k and not (tok.tag in PROPER_TAGS | {"eng", "j"} or _LATIN.fullmatch(tok.text)):
                        # 中国银行: a short noun only after a place; 长城资本化率 stops at 资本化
                        short_noun = tok.tag == "n" and len(tok.text) <= 2
                        if not (short_noun and self.is_place_tok(toks[chunk[0]])):
                            break
                    k += 1
                end = toks[chunk[k - 1]].end if k else cs
                spans.append((cs, end) if k and (hit is None or end > hit.end) else None)
            else:
                spans.append((cs, ce))  # `clause_lists` kept only lists whose middle chunks can be names
        # strip an alias in brackets from an item: 字节跳动（ByteDance）
        items = []
        for span in spans:
            if span is None:
                items.append(None)
                continue
            s, e = span
            m = _ENDS_IN_ALIAS.match(text[s:e])
            items.append((s, s + len(m.group(1))) if m else (s, e))
        seeds = [by_start[s].label for s, e in filter(None, items) if s in by_start and by_start[s].end == e]
        labels = set(seeds)
        last = items[-1]
        anchored = last is not None and bool(_LIST_CLASS.match(text, last[1]))
        if anchored and labels <= {"ORG"}:
            label = "ORG"
        elif len(labels) == 1 and ("、" in seps or len(items) == 2):
            label = next(iter(labels))
        else:
            return
        for item in items:
            if item is None:
                continue
            s, e = item
            if e - s < 2 or e - s > 12 or text[s:e] in self.lex.stopwords:
                continue
            inner = self.tokens_between(s, e)
            if any(t.tag in ITEM_NAME_TAGS or _LATIN.fullmatch(t.text) for t in inner):
                yield _Cand(s, e, label, 1)
            elif len(seeds) >= 2 and len(inner) == 1 and 2 <= e - s <= 4 and _is_cjk(text[s:e]):
                yield _Cand(s, e, label, 1)  # 甲、乙、丙 (A, B, C): a single word among known names

    def _item_token(self, tok: Token) -> bool:
        """A token that can make up a list item's name: a noun-like or Latin word, not a generic one."""
        if tok.text in self.lex.stopwords or tok.text in self.lex.titles:
            return False
        if tok.tag == "eng" or _LATIN.fullmatch(tok.text):
            return True
        return _has_cjk(tok.text) and tok.tag in ITEM_TAGS

    def aliases(self, chosen: list[_Cand]) -> Iterable[_Cand]:
        """字节跳动（ByteDance）: a short name in brackets right after a name shares its label."""
        text = self.text
        for c in chosen:
            m = _ALIAS_AFTER.match(text[c.end : c.end + 9])
            if m:
                yield _Cand(c.end + 1, c.end + 1 + len(m.group(1)), c.label, 1)

    def short_forms(self, chosen: list[_Cand]) -> dict[str, str]:
        """A company's brand head stands for it elsewhere: 联想技术公司 -> 联想, 鸿远通信 -> 鸿远."""
        out: dict[str, str] = {}
        for c in chosen:
            if c.label != "ORG":
                continue
            if c not in self._short_forms:  # kept: the same names are voted on every propagation round
                self._short_forms[c] = self._short_form(c)
            head = self._short_forms[c]
            if head is not None:
                out.setdefault(head, "ORG")
        return out

    def _short_form(self, c: _Cand) -> str | None:
        """The brand head of one ORG name (`short_forms`), or None."""
        q = self.starts.get(c.start)
        if q is None:
            return None
        while q < len(self.toks) and self.is_place_tok(self.toks[q]):
            q += 1
        if q >= len(self.toks) or self.toks[q].end >= c.end:
            return None
        head = self.toks[q]
        rest = self.text[head.end : c.end]
        companyish = rest in self.lex.company_suffixes or rest.endswith(COMPANY_ENDINGS)
        if companyish and head.tag in {"nr", "nrt", "nz", "j", "x"} and _is_cjk(head.text):
            if len(head.text) >= 2 and head.text not in self.lex.stopwords:
                return head.text
        return None

    def vote(self, chosen: list[_Cand]) -> dict[str, str]:
        """One label per name string in a document: the one with most (priority-weighted) evidence.

        The last result is kept: when propagation settles, the final vote is on the list the last round voted on.
        """
        if self._last_vote is not None and self._last_vote[0] == chosen:
            return self._last_vote[1]
        names = self._vote(chosen)
        self._last_vote = (list(chosen), names)
        return names

    def _vote(self, chosen: list[_Cand]) -> dict[str, str]:
        weights: dict[str, dict[str, int]] = {}
        for c in chosen:
            s = self.text[c.start : c.end]
            if len(s) >= 2 and not (c.label == "PER" and len(s) > 4 and _is_cjk(s)):
                w = weights.setdefault(s, {})
                w[c.label] = w.get(c.label, 0) + c.prio + 1
        for s, label in self.short_forms(chosen).items():
            w = weights.setdefault(s, {})
            w[label] = w.get(label, 0) + 2
        return {s: max(w, key=lambda lab: (w[lab], lab == "ORG")) for s, w in weights.items()}

    def propagate(self, chosen: list[_Cand]) -> Iterable[_Cand]:
        """A name found once is the same entity wherever else it occurs (token-aligned)."""
        names = self.vote(chosen)
        # the longest name starting at each position, then left to right past each one taken: what a regex
        # alternation of the names (longest first) finds, without compiling a new pattern per document
        longest: dict[int, int] = {}
        for name in names:
            for s in self.occurrences(name):
                longest[s] = max(longest.get(s, 0), len(name))
        end_of_last = 0
        for s in sorted(longest):
            if s < end_of_last:
                continue
            e = end_of_last = s + longest[s]
            if s in self.starts and (e in self.ends or e - s >= 3):
                yield _Cand(s, e, names[self.text[s:e]], 0)

    def occurrences(self, name: str) -> list[int]:
        """Where `name` starts in the text, overlaps included (kept: the names recur every round)."""
        found = self._occurrences.get(name)
        if found is None:
            found = self._occurrences[name] = []
            s = self.text.find(name)
            while s >= 0:
                found.append(s)
                s = self.text.find(name, s + 1)
        return found


def _strictly_inside(inner: _Cand, outer: _Cand) -> bool:
    inside = outer.start <= inner.start and inner.end <= outer.end
    return inside and outer.end - outer.start > inner.end - inner.start


def _select(cands: Iterable[_Cand], n: int, taken: Sequence[_Cand] = ()) -> list[_Cand]:
    """Greedy outermost selection: longer spans first, then higher priority, then earlier.

    A new candidate may replace `taken` spans only if it strictly contains all it overlaps
    (中国 -> 中国银行); it never displaces one chosen in the same call.
    """
    owner = [-1] * n
    chosen: dict[int, _Cand] = {}
    for k, c in enumerate(taken):
        owner[c.start : c.end] = [k] * (c.end - c.start)
        chosen[k] = c
    k = len(taken)
    # a candidate with the span of a taken one could never replace it (same size), so it is dropped before sorting
    taken_spans = {(c.start, c.end) for c in taken}
    fresh = {c for c in cands if (c.start, c.end) not in taken_spans}
    for c in sorted(fresh, key=lambda c: (-(c.end - c.start), -c.prio, c.start)):
        if c.end <= c.start:
            continue
        hit = set(owner[c.start : c.end])
        hit.discard(-1)
        if hit and any(h >= len(taken) or not _strictly_inside(chosen[h], c) for h in hit):
            continue
        for h in hit:
            del chosen[h]
        owner[c.start : c.end] = [k] * (c.end - c.start)
        chosen[k] = c
        k += 1
    return list(chosen.values())


def find_entities(
    text: str, tokens: Sequence[Token], *, propagate: bool = True, lex: Lexicon | None = None
) -> list[Entity]:
    """PER / ORG / LOC spans in simplified `text` segmented into `tokens`, sorted, non-overlapping.

    Pure: no spaCy involved, so the rules can be tested and reused on their own.
    """
    f = _Finder(text, tokens, lex or lexicon())
    base = [
        *f.gazetteer(),
        *f.place_suffix_names(),
        *f.abbreviations(),
        *f.organisations(),
        *f.companies(),
        *f.bylines(),
        *f.site_names(),
        *f.english_orgs(),
        *f.brands(),
        *f.persons(),
    ]
    chosen = _select(base, len(text))
    if propagate:
        for _ in range(3):
            before = set(chosen)
            chosen = _select(f.propagate(chosen), len(text), chosen)
            chosen = f.with_list_items(chosen)
            if set(chosen) == before:
                break
        vote = f.vote(chosen)
        return sorted(Entity(c.start, c.end, vote.get(text[c.start : c.end], c.label)) for c in chosen)
    return sorted(Entity(c.start, c.end, c.label) for c in chosen)


Spans = Iterable[tuple[int, int, str]]


def merge_spans(existing: Spans, new: Spans, *, overwrite: bool = False) -> list[tuple[int, int, str]]:
    """Existing spans plus the new ones that overlap none of them; `overwrite` swaps the priority.

    Why: a trained NER and these rules both write entities; one side keeps its spans, the other fills
    only the gaps, so the two never produce overlapping entities.
    """
    first, second = (list(new), list(existing)) if overwrite else (list(existing), list(new))
    size = max((e for _, e, _ in first + second), default=0)
    taken = bytearray(size)
    for s, e, _ in first:
        taken[s:e] = b"\x01" * (e - s)
    kept = list(first) + [span for span in second if not any(taken[span[0] : span[1]])]
    return sorted(set(kept))


def annotate(doc: Doc, spans: Iterable[tuple[int, int, str]], *, overwrite: bool = False) -> Doc:
    """Write `spans` into `doc._.entity_spans` (exact) and `doc.ents` (token-expanded, non-colliding)."""
    if doc._.entity_spans is not None:
        existing = list(doc._.entity_spans)
    else:
        existing = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    merged = merge_spans(existing, spans, overwrite=overwrite)
    doc._.entity_spans = merged
    ents: list[Span] = []
    used = bytearray(len(doc))
    for s, e, label in merged:
        span = doc.char_span(s, e, label=label, alignment_mode="expand")
        if span is None or any(used[span.start : span.end]):
            continue
        used[span.start : span.end] = b"\x01" * (span.end - span.start)
        ents.append(span)
    doc.ents = sorted(ents, key=lambda sp: sp.start)
    return doc


class EntityRules:
    """spaCy component: rule-and-lexicon PER / ORG / LOC, merged with entities already on the Doc."""

    def __init__(self, nlp: Language, name: str, *, overwrite: bool, labels: list[str], propagate: bool) -> None:
        self.name = name
        self.overwrite = overwrite
        self.labels = tuple(labels)
        self.propagate = propagate

    def find(self, doc: Doc) -> list[Entity]:
        """The rule entities of a Doc (pure: the Doc is not changed)."""
        text = doc._.zh_text if doc._.zh_text is not None else doc.text
        found = find_entities(text, doc_tokens(doc), propagate=self.propagate)
        return [e for e in found if e.label in self.labels]

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc, self.find(doc), overwrite=self.overwrite)


@Language.factory(
    "zhfacts_entity_rules",
    default_config={"overwrite": False, "labels": list(LABELS), "propagate": True},
)
def make_entity_rules(nlp: Language, name: str, overwrite: bool, labels: list[str], propagate: bool) -> EntityRules:
    """`nlp.add_pipe("zhfacts_entity_rules")`; after a statistical NER it fills that model's gaps.

    overwrite: rule spans replace overlapping existing ones (default: existing ones win).
    labels: which of PER / ORG / LOC to write. propagate: list, alias and document propagation.
    """
    return EntityRules(nlp, name, overwrite=overwrite, labels=labels, propagate=propagate)
