"""ORG rules for who publishes: the outlet in a byline (新华社记者, 证券时报·数据宝) and the site name after a
headline (`Headline | Site`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from pipeline.entities.document import K_BYLINE, K_DOT, Rules, is_cjk
from pipeline.entities.select import Candidate
from pipeline.text.segment import is_common_word
from pipeline.text.tags import COLUMN_TAGS

_TITLE_SEP = re.compile(r" [|\-–—] ")
# 据某某消息, 根据某某数据显示, 据某某披露: a name of two to six characters between 据 and what a source reports
_CITED_SOURCE = re.compile(r"(?<![依证数])(?:根据|据)(?P<name>[\u3400-\u9fffA-Za-z]{2,6}?)(?:的)?"
                           r"(?=消息|数据|统计|报道|测算|监测|调查|研究|调研|信息|披露)")
# 据某某资讯，…, 据某某交易台，…: a name of two to eight characters cited alone after 据, before a comma or its reporter
_CITED_OUTLET = re.compile(r"(?<![依证数])(?:根据|据)(?P<name>[\u3400-\u9fff]{2,8}?)(?=[，,]|记者)")
SOURCE_STOP_TAGS = ("t", "r", "d", "ad", "p", "c", "u", "m", "f")  # times, pronouns, adverbs … are no name
OUTLET_OPENING_TAGS = ("nr", "ns", "nt", "nz", "j")  # jieba's tags of a name: 海外 opens no name, 中证 and 上海 do
_TITLED = re.compile(r"《([\u3400-\u9fffA-Za-z]{2,12})》")  # a name in title marks


@cache
def _dateline(endings: tuple[str, ...]) -> re.Pattern[str]:
    """A wire dateline at a paragraph's start: the outlet (ending in one of `endings`; not 本报, 本台: "this paper"),
    then the place and the day it filed and 电 or 讯 (某某社上海3月5日电), or 讯 alone (某某报讯)."""
    ending = "|".join(map(re.escape, sorted(endings, key=len, reverse=True)))
    name = rf"(?:根?据)?(?P<name>(?!本)[\u3400-\u9fffA-Za-z]{{1,7}}?(?:{ending}))"  # 据某某社…电: as reported by
    return re.compile(rf"^[ \t\u3000]*{name}(?:(?:[\u3400-\u9fff]{{2,3}})?\d{{1,2}}月\d{{1,2}}日[电讯]|讯)",
                      re.MULTILINE)


class OutletRules(Rules):
    """ORG candidates of one document: outlets and sites."""

    def candidates(self) -> Iterable[Candidate]:
        yield from self.datelines()
        yield from self.bylines()
        yield from self.site_names()
        yield from self.cited_sources()
        yield from self.cited_outlets()
        yield from self.titled_periodicals()

    def datelines(self) -> Iterable[Candidate]:
        """某某网北京6月12日讯, 某某社上海3月5日电, 某某报讯: a paragraph that opens on a wire dateline opens on
        the outlet's name (one ending in an outlet's word: outlet_endings.txt), then the place and day it filed."""
        for m in _dateline(self.lex.outlet_endings).finditer(self.text):
            yield Candidate(m.start("name"), m.end("name"), "ORG", 2)

    def titled_periodicals(self) -> Iterable[Candidate]:
        """据《某某日报》, 《某某周刊》报道: a name in title marks that ends in a word of a newspaper or a periodical
        (periodical_endings.txt) is the outlet."""
        for m in _TITLED.finditer(self.text):
            if m.group(1).endswith(self.lex.periodical_endings):
                yield Candidate(m.start(1), m.end(1), "ORG", 2)

    def cited_sources(self) -> Iterable[Candidate]:
        """据某某消息, 根据某某数据, 据某某统计: the name between 据 and what it reports is who reports it, when it
        is no word of everyday text (媒体, 市场) and holds no time, pronoun, adverb or particle (据其量化研究, 据某报
        近日报道)."""
        for m in _CITED_SOURCE.finditer(self.text):
            s, e = m.span("name")
            if s not in self.starts or e not in self.ends or is_common_word(m.group("name")):
                continue
            inner = self.doc.tokens_between(s, e)
            if not inner or any(t.tag.startswith(SOURCE_STOP_TAGS) or t.text in self.lex.stopwords
                                or t.text in self.lex.byline_words for t in inner):
                continue
            first, last = inner[0].text, inner[-1]
            known = first in self.lex.institutions or first in self.lex.companies
            if last.tag.startswith("v") or len(inner) > 1 and (
                    (len(last.text) > 1 and is_common_word(last.text)) or known):
                continue  # 据某某公布, 据某所官网, 据知情人士: what a known name did or has, or people, after it
            yield Candidate(s, e, "ORG", 1)

    def cited_outlets(self) -> Iterable[Candidate]:
        """据某某资讯，分析师…, 据某某交易台，某行认为…: a name cited alone after 据 (no report word after it, as
        `cited_sources` needs) is an outlet when it ends in an outlet's word (outlet_endings.txt) and opens on a name,
        not on a word of everyday text, a pronoun or a time (据当地电视台, 据该网, 据最新资讯, 据官方网)."""
        for m in _CITED_OUTLET.finditer(self.text):
            s, e = m.span("name")
            name = m.group("name")
            if (not name.endswith(self.lex.outlet_endings) or s not in self.starts or e not in self.ends
                    or is_common_word(name)):
                continue
            inner = self.doc.tokens_between(s, e)
            first, last = inner[0], inner[-1].text
            if len(inner) > 1 and last not in self.lex.outlet_endings and not last.endswith(
                    self.lex.periodical_endings):
                continue  # 据某行研报, 据某司年报: a report of a named body (its own word), not an outlet
            if (first.tag.startswith(SOURCE_STOP_TAGS) or first.text in self.lex.stopwords
                    or (len(inner) == 1 or is_common_word(first.text))
                    and not first.tag.startswith(OUTLET_OPENING_TAGS)):
                continue  # 据官方网: one word of everyday text, not a name with an outlet's word after it
            yield Candidate(s, e, "ORG", 1)

    def bylines(self) -> Iterable[Candidate]:
        """大公报记者 / 新华社记者: the word before 记者 in a byline is the outlet."""
        toks = self.toks
        for i in self.doc.where(K_BYLINE):
            tok = toks[i]
            if tok.text not in self.lex.byline_words or i == 0:
                continue
            prev = toks[i - 1]
            w = prev.text
            if not is_cjk(w) or w in self.lex.stopwords or w.startswith("本"):
                continue
            if (len(w) >= 3 and w.endswith(self.lex.outlet_endings)) or prev.tag == "nt":
                yield Candidate(prev.start, prev.end, "ORG", 3)
        # 新华社·快讯: a column brand after a publication's name, up to the verb
        for i in self.doc.where(K_DOT):
            tok = toks[i]
            if tok.text != "·" or i == 0 or not toks[i - 1].text.endswith(self.lex.outlet_endings):
                continue
            j = i + 1
            while j < len(toks) and toks[j].tag in COLUMN_TAGS and toks[j].end - tok.end <= 5:
                j += 1
            size = toks[j - 1].end - tok.end
            if j > i + 1 and 2 <= size <= 5 and (j == len(toks) or toks[j].tag == "v"):
                yield Candidate(tok.end, toks[j - 1].end, "ORG", 2)

    def site_names(self) -> Iterable[Candidate]:
        """`Headline | Site` or `Headline - Section - Site` as the first line: the last part is ORG."""
        text = self.text
        first = text.lstrip()
        offset = len(text) - len(first)
        line = first.split("\n", 1)[0]
        if line.startswith("|") or line.rstrip().endswith("|"):
            return  # | 项目 | 2031年 | 按年变幅 |: a table's header row, no site after a headline
        parts = list(_TITLE_SEP.finditer(line))
        if not parts:
            return
        s = parts[-1].end()
        tail = line[s:].rstrip()
        if not tail or len(tail) > 20 or re.search(r"[0-9，。,.!?！？]", tail):
            return
        for m in re.finditer(r"[A-Za-z][A-Za-z&]+|[\u3400-\u9fff]{2,}", tail):
            yield Candidate(offset + s + m.start(), offset + s + m.end(), "ORG", 3)
