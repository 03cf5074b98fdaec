"""Database access: engine set-up, transactions, migrations and backups."""

from frontdesk.core.db.database import Database, make_url_from_arg

__all__ = ["Database", "make_url_from_arg"]
