"""How far two careful readers agree: blind second readings of dev articles scored against the reviewed gold,
beside the extractor on the same articles.

    .venv/bin/python benchmarks/agreement.py

`gold/second_reading/` holds, for a few dev articles, the facts and entities a second reader labelled from the text
alone (the guide, gold/README's decisions and other articles' gold in view; never the article's gold nor any
machine output). Each second reading is scored as if it were a prediction, with the project's own scorer: each
field's first alternative stands for the reader's answer, since a prediction names one. What a second reader
reaches is the ceiling a target can fairly ask of the extractor; the figures are on dev articles, so the
extractor's column beside them is its dev figure, not an estimate for unseen text.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.eval.compare import ALTERNATIVE_SEP, EMPTY_MARK  # noqa: E402
from pipeline.eval.gold import ALTERNATIVE_COLUMNS, load_gold_dir  # noqa: E402
from pipeline.eval.score import Scores, score  # noqa: E402

SECOND_READING = ROOT / "gold" / "second_reading"


def one_answer(row: dict) -> dict:
    """A gold-format row as a prediction: the first alternative of each field, `-` as empty."""
    answer = dict(row)
    for column in ALTERNATIVE_COLUMNS:
        first = str(answer.get(column) or "").split(ALTERNATIVE_SEP)[0]
        answer[column] = "" if first == EMPTY_MARK else first
    return answer


def line(name: str, s: Scores) -> str:
    def share(acc) -> str:
        return "-" if acc.accuracy is None else f"{acc.accuracy:.3f} ({acc.correct}/{acc.total})"

    return (f"  {name:<16}{s.quantities.f1:>8.3f}{s.facts.f1:>8.3f}{s.entities_strict.f1:>8.3f}"
            f"{share(s.period):>18}{share(s.subject):>18}{share(s.qualifier):>18}")


def main() -> None:
    from pipeline.api import extract

    gold = load_gold_dir(ROOT / "gold", ROOT / "corpus")
    second = load_gold_dir(SECOND_READING, ROOT / "corpus")
    pooled: dict[str, list] = {"gold": [], "reader": [], "pipeline": []}
    head = (f"  {'':<16}{'qty F1':>8}{'fact F1':>8}{'ent F1':>8}{'period':>18}{'subject':>18}{'qualifier':>18}")
    for doc_id, reading in second.items():
        result = extract(gold[doc_id].text, doc_id=doc_id)
        sides = {"gold": gold[doc_id], "reader": ([one_answer(r) for r in reading.facts], reading.entities),
                 "pipeline": (result.facts, result.entities)}
        for name, (facts, entities, *_) in sides.items():
            pooled[name].append((facts, entities))
        print(f"{doc_id}: gold {len(gold[doc_id].facts)} facts, {len(gold[doc_id].entities)} entities; "
              f"second reading {len(reading.facts)} facts, {len(reading.entities)} entities")
        print(head)
        for name in ("reader", "pipeline"):
            facts, entities = sides[name]
            print(line(name, score(gold[doc_id].facts, facts, gold[doc_id].entities, entities).overall))

    def flat(name: str, k: int) -> list:
        return [row for pair in pooled[name] for row in pair[k]]

    print(f"\nall {len(second)} articles, pooled (micro):")
    print(head)
    for name in ("reader", "pipeline"):
        print(line(name, score(flat("gold", 0), flat(name, 0), flat("gold", 1), flat(name, 1)).overall))


if __name__ == "__main__":
    main()
