"""role: sizes of moves said with 多 / 少 between a level left and a level reached (made-up sentences)."""

from pipeline import extract


def by_text(text):
    return {f.text: f for f in extract(text).facts}


def test_more_or_less_between_a_level_left_and_a_level_reached_is_a_change():
    found = by_text("某區上月成交由80宗大幅少四成至48宗。")
    assert (found["四成"].role, found["四成"].value) == ("change", -40)
    assert found["48宗"].role == "amount"
    found = by_text("乙商場客流由去年的5萬人次多兩成至6萬人次。")
    assert (found["兩成"].role, found["兩成"].value) == ("change", 20)
    found = by_text("至于丙区，则从上年72宗，一下子少了五成到今年36宗。")
    assert (found["五成"].role, found["五成"].value) == ("change", -50)


def test_more_after_a_completed_move_in_its_own_clause_is_left_alone():
    found = by_text("某區由100宗增至120宗，多兩成。")
    assert found["兩成"].role == "amount"  # (no level reached after it: this rule says nothing)


def test_a_rate_said_higher_or_lower_by_a_figure_is_a_change():
    found = by_text("受訪者中，吸煙者患病的機率高近一倍。")
    assert (found["近一倍"].role, found["近一倍"].value) == ("change", 1)
    found = by_text("该组患者的死亡率低约两成，住院率高15%。")
    assert (found["约两成"].role, found["约两成"].value) == ("change", -20)
    assert (found["15%"].role, found["15%"].value) == ("change", 15)


def test_a_rate_reaching_or_capped_at_a_figure_stays_a_level():
    found = by_text("某市失业率高达5%，某银行利率最高3%，其贷款利率低至2.5%。")
    assert all(found[t].role == "amount" for t in ("5%", "最高3%", "低至2.5%"))


def test_a_share_after_a_verb_and_its_object_with_a_superlative_or_a_time_is_a_change():
    """下调 + object + share: the object may carry a superlative (最優惠) or the time it is for (全年, 明年)."""
    found = by_text("簡訊\n丁銀行宣布下調最優惠利率0.25厘至5.5厘。")
    assert (found["0.25厘"].role, found["0.25厘"].value) == ("change", -0.25)
    assert found["5.5厘"].role == "amount"
    found = by_text("简讯\n戊银行下调最优惠利率0.2%。")
    assert (found["0.2%"].role, found["0.2%"].value) == ("change", -0.2)
    found = by_text("簡訊\n某某科技調高全年出貨目標15%，至800萬台。")
    assert (found["15%"].role, found["15%"].value) == ("change", 15)
    found = by_text("简讯\n乙集团下调明年销售目标一成。")
    assert (found["一成"].role, found["一成"].value) == ("change", -10)


def test_a_longer_object_of_a_verb_of_change_still_makes_its_share_a_change():
    """下調 + a seven-character object (最優惠貸款利率) + a share: the object still reaches back to the verb."""
    found = by_text("簡訊\n己銀行宣布下調最優惠貸款利率0.25厘。")
    assert (found["0.25厘"].role, found["0.25厘"].value) == ("change", -0.25)


def test_points_that_size_a_move_named_before_them_are_a_change():
    """跌幅收窄至 / 升幅擴大至 + points: how far an index moved, not the level it reached (made-up market reports)."""
    found = by_text("甲指數午後跌幅收窄至48點，收報6,120點。")
    assert (found["48點"].role, found["48點"].value) == ("change", -48)
    assert (found["6,120點"].role, found["6,120點"].value) == ("amount", 6120)
    found = by_text("乙指数升幅一度扩大至逾320点，全日升幅为120点。")
    assert (found["逾320点"].role, found["逾320点"].value) == ("change", 320)
    assert (found["120点"].role, found["120点"].value) == ("change", 120)
    found = by_text("丙货币兑美元贬值幅度扩大至300点子。")
    assert (found["300点子"].role, found["300点子"].value) == ("change", -300)


def test_points_of_an_index_named_after_its_move_stay_a_level():
    found = by_text("升幅较大的丁指数收报4500点。")
    assert (found["4500点"].role, found["4500点"].value) == ("amount", 4500)
    found = by_text("跌幅最大的戊指数报6100点。")
    assert (found["6100点"].role, found["6100点"].value) == ("amount", 6100)


def test_a_cut_or_an_enlargement_said_by_its_verb_is_a_change():
    """压缩, 精简, 砍掉, 扩充, 转弱 after the measure: the share is how far the measure moved."""
    found = by_text("某局今年行政开支压缩15%，审批环节精简四成。")
    assert (found["15%"].role, found["15%"].value) == ("change", -15)
    assert (found["四成"].role, found["四成"].value) == ("change", -40)
    found = by_text("乙公司將營運成本砍掉三成，病床數目則擴充兩成。")
    assert (found["三成"].role, found["三成"].value) == ("change", -30)
    assert (found["兩成"].role, found["兩成"].value) == ("change", 20)
    found = by_text("丙指数当日转弱0.6%。")
    assert (found["0.6%"].role, found["0.6%"].value) == ("change", -0.6)


def test_a_cut_to_a_figure_stays_a_level():
    assert by_text("审批时限压缩至5个工作日。")["5个工作日"].role == "amount"
    assert by_text("某院床位扩充到800张。")["800张"].role == "amount"


def test_a_cantonese_comparative_with_guo_is_a_gap():
    """高過 / 平過 / 貴過 + a benchmark + a figure: Cantonese's 過 for 于, a difference against the benchmark."""
    found = by_text("某新盤呎價平過同區一成。")
    assert (found["一成"].role, found["一成"].value) == ("change", -10)
    found = by_text("乙商場租金貴過去年一成半。")
    assert (found["一成半"].role, found["一成半"].value) == ("change", 15)
    found = by_text("今年楼价高过去年约8%。")
    assert (found["约8%"].role, found["约8%"].value) == ("change", 8)


def test_more_than_a_figure_with_guo_stays_a_bound():
    found = by_text("入场人数多过一万人。")
    assert (found["多过一万人"].role, found["多过一万人"].qualifier) == ("amount", "at_least")
