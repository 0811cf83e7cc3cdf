"""Document-level consistency: a name found once is labelled wherever it recurs, a company's short form stands for
it, an organisation's unit named after it is one name with it (某银行某省分行), and each name string gets one label
per document (a weighted vote)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, cached_property

from pipeline.entities.document import (
    GLUED_FUNCTION_CHARS,
    RARE_HEAD_TAGS,
    RELATION_WORDS,
    EntityDocument,
    Rules,
    is_cjk,
    is_punct,
)
from pipeline.entities.indices import index_word_at
from pipeline.entities.latin import COMPANY_WORDS
from pipeline.entities.organisations import COMPANY, before_desk_title, opens_title
from pipeline.entities.places import SIGHT_ENDINGS
from pipeline.entities.select import Candidate
from pipeline.lexicons import word_list, words
from pipeline.text.punctuation import CLOSING_BRACKETS, OPENING_BRACKETS
from pipeline.text.segment import in_dictionary, is_common_word
from pipeline.text.tags import PERSON_TAGS, PROPER_TAGS
from pipeline.text.tokens import Token

# a person's full name in Latin script, given name(s) then surname (Peter Doe, Mary S. Doe): group 1 the surname
_LATIN_FULL_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]*\.?)* ([A-Z][a-z]{2,})")
# a name in Latin script: letters first, then letters, digits, spaces and the marks of brands (H&M, OPEC+)
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9&+.' ]*[A-Za-z0-9+]|[A-Za-z]")
# two capitals that open an organisation's name (a group's initials), no letter, digit or * before them
_CAPITALS_BEFORE = re.compile(r"(?<![A-Za-z0-9*])([A-Z]{2})")
MAX_PREFIX_CAPITALS = 2
# a product's name in Latin script: capitals and a digit (X30, M4), or iFoo (`_before_latin_product`)
_LATIN_PRODUCT_NAME = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Za-z]{0,3}|i[A-Z][A-Za-z]+")
SPECIAL_TREATMENT_MARK = "ST"
LATIN_RECURRING = frozenset({"ORG", "PER"})  # the labels of the Latin names that recur (a place is left to the rules)
MAX_UNIT_CHARS = 12  # characters from an organisation's name to the end of its unit's (某省某某区分行)
PARTY_ENDINGS = ("党", "联", "工联会")  # a political party's name (某某党, 某建联), which holds no body
NUMBERING_GROUPS = ("集团", "局")  # bodies that number their companies (某某集团三公司, 某某工程局一公司)
UNIT_NUMERALS = frozenset("一二三四五六七八九十")
FIELD_JOINERS = frozenset({"及", "和"})  # between two fields of a unit's name (经济及管理学系)
# one-character units named by a discipline of two characters or more (某大学物理系); one character and 系 is a word
# of its own (体系, 关系, 派系: 某公司体系内 names no department)
DISCIPLINE_UNITS = frozenset({"系"})
GLUED_ADVERBS = frozenset("会将也已亦均则就都还又")  # one-character words after a name that jieba glues onto it
ACTING_TAGS = ("v", "d", "p")  # what follows a name that acts (`_acts_at`)
MAX_WORD_BRAND = 3  # characters of a word before 公司 that goes alone for the company (`_word_before_company`)
BARE_PLACE_ENDINGS = frozenset("县镇乡村")  # the words a local place's name goes without (`bare_place_names`)
MIN_BARE_PLACE, MAX_BARE_PLACE = 2, 3  # characters of such a name without its word
# the words of a scenic area or a park that a sight's name goes without (某某山风景区 … 某某山), longest first
SIGHT_AREA_WORDS = ("风景名胜区", "旅游度假区", "森林游乐区", "森林公园", "湿地公园", "地质公园", "风景区", "旅游区",
                    "度假区", "景区", "公园")
NATIONAL = "国家"  # between a sight's name and its area's word (某某山国家森林公园)
MAX_SHORT_FORM = 4  # characters of a brand after its place (华强); longer rests are bodies (市住房委员会)


def is_latin_name(name: str) -> bool:
    """Globex, Acme Labs, xCorp: a name written in Latin script alone, with a small letter in it. Why not capitals
    alone: an acronym is as often a term the article abbreviates (ARR, GMV) as a body, and it recurs many times."""
    return _LATIN_NAME.fullmatch(name) is not None and not name.isupper()


def surname_of(name: str) -> str | None:
    """Doe of Peter Doe or Mary S. Doe, 霍夫曼 of 彼得·霍夫曼: the surname of a person's full name in Latin script
    or transliterated with a middle dot, else None."""
    if "·" in name:
        last = name.rsplit("·", 1)[1]
        return last if len(last) >= 2 and is_cjk(last) else None
    full = _LATIN_FULL_NAME.fullmatch(name)
    return full.group(1) if full else None


CAUSE_FUND_WORDS = frozenset({"基金", "基金会"})  # a fund or foundation, named by its cause (`_guessed_brand`)


class Propagation(Rules):
    """Votes and propagates the names chosen so far in one document."""

    def __init__(self, doc: EntityDocument) -> None:
        super().__init__(doc)
        self._occurrences: dict[str, list[int]] = {}
        self._short_forms: dict[Candidate, str | None] = {}
        self._word_brands: set[str] = set()  # everyday words that go for a company named with them (某果公司)
        self._last_vote: tuple[list[Candidate], dict[str, str]] | None = None

    def short_forms(self, chosen: list[Candidate]) -> dict[str, str]:
        """A company's brand head stands for it elsewhere: 凯迪技术公司 -> 凯迪, 鸿远通信 -> 鸿远."""
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

    def bare_place_names(self, chosen: list[Candidate]) -> set[str]:
        """甲乙县 … 甲乙的茶叶: a county's, a town's or a village's name found with its word (县, 镇, 乡, 村) goes for
        the place without it elsewhere in the article; not a bare name that is an everyday word or a known place of
        its own (those the gazetteer reads), nor one of a single character."""
        out = set()
        for c in chosen:
            if c.label == "LOC" and (sight := self.bare_sight(c)) is not None:
                out.add(sight)
            if c.label != "LOC" or self.text[c.end - 1] not in BARE_PLACE_ENDINGS:
                continue
            bare = self.text[c.start : c.end - 1]
            if (MIN_BARE_PLACE <= len(bare) <= MAX_BARE_PLACE and is_cjk(bare) and not is_common_word(bare)
                    and bare[-1] not in BARE_PLACE_ENDINGS and bare not in self.lex.stopwords):
                out.add(bare)
        return out

    def bare_sight(self, c: Candidate) -> str | None:
        """某岛湖景区 … 某岛湖, 某功山风景区 … 某功山: a natural sight's name (ending in 山, 湖, 岛…) found with the
        word of its scenic area or park goes for the sight without it elsewhere in the article (the lake, the
        mountain); not a name that is an everyday word (青山, 西湖 the gazetteer knows) or of one character."""
        text = self.text
        word = next((w for w in SIGHT_AREA_WORDS if text.endswith(w, c.start, c.end)), None)
        if word is None:
            return None
        bare = text[c.start : c.end - len(word)].removesuffix(NATIONAL)
        if (MIN_BARE_PLACE <= len(bare) <= MAX_BARE_PLACE + 1 and bare[-1] in SIGHT_ENDINGS and is_cjk(bare)
                and not is_common_word(bare) and bare not in self.lex.stopwords):
            return bare
        return None

    def _short_form(self, c: Candidate) -> str | None:
        """The brand head of one ORG name (`short_forms`), or None."""
        if (rest := self._after_place(c)) is not None:
            return rest
        if (word := self._word_before_company(c)) is not None:
            return word
        q = self.starts.get(c.start)
        if q is None:
            return None
        while q < len(self.toks) and self.doc.is_place_tok(self.toks[q]):
            q += 1
        if q >= len(self.toks) or self.toks[q].end >= c.end:
            return None
        head = self.toks[q]
        end = head.end
        # 徕/x 芬/j 科技: a brand jieba cut into single characters, one of them unknown to it, is one head
        k = q
        while (k + 1 < len(self.toks) and self.toks[k + 1].end < c.end and len(self.toks[k + 1].text) == 1
               and self.toks[k + 1].tag in RARE_HEAD_TAGS and len(head.text) == 1):
            k += 1
            end = self.toks[k].end
        text = self.text[head.start : end]
        rest = self.text[end : c.end]
        companyish = rest in self.lex.company_suffixes or rest.endswith(self.lex.company_endings)
        tags = {self.toks[m].tag for m in range(q, k + 1)}
        # (a trade that names a company only where it acts, 某锐教育, 某途咨询, leaves its brand too; one jieba
        # guessed may be tagged a noun)
        trade = rest in words("context_trades.txt")
        # (a jieba place word that is no known place is a brand too: 某巴/ns 公司; so is an adjective: 某豪/a 科技;
        # and so is a word jieba guessed, out of its dictionary, whatever its tag: 某视/n 科技, `_guessed_brand`)
        if (companyish or trade) and is_cjk(text) and (
                tags <= {"nr", "nrt", "nz", "j", "x", "ns", "a"} or "x" in tags
                or (trade and not in_dictionary(text)) or self._guessed_brand(text, rest, q, c)):
            if len(text) >= 2 and (k == q or len(text) <= 4) and text not in self.lex.stopwords:
                return text
        return self._cut_up_brand(q, c) if len(head.text) == 1 else None

    def _guessed_brand(self, text: str, rest: str, q: int, c: Candidate) -> bool:
        """某视科技 -> 某视: a head out of jieba's dictionary (a word it only guessed, whatever tag it gave) before a
        company word is the company's brand, where the name opens with it (token q starts the name). Not after a
        place (甲市科创集团: the words after a city may be a trade's short form, 科创, no brand), nor before 基金 (a
        fund or foundation is named by its cause, 护苗基金, and the cause word goes on in other words)."""
        return (self.toks[q].start == c.start and not in_dictionary(text) and rest in self.lex.company_suffixes
                and rest not in CAUSE_FUND_WORDS)

    def _word_before_company(self, c: Candidate) -> str | None:
        """某果公司 -> 某果: an organisation named by a word of two or three characters and 公司 (one jieba word or
        two) goes by the word alone, once the article has named it as a company, even where the word is an everyday
        one (a fruit, an animal); not a place (a city's 公司 is no company named after it), a trade or a stop word."""
        name, lex = self.text[c.start : c.end], self.lex
        word = name[: -len(COMPANY)]
        if (name.endswith(COMPANY) and 2 <= len(word) <= MAX_WORD_BRAND and is_cjk(word)
                and word not in lex.places and word not in lex.stopwords and word not in lex.company_suffixes
                and word not in words("context_trades.txt")):
            if in_dictionary(word):
                self._word_brands.add(word)
            return word
        return None

    def _opens_clause(self, s: int) -> bool:
        """The name at `s` starts the text or follows punctuation, a conjunction or a preposition (，某果将推出;
        即便某果打通): the subject of its clause, not a noun after its modifier (每月某金, 终身某金)."""
        k = self.ends.get(s)
        return s == 0 or (k is not None and (is_punct(self.toks[k]) or self.toks[k].tag.startswith(("c", "p"))))

    def _acts_at(self, e: int) -> bool:
        """The word at `e` (perhaps after a time word) is a verb, an adverb or a preposition: the name before it is
        the subject that acts (某果将推出, 某果向某国游说), not a noun's modifier (某果价格, 某果计划). So is an
        adjective that modifies the verb after it (某果罕有/a 下调/v), and a preposition jieba glued onto the next
        name before a verb (某果从乙芯/nr 购入/v)."""
        toks = self.toks
        k = self.starts.get(e)
        while k is not None and k < len(toks) and toks[k].tag == "t":
            k += 1
        if k is None or k >= len(toks):
            return False
        tok = toks[k]
        verb_next = k + 1 < len(toks) and toks[k + 1].tag.startswith("v")
        return tok.tag.startswith(ACTING_TAGS) or (verb_next and (
            tok.tag == "a" or (tok.text[0] in GLUED_FUNCTION_CHARS and tok.tag in PROPER_TAGS and len(tok.text) >= 3)))

    def _before_latin_product(self, e: int) -> bool:
        """某果X30芯片, 某果iFoo: a product's name in Latin script (a capital and a digit, or a small i and a
        capital) right after the word is its maker's, never a fruit's or an animal's."""
        k = self.starts.get(e)
        return k is not None and _LATIN_PRODUCT_NAME.fullmatch(self.toks[k].text) is not None

    def _cut_up_brand(self, q: int, c: Candidate) -> str | None:
        """某/v 迅/ad 建筑公司 -> 某迅: a brand that jieba cut into single characters whatever their tags, two to four
        of them that make no word of its dictionary, before a company word that ends the name."""
        k = q
        while (k + 1 < len(self.toks) and self.toks[k + 1].end < c.end and len(self.toks[k + 1].text) == 1
               and is_cjk(self.toks[k + 1].text) and self.toks[k + 1].end - self.toks[q].start <= MAX_SHORT_FORM):
            k += 1
        text, rest = self.text[self.toks[q].start : self.toks[k].end], self.text[self.toks[k].end : c.end]
        if (k > q and is_cjk(text) and not in_dictionary(text) and text not in self.lex.stopwords
                and (rest.endswith(self.lex.company_endings) or self._guessed_brand(text, rest, q, c))):
            return text
        return None

    def _after_place(self, c: Candidate) -> str | None:
        """深圳华强 -> 华强, 某省某某 -> 某某: a company named with its place in front goes by the rest (jieba may
        read the whole as one word); not when the rest is a company word or a word of everyday text (北京银行,
        青岛啤酒, 中国建筑)."""
        name = self.text[c.start : c.end]
        for length in sorted(self.lex.place_lengths.get(name[:2], ()), reverse=True):
            rest = name[length:]
            if name[:length] in self.lex.places and 2 <= len(rest) <= MAX_SHORT_FORM and is_cjk(rest):
                generic = (rest in self.lex.company_suffixes or rest.endswith(self.lex.company_endings)
                           or rest in self.lex.org_suffixes  # 某市总领事馆: the kind of body, no short form
                           or rest in self.lex.stopwords or is_common_word(rest))
                return None if generic else rest
        return None

    def vote(self, chosen: list[Candidate]) -> dict[str, str]:
        """One label per name string in a document: the one with most (priority-weighted) evidence.

        The last result is kept: when propagation settles, the final vote is on the list the last round voted on.
        """
        if self._last_vote is not None and self._last_vote[0] == chosen:
            return self._last_vote[1]
        names = self._vote(chosen)
        self._last_vote = (list(chosen), names)
        return names

    def _vote(self, chosen: list[Candidate]) -> dict[str, str]:
        weights: dict[str, dict[str, int]] = {}
        for c in chosen:
            s = self.text[c.start : c.end]
            if len(s) >= 2 and not (c.label == "PER" and len(s) > 4 and is_cjk(s)):
                w = weights.setdefault(s, {})
                w[c.label] = w.get(c.label, 0) + c.prio + 1
        for s, label in self.short_forms(chosen).items():
            w = weights.setdefault(s, {})
            w[label] = w.get(label, 0) + 2
        for s in self.bare_place_names(chosen):
            w = weights.setdefault(s, {})
            w["LOC"] = w.get("LOC", 0) + 1
        for c in chosen:  # Peter Doe … Doe指出, 彼得·霍夫曼 … 霍夫曼说: a person's surname stands for them
            if c.label == "PER" and (surname := surname_of(self.text[c.start : c.end])) is not None:
                w = weights.setdefault(surname, {})
                w["PER"] = w.get("PER", 0) + c.prio + 1
        return {s: max(w, key=lambda lab: (w[lab], lab == "ORG")) for s, w in weights.items()}

    def propagate(self, chosen: list[Candidate]) -> Iterable[Candidate]:
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
            if self.text[s:e] in self._word_brands and not (
                    (self._opens_clause(s) and self._acts_at(e)) or self._before_latin_product(e)):
                continue  # 某果 is the company where it acts, the fruit before a noun (某果价格)
            organisation = names[self.text[s:e]] == "ORG"
            if (s in self.starts or self._after_glued_function_char(s, e) or (
                    organisation and e in self.ends and self._after_glued_char(s))) and (
                    e in self.ends or e - s >= 3 or (organisation and self._before_glued_adverb(e))):
                yield Candidate(s, e, names[self.text[s:e]], 0)
        yield from self.with_company_word(chosen)
        yield from self.with_units(chosen)
        yield from self.with_bodies_inside(chosen)
        yield from self.with_latin_prefix(chosen)
        yield from self.with_bracketed_place(chosen)

    def with_bracketed_place(self, chosen: list[Candidate]) -> Iterable[Candidate]:
        """某某银行（香港）, 某某证券(中国): a company's name (ending in an industry word or 公司) with a place in
        brackets right after it names the company's arm there, one ORG (ANNOTATION.md: the outermost name); the
        place is no name of its own there."""
        text, toks = self.text, self.toks
        for c in chosen:
            k = self.starts.get(c.end)
            if (c.label != "ORG" or k is None or k + 2 >= len(toks)
                    or not text[c.start : c.end].endswith((*self.lex.company_suffixes, COMPANY))):
                continue
            if (toks[k].text in OPENING_BRACKETS and toks[k + 2].text in CLOSING_BRACKETS
                    and self.doc.is_place_tok(toks[k + 1])):
                yield Candidate(c.start, toks[k + 2].end, "ORG", c.prio)

    def _after_glued_function_char(self, s: int, e: int) -> bool:
        """从某鑫/nr, 和某铁/nz: jieba's guesser glued a function word (GLUED_FUNCTION_CHARS) onto the name starting
        at s, one word that holds two characters of it at least."""
        k = self.starts.get(s - 1)
        return (k is not None and self.text[s - 1] in GLUED_FUNCTION_CHARS and self.toks[k].end >= min(e, s + 2)
                and self.toks[k].tag in PROPER_TAGS)

    def _after_glued_char(self, s: int) -> bool:
        """继恒/v 大, 名谷/n 歌: jieba made a word of the character before an organisation's name and its first
        character; the name's other mentions say where it starts."""
        k = self.starts.get(s - 1)
        return k is not None and self.toks[k].end == s + 1 and is_cjk(self.toks[k].text)

    def _before_glued_adverb(self, e: int) -> bool:
        """某铁会/nt 根据: jieba glued an adverb or auxiliary of one character (GLUED_ADVERBS) onto the end of a name;
        the word ends right after it."""
        return self.text[e : e + 1] in GLUED_ADVERBS and (e + 1) in self.ends

    def with_latin_prefix(self, chosen: list[Candidate]) -> Iterable[Candidate]:
        """XY某某, XY 某某: two capitals glued to an organisation's Chinese name (or one space before it) are the start
        of its name, a group's initials; not an acronym of a term (AI, PC: english_non_names.txt) nor the mark of
        special treatment (ST某某). Why two: a longer acronym before a Chinese name is the company's own short name
        (ABC某某电视: two names of one company)."""
        text = self.text
        for c in chosen:
            if c.label != "ORG" or not is_cjk(text[c.start : c.end]):
                continue
            end = c.start - 1 if text[c.start - 1 : c.start] == " " else c.start
            m = _CAPITALS_BEFORE.search(text, max(0, end - MAX_PREFIX_CAPITALS - 1), end)
            if (m is not None and m.end() == end and not self.lex.names_nothing(m.group(1))
                    and m.group(1) != SPECIAL_TREATMENT_MARK):
                yield Candidate(m.start(1), c.end, "ORG", c.prio)

    def with_units(self, chosen: list[Candidate]) -> Iterable[Candidate]:
        """某银行某省分行, 某某局某某司, 某医院某某科, 某公司董事会: an organisation found, then perhaps a place or a
        field, then a word of a unit inside it (org_units.txt) is that unit, one ORG: the longest such name within
        `MAX_UNIT_CHARS` characters of words that can be part of a name."""
        for c in chosen:
            if c.label != "ORG":
                continue
            k = self.starts.get(c.end)
            if (numbered := self._numbered_company(c, k)) is not None:
                yield Candidate(c.start, numbered, "ORG", c.prio)
                continue
            end = None
            while k is not None and k < len(self.toks):
                tok = self.toks[k]
                if not is_cjk(tok.text) or tok.end - c.end > MAX_UNIT_CHARS or tok.text in RELATION_WORDS or not (
                        self.doc.name_part(tok) or tok.text.endswith(_units()) or self._joins_fields(k, c.end)
                        or tok.text[:1] in _units()):
                    break  # (某集团所属/某某分公司: what one body is to the next, two names)
                if self._ends_unit(tok, tok.end - c.end):
                    end = tok.end
                elif (head := self._unit_before_its_head(tok, tok.start - c.end)) is not None:
                    end = head  # 某某署某某处/处长: jieba glued the unit to its head's title
                    break
                k += 1
            if end is not None:
                yield Candidate(c.start, end, "ORG", c.prio)

    def _numbered_company(self, c: Candidate, k: int | None) -> int | None:
        """某某建设集团|四|公司: a group's company numbered by one numeral right after the group's name (token k, a
        numeral jieba cut from 公司) is a unit of the group; where its name ends, or None."""
        if k is None or k + 1 >= len(self.toks) or not self.text.endswith(NUMBERING_GROUPS, c.start, c.end):
            return None
        numeral, company = self.toks[k], self.toks[k + 1]
        numbered = len(numeral.text) == 1 and numeral.text in UNIT_NUMERALS and company.text == COMPANY
        return company.end if numbered else None

    def with_bodies_inside(self, chosen: list[Candidate]) -> Iterable[Candidate]:
        """某某署某某中心, 国务院某某委: an organisation glued to a standing institution after it (institutions.txt) is
        one name, the body and the part of it that acts; nothing stands between two bodies named side by side. Not a
        party before the body its member sits in (某党立法会议员: two names)."""
        text = self.text
        after = {c.start: c for c in chosen if c.label == "ORG"}
        for c in chosen:
            nxt = after.get(c.end)
            if (c.label == "ORG" and nxt is not None and text[nxt.start : nxt.end] in self.lex.institutions
                    and not text.endswith(PARTY_ENDINGS, c.start, c.end)):
                yield Candidate(c.start, nxt.end, "ORG", c.prio)

    def _joins_fields(self, k: int, after: int) -> bool:
        """Token k is 及 or 和 between two fields of a unit's name (某大学经济及管理学系), not before a body or a place
        of its own (某大学及某医院)."""
        toks = self.toks
        if toks[k].text not in FIELD_JOINERS or toks[k].start == after or k + 1 >= len(toks):
            return False
        nxt = toks[k + 1]
        return (self.doc.name_part(nxt) and not self.doc.is_place_tok(nxt) and nxt.tag not in PROPER_TAGS
                and nxt.text not in self.lex.institutions and nxt.text not in self.lex.companies)

    def _ends_unit(self, tok: Token, after: int) -> bool:
        """Token `tok`, `after` characters past an organisation's name, ends the name of a unit of it. A unit word of
        one character (司, 处, 科, 所) needs a field before it (某某局城市司, not 某公司所持; not a place, 某斯科, nor
        a company word, 某子公司) and no noun after it that goes on with the name (某科创板: a board, no department)."""
        w = tok.text
        unit = next((u for u in _units() if w.endswith(u)), None)
        if unit is None or (w != unit and w in self.lex.stopwords):
            return False
        if len(unit) >= 2:
            return True
        if after <= 1:
            return False
        if w != unit:
            # 精神科/n, not 莫斯科/ns or 子公司/n; 呼吸科/nr: jieba's guess of a name over a field and its unit
            field = w[: -len(unit)]
            if unit in DISCIPLINE_UNITS and len(field) < 2:
                return False
            return (tok.tag == "n" or (tok.tag in PERSON_TAGS and len(field) >= 2 and is_common_word(field))) and (
                not w.endswith(tuple(COMPANY_WORDS)))
        k = self.starts.get(tok.end)
        after_it = self.toks[k] if k is not None else None
        if after_it is not None and is_cjk(after_it.text) and after_it.tag.startswith("n") and not (
                after_it.text.endswith(self._titles) or after_it.text in self.lex.title_modifiers):
            return False  # 人口司/首席经济师: a title after it is the unit's officer
        return not in_dictionary(self.text[tok.start : tok.end + 1])  # 某某所持: 所持 is a word, 所 no unit

    def _unit_before_its_head(self, tok: Token, after: int) -> int | None:
        """Where the unit ends in a word of a one-character unit and the title of its head that begins with it (处处长,
        科科长: the 处 of some 处 and its 处长), after a field of at least two characters, else None."""
        w = tok.text
        if after >= 2 and len(w) >= 3 and w[0] in _units() and w[1:] in self.lex.titles and w[1] == w[0]:
            return tok.start + 1
        return None

    @cached_property
    def _titles(self) -> tuple[str, ...]:
        return tuple(self.lex.titles)

    def with_company_word(self, chosen: list[Candidate]) -> Iterable[Candidate]:
        """某铁/公司, 某银/机电: a company found by its short name and followed by a company or industry word
        (company_suffixes.txt, 公司, 集团) is named in full there; a name that already ends in an organisation's
        suffix is whole (某工业大学/电器…); before an analyst's title the word is the desk (某行|能源 分析师,
        `OrganisationRules.without_desk`), and a word that opens a title is the title's (某某基金|基金经理)."""
        suffixes = tuple(self.lex.org_suffixes)
        for c in chosen:
            k = self.starts.get(c.end)
            if c.label == "ORG" and k is not None and not self.text.endswith(suffixes, c.start, c.end) and (
                    self.toks[k].text in self.lex.company_suffixes or self.toks[k].text in COMPANY_WORDS) and (
                    not index_word_at(self.text, self.toks[k].end)  # 某某科技指数: an index
                    and not before_desk_title(self.text, self.toks[k].end)  # 某行|能源 分析师: a desk
                    and not opens_title(self.text, self.toks[k].start, self.toks[k].end)):  # 基金|经理
                yield Candidate(c.start, self.toks[k].end, "ORG", c.prio)

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


def recurring(text: str, found: Iterable[tuple[int, int, str]], occupied: Iterable[tuple[int, int, str]],
              starts: set[int], ends: set[int]) -> list[tuple[int, int, str]]:
    """The other mentions of the names `found` in `text`: each Chinese name of two or more characters, wherever it
    recurs on word boundaries (a start, and an end or three characters) outside the `occupied` spans, with the
    label of its first mention.

    Why: a model tags each mention on its own context, so a name it is sure of in one sentence is missed in the
    next; a name found once is the same entity at every mention. A Latin organisation or person (no acronym) recurs
    as a whole Latin word, not inside a longer Latin name (the model component gives a Latin name the label of its
    surest mention first), and the surname of a person's full Latin name (Peter Doe) recurs as that person. Longest
    names first, left to right, and no new mention overlaps a found one.
    """
    names: dict[str, str] = {}
    for s, e, label in sorted(found):
        name = text[s:e]
        if e - s >= 2 and (is_cjk(name) or (label in LATIN_RECURRING and is_latin_name(name))):
            names.setdefault(name, label)
        if label == "PER" and (surname := surname_of(name)) is not None:
            names.setdefault(surname, label)  # Peter Doe … Doe指出: a person's surname stands for them
    taken = bytearray(len(text))
    for s, e, _ in occupied:
        taken[s:e] = b"\x01" * (e - s)
    out = []
    for name in sorted(names, key=len, reverse=True):
        s = text.find(name)
        while s >= 0:
            e = s + len(name)
            if s in starts and (e in ends or len(name) >= 3) and not any(taken[s:e]) and not inside_latin_phrase(
                    text, s, e):
                taken[s:e] = b"\x01" * (e - s)
                out.append((s, e, names[name]))
            s = text.find(name, s + 1)
    return sorted(out)


def inside_latin_phrase(text: str, start: int, end: int) -> bool:
    """Globex in GlobexPay or in 2Globex: a Latin name that runs on into other letters or digits is a part of a
    longer word, not the name."""
    def latin(k: int) -> bool:
        return 0 <= k < len(text) and text[k].isascii() and text[k].isalnum()
    if (latin(start) and latin(start - 1)) or (latin(end - 1) and latin(end)):
        return True
    # Globex in Globex Pay or in Acme Globex: one word of a Latin phrase
    return (latin(end - 1) and text[end : end + 1] == " " and latin(end + 1)) or (
        latin(start) and text[start - 1 : start] == " " and latin(start - 2))


@cache
def _units() -> tuple[str, ...]:
    """The words of an organisation's units (org_units.txt), longest first."""
    return tuple(sorted(word_list("org_units.txt"), key=len, reverse=True))
