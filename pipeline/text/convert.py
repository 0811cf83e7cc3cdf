"""Stage 1: traditional → simplified script and full-width → half-width forms, with offsets kept.

Every later stage works on the converted text, but users need offsets into the raw text. The conversion is
length-preserving by construction: full-width forms map one to one, and where an OpenCC phrase conversion would
change the length of a line, that line falls back to character-by-character conversion. So the offset map from
converted to raw text is the identity, `Converted.raw_span` is where it is applied, and `convert` checks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from opencc import OpenCC

from pipeline.errors import Errors
from pipeline.lexicons import table, word_list
from pipeline.numerals.lexer import decimal_points

# Full-width ASCII variants (U+FF01..U+FF5E) map onto U+0021..U+007E; the ideographic space onto a space.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_HALF_WIDTH[0x3000] = 0x20
# Control characters (NUL and the like from scrapers) read as spaces; tabs and newlines keep their meaning.
_HALF_WIDTH.update({code: 0x20 for code in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F]})


@cache
def _opencc() -> OpenCC:
    return OpenCC("t2s")


@cache
def _shortcut() -> tuple[re.Pattern, dict[int, str]]:
    """(any OpenCC t2s phrase, the one-character table as a `str.translate` map).

    Where no phrase occurs, OpenCC converts character by character, which `str.translate` does some twenty
    times faster. Like OpenCC, a character with several readings (乾: 干 乾) takes the first; one whose value
    is not a single character is left out, as the line-by-line fallback of `to_simplified` would keep it.
    """
    tables = [table for group in _opencc()._dict_chain_data for table in group]
    phrases = sorted((key for longest, _, table in tables if longest > 1 for key in table), key=len, reverse=True)
    firsts = {key: value.split(" ")[0] for longest, _, table in tables if longest == 1 for key, value in table.items()}
    chars = {ord(key): value for key, value in firsts.items() if len(value) == 1}
    chars.update(_variants())
    return re.compile("|".join(map(re.escape, phrases))), chars


@cache
def _variants() -> dict[int, str]:
    """Variants OpenCC leaves unconverted (衞 → 卫, as in 衞星), as a `str.translate` map."""
    return {ord(row["variant"]): row["simplified"] for row in table("script_variants.tsv")}


@dataclass(frozen=True)
class Converted:
    raw: str
    text: str

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """The raw-text span of a span of the converted text (the identity, see the module docstring)."""
        return start, end


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """Lone surrogates (from broken scrapers) as U+FFFD, one for one: they cannot be encoded, so spaCy and
    jieba cannot store them."""
    return _SURROGATE.sub("\ufffd", text)


def to_half_width(text: str) -> str:
    """Full-width digits, letters and punctuation to their ASCII forms, control characters to spaces, and CRLF or
    CR line ends to LF (a CRLF becomes a space and a newline), all one character for one."""
    text = text.translate(_HALF_WIDTH)
    return text.replace("\r\n", " \n").replace("\r", "\n") if "\r" in text else text


_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")


def to_simplified(text: str) -> str:
    """OpenCC t2s, guaranteed to keep the length of `text`, line by line. A rare character whose simplified form
    lies beyond the Basic Multilingual Plane (the 錤 of a name → U+2B4F9) keeps its written form: jieba and the
    patterns of later stages read only the Han characters of that plane, and would cut the name there."""
    simplified = _to_simplified(text)
    if not _BEYOND_BMP.search(simplified):
        return simplified
    return "".join(c if c <= "\uffff" or r > "\uffff" else r for c, r in zip(simplified, text))


def _to_simplified(text: str) -> str:
    phrase, chars = _shortcut()
    if not phrase.search(text):
        return text.translate(chars)
    converter = _opencc()
    out = []
    for line in text.splitlines(keepends=True):
        if not phrase.search(line):
            out.append(line.translate(chars))
            continue
        converted = converter.convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := converter.convert(ch)) == 1 else ch for ch in line)
        out.append(converted.translate(_variants()))
    return "".join(out)


@cache
def _zhu_words() -> re.Pattern:
    """The words of zhu_words.txt, longest first; 著作 not before 用 (起著作用 is 起着 + 作用)."""
    words = sorted(word_list("zhu_words.txt"), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) + ("(?!用)" if w.endswith("作") else "") for w in words))


def particle_zhu(text: str) -> str:
    """著 as 着 outside the words whose 著 is simplified too (意味著 → 意味着, 隨著 → 随着, while 著名 keeps):
    OpenCC t2s leaves every 著, and jieba then glues it to the next word (著甲公司). One character for one."""
    if "著" not in text:
        return text
    kept = {m.start() + m.group().index("著") for m in _zhu_words().finditer(text)}
    return re.sub("著", lambda m: "著" if m.start() in kept else "着", text)


def convert(raw: str) -> Converted:
    """Simplified, half-width text whose offsets map back onto `raw`."""
    text = decimal_points(to_half_width(particle_zhu(to_simplified(raw))))  # 2·6%: every stage reads 2.6%
    if len(text) != len(raw):
        raise RuntimeError(f"E001: {Errors.E001}")
    return Converted(raw=raw, text=text)
