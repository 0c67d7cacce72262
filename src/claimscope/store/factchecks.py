"""Known fact-checks in the store (table ``factchecks``, revision 0005): written once per URL or id, read back
with their claim and title embeddings for :class:`claimscope.triage.retrieval.FactcheckIndex`, and matched
against a report's claims (:func:`annotate`: ``previously_checked`` findings).

The index is built once per :class:`~claimscope.store.Store` object, when first needed, and kept; it is rebuilt
when the table's row count (or its highest id) changes.  A store without fact-checks costs one ``COUNT`` query
per report.  Queries are encoded by the NumPy MiniLM (:func:`claimscope.store.encoder.embed_numpy`, no torch)
unless the caller passes the claims' vectors (``ingest`` and the web app already have them).
"""

from __future__ import annotations

import threading
import weakref
from typing import Callable, Optional, Sequence

import numpy as np
from sqlalchemy import func, select

from claimscope.store import encoder
from claimscope.store import schema as s
from claimscope.store.db import retrying
from claimscope.store.vectors import DIM, MODEL_NAME
from claimscope.triage.factchecks import FactCheck
from claimscope.triage.findings import MIN_CONFIDENCE, previously_checked
from claimscope.triage.retrieval import FactcheckIndex, Match


def _key(check: FactCheck) -> str:
    """Idempotency key: the URL when there is one, else the id."""
    return (check.url or f"id:{check.id}")[:500]


def _row(check: FactCheck, vec: np.ndarray, title_vec: np.ndarray) -> dict:
    return {
        "key": _key(check), "claim": check.claim, "title": check.title, "rating": check.rating[:200],
        "publisher": check.publisher[:300], "url": check.url, "date": check.date[:10], "claimant": check.claimant[:300],
        "data": {"id": check.id, **check.extra}, "model": MODEL_NAME,
        "vec": np.asarray(vec, dtype=np.float16).tobytes(), "title_vec": np.asarray(title_vec, dtype=np.float16).tobytes(),
    }


def store_factchecks(store, checks: Sequence[FactCheck], embed: Callable, batch: int = 256) -> dict:
    """Insert new fact-checks, update changed ones, leave identical ones; returns the counts."""
    counts = {"added": 0, "updated": 0, "unchanged": 0}
    by_key = {_key(c): c for c in checks}
    keys = list(by_key)
    for start in range(0, len(keys), batch):
        chunk = keys[start : start + batch]
        with store.reader() as conn:
            known = {r.key: r for r in conn.execute(
                select(s.factchecks.c.key, s.factchecks.c.claim, s.factchecks.c.title, s.factchecks.c.rating,
                       s.factchecks.c.publisher, s.factchecks.c.date).where(s.factchecks.c.key.in_(chunk)))}
        fresh, changed = [], []
        for k in chunk:
            c, old = by_key[k], known.get(k)
            if old is None:
                fresh.append(c)
            elif (old.claim, old.title or "", old.rating or "", old.publisher or "", old.date or "") != (
                c.claim, c.title, c.rating[:200], c.publisher[:300], c.date[:10]
            ):
                changed.append(c)
            else:
                counts["unchanged"] += 1
        todo = fresh + changed
        if not todo:
            continue
        vecs = embed([c.claim for c in todo])
        tvecs = embed([c.title or c.claim for c in todo])
        rows = [_row(c, v, t) for c, v, t in zip(todo, vecs, tvecs)]

        def work(conn, rows=rows, n_new=len(fresh)):
            if n_new:
                conn.execute(s.factchecks.insert(), rows[:n_new])
            for r in rows[n_new:]:
                conn.execute(s.factchecks.update().where(s.factchecks.c.key == r["key"]).values(**r))

        retrying(store.engine, work)
        counts["added"] += len(fresh)
        counts["updated"] += len(changed)
    return counts


def load_factchecks(store) -> tuple[list[FactCheck], np.ndarray, np.ndarray]:
    """Every stored fact-check with its claim and title embeddings."""
    checks, vecs, tvecs = [], [], []
    with store.reader() as conn:
        for r in conn.execute(select(s.factchecks).order_by(s.factchecks.c.id)):
            data = r.data or {}
            checks.append(FactCheck(
                id=str(data.get("id") or r.key), claim=r.claim, title=r.title or "", rating=r.rating or "",
                publisher=r.publisher or "", url=r.url or "", date=r.date or "", claimant=r.claimant or "",
            ))
            vecs.append(np.frombuffer(r.vec, dtype=np.float16))
            tvecs.append(np.frombuffer(r.title_vec or r.vec, dtype=np.float16))
    if not checks:
        return [], np.zeros((0, DIM), np.float16), np.zeros((0, DIM), np.float16)
    return checks, np.stack(vecs), np.stack(tvecs)


# -- matching a report's claims ------------------------------------------------------------------------------------


def _embed_query(texts: Sequence[str]) -> np.ndarray:
    return encoder.embed_numpy(texts)  # looked up at call time: one encoder for the process, replaceable in tests


class Matcher:
    """The store's fact-checks as a :class:`FactcheckIndex`, built on first use and rebuilt when the table changes."""

    def __init__(self, store, embed: Optional[Callable] = None):
        self.store = store
        self.embed = embed or _embed_query
        self._state: Optional[tuple[int, int]] = None
        self._index: Optional[FactcheckIndex] = None
        self._lock = threading.Lock()

    def table_state(self) -> tuple[int, int]:
        """(rows, highest id) of the factchecks table: one query."""
        with self.store.reader() as conn:
            n, top = conn.execute(select(func.count(), func.max(s.factchecks.c.id))).one()
        return int(n or 0), int(top or 0)

    def index(self) -> Optional[FactcheckIndex]:
        """The index over every stored fact-check, or None when there are none."""
        state = self.table_state()
        if state[0] == 0:
            return None
        with self._lock:
            if self._index is None or state != self._state:
                checks, cv, tv = load_factchecks(self.store)
                self._index = FactcheckIndex(checks, embed=self.embed, claim_vecs=cv, title_vecs=tv)
                self._state = state
            return self._index

    def search(self, text: str, k: int = 5) -> list[Match]:
        index = self.index()
        return index.search(text, k=k) if index is not None else []


_MATCHERS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_MATCHERS_LOCK = threading.Lock()


def matcher(store) -> Matcher:
    """The store's matcher, one per Store object (kept as long as the store is)."""
    with _MATCHERS_LOCK:
        found = _MATCHERS.get(store)
        if found is None:
            found = _MATCHERS[store] = Matcher(store)
        return found


def has_factchecks(store) -> bool:
    return matcher(store).table_state()[0] > 0


def annotate(store, report: dict, vectors: Optional[Sequence] = None, *, min_confidence: float = MIN_CONFIDENCE,
             index: Optional[FactcheckIndex] = None) -> dict:
    """Append to ``report`` (a ``Report.to_dict()``, changed in place and returned) the ``previously_checked``
    findings of the store's fact-checks.

    ``vectors``: the claims' embeddings in claim order (float16 blobs as ``store.write`` takes them, or rows), so no
    claim is encoded twice.  Findings of an earlier annotation are replaced, so annotating twice gives the same report.
    ``index``: the store's :meth:`Matcher.index`, when the caller already holds it (one table query for a batch).
    """
    index = index if index is not None else matcher(store).index()
    kept = [f for f in report.get("findings") or [] if f.get("kind") != "previously_checked"]
    found = previously_checked({**report, "findings": kept}, index, vectors=vectors, min_confidence=min_confidence) if index else []
    if found or len(kept) != len(report.get("findings") or []):
        report["findings"] = kept + [f.model_dump(mode="json") for f in found]
    return report
