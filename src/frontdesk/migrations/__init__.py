"""Alembic migrations, shipped inside the package. Run them through :mod:`frontdesk.core.db.migrate`."""
