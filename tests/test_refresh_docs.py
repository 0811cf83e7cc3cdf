"""scripts/refresh_docs.py: the README's score tables and docs/errors.md are rebuilt from a score JSON alone."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "refresh_docs.py"
spec = importlib.util.spec_from_file_location("refresh_docs", SCRIPT)
refresh_docs = importlib.util.module_from_spec(spec)
spec.loader.exec_module(refresh_docs)


def _split(articles: int, fact_f1: float, by_region: dict) -> dict:
    micro = {"quantities": {"f1": 0.9}, "facts": {"f1": fact_f1}, "entities_strict": {"f1": 0.8},
             "qualifier": {"accuracy": 0.95}, "currency": {"accuracy": 0.99}, "period": {"accuracy": 0.9},
             "subject": {"accuracy": 0.7}}
    macro = {"quantity_f1": 0.91, "fact_f1": fact_f1 - 0.01, "entity_f1": 0.81, "qualifier": 0.96,
             "currency": 0.98, "period": 0.89, "subject": 0.69}
    return {"articles": articles, "gold_facts": 10 * articles, "gold_entities": 5 * articles, "micro": micro,
            "macro": macro, "macro_interval": {"fact_f1": [0.7, 0.8]}, "by_region": by_region,
            "by_genre": {"tech": {"articles": articles, "fact_f1": fact_f1, "entity_f1": 0.8}}}


SCORE = {
    "date": "2030-01-02",
    "splits": {
        "dev": _split(3, 0.9, {"hk": {"articles": 3, "fact_f1": 0.9, "entity_f1": 0.85}}),
        "test": _split(2, 0.7, {"tw": {"articles": 2, "fact_f1": 0.6, "entity_f1": 0.5}}),
    },
    "dev_decisions": {"gold": 30, "lost": {"keep": 2, "metric": 5}, "spurious": 1},
    "test_decisions": {"gold": 20, "lost": {"keep": 4, "metric": 6}, "spurious": 3},
    "dev_missed": {"facts": [
        {"doc_id": "a", "text": "3%",
         "note": "prediction 1:3 「3%」: metric '甲' vs gold '乙'; role amount vs gold change"},
        {"doc_id": "a", "text": "四", "note": "no prediction overlaps"},
        {"doc_id": "b", "text": "5元", "note": "prediction 9:11 「5元」: metric '丙' vs gold '丁'"},
    ]},
    "dev_spurious": {"facts": [
        {"doc_id": "b", "text": "十", "note": "no gold overlaps"},
        {"doc_id": "b", "text": "5元", "note": "metric '丙' vs gold '丁'"},
    ]},
}


def test_scores_block_reads_every_figure_from_the_json():
    block = refresh_docs.scores_block(SCORE)
    assert "Measured 2030-01-02" in block and "dev 3 articles (30 facts, 15 entities)" in block
    assert "| fact F1 | 0.900 | 0.890 | 0.700 | 0.690 | 0.700–0.800 |" in block
    assert "| quantity F1 | 0.900 | 0.910 | 0.900 | 0.910 | – |" in block  # no interval in the JSON
    assert "| hk | 3 | 0.900 | 0.850 | 0 | – | – |" in block  # a region only one split has
    assert "| tw | 0 | – | – | 2 | 0.600 | 0.500 |" in block


def test_replace_block_keeps_the_rest_of_the_readme_and_refuses_a_readme_without_markers():
    readme = "intro\n<!-- scores -->\nold\n<!-- /scores -->\nrest\n"
    assert refresh_docs.replace_block(readme, "new") == "intro\n<!-- scores -->\nnew\n<!-- /scores -->\nrest\n"
    with pytest.raises(ValueError, match="no <!-- scores -->"):
        refresh_docs.replace_block("no markers here", "new")


def test_error_rows_count_each_field_a_note_names_and_spurious_rows_without_gold_only():
    rows = {category: count for category, count, _ in refresh_docs.error_rows(SCORE)}
    assert rows == {"wrong metric": 2, "wrong role": 1, "missed: no figure read or kept there": 1,
                    "spurious: a row where gold has no fact": 1}
    page = refresh_docs.errors_page(SCORE)
    assert "| wrong metric | 2 | 3% (a); 5元 (b) |" in page and "| metric | 5 | 6 |" in page
    assert "| spurious | 1 | 3 |" in page and "| of gold facts | 30 | 20 |" in page


def test_main_writes_both_files_and_fails_cleanly_on_a_score_without_rows(tmp_path, capsys):
    readme = tmp_path / "README.md"
    readme.write_text("<!-- scores -->\n<!-- /scores -->\n", encoding="utf-8")
    errors = tmp_path / "errors.md"
    good = tmp_path / "score.json"
    good.write_text(json.dumps(SCORE), encoding="utf-8")
    assert refresh_docs.main([str(good), "--readme", str(readme), "--errors", str(errors)]) == 0
    assert "| fact F1 |" in readme.read_text(encoding="utf-8") and "wrong metric" in errors.read_text(encoding="utf-8")

    bare = tmp_path / "bare.json"
    bare.write_text(json.dumps({k: v for k, v in SCORE.items() if k != "dev_missed"}), encoding="utf-8")
    before = errors.read_text(encoding="utf-8")
    assert refresh_docs.main([str(bare), "--readme", str(readme), "--errors", str(errors)]) == 2
    assert "without --no-lists" in capsys.readouterr().err and errors.read_text(encoding="utf-8") == before
