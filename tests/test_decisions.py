"""Which decision loses each gold fact: numerals, keep, value, unit, role or metric, in the pipeline's order."""

from pipeline.eval.decisions import decision_table


def fact(start, end, value=5.0, *, unit="家", role="amount", metric="企业", subject=None, **more):
    row = {"doc_id": "d", "start": start, "end": end, "text": "x" * (end - start), "value": value,
           "value_max": None, "unit": unit, "currency": "", "qualifier": "exact", "role": role, "metric": metric,
           "period": "", "section": "", **more}
    if subject is not None:
        row["subject"] = subject
    return row


def test_each_gold_fact_is_lost_at_the_first_decision_that_fails_it():
    gold = [fact(0, 2), fact(10, 12), fact(20, 22), fact(30, 32), fact(40, 42), fact(50, 52), fact(60, 62)]
    quantities = {"d": [(10, 12), (20, 22), (30, 32), (40, 42), (50, 52), (60, 62)]}  # none at 0:2
    pred = [
        fact(20, 22, 6.0),  # wrong value
        fact(30, 32, unit="个"),  # wrong unit
        fact(40, 42, role="change"),  # wrong role
        fact(50, 52, metric="营收"),  # wrong metric
        fact(60, 62),  # right
        fact(70, 72),  # no gold there
    ]  # nothing kept at 10:12
    table = decision_table(gold, quantities, pred)
    assert dict(table.lost) == {"numerals": 1, "keep": 1, "value": 1, "unit": 1, "role": 1, "metric": 1}
    assert (table.gold, table.found, table.spurious) == (7, 1, 1)


def test_attributes_are_checked_among_the_facts_found():
    gold = [fact(0, 2, subject="长沙"), fact(5, 7, period="2024年")]
    pred = [fact(0, 2, subject="长沙市"), fact(5, 7)]
    table = decision_table(gold, {"d": [(0, 2), (5, 7)]}, pred)
    assert table.attributes["subject"] == [1, 1]  # only the first gold row states a subject
    assert table.attributes["period"] == [1, 2]
    assert table.as_dict()["lost"]["metric"] == 0
