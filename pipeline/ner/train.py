"""Training data, the fixed held-out split and the training run of the CRF NER (`python -m pipeline train-ner`).

The pool is `../shared/data/ner/` (read in place, never copied). CLUENER's fine labels map onto ours
(name → PER; organization, company, government → ORG; address, scene → LOC; the rest is dropped). Text is
normalised the way the pipeline normalises an article (full-width → half-width; the pool is already simplified),
so the model sees at training time what it sees at run time.

The split is a pure function of a sentence's text: the first 4 bytes of its SHA-1, modulo 10. Bucket 0 is the
held-out part (about 10 %; never trained on), bucket 1 the development part (used to choose features and
hyper-parameters, then trained on by the final run), the rest is training data. So the split is fixed, needs no
stored list, and a sentence repeated in the pool always falls on the same side.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.ner.features import char_features
from pipeline.ner.tagger import LABELS, STYLES, CRFTagger, encode
from pipeline.text.convert import to_half_width

NER_POOL = Path(__file__).resolve().parents[3] / "shared" / "data" / "ner"  # ../shared beside the project
# (file, part): MSRA and People's Daily share conventions and are scored together; CLUENER on its own.
POOL_FILES = (
    ("msra-val.jsonl", "msra_pd"),
    ("peoples-daily-1998.jsonl", "msra_pd"),
    ("cluener2020-train.jsonl", "cluener"),
)
CLUENER_LABELS = {
    "name": "PER",
    "organization": "ORG",
    "company": "ORG",
    "government": "ORG",
    "address": "LOC",
    "scene": "LOC",
}
PART_STYLE = {"msra_pd": "msra", "cluener": "cluener"}  # the annotation convention each part follows
BUCKETS = 10
HELD_OUT_BUCKET = 0
DEV_BUCKET = 1
SEED = 13
# Chosen on the development part (see README): L1 prunes rare features, L2 smooths the rest.
TRAIN_PARAMS = {"c1": 0.05, "c2": 0.02, "max_iterations": 150, "feature.possible_transitions": True}

Span = tuple[int, int, str]


@dataclass(frozen=True)
class Sentence:
    """One pool sentence: normalised text, PER/ORG/LOC spans, its source file and part."""

    text: str
    spans: tuple[Span, ...]
    source: str
    part: str


def bucket(text: str) -> int:
    """The split bucket of a sentence, from its (normalised) text alone."""
    return int.from_bytes(hashlib.sha1(text.encode("utf-8")).digest()[:4], "big") % BUCKETS


def pool_split_of(text: str) -> str:
    """'held_out', 'dev' or 'train'."""
    b = bucket(text)
    return "held_out" if b == HELD_OUT_BUCKET else "dev" if b == DEV_BUCKET else "train"


def read_pool(pool: Path = NER_POOL) -> list[Sentence]:
    """Every sentence of the pool with our labels (MSRA's full-width digits and letters made half-width)."""
    out = []
    for name, part in POOL_FILES:
        with open(pool / name, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                row = json.loads(line)
                text = to_half_width(row["text"])
                spans = []
                for s, e, label in row["entities"]:
                    label = CLUENER_LABELS.get(label) if part == "cluener" else label
                    if label in LABELS:
                        spans.append((int(s), int(e), label))
                out.append(Sentence(text, tuple(_outermost(spans)), name.removesuffix(".jsonl"), part))
    return out


def _outermost(spans: Iterable[Span]) -> list[Span]:
    """Drop a span overlapping an earlier, longer one (2 such pairs in CLUENER): BIOES needs no overlaps."""
    kept: list[Span] = []
    for span in sorted(set(spans), key=lambda x: (-(x[1] - x[0]), x[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)


def splits(sentences: Sequence[Sentence]) -> dict[str, list[Sentence]]:
    out: dict[str, list[Sentence]] = {"train": [], "dev": [], "held_out": []}
    for sent in sentences:
        out[pool_split_of(sent.text)].append(sent)
    return out


def segment(texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
    """jieba tokens (start, end, POS) of each text, with the pipeline's own tokenizer and user dictionary."""
    from pipeline.text.segment import blank_nlp

    tokenizer = blank_nlp().tokenizer
    out = []
    for text in texts:
        tokens, offset = [], 0
        for word, tag in tokenizer.segment(text):
            if word:
                tokens.append((offset, offset + len(word), tag or "x"))
                offset += len(word)
        out.append(tokens)
    return out


def misaligned(sentences: Sequence[Sentence], tokens: Sequence[Sequence[tuple[int, int, str]]]) -> tuple[int, int]:
    """(gold spans starting or ending inside a jieba word, all gold spans)."""
    bad = total = 0
    for sent, toks in zip(sentences, tokens):
        bounds = {s for s, _, _ in toks} | {e for _, e, _ in toks}
        for s, e, _ in sent.spans:
            total += 1
            bad += s not in bounds or e not in bounds
    return bad, total


# ---- scoring --------------------------------------------------------------------------------------------


@dataclass
class PRF:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def p(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


@dataclass
class SpanScore:
    """Strict (same span and label) and partial (overlap, same label, one to one) scores per label."""

    strict: dict[str, PRF] = field(default_factory=lambda: {lab: PRF() for lab in ("ALL", *LABELS)})
    partial: dict[str, PRF] = field(default_factory=lambda: {lab: PRF() for lab in ("ALL", *LABELS)})

    def add(self, gold: Iterable[Span], pred: Iterable[Span]) -> None:
        gold, pred = set(gold), set(pred)
        for lab in ("ALL", *LABELS):
            g = [x for x in gold if lab in ("ALL", x[2])]
            p = [x for x in pred if lab in ("ALL", x[2])]
            st, pa = self.strict[lab], self.partial[lab]
            st.n_gold += len(g)
            st.n_pred += len(p)
            st.tp += len(set(g) & set(p))
            pa.n_gold += len(g)
            pa.n_pred += len(p)
            pa.tp += _overlap_matches(g, p)

    def table(self, title: str) -> str:
        lines = [
            f"{title}",
            f"  {'label':<6}{'strict P':>10}{'R':>7}{'F1':>7}   {'partial P':>10}{'R':>7}{'F1':>7}"
            f"{'gold':>7}{'pred':>7}",
        ]
        for lab in ("ALL", *LABELS):
            s, p = self.strict[lab], self.partial[lab]
            lines.append(
                f"  {lab:<6}{s.p:>10.3f}{s.r:>7.3f}{s.f1:>7.3f}   {p.p:>10.3f}{p.r:>7.3f}{p.f1:>7.3f}"
                f"{s.n_gold:>7}{s.n_pred:>7}"
            )
        return "\n".join(lines)


def _overlap_matches(gold: Sequence[Span], pred: Sequence[Span]) -> int:
    """Size of a one-to-one matching of overlapping same-label spans (greedy in order: spans do not nest)."""
    used: set[Span] = set()
    n = 0
    for g in sorted(gold):
        for p in sorted(pred):
            if p not in used and p[2] == g[2] and p[0] < g[1] and g[0] < p[1]:
                used.add(p)
                n += 1
                break
    return n


# ---- training -------------------------------------------------------------------------------------------


def train(
    sentences: Sequence[Sentence],
    tokens: Sequence[Sequence[tuple[int, int, str]]],
    model_path: Path,
    params: dict | None = None,
) -> None:
    """Train a crfsuite model on `sentences` and write it to `model_path` (L-BFGS: deterministic)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for sent, toks in zip(sentences, tokens):
        style = STYLES[PART_STYLE[sent.part]]
        trainer.append(char_features(sent.text, toks, style), encode(len(sent.text), sent.spans))
    trainer.select("lbfgs", "crf1d")
    trainer.set_params({**TRAIN_PARAMS, **(params or {})})
    model_path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(model_path))


def predict(model_path: Path, sentences: Sequence[Sentence], tokens, style: str = "msra") -> list[list[Span]]:
    """The model's spans for each sentence, following the annotation convention `style`."""
    return CRFTagger(model_path).line_spans([(s.text, t) for s, t in zip(sentences, tokens)], style)


def score_parts(sentences: Sequence[Sentence], preds: Sequence[Sequence[Span]]) -> dict[str, SpanScore]:
    out: dict[str, SpanScore] = {}
    for sent, pred in zip(sentences, preds):
        out.setdefault(sent.part, SpanScore()).add(sent.spans, pred)
    return out


def held_out_report(model_path: Path, held: Sequence[Sentence], tokens) -> Iterator[str]:
    """Score tables of the held-out parts: each in its own convention's style, CLUENER also in the MSRA style."""
    for style, parts in (("msra", ("msra_pd", "cluener")), ("cluener", ("cluener",))):
        scores = score_parts(held, predict(model_path, held, tokens, style))
        for part in parts:
            if part in scores:
                yield scores[part].table(f"held-out part {part}, style={style}")


def run(pool: Path = NER_POOL, model_path: Path | None = None, *, include_dev: bool = True) -> None:
    """Rebuild the model from the pool (train + dev parts), then print its held-out scores and the time taken."""
    from pipeline.ner.tagger import bundled_model_path

    t0 = time.perf_counter()
    model_path = model_path or bundled_model_path()
    parts = splits(read_pool(pool))
    train_set = parts["train"] + (parts["dev"] if include_dev else [])
    held = parts["held_out"]
    print(f"pool {pool}: {len(train_set)} training sentences, {len(held)} held out (never trained on)")
    train_tokens = segment([s.text for s in train_set])
    held_tokens = segment([s.text for s in held])
    print(f"segmented in {time.perf_counter() - t0:.0f} s; training the CRF …", flush=True)
    train(train_set, train_tokens, model_path)
    size = model_path.stat().st_size / 1e6
    print(f"wrote {model_path} ({size:.1f} MB) after {time.perf_counter() - t0:.0f} s")
    for block in held_out_report(model_path, held, held_tokens):
        print(block)
    print(f"train-ner took {time.perf_counter() - t0:.0f} s on this machine")
