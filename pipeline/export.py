"""CSV export: the columns of ANNOTATION.md, UTF-8, written atomically."""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
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


def csv_text(header: Iterable[str], rows: Iterable[Sequence]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def facts_csv(facts: Iterable[Fact]) -> str:
    return csv_text(FACT_COLUMNS, (fact_cells(f) for f in facts))


def entities_csv(entities: Iterable[Entity]) -> str:
    return csv_text(ENTITY_COLUMNS, (e.row() for e in entities))


FORMATS = ("csv", "jsonl", "parquet")


def table_bytes(header: Sequence[str], rows: Iterable[Sequence], *, fmt: str = "csv",
                columns: Sequence[str] | None = None, excel: bool = False) -> bytes:
    """Rows as a file in `fmt`, keeping `columns` (all by default); `excel` puts a BOM before UTF-8 CSV so that
    Excel opens Chinese text correctly."""
    columns = list(columns or header)
    unknown = [c for c in columns if c not in header]
    if unknown:
        raise ValueError(f"unknown column(s) {', '.join(unknown)}; choose from {', '.join(header)}")
    picks = [list(header).index(c) for c in columns]
    table = [[row[i] for i in picks] for row in rows]
    if fmt == "csv":
        return csv_text(columns, table).encode("utf-8-sig" if excel else "utf-8")
    if fmt == "jsonl":
        lines = [json.dumps(dict(zip(columns, row)), ensure_ascii=False) for row in table]
        return "".join(line + "\n" for line in lines).encode("utf-8")
    if fmt == "parquet":
        import pandas as pd

        buffer = io.BytesIO()
        try:
            pd.DataFrame(table, columns=columns).to_parquet(buffer, index=False)
        except ImportError as err:
            raise ValueError("parquet needs pyarrow: pip install 'zh-news-facts[parquet]'") from err
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


def fact_rows(facts: Iterable[Fact], fmt: str) -> Iterable[list]:
    """CSV cells are text (integers without exponent); JSONL and Parquet keep numbers as numbers."""
    if fmt == "csv":
        return (fact_cells(f) for f in facts)
    return (list(f.row()) for f in facts)


def write_atomic(path: str | os.PathLike, content: str | bytes) -> None:
    """Write to a temporary file beside `path` and rename it, so a crash never leaves a partial file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
