"""Alembic environment: always run from :mod:`frontdesk.core.db.migrate`, which hands over an open connection."""

from __future__ import annotations

from alembic import context

from frontdesk.core.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copy-and-rename; batch mode does that for us
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
