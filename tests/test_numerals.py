"""Tests for the numeral grammar (pipeline/numerals/): values, spans, units, qualifiers and kinds."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.numerals import Quantity, find_quantities, fold, parse_number

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def only(text: str) -> Quantity:
    """The one quantity in `text`."""
    found = find_quantities(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def first(text: str) -> Quantity:
    found = find_quantities(text)
    assert found, text
    return found[0]


def D(x: str | int | float) -> Decimal:
    return Decimal(str(x))


# ---------------------------------------------------------------------------------------------------------
# parse_number: one numeral string → value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Arabic: separators, decimals, full width, scientific notation, signs
        ("3001", 3001), ("1,234,567", 1234567), ("1.57", "1.57"), ("１２３", 123),
        ("１，２３４．５", "1234.5"),
        ("1.5E+16", "15000000000000000"), ("1.5e3", 1500), ("2e5", 200000), ("-10000", -10000),
        ("负3", -3), ("負3", -3), ("+7", 7), (".5", "0.5"),
        # Chinese numerals, simplified and traditional
        ("三千零一", 3001), ("一百五十二", 152), ("两千四百五", 2450), ("兩千四百五", 2450), ("十", 10),
        ("十一", 11), ("一十一", 11), ("二十", 20), ("一百零一", 101), ("一千零一十", 1010),
        ("一千零十", 1010),
        ("九百九", 990), ("一千陆", 1600), ("九万四", 94000), ("九萬四", 94000), ("一万零一十二", 10012),
        ("四千零五万", 40050000), ("四千万零六千", 40006000), ("五亿零六", 500000006),
        ("五億零六", 500000006),
        ("四亿五千六百四十二万零一十五", 456420015), ("五兆六十二亿四万五千二", 5006200045200),
        ("一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一", 1111111111111111),
        ("四万万", 400000000), ("10萬萬", 1000000000), ("百三", 130), ("千三", 1300), ("一百十一", 111),
        ("一百零十万", 1100000), ("零十", 10), ("两", 2), ("兩", 2), ("廿", 20), ("廿二", 22), ("卅", 30),
        ("〇", 0), ("零", 0), ("二〇〇二", 2002), ("二○一八", 2018), ("一七二零", 1720),
        # financial numerals
        ("壹仟壹佰壹拾壹", 1111), ("肆佰陸拾", 460), ("肆拾肆", 44), ("十万柒仟捌佰伍拾肆", 107854),
        ("拾六万零五百零六", 160506), ("貳拾", 20), ("贰拾", 20), ("參拾", 30), ("叁拾", 30), ("玖佰", 900),
        ("兩千兩百貳拾二", 2222),
        # decimals with 点 / 點
        ("三点五", "3.5"), ("三點五", "3.5"), ("十五点七", "15.7"), ("零点五", "0.5"),
        ("两千三点一", "2300.1"),
        ("一千六点五", "1600.5"), ("两千万点五五四四", "20000000.5544"), ("一百点123", "100.123"),
        ("零点零零三四二万", "34.2"), ("零點零零零零零零零零零零零零零零一", "1E-15"),
        # mixed forms and stacked magnitudes
        ("3万4000", 34000), ("1,100万", 11000000), ("1,100萬", 11000000), ("一千零一", 1001),
        ("1千零1", 1001),
        ("5万4千6百", 54600), ("5萬4千6百", 54600), ("4000.5亿", 400050000000), ("2千零30万", 20300000),
        ("25万6千", 256000), ("200亿零四千230", 20000004230), ("1百01", 101), ("1万600", 10600),
        ("4.78万亿", 4780000000000), ("4.78萬億", 4780000000000), ("二十万亿", 20000000000000),
        ("350万亿", 350000000000000), ("20亿亿", "2E17"), ("20億億", "2E17"), ("一万五千亿", 1500000000000),
        ("3千万亿", 3000000000000000), ("40k", 40000), ("30w", 300000), ("１０００ 万", 10000000),
        ("万", 10000), ("亿", 100000000), ("萬億", 1000000000000), ("亿亿", 10**16),
        # fractions, halves, percent forms
        ("三分之一", Decimal(1) / Decimal(3)), ("五分之一", "0.2"), ("3分之2", Decimal(2) / Decimal(3)),
        ("一半", "0.5"), ("负一又二分之一", "-1.5"), ("百分之五", 5), ("百分之２０", 20),
        ("百分之五十五点五七九", "55.579"),
        ("千分之五", 5), ("1/2", "0.5"),
        # English number words
        ("ten", 10), ("twenty-one", 21), ("three hundred thousand", 300000),
    ],
)
def test_parse_number(text: str, value) -> None:
    assert parse_number(text) == D(value) if not isinstance(value, Decimal) else parse_number(text) == value


@pytest.mark.parametrize("text", ["", "元", "负", "abc", "一二三四五六七八九十十", "三个", "第五", "10..1万"])
def test_parse_number_rejects_non_numerals(text: str) -> None:
    assert parse_number(text) is None


def test_values_are_exact_decimals() -> None:
    assert parse_number("1.57") == Decimal("1.57")
    assert str(parse_number("1.57")) == "1.57"
    assert only("增长0.1%").value + only("增长0.2%").value == Decimal("0.3")
    assert only("4000.5亿元").value == Decimal("400050000000")
    assert only("10000000000000000000000000000000000000000001元").value == 10**43 + 1


def chinese(n: int) -> str:
    """A reference integer → Chinese numeral writer (standard form, 零 for gaps)."""
    digits = "零一二三四五六七八九"
    if n == 0:
        return "零"

    def group(g: int) -> str:
        out, zero = "", False
        for unit, mag in (("千", 1000), ("百", 100), ("十", 10), ("", 1)):
            d = g // mag % 10
            if d:
                out += ("零" if zero and out else "") + digits[d] + unit
                zero = False
            else:
                zero = True
        return out

    big = ["", "万", "亿", "万亿"]
    out, gap = "", False
    for i in reversed(range(4)):
        g = n // 10 ** (4 * i) % 10000
        if not g:
            gap = gap or bool(out)
            continue
        if out and (gap or g < 1000):
            out += "零"
        out += group(g) + big[i]
        gap = False
    return out


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_parse_number_reads_every_chinese_integer(n: int) -> None:
    assert parse_number(chinese(n)) == n


_FINANCIAL = str.maketrans("一二三四五六七八九十百千万亿", "壹貳參肆伍陸柒捌玖拾佰仟萬億")


@given(st.integers(min_value=1, max_value=10**12))
def test_financial_numerals_in_text(n: int) -> None:
    written = chinese(n).translate(_FINANCIAL)
    assert parse_number(written) == n
    q = only(f"合計{written}圓整")
    assert (q.text, q.value, q.currency) == (f"{written}圓整", n, "CNY")


@given(st.integers(min_value=0, max_value=10**15))
def test_parse_number_reads_arabic_with_separators(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(fold(f"{n}")) == n


@given(st.decimals(min_value=0, max_value=10**9, places=3, allow_nan=False))
def test_decimals_keep_their_digits(x: Decimal) -> None:
    assert parse_number(str(x)) == x


# ---------------------------------------------------------------------------------------------------------
# find_quantities: spans, units, currencies, qualifiers, kinds


CASES = [
    # text, expected fields of the first quantity
    ("攻克核心技術130餘項", dict(text="130餘項", value=130, unit="项", qualifier="at_least", kind="number")),
    ("攻克核心技术130余项", dict(text="130余项", value=130, unit="项", qualifier="at_least")),
    ("整體銷售量約242萬支", dict(text="約242萬支", value=2420000, unit="支", qualifier="approx")),
    ("整体销售量约242万支", dict(text="约242万支", value=2420000, unit="支", qualifier="approx")),
    ("銷量逾129萬支", dict(text="逾129萬支", value=1290000, qualifier="at_least")),
    ("輪候未夠3年的住戶", dict(text="未夠3年", value=3, unit="年", qualifier="at_most")),
    # 等于 states the figure it compares, and is in its span as 大于等于 is; 不等于 states nothing
    ("滚动负荷等于1535的记录", dict(text="等于1535", value=1535, qualifier="exact")),
    ("数值不等于20的记录", dict(text="20", value=20, qualifier="exact")),
    ("数值大于等于20的记录", dict(text="大于等于20", value=20, qualifier="at_least")),
    ("英伟达五连涨", dict(text="五连涨", value=5, unit="连涨", kind="number")),
    ("天地在线5连板", dict(text="5连板", value=5, unit="连板")),
    # a medal tally and a season's record count medals, wins and losses (units.tsv)
    ("某队收获7金5銀9銅", dict(text="7金", value=7, unit="金", kind="number")),
    ("本季取得12勝3負", dict(text="12勝", value=12, unit="胜", kind="number")),
    ("全国约300银行网点", dict(text="约300", value=300, unit="")),
    # 约 closing a word of contract is no "about" (续约, 违约, 履约, 解约, 毁约, 缔约)
    ("甲隊與乙續約五年", dict(text="五年", value=5, unit="年", qualifier="exact")),
    ("丙方违约两次", dict(text="两次", value=2, unit="次", qualifier="exact")),
    ("双方缔约三十年", dict(text="三十年", value=30, qualifier="exact")),
    # 巴仙, Hong Kong's spoken "per cent"
    ("失業率升至5.2巴仙", dict(text="5.2巴仙", value=5.2, unit="%", kind="percent")),
    ("多咗兩個巴仙", dict(text="兩個巴仙", value=2, unit="%", kind="percent")),
    # units of Taiwan and Hong Kong papers, of farms, ports and clinics
    ("稻穀產量4.6萬公噸", dict(text="4.6萬公噸", value=46000, unit="公吨", kind="measure")),
    ("實用面積約620方呎", dict(text="約620方呎", value=620, unit="方呎", qualifier="approx")),
    ("累计接种8.1亿剂次", dict(text="8.1亿剂次", value=810000000, unit="剂次")),
    ("出栏蛋鸭150万羽", dict(text="150万羽", value=1500000, unit="羽")),
    ("港口吞吐量1,260万TEU", dict(text="1,260万TEU", value=12600000, unit="TEU")),
    ("年出口額超5000萬元", dict(text="超5000萬元", value=50000000, unit="元", currency="CNY",
                            qualifier="at_least", kind="currency")),
    ("月租多在1500元人民幣以內", dict(text="1500元人民幣以內", value=1500, unit="元", currency="CNY",
                                 qualifier="at_most")),
    ("產品遍布全球90%以上的國家",
     dict(text="90%以上", value=90, unit="%", qualifier="at_least", kind="percent")),
    ("產品遍布全球９０％以上的國家", dict(text="９０％以上", value=90, unit="%", qualifier="at_least")),
    # magnitudes alone
    ("預計技術合同成交額突破億元", dict(text="突破億元", value=100000000, unit="元", qualifier="at_least")),
    ("人口總量增加近百萬", dict(text="近百萬", value=1000000, qualifier="approx", unit="")),
    ("累計實施近百個國際科技合作項目", dict(text="近百個", value=100, unit="个", qualifier="approx")),
    ("去年有4个行业研发支出超过千亿", dict(index=1, text="超过千亿", value=10**11, qualifier="at_least")),
    ("每秒可執行20億億次運算", dict(text="20億億次", value=2 * 10**17, unit="次")),
    ("上百人", dict(value=100, unit="人", qualifier="at_least")),
    # 多 after a share and before a noun is "and more" (四成多职工), not when it starts a word or a count of its own
    ("甲县四成多职工参保", dict(text="四成多", value=40, qualifier="at_least")),
    ("約兩成多住戶受影響", dict(text="約兩成多", value=20, qualifier="approx")),
    ("乙地三成多数为新建住宅", dict(text="三成", value=30, qualifier="exact")),
    ("丙行业三成多家企业减产", dict(text="三成", value=30, qualifier="exact")),
    ("數千家企業", dict(text="數千家", value=1000, unit="家", qualifier="at_least")),
    ("数十亿元", dict(value=10**9, unit="元", qualifier="at_least", kind="currency")),
    ("十几亿", dict(value=10**9, qualifier="at_least")),
    ("十幾億", dict(value=10**9, qualifier="at_least")),
    ("十来个", dict(value=10, unit="个", qualifier="at_least")),
    ("几十万人", dict(value=100000, unit="人", qualifier="at_least")),
    ("二十幾萬", dict(value=200000, qualifier="at_least")),
    # a digit after 几 starts the next number: 两万几 a month, not 20001 months
    ("月租兩萬幾一個月", dict(text="兩萬幾", value=20000, unit="", qualifier="at_least")),
    ("受訪者中六成幾表示", dict(text="六成幾", value=60, unit="%", qualifier="at_least")),  # sixty-odd per cent
    ("下半場攻入兩球", dict(text="兩球", value=2, unit="球")),  # goals
    # cents and pence as money of their own (a Hong Kong dividend or tariff, a London share price)
    ("主鏡頭5000萬畫素", dict(text="5000萬畫素", value=50000000, unit="画素", kind="measure")),  # Taiwan's 像素
    ("末期息每股派42仙", dict(text="42仙", value=42, unit="仙", currency="HKD", kind="currency")),
    ("某股收報38港仙", dict(text="38港仙", value=38, unit="港仙", currency="HKD")),
    ("股價跌至96便士", dict(text="96便士", value=96, unit="便士", currency="GBP")),
    ("新增过万", dict(text="过万", value=10000, qualifier="at_least")),
    # 兆
    ("總裝機容量50兆瓦", dict(text="50兆瓦", value=50, unit="兆瓦", kind="measure")),
    ("硬盘1兆字节", dict(text="1兆字节", value=1, unit="兆字节")),
    ("市值达5兆元", dict(text="5兆元", value=5 * 10**12, unit="元")),
    ("市值達5兆新台幣", dict(text="5兆新台幣", value=5 * 10**12, unit="新台币", currency="TWD")),
    # fractions and percents
    ("三分之一的受訪者", dict(text="三分之一", value=Decimal(1) / 3, unit="", kind="number")),
    ("一半以上", dict(text="一半以上", value="0.5", unit="", qualifier="at_least")),
    ("百分之五十", dict(value=50, unit="%", kind="percent")),
    ("学费获百分百资助", dict(text="百分百", value=100, unit="%", kind="percent")),  # a hundred per cent, said short
    ("出口额翻了两番", dict(text="翻了两番", value=3, unit="倍")),  # doubled twice: a rise of 3 倍
    ("百分之２０", dict(value=20, unit="%", kind="percent")),
    ("千分之五", dict(value=5, unit="‰", kind="percent")),
    ("萬分之三", dict(value=3, unit="‱", kind="percent")),
    ("５‰", dict(value=5, unit="‰", kind="percent")),
    ("九成", dict(value=90, unit="%", kind="percent")),
    ("銷售額增加近一成", dict(text="近一成", value=10, unit="%", qualifier="approx")),
    ("占全社会比近五成", dict(text="近五成", value=50, unit="%", qualifier="approx")),
    ("兩成", dict(value=20, unit="%")),
    ("九五折", dict(value=95, unit="%")),
    ("最大扭矩420N·m", dict(value=420, unit="N·m")),  # car and screen specifications
    ("峰值亮度2600尼特", dict(value=2600, unit="尼特")),
    ("会员日全场75折", dict(value=75, unit="%")),  # two Arabic digits before 折: the share itself, as 七五折
    ("打6折", dict(value=60, unit="%")),
    ("提高1.2个百分点", dict(text="1.2个百分点", value="1.2", unit="个百分点", kind="percent")),
    ("提高1.2個百分點", dict(text="1.2個百分點", value="1.2", unit="个百分点")),
    ("下降0.5百分点", dict(value="0.5", unit="百分点")),
    ("二三十个百分点", dict(value=20, value_max=30, unit="个百分点", qualifier="range")),
    # qualifiers
    ("房价收入比长期维持在6.5左右", dict(text="6.5左右", value="6.5", qualifier="approx")),
    ("3亿元上下", dict(value=300000000, qualifier="approx")),
    ("将近300人", dict(text="将近300人", qualifier="approx")),
    ("將近300人", dict(text="將近300人", qualifier="approx")),
    ("接近20%", dict(qualifier="approx")),
    ("研发强度逼近10%", dict(text="逼近10%", qualifier="approx")),
    ("幾乎一半", dict(value="0.5", qualifier="approx")),
    ("大約200元", dict(text="大約200元", qualifier="approx")),
    ("不少於5家", dict(text="不少於5家", qualifier="at_least")),
    ("至少3次", dict(qualifier="at_least")),
    ("增速重回20%之上", dict(text="20%之上", qualifier="at_least")),
    ("不足1%", dict(qualifier="at_most")),
    ("不到一半", dict(value="0.5", qualifier="at_most")),
    ("某村常住人口不及两百人", dict(text="不及两百人", value=200, qualifier="at_most")),
    ("5公里以內", dict(text="5公里以內", unit="公里", qualifier="at_most")),
    ("18歲以下", dict(unit="岁", qualifier="at_most", kind="age")),
    ("定價低於600美元", dict(text="低於600美元", currency="USD", qualifier="at_most")),
    ("多達20個", dict(qualifier="at_most")),
    ("最高50%", dict(qualifier="at_most")),
    ("最长可达10年", dict(text="最长可达10年", qualifier="at_most", kind="duration")),
    ("上限100万元", dict(qualifier="at_most", value=1000000)),
    ("500亿以上市值公司", dict(text="500亿以上", value=5 * 10**10, qualifier="at_least")),
    ("50万元（含）以上", dict(text="50万元（含）以上", qualifier="at_least")),
    # ranges
    ("性能提升5到40倍", dict(text="5到40倍", value=5, value_max=40, unit="倍", qualifier="range")),
    ("3至5年", dict(value=3, value_max=5, unit="年", qualifier="range", kind="duration")),
    ("3-5万元", dict(value=30000, value_max=50000, unit="元", qualifier="range")),
    ("3～5天", dict(value=3, value_max=5, unit="天")),
    ("3~5天", dict(value=3, value_max=5, unit="天")),
    ("20%-30%", dict(value=20, value_max=30, unit="%", qualifier="range", kind="percent")),
    ("5-20%", dict(value=5, value_max=20, unit="%")),
    ("约3-5天", dict(text="约3-5天", qualifier="range")),
    ("一線城市往往需三四千", dict(text="三四千", value=3000, value_max=4000, qualifier="range")),
    ("五六十人", dict(value=50, value_max=60, unit="人")),
    ("两三个", dict(value=2, value_max=3, unit="个")),
    ("兩到三萬港元", dict(value=20000, value_max=30000, currency="HKD")),
    ("十八至三十万日元", dict(value=180000, value_max=300000, currency="JPY")),
    ("一百二十到一百五十万元", dict(value=1200000, value_max=1500000)),
    ("从8500到3万港元", dict(value=8500, value_max=30000)),
    ("1万元--5万元", dict(value=10000, value_max=50000, unit="元")),
    ("10~15k元", dict(value=10000, value_max=15000)),
    ("25-59岁", dict(value=25, value_max=59, unit="岁", kind="age")),
    # ordinals and ranks
    ("躍升至第32位", dict(text="第32位", value=32, unit="位", kind="ordinal", qualifier="exact")),
    ("排名躍升至全國第九", dict(text="第九", value=9, unit="", kind="ordinal")),
    ("居中部省会城市第2位", dict(text="第2位", value=2, kind="ordinal")),
    ("第十五名", dict(value=15, unit="名", kind="ordinal")),
    ("淨流入率居全國前三", dict(text="前三", value=3, qualifier="at_most", kind="ordinal")),
    ("热销手机前五名", dict(text="前五名", value=5, unit="名", qualifier="at_most", kind="ordinal")),
    ("第三万", dict(value=30000, kind="ordinal")),
    # units, currencies and symbols
    ("设立3亿元创投基金", dict(text="3亿元", value=300000000, unit="元", currency="CNY")),
    ("1200亿美元", dict(value=120000000000, unit="美元", currency="USD")),
    ("5306亿台币", dict(unit="台币", currency="TWD")),
    ("1,000萬新台幣", dict(value=10000000, unit="新台币", currency="TWD")),
    ("10港币", dict(currency="HKD")), ("2亿港元", dict(currency="HKD")), ("10欧元", dict(currency="EUR")),
    ("5日元", dict(currency="JPY")), ("3英镑", dict(currency="GBP")),
    ("3英鎊", dict(currency="GBP", unit="英镑")),
    ("US$100", dict(value=100, unit="US$", currency="USD")),
    ("HK$20", dict(currency="HKD")), ("NT$3,265", dict(value=3265, currency="TWD")),
    ("$5", dict(currency="USD")), ("￥300", dict(currency="CNY")), ("¥50", dict(currency="CNY")),
    ("€20", dict(currency="EUR")),
    ("100美元（约新台币3,265元）", dict(index=1, text="约新台币3,265元", value=3265, unit="元",
                                  currency="TWD", qualifier="approx")),
    ("新台币 177.1 亿元", dict(value=17710000000, currency="TWD")),
    ("港币两千九百六十元", dict(value=2960, unit="元", currency="HKD")),
    ("50元6角三分", dict(value="50.63", unit="元")),
    ("壹拾壹元壹角壹分", dict(value="11.11")),
    ("伍仟元整", dict(text="伍仟元整", value=5000)),
    ("60万平方米", dict(value=600000, unit="平方米", kind="measure")),
    ("75.1萬公頃", dict(value=751000, unit="公顷", kind="measure")),
    ("650万吨", dict(value=6500000, unit="吨")),
    ("15.8万亩", dict(unit="亩")),
    ("2.3千克", dict(value="2.3", unit="千克")),
    ("5千米", dict(value=5, unit="千米")),
    ("三千米", dict(value=3000, unit="米")),
    # hectopascals and millibars of a weather report: 百帕 is a unit, its 百 no magnitude
    ("某台风中心气压955百帕", dict(text="955百帕", value=955, unit="百帕", kind="measure")),
    ("某颱風中心氣壓約970百帕斯卡", dict(value=970, unit="百帕斯卡", kind="measure")),
    ("某地气压降至980毫巴", dict(value=980, unit="毫巴", kind="measure")),
    ("一百千瓦", dict(value=100, unit="千瓦")),
    ("4奈米", dict(value=4, unit="奈米")),
    ("5nm", dict(value=5, unit="nm")),
    ("256GB", dict(value=256, unit="GB", kind="measure")),
    ("全新 8 核 Snapdragon", dict(text="8 核", value=8, unit="核")),
    ("由 8 核心的高通 CPU", dict(text="8 核心", unit="核心")),
    # 核心 before a noun it makes a word with (核心理念, 核心技術, 核心团队) is no count of processor cores
    ("甲方提出3核心理念", dict(text="3", value=3, unit="")),
    ("攻克4核心技術", dict(text="4", value=4, unit="")),
    ("乙芯片採用10核心處理器", dict(text="10核心", value=10, unit="核心")),
    ("丙晶片内建6核心GPU", dict(text="6核心", value=6, unit="核心")),
    ("受惠於 45 TOPS 的 NPU", dict(text="45 TOPS", value=45, unit="TOPS")),
    # units of tech news in Taiwan's words and in Latin letters: 英吋, 執行緒 (threads), 位元組 (bytes), 奈秒, Ah
    ("某款筆電配備15.6英吋螢幕", dict(text="15.6英吋", value="15.6", unit="英吋")),
    ("乙處理器為8核心16執行緒", dict(text="16執行緒", index=1, value=16, unit="执行绪")),
    ("每筆資料佔32位元組", dict(text="32位元組", value=32, unit="位元组")),
    ("存取延遲降至80奈秒", dict(text="80奈秒", value=80, unit="奈秒")),
    ("储能电芯容量为280Ah", dict(text="280Ah", value=280, unit="Ah")),
    ("3位元老出席", dict(text="3位", value=3, unit="位")),
    ("門票售價5萬韓圜", dict(text="5萬韓圜", value=50000, currency="KRW")),
    # areas written with a superscript, square millimetres, and the units of screens, memory and latency
    ("乙园区占地35m²", dict(text="35m²", value=35, unit="m²")),
    ("晶粒面積約600平方毫米", dict(text="約600平方毫米", value=600, unit="平方毫米")),
    ("丙款螢幕像素密度達520ppi", dict(text="520ppi", value=520, unit="ppi")),
    ("峰值亮度为2500cd/m²", dict(text="2500cd/m²", value=2500, unit="cd/m²")),
    ("記憶體速度8000MT/s", dict(text="8000MT/s", value=8000, unit="MT/s")),
    ("网络延迟降至15ms", dict(text="15ms", value=15, unit="ms", kind="duration")),
    ("丁廠將導入14埃米製程", dict(text="14埃米", value=14, unit="埃米")),
    # 柜 counts server racks and containers (3万柜), not in 柜台 or 柜子
    ("某厂今年机柜出货约3万柜", dict(text="约3万柜", value=30000, unit="柜")),
    ("乙港出口貨櫃1200櫃", dict(text="1200櫃", value=1200, unit="柜")),
    ("排在第3柜台", dict(text="第3", unit="")),
    # a rate of data per second is one unit, not GB and a stray /s
    ("某显卡带宽达到1.8TB/s", dict(text="1.8TB/s", value="1.8", unit="TB/s")),
    ("該記憶體頻寬為640GB/s", dict(text="640GB/s", value=640, unit="GB/s")),
    ("读写速度高达7400MB/s", dict(text="7400MB/s", value=7400, unit="MB/s")),
    ("256GB/512GB两种版本", dict(text="256GB", value=256, unit="GB")),
    # K after decimals elsewhere stays a thousand
    ("粉丝数达到3.5K", dict(text="3.5K", value=3500)),
    ("94.5万元/人", dict(value=945000, unit="元/人")),
    ("两米半", dict(value="2.5", unit="米")),
    # temperatures and ages
    ("零下四摄氏度", dict(value=-4, unit="摄氏度", kind="temperature")),
    ("零下四攝氏度", dict(value=-4, unit="摄氏度", kind="temperature")),
    # the scale before 零下: the sign belongs to the figure after, which takes the scale
    ("山顶录得摄氏零下7度", dict(text="摄氏零下7度", value=-7, unit="摄氏度", kind="temperature")),
    ("某站錄得攝氏零下2.5度", dict(text="攝氏零下2.5度", value="-2.5", unit="摄氏度", kind="temperature")),
    ("39℃", dict(value=39, kind="temperature")),
    ("气温30度", dict(value=30, unit="度", kind="temperature")),
    ("他今年18歲", dict(value=18, unit="岁", kind="age")),
    ("十二周岁", dict(value=12, unit="周岁", kind="age")),
    ("十个月大的宝宝", dict(text="十个月大", value=10, kind="age")),
    # durations and dates
    ("歷經15年博弈", dict(text="15年", value=15, unit="年", kind="duration")),
    ("只用了兩年", dict(text="兩年", value=2, unit="年", kind="duration")),
    ("近三年，長沙累計引進", dict(text="近三年", value=3, qualifier="approx", kind="duration")),
    ("獨角獸企業數量在兩年間增長", dict(text="兩年", value=2, kind="duration")),
    ("一个半小时", dict(value="1.5", unit="个小时", kind="duration")),
    ("两个多月", dict(value=2, unit="个月", qualifier="at_least", kind="duration")),
    ("仅用三个多季度", dict(text="三个多季度", value=3, unit="个季度", qualifier="at_least", kind="duration")),
    ("领先约4至5个季度", dict(text="约4至5个季度", value=4, value_max=5, unit="个季度", kind="duration")),
    ("一年半", dict(value="1.5", unit="年", kind="duration")),
    ("半年", dict(value="0.5", unit="年", kind="duration")),
    # classifiers and 多/余
    # farm measures: 担 (50 kg), 垧 (a northeastern land measure); 担 before 任, 心, 保 is a verb
    ("渔获3500担", dict(text="3500担", value=3500, unit="担", kind="measure")),
    ("耕地七百垧", dict(text="七百垧", value=700, unit="垧", kind="measure")),
    ("奖牌总数57面", dict(text="57面", value=57, unit="面")),  # medals and flags; 面积 is no count
    ("低于标准杆9杆", dict(text="9杆", value=9, unit="杆")),  # a golfer's strokes
    ("租用512块H20芯片", dict(text="512块", value=512, unit="块", currency="")),  # pieces before a model name
    ("某机拥有20量子位", dict(text="20量子位", value=20, unit="量子位")),  # qubits
    ("建成五万卡智算集群", dict(text="五万卡", value=50000, unit="卡")),  # accelerator cards; 一卡通 is none
    ("空腹血糖6.1mmol/L以上", dict(text="6.1mmol/L以上", value="6.1", unit="mmol/L", kind="measure")),  # medicine
    ("收缩压达150毫米汞柱", dict(text="150毫米汞柱", value=150, unit="毫米汞柱", kind="measure")),
    ("長沙獨佔5席", dict(text="5席", unit="席", kind="number")),
    ("20多家", dict(value=20, unit="家", qualifier="at_least")),
    ("十余国", dict(text="十余国", value=10, unit="国", qualifier="at_least")),
    ("十餘國", dict(value=10, unit="国", qualifier="at_least")),
    ("2000余元", dict(value=2000, qualifier="at_least", kind="currency")),
    ("3000多欧元", dict(value=3000, currency="EUR", qualifier="at_least")),
    ("五百余万", dict(value=5000000, qualifier="at_least")),
    ("仅2%多", dict(text="2%多", qualifier="at_least")),
    ("三十万多亿", dict(value=30000000000000, qualifier="at_least")),
    ("一台相机", dict(text="一台", value=1, unit="台")),
    ("只需一個手勢", dict(text="一個", value=1, unit="个")),
    ("五大品牌", dict(text="五", value=5, unit="")),
    # signs
    ("平均值为-23.87%", dict(text="-23.87%", value="-23.87")),
    ("负3.9%", dict(value="-3.9")),
    ("負四十五億", dict(value=-4500000000)),
    ("同比增长+5%", dict(text="+5%", value=5)),
    # whole-text numerals
    ("五", dict(value=5)),
    ("百三", dict(value=130)),
]


# Points in time, as the facts stage reads them (dates=True): one expression of kind 'date'.
DATE_CASES = [
    ("2024年，長沙", dict(text="2024年", value=2024, kind="date", dates=True)),
    ("２０２４年", dict(value=2024, kind="date", dates=True)),
    # after 连续, 第三日 is the third day of a run, a rank, no day of the month
    ("油价连续第四日收跌", dict(text="第四日", value=4, kind="ordinal", dates=True)),
    ("5月第四日", dict(text="第四日", kind="date", dates=True, index=1)),
    ("2024 年柏林", dict(text="2024 年", kind="date", dates=True)),
    ("二〇二四年", dict(value=2024, kind="date", dates=True)),
    ("二○一八年七月四日", dict(text="二○一八年七月四日", value=2018, kind="date", dates=True)),
    ("2024年3月5日", dict(text="2024年3月5日", kind="date", dates=True)),
    ("2024年上半年", dict(text="2024年上半年", kind="date", dates=True)),
    ("2024上半年手機銷量", dict(text="2024上半年", kind="date", dates=True)),
    ("今年7月，廣州", dict(text="7月", value=7, kind="date", dates=True)),
    ("1—11月，全市", dict(text="1—11月", value=1, value_max=11, kind="date", dates=True)),
    ("3月5日", dict(text="3月5日", kind="date", dates=True)),
    ("2023年底", dict(text="2023年底", kind="date", dates=True)),
    ("2019-2021年", dict(value=2019, value_max=2021, kind="date", dates=True)),
    ("第三季度", dict(value=3, unit="季度", kind="date", dates=True)),
    ("2024-08-14", dict(value=2024, kind="date", dates=True)),
    # a unit that scales (成, 折) written once after a range scales both its ends
    ("近3至4成", dict(text="近3至4成", value=30, value_max=40, unit="%")),
    ("8至9折", dict(value=80, value_max=90, unit="%")),
    # after a word of a streak, N日 counts days (连续两日收创新高), as after a word of time spent
    ("连续两日收创新高", dict(text="两日", value=2, kind="duration", dates=True)),
    # a year and a month of two digits after a slash is a month (2021/12), not the fraction 2021 ÷ 12
    ("股权转让（2021/12）", dict(text="2021/12", value=2021, kind="date", dates=True)),
    ("股权转让（2021/12）", dict(text="2021", value=2021, kind="number")),
    # a year before 1900 with a word of a start before or after it is a point in time; without one, years counted
    ("今冬气温是1884年有纪录后最低", dict(text="1884年", kind="date", dates=True)),
    ("该行于1865年创立", dict(text="1865年", kind="date", dates=True)),
    ("这座古城已有1300年历史", dict(text="1300年", value=1300, kind="duration", dates=True)),
    ("该寺庙建于1800年前", dict(text="1800年", value=1800, kind="duration", dates=True)),
]


@pytest.mark.parametrize(("text", "expected"), CASES + DATE_CASES, ids=[c[0] for c in CASES + DATE_CASES])
def test_find_quantities(text: str, expected: dict) -> None:
    expected = dict(expected)
    index = expected.pop("index", 0)
    found = find_quantities(text, dates=expected.pop("dates", False))
    assert len(found) > index, [q.text for q in found]
    q = found[index]
    for field, want in expected.items():
        got = getattr(q, field)
        if field in ("value", "value_max") and want is not None and not isinstance(want, Decimal):
            want = D(want)
        assert got == want, f"{field}: {got!r} != {want!r} ({q})"


@pytest.mark.parametrize(
    "text",
    [
        "車窗外不斷閃過一座座玻璃幕牆大樓", "一點點拉近與世界的距離", "一点点", "把论文变成一篇篇应用",
        "一个个",
        "中聯重科的礦卡ZTE520等", "三星Galaxy A55 5G", "COVID-19", "3D打印", "5A級超算中心",
        "統一規劃", "统一规划", "唯一的", "其中之一。", "一些企业", "十分重要", "一带一路", "三線城市",
        "第一梯队", "第一產業", "第三方", "万一", "千万不要", "百万富翁", "百亿级研发企业", "千億級",
        "单位：亿元",
        "每百元营业收入", "收拾房间", "大陆", "队伍", "陆家嘴", "兆丰银行", "征兆", "几位", "多个",
        "贯彻“一二三四五”发展战略",
        "四川", "三星", "访问 http://a.com/issn%280024%2D9114%29 或 pr@fusionmedium.com", "10:30开会",
        "上半年", "成千上万",
        # times of day: 5时30分, 三点十五分, 8时正, 两点半, and after a part of the day, with the time they run to
        "截至下午5時30分", "三点十五分开会", "晚上8时正", "两点半", "下午三时", "北京时间上午9点至12点",
        # an hour in digits before 时 alone, with no part of the day: 每天9时开放, 截至18时, 9时至17时
        "展馆每天9时开放", "截至18时，", "开放时间为9时至17时",
        # K after decimals before a screen, a display or a picture names a resolution (1.5K屏), no 1500
        "某款平板配备2.5K屏", "新機採用2.8K OLED螢幕", "支持1.5K分辨率", "录制2.7K高清视频",
    ],
)
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == [], [q.text for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("营收USD3.1亿", "310000000", "USD"), ("abc3千万元", "30000000", "元"), ("nonono3.1千萬", "31000000", ""),
])
def test_latin_glued_digits_before_a_chinese_magnitude_are_a_number(text: str, value: str, unit: str) -> None:
    (found,) = find_quantities(text)
    assert (found.value, found.unit) == (D(value), unit)


def test_latin_glued_digits_never_start_inside_letters() -> None:
    text = "ZTE520 iPhone 15 Pro Max（256GB）"
    found = find_quantities(text)
    assert [q.text for q in found] == ["15", "256GB"]
    for q in found:
        assert not text[q.start].isalpha()


def test_ordinal_and_number_spans() -> None:
    q = only("躍升至第32位")
    assert (q.text, q.number_start, q.number_end) == ("第32位", 4, 6)
    q = only("超5000萬元")
    assert "超5000萬元"[q.number_start:q.number_end] == "5000萬"
    q = only("年增3到5倍")
    assert "年增3到5倍"[q.number_start:q.number_end] == "3到5"


def test_list_of_figures_and_shared_units() -> None:
    found = find_quantities("較上年度分別上升5位、7位；分别增加了187、28、20倍")
    assert [(q.text, q.value) for q in found] == [
        ("5位", 5), ("7位", 7), ("187", 187), ("28", 28), ("20倍", 20)]


def test_traditional_and_simplified_agree() -> None:
    pairs = [
        ("長沙已攻克關鍵核心技術130餘項，其中27項達到國際領先",
         "长沙已攻克关键核心技术130余项，其中27项达到国际领先"),
        ("累計為6293家企業授信1155億元", "累计为6293家企业授信1155亿元"),
        ("兩年間增長3.5倍至9家", "两年间增长3.5倍至9家"),
        ("居住價格上漲０．５％", "居住价格上涨0.5%"),
    ]
    for trad, simp in pairs:
        a, b = find_quantities(trad), find_quantities(simp)
        assert [(q.start, q.end, q.value, q.unit, q.currency, q.qualifier, q.kind) for q in a] == \
               [(q.start, q.end, q.value, q.unit, q.currency, q.qualifier, q.kind) for q in b]


def test_fold_keeps_length_and_maps_forms() -> None:
    raw = "兩千萬億點５％，參拾"
    assert len(fold(raw)) == len(raw)
    assert fold(raw) == "两千万亿点5%，叁拾"  # a full-width comma ends a clause …
    assert fold("４，５６５") == "4,565"  # … except between full-width digits


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_invariants_on_corpus(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    found = find_quantities(text)
    assert found
    end = 0
    for q in found:
        assert q.text == text[q.start:q.end]
        assert end <= q.start < q.end
        assert q.start <= q.number_start < q.number_end <= q.end
        assert q.qualifier in ("exact", "approx", "at_least", "at_most", "range")
        assert q.kind in ("number", "percent", "ordinal", "currency", "measure", "temperature", "age",
                          "duration")
        assert (q.value_max is not None) == (q.qualifier == "range")
        assert isinstance(q.value, Decimal)
        end = q.end


def test_corpus_key_figures() -> None:
    text = (CORPUS / "changsha-global-rd-center.txt").read_text(encoding="utf-8")
    got = {q.text: q for q in find_quantities(text)}
    assert got["超430億元"].value == 43000000000
    assert got["第32位"].kind == "ordinal"
    assert got["20億億次"].value == Decimal("2E17")
    assert got["6.5左右"].qualifier == "approx"
    assert got["歷經15年"[2:]].kind == "duration"
    assert "ZTE520" not in got and "520" not in got


@given(st.integers(min_value=1, max_value=10**12), st.sampled_from(["家", "亿元", "万人", "%", "个百分点"]))
def test_offsets_point_into_the_given_text(n: int, unit: str) -> None:
    text = f"据统计，共有{n:,}{unit}。"
    q = only(text)
    assert q.text == text[q.start:q.end] == f"{n:,}{unit}"


# ---------------------------------------------------------------------------------------------------------
# Issue 3: the public layer (`pipeline.quantities`) and the coverage points, simplified and traditional.


def test_public_layer_reads_dates_number_by_number() -> None:
    found = find_quantities("２０２４年３月５日，增長5%")
    assert [(q.text, q.value, q.unit, q.kind) for q in found] == [
        ("２０２４年", 2024, "年", "number"), ("３月", 3, "月", "number"), ("５日", 5, "日", "number"),
        ("5%", 5, "%", "percent")]
    assert [q.value for q in find_quantities("2024-08-14")] == [2024, 8, 14]
    assert {q.kind for q in find_quantities("2024年上半年，第三季度")} <= {"number", "ordinal"}


def test_pipeline_quantities_is_the_public_layer() -> None:
    import pipeline

    assert [q.kind for q in pipeline.quantities("2024年3月")] == ["number", "number"]


COVERAGE = [
    # Arabic: thousands, decimals, full width, scientific notation, signs, powers, ellipsis
    ("1,100万", 11000000), ("１，１００萬", 11000000), ("12.32e+14", 1232000000000000), ("-1e1", -10),
    ("負３", -3), ("负3", -3), ("零下3度", -3), ("2^-1", "0.5"), ("...9", 9), ("４，５６５", 4565),
    ("82，225.00元", 82225), (".23456000", "0.23456"),
    # Chinese numerals, financial numerals, 〇 廿 卅 幺 and 点 / 點 decimals
    ("一千零一", 1001), ("兩千零二十萬", 20200000), ("廿二", 22), ("卅", 30), ("二〇二三", 2023), ("幺八九", 189),
    ("贰佰叁拾", 230), ("貳佰參拾", 230), ("十五点七", "15.7"), ("十五點七", "15.7"), ("伍亿柒仟万拾柒", 570000017),
    # mixed forms, stacked magnitudes
    ("3万4000", 34000), ("5萬4千6百", 54600), ("1千零1", 1001), ("万亿", 10**12), ("億億", 10**16),
    ("4.78萬億", 4780000000000),
    # spaces inside a numeral
    ("两千 四 百 五", 2450), ("兩千 四 百 五", 2450), ("五 分之 一", "0.2"), ("百  分 之 669", 669),
    ("７ 萬５ 千４ 百", 75400),
    # fractions, mixed numbers
    ("三分之一", Decimal(1) / 3), ("3又一千分之23", "3.023"), ("1 ３/5", "1.6"), ("一万万分之七", "7E-8"),
]


@pytest.mark.parametrize(("text", "value"), COVERAGE, ids=[c[0] for c in COVERAGE])
def test_coverage_values(text: str, value) -> None:
    want = value if isinstance(value, Decimal) else D(value)
    assert only(text).value == want


SPANS = [
    # text, [(text, value, value_max, unit, currency, qualifier, kind)]
    ("这不是五这是二百零一", [("五", 5, None, "", "", "exact", "number"),
                       ("二百零一", 201, None, "", "", "exact", "number")]),
    ("答案不是四而是五", [("四", 4, None, "", "", "exact", "number"), ("五", 5, None, "", "", "exact", "number")]),
    ("30万20千", [("30万", 300000, None, "", "", "exact", "number"), ("20千", 20000, None, "", "", "exact", "number")]),
    ("1, 234, 567.3", [("1", 1, None, "", "", "exact", "number"), ("234", 234, None, "", "", "exact", "number"),
                       ("567.3", "567.3", None, "", "", "exact", "number")]),
    ("$20，300美圆", [("$20", 20, None, "$", "USD", "exact", "currency"),
                    ("300美圆", 300, None, "美圆", "USD", "exact", "currency")]),
    ("百分之四百三十二万分之四三千分之五", [("百分之四百三十二", 432, None, "%", "", "exact", "percent"),
                                ("万分之四三", 43, None, "‱", "", "exact", "percent"),
                                ("千分之五", 5, None, "‰", "", "exact", "percent")]),
    ("数字在1000以上， 1500以下", [("1000以上， 1500以下", 1000, 1500, "", "", "range", "number")]),
    ("人口大於4865並少於20793", [("大於4865並少於20793", 4865, 20793, "", "", "range", "number")]),
    ("大于50小于12", [("大于50", 50, None, "", "", "at_least", "number"),
                   ("小于12", 12, None, "", "", "at_most", "number")]),
    ("x大于10且y小于20", [("大于10", 10, None, "", "", "at_least", "number"),
                      ("小于20", 20, None, "", "", "at_most", "number")]),
    ("他的排名在第十和第十五之間", [("第十和第十五之間", 10, 15, "", "", "range", "ordinal")]),
    ("10000与20000之间", [("10000与20000之间", 10000, 20000, "", "", "range", "number")]),
    ("找出 < = 100 的质数", [("< = 100", 100, None, "", "", "at_most", "number")]),
    ("≥50的公司", [("≥50", 50, None, "", "", "at_least", "number")]),
    ("他的年龄比三十大一些", [("比三十大", 30, None, "", "", "at_least", "number")]),
    # a score's second number is no bound, though 大 follows it (大胜 is a verb)
    ("主队以95比71大胜", [("95", 95, None, "", "", "exact", "number"), ("71", 71, None, "", "", "exact", "number")]),
    ("兩美元又三美分", [("兩美元又三美分", "2.03", None, "美元", "USD", "exact", "currency")]),
    ("花费我三块。", [("三块", 3, None, "块", "CNY", "exact", "currency")]),
    # after hundreds of millions 块 counts pieces (chips, panels), not yuan
    ("芯片产量7.3亿块。", [("7.3亿块", 730000000, None, "块", "", "exact", "number")]),
    ("一塊五", [("一塊五", "1.5", None, "块", "CNY", "exact", "currency")]),
    ("我有20個比特幣", [("20個比特幣", 20, None, "比特币", "", "exact", "currency")]),
    ("人民币  50元", [("人民币  50元", 50, None, "元", "CNY", "exact", "currency")]),
    ("正常的溫度是華氏溫度98.6度", [("華氏溫度98.6度", "98.6", None, "华氏度", "", "exact", "temperature")]),
    ("三十七度五的高烧", [("三十七度五", "37.5", None, "度", "", "exact", "measure")]),
    ("一米八的個子", [("一米八", "1.8", None, "米", "", "exact", "measure")]),
    # centimetres written as digits after 米 (a height, a jump): 1米82 = 1.82 米; 3米 then 5层 stays two figures
    ("身高1米82的前鋒", [("1米82", "1.82", None, "米", "", "exact", "measure")]),
    ("躍過2米1，", [("2米1", "2.1", None, "米", "", "exact", "measure")]),
    ("30km/h", [("30km/h", 30, None, "km/h", "", "exact", "measure")]),
    ("打對折", [("對折", 50, None, "%", "", "exact", "percent")]),
    ("七成 六", [("七成 六", 76, None, "%", "", "exact", "percent")]),
    ("五成半", [("五成半", 55, None, "%", "", "exact", "percent")]),
    ("陸 點 五 折", [("陸 點 五 折", 65, None, "%", "", "exact", "percent")]),
    ("百萬分之五", [("百萬分之五", "0.0005", None, "%", "", "exact", "percent")]),
    ("一打", [("一打", 12, None, "个", "", "exact", "number")]),
    ("半打雞蛋", [("半打", 6, None, "个", "", "exact", "number")]),
    ("第一名第二名", [("第一名", 1, None, "名", "", "exact", "ordinal"),
                 ("第二名", 2, None, "名", "", "exact", "ordinal")]),
    ("前三", [("前三", 3, None, "", "", "at_most", "ordinal")]),
    ("三四千", [("三四千", 3000, 4000, "", "", "range", "number")]),
    ("3-5", [("3-5", 3, 5, "", "", "range", "number")]),
    ("3～5", [("3～5", 3, 5, "", "", "range", "number")]),
]


@pytest.mark.parametrize(("text", "want"), SPANS, ids=[c[0] for c in SPANS])
def test_spans_and_fields(text: str, want: list) -> None:
    got = [(q.text, q.value, q.value_max, q.unit, q.currency, q.qualifier, q.kind) for q in find_quantities(text)]
    norm = [(t, D(v), None if m is None else D(m), u, c, ql, k) for t, v, m, u, c, ql, k in want]
    assert got == norm


NOT_PUBLIC = ["我一看你就笑", "四川", "陆地上有许多动物", "这是我的队伍", "小明拾起石子", "五角大楼宣布了作战计划",
              "半斤八两", "一切", "两两", "李四。", "No.5", "三星", "街角的五金店", "八仙过海"]


@pytest.mark.parametrize("text", NOT_PUBLIC)
def test_not_numbers_in_the_public_layer(text: str) -> None:
    assert find_quantities(text) == [], [q.text for q in find_quantities(text)]


def test_dian_begins_words_not_decimals() -> None:
    assert [q.text for q in find_quantities("重点五项任务")] == ["五项"]  # not 点五 = 0.5


def test_lone_numerals_are_left_to_the_public_layer() -> None:
    assert [q.text for q in find_quantities("答案是五")] == ["五"]
    assert find_quantities("答案是五", dates=True, lone=False) == []


@pytest.mark.parametrize(
    ("text", "value", "implied"),
    [("3000多欧元", 3000, 4000), ("几十万块", 100000, 1000000), ("人民幣數十億元", 10**9, 10**10),
     ("十幾塊錢", 10, 20), ("十多万", 100000, 200000), ("五百余万", 5000000, 6000000), ("二十幾萬", 200000, 300000),
     ("十来个", 10, 20), ("两个多月", 2, 3), ("兩百多", 200, 300), ("七成多", 70, 80),
     ("三十万多亿", 3 * 10**13, 4 * 10**13), ("二十来亿元", 2 * 10**9, 3 * 10**9), ("十来万人", 10**5, 2 * 10**5)],
)
def test_vague_quantities_imply_an_upper_end(text: str, value: int, implied: int) -> None:
    q = only(text)
    assert (q.value, q.implied_max, q.value_max) == (value, implied, None)
    assert q.qualifier in ("at_least", "approx")


def test_bare_bounds_imply_nothing() -> None:
    assert only("上百人").implied_max is None
    assert only("超过300").implied_max is None
    assert only("3-5万元").implied_max is None


# ---------------------------------------------------------------------------------------------------------
# Properties: rendered numerals parse back; arbitrary Unicode never breaks the grammar.


def chinese_decimal(x: Decimal) -> str:
    """A reference decimal → Chinese numeral writer: the integer part, then 点 and one digit a character."""
    digits = "零一二三四五六七八九"
    sign = "负" if x < 0 else ""
    whole, _, frac = f"{abs(x):f}".partition(".")
    text = sign + chinese(int(whole))
    return text + ("点" + "".join(digits[int(d)] for d in frac) if frac else "")


@given(st.decimals(min_value=-10**9, max_value=10**9, places=4, allow_nan=False, allow_infinity=False))
def test_chinese_decimals_parse_back(x: Decimal) -> None:
    written = chinese_decimal(x)
    assert parse_number(written) == x
    q = only(f"数值为{written}。")
    assert q.value == x and q.text == written


_TRADITIONAL = str.maketrans("两万亿点负", "兩萬億點負")


@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_traditional_integers_parse_back(n: int) -> None:
    assert parse_number(chinese(n).translate(_TRADITIONAL)) == n


ANY_TEXT = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, blacklist_categories=()), max_size=40)
NUMERIC_TEXT = st.text(st.sampled_from(list("0123456789０１２３４５６７８９一二三四五六七八九十百千万亿億萬兆零〇两兩"
                                            "点點.,，%％‰第前约近超逾余多几数分之又负-~到至以上下内左右元美港币年月日"
                                            "个 度米岁打成折块^/:")), max_size=40)


@given(st.one_of(ANY_TEXT, NUMERIC_TEXT), st.booleans())
@example("前负1日", False)  # a rank cue dropped before a signed duration kept the sign outside the span
def test_never_raises_and_spans_slice(text: str, facts_mode: bool) -> None:
    found = find_quantities(text, dates=facts_mode, lone=not facts_mode)
    end = 0
    for q in found:
        assert 0 <= q.start < q.end <= len(text)
        assert text[q.start:q.end] == q.text
        assert q.start >= end
        assert q.start <= q.number_start < q.number_end <= q.end
        assert isinstance(q.value, Decimal) and q.value.is_finite()
        end = q.end


UNITS = [
    # written (traditional where it differs), unit, kind, currency
    ("3元", "元", "currency", "CNY"), ("3人民幣", "人民币", "currency", "CNY"), ("3美元", "美元", "currency", "USD"),
    ("3港元", "港元", "currency", "HKD"), ("3港幣", "港币", "currency", "HKD"),
    ("3新台幣", "新台币", "currency", "TWD"),
    ("3歐元", "欧元", "currency", "EUR"), ("3日圓", "日圆", "currency", "JPY"), ("3英鎊", "英镑", "currency", "GBP"),
    ("¥3", "¥", "currency", "CNY"), ("￥3", "￥", "currency", "CNY"), ("$3", "$", "currency", "USD"),
    ("US$3", "US$", "currency", "USD"), ("HK$3", "HK$", "currency", "HKD"),
    ("3米", "米", "measure", ""), ("3公里", "公里", "measure", ""), ("3千米", "千米", "measure", ""),
    ("3平方米", "平方米", "measure", ""), ("3平方公里", "平方公里", "measure", ""), ("3畝", "亩", "measure", ""),
    ("3公頃", "公顷", "measure", ""), ("3甲", "甲", "measure", ""), ("3噸", "吨", "measure", ""),
    ("3千克", "千克", "measure", ""),
    ("3公斤", "公斤", "measure", ""), ("3克", "克", "measure", ""), ("3斤", "斤", "measure", ""),
    ("3升", "升", "measure", ""), ("3立方米", "立方米", "measure", ""), ("3千瓦", "千瓦", "measure", ""),
    ("3千瓦時", "千瓦时", "measure", ""), ("3度電", "度", "measure", ""), ("3GB", "GB", "measure", ""),
    ("3TB", "TB", "measure", ""), ("3攝氏度", "摄氏度", "temperature", ""), ("3℃", "℃", "temperature", ""),
    ("3華氏度", "华氏度", "temperature", ""), ("3歲", "岁", "age", ""), ("3周歲", "周岁", "age", ""),
    ("3年", "年", "duration", ""), ("3個月", "个月", "duration", ""), ("3天", "天", "duration", ""),
    ("3小時", "小时", "duration", ""), ("3分鐘", "分钟", "duration", ""), ("3秒", "秒", "duration", ""),
]


@pytest.mark.parametrize(("text", "unit", "kind", "currency"), UNITS, ids=[u[0] for u in UNITS])
def test_units_and_currencies(text: str, unit: str, kind: str, currency: str) -> None:
    q = first(f"共{text}。")
    assert (q.value, q.unit, q.kind, q.currency) == (3, unit, kind, currency)


def test_characters_points_and_shops_are_counted() -> None:
    """本文约4500字, 可得2积分, 突破5000店: counts with their classifier; 十字路口 and 3字头 count nothing."""
    assert [(q.value, q.unit) for q in find_quantities("本文约4500字，可得2积分，门店突破5000店。")] == [
        (4500, "字"), (2, "积分"), (5000, "店")]
    assert find_quantities("车辆驶过十字路口。") == []
    assert [q.unit for q in find_quantities("利率回到3字头。")] == [""]


def test_tenths_before_people_and_a_copula_are_shares() -> None:
    """约四成人支持, 超过七成为新用户: 成 before 人 or 为 after a numeral is a share, not 成人 (adults) nor 成为."""
    assert [(q.value, q.unit) for q in find_quantities("约四成人支持，超过七成为新用户。")] == [(40, "%"), (70, "%")]
    assert [q.text for q in find_quantities("他一举成为冠军，凡18岁以上的成人均可报名。")] == ["18岁以上"]


def test_aircraft_are_counted_by_their_classifier() -> None:
    """订购35架客机 (not 3架构: an architecture)."""
    assert [(q.value, q.unit) for q in find_quantities("该航司订购35架客机。")] == [(35, "架")]


def test_quarters_are_a_duration() -> None:
    """连续16季: sixteen quarters (not 季报, 季节, 季度 which the date grammar reads)."""
    assert [(q.value, q.unit, q.kind) for q in find_quantities("该公司已连续16季居首。")] == [(16, "季", "duration")]
    assert find_quantities("三季报显示营收稳定。") == []


def test_magnitude_before_unit() -> None:
    q = only("產量達3萬噸")
    assert (q.value, q.unit) == (30000, "吨")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["统一", "十分", "一座座", "一点点", "www.a.cn/", "a@b.cn", "pr@", "三", "分", "@",
                                 "x", " ", "一", "座"]), max_size=12))
def test_blocked_spans_are_those_of_one_alternation(pieces: list[str]) -> None:
    """Searching the idiom, reduplication and link patterns apart must mask what one alternation would."""
    from pipeline.numerals.lexer import NOT_NUMBERS, blocked_mask

    text = "".join(pieces)
    alternation = re.compile("|".join(f"(?:{p.pattern})" for p in NOT_NUMBERS))
    expected = bytearray(len(text))
    for m in alternation.finditer(text):
        expected[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    assert blocked_mask(text) == expected


def test_quantities_are_what_the_constructor_makes() -> None:
    """find_quantities fills each Quantity's dict directly: it must hold every field, as __init__ would set them."""
    from dataclasses import fields

    for q in find_quantities("营收达3.5亿元，同比增长12%，约三千多人，1 3/5米"):
        again = Quantity(**{f.name: getattr(q, f.name) for f in fields(Quantity)})
        assert vars(q) == vars(again) and list(vars(q)) == list(vars(again))
        assert q == again and hash(q) == hash(again) and repr(q) == repr(again)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["3", "12:30", "2024-08-14", "一半", "半", "打对折", "对折", "三千", ".5", "a",
                                 "US$", "x.", "_", "点五", "万", " ", "年", "-", "个", "A1.5万"]), max_size=10))
def test_candidate_starts_are_those_of_a_plain_search(pieces: list[str]) -> None:
    """Candidates are found by a character-set search, then the start pattern is matched there: the same
    matches a search with the start pattern finds."""
    from pipeline.numerals.lexer import FIRST, START

    text = "".join(pieces)
    for pos in range(len(text) + 1):
        m = START.search(text, pos)
        first = FIRST.search(text, pos)
        while first is not None and START.match(text, first.start()) is None:
            first = FIRST.search(text, first.start() + 1)
        other = START.match(text, first.start()) if first is not None else None
        assert (m and (m.span(), m.lastgroup)) == (other and (other.span(), other.lastgroup))


def test_the_grammar_imports_without_spacy() -> None:
    """The numeral grammar is pure: importing it loads neither spaCy nor jieba (a fresh interpreter tells)."""
    import subprocess
    import sys

    code = "import sys, pipeline.numerals; print(sorted({'spacy', 'jieba'} & set(sys.modules)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("text, value, unit", [
    ("1年10個月", 22, "个月"),
    ("3小时20分钟", 200, "分钟"),
    ("两周三天", 17, "天"),
    # 零 between the units: 零 and one digit after a larger unit are the smaller unit's count, not a digit string
    ("五年零七个月", 67, "个月"),
    ("兩年零九個月", 33, "个月"),
    ("三小时零八分钟", 188, "分钟"),
])
def test_a_compound_duration_is_one_span_in_its_smaller_unit(text, value, unit):
    (q,) = find_quantities(text)
    assert (q.text, q.value, q.unit, q.kind) == (text, Decimal(value), unit, "duration")


def test_a_qualifier_before_a_compound_duration_qualifies_the_whole():
    """约5小时20分钟: one duration of 320 minutes, approx (not 约5小时 and 20分钟 apart)."""
    (q,) = find_quantities("约5小时20分钟")
    assert (q.text, q.value, q.unit, q.qualifier) == ("约5小时20分钟", Decimal(320), "分钟", "approx")


def test_a_date_is_not_a_compound_duration():
    assert [q.text for q in find_quantities("2024年10月", dates=True)] == ["2024年10月"]
    assert [q.text for q in find_quantities("3年后10个月内")] == ["3年", "10个月"]


@pytest.mark.parametrize(
    ("text", "value", "unit", "currency"),
    [
        ("减息25个基点", 25, "个基点", ""),  # basis points
        ("每月供款增加11.66鎊", Decimal("11.66"), "镑", "GBP"),
        ("車資貴7毫", 7, "毫", "HKD"),  # Hong Kong: 毫 (ten cents) and 蚊 (dollars)
        ("幾百蚊", 100, "蚊", "HKD"),
        ("四間巴士公司", 4, "间", ""),
        ("8檔概念股", 8, "档", ""),
        ("分兩階段", 2, "阶段", ""),
        ("長度5毫米", 5, "毫米", ""),  # the longer unit still wins
    ],
)
def test_finance_and_hong_kong_units(text, value, unit, currency):
    q = only(text)
    assert (q.value, q.unit, q.currency) == (value, unit, currency)


def test_a_classifier_that_begins_a_word_is_no_unit():
    assert [q.text for q in find_quantities("3间隔5路线")] == ["3", "5"]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("规模均在千亿元以上", Decimal("1e11"), "元", "at_least"),  # stacked magnitudes with a currency are a sum
        ("在千億元赤字預算下", Decimal("1e11"), "元", "exact"),
        ("居港滿7年或以上", 7, "年", "at_least"),
        ("3年或以下", 3, "年", "at_most"),
        ("最小261呎單位", 261, "呎", "exact"),  # Hong Kong flats are measured in feet
    ],
)
def test_stacked_magnitudes_or_above_and_feet(text, value, unit, qualifier):
    q = only(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


def test_a_unit_header_is_no_sum():
    assert find_quantities("单位：百万元") == [] and find_quantities("百万富翁") == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("飲酒比率倍增", 1, "倍", "exact"),  # words that are a doubling: a rise of 1 倍
        ("投资至少翻倍", 1, "倍", "at_least"),
        ("首次预订用户数量翻倍以上", 1, "倍", "at_least"),
        ("約43萬伙", 430000, "伙", "approx"),  # Hong Kong flats
        ("面積為150mm2", 150, "mm2", "exact"),
        ("能耗為1.1578吨标准煤", Decimal("1.1578"), "吨标准煤", "exact"),
    ],
)
def test_doublings_flats_areas_and_coal_equivalent(text, value, unit, qualifier):
    q = only(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, qualifier)


def test_several_fold_is_no_doubling():
    """数倍增长, 几倍增长: the 倍 is of 数倍 (several-fold, no number), not the 倍增 of a doubling."""
    assert find_quantities("预计将实现数倍增长") == [] and find_quantities("几倍增长") == []
    assert [q.text for q in find_quantities("收入倍增")] == ["倍增"]


def test_a_unit_written_once_belongs_to_every_figure_of_its_list():
    assert [(q.value, q.unit, q.currency) for q in find_quantities("分别为6、8、9万元")] == [
        (60000, "元", "CNY"), (80000, "元", "CNY"), (90000, "元", "CNY")]
    found = find_quantities("預算為18億及7億元")
    assert [(q.value, q.unit) for q in found] == [(1800000000, "元"), (700000000, "元")]
    # a figure with its own magnitude keeps it; one with its own unit is left alone
    assert [(q.value, q.unit) for q in find_quantities("20多萬及8萬6千個，3人和5个")] == [
        (200000, "个"), (86000, "个"), (3, "人"), (5, "个")]


@pytest.mark.parametrize(
    ("text", "value"),
    [("三分一於未來五年落成", Decimal(1) / 3), ("四分一的人", Decimal("0.25")), ("三份之一補貼", Decimal(1) / 3)],
)
def test_hong_kong_fractions_without_zhi(text, value):
    assert abs(first(text).value - value) < Decimal("1e-9")


def test_a_score_then_a_number_is_no_fraction():
    assert [q.text for q in find_quantities("三分一百")] == ["三分", "一百"]


def test_falling_through_a_level_is_at_most_it():
    q = only("ETF规模均跌破千亿元")
    assert (q.text, q.value, q.qualifier) == ("跌破千亿元", Decimal("1e11"), "at_most")
    assert only("恒指跌穿20000点").qualifier == "at_most"


def test_single_core_is_no_count_of_orders():
    """星枢9300单核性能: 单 before 核 begins 单核 (single-core); 300单 still counts orders."""
    from pipeline.numerals import find_quantities

    assert [q.unit for q in find_quantities("星枢9300单核性能提升35%")] == ["", "%"]
    assert [q.unit for q in find_quantities("接获订单300单。")] == ["单"]


def test_two_digits_listed_before_a_magnitude_are_a_range():
    """三、四万人, 六、七十岁: the 、 between two rising single digits before a magnitude is 三四万's range; falling
    digits (四、三万), ordinals (第三、四季度) and longer numbers before 、 are not."""
    def read(text):
        return [(q.text, q.value, q.value_max) for q in find_quantities(text, dates=True, lone=False)]

    assert read("每年三、四万人") == [("三、四万人", 30000, 40000)]
    assert read("六、七十岁") == [("六、七十岁", 60, 70)]
    assert read("四、三万人") == [("三万人", 30000, None)]
    assert [q.text for q in find_quantities("第三、四季度", dates=True, lone=False)] == ["第三", "四季度"]


def test_half_after_a_multiple_adds_a_half():
    """一倍半 = 1.5 倍, 两倍半 = 2.5 倍 (as 一年半 and 五成半); not before a word that 半 starts (半导体)."""
    def read(text):
        return [(q.text, q.value) for q in find_quantities(text, dates=True, lone=False)]

    assert read("增幅逾一倍半") == [("逾一倍半", Decimal("1.5"))]
    assert read("两倍半") == [("两倍半", Decimal("2.5"))]
    assert read("一倍半导体") == [("一倍", 1)]


def test_days_after_a_word_of_time_spent_are_a_duration():
    """轮候时间为21日, 需时14日: 日 counts days after a word of time spent; 于21日 and 时间为21日上午 are dates."""
    def kinds(text):
        return [(q.text, q.kind) for q in find_quantities(text, dates=True, lone=False)]

    assert kinds("平均轮候时间为21日。") == [("21日", "duration")]
    assert kinds("需时14日") == [("14日", "duration")]
    assert kinds("公司于21日宣布") == [("21日", "date")]
    assert kinds("时间为21日上午") == [("21日", "date")]


def test_days_before_a_noun_of_leave_are_a_duration():
    """某厂工人仅有9日的带薪年假, 共5日的期限: days before 的 and a noun of leave or length are counted; 于9日的
    会议时间 and 19日的公布 stay dates."""
    def kinds(text):
        return [(q.text, q.kind) for q in find_quantities(text, dates=True, lone=False)]

    assert kinds("某厂工人仅有9日的带薪年假") == [("9日", "duration")]
    assert kinds("乙方获批6日的病假") == [("6日", "duration")]
    assert kinds("共5日的期限") == [("5日", "duration")]
    assert kinds("于9日的会议时间") == [("9日", "date")]
    assert kinds("丙社19日的公布") == [("19日", "date")]


def test_not_only_is_at_least():
    """短缺不只1206公顷, 不止三成: 不只/不止 before a figure make it a lower bound."""
    assert [(q.text, q.qualifier) for q in find_quantities("短缺不只1206公顷")] == [("不只1206公顷", "at_least")]


def test_as_low_as_is_a_lower_bound_but_lowered_to_is_not():
    """到手价低至5499元, 重量轻至155克: at least (the gold's D56, D70); 调低至8% and 最低至 are a level, no bound."""
    assert [(q.text, q.qualifier) for q in find_quantities("到手价低至5499元")] == [("低至5499元", "at_least")]
    assert [(q.text, q.qualifier) for q in find_quantities("重量轻至155克")] == [("轻至155克", "at_least")]
    assert [q.qualifier for q in find_quantities("回报率调低至8%")] == ["exact"]


def test_a_range_whose_first_end_writes_only_the_classifier():
    """0.25个至0.5个百分点, 3个至5个月: 个 is the classifier of the second end's unit, so the two ends are one range."""
    q = only("提高0.25个至0.5个百分点")
    assert (q.value, q.value_max, q.unit) == (Decimal("0.25"), Decimal("0.5"), "个百分点")
    q = only("3个至5个月")
    assert (q.value, q.value_max, q.unit) == (3, 5, "个月")


def test_li_is_a_hong_kong_interest_rate():
    """保证利率由1厘增至两厘: 厘 after a rate is a percent (2厘 = 2 %); 5厘米 stays a length."""
    assert [(q.value, q.unit) for q in find_quantities("保证利率由1厘增至两厘")] == [(1, "%"), (2, "%")]
    assert [(q.value, q.unit) for q in find_quantities("长5厘米")] == [(5, "厘米")]


def test_a_tenth_said_after_cheng():
    """增加3成8, 三成八的人: 38 %; 3成8亿 and 3成，8月 are two figures."""
    assert [(q.text, q.value) for q in find_quantities("猪肉产量增加3成8，猪价下跌2成8。")] == [
        ("3成8", 38), ("2成8", 28)]
    assert [q.value for q in find_quantities("三成八的人")] == [38]
    assert [q.text for q in find_quantities("3成8亿")] == ["3成", "8亿"]


def test_a_month_or_day_outside_its_calendar_is_the_start_of_another_word():
    """5000万月活用户: no month is numbered 5000万, so 月 begins 月活 (monthly actives)."""
    assert (only("拥有5000万月活用户").text, only("拥有5000万月活用户").unit) == ("5000万", "")
    assert only("有1.2亿日活").unit == ""
    more = only("约3亿多月活用户")
    assert (more.text, more.qualifier) == ("约3亿多", "approx")
    assert only("今年3月").unit == "月" and only("本月29日").unit == "日"
    assert [q.unit for q in find_quantities("1-3月")] == ["月"]


def test_ji_after_tens_in_arabic_digits_is_their_ones_digit():
    """50幾萬 as 五十幾萬: at least 500000, short of 600000; 20几岁 is twenty-something."""
    ji = only("追討的學費有50幾萬")
    assert (ji.text, ji.value, ji.qualifier) == ("50幾萬", Decimal(500000), "at_least")
    assert (only("他20几岁").value, only("他20几岁").unit, only("他20几岁").qualifier) == (20, "岁", "at_least")
    assert only("共100几").text == "100"  # 100几 may be 101-109 or 100-199: left as written


def test_dian_ji_is_a_tenth_not_said():
    """2点几 is two point something: at least 2, short of 3, as 十几 is ten-something."""
    some = only("通胀仍是2点几")
    assert (some.text, some.value, some.qualifier) == ("2点几", 2, "at_least")
    assert (only("增长了一点几个百分点").unit, only("增长了一点几个百分点").qualifier) == ("个百分点", "at_least")
    assert find_quantities("一点点") == []


def test_a_fiscal_quarter_is_a_date():
    assert (only("第三财季").kind, only("第三财季").unit) == ("ordinal", "财季")


def test_nian_before_jilu_is_years():
    """创逾二十年纪录: 年 then 纪录 (a record), not 年纪 (age)."""
    assert (only("降幅创逾二十年纪录").text, only("降幅创逾二十年纪录").unit) == ("逾二十年", "年")


def test_bai_fen_zhi_bai_before_a_word_of_assent_is_emphasis():
    assert find_quantities("我百分之百支持这个方案") == []
    assert only("可获百分之百租金宽免").value == 100


def test_a_time_of_day_leaves_the_figures_around_it() -> None:
    """下午2点至6点 is a time, but 三点建议 (three points) and 3.5 hours are quantities."""
    assert [q.text for q in find_quantities("下午2点至6点收费为2倍")] == ["2倍"]
    assert [q.text for q in find_quantities("提出三点建议")] == ["三点"]
    assert [q.text for q in find_quantities("用了5小时")] == ["5小时"]


@pytest.mark.parametrize("text, expected", [
    ("收盘价下跌0.6元至15.2元", ["0.6元", "15.2元"]),  # the move and the level it reached
    ("份额提升2.5%至31%", ["2.5%", "31%"]),
    ("预计利润增长2.5%至31%", ["2.5%至31%"]),  # a forecast's two ends
    ("利润增长41.2%至55.6%", ["41.2%至55.6%"]),  # ends of one size
    ("降价8万元至90万元不等", ["8万元至90万元"]),  # a range closed as one
    ("会员增加600人至1.8万人", ["600人", "1.8万人"]),  # a count too
    ("效率提升3到30倍", ["3到30倍"]),  # (not a multiple)
    # a measure, a temperature, an age or a time too
    ("某车型续航增加150公里至700公里", ["150公里", "700公里"]), ("某农场种植面积扩大40亩至260亩", ["40亩", "260亩"]),
    ("甲市最高氣溫上升4度至33度", ["4度", "33度"]), ("某国退休年龄提高3岁至65岁", ["3岁", "65岁"]),
    ("某线通勤时间缩短12分钟至48分钟", ["12分钟", "48分钟"]), ("预计面积扩大40亩至260亩", ["40亩至260亩"]),
    # a forecast said in an earlier clause of the sentence reaches the clause of the figures
    ("分析師預估，某廠明年營收將介於甲與乙之間，年增約2%至9%", ["約2%至9%"]),
    ("某廠預計今年交付，交付量增加300台至1500台", ["300台至1500台"]),
    ("某廠去年未達預期。今年交付量增加300台至1500台", ["300台", "1500台"]),  # (not across sentences)
])
def test_a_small_move_and_a_level_many_times_it_after_a_verb_of_change_are_two_figures(text, expected):
    assert [q.text for q in find_quantities(text)] == expected


def test_a_day_before_a_report_is_a_date():
    days = [q for q in find_quantities("该社5月26日报道，另据8日报收数据。") if q.unit == "日"]
    assert [q.text for q in days] == ["26日", "8日"]  # not 26 and 8 before a 日报 (a daily)


def test_halved_is_one_half_with_its_verb():
    found = find_quantities("补贴上限减半，回报折半")
    assert [(q.text, q.value) for q in found] == [("减半", D("0.5")), ("折半", D("0.5"))]
    assert [q.text for q in find_quantities("该店打折半价出售")] == ["半价"]


def test_zero_growth_and_falling_to_zero_are_figures():
    found = find_quantities("利润零增长，库存归零，毛利为零；零售与零部件不是", lone=False)
    assert [q.text for q in found] == ["零", "零", "零"]


@pytest.mark.parametrize("text", ["某某光學是手機零組件廠", "甲厂的汽车零组件供应链", "找回的零头",
                                  "某公司經營零擔貨運"])
def test_words_that_open_with_zero_are_no_figures(text: str) -> None:
    """零组件 (components, the Taiwan word for 零部件), 零头, 零担: words, not 0 个组 (numeral_idioms.txt)."""
    assert find_quantities(text) == []


def test_one_up_one_down_is_an_idiom_not_a_litre():
    found = find_quantities("两项指标一升一降，另购一升装食油", lone=False)
    assert [(q.text, q.start) for q in found] == [("两项", 0), ("一升", 11)]


def test_a_noun_after_cheng_that_only_looks_like_a_word_with_cheng_is_what_the_tenths_are_of():
    found = [(q.text, q.value, q.unit) for q in find_quantities("约四成长者独居，两成员工加薪，经济成长放缓。")]
    assert found == [("约四成", Decimal(40), "%"), ("两成", Decimal(20), "%")]


def test_race_times_are_one_duration_in_seconds():
    text = "他以9秒87夺冠，亚军用时1分47秒，马拉松冠军跑出2小时05分31秒。"
    found = [(q.text, q.value, q.unit) for q in find_quantities(text)]
    assert found == [("9秒87", Decimal("9.87"), "秒"), ("1分47秒", Decimal(107), "秒"),
                     ("2小时05分31秒", Decimal(7531), "秒")]


def test_a_number_of_days_before_nei_is_a_span_of_days_not_a_stray_number():
    found = [(q.text, q.unit, q.kind) for q in find_quantities("须在15日内完成，日内波动较大。", dates=True)]
    assert found == [("15日", "日", "duration")]


def test_fen_opening_a_word_is_no_unit_after_a_figure() -> None:
    # 分辨率 (resolution) after 2.8K: 分 opens the word, it is not the unit 分 (points, minutes, cents); and 2.8K
    # before it names the resolution, no 2800
    assert find_quantities("屏幕为2.8K分辨率") == []
    (q,) = find_quantities("评分为4.5分，辨识度高")
    assert (q.text, q.unit) == ("4.5分", "分")


def test_square_feet_written_the_hong_kong_way_are_a_unit() -> None:
    (q,) = find_quantities("實用面積為455方呎")
    assert (q.text, q.value, q.unit, q.kind) == ("455方呎", 455, "方呎", "measure")


def test_time_starting_words_after_an_hour_are_still_read() -> None:
    """时 that starts a word (时速, 时长) after digits is no hour: 8小时 and 时速350公里 stay quantities."""
    assert [q.text for q in find_quantities("列车时速350公里，全程8小时")] == ["350公里", "8小时"]


def test_a_colon_between_numbers_past_a_clock_is_no_time() -> None:
    """25:18 (a set's score) cannot be a time of day: its numbers are read, as 3:0's are; 10:30 stays a time."""
    assert [q.text for q in find_quantities("比分为25:18、26:24")] == ["25", "18", "26", "24"]
    assert find_quantities("会议10:30开始") == []


@pytest.mark.parametrize("text", ["中锋梅开二度", "他独中两元", "三分球命中率", "球队晋级四分之一决赛", "二十四节气",
                                  "守好自家一亩三分地"])
def test_sports_idioms_and_names_hold_no_quantity(text: str) -> None:
    assert find_quantities(text) == [], [q.text for q in find_quantities(text)]


@pytest.mark.parametrize("text", ["公司成立已一甲子", "室内3甲醛超标"])
def test_jia_that_starts_a_word_is_no_land_unit(text: str) -> None:
    assert all(q.unit != "甲" for q in find_quantities(text))


def test_top_three_is_no_land_measure() -> None:
    assert find_quantities("某选手名列三甲") == []


def test_a_dash_between_equal_numbers_is_a_drawn_score() -> None:
    """战成1-1: no range runs from a number to itself; the two are a draw's score, as 3-1 is a win's."""
    assert [(q.text, q.qualifier) for q in find_quantities("主客队战成1-1")] == [("1", "exact"), ("1", "exact")]


def test_basketball_statistics_count_in_their_own_words() -> None:
    assert [(q.text, q.unit) for q in find_quantities("他拿下9篮板、6助攻")] == [("9篮板", "篮板"), ("6助攻", "助攻")]


@pytest.mark.parametrize(("text", "unit"), [
    ("客运量达800万乘次", "乘次"), ("演出900场次", "场次"), ("运营2亿车公里", "车公里"), ("完成600航次", "航次"),
])
def test_transport_counts_keep_their_units(text: str, unit: str) -> None:
    (found,) = find_quantities(text)
    assert found.unit == unit


@pytest.mark.parametrize(("text", "unit"), [("投了7局", "局"), ("5打数2安打", "打数"), ("击出2安打", "安打")])
def test_baseball_and_match_counts_keep_their_units(text: str, unit: str) -> None:
    assert find_quantities(text)[0].unit == unit


def test_a_dozen_is_not_read_into_at_bats() -> None:
    assert [(q.value, q.unit) for q in find_quantities("买了2打鸡蛋")] == [(D(24), "个")]


@pytest.mark.parametrize("text", ["两队以三比三打和", "雙方二比二打平", "主队四比三打赢", "客隊一比二打輸",
                                  "以三比二打勝對手"])
def test_a_score_before_a_verb_of_a_result_is_no_dozen(text: str) -> None:
    """打和, 打平, 打赢: the result of a match (a Hong Kong draw is 打和), not 打 as a dozen (二打 is no 24)."""
    assert not any(q.unit == "个" for q in find_quantities(text))


@pytest.mark.parametrize("text, fraction", [("有三分之一人是学生", "三分之一"), ("全港約四分一家庭有長者", "四分一"),
                                            ("有四分之一人支持", "四分之一")])
def test_the_noun_a_fraction_takes_a_share_of_is_no_unit(text, fraction):
    """A fraction is a plain number (ANNOTATION.md): the counted noun after it is not its unit."""
    (q,) = find_quantities(text)
    assert (q.text.removeprefix("約"), q.unit) == (fraction, "")


def test_a_fraction_of_a_measure_keeps_its_unit():
    (q,) = find_quantities("他跑了三分之一公里")
    assert q.unit == "公里"


@pytest.mark.parametrize("text, first, value", [("造價五百多萬一公里", "五百多萬", 5_000_000),
                                                ("年薪兩千多萬一年", "兩千多萬", 20_000_000),
                                                ("一百多万一个", "一百多万", 1_000_000)])
def test_a_digit_after_a_vague_magnitude_is_no_abbreviated_digit(text, first, value):
    """三万一 is 31000, but 五百多万一公里 is 五百多万 per 一公里: after 多, 余 or 几 the figure has ended."""
    q = find_quantities(text)[0]
    assert (q.text, q.value) == (first, value)


@pytest.mark.parametrize("idiom", ["四面出击", "一波三折", "三头六臂", "七零八落", "四分五裂", "三天两头", "四平八稳",
                                   "说三道四", "一家独大", "第二春", "三百六十行"])
def test_idioms_with_numerals_are_no_quantities(idiom):
    assert find_quantities(f"他们{idiom}，") == []


def test_the_counts_an_idiom_shares_words_with_are_still_read():
    assert [q.text for q in find_quantities("四面旗帜和三头牛")] == ["四面", "三头"]


@pytest.mark.parametrize(("text", "terms"), [
    ("住宅、商业、工业用地之比为3:35:42。", ["3", "35", "42"]),  # three terms: no clock has a third term over 59
    ("城乡常住人口比例约为1:15。", ["1", "15"]),
    ("两者之比是1:25，差距明显", ["1", "25"]),
    ("该基金按1:10的比例拆分份额", ["1", "10"]),
    ("城乡收入比降至2:45。", ["2", "45"]),
])
def test_a_colon_pair_named_as_a_ratio_is_no_time(text: str, terms: list[str]) -> None:
    """1:15 after 比例, 之比 or 比 in its clause, or before 的比例, and 3:35:42 (three terms) are a ratio's terms, not a
    time of day; 10:30 alone, after 比赛 or 比如, or with seconds (10:30:15) stays a time."""
    assert [str(q.value) for q in find_quantities(text)] == terms


@pytest.mark.parametrize("text", ["会议10:30开始", "比赛于19:30开球", "比如10:30开会", "发布时间为10:30:15。",
                                  "上午9:45，市场比较冷清"])
def test_a_clock_time_near_no_ratio_word_stays_a_time(text: str) -> None:
    assert find_quantities(text) == [], [q.text for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("全省有3000多、5000余和8000多家企业", [("3000多", "家", "at_least"), ("5000余", "家", "at_least"),
                                           ("8000多家", "家", "at_least")]),
    ("两地分别有1500多及2000余名学生", [("1500多", "名", "at_least"), ("2000余名", "名", "at_least")]),
    ("报名者共3000多。", [("3000多", "", "at_least")]),
    ("会员数为40多的俱乐部", [("40多", "", "at_least")]),
])
def test_a_round_arabic_figure_with_a_bare_more_is_at_least_and_shares_the_lists_unit(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    """3000多、5000余和8000多家: 多 or 余 after round Arabic digits ends the figure (at least, as 三千多 does), so
    the unit written once after the list's last figure reaches every figure of it."""
    assert [(q.text, q.unit, q.qualifier) for q in find_quantities(text)] == expected


@pytest.mark.parametrize("text", ["涨了3多，", "价格为2.5多，"])
def test_a_bare_more_after_a_figure_not_round_is_not_read(text: str) -> None:
    assert all(q.qualifier == "exact" for q in find_quantities(text))


@pytest.mark.parametrize(("text", "qualifier"), [
    ("恒指午后失守17000点", "at_most"), ("金价一度升穿2400美元", "at_least"), ("股指跌穿3000点", "at_most"),
])
def test_a_level_broken_through_upward_or_lost_takes_a_bound(text: str, qualifier: str) -> None:
    """升穿 like 突破 is at_least; 失守 (a level lost) like 跌破 is at_most."""
    assert [q.qualifier for q in find_quantities(text)] == [qualifier]


@pytest.mark.parametrize(("text", "expected"), [
    ("甲镇与乙镇分别投入三千多和四千多万元", [(3e7, "at_least"), (4e7, "at_least")]),
    ("甲校及乙校各獲撥款五百和八百萬港元", [(5e6, "exact"), (8e6, "exact")]),
    ("甲基金与乙基金规模为两百多和三百多亿元", [(2e10, "at_least"), (3e10, "at_least")]),
    ("甲项目与乙项目分别募资3000余和4000余万元", [(3e7, "at_least"), (4e7, "at_least")]),
    ("三千、四千和五千万美元", [(3e7, "exact"), (4e7, "exact"), (5e7, "exact")]),
    ("三千和四万元", [(3000, "exact"), (40000, "exact")]),  # no 千 before 万: nothing to share
])
def test_a_figure_written_with_qian_or_bai_takes_the_big_magnitude_of_its_list(
        text: str, expected: list[tuple[float, str]]) -> None:
    """三千多和四千多万元: the 万 written once after the last figure reaches a list-mate written with 千 (三千多万),
    as it reaches a plain one (6、8、9万元); a 多 or 余 between the two magnitudes does not stop it."""
    assert [(float(q.value), q.qualifier) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(("text", "value"), [
    ("新規把產假延長至98日，", 98),  # past 31: no day of the month
    ("病人平均需留院1.5日", 1.5),
    ("甲地宣布增加公眾假期至17日。", 17),  # a count raised to 17
    ("把审批时限缩短到5日", 5),
    ("今年年假比去年多出3日", 3),
])
def test_ri_after_a_number_no_date_can_be_counts_days(text: str, value: float) -> None:
    """日 counts days after a number no day of the month can be (98日, 1.5日) and after a verb of raising or cutting
    a count (增加…至17日, 缩短到5日, 多出3日); it was read as a date, or as no unit at all."""
    found = find_quantities(text, dates=True, lone=False)
    assert [(q.unit, q.kind, float(q.value)) for q in found] == [("日", "duration", value)]


@pytest.mark.parametrize("text", ["展期延长至17日。", "追加投资至17日当天", "甲公司于3日增至10家门店"])
def test_a_day_of_the_month_after_to_stays_a_date(text: str) -> None:
    """延长至17日 may be the day a term ends, and a day before 当天 or right after 于 is a day of the month."""
    assert "date" in [q.kind for q in find_quantities(text, dates=True, lone=False)]


def test_ri_starting_a_word_is_no_unit() -> None:
    """5000万日活用户: 日活 (daily active) goes on from 日, which is no unit of the count."""
    assert [q.unit for q in find_quantities("某应用拥有5000万日活用户")] == [""]


@pytest.mark.parametrize(("text", "value"), [
    ("甲市新建10萬級潔淨室", 100000),
    ("當地昨日發生7.1級地震", 7.1),
    ("某县发生里氏5.6级地震", 5.6),
    ("沿海将出现8级大风", 8),
    ("沿海将出现八级大风", 8),
    ("风力6级", 6),
    ("甲厂房洁净度为10万级，", 100000),
    ("乙车间达到千级；", 1000),
    ("丙车间为万级。", 10000),
])
def test_a_measured_grade_takes_ji_as_its_unit(text: str, value: float) -> None:
    """6.4级地震, 8级大风, 10万级洁净室, 洁净度为万级: a grade measured on a scale is a figure with unit 级."""
    q = only(text)
    assert (float(q.value), q.unit) == (value, "级")


@pytest.mark.parametrize(("text", "value"), [
    ("甲岛附近最大风力达13级。", 13), ("乙市阵风可达九级，", 9),
    ("沿海風力一度達到10級。", 10), ("风力将增强至7级；", 7)])
def test_a_grade_after_its_scale_word_and_a_copula_takes_ji(text: str, value: float) -> None:
    """风力达13级, 风力一度达到10级: a verb of reaching may stand between the scale's word and the grade."""
    q = only(text)
    assert (float(q.value), q.unit) == (value, "级")


@pytest.mark.parametrize("text", ["瞄准千亿级市场", "进入一级市场", "一家三级医院", "规模为千亿级。", "5A级景区"])
def test_a_class_or_a_rank_written_with_ji_is_no_measured_grade(text: str) -> None:
    """千亿级市场 (a size class), 一级市场, 三级医院 (a tier) and 5A级 stay labels: no figure with unit 级."""
    assert all(q.unit != "级" for q in find_quantities(text, dates=True, lone=False))


@pytest.mark.parametrize(("text", "years"), [
    ("甲校未来两年会增聘教师", 2), ("乙厂未来三年会再投资", 3), ("過去兩年會員人數上升", 2), ("未來5年會推出新車", 5)])
def test_a_count_of_years_before_hui_is_a_duration(text: str, years: int) -> None:
    """两年会增聘, 兩年會員: after a count no year can be, 年 is the unit and 会 a verb or the start of 会员."""
    assert [(q.unit, q.kind, int(q.value)) for q in find_quantities(text, dates=True, lone=False)] == [
        ("年", "duration", years)]


@pytest.mark.parametrize("text", ["2031年会上发布", "31年会期间", "今年年会"])
def test_a_year_before_hui_stays_an_annual_meeting(text: str) -> None:
    assert all(q.unit != "年" or q.kind == "date" for q in find_quantities(text, dates=True, lone=False))


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("車費由9蚊半增至", 9.5, "蚊"), ("奶茶卖三块半", 3.5, "块"), ("票价5元半，", 5.5, "元"),
    ("只收十二蚊半。", 12.5, "蚊")])
def test_ban_after_a_sum_of_money_is_a_half(text: str, value: float, unit: str) -> None:
    """9蚊半, 三块半: 半 after a sum of money adds half of its unit, as 三年半 does to years."""
    q = only(text)
    assert (float(q.value), q.unit) == (value, unit)


def test_ban_opening_a_word_after_money_is_no_half() -> None:
    assert [(q.text, float(q.value)) for q in find_quantities("全场5元半价")] == [("5元", 5.0), ("半价", 50.0)]


@pytest.mark.parametrize("text", ["他本月共出差8日，", "甲校停课3日。", "乙某留院4日后出院", "全年一共5日"])
def test_ri_after_a_total_or_an_act_held_for_days_counts_days(text: str) -> None:
    """一共8日, 出差8日, 停课3日: a total, or an act held for a stretch, counts days."""
    assert [(q.unit, q.kind) for q in find_quantities(text, dates=True, lone=False)] == [("日", "duration")]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("预计风力7至8级，", 7, 8), ("陣風8到10級。", 8, 10), ("某地发生里氏4至5级地震", 4, 5), ("风力五到六级", 5, 6)])
def test_a_range_of_measured_grades_takes_ji_after_its_cue(text: str, low: int, high: int) -> None:
    """风力7至8级: the cue naming the scale stands before the lower end, not right before the numeral that 级
    follows; the range is a grade all the same (it was read with no unit and dropped as a bare range)."""
    q = only(text)
    assert (float(q.value), float(q.value_max or 0), q.unit) == (low, high, "级")


@pytest.mark.parametrize(("text", "value"), [
    ("赛期由12日增至14日。", 12), ("审批期从10日缩短到7日", 10), ("會期由3日增加至5日，", 3)])
def test_days_a_count_is_raised_or_cut_from_are_counted(text: str, value: int) -> None:
    """由12日增至14日: the days before a verb of raising or cutting to a count of days are a count too, no day of
    the month (增至14日 already counted; 由12日 was a date)."""
    found = find_quantities(text, dates=True, lone=False)
    assert [(q.kind, float(q.value)) for q in found][0] == ("duration", value)
    assert all(q.kind == "duration" for q in found)


def test_a_deadline_moved_from_one_day_to_another_stays_two_dates() -> None:
    assert [q.kind for q in find_quantities("截止日由5日延长至8日", dates=True, lone=False)] == ["date", "date"]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("恒指收市升50點子", 50, "点子"), ("国指跌120点子，", 120, "点子"), ("某队已效力15个赛季", 15, "个赛季"),
    ("她读了4个学期", 4, "个学期"), ("連續3個財年虧損", 3, "个财年")])
def test_counted_nouns_that_are_units_of_their_own(text: str, value: int, unit: str) -> None:
    """50點子 (Hong Kong's points of an index), 15个赛季, 4个学期: the noun after the number or after 个 is the unit,
    like 个月 (they were read as 个 alone, or with no unit)."""
    q = only(text)
    assert (float(q.value), q.unit) == (value, unit)


@pytest.mark.parametrize(("text", "value"), [("每斤便宜了5角，", 5), ("车票贵0.3角。", 0.3), ("每度电加2角", 2)])
def test_jiao_after_arabic_digits_is_a_coin_kept_as_written(text: str, value: float) -> None:
    """5角 after Arabic digits is money, its value as written like 7毫 (decision D58); it was a bare number."""
    q = only(text)
    assert (float(q.value), q.unit, q.kind) == (value, "角", "currency")


@pytest.mark.parametrize("text", ["画一个三角形", "冰山一角", "汤里放了八角", "5角星旗"])
def test_jiao_as_a_corner_or_a_shape_is_no_money(text: str) -> None:
    assert all(q.unit != "角" for q in find_quantities(text, dates=True, lone=False))


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("全长44, 952公里", 44952, "公里"), ("共1, 200人。", 1200, "人"), ("收入12, 345万元，", 123450000, "元")])
def test_a_comma_and_a_space_between_groups_of_three_before_a_unit_is_a_separator(
        text: str, value: int, unit: str) -> None:
    """44, 952公里: a comma typed with a space still separates thousands when a unit or a magnitude follows (it was
    two figures, 44 and 952公里); a list of numbers written so (3, 5, 120家, 1, 234, 567.3) stays a list."""
    q = only(text)
    assert (float(q.value), q.unit) == (value, unit)


def test_numbers_listed_with_a_comma_and_a_space_stay_a_list() -> None:
    assert [float(q.value) for q in find_quantities("分别为3, 5, 120家", lone=True)] == [3, 5, 120]


@pytest.mark.parametrize(("text", "expected"), [
    ("甲某得票比第二名多出8000票", [("第二名", "exact"), ("8000票", "exact")]),
    ("比第三位高出2分", [("第三位", "exact"), ("2分", "exact")]),
    ("气温比三十多出5度", [("三十", "exact"), ("5度", "exact")]),
])
def test_a_comparative_going_on_to_a_gap_gives_the_compared_number_no_bound(
        text: str, expected: list[tuple[str, str]]) -> None:
    """比第二名多出8000票: 多 goes on to the gap (多出), and the runner-up is no bound, so 第二名 is no 'more than 2'
    (it was read as 比第二名多, at_least); 比三十大 alone stays more than 30."""
    assert [(q.text, q.qualifier) for q in find_quantities(text)] == expected


def test_a_comparative_ending_the_phrase_still_bounds_the_number() -> None:
    assert [(q.text, q.qualifier) for q in find_quantities("年龄比30大")] == [("比30大", "at_least")]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("加入白糖1茶匙", 1, "茶匙"), ("盐半茶匙", 0.5, "茶匙"), ("倒入两汤匙油", 2, "汤匙"), ("加3勺糖", 3, "勺"),
    ("每人两碗饭", 2, "碗")])
def test_kitchen_measures_are_units(text: str, value: float, unit: str) -> None:
    """1茶匙, 两汤匙, 3勺, 两碗: the measures of a recipe are units (they were no quantity or a bare number)."""
    q = only(text)
    assert (float(q.value), q.unit) == (value, unit)


@pytest.mark.parametrize(("text", "value", "unit", "currency"), [
    ("售价1999元起", 1999, "元", "CNY"), ("月費$168起，", 168, "$", "USD"), ("每晚HK$800起", 800, "HK$", "HKD")])
def test_qi_after_a_price_is_a_lower_bound(text: str, value: int, unit: str, currency: str) -> None:
    """1999元起, $168起: 起 after a price says from (at least, D57); after a dollar sign it was taken for the
    classifier of incidents (3起事故) and the figure lost its currency."""
    q = only(text)
    assert (float(q.value), q.unit, q.currency, q.qualifier) == (value, unit, currency, "at_least")


@pytest.mark.parametrize("text", ["发生3起事故", "3起案件", "收费10元起步"])
def test_qi_counting_incidents_or_opening_a_word_is_no_bound(text: str) -> None:
    assert only(text).qualifier == "exact"


@pytest.mark.parametrize(("text", "currency"), [("入場費港幣$500", "HKD"), ("票價新台幣$300", "TWD")])
def test_a_currency_name_before_a_dollar_sign_says_which_dollar(text: str, currency: str) -> None:
    """港幣$500: the name before the sign names the dollar (it was read as the bare sign, USD)."""
    assert only(text).currency == currency


@pytest.mark.parametrize(("text", "value"), [("等了三個鐘", 3), ("每日返工12個鐘，", 12)])
def test_ge_zhong_is_hours(text: str, value: int) -> None:
    """三個鐘 (Hong Kong: three hours) is a duration, not 3 个 before a clock."""
    q = only(text)
    assert (float(q.value), q.unit, q.kind) == (value, "个钟", "duration")


def test_ge_zhong_opening_a_word_is_no_hour() -> None:
    assert only("买了一个钟表").unit == "个"


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("最低气温零下3至零下8摄氏度", -8, -3, "摄氏度"), ("氣溫介乎零下5度至零下1度", -5, -1, "度"),
    ("跌幅为-3%至-5%", -5, -3, "%"), ("零度至零下4度", -4, 0, "度")])
def test_a_range_below_zero_runs_from_its_low_end(text: str, low: int, high: int, unit: str) -> None:
    """零下3至零下8摄氏度: 零下 marks the upper end too (it was read as 零, a range up to 0, and 8摄氏度 apart), and a
    range of negative figures takes the lower one as its value (D38: −70, −65)."""
    q = only(text)
    assert (float(q.value), float(q.value_max or 0), q.unit) == (low, high, unit)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("甲镇凌晨的气温为零下6度", -6, "度"), ("乙縣今早氣溫為零下十二度", -12, "度"),
    ("丙地的地表温度一度为零下20摄氏度", -20, "摄氏度"), ("某冷庫的溫度設定為零下18℃", -18, "℃")])
def test_below_zero_after_wei_is_a_sign(text: str, value: int, unit: str) -> None:
    """为零下6度: 零下 is the sign of the temperature after 为, not the figure zero of 为零 (read as 零 and 6度)."""
    q = only(text)
    assert (float(q.value), q.unit) == (value, unit)


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), [
    ("某工程需時個半月", 1.5, "个月", "exact"), ("由甲站搭車去乙站要個半鐘", 1.5, "个钟", "exact"),
    ("某選手傷出約個半星期", 1.5, "个星期", "approx"), ("排队等咗个半钟头", 1.5, "个钟头", "exact"),
    ("某屋苑呎價累跌咗成半", 15, "%", "exact"), ("某新股首日升近成半", 15, "%", "approx"),
    ("乙舖租金減少成半左右", 15, "%", "approx"), ("某指數升咗個幾百分點", 1, "个百分点", "at_least"),
    ("排隊等咗個幾鐘", 1, "个钟", "at_least"), ("某工程拖咗三個幾月", 3, "个月", "at_least"),
    ("某行息率升個半百分點", 1.5, "个百分点", "exact"), ("某会议开了两个半钟", 2.5, "个钟", "exact"),
    ("某利率上调两个半百分点", 2.5, "个百分点", "exact"), ("某指數跌咗兩個多百分點", 2, "个百分点", "at_least")])
def test_a_half_with_the_one_left_out_is_one_and_a_half(text: str, value: float, unit: str, qualifier: str) -> None:
    """个半月, 跌咗成半, 个几百分点: spoken Cantonese leaves out the 一 of 一个半, 一成半, 一个几 (it read nothing, or
    几百 分); 三个几月 is 3 and some 个月 like 三个多月."""
    q = only(text)
    assert (float(q.value), q.unit, q.qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text", ["這個半月裡", "每个半年检查一次", "整個半場", "呢個半月", "完成半年任务"])
def test_a_classifier_after_a_demonstrative_leaves_out_no_one(text: str) -> None:
    assert all(q.value != Decimal("1.5") for q in find_quantities(text))


@pytest.mark.parametrize("text", ["支持100倍数码变焦", "最高30倍數位變焦"])
def test_bei_before_digital_is_a_multiple(text: str) -> None:
    """100倍数码变焦: 数码 (digital) follows 倍, which is no start of the word 倍数 there (the zoom lost its unit)."""
    assert only(text).unit == "倍"


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("其中3级以上余震5次", 3, "at_least"), ("发生5级以上地震的可能性", 5, "at_least"),
    ("錄得8級或以上烈風", 8, "at_least")])
def test_a_bound_between_a_grade_and_its_thing_keeps_ji_a_unit(text: str, value: int, qualifier: str) -> None:
    """5级以上地震: 以上 between 级 and the graded thing still makes 级 a measured grade (it was a label, or lost)."""
    q = find_quantities(text)[0]
    assert (float(q.value), q.unit, q.qualifier) == (value, "级", qualifier)


@pytest.mark.parametrize(("text", "value"), [("按揭息率為P-2.75%", -2.75), ("另一計劃為H+1.3%，", 1.3), ("P+1%", 1)])
def test_a_spread_over_a_base_rate_keeps_its_sign(text: str, value: float) -> None:
    """P-2.75%: the spread under the prime rate, a signed change in % (D73); after a capital letter the dash was
    read as the hyphen of a name (GPT-4) and the figure was lost, the + was dropped."""
    q = only(text)
    assert (float(q.value), q.unit, q.text[0]) == (value, "%", "-" if value < 0 else "+")


@pytest.mark.parametrize("text", ["GPT-4", "某某AP-3%", "T+1交收"])
def test_a_letter_word_or_a_schedule_before_a_sign_keeps_it_a_name(text: str) -> None:
    assert all(not q.text.startswith(("-", "+")) for q in find_quantities(text))


@pytest.mark.parametrize(("text", "low", "high", "unit"), [
    ("青菜每斤3元至5元/斤", 3, 5, "元/斤"), ("会员费约60元至120元/月", 60, 120, "元/月"),
    ("目标价5美元至8美元/股", 5, 8, "美元/股")])
def test_a_range_whose_upper_end_writes_the_rate_is_one_range(text: str, low: int, high: int, unit: str) -> None:
    """3元至5元/斤: the lower end writes the numerator of the rate the upper end writes whole; one range (it was two
    figures, 3元 and 5元/斤)."""
    q = only(text)
    assert (float(q.value), float(q.value_max or 0), q.unit) == (low, high, unit)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("某項開支較預算增近倍", "approx"),  # 倍 with no numeral after an approx word: nearly one 倍
        ("甲厂的产量同比增长逾倍", "at_least"),
        ("乙地的租金飙升近倍增", "approx"),  # 倍增 is read as itself, 近 its qualifier
    ],
)
def test_a_bare_multiple_after_a_bound_word_is_one_fold(text: str, qualifier: str) -> None:
    q = only(text)
    assert (q.value, q.unit, q.qualifier, q.text[0]) == (1, "倍", qualifier, text[text.index(q.text[0])])
    assert q.text.startswith(("近", "逾"))


def test_a_bare_multiple_needs_its_bound_word():
    assert find_quantities("该指标接近倍数区间") == [] and find_quantities("市场的倍率上升") == []
    assert [(q.text, q.value) for q in find_quantities("股价上涨近3倍")] == [("近3倍", 3)]


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        ("乙區商舖租金按年增長倍半", "倍半", "exact"),
        ("甲港貨櫃吞吐量是前年的倍半", "倍半", "exact"),
        ("丙股成交額較上周急增接近倍半", "接近倍半", "approx"),
    ],
)
def test_bei_ban_is_one_and_a_half_fold(text: str, span: str, qualifier: str) -> None:
    """倍半 (Hong Kong): one and a half times, said with no numeral; 一倍半 stays one number, 倍半价 no multiple."""
    q = only(text)
    assert (q.text, float(q.value), q.unit, q.qualifier) == (span, 1.5, "倍", qualifier)


def test_bei_ban_inside_a_number_or_a_price_is_no_bare_multiple():
    assert [(q.text, float(q.value)) for q in find_quantities("丁股全年急升一倍半")] == [("一倍半", 1.5)]
    assert all(q.unit != "倍" for q in find_quantities("商場推出加倍半價優惠"))


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("每年有數以千計的旅客到訪", "數以千計", 1000),  # counted in thousands: at least a thousand, like 数千
        ("事故造成数以百计的航班延误", "数以百计", 100),
        ("合共涉及數以十萬計的市民", "數以十萬計", 100000),
        ("数以万计的用户受惠", "数以万计", 10000),
    ],
)
def test_counted_in_a_magnitude_is_at_least_it(text: str, span: str, value: int) -> None:
    q = only(text)
    assert (q.text, q.value, q.qualifier) == (span, value, "at_least")


def test_half_of_a_count_is_no_counted_in():
    """半数以上, 个位数以上: 数 before 以上 is of another word, and 以上 stays the suffix of what it follows."""
    assert [q.text for q in find_quantities("甲地半数以上的店铺已装修")] == ["半数以上"]


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("約七、八成市民支持", 70, 80, "%"),  # a rough pair written apart with 、 is a range, like 七八成
        ("工程需時兩、三年", 2, 3, "年"),
        ("涉資三、五億元", 300000000, 500000000, "元"),
        ("需要五、六十人", 50, 60, "人"),
    ],
)
def test_a_rough_pair_with_a_pause_mark_is_a_range(text: str, value: int, value_max: int, unit: str) -> None:
    q = only(text)
    assert (q.value, q.value_max, q.unit, q.qualifier) == (value, value_max, unit, "range")


def test_lists_and_months_are_no_rough_pairs():
    assert all(q.value_max is None for q in find_quantities("三、四月期間成交上升"))  # months, no pair
    assert all(q.value_max is None for q in find_quantities("三、四、五成的商戶"))  # a list that runs on


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        ("某某园区新建主变容量为180MVA的变电站", "180MVA", 180, "MVA"),
        ("配套建設的220kV升壓站", "220kV", 220, "kV"),
        ("甲镇线路电压等级为10KV", "10KV", 10, "kV"),
        ("新装箱变容量630千伏安", "630千伏安", 630, "千伏安"),
        ("主變壓器容量為1000兆伏安", "1000兆伏安", 1000, "兆伏安"),  # 兆 starts the unit, no 1e12 of 伏
        ("乙村屋顶光伏规模8.5MWp", "8.5MWp", 8.5, "MWp"),
        ("每年可节约3.2万吨标煤", "3.2万吨标煤", 32000, "吨标煤"),
        ("亩产达到1,350市斤", "1,350市斤", 1350, "市斤"),
    ],
)
def test_grid_and_farm_units(text: str, span: str, value: float, unit: str) -> None:
    """Units of power grids, solar peaks, coal equivalents and farm weights are read as written."""
    q = only(text)
    assert (q.text, q.value, q.unit) == (span, Decimal(str(value)), unit)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("他以2米35奪冠", "2米35", "2.35"),
        ("某选手跳出8米15再破赛会纪录", "8米15", "8.15"),
        ("她以1米96成功越過橫桿", "1米96", "1.96"),
    ],
)
def test_centimetres_after_metres_before_a_verb(text: str, span: str, value: str) -> None:
    """A height or a jump says its centimetres after 米, a verb right after them (2米35夺冠 = 2.35 米)."""
    q = only(text)
    assert (q.text, q.value, q.unit) == (span, Decimal(value), "米")


def test_digits_after_metres_that_count_something_else_stay_apart():
    assert [q.text for q in find_quantities("塔高3米10层")] == ["3米", "10层"]
    assert [q.text for q in find_quantities("路长300米12座桥")] == ["300米", "12座"]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("甲省全年发电量达1,200亿千瓦·时", "1,200亿千瓦·时", "千瓦·时"),
        ("乙縣用電量為12億千瓦‧時", "12億千瓦‧時", "千瓦‧时"),
        ("某车型电池容量为75kW·h", "75kW·h", "kW·h"),
        ("全年货物周转量3.5亿吨·公里", "3.5亿吨·公里", "吨·公里"),
        ("平均上网电价为0.35元/千瓦·时", "0.35元/千瓦·时", "元/千瓦·时"),
        ("某电网容量电价为210.5美元/兆瓦-天", "210.5美元/兆瓦-天", "美元/兆瓦-天"),
    ],
)
def test_a_product_of_units_is_one_unit(text: str, span: str, unit: str) -> None:
    """千瓦·时 (the mainland's standard writing of kWh), 吨·公里, 兆瓦-天 after a slash: one unit, not 千瓦 alone."""
    q = only(text)
    assert (q.text, q.unit) == (span, unit)


def test_a_dash_before_a_figure_after_a_per_unit_stays_a_range():
    q = only("价格为5元/吨-10元/吨")
    assert (q.value, q.value_max, q.unit) == (5, 10, "元/吨")


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("甲省工业发电量835.2亿千瓦小时", "835.2亿千瓦小时", "千瓦小时"),  # the statistical yearbooks' kWh
        ("该站储能规模为300兆瓦小时", "300兆瓦小时", "兆瓦小时"),
        ("全市全年举办各级赛事46项次", "46项次", "项次"),
    ],
)
def test_energy_in_hours_and_events_counted_by_occurrence(text: str, span: str, unit: str) -> None:
    q = only(text)
    assert (q.text, q.unit) == (span, unit)


def test_an_item_count_before_a_word_with_ci_stays_an_item_count():
    assert only("甲局部署8项次要工作").text == "8项"  # 次要 (secondary), no 项次


@pytest.mark.parametrize(
    ("text", "span", "value"), [("甲队以1分之差惜败", "1分", 1), ("乙隊以三分之差落敗", "三分", 3)]
)
def test_a_margin_in_points_is_no_fraction(text: str, span: str, value: int) -> None:
    """以1分之差: 分之 with no numerator after it is the points of a margin, 分 its unit."""
    q = only(text)
    assert (q.text, q.value, q.unit) == (span, value, "分")


def test_lanes_of_a_road_are_counted():
    """双向四车道: a count of lanes, 车道 its unit (a lone 四 would be no figure)."""
    assert [(q.text, q.unit) for q in find_quantities("甲路由双向四车道扩建为双向8车道", lone=False)] == [
        ("四车道", "车道"), ("8车道", "车道")]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("某屋苑呎價萬八", "萬八", 18000), ("月薪萬二，", "萬二", 12000),
    # a thousand or a hundred million said short the same way, also before 萬 (千二萬 = 1200萬)
    ("某洋房開價千三萬", "千三萬", 13_000_000), ("某大宅以億六易手", "億六", 160_000_000)])
def test_a_magnitude_with_its_next_digit_said_short_is_a_figure(text: str, span: str, value: int) -> None:
    """萬八 (Hong Kong's and Taiwan's spoken 一萬八千) is 18000 without a unit; 萬一 (in case) stays a word."""
    assert [(q.text, q.value) for q in find_quantities(text, lone=False)] == [(span, value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("某獨立屋叫價千一萬", "千一萬", 11_000_000), ("某車位以百一萬易手", "百一萬", 1_100_000),
    ("某豪宅開價百八萬", "百八萬", 1_800_000)])
def test_one_said_short_before_a_big_magnitude(text: str, span: str, value: int) -> None:
    """千一萬 = 1100萬: 一 is the next digit when 萬 or 億 follows (萬一 alone stays a word); 百 may lead so."""
    assert [(q.text, q.value) for q in find_quantities(text, lone=False)] == [(span, value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("某筆按揭年息二厘半", "二厘半", D("2.5")), ("某定存息率為三厘八", "三厘八", D("3.8")),
    ("某銀行減息半碼", "半碼", D("0.125")), ("某央行加息兩碼", "兩碼", D("0.5"))])
def test_tenths_of_a_rate_and_steps_of_interest(text: str, span: str, value: Decimal) -> None:
    """厘 takes a tenth or a half said after it like 成 (四厘半 = 4.5 %); 码 after a word of interest is a quarter of
    a percentage point (减息一码 = 0.25 个百分点), elsewhere a yard."""
    found = [(q.text, q.value) for q in find_quantities(text, lone=False)]
    assert found == [(span, value)]


def test_a_yard_away_from_interest_stays_a_yard():
    assert [(q.value, q.unit) for q in find_quantities("某前锋在距离球门25码处射门")] == [(25, "码")]


def test_in_case_is_no_ten_thousand_and_one():
    assert find_quantities("萬一出事，後果自負", lone=False) == []


def test_a_result_verb_after_a_score_is_no_unit_of_its_last_goal_count():
    """以3:1胜乙队, 以2比0勝: 胜 after a score is the verb of the match, not a count of wins (3胜 still is)."""
    assert [(q.text, q.unit) for q in find_quantities("甲队主场以3:1胜乙队")] == [("3", ""), ("1", "")]
    assert [(q.text, q.unit) for q in find_quantities("甲隊以2比0勝乙隊")][-1] == ("0", "")
    assert [(q.text, q.unit) for q in find_quantities("甲队取得5胜")] == [("5胜", "胜")]


def test_a_record_of_wins_losses_and_draws_counts_each():
    """3胜2负1平: 负 right after a count is the losses of a record, not the sign of the count after it (负3度 is)."""
    assert [(q.text, q.unit) for q in find_quantities("本赛季甲队3胜2负1平")] == [
        ("3胜", "胜"), ("2负", "负"), ("1平", "平")]
    assert [q.value for q in find_quantities("气温负3度")] == [-3]


@pytest.mark.parametrize("text, found", [("保單提供百分之百一次過賠償", "百分之百"),
                                         ("甲方案百分之百一致通過", "百分之百"),
                                         ("百分之百一筆過發放", "百分之百"), ("百分之百一次付清", "百分之百")])
def test_a_full_hundred_per_cent_before_the_next_words_one(text: str, found: str) -> None:
    """百分之百一次过: 100 % and the next word's 一, never the spoken 百一 (110) as the numerator."""
    first = find_quantities(text, lone=False, dates=True)[0]
    assert (first.text, first.value, first.unit) == (found, D(100), "%")


def test_a_numerator_written_with_its_tail_keeps_it() -> None:
    assert [q.value for q in find_quantities("增幅達百分之兩百五")] == [D(250)]
    assert [q.value for q in find_quantities("百分之一百一十")] == [D(110)]


@pytest.mark.parametrize("text, found, value, unit", [
    ("新建4个万吨级码头", "4个", 4, "个"), ("打造6个万亩种植基地", "6个", 6, "个"),
    ("评出两个万元大奖", "两个", 2, "个"),
    ("项目投资7个亿", "7个亿", 700_000_000, ""), ("公司亏了两个多亿", "两个多亿", 200_000_000, "")])
def test_the_spoken_ge_joins_a_count_to_yi_never_to_wan(text: str, found: str, value: int, unit: str) -> None:
    """3个亿 is 3e8 as spoken; 4个万吨级码头 counts 4 docks of a class, never 4万 吨."""
    first = find_quantities(text, lone=False, dates=True)[0]
    assert (first.text, first.value, first.unit) == (found, D(value), unit)


@pytest.mark.parametrize("text", ["损失了几个亿", "投资幾個億", "赔了好几个亿元"])
def test_a_few_hundred_million_said_with_ge_is_at_least_one(text: str) -> None:
    """几个亿 reads as 几亿: at least 1e8, never 0 (the 个 between 几 and 亿 hid the magnitude from 几)."""
    (q,) = find_quantities(text, lone=False, dates=True)
    assert (q.value, q.qualifier) == (D(100_000_000), "at_least")


def test_taiwan_counts_person_times_as_yan_ren_ci() -> None:
    (q,) = find_quantities("全年服務逾35萬延人次", lone=False, dates=True)
    assert (q.value, q.unit) == (D(350_000), "延人次")


def test_a_lone_digit_and_a_list_mark_ending_the_text_read_without_error():
    """…则主要围绕一、: the rough-pair reader (七、八成) looked past the end of the text for the second digit."""
    for text in ("则主要围绕一、", "一、", "约七、"):
        assert all(q.text == text[q.start : q.end] for q in find_quantities(text))  # (an IndexError before)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="一二两三四五六七八九十百千万亿成、，。%年月第个约至-0123456789", max_size=12))
def test_any_run_of_numeral_characters_and_marks_reads_without_error(text: str) -> None:
    """Quantities never raise, whatever numerals, marks and units a text ends or starts with."""
    for q in find_quantities(text):
        assert text[q.start : q.end] == q.text


@pytest.mark.parametrize("text", ["某行的存款利率只有百分之幾", "票价涨了百分之几而已"])
def test_a_share_of_an_unsaid_digit_is_no_figure(text: str) -> None:
    """百分之几 leaves the share unsaid (几 alone is no figure); 百分之几十 and 百分之十几 still bound one."""
    assert find_quantities(text, lone=False) == []


def test_qi_before_shou_starts_a_starting_price_not_a_count() -> None:
    """某某15起售价: 起 opens 起售价 (a starting price), no classifier of incidents (while 15起事故 counts)."""
    assert first("某机15起售价4499元").unit == ""
    assert first("发生15起事故").unit == "起"
