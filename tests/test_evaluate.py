"""`zhfacts score` on a small corpus: splits side by side, micro and macro, region and genre, test rows hidden."""

from __future__ import annotations

import json

import pytest

from pipeline.eval.corpus import split_of
from pipeline.eval.evaluate import evaluate
from pipeline.run import cli

DEV, TEST = "a", "corpus-article-7"
FACT_HEADER = "doc_id,fact_id,start,end,text,value,value_max,unit,currency,qualifier,role,metric,period,section,subject"


@pytest.fixture
def corpus(tmp_path):
    assert (split_of(DEV), split_of(TEST)) == ("dev", "test")
    (tmp_path / "corpus").mkdir()
    (tmp_path / "gold").mkdir()
    texts = {DEV: "长沙现有企业120家，同比增长5%。", TEST: "上海营收达3亿元。"}
    facts = {
        DEV: [f"{DEV},g1,6,10,120家,120,,家,,exact,amount,企业,,,长沙",
              f"{DEV},g2,15,17,5%,5,,%,,exact,change,企业,,,长沙"],
        TEST: [f"{TEST},g1,5,8,3亿元,300000000,,元,CNY,exact,amount,营收,,,上海"],
    }
    entities = {DEV: [f"{DEV},0,2,长沙,LOC"], TEST: [f"{TEST},0,2,上海,LOC"]}
    for doc_id, text in texts.items():
        (tmp_path / "corpus" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (tmp_path / "gold" / f"{doc_id}.facts.csv").write_text("\n".join([FACT_HEADER, *facts[doc_id]]) + "\n")
        (tmp_path / "gold" / f"{doc_id}.entities.csv").write_text(
            "\n".join(["doc_id,start,end,text,label", *entities[doc_id]]) + "\n", encoding="utf-8")
    (tmp_path / "corpus" / "manifest.csv").write_text(
        "doc_id,source,region,script,genre,split\n"
        f"{DEV},x,cn,simplified,industry,dev\n{TEST},y,hk,simplified,earnings,test\n", encoding="utf-8")
    return tmp_path


def test_both_splits_are_scored_with_every_figure(corpus):
    evaluation = evaluate(corpus / "corpus", corpus / "gold")
    data = evaluation.as_dict()
    assert set(data["splits"]) == {"dev", "test"}
    for split in data["splits"].values():
        assert set(split["micro"]) >= {"quantities", "facts", "entities_strict", "qualifier", "currency", "period",
                                       "subject"}
        assert set(split["macro"]) >= {"quantity_f1", "fact_f1", "entity_f1", "qualifier", "currency", "period",
                                       "subject"}
        assert split["articles"] == 1
    assert set(data["splits"]["dev"]["by_region"]) == {"cn"}
    assert set(data["splits"]["test"]["by_genre"]) == {"earnings"}
    assert [row["split"] for row in data["articles"]] == ["dev", "test"]
    assert "dev_decisions" in data and data["dev_decisions"]["gold"] == 2


def test_each_split_counts_the_facts_lost_at_each_decision_and_lists_rows_for_dev_alone(corpus):
    """Where the splits' gap opens (metric, keep, …) is a figure like the others: counts for every split."""
    evaluation = evaluate(corpus / "corpus", corpus / "gold")
    data = evaluation.as_dict()
    assert data["test_decisions"]["gold"] == 1
    assert data["test_decisions"]["found"] + sum(data["test_decisions"]["lost"].values()) == 1
    table = evaluation.format(lists=False).split("facts lost at each decision")[1].split("\n\n")[0]
    assert table.splitlines()[1].split() == ["dev", "test"]
    assert table.splitlines()[2].split() == ["gold", "2", "1"]
    assert [line.split()[0] for line in table.splitlines()[3:]] == [
        "numerals", "keep", "value", "unit", "role", "metric", "spurious", "found"]


def test_rows_that_did_not_match_are_listed_for_dev_only(corpus):
    data = evaluate(corpus / "corpus", corpus / "gold").as_dict()
    listed = [row["doc_id"] for rows in (*data["dev_missed"].values(), *data["dev_spurious"].values())
              for row in rows]
    assert TEST not in listed
    text = evaluate(corpus / "corpus", corpus / "gold").format()
    assert "dev split in detail:" in text and TEST in text  # the test article appears as numbers only
    assert f"{TEST} 5:8" not in text


def test_the_cli_scores_one_split_as_json(corpus, capsys):
    code = cli.main(["score", "--corpus", str(corpus / "corpus"), "--gold", str(corpus / "gold"),
                     "--split", "test", "--format", "json", "--min-entity-f1", "0.0"])
    assert code == cli.EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert set(data["splits"]) == {"test"} and "dev_missed" not in data
    assert data["thresholds"]["failures"] == []


def test_macro_figures_carry_a_bootstrap_interval_over_articles(corpus):
    """A split of ten articles has an interval; a split of one has no spread to read, so none."""
    _add_dev_articles(corpus, 9)
    evaluation = evaluate(corpus / "corpus", corpus / "gold")
    splits = evaluation.as_dict()["splits"]
    low, high = splits["dev"]["macro_interval"]["quantity_f1"]
    assert low <= splits["dev"]["macro"]["quantity_f1"] <= high
    assert splits["test"]["macro_interval"]["quantity_f1"] is None
    assert "macro 95%" in evaluation.format(lists=False)


def _add_dev_articles(corpus, count: int) -> None:
    """More dev articles of one figure each, so that the dev split has a spread over articles."""
    doc_ids = [doc_id for doc_id in (f"b{i}" for i in range(100)) if split_of(doc_id) == "dev"][:count]
    manifest = corpus / "corpus" / "manifest.csv"
    for doc_id in doc_ids:
        (corpus / "corpus" / f"{doc_id}.txt").write_text("长沙现有企业80家。", encoding="utf-8")
        (corpus / "gold" / f"{doc_id}.facts.csv").write_text(
            f"{FACT_HEADER}\n{doc_id},g1,6,9,80家,80,,家,,exact,amount,企业,,,长沙\n", encoding="utf-8")
        (corpus / "gold" / f"{doc_id}.entities.csv").write_text(
            f"doc_id,start,end,text,label\n{doc_id},0,2,长沙,LOC\n", encoding="utf-8")
        manifest.write_text(manifest.read_text(encoding="utf-8") + f"{doc_id},x,cn,simplified,industry,dev\n",
                            encoding="utf-8")


def test_score_against_a_baseline_exits_1_only_when_a_figure_fell_beyond_chance(corpus, capsys, tmp_path):
    _add_dev_articles(corpus, 9)
    where = ["--corpus", str(corpus / "corpus"), "--gold", str(corpus / "gold"), "--no-lists"]
    assert cli.main(["score", *where, "--format", "json"]) == 0
    earlier = json.loads(capsys.readouterr().out)
    baseline = tmp_path / "before.json"
    baseline.write_text(json.dumps(earlier), encoding="utf-8")
    assert cli.main(["score", *where, "--format", "json", "--baseline", str(baseline)]) == 0
    changes = json.loads(capsys.readouterr().out)["baseline"]["changes"]
    assert changes and all(c["change"] == 0 and not c["regressed"] for c in changes)
    for row in earlier["articles"]:  # a baseline that was better on every dev article
        row["fact_f1"] = 2.0 if row["split"] == "dev" else row["fact_f1"]
    baseline.write_text(json.dumps(earlier), encoding="utf-8")
    assert cli.main(["score", *where, "--baseline", str(baseline)]) == 1
    captured = capsys.readouterr()
    assert "FELL" in captured.out and "FAIL: dev fact F1 fell 2.000" in captured.err


def test_the_lists_come_in_article_order_so_that_two_runs_print_the_same(corpus):
    """Gold gathered from a set of doc_ids came out in an order that changed from run to run (string hashing)."""
    _add_dev_articles(corpus, 9)
    for path in (corpus / "gold").glob("b*.facts.csv"):  # a metric the extractor will not give: every row missed
        path.write_text(path.read_text(encoding="utf-8").replace(",企业,", ",营收,"), encoding="utf-8")
    missed = [row["doc_id"] for row in evaluate(corpus / "corpus", corpus / "gold").as_dict()["dev_missed"]["facts"]]
    assert len(set(missed)) == 9 and missed == sorted(missed)
