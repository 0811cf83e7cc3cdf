"""subject: whose figure it is: the nearest holder before it in its clause, sentence or paragraph, or the article's."""

from pipeline import extract
from pipeline.facts.candidate import Candidate
from pipeline.facts.subject import SubjectFinder, company_short_forms, is_industry
from tests.helpers import document_view, quantity


def subjects(text: str) -> dict[str, str]:
    return {f.text: f.subject for f in extract(text).facts}


def test_the_nearest_holder_in_the_clause_wins():
    found = subjects("上海营收增长5%，深圳营收增长8%。")
    assert found == {"5%": "上海", "8%": "深圳"}


def test_a_subject_carries_over_in_its_paragraph_but_not_beyond():
    found = subjects("长沙新增企业120家。全年增长5%。\n营收达3亿元。")
    assert found["120家"] == found["5%"] == "长沙"
    assert found["3亿元"] == "长沙"  # no holder in the second paragraph: the headline's subject


def test_a_source_that_reports_the_figure_is_not_its_holder():
    view = document_view("国家统计局今日发表数据，长沙GDP增长7.9%。")
    finder = SubjectFinder(view)
    assert [view.text[s:e] for s, e in finder.holders.spans] == ["长沙"]
    assert subjects("据海关统计，出口增长5%。")["5%"] == ""


def test_a_body_that_notifies_is_the_source_of_its_figures():
    """某委通报，…: a body that issues a notice reports the figures in it, whose holder is the place named there."""
    assert subjects("疫情简报\n卫健委通报，上周全国流感样病例就诊比例为5.7%。")["5.7%"] == "全国"
    assert subjects("疫情簡報\n衞健委通報，上週全國流感樣病例就診比例為5.7%。")["5.7%"] == "全國"


def test_a_name_that_finds_what_follows_is_its_source():
    """某研究院发现，…: whoever finds the figures reports them (as 研究发现 does), in both scripts."""
    for text in ("华信研究院发现，杭州半导体销售额今年增长18%。", "華信研究院發現，杭州半導體銷售額今年增長18%。"):
        view = document_view(text)
        assert [view.text[s:e] for s, e in SubjectFinder(view).holders.spans] == ["杭州"]


def test_the_document_subject_comes_from_the_headline():
    view = document_view("长沙汽车销量创新高\n全年交付300万辆。")
    finder = SubjectFinder(view)
    k, q = quantity(view, "300万辆")
    assert view.text[slice(*finder.subject_for(Candidate(q, 1)))] == "长沙"


def test_groups_places_and_products_hold_figures():
    assert subjects("A股公司研发投入达1.36万亿元。")["1.36万亿元"] == "A股公司"
    assert subjects("本港失业率升至6.6%。")["6.6%"] == "本港"
    assert subjects("高通推出 8 核 Snapdragon X Plus。")["8 核"] == "Snapdragon X Plus"


def test_the_investors_of_a_market_hold_what_they_buy_and_sell():
    found = subjects("某日盘后\n外资今日卖超127亿元；投信则买超19亿元。")
    assert (found["127亿元"], found["19亿元"]) == ("外资", "投信")
    found = subjects("港股午評\n恒指半日升1%。\n北水半日淨買入港股45億港元。")
    assert found["45億港元"] == "北水"


def test_borrowers_and_small_firms_are_groups_that_hold_their_figures():
    """借款人, 中小企业: people or firms said by a common noun, who hold what they pay or earn."""
    found = subjects("按揭比较\n甲银行推出新计划。\n借款人首期须付三成。")
    assert found["三成"] == "借款人"
    assert subjects("乙市营商报告\n乙市经济回暖。\n中小企业去年营业额下跌8%。")["8%"] == "中小企业"


def test_a_benchmark_a_byline_and_an_outlet_hold_nothing():
    found = subjects("大庆工业增长9.9%\n证券时报·数据宝\n增速高于全省平均1.5个百分点。")
    assert found["1.5个百分点"] == "大庆"


def test_the_topic_of_a_sentence_holds_its_figures_not_the_objects_of_its_verbs():
    text = "其中，台品牌厂华硕积极推展新品，拉下苹果、冲上全球第四大，市占率亦扬升至8%左右。"
    found = {f.text: f for f in extract(text).facts}
    assert found["8%左右"].subject == "华硕"


def test_what_a_source_reports_is_still_the_topic():
    text = ("消费方面，内地零售总额增长4.4%。当局亦公布全国居民可支配收入，每月平均为2940元。"
            "当局同时公布了收入的中位数为每月2482元。")
    found = {f.text: f for f in extract(text).facts}
    assert found["4.4%"].subject == "内地"
    assert found["2482元"].subject == "全国"


def test_a_group_opening_a_clause_holds_the_figures_of_its_sentence():
    text = "中国工业利润公布。1—6月份，规模以上工业企业实现营业收入69.26万亿元，同比增长6.5%。"
    found = {f.text: f for f in extract(text).facts}
    assert found["6.5%"].subject == "规模以上工业企业"


def test_a_group_that_is_what_the_figure_counts_does_not_hold_it():
    found = {f.text: f for f in extract("长沙新增小巨人企业，国家级小巨人企业达213家。").facts}
    assert found["213家"].subject != "小巨人企业"


def test_a_word_ending_in_a_class_noun_is_a_group_that_holds_figures():
    """公立醫院 names a kind of body (no entity), yet it is whose figures these are."""
    found = subjects("公立醫院全職醫生整體流失率為5.9%。")
    assert found["5.9%"] == "公立醫院"


def test_a_population_or_an_industry_holds_its_figures():
    found = subjects("調查顯示，男性暴飲的情況較女性嚴重，採礦業利潤總額5745.0億元。受訪者中有9.6%曾經暴飲。")
    assert found["5745.0億元"] == "採礦業"
    assert found["9.6%"] == "受訪者"


def test_a_generic_place_word_that_scopes_a_measure_holds_nothing():
    found = subjects("長沙在全球研發城市排名中升至第23位。")
    assert found["第23位"] == "長沙"
    assert subjects("全國居民人均可支配收入2940元。")["2940元"] == "全國居民"


def test_a_scheme_holds_its_figures_but_a_holder_that_plans_is_the_holder():
    assert subjects("大腸癌篩查先導計劃共有66,697人交回樣本。")["66,697人"] == "大腸癌篩查先導計劃"
    assert subjects("腾讯计划投资100亿元。")["100亿元"] == "腾讯"


def test_a_body_that_submits_figures_is_their_source():
    found = subjects("根據食衞局向立法會呈交數字，上年度公立醫院整體流失率為5.8%。")
    assert "公立醫院" in found["5.8%"]  # not 立法會, to which the figures were submitted


def test_a_topic_group_holds_to_the_end_of_its_paragraph_when_no_name_follows():
    """规模以上工业企业实现利润总额…。其中，…增长5%: the group that opened the paragraph still holds the figures of
    its later sentences, rather than the article's own subject."""
    text = ("中国6月工业利润回升\n"
            "1-6月，规模以上工业企业实现利润总额3.4万亿元，同比增长1.0%。其中，利润同比增长5%。")
    found = {f.text: f.subject for f in extract(text).facts}
    assert found["5%"] == "规模以上工业企业"


def test_a_name_whose_official_or_unit_speaks_is_a_source():
    """某会主任张三于年中提及 …, 某会秘书处研究指出: the office of a speaker reports, it does not hold the figures; but
    甲局及乙局的总开支预计为25亿 keeps its holders (的, and 预计 as "expected")."""
    found = subjects("房屋委員會主任張大明於今年年中提及，將興建新屋。\n近13萬戶居住環境欠佳。")
    assert found["近13萬戶"] == ""
    assert subjects("律政司的总开支预计为25亿元。")["25亿元"] == "律政司"


def test_a_traded_thing_holds_its_move_but_a_currency_word_of_a_figure_does_not():
    """现货白银大涨4%, 纳指期货上涨0.1%: the thing traded is whose move it is; 5亿美元 is a figure's unit, no holder."""
    found = subjects("现货白银大涨4%。纳指期货上涨0.1%。")
    assert (found["4%"], found["0.1%"]) == ("现货白银", "纳指期货")
    assert subjects("大庆实际利用外资5亿美元，增长19%。")["19%"] != "实际利用外资5亿美元"


def test_a_column_tag_before_the_headline_names_no_holder():
    """【武汉肺炎大爆发】中国首两月消费品零售大跌20.5%: the tag in 【】 is the story's theme; the article's subject is
    the headline's first holder after it."""
    found = subjects("【武汉肺炎大爆发】中国首两月消费品零售大跌20.5%\n当中零售额44881亿元，下跌20.7%。")
    assert found["44881亿元"] == "中国"


def test_of_two_companies_side_by_side_in_the_headline_the_first_is_the_subject():
    """某公司高盛电话会: two companies side by side are two holders, the first the story's (湖南长沙: two places side by
    side, the last is the more specific)."""
    found = subjects("腾讯高盛电话会：对今年业绩充满信心\n公司去年收入7900万美元。")
    assert found["7900万美元"] == "腾讯"


def test_a_news_outlet_named_with_news_reports_figures_it_does_not_hold():
    facts = extract("甲医院去年开支增加。众新闻翻查资料，发现开支增加了3亿元。").facts
    assert all(f.subject != "众新闻" for f in facts)


def test_a_person_who_speaks_in_the_article_does_not_carry_over_to_other_clauses():
    """鲍威尔表示…: a speaker reports figures; named in another sentence, he is no holder of the next figure. A person
    who does not speak (an athlete) still carries over."""
    facts = extract("鲍威尔周三出席听证。今年出口增长5%。鲍威尔表示，通胀回落。").facts
    assert [f.subject for f in facts if f.text == "5%"] != ["鲍威尔"]
    facts = extract("举重选手郭婞淳周二夺得金牌。决赛中，她举起103公斤。").facts
    assert [f.subject for f in facts if f.text == "103公斤"] == ["郭婞淳"]


def test_a_place_after_a_preposition_of_venue_is_where_not_whose():
    """某某科技于2022年在深交所上市，发行价格为21.71元/股: the exchange is where it listed; its topic holds the
    price."""
    found = subjects("华星科技于2022年在深交所主板上市，发行价格为21.71元/股。")
    assert found["21.71元/股"] == "华星科技"
    found = subjects("长沙在全球研发城市排名中升至第23位，较上年度上升5位。")
    assert found["5位"] == "长沙"


def test_a_name_whose_figures_or_records_show_something_is_its_source():
    """某署数字显示 (its figures show), 某局资料显示: the name reports the figures; the holder after it holds them."""
    found = subjects("运输署数字显示 某巴士公司去年涉及959宗意外\n某巴士公司去年涉及959宗交通意外。")
    assert found["959宗"] == "巴士公司"  # not 运输署
    view = document_view("某某局资料显示，全年增长5%。")
    assert SubjectFinder(view).is_source(0, 3)


def test_a_public_body_whose_official_publishes_is_a_source_a_company_that_publishes_is_not():
    view = document_view("北辰统计局局长今日公布，全年增长5%。")
    assert SubjectFinder(view).is_source(0, 5)
    view = document_view("北辰运输署回应时指，全年增长5%。")  # 指 before a comma: it states what follows
    assert SubjectFinder(view).is_source(0, 5)
    assert subjects("某日快讯\n华宇科技今日公布3月营运数据，成交额按年升近50%。")["近50%"] == "华宇科技"


def test_a_name_whose_latest_report_or_figures_show_something_is_its_source():
    """某局最新数据显示, 某机构（Latin name）最新报告指出: 最新 between the name and what reports does not make it a
    holder."""
    view = document_view("北辰统计局最新数据显示，全年增长5%。")
    assert SubjectFinder(view).is_source(0, 5)
    view = document_view("星海研究院（StarSea）最新报告指出，出货量增长8%。")
    assert SubjectFinder(view).is_source(0, 5)
    view = document_view("北辰统计局昨（22）日发布调查，失业率为3.4%。")  # a day as Taiwan papers write it
    assert SubjectFinder(view).is_source(0, 5)
    view = document_view("北辰统计局于10月15日发布数据，失业率为3.4%。")
    assert SubjectFinder(view).is_source(0, 5)


def test_a_place_right_before_a_rank_is_where_it_ranks_not_who():
    found = subjects("长沙的国家创新型城市综合排名跃升至全国第九。")
    assert found["第九"] == "长沙"
    assert subjects("长沙研发投入增长8%，排名居全国前三。")["前三"] == "长沙"
    # with no other holder in the clause, the place the rank is in is not carried in as its holder either
    assert subjects("湖滨市科技实力提升\n城市创新指数名次升至全国第五。")["第五"] == "湖滨市"


def test_places_of_listed_ranks_are_each_where_a_rank_is_not_who():
    """中国第一、全球第四: the place before the first rank is a field too, not the holder of the second."""
    found = subjects("简讯\n据某机构数据，今年一季度甲半导体公司内存出货份额8.1%，亚洲第一、全球第五。")
    assert found["第一"] == found["第五"] == "甲半导体公司"
    assert subjects("简讯\n乙电池公司装机量份额12%，国内第二、全球第三。")["第三"] == "乙电池公司"
    assert subjects("简讯\n丁鞋业的出口额排在全省第三、全国第九。")["第九"] == "丁鞋业"


def test_a_place_right_after_a_name_says_which_of_its_things_and_the_name_holds_the_figure():
    """某公司韩国股票目标价: the place after the company names which of the company's shares; the company holds the
    figure. A place that stands alone in the clause still does (韩国股票…)."""
    found = subjects("华信银行已将华岭电子韩国股票目标价从310万韩元上调至420万韩元。")
    assert found["310万韩元"] == found["420万韩元"] == "华岭电子"
    assert subjects("韩国股市成交额达到20万亿韩元。")["20万亿韩元"] == "韩国"



def test_employees_residents_owners_patients_and_passengers_hold_their_figures():
    """雇员, 市民, 业主, 患者, 乘客 are groups that hold a figure on their own (holder_words.tsv), as 受访者 does."""
    assert subjects("调查显示，今年雇员平均加薪2.3%。")["2.3%"] == "雇员"
    assert subjects("去年乘客平均车程缩短2公里。")["2公里"] == "乘客"


def test_a_person_who_speaks_under_a_short_name_speaks_under_the_full_one_too():
    """某某某 named in full, and elsewhere 某某称…: the person speaks of the figures, by either name, and does not
    carry over as their holder."""
    text = "行政长官林陈美娟今日召开记者会，动用80亿元推出新措施。\n林陈称，措施惠及市民。"
    finder = SubjectFinder(document_view(text))
    assert not any(text[s:e].startswith("林陈") for s, e in finder.holders.spans)


def test_an_article_that_names_one_company_far_more_than_its_headline_holder_is_about_that_company():
    lead = "杭州创业者的十年\n华星光电技术有限公司成立于2015年。\n"
    mentions = "".join(f"华星光电第{i}次出现在文中。\n" for i in range(1, 11))
    assert subjects(lead + mentions + "去年营收增长12%。\n")["12%"] == "华星光电"
    # named only a few times, it does not outweigh the headline
    assert subjects(lead + mentions[:42] + "去年营收增长12%。\n")["12%"] == "杭州"


def test_a_mover_is_found_past_adverbs_and_times_before_its_verb():
    assert subjects("加密货币行情\n亚市早盘，以太坊一度跌超3%。")["超3%"] == "以太坊"
    assert subjects("消息公布后，股价本周涨幅翻倍。")["翻倍"] != "股价"  # a measure is no mover


def test_a_place_word_right_after_a_place_is_that_places():
    assert subjects("利率不变。日本国内生产总值增长2.4%。")["2.4%"] == "日本"


def test_the_base_of_a_multiple_holds_nothing():
    assert subjects("新闻稿发布。西班牙确诊个案已达德国的2倍。")["2倍"] == "西班牙"


def test_a_company_that_files_its_own_figures_holds_them():
    text = ("沪指收涨。\n7月9日，海辰光电发布公告称，预计上半年归属于上市公司股东的净利润为12.00亿元至15.00亿元，"
            "同比增长35.56%至60.93%。")
    assert subjects(text)["35.56%至60.93%"] == "海辰光电"
    # the shareholders a profit is attributable to are words of the metric, not its holder
    assert subjects(text)["12.00亿元至15.00亿元"] == "海辰光电"
    assert subjects("消费板块走弱。\n国家统计局公布，出口增长5%。")["5%"] != "国家统计局"  # a public body reports
    # a company that announces its own results or sales (公布营收, 发布销量) holds them
    assert subjects("某日快讯\n联华电子昨日公布营收193亿元，环比增加7%。")["7%"] == "联华电子"
    # and so does a company that announces (宣布) its own prices, though another company was named before
    text = ("西江电力明年电价上调2.5%\n西江电力今日宣布，明年起平均电价上调2.5%。"
            "南岭能源同日宣布，明年平均电价维持不变，为每度1.2元。")
    assert subjects(text)["1.2元"] == "南岭能源"


def test_the_unit_of_a_figure_is_no_word_of_a_groups_name():
    found = subjects("雇主调查结果\n今年平均调薪2.1%，7成公司暂未发放年终奖。")
    assert not any(s.startswith(("成", "7")) for s in found.values())


def test_a_latin_name_that_reports_is_no_product_holding_the_figure():
    text = "行业观察\nAcme为投资者描绘了增长曲线。据The Daily Ledger最新报道，公司明年营收料达900亿美元。"
    assert subjects(text)["900亿美元"] != "The Daily Ledger"


def test_a_traded_thing_jieba_tags_as_a_classifier_is_still_a_mover():
    assert subjects("行情回顾\n加密货币走势疲软，比特币下跌2.7%。")["2.7%"] == "比特币"  # 比特币/q


def test_the_topic_of_a_clause_holds_its_figure_not_the_object_of_its_verb():
    """腾讯在全国新建了48个…, 小米是京东第三大…: a holder right after a verb or a preposition of venue is what the
    clause's topic acts on or where it acts; a possessor after a verb (使腾讯的利润) and names in a list keep theirs."""
    assert subjects("腾讯在全国新建了48个数据中心。")["48个"] == "腾讯"
    assert subjects("小米是京东第三大供应商。")["第三"] == "小米"
    assert subjects("降价将使腾讯的营业利润增加2.5%。")["2.5%"] == "腾讯"
    assert subjects("美团跌5%、京东跌3%。") == {"5%": "美团", "3%": "京东"}


def test_a_group_that_opens_the_metric_holds_it_unless_the_metric_counts_it():
    """电商行业营收, 规模以上服务业企业利润: a group of a class noun at the head of the metric is whose figure it is; in
    独角兽企业数量 the figure counts the group, which holds nothing."""
    found = subjects("长沙经济稳步回升\n规模以上服务业企业利润增长12%。电商行业营收增长6%。\n独角兽企业数量增至11家。")
    assert (found["12%"], found["6%"]) == ("规模以上服务业企业", "电商行业")
    assert found["11家"] == "长沙"


def test_the_government_holds_what_it_spends_but_not_what_it_reports_or_grants():
    """政府开支增加8%: a public body named by a common word holds its own figures; not what it expects (政府料…), nor
    a figure of the body it funds (获得政府拨款), and it never stands for the article (an article names it beside
    the holders it is about)."""
    found = subjects("财政紧绌\n政府今年开支增加8%，收入减少3%。")
    assert (found["8%"], found["3%"]) == ("政府", "政府")
    assert subjects("财政紧绌\n政府料失业率升至4.5%。")["4.5%"] == ""
    assert subjects("财政紧绌\n医管局获得政府拨款，每年开支约2亿元。")["约2亿元"] == "医管局"
    assert subjects("政府削减开支\n另外，工程预算为30亿元。")["30亿元"] == ""


def test_a_topic_group_of_the_sentence_outranks_a_name_that_is_an_object():
    """新能源汽车企业在港交所上市，市值…: the group that opens the sentence holds the figure of its next clause; the
    name after a preposition of venue (or a verb) is where it acts, no holder."""
    found = subjects("行业回暖\n新能源汽车企业正式在港交所上市，市值超过3000亿港元。")
    assert found["超过3000亿港元"] == "新能源汽车企业"


def test_a_figure_that_describes_the_name_after_it_is_that_names():
    """盘中一度跌逾3%的小米, 三连涨的京东: with no holder before it in its clause, a figure followed by 的 and a name
    describes that name."""
    assert subjects("港股收市\n盘中一度跌逾3%的小米收涨1.2%。")["逾3%"] == "小米"
    assert subjects("港股收市\n三连涨的京东收跌0.5%。")["三连涨"] == "京东"


def test_a_headline_place_followed_by_its_group_gives_the_group_as_the_articles_subject():
    """中国一季度规模以上服务业企业利润…: a place and, after no more than a time, a group of a class noun: the group
    (the place's) is the more specific holder of the article."""
    found = subjects("中国一季度规模以上服务业企业利润增长8%\n另外，营收增长5%。")
    assert found["5%"] == "规模以上服务业企业"


def test_a_time_before_a_mover_is_not_part_of_its_name():
    """本周钢材指数上涨3.15%: the words before the verb of change name the mover once the time that opens the clause
    is passed over."""
    assert subjects("期货收盘\n本周钢材指数上涨3.15%。")["3.15%"] == "钢材指数"


def test_the_whole_a_share_is_of_does_not_hold_it():
    """占亚洲的15%: a place between a verb of share and the figure is the whole; the holder is named before it. 占某公司
    总股本的比例 is the holder's own total."""
    assert subjects("粮食贸易\n越南大米出口量约700万吨，占亚洲的15%。")["15%"] == "越南"


def test_places_listed_before_a_count_are_what_it_counts():
    """在成都、西安等30多个城市: the places listed right before a count are its items; the holder is named before them.
    Companies so listed (甲、乙、丙三家) are left as they are."""
    assert subjects("外卖平台扩张\n美团在成都、西安等30多个城市上线了无人机配送。")["30多个"] == "美团"


def test_the_code_of_a_listing_is_no_part_of_a_movers_name():
    """Quorvex（QRVX）收跌7.2%: the ticker in brackets after the name is passed over; the name is the mover."""
    assert subjects("美股收盘\nQuorvex（QRVX）收跌7.2%。")["7.2%"] == "Quorvex"


def test_an_index_not_its_provider_holds_its_moves():
    found = {f.text: f for f in extract("消息发布。恒指收市报21,300点，跌150点。").facts}
    assert found["150点"].subject == "恒指"  # 恒 inside 恒指 is an ORG, but the index moved


def test_a_list_bullet_before_a_verb_of_change_is_no_mover():
    found = extract("措施如下：\n- 宽减3成差饷，上限为5000元\n").facts
    assert all(f.subject.strip(" -") == f.subject for f in found)  # never "- " (a bullet and a space)


def test_a_tier_of_cities_holds_its_figures():
    found = subjects("某国楼市平稳。\n3月份五线城市房价按年上涨4.1%，六七线城市房价下跌1.3%。")
    assert found["4.1%"] == "五线城市"
    assert found["1.3%"] == "六七线城市"


def test_a_count_or_a_time_ranks_no_tier_of_cities():
    found = subjects("某国楼市平稳。\n全年城市居民收入增长6.2%。\n八个城市房价上涨4.4%。")
    assert found["6.2%"] != "全年城市"
    assert found["4.4%"] != "八个城市"


def test_only_holder_words_and_the_ends_of_group_names_are_read_for_holders() -> None:
    """`_holder_phrases` visits a word only when it may hold: a place word, 计划, a word ending in a class noun
    or a traded thing; the rest (most words) are passed over by one cached look-up."""
    from pipeline.facts.subject import _may_hold

    assert _may_hold("本港") and _may_hold("计划") and _may_hold("某某上市公司") and _may_hold("现货白银")
    assert not _may_hold("增长") and not _may_hold("的") and not _may_hold("白银元")


def test_a_noun_phrase_that_opens_its_clause_and_owns_the_measure_by_de_holds_the_figure():
    found = subjects("某集团去年营收增长8%。\n其中，海外业务的收入占比从31.5%降至18.4%，而竞品的电池容量多出17%。\n"
                     "公司的现金仅有2.4亿元，去年同期的营收为5亿元。")
    assert found["31.5%"] == found["18.4%"] == "海外业务"
    assert found["17%"] == "竞品"
    assert found["2.4亿元"] == found["5亿元"] == "某集团"  # 公司 points back to the name; 去年同期 is a time


def test_in_clauses_that_share_a_measure_named_once_each_names_whose_move_it_is():
    found = subjects("某省工业运行平稳\n全省工业利润同比增长5.1%，家具业增长4.2%，木材和竹材加工业下降3.3%。\n"
                     "全省营收为5亿元，同比减少2.1%，五年时间提升3个百分点。")
    assert found["4.2%"] == "家具业"
    assert found["3.3%"] == "木材和竹材加工业"
    assert found["2.1%"] == found["3个百分点"] == "全省"  # 同比 and a time name no mover


def test_with_no_topic_before_the_figure_a_name_that_is_no_object_of_a_verb_holds_it():
    found = subjects("新品消息\n去年推出的华星科技新机，交给深圳代工，续航提升25%。")
    assert found["25%"] == "华星科技"  # 深圳 is what 交给 acts on


def test_a_name_after_a_preposition_the_topic_acts_through_or_against_holds_nothing():
    """向某地询价, 通过某交易所买入, 比某人小: the name a preposition takes is where the topic turns, the channel it
    uses or the benchmark it is measured against, not the holder of the figure."""
    found = subjects("采购消息\n华星科技上月向本地12家供应商询价，最后收到9家回复。")
    assert found["12家"] == found["9家"] == "华星科技"
    found = subjects("行业消息\n星河电子通过东岭证券交易所买入蓝海能源股份，占总股本的3.2%。")
    assert found["3.2%"] == "蓝海能源股份"
    assert subjects("人事变动\n陈大文今年52岁，李小明只比陈大文小3岁。")["3岁"] == "李小明"


def test_a_name_described_by_a_relative_clause_is_still_the_topic_of_its_clause():
    """李小明创办的蓝海科技上周股价急升: the verb before 的 describes the name; the name is what the clause is about and
    holds the figures of the clauses after it, not an earlier topic nor the founder."""
    found = subjects("消费回暖\n市民排队购买新机，李小明创办的蓝海科技上周股价急升，今日收市再升12%。")
    assert found["12%"] == "蓝海科技"


def test_a_quoted_name_the_article_repeats_holds_figures_as_a_name_does():
    """「翠湖雅苑」位于…: a project or product named in quotation brackets, again and again, at the head of its clause
    holds its figures; a term quoted once inside a phrase (「白菜价」策略) is no name."""
    found = subjects("新盘开售\n房委会推出的新楼盘「翠湖雅苑」位于东区，提供320个单位。「翠湖雅苑」共有三座大楼，"
                     "「翠湖雅苑」每套售价由200万元起。")
    assert found["320个"] == found["三座"] == found["200万元起"] == "翠湖雅苑"  # (起: a price from, D57)
    assert subjects("华星科技业绩\n华星科技主打「白菜价」策略，本年度营收增长18%。")["18%"] == "华星科技"


def test_a_name_in_straight_quotes_the_article_repeats_holds_figures_as_a_quoted_name_does():
    """某国最大的协会"某某会"公布…: straight double quotes set a name off as quotation marks do (the place before the
    superlative says where it ranks, no holder); a term in straight quotes once is still no name."""
    text = '简讯\n德国最大的骑行协会"飞轮会"周三公布，会员人数增至48万人。飞轮会表示，飞轮会今年新设了12个分会。'
    assert subjects(text)["48万人"] == "飞轮会"
    text = '簡訊\n香港老字號餅店"福滿樓"去年賣出月餅約85萬盒。福滿樓稱，福滿樓今年產量將增加一成。'
    assert subjects(text)["約85萬盒"] == subjects(text)["一成"] == "福滿樓"
    assert subjects('简讯\n华星科技主打"白菜价"策略，本年度营收增长18%。')["18%"] == "华星科技"


def test_the_organisation_a_section_heading_names_holds_the_figures_of_its_section():
    """## 消防处增1.2亿元购新车: where no holder is named before a figure, the organisation of its section's heading
    holds it, before the article's; not one that states the section's view (## 某证券：目标价…)."""
    found = subjects("部门预算出炉\n财政司公布各部门开支。\n## 消防处增1.2亿元购新车\n"
                     "在车辆及器材上，由去年0.8亿元增至2亿元。")
    assert found["0.8亿元"] == found["2亿元"] == "消防处"
    found = subjects("华星科技估值\n华星科技今年营收增长20%。\n## 蓝海证券：目标价50元\n以发行价8.5元计算，涨幅可观。")
    assert found["8.5元"] == "华星科技"
    # a name after the heading's first clause is not its topic (## 无实际控制人，某投资+某团队持股)
    found = subjects("华星科技上市\n华星科技今年营收增长20%。\n## 股权分散，蓝海证券入股\n每股作价8.5元。")
    assert found["8.5元"] == "华星科技"


def test_a_clause_that_opens_with_qi_is_about_the_name_it_stands_for():
    """王大明…，其手握8只个股: 其 stands for the nearest person or organisation named before it in its paragraph, a
    speaker included (the speaker's own holdings), not the company the speaker talked about."""
    found = subjects("牛散动向\n王大明表示，看好蓝海能源。王大明入市多年，截至去年底，其手握8只个股。")
    assert found["8只"] == "王大明"


def test_qi_that_jieba_joins_to_the_adverb_after_it_still_stands_for_the_name():
    """其新进前十大股东: jieba cuts 其新/d; the clause still opens with 其, who stands for the speaker named before (in
    both scripts); the adverb 其实 is no pronoun."""
    found = subjects("乙方科技发布公告。\n王小明表示不会减持。\n丙方电子一直是王小明看好的个股。"
                     "2024年年报显示，其新进前十大股东，持股300万股。")
    assert found["300万股"] == "王小明"
    found = subjects("宏達電子發布公告。\n林志明表示看好前景。\n遠東材料一直是林志明看好的個股。"
                     "年報顯示，其新進前十大股東，持股210萬股。")
    assert found["210萬股"] == "林志明"
    view = document_view("北方银行公布年报。其实，全年营收下降2%。")
    assert [tok.text for tok in SubjectFinder(view).pronouns] == []


def test_qi_does_not_stand_for_a_house_of_analysts_that_reports_others_figures():
    """某咨询的数据显示，…。其中某业态…：其规模…: a house of analysts judges others' figures, so 其 after it stands
    for the thing reported, not for the house (a speaker of its own figures stays the antecedent, above)."""
    found = subjects("行业观察\n北辰咨询的数据显示，国内茶饮市场规模达到5000亿元。其中，现制茶饮表现突出：其市场规模"
                     "年均增速高达18%。")
    assert found["18%"] != "北辰咨询"


def test_a_name_after_a_causative_verb_is_no_object_it_is_made_to_change():
    view = document_view("门店消息\n今年新增4家门店，使华东门店增至15家。")
    start = view.text.index("华东")
    assert not SubjectFinder(view)._is_object((start, start + 2))


def test_a_contract_that_trades_carries_over_to_the_clauses_after_it_as_a_name_does():
    found = subjects("商品收盘\n美股早盘，NYMEX 3月取暖油期货收涨1.2%，报2.1550美元/加仑，四连涨。")
    assert found["2.1550美元/加仑"] == found["四连涨"] == "取暖油期货"  # not 美 (of 美股)


def test_the_thing_a_sentence_takes_as_its_example_holds_the_figures_after_it():
    found = subjects("小巴加价\n以来往东涌及大澳的88号小巴路线为例，现时车资为$9.5，下月将加至$10.2。\n"
                     "以一名40岁男性投保50万元为例，每月可领2,100元。")
    assert found["$9.5"] == found["$10.2"] == "88号小巴路线"  # the head after 的, not the places it runs between
    assert found["2,100元"] == "男性"  # a story with a verb in it is no example thing


def test_a_person_followed_by_a_colon_states_what_follows_and_holds_none_of_it():
    found = subjects("多家投行上调某科技目标价\n华信证券（研究员Mark Lee）：目标价从80美元上调至95美元。")
    assert found["80美元"] == found["95美元"] == "华信证券"  # not Mark Lee, who states the target


def test_a_verb_of_change_that_jieba_glued_to_the_end_of_a_name_still_marks_the_mover():
    found = subjects("港股收盘\n宏达收涨4.2%，宏通涨超2%。")  # 宏/n 通涨/v 超2%
    assert found["超2%"] == "宏通"


def test_a_noun_phrase_that_opens_its_clause_and_has_what_the_figure_counts_holds_it():
    found = subjects("某市教育概况\n全市有幼儿园120所。其中，城区有幼儿园42所，乡镇有幼儿园78所。")
    assert (found["120所"], found["42所"], found["78所"]) == ("全市", "城区", "乡镇")


def test_a_place_a_thing_is_located_in_holds_nothing_and_a_company_refers_to_itself_as_the_company():
    text = "远景动力宣布，其位于西班牙的新工厂年产能达30GWh；公司今年营收为420亿元。"
    facts = {f.text: f for f in extract(text).facts}
    assert (facts["30GWh"].subject, facts["420亿元"].subject) == ("远景动力", "远景动力")


def test_real_or_nominal_growth_is_no_one_s_move():
    facts = {f.text: f for f in extract("某省居民人均收入名义增长6.1%，实际增长5.3%。").facts}
    assert facts["5.3%"].subject != "实际"


def test_a_time_before_a_class_noun_is_no_word_of_a_group_s_name():
    facts = {f.text: f for f in extract("上季度公司营收增长6%。").facts}
    assert "季度" not in facts["6%"].subject


def test_a_photo_caption_names_no_holder():
    text = "图：市民在商场选购年货。（资料图片）\n商场推出优惠，每满500减60。"
    assert [f.subject for f in extract(text).facts] == ["", ""]


def test_with_no_holder_in_the_headline_or_lead_the_headlines_opening_nouns_are_the_articles_subject():
    """A product no entity rule knows, named again in the body, holds the figures no other holder claims; a measure
    that opens the headline (某某指数创新高) holds nothing."""
    found = subjects("晴川專業版正式上線\n上月起，晴川專業版每月收費68元，年費為600元。\n"
                     "晴川專業版另設學生優惠，月費為38元。")
    assert found["68元"] == found["600元"] == "晴川專業版"
    # (an index holds its own level where it is named, gold D15, but stands for no other figure of the article)
    found = subjects("晴川指數創新高\n晴川指數今日升至3.5，晴川指數上月為3.1。\n另外，全日成交額為20億元。")
    assert found["3.5"] == "晴川指數" and found["20億元"] == ""


def test_the_people_a_figure_counts_do_not_carry_over_as_its_holder():
    found = subjects("巡航鐵路公司表示，本月巡航快綫乘客量達120萬人次，按年上升5%，平均每日乘客量為4萬人次。")
    assert found["5%"] != "乘客" and found["4萬人次"] != "乘客"


def test_a_public_body_that_reports_an_economys_figures_gives_its_place_as_the_articles_subject():
    """A statistics bureau publishes the figures of its place: with no other holder named, the place holds them."""
    found = subjects("甘肃统计局发布三季度数据\n甘肃省统计局昨日发布数据显示，三季度地区生产总值同比增长5.3%。\n"
                     "社会消费品零售总额增长4.8%。")
    assert found["5.3%"] == found["4.8%"] == "甘肃"


def test_a_public_body_before_a_colon_states_the_figures_it_does_not_hold():
    facts = extract("国家统计局：9月PPI同比下降1.7%\n国家统计局今日发布，9月份全国工业生产者出厂价格同比下降1.7%。")
    facts = facts.facts
    assert [f.subject for f in facts] == ["全国", "全国"]


def test_a_traded_thing_before_a_measure_of_output_is_what_is_made_not_who_makes_it():
    """天然气产量 is the producer's figure: with the producer named only in the body, the headline's commodity does not
    stand for the article, and a group inside the producer's full name is no holder of its own."""
    found = subjects("某油企天然氣產量增長6%\n北海石油天然氣股份有限公司昨日公布，上半年營業收入為1.2萬億元。\n"
                     "期內，公司油氣當量產量達8.1億桶。")
    assert found["6%"] == found["8.1億桶"] == "北海石油天然氣股份有限公司"


def test_the_place_of_a_reporters_dateline_holds_nothing():
    found = subjects("晴川半導體營收創新高\n"
                     "【記者林小華／竹北報導】晴川半導體昨日公布，第三季營收達新台幣310億元，季增9%。")
    assert found["新台幣310億元"] == found["9%"] == "晴川半導體"


def test_a_place_that_says_where_a_thing_is_from_does_not_stand_for_the_article():
    """一款日本零食: the place describes the snack; with the byline passed over, the lead's company is the article's.
    A place before its own measure (某地電動車銷量) still is."""
    found = subjects("一款日本零食走紅\n作者 | 某某\n嘉禾食品有限公司去年營收達27億元。\n公司毛利率升至40%。")
    assert found["40%"] == "嘉禾食品有限公司"
    assert subjects("台灣電動車銷量創新高\n上月新車掛牌數達4.2萬輛，按年增長12%。")["12%"] == "台灣"


def test_a_house_of_analysts_that_speaks_does_not_stand_for_the_article():
    """某证券指出…: a broker judges others' figures; named in the headline's lead it does not hold the rest."""
    text = ("如何判断周期的顶部？\n东川证券研究团队的看法是：见顶信号有两个。\n东川证券认为，赛道可分四类。\n"
            "盈利增速跌破30%时，收益率明显下降。")
    assert subjects(text)["跌破30%"] == ""


def test_a_company_that_launches_in_the_headline_stands_for_the_article_with_no_holder_named():
    """某公司發表新款筆電: the maker the headline names stands for the article though it announces; a camel-case
    product with its model (ZenBook 14) is a name that holds its specifications."""
    found = subjects("華碩發表新款筆電　重量僅1.2公斤\n新款輕薄筆電預計下月開賣，續航力達15小時。")
    assert found["15小時"] == "華碩"
    found = subjects("新款筆電重量僅1.2公斤\n新一代輕薄筆電ZenBook 14搭載16GB記憶體，續航力達15小時。")
    assert found["16GB"] == found["15小時"] == "ZenBook 14"


def test_a_place_before_a_superlative_is_where_a_thing_ranks_not_its_holder():
    """全国用户规模最大的应用——某某: the place scopes the rank; the thing the article is about holds the figures. A
    place with a verb before the superlative (某国是全球最老化的国家) still holds its own."""
    text = ("飞鱼助手专业版正式上线，年费最高800元\n全国用户规模最大的智能应用——飞鱼助手，开始收费。\n"
            "飞鱼助手专业版标准套餐每月30元。")
    assert subjects(text)["30元"] == "飞鱼助手"
    text = "宁安乳业营收增长\n全省规模最大的乳企宁安乳业去年营收12亿元。\n另外，全省规模最大的乳企去年纳税2亿元。"
    assert subjects(text)["2亿元"] == "宁安乳业"
    text = "葡萄牙人口老化\n葡萄牙是全球第三人口最老化的國家，人口年齡中位數是45.1歲。"
    assert subjects(text)["45.1歲"] == "葡萄牙"


def test_a_body_that_gives_an_account_of_figures_reports_them():
    """卫生署交代…的结果: 交代 (gives an account of) is a verb of reporting, as 公布 is; the body holds none of them."""
    text = "东港卫生部门公布筛查结果\n卫生署交代为期24个月的肺癌筛查计划的结果，接受检查的有12,345人。"
    assert subjects(text)["12,345人"] != "卫生署"


def test_a_place_inside_a_things_name_does_not_stand_for_the_article():
    """城铁深圳段: the place says which part of the line; the article is about the line its headline opens with."""
    found = subjects("城铁客量不及预期\n城铁深圳段上月日均载客量为3.1万人次。\n过去一年城铁客量增长9%，收入约7亿元。")
    assert found["9%"] == found["约7亿元"] == "城铁"


def test_an_alias_in_brackets_reports_as_its_name_and_a_headline_quoting_it_is_no_holder():
    """北辰能源署（NEA）周三发布: the alias reports too; NEA：… in the headline quotes the agency, it holds nothing."""
    text = "NEA：今年石油需求增速放缓\n北辰能源署（NEA）周三发布月报，将石油需求增长预测下调至每日70万桶。"
    view = document_view(text)
    finder = SubjectFinder(view)
    alias = text.index("NEA）")
    assert finder.is_source(alias, alias + 3)
    assert finder.document_subject is None
    assert subjects(text)["70万桶"] != "NEA"


def test_a_place_holds_what_its_public_body_reports_in_the_paragraph():
    text = ("全国经济稳中有进\n国家统计局数据显示，上半年全国GDP增长5%。\n"
            "浙江省统计局公布，上半年规模以上工业增加值增长7%。")
    found = subjects(text)
    assert found["5%"] == "全国"
    assert found["7%"] == "浙江省"  # not the headline's 全国, nor the bureau


def test_an_industry_word_of_players_ends_a_group_even_when_jieba_cuts_it():
    """业者 (an industry's players) is a class noun; 航空业/者: jieba cuts it across two words, still one group."""
    found = subjects("某地产业消息\n面板业者10月营收合计90亿元。另外，航空业者10月载客量为40万人次。")
    assert found["90亿元"] == "面板业者"
    assert found["40万人次"] == "航空业者"


def test_a_group_that_states_what_follows_holds_nothing():
    found = subjects("某市楼市消息\n某某建设10月营收为3亿元。部分业者表示，明年房价还会上涨6%。")
    assert found["6%"] != "部分业者"


def test_a_company_that_releases_what_follows_holds_it():
    assert subjects("晶片消息\n宏远电子公布，10月营收为70亿元新台币。")["70亿元新台币"] == "宏远电子"


def test_a_population_that_says_who_those_counted_were_holds_nothing_beyond_its_clause():
    """均为长者 describes the 4 who died; the next sentence's cases are still the place's."""
    found = subjects("本港流感消息\n上周录得20宗严重个案，其中4人死亡，均为70岁以上长者。本季累计录得150宗严重个案。")
    assert found["150宗"] == "本港"


def test_the_one_a_holder_is_measured_against_is_not_carried_to_the_next_sentence():
    found = subjects("大华电子手机份额上升\n第三季度，该品牌手机份额达25%，领先于三星。出货量增长5%。")
    assert found["5%"] == "大华电子"
    assert subjects("手机市场\n第三季度，甲公司份额达25%，高于三星的20%。")["20%"] == "三星"


def test_each_owner_of_a_list_of_figures_after_de_holds_its_own():
    """乙公司的0.8%、大众食品的0.2%: the nouns between the joiner and 的 hold the figure after them."""
    assert subjects("糖果市场\n甲公司份额为5%，领先于乙公司的0.8%、大众食品的0.2%。")["0.2%"] == "大众食品"


def test_a_superlative_of_a_noun_the_holder_owns_keeps_the_holder():
    """湖滨线最繁忙时段的班次: 最繁忙 describes the line's own hours, no rank it scopes (unlike 全国规模最大的)."""
    found = subjects("湖滨线通车\n湖滨线首月载客300万人次。地铁公司指，湖滨线最繁忙时段的载客率约为85%。")
    assert found["约为85%"] == "湖滨线"


def test_a_traded_thing_before_its_price_holds_the_price():
    """白银价格上涨5%: the metal's own price; 原油加工量 (an output) stays the company's."""
    found = subjects("华东能源公司公布半年报\n报告期内，华东能源公司营收增长8%，白银价格上涨5%。原油加工量增长3%。")
    assert found["5%"] == "白银"
    assert found["3%"] == "华东能源公司"


def test_a_noun_phrase_that_opens_the_clause_before_its_predicate_holds_the_figure():
    """液流电池凭借两年的…优势: the clause's topic, named again in the article, though no entity rule names it."""
    found = subjects("北岭电力缺口扩大\n北岭省电网负荷持续上升，缺口达到15吉瓦。燃煤电厂建设周期较长，而液流电池凭借"
                     "两年的建设期优势，有望成为主力。液流电池装机规模今年增长40%。")
    assert found["两年"] == "液流电池"
    assert found["15吉瓦"] == "北岭省"


def test_words_the_metric_goes_on_from_hold_nothing():
    """雨水/综合/利用率: 雨水 is a word of the measure, not a topic; the city carried over holds the rate."""
    found = subjects("青河市环境公报\n青河市空气优良天数为300天。雨水综合利用率达到61%，雨水管网新增20公里。")
    assert found["61%"] == "青河市"


def test_the_set_a_clause_says_figures_are_counted_among_holds_them():
    """受访商户中，四成…: the shops the share is of; not a count of the whole (在120名受访雇员中) nor a document
    (报告中)."""
    found = subjects("青山商会发布租金调查\n青山商会的调查访问了80家商户，雇员平均加薪2.5%。受访商户中，四成表示"
                     "租金上调。在120名受访雇员中，有30人表示满意。报告中，五成雇员计划转行。")
    assert found["四成"] == "受访商户"
    assert found["30人"] == "雇员"
    assert found["五成"] != "报告"


def test_a_share_before_the_people_it_is_of_is_theirs():
    """四成商户未续约…, 35%的受访商户表示…: the shops the share is of; not 50%的公司利润 (a measure's share)."""
    found = subjects("青山商会发布租金调查\n青山商会指，雇员今年平均加薪2%。四成商户未续约，35%的受访商户"
                     "表示将迁出。青山商会预计超过50%的公司利润来自海外。")
    assert found["四成"] == "商户"
    assert found["35%"] == "受访商户"
    assert found["超过50%"] != "公司"


def test_a_counted_group_or_a_share_of_people_holds_the_rest_of_its_sentence():
    """去年共有30家物流企业…，平均利润率…, 约四成的在职人士每周…，建议…: the group an earlier figure counts or is a
    share of holds the sentence's later figures; a holder named after it wins, and the next sentence is not its."""
    found = subjects("星河市公布物流业数据。去年共有30家物流企业营收超过5亿元，平均利润率达到12%。")
    assert found["12%"] == "物流企业"
    found = subjects("青禾区政府估计，现时约四成的在职人士每周工作超过50小时，建议把上限降至44小时。")
    assert found["超过50小时"] == found["44小时"] == "在职人士"
    found = subjects("星河市公布物流业数据。去年共有30家物流企业营收超过5亿元，上海营收增长6%。全市利润率达到9%。")
    assert found["6%"] == "上海"
    assert found["9%"] == "全市"


def test_a_thing_launched_or_built_holds_the_figures_after_it_in_its_sentence():
    """某公司推出X5手表，…售价…, 兴建一条80米隧道，每米造价…: the product or the structure holds them, not its
    maker; not a plan."""
    assert subjects("星河科技昨日推出X5手表，续航提升至14天，售价为1999元。")["1999元"] == "X5手表"
    assert subjects("青禾区政府拟兴建一条80米隧道，每米造价300万元。")["300万元"] == "隧道"
    assert subjects("星河科技昨日推出新计划，营收目标为30亿元。")["30亿元"] == "星河科技"


def test_the_people_a_clause_says_the_sentence_is_about_hold_its_figures():
    """至于商户方面，…: the shops the sentence turns to, without the preposition before them."""
    found = subjects("青山商会发布租金调查\n青山商会指，雇员今年平均加薪2%。至于商户方面，今年续约比例为3成。")
    assert found["3成"] == "商户"


def test_the_set_a_paragraph_turns_to_holds_its_figures_past_a_semicolon():
    """至于厂商方面，…；…: with no holder named after it, the set the paragraph turns to holds on to its end, in both
    scripts, rather than the article's subject; a name after it still holds its own."""
    found = subjects("预算案公布\n市民每人获5000元。\n至于厂商方面，减免税款上限为2万元；补贴电费3个月，为期半年。")
    assert found["2万元"] == found["3个月"] == found["半年"] == "厂商"
    found = subjects("預算案公布\n市民每人獲5000元。\n至於廠商方面，減免稅款上限為2萬元；補貼電費3個月，為期半年。")
    assert found["3個月"] == found["半年"] == "廠商"
    assert subjects("调查结果\n在受访商户中，四成表示生意下跌；三成计划裁员。")["三成"] == "受访商户"
    assert subjects("零售简讯\n至于商户方面，补贴为期3个月；甲百货公司营收增长5%。")["5%"] == "甲百货公司"


def test_a_heading_of_a_body_s_official_with_a_colon_holds_nothing():
    """## 某统计署署长：… introduces what the official says; the section's figures are the place's, as under
    ## 某统计署：…."""
    text = "某市贫富差距扩大\n本市最新公布的系数为0.51。\n## 运输署署长：\n系数上升了0.004。\n"
    facts = {f.text: f for f in extract(text).facts}
    assert facts["0.004"].subject != "运输署"


def test_the_noun_a_clause_of_its_own_modifies_holds_the_figures_after_it():
    """某署辖下的某航线，…: the service the modifier's name runs holds the sentence's figures; not a bare possessor
    (某区的景点: the district holds), nor the object of a holder's predicate (某署亦决定扩大某公园的步道)."""
    found = subjects("某市公布各区开支\n某市财政司公布各部门预算。运输署辖下的渡轮航线，本年度开支为3.2亿元，"
                     "较上年度增加两成。青山区的景点，上月游客为3万人。地政署亦决定扩大青山公园的步道，全长由20公里增至30公里。")
    assert found["3.2亿元"] == found["两成"] == "渡轮航线"
    assert found["3万人"] == "青山区"
    assert found["30公里"] == "青山公园"


def test_a_company_that_reports_its_own_results_holds_on_through_the_paragraph():
    """某公司公布财报，营收…；毛利率…: the company holds the figures after the semicolon too, as a holder named in the
    paragraph does."""
    found = subjects("芯片厂第3季营收创新高\n\n（中央社记者王小明新竹5日电）晶圆代工厂青禾半导体今天公布第3季财报，"
                     "合并营收新台币1,532亿元，季增8.2%；毛利率48.1%，较上季增加1.2个百分点。")
    assert found["新台币1,532亿元"] == found["48.1%"] == found["1.2个百分点"] == "青禾半导体"


def test_the_ends_of_a_route_hold_none_of_its_figures():
    """来往甲地及乙地的巴士线, 甲市至乙市航线: the places a route runs between say where it runs; its fares are the
    operator's or the route's, not the places'."""
    found = subjects("蓝湾巴士下月加价\n运输署宣布，蓝湾巴士来往沙田及中环的88线，车资由12.5元增至13.6元。")
    assert found["12.5元"] not in ("沙田", "中环")
    found = subjects("蓝湾航空加价\n蓝湾航空桂林至南宁航线，单程票价由480元调整为520元。")
    assert found["480元"] not in ("桂林", "南宁")


def test_a_currency_at_the_head_of_its_clause_is_the_thing_traded():
    """欧元早段走强，升至1.0812: a currency that opens its clause (no figure's unit) is whose price moved; as a unit
    (营收12亿美元) or after a preposition (以英镑计) it holds nothing."""
    found = subjects("汇市综述\n蓝湾证券指出，欧元早段走强，一度升至1.0812，全日累计上涨0.8%。")
    assert found["1.0812"] == found["0.8%"] == "欧元"
    assert subjects("华星科技业绩\n以英镑计，华星科技营收增长6%。")["6%"] == "华星科技"


def test_a_company_the_lead_names_as_reporting_its_results_stands_for_the_article():
    """某某石化发布季度业绩报告，…: with no holder in the headline (a short name no rule knows), the company that
    announces in the lead is what the article is about; its figures in the next paragraph are its own."""
    found = subjects("蓝能季度盈利增长\n蓝海石化发布季度业绩报告，营收为520亿元。\n报告期内，原油产量为900万桶。")
    assert found["520亿元"] == found["900万桶"] == "蓝海石化"


def test_a_traded_thing_that_names_its_price_holds_it_but_not_an_amount_of_it():
    """多晶硅从每吨6万元涨到9万元: the thing traded is the metric and whose price it is; 年产原油300万吨 is the
    producer's output."""
    found = subjects("蓝湾光伏成本\n蓝湾光伏总裁表示，多晶硅从每吨6万元涨到9万元。")
    assert found["9万元"] == "多晶硅"
    found = subjects("蓝湾油田投产\n蓝湾油田去年投产，年产原油300万吨。")
    assert found["300万吨"] != "原油"


def test_an_estate_that_has_a_count_holds_it():
    """当中金湾苑有9宗交易；银湖轩亦有7宗: the noun phrase that has what a count counts holds it (after 当中 and an
    adverb too); 某负荷仍有20GW的缺口 is a measure, no holder."""
    found = subjects("屯门楼市淡静\n屯门上月二手成交约有50宗，当中金湾苑有9宗交易；银湖轩亦有7宗。")
    assert (found["9宗"], found["7宗"]) == ("金湾苑", "银湖轩")


def test_the_place_of_a_market_session_is_a_time_not_a_holder():
    """美股早盘, 亚市盘中, 欧市盘初 say when a traded thing moved; the place in them holds none of its figures."""
    found = subjects("汇市周评\n日元兑美元在欧市盘初走高，美股午盘升至150.2。")
    assert found["150.2"] == "日元"
    found = subjects("债市周评\n美国10年期国债收益率周三上升，美股早盘降至4.1%，亚市早盘回落至4.0%。")
    assert found["4.1%"] != "美" and found["4.0%"] != "亚"


def test_an_alias_in_brackets_stands_for_the_name_before_it():
    """莱特币（LTC）, 华为（HW）: the holder is written out as the name, not its ticker or short code."""
    found = subjects("币市周评\n莱特币（LTC）在亚市盘中跌破90美元，随后反弹涨超3%。")
    assert found["跌破90美元"] == found["超3%"] == "莱特币"
    assert subjects("周评\n华为（HW）周三公布营收增长8%。")["8%"] == "华为"


def test_a_clause_opening_with_a_demonstrative_is_about_what_it_points_back_to():
    """该中心已引进…, 该款饮品上市后…: 该/这/此 and a noun open the clause; the holder is the name before it that ends
    in that noun (the centre named in the paragraph before), else, with no holder named before it in its paragraph, the
    phrase as written rather than the article's subject."""
    found = subjects("青山市科创成绩单\n青山市去年建成湘江科技创新中心。\n该中心已引进40个研发团队，带动投资12亿元。")
    assert found["40个"] == found["12亿元"] == "湘江科技创新中心"
    found = subjects("蓝海食品业绩\n蓝海食品去年营收增长8%。\n最新数据显示，该款饮品上市仅4个月，累计售出3500万瓶。")
    assert found["3500万瓶"] == "该款饮品"
    found = subjects("民生措施\n政府公布十项措施。\n林大文表示，这些便民新措施每年大约增加开支2%。")
    assert found["2%"] == "这些便民新措施"


def test_a_demonstrative_company_word_opening_a_paragraph_stands_for_the_company_of_the_paragraph_before():
    """該公司 (jieba cuts 該/公司) opening a paragraph: the company named in the paragraph before, not the headline's
    topic."""
    text = "晶片產業月報\n星河電子昨日公布，上月營收達80億元，年增12%。\n該公司今年資本支出預估為30億美元。"
    assert subjects(text)["30億美元"] == "星河電子"
    text = "手机市场周报\n蓝鲸科技发布二季度业绩，营收增长9%。\n该公司全年出货量目标为5000万台。"
    assert subjects(text)["5000万台"] == "蓝鲸科技"


def test_a_model_named_after_its_maker_and_de_holds_its_specifications():
    """某公司的X9处理器良率: the product (a model and its class) after the maker and 的 holds the figure, not the
    maker; both scripts."""
    found = subjects("芯片周报\n芯源半导体的X9处理器良率已提升至85%。\n藍鯨科技的Z3手機首月銷量達到40萬台。")
    assert (found["85%"], found["40萬台"]) == ("X9处理器", "Z3手機")


def test_a_government_that_releases_its_own_budget_holds_its_figures():
    """政府公布财政预算: a government's own budget (its spending, its deficit) is its own, not figures it reports;
    both scripts, with a time word between."""
    found = subjects("甲市财政\n甲市经济平稳。\n市政府公布明年财政预算，总开支为850亿元，较今年增加6%。")
    assert found["850亿元"] == found["6%"] == "市政府"
    found = subjects("乙區樓市\n本港樓價回穩。\n政府早前公布新一份財政預算案，預計赤字為480億元。")
    assert found["480億元"] == "政府"


def test_a_group_of_research_houses_before_an_unnamed_house_that_reports_holds_nothing():
    """行业研究机构某某最新报告显示，…: the group says what the source is (no entity rule names the house); the figures
    are not the group's."""
    found = subjects("穿戴設備季報\n蓝鲸科技手表热销。\n"
                     "行业研究机构星图咨询最新报告显示，三季度智能手表出货量为3800万台。")
    assert found["3800万台"] != "行业研究机构"
    found = subjects("平板季報\n調研機構天衡顧問數據指出，平板電腦出貨量增長9%。")
    assert found["9%"] != "調研機構"


def test_a_demonstrative_of_one_character_points_at_an_institution():
    """该校, 该院, 该队 (jieba glues the two characters): the school, hospital or team named before (a 中学 or 大学 for
    该校), else the phrase as written, not the article's subject."""
    found = subjects("青禾教育年报\n青禾市去年建成明德实验中学。\n该校今年招收新生1200名，升学率达到96%。")
    assert found["1200名"] == found["96%"] == "明德实验中学"
    found = subjects("甲城经济\n甲城去年经济增长5%。\n该院去年接诊病人超过80万人次。\n該隊本季戰績為30勝12敗。")
    assert found["超过80万人次"] == "该院"
    assert found["30勝"] == "該隊"


def test_a_demonstrative_that_points_at_a_measure_a_document_or_a_place_holds_nothing():
    """此比例将增至37% (the measure itself), 该报告将…归纳为四种 (a document reports), 这里已有9项 (a place word)."""
    assert "此比例" not in subjects("手机市场\n研究显示，明年智能手机出货量增长11%，到2030年，此比例将增至37%。")["37%"]
    found = subjects("青山市科创成绩单\n青山市去年建成星火研究院。\n该报告将产业归纳为四种类型。")
    assert found["四种"] == "青山市"


def test_an_age_group_that_opens_a_clause_holds_its_figures():
    """41岁至55岁中年选民增加…, 18至30岁则仅占…, 70岁或以上的长者占…: an age range or bound opening a clause names the
    people the clause's figures are of, with the word of people after it when there is one (not a measure: 18至30岁
    比例); an age stated of one person (现年62岁的某某) is no group."""
    found = subjects("选民登记\n今年新增选民30万。以年龄划分，41岁至55岁中年选民增加20万，占新增选民的52%，"
                     "18至30岁则仅占27%。")
    assert found["20万"] == found["52%"] == "41岁至55岁中年选民"
    assert found["27%"] == "18至30岁"
    found = subjects("人口统计\n青山市去年人口增长1%，其中70岁或以上的长者占21%，但18岁以下儿童比例降至15%。")
    assert (found["21%"], found["15%"]) == ("70岁或以上的长者", "18岁以下儿童")
    assert subjects("人事变动\n现年62岁的张大文持有青山银行5%股份。")["5%"] != "62岁"


def test_a_company_named_in_full_goes_by_its_brand_elsewhere():
    """芯源科技股份有限公司 … 芯源营收增长4%: the brand of a company named in full (its name without the legal form,
    the company word and the industry word) is a holder where the article uses it as a word of its own, though the
    entity stage did not label it."""
    found = subjects("指纹芯片上市\n芯源科技股份有限公司与星澜科技有限公司今年均递表。\n"
                     "据行业报告，去年芯源营收只增长4%，而星澜营收增长44%。")
    assert (found["4%"], found["44%"]) == ("芯源", "星澜")
    found = subjects("面板厂商出货\n晶辉光电股份有限公司与云帆半导体有限公司公布首季数据。\n"
                     "统计显示，首季晶辉出货量增长9%，云帆则下跌6%。")
    assert found["9%"] == "晶辉"


def test_company_short_forms_need_a_tail_and_a_brand_of_its_own():
    """A branch's place in brackets is no part of the brand; a brand that is a place or a word of everyday text, or
    a name with no company tail, gives no short form."""
    assert company_short_forms("恒曜科技（香港）有限公司") == ("恒曜", "恒曜科技", "恒曜科技有限公司")
    assert company_short_forms("飞鸿集团") == ("飞鸿", "飞鸿集团")
    assert company_short_forms("深圳能源集团") == ()  # 深圳: a place
    assert company_short_forms("长城汽车股份有限公司") == ()  # 长城: an everyday word
    assert company_short_forms("青山市统计局") == ()


def test_a_trade_named_by_its_product_or_work_holds_its_figures():
    """汽车业, 酒店業, 饮食/界 (cut in two), 资讯科技界: a noun of two characters or more and 业 or 界 is a trade that
    holds its clause's figures; not 就业 or 世界 (one character before it)."""
    assert subjects("车市\n今年首季，汽车业销售额按年增长12%。")["12%"] == "汽车业"
    assert subjects("旅游\n今年酒店業入住率跌至四成。")["四成"] == "酒店業"
    assert subjects("选民登记\n今年飲食界登記選民增加四成。")["四成"] == "飲食界"
    found = subjects("选民登记\n去年资讯科技界选民增加一成，旅游界则减少5%。")
    assert (found["一成"], found["5%"]) == ("资讯科技界", "旅游界")
    assert subjects("统计\n纺织服装业实现增加值12亿元。")["12亿元"] == "纺织服装业"
    assert is_industry("餐饮业") and is_industry("饮食界")
    assert not is_industry("就业") and not is_industry("世界") and not is_industry("企业")


def test_a_trade_holds_its_sentence_not_the_paragraph_after_it():
    """全年航运业实现收入…。年末注册船舶…: the next sentence counts the place's own, not the trade's."""
    found = subjects("青山市去年经济平稳\n全年航运业实现营业收入12亿元，同比增长5%。年末注册船舶300艘，同比增长2%。")
    assert found["12亿元"] == found["5%"] == "航运业"
    assert found["300艘"] == found["2%"] == "青山市"


def test_a_count_of_bodies_or_people_opening_its_clause_is_the_group_s():
    """已有30家…获批, 共有45家…分红, 五位…人士透露: a count of bodies or people that opens its clause holds itself
    (gold/README D36), not a company carried from the sentence before; in both scripts."""
    found = subjects("星河科技发布年报\n星河科技营收增长8%。今年以来，已有超过30家城市商业银行获批合并。")
    assert found["超过30家"] == "城市商业银行"
    assert subjects("星河科技发布年报\n星河科技营收增长8%。\n据统计，共有45家食品公司进行分红。")["45家"] == "食品公司"
    found = subjects("星河科技發布年報\n星河科技營收增長8%。據報道，六位業內人士預計，公司將擴產。")
    assert found["六位"] == "業內人士"


def test_a_count_that_is_an_object_or_a_holder_s_own_stays_with_the_holder():
    """某公司旗下有5家子公司 (named in the clause), 新开14家门店 (shops), 当年仅有58名员工 (its own staff), 向20间银行
    查询 (an object), 20间银行中 (a sample the next figure is picked from)."""
    assert subjects("星河科技发布年报\n星河科技营收增长8%，星河科技旗下有5家子公司。")["5家"] == "星河科技"
    assert subjects("星河科技发布年报\n星河科技营收增长8%，新开14家门店。")["14家"] == "星河科技"
    assert subjects("星河科技发布年报\n星河科技成立于1990年，当年仅有58名员工。")["58名"] == "星河科技"
    assert subjects("星河科技发布年报\n星河科技上月向20间银行借款。")["20间"] == "星河科技"
    assert subjects("星河科技发布年报\n星河科技指，20间银行中，有6间提供贷款。")["20间"] == "星河科技"


def test_a_counted_set_some_of_which_is_picked_holds_the_picked_figures():
    """甲会指，20间银行中，有6间…: the body speaks or surveys; the banks counted in the set hold the figures picked from
    it (the set's own count stays the speaker's). Not a whole whose parts are something else, nor an age band."""
    found = subjects("星河科技发布年报\n星河科技指，20间银行中，有6间提供贷款，利率为3%至4%。")
    assert found["20间"] == "星河科技"
    assert found["6间"] == found["3%至4%"] == "银行"
    found = subjects("学会调查\n该学会向全市90间中学发问卷，在61间回应的中学中，有50间（82%）表示缺乏社工。")
    assert found["50间"] == found["82%"] == "中学"
    assert subjects("学会调查\n当被问到会否增聘人手时，50间中学中，只有7间打算增聘。")["7间"] == "中学"
    assert subjects("行业报告\n手续费 | 25间券商中，有5间收取开户费")["5间"] == "券商"
    found = subjects("星河医院年报\n星河医院营收增长8%。院方又指，在300名登记的会员之中，抽查了120宗申请。")
    assert found["120宗"] == "星河医院"


def test_a_name_inside_an_event_that_dates_the_figure_yields_to_the_sentence_s_topic():
    """某指数…，美国某数据公布后跌破…: the name in the event (the data's country or series) dates the move; the
    index named first in the sentence holds it. With no holder before the event, the event's name holds."""
    found = subjects("美股收盘\n恒生指数早盘升至25000点，美国CPI数据公布后随即跌破24800点。")
    assert found["跌破24800点"] == "恒生指数"
    found = subjects("美股收盘\n恒生指数早盘升至25000点，美国PMI数据公布后随即跌破24800点，"
                     "美国零售数据公布后不久跌至24700点。")
    assert found["跌破24800点"] == found["24700点"] == "恒生指数"
    assert subjects("星河科技股价大涨\n星河科技业绩公布后，股价大涨12%。")["12%"] == "星河科技"


def test_a_comparison_base_holds_its_own_figure_not_the_gap_after_it():
    """比越南的4%高出…: the base's 4% is its own; the gap after it is the topic's, named before in the clause or
    carried from the clause before; in both scripts."""
    found = subjects("泰国经济\n泰国今年经济增速比越南的4%高出3个百分点。")
    assert (found["4%"], found["3个百分点"]) == ("越南", "泰国")
    found = subjects("泰國經濟\n泰國今年失業率為6%，比越南的4%高出2個百分點。")
    assert (found["4%"], found["2個百分點"]) == ("越南", "泰國")
    found = subjects("佛山樓市\n佛山平均呎價為1.2萬元，較東莞的1.5萬元低兩成。")
    assert (found["1.5萬元"], found["兩成"]) == ("東莞", "佛山")


def test_an_owner_by_a_verb_of_having_holds_the_later_clauses_of_its_sentence():
    """某苑有N宗交易，平均呎价为…; 某区有小学N所，在校学生…，教职工…: the owner that opens the first clause holds the
    figures of the clauses after it that name no one."""
    found = subjects("沙田樓市\n沙田區內二手成交減少。當中碧濤苑亦有6宗交易，呎價平均為11,200元。")
    assert found["6宗"] == found["11,200元"] == "碧濤苑"
    found = subjects("甲市统计公报\n甲市教育发展。城区有小学120所，在校学生8.5万人，教职工6200人。")
    assert found["120所"] == found["8.5万人"] == found["6200人"] == "城区"


def test_the_owner_of_a_measure_named_in_an_earlier_clause_holds_its_figures():
    """政府将提高甲计划的资助上限，由300元提高至450元: the cap named before the comma is the scheme's, though the
    government is the sentence's topic; in both scripts, with the scheme quoted or not, and with a word between 的
    and the measure. Not a venue after 在 (甲公司在乙国市场的份额，位居第二: the company's)."""
    found = subjects("甲市調整交通補貼\n市長陳大文表示，政府將提高「長者車費資助計劃」的資助上限，由300元提高至450元。")
    assert found["300元"] == found["450元"] == "長者車費資助計劃"
    found = subjects("甲市調整交通補貼\n市長陳大文表示，政府將提高長者車費資助計劃的資助上限，由300元提高至450元。")
    assert found["300元"] == found["450元"] == "長者車費資助計劃"
    found = subjects("丙市政策\n丙市政府宣布調整「甲類長者津貼計劃」的每年金額，由2000元增至2500元。")
    assert found["2000元"] == found["2500元"] == "甲類長者津貼計劃"
    found = subjects("甲公司業績\n甲公司在乙國市場的銷量份額達到15%，位居第二。")
    assert found["15%"] == found["第二"] == "甲公司"


def test_a_share_of_people_named_by_their_profession_is_theirs():
    """約四成分析師預期…, 三成工程师来自…: a word ending in 师 names people as 居民 or 受访者 do, so a share right
    before it is theirs, not the body carried from before; in both scripts."""
    assert subjects("丁銀行\n丁銀行表示，約四成分析師預期明年減息。")["約四成"] == "分析師"
    assert subjects("丙公司\n丙公司今年新聘120名员工，其中三成工程师来自海外。")["三成"] == "工程师"


def test_the_parts_of_a_breakdown_do_not_carry_past_it():
    """全港…1500宗。其中，甲区…，乙区…。重伤个案…: the parts a 其中 breakdown names hold their own figures, and the
    whole named before it holds the figures after it (not the last part listed); in both scripts, on a sentence of its
    own or in brackets."""
    found = subjects("交通简报\n上月全港录得交通意外1500宗。其中，九龙城区有200宗，观塘区有180宗。"
                     "重伤个案有120宗，较上月减少8宗。")
    assert found["180宗"] == "观塘区"
    assert found["120宗"] == found["8宗"] == "全港"
    found = subjects("樓價月報\n上月3個一線城市的新樓售價按月上升0.4%。其中，北京上升0.1%，廣州下跌0.1%。"
                     "二手樓售價按月回升0.2%。")
    assert found["0.2%"] == "一線城市"
    found = subjects("佛山教育\n佛山市去年有学校300所（其中南海区120所，顺德区80所），在校学生32万人。")
    assert found["80所"] == "顺德区" and found["32万人"] == "佛山市"


def test_a_group_counted_as_an_object_does_not_carry():
    """某计划惠及4.2万名学生，涉及开支…: the people a verb's count takes are what the topic acts on; the spending
    after them is the topic's, in both scripts. A group counted after a verb of having (有120名学生获奖) is what the
    clause is about, and holds on."""
    found = subjects("午膳资助\n市教委称，学生午膳资助计划今年惠及4.2万名学生，涉及开支3.5亿元。")
    assert found["3.5亿元"] == "学生午膳资助计划"
    found = subjects("疫苗資助\n衞生署表示，長者疫苗資助計劃今年惠及3.1萬名長者，涉及開支2.4億元。")
    assert found["2.4億元"] == "長者疫苗資助計劃"
    assert subjects("颁奖简讯\n去年有120名学生获奖，获奖总额为80万元。")["80万元"] == "学生"


def test_a_population_word_inside_a_schemes_name_holds_nothing_of_its_own():
    """长者医疗券计划…，较前年增加8%: 长者 opens the scheme's name; the change in the next clause is the scheme's, not
    the elderly's; in both scripts."""
    found = subjects("医疗券\n长者医疗券计划去年共发放12亿元，较前年增加8%。")
    assert found["12亿元"] == found["8%"] == "长者医疗券计划"
    found = subjects("學生資助\n學生資助計劃本學年共批出3.2億元，按年上升6%。")
    assert found["6%"] == "學生資助計劃"


def test_a_phrase_that_has_a_count_owns_it_though_jieba_cuts_it_into_no_noun():
    """翠林只錄得3宗成交，呎價約…: an estate named without a suffix (jieba reads 朗/nr 晴/v) that opens its clause
    before 只有/亦有/录得 and a count owns the count and the figures of the clauses after it; in both scripts. Not a
    time (今年只有), nor an adverb's word (当中有9家, 额外有…)."""
    found = subjects("樓市簡報\n大型屋苑中，翠林只錄得3宗成交，呎價約9,800元；海怡半島則有11宗。")
    assert found["3宗"] == found["約9,800元"] == "翠林" and found["11宗"] == "海怡半島"
    assert subjects("楼市简报\n本月二手市场，朗晴只有2宗买卖，成交均价为每呎1.2万元。")["2宗"] == "朗晴"
    assert subjects("楼市简报\n今年只有3宗成交。")["3宗"] == ""
    assert subjects("银行简报\n这些银行当中有9家亏损。")["9家"] == ""


def test_a_works_project_holds_its_figures_and_a_group_counted_right_after_holds_no_later_clause():
    """整條海濱長廊工程共耗資…: a project named with 工程 is a group that holds its own figures, as 计划 does; in
    both scripts. 公立医院3家，新增病床…, 小型水利工程30处，修建…: a group right before a count of it is what that
    clause counts, so the place named before holds the clauses after it."""
    found = subjects("長廊工程\n整條海濱長廊工程共耗資18億元，折合每米約45萬元。")
    assert found["18億元"] == found["約45萬元"] == "海濱長廊工程"
    found = subjects("肇庆建设\n肇庆市今年新增民办学校12所，公立医院3家，新增病床1800张。")
    assert found["3家"] == found["1800张"] == "肇庆市"
    found = subjects("肇庆建设\n肇庆市今年完成污水处理工程12处，小型水利工程30处，修建乡村道路86公里。")
    assert found["30处"] == found["86公里"] == "肇庆市"


def test_a_demonstrative_of_a_place_class_points_to_the_last_place_of_that_class():
    """该省居民…, 该县…: the place named last whose name ends in that class, though only a public body named it."""
    found = subjects("江西经济运行平稳\n江西省统计局发布数据显示，该省居民人均消费支出增长6%。")
    assert found["6%"] == "江西省"
    found = subjects("赣州经济\n赣州GDP增长6%。邻近的信丰县同样表现亮眼，该县居民收入增长9%。")
    assert found["9%"] == "信丰县"


def test_a_demonstrative_of_a_product_class_points_to_the_last_model_named():
    """该车型, 該款手機, 该产品: the model named last (Han brand and digits, or Latin words and a number), not the
    maker carried from the start of the sentence."""
    found = subjects("星河汽车月报\n星河汽车上月销量增长10%。公司旗下的星河X7表现突出，该车型交付1.2万辆。")
    assert found["1.2万辆"] == "星河X7"
    found = subjects("手機市場\n星耀電子推出Nova Max 12後，該款手機首月售出200萬部。")
    assert found["200萬部"] == "Nova Max 12"


def test_a_demonstrative_with_one_character_of_a_product_points_to_the_last_model_named():
    """该车, 該機: one character of a product class points back to the model named before it as 该车型 does, also
    where no entity rule knows the model or its maker."""
    found = subjects("新车速递\n新款云雀K9于月初上市，该车百公里加速仅需6.1秒，续航达480公里。")
    assert found["6.1秒"] == found["480公里"] == "云雀K9"
    assert subjects("新機速遞\n新款飛鴻T5本週開賣，該機電池容量為5200毫安時。")["5200毫安時"] == "飛鴻T5"


def test_a_group_before_a_reporting_name_or_a_monitoring_body_holds_nothing():
    """市调机构某某报告指出, 研究机构某某数据显示: the group says what the source is; 某研究院监测: it reports."""
    assert subjects("平板市場\n市調機構IDC報告指出，全球平板出貨量第三季增長5%。")["5%"] == "平板市場"
    assert subjects("平板市场\n研究机构Canalys数据显示，全球平板出货量增长5%。")["5%"] == "平板市场"
    assert subjects("楼市\n星辰地产研究院监测，百城新房价格指数上升0.2%。")["0.2%"] == ""


def test_a_place_written_as_one_character_holds_only_its_own_sentence():
    """美日利率前瞻: 美, 日 abbreviate places that mostly modify the word after them; they are no article's subject
    and are carried no further than their sentence (the holder named after them in the body holds on)."""
    found = subjects("美日利率前瞻\n美联储本周按兵不动。\n市场预期下次降息幅度为25个基点。")
    assert found["25个基点"] == "美联储"


def test_a_traded_thing_or_a_product_named_with_its_price_in_the_metric_holds_it():
    """闪存芯片价格涨, 铜价涨幅, 新款手表售价: the thing whose price the metric names, not the maker or the
    place carried from an earlier clause; a category of a place's prices (食品价格) and 零售价 name no such thing."""
    found = subjects("星海电子季报\n星海电子表示，受需求拉动，闪存芯片价格本季上涨15%左右。")
    assert found["15%左右"].endswith("芯片")  # (as far as the metric names it)
    found = subjects("甲国出口\n甲国本月出口稳定，铜价涨幅约为6%。")
    assert found["约为6%"] == "铜"
    found = subjects("乐声科技发布会\n乐声科技昨日举行发布会。新款无线耳机售价为1299元，续航30小时。")
    assert found["1299元"] == "新款无线耳机"
    found = subjects("丙市物价\n丙市物价整体涨2%，其中食品价格涨4%。")
    assert found["4%"] != "食品"
    found = subjects("云岭酒业\n云岭酒业旗舰白酒上月零售价下调至900元。")
    assert found["900元"] != "零"


def test_a_place_taken_by_a_verb_right_before_a_count_says_where_not_whose():
    """扩展到某国另外五个城市, 开到全国20多个省份: the place locates what is counted; the clause's topic carried from
    before holds the count. A place that opens its clause still holds its own count (全国共有高校3000所)."""
    found = subjects("星途科技公司扩张\n星途科技公司表示，计划今年把网约车服务扩展到日本另外五个城市。"
                     "公司的门店已开到全国20多个省份。")
    assert found["五个"] == found["20多个"] == "星途科技公司"
    assert subjects("高校概况\n全国共有高校3000所。")["3000所"] == "全国"


def test_a_product_whose_model_word_ends_in_digits_is_named_whole():
    """Galaxy S25, Mate X6, Z Fold7: a model word of capitals and digits is part of the product's name, which holds
    the figures of its specifications and sales (not Galaxy Z, nor nothing at all)."""
    from pipeline.facts.lexicon import PRODUCT_NAME

    assert [m.group() for m in PRODUCT_NAME.finditer("Galaxy S25、Mate X6與Magic8 Pro Air")] == [
        "Galaxy S25", "Mate X6", "Magic8 Pro Air"]
    facts = extract("某某電子上季營收成長15%。另外，Galaxy Z Fold7預購量年增40%。").facts
    assert facts[-1].subject == "Galaxy Z Fold7"


def test_a_body_whose_research_reports_the_figures_is_no_holder():
    """星大研究推算, 某院研究估计: a body before 研究 and a verb of reporting is the figures' source, so the place
    that holds them is the subject (not the place and the count in one)."""
    found = subjects("星大調查：睡眠不足者增加\n\n星海大學醫學院今日發表報告。\n"
                     "星大研究推算，在本港五百萬名成人中，約一百萬人有失眠症狀。")
    assert found["約一百萬人"] == "本港"
    found = subjects("星大调查：睡眠不足者增加\n\n星海大学医学院今日发布报告。\n"
                     "星大研究估计，在全市四百万名居民中，约八十万人睡眠不足。")
    assert found["约八十万人"] == "全市"


def test_a_place_word_that_opens_a_company_measure_says_how_wide_it_is():
    found = subjects("华锐科技半年报出炉\n"
                     "华锐科技今日公布，上半年全球出货量达到1800万台，同比增长21%。营业收入为356亿元。")
    assert found["1800万台"] == found["21%"] == found["356亿元"] == "华锐科技"
    found = subjects("宏遠電子今天公布，今年前三季國內營收新台幣420億元，年增17%。")
    assert found["新台幣420億元"] == found["17%"] == "宏遠電子"
    # with no company before it, the place holds its own figure
    assert subjects("今年全国谷物产量合计7.1亿吨。")["7.1亿吨"] == "全国"


def test_the_place_of_a_wire_dateline_is_where_the_story_was_filed():
    found = subjects("新华社甲州3月5日电 今年全国谷物产量合计7.1亿吨，比上年增长1.3%。")
    assert found["7.1亿吨"] == found["1.3%"] == "全国"
    assert subjects("（某某社台北5日電）今年經濟成長率預估為3.2%。")["3.2%"] != "台北"


def test_a_body_that_studies_or_polls_others_is_no_holder_of_what_it_finds():
    found = subjects("乙港大學研究：逾四成長者有抑鬱徵狀\n"
                     "乙港大學護理學院今日公布一項研究，43%的受訪長者有抑鬱徵狀，較五年前上升8個百分點。")
    assert "乙港" not in found["逾四成"] and "乙港" not in found["8個百分點"]
    found = subjects("丙大兒童體能研究分析：三成小學生每周運動不足兩小時\n研究共訪問了800名家長。")
    assert "丙大" not in found["三成"]


def test_a_place_goods_are_shipped_or_sold_to_is_no_holder():
    found = subjects("广西今年柑橘产量达到320万吨，出口到俄罗斯的柑橘12万吨。")
    assert found["320万吨"] == found["12万吨"] == "广西"


def test_a_demonstrative_and_the_class_of_a_place_point_back_to_that_place():
    """该市, 該縣, 这个区: one character after the demonstrative names the class of an administrative place; the figure
    is the last place of that class named before, not the headline's nor a body's."""
    found = subjects("福建省经济数据\n据海关统计，泉州市外贸总额达600亿元。\n该市全年接待游客3000万人次。")
    assert found["3000万人次"] == "泉州市"
    found = subjects("台灣農業報告\n苗栗縣去年人口增至52萬人。\n據農業部門統計，該縣今年稻米產量約5萬公噸，增加4%。")
    assert found["約5萬公噸"] == found["4%"] == "苗栗縣"
    # (该国: a country's name need not end in 国, so it is not looked up by class)
    assert subjects("两国贸易\n意大利出口增长3%，中国增长5%。\n据统计，该国进口下降2%。")["2%"] != "中国"


def test_a_product_named_with_a_small_letter_before_a_capital_holds_its_figures():
    """iPad, iNote, eCard: a brand's coinage is the thing whose price, issue or specification follows."""
    found = subjects("新品发布\n某公司推出新款iPad，起售价为3999元，续航长达12小时。")
    assert found["3999元"] == found["12小时"] == "iPad"
    assert subjects("新卡推出\n首批eCard發行量為150萬張。")["150萬張"] == "eCard"


def test_the_shares_after_a_survey_sample_are_those_surveyed():
    """某中心访问了1000名市民，其中六成…: the answers are the sample's; the surveying body holds only its size."""
    found = subjects("民调结果\n甲研究中心上月访问了1200名市民。\n乙咨询公司调查了2000名消费者，其中45%计划换车。")
    assert found["45%"] == "消费者"
    found = subjects("營商調查\n市民消費減少。\n丙大學調查了800間中小企，當中四成表示生意下跌。")
    assert found["四成"] == "中小企"
    assert subjects("會員意見\n丁協會訪問了500名會員，逾半數表示會減少開支。")["逾半數"] == "會員"


def test_a_demonstrative_glued_to_an_institution_points_back_past_the_measure_after_it():
    """该校/r 毕业生 就业率: jieba glues the demonstrative onto the institution; the nouns after it are the measure,
    not part of what it points at, so 该校 still finds the school named before."""
    found = subjects("年度报告\n某某集团今年营收增长5%。\n星海大学今年招生5000人。\n该校毕业生就业率达95%。")
    assert found["95%"] == "星海大学"


def test_a_public_body_whose_unit_counts_the_figures_is_their_source():
    """某部某数据平台统计，…: a body followed by its unit and 统计 (then a comma, 显示 or 数据) reports the figures; it
    is no holder and does not stand for the article."""
    view = document_view("房市回温\n内政部某资讯平台统计，第三季全台买卖移转7.8万栋。\n某房屋指出，今年房价涨幅约3%。")
    finder = SubjectFinder(view)
    start = view.text.index("内政部")
    assert finder.is_source(start, start + 3)
    found = subjects("旅游升温\n文化和旅游部数据中心统计显示，假期出游8亿人次。\n某研究院预计，订单将增长30%。")
    assert found["30%"] != "文化和旅游部"


def test_the_set_a_share_is_picked_from_holds_it_with_no_comma_after_it():
    """受访公司中有三成…, 受访企业中有六成…: the set named right before 中 and the share picked from it holds the share,
    not the surveying body named before."""
    assert subjects("薪酬調查\n甲顧問公司發表調查報告。受訪公司中有三成打算凍薪。")["三成"] == "受訪公司"
    assert subjects("用工调查\n乙咨询公司表示，受访企业中有六成计划今年加薪。")["六成"] == "受访企业"


def test_a_power_plant_named_by_a_common_noun_holds_its_own_output():
    """甲县光伏电站发电量…, 某市燃煤電廠發電量…: a plant said as modifiers before 电站/电厂/风电场 (no name the entity
    stage knows) holds the output of its clause, not the company named in the sentence or the paragraph before."""
    found = subjects("恒輝電力去年盈利上升\n恒輝電力有限公司昨日公布年度業績，純利為85億元。"
                     "集團表示，屯門燃煤電廠去年發電量為160億度；新落成的南丫風電場則錄得發電量2.3億度。")
    assert found["85億元"] == "恒輝電力有限公司"
    assert found["160億度"] == "屯門燃煤電廠"
    assert found["2.3億度"] == "南丫風電場"
    found = subjects("华远能源发布年报\n华远能源有限公司全年营业收入为520亿元。"
                     "华远能源称，南湾生物质发电厂全年处理生活垃圾120万吨。")
    assert found["120万吨"] == "南湾生物质发电厂"


def test_a_group_after_a_modifier_that_names_its_owner_holds_the_clauses_after_it():
    """甲公司旗下的乙风电场发电量…，年增…: the plant heads the clause's opening noun phrase; the owner named in the
    modifier before 的 does not take the figures of the clauses after it."""
    found = subjects("台豐電業擴大布局\n台豐電業有限公司今天公布營運成果。"
                     "台豐電業旗下的彰濱離岸風電場去年發電量達12億度，年增25%，容量因數約為38%。")
    assert found["12億度"] == found["25%"] == found["約為38%"] == "彰濱離岸風電場"
    found = subjects("华远能源发布年报\n华远能源有限公司全年营业收入为520亿元。"
                     "其中，公司控股的江口核电站全年发电量为180亿千瓦时，同比增长3%。")
    assert found["3%"] == "江口核电站"


def test_a_steelworks_named_by_a_common_noun_holds_its_own_output():
    """某地钢厂产量…, 某區鋼廠產能…: 钢厂 ends a group's name as 电厂 does; the plant holds its output, not the
    group that owns it named before."""
    found = subjects("宏昌集团扩充产能\n宏昌集团今年营收为80亿元。"
                     "宏昌集团旗下的东岭钢厂上半年产量为320万吨，同比增长7%。")
    assert found["320万吨"] == found["7%"] == "东岭钢厂"
    found = subjects("振華鋼鐵擴產\n振華鋼鐵有限公司公布，營收年增15%。"
                     "新產線啟用後，楠梓鋼廠今年產能達每月5萬噸。")
    assert found["5萬噸"] == "楠梓鋼廠"


def test_a_group_after_a_preposition_and_a_modifier_is_no_topic():
    """甲与乙正按丙的发展计划…: after a preposition the noun phrase is what a verb takes, not the clause's topic."""
    found = subjects("零件商备货\n远川精工和北辰电机正根据南星汽车的发展计划备足产能，年底提升至每周3000套。")
    assert found["3000套"] != "发展计划"


def test_people_named_by_their_part_in_a_trade_hold_their_figures():
    """小型車主, 社员农户, 申請人: a class of people (or an applicant) that opens its clause holds its figures, not a
    body named before it in the paragraph."""
    found = subjects("華南市交通數據\n華南市運輸局表示，非住宅租戶可獲三成寬免，小型車主每年補貼800元。")
    assert (found["三成"], found["800元"]) == ("非住宅租戶", "小型車主")
    found = subjects("新光合作社\n新光农业合作社今年收购大米3000吨。社员农户户均增收1.2万元，电商买家复购率为35%。")
    assert (found["1.2万元"], found["35%"]) == ("社员农户", "电商买家")
    found = subjects("嘉禾銀行新計劃\n嘉禾銀行昨日公布新計劃。申請人最多可借月入的十倍，貸款人最長可分20年還清。")
    assert (found["十倍"], found["20年"]) == ("申請人", "貸款人")


def test_a_plant_named_after_its_place_holds_its_figures_and_its_demonstrative():
    """甲省乙市某某风电场…，总装机容量…。该风电场…: the places written before a plant's name are part of it; the plant
    holds the figures of the clauses after it, and 该风电场 points back to it (not to the city carried)."""
    found = subjects("风电项目并网\n甘肃省酒泉市金沙风电场昨日并网，总装机容量80万千瓦。该风电场每年节煤30万吨。")
    assert found["80万千瓦"].endswith("金沙风电场") and found["30万吨"].endswith("金沙风电场")
    found = subjects("屏東電廠商轉\n屏東縣枋寮鄉南風電廠昨日商轉，裝機容量40萬瓩。該電廠每年發電15億度。")
    assert found["40萬瓩"].endswith("南風電廠") and found["15億度"].endswith("南風電廠")


def test_an_index_no_lexicon_knows_holds_its_level_and_its_moves():
    # (gold D15: an index holds its own level and moves; a name before it, or one carried, does not)
    found = subjects("乙省统计处昨日发表数据。华丰领先指数最新报150点，按周跌2%。")
    assert found["150点"] == found["2%"] == "华丰领先指数"
    found = subjects("昨日光明科技股价上涨3%，光伏设备指数随后上涨2.1%至1580点。")
    assert found["3%"] == "光明科技"
    assert found["2.1%"] == found["1580点"] == "光伏设备指数"
    found = subjects("芯片指数本周累计下跌6.5%，周五反弹2%。")
    assert found["6.5%"] == found["2%"] == "芯片指数"


def test_an_index_of_a_places_prices_or_mood_is_the_places():
    found = subjects("德国上月消费者物价指数按年升2.3%，按月升0.1%。")
    assert found["2.3%"] == found["0.1%"] == "德国"


def test_the_former_and_the_latter_stand_for_the_holders_they_point_back_to():
    found = subjects("华丰科技与长虹电器去年营收分别为30亿元和20亿元，前者增长12%，后者下降5%。")
    assert found["12%"] == "华丰科技" and found["5%"] == "长虹电器"
    # (a pointer that opens its clause says whose figure it is, not the holder named last before it)
    found = subjects("深圳与广州去年的游客人数均创新高，前者按年升15%，后者升9%。")
    assert found["15%"] == "深圳" and found["9%"] == "广州"


def test_a_place_where_an_unnamed_topic_acts_holds_nothing():
    """他在某市工作了3年, 研究人員在某地找到12件陶器: the place after 在 is where the topic acts; at the clause's head
    (在某国，已有…) it is the scene whose figures follow, and before 的 a measure's market."""
    assert subjects("綜合新聞\n他在杭州工作了3年，積累了經驗。")["3年"] == ""
    assert subjects("科学新闻\n考古队在云南发现了3块化石。")["3块"] == ""
    # (someone addressed by surname, the buyer, holds what he spent; not the place)
    assert subjects("財經\n王先生在台北買了一套房，花了1200萬元。")["1200萬元"] == "王先生"
    assert subjects("體育快訊\n他們在倫敦踢了5場比賽，全部取勝。")["5場"] == ""
    assert subjects("要闻\n在美国，已有25万人接种疫苗。")["25万人"] == "美国"
    assert subjects("地產\n在香港，樓價下跌3%。")["3%"] == "香港"
    assert subjects("财经\n甲乙科技有限公司公布业绩。集团在内地的收入达50亿元。")["50亿元"] == "内地"
    assert subjects("人物\n他在甲乙科技有限公司工作了10年。")["10年"] == ""  # (a body where he works, too)
    assert subjects("财经\n甲乙科技有限公司在丙丁交易所上市，市值达300亿元。")["300亿元"] == "甲乙科技有限公司"


def test_the_opponent_a_team_beats_or_loses_to_holds_nothing_after_it():
    """他们上轮负于乙队，积分仍为10分: the name after a verb of a match result is the opponent; the points are the
    team's the clause is about (named before, or none)."""
    assert subjects("體育\n丙山隊上週負於丁海隊，積分仍為18分。")["18分"] == "丙山隊"  # the topic, not the opponent
    assert subjects("体育\n她以21比15击败丁海队的选手，用时40分钟。")["40分钟"] == ""
    assert subjects("体育\n甲城队在主场击败乙港队，取得3连胜。")["3连胜"] == "甲城队"


def test_an_opponent_named_after_a_country_and_a_title_holds_nothing():
    """首战某国名将某某, 力挫某国选手某某: the opponent (and the country before its title) is no holder of the team's
    figures after it, in either script; a verb of facing the opponent (首战, 强取: facing_verbs.txt) counts."""
    assert subjects("体育\n星河队首战日本名将田中一郎，仅用18分钟便以21比9取胜。")["18分钟"] == "星河队"
    assert subjects("體育\n星河隊首戰日本名將田中一郎，僅用18分鐘便取勝。")["18分鐘"] == "星河隊"
    assert subjects("体育\n王丽首战韩国选手金美英，以2比0获胜。")["2"] == "王丽"
    assert subjects("简讯\n她在首轮对战法国选手杜邦，只花了12分钟就拿下比赛。")["12分钟"] == ""


def test_the_base_of_a_comparison_with_xiangbi_holds_nothing():
    """甲与乙相比，…: the name set against the topic named before it holds neither the figures of its clause nor
    those of the next; with no topic before the comparison, nothing changes."""
    assert subjects("简讯\n华星集团与同城的蓝海电子相比，毛利率高出3个百分点。")["3个百分点"] == "华星集团"
    assert subjects("简讯\n東方銀行與恒信銀行相比，不良率低0.5個百分點。")["0.5個百分點"] == "東方銀行"
    assert subjects("简讯\n广州市和深圳市相比，人均GDP少了两万元。")["两万元"] == "广州市"
    assert subjects("简讯\n巴西队与欧洲球队相比，他们每场只有两次射门。")["两次"] == "巴西队"


def test_places_listed_before_de_and_a_count_say_where_the_counted_come_from():
    """来自甲省、乙省等省市的12支代表队: the places listed hold no count of what comes from them."""
    text = "全国围棋赛开幕\n本届赛事为期五天。\n来自北京、天津、河北等省市的12支代表队参加比赛。"
    assert subjects(text)["12支"] not in ("北京", "天津", "河北")
    text = "简讯\n展览馆去年落成。\n展览馆收藏了我国和美国、日本、英国等国家的20台老式机车。"
    assert subjects(text)["20台"] == "展览馆"


def test_a_possessor_closed_by_a_classifier_holds_what_it_owns():
    """旗舰/n 系列/q 的售价: a classifier glued after a noun (系列) closes the name of the product line that owns the
    measure; it holds the figure, not the maker carried from before."""
    assert subjects("行业简讯\n星辰科技昨日发布新款手机。旗舰系列的售价为3999元。")["3999元"] == "旗舰系列"
    assert subjects("行業簡訊\n星辰科技昨日發布新款手機。旗艦系列的售價為3999元。")["3999元"] == "旗艦系列"
    assert subjects("行业简讯\n星辰科技推出新品。这款的售价为2999元。")["2999元"] == "星辰科技"


def test_a_competition_after_a_count_of_matches_holds_nothing():
    """近五轮某联赛仅胜一场, 近8场某杯赛客场不败: the competition named right after a count of matches says where
    they were played; the team holds the figures."""
    found = subjects("体育简讯\n紅獅隊近六輪西甲只贏兩場，積分仍為20分。")
    assert found["兩場"] == found["20分"] == "紅獅隊"
    assert subjects("体育简讯\n不过他们近8场欧冠客场保持不败，场均进球2个。")["2个"] == ""


def test_the_author_of_a_titled_work_holds_none_of_its_figures():
    """某某撰《某书》十二卷, 由某某主编的《某年鉴》收录…: the work in 《》 holds its volumes, length and price."""
    found = subjects("文化简讯\n王华撰《茶经新注》十二卷，估价50万至80万元。")
    assert found["十二卷"] == found["50万至80万元"] == "茶经新注"
    assert subjects("文化簡訊\n由張偉主編的《城市年鑑》收錄詞條3000餘條。")["3000餘條"] == "城市年鑑"


def test_the_place_a_distance_is_measured_from_holds_nothing():
    """酒店距离某站5分钟, 新校区离某站20公里: the place after 距离, 距 or 离 locates the thing; it holds none of the
    thing's figures, in either script."""
    found = subjects("旅游简讯\n这家酒店距离东京地铁站步行约5分钟，共有客房120间。")
    assert found["约5分钟"] == found["120间"] == ""
    found = subjects("旅遊簡訊\n該酒店距離旺角站僅3分鐘路程，房價每晚800港元起。")
    assert found["3分鐘"] == found["800港元起"] == "該酒店"


def test_a_person_or_place_a_figure_describes_holds_it():
    """效力多年的甲鼓励28岁的乙, 海拔800米的某山庄: a figure glued by 的 to the person or place after it describes
    them; the topic named before holds nothing of it."""
    found = subjects("体育简讯\n效力了十年的张伟鼓励28岁的李强继续比赛。")
    assert found["十年"] == "张伟"
    assert found["28岁"] == "李强"
    assert subjects("體育簡訊\n已經45歲的王芳帶著19歲的劉洋參加比賽。")["19歲"] == "劉洋"
    assert subjects("公司简讯\n甲公司持有30%的乙公司股份。")["30%"] == "甲公司"  # a stake: a company is no person


def test_the_other_side_of_a_match_after_a_preposition_holds_nothing():
    """他们同乙队的比赛打成2比2, 甲队历来对乙队的战绩: a name after 同, 与, 跟 or 对 and before a noun of a
    meeting of two sides is the opponent, no holder of the scores."""
    assert set(subjects("体育简讯\n周日同红星队的比赛里,他们与对手2∶2握手言和。").values()) == {""}
    assert set(subjects("體育簡訊\n昨晚與藍鷹隊的比賽,他們最終3∶1勝出。").values()) == {""}
    found = subjects("体育简讯\n湖南队过去与湖北队的比赛中赢了7场。")
    assert found["7场"] == "湖南队"


def test_the_place_an_event_is_held_in_holds_none_of_its_figures():
    """某会10日在某中心举行，为期三天: a place after 在 or 于 right before a verb by which an event takes place
    (staging_verbs.txt) is where it is held, whatever opens the clause; the holder is carried."""
    found = subjects("简讯\n华星集团今年举办多场活动。年会10日在上海国际会议中心举行,为期三天,由6个分论坛组成。")
    assert found["三天"] == found["6个"] == "华星集团"
    found = subjects("簡訊\n華星集團今年舉辦多場活動。年會昨日在廣州國際會展中心舉行,為期兩天,共有800名代表出席。")
    assert found["兩天"] == found["800名"] == "華星集團"


def test_a_speaker_framed_by_an_interview_still_speaks():
    """某行某部总经理某某接受电台访问时指出，…: an interview between the speaker and the verb of speech keeps the
    speaker's organisation a source; it holds no figure of what is said."""
    found = subjects("简讯\n星海银行零售业务部总经理李明接受电台访问时指出,在政府推出3000亿元计划后,消费明显回升。")
    assert found["3000亿元"] != "星海银行零售业务部"
    found = subjects("簡訊\n宏達銀行零售部主管陳大文接受電視台專訪時指出,在政府推出500億元措施後,消費明顯回升。")
    assert found["500億元"] != "宏達銀行零售部"
    assert subjects("简讯\n华星集团总经理李明接受电视台专访时称,集团今年营收将增长20%。")["20%"] == "华星集团"


def test_the_body_whose_rule_a_figure_follows_reports_it():
    """依照某部的标准，…限重N吨, 按照某署的规定: a body named after 按照, 依照 or 依据 (like 据, 根据) is the source
    of the rule, no holder of the figures it sets."""
    assert subjects("简讯\n依照交通部的标准,这类货车限重49吨。")["49吨"] == "这类货车"
    assert subjects("簡訊\n依照運輸署的標準,這類貨車限重38噸。")["38噸"] == "這類貨車"


def test_the_recipient_of_a_gift_or_a_sale_holds_nothing():
    """捐给某基金会, 卖给某公司, 授予某某: the name after a verb glued to 给 or 予 gets the money or the thing; it
    holds none of the figures (the giver or the thing given does), nor stands for the article. After 给 as a
    preposition (将给某公司带来…收入) the one who gains still holds."""
    assert subjects("简讯\n这次义卖的80万元善款将全部捐给华星慈善基金会。")["80万元"] == ""
    assert subjects("簡訊\n這次拍賣所得的50萬港元將全數捐贈予宏達慈善基金會。")["50萬港元"] == ""
    assert subjects("简讯\n这项协议将给华星集团带来数十亿元的收入。")["数十亿元"] == "华星集团"


def test_the_topic_of_an_earlier_clause_holds_the_figures_after_it_in_its_sentence():
    """某药房已开始试点，今年服务1200名长者: a noun phrase the article names again that opens an earlier clause of
    the sentence (with no figure in it) and its predicate is the topic the figures after it belong to, not a name
    carried from an earlier sentence. Not an aspect a clause ends on with a locative (某分布上，…) nor the part of a
    share (某市场占…比重: a measure)."""
    assert subjects("简讯\n华星集团今年营收增长20%。社区药房已开始试点，今年服务1200名长者。社区药房由志愿者管理。")[
        "1200名"] == "社区药房"
    assert subjects("簡訊\n華星集團今年營收增長20%。社區藥房已開始試點，今年服務1200名長者。社區藥房由義工管理。")[
        "1200名"] == "社區藥房"
    found = subjects("简讯\n华星集团今年营收增长20%。新款耳机将于下月发售，续航时间达30小时。新款耳机有三种颜色。")
    assert found["30小时"] == "新款耳机"
    assert subjects("简讯\n华星集团今年营收增长20%。会员分布上，有300名来自外地。会员人数稳定。")["300名"] == "华星集团"
    found = subjects("简讯\n华星集团今年营收增长20%。海外市场占总销量比重提高，去年达15%。海外市场潜力巨大。")
    assert found["15%"] == "华星集团"


def test_a_figure_in_a_modifier_belongs_to_the_people_or_organisations_after_its_de():
    """那些按80倍市盈率估值的游戏公司: a figure in a modifier closed by 的 describes the group of people or
    organisations after 的, which holds it; not the object of a clause that opens with its verb."""
    found = subjects("简讯\n华星集团今年营收增长20%。那些按80倍市盈率估值的游戏公司，对利率并不敏感。")
    assert found["80倍"] == "游戏公司"
    found = subjects("简讯\n华星集团今年营收增长20%。在会员人数少于500人的协会中，平均会费为200元。")
    assert found["少于500人"] == "协会"
    found = subjects("简讯\n华星集团今年营收增长20%。随后，蓝湾茶饮迅速扩张，成为区内第一个拥有5000家分店的饮品品牌。")
    assert found["5000家"] != "饮品品牌"


def test_someone_addressed_by_surname_holds_their_own_figures():
    """赵女士, 孙先生: a surname and a form of address name a person without their name (no entity), who holds the
    figures of their own case rather than the place named before them."""
    assert subjects("简讯\n华星教育在北京设有多个中心。家住北京的赵女士为女儿预缴了2万元学费，至今未获退款。")[
        "2万元"] == "赵女士"
    found = subjects("簡訊\n華星教育在上海設有多個中心。住在上海的孫先生表示已預繳3年學費，共6萬元。")
    assert found["6萬元"] == "孫先生"


def test_who_learned_or_admits_what_follows_reports_it():
    """记者了解到，…, 当局承认…，…: a reporter who learned the figures or a body that admits them reports them; its
    clause's topic holds none of the figures after it."""
    found = subjects("简讯\n华星集团今年营收增长20%。记者了解到，新厂年产能为50万吨。记者当日还参观了车间。")
    assert found["50万吨"] != "记者"
    found = subjects("简讯\n华星集团今年营收增长20%。当局承认压力不小，应届毕业生达800万人。当局将推出措施。")
    assert found["800万人"] != "当局"


def test_a_part_a_breakdown_names_is_not_the_articles_subject():
    """其中城镇居民…: with no holder in the headline, the lead's first holder is the article's; a part of a total
    named after 其中 is not, so the total's figures before it hold no one."""
    got = subjects("简讯\n人均月收入8000元，增长4%。其中农村居民人均月收入5000元，增长6%。")
    assert got["8000元"] == "" and got["4%"] == ""
    assert got["5000元"] == "农村居民"


def test_a_house_named_after_its_kind_of_analyst_judges_others_figures():
    """市场研究公司某某预计，…: a house written after its kind (research firm, investment bank) reports others'
    figures, whatever its name ends in, so it is no holder of the article's figures."""
    assert subjects("简讯\n市场研究公司星图科技预计，今年手机出货量将下滑3%。")["3%"] == ""


def test_a_count_of_the_texts_own_points_holds_no_subject():
    # 三项任务, 两个看点: the count announces points the text sets out (D39 accepts `-`), not a figure of the topic
    found = subjects("甲公司昨日召开发布会，会上提出三项任务。")
    assert found == {"三项": ""}
    assert subjects("乙集团董事长表示，新工厂的建设有两个看点。") == {"两个": ""}


def test_the_one_a_topic_acts_for_after_wei_holds_nothing():
    """前锋某某为某队攻入17球: 为 before a name says for whom the topic acts, as 替 does; the topic holds, in both
    scripts."""
    found = subjects("球坛简讯\n前锋林浩本季已为青岛海风队攻入17球，另有9次助攻。")
    assert found["17球"] == found["9次"] == "林浩"
    found = subjects("球壇簡訊\n前鋒林浩本季已為青島海風隊攻入17球，另有9次助攻。")
    assert found["17球"] == found["9次"] == "林浩"


def test_a_named_group_that_forecasts_another_holder_s_figure_holds_none():
    def subject(text, figure):
        return next(f.subject for f in extract("简讯\n" + text).facts if f.text == figure)

    assert subject("恒信银行预计内地出口今年增长4%。", "4%") == "内地"
    # a company forecasting its own results names no other holder after its verb, and holds them
    assert subject("恒信银行预计实现净利润3亿元。", "3亿元") == "恒信银行"


def test_plan_after_a_surveyed_population_is_its_verb():
    # 计划/n (a class noun of schemes) after the population a share is of, before a time: "plan to", no part of it
    found = {f.text: f for f in extract("简讯\n调查显示，约四成受访商户计划明年加价。").facts}
    assert found["约四成"].subject == "受访商户"


def test_a_figure_describing_what_is_built_or_launched_is_the_things():
    """兴建一条长80米的隧道, 推出售价1999元的手表: the size or the price between the verb and the thing is the thing's,
    not the builder's or the maker's, in both scripts; a count of the things stays the maker's."""
    found = subjects("青禾区政府建议兴建一条长80米、宽6米的隧道，明年动工。")
    assert found["80米"] == found["6米"] == "隧道"
    assert subjects("青禾區政府建議興建一座高120米的觀景塔，明年動工。")["120米"] == "觀景塔"
    assert subjects("星河科技昨日推出售价1999元的新款手表，下月开售。")["1999元"] == "新款手表"
    assert subjects("星河科技昨日推出3款手表，下月开售。")["3款"] == "星河科技"


def test_a_noun_phrase_before_a_rate_or_aspect_word_is_its_clause_s_topic():
    """某局表示，某线路每日客流…, 某中心正在兴建…: a noun phrase that opens its clause right before a word of a rate's
    period, an average or an aspect (jieba tags them as pronouns, adjectives, times) holds the figure, though named
    once, rather than the speaker of an earlier clause; in both scripts. A measure word there holds nothing."""
    assert subjects("简讯\n交通委表示，地铁线路每日客流约300万人次。")["约300万人次"] == "地铁线路"
    assert subjects("簡訊\n港鐵公司表示，輕鐵系統每日載客約45萬人次。")["約45萬人次"] == "輕鐵系統"
    assert subjects("通讯\n星河科技称，数据中心正在兴建的机柜有800个。")["800个"] == "数据中心"
    assert subjects("通訊\n星河科技稱，數據中心正在興建的機櫃有800個。")["800個"] == "數據中心"
    assert subjects("简讯\n远帆航运表示，船队每天运送集装箱600个。")["600个"] == "船队"
    assert subjects("简讯\n蓝湾科技营收增长15%，每年研发投入超过2亿元。")["超过2亿元"] == "蓝湾科技"


def test_a_quantifier_that_opens_a_topic_is_part_of_it():
    """首500间商号, 顶尖1%家庭, 前5家银行, 各大车企: a word of rank with its count, or 各 before a class, picks the
    members of a class the clause is about; the topic holds the figure, quantifier and all, in both scripts. A count
    that is itself the figure (首3家门店开业) picks no topic."""
    assert subjects("简讯\n青禾市税基狭窄，首500间商号已经占营业税收入58%。")["58%"] == "首500间商号"
    assert subjects("簡訊\n青禾市稅基狹窄，首500間商號已經佔營業稅收入58%。")["58%"] == "首500間商號"
    assert subjects("简讯\n青禾市共有银行30家，前5家银行已经占存款总额62%。")["62%"] == "前5家银行"
    assert subjects("簡訊\n報告顯示，頂尖1%家庭已經佔財富總額35%。")["35%"] == "頂尖1%家庭"
    assert subjects("简讯\n星河集团表示，首3家门店昨日开业。")["3家"] != "首3家门店"
    assert subjects("简讯\n远帆研究所观察，今年开始，各大车企逐渐取消1.5升的排量配置。")["1.5升"] == "各大车企"
    assert subjects("簡訊\n遠帆研究所觀察，今年開始，各大車企逐漸取消1.5升的排量配置。")["1.5升"] == "各大車企"


def test_a_company_that_forecasts_its_own_results_holds_them():
    """某公司预计明年盈利下滑…: a company's forecast of its own results is its guidance, not a source's report; a house
    of analysts or a name no company tail marks (某证券, 大摩) forecasts the results of the company carried."""
    cases = (
        ("恒远电器公布半年报。\n\n此外，宏泰食品预计本季度净利润回落30%至40%。", "30%至40%", "宏泰食品"),
        ("江南证券研报\n\n星河科技预计营收增长15%，毛利率维持稳定。", "15%", "星河科技"),
        ("德茂集团公布业绩。\n\n金穗食品预计上半年营收按年减少8%。", "8%", "金穗食品"),
        ("台北市產業報告\n\n台新半導體預計明年營收成長20%。", "20%", "台新半導體"),
        ("长丰科技公布季报。\n\n营收增长20%。东岳证券预计营收明年增长25%。", "25%", "长丰科技"),
        ("長豐科技公布季報。\n\n營收增長20%。大摩預計淨利潤明年增長10%。", "10%", "長豐科技"),
    )
    for text, figure, holder in cases:
        assert subjects(text)[figure] == holder, text


def test_places_listed_after_a_preposition_of_venue_say_where():
    """在甲地、乙地等地区下辖18家: the preposition takes every place of the list, the last too; they say where the
    topic's things stand, and the topic holds the count, in both scripts."""
    assert subjects("简讯\n瑞丰银行目前在浙江、江西、安徽等地区下辖18家村镇银行。")["18家"] == "瑞丰银行"
    assert subjects("簡訊\n鼎新集團在台北、高雄兩地共設有12間分店。")["12間"] == "鼎新集團"
    # with no topic in the clause, the list is where and the holder is carried (not the list's last or second place)
    assert subjects("简讯\n瑞丰银行是一家农商行。目前在浙江、江西、安徽等地区下辖18家村镇银行。")["18家"] == "瑞丰银行"
    assert subjects("簡訊\n瑞豐銀行是一家農商行。目前在浙江、江西、安徽等地區下轄18家村鎮銀行。")["18家"] == "瑞豐銀行"


def test_a_world_market_holds_its_figures_where_no_one_else_is_named():
    """全球某产品出货量 with no company, place or article subject named: the world's market is whose (the scope word
    stays no holder beside a name: 某公司全球出货量 is the company's), in both scripts."""
    found = subjects("全球平板出货量回升\n研究机构数据显示，第三季度全球平板出货量为3100万台，同比增长2%。")
    assert found["3100万台"] == found["2%"] == "全球"
    found = subjects("調研機構報告指出，全球筆電今年第二季出貨量達4200萬台，季增5.3%。")
    assert found["4200萬台"] == found["5.3%"] == "全球"
    assert subjects("报告称，全球风电新增装机容量去年达到117吉瓦。")["117吉瓦"] == "全球"
    assert subjects("星辰科技公布季报\n星辰科技第三季度全球出货量为1200万部。")["1200万部"] == "星辰科技"


def test_contracted_sales_name_no_contract_traded():
    """合约销售额 is a developer's contracted sales: 合约 is a word of the measure, no traded contract holding it;
    the developer named before holds the figures, in both scripts."""
    found = subjects("東城發展公布首季業績，期內合約銷售額達到120億港元，按年增加9%。")
    assert found["120億港元"] == found["9%"] == "東城"
    found = subjects("西岭置地集团周一公布，1至10月合约销售额约310亿元，完成全年目标的78%。")
    assert found["约310亿元"] == found["78%"] == "西岭置地集团"
    found = subjects("北岸地產集團公告\n北岸地產集團今日公告，上半年合約銷售額約為210億元。\n"
                     "期內集團合約銷售面積為150萬平方米。")
    assert found["約為210億元"] == found["150萬平方米"] == "北岸地產集團"



def test_a_supplier_a_product_adopts_holds_none_of_its_figures():
    """采用某代工厂的3纳米制程, 選用某廠第三代製程: the supplier after a verb of adopting (adoption_verbs.txt) is what
    the product uses, never the holder, even before 的; the product's maker holds, in both scripts."""
    found = subjects("华星科技今日发布新款旗舰芯片星辰8，采用中芯国际第二代5纳米制程，性能提升30%。")
    assert found["5纳米"] == found["30%"] == "华星科技"
    assert subjects("至于小米，据悉其新款处理器也将采用台积电的3纳米制程。")["3纳米"] == "小米"
    assert subjects("晶睿電子本週發表新款處理器，選用力積電第三代7奈米製程。")["7奈米"] == "晶睿電子"


def test_the_one_second_only_to_holds_no_rank_but_its_own_figure():
    """仅次于某公司的第二: the benchmark after a verb of benchmark_verbs.txt holds neither the rank nor the figures
    of the clauses after it; the topic does. A figure right after its 的 or in the brackets after it is its own."""
    found = subjects("小鹏汽车今年交付量仅次于理想汽车的行业第三，达到40万辆。")
    assert found["第三"] == found["40万辆"] == "小鹏汽车"
    found = subjects("長城汽車上月出口量僅次於奇瑞的行業第二，共出口5萬輛。")
    assert found["第二"] == found["5萬輛"] == "長城汽車"
    found = subjects("挪威的人均儲蓄率為18%（僅次於瑞士的21%）。")
    assert found["18%"] == "挪威"
    assert found["21%"] == "瑞士"
    assert subjects("本次上市募资300亿元，仅次于华虹半导体（首发募资450亿元）。")["450亿元"] == "华虹半导体"


def test_the_words_before_a_verb_of_holding_hold_the_stake():
    """某某持股4.66%, 某某通过子公司持有…, 某某本月减持…: the holder of a stake opens its clause, a name no rule knows
    too; not the means (通过旗下平台), nor a word of summing (合计), nor a holder named later in the sentence."""
    assert subjects("资本市场动态\n恒远投资持股12.3%，为第一大股东。")["12.3%"] == "恒远投资"
    assert subjects("资本市场动态\n公告显示，李明远通过旗下平台持有该公司8.5%的股份。")["8.5%"] == "李明远"
    assert subjects("資本市場動態\n公告顯示，林家豪本月減持0.8%。")["0.8%"] == "林家豪"
    found = subjects("资本市场动态\n招股书显示，华创投资持股6.5%，远山基金持股4.1%。")
    assert (found["6.5%"], found["4.1%"]) == ("华创投资", "远山基金")
    found = subjects("資本市場動態\n招股書顯示，嘉豐投資持股6.5%，遠山基金持股4.1%。")
    assert (found["6.5%"], found["4.1%"]) == ("嘉豐投資", "遠山基金")
    assert subjects("资本市场动态\n公告称，晨光创投累计增持至8.8%。")["8.8%"] == "晨光创投"
    assert subjects("资本市场动态\n宏达电子股东众多。其共有5名机构股东，合计持股63.2%。")["63.2%"] != "合计"


def test_a_noun_of_a_trade_points_back_to_the_company_of_that_trade():
    """该房企, 这家券商, 该航司: the company named before whose name ends as the trade's names do (万科地产, 东方航空),
    though it reports its own figures; not the phrase as written."""
    assert subjects("地产观察\n万科地产发布年报。该房企去年销售额下降20%。")["20%"] == "万科地产"
    assert subjects("地產觀察\n萬科地產發布年報。該房企去年銷售額下降20%。")["20%"] == "萬科地產"
    assert subjects("航空观察\n东方航空公布运营数据。该航司上月旅客运输量增长9%。")["9%"] == "东方航空"
    assert subjects("汽车行业观察\n远航汽车今年加快出海。这家车企前10个月交付12万辆。")["12万辆"] == "远航汽车"
    assert subjects("汽車行業觀察\n遠航汽車今年加快出海。這家車企前10個月交付12萬輛。")["12萬輛"] == "遠航汽車"


def test_a_model_that_opens_its_clause_holds_the_figures_not_the_maker_carried():
    """某某50 Plus起售价…, 某某8000採用…製程: a product model (a line's name and digits, or letters and digits) that
    opens the clause or the sentence is whose price or specification the figures are; the maker of the sentence before
    holds none of them."""
    found = subjects("新机速递\n华腾公司今天发布新手机。畅行50 Plus起售价为1499元，续航提升20%。")
    assert (found["1499元"], found["20%"]) == ("畅行50 Plus", "畅行50 Plus")
    found = subjects("新機速遞\n聯創科技今日發表新晶片。天擎8000採用4奈米製程，電晶體數量達200億個。")
    assert (found["4奈米"], found["200億個"]) == ("天擎8000", "天擎8000")
    found = subjects("新车速递\n小岚汽车披露了新车数据。岚图S7续航里程为700公里，售价22.98万元。")
    assert (found["700公里"], found["22.98万元"]) == ("岚图S7", "岚图S7")
    found = subjects("新車速遞\n泰安汽車今日公布新車。T6續航里程達到520公里，售價新台幣129萬元。")
    assert found["520公里"] == "T6"


def test_a_model_written_right_after_its_maker_holds_the_figures_with_the_maker_name():
    """星河X9起售价…: the maker's name glued to a model is the model as written, not the maker alone."""
    found = subjects("新机速递\n星河科技昨日发布新款手机。星河X9起售价为3999元；星河X9 Pro起售价为4999元。")
    assert (found["3999元"], found["4999元"]) == ("星河X9", "星河X9 Pro")
    found = subjects("新車速遞\n光華半導體發表新晶片。光華K5採用5奈米製程，內建120億個電晶體。")
    assert (found["5奈米"], found["120億個"]) == ("光華K5", "光華K5")


def test_years_lists_and_period_codes_that_open_a_clause_are_no_models():
    """2023、2024年分别…, 以及50、44个…, Q3营收…, M2增速…: digits with no line's name, or a code of a period or a money
    aggregate, hold nothing; the company or the carried holder does."""
    found = subjects("公司动态\n宏业集团发布年报。2023、2024年营收分别为5亿元、6亿元。")
    assert "2023" not in found["5亿元"] and "2024" not in found["6亿元"]
    assert subjects("公司动态\n宏业集团发布财报。Q3营收增长12%。")["12%"] != "Q3"
    assert subjects("金融数据\n人民银行公布数据。M2增速为8.5%。")["8.5%"] != "M2"


def test_a_specification_with_its_version_word_before_a_product_is_the_products():
    """8 核心版 某某 Chip, 16GB款 某某 Go 14: 版 or 款 between the figure and the product name still makes the figure
    the product's specification, not the maker's who launches it."""
    assert subjects("新品发布\n高达科技推出 8 核心版 Nova Chip 平台。")["8 核心"] == "Nova Chip"
    assert subjects("新品發布\n遠圖公司宣布，16GB款 Swift Go 14 售價新台幣3萬元。")["16GB"] == "Swift Go 14"
def test_a_share_of_people_in_an_article_about_a_body_is_no_ones():
    """约一半人打算…, 約六成為夜更工作者: a share of people with no holder named falls back to no one in an article
    about a company or an institute (the people it asked or serves hold it); in an article about a place its people's
    shares stay the place's, and the body's own figures stay its own."""
    found = subjects("星河电讯推出新月费计划\n星河电讯昨日公布新的月费计划，月费为198元。\n"
                     "根据问卷结果，约一半人打算转台。")
    assert found["约一半"] == ""
    found = subjects("星河電訊推出新月費計劃\n星河電訊昨日公布新的月費計劃，月費為198元。\n"
                     "根據問卷結果，約一半人打算轉台。")
    assert found["約一半"] == ""
    found = subjects("明德大學醫學院發表睡眠研究\n明德大學醫學院今日發表一項睡眠研究報告。\n"
                     "研究發現，約六成為夜更工作者。")
    assert found["約六成"] == ""
    found = subjects("顺达巴士申请加价\n顺达巴士向运输署申请加价8%。\n当局估计，约三成的人每程需多付1元。")
    assert found["约三成"] == ""
    found = subjects("佛山市公布住户调查\n佛山市统计局今日公布住户调查。\n调查显示，约一半人说收入增加。")
    assert found["约一半"] == "佛山市"


def test_a_ministry_that_reports_stands_for_no_article_of_its_figures():
    """A Taiwan headline led by a ministry (某部：…) or a statistics office that reports each time the body names it
    (某院某總處公布…, 某總處指出): the figures of the article are not the body's."""
    text = ("經濟部：9月外銷訂單年增6.5%\n"
            "經濟部統計處今天發布9月外銷訂單金額為512.3億美元，年增6.5%，電子產品接單達188億美元。")
    found = subjects(text)
    assert found["512.3億美元"] == ""
    assert found["188億美元"] == ""
    text = ("主計總處上修明年物價漲幅\n"
            "行政院主計總處昨（20）日公布，明年消費者物價指數年增率預估為1.9%。\n"
            "主計總處指出，8月失業率為3.41%，失業人數約39.8萬人。")
    found = subjects(text)
    assert found["1.9%"] == found["3.41%"] == found["約39.8萬人"] == ""
def test_a_quoted_name_after_the_class_noun_of_a_product_names_it_once():
    """芯片“某某”, 大模型“某某”: a name in quotes right after a product's class noun is the product, named once; 该芯片
    points back to it and it holds the specifications after it, not the maker (simplified and traditional)."""
    text = "晨光半导体推出新芯片\n\n晨光半导体周三发布旗舰芯片“曜石三号”。该芯片采用5纳米工艺，集成120亿个晶体管。\n"
    found = subjects(text)
    assert found["5纳米"] == found["120亿个"] == "曜石三号"
    text = "晨光半導體推出新晶片\n\n晨光半導體週三發表旗艦芯片「曜石三號」。該芯片採用5奈米製程，集成120億個電晶體。\n"
    found = subjects(text)
    assert found["5奈米"] == found["120億個"] == "曜石三號"
    found = subjects("云帆科技发布新品\n\n云帆科技还发布了大模型“青鸾4.0”，参数规模达到2600亿。\n")
    assert found["2600亿"] == "青鸾4.0"


def test_a_quoted_new_development_holds_its_units_in_later_paragraphs_too():
    """新盘「某某」公布价单，推出300个单位: the development named after 新盘 holds its figures though it publishes
    them, and again where it opens a later paragraph."""
    text = ("宏基置業元朗新盤開價\n\n宏基置業旗下元朗新盤「朗晴峰」今日公布價單，推出250個單位。\n\n"
            "「朗晴峰」合共提供980個單位，預計2028年落成。\n")
    found = subjects(text)
    assert found["250個"] == "朗晴峰"
    assert found["980個"] == "朗晴峰"


def test_a_word_of_comparison_is_no_holder_of_a_move():
    """某市租金环比涨0.4%，同比涨2.1%: 同比 and 环比 say what the change is measured against, whether the
    model reads them as a name or they stand before the verb: the city holds both moves."""
    text = "各地房价\n\n统计局数据显示，上月苏州写字楼租金环比上涨0.2%，同比上涨1.6%；无锡环比上涨0.1%。\n"
    found = subjects(text)
    assert found["0.2%"] == found["1.6%"] == "苏州"
    assert found["0.1%"] == "无锡"


def test_a_group_that_opens_with_the_companys_word_for_itself_is_the_companys():
    """报告期内，公司原油加工量…，成品油经销量…: 公司 opening the group is the company speaking of itself, so the
    company named before holds the later clauses' figures, not 公司原油."""
    text = ("远东石化公布三季报\n\n远东石化发布三季度报告，前三季度营业收入为860亿元。\n\n"
            "报告期内，公司原油加工量为2100万吨，成品油经销量2300万吨，化工产品产量为540万吨。\n")
    found = subjects(text)
    assert found["2300万吨"] == found["540万吨"] == "远东石化"


def test_a_place_and_its_market_before_a_rank_scope_it():
    """公司…，在国内市场排名第四: 国内 with 市场 (or 同行业) after it is still the field of the rank, not its
    holder: the company holds the rank."""
    text = "海纳科技发布业绩\n\n海纳科技表示，公司今年手机出货量达到3100万台，在国内市场排名第五。\n"
    assert subjects(text)["第五"] == "海纳科技"


def test_a_server_points_back_to_its_model_as_a_phone_does():
    """发布服务器“某某X5”。该服务器搭载…: 服务器 is a class of product, so 该服务器 points back to the model named
    before and it holds the specifications, not the maker."""
    text = "岩松科技发布新服务器\n\n岩松科技今天发布新款服务器“岱岳X5”。该服务器配备4颗处理器，整机功耗为6.5千瓦。\n"
    found = subjects(text)
    assert found["4颗"] == found["6.5千瓦"] == "岱岳X5"


def test_a_clause_topic_named_once_holds_before_the_article_subject():
    """某业务已完成三轮升级，累计销量…: a topic-comment sentence whose opening noun phrase no entity rule names holds
    its figures, in its own clause and in the later clauses that leave their topic out, before the company named in
    an earlier sentence is carried to them (in both scripts)."""
    found = subjects("明达控股发布年报。智能门锁业务已完成三轮升级，累计销量超过80万套。")
    assert found["三轮"] == found["超过80万套"] == "智能门锁业务"
    assert subjects("明达控股发布年报。智能门锁业务去年稳步推进，营收达到12亿元。")["12亿元"] == "智能门锁业务"
    assert subjects("鴻信電子公布財報。伺服器產品線今年持續擴張，出貨量年增三成。")["三成"] == "伺服器產品線"
    assert subjects("明达控股发布年报。智能门锁业务去年稳步推进，均价下调后销量增长两成。")["两成"] == "智能门锁业务"


def test_a_holder_named_in_the_sentence_wins_over_its_unnamed_topic():
    """智能门锁业务…，明达控股累计销量…: a name (or a place) stated in the figure's sentence still holds it."""
    found = subjects("明达控股发布年报。智能门锁业务已完成三轮升级，明达控股累计销量超过80万套。")
    assert found["超过80万套"] == "明达控股"
    assert subjects("明达控股发布年报。智能门锁业务去年稳步推进，杭州门店营收达到12亿元。")["12亿元"] == "杭州"
def test_a_person_who_opens_the_headline_speaks_for_the_holder_named_with_their_title():
    """某某谈…: the company or the place the article names the person by (某公司董事长某某, 某市市长某某) holds the
    article's figures, in both scripts; the next holder of the headline or its lead when no title names one."""
    found = subjects("周立新谈转型之路\n朗峰科技董事长周立新昨日出席论坛。\n去年收入升至6.4亿元，增幅12%。")
    assert found["12%"] == found["6.4亿元"] == "朗峰科技"
    found = subjects("許文彬拚觀光\n高雄市長許文彬今日出席旅展。\n今年旅客人次增加7.5%。")
    assert found["7.5%"] == "高雄市"
    found = subjects("王立德的新能源之路\n蔚来汽车近年转向海外市场。\n上月交付1.8万辆。")
    assert found["1.8万辆"] == "蔚来汽车"


def test_a_player_and_a_person_the_headline_gives_a_figure_of_keep_their_figures():
    """某队后卫某某, 某某增持…股: the figures are the person's own, not the team's or the company's."""
    found = subjects("陈家豪续约\n飞鹰队后卫陈家豪昨日与球队续约。\n新合同为期4年，总值8000万美元。")
    assert found["4年"] == found["8000万美元"] == "陈家豪"
    found = subjects("何文轩增持200万股\n德泰控股执行董事何文轩上周增持股份。\n持股比例升至6%。")
    assert found["6%"] == "何文轩"


def test_a_time_in_the_headline_is_no_figure_of_the_person():
    """某某掌舵一年: a tenure dates the person's post, it is no figure they hold; the company stands."""
    found = subjects("林國棟執掌兩年\n鴻昇電子總經理林國棟上任已滿兩年。\n今年資本開支擴大至80億元。")
    assert found["80億元"] == "鴻昇電子"


def test_a_public_body_that_forecasts_or_revises_reports_the_economy_s_figures():
    """某总处预估, 某会预期, 某处下修: a public body forecasting the economy it watches is the source, not the holder;
    a company's own guidance (某公司预估营收) stays the company's."""
    found = subjects("台灣經濟穩健\n主計總處預估今年經濟成長率為3.2%，消費者物價指數上漲1.9%。")
    assert found["3.2%"] == found["1.9%"] == "台灣"
    assert subjects("國發會預期明年出口將成長5%。")["5%"] == ""
    assert subjects("港府统计处下修今年经济增长预测至2.5%。")["2.5%"] == ""
    assert subjects("鴻昇電子預估今年營收成長兩成。")["兩成"] == "鴻昇電子"
def test_an_unnamed_topic_holds_past_a_time_before_its_measure():
    """某金矿2023、2024年年均产金…, 某业务去年销量…: a time between the topic named once and its measure dates the
    figure; the topic still holds it before the company named in an earlier sentence (in both scripts)."""
    assert subjects("明达矿业发布年报。东山金矿2022、2023年平均产量约为6吨。")["约为6吨"] == "东山金矿"
    assert subjects("鴻信礦業公布年報。東山金礦2022、2023年平均產量約為6噸。")["約為6噸"] == "東山金礦"
    assert subjects("明达控股发布年报。智能门锁业务去年销量达到80万套。")["80万套"] == "智能门锁业务"


def test_an_unnamed_topic_opens_with_a_word_jieba_tags_as_no_noun():
    """纯/a 电动车, 旗舰版/vn 手机, 某某/n 系列/q: an adjective, a mistagged verbal noun or 系列 inside the phrase is
    part of the topic; a verbal noun of two characters (教育/vn 程度) opens no topic."""
    assert subjects("明达控股发布年报。纯电动车今年交付量达到8万辆。")["8万辆"] == "纯电动车"
    assert subjects("鴻信汽車公布財報。純電動車上月交付1.2萬輛。")["1.2萬輛"] == "純電動車"
    assert subjects("明达控股发布年报。旗舰版手机去年销量达到300万台。")["300万台"] == "旗舰版手机"
    assert subjects("明达控股发布年报。高端白酒系列去年营收增长15%。")["15%"] == "高端白酒系列"
    assert subjects("明达控股发布年报。杭州门店营收达到12亿元。")["12亿元"] == "杭州"


def test_the_part_named_after_qi_zhong_holds_its_figure():
    """其中/r 海外业务…: "among them" opens the clause before the part that is its topic; the part named once holds
    the figure, not the company carried from the sentence before."""
    assert subjects("星河电器公司发布年报。其中海外业务去年收入增长12%。")["12%"] == "海外业务"
    assert subjects("星河電器公司發佈年報。其中海外業務今年營收達到30億元。")["30億元"] == "海外業務"
    assert subjects("蓝湾食品公司公布业绩。当中冷链板块上半年营收增长8%。")["8%"] == "冷链板块"


def test_a_name_that_writes_in_a_report_is_its_source():
    """某行分析师在研报里…, 某某在报告里写道: the house and its analyst write of another's figures, with or without
    a verb of speech after the report (a Latin name with its space too); a name in its own clause holds them."""
    found = subjects("券商观点\n市场气氛转好。\n中信证券分析师王明在研报中为比亚迪估值，结论为1.2万亿元。")
    assert found["1.2万亿元"] == "比亚迪"
    found = subjects("券商觀點\n市場氣氛轉好。\n中信證券分析師王明在研報中為比亞迪估值，結論為1.2萬億元。")
    assert found["1.2萬億元"] == "比亞迪"
    view = document_view("债市周报\n瑞穗交易员John Smith在一份报告里称，上个月绿色债券发行达500亿美元。")
    assert "瑞穗" not in [view.text[s:e] for s, e in SubjectFinder(view).holders.spans]
    found = subjects("车市观察\n市场气氛转好。\n中金公司在研报中预测，全国汽车销量今年将达3200万辆。")
    assert found["3200万辆"] == "全国"


def test_every_name_listed_after_ju_is_a_source():
    """据甲和乙研报, 根据甲、乙的数据: 据 makes all the names listed after it sources, not only the first; the
    figures are the topic's."""
    found = subjects("投行观点\n市场气氛转好。\n据瑞银和花旗研报，这批订单的收入合计约800亿美元。")
    assert found["约800亿美元"] == "这批订单"
    found = subjects("投行觀點\n市場氣氛轉好。\n根據野村和瑞銀的數據，這類基金今年流入資金達120億美元。")
    assert found["120億美元"] == "這類基金"


def test_a_place_that_opens_a_competitors_name_does_not_hold_the_figures():
    """某国跳水名将某某, 某地「举重女神」某某: the place says where the competitor is from; the person holds the scores,
    in the clause (田径好手/v: a title jieba tags as a verb) and past it."""
    found = subjects("田径快讯\n赛事进入决赛阶段。\n台灣田徑好手楊俊瀚在100米決賽跑出10秒11。")
    assert found["10秒11"] == "楊俊瀚"
    found = subjects("举重快讯\n赛事进入决赛阶段。\n台湾「举重女神」林明华再度出战，昨日在决赛以抓举105公斤夺冠。")
    assert found["105公斤"] == "林明华"
    found = subjects("剑击快讯\n赛事进入决赛阶段。\n香港剑击好手张家朗再度出战，昨日以15比11击败对手。")
    assert found["15"] == "张家朗"


def test_the_place_a_speaker_speaks_of_after_zhi_is_the_topic():
    """某司司长…，他指本港经济…: 指 opens what is said, as 称 and 说 do; the place named after it is the topic of the
    sentence and holds its later figures, not the speaker's department named before."""
    found = subjects("预算案\n财政司司长今日发表预算案，他指本港今年经济预测增长2%至3%，物价涨幅估计为1.8%。")
    assert found["1.8%"] == "本港"
    found = subjects("交通\n运输署署长昨日出席会议，他指新界东今年车祸数字下跌，全年录得1200宗。")
    assert found["1200宗"] == "新界东"


def test_a_wire_agency_reports_and_holds_nothing():
    """路透社, 美联社 (media_endings.txt lists the wire agencies whole): an outlet that visits or interviews reports
    what it found; it holds none of the figures."""
    for text in ("路透社走访了一间拥有800名员工的电子厂。", "美聯社訪問了一所有800名學生的學校。"):
        view = document_view("外电\n" + text)
        assert not {"路透社", "美联社"} & {view.text[s:e] for s, e in SubjectFinder(view).holders.spans}


def test_the_object_brought_forward_by_ba_holds_nothing():
    """若把某局加息转给…: 把 brings forward what the topic acts on; the bank named before holds the later figures of
    its sentence, not the body whose move it passes on."""
    found = subjects("按揭\n目前恒生银行的最优惠利率为5.5%，若把美联储加息完全转给客户，利率会升至5.75%。")
    assert found["5.75%"] == "恒生银行"
    found = subjects("按揭\n目前匯豐的按揭利率為3.6%，若把聯儲局減息全部反映，每月供款會減少500元。")
    assert found["500元"] == "匯豐"


def test_a_company_whose_executive_speaks_holds_its_own_figures():
    """某公司董事长某某表示，…, 某公司总裁指出，…: with no other holder in the sentence, the company the executive
    speaks for holds the figures (not the article's subject)."""
    found = subjects("科技周报\n市场气氛转好。\n仁宝董事长陈瑞聪表示，笔电出货量明年将增长一倍。")
    assert found["一倍"] == "仁宝"
    found = subjects("科技週報\n市場氣氛轉好。\n台積電總裁魏哲家指出，先進製程產能今年將增加50%。")
    assert found["50%"] == "台積電"
def test_an_outlet_a_credit_line_names_holds_no_figures():
    """（图源/某氪整理）: the outlet that made the charts reports the company's figures wherever it is named."""
    found = subjects("澜星科技去年营收12亿元。\n但晨氪翻阅了200页的财报后发现，毛利率只有18%。\n（图源/晨氪整理）")
    assert found["18%"] == "澜星科技"
def test_a_topic_before_a_verb_that_stands_before_metrics_holds_the_figure():
    """某产业/完成/产值, 某园区/新增/企业: a verb that stands before a metric (完成, 实现, 新增) between an unnamed
    topic and its measure is the predicate, so the topic holds the figure, not the province of the sentence before."""
    assert subjects("北岭省发布数据。新能源汽车产业完成产值460亿元。")["460亿元"] == "新能源汽车产业"
    assert subjects("北嶺省公布數據。縣域工業園區新增企業130家。")["130家"] == "縣域工業園區"


def test_a_topic_opened_by_a_relative_clause_holds_the_figure():
    """入住某类房屋的住户平均每月…: a relative clause closed by 的 before the topic says which members of the class
    hold the figure; the whole phrase holds it, not the body named before. A predicate with a pronoun (已令我们的…)
    is no relative clause."""
    found = subjects("港府公布新措施。入住过渡性房屋的住户平均每月租金约为1800元。")
    assert found["约为1800元"] == "入住过渡性房屋的住户"
    found = subjects("港府公布新措施。入住過渡性房屋的住戶平均每月租金約為1800元。")
    assert found["約為1800元"] == "入住過渡性房屋的住戶"


def test_the_service_a_demand_is_for_holds_its_growth():
    """某项服务需求增逾两成: the metric opens the clause as a service's nouns then 需求; the service holds the
    figure, not the hospital network named before."""
    assert subjects("港岛联网公布计划。夜间护理服务需求近两年上升约三成。")["约三成"] == "护理服务"


def test_those_a_scheme_serves_after_wei_hold_its_figures():
    """为某类人士设立贷款，最多可借…: a clause that opens with 为 or 向 and those it serves (its doer left out) is about
    them; they hold the figure of the clause after it, not the government named in an earlier sentence."""
    assert subjects("港府公布新措施。为失业工人设立低息贷款，最多可借三个月工资。")["三个月"] == "失业工人"
    assert subjects("港府公佈新措施。為失業工人設立低息貸款，最多可借三個月工資。")["三個月"] == "失業工人"


def test_a_pointer_after_a_cited_source_points_back_past_the_source():
    """据某社报道，该公司/公司/其…: a source after 据 reports; the pointer stands for the company named before it."""
    found = subjects("宏达集团今年表现稳健。据路透社昨日消息，该公司净利润增长15%。")
    assert found["15%"] == "宏达集团"
    found = subjects("宏達集團今年表現穩健。據彭博社最新報道，其淨利潤增長15%。")
    assert found["15%"] == "宏達集團"


def test_a_company_given_a_target_price_holds_it():
    """某券商给予乙公司目标价…, 予乙公司评级，目标价…, 将乙公司目标价上调至…: the company judged holds its target
    price and its forecast, not the house that gives them."""
    assert subjects("华信证券给予比亚迪目标价300元，评级为买入。")["300元"] == "比亚迪"
    found = subjects("瑞银予华星光电“中性”评级，目标价由12元下调至10元。")
    assert found["12元"] == found["10元"] == "华星光电"
    assert subjects("高盛給予騰訊控股目標價520港元。")["520港元"] == "騰訊控股"
    assert subjects("华信证券将长风汽车目标价上调至30元。")["30元"] == "长风汽车"  # (a name no rule knows)


def test_a_figure_a_thing_has_belongs_to_the_thing():
    """一所有800名学生的学校, 一间设有350个宿位的护理院: the thing after 的 holds what it has, when no name in the
    clause holds it (a district named in the clause still does)."""
    assert subjects("这是一所有800名学生的学校，位于山区。")["800名"] == "学校"
    assert subjects("一間提供460個床位的安老院舍將於明年啟用。")["460個"] == "安老院舍"
    assert subjects("南山区将开设一家拥有200张病床的医院。")["200张"] == "南山区"


def test_a_bank_whose_economist_speaks_holds_no_figures():
    """某行经济学家某某称，…: the economist speaks of the economy; the bank holds none of it (its own results,
    announced, stay its own)."""
    assert subjects("消费前景\n\n星海银行经济学家李文涛称，今年零售总额增速或达6%。")["6%"] == ""
    assert subjects("出口放緩\n\n中國銀行首席經濟學家表示，今年出口增速料放緩至3%。")["3%"] == ""
    assert subjects("银行业绩\n\n星海银行宣布，一季度净利润增长3.2%。")["3.2%"] == "星海银行"
def test_a_name_glued_before_a_project_word_holds_as_the_project():
    assert subjects("双方签约后，比亚迪项目首期投入约达45亿元。")["45亿元"] == "比亚迪项目"
    assert subjects("雙方簽約後，新鴻基項目總投資額約為80億港元。")["約為80億港元"] == "新鴻基項目"


def test_a_fund_flow_word_jieba_cuts_holds_its_flow():
    """北向/资金, 南向/资金: a group holder word jieba cuts in two is read whole, and holds the flow it names; a cut
    place word (全/社会) still only scopes its measure."""
    assert subjects("周三收市\n\n北向资金全天净买入56亿元，其中前半日买入较多。")["56亿元"] == "北向资金"
    assert subjects("港股收市\n\n南向資金今日淨流入38億港元。")["38億港元"] == "南向資金"


def test_a_stock_connect_channel_holds_its_flow():
    """沪股通, 深股通: the channel of a fund flow holds it, not the place abbreviation inside its name (沪, 深); before
    another group word (港股通南向资金) it says which flow: the two words are one holder."""
    got = subjects("周三收市\n\n北向资金净买入56亿元，其中沪股通净买入30亿元，深股通净买入26亿元。")
    assert (got["30亿元"], got["26亿元"]) == ("沪股通", "深股通")
    assert subjects("港股收市\n\n港股通南向資金今日淨流入38億港元。")["38億港元"] == "港股通南向資金"


def test_the_whole_market_holds_its_turnover():
    """两市 (both exchanges, cut 两/市 by jieba) and 大市 (the whole Hong Kong market) hold the turnover of a
    market wrap: its figure is the market's, no fund's named after it."""
    got = subjects("A股收评\n\n两市成交额合计8900亿元，北向资金净买入56亿元。")
    assert (got["8900亿元"], got["56亿元"]) == ("两市", "北向资金")
    assert subjects("港股收市\n\n大市成交額1250億元，港股通南向資金淨流入38億元。")["1250億元"] == "大市"
