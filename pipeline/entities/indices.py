"""Names inside the names of market indices: the firm or exchange an index is named after is an ORG (恒 in 恒指,
日经 in 日经225), the place of its exchange a LOC (深 in 深成指); ANNOTATION.md labels a name inside a longer name
that is no entity itself. An index's name is no company (某某科技指数): `INDEX_WORDS` tells the company rules."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pipeline.entities.document import Rules
from pipeline.entities.select import Candidate
from pipeline.lexicons import table
from pipeline.text.segment import dictionary_tag, in_dictionary
from pipeline.text.tags import PROPER_TAGS

INDEX_WORDS = ("指数", "指")  # after a brand and an industry word: an index (某某科技指数), no company
COMPILER_WORD = "公司"  # 某指服务公司, 某某指数公司: the word that ends the name of an index's compiler
NAMED_INDEX_TAGS = PROPER_TAGS | {"j"}  # the name before 指数 in one jieba word (国企/j 指数): a short form or a name


def index_word_at(text: str, offset: int) -> bool:
    """某某科技指数, 某某科技指: an index word (`INDEX_WORDS`) starts at `offset`, not a word of jieba's dictionary that
    begins with 指 (指出, 指导: a verb after a company that speaks or acts)."""
    return text.startswith(INDEX_WORDS[0], offset) or (
        text.startswith(INDEX_WORDS[1], offset) and not in_dictionary(text[offset : offset + 2]))


class IndexRules(Rules):
    """Candidates of one document: the provider or the place inside each index's name (index_providers.tsv)."""

    def candidates(self) -> Iterable[Candidate]:
        """恒指涨1%, 纳指期货, 日经225, 深成指: where an index's name starts a word and no other digit follows it
        (报道/指出 holds no 道指; 中证5000 is another index than 中证500)."""
        for m in _index_pattern().finditer(self.text):
            if m.start() not in self.starts or self.text[m.end() : m.end() + 1].isdigit():
                continue
            if (compiler := self._compiler_end(m.end())) is not None:
                yield Candidate(m.start(), compiler, "ORG", 3)
                continue
            part, label = _index_providers()[m.group()]
            yield Candidate(m.start(), m.start() + len(part), label, 3)
        yield from self._compilers_of_other_indices()

    def _compilers_of_other_indices(self) -> Iterable[Candidate]:
        """国企指数/n 服务公司: an index the providers' table does not know, named by a short form or a word jieba's
        dictionary lacks that it glued to 指数, then a word ending in 公司: the firm that compiles the index, one ORG
        (股票指数公司: a common word names no index)."""
        index_word = INDEX_WORDS[0]
        for tok in self.toks:
            head = tok.text[: -len(index_word)]
            if (len(head) >= 2 and tok.text.endswith(index_word) and (compiler := self._compiler_end(tok.end))
                    and (not in_dictionary(head) or dictionary_tag(head) in NAMED_INDEX_TAGS)
                    and not _index_pattern().match(self.text, tok.start)):
                yield Candidate(tok.start, compiler, "ORG", 3)

    def _compiler_end(self, offset: int) -> int | None:
        """恒指服务公司, 某某指数公司: an index's name, then (at `offset`) a word ending in 公司 names the firm that
        compiles the index, one ORG; where that word ends, else None."""
        k = self.starts.get(offset)
        if k is None or not self.toks[k].text.endswith(COMPILER_WORD):
            return None
        return self.toks[k].end


def index_name_end(text: str, start: int) -> int | None:
    """Where the name of an index that starts at `start` ends (恒指, 日经225 and its 指数), if one starts there:
    the index, not its provider, is what moves and whose level is quoted."""
    m = _index_pattern().match(text, start)
    if m is None or text[m.end() : m.end() + 1].isdigit():
        return None
    return m.end() + 2 if text.startswith("指数", m.end()) else m.end()


@cache
def _index_providers() -> dict[str, tuple[str, str]]:
    """index name -> (the part of it that names its provider or its place, that part's label)."""
    return {row["index"]: (row["provider"], row["label"]) for row in table("index_providers.tsv")}


@cache
def index_names() -> frozenset[str]:
    """Every index's name and its provider's part (恒指, 恒生, 标普, 日经): before 期货 they name a contract."""
    return frozenset(_index_providers()) | {part for part, _ in _index_providers().values()}


@cache
def _index_pattern() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(_index_providers(), key=len, reverse=True))))
