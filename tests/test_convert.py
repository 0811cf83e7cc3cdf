from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline import extract
from pipeline.text.convert import convert, to_half_width, to_simplified


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


def _opencc_line_by_line(text: str) -> str:
    """The reference `to_simplified` is measured against: OpenCC on every line, per character where a phrase
    would change the length, then the variants OpenCC leaves (script_variants.tsv: 衞, 馀)."""
    from opencc import OpenCC

    from pipeline.lexicons import table

    converter = OpenCC("t2s")
    variants = {ord(row["variant"]): row["simplified"] for row in table("script_variants.tsv")}
    out = []
    for line in text.splitlines(keepends=True):
        converted = converter.convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := converter.convert(ch)) == 1 else ch for ch in line)
        out.append(converted.translate(variants))
    # a character whose simplified form lies beyond the Basic Multilingual Plane keeps its written form
    return "".join(r if c > "\uffff" and r <= "\uffff" else c for c, r in zip("".join(out), text))


_PIECES = ["乾", "餘", "馀", "衞", "儘", "頭髮", "乾燥", "沈默", "一目瞭然", "著", "後來", "台灣", "發展", "长沙", "，",
           "\n", "a1", " "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=3), max_size=12))
def test_to_simplified_matches_opencc_line_by_line(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert to_simplified(text) == _opencc_line_by_line(text)


def test_a_character_simplified_beyond_the_bmp_keeps_its_written_form() -> None:
    # OpenCC simplifies 縯 to U+2C642, which jieba and the Han patterns of later stages do not read
    assert "縯" in to_simplified("某縯公司") and to_simplified("某縯公司").startswith("某")


def test_text_without_phrases_takes_the_character_table() -> None:
    # 乾 has two readings in OpenCC (干 乾): the first is taken, as OpenCC does
    assert to_simplified("乾隆年間，餘下的錢") == _opencc_line_by_line("乾隆年間，餘下的錢")
    assert to_simplified("纯简体文本不变") == "纯简体文本不变"


def test_variants_opencc_leaves_are_simplified_too():
    """衞 (Hong Kong's 衞生署, 世衞) is not in OpenCC's t2s table; script_variants.tsv supplies it."""
    assert convert("衞生署與世衞，擡頭").text == "卫生署与世卫,抬头"  # and the comma half-width


def test_a_rare_character_whose_simplified_form_lies_beyond_the_basic_plane_keeps_its_written_form():
    """錤 (a name's character) is U+2B4F9 in OpenCC's simplified form, which jieba reads as no Han character, and
    the name was cut there; the rest of the text is simplified as before."""
    assert convert("分析師郭明錤說").text == "分析师郭明錤说"
    found = {(e.text, e.label) for e in extract("知名苹果供应链分析师郭明錤表示，存储供应紧张。").entities}
    assert ("郭明錤", "PER") in found


def test_the_particle_zhu_is_written_as_simplified_script_writes_it():
    """OpenCC t2s leaves every 著; as a particle or verb (意味著, 隨著, 著陸) it is 着, so jieba reads 意味着 as one
    word instead of gluing 著 to the name after it. The words whose 著 is simplified too (著名, 顯著, 名著, 著作)
    keep it, and 起著作用 is 起着 + 作用."""
    assert convert("這意味著某某公司隨著市場著陸").text == "这意味着某某公司随着市场着陆"
    assert convert("著名作家的名著十分顯著，著作權").text == "著名作家的名著十分显著,著作权"
    assert convert("政策起著作用").text == "政策起着作用"
    facts = extract("簡訊\n這意味著乙公司今年盈利將減少約三成。").facts
    assert {(f.subject, f.text) for f in facts} == {("乙公司", "約三成")}
