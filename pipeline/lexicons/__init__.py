"""Loaders for the lexicon data files in pipeline/lexicons/.

Lexicons hold general knowledge (units, magnitudes, cue words, place names, organisation suffixes) as data,
so that adding a unit or a cue word is an edit to a text file, not to code.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("pipeline.lexicons").joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A `.txt` lexicon: one entry per line; blank lines and lines starting with `#` are skipped."""
    return tuple(line.strip() for line in _lines(name))


@cache
def words(name: str) -> frozenset[str]:
    """A `.txt` lexicon as a set, for membership tests (one copy per lexicon, shared by every module)."""
    return frozenset(word_list(name))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """A `.tsv` lexicon whose first non-comment line names the columns; empty cells are ''."""
    rows = [line.split("\t") for line in _lines(name)]
    header, body = rows[0], rows[1:]
    return tuple({col: (cells[i].strip() if i < len(cells) else "") for i, col in enumerate(header)} for cells in body)


def lengths_by(words: Iterable[str], key: Callable[[str], str]) -> dict[str, tuple[int, ...]]:
    """The lengths of `words`, longest first, grouped by `key` (a word's first or last characters).

    A scan for lexicon words at one text position then slices and looks up only the lengths some word with
    those characters has, instead of every length up to the longest word.
    """
    lengths: dict[str, set[int]] = {}
    for word in words:
        lengths.setdefault(key(word), set()).add(len(word))
    return {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()}
