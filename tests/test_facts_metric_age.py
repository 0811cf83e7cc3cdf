"""metric of an age: a person's stated age is measured as 年龄 (年齡 in a traditional article), while an age
measure named in the text (最低入学年龄, 平均寿命) or an act (开始吸烟) keeps its own words (made-up sentences)."""

import pytest

from pipeline import extract


def by_text(text):
    return {f.text: f for f in extract(text).facts}


@pytest.mark.parametrize(("text", "figure", "wanted"), [
    ("某某科技创始人张三现年62岁，曾任甲公司总经理。", "62岁", "年龄"),
    ("公司董事長李四今年58歲，早年留學美國。", "58歲", "年齡"),
    ("据悉，王五（45岁）此前在乙集团任职。", "45岁", "年龄"),
    ("該男子現年35歲，被警方拘捕。", "35歲", "年齡"),
    ("两名死者分别为32岁和41岁。", "41岁", "年龄"),
    ("據報，陳姓女子（27歲）於上月失蹤。", "27歲", "年齡"),
    ("新任總經理林某今年51歲，將於下月上任。", "51歲", "年齡"),
])
def test_a_persons_stated_age_is_measured_as_age(text, figure, wanted):
    """现年62岁, 某某（45岁）: the article writes no measure for a person's age; gold names it 年龄 (D4), in the
    article's script."""
    assert by_text(text)[figure].metric == wanted


@pytest.mark.parametrize(("text", "figure", "wanted"), [
    ("最低入学年龄为6岁。", "6岁", "入学年龄"),
    ("甲市居民平均寿命为81.5岁。", "81.5岁", "平均寿命"),
    ("受訪者首次吸煙時平均年齡是17歲。", "17歲", "平均年齡"),
])
def test_an_age_measure_named_in_the_text_keeps_its_words(text, figure, wanted):
    """最低入学年龄为6岁, 平均寿命为81.5岁: the text names the measure of the age; it stays."""
    assert wanted in by_text(text)[figure].metric


@pytest.mark.parametrize(("text", "figure", "wanted"), [
    ("某某科技董事长张三今年60岁，比总经理李四大8岁。", "8岁", "年龄"),
    ("甲公司新任總裁王五現年45歲，較前任年輕10歲。", "10歲", "年齡"),
])
def test_a_gap_between_two_persons_ages_is_a_change_of_age(text, figure, wanted):
    """比某某大8岁, 较前任年轻10岁: a difference of persons' ages is a change of 年龄, not of the phrase before."""
    assert by_text(text)[figure].metric == wanted


def test_a_change_of_an_age_measure_keeps_its_words():
    assert "平均年龄" in by_text("该市居民平均年龄上升2岁。")["2岁"].metric
