"""Accuracy on the four articles of ../shared/eval, now in the corpus's dev split (issue 4's bars)."""

from pathlib import Path

import pytest

from pipeline.eval.score import score
from tests.helpers import gold_and_predictions

ROOT = Path(__file__).resolve().parents[1]
EVAL_ARTICLES = ("ctee_taiwan_phone_sales_2024h1_tw", "daqing_2012_statistical_communique",
                 "sina_stcn_ashare_rd_2021", "techorange_snapdragon_x_plus_tw")


@pytest.fixture(scope="module")
def report():
    return score(*gold_and_predictions(ROOT / "corpus", ROOT / "gold", EVAL_ARTICLES))


def test_every_article_meets_its_bars(report):
    assert len(report.by_doc) == 4
    for doc_id, scores in report.by_doc.items():
        assert scores.quantities.f1 >= 0.92, (doc_id, scores.quantities)
        assert scores.facts.f1 >= 0.80, (doc_id, scores.facts)


def test_qualifier_and_currency_accuracy_together(report):
    assert report.overall.qualifier.accuracy >= 0.95
    assert report.overall.currency.accuracy >= 0.98
