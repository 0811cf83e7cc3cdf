"""The facts stage on hand-made sentences: what is a fact, and its role, metric, period and currency."""

import pytest

from pipeline import extract


def facts(text):
    return extract(text).facts


def by_text(text):
    return {f.text: f for f in facts(text)}


def test_change_refers_to_the_metric_before_it():
    found = by_text("截至9月，该市规模以上工业企业增至1520家，同比增长12%。")
    assert found["1520家"].role == "amount"
    assert found["1520家"].metric == "规模以上工业企业"
    assert found["12%"].role == "change"
    assert found["12%"].metric == "规模以上工业企业"
    assert found["12%"].period == "截至9月"


def test_decrease_is_a_negative_change():
    found = by_text("全年粮食产量下降3.5%。")
    assert found["3.5%"].role == "change"
    assert found["3.5%"].value == -3.5


def test_rank_and_traditional_script():
    found = by_text("2023年，該市在全國營商環境排名中升至第15位。")
    fact = found["第15位"]
    assert (fact.role, fact.value, fact.metric) == ("rank", 15, "全國營商環境排名")
    assert fact.period == "2023年"


def test_dates_are_not_facts_but_set_the_period():
    found = by_text("2022年，全市新增就业岗位8.2万个。")
    assert "2022年" not in found
    assert found["8.2万个"].value == 82000
    assert found["8.2万个"].period == "2022年"


def test_comparison_point_is_not_the_period():
    found = by_text("出口额比去年同期增加200亿元。")
    assert found["200亿元"].period == ""


@pytest.mark.parametrize(
    "text", ["研发了T800型号", "他是「211」高校毕业", "一群00后创业者", "入选全球500强", "推动一带一路建设"]
)
def test_numbers_inside_names_and_labels_are_not_facts(text):
    assert facts(text) == []


@pytest.mark.parametrize("text", ["桌上放着一台电脑。", "他做了一个决定。", "楼房一栋栋拔地而起。"])
def test_article_one_and_reduplication_are_not_facts(text):
    assert facts(text) == []


def test_duration_framing_another_figure_is_its_period():
    found = by_text("近五年，全市累计引进企业超300家。")
    assert "近五年" not in found
    assert found["超300家"].period == "近五年"
    assert found["超300家"].qualifier == "at_least"


def test_duration_that_is_the_figure_is_a_fact():
    found = by_text("这座大桥历经8年建成。")
    assert found["8年"].unit == "年"


def test_respectively_shares_metrics_out_in_order():
    found = by_text("今年该省在两项榜单中分列第5位和第8位，较上年分别上升2位、3位。")
    assert found["2位"].role == "change"
    assert found["2位"].metric == found["第5位"].metric
    assert found["3位"].metric == found["第8位"].metric


def test_currency_note_sets_the_currency_of_what_follows():
    text = "某公司在台灣的營收達50億元（新台幣，下同），利潤達3億元。"
    found = by_text(text)
    assert found["50億元"].currency == "TWD"
    assert found["3億元"].currency == "TWD"


def test_currency_defaults_to_cny_and_names_win():
    found = by_text("项目投资20亿元，另获10亿美元贷款。")
    assert found["20亿元"].currency == "CNY"
    assert found["10亿美元"].currency == "USD"


def test_label_line_above_a_figure_gives_its_metric():
    text = "## 年度成績單\n\n新增上市公司\n\n達12家，增長20%\n"
    found = by_text(text)
    assert found["12家"].metric == "新增上市公司"
    assert found["20%"].metric == "新增上市公司"
    assert found["20%"].role == "change"
    assert found["12家"].section == "年度成績單"


def test_offsets_slice_the_raw_text():
    raw = "截至６月底，長沙新增企業超１２０００家，增長８．５％。"
    result = extract(raw)
    assert result.facts
    for fact in result.facts:
        assert raw[fact.start : fact.end] == fact.text


def test_an_aside_in_brackets_does_not_hide_the_metric():
    found = by_text("全市固定资产投资（不含农户）1200亿元，同比增长3.0%，增速回落0.1个百分点。")
    assert found["1200亿元"].metric == "全市固定资产投资"
    assert found["0.1个百分点"].value == -0.1


def test_taiwan_article_quarter_and_currency():
    found = by_text("某電子公司公布第三季財報，營收達新台幣759.6億元，年增36.5%，每股純益12.54元。")
    assert "第三" not in found
    assert found["新台幣759.6億元"].metric == "營收"
    assert found["新台幣759.6億元"].period == "第三季"
    assert found["36.5%"].role == "change"
    assert found["12.54元"].currency == "TWD"


def test_verbs_of_closing_are_not_part_of_the_metric():
    found = by_text("当日，深证成指收报9050.93点，跌幅0.54%，两市成交额约8000亿元。")
    assert found["9050.93点"].metric == "深证成指"
    assert found["0.54%"].role == "change"


def test_span_and_ending_lookups_agree_with_a_scan():
    """The bisect and by-length look-ups the finder uses for speed give what a scan over every span or word gives."""
    import random

    from pipeline.facts.lexicon import Endings
    from pipeline.facts.view import SpanIndex

    rng = random.Random(7)
    for _ in range(200):
        spans = [(s, s + rng.randint(0, 8)) for s in (rng.randint(0, 40) for _ in range(rng.randint(0, 8)))]
        start = rng.randint(0, 45)
        end = start + rng.randint(0, 6)
        assert SpanIndex(spans).enclose(start, end) == any(s <= start and end <= e for s, e in spans)
    words = ["增长", "同比增长", "长", "下降", "比"]
    endings = Endings(words)
    for text in ["同比增长", "增长", "下降了", "对比", "长", "", "价格上涨"]:
        for limit in (None, 0, 1, 2, 3):
            fits = [w for w in sorted(words, key=len, reverse=True)
                    if text.endswith(w) and (limit is None or len(w) <= limit)]
            assert endings.longest_ending(text, limit) == (fits[0] if fits else None)


def test_facts_built_without_init_are_whole_dataclass_records():
    """find_facts fills Facts' fields directly (pipeline.facts.find._fact): each must be what Fact(...) would build."""
    from dataclasses import astuple

    from pipeline.records import FACT_COLUMNS, Fact

    found = facts("全年粮食产量下降3.5%，营收达到3亿元。")
    assert found
    for fact in found:
        assert tuple(fact.__dict__) == FACT_COLUMNS
        assert fact == Fact(*astuple(fact))
