"""The entity rules' lexicons, loaded once from pipeline/lexicons/: places, suffixes, titles, surnames, cues."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from typing import TYPE_CHECKING

from pipeline.lexicons import lengths_by, table, word_list

if TYPE_CHECKING:
    from pipeline.entities.document import KindMemo


# words before a body's common name (央行, 统计局) that make it a kind of body, not one: many of them or any
# (各国央行, 独立的央行); the rules and the model's spans (`ner.tagger.generic`) both skip it there
KIND_MODIFIERS = ("各国", "多国", "各地", "各类", "各种", "全球", "新兴市场", "独立的", "独立")
# 一家, 两所, 3间: a count of bodies and its measure word, right before what it counts (`counted_kind`)
_BODY_COUNT = r"[0-9一二两三四五六七八九十几多数]+[家所间个座]"
_COUNT_OF_BODIES = re.compile(_BODY_COUNT + "$")
INDEFINITE_ONE = "一"  # 某市/一/物流公司: "a", as jieba's word of its own after a place, no numeral of a brand
# 一家, 某, 某家 right after a place and before two characters of a kind of body at least (`counted_kind`)
_UNNAMED_ONE = re.compile(rf"(?:{_BODY_COUNT}|某[家所间个座]?)(?=..)")


def counted_kind(text: str, start: int, end: int, places: frozenset[str], org_suffixes: Iterable[str]) -> bool:
    """一家甲国公司, 一所乙国大学: a known place and a bare organisation suffix right after a count of bodies name a
    kind of body, one of several, not a body's name (the rules and the model both read such a phrase as one); so
    does a place with the count or 某 after it (甲市一家物流公司, 乙省某科技公司: a body of the place, unnamed)."""
    if end - start < 3:
        return False
    name = text[start:end]
    if any(name[:n] in places and _UNNAMED_ONE.match(name, n) for n in range(1, len(name) - 2)):
        return True
    if not _COUNT_OF_BODIES.search(text, max(0, start - 4), start):
        return False
    return any(name[:n] in places and name[n:] in org_suffixes for n in range(2, len(name)))
# a period written in Latin letters, as jieba cuts it: a quarter or half (Q3, 1Q, 3Q27, H2, 2HFY26), a fiscal or
# calendar year (FY2039, FY39E, CY29) or a running span (YTD, TTM); never the name of a body
PERIOD_CODE = re.compile(r"(?:(?:[1-4]Q|Q[1-4]|[12]H|H[12])(?:FY)?(?:\d{2}|\d{4})?|Q?[FC]Y(?:\d{2}|\d{4}))E?"
                         r"|[YQM]TD|[TL]TM|MRQ")

@dataclass(frozen=True)
class Lexicon:
    """Every word list the rules read, loaded once from pipeline/lexicons/."""

    places: frozenset[str]
    counties: frozenset[str]  # county-level divisions, bare forms only in the context of a place
    place_max: int
    place_lengths: dict[str, tuple[int, ...]]
    abbreviations: frozenset[str]
    abbreviation_list: re.Pattern[str]
    abbreviation_word: re.Pattern[str]
    place_suffixes: frozenset[str]
    org_suffixes: dict[str, str]
    org_suffix_lengths: dict[str, tuple[int, ...]]
    company_suffixes: frozenset[str]
    company_suffix_starts: tuple[str, ...]  # the first characters of those, for one `str.startswith` test
    company_titles: frozenset[str]
    company_title_pattern: re.Pattern[str]
    institutions: frozenset[str]
    companies: frozenset[str]
    titles: frozenset[str]
    title_max: int
    reversed_title_pattern: re.Pattern[str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    honorifics: frozenset[str]
    person_cues: frozenset[str]
    cue_max: int
    stopwords: frozenset[str]
    name_verbs: frozenset[str]
    admin_prefixes: frozenset[str]
    locatives: frozenset[str]
    byline_words: frozenset[str]
    credit_line: re.Pattern[str]
    outlet_endings: tuple[str, ...]
    periodical_endings: tuple[str, ...]  # 日报, 周刊: a name in title marks ending in one is an outlet
    event_word_endings: tuple[str, ...]
    title_modifiers: frozenset[str]
    forms_of_address: tuple[str, ...]
    not_in_given_name: frozenset[str]
    surname_prefixes: frozenset[str]
    list_openers: frozenset[str]
    company_endings: tuple[str, ...]
    generic_org_heads: tuple[str, ...]
    list_class: re.Pattern[str]
    bracketed_list: re.Pattern[str]
    class_nouns: frozenset[str]
    place_word_ends: frozenset[str]
    admin_endings: tuple[str, ...]
    division_endings: frozenset[str]
    after_place_endings: frozenset[str]
    zone_endings: frozenset[str]
    abbreviation_cues: re.Pattern[str]
    english_non_names: frozenset[str]
    english_org_words: frozenset[str]

    def names_nothing(self, word: str) -> bool:
        """A Latin word that is never a name: a common English word or a term's acronym (english_non_names.txt: IPO,
        Plus) or a period (`PERIOD_CODE`: Q3, FY2039), which the rules would otherwise read as a company before
        what a company reports (Q3营收)."""
        return word in self.english_non_names or PERIOD_CODE.fullmatch(word) is not None

    @cached_property
    def english_org_pattern(self) -> re.Pattern[str]:
        """Capitalised English words ending in an organisation word (english_org_words.txt)."""
        words = "|".join(sorted(self.english_org_words, key=len, reverse=True))
        return re.compile(rf"[A-Z](?<![A-Za-z].)[a-z]+ (?:[A-Z][a-z]+ ){{0,5}}(?:{words})(?![A-Za-z])")

    @cached_property
    def known_name_prefixes(self) -> frozenset[str]:
        """Every beginning of a known company or institution: how far `split_known_names` may read on."""
        return frozenset(name[:k] for name in self.companies | self.institutions for k in range(1, len(name) + 1))

    @cached_property
    def place_heads(self) -> frozenset[str]:
        """First characters of the places of two or more characters."""
        return frozenset(k[:1] for k in self.place_lengths)

    def place_lengths_at(self, text: str, p: int) -> list[int]:
        """Lengths of the known places (places.txt, two characters or more) that start at `p` in `text`."""
        return [k for k in self.place_lengths.get(text[p : p + 2], ()) if text[p : p + k] in self.places]

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
    def word_kinds(self) -> KindMemo:
        """Memo of `word_kind` by (word, tag): a news vocabulary repeats, the per-document token lists do not."""
        from pipeline.entities.document import KindMemo

        return KindMemo(self)


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of `words` (scanned for by the regex engine, not by Python per position)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


@cache
def lexicon() -> Lexicon:
    """Load the entity lexicons (cached: every Doc shares one copy)."""
    places = frozenset(word_list("places.txt"))
    counties = frozenset(word_list("counties.txt")) - places
    abbreviations = word_list("place_abbreviations.txt")
    chars = "".join(a for a in abbreviations if len(a) == 1)
    org_suffixes = {row["suffix"]: row["kind"] for row in table("org_suffixes.tsv")}
    titles = frozenset(word_list("titles.txt"))
    surnames = word_list("surnames.txt")
    cues = frozenset(word_list("person_cues.txt"))
    company_titles = frozenset(word_list("company_titles.txt"))
    return Lexicon(
        places=places,
        counties=counties,
        place_max=max(map(len, places)),
        place_lengths=lengths_by((p for p in places | counties if len(p) >= 2), lambda w: w[:2]),
        abbreviations=frozenset(abbreviations),
        abbreviation_list=re.compile(f"[{chars}](?:、[{chars}])+"),
        abbreviation_word=re.compile(f"[{chars}]{{2,4}}"),
        place_suffixes=frozenset(word_list("place_suffixes.txt") + word_list("facility_suffixes.txt")),
        org_suffixes=org_suffixes,
        org_suffix_lengths=lengths_by(org_suffixes, lambda w: w[-1]),
        company_suffixes=frozenset(word_list("company_suffixes.txt")),
        company_suffix_starts=tuple(sorted({w[0] for w in word_list("company_suffixes.txt")})),
        company_titles=company_titles,
        company_title_pattern=_alternation(t for t in company_titles if 2 <= len(t) <= 5),
        institutions=frozenset(word_list("institutions.txt")),
        companies=frozenset(word_list("companies.txt")),
        titles=titles,
        title_max=max(map(len, titles)),
        reversed_title_pattern=_alternation(t[::-1] for t in titles if len(t) >= 2),
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        honorifics=frozenset(word_list("honorifics.txt")),
        person_cues=cues,
        cue_max=max(map(len, cues)),
        stopwords=frozenset(word_list("org_stopwords.txt")),
        name_verbs=frozenset(word_list("name_verbs.txt")),
        admin_prefixes=frozenset(word_list("admin_prefixes.txt")),
        locatives=frozenset(word_list("locatives.txt")),
        byline_words=frozenset(word_list("byline_words.txt")),
        credit_line=_credit_line_pattern(word_list("credit_labels.txt")),
        outlet_endings=word_list("outlet_endings.txt"),
        periodical_endings=word_list("periodical_endings.txt"),
        event_word_endings=word_list("event_word_endings.txt"),
        title_modifiers=frozenset(word_list("title_modifiers.txt")),
        forms_of_address=word_list("forms_of_address.txt"),
        not_in_given_name=frozenset(word_list("not_in_given_name.txt")),
        surname_prefixes=frozenset(word_list("surname_prefixes.txt")),
        list_openers=frozenset(word_list("list_openers.txt")),
        company_endings=word_list("company_endings.txt"),
        generic_org_heads=word_list("generic_org_heads.txt"),
        list_class=_list_class_pattern(word_list("list_class_nouns.txt")),
        bracketed_list=_bracketed_list_pattern(word_list("list_class_nouns.txt")),
        class_nouns=frozenset(word_list("list_class_nouns.txt")),
        place_word_ends=_suffix_chars("word_end"),
        admin_endings=tuple(sorted(_suffix_chars("admin"))),
        division_endings=_suffix_chars("division"),
        after_place_endings=_suffix_chars("after_place"),
        zone_endings=_suffix_chars("zone"),
        abbreviation_cues=_abbreviation_cue_pattern(),
        english_non_names=frozenset(word_list("english_non_names.txt")),
        english_org_words=frozenset(word_list("english_org_words.txt")),
    )


def _suffix_chars(use: str) -> frozenset[str]:
    """The one-character place suffixes accepted in one use (a column of place_suffix_chars.tsv)."""
    return frozenset(row["char"] for row in table("place_suffix_chars.tsv") if row[use] == "1")


def _list_class_pattern(nouns: Iterable[str]) -> re.Pattern[str]:
    """等N家 / 等…公司 after a list: the class noun that makes its items organisations."""
    return re.compile(
        r"(?:等|在内)?\s*(?:[0-9一二三四五六七八九十两百千]+\s*家|[^，。；、\n]{0,6}?"
        f"(?:{'|'.join(map(re.escape, nouns))}))"
    )


def _bracketed_list_pattern(nouns: Iterable[str]) -> re.Pattern[str]:
    """A class noun and a list of names in brackets right after it: 供应商（甲、乙、丙）."""
    alternation = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    item = r"[^、，。；：（）()\n]{2,12}"
    return re.compile(rf"(?:{alternation})[（(]((?:{item}、)+{item})[）)]")


def _credit_line_pattern(labels: Iterable[str]) -> re.Pattern[str]:
    """A label of a credit line, a bar or colon, and the names after it (separated by spaces, 、 or /)."""
    alternation = "|".join(map(re.escape, sorted(labels, key=len, reverse=True)))
    return re.compile(
        rf"(?:^|(?<=[ \t\u3000]))(?:{alternation})[ \t\u3000]*[|｜丨:：][ \t\u3000]*"
        r"([\u3400-\u9fff]{2,4}(?:[ \t\u3000、/，,]+[\u3400-\u9fff]{2,4})*)[ \t\u3000]*(?=$|[ \t\u3000])",
        re.M,
    )


def _abbreviation_cue_pattern() -> re.Pattern[str]:
    """中美关系 (two or three before a word of their relation: the group `relation`), 沪深300 (a pair: the group
    `pair`), 港人 (the people of a place: the group `people`), 全台 / 赴美 / 来京 (after a cue), and 美股 / 港股 / 沪指
    (before one: the group `before`). The
    abbreviation comes first in each branch so that the regex engine skips ahead to those characters:
    (?P<relation>[京津…]{2,3})(?=关系|建交…)|(?P<pair>沪深|沪港|深港)|[台港澳美京沪深日韩…](?:(?P<before>(?<=
    [美港台沪深日韩…])(?=[股指市…]))|(?<=[全赴访驻返抵来在][台港澳美京沪…])): a market word after the abbreviation
    is tried first (在港股: 港 before 股, though 在 stands before it)."""
    rows = {row["pattern"]: row for row in table("abbreviation_cues.tsv")}
    after, before = rows["after"], rows["before"]
    first = "".join(dict.fromkeys(after["abbreviations"] + before["abbreviations"]))
    pairs = "|".join(map(re.escape, rows["pair"]["abbreviations"].split()))
    every = "".join(word_list("place_abbreviations.txt")) + rows["relation"]["abbreviations"]
    relations = "|".join(map(re.escape, rows["relation"]["cue"].split()))
    people = rows["people"]
    return re.compile(
        f"(?P<relation>[{every}]{{2,3}})(?={relations})|(?P<pair>{pairs})"
        f"|(?P<people>[{people['abbreviations']}])(?={people['cue']})"
        f"|[{first}](?:(?P<before>(?<=[{before['abbreviations']}])(?=[{before['cue']}]))"
        f"|(?<=[{after['cue']}][{after['abbreviations']}]))"
    )


