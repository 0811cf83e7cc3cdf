"""metric: the noun phrase a figure measures, from its clause, a label line above it, or the running topic."""

import pytest

from pipeline import extract
from pipeline.facts.metric import MetricFinder
from pipeline.facts.period import period_spans
from pipeline.facts.phrases import PhraseReader
from pipeline.facts.view import SpanIndex
from tests.helpers import document_view, quantity


def by_text(text):
    return {f.text: f for f in extract(text).facts}


def test_noun_phrases_before_and_after_a_figure():
    view = document_view("该市新增3家创新企业，高新技术企业增至8609家。")
    phrases = PhraseReader(view, SpanIndex(period_spans(view.text, [])))
    _, three = quantity(view, "3家")
    _, count = quantity(view, "8609家")
    assert view.text[slice(*phrases.noun_phrase_after(three))] == "创新企业"
    assert view.text[slice(*phrases.noun_phrase_before(count.start, floor=0))] == "高新技术企业"



@pytest.mark.parametrize(("sentence", "figure", "counted"), [
    # a time word, a pronoun or an adjective jieba tags inside a compound runs on to its head noun
    ("市里新开8条夜间公交线路，方便市民出行。", "8条", "夜间公交线路"),
    ("该区今年增设3条夜间巴士路线。", "3条", "夜间巴士路线"),
    ("新增2000个早间托管学位，", "2000个", "早间托管学位"),
    ("區內有7個夜間經濟集聚區。", "7个", "夜间经济集聚区"),
    ("學校明年增加50個本科招生名額。", "50个", "本科招生名额"),
    ("该校新增120个本科招生计划。", "120个", "本科招生计划"),
    ("社署計劃增設6間長者健康中心。", "6间", "长者健康中心"),
    ("新界將新建4間社區健康中心，", "4间", "社区健康中心"),
    ("全省建成15个儿童友好社区。", "15个", "儿童友好社区"),
    # it stops at a clause break, a verb with its own object, a time phrase and a second figure
    ("5所学校关闭，学生转校。", "5所", "学校"),
    ("两家银行昨日宣布加息，", "两家", "银行"),
    ("8条线路今年客流增长，", "8条", "线路"),
    ("3间医院5个病房，", "3间", "医院"),
    ("引进15家本地初创企业。", "15家", "初创企业"),
    ("共有86家会员银行平均存款上升，", "86家", "会员银行"),
    ("两个夜间，", "两个", None),
])
def test_the_phrase_after_a_count_runs_to_its_head_noun(sentence, figure, counted):
    view = document_view(sentence)
    phrases = PhraseReader(view, SpanIndex(period_spans(view.text, [])))
    span = phrases.noun_phrase_after(quantity(view, figure)[1])
    assert (span and view.text[slice(*span)]) == counted

def test_a_label_line_above_a_figure_gives_its_metric():
    view = document_view("## 年度成績單\n\n新增上市公司\n\n達12家，增長20%\n")
    metrics = MetricFinder(view, PhraseReader(view, SpanIndex([])))
    line = view.line_of(quantity(view, "12家")[1].start)
    counts = [0] * len(view.lines)
    assert view.text[slice(*metrics.label_above(line, counts))] == "新增上市公司"
    found = by_text("## 年度成績單\n\n新增上市公司\n\n達12家，增長20%\n")
    assert found["12家"].metric == found["20%"].metric == "新增上市公司"
    assert found["12家"].section == "年度成績單"


def test_a_change_refers_to_the_metric_before_it():
    found = by_text("截至9月，该市规模以上工业企业增至1520家，同比增长12%。")
    assert found["1520家"].metric == found["12%"].metric == "规模以上工业企业"
    assert found["12%"].period == "截至9月"


def test_an_aside_in_brackets_does_not_hide_the_metric():
    found = by_text("全市固定资产投资（不含农户）1200亿元，同比增长3.0%，增速回落0.1个百分点。")
    assert found["1200亿元"].metric == "全市固定资产投资"
    assert found["0.1个百分点"].value == -0.1


def test_an_index_closing_at_a_level_is_its_subject_and_the_verb_of_closing_the_metric():
    """ANNOTATION.md v2: the metric is without its holder (the gold of such quotes says 收报, subject the index)."""
    found = by_text("当日，深证成指收报9050.93点，跌幅0.54%，两市成交额约8000亿元。")
    assert (found["9050.93点"].metric, found["9050.93点"].subject) == ("收报", "深证成指")
    assert found["0.54%"].role == "change"


def test_a_rank_takes_the_metric_before_its_verb():
    found = by_text("2023年，該市在全國營商環境排名中升至第15位。")
    assert (found["第15位"].role, found["第15位"].value, found["第15位"].metric) == ("rank", 15, "全國營商環境排名")
    assert found["第15位"].period == "2023年"


def test_a_rank_ranks_the_class_written_after_it():
    assert by_text("甲公司是该集团第二大股东。")["第二"].metric == "股东"
    assert by_text("它已成为全省第一大区域市场。")["第一"].metric == "区域市场"
    assert by_text("肺炎是当地第三最常見的致命疾病。")["第三"].metric == "致命疾病"


def test_a_rank_of_repeats_ranks_the_act():
    assert by_text("该厂今年第二次上调出厂价格。")["第二次"].metric == "上调出厂价格"
    assert by_text("这是本月第三批撤并的网点。")["第三批"].metric == "撤并"
    assert by_text("某品牌的第一次降价对销量有明显拉动。")["第一次"].metric == "降价"


def test_a_time_word_inside_a_metric_phrase():
    found = by_text("華碩以逾一成的出貨年增幅，衝上全球第四大。")
    assert (found["逾一成"].metric, found["逾一成"].role) == ("出貨年增幅", "change")


def test_an_enumerated_section_title_is_no_label():
    view = document_view("八、教育和体育\n普通高中招生20972人。")
    metrics = MetricFinder(view, PhraseReader(view, SpanIndex([])))
    assert metrics.label_above(1, [0, 1]) is None


def test_an_adverb_or_a_verb_of_arrival_stands_between_metric_and_figure():
    assert by_text("内地零售总额两年平均增长4.4%。")["4.4%"].metric.endswith("零售总额")
    assert by_text("上半年城镇失业率平均为5.2%。")["5.2%"].metric == "城镇失业率"
    assert by_text("宏碁的市占率亦维稳在6～7%。")["6～7%"].metric == "市占率"


def test_a_clause_of_cue_words_measures_the_phrase_before_its_comma():
    found = by_text("当局亦公布全国居民可支配收入，每月平均为2940元。")
    assert found["2940元"].metric.endswith("收入")


def test_a_level_word_after_a_figure_is_not_its_metric():
    assert by_text("甲厂单季出货仍有320万台的水准。")["320万台"].metric != "水准"


def test_modal_and_between_words_stand_between_metric_and_figure():
    assert by_text("她预料利润会减少21亿元。")["21亿元"].metric.endswith("利润")
    assert by_text("顾问报告建议新的准许回报率介乎7%至9%。")["7%至9%"].metric.endswith("回报率")


def test_figures_in_brackets_after_list_items_measure_what_the_list_opens_with():
    found = by_text("流失率最高的10个专科部门 依次为：眼科（10.6%）、放射科（10.1%）。")
    assert found["10.6%"].metric == found["10.1%"].metric == "流失率"
    assert by_text("规格如下：Pixel 9 Pro（16GB/512GB）。")["16GB"].metric == "Pixel 9 Pro"


def test_a_noun_glued_to_a_percentage_is_what_it_is_a_share_of():
    found = by_text("过去10年，政府约56%财政盈余以派糖形式发放，当中约64%款项用于退税。")
    assert found["约56%"].metric.endswith("财政盈余") and found["约64%"].metric.endswith("款项")


def test_a_one_character_skip_word_is_not_cut_off_the_noun_it_ends():
    """能, 会 and 料 are modal skip words, but 性能, 协会 and 燃料 are nouns."""
    assert by_text("让国产芯片性能提升5到40倍。")["5到40倍"].metric == "国产芯片性能"
    assert by_text("该协会会员增加300人。")["300人"].metric.endswith("会员")
    assert by_text("全市产能达到500万吨。")["500万吨"].metric.endswith("产能")
    assert by_text("价格上涨5%。")["5%"].metric == "价格"  # a cue jieba glues on is still cut off


def test_a_conjunction_stands_between_a_metric_and_its_figure():
    assert by_text("投资收入下跌56%，期内投资总额虽然增加89%。")["89%"].metric == "投资总额"


def test_a_sentence_opening_with_nouns_joined_by_ji_measures_its_figures():
    found = by_text("政府开支增加140%。基础建设及社会福利开支增幅最大，分别增加2.9倍及2.2倍。")
    assert found["2.9倍"].metric.endswith("开支") and found["2.9倍"].metric != "政府开支"


def test_a_clause_with_its_own_topic_does_not_take_the_previous_figures_metric():
    found = by_text("政府與兩間電力公司簽定新協議，將准許回報率，由現時的9.99%下調至8%。")
    assert found["9.99%"].metric.endswith("回報率")
    # a comparison clause is about the figure before it
    found = by_text("堅尼系數高達0.539，是45年來的最高峰，比五年前高出0.002。")
    assert found["0.002"].metric == "堅尼系數"


def test_an_industry_before_a_figure_holds_it_and_the_metric_runs_on():
    found = by_text("6月份，采矿业利润同比增长99.4%，计算机、通信和其他电子设备制造业增长96.9%，纺织业增长16.6%。")
    assert found["96.9%"].metric == found["16.6%"].metric == found["99.4%"].metric  # 采矿业利润


def test_a_share_of_a_breakdown_is_named_by_the_category_after_it():
    found = by_text("兒童性侵犯個案中，68%為女孩，74%發生在私人地方。營收增長5%為近年最高。")
    assert (found["68%"].metric, found["74%"].metric) == ("女孩", "私人地方")
    assert found["5%"].metric == "營收"  # a change is not a share


def test_a_count_of_people_is_named_by_the_predicate_after_it():
    found = by_text("研究估計，240萬人（37.4%）有抑鬱症狀，約81萬人患懷疑創傷後壓力症。")
    assert (found["240萬人"].metric, found["37.4%"].metric) == ("抑鬱症狀", "抑鬱症狀")
    assert found["約81萬人"].metric == "懷疑創傷後壓力症"


def test_a_superlative_stands_between_a_metric_and_its_figure():
    found = by_text("补贴比例从50%到100%不等，而补贴面积最高为50平方米。平均轮候时间最长达64周。")
    assert found["50平方米"].metric == "补贴面积"
    assert found["64周"].metric.endswith("轮候时间")


def test_a_clause_that_opens_on_its_own_noun_phrase_names_the_figure_in_it():
    """与此同时，乌拉尔原油价格在7月初已跌至约每桶40美元: the clause's own subject, not the paragraph's last
    metric (a sentence opening with a connective has no subject of its own)."""
    found = by_text("布伦特原油价格累计下跌约22%。与此同时，乌拉尔原油价格在7月初已跌至约每桶40美元。")
    assert found["40美元"].metric == "乌拉尔原油价格"
    found = by_text("该行股价下跌4%。与此同时，黄金出库量在上月环比增长36%。")
    assert found["36%"].metric == "黄金出库量"


def test_a_verb_of_action_names_a_figure_when_its_clause_names_no_measure():
    """慨然捐赠台币150万: the action, not the paragraph's last metric; verbs of change and linking words do not."""
    found = by_text("她获得奖金2000万元。赛后，她慨然捐赠150万元给母校。")
    assert found["150万元"].metric == "捐赠"
    found = by_text("坚尼系数上升0.002。其中反映贫富悬殊的坚尼系数，2016年录得0.539。")
    assert found["0.539"].metric == "坚尼系数"


def test_the_action_before_a_figure_beats_the_speaker_a_sentence_opens_with():
    """官方称，届时可满足80万人: the sentence's opening noun phrase is who speaks; 上看 links a metric to a
    forecast level (Taiwan usage), so it is no action."""
    assert by_text("官方称，届时可满足80万人。")["80万人"].metric == "满足"
    # (and what the people are counted for, glued after them, names them first: 全年/m is jieba's tag)
    assert by_text("官方称，届时可满足80万人全年用电。")["80万人"].metric == "全年用电"
    assert by_text("该集团董事长拟套现3.2亿元。")["3.2亿元"].metric == "套现"
    found = by_text("外资预估，2040年全球卫星市场规模上看1兆美元。")
    assert found["1兆美元"].metric == "全球卫星市场规模"


def test_who_speaks_at_the_start_of_a_sentence_is_no_metric():
    found = by_text("营收增长10%。分析师指出，旗舰芯片面积估计为史上最大的150mm2。")
    assert found["150mm2"].metric == "旗舰芯片面积"


def test_a_holder_is_whose_measure_it_is_and_the_act_before_the_figure_is_what():
    assert by_text("对于一家成立仅7年的公司而言，重资产投入风险很大。")["7年"].metric == "成立"
    assert by_text("今年以来获批退出的村镇银行已有超百家。")["超百家"].metric != "已有"  # a count counts its class


def test_a_share_is_named_by_where_it_is_or_by_a_category_before_a_bracket():
    found = by_text("七成个案发生在室内，当中30%在学校，26%在家中。")
    assert (found["30%"].metric, found["26%"].metric) == ("学校", "家中")
    assert by_text("当中43%为朋友、19%为邻居（邻居当中一半为男性）。")["19%"].metric == "邻居"


def test_a_share_of_a_population_is_named_by_the_predicate_after_the_population():
    """20%受访者曾暴露于催泪弹: who the share is of (population_nouns.txt), then what they did; a predicate that runs
    into another figure is none (顶尖3%工作人口已占收入73%)."""
    assert by_text("调查指，20%受访者曾暴露于催泪弹。")["20%"].metric == "曾暴露于催泪弹"
    assert by_text("平均年龄为20.3岁，21.4%的人士在18岁之前已开始饮酒。")["21.4%"].metric == "在18岁之前已开始饮酒"
    assert "73%" not in by_text("顶尖3%工作人口已经占整个薪俸税收入73%。")["3%"].metric


def test_people_are_counted_by_what_they_did_or_what_befell_them():
    """约有3.5万人报名参加了比赛: people counted by what they did (a verb) or what befell them (被), to the clause end;
    a count followed by a noun keeps that noun."""
    assert by_text("主办方表示，约有3.5万人报名参加了比赛。")["3.5万人"].metric == "报名参加了比赛"
    assert by_text("检查结果显示，有1,200人被发现患有近视，需要复诊。")["1,200人"].metric == "被发现患有近视"
    assert by_text("去年共有800名员工离职。")["800名"].metric == "员工"


def test_a_cap_is_a_noun_and_names_the_figures_of_its_clause():
    """补贴上限，由400元提高至500元: jieba tags 上限 as a verb; the user dictionary makes it the noun it is."""
    found = by_text("政府宣布将提高补贴计划的补贴上限，由400元提高至500元。")
    assert found["400元"].metric == found["500元"].metric == "补贴上限"


def test_words_jieba_tags_as_verbs_can_name_a_measure():
    """占比, 入场费 (nominal_verbs.txt): what a figure measures, whatever jieba's tag."""
    assert by_text("其中，食品占比为30%。")["30%"].metric == "食品占比"
    assert by_text("最小单位最低入场费314万元。")["314万元"].metric == "入场费"


def test_an_adverb_jieba_reads_as_a_numeral_does_not_end_the_metric():
    """公司营收一度达到1200亿元: 一度 (at one point) is an adverb (userdict.tsv), not 一 + 度."""
    assert by_text("公司营收一度达到1200亿元。")["1200亿元"].metric == "公司营收"


def test_a_label_before_a_colon_names_the_figure_after_it():
    """报名费：300元: a label and its value; the colon ends a clause, but not the figure's metric."""
    assert by_text("报名费：300元。")["300元"].metric == "报名费"
    assert by_text("他说：300元不算多。")["300元"].metric != "他说"


def test_a_verb_of_change_jieba_cuts_apart_is_one_word():
    """营业利润率将收窄65个基点: jieba cuts 收窄 into 收 + 窄, which ended the phrase before the figure."""
    assert by_text("预计公司的营业利润率将收窄65个基点。")["65个基点"].metric == "营业利润率"


def test_a_verb_of_change_that_carries_its_object_names_the_figure():
    """美联储降息25个基点, 某巴士公司加价8.5%: 降息 and 加价 say what changes (change_acts.txt); the holder before
    them is whose it is. A bare verb of change (增长) names nothing."""
    assert by_text("美联储周三宣布降息25个基点。")["25个基点"].metric == "降息"
    assert by_text("甲巴士公司获准加价8.5%。")["8.5%"].metric == "加价"
    assert by_text("公司营收增长12%。")["12%"].metric == "公司营收"


def test_a_rate_jieba_cuts_off_its_noun_stays_in_the_metric():
    """资本化/n 率/v: jieba tags a lone 率 as a verb; it is the rate its noun names (nominal_verbs.txt)."""
    assert by_text("部分公司资本化率最高，均超过30%。")["超过30%"].metric.endswith("资本化率")


def test_a_modal_verb_stands_between_a_metric_and_its_figure():
    """总资产不可超过128万元: 不可 (may not) is jieba's verb, but the metric runs on before it (metric_skip.txt)."""
    found = by_text("申请人每月入息限额为28,501元，总资产不可超过128万元。")
    assert found["超过128万元"].metric == "总资产"


def test_price_per_square_foot_is_one_word():
    """实用面积呎价: jieba cuts 呎 off as a stray character; 呎价 (price per square foot) is a word (userdict.tsv)."""
    found = by_text("单位售价介乎314.2万元至660.5万元，实用面积呎价介乎11692元至13969元。")
    assert found["11692元至13969元"].metric.endswith("呎价")


def test_the_phrase_after_a_comparison_cue_is_the_base_not_the_metric():
    """今年登记选民数字比2016年换届选举增加约18%: 换届选举 is what the figure is compared with; the metric is named
    before 比. A figure right after the base phrase is the base's own (比平均数2940元低)."""
    assert by_text("今年登记选民数字比2016年换届选举增加约18%。")["约18%"].metric.endswith("选民数字")
    found = by_text("甲类公司平均毛利率为24.2%，低于乙类公司的28.84%。")
    assert found["28.84%"].metric.endswith("毛利率")
    assert by_text("收入的中位数为每月2482元，比平均数2940元低。")["2940元"].metric == "平均数"


def test_a_multiple_of_a_base_is_named_before_the_linking_word():
    """甲业务的增长速度约为乙业务的三倍: 乙业务 is the base of the multiple; 是乙的5% is a share of 乙, named by it."""
    assert by_text("甲业务的增长速度约为乙业务的三倍。")["三倍"].metric.endswith("增长速度")
    assert by_text("两者相差170亿元，大约是当年实际开支的5%。")["5%"].metric.endswith("实际开支")


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("新款电池的续航时间是上一代电池的三倍。", "三倍", "续航时间"),
    ("乙型号的存储容量目前是B5 16GB版本的两倍。", "两倍", "存储容量"),
    ("会员的借款额度为入会以来每月平均消费的五倍。", "五倍", "借款额度"),
    ("该基金的管理规模已经是成立之初规模的十倍。", "十倍", "管理规模"),
    ("新機型的處理速度是上一代機型的兩倍。", "兩倍", "處理速度"),
    ("員工的住屋津貼上限為受僱期間每月平均薪金的三倍。", "三倍", "住屋津貼上限"),
    ("甲地的降雨量是常年同期平均降雨量的两倍。", "两倍", "降雨量"),
])
def test_a_multiple_of_a_base_with_modifiers_is_named_before_the_link(text, figure, measure):
    """是上一代电池的三倍, 为入会以来每月平均消费的五倍: the base runs from the link to 的 whatever modifies it (a
    numeral, a version, a time, a verb); what the multiple measures stands before the link."""
    assert {f.text: f.metric for f in extract(text).facts}[figure] == measure


def test_a_multiple_with_no_measure_before_the_link_goes_on_with_the_figure_before():
    """约20倍市盈率，是乙公司现时市盈率的两倍有余: nothing before 是 names a measure; the base's is the measure."""
    found = by_text("目标价对应约20倍市盈率，是乙公司现时市盈率的两倍有余。")
    assert found["两倍有余"].metric.endswith("市盈率")


def test_an_input_is_a_measure_even_where_jieba_tags_it_a_verb():
    """在甲产品上的投入就达到16亿元: 投入 (spending) names the figure (nominal_verbs.txt)."""
    assert by_text("该公司在甲产品上的投入就达到16亿元。")["16亿元"].metric.endswith("投入")


def test_a_long_aside_in_brackets_is_stepped_over():
    """标准浮动利率（standard variable rate）为3.59%: an English gloss of over 20 characters is still an aside."""
    assert by_text("住宅按揭的标准浮动利率（standard variable rate）为3.59%。")["3.59%"].metric.endswith("标准浮动利率")


def test_a_share_word_jieba_cuts_apart_is_one_noun():
    """销量占比高达60%: jieba read 占/v 比高/v 达/v; 占比 is a noun and 高达 a verb (userdict.tsv)."""
    assert by_text("非基础款销量占比高达60%。")["60%"].metric.endswith("占比")


def test_a_budget_is_a_measure_even_where_jieba_tags_it_a_verb():
    """刑事检控预算较上一年修订预算增加32%: 预算 (budget) names figures (nominal_verbs.txt)."""
    found = by_text("部门开支为25亿元，当中刑事检控预算较上一年修订预算增加32%。")
    assert found["32%"].metric.endswith("预算")


def test_a_rate_glued_to_the_number_after_it_keeps_its_verb():
    """早期大肠癌发现率约60%: jieba reads 发现/v 率约/d; the word is cut where the figure starts, and 发现率 (the
    rate of finding) is one noun."""
    assert by_text("透过先导计划，早期大肠癌发现率约60%。")["约60%"].metric.endswith("发现率")


def test_a_verb_and_a_bound_noun_of_measure_are_one_metric():
    """担保/v 额/n: a verb with 额, 量, 费 or 值 after it names a measure (担保额, 成交量), like 发现率."""
    assert by_text("该计划的总担保额为150亿元。")["150亿元"].metric.endswith("担保额")


def test_a_verbal_noun_right_after_a_percentage_is_what_it_is_a_share_of():
    assert by_text("最多只能贷款500万（60%按揭成数）。")["60%"].metric == "按揭成数"


def test_shouqi_is_a_down_payment_after_a_sum_and_de():
    """首期 (a down payment) is a noun, though jieba's dictionary tags it as a time word."""
    assert by_text("买家须支付348万元的首期。")["348万元"].metric == "首期"


def test_a_comparison_with_an_earlier_time_stands_between_the_metric_and_its_change():
    found = by_text("甲地的会员人数较去年净增长32万。")
    assert found["32万"].metric.endswith("会员人数")


def test_names_in_a_list_of_moves_beside_a_known_company_hold_their_moves():
    """某甲涨超11%，腾讯涨超10%: the unknown name moves like the company beside it; 出口增长5%，进口增长3% are
    measures, with no company among them."""
    found = by_text("科技股全线上涨，甲乙数据涨超11%，腾讯涨超10%。")
    assert (found["超11%"].metric, found["超11%"].subject) == ("涨", "甲乙数据")
    found = by_text("出口增长5%，进口增长3%。")
    assert (found["5%"].metric, found["3%"].metric) == ("出口", "进口")


def test_a_one_character_dimension_names_a_length():
    found = by_text("兴建一条长69米、阔7米的天桥，要15米高。")
    assert (found["69米"].metric, found["7米"].metric, found["15米"].metric) == ("长", "阔", "高")
    assert by_text("身高1.8米的他。")["1.8米"].metric == "身高"


def test_zaojia_is_a_noun_of_cost():
    assert by_text("政府建议兴建一条69米天桥，平均每米造价420万元。")["420万元"].metric == "造价"


def test_market_index_short_names_are_words_and_hold_their_moves():
    """沪指跌1.1%, 深成指跌2.3%: jieba glues 指跌; index short names are nouns (userdict.tsv), and the place
    abbreviation inside one (沪) does not cut the index to 指. An index is traded (instruments.txt): it holds the
    move, which its verb names."""
    found = by_text("截至收盘，沪指跌1.1%，深成指跌2.3%，创业板指跌3.2%。")
    assert (found["1.1%"].subject, found["2.3%"].subject, found["3.2%"].subject) == ("沪指", "深成指", "创业板指")
    assert {found[t].metric for t in ("1.1%", "2.3%", "3.2%")} == {"跌"}


def test_a_count_of_shares_is_named_by_the_act_on_them():
    """减持某公司股份不超过1,434,321股: the shares are what is counted, the act (减持, 持有) names the figure; a phrase
    with its own act (已回购股份) keeps it."""
    found = by_text("叶某拟以集中竞价方式减持深圳甲乙科技有限公司股份不超过1,434,321股。")
    assert found["不超过1,434,321股"].metric == "减持"
    assert by_text("公司剔除已回购股份6958.65万股。")["6958.65万股"].metric.endswith("回购股份")


def test_an_adverb_glued_to_a_cue_is_stepped_over_like_the_cue():
    """全英平均租金更升了12.4%: jieba reads 更升/v, an adverb and the cue 升; the metric before it stays."""
    assert by_text("全英平均租金更升了12.4%。")["12.4%"].metric.endswith("租金")


def test_a_term_is_a_noun():
    """新协议年期为15年: jieba tags 年期 (a contract's term) as a time word; it is a noun (userdict.tsv)."""
    assert by_text("政府与两间电力公司签订的新协议，年期为15年。")["15年"].metric == "年期"


def test_a_degree_word_before_a_cue_and_a_quoted_old_value_keep_the_metric():
    """公司净利大降70%: 大/a before the cue 降 is stepped over; 缴纳年限由“2年”: so is the quote after 由."""
    assert by_text("AI投入致公司净利大降70%。")["70%"].metric.endswith("净利")
    assert by_text("社保缴纳年限由“2年”调减为“1年”。")["2年"].metric.endswith("年限")


def test_a_point_of_comparison_glued_to_its_cue_is_no_metric():
    """较前年增加两成: jieba reads 較前年 as one noun; the time is cut out, and the measure runs on (营业额)."""
    found = by_text("该公司去年营业额为3.5亿元，较前年增加两成。")
    assert found["两成"].metric == "营业额"


def test_a_change_counted_with_a_classifier_counts_the_noun_after_it():
    """零售业减少了7500个岗位: the noun after the classifier is what changed; after 增长8% the next words are not."""
    assert by_text("今年零售业减少了7500个就业岗位。")["7500个"].metric == "就业岗位"
    assert by_text("今年零售业营收增长8%，利润持平。")["8%"].metric != "利润"


def test_a_verb_after_de_is_the_noun_measured():
    """全省的发电达到3600亿度: a verb after 的, before 达到, is what is measured (and 销售/vn before 达到 too); in a
    frame (在政策的推动下) it is not."""
    assert by_text("2017年，全省的发电达到3600多亿度。")["3600多亿度"].metric == "发电"
    assert by_text("游戏业务在新政策的推动下实现22%的增长。")["22%"].metric != "推动"


def test_shares_in_brackets_after_list_items_measure_what_closes_the_clause_before():
    """各部门的员工流失率数字，可见甲部（10.6%）、乙部（10.1%）及丙部（7.0%）: the items hold the shares and the clause
    before names what they measure."""
    found = by_text("翻查过去三年，各部门的员工流失率数字，可见销售部（10.6%）、研发部（10.1%）及财务部（7.0%）较高。")
    assert {found[f].metric for f in ("10.6%", "10.1%", "7.0%")} == {"员工流失率数字"}


def test_a_share_of_respondents_is_named_by_what_they_said_or_did():
    """54%则表示被冻薪, 83%雇员获得非固定花红, 8%机构则表示预期来年会冻薪, and a share that opens its clause with a
    verb (7成有加薪，3成冻薪): the predicate after the share (and its population) names it."""
    found = by_text("受访机构雇员中，46%表示有加薪，54%则表示被冻薪。")
    assert (found["46%"].metric, found["54%"].metric) == ("有加薪", "被冻薪")
    assert by_text("另外，83%雇员获得非固定花红。")["83%"].metric == "获得非固定花红"
    assert by_text("明年方面，63%机构表示对明年会否加薪未有既定计划。")["63%"].metric.endswith("未有既定计划")
    assert by_text("受访机构中，7成表示今年有加薪，3成冻薪。")["3成"].metric == "冻薪"


def test_a_price_changed_from_one_level_to_another_keeps_the_name_before_it():
    """零售价，由每瓶1539元调整为1639元: 每瓶 (per bottle) is stepped over like a unit, and 调整 before 为 is the
    verb of the change, not a noun after the figure."""
    found = by_text("该酒的官方零售价，由每瓶1539元调整为1639元。")
    assert found["1539元"].metric == found["1639元"].metric == "官方零售价"


def test_a_traded_thing_or_a_company_before_a_verb_of_change_is_whose_move_it_is():
    """现货白银大涨4%, 比特币下跌1.5%: the verb names the move (the thing is its subject); a measure before the verb
    (营收增长5%) or a place (其中，内地增长10.7%) keeps the usual metric; 站上 names a level it reaches."""
    found = by_text("现货白银大涨4%。比特币下跌1.5%，以太坊下跌3.6%。营收增长5%。")
    assert (found["4%"].metric, found["1.5%"].metric, found["3.6%"].metric) == ("大涨", "下跌", "下跌")
    assert found["5%"].metric == "营收"
    found = by_text("报告期内，集团零售值同比增长15.1%。其中，中国内地增长10.7%。")
    assert found["10.7%"].metric != "增长"
    assert by_text("现货黄金再度站上4000美元/盎司。")["4000美元/盎司"].metric == "站上"
    found = by_text("其中，iPhone Air直降2000元；17 Pro Max最高可减300元。在巴西上线三个月GMV增长25倍。")
    assert (found["2000元"].metric, found["300元"].metric) == ("直降", "可减")  # products named in Latin script
    assert found["25倍"].metric == "GMV"  # a Latin acronym is a measure, not a product



def test_a_duration_changing_to_a_new_level_is_no_event():
    """车队平均车龄，由2014年的11年降至2017年的7.5年: 降至 after 11年 is the change, not an event the years measure
    (as 历经15年博弈 is)."""
    found = by_text("车队平均车龄，由2014年的11年降至2017年的7.5年。")
    assert found["11年"].metric == found["7.5年"].metric == "平均车龄"  # (平均: an adjective opens it)
    assert by_text("历经15年博弈，双方终于签约。")["15年"].metric == "博弈"


def test_demand_is_a_noun_of_a_metric():
    """折合储能装机需求28-51GW: jieba tags 需求 as a verb; it ends the metric (nominal_verbs.txt)."""
    assert by_text("按此估算，折合储能装机需求28-51GW。")["28-51GW"].metric == "储能装机需求"


def test_a_clause_topic_may_end_in_words_of_no_change():
    """4个城市新建住宅销售价格按月持平，上月为上涨0.4%: the price is the topic though 按月持平 closes its clause; not so
    a clause ending in 的 (a condition) or a point of comparison."""
    found = by_text("初步测算，2月份4个一线城市新建商品住宅销售价格按月持平，上月为上涨0.4%。")
    assert found["0.4%"].metric.endswith("新建商品住宅销售价格")
    found = by_text("与10年前相比，现时成年人口增加了59万人；相比起运动前夕，则增多了30万人。")
    assert found["30万人"].metric != "运动"


def test_a_sum_after_a_verb_of_action_measures_the_noun_after_de():
    """实现10亿美元的年度经常性收入: after a verb the sum + 的 + noun is the verb's object, so the noun is what is
    measured (while 超10亿元的公司 measures the companies before it)."""
    found = by_text("管理层对2026年底实现10亿美元的年度经常性收入目标充满信心。")
    assert found["10亿美元"].metric.startswith("年度经常性收入")


def test_may_stands_between_a_metric_and_its_figure():
    """轮候公屋时间有机会由目前平均4.7年增至6年: 有机会 (may) is a modal word, one adverb for jieba (userdict.tsv)."""
    assert by_text("轮候公屋时间有机会由目前平均4.7年，增至6至7年。")["4.7年"].metric == "轮候公屋时间"


def test_a_price_after_discounts_is_one_noun():
    """到手价低至5499元: 到手价 (the price paid after discounts) is one word, the metric."""
    assert by_text("叠加补贴后，到手价低至5499元。")["低至5499元"].metric == "到手价"


def test_a_range_of_prices_from_places_keeps_the_clause_topic_and_restatements_follow():
    """二等座票价，由往甲地的人民币68元（约78港元）至乙地的215元: the places after 往 and 的 are stepped over to the
    clause's topic, and a figure restated in brackets measures what the figure before it does."""
    found = by_text("票价方面，各站点的二等座票价，由往福田的人民币68元（约78港元）至广州南的215元（约247港元）。")
    assert {found[t].metric for t in ("人民币68元", "约78港元", "215元", "约247港元")} == {"票价"}


def test_a_share_of_customers_is_named_by_what_they_did_up_to_a_space():
    """首批4成认购客户没投保　推3项措施: customers are a population (population_nouns.txt) and the headline's space ends
    the predicate."""
    assert by_text("年金公司：首批4成认购客户没投保　推3项优化措施")["4成"].metric == "没投保"


def test_a_per_unit_word_before_a_price_is_stepped_over():
    """售价跌至每公斤10.6元: 每公斤 (jieba: one noun) says what the price is per, like 每瓶."""
    assert by_text("今年生猪售价跌至每公斤10.6元。")["10.6元"].metric.endswith("售价")


def test_a_sum_or_a_time_before_people_is_measured_by_what_stands_before_it():
    """月入少于7000元以下人士, 轮候3年以上的低收入人士: the figure picks out who (population_nouns.txt), so what it
    measures is named before it; a count of people (3000名人士) still counts them."""
    found = by_text("政府为月入少于7000元以下人士供款，并为轮候公屋3年以上的低收入人士发放津贴，共惠及3000名人士。")
    assert found["少于7000元以下"].metric == "月入"
    assert found["3年以上"].metric == "轮候公屋"
    assert found["3000名"].metric == "人士"


def test_a_rank_before_a_name_ranks_that_name_and_a_ranking_runs_on():
    """成交额第1名特斯拉…, then 第2名英伟达…: the name after a rank is who is ranked (its subject), not on what; a rank
    that names nothing ranks on what the rank before it did."""
    text = "周二美股成交额第1名特斯拉收跌4.45%，成交443.17亿美元。\n第2名英伟达收跌0.27%，成交258.36亿美元。\n"
    found = {f.text: f for f in extract(text).facts}
    assert (found["第1名"].metric, found["第1名"].subject) == ("成交额", "特斯拉")
    assert (found["第2名"].metric, found["第2名"].subject) == ("成交额", "英伟达")


def test_a_one_character_adjective_glued_to_a_noun_stays_in_the_phrase():
    """等10余只宽/a 基/n 指数: jieba cut one noun, whose first character it took for an adjective."""
    assert by_text("沪深300、中证500等10余只宽基指数将调整样本。")["10余只"].metric == "宽基指数"


def test_a_verb_right_before_a_sum_in_its_own_clause_names_it():
    """…的单位，开价512万元: the clause's own verb, not the metric of the figure before it in the sentence; but not a
    verb of the level reached (重回), nor one whose figures a noun after 的 names (取消64GB和128GB的容量配置)."""
    found = by_text("其中一个实用面积284呎的单位，开价512万元，最终以502万元成交。")
    assert found["512万元"].metric == "开价"
    found = by_text("今年手机均价为5000元，各厂商逐渐取消64GB和128GB的容量配置，并重回50%的份额。")
    assert found["64GB"].metric != "取消" and found["50%"].metric != "重回"


def test_a_verb_right_before_a_number_of_shares_names_the_holding():
    """成为第三大股东，持股1226万股: a number of shares is a holding, named by its verb, not counted as 股东."""
    assert by_text("其新进成为第三大股东，持股1226.51万股，对应市值超6亿元。")["1226.51万股"].metric == "持股"


def test_a_byline_of_fields_between_pipes_is_no_label_of_the_figure_below_it():
    """编辑 | 某某 under a headline: a pipe separates fields, so the line names no metric (and a metric holding | is
    refused when predictions are read back)."""
    text = "某软糖在美国走红\n编辑 | 王五\n在某平台，一条测评视频共获得点赞量258万。\n"
    assert all("|" not in f.metric for f in extract(text).facts)


def test_a_futures_contract_before_a_verb_of_change_is_whose_move_it_is_but_a_price_index_is_a_measure():
    """10年期主力合约跌0.07%: a contract is traded (instruments.txt), so the verb names the figure; 居民消费价格指数
    上涨2% is a measure, not an index that trades."""
    assert by_text("国债期货全线下跌，10年期主力合约跌0.07%。")["0.07%"].metric == "跌"
    assert by_text("全市居民消费价格指数上涨2%。")["2%"].metric.endswith("价格指数")


def test_a_rate_noun_before_a_figure_names_it_and_measures_only_that_figure():
    """盈利增速降幅超过50%: a rate noun inside the phrase is part of what is measured (增速 stays in the metric);
    增幅达4.1%，当中约9.2万户: a bare rate noun measures only its own figure, and the figures after it run on with the
    measure before it."""
    assert by_text("如果盈利增速降幅超过50%，则市场见顶。")["超过50%"].metric.startswith("盈利增速")
    found = by_text("全市有12.7万户居住环境欠佳，比去年增加5,100户，增幅达4.1%，当中约9.2万户居于劏房。")
    assert found["4.1%"].metric == "增幅" and found["约9.2万户"].metric != "增幅"


def test_a_closing_move_is_named_by_its_verb_whoever_closes():
    """苹果收涨0.3%, Meta收跌2.3%: only a traded thing closes up or down, so the verb names the figure even where the
    name before it is not known as a company."""
    found = by_text("苹果收涨0.3%，Alphabet收涨0.8%，Meta收跌2.3%。")
    assert (found["0.3%"].metric, found["2.3%"].metric) == ("收涨", "收跌")


def test_a_streak_names_itself():
    """五连涨, 四连跌 (units.tsv): a count of days of a run, whose metric is the run."""
    found = by_text("英伟达收涨近0.4%，五连涨；微软收跌超0.3%，四连跌。")
    assert (found["五连涨"].value, found["五连涨"].metric, found["四连跌"].metric) == (5, "连涨", "连跌")


def test_a_modal_verb_stands_between_a_measure_and_its_figure():
    """毛利率可望達41%: 可望 and 将会 say how sure the figure is; the measure before them still names it (not the
    headline above)."""
    found = by_text("某厂季报\n全年毛利率可望達41%，营收将会突破90亿元。")
    assert (found["41%"].metric, found["突破90亿元"].metric) == ("毛利率", "营收")


def test_lots_of_shares_are_named_by_the_trade_before_them():
    """買超聯電3,200張: in Taiwan's market shares trade in lots (張), named by the act as a count of 股 is."""
    found = by_text("某日盤後\n外資昨日買超聯電3,200張，自營商賣出2,100張。")
    assert (found["3,200張"].metric, found["2,100張"].metric) == ("買超", "賣出")


def test_the_base_of_a_rate_before_a_figure_does_not_hide_its_measure():
    """新生儿死亡率降至每千人2.9: the measure is named before 每千人, not by the clause before."""
    found = by_text("某省年报\n平均寿命提高到80.1岁，新生儿死亡率降至每千人2.9。")
    assert found["2.9"].metric == "新生儿死亡率"


def test_the_basis_a_figure_is_counted_on_is_not_its_measure():
    """按可比口径增长6.2%: the basis (按…口径, 按…计) is passed over; 按汇率7.1计算 still names its own figure."""
    found = by_text("某市年报\n全市接待游客3100万人次，按可比口径增长6.2%，折合约50亿元（按汇率7.1计算）。")
    assert (found["6.2%"].metric, found["7.1"].metric) == ("游客", "汇率")


def test_statistics_terms_and_provisional_estimates():
    """本地生产总值, 就业不足率 are one measure each (jieba cut them: 本地 as a place, 率 as a verb); a provisional
    or revised estimate (的临时估计为) says how sure the figure is, not what it measures."""
    found = by_text("某季经济数据\n本地生产总值按年上升1.8%，就业不足率维持在1.4%，4月出口货值的临时估计为3,905亿元。")
    assert (found["1.8%"].metric, found["1.4%"].metric, found["3,905亿元"].metric) == (
        "本地生产总值", "就业不足率", "出口货值")


def test_a_planned_allocation_is_named_by_what_is_allocated():
    """赤字率拟按2.8%安排, 某项投资拟安排900亿元: 拟 (plans to) and 安排 (allocates) stand between a budget's measure
    and its figure; 赤字率 is one word (jieba glued 率拟)."""
    found = by_text("某省预算报告\n明年赤字率拟按2.8%安排，省级基建投资拟安排900亿元。")
    assert (found["2.8%"].metric, found["900亿元"].metric) == ("赤字率", "省级基建投资")


def test_production_and_sales_name_their_figures():
    """产销 (production and sales), which jieba tags a verb, names the figures 分别 lists after it (not the title)."""
    found = by_text("某月车市\n9月重卡产销分别完成7.2万辆和7.1万辆。")
    assert found["7.2万辆"].metric == found["7.1万辆"].metric == "重卡产销"


def test_a_medal_or_a_win_names_itself():
    """7金5銀, 12胜3负 (self_naming_units.txt): the medal or the result the figure counts is its metric."""
    found = by_text("某代表团共收获7金5银9铜；某队本季取得12胜3负。")
    assert [found[t].metric for t in ("7金", "5银", "9铜", "12胜", "3负")] == ["金", "银", "铜", "胜", "负"]


def test_a_quote_is_named_by_the_word_that_quotes_it():
    facts = by_text("现货白银日内涨4%，报51美元/盎司。某股收报26.30元/股，某指数收于3000点。")
    assert facts["51美元/盎司"].metric == "报"
    assert facts["26.30元/股"].metric == "收报"
    assert facts["3000点"].metric == "收于"
    assert by_text("公司年报1000万元的利润。")["1000万元"].metric != "报"  # 年报 is a report, no quote
    assert by_text("当日人民币中间价报7.1234元。")["7.1234元"].metric == "人民币中间价"  # a price names itself


def test_a_sector_before_a_figure_holds_the_measure_named_before_it():
    facts = by_text("板块市盈率为20倍，其中甲类板块为19倍，乙类板块约为22倍。")
    assert facts["19倍"].metric == facts["约为22倍"].metric == "板块市盈率"


def test_shares_or_companies_of_a_kind_before_a_move_are_whose_move_it_is():
    facts = by_text("白酒股走强，诸多酒企皆涨超5%，光伏概念股跌3%；公司持股增加2%。")
    assert facts["超5%"].metric == "涨超" or facts["超5%"].metric == "涨"
    assert facts["3%"].metric == "跌"
    assert facts["2%"].metric != "增加"  # a holding (持股) is a measure, not a holder


def test_a_sum_after_by_means_of_is_the_price_of_the_act_after_it():
    facts = by_text("原业主在2002年以约314万元买入，上月以815万元易手；某公司以4亿元认购新股。")
    assert facts["约314万元"].metric == "买入"
    assert facts["815万元"].metric == "易手"
    assert facts["4亿元"].metric == "认购新股"  # (verb and object: the phrase after it)
    assert by_text("当日股价以1245元作收。")["1245元"].metric == "股价"  # a price named before it


def test_a_streak_is_named_by_the_act_it_is_a_run_of():
    facts = by_text("黄金连续三日创盘中历史新高。某公司连续6年亏损。")
    assert facts["三日"].metric == "创盘中历史新高"
    assert facts["6年"].metric == "亏损"


def test_a_clause_that_opens_on_a_move_of_shares_is_named_by_the_move():
    """某股午后拉升，一度涨超18%: the clause goes on with the mover of the clause before it, and 涨 names the figure;
    a price's fall after 环比 (环比跌2%) keeps the price named before it."""
    found = {f.text: f.metric for f in extract("盘面上，华岭软件午后直线拉升，一度涨超18%。").facts}
    assert found["超18%"] == "涨"
    assert {f.text: f.metric for f in extract("猪肉价格回落，环比跌2%。").facts}["2%"] == "猪肉价格"


@pytest.mark.parametrize(("text", "figure", "move"), [
    ("5月以来，乙铝期货整体呈震荡上行走势，累计上涨超3%。", "超3%", "上涨"),
    ("自4月起，丙玉米期货呈单边下行走势，累计下跌逾8%。", "逾8%", "下跌"),
    ("本月丁橡胶期货整体承压，累计回落6%。", "6%", "回落"),
    ("某地产指数尾盘下跌 2%。", "2%", "下跌"),
    ("某某综合指数收盘上涨 0.7%。", "0.7%", "上涨"),
])
def test_a_move_after_adverbs_or_a_space_is_named_by_its_verb(text, figure, move):
    """某期货整体呈下行走势，累计下跌5%: the shape of a series (走势) names no measure; a clause that opens on 累计 and
    a verb of change, after a clause that opens on a traded thing, goes on with that mover, and the verb names the
    figure. A space before the figure (收盘下跌 2%) does not part the verb from it."""
    assert {f.text: f.metric for f in extract(text).facts}[figure] == move


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("甲公司净利润大幅改善，累计增长30%。", "30%", "净利润"),
    ("乙公司股价早盘上涨 3.2%。", "3.2%", "股价"),
])
def test_a_measure_before_a_move_still_names_it(text, figure, measure):
    """净利润…，累计增长30%: a measure, not a mover, opens the clause before; it names the move after it."""
    assert {f.text: f.metric for f in extract(text).facts}[figure] == measure


def test_a_commodity_future_or_a_board_before_its_move_is_whose_move_it_is():
    """沥青涨3.12%, 创业板跌超2%: traded things (instruments.txt), so the verb names the figure."""
    assert {f.text: f.metric for f in extract("化工品多数上涨，沥青涨3.12%。").facts}["3.12%"] == "涨"
    assert {f.text: f.metric for f in extract("沪指转跌，深成指、创业板跌超2%。").facts}["超2%"] == "跌"


def test_an_adverb_from_an_adjective_between_the_metric_and_the_figure_is_passed():
    """负债比例直接由18%升至25%: 直接/ad is skipped like 已/d, so the measure before it names both figures."""
    found = {f.text: f.metric for f in extract("增资完成后，华岭集团对某子公司的负债比例直接由18%跃升至25%。").facts}
    assert found["18%"] == found["25%"] == "负债比例"


def test_a_measure_inside_a_noun_phrase_measures_the_noun_right_before_it():
    """建筑面积500呎的单位: the area is the named dimension's, not the flat's; with a verb or a preposition before
    the figure (仍有5GW的缺口, 由 8 核心的 CPU) the noun after 的 is still what is measured."""
    assert by_text("某屋苑一个建筑面积520呎的单位以600万元易手。")["520呎"].metric.endswith("面积")
    assert by_text("测算显示，电网仍有7GW的缺口。")["7GW"].metric == "缺口"


def test_a_holder_right_before_a_glued_measure_is_whose_not_what():
    """該公司3奈米製程: a company word before the figure holds the process; the noun after the figure names it."""
    found = by_text("某晶片廠簡訊\n該公司2奈米製程良率達七成，該集團5奈米晶片明年量產。")
    assert "製程" in found["2奈米"].metric
    assert "晶片" in found["5奈米"].metric


def test_short_names_of_index_and_futures_contracts_are_whose_move_it_is():
    """恒科指涨近4%, 沪锡涨1%, PVC跌2%: an index's and a contract's short names are traded things (instruments.txt,
    and kept whole for jieba, which would cut 恒科/指涨), so the verb of change names the figure."""
    found = {f.text: f.metric for f in extract("午后恒科指涨近4%，沪锡涨1.5%；化工品走弱，PVC跌2.1%。").facts}
    assert found["近4%"] == "涨"
    assert found["1.5%"] == "涨"
    assert found["2.1%"] == "跌"


def test_a_clause_of_times_and_a_move_is_named_by_the_move():
    """某指数刷新低位，日内跌逾0.4%: times of the session (日内, 盘中: jieba cuts 日/内 and tags 盘中 a place) before
    the move leave the clause without a mover of its own; a base of comparison (较去年稍跌) does not."""
    found = {f.text: f.metric for f in extract("某指数跌至97.1，刷新两周以来低位，日内跌逾0.4%。").facts}
    assert found["逾0.4%"] == "跌"
    assert {f.text: f.metric for f in extract("某期货延续跌势，盘中跌超2%。").facts}["超2%"] == "跌"
    found = {f.text: f.metric for f in extract("青年选民比例维持在21.5%，较2019年稍跌0.05个百分点。").facts}
    assert found["0.05个百分点"].endswith("比例")


def test_places_joined_by_and_hold_the_running_measure():
    """其中，甲城和乙城分别下跌: places joined by 和 are passed whole (not 和乙城 for a metric), and the measure of the
    paragraph runs on past a bare rate noun (涨幅), which measured only its own figure."""
    found = [(f.text, f.metric) for f in extract(
        "新房销售价格环比上涨0.5%，涨幅比上月回落0.1个百分点。其中，南京和杭州分别下跌0.3%和0.4%。").facts]
    assert found[2:] == [("0.3%", "新房销售价格"), ("0.4%", "新房销售价格")]


def test_a_price_per_share_with_nothing_named_before_it_is_named_by_its_unit():
    """第二次转让：每股 7元: 每股 names the price when its clause names nothing else; it does not run on to the next
    figure (某甲转让800万), and a price named before it (股价回落至每股20元) still names it."""
    found = {f.text: f.metric for f in extract("第二次转让（2023/05）：每股 8.15元，某甲转让3600万给某乙。").facts}
    assert found["8.15元"] == "每股"
    assert found["3600万"] == "转让"
    assert by_text("某公司股价回落1.2%至每股95元。")["95元"].metric.endswith("股价")


def test_every_noun_of_a_rate_of_change_names_its_figure():
    """减幅, 加幅 and 升幅 are rate nouns like 降幅 (rate_nouns.txt): 减幅5.9% measures the rate, a change, not the
    figure of the clause before it."""
    found = {f.text: (f.metric, f.role) for f in extract("某单位减价30万元，减幅5.9%；车资首次加幅为7.5%。").facts}
    assert found["5.9%"] == ("减幅", "change")
    assert found["7.5%"][0].endswith("加幅")


def test_net_margin_and_raising_funds_stay_whole_words():
    """jieba cut 净利/率为 and 募/资 (userdict.tsv keeps 净利率 and 募资 whole): 净利率为8% is named by the margin,
    某公司拟募资5亿元 by the act of raising."""
    assert by_text("该公司毛利率为40.2%，净利率为8.15%。")["8.15%"].metric == "净利率"
    assert by_text("新能源领域，某某科技拟募资12亿元。")["12亿元"].metric == "募资"


def test_a_rate_noun_after_a_traded_thing_names_the_figure():
    """某某主力合约跌幅达5.2%: the contract is whose fall it is; the rate noun (cut off the phrase as a cue) is what."""
    found = extract("当日多数品种走低，纯碱主力合约跌幅达5.21%。").facts
    assert [(f.metric, f.subject) for f in found if f.text == "5.21%"] == [("跌幅", "纯碱主力合约")]


def test_a_range_word_after_a_figure_is_not_its_metric():
    """对应市值集中在150-190亿美元区间: 区间 says where the figure lies (generic_metrics.txt), not what it measures."""
    assert by_text("三家厂商的产能对应市值集中在150-190亿美元区间。")["150-190亿美元"].metric.endswith("市值")


def test_a_multiple_glued_to_a_ratio_is_that_ratio():
    """给予25倍PE, 基于12倍市盈率: the ratio written right after a multiple is what it measures."""
    assert by_text("券商给予该公司25倍PE。")["25倍"].metric == "PE"
    assert by_text("目标价基于15倍市盈率。")["15倍"].metric == "市盈率"


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("分析师按18倍2030年每股盈利给出目标价。", "18倍", "每股盈利"),
    ("目標價基於22倍2029年每股盈利。", "22倍", "每股盈利"),
    ("該行以16倍FY30年每股盈餘評價。", "16倍", "每股盈餘"),
    ("报告以14倍CY29年每股收益估值。", "14倍", "每股收益"),
    ("估值采用9倍明年市盈率。", "9倍", "市盈率"),
    ("以25倍2031年盈利预测为基础。", "25倍", "盈利"),
    ("券商给予该股20倍2030年市盈率。", "20倍", "市盈率"),
    ("參照7倍今年市賬率。", "7倍", "市賬率"),
    ("基于8倍FY31年每股净资产。", "8倍", "每股净资产"),
    ("按12倍2030年每股現金流估值。", "12倍", "每股現金流"),
    ("丙银行给予其6倍2031年市净率。", "6倍", "市净率"),
    ("采用21倍FY32年EPS。", "21倍", "EPS"),
    ("按24倍2032年每股盈餘推算。", "24倍", "每股盈餘"),
])
def test_a_time_phrase_between_a_multiple_and_its_base_is_passed_over(text, figure, metric):
    """18倍2030年每股盈利, 16倍FY30年每股盈餘: a multiple is of the noun after the year it is dated by (a fiscal
    year's 年 and a per-unit word included), not of the valuer nor of the verb before it."""
    assert by_text(text)[figure].metric.startswith(metric)


def test_the_parts_of_a_sum_are_named_after_wei():
    """总投资50亿元，其中32亿元为自有资金，18亿元来自银行贷款: a sum opening its clause (or after 其中) and followed by
    为 or 来自 is named by the category after it."""
    found = {f.text: f.metric for f in extract("项目总投资50亿元，其中32亿元为自有资金，18亿元来自银行贷款。").facts}
    assert found["32亿元"] == "自有资金"
    assert found["18亿元"] == "银行贷款"


def test_a_count_of_shares_is_named_by_the_act_of_holding_or_trading_it():
    """直接持有公司1,000,000股, 减持不超过50万股: the act before a count of shares (past the company, linking words
    and adverbs; a cue of change like 减持 is such an act) names it, unless a noun follows (存在约300万股缺口)."""
    found = {f.text: f.metric for f in extract(
        "某股东直接持有公司 12,345,678股，拟通过集中竞价交易方式减持不超过500,000股。").facts}
    assert found["12,345,678股"] == "持有"
    assert found["不超过500,000股"] == "减持"
    assert by_text("两者之间存在约300万股缺口。")["约300万股"].metric == "缺口"


def test_a_market_index_is_whose_move_it_is_and_a_price_index_is_a_measure():
    """标普500指数上涨12%, 某某半导体指数同期/b 大涨: an index of a market is traded, so the verb names its move, past
    times jieba tags otherwise (同期/b, 日/内); an index of prices (居民消费价格指数) or a survey's (景气指数) is what
    changes."""
    found = {f.text: f.metric for f in extract(
        "相比之下，某某半导体指数同期大涨38%，标普500指数上涨12%。现货黄金日内涨1.2%。").facts}
    assert found["38%"] == "大涨"
    assert found["12%"] == "上涨"
    assert found["1.2%"] == "涨"
    found = {f.text: f.metric for f in extract(
        "11月居民消费价格指数同比上涨2.1%，服务业景气指数回升0.4个百分点。").facts}
    assert found["2.1%"].endswith("价格指数")
    assert found["0.4个百分点"].endswith("景气指数")


def test_a_share_after_you_alone_is_named_by_the_predicate_after_it():
    """某年龄组的确诊个案中，有21.5%死亡: a share that opens its clause after 有 (则有, 只有) is named by what befell
    or what was done, as a share opening its clause is."""
    found = {f.text: f.metric for f in extract(
        "该国90岁或以上的确诊个案中，有21.5%死亡；30至39岁的患者，则有0.2%死亡。").facts}
    assert found["21.5%"] == "死亡"
    assert found["0.2%"] == "死亡"


def test_a_count_that_opens_its_clause_is_named_by_the_predicate_after_it():
    """12种上涨，31种下跌，5种持平: the parts of a breakdown, counted, are named by what they did; after 有 a count
    counts its class (个案中，有900宗介乎80至89岁)."""
    found = {f.text: f.metric for f in extract("与上月相比，12种产品价格上涨，31种下跌，5种持平。").facts}
    assert found["31种"] == "下跌"
    assert found["5种"] == "持平"


def test_a_sum_of_money_that_changes_measures_the_noun_glued_after_it():
    assert by_text("该车型每辆增加了8000元成本。")["8000元"].metric == "成本"
    # no noun after it: what changed is named before it
    assert by_text("今年收入增加3亿元，再创新高。")["3亿元"].metric == "收入"


def test_a_description_of_the_starting_level_after_from_is_not_the_metric():
    found = by_text("该地占全国销量的比重从鼎盛时期的30.5%降至20.6%。")
    assert found["30.5%"].metric == found["20.6%"].metric == "比重"
    assert by_text("央行把基准利率由历史低位的0.5%调高至0.75%。")["0.5%"].metric == "基准利率"


def test_a_degree_adverb_after_a_figure_is_not_what_it_measures():
    assert by_text("某券商将目标价由12.4万日元小幅下调至11.2万日元。")["12.4万日元"].metric == "目标价"


def test_a_traded_thing_that_moves_to_a_level_holds_it_and_the_verb_names_it():
    found = by_text("现货白银涨至48.6美元，某地铜价跌至9100美元。")
    assert (found["48.6美元"].metric, found["48.6美元"].subject) == ("涨至", "现货白银")
    assert found["9100美元"].metric == "铜价"  # a measure of the thing: its own name
    # the unit of the level it moved from is no traded currency
    assert by_text("该公司净亏损从去年的21亿美元扩大至37亿美元。")["37亿美元"].metric.endswith("净亏损")


def test_a_phrase_of_how_the_figure_is_reckoned_stands_between_the_metric_and_its_change():
    assert by_text("利率不变。日本国内生产总值按年率计算增长2.4%。")["2.4%"].metric == "生产总值"
    assert by_text("出口以美元计增长5%。")["5%"].metric == "出口"


def test_a_currency_or_a_base_year_inside_the_reckoning_does_not_end_it():
    """以港元/m 计算, 以2010/m 年/m 为基期计算: jieba tags the currency or the year as a numeral; it is a word of the
    aside, and the measure before the aside is the figure's (计为 too: 计 glued to its copula)."""
    assert by_text("年报发布。某县渔业产值以港元计算下跌2.1%。")["2.1%"].metric == "渔业产值"
    assert by_text("年報發布。本區工業總產值以港元計算上升4.5%。")["4.5%"].metric.endswith("工業總產值")
    assert by_text("公报发布。乙市工业总产值以2012年为基期计算增长5.8%。")["5.8%"].metric.endswith("工业总产值")
    assert by_text("年报发布。某某航空的燃油成本以美元计为9亿美元。")["9亿美元"].metric == "燃油成本"


def test_a_multiple_or_fraction_of_a_base_is_named_before_the_linking_word():
    assert by_text("新闻稿发布。新加坡人均护士比例只有日本的大约一半。")["大约一半"].metric == "人均护士比例"
    assert by_text("新闻稿发布。电池容量不到旗舰版的一半。")["一半"].metric == "电池容量"
    # a base that points to the figure before names the figure as well as anything
    assert by_text("月费约合50美元，该套餐不到前者的三分之一。")["三分之一"].metric == "前者"


def test_an_adjective_of_the_figures_size_stands_between_the_metric_and_the_figure():
    found = by_text("季度营收增长达到120%，净利率达到惊人的61.5%，远超预期。")
    assert found["61.5%"].metric == "净利率"


def test_hong_kong_tax_names_are_one_word():
    assert by_text("消息发布。中产人士缴纳的部分占薪俸税收入总额58%。")["58%"].metric == "薪俸税收入总额"


def test_a_price_per_a_classifier_jieba_cut_from_its_every_is_named_by_it():
    assert by_text("消息发布。该段隧道造价5.2亿元，平均每米260万元。")["260万元"].metric == "每米"


def test_a_heading_over_prose_does_not_name_a_figure_its_clause_names():
    text = "合作进展\n各方拟出资设立合资公司，其中甲方出资1.2亿元，持股30%；乙方持股60%；丙方持股10%。\n"
    assert by_text(text)["60%"].metric == "持股"
    assert by_text("研发投入\n120亿元\n")["120亿元"].metric == "研发投入"  # a label over a short line still names it


def test_a_verb_alone_after_a_count_that_ends_its_clause_is_the_thing_counted():
    assert by_text("改制后举行两场选举，投票率上升。")["两场"].metric == "选举"  # 选举/v


def test_an_adverb_jieba_tags_before_a_noun_after_a_count_is_part_of_the_phrase():
    assert by_text("消息发布。该行与供应商签订了12项长期订单。")["12项"].metric == "长期订单"  # 长期/d 订单/n
    # an adverb of modality goes with the verb jieba tagged as a noun: no phrase after the figure
    assert by_text("消息发布。月薪低于8000元毋须纳税。")["低于8000元"].metric == "月薪"


def test_a_verb_ending_in_a_cue_or_with_a_glued_qualifier_names_a_traded_things_move():
    found = by_text("消息发布。现货白银午后暴挫6.5%，比特币跌超3%。")
    assert (found["6.5%"].metric, found["6.5%"].subject) == ("暴挫", "现货白银")
    assert found["超3%"].metric == "跌"


def test_a_market_session_or_a_bracketed_gloss_between_a_traded_thing_and_its_move_leaves_it_the_mover():
    found = by_text("消息发布。某某300指数收盘下跌0.8%，某某成份指数（ABC）上涨1.2%。")
    assert (found["0.8%"].metric, found["1.2%"].metric) == ("下跌", "上涨")


def test_a_comparison_cue_glued_to_a_verb_of_change_stands_between_metric_and_figure():
    assert by_text("从结构看，出口贡献过半。国内门店营业额环比增长12%。")["12%"].metric == "门店营业额"  # 环比增长/v


def test_a_count_that_closes_its_clause_after_a_verb_is_named_by_the_verb_and_does_not_carry_it():
    found = by_text("消息发布。该饮品上市半年销售额破亿，累计卖出800万罐，复购率较高。")
    assert found["800万罐"].metric == "卖出"
    found = by_text("消息发布。本季新开20家直营门店，关闭35家，净减少15家。")
    assert found["15家"].metric == "直营门店"  # the act's count does not name the change after it


def test_a_verb_ending_in_the_character_of_industries_is_no_industry():
    found = by_text("消息发布。新园区投产后年产值可达80亿元，带动就业4500余人。")
    assert found["4500余人"].metric == "就业"  # 就业/v, not an industry like 制造业


def test_a_length_after_a_noun_and_its_cue_is_the_nouns_and_before_a_noun_of_what_follows():
    found = by_text("消息发布。这款平板的续航时间长达18小时。当局推出为期9个月的租金补贴。")
    assert found["18小时"].metric == "续航时间"
    assert found["9个月"].metric == "为期"


def test_annualised_and_fast_charging_are_one_word_of_the_metric():
    assert by_text("消息发布。该理财产品年化收益率为3.2%。")["3.2%"].metric == "理财产品年化收益率"  # not 年/m 化/n
    assert by_text("消息发布。新机支持120W快充。")["120W"].metric == "快充"  # not 快/a 充/v
    assert by_text("消息发布。该应用日活突破5000万。")["突破5000万"].metric == "日活"  # not 日/m 活/n


def test_an_index_of_prices_before_its_quote_names_it_and_a_close_is_quoted():
    found = by_text("消息发布。上月该市房价指数报152.3点，按月升0.4%。某某指数收市报3,250点。")
    assert (found["152.3点"].metric, found["0.4%"].metric) == ("房价指数", "房价指数")
    assert found["3,250点"].metric == "收市报"


def test_a_multiple_glued_to_a_noun_is_a_multiple_of_it():
    assert by_text("消息发布。旗舰套餐享有基础套餐3倍流量。")["3倍"].metric == "流量"


def test_a_run_of_moves_counts_its_days_and_names_them():
    found = by_text("消息发布。某某指数连涨五日，成交额放大。")
    assert (found["五日"].role, found["五日"].metric, found["五日"].value) == ("amount", "连涨", 5)


def test_a_phrase_after_a_figure_never_runs_into_the_next_figure():
    found = by_text("消息发布。本月成交40宗，比上月58宗少二成。")  # 宗少/nr 二成/nrt: jieba reads names
    assert found["58宗"].metric == "成交"


def test_a_rise_in_value_names_its_figure():
    assert by_text("消息发布。该铺位转手获利约80万元，升值约45%。")["约45%"].metric == "升值"


def test_a_position_jieba_tags_as_a_verb_names_its_figure():
    assert by_text("从结构看，消费获增配。其中医药持仓环比增加3.2个百分点。")["3.2个百分点"].metric == "医药持仓"


def test_each_item_of_a_list_named_by_its_word_names_its_own_figure():
    found = by_text("消息发布。该县新增滴灌面积3万亩、喷灌2.5万亩，总产量提高。")
    assert found["2.5万亩"].metric == "喷灌"  # (喷灌/v: jieba's tag does not matter for an item's word)
    held = by_text("消息发布。十大股东中，甲乙科技持股4.5%、丙丁集团3.2%。")
    assert held["3.2%"].metric != "丙丁集团"  # a name holds its figure, it does not name it


def test_a_chart_between_a_rank_verb_and_the_rank_is_what_the_rank_is_on():
    found = by_text("消息发布。两款饮料位列“夏季饮品人气榜”第一、第三。该股排在成交榜第五。")
    assert (found["第一"].metric, found["第三"].metric, found["第五"].metric) == ("夏季饮品人气榜",) * 2 + ("成交榜",)


def test_a_market_session_is_a_time_not_a_metric():
    found = by_text("消息发布。某币在欧股盘前跌破2100美元。")
    assert "盘" not in found["跌破2100美元"].metric  # not 股盘, jieba's word inside 欧股盘前


def test_a_noun_jieba_tags_as_a_verb_glued_to_a_percentage_is_what_it_is_a_share_of():
    assert by_text("消息发布。最大买家拿走三成收入，风险不小。")["三成"].metric == "收入"  # 收入/v


def test_a_word_opening_on_a_numeral_that_is_no_figure_opens_the_phrase_after_a_count():
    found = by_text("消息发布。本月北区有42宗二手商铺买卖个案。她的成绩距纪录131公斤有一点距离。")
    assert found["42宗"].metric == "二手商铺买卖个案"  # 二手/m
    assert found["131公斤"].metric != "有一点距离"  # 一点/m inside a phrase is a degree, not part of a name


def test_a_verb_ending_in_a_preposition_of_arrival_stands_between_the_metric_and_its_level():
    assert by_text("消息发布。该行的不良贷款率也被抬至4.7%，高于同业。")["4.7%"].metric == "不良贷款率"  # 抬至/v


def test_a_noun_jieba_glued_to_its_copula_still_ends_the_phrase_before_a_figure():
    found = by_text("消息发布。该计划申请期为9个月。")  # 申请/v 期为/v: jieba's guess at an unknown word
    assert found["9个月"].metric.endswith("申请期")


def test_a_noun_jieba_tags_as_a_verb_before_a_verb_of_arrival_is_the_measure():
    found = by_text("消息发布。该行上季收入达到88.5亿元；全年开支指引提高到约12亿元。")
    assert found["88.5亿元"].metric.endswith("收入")  # 收入/v 达到: not a verb that says how the level came
    assert found["约12亿元"].metric.endswith("开支指引")  # 开支/v 指引/v


def test_an_adverb_of_a_total_before_a_comparison_is_no_metric():
    found = by_text("消息发布。现时票价为4.1元，下月将增加至4.6元，总共比现时贵5毫。")
    assert found["5毫"].metric == found["4.6元"].metric == "票价"


def test_a_count_counts_the_noun_its_modifiers_lead_to():
    """公司目前拥有两个独立的研发中心: a count's modifier with 的 stands between the classifier and the noun counted."""
    found = by_text("公司目前拥有两个独立的研发中心。")
    assert found["两个"].metric == "独立的研发中心"


def test_a_commodity_future_that_moves_holds_its_move():
    """昨日生猪跌2.5%: the commodities of the futures exchanges (and the crude benchmarks) are traded things, so the
    verb names the move and the thing holds it."""
    pork = by_text("昨日生猪跌2.5%。")["2.5%"]
    crude = by_text("WTI当日涨近4%。")["近4%"]
    assert (pork.metric, pork.subject) == ("跌", "生猪")
    assert (crude.metric, crude.subject) == ("涨", "WTI")


def test_a_traded_thing_compared_with_a_time_still_holds_its_move():
    """豆粕主力合约较上月累计上涨3.5%: a comparison with a time and 累计 stand between the holder and its verb."""
    found = by_text("豆粕主力合约较上月累计上涨3.5%。")["3.5%"]
    assert (found.metric, found.subject) == ("上涨", "豆粕主力合约")
    assert by_text("青年占比维持在21.5%，较去年稍跌0.05个百分点。")["0.05个百分点"].metric == "占比"


def test_a_stated_topic_names_figures_of_its_own_sentence_only():
    """从最新情况看，…。: a topic stated in an earlier sentence is a heading, no measure of a later figure."""
    found = by_text("从最新情况看，多家基金开始限购。某基金公告称，单笔申购上限由20万元调整为不超过2万元。")
    assert found["不超过2万元"].metric == "上限"


def test_a_percentage_is_a_share_of_any_noun_glued_to_it_but_an_idiom():
    """2%通胀/j 目标: jieba's abbreviation tag is a noun too; 由9.4%逐步回落/l: an idiom after a figure is no noun."""
    assert by_text("央行声明称，2%通胀目标仍未达成。")["2%"].metric == "通胀目标"
    assert by_text("利润率由9.4%逐步回落至3.3%。")["9.4%"].metric == "利润率"


def test_a_sum_is_of_the_payment_named_after_it():
    """申请5.6亿元拨款/v: jieba tags 拨款 a verb; a sum before it is the grant's size."""
    assert by_text("市政府向议会申请5.6亿元拨款。")["5.6亿元"].metric == "拨款"


def test_a_difference_after_a_comparison_measures_what_is_compared_first():
    """租用设备的花费将比自行采购高3倍: an adjective stands before the figure; the measure is before 比."""
    found = by_text("有分析指出，租用设备的花费将比自行采购高3倍。")["3倍"]
    assert (found.role, found.metric) == ("change", "花费")


def test_the_record_a_figure_earned_a_place_with_is_no_metric():
    """以占有率9.5%的成绩位居榜首: 成绩 says how it fared; a rank verb after a noun opens the predicate."""
    assert by_text("该品牌以年销量800万辆、占有率9.5%的成绩位居榜首。")["9.5%"].metric == "占有率"


def test_a_figure_after_its_measure_and_a_threshold_picks_out_the_thing_after_it():
    """在会员数少于300人的协会中: the count is the members' number (its measure before it), not the associations';
    月入少于8000元的人士: the people picked out hold the figure."""
    assert by_text("在会员数少于300人的协会中，平均会费涨幅为4.6%。")["少于300人"].metric == "会员数"
    assert by_text("政府将为月入少于8000元的人士供款。")["少于8000元"].subject == "人士"


def test_a_list_of_names_after_a_colon_holds_figures_its_introduction_measures():
    """前十名股东：华宇科技4.56%、东方电子4.27%…: each name holds its figure; the measure is before the colon (not
    成绩：跳远7米、跳高2米, whose items are measures)."""
    found = by_text("该基金现身5家公司的前十名股东：华宇科技4.56%、东方电子4.27%、德信能3.99%、北辰集团3.37%。")
    assert {found[f].metric for f in ("4.56%", "4.27%", "3.99%", "3.37%")} == {"前十名股东"}
    assert [found[f].subject for f in ("4.27%", "3.99%")] == ["东方电子", "德信能"]
    lifts = by_text("他的成绩：跳远7米、跳高2米、三级跳15米。")
    assert (lifts["7米"].metric, lifts["2米"].metric) == ("跳远", "跳高")


def test_a_clause_ending_on_its_noun_may_introduce_a_list_of_names():
    """某应用会员分三档定价，基础版29元/月、高级版59元/月…: the tiers hold the prices the clause before names."""
    found = by_text("某应用会员分三档定价，基础版29元/月、高级版59元/月、旗舰版129元/月。")
    assert [(found[f].metric, found[f].subject) for f in ("59元/月", "129元/月")] == [
        ("定价", "高级版"), ("定价", "旗舰版")]


def test_an_item_of_a_list_of_names_may_restate_its_figure_in_brackets():
    """某应用会员分三档定价，基础版8美元/月（约57元/月）、进阶版20美元/月（约143元）…: the tiers hold their prices."""
    found = by_text("某应用会员分三档定价，基础版8美元/月（约57元/月）、进阶版20美元/月（约143元）、"
                    "旗舰版100美元/月（约715元）。")
    assert [(found[f].metric, found[f].subject) for f in ("20美元/月", "100美元/月")] == [
        ("定价", "进阶版"), ("定价", "旗舰版")]


def test_a_rate_noun_after_the_phrase_is_part_of_the_measure():
    """经验阈值是：利润增速跌破25%: the rate of 利润 is measured; after a name the rate alone (华为 holds it)."""
    assert by_text("经验阈值是：利润增速跌破25%。")["跌破25%"].metric == "利润增速"
    found = by_text("在存量市场中，华为增速只有3.2%。")["3.2%"]
    assert (found.metric, found.subject) == ("增速", "华为")


def test_an_aspect_word_alone_is_no_metric():
    """长途方面，分别为…: 方面 turns the talk to an aspect; it measures nothing."""
    found = by_text("各线路票价已公布，长途方面，分别为人民币1,200元及人民币800元。")
    assert "方面" not in {found["人民币1,200元"].metric, found["人民币800元"].metric}


def test_places_that_move_with_no_measure_named_are_measured_by_the_verb():
    facts = by_text("今年前三季度，佛山、东莞分别增长4.2%和3.1%。")
    assert [(facts[t].metric, facts[t].subject) for t in ("4.2%", "3.1%")] == [("增长", "佛山"), ("增长", "东莞")]


def test_net_buying_is_a_verb_not_a_qualifier_and_pre_tax_profit_is_a_measure():
    facts = by_text("投信昨日買超台股36.2億元。今年上半年，產險業稅前獲利達410億元。")
    bought, profit = facts["36.2億元"], facts["410億元"]
    assert (bought.qualifier, profit.metric) == ("exact", "產險業稅前獲利")


def test_a_clause_that_takes_something_out_of_a_measure_is_a_condition_not_a_topic():
    facts = by_text("今年前8个月，全省工业投资同比增长4.1%；扣除价格因素影响，实际增长5.3%。")
    assert facts["5.3%"].metric == "全省工业投资"


def test_hong_kong_index_short_names_and_the_close_leave_the_index_the_mover():
    facts = by_text("恒指收市升215點，國指升1.2%。")
    assert [(facts[t].metric, facts[t].subject) for t in ("215點", "1.2%")] == [("升", "恒指"), ("升", "國指")]


def test_a_time_that_opens_a_phrase_is_its_period_not_part_of_its_metric():
    facts = by_text("本季度某某新能源交付量为3.2万辆，上季度公司营收增长6%。")
    assert (facts["3.2万辆"].metric, facts["6%"].metric) == ("新能源交付量", "公司营收")


def test_the_level_a_change_reaches_is_not_measured_by_a_rate_noun():
    facts = by_text("消防处去年预算为30亿元。消防处的开支多年上升，今年度增幅收窄，仍上调6.3%至31.9亿元。")
    assert (facts["6.3%"].metric, facts["31.9亿元"].metric) == ("增幅", "预算")


def test_a_price_per_an_amount_of_a_unit_keeps_its_measure_and_a_week_of_a_month_dates_it():
    facts = by_text("5月第2周，早籼稻收购价为每50公斤128元。")
    assert (facts["128元"].metric, facts["128元"].period) == ("早籼稻收购价", "5月第2周")


def test_patients_counted_are_the_metric_not_a_predicate_cut_inside_the_word():
    facts = by_text("上周新增9宗个案，其中2名患者仍在医院。")
    assert facts["2名"].metric == "患者"


def test_hong_kong_property_verbs_name_the_units_they_count():
    facts = by_text("某新盘周末加推88伙，连同之前累积沽出412伙。")
    assert (facts["88伙"].metric, facts["412伙"].metric) == ("加推", "沽出")


def test_a_verb_of_what_a_thing_costs_stands_between_it_and_its_price():
    facts = by_text("景区门票需要120元，缆车票价需要35元。")
    assert (facts["120元"].metric, facts["35元"].metric) == ("景区门票", "缆车票价")


def test_a_comparison_with_the_day_before_is_no_metric_and_a_bond_tenor_is_part_of_one():
    facts = by_text("离岸人民币报7.2013，较上一交易日涨48个基点。5年期国债收益率下行4个基点。")
    assert facts["48个基点"].metric == facts["7.2013"].metric
    assert facts["4个基点"].metric == "5年期国债收益率"


def test_an_exchange_rate_is_one_fact_named_by_its_currency_pair_or_by_its_own_name():
    facts = by_text("当日汇率为1英镑兑9.12元人民币。")
    assert [(f, facts[f].metric) for f in facts] == [("9.12元人民币", "汇率")]
    facts = by_text("昨日收市时，1英镑兑9.12元人民币。")
    assert [(f, facts[f].metric) for f in facts] == [("9.12元人民币", "英镑兑")]


def test_a_length_a_rule_requires_is_a_figure_measured_by_the_act_before_it():
    facts = by_text("申请人须在本市缴纳公积金满18个月，月收入低于平均工资的1.5倍。")
    months = facts["18个月"]
    assert (months.metric, facts["1.5倍"].period) == ("缴纳公积金", "")
    facts = by_text("在本市工作满5年的人士可申请。")
    assert (facts["5年"].metric, facts["5年"].subject) == ("工作", "人士")


def test_a_rate_that_speeds_up_is_a_change_of_the_rate_and_a_prefix_stays_in_its_metric():
    facts = by_text("出口同比增长4.2%，增速比上月加快0.8个百分点；非能源价格上涨1.1%，增幅放缓0.3个百分点。")
    speed, slow = facts["0.8个百分点"], facts["0.3个百分点"]
    assert (speed.metric, speed.value, slow.metric, slow.value) == ("增速", 0.8, "增幅", -0.3)
    assert facts["1.1%"].metric == "非能源价格"


def test_a_rate_compared_with_a_time_alone_is_the_rate_that_changed():
    # 同期 after 比 only says when: the rate before 比 is what sped up, not the level the sentence opened with
    facts = by_text("前两个月，全县发电量为8.6亿千瓦时，同比增长5.2%，增速比上年同期加快2.3个百分点。")
    assert facts["2.3个百分点"].metric == "增速"
    assert facts["5.2%"].metric == "全县发电量"


def test_a_verb_between_two_figures_of_a_clause_names_the_second_but_a_verb_of_the_level_reached_does_not():
    facts = by_text("以一名60岁男性为例，存入50万元每月可领取2600元；该指数从31.5%一路升到36.2%。")
    assert (facts["50万元"].metric, facts["2600元"].metric) == ("存入", "领取")
    assert facts["36.2%"].metric == facts["31.5%"].metric == "指数"


def test_a_count_counts_the_word_glued_after_its_classifier_whatever_jieba_tags_it():
    # 层次/m and 合同/a: jieba's tags of two nouns right after a classifier
    facts = by_text("该报告把风险区分为三个层次。该行去年签下28份合同。")
    assert (facts["三个"].metric, facts["28份"].metric) == ("层次", "合同")


def test_a_move_after_a_quote_is_named_by_its_verb_not_by_the_quote_word():
    facts = by_text("该股收涨2.1%，报18.36元，近三日累涨7.4%。")
    assert (facts["18.36元"].metric, facts["7.4%"].metric) == ("报", "累涨")


def test_a_clause_with_no_subject_of_its_own_goes_on_with_the_subject_of_the_clause_before_it():
    facts = by_text("据行业协会统计，上月柴油和航煤库存均明显回升，分别增加52万桶和18万桶。")
    assert facts["52万桶"].metric == facts["18万桶"].metric == "柴油和航煤库存"


def test_a_count_after_a_name_counts_the_noun_an_earlier_count_of_its_classifier_named():
    facts = by_text("上月，翠湖花园有12宗交易，平均呎价为1.5万元；碧涛轩亦有5宗，平均呎价为1.3万元。")
    assert facts["12宗"].metric == facts["5宗"].metric == "交易"


def test_a_clause_that_opens_on_its_own_measure_does_not_carry_the_measure_of_the_clause_before():
    facts = by_text("该基金约六成款项用于退税，一成半则用作援助低收入家庭，专项津贴如水费补助占17%。")
    assert facts["17%"].metric == "专项津贴"


def test_a_share_that_opens_on_a_threshold_inside_a_noun_phrase_measures_what_stands_before_it():
    assert by_text("新规对含糖量超5%的饮料征收附加税。")["超5%"].metric == "含糖量"


def test_a_verb_before_a_count_past_adverbs_names_it_and_to_of_getting_is_no_level():
    facts = by_text("全场篮板41个，助攻27次，失误仅9次。他首节出场，得到19分。")
    assert (facts["9次"].metric, facts["19分"].metric) == ("失误", "得到")


def test_exports_of_services_named_by_a_verb_jieba_tags_are_a_measure():
    facts = by_text("今年首季货物出口按年上升3.6%，服务输出上升5.9%。")
    assert facts["5.9%"].metric == "服务输出"


def test_a_time_jieba_cuts_in_two_after_a_comparison_cue_is_passed_to_the_cue():
    # 较/d 上/f 月/m 预测: what is compared is the forecast of the month before; what changed is the rate before 较
    facts = by_text("机构预计今年全球铜需求将增加45万吨，增速较上月预测下调0.3个百分点。")
    assert facts["0.3个百分点"].metric == "增速"


def test_a_kind_before_a_move_after_a_measure_written_after_a_kind_names_another_kind_of_that_measure():
    facts = by_text("按商品类别分析，家电类商品的销售额按年下跌7.5%，文具上升2.1%，日化用品下跌0.6%；"
                    "出口的增速为5%，进口增长3%。")
    assert facts["7.5%"].metric == facts["2.1%"].metric == facts["0.6%"].metric == "销售额"
    assert facts["3%"].metric == "进口"  # a measure is no kind of the one before


def test_a_move_of_shares_with_an_adverb_jieba_glues_to_it_goes_on_with_the_mover_before():
    assert by_text("亚太股市开盘后，某电池股早盘走弱，现跌近6%。")["近6%"].metric == "现跌"


def test_the_group_a_rank_is_among_is_not_what_it_ranks():
    facts = by_text("该厂去年出口增速为13.7%，在全省纺织厂中位居第二。")
    assert facts["第二"].metric == facts["13.7%"].metric == "出口增速"


def test_what_an_adjustment_removes_is_no_topic_of_the_figure_after_it():
    facts = by_text("前三季度全省生产总值同比增长8.2%。消除基数因素，两年平均增长为3.9%。")
    assert facts["3.9%"].metric == "全省生产总值"


def test_a_rate_named_after_a_change_names_it_where_no_measure_stands_before_it():
    assert by_text("受需求回暖带动，上季迎来2.6%的按季增长。")["2.6%"].metric == "增长"
    assert by_text("某交易所指数盘中录得近7%的罕见跌幅。")["近7%"].metric == "跌幅"  # a traded index holds it
    assert by_text("该市写字楼租金上季录得2.6%的按季增长。")["2.6%"].metric == "写字楼租金"


def test_the_act_before_a_linking_word_of_level_names_a_figure_nothing_else_names():
    assert by_text("某培训机构停业，估计欠费高达9亿元")["9亿元"].metric == "欠费"


def test_in_prose_the_subject_of_the_clause_before_comes_before_a_label_above():
    facts = by_text("某药企股价近两日大涨\n上周甲油和乙油库存均意外回升，分别增加15万桶和27万桶。")
    assert facts["15万桶"].metric == facts["27万桶"].metric == "甲油和乙油库存"


def test_a_dash_links_a_measure_to_its_value_like_a_colon():
    assert by_text("据测算，该业务对应的估值——3150亿元，高于市场预期。")["3150亿元"].metric == "估值"


def test_a_verb_jieba_cut_after_a_one_character_morpheme_is_read_whole():
    assert by_text("多家航企集體淪陷巨虧逾40億")["逾40億"].metric == "巨虧"


def test_a_ranking_runs_on_past_the_prose_between_its_ranks():
    facts = by_text("周三美股成交额第1名亚马逊收跌2.15%，成交83.6亿美元。亚马逊周三推出售价999美元的新手机。\n"
                    "分析师表示:“对这次的发布相对失望,因为价格只比之前的型号低了500美元。”\n"
                    "第2名英特尔收涨1.07%，成交61.2亿美元。")
    assert facts["第2名"].metric == facts["第1名"].metric == "成交额"


def test_a_vague_noun_glued_after_a_verb_is_named_with_it():
    assert by_text("她的跳远成绩为6米48。")["6米48"].metric == "跳远成绩"


def test_a_verb_cut_after_a_unit_of_time_is_read_whole_but_not_after_a_date():
    assert by_text("年入9亿，一家县城超市的生意经")["9亿"].metric == "年入"
    assert by_text("2023年亏500万，次年转盈")["500万"].metric != "年亏"


def test_a_verb_jieba_cut_from_its_direction_names_the_figure():
    found = by_text("某队险胜\n昨晚，后卫甲某全场砍下41分。")
    assert found["41分"].metric == "砍下"  # 砍/v 下/f, not the headline


def test_a_headline_names_no_change_of_the_lead():
    found = by_text("杂粮行情\n松源县、柳河市分别增长3%和5%。")
    assert found["3%"].metric == found["5%"].metric == "增长"
    assert by_text("杂粮行情\n松源县在全省排第三。")["第三"].metric != "杂粮行情"  # nor a rank


def test_a_move_of_shares_after_a_noun_that_names_no_measure_is_named_by_its_verb():
    found = by_text("收市\n芯片股受压，云帆科跌超12%。银价涨2%，成交数字较上年大跌三成，出口按年跌4%。")
    assert found["超12%"].metric == "跌"  # a name the entity stage missed moves, it measures nothing
    assert (found["2%"].metric, found["三成"].metric, found["4%"].metric) == ("银价", "成交数字", "出口")


def test_a_verb_right_before_a_count_that_closes_a_list_item_names_it():
    found = by_text("某队夺冠\n主攻手甲某全场拿下29分，其中扣球得分24分、拦网得分5分。")
    assert found["24分"].metric == found["5分"].metric == "得分"


def test_a_ranking_a_rank_sits_in_is_what_it_ranks_on():
    found = by_text("某队夺冠\n某队在联赛积分榜中位列第三。")
    assert found["第三"].metric == "联赛积分榜"


def test_a_verb_alone_after_a_measure_at_its_clause_end_is_the_event_measured():
    found = by_text("某队夺冠\n她第一次试举便完成90公斤推举，随后放弃。")
    assert found["90公斤"].metric == "推举"


def test_a_measure_glued_to_the_thing_it_picks_out_measures_the_noun_before_it():
    found = by_text("铺市\n一个实用面积430呎商铺以510万元易手。")
    assert "面积" in found["430呎"].metric


def test_a_figure_under_a_headline_takes_the_running_metric_before_the_headline():
    found = by_text("某地房市\n第三季全市签约套数为2.1万套，季减4%。各县中，松源县签约套数最多，达0.6万套。")
    assert found["0.6万套"].metric == found["2.1万套"].metric != "某地房市"


def test_a_move_after_a_move_is_named_by_its_own_verb():
    found = by_text("午盘\n7月8日金达股份涨超4%，近期已反弹近18%。")
    assert (found["超4%"].metric, found["近18%"].metric) == ("涨", "反弹")


def test_the_level_a_move_reaches_measures_what_the_level_it_left_did():
    found = by_text("涨价\n纯碱从一年前的900元/吨涨到1500元/吨，某配件价格从约30元一件涨到接近70元。")
    assert found["1500元/吨"].metric == found["900元/吨"].metric
    assert found["接近70元"].metric == found["约30元"].metric == "配件价格"


def test_a_count_of_people_that_moves_names_no_category_after_it():
    found = by_text("人口\n该县常住人口从62万人增加到65万人。")
    assert found["62万人"].metric == found["65万人"].metric == "常住人口"


def test_a_clause_opening_on_the_level_a_move_starts_from_goes_on_with_the_measure_before_it():
    found = by_text("义工\n某区登记的义工人数在近三年，由4200人增至5100人，升幅逾两成。")
    assert found["4200人"].metric == found["5100人"].metric == "义工人数"


def test_a_per_game_average_names_its_figure():
    assert by_text("某队\n本季他场均23.6分。")["23.6分"].metric == "场均"


def test_a_change_of_the_noun_after_its_de_that_closes_the_clause():
    found = by_text("氢能\n预计该省每年新增5GW的制氢产能。")
    assert found["5GW"].metric == "制氢产能"


def test_a_names_figure_after_its_de_goes_on_with_the_measure_before_it():
    found = by_text("市场\n某年，蓝鲸食品以2.1%的市占率居首，高出星河集团的1.5%、金达股份的0.9%。")
    assert found["1.5%"].metric == found["0.9%"].metric == "市占率"


def test_a_count_before_ranking_first_measures_what_the_sentence_counts():
    found = by_text("手机\n今年全球手机出货量达11亿支。蓝鲸通讯以2.3亿支居冠，星河集团拥有专利1.9万件居首。")
    assert found["2.3亿支"].metric == found["11亿支"].metric
    assert found["1.9万件"].metric == "专利"


def test_a_word_that_only_ends_like_a_cue_of_change_names_its_figure():
    # 百公里加速 ends in 加速 but changes nothing: it is the specification measured, not a verb to skip
    found = by_text("试驾\n这款轿车百公里加速5.2秒，最高车速210公里。")
    assert found["5.2秒"].metric == "百公里加速"


def test_a_streak_of_wins_names_itself():
    assert by_text("战报\n球队取得5连胜，排名升至第二。")["5连胜"].metric == "连胜"


def test_shots_on_target_name_their_count():
    # jieba cut 射正 into 射/v 正/d, so the count went on with the shots before it
    found = by_text("战报\n客队射门11次，其中射正4次。")
    assert found["4次"].metric == "射正"


def test_an_adverb_before_a_verb_that_names_a_measure_opens_the_phrase_after_a_sum():
    # 经常/d 开支/v: jieba tags the spending a verb, so the phrase after the sum stopped at the adverb
    found = by_text("县长宣布动用30亿元经常开支推出五项新措施。")
    assert found["30亿元"].metric == "经常开支"


def test_a_part_of_a_breakdown_after_its_opener_is_named_by_its_predicate():
    # a fraction, or a count after 其中 or 当中, that opens its clause is a part: what it is follows it
    found = by_text("某厂去年卖出300万台洗衣机，其中近三分之一销往东南亚。")
    assert found["近三分之一"].metric == "销往东南亚"
    found = by_text("已申报的40个项目中，当中有9个在上半年已经完工。")
    assert "完工" in found["9个"].metric
    found = by_text("该区规划了5000个车位，其中1200个已经启用。")
    assert found["1200个"].metric == "已经启用"


def test_the_second_term_of_a_score_measures_what_the_first_does():
    # 3比1击退对手: the figure after 比 is the other side's score, not the act that follows it
    found = by_text("决赛中，甲队以3比1击退乙队，夺得冠军。")
    assert found["1"].metric == found["3"].metric


def test_a_kind_in_a_list_of_parallel_clauses_takes_the_measure_of_the_first():
    # 乙区, 丙区 follow 甲区 with a verb like the first clause's: kinds holding the same measure, not its name
    found = by_text("一季度，甲区社会消费品零售总额增长6%，乙区增长4%，丙区下降1%。")
    assert found["4%"].metric == found["1%"].metric == "社会消费品零售总额"
    found = by_text("今年理科平均分介于60分至85分，文科的介于55分至80分。")
    assert found["55分至80分"].metric == "平均分"
    # figures after the first in the clause of a kind go on with it; an aside restates a duration, and the end of a
    # range after the aside measures what its start does
    found = by_text("甲馆借书等候时间中位数介乎6星期（1个半月）至30星期；乙馆的介乎3星期（21天）至12星期。")
    assert found["1个半月"].metric == found["30星期"].metric == found["6星期"].metric
    assert all(found[text].metric.endswith("借书等候时间中位数") for text in ("3星期", "21天", "12星期"))
    assert by_text("出口增长5%，进口增长3%。")["3%"].metric == "进口"


def test_the_holders_of_a_list_after_a_lead_go_on_with_the_measure():
    # 领先于/n: jieba tags the cue a noun, which glued it to the name after it; the second holder of the list, no
    # name the entity stage knows, held its figure as if it measured it
    found = by_text("某饮料以3.4%的市占率居首，领先于甲乙饮品的2.1%、丙丁饮品的1.7%。")
    assert found["2.1%"].metric == found["1.7%"].metric == "市占率"
    found = by_text("两项支出分别占营收的20%、利润的30%。")
    assert found["30%"].metric == "利润"


def test_a_days_high_names_its_level_and_not_the_moves_after_it():
    # 早盘/盘初: jieba cut the market times into 早/a 盘/q, and 日高 into two words; a day's extreme names its own level
    found = by_text("某币兑美元早盘刷新日高至6.9312，较日低涨120点，午盘回落。")
    assert found["6.9312"].metric == "日高"
    assert found["120点"].metric == "涨"


def test_an_index_with_its_abbreviation_names_its_quote():
    # 某领先指数XYZ报…: the Latin abbreviation after the index's name hid its ending 指数, so the quote word named it;
    # 领先 (leading) inside a name is no cue of comparison
    found = by_text("某某城市领先指数XYZ最新报172.4点，按周跌0.6%。")
    assert found["172.4点"].metric.endswith("领先指数XYZ")


def test_a_part_after_the_group_it_is_of_is_named_by_its_predicate():
    # the group named before 中, in the figure's clause or the one before: the part's predicate names it
    found = by_text("调查又发现，受访公司中有38%设有年终奖金制度。")
    assert found["38%"].metric == "设有年终奖金制度"
    found = by_text("在40间受访学校中，只有6间表示会增聘教师。")
    assert "增聘教师" in found["6间"].metric


def test_a_count_of_people_that_ends_the_text_is_read_without_error():
    """共有800名员工 as the whole text (a headline, a caption): the population noun ends the text."""
    facts = extract("某厂共有800名员工").facts
    assert [(f.text, f.value) for f in facts] == [("800名", 800)]


def test_a_verb_of_one_character_with_its_aspect_particle_names_the_figure():
    # 赚/v 了/ul 4万多元: the particle 了 glued after the verb shows jieba cut it out of no longer word, so the
    # act names the figure (a verb of change with it still does not: 涨了)
    found = by_text("某团队的周先生去年赚了4万多元，全数捐给学校。")
    assert found["4万多元"].metric == "赚了"


def test_a_generic_word_after_a_time_is_no_topic_of_the_figures():
    # 以近三年数据看: the topic is only the data of a span of time; the figures measure what the sentence opens with
    found = by_text("某省农业投资占全部投资比重有所回升，以近四年数据看，从2027年的近18%，升至去年的24%。")
    assert "近四年数据" not in (found["近18%"].metric, found["24%"].metric)


def test_a_rate_does_not_run_on_to_a_sum():
    # 毛利率 (a rate) measured the percent before; a sum of ten thousand or more after it goes on with the measure
    # named before the rate
    found = by_text("丁业务的收入增长30%，毛利率为15%。去年也是1.2亿，几乎零增长。")
    assert found["1.2亿"].metric == "收入"


def test_the_phrase_a_sentence_opens_with_reaches_past_an_aside():
    # 经营利润（不计汇兑）从…亏: the aside in brackets after the opening phrase glosses it; the phrase still names the
    # figures of its sentence
    found = by_text("乙公司毛利率从21%升到27%。经营利润（不计汇兑）从2029年亏3100万，收窄到2030年亏900万。")
    assert found["3100万"].metric == "经营利润"


def test_a_figure_set_as_a_noun_is_named_by_it():
    # 以六千元为上限: the figure between 以 and 为 is what the noun after 为 names
    found = by_text("申请人的补贴额为每月租金的三成，以六千元为上限。某工厂正以两至三年为周期逐步提升产能。")
    assert found["六千元"].metric == "上限"
    assert found["两至三年"].metric == "周期"


def test_what_an_adjustment_takes_out_is_no_measure():
    # 扣除季节因素实际增长4%: the factor taken out is a condition of the change, which goes on with the measure before
    found = by_text("某县居民人均消费支出1.8万元，增长6%，扣除季节因素实际增长4%。")
    assert found["4%"].metric == found["6%"].metric == "居民人均消费支出"


def test_a_clause_of_its_own_act_and_what_it_takes():
    # 百公里加速仅需4.1秒: the act before 仅需 names its own figure, not the measure of the clause before; 时长 is one
    # noun (jieba cut it into 时/n 长/a)
    found = by_text("这款越野车续航里程为520公里，百公里加速仅需4.1秒。某应用日均使用时长达到95分钟。")
    assert found["4.1秒"].metric == "百公里加速"
    assert "时长" in found["95分钟"].metric


def test_a_part_after_its_group_word_is_named_by_the_clause():
    # 其中外地游客占61%: 其中 opens the part of a breakdown; the noun phrase after it names the share, not the measure
    # of the clause before (nor nothing)
    found = by_text("全年接待游客80万人次，按年增加12%，其中外地游客占61%。")
    assert found["61%"].metric == "外地游客"
    assert by_text("其中外地游客占61%。")["61%"].metric == "外地游客"


def test_a_level_compared_with_is_no_category_of_a_breakdown():
    # 较上月的4.6%有所回升: 有所 is an adverb (somewhat), not 有 and a category; the level compared with measures
    # the same
    found = by_text("某市出口按年增长5.2%，较上月的4.6%有所回升。")
    assert found["4.6%"].metric == found["5.2%"].metric == "出口"


def test_an_act_after_what_a_figure_is_compared_with_names_it():
    # 较原先估算超支约18亿元: a verb of action (no verb of change) right before the figure, after the point of
    # comparison, names the figure; 较前年多12人 still goes on with the measure before
    found = by_text("某隧道工程造价约为90亿元，较原先估算超支约18亿元。某区全年有75人死亡，较前年多9人。")
    assert found["约18亿元"].metric == "超支"
    assert found["9人"].metric == found["75人"].metric


def test_a_quote_per_unit_is_named_by_its_word_not_by_the_unit():
    # 报每盎司1890美元: what the quote is per stands between the quote's word and the figure like a unit
    found = by_text("某地银价报每盎司31美元。某原油期货收报每桶77美元。")
    assert found["31美元"].metric == "银价"
    assert found["77美元"].metric == "收报"


def test_a_parallel_clause_on_the_same_head_noun_names_its_own_measure():
    # 某芯片的CPU性能提升30%，GPU性能提升45%: a phrase ending in the head noun of the measure before is another
    # measure, not another kind of it (甲类商品的销售额下跌8%，乙类上升2% still carries 销售额)
    found = by_text("某款新芯片的CPU性能较上代提升30%，GPU性能提升45%，续航提升20%。")
    assert [found[t].metric for t in ("30%", "45%", "20%")] == ["CPU性能", "GPU性能", "续航"]


def test_a_sum_spent_on_a_purpose_is_named_by_the_act():
    # 拟投资25亿元兴建新厂: the verb phrase glued after the sum says what for; the act before it names the sum (a noun
    # glued after it still does: 增加了8000元成本)
    found = by_text("丙公司拟投资25亿元兴建新厂。某行去年增加了6000元成本。")
    assert found["25亿元"].metric == "投资"
    assert found["6000元"].metric == "成本"


def test_a_grant_per_household_is_named_by_its_verb():
    # 每户可获发2,500元: 获发 is one verb (jieba cut 可获/发), which names the grant, not the households counted before
    found = by_text("预计约有12万个家庭受惠，每户可获发2,500元。")
    assert found["2,500元"].metric == "获发"


def test_a_difference_after_a_directed_comparison_measures_what_is_compared():
    # 增速高于全省平均水平1.7个百分点: after 高于 (a cue that says which way) the figure right after what is compared
    # with is the difference of the measure before the cue; 比平均数2940元低 keeps the level of what is compared
    found = by_text("某县工业总产值增长7.4%，增速高于全省平均水平1.7个百分点。")
    assert found["1.7个百分点"].metric == "增速"


def test_a_sum_after_an_act_on_a_name_is_named_by_the_act():
    # 外資昨日賣超台股93億元: the market after the verb is what the act is done on; the act names the sum (a measure
    # after the verb still names it: 公布某基金认购起点金额为10万元)
    found = by_text("外資昨日賣超台股93億元。")
    assert found["93億元"].metric == "賣超"


def test_a_cue_of_comparison_tagged_an_adjective_is_still_the_cue():
    # 落后乙公司4个百分点: jieba tags 落后 an adjective; it is the cue, not an adjective to pass over, so the difference
    # measures what the clause before measured, not the company compared with
    found = by_text("甲公司市占率为17%，落后乙公司4个百分点。")
    assert found["4个百分点"].metric == found["17%"].metric


def test_verbs_a_common_noun_leads_are_the_head_of_its_phrase():
    """住宅买卖登记, 土地出让: a noun and the verbs glued after it, then a linking word and the figure, name one
    measure (the verbs are its head, not a predicate); the words before the noun are whose."""
    assert by_text("上月住宅买卖登记录得5234宗。")["5234宗"].metric == "住宅买卖登记"
    assert by_text("今年首季土地出让累计达86宗。")["86宗"].metric == "土地出让"
    assert by_text("该区写字楼租赁成交多达320宗。")["多达320宗"].metric == "写字楼租赁成交"
    # a predicate is no head: a verb with its aspect (授予了), a verb of level before a copula, a name's act
    assert by_text("公司向合作方授予了约6亿元的股权。")["约6亿元"].metric != "合作方授予"
    assert "厘定" not in by_text("收购价格按协议厘定为12亿元。")["12亿元"].metric
    assert by_text("上月住宅买卖登记录得5234宗，按月增加12%。")["12%"].metric == "住宅买卖登记"


def test_an_adjective_glued_before_a_noun_opens_the_phrase():
    """先进制程, 固定电话用户: an adjective of two characters glued before the noun is part of the measure, and the
    phrase starts there (该集团 before it is whose); an adjective of degree or after a verb is not (高达惊人的)."""
    assert by_text("该厂先进制程产能占比提高至40%。")["40%"].metric == "先进制程产能占比"
    assert by_text("该集团先进制程营收占比达到六成。")["六成"].metric == "先进制程营收占比"
    assert by_text("年末全市固定电话用户为35万户。")["35万户"].metric == "固定电话用户"
    assert by_text("公司的毛利率高达惊人的61.5%。")["61.5%"].metric == "毛利率"


def test_a_score_is_named_by_the_result_after_it():
    """以3比1击败, 以1:3不敌, 以2比0战胜/n: both terms of a score are named by the verb of the result right after the
    second term, not by the team before it; a ratio with nothing after it keeps its name (男女比例为3:2)."""
    scores = (("主队以3比1击败客队。", "3", "击败"), ("决赛中，该队以21比17取胜。", "21", "取胜"),
              ("乙队在主场以1:3不敌丙队。", "1", "不敌"), ("甲队最终以2比0战胜乙队。", "2", "战胜"))
    for sentence, first, result in scores:
        found = extract(sentence).facts
        assert [f.metric for f in found] == [result, result], sentence
        assert found[0].text == first
    assert [f.metric for f in extract("该班男女比例为3:2。").facts] == ["男女比例", "男女比例"]


def test_a_verb_of_one_character_after_an_adverb_names_the_figure():
    """买家先押80亿美元, 又赚3万元, 已投5亿元: a one-character verb glued after an adverb is a word of its own and
    names the sum (not the holder the sentence opens with); a modal (将会再加) or 占 (仅占32%: the share's total) is
    not one."""
    assert by_text("买家先押80亿美元，订单不可退回。")["80亿美元"].metric == "押"
    assert by_text("该基金已投5亿元。")["5亿元"].metric == "投"
    assert by_text("他上月又赚3万元。")["3万元"].metric == "赚"
    found = by_text("中年选民占新增选民的52%，青年选民则仅占32%。")
    assert found["32%"].metric != "占"


def test_the_aspect_a_sentence_opens_on_names_a_sum_its_holder_would():
    """资本开支方面，集团维持…120亿元: where the figure's own clause gives only whose it is (集团, 公司), the measure
    the sentence opens on with 方面 names it; an aspect that is itself a holder or a place (商户方面, 内地方面) is
    whose, and a count still counts its class (全港36万间企业)."""
    assert by_text("资本开支方面，集团维持今年120亿元的目标不变。")["120亿元"].metric == "资本开支"
    assert by_text("研发投入方面，公司去年共计投入45亿元。")["45亿元"].metric != "公司"
    assert by_text("内地方面，该集团上半年录得120亿元。")["120亿元"].metric != "内地"
    assert by_text("薪俸税方面，全港36万间企业中，八成毋须缴税。")["36万间"].metric == "企业"


def test_a_unit_split_off_the_price_after_it_is_part_of_the_noun():
    """jieba reads 克价 as 克/m 价/n: the price per gram is one noun, and it wins over a metric of the clause before."""
    found = by_text("当日现货白银升穿50美元大关，国内银饰克价突破12元。")
    assert found["突破12元"].metric == "银饰克价"
    assert by_text("本港牛肉斤價升至80元。")["80元"].metric == "牛肉斤價"
    assert by_text("国际油价突破80美元，国内汽油吨价上调200元。")["200元"].metric == "汽油吨价"
    assert by_text("鋼材噸價較上月下跌150元。")["150元"].metric == "鋼材噸價"
    assert by_text("买入10克价格为9800元。")["9800元"].metric == "价格"  # 10克 is a figure, not what it is per


def test_a_per_unit_base_written_again_names_no_new_measure():
    """售价…每公斤52元，…每公斤31元: the second 每公斤 repeats what the price is per; the price runs on."""
    found = by_text("本地活雞售價3月達到每公斤52.5元，本月曾跌至谷底，每公斤31.2元。")
    assert found["31.2元"].metric == "活雞售價"
    assert by_text("豬肉批發價上周為每斤18元，本周已回落，每斤16元。")["16元"].metric == "豬肉批發價"
    assert by_text("鸡蛋零售价上月为每斤6元，至本月中，每斤5.2元，跌13%。")["5.2元"].metric == "鸡蛋零售价"
    assert by_text("公司营收120亿元，转让：每股仅3元。")["3元"].metric == "每股"  # a base of its own still names it


def test_a_copula_jieba_glues_to_a_noun_tagged_price_is_no_part_of_the_metric():
    """转让/v 价为/n: jieba's unknown word of 价 and the copula, tagged a noun; 价 after a verb is one noun with it."""
    assert by_text("该股转让价为每股5元。")["5元"].metric == "转让价"
    assert by_text("回購價為每股10元。")["10元"].metric == "回購價"
    assert by_text("上述股份转让价达12亿元。")["12亿元"].metric.endswith("转让价")
    assert by_text("本次收购价为每股8元，较市价溢价20%。")["8元"].metric == "收购价"


def test_a_predicate_cut_inside_a_figure_is_no_category():
    """分别录得2 of 分别录得2,300宗: the thousands comma is no clause's end; the count after 分别 takes the measure
    named before it, and a slice of the figure is never a metric."""
    for text in ("上月甲區及乙區的成交量均上升，兩區分別錄得2,300及1,800宗。",
                 "今年甲乙两镇的新生儿数目均下降，两镇分别录得1,250及1,040名。",
                 "兩間分行的新開戶數目上升，兩行分別錄得3,600個及2,900個。"):
        for fact in extract(text).facts:
            assert not any(ch.isdigit() for ch in fact.metric), (text, fact.text, fact.metric)
    found = by_text("上月甲區及乙區的成交量均上升，兩區分別錄得2,300及1,800宗。")
    assert found["2,300"].metric == found["1,800宗"].metric == "成交量"


def test_a_unit_jieba_cuts_from_its_per_is_no_measure():
    """升至每/zg 安士/ns: 每 and its unit cut apart say what the price is per, as 每桶 does as one word."""
    cases = {"金價昨日急升，金價升至每安士2,100美元。": ("2,100美元", "金價"),
             "金价升至每盎司2100美元。": ("2100美元", "金价"),
             "現貨銀價跌至每安士23美元，按日跌1.5%。": ("23美元", "銀價")}
    for text, (figure, metric) in cases.items():
        assert by_text(text)[figure].metric.endswith(metric), text


def test_a_price_verb_linked_to_its_per_unit_base_names_the_price():
    """开价/v 为每平方米3万元: the verb of the price linked by 为 or 是 names it; what the price is per does not."""
    cases = {"该楼盘开价为每平方米3万元。": ("3万元", "开价"),
             "該盤開價為每平方呎2.5萬元。": ("2.5萬元", "開價"),
             "甲苑上月开售，开价为每平方米3万元，较邻盘低一成。": ("3万元", "开价")}
    for text, (figure, metric) in cases.items():
        assert by_text(text)[figure].metric == metric, text


def test_a_sum_before_a_plan_after_it_measures_the_plan():
    """推出最高…的購回計劃: a plan or a document after the figure and 的 is what the sum is the size of; 计划, which
    ends the names of schemes that hold figures, holds none after its own figure (the verb before is no metric)."""
    cases = {"甲公司推出最高50億港元的購回計劃。": ("最高50億港元", "購回計劃"),
             "乙公司董事会批准最高20亿美元的股份购回计划。": ("最高20亿美元", "股份购回计划"),
             "丁公司推出最高5亿元的员工认股计划。": ("最高5亿元", "员工认股计划"),
             "丙銀行公布最多80億元的購回計劃。": ("最多80億元", "購回計劃")}
    for text, (figure, metric) in cases.items():
        assert by_text(text)[figure].metric == metric, text


def test_a_level_broken_through_is_named_by_what_breaks_it():
    """首/m 破/v, 再/d 破/v: jieba cuts the verb of a level broken through off its adverb; the measure before it names
    the level (as before 突破), and a level reached stays an amount."""
    cases = {"8月5日全省用電高峰負荷首破9.8亿千瓦，刷新纪录。": ("9.8亿千瓦", "負荷"),
             "全市用水量首破300万吨。": ("300万吨", "全市用水量"),
             "本港單日入境人次再破25萬。": ("25萬", "入境人次")}
    for text, (figure, metric) in cases.items():
        fact = by_text(text)[figure]
        assert fact.metric.endswith(metric) and fact.role == "amount", (text, fact.metric)


def test_a_sum_after_a_verb_of_carrying_out_is_named_by_the_act_closing_its_clause():
    """完成120亿元发行，: the act after the sum is what 完成 carries out, and names the sum, rather than the running
    metric of the sentence before or whose sum it is."""
    cases = {"某银行去年净利润增长5%。该行去年共完成120亿元发行。": ("120亿元", "发行"),
             "乙公司股价大涨。丙公司2月完成50亿美元发行，创下纪录。": ("50亿美元", "发行"),
             "某基金上月規模縮水。該基金本月進行2億元贖回。": ("2億元", "贖回")}
    for text, (figure, metric) in cases.items():
        assert by_text(text)[figure].metric == metric, text
    assert by_text("某市去年完成基建投资500亿元，同比增长8%。")["500亿元"].metric == "基建投资"


def test_a_record_in_the_clause_before_names_no_move_after_it():
    """创三个月低位，全日跌400点: the record the clause before reached is no topic of the move after it (D29: it names
    its own span), and a level broken through (下破) names only its own figure; the move is named by its verb."""
    found = by_text("恒指收報17,500點，創三個月低位，全日跌400點。")
    assert found["400點"].metric == "跌"
    found = by_text("某国十年期债息盘初下破3.90%，刷新8月以来低位，尾盘时约为3.92%，日内降约4个基点。")
    assert found["约4个基点"].metric == "降"
    found = by_text("丙指數收報3,200點，創六周高位，全日升45點。")
    assert found["45點"].metric == "升"


def test_holders_listed_after_qizhong_take_the_measure_of_the_total():
    """其中 opens the parts of a total: a name glued to its figure holds it, the measure is the total's (the name
    taken for the measure was the error), in either script, the unit of later items may be left unsaid."""
    found = by_text("今年全市教育经费共12亿元，其中朝阳区5000万元、海淀区4000万元。")
    assert found["5000万元"].metric == found["4000万元"].metric == "全市教育经费"
    found = by_text("昨日新增確診病例120宗，其中沙田區45宗、觀塘區30宗、屯門區20宗。")
    assert found["45宗"].metric == found["30宗"].metric == found["20宗"].metric == "病例"
    found = by_text("本届运动会奖牌总数300枚，当中中国队88枚、美国队76枚。")
    assert found["88枚"].metric == found["76枚"].metric == "奖牌"
    found = by_text("本輪融資共投入2億元，每股8.50元；其中紅杉8000萬元、高瓴6000萬、華南分銷商大某某3000萬等。")
    assert [found[t].metric for t in ("8000萬元", "6000萬", "3000萬")] == ["投入"] * 3  # (每股8.50元 is no total)
    assert found["8000萬元"].subject == "紅杉"


def test_names_before_fenbie_hold_the_figures_the_verb_after_it_names_them():
    """甲、乙分别增长…: the names before 分别 (各) hold the figures spread over them; the measure is the figure before's
    in the same unit, or else the verb after 分别, never a holder's name (both scripts)."""
    found = by_text("今年两家公司营收均有增长，甲公司、乙公司分别增长8.5%和6%。")
    assert found["8.5%"].metric == found["6%"].metric == "增长"
    found = by_text("昨日新增确诊病例120例，朝阳区、海淀区分别有45例和30例。")
    assert found["45例"].metric == found["30例"].metric == "病例"
    found = by_text("上季度，甲銀行與乙銀行分別減少3.2%及1.5%。")
    assert found["3.2%"].metric == found["1.5%"].metric == "減少"


def test_a_word_of_change_after_the_figure_names_what_changed():
    """N的利率变动, N不等的降价, N的估值溢价: the words after 的 that make the figure a change name it, not the holder
    or the topic before the figure."""
    assert by_text("部分高息股对25个基点的息率变动反应不大。")["25个基点"].metric == "息率变动"
    assert by_text("部分車型有5,000至20,000元不等的減價。")["5,000至20,000元"].metric == "減價"
    assert by_text("新股上市首日較招股價有約8%的溢價。")["約8%"].metric == "溢價"
    assert by_text("發展商為新盤提供高達一成的折讓。")["一成"].metric == "折讓"


def test_an_effect_on_a_named_measure_keeps_that_measure():
    """约0.4%的负面影响 is an effect on what 对 names before it; with nothing named, the effect names it."""
    assert by_text("汇率对毛利率造成约0.4%的负面影响。")["约0.4%"].metric.startswith("毛利率")
    assert by_text("這次關稅只帶來約0.3個百分點的負面衝擊。")["約0.3個百分點"].metric == "負面衝擊"


def test_holders_before_a_verb_of_change_leave_the_verb_to_name_the_move():
    """甲巴士公司、乙小巴公司加8.5%、9.8%: with no 分别, the holders before the verb are whose moves they are; the
    verb names the move (a word of manner such as 分阶段 stands between like an adverb)."""
    found = by_text("甲巴士公司、乙小巴公司加8.5%、9.8%。")
    assert found["8.5%"].metric == found["9.8%"].metric == "加"
    assert by_text("丙渡轮公司、丁渡轮公司分阶段加价6%。")["6%"].metric == "加价"
    assert by_text("某某車行、某某汽車公司分批減價一成。")["一成"].metric == "減價"


def test_a_sum_or_share_glued_to_the_noun_it_changes_is_named_by_that_noun():
    """環保署大增三成預算, 入境处增加1.2亿元开支, 警务处增2.6亿元购置车辆: a body's sum or share changes the noun
    glued after it (or after its 的) that closes the clause, not the verb before it."""
    assert by_text("環保署大增三成預算。")["三成"].metric == "預算"
    assert by_text("入境处今年增加1.2亿元开支。")["1.2亿元"].metric == "开支"
    assert by_text("警务处增2.6亿元购置车辆，消防处减少4千万元。")["2.6亿元"].metric == "购置车辆"


def test_an_adjective_inside_the_phrase_after_a_figure_stays_in_it():
    """累计/v 最低/a 收入: an adjective glued between the words of the phrase after a figure modifies its noun."""
    assert by_text("按合约下限测算，对应约50亿元累计最低营收。")["约50亿元"].metric == "累计最低营收"


def test_a_figure_spread_by_ge_over_the_clause_before_measures_that_clause():
    """甲项开支、乙项开支，各增八千万元: 各 (like 均) stands between the figure and the topic the clause before
    closes on; that topic, not the verb of change, names the figure."""
    assert by_text("宣传开支、人事开支，今年各增八千万元。")["八千万元"].metric == "人事开支"
    assert by_text("甲区和乙区的投票站，各增设两个。")["两个"].metric == "投票站"


def test_a_verb_of_correspondence_names_nothing():
    """对应 only links a figure to what it corresponds to: the noun phrase after the figure, or the one before 对应,
    names it (not 对应 itself, nor a phrase with 对应 glued to it)."""
    assert by_text("按最低销量测算，对应约70亿美元累计营收。")["约70亿美元"].metric == "累计营收"
    assert by_text("每股盈利对应0.8元。")["0.8元"].metric == "盈利"


def test_a_price_whose_base_is_written_again_keeps_the_measure_of_the_paragraph():
    """某市猪肉售价3月为每斤18元。本月跌至低位，每斤12元: the base written again in a later sentence names no new
    measure; the price before it per the same base runs on."""
    found = by_text("某市猪肉售价3月为每斤18元。本月跌至低位，每斤12元。")
    assert found["18元"].metric == found["12元"].metric == "猪肉售价"
    found = by_text("甲區寫字樓租金上月為每平方呎50元。本月回落，每平方呎46元。")
    assert found["46元"].metric == found["50元"].metric == "甲區寫字樓租金"


def test_a_figure_between_a_verb_of_change_and_its_object_is_the_objects_size_whoever_holds_it():
    """甲辦增兩成預算, 某队增1.2亿购置车辆, 乙区每年新增5GW的用电需求: the noun after the figure (glued, or after
    its 的) names what changed, though the entity stage knows no name in the phrase before the verb; a space ends a
    headline's clause as a comma does. Not where a rate noun stands before the figure (当日跌幅逾9%的剧烈波动)."""
    found = by_text("某年度預算出爐\n甲文化辦增兩成預算推廣藝術　乙消防隊增1.2億購置新型車輛　丙台縮減人手\n")
    assert found["兩成"].metric == "預算推廣藝術"
    assert found["1.2億"].metric == "購置新型車輛"
    found = by_text("乙区估计今后每年新增5至8GW的算力中心供电需求，超出此前估算。")
    assert found["5至8GW"].metric == "算力中心供电需求"
    assert by_text("丁医院联网每年增加800病床名额。")["800"].metric == "病床名额"
    assert by_text("戊县消防队增3亿元购置新型消防车。")["3亿元"].metric == "购置新型消防车"
    found = by_text("该股今年曾录得一天最大升幅6.5%，另有一天跌幅逾9%的剧烈波动。")
    assert "跌幅" in found["逾9%"].metric


def test_a_figure_glued_to_its_own_noun_does_not_carry_an_earlier_sentences_metric():
    """商户在停业期间获八成管理费减免: where nothing else in its sentence names a figure, the noun glued right after
    it does, before the metric of an earlier sentence is carried into it."""
    found = by_text("某市推出十项措施\n乙区上月向长者派发三个月津贴。受影响的商户，在停业期间获八成管理费减免。\n")
    assert found["八成"].metric == "管理费减免"  # the charge and its word of relief (role.effect_span_after)
    found = by_text("甲區商戶去年獲發補貼兩萬元。受影響的商戶，在停業期間獲百分之百差餉寬減。")
    assert found["百分之百"].metric == "差餉寬減"
    assert by_text("某公司营收为80亿元。今年新产品预计增加三成出货。")["三成"].metric == "出货"


def test_what_jiang_or_ba_puts_before_a_verb_of_change_is_the_clauses_own_measure():
    """某航空公司随后将冬季航班的座位供应削减了一成: the object 将 or 把 puts before the verb of change right before
    the figure is what changed, not the measure of the figure in the clause before."""
    found = by_text("某航空公司上月载客量为150万人次，随后将冬季航班的座位供应削减了一成。")
    assert found["一成"].metric == "座位供应"
    assert by_text("丙公司的销量为30万台，随后把该车型的生产目标削减了一半。")["一半"].metric == "生产目标"
    found = by_text("丙公司的銷量為30萬台，隨後把該車型的生產目標削減了一半。")
    assert found["一半"].metric == "生產目標"


def test_a_verb_of_one_character_after_a_time_word_names_its_figure():
    """某公司去年赚8亿元: a verb of one character glued after a time word (jieba's t) is a word of its own, as after
    an adverb, and names the figure it closes on, not the metric of an earlier sentence."""
    found = by_text("乙银行上季获利3.2亿元。丁集团今年亏5000万元，主因原料涨价。")
    assert found["5000万元"].metric == "亏"
    found = by_text("甲商行上季获利2亿元。某某科技去年赚8亿元。")
    assert found["8亿元"].metric == "赚"
    found = by_text("乙銀行上季獲利4.5億元。某某電子去年賺6億元。")
    assert found["6億元"].metric == "賺"
    found = by_text("该店本季赚3万元。")
    assert found["3万元"].metric == "赚"


def test_a_level_after_a_share_move_at_the_close_is_of_the_close_not_the_share_or_the_verb():
    """甲股昨日收市跌3.1%至12.8元: the level reached after a move at the close is the closing price (收市), where a
    share (甲股) or a name in Latin script (XYZ, no noun phrase) is what moved; the move keeps its verb or session."""
    found = by_text("甲股昨日收市跌3.1%至12.8元。")
    assert found["12.8元"].metric == "收市"
    found = by_text("乙股周五收盘涨5%至8.8元。")
    assert found["8.8元"].metric == "收盘"
    found = by_text("某台市值较高，甲乙电视(0999)本周三收市跌0.8%至$21.4。")
    assert found["$21.4"].metric == "收市"
    found = by_text("丙台市值較低，QRS昨日收市升2.6%至$9.1。")
    assert found["$9.1"].metric == "收市"


def test_a_length_after_an_act_on_a_named_body_is_named_by_the_act():
    """加入乙銀行12年: a length right after a verb and the body it acts on measures how long the act has lasted; the
    body is whose it is, not what it measures."""
    assert by_text("王五加入乙銀行12年，現任行政總裁。")["12年"].metric == "加入"
    assert by_text("王五加入乙银行12年。")["12年"].metric == "加入"


def test_a_length_after_an_act_on_a_body_the_entity_stage_missed_is_named_by_the_act():
    """加入某某航空12年, 深耕某地市场十年, 执教甲甲足球会6年: the body may be no recognised name, only words ending in
    an organisation's suffix or a holder word (联盟, 俱乐部, 市场), a pronoun such as 某某 before it; the verb of
    action names the length, in both scripts."""
    assert by_text("某某航空加入星空聯盟12年，一直保持盈利。")["12年"].metric == "加入"
    assert by_text("陳先生加入某某電訊公司15年，現任總經理。")["15年"].metric == "加入"
    assert by_text("丙丙集团深耕东南亚市场十年。")["十年"].metric == "深耕"
    assert by_text("张教练执教某某足球俱乐部6年，带队夺得3个冠军。")["6年"].metric == "执教"


def test_traded_things_in_a_breakdown_of_a_volume_are_its_parts_not_markets_moving():
    """全省能源消费总量增长3%，其中原油下降4%: after 其中 or 当中, a farm product or a fuel that is also traded names a
    part of the measure of volume the sentence opens on (the item is the metric, and the total keeps its own); a
    breakdown of prices, or moves with no 其中, stay markets moving, named by their verbs."""
    found = by_text("全省能源消费总量增长3%，其中原油下降4%，天然气增长11%。")
    assert (found["3%"].metric, found["4%"].metric, found["11%"].metric) == ("全省能源消费总量", "原油", "天然气")
    found = by_text("甲縣糧食產量按年增加6%，當中玉米增加8%，大豆減少1%。")
    assert (found["6%"].metric, found["8%"].metric, found["1%"].metric) == ("甲縣糧食產量", "玉米", "大豆")
    found = by_text("贵金属价格周二齐涨，其中黄金上涨2%，白银上涨3%。")
    assert (found["2%"].metric, found["3%"].metric) == ("上涨", "上涨")
    assert by_text("昨日期货市场走强，黄金上涨2%，白银上涨3%。")["2%"].metric == "上涨"


def test_a_noun_jieba_cut_into_the_preposition_after_it_still_names_the_figure():
    """住宅成/n 交由/v 上月的80宗: jieba glued the last character of 成交 to 由; the noun phrase ends inside that
    token, so the levels of the move keep their measure instead of the running metric of an earlier paragraph."""
    found = by_text("奖金按利润计提，共计1500万元。\n\n某区住宅成交由上月的80宗增至95宗。")
    assert found["80宗"].metric == found["95宗"].metric == "住宅成交"
    found = by_text("乙區寫字樓成交由去年的120宗跌至90宗。")
    assert found["120宗"].metric.endswith("寫字樓成交")


def test_a_byline_or_a_caption_names_no_figure_of_the_paragraph_after_it():
    """Issue 16 item 1: a byline line above a paragraph is no label of its figures (本报记者 某某 通讯员 某某, 文/图
    某某), nor does what a photo's caption counts run into the next paragraph."""
    found = by_text("甲县蔬菜基地喜获丰收\n\n本报记者 李某某 通讯员 张某\n\n增长12%，达到3万吨。\n")
    assert "记者" not in found["12%"].metric and "记者" not in found["3万吨"].metric
    found = by_text("乙市預算案出爐\n\n記者陳某某報道\n\n增加8%至560億元。\n")
    assert "記者" not in found["8%"].metric
    found = by_text("丙隊主場觀眾人數創新高\n\n圖：丙隊球迷在場內打氣，現場約有2萬人。\n\n全季累計增加15%。\n")
    assert found["15%"].metric == "增加"


def test_a_level_after_a_move_at_the_open_is_of_the_open_not_the_verb():
    """北辰能源今日开盘涨4%至12.5元: as at the close (收市), the level a share reaches in a move at the open is the
    opening price (开盘, 開市), not the verb of the move, which names the move alone."""
    found = by_text("北辰能源股份今日开盘涨4%至12.5元。")
    assert (found["4%"].metric, found["12.5元"].metric) == ("涨", "开盘")
    assert by_text("戊能源股周一開市急跌6%至3.2港元。")["3.2港元"].metric == "開市"
    assert by_text("庚銀行今早開盤升2%至18.4元，其後回落。")["18.4元"].metric == "開盤"


def test_a_count_of_kinds_counts_a_vague_noun_glued_after_it():
    """两种情形, 三个方面: a vague noun (情形, 情况, 方面) glued after a count of kinds is what it counts, not a level
    word to pass over for the verb before it (320万台的水平 still names no measure)."""
    assert by_text("这次调整涉及三种情形：第一是新建住宅。")["三种"].metric == "情形"
    assert by_text("該計劃分兩類情況處理。")["兩類"].metric == "情況"
    assert by_text("产量达到320万台的水平。")["320万台"].metric == "产量"


def test_a_clause_opening_on_a_brand_measures_what_the_figure_before_measured():
    """甲款售价…，而Galaxy S30为…: the Latin name is whose figure it is; the measure is the one before it."""
    facts = extract("星耀手機售價約新台幣2.5萬元，而Galaxy S30則為3.1萬元。").facts
    assert [f.metric for f in facts] == ["星耀手機售價", "星耀手機售價"]
    facts = extract("甲款电池容量为5000mAh，iPhone 17 Pro则为4200mAh。").facts
    assert [f.metric for f in facts] == ["甲款电池容量", "甲款电池容量"]
    facts = extract("今年两款车的起售价分别公布：某某汽车为15万元，Tesla为24万元。").facts
    assert facts[-1].metric != "Tesla"
    # an acronym names a measure (GDP, PMI), and a figure of another unit measures something else
    facts = extract("该国CPI上涨2.1%，PMI为50.3。").facts
    assert facts[-1].metric == "PMI"
    facts = extract("乙芯片功耗为15W，Snapdragon X为45 TOPS。").facts
    assert facts[-1].metric != "乙芯片功耗"


def test_a_specification_after_its_verb_measures_the_part_named_after_it():
    """内置, 內建 (jieba: a noun, a place) and 筆電 (cut in two) are the verb and the part of a tech product's
    specification: the figure measures the part written after it, not the verb."""
    assert [f.metric for f in extract("甲款平板内置8000mAh电池。").facts] == ["电池"]
    assert [f.metric for f in extract("乙晶片內建10核CPU。").facts] == ["CPU"]
    assert [f.metric for f in extract("丙公司推出14吋筆電，售價3萬元。").facts][0] == "筆電"


def test_a_league_s_points_jieba_reads_as_an_adverb_are_the_measure():
    """积分/ad 38分: jieba tags a table's points an adverb; they still name what the points measure, not the team."""
    assert by_text("青龙队本赛季积分38分。")["38分"].metric == "积分"
    assert by_text("東區球會今季積分55分，排名第二。")["55分"].metric == "積分"
    assert by_text("飛馬隊目前積分為42分。")["42分"].metric == "積分"


def test_a_count_of_divisions_counts_the_one_character_division():
    """六个县/zg, 十个村, 八个区: a count glued to a division of one character counts it (gold D: 29个省 → 省),
    not the measure of another sentence, nor the divisions' own measure after it."""
    found = by_text("甲市有四所大学。\n六个县粮食产量达300万吨。")
    assert (found["六个"].metric, found["300万吨"].metric) == ("县", "粮食产量")
    assert by_text("乙省十个村集体收入达2000万元。")["十个"].metric == "村"
    assert by_text("河東省今年新增三個鎮。")["三個"].metric == "鎮"
    assert by_text("全省共有29个省级园区。")["29个"].metric == "省级园区"


def test_counts_of_shares_in_brackets_after_a_list_of_companies_take_the_list_s_act():
    """增持甲（300万股）、乙（150万股）: counts in brackets after the items of a list of holdings are named by the
    act that opens the list (新/a 进/v cut in two is one verb), not by the holder or another sentence."""
    found = by_text("该基金一季度增持星河科技（300万股）、瑞丰电力（150万股）和恒远航空（90万股）。")
    assert [found[t].metric for t in ("300万股", "150万股", "90万股")] == ["增持", "增持", "增持"]
    found = by_text("丙基金很看好芯片股。該基金今年新進華泰科技（120萬股）、嘉禾電子（85萬股）。")
    assert [found[t].metric for t in ("120萬股", "85萬股")] == ["新進", "新進"]


def test_a_share_held_by_a_person_named_after_it_takes_the_verb_of_holding():
    """占/v 股/q 45%的某人: jieba cuts 占股 before its classifier; the verb of holding names the share, and the
    person after 的 holds it (a copula after the name opens what is said of the person)."""
    assert by_text("佔股20%的陳大文已辭任董事。")["20%"].metric == "佔股"
    found = by_text("从股权结构看，占股45%的王建国是实际控制人。")
    assert (found["45%"].metric, found["45%"].subject) == ("占股", "王建国")
    assert by_text("持股30%的林志明去年获得分红800万元。")["30%"].metric == "持股"


def test_a_place_before_its_verb_of_change_is_whose_move_it_is():
    """全市增长5.2%, 青山市增长6%，河东省增长4%: where no measure is named, the place before the verb of change holds
    the move and the verb names it (not the place as the metric)."""
    found = by_text("今年首季，全市增長5.2%。")
    assert (found["5.2%"].metric, found["5.2%"].subject) == ("增長", "全市")
    found = by_text("青山市增长6%，河东省增长4%。")
    assert [found[t].metric for t in ("6%", "4%")] == ["增长", "增长"]
    assert by_text("上半年，全省实现增长7.5%。")["7.5%"].metric == "增长"
    assert by_text("今年全市出口增长9%。")["9%"].metric.endswith("出口")  # a measure named: no change


def test_an_idiom_after_a_figure_in_a_ranked_list_names_no_measure():
    """甲以12万辆销量居首，乙9万辆紧随其后/i，丙7万辆位列第三: an idiom after an item's figure says what its holder
    did, neither what the figure measures nor the topic of the next clause; the items go on with the first's measure."""
    found = by_text("按销量计，星河汽车以12万辆销量居首，瑞丰新能源9万辆紧随其后，恒远动力7万辆位列第三。")
    assert [found[t].metric for t in ("12万辆", "9万辆", "7万辆")] == ["销量", "销量", "销量"]
    found = by_text("各區之中，東灣區以1.2億元投資居首，北嶺區9000萬元緊隨其後，南澳區7000萬元排第三。")
    assert [found[t].metric for t in ("1.2億元", "9000萬元", "7000萬元")] == ["投資", "投資", "投資"]
    assert by_text("该报告提出两套大相径庭的方案。")["两套"].metric == "大相径庭的方案"  # an idiom before 的 describes


def test_the_bi_of_a_ratio_glued_to_its_copula_ends_the_metric():
    """师生比为: jieba's dictionary word 比为/d glues a ratio's 比 to the copula; the ratio is the metric, not the
    noun before its 比."""
    assert [f.metric for f in extract("全市师生比为1:15。").facts] == ["全市师生比"]
    assert [f.metric for f in extract("该市城乡居民收入比为2.1:1。").facts] == ["城乡居民收入比"]


def test_the_dimension_of_a_breakdown_is_no_metric_of_the_figures_after_it():
    """按地區別觀察，…: the dimension the figures after it are broken down by (opened by 按/从/就, closed by 观察/看/
    而言) names no measure; before, it was the metric of every figure of its sentence."""
    facts = extract("按地區別觀察，來自日本接單50.3億美元，年增8.2%。").facts
    assert facts and all(f.metric != "地區別" for f in facts)
    assert [f.metric for f in extract("从产品看，手机出口增长5%。").facts] == ["手机出口"]


def test_taking_orders_is_an_act_that_names_its_figure():
    """接单 (taking orders), which jieba tags a conjunction, is a verb of action (userdict.tsv): 来自某国接单N亿美元
    measures the orders taken."""
    assert [f.metric for f in extract("按地區別觀察，來自日本接單50.3億美元。").facts] == ["接單"]
    assert [f.metric for f in extract("该厂今年已接单3000万元。").facts] == ["接单"]


def test_a_ratio_named_with_a_bare_bi_before_a_verb_of_level_keeps_its_name():
    """师生/n 比/p 达到: a 比 glued after a term and followed by a verb of level or change (not by what is compared)
    closes a ratio's name; the term before it is part of the name even where jieba tags it a verb."""
    assert by_text("年报发布。某县城乡居民收入比缩小至2.3。")["2.3"].metric.endswith("城乡居民收入比")
    assert by_text("赛季小结。某队的胜负比升至2.6。")["2.6"].metric == "胜负比"
    assert by_text("年報發布。某電廠的煤電比下降到35%。")["35%"].metric == "煤電比"
    assert by_text("校情通报。全校的床位学生比达到1.4。")["1.4"].metric == "床位学生比"
    # 比 before what is compared stays a comparison
    assert by_text("年报发布。某公司营收比去年增长7%。")["7%"].metric.endswith("营收")


def test_an_earlier_time_compared_with_stands_between_the_measure_and_its_change():
    """比起/v 数月/m 前少/r: the time compared with, closed by 前 (glued to the verb after it or not), is passed over
    like 较去年; the measure before it is what changed."""
    assert by_text("报告发布。该区新房成交量比起数周前少三成。")["三成"].metric.endswith("成交量")
    assert by_text("報告發布。本港入境旅客人次比起疫情前仍少約兩成。")["約兩成"].metric.endswith("旅客人次")
    assert by_text("报告发布。某店会员人数较两年前多四成。")["四成"].metric.endswith("会员人数")
    assert by_text("报告发布。某市二手房挂牌量比起一年前减少15%。")["15%"].metric.endswith("挂牌量")


def test_a_cap_after_a_limited_share_caps_the_measure_not_the_base():
    """某补助不超过造价的50%，最高不超过20万元: the sum after a share set by a verb of limit caps the measure
    named before that verb, not the base after it."""
    found = by_text("报告发布。每户补助金额不超过工程造价的40%，最高亦不超过8万元。")
    assert found["不超过8万元"].metric.endswith("金额")
    found = by_text("報告發布。按揭貸款額不得超過物業估值的六成，最高亦不超過900萬元。")
    assert found["不超過900萬元"].metric.endswith("貸款額")


def test_an_earlier_level_after_a_benchmark_measures_the_sentences_figure_not_the_benchmark():
    """…，超出计划的3000人，上年为2900人: a clause of an earlier time and a copula gives the level the sentence's
    measure had then; a benchmark set up by a verb of comparison in between is not that measure."""
    found = by_text("招生通报。该校今年录取人数为3200人，超出计划的3000人，上年为2900人。")
    assert found["2900人"].metric == "录取人数"
    found = by_text("業績公布。該廠本季出貨量為8萬台，優於財測的7萬台，而上年同期為6萬台。")
    assert found["6萬台"].metric.endswith("出貨量")


def test_who_a_change_is_granted_to_is_not_its_measure():
    """宽减/v 住宅用户 五成水费: the phrase between a verb of change and its figure is who gets the relief; the noun
    glued after the figure is what changes."""
    assert by_text("措施公布。当局减免商户七成租金。")["七成"].metric == "租金"
    assert by_text("措施公布。當局寬減商業用戶五成水費。")["五成"].metric == "水費"
    assert by_text("措施公布。政府寬免小店三成差餉。")["三成"].metric == "差餉"


def test_a_company_name_glued_before_its_measure_is_the_subject_not_the_metric():
    """ANNOTATION.md v2: the metric is without its holder; a name the entity stage missed (甲公司, 乙銀行) ending in
    a company word is whose measure it is, in both scripts; 公司债 and 上市公司 have no name before the company word."""
    found = by_text("甲公司营收120亿元，同比增长8%。")
    assert (found["120亿元"].metric, found["8%"].metric) == ("营收", "营收")
    assert by_text("乙銀行淨利150億港元。")["150億港元"].metric == "淨利"
    assert by_text("丙集团净利润达80亿元。")["80亿元"].metric == "净利润"
    assert by_text("某科技公司营业收入300亿元。")["300亿元"].metric == "营业收入"
    assert by_text("丁券商經紀業務收入12億元。")["12億元"].metric == "經紀業務收入"
    assert by_text("甲证券公司经纪业务收入下降8%。")["8%"].metric == "经纪业务收入"
    assert by_text("公司债发行量达1200亿元。")["1200亿元"].metric == "公司债发行量"
    assert by_text("上市公司营收增长8%。")["8%"].metric == "上市公司营收"


def test_a_company_name_before_a_verb_of_change_is_whose_move_not_the_metric():
    """甲公司今年裁减1200人: with no measure named, the verb names the move and the company (a name the entity stage
    missed) is the subject, as for a place; a count of companies still counts the class (上市公司增加12家)."""
    found = by_text("戊公司今年裁减1200人。")["1200人"]
    assert (found.metric, found.subject) == ("裁减", "戊公司")
    assert by_text("乙集團今年增聘500人。")["500人"].metric == "增聘"
    assert by_text("甲公司去年减少了300人。")["300人"].metric == "减少"
    assert by_text("上市公司增加12家。")["12家"].metric == "上市公司"


def test_rates_of_property_sales_and_of_punctuality_are_one_word():
    """去化率, 去化周期, 准点率 (userdict.tsv): jieba would cut 去/化率 and 准点/率, leaving a metric of 化率 or 率."""
    facts = by_text("某新盘首批推出房源300套，去化率约为七成。\n甲市库存去化周期为14.2个月。\n某机场上月准点率92.1%。")
    assert facts["约为七成"].metric == "去化率"
    assert facts["14.2个月"].metric.endswith("去化周期")
    assert facts["92.1%"].metric == "准点率"


def test_a_word_pointing_back_to_one_of_two_takes_that_ones_measure():
    """前者, 後者, 两者: a word pointing back to one of two things named before is no measure; the figure after it
    measures what that one did (the earlier or the later of two measures told apart, or the one two holders share)."""
    found = by_text("甲乳业和乙食品的净利润分别为8亿元和5亿元，前者同比增长10%，后者同比下降4%。")
    assert (found["10%"].metric, found["4%"].metric) == ("净利润", "净利润")
    found = by_text("某某電訊及某某傳媒的用戶數分別為320萬及150萬，後者按年增加8%。")
    assert found["8%"].metric == "用戶數"
    found = by_text("甲县和乙县的种植面积分别为30万亩和22万亩，两者合计52万亩。")
    assert found["52万亩"].metric == found["30万亩"].metric
    assert by_text("某某大學與某某理工的研究經費分別為12億元和9億元，兩者合共21億元。")["21億元"].metric == "研究經費"
    found = by_text("某校去年学费收入为3000万元，住宿费收入为800万元。前者增长5%，后者增长2%。")
    assert (found["5%"].metric, found["2%"].metric) == ("学费收入", "住宿费收入")
    assert by_text("甲版每月40元，乙版每月90元，甲版不到后者的一半。")["一半"].metric == "后者"
    found = by_text("甲厂与乙厂的营收增速分别为12%和8%，前者的市场份额为30%，后者为20%。")
    assert (found["20%"].metric, found["20%"].role) == ("市场份额", "amount")
    assert by_text("甲市和乙市的失业率分别为5%和4%，前者比后者高1个百分点。")["1个百分点"].metric == "失业率"


def test_a_rank_after_a_scope_and_its_verb_ranks_the_measure_before_the_scope():
    """营收在同业中排名第二: 排名 or 排行 right before a rank is its verb, and a scope with 在 (with or without 中)
    is whom the rank is among; the measure before it is what is ranked, in both scripts. A chart as the scope is
    what the rank is on; 排名第三的某厂 picks someone out (the phrase before keeps 排名)."""
    assert by_text("甲乳业的营收在国内乳企中排名第二。")["第二"].metric == "营收"
    assert by_text("乙市的常住人口在全省排名第四。")["第四"].metric == "常住人口"
    assert by_text("某款手机今年上半年销量在国内市场排名第三。")["第三"].metric == "销量"
    assert by_text("某某電子去年營收在全台IC設計業者中排名第五。")["第五"].metric.endswith("營收")
    assert by_text("某航空的客运量在国内航空公司中排名第六。")["第六"].metric == "客运量"
    assert by_text("甲队目前在联赛积分榜排名第二。")["第二"].metric == "联赛积分榜"
    assert by_text("乙县在全省宜居城市排名中上升到第9位。")["第9位"].metric == "全省宜居城市排名"


def test_a_metric_does_not_open_on_the_last_character_of_its_period():
    """上月销量 (jieba: 上/月销量), 全年发电量 (全/年发电量): the measure starts after the time, in both scripts; a
    rate's own time unit with no time before it (月发电量) stays."""
    assert by_text("某某汽车上月销量为3.5万辆。")["3.5万辆"].metric == "销量"
    assert by_text("某某電子上月營收為新台幣50億元。")["新台幣50億元"].metric == "營收"
    assert by_text("某某能源全年发电量为60亿千瓦时。")["60亿千瓦时"].metric == "发电量"
    assert by_text("某某乳业当月产量为1.2万吨。")["1.2万吨"].metric == "产量"


def test_an_act_that_gives_a_length_names_it_over_a_carried_noun():
    """A length right after an act that sets an award (多发, 补发) is what the act gives, in either script, though
    an allowance is named in the clause or the sentence before it; 加 alone joins two lengths and names nothing."""
    cases = (("甲區向長者發放敬老金，今年再多發半個月。", "半個月", "多發"),
             ("乙市为低收入家庭增加生活补贴，年底补发一个月。", "一个月", "补发"),
             ("丙縣高齡津貼每月3000元，下月起多發兩個月。", "兩個月", "多發"))
    for text, span, metric in cases:
        assert by_text(text)[span].metric == metric, text
    assert by_text("某项目需要3年审批加5年建设周期。")["5年"].metric != "加"


def test_a_trade_verb_cut_after_its_adjective_names_lots_of_shares():
    """小/a 买/v 300张: jieba cuts a trade verb of two characters after its adjective; the lots traded are named by
    the whole verb, not by a market value stated in the clause before (as in a bracketed list: 新/a 进/v)."""
    cases = (("甲股昨日收報120元，市值回升至500億元，外資小買300張。", "300張", "小買"),
             ("乙股收报45元，市值升至80亿元，自营商小买260张。", "260张", "小买"))
    for text, span, metric in cases:
        assert by_text(text)[span].metric == metric, text


def test_the_time_an_act_took_is_named_by_its_verb_of_spending():
    """用/p 了 三年: a length closing its clause after a verb of spending time and its 了 is the time the act took,
    not a noun of the clause before; with a noun after the length, the noun names it."""
    cases = (("乙公司新厂房投资20亿元，前后用了五年。", "五年", "用了"),
             ("丁廠投資30億元興建新廠房，又花了三年。", "三年", "花了"),
             ("## 某某科技上市之路，前後用了六年\n", "六年", "用了"))
    for text, span, metric in cases:
        assert by_text(text)[span].metric == metric, text
    assert by_text("该厂用了两年时间建成。")["两年"].metric != "用了"


def test_draws_in_a_record_of_results_are_counted_by_their_own_word():
    """平 between counts of wins and losses counts draws, in either script; alone it may be a flat's area."""
    found = by_text("甲城队本赛季客场5胜4平2负，排名第六。")
    assert (found["5胜"].metric, found["4平"].metric, found["2负"].metric) == ("胜", "平", "负")
    found = by_text("乙隊對丙隊歷年交手3勝6平。")
    assert found["6平"].metric == "平"
    found = by_text("丁队近七场两平五负。")
    assert found["两平"].metric == "平"


def test_a_count_describes_its_noun_with_an_adjective_and_de():
    found = by_text("某某产业园明年将提供四千个新的就业岗位。")
    assert "就业岗位" in found["四千个"].metric
    found = by_text("該公司今年推出了15款新的機型。")
    assert "機型" in found["15款"].metric


def test_a_count_of_place_words_counts_them():
    found = by_text("甲县今年新改造了18个路口的交通信号灯。")
    assert found["18个"].metric.startswith("路口")


def test_a_verb_jieba_tags_otherwise_is_named_by_its_aspect_particle():
    """漂流/a 了, 徒步/d 了: the particle shows the word before it is the act the distance measures."""
    found = by_text("探险队员花两天时间在峡谷中漂流了75公里。")
    assert found["75公里"].metric == "漂流"
    found = by_text("考察隊在高原上徒步了320公里。")
    assert found["320公里"].metric == "徒步"


def test_the_time_an_act_took_is_named_by_its_word_not_by_who_took_it():
    found = by_text("救援队耗时6小时打通了道路。")
    assert found["6小时"].metric == "耗时"
    found = by_text("該團隊歷時四年研發新藥。")
    assert found["四年"].metric == "歷時"


def test_a_count_of_times_after_a_verb_and_its_object_counts_the_act():
    found = by_text("甲城队上赛季主场连胜乙城队4场。")
    assert found["4场"].metric == "连胜乙城队"
    found = by_text("該部長去年出訪某國三次。")
    assert found["三次"].metric.startswith("出訪")
    found = by_text("两家俱乐部此前交手过7场。")
    assert found["7场"].metric == "交手"
    found = by_text("本月共举行了9场讲座。")
    assert found["9场"].metric == "讲座"


def test_a_holder_before_a_verb_of_change_and_a_per_unit_base_is_whose_move():
    found = by_text("某镇农户每亩增收420元。")
    assert found["420元"].metric == "增收"


def test_a_verb_of_one_character_after_a_modal_names_the_sum():
    found = by_text("一名果农说，旺季一天能赚五六百元。")
    assert found["五六百元"].metric == "赚"
    found = by_text("這名師傅每月可掙9000元。")
    assert found["9000元"].metric == "掙"


def test_a_result_stated_as_a_time_or_a_length_is_its_measure():
    """成绩 before a copula and a measure names it; as a count's achievement it stays vague."""
    assert by_text("他的成绩为7米46。")["7米46"].metric == "成绩"
    assert by_text("該選手的成績是12秒08。")["12秒08"].metric == "成績"
    assert by_text("乙队以5枚银牌的好成绩排名第二。")["5枚"].metric == "银牌"


def test_a_sum_given_to_a_person_is_named_by_the_verb_of_giving():
    """资助他N元: a pronoun between a verb and a sum is who gets it, not what the sum measures."""
    assert by_text("上周村委会又资助他1800元。")["1800元"].metric == "资助"
    assert by_text("乙公司赔偿他們6萬元。")["6萬元"].metric == "赔偿"
    assert by_text("厂方另外补偿她们4万元。")["4万元"].metric == "补偿"


def test_a_particle_with_an_aspect_after_it_is_the_verb_of_a_duration():
    """等/u 了: jieba tags the verb a particle; the adverb before it (整整) is no measure."""
    assert by_text("顾客们整整等了四个小时。")["四个小时"].metric == "等了"
    assert by_text("他在門外足足等了兩年。")["兩年"].metric == "等了"


def test_a_sum_after_you_and_before_a_verb_closing_its_clause_is_named_by_that_verb():
    """有N元进账: the verb after the sum says what the money is; before the fix the metric was empty."""
    assert by_text("小店每周有6000元进账。")["6000元"].metric == "进账"
    assert by_text("這項副業讓她每月有3萬元進帳。")["3萬元"].metric == "進帳"


def test_a_count_of_times_before_a_passive_act_counts_that_act():
    """N次被评为…: the passive marker 被 opens the act counted (the metric was empty)."""
    assert by_text("她先后6次被评为优秀护士。")["6次"].metric == "被评为优秀护士"
    assert by_text("該校曾4次被授予示範學校稱號。")["4次"].metric == "被授予示範學校稱號"


def test_a_generic_place_between_a_count_and_its_noun_leaves_the_noun_as_metric():
    """N位本地画家: jieba tags 本地 a pronoun, which ended the phrase before its noun (no metric)."""
    assert by_text("展览共有15位本地画家参加。")["15位"].metric == "画家"
    assert by_text("今年有9家本港企業獲獎。")["9家"].metric == "企業"


def test_an_adjective_used_as_an_adverb_before_the_verb_leaves_the_noun_before_it_as_metric():
    """房屋足/a 有N间, 车速一般/a 不超过N: the adjective says how much; it ended the phrase, and the metric fell back to
    the headline. A one-character dimension (宽约12米) still names its length."""
    assert by_text("本地消息\n乙村的果园足有三百亩。")["三百亩"].metric == "果园"
    assert by_text("本地消息\n甲县今年的降雨量足有八百毫米。")["八百毫米"].metric == "降雨量"
    assert by_text("本地消息\n該校的學生人數足有三千人。")["三千人"].metric == "學生人數"
    assert by_text("本地消息\n某某公司的订单一般不少于2000件。")["不少于2000件"].metric == "订单"
    assert by_text("本地消息\n這座大橋的車流量一般不超過每日五萬架次。")["五萬架次"].metric == "車流量"
    assert by_text("本地消息\n这条公路宽约12米。")["约12米"].metric == "宽"


def test_an_adverb_jieba_tags_a_noun_after_the_noun_counted_is_left_out():
    """N个小组共/n, N个社区全部/n 成立: the adverb belongs to what follows, not to the metric."""
    assert by_text("本地消息\n赛事设5个大项、48个小项共52枚奖牌。")["48个"].metric == "小项"
    assert by_text("本地消息\n甲区32个社区全部建起了图书室。")["32个"].metric == "社区"
    assert by_text("本地消息\n乙縣15個鄉鎮全部通了公路。")["15個"].metric == "鄉鎮"


def test_a_count_of_people_with_a_second_count_of_them_after_it_counts_the_noun():
    """N名选手中只有M人…: jieba tags some people nouns verbs (选手/v, 考生/v), and the words up to the second
    count's predicate, figure and all, were read as the first count's predicate."""
    assert by_text("本地消息\n参加比赛的60名选手中只有9人进入决赛。")["60名"].metric == "选手"
    assert by_text("本地消息\n報名的120名學員中，僅有45人通過考核。")["120名"].metric == "學員"
    assert by_text("本地消息\n报名的200名考生有30人缺考。")["200名"].metric == "考生"
    assert by_text("本地消息\n报名的200名考生有30人缺考。")["30人"].metric == "缺考"


def test_a_count_before_the_measure_of_the_next_figure_counts_the_noun_before_that_measure():
    """N件X总成交价达M元: the measure linked to the next figure (达, 为) is that figure's; the count counts X."""
    found = by_text("本地消息\n某拍卖行推出专场，80余件古董钟表总成交额达560万元。")
    assert found["80余件"].metric == "古董钟表"
    assert found["560万元"].metric == "总成交额"
    found = by_text("本地消息\n本港一間拍賣行推出專場，70餘件古董腕錶總成交價達480萬港元。")
    assert found["70餘件"].metric == "古董腕錶"
    assert found["480萬港元"].metric == "總成交價"
    found = by_text("本地消息\n丙公司40款新品销售额达到2亿元。")
    assert (found["40款"].metric, found["2亿元"].metric) == ("新品", "销售额")


def test_a_count_word_after_a_noun_and_de_counts_that_noun():
    """X的数量为N: 数量 alone only points back, and the metric fell to the headline; with the noun it is the measure."""
    assert by_text("本地消息\n该平台会员的最大数量为16人。")["16人"].metric.endswith("会员的最大数量")
    assert by_text("本地消息\n乙城參展商的數量達到300家。")["300家"].metric.endswith("參展商的數量")
    assert by_text("本地消息\n35家实验室，数量居第2位。")["35家"].metric == "实验室"


def test_a_position_word_after_the_noun_counted_ends_its_phrase():
    """从N家X中脱颖而出: 中 says among what; the idiom after it (jieba tags idioms like nouns) was kept in the
    metric."""
    assert by_text("本地消息\n有30多家公司从上千家企业中脱颖而出。")["上千家"].metric == "企业"
    assert by_text("本地消息\n某市有上百支球队从數千支隊伍中脫穎而出。")["數千支"].metric == "隊伍"


def test_a_verb_with_a_goal_after_the_noun_counted_ends_its_phrase():
    """将N件X赠给Y, 把N件X视为Y: the verb and its goal were kept in the count's metric; a share keeps its predicate."""
    assert by_text("本地消息\n乙县藏家将一枚5分邮票视为宝贝。")["5分"].metric == "邮票"
    assert by_text("本地消息\n他把三幅油画捐給本地美術館。")["三幅"].metric == "油画"


def test_a_pronoun_or_a_verb_of_place_before_the_compared_phrase_keeps_it_a_base():
    """较其他城市高出两成, 比邻近学校多出一倍: 其他/r and 邻近/v stand between the cue and what is compared, so the
    figure measures what the clause before named, not the compared phrase."""
    found = by_text("消息发布。该市房价为每平方米3万元，较其他城市高出两成。")
    assert found["两成"].metric == "房价"
    found = by_text("消息发布。该校收生人数为500人，较邻近学校多出一倍。")
    assert found["一倍"].metric.endswith("人数")


def test_the_level_before_an_event_a_figure_returns_to_is_no_metric():
    """恢复至疫情前的九成: the event before 前 dates the level reached; what reached it is named before the verb."""
    assert by_text("消息发布。酒店入住率回升至疫情前的九成。")["九成"].metric == "酒店入住率"
    found = by_text("消息发布。港口上月吞吐量录得120万箱，恢复至风灾前约八成水平。")
    assert found["约八成"].metric.endswith("吞吐量")


def test_a_seasonal_adjustment_is_no_metric():
    """经季节性调整后为3.0%: the adjustment made to the measure, which the clause before named."""
    found = by_text("消息发布。失业率为3.1%，经季节性调整后为3.0%。")
    assert found["3.0%"].metric == "失业率"


def test_a_count_counts_the_noun_its_modifying_clause_leads_to():
    found = by_text("研究组提出了四个彼此无关的角度。")
    assert found["四个"].metric == "彼此无关的角度"
    found = by_text("市政府针对两万多个长期租住旧楼的家庭，推出补贴。")
    assert found["两万多个"].metric == "长期租住旧楼的家庭"
    found = by_text("数量由3个增至5个的水平。")  # a verb of change after the count opens a predicate
    assert "增至" not in found["3个"].metric


def test_a_count_counts_the_noun_past_a_figure_glued_before_it():
    found = by_text("该厂目前拥有五座8吋晶圆厂。")
    assert found["五座"].metric == "8吋晶圆厂"
    found = by_text("本市共有7家300亿以上规模企业。")
    assert found["7家"].metric == "300亿以上规模企业"


def test_a_space_parts_the_clauses_of_a_headline():
    found = by_text("調查指近5萬戶居所擠迫　逾3萬戶租住劏房\n正文。")
    assert found["近5萬戶"].metric == "居所"
    assert found["逾3萬戶"].metric == "租住劏房"  # not the measure of the headline's clause before


def test_a_verb_names_a_bare_sum_of_its_own_clause_not_the_figure_before():
    found = by_text("丙公司拟变现3.1亿，另拟募集不超12.5亿。")
    assert found["3.1亿"].metric == "变现"
    assert found["不超12.5亿"].metric == "募集"


def test_a_group_count_is_of_the_noun_after_its_big():
    # N大 counts a group (D31): jieba reads 大 as an adjective, a numeral or an abbreviation, and the group's noun
    # follows it, even a verb jieba tags (支撑) or a vague noun (方面); 大类 with no noun after it names the group
    assert by_text("该集团旗下三大核心工厂已全部投产。")["三"].metric == "核心工厂"
    assert by_text("本届论坛的两大看点。")["两"].metric == "看点"
    assert by_text("该县形成四大支撑：一是交通。")["四"].metric == "支撑"
    assert by_text("主营清扫与装卸两大类特种车辆生产的企业。")["两"].metric == "特种车辆生产"
    assert by_text("该店在选址与融资两大方面都有改进。")["两"].metric == "方面"
    assert by_text("全市12大类30种商品价格平稳。")["12"].metric == "大类"


def test_an_age_band_or_a_group_count_glued_before_a_metric_is_part_of_it():
    # the phrase before a figure stopped at the numeral: 20至40岁 names the group whose share it is, 十大 the list
    # (D31); a kept figure glued before the phrase counts on its own (3家 banks, the metric of 5% is 银行存款)
    assert by_text("该区人口结构稳定，20至40岁比例保持在31.5%。")["31.5%"].metric == "20至40岁比例"
    found = by_text("某人已跻身多家企业十大股东：甲公司2.5%、乙公司1.8%、丙公司1.2%。")
    assert found["2.5%"].metric == found["1.2%"].metric == "十大股东"
    found = by_text("该地3家银行存款增长5%。")
    assert found["3家"].metric == found["5%"].metric == "银行存款"


def test_an_adjective_glued_after_a_figure_opens_the_noun_phrase_it_measures():
    """jieba tags 超薄, 高纯, 有效 adjectives; glued between a figure and a noun they describe what it is of."""
    assert by_text("这款耳机采用8毫米超薄动圈单元。")["8毫米"].metric == "超薄动圈单元"
    assert by_text("新厂将具备50万吨/年高纯电子化学品的产能。")["50万吨/年"].metric == "高纯电子化学品"
    assert by_text("该药品仍在两年有效保质期内。")["两年"].metric == "有效保质期"


def test_a_sum_after_yi_and_de_is_the_size_of_the_noun_after_it():
    """以 + sum + 的 + noun: the sum is the means a holder ranks or acts by, the noun what it measures (not a
    relative clause picking out a holder, as in 月入少于7000元的人士)."""
    assert by_text("乙集团以120亿元的研发投入排名第一。")["120亿元"].metric == "研发投入"
    assert by_text("戊地产以65亿元的总价拿下该地块。")["65亿元"].metric == "总价"
    assert by_text("专家以一名60岁的男性为例作出说明。")["60岁"].metric == "年龄"


def test_a_sum_before_a_deal_closing_its_clause_is_named_by_the_deal():
    """减至790万元易手: after a verb of the level reached, as after 以, the deal closing the clause names the sum;
    a phrase closed by 后 (议价后以…) says when the deal was struck, it names no price."""
    assert by_text("该单位开价820万元，最终减至790万元易手。")["790万元"].metric == "易手"
    assert by_text("买卖双方多轮议价后以460万元易手。")["460万元"].metric == "易手"
    assert by_text("该股股价以88.5元作收。")["88.5元"].metric == "股价"


def test_a_one_character_adjective_verb_and_noun_glued_after_a_share_are_one_noun():
    """jieba cuts 新开网店 into 新/a 开/v 网店/n; after a share and 的 the three are what the share is of."""
    assert by_text("约40%的新买楼宇用作自住。")["约40%"].metric == "新买楼宇"
    assert by_text("约15%的新修道路为乡村道路。")["约15%"].metric == "新修道路"


def test_a_time_before_a_record_after_a_move_to_it_is_the_record_s_span():
    """某指数跌至五个月低位: the time is how far back the record reaches, not a level the index moved to."""
    assert by_text("该指数跌至五个月低位。")["五个月"].metric == "低位"
    assert by_text("白银涨至八个月高点。")["八个月"].metric == "高点"


def test_a_forecast_verb_after_its_holder_is_no_word_of_the_metric():
    # 预计/vn: jieba's noun of action; someone forecasts the clause after it
    assert by_text("简讯\n恒信银行预计内地出口今年增长4%。")["4%"].metric == "内地出口"
    assert by_text("简讯\n分析师预计该厂产能将达到每月9万片。")["9万片"].metric == "产能"
    assert by_text("简讯\n该行估计本港零售销售额下半年回升5%。")["5%"].metric == "零售销售额"
    # Hong Kong's 指 (says) after a name, which jieba tags a noun; an index's 指 stays in its name
    assert by_text("简讯\n恒信银行指内地出口今年增长4%。")["4%"].metric == "内地出口"
    assert by_text("简讯\n昨日沪指成交额为4100亿元。")["4100亿元"].metric == "沪指成交额"
    # a forecast's own figure keeps its noun (预测中值), and a clause opening on 预期 names the expected measure
    assert by_text("简讯\n受访学者的预测中值约为2.1%。")["约为2.1%"].metric == "预测中值"
    assert by_text("简讯\n预期收益率为4.5%。")["4.5%"].metric == "预期收益率"


def test_hong_kong_dividend_words_are_one_noun():
    # 末期息 (final dividend), 中期息: jieba cut 末期/f 息/n, and a position word ended the phrase before the figure
    assert by_text("简讯\n该公司全年纯利升8%，派末期息0.42元。")["0.42元"].metric == "末期息"
    assert by_text("简讯\n该行派中期息每股0.2元。")["0.2元"].metric == "中期息"


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("甲公司与电网签订的90美元/兆瓦时购电协议将于明年生效。", "90美元/兆瓦时", "购电协议"),
    ("乙銀行與客戶簽訂的3億元貸款協議已經生效。", "3億元", "貸款協議"),
])
def test_a_verb_before_of_modifies_the_figure_and_the_phrase_after(text, figure, measure):
    """签订的90美元/兆瓦时购电协议: a verb before 的 is a relative clause over the figure and the phrase after it, the
    thing signed; it spends no sum as 拟投资40亿元兴建新厂 does."""
    assert {f.text: f.metric for f in extract(text).facts}[figure] == measure


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("運輸署今年增加12條跨區巴士路線。", "12條", "跨區巴士路線"),
    ("统计局本季度增加5项服务业调查指标，以反映新业态。", "5项", "服务业调查指标"),
    ("卫健委今年新增6家发热门诊，覆盖全部城区。", "6家", "发热门诊"),
    ("台北市政府明年增加30座公共托育中心等設施。", "30座", "公共托育中心"),
    ("某航空公司下月增加6個航點等。", "6個", "航點"),
    ("房委會今年增加5,000個公屋單位等。", "5,000個", "公屋單位"),
    ("环保局新增9个空气监测站、4个水质监测点。", "9个", "空气监测站"),
])
def test_a_holders_change_counted_with_a_classifier_counts_the_noun_glued_after(text, figure, measure):
    """运输署增加12条巴士路线: a count with its classifier glued to a noun counts that noun, whatever follows it in
    the clause (等, 、, another clause), so a holder before the verb of change does not make the verb its metric."""
    assert {f.text: f.metric for f in extract(text).facts}[figure] == measure


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("壬银行的资产规模已跃升至亚洲第五。", "第五", "资产规模"),
    ("该市GDP总量跻身全国第十。", "第十", "GDP总量"),
    ("本季度癸公司的出货量重回全球第一。", "第一", "出货量"),
    ("其市佔率排名全台第二。", "第二", "市佔率"),
])
def test_a_verb_of_moving_to_a_position_puts_the_ranked_measure_before_it(text, figure, measure):
    """资产规模跃升至亚洲第五, 出货量重回全球第一: like 居, a verb of reaching a position (rank_moves.txt) has what is
    ranked before it; 全台, like 全国, is only the scope of 排名."""
    assert {f.text: f.metric for f in extract(text).facts}[figure] == measure


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("简讯\n该股较去年5月创下的188.40元/股（前复权）历史高点已跌去一半。", "188.40元/股", "历史高点"),
    ("简讯\n乙公司推出每月150美元（约1080元）的企业版套餐。", "150美元", "企业版套餐"),
    ("简讯\n乙公司推出每月150美元（约1080元）的企业版套餐。", "约1080元", "企业版套餐"),
    ("简讯\n該平台推出每月99美元（約770港元）的專業版服務。", "99美元", "專業版服務"),
    ("简讯\n該公司推出月費30美元（約新台幣960元）的進階方案。", "30美元", "進階方案"),
    ("简讯\n今年共新建45所（其中公办38所）普惠幼儿园。", "45所", "普惠幼儿园"),
    ("简讯\n该校今年录取2300名（较去年多200名）本科新生。", "2300名", "本科新生"),
    ("简讯\n新店開業首月賣出5800杯（平均每日約190杯）手搖飲。", "5800杯", "手搖飲"),
    ("简讯\n戊公司今年派发每股0.8元（含税）现金股息。", "0.8元", "现金股息"),
    ("简讯\n這款手機配備6.7吋（約17公分）OLED螢幕。", "6.7吋", "OLED螢幕"),
    ("简讯\n这款新车搭载一块75度（可用72度）固态电池。", "75度", "固态电池"),
    # an aside that closes the clause leaves the figure to the measure before it
    ("简讯\n乙公司去年营收为86亿元（同比增长9%），创历史新高。", "86亿元", "营收"),
    ("简讯\n該行去年純利為52億港元（按年升6%）。", "52億港元", "純利"),
])
def test_an_aside_in_brackets_after_a_figure_stands_before_what_it_is_of(text, figure, measure):
    """188元/股（前复权）历史高点, 2300名（较去年多200名）本科新生: a basis, a restatement or a share in brackets right
    after a figure is an aside; the noun after the bracket is still what the figure is of."""
    assert {f.text: f.metric for f in extract(text).facts}[figure] == measure


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("简讯\n该公司在苏州拥有三座、无锡一座共四座8吋晶圆厂。", "三座", "8吋晶圆厂"),
    ("简讯\n该公司在苏州拥有三座、无锡一座共四座8吋晶圆厂。", "一座", "8吋晶圆厂"),
    ("简讯\n集团在本地有两座、外地一座物流中心。", "两座", "物流中心"),
    ("简讯\n該集團在港島有3間、九龍2間及新界4間分店。", "3間", "分店"),
    ("简讯\n該公司在台北有5間、台中2間門市。", "5間", "門市"),
    ("简讯\n全市新建3所、改扩建5所中小学。", "3所", "中小学"),
    ("简讯\n该行在内地设有12家、海外设有4家分行。", "12家", "分行"),
    # each item that writes its own noun keeps it
    ("简讯\n今年新增幼儿园12所、小学8所。", "12所", "幼儿园"),
    ("简讯\n甲队获得金牌5枚、银牌3枚。", "3枚", "银牌"),
])
def test_counts_listed_with_one_classifier_count_the_noun_after_the_last(text, figure, measure):
    """在甲地有两座、乙地一座晶圆厂: counts of one classifier listed with 、 share the noun written after the last of
    them (or after their total), not the verb before the first."""
    assert {f.text: f.metric for f in extract(text).facts}[figure] == measure


@pytest.mark.parametrize(("text", "figure", "measure", "subject"), [
    # the noun before 排名 is the holder (picked out by 该 or 其), not what is ranked
    ("简讯\n這家連鎖店開業僅兩年，這個品牌排名全港第五。", "第五", "排名", None),
    # the noun before 排名 is another figure's words (5负)
    ("简讯\n该队目前以18胜5负的战绩排名联盟第二。", "第二", "排名", None),
    # a phrase carried from an earlier clause gives way to the ranking in the rank's own clause
    ("简讯\n新款折叠屏手机（12GB/256GB）与旧款（8GB/128GB），在销量榜上也分别排行第十二名及第十七名。",
     "第十二名", "排行", None),
    ("简讯\n某款平板電腦上半年賣出12萬台，排行第九名。", "第九名", "排行", None),
    # a name after the rank is whom it ranks: its subject
    ("简讯\n本地電訊商與全球衛星寬頻市占排名第四的寰宇衛星公司簽約。", "第四", "排名", "寰宇衛星公司"),
    ("简讯\n中华电讯今年与全球市占排名第四的Orbitel签订合作协议。", "第四", "排名", "Orbitel"),
])
def test_ranking_word_names_a_rank_when_nothing_else_does(text, figure, measure, subject):
    """该品牌排名第三, 以18胜5负的战绩排名联盟第二: where 排名 or 排行 stands right before a rank and the other cues
    found only a holder, a name or another figure's words, the ranking itself is what the rank is of."""
    fact = {f.text: f for f in extract(text).facts}[figure]
    assert fact.metric == measure
    if subject is not None:
        assert fact.subject == subject


@pytest.mark.parametrize(("text", "figure", "measure"), [
    ("简讯\n该单位昨日以呎价1.8万元成交。", "1.8万元", "呎价"),
    ("简讯\n屋苑兩房單位最新以呎價1.6萬元易手成交。", "1.6萬元", "呎價"),
    ("简讯\n该地块最终以楼面价每平方米2.3万元成交。", "2.3万元", "楼面价"),
    ("简讯\n该宗住宅地块以总价35亿元成交，溢价率12%。", "35亿元", "总价"),
    # a sum after 以 with no price noun is still the price of the act
    ("简讯\n该单位以880万元成交。", "880万元", "成交"),
])
def test_price_named_after_means_names_the_sum(text, figure, measure):
    """以呎价1.8万元成交: the price noun after 以 is what the sum is; the deal (成交, a noun to jieba) after it is what
    is done at that price."""
    assert {f.text: f.metric for f in extract(text).facts}[figure] == measure
@pytest.mark.parametrize(("sentence", "figure", "metric", "subject"), [
    # a rank right before 的 picks out who holds it; the measure it ranks by is written before it
    ("这是市值排名第二的银行。", "第二", "市值排名", "银行"),
    ("今年新能源车销量第二的品牌，出口也增长了。", "第二", "销量", "品牌"),
    ("成交量第三大的交易所是深交所。", "第三", "成交量", "交易所"),
    ("本季度研发投入排名全省第四的企业，员工数也增加了。", "第四", "研发投入排名", "企业"),
    ("在各区中，人口密度第一的區是觀塘區。", "第一", "人口密度", "區"),
    ("香港人均壽命全球第一的地位未變。", "第一", "人均壽命", "香港"),
])
def test_a_rank_that_picks_out_its_holder_ranks_the_measure_before_it(sentence, figure, metric, subject):
    """市值排名第二的银行: the noun after 的 is who is ranked (its subject when the phrase closes there), not on what;
    a vague word after it (第一的地位) is neither."""
    fact = by_text(sentence)[figure]
    assert (fact.role, fact.metric, fact.subject) == ("rank", metric, subject)


def test_a_rank_of_rounds_or_with_no_measure_before_keeps_the_noun_after():
    """公司第二轮的融资: a round's ordinal ranks the act after it; 以全场第一名的成绩: no measure stands before the rank
    (全场 is its scope), so the noun after is what it ranks on."""
    assert by_text("公司第二轮的融资即将启动。")["第二轮"].metric == "融资"
    assert by_text("该队以全场第一名的成绩晋级。")["第一名"].metric == "成绩"


def test_a_count_of_departments_names_them():
    """甲厅等四部门近日印发: what the count of departments measures is 部门 itself (a self-naming unit)."""
    facts = by_text("甲厅等四部门近日印发通知，补贴上限为每月2000元。")
    assert facts["四部门"].metric == "部门"
@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    # jieba tags the object's words as an adverb, a verb or a one-character verb; the object still closes the clause
    ("某云计算企业与电力公司签订的90美元/兆瓦时长期购电协议，远高于市场价格。", "90美元/兆瓦时", "长期购电协议"),
    ("某雲端運算企業與電力公司簽訂的90美元/兆瓦時長期購電協議，遠高於市場價格。", "90美元/兆瓦時", "長期購電協議"),
    ("该运营商考虑每月额外收取15美元接入费。", "15美元", "接入费"),
    ("該營運商考慮每月額外收取15美元接駁費。", "15美元", "接駁費"),
    ("按照新计划，他只可获约30万元一次性补偿。", "约30万元", "一次性补偿"),
    ("按照新計劃，他只可獲約30萬元一次性補償。", "約30萬元", "一次性補償"),
    ("今年公司获得3000万元政府补助，用于研发。", "3000万元", "政府补助"),
    ("另付5港元过网费后，月租合共为30港元。", "5港元", "过网费"),  # 过/ug 网费/n, closed by 后
])
def test_a_sum_between_a_verb_and_the_object_closing_its_clause_measures_the_object(sentence, figure, metric):
    """收取15美元接入费: the sum is the size of the object after it, not the act of charging it."""
    assert by_text(sentence)[figure].metric == metric


@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("该集团拟投资40亿元兴建新厂。", "40亿元", "投资"),  # what the sum is spent for, a verb phrase
    ("公司计划筹集20亿美元用于扩产。", "20亿美元", "筹集"),
    ("他去年获得30万元后离开公司。", "30万元", "获得"),  # no object after the sum
    ("该企业因违规被罚款50万元。", "50万元", "罚款"),
    ("該公司向每名員工發放5000元，作為年終獎勵。", "5000元", "發放"),
])
def test_a_sum_with_no_object_closing_its_clause_keeps_its_act(sentence, figure, metric):
    """投资40亿元兴建新厂, 获得30万元后离开: a verb phrase after the sum, or none, leaves the act as the measure."""
    assert by_text(sentence)[figure].metric == metric


@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    # jieba tags the counted words a verb, an adjective or a suffix (保险/n 式/k 降息, 大/a 游行/v,
    # 逆/vg 回购/v 操作/v); an earlier clause's measure is not carried in
    ("今年以来，本地出口额增长8%，美联储已实施两次保险式降息。", "两次", "保险式降息"),
    ("今年以來，本地出口額增長8%，聯儲局已實施兩次保險式減息。", "兩次", "保險式減息"),
    ("上月住宅成交量下跌12%，市内发生两场大游行。", "两场", "大游行"),
    ("上月住宅成交量下跌12%，市內發生兩場大遊行。", "兩場", "大遊行"),
    ("医院门诊量增长7%，年内爆发3场大流行。", "3场", "大流行"),
    ("醫院門診量增長7%，年內爆發3場大流行。", "3場", "大流行"),
    ("通胀率回落至2%，央行年内进行两次紧急式减息。", "两次", "紧急式减息"),
    ("通脹率回落至2%，央行年內進行兩次緊急式減息。", "兩次", "緊急式減息"),
    ("物价上涨1.5%，央行年内进行了4次逆回购操作。", "4次", "逆回购操作"),
    ("CPI上升2%，央行先后两次出手干预。", "两次", "出手干预"),
    ("出口增长4%，市里推出5个试点型项目。", "5个", "试点型项目"),  # 试点/n 型/k: the reading stopped inside
    ("出口增長4%，市政府推出5個試點型項目。", "5個", "試點型項目"),
])
def test_a_count_names_the_words_closing_its_clause_whatever_their_tags(sentence, figure, metric):
    """两次保险式降息。: the words glued after a count with a classifier up to its clause's end are what it counts."""
    assert by_text(sentence)[figure].metric == metric


@pytest.mark.parametrize(("sentence", "figure", "metric"), [
    ("他已三次出手。", "三次", "出手"),  # a single verb: the act counted, as before
    ("美联储两度加息。", "两度", "加息"),
    ("今年共有3家企业倒闭。", "3家", "企业倒闭"),  # a noun closes the phrase: the reading is unchanged
    ("本港錄得12宗確診，全部輸入。", "12宗", "確診"),
    ("三家银行扩张速度不同，与策略有关。", "三家", "银行扩张速度"),  # an adjective after the noun: a predicate
])
def test_a_count_before_a_single_verb_or_a_noun_reads_as_before(sentence, figure, metric):
    """三次出手, 两度加息: the act counted; the rule for verb-tagged words leaves these readings alone."""
    assert by_text(sentence)[figure].metric == metric


@pytest.mark.parametrize("text,rank,metric", [
    ("在新近发布的城市创新指数中，杭州排名第5。", "第5", "城市创新指数"),
    ("在積分榜上，傑志暫列第二。", "第二", "積分榜"),
    ("简讯\n在今年的全球手机品牌销量榜上，该品牌排名第三。", "第三", "全球手机品牌销量榜"),
])
def test_a_rank_with_no_measure_of_its_own_is_on_the_chart_framing_its_sentence(text: str, rank: str,
                                                                               metric: str) -> None:
    found = by_text(text)[rank]
    assert (found.role, found.metric) == ("rank", metric)


def test_a_rank_with_its_own_measure_keeps_it_under_a_framing_chart() -> None:
    assert by_text("在城市综合竞争力排名中，深圳的营商环境位列全国第三。")["第三"].metric == "营商环境"


@pytest.mark.parametrize("text,figure,metric", [
    ("今年全省新车销量达到18万辆，其中纯电动车占72%。", "72%", "纯电动车"),
    ("该市上月新车上牌量达到2.6万辆，其中纯电动车占四成。", "四成", "纯电动车"),
    ("今年全港新登記私家車4.2萬輛，其中純電動車佔63%。", "63%", "純電動車"),
])
def test_an_adjective_cut_off_the_noun_a_clause_opens_with_belongs_to_it(text: str, figure: str,
                                                                        metric: str) -> None:
    """其中纯/a 电动车/n 占72%: jieba cuts the adjective off the noun; the clause's own noun phrase still names the
    part, rather than the measure of the clause before."""
    assert by_text(text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("以縣市來看，雲林縣、嘉義縣及台南市損失最重，分別為3.8億元、2.6億元及1.9億元。", "2.6億元", "損失"),
    ("以县市来看，屏东县和高雄市损失最重，分别为1.2亿元和0.9亿元。", "0.9亿元", "损失"),
])
def test_a_topic_naming_the_kind_of_holder_names_no_measure(text: str, figure: str, metric: str) -> None:
    """以县市来看, 从地区看: the topic says what the figures are broken down by (the holders), not what they measure;
    the measure is the one the clause names."""
    assert by_text(text)[figure].metric == metric


@pytest.mark.parametrize("text,rank,metric", [
    ("她在全国大学生程序设计大赛中获得第二名。", "第二名", "全国大学生程序设计大赛"),
    ("他在世錦賽男子跳遠決賽中奪得第四名。", "第四名", "世錦賽男子跳遠決賽"),
    ("该片在春节档票房排行中取得第二。", "第二", "春节档票房排行"),
    ("在年度全球品牌价值榜上，某品牌排名第九。", "第九", "全球品牌价值榜"),
    ("在本赛季射手榜上，他排名第五。", "第五", "射手榜"),
    ("该市GDP总量排名第一。", "第一", "GDP总量"),
    ("该行存款规模排名全省第一。", "第一", "存款规模"),
])
def test_a_rank_is_on_its_contest_chart_or_measure_not_its_verb(text: str, rank: str, metric: str) -> None:
    """获得/夺得/取得 and a bare 排名 say how a place was got: the contest in the rank's scope, the chart framing the
    sentence (a time word glued before it left out) or the measure after 该市 is what the rank is on."""
    assert by_text(text)[rank].metric == metric


def test_a_verb_of_placing_alone_is_no_metric() -> None:
    assert by_text("该队本赛季屈居第二。")["第二"].metric == ""


def test_disposable_income_is_one_measure() -> None:
    """可支配收入 is one word of statistics (userdict.tsv): jieba's 可/v 支配/vn 收入/v cut the measure to 收入."""
    assert by_text("北京市人均可支配收入排名全国前三。")["前三"].metric == "人均可支配收入"
    assert by_text("全縣農戶可支配收入按年上升3%。")["3%"].metric.endswith("可支配收入")


@pytest.mark.parametrize("sentence, figure, metric", [
    ("合资方将扩建年产8万吨负极材料产线及配套3万吨石墨化产线，整体投资总额度高达50亿元。", "50亿元", "整体投资总额度"),
    ("該集團將增設兩條晶圓產線及一座封測廠，整體總投資額度高達300億港元。", "300億港元", "整體總投資額度"),
])
def test_a_noun_jieba_cut_before_its_last_character_still_names_the_figure(sentence, figure, metric):
    # 投资额/n 度/zg: the bound 度 completes 额度; the phrase before 高达 is the measure, not a plant named before
    assert by_text(sentence)[figure].metric == metric


@pytest.mark.parametrize("sentence, figure, metric", [
    ("受访家庭平均每月有8000元的可支配收入。", "8000元", "可支配收入"),
    ("這些企業每年約有500萬元的研發開支。", "500萬元", "研發開支"),
    ("每名学生每年有3000元的书簿津贴。", "3000元", "书簿津贴"),
])
def test_a_sum_one_has_is_of_the_noun_after_it(sentence, figure, metric):
    # 有 N元的 X: one has that much X; the noun before 有 is who has it, not what is measured
    assert by_text(sentence)[figure].metric == metric


def test_tongyi_before_the_verb_is_no_word_of_the_metric():
    # 租金统一/vn 下调为: 统一 (uniformly) says how the figure applies to all, like 均 or 全部
    assert by_text("各区公屋住户的租金统一下调为每月2000元。")["2000元"].metric == "租金"
    assert by_text("該校學生的學費統一定為每年4萬元。")["4萬元"].metric == "學費"
