"""The CRF inference of pipeline/ner/crf.py against crfsuite's own tagger, on a toy model and the shipped one.

crfsuite (python-crfsuite) stays the reference: it trains the model, and here it tags the same inputs, so any
difference in reading the file, summing scores, breaking ties or computing marginals shows.
"""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pycrfsuite
import pytest

from pipeline.components.ner import tagged_spans
from pipeline.ner import tagger as ner
from pipeline.ner.crf import CRFModel, ModelFileError
from pipeline.ner.features import char_features
from pipeline.text.segment import blank_nlp

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
LABELS = ["O", "B", "I", "E", "S"]
ATTRS = [f"a{i}" for i in range(40)]


def scores_of(model: CRFModel, items: list[list[str]]) -> np.ndarray:
    """Per-item scores, each item's attributes in order (ranked columns, as the NER tagger builds them)."""
    width = max(map(len, items))
    columns = [
        [model.attributes.get(item[k].encode(), model.unknown) if k < len(item) else model.unknown for item in items]
        for k in range(width)
    ]
    return model.scores(columns)


@pytest.fixture(scope="module")
def toy(tmp_path_factory) -> Path:
    """A small crfsuite model over random attributes (deterministic: seeded data, L-BFGS)."""
    rng = random.Random(7)
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(60):
        n = rng.randint(1, 12)
        trainer.append([rng.sample(ATTRS, rng.randint(1, 4)) for _ in range(n)], rng.choices(LABELS, k=n))
    trainer.set_params({"max_iterations": 40, "c2": 0.01})
    path = tmp_path_factory.mktemp("crf") / "toy.crfsuite"
    trainer.train(str(path))
    return path


def test_reads_labels_and_weights_exactly_as_crfsuite_reports_them(toy):
    model = CRFModel.read(toy)
    info = pycrfsuite.Tagger()
    info.open(str(toy))
    report = info.info()
    assert set(model.labels) == set(LABELS)
    assert len(report.state_features) == np.count_nonzero(model.state)
    for (attr, label), weight in report.state_features.items():
        row = model.attributes[attr.encode()]
        assert model.state[row, model.labels.index(label)] == pytest.approx(weight, abs=1e-6)
    for (a, b), weight in report.transitions.items():
        assert model.transitions[model.labels.index(a), model.labels.index(b)] == pytest.approx(weight, abs=1e-6)
    assert not model.state[model.unknown].any()  # the row of an unknown attribute adds nothing


def test_viterbi_and_marginals_match_crfsuite_on_random_sequences(toy):
    model = CRFModel.read(toy)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(toy))
    rng = random.Random(11)
    sequences = [
        [rng.sample(ATTRS + ["never-seen"], rng.randint(0, 5)) for _ in range(rng.randint(0, 15))] for _ in range(200)
    ]
    items = [item for seq in sequences for item in seq]
    bounds, start = [], 0
    for seq in sequences:
        bounds.append((start, start + len(seq)))
        start += len(seq)
    scores = scores_of(model, items)
    best = model.viterbi(scores, bounds)
    probs = model.marginals(scores, bounds)
    for seq, (s, e) in zip(sequences, bounds):
        expected = tagger.tag(seq)
        assert [model.labels[k] for k in best[s:e]] == expected
        for t in range(len(seq)):
            for j, label in enumerate(model.labels):
                assert probs[s + t, j] == pytest.approx(tagger.marginal(label, t), abs=1e-12)


def test_ties_go_to_the_first_label_as_in_crfsuite(toy):
    model = CRFModel.read(toy)
    flat = np.zeros((4, len(model.labels)))
    zero_transitions = CRFModel(model.labels, model.attributes, model.state, np.zeros_like(model.transitions))
    assert zero_transitions.viterbi(flat, [(0, 4)]).tolist() == [0, 0, 0, 0]


def test_a_file_that_is_not_a_model_is_refused_with_its_name(tmp_path):
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all")
    with pytest.raises(ModelFileError, match="bad.crfsuite"):
        CRFModel.read(bad)
    truncated = tmp_path / "cut.crfsuite"
    truncated.write_bytes(ner.bundled_model_path().read_bytes()[:5000])
    with pytest.raises(ModelFileError, match="cut.crfsuite"):
        CRFModel.read(truncated)


@pytest.fixture(scope="module")
def article_lines() -> list[tuple[str, list[tuple[int, int, str]]]]:
    """The bundled article's lines with their jieba tokens, as the NER component tags them."""
    doc = blank_nlp().make_doc(next(CORPUS.glob("*.txt")).read_text(encoding="utf-8"))
    return [(line, toks) for _, line, toks in ner.line_tokens(doc._.zh_text, tagged_spans(doc))]


@pytest.mark.parametrize("style", sorted(ner.STYLES))
def test_shipped_model_tags_the_bundled_article_as_crfsuite_does(style, article_lines):
    lines = article_lines
    reference = pycrfsuite.Tagger()
    reference.open(str(ner.bundled_model_path()))
    expected = [ner.decode(reference.tag(char_features(line, toks, ner.STYLES[style]))) for line, toks in lines]
    assert ner.bundled_tagger().line_spans(lines, style) == expected
    assert any(expected)


def test_without_the_native_search_crfsuite_tagger_gives_the_same_spans(monkeypatch, article_lines):
    lines = article_lines
    tagger = ner.CRFTagger()
    fast = tagger.line_spans(lines, "cluener", min_confidence=0.95)
    monkeypatch.setattr(ner, "native_search", lambda: False)
    assert tagger.line_spans(lines, "cluener", min_confidence=0.95) == fast
    assert tagger._crfsuite is not None  # the fallback did run
    assert fast != tagger.line_spans(lines, "cluener")  # the threshold dropped some spans


def test_span_confidences_agree_without_the_native_search(monkeypatch, article_lines):
    tagger = ner.CRFTagger()
    fast = tagger.scored_spans(article_lines, "cluener")
    monkeypatch.setattr(ner, "native_search", lambda: False)
    slow = tagger.scored_spans(article_lines, "cluener")
    assert [[span[:3] for span in spans] for spans in fast] == [[span[:3] for span in spans] for spans in slow]
    pairs = [(a[3], b[3]) for x, y in zip(fast, slow) for a, b in zip(x, y)]
    assert pairs and all(abs(a - b) < 1e-6 and 0.0 <= a <= 1.0 for a, b in pairs)
