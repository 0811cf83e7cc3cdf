"""Score extracted facts and entities against gold, exactly as ../shared/ANNOTATION.md ("Scoring") says.

Every comparison runs on normalised text (NFKC, simplified script, no spaces, punctuation or quotation
brackets), so that script and typography never decide a match. Pairs are matched one to one by a maximum
bipartite matching (Hopcroft–Karp): greedy first-come pairing under-counts when one gold row overlaps two
predictions. Matching only ever happens within a doc_id, and per-role / per-label / per-document / scorecard
figures restrict gold and predictions to the subset and match again.
"""

from __future__ import annotations

import dataclasses
import math
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.records import ENTITY_LABELS, ROLES
from pipeline.text.convert import to_simplified

SCORECARD_SECTION = "長沙打造全球研發中心成績單"
REL_TOL = 1e-6
DICE_THRESHOLD = 0.5
ALTERNATIVE_SEP = "|"
EMPTY_MARK = "-"

# Punctuation that carries meaning in a unit (%, ‰, 元/人) survives normalisation; all else goes.
_KEEP = frozenset("%‰‱/")
_QUOTES = frozenset("「」『』“”‘’《》〈〉【】〔〕〖〗\"'`")


# ---------------------------------------------------------------- normalisation and criteria


@lru_cache(maxsize=65536)
def normalize(text: str) -> str:
    """NFKC (full-width ％ → %), OpenCC t2s, then no spaces, punctuation or quotation brackets."""
    text = to_simplified(unicodedata.normalize("NFKC", text or ""))
    return "".join(ch for ch in text if ch in _KEEP or not _is_noise(ch))


def _is_noise(ch: str) -> bool:
    return ch.isspace() or ch in _QUOTES or unicodedata.category(ch)[0] in "PZC"


def dice(a: str, b: str) -> float:
    """Character-bigram Dice coefficient (bigrams counted as a multiset); 0 when either has no bigram."""
    x, y = _bigrams(a), _bigrams(b)
    total = sum(x.values()) + sum(y.values())
    return 2 * sum((x & y).values()) / total if total else 0.0


def _bigrams(text: str) -> Counter:
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


def metric_similar(gold: str, pred: str) -> bool:
    """Normalised metrics match when one contains the other or their Dice is ≥ 0.5.

    An empty metric matches only an empty one: containment of the empty string would make any metric match.
    """
    if not gold or not pred:
        return gold == pred
    return gold in pred or pred in gold or dice(gold, pred) >= DICE_THRESHOLD


def period_agrees(gold: str, pred: str) -> bool:
    """Normalised periods agree when equal or one contains the other; both empty agree, one empty does not."""
    if not gold or not pred:
        return gold == pred
    return gold in pred or pred in gold


def values_agree(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=0.0)


def alternatives(raw: str | None) -> tuple[str, ...]:
    """The normalised alternatives of a gold cell: `|` separates them and `-` stands for empty."""
    parts = (raw or "").split(ALTERNATIVE_SEP)
    return tuple(dict.fromkeys("" if p.strip() == EMPTY_MARK else normalize(p) for p in parts))


# ---------------------------------------------------------------- rows prepared for comparison


@dataclass(frozen=True)
class _Quantity:
    """A fact row with its comparable fields normalised once; gold keeps its alternatives."""

    doc_id: str
    start: int
    end: int
    value: float
    value_max: float | None
    role: str
    units: tuple[str, ...]
    currencies: tuple[str, ...]
    metrics: tuple[str, ...]
    qualifier: str
    period: str
    section: str
    row: Mapping = dataclasses.field(compare=False, repr=False)


@dataclass(frozen=True)
class _Entity:
    doc_id: str
    start: int
    end: int
    label: str
    row: Mapping = dataclasses.field(compare=False, repr=False)


def _as_mapping(row: Any) -> Mapping:
    return row if isinstance(row, Mapping) else dataclasses.asdict(row)


def _number(raw: Any) -> float | None:
    return None if raw is None or raw == "" else float(raw)


def _quantity(raw: Any, gold: bool) -> _Quantity:
    """Predictions are taken literally; only gold cells are split into alternatives."""
    row = _as_mapping(raw)
    alts = alternatives if gold else (lambda cell: (normalize(cell or ""),))
    return _Quantity(
        doc_id=str(row["doc_id"]), start=int(row["start"]), end=int(row["end"]),
        value=float(row["value"]), value_max=_number(row.get("value_max")), role=str(row["role"]),
        units=alts(row.get("unit")), currencies=alts(row.get("currency")), metrics=alts(row.get("metric")),
        qualifier=str(row.get("qualifier") or ""), period=normalize(row.get("period") or ""),
        section=normalize(row.get("section") or ""), row=row,
    )


def _entity(raw: Any) -> _Entity:
    row = _as_mapping(raw)
    return _Entity(str(row["doc_id"]), int(row["start"]), int(row["end"]), str(row["label"]), row)


def overlaps(a: _Quantity | _Entity, b: _Quantity | _Entity) -> bool:
    return a.start < b.end and b.start < a.end


def quantity_match(gold: _Quantity, pred: _Quantity) -> bool:
    """Spans overlap, roles equal, values (both ends) equal, units agree except for ranks."""
    return (
        gold.doc_id == pred.doc_id
        and overlaps(gold, pred)
        and gold.role == pred.role
        and _same_values(gold, pred)
        and (gold.role == "rank" or pred.units[0] in gold.units)
    )


def fact_match(gold: _Quantity, pred: _Quantity) -> bool:
    return quantity_match(gold, pred) and _metric_matches(gold, pred)


def _metric_matches(gold: _Quantity, pred: _Quantity) -> bool:
    return any(metric_similar(alt, pred.metrics[0]) for alt in gold.metrics)


def _quantity_faults(gold: _Quantity, pred: _Quantity) -> list[str]:
    """Why a pair is not a quantity match (empty when it is); also the explanation shown beside misses."""
    faults = []
    if gold.doc_id != pred.doc_id or not overlaps(gold, pred):
        faults.append("spans do not overlap")
    if gold.role != pred.role:
        faults.append(f"role {pred.role} vs gold {gold.role}")
    if not _same_values(gold, pred):
        faults.append(f"value {_range_text(pred)} vs gold {_range_text(gold)}")
    if gold.role != "rank" and pred.units[0] not in gold.units:
        faults.append(f"unit {pred.units[0] or '-'!r} vs gold {_alts_text(gold.units)}")
    return faults


def _same_values(gold: _Quantity, pred: _Quantity) -> bool:
    if not values_agree(gold.value, pred.value):
        return False
    if gold.value_max is None or pred.value_max is None:
        return gold.value_max is None and pred.value_max is None
    return values_agree(gold.value_max, pred.value_max)


def _entity_strict(gold: _Entity, pred: _Entity) -> bool:
    return (gold.doc_id, gold.start, gold.end, gold.label) == (pred.doc_id, pred.start, pred.end, pred.label)


def _entity_partial(gold: _Entity, pred: _Entity) -> bool:
    return gold.doc_id == pred.doc_id and gold.label == pred.label and overlaps(gold, pred)


# ---------------------------------------------------------------- maximum bipartite matching


def max_matching(adjacency: Sequence[Sequence[int]]) -> dict[int, int]:
    """Hopcroft–Karp: a maximum matching left → right, given each left vertex's neighbours.

    It starts from a greedy pass over the neighbours in the order given, so that, among maximum matchings,
    the pairs follow the caller's preference where they can.
    """
    match_l: dict[int, int] = {}
    match_r: dict[int, int] = {}
    for u, neighbours in enumerate(adjacency):
        free = next((v for v in neighbours if v not in match_r), None)
        if free is not None:
            match_l[u], match_r[free] = free, u
    while (dist := _layers(adjacency, match_l, match_r)) is not None:
        next_edge = [0] * len(adjacency)
        for u in range(len(adjacency)):
            if u not in match_l:
                _augment(u, adjacency, match_l, match_r, dist, next_edge)
    return match_l


def _layers(adjacency, match_l: dict[int, int], match_r: dict[int, int]) -> dict[int, int | None] | None:
    """BFS layers of left vertices along alternating paths from the free ones; None if no path augments."""
    dist: dict[int, int | None] = {u: 0 for u in range(len(adjacency)) if u not in match_l}
    queue, found = deque(dist), False
    while queue:
        u = queue.popleft()
        for v in adjacency[u]:
            w = match_r.get(v)
            if w is None:
                found = True
            elif w not in dist:
                dist[w] = dist[u] + 1
                queue.append(w)
    return dist if found else None


def _augment(root, adjacency, match_l, match_r, dist, next_edge) -> bool:
    """Iterative DFS along the layers from a free left vertex; flips the path once it reaches a free right."""
    stack = [root]
    while stack:
        u = stack[-1]
        edges, advanced = adjacency[u], False
        while next_edge[u] < len(edges):
            v = edges[next_edge[u]]
            next_edge[u] += 1
            w = match_r.get(v)
            if w is None:
                for x in stack:
                    y = adjacency[x][next_edge[x] - 1]
                    match_l[x], match_r[y] = y, x
                return True
            if dist.get(w) is not None and dist[w] == dist[u] + 1:
                stack.append(w)
                advanced = True
                break
        if not advanced:
            dist[u] = None
            stack.pop()
    return False


def _match(gold: Sequence, pred: Sequence, accept: Callable, prefer: Callable) -> list[tuple[int, int]]:
    """(gold index, prediction index) pairs of a maximum matching; only overlapping rows of a doc pair up."""
    nearby = _overlap_index(pred)
    adjacency = [
        sorted((j for j in nearby(g) if accept(g, pred[j])), key=lambda j, g=g: prefer(g, pred[j]))
        for g in gold
    ]
    return sorted(max_matching(adjacency).items())


def _overlap_index(rows: Sequence) -> Callable[[Any], list[int]]:
    """A lookup of the rows overlapping a span, so that matching a long article is not quadratic."""
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for j, r in enumerate(rows):
        by_doc[r.doc_id].append((r.start, j))
    for entries in by_doc.values():
        entries.sort()
    longest = max((r.end - r.start for r in rows), default=0)

    def nearby(span) -> list[int]:
        entries = by_doc.get(span.doc_id, [])
        lo = bisect_left(entries, (span.start - longest + 1, -1))
        hi = bisect_left(entries, (span.end, -1))
        return [j for _, j in entries[lo:hi] if overlaps(rows[j], span)]

    return nearby


def _closeness(gold: _Quantity | _Entity, pred: _Quantity | _Entity) -> tuple[bool, int]:
    """Prefer the same span, then the largest overlap."""
    shared = min(gold.end, pred.end) - max(gold.start, pred.start)
    return (gold.start, gold.end) != (pred.start, pred.end), -shared


# ---------------------------------------------------------------- report objects


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
            value = _num_text(self.value)
            if self.value_max is not None:
                value += f"..{_num_text(self.value_max)}"
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
    gq = [_quantity(r, gold=True) for r in gold_facts]
    pq = [_quantity(r, gold=False) for r in pred_facts]
    ge = [_entity(r) for r in gold_entities]
    pe = [_entity(r) for r in pred_entities]
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
    pairs = _match(gq, pq, quantity_match, _closeness)
    facts = _match(gq, pq, fact_match, _closeness)
    matched = [(gq[i], pq[j]) for i, j in pairs]
    return Scores(
        quantities=PRF(len(gq), len(pq), len(pairs)),
        facts=PRF(len(gq), len(pq), len(facts)),
        entities_strict=None if ge is None else _entity_prf(ge, pe, _entity_strict),
        entities_partial=None if ge is None else _entity_prf(ge, pe, _entity_partial),
        qualifier=_accuracy(matched, lambda g, p: g.qualifier == p.qualifier),
        currency=_accuracy(matched, lambda g, p: p.currencies[0] in g.currencies),
        period=_accuracy(matched, lambda g, p: period_agrees(g.period, p.period)),
    )


def _entity_prf(ge: Sequence[_Entity], pe: Sequence[_Entity], accept: Callable) -> PRF:
    return PRF(len(ge), len(pe), len(_match(ge, pe, accept, _closeness)))


def _accuracy(pairs: Sequence[tuple[_Quantity, _Quantity]], agrees: Callable) -> Accuracy:
    return Accuracy(sum(1 for g, p in pairs if agrees(g, p)), len(pairs))


def _role_scores(gq, pq, role: str) -> dict[str, PRF]:
    g = [q for q in gq if q.role == role]
    p = [q for q in pq if q.role == role]
    return {"quantities": PRF(len(g), len(p), len(_match(g, p, quantity_match, _closeness))),
            "facts": PRF(len(g), len(p), len(_match(g, p, fact_match, _closeness)))}


def _label_scores(ge, pe, label: str) -> dict[str, PRF]:
    g = [e for e in ge if e.label == label]
    p = [e for e in pe if e.label == label]
    return {"strict": _entity_prf(g, p, _entity_strict), "partial": _entity_prf(g, p, _entity_partial)}


# ---------------------------------------------------------------- misses and spurious rows


def _errors(gq, pq, ge, pe, *, missed: bool) -> dict[str, list[ErrorRow]]:
    """Unmatched gold rows (missed) or predictions (spurious), each with a note on its nearest counterpart."""
    kinds = {
        "quantities": (gq, pq, quantity_match, "quantity"),
        "facts": (gq, pq, fact_match, "fact"),
        "entities": (ge, pe, _entity_strict, "entity"),
    }
    out = {}
    for name, (gold, pred, accept, kind) in kinds.items():
        pairs = _match(gold, pred, accept, _closeness)
        used = {i for i, _ in pairs} if missed else {j for _, j in pairs}
        rows, others = (gold, pred) if missed else (pred, gold)
        out[name] = [
            _error_row(kind, r, _note(kind, r, others, missed))
            for k, r in enumerate(rows) if k not in used
        ]
    return out


def _error_row(kind: str, row: _Quantity | _Entity, note: str) -> ErrorRow:
    raw = row.row
    common = {"kind": kind, "doc_id": row.doc_id, "start": row.start, "end": row.end,
              "text": str(raw.get("text", "")), "note": note}
    if isinstance(row, _Entity):
        return ErrorRow(label=row.label, **common)
    return ErrorRow(value=row.value, value_max=row.value_max, unit=str(raw.get("unit") or ""), role=row.role,
                    metric=str(raw.get("metric") or ""), **common)


def _note(kind: str, row, others: Sequence, missed: bool) -> str:
    """What the nearest overlapping row on the other side is, and what keeps the two apart."""
    side = "prediction" if missed else "gold"
    near = [o for o in others if o.doc_id == row.doc_id and overlaps(o, row)]
    if not near:
        return f"no {side} overlaps"
    other = min(near, key=lambda o: _closeness(row, o))
    gold, pred = (row, other) if missed else (other, row)
    faults = _pair_faults(kind, gold, pred)
    where = f"{side} {other.start}:{other.end} 「{other.row.get('text', '')}」"
    return f"{where}: {'; '.join(faults)}" if faults else f"{where} is matched to another row"


def _pair_faults(kind: str, gold, pred) -> list[str]:
    if kind == "entity":
        faults = [] if (gold.start, gold.end) == (pred.start, pred.end) else ["span differs (partial match)"]
        return faults + ([] if gold.label == pred.label else [f"label {pred.label} vs gold {gold.label}"])
    faults = _quantity_faults(gold, pred)
    if kind == "fact" and not _metric_matches(gold, pred):
        faults.append(f"metric {pred.row.get('metric', '')!r} vs gold {gold.row.get('metric', '')!r}")
    return faults


# ---------------------------------------------------------------- text report


def _num_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)


def _range_text(q: _Quantity) -> str:
    return _num_text(q.value) + (f"..{_num_text(q.value_max)}" if q.value_max is not None else "")


def _alts_text(alts: tuple[str, ...]) -> str:
    return "|".join(a or "-" for a in alts)


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
    lines.append(f"scorecard ({r.scorecard_section}):")
    lines += _block_lines("  ", r.scorecard)[:2]
    for doc, s in r.by_doc.items():
        lines.append(f"{doc}:")
        lines += _block_lines("  ", s)
    o = r.overall
    accuracies = (("qualifier", o.qualifier), ("currency", o.currency), ("period", o.period))
    lines.append("among matched quantities: " + ", ".join(_acc_text(n, a) for n, a in accuracies))
    for title, groups in (("missed", r.missed), ("spurious", r.spurious)) if lists else ():
        for kind, rows in groups.items():
            lines.append(f"\n{title} {kind} ({len(rows)}):")
            lines += [f"  {e.format()}" for e in rows]
    return "\n".join(lines)
