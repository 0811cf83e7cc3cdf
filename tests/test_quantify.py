"""The quantities component: the grammar's results on the Doc, offsets into the raw text."""

import spacy

from pipeline.components import quantities as quantify  # noqa: F401  (registers the factory)
from pipeline.text.segment import blank_nlp


def test_component_writes_quantities_with_raw_offsets():
    nlp = blank_nlp()
    nlp.add_pipe("zhfacts_quantities")
    raw = "研發機構總數達３８２３家，增長２５％"
    doc = nlp(raw)
    found = [(raw[q.start : q.end], q.value, q.unit) for q in doc._.quantities]
    assert found == [("３８２３家", 3823, "家"), ("２５％", 25, "%")]


def test_component_works_on_a_plain_spacy_pipeline():
    nlp = spacy.blank("zh")  # spaCy's own character segmenter, no zh_text: the grammar reads doc.text
    nlp.add_pipe("zhfacts_quantities")
    doc = nlp("投资约3亿元")
    assert [(q.text, q.qualifier, q.currency) for q in doc._.quantities] == [("约3亿元", "approx", "CNY")]
