"""The merge policy of model and rules: one side keeps its spans, the other fills the gaps and may extend a place
into the organisation or person named after it, an organisation by its head or its unit, or name a place's team."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from pipeline.entities.document import DESCRIPTOR_ENDS
from pipeline.entities.lexicon import lexicon
from pipeline.entities.organisations import opens_title
from pipeline.lexicons import words
from pipeline.text.convert import to_simplified
from pipeline.text.segment import dictionary_tag, is_common_word

LabelledSpan = tuple[int, int, str]  # (start, end, label)
# the labels of the shorter spans a new name may hold: a place (某市农商行, 某城·某某) and, in a person's name, the
# part of it the rules found (罗尔 → 罗尔斯通)
HELD_BY = {"ORG": frozenset({"LOC"}), "PER": frozenset({"LOC", "PER"})}
LIST_GAP = 1  # characters between two items of a list (甲国、乙国; 甲城和乙城)
# the last characters of an administrative division: before a place, a place of its own (某某镇|某某村: two names)
DIVISION_ENDS = frozenset("国省市县区州镇乡村")
# the fewest characters a new organisation puts before the rules' one: a single one is more often the end of the
# word before it (同意|某某银行) than a name's head (某国|某某公司, 西南|某某公司)
ORG_HEAD_MIN = 2
# jieba's tags of a word that follows a name and is no part of it: a time (昨日, 周三, 当天) or an adverb (曾, 亦)
NOT_NAME_TAIL_TAGS = frozenset({"t", "d"})
# the last characters of a word of position after a place (以南, 周边, 郊外, 西部): the place named, not a new one
POSITION_ENDS = frozenset("东南西北边部外内郊旁")


def relabelled_places(existing: Iterable[LabelledSpan], sure: Iterable[LabelledSpan]) -> set[LabelledSpan]:
    """The places among `existing` that a sure new ORG of the same bounds names as a body (甲城 the club, 乙国 the
    team: 甲城主场击败乙国), except an item of a list of places whose neighbour stays a place (甲国、乙国、丙国等市场).

    Why: a gazetteer knows the place, not what the sentence makes of it; the model reads the context (a score, a
    match, a transfer), and where it is sure its label is right more often than the gazetteer's (the NER pool's
    held-out CLUENER part: ORG 0.724 → 0.743). A list of places the model reads as teams only in part is a list of
    places, since its items are of one kind."""
    orgs = {(s, e) for s, e, label in sure if label == "ORG"}
    places = [k for k in existing if k[2] == "LOC"]
    flips = {k for k in places if k[:2] in orgs}
    while flips:
        stay = [k for k in places if k not in flips]
        ends, starts = {k[1] for k in stay}, {k[0] for k in stay}
        listed = {k for k in flips if any(k[0] - gap in ends or k[1] + gap in starts for gap in range(LIST_GAP + 1))}
        if not listed:
            break
        flips -= listed
    return flips


def extends_place(text: str, span: LabelledSpan, held: list[LabelledSpan]) -> bool:
    """Whether the new place `span` is the rules' one place in `held` with one character more before it (东|某某曼丹省,
    大|某某公园, 希|某尔湖), that character no division's end (某镇|某村, 某国|某州: two places), or the same place
    run on past its end (某省|科技馆, 某地|文化区, 某国|某某影城), not into a word of position (某城|以南, 某城|周边),
    a known place (某国|某州) or a division named by a proper name (某市|某某县: two places; 文化区, named by an
    everyday word, is a kind of district).

    Why: the rules start a place where jieba's word or the gazetteer does, after a side, a size or a
    transliteration's first syllable that the model reads as part of the name. Measured: the NER pool's held-out
    MSRA/People's Daily LOC 0.811 -> 0.812, CLUENER 0.442 -> 0.444; a longer head lost three names on the first.
    The model also reads a venue, a sight or a district named after its place whole, where the rules stop at the
    place: CLUENER LOC 0.448 -> 0.466, MSRA/People's Daily unchanged."""
    s, e, label = span
    if label != "LOC" or len(held) != 1 or not text:
        return False
    (hs, he, hl), = held
    if hl != "LOC" or not (hs == s < he < e or he == e and hs - s == 1):
        return False
    name = to_simplified(text[s:e])
    if hs == s:
        tail = name[he - s :]
        return (tail[-1] not in POSITION_ENDS and not opens_with_known_place(tail)
                and (tail[-1] not in DIVISION_ENDS or is_common_word(tail[:-1])))
    return name[0] not in DIVISION_ENDS


def opens_with_known_place(name: str) -> bool:
    """Whether a known place of two characters or more (places.txt, counties.txt) opens `name` (夏威夷 in 夏威夷岛)."""
    lex = lexicon()
    return any(name[:k] in lex.places or name[:k] in lex.counties for k in lex.place_lengths.get(name[:2], ()))


@cache
def unit_endings() -> tuple[str, ...]:
    """The words that end a unit of a body (org_units.txt) or a body's name in two characters or more
    (org_suffixes.tsv: 商会, 委员会; not 部 alone, which also ends 总部)."""
    return tuple(sorted({w for w in lexicon().org_suffixes if len(w) > 1} | words("org_units.txt")))


def extends_organisation(text: str, span: LabelledSpan, held: list[LabelledSpan]) -> bool:
    """Whether the new organisation `span` is the rules' one organisation in `held` with a head of its own before it
    (某国|某某数据公司, 西南|某某公司: at least `ORG_HEAD_MIN` characters, not a word of what the body is to the story,
    券商|某信证券; the rest of `held` places inside that head), or with words after it that end in a unit's or a
    body's ending (`unit_endings`: 某银行|某某支行, 某联合会|某某商会), in `text`; or the rules' two names of a body
    and its local office (`local_office`).

    Why: the rules start a body's name at its suffix's word or at a name they know, after a place, a side or a
    brand they could not read as part of it, and end it at the first body's word, before its unit; the model, sure
    of the longer name, reads it whole (the NER pool's development part: 33 names of the two styles with the rules'
    organisation inside them; held-out MSRA/People's Daily ORG 0.734 -> 0.744). Other words after the rules' end
    (某某集团|研究团队, 某某|总部), a word that opens a job title after it (某基金|基金经理), two of the rules' names
    (甲党乙会, 甲及乙) or a place after the name leave the rules' spans: there the corpus's articles lost names."""
    s, e, label = span
    orgs = [k for k in held if k[2] == "ORG"]
    if label == "ORG" and len(held) == 2 == len(orgs):
        return local_office(text, span, orgs)
    if label != "ORG" or len(orgs) != 1:
        return False
    (hs, he, _), = orgs
    if hs == s and he < e:
        return (len(held) == 1 and text[he:e].endswith(unit_endings())
                and not opens_title(to_simplified(text[he : he + lexicon().title_max]), 0, e - he))
    head = to_simplified(text[s:hs])
    return (he == e and hs - s >= ORG_HEAD_MIN and not head.endswith(DESCRIPTOR_ENDS)
            and all(k[2] == "LOC" and k[1] <= hs for k in held if k != orgs[0]))


def local_office(text: str, span: LabelledSpan, orgs: list[LabelledSpan]) -> bool:
    """Whether the new organisation `span` is exactly the rules' two organisations `orgs` side by side, the second
    named after a field of the first (国家某务总局|某区某务局, 某监督管理总局|某市某监局): a body and its local office,
    one name. Two bodies of different fields (甲党乙会) stay two names.

    Why: the rules end a body at its first body's word and start another at the place after it; the model reads
    the office under its parent whole, as ANNOTATION.md and the NER pool label it."""
    (s1, e1, _), (s2, e2, _) = sorted(orgs)
    if (s1, e2) != span[:2] or e1 != s2 or not text:
        return False
    parent, office = (field_of(to_simplified(text[a:b])) for a, b in ((s1, e1), (s2, e2)))
    return any(office[k : k + 2] in parent for k in range(len(office) - 1))


def field_of(name: str) -> str:
    """`name` without the body's ending it closes with (`unit_endings`): 某务总局 → 某务."""
    return name[: -max((len(w) for w in unit_endings() if name.endswith(w)), default=1)]


def runs_into_time_or_adverb(text: str, span: LabelledSpan, held: list[LabelledSpan]) -> bool:
    """Whether the new person `span` is the rules' one person in `held` run on into a word that jieba's dictionary
    knows as a time or an adverb (某某|昨日 表示, 某某|周三 出席, 某某|曾 任职), in `text`.

    Why: the model reads a name and the day after it as one name where the day's first character is also a
    surname's (周三) or a given name's (当天, 近日); a name never ends in a time word or an adverb, and the rules end
    the name where jieba's words say it ends, before such a word."""
    s, e, label = span
    if label != "PER" or len(held) != 1 or not text:
        return False
    (hs, he, hl), = held
    return hl == "PER" and hs == s < he < e and dictionary_tag(to_simplified(text[he:e])) in NOT_NAME_TAIL_TAGS


def opens_with_title_end(text: str, span: LabelledSpan, held: list[LabelledSpan]) -> bool:
    """Whether the new person `span` is the rules' one person in `held` with the last characters of a job title
    before it (独董|某某, 首席财务官|某某: the title 首席财务官 opens before the span), in `text`.

    Why: jieba glues a title's last character onto the name after it (官某某/nr), and the model reads the glued word
    as the name; the rules start the name where the title ends (`PersonRules.names_glued_to_title`)."""
    s, e, label = span
    if label != "PER" or len(held) != 1 or not text:
        return False
    (hs, he, hl), = held
    if hl != "PER" or not (s < hs and he == e):
        return False
    lex = lexicon()
    before = to_simplified(text[max(0, hs - lex.title_max) : hs])
    return any(len(before) - k > hs - s and before[k:] in lex.titles for k in range(len(before) - 1))


def merge_spans(existing: Iterable[LabelledSpan], new: Iterable[LabelledSpan], *, text: str = "",
                overwrite: bool = False, sure: Iterable[LabelledSpan] = ()) -> list[LabelledSpan]:
    """Existing spans plus the new ones that overlap none of them; `overwrite` swaps the priority. Without it, a
    new ORG or PER also replaces the shorter LOC spans it holds (某市 LOC → 某市中院 ORG), a new PER the shorter
    PER it holds (罗尔 → 罗尔斯通), a new LOC the place it runs one character further back or on past its end
    (`extends_place`, read in `text`), a new ORG the one ORG it extends (`extends_organisation`): the longest name
    wins; and an ORG among `sure` (the new spans the model is sure of) relabels a place of the same bounds
    (`relabelled_places`).

    Why: a trained NER and these rules both write entities; one side keeps its spans, the other fills the gaps,
    so the two never produce overlapping entities. A place that starts a name is part of it, and so is the part of
    a transliterated name the rules stopped inside, and a body's head or unit the rules left out of its name
    (`extends_organisation`); organisations that hold two or more organisations (甲党乙会: two ORGs) are left to
    the side that found them (measured on the dev articles and the NER pool's held-out part, where no label
    loses).
    """
    first, second = (list(new), list(existing)) if overwrite else (list(existing), list(new))
    kept = set(first)
    if sure and not overwrite:
        kept -= relabelled_places(first, set(sure).intersection(second))
    for span in sorted(second, key=lambda x: x[0] - x[1]):  # longest first
        s, e, _ = span
        hit = [k for k in kept if k[0] < e and s < k[1]]
        if not overwrite and (opens_with_title_end(text, span, hit) or runs_into_time_or_adverb(text, span, hit)):
            continue  # 某某 over 官某某, 某某昨日: the rules' name starts where the title ends, ends before the time
        if not hit or (not overwrite and (
                extends_place(text, span, hit) or extends_organisation(text, span, hit) or span[2] in HELD_BY and all(
                    s <= k[0] and k[1] <= e and k[1] - k[0] < e - s and k[2] in HELD_BY[span[2]] for k in hit))):
            kept.difference_update(hit)  # 某市中院 over 某市: a name that starts with a place is one name
            kept.add(span)
    return sorted(kept)
