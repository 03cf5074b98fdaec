"""Noticing what other desks changed: the audit log is the change feed.

Every write records its audit entry in its own transaction, so the entries after the newest one a desk has seen are
exactly what changed since — whichever desk made them. The chain gives them in commit order on both engines (each
entry names its predecessor's hash, which no two may share), so an entry never turns up behind one already seen.
A look reads just those entries by primary key: its cost follows what changed, not how big the database is (the
aggregates this replaced — newest check-out, newest edit — scanned every visit: ~100 ms at 20,000 residents).

A :class:`ChangeProbe` keeps the newest entry it has seen. It is used from one thread only (the desk's database
worker), which is what makes keeping that state safe.
"""

from __future__ import annotations

from sqlalchemy import func, select

from frontdesk.core.db import Database
from frontdesk.core.models import AuditEntry

VISITS, RESIDENTS, AUDIT = "visits", "residents", "audit"
APPOINTMENTS, CATALOGUE, CLASSES = "appointments", "catalogue", "classes"
PARTS = frozenset({VISITS, RESIDENTS, AUDIT, APPOINTMENTS, CATALOGUE, CLASSES})
MAX_ENTRIES = 2_000  # more new entries than this in one look (a long outage): everything may have changed

# What each kind of entry changes, by the first word of its action. A resident's change (a name, a merge that moves
# visits, an anonymisation) shows in the in-building list and the day's visits too.
_PARTS_BY_KIND: dict[str, frozenset[str]] = {
    "resident": frozenset({RESIDENTS, VISITS, APPOINTMENTS, CLASSES, AUDIT}),
    # a check-in marks today's appointments arrived and today's classes attended; both show on the check-in card
    "visit": frozenset({VISITS, APPOINTMENTS, CLASSES, AUDIT}),
    "appointment": frozenset({APPOINTMENTS, VISITS, AUDIT}),
    "waitlist": frozenset({APPOINTMENTS, VISITS, AUDIT}),  # an offer shows on the resident's card
    "queue": frozenset({APPOINTMENTS, AUDIT}),
    "vitals": frozenset({APPOINTMENTS, AUDIT}),
    "partner": frozenset({CATALOGUE, CLASSES, AUDIT}),  # instructors are partners' people
    "catalogue": frozenset({CATALOGUE, APPOINTMENTS, CLASSES, AUDIT}),  # hours and closures: slots, class days
    "room": frozenset({CLASSES, AUDIT}),  # rooms and their bookings
    "term": frozenset({CLASSES, AUDIT}),
    "course": frozenset({CLASSES, AUDIT}),
    "class": frozenset({CLASSES, AUDIT}),  # sessions moved, cancelled, added
    "enrollment": frozenset({CLASSES, VISITS, AUDIT}),  # a place moved up from the waiting list shows on the card
    "attendance": frozenset({CLASSES, VISITS, AUDIT}),
}
# Entries that change nothing but the log itself (a reading looked at is audited, and no view need refresh for it).
_ONLY_AUDIT = frozenset({"vitals.view"})


def parts_of(action: str) -> frozenset[str]:
    """The parts of the data an entry with this action changed."""
    if action in _ONLY_AUDIT:
        return frozenset({AUDIT})
    return _PARTS_BY_KIND.get(action.split(".", 1)[0], frozenset({AUDIT}))


class ChangeProbe:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._head: int | None = None  # the newest entry seen; None: not looked yet

    @property
    def head(self) -> int | None:
        return self._head

    def look(self) -> frozenset[str]:
        """The parts changed since the last look (by any desk, this one included), and the newest entry remembered.
        The first look only remembers: the views are about to read everything anyway."""
        with self._db.read() as session:
            newest = session.scalar(select(func.max(AuditEntry.id))) or 0
            if self._head is None:
                self._head = newest
                return frozenset()
            if newest == self._head:
                return frozenset()
            if newest < self._head:  # the log is not the one seen (a restored or replaced database): all is new
                self._head = newest
                return PARTS
            actions = session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.id > self._head, AuditEntry.id <= newest)
                .order_by(AuditEntry.id)
                .limit(MAX_ENTRIES + 1)
            ).all()
        self._head = newest
        if len(actions) > MAX_ENTRIES:
            return PARTS
        changed: set[str] = set()
        for action in actions:
            changed |= parts_of(action)
        return frozenset(changed)
