"""Speed work that leaves the output as it was: each test pins down the work a decision does (look-ups, scans,
copies), with made-up sentences, where the output tests already pin down what it decides."""

from __future__ import annotations

import re

import pipeline.facts.period as period
from pipeline import extract
from pipeline.entities.document import K_KNOWN_PLACE, K_OFFICER, K_RARE_SHORT, K_TITLE_HEAD, word_kind
from pipeline.entities.latin import _words_after_name, _words_after_name_by_start
from pipeline.entities.lexicon import lexicon
from pipeline.entities.organisations import OrganisationRules
from pipeline.entities.places import LOCATIVE_CHARS, ROAD_SIDES, SIDES, SIGHT_ENDINGS, PlaceRules
from pipeline.facts.distribute import names_listed
from pipeline.facts.lexicon import Endings, Starts, alternation, starts_of, word_trie
from pipeline.facts.phrases import comparison_words
from pipeline.facts.subject import (
    _AMONG,
    SubjectFinder,
    _company_tails,
    _may_open_holder,
    _names_traded_currency,
    _title_length,
    _title_length_before,
    _titles,
    company_short_forms,
)
from tests.helpers import document_view, entity_document, names


def test_company_tails_are_looked_up_by_their_last_character():
    assert isinstance(_company_tails(), Endings)  # (not an `endswith` per tail for every name)
    assert company_short_forms("澜岳科技集团") == ("澜岳", "澜岳科技", "澜岳科技集团")
    assert company_short_forms("澜岳科技") == ("澜岳", "澜岳科技")
    assert company_short_forms("公司") == ()  # a tail alone is no brand


def test_a_title_beside_a_name_is_looked_up_by_its_edge_character_longest_first():
    text = "据悉，澜岳科技副总经理周某某与首席执行官吴某某出席，记者钱某某报道。"
    for at in range(len(text) + 1):  # (as an `endswith` and a `startswith` per title, longest first, would find)
        assert _title_length_before(text, at) == next((len(t) for t in _titles() if text.endswith(t, 0, at)), 0)
        assert _title_length(text, at) == next((len(t) for t in _titles() if text.startswith(t, at)), 0)
    assert _title_length_before(text, text.index("周某某")) == len("副总经理")
    assert _title_length(text, text.index("首席执行官")) == len("首席执行官")
    assert _title_length_before(text, 0) == 0 and _title_length(text, len(text)) == 0


def test_endings_find_the_longest_word_ending_at_an_offset_without_a_slice():
    endings = Endings(["增长", "环比增长", "长"])
    assert endings.longest_ending_at("盈利环比增长3%", 6) == "环比增长"
    assert endings.longest_ending_at("盈利环比增长3%", 6, max_length=3) == "增长"
    assert endings.longest_ending_at("盈利环比增长3%", 7) is None and endings.longest_ending_at("长", 0) is None


def test_a_word_trie_reads_a_branch_per_character_and_matches_as_the_longest_first_alternation():
    assert word_trie(["季初", "季末", "季", "旬"]) == "(?:季(?:初|末|)|旬)"
    assert word_trie([]) == "(?:)" and re.fullmatch(word_trie(["", "周"]), "")
    words = ["下半年", "下半", "下", "上旬", "上中旬", "半年"]
    text = "下半年末下半X下X上中旬上旬X下半年X半年"
    for tail in ("", "X", "末|X"):  # (what follows the word makes the engine fall back to a shorter one)
        trie = re.compile(f"{word_trie(words)}(?:{tail})" if tail else word_trie(words))
        flat = re.compile(f"(?:{alternation(words)})(?:{tail})" if tail else alternation(words))
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_whether_a_name_reports_is_read_once_per_span(monkeypatch):
    finder = SubjectFinder(document_view("澜岳统计处资料显示，澜岳今年盈利多了5%，利润升了3%。"))
    asked = []
    is_source = finder._is_source
    monkeypatch.setattr(finder, "_is_source", lambda s, e: asked.append((s, e)) or is_source(s, e))
    assert [finder.is_source(0, 5) for _ in range(3)] == [True] * 3
    assert finder.is_source(10, 12) is False and finder.is_source(10, 12) is False
    assert asked.count((0, 5)) <= 1 and asked.count((10, 12)) == 1  # ((0, 5) may be read as the finder is built)


def test_a_traded_currency_is_a_word_test_cached_per_word():
    assert _names_traded_currency("欧元") and _names_traded_currency("比特币")
    assert not _names_traded_currency("营收") and not _names_traded_currency("元")
    assert _names_traded_currency.cache_info().maxsize  # cached: every token of a document is asked


def test_plan_times_finds_a_clause_start_once_per_time(monkeypatch):
    text = "甲市预计2031年完工，乙市去年推出新品。"
    periods = [(text.index("2031年"), text.index("2031年") + 5), (text.index("去年"), text.index("去年") + 2)]
    calls = []
    clause_start = period._clause_start
    monkeypatch.setattr(period, "_clause_start", lambda t, at: calls.append(at) or clause_start(t, at))
    assert period.plan_times(text, periods) == {periods[0]}
    assert len(calls) == 2  # (was once per plan cue for a time without one)


class _NoCopyToEnd(list):
    """A list whose slices must stop before its end: a slice to the end copies every later item, per question."""

    def __getitem__(self, index):
        if isinstance(index, slice) and (index.stop is None or index.stop >= len(self)) and len(self) > 50:
            raise AssertionError(f"sliced to the end: {index}")
        return super().__getitem__(index)


def test_times_in_modifiers_reads_the_tokens_of_the_clause_only():
    text = "某署取得甲公司2031年交予乙署的文件，发现问题。" + "丙地出货增长5%，" * 40
    view = document_view(text)
    periods = [(text.index("2031年"), text.index("2031年") + 5)]
    tokens = _NoCopyToEnd(view.tokens)
    assert period.times_in_modifiers(text, periods, tokens) == period.times_in_modifiers(text, periods, view.tokens)


def test_past_names_reads_the_names_by_index():
    view = document_view("甲市、乙市和丙市的营收增长5%。" + "丁市出货增长3%，" * 60)
    expected = [view.past_names(k) for k in range(12)]
    view.names = _NoCopyToEnd(view.names)
    assert [view.past_names(k) for k in range(12)] == expected


class _NoFullScan(list):
    """A list that must not be read whole: a question about one clause reads only the items that fall in it."""

    def __iter__(self):
        raise AssertionError("read whole")


def test_names_listed_reads_only_the_names_of_its_stretch():
    text = "杭州和宁波的营收分别增长5%和6%。" + "温州出货增长3%，嘉兴出货增长4%。" * 20
    view = document_view(text)
    expected = names_listed(view, 0, text.index("的"))
    assert [text[s:e] for s, e in expected] == ["杭州", "宁波"]
    view.names = _NoFullScan(view.names)
    assert names_listed(view, 0, text.index("的")) == expected


def test_the_words_a_phrase_stops_at_are_built_once():
    assert comparison_words() is comparison_words()
    assert "领先于" in comparison_words() or any(w.endswith("于") for w in comparison_words())


def test_holder_phrases_asks_its_token_rules_only_of_words_that_may_hold(monkeypatch):
    text = "某某科技营收增长5%，其中出口收入增加3亿元，员工人数达到1200人。"
    asked = []
    traded = SubjectFinder._traded_currency
    monkeypatch.setattr(SubjectFinder, "_traded_currency", lambda self, i, f: asked.append(i) or traded(self, i, f))
    view = document_view(text)
    SubjectFinder(view)
    assert len(asked) < len(view.tokens) // 2  # (was asked of nearly every token)
    assert not _may_open_holder("增长") and _may_open_holder("欧元")


def test_share_out_lists_reads_no_list_of_names_for_a_figure_listed_alone(monkeypatch):
    import pipeline.facts.distribute as distribute

    read = []
    listed = distribute.names_listed
    monkeypatch.setattr(distribute, "names_listed", lambda *args: read.append(args[1:]) or listed(*args))
    text = "杭州营收增长5%，宁波出货增长3%。杭州和宁波的营收为3亿元和2亿元。"
    subjects = {f.text: f.subject for f in extract(text).facts}
    assert subjects["3亿元"] == "杭州" and subjects["2亿元"] == "宁波"
    assert len(read) <= 2  # (was read for every figure)


class _ReadByIndex(list):
    """Tokens a rule must read by index, at the few its kind bits point to: no walk over all of them."""

    def __iter__(self):
        raise AssertionError("walked every token")

    def __getitem__(self, index):
        if isinstance(index, slice) and (index.stop is None or index.stop >= len(self) - 1) and len(self) > 50:
            raise AssertionError(f"sliced to the end: {index}")
        return super().__getitem__(index)


def test_the_organisation_rules_of_places_titles_officers_and_brands_read_only_their_candidate_tokens():
    text = ("甲乙医护联盟主席表示，统计处处长称，杭州星河持股22%，宁波澜岳推出新品，某威副总裁宣布。"
            + "当天天气晴朗，市民出行顺利。" * 10)
    rules = OrganisationRules(entity_document(text))
    names = ["bodies_before_their_heads", "bodies_before_their_officers", "brands_in_company_context",
             "brands_after_places", "investors_after_places"]
    expected = {name: list(getattr(rules, name)()) for name in names}
    rules.toks = _ReadByIndex(rules.toks)
    assert {name: list(getattr(rules, name)()) for name in names} == expected


def test_kind_bits_of_places_titles_officers_and_rare_short_words():
    lex = lexicon()
    assert word_kind(lex, "杭州", "ns") & K_KNOWN_PLACE and not word_kind(lex, "增长", "v") & K_KNOWN_PLACE
    assert word_kind(lex, "处处长", "n") & K_TITLE_HEAD and word_kind(lex, "主席", "n") & K_OFFICER
    assert word_kind(lex, "副", "b") & K_OFFICER
    assert word_kind(lex, "澜岳", "nz") & K_RARE_SHORT and not word_kind(lex, "建筑", "n") & K_RARE_SHORT


def test_starts_finds_the_first_listed_word_at_an_offset_among_those_of_its_character():
    starts = Starts(["增长率", "增速", "增长", "降幅"])
    assert starts.first_at("营收增长率为5%", 2) == "增长率"  # (the order given: the longer one listed first)
    assert Starts(["增长", "增长率"]).first_at("营收增长率为5%", 2) == "增长"
    assert starts.first_at("营收增长率为5%", 0) is None and starts.first_at("营收", 2) is None
    assert starts_of("rate_nouns.txt").first_at("利润增速跌破25%", 2) == "增速"


def test_the_words_after_a_latin_name_are_looked_up_by_their_first_character():
    words, lengths = _words_after_name_by_start()
    assert words == frozenset(_words_after_name())
    assert all(len(word) in lengths[word[0]] for word in words)
    assert ("Zentrix", "ORG") in names("Zentrix的数据显示，营收增长5%。")


def test_a_road_side_is_one_set():
    assert ROAD_SIDES == SIDES | {"中"}


def test_sights_before_locatives_looks_at_the_word_before_only_for_a_sight_or_a_locative(monkeypatch):
    text = "旅客们在澜屏山上看日出，又到翠螺湖边散步。" + "当天天气晴朗，市民出行顺利。" * 10
    doc = entity_document(text)
    rules = PlaceRules(doc)
    expected = list(rules.sights_before_locatives())
    asked = []
    is_place_tok = doc.is_place_tok
    monkeypatch.setattr(doc, "is_place_tok", lambda tok: asked.append(tok.text) or is_place_tok(tok))
    assert list(rules.sights_before_locatives()) == expected
    sighted = [t for t in doc.toks[1:] if t.text[:1] in SIGHT_ENDINGS or t.text in LOCATIVE_CHARS]
    assert len(asked) <= len(sighted) < len(doc.toks) // 4  # (not every word's neighbour: most words are neither)


def _bracket_closed_plainly(text: str, start: int, end: int) -> bool:
    """`_dates_bracketed_figure` as it read every character of the stretch, to check the scan of brackets only."""
    depth = 0
    for i in range(start, end):
        if text[i] in "(（":
            depth += 1
        elif text[i] in ")）":
            depth -= 1
            if depth < 0:
                return any(char.isdigit() for char in text[start:i])
    return False


def test_a_bracket_closed_after_a_time_is_found_among_the_brackets_only():
    texts = ["占比12%（目前约6%），市值上升", "首期（2031/04）：拨款2亿元", "甲厂（乙区）（丙区）产量8吨",
             "价格(约3元))后回落", "全年（不含（乙类）项目）营收9亿元", "无括号的句子增长6%", "（）", ""]
    for text in texts:
        for start in range(len(text) + 1):
            for end in range(start - 1, len(text) + 2):
                assert (period._dates_bracketed_figure(text, start, end)
                        == _bracket_closed_plainly(text, start, min(end, len(text)))), (text, start, end)


class _NoCharacterReads(str):
    """A text whose characters may not be read one at a time: a scan for a few marks goes through a pattern."""

    def __getitem__(self, index):
        if isinstance(index, int):
            raise AssertionError(f"read character {index}")
        return str.__getitem__(self, index)


def test_a_bracket_closed_after_a_time_is_found_without_reading_every_character():
    text = _NoCharacterReads("甲市2031年（当前约7%），" + "营收增长" * 50 + "8%")
    assert period._dates_bracketed_figure(text, text.index("（") + 1, len(text) - 2)
    assert not period._dates_bracketed_figure(text, text.index("，"), len(text) - 2)


def test_the_event_times_of_a_text_are_read_once(monkeypatch):
    import pipeline.facts.find as find
    import pipeline.facts.subject as subject

    text = "简讯\n新厂投产后，甲市产值增长5%。乙公司表示，该款机型发售以来销量达3万台。"
    expected = extract(text).facts
    calls = []
    for module in (find, subject):
        monkeypatch.setattr(module, "event_times", lambda t, read=period.event_times: calls.append(1) or read(t))
    assert extract(text).facts == expected
    assert len(calls) == 1  # (the subjects take the times the periods read)


def test_the_set_a_clause_is_among_is_found_by_trying_clause_openings_back_from_the_figure():
    """_among asked for each figure of a paragraph: the last match before the figure, tried at the places a match can
    open (after a break) from the figure back, is the last a scan of the whole span finds; a run-on text with no
    break opens one place to try, not one per character."""
    text = "受访的澜岳商户中，四成表示生意转差；至于岚溪厂商方面，约三成减产，在登记的会员当中有120人续会。"
    finder = SubjectFinder(document_view(text))
    for floor in range(0, len(text), 3):
        for before in range(floor, len(text) + 1, 2):
            scanned = ([None] + list(_AMONG.finditer(text, floor, before)))[-1]
            found = finder._last_among(floor, before)
            assert (found and found.span()) == (scanned and scanned.span()), (floor, before)
    assert SubjectFinder(document_view("甲地5吨乙地6吨" * 50))._among_openings == [0]

