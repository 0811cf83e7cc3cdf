"""Scoring a corpus folder against a gold folder: extraction (or CSVs already written), gold, and the scorer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pipeline.eval.gold import load_gold_dir, read_entities, read_facts
from pipeline.eval.score import ScoreReport, score

THRESHOLD_NAMES = {"quantity": "quantity F1", "fact": "fact F1", "entity": "entity strict F1"}


@dataclass(frozen=True)
class Evaluation:
    """A score report with the thresholds it can fail."""

    report: ScoreReport

    def f1(self, what: str) -> float:
        overall = self.report.overall
        prf = {"quantity": overall.quantities, "fact": overall.facts, "entity": overall.entities_strict}[what]
        return prf.f1 if prf is not None else 0.0

    def below(self, thresholds: dict[str, float | None]) -> list[str]:
        """A message for each score under its threshold (thresholds of None are not checked)."""
        return [
            f"{THRESHOLD_NAMES[what]} {self.f1(what):.3f} is below {minimum:.3f}"
            for what, minimum in thresholds.items()
            if minimum is not None and self.f1(what) < minimum
        ]

    def format(self, *, lists: bool = True) -> str:
        return self.report.format(lists=lists)


def evaluate(corpus: Path, gold: Path, *, facts_path: Path | None = None,
             entities_path: Path | None = None) -> Evaluation:
    """Score every document that has gold; predictions come from `facts_path`/`entities_path` or a fresh run."""
    from pipeline.api import extract

    docs = load_gold_dir(gold, corpus)
    gold_facts = [row for doc in docs.values() for row in doc.facts]
    gold_entities = [row for doc in docs.values() for row in doc.entities]
    if facts_path is not None and entities_path is not None:
        pred_facts = [r for r in read_facts(facts_path, alternatives=False) if r["doc_id"] in docs]
        pred_entities = [r for r in read_entities(entities_path) if r["doc_id"] in docs]
    else:
        pred_facts, pred_entities = [], []
        for doc_id, doc in docs.items():
            result = extract(doc.text, doc_id=doc_id)
            pred_facts += result.facts
            pred_entities += result.entities
    return Evaluation(score(gold_facts, pred_facts, gold_entities, pred_entities))
