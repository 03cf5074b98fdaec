"""Noticing what other desks changed: a cheap fingerprint of the data the desk shows, polled every few seconds.

Each part is an indexed aggregate (a max on a primary key, a count over the partial index of open visits), so a
poll costs well under a millisecond on SQLite and one round trip on PostgreSQL. Comparing the parts tells which
views to refresh.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import func, select

from frontdesk.core.db import Database
from frontdesk.core.models import AuditEntry, Resident, Visit

PARTS = ("visits", "residents", "audit")


@dataclass(frozen=True)
class Fingerprint:
    visits: tuple  # newest visit, newest check-out, people in the building
    residents: tuple  # newest resident, newest edit
    audit: int  # newest audit entry: anything else that was recorded

    def changed_parts(self, other: Fingerprint | None) -> set[str]:
        if other is None:
            return set(PARTS)
        return {name for name in PARTS if getattr(self, name) != getattr(other, name)}

    def taking(self, parts: Iterable[str], newer: Fingerprint) -> Fingerprint:
        """This fingerprint with ``parts`` read from ``newer`` and the rest as they were.

        A change this desk made tells nothing about what other desks did to the *other* parts: taking the whole newer
        fingerprint into the baseline would hide their changes from the next poll.
        """
        return replace(self, **{name: getattr(newer, name) for name in parts if name in PARTS})


class ChangeProbe:
    def __init__(self, db: Database) -> None:
        self._db = db

    def fingerprint(self) -> Fingerprint:
        with self._db.read() as session:
            row = session.execute(
                select(
                    select(func.max(Visit.id)).scalar_subquery(),
                    select(func.max(Visit.checked_out_at)).scalar_subquery(),
                    select(func.count(Visit.id)).where(Visit.checked_out_at.is_(None)).scalar_subquery(),
                    select(func.max(Resident.id)).scalar_subquery(),
                    select(func.max(Resident.updated_at)).scalar_subquery(),
                    select(func.max(AuditEntry.id)).scalar_subquery(),
                )
            ).one()
        return Fingerprint(visits=tuple(row[0:3]), residents=tuple(row[3:5]), audit=row[5] or 0)
