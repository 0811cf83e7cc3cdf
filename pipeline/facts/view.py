"""One document as the fact decisions read it: the converted text, its lines and headings, clause and sentence
boundaries, jieba tokens, quantities and entity names. Read-only once built; every decision takes one."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import NamedTuple

import numpy as np

from pipeline.facts.tables import is_table_row
from pipeline.numerals import Quantity
from pipeline.text.punctuation import CLAUSE_PUNCTUATION, HEADING_MARK, QUOTE_MARKS, SENTENCE_PUNCTUATION
from pipeline.text.punctuation import OPENING_QUOTES as OPENING_QUOTE_MARKS
from pipeline.text.tokens import Token

CLAUSE_BREAKS = set(CLAUSE_PUNCTUATION + "\n")
SENTENCE_BREAKS = set(SENTENCE_PUNCTUATION + "\n")
MAX_CLAUSE = 300  # characters: a clause of prose runs under 120
MAX_SENTENCE = 1000  # characters: a sentence of prose runs under 400
_CLAUSE_BREAK = re.compile(f"[{re.escape(''.join(sorted(CLAUSE_BREAKS)))}]")
_SENTENCE_BREAK = re.compile(f"[{re.escape(''.join(sorted(SENTENCE_BREAKS)))}]")
# 警队增2.6亿购车　港台缩水4千万: a space between words (an ideographic space in the source) parts the clauses of a
# headline or a heading, which put no punctuation between them
_HEADLINE_SPACE = re.compile(r"(?<=[\u3400-\u9fff」』”)）])[ \u3000\xa0]+(?=[\u3400-\u9fff「『“(（])")
# 一、 (二) 3. 第四章: a line that opens with an enumerator is a section title, never a figure's label
ENUMERATED_TITLE = re.compile(
    r"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]\D|第[一二三四五六七八九十\d]+[章节部分])"
)
QUOTES = set(QUOTE_MARKS + "\"'")
OPENING_QUOTES = set(OPENING_QUOTE_MARKS)


NAME_LIST_JOINERS = frozenset("、/")
NAME_JOINING_WORDS = frozenset("和及与")  # joiners that are also words: passed only before another name


class Line(NamedTuple):
    """A paragraph or table row; a tuple, since a Doc has hundreds and a frozen dataclass is slow to build."""

    start: int
    end: int
    text: str  # converted text of the line

    @property
    def is_heading(self) -> bool:
        return self.text.startswith(HEADING_MARK)


class SpanIndex:
    """Spans that may overlap, sorted by start, with the furthest end reached by any span starting at or before
    each: one bisect tells whether a span encloses a stretch of text, however many spans there are."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def enclose(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end


def split_lines(text: str) -> list[Line]:
    lines, start = [], 0
    for chunk in text.splitlines(keepends=True):
        body = chunk.rstrip("\r\n")
        lines.append(Line(start, start + len(body), body))
        start += len(chunk)
    return lines


def _token_at_offset(token_starts: list[int], length: int) -> list[int]:
    """`DocumentView.token_index_at` of every offset of the text, looked up instead of bisected (the decisions
    ask it about 15 times a figure): the last token starting at or before it, 0 before the first. Built in one
    numpy call, since a Python loop over the tokens would cost as much as the bisections it saves."""
    started = np.searchsorted(np.array(token_starts, dtype=np.intp), np.arange(length + 1), side="right")
    return np.maximum(started - 1, 0).tolist()


def _with_cuts(breaks: list[int], token_starts: list[int], length: int, limit: int, *, after: int) -> list[int]:
    """`breaks` (sorted; a unit starts `after` characters past each) with more breaks wherever a unit would run
    longer than `limit` characters, each at the start of a word: a run without punctuation (a list of figures, a
    table flattened into one line) is read in pieces, so that the rules' scans within a clause or a sentence stay
    bounded and every row's sentence stays short."""
    cut_breaks, start = [], 0
    for b in [*breaks, length]:
        while b - start > limit:
            k = bisect.bisect_right(token_starts, start + limit) - 1
            cut = token_starts[k] if k >= 0 and token_starts[k] > start else start + limit
            cut_breaks.append(cut - after)
            start = cut
        if b < length:
            cut_breaks.append(b)
            start = b + after
    return cut_breaks


def is_label_line(line: Line, quantities_in_line: int) -> bool:
    """A scorecard or table label: short, no sentence punctuation, no figure of its own, not a table row nor a line
    of fields between pipes (编辑 | 某某: a byline)."""
    body = line.text.strip()
    return (
        0 < len(body) <= 30
        and not line.is_heading
        and not is_table_row(body)
        and "|" not in body
        and quantities_in_line == 0
        and not any(ch in CLAUSE_BREAKS for ch in body)
        and not ENUMERATED_TITLE.match(body)
    )


class DocumentView:
    """The converted text of one document with its layout, tokens, quantities and entity names."""

    def __init__(self, text: str, tokens: Sequence[Token], quantities: Sequence[Quantity],
                 entity_spans: Iterable[tuple[int, int, str]]) -> None:
        self.text = text
        self.tokens = tokens
        self.token_starts = [t.start for t in tokens]
        self.token_at_offset = _token_at_offset(self.token_starts, len(text))
        self.quantities = quantities
        self.quantity_starts = [q.start for q in quantities]  # in order, as `find_quantities` gives them
        self.lines = split_lines(text)
        self.line_starts = [line.start for line in self.lines]
        self.heading_of_line: list[int | None] = []  # index of the nearest heading line at or above each line
        for j, line in enumerate(self.lines):
            self.heading_of_line.append(j if line.is_heading else (self.heading_of_line[-1] if j else None))
        self.entities = sorted(entity_spans)  # (start, end, label)
        self.names = [(s, e) for s, e, _ in self.entities]
        self.name_set = frozenset(self.names)
        self.organisation_ends = frozenset(e for _, e, label in self.entities if label == "ORG")
        self.place_spans = frozenset((s, e) for s, e, label in self.entities if label == "LOC")
        self.names_reach = list(accumulate((e for _, e in self.names), max))  # the furthest end so far
        # offsets just after each clause break, and of each sentence break, for bisecting instead of walking the text
        spaces = [m for line in self.lines if line.is_heading or line.start == 0
                  for m in _HEADLINE_SPACE.finditer(text, line.start, line.end)]
        self.clause_ends = _with_cuts(sorted([m.end() for m in _CLAUSE_BREAK.finditer(text)]
                                             + [m.end() for m in spaces]), self.token_starts, len(text),
                                      MAX_CLAUSE, after=0)
        self.sentence_breaks = _with_cuts([m.start() for m in _SENTENCE_BREAK.finditer(text)], self.token_starts,
                                          len(text), MAX_SENTENCE, after=1)

    def overlaps_quantity(self, start: int, end: int) -> bool:
        """Whether text[start:end] overlaps a quantity (quantities come in order and do not overlap)."""
        k = bisect.bisect_left(self.quantity_starts, end) - 1
        return k >= 0 and self.quantities[k].end > start

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    def token_index_at(self, offset: int) -> int:
        """Index of the token containing `offset` (or the one starting right after it)."""
        if 0 <= offset < len(self.token_at_offset):
            return self.token_at_offset[offset]
        return max(bisect.bisect_right(self.token_starts, offset) - 1, 0)

    def index_before(self, offset: int) -> int:
        """Index of the token holding the character before `offset`; -1 at the start of the text."""
        return self.token_index_at(offset - 1) if offset > 0 else -1

    def word_ending_at(self, offset: int) -> Token | None:
        """The token that ends exactly at `offset` (执政/v before 近30年), if one does."""
        i = self.index_before(offset)
        return self.tokens[i] if i >= 0 and self.tokens[i].end == offset else None

    def clause_start(self, offset: int) -> int:
        k = bisect.bisect_right(self.clause_ends, offset)
        return self.clause_ends[k - 1] if k else 0

    def clause_end(self, offset: int) -> int:
        """Where the clause holding `offset` ends (its break character, or the end of the text)."""
        k = bisect.bisect_right(self.clause_ends, offset)
        return self.clause_ends[k] - 1 if k < len(self.clause_ends) else len(self.text)

    def sentence_start(self, offset: int) -> int:
        k = bisect.bisect_left(self.sentence_breaks, offset)
        return self.sentence_breaks[k - 1] + 1 if k else 0

    def sentence_end(self, offset: int) -> int:
        k = bisect.bisect_left(self.sentence_breaks, offset)
        return self.sentence_breaks[k] if k < len(self.sentence_breaks) else len(self.text)


    def section_start(self, offset: int) -> int:
        heading = self.heading_of_line[self.line_of(offset)]
        return self.lines[heading].start if heading is not None else 0

    def section_of(self, offset: int) -> tuple[int, int] | None:
        """The span of the text of the nearest `## ` heading at or above `offset`."""
        heading = self.heading_of_line[self.line_of(offset)]
        if heading is None:
            return None
        line = self.lines[heading]
        return line.start + 3, line.start + len(line.text.rstrip())


    def opens_with_name(self, start: int, end: int) -> bool:
        """Whether a name starts text[start:end] and ends inside it (广州南: the place 广州 and a part of it)."""
        name = self.name_at(start)
        return name is not None and name[1] <= end

    def overlaps_name(self, start: int, end: int) -> bool:
        """Whether text[start:end] overlaps an entity's name."""
        k = bisect.bisect_right(self.names_reach, start)  # the first name that reaches past `start`
        return k < len(self.names) and self.names[k][0] < end

    def name_at(self, start: int) -> tuple[int, int] | None:
        """The name that starts at `start`, if one does."""
        k = bisect.bisect_left(self.names, (start, start))
        return self.names[k] if k < len(self.names) and self.names[k][0] == start else None

    def past_names(self, start: int) -> int:
        """`start` moved past the names it falls in: the place or company a metric belongs to is not part of it."""
        # names before the first that reaches past `start` end by it, and `start` only moves on (the names are
        # sorted, so none starting after `start` holds it: read by index, since a slice to the end would copy them)
        for k in range(bisect.bisect_right(self.names_reach, start), len(self.names)):
            s, e = self.names[k]
            if s > start:
                break
            if start < e:
                start = e
                # 上海、北京, 北京和广州: a list of names is passed over whole, with the joiners between them
                while start < len(self.text) and self.text[start] in NAME_LIST_JOINERS:
                    start += 1
                if self.text[start : start + 1] in NAME_JOINING_WORDS and self.name_at(start + 1) is not None:
                    start += 1
        return start

