"""Units, currencies and dates met on fresh news text (older mainland print, Hong Kong and Taiwan styles): a day of
the month before 前, days listed with their count, a currency sign after the figure, kopecks and cents after 角,
wind force, the li and the nights of a stay."""

from __future__ import annotations

from decimal import Decimal

import pytest

from pipeline.numerals import Quantity, find_quantities


def D(x: str | int | float) -> Decimal:
    return Decimal(str(x))


def quantities_in(text: str) -> list[Quantity]:
    """The quantities as the facts stage asks for them: dates whole, no lone numeral."""
    return find_quantities(text, dates=True, lone=False)


def read(text: str) -> list[tuple[str, Decimal, Decimal | None, str, str]]:
    return [(q.text, q.value, q.value_max, q.unit, q.kind) for q in quantities_in(text)]


def money(text: str) -> tuple[str, Decimal, str, str]:
    """The one quantity of `text`: (text, value, unit, currency)."""
    (q,) = quantities_in(text)
    return q.text, q.value, q.unit, q.currency


@pytest.mark.parametrize("text, date", [
    ("乙队11月3日前往甲市集训。", "11月3日"),
    ("申请须于6月30日前提交。", "6月30日"),
    ("代表团十月八日前来参观。", "十月八日"),
    ("報名請於3月15日前完成，名額120個。", "3月15日"),
])
def test_a_day_after_its_month_keeps_its_day_before_qian(text: str, date: str) -> None:
    """11月3日前往: 日前 (recently) is no word after a month and a day; the day is part of the date, no figure 3."""
    found = read(text)
    assert (date, "date") in [(t, k) for t, _, _, _, k in found]
    assert all(k == "date" or u for _, _, _, u, k in found)


def test_a_bare_ri_qian_is_still_recently() -> None:
    assert read("日前，某某科技发布新品。") == []


@pytest.mark.parametrize("text, days", [
    ("展会于本月八、九两日在乙市举行。", "八、九两日"),
    ("论坛将于7、8两天召开。", "7、8两天"),
    ("比赛在十二、十三、十四三天进行。", "十二、十三、十四三天"),
    ("會議定於5日和6日兩天舉行。", "5日和6日兩天"),
])
def test_days_listed_with_their_count_are_one_date(text: str, days: str) -> None:
    """八、九两日: two days of the month, not a range 8–9 of the weight unit 两."""
    assert [(t, k) for t, _, _, _, k in read(text)] == [(days, "date")]


@pytest.mark.parametrize("text", ["共有3、5三天。", "增加了2、3两倍。"])
def test_a_list_that_is_no_run_of_days_is_no_date(text: str) -> None:
    assert all(k != "date" and u != "两" for _, _, _, u, k in read(text))


@pytest.mark.parametrize("text, found, value, unit, iso", [
    ("这款耳机售价129$。", "129$", "129", "$", "USD"),
    ("門票25€，學生免費。", "25€", "25", "€", "EUR"),
    ("月费为 30 USD。", "30 USD", "30", "USD", "USD"),
    ("套票 480 HKD 起。", "480 HKD", "480", "HKD", "HKD"),
    ("售价$8800。", "$8800", "8800", "$", "USD"),
])
def test_a_currency_sign_or_code_after_the_figure(text: str, found: str, value: str, unit: str, iso: str) -> None:
    """129$: a sign or an ISO code written after the amount is its currency, as before it ($129)."""
    assert money(text) == (found, D(value), unit, iso)


def test_a_range_with_the_sign_after_each_end() -> None:
    (q,) = quantities_in("报价为150$-180$。")
    assert (q.value, q.value_max, q.currency) == (D(150), D(180), "USD")


@pytest.mark.parametrize("text, found, value, unit, iso", [
    ("地铁票每张三十戈比。", "三十戈比", "30", "戈比", "RUB"),
    ("面包涨到2卢布40戈比。", "2卢布40戈比", "2.4", "卢布", "RUB"),
    ("这块橡皮六角五分。", "六角五分", "6.5", "角", "CNY"),
    ("每斤菜贵了4角5分。", "4角5分", "4.5", "角", "CNY"),
])
def test_small_coins(text: str, found: str, value: str, unit: str, iso: str) -> None:
    """戈比 is a hundredth of the rouble; 角 before its cents (六角五分) is money even after a Chinese numeral."""
    assert money(text) == (found, D(value), unit, iso)


@pytest.mark.parametrize("text", ["等边三角形的面积", "八角五克", "冰山一角"])
def test_jiao_after_a_chinese_numeral_without_cents_is_no_money(text: str) -> None:
    assert all(q.currency == "" for q in quantities_in(text))


@pytest.mark.parametrize("text, found, value, value_max", [
    ("甲海域有6级东北风。", "6级", "6", None),
    ("沿海将有4到6级偏南风。", "4到6级", "4", "6"),
    ("海峽吹起7至8級偏北風。", "7至8級", "7", "8"),
])
def test_wind_force_before_a_wind_direction(text: str, found: str, value: str, value_max: str | None) -> None:
    """6级东北风: 级 grades the wind named after it, as in 8级大风."""
    (q,) = quantities_in(text)
    assert (q.text, q.value, q.value_max, q.unit) == (found, D(value), D(value_max) if value_max else None, "级")


@pytest.mark.parametrize("text, found, value, value_max", [
    ("从村口到镇上有六七里地。", "六七里", "6", "7"),
    ("他每天走二十里路上学。", "二十里", "20", None),
    ("全程约30里。", "约30里", "30", None),
])
def test_the_li_as_a_distance(text: str, found: str, value: str, value_max: str | None) -> None:
    (q,) = quantities_in(text)
    assert (q.text, q.value, q.value_max, q.unit) == (found, D(value), D(value_max) if value_max else None, "里")


@pytest.mark.parametrize("text", ["万里长城", "十里八乡的乡亲", "他住在三里屯附近", "这三年里他很努力", "千里迢迢"])
def test_li_in_names_idioms_and_within(text: str) -> None:
    """三里屯, 十里八乡, 千里迢迢: a place or an idiom; 三年里: within three years."""
    assert all(q.unit != "里" for q in quantities_in(text))


@pytest.mark.parametrize("text, nights", [
    ("船程要6天5夜。", "5夜"),
    ("一家人玩了三天两夜。", "两夜"),
    ("參加五日四晚的旅行團。", "四晚"),
])
def test_the_nights_of_a_stay_after_its_days(text: str, nights: str) -> None:
    """三天两夜: the nights are counted too, a duration; so are the days before them (五日, not the fifth)."""
    found = read(text)
    assert [k for *_, k in found] == ["duration", "duration"]
    assert found[1][0] == nights


@pytest.mark.parametrize("text", ["他一夜之间成名。", "本月5日晚举行。", "两晚会上"])
def test_a_night_with_no_days_before_it_is_no_count(text: str) -> None:
    assert all(q.unit not in ("夜", "晚") for q in quantities_in(text))


def test_a_publishing_value_in_list_price() -> None:
    """码洋: the list-price value of books shipped, one unit (not 码, yards)."""
    (q,) = quantities_in("该社累计发行300多万码洋。")
    assert (q.value, q.unit, q.qualifier) == (D(3000000), "码洋", "at_least")


@pytest.mark.parametrize("text, found, value, value_max, unit", [
    ("售價下調百分之十至十五。", "百分之十至十五", "10", "15", "%"),
    ("降幅为百分之3至5。", "百分之3至5", "3", "5", "%"),
    ("费率为万分之五到八。", "万分之五到八", "5", "8", "‱"),
])
def test_a_bare_upper_end_after_a_per_form(text: str, found: str, value: str, value_max: str, unit: str) -> None:
    """百分之十至十五: the upper end is a numerator of the same 百分之, one range of percent (not 10 % and a 15)."""
    (q,) = quantities_in(text)
    assert (q.text, q.value, q.value_max, q.unit) == (found, D(value), D(value_max), unit)


@pytest.mark.parametrize("text", ["占百分之三十至2031年", "百分之十五至十", "百分之十至十五个"])
def test_no_per_form_range_to_a_lower_or_counted_end(text: str) -> None:
    assert all(q.value_max is None for q in quantities_in(text))


@pytest.mark.parametrize("text", ["乙连四班长带领队员巡逻。", "甲队三队长某某发言。"])
def test_a_numbered_squad_before_its_leader_is_a_title(text: str) -> None:
    """四班长: the leader of squad four, a title, not a count of four squads."""
    assert quantities_in(text) == []


@pytest.mark.parametrize("text", ["队伍被打得七零八碎。", "屋里堆着零七八碎的杂物。"])
def test_scattered_idioms_are_no_numbers(text: str) -> None:
    """七零八碎: an idiom (in pieces), never 708."""
    assert quantities_in(text) == []


@pytest.mark.parametrize("text", ["甲隊以61∶75敗給乙隊。", "甲队以1:3败给乙队。"])
def test_bai_after_a_score_is_the_verb(text: str) -> None:
    """61∶75敗給: 败 after a score is the verb of the match, not a count of losses 70败."""
    assert all(q.unit != "败" for q in quantities_in(text))


def test_wins_and_losses_still_counted() -> None:
    assert [(q.text, q.unit) for q in quantities_in("本季戰績12勝5敗。")] == [
        ("12勝", "胜"), ("5敗", "败")]


@pytest.mark.parametrize("text, found", [("7国外长会晤于甲市举行。", "7国"), ("三國外交部長發表聲明。", "三國")])
def test_countries_before_their_foreign_ministers(text: str, found: str) -> None:
    """五国外长: the foreign ministers of five countries; 国外 (abroad) is no word there."""
    (q,) = quantities_in(text)
    assert (q.text, q.unit) == (found, "国")


@pytest.mark.parametrize("text, found", [
    ("活動共有120名義工參與。", ("120名", D(120), "名")),
    ("卅多名義工協助長者搬遷。", ("卅多名", D(30), "名")),
    ("区内共有3名义务消防员值班。", ("3名", D(3), "名")),
])
def test_ming_before_yi_counts_people(text: str, found: tuple[str, Decimal, str]) -> None:
    """120名義工, 3名义务消防员: after a number, 名 is the classifier of the people (義工, 义务X) that follow; 名义
    (in the name of) is never written right after a numeral, so 义 must not block the unit."""
    assert [(q.text, q.value, q.unit) for q in quantities_in(text)] == [found]


def test_mingyi_without_a_number_is_no_count() -> None:
    """以个人名义: 名义 with no numeral before it yields no count."""
    assert [q.text for q in quantities_in("他以个人名义捐款50万元。")] == ["50万元"]


@pytest.mark.parametrize("text, found", [
    ("甲厅等四部门近日印发通知。", ("四部门", D(4), "部门")),
    ("乙委等13部门联合印发方案。", ("13部门", D(13), "部门")),
    ("丙部等十部委联合发文。", ("十部委", D(10), "部委")),
    ("丁部等3部會共同推動。", ("3部會", D(3), "部会")),
])
def test_a_count_of_government_departments(text: str, found: tuple[str, Decimal, str]) -> None:
    """等四部门近日印发, 十部委, 3部會: 部门, 部委 and 部会 count the departments that act together; 部 alone stayed
    blocked before 门 and 委, so a Chinese count was lost and an Arabic one lost its unit."""
    assert [(q.text, q.value, q.unit) for q in quantities_in(text)] == [found]


def test_the_third_sector_is_no_count() -> None:
    """第三部门 (the non-profit sector) is a name, like 第三产业, no rank of a department."""
    assert quantities_in("第三部门在社会治理中作用凸显。") == []


@pytest.mark.parametrize("text, found", [
    ("参保时间不足一整年者，以一整年核算。", [("不足一整年", D(1), "年"), ("一整年", D(1), "年")]),
    ("救援队员连续奋战了一整天。", [("一整天", D(1), "天")]),
    ("该公司已连续两整年亏损。", [("两整年", D(2), "年")]),
    ("系统停运一整个月。", [("一整个月", D(1), "个月")]),
])
def test_zheng_between_a_count_and_its_span(text: str, found: list[tuple[str, Decimal, str]]) -> None:
    """一整年, 两整天, 一整个月: 整 (whole) between a numeral and a unit of time stresses the span, which stays a
    duration of that many units; before any other unit (一整套, 一整条街) it reads nothing."""
    assert [(q.text, q.value, q.unit) for q in quantities_in(text)] == found
    assert quantities_in("甲厂引进一整套设备。") == []
