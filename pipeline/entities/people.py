"""PER rules: a name after a title or before an honorific or a speech verb, transliterated names with a middle dot,
and Latin names next to a title or a speech verb."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache, cached_property
from operator import attrgetter, itemgetter

from pipeline.entities.document import (
    ALNUM,
    GLUED_FUNCTION_CHARS,
    K_DOT,
    K_PERSON,
    Rules,
    is_cjk,
    match_starts,
)
from pipeline.entities.lexicon import Lexicon, lexicon
from pipeline.entities.select import Candidate
from pipeline.lexicons import word_list, words
from pipeline.text.segment import dictionary_frequency, dictionary_tag, is_common_word
from pipeline.text.tags import PERSON_TAGS

# The Latin-name patterns open with their first capital and only then look behind it ((?<![A-Za-z].): no letter
# before the name), so that the regex engine skips ahead to capitals instead of trying every Chinese character.
_NAME_IN_CREDIT = re.compile(r"[\u3400-\u9fff]+")
_LATIN_GLOSS = re.compile(r"[(（][A-Za-z][A-Za-z .\-]{1,40}[)）]")  # （John S. Doe）: a name's gloss in brackets
TRANSLITERATION_TAGS = frozenset({"nrt", "nr"})  # jieba's tags of the parts of a transliterated name
NAME_CLOSING_TAG_PREFIXES = ("p", "d", "c", "u")  # jieba's tags of the words that may close a name (在, 亦, 和, 的)
_AGE_AFTER = re.compile(r"[，,（(] ?\d{1,3} ?[岁歲]")  # ，56岁 / （33岁） right after a name
_CLAUSE = re.compile(r"[^，。；！？,;!?\n]*")  # the text up to the next stop
_LATIN_NAME = re.compile(r"[A-Z](?<![A-Za-z].)[a-z]+(?: [A-Z][a-z]+){1,2}(?![A-Za-z])")
# CJ Muse, TJ Parker: two initials written as a given name, then a capitalised surname, taken between a title and a
# verb of speech only (alone the shape is as often a firm's: JP Morgan, GE Vernova)
_INITIALS_NAME = re.compile(r"[A-Z](?<![A-Za-z].)[A-Z] [A-Z][a-z]+(?![A-Za-z])")


# the tags of a word that a name never opens with: place and direction words, function words and adverbs (曾经/d,
# 尚未/d, 时常/d after a title: the surname's character is the adverb's), not times (宋朝/t)
PLAIN_WORD_TAGS = frozenset({"s", "f", "p", "c", "r", "u", "d"})
# the tags of the word after a surname's character jieba read as an adverb of its own (曾/d 一度/d, 曾/d 明确/ad, 曾/d
# 于/p): another adverb or a function word, so the character is the adverb; not a given name (曾/d 永明/nz)
ADVERB_RUN_TAG_PREFIXES = ("d", "ad", "p", "c", "u")


# adverbs jieba glues onto a surname and its form of address (陈太/则 说, 何太/亦 认同): no part of a name
GLUED_ADVERB_CHARS = frozenset("则亦也又都就却便还仍")


def addressed_surname(name: str, lex: Lexicon | None = None) -> bool:
    """陈生, 林太, 王女士, 陈局长, 何太亦: a surname with a form of address (forms_of_address.txt: 先生, 太, 生) or
    a title after it, and perhaps an adverb glued on, names someone without their name (gold/README D20: not
    labelled), however jieba or the model read it. So does a bare surname glued to the verb of speech that follows
    it (甲说, 乙称: person_cues.txt), a person the article named in full before (gold/README: not labelled), which
    jieba reads as one name (某说/nrfg). `name` is in simplified script."""
    lex = lex or lexicon()
    sl = 2 if name[:2] in lex.compound_surnames else 1 if name[:1] in lex.surnames else 0
    rest = name[sl:]
    if len(rest) >= 2 and rest[-1] in GLUED_ADVERB_CHARS:
        rest = rest[:-1]
    return sl > 0 and (rest in lex.forms_of_address or rest in lex.titles or rest in lex.person_cues)


# adverbs that jieba reads as a three-character name's last character before a verb (某华曾/nr 定调, 某志亦/nr 指出)
ADVERBS_AFTER_NAME = GLUED_ADVERB_CHARS | frozenset("曾已将")
COPULAS = frozenset("是为為")  # between a post and its holder (负责人是某某, 主教练为某某: `copula_after_title`)
PREPOSITIONS_BEFORE_FIGURE = frozenset("以")  # 某某以3比1获胜, 某某以684环: "by" a score or a margin
FIGURE_OPENING = re.compile(r"[0-9一二三四五六七八九十两半]")


def without_glued_adverb(text: str, tokens: Sequence[tuple[int, int, str]], start: int, end: int) -> int:
    """某华曾 定调, 某志亦 指出: where a name of three characters (four with a compound surname) read by the model ends
    in an adverb (`ADVERBS_AFTER_NAME`) and a verb starts right after it (a jieba token tagged v at `end`), the end
    of the name before the adverb. `tokens` are (start, end, tag) in order, over the same text."""
    if end - start < 3 or text[end - 1 : end] not in ADVERBS_AFTER_NAME:
        return end
    k = bisect_left(tokens, end, key=itemgetter(0))
    return end - 1 if k < len(tokens) and tokens[k][0] == end and tokens[k][2].startswith("v") else end


# a word that glues a name's last character onto a verb holds the character and the verb's two or more characters
MIN_GLUED_WORD_CHARS = 3
# jieba's tags of a word after a name cut short that is what it says (一到/v, 多次/m, 昨日/t, 天津/ns, 东方/s, 中/f),
# no name's last character glued onto the next word
GLUED_WORD_NOT_TAGS = ("v", "m", "t", "ns", "s", "f")
MARRIED_NAME_CHARS = 4  # 陈李美玲: two surnames and a given name of two characters
# jieba's count of a word above which two characters after a Japanese surname are an everyday word (大学, 银行),
# not a given name (太郎 295)
COMMON_GIVEN_FREQ = 1000
JAPANESE_GIVEN_CHARS = frozenset("和")  # a function word in Chinese, common in Japanese given names (某田和男)
GLUED_JOINERS = frozenset("及和与")  # a list's joiner that jieba may glue onto a name's last character (某家/nr 明及/v)
# what closes a list's name that jieba may glue onto its last character: a joiner, or 各 and 都 after the list
# (甲和某家/nrfg 豪各/nrt 入一球: "each")
GLUED_LIST_CLOSERS = GLUED_JOINERS | frozenset("各都")
# jieba's tags of a given name's last character it read alone before a verb (某伟/nr 中/f 主持, 某家/n 和/c 提醒):
# a locative or a conjunction (`PersonRules.last_given_cut_before_verb`)
GIVEN_CHAR_TAGS = frozenset({"f", "c"})
# jieba's tags of a name's last character it read as a word of its own after the rest of the name (陈家/nr 明/a,
# 某文/nr 彬/zg: a noun, a morpheme or an adjective), not a locative (中, 内)
CUT_GIVEN_TAGS = frozenset({"n", "ng", "a", "zg"})
PLAIN_NOUN_TAGS = frozenset({"n", "vn"})  # jieba's tags of an everyday noun (`noun_opens`)
LIST_JOINERS = frozenset("和及与、")  # what stands between two names of a list (甲和乙, 甲、乙)
# jieba's tags of a compound surname that is also a place, a direction, a count or a verb (东方/s, 第五/m, 独孤/v)
NOT_SURNAME_TAGS = ("s", "m", "d", "v", "f")
# what closes a name after it: a preposition, adverb, conjunction, particle, verb or time (某某亦, 某某出席, 某某昨日)
CLOSING_TAG_PREFIXES = (*NAME_CLOSING_TAG_PREFIXES, "v", "t")


MAX_TITLE_CHARS = 6  # characters of the longest title (副总经理, 首席执行官) before the character it runs on over
MAX_TITLE_RUN_ON = 2  # characters a longer title may run on past a shorter one it opens (董事|长, 主任|医师)


PARTY_END = "党"  # a party's name ends in 党 (某某党)
BODY_ENDS = ("会", "联")  # a body's or an alliance's (某联会, 某建联), when jieba tags the word as a body's name
# what closes a member's name after their party: a count (2016年), time, function word or verb
PARTY_NAME_CLOSERS = ("m", "t", "v", *NAME_CLOSING_TAG_PREFIXES)
EVERYDAY_NOUN_TAGS = PLAIN_NOUN_TAGS | {"nz"}  # jieba's tags of a noun that may follow a surname (某家族/nz)


def everyday_noun(word: str) -> bool:
    """Whether `word` is a noun jieba knows well (家族, 团队, 集团: `COMMON_GIVEN_FREQ`), so after a surname it says
    "the family", not a given name (a place word, 建国/ns, is a given name often enough)."""
    return dictionary_tag(word) in EVERYDAY_NOUN_TAGS and dictionary_frequency(word) >= COMMON_GIVEN_FREQ


NAME_WORD_TAGS = PERSON_TAGS | {"nrt"}  # jieba's tags of a person's name, Chinese or transliterated
MIN_FOREIGN_LEADER_CHARS = 3  # a transliterated name jieba tags nr has three characters or more (某格曼), not two
MAX_FOREIGN_AFTER_TITLE = 4  # characters of a transliterated name in one jieba word right after a title
NAME_JOINERS = frozenset("·・—-")  # between the parts of a transliterated name
_HAN_NAME = re.compile(r"[\u3400-\u9fff]+(?:[·・—-][\u3400-\u9fff]+)*")


def written_in_han(name: str) -> bool:
    """蒂姆·库克 as much as 王伟: a name in Han characters, its parts perhaps joined as a transliteration's are
    (`NAME_JOINERS`). Why: the joiner is punctuation, not another script, so the name is as Chinese as its parts."""
    return _HAN_NAME.fullmatch(name) is not None


@cache
def _japanese_surname_pattern() -> re.Pattern[str]:
    """The surnames of japanese_surnames.txt, longest first."""
    names = sorted(word_list("japanese_surnames.txt"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def noun_opens(word: str) -> bool:
    """Whether `word` (a surname and the next character) is an everyday common noun of jieba's (顾问 n, 施工 vn), so
    a three-character word it opens is more likely a noun phrase than a name; not a name jieba knows (王明 nr)."""
    return is_common_word(word) and dictionary_tag(word) in PLAIN_NOUN_TAGS


def over_title_end(c: Candidate, glued: Sequence[Candidate]) -> bool:
    """官叶青 over 叶青: a candidate that opens before a name glued to a title (`names_glued_to_title`) and ends
    inside it or with it holds the title's last character, no part of the name."""
    return any(c.start < g.start < c.end <= g.end for g in glued)


class PersonRules(Rules):
    """PER candidates of one document."""

    def candidates(self) -> Iterable[Candidate]:
        glued = list(self.names_glued_to_title())
        found = (*self.persons(), *self.credits(), *self.japanese_names(), *self.listed_compound_surnames(),
                 *self.party_members(), *self.familiar_names(), *self.group_leaders())
        yield from glued
        yield from (c for c in found if not self.preposition_before_word(c) and not over_title_end(c, glued))

    def names_glued_to_title(self) -> Iterable[Candidate]:
        """首席财务官/叶青: 官叶青/nr, 执行长/方华: 长方/n 华, 首席经济师/范力民: 师范/n 力民: a name right after a
        title whose last character jieba glued onto the name's first characters (the title's end falls inside a
        word), placed as a name after a title is (`name_at`, `name_closed_after_title`), and the names listed after it.
        Why: jieba knows 财务官, 执行长, 经济师 as no word and reads the title's last character as a surname (官, 师)
        or the opening of an everyday word (长江, 官方, 师范), so no word starts where the name does and the rules
        that start names at jieba's words miss it; the title still names the person right after it. Not an
        everyday word (市长/期, 部长/安排: no name)."""
        text = self.text
        for p in sorted(self.title_ends):
            if p in self.starts or p >= len(text) or not is_cjk(text[p]) or self.inside_longer_title(p):
                continue
            length = self.name_at(p) or self.name_closed_after_title(p)
            if not length or is_common_word(text[p : p + length]) or text[p + length : p + length + 1] == "·":
                continue
            yield Candidate(p, p + length, "PER", 3)
            yield from self.listed_after(p + length)

    def inside_longer_title(self, p: int) -> bool:
        """董事|长孙某某: a title (董事) ends at p, but a longer title (董事长) runs on over the character at p.
        Why: the longer title is the one written, and its last character is no name's first (长孙 is a compound
        surname, yet 董事长孙某某 names 孙某某); a name starts after the longest title."""
        text, titles = self.text, self.lex.titles
        return any(text[s : p + k] in titles
                   for k in range(1, MAX_TITLE_RUN_ON + 1) if p + k in self.title_ends
                   for s in range(max(0, p - MAX_TITLE_CHARS), p))

    def group_leaders(self) -> Iterable[Candidate]:
        """某某团队统计, 某某曼团队发现: a word jieba reads as a name (nr, nrfg, nrt) right before a word for the group
        a person leads (led_group_words.txt: 团队, 课题组) is that person: a Chinese name (a surname and one or two
        given characters) or a transliterated one (three characters or more, or tagged nrt). Not an everyday word,
        a company, a place, a title or a surname with a form of address (华为团队, 王先生团队).
        Why: news credits a study or a forecast to the team of its leader by the leader's name, with no title nor
        speech verb after it, and the team is no name of its own (gold labels the leader alone)."""
        toks, lex = self.toks, self.lex
        for i in self.doc.words.where(lambda w: w in words("led_group_words.txt")):
            if i == 0:
                continue
            tok = toks[i - 1]
            w, n = tok.text, len(tok.text)
            if (tok.end != toks[i].start or tok.tag not in NAME_WORD_TAGS or not is_cjk(w) or is_common_word(w)
                    or w in lex.companies or w in lex.places or w in lex.stopwords or w in lex.titles
                    or addressed_surname(w, lex)):
                continue
            sl = self.surname_len(tok.start)
            chinese = sl and sl + 1 <= n <= sl + 2 and tok.tag != "nrt"
            foreign = n >= MIN_FOREIGN_LEADER_CHARS or tok.tag == "nrt"
            if chinese or (foreign and n <= MAX_FOREIGN_AFTER_TITLE):
                yield Candidate(tok.start, tok.end, "PER", 1)

    def preposition_before_word(self, c: Candidate) -> bool:
        """总经理向甲讯表示, 政府向乙顿提出: a name opening with a function word that is also a surname (向, 和, 但:
        GLUED_FUNCTION_CHARS) whose rest the text writes more often than the whole (甲讯 alone elsewhere) is that
        word after a preposition, not a person named 向甲讯; a person's full name recurs whole, and their given
        name is seldom written alone."""
        text, s, e = self.text, c.start, c.end
        if text[s] not in GLUED_FUNCTION_CHARS or e - s < 3:
            return False  # (most candidates: one test)
        rest = text[s + 1 : e]
        return text.count(rest) > text.count(text[s:e])

    def party_members(self) -> Iterable[Candidate]:
        """甲党某某2016年…, 乙联会某某亦…: a party's or a body's name (a word ending in 党, or a jieba `nt` word
        ending in 会 or 联) right before a surname and one or two given characters, jieba's words ending there, is
        that party's member named without a title, where a time, a count, a function word, a verb or a stop closes
        the name (news names a politician by party alone); not an everyday word (甲党高层, 甲党政府)."""
        text, lex, toks = self.text, self.lex, self.toks
        for k in self.doc.words.where(lambda w: w.endswith(PARTY_END) or w.endswith(BODY_ENDS)):
            i = k + 1
            if i == len(toks):
                continue
            prev, p = toks[k], toks[i].start
            if prev.end != p or not (prev.text.endswith(PARTY_END) or prev.tag == "nt"):
                continue
            sl = self.surname_len(p)
            if not sl or text[p] in lex.not_in_given_name or self.opens_with_plain_word(p, sl):
                continue
            for e in (p + sl + 2, p + sl + 1):
                name = text[p:e]
                if (e not in self.ends or len(name) < e - p or not is_cjk(name) or is_common_word(name)
                        or is_common_word(name[:2]) or name in lex.stopwords or name[sl:] in lex.titles
                        or name[sl:] in lex.places or addressed_surname(name, lex)
                        or any(ch in lex.not_in_given_name for ch in name[sl:])):
                    continue
                nxt = self.starts.get(e)
                if e >= len(text) or (nxt is not None and toks[nxt].tag.startswith(PARTY_NAME_CLOSERS)) or (
                        not ALNUM.match(text[e]) and not is_cjk(text[e])):
                    yield Candidate(p, e, "PER", 2)
                    break

    def listed_compound_surnames(self) -> Iterable[Candidate]:
        """甲和欧阳某某, 司徒某某及乙, 上官某/某、乙: a compound surname (欧阳, 司徒, 上官; not one that is also a word
        of place, count or verb: 东方, 第五) and one or two given characters, jieba's words ending there, next to a
        list's joiner and closed by a stop, a joiner, a function word or a verb, are a person's name, however jieba
        tagged the parts (司徒/n 某某/n), unless they are an everyday noun or a form of address (欧阳/ 家族, 欧阳先生):
        such surnames open few everyday words, and a list of names needs no title or speech verb after each item."""
        text, lex, ends = self.text, self.lex, self.ends
        for tok in self.toks:
            p = tok.start
            sur = text[p : p + 2]
            if sur not in lex.compound_surnames or sur in lex.places or (
                    dictionary_tag(sur) or "").startswith(NOT_SURNAME_TAGS):
                continue
            if tok.end > p + 2 and not tok.tag.startswith("nr"):
                continue  # 司空见惯/i: a word the surname's characters open
            joined_before = text[p - 1 : p] in LIST_JOINERS
            for e in (p + 4, p + 3):
                given = text[p + 2 : e]
                if (e not in ends or len(given) < e - p - 2 or not is_cjk(given) or given in lex.places
                        or given in lex.titles or everyday_noun(given) or addressed_surname(text[p:e], lex)
                        or any(ch in lex.not_in_given_name for ch in given)):
                    continue
                nxt = self.starts.get(e)
                after = text[e : e + 1]
                joined_after = after in LIST_JOINERS
                closed = joined_after or self.cue_after(e) in (1, 3) or (
                    nxt is not None and self.toks[nxt].tag.startswith(CLOSING_TAG_PREFIXES))
                if (joined_before or joined_after) and closed:
                    yield Candidate(p, e, "PER", 2)
                    break

    def japanese_names(self) -> Iterable[Candidate]:
        """首相某田和男表示, 某破茂指出: a common Japanese surname (japanese_surnames.txt) and a given name of two
        characters or one, right before a speech verb or a title, or right after a title and before a stop, are one
        person, however jieba cut them (某田/n 和/c 男/n). The given name is no everyday word (某田大学, 某野银行), no
        title and no place's ending (某叶县), and holds no speech verb (社长某林表示: the surname alone) nor a function
        word other than 和 (某田和男). After a title, a surname that a speech verb, a stop or a function word closes
        is the person named by surname alone (社长某村表示), unless it is also a place's name (千叶)."""
        text, lex = self.text, self.lex
        for m in _japanese_surname_pattern().finditer(text):
            p, q = m.span()
            titled = self.title_before(p)
            if not (titled or p in self.starts):
                continue
            if self.cue_after(q, titles=False) == 3 or (titled and self.surname_closed(q)):
                if titled and m.group() not in lex.places:
                    yield Candidate(p, q, "PER", 3)  # 社长某村表示, 会长某本在: the person by surname alone
                continue
            for e in (q + 2, q + 1):
                given = text[q:e]
                if (len(given) < e - q or not is_cjk(given)
                        or any(ch in lex.not_in_given_name and ch not in JAPANESE_GIVEN_CHARS for ch in given)
                        or given in lex.titles or given in lex.company_suffixes or given in lex.stopwords
                        or any(ch in lex.place_word_ends for ch in given)
                        or dictionary_frequency(given) >= COMMON_GIVEN_FREQ
                        or (e - q == 2 and self.cue_after(q + 1, titles=False) == 3)):
                    continue
                cue = self.cue_after(e)
                if cue == 3 or (titled and (cue == 1 or self.given_name_word_after_title(q, e))):
                    yield Candidate(p, e, "PER", 3)
                    break

    def surname_closed(self, q: int) -> bool:
        """Whether a Japanese surname ending at q stands alone: a stop or a function word that jieba reads as a word
        of its own follows it (会长某本/在 会上, 社长某村。). Why: Japanese news names a person by surname alone after
        their title, and a function word or a stop opens no given name."""
        k = self.starts.get(q)
        return self.cue_after(q, titles=False) == 1 or (
            k is not None and self.toks[k].tag.startswith(NAME_CLOSING_TAG_PREFIXES)
            and self.text[q] not in JAPANESE_GIVEN_CHARS)  # (某田/ 和/c 男: a given name's first character)

    def given_name_word_after_title(self, q: int, e: int) -> bool:
        """首相某田文雄 出席, 会长某木一郎 致辞: after a title and a Japanese surname ending at q, two characters that
        end where a jieba word ends and hold no verb nor time (某田/ 本周/t) are the given name, whatever follows
        them. Why: a title names the person right after it, and Japanese given names are mostly of two characters
        that jieba knows as no word (文雄, 一郎), so it cuts them apart from the surname or glues them to its last
        character (某/n 田文雄/nr); the caller has ruled out everyday words (某田大学)."""
        toks = self.toks
        k = bisect_left(toks, q + 1, key=attrgetter("end"))  # the first token that ends after q
        return e - q == 2 and e in self.ends and not any(t.tag.startswith(("v", "t")) for t in toks[k:] if t.start < e)

    def credits(self) -> Iterable[Candidate]:
        """文｜李小霞 / 编辑｜乔芊 杨轩: each name after a credit label that starts with a surname."""
        for m in self.lex.credit_line.finditer(self.text):
            for name in _NAME_IN_CREDIT.finditer(m.group(1)):
                s = m.start(1) + name.start()
                if self.surname_len(s) and name.end() - name.start() <= 3 + (self.surname_len(s) == 2):
                    yield Candidate(s, s + len(name.group()), "PER", 3)

    def title_before(self, p: int) -> bool:
        """A job title (记者, 董事长) ends right before p, possibly followed by one space."""
        text = self.text
        if p > 0 and text[p - 1] == " ":
            p -= 1
        return p in self.title_ends

    @cached_property
    def copula_after_title(self) -> set[int]:
        """Where a name may start after a title and a copula (负责人是某某, 主教练为某某): the position right after
        a copula (是, 为) that follows a title's end. Why: a sentence that says who holds a post puts the copula
        between the post and the person, so the title names the person right after the copula as it does right
        after itself; the name is then read as one after a title is (`name_at`: a surname, the given name closed
        by a stop or a cue), so no everyday word after the copula (主席为何, 院长是方向) reads as a name."""
        text = self.text
        return {e + 1 for e in self.title_ends if text[e : e + 1] in COPULAS}

    @cached_property
    def title_ends(self) -> set[int]:
        """Where a job title ends: the titles that start at each position of the reversed text."""
        n = len(self.text)
        return {n - q for q in match_starts(self.lex.reversed_title_pattern, self.text[::-1])}

    def cue_after(self, q: int, *, titles: bool = True) -> int:
        """3: a speech verb, title or dateline follows q; 1: punctuation or the end; else 0."""
        text, lex = self.text, self.lex
        title_set = lex.titles if titles else lex.honorifics
        if q < len(text) and text[q] == " ":
            q += 1
        if q >= len(text):
            return 1
        if _AGE_AFTER.match(text, q):
            return 3  # 某某，56岁，曾任…; 某某（33岁）: a person's age stands after their name
        rest = len(text) - q
        # only the lengths of the cues, titles and places that start with these characters
        for length in (lex.cue_lengths if titles else lex.cue_honorific_lengths).get(text[q], ()):
            w = text[q : q + length]
            if length <= rest and (w in lex.person_cues or (length >= 2 and w in title_set)):
                return 3
        for length in lex.place_lengths.get(text[q : q + 2], ()):
            if length <= rest and text[q : q + length] in lex.places and text[q + length : q + length + 2] == "报道":
                return 3  # 卢静怡长沙报道
        return 1 if not ALNUM.match(text[q]) else 0

    def surname_len(self, p: int) -> int:
        """Length of the surname starting at p: 2 (compound, 欧阳), 1, or 0 when none."""
        text = self.text
        if text[p : p + 2] in self.lex.compound_surnames:
            return 2
        return 1 if text[p : p + 1] in self.lex.surnames else 0

    def opens_with_plain_word(self, p: int, sl: int) -> bool:
        """The word jieba reads at p runs past the surname and is a word of place, direction, function or an
        adverb (理事/国外/s 长: 国 is no surname here, 国外 a word; 部长/曾经/d 表示), or is the surname's character
        alone read as an adverb before another adverb or a function word (部长/曾/d 一度/d 表示), so no name starts
        at p."""
        q = self.starts.get(p)
        if q is None:
            return False
        tok = self.toks[q]
        if tok.end > p + sl:
            return tok.tag in PLAIN_WORD_TAGS
        return (tok.tag == "d" and tok.end == p + sl and q + 1 < len(self.toks)
                and self.toks[q + 1].tag.startswith(ADVERB_RUN_TAG_PREFIXES))

    def name_at(self, p: int) -> int:
        """Length of a Chinese name at p (0 if none): surname + one or two given characters.

        The length that a speech verb, a title or jieba's own nr word confirms wins: 付/v 向东/nr
        介绍 is 张伟, 李明/nr 教授 is 李明, 刘栋/nr 才/d 说 is 刘栋才.
        """
        text = self.text
        if text[p : p + 1] in self.lex.surname_prefixes and text[p + 1 : p + 2] in self.lex.surnames:
            return 2 if self.cue_after(p + 2) == 3 else 0  # 小王介绍
        sl = self.surname_len(p)
        if not sl or text[p] in self.lex.not_in_given_name or self.opens_with_plain_word(p, sl):
            return 0  # 李女士和张先生: 和 is the conjunction here
        best, best_score = 0, 0.0
        lengths = [sl + 1, sl + 2]
        husband_first = sl == 1 and self.husbands_surname_apart(p)
        if sl == 1 and self.surname_len(p + 1) == 1 and p + 4 in self.ends and (p + 2 in self.ends or husband_first):
            lengths.append(4)  # 陈李/nr 美玲: a married woman's name in Hong Kong, her husband's surname first
        for length in lengths:
            name = text[p : p + length]
            cut_before_verb = length == sl + 2 and self.last_given_cut_before_verb(p, length)
            glued_to_verb = length == sl + 2 and self.last_given_glued_to_verb(p, length)
            closer_glued = length == sl + 2 and self.list_closer_glued(p, length)
            if len(name) < length or not is_cjk(name) or any(
                    ch in self.lex.not_in_given_name and not (cut_before_verb and i == length - 1)
                    for i, ch in enumerate(name[sl:], sl)):
                continue
            if length == MARRIED_NAME_CHARS and self.time_word_at(p + 2):
                continue  # 部长某明/nr 近日/t 宣布: the name and a time word after it, no married name
            if addressed_surname(name, self.lex) or name[sl:] in self.lex.forms_of_address:
                continue  # 市民/村民 甲太太: a surname with a form of address names no one by name (D20)
            if name[sl:] in self.lex.places:
                continue  # 由/p 某国 总理: a function word that is also a surname, then a country, no given name
            if length == sl + 2 and (self.adverb_before_verb(p + length - 1)
                                     or self.preposition_before_figure(p + length - 1)):
                continue  # 某华曾/nr 定调: "某华 once set the tone", not a name 某华曾; 某娴以/nr 684环
            if (sl == 1 and length == 3 and noun_opens(text[p : p + 2]) and self.cue_after(p + length) != 3
                    and not ((cut_before_verb or closer_glued) and not everyday_noun(text[p : p + 2]))):
                continue  # 医学顾问团/nr: a common noun (顾问) opens the word, and nothing after it says a name (a
                # rare one cut before a verb or a glued closer opens one: 黄家/n 和/c 提醒/v, 某家/n 豪各/nrt)
            score = float(self.cue_after(p + length))
            if length == sl + 1 and (self.adverb_before_verb(p + length) or self.preposition_before_figure(p + length)):
                score = 3.0  # 某华/曾 定调, 某志/亦 指出, 某娴/以 684环: the adverb and the verb after it, or the
                # preposition and the figure it takes, close the name
            elif length == sl + 2 and self.preposition_before_figure(p + length):
                score = 3.0  # 某晓/nr 彤以/n 两杆: the preposition jieba glued onto the last given character closes
                # a three-character name as it does a two-character one
            q = self.starts.get(p)
            if q is not None and self.toks[q].end == p + length and self.toks[q].tag.startswith("nr"):
                score += 2
            if p + length in self.ends:
                score += 1
            if q is not None and self.toks[q].end == p + sl and self.toks[q].tag == "nr" and p + length in self.ends:
                score += 2  # 蒋/nr 万安/nz: jieba marked the surname alone as a name
            elif glued_to_verb:
                score += 3.5  # 董事总经理何达/nr 文汇报/nz: the verb 汇报 after the name closes it, as a stop would
            elif closer_glued:
                score += 4  # 主席陈家/nr 明及/v 总裁, 队员某梓/nrfg 宁和/nrfg, 某家/n 豪各/nrt 入: jieba glued a joiner
                # or 各 onto the last given character, which it closes, and tagged the pair as it liked
            elif length == sl + 2 and q is not None and self.toks[q].end == p + length - 1:
                last = self.toks[q + 1]
                if (last.tag.startswith("nr") or (last.tag in CUT_GIVEN_TAGS and last.text not in self.lex.locatives)
                        or cut_before_verb):
                    score += 2.5  # 陈家/nr 明/a, 某伟/nr 中/f 主持/v: jieba cut a three-character name short
            elif length == MARRIED_NAME_CHARS and q is not None and self.toks[q].end == p + 2 and (
                    self.toks[q].tag.startswith("nr") and self.toks[q + 1].end == p + length
                    and not self.toks[q + 1].tag.startswith(("v", "m", *NAME_CLOSING_TAG_PREFIXES))
                    and not is_common_word(self.toks[q + 1].text) and self.cue_after(p + 2, titles=False) != 3):
                score += 2.5  # 主席陈李/nr 美玲/n 在: two surnames jieba read as a name, then her given name (no
                # everyday word, no speech verb: 主任张林/nr 形容)
            elif length == MARRIED_NAME_CHARS and husband_first:
                score += 2.5  # 主席马/n 陈家/nrfg 欢/v 出席: her husband's surname alone, then her own full name
            if score > best_score:
                best, best_score = length, score
        return best if best_score >= 3 else 0

    def time_word_at(self, q: int) -> bool:
        """A word jieba tags as a time (近日, 周三, 当天) starts at q. Why: a time word closes the name before it and
        is no given name, however its first character reads as a surname (周) or a given name's (近, 当)."""
        k = self.starts.get(q)
        return k is not None and self.toks[k].tag == "t"

    def list_closer_glued(self, p: int, length: int) -> bool:
        """某家/nr 明及/v, 某梓/nrfg 宁和/nrfg, 某家/n 豪各/nrt: a jieba word ends one character before p + length and
        the next one is the name's last character with a list's closer glued on (`GLUED_LIST_CLOSERS`)."""
        q = self.starts.get(p + length - 1)
        return (q is not None and q > 0 and self.toks[q - 1].start >= p and self.toks[q].end == p + length + 1
                and self.text[p + length : p + length + 1] in GLUED_LIST_CLOSERS)

    def last_given_glued_to_verb(self, p: int, length: int) -> bool:
        """何达/nr 文汇报/nz 工作: jieba read a name without its last character (a name word ending one character
        before p + length) and glued that character onto the everyday word after it, making a rare word of its
        dictionary (文 + 汇报 read as the newspaper 文汇报): the glued word is no common word (`is_common_word`), its
        rest is one, and neither is a verb, count, time, place or direction (`GLUED_WORD_NOT_TAGS`).
        Why: after a title and a name jieba cut short, a rare word that an everyday one ends is likelier the
        name's last character and that word (what the person did) than a proper name right after the person;
        not a title (某峰/ 副校长) nor a word a verb follows (某军/ 文汇报/ 报道: the outlet reports)."""
        q, k = self.starts.get(p), self.starts.get(p + length - 1)
        if q is None or k is None or self.toks[q].end != p + length - 1 or not self.toks[q].tag.startswith("nr"):
            return False
        word = self.toks[k]
        rest = word.text[1:]
        if (len(word.text) < MIN_GLUED_WORD_CHARS or word.tag.startswith(GLUED_WORD_NOT_TAGS)
                or is_common_word(word.text) or not is_common_word(rest) or rest in self.lex.titles
                or (dictionary_tag(rest) or "").startswith(GLUED_WORD_NOT_TAGS)):
            return False
        # (记者某某/nr 文汇报/nz 报道/v: a verb after the word makes it the subject, an outlet or a body, itself)
        return k + 1 >= len(self.toks) or self.toks[k + 1].tag != "v"

    def last_given_cut_before_verb(self, p: int, length: int) -> bool:
        """某伟/nr 中/f 主持/v, 某家/n 和/c 提醒/v: jieba ended a word one character before p + length, read that
        last character alone as a locative or a conjunction (`GIVEN_CHAR_TAGS`), and a verb starts right after it
        (a word jieba tagged v, or one a verb of its dictionary opens: 主持会议/n).
        Why: a locative closes a noun and stands before no verb, so after a title the character is the last of a
        three-character name (王伟中), not a word of its own; so is a conjunction, unless jieba knows the two
        characters before it as a full name (某伟/nr 和/c) or a 的 follows the verb before the next stop (某强和参加
        比赛的队员: the conjunction joins a relative clause's noun to the name)."""
        first, q, k = self.starts.get(p), self.starts.get(p + length - 1), self.starts.get(p + length)
        if first is None or q is None or k is None or len(self.toks[q].text) != 1:
            return False
        tag = self.toks[q].tag
        verb = self.toks[k].tag.startswith("v") or (dictionary_tag(self.toks[k].text[:2]) or "").startswith("v")
        return tag in GIVEN_CHAR_TAGS and verb and not (tag == "c" and (
            self.toks[first].tag == "nr" or "的" in _CLAUSE.match(self.text, p + length).group()))

    def husbands_surname_apart(self, p: int) -> bool:
        """主席马/n 陈家/nrfg 欢/v 出席: a surname's character jieba left as a word of its own (no function word nor
        adverb: 向/p), a word it tagged a name opening the next surname, and four characters from p ending where a
        word ends, before a verb or a stop: a Hong Kong married woman's name, her husband's surname before her own
        full name, which jieba reads apart from it. Why the verb or stop: it closes the name as a speech verb does
        in `married_name_at`, where jieba read the two surnames as one word."""
        q = self.starts.get(p)
        if q is None or q + 1 >= len(self.toks) or self.toks[q].end != p + 1 or self.toks[q].tag in PLAIN_WORD_TAGS:
            return False
        own = self.toks[q + 1]
        k = self.starts.get(p + MARRIED_NAME_CHARS)
        return (own.tag.startswith("nr") and own.end in (p + 3, p + 4) and p + MARRIED_NAME_CHARS in self.ends
                and ((k is not None and self.toks[k].tag.startswith("v")) or self.cue_after(p + 4) in (1, 3)))

    def familiar_name_at(self, p: int) -> int:
        """2 where a familiar prefix and a surname (小陈, 老王: surname_prefixes.txt) start at p and a speech verb
        follows them (小陈表示, 老王说), else 0: someone the article names so (gold labels 小某 as a person), whether
        jieba read the two as one name (小陈/nr) or apart (小/a 李/nr); not inside a longer word (大小/ 王).
        Why not without the verb: the two characters open other words too (小王子, 老李家)."""
        text = self.text
        if (text[p : p + 1] in self.lex.surname_prefixes and text[p + 1 : p + 2] in self.lex.surnames
                and p in self.starts and p + 2 in self.ends and self.cue_after(p + 2, titles=False) == 3):
            return 2
        return 0

    def familiar_names(self) -> Iterable[Candidate]:
        """小/a 李/nr 说: a familiar prefix jieba left as a word of its own, its surname read as a name, then a speech
        verb (`familiar_name_at`); the one-word case (小陈/nr) is read with the other jieba names in `persons`.
        Why jieba's name tag: 小米, 老师 and 小区 are words that a prefix and a surname's character make too."""
        toks = self.toks
        for i in self.doc.words.where(lambda w: len(w) == 1 and w in self.lex.surname_prefixes):
            if i + 1 < len(toks) and len(toks[i + 1].text) == 1 and toks[i + 1].tag in PERSON_TAGS:
                if self.familiar_name_at(toks[i].start):
                    yield Candidate(toks[i].start, toks[i + 1].end, "PER", 1)

    def adverb_before_verb(self, q: int) -> bool:
        """The character at q is an adverb (曾, 亦, 已, 则) and a verb or a speech verb starts right after it."""
        if self.text[q : q + 1] not in ADVERBS_AFTER_NAME:
            return False
        k = self.starts.get(q + 1)
        return (k is not None and self.toks[k].tag.startswith("v")) or self.cue_after(q + 1, titles=False) == 3

    def preposition_before_figure(self, q: int) -> bool:
        """The character at q is a preposition that takes a score or a margin (以) and a figure follows it: 某娴以/nr
        684环, 某丽以3比1: jieba may glue the preposition onto the name, but it opens the phrase after it."""
        return self.text[q : q + 1] in PREPOSITIONS_BEFORE_FIGURE and FIGURE_OPENING.match(self.text, q + 1) is not None

    def married_name_at(self, i: int) -> bool:
        """陈李/nr 美玲 表示: two surnames jieba read as a name (token i), a given name of one word of two characters
        and a speech verb after it are a married woman's name in Hong Kong, her husband's surname first."""
        toks, lex = self.toks, self.lex
        p = toks[i].start
        if not (len(toks[i].text) == 2 and self.surname_len(p) == 1 and self.surname_len(p + 1) == 1
                and toks[i].text not in lex.companies and i + 1 < len(toks) and len(toks[i + 1].text) == 2
                and is_cjk(toks[i + 1].text)):
            return False
        given = toks[i + 1]  # (not a verb: 某某/nr 维持/v 表示, a body's act)
        return (not given.tag.startswith(("v", "t", *NAME_CLOSING_TAG_PREFIXES))
                and not any(ch in lex.not_in_given_name for ch in given.text)
                and self.cue_after(given.end, titles=False) == 3)

    def foreign_name_after_title(self, i: int) -> bool:
        """总统某朗普/nr 与…: right after a title, a word of two to four Chinese characters that opens with no Chinese
        surname and that jieba reads as a name (nr) is a person's name in transliteration (a title names the person
        right after it), whatever follows (与, 通话: the rules above want a verb of speech or a stop). Not an
        everyday word nor a word before a title of its own."""
        tok, lex = self.toks[i], self.lex
        w = tok.text
        if tok.tag != "nr" or not (2 <= len(w) <= MAX_FOREIGN_AFTER_TITLE and is_cjk(w)):
            return False
        if self.surname_len(tok.start) or is_common_word(w) or w in lex.stopwords or w in lex.titles:
            return False
        if i + 1 >= len(self.toks):
            return True
        nxt = self.toks[i + 1]  # (某瓦利/nr ·某某, 某某/nr 某尔/nrt: the name goes on)
        return nxt.text not in lex.titles and nxt.text[:1] not in NAME_JOINERS and not (
            nxt.start == tok.end and nxt.tag in TRANSLITERATION_TAGS)

    def listed_after(self, e: int) -> Iterable[Candidate]:
        """教练甲和某家/nrfg 豪/n 发表, 队员甲、乙及丙: the names of a list after one title, each after a joiner
        (`LIST_JOINERS`) that follows the name before it, placed as the name after the title is (`name_at`). Why: the
        title names every person of the list, and jieba cuts or glues a name after a joiner as it does after a title
        (某家/nrfg 豪/n), so no speech verb nor jieba name tag is needed there either. Not a place (甲与某山市代表,
        甲和某国总统): a list after a person joins places and bodies to them as often as other people."""
        while (self.text[e : e + 1] in LIST_JOINERS and not self.place_at(e + 1)
               and (length := self.name_at(e + 1))):
            yield Candidate(e + 1, e + 1 + length, "PER", 3)
            e += 1 + length

    def place_at(self, p: int) -> bool:
        """A place of the lexicon starts at p, or jieba reads a place's name there (ns)."""
        k = self.starts.get(p)
        return (k is not None and self.toks[k].tag == "ns") or bool(self.lex.place_lengths_at(self.text, p))

    def name_closed_after_title(self, p: int) -> int:
        """Length of a name right after a title that ends where a word ends and before a stop or a function word
        (总监方军、, 分析师熊能在, 主席田北辰亦), however jieba tagged it; 0 if none. Not an everyday word (总监方面),
        and a three-character name not ending in a function word of its own (熊能/在)."""
        text, lex = self.text, self.lex
        sl = self.surname_len(p)
        if not sl or text[p] in lex.not_in_given_name or self.opens_with_plain_word(p, sl):
            return 0
        for length in (sl + 2, sl + 1):
            e = p + length
            name = text[p:e]
            verb = any(t.tag.startswith("v") for t in self.doc.tokens_between(p, e))
            if (e not in self.ends or not is_cjk(name) or any(ch in lex.not_in_given_name for ch in name[sl:])
                    or is_common_word(name) or name in lex.stopwords or verb
                    or addressed_surname(name, lex) or name[sl:] in lex.forms_of_address):
                continue  # (副总经理干起/v, 专家计算/v 出: verbs, no name)
            last = self.starts.get(e - 1)
            if length == sl + 2 and last is not None and self.toks[last].tag.startswith(NAME_CLOSING_TAG_PREFIXES):
                continue
            nxt = self.starts.get(e)
            if nxt is None or not ALNUM.match(text[e]) or self.toks[nxt].tag.startswith(NAME_CLOSING_TAG_PREFIXES):
                return length
            if self.toks[nxt].tag == "t" and not is_common_word(name) and not noun_opens(name[:2]):
                return length  # 作家某某/n 昨日/t 出席: a time word closes the name as a stop does
        return 0

    def persons(self) -> Iterable[Candidate]:
        """Names next to a title, an honorific or a speech verb; transliterated and Latin names (between a title and
        a verb of speech also two initials and a surname, CJ Muse: people in Hong Kong and Taiwan news go so)."""
        text, toks, lex = self.text, self.toks, self.lex
        # tokens right after a title (or a title and a space) and jieba nr words: no other token starts a name here
        after_title = [*self.title_ends, *(e + 1 for e in self.title_ends if text[e : e + 1] == " "),
                       *self.copula_after_title]
        for i in self.doc.token_indices(after_title, self.starts, K_PERSON):
            tok = toks[i]
            p = tok.start
            if not is_cjk(text[p]):
                continue
            if self.title_before(p) or p in self.copula_after_title:
                length = self.name_at(p)
                if length and text[p + length : p + length + 1] == "·":
                    continue  # 外长某塞·某某: the first part of a transliterated name, whole in the dotted names below
                if length:
                    nxt = self.starts.get(p + length)
                    if nxt is not None and toks[nxt].tag == "nrt":
                        length = toks[nxt].end - p  # 冯德/nr 莱恩/nrt: one transliterated name
                    yield Candidate(p, p + length, "PER", 3)
                    yield from self.listed_after(p + length)
                    continue
                if tok.tag == "nrt" and is_cjk(tok.text) and text[tok.end : tok.end + 1] != "·":
                    yield Candidate(p, tok.end, "PER", 2)  # 总统拜登: a transliterated name after a title
                    continue
                if self.foreign_name_after_title(i):
                    yield Candidate(p, tok.end, "PER", 3)  # 总统某朗普/nr 与
                    continue
                if length := self.name_closed_after_title(p):
                    yield Candidate(p, p + length, "PER", 2)
                    yield from self.listed_after(p + length)
                    continue
            w = tok.text
            if tok.tag in PERSON_TAGS and self.familiar_name_at(p) == len(w) and not is_common_word(w):
                yield Candidate(p, tok.end, "PER", 1)  # 小陈/nr 表示 (not 老公/nr 说: an everyday word)
                continue
            if tok.tag in PERSON_TAGS and 2 <= len(w) <= 3 and self.surname_len(p) and is_cjk(w):
                if (self.doc.is_place_tok(tok) or w in lex.stopwords or addressed_surname(w, lex)
                        or w in lex.title_modifiers):
                    continue  # not 王女士/nr, 陈太则/nr: a surname with a form of address is no name; nor 荣休/nr 教授
                    # (emeritus: a word before a title, jieba's guess of a name)
                nxt = text[tok.end : tok.end + 4]
                honorific = any(nxt.startswith(t) for t in lex.honorifics)
                if honorific or self.cue_after(tok.end, titles=False) == 3:
                    yield Candidate(tok.start, tok.end, "PER", 1)
                elif self.married_name_at(i):
                    yield Candidate(p, p + MARRIED_NAME_CHARS, "PER", 1)
        # 蒂姆·库克: a transliterated name with a middle dot, next to a title or a speech verb, or made of
        # transliterations only
        resume = 0  # the first token after the dotted name last looked at
        for dot in self.doc.where(K_DOT):
            i = dot - 1
            if i < resume or dot + 1 >= len(toks) or not (is_cjk(toks[i].text) and is_cjk(toks[dot + 1].text)):
                continue
            j = i + 2
            while j + 2 < len(toks) and toks[j + 1].text == "·" and is_cjk(toks[j + 2].text):
                j += 2
            s, e = toks[i].start, toks[j].end
            parts = toks[i : j + 1 : 2]
            # 某某·某特/nr 某尔/nr: jieba may cut the last part of a transliteration in two
            k = j
            while (k + 1 < len(toks) and toks[k + 1].tag in TRANSLITERATION_TAGS and is_cjk(toks[k + 1].text)
                   and toks[k + 1].end - toks[j].start <= 6):
                k += 1
            if all(t.tag in {"nrt", "nr", "nrfg", "nz", "ns", "x", "n"} and len(t.text) <= 6 for t in parts):
                end = toks[k].end
                gloss = _LATIN_GLOSS.match(text, end)  # 某某·某某（John Doe）表示: the gloss stands between
                after = gloss.end() if gloss else end
                # every part a transliteration (某某/nr·某特/nr 某尔/nr) names a person by itself
                named = all(t.tag in TRANSLITERATION_TAGS for t in (*parts, *toks[j + 1 : k + 1]))
                if k > j and (self.cue_after(after, titles=False) == 3 or named):
                    yield Candidate(s, end, "PER", 3)
                elif (self.title_before(s) or named
                      or self.cue_after(after if k == j else e, titles=False) == 3):
                    yield Candidate(s, e, "PER", 3)
            resume = j + 1
        for m in _LATIN_NAME.finditer(text):
            s, e = m.span()
            if m.group().rsplit(" ", 1)[-1] in lex.english_org_words:
                continue  # Counterpoint Research指出: an organisation's name
            if self.title_before(s) or self.cue_after(e) == 3:
                yield Candidate(s, e, "PER", 3)
        for m in _INITIALS_NAME.finditer(text):
            surname = m.group().rsplit(" ", 1)[-1]
            if (self.title_before(m.start()) and self.cue_after(m.end()) == 3
                    and not (surname in lex.english_org_words or lex.names_nothing(surname))):
                yield Candidate(m.start(), m.end(), "PER", 3)  # 执行长CJ Muse表示: initials and a surname
