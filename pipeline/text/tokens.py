"""The jieba word as every rule reads it; no spaCy here, so that the rule stages stay pure."""

from __future__ import annotations

from typing import NamedTuple


class Token(NamedTuple):
    """A jieba word: character offsets, simplified text and POS tag."""

    start: int
    end: int
    text: str
    tag: str
