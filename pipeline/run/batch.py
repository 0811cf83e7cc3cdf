"""Many articles: spaCy's `nlp.pipe` in batches, and N worker processes with output in input order.

Memory stays bounded by the batch, not the corpus: articles stream in from `inputs.iter_articles`, results stream
out to the writer. `--jobs N` splits the batches over N processes; results come back in input order, so the
output is byte-identical to `--jobs 1`.
"""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from itertools import islice

from pipeline.api import DEFAULT_CHUNK_CHARS, Extraction, default_nlp, extract, extraction_of
from pipeline.io.inputs import Article, InputError
from pipeline.text.convert import without_surrogates

# Articles per batch. Small, since the components gain nothing from larger batches, memory is bounded by the
# batch, and with N workers the last batch of a run keeps one busy while the others wait: 4 of ~100 articles.
DEFAULT_BATCH_SIZE = 4


@cache
def _loaded_nlp():  # noqa: ANN202 - spaCy's Language
    """The default pipeline with its dictionaries loaded, then hidden from the cyclic garbage collector.

    jieba's dictionaries (over half a million entries), the lexicons and the NER model live as long as the
    process. Left tracked, every full collection walks them (80 ms each, 4-6 % of a run here); `gc.freeze`
    moves everything alive now to a generation the collector never scans. Once per process, batch runs only.
    """
    nlp = default_nlp()
    nlp("长沙")  # the tokenizer's dictionaries load on first use
    gc.freeze()
    return nlp


def extract_batch(articles: list[tuple[str, str]]) -> list[Extraction]:
    """(doc_id, text) pairs through `nlp.pipe`; a text longer than a chunk goes through `extract` alone."""
    nlp = _loaded_nlp()
    results: dict[int, Extraction] = {}
    short = [(i, doc_id, text) for i, (doc_id, text) in enumerate(articles) if len(text) <= DEFAULT_CHUNK_CHARS]
    for i, (doc_id, text) in enumerate(articles):
        if len(text) > DEFAULT_CHUNK_CHARS:
            results[i] = extract(text, doc_id=doc_id, nlp=nlp)
    docs = []
    for _, doc_id, text in short:
        doc = nlp.make_doc(without_surrogates(text))
        doc._.doc_id = doc_id
        docs.append(doc)
    for (i, doc_id, text), doc in zip(short, nlp.pipe(docs, batch_size=len(docs) or 1)):
        results[i] = extraction_of(doc, text, doc_id)
    return [results[i] for i in range(len(articles))]


def batches(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_articles(articles: Iterable[Article | InputError], *, jobs: int = 1,
                     batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[Extraction | InputError]:
    """An Extraction for each article, in input order; input errors pass through in their place."""
    pending = (a if isinstance(a, InputError) else (a.doc_id, a.text) for a in articles)
    if jobs <= 1:
        for batch in batches(pending, batch_size):
            yield from _work(batch)
        return
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        # results are taken in submission order; a few batches per worker in flight keep memory bounded
        window = jobs * 2
        stream = batches(pending, batch_size)
        futures = [pool.submit(_work, b) for b in islice(stream, window)]
        while futures:
            done = futures.pop(0).result()
            following = next(stream, None)
            if following is not None:
                futures.append(pool.submit(_work, following))
            yield from done


def _work(batch: list) -> list:
    """Extract the readable items of a batch, leaving input errors in their place."""
    readable = [item for item in batch if not isinstance(item, InputError)]
    done = iter(extract_batch(readable))
    return [item if isinstance(item, InputError) else next(done) for item in batch]
