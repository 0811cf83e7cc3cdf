"""Numeral constructions met on fresh news text (older mainland print, Hong Kong and Taiwan styles): middle-dot
decimals, short years, powers written in words, and classifiers that a following word seems to take."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.api import extract
from pipeline.numerals import find_quantities


def D(x: str | int | float) -> Decimal:
    return Decimal(str(x))


def facts_of(text: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in extract(text, "t").facts]


@pytest.mark.parametrize("text, found, value, unit", [
    ("甲市工业产值增长了4·7%", "4·7%", "4.7", "%"),
    ("失业率比上年回落0·4个百分点", "0·4个百分点", "0.4", "个百分点"),
    ("乙省棉花产量达到2·35亿吨", "2·35亿吨", "235000000", "吨"),
    ("丙縣人均收入為1・8萬元", "1・8萬元", "18000", "元"),
    ("该选手以8‧12米夺冠", "8‧12米", "8.12", "米"),
    ("利率仅0·75", "0·75", "0.75", ""),
])
def test_a_middle_dot_between_digits_is_a_decimal_point(text: str, found: str, value: str, unit: str) -> None:
    """Older mainland print writes 4·7%: one figure 4.7, never 4 and 7%."""
    (q,) = find_quantities(text, lone=False, dates=True)
    assert (q.text, q.value, q.unit) == (found, D(value), unit)


@pytest.mark.parametrize("text", ["“8·16”大火后,丁村重建了住房", "6·18购物节期间销售火爆", "5·20那天他们结婚了"])
def test_a_middle_dot_between_a_month_and_a_day_is_no_decimal_point(text: str) -> None:
    """“8·16”大火 names an event by its date: no figure 8.16 is read."""
    assert all(q.value not in (D("8.16"), D("6.18"), D("5.20")) for q in find_quantities(text))


@pytest.mark.parametrize("text, value", [
    ("兑换比率由1∶7·4调整为1∶7·385", ["1", "7.4", "1", "7.385"]), ("平均每户住房15·8,比上年多0·6", ["15.8", "0.6"]),
    ("全年平均气温为8·45", ["8.45"]), ("该指数收于4·07", ["4.07"]),
])
def test_a_middle_dot_where_no_date_can_be_is_a_decimal_point(text: str, value: list[str]) -> None:
    """In a ratio (1∶7·4), past a month (15·8), with three digits (7·385) or a leading 0 (4·07), the dot is a point."""
    assert [q.value for q in find_quantities(text)] == [D(v) for v in value]


def test_a_middle_dot_decimal_is_a_fact_of_its_own_value() -> None:
    assert ("3·6%", 3.6, "%") in facts_of("戊市去年财政收入增长3·6%,比邻县略高。")


@pytest.mark.parametrize("text", ["某某地产07年的销售额创下新高", "早在05年,他就在甲市开了第一家店",
                                  "〇六年以来该市连年丰收"])
def test_two_digits_with_a_leading_zero_before_nian_are_a_year(text: str) -> None:
    """07年 is 2007 said short: a date (the facts stage's period), never a duration of 7 years."""
    assert all(q.kind == "date" for q in find_quantities(text, dates=True) if q.unit == "年")
    assert not [f for f in extract(text, "t").facts if f.unit == "年"]


def test_a_count_of_years_without_a_leading_zero_stays_a_duration() -> None:
    (q,) = find_quantities("这座老桥已有85年历史", dates=True)
    assert (q.value, q.kind) == (D(85), "duration")


@pytest.mark.parametrize("text, found, value, unit", [
    ("这颗恒星的质量约为10的31次方千克", "约为10的31次方千克", "1e31", "千克"),
    ("每克土壤中含有10的8次方个细菌", "10的8次方个", "1e8", "个"),
    ("它的电阻率只有10的负5次方", "10的负5次方", "0.00001", ""),
    ("这个数是2的十次方", "2的十次方", "1024", ""),
])
def test_a_power_written_in_words_is_one_figure(text: str, found: str, value: str, unit: str) -> None:
    """10的8次方 is 1e8 (not 10 and a count of 8 次), and the unit after it is the figure's."""
    found_qs = find_quantities(text, lone=False, dates=True)
    assert [(q.text, q.value, q.unit) for q in found_qs] == [(found, D(value), unit)]


def test_de_after_a_number_with_no_power_is_left_alone() -> None:
    assert [q.text for q in find_quantities("他跑了3公里的路程,用了10的一半时间")] == ["3公里", "10", "一半"]


@pytest.mark.parametrize("text, found", [
    ("全市共有14家电视台参与转播", "14家"), ("园区已有25家电商企业入驻", "25家"),
    ("全省两家电厂停产检修", "两家"), ("該區現有9家電訊商", "9家"), ("共有6家电影院参加展映", "6家"),
])
def test_jia_before_dian_is_the_classifier_of_a_count(text: str, found: str) -> None:
    """14家电视台 counts 14 stations: the classifier 家 is not taken by the word 家电 (appliances)."""
    (q,) = find_quantities(text, lone=False, dates=True)
    assert (q.text, q.unit) == (found, "家")


@pytest.mark.parametrize("text, found, value", [
    ("人均药费由改革前12元升至20元", "12元", 12), ("装修前8万元的旧房如今卖到30万元", "8万元", 80_000),
    ("整修前2公里的土路已铺上柏油", "2公里", 2), ("重建前2.5億港元的預算已用完", "2.5億港元", 250_000_000),
])
def test_qian_before_money_or_a_measure_is_before_an_event_not_a_rank(text: str, found: str, value: int) -> None:
    """改革前12元 is the amount before the reform: no rank counts in money or lengths (前十名 still does)."""
    q = find_quantities(text, lone=False, dates=True)[0]
    assert (q.text, q.value, q.qualifier, q.kind == "ordinal") == (found, D(value), "exact", False)


@pytest.mark.parametrize("text", ["该市综合实力排名全国前10位", "进入前三名的选手", "排名前5%的企业"])
def test_qian_before_a_place_or_a_share_stays_a_rank(text: str) -> None:
    (q,) = find_quantities(text, lone=False, dates=True)
    assert (q.kind, q.qualifier) == ("ordinal", "at_most")


@pytest.mark.parametrize("text, found", [
    ("这块电路板上有1200个元件", "1200个"), ("只要还剩一个元素,系统就能重建", "一个"),
    ("該裝置包含300個元器件", "300個"),
])
def test_ge_before_a_bare_yuan_counts_the_word_it_starts(text: str, found: str) -> None:
    """1200个元件 counts parts: 个 and 元 make no money (20个比特币 still counts coins)."""
    (q,) = find_quantities(text, lone=False, dates=True)
    assert (q.text, q.unit, q.currency) == (found, "个", "")


def test_ge_before_a_named_currency_still_counts_it() -> None:
    (q,) = find_quantities("他手上有15个比特币", lone=False, dates=True)
    assert (q.text, q.unit) == ("15个比特币", "比特币")


@pytest.mark.parametrize("text, found, unit, currency", [
    ("她在甲城的月薪为9000铢", "9000铢", "铢", "THB"), ("该厂去年盈利2.4亿马克", "2.4亿马克", "马克", "DEM"),
    ("门票要价45谢克尔", "45谢克尔", "谢克尔", "ILS"),
    ("該國今年預算赤字達300億埃及鎊", "300億埃及鎊", "埃及镑", "EGP"),
])
def test_currencies_of_news_from_abroad_are_money(text: str, found: str, unit: str, currency: str) -> None:
    """铢, 马克, 谢克尔, 埃及镑 name money: the figure keeps its currency, never a bare number."""
    (q,) = find_quantities(text, lone=False, dates=True)
    assert (q.text, q.unit, q.currency) == (found, unit, currency)


@pytest.mark.parametrize("text", ["晚会于今晚8点30开始", "首班车早上6点05发车", "比賽將於下午3點45進行"])
def test_an_hour_and_two_digits_of_minutes_after_dian_is_a_time_of_day(text: str) -> None:
    """8点30 is half past eight, never the figure 8.3 (with Arabic digits 点 writes no decimal point)."""
    assert find_quantities(text, lone=False, dates=True) == []


def test_dian_between_digits_before_a_per_cent_is_still_a_decimal() -> None:
    (q,) = find_quantities("物价上涨了2点35%", lone=False, dates=True)
    assert (q.value, q.unit) == (D("2.35"), "%")


@pytest.mark.parametrize("text, found, unit", [
    ("喜宴办了二十多桌", "二十多桌", "桌"), ("他绕湖跑了15圈", "15圈", "圈"), ("每天只吃两顿饭", "两顿", "顿"),
    ("村里新打了6眼机井", "6眼", "眼"), ("街上装了120盏路灯", "120盏", "盏"), ("每周安排8课时体育课", "8课时", "课时"),
])
def test_classifiers_of_everyday_counts_are_units(text: str, found: str, unit: str) -> None:
    """二十多桌, 15圈, 6眼: the classifier is the count's unit as written (an empty unit matches no gold row)."""
    q = find_quantities(text, lone=False, dates=True)[0]
    assert (q.text, q.unit) == (found, unit)


@pytest.mark.parametrize("text", ["这次出行让他大开3眼界", "该公司3圈子内的客户", "两句子之间"])
def test_a_classifier_that_starts_a_word_is_no_unit(text: str) -> None:
    assert all(q.unit not in ("眼", "圈", "句") for q in find_quantities(text, lone=False, dates=True))


@pytest.mark.parametrize("text, found, qualifier", [
    ("林地占全县面积的2/3强", "2/3强", "at_least"), ("外来人口占七成强", "七成强", "at_least"),
    ("該區長者佔人口兩成弱", "兩成弱", "at_most"), ("有三分之一强的农田缺水", "三分之一强", "at_least"),
    ("出口增速为15%弱", "15%弱", "at_most"),
])
def test_qiang_and_ruo_after_a_share_bound_it(text: str, found: str, qualifier: str) -> None:
    """2/3强 is a little over two thirds (at least), 两成弱 a little under 20 % (at most)."""
    (q,) = find_quantities(text, lone=False, dates=True)
    assert (q.text, q.qualifier) == (found, qualifier)


@pytest.mark.parametrize("text", ["份额升至30%强化了龙头地位", "该市50强企业名单公布", "进入前8强"])
def test_qiang_that_starts_a_word_or_follows_a_count_is_no_bound(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.text.endswith("强")]


@pytest.mark.parametrize("text, value", [
    ("新发现的储量是全省已探明储量的1/4,这改变了格局", "0.25"), ("该县耕地的2/5,多为坡地", "0.4"),
])
def test_a_fraction_before_a_half_width_comma_is_one_figure(text: str, value: str) -> None:
    """1/4, then a clause: the comma ends the clause (only 1/4,000 would go on), the fraction is one figure."""
    (q,) = find_quantities(text, lone=False, dates=True)
    assert q.value == D(value)


@pytest.mark.parametrize("text, found, value", [
    ("甲镇已有3000多村民领到补贴。", "3000多", "3000"),
    ("本港一萬多市民參加了步行籌款。", "一萬多", "10000"),
    ("去年有2万多游客到访乙岛。", "2万多", "20000"),
])
def test_more_before_a_noun_with_no_classifier_is_at_least(text: str, found: str, value: str) -> None:
    """3000多村民, 一萬多市民: 多 after a round figure or a magnitude and before a noun is "and more" of the figure
    (at least), as before a classifier."""
    (q,) = find_quantities(text)
    assert (q.text, q.value, q.qualifier) == (found, D(value), "at_least")


@pytest.mark.parametrize("text", ["大多数人赞成。", "乙国球员莱万多夫斯基入选。", "甲校3000多数据库课程"])
def test_more_that_starts_a_word_or_follows_a_bare_magnitude_is_no_at_least(text: str) -> None:
    """多数, 多于 start words of their own; the 万 of a transliterated name is no figure to add 多 to."""
    assert all(q.qualifier != "at_least" for q in find_quantities(text))


@pytest.mark.parametrize("text, found, value, implied", [
    ("乙省拨款数十亿元修建水利。", "数十亿元", "1000000000", "10000000000"),
    ("該行去年罰款數萬元。", "數萬元", "10000", "100000"),
])
def test_several_after_a_sum_word_is_a_vague_amount(text: str, found: str, value: str, implied: str) -> None:
    """拨款数十亿元, 罰款數萬元: 数 after 款 opens the vague amount (款数 is no word before a magnitude)."""
    (q,) = find_quantities(text)
    assert (q.text, q.value, q.qualifier, q.implied_max) == (found, D(value), "at_least", D(implied))
