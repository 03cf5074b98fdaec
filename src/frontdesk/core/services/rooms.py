"""教室与预订 Rooms and their one-off bookings: a lecture, a free clinic (义诊), the elderly residents' council, an
event. Everyone at the desk reads the rooms and books them; managers edit the rooms.

A room is never double-booked: every booking made, moved or changed is checked against every class session and
booking (set-up and clean-up included) by :func:`frontdesk.core.services.room_use.refuse_clash` *inside* its write
transaction, and a refusal carries what is in the way and the alternatives (another room free then, the next free
time in this room). A room's edit that would strand what is already planned in it — a capacity below a course's or a
booking's expected attendance, hours that leave a session outside them, made inactive with uses ahead — is refused
with what is in the way (how many, and the first).

Each refusal of bad input is a :class:`RuleViolation` whose ``params["field"]`` names the input field, so the form
shows the words beside it and keeps what was typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.idnumber import mask_phone
from frontdesk.core.models import (
    BookingKind,
    BookingStatus,
    ClassSession,
    Course,
    PartnerPerson,
    Room,
    RoomBooking,
    SessionStatus,
)
from frontdesk.core.services import room_use
from frontdesk.core.services.room_use import DAY_CLOSES, DAY_OPENS, Busy, Use
from frontdesk.core.validation import clean_field, normalize_phone

NAME_MAX = 40
FLOOR_MAX = 10
EQUIPMENT_MAX = 200
ROOM_NOTES_MAX = 200
CAPACITY_MAX = 2000
TITLE_MAX = 60
ORGANISER_MAX = 60
PHONE_MAX = 20
BOOKING_NOTES_MAX = 2000
PREP_MAX = 240  # minutes of set-up or clean-up, as the schema allows
REASON_MAX = 100


@dataclass(frozen=True)
class RoomInput:
    """The room form as typed; ``room_id`` None: a new room. No hours (both None): the center's working day."""

    room_id: int | None = None
    name: str = ""
    floor: str = ""
    capacity: int = 0
    equipment: str = ""  # 镜墙、音响、书法桌
    step_free: bool = False  # 无障碍
    opens: time | None = None
    closes: time | None = None
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class RoomRow:
    room_id: int
    name: str
    floor: str
    capacity: int
    equipment: str
    step_free: bool
    opens: time | None
    closes: time | None
    notes: str
    active: bool

    def as_input(self) -> RoomInput:
        """The values to fill the form for editing."""
        return RoomInput(**{f.name: getattr(self, f.name) for f in fields(RoomInput)})


@dataclass(frozen=True)
class BookingInput:
    """The booking form as typed. The room is taken from ``starts_at - setup_min`` to ``ends_at + cleanup_min``;
    ``person_id`` (a partner's person, e.g. the lecturer) is then taken too."""

    room_id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    kind: str = BookingKind.OTHER.value
    organiser: str = ""
    partner_id: int | None = None
    person_id: int | None = None
    contact_phone: str = ""
    expected: int | None = None  # expected attendance
    setup_min: int = 0
    cleanup_min: int = 0
    notes: str = ""


@dataclass(frozen=True)
class BookingRow:
    booking_id: int
    room_id: int
    room_name: str
    title: str
    kind: BookingKind
    organiser: str
    partner_id: int | None
    person_id: int | None
    contact_phone: str
    expected: int | None
    starts_at: datetime
    ends_at: datetime
    setup_min: int
    cleanup_min: int
    notes: str
    status: BookingStatus
    cancel_reason: str

    @property
    def taken_from(self) -> datetime:
        return self.starts_at - timedelta(minutes=self.setup_min)

    @property
    def taken_until(self) -> datetime:
        return self.ends_at + timedelta(minutes=self.cleanup_min)

    def as_input(self) -> BookingInput:
        return BookingInput(**{f.name: getattr(self, f.name) for f in fields(BookingInput) if f.name != "kind"},
                            kind=str(self.kind))  # fmt: skip


# -- checking input -------------------------------------------------------------------------------------------------


def validate_room(data: RoomInput) -> RoomInput:
    """The input cleaned, or the first problem (in the form's order) refused with its field."""
    name = clean_field(data.name)
    if not name:
        raise RuleViolation("required", {"field": "name"})
    _limited("name", name, NAME_MAX)
    floor = _limited("floor", clean_field(data.floor), FLOOR_MAX)
    if not isinstance(data.capacity, int) or not 1 <= data.capacity <= CAPACITY_MAX:
        raise RuleViolation("capacity_out_of_range", {"field": "capacity", "minimum": 1, "maximum": CAPACITY_MAX})
    equipment = _limited("equipment", clean_field(data.equipment), EQUIPMENT_MAX)
    if (data.opens is None) != (data.closes is None):
        raise RuleViolation("hours_together", {"field": "opens" if data.opens is None else "closes"})
    if data.opens is not None and data.closes is not None and data.closes <= data.opens:
        raise RuleViolation("closes_before_opens", {"field": "closes"})
    notes = _limited("notes", clean_field(data.notes), ROOM_NOTES_MAX)
    return RoomInput(data.room_id, name, floor, data.capacity, equipment, bool(data.step_free), data.opens,
                     data.closes, notes, bool(data.active))  # fmt: skip


def validate_booking(data: BookingInput) -> BookingInput:
    title = clean_field(data.title)
    if not title:
        raise RuleViolation("required", {"field": "title"})
    _limited("title", title, TITLE_MAX)
    if data.kind not in {k.value for k in BookingKind}:
        raise RuleViolation("invalid_choice", {"field": "kind"})
    organiser = clean_field(data.organiser)
    if not organiser:
        raise RuleViolation("required", {"field": "organiser"})
    _limited("organiser", organiser, ORGANISER_MAX)
    phone = clean_field(data.contact_phone)
    if phone:
        try:
            phone = normalize_phone(phone)
        except ValueError:
            raise RuleViolation("phone_format", {"field": "contact_phone"}) from None
    if data.expected is not None and not 1 <= data.expected <= CAPACITY_MAX:
        raise RuleViolation("expected_out_of_range", {"field": "expected", "minimum": 1, "maximum": CAPACITY_MAX})
    if data.ends_at <= data.starts_at:
        raise RuleViolation("ends_before_starts", {"field": "ends_at"})
    if data.ends_at.date() != data.starts_at.date():
        raise RuleViolation("booking_spans_days", {"field": "ends_at"})
    for name in ("setup_min", "cleanup_min"):
        value = getattr(data, name)
        if not isinstance(value, int) or not 0 <= value <= PREP_MAX:
            raise RuleViolation("prep_out_of_range", {"field": name, "minimum": 0, "maximum": PREP_MAX})
    notes = _limited("notes", clean_field(data.notes, multiline=True), BOOKING_NOTES_MAX)
    return BookingInput(data.room_id, title, data.starts_at.replace(second=0, microsecond=0),
                        data.ends_at.replace(second=0, microsecond=0), data.kind, organiser, data.partner_id,
                        data.person_id, phone, data.expected, data.setup_min, data.cleanup_min, notes)  # fmt: skip


def _limited(field: str, value: str, most: int) -> str:
    if len(value) > most:
        raise RuleViolation("too_long", {"field": field, "max": most})
    return value


def _reason(reason: str) -> str:
    text = clean_field(reason)
    if not text:
        raise RuleViolation("cancel_reason_missing", {"field": "reason"})
    if len(text) > REASON_MAX:
        raise RuleViolation("cancel_reason_too_long", {"field": "reason", "max": REASON_MAX})
    return text


_ROOM_COLUMNS = tuple(f.name for f in fields(RoomInput) if f.name != "room_id")
_BOOKING_COLUMNS = tuple(f.name for f in fields(BookingInput))
_BLANK_BOOKING = BookingInput(0, "", datetime.min, datetime.min)
_PLACING = frozenset({"room_id", "starts_at", "ends_at", "setup_min", "cleanup_min", "expected", "person_id"})


def _shown(values: dict[str, Any]) -> dict[str, Any]:
    """Values as the audit log keeps them: phones masked, times as text."""
    return audit.masked({k: mask_phone(v) if k == "contact_phone" and v else v for k, v in values.items()})


class RoomService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # -- the rooms -----------------------------------------------------------------------------------------------
    @guarded(Permission.FRONT_DESK)
    def rooms(self, *, actor: Actor, include_inactive: bool = False) -> list[RoomRow]:
        """The rooms by floor and name (active ones only unless asked)."""
        with self._db.read() as session:
            query = select(Room).order_by(Room.floor, Room.name)
            if not include_inactive:
                query = query.where(Room.active.is_(True))
            return [_room_row(room) for room in session.scalars(query)]

    @guarded(Permission.SETTINGS)
    def save_room(self, data: RoomInput, *, actor: Actor) -> int:
        """Add a room (``room_id`` None) or save what changed of one (nothing changed: no entry). Audited
        ``room.save``."""
        clean = validate_room(data)
        now = self._clock().replace(microsecond=0)

        def work(session: Session) -> int:
            _name_free(session, clean.name, clean.room_id)
            after = {name: getattr(clean, name) for name in _ROOM_COLUMNS}
            if clean.room_id is None:
                room = Room(**{k: v if v != "" else None for k, v in after.items()})
                session.add(room)
                _flush_named(session)
                audit.record(session, "room.save", at=now, actor=actor, entity_type="room", entity_id=room.id,
                             details={"name": room.name, "after": audit.masked(after)})  # fmt: skip
                return room.id
            room = _room(session, clean.room_id)
            before = _stored(room, _ROOM_COLUMNS, RoomInput())
            changed = {k: v for k, v in after.items() if before[k] != v}
            if not changed:
                return room.id
            _refuse_stranding(session, room, clean, now)
            for key, value in changed.items():
                setattr(room, key, value if value != "" else None)
            _flush_named(session)
            details = {"name": room.name, "before": audit.masked({k: before[k] for k in changed}),
                       "after": audit.masked(changed)}  # fmt: skip
            audit.record(session, "room.save", at=now, actor=actor, entity_type="room", entity_id=room.id,
                         details=details)  # fmt: skip
            return room.id

        return self._db.run_write(work)

    # -- the bookings --------------------------------------------------------------------------------------------
    @guarded(Permission.FRONT_DESK)
    def bookings(
        self, first: date, last: date, *, actor: Actor, room_id: int | None = None, include_cancelled: bool = False
    ) -> list[BookingRow]:
        """The bookings starting from ``first`` to ``last`` (both days included), by start and room."""
        with self._db.read() as session:
            query = (
                select(RoomBooking, Room.name)
                .join(Room, Room.id == RoomBooking.room_id)
                .where(
                    RoomBooking.starts_at >= datetime.combine(first, time()),
                    RoomBooking.starts_at < datetime.combine(last + timedelta(days=1), time()),
                )
                .order_by(RoomBooking.starts_at, Room.name, RoomBooking.id)
            )
            if room_id is not None:
                query = query.where(RoomBooking.room_id == room_id)
            if not include_cancelled:
                query = query.where(RoomBooking.status == BookingStatus.BOOKED)
            return [_booking_row(b, name) for b, name in session.execute(query)]

    @guarded(Permission.FRONT_DESK)
    def booking(self, booking_id: int, *, actor: Actor) -> BookingRow:
        with self._db.read() as session:
            booking = _booking(session, booking_id)
            return _booking_row(booking, _room(session, booking.room_id).name)

    @guarded(Permission.FRONT_DESK)
    def free_rooms(
        self, starts_at: datetime, ends_at: datetime, *, need: int | None = None, setup_min: int = 0,
        cleanup_min: int = 0, actor: Actor,
    ) -> list[RoomRow]:  # fmt: skip
        """The active rooms free for the whole use (set-up and clean-up included), open then and big enough: what
        the booking form offers. By capacity, then name."""
        with self._db.read() as session:
            rooms = list(session.scalars(select(Room).where(Room.active.is_(True)).order_by(Room.capacity, Room.name)))
            if not rooms or ends_at <= starts_at:
                return []
            uses = [Use(r.id, starts_at, ends_at, setup_min, cleanup_min) for r in rooms]
            busy = room_use.busy_between(
                session, uses[0].taken_from, uses[0].taken_until, room_ids={r.id for r in rooms}
            )
            free = [r for r, use in zip(rooms, uses, strict=True)
                    if not room_use.clashes_of(session, [use], need=need, busy=busy)[0]]  # fmt: skip
            return [_room_row(r) for r in free]

    @guarded(Permission.FRONT_DESK)
    def book(self, data: BookingInput, *, actor: Actor) -> int:
        """预订教室: refused with what is in the way and the alternatives if the room is taken (set-up included),
        closed then, too small, not in use, or the person named is elsewhere. Audited ``room.book``."""
        clean = validate_booking(data)
        now = self._clock().replace(microsecond=0)
        _not_past(clean.starts_at, now)

        def work(session: Session) -> int:
            _room(session, clean.room_id)
            partner_id = _partner_of(session, clean)
            use = Use(
                clean.room_id, clean.starts_at, clean.ends_at, clean.setup_min, clean.cleanup_min, clean.person_id
            )
            room_use.refuse_clash(session, use, need=clean.expected)
            values = {name: getattr(clean, name) for name in _BOOKING_COLUMNS} | {"partner_id": partner_id}
            booking = RoomBooking(**{k: v if v != "" else None for k, v in values.items()}, created_at=now,
                                  updated_at=now, created_by_id=actor.audit_staff_id)  # fmt: skip
            session.add(booking)
            session.flush()
            details = {"booking_id": booking.id} | _shown({k: v for k, v in values.items() if v not in ("", None)})
            audit.record(session, "room.book", at=now, actor=actor, entity_type="room", entity_id=clean.room_id,
                         details=details)  # fmt: skip
            return booking.id

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def move(self, booking_id: int, *, starts_at: datetime, room_id: int | None = None, actor: Actor) -> BookingRow:
        """改时间: the booking to ``starts_at`` (and ``room_id``), as long as before; refused like :meth:`book`.
        Audited ``room.booking_move``."""
        now = self._clock().replace(microsecond=0)
        starts_at = starts_at.replace(second=0, microsecond=0)
        _not_past(starts_at, now)

        def work(session: Session) -> int:
            booking = _booking(session, booking_id)
            length = booking.ends_at - booking.starts_at
            if (starts_at + length).date() != starts_at.date():
                raise RuleViolation("booking_spans_days", {"field": "starts_at"})
            if room_id is not None:
                _room(session, room_id)
            room_use.move_booking_in(session, booking, starts_at=starts_at, room_id=room_id, actor=actor, now=now)
            return booking.id

        return self.booking(self._db.run_write(work), actor=actor)

    @guarded(Permission.FRONT_DESK)
    def edit(self, booking_id: int, data: BookingInput, *, actor: Actor) -> BookingRow:
        """Save what changed of a booking; a change of room, times, set-up, clean-up, attendance or person is
        checked again (the booking itself is not in its own way). Audited ``room.booking_edit``."""
        clean = validate_booking(data)
        now = self._clock().replace(microsecond=0)

        def work(session: Session) -> int:
            booking = _booking(session, booking_id)
            if booking.status != BookingStatus.BOOKED:
                raise RuleViolation("booking_cancelled")
            partner_id = _partner_of(session, clean)
            after = {name: getattr(clean, name) for name in _BOOKING_COLUMNS} | {"partner_id": partner_id}
            before = _stored(booking, _BOOKING_COLUMNS, _BLANK_BOOKING)
            changed = {k: v for k, v in after.items() if before[k] != v}
            if not changed:
                return booking.id
            if changed.keys() & _PLACING:
                if "starts_at" in changed:
                    _not_past(clean.starts_at, now)
                _room(session, clean.room_id)
                use = Use(clean.room_id, clean.starts_at, clean.ends_at, clean.setup_min, clean.cleanup_min,
                          clean.person_id, frozenset({(room_use.BOOKING, booking.id)}))  # fmt: skip
                room_use.refuse_clash(session, use, need=clean.expected)
            for key, value in changed.items():
                setattr(booking, key, value if value != "" else None)
            booking.updated_at = now
            session.flush()
            details = {"booking_id": booking.id, "title": booking.title,
                       "before": _shown({k: before[k] for k in changed}), "after": _shown(changed)}  # fmt: skip
            audit.record(session, "room.booking_edit", at=now, actor=actor, entity_type="room",
                         entity_id=booking.room_id, details=details)  # fmt: skip
            return booking.id

        return self.booking(self._db.run_write(work), actor=actor)

    @guarded(Permission.FRONT_DESK)
    def cancel(self, booking_id: int, reason: str, *, actor: Actor) -> BookingRow:
        """取消预订, with a reason (at most 100 characters). Audited ``room.booking_cancel``."""
        text = _reason(reason)
        now = self._clock().replace(microsecond=0)

        def work(session: Session) -> int:
            booking = _booking(session, booking_id)
            if booking.status != BookingStatus.BOOKED:
                raise RuleViolation("booking_cancelled")
            booking.status = BookingStatus.CANCELLED
            booking.cancel_reason = text
            booking.updated_at = now
            session.flush()
            details = {"booking_id": booking.id, "title": booking.title, "starts_at": booking.starts_at,
                       "reason": text}  # fmt: skip
            audit.record(session, "room.booking_cancel", at=now, actor=actor, entity_type="room",
                         entity_id=booking.room_id, details=audit.masked(details))  # fmt: skip
            return booking.id

        return self.booking(self._db.run_write(work), actor=actor)


# -- helpers ----------------------------------------------------------------------------------------------------------


def _stored(row: Room | RoomBooking, columns: Sequence[str], blank: RoomInput | BookingInput) -> dict[str, Any]:
    """A row's values under the input's names, as the input holds them: no text is "", enums as their text."""
    values: dict[str, Any] = {}
    for name in columns:
        value = getattr(row, name)
        if value is None and getattr(blank, name) == "":
            value = ""
        values[name] = str(value) if isinstance(value, BookingKind) else value
    return values


def _room(session: Session, room_id: int) -> Room:
    room = session.get(Room, room_id)
    if room is None:
        raise RuleViolation("room_not_found", {"field": "room_id"})
    return room


def _booking(session: Session, booking_id: int) -> RoomBooking:
    booking = session.get(RoomBooking, booking_id)
    if booking is None:
        raise RuleViolation("booking_not_found")
    return booking


def _not_past(starts_at: datetime, now: datetime) -> None:
    if starts_at < now:
        raise RuleViolation("booking_in_past", {"field": "starts_at"})


def _partner_of(session: Session, data: BookingInput) -> int | None:
    """The partner the booking names: as given, else the person's."""
    if data.person_id is None:
        return data.partner_id
    person = session.get(PartnerPerson, data.person_id)
    if person is None:
        raise RuleViolation("person_not_found", {"field": "person_id"})
    return data.partner_id if data.partner_id is not None else person.partner_id


def _name_free(session: Session, name: str, room_id: int | None) -> None:
    query = select(Room.id).where(Room.name == name)
    if room_id is not None:
        query = query.where(Room.id != room_id)
    if session.scalar(query) is not None:
        raise RuleViolation("room_name_taken", {"field": "name", "name": name})


def _flush_named(session: Session) -> None:
    """Two managers naming a room at once: the loser's unique name is refused in words, not as a crash."""
    try:
        session.flush()
    except IntegrityError as exc:
        raise RuleViolation("room_name_taken", {"field": "name"}) from exc


def _ahead(session: Session, room: Room, now: datetime) -> list[Busy]:
    """The sessions and bookings of ``room`` not over yet (clean-up included), by start."""
    last = max(
        session.scalar(select(func.max(ClassSession.ends_at)).where(ClassSession.room_id == room.id)) or now,
        session.scalar(select(func.max(RoomBooking.ends_at)).where(RoomBooking.room_id == room.id)) or now,
    )
    if last < now:
        return []
    found = room_use.busy_between(session, now, last + room_use.MAX_PREP, room_ids={room.id})
    return [b for b in found if b.room_id == room.id and b.taken_until > now]


def _in_the_way(code: str, field: str, items: Sequence[Busy], **extra: object) -> RuleViolation:
    first = items[0]
    return RuleViolation(code, {"field": field, "count": len(items), "kind": first.kind, "title": first.title,
                                "starts_at": first.starts_at, "ends_at": first.ends_at, **extra})  # fmt: skip


def _refuse_stranding(session: Session, room: Room, new: RoomInput, now: datetime) -> None:
    """An edit that would leave what is planned in the room stranded is refused, saying what is in the way."""
    ahead = _ahead(session, room, now)
    if room.active and not new.active and ahead:
        raise _in_the_way("room_in_use", "active", ahead)
    if new.capacity < room.capacity:
        too_big = [b for b in ahead if b.expected is not None and b.expected > new.capacity]
        if too_big:
            raise _in_the_way("room_capacity_in_use", "capacity", too_big,
                              need=max(b.expected or 0 for b in too_big))  # fmt: skip
        course = session.execute(
            select(Course.title, Course.capacity)
            .where(
                Course.room_id == room.id,
                Course.active.is_(True),
                Course.capacity > new.capacity,
                or_(
                    ~exists().where(ClassSession.course_id == Course.id),
                    exists().where(
                        ClassSession.course_id == Course.id,
                        ClassSession.status == SessionStatus.SCHEDULED,
                        ClassSession.ends_at > now,
                    ),
                ),
            )
            .order_by(Course.capacity.desc(), Course.title)
        ).all()
        if course:
            raise RuleViolation("room_capacity_in_use", {
                "field": "capacity", "count": len(course), "kind": "course", "title": course[0][0],
                "need": course[0][1],
            })  # fmt: skip
    if (new.opens, new.closes) != (room.opens, room.closes):
        opens, closes = new.opens or DAY_OPENS, new.closes or DAY_CLOSES
        outside = [
            b for b in ahead
            if b.taken_from < datetime.combine(b.starts_at.date(), opens)
            or b.taken_until > datetime.combine(b.starts_at.date(), closes)
        ]  # fmt: skip
        if outside:
            raise _in_the_way("room_hours_in_use", "opens", outside, opens=opens, closes=closes)


def _room_row(room: Room) -> RoomRow:
    return RoomRow(room.id, room.name, room.floor or "", room.capacity, room.equipment or "", bool(room.step_free),
                   room.opens, room.closes, room.notes or "", bool(room.active))  # fmt: skip


def _booking_row(b: RoomBooking, room_name: str) -> BookingRow:
    return BookingRow(
        b.id, b.room_id, room_name, b.title, BookingKind(b.kind), b.organiser, b.partner_id, b.person_id,
        b.contact_phone or "", b.expected, b.starts_at, b.ends_at, b.setup_min, b.cleanup_min, b.notes or "",
        BookingStatus(b.status), b.cancel_reason or "",
    )  # fmt: skip


__all__ = [
    "BookingInput",
    "BookingRow",
    "RoomInput",
    "RoomRow",
    "RoomService",
    "validate_booking",
    "validate_room",
]
