"""benchmarks/ner_eval.py prints corpus articles by name only outside the test split."""

from __future__ import annotations

from types import SimpleNamespace

from benchmarks.ner_eval import article_lines
from pipeline.eval.corpus import split_of


def _doc(f1: float) -> SimpleNamespace:
    score = SimpleNamespace(precision=f1, recall=f1, f1=f1)
    return SimpleNamespace(entities_strict=score, entities_partial=score)


def test_test_articles_are_printed_as_counts_never_by_id():
    assert split_of("madeup_article_0") == "test" and split_of("madeup_article_6") == "test"
    assert split_of("madeup_article_3") == "dev"
    lines = article_lines("corpus", {"madeup_article_0": _doc(0.5), "madeup_article_6": _doc(0.7),
                                     "madeup_article_3": _doc(0.9)})
    text = "\n".join(lines)
    assert "madeup_article_3" in text and "F1 0.900" in text
    assert "madeup_article_0" not in text and "madeup_article_6" not in text
    assert lines[-1].strip() == "corpus          2 test articles: strict F1 macro 0.600 (rows not printed)"
