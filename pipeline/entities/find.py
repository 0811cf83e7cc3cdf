"""`find_entities`: the rule families, the outermost selection, then propagation until nothing changes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from pipeline.entities.document import EntityDocument
from pipeline.entities.indices import IndexRules
from pipeline.entities.latin import LatinNameRules
from pipeline.entities.lexicon import Lexicon, lexicon
from pipeline.entities.lists import ListRules
from pipeline.entities.organisations import OrganisationRules
from pipeline.entities.outlets import OutletRules
from pipeline.entities.people import PersonRules
from pipeline.entities.places import PlaceRules
from pipeline.entities.propagation import Propagation
from pipeline.entities.select import select
from pipeline.text.tokens import Token


class EntitySpan(NamedTuple):
    """An entity as character offsets into the text (raw and simplified text share offsets) and its label."""

    start: int
    end: int
    label: str


def find_entities(
    text: str, tokens: Sequence[Token], *, propagate: bool = True, lex: Lexicon | None = None
) -> list[EntitySpan]:
    """PER / ORG / LOC spans in simplified `text` segmented into `tokens`, sorted, non-overlapping.

    Pure: no spaCy involved, so the rules can be tested and reused on their own.
    """
    doc = EntityDocument(text, tokens, lex or lexicon())
    base = [
        *PlaceRules(doc).candidates(),
        *OrganisationRules(doc).candidates(),
        *OutletRules(doc).candidates(),
        *PersonRules(doc).candidates(),
        *LatinNameRules(doc).candidates(),
        *IndexRules(doc).candidates(),
    ]
    # (某某和甲乙/nr 科技: a function word jieba glued onto a name it did not know is no part of the name)
    base = [c if c.label == "PER" else c._replace(start=doc.name_start(c.start, c.end)) for c in base]
    chosen = select(base, len(text))
    if not propagate:
        return sorted(EntitySpan(c.start, c.end, c.label) for c in chosen)
    propagation, lists = Propagation(doc), ListRules(doc)
    for _ in range(3):
        before = set(chosen)
        chosen = select(propagation.propagate(chosen), len(text), chosen)
        chosen = lists.with_list_items(chosen)
        if set(chosen) == before:
            break
    vote = propagation.vote(chosen)
    return sorted(EntitySpan(c.start, c.end, vote.get(text[c.start : c.end], c.label)) for c in chosen)
