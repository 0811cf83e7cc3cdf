"""Subject: whose figure it is (ANNOTATION.md v2), as a span of the article: the organisation, company, place or
person the metric belongs to.

The holder named nearest before the figure in its clause, else in its sentence, else earlier in its paragraph
(a subject stated once holds until another is named), else the article's own subject: the first holder of the
headline (or, with none there, of the lead). A name that only reports the figure is its source, not its holder
(国家统计局公布…, 据海关数据, 分析师表示): such names are passed over.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from pipeline.facts.candidate import Candidate
from pipeline.facts.view import DocumentView
from pipeline.lexicons import table, word_list

Span = tuple[int, int]
REACH = 12  # characters after a name, within its clause, where a source cue may stand (国家统计局今日(15日)发表)


@cache
def _source_cues() -> tuple[re.Pattern[str], tuple[str, ...]]:
    """(a pattern of the words after a name, the words before a name) that make it the source of a figure."""
    rows = table("source_cues.tsv")
    after = {row["word"] for row in rows if row["position"] == "after"} | set(word_list("person_cues.txt"))
    before = {row["word"] for row in rows if row["position"] == "before"}
    return re.compile("|".join(map(re.escape, sorted(after, key=len, reverse=True)))), tuple(before)


class SubjectFinder:
    """Finds the subject of each figure of one document."""

    def __init__(self, view: DocumentView) -> None:
        self.view = view
        self.holders = [(s, e) for s, e, _ in view.entities if not self.is_source(s, e)]
        self.ends = [e for _, e in self.holders]
        self.document_subject = self._document_subject()

    def is_source(self, start: int, end: int) -> bool:
        """Whether the name at text[start:end] reports a figure rather than holds it."""
        after, before = _source_cues()
        text = self.view.text
        clause_end = self.view.clause_end(end)
        if after.search(text, end, min(clause_end, end + REACH)):
            return True
        return text[max(0, start - 2) : start].endswith(before)

    def subject_for(self, cand: Candidate) -> Span | None:
        """The nearest holder before the figure in its clause, sentence or paragraph; else the article's own."""
        q = cand.quantity
        view = self.view
        for floor in (view.clause_start(q.start), view.sentence_start(q.start), view.lines[cand.line].start):
            holder = self._last_holder(floor, q.start)
            if holder is not None:
                return holder
        return self.document_subject

    def _last_holder(self, floor: int, before: int) -> Span | None:
        """The last holder that ends by `before` and starts at or after `floor`."""
        k = bisect.bisect_right(self.ends, before) - 1
        if k >= 0 and self.holders[k][0] >= floor:
            return self.holders[k]
        return None

    def _document_subject(self) -> Span | None:
        """The first holder of the headline (the first line), or of the first paragraph after it."""
        lines = [line for line in self.view.lines if line.text.strip() and not line.is_heading][:2]
        for line in lines:
            k = bisect.bisect_left(self.holders, (line.start, -1))
            if k < len(self.holders) and self.holders[k][1] <= line.end:
                return self.holders[k]
        return None
