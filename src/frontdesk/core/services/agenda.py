"""Today's agenda of a resident: appointments, classes… whatever later features schedule.

Check-in shows a resident's items for today and marks them arrived in the same transaction. Each feature that
schedules people registers an :class:`AgendaSource` with the visit service (in the composition root), so check-in
never needs to know about appointments or classes itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

from sqlalchemy.orm import Session

from frontdesk.core.access import Actor


@dataclass(frozen=True)
class AgendaItem:
    source: str  # e.g. "appointment", "class"
    item_id: int
    starts_at: datetime
    title: str  # e.g. 血压测量, 书法班
    place: str | None = None  # e.g. 康养服务站, 书法室
    arrived: bool = False


class AgendaSource(Protocol):
    name: str

    def items_for(self, session: Session, resident_id: int, day: date) -> list[AgendaItem]:
        """The resident's items on ``day``, in time order."""
        ...

    def mark_arrived(
        self, session: Session, resident_id: int, day: date, visit_id: int, at: datetime, *, actor: Actor
    ) -> list[int]:
        """Mark the resident's items on ``day`` arrived/attended (inside the check-in transaction, audited as
        ``actor``, the desk checking them in); return their ids."""
        ...
