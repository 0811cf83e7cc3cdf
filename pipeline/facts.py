"""Stage 5: which quantities are facts, and what each one measures.

Reads `doc._.quantities` (from `quantities`), `doc._.entity_spans` (from the entity components) and the jieba
tokens, and writes `doc._.facts`: `Fact` records whose offsets, text, metric, period and section are slices of
the Doc's (raw) text, so they keep the article's own script.

The work is split as spaCy's components are: `find` decides, `annotate` writes. Finding goes line by line
(one paragraph or table row per line in news text) and follows ../shared/ANNOTATION.md:
- drop what is not a fact: dates, durations that only frame another figure, numbers inside names, labels and
  idioms, and 一 used as an article;
- role: rank for ordinals, change after a change cue (增长, 下降, 同比 …), amount otherwise;
- metric: the noun phrase after a count or specification (3家创新企业, 8 核心的 CPU), or before the figure
  (高新技术企业增至8609家; the product before a bracket of specifications; the metric before 居 for a rank),
  else the figure just before it in the sentence (同比增长29%), a stated topic (从…看), a scorecard's label line
  above it, the sentence's opening noun phrase, and last the running metric of the paragraph; 分别 lists share
  their metrics out in order; tables are read by `tables`;
- period: the latest time phrase earlier in the paragraph that is not a point of comparison;
- currency: notes such as （单位：人民币） and （人民币，下同）, else the article's own currency.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.lexicons import lengths_by, table, word_list
from pipeline.numerals import Quantity
from pipeline.records import Fact
from pipeline.tables import Cell, find_table_cells
from pipeline.text.segment import Token, doc_tokens

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)
if not Doc.has_extension("doc_id"):
    Doc.set_extension("doc_id", default="doc")
if not Doc.has_extension("entity_spans"):
    Doc.set_extension("entity_spans", default=None)

CLAUSE_BREAKS = set(",，。;；:：!！?？\n")
SENTENCE_BREAKS = set("。;；!！?？\n")
_CLAUSE_BREAK = re.compile(f"[{re.escape(''.join(sorted(CLAUSE_BREAKS)))}]")
_SENTENCE_BREAK = re.compile(f"[{re.escape(''.join(sorted(SENTENCE_BREAKS)))}]")
_YEAR = re.compile(r"(19|20)\d\d")
QUOTES = set("「」『』“”\"'《》")
OPENING_QUOTES = set("「『“《")
LIST_SEPARATORS = ("、", ",", "，", "和", "及", "与", "以及")
_TOPIC = re.compile(r"(?:从|以|按|就)([^,，。;；、]{2,20}?)(?:来看|看|而言|来说)")
PERCENT_UNITS = ("%", "个百分点", "百分点")
RATE_UNITS = ("%", "个百分点", "百分点", "倍")
SKIP_TAGS = ("t", "d", "p", "f", "m", "q", "u", "ul", "uj")
CLASSIFIER_KINDS = ("number",)
NOUN_TAGS = ("n", "nr", "ns", "nt", "nz", "ng", "nrt", "nrfg", "vn", "an", "j", "l", "b", "eng", "i")


class Line(NamedTuple):
    """A paragraph or table row; a tuple, since a Doc has hundreds and a frozen dataclass is slow to build."""

    start: int
    end: int
    text: str  # converted text of the line

    @property
    def is_heading(self) -> bool:
        return self.text.startswith("## ")


class Spans:
    """Spans that may overlap, sorted by start, with the furthest end reached by any span starting at or before
    each: one bisect tells whether a span encloses a stretch of text, however many spans there are."""

    def __init__(self, spans) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max))

    def enclose(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.starts, start)
        return k > 0 and self.reach[k - 1] >= end


@dataclass
class Candidate:
    """A quantity on its way to becoming a fact."""

    quantity: Quantity
    line: int
    role: str = "amount"
    sign: int = 1
    metric: tuple[int, int] | None = None
    period: tuple[int, int] | None = None
    currency: str = ""


# --- lexicons, compiled once -------------------------------------------------------------------------------


@cache
def _role_cues() -> dict[str, str]:
    return {row["cue"]: row["sign"] for row in table("role_cues.tsv")}


class Endings:
    """A lexicon's words by their last character and length, so that the longest one a text ends with (同比增长
    before 增长) is found with a set look-up per length some word ending in that character has, instead of an
    `endswith` per word; most texts end in a character no word does."""

    def __init__(self, words) -> None:
        self.words = frozenset(words)
        self.lengths = lengths_by(self.words, itemgetter(-1))

    def longest_ending(self, text: str, max_length: int | None = None) -> str | None:
        lengths = self.lengths.get(text[-1:])
        if lengths is None:
            return None
        limit = len(text) if max_length is None else min(max_length, len(text))
        for n in lengths:
            if n <= limit and text[len(text) - n :] in self.words:
                return text[len(text) - n :]
        return None


@cache
def _by_length(name: str) -> tuple[str, ...]:
    """A lexicon's words, longest first, so that the longest marker wins."""
    return tuple(sorted(word_list(name), key=len, reverse=True))


@cache
def _cue_endings() -> Endings:
    return Endings(_role_cues())


@cache
def _metric_skip_endings() -> Endings:
    return Endings(word_list("metric_skip.txt"))


@cache
def _role_skip_endings() -> Endings:
    """Words that may stand between a change cue and its figure (了, 分别, 同比); 至/到 end the search, since
    增至8609家 names a level."""
    return Endings(w for w in word_list("metric_skip.txt") if w not in _words("level_cues.txt"))


@cache
def _comparison_endings() -> Endings:
    return Endings(word_list("comparison_cues.txt"))


@cache
def _skip_before_metric() -> frozenset[str]:
    return _words("metric_skip.txt") | _role_cues().keys()


@cache
def _comparatives() -> dict[str, str]:
    return {row["cue"]: row["sign"] for row in table("comparative_cues.tsv")}


@cache
def _comparative_cues() -> tuple[str, ...]:
    """For `str.startswith`, which tries a tuple of prefixes in one call."""
    return tuple(_comparatives())


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(word_list(name))


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _rate_noun_pattern() -> re.Pattern[str]:
    return re.compile(_alternation(word_list("rate_nouns.txt")))


@cache
def _name_numeral_pattern() -> re.Pattern[str]:
    return re.compile(_alternation(word_list("name_numerals.txt")))


@cache
def _period_pattern() -> re.Pattern[str]:
    """Time phrases: 2024年上半年, 截至今年7月, 1-11月, 上半年, 近三年 (durations come from the grammar)."""
    prefix = f"(?:(?:{_alternation(word_list('period_prefixes.txt'))}))?"
    year = r"(?:\d{4}|[今去明前当本上同]|[一二〇零○][一二三四五六七八九〇零○]{3})年(?:度|底|末|初|内)?"
    month = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-—–~至到]\d{1,2})?月(?:份|底|末|初)?"
    words = _alternation(word_list("period_words.txt"))
    # every phrase starts with one of these: checking that first lets a search pass other characters ~3× faster
    openers = {w[0] for w in (*word_list("period_prefixes.txt"), *word_list("period_words.txt"))}
    first = rf"(?=[\d今去明前当本上同一二〇零○三四五六七八九十{re.escape(''.join(sorted(openers)))}])"
    return re.compile(
        rf"{first}{prefix}(?:{year}(?:{words}|{month})?|{month}|{words})(?:{_alternation(['以来', '来'])})?"
    )


@cache
def _currency_note_pattern() -> re.Pattern[str]:
    names = _alternation([row["name"] for row in table("currencies.tsv")])
    return re.compile(rf"[(（]\s*(?:单位\s*[:：]\s*(?:[万亿千百]*)?)?({names})\s*(?:[,，、]\s*下同)?\s*[)）]")


@cache
def _currency_name_pattern() -> re.Pattern[str]:
    """Any currency name but 元, which every currency figure is written with."""
    return re.compile(_alternation([name for name in _currency_of_name() if name != "元"]))


@cache
def _currency_of_name() -> dict[str, str]:
    return {row["name"]: row["iso"] for row in table("currencies.tsv")}


def _differences(a: str, b: str) -> int:
    """How many characters differ between two texts (over the shorter's length), compared as arrays of code
    points: 30× faster than comparing them one by one in Python."""
    n = min(len(a), len(b))
    codes_a = numpy.frombuffer(a.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)[:n]
    codes_b = numpy.frombuffer(b.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)[:n]
    return int(numpy.count_nonzero(codes_a != codes_b))


# --- layout ------------------------------------------------------------------------------------------------


def split_lines(text: str) -> list[Line]:
    lines, start = [], 0
    for chunk in text.splitlines(keepends=True):
        body = chunk.rstrip("\r\n")
        lines.append(Line(start, start + len(body), body))
        start += len(chunk)
    return lines


def is_label_line(line: Line, quantities_in_line: int) -> bool:
    """A scorecard or table label: short, no sentence punctuation, and no figure of its own."""
    body = line.text.strip()
    return (
        0 < len(body) <= 30
        and not line.is_heading
        and quantities_in_line == 0
        and not any(ch in CLAUSE_BREAKS for ch in body)
    )


# --- finding -----------------------------------------------------------------------------------------------


class FactFinder:
    """Turns a Doc's quantities into facts; see the module docstring."""

    def __init__(self, text: str, tokens: list[Token], quantities: list[Quantity],
                 entity_spans: list[tuple[int, int, str]]) -> None:
        self.text = text
        self.tokens = tokens
        self.token_starts = [t.start for t in tokens]
        self.quantities = quantities
        self.quantity_starts = [q.start for q in quantities]  # in order, as `find_quantities` gives them
        self.lines = split_lines(text)
        self.line_starts = [line.start for line in self.lines]
        self.heading_of_line: list[int | None] = []  # index of the nearest heading line at or above each line
        for j, line in enumerate(self.lines):
            self.heading_of_line.append(j if line.is_heading else (self.heading_of_line[-1] if j else None))
        self.names = sorted((s, e) for s, e, _ in entity_spans)
        self.names_reach = list(accumulate((e for _, e in self.names), max))  # the furthest end so far
        # offsets just after each clause break, and of each sentence break, for bisecting instead of walking the text
        self.clause_ends = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
        self.sentence_breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
        self.time_spans = Spans([])  # dates, periods and framing durations, set by `find`
        self.name_spans = Spans(m.span() for m in _name_numeral_pattern().finditer(text))
        self.frames: list[tuple[int, int]] = []  # durations that frame other figures: periods, not facts

    # -- helpers over the text

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    def token_index_at(self, offset: int) -> int:
        """Index of the token containing `offset` (or the one starting right after it)."""
        return max(bisect.bisect_right(self.token_starts, offset) - 1, 0)

    def clause_start(self, offset: int) -> int:
        k = bisect.bisect_right(self.clause_ends, offset)
        return self.clause_ends[k - 1] if k else 0

    def sentence_start(self, offset: int) -> int:
        k = bisect.bisect_left(self.sentence_breaks, offset)
        return self.sentence_breaks[k - 1] + 1 if k else 0

    def sentence_end(self, offset: int) -> int:
        k = bisect.bisect_left(self.sentence_breaks, offset)
        return self.sentence_breaks[k] if k < len(self.sentence_breaks) else len(self.text)

    # -- what is not a fact

    def is_fact(self, q: Quantity, q_index: int) -> bool:
        if q.kind == "date":
            return False
        if q.kind == "duration" and self.duration_is_time_frame(q, q_index):
            return False
        if self.name_spans.enclose(q.number_start, q.number_end):
            return False
        return not (self.inside_name(q) or self.is_article_one(q) or self.is_year(q) or self.is_section_number(q))

    def duration_is_time_frame(self, q: Quantity, q_index: int) -> bool:
        """两年前 is a point in time. A duration followed by another figure in its sentence frames it
        (近五年，… 增加近百万; 两年间增长3.5倍; 近五年营收增速达26%) and becomes that figure's period, kept in
        `self.frames`; a duration with no figure after it is itself the figure (历经15年, 只用了两年)."""
        after = self.text[q.end : q.end + 4]
        if after.startswith(word_list("point_markers.txt")):
            return True
        sentence_end = self.sentence_end(q.end)
        follows = False
        for k in range(q_index + 1, len(self.quantities)):
            later = self.quantities[k]
            if later.start >= sentence_end:
                break
            if later.kind not in ("date", "duration") and self.is_fact(later, k):
                follows = True
                break
        if follows:
            marker = next((w for w in _by_length("frame_markers.txt") if after.startswith(w)), "")
            self.frames.append((q.start, q.end + len(marker)))
        return follows

    def inside_name(self, q: Quantity) -> bool:
        """ZTE520, 5A级, 5G, 「211」, 90后, 50强: the number names or labels something."""
        before = self.text[max(q.start - 2, 0) : q.start].rstrip(" ")
        after = self.text[q.end : q.end + 1]
        if before[-1:].isascii() and before[-1:].isalpha():
            return True
        if not q.unit and after.isascii() and after.isalnum():
            return True
        if not q.unit and self.text.startswith(word_list("label_suffixes.txt"), q.end):
            return True
        if q.unit in ("号",):
            return True
        return not q.unit and self.text[q.start - 1 : q.start] in QUOTES and after in QUOTES

    def is_article_one(self, q: Quantity) -> bool:
        """一台相机, 一个手势: 一 with a classifier in narrative is an article, not a count."""
        numeral = self.text[q.number_start : q.number_end]
        return numeral in ("一", "壹") and q.kind in CLASSIFIER_KINDS and q.qualifier == "exact" and q.unit != "倍"

    def is_year(self, q: Quantity) -> bool:
        numeral = self.text[q.number_start : q.number_end]
        return not q.unit and q.kind == "number" and bool(_YEAR.fullmatch(numeral))

    def is_section_number(self, q: Quantity) -> bool:
        line = self.lines[self.line_of(q.start)]
        return q.start == line.start and self.text[q.end : q.end + 1] in ("、", ".", "．")

    # -- role

    def role_of(self, q: Quantity) -> tuple[str, int]:
        if q.kind == "ordinal":
            return "rank", 1
        prefix = self.text[self.clause_start(q.start) : q.start]
        signs = _role_cues()
        if self.has_comparative_after(q):  # 40% 更快: a comparison after the figure is a change
            following = self.text[q.end : q.end + 4].lstrip()
            sign = next(sign for cue, sign in _comparatives().items() if following.startswith(cue))
            return "change", (-1 if sign == "-" else 1)
        # the nearest cue word before the figure, allowing skip words (了, 分别, 同比 …) in between
        rest = prefix.rstrip()
        while rest:
            cue = _cue_endings().longest_ending(rest)
            if cue is not None:
                sign = signs[cue]
                if sign == "0":
                    return "amount", 1
                return "change", (-1 if sign == "-" else 1)
            skip = _role_skip_endings().longest_ending(rest)
            if skip is None:
                break
            rest = rest[: -len(skip)].rstrip()
        if q.unit in PERCENT_UNITS and self.names_a_rate(self.clause_start(q.start), q.start):
            return "change", 1  # 增速低于20%, 复合增速平均值达26%: a growth rate stated as a level
        return "amount", 1

    # -- metric

    def is_nominal(self, tok: Token) -> bool:
        """Nouns, Latin words (CPU, Snapdragon, A55) and verbs that name measures (排名, 投资)."""
        if tok.tag.startswith(NOUN_TAGS) or tok.text in _words("nominal_verbs.txt"):
            return True
        return tok.text.isascii() and tok.text.isalnum() and not tok.text.isdigit()

    def is_model_number(self, i: int) -> bool:
        """The 15 of iPhone 15: digits after a Latin word, with or without a space."""
        if not self.tokens[i].text.isdigit():
            return False
        j = i - 1 if i > 0 and self.tokens[i - 1].text != " " else i - 2
        return j >= 0 and self.is_nominal(self.tokens[j]) and self.tokens[j].text.isascii()

    def is_space_inside_phrase(self, i: int) -> bool:
        """A space between two words of one phrase, as in GPU 频率 or Galaxy Tab Pro."""
        if not (self.tokens[i].text == " " and 0 < i < len(self.tokens) - 1):
            return False
        left, right = self.tokens[i - 1], self.tokens[i + 1]
        joined = (self.is_nominal(left) or self.is_model_number(i - 1)) and (
            self.is_nominal(right) or self.is_model_number(i + 1))
        return joined and (left.text.isascii() or right.text.isascii())

    def skip_space(self, i: int) -> int:
        """Step over a space before a Latin word or a comparative (6 核 Kirin, 40% 更快), not a newline."""
        if i + 1 < len(self.tokens) and self.tokens[i].text == " ":
            following = self.tokens[i + 1].text
            if (following.isascii() and following.isalnum()) or following in _comparatives() or following == "的":
                return i + 1
        return i

    def noun_phrase_after(self, q: Quantity, *, comparative: bool = False) -> tuple[int, int] | None:
        """3家创新企业, 3亿元创投基金, 90%以上的国家和地区, 40% 更快的 GPU 频率: what a figure is of, written
        after it (with `comparative`, after the comparative word)."""
        i = self.token_index_at(q.end)
        if i < len(self.tokens) and self.tokens[i].start < q.end:
            i += 1
        i = self.skip_space(i)
        if comparative and i < len(self.tokens) and self.tokens[i].text in _comparatives():
            i += 1
        elif q.unit in RATE_UNITS and not (i < len(self.tokens) and self.tokens[i].text == "的"):
            return None
        if i < len(self.tokens) and self.tokens[i].text == "的":
            i += 1
        i = self.skip_space(i)
        start = end = None
        while i < len(self.tokens):
            tok = self.tokens[i]
            if tok.text in OPENING_QUOTES:  # a quoted label inside the phrase: 3所「211」高校
                close = next((k for k in range(i + 1, min(i + 6, len(self.tokens)))
                              if self.tokens[k].text in QUOTES), None)
                if close is None:
                    break
                start = tok.start if start is None else start
                i = close + 1
                continue
            if self.is_nominal(tok) or tok.tag in ("v", "f") or (start is not None and self.is_space_inside_phrase(i)):
                start = tok.start if start is None else start
                if self.is_nominal(tok) or q.kind == "duration":  # 历经15年博弈: a duration measures an event
                    end = tok.end
                i += 1
            else:
                break
        if start is None or end is None or end - start < 2:
            return None
        return self.trim_quotes(start, end)

    def noun_phrase_before(self, offset: int, *, floor: int) -> tuple[int, int] | None:
        """The noun phrase ending before `offset`, skipping cue words; places at its front are dropped."""
        tokens = self.tokens
        i = self.token_index_at(offset - 1) if offset > 0 else -1
        skip = _skip_before_metric()
        while i >= 0 and tokens[i].end > offset:
            i -= 1
        while i >= 0 and (tok := tokens[i]).start >= floor:
            if tok.text in (")", "）"):  # 工业投资（不含电力）120亿元: step over the aside
                window = (max(floor, tok.start - 20), tok.start)
                opening = max(self.text.rfind("(", *window), self.text.rfind("（", *window))
                if opening < 0:
                    break
                i = self.token_index_at(opening) - 1
                continue
            if not (tok.text in skip or tok.tag in SKIP_TAGS or not tok.text.strip() or self.in_time_phrase(i)):
                break
            i -= 1
        end = start = None
        comparisons = _words("comparison_cues.txt")
        while i >= 0 and (tok := tokens[i]).start >= floor and tok.text not in comparisons:
            if self.is_nominal(tok) or (tok.text in QUOTES and end is not None) or (
                end is None and tok.text in QUOTES and tok.text not in OPENING_QUOTES
            ) or (end is not None and self.is_space_inside_phrase(i)) or self.is_model_number(i):
                end = tok.end if end is None else end
                start = tok.start
                i -= 1
            else:
                break
        if start is None:
            return None
        start = self.past_names(start)
        if start >= end:
            return None
        phrase = self.text[start:end]
        longest = len(phrase) - 2
        cue = _cue_endings().longest_ending(phrase, longest) or _metric_skip_endings().longest_ending(phrase, longest)
        if cue:  # jieba's 价格上涨 is the metric 价格 and the cue 上涨; 上证指数收报 is 上证指数
            end -= len(cue)
        start, end = self.trim_quotes(start, end)
        return (start, end) if end - start >= 2 else None

    def past_names(self, start: int) -> int:
        """`start` moved past the names it falls in: the place or company a metric belongs to is not part of it."""
        # names before the first that reaches past `start` end by it, and `start` only moves on
        for s, e in self.names[bisect.bisect_right(self.names_reach, start) :]:
            if s > start:  # the names are sorted, so no later one holds `start`
                break
            if start < e:
                start = e
        return start

    def in_time_phrase(self, i: int) -> bool:
        """Token i lies in a date, a period or a framing duration (2019年、2020年连续两年), or joins two."""
        tok = self.tokens[i]
        inside = self.time_spans.enclose(tok.start, tok.end)
        joins = tok.text in ("、", "和", "至", "到") and i > 0 and self.in_time_phrase(i - 1)
        return inside or joins

    def topic_before(self, offset: int) -> tuple[int, int] | None:
        """从出口结构看 / 以用电量来看: a stated topic names the metric of the figures after it in
        its paragraph."""
        line = self.lines[self.line_of(offset)]
        topics = [m.span(1) for m in _TOPIC.finditer(self.text, line.start, offset)]
        return topics[-1] if topics else None

    def has_comparative_after(self, q: Quantity) -> bool:
        if q.unit not in RATE_UNITS:
            return False
        following = self.text[q.end : q.end + 4].lstrip()
        return following.startswith(_comparative_cues())

    def rank_verb_before(self, q: Quantity, floor: int) -> int | None:
        """Where 居/位居/跃居 stands before a rank in its clause: the metric is written before it."""
        clause = max(self.clause_start(q.start), floor)
        verbs = _words("rank_verbs.txt")
        i = self.token_index_at(q.start - 1)
        while i >= 0 and self.tokens[i].start >= clause:
            if self.tokens[i].text in verbs:
                return self.tokens[i].start
            i -= 1
        return None

    def trim_quotes(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] in QUOTES:
            start += 1
        while end > start and self.text[end - 1] in QUOTES:
            end -= 1
        return start, end

    def label_above(self, line_index: int, counts: list[int]) -> tuple[int, int] | None:
        """A scorecard label: the nearest non-blank line above, when it is a label line."""
        j = line_index - 1
        while j >= 0 and not self.lines[j].text.strip():
            j -= 1
        if j < 0 or not is_label_line(self.lines[j], counts[j]):
            return None
        line = self.lines[j]
        start = line.start + len(line.text) - len(line.text.lstrip())
        end = line.start + len(line.text.rstrip())
        period = _period_pattern().match(self.text, start, end)
        if period and period.end() < end:
            start = period.end()
        return start, end

    # -- period

    def period_spans(self) -> list[tuple[int, int]]:
        comparisons = _comparison_endings()
        spans = []
        for m in _period_pattern().finditer(self.text):
            before = self.text[max(m.start() - 2, 0) : m.start()]
            if comparisons.longest_ending(before) is not None:
                continue
            spans.append(m.span())
        return sorted(spans + self.frames)

    def period_for(self, q: Quantity, periods: list[tuple[int, int]], block_start: int) -> tuple[int, int] | None:
        """The last of the sorted `periods` that starts at or after `block_start` and ends by `q`."""
        first = bisect.bisect_left(periods, (block_start,))
        for k in range(bisect.bisect_right(periods, (q.start, math.inf)) - 1, first - 1, -1):
            if periods[k][1] <= q.start:
                return periods[k]
        return None

    # -- currency

    def default_currency(self, raw: str) -> str:
        """CNY, unless a traditional-script article shows it is from Taiwan or Hong Kong."""
        if raw == self.text or _differences(raw, self.text) < len(raw) // 100:
            return "CNY"
        counts: dict[str, int] = {}
        for row in table("currency_context.tsv"):
            counts[row["currency"]] = counts.get(row["currency"], 0) + self.text.count(row["cue"])
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        if ranked and ranked[0][1] >= 1 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
        return "CNY"

    def currency_notes(self) -> list[tuple[int, int, str, bool]]:
        """(start, end, currency, to_end_of_document) for each （单位：人民币） or （人民币，下同） note."""
        notes = []
        names = _currency_of_name()
        for m in _currency_note_pattern().finditer(self.text):
            notes.append((m.start(), m.end(), names[m.group(1)], "下同" in m.group(0)))
        return notes

    def currency_for(self, q: Quantity, default: str, notes, section_start: int) -> str:
        if not q.currency:
            return ""
        if _currency_name_pattern().search(self.text, q.start, q.end):  # the figure names its own currency
            return q.currency
        chosen = default
        for start, end, currency, whole_document in notes:
            applies = whole_document or start >= section_start
            # a note right after the figure applies to it too
            if applies and (end <= q.start or start == q.end):
                chosen = currency
        return chosen

    # -- the walk

    def find(self, raw: str) -> list[Candidate]:
        counts = [0] * len(self.lines)
        keep: list[tuple[int, Quantity]] = []
        for k, q in enumerate(self.quantities):
            line_index = self.line_of(q.start)
            if "\t" not in self.lines[line_index].text and self.is_fact(q, k):
                keep.append((k, q))
                counts[line_index] += 1

        periods = self.period_spans()
        self.time_spans = Spans(periods + [(q.start, q.end) for q in self.quantities if q.kind == "date"])
        default = self.default_currency(raw)
        notes = self.currency_notes()
        candidates: list[Candidate] = []
        labels: dict[int, tuple[int, int] | None] = {}  # by line: the figures of a line share its label
        for _, q in keep:
            line_index = self.line_of(q.start)
            role, sign = self.role_of(q)
            cand = Candidate(q, line_index, role=role, sign=sign)
            if line_index not in labels:
                labels[line_index] = self.label_above(line_index, counts)
            label = labels[line_index]
            block_start = label[0] if label else self.lines[line_index].start
            if label:  # a label line's time phrase heads its figure too
                j = self.line_of(label[0])
                block_start = self.lines[j].start
            cand.period = self.period_for(q, periods, block_start)
            cand.currency = self.currency_for(q, default, notes, self.section_start(q.start))
            cand.metric = self.metric_for(cand, candidates, label)
            if cand.role == "amount" and q.unit in PERCENT_UNITS and cand.metric and self.names_a_rate(*cand.metric):
                cand.role = "change"  # a rate named earlier in the sentence: 增速在两年间低于20%
            candidates.append(cand)
        self.continue_lists(candidates)
        self.share_out_lists(candidates)
        cells = find_table_cells(self.text, [(line.start, line.end) for line in self.lines], periods)
        candidates += [self.table_candidate(cell, default) for cell in cells]
        return sorted(candidates, key=lambda c: c.quantity.start)

    def table_candidate(self, cell: Cell, default_currency: str) -> Candidate:
        """A table cell as a candidate: the cell's number with the unit and magnitude its table gives it."""
        currency = _currency_of_name().get(cell.unit, "")
        if currency and cell.unit == "元":
            currency = default_currency
        kind = "percent" if cell.unit == "%" else ("currency" if currency else "number")
        quantity = Quantity(
            start=cell.start, end=cell.end, text=self.text[cell.start : cell.end], value=cell.value,
            value_max=None, unit=cell.unit, currency=currency, qualifier="exact", kind=kind,
            number_start=cell.start, number_end=cell.end,
        )
        return Candidate(quantity, cell.line, role=cell.role, metric=cell.metric, period=cell.period,
                         currency=currency)

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

    def metric_for(self, cand: Candidate, earlier: list[Candidate], label) -> tuple[int, int] | None:
        """What the figure measures; see the module docstring for the order of the cues."""
        q = cand.quantity
        sentence = self.sentence_start(q.start)
        # quantities come in order and do not overlap, so only the last one can end inside this sentence
        previous = earlier[-1] if earlier and earlier[-1].quantity.end > sentence else None
        floor = previous.quantity.end if previous else sentence
        after = self.noun_phrase_after(q, comparative=cand.role == "change")
        # 超10亿元的公司: a sum inside a noun phrase measures what stands before it, if anything does
        # (while 8 核心的 CPU and 90%以上的国家 are of what follows)
        relative = bool(q.currency) and self.text[q.end : q.end + 2].lstrip().startswith("的")
        if after and not relative and (cand.role != "change" or self.has_comparative_after(q)):
            return after
        anchor = q.start
        bracket = self.bracket_start(q)
        if bracket is not None:  # Pixel 9 Pro（16GB/512GB）: a specification belongs to what it follows
            anchor = bracket
            floor = min(floor, self.sentence_start(bracket))
        if cand.role == "rank":
            anchor = self.rank_verb_before(q, floor) or anchor
        before = self.noun_phrase_before(anchor, floor=floor)
        # 12家公司超过1万件: a noun right after another figure is what that figure counts, not this one's metric
        counted = before is not None and previous is not None and before[0] == previous.quantity.end
        if before and not counted and not self.is_vague_metric(*before):
            return before
        if after and relative:
            return after
        if previous is not None and previous.metric is not None and not counted:
            return previous.metric
        topic = self.topic_before(q.start)
        if topic and not self.is_vague_metric(*topic):
            return topic
        if previous is not None and previous.metric is not None:
            return previous.metric
        return label or self.sentence_subject(sentence, q.start) or self.recent_metric(q, earlier)

    def sentence_subject(self, sentence: int, offset: int) -> tuple[int, int] | None:
        """销量波动剧烈，自一月的45万支: the noun phrase a sentence opens with, up to its first verb."""
        i = self.token_index_at(sentence)
        while i < len(self.tokens) and self.tokens[i].end <= offset and (
            self.in_time_phrase(i) or self.tokens[i].tag in SKIP_TAGS or not self.tokens[i].text.strip()
        ):
            i += 1
        j = i
        while j < len(self.tokens) and self.tokens[j].end <= offset and self.is_nominal(self.tokens[j]):
            j += 1
        if j == i or j >= len(self.tokens) or not self.tokens[j].tag.startswith(("v", "a", "d")):
            return None
        start, end = self.tokens[i].start, self.tokens[j - 1].end
        start = self.past_names(start)
        return (start, end) if end - start >= 2 and not self.is_vague_metric(start, end) else None

    def recent_metric(self, q: Quantity, earlier: list[Candidate]) -> tuple[int, int] | None:
        """The last metric named in this paragraph or the one before it: the running topic of the text."""
        line = self.line_of(q.start)
        first_line = max(line - 2, 0)
        for c in reversed(earlier):
            if c.line < first_line:
                break
            if c.metric is not None and not self.lines[c.line].is_heading:
                return c.metric
        return None

    def names_a_rate(self, start: int, end: int) -> bool:
        return _rate_noun_pattern().search(self.text, start, end) is not None

    def is_vague_metric(self, start: int, end: int) -> bool:
        """数量 or 去年同期: words that point back to another figure or only say when."""
        phrase = self.text[start:end]
        period = _period_pattern().fullmatch(phrase)
        return phrase in _words("generic_metrics.txt") or period is not None

    def bracket_start(self, q: Quantity) -> int | None:
        """Where the bracket holding only figures (（8GB/256GB）) opens, if `q` sits in one."""
        line = self.lines[self.line_of(q.start)]
        opening = max(self.text.rfind("(", line.start, q.start), self.text.rfind("（", line.start, q.start))
        if opening < 0:
            return None
        closing = min((i for i in (self.text.find(")", q.end, line.end), self.text.find("）", q.end, line.end))
                       if i >= 0), default=-1)
        if closing < 0:
            return None
        inside = self.text[opening + 1 : closing]
        after_opening = bisect.bisect_right(self.quantity_starts, opening)
        figures = [x for x in self.quantities[after_opening : bisect.bisect_right(self.quantity_starts, closing)]
                   if x.end <= closing]
        rest = inside
        for x in sorted(figures, key=lambda x: x.start, reverse=True):
            rest = rest[: x.start - opening - 1] + rest[x.end - opening - 1 :]
        return opening if figures and not rest.strip(" /、,，及和") else None

    def continue_lists(self, candidates: list[Candidate]) -> None:
        """增长5%、8% or 上升5位、7位: a figure listed right after a change is a change too."""
        for prev, cand in zip(candidates, candidates[1:]):
            between = self.text[prev.quantity.end : cand.quantity.start].strip()
            same_unit = prev.quantity.unit == cand.quantity.unit
            listed = between in ("、", "和", "及", "与", "以及") or (between in (",", "，") and same_unit)
            if prev.role == "change" and cand.role == "amount" and listed and prev.line == cand.line:
                cand.role, cand.sign = prev.role, prev.sign

    def share_out_lists(self, candidates: list[Candidate]) -> None:
        """分别: N figures after it take, in order, the metrics of the N figures before it in the sentence."""
        by_line: dict[int, list[Candidate]] = {}
        for c in candidates:
            by_line.setdefault(c.line, []).append(c)
        for group in by_line.values():
            for i, c in enumerate(group):
                head = self.text[self.clause_start(c.quantity.start) : c.quantity.start]
                if "分别" not in head:
                    continue
                listed = [c]
                for d in group[i + 1 :]:
                    between = self.text[listed[-1].quantity.end : d.quantity.start].strip()
                    if between in LIST_SEPARATORS:
                        listed.append(d)
                    else:
                        break
                sentence = self.sentence_start(c.quantity.start)
                before = [b for b in group[:i] if b.quantity.start >= sentence]
                if len(listed) > 1 and len(before) >= len(listed):
                    for target, source in zip(listed, before[-len(listed):]):
                        target.metric = source.metric
                break


# --- the component -----------------------------------------------------------------------------------------


def _number(value: Decimal | None, sign: int) -> float | None:
    return None if value is None else float(value) * sign


def _fact(fields: dict) -> Fact:
    """A Fact built as its frozen dataclass `__init__` would (which has no checks of its own), without setting
    each field through `object.__setattr__`: that halves the cost of the hundreds of facts of an article."""
    fact = object.__new__(Fact)
    fact.__dict__.update(fields)
    return fact


assert not hasattr(Fact, "__post_init__") and not hasattr(Fact, "__slots__"), "_fact would bypass them"


def find_facts(doc: Doc) -> list[Fact]:
    """The facts of a Doc that went through the tokenizer, quantities and entity components."""
    text = doc._.zh_text if doc._.zh_text is not None else doc.text
    finder = FactFinder(text, doc_tokens(doc), doc._.quantities or [], doc._.entity_spans or [])
    raw = doc._.raw_text if doc._.raw_text is not None else doc.text
    doc_id = doc._.doc_id
    facts = []
    for c in finder.find(raw):
        q = c.quantity
        section = finder.section_of(q.start)
        facts.append(_fact({
            "doc_id": doc_id,
            "start": q.start,
            "end": q.end,
            "text": raw[q.start : q.end],
            "value": _number(q.value, c.sign),
            "value_max": _number(q.value_max, c.sign),
            "unit": q.unit,
            "currency": c.currency,
            "qualifier": q.qualifier,
            "role": c.role,
            "metric": raw[slice(*c.metric)] if c.metric else "",
            "period": raw[slice(*c.period)] if c.period else "",
            "section": raw[slice(*section)] if section else "",
        }))
    return facts


class FactMaker:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def annotate(self, doc: Doc, facts: list[Fact]) -> Doc:
        doc._.facts = facts
        return doc

    def __call__(self, doc: Doc) -> Doc:
        if doc._.quantities is None:
            raise ValueError("E101: zhfacts_facts needs doc._.quantities; add 'zhfacts_quantities' before it")
        return self.annotate(doc, find_facts(doc))


@Language.factory("zhfacts_facts", requires=["doc._.quantities"], assigns=["doc._.facts"])
def make_fact_maker(nlp: Language, name: str) -> FactMaker:
    return FactMaker(nlp, name)


__all__ = ["FactFinder", "FactMaker", "find_facts"]
