"""教室周课表 A room's week for its door, as a plain record read from one session: every class session and booking of
the week in that room, with its times and its instructor or organiser, and the days the center is closed. Names no
resident. :meth:`~frontdesk.core.services.documents.DocumentService.room_week` guards it and adds the center's name;
the layout is :mod:`frontdesk.printing.room_week`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Room
from frontdesk.core.services.room_use import SESSION, busy_between
from frontdesk.core.services.room_week import ClosedDay, closed_days


@dataclass(frozen=True)
class SheetItem:
    starts_at: datetime
    ends_at: datetime
    title: str
    who: str | None  # the instructor, or the booking's organiser
    is_class: bool  # a course's session (a booking: a lecture, a free clinic, a meeting, an event)


@dataclass(frozen=True)
class SheetDay:
    day: date
    items: tuple[SheetItem, ...]
    closed: ClosedDay | None


@dataclass(frozen=True)
class RoomWeekSheet:
    center_name: str
    at: datetime  # printed at
    room_id: int
    room: str
    floor: str | None
    capacity: int
    step_free: bool
    first_day: date  # a Monday
    days: tuple[SheetDay, ...]


def read_room_week(session: Session, room_id: int, first_day: date) -> tuple[Room, tuple[SheetDay, ...]]:
    """The room and its seven days from ``first_day``: each day's sessions and bookings by start."""
    room = session.get(Room, room_id)
    if room is None:
        raise RuleViolation("room_not_found", {"room_id": room_id})
    last_day = first_day + timedelta(days=6)
    busy = busy_between(
        session, datetime.combine(first_day, time()), datetime.combine(last_day + timedelta(days=1), time()),
        room_ids={room_id},
    )  # fmt: skip
    closed = {c.day: c for c in closed_days(session, first_day, last_day)}
    days: list[SheetDay] = []
    for n in range(7):
        day = first_day + timedelta(days=n)
        items = tuple(
            SheetItem(b.starts_at, b.ends_at, b.title, b.who, b.kind == SESSION)
            for b in sorted(busy, key=lambda b: b.starts_at)
            if b.room_id == room_id and b.starts_at.date() == day
        )
        days.append(SheetDay(day, items, closed.get(day)))
    return room, tuple(days)


__all__ = ["RoomWeekSheet", "SheetDay", "SheetItem", "read_room_week"]
