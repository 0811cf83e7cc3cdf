"""Command line: `zhfacts extract`, `zhfacts score`, and with no arguments the bundled demo.

Exit codes (also in the README):
  0  everything ran, and every score met its threshold;
  1  a score fell below its threshold;
  2  the command line was bad (an unknown option, an output that would overwrite an input, bad gold);
  3  some input could not be read; the others were still processed and written (none failed: no output at all);
  4  an output could not be written (a folder, a missing permission, a full disk).
A closed pipe (zhfacts extract a.txt | head) ends the run quietly.
Every problem is reported on standard error, naming the file and the problem.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from functools import partial
from pathlib import Path

from pipeline.eval.baseline import BaselineError
from pipeline.eval.gold import GoldError
from pipeline.io.export import OutputError
from pipeline.io.inputs import STDIN_DOC_ID, InputError, input_files, iter_articles

EXIT_OK = 0
EXIT_BELOW_THRESHOLD = 1
EXIT_USAGE = 2
EXIT_INPUT_FAILED = 3
EXIT_OUTPUT_FAILED = 4

DEFAULT_CORPUS = Path("corpus")
DEFAULT_GOLD = Path("gold")
DEFAULT_OUTPUT = Path("output")
SCORECARD_COLUMNS = ["text", "value", "unit", "currency", "qualifier", "role", "metric", "period"]


class UsageError(Exception):
    """A command line the tool refuses to run, such as one that would write over its own input."""


def refuse_overwriting_inputs(paths: Sequence[str], outputs: Sequence[str | None]) -> None:
    """An output file may not be one of the input files (or inside an input folder's matches)."""
    inputs = {os.path.realpath(p) for p in input_files(paths) if isinstance(p, Path)}
    for out in outputs:
        if out and out != "-" and os.path.realpath(out) in inputs:
            raise UsageError(f"{out}: is one of the inputs; refusing to overwrite it")


def run_extract(paths: Sequence[str], facts_out: str | None, entities_out: str | None, *, fmt: str | None = None,
                columns: Sequence[str] | None = None, excel: bool = False, quiet: bool = False, jobs: int = 1,
                dask: str | None = None, doc_id: str = STDIN_DOC_ID, keep_text: Path | None = None) -> int:
    from pipeline.io.export import WORKBOOK, TableWriter, Workbook, fact_rows, format_of, write_atomic
    from pipeline.records import ENTITY_COLUMNS, FACT_COLUMNS
    from pipeline.run.batch import extract_articles

    refuse_overwriting_inputs(paths, [facts_out, entities_out])
    fmt = format_of(facts_out, fmt)
    if fmt in ("parquet", WORKBOOK) and facts_out in (None, "-"):
        raise UsageError(f"{fmt} is binary: give a file with -o")
    if fmt == WORKBOOK and entities_out:
        raise UsageError("xlsx holds the entities as a second sheet of the -o file: leave out --entities")
    if entities_out == "-" and fmt == "parquet":  # "-" is standard output, as for -o
        raise UsageError("parquet is binary: give a file with --entities")
    if entities_out == "-" and facts_out in (None, "-"):
        raise UsageError("--entities -: the facts already go to standard output; give a file for them with -o")
    if jobs < 1:
        raise UsageError(f"--jobs {jobs}: give 1 or more worker processes")
    if dask is not None:
        from pipeline.run.dask import client_for, extract_on_cluster

        try:
            client = client_for(dask, workers=max(jobs, 2))
        except ImportError:
            raise UsageError("--dask needs the dask extra: pip install 'zh-news-facts[dask]'") from None
        results = extract_on_cluster(paths, client)
    else:
        client = None
        results = extract_articles(iter_articles(paths, stdin_doc_id=doc_id), jobs=jobs)
    failed = written = 0
    with ExitStack() as stack:  # on an error every writer discards its temporary file
        if client is not None:
            stack.callback(client.close)
        try:
            if fmt == WORKBOOK:
                book = stack.enter_context(Workbook(facts_out, {"facts": FACT_COLUMNS, "entities": ENTITY_COLUMNS},
                                                    columns={"facts": columns} if columns else None))
                writers = [book]
                write_facts = partial(book.write, "facts")
                write_entities = partial(book.write, "entities")
            else:
                facts = stack.enter_context(TableWriter(None if facts_out in (None, "-") else facts_out,
                                                        FACT_COLUMNS, fmt=fmt, columns=columns, excel=excel))
                entities = stack.enter_context(TableWriter(None if entities_out == "-" else entities_out,
                                                           ENTITY_COLUMNS, fmt=fmt, excel=excel)) \
                    if entities_out else None
                writers = [w for w in (facts, entities) if w is not None]
                write_facts = facts.write
                write_entities = entities.write if entities else None
        except ValueError as err:  # an unknown column, or parquet without pyarrow
            raise UsageError(str(err)) from None
        for result in progress(results, quiet=quiet):
            if isinstance(result, InputError):
                print(f"zhfacts: {result}", file=sys.stderr)
                failed += 1
                continue
            if keep_text is not None:
                write_atomic(keep_text / f"{result.doc_id}.txt", result.text)
            write_facts(fact_rows(result.facts, fmt))
            if write_entities:
                write_entities(e.row() for e in result.entities)
            written += 1
        if failed and not written:  # every input failed: an empty table would read as articles with no facts
            for writer in writers:
                writer.abandon()
    if failed and not written:
        print(f"zhfacts: all {failed} input(s) failed; nothing written", file=sys.stderr)
    elif failed:
        print(f"zhfacts: {failed} input(s) failed; the others were written", file=sys.stderr)
    return EXIT_INPUT_FAILED if failed else EXIT_OK


def progress(items: Iterable, *, quiet: bool) -> Iterable:
    """A progress bar on standard error when it is a terminal; silent otherwise or with --quiet."""
    if quiet or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, desc="articles", unit="file", file=sys.stderr)


def run_show(path: str, output: str, gold: Path | None) -> int:
    """Render one article with its facts and entities highlighted as an HTML page."""
    from pipeline.api import extract
    from pipeline.io.export import write_atomic
    from pipeline.io.show import compare_with_gold, render_page

    articles = list(iter_articles([path]))
    if len(articles) != 1:
        raise UsageError(f"{path}: show takes one article ({len(articles)} found)")
    article = articles[0]
    if isinstance(article, InputError):
        raise article
    refuse_overwriting_inputs([path], [output])
    result = extract(article.text, doc_id=article.doc_id)
    missed, spurious = [], []
    if gold is not None:
        missed, spurious = compare_with_gold(result, gold / f"{article.doc_id}.facts.csv")
    write_atomic(output, render_page(result, missed=missed, spurious=spurious))
    print(f"Wrote {output}: {len(result.facts)} facts, {len(result.entities)} entities", file=sys.stderr)
    return EXIT_OK


def run_score(corpus: Path, gold: Path, thresholds: dict[str, float | None], *, facts_path: Path | None = None,
              entities_path: Path | None = None, quiet_lists: bool = False, fmt: str = "text",
              split: str = "all", manifest: Path | None = None, baseline: Path | None = None) -> int:
    import json

    from pipeline.eval.baseline import compare_runs, format_changes, read_baseline, regressions
    from pipeline.eval.corpus import SPLITS
    from pipeline.eval.evaluate import evaluate

    earlier = read_baseline(baseline) if baseline is not None else None  # a bad file fails before the long run
    splits = SPLITS if split == "all" else (split,)
    evaluation = evaluate(corpus, gold, manifest=manifest, splits=splits, facts_path=facts_path,
                          entities_path=entities_path)
    if not evaluation.splits:
        raise UsageError(f"{gold}: no gold article in the {split} split")
    failures = evaluation.below(thresholds)
    changes = compare_runs(evaluation.article_rows(), earlier) if earlier is not None else []
    failures += regressions(changes)
    if fmt == "json":
        scores = evaluation.as_dict(lists=not quiet_lists)
        scores["thresholds"] = {"checked": {k: v for k, v in thresholds.items() if v is not None},
                                "failures": failures}
        if earlier is not None:
            scores["baseline"] = {"path": str(baseline), "changes": [c.as_dict() for c in changes]}
        print(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        print(evaluation.format(lists=not quiet_lists))
        if earlier is not None:
            print("\n" + format_changes(changes, baseline))
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return EXIT_BELOW_THRESHOLD if failures else EXIT_OK


def run_train_ner(pool: Path | None, model: Path | None) -> int:
    """Rebuild the NER model from the pool; prints held-out scores and the elapsed time."""
    from pipeline.ner.train import NER_POOL, run

    pool = pool or NER_POOL
    if not pool.is_dir():
        raise InputError(f"{pool}: no such folder (the NER training pool)")
    run(pool, model)
    return EXIT_OK


def run_default(corpus: Path, gold: Path, output: Path) -> int:
    """The demo: extract the bundled corpus into `output/`, show the scorecard facts, then the score."""
    import pandas as pd

    facts_path, entities_path = output / "facts.csv", output / "entities.csv"
    run_extract([str(corpus)], str(facts_path), str(entities_path))
    print(f"Wrote {facts_path} and {entities_path}\n")
    frame = pd.read_csv(facts_path, dtype=str, keep_default_na=False)
    scorecard = frame[frame["section"].str.contains("成績單|成绩单", regex=True)]
    if len(scorecard):
        print(f"Scorecard facts ({scorecard['section'].iloc[0]}):")
        wide = ("display.max_rows", None, "display.width", 200, "display.unicode.east_asian_width", True)
        with pd.option_context(*wide):
            print(scorecard[SCORECARD_COLUMNS].to_string(index=False))
        print()
    if not gold.is_dir():
        print(f"No gold folder at {gold}: nothing to score against.")
        return EXIT_OK
    return run_score(corpus, gold, {}, facts_path=facts_path, entities_path=entities_path)


EPILOG = """examples:
  zhfacts                                        the demo: corpus/ → output/, scorecard table, score
  zhfacts extract article.txt                    facts CSV on standard output
  zhfacts extract corpus/ -o facts.csv --entities entities.csv
  zhfacts extract corpus/ -o facts.csv --excel   CSV with a BOM, for Excel
  zhfacts extract a.txt --format jsonl --columns text,value,unit,metric
  cat a.txt | zhfacts extract -                  standard input
  zhfacts show a.txt -o page.html --gold gold    a page to look at, with misses and spurious facts
  zhfacts score --min-fact-f1 0.85               exit 1 below the bar
  zhfacts score --format json --no-lists         scores for CI
  zhfacts score --baseline before.json           exit 1 if a figure fell beyond chance since before.json

exit codes: 0 ok; 1 a score below its threshold or fallen since --baseline; 2 bad command line, gold or baseline;
3 some input could not be read; 4 an output could not be written
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhfacts", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Extract figures and named entities from Chinese news. With no command, runs on corpus/, "
        "writes output/facts.csv and output/entities.csv, and scores them against gold/.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ex = sub.add_parser("extract", help="extract facts and entities to CSV, JSONL or Parquet",
                        formatter_class=argparse.RawDescriptionHelpFormatter,
                        description="Extract the facts (and optionally the entities) of articles.",
                        epilog="examples:\n  zhfacts extract corpus/ -o facts.csv --entities entities.csv\n"
                        "  zhfacts extract a.txt --format parquet -o facts.parquet\n"
                        "  zhfacts extract a.txt --columns doc_id,text,value,unit,metric --excel -o facts.csv")
    ex.add_argument("paths", nargs="+", metavar="PATH",
                    help="a file (.txt, .md, or an .html page saved from a news site), a folder (such files, "
                    "recursively, in sorted order), or - for standard input (plain text); e.g. corpus/")
    ex.add_argument("--keep-text", type=Path, metavar="DIR",
                    help="write the text each article was read as (HTML and Markdown are converted: offsets refer to "
                    "that text) to DIR/<doc_id>.txt; e.g. --keep-text texts/")
    ex.add_argument("--doc-id", default=STDIN_DOC_ID, metavar="ID",
                    help=f"the doc_id of the article read from standard input (default: {STDIN_DOC_ID}); "
                    "e.g. --doc-id hkej-2024-05-01")
    ex.add_argument("-o", "--output", metavar="FILE", help="facts file to write (default: standard output); "
                    "e.g. -o facts.csv")
    ex.add_argument("--entities", metavar="FILE",
                    help="also write the entities here (- for standard output, with -o FILE for the facts); e.g. "
                    "--entities ents.csv")
    ex.add_argument("--format", choices=("csv", "jsonl", "parquet", "xlsx"), default=None,
                    help="csv, jsonl (one JSON object per line), parquet (needs pyarrow) or xlsx (facts and entities "
                    "as two sheets of the -o file); by default the -o file's extension, else csv; e.g. --format jsonl")
    ex.add_argument("--columns", metavar="LIST", type=lambda v: [c.strip() for c in v.split(",") if c.strip()],
                    help="facts columns to keep, in this order; e.g. --columns text,value,unit,metric")
    ex.add_argument("--excel", action="store_true",
                    help="UTF-8 with a byte-order mark, so that Excel shows Chinese text; e.g. --excel")
    ex.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                    help="worker processes; the output is the same as with one (default: 1); e.g. --jobs 2")
    ex.add_argument("--dask", metavar="ADDRESS",
                    help="run on a Dask scheduler at ADDRESS, or `local` to start a LocalCluster of --jobs "
                    "(at least 2) worker processes; needs the dask extra; e.g. --dask local")
    ex.add_argument("-q", "--quiet", action="store_true",
                    help="no progress bar (it only shows on a terminal anyway); e.g. -q")

    sh = sub.add_parser("show", help="render an article with its facts and entities highlighted (HTML)",
                        description="Example: zhfacts show corpus/changsha-global-rd-center.txt -o page.html "
                        "--gold gold")
    sh.add_argument("path", metavar="PATH", help="one article; e.g. corpus/changsha-global-rd-center.txt")
    sh.add_argument("-o", "--output", metavar="HTML", required=True, help="page to write; e.g. -o page.html")
    sh.add_argument("--gold", type=Path, metavar="DIR",
                    help="mark missed and spurious facts against DIR/<doc_id>.facts.csv; e.g. --gold gold")

    sc = sub.add_parser("score", help="score the extractor against hand-labelled gold, split by split",
                        description="Scores the dev and test splits side by side (micro and macro, by region and "
                        "genre, per article), then the dev split in detail with its misses and spurious rows; test "
                        "articles are only scored. Thresholds are checked on all scored articles pooled. "
                        "Example: zhfacts score --split test --min-fact-f1 0.85")
    sc.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help="folder of <doc_id>.txt (default: corpus); e.g. --corpus ../shared/eval/articles")
    sc.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                    help="folder of <doc_id>.facts.csv and <doc_id>.entities.csv (default: gold); "
                    "e.g. --gold ../shared/eval/gold")
    sc.add_argument("--split", choices=("all", "dev", "test"), default="all",
                    help="which split to score (default: all); e.g. --split test")
    sc.add_argument("--manifest", type=Path, metavar="CSV",
                    help="the corpus manifest: source, region, script and genre of each article "
                    "(default: CORPUS/manifest.csv); e.g. --manifest corpus/manifest.csv")
    sc.add_argument("--min-quantity-f1", type=float, metavar="X",
                    help="exit 1 if quantity F1 is below X; e.g. --min-quantity-f1 0.95")
    sc.add_argument("--min-fact-f1", type=float, metavar="X",
                    help="exit 1 if fact F1 is below X; e.g. --min-fact-f1 0.85")
    sc.add_argument("--min-entity-f1", type=float, metavar="X",
                    help="exit 1 if strict entity F1 is below X; e.g. --min-entity-f1 0.85")
    sc.add_argument("--baseline", type=Path, metavar="JSON",
                    help="compare with an earlier `zhfacts score --format json` output, article by article, and "
                    "exit 1 if a macro figure fell beyond chance (its 95 %% interval of the change below zero); "
                    "e.g. --baseline before.json")
    sc.add_argument("--no-lists", action="store_true",
                    help="the scores only, without misses and spurious rows; e.g. --no-lists")
    sc.add_argument("--format", choices=("text", "json"), default="text",
                    help="text (default) or json, machine-readable for CI; e.g. --format json")

    tn = sub.add_parser("train-ner", help="rebuild the bundled NER model from the training pool",
                        description="Trains the CRF NER on the pool (fixed split and seed), writes the model, "
                        "prints the held-out scores and the time taken. Example: zhfacts train-ner")
    tn.add_argument("--pool", type=Path, default=None,
                    help="folder of the NER pool's .jsonl files (default: ../shared/data/ner beside the project); "
                    "e.g. --pool ../shared/data/ner")
    tn.add_argument("--model", type=Path, metavar="FILE",
                    help="where to write the model (default: the one shipped in the package); e.g. --model m.bin")

    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT, metavar="DIR",
                        help="with no command: where to write facts.csv and entities.csv (default: output); "
                        "e.g. --output-dir /tmp/out")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return run_extract(args.paths, args.output, args.entities, fmt=args.format, columns=args.columns,
                               excel=args.excel, quiet=args.quiet, jobs=args.jobs, dask=args.dask,
                               doc_id=args.doc_id, keep_text=args.keep_text)
        if args.command == "show":
            return run_show(args.path, args.output, args.gold)
        if args.command == "score":
            thresholds = {"quantity": args.min_quantity_f1, "fact": args.min_fact_f1, "entity": args.min_entity_f1}
            return run_score(args.corpus, args.gold, thresholds, quiet_lists=args.no_lists, fmt=args.format,
                             split=args.split, manifest=args.manifest, baseline=args.baseline)
        if args.command == "train-ner":
            return run_train_ner(args.pool, args.model)
        return run_default(DEFAULT_CORPUS, DEFAULT_GOLD, args.output_dir)
    except (UsageError, GoldError, BaselineError) as err:
        print(f"zhfacts: {err}", file=sys.stderr)
        return EXIT_USAGE
    except InputError as err:
        print(f"zhfacts: {err}", file=sys.stderr)
        return EXIT_INPUT_FAILED
    except OutputError as err:
        print(f"zhfacts: {err}", file=sys.stderr)
        return EXIT_OUTPUT_FAILED
    except BrokenPipeError:  # zhfacts extract a.txt | head: the reader has gone, quietly stop
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
