"""The NER features (pipeline/ner/features.py): the strings crfsuite trains on, and the same as model rows."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest

from pipeline.components.ner import tagged_spans
from pipeline.ner import tagger as ner
from pipeline.ner.features import FeatureIndex, char_features, feature_lexicon
from pipeline.text.segment import blank_nlp

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def test_features_one_per_character_and_lexicon_flags():
    text = "记者王小明在长沙"
    feats = char_features(text, [(0, 2, "n"), (2, 5, "nr"), (5, 6, "p"), (6, 8, "ns")], "N:")
    assert len(feats) == len(text)
    assert b"tiL" in feats[2]  # a title ends right before 王
    assert b"sn" in feats[2]  # 王 is a surname
    assert b"gzB" in feats[6] and b"gzE" in feats[7]  # 长沙 is in the gazetteer
    assert b"w=Bnr" in feats[2] and b"w=Enr" in feats[4]


def lines_of(texts: list[str]) -> list[tuple[str, list[tuple[int, int, str]]]]:
    nlp = blank_nlp()
    out = []
    for text in texts:
        doc = nlp.make_doc(text)
        out += [(line, toks) for _, line, toks in ner.line_tokens(doc._.zh_text, tagged_spans(doc))]
    return out


def random_texts(seed: int, count: int) -> list[str]:
    """Mixed scripts, digits, Latin, spaces, full-width forms and characters beyond the BMP."""
    rng = random.Random(seed)
    alphabet = "长沙市王小明在公司发布了新品研发中心亿元%12345ABCxyz 　，。、「」（）\t𠀋𡈽😀"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80))) for _ in range(count)]


@pytest.mark.parametrize("style", sorted(ner.STYLES))
def test_index_gives_the_rows_of_the_feature_strings(style):
    """FeatureIndex.columns must be char_features looked up in the model, attribute for attribute, in order."""
    tagger = ner.bundled_tagger()
    model, index = tagger.model, tagger._index(style)
    lines = lines_of([next(CORPUS.glob("*.txt")).read_text(encoding="utf-8"), *random_texts(3, 60)])
    columns = index.columns(lines)
    rows = [
        [model.attributes.get(a, model.unknown) for a in attrs]
        for text, tokens in lines
        for attrs in char_features(text, tokens, ner.STYLES[style])
    ]
    width = max(map(len, rows))
    expected = [[row[k] if k < len(row) else model.unknown for row in rows] for k in range(width)]
    assert [c.tolist() for c in columns] == expected
    assert width > 13  # some characters carry lexicon flags (a place, a surname): the ranked columns are tested
    known = np.concatenate(columns[:13]) != model.unknown
    assert known.mean() > 0.5  # the model knows most attributes of news text: the keys do match


def test_index_of_a_model_without_styles_has_no_style_columns():
    attributes = {"c=王".encode(): 0, "lc=\x02王".encode(): 1, b"w=Snr": 2}
    index = FeatureIndex(attributes, 3, "", feature_lexicon())
    columns = index.columns([("王", [(0, 1, "nr")])])
    assert [c.tolist() for c in columns] == [[0], [3], [3], [1], [3], [3], [3], [2], [3], [3], [3]]  # + 'sn' (王)
