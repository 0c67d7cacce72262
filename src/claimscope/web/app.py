"""Building and serving the claimscope web app.

``create_app()`` assembles the routers (:mod:`~claimscope.web.analysis`,
:mod:`~claimscope.web.corpus`, :mod:`~claimscope.web.pages`), the request
guard and the error handlers; its state lives on ``app.state``: ``analysis``
(the :class:`~claimscope.web.service.AnalysisService`), ``store`` (a
:class:`~claimscope.store.Store` or None) and ``limits``. ``run()`` serves it
with uvicorn and the connection limits of :mod:`~claimscope.web.protocol`.
"""

from __future__ import annotations

import asyncio
import os
from contextlib import asynccontextmanager
from typing import Optional

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from claimscope import __version__
from claimscope.store import Store
from claimscope.web import analysis, corpus, errors, factchecks, pages
from claimscope.web.middleware import RequestGuard
from claimscope.web.pool import WORKER_INIT, WORKER_RUN, ProcessPool, ThreadPool
from claimscope.web.protocol import (DEFAULT_HEADER_TIMEOUT, DEFAULT_KEEP_ALIVE, DEFAULT_MAX_CONNECTIONS,
                                     DEFAULT_MAX_HEADER_BYTES, serve)
from claimscope.web.service import AnalysisService, Limits

DEFAULT_MAX_BODY = Limits.max_body_bytes
DEFAULT_TIMEOUT = Limits.timeout_s


def create_app(
    db_url: Optional[str] = None,
    *,
    workers: Optional[int] = None,
    nlp=None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    timeout_s: float = DEFAULT_TIMEOUT,
    max_pending: Optional[int] = None,
    wait_s: Optional[float] = None,
    body_timeout_s: float = Limits.body_timeout_s,
    keep_reports: int = Limits.keep_reports,
    cache_bytes: int = Limits.cache_bytes,
    warm: bool = True,
    worker_init: str = WORKER_INIT,
    worker_run: str = WORKER_RUN,
) -> FastAPI:
    """Build the claimscope web app.

    Args:
        db_url: a store to browse (``sqlite:///…`` or ``postgresql://…``); none by default.
        workers: analysis workers (default: one per CPU; each holds its own pipeline, about 0.5 GB).
        nlp: a loaded pipeline to share between worker threads instead of worker processes
            (a thread cannot be stopped: a job over the time limit keeps its thread until it ends).
        max_body_bytes: larger request bodies get 413.
        timeout_s: limit of one analysis; slower gets 504 and its worker process is replaced.
        max_pending: analyses admitted at once, running or waiting (default 16 per worker); more get 503.
        wait_s: longest wait for a free worker before 503 (default ``timeout_s``, at least 10 s).
        body_timeout_s: a request body that takes longer to arrive gets 408.
        keep_reports, cache_bytes: recent reports kept in memory, by count and by total size.
        warm: start the workers (and load the pipeline) when the app starts, in the background.
        worker_init, worker_run: what a worker process runs (``"module:function"``; tests swap them).
    """
    workers = workers or os.cpu_count() or 1  # analysis is CPU-bound: one worker per CPU
    limits = Limits(max_body_bytes=max_body_bytes, body_timeout_s=body_timeout_s, timeout_s=timeout_s,
                    max_pending=max_pending, wait_s=wait_s, keep_reports=keep_reports, cache_bytes=cache_bytes)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if nlp is not None:
            pool = ThreadPool(workers, state=nlp, run=worker_run)
        else:
            pool = ProcessPool(workers, init=worker_init, run=worker_run)
        app.state.analysis = AnalysisService(pool, limits)
        app.state.store = await run_in_threadpool(Store.open, db_url) if db_url else None
        # The workers load the pipeline in the background: the app answers (/healthz, pages, the store) at once,
        # and the first analyses wait for the first worker (measured: 13 s to the first 200 before, 2-3 s after).
        starting = asyncio.get_running_loop().create_task(pool.start()) if warm else None
        if starting is not None:  # a worker that cannot start is logged by the pool; analyses then get 500/503
            starting.add_done_callback(lambda t: t.cancelled() or t.exception())
        try:
            yield
        finally:
            if starting is not None and not starting.done():
                starting.cancel()
            await run_in_threadpool(app.state.analysis.close)
            if app.state.store is not None:
                app.state.store.close()

    app = FastAPI(
        title="claimscope",
        version=__version__,
        description="Who claims what in a news report, how sure, on what evidence; figures, places and dates checked. "
        "Every span carries start/end offsets (Python str indices) into the report's text. "
        'Every error is {"error": {"kind", "message"}}.',
        lifespan=lifespan,
        docs_url=None,  # FastAPI's Swagger UI loads from a CDN; pages.py serves it from the package instead
        redoc_url=None,
    )
    app.state.limits = limits
    app.state.store = None
    errors.install(app)
    app.include_router(analysis.router)
    app.include_router(corpus.router)
    app.include_router(factchecks.router)
    app.include_router(pages.router)
    app.add_middleware(RequestGuard, max_bytes=max_body_bytes, timeout_s=body_timeout_s)
    return app


def run(host: str = "127.0.0.1", port: int = 8000, db_url: Optional[str] = None, *,
        max_connections: int = DEFAULT_MAX_CONNECTIONS, header_timeout_s: float = DEFAULT_HEADER_TIMEOUT,
        keep_alive_s: int = DEFAULT_KEEP_ALIVE, max_header_bytes: int = DEFAULT_MAX_HEADER_BYTES, **kwargs) -> None:
    """Serve the app with uvicorn (blocking); ``kwargs`` go to :func:`create_app`."""
    serve(create_app(db_url, **kwargs), host=host, port=port, max_connections=max_connections,
          header_timeout_s=header_timeout_s, keep_alive_s=keep_alive_s, max_header_bytes=max_header_bytes)
