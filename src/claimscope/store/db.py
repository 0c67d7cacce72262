"""Opening a store: one URL, SQLite or PostgreSQL, migrated to the head revision on open.

SQLite runs in WAL mode with a busy timeout, and every writing transaction
starts with ``BEGIN IMMEDIATE`` so two processes writing one file queue up
instead of failing half-way; :func:`retrying` retries a transaction that
still meets a locked database.  PostgreSQL goes through the same code
(``postgresql://`` URLs use psycopg 3).
"""

from __future__ import annotations

import os
import random
import time
from pathlib import Path
from typing import Callable, Optional, TypeVar

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import DBAPIError, OperationalError

from claimscope.errors import ClaimscopeError, Errors

HERE = Path(__file__).resolve().parent
ALEMBIC_INI = HERE / "alembic.ini"
MIGRATIONS = HERE / "migrations"
DEFAULT_URL = "sqlite:///claimscope.db"
_PG_LOCK = 74221  # advisory lock id serializing migrations on PostgreSQL

T = TypeVar("T")


def normalize_url(url: Optional[str]) -> str:
    """A SQLAlchemy URL from what a user types: a URL, or a path to a SQLite file."""
    url = url or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://") :]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    backend = url.split("://", 1)[0].split("+", 1)[0]
    if backend not in ("sqlite", "postgresql"):
        raise ClaimscopeError("store", Errors.E101.format(url=url))
    return url


def _is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def make_engine(url: str) -> Engine:
    """An engine configured for concurrent writers (WAL, busy timeout, BEGIN IMMEDIATE on SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
        # hide_parameters: an error never prints a whole report's JSON (the parameters of an INSERT)
        engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False}, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised through every test
            dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout=60000")
            for _ in range(50):
                try:
                    cur.execute("PRAGMA journal_mode=WAL")
                    break
                except Exception as err:  # another process is switching the journal at the same moment
                    if not _is_busy(err):
                        raise
                    time.sleep(0.1)
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection):
            read_only = conn.get_execution_options().get("claimscope_read", False)
            conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, hide_parameters=True)


def _is_busy(err: Exception) -> bool:
    text = str(err).lower()
    return any(word in text for word in ("database is locked", "database is busy", "deadlock detected", "could not serialize"))


def sqlite_path(url: str) -> Optional[Path]:
    """The file of a SQLite URL (None for PostgreSQL and in-memory databases)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).expanduser()


def check_file(url: str, *, init: bool = False) -> None:
    """Refuse a SQLite file that is empty (unless ``init``) or not a SQLite database, before opening it.

    Raises:
        ClaimscopeError: ``store_empty`` (E108) or ``store_corrupt`` (E107).
    """
    path = sqlite_path(url)
    if path is None or not path.exists() or path.is_dir():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as err:
        raise ClaimscopeError("store_open", Errors.E104.format(url=url, reason=err.strerror or err)) from None
    if not header:
        if not init:
            raise ClaimscopeError("store_empty", Errors.E108.format(url=url))
        return
    if header != b"SQLite format 3\x00":
        raise ClaimscopeError("store_corrupt", Errors.E107.format(url=url, reason="no SQLite header"))


def store_error(err: Exception, url: str) -> Optional[ClaimscopeError]:
    """The coded error for a database error that is about the store file, not a bug (None otherwise)."""
    reason = str(getattr(err, "orig", None) or err).splitlines()[0][:200]
    text = reason.lower()
    if "readonly" in text or "read-only" in text or "permission denied" in text:
        return ClaimscopeError("store_readonly", Errors.E106.format(url=url, reason=reason))
    if "not a database" in text or "malformed" in text or "disk image" in text or "file is encrypted" in text:
        return ClaimscopeError("store_corrupt", Errors.E107.format(url=url, reason=reason))
    if "disk is full" in text or "no space left" in text:
        return ClaimscopeError("store_full", Errors.E109.format(url=url, reason=reason))
    if "unable to open database file" in text:
        path = sqlite_path(url)
        if path is not None and path.exists() and not os.access(path.resolve().parent, os.W_OK):
            return ClaimscopeError("store_readonly", Errors.E106.format(url=url, reason="its directory is not writable"))
        return ClaimscopeError("store_open", Errors.E104.format(url=url, reason=reason))
    return None


def retrying(engine: Engine, work: Callable[[Connection], T], *, attempts: int = 12) -> T:
    """Run ``work(conn)`` in one transaction, retrying when the database is locked or busy.

    Raises:
        ClaimscopeError: the store is read-only, corrupt or full (see :func:`store_error`).
    """
    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                return work(conn)
        except (OperationalError, DBAPIError) as err:
            if not _is_busy(err) or attempt == attempts - 1:
                coded = store_error(err, engine.url.render_as_string(hide_password=True))
                if coded is not None:
                    raise coded from None
                raise
            time.sleep(min(2.0, 0.05 * 2**attempt) * (0.5 + random.random()))
    raise AssertionError("unreachable")


def alembic_config():
    from alembic.config import Config

    cfg = Config(str(ALEMBIC_INI))
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in script.walk_revisions()]


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(conn: Connection) -> Optional[str]:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, revision: str = "head", *, url_for_errors: str = "") -> str:
    """Bring the store to ``revision`` (default: head), creating it when empty; returns the revision.

    Raises:
        ClaimscopeError: the store comes from a newer claimscope, or the
            database holds unrelated tables.
    """
    from alembic import command

    def work(conn: Connection) -> str:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_LOCK})")
        current = current_revision(conn)
        known = known_revisions()
        if current is None:
            tables = sorted(set(inspect(conn).get_table_names()) - {"alembic_version"})
            if tables:
                raise ClaimscopeError("store_not_claimscope", Errors.E103.format(url=url_for_errors, tables=", ".join(tables[:6])))
        elif current not in known:
            raise ClaimscopeError("store", Errors.E102.format(current=current, known=", ".join(sorted(known))))
        target = head_revision() if revision == "head" else revision
        if current != target:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
        return target

    return retrying(engine, work)
