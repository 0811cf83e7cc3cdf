"""The faster Viterbi must give jieba.posseg's own words and tags, ties included."""

import json
from pathlib import Path

import jieba.posseg
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.text import posseg
from pipeline.text.posseg import POSTokenizer, viterbi

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


def test_block_patterns_are_jieba_posseg_s() -> None:
    """The copied regexes must stay those of the installed jieba.posseg."""
    ours = (posseg._HAN_INTERNAL, posseg._SKIP_INTERNAL, posseg._HAN_DETAIL, posseg._SKIP_DETAIL,
            posseg._NUM, posseg._ENG)
    jiebas = (jieba.posseg.re_han_internal, jieba.posseg.re_skip_internal, jieba.posseg.re_han_detail,
              jieba.posseg.re_skip_detail, jieba.posseg.re_num, jieba.posseg.re_eng)
    assert [(p.pattern, p.flags) for p in ours] == [(p.pattern, p.flags) for p in jiebas]


def test_hmm_tables_are_jieba_posseg_s() -> None:
    assert (posseg._STATES, posseg._START, posseg._TRANS, posseg._EMIT) == _MODEL
    assert posseg.MIN_FLOAT == jieba.posseg.viterbi.__globals__["MIN_FLOAT"]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    directory = tmp_path / "cache"
    directory.mkdir()
    monkeypatch.setattr(posseg, "_cache_dir", lambda: str(directory))
    return directory


def _default_dictionary() -> str:
    return posseg.dictionary_path(jieba.Tokenizer())


def test_word_tags_cache_is_built_then_read(cache_dir: Path, monkeypatch) -> None:
    assert posseg.load_word_tags(_default_dictionary()) == jieba.posseg.dt.word_tag_tab
    [cached] = cache_dir.iterdir()
    assert cached.name.startswith("jieba_posseg_tags.")

    def no_parsing(dictionary):
        raise AssertionError("parsed although cached")

    monkeypatch.setattr(posseg, "_parse_word_tags", no_parsing)
    assert posseg.load_word_tags(_default_dictionary()) == jieba.posseg.dt.word_tag_tab


@pytest.mark.parametrize("damage", ["truncate", "flip", "empty", "garbage"])
def test_damaged_word_tags_cache_is_rebuilt(cache_dir: Path, damage: str) -> None:
    posseg.load_word_tags(_default_dictionary())
    [cached] = cache_dir.iterdir()
    data = cached.read_bytes()
    damaged = {
        "truncate": data[: len(data) // 2],
        "flip": data[:1000] + bytes([data[1000] ^ 1]) + data[1001:],
        "empty": b"",
        "garbage": b"\x00\xff" * 100,
    }[damage]
    cached.write_bytes(damaged)
    assert posseg.load_word_tags(_default_dictionary()) == jieba.posseg.dt.word_tag_tab
    assert cached.read_bytes() == data


def test_word_tags_without_a_writable_cache_dir(tmp_path: Path, monkeypatch) -> None:
    """No cache directory, a file where it should be, or a rename refused (a read-only directory; chmod
    cannot make one for root): the table is still read, and no temporary file is left behind."""
    not_a_directory = tmp_path / "a file"
    not_a_directory.write_bytes(b"")
    for directory in (tmp_path / "no such directory", not_a_directory):
        monkeypatch.setattr(posseg, "_cache_dir", lambda directory=directory: str(directory))
        assert posseg.load_word_tags(_default_dictionary()) == jieba.posseg.dt.word_tag_tab

    refusing = tmp_path / "refusing"
    refusing.mkdir()
    monkeypatch.setattr(posseg, "_cache_dir", lambda: str(refusing))

    def refuse(source, target):
        raise PermissionError(13, "Permission denied", target)

    monkeypatch.setattr(posseg.os, "replace", refuse)
    assert posseg.load_word_tags(_default_dictionary()) == jieba.posseg.dt.word_tag_tab
    assert list(refusing.iterdir()) == []


def test_word_tags_of_another_dictionary(cache_dir: Path, tmp_path: Path) -> None:
    """A dictionary's cache is its own: a changed file is read afresh, and a bad line is reported as jieba does."""
    dictionary = tmp_path / "dict.txt"
    dictionary.write_bytes("长沙 10 ns\n\n  卢静怡 3 nr \r\n长沙 5 n\n".encode())
    assert posseg.load_word_tags(str(dictionary)) == {"长沙": "n", "卢静怡": "nr"}
    dictionary.write_bytes("长沙 10 ns\n营收 7\n".encode())
    with pytest.raises(ValueError, match="dict.txt at Line 2: 营收 7"):
        posseg.load_word_tags(str(dictionary))


def test_user_words_tags_do_not_leak_into_the_shared_table() -> None:
    """The taggers share one table until a user dictionary must be merged into it (jieba's semantics)."""
    plain = POSTokenizer(jieba.Tokenizer())
    with_user_words = POSTokenizer(jieba.Tokenizer())
    assert plain.word_tag_tab is with_user_words.word_tag_tab
    with_user_words.tokenizer.add_word("卢静怡说", 20000, "zz")
    assert with_user_words.tagged_words("卢静怡说") == [("卢静怡说", "zz")]
    assert with_user_words.tokenizer.user_word_tag_tab == {}
    assert "卢静怡说" not in plain.word_tag_tab
    assert plain.word_tag_tab is posseg.shared_word_tags(_default_dictionary())


def test_prefix_dict_cache_gives_jieba_s_own(cache_dir: Path, monkeypatch) -> None:
    """posseg.initialize: the first time jieba builds the prefix dictionary and it is cached; then it is read
    back, equal to jieba's, without jieba's own initialize."""
    first = jieba.Tokenizer()
    posseg.initialize(first)
    assert first.initialized
    [cached] = [p for p in cache_dir.iterdir() if p.name.startswith("jieba_prefix_dict.")]

    def no_jieba(self, dictionary=None):
        raise AssertionError("jieba's initialize ran although cached")

    monkeypatch.setattr(jieba.Tokenizer, "initialize", no_jieba)
    second = jieba.Tokenizer()
    posseg.initialize(second)
    assert second.initialized and second.total == first.total
    assert second.FREQ == first.FREQ
    assert list(second.cut("长沙市研发中心营收达3亿元")) == list(first.cut("长沙市研发中心营收达3亿元"))

    cached.write_bytes(cached.read_bytes()[:1000])  # damaged: rebuilt by jieba
    monkeypatch.undo()
    third = jieba.Tokenizer()
    posseg.initialize(third)
    assert third.FREQ == first.FREQ


def test_a_run_seen_before_skips_the_hmm(taggers, monkeypatch) -> None:
    """The HMM's words for a Han run are kept: tagging the same run again gives the same words without Viterbi."""
    text = "蒲苇翎说"
    first = taggers[0].tagged_words(text)
    calls: list[str] = []
    monkeypatch.setattr(posseg, "viterbi", lambda chars: calls.append(chars) or viterbi(chars))
    assert taggers[0].tagged_words(text) == first == [tuple(p) for p in taggers[1].cut(text)]
    assert calls == []


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FD5), min_size=2, max_size=2))
def test_a_pairs_steps_are_the_transitions_from_the_first_characters_states(pair: str) -> None:
    """The step table of a character pair, built from the transitions kept per (character, state), holds what
    filtering every transition into each state of the second character gives, in the same order."""
    before = frozenset(posseg._STATES.get(pair[0], posseg._ALL_STATES))
    expected = tuple(
        (state, posseg._EMIT[state].get(pair[1], posseg.MIN_FLOAT),
         tuple(step for step in posseg._INBOUND.get(state, ()) if step[0] in before))
        for state in posseg._STATES.get(pair[1], posseg._ALL_STATES))
    assert posseg._steps(pair) == expected
    assert posseg._inbound_from.cache_info().currsize > 0
