"""The spaCy component `zhfacts_facts`: the facts of `pipeline.facts` from a Doc's quantities and entities."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.facts import find_facts
from pipeline.records import Fact
from pipeline.text.segment import doc_tokens

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)
if not Doc.has_extension("doc_id"):
    Doc.set_extension("doc_id", default="doc")
if not Doc.has_extension("entity_spans"):
    Doc.set_extension("entity_spans", default=None)


def doc_facts(doc: Doc) -> list[Fact]:
    """The facts of a Doc that went through the tokenizer, quantities and entity components."""
    text = doc._.zh_text if doc._.zh_text is not None else doc.text
    raw = doc._.raw_text if doc._.raw_text is not None else doc.text
    return find_facts(text, raw, doc_tokens(doc), doc._.quantities or [], doc._.entity_spans or [],
                      doc_id=doc._.doc_id)


class FactMaker:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def annotate(self, doc: Doc, facts: list[Fact]) -> Doc:
        doc._.facts = facts
        return doc

    def __call__(self, doc: Doc) -> Doc:
        if doc._.quantities is None:
            raise ValueError("E101: zhfacts_facts needs doc._.quantities; add 'zhfacts_quantities' before it")
        return self.annotate(doc, doc_facts(doc))


@Language.factory("zhfacts_facts", requires=["doc._.quantities"], assigns=["doc._.facts"])
def make_fact_maker(nlp: Language, name: str) -> FactMaker:
    return FactMaker(nlp, name)
