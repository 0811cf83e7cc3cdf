"""Read and validate CSVs of facts and entities (gold or predictions), as ../shared/ANNOTATION.md defines.

A scorer is only as good as the files it reads: a span off by one or a misspelt role would silently turn a hit
into a miss. So every row is checked here, and each problem is reported with the file, the 1-based line, the
column and what is wrong, so that whoever labels can fix it at once.
"""

from __future__ import annotations

import csv
import math
import re
from bisect import bisect_right
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from pipeline.eval.compare import ALTERNATIVE_SEP, EMPTY_MARK, normalize
from pipeline.io import inputs
from pipeline.records import ENTITY_COLUMNS, ENTITY_LABELS, FACT_COLUMNS, QUALIFIERS, ROLES
from pipeline.text.punctuation import HEADING_MARK

# Columns that may list alternatives (`|`) and use `-` for empty, in gold only.
ALTERNATIVE_COLUMNS = ("metric", "unit", "currency", "period", "subject")
# v1 files have no subject; `sentence` is context the extractor adds, not part of gold
REQUIRED_FACT_COLUMNS = tuple(c for c in FACT_COLUMNS if c not in ("subject", "sentence"))
GOLD_VERSION_2_COLUMNS = ("fact_id", "subject")  # beside FACT_COLUMNS: v2 gold has both (v1 gold had no subject)

_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_CURRENCY = re.compile(r"[A-Z]{3}")
_REQUIRED_NONEMPTY = ("doc_id", "start", "end", "text", "value", "qualifier", "role", "label")


class GoldError(ValueError):
    """A malformed fact or entity file; the message names the file, line, column and problem."""


class GoldDoc(NamedTuple):
    facts: list[dict]
    entities: list[dict]
    text: str  # the article the spans were checked against, so scoring need not read it again


def read_facts(
    path: str | Path,
    *,
    text: str | None = None,
    doc_id: str | None = None,
    alternatives: bool = True,
) -> list[dict]:
    """Fact rows of a CSV, typed and validated; `text` (the raw article) also checks every span.

    `alternatives=False` is for predictions, which may not use `|` alternatives or `-` for empty.
    """
    rows, fact_id_lines = [], {}
    headings = _headings(text) if text is not None else None
    for line, row in _read_rows(path, REQUIRED_FACT_COLUMNS):
        where = _Where(path, line)
        _check_common(row, where, text, doc_id)
        if headings is not None:
            _check_section(row, headings, where("section"))
        _check_fact_id(row.get("fact_id", ""), fact_id_lines, where("fact_id"))
        row["value"] = _parse_number(row["value"], where("value"))
        row["value_max"] = _parse_number(row["value_max"], where("value_max")) if row["value_max"] else None
        _check_choice(row["qualifier"], QUALIFIERS, where("qualifier"))
        _check_choice(row["role"], ROLES, where("role"))
        _check_range(row, where)
        for column in ALTERNATIVE_COLUMNS:
            if column in row:  # subject is new in v2: v1 gold and older predictions have none
                _check_alternatives(row[column], alternatives, where(column))
        _check_currency(row["currency"], where("currency"))
        rows.append(row)
    return rows


def read_entities(path: str | Path, *, text: str | None = None, doc_id: str | None = None) -> list[dict]:
    """Entity rows of a CSV, typed and validated; `text` (the raw article) also checks every span."""
    rows = []
    for line, row in _read_rows(path, ENTITY_COLUMNS):
        where = _Where(path, line)
        _check_common(row, where, text, doc_id)
        _check_choice(row["label"], ENTITY_LABELS, where("label"))
        rows.append(row)
    return rows


def load_gold_dir(gold_dir: str | Path, corpus_dir: str | Path) -> dict[str, GoldDoc]:
    """Every `<doc_id>.facts.csv` / `.entities.csv` pair, spans checked against `<corpus_dir>/<doc_id>.txt`.

    Both files of a pair must exist (an absent entities file would otherwise read as "no entities").
    """
    gold_dir, corpus_dir = Path(gold_dir), Path(corpus_dir)
    doc_ids = sorted({_doc_id_of(p) for p in gold_dir.glob("*.csv") if _doc_id_of(p)})
    docs = {}
    for doc_id in doc_ids:
        facts_path = gold_dir / f"{doc_id}.facts.csv"
        entities_path = gold_dir / f"{doc_id}.entities.csv"
        for needed in (facts_path, entities_path):
            if not needed.is_file():
                raise GoldError(f"{needed}: missing (gold comes in pairs of facts and entities files)")
        text = read_article(corpus_dir / f"{doc_id}.txt")
        docs[doc_id] = GoldDoc(
            read_facts(facts_path, text=text, doc_id=doc_id),
            read_entities(entities_path, text=text, doc_id=doc_id),
            text,
        )
    return docs


def read_article(path: str | Path) -> str:
    """The raw article text exactly as offsets index it: decoded as the extractor decodes it, newlines kept."""
    try:
        return inputs.read_article(path)
    except inputs.InputError as err:
        raise GoldError(f"article text: {err}") from None


def _doc_id_of(path: Path) -> str | None:
    for suffix in (".facts.csv", ".entities.csv"):
        if path.name.endswith(suffix):
            return path.name[: -len(suffix)]
    return None


class _Where:
    """Formats `file:line: column 'x': problem` so every check words its errors the same way."""

    def __init__(self, path: str | Path, line: int, column: str | None = None):
        self.path, self.line, self.column = path, line, column

    def __call__(self, column: str) -> _Where:
        return _Where(self.path, self.line, column)

    def error(self, problem: str) -> GoldError:
        column = f" column {self.column!r}:" if self.column else ""
        return GoldError(f"{self.path}:{self.line}:{column} {problem}")


def _read_rows(path: str | Path, columns: tuple[str, ...]) -> Iterator:
    """(line, row) pairs, the line being where the record starts; checks the header and field counts."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            yield from _rows_of(csv.reader(handle), path, columns)
    except UnicodeDecodeError as exc:
        raise GoldError(f"{path}: not UTF-8 ({exc})") from None
    except csv.Error as exc:
        raise GoldError(f"{path}: malformed CSV ({exc})") from None


def _rows_of(reader, path: Path, columns: tuple[str, ...]) -> Iterator:
    header = next(reader, None)
    if header is None:
        raise GoldError(f"{path}:1: empty file, expected a header with columns {', '.join(columns)}")
    for column in columns:
        if column not in header:
            raise _Where(path, 1, column).error("missing required column")
    for column in set(header):
        if header.count(column) > 1:
            raise _Where(path, 1, column).error("column appears more than once")
    line_after = reader.line_num
    for fields in reader:
        line, line_after = line_after + 1, reader.line_num
        if not any(f.strip() for f in fields):
            continue
        if len(fields) != len(header):
            raise _Where(path, line).error(f"expected {len(header)} fields, found {len(fields)}")
        yield line, dict(zip(header, fields, strict=True))


def _check_common(row: dict, where: _Where, text: str | None, doc_id: str | None) -> None:
    """Non-empty required fields, doc_id, integer offsets and the span against the text."""
    for column in _REQUIRED_NONEMPTY:
        if column in row and not row[column].strip():
            raise where(column).error("empty value")
    if doc_id is not None and row["doc_id"] != doc_id:
        raise where("doc_id").error(f"{row['doc_id']!r} does not match the file's doc_id {doc_id!r}")
    row["start"] = _parse_offset(row["start"], where("start"))
    row["end"] = _parse_offset(row["end"], where("end"))
    if row["start"] >= row["end"]:
        raise where("end").error(f"end {row['end']} is not after start {row['start']}")
    if len(row["text"]) != row["end"] - row["start"]:
        raise where("text").error(
            f"{row['text']!r} has {len(row['text'])} characters but the span "
            f"{row['start']}:{row['end']} covers {row['end'] - row['start']}"
        )
    if text is not None:
        _check_span(row, text, where)


def _check_span(row: dict, text: str, where: _Where) -> None:
    start, end = row["start"], row["end"]
    if end > len(text):
        raise where("end").error(f"end {end} is past the end of the text ({len(text)} characters)")
    if text[start:end] != row["text"]:
        raise where("text").error(f"{row['text']!r} but the text at {start}:{end} is {text[start:end]!r}")


def _headings(text: str) -> list[tuple[int, str]]:
    """(offset, heading) of every `## ` line, in order."""
    out, offset = [], 0
    for line in text.splitlines(keepends=True):
        if line.startswith(HEADING_MARK):
            out.append((offset, line[len(HEADING_MARK) :].strip()))
        offset += len(line)
    return out


def section_at(headings: list[tuple[int, str]], offset: int) -> str:
    """The nearest `## ` heading above an offset; empty before the first heading."""
    index = bisect_right(headings, (offset, "\uffff")) - 1
    return headings[index][1] if index >= 0 else ""


def _check_section(row: dict, headings: list[tuple[int, str]], where: _Where) -> None:
    """Compared after normalisation, as the scorer compares it (script and spacing do not count)."""
    expected = section_at(headings, row["start"])
    if normalize(row["section"]) != normalize(expected):
        raise where.error(f"{row['section']!r} but the mention sits under the heading {expected!r}")


def _parse_offset(raw: str, where: _Where) -> int:
    if not raw.strip().isdecimal():
        problem = "negative offset" if raw.strip().lstrip("-").isdecimal() else "not a non-negative integer"
        raise where.error(f"{raw!r}: {problem}")
    return int(raw)


def _parse_number(raw: str, where: _Where) -> float:
    if not _NUMBER.fullmatch(raw.strip()):
        raise where.error(f"{raw!r}: not a number")
    value = float(raw)
    if not math.isfinite(value):
        raise where.error(f"{raw!r}: not finite")
    return value


def _check_choice(raw: str, allowed: tuple[str, ...], where: _Where) -> None:
    if raw not in allowed:
        raise where.error(f"{raw!r}: unknown, expected one of {', '.join(allowed)}")


def _check_range(row: dict, where: _Where) -> None:
    """value_max is the upper end of a range and empty otherwise, so it goes with qualifier `range`."""
    if row["value_max"] is None and row["qualifier"] == "range":
        raise where("value_max").error("empty, but the qualifier is 'range'")
    if row["value_max"] is not None and row["qualifier"] != "range":
        raise where("value_max").error(f"given, but the qualifier is {row['qualifier']!r}, not 'range'")


def _check_alternatives(raw: str, allowed: bool, where: _Where) -> None:
    if not allowed:
        if ALTERNATIVE_SEP in raw or raw.strip() == EMPTY_MARK:
            raise where.error(f"{raw!r}: `|` alternatives and `-` for empty are for gold only")
        return
    if ALTERNATIVE_SEP in raw and any(not alt.strip() for alt in raw.split(ALTERNATIVE_SEP)):
        raise where.error(f"{raw!r}: empty alternative (write {EMPTY_MARK} for an empty value)")


def _check_currency(raw: str, where: _Where) -> None:
    for alt in raw.split(ALTERNATIVE_SEP) if raw else ():
        if alt != EMPTY_MARK and not _CURRENCY.fullmatch(alt):
            raise where.error(f"{alt!r}: not an ISO 4217 code (three capital letters)")


def _check_fact_id(fact_id: str, seen: dict[str, int], where: _Where) -> None:
    """fact_id is optional (predictions have none) but, when given, names one row only."""
    if fact_id and fact_id in seen:
        raise where.error(f"{fact_id!r} already used on line {seen[fact_id]}")
    seen[fact_id] = where.line
