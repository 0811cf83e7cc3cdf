"""Every fact and entity points into the raw text: raw[start:end] == text."""

from pathlib import Path

import pytest

from pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ARTICLES = sorted((ROOT / "corpus").glob("*.txt")) + sorted((SHARED / "eval" / "articles").glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_every_span_slices_the_raw_text(path):
    raw = path.read_text(encoding="utf-8")
    result = extract(raw, doc_id=path.stem)
    assert result.facts, "no facts found"
    for record in [*result.facts, *result.entities]:
        assert raw[record.start : record.end] == record.text, record
        assert 0 <= record.start < record.end <= len(raw)
