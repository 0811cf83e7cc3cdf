"""Out onto a cluster with Dask, when one machine is not enough (needs the `dask` extra).

    from pipeline.run.dask import extract_bag
    facts = extract_bag(["corpus/"])          # a dask DataFrame of facts, one partition per batch of files
    facts.compute()                            # or write it with facts.to_parquet(...)

Workers read the files themselves, so only paths travel to them; each worker builds the pipeline once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pandas as pd

from pipeline.api import Extraction
from pipeline.io.inputs import InputError, input_files, read_input
from pipeline.records import FACT_COLUMNS
from pipeline.run.batch import extract_batch

FILES_PER_PARTITION = 8


def _extract_files(files: list[str]) -> list[Extraction | InputError]:
    """Runs on a worker: read and extract a partition's files, keeping their order."""
    readable, results = [], []
    for name in files:
        try:
            readable.append((Path(name).stem, read_input(name)))
            results.append(None)
        except InputError as err:
            results.append(err)
    done = iter(extract_batch(readable))
    return [item if item is not None else next(done) for item in results]


def partitions(files: Sequence[str], size: int = FILES_PER_PARTITION) -> list[list[str]]:
    return [list(files[i : i + size]) for i in range(0, len(files), size)]


def _fact_frame(files: list[str]) -> pd.DataFrame:
    """Runs on a worker: the facts of a partition's files as a DataFrame."""
    results = _extract_files(files)
    rows = [fact.row() for r in results if isinstance(r, Extraction) for fact in r.facts]
    return pd.DataFrame(rows, columns=list(FACT_COLUMNS))


def extract_bag(paths: Sequence[str]):
    """Facts of every file under `paths` as a dask DataFrame (the facts CSV's columns, in file order);
    unreadable files are skipped (the CLI reports them)."""
    import dask.dataframe as dd
    from dask import delayed

    files = [str(f) for f in input_files(paths) if not isinstance(f, InputError)]
    parts = [delayed(_fact_frame)(part) for part in partitions(files)] or [delayed(_fact_frame)([])]
    return dd.from_delayed(parts, meta=pd.DataFrame({c: [] for c in FACT_COLUMNS}).astype(object), verify_meta=False)


def extract_on_cluster(paths: Sequence[str], client) -> Iterator[Extraction | InputError]:
    """Each input's Extraction (or InputError), computed on the cluster behind `client`, in input order."""
    files: list[str] = []
    for item in input_files(paths):
        if isinstance(item, InputError):
            yield item
        else:
            files.append(str(item))
    futures = client.map(_extract_files, partitions(files), pure=False)
    for future in futures:
        yield from future.result()


def client_for(address: str, *, workers: int = 2):
    """A distributed Client: `local` starts a LocalCluster of worker processes, anything else is a scheduler
    address (tcp://host:8786)."""
    from dask.distributed import Client, LocalCluster

    if address == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    return Client(address)
