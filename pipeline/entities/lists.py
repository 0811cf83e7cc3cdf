"""List items share a label (A、B、C等17家公司, or a list whose known items agree); an alias shares its name's."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cached_property
from itertools import groupby

from pipeline.entities.document import (
    CONJUNCTION_ENDS,
    K_CLAUSE_BREAK,
    K_LIST_SEP,
    SPECIAL_TREATMENT,
    EntityDocument,
    Rules,
    has_cjk,
    is_cjk,
)
from pipeline.entities.indices import INDEX_WORDS
from pipeline.entities.organisations import moves_in_market
from pipeline.entities.places import count_of_places
from pipeline.entities.select import Candidate, select
from pipeline.lexicons import words
from pipeline.text.punctuation import SENTENCE_PUNCTUATION
from pipeline.text.segment import is_common_word
from pipeline.text.tags import ITEM_NAME_TAGS, ITEM_TAGS, NAME_TAGS, PROPER_TAGS
from pipeline.text.tokens import Token

_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# 字节跳动（ByteDance）, 某某新材料有限公司（以下简称“某某”）: a short name in brackets, after a cue of abbreviation;
# a second name offered after 或 or 、 (（以下简称“某某”或“公司”）) is left out: it is the generic word
_ALIAS_AFTER = re.compile(
    r"[（(](?:(?:以下)?(?:简称|下称)[:：]?\s*)?[“\"「『]?([A-Za-z\u3400-\u9fff]{2,8})[”\"」』]?"
    r"(?:[或、][“\"「『][\u3400-\u9fff]{2,4}[”\"」』])?[）)]")
# 某某·某某（Peter Smithers）, 某某资本（Foo Asset Management）: the name in Latin script, two to five words
_LATIN_ALIAS_AFTER = re.compile(r"[（(]\s*([A-Z][A-Za-z.'&-]*(?: [A-Z][A-Za-z.'&-]*){1,4})\s*[）)]")
MAX_LATIN_ALIAS = 48  # characters of （Foobar Asset Management Global）
_TICKER = re.compile(r"[A-Z]{1,5}")
# 七国集团（G7）, 二十国集团（G20）: a short name of capitals and a count in brackets (a ticker has no digits after
# letters, a year or a code of digits no letter first)
_COUNTED_ALIAS_AFTER = re.compile(r"[（(]([A-Z]{1,3}\d{1,2})[）)]")
_CLOSING_QUOTES = "”\"」』"  # “某某”（Foo）: the name's closing quotation mark stands before its alias
COUNT_HEADS = frozenset("一二两三四五六七八九十几数多各")  # 两地, 多地, 各地: a count of places, no part of a name
MAX_ALIAS_BRACKET = 24  # characters of （以下简称“…”或“公司”）
# 等 (and a count) before a class of places after a list (甲、乙等古镇, 甲、乙等三个城市): its items are places
_PLACE_CLASS = re.compile(r"等\s*(?:[0-9一二三四五六七八九十两几多]+\s*[个座处])?[^，。；、\n]{0,4}?"
                          r"(?:古镇|古城|小镇|村落|城市|省份|省市|县市|景区|景点|口岸|港口|机场|国家|地区)")
MIN_OPENING_LIST = 3  # items of a list of names that opens a clause before a chunk of other words (`clause_lists`)
LIST_SEEDS = 2  # known organisations in a list that make its other items of common words organisations too
MAX_SEEDED_ITEM = 8  # characters of such an item
RANKING_LINK = "以"  # 甲以19%居冠: what ranks stands before it, its figure after it
MIN_RIVALS = 2  # clauses of one sentence that each rank a rival (`ranked_rivals`)
_SENTENCE_END = re.compile(f"[{SENTENCE_PUNCTUATION}\\n]")
PARTNER_WORDS = frozenset({"与", "同", "跟"})  # the sides of a conflict (`_sides_of_conflict`)
_CLAUSE_END = re.compile(r"[，,。；;！!？?\n]")
_ENDS_IN_ALIAS = re.compile(r"([^（(]+)[（(][^）)]*[）)]$")


class ListRules(Rules):
    """Names implied by lists and aliases, given the names chosen so far."""

    def __init__(self, doc: EntityDocument) -> None:
        super().__init__(doc)
        self._last_lists: tuple[list[Candidate], list[Candidate]] | None = None
        self._overruled: set[tuple[int, int]] = set()  # places of a list of organisations (`_unknown_places`)

    def with_list_items(self, chosen: list[Candidate]) -> list[Candidate]:
        """`chosen` plus the list items and aliases it implies (`list_items`, `aliases`).

        The last result is kept: when a propagation round adds nothing before this step and the previous round's
        step added nothing, the round asks again with the same list.
        """
        if self._last_lists is not None and self._last_lists[0] == chosen:
            return self._last_lists[1]
        found = [*self.list_items(chosen), *self.aliases(chosen)]
        # a name only carried to a list item from elsewhere (prio 0) yields to the label the list gives it
        relabelled = {(c.start, c.end): c.label for c in found if c.prio > 0}
        kept = [c for c in chosen if (c.prio > 0 and (c.start, c.end) not in self._overruled)
                or relabelled.get((c.start, c.end), c.label) == c.label]
        result = select(found, len(self.text), kept)
        self._last_lists = (list(chosen), result)
        return result

    def list_items(self, chosen: list[Candidate]) -> Iterable[Candidate]:
        """List items share the label of a known item, or are ORG before 等N家 / 等…公司 or in brackets after a
        class noun."""
        by_start = {c.start: c for c in chosen}
        by_end = {c.end: c for c in chosen}
        for chunks, seps in self.clause_lists:
            yield from self._clause_list_items(chunks, seps, by_start, by_end, self.text)
        yield from self.bracketed_items
        yield from self.ranked_rivals(by_start)

    def ranked_rivals(self, by_start: dict[int, Candidate]) -> Iterable[Candidate]:
        """甲以19%居冠，乙以16%排名第二: rivals ranked in parallel clauses of one sentence, each opening its clause
        before 以 and a figure, share one kind: where one is a known organisation, the others of common words
        (苹果, 联想: brands jieba reads as everyday words) are organisations too."""
        toks = self.toks
        for rivals in self._rival_clauses:
            known = [i for i in rivals if (c := by_start.get(toks[i].start)) is not None and c.end == toks[i].end]
            if not any(by_start[toks[i].start].label == "ORG" for i in known):
                continue
            yield from (Candidate(toks[i].start, toks[i].end, "ORG", 1) for i in rivals if i not in known)

    @cached_property
    def _rival_clauses(self) -> list[list[int]]:
        """Per sentence with two or more of them, the indices of the words of two to four Chinese characters that
        open a clause right before 以 and a figure in digits."""
        toks, ends = self.toks, [m.start() for m in _SENTENCE_END.finditer(self.text)]
        openers = [i for i in range(len(toks) - 2)
                   if (i == 0 or self.doc.kinds[i - 1] & K_CLAUSE_BREAK) and self._lone_word(toks[i])
                   and toks[i + 1].text == RANKING_LINK and self._figure_after_link(i + 2)]
        by_sentence = groupby(openers, key=lambda i: bisect_left(ends, toks[i].start))
        return [rivals for _, group in by_sentence if len(rivals := list(group)) >= MIN_RIVALS]

    def _figure_after_link(self, i: int) -> bool:
        """A figure in digits at token `i`, or after one noun there (甲以市占率19%居冠)."""
        toks = self.toks
        return toks[i].text[:1].isdigit() or (
            toks[i].tag.startswith("n") and i + 1 < len(toks) and toks[i + 1].text[:1].isdigit())

    @cached_property
    def bracketed_items(self) -> list[Candidate]:
        """整机厂商（甲、乙、丙）, 供应商（甲、乙）: a list in brackets right after a class noun (list_class_nouns.txt)
        names organisations of that class, each item one ORG."""
        out = []
        for m in self.lex.bracketed_list.finditer(self.text):
            items = m.group(1).split("、")
            if len(items) < 2:
                continue
            start = m.start(1)
            for item in items:
                if 2 <= len(item) <= 12 and item not in self.lex.stopwords:
                    out.append(Candidate(start, start + len(item), "ORG", 1))
                start += len(item) + 1
        return out

    @cached_property
    def clause_lists(self) -> list[tuple[list[list[int]], list[str]]]:
        """Each clause split into chunks of token indices by 、 (and 和/及/与 between names), with the
        separators; only clauses of two or more non-empty chunks, whose middle chunks can be names.

        Why here: the chunks depend on the tokens alone, and `list_items` runs once per propagation round.
        """
        toks = self.toks
        # 或 before a verb or an adverb says "may" (或会, 或将), no list
        seps = [k for k in self.doc.where(K_LIST_SEP)
                if not (toks[k].text == "或" and k + 1 < len(toks) and toks[k + 1].tag.startswith(("v", "d")))]
        if not seps:
            return []
        breaks = self.doc.where(K_CLAUSE_BREAK)
        lists = []
        # clause c is the tokens between breaks c-1 and c; its separators are consecutive in `seps`
        for c, in_clause in groupby(seps, key=lambda k: bisect_left(breaks, k)):
            inner = list(in_clause)
            bounds = [breaks[c - 1] if c else -1, *inner, breaks[c] if c < len(breaks) else len(toks)]
            chunks = [list(range(a + 1, b)) for a, b in zip(bounds, bounds[1:])]
            # 甲、乙和丙的营收分别为1亿、2亿和3亿: a chunk inside that can be no name but holds the first of a list of
            # figures (丙的营收分别为1亿) ends the list of names that opens the clause, as its last item, when three
            # items or more come before it; not a list of indices (甲A50、甲A100和甲A500指数分别涵盖…)
            end = next((n for n in range(1, len(chunks) - 1) if not (chunks[n] and self._could_be_item(chunks[n]))),
                       len(chunks) - 1)
            if all(chunks[: end + 1]) and (end == len(chunks) - 1 or (
                    end >= MIN_OPENING_LIST - 1 and self._opens_figures(chunks[end]))):
                lists.append((chunks[: end + 1], [toks[k].text for k in inner[:end]]))
        return lists

    def _opens_figures(self, chunk: list[int]) -> bool:
        """A chunk that holds a number in digits (丙的营收分别为1亿: the first of a list of figures), with no index word
        in it."""
        toks = self.toks
        return any(toks[k].tag.startswith("m") and any(c.isdigit() for c in toks[k].text) for k in chunk) and not any(
            toks[k].text.endswith(INDEX_WORDS) for k in chunk)

    def _person_at(self, start: int) -> bool:
        """A token jieba tags as a person's name starts at `start`."""
        k = self.starts.get(start)
        return k is not None and self.toks[k].tag in ("nr", "nrfg")

    def _could_be_item(self, chunk: list[int]) -> bool:
        """A chunk inside a list is a short run of item tokens (北京的政治资源、上海的资本网络 are phrases)."""
        toks = self.toks
        short = toks[chunk[-1]].end - toks[chunk[0]].start <= 10
        if len(chunk) == 1 and self._lone_word(toks[chunk[0]]):
            return True  # 高通、超微/v及英特尔: a name jieba tagged as a verb
        return short and all(self._item_token(toks[k]) or toks[k].text in "（）()" for k in chunk)

    def _clause_list_items(
        self, chunks: list[list[int]], seps: list[str], by_start: dict[int, Candidate], by_end: dict[int, Candidate],
        text: str,
    ) -> Iterable[Candidate]:
        """The items of one clause's list (`clause_lists`) and the label they share, if any."""
        toks = self.toks
        spans: list[tuple[int, int] | None] = []
        # the last item's place that heads its words (甲省|乙煤), and the span of all of them
        headed: tuple[int, int] | None = None
        for n, chunk in enumerate(chunks):
            cs, ce = toks[chunk[0]].start, toks[chunk[-1]].end
            if n == 0:
                hit = by_end.get(ce)
                if hit is not None and hit.start >= cs:
                    spans.append((hit.start, ce))
                    continue
                # (a candidate inside the chunk ends inside it: looked up by its end)
                inside = (c for end in range(cs, ce) if (c := by_end.get(end)) is not None)
                if any(cs <= c.start and self._person_at(c.end) for c in inside):
                    spans.append(None)  # 字节跳动张一鸣、美团: a company and its person, two names
                    continue
                k = len(chunk)
                while k > 0 and self.doc.name_part(toks[chunk[k - 1]]) and len(chunk) - k < 3:
                    k -= 1
                part = chunk[k:]
                while part and not self.doc.good_head(toks[part[0]]):
                    part = part[1:]
                if not part and self._lone_word(toks[chunk[-1]]):
                    part = chunk[-1:]  # 优于联想/v、惠普及戴尔: jieba's verb may be the first item's name
                latin = [k for k in part if _LATIN.fullmatch(toks[k].text)]
                if latin and latin[-1] == part[-1] and has_cjk(text[toks[part[0]].start : toks[latin[0]].start]):
                    part = part[part.index(latin[0]) :]  # 某国电力公司AEP与…: the Latin name, not its gloss before it
                spans.append((toks[part[0]].start, ce) if part else None)
            elif n == len(chunks) - 1:
                hit = by_start.get(cs)
                if hit is not None and hit.end <= ce:
                    if text[hit.end : hit.end + 1] == "的" and self._has_de(chunks[:-1]):
                        return  # 甲地的人才、乙地的完整产业链: phrases, not a list of names (甲、乙、丙的营收: names)
                    after = self.starts.get(hit.end)
                    # a place that heads a longer name (中国X集团) is not the item itself
                    if hit.label != "LOC" or after is None or toks[after].tag not in NAME_TAGS | {"j"}:
                        spans.append((cs, hit.end))
                        if hit.label == "LOC" and (long_end := self._short_name_after_place(chunk, hit)):
                            headed = (cs, long_end)
                        continue
                else:
                    hit = None
                k = 0
                while k < len(chunk) and k < 3 and self._item_token(toks[chunk[k]]):
                    tok = toks[chunk[k]]
                    if k and len(tok.text) > 1 and tok.text[0] in CONJUNCTION_ENDS:
                        break  # 某科/n 和某通/nr: jieba glued the 和 of one more item on, which ends this one
                    if k and count_of_places(tok.text):
                        break  # 甲、乙、丙三国/ns: the count of the list's places ends the last item
                    if k and moves_in_market(text, tok.start, acts=False):
                        break  # 甲、乙及丙省某窖|股价均跌: the word of the market after the last company is none of it
                    if k and not (tok.tag in PROPER_TAGS | {"eng", "j"} or _LATIN.fullmatch(tok.text)):
                        # 中国银行: a short noun only after a place; 长城资本化率 stops at 资本化, and 某市两地 at the
                        # place (a count of places)
                        short_noun = tok.tag == "n" and len(tok.text) <= 2 and tok.text[0] not in COUNT_HEADS
                        if not (short_noun and self.doc.is_place_tok(toks[chunk[0]])) or self._whole_place(
                                by_start.get(cs), toks[chunk[0]].end, toks[chunk[k - 1]].end):
                            break  # (某市南站/客流: a place of more words than the first, its name complete)
                    k += 1
                end = toks[chunk[k - 1]].end if k else cs
                if k and k < len(chunk) and self._name_goes_on(toks[chunk[k - 1]], toks[chunk[k]]):
                    k = 0  # 某某/nr 臣/n 道/q: the name runs on into characters we cannot place, no item
                spans.append((cs, end) if k and (hit is None or end > hit.end) else None)
            else:
                spans.append((cs, ce))  # `clause_lists` kept only lists whose middle chunks can be names
        # strip an alias in brackets from an item: 字节跳动（ByteDance）
        items = []
        for span in spans:
            if span is None:
                items.append(None)
                continue
            s, e = span
            if (mark := SPECIAL_TREATMENT.match(text, s)) and mark.end() < e:
                s = mark.end()  # *ST某某: the mark is no part of the name
            m = _ENDS_IN_ALIAS.match(text[s:e])
            items.append((s, s + len(m.group(1))) if m else (s, e))
        if headed is not None and items[-1] == (headed[0], by_start[headed[0]].end):
            items[-1] = headed
        led = list(self._place_led_companies(list(filter(None, items)), by_start))
        yield from led
        if headed is not None:
            items[-1] = (headed[0], by_start[headed[0]].end)
        found = [by_start[s] for s, e in filter(None, items) if s in by_start and by_start[s].end == e]
        # (甲省|核电: a place that heads a company of the list counts as that company)
        led_starts = {c.start for c in led}
        found = [c._replace(label="ORG") if c.start in led_starts else c for c in found]
        if unknown := self._unknown_places(found):
            self._overruled.update((c.start, c.end) for c in unknown)
            found = [c for c in found if c not in unknown]
        seeds = self._seeds(found)
        # items that are known names or carry a proper-name tag: enough of them make a lone word a name too
        named = len(seeds) + sum(
            1 for s, e in filter(None, items)
            if not (s in by_start and by_start[s].end == e)
            and any(t.tag in ITEM_NAME_TAGS or _LATIN.fullmatch(t.text) for t in self.doc.tokens_between(s, e))
        )
        labels = set(seeds)
        last = items[-1]
        anchored = last is not None and bool(self.lex.list_class.match(text, last[1]))
        if anchored and labels <= {"ORG"}:
            label = "ORG"
        elif last is not None and _PLACE_CLASS.match(text, last[1]) and (labels == {"LOC"} or (
                labels <= {"LOC", "ORG"} and 2 * sum(item is not None and any(
                    t.tag == "ns" for t in self.doc.tokens_between(*item)) for item in items) >= len(items))):
            # 甲镇、乙庄等古镇: a class of places after a list of places (known ones, or half of them jieba's places;
            # an item found as an organisation, a museum among scenic spots, keeps its label)
            label = "LOC"
        elif len(labels) == 1 and ("、" in seps or len(items) == 2):
            label = next(iter(labels))
        else:
            return
        armed = label == "LOC" and self._sides_of_conflict(items, seps)
        for item in items:
            if item is None:
                continue
            s, e = item
            if armed and not self._known_place(text[s:e]):
                yield Candidate(s, e, "ORG", 1)  # 甲国与乙谈妥停火: an armed group
                continue
            if (e - s < 2 or e - s > 12 or text[s:e] in self.lex.stopwords or text[s:e] in self.lex.company_suffixes
                    or self.lex.names_nothing(text[s:e])):
                continue  # not 全国, nor DRAM和NAND, nor 航空 alone: common words, acronyms and trades are no names
            if (label == "LOC" and (place := by_start.get(s)) is not None and place.label == "LOC" and place.end < e
                    and not any(t.tag == "ns" or self.doc.is_place_tok(t)
                                for t in self.doc.tokens_between(place.end, e))):
                # 甲地、乙地、丙地持平/n: a place found alone and a word after it that is no place (a place and a noun
                # that made one name would be a body's, 某地银行, not a place's; 中国澳门 stays one place)
                continue
            inner = self.doc.tokens_between(s, e)
            if not self._plain_item(inner):
                continue
            if label != "PER" and len(inner) == 1 and self._full_person_name(inner[0]):
                continue  # 某公司及甲乙丙、丁戊己: the people a list of companies goes on to, not companies
            if label != "PER" and len(inner) > 1 and self._full_person_name(inner[-1]) and not any(
                    t.tag in PROPER_TAGS or self.doc.is_place_tok(t) for t in inner[:-1]):
                continue  # 工人张小明与某某公司: a person named after what he is (common words), no body
            if any(t.tag in ITEM_NAME_TAGS or _LATIN.fullmatch(t.text) for t in inner):
                yield Candidate(s, e, label, 1)
            elif named >= 2 and len(inner) == 1 and self._lone_word(inner[0]):
                # 甲、乙、丙 (A, B, C): a single word among names (高通/nr、超微/v及英特尔)
                yield Candidate(s, e, label, 1)
            elif (len(seeds) >= LIST_SEEDS and label == "ORG" and is_cjk(text[s:e]) and e - s <= MAX_SEEDED_ITEM
                  and all(self._item_token(t) for t in inner)):
                # 甲乙证券、丙丁/n 证券/n、戊己证券: common words among organisations the document knows
                yield Candidate(s, e, label, 1)

    def _short_name_after_place(self, chunk: list[int], place: Candidate) -> int | None:
        """The end of the last item when its chunk opens with a place found alone and a short word after it (甲省|乙煤,
        or jieba's one word 甲省乙药/nt with the place found inside it), whatever follows; else None."""
        first = self.toks[chunk[0]]
        if first.start != place.start:
            return None
        if first.end > place.end:
            rest = first.text[place.end - first.start :]
            return first.end if first.tag in PROPER_TAGS and self._brand_or_trade(rest) else None
        word = self.toks[chunk[1]] if len(chunk) >= 2 else None
        return word.end if word is not None and self._brand_or_trade(word.text) else None

    def _brand_or_trade(self, word: str) -> bool:
        """A word after a place that makes the two a company's short name in a list of companies: a trade
        (company_suffixes.txt: 药业, 煤业; place_trades.txt: 核电) or a rare word (a brand: 乙煤); not an everyday
        noun (品牌, 市场, 地区)."""
        return 2 <= len(word) <= 4 and is_cjk(word) and word not in self.lex.stopwords and (
            word in self.lex.company_suffixes or word in words("place_trades.txt") or not is_common_word(word))

    def _place_led_companies(self, items: list[tuple[int, int]], by_start: dict[int, Candidate]) -> Iterable[Candidate]:
        """甲集团、乙省焦煤及丙国某华: in a list with an organisation found whole by a rule of its own, an item made of
        a place found alone and a trade or a rare word after it (`_brand_or_trade`) is one more company, not the
        place: listed companies go by their home and a short name (the place rules stop at the place, and a list
        whose items were found with two labels gives none of them one).

        Why: lists of shares and listed companies are frequent in market news; their items named after a province or
        a country came out as that place alone."""
        if not any((c := by_start.get(s)) is not None and c.end == e and c.label == "ORG" and c.prio > 0
                   for s, e in items):
            return
        for s, e in items:
            place = by_start.get(s)
            if place is None or place.label != "LOC" or place.end >= e:
                continue
            inner = self.doc.tokens_between(s, e)
            if len(inner) == 1 and inner[0].tag in PROPER_TAGS and self._brand_or_trade(self.text[place.end : e]):
                yield Candidate(s, e, "ORG", 1)  # 甲省乙药/nt
            elif (len(inner) == 2 and inner[0].end == place.end and inner[1].tag in ITEM_TAGS
                  and self._brand_or_trade(inner[1].text)):
                yield Candidate(s, e, "ORG", 1)  # 甲省/ns 乙煤/n

    def _sides_of_conflict(self, items: list[tuple[int, int] | None], seps: list[str]) -> bool:
        """Two items joined by a partner's word (与, 同, 跟) and a word of armed conflict or truce later in their
        clause (truce_words.txt: 甲国与乙谈妥停火, 甲国同乙交火): the two are the sides of a conflict."""
        if len(items) != 2 or seps[0] not in PARTNER_WORDS or items[1] is None:
            return False
        end = items[1][1]
        clause = _CLAUSE_END.search(self.text, end)
        rest = self.text[end : clause.start() if clause else len(self.text)]
        return any(w in rest for w in words("truce_words.txt"))

    def _known_place(self, name: str) -> bool:
        """A place a lexicon knows (places.txt, counties.txt) or a run of place abbreviations (中美)."""
        lex = self.lex
        return name in lex.places or name in lex.counties or lex.abbreviation_word.fullmatch(name) is not None

    def _unknown_places(self, found: list[Candidate]) -> list[Candidate]:
        """The places among a list's items found already when every other item found is an organisation and no place
        lexicon knows them (places.txt, counties.txt, a run of place abbreviations): 甲乙高铁 (a line's name) or 丙井坊
        (a place's suffix) among listed companies (甲电器、甲乙高铁、丙省核电调出) is one of them, a company named
        after what it runs or where it began. Not where the places found are as many as the organisations.

        Why: a list's items are of one kind; the place rules read such names by their shape alone, and the list
        they stand in left them places."""
        places = [c for c in found if c.label == "LOC"]
        orgs = [c for c in found if c.label == "ORG"]
        if not places or len(orgs) <= len(places) or len(orgs) + len(places) < len(found):
            return []
        if any(self._known_place(self.text[c.start : c.end]) for c in places):
            return []
        return places

    @staticmethod
    def _seeds(found: list[Candidate]) -> list[str]:
        """The labels of the items found already. Where they disagree, LIST_SEEDS items or more found by rules of
        their own with one label (甲/nr、乙、丙 with 乙 and 丙 known companies) outweigh items of another label that
        were only carried to the list from elsewhere (a person's reading of 甲 before a speech verb): those are left
        out, and the list gives them its label."""
        labels = {c.label for c in found}
        if len(labels) < 2:
            return [c.label for c in found]
        own = {c.label for c in found if c.prio > 0}
        if len(own) == 1 and sum(c.prio > 0 for c in found) >= LIST_SEEDS:
            return [c.label for c in found if c.prio > 0]
        return [c.label for c in found]

    @staticmethod
    def _whole_place(found: Candidate | None, first_end: int, end: int) -> bool:
        """A place found over the item's words up to `end` that is longer than the item's first word (某市南站, not
        某市 alone before 银行): the noun after it is no part of its name."""
        return found is not None and found.label == "LOC" and found.end == end and end > first_end

    def _has_de(self, chunks: list[list[int]]) -> bool:
        """Some chunk holds 的: its item is a phrase (某地的人才), so a 的 after the last item ends one more phrase."""
        return any(self.toks[k].text == "的" for chunk in chunks for k in chunk)

    @staticmethod
    def _name_goes_on(last: Token, nxt: Token) -> bool:
        """A name jieba guessed (a person's, a transliteration or a brand: 某达/nr, 某泰/nz) glued to one Chinese
        character that is no function word (臣/n): the item's name goes on past the word, so its end is unknown."""
        return (last.tag in ("nr", "nrt", "nz") and last.end == nxt.start and len(nxt.text) == 1 and is_cjk(nxt.text)
                and nxt.tag in ("n", "ng"))

    def _plain_item(self, inner: list[Token]) -> bool:
        """An item that is a name alone: no word in it ends in a title or a byline word (本报记者某某, 某国外长某某: the
        name is the part after it) and none of its words is a verb (宣传某某, 某某启动: a phrase of a list of acts)."""
        ends = self._role_words
        return not any(t.text.endswith(ends) for t in inner) and not (
            len(inner) > 1 and any(t.tag.startswith("v") for t in inner))

    def _full_person_name(self, tok: Token) -> bool:
        """A word jieba reads as a person's name of three characters, a surname first (张小明/nr), and no place word
        last (某某河/nr, 某某山/nr: places jieba took for names)."""
        return (tok.tag in ("nr", "nrfg") and len(tok.text) == 3 and tok.text[0] in self.lex.surnames
                and not tok.text.endswith(self._place_words))

    @cached_property
    def _place_words(self) -> tuple[str, ...]:
        return tuple(self.lex.place_suffixes)

    @cached_property
    def _role_words(self) -> tuple[str, ...]:
        return tuple(self.lex.titles | self.lex.byline_words)

    def _lone_word(self, tok: Token) -> bool:
        """A word of two to four Chinese characters that may be a name whatever jieba tagged it (not 等, 其他)."""
        return 2 <= len(tok.text) <= 4 and is_cjk(tok.text) and tok.text not in self.lex.stopwords

    def _item_token(self, tok: Token) -> bool:
        """A token that can make up a list item's name: a noun-like or Latin word, not a generic one."""
        if tok.text in self.lex.stopwords or tok.text in self.lex.titles:
            return False
        if tok.tag == "eng" or _LATIN.fullmatch(tok.text):
            return True
        return has_cjk(tok.text) and tok.tag in ITEM_TAGS

    def aliases(self, chosen: list[Candidate]) -> Iterable[Candidate]:
        """The aliases in brackets of the names chosen (`bracketed_alias`), each with its name's label."""
        for c in chosen:
            alias = bracketed_alias(self.text, c.end)
            if alias is not None and not (c.label == "PER" and note_on_person(self.text, alias)):
                yield Candidate(*alias, c.label, 1)


def note_on_person(text: str, alias: tuple[int, int]) -> bool:
    """某某（见图）, 某某（左二）, 某某（化名）: Chinese words straight inside the brackets after a person, with no cue
    of another name (简称) nor quotation marks, are a caption's or the writer's note on them, not their name; a
    person's other name in brackets is written in Latin script (某某（Peter Smithers）)."""
    s, e = alias
    return text[s - 1] in "（(" and is_cjk(text[s:e])


def bracketed_alias(text: str, end: int) -> tuple[int, int] | None:
    """字节跳动（ByteDance）, 某某·某某（Peter Smithers）, 七国集团（G7）: the span of a short name, or of a name of
    Latin words, in brackets right after a name that ends at `end` (or after the quotation mark that closes it:
    “某某”（Foo）); it is the same entity. Not a ticker before a move of the shares
    (某某（OXY）收涨1%)."""
    if text[end : end + 2] in {q + b for q in _CLOSING_QUOTES for b in "（("}:
        end += 1  # “某某”（Foo）: past the quotation mark closing the name
    if (m := _COUNTED_ALIAS_AFTER.match(text, end)) is not None:
        return m.span(1)
    m = _ALIAS_AFTER.match(text, end, end + MAX_ALIAS_BRACKET)
    if m and not (_TICKER.fullmatch(m.group(1)) and moves_in_market(text, m.end(), acts=False)):
        return m.span(1)
    m = _LATIN_ALIAS_AFTER.match(text, end, end + MAX_LATIN_ALIAS)
    return m.span(1) if m else None
