"""places: gazetteer places, names with a place suffix, one-character abbreviations in lists."""

from __future__ import annotations

import pytest

from pipeline.entities.places import PlaceRules
from tests.helpers import entity_document, entity_pairs


def test_place_rules_alone_propose_places_only():
    doc = entity_document("他来自湖南长沙，在深圳南山区和京、沪两地工作。")
    found = {(doc.text[c.start : c.end], c.label) for c in PlaceRules(doc).candidates()}
    assert {("湖南", "LOC"), ("长沙", "LOC"), ("深圳", "LOC"), ("南山区", "LOC"), ("京", "LOC"), ("沪", "LOC")} <= found
    assert {label for _, label in found} == {"LOC"}


def test_gazetteer_places_and_districts(nlp):
    got = entity_pairs(nlp, "他来自湖南长沙，现在在深圳南山区工作。")
    assert got == {("湖南", "LOC"), ("长沙", "LOC"), ("深圳", "LOC"), ("南山区", "LOC")}


def test_traditional_text_offsets_point_into_the_raw_text(nlp):
    text = "記者王小明／台北報導"
    doc = nlp(text)
    assert doc._.entity_spans == [(2, 5, "PER"), (6, 8, "LOC")]
    assert [text[s:e] for s, e, _ in doc._.entity_spans] == ["王小明", "台北"]


def test_province_before_provincial_capital_is_the_bare_name(nlp):
    # 湖北省会武汉: 省会 means provincial capital, so the place is 湖北, not 湖北省
    assert entity_pairs(nlp, "湖北省会武汉的人口持续增长。") == {("湖北", "LOC"), ("武汉", "LOC")}


def test_two_places_inside_one_jieba_word(nlp):
    got = entity_pairs(nlp, "据新华社报道，上海市浦东新区将新建一座图书馆。")
    assert {("上海市", "LOC"), ("浦东新区", "LOC"), ("新华社", "ORG")} <= got


def test_time_zone_is_not_a_place(nlp):
    assert entity_pairs(nlp, "据美国时间周二公布的数据，失业率下降。") == set()


def test_a_region_after_its_country_before_time_is_a_time_zone_not_a_place(nlp):
    """甲国乙城时间 is one time zone: neither the country (the gazetteer) nor both together (the model) is a place;
    a place with a span of time after a verb (待了三天时间) stays one."""
    assert entity_pairs(nlp, "会议定在日本东京时间周日上午开幕。") == set()
    assert entity_pairs(nlp, "澳洲悉尼時間週一清晨發生地震。") == set()
    assert entity_pairs(nlp, "我们在日本东京待了三天时间。") == {("日本", "LOC"), ("东京", "LOC")}


def test_an_unknown_word_jieba_reads_as_a_time_word_is_no_list_of_abbreviations(nlp):
    """新晋 ("newly risen"), a word jieba never saw and tags t, is no pair of 新 and 晋; 中日, a time word its
    dictionary lists, still names two countries."""
    assert not entity_pairs(nlp, "今年共有五家券商新晋为前十大股东。")
    assert not entity_pairs(nlp, "兩家銀行新晉為前十大持股。")
    assert {("中", "LOC"), ("日", "LOC")} <= entity_pairs(nlp, "中日两国领导人周三会面。")


def test_one_character_abbreviations_only_in_lists(nlp):
    got = entity_pairs(nlp, "港澳台同胞和京、沪两地的游客纷纷前来。")
    assert got == {("港", "LOC"), ("澳", "LOC"), ("台", "LOC"), ("京", "LOC"), ("沪", "LOC")}
    assert entity_pairs(nlp, "产品出口美、德、法等国。") == {("美", "LOC"), ("德", "LOC"), ("法", "LOC")}
    assert entity_pairs(nlp, "全台門市數量超過300家。") == {("台", "LOC")}
    assert entity_pairs(nlp, "中、西部地区发展加快。") == set()


def test_generic_place_words_are_not_entities(nlp):
    assert entity_pairs(nlp, "这座中部城市正在崛起，全国特大城市纷纷跟进。") == set()


def test_street_after_a_city(nlp):
    assert entity_pairs(nlp, "他住在成都市武侯区。") == {("成都市", "LOC"), ("武侯区", "LOC")}


def test_market_shorthand_names_its_places(nlp):
    """沪深300, 沪港通: two abbreviations written together; 沪指: one before an index or exchange."""
    assert entity_pairs(nlp, "沪深两市成交额突破1万亿元。") == {("沪", "LOC"), ("深", "LOC")}
    assert entity_pairs(nlp, "沪港通开通。") == {("沪", "LOC"), ("港", "LOC")}
    assert ("沪", "LOC") in entity_pairs(nlp, "沪指收涨1%。")


def test_shi_that_begins_market_share_ends_no_city(nlp):
    assert entity_pairs(nlp, "連續12季奪得全球平板SoC市占冠軍。") == set()
    assert ("上海市", "LOC") in entity_pairs(nlp, "上海市占全国比重上升。")


def test_chinese_taipei_is_one_place(nlp):
    assert entity_pairs(nlp, "林詩涵為中華台北摘下首面金牌。") >= {("中華台北", "LOC")}


def test_great_works_and_economic_regions_are_places(nlp):
    got = entity_pairs(nlp, "三峡枢纽将形成四线船闸，推动长江经济带和成渝地区发展。")
    assert {("三峡枢纽", "LOC"), ("长江经济带", "LOC")} <= got


def test_a_county_by_its_bare_name_is_a_place_next_to_another_place(nlp):
    """counties.txt: 罗平 after 云南 and in a list with it, 斗门 after 珠海; 通江 in 通江达海 is a word."""
    found = entity_pairs(nlp, "云南罗平、师宗、陆良3家村镇银行解散，徕芬在珠海斗门建厂。")
    assert {("云南", "LOC"), ("罗平", "LOC"), ("师宗", "LOC"), ("陆良", "LOC"), ("斗门", "LOC")} <= found
    assert not any(name.startswith("通江") for name, _ in entity_pairs(nlp, "建成贯穿南北、通江达海的航道。"))


def test_a_transport_line_named_by_the_places_it_joins_is_one_place(nlp):
    """京沪高铁, 京港澳高速: the abbreviations of the places a line joins and its kind (line_suffixes.txt) are one
    LOC; a list of abbreviations (京、沪) stays one LOC per place."""
    assert entity_pairs(nlp, "京沪高铁客流增长，京港澳高速拥堵。") == {("京沪高铁", "LOC"), ("京港澳高速", "LOC")}
    assert entity_pairs(nlp, "京、沪两地房价上涨。") == {("京", "LOC"), ("沪", "LOC")}


def test_a_one_character_side_after_a_place_names_part_of_it(nlp):
    assert ("九龙西", "LOC") in entity_pairs(nlp, "九龙西的病床增加。")
    assert ("北京", "LOC") in entity_pairs(nlp, "他从北京往东走。")


def test_the_districts_and_new_towns_of_hong_kong_are_places(nlp):
    """places.txt holds Hong Kong's districts and new towns beside Taiwan's cities and counties."""
    found = entity_pairs(nlp, "屯門及元朗的樓價下跌，將軍澳則上升。")
    assert {("屯門", "LOC"), ("元朗", "LOC"), ("將軍澳", "LOC")} <= found


def test_a_place_right_before_a_station_names_the_station(nlp):
    """某地站 is one LOC (a station); 站在, 站长 are no station."""
    assert ("沙田站", "LOC") in entity_pairs(nlp, "乘客在沙田站轉車。")
    assert ("荃灣站", "LOC") in entity_pairs(nlp, "他們乘坐荃灣線到荃灣站。")
    assert ("沙田", "LOC") in entity_pairs(nlp, "他站在沙田站长身边。")
    # a city written right before its station belongs to the station's name
    assert entity_pairs(nlp, "列车到达长沙岳麓站后停靠。") == {("长沙岳麓站", "LOC")}


def test_a_doubled_character_is_no_list_of_abbreviations(nlp):
    """港澳台 is three places; 深深 (deeply) is an adverb, not 深 twice."""
    assert not entity_pairs(nlp, "这本书能够深深吸引中小学生。")
    assert {("港", "LOC"), ("澳", "LOC"), ("台", "LOC")} <= entity_pairs(nlp, "欢迎港澳台同胞。")


def test_abbreviations_before_bonds_and_as_the_sides_of_a_conflict_are_places(nlp):
    """美债, 欧股: a market of a place; 俄乌冲突, 美日关系: the sides of a conflict or a relation, each a place."""
    assert ("美", "LOC") in entity_pairs(nlp, "2年期美债收益率回落。")
    assert {("俄", "LOC"), ("乌", "LOC")} <= entity_pairs(nlp, "俄乌冲突爆发后油价上涨。")


def test_fei_before_abbreviations_says_not_of_those_places(nlp):
    """非京籍, 非美货币: 非 negates the places after it and is none itself; 中非 is China and Africa."""
    assert entity_pairs(nlp, "对非京籍家庭放宽限购。") == {("京", "LOC")}
    assert {("中", "LOC"), ("非", "LOC")} <= entity_pairs(nlp, "中非合作论坛召开。")


def test_a_place_before_an_everyday_word_in_one_jieba_word_is_a_place(nlp):
    """台湾同胞/n, 北京市民/ns: jieba joins a place and an everyday word; the place is still one. A longer name
    that holds the place keeps it (中国银行)."""
    assert ("台湾", "LOC") in entity_pairs(nlp, "两千多万台湾同胞享受福利。")
    assert ("北京", "LOC") in entity_pairs(nlp, "房价成为北京市民关心的话题。")
    assert ("中国银行", "ORG") in entity_pairs(nlp, "中国银行宣布降息。")


def test_abbreviations_before_a_word_of_their_relation_or_before_fang_are_places(nlp):
    """中美关系, 中韩建交: the sides of a relation; 美方, 中方: a country's side. 中美洲 is a region, 西方 the West."""
    assert {("中", "LOC"), ("美", "LOC")} <= entity_pairs(nlp, "中美关系持续改善，双方加强合作。")
    assert ("美", "LOC") in entity_pairs(nlp, "油价受美方表态影响。")
    assert not entity_pairs(nlp, "中美洲国家和西方国家参加会议。")


def test_abbreviations_after_a_word_of_movement_or_stay_are_places(nlp):
    """访华, 在台: a place one goes to or is in; 在港股 is still 港 before 股 (the market word is tried first)."""
    assert ("华", "LOC") in entity_pairs(nlp, "他访华期间会见多位官员。")
    assert ("港", "LOC") in entity_pairs(nlp, "多家公司在港股上市。")
    assert not entity_pairs(nlp, "演员在台上表演。")


def test_an_abbreviation_before_a_market_word_jieba_glued_on_is_a_place(nlp):
    """美/股盘 前, 美股三大/nz: jieba glued 股 to the word after it, and 美 still stands for the country's market;
    亚市 is Asia's. A word that 股 begins (股东, 股份) makes no market: 集中股东 has no place."""
    assert ("美", "LOC") in entity_pairs(nlp, "美股盘前，三大股指期货上涨。")
    assert ("亚", "LOC") in entity_pairs(nlp, "亚市早盘，日元走强。")
    assert not any(label == "LOC" for _, label in entity_pairs(nlp, "会议集中股东意见。"))


def test_a_line_named_by_city_abbreviations_is_one_place(nlp):
    """郑渝客运专线, 兰合铁路: in a line's name the abbreviations of cities count too; alone they are no places."""
    assert entity_pairs(nlp, "郑渝客运专线、兰合铁路相继开通。") == {("郑渝客运专线", "LOC"), ("兰合铁路", "LOC")}
    assert not entity_pairs(nlp, "郑重宣布。")


def test_the_people_of_a_place_name_it_where_the_pair_is_no_other_word(nlp):
    """港人, 台人: the abbreviation before 人 is the place; not 法人 (a legal person) or 美人 (a beauty)."""
    assert ("港", "LOC") in entity_pairs(nlp, "不少港人选择移居海外。")
    assert not entity_pairs(nlp, "法人代表出席签约，美人鱼雕像落成。")


def test_britain_by_its_abbreviation_after_a_word_of_scope_or_movement(nlp):
    assert ("英", "LOC") in entity_pairs(nlp, "全英平均房价上升，不少学生赴英升学。")


def test_a_named_estate_ends_in_garden(nlp):
    """翠岭/ns 花园: a housing estate named by a proper name is a place; a garden alone is none."""
    assert ("碧涛花园", "LOC") in entity_pairs(nlp, "屋苑方面，碧涛花园有7宗成交。")
    assert not entity_pairs(nlp, "他在家里的花园种菜。")


def test_a_scenic_area_or_park_after_its_place_is_one_place(nlp):
    found = entity_pairs(nlp, "黄山风景区今年接待游客增长。张家界国家森林公园门票收入增长。")
    assert {("黄山风景区", "LOC"), ("张家界国家森林公园", "LOC")} <= found
    assert ("张家界国家森林公园", "ORG") not in found


def test_a_station_after_a_place_jieba_tagged_is_one_place_with_its_city(nlp):
    # 虹桥/ns 站/v: no gazetteer place before the station
    assert ("上海虹桥站", "LOC") in entity_pairs(nlp, "上海虹桥站客流创新高。")


def test_a_jieba_place_word_ending_in_a_facility_is_a_place(nlp):
    assert ("洋山港", "LOC") in entity_pairs(nlp, "洋山港集装箱吞吐量上升。")


def test_the_station_on_a_side_of_a_city_and_a_power_station_are_one_place(nlp):
    found = entity_pairs(nlp, "苏州北站客流回升，葛洲坝发电站发电量增加。")
    assert {("苏州北站", "LOC"), ("葛洲坝发电站", "LOC")} <= found


def test_a_scenic_area_or_new_district_right_after_a_proper_name_is_one_place(nlp):
    # 景区 and 新区 are never names alone (org_stopwords.txt), yet end one after a proper name
    found = entity_pairs(nlp, "东湖景区累计接待游客增长，某山主景区关闭。")
    assert ("东湖景区", "LOC") in found
    assert not any(text.endswith("主景区") for text, _ in found)


def test_a_county_jieba_took_for_a_common_word_names_a_facility(nlp):
    # 双流/n: a county's bare name (counties.txt) before 国际机场
    assert ("双流国际机场", "LOC") in entity_pairs(nlp, "双流国际机场旅客吞吐量增长8%。")


def test_a_bridge_named_after_a_place_and_its_kind_is_one_place(nlp):
    """深圳湾/ns 跨海大桥/n: the place and a common word ending in a facility's word are one LOC."""
    assert ("深圳湾跨海大桥", "LOC") in entity_pairs(nlp, "深圳湾跨海大桥通行量上升。")


def test_a_zone_named_after_a_trade_is_a_place_not_a_company(nlp):
    """东江/ns 科技/n 城/n, 海星科技园区: a name, a trade and 城 or 园 are a zone (one LOC), not 东江科技 (ORG)."""
    found = entity_pairs(nlp, "规划涉及东江科技城。")
    assert ("东江科技城", "LOC") in found and ("东江科技", "ORG") not in found
    assert ("海星科技园区", "LOC") in entity_pairs(nlp, "海星科技园区今日开放。")


def test_hong_kong_areas_and_taiwan_districts_are_places(nlp):
    assert {("鰂魚涌", "LOC"), ("西營盤", "LOC")} <= entity_pairs(nlp, "銷售點設於鰂魚涌及西營盤。")
    assert {("竹北", "LOC"), ("內湖", "LOC")} <= entity_pairs(nlp, "竹北、內湖的廠房將擴建。")


def test_a_list_item_whose_name_runs_on_past_jiebas_word_is_left_alone(nlp):
    """油塘与安泰/nz 臣/n 道/q: the second item is a road whose end the list cannot tell; not 安泰 (LOC)."""
    assert ("安泰", "LOC") not in entity_pairs(nlp, "包括于油塘与安泰臣道地皮兴建房屋。")


def test_a_street_with_its_house_number_after_a_known_place_is_one_place(nlp):
    """鰂魚涌福耀街8號: jieba cuts the street's name badly; the street (to its 街) after the area is one LOC."""
    assert ("福耀街", "LOC") in entity_pairs(nlp, "地址：鰂魚涌福耀街8號。")
    assert ("九江路", "LOC") in entity_pairs(nlp, "地址：上海市黄浦区九江路518号。")


def test_facilities_named_by_the_places_they_join_and_stations_in_lists(nlp):
    """港/j 珠/j 澳/j 大桥: one-character places (two of them known abbreviations) name the bridge they join; the
    kind of a line (铁路) after a place is no street of it; a station's name in a list ends at its 站, not at the
    noun after it (客流)."""
    assert ("港珠澳大桥", "LOC") in entity_pairs(nlp, "港珠澳大桥车流创新高。")
    assert ("铁路", "LOC") not in entity_pairs(nlp, "沪苏湖铁路开通。")
    found = entity_pairs(nlp, "虹桥站、南昌西站客流大增。")
    assert ("南昌西站", "LOC") in found and ("南昌西站客流", "LOC") not in found


def test_a_list_before_a_class_of_places_is_a_list_of_places(nlp):
    """甲、乙等古镇: the class of places after 等 makes the list's items places, when half of them at least are words
    jieba tags as places (a list of people before 等城市居民 stays people)."""
    found = entity_pairs(nlp, "乌镇、周庄等古镇人气旺盛。")
    assert {("乌镇", "LOC"), ("周庄", "LOC")} <= found
    assert not any(label == "LOC" for _, label in entity_pairs(nlp, "张三、李四等城市居民也来了。"))
    found = entity_pairs(nlp, "故宫博物院、颐和园、八达岭长城等景区实行预约。")
    assert {("颐和园", "LOC"), ("八达岭长城", "LOC")} <= found  # (the museum, an organisation, keeps its label)


def test_theme_parks_and_resorts_are_places(nlp):
    """乐园 and 度假村 end a place's name after a proper one, like 公园 (facility_suffixes.txt)."""
    found = entity_pairs(nlp, "长沙金鹰乐园国庆开放，广州白鹭度假村客满。")
    assert {("长沙金鹰乐园", "LOC"), ("广州白鹭度假村", "LOC")} <= found


def test_abbreviations_that_start_a_place_s_name_are_no_list_of_places(nlp):
    """新港/ns 苑: a word of place abbreviations with a place's one-character ending glued after it starts one place's
    name (a housing estate), so its characters are not each a place; 港澳两地 still are two."""
    found = entity_pairs(nlp, "当中新港苑有3宗交易。")
    assert ("新", "LOC") not in found and ("港", "LOC") not in found
    assert {("港", "LOC"), ("澳", "LOC")} <= entity_pairs(nlp, "港澳两地合作加深。")


def test_a_link_named_after_the_places_it_joins_is_one_place(nlp):
    assert ("湘赣通道", "LOC") in entity_pairs(nlp, "湘赣通道通车后车流增加。")


def test_a_place_ending_inside_a_run_is_a_place_of_its_own(nlp):
    found = entity_pairs(nlp, "鄂湘大桥香港口岸人流增加。")
    assert {("鄂湘大桥", "LOC"), ("香港口岸", "LOC")} <= found


def test_a_sight_named_by_a_word_jieba_hardly_knows_is_a_place(nlp):
    found = entity_pairs(nlp, "罗汀夜市人气旺。澜屿海滩与蔺柳地质公园游客增加。")
    assert {("罗汀夜市", "LOC"), ("澜屿海滩", "LOC"), ("蔺柳地质公园", "LOC")} <= found
    # everyday words and a count before a place's word name no sight
    assert not entity_pairs(nlp, "城市公园和主题公园增加，风能发电站和14号线车站开工。")


def test_a_known_place_jieba_cut_across_words_is_whole_and_leaves_no_fragment(nlp):
    found = entity_pairs(nlp, "某发展商旗下将军澳新盘录得超购。")
    assert ("将军澳", "LOC") in found
    assert ("新", "LOC") not in found and ("澳", "LOC") not in found


def test_an_urban_rail_line_named_without_places_is_one_place_with_its_operator(nlp):
    found = entity_pairs(nlp, "港铁荃湾线与文湖线运量增加。")
    assert {("港铁荃湾线", "LOC"), ("文湖线", "LOC")} <= found
    assert ("荃湾", "LOC") not in found


@pytest.mark.parametrize(("text", "town"), [
    ("浙江安吉县递铺镇的竹产业产值增长，递铺镇也成为强镇。", "递铺镇"),
    ("湖北省利川市谋道镇的茶叶产量增长，谋道镇茶农收入提高。", "谋道镇"),
    ("福建省安溪县感德镇的茶园面积扩大，感德镇茶叶产值增长。", "感德镇"),
])
def test_a_town_jieba_cuts_up_after_its_county_is_one_place_at_every_mention(nlp, text, town):
    got = [text[s:e] for s, e, label in nlp(text)._.entity_spans if label == "LOC"]
    assert got.count(town) == 2


def test_a_determiner_or_an_everyday_word_before_a_town_word_is_no_town(nlp):
    got = entity_pairs(nlp, "安吉县各镇的产值增长，安吉县城乡收入提高。")
    assert not any(name.endswith(("镇", "乡")) for name, _ in got)


@pytest.mark.parametrize("text", ["倫敦核心區的租金上升，紐約商業區的空置率下降。", "北京市住宅区的房价上涨。"])
def test_a_common_noun_for_part_of_a_place_after_it_is_no_place_of_its_own(nlp, text):
    assert all(not name.endswith(("區", "区")) for name, _ in entity_pairs(nlp, text))


def test_a_county_jieba_has_as_a_common_noun_is_still_a_place_after_its_city(nlp):
    assert ("崇礼县", "LOC") in entity_pairs(nlp, "张家口崇礼县的滑雪场游客增加。")


@pytest.mark.parametrize("text", ["樓價跌超過一成都會有人買，升三成都唔出奇。", "股价跌了两成都不止。"])
def test_tenths_before_all_are_no_city(text):
    from pipeline import extract

    assert not [e.text for e in extract(text).entities if e.label == "LOC"]


def test_the_city_after_a_count_of_tenths_and_a_comma_is_still_a_city():
    from pipeline import extract

    assert [e.text for e in extract("樓價已跌近兩成，成都的樓價則上升。").entities] == ["成都"]


def test_a_district_jieba_knows_as_a_rare_common_noun_is_still_a_place_after_its_city(nlp):
    assert ("鼓楼区", "LOC") in entity_pairs(nlp, "南京市鼓楼区成立了专门班子。")


@pytest.mark.parametrize("text", ["北京、上海、广州持平，深圳下降。", "香港、新加坡、東京持平。",
                                  "天津、重庆和杭州持平。"])
def test_the_last_place_of_a_list_takes_no_word_after_it(nlp, text):
    got = entity_pairs(nlp, text)
    assert {label for _, label in got} == {"LOC"} and all(not name.endswith("持平") for name, _ in got)


def test_a_list_item_of_two_places_written_together_stays_whole(nlp):
    assert ("中国澳门", "LOC") in entity_pairs(nlp, "金价在中国内地、中国香港及中国澳门上调。") | entity_pairs(
        nlp, "中国内地、中国香港、中国澳门")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("三大美股指周二走低，泛欧股指小幅上涨。", {"美", "欧"}),
        ("德英法股市全线收高，中概股多数下挫。", {"德", "英", "法", "中"}),
        ("澳股收涨，意股和西股则小幅回落。", {"澳", "意", "西"}),
        ("夜盘沪铝收跌一成，伦锌与沪镍走高。", {"沪", "伦"}),
        ("周五伦铜走强，沪金期货略有回落。", {"伦", "沪"}),
    ],
)
def test_abbreviations_before_their_markets_and_metals(nlp, text, places):
    assert places <= {name for name, label in entity_pairs(nlp, text) if label == "LOC"}


@pytest.mark.parametrize(
    "text",
    ["其中股价上涨的公司不多，板块中股东户数减少。", "8日股市震荡，新股申购冷清。", "完美股份与甲乙股份均收涨。"],
)
def test_no_market_place_in_share_words_and_dates(nlp, text):
    assert not {name for name, label in entity_pairs(nlp, text) if label == "LOC" and len(name) == 1}


def test_a_market_after_a_weekday_keeps_its_place(nlp):
    assert ("美", "LOC") in entity_pairs(nlp, "周二美股的芯片股大多收低。")


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("新店位於廣州道與天津道交界，人流暢旺。", "廣州道"),
        ("该楼盘位于南京西路，租金上涨。", "南京西路"),
        ("沿着成都北路步行五分钟即到。", "成都北路"),
    ],
)
def test_roads_named_after_places(nlp, text, road):
    assert road in {name for name, label in entity_pairs(nlp, text) if label == "LOC"}


@pytest.mark.parametrize("text", ["深圳路演吸引多家基金。", "北京道歉声明发出后股价回升。", "王小明道：这是好事。"])
def test_no_road_in_a_word_or_after_a_person(nlp, text):
    assert not any(name.endswith(("道", "路")) for name, label in entity_pairs(nlp, text))


def test_an_abbreviation_beside_a_word_of_abbreviations_joins_the_list(nlp):
    assert {("晋", "LOC"), ("陕", "LOC"), ("蒙", "LOC")} <= entity_pairs(nlp, "今年晋陕蒙煤矿复产加快。")


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("甲公司在得州新建的工厂本季度投产。", {"得州"}),
        ("乙集团计划在圣何塞和弗里蒙特各设一个研发中心。", {"圣何塞", "弗里蒙特"}),
        ("丙公司在匈牙利德布勒森的电池厂裁员两成。", {"匈牙利", "德布勒森"}),
        ("他從維爾紐斯飛往華沙洽談合作。", {"維爾紐斯", "華沙"}),
        ("蘇格蘭和威爾士的樓價分別上升3%和4%。", {"蘇格蘭", "威爾士"}),
        ("沙烏地阿拉伯宣布每日減產50萬桶。", {"沙烏地阿拉伯"}),
        ("马六甲海峡的航运受阻，波斯湾的原油出口减少。", {"马六甲海峡", "波斯湾"}),
        ("某矿业公司在西澳大利亚州皮尔巴拉的矿山扩产。", {"西澳大利亚州", "皮尔巴拉"}),
    ],
)
def test_foreign_states_regions_and_cities_are_places(nlp, text, places):
    # states, regions and cities of other countries, and countries as Taiwan writes them, are general geography
    assert places <= {name for name, label in entity_pairs(nlp, text) if label == "LOC"}


@pytest.mark.parametrize("text", ["新品牌涌入，市场已成一片红海。", "乙县提出要做“茶叶界的硅谷”。"])
def test_a_place_name_used_as_a_figure_of_speech_is_no_place(nlp, text):
    assert {name for name, label in entity_pairs(nlp, text) if label == "LOC"} <= {"乙县"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("受美以伊衝突影響，金價再創新高。", ["美", "以", "伊"]),
        ("中缅边境贸易恢复，口岸通关量回升。", ["中", "缅"]),
        ("中菲两国举行会谈。", ["中", "菲"]),
        ("美、伊双方同意停火。", ["美", "伊"]),
        ("中巴合作项目进展顺利。", ["中", "巴"]),
        ("中土贸易额增长一成。", ["中", "土"]),
    ],
)
def test_one_character_country_abbreviations_in_lists_and_relations(nlp, text, places):
    assert sorted(places) == sorted(name for name, label in entity_pairs(nlp, text) if label == "LOC")


@pytest.mark.parametrize("text", ["该项目伊始便遭遇阻力。", "可以合作共赢。", "巴西合作伙伴增加。", "领土争端未决。"])
def test_no_abbreviation_in_words_that_hold_its_character(nlp, text):
    assert not any(len(name) == 1 for name, _ in entity_pairs(nlp, text))


def test_a_title_made_of_abbreviations_is_a_work_not_a_list_of_places(nlp):
    assert entity_pairs(nlp, "这款游戏《伊苏》销量过百万。") == set()


@pytest.mark.parametrize(
    ("text", "estate"),
    [
        ("屋苑美樂新邨本月成交20宗。", "美樂新邨"),
        ("他住在康泰邨多年。", "康泰邨"),
        ("石硤尾邨重建計劃公布。", "石硤尾邨"),
        ("北角邨項目推出300個單位。", "北角邨"),
    ],
)
def test_hong_kong_housing_estates_are_one_place(nlp, text, estate):
    assert (estate, "LOC") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "estate"),
    [
        ("荃灣綠晴苑的成交增加。", "綠晴苑"),
        ("葵涌豐華苑錄得12宗買賣。", "豐華苑"),
        ("屯門翠麗邨重建計劃公布。", "翠麗邨"),
        ("九龍城嘉逸苑的呎價回落。", "嘉逸苑"),
    ],
)
def test_an_estate_after_its_district_is_one_place(nlp, text, estate):
    # 苑 and 邨 end an estate's name, in one jieba word, after a name jieba tagged or cut into single characters
    assert (estate, "LOC") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "estate"),
    [("屯門海麗花園三期單位售價下跌。", "屯門海麗花園三期"), ("葵涌豐華苑3期一個單位成交。", "豐華苑3期")],
)
def test_an_estate_with_its_phase_is_one_place(nlp, text, estate):
    assert (estate, "LOC") in entity_pairs(nlp, text)


def test_a_dictionary_word_ending_in_an_estate_character_is_no_estate(nlp):
    assert not any(name.endswith("文苑") for name, _ in entity_pairs(nlp, "北京文苑出版社出版新書。"))


@pytest.mark.parametrize(("text", "place"), [
    ("深圳市场需求旺盛。", "深圳"),
    ("东莞市民收入去年提高。", "东莞"),
    ("苏州市场监管趋严，价格回落。", "苏州"),
    ("高雄市場冷清，成交量下滑。", "高雄"),
])
def test_city_short_form_before_a_word_that_its_suffix_opens(nlp, text, place):
    """某城/ 市场, 某城市/ 场: 市 opens the everyday word after the city's short form, so the place is the short
    form, not the full name running into that word."""
    got = entity_pairs(nlp, text)
    assert (place, "LOC") in got
    assert (place + "市", "LOC") not in got


@pytest.mark.parametrize("text", ["无锡市值得一去。", "将军澳新盘推出。"])
def test_a_full_name_before_another_word_stays(nlp, text):
    """某城市/ 值得: 值得 is its own word, so 市 ends the city's name; 将军/ 澳新: a place jieba cut stays whole."""
    got = entity_pairs(nlp, text)
    assert {"无锡市", "将军澳"} & {w for w, label in got if label == "LOC"}


@pytest.mark.parametrize(("text", "station"), [
    ("乘客須在欣澳站轉車前往機場。", "欣澳站"),
    ("旅客可於荔枝角站換乘另一條線。", "荔枝角站"),
    ("乘客在坑口站出站后步行五分钟。", "坑口站"),
    ("列车于大围站转乘东铁线。", "大围站"),
])
def test_station_where_riders_change_or_get_off(nlp, text, station):
    """在某某站转车, 於某某站換乘: what riders do after 站 says the name before it is a station, one LOC, however jieba
    cut it."""
    assert (station, "LOC") in entity_pairs(nlp, text)


@pytest.mark.parametrize("text", ["他在车站转车。", "我们在这个站下车。", "在加油站出口等候。", "请在下一站下车。"])
def test_station_words_that_name_no_station(text):
    """车站, 加油站 (words of jieba's dictionary), 这个站, 下一站 (a determiner or a count) name no station."""
    doc = entity_document(text)
    assert not list(PlaceRules(doc).stations_used())


def test_operator_glued_onto_a_known_line_name(nlp):
    """港/ 铁将军/ 澳线: jieba glued the operator's 铁 onto the line's first characters; the operator and the line
    are still one LOC."""
    assert ("港铁将军澳线", "LOC") in entity_pairs(nlp, "港铁将军澳线今早延误二十分钟。")


@pytest.mark.parametrize(("text", "place"), [("台中市值逾千億的公司有三家。", "台中"),
                                             ("台中市民對空氣品質不滿。", "台中"),
                                             ("台中市場人潮回流。", "台中")])
def test_a_city_s_short_form_cut_in_words_before_a_market_word(nlp, text, place):
    """台/q 中/f 市值/n: jieba cut the short form itself; 市 opens the word after it (market value, citizens), so
    the place is the short form, as when the short form is one word (甲城/ 市值)."""
    assert (place, "LOC") in entity_pairs(nlp, text)
    assert (place + "市", "LOC") not in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "zone"), [("東涌新市鎮人口增加。", "東涌新市鎮"),
                                            ("屯門新市鎮的人口老化。", "屯門新市鎮"),
                                            ("新竹科學園區產值增加。", "新竹科學園區"),
                                            ("苏州工业园区GDP增长5%。", "苏州工业园区"),
                                            ("青云县工业园区新增项目十个。", "青云县工业园区")])
def test_a_place_and_a_development_zone_s_word_are_one_place(nlp, text, zone):
    """gold/README D24: a place with its generic suffix is one LOC; a zone's word (新市镇, 科学园区, 工业园区) alone
    names no place, even where jieba tags it ns or glues the place onto it."""
    found = entity_pairs(nlp, text)
    assert (zone, "LOC") in found
    assert not any(label == "LOC" and zone.endswith(name) and name != zone for name, label in found)


@pytest.mark.parametrize(("text", "place"), [("倫敦核心區租金上升。", "倫敦"), ("北京市区房价上涨。", "北京")])
def test_a_descriptive_part_of_a_place_stays_out_of_its_name(nlp, text, place):
    assert (place, "LOC") in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "station"), [("東鐵綫大圍站今日早上發生故障。", "東鐵綫大圍站"),
                                               ("觀塘線油麻地站月台加裝閘門。", "觀塘線油麻地站"),
                                               ("京广高铁郑州东站改造完成。", "京广高铁郑州东站")])
def test_a_station_written_after_its_line_is_one_place(nlp, text, station):
    """gold/README D24: a named facility is one LOC over its whole name; the line it is on is part of it."""
    found = entity_pairs(nlp, text)
    assert (station, "LOC") in found
    assert not any(label == "LOC" and name != station and name in station for name, label in found)


@pytest.mark.parametrize(("text", "stops"), [("來往荃灣(西)及旺角(東)的巴士路線將加價。", {"荃灣(西)", "旺角(東)"}),
                                             ("往返屯門（南）至觀塘（北）的小巴。", {"屯門（南）", "觀塘（北）"})])
def test_a_bus_stop_s_bracketed_compass_point_is_part_of_its_name(nlp, text, stops):
    """gold/README D58: 某灣(北), a stop's compass point in brackets, is part of the stop's name."""
    assert {(s, "LOC") for s in stops} <= entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "estate"), [("荃灣海韻軒2座高層3房單位以800萬元易手。", "荃灣海韻軒"),
                                              ("觀塘凱麗灣8座中層以650萬元成交。", "觀塘凱麗灣"),
                                              ("於2月成交的海景城3期1座中層單位。", "海景城3期")])
def test_the_words_before_a_block_and_its_floor_name_an_estate(nlp, text, estate):
    """某某轩2座高层: Hong Kong property news tells where a flat was sold by estate, block and floor; the words before
    the block name the estate, however jieba cut them."""
    assert (estate, "LOC") in entity_pairs(nlp, text)


def test_a_count_of_tall_buildings_names_no_estate(nlp):
    assert not {name for name, label in entity_pairs(nlp, "全港有3座高層建築。") if label == "LOC" and "有" in name}


@pytest.mark.parametrize(("text", "places"), [("花蓮縣壽豐鄉推動有機農業，今年面積增至800公頃。", {"花蓮縣", "壽豐鄉"}),
                                              ("在苗栗縣頭份市新設的工廠僱用300人。", {"苗栗縣", "頭份市"})])
def test_a_known_place_glued_to_its_division_word_is_the_place_over_its_full_name(nlp, text, places):
    """某莲县/nr 某丰/ns 乡: jieba read a county with its 县 as one word of another kind (a person's name); the
    word is still the county, not lost between the gazetteer (which finds 某莲 inside it) and the suffix rule."""
    found = entity_pairs(nlp, text)
    assert {(p, "LOC") for p in places} <= found
    assert not any(label == "PER" for _, label in found)


def test_a_firm_s_region_after_a_country_is_no_place_over_its_full_name(nlp):
    assert ("中国区", "LOC") not in entity_pairs(nlp, "某果中国区营收增长8%。")


@pytest.mark.parametrize(("text", "park"), [("市民參觀翠泉山森林公園，門票收入增長20%。", "翠泉山森林公園"),
                                            ("明年还将启动南中轴森林公园建设，投资5亿元。", "南中轴森林公园"),
                                            ("游玩罗斯小镇的游客达到30万人次。", "罗斯小镇")])
def test_everyday_words_before_a_sight_s_proper_name_are_not_part_of_it(nlp, text, park):
    """游客/ 参观/ 某泉山/ns 森林公园: the sentence's subject and verb before the first proper word are no part of the
    sight's name, though jieba tags such verbs as nouns (参观/n)."""
    found = {name for name, label in entity_pairs(nlp, text) if label == "LOC"}
    assert park in found
    assert not any(park in name and name != park for name in found)


@pytest.mark.parametrize("text", ["該集團涉嫌非法牟利，金額達3億元。", "非法集资金额达到5亿元。"])
def test_an_attribute_word_abbreviations_make_is_no_list_of_places(nlp, text):
    """非法/b ("illegal"): 非 and 法 abbreviate Africa and France, but jieba's attribute word is no list of places
    (unlike 非美货币, "currencies other than the dollar")."""
    assert not any(label == "LOC" for _, label in entity_pairs(nlp, text))


@pytest.mark.parametrize(("text", "places"), [
    ("四川省某宾市南溪区罗岭镇今年新建茶园3000亩。", {"南溪区", "罗岭镇"}),
    ("湖南省某沙市望城区乔岭镇渔业产值增长10%。", {"望城区", "乔岭镇"}),
    ("江蘇省某州市吳江區震湖鎮蠶絲被銷量增長25%。", {"吳江區", "震湖鎮"})])
def test_a_town_after_a_district_is_found_however_jieba_cut_them(nlp, text, places):
    """某溪/ns 区罗/nr 岭镇/ns: jieba glued the district's 区 onto the town's first character; the district is the
    place over its full name and the town one LOC, as in an address written in order."""
    assert {(p, "LOC") for p in places} <= entity_pairs(nlp, text)


def test_a_kind_of_town_after_a_district_is_no_town(nlp):
    found = entity_pairs(nlp, "广东省某远市清城区中心镇人口增长。")
    assert ("城区中心镇", "LOC") not in found and ("区中心镇", "LOC") not in found



@pytest.mark.parametrize(("text", "name"), [
    ("李俊峰表示，公司明年扩产。", "李俊峰"),
    ("冠军由李俊峰)和他的弟弟获得。", "李俊峰"),
    ("林海江指出，明年订单增加。", "林海江"),
])
def test_given_name_ending_in_a_sights_character_is_no_place(nlp, text, name):
    # jieba reads 某俊/nr 峰/nr as a person's name: 峰, 江 end given names as well as sights
    assert (name, "LOC") not in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "place"), [
    ("游客在青云峰拍照。", "青云峰"),
    ("甲县白石村的村民获得补贴。", "白石村"),
])
def test_a_peak_or_village_jieba_reads_as_no_name_stays_a_place(nlp, text, place):
    assert (place, "LOC") in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "stations"), [
    ("沿线的上洋站、下洋站将于年底开通。", {"上洋站", "下洋站"}),  # 下洋站/n: one jieba word
    ("乘客可在青山站、白沙站和南湾站换乘。", {"青山站", "白沙站", "南湾站"}),  # 白沙/nr 站/v, before 南湾站
    ("台北車站、板橋車站及桃園機場捷運都增加班次。", {"台北車站", "板橋車站"}),
])
def test_items_of_a_list_of_stations_are_stations(text, stations):
    found = {entity_document(text).text[c.start : c.end] for c in PlaceRules(entity_document(text)).candidates()}
    assert {entity_document(s).text for s in stations} <= found


@pytest.mark.parametrize("text", ["他在加油站和服务站之间来回。", "青山站、三个站和这个站都要改造。"])
def test_everyday_station_words_and_counts_in_a_list_are_no_stations(nlp, text):
    assert not any(name.endswith("站") and name != "青山站" for name, _ in entity_pairs(nlp, text))


@pytest.mark.parametrize(("text", "road"), [
    ("屯門公路今晨發生車禍，交通一度癱瘓。", "屯門公路"),
    ("青山公路在早上繁忙時間擠塞。", "青山公路"),  # 公路在: not 站在, the verb
])
def test_road_named_after_a_place_is_one_place(nlp, text, road):
    assert (road, "LOC") in entity_pairs(nlp, text)


@pytest.mark.parametrize("text", ["这条公路在山区蜿蜒。", "乡村公路和城市道路都在改造。"])
def test_a_road_of_no_place_is_none(nlp, text):
    assert not any(name.endswith("公路") for name, _ in entity_pairs(nlp, text))


def test_an_abbreviation_after_a_cue_jieba_glued_to_the_next_word_is_a_place(nlp):
    """在京举行, 来华访问: jieba read cue, abbreviation and the next word as one dictionary phrase; the abbreviation
    is still a place. 反华, 反美: a stance against a place names it too. Not a company the abbreviation opens."""
    assert ("京", "LOC") in entity_pairs(nlp, "甲国外长今天在京举行会谈。")
    assert ("华", "LOC") in entity_pairs(nlp, "乙国总理应邀来华访问三天。")
    assert ("华", "LOC") in entity_pairs(nlp, "丙国议员发表反华言论遭批评。")
    assert ("美", "LOC") in entity_pairs(nlp, "反美情绪在当地升温。")
    assert not any(label == "LOC" for _, label in entity_pairs(nlp, "某党坚决反台独。"))
    assert ("华", "LOC") not in entity_pairs(nlp, "他在华为工作五年。")


def test_a_sight_before_a_locative_is_a_place(nlp):
    """某鸡/n 岛上/s: jieba glued the sight's last character onto 上; 某屏山/nr 上/f: it took the sight for a name.
    An everyday word before 山上 names no sight, and a person's name before 上周 is no mountain."""
    assert ("金鸡岛", "LOC") in entity_pairs(nlp, "金鸡岛上新建了两家民宿。")
    assert ("翠屏山", "LOC") in entity_pairs(nlp, "游客在翠屏山上拍照留念。")
    assert not entity_pairs(nlp, "登山者在云雾岭下露营。")
    assert not any(label == "LOC" for _, label in entity_pairs(nlp, "张青山上周表示将辞职。"))


@pytest.mark.parametrize(("text", "places"), [
    ("成都、贵阳、昆明三市的房价涨幅居前。", ["成都", "贵阳", "昆明"]),
    ("智利、秘鲁、厄瓜多尔三国签署了渔业协定。", ["智利", "秘鲁", "厄瓜多尔"]),
    ("廣東、廣西兩省區將共建一條新通道。", ["廣東", "廣西"]),
    ("台中、高雄兩市的市長昨日會面。", ["台中", "高雄"]),
])
def test_a_count_of_places_after_a_list_is_no_part_of_a_name(nlp, text, places):
    # 甲、乙、丙三国: the count closes the list; it is neither the last place's name nor a place of its own
    got = {name for name, label in entity_pairs(nlp, text) if label == "LOC"}
    assert got == set(places)


@pytest.mark.parametrize(("text", "place"), [
    ("朝鲜半岛北部今冬偏冷。", "朝鲜半岛"),
    ("四川盆地今冬多雾。", "四川盆地"),
    ("華北平原的小麥開始收割。", "華北平原"),
    ("一艘货轮在亚丁湾海域遇险。", "亚丁湾海域"),
    ("漁船在南海海域作業。", "南海海域"),
])
def test_a_region_word_after_a_proper_name_is_one_place(nlp, text, place):
    # 甲乙半岛, 丙丁盆地, 某湾海域: the kind of land or sea is part of the region's name, not a word after a place
    assert (place, "LOC") in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "place"), [
    ("记者走访了某市南城的金湾大厦。", "金湾大厦"),
    ("比赛在杭州拱墅体育馆举行。", "杭州拱墅体育馆"),
    ("香港中環的德輔大廈租金下跌。", "德輔大廈"),
])
def test_a_named_building_or_venue_is_one_place(nlp, text, place):
    # 某某大厦, 某地体育馆: a building or a venue with a name of its own is one LOC (gold/README D24)
    assert (place, "LOC") in entity_pairs(nlp, text)


def test_a_described_building_is_no_place(nlp):
    # 那栋/ 某种材料/ 大厦: a demonstrative and a measure word before it, the words describe the building
    assert not entity_pairs(nlp, "那棟鋼架結構大廈剛完工。")


@pytest.mark.parametrize(("text", "places"), [
    ("本报圣埃蒂安5月28日电 记者某某报道：展会今天开幕。", {"圣埃蒂安"}),
    ("本報德國某某堡6月3日電 一場比賽今天舉行。", {"德國", "某某堡"}),
    ("某某社科特布斯3月2日电 当地今天举行集会。", {"科特布斯"}),
])
def test_the_place_of_a_dateline(nlp, text, places):
    # 本报甲地5月1日电: the words between the outlet and the day are where the report was filed
    assert places <= {name for name, label in entity_pairs(nlp, text) if label == "LOC"}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("据当地官员透露，该国北部的萨尔巴迪区受洪水影响最严重。", "萨尔巴迪区"),
        ("南部的阿布卡迪尔区已有两千人撤离。", "阿布卡迪尔区"),
        ("洪水冲毁了东部省卡米洛尼亚县的多座桥梁。", "卡米洛尼亚县"),
    ],
)
def test_a_transliterated_district_keeps_every_part_of_its_name(nlp, text, place):
    assert (place, "LOC") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    ("text", "places", "town"),
    [
        ("去年冬天，美国俄亥俄州小镇格林维尔遭遇暴雪。", ("美国", "俄亥俄州"), "格林维尔"),
        ("英國蘇格蘭小鎮埃爾金舉辦了音樂節。", ("英國", "蘇格蘭"), None),
    ],
)
def test_a_small_town_after_places_is_a_common_noun_and_its_name_follows(nlp, text, places, town):
    pairs = entity_pairs(nlp, text)
    assert all((p, "LOC") in pairs for p in places)
    assert not any(label == "LOC" and "小" in name for name, label in pairs)
    if town:
        assert (town, "LOC") in pairs


def test_a_themed_town_named_after_a_proper_word_stays_one_place(nlp):
    assert ("甲县白鹭小镇", "LOC") in entity_pairs(nlp, "甲县白鹭小镇开园。")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("这批货物运往蠡县的仓库，共计80吨。", "蠡县"),
        ("該公司在滑縣新設廠房，投資2億元。", "滑縣"),
        ("安徽歙县今年接待游客120万人次。", "歙县"),
        ("他在泾县经营一家纸厂已有十年。", "泾县"),
    ],
)
def test_a_county_of_one_character_and_its_county_word_is_a_place(nlp, text, place):
    assert (place, "LOC") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["全县共有3万户农户。", "该县今年税收多了5%。", "两县合并后人口达80万。", "外县学生共有200名。",
     "邻县的工厂也停产了。"],
)
def test_a_count_or_a_pointer_before_the_county_word_names_no_county(nlp, text):
    assert not any(label == "LOC" and "县" in name for name, label in entity_pairs(nlp, text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("一名浙江籍工人在工地受伤。", "浙江"),
        ("這位台灣籍商人投資了3億元。", "台灣"),
        ("三名四川籍游客在景区走失。", "四川"),
        ("她去年取得了澳大利亚籍。", "澳大利亚"),
        ("一名港籍男子被捕。", "港"),
        ("那位日籍工程师已回国。", "日"),
        ("两位英籍华裔学者获奖。", "英"),
    ],
)
def test_a_place_before_its_registration_word_is_a_place(nlp, text, place):
    assert (place, "LOC") in entity_pairs(nlp, text)


@pytest.mark.parametrize(
    "text", ["这些书籍共有3万册。", "请到户籍所在地办理。", "他的国籍尚未确定。", "他有古籍200多部。"]
)
def test_registration_words_of_no_place_name_none(nlp, text):
    assert not any(label == "LOC" for _, label in entity_pairs(nlp, text))



@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("湖南省某市丰收乡刘家村一名10岁男孩获奖。", "刘家村"),
        ("辽宁省某市北陵区大岭乡三道岔村有一家农场。", "三道岔村"),
        ("廣東省某縣大坪鎮黃泥村有200戶人家。", "黃泥村"),
    ],
)
def test_a_village_after_its_town_is_a_place(nlp, text, village):
    assert (village, "LOC") in entity_pairs(nlp, text)


@pytest.mark.parametrize("text", ["该镇有12个村，人口3万。", "全乡各村都通了公路。", "他深入乡村调研了30天。"])
def test_a_count_or_a_determiner_before_village_names_no_village(nlp, text):
    assert not any(label == "LOC" and name.endswith("村") for name, label in entity_pairs(nlp, text))


@pytest.mark.parametrize("text, first, second", [
    ("广州白云国际机场与深圳宝安国际机场客流量均创新高。", "广州白云国际机场", "深圳宝安国际机场"),
    ("杭州萧山国际机场与南京禄口国际机场签署协议。", "杭州萧山国际机场", "南京禄口国际机场"),
])
def test_two_facilities_of_one_kind_joined_by_with_are_two_names(nlp, text, first, second):
    """甲城某某国际机场 与 乙城某某 国际机场/n: the kind ending the second name ends the first too: two names."""
    assert {(first, "LOC"), (second, "LOC")} <= entity_pairs(nlp, text)


def test_the_syllables_of_a_foreign_name_are_no_list_of_abbreviations(nlp):
    """艾/nr 瑞德/nrt, 盖/v 瑞德/nrt: jieba's transliterated name glued to another syllable is one foreign name, not
    瑞 and 德."""
    for text in ("咨询公司艾瑞德顾问表示，行业集中度将提高。", "研究机构盖瑞德咨询发布报告。"):
        assert not any(label == "LOC" for _, label in entity_pairs(nlp, text))


def _rule_places(text: str) -> set[str]:
    doc = entity_document(text)
    return {text[c.start : c.end] for c in PlaceRules(doc).candidates()}


def test_a_hill_named_before_its_top_is_no_longer_name():
    """青岚山/ns 山顶/n: 山顶 is the top of the hill just named, no second 山 of its name (not 岚山山)."""
    assert not any(p.endswith("山山") for p in _rule_places("记者从青岚山山顶拍下了日出。"))


def test_a_side_and_a_verb_of_bordering_open_no_place():
    """东邻/nr 翠屏山/nr 风景区: "borders on the scenic area to the east"; the place starts after 东邻."""
    found = _rule_places("度假村东邻翠屏山风景区，交通便利。")
    assert "翠屏山风景区" in found and not any(p.startswith("东邻") for p in found)


def test_a_foreign_word_spelt_in_abbreviations_is_no_list_of_places():
    """德比/j is a derby, no Germany and Belgium; 港澳/j is still two places."""
    assert not _rule_places("两队的同城德比将在周日打响。")
    assert {"港", "澳"} <= _rule_places("港澳的游客纷纷前来。")


def test_a_town_read_as_a_name_before_its_village_is_a_place():
    """柳溪镇/nr 青田/ns 村: the village after the town's word is found, and the town's word jieba took for a
    person's name is the town; 龙潭乡 stays one place."""
    assert {"柳溪镇", "青田村"} <= _rule_places("柳溪镇青田村的村民来了。")
    assert {"龙潭乡", "白沙村"} <= _rule_places("他在龙潭乡白沙村住了十年。")


@pytest.mark.parametrize("text", ["贵阳市场上的蔬菜价格回落。", "大连市场内的海鲜摊位增多。"])
def test_a_city_s_short_form_before_a_market_and_its_locative(nlp, text):
    """贵阳市/ns 场上/s: jieba glued 市场's 市 onto the city and its 场 onto a locative (on, in the market); the place
    is the short form."""
    place = text[:2]
    assert (place, "LOC") in entity_pairs(nlp, text)
    assert (place + "市", "LOC") not in entity_pairs(nlp, text)


@pytest.mark.parametrize(("text", "place"), [
    ("峨边彝族自治县的茶叶远销各地。", "峨边彝族自治县"),
    ("黔东南苗族侗族自治州今年接待游客超过一亿人次。", "黔东南苗族侗族自治州"),
    ("她出生在凉山彝族自治州。", "凉山彝族自治州"),
    ("他来自白马藏族乡。", "白马藏族乡"),
    ("伊犁哈萨克自治州的薰衣草开花了。", "伊犁哈萨克自治州"),
])
def test_an_autonomous_division_is_one_place(nlp, text, place):
    """某某彝族/nz 自治县/ns, 某某苗族侗族自治州/ns: the own name, the peoples and the division's word are one place,
    not the name and an autonomous division apart; 在 and 来自 before the name are no part of it."""
    got = {name for name, label in entity_pairs(nlp, text) if label == "LOC"}
    assert got == {place}


@pytest.mark.parametrize(("text", "district"), [
    ("台南市善化區的農民收成不錯。", "善化區"),
    ("新北市三重區的住戶抱怨噪音。", "三重區"),
    ("桃園市龜山區的物流中心啟用。", "龜山區"),
])
def test_a_district_cut_apart_after_its_city_is_one_place(text, district):
    """某某市善化/v 区/n, 某某市龟/ns 山区/ns: two characters and 区 right after a city are its district, however
    jieba cut them; not a kind of district (核心区) nor 区 opening a longer word (区域)."""
    found = _rule_places(text)
    assert district in found
    assert not {p for p in _rule_places("该市核心区域的地价上涨，杭州市的社区和工业区扩建。") if p.endswith("区")}


@pytest.mark.parametrize(("text", "region"), [
    ("西部地区的水电项目加快建设。", "西部地区"),
    ("南方地区持续暴雨。", "南方地区"),
    ("東南部地區的降雨量偏多。", "東南部地區"),
])
def test_a_compass_side_and_the_region_word_after_it_are_one_place(nlp, text, region):
    """西部/f 地区, 南方/f 地区: a compass side right before 地区 names a region, one LOC over both (as jieba's
    北方地区/ns is); not listed after other sides (中、西部地区: the test of abbreviations above)."""
    assert {name for name, label in entity_pairs(nlp, text) if label == "LOC"} == {region}


def test_a_kind_of_area_is_no_place(nlp):
    """偏远地区/ns, 周边地区/ns, 落后地区/ns: jieba lists them as places, yet they name a kind of area."""
    got = entity_pairs(nlp, "偏远地区交通不便，周边地区和落后地区也受影响，内陆地区的物流成本高。")
    assert not {name for name, label in got if label == "LOC"}


@pytest.mark.parametrize(("text", "zone"), [
    ("前海合作区今年新增注册企业三千家。", "前海合作区"),
    ("啟德發展區將興建新的體育園。", "啟德發展區"),
    ("横琴合作区的商户数量增加。", "横琴合作区"),
])
def test_a_zone_named_after_a_place_is_one_place(nlp, text, zone):
    """某地/ 合作/vn 区, 某地/ 发展/vn 區: a place's bare name, an everyday word and 区 are one zone's name; 合作区
    alone is no place."""
    assert {name for name, label in entity_pairs(nlp, text) if label == "LOC"} == {zone}


@pytest.mark.parametrize(("text", "section"), [
    ("京广高铁湖南段今年完成提速改造。", "京广高铁湖南段"),
    ("沪昆高铁贵州段客流持续上升。", "沪昆高铁贵州段"),
    ("京廣高鐵湖南段今年完成提速改造。", "京廣高鐵湖南段"),
])
def test_line_place_and_section_word_are_one_place(nlp, text, section):
    """甲乙高铁丙省段: a line, a place and 段 name the line's section in that place, one LOC."""
    assert entity_pairs(nlp, text) == {(section, "LOC")}


@pytest.mark.parametrize(("text", "station"), [
    ("旅客昨日在高铁福田站排队候车。", "高铁福田站"),
    ("市民昨日在高鐵福田站排隊候車。", "高鐵福田站"),
    ("乘客在高铁韦家碾站下车。", "高铁韦家碾站"),  # 韦家碾/nr 站/v: no rule's station, the kind of line says it is one
])
def test_kind_of_line_before_a_station_is_part_of_it(nlp, text, station):
    """高铁某某站: a kind of line written alone right before a station the rules found is one LOC with it."""
    assert entity_pairs(nlp, text) == {(station, "LOC")}


@pytest.mark.parametrize("text", ["乘客在高铁站排队候车。", "這條鐵路全段今年通車。"])
def test_kind_of_line_alone_is_no_place(nlp, text):
    """高铁站, 铁路全段: a kind of line with no station's or place's name names no place."""
    assert not {label for _, label in entity_pairs(nlp, text)} & {"LOC"}


@pytest.mark.parametrize(("text", "station"), [
    ("乘客在地铁韦家碾站下车。", "地铁韦家碾站"),
    ("市民可由港鐵福田站步行前往。", "港鐵福田站"),
    ("乘客在捷運福田站轉乘公車。", "捷運福田站"),
])
def test_rail_operator_before_a_station_is_part_of_it(nlp, text, station):
    """地铁某某站, 某铁某某站, 捷运某某站: an operator's short name right before its station is one LOC with it."""
    assert entity_pairs(nlp, text) == {(station, "LOC")}


def test_word_ending_in_iron_without_a_station_is_no_place(nlp):
    """钢铁 ends like 某铁 but no station follows it; 地铁站 alone names no station."""
    assert not entity_pairs(nlp, "钢铁价格回落，地铁站客流平稳。")


@pytest.mark.parametrize(("text", "sight"), [
    ("福建平潭岛的民宿今年供不应求。", "福建平潭岛"),
    ("湖南凤凰古城的客栈入住率接近满房。", "湖南凤凰古城"),
])
def test_a_sight_written_after_its_place_is_one_place_with_it(nlp, text, sight):
    """甲省乙丙岛, 甲省乙丙古城: a jieba place word ending like a sight's name, after a place, is one LOC with it."""
    assert entity_pairs(nlp, text) == {(sight, "LOC")}


def test_a_tunnel_after_a_place_jieba_cut_apart_is_one_place(nlp):
    """紅/a 磡/zg 海底隧道/n: the gazetteer's 紅磡, cut apart, and the kind of facility after it are one LOC."""
    assert ("紅磡海底隧道", "LOC") in entity_pairs(nlp, "紅磡海底隧道收費將調整。")


@pytest.mark.parametrize(("text", "line"), [
    ("游客可以乘坐地铁2号线前往。", "地铁2号线"),
    ("成都地铁18号线将延伸至新机场。", "成都地铁18号线"),
    ("广州地铁三号线客流回升。", "广州地铁三号线"),
    ("高雄捷運紅線延長路段動工。", "高雄捷運紅線"),
])
def test_a_numbered_or_coloured_metro_line_is_one_place(nlp, text, line):
    """地铁2号线, 某市地铁十号线, 某某捷运红线: a network's word and a line's number or colour, with its city."""
    got = entity_pairs(nlp, text)
    assert (line, "LOC") in got
    assert all(e == line or not line.startswith(e) for e, _ in got)  # the city not alone


def test_a_theme_park_named_after_its_company_is_one_place(nlp):
    """迪士尼/nt 乐园: a company's name and a resort's word make a place (with its city before it), not the ORG."""
    assert entity_pairs(nlp, "香港迪士尼樂園新園區明年開幕。") == {("香港迪士尼樂園", "LOC")}
    assert entity_pairs(nlp, "迪士尼公司公布季度业绩。") == {("迪士尼公司", "ORG")}


@pytest.mark.parametrize(("text", "place"), [
    ("日系品牌在当地的份额回落。", "日"),
    ("德系豪华车的降价幅度加大。", "德"),
    ("韩系手机品牌的份额回升。", "韩"),
    ("欧系券商下调了目标价。", "欧"),
    ("多家美企宣布涨价。", "美"),
    ("日企的海外利润下降。", "日"),
])
def test_an_abbreviation_before_xi_or_qi_names_the_country_of_a_make_or_a_firm(nlp, text, place):
    """日系, 德系, 韩系, 美企: 系 after a country's one-character abbreviation says "of that country's make" (日系车),
    企 "a firm of that country"; the abbreviation is the place, as before 股 or 籍 (abbreviation_cues.tsv)."""
    assert (place, "LOC") in entity_pairs(nlp, text)


def test_an_abbreviation_inside_a_word_before_xi_is_no_place(nlp):
    """法系 inside 大陆法系 (a legal system) and 新系列: 法 and 新 start no word of their own, no country."""
    assert entity_pairs(nlp, "该学者研究大陆法系的源流，新系列教材下月出版。") == set()


def test_abbreviations_glued_to_diqu_are_each_a_place(nlp):
    """港澳台地区/j, 港澳地区/j: jieba reads the listed abbreviations and 地区 as one word; each abbreviation is a
    place of its own, as in 港澳台 alone (ANNOTATION.md: a list is one LOC per place)."""
    assert entity_pairs(nlp, "港澳台地区的旅客减少，港澳地区的酒店入住率回落。") == {
        ("港", "LOC"), ("澳", "LOC"), ("台", "LOC")}
