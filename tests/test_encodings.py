"""Every encoding Chinese news comes in gives the same facts as its UTF-8 twin; one that is none gets one line."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import pipeline
from pipeline.io.inputs import InputError, read_article
from pipeline.run import cli

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT.parent / "shared" / "pool" / "articles"
CASES = [
    ("changsha-global-rd-center", ROOT / "corpus", "gb18030"),
    ("changsha-global-rd-center", ROOT / "corpus", "utf-8-sig"),
    ("changsha-global-rd-center", ROOT / "corpus", "utf-16"),
    ("ctee_pc_shipments_q3_202410_tw", ROOT / "corpus", "cp950"),  # 裏, 碁 and 銹 are in cp950, not in Big5
    ("hkcnews_hk01_layoffs_losses_2019_tw", POOL, "big5hkscs"),  # Hong Kong characters: 嗰, 啲
]


@pytest.mark.parametrize(("doc_id", "folder", "encoding"), CASES, ids=[c[2] for c in CASES])
def test_an_encoding_gives_the_facts_of_its_utf8_twin(tmp_path, doc_id, folder, encoding):
    source = folder / f"{doc_id}.txt"
    if not source.is_file():
        pytest.skip(f"{source} is not present")
    text = source.read_text(encoding="utf-8")
    encoded = tmp_path / f"{doc_id}.txt"
    encoded.write_bytes(text.encode(encoding))
    assert read_article(encoded) == text
    rows = [f.row() for f in pipeline.extract(read_article(encoded), doc_id=doc_id).facts]
    assert rows == [f.row() for f in pipeline.extract(text, doc_id=doc_id).facts]


def test_the_big5_variants_are_told_apart():
    """cp950 bytes that Big5-HKSCS also decodes, to another character (～ as ∼), are read as cp950."""
    text = "出貨達6,600萬～6,900萬台，台積電廠裏的碁盤銹蝕。"
    data = text.encode("cp950")
    assert data.decode("big5hkscs") != text
    from pipeline.io.inputs import decode

    assert decode(data, "x") == text


def test_an_undecodable_file_names_the_encodings_tried(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(codecs.BOM_UTF8[:2] + bytes(range(0x80, 0xFF)) * 3)
    with pytest.raises(InputError, match="cannot be decoded as UTF-8, UTF-16, UTF-32, GB18030, Big5 \\(cp950\\)"):
        read_article(bad)
    assert cli.main(["extract", str(bad), "-q"]) == cli.EXIT_INPUT_FAILED
    assert capsys.readouterr().err.count("\n") == 2  # the file's line, then that nothing was written
