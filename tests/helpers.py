"""Building blocks for the tests of single decisions: a document run through the stages before the one tested."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.language import Language

from pipeline.entities import EntitySpan, find_entities, lexicon
from pipeline.entities.document import EntityDocument
from pipeline.facts import DocumentView
from pipeline.numerals import Quantity
from pipeline.text.segment import blank_nlp, doc_tokens

BUNDLED_DOC_ID = "changsha-global-rd-center"


@cache
def _nlp() -> Language:
    """Tokenizer, quantities and entity components: what the facts decisions read."""
    import pipeline

    nlp = pipeline.build_nlp()
    nlp.remove_pipe("zhfacts_facts")
    return nlp


@cache
def _tokenizer() -> Language:
    return blank_nlp()


def document_view(text: str) -> DocumentView:
    """The `DocumentView` the fact decisions read for `text`."""
    doc = _nlp()(text)
    return DocumentView(doc._.zh_text, doc_tokens(doc), doc._.quantities, doc._.entity_spans)


def quantity(view: DocumentView, text: str) -> tuple[int, Quantity]:
    """(index, quantity) of the quantity of `view` whose text (in the converted text) is `text`."""
    for k, q in enumerate(view.quantities):
        if view.text[q.start : q.end] == text:
            return k, q
    raise KeyError(f"{text!r} not among {[view.text[q.start:q.end] for q in view.quantities]}")


def entity_document(text: str) -> EntityDocument:
    """The `EntityDocument` the entity rule families read for `text` (simplified script)."""
    doc = _tokenizer()(text)
    return EntityDocument(doc._.zh_text, doc_tokens(doc), lexicon())


def names(text: str, spans: list[EntitySpan] | None = None) -> set[tuple[str, str]]:
    """(name, label) of the rule entities of `text`, or of `spans` over it."""
    if spans is None:
        doc = _tokenizer()(text)
        spans = find_entities(doc._.zh_text, doc_tokens(doc))
    return {(text[s:e], label) for s, e, label in spans}


def gold_and_predictions(corpus, gold, doc_ids) -> tuple[list, list, list, list]:
    """(gold facts, predicted facts, gold entities, predicted entities) of some corpus articles, for `score`."""
    import pipeline
    from pipeline.eval.gold import load_gold_dir

    docs = load_gold_dir(gold, corpus)
    gold_facts, pred_facts, gold_entities, pred_entities = [], [], [], []
    for doc_id in doc_ids:
        result = pipeline.extract(docs[doc_id].text, doc_id=doc_id)
        gold_facts += docs[doc_id].facts
        gold_entities += docs[doc_id].entities
        pred_facts += result.facts
        pred_entities += result.entities
    return gold_facts, pred_facts, gold_entities, pred_entities


def small_corpus(folder: Path, *doc_ids: str) -> tuple[Path, Path]:
    """(corpus, gold) folders under `folder` holding a copy of a few corpus articles, their gold and manifest rows,
    for tests of the command line's plumbing (all 168 articles take half a minute). Without `doc_ids`: the bundled
    article and the first dev article of each region."""
    import csv

    root = Path(__file__).resolve().parents[1]
    with open(root / "corpus" / "manifest.csv", encoding="utf-8", newline="") as handle:
        manifest = list(csv.DictReader(handle))
    if not doc_ids:
        regions: set[str] = set()
        for row in manifest:
            if row["split"] == "dev" and row["region"] not in regions and row["doc_id"] != BUNDLED_DOC_ID:
                regions.add(row["region"])
                doc_ids += (row["doc_id"],)
        doc_ids += (BUNDLED_DOC_ID,)
    corpus, gold = folder / "corpus", folder / "gold"
    for target, source, suffixes in ((corpus, "corpus", [".txt"]), (gold, "gold", [".facts.csv", ".entities.csv"])):
        target.mkdir(parents=True)
        for doc_id in doc_ids:
            for suffix in suffixes:
                (target / f"{doc_id}{suffix}").write_bytes((root / source / f"{doc_id}{suffix}").read_bytes())
    with open(corpus / "manifest.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(manifest[0]))
        writer.writeheader()
        writer.writerows(row for row in manifest if row["doc_id"] in doc_ids)
    return corpus, gold


def entity_pairs(nlp: Language, text: str) -> set[tuple[str, str]]:
    """(surface text in the raw string, label) of every entity `nlp` keeps in `text`."""
    doc = nlp(text)
    return {(text[s:e], label) for s, e, label in doc._.entity_spans}
