"""The extractor's output is byte-identical to the snapshot in tests/snapshots/ (see tests/snapshot.py)."""

import pytest

from tests.snapshot import DIGESTS, NER_POOL, SNAPSHOTS, articles, digest, ner_pool_texts, output_csvs

ARTICLES = list(articles())


@pytest.mark.parametrize(("doc_id", "text"), ARTICLES, ids=[doc_id for doc_id, _ in ARTICLES])
def test_article_output_is_unchanged(doc_id, text):
    facts_path, entities_path = SNAPSHOTS / f"{doc_id}.facts.csv", SNAPSHOTS / f"{doc_id}.entities.csv"
    assert facts_path.is_file(), f"no snapshot for {doc_id}: take one with `python -m tests.snapshot`"
    facts, entities = output_csvs(doc_id, text)
    assert facts == facts_path.read_text(encoding="utf-8")
    assert entities == entities_path.read_text(encoding="utf-8")


@pytest.mark.skipif(not NER_POOL.is_dir(), reason="../shared/data/ner is not present")
def test_ner_pool_output_is_unchanged():
    expected = dict(line.split() for line in (SNAPSHOTS / DIGESTS).read_text(encoding="utf-8").splitlines())
    changed = [name for name, text in ner_pool_texts() if digest(name, text) != expected.pop(name, None)]
    assert not changed, f"output changed on {len(changed)} texts, the first: {changed[:5]}"
    assert not expected, f"texts in the snapshot but no longer produced: {sorted(expected)[:5]}"
