"""resident merges; pinyin sort key on residents

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode on SQLite recreates the resident table, the parent of visits: the migration runner has turned
    # foreign keys off for this, so no visit is deleted by cascade (tests/test_migrations.py checks the counts).
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_sort", sa.String(length=160), nullable=True))
        batch_op.create_index("ix_resident_name_sort", ["name_sort"], unique=False)
    _backfill_name_sort(op.get_bind())

    op.create_table(
        "resident_merge",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kept_id", sa.Integer(), nullable=False),
        sa.Column("merged_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("moved_visit_ids", sa.JSON(), nullable=False),
        sa.Column("filled", sa.JSON(), nullable=False),
        sa.Column("moved_unique", sa.JSON(), nullable=False),
        sa.Column("merged_archive", sa.JSON(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.Column("undone_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["kept_id"], ["resident.id"], name=op.f("fk_resident_merge_kept_id_resident"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["merged_id"], ["resident.id"], name=op.f("fk_resident_merge_merged_id_resident"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"], ["staff.id"], name=op.f("fk_resident_merge_staff_id_staff"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["undone_by_id"], ["staff.id"], name=op.f("fk_resident_merge_undone_by_id_staff"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident_merge")),
    )
    with op.batch_alter_table("resident_merge", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_resident_merge_kept_id"), ["kept_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_resident_merge_merged_id"), ["merged_id"], unique=False)


def _backfill_name_sort(conn: sa.Connection) -> None:
    from frontdesk.core.search.keys import sort_key

    rows = conn.execute(sa.text("SELECT id, name FROM resident")).all()
    if rows:
        conn.execute(
            sa.text("UPDATE resident SET name_sort = :key WHERE id = :id"),
            [{"id": row.id, "key": sort_key(row.name)} for row in rows],
        )


def downgrade() -> None:

    with op.batch_alter_table("resident_merge", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_resident_merge_merged_id"))
        batch_op.drop_index(batch_op.f("ix_resident_merge_kept_id"))

    op.drop_table("resident_merge")
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.drop_index("ix_resident_name_sort")
        batch_op.drop_column("name_sort")
