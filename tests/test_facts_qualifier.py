"""qualifier_apart: an adverb of size standing before the verb or copula that leads to a figure bounds it."""

import pytest

from pipeline import extract


def qualifier_of(text: str, figure: str) -> str:
    return next(f.qualifier for f in extract(text).facts if f.text.endswith(figure))


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an adverb, a modal or copula, and the figure
        ("从甲镇到乙村大约需要3小时车程。", "3小时", "approx"),
        ("这批新仓库约有120个货位，可存放粮食。", "120个", "approx"),
        ("該屋苑上月約有35宗成交，較前月回升。", "35宗", "approx"),
        ("某展会当年大约只有8万人次参观。", "8万人次", "approx"),
        ("該區長者的近視比例約是9%，高於鄰區。", "9%", "approx"),
        ("每款新机的研发周期至少是18个月。", "18个月", "at_least"),
        # an adverb, a verb and the figure; a modal before the verb
        ("受伤的前锋至少休战6周，教练组十分头疼。", "6周", "at_least"),
        ("某某科技今年起码需要招聘50名工程师。", "50名", "at_least"),
        ("由於颱風影響，該航線大約需要延誤4小時。", "4小時", "approx"),
        ("甲队本赛季约打进40球。", "40球", "approx"),
        # a superlative bounds a figure through a modal only; with a copula it names the most
        ("這家公司最多可裁減200名員工。", "200名", "at_most"),
        ("新政下首套房贷款额度最高可上浮30万元。", "30万元", "at_most"),
        ("甲屋苑成交最多有9宗，平均呎價1.2萬元。", "9宗", "exact"),
        # the verb may be mistagged as a noun: after a modal or an adverb of size it is a verb all the same
        ("某停车场最多可停放800辆私家车。", "800辆", "at_most"),
        ("每位参赛者至多出场四次。", "四次", "at_most"),
        ("某市明日最高气温将升至36度。", "36度", "exact"),
        # 不及 bounds like 不到, also the share of a whole named between
        ("今年夏季雨量不及往年的一半。", "一半", "at_most"),
        # no adverb of size: 约 inside another word, or nothing before the verb
        ("两国签订的协约有5项内容。", "5项", "exact"),
        ("某县今年需要招聘50名教师。", "50名", "exact"),
        # a cap denied through a modal
        ("品相完好的旧版纸币在市面上不会超过20张。", "20张", "at_most"),
        ("每家門店的員工人數不得超過15人。", "15人", "at_most"),
        ("其余参选人的支持率都未超过9%。", "9%", "at_most"),
        ("該區全年降雨量沒有超過800毫米。", "800毫米", "at_most"),
        ("某市的新增病例超过20例。", "20例", "at_least"),
        # a verb that bounds the figure right after it: a peak reached, a threshold passed
        ("某某电子上季毛利率高达58%，再度刷新纪录。", "58%", "at_most"),
        ("參與甲項調查的人數高達六千人。", "六千人", "at_most"),
        ("该款电动车的续航里程可达650公里。", "650公里", "at_most"),
        ("甲區居屋申請人需等候長達5年。", "5年", "at_most"),
        ("分析师认为乙公司股价上看80元。", "80元", "at_most"),
        ("该国长债利率盘中下破2.1%。", "2.1%", "at_most"),
        ("国际银价周二站上30美元关口。", "30美元", "at_least"),
        ("甲饮料的年销售额迈入百亿元行列。", "百亿元", "at_least"),
        # the end of a verb of change before 达 is no bound verb (增长|达, 提高|达)
        ("甲公司销售额较上年增长达12%。", "12%", "exact"),
        ("乙廠今年銷量提高達兩成。", "兩成", "exact"),
        # a superlative of height or length caps a figure through any verb
        ("购房补贴每户最高上浮15万元。", "15万元", "at_most"),
        ("新款平板电脑最高直降800元。", "800元", "at_most"),
        ("该县每户可获补贴的面积最高为40平方米。", "40平方米", "at_most"),
        # a bound written before the whole a share is taken of
        ("按新规，甲市赤字规模不得超过其全市产值的3%。", "3%", "at_most"),
        ("乙款手機的銷量不到丙款的一半。", "一半", "at_most"),
        ("某县人均存款不足全省平均值的三分之一。", "三分之一", "at_most"),
        ("海外订单已超过某某机械总产量的40%。", "40%", "at_least"),
        # not when the figure is the yardstick itself, a peer's or an earlier time's
        ("甲企業的研發投入佔比低於同業的9%。", "9%", "exact"),
        ("今年出口占比超过去年同期的35%。", "35%", "exact"),
        ("本季通胀率略高于2.6%的初值。", "2.6%", "exact"),
        ("工资涨幅连续两年超过4%目标。", "4%", "exact"),
    ],
)
def test_qualifier_apart(text: str, figure: str, expected: str) -> None:
    assert qualifier_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # 近 bounds the window of a record, so the window is exact (gold D47, D49); elsewhere 近 is approx
        ("甲市新房库存降至近十五年新低。", "近十五年", "exact"),
        ("乙國出口升幅為近四年來最快。", "近四年", "exact"),
        ("某条隧道的工期近六年。", "近六年", "approx"),
    ],
)
def test_a_window_of_a_record_after_jin_is_exact(text: str, figure: str, expected: str) -> None:
    assert qualifier_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an adverb of about before a verb of share and the whole the share is taken of
        ("某县这笔开支大约相当于全县税收的五分之一。", "五分之一", "approx"),
        ("該島的耕地約佔全島面積的三成。", "三成", "approx"),
        ("丁厂的产量约为同业的一半。", "一半", "approx"),
        ("某县这笔开支相当于全县税收的五分之一。", "五分之一", "exact"),
        # a temperature scale between the adverb and the number
        ("後日市區氣溫約攝氏二十六度。", "二十六度", "approx"),
        ("某镇傍晚气温约华氏八十度。", "八十度", "approx"),
        # Cantonese 成 after 咗, 要 or 有 before a figure: nearly that much
        ("嗰隻新股上市首日跌咗成三成。", "三成", "approx"),
        ("重建呢條村要成八千萬。", "八千萬", "approx"),
        ("佢哋喺門口排咗成兩個鐘。", "兩個鐘", "approx"),
    ],
)
def test_about_apart_from_the_number(text: str, figure: str, expected: str) -> None:
    assert qualifier_of(text, figure) == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("某款移动硬盘的写入速度高达每秒900MB。", "900MB", "at_most"),
        ("乙河洪峰流量超过每秒3万立方米。", "3万立方米", "at_least"),
        ("丙站供水能力不到每小时500吨。", "500吨", "at_most"),
        ("丁型风扇送风量至少每分钟20立方米。", "20立方米", "at_least"),
        ("戊线路的客流为每小时4万人次。", "4万人次", "exact"),
    ],
)
def test_a_bound_before_the_time_word_of_a_rate_bounds_the_figure(text: str, figure: str, expected: str) -> None:
    """高达每秒900MB, 超过每秒3万立方米: the rate's time word stands between the bound and the number."""
    assert qualifier_of(text, figure) == expected
