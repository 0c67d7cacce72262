"""Claim embeddings for matching across articles, and the side (country) of each source.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

Existing sources get their side from the same rule new ones do
(:func:`claimscope.store.sides.source_side`), so an upgraded store reads like
a fresh one.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from claimscope.domain.sides import source_side

    # Plain ALTER TABLE (SQLite 3.35+ drops columns natively): a batch copy of "sources" would
    # trip the foreign keys that point at it.
    op.add_column("sources", sa.Column("side", sa.String(2)))
    op.create_index("ix_sources_side", "sources", ["side"])
    op.create_table(
        "vectors",
        sa.Column("claim_id", sa.Integer, sa.ForeignKey("claims.id", ondelete="CASCADE"), nullable=False),
        sa.Column("model", sa.String(80), nullable=False),
        sa.Column("dim", sa.Integer, nullable=False),
        sa.Column("vec", sa.LargeBinary, nullable=False),
        sa.PrimaryKeyConstraint("claim_id", name="pk_vectors"),
    )
    op.create_index("ix_quantities_measure_value", "quantities", ["measure", "value"])

    conn = op.get_bind()
    table = sa.table("sources", sa.column("id", sa.Integer), sa.column("name", sa.Text), sa.column("side", sa.String))
    for row in conn.execute(sa.select(table.c.id, table.c.name)).all():
        side = source_side(row.name)
        if side:
            conn.execute(table.update().where(table.c.id == row.id).values(side=side))


def downgrade() -> None:
    op.drop_index("ix_quantities_measure_value", table_name="quantities")
    op.drop_table("vectors")
    op.drop_index("ix_sources_side", table_name="sources")
    op.drop_column("sources", "side")
