"""What users of a data tool expect: export formats, the BOM, spaCy entry points, the page, progress, JSON scores."""

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline import extract
from pipeline.io.show import render_page
from pipeline.records import ENTITY_COLUMNS, FACT_COLUMNS
from pipeline.run import cli
from tests.helpers import small_corpus

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "changsha-global-rd-center.txt"


class Ran:
    def __init__(self, returncode, stdout, stderr):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


def run(*args):
    """`zhfacts ARGS` in this process (the pipeline loads once), with its exit code and output as bytes."""
    out, err = io.BytesIO(), io.StringIO()
    stdout = io.TextIOWrapper(out, encoding="utf-8")
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = stdout, err
    try:
        try:
            code = cli.main(list(args))
        except SystemExit as exit_:  # argparse's --help and usage errors
            code = exit_.code
        stdout.flush()
    finally:
        sys.stdout, sys.stderr = saved
    return Ran(code, out.getvalue(), err.getvalue().encode("utf-8"))


@pytest.fixture(scope="module")
def expected():
    return extract(ARTICLE.read_text(encoding="utf-8"), doc_id=ARTICLE.stem).facts_frame()


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_every_format_round_trips_through_pandas(tmp_path, expected, fmt):
    facts, entities = tmp_path / f"facts.{fmt}", tmp_path / f"entities.{fmt}"
    result = run("extract", str(ARTICLE), "--format", fmt, "-o", str(facts), "--entities", str(entities))
    assert result.returncode == 0, result.stderr
    read = {"csv": pd.read_csv, "jsonl": lambda p: pd.read_json(p, lines=True), "parquet": pd.read_parquet}[fmt]
    frame = read(facts)
    assert list(frame.columns) == list(FACT_COLUMNS)
    assert len(frame) == len(expected)
    assert list(frame["text"]) == list(expected["text"])
    assert frame["value"].astype(float).tolist() == pytest.approx(expected["value"].tolist())
    assert list(read(entities).columns) == list(ENTITY_COLUMNS)


def test_columns_choose_and_order_the_columns(tmp_path):
    out = tmp_path / "facts.csv"
    assert run("extract", str(ARTICLE), "--columns", "metric,value,text", "-o", str(out)).returncode == 0
    frame = pd.read_csv(out)
    assert list(frame.columns) == ["metric", "value", "text"]
    bad = run("extract", str(ARTICLE), "--columns", "value,colour")
    assert bad.returncode == cli.EXIT_USAGE
    assert "colour" in bad.stderr.decode()


def test_excel_csv_starts_with_a_bom_and_plain_csv_does_not(tmp_path):
    excel, plain = tmp_path / "excel.csv", tmp_path / "plain.csv"
    assert run("extract", str(ARTICLE), "--excel", "-o", str(excel)).returncode == 0
    assert run("extract", str(ARTICLE), "-o", str(plain)).returncode == 0
    assert excel.read_bytes().startswith(b"\xef\xbb\xbfdoc_id,")
    assert plain.read_bytes().startswith(b"doc_id,")
    assert pd.read_csv(excel, encoding="utf-8-sig").equals(pd.read_csv(plain))


def test_entry_points_resolve_from_the_installed_package():
    code = (
        "import spacy\n"
        "nlp = spacy.blank('zh', config={'nlp': {'tokenizer': {'@tokenizers': 'zhfacts.JiebaTokenizer.v1'}}})\n"
        "for name in ['zhfacts_quantities', 'zhfacts_entity_rules', 'zhfacts_ner', 'zhfacts_facts']:\n"
        "    nlp.add_pipe(name)\n"
        "doc = nlp('長沙高新技術企業增至8609家，同比增長29%')\n"
        "print([(f.text, f.role, f.metric) for f in doc._.facts])\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", timeout=300)
    assert result.returncode == 0, result.stderr
    assert "('8609家', 'amount', '高新技術企業')" in result.stdout
    assert "('29%', 'change', '高新技術企業')" in result.stdout


def test_page_highlights_every_fact_with_details_on_hover_focus_and_click():
    result = extract(ARTICLE.read_text(encoding="utf-8"), doc_id=ARTICLE.stem)
    page = render_page(result)
    assert page.startswith("<!DOCTYPE html>")
    marks = re.findall(r'<mark class="entity fact" id="(at-\d+)" tabindex="0" title="([^"]*)"', page)
    assert len(marks) == len(result.facts)
    assert all("value " in t and "unit " in t and "role " in t and "metric " in t for _, t in marks)
    assert page.count('<span class="details" role="tooltip">') >= len(result.facts)
    assert "mark.entity:focus .details" in page and "mark.entity:target .details" in page  # focus and click, not hover
    assert all(f'href="#{anchor}"' in page for anchor, _ in marks)  # the table's figures link to them
    table_rows = re.search(r'<table class="facts">.*?<tbody>(.*?)</tbody>', page, re.S).group(1)
    assert table_rows.count("<tr>") == len(result.facts)
    assert page.index('<table class="facts">') < page.index("<mark")


def test_page_with_gold_marks_misses_and_spurious_facts(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    text = "营业收入达3亿元，同比增长5%，利润1亿元。"
    header = "doc_id,start,end,text,value,value_max,unit,currency,qualifier,role,metric,period,section\n"
    (gold / "a.facts.csv").write_text(
        header + "a,5,8,3亿元,300000000,,元,CNY,exact,amount,营业收入,,\n"
        "a,0,2,营业,7,,-,,exact,amount,收入,,\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "page.html"
    result = run("show", str(tmp_path / "a.txt"), "-o", str(out), "--gold", str(gold))
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count('class="entity missed"') == 1
    assert page.count('class="entity spurious"') == 2  # 5% and 1亿元 are not in this gold
    assert page.count('class="entity fact"') == 1


def test_no_progress_output_when_not_a_terminal(tmp_path):
    corpus, _ = small_corpus(tmp_path)
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(corpus), "-o",
                             str(tmp_path / "f.csv")], capture_output=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0
    assert result.stderr == b""


def test_progress_bar_on_a_terminal_unless_quiet(monkeypatch):
    stream = io.StringIO()
    stream.isatty = lambda: True
    monkeypatch.setattr(sys, "stderr", stream)
    list(cli.progress(range(3), quiet=False))
    assert "3/3" in stream.getvalue() or "3it" in stream.getvalue()
    assert cli.progress([1], quiet=True) == [1]


def test_score_json_for_ci(tmp_path):
    corpus, gold = small_corpus(tmp_path)
    result = run("score", "--corpus", str(corpus), "--gold", str(gold), "--format", "json", "--no-lists",
                 "--min-fact-f1", "0.5")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert len(scores["articles"]) == len(list(corpus.glob("*.txt"))) >= 4
    assert scores["overall"]["facts"]["f1"] >= 0.5
    assert scores["thresholds"] == {"checked": {"fact": 0.5}, "failures": []}
    assert "missed" not in scores


def test_help_documents_every_option_with_an_example():
    for command in ["extract", "show", "score"]:
        text = run(command, "--help").stdout.decode()
        options = re.findall(r"^\s+(--[a-z-]+)", text, re.M)
        assert options, command
        assert text.count("e.g.") >= len(set(options)) - 1  # every option but --help shows an example


def test_the_readme_spacy_recipe_gives_the_rows_of_the_cli(tmp_path):
    """The README's spaCy block, run as written, builds the pipeline whose rows `zhfacts extract` writes."""
    import re

    from pipeline.io.export import csv_text, fact_cells

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```python\n(.*?)```", readme, re.S) if "spacy.blank" in b)
    namespace: dict = {}
    exec(block, namespace)  # noqa: S102  (the README's own example)
    nlp = namespace["nlp"]
    text = ARTICLE.read_text(encoding="utf-8")
    recipe = csv_text(FACT_COLUMNS, (fact_cells(f) for f in nlp(text)._.facts))
    out = tmp_path / "facts.csv"
    cli_run = subprocess.run([sys.executable, "-m", "pipeline", "extract", "-", "--doc-id", "doc", "-o", str(out)],
                             input=text.encode("utf-8"), capture_output=True, cwd=ROOT, timeout=300)
    assert cli_run.returncode == 0, cli_run.stderr
    assert recipe == out.read_text(encoding="utf-8")
    # and the model is set as `extract` sets it (the facts of one article may not show a difference)
    from pipeline.api import default_nlp

    settings = ("style", "min_confidence", "label_confidence", "latin_confidence", "place_name_confidence",
                "drop_generic", "repeat_names", "relabel_confidence", "confirm_style", "confirm_confidence",
                "gap_confidence")
    ours, theirs = nlp.get_pipe("zhfacts_ner"), default_nlp().get_pipe("zhfacts_ner")
    assert [getattr(ours, k) for k in settings] == [getattr(theirs, k) for k in settings]
