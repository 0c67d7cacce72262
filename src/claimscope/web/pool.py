"""Analysis workers that can be stopped: one process per worker, killed and replaced past the time limit.

A job that runs over its time limit is not left to finish: its worker process
is killed (SIGKILL) and a fresh one started, so one hostile article holds a
worker for at most the limit. Workers are ``multiprocessing`` processes forked
by a fork server that has imported spaCy and torch once (no fork of the
threaded server itself), so a new worker only loads the pipeline, under a
second; each talks to the server over a pipe; the server side waits on the pipe in a
thread, so the event loop never blocks.

:class:`ThreadPool` runs jobs in threads sharing one loaded pipeline (tests and
embedding); a thread cannot be stopped, so a timed-out job there keeps its
worker until it ends.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import importlib
import logging
import multiprocessing
import os
import signal
import time
from typing import Any, Awaitable, Callable, Optional

log = logging.getLogger("claimscope.web")

# what a worker runs (named, not imported: the server process never loads the pipeline)
WORKER_INIT = "claimscope.web.worker:load"
WORKER_RUN = "claimscope.web.worker:analyze"
_ONE_THREAD = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


class WorkerTimeout(Exception):
    """The job ran over its time limit (its worker was stopped, when it could be)."""


class QueueTimeout(Exception):
    """No worker came free within the wait limit."""


class WorkerFailed(Exception):
    """The worker died during the job or could not start."""


def resolve(spec: str) -> Callable:
    """``"package.module:function"`` -> the function."""
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def _child_main(conn, init_spec: str, run_spec: str) -> None:
    """A worker process: set up once, then answer jobs until the pipe closes."""
    for var in _ONE_THREAD:
        os.environ.setdefault(var, "1")
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the server stops its workers
    try:
        state = resolve(init_spec)()
        run = resolve(run_spec)
    except BaseException as err:  # noqa: BLE001 - reported to the server, which refuses to start
        conn.send(("failed", f"{type(err).__name__}: {err}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            reply = ("ok", run(state, job))
        except Exception as err:  # noqa: BLE001 - the job fails, the worker lives on
            reply = ("error", f"{type(err).__name__}: {err}")
        conn.send(reply)


class _Process:
    def __init__(self, ctx, init_spec: str, run_spec: str):
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_child_main, args=(child, init_spec, run_spec), daemon=True,
                                name="claimscope-worker")
        self.proc.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise WorkerFailed(f"a worker did not start within {timeout:g} s")
        status, value = self.conn.recv()
        if status != "ready":
            self.kill()
            raise WorkerFailed(f"a worker could not start: {value}")

    def call(self, job: Any) -> tuple[str, Any]:
        self.conn.send(job)
        return self.conn.recv()

    def kill(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()
        self.proc.join(10)
        self.conn.close()

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass
        self.proc.join(2)
        self.kill()


def _context(*specs: str):
    """A fork server that has imported the worker's modules: a new worker only loads the pipeline (0.6 s),
    not spaCy and torch again (2.7 s); forked from a single-threaded server, never from this threaded one."""
    if "forkserver" not in multiprocessing.get_all_start_methods():  # pragma: no cover - not on Linux
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(sorted({spec.partition(":")[0] for spec in specs}))
    return ctx


class _Stats:
    def __init__(self, size: int):
        self.size = size
        self.busy = 0  # jobs on the workers now
        self.jobs = 0  # jobs started since the start
        self.recycled = 0  # workers stopped past the time limit (or dead) and replaced
        self.mean_s = 0.5  # running mean of a job's duration, for Retry-After

    def record(self, seconds: float) -> None:
        self.mean_s = 0.8 * self.mean_s + 0.2 * seconds

    async def _admit(self, acquire: Awaitable, wait: float) -> Any:
        """Wait at most ``wait`` s for a worker (``acquire``), then count the job as running."""
        try:
            got = await asyncio.wait_for(acquire, wait)
        except asyncio.TimeoutError:
            raise QueueTimeout() from None
        self.busy += 1
        self.jobs += 1
        return got


class ProcessPool(_Stats):
    """``size`` worker processes; a job over its limit gets its worker killed and replaced."""

    kind = "processes"

    def __init__(self, size: int, *, init: str = WORKER_INIT, run: str = WORKER_RUN, start_timeout: float = 300.0):
        super().__init__(max(1, size))
        self._ctx = _context(init, run)
        self._specs = (init, run)
        self._start_timeout = start_timeout
        self._threads = cf.ThreadPoolExecutor(self.size * 2 + 2, thread_name_prefix="claimscope-pool")
        self._idle: Optional[asyncio.Queue] = None
        self._live = 0  # workers running or starting
        self._all: set[_Process] = set()
        self._tasks: set[asyncio.Task] = set()
        self._closed = False

    def _queue(self) -> asyncio.Queue:
        if self._idle is None:
            self._idle = asyncio.Queue()
        return self._idle

    def _new(self) -> _Process:
        p = _Process(self._ctx, *self._specs)
        self._all.add(p)
        try:
            p.wait_ready(self._start_timeout)
        except BaseException:
            self._all.discard(p)
            raise
        return p

    async def _grow(self) -> None:
        """Start one worker and put it in the idle queue."""
        loop = asyncio.get_running_loop()
        self._live += 1
        try:
            p = await loop.run_in_executor(self._threads, self._new)
        except asyncio.CancelledError:  # the app stopped while this worker started: nothing to report
            self._live -= 1
            raise
        except BaseException as err:
            self._live -= 1
            log.error("claimscope: %s", err)
            raise
        if self._closed:  # the pool closed while this worker started (its threads are gone)
            p.kill()
            return
        self._queue().put_nowait(p)

    def _background(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        task.add_done_callback(lambda t: t.cancelled() or t.exception())  # logged in _grow

    async def start(self) -> None:
        """Start every worker now (and fail loudly if they cannot start)."""
        await asyncio.gather(*[self._grow() for _ in range(self.size - self._live)])

    async def _acquire(self) -> _Process:
        q = self._queue()
        if q.empty() and self._live < self.size:
            self._background(self._grow())
        return await q.get()

    def _recycle(self, p: _Process) -> None:
        """Kill a worker (over its limit, or dead) and start another in its place."""
        self.recycled += 1
        self._all.discard(p)

        async def replace() -> None:
            await asyncio.get_running_loop().run_in_executor(self._threads, p.kill)
            self._live -= 1
            if not self._closed:
                await self._grow()

        self._background(replace())

    async def run(self, job: Any, *, timeout: float, wait: float) -> Any:
        """Run ``job`` on a free worker (waiting at most ``wait`` s for one), for at most ``timeout`` s."""
        p = await self._admit(self._acquire(), wait)
        loop = asyncio.get_running_loop()
        t0 = time.monotonic()
        try:
            status, value = await asyncio.wait_for(loop.run_in_executor(self._threads, p.call, job), timeout)
        except asyncio.TimeoutError:
            self._recycle(p)
            raise WorkerTimeout() from None
        except (EOFError, OSError) as err:
            self._recycle(p)
            raise WorkerFailed(f"the worker died during the analysis ({type(err).__name__})") from None
        except BaseException:  # cancelled: the job's result has no one to go to, and the worker is mid-job
            self._recycle(p)
            raise
        finally:
            self.busy -= 1
        self.record(time.monotonic() - t0)
        self._queue().put_nowait(p)
        if status != "ok":
            raise WorkerFailed(value)
        return value

    def close(self) -> None:
        """Stop every worker (blocking, a few seconds at most)."""
        self._closed = True
        for p in list(self._all):
            p.stop()
        self._all.clear()
        self._threads.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        return sorted(p.proc.pid for p in self._all if p.proc.pid is not None)


class ThreadPool(_Stats):
    """``size`` threads sharing one loaded pipeline (``state``); a timed-out job keeps its thread until it ends."""

    kind = "threads"

    def __init__(self, size: int, *, state: Any, run: str = WORKER_RUN):
        super().__init__(max(1, size))
        self._state = state
        self._run = resolve(run)
        self._exec = cf.ThreadPoolExecutor(self.size, thread_name_prefix="claimscope-analyze")
        self._slots: Optional[asyncio.Semaphore] = None

    async def start(self) -> None:
        return None

    def _call(self, job: Any) -> tuple[str, Any]:
        try:
            return "ok", self._run(self._state, job)
        except Exception as err:  # noqa: BLE001 - the job fails, not the server
            return "error", f"{type(err).__name__}: {err}"

    async def run(self, job: Any, *, timeout: float, wait: float) -> Any:
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.size)
        slots = self._slots
        await self._admit(slots.acquire(), wait)
        loop = asyncio.get_running_loop()
        t0 = time.monotonic()
        try:
            future = loop.run_in_executor(self._exec, self._call, job)
        except BaseException:
            self.busy -= 1
            slots.release()
            raise

        def done(_: Any) -> None:  # runs on the loop: the slot frees when the job ends, not at its time limit
            self.busy -= 1
            self.record(time.monotonic() - t0)
            slots.release()

        future.add_done_callback(done)
        try:
            status, value = await asyncio.wait_for(asyncio.shield(future), timeout)
        except asyncio.TimeoutError:
            raise WorkerTimeout() from None
        if status != "ok":
            raise WorkerFailed(value)
        return value

    def close(self) -> None:
        self._exec.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        return [os.getpid()]
