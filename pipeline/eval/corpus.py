"""The labelled corpus: which articles it holds (`corpus/manifest.csv`) and which split each belongs to.

The split is a fixed rule on the doc_id alone, never on scores: an article is in `test` when the first byte of the
SHA-1 of its doc_id is below `TEST_BELOW` (about 30 % of ids), else in `dev`. The bundled article and the four
articles of ../shared/eval were studied while the rules were written, before the corpus existed, so they are
`dev` whatever their hash. Work on rules looks at dev only; test is read only as numbers.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from pipeline.eval.gold import GoldError

TEST_BELOW = 77  # out of 256: about 30 % of doc_ids
STUDIED_BEFORE_THE_SPLIT = frozenset({
    "changsha-global-rd-center",
    "ctee_taiwan_phone_sales_2024h1_tw",
    "daqing_2012_statistical_communique",
    "sina_stcn_ashare_rd_2021",
    "techorange_snapdragon_x_plus_tw",
})
SPLITS = ("dev", "test")
MANIFEST_COLUMNS = ("doc_id", "source", "region", "script", "genre", "split")
UNKNOWN = "unknown"


def split_of(doc_id: str) -> str:
    """'dev' or 'test', by the rule in the module docstring."""
    if doc_id in STUDIED_BEFORE_THE_SPLIT:
        return "dev"
    return "test" if hashlib.sha1(doc_id.encode("utf-8")).digest()[0] < TEST_BELOW else "dev"


@dataclass(frozen=True)
class CorpusArticle:
    """One article of the corpus and what the manifest says of it."""

    doc_id: str
    source: str = UNKNOWN
    region: str = UNKNOWN
    script: str = UNKNOWN
    genre: str = UNKNOWN

    @property
    def split(self) -> str:
        return split_of(self.doc_id)


def read_manifest(path: str | Path) -> dict[str, CorpusArticle]:
    """The manifest's articles by doc_id; its `split` column must agree with the rule (`split_of`)."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in MANIFEST_COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise GoldError(f"{path}:1: missing column(s) {', '.join(missing)}")
            articles = {}
            for row in reader:
                line = reader.line_num
                doc_id = row["doc_id"].strip()
                if doc_id in articles:
                    raise GoldError(f"{path}:{line}: {doc_id!r} is listed twice")
                if row["split"] != split_of(doc_id):
                    raise GoldError(f"{path}:{line}: column 'split': {row['split']!r}, but the rule puts "
                                    f"{doc_id!r} in {split_of(doc_id)!r}")
                articles[doc_id] = CorpusArticle(doc_id, *(row[c].strip() or UNKNOWN for c in MANIFEST_COLUMNS[1:5]))
            return articles
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise GoldError(f"{path}: cannot read the manifest ({err})") from None


def corpus_articles(doc_ids: list[str], manifest: Path | None) -> dict[str, CorpusArticle]:
    """An entry for each doc_id: from the manifest when there is one (and it lists the article), else unknown
    source, region and genre (a user's own corpus may have no manifest; the split rule still applies)."""
    listed = read_manifest(manifest) if manifest is not None and manifest.is_file() else {}
    return {doc_id: listed.get(doc_id, CorpusArticle(doc_id)) for doc_id in doc_ids}
