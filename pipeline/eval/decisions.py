"""Which decision loses which facts: each gold fact followed through the stages, on the dev split.

A gold fact is lost at the first stage that fails it, in the order the pipeline decides:
- `numerals`: no number expression overlaps it (the grammar did not read it);
- `keep`: a number expression overlaps it but no fact was kept there;
- `value`, `unit`: the kept fact's value (magnitude, range, sign) or unit differs;
- `role`: its role differs;
- `metric`: all of the above agree but the metric does not (a quantity match that is not a fact match).
The facts that are found are then checked attribute by attribute (qualifier, currency, period, subject), and the
kept facts that overlap no gold fact are counted as `keep` errors the other way (not facts at all).
Each decision is measured given the decisions before it: metric accuracy given a right quantity, and so on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pipeline.eval.compare import (
    QuantityRow,
    closeness,
    metric_matches,
    overlaps,
    period_agrees,
    quantity_row,
    same_values,
    subject_agrees,
)

STAGES = ("numerals", "keep", "value", "unit", "role", "metric")
ATTRIBUTES = ("qualifier", "currency", "period", "subject")


@dataclass
class DecisionTable:
    """Gold facts lost per stage, spurious facts, and attribute accuracy among the facts found."""

    gold: int = 0
    found: int = 0
    lost: Counter = field(default_factory=Counter)
    spurious: int = 0
    attributes: dict[str, list[int]] = field(default_factory=lambda: {a: [0, 0] for a in ATTRIBUTES})

    def as_dict(self) -> dict:
        return {"gold": self.gold, "found": self.found, "lost": {s: self.lost[s] for s in STAGES},
                "spurious": self.spurious,
                "attributes": {a: {"correct": c, "total": t, "accuracy": c / t if t else None}
                               for a, (c, t) in self.attributes.items()}}

    def format(self) -> str:
        lines = [f"gold facts {self.gold}, found {self.found}; lost at each decision (given the ones before it):"]
        lines += [f"  {stage:<10}{self.lost[stage]:>6}" for stage in STAGES]
        lines.append(f"  spurious  {self.spurious:>6}  (kept where gold has no fact)")
        lines.append("among facts found: " + ", ".join(
            f"{a} {c}/{t}" for a, (c, t) in self.attributes.items()))
        return "\n".join(lines)


def decision_table(gold_facts: Sequence[Mapping], quantities: Mapping[str, Sequence[tuple[int, int]]],
                   pred_facts: Sequence[Mapping]) -> DecisionTable:
    """`quantities` holds each document's number expressions as (start, end) spans (before `keep`)."""
    table = DecisionTable()
    gold = [quantity_row(r, gold=True) for r in gold_facts]
    pred = [quantity_row(r, gold=False) for r in pred_facts]
    for g in gold:
        table.gold += 1
        stage = _lost_at(g, quantities.get(g.doc_id, ()), [p for p in pred if p.doc_id == g.doc_id])
        if stage is None:
            table.found += 1
            p = min((p for p in pred if p.doc_id == g.doc_id and overlaps(g, p)), key=lambda p: closeness(g, p))
            _count_attributes(table, g, p)
        else:
            table.lost[stage] += 1
    table.spurious = sum(1 for p in pred if not any(g.doc_id == p.doc_id and overlaps(g, p) for g in gold))
    return table


def _lost_at(g: QuantityRow, spans: Sequence[tuple[int, int]], preds: list[QuantityRow]) -> str | None:
    if not any(s < g.end and g.start < e for s, e in spans):
        return "numerals"
    near = sorted((p for p in preds if overlaps(g, p)), key=lambda p: closeness(g, p))
    if not near:
        return "keep"
    checks = (("value", same_values), ("unit", lambda g, p: g.role == "rank" or p.units[0] in g.units),
              ("role", lambda g, p: g.role == p.role), ("metric", metric_matches))
    best_failure = None
    for p in near:  # the stage reached furthest by any overlapping prediction
        failure = next((stage for stage, ok in checks if not ok(g, p)), None)
        if failure is None:
            return None
        if best_failure is None or STAGES.index(failure) > STAGES.index(best_failure):
            best_failure = failure
    return best_failure




def _count_attributes(table: DecisionTable, g: QuantityRow, p: QuantityRow) -> None:
    agrees = {
        "qualifier": g.qualifier == p.qualifier,
        "currency": p.currencies[0] in g.currencies,
        "period": period_agrees(g.periods, p.periods[0]),
        "subject": subject_agrees(g.subjects, p.subjects[0]) if g.has_subject else None,
    }
    for name, ok in agrees.items():
        if ok is not None:
            table.attributes[name][0] += ok
            table.attributes[name][1] += 1
