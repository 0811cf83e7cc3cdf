"""Scores of extracted facts and entities against gold: precision, recall and F1 for quantities, facts and entities,
attribute accuracies, and the rows that did not match. The criteria are in `compare`.

Per-role, per-label, per-document and scorecard figures restrict gold and predictions to the subset and match
again.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.eval.compare import (
    EntityRow,
    QuantityRow,
    closeness,
    entity_partial,
    entity_row,
    entity_strict,
    fact_match,
    match,
    metric_matches,
    normalize,
    number_text,
    overlaps,
    period_agrees,
    quantity_faults,
    quantity_match,
    quantity_row,
    subject_agrees,
)
from pipeline.records import ENTITY_LABELS, ROLES

SCORECARD_SECTION = "長沙打造全球研發中心成績單"


def _ratio(num: int, den: int, empty: float) -> float:
    return num / den if den else empty


@dataclass(frozen=True)
class PRF:
    """Counts and precision / recall / F1. With nothing predicted and nothing to find, all three are 1."""

    gold: int
    predicted: int
    matched: int

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted, float(self.gold == 0))

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold, float(self.predicted == 0))

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"gold": self.gold, "predicted": self.predicted, "matched": self.matched,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Accuracy:
    """Share of matched quantities whose attribute agrees; None when nothing matched."""

    correct: int
    total: int

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": self.accuracy}


@dataclass(frozen=True)
class Scores:
    """The figures for one subset (everything, one document, or the scorecard).

    Entities carry no section, so the scorecard's entity figures are None.
    """

    quantities: PRF
    facts: PRF
    entities_strict: PRF | None
    entities_partial: PRF | None
    qualifier: Accuracy
    currency: Accuracy
    period: Accuracy
    subject: Accuracy  # among matched facts whose gold states a subject column

    def as_dict(self) -> dict:
        return {f.name: _dict_or_none(getattr(self, f.name)) for f in dataclasses.fields(self)}


def _dict_or_none(value: PRF | Accuracy | None) -> dict | None:
    return None if value is None else value.as_dict()


@dataclass(frozen=True)
class ErrorRow:
    """A missed gold row or a spurious prediction, with what it was closest to and why that did not match."""

    kind: str  # "quantity", "fact" or "entity"
    doc_id: str
    start: int
    end: int
    text: str
    value: float | None = None
    value_max: float | None = None
    unit: str = ""
    role: str = ""
    metric: str = ""
    label: str = ""
    note: str = ""

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)

    def format(self) -> str:
        parts = [f"{self.doc_id} {self.start}:{self.end} 「{self.text}」"]
        if self.kind == "entity":
            parts.append(self.label)
        else:
            value = number_text(self.value)
            if self.value_max is not None:
                value += f"..{number_text(self.value_max)}"
            parts += [f"value={value}", f"unit={self.unit or '-'}", f"role={self.role}"]
            parts.append(f"metric={self.metric}")
        return " ".join(parts) + (f"  — {self.note}" if self.note else "")


@dataclass(frozen=True)
class ScoreReport:
    """Everything the scorer reports; `as_dict()` for JSON, `format()` for people."""

    overall: Scores
    scorecard: Scores
    by_role: dict[str, dict[str, PRF]]  # role → {"quantities", "facts"}
    by_label: dict[str, dict[str, PRF]]  # label → {"strict", "partial"}
    by_doc: dict[str, Scores]
    missed: dict[str, list[ErrorRow]]  # "quantities" / "facts" / "entities" → gold rows not matched
    spurious: dict[str, list[ErrorRow]]  # same keys → predictions not matched
    scorecard_section: str = SCORECARD_SECTION

    def as_dict(self) -> dict:
        return {
            "scorecard_section": self.scorecard_section,
            "overall": self.overall.as_dict(),
            "scorecard": self.scorecard.as_dict(),
            "by_role": {k: {n: prf.as_dict() for n, prf in v.items()} for k, v in self.by_role.items()},
            "by_label": {k: {n: prf.as_dict() for n, prf in v.items()} for k, v in self.by_label.items()},
            "by_doc": {k: v.as_dict() for k, v in self.by_doc.items()},
            "missed": {k: [e.as_dict() for e in v] for k, v in self.missed.items()},
            "spurious": {k: [e.as_dict() for e in v] for k, v in self.spurious.items()},
        }

    def format(self, *, lists: bool = True) -> str:
        """The scores as a table; with `lists`, then every missed and spurious row."""
        return _format_report(self, lists=lists)


# ---------------------------------------------------------------- scoring


def score(
    gold_facts: Iterable[Mapping],
    pred_facts: Iterable[Mapping],
    gold_entities: Iterable[Mapping],
    pred_entities: Iterable[Mapping],
    *,
    scorecard_section: str = SCORECARD_SECTION,
) -> ScoreReport:
    """Score predictions against gold (rows as `pipeline.eval.gold` reads them; several documents may be mixed)."""
    gq = [quantity_row(r, gold=True) for r in gold_facts]
    pq = [quantity_row(r, gold=False) for r in pred_facts]
    ge = [entity_row(r) for r in gold_entities]
    pe = [entity_row(r) for r in pred_entities]
    section = normalize(scorecard_section)
    in_card = [q for q in gq if q.section == section], [q for q in pq if q.section == section]
    return ScoreReport(
        overall=_scores(gq, pq, ge, pe),
        scorecard=_scores(*in_card, None, None),
        by_role={role: _role_scores(gq, pq, role) for role in _keys(ROLES, gq, pq, "role")},
        by_label={label: _label_scores(ge, pe, label) for label in _keys(ENTITY_LABELS, ge, pe, "label")},
        by_doc={doc: _scores(*_in_doc(doc, gq, pq, ge, pe)) for doc in _keys((), gq, pq + ge + pe, "doc_id")},
        missed=_errors(gq, pq, ge, pe, missed=True),
        spurious=_errors(gq, pq, ge, pe, missed=False),
        scorecard_section=scorecard_section,
    )


def _keys(known: Sequence[str], gold: Sequence, pred: Sequence, attr: str) -> list[str]:
    """The known keys in their order, then any other seen in the rows, sorted."""
    seen = {getattr(r, attr) for r in (*gold, *pred)}
    return [*known, *sorted(seen - set(known))]


def _in_doc(doc: str, *groups: Sequence) -> list[list]:
    return [[r for r in group if r.doc_id == doc] for group in groups]


def _scores(gq, pq, ge, pe) -> Scores:
    """All figures for one subset; `ge`/`pe` None when entities do not apply."""
    pairs = match(gq, pq, quantity_match, closeness)
    facts = match(gq, pq, fact_match, closeness)
    matched = [(gq[i], pq[j]) for i, j in pairs]
    return Scores(
        quantities=PRF(len(gq), len(pq), len(pairs)),
        facts=PRF(len(gq), len(pq), len(facts)),
        entities_strict=None if ge is None else _entity_prf(ge, pe, entity_strict),
        entities_partial=None if ge is None else _entity_prf(ge, pe, entity_partial),
        qualifier=_accuracy(matched, lambda g, p: g.qualifier == p.qualifier),
        currency=_accuracy(matched, lambda g, p: p.currencies[0] in g.currencies),
        period=_accuracy(matched, lambda g, p: period_agrees(g.periods, p.periods[0])),
        subject=_accuracy([(gq[i], pq[j]) for i, j in facts if gq[i].has_subject],
                          lambda g, p: subject_agrees(g.subjects, p.subjects[0])),
    )


def _entity_prf(ge: Sequence[EntityRow], pe: Sequence[EntityRow], accept: Callable) -> PRF:
    return PRF(len(ge), len(pe), len(match(ge, pe, accept, closeness)))


def _accuracy(pairs: Sequence[tuple[QuantityRow, QuantityRow]], agrees: Callable) -> Accuracy:
    return Accuracy(sum(1 for g, p in pairs if agrees(g, p)), len(pairs))


def _role_scores(gq, pq, role: str) -> dict[str, PRF]:
    g = [q for q in gq if q.role == role]
    p = [q for q in pq if q.role == role]
    return {"quantities": PRF(len(g), len(p), len(match(g, p, quantity_match, closeness))),
            "facts": PRF(len(g), len(p), len(match(g, p, fact_match, closeness)))}


def _label_scores(ge, pe, label: str) -> dict[str, PRF]:
    g = [e for e in ge if e.label == label]
    p = [e for e in pe if e.label == label]
    return {"strict": _entity_prf(g, p, entity_strict), "partial": _entity_prf(g, p, entity_partial)}


# ---------------------------------------------------------------- misses and spurious rows


def _errors(gq, pq, ge, pe, *, missed: bool) -> dict[str, list[ErrorRow]]:
    """Unmatched gold rows (missed) or predictions (spurious), each with a note on its nearest counterpart."""
    kinds = {
        "quantities": (gq, pq, quantity_match, "quantity"),
        "facts": (gq, pq, fact_match, "fact"),
        "entities": (ge, pe, entity_strict, "entity"),
    }
    out = {}
    for name, (gold, pred, accept, kind) in kinds.items():
        pairs = match(gold, pred, accept, closeness)
        used = {i for i, _ in pairs} if missed else {j for _, j in pairs}
        rows, others = (gold, pred) if missed else (pred, gold)
        out[name] = [
            _error_row(kind, r, _note(kind, r, others, missed))
            for k, r in enumerate(rows) if k not in used
        ]
    return out


def _error_row(kind: str, row: QuantityRow | EntityRow, note: str) -> ErrorRow:
    raw = row.row
    common = {"kind": kind, "doc_id": row.doc_id, "start": row.start, "end": row.end,
              "text": str(raw.get("text", "")), "note": note}
    if isinstance(row, EntityRow):
        return ErrorRow(label=row.label, **common)
    return ErrorRow(value=row.value, value_max=row.value_max, unit=str(raw.get("unit") or ""), role=row.role,
                    metric=str(raw.get("metric") or ""), **common)


def _note(kind: str, row, others: Sequence, missed: bool) -> str:
    """What the nearest overlapping row on the other side is, and what keeps the two apart."""
    side = "prediction" if missed else "gold"
    near = [o for o in others if o.doc_id == row.doc_id and overlaps(o, row)]
    if not near:
        return f"no {side} overlaps"
    other = min(near, key=lambda o: closeness(row, o))
    gold, pred = (row, other) if missed else (other, row)
    faults = _pair_faults(kind, gold, pred)
    where = f"{side} {other.start}:{other.end} 「{other.row.get('text', '')}」"
    return f"{where}: {'; '.join(faults)}" if faults else f"{where} is matched to another row"


def _pair_faults(kind: str, gold, pred) -> list[str]:
    if kind == "entity":
        faults = [] if (gold.start, gold.end) == (pred.start, pred.end) else ["span differs (partial match)"]
        return faults + ([] if gold.label == pred.label else [f"label {pred.label} vs gold {gold.label}"])
    faults = quantity_faults(gold, pred)
    if kind == "fact" and not metric_matches(gold, pred):
        faults.append(f"metric {pred.row.get('metric', '')!r} vs gold {gold.row.get('metric', '')!r}")
    return faults


# ---------------------------------------------------------------- text report


_HEADER = f"{'':<30}{'gold':>6}{'pred':>6}{'match':>6}{'P':>8}{'R':>8}{'F1':>8}"


def _line(name: str, prf: PRF | None) -> str:
    if prf is None:
        return f"{name:<30}{'-':>6}{'-':>6}{'-':>6}{'-':>8}{'-':>8}{'-':>8}"
    return (f"{name:<30}{prf.gold:>6}{prf.predicted:>6}{prf.matched:>6}"
            f"{prf.precision:>8.3f}{prf.recall:>8.3f}{prf.f1:>8.3f}")


def _acc_text(name: str, acc: Accuracy) -> str:
    value = "n/a" if acc.accuracy is None else f"{acc.accuracy:.3f}"
    return f"{name} {value} ({acc.correct}/{acc.total})"


def _block_lines(prefix: str, s: Scores) -> list[str]:
    return [_line(f"{prefix}quantities", s.quantities), _line(f"{prefix}facts", s.facts),
            _line(f"{prefix}entities strict", s.entities_strict),
            _line(f"{prefix}entities partial", s.entities_partial)]


def _format_report(r: ScoreReport, *, lists: bool) -> str:
    lines = [_HEADER, *_block_lines("", r.overall)]
    for role, prfs in r.by_role.items():
        lines += [_line(f"  {role}: {name}", prf) for name, prf in prfs.items()]
    for label, prfs in r.by_label.items():
        lines += [_line(f"  {label}: {name}", prf) for name, prf in prfs.items()]
    if r.scorecard.quantities.gold:  # only corpora with the scorecard article have one
        lines.append(f"scorecard ({r.scorecard_section}):")
        lines += _block_lines("  ", r.scorecard)[:2]
    for doc, s in r.by_doc.items():
        lines.append(f"{doc}:")
        lines += _block_lines("  ", s)
    o = r.overall
    accuracies = (("qualifier", o.qualifier), ("currency", o.currency), ("period", o.period))
    lines.append("among matched quantities: " + ", ".join(_acc_text(n, a) for n, a in accuracies))
    lines.append("among matched facts: " + _acc_text("subject", o.subject))
    for title, groups in (("missed", r.missed), ("spurious", r.spurious)) if lists else ():
        for kind, rows in groups.items():
            lines.append(f"\n{title} {kind} ({len(rows)}):")
            lines += [f"  {e.format()}" for e in rows]
    return "\n".join(lines)
