"""The merge policy of model and rules: one side keeps its spans, the other fills only the gaps."""

from __future__ import annotations

from collections.abc import Iterable

LabelledSpan = tuple[int, int, str]  # (start, end, label)


def merge_spans(existing: Iterable[LabelledSpan], new: Iterable[LabelledSpan], *,
                overwrite: bool = False) -> list[LabelledSpan]:
    """Existing spans plus the new ones that overlap none of them; `overwrite` swaps the priority.

    Why: a trained NER and these rules both write entities; one side keeps its spans, the other fills
    only the gaps, so the two never produce overlapping entities.
    """
    first, second = (list(new), list(existing)) if overwrite else (list(existing), list(new))
    size = max((e for _, e, _ in first + second), default=0)
    taken = bytearray(size)
    for s, e, _ in first:
        taken[s:e] = b"\x01" * (e - s)
    kept = list(first) + [span for span in second if not any(taken[span[0] : span[1]])]
    return sorted(set(kept))

