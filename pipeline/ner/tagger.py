"""A trained character-level NER (PER, ORG, LOC): a linear-chain CRF (its spaCy component is `zhfacts_ner`).

Why characters and not jieba words: about one gold name in eight in MSRA and People's Daily starts or ends
inside a jieba word (湖南 in 湖南省会, 王 in 王说), so a word-level tagger could never produce those spans. The
CRF labels each character (BIOES), reads jieba's word boundaries and POS tags only as features, and its spans
are exact character offsets that the component maps back onto the jieba Doc (exact in
`doc._.entity_spans`, token-expanded in `doc.ents`). Nothing is lost to segmentation.

Why a CRF (python-crfsuite): measured on the held-out pool it beats spaCy's CNN NER on this data size, runs at
well over 100,000 characters per second on one core, and its weights are a few megabytes (see README).

The model reads `doc._.zh_text` (simplified, half-width), so traditional text is tagged like simplified text.
Features are defined in `ner.features`; training lives in `ner.train`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from pathlib import Path

import numpy as np

from pipeline.entities.lexicon import INDEFINITE_ONE, KIND_MODIFIERS, counted_kind
from pipeline.lexicons import word_list, words
from pipeline.ner.crf import CRFModel, native_search
from pipeline.ner.features import FeatureIndex, Tokens, char_features, feature_lexicon
from pipeline.records import ENTITY_LABELS
from pipeline.text.tags import COMMON_NOUN_TAGS

LABELS = ENTITY_LABELS
MODEL_FILE = "ner.crfsuite"
# Annotation conventions the model learnt side by side (a feature marks which one a training sentence follows):
# MSRA and People's Daily ("msra") label every country and split an address into its places; CLUENER labels
# whole addresses and leaves most countries unlabelled. At run time the component picks one.
STYLES = {"msra": "N:", "cluener": "C:"}



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
    """The CRF weights shipped in the package (pipeline/ner/ner.crfsuite); never downloaded."""
    return Path(str(resources.files("pipeline.ner").joinpath(MODEL_FILE)))


class CRFTagger:
    """A crfsuite model (`crf.CRFModel`): lines of text + jieba tokens → entity spans.

    The label scores come from `ner.features.FeatureIndex` and numpy, the search from crfsuite's own C code,
    so the spans are those crfsuite's tagger gives on `char_features`, at a fraction of the cost.
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else bundled_model_path()
        if not self.path.is_file():
            raise FileNotFoundError(f"{self.path}: no NER model (rebuild it with `python -m pipeline train-ner`)")
        self.model = CRFModel.read(self.path)
        self._indexes: dict[str, FeatureIndex] = {}
        self._crfsuite = None  # crfsuite's own tagger, where its C search cannot be called directly

    @property
    def labels(self) -> tuple[str, ...]:
        return self.model.labels

    def spans(
        self, text: str, tokens: Tokens, style: str = "msra", min_confidence: float = 0.0
    ) -> list[tuple[int, int, str]]:
        """Entity spans of simplified, half-width `text`; `tokens` must cover it exactly."""
        return self.line_spans([(text, tokens)], style, min_confidence)[0]

    def line_spans(
        self, lines: Sequence[tuple[str, Tokens]], style: str = "msra", min_confidence: float = 0.0
    ) -> list[list[tuple[int, int, str]]]:
        """Entity spans of each (simplified text, its tokens) line, all lines tagged together.

        min_confidence: keep a span only if the model's marginal probability of each of its tags is at least
        this (forward-backward runs only when asked, and only over the lines that have a span).
        """
        if min_confidence > 0:
            return [[(s, e, label) for s, e, label, sure in spans if sure >= min_confidence]
                    for spans in self.scored_spans(lines, style)]
        if not native_search():
            return [[span[:3] for span in spans] for spans in self._crfsuite_spans(lines, style, scored=False)]
        scores, bounds = self._scores(lines, style)
        labels = self.model.labels
        best = self.model.viterbi(scores, bounds).tolist()
        return [decode([labels[k] for k in best[start:end]]) for start, end in bounds]

    def scored_spans(
        self, lines: Sequence[tuple[str, Tokens]], style: str = "msra"
    ) -> list[list[tuple[int, int, str, float]]]:
        """`line_spans` with the model's confidence in each span: the least marginal probability of its tags."""
        if not native_search():
            return self._crfsuite_spans(lines, style, scored=True)
        scores, bounds = self._scores(lines, style)
        labels = self.model.labels
        best = self.model.viterbi(scores, bounds).tolist()
        found = [decode([labels[k] for k in best[start:end]]) for start, end in bounds]
        probs = self.model.marginals(scores, [b for b, spans in zip(bounds, found) if spans])
        sure = probs[np.arange(len(best)), best]
        return [[(s, e, label, float(sure[start + s : start + e].min())) for s, e, label in spans]
                for (start, _), spans in zip(bounds, found)]

    def _crfsuite_spans(
        self, lines: Sequence[tuple[str, Tokens]], style: str, *, scored: bool
    ) -> list[list[tuple[int, int, str, float]]]:
        """`scored_spans` through crfsuite's own tagger and the feature strings: slower, the same answer (the
        confidence is 1.0 unless `scored`)."""
        if self._crfsuite is None:
            import pycrfsuite

            self._crfsuite = pycrfsuite.Tagger()
            self._crfsuite.open(str(self.path))
        tagger = self._crfsuite
        found = []
        for text, tokens in lines:
            tags = tagger.tag(char_features(text, tokens, STYLES[style]))
            spans = decode(tags)
            if scored and spans:
                marginal = tagger.marginal
                found.append([(s, e, label, min(marginal(tags[i], i) for i in range(s, e))) for s, e, label in spans])
            else:
                found.append([(s, e, label, 1.0) for s, e, label in spans])
        return found

    def _scores(self, lines: Sequence[tuple[str, Tokens]], style: str) -> tuple[np.ndarray, list[tuple[int, int]]]:
        """Characters × labels scores of all lines end to end, and each line's (start, end) among them."""
        bounds = []
        size = 0
        for text, tokens in lines:
            if not tokens:
                text = ""  # no tokens, no features: no tags (as crfsuite)
            bounds.append((size, size + len(text)))
            size += len(text)
        if not size:
            return np.zeros((0, len(self.labels))), bounds
        columns = self._index(style).columns([line for line in lines if line[0] and line[1]])
        return self.model.scores(columns), bounds

    def _index(self, style: str) -> FeatureIndex:
        """The model's attribute rows for one annotation style, built on first use."""
        if style not in self._indexes:
            model = self.model
            self._indexes[style] = FeatureIndex(model.attributes, model.unknown, STYLES[style], feature_lexicon())
        return self._indexes[style]


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
    (博物馆), a word after 各国 or 独立的 (`KIND_MODIFIERS`), a place and 一 before a kind of body, or common nouns
    ending in an organisation suffix (A股公司, 金融公司). The rules know these; the model, trained on
    1998 and 2020 sentences, sometimes does not."""
    name = text[start:end]
    lex = feature_lexicon()
    if name in lex.stopwords or name in lex.org_suffixes or name in lex.place_suffixes:
        return True  # 博物馆, 大学, 公司 alone: a kind of place or body, no name in front
    if name in lex.acronyms:
        return True  # IPO, DRAM: an acronym of business or technology, never a name
    if name in lex.titles:
        return True  # 立委, 议员 alone: a post, held by a person named beside it
    if text[:start].endswith(KIND_MODIFIERS):
        return True  # 各国央行, 独立的央行: the kind of body the word names, many of them or any
    if counted_kind(text, start, end, lex.places, lex.org_suffixes):
        return True  # 一家甲国公司: one body of a kind, unnamed
    inner = [(s, e, tag) for s, e, tag in tokens if start <= s and e <= end]
    if any(text[s:e] == INDEFINITE_ONE and text[start:s] in lex.places for s, e, _ in inner):
        return True  # 甲市/一/物流公司: one body of the place, unnamed
    head = next((h for h in word_list("generic_org_heads.txt") if name.endswith(h)), None)
    if head is None or not inner or any(tag not in ("n", "vn") for _, _, tag in inner):
        return False
    return not parallel_to_a_name(text, tokens, start, end, head)


PARALLEL_JOINERS = "与和及、"  # 甲星公司与乙月公司, 甲星集团、乙月集团
# jieba tags that name no brand: verbs, adjectives, directions, pronouns, numerals (beside the common nouns)
NOT_BRAND_TAGS = frozenset({"vn", "v", "a", "b", "f", "r", "m"})


def _names_brand(tag: str) -> bool:
    """Whether a word of jieba tag `tag` may be a brand: a proper noun or a word jieba guessed."""
    return tag not in COMMON_NOUN_TAGS and tag not in NOT_BRAND_TAGS


def parallel_to_a_name(text: str, tokens: Tokens, start: int, end: int, head: str) -> bool:
    """乙月公司 in 甲星公司与乙月公司: common nouns and a body word (`head`), joined by a conjunction to a brand
    jieba knows is no common noun (a proper noun, a word it guessed) and the same body word, are the name of a
    body like the one beside them: jieba took an everyday word used as a brand for a common noun."""
    if start > len(head) + 1 and text[start - 1] in PARALLEL_JOINERS and text.endswith(head, 0, start - 1):
        brand_end = start - 1 - len(head)
        before = [tag for s, e, tag in tokens if e == brand_end and e - s >= 2]
        if before and _names_brand(before[0]):
            return True
    if end < len(text) and text[end] in PARALLEL_JOINERS:
        brand = [(s, e, tag) for s, e, tag in tokens if s == end + 1 and e - s >= 2]
        if brand and text.startswith(head, brand[0][1]) and _names_brand(brand[0][2]):
            return True
    return False


@cache
def _body_words() -> tuple[str, ...]:
    return tuple(feature_lexicon().org_suffixes | frozenset(word_list("company_suffixes.txt")))


def names_a_body(line: str, tokens: Tokens, start: int, end: int) -> bool:
    """某某创投, 某某大学: the words from `start` to `end`, after a place, name a body of that place. They are Chinese
    characters that end in an organisation suffix or a company's industry word (org_suffixes.tsv,
    company_suffixes.txt) and hold a word that is no common noun (a proper noun, an abbreviation, a word jieba does
    not know). Not a place's common noun (某市工厂, 某省电网) nor its function or industry (某国当局, 某国疾病防控部门,
    某国汽车: a place and a descriptive noun, gold/README.md D75), nor a verb and one common noun (某市设立子公司,
    某城增设办事处: what a company does in the place; 某市打捞局, one word of one character after the verb, stays a
    body)."""
    inner = [(s, e, tag) for s, e, tag in tokens if start <= s and e <= end]
    tags = [tag for _, _, tag in inner]
    act = len(inner) == 2 and inner[0][2] == "v" and inner[1][2] == "n" and inner[1][1] - inner[1][0] >= 2
    return (_CJK_NAME.fullmatch(line, start, end) is not None and line.endswith(_body_words(), start, end)
            and any(tag not in COMMON_NOUN_TAGS for tag in tags) and not act)


_CJK_NAME = re.compile(r"[\u3400-\u9fff]+")


@cache
def _traded_things() -> tuple[str, ...]:
    return tuple(word for word in word_list("instruments.txt") if len(word) >= 2)


def names_traded_thing(text: str, end: int) -> bool:
    """布伦特原油, 某某期货: a word right before a thing markets trade (instruments.txt, two characters or more)
    names its grade or its market, so it is no person, however much it sounds like one."""
    return text.startswith(_traded_things(), end)


def grades_traded_thing(text: str, name: str) -> bool:
    """布伦特原油 here, ICE布伦特溢价 there: a name written anywhere in the text right before a thing markets trade
    (`names_traded_thing`) is a grade or a market wherever it stands."""
    k = text.find(name)
    while k >= 0:
        if names_traded_thing(text, k + len(name)):
            return True
        k = text.find(name, k + 1)
    return False


def without_speech_cue(text: str, start: int, end: int) -> int:
    """某某摄, 某某说: where a person's name runs on into a word that credits or quotes them (person_cues.txt), the
    end of the name before it (a name keeps two characters at least)."""
    for cue in _person_cues():
        if text.endswith(cue, start, end) and end - len(cue) - start >= 2:
            return end - len(cue)
    return end


def after_split_stopword(text: str, start: int, end: int) -> int:
    """曾任某威副总裁 (曾/d 任某威/nr), 最大某某: where an organisation the model read starts on the second character
    of a word that is never part of a name (org_stopwords.txt: 曾任, 现任, 最大), which jieba cut in two and glued
    onto the name, the start of the name after it (a name keeps two characters at least)."""
    if start > 0 and end - start > 2 and text[start - 1 : start + 1] in words("org_stopwords.txt"):
        return start + 1
    return start


def before_non_body_ending(text: str, start: int, end: int) -> int:
    """某国国会僵局: where an organisation the model read runs on into a word that ends like a body but names a
    state of affairs (non_body_endings.txt: 僵局, 格局), the end of the name before it; the span's start when
    nothing of a name (two characters) is left before it."""
    for word in word_list("non_body_endings.txt"):
        if text.endswith(word, start, end):
            return end - len(word) if end - len(word) - start >= 2 else start
    return end


@cache
def _person_cues() -> tuple[str, ...]:
    return tuple(sorted(word_list("person_cues.txt"), key=len, reverse=True))


LIST_JOINERS = "、及和与"
_ASIDE = 12  # the longest bracketed aside between list items: 精神科（7.3%）、麻醉科（7.0%）


def list_item_of_a_kind(text: str, start: int, end: int) -> bool:
    """精神科（7.3%）、麻醉科（7.0%）: a span in a list whose neighbour item ends in the same character is one of
    a kind of thing (departments, products), not a person's name; asides in brackets between items are passed."""
    last = text[end - 1]
    before = _back_past_aside(text, start - 2) if start > 0 and text[start - 1] in LIST_JOINERS else -1
    if before >= 0 and text[before] == last:
        return True
    joiner = _on_past_aside(text, end)
    if joiner < len(text) and text[joiner] in LIST_JOINERS:
        stop = joiner + 1
        while stop < len(text) and stop - joiner <= 6 and text[stop] not in LIST_JOINERS + "，。；（(":
            stop += 1
        return stop - 1 > joiner and text[stop - 1] == last
    return False


def _back_past_aside(text: str, k: int) -> int:
    """The index before a bracketed aside ending at k (or k itself)."""
    if k >= 0 and text[k] in "）)":
        opening = max(text.rfind("（", max(k - _ASIDE, 0), k), text.rfind("(", max(k - _ASIDE, 0), k))
        if opening >= 0:
            return opening - 1
    return k


def _on_past_aside(text: str, k: int) -> int:
    """The index after a bracketed aside opening at k (or k itself)."""
    if k < len(text) and text[k] in "（(":
        closings = [c for c in (text.find("）", k, k + _ASIDE), text.find(")", k, k + _ASIDE)) if c >= 0]
        if closings:
            return min(closings) + 1
    return k
