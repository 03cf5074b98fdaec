"""search keys by the usual reading: mixed pinyin keys, rare readings of heteronyms under kinds of their own

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

No table changes: the search keys (derived data) of every resident are derived again by this version's rules, so the
usual reading ranks before the rare ones (胜 sheng before xing) and mixed pinyin (wangxl) finds the resident. The
pinyin sort key on each resident is derived again with them.
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from frontdesk.core.search.index import rebuild_all

    rebuild_all(op.get_bind())


def downgrade() -> None:
    """Nothing to undo in the tables. The 0007 program finds residents by the usual reading's keys (the kinds it
    knows) and never asks for the new kinds; its own next save of a resident derives that resident's keys again."""
