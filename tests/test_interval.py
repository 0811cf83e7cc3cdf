"""The bootstrap interval of a macro figure: where another draw of articles could put the mean."""

from __future__ import annotations

from statistics import mean

import pytest

from pipeline.eval.interval import bootstrap_interval


def test_the_interval_holds_the_mean_and_is_the_same_on_every_run():
    values = [0.62, 0.91, 0.75, 0.88, 0.70, 0.95, 0.81, 0.58, 0.77, 0.84]
    low, high = bootstrap_interval(values)
    assert low < mean(values) < high
    assert min(values) < low and high < max(values)  # a mean spreads less than the values it averages
    assert bootstrap_interval(values) == (low, high)


def test_more_articles_of_the_same_spread_give_a_narrower_interval():
    few = [0.6, 0.9, 0.7, 0.8] * 3
    low_few, high_few = bootstrap_interval(few)
    low_many, high_many = bootstrap_interval(few * 25)
    assert high_many - low_many < (high_few - low_few) / 3


def test_values_all_alike_have_no_spread_and_fewer_than_ten_have_no_interval():
    assert bootstrap_interval([0.8] * 10) == pytest.approx((0.8, 0.8))
    assert bootstrap_interval([0.6, 0.9, 0.7, 0.8, 0.5, 0.95, 0.75, 0.85, 0.65]) is None  # nine: too few to tell
    assert bootstrap_interval([]) is None


def test_a_wider_level_gives_a_wider_interval_and_a_level_outside_zero_to_one_is_refused():
    values = [0.62, 0.91, 0.75, 0.88, 0.70, 0.95, 0.81, 0.58, 0.77, 0.84]
    low_90, high_90 = bootstrap_interval(values, level=0.9)
    low_99, high_99 = bootstrap_interval(values, level=0.99)
    assert low_99 <= low_90 and high_90 <= high_99
    with pytest.raises(ValueError, match="level"):
        bootstrap_interval(values, level=95)
