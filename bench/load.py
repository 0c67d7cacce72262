"""Load test of the web app: N concurrent analyze requests on loopback.

Starts ``claimscope serve`` on a free loopback port (or uses ``--url``),
measures the single-request time (sequential requests, idle server), then
fires N requests at once and prints p50/p95/max latency, throughput and the
error count. Every request has a client timeout and the whole run a
deadline, so it stops by itself. Articles are distinct files from the given
corpus paths, so the server's result cache never answers for them; use
``--same`` to send one article N times (measures request coalescing instead).

Hostile input (issue 12): ``--hostile K`` (default 4) first sends K run-on
sentences of 30 KB, then, 3 s later, one normal article, and prints how long
that one took; then mixes K more run-ons into the burst. 503s are the
server's deliberate refusals (bounded queue) and are counted apart from
errors. The capacity bound printed is the single-request time x the admitted
analyses (--max-pending, default 16 per worker) / workers: no accepted
request should take more than 2x that, plus the time limit when a hostile
request holds a worker.

Usage:
    .venv/bin/python bench/load.py [CORPUS_DIR_OR_FILES ...] [--n 200] [--workers CPUS] [--hostile 4]
    default corpus: ../shared/data/polnear/train/text
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "polnear" / "train" / "text"


def texts_from(paths: list[Path], need: int, max_chars: int) -> list[str]:
    files: list[Path] = []
    for p in paths:
        files.extend(sorted(x for x in p.rglob("*.txt")) if p.is_dir() else [p])
    out = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace").strip()
        if 200 <= len(text) <= max_chars:
            out.append(text)
        if len(out) >= need:
            break
    if len(out) < need:
        sys.exit(f"bench/load.py: need {need} articles of 200-{max_chars} chars, found {len(out)} in {', '.join(map(str, paths))}")
    return out


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


HOSTILE = "He said that " * 2400  # 30 KB, no sentence end: the run-on


def start_server(workers: int, timeout: float, max_pending: int) -> tuple[subprocess.Popen, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = ROOT / ".venv" / "bin" / "claimscope"
    cmd = [str(exe) if exe.exists() else "claimscope", "serve", "--port", str(port), "--workers", str(workers),
           "--timeout", str(timeout), "--max-pending", str(max_pending)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"bench/load.py: the server exited: {proc.stderr.read().decode()[-2000:]}")
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.terminate()
    sys.exit("bench/load.py: the server did not start within 180 s")


async def one(client: httpx.AsyncClient, url: str, text: str, timeout: float) -> tuple[float, str]:
    t0 = time.perf_counter()
    try:
        r = await client.post(url + "/api/analyze", json={"text": text}, timeout=timeout)
        status = str(r.status_code)
        if r.status_code >= 500 and r.status_code != 503:
            print(f"bench/load.py: {r.status_code} {r.text[:300]}", file=sys.stderr)
    except httpx.HTTPError as err:
        status = type(err).__name__
    return time.perf_counter() - t0, status


async def probe_after_hostile(url: str, hostile: list[str], text: str, timeout: float) -> tuple[float, str]:
    """Send the run-ons, wait 3 s, then time one normal article (the issue's stall)."""
    async with httpx.AsyncClient() as client:
        jobs = [asyncio.create_task(one(client, url, h, timeout)) for h in hostile]
        await asyncio.sleep(3)
        answer = await one(client, url, text, timeout)
        await asyncio.gather(*jobs)
        return answer


async def burst(url: str, texts: list[str], timeout: float, deadline: float):
    limits = httpx.Limits(max_connections=len(texts), max_keepalive_connections=len(texts))
    async with httpx.AsyncClient(limits=limits) as client:
        t0 = time.perf_counter()
        results = await asyncio.wait_for(asyncio.gather(*[one(client, url, t, timeout) for t in texts]), deadline)
        return results, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="*", type=Path, default=[DEFAULT_CORPUS])
    ap.add_argument("--n", type=int, default=200, help="concurrent requests")
    ap.add_argument("--singles", type=int, default=5, help="sequential requests that set the single-request time")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="server worker processes (default: one per CPU, as the server)")
    ap.add_argument("--max-chars", type=int, default=6000, help="skip longer articles")
    ap.add_argument("--timeout", type=float, default=900.0, help="client timeout per request (s)")
    ap.add_argument("--server-timeout", type=float, default=5.0, help="the server's per-analysis limit (s)")
    ap.add_argument("--max-pending", type=int, default=0, help="the server's admitted analyses (default: 16 per worker)")
    ap.add_argument("--hostile", type=int, default=4, help="30 KB run-on requests sent before and mixed into the burst")
    ap.add_argument("--deadline", type=float, default=1200.0, help="the whole burst stops after this (s)")
    ap.add_argument("--url", help="use a running server instead of starting one")
    ap.add_argument("--same", action="store_true", help="send one article N times instead of N distinct ones")
    args = ap.parse_args()

    texts = texts_from(args.corpus, args.singles + 1 + (1 if args.same else args.n), args.max_chars)
    probe, texts = texts[0], texts[1:]
    singles, burst_texts = texts[: args.singles], ([texts[-1]] * args.n if args.same else texts[args.singles :])
    hostile = [HOSTILE + f"#{i}" for i in range(2 * args.hostile)]
    step = max(1, len(burst_texts) // max(1, args.hostile))
    mixed = list(burst_texts)
    for i, h in enumerate(hostile[args.hostile:]):
        mixed.insert(min(len(mixed), i * step + step // 2), h)
    max_pending = args.max_pending or 16 * args.workers
    proc = None
    if args.url:
        url = args.url.rstrip("/")
    else:
        proc, url = start_server(args.workers, args.server_timeout, max_pending)
    try:
        httpx.post(url + "/api/analyze", json={"text": "Officials said 5 people were hurt."}, timeout=args.timeout)  # warm
        single_times = []
        for t in singles:
            dt, status = asyncio.run(one(httpx.AsyncClient(), url, t, args.timeout))
            if status != "200":
                sys.exit(f"bench/load.py: single request failed with {status}")
            single_times.append(dt)
        single = statistics.median(single_times)
        after_hostile = asyncio.run(probe_after_hostile(url, hostile[: args.hostile], probe, args.timeout)) if args.hostile else None
        results, wall = asyncio.run(burst(url, mixed, args.timeout, args.deadline))
    finally:
        if proc is not None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
    normal = [(dt, status) for (dt, status), text in zip(results, mixed) if not text.startswith(HOSTILE)]
    hostile_status = sorted(status for (_, status), text in zip(results, mixed) if text.startswith(HOSTILE))
    lat = [dt for dt, status in normal if status == "200"] or [0.0]
    refused = sum(1 for _, status in normal if status == "503")
    errors: dict[str, int] = {}
    for _, status in normal:
        if status not in ("200", "503"):
            errors[status] = errors.get(status, 0) + 1
    p50, p95 = pct(lat, 0.50), pct(lat, 0.95)
    bound = single * max_pending / args.workers
    chars = sum(map(len, burst_texts)) / len(burst_texts)
    print(f"server            {url} ({args.workers} worker processes, {os.cpu_count()} CPUs, "
          f"max-pending {max_pending}, timeout {args.server_timeout:g} s)")
    print(f"articles          {'1 article sent' if args.same else 'distinct'} x{len(burst_texts)}, mean {chars:.0f} chars"
          f" + {len(mixed) - len(burst_texts)} hostile 30 KB run-ons mixed in")
    print(f"single request    {single:.2f} s (median of {len(single_times)} sequential requests)")
    if after_hostile is not None:
        print(f"after hostile     {after_hostile[0]:.2f} s, status {after_hostile[1]} (a normal article 3 s after "
              f"{args.hostile} run-ons; target < 10 s)")
    print(f"concurrent        {len(results)} requests in {wall:.1f} s")
    print(f"accepted          {len(normal) - refused} answered 200, {refused} refused with 503 (deliberate)")
    print(f"latency p50       {p50:.2f} s (accepted requests)")
    print(f"latency p95       {p95:.2f} s  ({p95 / single:.1f}x the single-request time)")
    print(f"latency max       {max(lat):.2f} s; capacity bound {bound:.2f} s = {single:.2f} s x {max_pending} / "
          f"{args.workers}; max / bound = {max(lat) / bound:.2f} (target <= 2, plus {args.server_timeout:g} s "
          "when a run-on holds a worker)")
    print(f"throughput        {(len(normal) - refused) / wall:.2f} requests/s")
    print(f"hostile           {hostile_status}")
    print(f"errors            {sum(errors.values())}" + (f" {errors}" if errors else "") + " (other than 503)")


if __name__ == "__main__":
    main()
