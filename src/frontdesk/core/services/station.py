"""康养服务站 at the counter: the station's queue (叫号), walk-ins (现场) and the waiting list (候补).

The queue is the day's: numbered from 1 (the number is read as max + 1 inside the write transaction, as a visit's
排队号 is, and the ``(day, number)`` unique constraint guards it). A resident with an appointment joins it at check-in
(:mod:`frontdesk.core.services.appointment_agenda`); a walk-in joins it here, taking the slot under way if it has room.
The nurse's 下一位 calls the first one waiting; their appointment goes in service, then completed when they are done.

The waiting list is for a service on a day that is full: in order of joining, one entry a resident, service and day.
When a place is freed (a cancel), :meth:`StationService.offers_for` says whom to offer it; the desk rings them (or
tells them at check-in: the offer shows on their card) and books the place when they take it — through the same
:func:`~frontdesk.core.services.appointments.book_in` rules, so a place someone else took meanwhile is refused.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    Appointment,
    AppointmentStatus,
    CareService,
    QueueStatus,
    Resident,
    StationQueueEntry,
    Visit,
    WaitlistEntry,
    WaitStatus,
)
from frontdesk.core.services.appointments import (
    MAX_DAYS_AHEAD,
    AppointmentRow,
    FreeSlot,
    book_in,
    bookable_resident,
    bookable_service,
    find_slot,
    free_slots_in,
    resident_overlap,
    row_of,
    slots_on,
    step_appointment,
    taken_counts,
)

log = logging.getLogger(__name__)

NOTE_MAX = 100
OPEN_QUEUE = (QueueStatus.WAITING, QueueStatus.CALLED)  # still at the station
OPEN_WAIT = (WaitStatus.WAITING, WaitStatus.OFFERED)  # still on the waiting list


@dataclass(frozen=True)
class QueueRow:
    """One place in the station's queue (叫号)."""

    entry_id: int
    number: int  # 排队号 of the station, per day from 1
    resident_id: int
    resident_name: str
    service_id: int
    service_name: str
    appointment_id: int | None  # None: a walk-in who found the slot full
    joined_at: datetime
    called_at: datetime | None
    status: QueueStatus


@dataclass(frozen=True)
class WalkInResult:
    appointment: AppointmentRow | None  # the slot under way, if it had room
    queue: QueueRow
    took_slot: bool


@dataclass(frozen=True)
class WaitRow:
    """One entry of the waiting list (候补). ``position``: its place among the open entries (waiting or offered) of
    its service and day, from 1; 0 once it is booked or withdrawn."""

    entry_id: int
    position: int
    resident_id: int
    resident_name: str
    service_id: int
    service_name: str
    day: date
    status: WaitStatus
    offered_starts_at: datetime | None
    offered_person_id: int | None
    joined_at: datetime


@dataclass(frozen=True)
class WaitOffer:
    """Whom to offer a freed place: the first waiting for that service and day."""

    entry: WaitRow
    slot: FreeSlot


# -- inside a session ---------------------------------------------------------------------------------------------


def next_queue_number(session: Session, day: date) -> int:
    return (session.scalar(select(func.max(StationQueueEntry.number)).where(StationQueueEntry.day == day)) or 0) + 1


def join_queue(
    session: Session,
    *,
    resident_id: int,
    service_id: int,
    appointment_id: int | None,
    now: datetime,
    actor: Actor,
) -> StationQueueEntry:
    """Put the resident in today's station queue (numbered max + 1) and audit it as ``queue.join``."""
    entry = StationQueueEntry(
        day=now.date(),
        number=next_queue_number(session, now.date()),
        resident_id=resident_id,
        service_id=service_id,
        appointment_id=appointment_id,
        joined_at=now,
        status=QueueStatus.WAITING,
    )
    session.add(entry)
    session.flush()
    audit.record(
        session, "queue.join", at=now, actor=actor, entity_type="resident", entity_id=resident_id,
        details={"entry_id": entry.id, "number": entry.number, "service_id": service_id,
                 "appointment_id": appointment_id},
    )  # fmt: skip
    return entry


def queue_rows(session: Session, entries: Sequence[StationQueueEntry]) -> list[QueueRow]:
    if not entries:
        return []
    names = dict(
        session.execute(
            select(Resident.id, Resident.name).where(Resident.id.in_({e.resident_id for e in entries}))
        ).all()
    )
    services = dict(
        session.execute(
            select(CareService.id, CareService.name).where(CareService.id.in_({e.service_id for e in entries}))
        ).all()
    )
    return [
        QueueRow(
            entry_id=e.id,
            number=e.number,
            resident_id=e.resident_id,
            resident_name=names.get(e.resident_id, ""),
            service_id=e.service_id,
            service_name=services.get(e.service_id, ""),
            appointment_id=e.appointment_id,
            joined_at=e.joined_at,
            called_at=e.called_at,
            status=QueueStatus(e.status),
        )
        for e in entries
    ]


def wait_rows(session: Session, entries: Sequence[WaitlistEntry]) -> list[WaitRow]:
    if not entries:
        return []
    names = dict(
        session.execute(
            select(Resident.id, Resident.name).where(Resident.id.in_({e.resident_id for e in entries}))
        ).all()
    )
    services = dict(
        session.execute(
            select(CareService.id, CareService.name).where(CareService.id.in_({e.service_id for e in entries}))
        ).all()
    )
    positions: dict[int, int] = {}
    for service_id, day in {(e.service_id, e.day) for e in entries}:
        ids = session.scalars(
            select(WaitlistEntry.id)
            .where(
                WaitlistEntry.service_id == service_id, WaitlistEntry.day == day, WaitlistEntry.status.in_(OPEN_WAIT)
            )
            .order_by(WaitlistEntry.joined_at, WaitlistEntry.id)
        ).all()
        positions.update({entry_id: n for n, entry_id in enumerate(ids, start=1)})
    return [
        WaitRow(
            entry_id=e.id,
            position=positions.get(e.id, 0),
            resident_id=e.resident_id,
            resident_name=names.get(e.resident_id, ""),
            service_id=e.service_id,
            service_name=services.get(e.service_id, ""),
            day=e.day,
            status=WaitStatus(e.status),
            offered_starts_at=e.offered_starts_at,
            offered_person_id=e.offered_person_id,
            joined_at=e.joined_at,
        )
        for e in entries
    ]


def _current_start(session: Session, service: CareService, now: datetime) -> datetime | None:
    """The start of the slot under way now, else of the next one starting within a slot's length."""
    slots = slots_on(session, service, now.date())
    under_way = [s.starts_at for s in slots if s.starts_at <= now < s.ends_at]
    if under_way:
        return max(under_way)
    soon = [s.starts_at for s in slots if now < s.starts_at <= now + (s.ends_at - s.starts_at)]
    return min(soon) if soon else None


def _has_room(session: Session, service: CareService, starts_at: datetime, person_id: int | None = None) -> bool:
    counts = taken_counts(session, service.id, starts_at, starts_at + timedelta(seconds=1))
    return any(
        counts.get((slot.person_id, starts_at), 0) < slot.places
        for slot in find_slot(session, service, starts_at, person_id)
    )


def _one_more_taken(slot: FreeSlot) -> FreeSlot:
    return FreeSlot(slot.service_id, slot.person_id, slot.person_name, slot.starts_at, slot.ends_at, slot.places,
                    slot.taken + 1, slot.session)  # fmt: skip


def _queue_entry(session: Session, entry_id: int) -> StationQueueEntry:
    entry = session.get(StationQueueEntry, entry_id)
    if entry is None:
        raise RuleViolation("queue_entry_not_found")
    return entry


def _open_queue_entry(session: Session, entry_id: int) -> StationQueueEntry:
    entry = _queue_entry(session, entry_id)
    if QueueStatus(entry.status) not in OPEN_QUEUE:
        raise RuleViolation("queue_entry_closed", {"status": str(entry.status), "number": entry.number})
    return entry


def _wait_entry(session: Session, entry_id: int, allowed: Sequence[WaitStatus]) -> WaitlistEntry:
    entry = session.get(WaitlistEntry, entry_id)
    if entry is None:
        raise RuleViolation("waitlist_entry_not_found")
    if WaitStatus(entry.status) not in allowed:
        raise RuleViolation("waitlist_entry_closed", {"status": str(entry.status)})
    return entry


# -- the service ------------------------------------------------------------------------------------------------


class StationService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)

    # -- 叫号 the queue ----------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def walk_in(self, resident_id: int, service_id: int, *, actor: Actor) -> WalkInResult:
        """现场: the resident takes the slot under way (or the one about to start) if it has room — an appointment
        already arrived — and joins the station's queue; with the slot full they join the queue without one.
        Refused for a resident already waiting in today's queue (``already_in_queue``) or holding an appointment
        that overlaps (``appointment_overlap``)."""
        now = self._now()

        def work(session: Session) -> WalkInResult:
            resident = bookable_resident(session, resident_id)
            service = bookable_service(session, service_id)
            waiting = session.scalars(
                select(StationQueueEntry).where(
                    StationQueueEntry.day == now.date(),
                    StationQueueEntry.resident_id == resident.id,
                    StationQueueEntry.status.in_(OPEN_QUEUE),
                )
            ).first()
            if waiting is not None:
                raise RuleViolation("already_in_queue", {"name": resident.name, "number": waiting.number})
            starts_at = _current_start(session, service, now)
            appointment: Appointment | None = None
            if starts_at is not None and _has_room(session, service, starts_at):
                appointment = book_in(
                    session, resident=resident, service=service, starts_at=starts_at, person_id=None, actor=actor,
                    now=now, walk_in=True, status=AppointmentStatus.ARRIVED, audit_it=False,
                )  # fmt: skip
                appointment.visit_id = session.scalar(
                    select(Visit.id).where(Visit.resident_id == resident.id, Visit.checked_out_at.is_(None))
                )
                audit.record(
                    session, "appointment.walk_in", at=now, actor=actor, entity_type="resident",
                    entity_id=resident.id,
                    details={"appointment_id": appointment.id, "service": service.name,
                             "starts_at": appointment.starts_at, "person_id": appointment.person_id},
                )  # fmt: skip
            else:
                clash = resident_overlap(session, resident.id, now, now + timedelta(minutes=service.duration_min))
                if clash is not None:
                    raise RuleViolation(
                        "appointment_overlap",
                        {"name": resident.name, "at": clash.starts_at, "appointment_id": clash.id},
                    )
            entry = join_queue(
                session, resident_id=resident.id, service_id=service.id,
                appointment_id=appointment.id if appointment is not None else None, now=now, actor=actor,
            )  # fmt: skip
            return WalkInResult(
                appointment=row_of(session, appointment) if appointment is not None else None,
                queue=queue_rows(session, [entry])[0],
                took_slot=appointment is not None,
            )

        result = self._db.run_write(work)
        log.info("walk-in resident=%s service=%s slot=%s", resident_id, service_id, result.took_slot)
        return result

    @guarded(Permission.FRONT_DESK)
    def queue(self, *, actor: Actor, day: date | None = None, service_id: int | None = None) -> list[QueueRow]:
        """The day's (today's) queue, every status, by number."""
        day = day or self._now().date()
        with self._db.read() as session:
            statement = select(StationQueueEntry).where(StationQueueEntry.day == day)
            if service_id is not None:
                statement = statement.where(StationQueueEntry.service_id == service_id)
            return queue_rows(session, session.scalars(statement.order_by(StationQueueEntry.number)).all())

    @guarded(Permission.FRONT_DESK)
    def call_next(self, *, actor: Actor, service_id: int | None = None) -> QueueRow | None:
        """下一位: the first waiting today (of ``service_id``) is called and their appointment goes in service.
        ``None`` when nobody is waiting."""
        now = self._now()

        def work(session: Session) -> QueueRow | None:
            statement = select(StationQueueEntry).where(
                StationQueueEntry.day == now.date(), StationQueueEntry.status == QueueStatus.WAITING
            )
            if service_id is not None:
                statement = statement.where(StationQueueEntry.service_id == service_id)
            entry = session.scalars(statement.order_by(StationQueueEntry.number).limit(1)).first()
            if entry is None:
                return None
            entry.status = QueueStatus.CALLED
            entry.called_at = now
            started = False
            if entry.appointment_id is not None:
                appointment = session.get(Appointment, entry.appointment_id)
                if appointment is not None:
                    started = step_appointment(appointment, AppointmentStatus.IN_SERVICE, now)
            audit.record(
                session, "queue.call", at=now, actor=actor, entity_type="resident", entity_id=entry.resident_id,
                details={"entry_id": entry.id, "number": entry.number, "appointment_id": entry.appointment_id,
                         "in_service": started},
            )  # fmt: skip
            return queue_rows(session, [entry])[0]

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def finish(self, entry_id: int, *, actor: Actor) -> QueueRow:
        """Served: the entry is done and its appointment completed."""
        now = self._now()

        def work(session: Session) -> QueueRow:
            entry = _open_queue_entry(session, entry_id)
            entry.status = QueueStatus.DONE
            entry.done_at = now
            entry.called_at = entry.called_at or now
            completed = False
            if entry.appointment_id is not None:
                appointment = session.get(Appointment, entry.appointment_id)
                if appointment is not None:
                    completed = step_appointment(appointment, AppointmentStatus.COMPLETED, now)
            audit.record(
                session, "queue.finish", at=now, actor=actor, entity_type="resident", entity_id=entry.resident_id,
                details={"entry_id": entry.id, "number": entry.number, "appointment_id": entry.appointment_id,
                         "completed": completed},
            )  # fmt: skip
            return queue_rows(session, [entry])[0]

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def left(self, entry_id: int, *, actor: Actor) -> QueueRow:
        """离开: the resident gave up waiting (an appointment in service goes back to arrived)."""
        now = self._now()

        def work(session: Session) -> QueueRow:
            entry = _open_queue_entry(session, entry_id)
            entry.status = QueueStatus.LEFT
            entry.done_at = now
            if entry.appointment_id is not None:
                appointment = session.get(Appointment, entry.appointment_id)
                if appointment is not None and appointment.status == AppointmentStatus.IN_SERVICE:
                    step_appointment(appointment, AppointmentStatus.ARRIVED, now)
            audit.record(
                session, "queue.left", at=now, actor=actor, entity_type="resident", entity_id=entry.resident_id,
                details={"entry_id": entry.id, "number": entry.number, "appointment_id": entry.appointment_id},
            )  # fmt: skip
            return queue_rows(session, [entry])[0]

        return self._db.run_write(work)

    # -- 候补 the waiting list ----------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def join_waitlist(
        self, resident_id: int, service_id: int, day: date, *, actor: Actor, note: str | None = None
    ) -> WaitRow:
        """候补 for ``day``: refused while the day still has free places (``places_free``: book one), for a day the
        station does not serve or that is over, and twice for the same resident, service and day."""
        note = " ".join((note or "").split()) or None
        if note is not None and len(note) > NOTE_MAX:
            raise RuleViolation("note_too_long", {"max": NOTE_MAX})
        now = self._now()
        if day < now.date():
            raise RuleViolation("waitlist_day_past", {"day": day})
        if day > now.date() + timedelta(days=MAX_DAYS_AHEAD):
            raise RuleViolation("too_far_ahead", {"days": MAX_DAYS_AHEAD})

        def work(session: Session) -> WaitRow:
            resident = bookable_resident(session, resident_id)
            service = bookable_service(session, service_id)
            already = session.scalars(
                select(WaitlistEntry).where(
                    WaitlistEntry.resident_id == resident.id,
                    WaitlistEntry.service_id == service.id,
                    WaitlistEntry.day == day,
                    WaitlistEntry.status.in_(OPEN_WAIT),
                )
            ).first()
            if already is not None:
                raise RuleViolation("already_waiting", {"name": resident.name, "service": service.name, "day": day})
            slots = free_slots_in(session, service, day, 1, now=now)
            if not slots:
                raise RuleViolation("day_not_served", {"service": service.name, "day": day})
            free = sum(slot.free for slot in slots)
            if free:
                raise RuleViolation("places_free", {"service": service.name, "day": day, "free": free})
            entry = WaitlistEntry(
                service_id=service.id, resident_id=resident.id, day=day, joined_at=now, status=WaitStatus.WAITING,
                note=note, staff_id=actor.audit_staff_id,
            )  # fmt: skip
            session.add(entry)
            session.flush()
            audit.record(
                session, "waitlist.join", at=now, actor=actor, entity_type="resident", entity_id=resident.id,
                details={"entry_id": entry.id, "service": service.name, "day": day, "note": note},
            )  # fmt: skip
            return wait_rows(session, [entry])[0]

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def waitlist(self, service_id: int, day: date, *, actor: Actor) -> list[WaitRow]:
        """The open entries (waiting or offered) of the service on ``day``, in order of joining."""
        with self._db.read() as session:
            entries = session.scalars(
                select(WaitlistEntry)
                .where(
                    WaitlistEntry.service_id == service_id,
                    WaitlistEntry.day == day,
                    WaitlistEntry.status.in_(OPEN_WAIT),
                )
                .order_by(WaitlistEntry.joined_at, WaitlistEntry.id)
            ).all()
            return wait_rows(session, entries)

    @guarded(Permission.FRONT_DESK)
    def offers_for(self, freed: Sequence[FreeSlot], *, actor: Actor) -> list[WaitOffer]:
        """Whom to offer each freed place (:attr:`CancelResult.freed`): the first waiting for that service and day
        who holds nothing overlapping it, each resident once. A place no longer free (booked again meanwhile) or
        already over is left out; the slot comes back as the station shows it now (provider's name, places)."""
        now = self._now()
        with self._db.read() as session:
            offers: list[WaitOffer] = []
            chosen: set[int] = set()
            free_by_day: dict[tuple[int, date], dict[tuple[int, datetime], FreeSlot]] = {}
            for place in freed:
                day = place.starts_at.date()
                key = (place.service_id, day)
                if key not in free_by_day:
                    service = session.get(CareService, place.service_id)
                    slots = free_slots_in(session, service, day, 1, now=now) if service is not None else []
                    free_by_day[key] = {(s.person_id, s.starts_at): s for s in slots}
                    for person_id, starts_at in session.execute(  # a place offered and not yet answered is spoken for
                        select(WaitlistEntry.offered_person_id, WaitlistEntry.offered_starts_at).where(
                            WaitlistEntry.service_id == place.service_id,
                            WaitlistEntry.day == day,
                            WaitlistEntry.status == WaitStatus.OFFERED,
                        )
                    ).all():
                        spoken = free_by_day[key].get((person_id, starts_at))
                        if spoken is not None:
                            free_by_day[key][(person_id, starts_at)] = _one_more_taken(spoken)
                slot = free_by_day[key].get((place.person_id, place.starts_at))
                if slot is None or slot.free <= 0:
                    continue
                candidates = session.scalars(
                    select(WaitlistEntry)
                    .where(
                        WaitlistEntry.service_id == place.service_id,
                        WaitlistEntry.day == day,
                        WaitlistEntry.status == WaitStatus.WAITING,
                    )
                    .order_by(WaitlistEntry.joined_at, WaitlistEntry.id)
                ).all()
                for entry in candidates:
                    if entry.id in chosen:
                        continue
                    if resident_overlap(session, entry.resident_id, slot.starts_at, slot.ends_at) is not None:
                        continue
                    chosen.add(entry.id)
                    offers.append(WaitOffer(wait_rows(session, [entry])[0], slot))
                    free_by_day[key][(slot.person_id, slot.starts_at)] = _one_more_taken(slot)
                    break
            return offers

    @guarded(Permission.FRONT_DESK)
    def offer(self, entry_id: int, starts_at: datetime, *, actor: Actor, person_id: int | None = None) -> WaitRow:
        """The desk offers the place at ``starts_at`` (rang the resident, or will tell them at check-in). The slot
        must be of the entry's service and day and have room now; an offered entry may be offered another place."""
        now = self._now()

        def work(session: Session) -> WaitRow:
            entry = _wait_entry(session, entry_id, OPEN_WAIT)
            service = bookable_service(session, entry.service_id)
            if starts_at.date() != entry.day:
                raise RuleViolation("offer_wrong_day", {"day": entry.day})
            slots = find_slot(session, service, starts_at, person_id)
            if not slots:
                raise RuleViolation("slot_not_served", {"service": service.name, "at": starts_at})
            if slots[0].ends_at <= now:
                raise RuleViolation("slot_in_past", {"at": starts_at})
            if not _has_room(session, service, starts_at, person_id):
                raise RuleViolation("slot_full", {"service": service.name, "at": starts_at, "places": slots[0].places})
            entry.status = WaitStatus.OFFERED
            entry.offered_at = now
            entry.offered_starts_at = starts_at
            entry.offered_person_id = person_id if person_id is not None else slots[0].person_id
            audit.record(
                session, "waitlist.offer", at=now, actor=actor, entity_type="resident", entity_id=entry.resident_id,
                details={"entry_id": entry.id, "service": service.name, "starts_at": starts_at,
                         "person_id": entry.offered_person_id},
            )  # fmt: skip
            return wait_rows(session, [entry])[0]

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def accept_offer(self, entry_id: int, *, actor: Actor) -> AppointmentRow:
        """The resident takes the offered place: it is booked (all the booking rules hold: ``slot_full`` if someone
        else took it first) and the entry is marked booked with the appointment."""
        now = self._now()

        def work(session: Session) -> AppointmentRow:
            entry = _wait_entry(session, entry_id, (WaitStatus.OFFERED,))
            if entry.offered_starts_at is None:
                raise RuleViolation("waitlist_entry_closed", {"status": str(entry.status)})
            resident = bookable_resident(session, entry.resident_id)
            service = bookable_service(session, entry.service_id)
            appointment = book_in(
                session, resident=resident, service=service, starts_at=entry.offered_starts_at,
                person_id=entry.offered_person_id, actor=actor, now=now, audit_it=False,
            )  # fmt: skip
            entry.status = WaitStatus.BOOKED
            entry.appointment_id = appointment.id
            audit.record(
                session, "waitlist.accept", at=now, actor=actor, entity_type="resident", entity_id=resident.id,
                details={"entry_id": entry.id, "appointment_id": appointment.id, "service": service.name,
                         "starts_at": appointment.starts_at, "person_id": appointment.person_id},
            )  # fmt: skip
            return row_of(session, appointment)

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def withdraw(self, entry_id: int, *, actor: Actor) -> None:
        """The resident no longer waits (declined an offer, or does not need it)."""
        now = self._now()

        def work(session: Session) -> None:
            entry = _wait_entry(session, entry_id, OPEN_WAIT)
            before = WaitStatus(entry.status)
            entry.status = WaitStatus.WITHDRAWN
            audit.record(
                session, "waitlist.withdraw", at=now, actor=actor, entity_type="resident",
                entity_id=entry.resident_id, details={"entry_id": entry.id, "from": before.value},
            )  # fmt: skip

        self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def offers_of(self, resident_id: int, *, actor: Actor) -> list[WaitRow]:
        """The places offered to the resident, today or later, by day."""
        today = self._now().date()
        with self._db.read() as session:
            entries = session.scalars(
                select(WaitlistEntry)
                .where(
                    WaitlistEntry.resident_id == resident_id,
                    WaitlistEntry.status == WaitStatus.OFFERED,
                    WaitlistEntry.day >= today,
                )
                .order_by(WaitlistEntry.offered_starts_at, WaitlistEntry.id)
            ).all()
            return wait_rows(session, entries)


__all__ = ["QueueRow", "StationService", "WaitOffer", "WaitRow", "WalkInResult"]
