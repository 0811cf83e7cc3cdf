"""A page to look at: the article with every fact and entity highlighted, rendered by spaCy's displaCy.

Analysts check a tool by looking at what it found. Each fact is a highlighted span whose details (value, unit, role,
metric, subject, period) show on hover, on focus and on a click or tap; a table of the facts heads the page, each
figure a link to its place in the article. With gold, facts the extractor
missed and facts it found that gold does not have are marked apart.
"""

from __future__ import annotations

import html
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from spacy import displacy

from pipeline.api import Extraction
from pipeline.io.export import format_number
from pipeline.records import Fact

FACT, MISSED, SPURIOUS = "FACT", "MISSED", "SPURIOUS"
COLOURS = {
    FACT: "#ffd966", MISSED: "#f4a6a6", SPURIOUS: "#c9a0dc",
    "PER": "#a6d8f4", "ORG": "#b6e3b6", "LOC": "#f9cb9c",
}
# displaCy's entity template, focusable (tabindex): a span's details show on hover, on focus (Tab) and on a tap or
# click (which focuses it), since touch screens never hover; `title` keeps them for screen readers too.
TEMPLATE = (
    '<mark class="entity {cls}" id="{anchor}" tabindex="0" title="{title}" style="background: {bg}; padding: 0.45em'
    ' 0.6em; margin: 0 0.25em; line-height: 1; border-radius: 0.35em;">{text}<span style="font-size: 0.8em;'
    ' font-weight: bold; line-height: 1; border-radius: 0.35em; vertical-align: middle; margin-left: 0.5rem">'
    '{label}{kb_link}</span><span class="details" role="tooltip">{title}</span></mark>'
)
TABLE_COLUMNS = ("text", "value", "value_max", "unit", "currency", "qualifier", "role", "metric", "subject", "period")


def describe(fact: Fact | dict) -> str:
    """value, unit, role, metric, subject and period of a fact (or a gold row) in one line for the hover title."""
    get = fact.get if isinstance(fact, dict) else lambda name: getattr(fact, name)
    value = get("value")
    value = format_number(value) if isinstance(value, float) else str(value)
    parts = [f"value {value}", f"unit {get('unit') or '-'}", f"role {get('role')}", f"metric {get('metric') or '-'}"]
    for name in ("subject", "period"):
        if get(name):
            parts.append(f"{name} {get(name)}")
    return "; ".join(parts)


def spans(result: Extraction, *, missed: Sequence[dict] = (), spurious: Sequence[Fact] = ()) -> list[dict]:
    """displaCy's manual spans: facts first, then entities that do not overlap a highlighted fact."""
    spurious_ids = {id(f) for f in spurious}
    marked = []
    for fact in result.facts:
        label = SPURIOUS if id(fact) in spurious_ids else FACT
        title = describe(fact)
        if label == SPURIOUS:  # a gold fact on the same span that did not match: say how it differs
            overlapping = [g for g in missed if g["start"] < fact.end and fact.start < g["end"]]
            title += "".join(f" | gold: {describe(g)}" for g in overlapping)
        marked.append(_span(fact.start, fact.end, label, title))
    marked += [_span(g["start"], g["end"], MISSED, "missed: " + describe(g)) for g in missed]
    marked = _without_overlaps(marked)
    taken = [(s["start"], s["end"]) for s in marked]
    for entity in result.entities:
        if not any(entity.start < e and s < entity.end for s, e in taken):
            marked.append(_span(entity.start, entity.end, entity.label, entity.label))
    return sorted(marked, key=lambda s: (s["start"], s["end"]))


def _span(start: int, end: int, label: str, title: str) -> dict:
    return {"start": start, "end": end, "label": label,
            "params": {"title": html.escape(title, quote=True), "cls": label.lower(), "anchor": f"at-{start}"}}


def _without_overlaps(marked: list[dict]) -> list[dict]:
    """displaCy cannot nest spans: keep the earlier of two overlapping ones."""
    kept: list[dict] = []
    for span in sorted(marked, key=lambda s: (s["start"], -s["end"])):
        if not kept or span["start"] >= kept[-1]["end"]:
            kept.append(span)
    return kept


def facts_table(rows: Sequence[Fact], *, caption: str) -> str:
    head = "".join(f"<th>{c}</th>" for c in TABLE_COLUMNS)
    body = []
    for fact in rows:
        cells = []
        for column in TABLE_COLUMNS:
            value = getattr(fact, column)
            text = html.escape(format_number(value) if column in ("value", "value_max") else str(value))
            if column == "text":  # a click on the figure goes to it in the article, with its details shown
                text = f'<a href="#at-{fact.start}">{text}</a>'
            cells.append(f"<td>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return (f'<table class="facts"><caption>{html.escape(caption)}</caption><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")


def render_page(result: Extraction, *, missed: Sequence[dict] = (), spurious: Sequence[Fact] = ()) -> str:
    """A whole HTML page: a table of the facts, a legend, then the highlighted article."""
    article = displacy.render(
        {"text": result.text, "ents": spans(result, missed=missed, spurious=spurious)},
        style="ent", manual=True, page=False, minify=True,
        options={"colors": COLOURS, "template": TEMPLATE},
    )
    legend = " ".join(f'<span class="key" style="background: {c}">{k}</span>' for k, c in COLOURS.items()
                      if k not in (MISSED, SPURIOUS) or missed or spurious)
    summary = f"{len(result.facts)} facts, {len(result.entities)} entities"
    if missed or spurious:
        summary += f"; against gold: {len(missed)} missed, {len(spurious)} spurious"
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{html.escape(result.doc_id)}</title>
<style>
body {{ font-family: sans-serif; max-width: 70em; margin: 2em auto; line-height: 2.2; }}
div.facts {{ max-height: 22em; overflow: auto; margin-bottom: 1em; }}
table.facts {{ border-collapse: collapse; line-height: 1.4; font-size: 0.9em; }}
table.facts td, table.facts th {{ border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; }}
.key {{ padding: 0.2em 0.6em; border-radius: 0.35em; margin-right: 0.5em; }}
mark.entity {{ position: relative; cursor: pointer; }}
mark.entity .details {{ display: none; position: absolute; left: 0; top: 2.2em; z-index: 2; width: max-content;
  max-width: 28em; padding: 0.3em 0.6em; background: #fff; border: 1px solid #888; border-radius: 0.3em;
  font-size: 0.85em; line-height: 1.4; white-space: normal; box-shadow: 0 2px 6px rgba(0, 0, 0, 0.2); }}
mark.entity:hover .details, mark.entity:focus .details, mark.entity:target .details {{ display: block; }}
</style></head>
<body>
<h1>{html.escape(result.doc_id)}</h1>
<p class="summary">{html.escape(summary)}</p>
<div class="facts">{facts_table(result.facts, caption="Facts")}</div>
<p class="legend">{legend}</p>
{article}
</body></html>
"""


def compare_with_gold(result: Extraction, gold_facts_path) -> tuple[list[dict], list[Fact]]:
    """(gold facts the extractor missed, extracted facts gold does not have), by the scorer's fact matching."""
    from pipeline.eval.gold import read_facts
    from pipeline.eval.score import score

    gold = read_facts(gold_facts_path, text=result.text, doc_id=result.doc_id)
    report = score(gold, result.facts, [], [])
    missed = [row.as_dict() for row in report.missed["facts"]]
    unmatched = {(row.start, row.end) for row in report.spurious["facts"]}
    spurious = [f for f in result.facts if (f.start, f.end) in unmatched]
    return missed, spurious


BROWSERS = ("chromium", "chromium-browser", "google-chrome")
BROWSER_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--hide-scrollbars")


def screenshot(page: str | Path, png: str | Path, *, width: int = 1200, height: int = 1400) -> None:
    """A picture of an HTML page, taken by a headless Chromium (the `chromium` system package); RuntimeError when
    there is none."""
    browser = next((found for name in BROWSERS if (found := shutil.which(name))), None)
    if browser is None:
        raise RuntimeError(f"no browser for a screenshot: install one of {', '.join(BROWSERS)}")
    with tempfile.TemporaryDirectory() as profile:
        command = [browser, *BROWSER_FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}",
                   f"--screenshot={Path(png).resolve()}", Path(page).resolve().as_uri()]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    if done.returncode != 0 or not Path(png).is_file():
        raise RuntimeError(f"{browser} could not take the screenshot: {done.stderr.strip()[-300:]}")
