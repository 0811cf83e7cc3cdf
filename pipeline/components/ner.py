"""The spaCy component `zhfacts_ner`: the CRF NER of `pipeline.ner` over a Doc's lines."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.doc_entities import annotate
from pipeline.ner.tagger import LABELS, STYLES, CRFTagger, bundled_tagger, generic, line_tokens
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
        lines = list(line_tokens(text, tagged_spans(doc)))
        found = self.tagger.line_spans([(line, toks) for _, line, toks in lines], self.style, self.min_confidence)
        out = []
        for (offset, line, toks), spans in zip(lines, found):
            for s, e, label in spans:
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
