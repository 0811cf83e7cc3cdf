"""metric and role in lists, reliefs, documents and moves: made-up sentences of each family, both scripts."""

import pytest

from pipeline import extract


def by_text(text):
    return {f.text: f for f in extract(text).facts}


def test_a_share_before_a_charge_and_its_relief_is_named_by_the_relief():
    # not by a length cue (为期) or a verb of the clause before
    found = by_text("當局延長措施，為期6個月；受影響商戶可獲五成租金寬免。")
    assert (found["五成"].role, found["五成"].value, found["五成"].metric) == ("change", -50, "租金寬免")
    found = by_text("措施为期一年，中小企可享八成牌照费减免。")
    assert found["八成"].metric == "牌照费减免"
    found = by_text("计划为期两年，期间小微企业可获得百分之百的租金减免。")
    assert found["百分之百"].metric == "租金减免"


def test_acts_listed_before_fenbie_each_name_their_own_figure():
    found = by_text("某某航空今年訂購、交付分別為120架、85架。")
    assert (found["120架"].metric, found["85架"].metric) == ("訂購", "交付")
    found = by_text("某某公司今年新签、续签合同分别为36份、52份。")
    assert (found["36份"].metric, found["52份"].metric) == ("新签", "续签合同")
    found = by_text("某电池厂今年产、销分别为12万吨、11万吨。")
    assert (found["12万吨"].metric, found["11万吨"].metric) == ("产", "销")


def test_a_holder_and_a_time_before_listed_measures_are_no_part_of_the_first():
    found = by_text("某某港口今年进口、出口分别增长8%和5%。")
    assert (found["8%"].metric, found["5%"].metric) == ("进口", "出口")


def test_kinds_listed_before_a_shared_measure_are_no_acts():
    found = by_text("其中，男、女受访者比率分别为62.5%及47.5%。")
    assert found["62.5%"].metric != "男"  # (kinds of people, no acts: 男 names no measure)


def test_a_verb_that_sets_a_measure_to_its_figure_names_nothing():
    found = by_text("根據計劃，每名合資格人士的津貼金額訂為5000元。")
    assert found["5000元"].metric == "津貼金額"
    found = by_text("公告显示，本次回购价格上限确定为每股25元。")
    assert found["25元"].metric == "回购价格上限"
    found = by_text("按照新规，某区的学费标准定为每年8000元，门槛设为500元。")
    assert (found["8000元"].metric, found["500元"].metric) == ("学费标准", "门槛")


def test_a_basis_a_figure_is_set_on_is_no_part_of_what_is_set():
    found = by_text("公告称，某某项目的租金按市场评估价核定为每月3万元。")
    assert found["3万元"].metric == "租金"
    found = by_text("根据方案，赔偿金额按受损面积确定为80万元。")
    assert found["80万元"].metric == "赔偿金额"
    found = by_text("據早前通告，甲公司的轉讓對價按乙方於交割日的淨資產原則釐定為3億元。")
    assert "对价" in found["3億元"].metric or "對價" in found["3億元"].metric


def test_a_length_after_an_act_done_somewhere_is_named_by_the_act():
    # the place after 在 is where the act is done, not what lasts (候诊时间长达… still names the time)
    found = by_text("李某在某某科技任職8年，曾任集團副總裁。")
    assert found["8年"].metric == "任職"
    found = by_text("某患者在甲医院住院6天，该院的候诊时间长达5星期。")
    assert found["6天"].metric == "住院" and found["5星期"].metric.endswith("时间")


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("按年龄看，60岁以上的受访者满意率最高（72%），略高于18至39岁（65%）；学历方面以本科学历最多（70%），"
     "其次为专科（62%），最后是高中（55%）。", "70%", "受访者满意率"),
    ("按年龄看，60岁以上的受访者满意率最高（72%），略高于18至39岁（65%）；学历方面以本科学历最多（70%），"
     "其次为专科（62%），最后是高中（55%）。", "55%", "受访者满意率"),
    ("按地区看，华东的增速最快（9%），其次为华南（7%），最后是西北（3%）。", "3%", "增速"),
    ("最多人喝的是甲茶（60%），其次是乙茶（40%）。", "40%", "乙茶"),
])
def test_a_group_put_in_order_before_its_bracket_holds_the_measure_before_it(text, figure, measure):
    """以乙组最多（70%），其次为丙组（62%），最后是丁组（55%）: a group in an ordered run (以…最多, or 其次为 and 最后是
    after a first put at the top) holds a share of the measure the bracketed figure before it measured; where that
    figure was named by its own item (甲茶（60%）), the items are the measures."""
    assert {f.text: f.metric for f in extract(text).facts}[figure] == measure


@pytest.mark.parametrize(("text", "figure", "measure", "holder"), [
    ("某云服务的订阅价格：基础版每月20美元；专业版每月60美元；企业版每月200美元。", "60美元", "价格", "专业版"),
    ("門票價格：成人票150元，小童票75元。", "75元", "門票價格", "小童票"),
    ("月費：入門檔18元、標準檔38元、高級檔88元。", "38元", "月費", "標準檔"),
    ("寬頻收費：家庭套餐每月168港元；商務套餐每月298港元。", "298港元", "寬頻收費", "商務套餐"),
    ("年卡售价：个人会员1980元，家庭会员3680元。", "3680元", "年卡售价", "家庭会员"),
])
def test_the_heading_of_a_list_of_tiers_measures_and_each_tier_holds(text, figure, measure, holder):
    """订阅价格：基础版每月20美元；专业版每月60美元: the tier's name (版, 档, 票, 套餐, 会员: tier_nouns.tsv) says
    which one, the heading before the colon what is measured; the tier holds its figure."""
    found = by_text(text)[figure]
    assert (found.metric, found.subject) == (measure, holder)


def test_cases_under_a_heading_line_are_measured_by_it_and_hold_nothing():
    # one line per case of a forecast, under a line that ends with a colon; with a note in brackets or without
    found = by_text("某公司的估值结论如下。对应市值：\n乐观情景（同业均值）：4800亿元\n中性情景（同业中位）：3900亿元")
    assert (found["4800亿元"].metric, found["3900亿元"].metric) == ("对应市值", "对应市值")
    assert "情景" not in found["3900亿元"].subject
    found = by_text("目標估值：\n樂觀情景：3200億港元\n悲觀情景：2100億港元")
    assert (found["3200億港元"].metric, found["2100億港元"].metric) == ("目標估值", "目標估值")


def test_items_that_name_measures_keep_them_and_a_latin_name_before_the_colon_measures_nothing():
    found = by_text("主要指标：营业收入120亿元；净利润15亿元。")
    assert (found["120亿元"].metric, found["15亿元"].metric) == ("营业收入", "净利润")
    found = by_text("海外定价方面：\nAcmeChat：标准版每月8美元，高级版每月20美元")
    assert found["20美元"].metric != "AcmeChat"


def test_items_a_count_of_items_introduces_name_their_own_sums():
    # 剔除了两项：…: the items counted are the measures, not the basis the sentence opens on (某某口径)
    found = by_text("不过核心利润口径扣除了两项：汇兑损失（412.6万）和诉讼赔偿（1530.2万）。")
    assert (found["412.6万"].metric, found["1530.2万"].metric) == ("损失", "诉讼赔偿")
