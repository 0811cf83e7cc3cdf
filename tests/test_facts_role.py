"""role: amount, change (with its sign) or rank, from the cue words around a figure."""

import pytest

from pipeline import extract
from pipeline.facts.role import has_comparative_after, role_of, sign_of_rate_named
from tests.helpers import document_view, quantity


def role(text: str, figure: str) -> tuple[str, int]:
    view = document_view(text)
    return role_of(view, quantity(view, figure)[1])


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("该市规模以上工业企业增至1520家", "1520家", ("amount", 1)),  # 增至 names the new level
        ("营收同比增长12%", "12%", ("change", 1)),
        ("全年粮食产量下降3.5%", "3.5%", ("change", -1)),
        ("该市排名升至第15位", "第15位", ("rank", 1)),
        ("GPU 频率提升 40% 更快", "40%", ("change", 1)),
        ("近五年营收增速达26%", "26%", ("change", 1)),  # a growth rate stated as a level
        ("营收达到3亿元", "3亿元", ("amount", 1)),
        # a market opening higher or lower, a yield moving up or down, a rebound, a rise in value, a tax relief
        ("某指数高开0.8%", "0.8%", ("change", 1)),
        ("某指数低开1.2%", "1.2%", ("change", -1)),
        ("10年期国债收益率单日上行5个基点", "5个基点", ("change", 1)),
        ("白银盘中反弹近4%", "近4%", ("change", 1)),
        ("单位升值约60%", "约60%", ("change", 1)),
        ("宽减五成水费", "五成", ("change", -1)),
        # a difference stated with an adjective after 比 (difference_words.tsv), also after 了; 比重 is a share
        ("比上一代快了20%", "20%", ("change", 1)),
        ("比某机型还轻了8g", "8g", ("change", -1)),
        ("某款平板比旧型号薄了1.5毫米", "1.5毫米", ("change", -1)),
        ("某型货车车厢比标准款宽了20厘米", "20厘米", ("change", 1)),
        ("第三产业占GDP比重为51.4%", "51.4%", ("amount", 1)),
        # a verb of height, size, value, speed or place (role_cues.tsv)
        ("某患者的血压升高12%", "12%", ("change", 1)),
        ("某基金的資產增值三成", "三成", ("change", 1)),
        ("某股盘中冲高4.1%", "4.1%", ("change", 1)),
        ("城乡收入差距扩阔0.6个百分点", "0.6个百分点", ("change", 1)),
        ("某行息差缩窄7个基点", "7个基点", ("change", -1)),
        ("某学院的排名後退5位", "5位", ("change", -1)),
        ("某队的排名上移3位", "3位", ("change", 1)),
        ("某厂的能耗减低一成", "一成", ("change", -1)),
        ("某零件的公差减小0.2毫米", "0.2毫米", ("change", -1)),
        ("某线路列车提速15%", "15%", ("change", 1)),
        ("某国的公共债务膨胀了约40%", "约40%", ("change", 1)),
        ("某水库水位升高至175米", "175米", ("amount", 1)),
    ],
)
def test_role_and_sign(text, figure, expected):
    assert role(text, figure) == expected


def test_rate_words_and_comparatives():
    assert sign_of_rate_named("复合增速平均值", 0, 7) == 1
    assert sign_of_rate_named("出口降幅", 0, 4) == -1
    assert sign_of_rate_named("营业收入", 0, 4) is None
    view = document_view("性能提升40%更快")
    assert has_comparative_after(view.text, quantity(view, "40%")[1])


def test_a_decrease_is_a_negative_value_in_the_output():
    fact = next(f for f in extract("全年粮食产量下降3.5%。").facts if f.text == "3.5%")
    assert (fact.role, fact.value) == ("change", -3.5)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("GDP平均增長為12.7%", "12.7%", ("change", 1)),  # a word of change, 为 and a percentage: the change
        ("占比下降为5%", "5%", ("amount", 1)),  # after other change verbs 为 names the new level
        ("增加为300家", "300家", ("amount", 1)),
        ("销量同比变动11.05%", "11.05%", ("change", 1)),
    ],
)
def test_change_stated_with_wei(text, figure, expected):
    assert role(text, figure) == expected


def test_a_percentage_before_a_rate_of_change_is_that_change():
    text = "该公司净利润出现了超过70%的降幅，远超约20%的营收增幅。占比约25%的份额。"
    found = {f.text: f for f in extract(text).facts}
    assert (found["超过70%"].role, found["超过70%"].value) == ("change", -70)
    assert found["约20%"].role == "change"
    assert found["约25%"].role == "amount"


def test_cantonese_comparatives_qualify_a_figure():
    (cut,) = extract("政府料电费可减多过5%。").facts
    assert (cut.text, cut.qualifier, cut.role, cut.value) == ("多过5%", "at_least", "change", -5)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("新巴分階段加12%", "12%", ("change", 1)),  # Hong Kong usage: 加 alone is a rise
        ("生意跌咗两成", "两成", ("change", -1)),  # Cantonese 咗 (了) between the verb and the figure
        ("车费贵咗三蚊", "三蚊", ("change", 1)),
        ("票价上调5%", "5%", ("change", 1)),
        ("价格下调10元", "10元", ("change", -1)),
        ("比去年便宜30元", "30元", ("change", -1)),
        ("他参加3场比赛", "3场", ("amount", 1)),  # ends in 加 but is no change
        ("新加坡5家银行", "5家", ("amount", 1)),
    ],
)
def test_price_change_verbs(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("全英平均租金按年升了7.9%", "7.9%", ("change", 1)),
        ("英倫銀行加息0.15%", "0.15%", ("change", 1)),
        ("要求降息50个基点", "50个基点", ("change", -1)),
        ("股價上揚1.63％", "1.63%", ("change", 1)),  # the view holds the half-width text
        ("倫敦核心地區倒退（↓11.6%）", "11.6%", ("change", -1)),
        ("若扣除通脹因素，實質升幅為9.5%", "9.5%", ("change", 1)),
        ("上月迎來3.9%的按年增長", "3.9%", ("change", 1)),
        ("准許回報率升至8%", "8%", ("amount", 1)),  # 升至 names the new level
    ],
)
def test_more_words_and_signs_of_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("新增就业人数合计较修正前低7.4万人", "7.4万人", ("change", -1)),
        ("医疗保健行业上月新增近4.7万个岗位", "近4.7万个", ("change", 1)),  # 新增N is a change (净增 too)
        ("新增4家高端形象店", "4家", ("change", 1)),
        ("DRAM营收环比+67%", "+67%", ("change", 1)),  # a share written with its sign (the value has it)
        ("估值就翻了近4倍", "近4倍", ("change", 1)),  # a multiple after 翻 is the change
        ("较实际偏离-50%的情形", "-50%", ("change", 1)),
        ("在云端的成本会比地端高4倍", "4倍", ("change", 1)),
        ("营收较去年同期少了2亿元", "2亿元", ("change", -1)),
        ("他身高180厘米", "180厘米", ("amount", 1)),  # 高 with no comparison is no difference
        # faster by a time is less time, slower more
        ("新渡轮比旧船快了十五分钟", "十五分钟", ("change", -1)),
        ("改线后的专车比原线慢了8分钟", "8分钟", ("change", 1)),
    ],
)
def test_a_difference_after_a_comparison(text, figure, expected):
    assert role(text, figure) == expected


def test_a_doubling_word_is_a_change():
    fact = next(f for f in extract("投资至少翻倍。").facts)
    assert (fact.role, fact.value, fact.qualifier) == ("change", 1, "at_least")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("全年的收入同比增长分别为15%和12%", "15%", ("change", 1)),  # 分别 between the change word and 为
        ("最高可上浮20万元", "20万元", ("change", 1)),
        ("较ICE布伦特溢价0.85美元", "0.85美元", ("change", 1)),
        ("可能出现约12%增长", "约12%", ("change", 1)),  # the rate named right after the percentage
    ],
)
def test_rates_spread_by_fenbie_floating_premiums_and_a_rate_after(text, figure, expected):
    assert role(text, figure) == expected


def test_a_figure_restated_after_huo_is_the_same_change():
    found = {f.text: f for f in extract("登记选民数目比去年仅净增长419人，或0.01%，是十年新低。").facts}
    assert found["0.01%"].role == "change"


def test_a_rate_of_change_stated_as_a_level_keeps_its_sign():
    """GDP增速为5.3%: a growth rate after 为 is a change (ANNOTATION.md), and a fall (跌幅) is a negative one."""
    assert role("一季度GDP增速为5.3%。", "5.3%") == ("change", 1)
    assert role("跌幅收窄至2%。", "2%") == ("change", -1)
    assert role("股价挫3%。", "3%") == ("change", -1)


def test_a_superlative_after_a_conjunction_is_no_difference():
    """甲和乙是最大的两个省: 和 joins names and 最大 is a superlative, so 两个 is a count, not a difference; 和去年比
    高5% still is one."""
    assert role("四川和云南是全国最大的两个省", "两个") == ("amount", 1)
    assert role("和去年比高5%", "5%") == ("change", 1)


def test_a_change_of_pay_tax_or_output_and_the_size_of_a_change():
    """平均加薪1.4%, 减产10%: verbs of change_acts.txt are changes too; 加薪幅度为1.4% and 下跌幅度为3% name the size of
    a change (幅度 after a verb of change), so the figure is a change with that verb's sign."""
    assert role("今年雇员平均加薪1.4%", "1.4%") == ("change", 1)
    assert role("该厂明年减产10%", "10%") == ("change", -1)
    assert role("今年雇员平均加薪幅度为1.4%", "1.4%") == ("change", 1)
    assert role("股价下跌幅度为3%", "3%") == ("change", -1)


def test_a_change_of_a_holding_in_shares():
    """减持某某科技股份不超过N股 (decision D63 of the gold): 增持/减持 N股 is a change, 减持 negative, also with the
    company's shares named between the cue and the count; 回购股份6958万股 is a count."""
    assert role("拟以集中竞价方式减持某某科技股份不超过1,434,321股", "不超过1,434,321股") == ("change", -1)
    assert role("某基金增持该公司股票500万股", "500万股") == ("change", 1)
    assert role("公司剔除已回购股份6958.65万股", "6958.65万股") == ("amount", 1)


def test_hiring_more_staff_is_a_change():
    """增聘1名医生、3名护士 (decision D69 of the gold): more staff or posts is a change, for each listed count."""
    found = {f.text: f for f in extract("医院将增聘1名医生、3名护士。").facts}
    assert (found["1名"].role, found["3名"].role) == ("change", "change")


def test_a_rate_before_de_and_a_verb_of_change_is_the_size_of_that_change():
    """为25个基点的降息提供依据: the figure measures the cut, so it is a negative change named by 降息."""
    (cut,) = extract("这为50至100个基点的降息提供了依据。").facts
    assert (cut.role, cut.value, cut.value_max, cut.metric) == ("change", -100, -50, "降息")
    (output,) = extract("市场预期10%的减产。").facts
    assert (output.role, output.value) == ("change", -10)


def test_words_of_a_pullback_a_loss_of_value_or_a_contraction_are_falls():
    for text, figure in (("该股随后回调近9%。", "近9%"), ("公司市值单日蒸发2630亿美元。", "2630亿美元"),
                         ("开发周期缩短约60%。", "约60%"), ("经济收缩6.1个百分点。", "6.1个百分点")):
        fact = next(f for f in extract(text).facts if f.text == figure)
        assert (fact.role, fact.value < 0) == ("change", True), text


def test_a_cue_before_a_list_holds_for_each_item_and_for_a_breakdown_in_brackets():
    found = {f.text: f for f in extract("医院料增137名人手（包括12名医生、87名护士）、58张病床。").facts}
    assert all(found[t].role == "change" for t in ("137名", "12名", "87名", "58张"))
    found = {f.text: f for f in extract("营收100亿元、利润5亿元。").facts}
    assert found["5亿元"].role == "amount"


def test_a_sum_stated_as_the_size_of_a_change_is_a_change():
    for text, value in (("涨价幅度在100元到200元之间。", 100), ("单日跌幅达100美元。", -100)):
        (fact,) = extract(text).facts
        assert (fact.role, fact.value) == ("change", value), text
    (level,) = extract("营收为100亿元。").facts
    assert level.role == "amount"


def test_closing_up_or_down_is_a_change_named_by_its_verb():
    """收高/收涨 (closed higher) and 收低/收跌: a day's move of a share, with its sign."""
    facts = {f.text: f for f in extract("特斯拉收高3.83%，英伟达收跌0.27%，腾讯收涨2%。").facts}
    assert (facts["3.83%"].role, facts["3.83%"].value) == ("change", 3.83)
    assert (facts["0.27%"].role, facts["0.27%"].value, facts["0.27%"].metric) == ("change", -0.27, "收跌")
    assert facts["2%"].metric == "收涨"


def test_a_share_right_before_a_verb_of_cutting_is_the_size_of_the_cut():
    found = {f.text: f for f in extract("消息发布。当局建议百分之五十减免差饷，上限三千元。").facts}
    assert (found["百分之五十"].role, found["百分之五十"].value, found["百分之五十"].metric) == ("change", -50, "减免")


def test_halved_is_a_fall_of_one_half():
    found = {f.text: f for f in extract("消息发布。今年的电费补贴减半。").facts}
    assert (found["减半"].role, found["减半"].value) == ("change", -0.5)


def test_zero_growth_is_a_change_of_zero():
    found = {f.text: f for f in extract("消息发布。该厂去年产量零增长。").facts}
    assert (found["零"].role, found["零"].value) == ("change", 0)


def test_a_discount_or_a_smaller_payment_is_a_fall():
    text = "消息发布。该款手机较原价最高优惠达600元，买家可少付900元；优惠价2999元。"
    found = {f.text: f for f in extract(text).facts}
    assert (found["600元"].role, found["600元"].value) == ("change", -600)
    assert (found["900元"].role, found["900元"].value) == ("change", -900)
    assert found["2999元"].role == "amount"  # 优惠价: a price


def test_a_rate_of_change_named_after_a_percentage_may_be_followed_by_its_verb():
    """以320%的全年涨幅位列第一: the rate word ends its phrase before the verb (not 30%的增长空间: a noun)."""
    found = {f.text: f for f in extract("该股以320%的全年涨幅位列第一，公司称仍有30%的增长空间。").facts}
    assert (found["320%"].role, found["320%"].metric) == ("change", "涨幅")
    assert found["30%"].role == "amount"


def test_a_rate_named_in_the_clause_before_a_bare_link_makes_a_change():
    """老年会员增幅更高，达到34%: the clause holds only 达到; the rate it states is named in the clause before."""
    assert {f.text: f for f in extract("老年会员增幅更高，达到34%。").facts}["34%"].role == "change"


def test_taiwan_words_of_growth_rates_make_changes_with_their_sign():
    """成长率, 年增率 and 年减率 (Taiwan's 增长率, 同比增速, 同比降幅) stated as a level are changes; 年减率 a fall."""
    found = {f.text: (f.role, f.value) for f in extract("某年經濟成長率為2.7%，出口年減率為4%，進口年增率6%。").facts}
    assert found == {"2.7%": ("change", 2.7), "4%": ("change", -4), "6%": ("change", 6)}


def test_a_streak_after_a_rate_of_change_is_an_amount():
    """工资涨幅连续四年超过4%: the streak says how long the run lasted; the rate before it makes it no change."""
    assert role("工资涨幅连续四年超过4%。", "四年") == ("amount", 1)


def test_paying_more_or_less_is_a_change():
    """多花, 少花 (as 多付, 少付): the extra sum paid is a change."""
    assert role("换新电池要比以前多花65元。", "65元") == ("change", 1)
    assert role("用户每月可少花12元。", "12元") == ("change", -1)


def test_how_often_an_act_is_done_is_an_amount():
    """降息一次, 加息1.25次: a count of times after a verb of change counts the acts; 增加两次 changes the count."""
    assert role("市场预计年内将再降息两次。", "两次") == ("amount", 1)
    assert role("巡查频率每周增加两次。", "两次") == ("change", 1)


def test_an_acceleration_time_is_an_amount():
    """百公里加速5.2秒: a car's specification, no change (加速 alone is a cue: 增速加速至6%)."""
    assert role("新车百公里加速5.2秒。", "5.2秒") == ("amount", 1)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a saving: a cut of the measure when a share or against another; a sum saved alone is an amount
        ("新款芯片功耗节省28%", "28%", ("change", -1)),
        ("某线路较旧线节省12至18分钟", "12至18分钟", ("change", -1)),
        ("每年可节省47亿元", "47亿元", ("amount", 1)),
        # words that end like a cue but are no change: a sum made up, a cut labelled as what is cut
        ("该公司去年虚增3.7亿元营收", "3.7亿元", ("amount", 1)),
        # skip words between a verb of change and its figure: net, a total, an extra
        ("某区人口较上年增加净约9万人", "约9万人", ("change", 1)),
        ("某校增加合共36个学位", "36个", ("change", 1)),
        # a multiple after 多 is a change; a discount rate is a fall; a move either way is no fall
        ("工程队买多一倍钢筋", "一倍", ("change", 1)),
        ("收购价的折让率约18%", "约18%", ("change", -1)),
        ("某股单日涨跌幅超过7%", "超过7%", ("change", 1)),
        # 二次 before a word is the second time; at a clause's end it counts
        ("某村二次创业获成功", "二次", ("rank", 1)),
        ("年内累计降息二次", "二次", ("amount", 1)),
        # a time after an act of change or a plus is no change
        ("距上次加息约4年", "约4年", ("amount", 1)),
        # a size stated in a clause of its own after the change it sizes; a range after 介乎
        ("四成雇主预计会减薪，幅度为2.3%", "2.3%", ("change", -1)),
        ("药费开支增幅最大，介乎三成至四成", "三成至四成", ("change", 1)),
        # a verb of change as a noun after a share and 的 is the move the share sizes (not before a noun: 增长目标)
        ("某省出口额出现12%的萎缩。", "12%", ("change", -1)),
        ("计划实现5%的增长目标", "5%", ("amount", 1)),
        # the year a cut is for, or the company whose shares are bought, between the cue and its figure
        ("政府宽减2025/26年度百分之百薪俸税", "百分之百", ("change", -1)),
        ("东川银行增持西岭农村商业银行3021.5万股股份", "3021.5万股", ("change", 1)),
        # 力度 sizes a change as 幅度 does
        ("笔记本电脑优惠力度最高达900元", "最高达900元", ("change", -1)),
    ],
)
def test_savings_sizes_and_words_that_only_look_like_changes(text, figure, expected):
    assert role(text, figure) == expected


def test_a_percentage_a_benchmark_noun_names_after_a_change_is_that_change_expected():
    found = {f.text: f for f in extract("某公司营收同比下降6%，低于此前9%的预期，占比约25%。").facts}
    assert (found["9%"].role, found["9%"].value) == ("change", -9)
    assert found["约25%"].role == "amount"
    found = {f.text: f for f in extract("某公司营收增长12%，完成年度目标的45%。").facts}
    assert found["45%"].role == "amount"  # a share of the target, not the target


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a fall said the way market reports say it, in either script (made-up sentences)
        ("某指数今年以来累计跌去逾两成", "逾两成", ("change", -1)),
        ("某市楼价按年跌掉约一成", "约一成", ("change", -1)),
        ("金價昨日回吐1.8%", "1.8%", ("change", -1)),
        ("某車企今年銷量倒退15%", "15%", ("change", -1)),
        ("某公司股價插水8%", "8%", ("change", -1)),
        ("恒指急瀉500點", "500点", ("change", -1)),
        ("某股股价跳水6%", "6%", ("change", -1)),
        ("某公司股价走低2.1%", "2.1%", ("change", -1)),
        ("金價軟1.2%", "1.2%", ("change", -1)),
        ("某科技股全日滑3%", "3%", ("change", -1)),
        ("某品牌市场份额被蚕食3个百分点", "3个百分点", ("change", -1)),
        ("某地出口縮幅為3.3%", "3.3%", ("change", -1)),
        ("某币中间价调贬36个基点", "36个基点", ("change", -1)),
        # and a rise
        ("某指数走高1.5%", "1.5%", ("change", 1)),
        ("某股狂飆35%", "35%", ("change", 1)),
        ("金價揚1%", "1%", ("change", 1)),
        # words that end like those but name no move
        ("持有微软5%股份", "5%", ("amount", 1)),
    ],
)
def test_verbs_of_a_market_move_are_changes(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("全年經濟增長目標定為5%左右", "5%左右"),  # a growth targeted or expected is a growth rate
        ("某地今年GDP增长预期为4.5%", "4.5%"),
        ("某公司今年营收成长目标为两成", "两成"),
    ],
)
def test_a_growth_targeted_or_expected_is_a_change(text, figure):
    assert role(text, figure) == ("change", 1)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("营收同比增至5亿元", "5亿元"),  # 增至 names the level, whatever stands before it
        ("出口同比降至300亿元", "300亿元"),
        ("占比从41.3%飙升至66.5%", "66.5%"),
        ("市占率亦揚升至9%左右", "9%左右"),
    ],
)
def test_a_verb_of_change_with_zhi_names_a_level_even_after_another_cue(text, figure):
    assert role(text, figure) == ("amount", 1)
    assert role("人均收入增长达到4.7%", "4.7%") == ("change", 1)  # 达到 is no verb of change: 增长 still is


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a gap against a benchmark named between the comparative and the figure is a change (made-up sentences)
        ("某地平均工资高于全国平均水平20%", "20%", ("change", 1)),
        ("該指標低於市場預期0.3個百分點", "0.3个百分点", ("change", -1)),
        ("某原油官方售價低於基準價每桶1.5美元", "1.5美元", ("change", -1)),
        ("某國通脹率高出目標1.2個百分點", "1.2个百分点", ("change", 1)),
        ("增速低于全国平均水平0.5个百分点", "0.5个百分点", ("change", -1)),
        # not a threshold, the benchmark's own level, a figure naming the benchmark or one in an aside
        ("收入高于5亿元", "高于5亿元", ("amount", 1)),
        ("股价低于每股10元", "10元", ("amount", 1)),
        ("营收远高于市场预期的218亿美元", "218亿美元", ("amount", 1)),
        ("通胀率仍略高于央行2%的中期目标", "2%", ("amount", 1)),
        ("得票率大幅高于某某（26%）", "26%", ("amount", 1)),
    ],
)
def test_a_gap_against_a_benchmark_is_a_change(text, figure, expected):
    assert role(text, figure) == expected


def test_a_verb_of_change_whose_last_character_the_qualifier_took_still_makes_a_change():
    # the number grammar reads 大约 in 扩大约15个基点; 扩大 is still the change before the figure
    assert role("两者利差扩大约15个基点", "大约15个基点") == ("change", 1)
    assert role("营收大约5亿元", "大约5亿元") == ("amount", 1)


def test_a_figure_alone_under_a_label_that_names_a_change_is_a_change():
    # a scorecard written one line a cell (made-up, traditional script)
    text = "地區生產總值\n5230億元\n同比增長\n5.2%\n出口按年下跌\n3.1%\n"
    found = {f.text: (f.role, f.value) for f in extract(text).facts}
    assert (found["5.2%"], found["3.1%"], found["5230億元"][0]) == (("change", 5.2), ("change", -3.1), "amount")
    # a figure inside a sentence under such a line keeps its own reading
    found = {f.text: f.role for f in extract("同比增長\n全年营收为5亿元，占比30%。\n").facts}
    assert found["30%"] == "amount"


def test_a_price_per_litre_is_no_rise():
    """升 is per litre in 每升 and 每公升 (调高至每升8元: a level), and the verb of a rise elsewhere (股价升3%)."""
    assert role("汽油价格调高至每升8元", "8元") == ("amount", 1)
    assert role("汽油價格調高至每公升9.5元", "9.5元") == ("amount", 1)
    assert role("柴油每升上涨0.2元", "0.2元") == ("change", 1)
    assert role("股价升3%", "3%") == ("change", 1)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a noun after the figure and 的 that says it is a change: an effect, a premium or discount, a price cut
        ("疫情對第二季經濟造成約1.5%的負面影響", "约1.5%", ("change", -1)),
        ("地产投资对增速形成约0.3个百分点的拖累", "约0.3个百分点", ("change", -1)),
        ("分析師給予該股15%的估值溢價", "15%", ("change", 1)),
        ("部分配件有50至200元不等的減價", "50至200元", ("change", -1)),
        ("新款手机较上一代有300元的降价", "300元", ("change", -1)),
        ("央行对25个基点的政策息率变动持开放态度", "25个基点", ("change", 1)),
        ("目标价较现价隐含25%上行空间", "25%", ("change", 1)),
        ("分析师认为该股仍有约10%的下行空间", "约10%", ("change", -1)),
        ("受到3个方面的负面影响", "3个", ("amount", 1)),  # a count, not a size
        # a verb that pulls a measure by points: the pull decides, even over a rate named after it
        ("關稅上調拖累甲廠邊際利潤率0.8個百分點", "0.8个百分点", ("change", -1)),
        ("出口下滑拉低整体增速0.4个百分点", "0.4个百分点", ("change", -1)),
        ("高端产品拉高整体毛利率0.5个百分点", "0.5个百分点", ("change", 1)),
        ("带动成本下降0.5个百分点", "0.5个百分点", ("change", -1)),
        ("出口拖累利润率降至4.5%", "4.5%", ("amount", 1)),  # a level reached
        # a base per unit between the cue and the figure; too high or too low against another figure
        ("本月原油官价较基准溢价每桶2.5美元", "2.5美元", ("change", 1)),
        ("另一模型的估算则偏低1.5%", "1.5%", ("change", -1)),
        # a skip word that would cut the verb of change in two (提高|达, not 提|高达)
        ("某某乳业的鲜奶售价提高达两成", "两成", ("change", 1)),
        ("乙廠的產能利用率調高達15%", "15%", ("change", 1)),
        # more or less than the usual level (a climate or harvest anomaly)
        ("今年甲市的降雨量偏少二成", "二成", ("change", -1)),
        ("乙縣上月雨量較常年偏多四成", "四成", ("change", 1)),
        ("全省春季降水量偏少38%", "38%", ("change", -1)),
    ],
)
def test_effects_premiums_pulls_and_bases(text, figure, expected):
    assert role(text, figure) == expected


def test_negative_growth_is_a_fall():
    assert role("全月用电量同比负增长3.6%", "3.6%") == ("change", -1)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("甲队落后榜首两分", "两分", ("change", -1)),  # a lag behind a rival named between
        ("某选手落后领先者3杆", "3杆", ("change", -1)),  # the 领先 of 领先者 names the rival, 落后 is the verb
        ("乙队落後領先的丙队6分", "6分", ("change", -1)),
        ("丁选手领先落后者4杆", "4杆", ("change", 1)),
        ("该队领先第二名8分", "8分", ("change", 1)),
        ("甲国的技术领先对手约3年", "约3年", ("change", 1)),
        ("该省领先企业5家", "5家", ("amount", 1)),  # a count of things, no gap
        ("其市占率领先于对手的12%", "12%", ("amount", 1)),  # the rival's own level
        ("某甲大幅领先另外7位参选人", "7位", ("amount", 1)),  # a count of rivals
        ("首圈已建立领先优势的某乙最终以1小时5分的时间完赛", "1小时5分", ("amount", 1)),  # a lead of no figure
    ],
)
def test_a_lead_or_a_lag_over_a_rival(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("某指数今日收黑85点", "85点", ("change", -1)),
        ("金融类股收红1.2%", "1.2%", ("change", 1)),
        ("某期货盘中走跌0.7%", "0.7%", ("change", -1)),
    ],
)
def test_a_close_in_the_red_or_the_black(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # 多 or 少 and a verb after a comparison: more or less of an act than the base is a difference (gold D60)
        ("某县今年税款比预算少收4亿元", "4亿元", ("change", -1)),
        # Hong Kong's 按年 and 按季 compare too (like 同比)
        ("某集團純利按年少賺一成半", "一成半", ("change", -1)),
        ("某航空公司上季按季多賺8%", "8%", ("change", 1)),
        ("甲厂用电量较上季少用了6万千瓦时", "6万千瓦时", ("change", -1)),
        ("乙店本月比上月多卖出1200台", "1200台", ("change", 1)),
        ("某某證券較去年少賺3億元", "3亿元", ("change", -1)),  # (the figure as converted)
        ("丙项目比原计划少用了12天", "12天", ("change", -1)),
        # 多增 / 少增: more or less of an increase than the base
        ("某地新增贷款比上年少增800亿元", "800亿元", ("change", -1)),
        ("居民存款同比多增5000亿元", "5000亿元", ("change", 1)),
        # with no comparison written, 少收 stays an amount (D60); words that only end in 多 / 少 are no act
        ("该项措施令政府每年少收7亿元", "7亿元", ("amount", 1)),
        ("某馆今年的访客比去年至少多2万人", "2万人", ("change", 1)),
    ],
)
def test_more_or_less_of_an_act_than_a_base(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a verb of change, the thing it acts on, then the count: the change of that thing (gold D40, D47, D69)
        ("某夜市今年新增摊位90个", "90个", ("change", 1)),
        ("某某电信上季净增用户150万户", "150万户", ("change", 1)),
        ("甲院增设病床320张", "320张", ("change", 1)),
        ("乙航空增开航线7条", "7条", ("change", 1)),
        ("某某銀行淨增客戶約8萬名", "约8万名", ("change", 1)),  # (the figure as converted)
        # not a measure named with its verb (stated as a level), a sum (D57), a share, or a verb of a count that moved
        ("该月新增会员人数8.2万人", "8.2万人", ("amount", 1)),
        ("某县增加投资3亿元", "3亿元", ("amount", 1)),
        ("全日上涨个股3100只", "3100只", ("amount", 1)),
        # an object jieba reads as a verb (nominal_verbs.txt: 就业), and a cut of what is counted (减少)
        ("某行业上月新增就业约3.8万人", "约3.8万人", ("change", 1)),
        ("去年全區新增就業2.6萬人", "2.6万人", ("change", 1)),
        ("甲业本季减少就业1.1万人", "1.1万人", ("change", -1)),
        ("某连锁品牌今年减少门店140家", "140家", ("change", -1)),
        ("某油田前三季累计减产原油85万吨", "85万吨", ("change", -1)),
        ("乙省今年增产稻谷22万吨", "22万吨", ("change", 1)),
        # the level of an indicator whose change the next clause gives against a base
        ("甲县新增就业6.3万人，较上年多0.2万人", "6.3万人", ("amount", 1)),
        ("某园区新增企业420家，同比多增35家", "420家", ("amount", 1)),
    ],
)
def test_a_count_after_a_verb_of_change_and_its_object_is_a_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # 由X…至Y in a clause that names no measure: the rate of change the clause before names (D30)
        ("某县房价跌幅继续收窄，由2.4%收窄至1.6%", "2.4%", ("change", -1)),
        ("某县房价跌幅继续收窄，由2.4%收窄至1.6%", "1.6%", ("change", -1)),
        ("乙省出口增速略见放缓，从9%放缓到7%", "7%", ("change", 1)),
        # the time of the level left between 由 and its figure (上月的, 去年同期的), as 由…至 allows elsewhere
        ("某市楼价跌幅见收窄，由上月的1.4%收窄至0.9%", "1.4%", ("change", -1)),
        ("某市楼价跌幅见收窄，由上月的1.4%收窄至0.9%", "0.9%", ("change", -1)),
        ("丁縣工業增速回升，由去年同期的3.1%加快至4.6%", "4.6%", ("change", 1)),
        ("某某集團營收增幅擴大，從上季的7%擴大到11%", "7%", ("change", 1)),
        # a verb of change right before 由: the growth (or fall) is the measure that moves
        ("某百货的同店销售增长由上季的6%放缓至3%", "6%", ("change", 1)),
        ("某百貨的同店銷售增長由上季的6%放緩至3%", "3%", ("change", 1)),
        ("甲國經濟增長從去年的2.9%加快到3.6%", "3.6%", ("change", 1)),
        ("乙地楼价下跌由上月的1.5%扩大至2.5%", "2.5%", ("change", -1)),
        ("某品牌份额继续扩大，由去年的21%升至24%", "24%", ("amount", 1)),
        ("某品牌的市场份额由21%升至24%", "21%", ("amount", 1)),
        # the level left after 由 keeps its role though a cue stands before 由 (D40)
        ("某厂的营收同比由6亿元增至9亿元", "6亿元", ("amount", 1)),
        ("某公司的員工人數減少由1500人減至1100人", "1500人", ("amount", 1)),
        # a clause with a measure of its own, or a clause before that names no rate, keeps the levels amounts
        ("某品牌份额继续扩大，由21%升至24%", "24%", ("amount", 1)),
        # a loss that shrinks or grows
        ("某某航运同比减亏3亿元", "3亿元", ("change", -1)),
        ("丙公司今年增亏4000万元", "4000万元", ("change", 1)),
    ],
)
def test_a_move_from_one_level_to_another_of_a_rate_named_before_and_a_loss_that_shrinks(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a rate of decline stated as a level, the Taiwan way: a negative change (like 年减率)
        ("某某面板營收衰退率達14%", "14%", ("change", -1)),
        ("某某記憶體上月營收月減率為7%", "7%", ("change", -1)),
        ("某某封測廠季減率約3%", "约3%", ("change", -1)),  # (the figure as converted)
    ],
)
def test_a_rate_of_decline_stated_as_a_level_is_a_negative_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a relief verb, who or what it is for, then the share cut (gold D62, D67: a negative change)
        ("当局宽减中小企业五成利得税", "五成", ("change", -1)),
        ("宽免村屋地租六成", "六成", ("change", -1)),
        ("政府减免小型商户八成排污费", "八成", ("change", -1)),
        # a share, the charge, then a word of relief, with or without 的
        ("合规小店能得到百分百铺租宽免", "百分百", ("change", -1)),
        ("某商场向租户提供三成的租金优惠", "三成", ("change", -1)),
        ("合資格商戶可獲七成半牌照費寬減", "七成半", ("change", -1)),
        # a fraction is a share too (三分之一, 一半: no unit)
        ("某学院为清贫学生提供三分之一的学费减免", "三分之一", ("change", -1)),
        ("甲區給予商戶一半的租金寬免", "一半", ("change", -1)),
        ("某某航空向会员提供四分之一的机票优惠", "四分之一", ("change", -1)),
        ("某基金以资产净值三分之一的折价成交", "三分之一", ("change", -1)),
        ("某市三分之一优惠政策已落地", "三分之一", ("amount", 1)),
        # not a policy named by the word, nor a count after a relief verb
        ("某市四成优惠政策已落地", "四成", ("amount", 1)),
        ("减免企业12家", "12家", ("amount", 1)),
        # a discount (折扣) after the share sizes the cut like a relief
        ("某店对长者提供一成半折扣", "一成半", ("change", -1)),
        # a share written in 折 is the share paid, an amount even before 优惠 (gold D62)
        ("某餐廳會員享九五折優惠", "九五折", ("amount", 1)),
        ("持卡人可享七折优惠", "七折", ("amount", 1)),
    ],
)
def test_a_share_of_a_charge_cut_by_a_relief_is_a_negative_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("甲机场全年航班起降24.6万架次", "24.6万架次"),
        ("乙港上半年船舶起降逾1.2萬艘次", "逾1.2万艘次"),
    ],
)
def test_take_offs_and_landings_are_a_count_no_fall(text: str, figure: str) -> None:
    """起降 counts take-offs and landings: its 降 is no cue of a fall."""
    assert role(text, figure) == ("amount", 1)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # falls and rises as Hong Kong and Taiwan market reports say them (role_cues.tsv)
        ("某商場租金劈價兩成半招租", "两成半", ("change", -1)),
        ("某藍籌股股價急插7%", "7%", ("change", -1)),
        ("某科技股一度急彈12%", "12%", ("change", 1)),
        ("某屋苑樓價冧咗一成", "一成", ("change", -1)),
        ("某電子股盤中下殺4%", "4%", ("change", -1)),
        ("某馬匹負磅減輕5磅", "5磅", ("change", -1)),
        # a share more or less than before, said with 多 / 少 and an aspect marker (not 至少, 最多)
        ("某小巴線乘客量少咗成半", "成半", ("change", -1)),
        ("今年稻米收成多了两成", "两成", ("change", 1)),
        ("某店客量少了一半", "一半", ("change", -1)),
        ("某区少了15个车位", "15个", ("amount", 1)),
        # any figure after a measure's name or Cantonese 咗 (done): the move of the measure, whatever its unit
        ("某校今年招生人数少了120人", "120人", ("change", -1)),
        ("佢份糧每月多咗千幾蚊", "千几蚊", ("change", 1)),
        ("某線車資平咗三蚊", "三蚊", ("change", -1)),
        ("乘客换乘的确多了8分钟", "8分钟", ("amount", 1)),
        # so with any adjective of difference, Cantonese 平 (cheap) and 细 (small) among them
        ("某邨舖租平咗兩成", "两成", ("change", -1)),
        ("某款零食包装细了一成", "一成", ("change", -1)),
        ("某县人均收入增速高于邻县同期水平0.6个百分点", "0.6个百分点", ("change", 1)),
        ("某线路车程快了三成", "三成", ("change", 1)),
        # a rate made better or worse by points or a share
        ("某平台用户留存率较上季改善3个百分点", "3个百分点", ("change", 1)),
        ("某行净息差恶化5个基点", "5个基点", ("change", -1)),
        ("某县改善300户居住条件", "300户", ("amount", 1)),
        # a saving of use: a share is a fall, a tally an amount (gold D57)
        ("某厂单位产品降耗12%", "12%", ("change", -1)),
        ("某电厂减排二氧化碳50万吨", "50万吨", ("amount", 1)),
        # the cap of a relief read inside the span is a level, not the relief
        ("甲区较旧制宽减上限三万元", "上限三万元", ("amount", 1)),
        # a gap below a price, tied by 的 to what is priced; not a benchmark's own figure after it
        ("某业主以低于市价约一成的价钱沽出单位", "约一成", ("change", -1)),
        ("物价涨速稍高于某行2%的中期目标", "2%", ("amount", 1)),
        # a benchmark in the figure's own unit: a gap below it, tied to what it sizes by 的
        ("某考生以低于平均分3分的成绩落选", "3分", ("change", -1)),
        # a place in a ranking won or lost
        ("某队排名比上季退步4名", "4名", ("change", -1)),
        ("某校排名进步了6位", "6位", ("change", 1)),
    ],
)
def test_falls_rises_and_moves_of_a_rate_said_in_other_words(text, figure, expected):
    assert role(text, figure) == expected


def test_a_growth_guided_is_a_change():
    """调高本年度营收增长指引至10%: the guidance of a growth rate is a growth rate stated as a level."""
    facts = {f.text: f for f in extract("某公司调高本年度营收增长指引至10%。").facts}
    assert facts["10%"].role == "change"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a growth that slows or quickens to a rate: the growth is a rate of change (gold D38), so is what it reaches
        ("某國經濟增長放緩至2.1%", "2.1%", ("change", 1)),
        ("某地出口成长加快到8%", "8%", ("change", 1)),
        ("某行业增长回落到1.5%左右", "1.5%左右", ("change", 1)),
        # a measure that grows to a level is that level
        ("某公司收入增长至30%", "30%", ("amount", 1)),
        ("某项目占比增长至30%", "30%", ("amount", 1)),
        # 退幅: the size of a retreat
        ("某公司營收按年倒退，退幅約一成", "约一成", ("change", -1)),
    ],
)
def test_a_growth_slowing_to_a_rate_is_a_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the pace of a move named after the figure: 以 + figure + 的速度/幅度 + a verb of change
        ("某行业产值以年均12%的速度扩张", "12%", ("change", 1)),
        ("某国债务以每月约300亿美元的速度攀升", "约300亿美元", ("change", 1)),
        ("過去五年，某地樓價以每年一成的幅度下跌", "一成", ("change", -1)),
        ("某地新能源车保有量以每年超过30%的速度增加", "超过30%", ("change", 1)),
        ("某车型有20%的速度优势", "20%", ("amount", 1)),
        # later or earlier than a rival by a time (gold D72, D74: 晚 +, 早 −)
        ("某车型晚于竞品半年上市", "半年", ("change", 1)),
        ("某新机早于对手两个月发布", "两个月", ("change", -1)),
        ("某新机比对手早两个月发布", "两个月", ("change", -1)),
        # faster or slower than a benchmark named with a group noun, by a pace (ANNOTATION.md: 快于城镇2.1个百分点)
        ("某县居民收入仅涨3%，慢于山区居民1.4个百分点", "1.4个百分点", ("change", -1)),
        ("某区农民收入增长7%，快于城区居民1.3个百分点", "1.3个百分点", ("change", 1)),
        # a schedule shift alone stays a fact of its own, no change (gold D47)
        ("某工程比原计划提前8个月完工", "8个月", ("amount", 1)),
    ],
)
def test_a_pace_named_after_and_a_lead_in_time_are_changes(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a clause that opens with the figure and its own 约为 states the size of the rate the clause before names
        ("某行业利润总额同比下降幅度达两位数，约为12%", "约为12%", ("change", -1)),
        ("某市增速较快，约为8%", "约为8%", ("change", 1)),
        ("某市人口较多，约为300万人", "约为300万人", ("amount", 1)),
    ],
)
def test_a_size_stated_in_a_clause_of_its_own_takes_the_rate_before(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an expected, forecast or earlier value of the change just given shares its role and sign
        ("甲国5月零售销售同比增长4.2%，预期3.8%，前值3.5%。", "3.8%", ("change", 1)),
        ("甲国5月零售销售同比增长4.2%，预期3.8%，前值3.5%。", "3.5%", ("change", 1)),
        ("丙国CPI同比上涨2.9%，市场预期为3.0%。", "3.0%", ("change", 1)),
        ("某某农机出口按年下跌6%，前值为4.5%。", "4.5%", ("change", -1)),
        # a base it is compared with, after 的 or in brackets
        ("某某软件今年营收涨了15%，低于券商预估的18%。", "18%", ("change", 1)),
        ("本港首季GDP按年增長2.7%，較上季的4.3%放緩。", "4.3%", ("change", 1)),
        ("某某行业盈利预计增长40%，高于3月时预估的32%。", "32%", ("change", 1)),
        ("乙区老年人口增加21%，仅次于甲区（24%）。", "24%", ("change", 1)),
        # a level restated stays a level; a figure of another unit is no restatement
        ("乙国失业率为4.1%，预期4.0%，前值4.0%。", "4.0%", ("amount", 1)),
        ("某某城市人口增加3万人，仅次于省会（56万人）。", "56万人", ("amount", 1)),
        ("某某港货量增长5%，占全省的30%。", "30%", ("amount", 1)),
    ],
)
def test_another_value_of_a_change_just_given_is_a_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("甲市财政收入比上年增收12亿元", "12亿元", ("change", 1)),
        ("乙县税收同比减收3.6亿元", "3.6亿元", ("change", -1)),
        ("某某港吞吐量下降率为4%", "4%", ("change", -1)),
        ("某某园区用工减少率达一成", "一成", ("change", -1)),
        ("某某商场客流上升率为12%", "12%", ("change", 1)),
    ],
)
def test_revenue_taken_in_and_a_rate_named_with_lu_are_changes(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("某某電子第三季營收負成長3%", "3%", ("change", -1)),
        ("某某城市排名前进3名", "3名", ("change", 1)),
        # a noun naming the sum of a change, also with 为 (where 增加为 names a level)
        ("某某公司营收增长额达12亿元", "12亿元", ("change", 1)),
        ("某某港出口增量为50万吨", "50万吨", ("change", 1)),
        ("某某县用工减少量约300人", "约300人", ("change", -1)),
        ("甲市规模以上企业增加为300家", "300家", ("amount", 1)),
        ("某某基金的增量资金500亿元", "500亿元", ("amount", 1)),
    ],
)
def test_negative_growth_in_taiwan_words_a_step_forward_and_a_sum_of_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("恒指早段彈逾200點", "逾200点", ("change", 1)),
        ("港股半日插500點", "500点", ("change", -1)),
        ("某某苗圃扦插2000株", "2000株", ("amount", 1)),
        ("某某部队试射导弹3枚", "3枚", ("amount", 1)),
    ],
)
def test_a_bounce_or_a_plunge_in_one_hong_kong_character(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a clause converting a sum just given shares its role and sign, as a conversion in brackets does
        ("某某公司营收增加2000万美元，约合1.4亿元人民币。", "约合1.4亿元人民币", ("change", 1)),
        ("某某基金規模縮水30億美元，折合約234億港元。", "234亿港元", ("change", -1)),
        ("某某企业研发投入增加1.2亿欧元，相当于9.4亿元人民币。", "9.4亿元人民币", ("change", 1)),
        ("某某乐园门票卖120美元，折合约860元人民币。", "860元人民币", ("amount", 1)),
    ],
)
def test_a_sum_converted_in_a_clause_of_its_own_takes_the_role_of_the_sum(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # 嘅, Cantonese for 的, before a word of change after the share
        ("某某屋苑樓價錄得3%嘅跌幅。", "3%", ("change", -1)),
        ("某某商場租金出現5%嘅增長。", "5%", ("change", 1)),
        ("某某餐廳生意有兩成嘅跌幅。", "两成", ("change", -1)),
        ("某某酒店房價有一成嘅減價。", "一成", ("change", -1)),
    ],
)
def test_a_share_before_cantonese_ge_and_a_word_of_change_is_a_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("某某電子營收年增為12%。", 12),
    ("某某電子營收月減為3%。", -3),
    ("甲廠、乙廠營收年增分別為8%、5%。", 8),
])
def test_taiwan_period_on_period_growth_before_wei_is_a_change(text, value):
    """年增為12%, 月減為3%: Taiwan's growth nouns (年增, 月减, 季增) before 为 state the change, as 增长为 does;
    增为 alone still names the level reached."""
    fact = extract(text).facts[0]
    assert (fact.role, fact.value) == ("change", value)


def test_zeng_wei_alone_names_the_level_reached():
    assert extract("某某電子股本增為300億元。").facts[0].role == "amount"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a verb that moves a rate or a price named right after it, then the size of the move (change_objects.tsv)
        ("甲国央行下调存款准备金率0.5个百分点。", "0.5个百分点", ("change", -1)),
        ("乙地金管局上調基本利率25個基點。", "25个基点", ("change", 1)),
        ("某某银行降低房贷利率0.1个百分点。", "0.1个百分点", ("change", -1)),
        ("丙省提高最低工资标准8%。", "8%", ("change", 1)),
        ("某某电器调低产品售价12%。", "12%", ("change", -1)),
        # a count after a verb and its measure stays the level it names
        ("某某平台新增会员人数17万人。", "17万人", ("amount", 1)),
        # 到 or 至 after the verb names the level reached: a share of a benchmark, no object moved
        ("该村人均收入提高到全乡均值的80%。", "80%", ("amount", 1)),
        ("甲地提高育儿津贴额度两成。", "两成", ("change", 1)),
    ],
)
def test_a_verb_moving_a_rate_named_after_it_makes_the_share_a_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # profit earned or lost more or less than before, with no base named (role_cues.tsv)
        ("某某集团今年前三季少赚4.6亿元。", "4.6亿元", ("change", -1)),
        ("某某控股中期多賺三成。", "三成", ("change", 1)),
        ("某某航空全年少賺18%。", "18%", ("change", -1)),
        ("某某地產去年少蝕一成。", "一成", ("change", -1)),
    ],
)
def test_profit_earned_more_or_less_is_a_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(("text", "figures"), [
    ("某某銀行上調最優惠利率0.25厘至5.5厘。", ["0.25厘", "5.5厘"]),
    ("某某银行将房贷利率下调0.2个百分点至3.6%。", ["0.2个百分点", "3.6%"]),
    ("乙行調高定期存款利率0.5厘至4厘。", ["0.5厘", "4厘"]),
    ("某地存款利率为2厘至3厘。", ["2厘至3厘"]),
])
def test_a_move_of_a_named_rate_and_the_level_it_reaches_are_two_figures(text, figures):
    """上调某利率0.25厘至5.5厘: the verb's object between it and the move does not make the pair a range."""
    assert [fact.text for fact in extract(text).facts] == figures


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the size of a move either way or of an adjustment (rate_nouns.txt; ANNOTATION.md: 变幅 is a change)
        ("某股全日變幅達6%。", "6%", ("change", 1)),
        ("本轮水价调幅约为4%。", "约为4%", ("change", 1)),
        ("某港公務員薪酬調整幅度為2.5%。", "2.5%", ("change", 1)),
        ("燃气价格调整幅度为每立方米0.3元。", "0.3元", ("change", 1)),
    ],
)
def test_the_size_of_an_adjustment_is_a_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a share written with its sign after 为 or 是 is a level unless its clause or sentence names a change
        ("某某电器毛利率为-3.5%。", "-3.5%", ("amount", 1)),
        ("某某基金今年回报是-7%。", "-7%", ("amount", 1)),
        ("某某电器营收同比为-4%。", "-4%", ("change", 1)),
        ("甲组净利增速为6%，乙组为-9%。", "-9%", ("change", 1)),
        ("某某电器营收环比-2%。", "-2%", ("change", 1)),
    ],
)
def test_a_signed_share_stated_as_a_level_is_an_amount(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a change that has things, counted: the count is no size of the change
        ("出口下降有三个原因。", "三个", ("amount", 1)),
        ("营收下跌有两个主要因素。", "两个", ("amount", 1)),
        ("某县人口增长有四个特点。", "四个", ("amount", 1)),
        # 有 before the size of the change itself still skips
        ("今年客流增长有三成。", "三成", ("change", 1)),
        ("某某公司员工人数减少了有200人。", "200人", ("change", -1)),
    ],
)
def test_a_count_of_things_a_change_has_is_an_amount(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a verb of strength is a verb of change
        ("新疫苗可使抗体水平比接种前增强20倍。", "20倍", ("change", 1)),
        ("某款天线的信号增强35%。", "35%", ("change", 1)),
        ("寒潮过后某地的降雨减弱两成。", "两成", ("change", -1)),
        ("某药的药效被削弱了约5%。", "约5%", ("change", -1)),
        # to a level: an amount
        ("信号强度增强至80分贝。", "80分贝", ("amount", 1)),
    ],
)
def test_a_verb_of_strength_is_a_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a bare comparative before points: a gap against a benchmark said before it
        ("甲县的增速比全省高1.5个百分点，乙县要高3个百分点。", "3个百分点", ("change", 1)),
        ("某行的存款利率较同业低了0.2个百分点，贷款利率则低15个基点。", "15个基点", ("change", -1)),
        ("城镇的失业率比去年多0.3个百分点，农村少0.1个百分点。", "0.1个百分点", ("change", -1)),
        # a level held: no comparative
        ("某行的息差维持在1.5个百分点。", "1.5个百分点", ("amount", 1)),
    ],
)
def test_a_bare_comparative_before_points_is_a_gap(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # step by step: 递增, 递减 are verbs of change, also after a pace
        ("某网站的访客量以每月2倍的幅度递增。", "2倍", ("change", 1)),
        ("某地人口以每年约2%的速度递减。", "约2%", ("change", -1)),
    ],
)
def test_a_step_by_step_move_is_a_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a bare comparative in a later clause whose base the earlier clause names
        ("新款耳机的续航比上代长三成，重量却轻一成。", "一成", ("change", -1)),
        ("乙型貨車比舊款長了9厘米，闊了4厘米。", "4厘米", ("change", 1)),
        ("丙塔比原设计矮了15米，造价也低了两成。", "两成", ("change", -1)),
        ("該款平板比前作重了60克，屏幕亦大了1吋。", "1吋", ("change", 1)),
        # no comparison before, or a verb before 多 (an extra one given), or a noun ending in 高: a level
        ("新款耳机的重量却轻一成。", "一成", ("amount", 1)),
        ("比起去年，甲區居民今年獲派多兩個月津貼。", "两个月", ("amount", 1)),
        ("比起同龄人，这名少年身高1.9米。", "1.9米", ("amount", 1)),
        # ahead of or behind a benchmark by a figure
        ("某债券基金今年跑赢基准2.1个百分点。", "2.1个百分点", ("change", 1)),
        ("這隻科技基金上半年跑輸大市約6%。", "约6%", ("change", -1)),
        # a step of interest in 码 (a quarter of a point): 升息 rises
        ("某央行宣布升息半碼。", "半码", ("change", 1)),
    ],
)
def test_gaps_against_a_base_named_before(text: str, figure: str, expected: tuple[str, int]) -> None:
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("某场音乐会门票最便宜380元，最贵2280元", "2280元"),
        ("某商场月租最贵的铺位为每月15万元", "15万元"),
        ("某航线经济舱票价最便宜只要699元", "699元"),
    ],
)
def test_a_superlative_of_a_word_of_change_is_a_level(text: str, figure: str) -> None:
    """最贵, 最便宜: the extreme of a range of levels, no rise or fall."""
    assert role(text, figure) == ("amount", 1)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # 低出 mirrors 高出: a gap below a benchmark, said right before the figure
        ("乙县粮食单产比全省平均低出15公斤。", "15公斤", ("change", -1)),
        ("出口增速比全国高出3个百分点，进口增速则低出1.2个百分点。", "1.2个百分点", ("change", -1)),
        # 跌落 is a fall like 下挫 (跌落至 names the new level instead)
        ("某矿原煤产量较高峰期跌落两成。", "两成", ("change", -1)),
        ("某矿原煤产量跌落至800万吨。", "800万吨", ("amount", 1)),
        # 倍半 (one and a half times): a change after a verb of rise, a multiple of a base after 是…的
        ("乙區商舖租金按年增長倍半。", "倍半", ("change", 1)),
        ("甲港貨櫃吞吐量是前年的倍半。", "倍半", ("amount", 1)),
    ],
)
def test_a_gap_below_a_fall_and_a_fold_and_a_half(
        text: str, figure: str, expected: tuple[str, int]) -> None:
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a size of a move either way takes the direction its sentence names before it
        ("某港口吞吐量由800万箱跌至650万箱，变动幅度约19%", "约19%", ("change", -1)),
        ("員工薪酬由每月2萬元下調至1.8萬元，調整幅度達一成", "一成", ("change", -1)),
        ("油价本周大幅下跌，周内变动幅度达8%", "8%", ("change", -1)),
        ("该市电价由每度0.5元上调至0.56元，调幅为12%", "12%", ("change", 1)),
        ("乙地公交票价的变动幅度约两成", "约两成", ("change", 1)),  # no direction named: +
        # 涨跌幅 is a move either way, not the 跌幅 it ends with
        ("该股今日涨跌幅为3%", "3%", ("change", 1)),
    ],
)
def test_a_size_of_a_move_either_way_takes_the_direction_named_before(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # 足 (fully) between a verb of change and its share, as Hong Kong and Taiwan reports write it
        ("某類鋼材價格跌足三成", "三成", ("change", -1)),
        ("乙股今年升足兩成", "两成", ("change", 1)),
        ("某项目需满足3个条件", "3个", ("amount", 1)),
    ],
)
def test_fully_between_a_verb_of_change_and_its_figure_is_skipped(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a quarter-on-quarter growth rate annualised is a growth rate stated as a level
        ("第三季GDP季增年率為4.9%", "4.9%", ("change", 1)),
        ("某国二季度GDP年化季率为2.8%", "2.8%", ("change", 1)),
        ("一季度GDP环比折年率为5.3%", "5.3%", ("change", 1)),
        ("某基金年化收益率为5.3%", "5.3%", ("amount", 1)),  # a yield is a level
    ],
)
def test_an_annualised_quarterly_growth_rate_is_a_change(text, figure, expected):
    assert role(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a short bracketed note between a cue and its figure says how the change is measured
        ("销售额按可比口径计算同比增长（下同）12.4%", "12.4%", ("change", 1)),
        ("營收年增（YoY）12.4%", "12.4%", ("change", 1)),
        ("某厂盈利按年减少（扣非后）8.2%", "8.2%", ("change", -1)),
        ("出口同比增长(以美元计)5.1%", "5.1%", ("change", 1)),
        ("全年营收（亿元）128.5", "128.5", ("amount", 1)),  # no cue before the note
    ],
)
def test_a_bracketed_note_between_a_cue_and_its_figure_is_skipped(text, figure, expected):
    assert role(text, figure) == expected
