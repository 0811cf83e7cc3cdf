"""What the extract command writes, and what it does when it cannot: permissions, no half outputs, exit codes."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.run import cli

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "changsha-global-rd-center.txt"


def test_outputs_follow_the_umask(tmp_path):
    old = os.umask(0o027)
    try:
        assert cli.main(["extract", str(ARTICLE), "-o", str(tmp_path / "facts.csv"), "-q"]) == cli.EXIT_OK
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "facts.csv").stat().st_mode) == 0o640


def test_no_output_file_when_every_input_fails(tmp_path, capsys):
    out = tmp_path / "facts.csv"
    code = cli.main(["extract", str(tmp_path / "missing.txt"), "-o", str(out), "--entities", str(tmp_path / "e.csv")])
    assert code == cli.EXIT_INPUT_FAILED
    assert not out.exists() and not (tmp_path / "e.csv").exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left behind either
    assert "all 1 input(s) failed; nothing written" in capsys.readouterr().err


def test_an_output_that_is_a_folder_is_exit_code_4(tmp_path, capsys):
    assert cli.main(["extract", str(ARTICLE), "-o", str(tmp_path)]) == cli.EXIT_OUTPUT_FAILED
    assert f"{tmp_path}: is a directory; give a file name" in capsys.readouterr().err


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_output_is_exit_code_4(tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o555)
    assert cli.main(["extract", str(ARTICLE), "-o", str(locked / "f.csv")]) == cli.EXIT_OUTPUT_FAILED
    assert "cannot write" in capsys.readouterr().err


def test_a_closed_pipe_ends_quietly():
    code = (f"import sys; sys.argv = ['zhfacts', 'extract', {str(ROOT / 'corpus')!r}]; "
            "from pipeline.run.cli import main; sys.exit(main())")
    extract = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    first = extract.stdout.readline()
    extract.stdout.close()  # what `| head -1` does
    assert extract.wait(timeout=120) == cli.EXIT_OK
    assert first.startswith(b"doc_id,")
    assert extract.stderr.read() == b""


def test_standard_input_takes_the_doc_id_given(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("营收达3亿元。".encode())))
    assert cli.main(["extract", "-", "--doc-id", "hkej-0501"]) == cli.EXIT_OK
    assert capsys.readouterr().out.splitlines()[1].startswith("hkej-0501,")


def test_an_xlsx_output_holds_facts_and_entities_as_two_sheets(tmp_path):
    import pandas as pd

    out = tmp_path / "facts.xlsx"
    assert cli.main(["extract", str(ARTICLE), "-o", str(out), "-q"]) == cli.EXIT_OK  # the format from the name
    sheets = pd.read_excel(out, sheet_name=None)
    assert list(sheets) == ["facts", "entities"]
    facts = sheets["facts"]
    assert list(facts.columns[-2:]) == ["subject", "sentence"] and len(facts) > 50
    assert facts["value"].dtype.kind == "f"  # numbers stay numbers
    assert cli.main(["extract", str(ARTICLE), "-o", str(out), "--entities", "e.csv"]) == cli.EXIT_USAGE


def test_every_format_carries_the_sentence(tmp_path):
    import json

    out = tmp_path / "facts.jsonl"
    assert cli.main(["extract", str(ARTICLE), "-o", str(out), "-q"]) == cli.EXIT_OK
    row = json.loads(out.read_text(encoding="utf-8").splitlines()[5])
    text = ARTICLE.read_text(encoding="utf-8")
    assert row["text"] in row["sentence"] and row["sentence"] in text
