"""Sources are entities: every name each one is cited under.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02

New reports key their sources by entity (:func:`claimscope.speakers.entity_key`):
"The Russian Defense Ministry" and "Russia's defence ministry" are one row,
"officials" one row per article.  Sources stored before this revision keep
their key and get their name as their one alias.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_aliases",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="CASCADE", name="fk_source_aliases_source_id_sources"), nullable=False),
        sa.Column("alias", sa.String(300), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_source_aliases"),
        sa.UniqueConstraint("source_id", "alias", name="uq_source_aliases_source_id_alias"),
    )
    op.create_index("ix_source_aliases_source_id", "source_aliases", ["source_id"])
    op.execute("INSERT INTO source_aliases (source_id, alias) SELECT id, substr(name, 1, 300) FROM sources")


def downgrade() -> None:
    op.drop_index("ix_source_aliases_source_id", table_name="source_aliases")
    op.drop_table("source_aliases")
