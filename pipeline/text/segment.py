"""Stage 2: a spaCy `blank("zh")` whose tokenizer runs jieba on the converted text.

The Doc's text is the *raw* article, so every token, span and character offset a later component reports
already points into the raw text. The simplified, half-width form that the rules read is kept beside it in
`doc._.zh_text` (same length, see `convert`), and each token's `norm_` is its converted form. jieba's POS tags
become `token.tag_`. A user dictionary built from the package lexicons keeps units, magnitudes and common
metric words whole.
"""

from __future__ import annotations

import logging
from functools import cache
from itertools import accumulate, repeat

import jieba
import numpy
import spacy
from spacy.attrs import TAG
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.lexicons import table, word_list
from pipeline.text import posseg
from pipeline.text.convert import convert
from pipeline.text.posseg import POSTokenizer
from pipeline.text.tokens import Token

jieba.setLogLevel(logging.WARNING)

if not Doc.has_extension("zh_text"):
    Doc.set_extension("zh_text", default=None)
if not Doc.has_extension("zh_tokens"):
    Doc.set_extension("zh_tokens", default=None)
if not Doc.has_extension("raw_text"):
    Doc.set_extension("raw_text", default=None)  # = doc.text, which spaCy rebuilds from every token when read


def doc_tokens(doc: Doc) -> list[Token]:
    """The jieba tokens of a Doc over its simplified text; kept by the tokenizer, since walking a spaCy Doc's
    tokens again in every component costs more than the rules that read them."""
    if doc._.zh_tokens is None:
        doc._.zh_tokens = [Token(t.idx, t.idx + len(t.text), t.norm_, t.tag_) for t in doc]
    return doc._.zh_tokens

NAME_FREQ = 1000  # enough to keep a name of several words whole, small enough not to tip jieba's other choices
USER_DICT_FREQ = 20000  # high enough that jieba keeps a listed word whole against its own splits


COMMON_WORD_FREQ = 300  # jieba's count of a word of everyday text: 建筑 14397, 啤酒 673, 石化 737; brands: 华强 0


def is_common_word(word: str) -> bool:
    """Whether jieba's dictionary counts `word` as a word of everyday text, not a brand or a rare name (the words
    of our user dictionary count as common: the tokenizer the pipeline already holds is asked, not a second one)."""
    return _jieba(True).tokenizer.FREQ.get(word, 0) >= COMMON_WORD_FREQ


def in_dictionary(word: str) -> bool:
    """Whether jieba's dictionary (with ours) lists `word` at all: a word jieba only guessed (a brand, a short name
    it never saw) is not listed."""
    return dictionary_frequency(word) > 0


def dictionary_frequency(word: str) -> int:
    """How often jieba's dictionary (with ours) counts `word`; 0 for a word it does not list."""
    return _jieba(True).tokenizer.FREQ.get(word, 0)


def dictionary_tag(word: str) -> str | None:
    """The POS tag jieba's dictionary (with ours) gives `word` out of context (北京 ns, 商业 n), or None."""
    tagger = _jieba(True)
    tagger.makesure_userdict_loaded()
    return tagger.word_tag_tab.get(word)


def dictionary_words(text: str) -> list[str]:
    """`text` cut into the words of jieba's dictionary (with ours), without the HMM's guesses: for a rule that asks
    which word a short stretch reads as after the pipeline's tokens were cut at a figure's edges."""
    return _jieba(True).tokenizer.lcut(text, HMM=False)


def user_dictionary() -> list[tuple[str, str]]:
    """(word, jieba POS tag) pairs that jieba should keep whole: units, currencies, metric words, standing
    institutions (选举事务处, 行政院主计总处) and companies, which the organisation rules recognise a word at a time."""
    words = [(row["word"], row["tag"]) for row in table("userdict.tsv")]
    words += [(name, "nt") for name in word_list("institutions.txt") if len(name) > 1]
    # a company's name of three or more characters (某某科技, 某某电子); two-character ones would glue onto the
    # words around them (增长和, 集中电力)
    words += [(name, "nt") for name in word_list("companies.txt") if len(name) > 2]
    words += [(unit, "q") for row in table("units.tsv") for unit in [row["unit"]] if len(unit) > 1]
    words += [(name, "q") for row in table("currencies.tsv") for name in [row["name"]] if len(name) > 1]
    return words


@cache
def _jieba(with_user_dict: bool) -> POSTokenizer:
    tokenizer = jieba.Tokenizer()
    posseg.initialize(tokenizer)  # jieba's prefix dictionary, from our faster cache
    if with_user_dict:
        for word, tag in user_dictionary():
            # a unit jieba already knows as a word (核心, 公里) keeps jieba's own frequency and tag,
            # so that 核心技术 is not torn apart to keep 8核心 whole
            if tag != "q" or not tokenizer.FREQ.get(word):
                tokenizer.add_word(word, NAME_FREQ if tag == "nt" else USER_DICT_FREQ, tag)
    # the word → tag table is parsed from jieba's dictionary once per process (and cached on disk): both taggers
    # share it, and the one with the user dictionary copies it when it adds the user words' tags
    return POSTokenizer(tokenizer)


@cache
def _latin_magnitudes() -> frozenset[str]:
    """Letters that make a figure of the digits before them (3K, 2M, 10w: numerals.tsv's Latin magnitudes), never a
    name."""
    return frozenset(row["char"] for row in table("numerals.tsv") if row["type"] == "latin")


@cache
def _latin_units() -> frozenset[str]:
    """The units of units.tsv written in Latin letters, as written and in lowercase (a one-letter unit only as
    written: g is grams, while the G of 5G is none)."""
    units = [row["unit"] for row in table("units.tsv") if row["unit"].isascii()]
    return frozenset(units + [unit.lower() for unit in units if len(unit) > 1])


def _is_latin_unit(word: str) -> bool:
    """GB, gb, Gb, nm: a unit of units.tsv in any case if of two or more letters; a single letter only as written."""
    return word in _latin_units() or (len(word) > 1 and word.lower() in _latin_units())


def _names_with_digits(digits: str, word: str) -> bool:
    """5/m + G/eng, 3/m + D/eng: a digit or two glued to one or two capitals that are no unit and no magnitude name
    a kind of thing (5G, 3D, 4S, 3C), as H20 and A18 do with the letters first; 5nm and 128GB stay a figure and its
    unit, and a longer code (300ETF, 9000S) stays apart for the rules that read a model or a fund after a name."""
    return (len(digits) <= 2 and len(word) <= 2 and digits.isascii() and digits.isdigit() and word.isascii()
            and word.isalpha() and word[0].isupper()
            and word not in _latin_magnitudes() and not _is_latin_unit(word))


def _latin_words_whole(pairs: list[tuple[str, str]], tag: str) -> list[tuple[str, str]]:
    """GB/q + V/x → GBV: a Latin word that jieba cut at a unit of the user dictionary is one word again; so is a
    Latin word with a hyphen inside (Wi-Fi, X-ray), which jieba cuts at the hyphen, and one that starts with digits
    (5G, 3D), which jieba cuts after them."""
    out: list[tuple[str, str]] = []
    for pair in pairs:
        word = pair[0]
        if out and word.isascii() and word.isalpha() and out[-1][0].isascii() and out[-1][0].isalpha():
            out[-1] = (out[-1][0] + word, tag)
        elif out and _names_with_digits(out[-1][0], word):
            out[-1] = (out[-1][0] + word, tag)
        elif (len(out) > 1 and out[-1][0] == "-" and word.isascii() and word.isalpha()
              and out[-2][0].isascii() and out[-2][0].isalpha()):
            out[-2:] = [(out[-2][0] + "-" + word, tag)]
        else:
            out.append(pair)
    return out


class JiebaTokenizer:
    """Raw text → Doc, segmented by jieba (with POS tags) on the OpenCC-simplified, half-width text."""

    def __init__(self, vocab: Vocab, *, pos: bool = True, user_dict: bool = True) -> None:
        self.vocab = vocab
        self.pos = pos
        self.user_dict = user_dict
        self._default_norms: dict[str, str] = {}  # word → its vocab norm, before we set ours
        self._tag_ids: dict[str, int] = {}

    def _tag_id(self, tag: str) -> int:
        found = self._tag_ids.get(tag)
        if found is None:
            found = self._tag_ids[tag] = self.vocab.strings.add(tag)
        return found

    def segment(self, text: str) -> list[tuple[str, str]]:
        """(word, tag) pairs covering `text` exactly; the tag is '' when POS tagging is off."""
        seg = _jieba(self.user_dict)
        if self.pos:
            return _latin_words_whole(seg.tagged_words(text), "eng")
        return _latin_words_whole([(w, "") for w in seg.tokenizer.cut(text)], "")

    def __call__(self, raw: str) -> Doc:
        converted = convert(raw)
        pairs = [pair for pair in self.segment(converted.text) if pair[0]]
        words = [word for word, _ in pairs]
        tags = [tag or "x" for _, tag in pairs]
        ends = list(accumulate(map(len, words)))
        starts = [0, *ends[:-1]]
        raw_words = [raw[start:end] for start, end in zip(starts, ends)]
        # tuple.__new__ straight from C: a NamedTuple's own constructor is a Python call per word
        tokens = list(map(tuple.__new__, repeat(Token), zip(starts, ends, words, tags)))
        doc = Doc(self.vocab, words=raw_words, spaces=[False] * len(raw_words))
        # tags through one array: Doc(tags=...) sets them token by token, at twice the cost of the whole Doc
        tag_ids = numpy.fromiter(map(self._tag_id, tags), dtype=numpy.uint64, count=len(tags))
        doc.from_array([TAG], tag_ids.reshape(-1, 1))
        default_norm = self._default_norms
        for i, (raw_word, word) in enumerate(zip(raw_words, words)):
            # setting a norm costs a Token object; most words already have theirs from the vocab
            norm = default_norm.get(raw_word)
            if norm is None:
                norm = default_norm[raw_word] = self.vocab[raw_word].norm_
            if word != norm:
                doc[i].norm_ = word
        doc._.zh_text = converted.text
        doc._.zh_tokens = tokens
        doc._.raw_text = raw
        return doc

    # spaCy calls these when a pipeline is saved or loaded; the tokenizer has no state beyond its config.
    def to_bytes(self, **_kwargs) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kwargs) -> JiebaTokenizer:
        return self

    def to_disk(self, _path, **_kwargs) -> None:
        return None

    def from_disk(self, _path, **_kwargs) -> JiebaTokenizer:
        return self


@spacy.registry.tokenizers("zhfacts.JiebaTokenizer.v1")
def create_jieba_tokenizer(pos: bool = True, user_dict: bool = True):
    def make(nlp: Language) -> JiebaTokenizer:
        return JiebaTokenizer(nlp.vocab, pos=pos, user_dict=user_dict)

    return make


def blank_nlp(*, pos: bool = True, user_dict: bool = True) -> Language:
    """A `blank("zh")` pipeline with the jieba tokenizer and no components."""
    config = {"nlp": {"tokenizer": {"@tokenizers": "zhfacts.JiebaTokenizer.v1", "pos": pos, "user_dict": user_dict}}}
    return spacy.blank("zh", config=config)
