"""Period: the time a figure refers to. The latest time phrase earlier in the paragraph (or in the label above a
scorecard figure) that is not a point of comparison (比上年, 较去年同期), or a duration that frames the figure."""

from __future__ import annotations

import bisect
import math

from pipeline.facts.lexicon import comparison_endings, period_pattern
from pipeline.numerals import Quantity

Span = tuple[int, int]
FROM_WORDS = ("从", "自", "由")  # 从2024年的25%提升至超三成: a change from one time's figure to another
TO_WORDS = ("至", "到")


def period_spans(text: str, frames: list[Span]) -> list[Span]:
    """Every time phrase of the text that can be a period, with the framing durations `frames`, sorted."""
    comparisons = comparison_endings()
    spans = []
    for m in period_pattern().finditer(text):
        before = text[max(m.start() - 4, 0) : m.start()]  # 比, 较 … 相较于
        if comparisons.longest_ending(before) is not None or (before[-1:].isdigit() and m.group().startswith("日")):
            continue  # 比上年: a point of comparison; 14日内: the end of a number
        spans.append(m.span())
    return sorted(spans + frames)


def period_for(q: Quantity, periods: list[Span], block_start: int, text: str) -> Span | None:
    """The last of the sorted `periods` that starts at or after `block_start` and ends by `q`, passing over the
    start of a change from one time to another (从2024年的25%提升至超三成: 超三成 is not 2024's)."""
    first = bisect.bisect_left(periods, (block_start,))
    for k in range(bisect.bisect_right(periods, (q.start, math.inf)) - 1, first - 1, -1):
        start, end = periods[k]
        if end > q.start:
            continue
        if text.startswith(FROM_WORDS, start) and any(w in text[end : q.start] for w in TO_WORDS):
            continue
        return periods[k]
    return None

