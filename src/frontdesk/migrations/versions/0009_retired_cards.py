"""retired member cards: a card given up when a new one was issued (补办) is kept, never given again

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

A new table only; no row of an existing table changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retired_card",
        sa.Column("card_number", sa.String(length=32), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("retired_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"], ["resident.id"], name=op.f("fk_retired_card_resident_id_resident"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("card_number", name=op.f("pk_retired_card")),
    )
    op.create_index(op.f("ix_retired_card_resident_id"), "retired_card", ["resident_id"], unique=False)


def downgrade() -> None:
    """The 0008 program knows no retired cards: their numbers are forgotten (a scan of one finds nobody again)."""
    op.drop_index(op.f("ix_retired_card_resident_id"), table_name="retired_card")
    op.drop_table("retired_card")
