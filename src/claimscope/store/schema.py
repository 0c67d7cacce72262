"""The store's tables (SQLAlchemy Core), at the head revision of the migrations.

One row per article (keyed by the SHA-256 of its analyzed text) and one row
per record of its report.  Offsets are the report's: ``start``/``end`` are
Python ``str`` indices into ``articles.text``.  Records point at their claim
by database id (``claim_id``); ``local_id`` keeps the report's own id
(``c3``, ``q1``) so a row can be traced back to the JSON report.

The Alembic migrations in ``store/migrations/versions`` create exactly these
tables; ``tests/store/test_migrations.py`` checks that they agree.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING)


def _article_fk() -> Column:
    return Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True)


def _claim_fk() -> Column:
    return Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), nullable=True, index=True)


def _span(prefix: str = "") -> list[Column]:
    return [
        Column(f"{prefix}start", Integer),
        Column(f"{prefix}end", Integer),
        Column(f"{prefix}text", Text),
    ]


articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("ext_id", String(500), index=True),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("url", Text),
    Column("outlet", String(300), index=True),
    Column("text", Text, nullable=False),
    Column("schema", String(40)),
    Column("claimscope_version", String(40)),
    Column("pipeline", JSON),
    Column("profile", JSON),
    Column("report", JSON),  # revision 0003: the whole report without its text (the text column has it)
    Column("n_claims", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime(timezone=True)),
    sqlite_autoincrement=True,  # ids are never reused: the vector index and exports keep pointing right
)

sentences = Table(
    "sentences",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("idx", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    # The entity key (claimscope.speakers.entity_key): named sources merge across articles by it,
    # generic ones ("officials", "a local") carry their article in it and never merge.
    Column("key", String(300), nullable=False, unique=True),
    Column("name", Text, nullable=False),
    Column("source_type", String(40)),
    Column("side", String(2), index=True),  # added in revision 0002
)

# Revision 0004: every name a source entity is cited under ("Russia's defence ministry",
# "the ministry" for "The Russian Defense Ministry"), one row per distinct name.
source_aliases = Table(
    "source_aliases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", Integer, ForeignKey("sources.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("alias", String(300), nullable=False),
    UniqueConstraint("source_id", "alias"),
)

attributions = Table(
    "attributions",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("local_id", String(40), nullable=False),
    Column("kind", String(20), nullable=False),
    Column("source_id", Integer, ForeignKey("sources.id"), index=True),
    *_span("source_"),
    Column("source_type", String(40)),
    Column("antecedent_text", Text),
    *_span("cue_"),
    Column("content_start", Integer),
    Column("content_end", Integer),
    Column("confidence", Float),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    Column("local_id", String(40), nullable=False),
    *_span(),
    Column("attribution_id", Integer, ForeignKey("attributions.id", ondelete="CASCADE"), index=True),
    Column("source_id", Integer, ForeignKey("sources.id"), index=True),
    Column("epistemic", String(20), nullable=False),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("evidence", String(200)),
    Column("checkworthiness", Float),  # revision 0006: Claim.checkworthiness (0-1), NULL when the report had none
    sqlite_autoincrement=True,
)

quantities = Table(
    "quantities",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    _claim_fk(),
    Column("local_id", String(40), nullable=False),
    *_span(),
    Column("value", Float),
    Column("low", Float),
    Column("high", Float),
    Column("qualifier", String(40)),
    Column("change", String(8)),
    Column("unit", String(80)),
    Column("measure", String(120), index=True),
    Column("entity", Text),
)

places = Table(
    "places",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    _claim_fk(),
    Column("local_id", String(40), nullable=False),
    *_span(),
    Column("geonameid", Integer, index=True),
    Column("name", Text),
    Column("country", String(2), index=True),
    Column("admin1", String(40)),
    Column("lat", Float),
    Column("lon", Float),
    Column("confidence", Float),
    Column("feature", String(20)),
)

times = Table(
    "times",
    metadata,
    Column("id", Integer, primary_key=True),
    _article_fk(),
    _claim_fk(),
    Column("local_id", String(40), nullable=False),
    *_span(),
    Column("type", String(10)),
    Column("value", String(40), index=True),
    Column("mod", String(20)),
    Column("anchor", String(40)),
)

findings = Table(
    "findings",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=True, index=True),
    Column("scope", String(20), nullable=False, default="article"),  # "article" or "corpus"
    Column("key", String(200), index=True),  # corpus findings: what they were computed for, e.g. "figures:killed"
    Column("local_id", String(40)),
    Column("kind", String(40), nullable=False),
    Column("verdict", String(40)),
    Column("summary", Text),
    Column("data", JSON),
)

failures = Table(
    "failures",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("item_id", String(500), index=True),
    Column("kind", String(40), nullable=False),
    Column("message", Text),
    Column("created_at", DateTime(timezone=True)),
)

# Revision 0002: claim embeddings (all-MiniLM-L6-v2, float16), one row per claim.
vectors = Table(
    "vectors",
    metadata,
    Column("claim_id", Integer, ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("model", String(80), nullable=False),
    Column("dim", Integer, nullable=False),
    Column("vec", LargeBinary, nullable=False),
)

Index("ix_quantities_measure_value", quantities.c.measure, quantities.c.value)
Index("ix_claims_article_local", claims.c.article_id, claims.c.local_id)
# Revision 0006: serves ORDER BY checkworthiness DESC NULLS LAST, id DESC (store.browse.claims, rank "checkworthy");
# on PostgreSQL the migration builds it in that order, (checkworthiness DESC NULLS LAST, id DESC).
Index("ix_claims_checkworthiness", claims.c.checkworthiness)

# Tables whose rows belong to one article, children first (the order deletes run in).
ARTICLE_CHILDREN = (vectors, findings, quantities, places, times, claims, attributions, sentences)

# Revision 0005: known fact-checks (claimscope factchecks import), keyed by URL or id, with MiniLM embeddings.
factchecks = Table(
    "factchecks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(500), nullable=False, unique=True),
    Column("claim", Text, nullable=False),
    Column("title", Text),
    Column("rating", String(200)),
    Column("publisher", String(300)),
    Column("url", Text),
    Column("date", String(10)),
    Column("claimant", String(300)),
    Column("data", JSON),
    Column("model", String(80)),
    Column("vec", LargeBinary),
    Column("title_vec", LargeBinary),
)
