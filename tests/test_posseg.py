"""The faster Viterbi must give jieba.posseg's own words and tags, ties included."""

import json
from pathlib import Path

import jieba.posseg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.posseg import POSTokenizer, viterbi

ROOT = Path(__file__).resolve().parents[1]
NER_POOL = ROOT.parent / "shared" / "data" / "ner"
_MODEL = (jieba.posseg.char_state_tab_P, jieba.posseg.start_P, jieba.posseg.trans_P, jieba.posseg.emit_P)


def _same_as_jieba(chars: str) -> None:
    assert viterbi(chars) == jieba.posseg.viterbi(chars, *_MODEL), chars


@pytest.mark.parametrize("chars", ["卢静怡", "以用促研", "之都的", "团在铁建", "𠀀𠀁", "龘靐齉", "的的的的的的"])
def test_viterbi_matches_jieba(chars: str) -> None:
    _same_as_jieba(chars)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FD5), min_size=1, max_size=12))
def test_viterbi_matches_jieba_on_any_han_run(chars: str) -> None:
    _same_as_jieba(chars)


def test_tokenizer_matches_jieba_posseg() -> None:
    tagger = POSTokenizer(jieba.Tokenizer())
    reference = jieba.posseg.POSTokenizer(tagger.tokenizer)
    text = (ROOT / "corpus" / "changsha-global-rd-center.txt").read_text(encoding="utf-8")
    assert [tuple(p) for p in tagger.cut(text)] == [tuple(p) for p in reference.cut(text)]


@pytest.mark.skipif(not NER_POOL.is_dir(), reason="needs ../shared/data/ner")
def test_viterbi_matches_jieba_on_the_ner_pool() -> None:
    """Every run of unknown characters jieba's HMM sees in 2,000 pool sentences."""
    runs: list[str] = []
    original = jieba.posseg.viterbi

    def record(chars, *model):
        runs.append(chars)
        return original(chars, *model)

    tagger = jieba.posseg.POSTokenizer(jieba.Tokenizer())
    jieba.posseg.viterbi = record
    try:
        for path in sorted(NER_POOL.glob("*.jsonl")):
            with path.open(encoding="utf-8") as lines:
                for _, line in zip(range(700), lines):
                    list(tagger.cut(json.loads(line)["text"]))
    finally:
        jieba.posseg.viterbi = original
    assert len(runs) > 1000
    for chars in runs:
        _same_as_jieba(chars)
