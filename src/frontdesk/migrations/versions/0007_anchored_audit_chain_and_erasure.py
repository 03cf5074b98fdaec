"""anchored audit chain and erasure: actor label, hash version, one successor per entry, residents' keys

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28

Existing entries keep their hash (version 1) and verify as before; their new ``actor`` label is filled in from the
staff id they hashed, so they verify by the label even after the staff row is gone. Merge records of residents
anonymised before this revision lose the identifiers they still held (the ID and card number moved over).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("actor", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("hash_version", sa.Integer(), server_default="1", nullable=False))
        batch_op.create_unique_constraint("uq_audit_entry_prev_hash", ["prev_hash"])
    op.create_table(
        "resident_key",
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_resident_key_resident_id_resident"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("resident_id", name=op.f("pk_resident_key")),
    )
    conn = op.get_bind()
    entry = sa.table("audit_entry", sa.column("staff_id", sa.Integer), sa.column("actor", sa.String))
    conn.execute(
        entry.update()
        .where(entry.c.staff_id.is_not(None))
        .values(actor=sa.literal("staff:") + sa.cast(entry.c.staff_id, sa.String))
    )
    resident = sa.table("resident", sa.column("id", sa.Integer), sa.column("anonymised_at", sa.DateTime))
    merge = sa.table(
        "resident_merge", sa.column("kept_id", sa.Integer), sa.column("merged_id", sa.Integer),
        sa.column("moved_unique", sa.JSON), sa.column("filled", sa.JSON),
    )  # fmt: skip
    anonymised = sa.select(resident.c.id).where(resident.c.anonymised_at.is_not(None))
    conn.execute(
        merge.update()
        .where(sa.or_(merge.c.kept_id.in_(anonymised), merge.c.merged_id.in_(anonymised)))
        .values(moved_unique={}, filled={})
    )


def downgrade() -> None:
    op.drop_table("resident_key")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_constraint("uq_audit_entry_prev_hash", type_="unique")
        batch_op.drop_column("hash_version")
        batch_op.drop_column("actor")
