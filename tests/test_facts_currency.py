"""currency: what the figure names, else the latest currency note, else the article's own currency."""

from pipeline import extract
from pipeline.facts.currency import Currency, currency_notes, default_currency
from pipeline.text.convert import convert
from tests.helpers import document_view, quantity


def by_text(text):
    return {f.text: f for f in extract(text).facts}


def test_the_default_is_cny_unless_a_traditional_article_shows_taiwan_or_hong_kong():
    assert default_currency("营收20亿元", "营收20亿元") == "CNY"
    raw = "台灣某公司在台北公布營收，新台幣計價，台股收盤上漲。"
    assert default_currency(convert(raw).text, raw) == "TWD"
    raw = "香港特區政府公布，港府將向市民派發現金，港元計價。"
    assert default_currency(convert(raw).text, raw) == "HKD"


def test_currency_notes_are_found_with_their_reach():
    text = "营收50亿元（单位：人民币），利润（美元，下同）3亿元。"
    assert [(currency, whole) for _, _, currency, whole in currency_notes(text)] == [("CNY", False), ("USD", True)]


def test_a_figure_that_names_its_currency_keeps_it():
    view = document_view("项目投资20亿元，另获10亿美元贷款。")
    currency = Currency(view.text, view.text)
    assert currency.of(quantity(view, "20亿元")[1], 0) == "CNY"
    assert currency.of(quantity(view, "10亿美元")[1], 0) == "USD"


def test_a_note_sets_the_currency_of_what_follows():
    found = by_text("某公司在台灣的營收達50億元（新台幣，下同），利潤達3億元。")
    assert found["50億元"].currency == "TWD"
    assert found["3億元"].currency == "TWD"


def test_taiwan_article_quarter_and_currency():
    found = by_text("某電子公司公布第三季財報，營收達新台幣759.6億元，年增36.5%，每股純益12.54元。")
    assert "第三" not in found
    assert found["新台幣759.6億元"].period == "第三季"
    assert found["12.54元"].currency == "TWD"


def test_a_hong_kong_article_that_never_writes_its_city_is_told_by_本港_and_全港():
    """本港, 全港 and 港人 (currency_context.tsv): Hong Kong's own words for itself, so a bare 元 is HKD."""
    raw = "本港二手樓市成交回落，沙田有65宗成交，單位以502萬元易手，平均呎價為17,168元。"
    assert default_currency(convert(raw).text, raw) == "HKD"


def test_full_width_punctuation_does_not_make_a_simplified_article_traditional():
    """A mainland article that mentions 香港 and writes full-width （）：, is no Hong Kong article: 元 stays CNY."""
    text = "（记者讯）某公司拟赴香港上市：公司去年营收12亿元，同比增长8%。" * 3
    assert {f.currency for f in extract(text).facts if f.unit == "元"} == {"CNY"}


def test_a_hong_kong_or_taiwan_public_body_shows_where_a_traditional_article_is_from():
    assert {f.currency for f in extract("立法會財委會今日通過撥款12億元。").facts} == {"HKD"}
    assert {f.currency for f in extract("行政院會今日通過特別預算800億元。").facts} == {"TWD"}


def test_a_taiwan_papers_bracketed_day_shows_where_a_traditional_article_is_from():
    """今（3）日, 昨（2）日: the way Taiwan's papers date the news; with no place named, 元 is TWD."""
    assert {f.currency for f in extract("農業部昨（2）日表示，寒害損失金額約3.4億元。").facts} == {"TWD"}


def test_taiwan_or_hong_kong_words_show_where_a_traditional_article_is_from():
    """奈米, 軟體, 螢幕 (Taiwan's words for 纳米, 软件, 屏幕) and Cantonese particles (咗, 嘅): with no place named,
    a bare 元 is TWD or HKD."""
    assert {f.currency for f in extract("新款筆電採用2奈米晶片，螢幕更大，售價42,900元。").facts if f.unit == "元"} == {
        "TWD"}
    assert {f.currency for f in extract("呢間舖頭加咗價，套餐要88元。").facts if f.unit == "元"} == {"HKD"}


def test_hong_kong_market_words_show_where_a_traditional_article_is_from():
    assert {f.currency for f in extract("恒指收市升210點，大市成交額942億元。").facts if f.unit == "元"} == {"HKD"}


def test_the_variant_馀_reads_as_余():
    assert [(f.text, f.qualifier) for f in extract("全島共有6萬馀名考生應考。").facts] == [("6萬馀名", "at_least")]


def test_hong_kong_court_and_weather_words_show_where_a_traditional_article_is_from():
    """押後再訊, 社會服務令 (Hong Kong's courts), 天文台, 風球 (its observatory and typhoon signals)."""
    bail = extract("被告獲准以3,000元保釋，下周再訊。").facts
    assert {f.currency for f in bail if f.unit == "元"} == {"HKD"}
    storm = extract("天文台發出三號風球，渡輪公司損失約50萬元。").facts
    assert {f.currency for f in storm if f.unit == "元"} == {"HKD"}


def test_a_taiwan_or_hong_kong_farm_report_is_told_by_its_bodies_and_measures():
    """農委會, 台斤, 全台 (Taiwan); 漁護署, 食環署, 公屋 (Hong Kong): the bodies and words each writes its own way."""
    raw = "農委會指出，全台某水果每台斤收購價約15元。"
    assert default_currency(convert(raw).text, raw) == "TWD"
    raw = "漁護署表示，本地某類蔬菜每斤批發價約18元，食環署亦會抽查。"
    assert default_currency(convert(raw).text, raw) == "HKD"


def test_a_hong_kong_property_report_is_told_by_its_estate_and_foot_words():
    raw = "某屋苑一個單位以每方呎1.5萬元易手，實用面積約420方呎。"
    assert default_currency(convert(raw).text, raw) == "HKD"


def test_cantonese_words_and_each_sides_bodies_firms_and_transport_tell_the_currency():
    """慳, 睇 (Cantonese), 八達通, 路政署 (Hong Kong); 健保, 捷運, 台積電 (Taiwan)."""
    raw = "巴士車費由6元加至6.4元，長者用八達通每程慳4蚊。"
    assert default_currency(convert(raw).text, raw) == "HKD"
    raw = "捷運票價最低20元，健保保費每月約800元。"
    assert default_currency(convert(raw).text, raw) == "TWD"
    raw = "台積電每股純益約11元，聯發科約60元。"
    assert default_currency(convert(raw).text, raw) == "TWD"


def test_a_bare_dollar_sign_is_the_dollar_of_a_hong_kong_or_taiwan_article():
    """車費由$9.8加至$10.5 in a Hong Kong article: HKD (decision D58), while HK$ and US$ name their own dollar and a
    mainland article's $ stays USD."""
    facts = by_text("香港特區政府公布，港鐵車費由$9.8加至$10.5，另一票價為US$5，港元計價。")
    assert [facts[t].currency for t in ("$9.8", "$10.5", "US$5")] == ["HKD", "HKD", "USD"]
    facts = by_text("台灣某公司在台北公布，門票$500，新台幣計價，台股收盤上漲。")
    assert facts["$500"].currency == "TWD"
    assert by_text("苹果股价上涨$3。")["$3"].currency == "USD"


def test_hong_kong_names_of_the_euro_us_cents_and_the_ringgit():
    """歐羅 (the euro in Hong Kong papers), 美仙 (US cents, as a dividend per share is often paid), 馬幣 (ringgit)."""
    facts = by_text("某集團斥資2000萬歐羅擴產，每股派息5美仙，另以3億馬幣購地。")
    assert [(facts[t].unit, facts[t].currency) for t in ("2000萬歐羅", "5美仙", "3億馬幣")] == [
        ("欧罗", "EUR"), ("美仙", "USD"), ("马币", "MYR")]


def test_a_currency_named_before_an_amount_of_yuan_holds_for_the_next_in_its_sentence():
    """人民幣80億元，淨利12億元 in a Hong Kong article: the sentence named the 元 once, for both figures."""
    found = by_text("香港某集團今日公布，港府稱港元穩定。\n集團內地子公司收入人民幣64億元，淨利9.5億元，派息2億元。\n"
                    "另一業務收入35億元。")
    assert (found["9.5億元"].currency, found["2億元"].currency) == ("CNY", "CNY")
    assert found["35億元"].currency == "HKD"  # a new sentence: the article's own again
    mixed = by_text("某公司公布。\n某公司海外收入5亿美元，国内利润8,000万元。\n某台企营收新台币210亿元，净利31亿元。")
    assert mixed["8,000万元"].currency == "CNY"  # 美元 names no 元: the article's own
    assert mixed["31亿元"].currency == "TWD"


def test_taiwan_and_hong_kong_results_words_show_where_a_traditional_article_is_from():
    """法說會, 純益, 每股盈餘, 執行長 (Taiwan's words for an earnings call, net profit, EPS, CEO) and 溢利, 呎租
    (Hong Kong's for profit, rent per foot): with no place named, a bare 元 is TWD or HKD. 按年 (year on year) is no
    such word: Hong Kong papers write it of the mainland's figures too."""
    assert {f.currency for f in extract("簡訊\n某某電子第二季稅後純益9.2億元，每股盈餘1.15元。").facts
            if f.unit == "元"} == {"TWD"}
    assert {f.currency for f in extract("簡訊\n執行長在法說會上說，新廠擴建經費約60億元。").facts
            if f.unit == "元"} == {"TWD"}
    assert {f.currency for f in extract("簡訊\n某某置業中期股東應佔溢利為21億元。").facts if f.unit == "元"} == {"HKD"}
    assert {f.currency for f in extract("簡訊\n甲區舖位呎租跌至約300元。").facts if f.unit == "元"} == {"HKD"}
    assert {f.currency for f in extract("簡訊\n某省社會消費品零售總額按年升5%至3200億元。").facts
            if f.unit == "元"} == {"CNY"}


def test_taiwan_budget_and_hong_kong_tax_words_show_where_a_traditional_article_is_from():
    """歲入, 營業利益 (Taiwan's revenue of a budget, operating profit) and 末期息, 薪俸稅, 利得稅 (Hong Kong's final
    dividend, salaries and profits tax)."""
    assert {f.currency for f in extract("簡訊\n乙縣明年歲入預算為310億元。").facts if f.unit == "元"} == {"TWD"}
    assert {f.currency for f in extract("簡訊\n某某光學第三季營業利益為7億元。").facts if f.unit == "元"} == {"TWD"}
    assert {f.currency for f in extract("簡訊\n某某地產派末期息0.8元。").facts if f.unit == "元"} == {"HKD"}
    assert {f.currency for f in extract("簡訊\n當局擬寬減薪俸稅，每人最多6,000元。").facts if f.unit == "元"} == {"HKD"}


def test_a_count_of_machines_is_no_taiwan_cue():
    """N臺電腦, 兩台電視: 台 is the measure word of machines after a numeral, not the start of 台電 (Taiwan's power
    company), so a mainland text in traditional script keeps CNY; 台電 itself still tells Taiwan."""
    for raw in ("某縣投資900多萬元，添置了近300臺電腦。", "某校購入兩台電視，共花費3萬元。"):
        assert default_currency(convert(raw).text, raw) == "CNY"
    raw = "台電今年預估虧損150億元。"
    assert default_currency(convert(raw).text, raw) == "TWD"
