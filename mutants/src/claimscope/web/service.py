"""The analysis service behind the routes: admission, the worker pool, coalescing and recent results.

* **Admission.** At most ``max_pending`` analyses (running or waiting for a
  worker) are admitted at once; the next request gets 503 with
  ``Retry-After``. An admitted request that waits more than ``wait_s`` for a
  worker gets 503 too, so no accepted request waits without bound.
* **Time limit.** An analysis over ``timeout_s`` gets 504 and its worker process
  is killed and replaced (see :mod:`claimscope.web.pool`).
* **Once per article.** Analysis is deterministic for a given pipeline: a
  recent result is reused, identical requests in flight share one job.
* **Bounded memory.** Recent results and report pages are kept by count and by
  total bytes (:class:`~claimscope.web.cache.SizedLRU`).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import math
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Optional, Union

from claimscope.web.cache import SizedLRU
from claimscope.web.errors import ApiError
from claimscope.web.pool import ProcessPool, QueueTimeout, ThreadPool, WorkerFailed, WorkerTimeout

Pool = Union[ProcessPool, ThreadPool]
MIN_WAIT = 10.0  # a replacement worker needs a few seconds to start: never refuse sooner by default


@dataclass
class Limits:
    """The app's bounds (``claimscope serve`` options in brackets)."""

    max_body_bytes: int = 10 * 2**20  # [--max-body-mb] larger bodies get 413
    body_timeout_s: float = 30.0  # [--body-timeout] a body that takes longer to arrive gets 408
    timeout_s: float = 60.0  # [--timeout] one analysis (one article, or one batch line); slower gets 504
    max_pending: Optional[int] = None  # [--max-pending] analyses admitted at once (running or waiting); None: 16 per worker
    wait_s: Optional[float] = None  # longest wait for a free worker before 503; None: timeout_s, at least MIN_WAIT
    keep_reports: int = 200  # recent reports kept for the report pages and repeated requests
    cache_bytes: int = 64 * 2**20  # ... and their total size (each of the two caches)


class AnalysisService:
    def __init__(self, pool: Pool, limits: Limits):
        self.pool = pool
        self.limits = limits
        self.max_pending = limits.max_pending if limits.max_pending is not None else 16 * pool.size
        self.wait_s = limits.wait_s if limits.wait_s is not None else max(limits.timeout_s, MIN_WAIT)
        self.admitted = 0  # requests running or waiting now
        self.refused = 0  # 503s since the start
        self.timeouts = 0  # 504s since the start
        self.results: SizedLRU[dict] = SizedLRU(limits.keep_reports, limits.cache_bytes)  # by request
        self.pages: SizedLRU[bytes] = SizedLRU(limits.keep_reports, limits.cache_bytes)  # by text hash prefix
        self._inflight: dict[str, asyncio.Future] = {}

    # -- admission ------------------------------------------------------------------------------

    def retry_after(self) -> int:
        """Seconds after which a refused request may find room: the queue ahead of it, drained by the workers."""
        return max(1, min(300, math.ceil(self.pool.mean_s * max(1, self.admitted) / self.pool.size)))

    def busy(self, why: str) -> ApiError:
        self.refused += 1
        after = self.retry_after()
        return ApiError(503, "busy", f"The server is busy ({why}); retry in {after} s.", headers={"Retry-After": str(after)})

    @asynccontextmanager
    async def admit(self):
        if self.admitted >= self.max_pending:
            raise self.busy(f"{self.admitted} analyses running or waiting, the most it takes at once")
        self.admitted += 1
        try:
            yield
        finally:
            self.admitted -= 1

    # -- jobs -----------------------------------------------------------------------------------

    async def _job(self, article: dict) -> dict:
        limit = self.limits.timeout_s
        try:
            return await self.pool.run(article, timeout=limit, wait=self.wait_s)
        except QueueTimeout:
            raise self.busy(f"no worker came free within {self.wait_s:g} s") from None
        except WorkerTimeout:
            self.timeouts += 1
            raise ApiError(504, "timeout", (
                f"The analysis took longer than the per-request limit of {limit:g} s and was stopped; "
                "send a shorter text, or start the server with a larger --timeout.")) from None
        except WorkerFailed as err:
            raise ApiError(500, "internal", f"The analysis failed: {err}") from None

    async def analyze(self, article: dict, *, admit: bool = True) -> dict:
        """The outcome of one article (see :func:`claimscope.web.worker.analyze`), analysed at most once at a time."""
        key = hashlib.sha256(json.dumps(article, sort_keys=True, ensure_ascii=False).encode("utf-8", "replace")).hexdigest()
        hit = self.results.get(key)
        if hit is not None:
            return hit
        if key in self._inflight:
            return await asyncio.shield(self._inflight[key])
        future = asyncio.get_running_loop().create_future()
        self._inflight[key] = future
        try:
            if admit:
                async with self.admit():
                    outcome = await self._job(article)
            else:
                outcome = await self._job(article)
        except asyncio.CancelledError:
            future.set_exception(self.busy("the request was cancelled"))
            future.exception()
            raise
        except BaseException as err:
            future.set_exception(err)
            future.exception()  # retrieved: the waiters re-raise it
            raise
        else:
            future.set_result(outcome)
        finally:
            del self._inflight[key]
        self.results.put(key, outcome, len(outcome["json"]))
        return outcome

    async def batch(self, items: list[Union[dict, "ErrorLine"]]) -> list[dict]:
        """Outcomes of a batch, in order: one per item; a line that fails is an error record, never a gap."""
        async with self.admit():
            slots = asyncio.Semaphore(self.pool.size)

            async def one(item) -> dict:
                if isinstance(item, ErrorLine):
                    return error_outcome(item.id, item.kind, item.message)
                async with slots:
                    try:
                        return await self.analyze(item, admit=False)
                    except ApiError as err:
                        return error_outcome(item.get("id"), err.kind, err.message)

            return list(await asyncio.gather(*[one(x) for x in items]))

    def remember(self, outcome: dict) -> Optional[str]:
        """Keep a report for its page; returns its key (the first 16 hex digits of its text's SHA-256)."""
        if not outcome.get("sha"):
            return None
        key = outcome["sha"][:16]
        self.pages.put(key, outcome["json"], len(outcome["json"]))
        return key

    def close(self) -> None:
        self.pool.close()


@dataclass
class ErrorLine:
    """A batch line refused before analysis."""

    id: Optional[str]
    kind: str
    message: str


def error_outcome(item_id: Optional[str], kind: str, message: str) -> dict:
    record = {"id": item_id, "error": {"kind": kind, "message": message}}
    return {"json": json.dumps(record, ensure_ascii=False).encode("utf-8"), "sha": None, "error": record["error"], "summary": None}
