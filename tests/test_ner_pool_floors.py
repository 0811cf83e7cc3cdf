"""The entity stage as `extract` runs it, held at floors just under today's strict F1 on each part of the NER pool's
held-out sentences (never trained on): a change that loses names on text the rules were not written for fails.

Issue 17 asks for 0.85 and never below the model alone; today the pipeline scores 0.805 (MSRA/People's Daily) and
0.671 (CLUENER) against the CRF's 0.859 and 0.735 (README, "NER"). Raise a floor when its figure improves for good;
never lower one to let a change through.
"""

from __future__ import annotations

import pytest

from pipeline.api import PIPE_CONFIGS, PIPE_NAMES
from pipeline.ner.train import NER_POOL, SpanScore, read_pool, splits

# part -> label -> strict F1 floor (thirtieth session: MSRA/PD 0.805, PER 0.853, ORG 0.748, LOC 0.816; CLUENER
# 0.671, PER 0.796, ORG 0.751, LOC 0.469)
FLOORS = {
    "msra_pd": {"ALL": 0.785, "PER": 0.84, "ORG": 0.73, "LOC": 0.80},
    "cluener": {"ALL": 0.65, "PER": 0.78, "ORG": 0.735, "LOC": 0.45},
}


@pytest.fixture(scope="module")
def scores() -> dict[str, SpanScore]:
    if not NER_POOL.is_dir():
        pytest.skip("needs ../shared/data/ner")
    import pipeline.components.entity_rules  # noqa: F401  (these imports register the factories)
    import pipeline.components.ner  # noqa: F401
    from pipeline.text.segment import blank_nlp

    nlp = blank_nlp()
    for name in PIPE_NAMES:
        if name in ("zhfacts_entity_rules", "zhfacts_ner"):
            nlp.add_pipe(name, config=PIPE_CONFIGS.get(name, {}))
    out = {part: SpanScore() for part in FLOORS}
    for sentence in splits(read_pool(NER_POOL))["held_out"]:
        out[sentence.part].add(sentence.spans, nlp(sentence.text)._.entity_spans or [])
    return out


@pytest.mark.parametrize(("part", "label"), [(p, lab) for p, labels in FLOORS.items() for lab in labels])
def test_the_pipeline_keeps_its_strict_f1_on_the_held_out_pool(scores, part, label):
    f1 = scores[part].strict[label].f1
    assert f1 >= FLOORS[part][label], f"{part} {label}: {f1:.3f} < {FLOORS[part][label]}"
