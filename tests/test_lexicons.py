"""The lexicon data files: each says what it is for, holds no entry twice, and no list is a copy of another."""

from __future__ import annotations

from importlib import resources

import pytest

from pipeline.lexicons import table, word_list

FILES = sorted(p.name for p in resources.files("pipeline.lexicons").iterdir() if p.name.endswith((".txt", ".tsv")))


@pytest.mark.parametrize("name", FILES)
def test_every_lexicon_opens_with_a_comment_saying_what_it_is_for(name):
    first = resources.files("pipeline.lexicons").joinpath(name).read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and len(first) > 20, f"{name}: the first line should say what the list is for"


@pytest.mark.parametrize("name", [n for n in FILES if n.endswith(".txt")])
def test_word_lists_hold_each_entry_once(name):
    words = word_list(name)
    repeated = sorted({w for w in words if words.count(w) > 1})
    assert not repeated, f"{name}: {repeated}"


@pytest.mark.parametrize("name", [n for n in FILES if n.endswith(".tsv")])
def test_tables_have_a_header_and_full_rows(name):
    rows = table(name)
    assert rows, f"{name}: no rows"
    assert all(any(cell for cell in row.values()) for row in rows)


def test_no_word_list_is_a_copy_of_another():
    lists = {name: frozenset(word_list(name)) for name in FILES if name.endswith(".txt")}
    copies = [(a, b) for a in lists for b in lists if a < b and lists[a] == lists[b]]
    assert not copies


def test_every_role_cue_is_one_jieba_word():
    """A cue jieba cuts apart (收/v 窄/a) is neither skipped nor read as one verb before a figure, and the metric
    before it is lost; userdict.tsv keeps such cues whole."""
    from pipeline.text.segment import blank_nlp

    nlp = blank_nlp()
    cut = [row["cue"] for row in table("role_cues.tsv") if len(nlp(row["cue"])) > 1]
    assert cut == []
