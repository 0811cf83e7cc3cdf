"""lists and propagation: list items, aliases, short forms, and one label per name in a document."""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.entities.lists import ListRules
from pipeline.entities.propagation import Propagation, recurring
from pipeline.entities.select import Candidate
from pipeline.text.segment import blank_nlp
from tests.helpers import entity_document, entity_pairs


def test_a_name_found_once_is_proposed_wherever_it_recurs():
    doc = entity_document("凯迪公司发布新品。凯迪公司表示满意。")
    first = Candidate(0, 4, "ORG", 2)
    again = list(Propagation(doc).propagate([first]))
    assert {(c.start, c.end, c.label) for c in again} == {(0, 4, "ORG"), (9, 13, "ORG")}


def test_the_vote_gives_one_label_per_name():
    doc = entity_document("长城宣布，长城增产。")
    votes = Propagation(doc).vote([Candidate(0, 2, "ORG", 2), Candidate(5, 7, "LOC", 0)])
    assert votes == {"长城": "ORG"}


def test_company_short_form_is_propagated(nlp):
    got = entity_pairs(nlp, "凯迪技术公司在深圳发布新品。凯迪表示，将扩大产能。")
    assert got == {("凯迪技术公司", "ORG"), ("深圳", "LOC"), ("凯迪", "ORG")}


def test_a_list_item_is_the_name_after_a_byline_or_title_word_not_a_phrase_of_acts(nlp):
    """新华社记者某某、本报记者某某: the second item is the name after 本报记者, not the two together."""
    assert entity_pairs(nlp, "新华社记者王小明、本报记者刘大伟报道。") == {
        ("新华社", "ORG"), ("王小明", "PER"), ("刘大伟", "PER")}
    doc = entity_document("宣传党中央")
    rules = ListRules(doc)
    assert not rules._plain_item(doc.toks)  # 宣传/v 党中央/nt: an act, no name alone
    assert rules._plain_item(entity_document("党中央").toks)


@pytest.mark.parametrize(("text", "name"), [
    ("国家统计局人口司司长表示，人口总量下降。", "国家统计局人口司"),  # a field, then 司
    ("协和医院骨科主任介绍了新技术。", "协和医院骨科"),  # a hospital's department
    ("招商银行湖南省分行营业部开业。", "招商银行湖南省分行营业部"),  # a place, then the branch's units
    ("华宇集团董事会通过了议案。", "华宇集团董事会"),
    ("岳麓大学经济及管理学系高级讲师表示。", "岳麓大学经济及管理学系"),  # two fields joined by 及
])
def test_an_organisation_and_its_unit_are_one_name(nlp, text, name):
    assert (name, "ORG") in entity_pairs(nlp, text)


def test_two_bodies_joined_by_a_conjunction_stay_two(nlp):
    assert entity_pairs(nlp, "岳麓大学及湘江医院签署协议。") == {("岳麓大学", "ORG"), ("湘江医院", "ORG")}


def test_a_one_character_unit_needs_a_field_before_it_and_no_name_going_on(nlp):
    assert ("腾讯", "ORG") in entity_pairs(nlp, "腾讯所持股份减少。")  # 所持: a word, no unit
    assert ("莫斯科", "LOC") in entity_pairs(nlp, "新华社莫斯科6月12日电")  # a place ending in 科


def test_a_persons_full_name_in_a_list_after_a_company_is_no_company(nlp):
    got = entity_pairs(nlp, "证监会对星河科技股份有限公司及王小明、张大伟采取出具警示函措施。")
    assert ("星河科技股份有限公司", "ORG") in got and ("王小明", "ORG") not in got


def test_list_anchored_by_a_class_noun(nlp):
    got = entity_pairs(nlp, "中国电信、中国移动和中国联通三大运营商均发布了财报。")
    assert got == {("中国电信", "ORG"), ("中国移动", "ORG"), ("中国联通", "ORG")}


def test_name_found_once_is_labelled_everywhere(nlp):
    got = nlp("研究院院长周文涛介绍，周文涛团队已完成测试。")._.entity_spans
    assert [label for *_, label in got] == ["PER", "PER"]


def test_a_word_jieba_tags_as_a_verb_is_a_name_among_names(nlp):
    got = entity_pairs(nlp, "但增速仍优于联想、惠普及戴尔等品牌。搭载高通、超微及英特尔等厂商的平台。")
    assert {("联想", "ORG"), ("超微", "ORG")} <= got


def test_common_nouns_before_a_class_noun_stay_common(nlp):
    assert entity_pairs(nlp, "主要是银行、保险等大块头金融公司，以汽车、家电行业上市公司为主。") == set()


# ---- the model's names at their other mentions (`recurring`) ------------------------------------------------


def test_a_model_name_is_labelled_where_it_recurs_on_word_boundaries():
    text = "郭小淳夺冠。赛后郭小淳说，郭小淳们很高兴。"
    starts, ends = {0, 3, 6, 8, 11, 13, 16}, {3, 6, 8, 11, 13, 16, 17}
    found = [(0, 3, "PER")]
    assert recurring(text, found, found, starts, ends) == [(8, 11, "PER"), (13, 16, "PER")]


def test_recurrences_never_overlap_a_name_already_found():
    text = "北京大学在北京。北京大学很大。"
    found = [(5, 7, "LOC")]
    occupied = [(0, 4, "ORG"), (5, 7, "LOC"), (8, 12, "ORG")]
    starts, ends = {0, 2, 4, 5, 7, 8, 10, 12}, {2, 4, 5, 7, 8, 10, 12, 14}
    assert recurring(text, found, occupied, starts, ends) == []


def test_two_character_names_recur_only_as_whole_words_and_latin_names_as_whole_latin_words():
    text = "王强说，王强调研了。Zorvin签约，Zorvin扩张。"
    found = [(0, 2, "PER"), (10, 16, "PER")]
    starts, ends = {0, 2, 3, 4, 5, 7, 10, 16, 19}, {2, 3, 4, 5, 7, 16, 19}  # 王 强调 研了: no word ends at 6
    # 王强调 is 王 + 强调, not 王强; the Latin name recurs with the label of the model's surest mention
    assert recurring(text, found, found, starts, ends) == [(19, 25, "PER")]


def test_a_latin_organisation_recurs_as_a_whole_word_not_inside_a_longer_latin_name():
    text = "Quillmate宣布扩张。Quillmate Pay上线，QuillmateX停用，Quillmate营收增长。"
    found = [(0, 9, "ORG")]
    starts = {0, 14, 30, 43}
    ends = {9, 23, 27, 40, 52}
    assert recurring(text, found, found, starts, ends) == [(43, 52, "ORG")]


def test_an_acronym_does_not_recur_as_an_organisation():
    text = "QXR增长。QXR达到新高。"
    assert recurring(text, [(0, 3, "ORG")], [(0, 3, "ORG")], {0, 3, 6, 9}, {3, 6, 9, 13}) == []


def test_the_model_component_can_label_recurring_names():
    nlp = blank_nlp()
    nlp.add_pipe("zhfacts_ner", config={"repeat_names": True})
    text = "国家主席习近平在北京会见外宾。习近平表示，双方要加强合作。"
    doc = nlp(text)
    found = {(text[s:e], s) for s, e, _ in doc._.entity_spans}
    assert ("习近平", 4) in found and ("习近平", 15) in found


def test_a_company_named_with_its_place_goes_by_the_rest(nlp):
    """贵州茅台 -> 茅台 elsewhere; not when the rest is a company word or a word of everyday text (青岛啤酒 -> 啤酒,
    中国建筑 -> 建筑)."""
    got = entity_pairs(nlp, "贵州茅台股价上涨。茅台表示，将提高产能。")
    assert ("茅台", "ORG") in got
    got = entity_pairs(nlp, "青岛啤酒股价上涨。啤酒销量回落。中国建筑宣布分红。建筑行业承压。")
    assert ("啤酒", "ORG") not in got and ("建筑", "ORG") not in got


def test_a_list_in_brackets_after_a_class_noun_names_organisations(nlp):
    """整机厂商（甲、乙、丙）: the items are companies of that class, whatever jieba tags them; a bracket of figures
    or one item is no list of names."""
    text = "记者走访了多家整机厂商（星动、云擎、RoboNova）和零部件供应商（恒川精工、远拓电驱）。"
    got = entity_pairs(nlp, text)
    assert {"星动", "云擎", "RoboNova", "恒川精工", "远拓电驱"} <= {t for t, label in got if label == "ORG"}
    assert not entity_pairs(nlp, "多家厂商（约20家）参与。")


def test_a_brand_jieba_tags_as_a_place_is_a_short_form_when_no_known_place(nlp):
    """九巴/ns 公司: jieba's place word that is no known place, before 公司, is the company's short name elsewhere."""
    got = entity_pairs(nlp, "九巴公司回应查询。九巴现时车长安全驾驶态度良好。")
    assert ("九巴", "ORG") in got


def test_a_name_defined_by_a_cue_of_abbreviation_shares_the_label_at_every_mention(nlp):
    """某某新材料有限公司（以下简称“某某”）: the quoted short name is the company's, here and wherever it recurs,
    though it starts with a place (江西); 简称 and 下称 too."""
    text = "公司控股子公司江西甲乙新材料有限公司（以下简称“江西甲乙”）拟出资1亿元。江西甲乙此番出资4000万元。"
    got = entity_pairs(nlp, text)
    assert ("江西甲乙", "ORG") in got and ("江西", "LOC") not in got
    assert ("丙丁", "ORG") in entity_pairs(nlp, "与广州丙丁科技集团有限公司（下称丙丁）签约。")


def test_a_chinese_name_glossed_by_an_english_company_name_is_a_company_and_its_brand_stands_for_it(nlp):
    """某某科技（JIIOV Technology）: the English name in brackets ends in an organisation word, so the words before the
    bracket are the company, though jieba tagged its brand an adjective (极豪/a); the brand alone then stands for it.
    A superlative (最大) never starts a name."""
    got = entity_pairs(nlp, "近日，极豪科技（JIIOV Technology）正式递交招股书。极豪在中国市场排名第二。")
    assert {("极豪科技", "ORG"), ("极豪", "ORG")} <= got


def test_a_ticker_in_brackets_before_a_move_of_the_shares_is_no_alias(nlp):
    """某某（OXY）收涨1%: letters in brackets before a move of the shares are a ticker, no name (D79 of the gold); an
    abbreviation before an act (能源信息署（EIA）公布) is still the name's alias."""
    assert not any(text == "OXY" for text, _ in entity_pairs(nlp, "完成交易后，西方石油（OXY）收涨1%。"))
    assert ("EIA", "ORG") in entity_pairs(nlp, "美国能源部旗下的能源信息署（EIA）公布，汽油库存上升。")


def test_a_company_found_by_its_short_name_is_named_in_full_before_a_company_word():
    """某铁/公司, 某银/机电: the company and the company or industry word after it are one name; a name that already
    ends in an organisation's suffix is whole."""
    from pipeline.entities import find_entities
    from pipeline.text.segment import blank_nlp, doc_tokens

    def names(text):
        doc = blank_nlp()(text)
        return {(text[s:e], label) for s, e, label in find_entities(doc._.zh_text, doc_tokens(doc))}

    assert ("港铁公司", "ORG") in names("港铁公司表示，港铁公司会跟进。")
    assert ("沈阳工业大学", "ORG") in names("沈阳工业大学电器厂的工人。")


def test_a_name_in_latin_words_in_brackets_after_a_name_shares_its_label(nlp):
    """某某·某某（John Smithers）, 某某资本（Foobar Asset Management）: the name written in Latin script, two to five
    words, is the same person or organisation."""
    got = entity_pairs(nlp, "某公司首席执行官彼得·史密斯（Peter Smithers）表示，需求强劲。")
    assert ("Peter Smithers", "PER") in got


def test_the_surname_of_a_full_latin_name_stands_for_the_person(nlp):
    text = "Acme Capital分析师Laura Whitcombe在报告中指出，市场承压。Whitcombe据此推断，利差将扩大。"
    found = entity_pairs(nlp, text)
    assert ("Laura Whitcombe", "PER") in found
    assert ("Whitcombe", "PER") in found


def test_a_model_found_latin_person_recurs_by_surname():
    text = "分析师Laura Whitcombe指出，Whitcombe认为利差扩大。"
    found = [(text.index("Laura"), text.index("Laura") + len("Laura Whitcombe"), "PER")]
    starts = {0, 3, text.index("Whitcombe", 20)}
    ends = {text.index("Whitcombe", 20) + len("Whitcombe")}
    assert recurring(text, found, found, starts, ends) == [
        (text.index("Whitcombe", 20), text.index("Whitcombe", 20) + len("Whitcombe"), "PER")]


def test_the_last_part_of_a_dotted_transliterated_name_stands_for_the_person(nlp):
    found = entity_pairs(nlp, "央行理事安娜·卡森表示，通胀仍高。此外，卡森在会上还谈到就业。")
    assert {("安娜·卡森", "PER"), ("卡森", "PER")} <= found


def test_or_joins_a_list_of_names_but_not_before_a_verb(nlp):
    """Quorvia、Zentrix或阿里巴巴: 或 joins the last item as 和 does, so the known company labels the list; 或会 ("may")
    joins nothing, and the list after it keeps its items (Zentrix、腾讯)."""
    got = entity_pairs(nlp, "相比Quorvia、Zentrix或阿里巴巴等同行，估值偏低。")
    assert {("Quorvia", "ORG"), ("Zentrix", "ORG"), ("阿里巴巴", "ORG")} <= got
    assert ("Zentrix", "ORG") in entity_pairs(nlp, "未来，蓝岑宝或会与Zentrix、腾讯等企业同台竞争。")


def test_common_words_among_two_known_organisations_in_a_list_are_one_too(nlp):
    """蓝莓/n 股份/n between known companies is a company's short name; a list of fruit with no known name is none."""
    got = entity_pairs(nlp, "腾讯、百度、蓝莓股份及京东今年均上调报价。")
    assert ("蓝莓股份", "ORG") in got
    assert entity_pairs(nlp, "苹果、香蕉、西瓜及葡萄今年均上调报价。") == set()


def test_a_list_item_stops_at_a_count_of_places_after_its_place(nlp):
    """广州、深圳两地: 两地 counts the places; a place and a short noun stay one item (中国银行, and brands a place
    names, which are often everyday words)."""
    assert entity_pairs(nlp, "广州、深圳两地同步推出新规。") == {("广州", "LOC"), ("深圳", "LOC")}


def test_two_capitals_glued_to_an_organisation_are_its_group_initials(nlp):
    """QX海力士 and QX 海力士 are one name; AI海力士 is a term before the name."""
    assert ("QX海力士", "ORG") in entity_pairs(nlp, "美光、QX海力士对应的估值偏低。")
    assert ("QX 海力士", "ORG") in entity_pairs(nlp, "美光、QX 海力士对应的估值偏低。")
    assert ("海力士", "ORG") in entity_pairs(nlp, "据悉，AI海力士对应的估值偏低。")


def test_a_body_glued_to_a_standing_institution_after_it_is_one_name(nlp):
    assert entity_pairs(nlp, "卫生署食物安全中心今日呼吁市民。") >= {("卫生署食物安全中心", "ORG")}


def test_a_party_and_the_body_its_member_sits_in_stay_two_names(nlp):
    assert {("自由党", "ORG"), ("立法会", "ORG")} <= entity_pairs(nlp, "自由党立法会议员提出质询。")


def test_a_unit_glued_to_its_heads_title_ends_the_unit(nlp):
    # 处处长/v: jieba glued the unit 处 to the title 处长
    assert ("规划署新界拓展处", "ORG") in entity_pairs(nlp, "规划署新界拓展处处长回应。")


def test_a_department_jieba_guessed_as_a_name_is_the_hospitals_unit(nlp):
    # 呼吸科/nr: a field and 科, not a person
    found = entity_pairs(nlp, "武汉大学人民医院呼吸科主任医师表示，患者增加。")
    assert ("武汉大学人民医院呼吸科", "ORG") in found


def test_a_known_name_is_found_where_jieba_glued_a_function_word_onto_it(nlp):
    """华为和博通/nr: jieba's guesser glued 和 onto the name the document found before; the mention after 和 is the
    company all the same (with spans, so that the second mention is counted apart from the first)."""
    doc = nlp("博通宣布裁员。华为和博通合作。")
    text = doc.text
    found = [(s, e) for s, e, label in doc._.entity_spans if text[s:e] == "博通" and label == "ORG"]
    assert found == [(0, 2), (10, 12)]


def test_a_known_organisation_is_found_where_jieba_glued_the_character_before_it_onto_it(nlp):
    """第5名谷/n 歌/n: jieba made a word of the character before a company's name and the name's first character;
    the company found elsewhere in the document says where its name starts there."""
    doc = nlp("谷歌宣布裁员。市值榜第5名谷歌市值下跌。")
    text = doc.text
    found = [(s, e) for s, e, label in doc._.entity_spans if text[s:e] == "谷歌" and label == "ORG"]
    assert found == [(0, 2), (13, 15)]


def test_a_known_organisation_is_found_where_jieba_glued_an_adverb_onto_its_end(nlp):
    """港/j 铁会/n: jieba glued 会 (will) onto the end of a company's name; its other mention says where it ends."""
    doc = nlp("港铁宣布加价。港铁会根据客量调整。")
    text = doc.text
    found = [(s, e) for s, e, label in doc._.entity_spans if text[s:e] == "港铁" and label == "ORG"]
    assert found == [(0, 2), (7, 9)]


def _names(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in extract(text).entities}


def test_a_list_of_names_before_a_list_of_figures_is_a_list():
    """甲、乙、丙和丁的份额分别为…: the names that open the clause are a list though figures follow in it."""
    got = _names("今年首季苹果、vivo、小米和OPPO的市占率分别为19%、17%、12%和11%。")
    assert {("苹果", "ORG"), ("OPPO", "ORG")} <= got
    assert ("苹果", "ORG") in _names("今年华为、荣耀、小米和苹果的销量分别为30万台、20万台、15万台和10万台。")


def test_a_list_of_indices_or_a_phrase_before_a_list_of_names_is_no_list_of_companies():
    got = _names("甲证A50、甲证A100和甲证A500指数分别涵盖30、27、35个行业。")
    assert not any(text.endswith(("A100", "A50")) for text, _ in got)
    assert ("核心", "PER") not in _names("走访了多家厂商（甲乙、丙丁、FooBot）和核心模组供应商（戊己、庚辛）。")


def test_a_list_of_known_companies_outweighs_a_persons_reading_carried_to_it():
    """甲/nr、乙、丙 with 乙 and 丙 known companies: 甲 read as a person before a speech verb elsewhere is a company."""
    got = _names("今年二季度，华为、荣耀、小米和苹果的出货量均有增长。荣耀表示，新机将于下月上市。")
    assert ("荣耀", "PER") not in got and ("荣耀", "ORG") in got
    got = _names("张伟、李明和王芳出席了会议。王芳表示满意。")
    assert ("王芳", "PER") in got


@pytest.mark.parametrize("text, brand", [
    ("朗视科技成立于2019年。前朗视工程师王某加入后，朗视开始盈利。", "朗视"),
    ("旷澜科技上市后，旷澜股价大涨。", "旷澜"),
    ("曜岚集团公布业绩，曜岚营收增长两成。", "曜岚"),
    ("曜嵐集團公布業績，曜嵐營收增長兩成。", "曜嵐"),
])
def test_a_brand_jieba_only_guessed_before_a_company_word_stands_for_the_company(nlp, text, brand):
    """某视科技 -> 某视: a head out of jieba's dictionary, whatever tag jieba guessed for it (a noun, a verb), is the
    company's brand elsewhere."""
    got = entity_pairs(nlp, text)
    assert (brand, "ORG") in got


def test_a_fund_named_by_its_cause_does_not_lend_its_cause_word():
    """护苗基金 ... 护苗热线: a fund or foundation is named by its cause; the cause word alone goes on in other
    words."""
    doc = entity_document("護芽基金接獲求助。熱線「護芽線」啟用。")
    assert Propagation(doc).short_forms([Candidate(0, 4, "ORG", 2)]) == {}


@pytest.mark.parametrize(("text", "bare"), [("青雲縣今年旅客人數增長兩成。當地官員表示，青雲的茶葉遠近聞名。", "青雲"),
                                            ("甘溪乡去年种植茶叶三千亩。甘溪的茶农收入增加。", "甘溪")])
def test_a_local_place_s_name_goes_without_its_word_elsewhere(nlp, text, bare):
    """甲乙县 … 甲乙的茶叶: the county or town the article named with its word (县, 镇, 乡, 村) is the place where the
    name recurs alone."""
    assert (bare, "LOC") in entity_pairs(nlp, text)


def test_a_bare_name_that_is_an_everyday_word_is_no_place(nlp):
    assert ("白石", "LOC") not in entity_pairs(nlp, "白石镇位于山区。白石的价格上涨。")


@pytest.mark.parametrize(("text", "bare"), [("翠屏湖景区今年接待游客800万人次，翠屏湖的水质保持一类标准。", "翠屏湖"),
                                            ("雲頂山風景區門票收入增長25%，雲頂山的纜車運量達200萬人次。", "雲頂山"),
                                            ("翠雲峽國家地質公園遊客增加，翠雲峽的步道將整修。", "翠雲峽")])
def test_a_sight_s_name_goes_without_its_scenic_area_word_elsewhere(nlp, text, bare):
    """某屏湖景区 … 某屏湖: the lake, the mountain or the gorge named with its scenic area or park is the same place
    without that word elsewhere in the article."""
    assert (bare, "LOC") in entity_pairs(nlp, text)


def test_a_sight_s_area_word_glued_to_its_last_character_keeps_the_name_whole(nlp):
    """翠屏/nr 湖景区/ns: jieba glued the lake's 湖 onto 景区; the sight is 翠屏湖景区, not 湖景区."""
    found = entity_pairs(nlp, "翠屏湖景区今年接待游客800万人次。")
    assert ("翠屏湖景区", "LOC") in found
    assert ("湖景区", "LOC") not in found


@pytest.mark.parametrize("later", [
    "分析师指出，橙子罕见下调售价。",  # an adjective before the verb
    "橙子从丙鑫采购芯片。",  # jieba glues the preposition onto the next name
    "此外，橙子向丙鑫订购屏幕。",
    "業內人士稱，橙子X30晶片將於明年量產。",  # a product's name in Latin script after its maker
    "消息指，橙子iFoo銷量創新高。",
])
def test_an_everyday_word_that_names_a_company_goes_for_it_where_it_acts_or_makes_a_product(nlp, later):
    got = entity_pairs(nlp, "橙子公司周一宣布推出新平板。" + later)
    assert ("橙子", "ORG") in got


def test_an_everyday_word_that_names_a_company_stays_the_fruit_before_a_noun(nlp):
    got = entity_pairs(nlp, "橙子公司宣布涨价。本季橙子价格上涨，超市里橙子很多，他每天吃橙子和梨。")
    assert got == {("橙子公司", "ORG")}


@pytest.mark.parametrize("text, name", [
    ("瑞丰银行（香港）宣布上调最优惠利率。", "瑞丰银行（香港）"),
    ("星岚证券(中国)获批新牌照。", "星岚证券(中国)"),
])
def test_a_place_in_brackets_after_a_company_names_its_arm_there(nlp, text, name):
    """某某银行（香港）: the company's arm in that place, one ORG; the place in brackets is no name of its own."""
    assert entity_pairs(nlp, text) == {(name, "ORG")}


@pytest.mark.parametrize("text, name", [
    ("东亚开发银行理事会批准了新的贷款计划。", "东亚开发银行理事会"),
    ("江南电视台青春艺术团来到山区慰问演出。", "江南电视台青春艺术团"),
])
def test_a_board_or_troupe_of_a_body_is_its_unit(nlp, text, name):
    assert (name, "ORG") in entity_pairs(nlp, text)


def test_a_place_and_a_short_word_in_a_list_of_companies_is_a_company(nlp):
    """Listed companies go by their home and a trade or a brand; among companies found by their own rules, the
    place alone is not the item."""
    got = entity_pairs(nlp, "本周指数调整中，贵州茅台、山西焦煤、中国神华及浙江医药被纳入。")
    assert {("山西焦煤", "ORG"), ("中国神华", "ORG"), ("浙江医药", "ORG")} <= got
    assert ("山西", "LOC") not in got


def test_a_place_before_an_everyday_noun_in_a_list_stays_a_place(nlp):
    assert ("中国", "LOC") in entity_pairs(nlp, "苹果公司、三星及中国品牌均在降价。")
    assert entity_pairs(nlp, "上海、北京和广州市场各有起伏。") == {("上海", "LOC"), ("北京", "LOC"), ("广州", "LOC")}


def test_the_last_company_of_a_list_ends_before_the_word_of_its_shares(nlp):
    got = entity_pairs(nlp, "茅台、五粮液及泸州老窖股价均下跌。")
    assert ("泸州老窖", "ORG") in got and not any(name.endswith("股价") for name, _ in got)


def test_an_alias_with_a_count_or_after_a_quoted_name_shares_its_label(nlp):
    """二十国集团（G20）: a short name of capitals and a count in brackets is the body's; “某某集团”（Foo）: the alias
    after the quotation mark closing the name is the name's too. A ticker before a share move stays none."""
    assert ("G20", "ORG") in entity_pairs(nlp, "二十国集团（G20）峰会在罗马召开。")
    assert ("Haochuan", "ORG") in entity_pairs(nlp, "据“澔川集团”（Haochuan）消息，订单回升。")
    assert ("AAPL", "ORG") not in entity_pairs(nlp, "苹果（AAPL）收涨1%。")


def test_a_line_named_item_among_listed_companies_is_a_company(nlp) -> None:
    """甲电器、甲乙高铁、丙省核电: a list of organisations makes its item the place rules read by shape one too."""
    got = entity_pairs(nlp, "成分股中，格林电器、京广高铁、湖南核电表现落后。")
    assert {("格林电器", "ORG"), ("京广高铁", "ORG"), ("湖南核电", "ORG")} <= got
    assert ("京广高铁", "LOC") in entity_pairs(nlp, "北京、上海、京广高铁沿线城市房价上涨。")


@pytest.mark.parametrize(("text", "side"), [
    ("以色列与哈达斯达成停火后，金价回落。", "哈达斯"),
    ("巴基斯坦与塔利班达成停火。", "塔利班"),
])
def test_a_side_of_a_truce_no_lexicon_knows_as_a_place_is_an_organisation(nlp, text: str, side: str) -> None:
    got = entity_pairs(nlp, text)
    assert (side, "ORG") in got and (side, "LOC") not in got


def test_two_countries_making_a_truce_stay_places(nlp) -> None:
    assert entity_pairs(nlp, "印度与巴基斯坦达成停火。") == {("印度", "LOC"), ("巴基斯坦", "LOC")}
