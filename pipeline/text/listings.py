"""Stock listings in brackets after a company's name: （002714）, (00700.HK), （600519.SH）, （股票代码：300750）,
(NASDAQ: NVDA). Entities read the name before one as a company; facts do not read the code as a figure."""

from __future__ import annotations

import re

STOCK_LISTING = re.compile(
    r"[（(] ?(?:(?:[A-Z]{2,6}|[\u3400-\u9fff]{0,2}股票?代[码號号]|证券代码)[:：] ?)?"
    r"(?:(?P<code>\d{6}(?:\.(?:SH|SZ|BJ|SS))?|\d{4,5}(?:\.HK)?)|[A-Z]{1,5}(?:\.[A-Z]{1,2})?) ?[)）]"
)


def listing_codes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the digits of every numeric stock code in brackets."""
    return [(m.start("code"), m.start("code") + len(m.group("code").split(".")[0]))
            for m in STOCK_LISTING.finditer(text) if m.group("code")]
