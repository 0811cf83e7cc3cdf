"""Speed work that leaves the output as it was: each test pins down the work a decision does (look-ups, scans,
copies), with made-up sentences, where the output tests already pin down what it decides."""

from __future__ import annotations

import pipeline.facts.period as period
from pipeline.facts.lexicon import Endings
from pipeline.facts.subject import _company_tails, _names_traded_currency, company_short_forms
from tests.helpers import document_view


def test_company_tails_are_looked_up_by_their_last_character():
    assert isinstance(_company_tails(), Endings)  # (not an `endswith` per tail for every name)
    assert company_short_forms("澜岳科技有限公司") == ("澜岳", "澜岳科技", "澜岳科技有限公司")
    assert company_short_forms("澜岳科技") == ("澜岳", "澜岳科技")
    assert company_short_forms("公司") == ()  # a tail alone is no brand


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
