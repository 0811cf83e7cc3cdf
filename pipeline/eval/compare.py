"""How gold and predicted rows are compared, exactly as ../shared/ANNOTATION.md ("Scoring") says.

Every comparison runs on normalised text (NFKC, simplified script, no spaces, punctuation or quotation
brackets), so that script and typography never decide a match. Pairs are matched one to one by a maximum
bipartite matching (Hopcroft–Karp): greedy first-come pairing under-counts when one gold row overlaps two
predictions. Matching only ever happens within a doc_id.
"""

from __future__ import annotations

import dataclasses
import math
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from pipeline.text.convert import to_simplified

REL_TOL = 1e-6
DICE_THRESHOLD = 0.5
ALTERNATIVE_SEP = "|"
EMPTY_MARK = "-"

# Punctuation that carries meaning in a unit (%, ‰, 元/人) survives normalisation; all else goes.
_KEEP = frozenset("%‰‱/")
_QUOTES = frozenset("「」『』“”‘’《》〈〉【】〔〕〖〗\"'`")


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


def period_agrees(gold: tuple[str, ...], pred: str) -> bool:
    """Normalised periods agree when equal or one contains the other, against any gold alternative; both empty
    agree, one empty does not. Gold lists period alternatives as it does a metric's (`-|2031年一季度`: no period, or
    that quarter; gold/README's decisions use them), though ANNOTATION v2 names them only for metric, unit, currency
    and subject: gold without `|` in its periods scores as the guide says."""
    return any(alt in pred or pred in alt if alt and pred else alt == pred for alt in gold)


def subject_agrees(gold: tuple[str, ...], pred: str) -> bool:
    """A predicted subject agrees with gold when it matches one alternative as a metric would (containment or
    Dice ≥ 0.5); both empty agree."""
    return any(metric_similar(alt, pred) for alt in gold)


def values_agree(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=0.0)


def alternatives(raw: str | None) -> tuple[str, ...]:
    """The normalised alternatives of a gold cell: `|` separates them and `-` stands for empty."""
    parts = (raw or "").split(ALTERNATIVE_SEP)
    return tuple(dict.fromkeys("" if p.strip() == EMPTY_MARK else normalize(p) for p in parts))


# ---------------------------------------------------------------- rows prepared for comparison


@dataclass(frozen=True)
class QuantityRow:
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
    periods: tuple[str, ...]
    section: str
    subjects: tuple[str, ...]
    has_subject: bool  # the row has a subject column (v2 gold, or a prediction that states one)
    row: Mapping = dataclasses.field(compare=False, repr=False)


@dataclass(frozen=True)
class EntityRow:
    doc_id: str
    start: int
    end: int
    label: str
    row: Mapping = dataclasses.field(compare=False, repr=False)


def _as_mapping(row: Any) -> Mapping:
    return row if isinstance(row, Mapping) else dataclasses.asdict(row)


def _number(raw: Any) -> float | None:
    return None if raw is None or raw == "" else float(raw)


def quantity_row(raw: Any, gold: bool) -> QuantityRow:
    """Predictions are taken literally; only gold cells are split into alternatives."""
    row = _as_mapping(raw)
    alts = alternatives if gold else (lambda cell: (normalize(cell or ""),))
    return QuantityRow(
        doc_id=str(row["doc_id"]), start=int(row["start"]), end=int(row["end"]),
        value=float(row["value"]), value_max=_number(row.get("value_max")), role=str(row["role"]),
        units=alts(row.get("unit")), currencies=alts(row.get("currency")), metrics=alts(row.get("metric")),
        qualifier=str(row.get("qualifier") or ""), periods=alts(row.get("period")),
        section=normalize(row.get("section") or ""), subjects=alts(row.get("subject")),
        has_subject="subject" in row, row=row,
    )


def entity_row(raw: Any) -> EntityRow:
    row = _as_mapping(raw)
    return EntityRow(str(row["doc_id"]), int(row["start"]), int(row["end"]), str(row["label"]), row)


def overlaps(a: QuantityRow | EntityRow, b: QuantityRow | EntityRow) -> bool:
    return a.start < b.end and b.start < a.end


def quantity_match(gold: QuantityRow, pred: QuantityRow) -> bool:
    """Spans overlap, roles equal, values (both ends) equal, units agree except for ranks."""
    return (
        gold.doc_id == pred.doc_id
        and overlaps(gold, pred)
        and gold.role == pred.role
        and same_values(gold, pred)
        and (gold.role == "rank" or pred.units[0] in gold.units)
    )


def fact_match(gold: QuantityRow, pred: QuantityRow) -> bool:
    return quantity_match(gold, pred) and metric_matches(gold, pred)


def metric_matches(gold: QuantityRow, pred: QuantityRow) -> bool:
    return any(metric_similar(alt, pred.metrics[0]) for alt in gold.metrics)


def quantity_faults(gold: QuantityRow, pred: QuantityRow) -> list[str]:
    """Why a pair is not a quantity match (empty when it is); also the explanation shown beside misses."""
    faults = []
    if gold.doc_id != pred.doc_id or not overlaps(gold, pred):
        faults.append("spans do not overlap")
    if gold.role != pred.role:
        faults.append(f"role {pred.role} vs gold {gold.role}")
    if not same_values(gold, pred):
        faults.append(f"value {range_text(pred)} vs gold {range_text(gold)}")
    if gold.role != "rank" and pred.units[0] not in gold.units:
        faults.append(f"unit {pred.units[0] or '-'!r} vs gold {alternatives_text(gold.units)}")
    return faults


def same_values(gold: QuantityRow, pred: QuantityRow) -> bool:
    """Value and (for a range) value_max agree."""
    if not values_agree(gold.value, pred.value):
        return False
    if gold.value_max is None or pred.value_max is None:
        return gold.value_max is None and pred.value_max is None
    return values_agree(gold.value_max, pred.value_max)


def entity_strict(gold: EntityRow, pred: EntityRow) -> bool:
    return (gold.doc_id, gold.start, gold.end, gold.label) == (pred.doc_id, pred.start, pred.end, pred.label)


def entity_partial(gold: EntityRow, pred: EntityRow) -> bool:
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


def match(gold: Sequence, pred: Sequence, accept: Callable, prefer: Callable) -> list[tuple[int, int]]:
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


def closeness(gold: QuantityRow | EntityRow, pred: QuantityRow | EntityRow) -> tuple[bool, int]:
    """Prefer the same span, then the largest overlap."""
    shared = min(gold.end, pred.end) - max(gold.start, pred.start)
    return (gold.start, gold.end) != (pred.start, pred.end), -shared


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)


def range_text(q: QuantityRow) -> str:
    return number_text(q.value) + (f"..{number_text(q.value_max)}" if q.value_max is not None else "")


def alternatives_text(alts: tuple[str, ...]) -> str:
    return "|".join(a or "-" for a in alts)
