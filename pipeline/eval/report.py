"""The text form of a corpus evaluation: splits side by side, micro and macro, by region and genre, per article;
then the dev split's details (per role, label and article, with its misses and spurious rows)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.eval.decisions import STAGES

if TYPE_CHECKING:
    from pipeline.eval.evaluate import Evaluation, SplitScores

ROWS = (  # (label, micro figure read off a Scores, macro key)
    ("quantity F1", lambda s: s.quantities.f1, "quantity_f1"),
    ("fact F1", lambda s: s.facts.f1, "fact_f1"),
    ("entity F1 (strict)", lambda s: s.entities_strict.f1 if s.entities_strict else None, "entity_f1"),
    ("entity F1 (partial)", lambda s: s.entities_partial.f1 if s.entities_partial else None, "entity_partial_f1"),
    ("qualifier accuracy", lambda s: s.qualifier.accuracy, "qualifier"),
    ("currency accuracy", lambda s: s.currency.accuracy, "currency"),
    ("period accuracy", lambda s: s.period.accuracy, "period"),
    ("subject accuracy", lambda s: s.subject.accuracy, "subject"),
)


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _interval(bounds: tuple[float, float] | None) -> str:
    return "-" if bounds is None else f"{bounds[0]:.3f}–{bounds[1]:.3f}"


def format_evaluation(evaluation: Evaluation, *, lists: bool = True) -> str:
    splits = list(evaluation.splits.values())
    lines = [_summary(splits), "", f"{'':<22}" + "".join(f"{s.name + f' ({len(s.articles)})':>34}" for s in splits),
             f"{'':<22}" + "".join(f"{'micro':>10}{'macro':>10}{'macro 95%':>14}" for _ in splits)]
    macros, intervals = [s.macro for s in splits], [s.macro_intervals for s in splits]
    for label, micro, key in ROWS:
        lines.append(f"{label:<22}" + "".join(
            f"{_number(micro(s.report.overall)):>10}{_number(means[key]):>10}{_interval(within[key]):>14}"
            for s, means, within in zip(splits, macros, intervals)))
    lines.append("(macro 95%: a bootstrap interval over the split's articles: how far another draw of as many\n"
                 " articles of the same kind could move the macro figure)")
    for attribute in ("region", "genre"):
        lines += ["", f"by {attribute} (macro fact F1 / entity F1, articles):"]
        groups = [s.by(attribute) for s in splits]
        for key in sorted({k for g in groups for k in g}):
            cells = []
            for by_key in groups:
                group = by_key.get(key)
                cells.append(f"{_number(group['fact_f1'])} / {_number(group['entity_f1'])} ({group['articles']})"
                             if group else "-")
            lines.append(f"  {key:<20}" + "".join(f"{c:>26}" for c in cells))
    if evaluation.decisions:
        lines += ["", _decision_table(evaluation)]
    lines += ["", _article_table(splits)]
    dev = evaluation.splits.get("dev")
    if dev is not None:
        lines += ["", "dev split in detail:"]
        if evaluation.dev_decisions is not None:
            lines += [evaluation.dev_decisions.format(), ""]
        lines.append(dev.report.format(lists=lists))
    return "\n".join(lines)


def _decision_table(evaluation: Evaluation) -> str:
    """Gold facts lost at each decision, split by split: where the gap between splits opens, in counts only."""
    tables = evaluation.decisions
    lines = ["facts lost at each decision (given the ones before it), per split:",
             f"  {'':<10}" + "".join(f"{name:>10}" for name in tables)]
    rows = [("gold", lambda t: t.gold), *((stage, lambda t, s=stage: t.lost[s]) for stage in STAGES),
            ("spurious", lambda t: t.spurious), ("found", lambda t: t.found)]
    lines += [f"  {label:<10}" + "".join(f"{count(t):>10}" for t in tables.values()) for label, count in rows]
    return "\n".join(lines)


def _summary(splits: list[SplitScores]) -> str:
    parts = [f"{s.name} {len(s.articles)} articles, {s.report.overall.quantities.gold} facts, "
             f"{s.report.overall.entities_strict.gold if s.report.overall.entities_strict else 0} entities"
             for s in splits]
    return "corpus: " + "; ".join(parts) + ". Test articles are scored, never studied."


def _article_table(splits: list[SplitScores]) -> str:
    head = f"{'article':<48}{'split':<6}{'region':<8}{'genre':<15}{'qty F1':>8}{'fact F1':>8}{'ent F1':>8}" \
           f"{'period':>8}{'subject':>8}"
    rows = [head]
    for s in splits:
        for a in s.articles:
            d = s.report.by_doc[a.doc_id]
            rows.append(f"{a.doc_id[:47]:<48}{s.name:<6}{a.region[:7]:<8}{a.genre[:14]:<15}"
                        f"{_number(d.quantities.f1):>8}{_number(d.facts.f1):>8}"
                        f"{_number(d.entities_strict.f1 if d.entities_strict else None):>8}"
                        f"{_number(d.period.accuracy):>8}{_number(d.subject.accuracy):>8}")
    return "\n".join(rows)
