from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import extract
from pipeline.text.segment import blank_nlp
from pipeline.text.tokens import Token, cut_at_edges


def test_doc_text_is_the_raw_text_and_norms_are_simplified():
    nlp = blank_nlp()
    raw = "長沙高新技術企業增至８６０９家"
    doc = nlp(raw)
    assert doc.text == raw
    assert doc._.zh_text == "长沙高新技术企业增至8609家"
    assert "".join(t.norm_ for t in doc) == doc._.zh_text
    assert all(t.tag_ for t in doc)


def test_user_dictionary_keeps_units_whole():
    doc = blank_nlp()("同比增长2.1个百分点")
    assert "个百分点" in [t.norm_ for t in doc]


def test_grid_connection_is_one_word():
    """并网 (connected to the grid): jieba cut it into 并/c 网/n, and the metric of 新增并网装机 began at 网."""
    assert "并网" in [t.norm_ for t in blank_nlp()("某省今年新增并網裝機約300萬千瓦")]
    assert extract("某省今年新增并网装机约300万千瓦。").facts[0].metric.endswith("并网装机")


def test_pos_tags_can_be_switched_off():
    doc = blank_nlp(pos=False)("长沙是湖南的省会")
    assert {t.tag_ for t in doc} == {"x"}


def test_a_latin_word_is_not_cut_at_a_unit_of_the_user_dictionary():
    from pipeline.text.segment import blank_nlp

    assert "GBV" in [t.text for t in blank_nlp()("总预订交易额（GBV）达到272亿美元")]


def test_a_latin_word_with_a_hyphen_inside_is_one_word():
    """Wi-Fi, X-ray: jieba cuts at the hyphen; a metric or a product name must not start in the middle."""
    assert "Wi-Fi" in [t.norm_ for t in blank_nlp()("新款Wi-Fi 7路由器售价1299元")]
    fact = extract("新款Wi-Fi 7路由器售价1299元。").facts[0]
    assert (fact.metric, fact.subject) == ("新款Wi-Fi 7路由器售价", "Wi-Fi 7")


def test_digits_glued_to_capitals_that_are_no_unit_are_one_word():
    """5G, 3D, 4S: jieba cuts after the digits, and a metric that starts at the letter reads G基站, D打印."""
    words = [t.norm_ for t in blank_nlp()("全市5G基站达3万个，3D打印企业20家，4K片源")]
    assert "5G" in words and "3D" in words
    assert "4" in words  # 4K: K after a digit may be a magnitude, so it stays apart
    assert [t.norm_ for t in blank_nlp()("内存128GB，工艺5nm")][1:3] == ["128", "GB"]
    metrics = {f.text: f.metric for f in extract("全省5G基站总数达到8.6万个，4G用户达2100万户。").facts}
    assert "5G基站" in metrics["8.6万个"] and metrics["2100万户"] == "4G用户"


def test_a_word_running_past_a_date_is_cut_at_the_date_end():
    tokens = [Token(0, 1, "6", "m"), Token(1, 2, "月", "m"), Token(2, 4, "29", "m"), Token(4, 6, "日均", "j"),
              Token(6, 8, "跌破", "v")]
    cut = cut_at_edges(tokens, [5])
    assert [(t.text, t.tag) for t in cut] == [("6", "m"), ("月", "m"), ("29", "m"), ("日", "m"), ("均", "d"),
                                              ("跌破", "v")]
    assert cut_at_edges(tokens, [4]) == tokens  # a word that starts at the end is left whole


def test_no_metric_starts_inside_a_date():
    """这些ETF规模持续缩水，6月29日均跌破千亿元: jieba's 日均 (daily average) is 日 of the date and 均 (all)."""
    facts = {f.text: f for f in extract("这些ETF规模持续缩水，6月29日均跌破千亿元。").facts}
    assert facts["跌破千亿元"].metric != "日均"


def test_a_word_running_into_a_figure_is_cut_where_the_figure_starts():
    tokens = [Token(0, 2, "发现", "v"), Token(2, 4, "率约", "d"), Token(4, 6, "60", "m")]
    assert [(t.text, t.tag) for t in cut_at_edges(tokens, [], [3])] == [("发现", "v"), ("率", "d"), ("约", "m"),
                                                                         ("60", "m")]


def test_a_word_running_into_a_time_phrase_is_cut_where_the_time_starts():
    tokens = [Token(0, 3, "较前年", "n"), Token(3, 5, "增加", "v")]
    assert [(t.text, t.tag) for t in cut_at_edges(tokens, [], [], [1])] == [("较", "n"), ("前年", "t"), ("增加", "v")]


def test_a_word_running_past_a_figure_is_cut_at_the_figure_end_unless_it_is_a_time_word():
    """3成冻薪: jieba's 成冻/v is the unit 成 and 冻, keeping the tag; 30年来/t stays one time word."""
    tokens = [Token(0, 1, "3", "m"), Token(1, 3, "成冻", "v"), Token(3, 4, "薪", "n")]
    assert [(t.text, t.tag) for t in cut_at_edges(tokens, [], figure_ends=[2])] == [
        ("3", "m"), ("成", "m"), ("冻", "v"), ("薪", "n")]
    time = [Token(0, 2, "30", "m"), Token(2, 4, "年来", "t")]
    assert cut_at_edges(time, [], figure_ends=[3]) == time


def test_a_word_of_everyday_text_is_common_and_a_brand_is_not():
    from pipeline.text.segment import is_common_word

    assert is_common_word("建筑") and is_common_word("啤酒")
    assert not is_common_word("茅台") and not is_common_word("华强")


def test_in_dictionary_knows_the_words_jieba_lists_and_not_the_ones_it_only_guesses():
    from pipeline.text.segment import in_dictionary

    assert in_dictionary("城市交通") and in_dictionary("国务院")  # jieba's own word, one of our institutions
    assert not in_dictionary("华岭汇能")


def test_dictionary_tag_is_jieba_s_tag_out_of_context():
    from pipeline.text.segment import dictionary_tag

    assert dictionary_tag("清华") == "nz" and dictionary_tag("商业") == "n"
    assert dictionary_tag("华岭汇能") is None


def test_a_one_character_rest_that_makes_a_noun_with_the_next_word_is_that_noun():
    """3月均/j 价/n: the date's 月, then 均价 (a dictionary noun), not the adverb 均 and a lone 价."""
    tokens = [Token(0, 1, "3", "x"), Token(1, 3, "月均", "j"), Token(3, 4, "价", "n"), Token(4, 6, "上升", "v")]
    nouns = {"均价": "n"}.get
    assert [(t.text, t.tag) for t in cut_at_edges(tokens, [2], noun_tag=nouns)] == [
        ("3", "x"), ("月", "m"), ("均价", "n"), ("上升", "v")]
    falls = [Token(0, 1, "9", "m"), Token(1, 3, "日均", "j"), Token(3, 5, "跌破", "v")]  # 均跌破 is no noun
    assert [(t.text, t.tag) for t in cut_at_edges(falls, [2], noun_tag=nouns)][-2:] == [("均", "d"), ("跌破", "v")]


def _cut_word_by_word(tokens, ends, starts=(), times=(), figure_ends=(), noun_tag=lambda word: None):
    """`cut_at_edges` as it was first written, one bisect per word: the reference the faster one must match."""
    import bisect

    cuts = ({at: "time" for at in times} | {at: "figure_end" for at in figure_ends} | {at: "end" for at in ends}
            | {at: "start" for at in starts})
    order = sorted(cuts)
    out, joined = [], -1
    for i, tok in enumerate(tokens):
        if i == joined:
            continue
        k = bisect.bisect_right(order, tok.start)
        if k < len(order) and order[k] < tok.end and (cuts[order[k]] != "figure_end" or tok.tag != "t"):
            at = order[k]
            head, rest = tok.text[: at - tok.start], tok.text[at - tok.start :]
            if cuts[at] in ("end", "figure_end"):
                out.append(Token(tok.start, at, head, "m"))
                one_char = cuts[at] == "end" and len(rest) == 1
                following = tokens[i + 1] if one_char and i + 1 < len(tokens) else None
                if following and following.start == tok.end and (noun_tag(rest + following.text) or "").startswith("n"):
                    out.append(Token(at, following.end, rest + following.text, "n"))
                    joined = i + 1
                else:
                    out.append(Token(at, tok.end, rest, "d" if one_char else tok.tag))
            else:
                out.append(Token(tok.start, at, head, tok.tag))
                out.append(Token(at, tok.end, rest, "m" if cuts[at] == "start" else "t"))
        else:
            out.append(tok)
    return out


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 4), st.sampled_from(["n", "t", "v", "m"])), max_size=12),
       *[st.lists(st.integers(0, 40), max_size=5) for _ in range(4)])
def test_cutting_from_the_cuts_matches_cutting_word_by_word(words, ends, starts, times, figure_ends) -> None:
    """The cuts are looked up from the cut positions, not word by word; the words must come out the same, joins
    (均 + 价) and words left whole by a time tag included."""
    tokens, at = [], 0
    for size, tag in words:
        tokens.append(Token(at, at + size, "均价甲乙"[:size], tag))
        at += size

    def noun_tag(word: str) -> str | None:
        return "n" if word.startswith("均") else None

    assert (cut_at_edges(tokens, ends, starts, times, figure_ends, noun_tag=noun_tag)
            == _cut_word_by_word(tokens, ends, starts, times, figure_ends, noun_tag=noun_tag))


def test_a_conjunction_cut_off_a_word_that_ran_into_a_figure_keeps_its_own_tag():
    tokens = [Token(0, 2, "成本", "n"), Token(2, 4, "和约", "n"), Token(4, 6, "30", "m")]
    cut = cut_at_edges(tokens, [], [3], noun_tag={"和": "c"}.get)
    assert [(t.text, t.tag) for t in cut] == [("成本", "n"), ("和", "c"), ("约", "m"), ("30", "m")]
    facts = {f.text: f for f in extract("可覆盖约20%的硅片用量和约一半的靶材用量。").facts}
    assert facts["约20%"].metric == "硅片用量"
