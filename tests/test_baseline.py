"""Comparing a run's per-article figures with an earlier run's: pairing, counts, and regressions beyond chance."""

from __future__ import annotations

import json

import pytest

from pipeline.eval.baseline import BaselineError, compare_runs, read_baseline, regressions


def _rows(split: str, fact_f1: list[float | None], **other: list) -> list[dict]:
    return [{"doc_id": f"{split}{i}", "split": split, "fact_f1": value, **{k: v[i] for k, v in other.items()}}
            for i, value in enumerate(fact_f1)]


def test_a_fall_on_most_articles_is_a_regression_and_one_article_among_many_is_not():
    """(Ten articles: fewer give no interval, so never a regression; see pipeline/eval/interval.py.)"""
    before = _rows("test", [0.8] * 10)
    most = compare_runs(_rows("test", [0.7] * 8 + [0.8, 0.9]), before)
    one = compare_runs(_rows("test", [0.5] + [0.8] * 9), before)
    (fell,), (single,) = most, one
    assert (fell.articles, fell.up, fell.down, fell.regressed) == (10, 1, 8, True)
    assert fell.change == pytest.approx(-0.07)
    assert fell.interval[0] <= fell.change <= fell.interval[1] < 0
    assert (single.down, single.regressed) == (1, False)  # resamples without that article show no change
    assert regressions(most) and "test fact F1 fell 0.800 → 0.730" in regressions(most)[0]
    assert regressions(one) == []


def test_only_articles_scored_in_both_runs_and_figures_defined_in_both_are_paired():
    before = _rows("dev", [0.5, 0.6, None]) + [{"doc_id": "gone", "split": "dev", "fact_f1": 0.0}]
    after = _rows("dev", [0.6, 0.6, 0.9]) + _rows("new", [1.0])
    (change,) = [c for c in compare_runs(after, before) if c.split == "dev"]
    assert (change.articles, change.before, change.after, change.up) == (2, 0.55, 0.6, 1)
    assert [c.split for c in compare_runs(after, before)] == ["dev"]  # the new article has no earlier row


def test_each_split_and_figure_is_compared_apart():
    before = _rows("dev", [0.9] * 10, period=[0.8] * 10) + _rows("test", [0.7] * 10, period=[0.6] * 10)
    after = _rows("dev", [0.9] * 10, period=[0.9] * 10) + _rows("test", [0.6] * 10, period=[0.6] * 10)
    changes = {(c.split, c.figure): c for c in compare_runs(after, before)}
    assert set(changes) == {("dev", "fact_f1"), ("dev", "period"), ("test", "fact_f1"), ("test", "period")}
    assert changes["dev", "period"].up == 10 and not changes["dev", "period"].regressed
    assert changes["test", "fact_f1"].regressed and not changes["test", "period"].regressed


def test_a_baseline_that_is_not_score_json_is_refused_naming_the_file(tmp_path):
    missing, text, other = tmp_path / "none.json", tmp_path / "notes.txt", tmp_path / "other.json"
    text.write_text("fact F1 0.75\n", encoding="utf-8")
    other.write_text(json.dumps({"splits": {}}), encoding="utf-8")
    for path, problem in ((missing, "cannot read"), (text, "not the JSON"), (other, "no per-article rows")):
        with pytest.raises(BaselineError, match=problem) as caught:
            read_baseline(path)
        assert str(path) in str(caught.value)
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"articles": _rows("dev", [0.5])}), encoding="utf-8")
    assert read_baseline(good)[0]["doc_id"] == "dev0"
