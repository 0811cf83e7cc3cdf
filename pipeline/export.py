"""CSV export: the columns of ANNOTATION.md, UTF-8, written atomically."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from .records import ENTITY_COLUMNS, FACT_COLUMNS, Entity, Fact


def format_number(value: float | None) -> str:
    """Integers without a decimal point or exponent (430亿 → 43000000000), other values as Python writes them."""
    if value is None:
        return ""
    if value == int(value) and abs(value) < 1e21:
        return str(int(value))
    return repr(value)


def fact_cells(fact: Fact) -> list[str]:
    cells = []
    for name, cell in zip(FACT_COLUMNS, fact.row()):
        cells.append(format_number(cell) if name in ("value", "value_max") else str(cell))
    return cells


def csv_text(header: Iterable[str], rows: Iterable[list[str] | tuple]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def facts_csv(facts: Iterable[Fact]) -> str:
    return csv_text(FACT_COLUMNS, (fact_cells(f) for f in facts))


def entities_csv(entities: Iterable[Entity]) -> str:
    return csv_text(ENTITY_COLUMNS, (e.row() for e in entities))


def write_atomic(path: str | os.PathLike, content: str) -> None:
    """Write to a temporary file beside `path` and rename it, so a crash never leaves a partial file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(content)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
