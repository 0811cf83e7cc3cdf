"""Candidates and the outermost selection: where rule candidates overlap, the longest name wins."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

LABEL_ORDER = {"ORG": 0, "LOC": 1, "PER": 2}  # an organisation named by its place (某某特别行政区) before the place


class Candidate(NamedTuple):
    """A name a rule proposes; `prio` breaks ties between equally long candidates."""

    start: int
    end: int
    label: str
    prio: int


def strictly_inside(inner: Candidate, outer: Candidate) -> bool:
    inside = outer.start <= inner.start and inner.end <= outer.end
    return inside and outer.end - outer.start > inner.end - inner.start


def select(cands: Iterable[Candidate], n: int, taken: Sequence[Candidate] = ()) -> list[Candidate]:
    """Greedy outermost selection: longer spans first, then higher priority, then earlier.

    A new candidate may replace `taken` spans only if it strictly contains all it overlaps
    (中国 -> 中国银行); it never displaces one chosen in the same call.
    """
    owner = [-1] * n
    chosen: dict[int, Candidate] = {}
    for k, c in enumerate(taken):
        owner[c.start : c.end] = [k] * (c.end - c.start)
        chosen[k] = c
    k = len(taken)
    # a candidate with the span of a taken one could never replace it (same size), so it is dropped before sorting
    taken_spans = {(c.start, c.end) for c in taken}
    fresh = {c for c in cands if (c.start, c.end) not in taken_spans}
    # the label last, so that two rules proposing one span with equal priority are settled the same way in every
    # run (a set's order changes with Python's string hashing)
    for c in sorted(fresh, key=lambda c: (-(c.end - c.start), -c.prio, c.start, LABEL_ORDER.get(c.label, 9))):
        if c.end <= c.start:
            continue
        hit = set(owner[c.start : c.end])
        hit.discard(-1)
        if hit and any(h >= len(taken) or not strictly_inside(chosen[h], c) for h in hit):
            continue
        for h in hit:
            del chosen[h]
        owner[c.start : c.end] = [k] * (c.end - c.start)
        chosen[k] = c
        k += 1
    return list(chosen.values())


