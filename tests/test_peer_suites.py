"""Other projects' Chinese number tests (../shared/data/peer-suites) as a regression for `pipeline.quantities`.

A deterministic sample of every suite must come out exactly as expected, except where a deliberate difference
(listed in benchmarks/peer_suites.py) explains the miss; and over whole suites the scores stay where they stand.
Recognizers-Text itself and timing are left to the benchmark.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
SUITES = SHARED / "data" / "peer-suites"
pytestmark = pytest.mark.skipif(not SUITES.is_dir(), reason="../shared/data/peer-suites is not present")


def _bench():
    spec = importlib.util.spec_from_file_location("peer_suites", ROOT / "benchmarks" / "peer_suites.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up while they are built
    spec.loader.exec_module(module)
    return module


bench = _bench()
CASES = bench.load_cases(SHARED) if SUITES.is_dir() else []
SAMPLE = [c for c in CASES if not c.rejection][::3]  # every third case of every suite, in file order


@pytest.mark.parametrize("case", SAMPLE, ids=[f"{c.suite}:{c.text[:24]}" for c in SAMPLE])
def test_sampled_case(case) -> None:
    import pipeline

    out = bench.match(case, bench.predictions(pipeline.quantities(case.text)))
    unexplained = [f"missed {e.text!r}" for e in out.missed if not bench.explain_miss(case, e)]
    unexplained += [f"spurious {p.text!r} = {p.value}" for p in out.spurious
                    if not bench.explain_spurious(case, p, out.missed)]
    assert not unexplained, unexplained


def test_every_suite_is_sampled() -> None:
    assert {c.suite for c in SAMPLE} >= {"NumberModel", "PercentModel", "NumberRangeModel", "CurrencyModel",
                                         "cn2an_strict", "cn2an_normal", "takeNumberFromString", "parse_money"}


@pytest.fixture(scope="module")
def scores():
    return bench.run(CASES, rt=None)


def test_scores_stay_where_they_stand(scores) -> None:
    """Issue 18's targets as floors (RT 0.98: today 0.981; cn2an and JioNLP a little under today's 1.000 and 0.981,
    above their targets of 0.97 and 0.95; chinese2digits 0.800, which has none)."""
    floors = {"RT all specs (F1)": 0.98, "cn2an strict+normal+smart (F1)": 0.99, "jionlp parse_money (values)": 0.97}
    achieved = {label: score for label, _, score, _ in bench.gates(scores)}
    assert {label: achieved[label] for label in floors if achieved[label] < floors[label]} == {}
    # chinese2digits has no target (the differences listed in the benchmark); this guards against a regression only
    assert scores.ours["chinese2digits"].f1 >= 0.78


def test_cn2an_rejections(scores) -> None:
    assert scores.ours["cn2an_error (parse_number rejects)"].accuracy == 1.0


def test_every_miss_is_a_listed_difference(scores) -> None:
    assert [(c.text, what, text) for c, what, text, reason in scores.misses if not reason] == []
