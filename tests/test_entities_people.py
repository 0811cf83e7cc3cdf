"""people: names next to titles, honorifics and speech verbs; transliterated and Latin names."""

from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.entities.people import PersonRules, without_glued_adverb
from tests.helpers import entity_document, entity_pairs


def test_person_rules_read_names_of_two_and_three_characters():
    doc = entity_document("主任林海峰介绍，教授王伟认为")
    rules = PersonRules(doc)
    assert rules.name_at(doc.text.index("林")) == 3
    assert rules.name_at(doc.text.index("王")) == 2
    assert {doc.text[c.start : c.end] for c in rules.candidates()} == {"林海峰", "王伟"}


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
    assert (name, "PER") in entity_pairs(nlp, text)


def test_title_without_a_name_is_nothing(nlp):
    assert entity_pairs(nlp, "专家和学者出席了会议，主任表示欢迎。") == set()


def test_honorific_alone_is_not_a_name(nlp):
    assert entity_pairs(nlp, "王女士说，她每天都散步。") == set()


def test_the_names_of_a_credit_line_are_people(nlp):
    got = entity_pairs(nlp, "独家\n文｜李小霞\n编辑｜乔芊 杨轩\n记者：王明 通讯员：张小红\n正文从这里开始。")
    assert {("李小霞", "PER"), ("乔芊", "PER"), ("杨轩", "PER"), ("王明", "PER"), ("张小红", "PER")} <= got
    # 丨 (U+4E28, a CJK stroke) is the bar many mainland sites write
    assert {("林晓", "PER"), ("杜明远", "PER")} <= entity_pairs(nlp, "作者丨林晓\n编辑丨杜明远\n7月8日，活动举行。")


def test_a_credit_label_inside_a_sentence_or_before_no_surname_names_no_one(nlp):
    assert entity_pairs(nlp, "文|作者不详\n本文图：资料图片\n") == set()


def test_a_transliterated_name_keeps_the_last_part_jieba_cut_in_two(nlp):
    """格温·肖特/nr 韦尔/nr 表示: the whole name up to the speech verb."""
    assert ("格温·肖特韦尔", "PER") in entity_pairs(nlp, "SpaceX总裁格温·肖特韦尔表示，公司将参与。")
    assert ("蒂姆·库克", "PER") in entity_pairs(nlp, "苹果CEO蒂姆·库克表示，销量很好。")


def test_a_hong_kong_married_name_after_a_title_is_one_person(nlp):
    """林郑/nr 月娥: two surnames and a given name (her husband's surname first); 特首 is a title."""
    assert ("林郑月娥", "PER") in entity_pairs(nlp, "特首林郑月娥表示，会尽快处理。")
    assert ("李文明", "PER") in entity_pairs(nlp, "局长李文明表示同意。")


def test_a_common_given_name_and_a_capitalised_surname_are_a_person(nlp):
    found = entity_pairs(nlp, "投行策略师Laura Whitcombe表示看好，Robert J. Finley也认为市场偏强。")
    assert {("Laura Whitcombe", "PER"), ("Robert J. Finley", "PER")} <= found
    assert not any(label == "PER" for _, label in entity_pairs(nlp, "Acme Robotics推出新品。"))


def test_a_transliterated_name_with_a_middle_dot_is_a_person_past_its_gloss_or_by_its_parts(nlp):
    """某某·某某（John Doe）表示: the Latin gloss stands between the name and its verb; a name whose every part
    jieba tags as a transliteration or a person's name (彼得/nrt·霍夫曼/nr) is one without a verb."""
    found = entity_pairs(nlp, "央行理事玛格丽特·贝尔（Margaret Bell）表示。彼得·霍夫曼负责运营。")
    assert {("玛格丽特·贝尔", "PER"), ("彼得·霍夫曼", "PER")} <= found
    assert ("中国·长沙", "PER") not in entity_pairs(nlp, "中国·长沙智谷开园。")


def test_name_after_a_title_closed_by_a_stop_or_a_function_word(nlp):
    """总监方兵/n、, 分析师熊力/n 在: a surname and one or two characters right after a title, ending where a word ends
    and before a stop or a function word, are a name however jieba tagged them; not an everyday word (总监方面) nor
    a verb (从主管干起)."""
    assert ("方兵", "PER") in entity_pairs(nlp, "产品总监方兵、技术总监周岩出席。")
    assert ("熊力", "PER") in entity_pairs(nlp, "天然气分析师熊力在接受采访时表示")
    assert not any(label == "PER" for _, label in entity_pairs(nlp, "在总监方面，他认为"))
    assert not any(label == "PER" for _, label in entity_pairs(nlp, "他从主管干起，一路升迁。"))


def test_a_board_member_title_marks_the_name_after_it(nlp):
    """理事 (a central bank's governor, a board's member) is a title: the transliteration after it is a person, even
    when its last part is also a city's name."""
    assert ("约翰·米兰", "PER") in entity_pairs(nlp, "央行理事约翰·米兰表示将支持降息。")


def test_no_name_opens_with_a_word_of_place_or_function_after_a_title(nlp):
    """常任理事/国外/s 长: 国 is a surname, but jieba reads 国外 as a word here, so no name starts there."""
    assert not {text for text, label in entity_pairs(nlp, "五个常任理事国外长将于下月会晤。") if label == "PER"}


def test_a_name_followed_by_its_age_is_a_person(nlp):
    """某某，56岁，曾任…; 独董某某（33岁）: a person's age after the name confirms it, in Chinese or Latin script."""
    assert ("李欣华", "PER") in entity_pairs(nlp, "独董李欣华（33岁），曾任某公司工程师。")
    assert ("Lim Wei Han", "PER") in entity_pairs(nlp, "Lim Wei Han，56岁，曾任某公司副总裁。")


def test_a_married_womans_name_before_a_speech_verb_is_one_name(nlp):
    """陈李/nr 美玲 表示: jieba reads the two surnames as a name of their own; the four characters are one."""
    assert entity_pairs(nlp, "陈李美玲表示，计划暂缓。") == {("陈李美玲", "PER")}
    assert entity_pairs(nlp, "会上何林秀英表示，价格回落。") == {("何林秀英", "PER")}
    assert ("高盛", "ORG") in entity_pairs(nlp, "高盛维持表示，评级不变。")  # a company's act, no given name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("經濟部次長林全能表示，將協助業者。", "林全能"),  # 次長: a Taiwan ministry's deputy
        ("該行行長唐建興出席了會議。", "唐建興"),
        ("球隊主帥梁志康賽後表示，球員發揮出色。", "梁志康"),
    ],
)
def test_a_name_after_a_title_of_government_business_or_sport(nlp, text, name):
    assert (name, "PER") in entity_pairs(nlp, text)


def test_the_first_part_of_a_dotted_name_after_a_title_is_no_name_alone(nlp):
    """外长胡安·卡洛斯·因萨尔萨: not 胡安 alone (the name is one, or left to the model)."""
    assert ("胡安", "PER") not in entity_pairs(nlp, "外长胡安·卡洛斯·因萨尔萨今天到访")


def test_a_player_s_position_is_a_title_before_a_name(nlp):
    """前锋某某, 门将某某: sports news names its players by their position, as it names officials by their post."""
    assert {("陈晓东", "PER"), ("李强", "PER")} <= entity_pairs(nlp, "前锋陈晓东梅开二度，门将李强扑出点球。")


def test_a_commander_is_a_title_before_a_name(nlp):
    assert ("羅景澄", "PER") in entity_pairs(nlp, "應變中心指揮官羅景澄昨日到場視察。")


@pytest.mark.parametrize("name", ["陈生", "林太", "何太亦", "陈太则", "王女士", "欧阳先生", "陈局长"])
def test_a_surname_with_a_form_of_address_or_a_title_names_no_one(name):
    """gold/README D20: 陈局长, 林太 are not labelled; in Hong Kong news 陈生 and 林太 are Mr and Mrs Chan."""
    from pipeline.entities.people import addressed_surname

    assert addressed_surname(name)


@pytest.mark.parametrize("name", ["陈生辉", "王太平", "刘亦菲", "李汉生", "陈明"])
def test_a_full_name_with_a_character_of_address_is_still_a_name(name):
    from pipeline.entities.people import addressed_surname

    assert not addressed_surname(name)


@pytest.mark.parametrize("text", ["受訪的陳生指出，租金上升。", "李先生表示生意差，陳太則說租金太貴。",
                                  "林太表示支持，何太亦認同。", "陳局長今日表示，政府會跟進。"])
def test_the_pipeline_takes_no_person_named_by_a_form_of_address(text):
    from pipeline import extract

    assert not [e.text for e in extract(text).entities if e.label == "PER"]


@pytest.mark.parametrize(("text", "name"), [
    ("分析師陳Ken指出，市場情緒轉差。", "陳Ken"),
    ("Ken陳另外表示，科技股估值偏高。", "Ken陳"),
    ("Peter陳則認為市場仍然疲弱。", "Peter陳"),
    ("議員陳Jason以及黃Mary均表示反對。", "黃Mary"),
    ("基金经理Alan李表示看好。", "Alan李"),
])
def test_a_given_name_in_latin_script_against_a_chinese_surname_is_one_person(nlp, text, name):
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("集团总经理 Peter 陈指出，市场仍面对挑战。", "Peter 陈"),
    ("分析師 Anita 李指，港股短期波動。", "Anita 李"),
    ("基金經理黃 Kevin 指出，美股估值偏高。", "黃 Kevin"),
    ("首席经济师 Mary 张表示，通胀回落。", "Mary 张"),
    ("總經理Michael 王稱，訂單已排到年底。", "Michael 王"),
])
def test_a_given_name_in_latin_script_a_space_from_a_chinese_surname_is_one_person(nlp, text, name):
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize("text", ["董事 Peter 曾表示反對。", "Kevin 和 Tom 一起到場。"])
def test_an_adverb_or_a_conjunction_after_a_given_name_is_no_surname(nlp, text):
    assert not any(label == "PER" and not name.isascii() for name, label in entity_pairs(nlp, text))


def test_a_preposition_before_a_given_name_or_a_word_after_it_is_no_surname(nlp):
    got = entity_pairs(nlp, "公司已向Peter發出通知。Tom高興地說，業績理想。")
    assert not any(label == "PER" and not name.isascii() for name, label in got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("董事长郑海曾定调，集团将稳步扩张。", "郑海"),
        ("行政總裁馮志亦指出，成本持續上升。", "馮志"),
        ("总经理邱明已表示，订单排到明年。", "邱明"),
        ("主席韓強則認為，市場仍然疲弱。", "韓強"),
    ],
)
def test_an_adverb_before_a_verb_ends_the_name_before_it(text, name):
    """某某曾 定调: jieba reads the adverb as a three-character name's last character; the rules and the model alike
    stop the name before it."""
    got = {(e.text, e.label) for e in extract(text).entities}
    assert (name, "PER") in got
    assert not any(e.label == "PER" and e.text.startswith(name) and e.text != name for e in extract(text).entities)


def test_a_three_character_name_before_a_verb_stays_whole(nlp):
    assert ("王建國", "PER") in entity_pairs(nlp, "董事長王建國表示，公司將回購股份。")


def test_glued_adverb_is_cut_only_before_a_verb():
    tokens = [(0, 3, "nr"), (3, 5, "v")]
    assert without_glued_adverb("郑海曾定调", tokens, 0, 3) == 2
    assert without_glued_adverb("郑海曾的书", [(0, 3, "nr"), (3, 4, "uj")], 0, 3) == 3
    assert without_glued_adverb("郑海明定调", tokens, 0, 3) == 3


@pytest.mark.parametrize(("text", "place"), [("议长由德国总理提名。", "德国"), ("該職位由英國首相任命。", "英國")])
def test_a_surname_like_function_word_before_a_country_is_no_name(nlp, text, place):
    got = entity_pairs(nlp, text)
    assert (place, "LOC") in got and not any(label == "PER" for _, label in got)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某黨立委賴志明質詢時指出，預算編列過高。", "賴志明"),
        ("乙银行行长萧建国在会上宣布，将扩大小微贷款。", "萧建国"),
        ("議員洪家樂在會上提問，政府何時公布方案。", "洪家樂"),
    ],
)
def test_common_surnames_of_taiwan_and_hong_kong_start_names_after_titles(nlp, text, name):
    # 赖, 萧 and 洪 are among the commonest surnames in Taiwan and Hong Kong
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("某国央行行长山田和男指出，通胀目标尚未实现。", "山田和男"),
        ("某縣知事中川健一稱，旅客人數回升兩成。", "中川健一"),
        ("甲会社社长高木正雄表示，电动车销量将翻倍。", "高木正雄"),
        ("前首相石井茂表示支持该法案。", "石井茂"),
    ],
)
def test_japanese_names_of_a_known_surname_next_to_a_title_or_a_speech_verb(nlp, text, name):
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("甲会社社长中村表示，新厂房后年落成。", "中村"),
        ("理事長山本在年會上宣讀報告。", "山本"),
        ("总经理渡边说，订单比去年少。", "渡边"),
    ],
)
def test_a_japanese_surname_alone_after_a_title_and_before_a_verb_of_speech_a_stop_or_a_function_word(
        nlp, text, name):
    # jieba reads the surname as a place or cuts it (中/f 村/zg); Japanese news names a person by surname alone
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize("text", ["千叶县表示将发放补贴。", "社长小林表示，销量将增长。", "中山大学教授表示乐观。"])
def test_no_japanese_name_in_a_place_a_surname_alone_or_a_body(nlp, text):
    assert not any(label == "PER" and len(name) >= 3 for name, label in entity_pairs(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("署理主席陳李美玲在活動上致辭。", "陳李美玲"),
        ("局長陳李美玲在立法會答問。", "陳李美玲"),
        ("行政總裁陳李美玲於周一出席活動。", "陳李美玲"),
    ],
)
def test_a_married_name_after_a_title_keeps_its_given_name(nlp, text, name):
    # a Hong Kong woman's name, her husband's surname first, closed by a function word rather than a speech verb
    assert (name, "PER") in entity_pairs(nlp, text)


def test_a_speech_verb_after_two_surnames_is_no_given_name(nlp):
    assert ("張林", "PER") in entity_pairs(nlp, "局長張林形容今年經濟穩定。")


@pytest.mark.parametrize("text", ["某大學經濟系榮休教授梁永強指出，貧窮率上升。", "專家顧問團上周一發表最終報告。"])
def test_a_word_before_a_title_or_a_common_noun_is_no_name(nlp, text):
    # 荣休 (emeritus) before 教授 and 顾问团 (a panel) after 专家: jieba guesses names, neither is one
    got = entity_pairs(nlp, text)
    assert not any(name.startswith(("榮休", "顧問")) for name, _ in got)


@pytest.mark.parametrize(
    ("text", "name"), [("公司主席陳家明及行政總裁司馬志強均出席。", "陳家明"), ("主席陳家明和各位委員會面。", "陳家明")]
)
def test_a_joiner_glued_onto_the_last_given_character_closes_the_name(nlp, text, name):
    # jieba reads 陈家/nr 明及/v: the name keeps its third character, the joiner is left out
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "names"), [
    ("董事黃志成及司徒嘉欣昨日出席簽約儀式。", {"司徒嘉欣"}),
    ("上官婉清和諸葛明亮亦有到場。", {"上官婉清", "諸葛明亮"}),
    ("主任张立新与欧阳晓东、端木子轩共同签署协议。", {"欧阳晓东", "端木子轩"}),
    ("會上，夏侯德明與公孫文傑均表示支持。", {"夏侯德明"}),
])
def test_compound_surname_names_in_a_list(nlp, text, names):
    """甲和欧阳某某, 司徒某某及乙: a compound surname and its given name next to a list's joiner are one person,
    though no title or speech verb stands beside them."""
    got = entity_pairs(nlp, text)
    assert {(n, "PER") for n in names} <= got


@pytest.mark.parametrize("text", ["他和东方航空的代表会面。", "对此他和司空见惯的做法告别。", "与欧阳家族的渊源很深。",
                                  "他和欧阳先生见面。"])
def test_compound_surname_words_that_name_no_one(nlp, text):
    """东方/s, 司空见惯/i, 欧阳/ 家族, 欧阳/ 先生: a surname that is a place word, a word it opens, an everyday noun
    or a form of address after it make no name."""
    got = entity_pairs(nlp, text)
    assert not any(label == "PER" and w.startswith(("东方", "司空", "欧阳")) for w, label in got)


@pytest.mark.parametrize(("text", "name"), [
    ("民主党张立新2018年退出政坛。", "张立新"),
    ("工聯會麥志豪亦表態支持。", "麥志豪"),
    ("自民党王美玲今年参选。", "王美玲"),
])
def test_member_named_after_party_without_title(text, name):
    """某党某某2016年…: a party's or a body's name right before a name closed by a count, a time or an adverb."""
    doc = entity_document(text)
    found = {doc.text[c.start : c.end] for c in PersonRules(doc).candidates()}
    assert entity_document(name).text in found


@pytest.mark.parametrize("text", ["甲党高层表示反对。", "乙党政府决定加税。", "丙党中央决定延期。"])
def test_party_before_an_everyday_word_names_no_member(text):
    doc = entity_document(text)
    assert not list(PersonRules(doc).party_members())


@pytest.mark.parametrize("text", ["主席李某某出席活動。李說：「市民反應很好。」", "張說，公司會再投資。",
                                  "丁某某昨日表示收入下降。丁說：「大家都很辛苦。」",
                                  "经济师林某某认为利率会再升。林称，楼价或会下跌。"])
def test_a_bare_surname_before_a_verb_of_speech_names_no_one(nlp, text):
    """gold/README: a bare surname for someone already named (某說) is not labelled; jieba reads it as one name."""
    assert not {name for name, label in entity_pairs(nlp, text) if label == "PER" and len(name) <= 3
                and name[-1] in "說说稱称"}


@pytest.mark.parametrize("name", ["李说", "陈称", "欧阳说"])
def test_a_surname_with_a_verb_of_speech_is_addressed(name):
    from pipeline.entities.people import addressed_surname

    assert addressed_surname(name)


@pytest.mark.parametrize("text", ["72歲的甘伯每日到公園做運動。甘伯說退休金不夠用。",
                                  "住在劏房的陳婆婆表示，租金太貴。", "何姨今年六十歲，仍然要打工。",
                                  "的士司機張叔說，生意差了三成。",
                                  "装修工人刘师傅表示，订单减少了。"])
def test_a_surname_with_a_kinship_form_of_address_names_no_one(nlp, text):
    """黃伯, 陳婆婆, 張叔, 劉師傅: news names elders and tradesmen by surname and a kinship or trade form of address
    (forms_of_address.txt), like 陳生 and 林太 (gold/README D20: not labelled)."""
    assert not {name for name, label in entity_pairs(nlp, text) if label == "PER"}


def test_a_full_name_with_a_kinship_character_is_still_a_name(nlp):
    assert ("王伯仁", "PER") in entity_pairs(nlp, "王伯仁表示支持。")


@pytest.mark.parametrize(("text", "names"), [("小陳和老王表示，今年收入減少三成。", {"小陳", "老王"}),
                                             ("老李说，今年玉米亩产增加100斤。", {"老李"}),
                                             ("菜農小劉說，蔬菜價格上漲15%。", {"小劉"}),
                                             ("小李稱，網店月銷售額達20萬元。", {"小李"})])
def test_a_familiar_prefix_and_a_surname_before_a_speech_verb_name_a_person(nlp, text, names):
    """小陈表示, 老王说: someone the article calls by a familiar prefix and their surname is a person (gold labels
    小某), whether jieba read the two as one name or apart (小/a 李/nr)."""
    assert {(n, "PER") for n in names} <= entity_pairs(nlp, text)


@pytest.mark.parametrize("text", ["老师说，学费上涨5%。", "老公说今年收入增加。", "小区表示，管理费上调8%。"])
def test_everyday_words_a_prefix_and_a_surname_character_make_are_no_person(nlp, text):
    assert not any(label == "PER" for _, label in entity_pairs(nlp, text))


@pytest.mark.parametrize(("text", "name"), [("黃Kelvin指出，會員人數增至2萬。", "黃Kelvin"),
                                            ("張Mandy透露，店舖租金減少一成。", "張Mandy"),
                                            ("Winnie何表示，訂單增加三成。", "Winnie何")])
def test_english_given_names_common_in_hong_kong_go_with_a_chinese_surname(nlp, text, name):
    """given_names.txt: the English given names Hong Kong and Taiwan people commonly use, written against their
    Chinese surname, are one person (陳Peter)."""
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "word"), [
    ("甲方科技總經理向乙訊表示，工廠年產能可達百萬台。乙訊是一家科技媒體。", "向乙訊"),
    ("政府向丙頓提出檢控。丙頓否認指控。", "向丙頓"),
    ("董事长向丁讯透露，公司明年扩产。丁讯此前曾报道此事。", "向丁讯"),
])
def test_preposition_before_a_word_written_alone_elsewhere_is_no_name(nlp, text, word):
    # 向 is a surname and a preposition: where the text writes the rest alone, 向 is the preposition
    assert not any(name == word for name, label in entity_pairs(nlp, text) if label == "PER")


def test_a_name_with_surname_xiang_written_whole_stays_a_person(nlp):
    text = "公司董事长向华明表示，明年将扩产。向华明持股六成。"
    assert ("向华明", "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("泳手何詩晴以52秒10打破亞洲紀錄。", "何詩晴"),
    ("港隊球星陳俊樂射入兩球。", "陳俊樂"),
    ("甲城下一场有中场李文辉归队。", "李文辉"),
    ("车手林志远在排位赛中跑出最快圈速。", "林志远"),
    ("棋手王小川执白中盘胜。", "王小川"),
])
def test_athletes_named_after_their_sport_or_position(nlp, text, name):
    # a sport's word for a player (泳手, 球星, 中场, 车手, 棋手: titles.txt) before a name, as 前锋 or 门将
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("甲國總統特魯普與法國總理會面。", "特魯普"),  # 特鲁普/nr 與: no verb of speech after it, 特 no surname
    ("乙国总统特维尔与日本首相会面。", "特维尔"),
])
def test_transliterated_name_right_after_a_title_is_a_person(nlp, text, name):
    pairs = entity_pairs(nlp, text)
    assert (name, "PER") in pairs and (name, "LOC") not in pairs


@pytest.mark.parametrize(("text", "name"), [
    ("分析师Peter O'Neill表示，芯片需求回暖。", "Peter O'Neill"),
    ("分析師Mary D’Arcy指出，樓價仍將下跌。", "Mary D’Arcy"),
    ("研究员John O'Hara-Smith认为，油价见顶。", "John O'Hara-Smith"),
])
def test_a_surname_with_an_apostrophe_ends_a_full_latin_name(text, name):
    """O'Neill, D’Arcy: a capital, an apostrophe and a capitalised rest is a surname after a common given name, as
    Smith is; not the given name alone nor the rest of the surname as a company."""
    assert {(e.text, e.label) for e in extract("标题\n" + text).entities} == {(name, "PER")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("河南某县农民郑国栋开着三轮车进城卖瓜。", "郑国栋"),
        ("甲村村民龙启航说，今年雨水充足。", "龙启航"),
        ("法国社会学家杜兰认为，分工带来团结。", "杜兰"),
        ("本届公开赛的卫冕冠军纳达尔因伤退赛。", "纳达尔"),
    ],
)
def test_an_occupation_or_a_champion_before_a_name_marks_it_as_a_title_does(nlp, text, name):
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("台湾作家龙雨台昨日出席座谈会。", "龙雨台"),
        ("臺灣作家龍雨台昨日出席座談會。", "龍雨台"),
    ],
)
def test_a_time_word_closes_a_name_after_a_title(nlp, text, name):
    assert (name, "PER") in entity_pairs(nlp, text)


def test_an_occupation_before_a_surname_and_a_form_of_address_names_no_one(nlp):
    assert not any(label == "PER" for _, label in entity_pairs(nlp, "村民林太太对记者说，水价太高。"))


@pytest.mark.parametrize(
    "text",
    [
        "董事長曾多次強調，成本必須下降。",  # 曾多次/d: one adverb word over the surname's character
        "局长曾经表示，计划将于明年推出。",
        "议员尚未表示意见。",
        "總經理時常表示，安全第一。",
        "市长曾明确反对该方案。",  # 曾/d 明确/ad: the character alone, an adverb before another
        "立委曾於上月提出質詢。",  # 曾/d 於/p: not two surnames of a married name either
    ],
)
def test_an_adverb_after_a_title_is_no_name(nlp, text):
    assert not {pair for pair in entity_pairs(nlp, text) if pair[1] == "PER"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("主席曾永明指出，经济正在复苏。", "曾永明"),  # 曾/d 永明/nz: jieba's adverb before a given name
        ("董事長曾志強表示，明年將擴大投資。", "曾志強"),
        ("局长时文杰今日宣布新措施。", "时文杰"),
    ],
)
def test_a_surname_that_is_also_an_adverb_still_opens_a_name(nlp, text, name):
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "name"), [
    ("省长王伟中主持会议。", "王伟中"),
    ("总干事黄家和提醒市民注意安全。", "黄家和"),
    ("總幹事陳家和說，計劃可行。", "陳家和"),
    ("主任林家和指出，数据准确。", "林家和"),
])
def test_a_last_given_character_jieba_read_as_a_locative_or_conjunction_before_a_verb(nlp, text, name):
    """某伟/nr 中/f 主持, 某家/n 和/c 提醒: after a title, the character before the verb ends the name."""
    assert (name, "PER") in entity_pairs(nlp, text)


def test_a_conjunction_after_a_name_jieba_knows_still_joins_a_clause(nlp):
    pairs = entity_pairs(nlp, "部长王伟和出席会议的代表握手。")
    assert ("王伟", "PER") in pairs and ("王伟和", "PER") not in pairs


@pytest.mark.parametrize(("text", "name"), [
    ("前首相岸田文雄出席活动。", "岸田文雄"),
    ("首相中村和夫出席晚宴。", "中村和夫"),
])
def test_a_japanese_given_name_of_two_characters_after_a_title_whatever_follows(nlp, text, name):
    """某/n 田文雄/nr 出席: after a title, a Japanese surname and two characters that end a jieba word."""
    assert (name, "PER") in entity_pairs(nlp, text)


def test_a_time_word_after_a_japanese_surname_is_no_given_name(nlp):
    assert ("岸田本周", "PER") not in entity_pairs(nlp, "首相岸田本周访问邻国。")


@pytest.mark.parametrize(("text", "name"), [
    ("主席马陈家欢出席典礼。", "马陈家欢"),
    ("主席馬陳家歡出席典禮。", "馬陳家歡"),
])
def test_a_husbands_surname_jieba_left_alone_before_her_full_name(nlp, text, name):
    """马/n 陈家/nrfg 欢/v 出席: a Hong Kong married name whose husband's surname jieba cut off."""
    assert (name, "PER") in entity_pairs(nlp, text)


def test_a_conjunction_before_a_relative_clause_is_no_given_name(nlp):
    assert ("李强和", "PER") not in entity_pairs(nlp, "主任李强和参加比赛的队员合影。")


def test_a_list_joiner_after_a_name_jieba_knows_is_no_given_name(nlp):
    """教练莫凡/nr 及/c 球员: 及 is a conjunction, never a given name's character, even before a second title."""
    pairs = entity_pairs(nlp, "教练莫凡及球员秦朗出席。")
    assert ("莫凡", "PER") in pairs and ("莫凡及", "PER") not in pairs


@pytest.mark.parametrize("text", ["院长邝立新（见图）致辞。", "會長區志偉（左二）頒獎。", "主席邝立新（右三）致辞。"])
def test_a_note_in_brackets_after_a_person_is_no_name(nlp, text):
    """某某（见图）: Chinese words straight in brackets after a person are a caption's note on them, not their name."""
    assert {label for _, label in entity_pairs(nlp, text)} <= {"PER"}
    assert not any(name in text[text.index("（"):] for name, _ in entity_pairs(nlp, text))


@pytest.mark.parametrize(("text", "name"), [
    ("射击选手韦娴以590环夺冠。", "韦娴"),
    ("射擊選手韋嫻以590環奪冠。", "韋嫻"),
])
def test_a_preposition_before_a_figure_is_no_given_name(nlp, text, name):
    """某婉以/nr 598环: 以 before a score or a margin opens the phrase after the name, whatever jieba glued on."""
    pairs = entity_pairs(nlp, text)
    assert (name, "PER") in pairs and (name + "以", "PER") not in pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("副组长甲某与组员赵一鸣赶赴火场。", "赵一鸣"),
        ("小組組長甲某及組員吳俊傑出席聽證。", "吳俊傑"),
        ("合唱团团员孔德明领唱第二首。", "孔德明"),
    ],
)
def test_a_member_of_a_team_or_a_group_is_a_title_before_a_name(nlp, text, name):
    # 组员 and 团员 name a role as 队员 does: without them the role was read as the name's first characters
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "names"), [
    ("教练周明轩和杨家豪发表了看法。", {"周明轩", "杨家豪"}),
    ("市议员郑伟明和许家乐发表声明。", {"郑伟明", "许家乐"}),
    ("医生唐志远和冯梓涵介绍病情。", {"唐志远", "冯梓涵"}),
    ("記者陳志強和林家豪報道。", {"陳志強", "林家豪"}),
    ("總經理蔡明達和許家豪宣佈合作。", {"蔡明達", "許家豪"}),
    ("队长孙浩然和周家豪各进一球。", {"孙浩然", "周家豪"}),
])
def test_every_name_of_a_list_after_one_title(nlp, text, names):
    """甲和某家/nrfg 豪/n 发表: the title names each person of the list, the second one whole as jieba cut it (or
    glued 各 onto it: 某家/n 豪各/nrt)."""
    assert {name for name, label in entity_pairs(nlp, text) if label == "PER"} == names


@pytest.mark.parametrize(
    ("text", "name"), [("队员张梓宁和刘晓磊各入一球。", "张梓宁"), ("隊員張梓寧和劉曉磊各入一球。", "張梓寧")]
)
def test_a_joiner_glued_onto_a_given_character_jieba_tagged_a_name_closes_it(nlp, text, name):
    # jieba reads 张梓/nrfg 宁和/nrfg: the tag says nothing of where the name ends, the glued joiner does
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "place"), [
    ("市长王伟与黄山市代表会面。", "黄山市"),
    ("总理李强和韩国总统会谈。", "韩国"),
    ("部长王毅与汤加外长会谈。", "汤加"),
    ("主任孙明和武汉专家交流。", "武汉"),
])
def test_a_place_after_a_joiner_is_no_listed_name(nlp, text, place):
    # a list after a person joins places to them as often as other people: 黄山 opens with a surname's character
    assert (place, "PER") not in entity_pairs(nlp, text)


def test_a_joiner_before_an_everyday_word_opens_no_name(nlp):
    assert {name for name, label in entity_pairs(nlp, "记者张伟和家人出游。") if label == "PER"} == {"张伟"}


@pytest.mark.parametrize(("text", "name"), [
    ("公司首席财务官叶青表示，现金流依然充裕。", "叶青"),
    ("集团首席技术官刘洋亦表示，研发投入将加大。", "刘洋"),
    ("研究所首席经济师范力民认为，外需将逐步回升。", "范力民"),
    ("該公司執行長方華指出，訂單已明顯回升。", "方華"),
    ("公司技術長江濤說，新產品下月上市。", "江濤"),
    ("公司独董罗静表示，将审慎履职。", "罗静"),
])
def test_a_name_jieba_glued_to_the_titles_last_character_starts_where_the_title_ends(nlp, text, name):
    # jieba reads 官叶青/nr, 长方/n 华, 师范/n 力民: no word starts at the name, and the title's character is none of it
    pairs = entity_pairs(nlp, text)
    assert (name, "PER") in pairs
    assert not any(label == "PER" and n != name and n.endswith(name) for n, label in pairs)


@pytest.mark.parametrize(("text", "name"), [
    ("部长王明近日宣布，新规下月实施。", "王明"),
    ("局长李强昨日表示，工程进展顺利。", "李强"),
])
def test_a_time_word_after_a_name_of_two_characters_is_no_married_name(nlp, text, name):
    # 王明/nr 近日/t: 明 is also a surname, but a time word is no given name (陈李美玲 has one)
    assert {n for n, label in entity_pairs(nlp, text) if label == "PER"} == {name}


def test_a_time_word_after_a_name_jieba_read_is_no_given_name_of_a_married_name(nlp):
    # 王明/nr 近日/t 表示: two surnames' characters, then a time word before the speech verb, not 王明近日
    assert ("王明近日", "PER") not in entity_pairs(nlp, "王明近日表示，新规下月实施。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("清华大学教授何志文汇报了研究成果。", "何志文"),
        ("局長黃志文匯報了工程進度。", "黃志文"),
        ("行政總裁梁思文匯報全年業績。", "梁思文"),
    ],
)
def test_a_given_character_jieba_glued_onto_the_everyday_word_after_it_ends_the_name(nlp, text, name):
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("记者王军文汇报报道，展会今日开幕。", "王军"),  # the outlet reports: no given character glued on
        ("校长林峰副校长及嘉宾出席。", "林峰"),  # a title after the name
        ("主任王刚全文发表了讲话。", "王刚"),  # an everyday word after the name
    ],
)
def test_a_word_after_the_name_that_is_a_title_an_outlet_or_everyday_keeps_the_name_short(nlp, text, name):
    assert (name, "PER") in entity_pairs(nlp, text)


def test_glued_word_rule_wants_a_rare_word_that_an_everyday_one_ends():
    doc = entity_document("教授何志文汇报了成果")
    rules = PersonRules(doc)
    p = doc.text.index("何")
    assert rules.last_given_glued_to_verb(p, 3)
    assert rules.name_at(p) == 3


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("伯格曼团队发现了一种新材料。", "伯格曼"),
        ("麦克唐纳团队测算，需求依然旺盛。", "麦克唐纳"),
        ("据王立群团队统计，销量明显上升。", "王立群"),
        ("据陈海团队统计，出货量有所回落。", "陈海"),
    ],
)
def test_a_name_before_the_team_it_leads_is_a_person(nlp, text, name):
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["华为团队表示，结果可靠。", "中信证券团队测算，需求旺盛。", "研究团队表示，结果可靠。", "王先生团队表示满意。"],
)
def test_a_company_or_a_plain_word_before_a_team_is_no_person(nlp, text):
    assert not any(label == "PER" for _, label in entity_pairs(nlp, text))


@pytest.mark.parametrize(
    ("text", "name", "wrong"),
    [
        ("公司董事长孙立平说，订单充足。", "孙立平", "长孙立平"),
        ("集团理事长孙海程表示，会员增加。", "孙海程", "长孙海程"),
    ],
)
def test_a_name_starts_after_the_longest_title_not_inside_it(nlp, text, name, wrong):
    pairs = entity_pairs(nlp, text)
    assert (name, "PER") in pairs
    assert (wrong, "PER") not in pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("总统特别顾问卓立言昨日抵达。", "卓立言"),
        ("财政部的经济顾问米勒昨天投了反对票。", "米勒"),
        ("台积电董座魏家祯今天出席股东会。", "魏家祯"),
        ("新秀戈承泽攻下25分。", "戈承泽"),
        ("射手鲁建邦梅开二度。", "鲁建邦"),
        ("銀行家協會主席禤惠儀表示，息率維持不變。", "禤惠儀"),
        ("匯豐行政總裁祈耀年表示，亞洲業務增長理想。", "祈耀年"),
    ],
)
def test_names_after_posts_of_advisers_players_and_taiwan_chairs_and_rarer_surnames(nlp, text, name):
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("市议员阙文彬质询。", "阙文彬", "阙文"),  # 阙文/nr 彬/zg: a bound morpheme cut off the name
        ("女将池晓彤以两杆优势夺冠。", "池晓彤", "池晓"),  # 池晓/nr 彤以/n 两杆: 以 and a figure close the name
    ],
)
def test_a_three_character_name_jieba_cut_short_is_read_whole(nlp, text, name, short):
    pairs = entity_pairs(nlp, text)
    assert (name, "PER") in pairs
    assert (short, "PER") not in pairs


def test_two_initials_and_a_surname_between_a_title_and_a_verb_of_speech_are_a_person(nlp):
    assert ("CJ Muse", "PER") in entity_pairs(nlp, "晶片設計公司執行長CJ Muse表示，需求強勁。")
    assert not any(label == "PER" for _, label in entity_pairs(nlp, "分析師 JP Morgan 的報告指出，需求強勁。"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("该项目的负责人是龚立新，已在行业工作十年。", "龚立新"),
        ("本案的主审法官是詹文博。", "詹文博"),
        ("該公司的主席是岑國棟，副主席是戚美玲。", "岑國棟"),
        ("球队新任主教练为瞿东来。", "瞿东来"),
    ],
)
def test_a_name_after_a_title_and_a_copula_is_a_person(nlp, text, name):
    """负责人是某某, 主教练为某某: a copula between a post and its holder; the title still names the person after it."""
    assert (name, "PER") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    "text", ["主席为何辞职，外界众说纷纭。", "院长是方向的把握者。", "总经理为公司发展付出了很多。"])
def test_a_copula_after_a_title_opens_no_name_before_an_everyday_word(nlp, text):
    assert not {t for t, label in entity_pairs(nlp, text) if label == "PER"}
