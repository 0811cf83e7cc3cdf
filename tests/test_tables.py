"""Tab-separated tables: every figure cell with the unit, role, metric and period its table gives it."""

from decimal import Decimal

import pytest

from pipeline import extract
from pipeline.facts.tables import Measure, split_measure, with_paired_cells, with_spaced_cells

TABLE = (
    "2023年主要产品产量\n"
    "产品名称\t单 位\t产 量\t同比增长（±%）\n"
    "原煤\t万吨\t120.5\t-3.2\n"
    "发电量\t亿千瓦时\t30.0\t持平\n"
    "\n"
    "2023年末存贷款单位：亿元\n"
    "指 标\t12月末\t比年初增加额\n"
    "存款余额\t500.0\t40.0\n"
    "#储蓄存款\t300.5\t20.0\n"
)


def cells():
    return {(f.text, f.metric): f for f in extract(TABLE).facts}


def test_unit_column_and_magnitude():
    fact = cells()[("120.5", "原煤")]
    assert (fact.value, fact.unit, fact.role, fact.period) == (1205000, "吨", "amount", "2023年")
    assert cells()[("30.0", "发电量")].value == 3_000_000_000
    assert cells()[("30.0", "发电量")].unit == "千瓦时"


def test_change_column_is_a_change_in_percent_and_no_change_is_no_fact():
    found = cells()
    assert (found[("-3.2", "原煤")].role, found[("-3.2", "原煤")].value, found[("-3.2", "原煤")].unit) == (
        "change", -3.2, "%")
    assert not any(f.text == "持平" for f in found.values())


def test_title_note_gives_magnitude_and_currency_and_sub_rows_keep_it():
    found = cells()
    deposit = found[("500.0", "存款余额")]
    assert (deposit.value, deposit.unit, deposit.currency, deposit.period) == (5e10, "元", "CNY", "2023年末")
    saving = found[("20.0", "储蓄存款")]
    assert (saving.role, saving.value, saving.unit) == ("change", 2e9, "元")


def test_split_measure():
    assert split_measure("万吨").magnitude == Decimal(10000)
    assert split_measure("亿千瓦时").unit == "千瓦时"
    assert split_measure("%").unit == "%"
    assert split_measure("产品名称") is None


def facts_of(text):
    from pipeline import extract

    return {f.text: f for f in extract(text).facts}


def test_a_markdown_table_whose_rows_are_years_takes_metric_from_the_column_and_period_from_the_row():
    text = ("《香港01》業績：\n"
            "| | 總收益： | 稅前虧損： | 員工數目： |\n"
            "|---|---|---|---|\n"
            "| 2015年 | 2200萬元 | 5290萬元 | / |\n"
            "| 2016年 | 1億7310萬元 | 2億5350萬元 | 逾 550人 |\n")
    found = facts_of(text)
    assert set(found) == {"2200萬元", "5290萬元", "1億7310萬元", "2億5350萬元", "逾 550人"}
    assert (found["1億7310萬元"].value, found["1億7310萬元"].metric, found["1億7310萬元"].period) == (
        173100000, "總收益", "2016年")
    assert (found["逾 550人"].qualifier, found["逾 550人"].unit) == ("at_least", "人")


def test_a_markdown_table_without_a_header_measures_what_its_title_says():
    text = "各等級人口收入中位數升幅：\n| 職業收入最低10%工作人口 | 46.6% |\n| 整體中位數升幅 | 29.6% |\n"
    found = facts_of(text)
    assert set(found) == {"46.6%", "29.6%"}
    assert found["46.6%"].role == "change" and found["46.6%"].metric == "職業收入最低10%工作人口"


def test_a_header_naming_a_time_is_still_a_header():
    text = "金融\n指 标\t12月末\t比年初增加额\n金融机构存款余额\t1000.5\t266.0\n"
    found = facts_of(text)
    assert found["266.0"].role == "change" and found["1000.5"].role == "amount"


def test_a_table_row_is_not_the_label_of_the_figure_below_it():
    text = ("各等級人口收入中位數升幅：\n| 職業收入最高10%工作人口 | 23.6% |\n\n"
            "今年為0.473，比5年前的0.475稍微回跌了0.002。\n")
    assert all("|" not in f.metric for f in extract(text).facts)


def test_a_table_whose_rows_are_places_takes_its_metric_from_the_column():
    """| 地区 | 新症数目 | / | 新界东 | 4055 |: a row of a place holds its figures; the column says what they are."""
    text = "各区的新症数目：\n| 地区 | 新症数目 |\n| 深圳 | 4055 |\n| 广州 | 2478 |\n"
    facts = {f.text: f for f in extract(text).facts}
    assert (facts["4055"].metric, facts["4055"].subject) == ("新症数目", "深圳")
    assert (facts["2478"].metric, facts["2478"].subject) == ("新症数目", "广州")


def test_a_long_line_introducing_a_table_with_a_colon_gives_its_period():
    text = ("2016-17年度各医院联网内，精神科例行（非紧急）个案的门诊新症数目，及其轮候时间的中位值（第50个百分值）：\n"
            "| 联网 | 新症数目 |\n|---|---|\n| 甲区 | 4055 |\n")
    (fact,) = [f for f in extract(text).facts if f.text == "4055"]
    assert fact.period == "2016-17年度"


TIME_COLUMNS = (
    "两区成交\n"
    "| | 03/2021 | 02/2021 |\n"
    "| 深圳总成交 | 40宗 | 31宗 |\n"
    "| 广州 | 12宗 平均呎价为9,800元 | 7宗 平均呎价为9,500元 |\n"
    "| 佛山 | 约有12宗成交及3宗撤回 | 5宗 |\n"
)


def test_a_table_whose_columns_are_times_takes_its_period_from_the_column_and_its_metric_from_the_row():
    facts = {(f.text, f.period): f for f in extract(TIME_COLUMNS).facts}
    fact = facts[("40宗", "03/2021")]
    assert (fact.metric, fact.subject, fact.value) == ("深圳总成交", "深圳总成交", 40)
    assert facts[("31宗", "02/2021")].metric == "深圳总成交"


def test_a_column_headed_by_a_time_dates_its_cells_where_the_title_names_no_time():
    """| 指标 | 本月 | 1-5月 | 增长(%) |: the time columns date their cells, and a change column the time column before
    it; under a title with a time (2031年主要指标) the title's time holds for every cell."""
    table = "| 指标 | 本月 | 1-5月 | 增长(%) |\n| --- | --- | --- | --- |\n| 某项出口(亿元) | 93.7 | 415.9 | 6.3 |\n"
    facts = facts_of("某市主要指标\n" + table)
    assert (facts["93.7"].period, facts["415.9"].period, facts["6.3"].period) == ("本月", "1-5月", "1-5月")
    assert facts["93.7"].metric == "某项出口"
    assert facts_of("2031年某市主要指标\n" + table)["93.7"].period == "2031年"


def test_a_change_column_after_a_column_of_the_earlier_time_is_the_current_times():
    """| 本期 | 上年同期 | 增长（%） |: the earlier time's column is the base of the change, not its period; 本期 (the
    span a release covers) heads a column of times, also where a column of units stands before it."""
    table = ("| 指标 | 本期 | 上年同期 | 增长（%） |\n| --- | --- | --- | --- |\n"
             "| 某类产量（万吨） | 31.6 | 30.2 | 4.6 |\n")
    facts = facts_of("某县主要指标\n" + table)
    assert (facts["31.6"].period, facts["30.2"].period, facts["4.6"].period) == ("本期", "上年同期", "本期")
    units = "| 指标 | 单位 | 本期 | 上年同期 |\n| --- | --- | --- | --- |\n| 某类存栏 | 万头 | 48.3 | 47.9 |\n"
    facts = facts_of("某县主要指标\n" + units)
    assert (facts["48.3"].value, facts["48.3"].unit, facts["47.9"].period) == (483000, "头", "上年同期")


def test_each_figure_of_a_cell_takes_the_label_written_before_it():
    facts = {(f.text, f.period): f for f in extract(TIME_COLUMNS).facts}
    price = facts[("9,800元", "03/2021")]
    assert (price.value, price.unit, price.metric, price.subject) == (9800, "元", "平均呎价", "广州")
    assert facts[("12宗", "03/2021")].metric == "广州"
    assert facts[("9,500元", "02/2021")].metric == "平均呎价"


def test_a_cell_of_words_around_its_figures_is_not_read_as_figures():
    texts = {f.text for f in extract(TIME_COLUMNS).facts if f.subject == "佛山"}
    assert texts == {"5宗"}


def test_a_figure_in_brackets_after_another_is_measured_by_the_bracket_of_its_header():
    """| 全国 | 81,558 | 3,281 (4%) | under | 确诊个案 | 死亡个案 (死亡率) |: the bracketed 4% is a 死亡率; a row of a
    place word (全国) holds its figures as a named place does."""
    text = ("疫情数字：\n| | 确诊个案 | 死亡个案 (死亡率) |\n| 全国 | 81,558 | 3,281 (4%) |\n"
            "| 广州 | 46,450 | 593 (1%) |\n")
    facts = {f.text: f for f in extract(text).facts}
    assert (facts["3,281"].metric, facts["3,281"].value, facts["3,281"].subject) == ("死亡个案", 3281, "全国")
    assert (facts["4%"].metric, facts["4%"].unit, facts["4%"].role) == ("死亡率", "%", "amount")
    assert (facts["81,558"].metric, facts["1%"].metric, facts["1%"].subject) == ("确诊个案", "死亡率", "广州")


AGE_BANDS = (
    "各年龄组的病例：\n"
    "| 年龄 | 病例 (占比) | 死亡率 |\n"
    "| 70岁\n或以上 | 321 (12.5%) | 6.1% |\n"
    "| 20-29岁 | 88 (3.4%) | 0.2% |\n"
)


def test_a_corner_naming_what_the_rows_are_makes_each_row_the_subject_and_each_column_the_metric():
    facts = {f.text: f for f in extract(AGE_BANDS).facts}
    assert (facts["88"].metric, facts["88"].subject) == ("病例", "20-29岁")
    assert (facts["3.4%"].metric, facts["0.2%"].metric, facts["0.2%"].subject) == ("占比", "死亡率", "20-29岁")


def test_a_row_broken_over_lines_inside_a_cell_is_read_as_one_row():
    facts = [f for f in extract(AGE_BANDS).facts if f.subject.startswith("70岁")]
    assert [(f.text, f.metric) for f in facts] == [("321", "病例"), ("12.5%", "占比"), ("6.1%", "死亡率")]
    assert not any(f.text == "70岁" for f in extract(AGE_BANDS).facts)


def test_a_cell_of_a_sentence_broken_over_lines_stays_prose():
    text = "| 手续费 | 多数银行收取手续费\n其中3间按贷款额0.5%计算，1间收取800元 |\n"
    assert {f.text for f in extract(text).facts} >= {"0.5%", "800元"}


def test_a_row_whose_cells_label_their_own_figures_holds_them():
    text = TIME_COLUMNS + "| 海景苑 | 3宗 平均呎价为9,100元 | 2宗 平均呎价为9,050元 |\n"
    facts = {(f.text, f.period): f for f in extract(text).facts}
    assert facts[("3宗", "03/2021")].subject == "海景苑"
    assert facts[("9,050元", "02/2021")].subject == "海景苑"


def test_a_table_whose_columns_are_places_takes_its_subject_from_the_column():
    text = "两国比较：\n| | 日本 | 韩国 |\n| 失业率 | 2.6% | 3.1% |\n"
    facts = {f.text: f for f in extract(text).facts}
    assert (facts["2.6%"].metric, facts["2.6%"].subject) == ("失业率", "日本")
    assert facts["3.1%"].subject == "韩国"


def test_a_unit_note_in_brackets_under_a_title_sets_the_magnitude_and_currency():
    text = "图表：2022年各区营业额（单位：万元）\n区域\t营业额\t增长\n北区\t7,300\t2.4%\n南区\t3,900\t-0.8%\n"
    north = facts_of(text)["7,300"]
    assert (north.value, north.unit, north.currency) == (7.3e7, "元", "CNY")


SPACED = (
    "某区第二季统计\n"
    "　　有关部门发表数据。\n"
    "项目　　某年第二季　　按年变幅\n"
    "零售总值（亿元）　　1,234　　-2.5%\n"
    "访客人数（万人次）　　56.7　　+8.0%\n"
)


def test_a_table_aligned_with_runs_of_spaces_reads_like_a_tab_separated_one():
    facts = {(f.text, f.metric): f for f in extract(SPACED).facts}
    sales, change = facts[("1,234", "零售总值")], facts[("-2.5%", "零售总值")]
    assert (sales.value, sales.unit, sales.role) == (123_400_000_000, "元", "amount")
    assert (change.value, change.role) == (-2.5, "change")  # 按年变幅: the column of changes
    assert facts[("56.7", "访客人数")].value == 567_000


def test_prose_and_an_indent_are_no_table():
    lines = "　　某公司今年营收  120亿元，增长5%。\n　　另一家公司  营收80亿元，增长3%。\n记者　　某某　　摄\n"
    spans, start = [], 0
    for line in lines.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    assert with_spaced_cells(lines, spans) == lines  # sentences, and one line of a byline: no block of cells
    table = "项目  今年\n营收  120\n"
    assert with_spaced_cells(table, [(0, 7), (8, 14)]) == "项目\t 今年\n营收\t 120\n"


def test_a_unit_per_unit_in_a_header_gives_price_and_currency():
    assert split_measure("万元/吨") == Measure(Decimal(10000), "元/吨")
    assert split_measure("元/某某") is None  # no unit after the slash
    table = "| 城市 | 房价（元/平方米） |\n|---|---|\n| 甲城 | 12,500 |\n| 乙城 | 9,800 |\n"
    fact = next(f for f in extract(table).facts if f.text == "12,500")
    assert (fact.value, fact.unit, fact.currency) == (12500, "元/平方米", "CNY")


def test_a_time_header_with_a_note_in_brackets_dates_its_column():
    table = "项目\t某年度（修订）\t2031-32年度（预算）\n开支（亿元）\t58\t61\n赤字（亿元）\t4.8\t6.7\n"
    periods = {f.text: f.period for f in extract(table).facts}
    assert periods["61"] == "2031-32年度" and periods["6.7"] == "2031-32年度"


def test_a_column_of_changes_alone_measures_what_the_column_before_it_does():
    table = "| 城市 | 3月租金（元） | 环比 |\n|---|---|---|\n| 甲城 | 80 | -0.8% |\n| 乙城 | 95 | +0.3% |\n"
    facts = {f.text: f for f in extract(table).facts}
    assert (facts["80"].metric, facts["80"].period, facts["80"].subject) == ("租金", "3月", "甲城")
    assert (facts["-0.8%"].metric, facts["-0.8%"].role, facts["-0.8%"].period) == ("租金", "change", "3月")


def test_a_column_headed_by_a_year_of_its_own_keeps_it_under_a_title_time():
    """The title's time holds for columns without a year (12月末 under 2023年末), not for the year before."""
    table = "某县2031年主要指标\n指标\t2031年\t2030年\t增长\n粮食产量（万吨）\t52.1\t50.3\t3.6%\n"
    periods = {f.text: f.period for f in extract(table).facts}
    assert (periods["52.1"], periods["50.3"], periods["3.6%"]) == ("2031年", "2030年", "2031年")


def test_a_change_column_beside_years_is_dated_by_the_latest_year():
    for header in ("指标\t2030年\t2031年\t增长\n", "指标\t2031年\t2030年\t增长\n"):
        facts = {f.text: f for f in extract(header + "粮食产量（万吨）\t52.1\t50.3\t3.6%\n").facts}
        assert (facts["3.6%"].role, facts["3.6%"].period) == ("change", "2031年")


def test_a_leading_column_of_positions_is_a_rank_of_the_row_and_the_label_is_in_the_next_column():
    table = ("某联赛积分榜\n| 排名 | 球队 | 胜 | 积分 |\n|---|---|---|---|\n| 1 | 甲城队 | 9 | 29 |\n"
             "| 2 | 乙镇队 | 8 | 26 |\n")
    facts = {(f.text, f.metric): f for f in extract(table).facts}
    assert (facts[("1", "排名")].role, facts[("1", "排名")].subject) == ("rank", "甲城队")
    assert (facts[("26", "积分")].role, facts[("26", "积分")].subject) == ("amount", "乙镇队")
    assert not any(f.metric in ("1", "2") for f in facts.values())


def test_a_leading_column_of_serial_numbers_is_no_fact():
    table = "序号\t项目\t总投资（亿元）\n1\t某码头工程\t52.3\n2\t某城际铁路\t180\n"
    facts = {f.text: f for f in extract(table).facts}
    assert set(facts) == {"52.3", "180"}
    assert (facts["180"].metric, facts["180"].value) == ("某城际铁路", 1.8e10)


def test_a_change_column_after_a_time_column_is_dated_by_it():
    table = "指标\t5月\t增长\t1-5月\t增长\n发电量（亿千瓦时）\t80.2\t5.1\t402.1\t6.0\n"
    facts = {f.text: f for f in extract(table).facts}
    assert (facts["5.1"].role, facts["5.1"].period, facts["6.0"].period) == ("change", "5月", "1-5月")


def test_rows_of_companies_under_columns_of_years_take_their_metric_from_the_title():
    table = "两家公司营业收入（亿元）\n| 公司 | 2030年 | 2031年 |\n|---|---|---|\n| 甲公司 | 1,093 | 1,210 |\n"
    fact = next(f for f in extract(table).facts if f.text == "1,210")
    assert (fact.metric, fact.subject, fact.period, fact.value) == ("两家公司营业收入", "甲公司", "2031年", 1.21e11)


def test_rows_of_places_without_a_corner_under_columns_of_years_take_their_metric_from_the_title():
    table = "部分城市粮食产量（万吨）\n| | 2030年 | 2031年 |\n|---|---|---|\n| 广州 | 43.7 | 45.1 |\n"
    fact = next(f for f in extract(table).facts if f.text == "45.1")
    assert (fact.metric, fact.subject, fact.period) == ("部分城市粮食产量", "广州", "2031年")


def test_a_column_that_is_a_name_holds_the_figures_of_rows_that_only_open_with_one():
    """| 广州流感住院率 | 4% | under | | 甲国 |: the row is a measure that starts with a place; the column holds."""
    table = "| | 日本 | 韩国 |\n| 广州流感住院率 | 4% | 9% |\n| 60岁以上就业人口 | 28% | 19% |\n"
    facts = {f.text: f for f in extract(table).facts}
    assert (facts["4%"].metric, facts["4%"].subject) == ("广州流感住院率", "日本")
    assert (facts["19%"].metric, facts["19%"].subject) == ("60岁以上就业人口", "韩国")


def test_a_mark_after_a_row_label_takes_the_time_of_its_note_under_the_table():
    table = ("| | 日本 | 韩国 |\n| 60岁以上就业人口* | 28% | 19% |\n| 家庭人数中位数^ | 3.1人 | 2.9人 |\n"
             "注：* 某银行2030年数据\n^ 某组织2029年数据\n")
    facts = {f.text: f for f in extract(table).facts}
    assert (facts["19%"].metric, facts["19%"].period) == ("60岁以上就业人口", "2030年")
    assert (facts["3.1人"].metric, facts["3.1人"].period) == ("家庭人数中位数", "2029年")


def test_a_unit_note_in_the_corner_gives_the_table_its_unit():
    table = "| 单位：亿元 | 2030年 | 2031年 |\n|---|---|---|\n| 一般公共预算收入 | 43.7 | 45.1 |\n"
    fact = next(f for f in extract(table).facts if f.text == "45.1")
    assert (fact.value, fact.unit, fact.currency, fact.period) == (4.51e9, "元", "CNY", "2031年")


def test_a_header_of_bare_years_heads_columns_of_times():
    table = "| | 2029 | 2030 |\n|---|---|---|\n| 营收（亿元） | 120.5 | 135.1 |\n"
    facts = {f.text: f for f in extract(table).facts}
    assert set(facts) == {"120.5", "135.1"}
    assert (facts["135.1"].value, facts["135.1"].metric, facts["135.1"].period) == (1.351e10, "营收", "2030")


def test_a_figure_wholly_in_brackets_in_a_table_is_negative_as_accounts_print_a_loss():
    table = "单位：百万元\n| 项目 | 2031年 | 2030年 |\n|---|---|---|\n| 经营利润 | (1,234) | 860 |\n"
    facts = {f.text: f for f in extract(table).facts}
    assert (facts["(1,234)"].value, facts["860"].value) == (-1.234e9, 8.6e8)


def test_a_column_of_changes_after_a_column_of_shares_measures_the_amount_before_them():
    table = ("| 城市 | 产量（万吨） | 占全省比重（%） | 同比增减（%） |\n|---|---|---|---|\n"
             "| 甲市 | 120.5 | 8.2 | -1.3 |\n")
    facts = {f.text: f for f in extract(table).facts}
    assert (facts["-1.3"].metric, facts["-1.3"].role, facts["8.2"].metric) == ("产量", "change", "占全省比重")


def test_a_column_of_the_earlier_time_or_of_months_summed_is_dated_by_its_header():
    """| 本年累计 | 上年同期累计 | under a title's time: the earlier time's column is that time's, not the title's;
    | 1-9月累计 | is a column of the months it sums."""
    table = ("| 指标 | 本年累计 | 上年同期累计 |\n| --- | --- | --- |\n| 某项产值（亿元） | 41.3 | 39.8 |\n")
    facts = facts_of("某县1-9月主要指标\n" + table)
    assert (facts["41.3"].period, facts["39.8"].period) == ("本年累计", "上年同期累计")
    table = ("| 指标 | 9月 | 1-9月累计 |\n| --- | --- | --- |\n| 某项产值（亿元） | 4.7 | 40.6 |\n")
    assert facts_of("某县主要指标\n" + table)["40.6"].period == "1-9月累计"


def test_rows_that_hold_the_figures_under_columns_of_times_measure_what_the_title_names():
    # made-up: districts as rows, years as columns, the measure and its unit in the title (traditional script)
    text = ("各區住宅成交（宗）\n"
            "地區\t2031年\t2030年\t按年變幅\n"
            "港島\t1,230\t1,450\t-15.2%\n"
            "新界\t3,400\t3,900\t-12.8%\n")
    found = {f.text: f for f in extract(text).facts}
    rows = [(found[t].metric, found[t].subject, found[t].period, found[t].role) for t in ("1,230", "1,450", "-15.2%")]
    assert rows == [
        ("各區住宅成交", "港島", "2031年", "amount"), ("各區住宅成交", "港島", "2030年", "amount"),
        ("各區住宅成交", "港島", "2031年", "change")]
    assert (found["3,900"].unit, found["-12.8%"].value) == ("宗", -12.8)


def test_a_title_that_names_a_change_makes_the_percentages_of_its_table_changes():
    text = ("2031年前三季度主要城市房价涨跌幅\n"
            "| 城市 | 新房 | 二手房 |\n"
            "|---|---|---|\n"
            "| 北京 | 1.2% | -3.4% |\n"
            "| 上海 | 2.5% | -1.1% |\n")
    found = {f.text: f for f in extract(text).facts}
    assert [(found[t].role, found[t].value) for t in ("1.2%", "-3.4%")] == [("change", 1.2), ("change", -3.4)]
    assert found["2.5%"].subject == "上海"
    # a title that names no change leaves them amounts
    found = {f.text: f for f in extract(text.replace("涨跌幅", "占比")).facts}
    assert found["1.2%"].role == "amount"


SEGMENTS = (
    "某某集团分部业绩（人民币百万元）\n"
    "| 分部 | 收入 | 同比 |\n"
    "|---|---|---|\n"
    "| 家电 | 2,400 | 6.5% |\n"
    "| 每股盈利（港仙） | 31.5 | -2.0% |\n"
    "\n"
    "各科合格率\n"
    "科目\t合格率\t较上年\n"
    "数学\t71.2%\t下跌0.9个百分点\n"
    "历史\t66.0%\t上升1.1个百分点\n"
)


def test_a_currency_before_the_magnitude_a_row_unit_and_a_verb_in_a_cell():
    facts = {f.text: f for f in extract(SEGMENTS).facts}
    # 人民币百万元: the magnitude after the currency name; 分部 rows hold the figures the columns name
    assert (facts["2,400"].value, facts["2,400"].unit) == (2_400_000_000, "元")
    assert (facts["2,400"].metric, facts["2,400"].subject) == ("收入", "家电")
    # 每股盈利（港仙） under a column of millions: the row's own unit
    assert (facts["31.5"].value, facts["31.5"].unit) == (31.5, "港仙")
    # 下跌0.9个百分点 in a column of changes: the verb gives the sign
    assert (facts["下跌0.9个百分点"].role, facts["下跌0.9个百分点"].value) == ("change", -0.9)
    assert facts["上升1.1个百分点"].value == 1.1


def test_split_measure_after_a_currency_name():
    assert split_measure("港币千元") == Measure(Decimal(1000), "元", "HKD")


@pytest.mark.parametrize(("note", "currency"), [("单位：港币百万元", "HKD"), ("（人民币千元）", "CNY"),
                                                  ("单位：美元百万元", "USD")])
def test_a_currency_named_in_a_unit_note_is_the_currency_of_the_cells(note: str, currency: str) -> None:
    """单位：港币百万元 in a mainland article: the note names the currency of the table's 元, which the cells take
    over the article's own (they were CNY); the unit stays 元 as written."""
    text = f"某某控股年报\n某某控股今日发表年报。\n主要数据{note}\n项目\t2031年\t2030年\n营业额\t5,100\t4,800\n"
    sales = facts_of(text)["5,100"]
    assert (sales.value, sales.unit, sales.currency) == (5.1e9 if "百万" in note else 5.1e6, "元", currency)


def test_a_heading_or_a_unit_note_between_two_tables_opens_the_second():
    # (under ## 乙表, the header of the second table is no row of the first, and its 单位 note crosses no heading)
    text = ("某县年报\n## 甲表\n单位：万吨\n作物\t产量\t同比\n稻谷\t320\t-1.5%\n"
            "## 乙表\n城区\t税收（亿元）\t增长（%）\n东城\t45\t3.2\n"
            "单位：万元\n项目\t金额\n西城\t88\n")
    found = {f.text: f for f in extract(text).facts}
    assert (found["320"].value, found["320"].unit) == (3_200_000, "吨")
    assert (found["45"].value, found["45"].unit, found["45"].metric) == (4_500_000_000, "元", "税收")
    assert (found["3.2"].role, found["3.2"].unit) == ("change", "%")
    assert (found["88"].value, found["88"].unit) == (880_000, "元")


def test_rows_labelled_by_times_take_the_column_as_metric():
    # D36: in a table whose rows are times, the column says what is measured and the row when
    text = "某某电器销量\n## 各季度（万台）\n季度\t销量\t同比增长\n一季度\t8.5\t6%\n二季度\t9.0\t-3%\n"
    found = {f.text: f for f in extract(text).facts}
    assert (found["8.5"].metric, found["8.5"].period, found["8.5"].value) == ("销量", "一季度", 85_000)
    assert (found["-3%"].metric, found["-3%"].period, found["-3%"].role) == ("销量", "二季度", "change")


def test_growth_and_decline_headers_of_every_region_make_changes_and_a_column_of_falls_is_negative():
    """年成長 (Taiwan), YoY, 按年升跌 (Hong Kong), 降幅 and 衰退: columns of changes; a fall written unsigned under a
    header that names only falls is negative, and a move either way named alone (升跌) is in its own money, not %."""
    text = ("某廠月營收（單位：新台幣億元）\n"
            "| 月份 | 營收 | 年成長 | 降幅 |\n|---|---|---|---|\n| 3月 | 88.2 | 6.1% | 2.4% |\n\n"
            "| 股份 | 收市價 | 升跌 | YoY |\n|---|---|---|---|\n| 甲股 | 21.5 | -0.6 | 9% |\n")
    found = {f.text: f for f in extract(text).facts}
    assert (found["6.1%"].role, found["6.1%"].value) == ("change", 6.1)
    assert (found["2.4%"].role, found["2.4%"].value) == ("change", -2.4)
    assert (found["-0.6"].role, found["-0.6"].value, found["-0.6"].unit) == ("change", -0.6, "")
    assert (found["9%"].role, found["9%"].value) == ("change", 9)
    assert (found["88.2"].role, found["21.5"].role) == ("amount", "amount")


def test_a_column_of_another_month_than_the_titles_is_dated_by_its_own_month():
    """Under a title of 11月, | 11月 | 10月 | 月增率 |: the 10月 column's figures are October's, not the title's
    November; the change beside them is the title's month's (a column of 12月末 under 2031年末 still takes the
    title's time)."""
    text = ("某某電子11月營收報告\n\n| 項目 | 11月 | 10月 | 月增率 |\n|---|---|---|---|\n"
            "| 營收（百萬元） | 1,250 | 1,180 | 5.9% |\n")
    assert [(f.value, f.role, f.period) for f in extract(text).facts] == [
        (1_250_000_000, "amount", "11月"), (1_180_000_000, "amount", "10月"), (5.9, "change", "11月")]


def test_label_figure_lines_under_a_titled_unit_read_as_a_table():
    text = ("## 丙市主要经济指标（单位：亿元）\n\n经济总量 2340.5\n工业增加值 815.2\n\n"
            "丁縣2031年漁業概況（萬噸）\n水產品產量 12.4\n海水養殖 7.8\n\n"
            "戊区主要指标\n单位：万人次\n接待游客　356\n过夜游客　120\n")
    facts = {f.text: f for f in extract(text).facts}
    gdp = facts["2340.5"]
    assert (gdp.value, gdp.unit, gdp.metric) == (234_050_000_000, "元", "经济总量")
    assert (facts["12.4"].value, facts["12.4"].unit, facts["12.4"].period) == (124_000, "吨", "2031年")
    assert (facts["356"].value, facts["356"].unit) == (3_560_000, "人次")


def test_label_figure_lines_without_a_unit_above_or_alone_stay_prose():
    assert with_paired_cells("某项目 120\n另一项 80\n", [(0, 7), (8, 14)]) == "某项目 120\n另一项 80\n"  # no title
    single = "产量（万吨）\n小麦 12\n"
    assert with_paired_cells(single, [(0, 6), (7, 12)]) == single  # one line is no table
    listed = "今年的收成\n小麦 12万吨\n玉米 9万吨\n"  # figures with their units under no unit and no colon: prose
    assert with_paired_cells(listed, [(0, 5), (6, 13), (14, 20)]) == listed
    paired = with_paired_cells("产量（万吨）\n小麦 12\n玉米 9\n", [(0, 6), (7, 12), (13, 17)])
    assert paired == "产量（万吨）\n小麦\t12\n玉米\t9\n"


def test_label_colon_figure_lines_under_a_titled_unit_read_as_a_table():
    text = ("某某電子第二季財報摘要（新台幣億元）\n營收：312.4\n營業利益：88.1\n\n"
            "丙區上月住宅成交（宗）\n北角：640\n柴灣：415\n")
    facts = {f.text: f for f in extract(text).facts}
    assert (facts["88.1"].value, facts["88.1"].unit, facts["88.1"].metric) == (8_810_000_000, "元", "營業利益")
    assert facts["88.1"].period == "第二季"
    # rows that are places: the title says what they hold, never the first row's figure
    assert (facts["415"].unit, facts["415"].metric, facts["415"].subject) == ("宗", "丙區上月住宅成交", "柴灣")


def test_label_figure_lines_with_their_units_under_a_colon_title():
    text = "甲縣今年前三季主要作物產量：\n\n小麥 36萬公噸\n玉米 21萬公噸\n"
    facts = {f.text: f for f in extract(text).facts}
    assert (facts["21萬公噸"].metric, facts["21萬公噸"].period) == ("玉米", "今年前三季")


def test_a_time_opening_a_column_header_dates_its_cells_where_the_rows_say_what():
    """| 项目 | 今年销量（万辆） | 去年销量（万辆） |: where the title names no time and the rows say what, the time the
    column header opens with dates the column's cells (before, they had no period)."""
    text = "| 项目 | 今年销量（万辆） | 去年销量（万辆） |\n| 轿车 | 35 | 30 |\n| SUV | 28 | 22 |\n"
    facts = {f.text: f for f in extract(text).facts}
    assert [facts[t].period for t in ("35", "30", "28", "22")] == ["今年", "去年", "今年", "去年"]
    text = "主要指標：\n| 指標 | 本年營收（億元） | 上年營收（億元） |\n| 甲公司 | 120 | 98 |\n"
    facts = {f.text: f for f in extract(text).facts}
    assert (facts["120"].period, facts["98"].period) == ("本年", "上年")


def test_a_title_over_a_source_line_and_a_unit_note_still_dates_the_table():
    text = ("2031年第二季劳工市场统计\n资料来源：某统计机构\n（单位：千人）\n"
            "| 项目 | 人数 |\n| 劳动人口 | 3,780 |\n| 失业人数 | 115 |\n")
    found = {f.text: f for f in extract(text).facts}
    assert (found["3,780"].value, found["3,780"].period, found["3,780"].metric) == (3780000, "2031年第二季", "劳动人口")
    assert found["115"].period == "2031年第二季"


def test_a_long_line_introducing_the_table_under_it_dates_its_cells():
    text = ("根据某机构的最新数据，2031年首五个月各类楼宇的落成量载于下表，业界认为供应仍然充足。\n"
            "| 类别 | 落成量 |\n| 小型楼宇 | 4,300 |\n")
    fact = next(f for f in extract(text).facts if f.text == "4,300")
    assert (fact.period, fact.metric) == ("2031年首五个月", "小型楼宇")


def test_columns_headed_by_years_in_numerals_are_dated_by_their_own_year_not_the_title():
    text = ("二零三一年首五個月某類貨品銷貨價值\n"
            "| 類別 | 二零三一年首五個月 | 二零三零年首五個月 |\n| 百貨公司 | 1,650 | 1,720 |\n")
    periods = {f.text: f.period for f in extract(text).facts}
    assert periods == {"1,650": "二零三一年首五個月", "1,720": "二零三零年首五個月"}
