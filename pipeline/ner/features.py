"""The NER stage's features: what the CRF sees of each character, as strings (training) or model rows (tagging).

Two forms of one definition. `char_features` gives each character its attribute strings, in the order crfsuite
was trained with; `FeatureIndex.columns` gives the same attributes as row numbers of a loaded model without
building the strings (character n-grams are looked up as code points in sorted arrays, word features once per
word), which is what makes tagging cheap. The tests check that the two agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, compress, repeat
from operator import itemgetter, sub

import numpy as np

from pipeline.lexicons import lengths_by, table, word_list

# Digits and Latin letters are classes, not identities: 1998 and 2024 read alike, CEO and IBM read alike.
_CLASS = str.maketrans(
    {
        **{c: "0" for c in "0123456789"},
        **{c: "A" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
        **{c: "a" for c in "abcdefghijklmnopqrstuvwxyz"},
        " ": "_",
        "\t": "_",
        "\n": "_",
    }
)
_PAD = "\x02\x02"
_END = "\x03\x03"

@dataclass(frozen=True)
class FeatureLexicon:
    """General-knowledge word lists the features flag: places, surnames, titles, organisation suffixes.

    Each list is indexed by the character a match starts (places) or ends (titles, suffixes) with, giving the
    lengths to try, longest first: most characters start or end no entry, so most checks are one dict lookup.
    """

    places: frozenset[str]
    place_lengths: dict[str, tuple[int, ...]]  # first character → lengths of places starting with it
    titles: frozenset[str]
    title_lengths: dict[str, tuple[int, ...]]  # last character → lengths of titles ending with it
    org_suffixes: frozenset[str]
    org_lengths: dict[str, tuple[int, ...]]
    place_suffixes: frozenset[str]
    stopwords: frozenset[str]
    acronyms: frozenset[str]  # english_non_names.txt: IPO, DRAM, never a name
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    last_chars: frozenset[str]  # the last characters of titles and organisation suffixes
    surname_starts: frozenset[str]  # the characters a surname (one or two characters) starts with


@cache
def feature_lexicon() -> FeatureLexicon:
    """The lexicons of `pipeline/lexicons/`, loaded once."""
    places = frozenset(p for p in word_list("places.txt") if len(p) >= 2)
    surnames = word_list("surnames.txt")
    titles = frozenset(word_list("titles.txt"))
    org = frozenset(row["suffix"] for row in table("org_suffixes.tsv"))
    return FeatureLexicon(
        places=places,
        place_lengths=lengths_by(places, itemgetter(0)),
        titles=titles,
        title_lengths=lengths_by(titles, itemgetter(-1)),
        org_suffixes=org,
        org_lengths=lengths_by(org, itemgetter(-1)),
        place_suffixes=frozenset(word_list("place_suffixes.txt")),
        stopwords=frozenset(word_list("org_stopwords.txt")),
        acronyms=frozenset(word_list("english_non_names.txt")),
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        last_chars=frozenset(w[-1] for w in titles | org),
        surname_starts=frozenset(s[0] for s in surnames if len(s) <= 2),
    )


Tokens = Sequence[tuple[int, int, str]]  # (start, end, jieba POS tag) covering the text


def char_features(text: str, tokens: Tokens, style: str = "", lex: FeatureLexicon | None = None) -> list[tuple]:
    """One feature tuple per character of simplified `text`: character n-grams, jieba word and lexicon flags.

    `style` names the annotation convention to follow (the value in `STYLES`: 'N:' as MSRA and People's Daily,
    'C:' as CLUENER). The attributes are those of `feature_columns`, each character's in column order, then its
    lexicon flags: the order crfsuite was trained with.
    """
    if not tokens:
        return []  # no word columns, so no rows (as zip would give)
    columns, flags = feature_columns(text, tokens, style, lex or feature_lexicon())
    rows = list(zip(*columns))
    for i, extra in flags.items():
        rows[i] = rows[i] + tuple(extra)
    return rows


def feature_columns(
    text: str, tokens: Tokens, style: str, lex: FeatureLexicon
) -> tuple[list[list[bytes]], dict[int, list[bytes]]]:
    """The features of `char_features` as columns (one attribute per character each) and sparse lexicon flags.

    This is the NER stage's cost, which grows with the number of attributes per character, so features are
    built column by column as UTF-8 bytes, each character bigram is joined once and shared by the four columns
    that use it, and the word columns (styled or not) are built once per word and repeated over its characters.
    There is no character trigram column: the model knew only 11 % of the trigrams of news text, and without it
    development-part strict F1 stayed within 0.003 on every label (MSRA + People's Daily 0.872 → 0.872,
    CLUENER 0.742 → 0.744). `tokens` must not be empty.
    """
    n = len(text)
    ch = list(map(_encoded, _PAD + text.translate(_CLASS) + _END))  # ch[i + 2] is the class of text[i]
    bigrams = [a + b for a, b in zip(ch, ch[1:])]  # bigrams[j] = ch[j] + ch[j + 1]
    starts, ends, tags = zip(*tokens)
    sizes = list(map(sub, ends, starts))
    words = [text[s:e] for s, e in zip(starts, ends)]
    ident = [("d=" + w).encode() if size <= 4 else b"d=" for w, size in zip(words, sizes)]  # short words only
    context = map(_word_context, ("^", *tags[:-1]), (*tags[1:], "$"))  # POS of the words before and after
    cols = [
        [b"c=" + x for x in ch[2:-2]],
        [b"l=" + x for x in ch[1:-3]],
        [b"r=" + x for x in ch[3:-1]],
        [b"lc=" + x for x in bigrams[1 : n + 1]],
        [b"cr=" + x for x in bigrams[2 : n + 2]],
        [b"l2=" + x for x in bigrams[:n]],
        [b"r2=" + x for x in bigrams[3:]],
        list(chain.from_iterable(map(_word_position, repeat(""), tags, sizes))),  # BMES + POS of the jieba word
        list(chain.from_iterable(map(repeat, ident, sizes))),
        list(chain.from_iterable(map(repeat, context, sizes))),
    ]
    if style:
        tag = style.encode()
        cols += [
            [tag] * n,
            list(chain.from_iterable(map(_word_position, repeat(style), tags, sizes))),
            list(chain.from_iterable(map(repeat, [tag + x for x in ident], sizes))),
        ]
    return cols, _lexicon_flags(text, tokens, words, lex)


def _lexicon_flags(text: str, tokens: Tokens, words: list[str], lex: FeatureLexicon) -> dict[int, list[bytes]]:
    """Position → lexicon flags: a known place starting at a word, a title ending just before, an organisation
    or place suffix ending here (`_word_flags`), then a surname: the order the model was trained with."""
    flags = _word_flags(text, tokens, words, lex)
    for i in compress(range(len(text)), map(lex.surname_starts.__contains__, text)):
        if text[i] in lex.surnames:
            flags.setdefault(i, []).append(b"sn")
        if text[i : i + 2] in lex.compound_surnames:
            flags.setdefault(i, []).append(b"sn2")
    return flags


def _word_flags(text: str, tokens: Tokens, words: list[str], lex: FeatureLexicon) -> dict[int, list[bytes]]:
    """The flags that depend on the words: places, titles, organisation and place suffixes.

    Words that cannot raise a flag (most) are skipped with one test; the rest are visited in order, so each
    position's flags keep the order the model was trained with.
    """
    n = len(text)
    flags: dict[int, list[bytes]] = {}
    places, place_lengths = lex.places, lex.place_lengths
    titles, title_lengths = lex.titles, lex.title_lengths
    org, org_lengths = lex.org_suffixes, lex.org_lengths
    last_chars, place_suffixes = lex.last_chars, lex.place_suffixes
    for (ts, te, _), w in zip(tokens, words):
        if not (w[0] in place_lengths or w[-1] in last_chars or w in place_suffixes):
            continue
        for length in place_lengths.get(w[0], ()):
            if ts + length <= n and text[ts : ts + length] in places:
                flags.setdefault(ts, []).append(b"gzB")
                for i in range(ts + 1, ts + length - 1):
                    flags.setdefault(i, []).append(b"gzM")
                flags.setdefault(ts + length - 1, []).append(b"gzE")
                break
        last = w[-1]
        if te < n:
            for length in title_lengths.get(last, ()):
                if length <= te and text[te - length : te] in titles:
                    flags.setdefault(te, []).append(b"tiL")  # a title just before: a person may start here
                    break
        for length in org_lengths.get(last, ()):
            if length <= te - ts and w[-length:] in org:
                flags.setdefault(te - 1, []).append(b"osE")
                break
        if w in place_suffixes:
            flags.setdefault(te - 1, []).append(b"psE")
    return flags


@cache
def _encoded(ch: str) -> bytes:
    return ch.encode()


@cache
def _word_position(style: str, tag: str, size: int) -> tuple[bytes, ...]:
    """The BMES position + POS feature of each character of a word of `size` characters."""
    if size == 1:
        return ((style + "w=S" + tag).encode(),)
    middle = (style + "w=M" + tag).encode()
    return ((style + "w=B" + tag).encode(), *[middle] * (size - 2), (style + "w=E" + tag).encode())


@cache
def _word_context(before: str, after: str) -> bytes:
    return f"x={before}|{after}".encode()




_UNIGRAMS = (b"c=", b"l=", b"r=")  # the character columns' prefixes, in column order
_BIGRAMS = (b"lc=", b"cr=", b"l2=", b"r2=")
_NO_KEY = np.int64(1 << 62)  # above every key: where a look-up past the last key lands
_B, _M, _E, _S = range(4)  # a character's place in its word, as `_word_position` spells it
_WORDS_KEPT = 200_000  # words whose rows `FeatureIndex` keeps; the table starts afresh beyond this


class _NgramTable:
    """N-grams (a code point, or two packed in one integer) → a value for each of several tables (a model row
    per attribute prefix, or 1 for a surname), `default` where a table lacks the n-gram.

    One binary search finds an n-gram among all the tables' keys; each table's value is then an array index,
    so the columns that read the same n-grams at different offsets share that search.
    """

    def __init__(self, tables: list[dict[int, int]], defaults: list[int]) -> None:
        keys = sorted(set().union(*tables))
        self.keys = np.array([*keys, _NO_KEY], dtype=np.int64)
        self.rows = [
            np.array([*(table.get(k, default) for k in keys), default], dtype=np.intp)
            for table, default in zip(tables, defaults)
        ]

    def ids(self, query: np.ndarray) -> np.ndarray:
        """Each query's place among the keys (the last place, which holds each table's default, if absent)."""
        at = self.keys.searchsorted(query)
        return np.where(self.keys[at] == query, at, len(self.keys) - 1)


class FeatureIndex:
    """`feature_columns` as model rows: the row of each attribute of each character, strings never built.

    `attributes` maps a model's attribute strings to rows, `unknown` is the row of an attribute the model
    never saw. Character n-gram attributes are keyed by code points; word attributes by a number for each
    POS tag (a table of rows per tag and place in the word, and per pair of neighbouring tags), and the word
    itself is looked up once per word.
    """

    def __init__(self, attributes: dict[bytes, int], unknown: int, style: str, lex: FeatureLexicon) -> None:
        self.get = attributes.get
        self.unknown = unknown
        self.style = style
        self.lex = lex
        keys = _ngram_keys(attributes)
        surnames = {ord(name): 1 for name in lex.surnames}
        compound = {_ngram_key(name): 1 for name in lex.compound_surnames}
        self.unigrams = _NgramTable([*(keys[p] for p in _UNIGRAMS), surnames], [unknown] * 3 + [0])
        self.bigrams = _NgramTable([*(keys[p] for p in _BIGRAMS), compound], [unknown] * 4 + [0])
        self.surname_rows = (self.get(b"sn", unknown), self.get(b"sn2", unknown))
        self._tag_ids: dict[str, int] = {}
        self._grow(["^", "$"])
        self._words: dict[str, tuple[int, int]] = {}  # word → `_word_rows`, kept for the words seen

    def _grow(self, tags: Iterable[str]) -> None:
        """Number new POS tags and rebuild the tag tables (a few dozen tags in all: rarely called)."""
        for tag in tags:
            self._tag_ids.setdefault(tag, len(self._tag_ids))
        names = list(self._tag_ids)
        get, unknown = self.get, self.unknown

        def places(style: str) -> np.ndarray:  # (tag, B/M/E/S) → row of that `_word_position` attribute
            attributes = [(*_word_position(style, t, 3), *_word_position(style, t, 1)) for t in names]
            return np.array([[get(a, unknown) for a in row] for row in attributes])

        self._places = places("")
        self._styled_places = places(self.style)
        self._contexts = np.array([[get(_word_context(a, b), unknown) for b in names] for a in names])

    def columns(self, lines: Sequence[tuple[str, Tokens]]) -> list[np.ndarray]:
        """The rows of `char_features` for lines laid end to end, column by column: those of `feature_columns`,
        then the lexicon flags, the first flag of every character in one column, the second in the next (the
        unknown row where a character has fewer), so that summing the columns in order sums each character's
        attributes in crfsuite's order. Lines must have tokens.

        Whole runs at a time, not line by line: each numpy call has a fixed cost that a short line would not
        repay. The character columns are read off the lines' padded texts joined into one.
        """
        padded = "".join(_PAD + text.translate(_CLASS) + _END for text, _ in lines)
        codes = np.frombuffer(padded.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        pairs = (codes[:-1] << 21) | codes[1:]  # pairs[j] = the bigram of padded[j : j + 2]
        # where each character sits in `padded`: after its line's padding and the padding of the lines before
        line_of = np.repeat(np.arange(len(lines)), [len(text) for text, _ in lines])
        at = np.arange(len(line_of)) + 2 + 4 * line_of
        get, unknown, style = self.get, self.unknown, self.style
        flags: dict[int, list[int]] = {}
        tags: list[str] = []
        sizes: list[int] = []
        all_words: list[str] = []
        words_per_line: list[int] = []
        offset = 0
        for text, tokens in lines:
            starts, ends, line_tags = zip(*tokens)
            words = [text[s:e] for s, e in zip(starts, ends)]
            all_words += words
            tags += line_tags
            sizes += map(sub, ends, starts)
            words_per_line.append(len(words))
            for i, extra in _word_flags(text, tokens, words, self.lex).items():
                flags[offset + i] = [get(f, unknown) for f in extra]
            offset += len(text)
        known = self._words
        if len(known) > _WORDS_KEPT:
            known.clear()
        # (through one flat iterator: numpy builds an array from a list of pairs three times slower)
        word_rows = np.fromiter(chain.from_iterable(known.get(w) or self._word_rows(w) for w in all_words),
                                dtype=np.intp, count=2 * len(all_words)).reshape(-1, 2)
        tag_ids = self._tag_ids
        if not tag_ids.keys() >= set(tags):
            self._grow(tags)
        tag_of_word = np.fromiter(map(tag_ids.__getitem__, tags), dtype=np.intp, count=len(tags))
        tag_of_char = np.repeat(tag_of_word, sizes)
        # each word's neighbours' tags, ^ before the first word of a line and $ after the last
        line_ends = np.cumsum(words_per_line)
        before = np.roll(tag_of_word, 1)
        before[line_ends - words_per_line] = tag_ids["^"]
        after = np.roll(tag_of_word, -1)
        after[line_ends - 1] = tag_ids["$"]
        place = _places_in_words(np.array(sizes))
        uni = self.unigrams.ids(codes)
        bi = self.bigrams.ids(pairs)
        c, left, right, surname = self.unigrams.rows
        lc, cr, l2, r2, compound = self.bigrams.rows
        cols = [
            c[uni[at]],
            left[uni[at - 1]],
            right[uni[at + 1]],
            lc[bi[at - 1]],
            cr[bi[at]],
            l2[bi[at - 2]],
            r2[bi[at + 1]],
            self._places[tag_of_char, place],
            np.repeat(word_rows[:, 0], sizes),
            np.repeat(self._contexts[before, after], sizes),
        ]
        if style:
            tag = style.encode()
            cols += [
                np.full(len(at), get(tag, unknown)),
                self._styled_places[tag_of_char, place],
                np.repeat(word_rows[:, 1], sizes),
            ]
        return cols + self._flag_columns(flags, surname[uni[at]].astype(bool), compound[bi[at]].astype(bool))

    def _flag_columns(self, flags: dict[int, list[int]], sn: np.ndarray, sn2: np.ndarray) -> list[np.ndarray]:
        """Ranked columns of each character's flags: its word flags (`flags`, rows by position), then 'sn' where
        it is a surname, then 'sn2' where a compound surname starts, as `_lexicon_flags` orders them."""
        n, unknown = len(sn), self.unknown
        counts = np.zeros(n, dtype=np.intp)
        if flags:
            counts[list(flags)] = [len(rows) for rows in flags.values()]
        sn_rank, sn2_rank = counts, counts + sn
        columns = []
        for rank in range(int((sn2_rank + sn2).max(initial=0))):
            column = np.full(n, unknown)
            ranked = [(i, rows[rank]) for i, rows in flags.items() if len(rows) > rank]
            if ranked:
                column[[i for i, _ in ranked]] = [row for _, row in ranked]
            column[sn & (sn_rank == rank)] = self.surname_rows[0]
            column[sn2 & (sn2_rank == rank)] = self.surname_rows[1]
            columns.append(column)
        return columns

    def _word_rows(self, word: str) -> tuple[int, int]:
        """The rows of a word's identity attribute, plain and styled ('d=' alone beyond four characters)."""
        ident = ("d=" + word).encode() if len(word) <= 4 else b"d="
        rows = self._words[word] = (self.get(ident, self.unknown), self.get(self.style.encode() + ident, self.unknown))
        return rows


def _places_in_words(sizes: np.ndarray) -> np.ndarray:
    """B, M, E or S for each character of words of these sizes."""
    size = np.repeat(sizes, sizes)
    first = np.repeat(np.cumsum(sizes) - sizes, sizes)
    offset = np.arange(len(size)) - first
    return np.where(size == 1, _S, np.where(offset == 0, _B, np.where(offset == size - 1, _E, _M)))


def _ngram_keys(attributes: dict[bytes, int]) -> dict[bytes, dict[int, int]]:
    """For each character n-gram prefix ('c=', 'lc=', …): the code points of the n-gram, packed → row."""
    sizes = dict.fromkeys(_UNIGRAMS, 1) | dict.fromkeys(_BIGRAMS, 2)
    keys: dict[bytes, dict[int, int]] = {prefix: {} for prefix in sizes}
    for name, row in attributes.items():
        prefix, equals, suffix = name.partition(b"=")
        prefix += equals
        if prefix in sizes:
            chars = suffix.decode()
            if len(chars) == sizes[prefix]:
                keys[prefix][_ngram_key(chars)] = row
    return keys


def _ngram_key(chars: str) -> int:
    """A character's code point, or two packed in one integer as `FeatureIndex.columns` packs its bigrams."""
    return ord(chars[0]) if len(chars) == 1 else (ord(chars[0]) << 21) | ord(chars[1])
