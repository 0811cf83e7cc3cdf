"""Facts: which quantities of an article are facts, and what each one measures. Pure: no spaCy.

One module per decision, each with an explicit input (a quantity and the read-only `DocumentView`) and output:
- `keep`: is it a fact (dates, framing durations, numbers in names, 一 as an article are not);
- `role`: amount, change (with its sign) or rank;
- `metric` (with `phrases`, the noun phrases around a figure): what it measures;
- `period`: when; `currency`: which money;
- `distribute`: what lists share (listed changes, 分别); `tables`: the cells of tables (tab-separated or Markdown rows).
`find` calls them in order (`find_facts`); `view` is the document as they read it, `lexicon` their word lists.
"""

from pipeline.facts.candidate import Candidate
from pipeline.facts.find import find_candidates, find_facts
from pipeline.facts.view import DocumentView

__all__ = ["Candidate", "DocumentView", "find_candidates", "find_facts"]
