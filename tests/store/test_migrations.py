"""Migrations: the head revision is the schema the code reads; older stores are migrated, never misread."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from claimscope.errors import ClaimscopeError
from claimscope.store import Store, schema
from claimscope.store.db import alembic_config, make_engine, migrate, normalize_url


def test_migrations_head_matches_the_schema(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), schema.metadata)
    # Only differences of naming/type rendering between backends are tolerated; no table or column is missing.
    structural = [d for d in diff if isinstance(d, tuple) and d[0] in ("add_table", "remove_table", "add_column", "remove_column")]
    assert structural == []


def _downgrade(engine, revision: str) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_migrations_old_store_is_upgraded_with_its_data(store_url):
    engine = make_engine(normalize_url(store_url))
    migrate(engine, "0001")
    with engine.begin() as conn:
        assert "vectors" not in inspect(conn).get_table_names()
        conn.execute(
            text("INSERT INTO articles (sha256, ext_id, text, n_claims) VALUES ('abc', 'old-1', 'An old article.', 0)")
        )
        conn.execute(text("INSERT INTO sources (key, name, source_type) VALUES ('the kremlin', 'The Kremlin', 'named_organization')"))
    engine.dispose()

    store = Store(store_url)  # opening migrates to head
    status = store.status()
    assert status["schema_revision"] == status["head_revision"] == "0006"
    assert status["articles"] == 1 and status["vectors"] == 0
    with store.reader() as conn:
        side = conn.execute(text("SELECT side FROM sources WHERE key = 'the kremlin'")).scalar_one()
    assert side == "RU"  # the upgrade fills the new column for old rows
    with store.reader() as conn:
        alias = conn.execute(text("SELECT alias FROM source_aliases")).scalar_one()
    assert alias == "The Kremlin"  # revision 0004: an old source's name is its alias
    store.close()


def test_migrations_downgrade_then_upgrade_round_trips(store, three_reports):
    store.write(three_reports)
    _downgrade(store.engine, "0001")
    with store.engine.connect() as conn:
        assert "vectors" not in inspect(conn).get_table_names()
    again = Store(store.url)
    assert again.status()["articles"] == 3
    again.close()


def test_migrations_refuse_a_store_from_a_newer_claimscope(store):
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(ClaimscopeError, match="E102"):
        Store(store.url)


def test_migrations_refuse_a_database_that_is_not_a_store(tmp_path):
    url = f"sqlite:///{tmp_path / 'other.db'}"
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT)"))
    engine.dispose()
    with pytest.raises(ClaimscopeError, match="E103"):
        Store(url)
