"""The gold reader's errors name file, line and column; and every gold file we have is well-formed."""

from pathlib import Path

import pytest

from pipeline.eval.gold import REQUIRED_FACT_COLUMNS as FACT_COLUMNS
from pipeline.eval.gold import GoldError, load_gold_dir, read_article, read_entities, read_facts
from pipeline.eval.score import score

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
BUNDLED = "changsha-global-rd-center"

FACT_HEADER = ",".join(("doc_id", "fact_id", *FACT_COLUMNS[1:]))
ENTITY_HEADER = "doc_id,start,end,text,label"
TEXT = "长沙高新技术企业增至8609家，同比增长29%\n## 成绩单\n研发投入5到40亿元"
GOOD_FACTS = [
    "d,g001,10,15,8609家,8609,,家,,exact,amount,高新技術企業|高新技术企业,,",
    "d,g002,20,23,29%,29.0,,%,-,exact,change,高新技术企业,,",
    "d,g003,35,41,5到40亿元,5e8,4e9,元,CNY,range,amount,研发投入,,成绩单",
]


def write(tmp_path, lines, name="d.facts.csv"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reads_and_types_a_good_file(tmp_path):
    rows = read_facts(write(tmp_path, [FACT_HEADER, *GOOD_FACTS]), text=TEXT, doc_id="d")
    assert [r["fact_id"] for r in rows] == ["g001", "g002", "g003"]
    assert rows[0]["start"] == 10 and rows[0]["end"] == 15
    assert rows[0]["value"] == 8609.0 and rows[0]["value_max"] is None
    assert rows[2]["value"] == 5e8 and rows[2]["value_max"] == 4e9
    assert rows[0]["metric"] == "高新技術企業|高新技术企业" and rows[1]["currency"] == "-"


def test_byte_order_mark_and_missing_fact_id_are_fine(tmp_path):
    header = FACT_HEADER.replace("fact_id,", "")
    line = "d,10,15,8609家,8609,,家,,exact,amount,高新技术企业,,"
    path = tmp_path / "p.csv"
    path.write_text("\ufeff" + header + "\n" + line + "\n", encoding="utf-8")
    rows = read_facts(path, text=TEXT, alternatives=False)
    assert "fact_id" not in rows[0] and rows[0]["doc_id"] == "d"


def replace_field(line, column, value):
    fields = line.split(",")
    fields[FACT_HEADER.split(",").index(column)] = value
    return ",".join(fields)


@pytest.mark.parametrize(
    ("column", "bad", "problem"),
    [
        ("start", "x1", "not a non-negative integer"),
        ("start", "-1", "negative offset"),
        ("start", "", "empty value"),
        ("end", "10", "not after start"),
        ("text", "8609万", "the text at 10:15 is '8609家'"),
        ("text", "8609", "has 4 characters but the span"),
        ("value", "八千", "not a number"),
        ("value", "nan", "not a number"),
        ("value", "1e999", "not finite"),
        ("value_max", "abc", "not a number"),
        ("value_max", "9000", "the qualifier is 'exact', not 'range'"),
        ("qualifier", "about", "unknown, expected one of exact, approx"),
        ("role", "level", "unknown, expected one of amount, change, rank"),
        ("currency", "RMB元", "not an ISO 4217 code"),
        ("unit", "家|", "empty alternative"),
        ("doc_id", "e", "does not match the file's doc_id 'd'"),
        ("section", "成绩单", "sits under the heading ''"),
    ],
)
def test_each_error_names_file_line_and_column(tmp_path, column, bad, problem):
    lines = [FACT_HEADER, GOOD_FACTS[0], replace_field(GOOD_FACTS[0], column, bad).replace("g001", "g002")]
    path = write(tmp_path, lines)
    with pytest.raises(GoldError) as caught:
        read_facts(path, text=TEXT, doc_id="d")
    message = str(caught.value)
    assert message.startswith(f"{path}:3: column {column!r}:"), message
    assert problem in message


def test_span_past_the_end_of_the_text(tmp_path):
    path = write(tmp_path, [FACT_HEADER, "d,g001,100,105,8609家,8609,,家,,exact,amount,企业,,"])
    with pytest.raises(GoldError, match=r":2: column 'end': end 105 is past the end of the text"):
        read_facts(path, text=TEXT)


def test_missing_required_column_is_reported_on_the_header_line(tmp_path):
    path = write(tmp_path, [FACT_HEADER.replace(",role", ""), GOOD_FACTS[0]])
    with pytest.raises(GoldError, match=r"d\.facts\.csv:1: column 'role': missing required column"):
        read_facts(path)


def test_wrong_field_count(tmp_path):
    path = write(tmp_path, [FACT_HEADER, GOOD_FACTS[0] + ",extra"])
    with pytest.raises(GoldError, match=r":2: expected 14 fields, found 15"):
        read_facts(path)


def test_range_without_value_max(tmp_path):
    path = write(tmp_path, [FACT_HEADER, GOOD_FACTS[2].replace(",4e9,", ",,")])
    with pytest.raises(GoldError, match=r":2: column 'value_max': empty, but the qualifier is 'range'"):
        read_facts(path)


def test_duplicate_fact_id_names_both_lines(tmp_path):
    path = write(tmp_path, [FACT_HEADER, GOOD_FACTS[0], GOOD_FACTS[1].replace("g002", "g001")])
    with pytest.raises(GoldError, match=r":3: column 'fact_id': 'g001' already used on line 2"):
        read_facts(path)


def test_predictions_may_not_use_alternatives_or_dash(tmp_path):
    path = write(tmp_path, [FACT_HEADER, GOOD_FACTS[0]])
    with pytest.raises(GoldError, match=r":2: column 'metric': .*for gold only"):
        read_facts(path, alternatives=False)
    path = write(tmp_path, [FACT_HEADER, GOOD_FACTS[1].replace("%,-,", "%,,")])
    read_facts(path, alternatives=False)
    path = write(tmp_path, [FACT_HEADER, GOOD_FACTS[1]])
    with pytest.raises(GoldError, match=r":2: column 'currency': .*for gold only"):
        read_facts(path, alternatives=False)


def test_line_numbers_count_physical_lines_past_a_quoted_newline(tmp_path):
    first = GOOD_FACTS[0].replace("高新技術企業|高新技术企业", '"高新技术\n企业"')
    path = write(tmp_path, [FACT_HEADER, first, "", replace_field(GOOD_FACTS[1], "role", "bogus")])
    with pytest.raises(GoldError, match=r":5: column 'role'"):
        read_facts(path)


def test_entity_errors(tmp_path):
    path = write(tmp_path, [ENTITY_HEADER, "d,0,2,长沙,LOC", "d,2,4,高新,COMPANY"], "d.entities.csv")
    with pytest.raises(GoldError) as caught:
        read_entities(path, text=TEXT)
    assert str(caught.value).startswith(f"{path}:3: column 'label': 'COMPANY': unknown")
    path = write(tmp_path, [ENTITY_HEADER, "d,0,2,长沙,LOC", "d,1,3,長沙,LOC"], "d.entities.csv")
    with pytest.raises(GoldError, match=r":3: column 'text': '長沙' but the text at 1:3 is '沙高'"):
        read_entities(path, text=TEXT)


def test_load_gold_dir_needs_pairs_and_article(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "corpus").mkdir()
    write(tmp_path / "gold", [FACT_HEADER, *GOOD_FACTS])
    with pytest.raises(GoldError, match=r"d\.entities\.csv: missing"):
        load_gold_dir(tmp_path / "gold", tmp_path / "corpus")
    write(tmp_path / "gold", [ENTITY_HEADER, "d,0,2,长沙,LOC"], "d.entities.csv")
    with pytest.raises(GoldError, match=r"d\.txt: no such file"):
        load_gold_dir(tmp_path / "gold", tmp_path / "corpus")
    (tmp_path / "corpus" / "d.txt").write_text(TEXT, encoding="utf-8")
    docs = load_gold_dir(tmp_path / "gold", tmp_path / "corpus")
    facts, entities, text = docs["d"]
    assert len(facts) == 3 and entities[0]["label"] == "LOC"
    assert text == TEXT


# ---------------------------------------------------------------- the real gold files


def project_gold_files():
    return sorted((ROOT / "gold").glob("*.csv"))


@pytest.mark.parametrize("path", project_gold_files(), ids=lambda p: p.name)
def test_project_gold_file_is_well_formed(path):
    doc_id = path.name.split(".")[0]
    text = read_article(ROOT / "corpus" / f"{doc_id}.txt")
    if path.name.endswith(".facts.csv"):
        assert read_facts(path, text=text, doc_id=doc_id)
    else:
        assert path.name.endswith(".entities.csv"), f"{path.name}: not a .facts.csv or .entities.csv file"
        read_entities(path, text=text, doc_id=doc_id)


def test_bundled_article_has_gold():
    paths = sorted((ROOT / "gold").glob(f"{BUNDLED}.*.csv"))
    if not paths:
        pytest.skip(f"gold/{BUNDLED}.facts.csv is not written yet")
    facts_path = ROOT / "gold" / f"{BUNDLED}.facts.csv"
    assert facts_path.is_file(), f"{facts_path} is missing"
    text = read_article(ROOT / "corpus" / f"{BUNDLED}.txt")
    facts = read_facts(facts_path, text=text, doc_id=BUNDLED)
    assert facts, f"{facts_path} has no fact rows"


def test_bundled_gold_scores_one_against_itself():
    if not (ROOT / "gold" / f"{BUNDLED}.entities.csv").is_file():
        pytest.skip(f"gold/{BUNDLED} needs both the facts and the entities file")
    docs = load_gold_dir(ROOT / "gold", ROOT / "corpus")
    assert_self_score_is_perfect(docs)
    report = score(*_flatten(docs, as_prediction=False))
    assert report.scorecard.quantities.gold > 0, "no gold fact sits under the scorecard heading"


@pytest.fixture
def shared_eval():
    if not (SHARED / "eval" / "gold").is_dir():
        pytest.skip(f"{SHARED} is absent")
    return SHARED / "eval"


def test_shared_eval_gold_is_well_formed(shared_eval):
    docs = load_gold_dir(shared_eval / "gold", shared_eval / "articles")
    assert len(docs) >= 1
    assert all(doc.facts for doc in docs.values())


def test_shared_eval_gold_scores_one_against_itself(shared_eval):
    assert_self_score_is_perfect(load_gold_dir(shared_eval / "gold", shared_eval / "articles"))


def _as_prediction(row, pick):
    """A gold row as an extractor would write it: one alternative taken, `-` as empty, no fact_id."""
    row = {k: v for k, v in row.items() if k != "fact_id"}
    for column in ("metric", "unit", "currency"):
        alts = row[column].split("|")
        chosen = alts[pick % len(alts)]
        row[column] = "" if chosen == "-" else chosen
    return row


def _flatten(docs, as_prediction, pick=0):
    facts = [r for doc in docs.values() for r in doc.facts]
    entities = [r for doc in docs.values() for r in doc.entities]
    preds = [_as_prediction(r, pick) for r in facts] if as_prediction else facts
    return facts, preds, entities, [dict(e) for e in entities]


def assert_self_score_is_perfect(docs):
    for pick in (0, 1, 2):
        report = score(*_flatten(docs, as_prediction=True, pick=pick))
        overall = report.overall
        for prf in (overall.quantities, overall.facts, overall.entities_strict, overall.entities_partial):
            assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0), prf
        for accuracy in (overall.qualifier, overall.currency, overall.period):
            assert accuracy.accuracy == 1.0, accuracy
        assert not any(report.missed.values()) and not any(report.spurious.values())
