"""jieba.posseg's tagging with the same words and the same tags, about 4.5 times faster.

jieba tags the runs of characters its dictionary does not know with a joint segmentation-and-POS HMM
(256 states). Its Viterbi tries every state of the previous character against every candidate state of the
next, although each state is reachable from only a few; that search was the largest single cost of the whole
pipeline. This one tries, for each pair of characters, only the transitions from a state the first can take
into a state the second can take, and breaks ties as jieba does (the larger previous state wins). The
dictionary route (jieba's `get_DAG` and `calc`) is done in one pass, and words come out as tuples rather than
`pair` objects. `tests/test_posseg.py` checks the output against jieba itself.

jieba.posseg itself is not imported: its package builds a default tagger at import, parsing jieba's whole
dictionary (0.4 s of start-up). The HMM tables and jieba's Viterbi are loaded from its files, and the
word → tag table is parsed as jieba does but cached on disk (`load_word_tags`). jieba's prefix dictionary
is cached too, in a form that loads five times faster than jieba's own cache (`initialize`).
"""

from __future__ import annotations

import hashlib
import importlib.util
import marshal
import os
import re
import tempfile
import zlib
from array import array
from collections.abc import Callable
from functools import cache, lru_cache
from math import log
from types import ModuleType
from typing import TypeVar

import jieba

State = tuple[str, str]  # (B|M|E|S, POS tag)
T = TypeVar("T")

# jieba.posseg's own block patterns, copied: importing jieba.posseg parses jieba's whole dictionary for a
# tagger of its own (0.4 s of start-up), which we never use
_HAN_INTERNAL = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")  # re_han_internal
_SKIP_INTERNAL = re.compile("(\r\n|\\s)")  # re_skip_internal
_HAN_DETAIL = re.compile("([\u4E00-\u9FD5]+)")  # re_han_detail
_SKIP_DETAIL = re.compile("([\\.0-9]+|[a-zA-Z0-9]+)")  # re_skip_detail
_NUM = re.compile("[\\.0-9]+")  # re_num
_ENG = re.compile("[a-zA-Z0-9]+")  # re_eng

_JIEBA_DIR = os.path.dirname(os.path.abspath(jieba.__file__))


def _jieba_posseg_module(name: str) -> ModuleType:
    """One module of the jieba.posseg package, run by file path so that the package's `__init__` (which
    builds jieba's default tagger) does not run. The import system still reads the installed `__pycache__`,
    so the HMM tables load in about 25 ms (pickle-loading the `.p` files beside them takes about 110 ms)."""
    spec = importlib.util.spec_from_file_location(
        f"_jieba_posseg_{name}", os.path.join(_JIEBA_DIR, "posseg", f"{name}.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# jieba's joint segmentation-and-POS HMM: jieba.posseg's char_state_tab_P, start_P, trans_P and emit_P
_STATES = _jieba_posseg_module("char_state_tab").P
_START = _jieba_posseg_module("prob_start").P
_TRANS = _jieba_posseg_module("prob_trans").P
_EMIT = _jieba_posseg_module("prob_emit").P
_jieba_viterbi_module = _jieba_posseg_module("viterbi")
MIN_FLOAT: float = _jieba_viterbi_module.MIN_FLOAT
jieba_viterbi = _jieba_viterbi_module.viterbi

_ALL_STATES = tuple(_TRANS)


def _inbound_transitions() -> dict[State, tuple[tuple[State, float], ...]]:
    """For each state, the states that can precede it and the log-probability of that step, largest first."""
    inbound: dict[State, list[tuple[State, float]]] = {}
    for before, steps in _TRANS.items():
        for after, logp in steps.items():
            inbound.setdefault(after, []).append((before, logp))
    return {state: tuple(sorted(steps, reverse=True)) for state, steps in inbound.items()}


_INBOUND = _inbound_transitions()
_STEPS: dict[str, tuple] = {}  # two characters → ((state of the 2nd, emission log-p, steps from the 1st), ...)
_STEPS_LIMIT = 200_000  # character pairs kept; the table starts afresh beyond this
_HMM_WORDS_KEPT = 20_000  # Han runs whose HMM words are kept (`_hmm_han_words`)
_INBOUND_KEPT = 100_000  # (character, state) pairs whose inbound transitions are kept (`_inbound_from`)


def _steps(pair: str) -> tuple:
    """The states the second character of `pair` can take, each with its emission and the transitions into it
    from the states the first character can take: only those can hold a score, so only those are tried."""
    found = _STEPS.get(pair)
    if found is None:
        if len(_STEPS) >= _STEPS_LIMIT:
            _STEPS.clear()
        found = _STEPS[pair] = tuple(
            (state, _EMIT[state].get(pair[1], MIN_FLOAT), _inbound_from(pair[0], state))
            for state in _STATES.get(pair[1], _ALL_STATES)
        )
    return found


@lru_cache(maxsize=_INBOUND_KEPT)
def _inbound_from(char: str, state: State) -> tuple[tuple[State, float], ...]:
    """The transitions into `state` from the states `char` can take, in `_INBOUND`'s order. Kept by character
    and state: the pairs a text brings are mostly new (9,000 in 270,000 characters of news), their first
    characters far less so (的, 年, 在 open hundreds of pairs each)."""
    before_states = _before_states(char)
    return tuple(step for step in _INBOUND.get(state, ()) if step[0] in before_states)


@lru_cache(maxsize=_INBOUND_KEPT)
def _before_states(char: str) -> frozenset[State]:
    return frozenset(_STATES.get(char, _ALL_STATES))


@cache
def _first_scores(char: str) -> dict[State, float]:
    return {state: _START[state] + _EMIT[state].get(char, MIN_FLOAT) for state in _STATES.get(char, _ALL_STATES)}


def viterbi(chars: str) -> tuple[float, list[State]]:
    """jieba.posseg.viterbi.viterbi(chars, ...) with jieba's own model: (log-probability, state per character)."""
    scores = _first_scores(chars[0])  # read, never changed: each step makes a new dict
    backpointers: list[dict[State, State]] = []
    for t in range(1, len(chars)):
        new_scores: dict[State, float] = {}
        best_before: dict[State, State] = {}
        score_of = scores.get
        for state, emit, inbound in _steps(chars[t - 1 : t + 1]):
            best = None
            for before, step in inbound:
                score = score_of(before)
                if score is not None:
                    score = score + step + emit  # summed in jieba's order, so ties fall the same way
                    if best is None or score > best:
                        best, argbest = score, before
            if best is not None:
                new_scores[state] = best
                best_before[state] = argbest
        if not new_scores:  # no state of this character follows the last: jieba's fallback path
            return jieba_viterbi(chars, _STATES, _START, _TRANS, _EMIT)
        scores = new_scores
        backpointers.append(best_before)
    prob, state = max((score, state) for state, score in scores.items())
    route = [state]
    for best_before in reversed(backpointers):
        state = best_before[state]
        route.append(state)
    route.reverse()
    return prob, route


@lru_cache(maxsize=_HMM_WORDS_KEPT)
def _hmm_han_words(block: str) -> tuple[tuple[str, str], ...]:
    """The (word, tag) pairs the HMM cuts a run of Han characters into. The same short runs come back in every
    article (年, 的, 至, 约, a name named again): on news text about half the characters sent to the HMM are a
    run it has seen, so the answers are kept for the most recent runs (a pure function of the run)."""
    _prob, states = viterbi(block)
    words: list[tuple[str, str]] = []
    begin = after = 0
    for k, (position, tag) in enumerate(states):
        if position == "B":
            begin = k
        elif position == "E":
            words.append((block[begin : k + 1], tag))
            after = k + 1
        elif position == "S":
            words.append((block[k], tag))
            after = k + 1
    if after < len(block):
        words.append((block[after:], states[after][1]))
    return tuple(words)


_CACHE_FORMAT = 1


def _cache_dir() -> str:
    """Where the tables are cached: the temporary directory, where jieba caches its own prefix dictionary."""
    return tempfile.gettempdir()


def _parse_word_tags(dictionary: str) -> dict[str, str]:
    """jieba.posseg's `load_word_tag`, line for line: word → POS tag from a dictionary file of
    'word frequency tag' lines."""
    word_tag_tab: dict[str, str] = {}
    with open(dictionary, "rb") as lines:
        for lineno, line in enumerate(lines, 1):
            try:
                line = line.strip().decode("utf-8")
                if not line:
                    continue
                word, _, tag = line.split(" ")
                word_tag_tab[word] = tag
            except Exception as error:
                raise ValueError(f"invalid POS dictionary entry in {dictionary} at Line {lineno}: {line}") from error
    return word_tag_tab


def _joined_words(table: dict[str, object]) -> str:
    """The keys of a table in one string: splitting it is far faster than unmarshalling as many strings."""
    if any("\n" in word for word in table):
        raise ValueError("a word holds a newline")  # not from a dictionary file's lines: left uncached
    return "\n".join(table)


def _split_words(joined: str, count: int) -> list[str]:
    words = joined.split("\n") if joined else []
    if len(words) != count:
        raise ValueError("length mismatch")
    return words


def _encode_word_tags(word_tag_tab: dict[str, str]) -> bytes:
    """The table as the words in one string, the distinct tags, and each word's tag as an index: rebuilding
    the dict from these is a third faster than unmarshalling the dict itself."""
    tags = sorted(set(word_tag_tab.values()))
    index = {tag: i for i, tag in enumerate(tags)}
    indices = [index[tag] for tag in word_tag_tab.values()]
    return marshal.dumps((_joined_words(word_tag_tab), tags, bytes(indices) if len(tags) <= 256 else indices))


def _decode_word_tags(data: bytes) -> dict[str, str]:
    """`_encode_word_tags` undone."""
    joined, tags, indices = marshal.loads(data)
    return dict(zip(_split_words(joined, len(indices)), map(tags.__getitem__, indices)))


def _encode_prefix_dict(prefix_dict: tuple[dict[str, int], int]) -> bytes:
    """jieba's prefix dictionary (word or prefix → frequency, and the total) as the words in one string and the
    frequencies as 64-bit integers: it loads about five times faster than jieba's own marshalled dict."""
    freq, total = prefix_dict
    return marshal.dumps((_joined_words(freq), array("q", freq.values()).tobytes(), total))


def _decode_prefix_dict(data: bytes) -> tuple[dict[str, int], int]:
    """`_encode_prefix_dict` undone."""
    joined, packed, total = marshal.loads(data)
    frequencies = array("q")
    frequencies.frombytes(packed)
    return dict(zip(_split_words(joined, len(frequencies)), frequencies.tolist())), total


def _write_atomically(path: str, data: bytes) -> None:
    """Write `path` whole or not at all (a temporary file beside it, then a rename); an unwritable
    directory only means no cache."""
    try:
        fd, temporary = tempfile.mkstemp(dir=os.path.dirname(path), prefix=os.path.basename(path), suffix=".tmp")
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except OSError:
        try:
            os.unlink(temporary)
        except OSError:
            pass


def _cached(kind: str, dictionary: str, build: Callable[[], T], encode: Callable[[T], bytes],
            decode: Callable[[bytes], T]) -> T:
    """A table made from jieba's dictionary file, cached in a file named for its kind and the dictionary's path,
    size and modification time. A CRC32 in front of the data catches a damaged file, which marshal alone could
    read as a different table; a cache that cannot be read is rebuilt, one that cannot be written is skipped."""
    dictionary = os.path.abspath(dictionary)
    stat = os.stat(dictionary)
    key = f"{_CACHE_FORMAT}\0{dictionary}\0{stat.st_size}\0{stat.st_mtime_ns}"
    name = f"jieba_{kind}.{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()}.cache"
    path = os.path.join(_cache_dir(), name)
    try:
        with open(path, "rb") as cached:
            data = cached.read()
        if len(data) < 4 or zlib.crc32(data[4:]) != int.from_bytes(data[:4], "little"):
            raise ValueError("checksum mismatch")
        return decode(data[4:])
    except Exception:  # missing, unreadable, truncated or damaged: build it again
        pass
    table = build()
    try:
        payload = encode(table)
    except ValueError:
        return table
    _write_atomically(path, zlib.crc32(payload).to_bytes(4, "little") + payload)
    return table


def load_word_tags(dictionary: str) -> dict[str, str]:
    """word → POS tag from jieba's dictionary file, as jieba.posseg's `load_word_tag` reads it; parsing the
    350,000 lines takes about 0.5 s, so the table is cached."""
    return _cached("posseg_tags", dictionary, lambda: _parse_word_tags(dictionary), _encode_word_tags,
                   _decode_word_tags)


def initialize(tokenizer: jieba.Tokenizer) -> None:
    """`tokenizer.initialize()`, from a cache of jieba's prefix dictionary that loads in about 0.2 s where jieba's
    own cache takes 1.4 s (it unmarshals half a million strings one by one). Built by jieba the first time."""
    if tokenizer.initialized:
        return

    def build() -> tuple[dict[str, int], int]:
        tokenizer.initialize()
        return tokenizer.FREQ, tokenizer.total

    freq, total = _cached("prefix_dict", dictionary_path(tokenizer), build, _encode_prefix_dict,
                          _decode_prefix_dict)
    if not tokenizer.initialized:
        with tokenizer.lock:
            tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True


@cache
def shared_word_tags(dictionary: str) -> dict[str, str]:
    """`load_word_tags`, once per process: the taggers share the table until one of them must change it.
    Not to be modified."""
    return load_word_tags(dictionary)


def dictionary_path(tokenizer: jieba.Tokenizer) -> str:
    """The file `tokenizer.get_dict_file()` opens: its own dictionary, or jieba's default dict.txt."""
    if tokenizer.dictionary is None:
        return os.path.join(_JIEBA_DIR, jieba.DEFAULT_DICT_NAME)
    return tokenizer.dictionary


class POSTokenizer:
    """What we use of jieba.posseg.POSTokenizer, plus `tagged_words`, its `cut` as a list of (word, tag)
    using `viterbi` above. A class of its own, since jieba's lives in the package whose import builds a
    tagger we do not use."""

    def __init__(self, tokenizer: jieba.Tokenizer) -> None:
        self.tokenizer = tokenizer
        self.word_tag_tab = shared_word_tags(dictionary_path(tokenizer))
        self._owns_word_tag_tab = False  # shared with the other taggers of this dictionary until written

    def __repr__(self) -> str:
        return f"<POSTokenizer tokenizer={self.tokenizer!r}>"

    def makesure_userdict_loaded(self) -> None:
        """jieba's: move the tags of the words added to the tokenizer (`add_word`, `load_userdict`) into
        `word_tag_tab`; the shared table is copied first, once."""
        if self.tokenizer.user_word_tag_tab:
            if not self._owns_word_tag_tab:
                self.word_tag_tab = dict(self.word_tag_tab)
                self._owns_word_tag_tab = True
            self.word_tag_tab.update(self.tokenizer.user_word_tag_tab)
            self.tokenizer.user_word_tag_tab = {}

    def tagged_words(self, sentence: str) -> list[tuple[str, str]]:
        """`[(p.word, p.flag) for p in cut(sentence)]` of jieba.posseg's POSTokenizer over the same tokenizer,
        step for step, without a `pair` object and three generators per word."""
        self.makesure_userdict_loaded()
        words: list[tuple[str, str]] = []
        for i, block in enumerate(_HAN_INTERNAL.split(sentence)):
            if i % 2:  # split() puts the matches of its group at the odd places
                self._dictionary_words(block, words)
                continue
            for piece in _SKIP_INTERNAL.split(block):
                if _SKIP_INTERNAL.match(piece):
                    words.append((piece, "x"))
                    continue
                # jieba tests the whole piece for 'eng' but each character for 'm'; kept as it is
                eng = _ENG.match(piece) is not None
                words += [(c, "m" if _NUM.match(c) else "eng" if eng else "x") for c in piece]
        return words

    def _dictionary_words(self, block: str, words: list[tuple[str, str]]) -> None:
        """jieba's `__cut_DAG`: dictionary words on the best route; runs of single characters it does not know
        go to the HMM."""
        tags = self.word_tag_tab
        last_of_word = self._best_route(block)
        start, run_start, n = 0, 0, len(block)
        while start < n:
            end = last_of_word[start] + 1
            if end - start > 1:
                if run_start < start:
                    self._unknown_run(block[run_start:start], words)
                words.append((block[start:end], tags.get(block[start:end], "x")))
                run_start = end
            start = end
        if run_start < n:
            self._unknown_run(block[run_start:], words)

    def _best_route(self, block: str) -> list[int]:
        """jieba's `get_DAG` and `calc` in one pass: for each position, the last character of the word the most
        probable route takes from there. The same sums in the same order give the same route, with one
        dictionary lookup per prefix where jieba makes three."""
        tokenizer = self.tokenizer
        tokenizer.check_initialized()
        freq_of = tokenizer.FREQ.get
        logtotal = log(tokenizer.total)
        n = len(block)
        score = [0.0] * (n + 1)
        last_of_word = [0] * n
        for k in range(n - 1, -1, -1):
            # each dictionary word starting at k (prefixes are in FREQ with frequency 0), shortest first: on a
            # tie the longer word wins, as in jieba's max()
            best = None
            i, freq = k, freq_of(block[k])
            while freq is not None:
                if freq:
                    candidate = log(freq) - logtotal + score[i + 1]
                    if best is None or candidate >= best:
                        best, last = candidate, i
                i += 1
                if i == n:
                    break
                freq = freq_of(block[k : i + 1])
            if best is None:  # no word starts here: the character alone
                best, last = log(freq_of(block[k]) or 1) - logtotal + score[k + 1], k
            score[k] = best
            last_of_word[k] = last
        return last_of_word

    def _unknown_run(self, run: str, words: list[tuple[str, str]]) -> None:
        tags = self.word_tag_tab
        if len(run) == 1:
            words.append((run, tags.get(run, "x")))
        elif self.tokenizer.FREQ.get(run):
            words += [(c, tags.get(c, "x")) for c in run]
        else:
            self._hmm_words(run, words)

    def _hmm_words(self, run: str, words: list[tuple[str, str]]) -> None:
        """jieba's `__cut_detail` and `__cut`: Han characters through the HMM, digits and letters as m / eng."""
        for i, block in enumerate(_HAN_DETAIL.split(run)):
            if i % 2:
                words += _hmm_han_words(block)
                continue
            for piece in _SKIP_DETAIL.split(block):
                if piece:
                    words.append((piece, "m" if _NUM.match(piece) else "eng" if _ENG.match(piece) else "x"))
