"""How far a macro figure could move with another draw of articles: a bootstrap interval over articles.

A split of 58 articles gives a mean that another 58 articles of the same kind would not repeat exactly. Resampling
the articles with replacement shows the spread; the interval is read off the resampled means. It is fixed for a
given list of values (a seeded generator), so two runs of `zhfacts score` on the same output print the same interval.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy

LEVEL = 0.95
RESAMPLES = 2000
SEED = 20261205
MIN_VALUES = 10  # below this the resampled means spread too little: the interval would claim more than it knows


def bootstrap_interval(values: Sequence[float], *, level: float = LEVEL, resamples: int = RESAMPLES,
                       seed: int = SEED) -> tuple[float, float] | None:
    """The central `level` interval of the mean of `values` over `resamples` resamples with replacement (the
    percentile bootstrap); None for fewer than `MIN_VALUES` values, too few for the resamples to show the spread."""
    if not 0 < level < 1:
        raise ValueError(f"level must lie between 0 and 1, not {level}")
    if len(values) < MIN_VALUES:
        return None
    data = numpy.asarray(values, dtype=float)
    draws = numpy.random.default_rng(seed).integers(0, len(data), size=(resamples, len(data)))
    means = data[draws].mean(axis=1)
    tail = (1 - level) / 2 * 100
    low, high = numpy.percentile(means, [tail, 100 - tail])
    return float(low), float(high)
