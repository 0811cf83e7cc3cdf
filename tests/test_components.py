"""The spaCy components' contracts: what each requires and assigns, checked when the pipeline is built and run."""

from __future__ import annotations

import pytest
import spacy

import pipeline
from pipeline.errors import PipelineError
from pipeline.text.segment import blank_nlp


def test_the_full_pipeline_declares_a_contract_that_holds():
    nlp = pipeline.build_nlp()
    analysis = nlp.analyze_pipes()
    assert all(not problems for problems in analysis["problems"].values()), analysis["problems"]
    assigns = {name: set(nlp.get_pipe_meta(name).assigns) for name in nlp.pipe_names}
    assert assigns["zhfacts_quantities"] == {"doc._.quantities"}
    assert assigns["zhfacts_entity_rules"] == assigns["zhfacts_ner"] == {"doc._.entity_spans", "doc.ents"}
    assert set(nlp.get_pipe_meta("zhfacts_facts").requires) == {"doc._.quantities", "doc._.entity_spans"}


def test_facts_without_an_entity_component_fail_at_construction():
    nlp = blank_nlp()
    nlp.add_pipe("zhfacts_quantities")
    with pytest.raises(PipelineError, match=r"E101: zhfacts_facts needs doc\._\.entity_spans"):
        nlp.add_pipe("zhfacts_facts")


def test_facts_without_quantities_fail_at_construction():
    nlp = blank_nlp()
    nlp.add_pipe("zhfacts_entity_rules")
    with pytest.raises(PipelineError, match=r"E101: .*doc\._\.quantities.*'zhfacts_quantities'"):
        nlp.add_pipe("zhfacts_facts")


def test_a_component_placed_before_what_it_needs_fails_on_the_first_doc():
    nlp = blank_nlp()
    nlp.add_pipe("zhfacts_quantities")
    nlp.add_pipe("zhfacts_entity_rules")
    nlp.add_pipe("zhfacts_facts")
    nlp.remove_pipe("zhfacts_entity_rules")
    with pytest.raises(PipelineError, match=r"E103: zhfacts_facts found no doc\._\.entity_spans"):
        nlp("营收达3亿元。")


@pytest.mark.parametrize("name", ["zhfacts_entity_rules", "zhfacts_ner"])
def test_components_that_read_jieba_words_need_the_jieba_tokenizer(name):
    with pytest.raises(PipelineError, match=f"E102: {name} reads jieba words"):
        spacy.blank("zh").add_pipe(name)


def test_quantities_run_with_any_tokenizer():
    nlp = spacy.blank("zh")
    nlp.add_pipe("zhfacts_quantities")
    assert [q.text for q in nlp("约3亿元")._.quantities] == ["约3亿元"]


def test_config_errors_name_the_component_and_the_choices():
    with pytest.raises(PipelineError, match="E104: zhfacts_ner: style 'tabloid' is unknown, expected one of"):
        blank_nlp().add_pipe("zhfacts_ner", config={"style": "tabloid"})
    with pytest.raises(PipelineError, match="E105: zhfacts_entity_rules: label 'GPE' is unknown"):
        blank_nlp().add_pipe("zhfacts_entity_rules", config={"labels": ["LOC", "GPE"]})
