"""Accuracy on the bundled article against its hand-labelled gold: the bars of the foundation issue."""

from pathlib import Path

import pytest

from pipeline.eval.score import score
from tests.helpers import gold_and_predictions

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def report():
    """The bundled article alone (the rest of the corpus is held by test_eval_regression and test_corpus_floors)."""
    return score(*gold_and_predictions(ROOT / "corpus", ROOT / "gold", ["changsha-global-rd-center"]))


def test_scorecard_is_perfect(report):
    assert report.scorecard.quantities.f1 == 1.0
    assert report.scorecard.facts.f1 == 1.0


def test_whole_article(report):
    overall = report.overall
    assert overall.quantities.f1 >= 0.95
    assert overall.facts.f1 >= 0.85
    assert overall.entities_strict.f1 >= 0.85


def test_qualifier_accuracy(report):
    assert report.overall.qualifier.accuracy >= 0.95
