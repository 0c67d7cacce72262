"""Known fact-checks: what has been checked before, with its MiniLM embeddings.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02

``claimscope factchecks import`` writes one row per fact-check, keyed by its
URL (or, without one, by its id), so importing a file twice changes nothing.
``vec``/``title_vec`` are the all-MiniLM-L6-v2 embeddings (float16) of the
claim and the fact-check's title, so matching never re-encodes the store.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "factchecks",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("key", sa.String(500), nullable=False),
        sa.Column("claim", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("rating", sa.String(200)),
        sa.Column("publisher", sa.String(300)),
        sa.Column("url", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("claimant", sa.String(300)),
        sa.Column("data", sa.JSON),
        sa.Column("model", sa.String(80)),
        sa.Column("vec", sa.LargeBinary),
        sa.Column("title_vec", sa.LargeBinary),
        sa.PrimaryKeyConstraint("id", name="pk_factchecks"),
        sa.UniqueConstraint("key", name="uq_factchecks_key"),
    )


def downgrade() -> None:
    op.drop_table("factchecks")
