"""Stage 4a: a trained character-level NER (PER, ORG, LOC), a linear-chain CRF run as a spaCy component.

Why characters and not jieba words: about one gold name in eight in MSRA and People's Daily starts or ends
inside a jieba word (湖南 in 湖南省会, 王 in 王说), so a word-level tagger could never produce those spans. The
CRF labels each character (BIOES), reads jieba's word boundaries and POS tags only as features, and its spans
are exact character offsets that `entities.annotate` maps back onto the jieba Doc (exact in
`doc._.entity_spans`, token-expanded in `doc.ents`). Nothing is lost to segmentation.

Why a CRF (python-crfsuite): measured on the held-out pool it beats spaCy's CNN NER on this data size, runs at
well over 100,000 characters per second on one core, and its weights are a few megabytes (see README).

The model reads `doc._.zh_text` (simplified, half-width), so traditional text is tagged like simplified text.
Features are computed in `char_features`; training lives in `ner_train`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import chain, compress, repeat
from operator import itemgetter, sub
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .entities import annotate
from .lexicons import lengths_by, table, word_list
from .segment import doc_tokens as segment_tokens

LABELS = ("PER", "ORG", "LOC")
MODEL_FILE = "ner.crfsuite"
# Annotation conventions the model learnt side by side (a feature marks which one a training sentence follows):
# MSRA and People's Daily ("msra") label every country and split an address into its places; CLUENER labels
# whole addresses and leaves most countries unlabelled. At run time the component picks one.
STYLES = {"msra": "N:", "cluener": "C:"}

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
_CJK = re.compile(r"[\u3400-\u9fff]")


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
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        last_chars=frozenset(w[-1] for w in titles | org),
        surname_starts=frozenset(s[0] for s in surnames if len(s) <= 2),
    )


Tokens = Sequence[tuple[int, int, str]]  # (start, end, jieba POS tag) covering the text


def char_features(text: str, tokens: Tokens, style: str = "", lex: FeatureLexicon | None = None) -> list[tuple]:
    """One feature tuple per character of simplified `text`: character n-grams, jieba word and lexicon flags.

    This is the NER stage's cost, which grows with the number of attributes per character, so features are
    built column by column as UTF-8 bytes (crfsuite takes them without re-encoding), each character bigram is
    joined once and shared by the four columns that use it, and the word columns (styled or not) are built
    once per word and repeated over its characters. There is no character trigram column: the model knew only
    11 % of the trigrams of news text, and without it development-part strict F1 stayed within 0.003 on every
    label (MSRA + People's Daily 0.872 → 0.872, CLUENER 0.742 → 0.744). `style` names the annotation
    convention to follow (the value in `STYLES`: 'N:' as MSRA and People's Daily, 'C:' as CLUENER).
    """
    if not tokens:
        return []  # no word columns, so no rows (as zip would give)
    lex = lex or feature_lexicon()
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
    rows = list(zip(*cols))
    for i, extra in _lexicon_flags(text, tokens, words, lex).items():
        rows[i] = rows[i] + tuple(extra)
    return rows


def _lexicon_flags(text: str, tokens: Tokens, words: list[str], lex: FeatureLexicon) -> dict[int, list[bytes]]:
    """Position → lexicon flags: a known place starting at a word, a title ending just before, an organisation
    or place suffix ending here, a surname.

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
    for i in compress(range(n), map(lex.surname_starts.__contains__, text)):
        if text[i] in lex.surnames:
            flags.setdefault(i, []).append(b"sn")
        if text[i : i + 2] in lex.compound_surnames:
            flags.setdefault(i, []).append(b"sn2")
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


def decode(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """BIOES tags → (start, end, label) spans; a broken sequence (B without E) still yields its span."""
    spans = []
    start, label = -1, ""
    for i, tag in enumerate(tags):
        if tag == "O":  # most characters: no need to split the tag
            start = -1
            continue
        kind, _, lab = tag.partition("-")
        if kind == "S":
            spans.append((i, i + 1, lab))
            start = -1
        elif kind == "B":
            start, label = i, lab
        elif kind == "I":
            if start < 0 or lab != label:
                start, label = i, lab
        elif kind == "E":
            if start >= 0 and lab == label:
                spans.append((start, i + 1, lab))
            else:
                spans.append((i, i + 1, lab)) if start < 0 else spans.append((start, i + 1, lab))
            start = -1
        else:
            start = -1
    return spans


def encode(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """(start, end, label) spans over n characters → BIOES tags (the training target)."""
    tags = ["O"] * n
    for s, e, label in spans:
        if e - s == 1:
            tags[s] = "S-" + label
        else:
            tags[s] = "B-" + label
            for i in range(s + 1, e - 1):
                tags[i] = "I-" + label
            tags[e - 1] = "E-" + label
    return tags


def bundled_model_path() -> Path:
    """The CRF weights shipped in the package (pipeline/models/ner.crfsuite); never downloaded."""
    return Path(str(resources.files("pipeline").joinpath("models", MODEL_FILE)))


class CRFTagger:
    """A loaded crfsuite model: text + jieba tokens → entity spans."""

    def __init__(self, path: str | Path | None = None) -> None:
        import pycrfsuite

        self.path = Path(path) if path else bundled_model_path()
        if not self.path.is_file():
            raise FileNotFoundError(f"{self.path}: no NER model (rebuild it with `python -m pipeline train-ner`)")
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(self.path))

    def spans(
        self, text: str, tokens: Tokens, style: str = "msra", min_confidence: float = 0.0
    ) -> list[tuple[int, int, str]]:
        """Entity spans of simplified, half-width `text`; `tokens` must cover it exactly.

        min_confidence: keep a span only if the model's marginal probability of each of its tags is at least
        this (computed only when asked, and only up to the first tag below it: crfsuite runs forward-backward
        over the whole line for each marginal).
        """
        if not text:
            return []
        tags = self.tagger.tag(char_features(text, tokens, STYLES[style]))
        spans = decode(tags)
        if min_confidence > 0 and spans:
            marginal = self.tagger.marginal
            spans = [sp for sp in spans if all(marginal(tags[i], i) >= min_confidence for i in range(sp[0], sp[1]))]
        return spans


@cache
def bundled_tagger() -> CRFTagger:
    return CRFTagger()


def line_tokens(text: str, tokens: Tokens) -> Iterable[tuple[int, str, list[tuple[int, int, str]]]]:
    """(offset, line, its tokens relative to the line) for each non-blank line; tokens clipped to the line.

    Why lines: the model was trained on sentences, and a line break is never inside a name. `tokens` are in
    order and do not overlap (as jieba's), so each line's tokens are found by bisection, and only the first
    and last can stick out of the line.
    """
    starts = [t[0] for t in tokens]
    ends = [t[1] for t in tokens]
    k = 0
    start = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        end = start + len(body)
        k = bisect_right(ends, start, k)  # the first token ending after the line start
        if body.strip():
            j = bisect_left(starts, end, k)  # the first token starting at or after the line end
            toks = [(ts - start, te - start, tag) for ts, te, tag in tokens[k:j]]
            if toks:
                ts, te, tag = tokens[k]
                toks[0] = (max(ts, start) - start, min(te, end) - start, tag)
                ts, te, tag = tokens[j - 1]
                toks[-1] = (max(ts, start) - start, min(te, end) - start, tag)
            yield start, body, toks
        start += len(line)


def generic(text: str, tokens: Tokens, start: int, end: int) -> bool:
    """A span that names a kind of thing, not one thing: a stop word (新格局, 上市公司), a bare suffix word
    (博物馆), or common nouns
    ending in an organisation suffix (A股公司, 金融公司). The rules know these; the model, trained on
    1998 and 2020 sentences, sometimes does not."""
    name = text[start:end]
    lex = feature_lexicon()
    if name in lex.stopwords or name in lex.org_suffixes or name in lex.place_suffixes:
        return True  # 博物馆, 大学, 公司 alone: a kind of place or body, no name in front
    inner = [tag for s, e, tag in tokens if start <= s and e <= end]
    ends_in_suffix = any(name.endswith(suffix) for suffix in ("公司", "集团", "企业", "机构", "部门"))
    return ends_in_suffix and bool(inner) and all(tag in ("n", "vn") for tag in inner)


def doc_tokens(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, POS) of each jieba token of a Doc, from the token list the tokenizer keeps."""
    return [(t.start, t.end, t.tag) for t in segment_tokens(doc)]


class CRFEntityRecognizer:
    """spaCy component: tags `doc._.zh_text` with the CRF and writes `doc._.entity_spans` and `doc.ents`."""

    def __init__(
        self,
        nlp: Language,
        name: str,
        *,
        model: str,
        style: str,
        labels: list[str],
        overwrite: bool,
        min_confidence: float,
        drop_generic: bool,
    ) -> None:
        if style not in STYLES:
            raise ValueError(f"style {style!r}: expected one of {sorted(STYLES)}")
        self.name = name
        self.tagger = CRFTagger(model) if model else bundled_tagger()
        self.style = style
        self.labels = frozenset(labels)
        self.overwrite = overwrite
        self.min_confidence = min_confidence
        self.drop_generic = drop_generic

    def find(self, doc: Doc) -> list[tuple[int, int, str]]:
        """The model's spans over the Doc's text (pure: the Doc is not changed)."""
        text = doc._.zh_text if doc._.zh_text is not None else doc.text
        out = []
        for offset, line, toks in line_tokens(text, doc_tokens(doc)):
            for s, e, label in self.tagger.spans(line, toks, self.style, self.min_confidence):
                if label in self.labels and not (self.drop_generic and generic(line, toks, s, e)):
                    out.append((offset + s, offset + e, label))
        return out

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc, self.find(doc), overwrite=self.overwrite)


@Language.factory(
    "zhfacts_ner",
    default_config={
        "model": "",
        "style": "msra",
        "labels": list(LABELS),
        "overwrite": False,
        "min_confidence": 0.0,
        "drop_generic": False,
    },
)
def make_ner(
    nlp: Language,
    name: str,
    model: str,
    style: str,
    labels: list[str],
    overwrite: bool,
    min_confidence: float,
    drop_generic: bool,
) -> CRFEntityRecognizer:
    """`nlp.add_pipe("zhfacts_ner")`: the bundled CRF NER.

    model: path to a crfsuite file ('' = the one shipped in the package). style: which annotation convention
    to follow, 'msra' (MSRA / People's Daily, as ../shared/ANNOTATION.md: countries are LOC, an address is
    one LOC per place) or 'cluener' (CLUENER2020: full addresses, countries mostly unlabelled).
    labels: which labels to write. overwrite: the model's spans replace overlapping entities already on the
    Doc (default: those win). min_confidence: drop spans whose tags the model is less sure of (marginal
    probability); 0 keeps every span of the best tagging. drop_generic: drop spans that name a kind of thing
    (上市公司, A股公司; see `generic`).
    """
    return CRFEntityRecognizer(
        nlp,
        name,
        model=model,
        style=style,
        labels=labels,
        overwrite=overwrite,
        min_confidence=min_confidence,
        drop_generic=drop_generic,
    )
