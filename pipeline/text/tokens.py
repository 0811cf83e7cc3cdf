"""The jieba word as every rule reads it; no spaCy here, so that the rule stages stay pure."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from typing import NamedTuple


class Token(NamedTuple):
    """A jieba word: character offsets, simplified text and POS tag."""

    start: int
    end: int
    text: str
    tag: str


def cut_at_number_ends(tokens: Sequence[Token], ends: Iterable[int]) -> list[Token]:
    """jieba's 日均 in 6月29日均跌破 and 月均 in 12月均降息: a word that runs on past the end of a number expression
    is two words there, the number's last character and the rest (an adverb when it is one character, as 均, 共,
    都 are), so that no phrase read before a figure starts inside a date or a number."""
    cuts = sorted(set(ends))
    out: list[Token] = []
    for tok in tokens:
        k = bisect.bisect_right(cuts, tok.start)
        if k < len(cuts) and cuts[k] < tok.end:
            at = cuts[k]
            rest = tok.text[at - tok.start :]
            out.append(Token(tok.start, at, tok.text[: at - tok.start], "m"))
            out.append(Token(at, tok.end, rest, "d" if len(rest) == 1 else tok.tag))
        else:
            out.append(tok)
    return out
