"""The spaCy component `zhfacts_ner`: the CRF NER of `pipeline.ner` over a Doc's lines."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.contract import ENTITY_SPANS, check_labels, check_tokenizer
from pipeline.components.doc_entities import annotate
from pipeline.entities import merge_spans
from pipeline.entities.document import is_cjk
from pipeline.entities.lists import bracketed_alias
from pipeline.entities.propagation import recurring
from pipeline.errors import error
from pipeline.ner.tagger import (
    STYLES,
    CRFTagger,
    Tokens,
    bundled_tagger,
    generic,
    grades_traded_thing,
    line_tokens,
    list_item_of_a_kind,
    names_a_body,
    without_speech_cue,
)
from pipeline.records import ENTITY_LABELS
from pipeline.text.segment import doc_tokens


def tagged_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, POS) of each jieba token of a Doc, as the NER features read them."""
    return [(t.start, t.end, t.tag) for t in doc_tokens(doc)]


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
        place_name_confidence: float,
        drop_generic: bool,
        repeat_names: bool,
    ) -> None:
        self.name = name
        self.tagger = CRFTagger(model) if model else bundled_tagger()
        self.style = style
        self.labels = frozenset(labels)
        self.overwrite = overwrite
        self.min_confidence = min_confidence
        self.label_confidence = dict(label_confidence)
        self.place_name_confidence = place_name_confidence
        self.drop_generic = drop_generic
        self.repeat_names = repeat_names

    def find(self, doc: Doc) -> list[tuple[int, int, str]]:
        """The model's spans over the Doc's text (pure: the Doc is not changed)."""
        text = doc._.zh_text if doc._.zh_text is not None else doc.text
        tokens = tagged_spans(doc)
        lines = list(line_tokens(text, tokens))
        pairs = [(line, toks) for _, line, toks in lines]
        if self.min_confidence > 0 or self.label_confidence:
            places = self.place_ends(doc)
            found = [[(s, e, label) for s, e, label, sure in spans
                      if sure >= self.threshold(line, s, e, label, place_end=places.get(offset + s, offset) - offset,
                                                tokens=toks)]
                     for (offset, line, toks), spans in zip(lines, self.tagger.scored_spans(pairs, self.style))]
        else:
            found = self.tagger.line_spans(pairs, self.style)
        out = []
        for (offset, line, toks), spans in zip(lines, found):
            for s, e, label in spans:
                if label == "PER":
                    e = without_speech_cue(line, s, e)
                if label in self.labels and not (self.drop_generic and generic(line, toks, s, e)):
                    out.append((offset + s, offset + e, label))
        grades = {text[s:e] for s, e, label in out if label == "PER" and grades_traded_thing(text, text[s:e])}
        out = [span for span in out if text[span[0] : span[1]] not in grades]
        # a name the model found, glossed in Latin script in brackets (某某·某某（Peter Smithers）), is glossed by the
        # same name; a note in Chinese (（化名）, （连同某某）) is none
        out += [(*alias, label) for _, e, label in out
                if (alias := bracketed_alias(text, e)) is not None and text[slice(*alias)].isascii()]
        if self.repeat_names and out:
            out += self.recurrences(doc, text, tokens, out)
        return out

    def place_ends(self, doc: Doc) -> dict[int, int]:
        """Start -> end of the places already on the Doc (none when the model's spans overwrite them)."""
        if self.overwrite or not self.place_name_confidence:
            return {}
        return {s: e for s, e, label in doc._.entity_spans or () if label == "LOC"}

    def threshold(self, line: str, start: int, end: int, label: str, *, place_end: int = 0,
                  tokens: Tokens = ()) -> float:
        """The confidence a span needs: `place_name_confidence` for an organisation that starts with a place already
        found (ending at `place_end` > `start`), runs past it and names a body (某市某某创投: `names_a_body`); its
        label's own (`label_confidence`) for a Chinese name that is not one item of a list of a kind (精神科、麻醉科);
        else `min_confidence`. Why only Chinese names: the model's label for a Latin word is a guess from context (a
        brand read as PER). Why less for a body named after a place: the place is sure and the words after it say
        that a body's name follows; without the model the place alone would be labelled and the name lost."""
        if (self.place_name_confidence and label == "ORG" and start < place_end < end
                and names_a_body(line, tokens, place_end, end)):
            return self.place_name_confidence
        own = self.label_confidence.get(label)
        if own is None or not is_cjk(line[start:end]) or list_item_of_a_kind(line, start, end):
            return self.min_confidence
        return own

    def recurrences(self, doc: Doc, text: str, tokens: list[tuple[int, int, str]],
                    found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """The other mentions of the names found that survive the merge with the entities already on the Doc."""
        existing = [] if self.overwrite else list(doc._.entity_spans or ())
        kept = merge_spans(existing, found)
        names = set(kept).intersection(found)
        return recurring(text, names, kept, {s for s, _, _ in tokens}, {e for _, e, _ in tokens})

    def set_annotations(self, doc: Doc, spans: list[tuple[int, int, str]]) -> Doc:
        return annotate(doc, spans, overwrite=self.overwrite)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.find(doc))


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
        "place_name_confidence": 0.0,
        "drop_generic": False,
        "repeat_names": False,
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
    place_name_confidence: float,
    drop_generic: bool,
    repeat_names: bool,
) -> CRFEntityRecognizer:
    """`nlp.add_pipe("zhfacts_ner")`: the bundled CRF NER.

    model: path to a crfsuite file ('' = the one shipped in the package). style: which annotation convention
    to follow, 'msra' (MSRA / People's Daily, as ../shared/ANNOTATION.md: countries are LOC, an address is
    one LOC per place) or 'cluener' (CLUENER2020: full addresses, countries mostly unlabelled).
    labels: which labels to write. overwrite: the model's spans replace overlapping entities already on the
    Doc (default: those win). min_confidence: drop spans whose tags the model is less sure of (marginal
    probability); 0 keeps every span of the best tagging. label_confidence: the confidence a label's Chinese names
    need instead (`threshold`), {"PER": 0.85} say. place_name_confidence: the confidence an organisation needs that
    starts with a place already on the Doc and ends in a word of a body (某市某某学会), replacing the place; 0 (the
    default) leaves it to its label's. drop_generic: drop spans that name a kind of thing
    (上市公司, A股公司; see `generic`). repeat_names: a name the model found is also labelled where it recurs
    and nothing else is (`recurring`).
    """
    check_tokenizer(nlp, name)
    check_labels(name, labels)
    check_labels(name, list(label_confidence))
    if style not in STYLES:
        raise error("E104", component=name, style=style, styles=", ".join(sorted(STYLES)))
    return CRFEntityRecognizer(
        nlp,
        name,
        model=model,
        style=style,
        labels=labels,
        overwrite=overwrite,
        min_confidence=min_confidence,
        label_confidence=label_confidence,
        place_name_confidence=place_name_confidence,
        drop_generic=drop_generic,
        repeat_names=repeat_names,
    )
