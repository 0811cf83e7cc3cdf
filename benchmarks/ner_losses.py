"""Where the pipeline's entities lose to the CRF, by cause, on the NER pool's development part (bucket 1).

    .venv/bin/python benchmarks/ner_losses.py [--pool ../shared/data/ner]

Each gold name the pipeline misses and each name it adds that gold lacks is put under one cause: a rule span of a
family (places, organisations, outlets, people, Latin names, indices, or propagation and lists: `prop`) that is
wrong or stands in the model's way, a model span in the way, the model below the bar the pipeline sets, the model in
the msra style alone finding it (a convention the pipeline's cluener style does not follow), or no model span.

Why bucket 1 and not the held-out part: the held-out part is read only as the benchmark's figures
(benchmarks/ner_eval.py), so that no rule is fitted to it. The shipped model was trained on bucket 1 too, so it looks
better there than it is: read these counts for the rules' errors and the merge policy's losses, not the model's.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.ner.train import NER_POOL, Sentence, read_pool, splits  # noqa: E402

Span = tuple[int, int, str]


def rule_families(text: str, tokens) -> dict[tuple[int, int], str]:
    """(start, end) -> the first rule family proposing a candidate there (as `find_entities` places its start)."""
    from pipeline.entities.document import EntityDocument
    from pipeline.entities.indices import IndexRules
    from pipeline.entities.latin import LatinNameRules
    from pipeline.entities.lexicon import lexicon
    from pipeline.entities.organisations import OrganisationRules
    from pipeline.entities.outlets import OutletRules
    from pipeline.entities.people import PersonRules
    from pipeline.entities.places import PlaceRules

    doc = EntityDocument(text, tokens, lexicon())
    out: dict[tuple[int, int], str] = {}
    for name, rules in (("place", PlaceRules), ("org", OrganisationRules), ("outlet", OutletRules),
                        ("person", PersonRules), ("latin", LatinNameRules), ("index", IndexRules)):
        for c in rules(doc).candidates():
            start = c.start if c.label == "PER" else doc.name_start(c.start, c.end)
            out.setdefault((start, c.end), name)
    return out


def losses(sentences: list[Sentence]) -> Counter:
    """(part, cause) -> names lost to it."""
    import pipeline.components.ner  # noqa: F401  (registers the factories)
    from pipeline import entities  # noqa: F401
    from pipeline.api import PIPE_CONFIGS, PIPE_NAMES
    from pipeline.components.ner import tagged_spans
    from pipeline.ner.tagger import line_tokens
    from pipeline.text.segment import blank_nlp, doc_tokens

    rules_nlp = blank_nlp()
    rules_nlp.add_pipe("zhfacts_entity_rules")
    nlp = blank_nlp()
    for name in PIPE_NAMES:
        if name in ("zhfacts_entity_rules", "zhfacts_ner"):
            nlp.add_pipe(name, config=PIPE_CONFIGS.get(name, {}))
    tagger = nlp.get_pipe("zhfacts_ner").tagger
    count: Counter = Counter()
    for sent in sentences:
        text, gold = sent.text, set(sent.spans)
        rdoc = rules_nlp(text)
        rules = set(rdoc._.entity_spans or ())
        family = rule_families(text, doc_tokens(rdoc))
        pdoc = nlp(text)
        pred = set(pdoc._.entity_spans or ())
        lines = list(line_tokens(text, tagged_spans(pdoc)))
        pairs = [(line, toks) for _, line, toks in lines]
        scored = {style: {(offset + s, offset + e, label): sure
                          for (offset, _, _), spans in zip(lines, tagger.scored_spans(pairs, style))
                          for s, e, label, sure in spans} for style in ("cluener", "msra")}
        for span in pred - gold:
            kind = ("wrong label" if any(g[:2] == span[:2] for g in gold)
                    else "wrong bounds" if any(_overlap(g, span) for g in gold) else "no gold name")
            source = f"rule {family.get(span[:2], 'prop')}" if span in rules else "model"
            count[sent.part, f"spurious, {source}: {kind}"] += 1
        for span in gold - pred:
            in_way = [p for p in pred if _overlap(p, span)]
            by_rules = sorted({family.get(p[:2], "prop") for p in in_way if p in rules})
            if by_rules:
                cause = f"a rule span in the way ({'/'.join(by_rules)})"
            elif in_way:
                cause = "a model span in the way"
            elif span in scored["cluener"]:
                cause = "model below its bar" if scored["cluener"][span] < 0.95 else "model, dropped by a filter"
            elif span in scored["msra"]:
                cause = "msra style only"
            else:
                cause = "no model span"
            count[sent.part, f"missed, {cause}"] += 1
    return count


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pool", type=Path, default=NER_POOL)
    args = parser.parse_args()
    sentences = splits(read_pool(args.pool))["dev"]
    count = losses(sentences)
    for part in ("msra_pd", "cluener"):
        print(f"\n=== development part {part} (bucket 1) ===")
        for (p, cause), n in sorted(count.items(), key=lambda kv: (kv[0][1].split(",")[0], -kv[1])):
            if p == part:
                print(f"  {n:>5}  {cause}")


if __name__ == "__main__":
    main()
