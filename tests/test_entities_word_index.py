"""The shared word index of the entity rules, and the kind bits that let a rule visit only its cue tokens."""

from __future__ import annotations

from pipeline.entities import lexicon
from pipeline.entities.document import K_PLACE_TEAM, K_TEAM_WORD, EntityDocument
from pipeline.entities.organisations import OrganisationRules
from pipeline.entities.places import PlaceRules
from pipeline.entities.word_index import WordIndex
from pipeline.text.tokens import Token


def test_a_word_s_token_indices_come_in_order():
    index = WordIndex(["甲", "乙", "甲", "丙", "甲"])
    assert list(index.at("甲")) == [0, 2, 4]
    assert list(index.at("丁")) == []


def test_the_tokens_of_any_cue_come_in_order_once_each_whichever_side_is_smaller():
    index = WordIndex(["甲", "乙", "甲", "丙"])
    assert index.of_any(("丙", "甲", "甲")) == [0, 2, 3]  # fewer cues than words: the cues are walked
    assert index.of_any(frozenset({"乙", "丙", "丁", "戊", "己"})) == [1, 3]  # more cues: the words are walked


def test_a_test_of_a_word_runs_once_per_distinct_word():
    seen: list[str] = []

    def test(word: str) -> bool:
        seen.append(word)
        return word.endswith("队")

    assert WordIndex(["红队", "和", "蓝队", "和", "红队"]).where(test) == [0, 2, 4]
    assert sorted(seen) == sorted({"红队", "和", "蓝队"})


def test_a_document_indexes_its_words_and_marks_team_words_by_kind():
    words = ["北京队", "对", "队", "代表团"]
    tokens, start = [], 0
    for word in words:
        tokens.append(Token(start, start + len(word), word, "n"))
        start += len(word)
    doc = EntityDocument("".join(words), tokens, lexicon())
    assert list(doc.words.at("队")) == [2]
    assert doc.where(K_PLACE_TEAM) == [0]  # a known place and a team word in one word
    assert doc.where(K_TEAM_WORD) == [2, 3]


def _document(*pairs: tuple[str, str]) -> EntityDocument:
    tokens, start = [], 0
    for word, tag in pairs:
        tokens.append(Token(start, start + len(word), word, tag))
        start += len(word)
    return EntityDocument("".join(word for word, _ in pairs), tokens, lexicon())


def test_rules_that_visit_only_their_cue_words_still_fire_there_and_nowhere_else():
    doc = _document(("西", "f"), ("北京", "ns"), ("西", "f"), ("的", "uj"), ("上海", "ns"), ("队", "n"), ("赢", "v"))
    sides = [(c.start, c.end) for c in PlaceRules(doc).sides_of_places()]
    assert sides == [(1, 4)]  # 北京西; not the 西 that opens the text
    teams = [(c.start, c.end) for c in OrganisationRules(doc).place_teams()]
    assert teams == [(5, 8)]  # 上海队
