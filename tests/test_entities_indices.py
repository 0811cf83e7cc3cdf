"""indices: the provider or the place inside an index's name, and no company in it."""

from __future__ import annotations

from pipeline.entities.indices import IndexRules
from tests.helpers import entity_document, entity_pairs, names


def test_index_rules_alone_propose_the_part_that_names_a_provider_or_a_place():
    doc = entity_document("深成指跌0.6%，恒指涨1.1%。")
    found = {(doc.text[c.start : c.end], c.label) for c in IndexRules(doc).candidates()}
    assert found == {("深", "LOC"), ("恒", "ORG")}


def test_the_provider_an_index_is_named_after_is_an_organisation():
    """恒指, 纳指, 日经225: the firm or exchange inside an index's name is an ORG (a name inside a longer name that
    is no organisation itself is labelled, as ANNOTATION.md says); not 道指 inside 报道/指出."""
    found = names("恒指午后跌1.2%，纳指期货走高，日经225指数收涨。")
    assert {("恒", "ORG"), ("纳", "ORG"), ("日经", "ORG")} <= found
    assert ("道", "ORG") not in names("媒体报道指出，油价走高。")


def test_a_brand_and_an_industry_word_before_an_index_word_name_an_index_not_a_company():
    """恒生科技指数涨1.8%: an index named after its provider and a sector; 恒生 is the ORG inside it, and neither the
    run before 指数 nor the short name with the industry word after it (恒生 + 科技) is a company."""
    found = names("港股方面，恒生指数高开0.8%，恒生科技指数涨1.8%。")
    assert ("恒生科技", "ORG") not in found and ("恒生科技指数", "ORG") not in found
    assert ("恒生", "ORG") in found


def test_an_index_name_before_a_company_word_names_the_firm_that_compiles_it(nlp):
    """恒指服务公司: the index's name and a word ending in 公司 are the compiler's name, one ORG, not the provider's
    part alone (恒); the index alone still names its provider."""
    assert entity_pairs(nlp, "恒指服务公司周四公布季度检讨结果。") == {("恒指服务公司", "ORG")}
    assert ("恒", "ORG") in entity_pairs(nlp, "恒指周四收跌0.4%。")


def test_an_index_the_table_does_not_know_names_its_compiler_before_a_company_word(nlp):
    """国企指数/n 服务公司: a short form jieba glued to 指数 names an index; with a word ending in 公司 after it, the
    firm that compiles it, in either script; a common word before 指数 names none (股票指数公司)."""
    assert ("國企指數服務公司", "ORG") in entity_pairs(nlp, "國企指數服務公司公布新的編算方法。")
    assert ("国企指数服务公司", "ORG") in entity_pairs(nlp, "国企指数服务公司公布新的编算方法。")
    assert not any(label == "ORG" for _, label in entity_pairs(nlp, "股票指数公司的业务增长很快。"))
