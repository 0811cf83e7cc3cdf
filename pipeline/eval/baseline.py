"""Did a change move the scores beyond chance? This run's per-article figures against an earlier run's.

`zhfacts score --format json` writes a row of figures per article; `zhfacts score --baseline OLD.json` pairs this
run's rows with those, article by article, and for each split and macro figure gives the mean before and after, how
many articles rose and fell, and a 95 % bootstrap interval of the mean change over the paired articles. Pairing
takes out the spread between articles, so one article's loss does not hide in the others' noise, and a change that
moves nothing has an interval of zero. A figure whose whole interval lies below zero fell beyond what the draw of
articles explains: that is a regression.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.eval.interval import bootstrap_interval
from pipeline.eval.report import ROWS

FIGURE_NAMES = {key: label for label, _, key in ROWS}  # the per-article figures of `zhfacts score`, named as there
UNCHANGED = 1e-9  # a per-article difference smaller than this is float noise, not a change


class BaselineError(Exception):
    """A baseline file that cannot be read as `zhfacts score --format json` output."""


@dataclass(frozen=True)
class FigureChange:
    """One macro figure of one split, before and after, over the articles scored in both runs."""

    split: str
    figure: str
    articles: int
    before: float
    after: float
    up: int
    down: int
    interval: tuple[float, float] | None  # of the mean per-article change

    @property
    def change(self) -> float:
        return self.after - self.before

    @property
    def regressed(self) -> bool:
        return self.interval is not None and self.interval[1] < -UNCHANGED

    def as_dict(self) -> dict:
        return {"split": self.split, "figure": self.figure, "articles": self.articles, "before": self.before,
                "after": self.after, "change": self.change, "up": self.up, "down": self.down,
                "interval": None if self.interval is None else list(self.interval), "regressed": self.regressed}

    def format(self) -> str:
        interval = "" if self.interval is None else f" ({self.interval[0]:+.3f} to {self.interval[1]:+.3f})"
        mark = "   FELL" if self.regressed else ""
        return (f"  {self.split:<6}{FIGURE_NAMES[self.figure]:<22}{self.before:>7.3f} → {self.after:.3f}"
                f"{self.change:>+8.3f}{interval:<20}{self.up:>4} up {self.down:>3} down{mark}")


def read_baseline(path: Path) -> list[dict]:
    """The per-article rows of an earlier `zhfacts score --format json` output."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise BaselineError(f"{path}: cannot read the baseline ({err.strerror or err})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise BaselineError(f"{path}: not the JSON of `zhfacts score --format json` ({err})") from None
    rows = data.get("articles") if isinstance(data, dict) else None
    if not isinstance(rows, list) or not all(isinstance(r, dict) and "doc_id" in r for r in rows):
        raise BaselineError(f"{path}: no per-article rows (\"articles\"); write the baseline with "
                            "`zhfacts score --format json`")
    return rows


def compare_runs(current: Sequence[Mapping], baseline: Sequence[Mapping]) -> list[FigureChange]:
    """Each split's macro figures over the articles both runs scored (an article's split is this run's)."""
    earlier = {row["doc_id"]: row for row in baseline}
    pairs = [(row, earlier[row["doc_id"]]) for row in current if row["doc_id"] in earlier]
    changes = []
    for split in dict.fromkeys(row["split"] for row, _ in pairs):
        for figure in FIGURE_NAMES:
            values = [(old[figure], new[figure]) for new, old in pairs if new["split"] == split
                      and _number(new.get(figure)) and _number(old.get(figure))]
            if not values:
                continue
            differences = [new - old for old, new in values]
            changes.append(FigureChange(
                split=split, figure=figure, articles=len(values),
                before=sum(old for old, _ in values) / len(values), after=sum(new for _, new in values) / len(values),
                up=sum(d > UNCHANGED for d in differences), down=sum(d < -UNCHANGED for d in differences),
                interval=bootstrap_interval(differences)))
    return changes


def _number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def format_changes(changes: Sequence[FigureChange], source: Path | str) -> str:
    counts = ", ".join(f"{c.split} {c.articles}" for c in changes if c.figure == "quantity_f1")
    head = (f"against {source}: macro figures over the articles scored in both runs ({counts or 'none'});\n"
            "in brackets a 95 % bootstrap interval of the change; FELL: the whole interval below zero")
    return "\n".join([head, *(c.format() for c in changes)])


def regressions(changes: Sequence[FigureChange]) -> list[str]:
    """A message for each figure that fell beyond chance."""
    return [f"{c.split} {FIGURE_NAMES[c.figure]} fell {c.before:.3f} → {c.after:.3f} (95 % interval of the change "
            f"{c.interval[0]:+.3f} to {c.interval[1]:+.3f}; {c.down} articles down, {c.up} up)"
            for c in changes if c.regressed and c.interval is not None]
