"""Speed work that leaves the output as it was: each test pins down the work a decision does (look-ups, scans,
copies), with made-up sentences, where the output tests already pin down what it decides."""

from __future__ import annotations

from pipeline.facts.lexicon import Endings
from pipeline.facts.subject import _company_tails, _names_traded_currency, company_short_forms


def test_company_tails_are_looked_up_by_their_last_character():
    assert isinstance(_company_tails(), Endings)  # (not an `endswith` per tail for every name)
    assert company_short_forms("澜岳科技有限公司") == ("澜岳", "澜岳科技", "澜岳科技有限公司")
    assert company_short_forms("澜岳科技") == ("澜岳", "澜岳科技")
    assert company_short_forms("公司") == ()  # a tail alone is no brand


def test_a_traded_currency_is_a_word_test_cached_per_word():
    assert _names_traded_currency("欧元") and _names_traded_currency("比特币")
    assert not _names_traded_currency("营收") and not _names_traded_currency("元")
    assert _names_traded_currency.cache_info().maxsize  # cached: every token of a document is asked
