"""Rule-and-lexicon entities (PER / ORG / LOC) on hand-made sentences, simplified and traditional."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from pipeline.components.doc_entities import annotate
from pipeline.entities import EntitySpan, find_entities, lexicon, merge_spans
from pipeline.text.segment import blank_nlp
from pipeline.text.tokens import Token


@pytest.fixture(scope="module")
def nlp():
    nlp = blank_nlp()
    nlp.add_pipe("zhfacts_entity_rules")
    return nlp


def ents(nlp, text: str) -> set[tuple[str, str]]:
    """(surface text in the raw string, label) of every entity the pipeline keeps."""
    doc = nlp(text)
    return {(text[s:e], label) for s, e, label in doc._.entity_spans}


# ---- LOC ---------------------------------------------------------------------------------------------


def test_gazetteer_places_and_districts(nlp):
    got = ents(nlp, "他来自湖南长沙，现在在深圳南山区工作。")
    assert got == {("湖南", "LOC"), ("长沙", "LOC"), ("深圳", "LOC"), ("南山区", "LOC")}


def test_traditional_text_offsets_point_into_the_raw_text(nlp):
    text = "記者王小明／台北報導"
    doc = nlp(text)
    assert doc._.entity_spans == [(2, 5, "PER"), (6, 8, "LOC")]
    assert [text[s:e] for s, e, _ in doc._.entity_spans] == ["王小明", "台北"]


def test_province_before_provincial_capital_is_the_bare_name(nlp):
    # 湖北省会武汉: 省会 means provincial capital, so the place is 湖北, not 湖北省
    assert ents(nlp, "湖北省会武汉的人口持续增长。") == {("湖北", "LOC"), ("武汉", "LOC")}


def test_two_places_inside_one_jieba_word(nlp):
    got = ents(nlp, "据新华社报道，上海市浦东新区将新建一座图书馆。")
    assert {("上海市", "LOC"), ("浦东新区", "LOC"), ("新华社", "ORG")} <= got


def test_time_zone_is_not_a_place(nlp):
    assert ents(nlp, "据美国时间周二公布的数据，失业率下降。") == set()


def test_one_character_abbreviations_only_in_lists(nlp):
    got = ents(nlp, "港澳台同胞和京、沪两地的游客纷纷前来。")
    assert got == {("港", "LOC"), ("澳", "LOC"), ("台", "LOC"), ("京", "LOC"), ("沪", "LOC")}
    assert ents(nlp, "产品出口美、德、法等国。") == {("美", "LOC"), ("德", "LOC"), ("法", "LOC")}
    assert ents(nlp, "全台門市數量超過300家。") == {("台", "LOC")}
    assert ents(nlp, "中、西部地区发展加快。") == set()


def test_generic_place_words_are_not_entities(nlp):
    assert ents(nlp, "这座中部城市正在崛起，全国特大城市纷纷跟进。") == set()


def test_street_after_a_city(nlp):
    assert ents(nlp, "他住在成都市武侯区。") == {("成都市", "LOC"), ("武侯区", "LOC")}


# ---- ORG ---------------------------------------------------------------------------------------------


def test_outermost_organisation_swallows_its_place(nlp):
    got = ents(nlp, "浙江大学医学院附属第一医院专家指出，流感进入高发期。")
    assert got == {("浙江大学医学院附属第一医院", "ORG")}


def test_place_and_suffix_make_an_organisation(nlp):
    got = ents(nlp, "武汉市江汉区人民政府与华中科技大学签署合作协议。")
    assert got == {("武汉市江汉区人民政府", "ORG"), ("华中科技大学", "ORG")}


def test_generic_suffix_words_alone_are_not_organisations(nlp):
    assert ents(nlp, "实验室主任表示，研究院将加强合作，打造全球研发中心。") == set()
    assert ents(nlp, "北京市朝阳区街道办事处组织了一次活动。") == {("北京市朝阳区街道办事处", "ORG")}


def test_institutions_take_their_level_or_place(nlp):
    assert ents(nlp, "记者从市统计局获悉，工业增加值同比增长。") == {("市统计局", "ORG")}
    got = ents(nlp, "国家发改委副主任赵明介绍了有关情况。")
    assert got == {("国家发改委", "ORG"), ("赵明", "PER")}


def test_party_committee_inside_a_title_word(nlp):
    got = ents(nlp, "長沙市委書記吳桂英在會上強調")
    assert got == {("長沙市委", "ORG"), ("吳桂英", "PER")}


def test_company_before_a_corporate_title(nlp):
    got = ents(nlp, "鴻海董事長劉揚偉表示，公司將擴大在美國的投資。")
    assert got == {("鴻海", "ORG"), ("劉揚偉", "PER"), ("美國", "LOC")}


def test_company_short_form_is_propagated(nlp):
    got = ents(nlp, "凯迪技术公司在深圳发布新品。凯迪表示，将扩大产能。")
    assert got == {("凯迪技术公司", "ORG"), ("深圳", "LOC"), ("凯迪", "ORG")}


def test_list_anchored_by_a_class_noun(nlp):
    got = ents(nlp, "中国电信、中国移动和中国联通三大运营商均发布了财报。")
    assert got == {("中国电信", "ORG"), ("中国移动", "ORG"), ("中国联通", "ORG")}


def test_company_in_front_of_a_product_name(nlp):
    assert ents(nlp, "华为Mate系列手机销量大增。") == {("华为", "ORG")}
    assert ents(nlp, "手机销量Top 10出炉。") == set()


def test_byline_outlet_and_reporter(nlp):
    assert ents(nlp, "南方日报记者刘洋报道") == {("南方日报", "ORG"), ("刘洋", "PER")}


def test_site_name_after_the_headline(nlp):
    assert ents(nlp, "科技股全线上涨 | 科技新报\n正文第一段。") == {("科技新报", "ORG")}


def test_english_organisation(nlp):
    got = ents(nlp, "世界卫生组织（World Health Organization）发布报告。")
    assert got == {("世界卫生组织", "ORG"), ("World Health Organization", "ORG")}


# ---- PER ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("实验室主任林海峰介绍，新设备已投入使用。", "林海峰"),
        ("复旦大学李强教授认为，消费将继续回暖。", "李强"),
        ("立法會議員陳家明今日在香港表示", "陳家明"),
        ("台北市長蔣萬安今天出席記者會", "蔣萬安"),
        ("研究所青年研究员小陈介绍，项目进展顺利。", "小陈"),
        ("执行长 John Smith 表示，公司将扩大投资。", "John Smith"),
        ("苹果公司首席执行官蒂姆·库克表示，中国市场非常重要。", "蒂姆·库克"),
    ],
)
def test_person_next_to_a_title_or_speech_verb(nlp, text, name):
    assert (name, "PER") in ents(nlp, text)


def test_title_without_a_name_is_nothing(nlp):
    assert ents(nlp, "专家和学者出席了会议，主任表示欢迎。") == set()


def test_honorific_alone_is_not_a_name(nlp):
    assert ents(nlp, "王女士说，她每天都散步。") == set()


def test_name_found_once_is_labelled_everywhere(nlp):
    got = nlp("研究院院长周文涛介绍，周文涛团队已完成测试。")._.entity_spans
    assert [label for *_, label in got] == ["PER", "PER"]


# ---- the pure finder and the spaCy side ----------------------------------------------------------------


def test_find_entities_is_pure_and_needs_no_spacy():
    text = "湖南长沙"
    tokens = [Token(0, 2, "湖南", "ns"), Token(2, 4, "长沙", "ns")]
    assert find_entities(text, tokens) == [EntitySpan(0, 2, "LOC"), EntitySpan(2, 4, "LOC")]
    assert find_entities("", []) == []


def test_lexicons_load_and_hold_general_knowledge():
    lex = lexicon()
    assert {"湖南", "湖南省", "长沙", "马达加斯加", "柏林"} <= lex.places
    assert {"京", "沪", "港", "澳", "台"} <= lex.abbreviations
    assert {"记者", "主任", "董事长", "教授"} <= lex.titles
    assert {"欧阳", "王", "卢"} <= lex.compound_surnames | lex.surnames
    assert lex.org_suffixes["大学"] == "strong"


def test_sub_token_entity_is_exact_in_extension_and_expanded_in_ents(nlp):
    doc = nlp("湖北省会武汉")  # jieba: 湖北省 / 会 / 武汉
    assert doc._.entity_spans == [(0, 2, "LOC"), (4, 6, "LOC")]
    assert [(e.start_char, e.end_char, e.label_) for e in doc.ents] == [(0, 3, "LOC"), (4, 6, "LOC")]


def test_rules_fill_gaps_around_existing_entities(nlp):
    doc = nlp.make_doc("他来自湖南长沙。")
    doc._.entity_spans = [(3, 7, "ORG")]  # what a model might have written
    annotate(doc, [(3, 5, "LOC"), (5, 7, "LOC")])
    assert doc._.entity_spans == [(3, 7, "ORG")]
    annotate(doc, [(3, 5, "LOC")], overwrite=True)
    assert doc._.entity_spans == [(3, 5, "LOC")]


def test_merge_spans_keeps_one_side_and_fills_the_gaps():
    existing = [(0, 2, "LOC")]
    new = [(1, 3, "ORG"), (4, 6, "PER")]
    assert merge_spans(existing, new) == [(0, 2, "LOC"), (4, 6, "PER")]
    assert merge_spans(existing, new, overwrite=True) == [(1, 3, "ORG"), (4, 6, "PER")]


def test_config_restricts_labels_and_reads_existing_ents():
    nlp = blank_nlp()
    nlp.add_pipe("zhfacts_entity_rules", config={"labels": ["LOC"], "propagate": False})
    doc = nlp("复旦大学李强教授在上海演讲。")
    assert {label for *_, label in doc._.entity_spans} == {"LOC"}
    assert nlp.get_pipe_config("zhfacts_entity_rules")["overwrite"] is False


def test_component_accepts_a_doc_that_already_has_ents(nlp):
    doc = nlp.make_doc("他在长沙工作。")
    doc.ents = [doc.char_span(0, 1, label="PER", alignment_mode="expand")]
    doc = nlp.get_pipe("zhfacts_entity_rules")(doc)
    assert doc._.entity_spans == [(0, 1, "PER"), (2, 4, "LOC")]
    assert isinstance(doc, Doc)


def test_long_document_stays_fast(nlp):
    text = "湖南大学教授王伟认为，长沙、株洲和湘潭的企业正在加快转型。\n" * 400
    doc = nlp(text)
    assert len(doc._.entity_spans) == 400 * 5  # 湖南大学, 王伟, 长沙, 株洲, 湘潭
