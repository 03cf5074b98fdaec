"""consent scope and anonymisation

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.add_column(sa.Column("consent_scope", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("anonymised_at", sa.DateTime(), nullable=True))
    # A consent recorded before scopes existed covered registration only; sensitive scopes are asked again.
    resident = sa.table("resident", sa.column("consent_date", sa.Date), sa.column("consent_scope", sa.JSON))
    op.get_bind().execute(resident.update().where(resident.c.consent_date.is_not(None)).values(consent_scope=["basic"]))


def downgrade() -> None:
    with op.batch_alter_table("resident", schema=None) as batch_op:
        batch_op.drop_column("anonymised_at")
        batch_op.drop_column("consent_scope")
