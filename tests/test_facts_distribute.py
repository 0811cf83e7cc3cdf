"""distribute: listed figures share the role of a change before them; 分别 shares metrics out in order, and listed
times go to as many listed figures."""

import pytest

from pipeline import extract
from pipeline.facts.candidate import Candidate
from pipeline.facts.distribute import continue_lists, elided_holders, share_out_lists, spread_in
from tests.helpers import document_view, quantity


def test_a_figure_listed_after_a_change_is_a_change():
    view = document_view("营收和利润分别增长5%、8%")
    five, eight = quantity(view, "5%")[1], quantity(view, "8%")[1]
    candidates = [Candidate(five, 0, role="change", sign=-1), Candidate(eight, 0)]
    continue_lists(view, candidates)
    assert (candidates[1].role, candidates[1].sign) == ("change", -1)


def test_a_figure_listed_before_a_change_written_with_its_sign_is_a_change():
    view = document_view("两条红线为25%与-40%")
    first, second = quantity(view, "25%")[1], quantity(view, "-40%")[1]
    candidates = [Candidate(first, 0), Candidate(second, 0, role="change")]
    continue_lists(view, candidates)
    assert (candidates[0].role, candidates[0].sign) == ("change", 1)


def test_respectively_gives_each_figure_the_metric_of_its_counterpart():
    view = document_view("甲乙两项分列第5位和第8位，分别上升2位、3位。")
    figures = [quantity(view, t)[1] for t in ("第5位", "第8位", "2位", "3位")]
    candidates = [Candidate(q, 0, metric=(k, k + 1)) for k, q in enumerate(figures[:2])]
    candidates += [Candidate(q, 0) for q in figures[2:]]
    share_out_lists(view, candidates, [])
    assert [c.metric for c in candidates[2:]] == [(0, 1), (1, 2)]


def test_respectively_in_the_output():
    found = {f.text: f for f in extract("今年该省在两项榜单中分列第5位和第8位，较上年分别上升2位、3位。").facts}
    assert found["2位"].role == "change"
    assert found["2位"].metric == found["第5位"].metric
    assert found["3位"].metric == found["第8位"].metric


def test_fenbie_shares_listed_names_out_as_subjects():
    """上海、北京分别增长3%和5%: each figure is its own place's (ANNOTATION.md v2), and a list of names is no
    part of a metric."""
    found = {f.text: f for f in extract("今年上半年，上海、北京的GDP分别增长3%和5%。").facts}
    assert (found["3%"].subject, found["5%"].subject) == ("上海", "北京")
    assert found["3%"].metric == found["5%"].metric == "GDP"
    found = {f.text: f for f in extract("上海、北京分别增长3%和5%。").facts}
    assert (found["3%"].subject, found["5%"].subject) == ("上海", "北京")
    assert not found["3%"].metric.startswith("、")


def test_after_a_comma_a_figure_with_a_metric_of_its_own_is_no_continuation():
    """增幅为0.5%，5成雇员表示被冻薪: the 5成 has its own predicate, so it is an amount, not a second change; 增长5%，8%
    (no metric of its own) still continues the change."""
    view = document_view("加薪幅度为0.5%，5成雇员表示被冻薪。")
    half, five = quantity(view, "0.5%")[1], quantity(view, "5成")[1]
    candidates = [Candidate(half, 0, role="change", metric=(0, 4)), Candidate(five, 0, metric=(12, 17))]
    continue_lists(view, candidates)
    assert candidates[1].role == "amount"
    candidates[1].metric = None
    continue_lists(view, candidates)
    assert candidates[1].role == "change"


def test_a_change_listed_after_a_change_takes_its_sign():
    """涨幅比上月分别回落0.7和0.4个百分点: the second is a fall too, though the rate named before (涨幅) rises."""
    text = "二手住宅价格按年分别上涨6.2%和3.0%，涨幅比上月分别回落0.7和0.4个百分点。"
    found = {f.text: f for f in extract(text).facts}
    assert found["0.7"].value == -0.7 and found["0.4个百分点"].value == -0.4


def test_respectively_shares_out_the_years_one_time_phrase_lists_or_spans():
    periods = {f.text: f.period for f in extract("某公司2022、2023年分别亏损186.9万元、52.2万元。").facts}
    assert periods == {"186.9万元": "2022", "52.2万元": "2023年"}
    periods = {f.text: f.period for f in extract("某公司2021—2023年销售额分别为5.2亿、6.4亿、7.9亿元。").facts}
    assert (periods["5.2亿"], periods["7.9亿元"]) == ("2021", "2023年")
    assert periods["6.4亿"] == "2022年"  # the year between, which the span names but does not write
    # a phrase that names another number of years is left whole
    periods = {f.text: f.period for f in extract("2021—2023年销售额分别为5.2亿、6.4亿元。").facts}
    assert set(periods.values()) == {"2021—2023年"}


def test_respectively_shares_out_the_months_a_list_names():
    """4、5、6月: the months of a list written with one 月 go to the figures in turn (the last keeps its 月)."""
    periods = {f.text: f.period for f in extract("某车企4、5、6月交付量分别为1.1万辆、1.3万辆和1.6万辆。").facts}
    assert periods == {"1.1万辆": "4", "1.3万辆": "5", "1.6万辆": "6月"}


def test_times_listed_before_as_many_listed_figures_go_to_them_in_order():
    periods = {f.text: f.period for f in extract("某行预计存款将在2031年、2032年升至84亿元和97亿元。").facts}
    assert periods == {"84亿元": "2031年", "97亿元": "2032年"}



def test_names_listed_before_as_many_listed_figures_hold_them_in_order():
    """甲及乙的净利润为12亿元及8亿元: without 分别 too, the first name holds the first figure (not the nearest name)."""
    found = {f.text: f.subject for f in extract("两家银行业绩\n东川银行及西岭银行的净利润为12亿元及8亿元。").facts}
    assert (found["12亿元"], found["8亿元"]) == ("东川银行", "西岭银行")

def test_every_fenbie_of_a_line_shares_out_its_own_list():
    found = extract("3月份，天津和重庆分别下跌0.4%和0.3%，成都和西安分别上涨0.6%和0.7%。").facts
    assert [f.subject for f in found] == ["天津", "重庆", "成都", "西安"]
    # a second 分别 takes no metrics from the figures the first one shared out
    text = "甲界及乙界分别增加约900票及800票，分别等同上届该界别总投票的两成及一成半。"
    found = {f.text: f for f in extract(text).facts}
    assert "总投票" in found["两成"].metric


def test_a_metric_named_right_before_fenbie_is_the_figures_own():
    text = "每周至少饮用3杯红酒或4杯白酒，男性的情况较女性严重，比率分别是12.5%及4.5%。"
    found = {f.text: f for f in extract(text).facts}
    assert found["12.5%"].metric == found["4.5%"].metric == "比率"


def test_fenbie_shares_out_a_list_of_items_that_are_no_names_as_subjects():
    found = {f.text: f.subject for f in extract("手机涨价\n低端和高端机型的售价分别上调8%和5%。\n"
                                                 "上月，南宁新房和二手房价格分别上涨2.1%和1.3%。").facts}
    assert (found["8%"], found["5%"]) == ("低端", "高端机型")  # the last item keeps the words the items share
    assert found["2.1%"] == found["1.3%"] == "南宁"  # kinds of a thing 南宁 holds, not holders


def test_fenbie_shares_listed_measures_out_as_metrics_but_not_kinds_of_one_measure():
    facts = {f.text: f for f in extract("该行营收、净利润分别为82亿元和24亿元，零售、对公占比分别下降3%和1%。").facts}
    # (the holder 该行 is no part of the first measure)
    assert [facts[t].metric for t in ("82亿元", "24亿元")] == ["营收", "净利润"]
    assert all(facts[t].metric.endswith("占比") for t in ("3%", "1%"))


def test_a_second_fenbie_list_naming_nothing_of_its_own_measures_what_the_first_list_measured():
    facts = {f.text: f for f in extract("该县出口额、进口额分别为37亿元、41亿元，比上年分别增长6%、11%。").facts}
    assert [facts[t].metric for t in ("6%", "11%")] == [facts["37亿元"].metric, "进口额"]
    facts = {f.text: f for f in extract("该县出口额、进口额分别为37亿元、41亿元，税收分别增长6%、11%。").facts}
    assert facts["6%"].metric == facts["11%"].metric == "税收"  # a list that names its own measure keeps it


def test_fenbie_shares_out_the_names_an_earlier_clause_of_its_sentence_lists():
    found = {f.text: f.subject for f in extract("标题\n华宇科技、东方电子早盘股价回落，现分别跌5.15%和3.27%。").facts}
    assert found == {"5.15%": "华宇科技", "3.27%": "东方电子"}


def test_fenbie_over_bare_kinds_of_a_carried_measure_gives_each_kind_its_figure():
    found = {f.text: f for f in extract("某县去年洋葱产量下降2%；黄豆、红薯分别增长5%和8%。").facts}
    assert (found["5%"].metric, found["8%"].metric) == ("黄豆", "红薯")
    # a clause cut at a list joiner is no list of kinds
    found = {f.text: f for f in extract("总数为9万伙，拟建公、私营房屋分别为6万及3万个。").facts}
    assert found["6万"].metric != "拟建公"


def test_fenbie_over_kinds_of_one_measure_gives_the_first_kinds_the_measure_they_share():
    found = {f.text: f for f in extract("食品中，羊肉、牛肉、禽蛋价格分别上涨6.5%、4.2%和2.1%。").facts}
    assert (found["6.5%"].metric, found["4.2%"].metric, found["2.1%"].metric) == ("价格", "价格", "禽蛋价格")


def test_fenbie_shares_out_figures_whose_verb_is_said_again():
    """分别收涨3%和涨1%: the second figure repeats the verb, still the list's second item."""
    facts = {f.text: f.subject for f in extract("美股收盘\n宏远电子和力晶科技分别收涨3%和涨1%。").facts}
    assert facts == {"3%": "宏远电子", "1%": "力晶科技"}


def test_a_list_that_names_no_holder_after_a_fenbie_list_of_as_many_figures_has_its_holders():
    found = {f.text: f.subject for f in extract("东川市和西岭市分别新增49家和69家企业，同比增长31%和27%。").facts}
    assert (found["31%"], found["27%"]) == ("东川市", "西岭市")


def test_fenbie_shares_out_the_kinds_an_earlier_clause_ends_with_and_a_second_list_keeps_them():
    text = "全属团体票的农业界及渔业界，分别增加约800票及500票，分别等同该界别总票数的两成及一成半。"
    found = {f.text: f.subject for f in extract(text).facts}
    assert [found[k] for k in ("约800票", "500票", "两成", "一成半")] == ["农业界", "渔业界", "农业界", "渔业界"]


def test_fenbie_items_are_the_nouns_before_the_metric_cut_at_enumeration_commas_when_joiners_cut_too_many():
    text = "原料价格上涨已使小型、中型和大型货车的售价分别上涨了约12%、8%和5%。"
    found = {f.text: f.subject for f in extract(text).facts}
    assert (found["约12%"], found["8%"], found["5%"]) == ("小型", "中型", "大型货车")
    text = "汽车及零部件制造、电子及通信设备制造行业利润分别增长12.5%、9.8%。"
    found = {f.text: f.subject for f in extract(text).facts}
    assert (found["12.5%"], found["9.8%"]) == ("汽车及零部件制造", "电子及通信设备制造")


def test_a_metric_after_fenbie_is_the_figures_own_not_the_one_of_the_figures_before():
    text = "该厂去年营收8亿元，持股30%，并引入东川集团和西岭矿业分别持股45%和25%。"
    found = {f.text: f.metric for f in extract(text).facts}
    assert (found["45%"], found["25%"]) == ("持股", "持股")


def test_fenbie_shares_out_the_two_holders_an_earlier_clause_compares():
    found = {f.text: f.subject for f in extract("调查显示，男性吸烟的比率较女性高，比率分别为31.5%及7.2%。").facts}
    assert (found["31.5%"], found["7.2%"]) == ("男性", "女性")


def test_an_aside_in_brackets_neither_breaks_a_run_of_names_nor_joins_it():
    text = ("东川科技（08821.HK）和西岭集团（08822.HK）分别上涨3.1%和2.4%。"
            "东川市（甲区）和西岭市（乙区）分别增长1.5%和0.9%。")
    found = {f.text: f.subject for f in extract(text).facts}
    assert [found[k] for k in ("3.1%", "2.4%", "1.5%", "0.9%")] == ["东川科技", "西岭集团", "东川市", "西岭市"]


def test_fenbie_kinds_before_the_measure_they_share_hold_the_figures_and_a_list_may_change_its_verb():
    text = "其中小麦、玉米、水稻产量分别为18.6、21.4、12.3万吨，分别增长2.1%、3.5%和下降1.2%。"
    found = {f.text: f for f in extract(text).facts}
    assert [found[k].subject for k in ("18.6", "21.4", "12.3万吨")] == ["小麦", "玉米", "水稻"]
    assert [(found[k].subject, found[k].value) for k in ("2.1%", "3.5%", "1.2%")] == [
        ("小麦", 2.1), ("玉米", 3.5), ("水稻", -1.2)]
    found = {f.text: f for f in extract("生猪、牛、羊存栏分别为36万头、4.2万头、11万只。").facts}
    assert [(found[k].subject, found[k].metric) for k in ("36万头", "4.2万头")] == [("生猪", "存栏"), ("牛", "存栏")]


def test_a_joiner_after_a_comma_still_lists_a_figure():
    found = {f.text: f.value for f in extract("三家门店的客流分别下降12%、8%，以及5%。").facts}
    assert [found[k] for k in ("12%", "8%", "5%")] == [-12, -8, -5]


def test_fenbie_naming_nothing_measures_what_the_clause_before_lists():
    text = "今年一季度，东川板块的营收、净利润增速均排在行业中游水平，分别为第12名、第9名。"
    found = {f.text: f.metric for f in extract(text).facts}
    assert (found["第12名"], found["第9名"]) == ("营收", "净利润增速")


def test_a_list_changing_its_verb_after_a_fenbie_list_keeps_its_holders():
    text = "東川電子、西嶺光電及南湖科技上月營收分別為2,100億元、190億元及38億元，月增3.2%、年減5.1%及年增12.4%。"
    found = {f.text: f for f in extract(text).facts}
    assert [(found[k].subject, found[k].value) for k in ("3.2%", "5.1%", "12.4%")] == [
        ("東川電子", 3.2), ("西嶺光電", -5.1), ("南湖科技", 12.4)]


def test_a_unit_written_once_after_a_list_is_every_figures():
    found = {f.text: f for f in extract("建造業及零售業的失業率分別下跌0.5個及0.3個百分點。").facts}
    assert [(found[k].unit, found[k].value) for k in ("0.5個", "0.3個百分點")] == [
        ("个百分点", -0.5), ("个百分点", -0.3)]
    found = {f.text: f.unit for f in extract("两地分别增加3个和5个。").facts}
    assert found == {"3个": "个", "5个": "个"}


def test_a_metric_named_right_before_fenbie_is_every_listed_figures():
    text = "城镇和农村居民人均可支配收入分别增长5.1%和6.6%，增速分别比上年回落0.2和0.4个百分点。"
    found = {f.text: f.metric for f in extract(text).facts}
    assert (found["0.2"], found["0.4个百分点"]) == ("增速", "增速")


def test_fenbie_shares_out_the_populations_listed_earlier_in_its_sentence():
    text = "以60岁的男性及女性为例，投保50万元每月分别可获2,900元及2,650元。"
    found = {f.text: f.subject for f in extract(text).facts}
    assert (found["2,900元"], found["2,650元"]) == ("男性", "女性")


def test_a_place_cut_out_of_a_listed_kinds_word_does_not_hold_the_list():
    # 美 read out of 美股 is that market's name, not the owner of the three markets' moves
    found = {f.text: f for f in extract("日股、港股和美股分別下跌1.2%、2.5%和0.8%。").facts}
    assert [found[t].subject for t in ("1.2%", "2.5%", "0.8%")] == ["日股", "港股", "美股"]
    # a holder written as a word of its own before the kinds still holds them (某市新房和二手房价格分别…)
    found = {f.text: f for f in extract("廣州新建住宅和二手住宅價格分別上漲5.1%和2.2%。").facts}
    assert found["5.1%"].subject == found["2.2%"].subject == "廣州"


def test_fenbie_kinds_may_hold_digits_inside_their_names():
    # an index named with digits (富时100指数, 标普500指数) is one kind of the list, in either script
    found = {f.text: f.subject for f in extract("道指、標普500指數和納指分別收跌0.5%、0.9%和1.4%。").facts}
    assert [found[t] for t in ("0.5%", "0.9%", "1.4%")] == ["道指", "標普500指數", "納指"]
    found = {f.text: f.subject for f in extract("富时100指数、DAX指数和CAC40指数分别上涨0.3%、0.5%和0.2%。").facts}
    assert [found[t] for t in ("0.3%", "0.5%", "0.2%")] == ["富时100指数", "DAX指数", "CAC40指数"]
    # but a time is no kind: 第二季度和全年的营收 lists periods, not holders
    found = {f.text: f for f in extract("某集团预计2031年第二季度和全年的营收分别增长15%和12%。").facts}
    assert "2031" not in (found["15%"].subject or "")


def test_a_holder_inside_a_later_kinds_name_is_that_kinds_own():
    found = {f.text: f.subject for f in extract("日經225指數和韓國綜合指數分別下跌2%和3%。").facts}
    assert (found["2%"], found["3%"]) == ("日經225指數", "韓國綜合指數")


def test_fenbie_shares_out_the_times_a_clause_of_its_own_lists():
    found = {f.text: f.period for f in extract("2030年和2031年，該市人口分別增加5萬和8萬人。").facts}
    assert (found["5萬"], found["8萬人"]) == ("2030年", "2031年")
    found = {f.text: f.period for f in extract("1月和2月，某省出口分别增长3%和5%。").facts}
    assert (found["3%"], found["5%"]) == ("1月", "2月")
    # a clause that says more than the times keeps them for itself (去年，甲和乙…: one time for both)
    found = {f.text: f.period for f in extract("去年，出口和进口分别增长6.5%和3.2%。").facts}
    assert found["6.5%"] == found["3.2%"] == "去年"


def test_a_measure_named_after_fenbie_is_every_figures():
    # 純利 is a noun (jieba tags it an adjective), so 錄得純利 names what both figures measure
    found = {f.text: f for f in extract("華興科技和中遠電子今年上半年分別錄得純利5億元及3億元。").facts}
    assert found["5億元"].metric == found["3億元"].metric == "純利"
    assert (found["5億元"].subject, found["3億元"].subject) == ("華興科技", "中遠電子")


def test_a_currency_written_once_for_a_list_is_every_figures():
    # in a Hong Kong article 元 is HKD, but 美元 written once after the list names the currency of each figure
    text = "兩款產品售價分別為6億、8億、9億美元，較去年的8億港元高。"
    found = {f.text: (f.unit, f.currency) for f in extract(text).facts}
    assert [found[t] for t in ("6億", "8億", "9億美元")] == [("美元", "USD")] * 3


def test_a_joiner_inside_a_word_does_not_cut_a_list():
    # the 和 of 共和党 is no joiner: two holders, one figure each
    facts = extract("民主党与共和党的得票率分别为48.5%和47.2%。").facts
    assert [f.subject for f in facts] == ["民主党", "共和党"]


def test_a_unit_or_currency_written_once_after_a_list_of_three():
    facts = extract("三项指标分别下跌0.5个、0.3个及0.2个百分点。").facts
    assert [f.unit for f in facts if f.role == "change"] == ["个百分点"] * 3
    text = "本港樓價上月回升。三款車型在港售價分別為22.8萬、25.8萬及29.8萬元人民幣。港府撥款30億元及5億美元。"
    found = {f.text: f.currency for f in extract(text).facts}
    assert (found["22.8萬"], found["25.8萬"]) == ("CNY", "CNY")
    assert (found["30億元"], found["5億美元"]) == ("HKD", "USD")  # another unit: no currency shared


def test_profits_said_as_in_hong_kong_are_measures_of_their_own():
    facts = extract("某某集團收入及純利分別為52億及8億港元。").facts
    assert [f.metric for f in facts] == ["某某集團收入", "純利"]


def test_a_second_list_of_the_sentence_with_a_measure_of_its_own_keeps_the_holders():
    facts = extract("甲厂和乙厂销量分别增长5%和8%，市占率则分别升至40%和降至30%。").facts
    assert [(f.text, f.subject, f.role) for f in facts] == [
        ("5%", "甲厂", "change"), ("8%", "乙厂", "change"), ("40%", "甲厂", "amount"), ("30%", "乙厂", "amount")]


def test_quarters_listed_before_fenbie_date_the_figures_and_hold_none():
    found = {f.text: f for f in extract("某某物流一、二、三季度的货运量分别为40万吨、46万吨和52万吨。").facts}
    assert [found[t].period for t in ("40万吨", "46万吨", "52万吨")] == ["一季度", "二季度", "三季度"]
    assert not any(found[t].subject in ("一", "二", "三季度") for t in ("40万吨", "46万吨", "52万吨"))


def test_fenbie_shares_out_listed_physical_measures_as_metrics():
    found = {f.text: f for f in extract("新款电池的能量密度和循环寿命分别提升了12%和30%。").facts}
    assert (found["12%"].metric, found["30%"].metric) == ("能量密度", "循环寿命")  # (not the holder before 的)
    found = {f.text: f for f in extract("該車型的續航、功率分別提高15%、8%。").facts}
    assert (found["15%"].metric, found["8%"].metric) == ("續航", "功率")


def test_the_count_written_after_the_last_listed_holder_is_no_part_of_it():
    text = "甲、乙两县的人口分别为30和42万人。丙、丁、戊三款机型售价分别为2、3、4千元。"
    found = {f.text: f.subject for f in extract(text).facts}
    assert (found["30"], found["42万人"]) == ("甲", "乙")
    assert (found["2"], found["3"], found["4千元"]) == ("丙", "丁", "戊")


def test_metrics_listed_with_a_slash_share_out_like_a_list():
    """销量/产量分别为120/150万台: a slash between the metrics lists them as 、 does, one to each figure in turn
    (both took the last one)."""
    found = {f.text: f for f in extract("甲公司年报\n甲公司的销量/产量分别为120/150万台。\n").facts}
    assert (found["120"].metric, found["150万台"].metric) == ("销量", "产量")
    found = {f.text: f for f in extract("乙集團年報\n乙集團的收入/利潤分別為9/2億元。\n").facts}
    assert (found["9"].metric, found["2億元"].metric) == ("收入", "利潤")


def test_a_list_of_places_whose_joiner_jieba_glued_into_a_word_is_still_shared_out():
    """甲东及乙西: jieba reads 东及 as one rare word, but four places before four figures are the four holders; the
    words after the last place's 的 are the measure's, not part of the place."""
    facts = extract("港島、九龍、新界東及新界西的新增個案分別為120、95、210和180宗。").facts
    assert [f.subject for f in facts] == ["港島", "九龍", "新界東", "新界西"]


def test_a_holder_that_ends_where_the_first_item_ends_is_that_item():
    """某屋苑A座及B座的…分別…: the holder found for the figures (with its determiner) is the first item of the list, so
    the items hold the figures, one each."""
    facts = extract("該屋苑A座及B座的單位數目分別是320個和280個。").facts
    assert [f.subject[-2:] for f in facts] == ["A座", "B座"]


@pytest.mark.parametrize(("text", "values"), [
    ("甲開支及乙開支分別錄得1.2%及3.5%的升幅。", [1.2, 3.5]),
    ("三市房价分别录得1%、2%及3%的跌幅。", [-1.0, -2.0, -3.0]),
    ("金价和油价分别出现1.5%与2%的涨幅。", [1.5, 2.0]),
])
def test_figures_listed_before_a_change_named_after_the_last_are_changes(text, values):
    """N%及M%的升幅: the noun of change after the last figure names every figure of the list a change, with its sign."""
    facts = [f for f in extract(text).facts if f.unit == "%"]
    assert [(f.role, f.value) for f in facts] == [("change", v) for v in values]


@pytest.mark.parametrize(("text", "metrics"), [
    ("出口和進口按年分別上升11.5%及10.2%。", ["出口", "進口"]),
    ("营收和净利润同比分别增长20%和35%。", ["营收", "净利润"]),
    ("零售额、批发额环比分别下降1%和2%。", ["零售额", "批发额"]),
])
def test_measures_listed_before_a_basis_and_fenbie_are_shared_out(text, metrics):
    """营收和净利润同比分别增长…: 同比, 按年, 环比 between the listed measures and 分别 name how each changed, not what:
    each figure takes its own measure."""
    assert [f.metric for f in extract(text).facts] == metrics


@pytest.mark.parametrize(("text", "metrics", "subjects"), [
    ("營收、毛利率依序為520億元、45.2%。", ["營收", "毛利率"], ["", ""]),
    ("今年男生和女生的人數依次為320人和280人。", ["人數", "人數"], ["男生", "女生"]),
    ("東港、西港的吞吐量依序為80萬及60萬個標準箱。", ["吞吐量", "吞吐量"], ["東港", "西港"]),
])
def test_yixu_and_yici_spread_figures_in_order_like_fenbie(text, metrics, subjects):
    """依次 and Taiwan's 依序 give listed figures to listed measures or holders in order, as 分别 does."""
    facts = extract(text).facts
    assert [f.metric for f in facts] == metrics
    assert [f.subject for f in facts] == subjects


def test_a_power_listed_before_an_energy_keeps_its_own_unit():
    """100MW/200MWh lists a power and an energy: MW is a unit in full, not the start of MWh (unlike 个 of 个百分点)."""
    units = [(f.text, f.unit) for f in extract("甲公司建成的100MW/200MWh储能电站已投运。").facts]
    assert units == [("100MW", "MW"), ("200MWh", "MWh")]


@pytest.mark.parametrize(("text", "metrics"), [
    ("今年营收、毛利及纯利分别按年上升12%、8%及5%，至45亿元、12亿元及6亿元。",
     ["营收", "毛利", "纯利"] * 2),
    ("某厂销量和产量分别增长3%和4%，升至120万辆和130万辆。", ["销量", "产量"] * 2),
    ("甲區及乙區的成交量分別為300宗及200宗，按季升15%及10%。", ["成交量"] * 4),
])
def test_a_second_list_without_fenbie_naming_nothing_measures_what_the_first_measured(text, metrics):
    """分别增长12%及5%，至45亿元及6亿元: a list of as many figures after a 分别 list, in the same sentence, whose clause
    holds only a link (至, 升至) or a basis and a verb (按季升), measures what the first list measured, in order."""
    assert [f.metric for f in extract(text).facts] == metrics


@pytest.mark.parametrize(("text", "subjects"), [
    ("東廠、西廠與南廠11月營收依序為8億元、6億元及5億元。", ["東廠", "西廠", "南廠"]),
    ("低端、中端和高端机型2024年的售价分别为1000元、2000元和5000元。", ["低端", "中端", "高端机型"]),
])
def test_listed_kinds_end_before_a_time_that_dates_their_figures(text, subjects):
    """甲、乙与丙11月营收依序为…: the time between the last item and the measure dates the figures; it is no part of
    the last item, so the items still hold the figures in order."""
    assert [f.subject for f in extract(text).facts] == subjects


@pytest.mark.parametrize(("text", "metrics", "subjects"), [
    ("今年，电动车和燃油车销量各为12万辆和8万辆。", ["销量", "销量"], ["电动车", "燃油车"]),
    ("東港、西港吞吐量各達80萬及60萬個標準箱。", ["吞吐量", "吞吐量"], ["東港", "西港"]),
])
def test_ge_before_a_link_spreads_figures_over_listed_items_like_fenbie(text, metrics, subjects):
    """甲和乙销量各为12万辆和8万辆: 各 right before a link or a verb (各为, 各达, 各自) spreads a list of figures
    over the listed items in order, as 分别 does; and the measure before it is every figure's, not one carried from
    before."""
    facts = extract(text).facts
    assert [f.metric for f in facts] == metrics
    assert [f.subject for f in facts] == subjects


def test_ge_inside_a_word_spreads_nothing():
    """各项指标, 各地: 各 heading a word is no spreading word."""
    assert spread_in("各项指标为") is None
    assert spread_in("甲和乙各为") == (3, 4)


@pytest.mark.parametrize(("text", "subjects", "metrics"), [
    ("9月份二、三、四线城市新建住宅价格分别下降0.2%、0.3%和0.5%。",
     ["二线城市", "三线城市", "四线城市"], ["新建住宅价格"] * 3),
    ("一、二線城市樓價分別上升1%及2%。", ["一線城市", "二線城市"], ["樓價", "樓價"]),
    ("三四线城市商品房库存分别为16个月和22个月。", ["三线城市", "四线城市"], ["商品房库存"] * 2),
])
def test_numerals_listed_before_the_word_they_share_hold_their_figures_with_that_word(text, subjects, metrics):
    """二、三、四线城市 writes 线城市 once, after its last numeral: each listed numeral holds its figure with the word
    it shares (二线城市), and the word is no part of the metric."""
    facts = extract(text).facts
    assert [f.subject for f in facts] == subjects
    assert [f.metric for f in facts] == metrics


def test_more_numerals_than_figures_list_no_holders():
    """十二、三线城市: 十二 is one numeral, so the list is no list of two numerals sharing 线城市."""
    assert elided_holders("十二、三线城市", (3, 7), 0, 2) == []
    assert elided_holders("二、三线城市", (2, 6), 0, 2) == [((0, 1), (3, 6)), ((2, 6), None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a qualifier written once after 分别 (or 各) bounds every figure of the list
        ("甲乙两款新车首季交付量分别超过3万台及2万台。", ["at_least", "at_least"]),
        ("某某集团三家子公司去年营收分别约12亿元、8.5亿元和6亿元。", ["approx", "approx", "approx"]),
        ("兩間藥廠的份額分別約為18%、12%。", ["approx", "approx"]),
        ("甲市、乙市和丙市的常住人口分别突破900万、600万和300万人。", ["at_least", "at_least", "at_least"]),
        ("兩區的樓價分別不足1萬元及8000元。", ["at_most", "at_most"]),
        ("甲乙两队本季分别进球近60个、50个。", ["approx", "approx"]),
        # a qualifier after the first figure is its own; each figure with a qualifier of its own keeps it
        ("两项工程的工期分别为5年以上和3年。", ["at_least", "exact"]),
        ("甲、乙分别约5万人、超过3万人。", ["approx", "at_least"]),
        ("两家银行的不良率分别为1.2%和1.5%。", ["exact", "exact"]),
        # no 分别: the qualifier is the first figure's
        ("某店卖出约300件上衣和200条裤子。", ["approx", "exact"]),
    ],
)
def test_a_qualifier_after_respectively_bounds_every_figure_listed(text, expected):
    qualifiers = [f.qualifier for f in extract(text).facts if any(ch.isdigit() for ch in f.text)]  # (not 两款)
    assert qualifiers == expected


def test_a_unit_reckoned_per_between_the_kinds_and_fenbie_still_shares_them_out():
    """汽油、柴油每吨分别提高210元和200元: 每吨 names no measure, so the kinds listed before it are still the figures'
    metrics in order, as without it."""
    assert [(f.text, f.metric) for f in extract("汽油、柴油每吨分别提高210元和200元。").facts] == [
        ("210元", "汽油"), ("200元", "柴油")]


@pytest.mark.parametrize("text, changes", [
    ("全省玉米、水稻、大豆种植面积分别为2600万亩、1800万亩和650万亩，分别增长1.5%、0.8%和6.2%。",
     ("1.5%", "0.8%", "6.2%")),
    ("全市小麦、玉米种植面积分别为310万亩和120万亩，分别增长1.1%和2.7%。", ("1.1%", "2.7%")),
])
def test_a_second_list_whose_only_word_is_its_verb_measures_what_the_first_list_measured(text, changes):
    """…面积分别为a、b和c，分别增长x、y和z: the second 分别 names nothing but its verb of change, so its figures are
    changes of the measure the first list gave its figures, not of 增长."""
    found = extract(text).facts
    facts = {f.text: f for f in found}
    first = [f for f in found if f.role == "amount"]
    assert len(first) == len(changes)
    for amount, change in zip(first, changes):
        assert facts[change].role == "change"
        assert facts[change].metric == amount.metric
        assert "增" not in facts[change].metric and "減" not in facts[change].metric
