"""Rewrite the README's score tables and docs/errors.md from one `zhfacts score --format json` run, so that the
figures a reader sees are the scorer's own, never typed by hand.

    zhfacts score --format json > /tmp/score.json      # with the lists: docs/errors.md needs the dev rows
    python scripts/refresh_docs.py /tmp/score.json [--readme README.md] [--errors docs/errors.md]

The README block between `<!-- scores -->` and `<!-- /scores -->` is replaced whole; the rest of the README is
left as it is. docs/errors.md is written anew: the dev split's lost facts by category (a gold row with no
matching prediction counts once under each field that kept the nearest prediction from matching) and by the
decision where they were lost. Only dev rows are read; test articles are only scored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README_START, README_END = "<!-- scores -->", "<!-- /scores -->"

# (figure in the JSON's micro part, in its macro part, row label); micro is None where the split pools no figure
SCORE_ROWS = (
    (("quantities", "f1"), "quantity_f1", "quantity F1"),
    (("facts", "f1"), "fact_f1", "fact F1"),
    (("entities_strict", "f1"), "entity_f1", "entity F1 (strict)"),
    (("qualifier", "accuracy"), "qualifier", "qualifier accuracy"),
    (("currency", "accuracy"), "currency", "currency accuracy"),
    (("period", "accuracy"), "period", "period accuracy"),
    (("subject", "accuracy"), "subject", "subject accuracy"),
)
# the fields a lost fact's note names ("metric 'x' vs gold 'y'; role amount vs gold change"), in report order
NOTE_FIELDS = ("metric", "role", "value", "unit")
NO_PREDICTION = "no prediction overlaps"
NO_GOLD = "no gold overlaps"


def _figure(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _micro(split: dict, path: tuple[str, str]) -> float | None:
    part = split["micro"].get(path[0])
    return None if part is None else part.get(path[1])


def scores_block(score: dict) -> str:
    """The README's score tables: split figures with the test interval, then region and genre."""
    dev, test = score["splits"]["dev"], score["splits"]["test"]
    lines = [
        f"Measured {score['date']} with `zhfacts score`: dev {dev['articles']} articles ({dev['gold_facts']} facts, "
        f"{dev['gold_entities']} entities), test {test['articles']} articles ({test['gold_facts']} facts, "
        f"{test['gold_entities']} entities). Micro pools every row of a split; macro is the mean over its articles; "
        "the interval is a 95 % bootstrap interval of the test macro figure over its articles (how far another draw "
        "of as many articles could move it).",
        "",
        "| | dev micro | dev macro | test micro | test macro | test macro 95 % |",
        "|---|---|---|---|---|---|",
    ]
    for micro_path, macro_key, label in SCORE_ROWS:
        interval = (test.get("macro_interval") or {}).get(macro_key)
        span = "–" if not interval else f"{interval[0]:.3f}–{interval[1]:.3f}"
        lines.append(
            f"| {label} | {_figure(_micro(dev, micro_path))} | {_figure(dev['macro'].get(macro_key))} | "
            f"{_figure(_micro(test, micro_path))} | {_figure(test['macro'].get(macro_key))} | {span} |"
        )
    for group in ("region", "genre"):
        lines += ["", f"| {group} | dev articles | dev fact F1 | dev entity F1 | test articles | test fact F1 | "
                  "test entity F1 |", "|---|---|---|---|---|---|---|"]
        dev_groups, test_groups = dev[f"by_{group}"], test[f"by_{group}"]
        for name in sorted(set(dev_groups) | set(test_groups)):
            cells = []
            for groups in (dev_groups, test_groups):
                row = groups.get(name)
                cells += ["0", "–", "–"] if row is None else [
                    str(row["articles"]), _figure(row.get("fact_f1")), _figure(row.get("entity_f1"))]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def replace_block(readme: str, block: str) -> str:
    """The README with its scores block replaced; a README without both markers is an error, not a silent no-op."""
    start, end = readme.find(README_START), readme.find(README_END)
    if start < 0 or end < start:
        raise ValueError(f"the README has no {README_START} … {README_END} block")
    return readme[: start + len(README_START)] + "\n" + block + "\n" + readme[end:]


def _fields(note: str) -> list[str]:
    """The fields a lost fact's note names: 'metric', 'role', … ('metric 'x' vs gold …' names metric)."""
    parts = re.sub(r"^prediction \S+ 「.*?」: ", "", note).split("; ")
    return [field for field in NOTE_FIELDS if any(part.startswith(field + " ") for part in parts)]


def error_rows(score: dict) -> list[tuple[str, int, list[str]]]:
    """(category, rows, examples) for the dev split's lost facts, biggest first."""
    if "dev_missed" not in score:
        raise ValueError("the score JSON has no dev rows: run `zhfacts score --format json` without --no-lists")
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}

    def count(category: str, row: dict) -> None:
        counts[category] += 1
        examples.setdefault(category, [])
        if len(examples[category]) < 3:
            doc = row["doc_id"] if len(row["doc_id"]) <= 25 else row["doc_id"][:25] + "…"
            examples[category].append(f"{row['text']} ({doc})")

    for row in score["dev_spurious"]["facts"]:
        if row["note"] == NO_GOLD:
            count("spurious: a row where gold has no fact", row)
    for row in score["dev_missed"]["facts"]:
        if row["note"] == NO_PREDICTION:
            count("missed: no figure read or kept there", row)
        for field in _fields(row["note"]):
            count(f"wrong {field}", row)
    return [(category, rows, examples[category]) for category, rows in counts.most_common()]


def errors_page(score: dict) -> str:
    """docs/errors.md: the dev errors by category and the facts lost at each decision."""
    dev = score["splits"]["dev"]
    lines = [
        "# Errors on the dev split, by category",
        "",
        f"Made {score['date']} by `scripts/refresh_docs.py` from `zhfacts score --format json` ({dev['articles']} "
        f"dev articles, {dev['gold_facts']} gold facts). A row of gold with no matching prediction counts once under "
        "each field that kept the nearest prediction from matching; a spurious row has no gold row overlapping it. "
        "Only dev articles are read here: test articles are only scored.",
        "",
        "| category | rows | examples |",
        "|---|---|---|",
    ]
    lines += [f"| {category} | {rows} | {'; '.join(shown)} |" for category, rows, shown in error_rows(score)]
    splits = [name for name in ("dev", "test") if f"{name}_decisions" in score]
    lines += ["", "Where the facts are lost, decision by decision (`zhfacts score`, \"facts lost at each decision\"; "
              "the test split as counts only):", "",
              "| decision | " + " | ".join(f"{name} facts lost" for name in splits) + " |",
              "|---|" + "---|" * len(splits)]
    for decision in score["dev_decisions"]["lost"]:
        lines.append(f"| {decision} | " + " | ".join(
            str(score[f"{name}_decisions"]["lost"][decision]) for name in splits) + " |")
    lines.append("| spurious | " + " | ".join(str(score[f"{name}_decisions"]["spurious"]) for name in splits) + " |")
    lines.append("| of gold facts | " + " | ".join(str(score[f"{name}_decisions"]["gold"]) for name in splits) + " |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("score", type=Path, help="output of `zhfacts score --format json` (with the lists)")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md")
    parser.add_argument("--errors", type=Path, default=ROOT / "docs" / "errors.md")
    args = parser.parse_args(argv)
    try:
        score = json.loads(args.score.read_text(encoding="utf-8"))
        readme = replace_block(args.readme.read_text(encoding="utf-8"), scores_block(score))
        errors = errors_page(score)
    except (OSError, ValueError, KeyError) as problem:
        print(f"refresh_docs: {args.score}: {problem!r}", file=sys.stderr)
        return 2
    args.readme.write_text(readme, encoding="utf-8")
    args.errors.write_text(errors, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
