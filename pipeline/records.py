"""The records the pipeline hands to users: facts and entities, with offsets into the raw text.

Field names and order follow ../shared/ANNOTATION.md, which is the contract for output, gold and scorer.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from operator import attrgetter

FACT_COLUMNS = (
    "doc_id", "start", "end", "text", "value", "value_max", "unit", "currency",
    "qualifier", "role", "metric", "period", "section", "subject", "sentence",
)
ENTITY_COLUMNS = ("doc_id", "start", "end", "text", "label")

QUALIFIERS = ("exact", "approx", "at_least", "at_most", "range")
ROLES = ("amount", "change", "rank")
ENTITY_LABELS = ("PER", "ORG", "LOC")


@dataclass(frozen=True)
class Fact:
    """One mention of a quantity that measures something."""

    doc_id: str
    start: int
    end: int
    text: str
    value: float
    value_max: float | None
    unit: str
    currency: str
    qualifier: str
    role: str
    metric: str
    period: str
    section: str
    subject: str
    sentence: str  # the sentence the figure sits in, so that a row can be checked without the article

    def row(self) -> tuple:
        return _fact_row(self)


@dataclass(frozen=True)
class Entity:
    """A PER, ORG or LOC name."""

    doc_id: str
    start: int
    end: int
    text: str
    label: str

    def row(self) -> tuple:
        return _entity_row(self)


def fact_from_fields(fields: dict) -> Fact:
    """A Fact built as its frozen dataclass `__init__` would (which has no checks of its own), without setting
    each field through `object.__setattr__`: that halves the cost of the hundreds of facts of an article."""
    fact = object.__new__(Fact)
    fact.__dict__.update(fields)
    return fact


assert not hasattr(Fact, "__post_init__") and not hasattr(Fact, "__slots__"), "fact_from_fields would bypass them"

# the fields in column order, read at C speed (dataclasses.astuple deep-copies every field: 6× slower)
_fact_row = attrgetter(*FACT_COLUMNS)
_entity_row = attrgetter(*ENTITY_COLUMNS)

assert tuple(f.name for f in fields(Fact)) == FACT_COLUMNS
assert tuple(f.name for f in fields(Entity)) == ENTITY_COLUMNS
