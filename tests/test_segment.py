from pipeline.text.segment import blank_nlp


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


def test_pos_tags_can_be_switched_off():
    doc = blank_nlp(pos=False)("长沙是湖南的省会")
    assert {t.tag_ for t in doc} == {"x"}


def test_a_latin_word_is_not_cut_at_a_unit_of_the_user_dictionary():
    from pipeline.text.segment import blank_nlp

    assert "GBV" in [t.text for t in blank_nlp()("总预订交易额（GBV）达到272亿美元")]
