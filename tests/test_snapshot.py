"""The extractor's output is byte-identical to the snapshot in tests/snapshots/ (see tests/snapshot.py)."""

import pytest

from tests.snapshot import (
    DIGESTS,
    NER_POOL,
    SNAPSHOTS,
    TEST_DIGESTS,
    articles,
    digest,
    ner_pool_texts,
    output_csvs,
    split_of,
)

ARTICLES = list(articles())
DEV = [(doc_id, text) for doc_id, text in ARTICLES if split_of(doc_id) == "dev"]
TEST = [(doc_id, text) for doc_id, text in ARTICLES if split_of(doc_id) == "test"]


@pytest.mark.parametrize(("doc_id", "text"), DEV, ids=[doc_id for doc_id, _ in DEV])
def test_dev_article_output_is_unchanged(doc_id, text):
    facts_path, entities_path = SNAPSHOTS / f"{doc_id}.facts.csv", SNAPSHOTS / f"{doc_id}.entities.csv"
    assert facts_path.is_file(), f"no snapshot for {doc_id}: take one with `python -m tests.snapshot`"
    facts, entities = output_csvs(doc_id, text)
    assert facts == facts_path.read_text(encoding="utf-8")
    assert entities == entities_path.read_text(encoding="utf-8")


def test_test_article_output_is_unchanged():
    """Compared by digest: a test article's rows are never shown, even in a failing test."""
    expected = dict(line.split() for line in (SNAPSHOTS / TEST_DIGESTS).read_text(encoding="utf-8").splitlines())
    changed = [doc_id for doc_id, text in TEST if digest(doc_id, text) != expected.get(doc_id)]
    assert not changed, f"output changed on {len(changed)} test articles: {changed}"


@pytest.mark.skipif(not NER_POOL.is_dir(), reason="../shared/data/ner is not present")
def test_ner_pool_output_is_unchanged():
    expected = dict(line.split() for line in (SNAPSHOTS / DIGESTS).read_text(encoding="utf-8").splitlines())
    changed = [name for name, text in ner_pool_texts() if digest(name, text) != expected.pop(name, None)]
    assert not changed, f"output changed on {len(changed)} texts, the first: {changed[:5]}"
    assert not expected, f"texts in the snapshot but no longer produced: {sorted(expected)[:5]}"
