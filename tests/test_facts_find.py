"""find: the orchestrator's output records, offsets and the look-ups it relies on."""

import random
from dataclasses import astuple

from pipeline import extract
from pipeline.facts.lexicon import Endings
from pipeline.facts.view import SpanIndex
from pipeline.records import FACT_COLUMNS, Fact
from tests.helpers import document_view


def test_offsets_slice_the_raw_text():
    raw = "截至６月底，長沙新增企業超１２０００家，增長８．５％。"
    result = extract(raw)
    assert result.facts
    for fact in result.facts:
        assert raw[fact.start : fact.end] == fact.text


def test_span_and_ending_lookups_agree_with_a_scan():
    """The bisect and by-length look-ups the decisions use for speed give what a scan over every span or word gives."""
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
    """find_facts fills Facts directly (records.fact_from_fields): each must be what Fact(...) would build."""
    found = extract("全年粮食产量下降3.5%，营收达到3亿元。").facts
    assert found
    for fact in found:
        assert tuple(fact.__dict__) == FACT_COLUMNS
        assert fact == Fact(*astuple(fact))


def test_a_decrease_given_as_a_range_keeps_value_max_the_upper_end():
    (cut,) = extract("碳强度减少65%至70%。").facts
    assert (cut.value, cut.value_max) == (-70, -65)
    (rise,) = extract("销量增长5到40倍。").facts
    assert (rise.value, rise.value_max) == (5, 40)


def test_a_field_of_punctuation_alone_is_written_empty():
    """'-' is how gold writes an empty field, and a prediction may not use it: the default run reads its own output
    back to score it."""
    from pipeline.facts.find import field_text

    assert field_text("- 宽减3成", (0, 2)) == ""
    assert field_text("- 宽减3成", (2, 4)) == "宽减"
    assert field_text("abc", None) == ""


def test_a_field_of_punctuation_alone_is_empty() -> None:
    """A field holds its text when one character of it is a letter, a digit or a character (str.isalnum, read by
    one regex search): not '- ', '_' or '（）'."""
    from pipeline.facts.find import field_text

    raw = "- _（）营收Q3"
    assert field_text(raw, (0, 2)) == "" and field_text(raw, (2, 3)) == "" and field_text(raw, (3, 5)) == ""
    assert field_text(raw, (5, 7)) == "营收" and field_text(raw, (7, 9)) == "Q3" and field_text(raw, None) == ""


def test_a_run_without_punctuation_is_read_in_bounded_clauses_and_sentences():
    """A list of figures with no comma or full stop (a flattened table) is cut at word starts every MAX_CLAUSE and
    MAX_SENTENCE characters, so each row's sentence stays short and scans within a clause stay bounded."""
    from pipeline.facts.view import MAX_CLAUSE, MAX_SENTENCE, _with_cuts

    starts = list(range(0, 1000, 3))  # a word every 3 characters
    cuts = _with_cuts([500], starts, 1000, 200, after=0)
    assert cuts == [198, 396, 500, 699, 897]
    assert all(b - a <= 200 for a, b in zip([0, *cuts], [*cuts, 1000]))
    assert _with_cuts([10, 20], starts, 30, 200, after=1) == [10, 20]  # short units are left as they are
    facts = extract("甲地5吨乙地6吨" * 400).facts
    assert len(facts) == 800 and max(len(f.sentence) for f in facts) <= MAX_SENTENCE
    assert MAX_CLAUSE < MAX_SENTENCE


def test_a_space_between_words_ends_a_clause_of_a_headline_or_a_heading_only():
    text = "甲地产量创新高　乙地价格回落\n## 丙区扩建　丁区停工\n报告 显示，戊地增长5%。"
    view = document_view(text)
    assert view.clause_start(text.index("乙地")) == text.index("乙地")
    assert view.clause_start(text.index("丁区")) == text.index("丁区")
    assert view.clause_start(text.index("显示")) == text.index("报告")  # (a space in prose parts no clause)
    assert view.sentence_start(text.index("乙地")) == 0  # (a clause, not a sentence: 每流失1人　其余每人多1项)


def test_a_long_run_of_digits_is_read_in_pieces():
    from pipeline.numerals.lexer import CORE, MAX_CORE_PIECES

    assert CORE.match("一" * 5000).end() == MAX_CORE_PIECES + 1  # (Arabic digits are one piece, read in one pass)
    assert CORE.match("一千二百三十四万五千六百七十八").end() == 15


def test_a_table_whose_corner_names_tiers_is_measured_by_its_columns():
    # | 套餐 | 月费 |: the corner says each row is a plan (table_holder_corners.txt), so the columns name the measures
    facts = {f.text: f for f in extract("| 套餐 | 月費 | 流量 |\n|---|---|---|\n| 基本 | 98元 | 10GB |\n"
                                        "| 尊享 | 198元 | 50GB |").facts}
    assert (facts["198元"].metric, facts["50GB"].metric, facts["198元"].subject) == ("月費", "流量", "尊享")
