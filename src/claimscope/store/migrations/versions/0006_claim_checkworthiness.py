"""Each claim's check-worthiness (0-1), so the store lists the claims most worth checking first.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

``claims.checkworthiness`` is ``Claim.checkworthiness`` of the stored report
(:mod:`claimscope.triage.checkworthiness`, set by ``core.finish``).  Existing
claims take it from their article's stored report (revision 0003) when that
report carries it; claims of reports analyzed before it was scored, or stored
before 0003, stay NULL and list last (``claimscope ingest --update`` scores them).

The index serves ``ORDER BY checkworthiness DESC NULLS LAST, id DESC``: on
SQLite a plain index does (NULL sorts lowest, the rowid is in every index), on
PostgreSQL (NULL sorts highest) it is built in that order.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

PAGE = 200  # articles read per query while backfilling: a store's reports are never all in memory


def _score(value):
    """A stored report's score, if it is one (0-1); anything else stays NULL."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0.0 <= value <= 1.0:
        return float(value)
    return None


def upgrade() -> None:
    conn = op.get_bind()
    op.add_column("claims", sa.Column("checkworthiness", sa.Float))

    articles = sa.table("articles", sa.column("id", sa.Integer), sa.column("report", sa.JSON))
    claims = sa.table("claims", sa.column("article_id", sa.Integer), sa.column("local_id", sa.String), sa.column("checkworthiness", sa.Float))
    update = (
        claims.update()
        .where(claims.c.article_id == sa.bindparam("a_id"), claims.c.local_id == sa.bindparam("l_id"))
        .values(checkworthiness=sa.bindparam("score"))
    )
    last = 0
    while True:  # keyset pages by id: portable, and no cursor stays open across the updates
        page = conn.execute(
            sa.select(articles.c.id, articles.c.report)
            # only reports that carry a score are decoded: on a store analyzed before scoring, none is
            .where(articles.c.id > last, sa.cast(articles.c.report, sa.Text).like('%"checkworthiness"%'))
            .order_by(articles.c.id)
            .limit(PAGE)
        ).all()
        if not page:
            break
        last = page[-1].id
        scores = [
            {"a_id": row.id, "l_id": str(c["id"]), "score": score}
            for row in page
            if isinstance(row.report, dict)
            for c in row.report.get("claims") or []
            if isinstance(c, dict) and c.get("id") is not None and (score := _score(c.get("checkworthiness"))) is not None
        ]
        if scores:
            conn.execute(update, scores)
    # the index after the backfill: built once, not updated row by row
    if conn.dialect.name == "postgresql":
        op.create_index("ix_claims_checkworthiness", "claims", [sa.text("checkworthiness DESC NULLS LAST"), sa.text("id DESC")])
    else:
        op.create_index("ix_claims_checkworthiness", "claims", ["checkworthiness"])


def downgrade() -> None:
    op.drop_index("ix_claims_checkworthiness", table_name="claims")
    op.drop_column("claims", "checkworthiness")
