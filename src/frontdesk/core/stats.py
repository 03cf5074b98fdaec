"""Small read-only figures about a database (``frontdesk-admin info``, the settings page)."""

from __future__ import annotations

from sqlalchemy import func, select

from frontdesk.core.db import Database
from frontdesk.core.models import AuditEntry, Partner, Resident, Room, Staff, Visit


def database_counts(db: Database) -> dict[str, int]:
    """Row counts of the main tables, in one read transaction."""
    tables = {
        "residents": Resident,
        "staff": Staff,
        "partners": Partner,
        "rooms": Room,
        "visits": Visit,
        "audit entries": AuditEntry,
    }
    with db.read() as session:
        return {name: session.scalar(select(func.count()).select_from(model)) or 0 for name, model in tables.items()}
