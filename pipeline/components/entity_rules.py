"""The spaCy component `zhfacts_entity_rules`: the rule-and-lexicon entities of `pipeline.entities` on a Doc."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.contract import ENTITY_SPANS, check_labels, check_tokenizer
from pipeline.components.doc_entities import annotate
from pipeline.entities import EntitySpan, find_entities
from pipeline.records import ENTITY_LABELS
from pipeline.text.segment import doc_tokens


class EntityRules:
    """spaCy component: rule-and-lexicon PER / ORG / LOC, merged with entities already on the Doc."""

    def __init__(self, nlp: Language, name: str, *, overwrite: bool, labels: list[str], propagate: bool) -> None:
        self.name = name
        self.overwrite = overwrite
        self.labels = tuple(labels)
        self.propagate = propagate

    def find(self, doc: Doc) -> list[EntitySpan]:
        """The rule entities of a Doc (pure: the Doc is not changed)."""
        text = doc._.zh_text if doc._.zh_text is not None else doc.text
        found = find_entities(text, doc_tokens(doc), propagate=self.propagate)
        return [e for e in found if e.label in self.labels]

    def set_annotations(self, doc: Doc, spans: list[EntitySpan]) -> Doc:
        return annotate(doc, spans, overwrite=self.overwrite)

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.find(doc))


@Language.factory(
    "zhfacts_entity_rules",
    assigns=[ENTITY_SPANS, "doc.ents"],
    default_config={"overwrite": False, "labels": list(ENTITY_LABELS), "propagate": True},
)
def make_entity_rules(nlp: Language, name: str, overwrite: bool, labels: list[str], propagate: bool) -> EntityRules:
    """`nlp.add_pipe("zhfacts_entity_rules")`; after a statistical NER it fills that model's gaps.

    overwrite: rule spans replace overlapping existing ones (default: existing ones win).
    labels: which of PER / ORG / LOC to write. propagate: list, alias and document propagation.
    """
    check_tokenizer(nlp, name)
    check_labels(name, labels)
    return EntityRules(nlp, name, overwrite=overwrite, labels=labels, propagate=propagate)
