"""Where each word of a document stands: word -> token indices, built once per document and shared by the rule
families. Why: many rules fire only at a few cue words (期货, 中央, a trade, an operator's word) and used to scan
every token for them; with the index each rule visits only the tokens of its cues, and a test of a word's own
characters runs once per distinct word rather than once per token."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from itertools import chain


class WordIndex:
    """The token indices of each word of one document, in order."""

    def __init__(self, words: Sequence[str]) -> None:
        self._at: dict[str, list[int]] = {}
        for k, word in enumerate(words):
            self._at.setdefault(word, []).append(k)

    def at(self, word: str) -> Sequence[int]:
        """Indices of the tokens whose word is `word`, in order (empty if it does not occur)."""
        return self._at.get(word, ())

    def of_any(self, cues: Collection[str]) -> list[int]:
        """Indices of the tokens whose word is one of `cues`, in order: the smaller of the cues and the document's
        words is walked."""
        if len(cues) < len(self._at):
            return sorted({k for cue in cues for k in self._at.get(cue, ())})
        return self._indices(filter(cues.__contains__, self._at))

    def where(self, test: Callable[[str], bool]) -> list[int]:
        """Indices of the tokens whose word passes `test`, in order; `test` runs once per distinct word."""
        return self._indices(filter(test, self._at))

    def _indices(self, words: Iterable[str]) -> list[int]:
        """The token indices of `words` (words of the document, each once), in order; the loops run in C, since a
        rule's cue test is all the Python that a document's thousand distinct words need."""
        return sorted(chain.from_iterable(map(self._at.__getitem__, words)))
