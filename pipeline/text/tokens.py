"""The jieba word as every rule reads it; no spaCy here, so that the rule stages stay pure."""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

FUNCTION_TAGS = frozenset({"c", "p", "uj", "ul", "u"})  # conjunctions, prepositions and particles (和, 与, 的)


class Token(NamedTuple):
    """A jieba word: character offsets, simplified text and POS tag."""

    start: int
    end: int
    text: str
    tag: str


def cut_at_edges(tokens: Sequence[Token], ends: Iterable[int], starts: Iterable[int] = (),
                   times: Iterable[int] = (), figure_ends: Iterable[int] = (),
                   noun_tag: Callable[[str], str | None] = lambda word: None) -> list[Token]:
    """A jieba word that runs over the edge of a number expression or a time phrase is two words there, so that no
    phrase read before a figure starts or ends inside a number or a time.

    At the `ends` (of dates): 日均 in 6月29日均跌破 is the date's 日 and the rest, an adverb when it is one
    character (均, 共, 都), unless with the word after it it makes a noun (3月均/j 价: 均价, by `noun_tag`, a word's
    dictionary tag). At the `starts` (of figures): 率约 in 发现率约60% is the word's 率, keeping its tag, and
    the number's 约. At the starts of `times` (time phrases): 较前年 is 较 and the time 前年 (tag t). At the
    `figure_ends`: 成冻/v in 2成冻薪 is the unit 成 and 冻, which keeps the word's tag (a time word such as 30年来/t
    stays whole).
    """
    cuts = ({at: "time" for at in times} | {at: "figure_end" for at in figure_ends} | {at: "end" for at in ends}
            | {at: "start" for at in starts})
    # the first cut inside each word, found from the cuts (far fewer than the words)
    token_starts = [tok.start for tok in tokens]
    first_cut: dict[int, int] = {}
    for at in sorted(cuts):
        i = bisect.bisect_right(token_starts, at) - 1
        if i >= 0 and tokens[i].start < at < tokens[i].end:
            first_cut.setdefault(i, at)
    out: list[Token] = []
    done = 0  # the words before this one are in `out` (or joined to the word before them)
    for i, at in sorted(first_cut.items()):
        if i < done:
            continue  # already joined to the rest of the word before it
        out += tokens[done:i]
        done = i + 1
        tok = tokens[i]
        if cuts[at] == "figure_end" and tok.tag == "t":
            out.append(tok)
            continue
        head, rest = tok.text[: at - tok.start], tok.text[at - tok.start :]
        if cuts[at] in ("end", "figure_end"):
            out.append(Token(tok.start, at, head, "m"))
            one_char = cuts[at] == "end" and len(rest) == 1
            following = tokens[i + 1] if one_char and i + 1 < len(tokens) else None
            if following and following.start == tok.end and (
                    noun_tag(rest + following.text) or "").startswith("n"):
                out.append(Token(at, following.end, rest + following.text, "n"))  # 均价
                done = i + 2
            else:
                out.append(Token(at, tok.end, rest, "d" if one_char else tok.tag))
        else:
            # 和约/n in 的DRAM量和约20%: the 和 cut off a word jieba made with the figure's 约 is the conjunction
            # its dictionary says, not part of a noun
            own = noun_tag(head) if len(head) == 1 else None
            out.append(Token(tok.start, at, head, own if own in FUNCTION_TAGS else tok.tag))
            out.append(Token(at, tok.end, rest, "m" if cuts[at] == "start" else "t"))
    out += tokens[done:]
    return out
