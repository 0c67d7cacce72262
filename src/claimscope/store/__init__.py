"""The claimscope store: many reports in one database, SQLite or PostgreSQL.

>>> store = Store.open("sqlite:///claimscope.db")     # migrated to the head revision
>>> store.write([report])                             # idempotent: keyed by the text's SHA-256
>>> store.status()["articles"]
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable, Optional, Union

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from claimscope import model
from claimscope.errors import ClaimscopeError, Errors
from claimscope.store import schema
from claimscope.store.db import (
    check_file,
    current_revision,
    head_revision,
    make_engine,
    migrate,
    normalize_url,
    retrying,
    store_error,
)
from claimscope.store.writer import ADDED, REPLACED, SKIPPED, count, record_failure, write_report

__all__ = ["Store", "ADDED", "REPLACED", "SKIPPED"]


def failure_tag(source: Optional[str], sha256: Optional[str]) -> str:
    """What a failure's message ends with so a later success clears only the same input.

    ``[input PATH:LINE; sha256 0123456789abcdef]`` (either part may be missing).  The failures
    table has no column for it; the message is what ``status --failures`` shows anyway.
    """
    parts = ([f"input {source}"] if source else []) + ([f"sha256 {sha256[:16]}"] if sha256 else [])
    return f"[{'; '.join(parts)}]" if parts else ""


class Store:
    """A migrated store at ``url``; every write is retried when the database is busy."""

    def __init__(
        self, url: Optional[str] = None, *, index_path: Optional[Union[str, Path]] = None, create: bool = True, init: bool = False
    ):
        """Open (and migrate) the store at ``url``.

        Args:
            init: create a store in an existing zero-length file (otherwise refused, E108).

        Raises:
            ClaimscopeError: ``store_readonly``, ``store_corrupt``, ``store_empty``, ``store_full``,
                ``store_not_claimscope``, ``store_open`` (see docs/corpus.md).
        """
        self.url = normalize_url(url)
        check_file(self.url, init=init)
        self.engine = make_engine(self.url)
        try:
            self.revision = migrate(self.engine, url_for_errors=self.url) if create else None
        except DBAPIError as err:
            self.engine.dispose()
            raise store_error(err, self.url) or ClaimscopeError(
                "store_open", Errors.E104.format(url=self.url, reason=str(getattr(err, "orig", err))[:200])
            ) from None
        self._index_path = Path(index_path) if index_path else None

    @classmethod
    def open(cls, url: Optional[str] = None, **kwargs) -> "Store":
        return cls(url, **kwargs)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- where the vector index lives ------------------------------------------------------
    @property
    def index_path(self) -> Optional[Path]:
        """The usearch index file: next to a SQLite file, in a cache directory for PostgreSQL."""
        if self._index_path:
            return self._index_path
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            if not url.database or url.database == ":memory:":
                return None
            return Path(url.database + ".usearch")
        cache = Path(os.environ.get("CLAIMSCOPE_CACHE", Path.home() / ".cache" / "claimscope"))
        digest = hashlib.sha256(url.render_as_string(hide_password=True).encode()).hexdigest()[:16]
        return cache / f"pg-{digest}.usearch"

    # -- reading ------------------------------------------------------------------------
    def reader(self):
        """A connection for reads (on SQLite a plain deferred BEGIN, so readers never queue behind writers)."""
        return self.engine.connect().execution_options(claimscope_read=True)

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        hashes = list(hashes)
        if not hashes:
            return set()
        with self.reader() as conn:
            col = schema.articles.c.sha256
            return set(conn.execute(select(col).where(col.in_(hashes))).scalars())

    def schema_revision(self) -> Optional[str]:
        with self.reader() as conn:
            return current_revision(conn)

    # -- writing ------------------------------------------------------------------------
    def write(
        self,
        reports: Iterable[Union[model.Report, dict]],
        *,
        vectors: Optional[list[Optional[list[bytes]]]] = None,
        vector_model: str = "",
        vector_dim: int = 0,
        update: bool = False,
        sources: Optional[list[Optional[str]]] = None,
    ) -> list[tuple[str, Optional[int]]]:
        """Write a batch of reports in one transaction (each article in its own savepoint).

        A written report clears the failures recorded for the same input: same id and the same
        text (the writer matches the text hash) or the same ``sources`` entry ("PATH:LINE").
        """
        reports = list(reports)
        vectors = vectors or [None] * len(reports)
        sources = sources or [None] * len(reports)

        def work(conn):
            out = []
            for r, v, where in zip(reports, vectors, sources):
                outcome = write_report(conn, r, vectors=v, vector_model=vector_model, vector_dim=vector_dim, update=update)
                ext_id = (r.article.id if isinstance(r, model.Report) else (r.get("article") or {}).get("id")) or None
                if ext_id and outcome[0] != SKIPPED:
                    t = schema.failures
                    # a failure recorded without its input (no tag) is cleared by any success under its id
                    same = [and_(~t.c.message.contains("[input "), ~t.c.message.contains("[sha256 "))]
                    if where:
                        same += [t.c.message.contains(f"[input {where}{end}", autoescape=True) for end in ("]", ";")]
                    conn.execute(delete(t).where(t.c.item_id == str(ext_id)[:500], or_(*same)))
                out.append(outcome)
            return out

        return retrying(self.engine, work)

    def record_failures(self, failures: Iterable[tuple[Optional[str], dict]]) -> None:
        """Record failed inputs; an error dict may carry the input's ``source`` and ``sha256`` (see :func:`failure_tag`)."""
        rows = []
        for item_id, err in failures:
            err = dict(err)
            tag = failure_tag(err.pop("source", None), err.pop("sha256", None))
            if tag:
                err["message"] = f"{err.get('message') or ''} {tag}".strip()
            rows.append((item_id, err))
        if rows:
            retrying(self.engine, lambda conn: [record_failure(conn, item_id, err) for item_id, err in rows])

    # -- summaries ----------------------------------------------------------------------
    def status(self) -> dict:
        """Counts of what is stored and what failed, and the schema revision."""
        with self.reader() as conn:
            out = {
                "store": make_url(self.url).render_as_string(hide_password=True),
                "schema_revision": current_revision(conn),
                "head_revision": head_revision(),
            }
            for table in ("articles", "claims", "attributions", "sources", "quantities", "places", "times", "findings", "vectors"):
                out[table] = count(conn, schema.metadata.tables[table])
            out["done"] = out["articles"]
            out["failed"] = count(conn, schema.failures)
            kinds = conn.execute(
                select(schema.failures.c.kind, func.count()).group_by(schema.failures.c.kind).order_by(schema.failures.c.kind)
            ).all()
            out["failed_by_kind"] = {k: n for k, n in kinds}
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
            size = sum(p.stat().st_size for p in Path(url.database).parent.glob(Path(url.database).name + "*") if p.is_file())
            out["size_bytes"] = size
        return out

    def failures(self) -> list[dict]:
        with self.reader() as conn:
            t = schema.failures
            return [dict(r._mapping) for r in conn.execute(select(t.c.item_id, t.c.kind, t.c.message).order_by(t.c.id))]
