"""`extract` and its Extraction: records, DataFrames and the bundled corpus file."""

from pathlib import Path

import pytest

from pipeline import extract
from pipeline.records import ENTITY_COLUMNS, FACT_COLUMNS

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus" / "changsha-global-rd-center.txt"


def test_frames_have_the_csv_columns():
    result = extract("湖南省长沙市今年引进人才超40万人，同比增长12%。", doc_id="t")
    facts, entities = result.facts_frame(), result.entities_frame()
    assert tuple(facts.columns) == FACT_COLUMNS
    assert tuple(entities.columns) == ENTITY_COLUMNS
    assert list(facts["value"]) == [400000, 12]
    assert set(facts["doc_id"]) == {"t"}
    assert "LOC" in set(entities["label"])


def test_empty_text_gives_nothing():
    result = extract("")
    assert result.facts == [] and result.entities == []
    assert result.facts_frame().empty


@pytest.mark.skipif(not SHARED_CORPUS.is_file(), reason="../shared/corpus is not present")
def test_bundled_article_is_the_shared_one_byte_for_byte():
    assert (ROOT / "corpus" / SHARED_CORPUS.name).read_bytes() == SHARED_CORPUS.read_bytes()
