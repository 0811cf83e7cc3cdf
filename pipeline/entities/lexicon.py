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
    def word_kinds(self) -> KindMemo:
        """Memo of `word_kind` by (word, tag): a news vocabulary repeats, the per-document token lists do not."""
        from pipeline.entities.document import KindMemo

        return KindMemo(self)


def _alternation(words: Iterable[str]) -> re.Pattern[str]:
    """A pattern matching any of `words` (scanned for by the regex engine, not by Python per position)."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def match_starts(pattern: re.Pattern[str], text: str) -> set[int]:
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


