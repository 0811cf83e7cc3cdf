"""Articles in the forms people have them: plain text, Markdown, and HTML pages saved from news sites.

The pipeline reads plain text, one paragraph per line, the headline first and `## ` before headings. A Markdown file
or an HTML page becomes that text first, and every offset of the output refers to it (`zhfacts extract
--keep-text DIR` writes it out). An HTML page's article body is found by readability-lxml, which kept every
paragraph of 40 pool articles saved as pages with navigation, advertisements, related links, comments and a footer
(trafilatura kept 99.5 %; `benchmarks/html_extractors.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from pipeline.text.punctuation import HEADING_MARK

HTML_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")
ARTICLE_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote", "pre", "dd", "dt")
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
MAX_TABLE_CELL = 40  # characters: a longer cell, or one with a full stop, is prose, not a figure or a label


def article_text(path: str | Path, decoded: str) -> str:
    """The plain text of a decoded file, by its suffix: HTML and Markdown are converted, anything else kept."""
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return html_text(decoded)
    if suffix in MARKDOWN_SUFFIXES:
        return markdown_text(decoded)
    return decoded


def html_text(markup: str) -> str:
    """The article body of a page: its title as the headline, then each paragraph on a line, `## ` before each
    heading, each table row on a line with its cells separated by tabs (as statistics releases print tables, so
    that facts/tables.py reads them); navigation, advertisements and footers left out. A line break (`<br>`) ends a
    line, and text outside any paragraph element is read too: pages that lay out paragraphs with line breaks in one
    container, or hold no markup at all, keep their paragraphs and their words."""
    import lxml.html
    from lxml.etree import ParserError
    from readability import Document

    if not markup.strip():
        return ""
    try:
        document = Document(markup)
        title = _spaces(document.short_title())
        body = _without_head_and_scripts(lxml.html.fromstring(document.summary()))
    except ParserError:  # no element readability can parse (a stray closing tag)
        title, body = "", None
    if body is None or not body.text_content().strip():  # too short a page to find an article in (one table)
        body = _whole_body(markup)
    if body is None:
        return title + "\n" if title else ""
    for line_break in body.iter("br"):
        line_break.tail = "\n" + (line_break.tail or "")
    lines = [title] if title else []
    for tag, text in _lines(body):
        if not text or (tag == "h1" and text == title):
            continue
        lines.append(HEADING_MARK + text if tag in _HEADINGS else text)
    return "\n".join(lines) + "\n" if lines else ""


def _whole_body(markup: str):
    """The page's body (or the whole page, a frameset say); None if nothing parses."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        page = _without_head_and_scripts(lxml.html.document_fromstring(markup))
    except ParserError:
        return None
    body = page.find("body")
    return body if body is not None else page


def _without_head_and_scripts(element):
    """`element` without its head (the title is read apart), scripts and styles: no article text is in them."""
    for furniture in list(element.iter("head", "script", "style", "noscript", "template")):
        furniture.drop_tree()
    return element


def _lines(element) -> Iterator[tuple[str, str]]:
    """(tag, line) for the lines of `element` in reading order: a paragraph element's text (a table row as its cells),
    and the loose text between paragraph elements, each split at its line breaks."""
    if element.tag in _BLOCKS:
        if element.tag == "tr":
            yield element.tag, _row_text(element)
        elif element.tag in _HEADINGS or element.tag == "h1":
            yield element.tag, _spaces(element.text_content())
        else:
            yield from ((element.tag, line) for line in _split_lines(element.text_content()))
        return
    loose = [element.text or ""]
    for child in element.iterchildren():
        if not isinstance(child.tag, str):  # a comment or processing instruction: only its tail is text
            loose.append(child.tail or "")
        elif child.tag in _BLOCKS or next(child.iter(*_BLOCKS), None) is not None:
            yield from ((element.tag, line) for line in _split_lines("".join(loose)))
            yield from _lines(child)
            loose = [child.tail or ""]
        else:
            loose.extend((child.text_content(), child.tail or ""))
    yield from ((element.tag, line) for line in _split_lines("".join(loose)))


def _split_lines(text: str) -> list[str]:
    return [line for line in map(_spaces, text.split("\n")) if line]


def _row_text(row) -> str:
    """A table row's cells, tab-separated; empty cells are kept so that the columns stay in line with the header.
    A row with a cell of prose (a page laid out in a table) gives each line of each cell a line of its own instead."""
    texts = [cell.text_content() for cell in row.iterchildren("td", "th")]
    cells = [_spaces(text) for text in texts]
    if any(len(cell) > MAX_TABLE_CELL or "。" in cell for cell in cells):
        return "\n".join(line for text in texts for line in _split_lines(text))
    return "\t".join(cells) if any(cells) else ""


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_MD_LIST = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_MD_QUOTE = re.compile(r"^\s*>\s?")


def markdown_text(markdown: str) -> str:
    """Markdown as plain text: a first `#` heading is the headline, deeper ones `## ` headings; links keep their
    words, images go, emphasis marks, list bullets and quote marks are dropped; code fences are left out."""
    lines, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
            continue
        if fenced:
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            text = _inline(heading.group(2))
            lines.append(text if len(heading.group(1)) == 1 and not lines else HEADING_MARK + text)
            continue
        text = _inline(_MD_QUOTE.sub("", _MD_LIST.sub("", line)))
        if text.strip() or (lines and lines[-1]):
            lines.append(text)
    return "\n".join(lines).strip("\n") + "\n" if lines else ""


def _inline(text: str) -> str:
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", text))
    previous = None
    while previous != text:
        previous, text = text, _MD_EMPHASIS.sub(r"\2", text)
    return text


def _spaces(text: str) -> str:
    return " ".join(text.split())
