from pipeline.convert import convert, to_half_width, to_simplified


def test_traditional_to_simplified_keeps_length():
    raw = "長沙高新技術企業增至8609家，同比增長29%"
    text = to_simplified(raw)
    assert text == "长沙高新技术企业增至8609家，同比增长29%"
    assert len(text) == len(raw)


def test_full_width_forms_become_half_width():
    assert to_half_width("１２３．５％，ＡＢＣ（）\u3000") == "123.5%,ABC() "


def test_convert_offsets_point_into_raw_text():
    raw = "截至今年上半年，長沙累計實施近百個國際科技合作項目，超４３０億元"
    converted = convert(raw)
    assert len(converted.text) == len(raw)
    start = converted.text.index("430亿元")
    assert raw[slice(*converted.raw_span(start, start + 5))] == "４３０億元"


def test_phrase_conversion_that_would_change_length_falls_back_per_character():
    raw = "頭髮乾燥\n後來\n"
    text = to_simplified(raw)
    assert len(text) == len(raw)
    assert text.splitlines() == ["头发干燥", "后来"]


def test_line_endings_and_control_characters_keep_their_place():
    raw = "第一行\r\n第二行\x00\r第三行"
    assert len(convert(raw).text) == len(raw)
