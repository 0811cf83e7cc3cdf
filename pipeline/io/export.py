"""Export: CSV (optionally with a BOM for Excel), JSONL and Parquet, in the columns of ANNOTATION.md, written
atomically so that a crash never leaves a partial file."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import math
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from pipeline.records import FACT_COLUMNS, Fact


def format_number(value: float | None) -> str:
    """Integers without a decimal point or exponent (430亿 → 43000000000), other values as Python writes them."""
    if value is None:
        return ""
    if math.isfinite(value) and value == int(value) and abs(value) < 1e21:
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


FORMATS = ("csv", "jsonl", "parquet")
WORKBOOK = "xlsx"  # facts and entities as two sheets of one file (not a TableWriter format)
EXTENSIONS = {".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet", ".xlsx": WORKBOOK}


def format_of(path: str | None, given: str | None) -> str:
    """The format asked for, else the one the output file's extension names (facts.xlsx), else CSV."""
    if given:
        return given
    return EXTENSIONS.get(Path(path).suffix.lower(), "csv") if path and path != "-" else "csv"


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
        pd.DataFrame(table, columns=columns).to_parquet(buffer, index=False)
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")


class TableWriter:
    """Rows written as they come. CSV and JSONL stream into a temporary file that is renamed when the writer
    closes without error (so memory does not grow with the corpus, and a crash leaves no partial file); Parquet,
    a whole-file format, collects its rows first. `path` None writes to standard output."""

    def __init__(self, path: str | os.PathLike | None, header: Sequence[str], *, fmt: str = "csv",
                 columns: Sequence[str] | None = None, excel: bool = False) -> None:
        self.header, self.fmt, self.excel = list(header), fmt, excel
        self.columns = list(columns or header)
        unknown = [c for c in self.columns if c not in self.header]
        if unknown:
            raise ValueError(f"unknown column(s) {', '.join(unknown)}; choose from {', '.join(self.header)}")
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
        if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
            raise ValueError("parquet needs pyarrow: pip install 'zh-news-facts[parquet]'")
        self.collected: list[Sequence] = []
        self.abandoned = False
        self.file = AtomicFile(path) if path is not None else None
        self.handle = self.file.handle if self.file is not None else sys.stdout.buffer
        if fmt == "csv":
            self.handle.write(table_bytes(self.header, [], columns=self.columns, excel=excel))

    def write(self, rows: Iterable[Sequence]) -> None:
        if self.fmt == "parquet":
            self.collected += rows
            return
        data = table_bytes(self.header, rows, fmt=self.fmt, columns=self.columns)
        self.handle.write(data.split(b"\n", 1)[1] if self.fmt == "csv" else data)

    def close(self) -> None:
        if self.fmt == "parquet":
            self.handle.write(table_bytes(self.header, self.collected, fmt="parquet", columns=self.columns))
        if self.file is None:
            self.handle.flush()
        else:
            self.file.commit()

    def discard(self) -> None:
        if self.file is not None:
            self.file.discard()

    def abandon(self) -> None:
        """Write nothing after all: on leaving the `with`, the temporary file is removed and no output is made."""
        self.abandoned = True

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind, _value, _trace) -> None:
        if kind is None and not self.abandoned:
            self.close()
        else:
            self.discard()


class Workbook:
    """Sheets of one .xlsx file (pandas with openpyxl), collected and written atomically when the `with` ends without
    an error; `abandon` writes nothing."""

    def __init__(self, path: str | os.PathLike, sheets: dict[str, Sequence[str]], *,
                 columns: dict[str, Sequence[str]] | None = None) -> None:
        if importlib.util.find_spec("openpyxl") is None:
            raise ValueError("xlsx needs openpyxl: pip install openpyxl")
        self.path, self.headers = path, dict(sheets)
        self.columns = {name: list((columns or {}).get(name) or header) for name, header in sheets.items()}
        for name, wanted in self.columns.items():
            unknown = [c for c in wanted if c not in self.headers[name]]
            if unknown:
                raise ValueError(f"unknown column(s) {', '.join(unknown)}; choose from {', '.join(self.headers[name])}")
        self.rows: dict[str, list[Sequence]] = {name: [] for name in sheets}
        self.abandoned = False

    def write(self, sheet: str, rows: Iterable[Sequence]) -> None:
        self.rows[sheet] += rows

    def abandon(self) -> None:
        self.abandoned = True

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, kind, _value, _trace) -> None:
        if kind is not None or self.abandoned:
            return
        import pandas as pd

        buffer = io.BytesIO()
        with pd.ExcelWriter(buffer, engine="openpyxl") as excel:
            for name, header in self.headers.items():
                frame = pd.DataFrame([list(r) for r in self.rows[name]], columns=list(header))
                frame[self.columns[name]].to_excel(excel, sheet_name=name, index=False)
        write_atomic(self.path, buffer.getvalue())


def fact_rows(facts: Iterable[Fact], fmt: str) -> Iterable[list]:
    """CSV cells are text (integers without exponent); JSONL and Parquet keep numbers as numbers."""
    if fmt == "csv":
        return (fact_cells(f) for f in facts)
    return (list(f.row()) for f in facts)


class OutputError(Exception):
    """An output the tool cannot write; the message names it and says why."""


class AtomicFile:
    """A temporary file beside `path`, renamed onto it by `commit`: an interrupted run leaves the old file or the
    new one, never part of one. The file gets the permissions the user's umask gives a new file."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise OutputError(f"{self.path}: is a directory; give a file name")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        except OSError as err:
            raise OutputError(f"{self.path}: cannot write ({err.strerror or err})") from None
        self.handle = os.fdopen(fd, "wb")

    def commit(self) -> None:
        self.handle.close()
        try:
            os.chmod(self.tmp, 0o666 & ~_umask())  # mkstemp makes 0600: colleagues could not read the output
            os.replace(self.tmp, self.path)
        except OSError as err:
            self.discard()
            raise OutputError(f"{self.path}: cannot write ({err.strerror or err})") from None
        except BaseException:
            self.discard()
            raise

    def discard(self) -> None:
        self.handle.close()
        Path(self.tmp).unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; it is put back at once
    os.umask(mask)
    return mask


def write_atomic(path: str | os.PathLike, content: str | bytes) -> None:
    """Write `content` to `path` through an AtomicFile."""
    file = AtomicFile(path)
    try:
        file.handle.write(content.encode("utf-8") if isinstance(content, str) else content)
    except BaseException:
        file.discard()
        raise
    file.commit()
