"""The spaCy component `zhfacts_ner`: the CRF NER of `pipeline.ner` over a Doc's lines."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache
from operator import itemgetter

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.contract import ENTITY_SPANS, check_labels, check_tokenizer
from pipeline.components.doc_entities import annotate
from pipeline.entities import merge_spans
from pipeline.entities.document import GLUED_FUNCTION_CHARS, is_cjk
from pipeline.entities.lexicon import PERIOD_CODE, lexicon
from pipeline.entities.lists import bracketed_alias
from pipeline.entities.organisations import compass_region
from pipeline.entities.people import NAME_JOINERS, addressed_surname, without_glued_adverb, written_in_han
from pipeline.entities.places import tenths_before, time_zone_after
from pipeline.entities.propagation import inside_latin_phrase, is_latin_name, recurring
from pipeline.errors import error
from pipeline.lexicons import word_list
from pipeline.ner.tagger import (
    STYLES,
    CRFTagger,
    Tokens,
    after_split_stopword,
    before_non_body_ending,
    bundled_tagger,
    generic,
    grades_traded_thing,
    line_tokens,
    list_item_of_a_kind,
    names_a_body,
    without_speech_cue,
)
from pipeline.numerals.characters import CN_CHARS
from pipeline.records import ENTITY_LABELS
from pipeline.text.punctuation import FULL_STOPS
from pipeline.text.segment import dictionary_tag, doc_tokens


def tagged_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, POS) of each jieba token of a Doc, as the NER features read them."""
    return [(t.start, t.end, t.tag) for t in doc_tokens(doc)]


PREDICATE_TAGS = ("v", "d", "p", "c")  # (vn, a verbal noun, is no predicate: 某某计费)


def opens_a_predicate(text: str, end: int, tokens: Tokens) -> bool:
    """Foo已下架, Foo在美国, Foo引发担忧, Foo与某某: the word after a name ending at `end` (past spaces and times) is a
    verb, an adverb, a preposition or a conjunction, so the name is the subject of a clause, something that acts; not
    Foo售价, Foo计费 (a product or a term before a noun), and not a verb of speech (Foo指出, person_cues.txt), which
    people share with firms."""
    for k in range(bisect_left(tokens, end, key=itemgetter(0)), len(tokens)):
        s, e, tag = tokens[k]
        if not (text[s:e].isspace() or tag == "t"):
            return tag.startswith(PREDICATE_TAGS) and tag != "vn" and not text.startswith(_speech_words(), s)
    return False


@cache
def _speech_words() -> tuple[str, ...]:
    return word_list("person_cues.txt")


def acting_latin_names(text: str, tokens: Tokens, names: Iterable[str]) -> frozenset[str]:
    """The names in Latin script among `names` that act somewhere in `text` (`opens_a_predicate`), as whole names and
    not counted (万Foo, 3Foo: a unit after a number)."""
    acting = set()
    for name in set(filter(is_latin_name, names)):
        k = text.find(name)
        while k >= 0 and name not in acting:
            counted = k > 0 and (text[k - 1].isdigit() or text[k - 1] in CN_CHARS)
            if not (counted or inside_latin_phrase(text, k, k + len(name))) and opens_a_predicate(
                    text, k + len(name), tokens):
                acting.add(name)
            k = text.find(name, k + 1)
    return frozenset(acting)


def surest_latin_labels(mentions: Iterable[tuple[str, str, float]]) -> dict[str, str]:
    """Name -> the label of its surest mention, for the names in Latin script among (name, label, confidence).

    Why: the model reads a Latin name from its context alone (Lindqvist指出 as a firm, 某行的Lindqvist as a person); the
    mention it is surest of labels the name in the whole document."""
    best: dict[str, tuple[float, str]] = {}
    for name, label, sure in mentions:
        if is_latin_name(name) and sure > best.get(name, (-1.0, ""))[0]:
            best[name] = (sure, label)
    return {name: label for name, (_, label) in best.items()}


def sentence_bounds(line: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence of `line` that holds line[start:end]: from after the full stop before it through
    the full stop after it."""
    after = [k for stop in FULL_STOPS if (k := line.find(stop, end)) >= 0]
    return max(line.rfind(stop, 0, start) for stop in FULL_STOPS) + 1, min(after, default=len(line) - 1) + 1


NON_NAME_TAGS = ("p", "c", "u", "x")  # a preposition, a conjunction, a particle, a mark: no word of a name's own


def doubtful_person(line: str, tokens: Tokens, start: int, end: int) -> bool:
    """Whether a person's name the model is unsure of at line[start:end] looks like a piece of something longer or
    no name: a digit after it (某甲4.5%、: a share or an age glued on, a firm in a table), a joiner of a
    transliterated name beside it (约翰・…), a one-character word after it that is no function word (某甲刚, 某甲饮,
    某甲站: a name cut short, a brand, a station), or a verb of two characters opening it (承办方: a party
    to a deal, not a surname and a given name)."""
    after = line[end : end + 1]
    if after.isdigit() or after in NAME_JOINERS or line[start - 1 : start] in NAME_JOINERS:
        return True
    if end - start > 2 and dictionary_tag(line[start : start + 2]) == "v":
        return True
    nxt = next(((s, e, tag) for s, e, tag in tokens if s == end), None)
    return nxt is not None and nxt[1] - nxt[0] == 1 and is_cjk(line[end]) and not nxt[2].startswith(NON_NAME_TAGS)


def clipped_tokens(tokens: Tokens, start: int, end: int) -> Iterable[tuple[int, int, str]]:
    """The tokens over line[start:end], clipped to it, relative to `start`."""
    for s, e, tag in tokens:
        if s < end and start < e:
            yield max(s, start) - start, min(e, end) - start, tag


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
        label_confidence: dict[str, float],
        latin_confidence: dict[str, float],
        place_name_confidence: float,
        drop_generic: bool,
        repeat_names: bool,
        relabel_confidence: float = 0.0,
        confirm_style: str = "",
        confirm_confidence: dict[str, float] | None = None,
        gap_confidence: dict[str, float] | None = None,
    ) -> None:
        self.name = name
        self.tagger = CRFTagger(model) if model else bundled_tagger()
        self.style = style
        self.labels = frozenset(labels)
        self.overwrite = overwrite
        self.min_confidence = min_confidence
        self.label_confidence = dict(label_confidence)
        self.latin_confidence = dict(latin_confidence)
        self.place_name_confidence = place_name_confidence
        self.drop_generic = drop_generic
        self.repeat_names = repeat_names
        self.relabel_confidence = relabel_confidence
        self.confirm_style = confirm_style
        self.confirm_confidence = dict(confirm_confidence or {})
        self.gap_confidence = dict(gap_confidence or {})

    def find(self, doc: Doc) -> list[tuple[int, int, str]]:
        """The model's spans over the Doc's text (pure: the Doc is not changed)."""
        return self.find_sure(doc)[0]

    def find_sure(self, doc: Doc) -> tuple[list[tuple[int, int, str]], frozenset[tuple[int, int, str]]]:
        """`find`, and the spans of the model's tagging it is sure of (`relabel_confidence`; pure)."""
        sure: frozenset[tuple[int, int, str]] = frozenset()
        text = doc._.zh_text if doc._.zh_text is not None else doc.text
        tokens = tagged_spans(doc)
        lines = list(line_tokens(text, tokens))
        pairs = [(line, toks) for _, line, toks in lines]
        if self.min_confidence > 0 or self.label_confidence:
            places = self.place_ends(doc)
            scored = self.tagger.scored_spans(pairs, self.style)
            confirmed = self.confirmed_spans(lines, scored)
            surest = surest_latin_labels((line[s:e], label, sure) for (_, line, _), spans in zip(lines, scored)
                                         for s, e, label, sure in spans)
            acting = acting_latin_names(text, tokens, surest)
            found = [[(s, e, label) for s, e, label, sure in spans
                      if sure >= self.threshold(line, s, e, label, place_end=places.get(offset + s, offset) - offset,
                                                tokens=toks, acting=acting,
                                                confirmed=confirmed.get((offset + s, offset + e, label), 0.0)
                                                >= self.min_confidence)
                      and surest.get(line[s:e], label) == label]
                     for (offset, line, toks), spans in zip(lines, scored)]
            found = [spans + self.gap_spans(offset, line, toks, spans, read, confirmed)
                     for (offset, line, toks), spans, read in zip(lines, found, scored)]
            if self.relabel_confidence:
                sure = frozenset((offset + s, offset + e, label) for (offset, _, _), spans in zip(lines, scored)
                                 for s, e, label, p in spans if p >= self.relabel_confidence)
        else:
            found = self.tagger.line_spans(pairs, self.style)
        out = []
        for (offset, line, toks), spans in zip(lines, found):
            for s, e, label in spans:
                if label == "PER":
                    e = without_glued_adverb(line, toks, s, without_speech_cue(line, s, e))
                    if addressed_surname(line[s:e]):
                        continue  # 陈太, 陈局长: someone named by a form of address, not by name
                elif tenths_before(line, s):
                    continue  # 跌一成都会买: tenths and "all", no 成都
                elif label == "LOC" and time_zone_after(line, e, lexicon()):
                    continue  # 甲国乙岛时间: a time zone, no place
                elif label == "ORG":
                    s = after_split_stopword(line, s, e)
                    e = before_non_body_ending(line, s, e)
                    if e == s or compass_region(line[s:e]):
                        continue  # 僵局 alone, 中西部: a state of affairs or a region, no name in front
                if label in self.labels and not (self.drop_generic and generic(line, toks, s, e)) and not (
                        PERIOD_CODE.fullmatch(line[s:e])):  # FY2039E营收: a period the model read as a company
                    out.append((offset + s, offset + e, label))
        grades = {text[s:e] for s, e, label in out if label == "PER" and grades_traded_thing(text, text[s:e])}
        out = [span for span in out if text[span[0] : span[1]] not in grades]
        out = self.without_glued_function_words(doc, text, out)
        # a name the model found, glossed in Latin script in brackets (某某·某某（Peter Smithers）), is glossed by the
        # same name; a note in Chinese (（化名）, （连同某某）) is none
        out += [(*alias, label) for _, e, label in out
                if (alias := bracketed_alias(text, e)) is not None and text[slice(*alias)].isascii()]
        if self.repeat_names and out:
            out += self.recurrences(doc, text, tokens, out)
        return out, sure

    def gap_spans(self, offset: int, line: str, tokens: Tokens, found: list[tuple[int, int, str]],
                  read: list[tuple[int, int, str, float]],
                  confirmed: dict[tuple[int, int, str], float]) -> list[tuple[int, int, str]]:
        """The spans of the second reading (`confirmed_spans`) of a label of `gap_confidence`, at that confidence,
        that are Chinese, on jieba's word bounds, no item of a list of a kind, and overlap no span the first reading
        kept (line-relative). A person under `min_confidence` must not be `doubtful_person`, nor overlap a span the
        first reading `read` under another label (乌某某(水电站) as a place, 某某分行 as a body: the two conventions
        disagree on what it is).

        Why: where the cluener reading has no name at all, the msra reading of the sentences read again anyway is
        often sure of one (县农业局: an organisation of People's Daily's kind, which the business-news convention
        misses); taking it costs no further reading. Places are left out: on the articles they were a time zone
        and a product's word (北京时间, 「某河一号」), and one test article fell (docs/ner.md). Why the guards on
        unsure persons: without them, at 0.85, nine dev articles fell (a name cut short, a firm before its share,
        a station, a trade noun)."""
        if not self.gap_confidence:
            return []
        starts, ends = {s for s, _, _ in tokens}, {e for _, e, _ in tokens}
        out = []
        for (s, e, label), sure in confirmed.items():
            s, e = s - offset, e - offset
            if (0 <= s < e <= len(line) and sure >= self.gap_confidence.get(label, math.inf) and s in starts
                    and e in ends and is_cjk(line[s:e]) and not any(a < e and s < b for a, b, _ in found)
                    and not list_item_of_a_kind(line, s, e)
                    and not (label == "PER" and sure < self.min_confidence and (
                        doubtful_person(line, tokens, s, e)
                        or any(a < e and s < b and other != label for a, b, other, _ in read)))):
                out.append((s, e, label))
        return out

    def confirmed_spans(self, lines: list[tuple[int, str, list[tuple[int, int, str]]]],
                        scored: list[list[tuple[int, int, str, float]]]) -> dict[tuple[int, int, str], float]:
        """The spans, with their confidence, that the model finds at `min_confidence` (or the lowest
        `gap_confidence`, if lower) or more reading again, in `confirm_style`, the sentences where it found a name of
        a label of `confirm_confidence` under that label's own confidence (only those: a second reading of every
        line would cost a third of the stage's time)."""
        if not self.confirm_confidence:
            return {}
        unsure = {(offset + a, line[a:b], tuple(clipped_tokens(toks, a, b)))
                  for (offset, line, toks), spans in zip(lines, scored) for s, e, label, sure in spans
                  if label in self.confirm_confidence and sure < self.label_confidence.get(label, self.min_confidence)
                  for a, b in [sentence_bounds(line, s, e)]}
        windows = sorted(unsure)
        again = self.tagger.scored_spans([(text, list(toks)) for _, text, toks in windows], self.confirm_style)
        floor = min([self.min_confidence, *self.gap_confidence.values()])
        return {(offset + s, offset + e, label): sure for (offset, _, _), spans in zip(windows, again)
                for s, e, label, sure in spans if sure >= floor}

    def without_glued_function_words(self, doc: Doc, text: str,
                                     spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """但某鑫, 由某国: a person's name the model read over a function word (GLUED_FUNCTION_CHARS) and a name the
        article already has is that name, with its label; jieba's guesser glued the two into one word, so the
        article's name was missed there."""
        known = {text[s:e]: label for s, e, label in doc._.entity_spans or ()}
        out = []
        for s, e, label in spans:
            rest = text[s + 1 : e]
            if label == "PER" and text[s] in GLUED_FUNCTION_CHARS and len(rest) >= 2 and rest in known:
                out.append((s + 1, e, known[rest]))
            else:
                out.append((s, e, label))
        return out

    def place_ends(self, doc: Doc) -> dict[int, int]:
        """Start -> end of the places already on the Doc (none when the model's spans overwrite them)."""
        if self.overwrite or not self.place_name_confidence:
            return {}
        return {s: e for s, e, label in doc._.entity_spans or () if label == "LOC"}

    def threshold(self, line: str, start: int, end: int, label: str, *, place_end: int = 0,
                  tokens: Tokens = (), acting: frozenset[str] = frozenset(), confirmed: bool = False) -> float:
        """The confidence a span needs: `place_name_confidence` for an organisation that starts with a place already
        found (ending at `place_end` > `start`), runs past it and names a body (某市某某创投: `names_a_body`); its
        label's own (`label_confidence`) for a Chinese name (`written_in_han`: 蒂姆·库克 too) that is not one item
        of a list of a kind (精神科、麻醉科), or `confirm_confidence` where the second reading `confirmed` it
        (`confirmed_spans`);
        `latin_confidence` for a name in Latin script that is no acronym, acts somewhere in the article (`acting`:
        `acting_latin_names`), is no word of a longer Latin name and has no owner before it (某行的Foo); else
        `min_confidence`. Why not every Latin name: the model's label for a Latin word is a guess from context (a
        brand read as PER), and an acronym or a product is no body. Why less for a body named after a place: the
        place is sure and the words after it say that a body's name follows; without the model the place alone would
        be labelled and the name lost."""
        if (self.place_name_confidence and label == "ORG" and start < place_end < end
                and names_a_body(line, tokens, place_end, end)):
            return self.place_name_confidence
        if (line[start:end] in acting and is_latin_name(line[start:end]) and line[start - 1 : start] != "的"
                and not inside_latin_phrase(line, start, end)):
            return self.latin_confidence.get(label, self.min_confidence)
        own = self.label_confidence.get(label)
        if own is None or not written_in_han(line[start:end]) or list_item_of_a_kind(line, start, end):
            return self.min_confidence
        return self.confirm_confidence.get(label, own) if confirmed else own

    def recurrences(self, doc: Doc, text: str, tokens: list[tuple[int, int, str]],
                    found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The other mentions of the names found that survive the merge with the entities already on the Doc."""
        existing = [] if self.overwrite else list(doc._.entity_spans or ())
        kept = merge_spans(existing, found)
        names = set(kept).intersection(found)
        return recurring(text, names, kept, {s for s, _, _ in tokens}, {e for _, e, _ in tokens})

    def set_annotations(self, doc: Doc, spans: list[tuple[int, int, str]],
                        sure: Iterable[tuple[int, int, str]] = ()) -> Doc:
        return annotate(doc, spans, overwrite=self.overwrite, sure=sure)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, *self.find_sure(doc))


@Language.factory(
    "zhfacts_ner",
    assigns=[ENTITY_SPANS, "doc.ents"],
    default_config={
        "model": "",
        "style": "msra",
        "labels": list(ENTITY_LABELS),
        "overwrite": False,
        "min_confidence": 0.0,
        "label_confidence": {},
        "latin_confidence": {},
        "place_name_confidence": 0.0,
        "drop_generic": False,
        "repeat_names": False,
        "relabel_confidence": 0.0,
        "confirm_style": "",
        "confirm_confidence": {},
        "gap_confidence": {},
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
    label_confidence: dict[str, float],
    latin_confidence: dict[str, float],
    place_name_confidence: float,
    drop_generic: bool,
    repeat_names: bool,
    relabel_confidence: float,
    confirm_style: str,
    confirm_confidence: dict[str, float],
    gap_confidence: dict[str, float],
) -> CRFEntityRecognizer:
    """`nlp.add_pipe("zhfacts_ner")`: the bundled CRF NER.

    model: path to a crfsuite file ('' = the one shipped in the package). style: which annotation convention
    to follow, 'msra' (MSRA / People's Daily, as ../shared/ANNOTATION.md: countries are LOC, an address is
    one LOC per place) or 'cluener' (CLUENER2020: full addresses, countries mostly unlabelled).
    labels: which labels to write. overwrite: the model's spans replace overlapping entities already on the
    Doc (default: those win). min_confidence: drop spans whose tags the model is less sure of (marginal
    probability); 0 keeps every span of the best tagging. label_confidence: the confidence a label's Chinese names
    need instead (`threshold`), {"PER": 0.85} say. latin_confidence: the same for a Latin name that acts in the article
    (Foo已下架; `threshold`), {"ORG": 0.7} say. place_name_confidence: the confidence an organisation needs that
    starts with a place already on the Doc and ends in a word of a body (某市某某学会), replacing the place; 0 (the
    default) leaves it to its label's. drop_generic: drop spans that name a kind of thing
    (上市公司, A股公司; see `generic`). repeat_names: a name the model found is also labelled where it recurs
    and nothing else is (`recurring`). relabel_confidence: the confidence from which an organisation the model
    finds with the bounds of a place already on the Doc names a body there, a city's club or a country's team
    (`merge.relabelled_places`; read where a confidence is asked for); 0 (the default) never relabels.
    confirm_style, confirm_confidence: a Chinese name of a label in `confirm_confidence` that is under its own
    confidence is read again in `confirm_style`, its sentence alone, and where that reading finds it with the same
    bounds at `min_confidence` or more it needs only `confirm_confidence[label]` ({"PER": 0.0, "LOC": 0.0} say:
    the two conventions agree and the second is sure; `confirmed_spans`); {} (the default) reads once.
    gap_confidence: the second reading's Chinese names of these labels at this confidence fill the places where the
    first reading kept no span ({"ORG": 0.95} say; `gap_spans`: a person under `min_confidence` is guarded); {} (the
    default) takes none.
    """
    check_tokenizer(nlp, name)
    check_labels(name, labels)
    check_labels(name, list(label_confidence))
    check_labels(name, list(latin_confidence))
    check_labels(name, list(confirm_confidence))
    check_labels(name, list(gap_confidence))
    for named in (style, confirm_style) if confirm_confidence else (style,):
        if named not in STYLES:
            raise error("E104", component=name, style=named, styles=", ".join(sorted(STYLES)))
    return CRFEntityRecognizer(
        nlp,
        name,
        model=model,
        style=style,
        labels=labels,
        overwrite=overwrite,
        min_confidence=min_confidence,
        label_confidence=label_confidence,
        latin_confidence=latin_confidence,
        place_name_confidence=place_name_confidence,
        drop_generic=drop_generic,
        repeat_names=repeat_names,
        relabel_confidence=relabel_confidence,
        confirm_style=confirm_style,
        confirm_confidence=confirm_confidence,
        gap_confidence=gap_confidence,
    )
