"""What the components need and provide, checked when a pipeline is built and when a Doc runs through it.

spaCy's `requires` and `assigns` declare the contract (and `nlp.analyze_pipes()` reads it); these checks make a
pipeline that misses something fail at once with a message naming it, instead of quietly giving other output
(facts without entities choose other metrics).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.errors import error
from pipeline.records import ENTITY_LABELS
from pipeline.text.segment import JiebaTokenizer

QUANTITIES = "doc._.quantities"
ENTITY_SPANS = "doc._.entity_spans"
FACTS = "doc._.facts"
PROVIDERS = {QUANTITIES: "'zhfacts_quantities'", ENTITY_SPANS: "'zhfacts_entity_rules' or 'zhfacts_ner'"}

for _attribute, _default in ((QUANTITIES, None), (ENTITY_SPANS, None), (FACTS, None), ("doc._.doc_id", "doc")):
    if not Doc.has_extension(_attribute.removeprefix("doc._.")):
        Doc.set_extension(_attribute.removeprefix("doc._."), default=_default)


def check_tokenizer(nlp: Language, component: str) -> None:
    """The component reads jieba words and tags (`doc._.zh_tokens`): the pipeline must use our tokenizer."""
    if not isinstance(nlp.tokenizer, JiebaTokenizer):
        raise error("E102", component=component)


def check_labels(component: str, labels: Iterable[str]) -> None:
    """Entity labels in a component's config are some of PER, ORG and LOC."""
    for label in labels:
        if label not in ENTITY_LABELS:
            raise error("E105", component=component, label=label, labels=", ".join(ENTITY_LABELS))


def check_assigned(nlp: Language, component: str, requires: Iterable[str]) -> None:
    """Every attribute in `requires` is assigned by a component already in the pipeline."""
    assigned = {attribute for name in nlp.pipe_names for attribute in nlp.get_pipe_meta(name).assigns}
    for attribute in requires:
        if attribute not in assigned:
            raise error("E101", component=component, attribute=attribute, provider=PROVIDERS[attribute])


def check_on_doc(doc: Doc, component: str, requires: Iterable[str]) -> None:
    """At run time: every attribute in `requires` was set on the Doc (a component may have been added before its
    providers, or a Doc made by hand)."""
    for attribute in requires:
        if getattr(doc._, attribute.removeprefix("doc._.")) is None:
            raise error("E103", component=component, attribute=attribute, provider=PROVIDERS[attribute])
