"""`extract`: raw article text in, facts and entities out, offsets into the raw text."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import pandas as pd
from spacy.language import Language

from .records import ENTITY_COLUMNS, FACT_COLUMNS, Entity, Fact
from .segment import blank_nlp

PIPE_NAMES = ("zhfacts_quantities", "zhfacts_entity_rules", "zhfacts_facts")


def build_nlp() -> Language:
    """The full pipeline: jieba tokenizer, then quantities, entities and facts components."""
    from . import entities, facts, quantify  # noqa: F401  (registers the factories)

    nlp = blank_nlp()
    for name in PIPE_NAMES:
        nlp.add_pipe(name)
    return nlp


@cache
def default_nlp() -> Language:
    return build_nlp()


@dataclass
class Extraction:
    """What `extract` found in one article."""

    doc_id: str
    text: str
    facts: list[Fact] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)

    def facts_frame(self) -> pd.DataFrame:
        return pd.DataFrame([f.row() for f in self.facts], columns=list(FACT_COLUMNS))

    def entities_frame(self) -> pd.DataFrame:
        return pd.DataFrame([e.row() for e in self.entities], columns=list(ENTITY_COLUMNS))


def extract(text: str, doc_id: str = "doc", *, nlp: Language | None = None) -> Extraction:
    """Facts and entities of one article (traditional or simplified Chinese)."""
    nlp = nlp or default_nlp()
    doc = nlp.make_doc(text)
    doc._.doc_id = doc_id
    for _, component in nlp.pipeline:
        doc = component(doc)
    entities = [
        Entity(doc_id, start, end, text[start:end], label) for start, end, label in (doc._.entity_spans or [])
    ]
    return Extraction(doc_id=doc_id, text=text, facts=list(doc._.facts or []), entities=entities)
