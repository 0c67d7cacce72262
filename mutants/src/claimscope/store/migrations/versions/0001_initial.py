"""The first store: articles and every record of their reports.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _span(prefix: str = "") -> list:
    return [sa.Column(f"{prefix}start", sa.Integer), sa.Column(f"{prefix}end", sa.Integer), sa.Column(f"{prefix}text", sa.Text)]



def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("ext_id", sa.String(500)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(300)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("schema", sa.String(40)),
        sa.Column("claimscope_version", sa.String(40)),
        sa.Column("pipeline", sa.JSON),
        sa.Column("profile", sa.JSON),
        sa.Column("n_claims", sa.Integer, nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("id", name="pk_articles"),
        sa.UniqueConstraint("sha256", name="uq_articles_sha256"),
        sqlite_autoincrement=True,
    )
    for col in ("ext_id", "published", "outlet"):
        op.create_index(f"ix_articles_{col}", "articles", [col])

    op.create_table(
        "sentences",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("idx", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sentences"),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("source_type", sa.String(40)),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.UniqueConstraint("key", name="uq_sources_key"),
    )
    op.create_table(
        "attributions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("local_id", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id")),
        *_span("source_"),
        sa.Column("source_type", sa.String(40)),
        sa.Column("antecedent_text", sa.Text),
        *_span("cue_"),
        sa.Column("content_start", sa.Integer),
        sa.Column("content_end", sa.Integer),
        sa.Column("confidence", sa.Float),
        sa.PrimaryKeyConstraint("id", name="pk_attributions"),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("local_id", sa.String(40), nullable=False),
        *_span(),
        sa.Column("attribution_id", sa.Integer, sa.ForeignKey("attributions.id", ondelete="CASCADE")),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id")),
        sa.Column("epistemic", sa.String(20), nullable=False),
        sa.Column("hedged", sa.Boolean, nullable=False),
        sa.Column("evidence", sa.String(200)),
        sa.PrimaryKeyConstraint("id", name="pk_claims"),
        sqlite_autoincrement=True,
    )
    claim_fk = lambda: sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"))  # noqa: E731
    art_fk = lambda: sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False)  # noqa: E731
    op.create_table(
        "quantities",
        sa.Column("id", sa.Integer, primary_key=True),
        art_fk(),
        claim_fk(),
        sa.Column("local_id", sa.String(40), nullable=False),
        *_span(),
        sa.Column("value", sa.Float),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("qualifier", sa.String(40)),
        sa.Column("change", sa.String(8)),
        sa.Column("unit", sa.String(80)),
        sa.Column("measure", sa.String(120)),
        sa.Column("entity", sa.Text),
        sa.PrimaryKeyConstraint("id", name="pk_quantities"),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.Integer, primary_key=True),
        art_fk(),
        claim_fk(),
        sa.Column("local_id", sa.String(40), nullable=False),
        *_span(),
        sa.Column("geonameid", sa.Integer),
        sa.Column("name", sa.Text),
        sa.Column("country", sa.String(2)),
        sa.Column("admin1", sa.String(40)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("confidence", sa.Float),
        sa.Column("feature", sa.String(20)),
        sa.PrimaryKeyConstraint("id", name="pk_places"),
    )
    op.create_table(
        "times",
        sa.Column("id", sa.Integer, primary_key=True),
        art_fk(),
        claim_fk(),
        sa.Column("local_id", sa.String(40), nullable=False),
        *_span(),
        sa.Column("type", sa.String(10)),
        sa.Column("value", sa.String(40)),
        sa.Column("mod", sa.String(20)),
        sa.Column("anchor", sa.String(40)),
        sa.PrimaryKeyConstraint("id", name="pk_times"),
    )
    op.create_table(
        "findings",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=True),
        sa.Column("scope", sa.String(20), nullable=False),
        sa.Column("key", sa.String(200)),
        sa.Column("local_id", sa.String(40)),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("verdict", sa.String(40)),
        sa.Column("summary", sa.Text),
        sa.Column("data", sa.JSON),
        sa.PrimaryKeyConstraint("id", name="pk_findings"),
    )
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("item_id", sa.String(500)),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("message", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True)),
        sa.PrimaryKeyConstraint("id", name="pk_failures"),
    )
    for table in ("sentences", "attributions", "claims", "quantities", "places", "times", "findings"):
        op.create_index(f"ix_{table}_article_id", table, ["article_id"])
    for table in ("quantities", "places", "times"):
        op.create_index(f"ix_{table}_claim_id", table, ["claim_id"])
    op.create_index("ix_attributions_source_id", "attributions", ["source_id"])
    op.create_index("ix_claims_attribution_id", "claims", ["attribution_id"])
    op.create_index("ix_claims_source_id", "claims", ["source_id"])
    op.create_index("ix_claims_article_local", "claims", ["article_id", "local_id"])
    op.create_index("ix_quantities_measure", "quantities", ["measure"])
    op.create_index("ix_places_geonameid", "places", ["geonameid"])
    op.create_index("ix_places_country", "places", ["country"])
    op.create_index("ix_times_value", "times", ["value"])
    op.create_index("ix_findings_key", "findings", ["key"])
    op.create_index("ix_failures_item_id", "failures", ["item_id"])


def downgrade() -> None:
    for table in ("failures", "findings", "times", "places", "quantities", "claims", "attributions", "sources", "sentences", "articles"):
        op.drop_table(table)
