"""period: the latest time phrase before a figure in its paragraph, not a point of comparison."""

from pipeline import extract
from pipeline.facts import period
from pipeline.facts.period import period_for, period_spans
from tests.helpers import document_view, quantity


def by_text(text):
    return {f.text: f for f in extract(text).facts}


def period_texts(text):
    return [text[start:end] for start, end in period_spans(text, [])]


def test_a_point_of_comparison_is_not_a_period():
    text = "2023年营收比去年同期增加200亿元。"
    spans = period_spans(text, [])
    assert [text[s:e] for s, e in spans] == ["2023年"]


def test_the_latest_phrase_of_the_block_wins_and_blocks_do_not_leak():
    view = document_view("2022年产量3万吨，2023年产量4万吨。\n全年利润5亿元。")
    periods = period_spans(view.text, [])
    _, first = quantity(view, "3万吨")
    _, second = quantity(view, "4万吨")
    _, third = quantity(view, "5亿元")
    assert view.text[slice(*period_for(first, periods, 0, view.text))] == "2022年"
    assert view.text[slice(*period_for(second, periods, 0, view.text))] == "2023年"
    assert period_for(third, periods, view.lines[1].start, view.text) == (view.lines[1].start, view.lines[1].start + 2)


def test_framing_durations_are_periods():
    assert by_text("近五年，全市累计引进企业超300家。")["超300家"].period == "近五年"


def test_a_duration_that_frames_a_figure_frames_only_its_own_sentence():
    """连续40天超过9000万千瓦: the streak frames the level of its sentence, not the forecast after its full stop."""
    found = by_text("今年，全省用电负荷已连续40天超过9000万千瓦。气象部门预测全省用电高峰将达1.2亿千瓦。")
    assert found["超过9000万千瓦"].period == "40天"
    assert found["1.2亿千瓦"].period == "今年"


def test_seasons_and_school_holidays_are_periods():
    assert by_text("气象部门预计今夏全省用电高峰将达1.2亿千瓦。")["1.2亿千瓦"].period == "今夏"
    assert by_text("该景区去年暑假接待游客30万人次。")["30万人次"].period == "去年暑假"


def test_a_time_named_by_pointing_back_is_a_period():
    assert by_text("在此期间，公司研发投入增长了12%。")["12%"].period == "此期间"
    assert by_text("当天，该指数收涨1.5%。")["1.5%"].period == "当天"


def test_a_time_in_brackets_beside_a_figure_dates_only_that_figure():
    """（当前约7%）: the bracket's time dates its own figure; 某轮（2022年3月）：投入… dates the label's figures."""
    found = by_text("公司远期份额可达15%（当前约7%），估值约500亿美元。")
    assert found["约7%"].period == "当前"
    assert found["约500亿美元"].period == ""
    assert by_text("A轮（2022年3月）：投入1亿元。")["1亿元"].period == "2022年3月"


def test_the_day_a_record_was_set_is_no_period():
    """刷新前日所创的纪录: when the record was set; 2021年3月起在深交所创业板交易 is a date all the same."""
    found = by_text("昨日，该指数收涨0.3%，刷新前日所创的纪录。该股收涨0.5%。")
    assert found["0.5%"].period == "昨日"
    assert "2021年3月" in period_texts("该公司2021年3月起在深交所创业板交易。")


def test_dates_set_the_period_and_comparisons_do_not():
    assert by_text("2022年，全市新增就业岗位8.2万个。")["8.2万个"].period == "2022年"
    assert by_text("出口额比去年同期增加200亿元。")["200亿元"].period == ""


def test_relative_days_weeks_months_and_quarters_are_periods():
    text = "聯發科9日股價上揚1.63%。美元指数日内下挫30点。上个月降息25个基点。该季出貨5,350萬台。"
    found = {f.text: f.period for f in extract(text).facts}
    assert found["30点"] == "日内"
    assert found["25个基点"] == "上个月"
    assert found["5,350萬台"] == "该季"


def test_a_day_of_the_month_alone_is_a_period_but_not_a_count_of_days():
    found = {f.text: f.period for f in extract("聯發科9日股價以1,245元作收。\n須於14日內回覆，比率達91%。").facts}
    assert found["1,245元"] == "9日"
    assert found["91%"] == ""  # 14日內 is a window of days, not a date


def test_the_base_of_a_comparison_is_no_period_however_it_is_written():
    """较上一年修订预算增加32%, 相较于去年同期的228万支增长6%: the time compared with is not the figure's."""
    found = {f.text: f for f in extract("律政司预算开支为25亿元，当中刑事检控预算较上一年修订预算增加32%。").facts}
    assert set(found) == {"25亿元", "32%"} and found["32%"].period == ""
    found = {f.text: f for f in extract("销售量约242万支，相较于去年同期的228万支增长6%。").facts}
    assert found["6%"].period == ""


def test_fiscal_years_and_words_of_the_present_or_the_report_are_periods():
    found = {f.text: f.period for f in extract("2017至18年度流失率为5.8%，2016-17年度为4.5%。").facts}
    assert found == {"5.8%": "2017至18年度", "4.5%": "2016-17年度"}
    assert extract("报告期内，集团零售值增长15.1%。").facts[0].period == "报告期内"
    assert extract("现时车资为20.2元。").facts[0].period == "现时"


def test_a_duration_that_qualifies_a_noun_frames_nothing():
    """12个月目标价 names a kind of target price; 近五年 and 五年时间 are windows that frame the figure."""
    assert extract("高盛给出的12个月目标价为752港元。").facts[0].period == ""
    assert extract("近五年营收复合增速为26%。").facts[0].period == "近五年"
    assert extract("五年时间提升12个百分点。").facts[0].period == "五年时间"


def test_the_start_of_a_change_from_one_time_to_another_is_not_the_new_figure_period():
    found = {f.text: f.period for f in extract("海外业务营收占比也从2024年的25%提升至超三成。").facts}
    assert found == {"25%": "从2024年", "超三成": ""}


def test_a_figure_inside_a_comparison_phrase_has_the_time_of_that_phrase():
    """比2011年的0.537, 较去年经修订后的预算19亿元: the point of comparison is the base figure's period (ANNOTATION.md),
    and it does not carry on; 比上年增长5% is this year's change."""
    found = {f.text: f.period for f in extract("基尼系数2016年录得0.539，比2011年的0.537高。").facts}
    assert found == {"0.539": "2016年", "0.537": "2011年"}
    found = {f.text: f.period for f in extract("部门年度预算为25亿元，较去年经修订后的预算19亿元增加。").facts}
    assert found["19亿元"] == "去年" and found["25亿元"] == ""
    assert {f.text: f.period for f in extract("今年营收比上年增长5%。").facts} == {"5%": "今年"}


def test_the_new_figure_of_a_change_from_one_time_is_not_that_times():
    """由去年1.47亿大增为4.1亿元, 失业率由5月的4.3%降至4.2%: the time after 由 or 从 is the old figure's; the new one
    (after 至, 到, 增为 …) is not."""
    found = {f.text: f.period for f in extract("购置车辆预算由去年1.47亿大增为4.1亿元。").facts}
    assert found == {"1.47亿": "去年", "4.1亿元": ""}
    found = {f.text: f.period for f in extract("数据显示，6月失业率由5月的4.3%降至4.2%。").facts}
    assert found == {"4.3%": "5月", "4.2%": "6月"}


def test_an_event_clause_is_the_time_of_the_rest_of_its_sentence():
    """工程建成后，年通过能力达2.47亿吨: a clause of an event and 后 frames its sentence, and inside a sentence only
    its sentence; a connective (然后) or a condition with 时 is no time."""
    assert [(f.text, f.period) for f in extract("某港称，工程建成后，年通过能力达2.47亿吨。吞吐量为2亿吨。").facts] == [
        ("2.47亿吨", "工程建成后"), ("2亿吨", "")]
    assert [(f.text, f.period) for f in extract("然后，营收达到5亿元。").facts] == [("5亿元", "")]
    assert [(f.text, f.period) for f in extract("被问到政策时，50间机构表示会考虑。").facts] == [("50间", "")]


def test_an_event_a_speaker_recounts_frames_nothing():
    """研究员介绍，她的成果经验证后，获投资5000万元: an anecdote after a speech verb, not a time of the article."""
    assert [(f.text, f.period) for f in extract("研究员小王介绍，她的成果经验证后，获企业投资5000万元。").facts] == [
        ("5000万元", "")]


def test_fiscal_years_and_listed_years_are_periods():
    """2026财年, 本财年, 2026和2027年: a fiscal year, and years listed before one 年."""
    assert [f.period for f in extract("预计公司2026财年的营业利润率将收窄65个基点。").facts] == ["2026财年"]
    assert [f.period for f in extract("本财年营收为30亿元。").facts] == ["本财年"]
    assert [f.period for f in extract("高盛将公司2026和2027年的净利润预期下调了1%至2%。").facts] == ["2026和2027年"]


def test_a_fiscal_year_written_with_two_digits_is_a_period_in_either_spelling():
    """24财年, 24財政年度, 25会计年度: the year's last two digits before any word of a fiscal year (not a metric's
    first word: 財政年度收入)."""
    assert [(f.period, f.metric) for f in extract("該集團24財政年度收入為700億元。").facts] == [("24財政年度", "收入")]
    assert [f.period for f in extract("公司25会计年度营收增长12%。").facts] == ["25会计年度"]
    assert [f.period for f in extract("该行2031会计年度净利润为8亿元。").facts] == ["2031会计年度"]


def test_fenbie_shares_listed_times_out_as_periods():
    """第一季度和全年的收入分别增长15%和12%: the listed times go to the listed figures in order; 和 between two
    times lists them, while 与去年相比 still compares."""
    found = [(f.text, f.period) for f in extract("预计2026年第一季度和全年的收入同比增长分别为15%和12%。").facts]
    assert found == [("15%", "2026年第一季度"), ("12%", "全年")]
    assert [f.period for f in extract("今年营收与去年相比增长5%。").facts] == ["今年"]


def test_a_time_counted_back_is_a_period():
    """一周前，…发布了4家; 比5年前的1.2万元: a time counted back from now is a time phrase, and a point of comparison
    after 比."""
    assert [(f.text, f.period) for f in extract("一周前，监管局发布了4家村镇银行的公告。").facts] == [("4家", "一周前")]
    found = [(f.text, f.period) for f in extract("收入中位数是1.55万元，比5年前的1.2万元高。").facts]
    assert found == [("1.55万元", ""), ("1.2万元", "5年前")]


def test_the_level_of_another_time_is_a_point_of_comparison():
    """今年销售额达到去年的1.2倍: 去年 here is the level compared with, not the figure's time."""
    assert [(f.text, f.period) for f in extract("今年销售额达到去年的1.2倍。").facts] == [("1.2倍", "今年")]


def test_last_night_and_this_morning_are_periods():
    """某公司6月12日讯…昨晚披露…持有公司95,385,057股: 昨晚 (like 昨日) dates what follows it, not the dateline."""
    found = by_text("某网北京6月12日讯 某科技昨晚披露公告，实际控制人持有公司95,385,057股。")
    assert found["95,385,057股"].period == "昨晚"


def test_an_event_after_a_verb_of_speech_still_frames_the_figures_stated():
    """某公司表示，此次调整后，甲指数覆盖30个行业: what is said is the figure, and the event is its time."""
    facts = extract("某指数公司表示，此次调整后，甲指数覆盖30个行业。").facts
    assert [(f.text, f.period) for f in facts] == [("30个", "此次调整后")]


def test_a_way_of_reckoning_is_no_event_time():
    """今年平均加薪1.4%。扣除通胀后，实质加薪幅度为0.5%: 扣除…后 says how the figure is reckoned; the year runs on."""
    found = by_text("今年雇员平均加薪幅度为1.4%。扣除通胀后，雇员实质平均加薪幅度为0.5%。")
    assert found["0.5%"].period == "今年"


def test_the_time_of_the_base_of_a_multiple_is_not_its_period():
    """上半年销售支出增至20亿美元，几乎是2024年全年的两倍: 2024年全年 dates the base; 低于年初的18倍 is 年初's."""
    found = by_text("公司上半年的销售支出增至20亿美元，几乎是2024年全年的两倍。")
    assert found["两倍"].period == "上半年"
    assert by_text("目前市盈率约为16倍，低于年初的18倍。")["18倍"].period == "年初"


def test_adding_subsidies_is_a_way_of_reckoning_too():
    """活动期间直降2000元，叠加补贴后，到手价低至5499元: 叠加…后 says how the price is reckoned, not when."""
    found = by_text("在1月25日至2月11日期间，该机型直降2000元，叠加部分地区国家补贴后，到手价低至5499元。")
    assert found["低至5499元"].period == found["2000元"].period != ""


def test_a_fiscal_quarter_is_a_period_and_no_rank():
    (fact,) = extract("某公司第三财季营收增长5%。").facts
    assert (fact.text, fact.period) == ("5%", "第三财季")


def test_a_clause_stating_an_earlier_value_dates_only_that_value():
    """上年同期为93亿元: the earlier time is the period of 93亿元 alone, not of the change after it."""
    found = {f.text: f for f in extract("营收414.6亿元，上年同期为93亿元，同比增幅高达346%。").facts}
    assert (found["93亿元"].period, found["346%"].period) == ("上年同期", "")


def test_an_adverb_of_time_before_a_verb_of_saying_dates_the_statement_not_its_figures():
    found = {f.text: f for f in extract("截至一季度，月活约3亿。但据某报此前报道，日活超2亿。").facts}
    assert found["超2亿"].period == "截至一季度"


def test_the_first_months_of_a_year_are_a_period():
    (fact,) = extract("全国首两月消费品零售大跌20.5%。").facts
    assert fact.period == "首两月"


def test_the_month_of_a_futures_contract_is_part_of_its_name():
    text = "周三，WTI 11月原油期货收跌0.95%，12月合约报61.78美元，11月5日期货市场成交放大。"
    assert [text[s:e] for s, e in period_spans(text, [])] == ["周三", "11月5日"]
    assert by_text("周四，QRX 8月白银期货收涨0.41%。")["0.41%"].period == "周四"


def test_quarters_halves_and_fiscal_years_in_latin_letters_are_periods():
    text = "公司给出2Q收入指引，Q1 2026营收、2H26需求、FY2028目标；ZQ1型号、21Q不是。"
    assert [text[s:e] for s, e in period_spans(text, [])] == ["2Q", "Q1 2026", "2H26", "FY2028"]
    assert by_text("某公司给出2Q收入2.39万亿日元的指引。")["2.39万亿日元"].period == "2Q"


def test_as_of_press_time_is_a_period():
    assert by_text("A股：截至发稿，沪指跌0.53%。")["0.53%"].period == "截至发稿"
    assert by_text("港股：截至收盘，恒指涨1.69%。")["1.69%"].period == "截至收盘"


def test_a_clock_time_alone_on_a_line_dates_its_live_blog_entry_up_to_the_next():
    text = ("13:45\n上证指数翻绿，创业板指跌逾1%。\n盘面上，3100股飘红。\n7月10日全国用电负荷创新高，达15亿千瓦。\n"
            "09:32\n沪指涨0.5%。")
    facts = by_text(text)
    assert facts["逾1%"].period == facts["3100股"].period == "13:45"
    assert facts["15亿千瓦"].period == "7月10日"  # a paragraph's own time comes first
    assert facts["0.5%"].period == "09:32"
    assert by_text("沪指涨0.5%，成交额达1万亿元。")["0.5%"].period == ""  # no entry, no stamp


def test_a_month_or_a_day_written_in_digits_is_a_period():
    text = "第二次股权转让（2021/12）：每股7元；2024-06-30、2024.6.3；1/12的股份与2024/13不是。"
    assert [text[s:e] for s, e in period_spans(text, [])] == ["2021/12", "2024-06-30", "2024.6.3"]
    assert by_text("第二次股权转让（2021/12）：每股7元。")["7元"].period == "2021/12"


def test_a_line_ending_in_a_colon_dates_the_list_under_it():
    text = "某公司5月季度的财报数据同样强劲：\n营收414亿美元\n毛利率84.9%，创历史新高\n下一段落。\n毛利率80%"
    facts = by_text(text)
    assert facts["414亿美元"].period == facts["84.9%"].period == "5月"
    assert facts["80%"].period == ""  # a sentence ends the list
    supposed = by_text("假设供款期内利率不变，还款额将有以下分别：\n最低利率：每月还款额为14,900元")
    assert supposed["14,900元"].period == ""  # the time of a supposition dates no list


def test_the_line_that_introduces_a_list():
    lines = ["营收情况如下：", "营收414亿美元", "毛利率84.9%", "这是一句话。", "净利润5亿元"]
    assert period.introducing_line(lines, 2) == 0
    assert period.introducing_line(lines, 4) is None
    assert period.introducing_line(["13:45：", "09:32", "沪指涨1%"], 2) is None


def test_a_box_title_in_brackets_dates_the_list_under_it():
    text = "某城经济数据出炉\n某城发布数据。\n【前三季度成绩单】\n零售额：800亿元，增长4%\n进出口：300亿元，下降2%\n"
    facts = by_text(text)
    assert facts["800亿元"].period == facts["300亿元"].period == facts["2%"].period == "前三季度"


def test_the_frame_of_a_record_does_not_date_the_figures_after_it():
    """刷新某月某日以来高位，较日低涨超5%: 以来 before a record word frames the record; the figures after it keep the
    time named before (早盘). 某月期铜 is a contract's month, as 某月期货 is."""
    found = by_text("美股早盘金价涨破4150美元，刷新8月10日以来高位，较日低涨超6%。")
    assert found["超6%"].period == "早盘"
    assert by_text("周三，COMEX 3月期铜收涨0.31%。")["0.31%"].period == "周三"


def test_a_sentence_that_only_states_an_earlier_value_does_not_date_the_next_sentence():
    """…，而去年同期为20亿元。在其他业务板块，营收增长了12%: the earlier time dates its own value only, up to the end
    of its sentence as up to a comma."""
    found = by_text("一季度营收增长了15%，达到23亿元，而去年同期为20亿元。在其他业务板块，营收增长了12%。")
    assert found["20亿元"].period == "去年同期"
    assert found["12%"].period != "去年同期"


def test_a_two_digit_year_after_a_cue_of_comparison_is_a_year_compared_with():
    """较16年稍跌: 16年 is the year 2016 compared with, no frame of sixteen years that dates the figures after it."""
    found = by_text("36岁至60岁占44.2%，较16年稍跌2.5个百分点；占总选民基数32%。")
    assert "16年" not in found
    assert found["32%"].period == ""


def test_the_frame_of_a_first_since_does_not_date_the_figures_after_it():
    found = by_text("油企2019年以来首次下调售价，一次性降价9美元。")
    assert found["9美元"].period == ""


def test_the_date_a_body_was_founded_is_no_period_of_the_figures_after_it():
    from pipeline import extract

    facts = {f.text: f.period for f in extract("该集团历史可追溯至1930年。其共有8名股东，合计持股91.2%。").facts}
    assert facts["8名"] == "" and facts["91.2%"] == ""
    assert {f.text: f.period for f in extract("公司成立于2012年，现有员工420人。").facts}["420人"] == ""


def test_a_year_that_opens_the_name_of_an_event_is_no_period():
    facts = by_text("某集团在2027年某某国际家具展（HFX）上发布新品，售价899元。")
    assert facts["899元"].period == ""


def test_a_date_written_with_spaces_around_its_digits_is_a_period():
    facts = by_text("某公司自 2025 年 3 月至 2026 年 8 月累计回购约12.5 亿元。")
    assert facts["约12.5 亿元"].period.replace(" ", "").endswith("2026年8月")
    assert by_text("截至 2026 年 8 月末，某基金规模达33亿元。")["33亿元"].period == "截至 2026 年 8 月末"


def test_a_year_alone_in_brackets_dates_the_figure_after_it():
    facts = by_text("某公司B 轮（2027）投后估值为31.5亿元。")
    assert facts["31.5亿元"].period == "2027"


def test_two_years_written_with_a_slash_before_a_cycle_are_its_period():
    found = by_text("消息发布。某市场2031/32周期容量电价达到300美元。")
    assert found["300美元"].period == "2031/32"


def test_an_event_clause_frames_its_sentence_past_a_semicolon_and_may_hold_a_figure():
    found = by_text("消息发布。新闸建成后，甲港年通过能力达2.2亿吨；乙港年通过能力达1.8亿吨。")
    assert found["2.2亿吨"].period == found["1.8亿吨"].period == "新闸建成后"
    found = by_text("消息发布。该局宣布将持股7%后，某矿业收涨12.5%。")
    assert found["12.5%"].period == "该局宣布将持股7%后"


def test_a_company_that_follows_closely_in_a_ranking_is_no_time():
    found = by_text("消息发布。今年以来，甲公司募资40亿元居首，乙公司31.5亿元紧随其后，丙公司28亿元位列第三。")
    assert found["28亿元"].period == "今年以来"


def test_an_event_clause_with_yilai_frames_its_sentence():
    found = by_text("消息发布。新款耳机上市以来，全品类销售额已超过3.4亿元。")
    assert found["超过3.4亿元"].period == "新款耳机上市以来"


def test_a_time_pointing_back_as_the_base_of_a_share_keeps_the_time_in_force():
    found = by_text("消息发布。2021年，某厂分红3亿元，占当年利润的40%。")
    assert found["40%"].period == "2021年"
    found = by_text("消息发布。2021年，某厂新增用户5万，占2020年总数的30%。")
    assert found["30%"].period == "2020年"  # a time named in full is the base's own


def test_an_occasion_word_before_a_verb_or_a_number_dates_the_figures_after_it():
    found = by_text("消息发布。2019年，某厂营收10亿元。此次将增发300万股新股。")
    assert found["300万股"].period == "此次"
    assert by_text("消息发布。2019年某区选民有4200人，增加至本届5300人。")["5300人"].period == "本届"


def test_an_occasion_word_before_a_noun_is_no_period():
    assert by_text("消息发布。2019年，某会召开。本次会议的听众达到800人。")["800人"].period == "2019年"
    assert by_text("消息发布。2019年，某君本次回购金额为1.5亿元。")["1.5亿元"].period == "2019年"


def test_the_afternoon_of_a_trading_day_is_a_period():
    assert by_text("消息发布。\n某指数午后快速走高，一度升逾4%。")["逾4%"].period == "午后"


def test_a_period_word_glued_to_the_word_before_it_is_no_time():
    assert by_text("消息发布。\n某行的最低利率出现在甲方案，每月还款额为9,800元。")["9,800元"].period == ""
    assert by_text("消息发布。\n分析师预计，某金属价格在短期内或回落7%。")["7%"].period == ""


def test_an_event_marked_by_zai_dates_its_sentence_without_a_comma():
    assert by_text("消息发布。\n某股在新规出台后很快跌至12.5元。")["12.5元"].period == "在新规出台后"


def test_a_zai_clause_of_a_condition_or_a_word_with_shi_is_no_event():
    assert by_text("消息发布。\n某指标在利率高于6%时容易回落5%。")["5%"].period == ""
    assert by_text("消息发布。\n旅客在甲站转车额外需时15分钟。")["15分钟"].period == ""
    assert by_text("消息发布。\n该费率会在有需要时调整，预计需额外承担3亿元。")["3亿元"].period == ""


def test_a_window_of_a_vague_length_is_a_period():
    assert by_text("消息发布。\n某公司计划在未来几年投资60亿元。")["60亿元"].period == "未来几年"


def test_a_market_session_clause_with_shi_dates_its_sentence_but_a_condition_does_not():
    assert by_text("消息发布。\n美股收盘时，某金属现货处于32.5美元上方。")["32.5美元"].period == "美股收盘时"
    assert by_text("消息发布。\n专科医生提供检查服务时，可收取不多于800元的费用。")["不多于800元"].period == ""


def test_an_event_clause_then_an_adverb_or_yi_dates_its_sentence_without_a_comma():
    found = by_text("消息发布。\n某铺开价约500万元，议价后以460万元易手，减价40万元。")
    assert found["460万元"].period == found["40万元"].period == "议价后"
    assert found["约500万元"].period == ""


def test_a_change_right_after_a_point_of_comparison_keeps_the_period_in_force():
    assert by_text("消息发布。\n2029年4月，某平台月活较3月又翻倍。")["翻倍"].period == "2029年4月"


def test_a_duration_alone_in_brackets_is_a_figure_and_frames_nothing():
    found = by_text("消息发布。\n今年1月，某陈酿（12年）从800元降至650元。")
    assert "12年" in found
    assert found["650元"].period == "今年1月"


def test_the_span_of_a_peak_is_part_of_the_record_not_a_period():
    found = by_text("消息发布。\n某机构称三季度出货达6,100万台，来到今年以来高峰。其中，某厂市占率升至7%左右。")
    assert found["7%左右"].period == "三季度"


def test_a_time_inside_a_sequence_clause_dates_no_figure_after_it():
    """继上半年缓步增长后: the clause is what the news follows on, neither its time nor the time inside it."""
    found = by_text("消息发布。\n某机构发布三季度出货数据，继上半年缓步增长后，再有季增幅，达6,100万台。"
                    "其中，某厂市占率升至7%左右。")
    assert found["6,100万台"].period == "三季度"
    assert found["7%左右"].period == "三季度"


def test_time_phrases_that_touch_are_one_period():
    assert by_text("消息发布。\n某指数3月17日早盘一度下跌2.7%。")["2.7%"].period == "3月17日早盘"


def test_a_weekday_of_this_week_is_one_period():
    assert by_text("消息发布。\n某指数本周二盘中一度下跌2.7%后收涨1.9%。")["1.9%"].period == "本周二盘中"


def test_the_days_around_a_festival_are_a_period():
    assert by_text("消息发布。\n春节后某区约有35宗成交。")["35宗"].period == "春节后"


def test_a_festival_holiday_and_its_length_are_one_period():
    """国庆假期, 五一小长假: a festival with a word of a holiday is a time; a duration right after it is its length."""
    found = by_text("消息发布。\n国庆假期，某镇接待游客41万人次。\n五一小长假4天，某馆售票1.3万张。")
    assert found["41万人次"].period == "国庆假期"
    assert found["1.3万张"].period == "五一小长假4天"
    assert "十一前" not in period_texts("某队排名第十一前进两位。")


def test_the_zhi_of_a_verb_of_change_is_not_part_of_the_period():
    found = by_text("消息发布。\n某品牌销量份额从2021年的40%升至2023年的55%；代工业务占比则从60%收缩至45%。")
    assert found["55%"].period == found["45%"].period == "2023年"
    assert by_text("消息发布。\n某市预测至2048年，用地缺口达900公顷。")["900公顷"].period == "至2048年"


def test_a_count_before_a_unit_word_is_a_duration_not_a_period_word():
    assert "年内" not in period_texts("某基金表示两年内不会增持。")
    assert period_texts("某基金年内回报达9%。") == ["年内"]


def test_a_window_an_act_lasts_inside_a_clause_frames_that_clause_only():
    found = by_text("消息发布。\n2027年3月，某基金称一年内暂不减持，但月报里它卖出了35万股。")
    assert found["35万股"].period == "2027年3月"
    # a window before a noun names the span of a measure, which the figures after it share
    found = by_text("消息发布。\n另外，某规划写明八年内住宅供给为51万伙，公营房屋为37万伙。")
    assert found["37万伙"].period == "八年内"


def test_a_level_unchanged_since_a_time_compares_with_it():
    found = by_text("消息发布。\n某地债市尾盘，甲债孳息约是3.8%，持平周一，乙债孳息约是2.6%。")
    assert found["2.6%"].period == "尾盘"


def test_a_time_narrowing_a_point_of_comparison_is_part_of_the_point():
    found = by_text("消息发布。\n某月8日，某币对美元收于6.93，较周一东京尾盘升41点。")
    assert found["41点"].period == "8日"


def test_the_span_of_a_record_does_not_date_the_figures_after_it():
    found = by_text("消息发布。\n某市8日股市回暖，某指数创近年新高，成交额达九百亿元。")
    assert found["九百亿元"].period == "8日"
    found = by_text("消息发布。\n周三午盘，某豆期货冲上2018年秋季以来盘中高点，报51.6美元。")
    assert found["51.6美元"].period == "周三午盘"


def test_a_time_just_after_a_figure_in_its_clause_dates_the_act_it_counts():
    found = by_text("消息发布。\n某协会访问了多家酒楼，其中4成表示今年会加价，3成维持原价。")
    assert found["4成"].period == "今年"


def test_the_time_a_record_was_made_dates_that_record_only():
    found = by_text("消息发布。\n甲板块当前估值约17倍，逼近2019年创下的29倍近期高位；乙板块估值则为14倍。")
    assert found["29倍"].period == "2019年"
    assert found["14倍"].period == "当前"
    found = by_text("消息发布。\n甲某以9秒97夺冠，打破了他在2031年创造的赛会纪录。乙某跳过2米21，位列第四。")
    assert found["2米21"].period == ""


def test_a_span_right_after_a_labels_time_and_colon_reads_with_it():
    found = by_text("消息发布。\n2027年Q2：单季收入71亿港元，净利率为8.5%。")
    assert found["71亿港元"].period == "2027年Q2：单季"


def test_the_end_or_start_of_a_span_is_part_of_the_period():
    spans = period_texts("截至2031年二季度末，某基金持仓市值为3亿元，上半年初仅1亿元。")
    assert spans == ["截至2031年二季度末", "上半年初"]


def test_the_round_a_text_reports_dates_the_figures_after_it():
    found = by_text("消息发布。\n据交易所统计，本轮获批的12家企业合计拟融资约190亿港元。")
    assert found["12家"].period == "本轮"


def test_now_and_once_before_their_verb_are_periods():
    assert period_texts("某币短线回落约30个点，现报147.2。") == ["现"]
    assert period_texts("某品牌在集团内，曾占总销量的35%左右。") == ["曾"]
    assert period_texts("市场出现分歧，某研究员发现报价偏高，曾某表示不会跟进。") == []


def test_the_time_of_an_old_state_dates_its_own_clause_only():
    found = by_text("消息发布。\n某债券将于5月8日起认购，发行上限由以往80亿，调高为120亿，而息率由1.5厘升至2厘。")
    assert found["80亿"].period == "以往"
    assert found["2厘"].period == ""  # (the date of the planned act dates its own clause only)


def test_a_time_named_after_a_cue_of_comparison_is_a_point():
    for text in ("某地电价较ERCOT 2031年均价上浮近3倍。", "相较日本2031年58GWh的装机量，需维持四成以上的增幅。"):
        assert period_texts(text) == []
    assert period_texts("较高的2031年营收") == ["2031年"]


def test_a_window_since_a_time_is_no_start_of_a_change():
    found = by_text("消息发布。\n报告指某网站流量自去年底以来总共缩减到7个百分点之后，其股价收跌9.4%。")
    assert found["7个百分点"].period == "自去年底以来"


def test_a_long_event_clause_still_dates_the_rest_of_its_sentence():
    found = by_text("消息发布。\n某基金据报正与一家欧洲能源集团商讨以约8亿欧元入股其风电资产的方案后，该集团收涨2.3%。")
    assert found["2.3%"].period.endswith("方案后")


def test_one_day_right_after_a_time_is_what_a_figure_is_per():
    found = by_text("消息发布。\n当局称新机组投产后，届时一天便能输出2.4亿度电。")
    assert found["2.4亿度"].period == "届时"


def test_now_describing_a_superlative_is_no_period():
    assert period_texts("甲品牌仍是当前最受青睐的玩具，62%的买家持有其产品。") == []
    assert period_texts("某基金如今最新的资产规模跌破百亿。") == ["如今"]


def test_the_date_of_a_cited_report_is_no_period():
    assert period_texts("据某通讯社3月14日援引某周刊报道，四名熟悉内情者称…") == []
    assert period_texts("11月的“利率展望”显示，21名委员中有8人预计…") == []
    assert period_texts("2031年的统计显示，其营收达9亿元。") == ["2031年"]


def test_an_event_then_a_word_of_a_total_dates_the_figure():
    found = by_text("消息发布。\n某股东早前持有820万股；回购后合计持有股份升至960万股。")
    assert found["960万股"].period == "回购后"


def test_soon_after_an_event_dates_what_follows():
    found = by_text("消息发布。\n某债孳息在早盘升至3.92%，通胀数据公布后不久回落至3.81%。")
    assert found["3.81%"].period == "通胀数据公布后不久"


def test_a_markets_session_with_shi_dates_what_follows_without_a_comma():
    found = by_text("消息发布。\n某币早盘涨超3%；港股收盘时停在6.2万美元附近。")
    assert found["6.2万美元"].period == "港股收盘时"


def test_an_act_then_shi_and_an_adverb_of_measure_dates_what_follows():
    found = by_text("消息发布。\n某计划推行后，签约时只需支付三成首期，余款分期。每头牛出栏时大概500公斤。")
    assert found["三成"].period == "签约时"
    assert found["大概500公斤"].period == "每头牛出栏时"


def test_an_act_then_qian_before_a_quote_dates_it():
    found = by_text("消息发布。\n某股2031年3月起暂停买卖，停牌前报2.6港元，市值只剩9亿港元。")
    assert found["2.6港元"].period == "停牌前"
    assert period.event_times("目前报价为5元，日前报称…") == []


def test_a_stretch_named_by_an_event_or_a_plan_is_a_period():
    """疫情期间, “十四五”时期, 在春耕期间: an event or a plan before 期间 or 时期 is a stretch of time; one
    after 在 inside a clause and named by the event alone frames that clause only."""
    found = by_text("消息发布。\n“十九五”期间，某省累计完成水利投资4870亿元。")
    assert found["4870亿元"].period == "“十九五”期间"
    found = by_text("消息发布。\n在秋收期间，某县安排补贴资金1.9亿元。期间由于降雨，日均收割面积减少了23万亩。")
    assert found["1.9亿元"].period == "秋收期间"
    assert found["23万亩"].period == "期间"
    assert by_text("消息发布。\n某品占比从高峰时期的41.5%降至27.3%。")["41.5%"].period == "高峰时期"
    found = by_text("2031年，某股在整固期间持续走高，直到增速跌破37%后涨势方才结束。")
    assert found["跌破37%"].period == "2031年"
    assert by_text("某署于2031年3月至5月期间进行调查，访问了8765名居民。")["8765名"].period == "2031年3月至5月期间"
    assert by_text("某项津贴上限为任职期间平均月薪的九倍。")["九倍"].period == ""


def test_fiscal_years_and_sports_seasons_are_periods():
    """2030-31财政年度, 新财年, 上一财政年度, 本赛季, 2030/31赛季: named or written out, each is a period."""
    assert by_text("2030-31财政年度，某署开支预计为913亿元。")["913亿元"].period == "2030-31财政年度"
    assert by_text("新财年，某国防务预算增至2.7万亿元。")["2.7万亿元"].period == "新财年"
    assert by_text("上一财政年度，某市赤字为417亿元。")["417亿元"].period == "上一财政年度"
    assert by_text("本赛季至今，某城队取得13胜。")["13胜"].period == "本赛季至今"
    assert by_text("2030/31赛季，某队主场上座率达93%。")["93%"].period == "2030/31赛季"


def test_the_parts_of_a_match_are_periods():
    assert by_text("上半场，某城队控球率达到61%。")["61%"].period == "上半场"
    assert by_text("第三节，某港队单节得到37分。")["37分"].period == "第三节"


def test_a_time_listed_after_a_point_of_comparison_is_one_too():
    found = by_text("2月末，某项余额同比增长7.9%，增速分别比上月末和上年同期低0.3个和1.7个百分点。")
    assert found["1.7个百分点"].period == "2月末"


def test_a_window_is_read_whole_with_its_opener_or_its_phrase():
    """前9个月, 过去11个月, 今年前两个月: the duration inside is read with the words that make it a window."""
    assert by_text("前9个月，某省出口增长4.7%。")["4.7%"].period == "前9个月"
    assert by_text("过去11个月，某市物价上涨2.9%。")["2.9%"].period == "过去11个月"
    assert by_text("今年前两个月，某行业利润总额增长13.4%。")["13.4%"].period == "今年前两个月"


def test_an_occasion_word_before_an_act_on_a_noun_dates_the_figures():
    """是次沽出物业获利…: the verb and the noun after 是次 are the occasion's act; 本次回购金额 names a measure and 本次
    招聘计划 a document, which the time before dates."""
    found = by_text("某业主2019年以412万元购入，是次沽出物业获利约263万元。")
    assert found["约263万元"].period == "是次"
    assert by_text("2031年3月，某公司公告，本次回购金额不超过7.3亿元。")["不超过7.3亿元"].period == "2031年3月"
    assert by_text("2031年3月，某公司公告，本次招聘计划为370人。")["370人"].period == "2031年3月"


def test_the_match_itself_dates_its_figures():
    assert by_text("本场比赛，某队三分球命中率高达47.3%。")["47.3%"].period == "本场比赛"


def test_a_lead_figure_repeating_the_headline_takes_its_period():
    found = extract("2031年某省油菜籽产量达到417万吨\n本报讯 某省油菜籽总产量达到417万吨，比上年增长3.7%。").facts
    lead = [f for f in found if f.text == "417万吨"][1]
    assert lead.period == "2031年"
    assert [f.period for f in found if f.text == "3.7%"] == [""]


def test_the_opening_of_a_session_and_days_in_words_are_periods():
    assert by_text("消息发布。\n某债孳息盘初下破3.71%。")["3.71%"].period == "盘初"
    assert by_text("消息发布。\n某指数最近两日累涨8.73%。")["8.73%"].period == "最近两日"


def test_a_past_state_in_a_phrase_before_de_dates_that_phrase_only():
    """盘初曾跌2.1%的某股收涨0.6%: the past state describes the stock; the close is not the opening's."""
    found = by_text("消息发布。\n盘初曾跌2.1%的某股收涨0.6%。某板块午后回暖，盘初曾跌1.3%的某股转涨，某股涨超6%。")
    assert found["2.1%"].period == "盘初"
    assert found["0.6%"].period == ""
    assert found["超6%"].period == "午后"
    assert by_text("消息发布。\n某价上周曾跌至低位，每公斤10.9元。")["10.9元"].period == "上周"


def test_an_ordinal_of_a_unit_of_time_opening_a_clause_is_a_period():
    assert by_text("开幕第四天，某展客流达到6.1万人次。")["6.1万人次"].period == "第四天"
    assert period_texts("第77分钟，某城队扳平比分。") == ["第77分钟"]
    assert period_texts("这是该队连续第三年夺冠。") == []


def test_a_quarter_written_with_a_digit_is_a_period():
    """第3季, 第4季度, 第2财季 (Taiwan's papers write the digit) date their figures as 第三季 does."""
    found = by_text("某季報\n第3季毛利率為41%，2031年第4季度營收增長5%。")
    assert (found["41%"].period, found["5%"].period) == ("第3季", "2031年第4季度")


def test_the_first_quarters_written_with_a_digit_are_a_period():
    """前3季, 前2季度 (period_pattern) as 前三季: the digit Taiwan's papers write (not 提前3季, ahead of time)."""
    found = by_text("某季報\n某某電今年前3季營收年增12%，前2季度毛利率為38%。")
    assert (found["12%"].period, found["38%"].period) == ("今年前3季", "前2季度")
    assert period_texts("工程提前3季完成") == []



def test_a_time_marked_by_at_after_a_figure_dates_it_over_a_carried_time():
    """其中四成将于2033年建成: 在/于 mark the time of the act the figure counts, over the time of an earlier clause."""
    found = by_text("消息发布。\n某署2031年觅得地块120幅，其中四成将于2033年建成。")
    assert found["四成"].period == "2033年"
    assert found["120幅"].period == "2031年"


def test_the_unit_before_the_time_in_force_and_first_units_are_periods():
    """前一年, 上一季度, 此前一年, 首个月, 首年, 来年, 新作年度, 一季报, 中报, CY29 and 下一年度 are periods."""
    assert period_texts("前一年申诉多，上一季度亦然") == ["前一年", "上一季度"]
    assert period_texts("市占率从此前一年的61.3%升至") == ["从此前一年"]
    assert period_texts("离任前一年内支取") == []
    assert period_texts("诊所首个月服务65人，开业后首年客量") == ["首个月", "首年"]
    assert period_texts("预期来年冻薪，新作年度库存，下一年度开支") == ["来年", "新作年度", "下一年度"]
    assert period_texts("据一季报，据中报，基于CY29年盈利") == ["一季报", "中报", "CY29"]
    assert by_text("消息发布。\n某国大豆优良率为51%，前一周为53%。")["53%"].period == "前一周"


def test_a_day_said_twice_with_brackets_is_one_time():
    """今（5）日 (Taiwan's papers), 9月3日（周三）, 昨日(14日): the bracketed day is part of the time."""
    assert period_texts("主計處今（5）日公布") == ["今（5）日"]
    assert period_texts("将于9月3日（周三）开始") == ["9月3日（周三）"]
    assert by_text("某校停业\n消息传出，约两百名租户昨日(14日)聚集在会所外。")["约两百名"].period == "昨日(14日)"


def test_a_window_from_a_time_on_is_no_start_of_a_change():
    """从2031年3月开始…降至4.1%: the window opens at that time; 4.1% is not the figure of its start."""
    found = by_text("消息发布。\n从2031年3月开始，某行连续三次降息，将利率降至4.1%。")
    assert found["4.1%"].period == "从2031年3月"
    assert by_text("消息发布。\n某价从2031年的22%提升至31%。")["31%"].period == ""


def test_a_time_after_higher_or_lower_than_dates_only_its_own_level():
    """低于上月预估的4.34亿, 高于去年同期的42%: the level set against is that time's; the time carries no further."""
    found = by_text("消息发布。\n某国大豆产量预估为4.29亿吨，低于上月预估的4.34亿吨；单产为每亩52.7公斤。")
    assert (found["4.34亿吨"].period, found["52.7公斤"].period) == ("上月", "")
    found = by_text("2031年二季度报告\n二季度付费用户占比为47%，高于去年同期的42%；新用户同比增长13%。")
    assert (found["42%"].period, found["13%"].period) == ("去年同期", "二季度")
    assert by_text("消息发布。\n该指数今年升幅稍低于去年的4.75%。")["4.75%"].period == "去年"


def test_an_edition_of_an_event_is_a_period():
    """今届奥运, 上届全运会, 本届亚运会: an edition of an event dates its figures; 本届 alone waits for a verb."""
    found = by_text("某队创佳绩\n某代表团在今届奥运共夺得2金3银。上届全运会，该队派出171名运动员。")
    assert (found["2金"].period, found["171名"].period) == ("今届奥运", "上届全运会")
    assert period_texts("本届亚运会上，本届会议的看点") == ["本届亚运会"]


def test_quarters_school_years_and_split_years_as_hong_kong_writes_them():
    """去季, 今季, 首两季, 头三季, 本学年, 2031/32学年, and a split year written out alone (2031/32产糖) are periods."""
    assert period_texts("去季录得增长，今季回落，首两季上限，头三季") == ["去季", "今季", "首两季", "头三季"]
    assert period_texts("本学年学额，2031/32学年，同学年龄") == ["本学年", "2031/32学年"]
    assert period_texts("某国2031/32产糖，比分3/4") == ["2031/32"]


def test_crop_seasons_are_periods():
    """2031/32榨季, 上一榨季, 本产季, 今球季 and 新季 are seasons as 本赛季 is."""
    assert period_texts("2031/32榨季过剩，上一榨季短缺，本产季，今球季，新季作物") == [
        "2031/32榨季", "上一榨季", "本产季", "今球季", "新季"]
    found = by_text("某国可可\n某国本榨季截至11月3日的可可到港量为52.1万吨。")
    assert found["52.1万吨"].period == "本榨季截至11月3日"


def test_a_sequence_after_another_is_no_time():
    """继某国之后，…: what the news follows on dates no figure after the clause."""
    assert by_text("某疫情\n继甲国之后，乙国的个案相继破万。")["破万"].period == ""


def test_a_time_in_brackets_right_after_a_figure_is_its_period_and_carries_no_further():
    """目标价从510美元（2031年底目标）上调至1320美元（2032年底目标）: each bracket dates the figure before it."""
    found = by_text("某行研报\n某行将某股目标价从510美元（2031年底目标）上调至1320美元（2032年底目标），"
                    "基于11倍市盈率。")
    assert (found["510美元"].period, found["1320美元"].period) == ("2031年底", "2032年底")
    assert found["11倍"].period == ""



def test_days_from_on_and_times_up_to_now_are_periods():
    """自3日起, 即日起, 即日 (the same day) and 本周迄今 are periods; 30日起计 counts days, no day of a month."""
    assert period_texts("该措施自3日起实施，即日起收费，即日沽出九成，本周迄今累计上涨，30日起计") == [
        "自3日起", "即日起", "即日", "本周迄今"]


def test_seasons_entered_thirds_of_a_month_and_short_windows_are_periods():
    """入汛以来, 开春以来, 汛期, 8月下旬, 周内, 当周; 5月上旬与4月下旬相比 compares the later time with the earlier."""
    assert period_texts("入汛以来降雨，开春以来，汛期水位，8月下旬，周内累计上涨，当周") == [
        "入汛以来", "开春以来", "汛期", "8月下旬", "周内", "当周"]
    found = by_text("某市价格监测\n5月上旬与4月下旬相比，13种商品售价上涨。")
    assert found["13种"].period == "5月上旬"


def test_a_match_said_as_this_one_is_a_period():
    """今场赛事 (Hong Kong's papers), 本场赛事 date their figures as 本场比赛 does."""
    assert by_text("某队晋级\n今场赛事入场观众达1.3万人。")["1.3万人"].period == "今场赛事"


def test_a_within_word_inside_a_clause_after_a_date_is_read_within_that_date():
    """4月9日，某合约日内跌6%: the date dates the figure; …，日内跌6% (opening its clause) is the period itself."""
    assert by_text("某价\n3月14日，某合约日内跌6%。")["6%"].period == "3月14日"
    assert by_text("某价\n3月14日某合约收于41元，日内跌6%。")["6%"].period == "日内"
    assert by_text("某价\n某股收盘时，某合约日内跌6%。")["6%"].period == "日内"


def test_the_time_just_named_and_the_next_are_periods():
    """该月, 同季度, 当季度, 次日, 上月中旬 are periods; 应该年年增长 holds no 该年."""
    assert period_texts("该月销量，同季度，当季度营收，次日回落，上月中旬，应该年年增长") == [
        "该月", "同季度", "当季度", "次日", "上月中旬"]


def test_a_whole_span_before_the_base_of_a_share_is_no_period():
    """截至8月底…完成全年额度的83%: 全年 names the base the share is of; the time in force dates the share."""
    found = by_text("某省专项债\n截至8月底，已发行3.7万亿元，完成全年额度的83%。")
    assert found["83%"].period == "截至8月底"


def test_years_of_the_republic_are_periods():
    """民國113年 and 113年度 (Taiwan's papers) are years; 成立已有110年 is a duration."""
    assert period_texts("民国113年全年物价，113年度总预算，成立已有110年") == ["民国113年全年", "113年度"]
    found = by_text("主計處預測\n民國113年全年消費者物價指數年增率為2.17%。")
    assert found["2.17%"].period == "民國113年全年"


def test_a_year_of_the_republic_before_its_first_quarters_or_months_is_one_period():
    """114年前三季, 113年前10月: the first quarters or months of a year of the Republic, not 114年前 (years ago)."""
    assert period_texts("某某電子114年前三季營收，113年前10月累計") == ["114年前三季", "113年前10月"]
    found = by_text("某光電114年前三季營收為新台幣52億元，年增8.6%。")
    assert found["新台幣52億元"].period == "114年前三季"
    assert found["8.6%"].period == "114年前三季"
    assert period_texts("這座廟宇建於110年前。") == ["110年前"]


def test_the_short_title_over_bullet_items_dates_each_item():
    text = "某县2031年上半年主要数据\n\n■粮食产量：52万吨，增长3.6%\n■财政收入：8.1亿元\n■常住人口：83万人\n"
    periods = {f.text: f.period for f in extract(text).facts}
    assert periods == {"52万吨": "2031年上半年", "3.6%": "2031年上半年", "8.1亿元": "2031年上半年",
                       "83万人": "2031年上半年"}


def test_a_paragraph_of_prose_over_bullet_items_does_not_date_them():
    text = "某县去年的情况已在2031年的报告中说明，今年则另有安排。\n■粮食产量：52万吨\n"
    assert next(f for f in extract(text).facts if f.text == "52万吨").period != "2031年"


def test_quarters_counted_back_from_now_are_periods():
    """最近两个季度, 过去三个财季: quarters counted back (个季度 reads as a count 两个, so the durations miss
    them); a time before them does not carry past them."""
    assert period_texts("最近两个季度，过去三个财季，近4个季度") == ["最近两个季度", "过去三个财季", "近4个季度"]
    found = by_text("某厂\n2031年，某厂营收为5亿元。最近两个季度，某厂亏损近9千万元。")
    assert found["近9千万元"].period == "最近两个季度"


def test_recent_stretches_and_a_time_told_of_are_periods():
    """连日来, 近段时间, 这几年, 眼下, 彼时 open a clause with its time; the year before them does not carry past."""
    assert period_texts("连日来，近段时间，这几年，眼下，彼时") == ["连日来", "近段时间", "这几年", "眼下", "彼时"]
    found = by_text("某镇\n2031年，某镇产量为5万吨。连日来，某镇每天运出粮食900吨。")
    assert found["900吨"].period == "连日来"


def test_an_event_that_opens_a_sentence_carries_to_the_end_of_its_paragraph():
    """新规生效后，…。即：…可买2套: an event clause opening a sentence dates the paragraph after it; one inside a
    sentence (可在扣除资助后，收取…) frames that sentence only."""
    found = by_text("某市新规\n某市3日发布新规。新规生效后，外地家庭缴税年限降为2年。即：满2年可买2套住房。\n下段")
    assert found["2套"].period == "新规生效后"
    found = by_text("某计划\n2031年起，诊所可在扣除资助后，收取不多于900元的费用。诊所另收登记费40元。")
    assert found["40元"].period == "2031年"


def test_a_time_marked_by_at_after_a_figure_dates_it_whatever_word_follows():
    """六成受访者在过去两年内首次…: the 在 marks the time of the act the figure counts, though no verb follows it."""
    assert by_text("某调查\n调查显示，63%的受访者在过去两年内首次购买基金。")["63%"].period == "过去两年内"


def test_the_months_before_an_act_are_no_first_months_of_a_year():
    """受访者在体检前6个月内曾…: a window before an act, which dates no figure of the next sentence; 今年前10个月 and
    某行业前五个月 are the first months of a year."""
    assert period_texts("在体检前6个月内曾戒烟，今年前10个月，某行业前五个月") == ["今年前10个月", "前五个月"]
    found = by_text("某调查\n2031年3月，调查访问1000人，31.5%受访者在体检前6个月内曾戒烟。其中男性比率为40.2%。")
    assert found["40.2%"].period == "2031年3月"


def test_the_span_of_a_forward_measure_frames_nothing():
    """某股的12个月远期市盈率为31倍: 12个月 names the measure (a forward ratio), it is no window the figures share."""
    found = by_text("某板块\n某股的12个月远期市盈率为31倍，另一股约为27倍。")
    assert found["31倍"].period == "" and found["约为27倍"].period == ""


def test_the_times_of_a_match_report_are_periods():
    """此役，… (an occasion word before a comma), 半场结束时, 前三节, 补时阶段 and 职业生涯 date what follows."""
    found = by_text("某杯赛\n某日，甲队3比1胜乙队。此役，甲队控球率为57%。半场结束时，甲队领先2球。"
                    "前三节甲队命中率为41%。补时阶段，乙队射门4次。某甲本赛季进19球，职业生涯累计进211球。")
    assert found["57%"].period == "此役"
    assert found["41%"].period == "前三节"
    assert found["4次"].period == "补时阶段"
    assert found["211球"].period == "职业生涯"


def test_days_counted_back_in_digits_are_one_window():
    """过去7日, 近30日: days counted back from now, not the 7th or the 30th of a month."""
    assert period_texts("过去7日，近30日，最近5个交易日，3日") == ["过去7日", "近30日", "最近5个交易日", "3日"]


def test_a_table_row_labelled_by_a_time_is_dated_by_it():
    """表 2031年分季销量 over | 三季度 | 41 |: the row's time is the cell's period, narrower than the title's."""
    found = by_text("某厂\n\n表 2031年分季销量（万台）\n| 季度 | 销量 |\n|---|---|\n| 三季度 | 41 |\n| 四季度 | 47 |\n")
    assert found["41"].period == "三季度" and found["47"].period == "四季度"


def test_the_seasons_of_energy_supply_are_periods():
    """今冬明春, 供暖季, 枯水期, 用电高峰期 date the figures after them."""
    assert period_texts("今冬明春，供暖季，枯水期，用电高峰期") == ["今冬明春", "供暖季", "枯水期", "用电高峰期"]


def test_a_point_of_comparison_in_a_clause_of_its_own_dates_the_levels_after_it():
    """今年3月某苑有8宗…。相比去年同期，某苑有19宗…: the levels after a bare point are that time's; a sentence of
    changes (相比去年同期，新增4家) or a change stays with the time in force."""
    found = by_text("某区\n今年3月，某苑有8宗成交，均价为9,210元。相比去年同期，某苑有19宗成交，均价为9,870元。")
    assert found["19宗"].period == "去年同期" and found["9,870元"].period == "去年同期"
    found = by_text("某区\n今年3月，某区有8家店。相比去年同期，新增4家，包括某店等三家。")
    assert found["三家"].period == "今年3月"


def test_the_first_days_of_a_span_are_one_period_and_the_lai_of_laikan_is_not_up_to_now():
    assert period_texts("本月首12日，某区一手成交约860宗。") == ["本月首12日"]
    assert period_texts("全年来看，某市燃气用量约为31亿立方米。") == ["全年"]


def test_a_clock_time_after_a_part_of_the_day_and_this_morning_are_periods():
    assert period_texts("截至下午4时，某站共接待旅客2.3万人次。") == ["截至下午4时"]
    assert period_texts("今（8）日清晨7时，某赛事鸣枪起跑。") == ["今（8）日清晨7时"]
    assert period_texts("某指数今晨高开，报3150点。") == ["今晨"]


def test_an_adjustment_is_a_way_of_reckoning_not_a_time():
    found = by_text("消息发布。\n某地第三季生产总值按年增长2.7%。经季节性调整后，按季增长0.6%。")
    assert found["0.6%"].period == "第三季"


def test_a_time_inside_a_record_after_a_word_of_years_does_not_carry():
    found = by_text("消息发布。\n某关出口值增长11.2%，创历年同月新高；进口值为93.6亿元。")
    assert found["93.6亿元"].period == ""


def test_a_year_of_the_republic_written_alone_is_a_year_but_not_a_count_of_years():
    assert period_texts("113年全台茶叶产量为1.4万公吨。") == ["113年"]
    assert period_texts("该店已有105年历史，年营收3亿元。") == []


def test_fiscal_years_in_two_digits_and_a_run_of_fiscal_years_are_periods():
    assert period_texts("31/32财年开支估计为6900亿元。") == ["31/32财年"]
    assert period_texts("2031-32至2033-34年度的平均增幅为2.5%。") == ["2031-32至2033-34年度"]
    assert period_texts("预计需要10-15年才能回本。") == []


def test_a_week_of_the_year_with_its_days_in_brackets_is_one_period():
    assert period_texts("第12周（3.17-3.23），某区成交面积为41万平方米。") == ["第12周（3.17-3.23）"]
    assert period_texts("2031年第12周某品批发价为每公斤9.6元。") == ["2031年第12周"]


def test_the_level_a_change_starts_from_after_a_comparison_clause_is_the_points():
    found = by_text("消息发布。\n与上年同期相比，某镇的满意度指数由57.3分跌至52.6分。")
    assert found["57.3分"].period == "上年同期"
    assert found["52.6分"].period == ""


def test_this_and_next_year_open_a_window():
    assert by_text("消息发布。\n某机构预计，今明两年某地用电需求年均增长约3.4%。")["约3.4%"].period == "今明两年"


def test_days_around_a_festival_just_named_and_first_working_days_are_periods():
    assert period_texts("节后首个工作日，某线客流回落至41万人次。") == ["节后首个工作日"]
    assert period_texts("在这道工序前，某件成本为5元。") == []
    assert period_texts("假期前三天，某站发送旅客13万人次。") == ["前三天"]


def test_the_middle_of_a_year_and_up_to_now_said_whole_are_periods():
    assert period_texts("某指标直到2031年中才见顶，峰值约为7%。") == ["到2031年中"]
    assert period_texts("2031年中国内产量为9万吨。") == ["2031年"]
    assert period_texts("迄今为止，某馆共接待游客63万人次。") == ["迄今为止"]


def test_the_halves_of_a_fiscal_year_are_periods():
    assert period_texts("上半财年，某店营收为3.7亿元。") == ["上半财年"]


def test_a_time_whose_level_a_share_is_of_is_no_period():
    found = by_text("消息发布。\n今年前八个月，某岛客流恢复至2031年同期水平的87%；去年仅为2030年的41%。")
    assert found["87%"].period == "今年前八个月"
    assert found["41%"].period == "去年"


def test_matches_counted_back_are_the_window_of_a_players_figures():
    found = by_text("消息发布。\n某球员本赛季打进17球，他在过去6场比赛中攻入5球。")
    assert found["5球"].period == "过去6场比赛"


def test_two_thirds_of_a_month_the_end_of_a_quarter_and_a_school_term_are_periods():
    assert period_texts("10月中下旬，某品价格回落3%。") == ["10月中下旬"]
    assert period_texts("季末，某行存款余额为2.6万亿元。") == ["季末"]
    assert period_texts("本学期，某校学生为530人。") == ["本学期"]


def test_a_plans_time_does_not_date_a_state_already_reached():
    """预计2027年完工，已完成投资…: the time of a planned act dates no figure of a state reached or held now."""
    assert by_text("某市預計2027年完工，已完成投資80億元。")["80億元"].period == ""
    assert by_text("某品牌将在今年底推出新车型，已累计售出新车200万辆。")["200万辆"].period == ""
    assert by_text("某機構預計明年推出新產品，該公司現有員工3000人。")["3000人"].period == ""
    # a forecast's own figures and the forecasts after it keep the time, and a time that only frames its clause
    found = by_text("某央行预计2026年经济增长4.5%，通胀率为2%。")
    assert found["4.5%"].period == found["2%"].period == "2026年"
    assert by_text("预计到2035年，已建成的充电桩将达到500万个。")["500万个"].period == "到2035年"


def test_kinds_of_day_date_the_figures_of_their_own_clause():
    """平日…，周末则…: a kind of day or hour is the period of its clause's figures, and 分别 shares a list of them
    out; it names no one time, so a habit (周末营业) dates no figure after it."""
    found = by_text("平日每日客量約5萬人次，週末則增至8萬人次。")
    assert (found["約5萬人次"].period, found["8萬人次"].period) == ("平日", "週末")
    found = by_text("某线平日和周末分别每日开行70班和82班列车。")
    assert (found["70班"].period, found["82班"].period) == ("平日", "周末")
    assert by_text("非繁忙時間每5分鐘一班，繁忙時間則每2分鐘一班。")["2分鐘"].period == "繁忙時間"
    assert by_text("该餐厅周末营业，人均消费约80元。")["约80元"].period == ""
    assert by_text("上周末两天，某景区接待游客3万人次。")["3万人次"].period == "上周末"


def test_a_span_of_years_shared_out_by_fenbie_names_its_middle_years():
    """2022年至2024年…分别为x、y、z: each figure takes its year, the middle one too though the text does not write it
    (2023年), also where the span opens the sentence and for a second list after it."""
    found = by_text("該集團2022年至2024年收入分別為10億元、12億元及15億元。")
    assert [found[t].period for t in ("10億元", "12億元", "15億元")] == ["2022年", "2023年", "2024年"]
    found = by_text("某公司2020-2023年度研发投入分别为1亿元、2亿元、3亿元和4亿元。")
    assert [found[t].period for t in ("2亿元", "3亿元")] == ["2021年度", "2022年度"]
    found = by_text("2022至2024财年，该公司净利润分别为3亿元、4亿元、5亿元，毛利率分别为30%、32%、35%。")
    assert [found[t].period for t in ("4亿元", "32%", "35%")] == ["2023财年", "2023财年", "2024财年"]
    # a span of another number of years than figures shares nothing out
    found = by_text("2021至2024年，甲、乙两家公司的收入分别为5亿元和6亿元。")
    assert found["5亿元"].period == found["6亿元"].period == "2021至2024年"


def test_times_that_open_the_sentence_are_shared_out_by_fenbie():
    """上半年和下半年，…分别为x和y; 今年7至9月，…分别为x、y、z: the times of the clause before a list go to its figures
    in turn; a span gives one to each only to a series of one measure (2023—2024年，营收和利润分别增长… are both the
    span's)."""
    found = by_text("上半年和下半年，公司營收分別為30億元和35億元。")
    assert (found["30億元"].period, found["35億元"].period) == ("上半年", "下半年")
    found = by_text("2023年和2024年，公司营收分别为30亿元和35亿元。")
    assert (found["30亿元"].period, found["35亿元"].period) == ("2023年", "2024年")
    found = by_text("今年7至9月，某市新房成交量分别为3000套、3500套和4200套。")
    assert [found[t].period for t in ("3000套", "3500套", "4200套")] == ["7月", "8月", "9月"]
    found = by_text("2023—2024年，公司营收和利润分别增长10%和20%。")
    assert found["10%"].period == found["20%"].period == "2023—2024年"
    found = by_text("1—2月，全国规模以上工业增加值和社会消费品零售总额分别增长7%和5.5%。")
    assert found["7%"].period == found["5.5%"].period == "1—2月"


def test_fenbie_shares_out_the_quarters_a_list_or_a_span_names():
    """一、二、三季度…分别增长x、y、z, 第一、二季度…: each figure takes its quarter as it would be written alone."""
    found = by_text("一、二、三季度，GDP分别增长5.3%、5.2%和4.8%。")
    assert [found[t].period for t in ("5.3%", "5.2%", "4.8%")] == ["一季度", "二季度", "三季度"]
    found = by_text("第一、二季度，公司營收分別為30億元和35億元。")
    assert (found["30億元"].period, found["35億元"].period) == ("第一季度", "第二季度")
    found = by_text("一至三季度，某省GDP分别增长5.3%、5.2%和4.8%。")
    assert found["5.2%"].period == "二季度"


def test_lately_before_a_verb_is_a_period():
    """最近至少有三家…, 某股最近跌了5%: 最近 (lately) before a verb or an adverb dates its figures; not 最近的车站
    (nearest) nor 最近一次 (the last time, a label)."""
    assert by_text("最近至少有三家報館跟進此事。")["至少有三家"].period == "最近"
    assert by_text("某股最近跌了5%。")["5%"].period == "最近"
    assert by_text("距离最近的车站约500米。")["约500米"].period == ""


def test_times_counted_back_with_two_several_or_half_are_periods():
    """两年前, 几个月前, 半年前: a time counted back opens with 两, 几 or 半 as often as with 三."""
    assert period_texts("两年前，甲公司营收为5亿元。") == ["两年前"]
    assert period_texts("几个月前乙厂只有工人80名。") == ["几个月前"]
    assert by_text("半年前，某股股價為12元。")["12元"].period == "半年前"


def test_weeks_and_this_month_as_hong_kong_and_taiwan_write_them():
    """上星期, 今個禮拜, 呢個月, 今個財政年度: 星期 and 礼拜 name a week, 今個 and 呢個 mean this."""
    assert by_text("上星期，某屋苑錄得成交20宗。")["20宗"].period == "上星期"
    assert by_text("今個財政年度，政府赤字預計為800億元。")["800億元"].period == "今個財政年度"
    assert by_text("呢個月某商場人流增加三成。")["三成"].period == "呢個月"
    assert period_texts("上个礼拜三某指数收跌2%，礼拜五回升1%。") == ["上个礼拜三", "礼拜五"]


def test_a_year_written_before_a_latin_quarter_or_half_is_one_period():
    """2025H1, 26Q3: a year in digits glued to a quarter or a half in Latin letters."""
    assert by_text("某公司2025H1營收為40億元。")["40億元"].period == "2025H1"
    assert by_text("某公司26Q3毛利率为41%。")["41%"].period == "26Q3"


def test_a_run_of_months_in_numerals_and_a_fiscal_quarter_said_short():
    """一至九月 (not 至九月), 本财季: a run of months written out, this fiscal quarter."""
    assert period_texts("一至九月，甲省出口增长4%。") == ["一至九月"]
    assert by_text("本財季，某公司營收增長9%。")["9%"].period == "本財季"


def test_the_new_figure_of_a_change_said_with_a_verb_and_wei_is_not_the_old_times():
    """由去年的3%变为2%, 由以往100元改為80元: 变为, 改为, 调整为 end a change like 至; the new figure is not the
    old time's."""
    assert by_text("某费率由去年的3%变为2%。")["2%"].period == ""
    assert by_text("甲市最低工资由2024年的2300元调整为2500元。")["2500元"].period == ""
    assert by_text("某費用由以往的100元改為80元。")["80元"].period == ""
    assert by_text("某补助由去年加发两个月，改为加发一个月。")["一个月"].period == ""


def test_only_or_less_than_an_earlier_times_level_is_a_share_of_that_level():
    """只有去年的一半, 不足昨日的三成: the share is of the earlier time's level; the figure keeps its own time."""
    assert by_text("今年某地降雨量只有去年的一半。")["一半"].period == "今年"
    assert by_text("某商场今年营业额仅有2019年的七成。")["七成"].period == "今年"
    assert by_text("某股今日成交额不足昨日的三成。")["三成"].period == "今日"


def test_a_time_inside_a_phrase_describing_an_object_dates_no_later_clause():
    """取得一份甲公司2031年交予某署的文件，发现…: the time of the document's act is inside the object's modifier; the
    figures of the clauses after it are not of that time (a time that opens its clause, a superlative's span, or a
    measure after 的 still carry)."""
    assert by_text("某社取得一份甲公司2031年交予某署的文件，发现甲公司共供应螺丝5万个。")["5万个"].period == ""
    assert by_text("如果不考虑去年油价上涨的影响，物价涨幅为1.5%。")["1.5%"].period == ""
    assert by_text("第三季度入围的机型多属甲系列，乙款排第三名。")["第三名"].period == "第三季度"
    assert by_text("丙款成为今年首季最畅销的机型，丁款排第五名。")["第五名"].period == "今年首季"
    assert by_text("甲公司2031年取得的销售收入达100亿元，同比增长12%。")["12%"].period == "2031年"
    assert by_text("截至年底累计建成的充电桩超过300万个，同比增长40%。")["40%"].period == "截至年底"


def test_a_time_after_xiangduiyu_is_a_point_of_comparison():
    """相對於上年同季多出9%: 相对于 compares like 相较于; the change is the quarter's, not last year's."""
    assert by_text("某公司第三季營收為80億元，相對於上年同季多出9%。")["9%"].period == "第三季"
    assert by_text("某公司今年純利為12億元，相對於去年的10億元增加20%。")["20%"].period == "今年"


def test_a_stretch_named_by_a_process_is_a_period():
    """在改造過程中，…: 过程中 names a stretch of time like 期间."""
    assert by_text("在改造過程中，甲廠共投入資金3億元。")["3億元"].period == "改造過程中"
    assert by_text("在新品推广过程中，某公司追加投资10亿元。")["10亿元"].period == "新品推广过程中"


def test_a_time_between_the_figure_its_de_and_its_measure_is_the_figures():
    """凭35%的年内涨幅排第一, 录得12%的全年涨幅: the time qualifies the figure's own measure after 的."""
    assert by_text("某股凭357%的年内涨幅排名第一。")["357%"].period == "年内"
    assert by_text("某指数录得12%的全年涨幅。")["12%"].period == "全年"
    assert by_text("某股以35%的涨幅领先。")["35%"].period == ""


def test_a_time_describing_a_report_of_results_still_dates_the_figures_after_it():
    """公布截至6月30日止的中期业绩，收入增长8%: the results are the span's figures, so its time carries (not a
    document's date: results_nouns.txt); 截至…止 closes the time phrase."""
    assert by_text("某公司发布截至6月30日止的中期业绩，收入增长8%。")["8%"].period == "截至6月30日"
    assert by_text("丙集团公布2031年经审核的年度业绩，营业额为80亿元。")["80亿元"].period == "2031年"
    assert by_text("丁行发布2031年第三季度实现的经营数据，净利润增长6%。")["6%"].period == "2031年第三季度"


def test_a_release_of_data_dates_what_follows_with_or_without_a_comma():
    """甲国零售数据公布后回落至…, 甲国通胀数字发布时急跌，…: the release, then 后 or 时, is the time of the figures
    after it in its sentence, in both scripts; the place in it names the event, not the figure's holder."""
    for text, event in (("債市\n10年期甲債收益率周二升至4.62厘，甲國零售數據公佈後回落至4.41厘。",
                         "甲國零售數據公佈後"),
                        ("债市\n10年期甲债收益率周二升至4.62%，甲国零售数据公布后回落至4.41%。", "甲国零售数据公布后"),
                        ("債市\n乙國長債孳息升至4.69%，甲國通脹數字發布時急跌，一度降至4.6%。",
                         "甲國通脹數字發布時")):
        later = extract(text).facts[-1]
        assert later.period == event
    later = extract("债市\n英国长债利率升至4.69%，日本通胀数字发布时急跌，一度降至4.6%。").facts[-1]
    assert (later.period, later.subject) == ("日本通胀数字发布时", "英国")


def test_first_three_quarters_and_mid_year_said_alone_are_periods():
    """前三季 (without 度) and 年中 opening a clause date the figures after them; 多年中 counts years, no mid-year."""
    assert by_text("某银行前三季净利润增至88亿元。")["88亿元"].period == "前三季"
    assert by_text("乙公司前两季出货量为40万台。")["40万台"].period == "前两季"
    assert by_text("年中，某公司员工总数为700人。")["700人"].period == "年中"
    assert "年中" not in period_texts("多年中，某厂产量增长了两倍。")


def test_the_ben_ending_a_word_before_a_time_is_not_this():
    """日本周一公布, 某國成本年度: the 本 of 日本 or 成本 is no 'this'; the time after it is read alone."""
    assert by_text("甲国与日本周一发表的统计称，出口增长3%。")["3%"].period == "周一"
    assert by_text("日本週二發表的統計稱，進口下降2%。")["2%"].period == "週二"
    assert "本年度" not in period_texts("该项目成本年度增长5%。")
    assert by_text("甲国本月出口增长4%。")["4%"].period == "本月"


def test_a_time_after_a_cue_of_a_plan_in_the_figures_clause_dates_it():
    """甲厂在建的800座充电站预定年底完成, 两成员工预期来年转行: a time after a cue of a plan or a forecast, a few
    letters after the figure in its own clause, dates it even where an earlier clause's time is in force."""
    found = by_text("甲市去年新增充电站200座，在建的800座充电站预定年底完成。")
    assert (found["200座"].period, found["800座"].period) == ("去年", "年底")
    found = by_text("今年有六成公司加薪，三成员工打算明年跳槽，8%员工则说预期来年会转行。")
    assert found["8%"].period == "来年"


def test_a_whole_span_named_with_its_holder_after_a_share_cue_is_the_base():
    """相当于乙厂全年的四成, 佔丁市全年的三成: the holder's whole year is the base of the share, not its period;
    the figure keeps the time in force."""
    assert by_text("某电站去年发电量达300亿度，相当于乙厂全年的四成。")["四成"].period == "去年"
    assert by_text("丙廠去年產量為8萬噸，佔丁市全年的三成。")["三成"].period == "去年"


def test_the_early_stretch_of_an_event_is_a_period():
    """开业初期每日客流…, 在投產初期…: X初期 opening a clause, or after 在, is a stretch of time like X期间."""
    assert by_text("开业初期每日客流量预计为3万人次。")["3万人次"].period == "开业初期"
    assert by_text("乙廠在投產初期月產能僅為2000噸。")["2000噸"].period == "投產初期"


def test_a_festival_right_after_its_year_is_a_period():
    """今年中秋节, 2031年春节: a year and a festival name a day or two of time, without a word of a holiday after
    the festival (a festival alone still is none: 国庆 also names anniversaries)."""
    assert by_text("今年中秋节，某景区接待游客5万人次。")["5万人次"].period == "今年中秋节"
    assert by_text("2031年春節，乙市商場客流達80萬人次。")["80萬人次"].period == "2031年春節"


def test_a_quarter_by_its_digit_after_a_year_and_a_span_closed_by_zhi():
    """2031年3季度, 今年4季度: a quarter's digit after its year needs no 第; 截至9月底止的9个月: the 止 closing a
    date joins the span's length to it."""
    assert by_text("甲公司2031年3季度营收为20亿元。")["20亿元"].period == "2031年3季度"
    assert by_text("乙公司今年4季度淨利潤為3億元。")["3億元"].period == "今年4季度"
    assert by_text("戊公司截至2031年9月底止的9个月，收入为50亿港元。")["50亿港元"].period == "截至2031年9月底止的9个月"
    assert "3季度" not in "".join(period_texts("该指标已连续3季度回落。"))


def test_a_forecast_time_frames_its_sentence_but_no_later_figure_of_now():
    found = by_text("消息发布。\n预计到2035年，甲市储能装机将达到900万千瓦。全市现有储能电站14座，去年新增"
                    "装机为60万千瓦。")
    assert found["900万千瓦"].period == "到2035年"
    assert found["14座"].period == ""
    assert found["60万千瓦"].period == "去年"
    found = by_text("消息发布。\n某某电子计划于2029年投产新厂，届时年产能将提升至80万片。该公司现有工人4100名。")
    assert found["80万片"].period == "届时"
    assert found["4100名"].period == ""
    found = by_text("消息发布。\n到2028年底，乙省将建成充电站6000座。省内目前已有充电桩9万个。")
    assert found["6000座"].period == "到2028年底"
    assert found["9万个"].period == "目前"


def test_a_forecast_time_still_frames_a_later_sentence_that_foresees():
    found = by_text("消息发布。\n预计到2035年，某国光伏装机将达到500吉瓦。其中分布式光伏将占四成。")
    assert found["四成"].period == "到2035年"
    found = by_text("消息发布。\n某公司预计上半年净利润为3亿元至3.5亿元；扣非净利润为2.8亿元至3.1亿元。")
    assert found["2.8亿元至3.1亿元"].period == "上半年"
    # a bare time after the cue is the period of a forecast figure, not a target date: it goes on over a full stop
    found = by_text("消息发布。\n甲公司预计2031年上半年营收为12亿元。归母净利润为3亿元。")
    assert found["3亿元"].period == "2031年上半年"


def test_a_window_up_to_now_after_a_plan_name_is_no_forecast():
    found = by_text("消息发布。\n由试点计划至今，已登记的诊所有230间。参与的医生共有410人。")
    assert found["410人"].period.endswith("至今")


def test_the_age_of_a_thing_is_no_period():
    found = by_text("消息发布。\n今年上半年，某地家电销量约为90万台。其中上市近两年的某款冰箱仍卖出4万台，位列第六名。")
    assert found["4万台"].period == "今年上半年"
    assert found["第六名"].period == "今年上半年"
    found = by_text("消息发布。\n去年，某市接待旅客410万人次，开业仅半年的某乐园接待了35万人次。")
    assert found["35万人次"].period == "去年"


def test_the_time_of_a_statement_dates_none_of_its_figures():
    found = by_text("消息发布。\n某部长上周的讲话里也提到，利率或降至2%。市场预期通胀率为2.5%。")
    assert found["2%"].period == ""
    assert found["2.5%"].period == ""
    found = by_text("消息发布。\n4月的议息纪要指出，多数委员支持加息25个基点。"
                    "某机构上月发布的报告指出，全球芯片销量增长8%。")
    assert found["25个基点"].period == ""
    assert found["8%"].period == ""
    found = by_text("消息发布。\n某公司2031年的年度报告显示，营收增长12%。")
    assert found["12%"].period == "2031年"


def test_a_time_set_against_now_dates_its_own_clause_only():
    found = by_text("消息发布。\n有别于2028年时青年用户占新注册用户三成，甲平台注册用户又增12万人。")
    assert found["三成"].period == "2028年"
    assert found["12万人"].period == ""
    found = by_text("消息发布。\n不同于去年，乙公司新设门店40家。")
    assert found["40家"].period == ""


def test_the_date_an_outlet_reported_on_is_no_period():
    found = by_text("消息发布。\n《某某日报》3月17日报道，全国约有6,000万人受影响。")
    assert found["6,000万人"].period == ""
    found = by_text("消息发布。\n甲新闻社5月8日报道，乙国一季度经济增长2.1%。")
    assert found["2.1%"].period == "一季度"


def test_a_time_inside_a_comparison_phrase_is_its_point():
    found = by_text("消息发布。\n与疫情前即2029年的水平相比，某景区客流恢复了八成。")
    assert found["八成"].period == ""


def test_a_year_of_the_republic_in_brackets_is_one_time():
    """去(113)年, 今（114）年 (Taiwan's papers): the year of the Republic in brackets is part of 去年 or 今年, no
    figure of its own, and dates the figures after it."""
    facts = extract("某某光電去(112)年營收300億元，今（113）年前9月營收260億元，年增8%。").facts
    assert [(f.text, f.period) for f in facts] == [
        ("300億元", "去(112)年"), ("260億元", "今（113）年前9月"), ("8%", "今（113）年前9月")]
    assert [f.period for f in extract("乙公司預計明(115)年投入研發80億元。").facts] == ["明(115)年"]


def test_one_day_or_week_of_a_move_dates_the_moves_of_its_sentence_with_no_time():
    """单日下行, 單週急跌: the span of a move where no time phrase dates it; a date before it wins; a level after the
    move or a limit (单日限额) takes none."""
    found = by_text("甲国十年期利率单日下行8个基点，三十年期下行5个基点。")
    assert found["8个基点"].period == "单日"
    assert found["5个基点"].period == "单日"
    assert by_text("某股指單週急跌6.5%。")["6.5%"].period == "單週"
    assert by_text("3月5日，某商品期货单日跌幅达4.2%。")["4.2%"].period == "3月5日"
    assert by_text("某银行卡单日限额为2万元。")["2万元"].period == ""


def test_a_total_after_a_streak_takes_the_streak_as_period():
    """連升三周，累升1.8%: the total of the run after a streak in its sentence takes the streak (D63); another
    subject's own streak after it does not."""
    assert by_text("某某指數連升三周，累升1.8%。")["1.8%"].period == "三周"
    assert by_text("某股连续4个交易日涨停，累计涨幅达46%。")["46%"].period == "4个交易日"
    assert by_text("甲股指三连涨，乙股指两连涨。")["两连涨"].period == ""


def test_a_time_in_the_object_of_jiang_or_ba_dates_its_clause_only():
    """将2025年的派息比率提高至50%，…: the year names the object changed; the reserve of a later clause is not its."""
    found = by_text("某公司将2025年的派息比率提高至50%，公司现金储备为80亿元。")
    assert found["50%"].period == "2025年"
    assert found["80亿元"].period == ""
    found = by_text("某央行把今年的通脹預測由2.5%上調至2.8%，又指本地失業率為3.9%。")
    assert found["2.8%"].period == "今年"
    assert found["3.9%"].period == ""


def test_a_dotted_month_and_day_before_an_act_is_a_date_not_a_figure():
    """新大橋7.1通車, 甲線10.1起加價: a headline's date written with a dot dates the headline's figures and is no
    figure itself; a dotted figure before a unit or another word stays a figure."""
    found = by_text("新大橋7.1通車　每日車流料達4萬架次\n\n新大橋將於7月1日通車。")
    assert "7.1" not in found
    assert found["4萬架次"].period == "7.1"
    found = by_text("甲線10.1起加價　車費最高升3元\n\n某巴士公司宣布，車費平均加價5%。")
    assert "10.1起" not in found
    assert found["3元"].period == "10.1"
    assert period_texts("某款手机厚度为7.1毫米，某系列2.1系列") == []


def test_the_days_of_a_run_of_limit_ups_date_that_run_only():
    """某股6天5板，股价报23.4元: the days date the count of limit-ups, not the quote of a later clause."""
    found = by_text("某某科技今日再度涨停，6天5板，股价报23.4元。")
    assert found["5"].period == "6天"
    assert found["23.4元"].period == "今日"


def test_halves_of_a_month_and_this_or_last_quarter_said_in_words_are_periods():
    """上半月, 下半月, 全月 split a month as 上半年 and 全年 split a year; 这个月 and 上个季度 are this and last."""
    found = by_text("某商场上半月客流量为90万人次，下半月为110万人次，全月合计200万人次。")
    assert [found[t].period for t in ("90万人次", "110万人次", "200万人次")] == ["上半月", "下半月", "全月"]
    found = by_text("這個月甲市新房成交1,800套，上個季度共成交6,400套。")
    assert found["1,800套"].period == "這個月"
    assert found["6,400套"].period == "上個季度"
    assert by_text("某厂全季度产量为12万吨。")["12万吨"].period == "全季度"


def test_a_day_of_the_month_just_named_with_qi_is_one_time_with_it():
    """本月18日起: from a day of this month on, one time (not 本月 alone)."""
    assert period_texts("某行将于本月18日起调整利率。") == ["本月18日起"]


def test_the_date_of_a_planned_act_dates_its_own_clause_only():
    """将于下月3日开始发售，发行额增至90亿元: the date says when the act happens; the figures of a later clause (the
    size of the issue, the length of a new line, a new rate) are not dated by it, unless that clause foresees too."""
    found = by_text("新一期债券将于下月3日开始发售，发行规模由原先60亿元增至90亿元，保证息率为2厘。")
    assert found["90亿元"].period == ""
    assert found["2厘"].period == ""
    found = by_text("乙市计划在后年开通轻轨3号线，全长26公里，总投资140亿元。")
    assert found["26公里"].period == ""
    assert found["140亿元"].period == ""
    found = by_text("某行將於本月18日起下調定存利率，一年期利率由3.1厘降至2.9厘。")
    assert found["2.9厘"].period == ""
    # a clause that foresees goes on with the plan; a time before a measure is a forecast's, not an act's
    assert by_text("丙公司拟于2029年在港上市，预计募资40亿元。")["40亿元"].period == "2029年"
    found = by_text("丁厂预计于2029年营收达到80亿元，净利润为9亿元。")
    assert found["80亿元"].period == "2029年"
    assert found["9亿元"].period == "2029年"
    # the act's own clause keeps its date
    assert by_text("某行将于下月起上调按揭利率0.25厘。")["0.25厘"].period == "下月"


def test_a_year_of_estimates_or_actuals_in_latin_letters_is_a_period():
    """FY2027E, 2026E, FY26E, 2025A: an analyst's years of estimates and actuals (not inside a model's name)."""
    text = "某公司FY2027E营收为90亿元，2026E净利为8亿元，2025A毛利率为30%。"
    assert period_texts(text) == ["FY2027E", "2026E", "2025A"]
    assert period_texts("甲款MX2026E型号") == []


def test_a_school_year_of_the_republic_is_a_period():
    """113學年度: a school year counted from the Republic's founding, as 113年度 is a fiscal one."""
    assert by_text("乙校113學年度共招收新生980人。")["980人"].period == "113學年度"


def test_a_multiple_right_before_a_year_is_that_years_valuation():
    """相當於18倍FY28市盈率, 基于11倍CY26年每股盈利: the multiple is of that year's earnings, its period."""
    assert by_text("某行給予目標價260元，相當於18倍FY28市盈率。")["18倍"].period == "FY28"
    assert by_text("目标价上调至420美元，基于11倍CY26年每股盈利。")["11倍"].period == "CY26"


def test_a_bare_year_after_a_year_written_with_nian_is_the_next_time_of_the_run():
    """乙客户2022年占收38.1%，2024占比降至21.6%: the second year is written without 年 but dates its share; a bare
    number of a year alone (据2025某富豪榜, 第2025号) dates nothing."""
    found = by_text("乙客户2022年占收38.1%，2024占比降至21.6%。")
    assert found["38.1%"].period == "2022年"
    assert found["21.6%"].period == "2024"
    assert by_text("据2025某某富豪榜，甲某身家为210亿元。")["210亿元"].period == ""
    assert by_text("第2025号文件规定补贴为600元。")["600元"].period == ""


def test_a_run_of_days_of_the_month_is_one_period():
    """上周末（22至23日）, 本月8-9日: the run of days is the period, not 至23日 cut from its first day."""
    assert by_text("甲盘上周末（15至16日）共售出126伙。")["126伙"].period == "上周末（15至16日）"
    assert by_text("乙市本月8-9日共接待旅客3.2万人次。")["3.2万人次"].period == "本月8-9日"


def test_a_short_title_lends_its_time_to_a_bare_figure_not_to_a_paragraph_of_prose():
    """甲城2031年创新指数排名 / 第7位: the label line dates the bare figure under it; a short title over a paragraph
    of prose (乙公司去年新品热销 / 公司卖出…，…) is a paragraph of its own that the title's time does not reach."""
    assert by_text("甲城创新报告\n\n甲城2031年创新指数排名\n\n第7位\n")["第7位"].period == "2031年"
    found = by_text("某某快讯\n\n乙公司去年新品热销\n\n公司推出为期两年的以旧换新活动，补贴最高800元。\n")
    assert found["两年"].period == ""
    assert found["最高800元"].period == ""


def test_an_event_then_qian_opening_a_clause_dates_what_follows():
    """采摘季结束前，…, 开业之前，…, 停航前，…: an event then 前 is a time like an event then 后; 涨幅居前 (a place in a
    ranking) and 目前 are not events."""
    assert by_text("采摘季结束前，合作社共收购鲜桃860吨。")["860吨"].period == "采摘季结束前"
    assert by_text("开业之前，某某酒店已接到订单2100份。")["2100份"].period == "开业之前"
    assert by_text("停航前，甲港每周进出港航班约46班。")["约46班"].period == "停航前"
    assert by_text("某类期货的升幅居前，某合约涨3.2%。")["3.2%"].period == ""


def test_a_word_of_what_comes_next_opening_a_clause_dates_what_follows():
    """首3个月免息，之后每月还款2600元; 某某先买入一批，其后再买入20万股; 翌日反弹6%: 之后, 其后, 此后, 及后 opening a
    clause and 翌日 date what follows; 其后为乙 ranks (no time)."""
    assert by_text("首3个月免息，之后每月还款2600元。")["2600元"].period == "之后"
    assert by_text("某某上周先买入一批，其后再买入20万股。")["20万股"].period == "其后"
    assert by_text("甲股上周三大跌，翌日反弹6%。")["6%"].period == "翌日"
    assert by_text("甲厂以40%的份额居首，其后为乙厂（25%）。")["25%"].period == ""


def test_a_word_of_what_comes_next_carries_to_the_end_of_its_paragraph():
    """首3个月免息，之后每月还款2600元。担保总额为80亿元: 之后 is a time phrase like any other and carries past the full
    stop to the end of its paragraph (ANNOTATION.md), not only to the end of its sentence as an event clause does."""
    found = by_text("首3个月免息，之后每月还款2600元。担保总额为80亿元。\n另一计划的额度为5亿元。")
    assert found["80亿元"].period == "之后"
    assert found["5亿元"].period == ""


def test_a_new_round_opening_a_clause_dates_its_figures():
    """新一轮补贴共发放…: a round a clause opens with is its figures' time; 迎来新一轮上涨 inside a clause is not."""
    found = by_text("消息发布。\n新一轮消费券共发放资金9亿元，惠及市民2.2万户。")
    assert found["9亿元"].period == "新一轮" and found["2.2万户"].period == "新一轮"
    assert by_text("消息发布。\n最新一轮招标，某某电力中标3个项目。")["3个"].period == "最新一轮"
    assert by_text("消息发布。\n某股迎来新一轮上涨，收涨4%。")["4%"].period == ""


def test_a_change_from_one_time_to_another_takes_the_later_time():
    """由上月48宗，减少两成至本月36宗: the change runs up to the time after 至, not the one it opens from."""
    found = by_text("消息发布。\n某區成交由上月48宗，減少兩成半至本月36宗。")
    assert found["兩成半"].period == "至本月" and found["48宗"].period == "上月"
    found = by_text("消息发布。\n该厂员工人数从2022年的800人增加400人至2024年的1200人。")
    assert found["400人"].period == "至2024年"
    # without 至, the change after the base's level is not the base time's (a comparison phrase's time does not carry)
    found = by_text("消息发布。\n出口额由一季度的20亿美元增长15%，创新高。")
    assert found["20亿美元"].period == "一季度" and found["15%"].period == ""


def test_the_stage_or_leg_of_a_competition_dates_its_scores():
    """小组赛阶段，…, 首回合，…, 决赛中，…: the part of a competition the scores after it were made in."""
    found = by_text("某杯赛\n小组赛阶段，甲队4战全胜，进11球。半决赛首回合，乙队控球率达58%。決賽中，某甲獨得27分。")
    assert found["11球"].period == "小组赛阶段"
    assert found["58%"].period == "首回合"
    assert found["27分"].period == "決賽中"


def test_a_kind_of_day_with_its_count_of_days_is_one_span_that_carries():
    """周末两日售出…，套现…: a weekend counted in days is one weekend, dating the clauses after it (平日, 周末 alone
    name kinds of day and date their own clause only)."""
    found = by_text("消息發布。\n某屋苑新盤周末兩日共售出326伙，套現逾31億元。")
    assert found["326伙"].period == "周末" and found["逾31億元"].period == "周末"
    assert by_text("消息发布。\n某店周末营业，人均消费约70元。")["约70元"].period == ""


def test_tong_qi_ending_a_word_is_no_period():
    """合同期为5年, 協同期望: 同期 that ends 合同, 协同 … is no time; 上年同期, 营收同期增长 still are."""
    assert by_text("乙员工与某集团的合同期为4年，月薪2万元。")["2万元"].period == ""
    assert by_text("两家企业的協同期望带来6亿元收入。")["6亿元"].period == ""
    assert by_text("上年同期为9亿元。")["9亿元"].period == "上年同期"


def test_days_counted_after_a_verb_of_change_date_no_later_figure():
    """把年假增加至16日。…: 16日 is the length the leave is raised to, no day of the month dating what follows;
    于16日公布，… stays a date."""
    assert by_text("某局拟把年假增加至16日，与公务员看齐。预计有7万名职工受惠。")["7万名"].period == ""
    assert by_text("甲公司于16日公布，营收4亿元。")["4亿元"].period == "16日"


def test_a_duration_before_a_sum_is_its_period():
    """20年总收益, 8年净效益: the years a sum is taken over frame it (its period); 15年按揭 and 9个月目标价 name a
    kind of thing and frame nothing."""
    assert by_text("某园区25年总收益约60亿元。")["约60亿元"].period == "25年"
    assert by_text("丙线8年净效益达9亿元。")["9亿元"].period == "8年"
    assert by_text("给予9个月目标价42元。")["42元"].period == ""


def test_a_bare_up_to_now_is_a_period():
    """迄今 alone dates what follows it, like 至今 and 迄今为止."""
    found = by_text("迄今，某基金已资助学生1.2万人次，捐款增加8%。")
    assert found["1.2万人次"].period == "迄今"
    assert found["8%"].period == "迄今"
    assert by_text("該項目迄今已投入資金6億元。")["6億元"].period == "迄今"


def test_a_plan_named_before_its_stretch_needs_no_comma():
    """“十二五”期间全县新增…: a plan in quotes or by its five-year number before 期间 or 时期 is the period."""
    assert by_text("“十二五”期间全县累计新建道路450公里。")["450公里"].period == "“十二五”期间"
    assert by_text("十一五時期全省新增綠地3200公頃。")["3200公頃"].period == "十一五時期"


def test_a_window_reaching_now_is_no_planned_time():
    """某计划自2019年推行以来，已…: 计划 names the plan; the window up to now dates the figures reached."""
    found = by_text("据了解：某助学计划自2019年推行以来，已累计资助学生7千人次。")
    assert found["7千人次"].period.startswith("自2019年")


def test_a_time_after_a_verb_of_forecast_opens_its_clause():
    """预计明年流入甲地的资金将减少，…: the time opens the clause 预计 takes, not a noun's modifier."""
    found = by_text("预计明年流入甲地的资金将会减少，其总额或创下新高至320亿元。")
    assert found["320亿元"].period == "明年"
    found = by_text("估計今年流入乙區的資本將會回落，其數額或達歷史新高的90億美元。")
    assert found["90億美元"].period == "今年"


def test_now_opening_a_clause_is_a_period():
    """展览开幕后，现已有…: a clause opening with 现 before 已, 共 … is dated now; 该行现已持有 after a dated act
    keeps that act's date."""
    assert by_text("某画展上月开幕后，现已有1.5万人次参观。")["1.5万人次"].period == "现"
    assert by_text("乙計劃推行以來，現共有居民2400戶受惠。")["2400戶"].period == "現"
    assert by_text("丙行已于4月9日完成收购，丙行现已持有丁公司55%股份。")["55%"].period == "4月9日"
    assert by_text("该县现有农户800户。")["800户"].period == ""


def test_a_now_word_describing_a_superlative_dates_no_later_figure():
    """建成了目前省内产能最高的工厂。: 目前 describes the plant; the figures after it keep the earlier time."""
    found = by_text("去年，甲集团建成了目前省内产能最高的工厂。该厂员工有1800人。")
    assert found["1800人"].period == "去年"
    assert by_text("這是當前全港面積最大的商場。商場有260間商店。")["260間"].period == ""
    assert by_text("目前全县最低工资标准为1900元。")["1900元"].period == "目前"


def test_a_benchmark_after_a_verb_of_gap_is_no_period():
    """快于同期全省水平2个百分点: 同期 is the benchmark's time; the gap takes the sentence's period."""
    found = by_text("去年丙县居民收入增长8%,快于同期全市均值1.6个百分点。")
    assert found["1.6个百分点"].period == "去年"
    found = by_text("今年上半年丁區出口增長11%，高出去年同期3個百分點。")
    assert found["3個百分點"].period == "今年上半年"


def test_a_window_since_an_event_after_a_copula_is_a_period():
    """这是某厂投产以来第四次…: the window since the event counts the rank; 本赛季以来 was read already."""
    assert by_text("这是某公司上市以来第四次获得该奖项。")["第四次"].period == "某公司上市以来"
    assert by_text("這是兩市通航以來在當地舉辦的第二個論壇。")["第二個"].period == "兩市通航以來"


def test_home_and_away_matches_counted_back_are_a_window():
    """最近7个主场, 近5轮: the matches or rounds counted back from now date a team's record over them."""
    assert by_text("最近7个主场,某队5胜2负。")["5胜"].period == "最近7个主场"
    assert by_text("近5輪聯賽，某隊只得3分。")["3分"].period == "近5輪聯賽"


def test_centuries_and_decades_are_periods():
    """到本世纪中叶, 上世纪80年代末, 二十世纪七十年代, 90年代初: a century or a decade, maybe a part of it."""
    assert by_text("到本世纪中叶，甲省城镇化率将达到78%。")["78%"].period == "到本世纪中叶"
    assert by_text("上世纪80年代末，乙县仅有工厂15家。")["15家"].period == "上世纪80年代末"
    assert by_text("二十世纪七十年代，丙村人均年收入不足90元。")["不足90元"].period == "二十世纪七十年代"
    assert by_text("丁廠在90年代初的年產量為7萬噸。")["7萬噸"].period == "90年代初"


def test_the_eve_of_a_festival_is_a_period_quoted_or_not():
    """国庆前夕, “五一”前夕: the eve of a festival dates the figures after it, its name in quotes or not."""
    assert by_text("国庆前夕，某公司发放慰问金25万元。")["25万元"].period == "国庆前夕"
    assert by_text("“五一”前夕,某集团捐赠价值90万元的图书。")["90万元"].period == "“五一”前夕"


def test_vague_windows_up_to_now_and_then_are_periods():
    """几年来, 数年来, 今后几年, 到那时: a window of a vague length, or a time just told of pointed back to."""
    assert by_text("几年来,某志愿者先后捐出6万余元。")["6万余元"].period == "几年来"
    assert by_text("數年來，某會共籌得善款450萬元。")["450萬元"].period == "數年來"
    assert by_text("到那时,甲市人口将超过1300万。")["超过1300万"].period == "到那时"


def test_a_now_word_before_de_in_a_clause_with_no_figure_dates_no_figure():
    """若明年仍停在当前的疲弱局面，…: 当前的 describes a state; the figure keeps the earlier time."""
    found = by_text("如果今年楼市仍停在当前的疲弱局面，某基金将亏损3亿元。")
    assert found["3亿元"].period == "今年"


def test_an_age_written_with_nian_ling_is_no_time():
    """65岁以上年龄人口: the 上年 inside 以上年龄 is no last year; the figure has no period of its own."""
    assert by_text("某县60岁以上年龄的居民有4.2万人。")["4.2万人"].period == ""
    assert by_text("某县居民有4.2万人，较上年增加3%。")["3%"].period == ""
    assert by_text("上年度某县居民有4.2万人。")["4.2万人"].period == "上年度"


def test_the_time_of_a_base_does_not_date_the_change_after_its_level():
    """将从去年的6.5%回落一个百分点: the base's time dates the base's level, the change after it keeps the time of its
    clause (a comparison phrase's time does not carry), in both scripts and with 从 or 由."""
    found = by_text("今年甲省工业增速将从去年的6.2%回落一个百分点。")
    assert found["6.2%"].period in ("去年", "从去年")
    assert found["一个百分点"].period == "今年"
    found = by_text("某集团今年净利润由去年同期的7亿元增加3亿元。")
    assert found["7亿元"].period == "去年同期"
    assert found["3亿元"].period == "今年"
    found = by_text("今年乙地出口增速料由去年的4.6%下降0.7個百分點。")
    assert found["0.7個百分點"].period == "今年"
    assert by_text("某店本月销量由上月52件减少两成。")["两成"].period == "本月"


def test_the_delivery_month_of_a_futures_contract_is_no_period():
    """明年1月交货的原油期货: the month names the contract (like 3月黄金期货), no time of the price move."""
    found = by_text("截至上周末，某交易所明年3月交货的燃料油期货报价下跌1.6美元。")
    assert found["1.6美元"].period == "截至上周末"
    found = by_text("收盤時，某期交所明年2月交貨的天然氣期貨報價上漲7美分。")
    assert found["7美分"].period == ""
    assert by_text("上周五，某地6月到期的大豆合约下跌3%。")["3%"].period == "上周五"


def test_pan_before_a_session_word_inside_a_noun_is_no_session():
    """在方向盘前, 键盘后: 盘前 and 盘后 ending a noun of a wheel or a board are places, no trading session."""
    assert by_text("某司机在方向盘前等了25分钟。")["25分钟"].period == ""
    assert by_text("美股盘前，某芯片股上涨4%。")["4%"].period == "美股盘前"
    assert by_text("某股盘中一度上涨6%。")["6%"].period == "盘中"


def test_hou_ending_a_word_of_lagging_is_no_event_time():
    """工业十分落后，…, 建设滞后，…: 落后 and 滞后 (lagging) end no event's time, so the clause is no period."""
    found = by_text("甲县1996年以前工业十分落后，在全省70个县中排名第60位。")
    assert found["第60位"].period.startswith("1996年")
    assert "落后" not in found["第60位"].period
    assert by_text("乙镇道路建设滞后，全镇仅有4条公路。")["4条"].period == ""
    assert by_text("比赛结束后，丙队积15分。")["15分"].period == "比赛结束后"


def test_times_listed_inside_a_ji_run_date_no_figure_after_it():
    """这是继…、…和…之后第四次: the times of the events a sequence follows on date no figure after the run, even
    where 继 does not open the clause; a figure inside the run keeps its time (继某年两次加息后), 继续 is no 继."""
    assert by_text("这是继2018年、2020年和2022年之后丙市第四次承办该比赛。")["第四次"].period == ""
    found = by_text("也是继2021年两次加息后再次加息，今年累计加息50个基点。")
    assert found["两次"].period == "2021年" and found["50个基点"].period == "今年"
    assert by_text("丁县今年继续保持增长，上半年投资增长13%。")["13%"].period == "上半年"


def test_a_few_days_back_is_a_period():
    """前几天, 前些天, 這幾天: a vague window of days back or these days dates the figures after it."""
    assert by_text("前几天，某村决定承包150亩地。")["150亩"].period == "前几天"
    assert by_text("前些天某厂刚招收了70名工人。")["70名"].period == "前些天"
    assert by_text("這幾天某店每天賣出260杯奶茶。")["260杯"].period == "這幾天"


def test_the_whole_week_the_thirds_of_a_month_and_the_trading_day_before_are_periods():
    """全周 (as 全月), a bare 上旬, 中旬 or 下旬, and 上个交易日 (as 上一交易日) date the figures after them;
    全周期 is a whole cycle, no week."""
    found = by_text("本周五，某指数收报3210点，全周累计上涨2.4%。")
    assert found["3210点"].period == "本周五" and found["2.4%"].period == "全周"
    found = by_text("上旬，某市平均气温为18.2摄氏度，中旬降至12.5摄氏度。")
    assert found["18.2摄氏度"].period == "上旬" and found["12.5摄氏度"].period == "中旬"
    assert by_text("上个交易日，某股成交额为46亿元。")["46亿元"].period == "上个交易日"
    assert by_text("某公司推行全周期管理，成本下降了8%。")["8%"].period == ""


def test_busy_and_slack_seasons_date_their_own_clause():
    """旺季, 淡季: kinds of time, like 平日 and 周末 (day_types.txt), each the period of its own clause."""
    found = by_text("某饭店旺季入住率可达95%，淡季则只有40%左右。")
    assert found["95%"].period == "旺季" and found["40%左右"].period == "淡季"


def test_the_span_of_an_average_frames_its_clause_only():
    """三年平均增长6.1%: the span an average is taken over is that figure's period and no later clause's (D16),
    whether it stands inside its clause or opens it."""
    found = by_text("2025年某市三年平均增长6.1%，规上企业达到2100家。")
    assert found["6.1%"].period == "三年" and found["2100家"].period == "2025年"
    found = by_text("某國兩年平均通脹率為4.2%，央行基準利率維持在5.25%。")
    assert found["4.2%"].period == "兩年" and found["5.25%"].period == ""


def test_a_plan_named_with_its_stretch_after_a_subject_is_a_period():
    """某省“十四五”期间, 该市十四五时期: a plan named in quotes or by its number, then 期间 or 时期, is a stretch of
    time after a subject too, not only opening a clause."""
    assert by_text("某省“十四五”期间累计完成投资2.8万亿元。")["2.8万亿元"].period == "“十四五”期间"
    assert by_text("该市十四五时期计划建设保障房8万套。")["8万套"].period == "十四五时期"


def test_a_time_after_yu_in_the_subjects_modifier_dates_no_later_figure():
    """这项于2021年推出的计划，…: 于 and a time before the verb of a modifier of the subject date that act only (D63,
    D66); a time of the clause itself still carries."""
    assert by_text("这项于2021年推出的计划，已累计惠及12万户家庭。")["12万户"].period == ""
    assert by_text("于去年落成的某体育馆，可容纳观众1.8万人。")["1.8万人"].period == ""
    assert by_text("某公司于2024年推出新品，销量达到20万台。")["20万台"].period == "2024年"


def test_a_window_since_an_event_after_a_subject_is_a_period():
    """某商场自开业以来累计接待…: 自 or 从, an event and 以来 are a window since the event wherever they stand in a
    clause, not only opening it before a comma."""
    assert by_text("某商场自开业以来累计接待顾客4500万人次。")["4500万人次"].period == "自开业以来"
    assert by_text("某园区从开园以来共接待游客1200万人次。")["1200万人次"].period == "从开园以来"


def test_a_clause_only_time_standing_alone_before_a_comma_dates_the_clause_after_it():
    """以往，…, 周末，…: a time that dates its own clause only (former_times.txt, day_types.txt) and is a clause by
    itself dates the clause after its comma, and no later one."""
    found = by_text("以往，某行業利潤率約為15%，如今已降至6%。")
    assert found["約為15%"].period == "以往" and found["6%"].period == "如今"
    found = by_text("周末，某店售出300件，全年合计售出5万件。")
    assert found["300件"].period == "周末" and found["5万件"].period == "全年"
    found = by_text("平日，某线路每天开行列车120列，另有货车40列。")
    assert found["120列"].period == "平日" and found["40列"].period == ""


def test_qi_jian_opening_a_clause_is_the_stretch_just_named():
    """其间，…, 此间，…: during the time just named, as 期间 alone; 此间人士 (people here) is no time."""
    assert by_text("其间，某股最高触及56元。")["56元"].period == "其间"
    assert by_text("此間，某公司累計回購股份1.2億股。")["1.2億股"].period == "此間"
    assert by_text("此间人士估计，某项目投资约为30亿元。")["约为30亿元"].period == ""


def test_recent_months_said_as_jin_yue_are_a_period():
    """近月, 近数月: the recent months, as Hong Kong papers write them; not the 近 ending 接近 or 将近 (接近月底)."""
    found = by_text("某屋苑近月成交呎價約1.6萬元，較年初回落5%。")
    assert found["約1.6萬元"].period == "近月" and found["5%"].period == "近月"
    assert by_text("近数月，某区租金上升约4%。")["约4%"].period == "近数月"
    assert by_text("某股接近月底时下跌3%。")["3%"].period == "月底"


def test_the_stretch_of_a_short_event_opening_a_clause_needs_no_comma():
    """某新机预售期间订单…, 疫情期间某商场…: a short event then 期间 opening a clause is a stretch without a comma after
    it, as 开业初期 is."""
    assert "预售期间" in by_text("某新机预售期间订单量超过200万台。")["超过200万台"].period
    assert by_text("疫情期间某商场客流下降七成。")["七成"].period == "疫情期间"
    assert by_text("某地自建国以来形成的村落有两个，人口共3000人。")["3000人"].period == ""


def test_people_of_an_age_before_zhong_are_no_mid_year():
    """受访青年中, 这些少年中: among the young, not 年中 (mid-year)."""
    assert "年中" not in period_texts("受访的800名青年中，有35%表示会考虑创业。")
    assert "年中" not in period_texts("在这些少年中，有两成每天上网超过4小时。")
    assert period_texts("今年年中，某厂产量增长了两倍。") == ["今年年中"]


def test_guo_qu_alone_dates_the_old_state_of_its_clause():
    """过去两个分区, 某厂过去的产能峰值: 过去 with no window after it marks an old state (gold D52): the period of the
    figures of its own clause before any change to a new state; 过去三年 stays a window, and 走过去 is a verb."""
    found = by_text("過去三個分區共佔註冊選民約四成，新方案下只佔兩成半。")
    assert found["三個"].period == "過去" and found["約四成"].period == "過去"
    assert by_text("该厂过去的产能利用率峰值约为71%，而当前已升至88%。")["约为71%"].period == "过去"
    found = by_text("过去六大片区在新规划下被拆分为十二个片区。")
    assert found["六"].period == "过去" and found["十二个"].period == ""
    assert by_text("过去三年，该市新增企业1.2万家。")["1.2万家"].period == "过去三年"
    assert by_text("他走过去看了看，货架上只剩5箱。")["5箱"].period == ""


def test_a_time_glossing_the_word_before_its_bracket_dates_nothing_after_it():
    """繁忙時段（平日早上及黃昏）每小時開出18班: the bracket says what the word before it means; the time before it
    dates what follows. A date in brackets after a label (某轮（2031/03）：投入…) still dates it."""
    found = by_text("新線開通初期，於繁忙時段（平日早上七時至九時及黃昏五時至七時）每小時開出18班列車。")
    assert found["18班"].period == "新線開通初期"
    found = by_text("今年連假期間（包括春節、清明及端午）該園區每日湧入約3萬人次。")
    assert "連假期間" in found["約3萬人次"].period
    assert by_text("A轮（2031/03）：投入2亿元。")["2亿元"].period == "2031/03"


def test_a_forecast_made_at_the_point_of_comparison_is_that_points_figure():
    """高于年初时预估的22%: the level set against is the forecast made at the point of comparison (时, then a word of
    forecast and 的), so the time of the point is its period, not the time of the forecast before it."""
    assert by_text("券商估算下季营收将增加18%，低于9月时预料的25%。")["25%"].period == "9月"
    assert by_text("法人預估明年獲利成長35%，高於年初時預估的22%。")["22%"].period == "年初"
    assert by_text("该公司本季毛利率为31%，较上季的27%明显改善。")["27%"].period == "上季"


def test_a_scope_word_after_a_dating_phrase_of_its_clause_leaves_that_phrase_the_period():
    """分析師早前預期該集團全年盈利…: 全年 after a dating phrase in the same clause is a scope of the metric, and the
    dating phrase is the period (gold D37); 全年 alone, in a clause of its own or after a modifier's time (年初制定的
    全年目标) stays the period."""
    assert by_text("分析師早前預期該集團全年盈利約為50億元。")["約為50億元"].period == "早前"
    assert by_text("机构三季度末将该行全年不良率预测下调至1.1%。")["1.1%"].period == "三季度末"
    assert by_text("上半年營收50億元，全年營收預計達120億元。")["120億元"].period == "全年"
    assert by_text("公司完成了年初制定的全年30亿元销售目标。")["30亿元"].period == "全年"


def test_the_rules_now_in_force_as_a_point_of_comparison_date_their_own_figure():
    """較現行的250元: 现行 after 较 or 比 is the point of comparison, the period of the figure it modifies only (gold
    D45); the new figure keeps its own period, and 现行 before a noun with no figure is no time."""
    found = by_text("新收費為每月300元，較現行的250元為高。")
    assert found["250元"].period == "現行" and found["300元"].period == ""
    assert by_text("新协议年期为15年，较现行9年为长。")["9年"].period == "现行"
    assert by_text("新方案较现行制度更宽松，上限为5000元。")["5000元"].period == ""


def test_a_later_time_of_the_figures_own_clause_may_end_past_the_reach():
    """35%受访家庭在过去12个月内曾经搬家: a time that starts a few characters after the figure in its clause dates it
    though it ends further on, and wins over a time carried from an earlier clause or sentence (gold D67)."""
    assert by_text("某署去年访问了3000名居民。其中35%受访家庭在过去12个月内曾经搬家。")["35%"].period == "过去12个月内"
    found = by_text("某署于今年1月至3月进行调查，发现有35%受访家庭在过去12个月内曾经搬家。")
    assert found["35%"].period == "过去12个月内"
    assert by_text("公司表示，首批500台设备的整体交付进度目前已超过预期。")["500台"].period == "目前"


def test_a_later_time_past_another_figure_is_that_figures():
    """40家企业中有9家计划下半年扩产: the time after a nearer figure dates that figure's act, not the first one's."""
    found = by_text("调查的40家企业中有9家计划下半年扩产。")
    assert found["40家"].period == "" and found["9家"].period == "下半年"


def test_a_range_an_average_is_taken_over_dates_that_averages_clause_only():
    """将2033至2035年平均回款率预测…: a range of times right before 平均 is the span of that average, which frames its
    own clause only, wherever it stands (D16, D64); a single year before 平均 carries as any time does."""
    found = by_text("某行将2033至2035年平均回款率预测从20%上调至25%，目标价由10元上调至12元。")
    assert found["20%"].period == found["25%"].period == "2033至2035年"
    assert found["10元"].period == found["12元"].period == ""
    found = by_text("甲指数市盈率在2011至2030年的平均数大约为15倍；这一水平也是估值的分界线，低于12倍时买入。")
    assert found["约为15倍"].period == "2011至2030年" and found["低于12倍"].period == ""
    assert by_text("2033年至2035年，某市平均房价上涨20%，成交量增长30%。")["30%"].period == "2033年至2035年"
    assert by_text("2033年平均工资为9万元，同比增长5%。")["5%"].period == "2033年"


def test_a_time_right_after_tong_or_xiangdui_is_a_point_of_comparison():
    """同前年比较，…; 相对前年，…: 同 before a time closed by 比较/相比 compares like 与, and 相对 like 相对于;
    the change is the figure's own, with no period from the point."""
    assert by_text("同前年比较，某省会员人数增加4200名。")["4200名"].period == ""
    assert by_text("同前年相比，某省会员人数增加4200名。")["4200名"].period == ""
    assert by_text("某县菜籽产量相对前年下滑一成半。")["一成半"].period == ""
    assert by_text("相对前年，某县菜籽产量下滑一成半。")["一成半"].period == ""
    assert by_text("合同期内，某租户每年须付租金80万元。")["80万元"].period == "期内"


def test_moments_stages_and_the_day_before_yesterday_are_periods():
    """此时, 其时, 现阶段, 前天, 岁末, 今个财年 date the figures after them, but not as the end or start of another word
    (因此时间, 尤其时装, 出现阶段性, 提前天数, 之前天气)."""
    assert by_text("此时，某金属已涨至每吨3150美元。")["3150美元"].period == "此时"
    assert by_text("其时，某厂市值约为64亿元。")["约为64亿元"].period == "其时"
    assert by_text("現階段，某區約有770個車位。")["770個"].period == "現階段"
    assert by_text("某股前天下挫7%。")["7%"].period == "前天"
    assert by_text("歲末，某墟市人流增加四成。")["四成"].period == "歲末"
    assert by_text("今個財年，某局預計盈餘約為37億元。")["約為37億元"].period == "今個財年"
    assert by_text("因此时间有限，某馆追加拨款1.3亿元。")["1.3亿元"].period == ""
    assert by_text("尤其时装类，某店销售额增加13%。")["13%"].period == ""
    assert by_text("某股出现阶段性回调，跌幅达11%。")["11%"].period == ""
    assert by_text("由于提前天数不足，某航线票价为1350元。")["1350元"].period == ""


def test_a_time_described_after_a_cue_of_comparison_is_a_point():
    """较疫情前的2031年: a short phrase with 的 between the cue and the time describes the time compared with; the
    change keeps the period before it (今年), not that point's."""
    assert by_text("今年某港吞吐量较封关前的2031年增长17%。")["17%"].period == "今年"
    assert by_text("相比封关前的2031年，某港吞吐量增长17%。")["17%"].period == ""


def test_a_time_opening_a_clause_that_is_only_a_noun_phrase_dates_no_figure():
    """去年秋季公布的新方案，若…: a clause made of a time, a verb, 的 and a noun describes that noun (D63); the figures
    of the clauses after it are not dated by it. Where the next clause goes on to describe the noun (…的游戏，多为…;
    …的措施，惠及…) or the noun is a group (…的企业中，…), the time is the clause's and carries."""
    assert by_text("去年秋季公布的新方案，若申请人符合资格，每月可获补贴2000元。")["2000元"].period == ""
    assert by_text("今年5月推出的长者优惠，若持卡人每月乘车超过20次，可获额外折扣。")["超过20次"].period == ""
    assert by_text("上季度上榜的游戏，多为角色扮演类，平均评分8.6分。")["8.6分"].period == "上季度"
    assert by_text("上月出台的扶持措施，惠及商户逾300家。")["逾300家"].period == "上月"
    assert by_text("去年新增的企业中，约六成来自服务业。")["约六成"].period == "去年"
    assert by_text("眼下暂不打算调高某基金的收益率，某基金已接获申请2.1万份。")["2.1万份"].period == "眼下"


def test_a_time_then_a_subject_and_a_founding_verb_dates_no_figure():
    """2022年某厂成立，…: a date, a short subject and a founding verb ending the clause say when a body began, like
    2022年成立 (no period of the figures after it); 成立后 is an event and dates what follows."""
    assert by_text("2022年某厂成立，现有员工600人。")["600人"].period == ""
    assert by_text("2019年该协会创办，会员约1200名。")["约1200名"].period == ""
    assert by_text("2019年该协会成立后，会员增至1200名。")["1200名"].period != ""


def test_the_year_after_next_and_fiscal_years_written_short_are_periods():
    """後年 alone or after a joiner (明年和后年), 24財年 (two digits) and a bare 財年 date the figures after them; the
    後 ending 此后, 之后, 随后 before 年均 or 年内 opens no 後年."""
    assert by_text("後年，某碼頭吞吐量預計達到870萬個。")["870萬個"].period == "後年"
    assert by_text("预计明年和后年，某区新增车位约1.3万个。")["约1.3万个"].period == "后年"
    assert by_text("随后年均回报率为4%。")["4%"].period == ""
    assert by_text("之后年内再涨3%。")["3%"].period == "年内"
    assert by_text("24財年，某公司收入為55億元。")["55億元"].period == "24財年"
    assert by_text("某控股財年純利按年升8%至4.5億元。")["8%"].period == "財年"


def test_a_streak_that_is_a_clause_of_its_own_dates_the_clauses_after_it():
    """连续三个月，…: a streak standing alone before a comma frames the figures of its sentence after it (D63), not
    those of the next sentence; a streak inside another subject's clause (某股连续三日上涨，另一股…) does not."""
    facts = by_text("连续三个月，某县新房价格环比下降0.4%。当月成交量为320套。")
    assert facts["0.4%"].period == "三个月"
    assert facts["320套"].period == "当月"
    assert by_text("某股连续三日上涨，另一股下跌2%。")["2%"].period == ""


def test_half_a_day_before_a_trade_or_a_move_is_a_period():
    """某所半日成交额, 某指数半日跌1.2%: 半日 (the morning session) before a trade or a move dates the figure; 半日达
    and 半日游 name a service or a tour, no time."""
    assert by_text("某所半日成交额8200亿元。")["8200亿元"].period == "半日"
    assert by_text("某指数半日跌1.2%，报17000点。")["1.2%"].period == "半日"
    assert by_text("某店推出半日达服务，覆盖3公里。")["3公里"].period == ""
    assert by_text("某团半日游售价199元。")["199元"].period == ""


def test_the_year_in_the_name_of_a_plan_a_clause_ends_on_dates_no_later_figure():
    """某署今日公布2031至32年度服务计划，…: a year opening the plan's name after a verb, at its clause's end, dates the
    plan only; the figures after it keep the time before (今日). A target's year (…年度收支目标，…) and a report's
    (…年业绩，…) date the figures after them, which are the target's or the report's."""
    facts = by_text("某署今日公布2031至32年度服务计划，将获2.4亿元专项资金，增聘95名人手。")
    assert facts["2.4亿元"].period == "今日"
    assert facts["95名"].period == "今日"
    assert by_text("某署今日公布2031年度收支目标，收入预计增长6%。")["6%"].period == "2031年度"
    assert by_text("某公司今日公布2031年业绩，营收增长12%。")["12%"].period == "2031年"


def test_a_move_from_a_base_time_to_a_new_level_is_not_the_base_times():
    """由上季约八成，提升11个百分点至91%: the move between the base and the new level after 至 is not dated by the
    time the change opens from; it takes the paragraph's time (or none), the base figure keeps the base's time, and a
    move running on to a later time (至今年156套) is that time's."""
    facts = by_text("本季度，甲厂的良率由上季度约八成，提升11个百分点至91%。")
    assert facts["11个百分点"].period == "本季度"
    assert facts["91%"].period == "本季度"
    facts = by_text("今年，某市常住人口由上年的950万人增加12万人至962万人。")
    assert facts["12万人"].period == "今年"
    assert facts["950万人"].period == "上年"
    assert by_text("甲会会员由前年逾5000人，骤减八成至900人。")["八成"].period == ""
    assert by_text("该盘销量由去年120套大增三成至今年156套。")["三成"].period == "至今年"


def test_a_statement_time_of_a_forecast_with_no_figure_dates_no_later_sentence():
    """三季度，…。此前多家机构预计，…。此外，…减少了8000辆: the time a forecast of no figure was made (此前, 早前
    before a short run naming who foresaw) frames no figure after its full stop, which keeps the paragraph's time
    before it; a forecast with a figure of its own keeps its time for that figure."""
    facts = by_text("三季度，甲省汽车产量减少3.2万辆。此前多家机构预计，新车将带动销量回升。此外，出口减少8000辆。")
    assert facts["8000辆"].period == "三季度"
    facts = by_text("上月某区零售额按年下跌4%。早前有业界人士预期，旅客回流会刺激消费。另外，珠宝销售亦减少了12%。")
    assert facts["12%"].period == "上月"
    assert by_text("此前多位学者预测，降息将提振楼市。某市新房成交面积增长6%。")["6%"].period == ""
    assert by_text("此前多家机构预计营收增长9%。")["9%"].period == "此前"


def test_a_statement_time_right_before_a_forecast_dates_its_figure():
    """某行此前预计全年利润增长约9%: 此前 right before a verb of forecast is when the forecast was made, the period of
    its figure (before 全年, a scope word); before a verb of saying (此前报道) it dates no figure."""
    assert by_text("某行此前预计全年利润增长约9%。")["约9%"].period == "此前"
    assert by_text("据某台此前报道，甲厂产量增长7%。")["7%"].period == ""


def test_the_base_year_of_a_valuation_dates_no_figure():
    """将估值基准切换至2029年, 估值框架转回2027年度盈利: the year a valuation is based on, after the words of a
    valuation's base in its clause, is no period of the target prices after it; a year before those words, or a
    forecast's own year, still dates its figures."""
    facts = by_text("某券商将估值基准切换至2029年，目标价由每股56元上调至63元。")
    assert (facts["56元"].period, facts["63元"].period) == ("", "")
    assert by_text("某行把估值框架从2027年切换到2028年，目标市盈率由20倍下调至17倍。")["17倍"].period == ""
    assert by_text("鉴于基准年推移至2027财年，某投行将目标价上调至1,150元。")["1,150元"].period == ""
    assert by_text("2027年，甲厂营收预计达到320亿元，某券商将估值基准切换至2028年。")["320亿元"].period == "2027年"
    assert by_text("某券商预计甲厂2028年净利润为45亿元。")["45亿元"].period == "2028年"


def test_the_next_acts_of_a_plan_date_their_own_clause_only():
    """将于5月3日开始，至5月10日结束，…, 将最迟于6月2日揭晓，6月5日会交收，并在次日挂牌。: a time led only by a joiner
    or a preposition (至, 并于) in a clause after a planned act of its sentence is the date of the plan's next act
    (also before a short act jieba may not tag as a verb), which dates no figure of a later clause; a time before
    a figure of its own clause keeps it."""
    facts = by_text("新债认购期将于5月3日上午9时开始，至5月10日中午12时结束，较以往增加1个交易日，可经15间银行认购。")
    assert (facts["1个交易日"].period, facts["15间"].period) == ("", "")
    assert by_text("中签名单将最迟于6月2日揭晓，6月5日会交收，并在次日挂牌。认购费用上限为0.2%。")["0.2%"].period == ""
    facts = by_text("今年甲厂将在华投资50亿元，明年增加至80亿元，后年为100亿元。")
    assert (facts["80亿元"].period, facts["100亿元"].period) == ("明年", "后年")


def test_a_birth_span_of_a_cohort_dates_no_figure():
    """1985年至1990年间出生的受访者中，约四成…: a span of birth years (or 出生于 a time) names a cohort of people, no
    period of the figures about them; a count of births (出生人口) keeps its year, as a figure's time does."""
    assert by_text("1985年至1990年间出生的受访者中，约四成已育有二孩。")["约四成"].period == ""
    assert by_text("在出生于2003年后的学员里，有61%选择网课。")["61%"].period == ""
    assert by_text("甲省2031年出生人口约为870万人。")["约为870万人"].period == "2031年"


def test_a_trade_agreement_after_a_month_is_no_futures_contract():
    """11月楼宇买卖合约登记共3,900宗: an agreement named by its act (买卖合约, 租赁合约) is no futures contract, so the
    month before it dates the count; a commodity's contract (12月合约, 9月期铝) keeps its month as its name."""
    facts = by_text("数据显示，11月楼宇买卖合约登记共3,900宗，按月减少6%。")
    assert (facts["3,900宗"].period, facts["6%"].period) == ("11月", "11月")
    assert by_text("周三，某所9月期铝收涨0.7%。")["0.7%"].period == "周三"


def test_peak_and_off_peak_periods_date_their_own_clause():
    """某线于高峰期每日开行40班，非高峰期则为25班: 高峰期 and 非高峰期 are kinds of hour, like 繁忙时间 (day_types.txt),
    the periods of the figures of their own clause."""
    facts = by_text("甲线于高峰期每日开行40班，非高峰期则为25班。")
    assert (facts["40班"].period, facts["25班"].period) == ("高峰期", "非高峰期")


def test_a_year_that_names_a_product_dates_no_figure():
    """2026年款, 2025年版, 2020年份某干红, 2024年某窖52度500ml的: a year glued to the name of a thing (a model year, an
    edition, a vintage before a name holding specifications) names the thing, no period; the clause's own time
    dates its figures. A year before a measure (2024年某厂产量…) or a count stays the period."""
    facts = by_text("即日起，某品牌2025年型电动车售价由32万元下调至29.8万元。")
    assert (facts["32万元"].period, facts["29.8万元"].period) == ("即日起", "即日起")
    assert by_text("今年起，2025年版目录共收录药品3159种。")["3159种"].period == "今年"
    assert by_text("本月起，2020年份某酒庄干红的出厂价上调至每瓶480元。")["480元"].period == "本月"
    facts = by_text("当日起，2024年某窖52度500ml浓香酒的零售价由每瓶699元调至759元。")
    assert (facts["699元"].period, facts["759元"].period) == ("当日", "当日")
    assert by_text("2026年某市电动车销量为12万辆。")["12万辆"].period == "2026年"
    assert by_text("2024年某厂产量500吨的纪录被打破。")["500吨"].period == "2024年"


def test_a_window_before_a_verb_that_names_a_measure_carries():
    """某行首九个月收入为…，按年增长…: jieba may tag 收入, 出口, 销售 as verbs, but after a window inside a clause they
    name the measure the window dates (nominal_verbs.txt), so the window carries to the next clause as a measure's
    window does; a window before a true act (一年内暂不减持) still dates its own clause only."""
    facts = by_text("乙集团首两季收入为57亿元，按年上升8%。")
    assert (facts["57亿元"].period, facts["8%"].period) == ("首两季", "首两季")
    facts = by_text("丙厂过去12个月出口为3.4亿美元，其中对欧洲占四成。")
    assert (facts["3.4亿美元"].period, facts["四成"].period) == ("过去12个月", "过去12个月")
    assert by_text("某股东称一年内暂不减持，但其后减持了20万股。")["20万股"].period != "一年内"


def test_a_window_before_a_verb_and_a_measure_noun_carries():
    """甲司首两季经营溢利为…，按年增加…: a verb jieba tags before a noun of a measure (经营/v 溢利) names that measure
    with it, so the window before them dates the measure and carries to the next clause, as before a noun."""
    facts = by_text("丁公司首两季经营溢利为6亿元，按年增加20%。")
    assert (facts["6亿元"].period, facts["20%"].period) == ("首两季", "首两季")


def test_how_early_an_act_is_done_is_no_period():
    """提前两个月完成, 提前一年投产: 提前 + a span says how early an act is done, not the first months of a year
    (前两个月营收为…) nor the year before (前一年), so it dates no figure after it."""
    assert by_text("戊厂提前两个月竣工，产能达30万吨。")["30万吨"].period == ""
    assert by_text("己线提前一年通车，日均客流为8万人次。")["8万人次"].period == ""
    assert by_text("庚司前两个月营收为3亿元。")["3亿元"].period == "前两个月"


def test_a_range_with_average_that_makes_a_clause_of_its_own_carries():
    """1-10月平均，…: a range of times with 平均 and then a comma opens its sentence as any time phrase does; the
    figures after it are those averages (not the span of one average inside a clause, which dates that clause only)."""
    assert by_text("1-10月平均，某省消费价格上涨0.6%。")["0.6%"].period == "1-10月"
    found = by_text("9月份，某市物价同比上涨0.2%；1至9月平均，某市物价比上年同期上涨0.5%。")
    assert found["0.2%"].period == "9月份" and found["0.5%"].period == "1至9月"
    found = by_text("今年1至7月平均，某島每月旅客約120萬人次，較上年同期多18%。")
    assert found["約120萬人次"].period == found["18%"].period == "今年1至7月"
    assert by_text("2031至2033年平均，某市每年新增就业6万人。")["6万人"].period == "2031至2033年"


def test_a_time_a_figure_passes_or_matches_dates_no_later_figure():
    """追平上届, 已超过上年全年, 僅次於今年5月: a time after a verb that matches, passes or falls short of a benchmark
    is that benchmark's time; it dates the benchmark's own figure and carries to no figure after it."""
    found = by_text("今年某队共获得奖牌21枚，追平上届赛事的成绩。其中青年队贡献了9枚。")
    assert found["21枚"].period == found["9枚"].period == "今年"
    found = by_text("本赛季某球会已取得17场胜利，超过上赛季全季的胜场数。主力前锋打进13球。")
    assert found["13球"].period == "本赛季"
    found = by_text("今年以来，某市新增风电装机40万千瓦，已超过上年全年。其中海上风电占七成。")
    assert found["七成"].period == "今年以来"
    found = by_text("8月營收310億元，僅次於今年5月的高點。毛利率為47%。")
    assert found["47%"].period == "8月"
    assert by_text("今年以来，某市新增装机已超过上年全年的35万千瓦。")["35万千瓦"].period == "上年全年"
    assert by_text("某桥工期超过三年，总投资90亿元。")["90亿元"].period == ""


def test_the_stages_of_a_league_season_date_their_scores():
    """常规赛阶段，…; 季后赛中，…: a league's regular season and play-offs are the time of the scores in them, as a
    cup's group stage is."""
    found = by_text("常规赛阶段，某队取得55胜27负。季后赛中，某队场均得分109分。")
    assert found["55胜"].period == "常规赛阶段" and found["109分"].period == "季后赛中"


def test_a_count_of_a_group_before_its_noun_takes_the_time_after_the_noun():
    """钢铁、煤炭、有色三个行业今年利润下降: the group a count names is what the time's clause is about, so the time
    after the counted noun dates the count too, in either script and whatever word follows the time."""
    found = by_text("钢铁、煤炭、有色三个行业今年利润下降超过10%。")
    assert found["三个"].period == "今年"
    assert by_text("據統計，五間銀行上季的按揭貸款增加約8%。")["五間"].period == "上季"
    assert by_text("两家车企去年销量均突破百万辆。")["两家"].period == "去年"
    assert by_text("受访的20位经济学家今年普遍下调了增长预期。")["20位"].period == "今年"


def test_a_count_of_a_group_keeps_the_time_carried_from_an_earlier_clause():
    """目前各站已修复，三个站点10月底即可覆盖: a time carried from an earlier clause still dates a count of things
    that stand; a time after a list mark (份额17%、当前估值) names a thing and dates nothing."""
    assert by_text("目前各站已修复，甲、乙、丙三个站点10月底即可全面覆盖。")["三个"].period == "目前"
    assert by_text("该行占有份额17%、当前估值处于低位。")["17%"].period == ""


def test_a_sentence_opening_with_among_takes_the_frame_of_the_sentence_before():
    """在推行计划的三年中，…。其中，…: a sentence that opens with 其中 or 当中 breaks down the figures before it, so
    the frame that dates only that sentence dates it too, in either script."""
    found = by_text("在推行计划的三年中，全市共新建公园120个。其中，社区公园占65%。")
    assert found["120个"].period == found["65%"].period == "三年中"
    found = by_text("在錄得增長的八個季度中，出口平均每季增加40億元。當中，約六成來自電子產品。")
    assert found["約六成"].period == "八個季度中"


def test_a_frame_of_one_sentence_reaches_no_other_opener_nor_paragraph():
    """此外，… opens a sentence of its own, and 其中 past a line break opens a new paragraph: the frame of the
    sentence before dates neither."""
    assert by_text("在推行计划的三年中，全市共新建公园120个。此外，社区公园占65%。")["65%"].period == ""
    assert by_text("在推行计划的三年中，全市共新建公园120个。\n其中，社区公园占65%。")["65%"].period == ""


def test_a_range_of_clock_times_with_no_date_is_a_schedule_not_a_period():
    """门诊时间为早上8时至中午12时: opening hours (a range of clock times, with the weekdays they hold on) date no
    figure, in either script; a range of hours on a named day still does."""
    assert by_text("门诊时间为早上8时至中午12时，挂号费每人次20元。")["20元"].period == ""
    assert by_text("該中心逢星期一至五上午10時至下午6時開放，入場費每位50元。")["50元"].period == ""
    assert by_text("新診所（早上9時至晚上9時）每日可處理200個症。")["200個"].period == ""
    assert by_text("昨日上午10時至下午3時，恒指累跌1.2%。")["1.2%"].period == "昨日上午10時至下午3時"


def test_an_earlier_sessions_quote_dates_its_sentence_only():
    """…收报X点，周一报Y点。: a time opening a later clause right before a quote word and its figure gives an earlier
    session's quote for reference; the next sentence of the market wrap takes the time before it, or none."""
    found = by_text("某期金收涨0.9%，报2410美元/盎司，周二报2398美元。白银期货收跌0.3%。")
    assert found["2398美元"].period == "周二"
    assert found["0.3%"].period == ""
    assert by_text("恒指收報19850點，上週五報19600點。大市成交1200億元。")["1200億元"].period == ""
    assert by_text("恒生指数今日收报18520点，周一报18300点。成交额为980亿港元。")["980亿港元"].period == "今日"
    assert by_text("某股收报12.5元，涨2%，前一交易日报12.2元。市值达300亿元。")["300亿元"].period == ""
    assert by_text("台股加權指數今日收在22100點，週五收在21850點。外資賣超120億元。")["120億元"].period == "今日"


def test_an_earlier_weekday_quote_is_found_and_a_later_one_in_a_series_is_not():
    """週四收報…，週三報…: the earlier weekday is the reference quote; 周一报…，周二报… is a series, and the later
    day carries to the next sentence."""
    assert period.earlier_quotes("恒指周四收报20100点，周三报19900点。", [(2, 4), (13, 15)]) == {(13, 15)}
    assert period.earlier_quotes("上证指数周一报3100点，周二报3120点。", [(4, 6), (13, 15)]) == set()
    assert by_text("上证指数周一报3100点，周二报3120点。成交额8000亿元。")["8000亿元"].period == "周二"
    assert by_text("恒指週四收報20100點，週三報19900點。半新股升3%。")["3%"].period == "週四"


def test_a_time_of_what_may_be_done_in_a_modifier_dates_no_figure():
    """可於明年申請的家庭數目約1.2萬戶: a time after a modal of ability and 在 or 于, before the 的 of the noun the
    figure measures, says when those counted may act; the figure takes the time before it, or none."""
    assert by_text("可於明年申請的家庭數目約為1.2萬戶。")["約為1.2萬戶"].period == ""
    assert by_text("今年，能在年底前入住的单位共有860个。")["860个"].period == "今年"
    assert by_text("去年，合資格於今年投票的選民共450萬人。")["450萬人"].period == "去年"
    assert by_text("截至6月，可于下月起领取津贴的长者人数为12万。")["12万"].period == "截至6月"
    assert period.times_of_eligibility("某行可在年内发放的贷款额度为500亿元。", [(4, 6)]) == {(4, 6)}
    assert period.times_of_eligibility("某行将在年内发放的贷款额度为500亿元。", [(4, 6)]) == set()


def test_a_whole_season_said_short_is_a_period_but_not_inside_a_longer_word():
    """全季投出15勝: 全季 is the whole season (of a league, or a quarter), a period as 全年 and 全月 are; 全季節輪胎
    (all-season tyres) and 全季酒店 (a hotel chain) hold no time."""
    assert by_text("某投手全季投出15勝，防禦率2.31。")["15勝"].period == "全季"
    assert by_text("某投手全季投出15勝，防禦率2.31。")["2.31"].period == "全季"
    assert by_text("全季，某投手共投出210局。")["210局"].period == "全季"
    assert by_text("某品牌推出全季節輪胎，售價每條1200元。")["1200元"].period == ""
    assert by_text("入住全季酒店的旅客達到3000人次。")["3000人次"].period == ""


def test_a_week_of_the_year_with_its_dates_or_opening_a_line_is_a_period():
    """第37周（9月8日至14日）: a weekly report names its week with the dates written out in brackets, read as one
    time with them; a headline opening with 第37周 is dated by it; 连续第3周 stays a run's count."""
    assert by_text("據監測，第37週（9月8日至14日）全港豬肉批發價每斤28元。")["28元"].period == "第37週（9月8日至14日）"
    headline = by_text("第37周全国蔬菜均价环比下跌2.3%")["2.3%"]
    assert (headline.period, headline.metric) == ("第37周", "全国蔬菜均价")
    facts = by_text("某指数连续第3周上涨，本周累计涨1.5%。")
    assert (facts["第3周"].role, facts["第3周"].period, facts["1.5%"].period) == ("rank", "", "本周")


def test_the_whole_match_before_a_tally_is_a_period_but_not_the_whole_crowd_or_store():
    """某後衛全場攻下35分: 全场 right before a player's or a team's tally is the whole match, as 全场比赛; 全场观众 and
    全场五折 (the whole crowd, the whole store) hold no time."""
    facts = by_text("某後衛全場攻下35分，另有8次助攻。")
    assert (facts["35分"].period, facts["8次"].period) == ("全場", "全場")
    assert by_text("全场射门18次，控球率61%。")["61%"].period == "全场"
    assert by_text("全场观众超过1.8万人。")["超过1.8万人"].period == ""
    assert by_text("商场全场五折，最低每件50元。")["50元"].period == ""


def test_the_next_round_before_a_verb_dates_its_figures():
    """下輪將推售不少於100伙: the next round of a sale, said before a verb, is the occasion of its figures, as 本轮 is;
    下一轮的申请人数 names a thing and dates nothing."""
    assert by_text("發展商表示，下輪將推售不少於100伙。")["不少於100伙"].period == "下輪"
    assert by_text("下一轮将发放消费券共5亿元。")["5亿元"].period == "下一轮"
    assert by_text("下一轮的申请人数预计达到3万人。")["3万人"].period == ""


def test_a_kind_of_day_glossed_in_brackets_is_one_time_of_its_own_clause():
    """平日和周末（周六至周日）分別…: the pieces in the brackets join first, so the kind of day and its gloss are one
    time; glossed, it is still a kind of day that dates its own clause only; 9月23日（周日）早上7時 stays one time."""
    facts = by_text("某碼頭平日和周末（周六至周日）的渡輪班次各為60班和75班。另外，夜間航線有12班。")
    assert (facts["75班"].period, facts["12班"].period) == ("周末（周六至周日）", "")
    assert by_text("高鐵將於9月23日（周日）早上7時通車，經營權為期10年。")["10年"].period == "9月23日（周日）早上7時"


def test_an_occasion_named_alone_before_a_comma_dates_its_clause():
    """本次IPO，某公司拟募资25亿元: the occasion word with the short name of the occasion, a clause of its own, is the
    time of the figures after it; 本次会议的看点 names a thing."""
    assert by_text("本次IPO，某芯片公司计划募资18亿元。")["18亿元"].period == "本次IPO"
    assert by_text("此次收购，某集团拟支付现金40亿元。")["40亿元"].period == "此次收购"


def test_a_time_describing_the_subject_after_the_time_of_the_sentence_dates_only_its_phrase():
    """周五美股收盘，周四大跌的某股反弹5%: a time in the phrase describing the subject, after a time of an earlier
    clause of the sentence, dates the subject's past act; the figure of the subject's act takes the earlier time. A
    time before the set a figure counts (本年度获准的项目已有30个) is the count's own."""
    assert by_text("周一美股收盘，上周五大跌的某芯片股反弹6%。")["6%"].period == "周一"
    facts = by_text("今年以来，此前连续两个财年录得亏损的某航空公司实现盈利5亿元。")
    assert facts["5亿元"].period == "今年以来"
    assert by_text("截至9月底，本年度获准的新能源项目已有30个。")["30个"].period == "本年度"


def test_the_morning_close_and_the_years_up_to_now_are_periods():
    """截至午间收盘，某板块涨5%; 历年来，某基金累计派息…: the close of the morning session, and the years counted up
    to now, are the time of the figures after them."""
    assert by_text("截至午间收盘，某板块涨幅达4%。")["4%"].period == "截至午间收盘"
    assert by_text("历年来，某信托累计派息12亿元。")["12亿元"].period == "历年来"


def test_an_event_with_zai_and_shi_right_after_a_time_is_a_circumstance_not_the_period():
    """某署过去三年在处理投诉时，九成…: 在…时 right after a time phrase says in what circumstance the acts of that
    time were done; the time phrase stays the period. An event with 在…后 opening a clause is still a time."""
    assert by_text("某局過去兩年在審批牌照時，八成申請可於20日內完成。")["八成"].period == "過去兩年"
    assert by_text("某行今年首季在发放消费贷款时，平均利率为4.2%。")["4.2%"].period == "今年首季"
    assert by_text("在新措施生效后，某区每月成交回升至600宗。")["600宗"].period == "在新措施生效后"


def test_the_time_of_a_condition_to_qualify_dates_no_figure_those_who_qualify_may_get():
    """过去半年有领取援助的住户可获…: the time of the act that makes one eligible is no period of what the
    eligible may get (empty, or the time carried from before), while a count of that set keeps it."""
    facts = by_text("过去半年有领取援助的住户可获一次性津贴3000港元。")
    assert facts["3000港元"].period == ""
    facts = by_text("过去一年有申报薪俸税的在职人士，可获退税上限为6000元。")
    assert facts["6000元"].period == ""
    facts = by_text("今年，某市预算开支为800亿元。去年有缴纳差饷的业主可获宽减，上限为1500元。")
    assert facts["1500元"].period == "今年"
    assert by_text("过去一年有领取援助的住户达16万户。")["16万户"].period == "过去一年"
    assert by_text("今年有三成的企业可享受减税。")["三成"].period == "今年"
