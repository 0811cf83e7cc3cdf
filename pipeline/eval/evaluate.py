"""Scoring a corpus against its gold, split by split: the figures of `zhfacts score`.

Per split (dev, test): micro figures (every row of the split's articles pooled) and macro figures (the mean over
articles, with a 95 % bootstrap interval over articles: how far another draw of articles could move it), attribute
accuracies, a breakdown by region and genre, and a row per article. The rows that did not match (misses and
spurious predictions) are kept for dev articles only: test articles are read as numbers.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import mean

from pipeline.eval.corpus import SPLITS, CorpusArticle, corpus_articles
from pipeline.eval.decisions import DecisionTable, decision_table
from pipeline.eval.gold import load_gold_dir, read_entities, read_facts
from pipeline.eval.interval import bootstrap_interval
from pipeline.eval.score import ScoreReport, Scores, score

THRESHOLD_NAMES = {"quantity": "quantity F1", "fact": "fact F1", "entity": "entity strict F1"}
# the per-article figures averaged into macro figures, and how each is read off a document's Scores
MACRO_FIGURES = {
    "quantity_f1": lambda s: s.quantities.f1,
    "fact_f1": lambda s: s.facts.f1,
    "entity_f1": lambda s: s.entities_strict.f1 if s.entities_strict else None,
    "entity_partial_f1": lambda s: s.entities_partial.f1 if s.entities_partial else None,
    "qualifier": lambda s: s.qualifier.accuracy,
    "currency": lambda s: s.currency.accuracy,
    "period": lambda s: s.period.accuracy,
    "subject": lambda s: s.subject.accuracy,
}


def per_document(scores: Iterable[Scores]) -> dict[str, list[float]]:
    """Each macro figure's values over documents (those where it is defined: accuracies need a match)."""
    scores = list(scores)
    return {name: [v for v in map(read, scores) if v is not None] for name, read in MACRO_FIGURES.items()}


def macro(scores: Iterable[Scores]) -> dict[str, float | None]:
    """The mean of each figure over documents."""
    return {name: mean(values) if values else None for name, values in per_document(scores).items()}


def macro_intervals(scores: Iterable[Scores]) -> dict[str, tuple[float, float] | None]:
    """A 95 % bootstrap interval of each macro figure over documents (`interval`)."""
    return {name: bootstrap_interval(values) for name, values in per_document(scores).items()}


@dataclass(frozen=True)
class SplitScores:
    """The figures of one split."""

    name: str
    articles: list[CorpusArticle]
    report: ScoreReport  # micro figures, and per document in `report.by_doc`

    @property
    def macro(self) -> dict[str, float | None]:
        return macro(self.report.by_doc[a.doc_id] for a in self.articles)

    @property
    def macro_intervals(self) -> dict[str, tuple[float, float] | None]:
        return macro_intervals(self.report.by_doc[a.doc_id] for a in self.articles)

    def by(self, attribute: str) -> dict[str, dict]:
        """Macro figures of the articles grouped by `region` or `genre`, with their count."""
        groups: dict[str, list[CorpusArticle]] = {}
        for a in self.articles:
            groups.setdefault(getattr(a, attribute), []).append(a)
        return {key: {"articles": len(members), **macro(self.report.by_doc[a.doc_id] for a in members)}
                for key, members in sorted(groups.items())}

    def as_dict(self) -> dict:
        micro = self.report.as_dict()
        return {
            "articles": len(self.articles),
            "gold_facts": self.report.overall.quantities.gold,
            "gold_entities": self.report.overall.entities_strict.gold if self.report.overall.entities_strict else 0,
            "micro": micro["overall"],
            "macro": self.macro,
            "macro_interval": {k: None if v is None else list(v) for k, v in self.macro_intervals.items()},
            "by_region": self.by("region"),
            "by_genre": self.by("genre"),
            "by_role": micro["by_role"],
            "by_label": micro["by_label"],
            **({"scorecard": micro["scorecard"]} if self.report.scorecard.quantities.gold else {}),
        }


@dataclass(frozen=True)
class Evaluation:
    """A corpus scored split by split, with the thresholds it can fail (checked on all its articles pooled)."""

    splits: dict[str, SplitScores]
    overall: ScoreReport
    # where each split's facts are lost (`decisions`): the dev split's in detail, the others as counts only
    decisions: dict[str, DecisionTable] = field(default_factory=dict)

    @property
    def dev_decisions(self) -> DecisionTable | None:
        return self.decisions.get("dev")

    @property
    def report(self) -> ScoreReport:
        """All articles pooled: the figures the thresholds are checked on."""
        return self.overall

    def f1(self, what: str) -> float:
        o = self.overall.overall
        prf = {"quantity": o.quantities, "fact": o.facts, "entity": o.entities_strict}[what]
        return prf.f1 if prf is not None else 0.0

    def below(self, thresholds: dict[str, float | None]) -> list[str]:
        """A message for each score under its threshold (thresholds of None are not checked)."""
        return [
            f"{THRESHOLD_NAMES[what]} {self.f1(what):.3f} is below {minimum:.3f}"
            for what, minimum in thresholds.items()
            if minimum is not None and self.f1(what) < minimum
        ]

    def as_dict(self, *, lists: bool = True) -> dict:
        data: dict = {
            "date": datetime.date.today().isoformat(),
            "splits": {name: split.as_dict() for name, split in self.splits.items()},
            "articles": self.article_rows(),
            "overall": self.overall.as_dict()["overall"],
        }
        dev = self.splits.get("dev")
        for name, table in self.decisions.items():
            data[f"{name}_decisions"] = table.as_dict()
        if lists and dev is not None:
            dev_lists = dev.report.as_dict()
            data["dev_missed"], data["dev_spurious"] = dev_lists["missed"], dev_lists["spurious"]
        return data

    def article_rows(self) -> list[dict]:
        """A row of figures per article, split by split (what `--baseline` pairs with an earlier run's)."""
        return [_article_row(a, split) for split in self.splits.values() for a in split.articles]

    def format(self, *, lists: bool = True) -> str:
        from pipeline.eval.report import format_evaluation

        return format_evaluation(self, lists=lists)


def _article_row(article: CorpusArticle, split: SplitScores) -> dict:
    s = split.report.by_doc[article.doc_id]
    return {"doc_id": article.doc_id, "split": split.name, "source": article.source, "region": article.region,
            "script": article.script, "genre": article.genre, "gold_facts": s.quantities.gold,
            "gold_entities": s.entities_strict.gold if s.entities_strict else 0, **macro([s])}


def evaluate(corpus: Path, gold: Path, *, manifest: Path | None = None, splits: Sequence[str] = SPLITS,
             facts_path: Path | None = None, entities_path: Path | None = None) -> Evaluation:
    """Score every document that has gold, split by split; predictions come from `facts_path`/`entities_path`
    or a fresh run. `manifest` (default: `corpus/manifest.csv`) gives each article's source, region and genre."""
    docs = load_gold_dir(gold, corpus)
    articles = corpus_articles(sorted(docs), manifest if manifest is not None else corpus / "manifest.csv")
    chosen = [a for a in articles.values() if a.split in splits]
    pred_facts, pred_entities = _predictions(docs, [a.doc_id for a in chosen], facts_path, entities_path)

    def facts_of(members: list[CorpusArticle]) -> tuple[set[str], list, list]:
        """The members' ids, gold facts (in article order: the lists come out the same on every run) and predictions."""
        ids = {a.doc_id for a in members}
        return ids, [r for a in members for r in docs[a.doc_id].facts], [r for r in pred_facts if _doc(r) in ids]

    def scored(members: list[CorpusArticle]) -> ScoreReport:
        ids, gold, predicted = facts_of(members)
        return score(gold, predicted, [r for a in members for r in docs[a.doc_id].entities],
                     [r for r in pred_entities if _doc(r) in ids])

    def lost(members: list[CorpusArticle]) -> DecisionTable:
        ids, gold, predicted = facts_of(members)
        return decision_table(gold, {i: quantity_spans(docs[i].text) for i in ids}, predicted)

    by_split = {name: SplitScores(name, members, scored(members))
                for name in splits if (members := [a for a in chosen if a.split == name])}
    # (counts by decision are figures like the others; the rows behind them are listed for dev alone)
    decisions = {name: lost(split.articles) for name, split in by_split.items()}
    return Evaluation(by_split, scored(chosen), decisions)


def quantity_spans(text: str) -> list[tuple[int, int]]:
    """The number expressions the facts stage chooses from (as `zhfacts_quantities` finds them)."""
    from pipeline.numerals import find_quantities
    from pipeline.text.convert import convert

    return [(q.start, q.end) for q in find_quantities(convert(text).text, dates=True, lone=False)]


def _doc(row) -> str:
    return row["doc_id"] if isinstance(row, dict) else row.doc_id


def _predictions(docs: dict, doc_ids: list[str], facts_path: Path | None,
                 entities_path: Path | None) -> tuple[list, list]:
    if facts_path is not None and entities_path is not None:
        wanted = set(doc_ids)
        return ([r for r in read_facts(facts_path, alternatives=False) if r["doc_id"] in wanted],
                [r for r in read_entities(entities_path) if r["doc_id"] in wanted])
    from pipeline.api import extract

    facts, entities = [], []
    for doc_id in doc_ids:
        result = extract(docs[doc_id].text, doc_id=doc_id)
        facts += result.facts
        entities += result.entities
    return facts, entities

