"""Fixtures shared by the test modules."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.text.segment import blank_nlp


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The tokenizer and the entity stage (model, rules, propagation): what the entity tests run text through.
    Modules that test another stage define their own `nlp`."""
    nlp = blank_nlp()
    nlp.add_pipe("zhfacts_entity_rules")
    return nlp
