"""Stock listings in brackets after a company's name: （003816）, (00700.HK), （600519.SH）, (600123.sh: the
exchange's letters in either case), （股票代码：300750）, (NASDAQ: NVDA), and the moves of a share's price after it
(涨4.9%). Entities read the name before either as a company; facts do not read the code as a figure."""

from __future__ import annotations

import re

STOCK_LISTING = re.compile(
    r"[（(] ?(?:(?:[A-Z]{2,6}|[\u3400-\u9fff]{0,2}股票?代[码號号]|证券代码)[:：] ?)?"
    r"(?:(?P<code>\d{6}(?:\.(?i:SH|SZ|BJ|SS))?|\d{4,5}(?:\.(?i:HK))?)|[A-Z]{1,5}(?:\.[A-Z]{1,2})?) ?[)）]"
)

# 某某涨4.9%, 某某收跌1%, 某某一度涨超8%: a move of a share price, then its size (or a limit move: 涨停, 触及涨停);
# also a run of limit moves (某某3连板; its count bounded, since an unbounded run of digits before 连板 made a long
# line of digits cost the square of its length) and a move after others' (某某等跟涨), which need no figure; a
# streak of days before the move (某某连续3日跌停, 连续两个交易日涨停) is part of it, as 一度 is
SHARE_MOVE = re.compile(r"(?:一度|均|则|亦|也|皆|盘中|午后|尾盘|早盘|触及|双双|纷纷"
                        r"|连续[0-9一二两三四五六七八九十]{1,2}个?(?:交易)?日)?"
                        r"(?:(?:收涨|收跌|大涨|大跌|暴涨|暴跌|上涨|下跌|涨|跌)(?:停|超|近|逾|约)?(?:[0-9]|(?<=停))"
                        r"|跟涨|跟跌|[0-9一二三四五六七八九十]{1,3}连板)")


def listing_codes(text: str) -> list[tuple[int, int]]:
    """(start, end) of the digits of every numeric stock code in brackets."""
    return [(m.start("code"), m.start("code") + len(m.group("code").split(".")[0]))
            for m in STOCK_LISTING.finditer(text) if m.group("code")]
