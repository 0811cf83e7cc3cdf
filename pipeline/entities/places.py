"""LOC rules: gazetteer places, names ending in a place suffix, and one-character abbreviations (京、沪, 全台, 美股)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import groupby

from pipeline.entities.document import (
    K_ABBREVIATION,
    K_GAZETTEER,
    K_PLACE_NAME,
    TRANSLITERATED_TAGS,
    Rules,
    is_cjk,
    transliteration_chars,
)
from pipeline.entities.lexicon import Lexicon
from pipeline.entities.select import Candidate
from pipeline.lexicons import table, word_list
from pipeline.text.segment import dictionary_frequency, dictionary_tag, in_dictionary, is_common_word
from pipeline.text.tags import NOT_ABBREVIATION_TAGS, PROPER_TAGS
from pipeline.text.tokens import Token

SMALL_PREFIX = "小"  # 小镇 after places only is "a small town in" them (a common noun); after a name, a town's name
MAX_FOREIGN_PLACE_CHARS = 6  # characters of a transliterated name before its division's word (某某某某区)
FOREIGN_PART_TAGS = frozenset({"nr", "nrt", "ns", "nz"})  # jieba's guesses for the parts of a transliterated name


# words that begin with 市 and are about a market (市占 is Taiwan's market share)
SHI_MARKET_WORDS = ("市占", "市值", "市场", "市况", "市价")
MARKET_LOCATIVES = frozenset("上内中")  # after 市场: on, in the market (甲城市/ 场上 is 甲城's market, not 甲城市)


MAX_COUNTY_CHARS = 4  # a place before a bare county (云南, 珠海, 内蒙古) or next to it in a list
NOT_STATION_AFTER = frozenset("在着了起长稳住立队主")  # 站在, 站稳, 站长, 站主: 站 the verb or a post, not a station
# 股份 股东 股权 股票 股本 股息 股价 股民 股金 股利, 债务 债券 债主 债权: words that 股 or 债 begin
WORDS_AFTER_SHARES_OR_DEBT = frozenset("份东权票本息价民金利务券主")
# characters of a known place found though its last one starts another jieba word (`gazetteer`)
MIN_SPLIT_PLACE, MAX_SPLIT_PLACE = 3, 6
RARE_WORD_FREQ = 20  # jieba's count of a word it hardly knows (a rare local name; 风能 83)
# the tags of the words of a local sight's name (`_rare_sight_name`)
SIGHT_NAME_TAGS = ("n", "ns", "nr", "nz", "j", "x", "a")
# a station's, a line's or a road's word after the place it is named after
FACILITY_WORDS = frozenset({"站", "线", "公路"})
RAIL_LINE_ENDS = ("线", "高铁", "铁路", "城际")  # the kinds of line a station is on (某某线某某站)
RAIL_KIND_WORDS = frozenset(RAIL_LINE_ENDS[1:])  # a kind of line written alone before its station (高铁某某站)
METRO_NETWORKS = ("地铁", "轨道交通", "轻轨", "捷运")  # a city's urban rail, before a line's number (地铁2号线)
METRO_COLOURS = "红蓝绿黄橘橙棕紫"  # the colours that name a metro line (捷运红线)
RAIL_OPERATOR_END, RAIL_OPERATOR_WORD = "铁", "捷运"  # 某铁, 某捷运: a rail operator's short name (地铁某某站)
LINE_SECTION = "段"  # after a line and a place: the line's section in that place (某某高铁某省段)
# what a jieba place word ends in when it names a facility (a natural feature, 某某湾, may go on: 某某湾跨海大桥)
ESTATE_CHARS = frozenset("城苑邨")  # the one-character ends of a town's or a housing estate's name (某港城, 某丰苑)
ESTATE_VILLAGE = "邨"  # Hong Kong's word for a (public) housing estate, a place's or a name's ending only
ESTATE_NAME_ENDS = ("花园", "山庄", "苑", "邨", "城")  # what an estate's name ends in before its phase (某某花园三期)
_ESTATE_PHASE = re.compile(r"(?:[一二三四五六七八九十]{1,3}|\d{1,2})期")  # 三期, 3期: a phase of an estate
ZONE_CHARS = frozenset("区")  # a zone's last character after a place and an everyday word (某地合作区)
ZONE_WORD_CHARS = 2  # characters of that everyday word (合作, 发展, 文化)
ZONE_WORD_TAGS = frozenset({"n", "vn"})  # its tags: a noun or a verbal noun (not 某地/ 以东/ 地区)
REGION_WORD = "地区"  # a region's word: after a compass side it names one (西部地区), after an everyday word a kind
COMPASS_CHARS = frozenset("东西南北中部方")  # 北方, 西南, 中部: a compass side, which names a region before 地区
LISTED_SIDE_JOINERS = frozenset("、和与及")  # before a side listed after others (中、西部地区)
DESCRIBING_TAGS = frozenset({"a", "ad", "d", "v", "vn", "n", "f"})  # jieba's tags of 偏远, 落后, 内陆, 周边
ESTATE_ENDS = frozenset({ESTATE_VILLAGE, "苑"})  # an estate's last character that jieba leaves alone (某某/nz 苑)
ESTATE_WORDS = ("屋苑", "屋邨")  # the common words for an estate, no estate's name (同屋苑: "the same estate")
MAX_ESTATE_CHARS = 8  # characters of an estate's name (its district and phase included) before a block (`_block_floor`)
NOT_IN_ESTATE_TAGS = ("u", "p", "c", "r", "m", "x", "d", "t", "f")  # words that end the name going back (的, 在, 和)
ESTATE_WORD_CHARS = 3  # an estate's name in one jieba word after its district (某区 某晴苑)
ESTATE_WORD_TAGS = frozenset({"nr", "nz", "n", "ns", "x"})  # jieba's guesses for such a word
ESTATE_PART_CHARS = frozenset("新上下中")  # 某某新邨, 某某下邨: the new or the upper or lower part of an estate
FACILITY_ENDINGS = ("港", "码头", "机场", "站", "口岸", "大桥", "隧道", "枢纽")
_WORD_FACILITY_ENDINGS = tuple(e for e in FACILITY_ENDINGS if len(e) >= 2)  # those that end a common word (跨海大桥)
MAX_FACILITY_PLACES = 3  # place words before it, the station's own name included (某市某区某地站)
PLACE_COUNT_HEADS = frozenset("一二两三四五六七八九十几数多各")  # 两省, 多国, 各市: a count of places
PLACE_COUNT_KINDS = frozenset("国省市县区州地岛城镇乡村")  # the kinds of place a count names (三国, 两省区)
# the kinds of land or sea a region's name ends in (甲乙半岛, 丙丁盆地)
REGION_WORDS = frozenset({"半岛", "群岛", "盆地", "平原", "高原", "草原", "沙漠", "海峡", "海域"})
ORIGIN = "籍"  # after a place: one's registration or citizenship there (甲省籍, 乙国籍), the place named
# a one-character county's name and 县, one jieba ns word (甲县): the county, unless the character counts, points to
# or describes counties (两县, 该县, 外县, 邻县, 大县, 同县, 郡县)
COUNTY = "县"
COUNTY_CONTEXT_TAGS = ("ns", "p", "v")  # jieba's tags of a place, a preposition or a verb before a county
NAME_OPENING_TAGS = ("n", "j")  # jieba's tags of a noun, a name or an abbreviation, which may go on a body's name
NOT_COUNTY_HEADS = frozenset("一二两三四五六七八九十几数多各每全该本此这其首外邻大小同郡地别某旧县市区省州府")
SIDES = frozenset("东西南北")  # a one-character side after a place names part of it (某城西)
_STREET_NUMBER = re.compile(r"(?:街|道|路|里)\d{1,4}(?:-\d{1,4})?号")  # 某某街6号: a street and its number
MAX_STREET_HEAD = 4  # characters of a street's name before its 街, 道 or 路
TRADE_ZONE_WORDS = ("园区", "城", "园")  # after a trade: a zone named after it (某某科技城, 某某软件园)
# the last characters of a natural sight's name (a mountain, a lake, an island, a gorge…), which stands alone
SIGHT_ENDINGS = frozenset("山湖岛江河海湾峡谷洞泉岭峰沟滩")
SIGHT_WORDS = ("古城", "古镇")  # the words an old town's name ends in (某某古城), a sight like a mountain's
MIN_SIGHT_WORD, MAX_SIGHT_WORD = 3, 4  # characters of a jieba place word that names a sight (某某岛, 某某古城)
# a resort's or theme park's word, which makes a place of the company's name before it (某某乐园: a company plus a
# facility's word is one LOC, gold/README)
RESORT_WORDS = frozenset({"乐园", "游乐园", "度假区", "度假村", "主题公园"})
LOCATIVE_CHARS = frozenset("上下边顶旁脚")  # after a sight: on, below, by, on top of, at its foot (某岛上, 某山顶)
TIME_TAG = "t"  # jieba's tag of a time word, which its character model also gives words it never saw (新晋)
DISTINGUISHING_TAG = "b"  # jieba's tag of an attribute word (非法 "illegal"), which abbreviations make too
# jieba's tags of a foreign word it lists (德比/j, "derby"), whose characters may all be place abbreviations
FOREIGN_WORD_TAGS = frozenset({"j", "nz", "nrt"})
# the second character of a side's word of bordering (东邻, 北临, 西靠: "borders on … to the east"), no name's start
BORDERING_CHARS = frozenset("邻临靠接连依傍濒")
# a division's word glued onto a known place in one jieba word of another tag (某莲县/nr): the place over its full
# name; not 区, which also names a firm's region (某国区)
GLUED_DIVISIONS = frozenset("省市县乡镇")
TOWN_ENDINGS = frozenset("镇乡")  # a town's or a township's word, after its county or city in an address
DISTRICT, CITY = "区", "市"  # a district's word, after its city in an address (某某市某某区)
DISTRICT_NAME_CHARS = 2  # characters of a district's own name that jieba cut apart (Taiwan's 某某区)
NOT_IN_DISTRICT_TAGS = ("u", "p", "c", "r", "q")  # words in no district's name (的, 在, 和, 该, 个)
VILLAGE = "村"  # a village's word, after its town or township in an address
COMMON_NOUN_TAG = "n"  # jieba's tag of a kind of village (示范村, 贫困村), no village's name
FAMILY = "家"  # a surname and 家 (某家村): a village named after a family, though jieba knows 某家 as a word
COUNTY_ENDINGS = frozenset("县市区州旗")  # what the place before a town's name ends in (某某县, 某某市)
MIN_TOWN_NAME, MAX_TOWN_NAME = 2, 3  # characters of a town's own name before 镇 or 乡
# words that open no town's name after a county (某县各镇, 某市全乡, 该镇): determiners and counts
NOT_TOWN_OPENERS = frozenset("各每全该本此这其多几数首")
SMALL_NUMERAL_CHARS = frozenset("0123456789一二三四五六七八九十两几数")  # before 成 (tenths): 一成都 is no 成都
MARKET_RUN_OPENERS = frozenset("大泛")  # 三大/美股指, 泛欧/股指: a count or 泛 that jieba glued onto the run
ROAD_WORDS = ("大道", "路", "道", "街")  # a road's word after its name, with a side before it (某某东路)
ROAD_SIDES = SIDES | {"中"}  # a side, or 中, before a road's word (某某中路); built once, not for every token
ROAD_NAME_TAGS = frozenset({"ns", "nrt"})  # a place or a transliteration before 道: a road (not 某某道, "said")
MIN_ROAD_NAME = 2  # characters of the name before a side and a road's word (某某东路, not 东路)
MAX_MARKET_RUN = 4  # abbreviations before one 股 (德英法股市)
STATION_WORDS = ("车站", "站")  # a station's word after its name (甲站, 乙车站), longest first
STATION_LIST_JOINERS = frozenset("、和及与")  # between two stations of a list (甲站、乙站和丙站)
MIN_STATION_NAME, MAX_STATION_NAME = 2, 3  # characters of a listed station's own name
MAX_COMPANY_AFTER_CUE = 4  # characters of a company's name an abbreviation after a cue may open (`opens_company`)
# an autonomous division's own name before its peoples (某某彝族自治县, 某某某苗族自治州); not a function word or a
# verb (在, 来自) before them
MIN_OWN_NAME, MAX_OWN_NAME = 2, 4
NOT_OWN_NAME_TAGS = ("u", "p", "c", "r", "d", "v", "m", "q", "f", "t")
TIME_WORD = "时间"  # after a place, its time zone (北京时间), no place (ANNOTATION.md)
MIN_GLUED_REST = 2  # characters of the word jieba glued onto a cue and an abbreviation (在京/举行), `glued_after_cue`

class PlaceRules(Rules):
    """LOC candidates of one document."""

    def candidates(self) -> Iterable[Candidate]:
        found = list(self.all_candidates())
        for c in found:
            yield c
            if (phase := self.estate_phase_after(c)) is not None:
                yield phase
        yield from self.stations_of_lines(found)
        yield from self.listed_stations(found)

    def stations_of_lines(self, found: list[Candidate]) -> Iterable[Candidate]:
        """甲乙线丙丁站: a station written right after the line it is on is one LOC over both (a named facility over its
        whole name, gold/README D24, D58), where the rules found the line and the station each. So is a kind of line
        or an operator's short name written alone before its station (高铁/ 某某站, 地铁/ 某某站: a stop of that
        line), and a line, a place and 段 (甲乙高铁丙省段: the line's section in that place, a named stretch of it,
        not the line and the place apart)."""
        text = self.text
        stops = {c.start: c.end for c in found if text[c.end - 1 : c.end] == "站"}
        sections = {c.start: c.end + 1 for c in found if c.label == "LOC" and text[c.end : c.end + 1] == LINE_SECTION
                    and c.end + 1 in self.ends}
        for c in found:
            if text.endswith(RAIL_LINE_ENDS, c.start, c.end) and (end := stops.get(c.end, sections.get(c.end))):
                yield Candidate(c.start, end, "LOC", 3)
        for i in self.doc.words.where(_rail_kind_or_operator):
            tok = self.toks[i]
            if (end := stops.get(tok.end) or self._named_stop_after(i)) is not None and not self.after_name(i):
                yield Candidate(tok.start, end, "LOC", 3)

    def _named_stop_after(self, i: int) -> int | None:
        """The end of 某某/nr 站/v right after token `i` (a name jieba guessed and 站, no rule's station), else None:
        after a kind of line, 站 is the line's stop (not 站在, 站稳, the verb)."""
        toks = self.toks
        if i + 2 >= len(toks) or not (toks[i].end == toks[i + 1].start and toks[i + 1].end == toks[i + 2].start):
            return None
        name, word = toks[i + 1], toks[i + 2]
        if (word.text == "站" and name.tag in PROPER_TAGS and is_cjk(name.text)
                and MIN_STATION_NAME <= len(name.text) <= MAX_STATION_NAME
                and self.text[word.end : word.end + 1] not in NOT_STATION_AFTER):
            return word.end
        return None

    def listed_stations(self, found: list[Candidate]) -> Iterable[Candidate]:
        """甲站、乙站和丙站, 甲车站及乙车站: a name of two or three characters and 站 or 车站 next to a station
        the rules found, joined to it as an item of a list (、, 和, 及, 与), is a station too, one LOC, however
        jieba cut it (乙/nr 站/v, 乙站/n): a list's items are of one kind. Not a word of jieba's dictionary
        (加油站, 服务站) nor a count or a determiner (三个站, 这个站)."""
        text = self.text
        stations = [c for c in found if c.label == "LOC" and text.endswith(STATION_WORDS, c.start, c.end)]
        done = {(c.start, c.end) for c in stations}
        while stations:
            c = stations.pop()
            for s, e in (*self._station_after(c.end), *self._station_before(c.start)):
                if (s, e) not in done:
                    done.add((s, e))
                    stations.append(Candidate(s, e, "LOC", 2))
                    yield stations[-1]

    def _station_after(self, end: int) -> Iterable[tuple[int, int]]:
        """The (start, end) of a station's name and word right after `end` and a list's joiner."""
        if self.text[end : end + 1] not in STATION_LIST_JOINERS:
            return
        s = end + 1
        for size in range(MIN_STATION_NAME, MAX_STATION_NAME + 1):
            for word in STATION_WORDS:
                if self.text.startswith(word, s + size) and self._listed_station(s, s + size + len(word)):
                    yield s, s + size + len(word)
                    return

    def _station_before(self, start: int) -> Iterable[tuple[int, int]]:
        """The (start, end) of a station's name and word right before a list's joiner at `start` - 1."""
        if start < 1 or self.text[start - 1] not in STATION_LIST_JOINERS:
            return
        e = start - 1
        for word in STATION_WORDS:
            if self.text.endswith(word, 0, e):
                for size in range(MIN_STATION_NAME, MAX_STATION_NAME + 1):
                    if self._listed_station(e - len(word) - size, e):
                        yield e - len(word) - size, e
                        return

    def _listed_station(self, s: int, e: int) -> bool:
        """Jieba's words start at `s` and end at `e`, and the name between is Chinese, no count, no determiner and no
        word of jieba's dictionary."""
        if s < 0 or s not in self.starts or e not in self.ends:
            return False
        name = self.text[s : e - (2 if self.text.endswith("车站", s, e) else 1)]
        return (is_cjk(name) and not any(ch in SMALL_NUMERAL_CHARS or ch in STATION_LIST_JOINERS for ch in name)
                and not in_dictionary(self.text[s:e]) and not self.toks[self.starts[s]].tag.startswith(("r", "m")))

    def estate_phase_after(self, c: Candidate) -> Candidate | None:
        """某某花园/三期, 某某城 3期: an estate's phase right after its name is one LOC with it (a named place over its
        whole name; block numbers and floors are no part of it)."""
        if not self.text.endswith(ESTATE_NAME_ENDS, c.start, c.end):
            return None  # (most candidates: one test)
        m = _ESTATE_PHASE.match(self.text, c.end)
        return c._replace(end=m.end()) if m and m.end() in self.ends else None

    def all_candidates(self) -> Iterable[Candidate]:
        yield from self.gazetteer()
        yield from self.place_suffix_names()
        yield from self.sides_of_places()
        yield from self.sights_before_locatives()
        yield from self.sights_after_places()
        yield from self.abbreviations()
        yield from self.markets_and_contracts()
        yield from self.roads()
        yield from self.transport_lines()
        yield from self.named_transit_lines()
        yield from self.numbered_metro_lines()
        yield from self.facilities_after_places()
        yield from self.described_facilities()
        yield from self.trade_zones()
        yield from self.streets_in_addresses()
        yield from self.towns_after_places()
        yield from self.districts_after_cities()
        yield from self.towns_after_divisions()
        yield from self.villages_after_towns()
        yield from self.housing_estates()
        yield from self.estates_by_block()
        yield from self.stations_used()
        yield from self.dateline_places()
        yield from self.autonomous_divisions()
        yield from self.compass_regions()

    def compass_regions(self) -> Iterable[Candidate]:
        """西部/f 地区, 东南部/f 地区, 南方/f 地区: a compass side right before 地区 names a region of the country the
        text is about, one LOC over both (jieba lists 北方地区, 西北地区 as one place word; these it cuts in two). Not
        right after a name (甲国西南部地区: the side of that place, whose whole name the other rules give), nor listed
        after other sides (中、西部地区, 东中和西部地区: the country split into parts, no region named)."""
        toks = self.toks
        for i in self.doc.words.where(lambda w: w == REGION_WORD):
            prev = toks[i - 1] if i else None
            if (prev is not None and prev.end == toks[i].start and prev.tag == "f" and len(prev.text) >= 2
                    and set(prev.text) <= COMPASS_CHARS and not self.after_name(i - 1)
                    and self.text[prev.start - 1 : prev.start] not in LISTED_SIDE_JOINERS):
                yield Candidate(prev.start, toks[i].end, "LOC", 2)

    def after_name(self, i: int) -> bool:
        """Token `i` follows, with nothing between, a known place or a word jieba tagged as a name."""
        if i < 1 or self.toks[i - 1].end != self.toks[i].start:
            return False
        return self.doc.proper(self.toks[i - 1])

    def autonomous_divisions(self) -> Iterable[Candidate]:
        """某某彝族自治县, 某某苗族侗族自治州, 某某回族乡: an autonomous division's name, its own name of two to four
        characters, its peoples (ethnic_groups.txt) and its division's word, is one LOC, whether jieba read it as one
        word or cut it after the name (the gazetteer and the suffix rules would give the name and the rest apart).
        The own name starts a jieba word and is no function word (在, 的) nor a verb (来自)."""
        toks, text, starts = self.toks, self.text, self.starts
        for m in _autonomous_division().finditer(text):
            first = starts.get(m.start())
            if first is not None:
                before = toks[first - 1] if first else None
                name_start = before.start if before is not None and before.end == m.start() and (
                    MIN_OWN_NAME <= len(before.text) <= MAX_OWN_NAME and is_cjk(before.text)
                    and not before.tag.startswith(NOT_OWN_NAME_TAGS)) else None
            else:
                name_start = next((t.start for t in toks if t.start < m.start() < t.end), None)
                if name_start is not None and not MIN_OWN_NAME <= m.start() - name_start <= MAX_OWN_NAME:
                    name_start = None
            if name_start is not None:
                yield Candidate(name_start, m.end(), "LOC", 3)

    def dateline_places(self) -> Iterable[Candidate]:
        """本报某某5月3日电, 某某社甲国乙城6月1日电: the words between a wire dateline's outlet and its day are the
        place it was filed from (a country the gazetteer knows, then a city it may not know: two LOC)."""
        places = self.lex.places
        for m in _dateline_place(self.lex.outlet_endings).finditer(self.text):
            s, e = m.span("place")
            country = next((k for k in range(min(e - s - 2, MAX_COUNTY_CHARS), 1, -1)
                            if self.text[s : s + k] in places), 0)
            if country:
                yield Candidate(s, s + country, "LOC", 1)
            yield Candidate(s + country, e, "LOC", 1)

    def stations_used(self) -> Iterable[Candidate]:
        """在某某站转车, 於某某站換乘, 至某某站下车: a name of two or three characters after a preposition of place
        and before 站, where a rider's act follows (转车, 换乘, 下车: `_station_use`), is a station, one LOC,
        however jieba cut it (某/nr 某/j 站/v, 某某/ 角站/n): what riders do there says it is a stop; not a word of
        jieba's dictionary (加油站) nor a determiner or a count (这个站)."""
        text = self.text
        for m in _station_use().finditer(text):
            e = m.start()
            for size in (3, 2):
                s = e - size
                k = self.starts.get(s)
                if k is not None and s > 0 and text[s - 1] in STATION_PREPOSITIONS and is_cjk(text[s:e]) and not (
                        any(ch in STATION_PREPOSITIONS for ch in text[s:e]) or in_dictionary(text[s : e + 1])
                        or self.toks[k].tag.startswith(("r", "m"))
                        or any(ch in SMALL_NUMERAL_CHARS for ch in text[s:e])):  # not 加油站, 这个/r 站, 三号/m 站
                    yield Candidate(s, e + 1, "LOC", 2)
                    break

    def markets_and_contracts(self) -> Iterable[Candidate]:
        """某国股 markets and 某城铜 contracts (abbreviation_cues.tsv, rows shares and futures): a run of one to four
        abbreviations before 股 (甲乙丙股市, 三大美股指, 泛欧股指; 中 before 概股 alone, since 中股 is mostly 其中 and a
        share word) names as many places, each one LOC, and an exchange's city before a metal it trades (沪铝, 伦锌)
        names that city. The run opens a word (or follows 大, 泛 that jieba glued onto it) and 股 opens no other word
        (股份, 股东: `market_glued_on`); not 日 after a numeral (3日股市 is a date; 周二美股 is the market)."""
        text, starts, ends = self.text, self.starts, self.ends
        for m in _market_run_pattern().finditer(text):
            s, e = m.span("run")
            if not (s in starts or text[s - 1 : s] in MARKET_RUN_OPENERS):
                continue
            if day_of_month(text, s):
                continue
            if m.group("concept"):
                if m.group("run") != "中":
                    continue
            elif not ((m.end() in ends or self.market_glued_on(m.end())) and (e - s > 1 or text[s] != "中")):
                continue
            for k in range(s, e):
                yield Candidate(k, k + 1, "LOC", 1)
        for m in _contract_pattern().finditer(text):
            if m.start() in starts and m.end() in ends:
                yield Candidate(m.start(), m.start() + 1, "LOC", 1)

    def roads(self) -> Iterable[Candidate]:
        """某城/ns 道/q, 某某/nrt 道/q 西/f: a place or a transliterated name right before a lone 道 (jieba's measure
        word, so not 道歉, 道路) is a road named after it (the Hong Kong style), one LOC with a one-character side
        after it; 某城东路/ns, 某某南路/nrt, 某城/ns 西路/ns: a name, a side and a road's word, in one jieba word or
        two, are one LOC too (the gazetteer would take the place alone). Not a person's name before 道 (某某道:
        "said")."""
        toks = self.toks
        for i in self.doc.words.where(_road_word):
            tok = toks[i]
            w = tok.text
            if w == "道" and i and toks[i - 1].end == tok.start:
                prev = toks[i - 1]
                if len(prev.text) >= 2 and is_cjk(prev.text) and (
                        prev.tag in ROAD_NAME_TAGS or self.doc.is_place_tok(prev)):
                    end = tok.end
                    if i + 1 < len(toks) and toks[i + 1].text in SIDES and toks[i + 1].start == end:
                        end = toks[i + 1].end
                    yield Candidate(prev.start, end, "LOC", 2)
            elif w[:1] in ROAD_SIDES and w[1:] in ROAD_WORDS and i and toks[i - 1].end == tok.start and (
                    toks[i - 1].tag == "ns" or self.doc.is_place_tok(toks[i - 1])) and len(toks[i - 1].text) >= 2:
                yield Candidate(toks[i - 1].start, tok.end, "LOC", 2)  # 某城/ns 西路/ns
            elif tok.tag in ROAD_NAME_TAGS and w.endswith(ROAD_WORDS) and is_cjk(w):
                road = next(r for r in ROAD_WORDS if w.endswith(r))
                head = w[: -len(road)]
                if len(head) > MIN_ROAD_NAME and head[-1] in ROAD_SIDES:
                    yield Candidate(tok.start, tok.end, "LOC", 2)

    def transport_lines(self) -> Iterable[Candidate]:
        """京沪高铁, 郑渝客运专线, 京港澳高速: the abbreviations of the places a line joins (of provinces
        and, in a line's name only, of cities: line_abbreviations.txt), then its kind (line_suffixes.txt), are
        one LOC, longer than the abbreviations inside it."""
        for m in _line_pattern().finditer(self.text):
            if m.start() in self.starts and m.end() in self.ends:
                yield Candidate(m.start(), m.end(), "LOC", 3)

    def named_transit_lines(self) -> Iterable[Candidate]:
        """某岛线, 某南线: an urban rail line of transit_lines.txt, from a word start to a word end however jieba cut
        it, is one LOC, with its operator written right before it (某铁某岛线: `_transit_line_pattern`)."""
        for m in _transit_line_pattern().finditer(self.text):
            s, e = m.span("line")
            operated = m.group("operator") and m.start() in self.starts
            # (某铁/ 线名: or the operator opens a word and jieba glued its 铁 onto the line's name: 某/ 铁某某/ 某线)
            if (s in self.starts or operated) and e in self.ends:
                yield Candidate(m.start() if operated else s, e, "LOC", 3)

    def numbered_metro_lines(self) -> Iterable[Candidate]:
        """地铁2号线, 甲市地铁十号线, 甲乙捷运红线: an urban rail network's word, then a line's number or colour, is one
        LOC (a line written with its operator, gold/README D51), with the city written right before it; a bare
        号线 (2号线) is left to the model."""
        for m in _metro_line_pattern().finditer(self.text):
            start = self.place_before(m.start())
            if start is None and m.start() not in self.starts:
                continue
            if m.end() in self.ends:
                yield Candidate(m.start() if start is None else start, m.end(), "LOC", 3)

    def facilities_after_places(self) -> Iterable[Candidate]:
        """某地/ns 站, 某城/ns 北站, 某地/ns 线, 某门/ns 公路: a station, a transport line or a road named after a place
        jieba tagged as one (not only a place of the gazetteer, `station_at`) is one LOC over the places written with
        it (某市某地站); not 站在, 站稳 (the verb). A word of jieba's that ends in a facility's or a place's suffix
        (某山港/ns) is one too."""
        toks, text = self.toks, self.text
        for i in self.doc.words.where(lambda w: w in FACILITY_WORDS or (w[:1] in SIDES and w[1:] == "站")):
            tok, prev = toks[i], toks[i - 1]
            if i and prev.tag == "ns" and prev.end == tok.start and len(prev.text) >= 2 and (
                    tok.text == "公路" or text[tok.end : tok.end + 1] not in NOT_STATION_AFTER):
                j = i - 1
                while j > 0 and i - j < MAX_FACILITY_PLACES and toks[j - 1].tag == "ns" and is_cjk(toks[j - 1].text):
                    j -= 1
                yield Candidate(toks[j].start, tok.end, "LOC", 3)
        for i in self.doc.words.where(lambda w: len(w) >= 3 and w.endswith(FACILITY_ENDINGS)):
            tok = toks[i]
            w = tok.text
            if tok.tag != "ns":
                continue
            ending = next((e for e in FACILITY_ENDINGS if w.endswith(e)), "")
            # (in jieba's dictionary: not a guess of its HMM, 新来/港; the ending not in the head: 港人治港)
            if (ending and is_cjk(w) and in_dictionary(w)
                    and ending not in w[: -len(ending)] and w not in self.lex.stopwords
                    and not self.doc.is_place_tok(tok)):
                yield Candidate(tok.start, tok.end, "LOC", 2)

    def described_facilities(self) -> Iterable[Candidate]:
        """某湾/ns 跨海大桥/n, 某江/ns 过江隧道/n: a place, then one common word that says what kind of facility it
        is and ends in a facility's word of two characters or more (大桥, 隧道, 机场), are one LOC, the place a known
        one that jieba cut apart too."""
        toks = self.toks
        for i in self.doc.words.where(lambda w: w.endswith(_WORD_FACILITY_ENDINGS)):
            tok, prev = toks[i], toks[i - 1]
            if i == 0 or tok.tag != "n":
                continue
            ending = next(e for e in _WORD_FACILITY_ENDINGS if tok.text.endswith(e))
            if len(tok.text) <= len(ending) or not is_cjk(tok.text) or prev.end != tok.start:
                continue
            if prev.tag == "ns" or self.doc.is_place_tok(prev):
                yield Candidate(prev.start, tok.end, "LOC", 2)
            elif (start := self.place_before(tok.start)) is not None:
                yield Candidate(start, tok.end, "LOC", 2)  # 甲/a 乙/zg 海底隧道/n: the gazetteer's 甲乙, cut apart

    def trade_zones(self) -> Iterable[Candidate]:
        """某某/nz 科技/n 城/n, 某某/nr 科技园/n: a name and a trade (company_suffixes.txt), then 城, 园 or 园区, are a
        zone named after the trade, one LOC, not the company the name and the trade would make."""
        toks, lex = self.toks, self.lex
        for i in range(1, len(toks)):
            head, k = toks[i - 1], i
            if head.tag not in PROPER_TAGS or not toks[k].text.startswith(lex.company_suffix_starts):
                continue  # (most tokens: a name must come first, then a trade)
            if k + 1 < len(toks) and toks[k].text in lex.company_suffixes and toks[k + 1].text in TRADE_ZONE_WORDS:
                k += 1  # 科技/n 城/n
            elif not any(toks[k].text.endswith(z) and toks[k].text[: -len(z)] in lex.company_suffixes
                         for z in TRADE_ZONE_WORDS):
                continue  # (科技园/n: one word)
            if (head.tag in PROPER_TAGS and is_cjk(head.text) and len(head.text) >= 2
                    and all(toks[j - 1].end == toks[j].start for j in range(i, k + 1))):
                yield Candidate(head.start, toks[k].end, "LOC", 2)

    def streets_in_addresses(self) -> Iterable[Candidate]:
        """某区某某街6号: a street with its house number, named by two to four characters right after a known place
        (however jieba cut them: 某角/n 咀某/v 全街/n), is one LOC. Not after a break: CLUENER's addresses, one LOC
        for the whole address there, measured a loss on the NER pool."""
        text = self.text
        for m in _STREET_NUMBER.finditer(text):
            end = m.start() + 1
            for head in range(2, MAX_STREET_HEAD + 1):  # (the shortest after a place: 某区/九江路, not 区九江路)
                s = end - 1 - head
                if s < 0 or not is_cjk(text[s : end - 1]):
                    continue
                if self.place_ends_at(s) and text[s] not in self.lex.admin_endings:  # (not 某浦/区某江路)
                    yield Candidate(s, end, "LOC", 2)
                    break

    def _short_names_before(self, endings: str | frozenset[str]) -> Iterator[tuple[int, int, Iterator]]:
        """For each token i ending in one of `endings` (镇, 村), its end and, shortest first, the names of
        MIN_TOWN_NAME to MAX_TOWN_NAME characters before that last character that start at a token j > 0, as
        (j, start, name): jieba cuts small places' names anywhere, so each cut is tried."""
        toks, text = self.toks, self.text

        def names(i: int, end: int) -> Iterator[tuple[int, int, str]]:
            for j in range(i, max(i - MAX_TOWN_NAME, 0) - 1, -1):
                start = toks[j].start
                name = text[start : end - 1]
                if len(name) > MAX_TOWN_NAME:
                    return
                if len(name) >= MIN_TOWN_NAME and j:
                    yield j, start, name

        for i in range(1, len(toks)):
            w = toks[i].text
            if w and w[-1] in endings and len(w) <= MAX_TOWN_NAME + 1:  # (most tokens: one test)
                yield i, toks[i].end, names(i, toks[i].end)

    def towns_after_places(self) -> Iterable[Candidate]:
        """某某县递/v 铺/v 镇/n, 某某市谋道/v 镇/n: a town's or a township's name of two or three characters, then 镇 or
        乡, right after a county or city (a place word, jieba's or the gazetteer's, ending in 县, 市, 区, 州), is one
        LOC however jieba cut the name (it hardly knows small towns and reads their characters as verbs). Not a
        determiner or a count before 镇 (某县各镇), and not a name that is an everyday word (某市城乡)."""
        toks, text = self.toks, self.text
        for i, end, names in self._short_names_before(TOWN_ENDINGS):
            for j, start, name in names:
                place = toks[j - 1]
                if (place.end == start and place.text[-1:] in COUNTY_ENDINGS and len(place.text) >= 2
                        and (place.tag == "ns" or self.doc.is_place_tok(place))
                        and is_cjk(name) and name[0] not in NOT_TOWN_OPENERS
                        and not any(t.tag.startswith(("m", "q", "u", "p", "c")) for t in toks[j : i + 1])
                        and not is_common_word(name) and not in_dictionary(text[start:end])):
                    yield Candidate(start, end, "LOC", 2)
                    break

    def districts_after_cities(self) -> Iterable[Candidate]:
        """某某市善化/v 区/n, 某某市龟/ns 山区/ns: a district's name of two characters, then 区, right after its city
        (a place word ending in 市) is one LOC however jieba cut it (Taiwan's districts, former townships, are
        often a verb, a count or a common word's part to it). Not a determiner or a function word (某市各区,
        某市的社区), not a name that is an everyday word nor a common noun of a kind of district (核心区, 工业区,
        城区: jieba's dictionary lists them), and 区 ends a jieba word (not 区域, 区间)."""
        toks = self.toks
        for i, end, names in self._short_names_before(DISTRICT):
            for j, start, name in names:
                city = toks[j - 1]
                if (len(name) == DISTRICT_NAME_CHARS and city.end == start and city.text.endswith(CITY)
                        and (city.tag == "ns" or self.doc.is_place_tok(city)) and is_cjk(name)
                        and name[0] not in NOT_TOWN_OPENERS
                        and not any(t.tag.startswith(NOT_IN_DISTRICT_TAGS) for t in toks[j : i + 1])
                        and not is_common_word(name) and not in_dictionary(name + DISTRICT)):
                    yield Candidate(start, end, "LOC", 2)
                    break

    def villages_after_towns(self) -> Iterable[Candidate]:
        """某某乡甲家/ 村, 某镇乙/nr 家村/n, 某乡三道/m 沟/n 村/n: a village's name of two or three characters and 村
        right after a town's or a township's word (镇, 乡) is one LOC however jieba cut the name (it knows few
        villages and reads their characters as names, counts or nouns). Not after 全乡, 该镇 (a determiner before the
        town's word), not a determiner or a count of villages (某镇各村, 某乡两个村) and not an everyday word (but a
        family's village, 某家村, is one) nor a common noun of jieba's dictionary (示范村)."""
        toks, text = self.toks, self.text
        for i, end, names in self._short_names_before(VILLAGE):
            for j, start, name in names:
                town = toks[j - 1]
                head = text[max(town.end - 3, 0) : town.end - 1]
                if (town.end == start and town.text[-1:] in TOWN_ENDINGS and len(head) == 2 and is_cjk(head)
                        and NOT_TOWN_OPENERS.isdisjoint(head) and is_cjk(name)
                        and name[0] not in NOT_TOWN_OPENERS and name[0] not in TOWN_ENDINGS
                        and not set(name) <= SMALL_NUMERAL_CHARS
                        and not any(t.tag.startswith(("q", "u", "p", "c", "v", "r")) for t in toks[j : i + 1])
                        and (not is_common_word(name) or name.endswith(FAMILY))
                        and dictionary_tag(text[start:end]) != COMMON_NOUN_TAG):
                    yield Candidate(start, end, "LOC", 2)
                    if len(town.text) == len(head) + 1 and not self.doc.is_place_tok(town):
                        yield Candidate(town.start, town.end, "LOC", 2)  # 某溪镇/nr: the town, read as a name
                    break

    def towns_after_divisions(self) -> Iterable[Candidate]:
        """某溪/ns 区罗/nr 龙镇/ns, 某江/nr 区/n 某泽镇/n: a town's name of two or three characters and its 镇 or 乡
        right after a known place and its division's word (某溪区, 某江区), however jieba cut the three (it glues the
        division's word onto the town's first character, or reads the district as a name), is one LOC; so is the
        district over its full name (the gazetteer finds only its bare name there). The guards of
        `towns_after_places` hold: no determiner, count or function word, no everyday word (某县重点镇)."""
        toks, text, starts = self.toks, self.text, self.starts
        for i in self.doc.words.where(lambda w: w[-1:] in TOWN_ENDINGS and 0 < len(w) <= MAX_TOWN_NAME + 1):
            if i == 0:
                continue
            end = toks[i].end
            for size in range(MIN_TOWN_NAME, MAX_TOWN_NAME + 1):
                start = end - 1 - size
                division = start - 1
                if division < 2 or text[division] not in COUNTY_ENDINGS or not (
                        start in starts or division in starts):
                    continue
                place = next((division - k for k in range(min(division, MAX_COUNTY_CHARS), 1, -1)
                              if self.is_known_place(text[division - k : division])), None)
                name = text[start : end - 1]
                first = starts.get(start, starts.get(division))
                # (jieba's dictionary lists some towns, 某泽镇 n, rarely: only an everyday word is kept out)
                if place is None or not is_cjk(name) or name[0] in NOT_TOWN_OPENERS or is_common_word(name) or (
                        is_common_word(text[start:end])) or any(
                        t.tag.startswith(("m", "q", "u", "p", "c")) for t in toks[first : i + 1]):
                    continue
                yield Candidate(place, start, "LOC", 2)
                yield Candidate(start, end, "LOC", 2)
                break

    def housing_estates(self) -> Iterable[Candidate]:
        """某某/nz 邨, 某角/ns 邨, 某某/nz 新/a 邨, 某某/nz 苑/nr: Hong Kong's 邨 or 苑 (an estate) after a known place
        or a proper noun of two characters or more, perhaps with 新, 上 or 下 between (not after a common noun,
        某云/n 邨: measured a spurious place on unseen text), or after two characters jieba cut apart right after a
        place (某区/ns 翠/ng 丽/vg 邨), is one LOC, the estate named after the place or the name (jieba knows few of
        them and leaves 邨 alone); so is a word of three characters ending in one after a place
        (`estate_word_after_place`)."""
        text, toks = self.text, self.toks
        for i in self.doc.words.where(lambda w: w[-1:] in ESTATE_ENDS):
            tok = toks[i]
            if tok.text not in ESTATE_ENDS:
                if self.estate_word_after_place(i):
                    yield Candidate(tok.start, tok.end, "LOC", 3)
                continue
            j = tok.start - (text[tok.start - 1 : tok.start] in ESTATE_PART_CHARS)
            start = self.place_before(j)
            k = self.ends.get(j)
            if start is None and k is not None and toks[k].tag in PROPER_TAGS and len(toks[k].text) >= 2 and (
                    is_cjk(toks[k].text)) and toks[k].text not in self.lex.stopwords:
                start = toks[k].start
            if start is None and k is not None and self.single_characters_after_place(k):
                start = toks[k - 1].start  # 某区/ns 翠/ng 丽/vg 邨: jieba cut the estate's name into characters
            if start is not None:
                yield Candidate(start, tok.end, "LOC", 3)

    def estates_by_block(self) -> Iterable[Candidate]:
        """某某轩2座高层, 某某湾8座中层, 某某城3期1座低层: the words right before a block (N座) and its floor
        (高层, 中层, 低层) name the estate it is in, Hong Kong's way of telling where a flat is sold, one LOC
        however jieba cut it (it knows few estates); the words go back to a function word, a verb of two
        characters or more, a number other than the estate's phase or a stop (成交的/ 某某轩; 有/ 3座: no name)."""
        text, toks = self.text, self.toks
        for m in _block_floor().finditer(text):
            if m.end() not in self.ends:
                continue  # 3座高层建筑: a count of buildings, no flat's floor
            k = self.ends.get(m.start())
            start = None
            while k is not None and k >= 0 and m.start() - toks[k].start <= MAX_ESTATE_CHARS:
                tok = toks[k]
                phase = _ESTATE_PHASE.match(text, tok.start) is not None  # 3/m 期盛世/n: a phase jieba cut
                if not phase and (not is_cjk(tok.text) or tok.tag.startswith(NOT_IN_ESTATE_TAGS) or (
                        len(tok.text) >= 2 and tok.tag.startswith("v"))):
                    break
                start = tok.start
                k -= 1
            # (not 同/ 屋苑 9座: a word of one character opens no estate's name, it qualifies a common noun; nor is
            # the word for an estate one: 同屋/ 苑)
            if start is not None and m.start() - start >= 2 and not is_common_word(text[start : m.start()]) and (
                    not text.endswith(ESTATE_WORDS, start, m.start())) and (
                    is_cjk(text[start]) and text[start] not in NOT_TOWN_OPENERS and self.starts.get(start) is not None
                    and len(toks[self.starts[start]].text) >= 2):
                yield Candidate(start, m.start(), "LOC", 2)

    def single_characters_after_place(self, k: int) -> bool:
        """Tokens k - 1 and k are one Chinese character each, no count, function word or punctuation, right after a
        known place or a jieba place word of two characters or more (某区/ns 翠/ng 丽/vg: a name jieba did not know)."""
        toks = self.toks
        if k < 2:
            return False
        place, first, last = toks[k - 2], toks[k - 1], toks[k]
        return (len(first.text) == 1 and len(last.text) == 1 and is_cjk(first.text + last.text)
                and not any(t.tag.startswith(("m", "q", "p", "c", "u", "r", "d")) for t in (first, last))
                and place.end == first.start and first.end == last.start and len(place.text) >= 2
                and is_cjk(place.text) and (place.tag == "ns" or self.doc.is_place_tok(place)))

    def estate_word_after_place(self, i: int) -> bool:
        """某区/ns 某晴苑/nr: a word of three characters ending in 苑 or 邨 (an estate), jieba's guess of a name or
        a noun (no word of its dictionary: 文苑), right after a known place or a jieba place word, names an estate
        in that district."""
        toks = self.toks
        tok, prev = toks[i], toks[i - 1] if i else None
        return (prev is not None and len(tok.text) == ESTATE_WORD_CHARS and is_cjk(tok.text)
                and tok.tag in ESTATE_WORD_TAGS and not in_dictionary(tok.text) and prev.end == tok.start
                and len(prev.text) >= 2 and is_cjk(prev.text) and (prev.tag == "ns" or self.doc.is_place_tok(prev)))

    def gazetteer(self) -> Iterable[Candidate]:
        """Known places starting at a token start and ending at a token end (or splitting an ns word)."""
        text, places, ends = self.text, self.lex.places, self.ends
        n = len(text)
        for tok in self.doc.tokens(K_GAZETTEER):
            s = tok.start
            lengths = self.lex.place_lengths.get(text[s : s + 2])
            if lengths is None or not is_cjk(text[s]):
                continue
            for length in lengths:
                e = s + length
                name = text[s:e]
                if length > n - s or time_zone_after(text, e, self.lex):
                    continue  # 美国时间, 甲国乙岛时间: a time zone, not a place
                if tenths_before(text, s):
                    continue  # 跌一成都会买: 成 counts tenths after a numeral, 都 is "all"
                if name not in places and not (name in self.lex.counties and self.county_here(s, e)):
                    continue
                if e not in ends and tok.end < e:
                    # 将军/n 澳新/ns 盘: a known place of three characters or more that jieba cut into words, its last
                    # character glued to the next word, is still the place
                    if length < MIN_SPLIT_PLACE or length > MAX_SPLIT_PLACE or e - 1 not in self.starts:
                        continue
                    if self.short_form_before_word(s, e, tok):
                        continue  # 甲城/ 市场: the place is its short form, 市 begins the next word
                elif e not in ends:
                    # 上海市浦东新区/ns: two places in one jieba word
                    rest = text[e : tok.end]
                    if tok.start == s and rest in GLUED_DIVISIONS and tok.tag != "ns":
                        # 甲地县/nr, 乙城市/nz: jieba read a known place with its division's word as one word of
                        # another kind (a person's name); the word is the place over its full name
                        yield Candidate(s, tok.end, "LOC", 2)
                        break
                    if tok.start == s and rest == ORIGIN:
                        # 甲省籍/nr 工人, 乙国籍/n: jieba glued 籍 (where one is registered or a citizen) onto the
                        # place; the place is still one (like 香港人 → 香港)
                        yield Candidate(s, e, "LOC", 2)
                        break
                    if tok.end <= e or len(rest) < 2:
                        continue
                    if tok.tag == "ns" and rest in REGION_WORDS:
                        # 甲乙半岛/ns, 丙丁盆地/ns: a proper name and the kind of land it names, one region
                        yield Candidate(s, tok.end, "LOC", 2)
                        break
                    if tok.start == s and is_common_word(rest) and rest not in places:
                        pass  # 台湾同胞, 中国国情, 北京市民: a place before an everyday word, in one jieba word
                    elif tok.tag != "ns":
                        continue
                    elif rest in self.lex.stopwords:
                        pass  # 东北地区/ns: the place is 东北
                    elif rest in self.lex.place_suffixes:
                        # 甲市工业园区/ns, 乙城开发区/ns: a place and a zone's generic word in one jieba word are one
                        # named zone (gold/README D24), not the place and a zone of no name
                        yield Candidate(s, tok.end, "LOC", 2)
                        break
                    elif rest in places or rest[-1] in self.lex.division_endings:
                        yield Candidate(e, tok.end, "LOC", 2)
                    else:
                        continue
                elif (text.startswith(SHI_MARKET_WORDS, e - 1) and text[s : e - 1] in places
                      and (e + 1 in ends or text[e + 1 : e + 2] in MARKET_LOCATIVES and e + 2 in ends)
                      and not self.toks[self.starts[e]].tag.startswith("v")):
                    # 甲城市/ns 场/q: jieba glued the 市 of 市场 onto a city's short form and left the word's second
                    # character alone, or with a locative (甲城市/ns 场上/s: "on the market"), no verb (not 某城市/
                    # 值得, 某城市/ 占/v 全国); the place is the short form
                    yield Candidate(s, e - 1, "LOC", 2)
                    break
                # 湖南省会长沙: the province is 湖南, 省会 means "provincial capital"
                if name.endswith("省") and text[e : e + 1] == "会" and name[:-1] in places:
                    e -= 1
                yield Candidate(s, e, "LOC", 2)
                if (station := self.station_at(s, e)) is not None:
                    yield station
                break

    def short_form_before_word(self, s: int, e: int, tok: Token) -> bool:
        """甲城/ns 市场/n, 乙州/ns 市民/n: jieba cut a known place's short form as one word and read the full name's
        last character (市, 县, 区) as the start of an everyday word after it (not a place's suffix: 某洲/ 区域 is
        one region); the place is the short form, since the text speaks of its market or its people, not of the
        city over its full name. The short form may be cut in words itself (甲/q 城/f 市值/n: a company's market
        value after its city's short form, not the city over its full name)."""
        if e - 1 not in self.ends or self.text[s : e - 1] not in self.lex.places:
            return False
        nxt = self.toks[self.starts[e - 1]].text
        return len(nxt) >= 2 and nxt not in self.lex.place_suffixes and (
            is_common_word(nxt) or is_common_word(nxt[:2]))  # 市场需求: a word that a common word opens

    def ends_split_place(self, end: int) -> bool:
        """A known place of `MIN_SPLIT_PLACE` characters or more ends at `end` (`gazetteer` finds it across words)."""
        return any(self.text[end - n : end] in self.lex.places for n in range(MIN_SPLIT_PLACE, MAX_SPLIT_PLACE + 1)
                   if end - n >= 0)

    def station_at(self, s: int, e: int) -> Candidate | None:
        """某地站: a place right before 站 names a station (not 站在, 站长); the station is one LOC, longer than its
        place (the line's name before it is left out: jieba often joins its first character to the word before),
        and so is a city written right before it (某市某地站: a named facility is one place over its whole name)."""
        if self.text[e : e + 1] != "站" or self.text[e + 1 : e + 2] in NOT_STATION_AFTER:
            return None
        before = self.place_before(s)
        return Candidate(s if before is None else before, e + 1, "LOC", 3)  # over 某地站 read as an organisation

    def place_before(self, s: int) -> int | None:
        """The start of a known place that ends at `s` and starts a word, the longest, or None."""
        for k in range(min(s, MAX_COUNTY_CHARS), 1, -1):
            if self.text[s - k : s] in self.lex.places and (s - k) in self.starts:
                return s - k
        return None

    def county_here(self, s: int, e: int) -> bool:
        """A county's bare name (罗平, 通江) is a place only after a place (云南罗平, 珠海斗门) or in a list next to
        another place (罗平、师宗、陆良), since many are also words (通江达海)."""
        return self.place_ends_at(s) or (self.text[s - 1 : s] == "、" and self.place_ends_at(s - 1)) or (
            self.text[e : e + 1] == "、" and self.place_starts_at(e + 1))

    def place_ends_at(self, end: int) -> bool:
        return any(self.is_known_place(self.text[end - k : end]) for k in range(2, min(end, MAX_COUNTY_CHARS) + 1))

    def place_starts_at(self, start: int) -> bool:
        return any(self.is_known_place(self.text[start : start + k]) for k in range(2, MAX_COUNTY_CHARS + 1))

    def is_known_place(self, name: str) -> bool:
        """A place of the gazetteer or a county's bare name."""
        return name in self.lex.places or name in self.lex.counties

    def sides_of_places(self) -> Iterable[Candidate]:
        """某城/西, 某区/东: a one-character side right after a place names that part of it; so does a side in brackets
        (某湾(北): a bus stop's compass point is part of its name, gold/README D58)."""
        toks, text = self.toks, self.text
        for i in self.doc.words.where(lambda w: w in SIDES or w == "("):
            if i == 0:
                continue
            if toks[i].text in SIDES and toks[i - 1].end == toks[i].start and self.doc.is_place_tok(toks[i - 1]):
                yield Candidate(toks[i - 1].start, toks[i].end, "LOC", 2)
            elif toks[i].text == "(" and self.doc.is_place_tok(toks[i - 1]) and toks[i - 1].end == toks[i].start and (
                    text[toks[i].end : toks[i].end + 1] in SIDES and text[toks[i].end + 1 : toks[i].end + 2] == ")"):
                yield Candidate(toks[i - 1].start, toks[i].end + 2, "LOC", 2)

    def place_suffix_names(self) -> Iterable[Candidate]:
        """Names ending in a place suffix: 岳麓区/ns, 广州+洗村, 长沙+智谷, 湘江+新区."""
        lex, toks = self.lex, self.toks
        for i in self.doc.where(K_PLACE_NAME):
            tok = toks[i]
            # (景区, 新区: never a name alone, yet a place's suffix right after a proper name: 某湖景区; not 某山主景区)
            if not is_cjk(tok.text) or tok.text in lex.stopwords and not (
                    tok.text in lex.place_suffixes and i and self.doc.proper(toks[i - 1])):
                continue
            if count_of_places(tok.text):
                continue  # 两省区/ns, 三县市: a count of the places named before it, no place
            if i and one_character_county(toks[i - 1], tok, toks[i + 1] if i + 1 < len(toks) else None):
                yield Candidate(tok.start, tok.end, "LOC", 2)  # 甲县/ns: a county of a one-character name
                continue
            # one jieba word: 岳麓区/ns (not 特大城市/ns)
            # (not 新市镇/ns: a zone's generic word, whose name is the proper word before it)
            if (tok.tag == "ns" and len(tok.text) >= 3 and tok.text.endswith(lex.admin_endings)
                    and tok.text not in lex.place_suffixes):
                if described_region(tok.text, lex):
                    continue  # 偏远地区/ns, 周边地区/ns: a kind of area, no name
                w = tok.text
                # not 特大城市, and not 上海市浦东新区 (the gazetteer splits that into two places)
                two = any(w[:k] in lex.places for k in range(2, len(w) - 1))
                if not self.doc.is_place_tok(tok) and not w.endswith("城市") and not two:
                    start = self.sight_word_start(i)
                    if start == tok.start and len(w) - 1 <= MAX_FOREIGN_PLACE_CHARS:
                        start = self.foreign_name_start(i, w[:-1])
                    yield Candidate(start, tok.end, "LOC", 2)
                    continue
            if 2 <= len(tok.text) <= 4 and self.doc.after_place[i] and tok.text not in line_kinds():
                # (not 某湖/ns 铁路: the kind of a transport line is no street of the place before it)
                # a district, village or street right after a place: 广州洗村, 成都市武侯区
                if (tok.text[-1] in lex.after_place_endings and tok.tag in {"n", "nr", "ns", "nz", "x"}
                        and not sub_area_word(tok, lex)):
                    yield Candidate(tok.start, tok.end, "LOC", 2)
                # a named park or zone: 长沙智谷, 深圳湾
                elif tok.text[-1] in lex.zone_endings and tok.tag in {"n", "ns", "nz", "x"}:
                    yield Candidate(toks[i - 1].start, tok.end, "LOC", 2)
            if tok.text not in lex.place_suffixes:
                continue
            run = self.doc.left_run(i)
            # (某某大桥/香港口岸, 某某公园/某某站: a place's name that ends inside the run is a place of its own)
            ended = [k for k in run if len(toks[k].text) >= 2 and toks[k].text in lex.place_suffixes]
            run = run[run.index(ended[-1]) + 1 :] if ended else run
            run = run[-4:]
            while run and not self.doc.good_head(toks[run[0]]):
                run = run[1:]
            run = self.from_first_proper(run)
            # (某县/n 国际机场: a county's bare name, which jieba may tag as a common word, makes a facility's name
            # specific too)
            county = tok.text.endswith(FACILITY_ENDINGS) and any(toks[k].text in lex.counties for k in run)
            # (港/j 珠/j 澳/j 大桥: the places it joins, one character each, two of them known abbreviations, name it)
            joined = len(run) >= 2 and all(len(toks[k].text) == 1 for k in run) and sum(
                lex.abbreviation_word.fullmatch(toks[k].text * 2) is not None for k in run) >= 2
            if not run or not (self.doc.has_proper(run) or county or joined or self._rare_sight_name(run, tok)):
                continue
            if tok.text.startswith(SMALL_PREFIX) and all(self.doc.is_place_tok(toks[k]) for k in run):
                # 甲国乙州/ 小镇 丙: "a small town of" the places before it, no name (某某小镇 is one); the town's
                # transliterated name may follow
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if (nxt is not None and nxt.start == tok.end and nxt.tag in TRANSLITERATED_TAGS
                        and 2 <= len(nxt.text) <= MAX_FOREIGN_PLACE_CHARS and set(nxt.text) <= transliteration_chars()):
                    yield Candidate(nxt.start, nxt.end, "LOC", 2)
                continue
            if len(tok.text) == 1:
                # 台南市永康区: an admin suffix belongs to the word right before it
                run = run[-2:] if len(toks[run[-1]].text) == 1 or self.zone_of_place(run, tok) else run[-1:]
                if self.text.startswith(SHI_MARKET_WORDS, tok.start) and not self.doc.is_place_tok(toks[run[-1]]):
                    continue  # 衛星市占, SoC市占: 市 begins 市占 (market share), not a city's name
                if self.read_as_person(run, tok):
                    continue  # 李俊/nr 峰/nr 表示: a person's given name that ends in a sight's character
            if any(toks[k].tag == "nt" for k in run) and tok.text not in RESORT_WORDS:
                continue  # (甲集团/nt 大楼: the body's; but 乙/nt 乐园: a resort named after its company is a place)
            start = toks[run[0]].start
            if len(tok.text) == 1 and len(run) == 1:
                start = self.foreign_name_start(run[0], toks[run[0]].text)
            yield Candidate(start, tok.end, "LOC", 2)

    def zone_of_place(self, run: list[int], suffix: Token) -> bool:
        """某地/ 合作/vn 区, 某地/ 文化/n 区, 某地/ 发展/vn 区: a zone's word of everyday use between a place's bare
        name and 区 (not the name of a district: 某市永康区) makes the zone's name with that place, one LOC over all
        three; 合作区 alone is no name. Not after a place that ends in its level (某市/ 商业/ 区: a part of the
        city, the city stands alone)."""
        if suffix.text not in ZONE_CHARS or len(run) < 2:
            return False
        place, word = self.toks[run[-2]], self.toks[run[-1]]
        return (self.doc.is_place_tok(place) and not place.text.endswith(self.lex.admin_endings)
                and len(word.text) == ZONE_WORD_CHARS and is_common_word(word.text)
                and not self.doc.proper(word) and word.tag in ZONE_WORD_TAGS)

    def sights_before_locatives(self) -> Iterable[Candidate]:
        """某鸡/n 岛上/s, 某螺/n 湖边/s: jieba glued a natural sight's last character (岛, 湖: `SIGHT_ENDINGS`) onto
        the locative after it (上, 下, 边, 顶: `LOCATIVE_CHARS`); the word of two characters or more right before it,
        no everyday word, and that character name the sight (not 云雾/ 山上, "up the misty hill"). Not 畔: in Hong
        Kong an estate's name ends in it (某灣畔), and the whole is the estate.
        某屏山/nr 上/f: a word of three or four characters ending in a sight's character that jieba took for a name,
        before a locative of its own, is the sight too (游客在某屏山上拍照), unless it opens with a surname."""
        toks, lex = self.toks, self.lex
        for i in self.doc.words.where(lambda w: w[:1] in SIGHT_ENDINGS or w in LOCATIVE_CHARS):
            tok, w = toks[i], toks[i].text
            if i == 0:
                continue
            prev = toks[i - 1]
            if prev.end != tok.start or not is_cjk(prev.text) or self.doc.is_place_tok(prev):
                continue
            if (len(w) == 2 and w[0] in SIGHT_ENDINGS and w[1] in LOCATIVE_CHARS and len(prev.text) >= 2
                    and prev.text[-1] not in SIGHT_ENDINGS  # 某岚山/ 山顶: the top of the hill named before it
                    and prev.tag.startswith(SIGHT_NAME_TAGS) and not is_common_word(prev.text)
                    and prev.text not in lex.stopwords):
                yield Candidate(prev.start, tok.start + 1, "LOC", 2)
            elif (w in LOCATIVE_CHARS and tok.tag == "f" and 3 <= len(prev.text) <= 4
                  and prev.text[-1] in SIGHT_ENDINGS and prev.tag in PROPER_TAGS
                  and prev.text[0] not in lex.surnames and not is_common_word(prev.text)):
                yield Candidate(prev.start, prev.end, "LOC", 2)

    def sights_after_places(self) -> Iterable[Candidate]:
        """甲省/ 乙丙岛/ns, 甲市/ 乙丙山/ns, 甲省/ 乙丙古城/ns: a jieba place word of three or four characters that
        ends in a natural sight's character (`SIGHT_ENDINGS`) or an old town's word (古城, 古镇), written right after a
        place, is a named sight, one LOC with the place before it (like 甲省乙丙景区, a sight written with its place:
        gold/README D24); the model finds the sight alone, but after a place leaves it out."""
        toks = self.toks
        for i in self.doc.words.where(_sight_word):
            tok = toks[i]
            if (i and tok.tag == "ns" and self.doc.after_place[i] and toks[i - 1].end == tok.start
                    and is_cjk(tok.text) and not self.doc.is_place_tok(tok) and tok.text not in self.lex.stopwords):
                yield Candidate(toks[i - 1].start, tok.end, "LOC", 2)

    def read_as_person(self, run: list[int], suffix: Token) -> bool:
        """甲俊/nr 峰/nr, 乙海/nr 江/nr: a place's ending of one character that jieba tagged, with the one word before
        it, as parts of a person's name, the word opening with a surname, is the last character of a given name
        (峰, 江, 山 are common in names), not a place's suffix."""
        head = self.toks[run[0]] if len(run) == 1 else None
        return (head is not None and suffix.tag.startswith("nr") and head.tag.startswith("nr")
                and len(head.text) == 2 and head.text[0] in self.lex.surnames
                and not self.doc.is_place_tok(head))

    def foreign_name_start(self, i: int, head: str) -> int:
        """某尔/nr 某迪区/ns, 某布/nr 某迪尔/nr 区: jieba cut a transliterated place's name (its characters all of
        transliteration_chars.txt) into parts, and the division's word kept the last part only; the name starts at
        its first part: the words right before token i (whose name part is `head`) spelt alike, each a jieba name,
        no known place and no everyday word."""
        toks, chars = self.toks, transliteration_chars()
        start = toks[i].start
        if not head or not set(head) <= chars:
            return start
        size = len(head)
        k = i - 1
        while k >= 0:
            prev = toks[k]
            if (prev.end != start or prev.tag not in FOREIGN_PART_TAGS or not set(prev.text) <= chars
                    or size + len(prev.text) > MAX_FOREIGN_PLACE_CHARS or self.doc.is_place_tok(prev)
                    or prev.text in self.lex.stopwords or is_common_word(prev.text)):
                break
            start, size, k = prev.start, size + len(prev.text), k - 1
        return start

    def sight_word_start(self, i: int) -> int:
        """某屏/nr 湖景区/ns, 某云/nz 山公园/ns: jieba glued the last character of a sight's name (湖, 山: a natural
        feature) onto the word of its scenic area or park, and tagged the whole a place; the name starts with the
        proper word right before it, not at the feature's character."""
        toks, tok = self.toks, self.toks[i]
        prev = toks[i - 1] if i else None
        if (prev is not None and tok.text[0] in SIGHT_ENDINGS and tok.text[1:] in self.lex.place_suffixes
                and prev.end == tok.start and len(prev.text) >= 2 and is_cjk(prev.text)
                and prev.tag in PROPER_TAGS and not self.doc.is_place_tok(prev)):
            return prev.start
        return tok.start

    def from_first_proper(self, run: list[int]) -> list[int]:
        """游客/ 参观/ 某泉山/ns 森林公园, 启动/vn 某/ns 中轴/nz 公园: everyday words of two characters or more
        before the run's first proper word (a place, a name) are the sentence's (its subject, its verb), not the
        name's, which starts at that proper word; jieba tags such verbs as nouns too (参观/n), so their being
        everyday words, not their tag, says it. A side's word of bordering opening the run (东邻/nr 某屏山/nr
        风景区: `bordering`) is the sentence's too, whatever jieba's tag."""
        toks = self.toks
        run = run[1:] if run and bordering(toks[run[0]].text) else run
        first = next((j for j, k in enumerate(run) if self.doc.proper(toks[k])), 0)
        if first and all(len(toks[k].text) >= 2 and is_common_word(toks[k].text) and toks[k].tag not in PROPER_TAGS
                         for k in run[:first]):
            return run[first:]
        return run

    def _rare_sight_name(self, run: list[int], suffix: Token) -> bool:
        """某柳/n 地质公园, 某光/n 岛/n 海滩: before a place's word of two characters or more (not an administrative
        level), words of two to four characters, one of them of two characters or more that jieba's dictionary
        hardly knows (`RARE_WORD_FREQ`; not 城市公园, 风能发电站) and none a count (三色), name a local sight jieba does
        not know, though it tagged none of them as a name; not after a number (14/号线 车站), a measure word or a
        demonstrative with its measure word (一幢/ 那栋/ 某种材料/ 大厦: the building described, not named)."""
        toks = self.toks
        words = [toks[k] for k in run]
        size = words[-1].end - words[0].start
        before = toks[run[0] - 1] if run[0] else None
        return (len(suffix.text) >= 2 and not suffix.text.endswith(self.lex.admin_endings) and 2 <= size <= 4
                and (before is None or not (before.tag.startswith(("m", "q"))
                                            or before.tag == "r" and len(before.text) > 1))
                and all(is_cjk(t.text) and t.tag.startswith(SIGHT_NAME_TAGS)
                        and not (dictionary_tag(t.text) or "").startswith("m") for t in words)
                and any(len(t.text) >= 2 and dictionary_frequency(t.text) < RARE_WORD_FREQ for t in words)
                and not in_dictionary(self.text[words[0].start : suffix.end]))

    def inside_transliteration(self, tok: Token) -> bool:
        """A word jieba tags as a transliterated name (瑞德/nrt) glued to another name's syllables (艾/nr, 博/nr, or a
        first syllable it took for a word of its own, 盖/v) before or after it: a piece of one foreign name."""
        if tok.tag != "nrt":
            return False
        before, after = self.ends.get(tok.start), self.starts.get(tok.end)
        return (any(k is not None and self.toks[k].tag in TRANSLITERATED_TAGS for k in (before, after))
                or (before is not None and self.doc.first_syllable(before, before + 1)))

    def heads_a_place(self, tok: Token) -> bool:
        """A place's ending of one character (村, 湾: place_suffixes.txt, place_suffix_chars.tsv; 城, 苑 of a town or
        an estate) is glued right after the token."""
        k = self.starts.get(tok.end)
        if k is None or len(w := self.toks[k].text) != 1:
            return False
        lex = self.lex
        return (w in lex.place_suffixes or w in lex.after_place_endings or w in lex.zone_endings
                or w in ESTATE_CHARS)

    def market_glued_on(self, end: int) -> bool:
        """美/股盘 前, 美股三大/nz: jieba glued the words after 股 or 债 onto it; only a word that 股 or 债 begins
        (股份, 股东, 债券, 债务) makes the abbreviation something else."""
        return self.text[end - 1] in "股债" and self.text[end : end + 1] not in WORDS_AFTER_SHARES_OR_DEBT

    def abbreviations(self) -> Iterable[Candidate]:
        """One-character place abbreviations, only where a list or a fixed pattern makes them places."""
        text, toks, abbr = self.text, self.toks, self.lex.abbreviations
        starts, ends = self.starts, self.ends
        # 美、德、意 / 京、沪: abbreviations joined by 、, each ending a token (not 中、西部)
        for m in self.lex.abbreviation_list.finditer(text):
            spots = range(m.start(), m.end(), 2)
            if not all(p + 1 in ends for p in spots):
                continue
            first = m.start()
            if first not in starts and text[first - 1] not in self.lex.list_openers:
                continue  # the first one may share a jieba word with 和/与/在 (和京、沪)
            if all(p in starts for p in spots[1:]):
                for p in spots:
                    yield Candidate(p, p + 1, "LOC", 3)
        # 中美 (中/f 美/ns): adjacent one-character abbreviations, one of them tagged as a place
        run_tags = {"ns", "j", "f", "nr", "b"}
        in_run = [i for i in self.doc.where(K_ABBREVIATION) if toks[i].text in abbr and toks[i].tag in run_tags]
        # a run is consecutive tokens: index minus rank is the same all along one
        for _, group in groupby(enumerate(in_run), key=lambda rank_index: rank_index[1] - rank_index[0]):
            run = [toks[i] for _, i in group]
            if len(run) >= 2 and any(t.tag in {"ns", "j"} for t in run) and all(t.tag != "f" for t in run[1:]):
                for t in run:
                    yield Candidate(t.start, t.end, "LOC", 1)
        for tok in self.doc.tokens(K_ABBREVIATION):
            # 港澳台 / 京津冀: a jieba word made only of abbreviations; or of abbreviations and 地区 (港澳地区/j: the
            # places listed, each one LOC, and 地区 after them)
            w = tok.text.removesuffix(REGION_WORD) if len(tok.text) > len(REGION_WORD) + 1 else tok.text
            if w[:1] not in abbr or not self.lex.abbreviation_word.fullmatch(w):
                continue
            if w in self.lex.places or w in self.lex.stopwords or tok.tag in NOT_ABBREVIATION_TAGS:
                continue
            if tok.tag == DISTINGUISHING_TAG and is_common_word(w):
                continue  # 非法/b, 非典/b: an everyday attribute word, no list of places (not 法 after 非)
            if tok.tag == TIME_TAG and not in_dictionary(w):
                continue  # 新晋/t ("newly risen"): a word jieba never saw and reads as a time word (中日/t it lists)
            if len(set(w)) < len(w):
                continue  # 深深, 台台: a character doubled is an adverb or a measure word, no list of places
            if text[tok.start - 1 : tok.start] == "《" and text[tok.end : tok.end + 1] == "》":
                continue  # 《伊苏》: the whole title of a work, no list of places
            if self.heads_a_place(tok) or self.ends_split_place(tok.start + 1):
                continue  # 新港/ns 城: the start of one place's name; 将军/n 澳新/ns: the end of one
            if self.inside_transliteration(tok):
                continue  # 艾/nr 瑞德/nrt: the syllables of a foreign name, no list of places
            if tok.tag in FOREIGN_WORD_TAGS and in_dictionary(w) and set(w) <= transliteration_chars():
                continue  # 德比/j (a derby): a foreign word jieba knows, spelt in transliteration characters
            # 非京籍, 非美货币: 非 says "not of" the places after it
            for k in range(tok.start + w.startswith("非"), tok.start + len(w)):
                yield Candidate(k, k + 1, "LOC", 1)
            # 晋/j 陕蒙/ns: one more abbreviation jieba left alone right before or after the word joins the list
            for k in (self.ends.get(tok.start), self.starts.get(tok.end)):
                if k is not None and toks[k].text in abbr and toks[k].tag in run_tags and toks[k].tag != "f":
                    yield Candidate(toks[k].start, toks[k].end, "LOC", 1)
        # 沪深300, 全台 / 赴美 / 来京, and 美股 / 港股 / 沪指
        for m in self.lex.abbreviation_cues.finditer(text):
            s, e = m.span()
            if m.group("relation") or m.group("pair"):
                if s in starts:  # 沪深300, 俄乌冲突, 中美关系: each abbreviation of the run is a place
                    for k in range(s, e):
                        yield Candidate(k, k + 1, "LOC", 1)
            elif m.group("before") is not None or m.group("people"):
                if day_of_month(text, s):
                    continue  # 3日股市: a date, not Japan's market
                if s in starts and ((e + 1) in ends or self.market_glued_on(e + 1) or text[e] == ORIGIN):
                    yield Candidate(s, e, "LOC", 1)  # 美股, 港股, 沪指; 港人; 美籍华人/nz: 籍 ends no other word
            elif (s - 1) in starts and (e in ends or self.glued_after_cue(s - 1, e)) and not (
                    text[s - 1] == "来" and text[s] == "日") and not self.opens_company(s):
                yield Candidate(s, e, "LOC", 1)

    def opens_company(self, start: int) -> bool:
        """对华/为, 在京/东: the abbreviation opens a company's name (companies.txt) that jieba cut after it."""
        companies = self.lex.companies
        return any(self.text[start : start + n] in companies for n in range(2, MAX_COMPANY_AFTER_CUE + 1))

    def glued_after_cue(self, cue: int, end: int) -> bool:
        """在京举行, 来华访问, 对华关系: jieba read the cue, the abbreviation and the word after them as one word (a
        phrase its dictionary lists); the abbreviation is still a place when the rest of that word is a word of two
        characters or more of its own (举行, 访问, 关系), not the tail of another word (反台独: 独)."""
        k = self.starts.get(cue)
        if k is None or self.toks[k].end <= end:
            return False
        rest = self.text[end : self.toks[k].end]
        return len(rest) >= MIN_GLUED_REST and in_dictionary(rest)


@cache
def _autonomous_division() -> re.Pattern[str]:
    peoples = "|".join(map(re.escape, sorted(word_list("ethnic_groups.txt"), key=len, reverse=True)))
    return re.compile(rf"(?:(?:{peoples})族?){{1,4}}(?:自治[州县旗]|族乡)")


@cache
def _dateline_place(endings: tuple[str, ...]) -> re.Pattern[str]:
    """A wire dateline at a paragraph's start, its outlet (本报, or a name ending in an outlet's word) and the place
    before the day it filed (the group `place`)."""
    ending = "|".join(map(re.escape, sorted(endings, key=len, reverse=True)))
    return re.compile(rf"^[ \t\u3000]*(?:本报|本台|[\u3400-\u9fff]{{1,7}}?(?:{ending}))"
                      rf"(?P<place>[\u3400-\u9fff]{{2,8}}?)\d{{1,2}}月\d{{1,2}}日[电讯]", re.MULTILINE)


def _rail_kind_or_operator(w: str) -> bool:
    """高铁, 铁路 (a kind of line), 地铁, 某铁, 某捷运 (an operator's short name): words a station may follow."""
    return w in RAIL_KIND_WORDS or (len(w) == 2 and w.endswith(RAIL_OPERATOR_END)) or w.endswith(RAIL_OPERATOR_WORD)


def _sight_word(w: str) -> bool:
    """A word of three or four characters ending as a natural sight's or an old town's name does (某某岛, 某某古城)."""
    return MIN_SIGHT_WORD <= len(w) <= MAX_SIGHT_WORD and (w[-1] in SIGHT_ENDINGS or w.endswith(SIGHT_WORDS))


def _road_word(w: str) -> bool:
    """A word `roads` may fire at: 道, a side and a road's word (西路), or a word ending in a road's word."""
    return w == "道" or (w[:1] in ROAD_SIDES and w[1:] in ROAD_WORDS) or w.endswith(ROAD_WORDS)


def one_character_county(before: Token, tok: Token, after: Token | None) -> bool:
    """某省甲县/ns, 在甲县, 运往甲县: a county whose own name is one character (jieba's dictionary lists most of them as
    ns words) after a place, a preposition or a verb of place, not a count, a determiner or a describing word before
    县 (两县, 该县, 外县). Not before a noun or a name (甲县某某厂, 甲县人民医院): the county may open a body's name
    there, which the organisation rules decide."""
    w = tok.text
    return (tok.tag == "ns" and len(w) == 2 and w[1] == COUNTY and w[0] not in NOT_COUNTY_HEADS
            and before.end == tok.start and before.tag.startswith(COUNTY_CONTEXT_TAGS)
            and (after is None or after.start > tok.end or not after.tag.startswith(NAME_OPENING_TAGS)))


def bordering(word: str) -> bool:
    """A side and a verb of bordering in one word (东邻, 北临, 西靠): "borders on … to the east", the sentence's
    predicate, which jieba may tag as a name or a place (东邻/nr, 北临/ns)."""
    return len(word) == 2 and word[0] in SIDES and word[1] in BORDERING_CHARS


def count_of_places(word: str) -> bool:
    """A word of a count and a kind of place (三国, 两省, 四市, 两省区): it counts places named before it, so it is
    neither a place nor a part of the last one's name."""
    return 2 <= len(word) <= 3 and word[0] in PLACE_COUNT_HEADS and all(ch in PLACE_COUNT_KINDS for ch in word[1:])


def tenths_before(text: str, start: int) -> bool:
    """A place's name opening with 成 right after a numeral (一成都, 三成都: so many tenths, then 都 "all"): no
    place there, a count."""
    return text[start : start + 1] == "成" and start > 0 and text[start - 1] in SMALL_NUMERAL_CHARS


def time_zone_after(text: str, end: int, lex: Lexicon) -> bool:
    """时间 follows `end`, right away or after one more known place (甲国|乙岛时间): the place before `end` names a
    time zone with it, which ANNOTATION.md labels no place (北京时间).

    Why: the gazetteer skipped only the place right before 时间 and labelled the country that opens a region's time
    zone (美國 before a US state's time on a dev article); the model read the two places as one."""
    if text.startswith(TIME_WORD, end):
        return True
    return any(text.startswith(TIME_WORD, end + k) for k in lex.place_lengths_at(text, end))


def day_of_month(text: str, start: int) -> bool:
    """日 right after a numeral (8日股市): the day of a date, not Japan's abbreviation."""
    return text[start : start + 1] == "日" and start > 0 and text[start - 1] in SMALL_NUMERAL_CHARS


def described_region(word: str, lex: Lexicon) -> bool:
    """偏远地区, 周边地区, 沿海地区, 落后地区: jieba lists such words as places (ns), yet the word before 地区 is an
    everyday word (an adverb, an adjective, a noun or a locative of its dictionary) that says what kind of area it
    is, not which; not a place (某省地区), an abbreviation (某某地区/j) or a compass side (北方地区, 西南地区: a
    region of the country, named so)."""
    head = word[: -len(REGION_WORD)]
    if not word.endswith(REGION_WORD) or not head or head in lex.places or set(head) <= COMPASS_CHARS:
        return False
    return dictionary_tag(head) in DESCRIBING_TAGS


def sub_area_word(tok: Token, lex: Lexicon) -> bool:
    """某城/核心区, 某市/商业区, 某地/贫困村, 某国/乡镇: a common noun of jieba's dictionary for a part or a kind of
    place (核心区, 商业区, 市中心区, 贫困村, 街道), one it knows well (`RARE_WORD_FREQ`), describes the place before
    it, which alone is labelled (gold/README: 倫敦核心區 → 倫敦). A district's or a county's own name is rare there
    (某楼区/n, 某礼县/n: a dozen uses at most) or in the gazetteer or counties.txt."""
    w = tok.text
    return (tok.tag == "n" and dictionary_tag(w) == "n" and dictionary_frequency(w) >= RARE_WORD_FREQ
            and w[:-1] not in lex.counties and w not in lex.places and w[:-1] not in lex.places)


STATION_PREPOSITIONS = frozenset("在于至到从经")  # where a rider changes, gets off or on: 在/于/至 某某站
# what riders do at a station (after 站): change lines, get off or on, leave or enter, its platforms and exits
STATION_USES = ("转车", "换乘", "转乘", "转线", "下车", "上车", "落车", "出站", "进站", "月台", "出口")


@cache
def _block_floor() -> re.Pattern[str]:
    """1座高层, 12A座中层, B座低层: a block of an estate and the floor of a flat in it."""
    return re.compile(r"(?:\d{1,2}[A-Z]?|[A-Z]\d?)座[高中低]层")


@cache
def _station_use() -> re.Pattern[str]:
    """站 right before a rider's act (`STATION_USES`)."""
    return re.compile("站(?=" + "|".join(STATION_USES) + ")")


@cache
def _transit_line_pattern() -> re.Pattern[str]:
    """An urban rail line's name (transit_lines.txt), perhaps after its operator's short name (某铁, 某某捷运)."""
    lines = "|".join(map(re.escape, sorted(word_list("transit_lines.txt"), key=len, reverse=True)))
    return re.compile(rf"(?P<operator>[\u4e00-\u9fff]铁|[\u4e00-\u9fff]{{0,2}}捷运)?(?P<line>{lines})")


@cache
def _metro_line_pattern() -> re.Pattern[str]:
    """An urban rail network's word, then a line's number (2号线, 十号线) or colour (红线)."""
    networks = "|".join(METRO_NETWORKS)
    return re.compile(rf"(?:{networks})(?:(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})号线|[{METRO_COLOURS}]线)")


@cache
def _market_run_pattern() -> re.Pattern[str]:
    """One to `MAX_MARKET_RUN` abbreviations of markets (the row shares of abbreviation_cues.tsv), then 股 or 概股."""
    rows = {row["pattern"]: row for row in table("abbreviation_cues.tsv")}
    chars = rows["shares"]["abbreviations"]
    return re.compile(f"(?P<run>[{chars}]{{1,{MAX_MARKET_RUN}}})(?P<concept>概)?股")


@cache
def _contract_pattern() -> re.Pattern[str]:
    """An exchange's city, then a metal it trades (the row futures of abbreviation_cues.tsv)."""
    rows = {row["pattern"]: row for row in table("abbreviation_cues.tsv")}
    return re.compile(f"[{rows['futures']['abbreviations']}][{rows['futures']['cue']}]")


@cache
def line_kinds() -> frozenset[str]:
    """The kinds of transport line (line_suffixes.txt: 铁路, 高速, 线)."""
    return frozenset(word_list("line_suffixes.txt"))


@cache
def _line_pattern() -> re.Pattern[str]:
    """Two to four abbreviations of places, then the kind of a transport line (`PlaceRules.transport_lines`)."""
    chars = "".join(sorted({a for a in (*word_list("place_abbreviations.txt"), *word_list("line_abbreviations.txt"))
                            if len(a) == 1}))
    kinds = "|".join(map(re.escape, sorted(line_kinds(), key=len, reverse=True)))
    return re.compile(f"[{chars}]{{2,4}}(?:{kinds})")
