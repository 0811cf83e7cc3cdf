"""Bad input never crashes the tool, never loses data, and always gets a clear answer (issue 6).

Each case asserts the behaviour a user sees: the message, the exit code and what is left on disk.
"""

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.io.export import write_atomic
from pipeline.io.inputs import InputError, decode, iter_articles, read_article
from pipeline.run.cli import EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, main
from tests.helpers import small_corpus

ROOT = Path(__file__).resolve().parents[1]
TEXT = "截至6月底，全市新增企業超1.2萬家，同比增長8.5%。\n營業收入達3億元。\n"
EXPECTED = [("超1.2萬家", "12000"), ("8.5%", "8.5"), ("3億元", "300000000")]


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], input=stdin, capture_output=True,
                          cwd=ROOT, timeout=300)


def rows(csv_text):
    return list(csv.DictReader(io.StringIO(csv_text)))


def figures(csv_text):
    return [(r["text"], r["value"]) for r in rows(csv_text)]


# --- encodings -----------------------------------------------------------------------------------------------

ENCODED = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8 with BOM": TEXT.encode("utf-8-sig"),
    "utf-16 LE with BOM": TEXT.encode("utf-16"),
    "utf-16 BE with BOM": b"\xfe\xff" + TEXT.encode("utf-16-be"),
    "gb18030": TEXT.encode("gb18030"),
    "big5": TEXT.encode("big5"),
}


@pytest.mark.parametrize("encoding", ENCODED)
def test_every_common_encoding_decodes_to_the_same_facts(tmp_path, encoding):
    path = tmp_path / "article.txt"
    path.write_bytes(ENCODED[encoding])
    assert read_article(path) == TEXT
    result = run("extract", str(path))
    assert result.returncode == EXIT_OK, result.stderr
    assert figures(result.stdout.decode("utf-8")) == EXPECTED


def test_gbk_simplified_text_decodes(tmp_path):
    simplified = "全市地区生产总值达4000.5亿元，比上年增长10%。"
    assert decode(simplified.encode("gbk"), "x.txt") == simplified


def test_undecodable_file_is_named_and_the_others_still_run(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(bytes(range(0x80, 0x100)) * 3)
    result = run("extract", str(tmp_path))
    assert result.returncode == EXIT_INPUT_FAILED
    assert "b.txt: cannot be decoded" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()
    assert figures(result.stdout.decode()) == EXPECTED


# --- line endings and control characters ----------------------------------------------------------------------


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_give_the_same_facts_as_lf(newline):
    text = "## 標題\n" + TEXT
    lf = extract(text).facts
    other_text = text.replace("\n", newline)
    other = extract(other_text).facts
    assert [(f.text, f.value, f.metric, f.section) for f in other] == [
        (f.text, f.value, f.metric, f.section) for f in lf]
    for fact in other:
        assert other_text[fact.start : fact.end] == fact.text


def test_nul_and_control_characters_neither_crash_nor_shift_offsets():
    text = "\x00\x01營業收入\x07達3億元\x1b，\x7f增長5%。\x0c"
    facts = extract(text).facts
    assert [(f.text, f.value) for f in facts] == [("3億元", 3e8), ("5%", 5)]
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text


# --- empty and binary files -----------------------------------------------------------------------------------


def test_empty_file_gives_no_facts_and_no_error(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("extract", str(tmp_path / "empty.txt"))
    assert result.returncode == EXIT_OK
    assert result.stderr == b""
    assert rows(result.stdout.decode()) == []


def test_binary_file_gets_a_clear_error_and_the_run_goes_on(tmp_path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "good.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "facts.csv"
    result = run("extract", str(tmp_path / "image.txt"), str(tmp_path / "good.txt"), "-o", str(out))
    assert result.returncode == EXIT_INPUT_FAILED
    assert "image.txt: looks like a binary file" in result.stderr.decode()
    assert figures(out.read_text(encoding="utf-8")) == EXPECTED


# --- size -----------------------------------------------------------------------------------------------------


def test_a_long_article_runs_in_bounded_chunks_with_global_offsets():
    paragraph = "## 第{}部分\n全年營業收入達3億元，同比增長5%。\n"
    text = "".join(paragraph.format(i) for i in range(400))
    whole = extract(text, chunk_chars=len(text) + 1).facts
    chunked = extract(text, chunk_chars=1000).facts
    assert len(chunked) == len(whole) == 800
    assert [(f.start, f.end, f.text, f.metric, f.section) for f in chunked] == [
        (f.start, f.end, f.text, f.metric, f.section) for f in whole]


def test_one_huge_line_is_cut_at_sentence_ends():
    text = "收入達3億元。" * 500
    facts = extract(text, chunk_chars=700).facts
    assert len(facts) == 500
    assert all(text[f.start : f.end] == "3億元" for f in facts)


# --- paths ----------------------------------------------------------------------------------------------------


def test_missing_path_is_named(tmp_path):
    result = run("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == EXIT_INPUT_FAILED
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in result.stderr.decode()


def test_directory_is_walked_recursively_in_a_stable_order_articles_only(tmp_path):
    for rel in ["b/z.txt", "a.txt", "b/a/y.txt", "c.csv", "d.md", "e.HTML", "f.json"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(TEXT, encoding="utf-8")
    found = [a.doc_id for a in iter_articles([str(tmp_path)])]
    assert found == ["a", "y", "z", "d", "e"]  # .txt, .md and .html; not .csv or .json


def test_a_folder_without_articles_is_named_and_nothing_is_written(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    out = tmp_path / "facts.csv"
    result = run("extract", str(tmp_path / "in"), "-o", str(out))
    assert result.returncode == EXIT_INPUT_FAILED
    assert f"{tmp_path / 'in'}: a folder with no article files in it (.txt" in result.stderr.decode()
    assert not out.exists()


def test_symlink_loop_is_reported_and_not_followed(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")
    results = list(iter_articles([str(tmp_path)]))
    errors = [str(r) for r in results if isinstance(r, InputError)]
    assert [r.doc_id for r in results if not isinstance(r, InputError)] == ["a"]
    assert any("loop: symlink loop" in e for e in errors)
    assert any("self.txt: symlink loop" in e for e in errors)


def test_unreadable_file_gets_a_clear_message(tmp_path, monkeypatch, capsys):
    path = tmp_path / "secret.txt"
    path.write_text(TEXT, encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def deny(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", deny)  # tests run as root, where chmod 000 does not stop reading
    assert main(["extract", str(path), "-o", str(tmp_path / "out.csv")]) == EXIT_INPUT_FAILED
    assert f"{path}: permission denied" in capsys.readouterr().err


# --- output ---------------------------------------------------------------------------------------------------


def test_interrupted_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    target = tmp_path / "facts.csv"
    target.write_text("old,complete\n", encoding="utf-8")

    def crash(*_args):
        raise KeyboardInterrupt  # the user pressed Ctrl-C just before the rename

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "new,content\n" * 1000)
    assert target.read_text(encoding="utf-8") == "old,complete\n"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.csv"]


def test_killed_run_leaves_no_partial_csv(tmp_path):
    """A process killed while writing leaves either no file or a complete one."""
    target = tmp_path / "facts.csv"
    code = (
        "import os, pipeline.io.export as e\n"
        "real = os.replace\n"
        "os.replace = lambda *a: os._exit(9)\n"
        f"e.write_atomic({str(target)!r}, 'x' * 10_000_000)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, timeout=120)
    assert result.returncode == 9
    assert not target.exists()


def test_refuses_to_write_over_an_input(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = run("extract", str(article), "-o", str(article))
    assert result.returncode == EXIT_USAGE
    assert "is one of the inputs" in result.stderr.decode()
    assert article.read_text(encoding="utf-8") == TEXT
    folder = run("extract", str(tmp_path), "--entities", str(article))
    assert folder.returncode == EXIT_USAGE


def test_output_is_byte_identical_across_runs(tmp_path):
    """Two processes (each with its own hash seed) write the same bytes."""
    corpus, _ = small_corpus(tmp_path)
    outputs = []
    for i in range(2):
        out, ents = tmp_path / f"f{i}.csv", tmp_path / f"e{i}.csv"
        assert run("extract", str(corpus), "-o", str(out), "--entities", str(ents)).returncode == 0
        outputs.append((out.read_bytes(), ents.read_bytes()))
    assert outputs[0] == outputs[1]


# --- gold -----------------------------------------------------------------------------------------------------

GOLD_HEADER = "doc_id,start,end,text,value,value_max,unit,currency,qualifier,role,metric,period,section\n"
GOOD_ROW = "d,6,11,1.2萬家,12000,,家,,at_least,amount,企業,,\n"


@pytest.mark.parametrize(("row", "column", "problem"), [
    ("d,6,x,1.2萬家,12000,,家,,at_least,amount,企業,,\n", "end", "integer"),
    ("d,6,10,1.2萬家,12000,,家,,at_least,amount,企業,,\n", "text", ""),
    ("d,0,5,1.2萬家,12000,,家,,at_least,amount,企業,,\n", "text", "but the text at 0:5 is"),
    ("d,6,11,1.2萬家,12000,,家,,at_least,growth,企業,,\n", "role", "growth"),
    ("d,6,11,1.2萬家,lots,,家,,at_least,amount,企業,,\n", "value", "number"),
])
def test_malformed_gold_names_file_line_column_and_problem(tmp_path, row, column, problem):
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "d.txt").write_text("截至6月底超1.2萬家", encoding="utf-8")
    (gold / "d.facts.csv").write_text(GOLD_HEADER + GOOD_ROW + row, encoding="utf-8")
    (gold / "d.entities.csv").write_text("doc_id,start,end,text,label\n", encoding="utf-8")
    result = run("score", "--corpus", str(corpus), "--gold", str(gold))
    message = result.stderr.decode()
    assert result.returncode == EXIT_USAGE
    assert f"{gold / 'd.facts.csv'}:3" in message and f"'{column}'" in message and problem in message
    assert "Traceback" not in message


def test_gold_missing_a_column(tmp_path):
    corpus, gold = tmp_path / "corpus", tmp_path / "gold"
    corpus.mkdir()
    gold.mkdir()
    (corpus / "d.txt").write_text("超1.2萬家", encoding="utf-8")
    (gold / "d.facts.csv").write_text(GOLD_HEADER.replace(",role", ""), encoding="utf-8")
    (gold / "d.entities.csv").write_text("doc_id,start,end,text,label\n", encoding="utf-8")
    result = run("score", "--corpus", str(corpus), "--gold", str(gold))
    assert result.returncode == EXIT_USAGE
    assert "d.facts.csv:1" in result.stderr.decode() and "role" in result.stderr.decode()
