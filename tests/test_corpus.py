"""The labelled corpus: manifest, split rule, gold files in version 2, and articles copied unchanged."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from pipeline.eval.corpus import STUDIED_BEFORE_THE_SPLIT, TEST_BELOW, read_manifest, split_of
from pipeline.eval.gold import GOLD_VERSION_2_COLUMNS, REQUIRED_FACT_COLUMNS, GoldError, load_gold_dir

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MANIFEST = read_manifest(ROOT / "corpus" / "manifest.csv")
GOLD = load_gold_dir(ROOT / "gold", ROOT / "corpus")


def test_the_manifest_lists_every_corpus_article_and_each_has_gold():
    articles = {p.stem for p in (ROOT / "corpus").glob("*.txt")}
    assert set(MANIFEST) == articles
    assert set(GOLD) == articles


def test_the_split_rule_is_on_the_doc_id_alone():
    assert all(split_of(doc_id) == "dev" for doc_id in STUDIED_BEFORE_THE_SPLIT)
    # the rule itself: the first byte of SHA-1 below TEST_BELOW; 'sina_stcn_ashare_rd_2021' would be test
    # by its hash (first byte 56) and is dev only because it was studied before the split
    assert TEST_BELOW == 77 and split_of("a") == "dev" and split_of("corpus-article-7") == "test"
    test_share = sum(a.split == "test" for a in MANIFEST.values()) / len(MANIFEST)
    if len(MANIFEST) >= 20:
        assert 0.2 <= test_share <= 0.4, test_share


def test_a_manifest_that_disagrees_with_the_rule_is_refused(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text("doc_id,source,region,script,genre,split\na,x,cn,simplified,markets,test\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"manifest.csv:2: column 'split': 'test', but the rule puts 'a' in 'dev'"):
        read_manifest(path)


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_gold_is_version_2_and_spans_do_not_overlap(doc_id):
    path = ROOT / "gold" / f"{doc_id}.facts.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert set(REQUIRED_FACT_COLUMNS) | set(GOLD_VERSION_2_COLUMNS) <= set(header), f"{path.name}: not version 2"
    facts, entities, _ = GOLD[doc_id]
    for rows, what in ((facts, "facts"), (entities, "entities")):
        spans = sorted((r["start"], r["end"]) for r in rows)
        overlapping = [(a, b) for a, b in zip(spans, spans[1:]) if b[0] < a[1]]
        assert not overlapping, f"{doc_id}: {what} overlap at {overlapping[:3]}"


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not present")
@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_articles_are_copied_unchanged_from_the_pool_or_eval(doc_id):
    sources = [SHARED / "pool" / "articles", SHARED / "eval" / "articles", SHARED / "corpus"]
    found = [folder / f"{doc_id}.txt" for folder in sources if (folder / f"{doc_id}.txt").is_file()]
    assert found, f"{doc_id}: not an article of ../shared/pool, ../shared/eval or the bundled corpus"
    assert found[0].read_bytes() == (ROOT / "corpus" / f"{doc_id}.txt").read_bytes()


def test_the_corpus_is_big_and_varied_enough_to_measure_generalisation():
    articles = list(MANIFEST.values())
    facts = [row for doc_id in GOLD for row in GOLD[doc_id][0]]
    entities = [row for doc_id in GOLD for row in GOLD[doc_id][1]]
    assert len(articles) >= 40
    assert len(facts) >= 1500 and all(row.get("subject") is not None for row in facts)
    assert len(entities) >= 1000
    assert {a.region for a in articles} == {"cn", "hk", "tw"}
    assert len({a.genre for a in articles}) >= 8
    assert sum(a.script == "traditional" for a in articles) >= len(articles) / 3
