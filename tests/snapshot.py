"""The extractor's output on fixed texts, kept as a snapshot so that a restructuring can prove it changed nothing.

`tests/test_snapshot.py` compares a fresh run with the files in `tests/snapshots/`: the facts and entities CSVs of
every dev article of the corpus (and of ../shared/eval), SHA-256 digests of the CSVs of the test articles (their
rows are never to be read), and digests of the CSVs of NER-pool sentences (../shared/data/ner, read in place,
never copied: 50 texts of 20 sentences from each file, in simplified script and converted to traditional).
A change that is meant to change the output takes a new snapshot, in its own commit:

    .venv/bin/python -m tests.snapshot
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SNAPSHOTS = ROOT / "tests" / "snapshots"
SHARED = ROOT.parent / "shared"
EVAL_ARTICLES = SHARED / "eval" / "articles"
NER_POOL = SHARED / "data" / "ner"
NER_FILES = ("msra-val.jsonl", "peoples-daily-1998.jsonl", "cluener2020-train.jsonl")
TEXTS_PER_FILE, SENTENCES_PER_TEXT = 50, 20
DIGESTS = "ner_pool.sha256"
TEST_DIGESTS = "corpus_test.sha256"


def split_of(doc_id: str) -> str:
    from pipeline.eval.corpus import split_of

    return split_of(doc_id)


def articles() -> Iterator[tuple[str, str]]:
    """(doc_id, text) of every corpus article and every ../shared/eval article (when present)."""
    from pipeline.io.inputs import read_article

    folders = [ROOT / "corpus", EVAL_ARTICLES]
    seen = set()
    for folder in folders:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            if path.stem not in seen:
                seen.add(path.stem)
                yield path.stem, read_article(path)


def ner_pool_texts() -> Iterator[tuple[str, str]]:
    """(name, text) of the NER-pool texts, simplified and traditional."""
    from opencc import OpenCC

    to_traditional = OpenCC("s2t")
    for name in NER_FILES:
        with open(NER_POOL / name, encoding="utf-8") as handle:
            sentences = [json.loads(line)["text"] for _, line in zip(range(TEXTS_PER_FILE * SENTENCES_PER_TEXT),
                                                                       handle)]
        for k in range(TEXTS_PER_FILE):
            text = "\n".join(sentences[k * SENTENCES_PER_TEXT : (k + 1) * SENTENCES_PER_TEXT]) + "\n"
            stem = f"{name.split('.')[0]}-{k:02d}"
            yield stem, text
            yield f"{stem}-tw", to_traditional.convert(text)


def output_csvs(doc_id: str, text: str) -> tuple[str, str]:
    """The facts and entities CSVs that `zhfacts extract` writes for one article."""
    import pipeline
    from pipeline.io.export import csv_text, fact_cells
    from pipeline.records import ENTITY_COLUMNS, FACT_COLUMNS

    result = pipeline.extract(text, doc_id=doc_id)
    facts = csv_text(FACT_COLUMNS, (fact_cells(f) for f in result.facts))
    entities = csv_text(ENTITY_COLUMNS, (e.row() for e in result.entities))
    return facts, entities


def digest(doc_id: str, text: str) -> str:
    facts, entities = output_csvs(doc_id, text)
    return hashlib.sha256((facts + "\0" + entities).encode("utf-8")).hexdigest()


def update() -> None:
    SNAPSHOTS.mkdir(exist_ok=True)
    for old in SNAPSHOTS.glob("*.csv"):
        old.unlink()
    test_digests = []
    for doc_id, text in articles():
        if split_of(doc_id) == "test":
            test_digests.append(f"{doc_id} {digest(doc_id, text)}\n")
            continue
        facts, entities = output_csvs(doc_id, text)
        (SNAPSHOTS / f"{doc_id}.facts.csv").write_text(facts, encoding="utf-8")
        (SNAPSHOTS / f"{doc_id}.entities.csv").write_text(entities, encoding="utf-8")
    (SNAPSHOTS / TEST_DIGESTS).write_text("".join(test_digests), encoding="utf-8")
    if NER_POOL.is_dir():
        lines = [f"{name} {digest(name, text)}\n" for name, text in ner_pool_texts()]
        (SNAPSHOTS / DIGESTS).write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    if not EVAL_ARTICLES.is_dir() or not NER_POOL.is_dir():
        sys.exit("../shared/eval and ../shared/data/ner are needed for a complete snapshot")
    update()
    print(f"snapshot written to {SNAPSHOTS.relative_to(ROOT)}")
