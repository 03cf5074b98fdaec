"""audit log hash chain

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash", sa.String(length=64), nullable=True))
    _chain_existing_entries(op.get_bind())


def _chain_existing_entries(conn: sa.Connection) -> None:
    """Chain the entries written before this revision, in id order, as if they had been chained all along."""
    from frontdesk.core.audit import GENESIS, entry_hash

    table = sa.table(
        "audit_entry",
        sa.column("id", sa.Integer),
        sa.column("at", sa.DateTime),
        sa.column("staff_id", sa.Integer),
        sa.column("action", sa.String),
        sa.column("entity_type", sa.String),
        sa.column("entity_id", sa.Integer),
        sa.column("details", sa.JSON),
        sa.column("prev_hash", sa.String),
        sa.column("hash", sa.String),
    )
    prev = GENESIS
    updates = []
    for row in conn.execute(sa.select(table).order_by(table.c.id)):
        digest = entry_hash(
            entry_id=row.id,
            at=row.at,
            staff_id=row.staff_id,
            action=row.action,
            entity_type=row.entity_type,
            entity_id=row.entity_id,
            details=row.details,
            prev_hash=prev,
        )
        updates.append({"key": row.id, "prev": prev, "digest": digest})
        prev = digest
    if updates:
        conn.execute(
            table.update()
            .where(table.c.id == sa.bindparam("key"))
            .values(prev_hash=sa.bindparam("prev"), hash=sa.bindparam("digest")),
            updates,
        )


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
