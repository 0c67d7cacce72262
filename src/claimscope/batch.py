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

from claimscope.errors import ClaimscopeError
from claimscope.inputs import ArticleInput, InputError, iter_paths
from claimscope.store.vectors import DIM, MODEL_NAME

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
    """The worker's task: analyze article dicts, return ``{"report", "vectors"}`` or ``{"id", "error"}`` dicts.

    One result per article, in order; each carries the article's ``source`` and ``sha256`` so the
    store can tell one input from another that shares its id.
    """
    from claimscope import model
    from claimscope.core import analyze_many
    from claimscope.pipeline import load_nlp

    nlp = load_nlp()
    out: list[dict] = []
    # spaCy's memory zone drops the strings and lexemes the chunk added to the shared vocab,
    # which would otherwise grow with every new name and number a long corpus brings.
    with nlp.memory_zone():
        for a, result in zip(articles, analyze_many([ArticleInput(**a) for a in articles], nlp=nlp)):
            where = {"source": (a.get("meta") or {}).get("source"), "sha256": text_sha256(a["text"])}
            if isinstance(result, model.ErrorRecord):
                out.append({"id": result.id, "error": result.error, **where})
                continue
            out.append({"report": result.to_dict(), **where})
    if vectors:
        from claimscope.store.vectors import report_vectors

        for item in out:
            if "report" in item:
                try:
                    item["vectors"] = report_vectors(item["report"], threads=torch_threads) if item["report"].get("claims") else None
                except Exception:  # no vectors for this one; `claims index` embeds it later
                    item["vectors"] = None
    return out


def _chunk_failed(chunk: list[dict], err: Exception) -> list[dict]:
    """What a chunk whose task died yields: one error per article, so no record is lost."""
    kind = {"kind": "worker", "message": f"{type(err).__name__}: {err}"}
    return [
        {"id": a.get("id"), "error": kind, "source": (a.get("meta") or {}).get("source"), "sha256": text_sha256(a["text"])}
        for a in chunk
    ]


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
            chunk.append(
                {
                    **{k: getattr(article, k) for k in ("text", "id", "title", "published", "url", "outlet")},
                    "meta": {"source": article.meta.get("source"), "pipeline": article.meta.get("pipeline") or {}},
                }
            )
            if len(chunk) >= size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk
        pending.clear()

    for item in items:
        if isinstance(item, InputError):
            store.record_failures([(item.id, {**item.error.to_record(), "source": item.source})])
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
        if not self.buffer:
            return
        reports = [r for r in self.buffer if "report" in r]
        errors = [r for r in self.buffer if "error" in r]
        self.buffer = []
        self._checked_before(reports)
        if reports:
            try:
                outcomes = self._write(reports)
            except ClaimscopeError:
                raise  # the store itself cannot be written (read-only, full): stop with its coded error
            except Exception:  # one report the store refuses: write them one by one, record the bad one
                outcomes = []
                for r in reports:
                    try:
                        outcomes.extend(self._write([r]))
                    except ClaimscopeError:
                        raise
                    except Exception as err:
                        outcomes.append(None)
                        message = f"The report could not be stored ({type(err).__name__})."
                        errors.append({"id": r["report"]["article"].get("id"), "error": {"kind": "store", "message": message}, **r})
            for r, outcome in zip(reports, outcomes):
                if outcome is not None:
                    setattr(self.summary, outcome[0], getattr(self.summary, outcome[0]) + 1)
                    self.on_progress(outcome[0], r["report"]["article"].get("id"))
        if errors:
            self.store.record_failures([(e["id"], {**e["error"], "source": e.get("source"), "sha256": e.get("sha256")}) for e in errors])
            for e in errors:
                self.summary.failed += 1
                if len(self.summary.failures) < 20:
                    self.summary.failures.append({"id": e["id"], **e["error"]})
                self.on_progress("failed", e["id"])

    def _checked_before(self, reports: list[dict]) -> None:
        """Add the store's ``previously_checked`` findings to each report, with the claim vectors the worker computed."""
        if not reports:
            return
        from claimscope.store.factchecks import annotate, matcher

        index = matcher(self.store).index()  # one table query a batch
        if index is None:
            return
        for r in reports:
            try:
                annotate(self.store, r["report"], r.get("vectors"), index=index)
            except ClaimscopeError:
                raise
            except Exception as err:  # the report stands without the fact-check findings
                logging.getLogger("claimscope.batch").warning(
                    "fact-checks not matched for %s: %s: %s", r["report"]["article"].get("id"), type(err).__name__, err)

    def _write(self, reports: list[dict]) -> list:
        return self.store.write(
            [r["report"] for r in reports],
            vectors=[r.get("vectors") for r in reports],
            vector_model=MODEL_NAME,
            vector_dim=DIM,
            update=self.update,
            sources=[r.get("source") for r in reports],
        )


def default_workers() -> int:
    return os.cpu_count() or 1


def make_client(scheduler: Optional[str] = None, *, workers: Optional[int] = None, processes: bool = True, dashboard: bool = False):
    """A Dask client: on an existing scheduler, or on a LocalCluster with one single-threaded worker per core.

    The LocalCluster listens on 127.0.0.1 only; its dashboard is off unless ``dashboard`` (then on
    127.0.0.1, a free port).  Connecting to ``scheduler`` means running code that scheduler sends
    and sending it code to run: use only a scheduler you trust (see docs/corpus.md).
    """
    from distributed import Client, LocalCluster  # imported here: Dask is needed only for ingest

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
        host="127.0.0.1" if processes else None,  # threads (processes=False) talk in-process, no socket
        # The scheduler always runs an HTTP server (health, metrics; the dashboard when asked): on 127.0.0.1.
        dashboard_address="127.0.0.1:0",
        worker_dashboard_address="127.0.0.1:0",
        scheduler_kwargs={"dashboard": dashboard},
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
    dashboard: bool = False,
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
        dashboard: serve the LocalCluster's Dask dashboard (on 127.0.0.1 only).

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
                try:
                    results = analyze_chunk(chunk, vectors=vectors, torch_threads=0)
                except Exception as err:  # as on Dask: the chunk's articles are recorded, the run goes on
                    results = _chunk_failed(chunk, err)
                writer.add(results)
            return summary
        own_client = client is None
        client = client or make_client(scheduler, workers=workers, dashboard=dashboard)
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
    ids: dict = {}  # future -> its chunk, to record each article if the task itself dies

    def collect(future) -> None:
        chunk = ids.pop(future)
        try:
            results = future.result()
        except Exception as err:  # a worker died or the task could not run: each article is recorded
            results = _chunk_failed(chunk, err)
        writer.add(results)

    for chunk in chunks:
        while len(ids) >= window:
            collect(next(running))
        future = client.submit(analyze_chunk, chunk, vectors=vectors, pure=False)
        ids[future] = chunk
        running.add(future)
    for future in running:
        collect(future)
