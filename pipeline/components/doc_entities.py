"""Entities on a Doc: the exact spans in `doc._.entity_spans`, token-expanded ones in `doc.ents`."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

import pipeline.components.contract  # noqa: F401  (registers doc._.entity_spans)
from pipeline.entities import LabelledSpan, merge_spans


def annotate(doc: Doc, spans: Iterable[LabelledSpan], *, overwrite: bool = False,
             sure: Iterable[LabelledSpan] = ()) -> Doc:
    """Write `spans` into `doc._.entity_spans` (exact) and `doc.ents` (token-expanded, non-colliding), merged with
    the entities already there by `merge_spans` (`sure`: those of `spans` the model is sure of)."""
    if doc._.entity_spans is not None:
        existing = list(doc._.entity_spans)
    else:
        existing = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    merged = merge_spans(existing, spans, text=doc.text, overwrite=overwrite, sure=sure)
    doc._.entity_spans = merged
    ents: list[Span] = []
    used = bytearray(len(doc))
    for s, e, label in merged:
        span = doc.char_span(s, e, label=label, alignment_mode="expand")
        if span is None or any(used[span.start : span.end]):
            continue
        used[span.start : span.end] = b"\x01" * (span.end - span.start)
        ents.append(span)
    doc.ents = sorted(ents, key=lambda sp: sp.start)
    return doc
