"""Known fact-checks in the store (table ``factchecks``, revision 0005): written once per URL or id, read back
with their claim and title embeddings for :class:`claimscope.triage.retrieval.FactcheckIndex`."""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np
from sqlalchemy import select

from claimscope.store import schema as s
from claimscope.store.db import retrying
from claimscope.store.vectors import DIM, MODEL_NAME
from claimscope.triage.factchecks import FactCheck


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
