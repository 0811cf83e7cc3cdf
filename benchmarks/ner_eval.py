"""NER benchmark: strict and partial P/R/F1 per label on each part of the held-out pool, beside two baselines,
entity scores on the bundled and eval articles, and the NER stage's throughput on one core.

    .venv/bin/python benchmarks/ner_eval.py [--pool ../shared/data/ner] [--no-thulac]

Systems, all on the same held-out sentences (never trained on; see pipeline/ner/train.py for the split):

- `crf msra-style` / `crf cluener-style`: the shipped model alone (the `zhfacts_ner` component) following
  MSRA / People's Daily conventions (its default) or CLUENER's;
- `rules`: the rule component alone (`zhfacts_entity_rules`);
- `pipeline`: the entity stage as `extract` runs it (rules, then the CRF filling gaps; see pipeline/api.py);
- `jieba.posseg`: jieba's own POS tagger, nr/nrt/nrfg → PER, ns → LOC, nt → ORG (consecutive words not merged);
- `thulac`: thulac's tagger, np → PER, ns → LOC, ni → ORG (if it is installed).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.ner.train import NER_POOL, SpanScore, read_pool, splits  # noqa: E402

SHARED = ROOT.parent / "shared"


def pipeline_system(names: list[str], configs: dict | None = None):
    """A function text → spans running the jieba tokenizer and the given entity components."""
    import pipeline.components.ner  # noqa: F401  (registers the factories)
    from pipeline import entities  # noqa: F401  (registers the factories)
    from pipeline.text.segment import blank_nlp

    nlp = blank_nlp()
    for name in names:
        nlp.add_pipe(name, config=(configs or {}).get(name, {}))

    def run(text: str) -> list[tuple[int, int, str]]:
        doc = nlp(text)
        return list(doc._.entity_spans or [])

    return run


def jieba_system():
    import jieba.posseg

    tags = {"nr": "PER", "nrt": "PER", "nrfg": "PER", "ns": "LOC", "nt": "ORG"}

    def run(text: str) -> list[tuple[int, int, str]]:
        out, offset = [], 0
        for pair in jieba.posseg.cut(text):
            end = offset + len(pair.word)
            if pair.flag in tags:
                out.append((offset, end, tags[pair.flag]))
            offset = end
        return out

    return run


def thulac_system():
    try:
        import thulac
    except ImportError:
        return None
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()):
        model = thulac.thulac()
    tags = {"np": "PER", "ns": "LOC", "ni": "ORG"}

    def run(text: str) -> list[tuple[int, int, str]]:
        out, offset = [], 0
        for word, tag in model.cut(text):
            at = text.find(word, offset)
            if at < 0:  # thulac changed the text (spaces): skip the word
                continue
            end = at + len(word)
            if tag in tags:
                out.append((at, end, tags[tag]))
            offset = end
        return out

    return run


def score_pool(systems, held) -> None:
    for part in ("msra_pd", "cluener"):
        sents = [s for s in held if s.part == part]
        print(f"\n=== held-out part {part}: {len(sents)} sentences, {sum(len(s.spans) for s in sents)} names ===")
        for name, system in systems:
            score = SpanScore()
            t0 = time.perf_counter()
            for sent in sents:
                score.add(sent.spans, system(sent.text))
            print(score.table(f"{name}  ({time.perf_counter() - t0:.1f} s)"))


def article_lines(title: str, by_doc: dict) -> list[str]:
    """One line per article that may be read (dev, the bundled article, unlabelled-split eval copies), and for the
    corpus's test split one line of counts only: its articles are scored, never studied, so no id is printed."""
    from pipeline.eval.corpus import split_of

    lines, test_f1 = [], []
    for doc_id, doc in sorted(by_doc.items()):
        st, pa = doc.entities_strict, doc.entities_partial
        if split_of(doc_id) == "test":
            test_f1.append(st.f1)
            continue
        lines.append(f"  {title:<16}{doc_id:<40} strict P {st.precision:.3f} R {st.recall:.3f} F1 {st.f1:.3f}"
                     f"   partial F1 {pa.f1:.3f}")
    if test_f1:
        lines.append(f"  {title:<16}{len(test_f1)} test articles: strict F1 macro {sum(test_f1) / len(test_f1):.3f}"
                     " (rows not printed)")
    return lines


def score_articles() -> None:
    """Strict entity F1 of the full pipeline against gold: the corpus (test articles as one line of counts) and the
    eval articles."""
    from pipeline.eval.evaluate import evaluate

    sets = [("corpus", ROOT / "corpus", ROOT / "gold")]
    if (SHARED / "eval").is_dir():
        sets.append(("eval articles", SHARED / "eval" / "articles", SHARED / "eval" / "gold"))
    print("\n=== articles, full pipeline (entities strict / partial) ===")
    for title, corpus, gold in sets:
        print("\n".join(article_lines(title, evaluate(corpus, gold).report.by_doc)))


def throughput(held, title: str, config: dict) -> None:
    """Characters per second of the `zhfacts_ner` component alone (Docs tokenized beforehand), on one core."""
    import pipeline.components.ner  # noqa: F401  (registers the factory)
    from pipeline.text.segment import blank_nlp

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    nlp = blank_nlp()
    component = nlp.add_pipe("zhfacts_ner", config=config)
    articles = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    if (SHARED / "eval" / "articles").is_dir():
        articles += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "eval" / "articles").glob("*.txt"))]
    texts = {"held-out sentences": ["\n".join(s.text for s in held)], "articles": articles}
    print(f"\n=== NER stage throughput, {title} (zhfacts_ner only, one core, best of 3) ===")
    for title, batch in texts.items():
        docs = [nlp.make_doc(t) for t in batch]
        chars = sum(len(d.text) for d in docs)
        best = float("inf")
        for _ in range(3):
            fresh = [nlp.make_doc(t) for t in batch] if best < float("inf") else docs
            t0 = time.perf_counter()
            for doc in fresh:
                component(doc)
            best = min(best, time.perf_counter() - t0)
        print(f"  {title:<20}{chars:>9} chars  {chars / best:>10,.0f} chars/s  ({best * 1e6 / chars:.2f} µs/char)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pool", type=Path, default=NER_POOL)
    parser.add_argument("--no-thulac", action="store_true")
    args = parser.parse_args()
    held = splits(read_pool(args.pool))["held_out"]
    from pipeline.api import PIPE_CONFIGS, PIPE_NAMES

    entity_pipes = [name for name in PIPE_NAMES if name in ("zhfacts_ner", "zhfacts_entity_rules")]
    systems = [
        ("crf msra-style", pipeline_system(["zhfacts_ner"])),
        ("crf cluener-style", pipeline_system(["zhfacts_ner"], {"zhfacts_ner": {"style": "cluener"}})),
        ("rules", pipeline_system(["zhfacts_entity_rules"])),
        ("pipeline", pipeline_system(entity_pipes, PIPE_CONFIGS)),
        ("jieba.posseg", jieba_system()),
    ]
    thulac = None if args.no_thulac else thulac_system()
    if thulac is not None:
        systems.append(("thulac", thulac))
    else:
        print("thulac is not installed: its baseline is skipped")
    score_pool(systems, held)
    score_articles()
    throughput(held, "default config", {})
    throughput(held, "as the pipeline runs it", PIPE_CONFIGS.get("zhfacts_ner", {}))


if __name__ == "__main__":
    main()
