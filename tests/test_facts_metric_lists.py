"""metric and role in lists, reliefs, documents and moves: made-up sentences of each family, both scripts."""

from pipeline import extract


def by_text(text):
    return {f.text: f for f in extract(text).facts}


def test_a_share_before_a_charge_and_its_relief_is_named_by_the_relief():
    # not by a length cue (为期) or a verb of the clause before
    found = by_text("當局延長措施，為期6個月；受影響商戶可獲五成租金寬免。")
    assert (found["五成"].role, found["五成"].value, found["五成"].metric) == ("change", -50, "租金寬免")
    found = by_text("措施为期一年，中小企可享八成牌照费减免。")
    assert found["八成"].metric == "牌照费减免"
    found = by_text("计划为期两年，期间小微企业可获得百分之百的租金减免。")
    assert found["百分之百"].metric == "租金减免"

