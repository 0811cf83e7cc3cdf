"""Qualifier written apart: an adverb of size before the verb or copula that leads to the figure (约有120个,
大约需要3小时, 至少休战6周, 最高可上浮30万元), which the number grammar, reading only the words next to the figure,
leaves exact; a verb that bounds the figure right after it (高达62%, 长达3年, 站上4000点: `bound_verbs.tsv`); and a
bound denied through a modal or 未 (不得超过15人, 均未超过9%: at most, not at least)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from pipeline.facts.lexicon import cue_endings
from pipeline.facts.view import DocumentView
from pipeline.lexicons import table, word_list
from pipeline.numerals import Quantity

MAX_APART = 6  # characters of links and of the one verb between the adverb and the figure (起码需要再花)
SUPERLATIVE = "最"  # 最多, 最少: also "the most" (成交最多有9宗), a bound only through a modal (最多可)
BOUND_VERB = 2  # characters of a verb of bound_verbs.tsv
MAX_CUE = 4  # characters of a verb of change read before it
CAPPING_SUPERLATIVES = ("最高", "最长")  # 最高上浮30万元, 最长分摊5年: a cap through any verb, modal or not
MODAL = "modal"
_HAN = re.compile(r"[\u3400-\u9fff]+")
# a bound the number grammar read as at least (超过, 超) after a denying modal or 未: 不得超过, 不会超过, 均未超过
DENYING_MODALS = ("不得", "不会", "不能", "不可", "不应", "不宜", "不准", "不可以", "不能够", "不应该",
                  "未", "没", "没有")
AT_LEAST_VERBS = ("超过", "超出", "超")


@cache
def _adverbs() -> dict[str, str]:
    """The adverbs of size with their qualifiers (from qualifiers.tsv's prefixes)."""
    prefixes = {row["cue"]: row["qualifier"] for row in table("qualifiers.tsv") if row["position"] == "prefix"}
    return {word: prefixes[word] for word in word_list("qualifier_adverbs.txt")}


@cache
def _bound_verbs() -> dict[str, str]:
    return {row["word"]: row["qualifier"] for row in table("bound_verbs.tsv")}


@cache
def _links() -> dict[str, str]:
    return {row["word"]: row["kind"] for row in table("qualifier_links.tsv")}


def qualifier_apart(view: DocumentView, q: Quantity) -> Quantity:
    """`q` with the qualifier an adverb apart from it gives (exact figures only); `q` itself otherwise."""
    if q.value_max is not None or q.kind in ("date", "ordinal"):
        return q
    if q.qualifier == "at_least" and q.text.startswith(AT_LEAST_VERBS) and view.text[
            max(q.start - 4, 0) : q.start].endswith(DENYING_MODALS):
        return replace(q, qualifier="at_most")  # 不得超过15人: a cap
    if q.qualifier != "exact":
        return q
    before = view.text[max(q.start - BOUND_VERB, 0) : q.start]
    if (bound := _bound_verbs().get(before)) is not None and len(cue_endings().longest_ending(
            view.text[max(q.start - BOUND_VERB - MAX_CUE, 0) : q.start - BOUND_VERB + 1]) or "") < 2:
        # 毛利率高达62%, 工期长达3年, 金价站上4000美元; not the end of a verb of change (增长|达5%, 提高|达两成)
        return replace(q, qualifier=bound)
    k = view.index_before(q.start)
    if k < 0 or view.tokens[k].end != q.start:
        return q
    modal, verbs, apart = False, 0, 0
    while k >= 0:
        tok = view.tokens[k]
        if apart and (qualifier := _adverbs().get(tok.text)) is not None:
            if tok.text.startswith(SUPERLATIVE) and not modal and not tok.text.startswith(CAPPING_SUPERLATIVES):
                return q  # 成交最多有9宗: the one with the most
            return replace(q, qualifier=qualifier)
        kind = _links().get(tok.text)
        if kind is None and not (verbs == 0 and tok.tag.startswith("v") and _HAN.fullmatch(tok.text)):
            return q
        if kind is None:
            verbs += 1
        modal = modal or kind == MODAL
        apart += len(tok.text)
        if apart > MAX_APART or (k > 0 and view.tokens[k - 1].end != tok.start):
            return q
        k -= 1
    return q
