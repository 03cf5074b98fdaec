"""Who uses which room when: class sessions and room bookings, checked against each other so a room is never
double-booked and an instructor never teaches in two places at once.

A use takes its room from its start less its set-up time to its end plus its clean-up time; the instructor is taken
for the use itself. Every write that places a use (a term's sessions, a session moved or added, a booking made or
moved) calls :func:`refuse_clash` or :func:`clashes_of` *inside its write transaction* (SQLite ``BEGIN IMMEDIATE``,
PostgreSQL's writers' turn + SERIALIZABLE, see :class:`frontdesk.core.db.Database`): what it reads is what is there
at commit, so two desks cannot both take the same hour.

A clash is explained — what holds the room, when, who — with alternatives: the other rooms free then, and the next
time this room is free for as long.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    BookingStatus,
    ClassSession,
    Course,
    PartnerPerson,
    Room,
    RoomBooking,
    SessionStatus,
)

SESSION, BOOKING = "session", "booking"
MAX_PREP = timedelta(minutes=240)  # the longest set-up or clean-up the schema allows
DAY_OPENS, DAY_CLOSES = time(8, 0), time(21, 0)  # a room without hours of its own: the center's working day
STEP = timedelta(minutes=15)  # the next free time is looked for in quarter hours…
LOOK_AHEAD_DAYS = 14  # …for a fortnight


@dataclass(frozen=True)
class Use:
    """A use of a room to be placed: ``ignore`` names uses it replaces (the session being moved, a course's own
    sessions being planned again), which are not clashes."""

    room_id: int
    starts_at: datetime
    ends_at: datetime
    setup_min: int = 0
    cleanup_min: int = 0
    instructor_id: int | None = None
    ignore: frozenset[tuple[str, int]] = field(default_factory=frozenset)

    @property
    def taken_from(self) -> datetime:
        return self.starts_at - timedelta(minutes=self.setup_min)

    @property
    def taken_until(self) -> datetime:
        return self.ends_at + timedelta(minutes=self.cleanup_min)

    def moved(self, starts_at: datetime, room_id: int | None = None) -> Use:
        """The same use at another time (and room), as long as before."""
        return Use(
            room_id if room_id is not None else self.room_id, starts_at, starts_at + (self.ends_at - self.starts_at),
            self.setup_min, self.cleanup_min, self.instructor_id, self.ignore,
        )  # fmt: skip


@dataclass(frozen=True)
class Busy:
    """A use already placed: a class session (``kind`` SESSION) or a room booking (BOOKING)."""

    kind: str
    item_id: int
    room_id: int
    room_name: str
    title: str
    starts_at: datetime
    ends_at: datetime
    taken_from: datetime
    taken_until: datetime
    instructor_id: int | None
    who: str | None  # the instructor's name, or the booking's organiser
    category: str  # a course's category, or a booking's kind (the week view colours by it)
    course_id: int | None = None
    expected: int | None = None  # a booking's expected attendance; a session's course capacity


@dataclass(frozen=True)
class Clash:
    """Why a use cannot be placed: ``code`` is a RuleViolation code (``room_taken``, ``instructor_busy``,
    ``room_outside_hours``, ``room_inactive``, ``room_too_small``); ``other`` the use in the way, if any; ``planned``
    the index of another use of the same plan in the way."""

    code: str
    other: Busy | None = None
    planned: int | None = None


@dataclass(frozen=True)
class Alternatives:
    rooms: tuple[str, ...]  # other rooms free for the whole use, big enough
    next_free: datetime | None  # the next start in this room (and for this instructor) with nothing in the way


# -- reading what is placed -----------------------------------------------------------------------------------------


def busy_between(
    session: Session,
    first: datetime,
    last: datetime,
    *,
    room_ids: Iterable[int] | None = None,
    instructor_ids: Iterable[int] | None = None,
) -> list[Busy]:
    """The scheduled sessions and booked bookings whose room time (set-up and clean-up included) overlaps
    ``first``–``last``, of ``room_ids`` or ``instructor_ids`` (both None: of every room), by start. Two queries."""
    rooms = set(room_ids) if room_ids is not None else None
    people = {p for p in instructor_ids or () if p is not None}
    lo, hi = first - MAX_PREP, last + MAX_PREP
    found: list[Busy] = []

    # Columns, not entities: a term's check reads a few hundred uses, and loading each as an ORM object cost more
    # than the rest of the check together.
    sessions = (
        select(ClassSession.id, ClassSession.room_id, ClassSession.starts_at, ClassSession.ends_at,
               ClassSession.instructor_id, ClassSession.course_id, Course.title, Course.category, Course.setup_min,
               Course.cleanup_min, Course.capacity, Room.name, PartnerPerson.name)
        .join(Course, Course.id == ClassSession.course_id)
        .join(Room, Room.id == ClassSession.room_id)
        .outerjoin(PartnerPerson, PartnerPerson.id == ClassSession.instructor_id)
        .where(ClassSession.status == SessionStatus.SCHEDULED, ClassSession.starts_at < hi, ClassSession.ends_at > lo)
    )  # fmt: skip
    bookings = (
        select(RoomBooking.id, RoomBooking.room_id, RoomBooking.title, RoomBooking.starts_at, RoomBooking.ends_at,
               RoomBooking.setup_min, RoomBooking.cleanup_min, RoomBooking.person_id, RoomBooking.organiser,
               RoomBooking.kind, RoomBooking.expected, Room.name)
        .join(Room, Room.id == RoomBooking.room_id)
        .where(RoomBooking.status == BookingStatus.BOOKED, RoomBooking.starts_at < hi, RoomBooking.ends_at > lo)
    )  # fmt: skip
    if rooms is not None:
        sessions = sessions.where(
            or_(ClassSession.room_id.in_(rooms), ClassSession.instructor_id.in_(people))
            if people
            else ClassSession.room_id.in_(rooms)
        )
        bookings = bookings.where(
            or_(RoomBooking.room_id.in_(rooms), RoomBooking.person_id.in_(people))
            if people
            else RoomBooking.room_id.in_(rooms)
        )
    for (item_id, room_id, starts_at, ends_at, instructor_id, course_id, title, category, setup, cleanup, capacity,
         room_name, person) in session.execute(sessions):  # fmt: skip
        found.append(
            Busy(SESSION, item_id, room_id, room_name, title, starts_at, ends_at,
                 starts_at - timedelta(minutes=setup), ends_at + timedelta(minutes=cleanup),
                 instructor_id, person, str(category), course_id, capacity)
        )  # fmt: skip
    for (item_id, room_id, title, starts_at, ends_at, setup, cleanup, person_id, organiser, kind, expected,
         room_name) in session.execute(bookings):  # fmt: skip
        found.append(
            Busy(BOOKING, item_id, room_id, room_name, title, starts_at, ends_at,
                 starts_at - timedelta(minutes=setup), ends_at + timedelta(minutes=cleanup),
                 person_id, organiser, str(kind), None, expected)
        )  # fmt: skip
    found = [b for b in found if b.taken_from < last and b.taken_until > first]
    found.sort(key=lambda b: (b.taken_from, b.room_id, b.kind, b.item_id))
    return found


# -- checking -------------------------------------------------------------------------------------------------------


def _room_clash(use: Use, room: Room | None, need: int | None) -> str | None:
    if room is None or not room.active:
        return "room_inactive"
    if need is not None and need > room.capacity:
        return "room_too_small"
    opens, closes = room.opens or DAY_OPENS, room.closes or DAY_CLOSES
    day = use.starts_at.date()
    if use.taken_from < datetime.combine(day, opens) or use.taken_until > datetime.combine(day, closes):
        return "room_outside_hours"
    return None


def _overlaps(a_from: datetime, a_until: datetime, b_from: datetime, b_until: datetime) -> bool:
    return a_from < b_until and b_from < a_until


def clashes_of(
    session: Session, uses: Sequence[Use], *, need: int | None = None, busy: Sequence[Busy] | None = None
) -> list[list[Clash]]:
    """Every clash of each use — with what the database holds and with the other uses of the same plan — in one
    read of the span (``busy``: that read already made). ``need``: the places the room must hold."""
    if not uses:
        return []
    room_ids = {u.room_id for u in uses}
    rooms = {r.id: r for r in session.scalars(select(Room).where(Room.id.in_(room_ids)))}
    if busy is None:
        busy = busy_between(
            session, min(u.taken_from for u in uses), max(u.taken_until for u in uses),
            room_ids=room_ids, instructor_ids={u.instructor_id for u in uses if u.instructor_id is not None},
        )  # fmt: skip
    by_day: dict[date, list[Busy]] = {}
    for b in busy:
        for day in {b.taken_from.date(), b.taken_until.date()}:
            by_day.setdefault(day, []).append(b)
    # The plan's own uses that may meet, found by the days their room time touches (a term's 60 sessions would
    # otherwise each be compared with every other).
    spans = [(u.taken_from, u.taken_until) for u in uses]
    uses_by_day: dict[date, list[int]] = {}
    for index, (taken_from, taken_until) in enumerate(spans):
        for day in {taken_from.date(), taken_until.date()}:
            uses_by_day.setdefault(day, []).append(index)

    def planned_near(index: int) -> set[int]:
        taken_from, taken_until = spans[index]
        near = {i for day in {taken_from.date(), taken_until.date()} for i in uses_by_day.get(day, ())}
        near.discard(index)
        return near

    found: list[list[Clash]] = []
    for index, use in enumerate(uses):
        clashes: list[Clash] = []
        room_problem = _room_clash(use, rooms.get(use.room_id), need)
        if room_problem is not None:
            clashes.append(Clash(room_problem))
        seen: set[tuple[str, int]] = set()
        for b in by_day.get(use.starts_at.date(), ()):
            key = (b.kind, b.item_id)
            if key in use.ignore or key in seen:
                continue
            seen.add(key)
            if b.room_id == use.room_id and _overlaps(use.taken_from, use.taken_until, b.taken_from, b.taken_until):
                clashes.append(Clash("room_taken", b))
            elif (
                use.instructor_id is not None
                and b.instructor_id == use.instructor_id
                and _overlaps(use.starts_at, use.ends_at, b.starts_at, b.ends_at)
            ):
                clashes.append(Clash("instructor_busy", b))
        for other_index in sorted(planned_near(index)):
            other = uses[other_index]
            if other.room_id == use.room_id and _overlaps(
                spans[index][0], spans[index][1], spans[other_index][0], spans[other_index][1]
            ):
                clashes.append(Clash("room_taken", planned=other_index))
            elif (
                use.instructor_id is not None
                and other.instructor_id == use.instructor_id
                and _overlaps(use.starts_at, use.ends_at, other.starts_at, other.ends_at)
            ):
                clashes.append(Clash("instructor_busy", planned=other_index))
        found.append(clashes)
    return found


def alternatives(session: Session, use: Use, *, need: int | None = None) -> Alternatives:
    """Other rooms free for the whole of ``use`` (big enough, by name), and the next start in its own room — in
    quarter hours, within the room's hours, for a fortnight — with nothing in the way."""
    candidates = session.scalars(
        select(Room).where(Room.active.is_(True), Room.id != use.room_id).order_by(Room.capacity, Room.name)
    ).all()
    busy = busy_between(
        session, use.taken_from, use.taken_until, room_ids={r.id for r in candidates},
        instructor_ids={use.instructor_id} if use.instructor_id is not None else None,
    )  # fmt: skip
    free_rooms: list[str] = []
    for room in candidates:
        moved = use.moved(use.starts_at, room.id)
        if not clashes_of(session, [moved], need=need, busy=busy)[0]:
            free_rooms.append(room.name)
    room = session.get(Room, use.room_id)
    if room is None or not room.active:
        return Alternatives(tuple(free_rooms), None)
    horizon = use.starts_at + timedelta(days=LOOK_AHEAD_DAYS)
    ahead = busy_between(
        session, use.taken_from, horizon + timedelta(days=1), room_ids={use.room_id},
        instructor_ids={use.instructor_id} if use.instructor_id is not None else None,
    )  # fmt: skip
    opens, closes = room.opens or DAY_OPENS, room.closes or DAY_CLOSES
    start = use.starts_at + STEP
    while start < horizon:
        day_open = datetime.combine(start.date(), opens) + timedelta(minutes=use.setup_min)
        start = max(start, day_open)
        moved = use.moved(start)
        if moved.taken_until > datetime.combine(start.date(), closes):
            start = datetime.combine(start.date() + timedelta(days=1), opens) + timedelta(minutes=use.setup_min)
            continue
        if not clashes_of(session, [moved], need=need, busy=ahead)[0]:
            return Alternatives(tuple(free_rooms), start)
        start += STEP
    return Alternatives(tuple(free_rooms), None)


def busy_params(other: Busy) -> dict[str, object]:
    """What a refusal says of the use in the way: what, where, when (its room time too) and who."""
    return {
        "kind": other.kind,
        "title": other.title,
        "other_room": other.room_name,
        "other_starts_at": other.starts_at,
        "other_ends_at": other.ends_at,
        "taken_from": other.taken_from,
        "taken_until": other.taken_until,
        "who": other.who or "",
    }


def clash_params(session: Session, use: Use, clash: Clash, *, need: int | None = None) -> dict[str, object]:
    """What a refusal says: the room, the use in the way (what, when, who) and the alternatives."""
    room = session.get(Room, use.room_id)
    params: dict[str, object] = {
        "room": room.name if room else "",
        "starts_at": use.starts_at,
        "ends_at": use.ends_at,
    }
    if room is not None:
        params |= {"capacity": room.capacity, "opens": room.opens or DAY_OPENS, "closes": room.closes or DAY_CLOSES}
    if need is not None:
        params["need"] = need
    if clash.other is not None:
        params |= busy_params(clash.other)
    if clash.code == "instructor_busy" and use.instructor_id is not None:
        person = session.get(PartnerPerson, use.instructor_id)
        params["instructor"] = person.name if person else ""
    if clash.code in {"room_taken", "instructor_busy", "room_outside_hours", "room_too_small"}:
        offered = alternatives(session, use, need=need)
        params |= {"free_rooms": list(offered.rooms), "next_free": offered.next_free}
    return params


def refuse_clash(session: Session, use: Use, *, need: int | None = None) -> None:
    """Raise the first clash of ``use`` as a RuleViolation with its explanation and alternatives (see
    :func:`clash_params`); nothing in the way: return."""
    clashes = clashes_of(session, [use], need=need)[0]
    if clashes:
        clash = clashes[0]
        raise RuleViolation(clash.code, clash_params(session, use, clash, need=need))


# -- uses of existing rows ------------------------------------------------------------------------------------------


def use_of_session(session: Session, cs: ClassSession, course: Course | None = None) -> Use:
    course = course or session.get(Course, cs.course_id)
    assert course is not None
    return Use(cs.room_id, cs.starts_at, cs.ends_at, course.setup_min, course.cleanup_min, cs.instructor_id,
               frozenset({(SESSION, cs.id)}))  # fmt: skip


def use_of_booking(booking: RoomBooking) -> Use:
    return Use(booking.room_id, booking.starts_at, booking.ends_at, booking.setup_min, booking.cleanup_min,
               booking.person_id, frozenset({(BOOKING, booking.id)}))  # fmt: skip


def move_session_in(
    session: Session, cs: ClassSession, *, starts_at: datetime, room_id: int | None, actor: Actor, now: datetime,
    note: str | None = None,
) -> ClassSession:  # fmt: skip
    """调课: the session to ``starts_at`` (and ``room_id``), as long as before, refused if anything is in the way.
    Inside the caller's write transaction; audited as ``class.session_move``."""
    if cs.status != SessionStatus.SCHEDULED:
        raise RuleViolation("session_cancelled")
    course = session.get(Course, cs.course_id)
    assert course is not None
    use = use_of_session(session, cs, course).moved(starts_at, room_id)
    refuse_clash(session, use, need=course.capacity)
    before = {"starts_at": cs.starts_at, "room_id": cs.room_id}
    if cs.moved_from is None:
        cs.moved_from = cs.starts_at
    cs.room_id, cs.day, cs.starts_at, cs.ends_at = use.room_id, use.starts_at.date(), use.starts_at, use.ends_at
    if note is not None:
        cs.note = note
    cs.updated_at = now
    session.flush()
    audit.record(
        session, "class.session_move", at=now, actor=actor, entity_type="course", entity_id=course.id,
        details={"session_id": cs.id, "before": before, "after": {"starts_at": cs.starts_at, "room_id": cs.room_id}},
    )  # fmt: skip
    return cs


def move_booking_in(
    session: Session, booking: RoomBooking, *, starts_at: datetime, room_id: int | None, actor: Actor, now: datetime
) -> RoomBooking:
    """A booking to ``starts_at`` (and ``room_id``), as long as before, refused if anything is in the way. Inside the
    caller's write transaction; audited as ``room.booking_move``."""
    if booking.status != BookingStatus.BOOKED:
        raise RuleViolation("booking_cancelled")
    use = use_of_booking(booking).moved(starts_at, room_id)
    refuse_clash(session, use, need=booking.expected)
    before = {"starts_at": booking.starts_at, "room_id": booking.room_id}
    booking.room_id, booking.starts_at, booking.ends_at = use.room_id, use.starts_at, use.ends_at
    booking.updated_at = now
    session.flush()
    audit.record(
        session, "room.booking_move", at=now, actor=actor, entity_type="room", entity_id=booking.room_id,
        details={"booking_id": booking.id, "before": before,
                 "after": {"starts_at": booking.starts_at, "room_id": booking.room_id}},
    )  # fmt: skip
    return booking


__all__ = [
    "BOOKING",
    "SESSION",
    "Alternatives",
    "Busy",
    "Clash",
    "Use",
    "alternatives",
    "busy_between",
    "busy_params",
    "clash_params",
    "clashes_of",
    "move_booking_in",
    "move_session_in",
    "refuse_clash",
    "use_of_booking",
    "use_of_session",
]
