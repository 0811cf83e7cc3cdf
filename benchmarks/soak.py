"""Soak: `extract` over every article of ../shared/pool (read in place) and over one input of over 1 MB made of them
all, shuffled: no crash, no warning, every span slices to its text, memory under 1 GB; facts and entities per second.

    .venv/bin/python benchmarks/soak.py [--repeat 4]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
POOL = ROOT.parent / "shared" / "pool" / "articles"
MEMORY_LIMIT_MB = 1024


def check(text: str, result) -> list[str]:
    """What is wrong with one extraction: spans that do not slice to their text."""
    problems = []
    for record in (*result.facts, *result.entities):
        if not (0 <= record.start < record.end <= len(text)) or text[record.start : record.end] != record.text:
            problems.append(f"{result.doc_id} {record.start}:{record.end} {record.text!r}")
    return problems


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(name: str, texts: list[tuple[str, str]]) -> tuple[list[str], list[str]]:
    import pipeline

    problems, caught = [], []
    chars = facts = entities = 0
    with warnings.catch_warnings(record=True) as recorded:
        warnings.simplefilter("always")
        start = time.perf_counter()
        for doc_id, text in texts:
            result = pipeline.extract(text, doc_id=doc_id)
            problems += check(text, result)
            chars, facts, entities = chars + len(text), facts + len(result.facts), entities + len(result.entities)
        seconds = time.perf_counter() - start
        caught = [f"{w.category.__name__}: {w.message}" for w in recorded]
    print(f"{name}: {len(texts)} input(s), {chars:,} characters in {seconds:.1f} s: {facts:,} facts "
          f"({facts / seconds:,.0f}/s), {entities:,} entities ({entities / seconds:,.0f}/s), "
          f"{chars / seconds:,.0f} characters/s; peak memory {peak_mb():,.0f} MB")
    return problems, caught


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=4, help="copies of the pool in the shuffled input (default 4)")
    args = parser.parse_args()
    if not POOL.is_dir():
        print(f"{POOL} is not present", file=sys.stderr)
        return 1
    articles = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(POOL.glob("*.txt"))]
    problems, caught = run("every pool article", articles)
    paragraphs = [line for _, text in articles for line in text.splitlines()] * args.repeat
    random.Random(5).shuffle(paragraphs)
    concatenated = "\n".join(paragraphs) + "\n"
    more, also = run(f"all of them shuffled into one input ({len(concatenated.encode('utf-8')) / 1e6:.1f} MB)",
                     [("pool-shuffled", concatenated)])
    problems += more
    caught += also
    for line in problems[:20] + caught[:20]:
        print("  " + line)
    ok = not problems and not caught and peak_mb() < MEMORY_LIMIT_MB
    print(("passed" if ok else "FAILED") + f": {len(problems)} bad spans, {len(caught)} warnings, "
          f"peak memory {peak_mb():,.0f} MB (limit {MEMORY_LIMIT_MB:,} MB)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
