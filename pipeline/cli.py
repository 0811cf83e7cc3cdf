"""Command line: `zhfacts extract`, `zhfacts score`, and with no arguments the bundled demo.

Exit codes (also in the README):
  0  everything ran, and every score met its threshold;
  1  a score fell below its threshold;
  2  the command line was bad (an unknown option, an output that would overwrite an input, bad gold);
  3  some input could not be read; the others were still processed and written.
Every problem is reported on standard error, naming the file and the problem.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from .gold import GoldError
from .inputs import InputError, iter_articles, walk

EXIT_OK = 0
EXIT_BELOW_THRESHOLD = 1
EXIT_USAGE = 2
EXIT_INPUT_FAILED = 3

DEFAULT_CORPUS = Path("corpus")
DEFAULT_GOLD = Path("gold")
DEFAULT_OUTPUT = Path("output")
DEFAULT_POOL = Path("../shared/data/ner")
SCORECARD_COLUMNS = ["text", "value", "unit", "currency", "qualifier", "role", "metric", "period"]


class UsageError(Exception):
    """A command line the tool refuses to run, such as one that would write over its own input."""


def refuse_overwriting_inputs(paths: Sequence[str], outputs: Sequence[str | None]) -> None:
    """An output file may not be one of the input files (or inside an input folder's matches)."""
    inputs = set()
    for name in paths:
        if name == "-":
            continue
        path = Path(name)
        targets = [path] if not path.is_dir() else [p for p in walk(path, "*.txt") if isinstance(p, Path)]
        inputs |= {os.path.realpath(p) for p in targets}
    for out in outputs:
        if out and out != "-" and os.path.realpath(out) in inputs:
            raise UsageError(f"{out}: is one of the inputs; refusing to overwrite it")


def run_extract(paths: Sequence[str], facts_out: str | None, entities_out: str | None) -> int:
    from .export import entities_csv, facts_csv, write_atomic
    from .extraction import extract

    refuse_overwriting_inputs(paths, [facts_out, entities_out])
    facts, entities, failed = [], [], 0
    for article in iter_articles(paths):
        if isinstance(article, InputError):
            print(f"zhfacts: {article}", file=sys.stderr)
            failed += 1
            continue
        result = extract(article.text, doc_id=article.doc_id)
        facts += result.facts
        entities += result.entities
    if facts_out in (None, "-"):
        sys.stdout.write(facts_csv(facts))
    else:
        write_atomic(facts_out, facts_csv(facts))
    if entities_out:
        write_atomic(entities_out, entities_csv(entities))
    if failed:
        print(f"zhfacts: {failed} input(s) failed; the others were written", file=sys.stderr)
    return EXIT_INPUT_FAILED if failed else EXIT_OK


def run_score(corpus: Path, gold: Path, thresholds: dict[str, float | None], *, facts_path: Path | None = None,
              entities_path: Path | None = None, quiet_lists: bool = False) -> int:
    from .evaluate import evaluate

    report = evaluate(corpus, gold, facts_path=facts_path, entities_path=entities_path)
    print(report.format(lists=not quiet_lists))
    failures = report.below(thresholds)
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return EXIT_BELOW_THRESHOLD if failures else EXIT_OK


def run_train_ner(pool: Path, model: Path | None) -> int:
    """Rebuild the NER model from the pool; prints held-out scores and the elapsed time."""
    from .ner_train import run

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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zhfacts",
        description="Extract figures and named entities from Chinese news. With no command, runs on corpus/, "
        "writes output/facts.csv and output/entities.csv, and scores them against gold/.",
    )
    sub = parser.add_subparsers(dest="command")

    ex = sub.add_parser("extract", help="extract facts and entities to CSV",
                        description="Example: zhfacts extract corpus/ -o facts.csv --entities entities.csv")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file, a folder of them, or - for standard input")
    ex.add_argument("-o", "--output", metavar="FACTS_CSV", help="facts CSV to write (default: standard output)")
    ex.add_argument("--entities", metavar="ENTITIES_CSV", help="also write the entities CSV here")

    sc = sub.add_parser("score", help="score the extractor against hand-labelled gold",
                        description="Example: zhfacts score --corpus corpus --gold gold --min-fact-f1 0.85")
    sc.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of <doc_id>.txt (default: corpus)")
    sc.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                    help="folder of <doc_id>.facts.csv and <doc_id>.entities.csv (default: gold)")
    sc.add_argument("--min-quantity-f1", type=float, metavar="X", help="exit 1 if quantity F1 is below X")
    sc.add_argument("--min-fact-f1", type=float, metavar="X", help="exit 1 if fact F1 is below X")
    sc.add_argument("--min-entity-f1", type=float, metavar="X", help="exit 1 if strict entity F1 is below X")
    sc.add_argument("--no-lists", action="store_true", help="print the scores only, without misses and spurious rows")

    tn = sub.add_parser("train-ner", help="rebuild the bundled NER model from the training pool",
                        description="Trains the CRF NER on the pool (fixed split and seed), writes the model, "
                        "prints the held-out scores and the time taken. Example: zhfacts train-ner")
    tn.add_argument("--pool", type=Path, default=DEFAULT_POOL,
                    help="folder of the NER pool's .jsonl files (default: ../shared/data/ner)")
    tn.add_argument("--model", type=Path, metavar="FILE",
                    help="where to write the model (default: the one shipped in the package)")

    parser.add_argument("--output-dir", type=Path, default=DEFAULT_OUTPUT, metavar="DIR",
                        help="with no command: where to write facts.csv and entities.csv (default: output)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return run_extract(args.paths, args.output, args.entities)
        if args.command == "score":
            thresholds = {"quantity": args.min_quantity_f1, "fact": args.min_fact_f1, "entity": args.min_entity_f1}
            return run_score(args.corpus, args.gold, thresholds, quiet_lists=args.no_lists)
        if args.command == "train-ner":
            return run_train_ner(args.pool, args.model)
        return run_default(DEFAULT_CORPUS, DEFAULT_GOLD, args.output_dir)
    except (UsageError, GoldError) as err:
        print(f"zhfacts: {err}", file=sys.stderr)
        return EXIT_USAGE
    except InputError as err:
        print(f"zhfacts: {err}", file=sys.stderr)
        return EXIT_INPUT_FAILED
