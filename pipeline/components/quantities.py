"""The spaCy component `zhfacts_quantities`: every number expression in a Doc.

The grammar itself lives in `numerals` (pure functions); this component only runs it over the converted text
and keeps the result on the Doc, where the facts component reads it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.contract import QUANTITIES
from pipeline.numerals import Quantity, find_quantities


class QuantityFinder:
    """Writes `doc._.quantities`: every number expression, in order, with offsets into the Doc's text."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def find(self, doc: Doc) -> list[Quantity]:
        # The facts stage drops dates and takes them as periods, so it needs each date read whole; a lone numeral
        # with no unit (答案是五) is never a figure it reports.
        text = doc._.zh_text if doc._.zh_text is not None else doc.text
        return find_quantities(text, dates=True, lone=False)

    def set_annotations(self, doc: Doc, quantities: list[Quantity]) -> Doc:
        doc._.quantities = quantities
        return doc

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.find(doc))


@Language.factory("zhfacts_quantities", assigns=[QUANTITIES])
def make_quantity_finder(nlp: Language, name: str) -> QuantityFinder:
    return QuantityFinder(nlp, name)
