"""Command line: `zhfacts extract`, `zhfacts score`, and with no arguments the bundled demo.

Exit codes: 0 when everything ran and every score met its threshold; 1 when a score fell below a threshold;
2 when the command line or an input was bad (a message on standard error names the file and the problem).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from .gold import GoldError, read_article

EXIT_OK = 0
EXIT_BELOW_THRESHOLD = 1
EXIT_BAD_INPUT = 2

DEFAULT_CORPUS = Path("corpus")
DEFAULT_GOLD = Path("gold")
DEFAULT_OUTPUT = Path("output")
SCORECARD_COLUMNS = ["text", "value", "unit", "currency", "qualifier", "role", "metric", "period"]


class InputError(Exception):
    """A path or file the tool cannot use; the message names it."""


def iter_inputs(paths: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(doc_id, text) for each input: files, folders (their .txt files, sorted) or `-` for standard input."""
    for name in paths:
        if name == "-":
            yield "stdin", sys.stdin.read()
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
        elif path.is_file():
            files = [path]
        else:
            raise InputError(f"{name}: no such file or directory")
        for file in files:
            yield file.stem, read_article(file)


def run_extract(paths: Sequence[str], facts_out: str | None, entities_out: str | None) -> int:
    from .export import entities_csv, facts_csv, write_atomic
    from .extraction import extract

    facts, entities = [], []
    for doc_id, text in iter_inputs(paths):
        result = extract(text, doc_id=doc_id)
        facts += result.facts
        entities += result.entities
    if facts_out in (None, "-"):
        sys.stdout.write(facts_csv(facts))
    else:
        write_atomic(facts_out, facts_csv(facts))
    if entities_out:
        write_atomic(entities_out, entities_csv(entities))
    return EXIT_OK


def run_score(corpus: Path, gold: Path, thresholds: dict[str, float | None], *, facts_path: Path | None = None,
              entities_path: Path | None = None, quiet_lists: bool = False) -> int:
    from .evaluate import evaluate

    report = evaluate(corpus, gold, facts_path=facts_path, entities_path=entities_path)
    print(report.format(lists=not quiet_lists))
    failures = report.below(thresholds)
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    return EXIT_BELOW_THRESHOLD if failures else EXIT_OK


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
        return run_default(DEFAULT_CORPUS, DEFAULT_GOLD, args.output_dir)
    except (InputError, GoldError) as err:
        print(f"zhfacts: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
