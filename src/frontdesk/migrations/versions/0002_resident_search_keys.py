"""resident search keys (name, pinyin, initials, phone, ID and card prefixes)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_BATCH = 2_000


def upgrade() -> None:
    op.create_table(
        "resident_search_key",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=2), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_resident_search_key_resident_id_resident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", "kind", "resident_id", name=op.f("pk_resident_search_key")),
        sqlite_with_rowid=False,
    )
    op.create_index("ix_resident_search_key_resident_id", "resident_search_key", ["resident_id"], unique=False)
    _backfill(op.get_bind())


def _backfill(conn: sa.Connection) -> None:
    """Keys for the residents already registered. Reads the columns as they are at this revision (plain SQL, not
    today's ORM models); the key derivation itself is the program's, as the keys are derived data."""
    from frontdesk.core.search.keys import ResidentKeys, iter_rows, keys_for

    table = sa.table("resident_search_key", sa.column("key"), sa.column("kind"), sa.column("resident_id"))
    last_id = 0
    while True:
        rows = conn.execute(
            sa.text(
                "SELECT id, name, phone, phone2, id_number, card_number FROM resident "
                "WHERE id > :last ORDER BY id LIMIT :n"
            ),
            {"last": last_id, "n": _BATCH},
        ).all()
        if not rows:
            return
        values = []
        for row in rows:
            phones = tuple(p for p in (row.phone, row.phone2) if p)
            keys = ResidentKeys(row.name, phones, row.id_number, row.card_number)
            values.extend(iter_rows(row.id, keys_for(keys)))
        conn.execute(sa.insert(table), values)
        last_id = rows[-1].id


def downgrade() -> None:
    op.drop_index("ix_resident_search_key_resident_id", table_name="resident_search_key")
    op.drop_table("resident_search_key")
