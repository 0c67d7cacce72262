"""Batch ingest on Dask: articles in, reports out, streamed into the store.

The client (this process) reads the inputs lazily, skips articles whose text
hash is already stored, and sends chunks of article dicts to the workers; a
worker analyzes them with its own pipeline (:func:`claimscope.pipeline.load_nlp`
and :func:`claimscope.store.vectors.load_encoder` are lazy globals, built
once per worker process and never pickled) and sends report dicts back.  At
most a few chunks per worker are in flight and results are written in
batches as they arrive, so memory stays flat however long the corpus is.

``workers=0`` runs the same steps in this process, without Dask.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Union

from claimscope.inputs import ArticleInput, InputError, iter_paths

Item = Union[ArticleInput, InputError]
SEEN_LIMIT = 200_000
Progress = Callable[[str, Optional[str]], None]


@dataclass
class IngestSummary:
    added: int = 0
    replaced: int = 0
    skipped: int = 0
    failed: int = 0
    workers: int = 0
    failures: list[dict] = field(default_factory=list)  # the first few, for the CLI to show

    def to_dict(self) -> dict:
        return asdict(self)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def analyze_chunk(articles: list[dict], *, vectors: bool = True, torch_threads: int = 1) -> list[dict]:
    """The worker's task: analyze article dicts, return ``{"report", "vectors"}`` or ``{"id", "error"}`` dicts."""
    from claimscope import model
    from claimscope.core import analyze_many
    from claimscope.pipeline import load_nlp

    nlp = load_nlp()
    out: list[dict] = []
    # spaCy's memory zone drops the strings and lexemes the chunk added to the shared vocab,
    # which would otherwise grow with every new name and number a long corpus brings.
    with nlp.memory_zone():
        for result in analyze_many([ArticleInput(**a) for a in articles], nlp=nlp):
            if isinstance(result, model.ErrorRecord):
                out.append({"id": result.id, "error": result.error})
                continue
            out.append({"report": result.to_dict()})
    if vectors:
        from claimscope.store.vectors import report_vectors

        for item in out:
            if "report" in item:
                item["vectors"] = report_vectors(item["report"], threads=torch_threads) if item["report"].get("claims") else None
    return out


def worker_memory() -> dict:
    """Run on a worker: its resident and peak memory in MB (``client.run(worker_memory)``)."""
    import resource

    import psutil

    process = psutil.Process()
    cpu = process.cpu_times()
    return {
        "rss_mb": process.memory_info().rss / 2**20,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "cpu_s": cpu.user + cpu.system,
    }


def _chunks(items: Iterable[Item], store, *, update: bool, size: int, on_progress: Progress, summary: IngestSummary) -> Iterator[list[dict]]:
    """Chunks of article dicts still to analyze; bad inputs are recorded on the way."""
    pending: list[tuple[str, ArticleInput]] = []
    # Hashes sent in this run, so a duplicate inside one corpus is analyzed once.  Bounded to keep
    # the client's memory flat: an older duplicate is analyzed again and skipped when written.
    submitted: OrderedDict[str, None] = OrderedDict()

    def drain() -> Iterator[list[dict]]:
        known = set() if update else store.known_hashes(h for h, _ in pending)
        chunk: list[dict] = []
        for sha, article in pending:
            if sha in known or sha in submitted:
                summary.skipped += 1
                on_progress("skipped", article.id)
                continue
            submitted[sha] = None
            if len(submitted) > SEEN_LIMIT:
                submitted.popitem(last=False)
            chunk.append({k: getattr(article, k) for k in ("text", "id", "title", "published", "url", "outlet")})
            if len(chunk) >= size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk
        pending.clear()

    for item in items:
        if isinstance(item, InputError):
            store.record_failures([(item.id, item.error.to_record())])
            summary.failed += 1
            if len(summary.failures) < 20:
                summary.failures.append({"id": item.id, **item.error.to_record()})
            on_progress("failed", item.id)
            continue
        pending.append((text_sha256(item.text), item))
        if len(pending) >= 4 * size:
            yield from drain()
    yield from drain()


class _Writer:
    """Buffers worker results and writes them to the store in batches."""

    def __init__(self, store, *, update: bool, batch: int, on_progress: Progress, summary: IngestSummary):
        self.store, self.update, self.batch, self.on_progress, self.summary = store, update, batch, on_progress, summary
        self.buffer: list[dict] = []

    def add(self, results: list[dict]) -> None:
        self.buffer.extend(results)
        if len(self.buffer) >= self.batch:
            self.flush()

    def flush(self) -> None:
        from claimscope.store.vectors import DIM, MODEL_NAME

        if not self.buffer:
            return
        reports = [r for r in self.buffer if "report" in r]
        errors = [r for r in self.buffer if "error" in r]
        self.buffer = []
        if errors:
            self.store.record_failures([(e["id"], e["error"]) for e in errors])
            for e in errors:
                self.summary.failed += 1
                if len(self.summary.failures) < 20:
                    self.summary.failures.append({"id": e["id"], **e["error"]})
                self.on_progress("failed", e["id"])
        if reports:
            outcomes = self.store.write(
                [r["report"] for r in reports],
                vectors=[r.get("vectors") for r in reports],
                vector_model=MODEL_NAME,
                vector_dim=DIM,
                update=self.update,
            )
            for r, (outcome, _) in zip(reports, outcomes):
                setattr(self.summary, outcome, getattr(self.summary, outcome) + 1)
                self.on_progress(outcome, r["report"]["article"].get("id"))


def default_workers() -> int:
    return os.cpu_count() or 1


def make_client(scheduler: Optional[str] = None, *, workers: Optional[int] = None, processes: bool = True):
    """A Dask client: on an existing scheduler, or on a LocalCluster with one single-threaded worker per core."""
    from distributed import Client, LocalCluster

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    if scheduler:
        return Client(scheduler)
    # One single-threaded worker per core: BLAS and OpenMP in the workers must not spread over the other cores.
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    cluster = LocalCluster(
        n_workers=workers or default_workers(),
        threads_per_worker=1,
        processes=processes,
        dashboard_address=":0",
        silence_logs=logging.ERROR,
    )
    return Client(cluster)


def ingest(
    paths: Iterable[Path] = (),
    store=None,
    *,
    items: Optional[Iterable[Item]] = None,
    scheduler: Optional[str] = None,
    workers: Optional[int] = None,
    client=None,
    update: bool = False,
    vectors: bool = True,
    chunk_size: int = 4,
    write_batch: int = 32,
    on_progress: Optional[Progress] = None,
) -> IngestSummary:
    """Analyze articles and write their reports into ``store``.

    Args:
        paths: files, directories and .jsonl files (read with :func:`claimscope.inputs.iter_paths`).
        items: articles to ingest instead of ``paths`` (ArticleInput or InputError).
        scheduler: ``tcp://HOST:PORT`` of a running Dask scheduler.
        workers: LocalCluster workers (default: one per core); 0 runs in this process without Dask.
        client: an existing ``distributed.Client`` (tests, benchmarks).
        update: replace articles already stored under the same text hash.
        vectors: embed claims for matching (``claims search``); can be filled in later.
        chunk_size: articles per task.
        write_batch: reports per store transaction.

    Returns:
        Counts of added, replaced, skipped and failed inputs.
    """
    if store is None:
        from claimscope.store import Store

        store = Store()
    on_progress = on_progress or (lambda event, item_id: None)
    summary = IngestSummary()
    items = iter_paths(list(paths)) if items is None else items
    writer = _Writer(store, update=update, batch=write_batch, on_progress=on_progress, summary=summary)
    chunks = _chunks(items, store, update=update, size=chunk_size, on_progress=on_progress, summary=summary)
    try:
        if client is None and workers == 0 and not scheduler:
            for chunk in chunks:
                writer.add(analyze_chunk(chunk, vectors=vectors, torch_threads=0))
            return summary
        own_client = client is None
        client = client or make_client(scheduler, workers=workers)
        try:
            summary.workers = len(client.scheduler_info().get("workers", {}))
            _run_on_dask(client, chunks, writer, vectors=vectors, window=max(2, 3 * max(1, summary.workers)))
        finally:
            if own_client:
                cluster = getattr(client, "cluster", None)
                client.close()
                if cluster is not None:
                    cluster.close()
        return summary
    finally:
        writer.flush()


def _run_on_dask(client, chunks: Iterator[list[dict]], writer: _Writer, *, vectors: bool, window: int) -> None:
    from distributed import as_completed

    running = as_completed()
    ids: dict = {}  # future -> ids of its articles, to record them if the task itself dies

    def collect(future) -> None:
        chunk_ids = ids.pop(future)
        try:
            writer.add(future.result())
        except Exception as err:  # a worker died or the task could not run: each article is recorded
            kind = {"kind": "worker", "message": f"{type(err).__name__}: {err}"}
            writer.add([{"id": i, "error": kind} for i in chunk_ids])

    for chunk in chunks:
        while len(ids) >= window:
            collect(next(running))
        future = client.submit(analyze_chunk, chunk, vectors=vectors, pure=False)
        ids[future] = [a.get("id") for a in chunk]
        running.add(future)
    for future in running:
        collect(future)
