"""Accuracy on ../shared/eval: four articles from other publications, with their own gold (issue 4's bars)."""

from pathlib import Path

import pytest

from pipeline.eval.evaluate import evaluate

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
pytestmark = pytest.mark.skipif(not (EVAL / "gold").is_dir(), reason="../shared/eval is not present")


@pytest.fixture(scope="module")
def report():
    return evaluate(EVAL / "articles", EVAL / "gold").report


def test_every_article_meets_its_bars(report):
    assert len(report.by_doc) == 4
    for doc_id, scores in report.by_doc.items():
        assert scores.quantities.f1 >= 0.92, (doc_id, scores.quantities)
        assert scores.facts.f1 >= 0.80, (doc_id, scores.facts)


def test_qualifier_and_currency_accuracy_together(report):
    assert report.overall.qualifier.accuracy >= 0.95
    assert report.overall.currency.accuracy >= 0.98
