"""keep: which quantities are facts (dates, framing durations, numbers in names, article-like 一 are not)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import extract
from pipeline.facts.keep import Keep, numbered_holiday_pattern
from pipeline.facts.view import DocumentView
from tests.helpers import document_view, quantity


def kept(text: str) -> dict[str, bool]:
    view = document_view(text)
    keep = Keep(view)
    return {view.text[q.start : q.end]: keep.is_fact(q, k) for k, q in enumerate(view.quantities)}


def test_dates_are_not_facts():
    assert kept("2022年，全市新增就业岗位8.2万个。") == {"2022年": False, "8.2万个": True}


def test_a_duration_that_frames_another_figure_is_a_frame_not_a_fact():
    view = document_view("近五年，全市累计引进企业超300家。")
    keep = Keep(view)
    k, five_years = quantity(view, "近五年")
    assert not keep.is_fact(five_years, k)
    assert keep.frames == [(five_years.start, five_years.end)]


def test_a_duration_that_is_the_figure_is_a_fact():
    assert kept("这座大桥历经8年建成。") == {"8年": True}


def test_a_section_number_is_not_a_fact():
    assert kept("1、营收增长5%") == {"1": False, "5%": True}
    # 1. after a full stop opens a point as after a colon (第一，扩大内需。1. 增发消费券)
    assert kept("要点如下。1. 营收增长5%；2. 利润增长3%。") == {"1": False, "5%": True, "2": False, "3%": True}


@pytest.mark.parametrize(
    "text", ["研发了T800型号", "他是「211」高校毕业", "一群00后创业者", "入选全球500强", "推动一带一路建设"]
)
def test_numbers_inside_names_and_labels_are_not_facts(text):
    assert extract(text).facts == []


@pytest.mark.parametrize("text", ["桌上放着一台电脑。", "他做了一个决定。", "楼房一栋栋拔地而起。"])
def test_article_one_and_reduplication_are_not_facts(text):
    assert extract(text).facts == []


@pytest.mark.parametrize("text, one", [("该行今年仅降息一次。", "一次"), ("目前只有一家券商提交申请。", "一家"),
                                       ("两队在小组赛中各取一分。", "一分"), ("每名股东各获赠一股。", "一股")])
def test_one_stressed_as_only_one_or_one_each_is_counted(text, one):
    assert kept(text)[one] is True


@pytest.mark.parametrize("text", ["他不仅是一个投资人。", "这只是一场误会。", "只需一个按钮就能启动。"])
def test_one_after_not_only_or_merely_stays_an_article(text):
    assert not any(kept(text).values())


def test_a_stock_code_in_brackets_is_not_a_figure():
    facts = extract("牧原股份（002714）公告，腾讯控股(00700.HK)同日回购。").facts
    assert not any(f.text.startswith(("002714", "00700")) for f in facts)


def test_digits_glued_to_a_character_twice_are_a_name():
    facts = extract("36氪独家获悉。针对上述数据，36氪向公司求证。公司共有36名员工。").facts
    assert [f.text for f in facts] == ["36名"]


def test_a_product_generation_is_a_label_not_a_rank():
    facts = extract("采用台积电第二代3纳米制程，较前一代功耗降低35%，排名第二。").facts
    assert [f.text for f in facts] == ["3纳米", "35%", "第二"]


def test_digits_glued_to_a_product_name_are_its_model_number():
    assert [f.text for f in extract("星枢9300整合第八代AI处理器，营收为9300万元。").facts] == ["9300万元"]


def test_an_age_that_names_a_group_or_a_threshold_is_not_a_fact():
    text = "全港15岁或以上人口，平均20.3岁开始饮酒。在15至17岁群组中，21.4%的人士在18岁之前已开始饮酒。董事长现年62岁。"
    assert [f.text for f in extract(text).facts] == ["20.3岁", "21.4%", "62岁"]


def test_a_number_inside_title_marks_is_part_of_the_title():
    assert [f.text for f in extract("《香港01》去年裁员70多人，《2030气候行动蓝图》公布。").facts] == ["70多人"]


def test_the_span_of_a_record_or_a_streak_is_a_fact_even_before_another_figure():
    assert kept("料會邁向30年來首見的6%。") == {"30年": True, "6%": True}
    assert kept("扭转了连续21个月的跌势，上月迎来3.9%的增长。") == {"21个月": True, "3.9%": True}
    # a streak before the figure it holds for is a figure too (and that figure's period), unless the years it
    # spans are named right before it
    assert kept("工业投资增速连续三年不足6%。")["三年"] is True
    assert kept("工业投资增速在2027年、2028年连续二年不足6%。")["二年"] is False


def test_a_length_stressed_as_short_or_between_two_events_is_a_fact():
    """仅4天后又创新高, 相隔3年后再度发行, 仅用5个月销量破万: a length after 仅, 只 or a word of length is
    the figure reported, even before 后 or another figure (短短一周之内 stays a window)."""
    assert kept("该市用电负荷创新高，仅5天后又升至9.9亿千瓦。")["5天"] is True
    assert kept("该行相隔3年后再度发行绿色债券50亿元。")["3年"] is True
    assert kept("该款饮料上市后仅用5个月，销量破万箱。")["5个月"] is True
    assert kept("按揭分25年摊还，每月供款增加800元。")["25年"] is True
    assert kept("短短一周之内，指数下跌3%。")["一周之内"] is False


def test_a_record_low_or_a_decade_high_is_the_span_of_a_record():
    """跌至八个月来低谷, 是15年内最高, 回落至近15年底部: the span of a record is a figure, not a window."""
    assert kept("该国煤炭进口量跌至八个月来低谷，录得每日310万吨。")["八个月"] is True
    assert kept("失业率为7.2%，是15年內最高。")["15年"] is True
    assert kept("板块市盈率回落至近15年底部区间，约为18倍。")["近15年"] is True


def test_a_tenor_stated_as_what_a_noun_is_is_a_fact():
    """贷款期限为7年期。: a tenor after a copula that ends its clause is a figure; 7年期国债 names a bond."""
    assert kept("该笔贷款期限为7年期。") == {"7年": True}
    assert kept("财政部发行7年期国债300亿元。")["7年"] is False


def test_the_span_of_a_record_gives_no_metric_to_the_figure_after_it():
    found = {f.text: f for f in extract("堅尼系數高達0.539，是45年來的最高峰，比五年前高出0.002。").facts}
    assert found["0.002"].metric == "堅尼系數"


def test_a_number_that_names_a_category_is_not_a_fact():
    assert kept("女子59公斤级以抓举103公斤夺冠。") == {"59公斤": False, "103公斤": True}  # a weight class
    assert kept("她在男子组外的女子200米决赛跑出23秒。") == {"200米": False, "23秒": True}  # an event
    assert kept("剔除了一至二人家庭的因素。") == {"一至二人": False}  # a household size
    assert kept("访问了12,022名15岁或以上的陆上非住院香港居民。") == {"12,022名": True, "15岁或以上": False}
    assert kept("他今年70岁，是一名退休人士。")["70岁"] is True  # a person's age
    # a bound of ages names a group, though no group's noun follows it; one person's age is a figure, though one does
    assert kept("超过70岁的受访者中，失眠比例最高，达31%。")["超过70岁"] is False
    assert kept("以一名52岁的女性投保为例，每月可领取4,800元。")["52岁"] is True


def test_a_window_of_time_is_a_period_not_a_fact():
    assert kept("代替十年内退役的燃煤发电机。") == {"十年": False}
    assert kept("过去5年公立医院全职医生流失率上升。") == {"5年": False}
    assert kept("本次就业报告提前一天公布。") == {"一天": True}  # 提前 is no window
    assert kept("短短两年时间，多个研究院落地。") == {"两年": True}


def test_a_count_after_a_demonstrative_points_back_and_is_no_fact():
    assert kept("同意这5家信用社解散，由上述3家信用社并入某行。") == {"5家": False, "3家": False}
    assert kept("同意4家村镇银行解散。") == {"4家": True}


def test_phone_numbers_links_enumerators_and_rate_bases_are_not_facts():
    assert not any(kept("医院管理局：2466-7350，或致电35656288。").values())
    assert all(not k for k in kept("见 https://www.thelancet.com/article/PIIS0140-6736(20)33160-5/fulltext").values())
    assert kept("建议：1. 定立措施；2. 监察推行。") == {"1": False, "2": False}
    assert kept("去年每5人有1人疑患抑郁。") == {"5人": False, "1人": True}  # the base of a rate (D53)
    assert kept("2023-2024年年均产金约6吨。")["约6吨"] is True  # years, not a phone number
    assert kept("Galaxy A55（8GB/256GB）成绩亮眼。")["256GB"] is True  # units, not a link


def test_a_time_of_day_or_a_day_of_the_week_is_not_a_fact():
    assert not any(kept("开放时间：上午10时至下午7时（星期一至五）").values())
    assert kept("周五上涨3%。") == {"3%": True}
    assert kept("局长在本周一多次被问到。") == {"一多次": False}  # 周一, then 多次
    assert kept("计划实现每周1000台的产能。") == {"1000台": True}  # a count per week, not a weekday


def test_an_ordinal_that_names_a_phase_or_an_issue_is_not_a_fact():
    assert kept("第一阶段将于8月开始，这是我们第三期，第二批银行解散。") == {
        "第一阶段": False, "8月": False, "第三期": False, "第二批": True}


def test_codes_enumerators_formula_constants_and_anniversaries_are_not_facts():
    """Spurious rows of unseen articles (issue 16): numbers in names, list markers, a formula's constants."""
    assert kept("7-Eleven有6000多家门市，香港01报道。") == {"7": False, "6000多家": True, "01": False}
    assert kept("(1) 营收增长10%；（2）利润增长5%。") == {"1": False, "10%": True, "2": False, "5%": True}
    assert kept("该公司拥有(3)项专利。")["3"] is True  # brackets inside a clause: no enumerator
    assert not any(kept("详情请致电2345 6789。").values())
    assert kept("应纳税额等于收入乘以1.5。") == {"1.5": False}
    assert kept("每满300元减40元。")["40元"] is True  # a promotion rule's amounts stay
    assert not any(kept("迎来独立250周年纪念日。").values())


def test_idioms_with_numerals_are_no_quantities():
    assert not kept("官员三番四次强调，这与加息是两码子事。")


def test_index_names_and_tenors_are_no_facts():
    """沪深300指数, 中证500ETF: the numerals name an index; 30年期: a tenor names a kind of bond, and frames nothing."""
    found = {f.text: f for f in extract("上证50指数、沪深300指数分别下跌0.16%和0.55%，中证1000ETF规模达50亿元。").facts}
    assert set(found) == {"0.16%", "0.55%", "50亿元"}
    found = {f.text: f for f in extract("30年期主力合约跌0.03%，5年期主力合约跌0.01%。").facts}
    assert set(found) == {"0.03%", "0.01%"} and found["0.03%"].period == ""


def test_a_set_of_markets_and_the_day_before_are_no_facts():
    found = {f.text for f in extract("沪深两市成交额1.2万亿元，较前一个交易日减少692亿元。").facts}
    assert found == {"1.2万亿元", "692亿元"}
    assert {f.text for f in extract("该股位列前一名。").facts} == {"前一名"}


def test_a_threshold_of_time_is_a_fact_and_no_window():
    """居港满7年或以上的香港居民: a condition, measured by what stands before it, and the period of nothing."""
    found = {f.text: f for f in extract("申请人须为居港满7年或以上的香港居民，每月总入息限额为3万元。").facts}
    assert found["7年或以上"].metric == "居港满" and found["3万元"].period == ""


def test_shopping_festivals_and_sets_named_by_a_number_are_no_facts():
    assert {f.text for f in extract("该品类在2025年双11和2026年618期间均位列第一。").facts} == {"第一"}
    assert {f.text for f in extract("公司共有618名员工。").facts} == {"618名"}
    assert not extract("产品结构拓展为个护三件套。").facts  # a set sold as one (三件套) is a name too


def test_a_numbered_meeting_is_no_fact_but_a_count_of_meetings_is():
    found = {f.text for f in extract("按照市第八次党代会、市委八届二次全会要求部署，全市经济增长10%。").facts}
    assert found == {"10%"}
    assert {f.text for f in extract("今年共召开3次会议。").facts} == {"3次"}


def test_a_second_home_and_the_inner_districts_are_categories():
    found = {f.text for f in extract("城六区户籍居民家庭，二套住房公积金贷款额度为120万元。").facts}
    assert found == {"120万元"}
    assert {f.text for f in extract("他购买了两套住房。").facts} == {"两套"}


def test_idioms_group_names_category_numbers_and_versions_are_no_facts():
    """第一桶金, 七大国集团, 第1类致癌物, 混元3.0: a number inside an idiom, a name, a class or a version."""
    assert not extract("他赚到第一桶金，科学技术是第一生产力，第一反应是报警。").facts
    assert not extract("七大国集团峰会召开，酒精是第1类致癌物。").facts
    assert not extract("腾讯发布混元3.0模型，推动工业4.0。").facts
    assert kept("耳机支持蓝牙5.3，预装安卓14，续航36小时。") == {"5.3": False, "14": False, "36小时": True}
    assert [f.text for f in extract("收益率为3.0%。").facts] == ["3.0%"]


def test_article_numbers_addresses_and_idioms_of_time_are_no_facts():
    """《建筑物条例》第40(2A)条 cites an article; 地址：某街88号商场1楼 is an address; 一年半载 is an idiom."""
    assert "第40" not in {f.text for f in extract("工程涉嫌违反《建筑物条例》第40(2A)(a)条，最高罚款50万元。").facts}
    assert {f.text for f in extract("示范单位：\n地址：大角咀某街88号某商场1楼\n售价为300万元。").facts} == {"300万元"}
    assert not extract("病人往往要等一年半载。").facts


def test_a_length_of_time_is_a_figure_not_a_window():
    """为期36个月的计划, 每次连续工作30小时: after a word of length a duration is a figure of its own (length_cues.txt),
    even with another figure after it in the sentence."""
    found = {f.text: f.metric for f in extract("为期36个月的先导计划共有7.8万人参加。").facts}
    assert found.get("36个月") == "为期"
    assert "30小时" in {f.text for f in extract("医生每次连续工作30小时，其他医生每周多工作5小时。").facts}


def test_the_length_of_a_whole_trip_is_a_figure_not_a_window():
    """全程约35分钟, 行程4天: how long a trip or a ride takes is a figure, though a fare follows it in its sentence."""
    found = {f.text for f in extract("某线每4分钟一班，全程约35分钟，车费由6.5元至41.5元不等。").facts}
    assert "约35分钟" in found and "6.5元至41.5元" in found


def test_trading_days_are_a_time_and_frame_the_figures_after_them():
    """自公告之日起十五个交易日后的三个月内减持N股: 十五个交易日 is a window (交易日 is a unit of time), no fact."""
    found = kept("拟自公告披露之日起十五个交易日后的三个月内，减持不超过1,627,520股。")
    assert found["十五个交易日"] is False and found["不超过1,627,520股"] is True


def test_a_window_read_into_the_figure_is_still_a_window():
    """近两年回升, 短短一天之内: the opener (近) or the closer (之内) the grammar reads into the figure still makes it a
    window, no fact; 执政近25年的政党 (after a verb) is a length, and 跌至近五年低点 a record."""
    assert kept("交通意外宗数近两年回升。") == {"近两年": False}
    assert kept("短短一天之内，市场情绪迅速降温。") == {"一天之内": False}
    assert kept("报道称，执政近25年的自民党与公明党联盟破裂。") == {"近25年": True}
    assert kept("二季度利润率跌至近五年低点。")["近五年"] is True


def test_a_sum_after_a_latin_word_is_still_a_sum():
    """混合定价为每百万token 0.22美元: money after a Latin word is an amount; Pixel 9 (no unit) still names a model."""
    assert kept("该模型的混合定价为每百万token 0.22美元。") == {"0.22美元": True}
    assert kept("谷歌发布Pixel 9手机。") == {"9": False}


def test_an_interval_between_two_events_is_a_figure():
    """相隔4年再发行债券，最高发行额150亿元: 相隔 makes 4年 a length of its own, not the next figure's window."""
    assert kept("金管局相隔4年再发行债券，最高发行额150亿元。")["4年"] is True


def test_a_series_name_and_its_number_written_twice_is_a_name():
    """畅享90起售价为1299元；畅享90 Plus起售价为1499元: 畅享90 recurs, so its 90 names a model."""
    found = kept("某品牌畅享90起售价为1299元；畅享90 Plus起售价为1499元。")
    assert found["1299元"] and found["1499元"] and not any(v for k, v in found.items() if k.startswith("90"))


def test_a_number_before_a_word_of_edition_names_a_model():
    assert kept("华为发布畅享 9 Plus，售价1299元。") == {"9": False, "1299元": True}
    assert kept("苹果发布17 Pro Max，起售价7999元。") == {"17": False, "7999元": True}


def test_a_number_inside_a_short_quoted_name_is_part_of_the_name():
    assert kept("扩大「两元乘车优惠」至60岁。") == {"两元": False, "60岁": True}
    assert kept("年限统一为“1年”。") == {"1年": True}  # a figure quoted alone
    assert kept("该矿堪称“中国第一大金矿”。") == {"第一": True}  # a rank


def test_the_time_between_two_services_is_a_fact():
    """每4分钟一班: a headway is the figure, not the base of a rate nor a window framing the next figure."""
    assert kept("高峰时段每4分钟一班，平峰每7至8分钟一班，日均客流9万人次。") == {
        "4分钟": True, "一班": False, "7至8分钟": True, "9万人次": True}
    assert kept("每10股派2元。") == {"10股": False, "2元": True}  # (the base of a rate stays out)


def test_a_streak_of_an_act_with_no_figure_after_it_in_its_clause_is_a_fact():
    """连续5年亏损，累计亏损18亿元: the streak's span is a figure of its own, while 连续两个月内 is a window."""
    assert kept("该公司已连续5年亏损，累计亏损18亿元。")["5年"] is True
    assert kept("公司拟在连续三个月内减持不超过1%的股份。")["三个月"] is False
    # a run of moves (连跌, 连升) is a streak too
    assert kept("某楼价指数连跌4个月，年内累跌6.1%。") == {"4个月": True, "6.1%": True}


def test_an_ordinal_of_kinds_layers_or_steps_is_an_enumerator():
    """第一种是…，第二种是…; 第一阶段: ordinals of kinds, layers, parts and steps enumerate the text's points; a rank
    (第二名) and an ordinal of quarters (第三个季度) are figures."""
    found = kept("判断方法分为两类：第一种是看估值，第二种是看盈利；第一阶段已完成，某公司排名第二名。")
    assert found["第一种"] is False and found["第二种"] is False and found["第一阶段"] is False
    assert found["第二名"] is True


def test_a_count_in_the_fixed_name_of_a_group_is_no_figure():
    """三大股指集体低开, 三大法人买超: the count names the group (name_numerals.txt), as 七大国集团 does."""
    found = kept("美股三大股指集体低开，台股三大法人买超120亿元。")
    assert found["三"] is False
    assert found["120亿元"] is True  # (买超 is net buying: 超 is no qualifier there)


def test_the_visible_tail_of_a_link_after_chinese_text_holds_no_figure():
    """研究30411-2/fulltext): a page saved without its link keeps the link's tail glued to the words before it;
    its numbers are still the link's, while 8GB/256GB (no word) stays a specification."""
    assert all(not k for k in kept("某期刊发表的一项研究30411-2/fulltext)指出风险上升。").values())
    assert kept("售价对应8GB/256GB版本。")["8GB"] is True


def test_an_index_name_written_with_spaces_around_its_numerals_holds_no_figure():
    """日经 225 指数: the numerals name the index (index_names.txt) with or without the spaces around them."""
    assert kept("日经 225 指数收盘下跌 1.5%。") == {"225": False, "1.5%": True}


def test_a_model_number_after_one_space_is_no_figure():
    """首次将麒麟 820 引入该系列: three or more digits after a noun and one space name a model, as 星枢9300 does."""
    assert kept("某手机首次将麒麟 820 引入该系列，售价1499元。") == {"820": False, "1499元": True}


def test_the_span_of_a_superlative_record_is_a_fact_named_by_the_record():
    """创近十年最大降幅: the span belongs to the record (record_after, shared with the periods), is a fact named by it,
    and is no window of time for the figures after it."""
    found = {f.text: f for f in extract("5月全省发电量同比下降6.1%，创近八年最大降幅，火电降幅扩大至3.2%。").facts}
    assert found["近八年"].metric == "最大降幅"
    assert found["3.2%"].period == "5月"


def test_the_year_before_as_a_base_of_comparison_frames_nothing():
    """比前一年: like 较上一年, the year compared with is a point in time, not a window over the figures after it."""
    found = {f.text: f.period for f in extract("某署去年接到1,200宗投诉，比前一年多三成，预算为1.5亿元。").facts}
    assert found["1.5亿元"] == "去年"
    assert kept("比前一年多三成。")["一年"] is False


def test_a_fiscal_year_written_with_a_slash_is_no_figure():
    """在15/16年的预算中, 2030/31年度: the numeral grammar reads 15/16 as a fraction; it is one fiscal year."""
    found = kept("在15/16年的预算中，涉及30亿元；2030/31年度预算为8亿元。")
    assert found["15/16年"] is False and found["2030/31年度"] is False
    assert found["30亿元"] is True
    assert kept("2030-31财年预算为8亿元。") == {"2030": False, "31": False, "8亿元": True}


def test_one_unit_of_time_beside_a_price_is_what_the_price_is_per():
    """80美元一个月的订阅, 最高一年3000元: the time is the price's denominator, no figure; 过去一年500亿元 is a
    window."""
    assert kept("80美元一个月的订阅。") == {"80美元": True, "一个月": False}
    assert kept("会员收费最高一年3000元。") == {"最高一年": False, "3000元": True}
    assert kept("过去一年发行500亿元债券，利差扩大10个基点。")["一年"] is False


def test_the_phase_of_a_name_and_the_block_of_an_address_are_no_facts():
    from pipeline import extract

    texts = {f.text for f in extract("某科技获产业基金三期持股2.15%。海景苑2期6座高层实用面积612呎。分4期支付。").facts}
    assert "三期" not in texts and "2期" not in texts and "6座" not in texts
    assert {"2.15%", "612呎", "4期"} <= texts


def test_ordinals_that_open_the_points_of_a_text_years_of_an_anniversary_and_congresses_are_not_facts():
    """Spurious rows listed in issue 16: enumerators (第一，), anniversaries (建党一百年), names with numbers."""
    assert not any(kept("报告提出：第一，扩大投资；第二，稳定物价。").values())
    assert kept("该队排名第一，领先对手。")["第一"] is True  # a rank after its verb stays
    assert kept("庆祝建国六十年的晚会举行。") == {"六十年": False}
    assert extract("会议传达学习党的二十大精神。").facts == []


def test_dialled_numbers_and_dates_written_with_a_middle_dot_are_not_facts():
    assert not any(kept("居民可拨打119求助，或致电热线 12388。").values())
    assert not any(kept("「6·18」前后，4·23读书日活动举行。").values())
    assert kept("热线接听量达到25万次。") == {"25万次": True}
    assert kept("撥打1823查詢。") == {"1823": False}  # traditional script


def test_a_number_inside_a_recognised_name_is_part_of_the_name():
    view = document_view("据81财经报道，营收增长5%。")
    named = DocumentView(view.text, view.tokens, view.quantities, [(1, 5, "ORG")])  # 81财经, as a name
    keep = Keep(named)
    assert {named.text[q.start : q.end]: keep.is_fact(q, k) for k, q in enumerate(named.quantities)} == {
        "81": False, "5%": True}


def test_a_duration_a_noun_is_said_to_be_is_a_figure_even_with_figures_after_it():
    assert kept("该院平均住院日为5.8天，病床使用率达88%。") == {"5.8天": True, "88%": True}
    assert kept("该工程工期约为4年，总投资达30亿元。")["约为4年"] is True  # 约为 read into the figure
    assert kept("近五年，全市累计引进企业超300家。")["近五年"] is False  # a frame still


def test_a_fiscal_year_before_its_tax_year_word_is_no_figure():
    assert kept("宽减2027/28课税年度的薪俸税。") == {"2027/28": False}


@pytest.mark.parametrize(("text", "figure"), [
    ("某软件巨头表示，26财年第二财季营收为69亿美元。", "69亿美元"),
    ("某芯片商预计，26财年Q2营收为45亿美元。", "45亿美元"),
    ("零售商在25财年关闭了120家门店。", "120家"),
    ("据悉，24財政年度政府開支為7000億元。", "7000亿元"),  # (the view's text is simplified)
    ("某云厂商称其25会计年度营收为57亿美元。", "57亿美元"),
    ("今年销量为25万辆，26财年目标提升到30万辆。", "30万辆"),
])
def test_a_year_said_by_two_digits_before_a_fiscal_year_word_is_no_figure(text, figure):
    """26财年 names a fiscal year by its last two digits, like 2026财年: no count of 26."""
    facts = kept(text)
    assert facts[figure] is True
    assert not any(value for span, value in facts.items() if span[:2].isdigit() and len(span) == 2)


@pytest.mark.parametrize(("text", "year", "figure"), [
    ("到30年，全省新能源装机将达到1亿千瓦。", "30年", "1亿千瓦"),
    ("预计到27年，市场规模将达到2000亿元。", "27年", "2000亿元"),
    ("力争到28年，全市研发投入占比达到3%。", "28年", "3%"),
])
def test_a_target_year_said_by_two_digits_after_dao_is_no_figure(text, year, figure):
    """到30年，… sets a target for a year, like 到2030年, no length of thirty years."""
    assert kept(text) == {year: False, figure: True}


def test_a_length_a_verb_extends_to_stays_a_figure():
    assert kept("贷款期限延长到30年，月供减少2000元。")["30年"] is True


def test_a_count_of_fiscal_years_stays_a_figure():
    assert kept("这家公司已经连续12个财年实现盈利。") == {"12个财年": True}


def test_two_years_written_with_a_slash_are_no_figure():
    """2031/32两年, 31/32周期, and 2031/32 alone (a year and the next) span years; 2031/17 is a fraction."""
    assert kept("预计2031/32两年增速分别为3%。") == {"2031/32": False, "两年": False, "3%": True}
    assert kept("31/32周期电价上涨5%。") == {"31/32": False, "5%": True}
    assert kept("某市场2031/32容量电价上涨5%。") == {"2031/32": False, "5%": True}
    assert kept("该比值为2031/17。") == {"2031/17": True}


def test_a_bare_number_before_a_word_of_series_or_version_labels_a_release():
    assert kept("该厂推出星河3.5系列手机，并升级到 4.2 版本。") == {"3.5": False, "4.2": False}


def test_an_age_after_man_is_the_threshold_of_a_rule():
    assert kept("凡年满16周岁、未满21岁者可申请；王某今年47岁。") == {"16周岁": False, "未满21岁": False, "47岁": True}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["3579-2468", "1357", "-", "－", " ", "，", "。", "、", "(", "\n", "某号", "x/y", "2"]),
                max_size=12))
def test_phone_numbers_are_found_in_the_runs_that_hold_a_dash(pieces: list[str]) -> None:
    """Only a run holding a dash is read for a phone number written with its dash: the same spans as reading every
    run between the marks that end one."""
    import re

    from pipeline.facts.keep import _PHONE_PAIR, contacts_and_links

    text = "".join(pieces)
    every_run = [m.span() for m in re.finditer(r"[^ \t\n，。；：、,;()（）「」]+", text)
                 if "-" in m.group() and _PHONE_PAIR.search(m.group())]
    found = list(contacts_and_links(text))
    assert found[: len(every_run)] == every_run


def test_a_share_with_a_qualifier_after_a_latin_name_is_a_figure():
    """某基金最多持有ABC约10%的股权: a qualifier stands between the Latin name and the number, so it is no model."""
    assert [f.text for f in extract("这将让该基金最多持有ABC约10%的股权。").facts] == ["约10%"]


def test_the_next_one_of_a_time_unit_is_a_point_in_time():
    """预计下一季需求回暖: 下一季 is when, not one quarter."""
    assert extract("业界预计下一季需求回暖。").facts == []


def test_a_percentile_names_a_statistic_not_a_rank():
    assert kept("候诊时间的第75百分位为9周。") == {"第75百分": False, "9周": True}
    assert kept("候诊时间（第50个百分值）为6周。") == {"第50个": False, "6周": True}


def test_an_ordinal_before_a_word_of_steps_or_kinds_enumerates():
    assert kept("第二步是扩建仓库，第三种方案成本低12%。") == {"第二": False, "第三种": False, "12%": True}


def test_an_article_number_opening_a_line_is_a_heading_of_a_rule():
    assert kept("第八条 申请人应在五日内补交材料，逾期罚款2000元。")["第八条"] is False
    assert kept("该公司在榜单中排第八名。")["第八名"] is True


@pytest.mark.parametrize(("text", "article"), [("意见稿第十条提出，对违规企业处以罚款。", "第十条"),
                                               ("《办法》共32条，第五条对资金用途作出限制。", "第五条")])
def test_an_article_number_not_before_a_line_is_a_cited_article(text: str, article: str) -> None:
    """第N条 before no line, road or bridge cites a rule's article (D6), no rank."""
    assert kept(text)[article] is False


def test_an_ordinal_of_lines_built_stays_a_rank() -> None:
    assert kept("该市第5条地铁线路今年开通。")["第5条"] is True


def test_an_ordinal_of_items_is_an_enumerator() -> None:
    """D43: 第二项指控 enumerates the text's own items, like 第一种."""
    found = kept("會議通過了兩項議案，第一項涉及預算，第二項涉及人事。")
    assert found == {"两项": True, "第一项": False, "第二项": False}


def test_a_title_of_first_listed_stock_and_a_division_number_are_names():
    assert kept("该公司有望成为国产轴承第一股。") == {"第一股": False}
    assert kept("农垦第六师下属企业营收增长9%。") == {"第六": False, "9%": True}


def test_a_day_in_brackets_inside_yesterday_or_today_is_a_date():
    assert kept("某电子昨（21）日公布营收58亿元。") == {"21": False, "58亿元": True}


def test_a_count_of_the_places_an_indicator_covers_is_part_of_its_name():
    found = kept("上月35个大中城市新建住宅价格环比下降0.3%。调查覆盖12个国家的900家企业。")
    assert found == {"35个": False, "0.3%": True, "12个": True, "900家": True}


def test_a_week_of_a_month_is_a_point_in_time_not_a_rank():
    assert kept("5月第2周玉米均价为每吨2310元。") == {"5月": False, "第2周": False, "2310元": True}


def test_the_length_of_an_act_held_for_a_stretch_is_a_figure_not_a_window():
    """持货13年, 供款22年, 出战37分钟: how long an act lasted is a figure of its own; it frames none after it."""
    found = {f.text: f for f in extract("某业主2019年以412万元购入，持货13年，账面获利327万元。").facts}
    assert found["13年"].metric == "持货"
    assert found["327万元"].period == "2019年"
    assert "37分钟" in {f.text for f in extract("某后卫全场出战37分钟，砍下29分。").facts}


def test_an_hour_after_a_day_of_the_month_is_a_time_not_a_figure():
    found = {f.text: f for f in extract("截至8月3日17时，某队共获得13枚金牌。").facts}
    assert list(found) == ["13枚"]
    assert found["13枚"].period == "截至8月3日17时"


def test_a_score_told_in_the_headline_and_the_text_is_no_recurring_name():
    """95比71 twice: digits glued to 比 and another number are a score, not a name written twice (58同城); a
    winning run (五连胜) is counted in 连胜."""
    found = [(f.text, f.unit) for f in extract("主队95比71胜出\n昨晚主队以95比71击败客队，豪取五连胜。").facts]
    assert found == [("95", ""), ("71", ""), ("95", ""), ("71", ""), ("五连胜", "连胜")]


def test_the_terms_of_a_ratio_are_figures_and_a_projects_phase_is_a_name():
    """三次产业结构为7.0:38.5:54.5: 三次产业 names the sectors, and 7.0 before a colon is a ratio's first term, no
    version (混元3.0); 建设的三期工程: a phase names the project."""
    assert kept("全县三次产业结构为7.0:38.5:54.5。") == {"7.0": True, "38.5": True, "54.5": True}
    assert kept("集团投资80亿元建设的三期工程明年投产。") == {"80亿元": True, "三期": False}


def test_a_duration_a_verb_ends_its_clause_with_is_a_figure():
    """百公里加速6.3秒，油耗5.1升: the measure of the verb that ends its clause frames nothing after it."""
    assert kept("新车百公里加速6.3秒，综合油耗5.1升。") == {"6.3秒": True, "5.1升": True}


def test_a_range_of_figures_with_a_unit_is_no_phone_number_and_a_range_of_years_is_no_figure():
    """3300-3600亿元 and 4200-4500美元 look like 2466-7350 but carry a magnitude or a unit; 2027-2029 is two years."""
    assert kept("公司预计全年营收3300-3600亿元，查询热线2466-7350。") == {"3300-3600亿元": True, "2466-7350": False}
    assert kept("机构预计2027-2029年金价或达4200-4500美元/盎司。") == {"2027-2029": False, "4200-4500美元/盎司": True}


def test_a_moving_average_a_settlement_day_and_a_policy_name_are_no_figures():
    """跌破20日均线 (an indicator), T+2 (a schedule), 新国九条 (a policy's name), 科创板50 (an index)."""
    assert kept("该股跌破20日均线，收跌4%。") == {"跌破20日": False, "4%": True}
    assert kept("交易实行T+2交收，手续费0.1%。") == {"2": False, "0.1%": True}
    assert [f.text for f in extract("新国九条出台后，科创板50指数涨1.5%。").facts] == ["1.5%"]


def test_a_bus_route_number_is_no_figure():
    """971过海巴士, 57路公交车: the number names a route."""
    assert kept("途经荃湾的971过海巴士日均载客2.1万人次。") == {"971": False, "2.1万人次": True}
    assert kept("市民乘坐57路公交车只需1元。") == {"57": False, "1元": True}


def test_a_time_clocked_to_the_second_is_a_figure_though_figures_follow():
    """9秒87, 3分20秒, 1小时52分: a race's time or a headway is a result, not a window over the figures after it;
    a window of seconds (30秒内) still frames."""
    assert kept("某选手以9秒87的成绩夺冠，这是他第二次跑进10秒。")["9秒87"] is True
    assert kept("晚高峰行车间隔3分20秒，日均客运量18万人次。")["3分20秒"] is True
    assert kept("全程历经1小时52分，票价36元。")["1小时52分"] is True
    assert kept("开售30秒内卖出2万件。")["30秒"] is False


def test_a_length_named_by_its_noun_is_a_figure_though_figures_follow():
    """运行时间约50分钟, 车程约40分钟, 轮候时长为3周: a noun of length before the duration states it."""
    assert kept("全程运行时间约50分钟，单程票价6元。")["约50分钟"] is True
    assert kept("两地车程约40分钟，每日开行12班。")["约40分钟"] is True
    assert kept("平均轮候时长为3周，较去年缩短2天。")["3周"] is True


def test_the_step_of_a_sensitivity_is_the_base_of_a_rate():
    """燃料每上涨8美元，成本抬升约300元: the step after 每 and a verb, answered by another figure, is a rate's base;
    a step that one event happens per (每行驶3万公里发生一次故障) is the figure."""
    assert kept("燃料每上涨8美元，某类塑料成本抬升约300元。") == {"8美元": False, "约300元": True}
    assert kept("利率每下调0.25个百分点，项目回报率可提升0.6个百分点。")["0.25个百分点"] is False
    assert kept("车队每行驶3万公里发生一次故障，较去年改善。")["3万公里"] is True
    assert kept("车队每行驶3万公里发生一次故障，去年为2万公里。")["3万公里"] is True
    # a promotion's threshold after 每满 is a figure of its rule, not a base
    assert kept("门店推出每满200元立减30元活动。") == {"200元": True, "30元": True}


def test_a_price_per_litre_is_no_step_of_a_rise():
    """每升 before a sum of money is the litre the price is per (升 the verb 'rise' reads the same): the price is a
    fact even when a change answers it in the sentence; a step of a move stays a base."""
    assert kept("乙地柴油每升7.64元，较上周涨0.09元。") == {"7.64元": True, "0.09元": True}
    assert kept("气温每升1度，某地用电负荷增加约3%。")["1度"] is False


def test_a_score_after_a_colon_is_no_section_number():
    """25:18、26:24: the 18 before 、 follows a score's colon, not a heading's."""
    assert kept("比分为25:18、26:24。") == {"25": True, "18": True, "26": True, "24": True}


def test_a_duration_before_的_and_a_noun_is_how_long_it_lasts():
    """预缴了2年的管理费，合共… : the length of what is paid for is a figure though a sum follows; a time before now
    (前两年的) or a window (过去7个月的) is not, nor is a verb's measure (减免四季的差饷: the verb's change)."""
    assert kept("业主预缴了2年的管理费，合共4.8万元。")["2年"] is True
    assert kept("某品牌告别了前两年的颓势，销量增长30%。")["两年"] is False
    assert kept("过去7个月的动荡中，零售额下跌12%。")["7个月"] is False


def test_one_unit_of_measure_beside_a_price_is_what_it_is_per():
    """13.5元一公斤, 三百万（约数）一米: one unit of measure right after a price, a closing bracket between or not,
    is what the price is per."""
    assert kept("收购价为13.5元一公斤。")["一公斤"] is False
    assert kept("桥面造价三百万（约为280万元）一米。")["一米"] is False


def test_a_flat_layout_and_a_wafer_size_name_kinds():
    """高层3房单位, 3房2厅, 8吋晶圆厂: a layout and a wafer's diameter name a kind of flat or fab, no figure."""
    assert kept("某苑高层3房单位以690万元易手。") == {"3": False, "690万元": True}
    assert kept("该户型为3房2厅，面积96平方米。") == {"3": False, "2": False, "96平方米": True}
    assert kept("公司另有两座8吋晶圆厂。") == {"两座": True, "8吋": False}


def test_extra_time_is_a_figure_though_figures_follow():
    """转车多了15分钟，票价则低20元: the extra time is a figure, not a window over the figure after it."""
    assert kept("旅客转车多了15分钟，票价则低20元。") == {"15分钟": True, "20元": True}


def test_months_ended_on_a_date_are_a_reporting_period():
    """截至某年3月31日止六个月: the months a report covers frame its figures, whatever follows."""
    view = document_view("某集团公布截至2031年3月31日止六个月的业绩，收入增长6%。")
    keep = Keep(view)
    k, months = quantity(view, "六个月")
    assert not keep.is_fact(months, k)
    assert keep.frames == [(view.text.index("截至"), months.end)]


def test_the_day_or_years_before_are_a_time_not_a_length():
    assert kept("某指数从前一天的高位小幅回调。")["一天"] is False
    assert kept("某品牌告别了前三年的颓势。")["三年"] is False


def test_a_number_after_a_word_of_code_names_a_record():
    """答复编号：AB(C)412, 股票代码：600123: a reference or a security's code, no figure."""
    assert kept("（答复编号：AB(C)412），某局开支为12亿元。") == {"412": False, "12亿元": True}
    assert kept("股票代码：600123，股价涨5%。") == {"600123": False, "5%": True}


def test_a_power_of_ten_after_a_slash_is_what_a_rate_is_per():
    """孕产妇死亡率为9.6/10万: the rate is the figure, 10万 its base; 65岁及以上老年人 names a group."""
    assert kept("某县孕产妇死亡率为9.6/10万。") == {"9.6": True, "10万": False}
    assert kept("全县65岁及以上老年人健康管理率达到71%。") == {"65岁及以上": False, "71%": True}


def test_a_number_before_an_edition_word_names_a_model():
    """某芯8至尊版, 某机10青春版: the number and the edition name a model, no figure."""
    assert kept("某芯8至尊版跑分突破200万分。") == {"8": False, "突破200万分": True}
    assert kept("某机10青春版售价1299元。") == {"10": False, "1299元": True}


def test_a_magnitude_and_unit_alone_in_brackets_is_a_unit_note():
    facts = {f.text for f in extract("本地收入\n（百萬港元）\n項目\t2031年\n收入\t812\n项目涉及百万元资金。").facts}
    assert "百萬港元" not in facts and "百万元" in facts and "812" in facts


def test_a_word_opened_by_qian_after_a_duration_keeps_it_a_length():
    """4年前置期: 前 opens the noun 前置, so the duration is a length, not a time four years ago (4年前成立)."""
    assert kept("某类机组通常需要4年前置期，难以很快上线。")["4年"] is True
    assert kept("某公司4年前成立，此后一直亏损。")["4年"] is False


def test_floors_rooms_and_blocks_of_an_address_are_no_facts():
    """某大厦7楼, 806室, 4单元, 某路18号3栋: the parts of an address; 6栋楼, 9个单元 and 500万以下楼盘 stay figures."""
    found = kept("办事处设于某大厦7楼806室，他住在某路18号3栋4单元。")
    assert not any(found.values())
    found = kept("小区共有6栋楼、9个单元，500万以下楼盘成交活跃。")
    assert found["6栋"] and found["9个"] and found["500万以下"]


def test_a_delay_is_a_figure_not_a_window():
    """晚点25分钟, 推迟三年: how late a train runs or a plan starts is a figure, though a count follows it."""
    found = kept("某次列车晚点25分钟，约400名乘客受影响；某项目推迟三年投产，总投资60亿元。")
    assert found["25分钟"] and found["三年"]


def test_names_codes_and_days_written_as_numbers_are_no_facts():
    """一所211院校 (a list of universities), 两分球 (a kind of shot), 证券代码为300999 (a code after 为), 10.01当天 (a
    day written with a full stop): no figures; the figures beside them are."""
    found = kept("他毕业于一所211院校，两分球14投9中；证券代码为300999，10.01当天成交额达12亿元。")
    assert not any(found.get(text) for text in ("211", "两分", "300999", "10.01"))
    assert found["14"] and found["9"] and found["12亿元"]


def test_a_duration_ending_its_clause_after_an_object_is_a_figure():
    """补贴电费5个月，…: how long the act lasts, after its object at the clause's end, frames nothing after it."""
    found = kept("去年补贴电费5个月，今年改为补贴六成水费。")
    assert found["5个月"]


def test_a_day_of_an_event_a_wave_a_row_and_on_the_spot_are_no_ranks():
    """第三天 (a day of an event: a time), 第六波 (a wave names a phase), 第三排 (a row), 第一现场 (an idiom);
    连续第四日 is the rank of a run."""
    found = kept("他在第三排座位上第一现场见证夺冠，第三天再夺一金；第六波疫情中，股价连续第四日上涨。")
    assert not any(found.get(text) for text in ("第三", "第一", "第三天", "第六"))
    assert found["第四日"]


def test_the_minute_of_a_match_is_a_time_not_a_rank():
    """第83分钟破门: the minute of a match is a point in time, like a time of day."""
    assert kept("某队在第83分钟破门，以2:0取胜。")["第83分钟"] is False


def test_pages_episodes_plans_and_cited_articles_are_no_ranks():
    """第6版 (a page), 第8集 (an episode), 第十三个五年规划 (a plan's name), 该条例第四条 and 第九条规定 (an
    article cited from a rule): labels, no ranks; 居同期第二 still ranks."""
    found = kept("某报第6版报道，某剧第8集播放量居同期第二；"
                 "第十三个五年规划期间，该条例第四条和第九条规定罚款上限为8万元。")
    assert not any(found.get(text) for text in ("第6", "第8集", "第十三个", "第四条", "第九条"))
    assert found["第二"] and found["8万元"]


def test_the_top_of_a_list_that_names_the_list_is_no_rank():
    """前二十大股东名单, 跌幅前10：…: the top N names a list or titles it; 位居行业前三 still ranks."""
    found = kept("某基金已退出该股前二十大股东名单。\n跌幅前10：某某股份领跌。\n该公司位居行业前三。")
    assert not found["前二十"] and not found["前10"] and found["前三"]


def test_a_size_that_names_a_class_is_no_fact():
    """五万卡级集群 (a class of cluster by its cards): a label; 建成五万卡集群 counts the cards."""
    assert kept("算力集群正由千卡级向五万卡级演进。")["五万卡"] is False
    assert kept("某地建成五万卡智算集群。")["五万卡"] is True


def test_a_quoted_figure_with_its_fraction_is_a_figure_but_a_quoted_whole_number_a_name():
    """接受“3点几”的通胀: a figure quoted; 「211」 alone in quotes names a list of universities."""
    assert kept("市场已接受“3点几”的通胀。")["3点几"] is True
    assert kept("该校是「211」院校。")["211"] is False


def test_a_level_told_twice_is_no_recurring_name():
    """某指数仍在88上方; …88上方震荡: digits glued to a locative word twice are a level, not a name like 58同城."""
    found = kept("某指数仍在88上方震荡。\n午后该指数仍在88上方徘徊。")
    assert all(found.values())


def test_one_in_a_list_of_counts_is_counted():
    """某市三座、某县一座: 一 beside another count of its classifier is a count; 一个项目、一个平台 stay articles."""
    assert kept("公司在某市有三座、某县一座工厂。")["一座"] is True
    assert kept("这是一个项目、一个平台。")["一个"] is False


def test_a_headway_before_its_change_is_a_headway_too():
    """由每6分钟加密至每4分钟一班: the service word follows the second headway only; both are figures."""
    found = kept("某线繁忙时段班次由每6分钟加密至每4分钟一班，载客量提升约15%。")
    assert found["6分钟"] and found["4分钟"]


def test_the_first_or_previous_n_events_are_no_rank():
    """前两次均发生在…, 在前四轮比赛中: a window or a reference back (D43), no rank; 排名小组前二 still ranks."""
    found = kept("这是第五次加息，前两次均发生在上半年；他在前四轮比赛中全胜，排名小组前二。")
    assert not found["前两次"] and not found["前四轮"] and found["前二"] and found["第五次"]


@pytest.mark.parametrize("text, week", [("第47周全国猪肉价格下跌2%。", "第47周"),
                                        ("今年第47週，出口按年增長5%。", "第47週"),
                                        ("新片上映第二周票房达3亿元。", "第二周")])
def test_a_week_of_a_year_or_of_a_run_is_a_point_in_time(text, week):
    facts = [f.text for f in extract(text).facts]
    assert week not in facts and len(facts) == 1


def test_a_week_in_a_streak_stays_a_rank():
    assert "第3周" in [f.text for f in extract("该股连续第3周上涨，累计涨幅达12%。").facts]


@pytest.mark.parametrize("text", ["上周（11.18-11.24），成交量增长15%。", "上週(11.18-11.24)，新盤售出1200伙。",
                                  "11.18-11.24期间，成交量增长15%。", "12.28-1.3期间，乘用车零售50万辆。"])
def test_a_range_of_days_written_with_full_stops_is_no_figure(text):
    assert len(extract(text).facts) == 1


@pytest.mark.parametrize("text, figure", [("股价区间为11.18-11.24元。", "11.18-11.24元"),
                                          ("市盈率在11.18-11.24倍之间。", "11.18-11.24倍"),
                                          ("预计增速为5.1-5.5，高于去年。", "5.1-5.5")])
def test_a_range_of_decimals_with_a_unit_or_no_mark_of_days_stays_a_figure(text, figure):
    assert [f.text for f in extract(text).facts] == [figure]


@pytest.mark.parametrize("text, figure", [("政府预计2027-28至2029-30年度的赤字合共300亿元。", "300亿元"),
                                          ("政府預計2027-28至2029-30年度的赤字合共300億元。", "300億元"),
                                          ("在2027-28至2029-30的三年間，收入將增長10%。", "10%"),
                                          ("2019-20赛季，球队赢得50场比赛。", "50场")])
def test_a_span_of_fiscal_years_written_with_dashes_is_no_figure(text, figure):
    """2027-28至2029-30: the grammar reads 28至2029 as a range; a year and the next one's two digits are a fiscal
    year, whatever follows."""
    assert [f.text for f in extract(text).facts] == [figure]


@pytest.mark.parametrize("text, figure", [("十大屋苑上周共录得35宗成交。", "35宗"),
                                          ("本港十大藍籌屋苑本週末錄得12宗買賣。", "12宗"),
                                          ("该基金现身5家公司十大流通股东之列。", "5家"),
                                          ("前十大股东合计持股55%。", "55%")])
def test_standing_lists_named_by_their_size_are_labels(text, figure):
    assert [f.text for f in extract(text).facts] == [figure]


@pytest.mark.parametrize("text, figures", [
    ("某国平板电脑芯片前五名合计拿下71.4%的市场。", ["71.4%"]),
    ("前五大供应商占采购总额的97%。", ["97%"]),
    ("中国智能手机市场排名前五的手机厂商市场份额从此前的70%升至80%。", ["70%", "80%"]),
    ("去年该品牌掉出了前五，沦为其他。", []),
    ("五大银行的贷款占全市场的四成。", ["四成"]),
])
def test_the_top_n_whose_share_is_measured_or_a_list_left_is_no_rank(text, figures):
    assert [f.text for f in extract(text).facts] == figures


@pytest.mark.parametrize("text, rank", [("该公司市场占有率排名全球前三。", "前三"),
                                        ("股息率升至行业前三名。", "前三名"),
                                        ("该公司是全球前五大PC品牌中最积极的一家。", "前五"),
                                        ("这只基金新晋为该公司前十大重仓股。", "前十")])
def test_a_position_in_the_top_n_stays_a_rank(text, rank):
    assert rank in [f.text for f in extract(text).facts]


def test_a_count_before_a_total_of_its_own_stays_a_count():
    assert [f.text for f in extract("五大科技公司研发费用合计近3000亿元。").facts] == ["五", "近3000亿元"]


@pytest.mark.parametrize("text, figure", [("查询热线：400-820-8820，服务费每次30元。", "30元"),
                                          ("免费热线800-810-8888，年费为200元。", "200元"),
                                          ("如有疑问请致电(852) 2345-6789，费用为200港元。", "200港元"),
                                          ("查詢請致電（852）2345 6789，費用為200港元。", "200港元"),
                                          ("请致电+852 2345 6789，费用为200港元。", "200港元"),
                                          ("联系电话：021-6123-4567，门票50元。", "50元")])
def test_phone_numbers_in_groups_or_with_a_calling_code_are_no_figures(text, figure):
    assert [f.text for f in extract(text).facts] == [figure]


@pytest.mark.parametrize("text", ["应纳税额=应纳税所得额×25%-速算扣除数。", "评分=0.6×得分+0.4×出勤。",
                                  "年化收益率=日收益率×365。", "指数=收盘价÷1000。"])
def test_a_constant_multiplying_or_dividing_a_word_is_no_figure(text):
    assert extract(text).facts == []


def test_a_product_of_numbers_is_still_read():
    assert "40米" in [f.text for f in extract("面积为30×40米。").facts]


@pytest.mark.parametrize("text, figures", [
    ("該聯網輪候時間長達161星期，是7個聯網之中最長。", ["161星期"]),
    ("該區家庭入息中位數為2.5萬元，在7個聯網中屬偏低。", ["2.5萬元"]),
    ("该公司以35亿元的拟募资额位居19家企业之首。", ["35亿元"]),
    ("在31个申万一级行业中，食品饮料板块下跌最多，跌幅达10%。", ["10%"]),
    ("全市7个区中有5个区录得增长。", ["7个", "5个"]),
])
def test_the_count_of_the_set_a_superlative_is_taken_in_is_no_figure(text, figures):
    assert [f.text for f in extract(text).facts] == figures


def test_a_count_of_large_cities_in_a_statistic_s_name_is_part_of_it():
    """31个大城市城镇调查失业率 (decision D69): the count fixes the statistic's scope."""
    assert [f.text for f in extract("3月全国城镇失业率为5.9%，36个大城市城镇失业率为5.4%。").facts] == ["5.9%", "5.4%"]


@pytest.mark.parametrize(("text", "expected"), [
    ("城乡常住人口比例约为1:15。", {"约为1": False, "15": True}),
    ("新旧产能之比为2.3:1。", {"2.3": True, "1": False}),
    ("该项目投入产出比约为1:6。", {"约为1": False, "6": True}),
    ("该基金按1:8的比例拆分份额。", {"1": False, "8": True}),
])
def test_a_two_term_ratio_with_a_term_one_is_one_figure(text: str, expected: dict[str, bool]) -> None:
    """D74: a ratio of two terms, one of them 1, is one figure, the other term (10:1 → 10, 1:6 → 6)."""
    assert kept(text) == expected


def test_a_ratio_of_one_to_one_is_one_figure() -> None:
    view = document_view("新招员工男女比例为1:1。")
    keep = Keep(view)
    assert [keep.is_fact(q, k) for k, q in enumerate(view.quantities)] == [True, False]


@pytest.mark.parametrize(("text", "expected"), [
    ("公私营床位比例为6:4。", {"6": True, "4": True}),  # no term 1: two figures
    ("甲队以2:1击败乙队。", {"2": True, "1": True}),  # a score, no word of ratio
    ("比分为1:0。", {"1": True, "0": True}),
    ("甲乙丙三方出资比例为1:2:3。", {"1": True, "2": True, "3": True}),  # three terms: one figure each
])
def test_a_score_or_a_ratio_without_a_term_one_keeps_every_term(text: str, expected: dict[str, bool]) -> None:
    assert kept(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("表1：各区常住人口\n全市人口增长2%。", {"1": False, "2%": True}),
    ("圖2 歷年出口金額\n出口增長8%。", {"2": False, "8%": True}),
    ("附表3：主要经济指标", {"3": False}),
    ("营收增长5%（见图6）。", {"5%": True, "6": False}),
    ("如图7所示，出口增长8%。", {"7所": False, "8%": True}),
    ("详见表4。", {"4": False}),
])
def test_the_number_of_a_table_or_a_figure_is_no_fact(text: str, expected: dict[str, bool]) -> None:
    """表1：, 图2 at a line's opening, 附表3, 见图6, 如图7所示: the number names a table or a figure."""
    assert kept(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("全市新建学校5所。", {"5所": True}), ("该市有5所示范学校。", {"5所": True}),
    ("他代表1家企业发言。", {"1家": True}),
    ("全市有图书馆2座。", {"2座": True}),
])
def test_a_count_near_a_word_with_biao_or_tu_is_still_a_fact(text: str, expected: dict[str, bool]) -> None:
    assert kept(text) == expected


@pytest.mark.parametrize("text", ["今年头两个月，出口增长8%。", "头三个月，全市新增就业1.2万人。",
                                  "该店开头两年亏损3亿元。"])
def test_the_first_months_with_tou_are_a_window_like_shou(text: str) -> None:
    """头两个月 (as 首两个月, 前两个月): the first months of a year are when the figure after them holds, no fact."""
    facts = kept(text)
    assert [f for f, is_fact in facts.items() if is_fact] == [list(facts)[-1]]
    assert not any(is_fact for f, is_fact in facts.items() if f.endswith(("月", "年")))


@pytest.mark.parametrize(("text", "labels"), [
    ("甲队在4×100米接力决赛中以38秒10夺冠。", ["4", "100米"]),
    ("她在200米蝶泳决赛中游出2分06秒。", ["200米"]),
    ("乙选手赢得110米栏冠军。", ["110米"]),
    ("男子4x400米接力，丙队获得银牌。", ["4", "400米"]),
    ("某某在100米比赛中跑出9秒95。", ["100米"]),
])
def test_a_distance_naming_a_sporting_event_is_a_label(text: str, labels: list[str]) -> None:
    """4×100米接力, 200米蝶泳, 110米栏: the distance (and a relay's number of legs) names the event (D59)."""
    facts = kept(text)
    assert all(not facts.get(label, False) for label in labels), facts  # (4x: no number read before a letter)


@pytest.mark.parametrize(("text", "figure"), [
    ("他每天跑步10公里。", "10公里"), ("某市马拉松全程42.195公里。", "42.195公里"), ("泳池长50米。", "50米")])
def test_a_distance_run_or_measured_is_a_figure(text: str, figure: str) -> None:
    assert kept(text)[figure]


@pytest.mark.parametrize(("text", "ordinal"), [
    ("某县第二中学今年录取新生800人。", "第二"), ("甲市第一人民医院接诊120万人次。", "第一"),
    ("乙市第三中級人民法院審結案件3200宗。", "第三"), ("丙省第五研究所有员工300名。", "第五")])
def test_an_ordinal_inside_a_numbered_institutions_name_is_no_rank(text: str, ordinal: str) -> None:
    """某县第二中学, 第一人民医院: the ordinal names the school, hospital or court (D6)."""
    assert not kept(text)[ordinal]


def test_a_rank_before_an_institution_word_stays_a_rank() -> None:
    assert kept("该院在全市排名第一医院之列。")["第一"]


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("某项目成本收益比约为1：6。", 6, "approx"), ("甲地男女比例接近1:1.2。", 1.2, "approx"),
    ("乙校师生比約為1:15。", 15, "approx"), ("丙县城乡收入比为1:2.5。", 2.5, "exact")])
def test_a_qualifier_before_a_ratios_base_qualifies_its_figure(text: str, value: float, qualifier: str) -> None:
    """约为1:6: 约 is read into the base term 1, which is no fact (D74); the ratio's figure 6 takes it."""
    assert [(f.value, f.qualifier) for f in extract(text).facts] == [(value, qualifier)]


@pytest.mark.parametrize(("text", "term"), [
    ("甲某被判处有期徒刑三年，并处罚金人民币8万元。", "三年"), ("乙某被判囚4年2個月，另罰款3萬元。", "4年2个月"),
    ("丙某获缓刑两年，须做社会服务120小时。", "两年"), ("丁某被判入狱18个月，罚款2万元。", "18个月")])
def test_a_sentence_a_court_sets_is_a_figure_not_a_window(text: str, term: str) -> None:
    """有期徒刑三年，并处罚金…: the term of a sentence is reported, it frames none of the figures after it."""
    assert kept(text)[term]


@pytest.mark.parametrize(("text", "model"), [
    ("该机搭载第二代骁龙8处理器。", "8"), ("星河14发布会上公布了售价。", "14"), ("乙耀90手机首销火爆。", "90")])
def test_one_or_two_digits_between_a_name_and_a_noun_are_a_model(text: str, model: str) -> None:
    """骁龙8处理器, 星河14发布会: one or two digits glued between a name and a noun name a model (D6)."""
    assert not kept(text).get(model, False)


@pytest.mark.parametrize(("text", "figure"), [("某指数报8点。", "8点"), ("该市人口约800万，", "约800万")])
def test_a_figure_with_a_unit_or_after_a_verb_is_no_model(text: str, figure: str) -> None:
    assert kept(text)[figure]


def test_digits_before_da_and_a_group_noun_stay_a_count() -> None:
    """乙县4个乡镇3大类农户: N大 + a group noun counts the group (D31), though a noun stands before the digits."""
    assert kept("调查覆盖乙县4个乡镇3大类农户。")["3"]


def test_a_negated_or_undated_first_time_is_no_rank():
    """不是第一次, 平生第一次: "(not) for the first time", like 首次; a dated window counts repeats (D5)."""
    assert kept("这不是该指数第一次跌破3000点。")["第一次"] is False
    assert kept("這已不是港府第一次派錢。")["第一次"] is False
    assert kept("他说这是他平生第一次见到这种行情。")["第一次"] is False
    assert kept("这是有史以来第一次出现负利率。")["第一次"] is False
    assert kept("这是某某公司成立以来第一次出现亏损。")["第一次"] is False
    assert kept("該集團上市以來第一次錄得虧損。")["第一次"] is False
    assert kept("这是甲银行自2027年起第一次降息。")["第一次"] is True
    assert kept("这是央行今年第一次加息。")["第一次"] is True
    assert kept("甲市今年第二次下调房贷利率。")["第二次"] is True
    assert kept("第三次试举他成功举起120公斤。")["第三次"] is True


def test_the_share_of_the_first_supplier_measures_concentration():
    """第一大客户占比: how concentrated sales are, no rank; 第二大股东 and 第一大手机供应商 are ranks."""
    assert kept("五名大客户合计占六成，其中第一大客户占比为25%。")["第一"] is False
    assert kept("某公司第二大客户占营收的18%。")["第二"] is False
    assert kept("第二大股东持有12%的股份。")["第二"] is True
    assert kept("某品牌是全球第一大手机供应商。")["第一"] is True


def test_an_ordinal_of_the_texts_own_points_is_an_enumerator():
    """第一个问题, 第二项措施: the text numbers its own points (D44); 第一颗卫星, 第一个登上… stay ranks (D59)."""
    assert kept("第一个问题是成本太高。")["第一个"] is False
    assert kept("第二项措施是减税。")["第二项"] is False
    assert kept("他提出的第三个原因是需求疲弱。")["第三个"] is False
    assert kept("第一颗卫星于去年发射。")["第一颗"] is True
    assert kept("他是第一个登上月球的人。")["第一个"] is True


def test_an_ordinal_of_a_stretch_of_time_frames_it():
    """第一个十年里: the first decade is a time frame, no rank; the figure it frames stays."""
    found = kept("第一个十年里，公司营收增长3倍。")
    assert found["第一个"] is False and found["3倍"] is True


@pytest.mark.parametrize("note", ["单位：港币百万元", "單位：百萬元", "单位: 千美元"])
def test_a_unit_note_after_a_unit_label_is_no_figure(note: str) -> None:
    """单位：港币百万元 on its own line above a table says in what its figures are written, like （百万港元）; it was
    kept as a figure of one million."""
    text = f"某某集团年度业绩\n{note}\n项目\t2031年\n营业额\t5,100\n"
    assert [f.text for f in extract(text).facts] == ["5,100"]


@pytest.mark.parametrize(("text", "figure"), [
    ("十一假期首日，车流量达28万辆次。", "28万辆次"), ("十一黄金周期间，游客增长5%。", "5%"),
    ("今年五一小长假，客流达120万人次。", "120万人次")])
def test_a_holiday_named_by_its_date_is_no_figure(text: str, figure: str) -> None:
    """十一假期 (the National Day holiday) names a time; its 十一 was kept as a figure of eleven."""
    assert {k for k, v in kept(text).items() if v} == {figure}


def test_a_spread_over_a_base_rate_is_a_figure() -> None:
    """P-2.75%, H+1.3%: the signed spread after the letter of a base rate is a figure (D73), not a name's number."""
    assert kept("甲計劃息率為P-2.75%，乙計劃為H+1.3%。") == {"-2.75%": True, "+1.3%": True}


@pytest.mark.parametrize(("text", "term"), [
    ("買家首3年只須供利息，其後每月供款2萬元。", "3年"), ("新客户头12个月免息，之后年息3厘。", "12个月"),
    ("首兩年無須還本，每月只付息約8000元。", "两年")])
def test_an_initial_term_is_a_figure_of_its_own(text: str, term: str) -> None:
    """首3年只須供利息: an initial term, before what it lets one do or spares one, is a fact (D72); it was taken for
    the window of the figures after it."""
    assert kept(text)[term] is True


def test_a_first_window_before_a_measure_still_frames_it() -> None:
    assert kept("該基金首5年內累計派息30億元。")["5年"] is False


@pytest.mark.parametrize(("text", "window"), [
    ("該股報2.1元，較一年高位大跌八成。", "一年"), ("甲股较52周低位反弹30%。", "52周"),
    ("乙指數距三個月高點仍有約5%。", "三个月")])
def test_a_window_in_the_name_of_a_level_compared_with_is_no_figure(text: str, window: str) -> None:
    """较一年高位: the window names the level a figure is compared with (D72); it was kept as a figure."""
    assert kept(text)[window] is False


@pytest.mark.parametrize(("text", "window"), [("某幣匯價跌至一週低位。", "一周"), ("金价创两年新高。", "两年")])
def test_a_window_of_a_record_stays_a_figure(text: str, window: str) -> None:
    assert kept(text)[window] is True


@pytest.mark.parametrize("text", [
    "两市成交额1.2万亿元。", "兩市個股普遍上漲，逾3000隻股票收紅。", "两市融资余额减少20亿元。"])
def test_the_two_stock_markets_written_bare_are_no_count(text: str) -> None:
    """两市成交额: 两市 names the two stock markets (like 沪深两市, D59), no count of two (it was kept)."""
    assert all(not fact for figure, fact in kept(text).items() if figure.endswith("市"))


def test_two_cities_before_no_market_word_stay_a_count() -> None:
    assert kept("该省共有两市三县。")["两市"] is True


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("甲公司第一、二季度的收入按年增长6%。", "二季度"),
        ("乙集團第三、第四季度的盈利合共2億元。", "第四季度"),
        ("丙企业第1、2季度出货量增长8%。", "2季度"),
        ("丁公司第三至四季度订单增加12%。", "四季度"),
    ],
)
def test_an_ordinal_listed_before_a_period_sharing_its_noun_is_no_rank(text: str, period: str) -> None:
    """第一、二季度 names the quarters Q1 and Q2: no rank 第一 among the facts."""
    facts = extract(text).facts
    assert facts and all(f.role != "rank" and not f.text.startswith("第") for f in facts)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("某商场的客流只恢复至疫前八成。", "八成"),
        ("乙市酒店入住率回升到疫情前七成", "七成"),
        ("某港口货量仅及战前六成", "六成"),
        ("丙店营业额已达节前九成", "九成"),
    ],
)
def test_qian_after_an_event_is_before_not_a_rank(text: str, figure: str) -> None:
    """疫前八成: 前 after an event means before it (pre-pandemic levels), so the figure is 八成, an amount."""
    fact = next(f for f in extract(text).facts if f.text.endswith(figure))
    assert fact.text == figure and fact.qualifier == "exact" and fact.role == "amount"


def test_a_real_rank_with_qian_stays() -> None:
    fact = next(f for f in extract("某品牌位列全国前三。").facts)
    assert fact.text == "前三" and fact.role == "rank"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("某疫苗試驗的參加者年齡介乎3個月至80歲。", "3個月", "80歲"),
        ("乙院患者年龄介于6个月至75岁之间。", "6个月", "75岁"),
        ("本次招募对象由18个月到12岁不等。", "18个月", "12岁"),
    ],
)
def test_a_range_across_two_units_gives_two_figures(text: str, low: str, high: str) -> None:
    """介乎3个月至80岁: the low end, in months, is a figure of its own (D47), not the window of the high end."""
    facts = {f.text: f for f in extract(text).facts}
    assert low in facts and high in facts and facts[high].period != low


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("甲公司与乙公司两家合计占据七成市场份额。", "两家"),  # D28: 两 after two names means both of them
        ("當局跟甲電及乙燈兩間供電商續約十年。", "两间"),  # (the view reads the text folded)
        ("据统计，丙银行及丁银行两家机构均上调了评级。", "两家"),
        ("某甲跟某乙两人在会上意见不同。", "两人"),
    ],
)
def test_two_after_two_names_means_both_no_count(text: str, both: str) -> None:
    assert kept(text)[both] is False


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("今年共有两家银行获批设立。", "两家"),  # no names before it: a count
        ("甲、乙、丙两家公司主导市场。", "两家"),  # three named, two counted: a count (D75 restates only as many)
        ("东京和大阪两个城市的房价上涨。", "两个"),  # 两个 + items not bodies (D55)
        ("酒类与饮料两大业务贡献了增长。", "两"),  # N大 + a group after its items (D44)
    ],
)
def test_other_twos_stay_counts(text: str, count: str) -> None:
    assert kept(text)[count] is True


def test_a_toll_free_line_is_no_figure():
    facts = kept("詳情可致電熱線0800-123-456查詢，逾三成用戶已登記。")
    assert facts.pop("逾三成") is True and not any(facts.values())


@pytest.mark.parametrize("stamp", ["10/05 14:30", "09/30", "12/05"])
def test_a_month_and_day_with_a_padded_slash_is_a_date(stamp: str) -> None:
    facts = kept(f"本文更新於{stamp}，約3/4受訪者支持。")  # (the view reads the text folded: 约)
    assert facts.pop("约3/4") is True and not any(facts.values())


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("丙热线全天24小时接听，来电量上升两成。", "24小时"),
        ("新系统可24小时不间断运行，故障率低于1%。", "24小时"),
        ("乙卫星网络明年起即可24小时覆盖全岛，用户预计达50万户。", "24小时"),
        ("丁球场全年365天开放，门店数量增至300家。", "365天"),
        ("該充電站15分鐘充滿，單樁日服務車輛40輛。", "15分钟"),  # (the view reads the text folded)
        ("某港口码头18小时连续装卸，吞吐量增长12%。", "18小时"),
    ],
)
def test_a_duration_before_the_act_of_its_clause_is_a_figure(text: str, duration: str) -> None:
    """24小时接听，…: how long the act of its clause runs is a figure (D59), not the window of a later clause's. (A
    noun after the duration, which it would qualify, leaves it alone: jieba tags 营业 a noun, so 24小时营业 too.)"""
    assert kept(text)[duration] is True


@pytest.mark.parametrize(
    ("text", "duration"),
    [
        ("两年营收增长30%，利润翻番。", "两年"),  # a figure in its own clause: the window of it
        ("按某线30年经营期测算，总收益可达500亿元。", "30年"),  # the term a projection is worked out over
        ("估计甲公司就10年经营权所付的费用，总额约80亿元。", "10年"),
        ("一年下来，乙店营业额增长四成。", "一年"),
    ],
)
def test_a_duration_that_frames_or_bases_a_later_figure_stays_a_frame(text: str, duration: str) -> None:
    assert kept(text)[duration] is False


def test_the_last_character_of_a_noun_opens_no_window():
    """码头18小时: 头 ends 码头, it does not open a window (头两个月) that would frame the growth after it."""
    view = document_view("该股作为行业龙头3年累计上涨200%。")
    keep = Keep(view)
    k, three_years = quantity(view, "3年")
    assert not keep.is_fact(three_years, k)
    assert keep.frames == [(three_years.start, three_years.end)]  # (no 头 in the frame)


@pytest.mark.parametrize(
    ("text", "voltage"),
    [
        ("某公司110千伏变电站投运，新增主变容量5万千伏安。", "110千伏"),
        ("甲省建成±800千伏特高压直流工程，输电能力800万千瓦。", "800千伏"),
        ("該區新建220千伏輸電線路3條，總長45公里。", "220千伏"),  # (the view reads the text folded)
    ],
)
def test_a_voltage_class_before_a_substation_or_line_names_its_kind(text: str, voltage: str) -> None:
    """500千伏变电站: a voltage class names a kind of substation or line, like 8英寸晶圆 (a size class, D66)."""
    facts = kept(text)
    assert facts.pop(voltage) is False and all(facts.values())


def test_a_voltage_measured_stays_a_figure():
    assert kept("某车型电池电压达到800伏，充电功率480千瓦。") == {"800伏": True, "480千瓦": True}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("全港十八區均有新增個案，合共80宗。", "十八区"),  # (the view reads the text folded)
        ("珠三角九市常住人口超过7800万人。", "九市"),
        ("欧洲五国的炼油产能合计约300万吨。", "五国"),
    ],
)
def test_a_count_of_parts_right_after_a_region_names_the_region(text: str, count: str) -> None:
    """珠三角九市, 全港十八区: the count of a region's parts written after its name is part of a standing name (D73)."""
    facts = kept(text)
    assert facts.pop(count) is False and all(facts.values())


def test_parts_counted_after_a_verb_stay_counts():
    assert kept("甲市下辖5区3县，常住人口300万人。") == {"5区": True, "3县": True, "300万人": True}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("政府延長四人限聚令至下月，食肆收入減少三成。", "四人"),  # (the view reads the text folded)
        ("當局實施兩人限聚令後，酒樓生意下跌五成。", "两人"),
        ("入境人士须遵守14天隔离令，检测费用每次240元。", "14天"),
    ],
)
def test_a_rule_named_by_a_head_count_or_days_holds_no_figure(text: str, count: str) -> None:
    """四人限聚令, 14天隔离令: the count glued before the word of the order names the rule (nor is the duration kept
    as a figure for want of another to frame)."""
    facts = kept(text)
    assert facts.pop(count) is False and all(facts.values())
    assert count not in {f.text for f in extract(text).facts}


def test_orders_counted_stay_counts():
    assert kept("某市三天内发出5人次的命令，涉及款项200万元。")["200万元"] is True
    assert kept("丙机构下达两人命令。") == {"两人": True}


@pytest.mark.parametrize(("text", "expected"), [
    ("某项目投入产出比约为1∶6。", [("6", "approx")]),
    ("城乡居民收入比为2.5∶1。", [("2.5", "exact")]),
    ("某地三次产业结构为2.1∶40.5∶57.4。", [("2.1", "exact"), ("40.5", "exact"), ("57.4", "exact")]),
])
def test_the_ratio_colon_of_mainland_statistics_reads_as_a_colon(text, expected):
    """∶ (U+2236, RATIO) is the colon mainland releases print in ratios: 1∶6 is one figure, as 1:6 is (D69, D71)."""
    assert [(f.text, f.qualifier) for f in extract(text).facts] == expected


def test_a_power_and_an_energy_written_with_a_slash_are_no_link():
    """100MW/200MWh: a storage plant's power and energy; the letters are units, no word of a link."""
    assert kept("某某储能的100MW/200MWh项目并网，乙公司50MW/100MWh項目在建。") == {
        "100MW": True, "200MWh": True, "50MW": True, "100MWh": True}


def test_a_panel_of_cities_named_before_a_clause_names_the_panel():
    """从60个大中城市看, 40个样本城市中: the count of a statistics panel is part of its name, even with the statistic in
    the next clause; the cities counted after it are figures."""
    assert kept("从60个大中城市看，房价下降的城市有41个。") == {"60个": False, "41个": True}
    assert kept("某机构40个样本城市中，有9个城市成交上升。") == {"40个": False, "9个": True}


@pytest.mark.parametrize(
    ("text", "points"),
    [
        ("业界认为，第一是要多建公屋，第二是要加快审批，新增用地300公顷。", ("第一", "第二")),
        ("當局表示，第一要穩定糧價，第二要增加儲備，目標為50萬噸。", ("第一", "第二")),  # (the view reads it folded)
        ("甲镇的做法：第一项是减免租金，第二项是发放补贴3000元。", ("第一项", "第二项")),
    ],
)
def test_ordinals_opening_the_points_of_a_text_before_is_or_must_are_enumerators(text, points):
    """第一是…，第二是…; 第一要…，第二要…: ordinals that open the clauses of a text's points one after another number
    them (D44), no rank; the figures of the points stay."""
    facts = kept(text)
    assert [facts.pop(p) for p in points] == [False, False] and all(facts.values())


def test_an_ordinal_before_is_that_opens_no_run_of_points_stays_a_rank():
    assert kept("乙省排名全国第二，第一是丙省。") == {"第二": True, "第一": True}


def test_the_ordinal_of_a_repeated_act_stays_a_rank():
    assert kept("某行今年第三次降息，幅度为25个基点。") == {"第三次": True, "25个基点": True}


@pytest.mark.parametrize("text", ["第一书记带领村民种植玉米200亩。", "他任第一副市长期间，粮食产量增长8%。",
                                  "該黨第一副主席表示，黨員人數增至3萬人。"])
def test_an_ordinal_glued_to_a_job_title_is_part_of_the_title(text):
    assert [f.text for f in extract(text).facts if f.role == "rank"] == []


def test_a_list_number_closed_by_a_bracket_alone_is_an_enumerator():
    assert kept("1）营收增长10%；2）净利润下降5%。") == {"1": False, "10%": True, "2": False, "5%": True}
    assert kept("要点：1) 出口增长3%；2) 进口下降2%。") == {"1": False, "3%": True, "2": False, "2%": True}


def test_an_ordinal_with_da_before_a_noun_of_the_texts_points_numbers_them():
    assert kept("其次，第二大原因是补贴退坡，补贴减少15亿元。") == {"第二": False, "15亿元": True}
    assert kept("甲港是全国第二大港口。") == {"第二": True}


@pytest.mark.parametrize(
    ("text", "top"),
    [
        ("甲基金前十大持仓中，有6只为科技股。", "前十"),
        ("在全球前二十大港口中，乙港位列第三。", "前二十"),
        ("榜單前100名中，中國企業佔據45席。", "前100名"),
    ],
)
def test_the_top_n_as_the_set_another_figure_is_stated_in_is_no_rank(text, top):
    """前十大持仓中，有6只: the top N is the set a figure is stated in (D54, D78), no rank of its own."""
    facts = kept(text)
    assert facts.pop(top) is False and all(facts.values())


def test_the_top_n_after_a_verb_of_ranking_stays_a_rank():
    assert kept("该省GDP位列全国前五。") == {"前五": True}
    assert kept("丙县排名全省前三中的第一。")["前三"] is True


def test_the_term_of_a_body_named_by_its_number_is_no_figure():
    assert kept("十四届全国人大第三次会议审议预算，赤字率为4%。")["十四届"] is False
    assert kept("公司五届董事会决议分红3亿元。")["五届"] is False
    assert kept("她曾参加过三届奥运会，共获得5枚金牌。") == {"三届": True, "5枚": True}


@pytest.mark.parametrize("text", [
    "企业要把安全生产放在第一位，全年事故下降12%。", "發展是第一要務，研發投入增加兩成。",
    "甲公司正在寻找第二曲线，新业务收入增长60%。", "第三世界國家的糧食進口增加了15%。",
    "乙市第三跑道系统启用后，客运量增至6000万人次。", "旅客可于第二航站楼登机，航班增加30班。",
])
def test_an_ordinal_in_an_idiom_or_a_numbered_facility_is_no_rank(text):
    """放在第一位, 第一要务, 第二曲线, 第三世界: an ordinal fused into an idiom (D65); 第三跑道, 第二航站楼: the number
    of an airport's facility names it; the figures beside them stay."""
    facts = extract(text).facts
    assert [f.role for f in facts if f.role == "rank"] == [] and len(facts) == 1


@pytest.mark.parametrize(
    ("text", "again"),
    [
        ("甲地规划用地80公顷。但调查发现，该80公顷中有六成为农田。", 1),
        ("乙舖面積為40平方米。店主稱，這40平方米包括閣樓。", 1),
        ("丙市拨款300万元。上述300万元将用于修路，占预算的5%。", 1),
    ],
)
def test_a_figure_after_a_demonstrative_restates_one_already_given(text, again):
    """该80公顷, 上述300万元: a measure or a sum after a demonstrative restates a figure already given (D56)."""
    view = document_view(text)
    keep = Keep(view)
    restated = [keep.is_fact(q, k) for k, q in enumerate(view.quantities)
                if view.text[max(q.start - 2, 0) : q.start].endswith(("该", "这", "上述"))]
    assert restated == [False] * again
    assert sum(keep.is_fact(q, k) for k, q in enumerate(view.quantities)) == len(view.quantities) - again


def test_a_figure_after_ought_to_or_a_bound_is_no_restatement():
    assert kept("今年增速应该30%左右。") == {"30%左右": True}


def test_an_exchange_rate_written_with_bi_is_one_figure_the_rate():
    """汇率1比32 (ANNOTATION.md: an exchange rate is one fact, the rate; the leading 1 is not), as 1:32 is."""
    facts = extract("以美元兑日元汇率1比150计算。").facts
    assert [f.text for f in facts] == ["150"] and facts[0].metric.endswith("汇率")
    assert [f.text for f in extract("甲队3比1胜乙队。").facts] == ["3", "1"]  # a score keeps both


@pytest.mark.parametrize("text", [
    "面对第四次工业革命，某省数字经济规模增长15%。", "甲县第九次经济普查的法人单位为3200个。",
    "第三次全國農業普查顯示，乙縣耕地面積為50萬畝。", "第二次世界大戰結束後，該鎮人口增至5萬。",
    "丙公司宣佈派發第三次中期息每股0.3元。", "推动第三次分配，某基金会今年捐赠2亿元。",
])
def test_an_ordinal_naming_a_census_an_era_or_a_war_is_no_rank(text: str) -> None:
    """第九次经济普查, 第四次工业革命, 第二次世界大战: 第N次 names an event of a numbered series (gold/README
    D5), no rank; the figure beside it stays."""
    facts = extract(text).facts
    assert len(facts) == 1 and facts[0].role != "rank"


def test_an_ordinal_of_repeats_stays_a_rank() -> None:
    assert [f.role for f in extract("这是某行年内第三次上调利率，幅度为0.25个百分点。").facts] == ["rank", "change"]


@pytest.mark.parametrize(("text", "first"), [
    ("第二及第三期工程預計投資120億元。", "第二"), ("某园区第一、第二阶段的补贴合计为3亿元。", "第一"),
    ("第一和第二代产品累计卖出500万台。", "第一"),
])
def test_an_ordinal_listed_before_a_phase_or_a_generation_is_a_label(text: str, first: str) -> None:
    """第二及第三期, 第一、第二阶段: the first of an elided list of labels shares their noun, no rank."""
    assert kept(text)[first] is False


def test_an_ordinal_listed_before_a_rank_stays_a_rank() -> None:
    found = kept("甲公司和乙公司分别排名第二及第三，份额为12%和9%。")
    assert found["第二"] is True and found["第三"] is True


@pytest.mark.parametrize("text", ["台北市第3選區有選民18萬人。", "新北市第一選舉區投票率達70%。",
                                  "某市公安局第五分局辖区人口为40万。"])
def test_a_numbered_district_is_named_no_rank(text: str) -> None:
    """第3选区, 第五分局: an electoral district or a police division is named by its number."""
    assert [f.role for f in extract(text).facts] == ["amount"]


@pytest.mark.parametrize("text", ["“十一狼”本赛季已赢下15场比赛。", "被球迷称为“三剑客”的甲、乙、丙共得60分。"])
def test_a_number_in_a_quoted_nickname_is_no_figure(text: str) -> None:
    """“十一狼”: a number with no unit inside a short quoted nickname is part of the name (D31), while the figures
    beside it stay."""
    found = kept(text)
    assert found.get("十一", False) is False and found.get("三", False) is False
    assert sum(found.values()) == 1


@pytest.mark.parametrize(("text", "length"), [
    ("某大桥从动工到通车仅用了18个月，总投资50亿元。", "18个月"),
    ("该试验持续了6个月，参与农户达300户。", "6个月"), ("新院区建设花了三年，床位增加800张。", "三年"),
])
def test_a_length_after_a_verb_and_its_particle_is_a_figure(text: str, length: str) -> None:
    """仅用了18个月，总投资…: the length a verb measures (through 了 or 过) is a figure, no window of the next one."""
    assert kept(text)[length] is True


def test_a_length_before_de_and_a_noun_after_a_particle_still_lasts_for_it() -> None:
    """预付了4年的会费，合共…: how long the thing after 的 lasts, a figure, not the period of the sum."""
    facts = {f.text: f for f in extract("某会员预付了4年的会费，合共6万元。").facts}
    assert "4年" in facts and facts["6万元"].period != "4年"


@pytest.mark.parametrize("text, span", [
    ("今年晚稻的生长期为120天，亩产达到650公斤。", "120天"),  # 生长期/j
    ("這種新品種玉米生長期為95天，畝產提高12%。", "95天"),
    ("该病潜伏期为14天，已有3人确诊。", "14天"),  # 潜伏期/t
    ("這批雞蛋孵化期為21天，出雛率達九成。", "21天"),
    ("某某科技的項目周期為兩年，總投資3億元。", "两年"),  # 周期/t (the view is simplified)
])
def test_the_length_a_copula_gives_a_span_noun_ending_in_qi_is_a_fact(text, span):
    # D3: 生长期为120天 states the span's own length (jieba tags such nouns j or t, not n); it frames nothing after
    facts = kept(text)
    assert facts[span] is True
    assert all(facts.values())


def test_a_point_or_window_ending_in_qi_before_a_copula_is_no_span():
    # 本期为两年来最低: 本期 is a point, not a span whose length is stated (two-character 期 words after a deictic)
    assert Keep.names_span("生长期") and Keep.names_span("工期") and Keep.names_span("账期")
    assert not any(Keep.names_span(w) for w in ("本期", "同期", "近期", "长期", "当期"))


@pytest.mark.parametrize("text, span", [
    ("该车型充电15分钟可行驶300公里，售价为18万元。", "15分钟"),
    ("這款手機充電10分鐘即可使用5小時，電池容量5000mAh。", "10分钟"),
    ("面条浸泡2小时即可食用，每包售价8元。", "2小时"),
    ("某某牌电饭煲预热3分钟就能煮饭，功率800瓦。", "3分钟"),
])
def test_a_duration_between_a_verb_and_a_modal_is_a_figure_not_a_window(text, span):
    # D3/D59: how long the act takes for the result after 可/即可/就能 is a figure, not the period of that result
    view = document_view(text)
    keep = Keep(view)
    k, q = quantity(view, span)
    assert keep.is_fact(q, k)
    assert keep.frames == []


def test_a_unit_of_time_with_no_verb_before_a_modal_stays_a_rate():
    # 新产线一小时就能装配2000台: no act is measured, 一小时 is what the output is per
    assert kept("新产线一小时就能装配2000台手机。") == {"一小时": False, "2000台": True}


def test_a_count_restating_the_bodies_just_named_is_no_fact():
    # D75, D78: 甲、乙、丙三家企业 only says how many bodies were named; more names than counted, or categories, stay
    assert kept("某甲公司、某乙集团、某丙银行三家企业合计投资50亿元。") == {"三家": False, "50亿元": True}
    assert kept("華南某銀行、北市某金庫與中部某銀行等三家銀行今年放款成長4%。") == {"三家": False, "4%": True}
    assert kept("某某农场与某某牧业两家公司均获补贴200万元。")["两家"] is False
    assert kept("两大车企甲汽车和乙汽车宣布联合投资30亿元。")["两"] is False
    assert kept("甲、乙、丙两家公司参与竞标，标的为8亿元。")["两家"] is True  # three names, two counted
    assert kept("甲地、乙地两大品类贡献营收3亿元。")["两"] is True  # categories are counted (D44)
    assert kept("丙县、丁县3家农村信用社完成合并，资产共50亿元。")["3家"] is True  # the names modify the noun counted


@pytest.mark.parametrize(
    ("text", "count", "is_fact"),
    [
        ("甲银行与乙银行昨日公布业绩。两家银行均表示净息差收窄0.1个百分点。", "两家", False),
        ("某证券和某基金发布研报，两家机构都将目标价上调至45元。", "两家", False),
        ("分析师点评了某车企与某电池厂的合作，两家企业的股价分别上涨5%和3%。", "两家", False),
        ("港府邀請甲電力及乙電力提交方案，兩間公司均建議加價4%。", "两间", False),
        ("甲電子與乙科技公布營收，兩家公司的月增率分別為12%及8%。", "两家", False),
        ("丙集团与丁集团签约后，两大集团的新设平台注册资本为8亿元。", "两", False),
        ("今年有三家机构均给予买入评级。", "三家", True),  # 有: a count of some
        ("入选的12家企业中，其余五家均来自长三角。", "五家", True),  # the rest, counted
        ("仅两家公司的营收超过百亿元。", "两家", True),
        ("三家公司获得首批牌照，每家需缴纳保证金5000万元。", "三家", True),  # nothing spread over them
    ],
)
def test_a_count_of_bodies_a_spreading_word_follows_points_back_at_them(text: str, count: str, is_fact: bool) -> None:
    """两家银行均, 两家机构都, 两家企业的: the bodies were met earlier; the count only points back at them (D76)."""
    assert kept(text)[count] is is_fact


def test_a_bare_count_after_named_bodies_restates_them_only_before_a_spreading_word():
    assert kept("某甲能源、某乙电力与某丙燃气三家均上调电价3%。")["三家"] is False
    assert kept("仅某甲能源、某乙电力与某丙燃气三家供应，年产量80万吨。")["三家"] is True
    assert kept("某甲、某乙和某丙三人出席，共持股12%。")["三人"] is True


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("巡回赛第一站在甲市开赛，奖金80万元。", "第一"),
        ("他在第18洞抓到老鹰球，以低于标准杆5杆领先。", "第18"),
        ("接力賽第三棒由某某出場，全隊奪得金牌2枚。", "第三"),
        ("第二茬茶叶亩产下降至60公斤。", "第二"),
        ("報告第12頁列出了數據，涉及3000戶。", "第12页"),
    ],
)
def test_an_ordinal_before_a_step_of_a_sequence_names_the_step(text: str, ordinal: str) -> None:
    assert kept(text)[ordinal] is False


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [
        ("甲城队在第8局打出全垒打，全场观众达2万人。", "第8局"),
        ("第四局比賽中，乙隊以兩分優勢領先，觀眾逾3000人。", "第四局"),
        ("她在第二盘以较大优势获胜，奖金为12万美元。", "第二"),
        ("丙队在第十轮联赛中战胜对手，积分升至30分。", "第十轮"),
        ("他在第二轮比赛中被淘汰，总奖金为5万元。", "第二轮"),
    ],
)
def test_an_ordinal_of_an_inning_a_set_or_a_round_of_a_contest_names_the_step(text: str, ordinal: str) -> None:
    """第8局, 第二盘, 第十轮联赛: an inning, a set or a round of a match or a league is a point in the contest, no
    standing among others."""
    assert kept(text)[ordinal] is False


def test_a_round_of_an_act_and_words_of_a_situation_stay():
    """第二轮融资 ranks the act repeated; 第一局面 is no inning (a rank before 局面)."""
    assert kept("公司完成第二轮融资，金额达5亿元。")["第二轮"] is True
    assert kept("该市经济总量稳居全省第一局面未变。")["第一"] is True


def test_a_rank_before_a_verb_written_like_a_step_stays():
    assert kept("甲市排名全省第一，站稳龙头。")["第一"] is True
    assert kept("该品牌销量位居第一站上新台阶。")["第一"] is True


def test_a_year_counted_from_an_event_is_no_rank():
    """上市后第三年: the year after an event is a point in time, like 第二天; 连续第三年 counts a run (D5)."""
    assert kept("某某公司投产后的第二年，营收达到3亿元。")["第二年"] is False
    assert kept("該廠落成後第三年，產能達到5萬噸。")["第三年"] is False
    assert kept("某某指数连续第三年上涨，涨幅达12%。")["第三年"] is True


def test_ordinal_idioms_of_a_title_or_a_first_gain_are_no_rank():
    """第一夫人 is a title and 第一桶黄金 the idiom 第一桶金 spelt out: no ordinal is measured."""
    assert kept("甲国第一夫人出席活动，现场募款200万元。") == {"第一": False, "200万元": True}
    assert kept("他在乙县挖到第一桶黄金，随后投资3000万元。") == {"3000万元": True}


@pytest.mark.parametrize("text, figure", [
    ("他昨晚在网吧玩某某纪元2，一直玩到凌晨。", "2"),
    ("不少玩家仍然喜欢飞龙传说3和其他老游戏。", "3"),
    ("續作預計明年推出，而某某戰記3則延期。", "3"),
    ("世界范围内某某传奇2选手的排名有变。", "2"),
])
def test_one_digit_glued_to_a_name_numbers_a_sequel(text, figure):
    assert kept(text)[figure] is False


def test_one_digit_after_a_word_of_measure_stays_a_figure():
    assert kept("该球员本场评分9，全队最高。")["9"] is True


@pytest.mark.parametrize("text", ["甲城队vs乙镇队两队历史上交手12场。", "丙山队 VS 丁河队两队上赛季都降级了。",
                                  "戊市队和己县队两队均已出线。"])
def test_two_teams_after_their_names_mean_both(text):
    facts = kept(text)
    assert facts["两队"] is False
    assert all(v for k, v in facts.items() if k != "两队")


def test_two_teams_with_no_names_before_stay_a_count():
    assert kept("本届赛事共有两队报名。")["两队"] is True


@pytest.mark.parametrize("text", ["该学者曾发表论文30篇【3】【4】。", "他曾任某协会副主席[12]，后退休。"])
def test_a_number_alone_in_square_brackets_marks_a_note(text):
    facts = kept(text)
    assert not any(facts[k] for k in facts if k.isdigit())


@pytest.mark.parametrize("text", ["短信验证码：583920，请勿泄露。", "邮编：518000，地址见下。"])
def test_a_number_after_a_word_of_code_is_a_code(text):
    assert not any(kept(text).values())


def test_a_listing_in_brackets_with_link_words_is_a_code():
    facts = kept("目前仅有某某银行(601234,股吧)和某某科技（300123，行情）免收费用。")
    assert facts["601234"] is False and facts["300123"] is False


def test_one_digit_before_a_word_starting_with_bi_numbers_a_sequel():
    assert kept("某协会的飞龙传说3比赛在乙国很公开。")["3"] is False


@pytest.mark.parametrize("text, year", [("第二年，他搬到了甲市。", "第二年"),
                                        ("第一年免收管理费，此后每年收费200元。", "第一年"),
                                        ("他开了第一家店，第一年月销量就在3万元左右。", "第一年")])
def test_the_nth_year_as_the_time_something_happened_is_no_rank(text, year):
    assert kept(text)[year] is False


@pytest.mark.parametrize("text, when", [("第一个季度，出口增长6%，第二个季度增长4%。", "第二个季度"),
                                        ("上市第一个交易日，该股大涨120%。", "第一个交易日"),
                                        ("该店开业第二个月营业额就达到50万元。", "第二个月"),
                                        ("進入第二個月後，銷量回落至3000台。", "第二个月")])
def test_the_nth_month_quarter_or_trading_day_counted_with_ge_is_no_rank(text, when):
    """第二个月 is the month something happened, a point in time like 第二年; the figure after it stays."""
    facts = kept(text)
    assert facts[when] is False
    assert sum(facts.values()) == len([span for span in facts if not span.startswith("第")])


def test_the_nth_quarter_of_a_run_is_a_rank():
    assert kept("公司連續第五個季度實現盈利，淨利潤為2億元。") == {"第五个季度": True, "2亿元": True}


@pytest.mark.parametrize("text, year", [("今年是该市推行新规的第二年。", "第二年"),
                                        ("該公司營收連續第三年增長。", "第三年"), ("这已是第五年亏损。", "第五年")])
def test_the_nth_year_of_a_run_or_a_stated_position_is_a_rank(text, year):
    assert kept(text)[year] is True


@pytest.mark.parametrize("text, figure", [("地处丙县三元镇的工厂去年产值3亿元。", "三元"),
                                          ("甲县的二元丁村支部书记张某说，村里共有120户。", "二元")])
def test_a_numeral_and_yuan_glued_to_a_village_begin_a_place_name(text, figure):
    assert kept(text)[figure] is False


@pytest.mark.parametrize("text, figure", [("这瓶水卖三元，村里人都买。", "三元"),
                                          ("公交车票价一元，乡镇线路两元。", "两元")])
def test_a_sum_in_yuan_before_a_break_stays_a_sum(text, figure):
    assert kept(text)[figure] is True


@pytest.mark.parametrize("text, figure", [("坊间所谓的“甲四条”出台后，成交量下降了12%。", "四条"),
                                          ("他们被球迷称为“五人组”，去年合计进球40个。", "五人")])
def test_a_figure_and_one_word_in_quotation_marks_is_a_name(text, figure):
    assert kept(text)[figure] is False


def test_a_quoted_figure_with_a_word_of_size_stays_a_figure():
    assert kept("两家公司的市场份额合计“近三成”。")["近三成"] is True


def test_the_years_before_zhiji_are_an_anniversary():
    assert kept("在和平协议签订一年之际，甲国的局势仍然紧张。")["一年"] is False


@pytest.mark.parametrize("text, figure", [("四年一度的乙国大选昨日结束。", "四年"),
                                          ("丙河遭遇五十年一遇的洪水。", "五十年")])
def test_the_interval_of_a_recurring_event_is_no_figure_nor_frame(text, figure):
    view = document_view(text)
    keep = Keep(view)
    k, q = quantity(view, figure)
    assert not keep.is_fact(q, k) and (q.start, q.end) not in keep.frames


@pytest.mark.parametrize("text", ["丙镇会议开幕(附图片2张)", "丁县新桥通车（附照片1张）"])
def test_a_count_in_a_note_of_attachments_is_no_fact(text):
    assert not any(kept(text).values())


@pytest.mark.parametrize("text, figure", [("乙队在前6个客场只拿到两场胜利。", "前6个"),
                                          ("丙队前三个回合都处于下风。", "前三个")])
def test_the_first_n_events_after_ge_are_a_window_no_rank(text, figure):
    assert kept(text)[figure] is False


@pytest.mark.parametrize("text", ["丙国空军一架甲-30战斗机坠毁。", "来自乙军区的甲-24、甲-34轰炸机参加了演习。",
                                  "该调查用某某量表－9测量焦虑程度。"])
def test_digits_after_a_dash_glued_to_a_character_designate_a_model(text):
    assert not any(kept(text).values())


def test_a_negative_figure_after_a_word_of_value_stays_a_figure():
    assert kept("该指标同比为-5，较上月回落。")["-5"] is True


def test_eleven_digits_of_a_mobile_number_are_no_figure():
    assert kept("订餐请拨13912345678！地址在丁村一队。")["13912345678"] is False


def test_one_digit_after_a_name_read_as_a_set_phrase_numbers_a_sequel():
    assert kept("某某危机4》将被改编成电影。")["4"] is False


def test_the_terms_of_a_map_scale_and_the_fraction_of_a_knockout_round_name_them():
    assert kept("全省1∶5万比例尺地形图已覆盖80%的面积。") == {"1": False, "5万": False, "80%": True}
    assert kept("比例尺为1:10000的地图共印制3000张。") == {"1": False, "10000": False, "3000张": True}
    assert kept("甲队在1/8决赛中以3比1战胜乙队。") == {"1/8": False, "3": True, "1": True}
    assert kept("乙隊晉級1/4決賽，門票售出2萬張。") == {"1/4": False, "2万张": True}


def test_a_section_of_a_named_road_a_players_grade_and_school_years_are_names():
    assert kept("店铺位于甲乙路三段88号，月租金两万元。") == {"三段": False, "88号": False, "两万元": True}
    assert kept("該公司遷至丙丁東路二段，員工120人。") == {"二段": False, "120人": True}
    assert kept("九段棋手孙某获得冠军，奖金20万元。") == {"九段": False, "20万元": True}
    assert kept("年仅十八岁的郑海波五段击败了钱文杰九段。") == {"十八岁": True, "五段": False, "九段": False}
    assert kept("学校从三至五年级学生中挑选了20人。") == {"三至五": False, "20人": True}
    # stretches counted stay figures: after a road in general, or a verb of dividing
    assert kept("工程将分三段施工，全长12公里。") == {"三段": True, "12公里": True}
    assert kept("高速公路两段已通车，共长40公里。") == {"两段": True, "40公里": True}
    assert kept("全市共有三个年级参加，人数5000人。") == {"三个": True, "5000人": True}


def test_an_ordinal_opening_a_quotation_before_a_comma_enumerates():
    assert kept("他说：“第一，要稳住就业。”全年新增岗位5万个。") == {"第一": False, "5万个": True}
    assert kept("她说，“第二，投资增长8%。”") == {"第二": False, "8%": True}


@pytest.mark.parametrize(("text", "facts"), [
    ("他骑着三轮车送货，每天赚80元。", ["80元"]),
    ("第三部曲是发展乡村旅游，年收入增长12%。", ["12%"]),
    ("這部三部曲電影票房達5億元。", ["5億元"]),
    ("为贯彻党的十六大精神，该厂投资3000万元。", ["3000万元"]),
    # N大 and a group noun count the group; a numeral, a classifier and a noun that make no word count too
    ("该市评出十大杰出青年，每人奖励1万元。", ["十", "1万元"]),
    ("甲厂主要生产两大类产品，年产值8亿元。", ["两", "8亿元"]),
    ("某某集团三家公司合计营收50亿元。", ["三家", "50亿元"]),
])
def test_a_chinese_numeral_that_begins_a_dictionary_word_is_part_of_the_word(text: str, facts: list[str]) -> None:
    assert [f.text for f in extract(text).facts] == facts


def test_a_volume_after_juan_and_a_numbered_clause_or_act_name_a_part_of_a_text():
    assert [f.text for f in extract("某某文集卷十二拍出12万元。").facts] == ["12万元"]
    assert [f.text for f in extract("甲国依据456条款对乙国加征25%关税。").facts] == ["25%"]
    assert [f.text for f in extract("该书共十二卷，售价300元。").facts] == ["十二卷", "300元"]


def test_the_floor_after_a_block_or_a_street_number_is_part_of_the_address():
    assert [f.text for f in extract("公司迁至某路6号C座15层，租金每月8万元。").facts] == ["8万元"]
    assert [f.text for f in extract("新址位于甲大廈B座31層，面積800平方米。").facts] == ["800平方米"]
    assert [f.text for f in extract("A座共15层，B座共20层。").facts] == ["15层", "20层"]


@pytest.mark.parametrize("text, day", [("各报名单位须在3月31日前提交材料。", "31"),
                                       ("申請人應於十月二十日前繳清費用。", "二十"),
                                       ("考察团一行5月9日前往甲市调研。", "9")])
def test_a_day_of_month_cut_off_by_a_word_after_it_is_no_figure(text: str, day: str) -> None:
    # 日前 (before a date) and 前往 (to go) take the date's 日, leaving the day a bare number after the month
    assert day not in [f.text for f in extract(text).facts]


@pytest.mark.parametrize("text, model", [("一架Y—12飞机停在跑道上。", "12"), ("两架C–130运输机降落在基地。", "130"),
                                         ("這款K—8教練機已經退役。", "8")])
def test_a_capital_letter_and_a_long_dash_before_whole_digits_write_a_model(text: str, model: str) -> None:
    assert kept(text)[model] is False


def test_a_year_before_qi_after_a_word_of_start_is_a_year_not_a_count_of_cases() -> None:
    assert kept("从2016起，该公司每年营收增长10%。") == {"2016起": False, "10%": True}
    assert kept("自2031起，全區新增企業500家。")["2031起"] is False
    assert kept("全年共发生2016起交通事故。") == {"2016起": True}  # a count of cases, no 从 or 自 before it


@pytest.mark.parametrize("text, age", [("她已经70多岁了，仍坚持下地劳动。", "70多岁"),
                                       ("阿公今年九十多歲了。", "九十多歲"), ("那位老师傅都六十出头了。", "六十出头")])
def test_an_age_a_person_has_reached_is_a_persons_age_no_group(text: str, age: str) -> None:
    assert kept(text).get(age, True) is True


def test_an_age_band_of_a_group_stays_no_fact() -> None:
    assert kept("全镇60多岁的老人有300人。")["300人"] is True
    assert kept("60岁以上人口增加5万人。")["60岁以上"] is False


@pytest.mark.parametrize("text", ["该研究历经近两年完成。", "這項工程歷經近三年竣工。"])
def test_a_stretch_gone_through_is_the_figure(text: str) -> None:
    assert list(kept(text).values()) == [True]


@pytest.mark.parametrize("text, numeral", [("分行设在西四支行对面。", "四支"), ("老两口今年都八十多岁了。", "两口"),
                                           ("这部小说以第三人称叙述。", "第三人"),
                                           ("这款游戏采用第一人稱视角。", "第一人")])
def test_a_numeral_inside_a_word_that_runs_around_it_is_no_count(text: str, numeral: str) -> None:
    assert kept(text)[numeral] is False


@pytest.mark.parametrize("text, count", [("甲省等8省区制定了办法。", "8省"), ("机场曾进行过4次测试。", "4次"),
                                         ("全厂共有10个人参加培训。", "10个"), ("全省新建12所学校。", "12所")])
def test_a_count_whose_unit_begins_a_longer_word_is_still_a_count(text: str, count: str) -> None:
    assert kept(text)[count] is True


@pytest.mark.parametrize("text, road", [("货车沿318国道行驶了200公里。", "318国"),
                                        ("該車駛入205省道後失控。", "205省")])
def test_a_number_before_the_word_of_a_numbered_road_names_the_road(text: str, road: str) -> None:
    assert kept(text)[road] is False


@pytest.mark.parametrize("text, both", [("两人都对这个方案表示支持。", "两人"), ("兩隊均已提前出線。", "两队"),
                                        ("两位都是本地的老师。", "两位")])
def test_two_bodies_before_dou_or_jun_mean_both_no_count(text: str, both: str) -> None:
    assert kept(text)[both] is False


def test_two_bodies_that_act_stay_a_count() -> None:
    assert kept("事故中两人受伤。") == {"两人": True}


@pytest.mark.parametrize(
    ("text", "both"),
    [
        ("张伟和李明昨日在北京会面，两人就合作事宜交换了意见。", "两人"),
        ("陳大文與黃小明同屬一個政黨，但兩人在選舉策略上分歧明顯。", "两人"),
        ("华信集团和宏达集团均在深圳设厂，两家企业去年合计雇用员工3000人。", "两家"),
        ("九龍巴士與城巴均申請加價，但兩間專營商的財務狀況其實尚可。", "两间"),
    ],
)
def test_two_bodies_opening_a_clause_after_a_named_pair_mean_both(text: str, both: str) -> None:
    """D28: 两人, 两家公司 as the subject of a clause after two names of people or companies is "the two"."""
    assert kept(text)[both] is False


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("招商银行和平安银行昨日宣布，将联合收购两家公司。", "两家"),  # the object of a verb: a count
        ("据统计，两家企业获得资助。", "两家"),  # no pair named before it
        ("两名男子昨晚在旺角被捕。", "两名"),
    ],
)
def test_two_bodies_not_pointing_back_at_a_named_pair_stay_a_count(text: str, count: str) -> None:
    assert kept(text)[count] is True


@pytest.mark.parametrize("text", ["某某钢铁(600321.sh)公告称，净利润增长8%。", "某某科技（300987.sz）股价上涨5%。"])
def test_a_stock_code_with_a_lower_case_exchange_is_no_figure(text: str) -> None:
    assert [f.text for f in extract(text).facts][-1:] == [text[text.index("%") - 1 : text.index("%") + 1]]
    assert not any(f.text.startswith(("600321", "300987")) for f in extract(text).facts)


@pytest.mark.parametrize("text", ["他说，这样的签约仪式在本市还是第一次。", "這種合作在本港尚屬第一次，意義重大。",
                                  "该队历史上第一次闯进决赛。"])
def test_still_the_first_time_or_the_first_in_history_is_no_rank(text: str) -> None:
    assert extract(text).facts == []


def test_the_first_of_counted_repeats_stays_a_rank() -> None:
    assert [f.role for f in extract("这是甲行今年第一次加息。").facts] == ["rank"]


def test_bracketed_numbers_in_sequence_number_a_list_whatever_word_stands_before_them():
    """措施包括(1)…；(2)…: the (1) after a verb is an enumerator too, since the line brackets the next number."""
    assert kept("措施包括(1)下调税率；(2)发放补贴。") == {"1": False, "2": False}
    assert kept("方案涵盖（1）扩大投资；（2）稳定就业。") == {"1": False, "2": False}
    assert kept("该公司拥有(3)项专利，(4)项在审。")["3"] is True  # a count in brackets, with its classifier


def test_two_countries_opening_a_clause_name_the_pair_in_view():
    """两国贸易额, 由两国共同出资: the two countries the text has in view (D28, like 甲乙两国), no count; after a
    verb they are counted."""
    assert kept("两国贸易额去年增长9%。") == {"两国": False, "9%": True}
    assert kept("新机构由两国共同出资50亿元设立。")["两国"] is False
    assert kept("外长此行将访问两国。")["两国"] is True


def test_a_numeral_before_a_dated_holidays_name_makes_it_no_holiday() -> None:
    """二十一假期, 三十一黄金周: the 十一 ends a longer numeral, so no holiday names it (the guard before the words of
    the pattern held for its first word only)."""
    assert numbered_holiday_pattern().search("员工可享二十一假期。") is None
    assert numbered_holiday_pattern().search("三十一黄金周") is None
    assert numbered_holiday_pattern().search("十一黄金周期间") is not None


@pytest.mark.parametrize("text", ["系统升级至2.4.1版后运行更稳定。", "服务器地址为192.168.1.10。", "请参阅第3.2.4节。"])
def test_a_number_of_a_dotted_code_is_not_a_fact(text):
    assert extract(text).facts == []


def test_dotted_numbers_that_count_a_list_on_one_line_are_enumerators():
    assert kept("议程：1. 开幕致辞 2. 主题演讲 3. 自由交流") == {"1": False, "2": False, "3": False}
    assert kept("共有2. 5个") == {"2": True, "5个": True}  # a lone dotted number is read as before


@pytest.mark.parametrize("text", ["他在那年的911事件中失去亲人。", "该公司实行996工作制。"])
def test_a_bare_number_naming_an_event_or_a_work_scheme_is_not_a_fact(text):
    assert extract(text).facts == []


@pytest.mark.parametrize("text", ["某厂推行10小时工作制。", "试点单位改行4天工作制。"])
def test_a_length_naming_a_work_scheme_is_not_a_fact(text):
    assert extract(text).facts == []


@pytest.mark.parametrize("text", ["该市12345热线运行平稳。", "乙区设立110报警点。", "当晚的315晚会备受关注。",
                                  "乙署的1690熱線人手不足。"])
def test_a_bare_number_naming_a_service_line_or_a_show_is_not_a_fact(text):
    assert extract(text).facts == []


def test_a_dotted_day_after_a_cut_off_or_before_a_sale_is_a_date():
    assert [f.text for f in extract("截至6.30，甲店累计卖出800台。").facts] == ["800台"]
    assert [f.text for f in extract("11.11大促首日，乙品牌成交额增长40%。").facts] == ["40%"]
    assert [f.text for f in extract("存款余额截至3.5亿元。").facts] == ["3.5亿元"]  # (a sum after 截至 is a sum)


def test_er_before_a_phase_or_a_round_names_it():
    assert kept("甲厂一期投资8亿元，二期投资12亿元。") == {"一期": False, "8亿元": True, "二期": False, "12亿元": True}
    assert kept("加息的二轮效应仍待观察。") == {"二轮": False}
    assert kept("乙项目分两期建设。") == {"两期": True}  # (两 counts the phases)


def test_an_ordinal_before_a_word_of_size_ranks():
    assert kept("今年台风数目是同期第三多。") == {"第三": True}
    assert kept("该车型的售价为同级第五小。") == {"第五": True}


def test_one_year_or_one_day_spoken_of_after_de_is_no_length():
    assert kept("那是极不平凡的一年。") == {"一年": False}
    assert kept("这是他最难忘的一天！") == {"一天": False}
    assert kept("预缴的一年租金") == {"一年": True}  # (a year's worth of something is counted)


def test_arabic_digits_glued_to_a_company_or_a_site_name_it():
    assert kept("某地360公司股价下跌2.1%，旅客可经12306网站购票。") == {"360": False, "2.1%": True, "12306": False}
    assert kept("两家公司合并") == {"两家": True}  # (a count of companies takes its classifier)


def test_an_ordinal_of_rounds_naming_a_listed_entry_is_a_name():
    """D79: 第N次 + what was done, opening a line before the bracket or colon that describes it, names the entry."""
    text = "第二次增资（2019/05）：每股作价3元；\n第四/五次配售：合共套现1.6亿元。\n該股年內第三次停牌。"
    assert kept(text) == {"第二次": False, "2019/05": False, "3元": True, "第四": False, "五次": False,
                          "1.6亿元": True, "第三次": True}


@pytest.mark.parametrize("text, count", [("據報南韓兩大電池廠上季合共虧損9億元。", "两"),
                                         ("日本三大車企上月在美銷量合共增長8%。", "三")])
def test_a_largest_n_right_after_a_place_is_a_standing_set(text, count):
    """D53: N大 naming a standing set is a label, no count; the figures beside it stay."""
    facts = kept(text)
    assert facts.pop(count) is False
    assert all(facts.values())


@pytest.mark.parametrize("text, count", [("全球约七成的内存芯片来自三大原厂。", "三"),
                                         ("该基金的资金主要来自两大科技巨头，其余来自散户。", "两"),
                                         ("兩大記憶體原廠的報價本月上調一成。", "两"),
                                         ("按三大航空巨头的均值计算，每架飞机售价约1亿美元。", "三")])
def test_a_largest_n_of_giants_inside_a_phrase_is_a_standing_set(text, count):
    """D53: N大 before a word for a field's few largest players (巨头, 原厂) names their standing set, no count."""
    facts = kept(text)
    assert facts.pop(count) is False
    assert all(facts.values())


@pytest.mark.parametrize("text, count", [("两大手机巨头即将公布季度业绩。", "两"),
                                         ("兩大晶片巨頭已宣布減產兩成。", "两"),
                                         ("五大保险公司今年保费收入合计超过3000亿元。", "五")])
def test_a_largest_n_of_giants_acting_in_their_clause_stays_a_count(text, count):
    """Giants right before an adverb or a verb act in their clause and are counted, like 五大保险公司."""
    assert kept(text)[count] is True


@pytest.mark.parametrize("text, count", [("三大美國股指昨晚集體收跌，道指跌1%。", "三"),
                                         ("三大日本股指今日高开，日经指数涨2%。", "三")])
def test_a_fixed_set_with_a_place_inside_its_name_is_a_standing_set(text, count):
    """D53: 三大股指 read across the place written inside it names that place's standing set, no count."""
    facts = kept(text)
    assert facts.pop(count) is False
    assert all(facts.values())


def test_a_largest_n_before_a_place_and_an_ordinary_noun_stays_a_count():
    assert kept("该公司有三大美国客户，合共贡献营收的四成。") == {"三": True, "四成": True}


@pytest.mark.parametrize("text, count, figure", [
    ("分析師提出兩條「紅線」：負債率超過七成即屬危險。", "两条", "超过七成"),
    ("该行设定两大“安全垫”，资本充足率不低于12%。", "两", "不低于12%"),
    ("本轮调控有三个“不变”，首付比例仍为30%。", "三个", "30%")])
def test_a_count_of_quoted_labels_is_no_fact(text, count, figure):
    """A small count of things set off in quotation marks counts figurative labels, like a quoted slogan."""
    assert kept(text) == {count: False, figure: True}


def test_a_count_whose_items_a_copula_names_in_quotes_is_no_label():
    assert kept("丛书另有两个系列是“山水”和“田园”，共印了5万册。")["两个"] is True


def test_a_count_before_a_quoted_figure_stays_a_count():
    assert kept("该市拥有3所“211”高校，在校生达20万人。") == {"3所": True, "211": False, "20万人": True}


def test_a_largest_n_counting_the_groups_the_text_names_stays_a_count():
    assert kept("該區將發展物流、旅遊兩大產業，投資5億元。") == {"两": True, "5亿元": True}


def test_a_largest_n_after_the_last_of_a_list_of_places_counts_them():
    assert kept("推動廣西、雲南和貴州三大產區合作，涉資40億元。")["三"] is True


@pytest.mark.parametrize("text, fine", [("依照《航道管理條例》第318章第27條，船東可被罰款8,000元。", "8,000元"),
                                        ("公寓條例草案第4部第3分部訂明，罰款上限為6萬元。", "6万元"),
                                        ("该法第十二条第三款列明，违者罚款两万元。", "两万元")])
def test_a_part_cited_right_after_another_part_of_a_law_is_cited(text, fine):
    """D6: article numbers are no facts, nor the chapter, part or division a cited article sits in."""
    view = document_view(text)
    keep = Keep(view)
    assert {view.text[q.start : q.end] for k, q in enumerate(view.quantities) if keep.is_fact(q, k)} == {fine}


def test_a_part_of_a_work_stays_where_no_law_is_cited():
    assert kept("這套小說第五部年內出版，首印3萬冊。") == {"第五部": True, "3万册": True}


def test_an_ordinal_glued_to_a_party_of_a_case_names_it():
    assert kept("第三被告及第二證人今早未有出庭，案件押後兩周。")["第三"] is False


@pytest.mark.parametrize("text, age", [("她七十歲生日當晚宴開15席。", "七十岁"),
                                       ("爷爷九十大寿请来200位亲友。", "九十")])
def test_an_age_naming_a_birthday_is_no_age_stated(text, age):
    assert kept(text)[age] is False


def test_a_persons_age_stays_a_fact():
    assert kept("一名71歲婦人在街市跌倒。")["71岁"] is True


@pytest.mark.parametrize("text, day", [("农历八月十五，公园灯会吸引4万人次。", "十五"),
                                       ("該店於5月22開張，首日賣出800杯。", "22")])
def test_a_bare_day_after_a_month_is_a_date(text, day):
    assert kept(text)[day] is False


@pytest.mark.parametrize("text, room", [("案件押後至下周在西區裁判法院第二庭再提訊。", "第二"),
                                        ("原訟法庭第15庭今早開審，控方傳召8名證人。", "第15")])
def test_the_number_of_a_court_room_is_part_of_an_address(text, room):
    assert kept(text)[room] is False


def test_an_ordinal_with_a_classifier_glued_to_a_party_of_a_case_names_it():
    assert kept("辯方傳召第四名證人作供，審訊需時五天。")["第四名"] is False


@pytest.mark.parametrize("text, step", [("接種第四針疫苗的長者約有12萬人。", "第四针"),
                                        ("她接种第三剂后，抗体水平升至原来的5倍。", "第三剂"),
                                        ("第十七世法王今日抵達，信眾逾千人。", "第十七")])
def test_an_ordinal_of_a_dose_or_of_a_line_of_title_holders_names_it(text, step):
    assert kept(text)[step] is False


def test_digits_after_a_word_of_model_number_name_the_model():
    facts = kept("新引進機型320-200共有18架，另有型號B-12的貨機。")
    assert facts["18架"] is True and not any(v for k, v in facts.items() if k != "18架")


def test_an_ordinal_event_a_timeline_starts_from_is_a_point_in_time():
    """自第1宗起计, 以第50例当日为起点, 从第十个交易日开始: the Nth case or day a count starts from dates it, no rank;
    the Nth time of an act that is itself the news stays a rank (D5)."""
    assert kept("自去年第1宗本地個案起計，累計確診達1200宗。")["第1宗"] is False
    assert kept("以各地錄得第50例死亡當日為起點，乙國用時不足兩周。")["第50例"] is False
    assert kept("从第十个交易日开始，甲指数成交额回落至800亿元。")["第十个交易日"] is False
    assert kept("丙央行宣布年内第二次降息，幅度为25个基点。")["第二次"] is True
    assert kept("以第三次试跳成绩计，她位列第二。")["第三次"] is True


def test_an_ordinal_event_that_frames_the_clause_is_a_point_in_time():
    """在第二轮投票中, 于第三次复诊时: the round or the visit something else happens at dates it, no rank."""
    assert kept("在第二輪投票中，候選人甲得票率為52%。")["第二轮"] is False
    assert kept("病人于第三次复诊时需缴付100元。")["第三次"] is False
    assert kept("她在第一次面试后10日内收到通知。")["第一次"] is False
    assert kept("在本赛季第五次出场中，他攻入2球。")["第五次"] is False
    assert kept("乙公司今年第二次提价后，股价在一周内上涨8%。")["第二次"] is True


def test_a_meeting_of_a_kind_is_named_by_its_number():
    # 第二次临时股东大会: a word of the meeting's kind between the ordinal and the meeting's word still names it
    found = kept("2024年第二次临时股东大会审议通过了该议案，出席股东共计35人。")
    assert found["第二次"] is False and found["35人"] is True
    assert kept("央行今年第三次下调存款准备金率。")["第三次"] is True  # a sequence of acts stays a rank


@pytest.mark.parametrize("text,ordinal", [("第一銀行今年前三季稅後純益達到180億元。", "第一"),
                                          ("第一金控旗下子公司昨日公告配息計畫。", "第一金")])
def test_an_ordinal_heading_a_bank_or_a_holding_names_it(text: str, ordinal: str) -> None:
    assert kept(text)[ordinal] is False
def test_numbered_bus_routes_are_names_not_counts():
    """88路、106路, 乘坐3路, K8路: a listed, ridden or lettered route number names a route; 3路输出 counts."""
    facts = extract("该市开通公交线路23条，其中88路、106路延长至高铁站，乘客可乘坐3路或K8路前往。").facts
    assert [f.text for f in facts] == ["23条"]
    assert [f.text for f in extract("芯片支持3路输出。").facts] == ["3路"]


def test_digits_glued_to_a_company_name_are_a_model():
    """小米14搭载…: one or two digits glued to a company's name, with no unit, number its phone (the price stays)."""
    assert [f.text for f in extract("小米14搭载新款芯片，售价3999元。").facts] == ["3999元"]
    assert [f.text for f in extract("小米15起售价4499元。").facts] == ["4499元"]


def test_the_edition_of_a_festival_or_a_day_is_no_rank():
    """第二十五个中国农民丰收节, 第33个全国爱耳日: the Nth coming of a yearly day names it, like 第32届; 第3个完成的城市
    ranks."""
    assert [f.text for f in extract("在第二十五个中国农民丰收节上，全县展示了120种特色农产品。").facts] == ["120种"]
    assert not extract("今年是第33个全国爱耳日。").facts
    assert [f.text for f in extract("该市成为第3个完成改造的城市。").facts] == ["第3个"]


@pytest.mark.parametrize("text,ordinal", [("第一创业证券上半年营业收入达25亿元。", "第一"),
                                          ("第一上海證券今年佣金收入下跌6%。", "第一")])
def test_an_ordinal_opening_a_financial_firms_name_names_it(text: str, ordinal: str) -> None:
    """第一创业证券: one to three characters between the ordinal and a firm's trade word still name the firm."""
    assert kept(text)[ordinal] is False
    assert kept("全国排名第一的证券公司营收增长10%。")["第一"] is True  # 的 breaks the name: a rank


def test_an_ordinal_after_a_week_counts_events_not_a_weekday() -> None:
    """本周第三次站上: 周 before an ordinal is the week the events are counted in; 周三 stays a day of the week."""
    assert kept("沪指本周第三次站上3400点。")["第三次"] is True
    assert [(f.text, f.role) for f in extract("该股本周第二次跌停。").facts] == [("第二次", "rank")]


def test_a_run_of_days_in_a_condition_is_a_figure_that_dates_no_threshold():
    """若连续20天市值低于5亿元: a run in a clause opened by a word of condition states what a rule requires; it
    stays a figure and the threshold it holds for takes the time before it (or none), not the run."""
    facts = {f.text: f for f in extract("按照規則，如果股份連續30個交易日收市價低於0.2港元，公司須合併股份。").facts}
    assert (facts["30個交易日"].period, facts["低於0.2港元"].period) == ("", "")
    facts = {f.text: f for f in extract("某公司目前市值已跌破6亿元，一旦连续20天市值低于5亿元，将退市。").facts}
    assert facts["低于5亿元"].period == "目前"
    streak = {f.text: f for f in extract("上半年，某集团营收连续三个月按年增加逾12%。").facts}
    assert streak["逾12%"].period == "三个月"  # no condition: the run dates what it holds for


def test_a_bounded_duration_alone_before_a_comma_is_a_window_not_a_figure():
    """不到两年，某车企市值增长了8倍: a duration with a bound, said as a clause of its own before the figures it came
    about in, is their period (no figure of its own); 居港满7年或以上的市民 is a condition, a figure."""
    facts = {f.text: f for f in extract("不足兩個月，某科技股股價已累升三倍。").facts}
    assert "不足兩個月" not in facts and facts["三倍"].period == "不足兩個月"
    facts = {f.text: f for f in extract("短短不到一年，该平台的付费会员突破800万。").facts}
    assert facts["突破800万"].period == "不到一年"
    facts = {f.text: f for f in extract("在港居住滿7年或以上的市民可申請，名額為3000個。").facts}
    assert facts["7年或以上"].role == "amount" and facts["3000個"].period == ""


def test_the_base_level_of_an_index_is_not_a_fact():
    # the level an index is set to in its base period is its scale; the index's own level is the fact
    assert kept("某类价格指数为102.5（上年同期=100）。") == {"102.5": True, "100": False}
    assert kept("乙项价格指数为98.7（以上年为100）。") == {"98.7": True, "100": False}
    assert kept("該指數以2015年＝1000，現報1250點。") == {"2015年": False, "1000": False, "1250点": True}
    assert kept("测试满分为100分。") == {"100分": True}  # a figure with its unit stays
