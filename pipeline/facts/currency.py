"""Currency: the ISO code of a money figure. A currency the figure names itself wins (a bare $ names the dollar of a
Hong Kong or Taiwan article, decision D58); else the latest note such as
（单位：人民币） (in its section) or （人民币，下同） (to the end); else the article's own: CNY, unless a
traditional-script article's place cues show it is from Taiwan or Hong Kong."""

from __future__ import annotations

import re

import numpy

from pipeline.facts.lexicon import (
    currency_name_pattern,
    currency_note_pattern,
    currency_of_name,
    generic_currency_names,
)
from pipeline.lexicons import table
from pipeline.numerals import Quantity

CJK_FIRST, CJK_LAST = 0x3400, 0x9FFF  # the unified ideographs script conversion changes
BARE_DOLLAR = "$"  # (HK$, NT$ and US$ name their dollar; the bare sign names none)
DOLLAR_PLACES = ("HKD", "TWD")  # the places whose own currency is a dollar, written $ at home


class Currency:
    """The currency decision for one document: its default currency and its currency notes, found once."""

    def __init__(self, text: str, raw: str) -> None:
        self.text = text
        self.default = default_currency(text, raw)
        self.notes = currency_notes(text)

    def of(self, q: Quantity, section_start: int) -> str:
        """The currency of quantity `q` whose section starts at `section_start`; '' when it is not money."""
        if not q.currency:
            return ""
        if q.unit == BARE_DOLLAR and self.default in DOLLAR_PLACES:
            return self.default  # 車費$9.8: a bare dollar sign in a Hong Kong or Taiwan article is the place's dollar
        # the figure names its own currency, or its list does once for all (分别为6亿、8亿、9亿美元: 美元 for each)
        if currency_name_pattern().search(self.text, q.start, q.end) or currency_name_pattern().search(q.unit):
            return q.currency
        if (named := self.named_in_sentence(q)) is not None:
            return named  # 营收新台币300亿元，净利40亿元: the currency the sentence named for its 元 holds for the next
        chosen = self.default
        for start, end, currency, whole_document in self.notes:
            applies = whole_document or start >= section_start
            # a note right after the figure applies to it too
            if applies and (end <= q.start or start == q.end):
                chosen = currency
        return chosen

    def named_in_sentence(self, q: Quantity) -> str | None:
        """The currency named before an earlier amount of 元 in `q`'s sentence (人民币80亿元), for a bare 元 figure
        after it, where no other currency is named between them; None otherwise. The window is bounded: one look
        back of NAMED_REACH characters."""
        if q.unit not in generic_currency_names():
            return None
        window = self.text[max(q.start - NAMED_REACH, 0) : q.start]
        window = window[max(window.rfind(end) for end in SENTENCE_ENDS) + 1 :]
        names = list(currency_name_pattern().finditer(window))
        if not names:
            return None
        last = names[-1]
        amount = _NAMED_AMOUNT.match(window, last.end())
        return currency_of_name()[last.group()] if amount is not None else None


NAMED_REACH = 80  # characters looked back for a currency named in the same sentence
SENTENCE_ENDS = "。！？!?；;\n"
# after a currency's name: the amount it names, ending in 元 (人民币约80.5亿元)
_NAMED_AMOUNT = re.compile(r"\s*[约近逾超]?\s*[\d.,一二三四五六七八九十两百千万亿]+\s*[万亿千百]*元")


def default_currency(text: str, raw: str) -> str:
    """CNY, unless a traditional-script article (`raw` differs from its simplified `text`) shows it is from
    Taiwan or Hong Kong."""
    if raw == text or _differences(raw, text) <= len(raw) // 100:
        return "CNY"
    counts: dict[str, int] = {}
    for row in table("currency_context.tsv"):
        counts[row["currency"]] = counts.get(row["currency"], 0) + _cue_count(text, row["cue"])
    ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
    if ranked and ranked[0][1] >= 1 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return "CNY"


MEASURE_FIRSTS = frozenset("台")  # cue characters that are also measure words (N台 machines)
COUNT_CHARS = frozenset("0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万几数多")  # before a measure word


def _cue_count(text: str, cue: str) -> int:
    """How often `cue` stands in `text`, not counting where a numeral comes right before it: there its first
    character is a measure word (600台电脑, 两台电视: the 台 of machines, not 台电 or 台中)."""
    n = text.count(cue)
    if n and cue[0] in MEASURE_FIRSTS:
        n -= sum(1 for m in re.finditer(re.escape(cue), text) if m.start() and text[m.start() - 1] in COUNT_CHARS)
    return n


def currency_notes(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, currency, to_end_of_document) for each （单位：人民币） or （人民币，下同） note."""
    notes = []
    names = currency_of_name()
    for m in currency_note_pattern().finditer(text):
        notes.append((m.start(), m.end(), names[m.group(1)], "下同" in m.group(0)))
    return notes


def _differences(a: str, b: str) -> int:
    """How many Chinese characters differ between two texts (over the shorter's length): the characters script
    conversion changed, not the full-width punctuation it also folds. Compared as arrays of code points: 30× faster
    than comparing them one by one in Python."""
    n = min(len(a), len(b))
    codes_a = numpy.frombuffer(a.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)[:n]
    codes_b = numpy.frombuffer(b.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)[:n]
    han = (codes_a >= CJK_FIRST) & (codes_a <= CJK_LAST)
    return int(numpy.count_nonzero((codes_a != codes_b) & han))
