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


@pytest.fixture(scope="module")
def taggers() -> tuple[POSTokenizer, jieba.posseg.POSTokenizer]:
    tagger = POSTokenizer(jieba.Tokenizer())
    return tagger, jieba.posseg.POSTokenizer(tagger.tokenizer)


def _same_words(taggers, text: str) -> None:
    tagger, reference = taggers
    assert tagger.tagged_words(text) == [tuple(p) for p in reference.cut(text)], text


def test_tagged_words_match_jieba_posseg(taggers) -> None:
    _same_words(taggers, (ROOT / "corpus" / "changsha-global-rd-center.txt").read_text(encoding="utf-8"))
    _same_words(taggers, "A股3.5%\r\n  iPhone15 Pro、C++ 和 #tag_1 於長沙 ！？ 卢静怡说 12.5万 x.y")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("长沙卢静怡的之都在铁建团机前下a1B. \n\r\t+#&_%-，。、"), max_size=30))
def test_tagged_words_match_jieba_posseg_on_any_mix(taggers, text: str) -> None:
    _same_words(taggers, text)


@pytest.mark.skipif(not NER_POOL.is_dir(), reason="needs ../shared/data/ner")
def test_words_and_viterbi_match_jieba_on_the_ner_pool(taggers) -> None:
    """2,100 pool sentences, and every run of unknown characters jieba's HMM sees in them."""
    runs: list[str] = []
    original = jieba.posseg.viterbi

    def record(chars, *model):
        runs.append(chars)
        return original(chars, *model)

    ours, reference = taggers
    jieba.posseg.viterbi = record
    try:
        for path in sorted(NER_POOL.glob("*.jsonl")):
            with path.open(encoding="utf-8") as lines:
                for _, line in zip(range(700), lines):
                    text = json.loads(line)["text"]
                    assert ours.tagged_words(text) == [tuple(p) for p in reference.cut(text)], text
    finally:
        jieba.posseg.viterbi = original
    assert len(runs) > 1000
    for chars in runs:
        _same_as_jieba(chars)
