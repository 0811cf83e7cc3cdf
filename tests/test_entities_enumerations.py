"""`list_matches` finds what `finditer` finds for a pattern that opens with a 、 list, trying only near a 、."""

from __future__ import annotations

import re

from pipeline.entities.enumerations import MAX_ITEM_CHARS, list_items, list_matches

LIST_OF_FIRMS = re.compile(rf"(?P<items>{list_items()}[\u3400-\u9fff]{{2,4}}?)等(?:公司|企业)")
TEXTS = [
    "红星、蓝月、白云等公司今日开会。",
    "据悉，青山、绿水等企业与金石、玉兰等公司签约",  # two lists in one sentence
    "一" * 40 + "、" + "二" * 3 + "等公司",  # an item longer than MAX_ITEM_CHARS: the match starts inside it
    "甲、乙、丙、丁",  # a list, but no class of firms after it
    "没有顿号的一段话等公司",
    "、、红星、蓝月等公司、",
]


def test_list_matches_equal_finditer_on_lists_and_on_text_without_them():
    for text in TEXTS:
        expected = [m.span() for m in LIST_OF_FIRMS.finditer(text)]
        assert [m.span() for m in list_matches(LIST_OF_FIRMS, text)] == expected, text


def test_an_item_longer_than_the_limit_is_cut_to_it():
    text = "一" * 40 + "、二二二等公司"
    (m,) = list_matches(LIST_OF_FIRMS, text)
    assert m.group("items").startswith("一" * MAX_ITEM_CHARS + "、")
