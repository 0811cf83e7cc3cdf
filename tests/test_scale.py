"""Many articles: batches through nlp.pipe, --jobs N worker processes and Dask give the same bytes as one."""

import importlib.util
from pathlib import Path

import pytest

from pipeline import extract
from pipeline.io.inputs import Article, InputError
from pipeline.run import cli
from pipeline.run.batch import extract_articles

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval" / "articles"
SOURCES = [ROOT / "corpus" / "changsha-global-rd-center.txt", *sorted(SHARED.glob("*.txt"))]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A dozen articles (the bundled one and the eval ones, repeated under new names) and one broken file."""
    folder = tmp_path_factory.mktemp("corpus")
    for i in range(12):
        source = SOURCES[i % len(SOURCES)]
        (folder / f"{i:02d}-{source.stem}.txt").write_bytes(source.read_bytes())
    (folder / "05-broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return folder


def extract_to(folder, out_dir, *extra):
    facts, entities = out_dir / "facts.csv", out_dir / "entities.csv"
    code = cli.main(["extract", str(folder), "-o", str(facts), "--entities", str(entities), "-q", *extra])
    return code, facts.read_bytes(), entities.read_bytes()


@pytest.fixture(scope="module")
def one_job(corpus, tmp_path_factory):
    return extract_to(corpus, tmp_path_factory.mktemp("one"))


def test_batches_give_what_extract_gives_one_by_one():
    texts = [p.read_text(encoding="utf-8") for p in SOURCES]
    articles = [Article(f"d{i}", "x", t) for i, t in enumerate(texts)] + [InputError("bad.txt: broken")]
    results = list(extract_articles(articles, batch_size=2))
    assert isinstance(results[-1], InputError)
    for i, (text, result) in enumerate(zip(texts, results)):
        alone = extract(text, doc_id=f"d{i}")
        assert result.facts == alone.facts
        assert result.entities == alone.entities


def test_two_jobs_give_byte_identical_output_in_the_same_order(corpus, tmp_path, one_job):
    code, facts, entities = extract_to(corpus, tmp_path, "--jobs", "2")
    assert code == one_job[0] == cli.EXIT_INPUT_FAILED  # the broken file is reported either way
    assert facts == one_job[1]
    assert entities == one_job[2]


@pytest.mark.skipif(importlib.util.find_spec("distributed") is None, reason="the dask extra is not installed")
def test_local_dask_cluster_gives_byte_identical_csv(corpus, tmp_path, one_job):
    code, facts, entities = extract_to(corpus, tmp_path, "--dask", "local", "--jobs", "2")
    assert code == one_job[0]
    assert facts == one_job[1]
    assert entities == one_job[2]


@pytest.mark.skipif(importlib.util.find_spec("distributed") is None, reason="the dask extra is not installed")
def test_extract_bag_is_a_dask_dataframe_of_the_facts(corpus, one_job):
    import io

    import pandas as pd

    from pipeline.run.dask import extract_bag

    frame = extract_bag([str(corpus)]).compute(scheduler="synchronous")
    local = pd.read_csv(io.BytesIO(one_job[1]))
    assert list(frame.columns) == list(local.columns)
    assert list(frame["text"]) == list(local["text"])
    assert list(frame["doc_id"]) == list(local["doc_id"])
