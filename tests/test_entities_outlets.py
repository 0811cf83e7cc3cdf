"""outlets: who publishes, in a byline or a site name after the headline."""

from __future__ import annotations

from pipeline.entities.outlets import OutletRules
from tests.helpers import entity_document


def found(text: str) -> set[tuple[str, str]]:
    doc = entity_document(text)
    return {(doc.text[c.start : c.end], c.label) for c in OutletRules(doc).candidates()}


def test_the_outlet_before_a_reporter_in_a_byline_is_an_organisation():
    assert ("新华社", "ORG") in found("新华社记者从市统计局获悉，工业增加值增长。")
    assert ("数据宝", "ORG") in found("证券时报·数据宝统计，共有17家公司。")


def test_the_site_after_a_headline_is_an_organisation_and_a_plain_line_gives_none():
    assert found("腾讯发布财报 | 财经网\n正文。") == {("财经网", "ORG")}
    assert found("腾讯发布财报，营收增长10%。") == set()
    assert found("| 项目 | 2031年 | 按年变幅 |\n| 出口 | 42 | 3.1% |\n") == set()  # a table's header row


def test_the_name_between_ju_and_what_a_source_reports_is_an_organisation():
    """据某某消息, 根据某某数据: who reports; not everyday words, people, a pronoun or a time (据媒体报道,
    据知情人士消息, 据其研究, 据不完全统计), nor a known name with what it did or has (据某所官网数据 is 某所's)."""
    assert ("华岭交易台", "ORG") in found("据华岭交易台消息，某公司将涨价。")
    assert ("星河引擎", "ORG") in found("据星河引擎披露，日均用户数已超过一亿。")  # what it discloses
    assert ("星河交易台", "ORG") in found("据星河交易台信息，多家机构上调评级。")
    for text in ("据媒体报道，销量下滑。", "据知情人士消息，交易将完成。", "据其量化研究，风险上升。",
                 "据不完全统计，共有10家。", "据上交所官网数据，共有10家。"):
        assert not found(text), text


def test_a_name_ending_in_an_outlet_word_cited_alone_after_ju_is_an_organisation():
    """据某某资讯，…, 据某某交易台，…: no report word after the name, but an outlet's word ends it; not an everyday
    word, a pronoun or a time before that word (据当地电视台, 据该网, 据最新资讯, 据官方网), nor a body's report
    (据某行研报)."""
    assert ("华衡海外资讯", "ORG") in found("据华衡海外资讯，分析师预计利润将增长。")
    assert ("观潮交易台", "ORG") in found("据观潮交易台，某行下调了目标价。")
    assert ("北辰网", "ORG") in found("据北辰网，该项目已于上月开工。")
    for text in ("据当地电视台，事故造成两人受伤。", "据该网站，活动将延期。", "据最新资讯，金价走高。",
                 "据官方网，报名已截止。", "据市场资讯，油价下跌。", "据瑞丰研报，行业将回暖。", "据报，双方已签约。"):
        assert not found(text), text


def test_a_newspaper_or_periodical_in_title_marks_is_an_organisation():
    """据《某某日报》: a name in title marks ending in a word of a periodical (periodical_endings.txt) is the outlet;
    a report in title marks (《2024年年报》) is none."""
    assert ("江淮商报", "ORG") in found("据《江淮商报》报道，当地房价回落。")
    assert not found("公司《2024年年报》显示营收增长。")


def test_the_outlet_of_a_wire_dateline_is_an_organisation():
    """华夏财经网北京3月5日讯, 据环球社东京4月2日电, 某某报讯: the outlet opens the paragraph; not 本报讯 ("this
    paper") nor a word of an outlet inside a sentence (在近日的财报说明会上)."""
    assert ("华夏财经网", "ORG") in found("华夏财经网北京3月5日讯 某公司今日公告。")
    assert ("环球社", "ORG") in found("据环球社东京4月2日电 某公司宣布裁员。")
    assert ("滨海日报", "ORG") in found("滨海日报讯 某公司营收增长。")
    assert found("本报讯 某公司营收增长。") == set()
    assert found("在近日的财报说明会上，某公司表示。") == set()
