"""The command line through a subprocess: exit codes, CSV columns, standard input."""

import csv
import io
import subprocess
import sys
from pathlib import Path

from pipeline.records import ENTITY_COLUMNS, FACT_COLUMNS
from tests.helpers import BUNDLED_DOC_ID, small_corpus

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "changsha-global-rd-center.txt"


def run(*args, stdin=None, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=stdin, capture_output=True,
                          text=True, cwd=cwd, timeout=300)


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_extract_writes_both_csvs_with_exact_columns(tmp_path):
    facts, entities = tmp_path / "facts.csv", tmp_path / "entities.csv"
    result = run("extract", str(ARTICLE), "-o", str(facts), "--entities", str(entities))
    assert result.returncode == 0, result.stderr
    fact_rows, entity_rows = read_csv(facts), read_csv(entities)
    assert tuple(fact_rows[0]) == FACT_COLUMNS
    assert tuple(entity_rows[0]) == ENTITY_COLUMNS
    assert len(fact_rows) > 20 and len(entity_rows) > 20
    assert {row[0] for row in fact_rows[1:]} == {"changsha-global-rd-center"}
    assert any("長沙" in row[3] for row in entity_rows[1:]), "entity text keeps the raw script"


def test_extract_reads_standard_input_and_writes_standard_output():
    result = run("extract", "-", stdin="截至6月底，全市新增企业超1.2万家，同比增长8.5%。")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["text"] for r in rows] == ["超1.2万家", "8.5%"]
    assert rows[0]["value"] == "12000" and rows[0]["qualifier"] == "at_least"
    assert rows[1]["role"] == "change" and rows[0]["doc_id"] == "stdin"


def test_extract_folder_and_missing_path(tmp_path):
    (tmp_path / "b.txt").write_text("利润增长5%。", encoding="utf-8")
    (tmp_path / "a.txt").write_text("收入达3亿元。", encoding="utf-8")
    result = run("extract", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert [r["doc_id"] for r in csv.DictReader(io.StringIO(result.stdout))] == ["a", "b"]
    missing = run("extract", str(tmp_path / "nope.txt"))
    assert missing.returncode == 3
    assert "nope.txt" in missing.stderr and "Traceback" not in missing.stderr


def test_score_passes_and_fails_on_thresholds(tmp_path):
    corpus, gold = map(str, small_corpus(tmp_path, BUNDLED_DOC_ID, "daqing_2012_statistical_communique"))
    ok = run("score", "--corpus", corpus, "--gold", gold, "--min-quantity-f1", "0.5", "--no-lists")
    assert ok.returncode == 0, ok.stderr
    assert "quantities" in ok.stdout
    failing = run("score", "--corpus", corpus, "--gold", gold, "--min-fact-f1", "1.01", "--no-lists")
    assert failing.returncode == 1
    assert "fact F1" in failing.stderr


def test_score_prints_the_scorecard_section_only_for_a_corpus_that_has_one(tmp_path):
    corpus, gold = map(str, small_corpus(tmp_path / "without", "daqing_2012_statistical_communique"))
    without = run("score", "--corpus", corpus, "--gold", gold, "--no-lists")
    assert without.returncode == 0, without.stderr
    assert "fact F1" in without.stdout and "scorecard" not in without.stdout
    corpus, gold = map(str, small_corpus(tmp_path / "with", BUNDLED_DOC_ID))
    assert "scorecard (" in run("score", "--corpus", corpus, "--gold", gold, "--no-lists").stdout  # the 成績單 box


def test_default_run_writes_output_and_shows_scorecard(tmp_path):
    result = run("--output-dir", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "facts.csv").is_file() and (tmp_path / "out" / "entities.csv").is_file()
    assert "Scorecard facts" in result.stdout
    assert "第32位" in result.stdout


def test_bad_usage_exits_2():
    assert run("extract").returncode == 2


def test_entities_to_standard_output_with_the_facts_in_a_file(tmp_path):
    """`--entities -` is standard output, as `-o -` is, never a file named "-"."""
    facts = tmp_path / "facts.csv"
    result = run("extract", "-", "-o", str(facts), "--entities", "-", stdin="长沙某某公司营收增长5%。", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == ",".join(ENTITY_COLUMNS)
    assert read_csv(facts)[0] == list(FACT_COLUMNS)
    assert not (tmp_path / "-").exists()
    both = run("extract", "-", "--entities", "-", stdin="营收增长5%。", cwd=tmp_path)
    assert both.returncode == 2 and "standard output" in both.stderr and not (tmp_path / "-").exists()
