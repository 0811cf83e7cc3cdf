"""The blind second readings (gold/second_reading/): valid gold of dev articles that have gold, and scored as one
answer per field (benchmarks/agreement.py)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.agreement import SECOND_READING, one_answer
from pipeline.eval.corpus import split_of
from pipeline.eval.gold import load_gold_dir

ROOT = Path(__file__).resolve().parents[1]


def test_second_readings_are_valid_gold_of_dev_articles_with_gold():
    second = load_gold_dir(SECOND_READING, ROOT / "corpus")  # spans, values, alternatives checked against the text
    assert second, "no second reading"
    for doc_id, reading in second.items():
        assert split_of(doc_id) == "dev", doc_id  # test articles are never studied, so never read twice either
        assert (ROOT / "gold" / f"{doc_id}.facts.csv").is_file()
        assert reading.facts and reading.entities


def test_a_reading_counts_as_its_first_alternative():
    row = {"metric": "营业收入|收入", "unit": "-|元", "currency": "CNY", "period": "-|2031年",
           "subject": "某集团|某公司"}
    assert one_answer(row) == {"metric": "营业收入", "unit": "", "currency": "CNY", "period": "", "subject": "某集团"}
