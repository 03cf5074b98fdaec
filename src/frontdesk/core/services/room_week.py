"""教室周课表 The rooms' week: every class session and room booking of a week, by room, for the week view; a block
moved there (调课, a booking moved) is checked against everything else inside the write transaction.

The blocks come from :func:`frontdesk.core.services.room_use.busy_between`, set-up and clean-up kept (the view draws
them lighter); a session also carries its course's places taken against its capacity. The center's closed days
(a manager's 停开) and public holidays are named, as :func:`~frontdesk.core.scheduling.term_days.term_days` skips
them, so the view can shade them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    Attendance,
    CenterDay,
    ClassSession,
    Enrollment,
    EnrollmentStatus,
    Resident,
    Room,
    RoomBooking,
)
from frontdesk.core.scheduling.term_days import Meeting, SkipReason, term_days
from frontdesk.core.services.appointments import center_overrides
from frontdesk.core.services.room_use import (
    BOOKING,
    DAY_CLOSES,
    DAY_OPENS,
    SESSION,
    busy_between,
    move_booking_in,
    move_session_in,
)

MAX_DAYS = 14  # the view shows a day or a week; a fortnight at most


@dataclass(frozen=True)
class WeekRoom:
    """A column of the week: an active room, with its own hours (the center's day when it has none)."""

    room_id: int
    name: str
    floor: str | None
    capacity: int
    step_free: bool
    opens: time
    closes: time


@dataclass(frozen=True)
class WeekBlock:
    """A session (``kind`` SESSION) or a booking (BOOKING) in a room: ``taken_from``–``taken_until`` is the room's
    time, set-up and clean-up included; ``taken``/``capacity`` a session's places taken of its course's (a booking:
    ``capacity`` its expected attendance, ``taken`` None)."""

    kind: str
    item_id: int
    room_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    taken_from: datetime
    taken_until: datetime
    who: str | None  # the instructor, or the booking's organiser
    instructor_id: int | None
    category: str  # a course's category, or a booking's kind
    course_id: int | None
    taken: int | None
    capacity: int | None

    @property
    def key(self) -> tuple[str, int]:
        return (self.kind, self.item_id)


@dataclass(frozen=True)
class ClosedDay:
    """A day of the week without classes: a public holiday (its name as chinese-calendar gives it) or closed by a
    manager (their note)."""

    day: date
    holiday: str | None
    note: str | None


@dataclass(frozen=True)
class WeekPlan:
    first_day: date
    days: tuple[date, ...]
    today: date
    rooms: tuple[WeekRoom, ...]
    blocks: tuple[WeekBlock, ...]
    closed: tuple[ClosedDay, ...]

    def closed_on(self, day: date) -> ClosedDay | None:
        return next((c for c in self.closed if c.day == day), None)


class RosterRow(NamedTuple):
    resident_id: int
    name: str
    present: bool


class RoomWeekService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    @guarded(Permission.FRONT_DESK)
    def week(self, first_day: date, *, actor: Actor, days: int = 7) -> WeekPlan:
        """The active rooms (by floor, then name) and every session and booking from ``first_day`` for ``days``
        days, with the closed days and holidays among them."""
        if not 1 <= days <= MAX_DAYS:
            raise RuleViolation("week_days_range", {"max": MAX_DAYS})
        last_day = first_day + timedelta(days=days - 1)
        with self._db.read() as session:
            rooms = tuple(
                WeekRoom(r.id, r.name, r.floor, r.capacity, r.step_free, r.opens or DAY_OPENS, r.closes or DAY_CLOSES)
                for r in session.scalars(select(Room).where(Room.active.is_(True)))
            )
            rooms = tuple(sorted(rooms, key=lambda r: (r.floor is None, r.floor or "", r.name)))
            busy = busy_between(
                session, datetime.combine(first_day, time()), datetime.combine(last_day + timedelta(days=1), time()),
                room_ids={r.room_id for r in rooms},
            )  # fmt: skip
            taken = _places_taken(session, {b.course_id for b in busy if b.course_id is not None})
            closed = closed_days(session, first_day, last_day)
        blocks = tuple(
            WeekBlock(
                b.kind,
                b.item_id,
                b.room_id,
                b.title,
                b.starts_at,
                b.ends_at,
                b.taken_from,
                b.taken_until,
                b.who,
                b.instructor_id,
                b.category,
                b.course_id,
                taken.get(b.course_id, 0) if b.kind == SESSION and b.course_id is not None else None,
                b.expected,
            )
            for b in busy
            if first_day <= b.starts_at.date() <= last_day
        )
        days_shown = tuple(first_day + timedelta(days=n) for n in range(days))
        return WeekPlan(first_day, days_shown, self._clock().date(), rooms, blocks, closed)

    @guarded(Permission.FRONT_DESK)
    def move(self, kind: str, item_id: int, *, starts_at: datetime, room_id: int, actor: Actor) -> None:
        """调课 / a booking moved: to ``starts_at`` in ``room_id``, as long as before; refused (``room_taken``,
        ``instructor_busy``… with what is in the way and the alternatives) if anything is in the way then, on a day
        the center is closed (``day_closed``: a holiday, a manager's 停开) or into the past (``move_in_past``)."""
        now = self._clock().replace(microsecond=0)
        if starts_at < now:
            raise RuleViolation("move_in_past", {"starts_at": starts_at})

        def work(session: Session) -> None:
            for closed in closed_days(session, starts_at.date(), starts_at.date()):
                raise RuleViolation("day_closed", {"day": closed.day, "holiday": closed.holiday, "note": closed.note})
            if kind == SESSION:
                cs = session.get(ClassSession, item_id)
                if cs is None:
                    raise RuleViolation("session_not_found", {"session_id": item_id})
                move_session_in(session, cs, starts_at=starts_at, room_id=room_id, actor=actor, now=now)
            elif kind == BOOKING:
                booking = session.get(RoomBooking, item_id)
                if booking is None:
                    raise RuleViolation("booking_not_found", {"booking_id": item_id})
                move_booking_in(session, booking, starts_at=starts_at, room_id=room_id, actor=actor, now=now)
            else:
                raise RuleViolation("unknown_block", {"kind": kind})

        self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def session_roster(self, session_id: int, *, actor: Actor) -> list[RosterRow]:
        """花名册: the residents enrolled in the session's course, in the order they joined, and whether each is
        marked present in this session."""
        with self._db.read() as session:
            course_id = session.scalar(select(ClassSession.course_id).where(ClassSession.id == session_id))
            if course_id is None:
                raise RuleViolation("session_not_found", {"session_id": session_id})
            present = set(session.scalars(select(Attendance.resident_id).where(Attendance.session_id == session_id)))
            rows = session.execute(
                select(Resident.id, Resident.name)
                .join(Enrollment, Enrollment.resident_id == Resident.id)
                .where(Enrollment.course_id == course_id, Enrollment.status == EnrollmentStatus.ENROLLED)
                .order_by(Enrollment.joined_at, Enrollment.id)
            )
            return [RosterRow(rid, name, rid in present) for rid, name in rows]


def _places_taken(session: Session, course_ids: set[int]) -> dict[int, int]:
    """Places each course's enrollments hold: one each, and their companions."""
    if not course_ids:
        return {}
    rows = session.execute(
        select(Enrollment.course_id, func.count(Enrollment.id) + func.coalesce(func.sum(Enrollment.companions), 0))
        .where(Enrollment.course_id.in_(course_ids), Enrollment.status == EnrollmentStatus.ENROLLED)
        .group_by(Enrollment.course_id)
    )
    return {course_id: int(places) for course_id, places in rows}


def closed_days(session: Session, first: date, last: date) -> tuple[ClosedDay, ...]:
    """The days a class would be skipped on (as term_days skips them): asked with a meeting on every weekday."""
    overrides = center_overrides(session, first, last)
    every_day = [Meeting(weekday, time(12), time(13)) for weekday in range(7)]
    skipped = term_days(first, last, every_day, overrides=overrides).skipped
    rows = session.execute(select(CenterDay.day, CenterDay.note).where(CenterDay.day.between(first, last)))
    notes = {day: note for day, note in rows}
    return tuple(
        ClosedDay(
            s.day,
            s.holiday if s.reason == SkipReason.HOLIDAY else None,
            notes.get(s.day) if s.reason == SkipReason.CLOSED else None,
        )
        for s in skipped
    )


__all__ = ["ClosedDay", "RoomWeekService", "RosterRow", "WeekBlock", "WeekPlan", "WeekRoom", "closed_days"]
