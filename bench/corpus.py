"""Benchmark of the corpus layer: batch ingest on Dask, memory per worker, store size, claim search.

Usage:
    nice -n 10 .venv/bin/python bench/corpus.py [SEED_ARTICLES ...] [--articles 10000] [--workers 1,2]
        [--throughput-articles 400] [--claims 10000,100000] [--queries 200] [--out DIR]
    default seeds: examples/corpus/*.jsonl and examples/belarus-bodies.txt

Prints:
* articles/s of ``claimscope ingest`` (full pipeline plus claim embeddings) with 1
  and with 2 Dask workers on the same synthetic articles (workers warmed up first:
  pipeline and encoder loaded once per worker), and the speed-up;
* resident and peak memory per worker after 10% of the articles and at the end of
  the big run (``--articles``, 2 workers), so flat memory shows as two close figures;
* store size (SQLite file + WAL) per 1,000 articles;
* claim-search latency p50/p95 at each ``--claims`` size: the query embedding, the
  usearch HNSW search + re-ranking with the claims' facts from the database, and for
  comparison an exact scan (numpy matrix product, and sqlite-vec's vec0 when loadable).
  Stores of that many claims are made from the ingested claims' real vectors plus
  noise (synthetic vectors), so the index sizes are real.

The synthetic corpus recombines the sentences of the seed articles with varied
names, places, outlets, dates and numbers (seeded, reproducible).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

DEFAULT_SEEDS = [ROOT / "examples" / "corpus", ROOT / "examples" / "belarus-bodies.txt"]

OUTLETS = [
    "Kyiv Ledger", "Moscow Courier", "Atlantic Wire", "Euro Dispatch", "Minsk Observer", "Baltic Herald", "Daily Express",
    "Warsaw Post", "Danube Times", "Nordic Gazette", "Prairie Tribune", "Lisbon Mail", "Alpine Review", "Harbour News",
    "Coastal Chronicle", "Capital Report", "Evening Standard Wire", "Continental Daily", "Frontier Monitor", "Valley Voice",
]
PEOPLE = ["Konashenkov", "Zelensky", "Berrier", "Podolyak", "Arestovych", "Peskov", "Shoigu", "Reznikov", "Kirby", "Stoltenberg",
          "Maliar", "Motuzyanyk", "Danilov", "Kuleba", "Lavrov", "Zakharova"]
PLACES = ["Homel", "Mazyr", "Voznesensk", "Mykolaiv", "Mariupol", "Kharkiv", "Chernihiv", "Sumy", "Irpin", "Bucha", "Kherson",
          "Izium", "Brest", "Pinsk", "Belgorod", "Kursk", "Odesa", "Dnipro", "Zaporizhzhia", "Bila Tserkva"]
_NUM = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\b")
_SENT = re.compile(r"(?<=[.!?”\"])\s+(?=[“\"A-Z])")


def seed_sentences(paths: list[Path]) -> list[str]:
    from claimscope.inputs import ArticleInput, iter_paths

    sentences = []
    for item in iter_paths(paths):
        if isinstance(item, ArticleInput):
            sentences.extend(s.strip() for s in _SENT.split(item.text) if len(s.split()) >= 4)
    return sentences


def vary(sentence: str, rng: random.Random) -> str:
    """The sentence with other names, places and numbers of the same size."""
    def number(m: re.Match) -> str:
        digits = m.group(0).replace(",", "")
        value = int(digits)
        if 1900 <= value <= 2100 and "," not in m.group(0):
            return m.group(0)
        new = max(1, int(value * rng.uniform(0.5, 1.8)))
        return f"{new:,}" if "," in m.group(0) else str(new)

    out = _NUM.sub(number, sentence)
    for name in PEOPLE:
        if name in out:
            out = out.replace(name, rng.choice(PEOPLE))
    for place in PLACES:
        if place in out:
            out = out.replace(place, rng.choice(PLACES))
    return out


def synthetic_corpus(sentences: list[str], n: int, path: Path, *, seed: int = 7) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(n):
            k = rng.randint(5, 10)
            text = " ".join(vary(s, rng) for s in rng.sample(sentences, k))
            day = rng.randint(0, 120)
            published = time.strftime("%Y-%m-%d", time.gmtime(1646092800 + day * 86400))  # from 2022-03-01
            handle.write(json.dumps({"id": f"syn-{i:06d}", "outlet": rng.choice(OUTLETS), "published": published,
                                     "title": f"Synthetic report {i}", "text": text}) + "\n")
    return path


def warm(client) -> float:
    def load() -> None:
        from claimscope.pipeline import load_nlp
        from claimscope.store.vectors import embed

        load_nlp()
        embed(["warm up"], threads=1)

    t = time.perf_counter()
    client.run(load)
    return time.perf_counter() - t


def run_ingest(corpus: Path, n_workers: int, db: Path, *, checkpoints=(), chunk_size: int = 4) -> dict:
    from claimscope.batch import ingest, make_client, worker_memory
    from claimscope.inputs import iter_paths
    from claimscope.store import Store

    client = make_client(workers=n_workers)
    store = Store(f"sqlite:///{db}")
    memory: dict[int, dict] = {}
    done = [0]
    try:
        warm_s = warm(client)

        def on_progress(event, item_id):
            done[0] += 1
            if done[0] in checkpoints:
                memory[done[0]] = client.run(worker_memory)
                rate = done[0] / (time.perf_counter() - t)
                for addr, m in sorted(memory[done[0]].items()):
                    print(f"  [{done[0]} articles, {rate:.2f}/s] worker {addr.split('//')[-1]}: rss {m['rss_mb']:.0f} MB, "
                          f"peak {m['peak_mb']:.0f} MB", flush=True)

        import psutil

        before = client.run(worker_memory)
        me = psutil.Process()
        client_cpu = sum(me.cpu_times()[:2])
        t = time.perf_counter()
        summary = ingest(items=iter_paths([corpus]), store=store, client=client, chunk_size=chunk_size, on_progress=on_progress)
        elapsed = time.perf_counter() - t
        client_cpu = sum(me.cpu_times()[:2]) - client_cpu
        memory[done[0]] = client.run(worker_memory)
        worker_cpu = sum(memory[done[0]][w]["cpu_s"] - before[w]["cpu_s"] for w in before)
        load = os.getloadavg()[0]
    finally:
        cluster = client.cluster
        client.close()
        cluster.close()
    status = store.status()
    store.close()
    import sqlite3

    raw = sqlite3.connect(db)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    size = db.stat().st_size
    return {"workers": n_workers, "articles": summary.added, "failed": summary.failed, "seconds": elapsed,
            "articles_per_s": summary.added / elapsed, "warmup_s": warm_s, "memory": memory, "bytes": size,
            "claims": status["claims"], "worker_cpu_per_article": worker_cpu / max(1, summary.added),
            "client_cpu_per_article": client_cpu / max(1, summary.added), "load": load}


def build_claim_store(source_db: Path, n_claims: int, path: Path, *, seed: int = 11) -> None:
    """A store of ``n_claims`` claims: the source store's claims, repeated with noisy vectors (synthetic at scale)."""
    import numpy as np
    from sqlalchemy import select

    from claimscope.store import Store, schema as s

    src = Store(f"sqlite:///{source_db}")
    with src.reader() as conn:
        claims = conn.execute(
            select(s.claims.c.id, s.claims.c.text, s.claims.c.source_id, s.vectors.c.vec).join(s.vectors, s.vectors.c.claim_id == s.claims.c.id)
        ).all()
        quantities = conn.execute(select(s.quantities.c.claim_id, s.quantities.c.value, s.quantities.c.measure, s.quantities.c.entity)).all()
        sources = [dict(r._mapping) for r in conn.execute(select(s.sources))]
    src.close()
    qty: dict[int, list] = {}
    for q in quantities:
        qty.setdefault(q.claim_id, []).append(q)
    rng = np.random.default_rng(seed)
    dst = Store(f"sqlite:///{path}")
    per_article = 10
    with dst.engine.begin() as conn:
        conn.execute(s.sources.insert(), sources)
        for start in range(0, n_claims, 5000):
            n = min(5000, n_claims - start)
            picks = [claims[(start + i) % len(claims)] for i in range(n)]
            vecs = np.stack([np.frombuffer(c.vec, dtype=np.float16).astype(np.float32) for c in picks])
            vecs += rng.normal(0, 0.02, vecs.shape).astype(np.float32)
            vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
            arts = []
            for a in range(start // per_article, (start + n + per_article - 1) // per_article):
                arts.append({"id": a + 1, "sha256": f"{a:064x}", "ext_id": f"syn-{a}", "text": "", "n_claims": per_article,
                             "outlet": OUTLETS[a % len(OUTLETS)], "published": "2022-03-01"})
            conn.execute(s.articles.insert(), arts)
            rows, qrows, vrows = [], [], []
            for i, (c, v) in enumerate(zip(picks, vecs)):
                cid = start + i + 1
                rows.append({"id": cid, "article_id": (start + i) // per_article + 1, "local_id": f"c{i}", "start": 0, "end": 0,
                             "text": c.text, "source_id": c.source_id, "epistemic": "reported", "hedged": False})
                for q in qty.get(c.id, []):
                    qrows.append({"article_id": (start + i) // per_article + 1, "claim_id": cid, "local_id": "q", "value": q.value,
                                  "measure": q.measure, "entity": q.entity})
                vrows.append({"claim_id": cid, "model": "all-MiniLM-L6-v2", "dim": 384, "vec": v.astype(np.float16).tobytes()})
            conn.execute(s.claims.insert(), rows)
            if qrows:
                conn.execute(s.quantities.insert(), qrows)
            conn.execute(s.vectors.insert(), vrows)
    dst.close()


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def search_latency(db: Path, n_queries: int, *, seed: int = 5) -> dict:
    import numpy as np
    from sqlalchemy import select

    from claimscope.match import facts_of_text
    from claimscope.store import Store, schema as s
    from claimscope.store.vectors import VectorIndex, embed, rank

    store = Store(f"sqlite:///{db}")
    t = time.perf_counter()
    index = VectorIndex(store).sync()
    build_s = time.perf_counter() - t
    t = time.perf_counter()
    VectorIndex(store).sync()
    load_s = time.perf_counter() - t
    with store.reader() as conn:
        texts = list(conn.execute(select(s.claims.c.text).limit(5000)).scalars())
        n = conn.execute(select(s.vectors.c.claim_id)).all()
    rng = random.Random(seed)
    queries = [vary(rng.choice(texts), rng) for _ in range(n_queries)]
    embed(queries[:5])
    t_embed, t_search, t_ann = [], [], []
    for q in queries:
        t0 = time.perf_counter()
        vec = embed([q])[0]
        t1 = time.perf_counter()
        rank(store, index, vec, facts_of_text(q), k=10)
        t2 = time.perf_counter()
        index.nearest(vec, 64)
        t3 = time.perf_counter()
        t_embed.append((t1 - t0) * 1000)
        t_search.append((t2 - t1) * 1000)
        t_ann.append((t3 - t2) * 1000)
    total = [a + b for a, b in zip(t_embed, t_search)]
    # An exact scan for comparison: every vector against the query (what sqlite-vec's vec0 does).
    with store.reader() as conn:
        mat = np.stack([np.frombuffer(b, dtype=np.float16) for b in conn.execute(select(s.vectors.c.vec)).scalars()]).astype(np.float32)
    qv = embed(queries[:50])
    t_scan = []
    for v in qv:
        t0 = time.perf_counter()
        scores = mat @ v
        np.argpartition(-scores, 64)[:64]
        t_scan.append((time.perf_counter() - t0) * 1000)
    out = {"claims": len(n), "index_build_s": build_s, "index_load_s": load_s,
           "embed_p50_ms": pct(t_embed, 0.5), "embed_p95_ms": pct(t_embed, 0.95),
           "search_rerank_p50_ms": pct(t_search, 0.5), "search_rerank_p95_ms": pct(t_search, 0.95),
           "total_p50_ms": pct(total, 0.5), "total_p95_ms": pct(total, 0.95),
           "usearch_p50_ms": pct(t_ann, 0.5), "usearch_p95_ms": pct(t_ann, 0.95), "load": os.getloadavg()[0],
           "exact_numpy_p50_ms": pct(t_scan, 0.5), "exact_numpy_p95_ms": pct(t_scan, 0.95)}
    out.update(sqlite_vec_scan(mat, qv))
    store.close()
    return out


def sqlite_vec_scan(mat, queries) -> dict:
    """KNN with sqlite-vec's vec0 (an exact scan inside SQLite), if the extension loads."""
    try:
        import pysqlite3 as sqlite3
        import sqlite_vec
    except ImportError:
        return {}
    try:
        conn = sqlite3.connect(":memory:")
        conn.enable_load_extension(True)
        sqlite_vec.load(conn)
        conn.execute(f"CREATE VIRTUAL TABLE v USING vec0(embedding float[{mat.shape[1]}])")
        conn.executemany("INSERT INTO v(rowid, embedding) VALUES (?, ?)", ((i + 1, m.tobytes()) for i, m in enumerate(mat)))
        times = []
        for q in queries:
            t0 = time.perf_counter()
            conn.execute("SELECT rowid, distance FROM v WHERE embedding MATCH ? ORDER BY distance LIMIT 64", (q.tobytes(),)).fetchall()
            times.append((time.perf_counter() - t0) * 1000)
        return {"sqlite_vec_p50_ms": pct(times, 0.5), "sqlite_vec_p95_ms": pct(times, 0.95)}
    except Exception as err:  # the extension may not load on every SQLite build
        return {"sqlite_vec": f"unavailable: {err}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("seeds", nargs="*", type=Path, default=DEFAULT_SEEDS)
    parser.add_argument("--articles", type=int, default=10_000, help="Size of the big run (2 workers): memory, store size.")
    parser.add_argument("--throughput-articles", type=int, default=400, help="Articles for the 1-vs-2 worker comparison.")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--claims", default="10000,100000")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--skip-ingest", action="store_true", help="Only the search part (needs --out with a previous run).")
    parser.add_argument("--out", type=Path, default=None, help="Working directory (default: a temporary one).")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    work = args.out or Path(tempfile.mkdtemp(prefix="claimscope-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    sentences = seed_sentences(args.seeds)
    print(flush=True)
    print(f"seed sentences: {len(sentences)}; working directory: {work}")

    big_db = work / f"big-{args.articles}.db"
    claims_source = work / f"throughput-{args.workers.split(',')[-1]}w.db"  # real claims and vectors to grow search stores from
    if not args.skip_ingest:
        small = synthetic_corpus(sentences, args.throughput_articles, work / "throughput.jsonl")
        results = {}
        for n in [int(x) for x in args.workers.split(",")]:
            db = work / f"throughput-{n}w.db"
            for p in work.glob(db.name + "*"):
                p.unlink()
            r = run_ingest(small, n, db)
            results[n] = r
            print(f"ingest {r['articles']} articles, {n} worker(s): {r['articles_per_s']:.2f} articles/s "
                  f"({r['seconds']:.1f} s; warm-up {r['warmup_s']:.1f} s; {r['claims']} claims); "
                  f"CPU per article: workers {r['worker_cpu_per_article']:.3f} s, client {r['client_cpu_per_article']:.3f} s; "
                  f"load average {r['load']:.1f} on {os.cpu_count()} cores")
        if 1 in results and 2 in results:
            a, b = results[1], results[2]
            print(f"speed-up 2 workers vs 1: {b['articles_per_s'] / a['articles_per_s']:.2f}x wall clock (target >= 1.7x); "
                  f"CPU cost per article {b['worker_cpu_per_article'] / a['worker_cpu_per_article']:.2f}x of one worker's, "
                  f"so on {2} idle cores the expected speed-up is {2 * a['worker_cpu_per_article'] / b['worker_cpu_per_article']:.2f}x "
                  f"(client CPU {b['client_cpu_per_article'] / b['worker_cpu_per_article']:.1%} of a worker's: not the bottleneck "
                  f"while under 50%)")

    for n_claims in [int(x) for x in args.claims.split(",")]:
        db = work / f"claims-{n_claims}.db"
        for p in work.glob(db.name + "*"):
            p.unlink()
        build_claim_store(claims_source, n_claims, db)
        r = search_latency(db, args.queries)
        print(f"search at {r['claims']} claims: total p50 {r['total_p50_ms']:.1f} ms, p95 {r['total_p95_ms']:.1f} ms "
              f"(embed p50 {r['embed_p50_ms']:.1f} / p95 {r['embed_p95_ms']:.1f}; usearch + re-rank p50 {r['search_rerank_p50_ms']:.1f}"
              f" / p95 {r['search_rerank_p95_ms']:.1f}, of which usearch alone p50 {r['usearch_p50_ms']:.2f} / p95 {r['usearch_p95_ms']:.2f});"
              f" index build {r['index_build_s']:.1f} s, load {r['index_load_s']:.2f} s; load average {r['load']:.1f}")
        line = f"  exact scan for comparison: numpy p50 {r['exact_numpy_p50_ms']:.1f} / p95 {r['exact_numpy_p95_ms']:.1f} ms"
        if "sqlite_vec_p50_ms" in r:
            line += f"; sqlite-vec vec0 p50 {r['sqlite_vec_p50_ms']:.1f} / p95 {r['sqlite_vec_p95_ms']:.1f} ms"
        elif "sqlite_vec" in r:
            line += f"; sqlite-vec {r['sqlite_vec']}"
        print(line, flush=True)

    if not args.skip_ingest and args.articles:
        big = synthetic_corpus(sentences, args.articles, work / f"big-{args.articles}.jsonl", seed=8)
        for p in work.glob(big_db.name + "*"):
            p.unlink()
        first = max(1, args.articles // 10)
        r = run_ingest(big, 2, big_db, checkpoints=tuple(sorted({first, 1000, 2000, 5000} - {args.articles})))
        print(f"big run: {r['articles']} articles with 2 workers: {r['articles_per_s']:.2f} articles/s ({r['seconds']:.0f} s), "
              f"{r['claims']} claims, {r['failed']} failed")
        marks = sorted(r["memory"])
        for mark in marks:
            for addr, m in sorted(r["memory"][mark].items()):
                print(f"  worker {addr.split('//')[-1]} after {mark} articles: rss {m['rss_mb']:.0f} MB, peak {m['peak_mb']:.0f} MB")
        if len(marks) >= 2:
            a, b = r["memory"][marks[0]], r["memory"][marks[-1]]
            for addr in sorted(set(a) & set(b)):
                print(f"  worker {addr.split('//')[-1]}: peak memory {b[addr]['peak_mb'] / a[addr]['peak_mb'] - 1:+.1%} "
                      f"from {marks[0]} to {marks[-1]} articles (target within +-10%)")
        print(f"store size: {r['bytes'] / r['articles'] * 1000 / 2**20:.1f} MB per 1,000 articles "
              f"(SQLite after a WAL checkpoint; article text and claim vectors included)")


if __name__ == "__main__":
    main()
