"""The scorer on tiny hand-made cases: one test per criterion of ../shared/ANNOTATION.md "Scoring"."""

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.eval.compare import dice, max_matching, metric_similar, normalize, period_agrees
from pipeline.eval.gold import GoldError, read_facts
from pipeline.eval.score import PRF, SCORECARD_SECTION, score


def fact(start, end, value=5.0, *, doc_id="d", text=None, value_max=None, unit="家", currency="",
         qualifier="exact", role="amount", metric="企业", period="", section=""):
    return {
        "doc_id": doc_id, "start": start, "end": end, "text": text or "x" * (end - start),
        "value": value, "value_max": value_max, "unit": unit, "currency": currency, "qualifier": qualifier,
        "role": role, "metric": metric, "period": period, "section": section,
    }


def ent(start, end, label="ORG", *, doc_id="d"):
    return {"doc_id": doc_id, "start": start, "end": end, "text": "x" * (end - start), "label": label}


def facts_only(gold, pred, **kwargs):
    return score(gold, pred, [], [], **kwargs)


def matched(gold, pred, **kwargs):
    """(quantities matched, facts matched)."""
    report = facts_only(gold, pred, **kwargs)
    return report.overall.quantities.matched, report.overall.facts.matched


# ---------------------------------------------------------------- normalisation


def test_normalize_traditional_full_width_and_quotes():
    assert normalize("「長沙」打造《全球》研發中心") == "长沙打造全球研发中心"
    assert normalize("『長沙』“打造”") == normalize("长沙打造")
    assert normalize("２９％") == "29%"
    assert normalize(" 高新 技術、企業（含“專精特新”）") == "高新技术企业含专精特新"
    assert normalize("元／人") == "元/人"  # a unit's slash and percent sign survive


def test_normalize_strips_spaces_and_punctuation_only():
    assert normalize("CPU 效能\u3000提升！") == "CPU效能提升"
    assert normalize("") == ""


# ---------------------------------------------------------------- quantity criteria


def test_identical_rows_score_one():
    gold = [fact(0, 3), fact(10, 14, 29, unit="%", role="change")]
    report = facts_only(gold, [dict(r) for r in gold])
    for prf in (report.overall.quantities, report.overall.facts):
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)


def test_spans_must_overlap():
    assert matched([fact(0, 3)], [fact(1, 5)]) == (1, 1)
    assert matched([fact(0, 3)], [fact(3, 5)]) == (0, 0)  # end is exclusive: touching is not overlapping


def test_roles_must_be_equal():
    assert matched([fact(0, 3, role="amount")], [fact(0, 3, role="change")]) == (0, 0)


def test_values_equal_within_relative_tolerance():
    assert matched([fact(0, 3, 4.3e10)], [fact(0, 3, 4.3e10 * (1 + 5e-7))]) == (1, 1)
    assert matched([fact(0, 3, 4.3e10)], [fact(0, 3, 4.3e10 * (1 + 5e-6))]) == (0, 0)
    assert matched([fact(0, 3, 0.0)], [fact(0, 3, 0.0)]) == (1, 1)


def test_range_compares_both_ends():
    gold = [fact(0, 5, 5, value_max=40, qualifier="range", unit="倍")]
    assert matched(gold, [fact(0, 5, 5, value_max=40.0, qualifier="range", unit="倍")]) == (1, 1)
    assert matched(gold, [fact(0, 5, 5, value_max=41, qualifier="range", unit="倍")]) == (0, 0)
    assert matched(gold, [fact(0, 5, 5, unit="倍")]) == (0, 0)  # value_max missing on one side


def test_units_must_agree_after_normalisation():
    assert matched([fact(0, 3, unit="项")], [fact(0, 3, unit="項")]) == (1, 1)
    assert matched([fact(0, 3, unit="%")], [fact(0, 3, unit="％")]) == (1, 1)
    assert matched([fact(0, 3, unit="家")], [fact(0, 3, unit="个")]) == (0, 0)


def test_unit_alternatives_and_dash_for_empty():
    gold = [fact(0, 3, unit="-|元")]
    assert matched(gold, [fact(0, 3, unit="")]) == (1, 1)
    assert matched(gold, [fact(0, 3, unit="元")]) == (1, 1)
    assert matched(gold, [fact(0, 3, unit="美元")]) == (0, 0)
    assert matched([fact(0, 3, unit="-")], [fact(0, 3, unit="")]) == (1, 1)
    assert matched([fact(0, 3, unit="个百分点|百分点")], [fact(0, 3, unit="百分点")]) == (1, 1)


def test_prediction_cells_are_not_split_into_alternatives():
    assert matched([fact(0, 3, unit="元")], [fact(0, 3, unit="元|家")]) == (0, 0)


def test_rank_ignores_units_but_other_roles_do_not():
    assert matched([fact(0, 3, 9, role="rank", unit="位")], [fact(0, 3, 9, role="rank", unit="")]) == (1, 1)
    gold = [fact(0, 3, 9, role="rank", unit="-|名|位")]
    assert matched(gold, [fact(0, 3, 9, role="rank", unit="个")]) == (1, 1)
    assert matched([fact(0, 3, 9, unit="位")], [fact(0, 3, 9, unit="")]) == (0, 0)


def test_rows_of_different_documents_never_match():
    assert matched([fact(0, 3, doc_id="a")], [fact(0, 3, doc_id="b")]) == (0, 0)


# ---------------------------------------------------------------- fact (metric) criterion


def test_metric_containment_matches():
    assert matched([fact(0, 3, metric="高新技術企業")], [fact(0, 3, metric="国家高新技术企业数量")]) == (1, 1)
    assert matched([fact(0, 3, metric="各類科創基金規模")], [fact(0, 3, metric="基金规模")]) == (1, 1)


def test_metric_dice_threshold():
    assert dice("高新技术企业", "高新技术公司") == 0.6  # 3 shared bigrams of 5 + 5
    assert metric_similar("高新技术企业", "高新技术公司")
    assert dice("研发投入", "研发人员") == 1 / 3
    assert not metric_similar("研发投入", "研发人员")
    assert dice("a", "ab") == 0.0  # no bigram on one side


def test_quantity_without_fact_when_metric_differs():
    report = facts_only([fact(0, 3, metric="研发投入")], [fact(0, 3, metric="研发人员")])
    assert report.overall.quantities.matched == 1
    assert report.overall.facts.matched == 0
    assert [e.kind for e in report.missed["facts"]] == ["fact"]
    assert "metric" in report.missed["facts"][0].note


def test_metric_matches_any_gold_alternative():
    gold = [fact(0, 3, metric="整體銷售量|手機市場整體銷售量")]
    assert matched(gold, [fact(0, 3, metric="手机市场整体销售量")]) == (1, 1)
    assert matched(gold, [fact(0, 3, metric="销售额")]) == (1, 0)


def test_empty_metric_matches_only_empty_or_dash():
    assert matched([fact(0, 3, metric="企业")], [fact(0, 3, metric="")]) == (1, 0)
    assert matched([fact(0, 3, metric="-|企业")], [fact(0, 3, metric="")]) == (1, 1)


def test_fact_matching_is_its_own_maximum_matching():
    """Quantity matching pairs by span; fact matching pairs by span and metric, crosswise here."""
    gold = [fact(0, 4, metric="研发投入"), fact(2, 6, metric="专利授权")]
    pred = [fact(2, 4, metric="专利授权"), fact(3, 6, metric="研发投入")]
    assert matched(gold, pred) == (2, 2)


# ---------------------------------------------------------------- one-to-one, maximum (not greedy) matching


def greedy_count(adjacency):
    """First-come pairing: each left vertex takes its first free neighbour."""
    taken = set()
    for neighbours in adjacency:
        free = next((v for v in neighbours if v not in taken), None)
        if free is not None:
            taken.add(free)
    return len(taken)


def test_maximum_matching_beats_greedy_when_first_gold_overlaps_two_predictions():
    # gold A 0:10 overlaps both predictions and prefers P1 (larger overlap); gold B 9:12 overlaps only P1.
    gold = [fact(0, 10), fact(9, 12)]
    pred = [fact(2, 10), fact(0, 2)]
    adjacency = [[0, 1], [0]]  # A: P1 then P2; B: P1
    assert greedy_count(adjacency) == 1
    assert len(max_matching(adjacency)) == 2
    report = facts_only(gold, pred)
    assert report.overall.quantities.matched == 2
    assert report.overall.facts.matched == 2
    assert report.missed["quantities"] == [] and report.spurious["quantities"] == []


def test_matching_is_one_to_one():
    report = facts_only([fact(0, 3)], [fact(0, 3), fact(1, 3)])
    assert report.overall.quantities == PRF(gold=1, predicted=2, matched=1)
    assert len(report.spurious["quantities"]) == 1
    # the exact span is preferred; the other prediction is the spurious one
    assert report.spurious["quantities"][0].start == 1


def brute_force_max(adjacency, used=frozenset(), u=0):
    if u == len(adjacency):
        return 0
    best = brute_force_max(adjacency, used, u + 1)
    for v in adjacency[u]:
        if v not in used:
            best = max(best, 1 + brute_force_max(adjacency, used | {v}, u + 1))
    return best


@given(st.lists(st.lists(st.integers(0, 5), max_size=4, unique=True), max_size=6))
def test_max_matching_is_valid_and_maximum(adjacency):
    matching = max_matching(adjacency)
    assert len(set(matching.values())) == len(matching)
    assert all(v in adjacency[u] for u, v in matching.items())
    assert len(matching) == brute_force_max(adjacency)


# ---------------------------------------------------------------- entities


def test_entities_strict_and_partial():
    gold = [ent(0, 4, "ORG"), ent(10, 12, "LOC"), ent(20, 22, "PER")]
    pred = [ent(0, 4, "ORG"), ent(10, 13, "LOC"), ent(20, 22, "LOC")]
    report = score([], [], gold, pred)
    assert report.overall.entities_strict == PRF(3, 3, 1)
    assert report.overall.entities_partial == PRF(3, 3, 2)
    assert report.by_label["LOC"]["strict"] == PRF(1, 2, 0)
    assert report.by_label["LOC"]["partial"] == PRF(1, 2, 1)
    assert report.by_label["PER"]["partial"] == PRF(1, 0, 0)
    assert report.by_label["ORG"]["strict"] == PRF(1, 1, 1)
    missed = {e.start: e.note for e in report.missed["entities"]}
    assert set(missed) == {10, 20}
    assert "label LOC vs gold PER" in missed[20]


def test_partial_entity_matching_is_one_to_one():
    report = score([], [], [ent(0, 6)], [ent(0, 2), ent(2, 6)])
    assert report.overall.entities_partial == PRF(1, 2, 1)


# ---------------------------------------------------------------- breakdowns


def test_per_role_scores():
    gold = [fact(0, 3), fact(5, 8, 29, unit="%", role="change"), fact(10, 12, 9, role="rank", unit="位")]
    pred = [fact(0, 3), fact(5, 8, 30, unit="%", role="change"), fact(10, 12, 9, role="rank")]
    report = facts_only(gold, pred)
    assert report.by_role["amount"]["quantities"] == PRF(1, 1, 1)
    assert report.by_role["change"]["quantities"] == PRF(1, 1, 0)
    assert report.by_role["rank"]["facts"] == PRF(1, 1, 1)
    assert list(report.by_role) == ["amount", "change", "rank"]


def test_per_document_scores():
    gold = [fact(0, 3, doc_id="a"), fact(0, 3, doc_id="b")]
    pred = [fact(0, 3, doc_id="a"), fact(0, 3, 6, doc_id="b")]
    report = score(gold, pred, [ent(0, 2, doc_id="a")], [])
    assert report.by_doc["a"].quantities == PRF(1, 1, 1)
    assert report.by_doc["b"].quantities == PRF(1, 1, 0)
    assert report.by_doc["a"].entities_strict == PRF(1, 0, 0)
    assert report.by_doc["b"].entities_strict == PRF(0, 0, 0)


def test_scorecard_restricts_gold_and_predictions_by_normalised_section():
    card_tw, card_cn = SCORECARD_SECTION, "长沙打造全球研发中心成绩单"
    gold = [fact(0, 3, section=card_tw), fact(10, 13, section="其他"), fact(20, 23, section=card_tw)]
    pred = [fact(0, 3, section=card_cn), fact(10, 13, section="其他"), fact(30, 33, section=card_cn)]
    report = facts_only(gold, pred)
    assert report.scorecard.quantities == PRF(gold=2, predicted=2, matched=1)
    assert report.scorecard.entities_strict is None  # entities carry no section
    assert report.overall.quantities == PRF(3, 3, 2)
    other = facts_only(gold, pred, scorecard_section="其他")
    assert other.scorecard.quantities == PRF(1, 1, 1)
    assert other.scorecard_section == "其他"


def test_scorecard_match_ignores_rows_outside_even_if_they_overlap():
    gold = [fact(0, 3, section=SCORECARD_SECTION)]
    pred = [fact(0, 3, section="")]
    assert facts_only(gold, pred).scorecard.quantities == PRF(1, 0, 0)


# ---------------------------------------------------------------- attributes of matched quantities


def test_attribute_accuracy_among_matched_quantities():
    gold = [
        fact(0, 3, qualifier="approx", currency="CNY|-", period="2024年上半年"),
        fact(5, 8, qualifier="exact", currency="CNY", period="近三年"),
        fact(10, 13, qualifier="exact", currency="", period=""),
        fact(20, 23, 7, qualifier="exact"),  # not matched: does not count
    ]
    pred = [
        fact(0, 3, qualifier="approx", currency="", period="上半年"),  # period contained
        fact(5, 8, qualifier="at_least", currency="USD", period="近三年"),
        fact(10, 13, qualifier="exact", currency="", period="2024年"),  # one empty: not equal
        fact(20, 23, 8),
    ]
    overall = facts_only(gold, pred).overall
    assert (overall.qualifier.correct, overall.qualifier.total) == (2, 3)
    assert (overall.currency.correct, overall.currency.total) == (2, 3)
    assert (overall.period.correct, overall.period.total) == (2, 3)


def test_period_agreement():
    assert period_agrees(("",), "")
    assert not period_agrees(("",), "2024年")
    assert period_agrees((normalize("兩年間"),), normalize("两年间"))
    assert period_agrees(("截至今年上半年",), "今年上半年")


def test_gold_period_alternatives_are_each_accepted():
    """`-|2031年一季度` in gold: no period, or that quarter (gold/README's decisions write period alternatives)."""
    gold = [dict(fact(0, 3), period="-|2031年一季度"), dict(fact(5, 8), period="-|2031年一季度"),
            dict(fact(10, 13), period="-|2031年一季度"), dict(fact(15, 18), period="日内|本周")]
    pred = [dict(fact(0, 3), period=""), dict(fact(5, 8), period="一季度"), dict(fact(10, 13), period="2030年"),
            dict(fact(15, 18), period="本月")]
    period = facts_only(gold, pred).overall.period
    assert (period.correct, period.total) == (2, 4)  # 2030年 and 本月 are neither alternative


def test_a_prediction_may_not_list_period_alternatives(tmp_path):
    path = tmp_path / "pred.csv"
    path.write_text("doc_id,start,end,text,value,value_max,unit,currency,qualifier,role,metric,period,section\n"
                    "d,0,2,5家,5,,家,,exact,amount,企业,2031年|本月,\n", encoding="utf-8")
    with pytest.raises(GoldError, match="alternatives"):
        read_facts(path, alternatives=False)


def test_subject_accuracy_among_matched_facts_with_a_gold_subject():
    gold = [dict(fact(0, 3), subject="海爾集團|海尔"), dict(fact(5, 8), subject="-"), fact(10, 13)]
    pred = [dict(fact(0, 3), subject="海尔"), dict(fact(5, 8), subject="长沙"), dict(fact(10, 13), subject="x")]
    subject = facts_only(gold, pred).overall.subject
    assert (subject.correct, subject.total) == (1, 2)  # the third gold row states no subject: not counted
    assert facts_only(gold[:1], [fact(0, 3)]).overall.subject.accuracy == 0.0  # no subject predicted


def test_attribute_accuracy_is_none_without_matches():
    assert facts_only([], []).overall.qualifier.accuracy is None


# ---------------------------------------------------------------- report


def test_empty_sides_conventions():
    assert PRF(0, 0, 0).f1 == 1.0
    assert (PRF(3, 0, 0).precision, PRF(3, 0, 0).recall) == (0.0, 0.0)
    assert (PRF(0, 2, 0).precision, PRF(0, 2, 0).f1) == (0.0, 0.0)
    assert math.isclose(PRF(4, 2, 2).f1, 2 * 1.0 * 0.5 / 1.5)


def test_misses_spurious_and_report_forms():
    gold = [fact(0, 3, 130, text="130項", unit="项", metric="核心技術"), fact(10, 12, 2, text="兩家")]
    pred = [fact(0, 3, 13, text="130項", unit="项", metric="核心技术", qualifier="at_least"),
            fact(40, 42, 3, text="三家")]
    gold_ents, pred_ents = [ent(0, 2, "LOC")], [ent(5, 7, "LOC")]
    report = score(gold, pred, gold_ents, pred_ents)
    missed = report.missed["quantities"]
    assert [(e.doc_id, e.start, e.end, e.text, e.value) for e in missed] == [
        ("d", 0, 3, "130項", 130), ("d", 10, 12, "兩家", 2)]
    assert "value 13 vs gold 130" in missed[0].note
    assert missed[1].note == "no prediction overlaps"
    assert [e.text for e in report.spurious["quantities"]] == ["130項", "三家"]
    assert [e.start for e in report.spurious["entities"]] == [5]
    data = report.as_dict()
    json.dumps(data, ensure_ascii=False)
    assert set(data) == {"scorecard_section", "overall", "scorecard", "by_role", "by_label", "by_doc",
                         "missed", "spurious"}
    assert set(data["overall"]) == {"quantities", "facts", "entities_strict", "entities_partial",
                                    "qualifier", "currency", "period", "subject"}
    assert data["overall"]["quantities"] == {"gold": 2, "predicted": 2, "matched": 0, "precision": 0.0,
                                             "recall": 0.0, "f1": 0.0}
    text = report.format()
    assert "quantities" in text and "missed quantities (2)" in text and "spurious entities (1)" in text
    assert "「130項」 value=130 unit=项 role=amount metric=核心技術" in text


def test_accepts_dataclass_rows_and_string_values():
    from pipeline.records import Fact

    gold = [fact(0, 3)]
    pred = [Fact("d", 0, 3, "xxx", 5.0, None, "家", "", "exact", "amount", "企业", "", "", "", "")]
    assert matched(gold, pred) == (1, 1)
    assert matched(gold, [{**fact(0, 3), "value": "5", "value_max": ""}]) == (1, 1)
