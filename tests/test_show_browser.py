"""The show page in a real browser: headless Chromium (the `chromium` system package) renders and photographs it.
The test skips where no Chromium is installed; CI installs nothing by hand."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.io.show import BROWSERS, render_page, screenshot

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "changsha-global-rd-center.txt"
pytestmark = pytest.mark.skipif(not any(shutil.which(b) for b in BROWSERS), reason="no Chromium installed")


def test_a_real_browser_renders_the_page(tmp_path):
    result = extract(ARTICLE.read_text(encoding="utf-8"), doc_id=ARTICLE.stem)
    page = tmp_path / "page.html"
    page.write_text(render_page(result), encoding="utf-8")
    png = tmp_path / "page.png"
    screenshot(page, png, width=800, height=600)
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000
    assert int.from_bytes(data[16:20], "big") == 800  # the PNG header's width: the page was laid out
