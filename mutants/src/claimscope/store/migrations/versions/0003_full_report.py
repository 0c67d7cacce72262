"""The whole report of each article, so a stored article comes back exactly as analyzed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

The rows of the other tables serve the queries; this column serves the
reader who opens one article (hedge and evidence spans, multi-span content
and antecedents are only here). Articles ingested before this revision keep
NULL and are rebuilt from their rows, as before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("report", sa.JSON))


def downgrade() -> None:
    op.drop_column("articles", "report")
