"""Reading articles from disk: encodings, binary files, folders, symlink loops and unreadable files.

Scrapers hand over whatever they found. Every problem becomes an `InputError` whose message names the file and
the problem, so that a run over many files reports the bad ones and goes on with the rest.
"""

from __future__ import annotations

import codecs
import errno
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from pipeline.io.formats import ARTICLE_SUFFIXES, article_text

# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# What Chinese text comes in when it is not Unicode: GB18030 (a superset of GBK and GB2312), and Big5 as Microsoft's
# code page 950 (Taiwan: 裏, 碁, 銹) or Big5-HKSCS (Hong Kong: 嗰, 啲, 喺). Tried in this order within the Big5 family.
LEGACY_ENCODINGS = ["gb18030", "cp950", "big5hkscs"]
BIG5_FAMILY = ("cp950", "big5hkscs")
BINARY_CONTROL_SHARE = 0.10  # more control bytes than this (besides tab, newlines, form feed) means binary
_TEXT_CONTROLS = frozenset(b"\t\n\r\f")


class InputError(Exception):
    """A path or file the tool cannot use; the message names it and says why."""


@dataclass(frozen=True)
class Article:
    doc_id: str
    source: str  # the path as given, or "-" for standard input
    text: str


def looks_binary(data: bytes) -> bool:
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 32 and b not in _TEXT_CONTROLS)
    return bool(sample) and controls / len(sample) > BINARY_CONTROL_SHARE


def decode(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), UTF-16/32 with BOM, else GB18030/GBK or Big5, whichever reads as Chinese."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as err:
                raise InputError(f"{source}: starts with a {encoding} byte-order mark but is not {encoding} "
                                 f"(byte {err.start})") from None
    if looks_binary(data):
        raise InputError(f"{source}: looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None:
        raise InputError(f"{source}: cannot be decoded as UTF-8, UTF-16, UTF-32, GB18030, Big5 (cp950) or "
                         "Big5-HKSCS")
    if best.encoding in ("big5", *BIG5_FAMILY):
        # the detector cannot tell the Big5 variants apart; they differ only in their extensions, so the first
        # that reads every byte is the one: cp950 where it can, else HKSCS
        for encoding in BIG5_FAMILY:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    return str(best)


def read_article(path: str | os.PathLike) -> str:
    """The text of one file, decoded as `decode` says; offsets index this text."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as err:
        problem = "symlink loop" if err.errno == errno.ELOOP else f"cannot read ({err.strerror or err})"
        raise InputError(f"{path}: {problem}") from None
    return decode(data, str(path))


def read_input(path: str | os.PathLike) -> str:
    """The article a file holds, as plain text: decoded, and converted from HTML or Markdown by its suffix."""
    return article_text(path, read_article(path))


def _is_article(path: Path, suffixes: Sequence[str]) -> bool:
    return path.suffix.lower() in suffixes


def walk(folder: Path, suffixes: Sequence[str] = ARTICLE_SUFFIXES) -> Iterator[Path | InputError]:
    """Files under `folder` with one of `suffixes`, in a stable (sorted) order, following symlinks but not loops."""
    seen: set[str] = set()

    def visit(directory: Path) -> Iterator[Path | InputError]:
        real = os.path.realpath(directory)
        if real in seen:
            yield InputError(f"{directory}: symlink loop (already visited as {real})")
            return
        seen.add(real)
        try:
            entries = sorted(directory.iterdir(), key=lambda p: p.name)
        except PermissionError:
            yield InputError(f"{directory}: permission denied")
            return
        except OSError as err:
            yield InputError(f"{directory}: cannot list ({err.strerror or err})")
            return
        for entry in entries:
            if entry.is_dir():
                yield from visit(entry)
            elif _is_article(entry, suffixes) and entry.is_file():
                yield entry
            elif entry.is_symlink() and not entry.exists() and _is_article(entry, suffixes):
                yield InputError(f"{entry}: {_dangling(entry)}")

    yield from visit(folder)


def _dangling(link: Path) -> str:
    try:
        link.stat()
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symlink loop"
    return "broken symlink"


def input_files(paths: Sequence[str], *, suffixes: Sequence[str] = ARTICLE_SUFFIXES) -> Iterator[Path | InputError]:
    """The files behind `paths` (folders walked in sorted order), or an InputError for what is missing;
    `-` (standard input) is not a file and is left out."""
    for name in paths:
        if name == "-":
            continue
        path = Path(name)
        if path.is_dir():
            found = False
            for entry in walk(path, suffixes):
                found = True
                yield entry
            if not found:  # said, not read as an article without figures
                yield InputError(f"{name}: a folder with no article files in it ({', '.join(suffixes)})")
        elif path.exists() or path.is_symlink():
            yield path
        else:
            yield InputError(f"{name}: no such file or directory")


STDIN_DOC_ID = "stdin"


def iter_articles(paths: Sequence[str], *, suffixes: Sequence[str] = ARTICLE_SUFFIXES, stdin=None,
                  stdin_doc_id: str = STDIN_DOC_ID) -> Iterator[Article | InputError]:
    """Each input as an Article, or an InputError for the ones that cannot be read; the order is stable.
    Standard input (`-`) is one article, named `stdin_doc_id`."""
    for name in paths:
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin
            data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
            try:
                yield Article(stdin_doc_id, "-", decode(data, "<stdin>"))
            except InputError as err:
                yield err
            continue
        for target in input_files([name], suffixes=suffixes):
            if isinstance(target, InputError):
                yield target
                continue
            try:
                yield Article(target.stem, str(target), read_input(target))
            except InputError as err:
                yield err
