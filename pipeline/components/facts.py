"""The spaCy component `zhfacts_facts`: the facts of `pipeline.facts` from a Doc's quantities and entities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.contract import (
    ENTITY_SPANS,
    FACTS,
    QUANTITIES,
    check_assigned,
    check_on_doc,
    check_tokenizer,
)
from pipeline.facts import find_facts
from pipeline.records import Fact
from pipeline.text.segment import doc_tokens

REQUIRES = [QUANTITIES, ENTITY_SPANS]


def doc_facts(doc: Doc) -> list[Fact]:
    """The facts of a Doc that went through the tokenizer, quantities and entity components."""
    text = doc._.zh_text if doc._.zh_text is not None else doc.text
    raw = doc._.raw_text if doc._.raw_text is not None else doc.text
    return find_facts(text, raw, doc_tokens(doc), doc._.quantities, doc._.entity_spans,
                      doc_id=doc._.doc_id)


class FactMaker:
    """spaCy component: which quantities of a Doc are facts, and what each measures (`doc._.facts`)."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def find(self, doc: Doc) -> list[Fact]:
        """The facts of a Doc (pure: the Doc is not changed)."""
        check_on_doc(doc, self.name, REQUIRES)
        return doc_facts(doc)

    def set_annotations(self, doc: Doc, facts: list[Fact]) -> Doc:
        doc._.facts = facts
        return doc

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.find(doc))


@Language.factory("zhfacts_facts", requires=REQUIRES, assigns=[FACTS])
def make_fact_maker(nlp: Language, name: str) -> FactMaker:
    """`nlp.add_pipe("zhfacts_facts")` after the quantities and entity components."""
    check_tokenizer(nlp, name)
    check_assigned(nlp, name, REQUIRES)
    return FactMaker(nlp, name)
