"""康养服务预约 Booking the care station: free slots, booking (one, a series, a walk-in), cancelling, and the statuses
an appointment goes through (booked → arrived → in service → completed; cancelled with a reason; no-show).

The rules that protect the station hold inside the write transaction, never only in a form: a slot never holds more
holding appointments than its places, and a resident never holds two that overlap. SQLite writes begin ``BEGIN
IMMEDIATE`` and PostgreSQL writes take turns and run SERIALIZABLE (:class:`frontdesk.core.db.Database`), so the count
read inside :func:`book_in` is still the count at commit: two desks booking the last place cannot both win.

The desk never types a time: a booking names a slot, and the slot must be one the providers' hours make on that day
(:mod:`frontdesk.core.scheduling.slots`), read again inside the transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    HOLDING_STATUSES,
    Appointment,
    AppointmentSeries,
    AppointmentStatus,
    CareService,
    CenterDay,
    ExceptionKind,
    Partner,
    PartnerPerson,
    ProviderException,
    ProviderHours,
    Resident,
)
from frontdesk.core.scheduling import open_days
from frontdesk.core.scheduling.slots import Leave, Slot, WeeklyHours, day_slots
from frontdesk.core.scheduling.slots import Session as ClinicSession

log = logging.getLogger(__name__)

MAX_DAYS_AHEAD = 92  # a quarter: how far ahead the station books
MAX_SERIES = 30  # occurrences in one series
CANCEL_REASON_MAX = 100
HOLDING = tuple(status.value for status in HOLDING_STATUSES)

# Which status may follow which (anything else is refused in words: "已完成的预约不能再取消").
NEXT_STATUSES: dict[AppointmentStatus, frozenset[AppointmentStatus]] = {
    AppointmentStatus.BOOKED: frozenset(
        {AppointmentStatus.ARRIVED, AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW}
    ),
    AppointmentStatus.ARRIVED: frozenset(
        {AppointmentStatus.IN_SERVICE, AppointmentStatus.COMPLETED, AppointmentStatus.CANCELLED}
    ),
    AppointmentStatus.IN_SERVICE: frozenset({AppointmentStatus.COMPLETED, AppointmentStatus.ARRIVED}),
    AppointmentStatus.COMPLETED: frozenset(),
    AppointmentStatus.CANCELLED: frozenset(),
    AppointmentStatus.NO_SHOW: frozenset({AppointmentStatus.ARRIVED}),  # came late after all: staff may say so
}


@dataclass(frozen=True)
class FreeSlot:
    """A slot as the booking dialog shows it."""

    service_id: int
    person_id: int
    person_name: str
    starts_at: datetime
    ends_at: datetime
    places: int
    taken: int
    session: bool = False

    @property
    def free(self) -> int:
        return max(0, self.places - self.taken)


@dataclass(frozen=True)
class BookableService:
    service_id: int
    name: str
    duration_min: int
    places: int
    place: str | None
    partner_name: str | None
    bring: str | None
    fasting: bool
    price_cents: int
    market_price_cents: int | None


@dataclass(frozen=True)
class AppointmentRow:
    appointment_id: int
    resident_id: int
    resident_name: str
    service_id: int
    service_name: str
    person_id: int | None
    person_name: str | None
    day: date
    starts_at: datetime
    ends_at: datetime
    status: AppointmentStatus
    walk_in: bool
    series_id: int | None
    cancel_reason: str | None
    place: str | None
    arrived_at: datetime | None = None
    no_show_reviewed: bool = False


@dataclass(frozen=True)
class SeriesDate:
    """One date of a series as previewed: bookable, or why not (``problem`` is a RuleViolation code)."""

    day: date
    starts_at: datetime
    person_id: int | None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class SeriesRequest:
    """理疗 twice a week for 5 weeks: on ``weekdays`` (0 = Monday) at ``at``, from ``first_day``, ``weeks`` weeks."""

    resident_id: int
    service_id: int
    first_day: date
    weekdays: frozenset[int]
    at: time
    weeks: int
    person_id: int | None = None

    def days(self) -> list[date]:
        last = self.first_day + timedelta(weeks=self.weeks) - timedelta(days=1)
        found, day = [], self.first_day
        while day <= last:
            if day.weekday() in self.weekdays:
                found.append(day)
            day += timedelta(days=1)
        return found

    def pattern(self) -> str:
        days = ",".join(str(d) for d in sorted(self.weekdays))
        return f"weekdays={days};time={self.at:%H:%M};weeks={self.weeks}"


@dataclass(frozen=True)
class SeriesResult:
    series_id: int
    booked: tuple[int, ...]  # appointment ids
    skipped: tuple[SeriesDate, ...]  # the dates that could not be booked, and why


@dataclass(frozen=True)
class CancelResult:
    cancelled: tuple[int, ...]
    freed: tuple[FreeSlot, ...] = field(default_factory=tuple)  # the places freed today or later (for 候补 offers)


# -- the rules, inside a session ------------------------------------------------------------------------------------


def step_appointment(appointment: Appointment, status: AppointmentStatus, now: datetime) -> bool:
    """Move the appointment to ``status`` if :data:`NEXT_STATUSES` allows that step, with the times each status
    keeps (arrived, started, completed); one closed or already there is left as it is. Returns whether it moved.
    :meth:`AppointmentService.set_status` and the station's queue both step appointments through this."""
    before = AppointmentStatus(appointment.status)
    if before is status or status not in NEXT_STATUSES[before]:
        return False
    appointment.status = status
    appointment.updated_at = now
    if status is AppointmentStatus.ARRIVED and appointment.arrived_at is None:
        appointment.arrived_at = now
    if status is AppointmentStatus.IN_SERVICE:
        appointment.started_at = now
    if status is AppointmentStatus.COMPLETED:
        appointment.completed_at = now
        appointment.arrived_at = appointment.arrived_at or now
    return True


def center_overrides(session: Session, first: date, last: date) -> dict[date, bool]:
    rows = session.execute(select(CenterDay.day, CenterDay.open).where(CenterDay.day.between(first, last)))
    return {day: bool(is_open) for day, is_open in rows}


def slots_on(
    session: Session, service: CareService, day: date, overrides: dict[date, bool] | None = None
) -> list[Slot]:
    """The service's slots on ``day`` from the stored hours, exceptions and the center's days."""
    return slots_between(session, service, day, day, overrides).get(day, [])


def slots_between(
    session: Session, service: CareService, first: date, last: date, overrides: dict[date, bool] | None = None
) -> dict[date, list[Slot]]:
    """The service's slots on each day from ``first`` to ``last``: three queries, whatever the number of days."""
    if overrides is None:
        overrides = center_overrides(session, first, last)
    hours = [
        WeeklyHours(h.person_id, h.weekday, h.starts, h.ends, h.valid_from, h.valid_until)
        for h in session.scalars(
            select(ProviderHours)
            .join(PartnerPerson, PartnerPerson.id == ProviderHours.person_id)
            .where(ProviderHours.service_id == service.id, PartnerPerson.active.is_(True))
        )
    ]
    leaves: dict[date, list[Leave]] = {}
    sessions: dict[date, list[ClinicSession]] = {}
    for e in session.scalars(select(ProviderException).where(ProviderException.day.between(first, last))):
        if e.kind == ExceptionKind.LEAVE:
            leaves.setdefault(e.day, []).append(Leave(e.person_id, e.starts, e.ends))
        elif e.service_id == service.id and e.starts is not None and e.ends is not None:
            sessions.setdefault(e.day, []).append(
                ClinicSession(e.person_id, e.starts, e.ends, e.places, e.slot_min, e.note)
            )
    found: dict[date, list[Slot]] = {}
    day = first
    while day <= last:
        found[day] = day_slots(
            day,
            service_id=service.id,
            duration_min=service.duration_min,
            places=service.places,
            hours=[h for h in hours if h.weekday == day.weekday()],
            leaves=leaves.get(day, ()),
            sessions=sessions.get(day, ()),
            center_open=open_days.is_open(day, overrides),
            center_closed_by_manager=overrides.get(day) is False,
        )
        day += timedelta(days=1)
    return found


def taken_counts(
    session: Session, service_id: int, first: datetime, last: datetime
) -> dict[tuple[int | None, datetime], int]:
    """Holding appointments per (provider, start) of the service between ``first`` and ``last``."""
    rows = session.execute(
        select(Appointment.person_id, Appointment.starts_at, func.count())
        .where(
            Appointment.service_id == service_id,
            Appointment.starts_at >= first,
            Appointment.starts_at < last,
            Appointment.status.in_(HOLDING),
        )
        .group_by(Appointment.person_id, Appointment.starts_at)
    )
    return {(person, starts): int(n) for person, starts, n in rows}


def resident_overlap(session: Session, resident_id: int, starts_at: datetime, ends_at: datetime) -> Appointment | None:
    """A holding appointment of the resident that overlaps ``starts_at``–``ends_at``."""
    return session.scalars(
        select(Appointment)
        .where(
            Appointment.resident_id == resident_id,
            Appointment.day == starts_at.date(),
            Appointment.status.in_(HOLDING),
            Appointment.starts_at < ends_at,
            Appointment.ends_at > starts_at,
        )
        .limit(1)
    ).first()


def bookable_resident(session: Session, resident_id: int) -> Resident:
    resident = session.get(Resident, resident_id)
    if resident is None:
        raise RuleViolation("resident_not_found")
    if resident.archived_at is not None:
        raise RuleViolation("resident_archived", {"name": resident.name})
    return resident


def bookable_service(session: Session, service_id: int) -> CareService:
    service = session.get(CareService, service_id)
    if service is None or not service.active:
        raise RuleViolation("service_not_found")
    return service


def find_slot(session: Session, service: CareService, starts_at: datetime, person_id: int | None) -> list[Slot]:
    """The slots starting at ``starts_at`` (of ``person_id`` if given): none means the station does not serve then."""
    return [
        slot
        for slot in slots_on(session, service, starts_at.date())
        if slot.starts_at == starts_at and (person_id is None or slot.person_id == person_id)
    ]


def book_in(
    session: Session,
    *,
    resident: Resident,
    service: CareService,
    starts_at: datetime,
    person_id: int | None,
    actor: Actor,
    now: datetime,
    walk_in: bool = False,
    series_id: int | None = None,
    status: AppointmentStatus = AppointmentStatus.BOOKED,
    audit_it: bool = True,
) -> Appointment:
    """Book one place, checking every rule against what the database holds now (inside the caller's write
    transaction). Refused with ``slot_not_served``, ``slot_in_past``, ``slot_full`` or ``appointment_overlap``."""
    if starts_at.date() > now.date() + timedelta(days=MAX_DAYS_AHEAD):
        raise RuleViolation("too_far_ahead", {"days": MAX_DAYS_AHEAD})
    slots = find_slot(session, service, starts_at, person_id)
    if not slots:
        raise RuleViolation("slot_not_served", {"service": service.name, "at": starts_at})
    if slots[0].ends_at <= now and not walk_in:
        raise RuleViolation("slot_in_past", {"at": starts_at})
    held = taken_counts(session, service.id, starts_at, starts_at + timedelta(seconds=1))
    counts = {slot.person_id: held.get((slot.person_id, starts_at), 0) for slot in slots}
    roomy = [slot for slot in slots if counts[slot.person_id] < slot.places]
    if not roomy:
        raise RuleViolation("slot_full", {"service": service.name, "at": starts_at, "places": slots[0].places})
    slot = max(roomy, key=lambda s: (s.places - counts[s.person_id], -s.person_id))  # the provider with most room
    clash = resident_overlap(session, resident.id, slot.starts_at, slot.ends_at)
    if clash is not None:
        clash_service = session.get(CareService, clash.service_id)
        raise RuleViolation(
            "appointment_overlap",
            {"name": resident.name, "service": clash_service.name if clash_service else "", "at": clash.starts_at,
             "appointment_id": clash.id},
        )  # fmt: skip
    appointment = Appointment(
        resident_id=resident.id,
        service_id=service.id,
        person_id=slot.person_id,
        series_id=series_id,
        day=slot.starts_at.date(),
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        status=status,
        walk_in=walk_in,
        arrived_at=now if status is AppointmentStatus.ARRIVED else None,
        booked_at=now,
        booked_by_id=actor.audit_staff_id,
        updated_at=now,
    )
    session.add(appointment)
    session.flush()
    if audit_it:
        audit.record(
            session, "appointment.book", at=now, actor=actor, entity_type="resident", entity_id=resident.id,
            details={"appointment_id": appointment.id, "service": service.name, "starts_at": slot.starts_at,
                     "person_id": slot.person_id, "walk_in": walk_in, "series_id": series_id},
        )  # fmt: skip
    return appointment


def row_of(
    session: Session, appointment: Appointment, *, resident: Resident | None = None, service: CareService | None = None
) -> AppointmentRow:
    """The row of one appointment; with its resident and service already loaded, one query at most (the
    provider's name), not three."""
    if resident is None or service is None:
        return _rows(session, [appointment])[0]
    person = session.get(PartnerPerson, appointment.person_id) if appointment.person_id is not None else None
    return _row(appointment, resident.name, service, person.name if person else None)


def _rows(session: Session, appointments: Sequence[Appointment]) -> list[AppointmentRow]:
    if not appointments:
        return []
    residents = dict(
        session.execute(
            select(Resident.id, Resident.name).where(Resident.id.in_({a.resident_id for a in appointments}))
        ).all()
    )
    services = {
        s.id: s
        for s in session.scalars(select(CareService).where(CareService.id.in_({a.service_id for a in appointments})))
    }
    person_ids = {a.person_id for a in appointments if a.person_id is not None}
    people = (
        dict(
            session.execute(select(PartnerPerson.id, PartnerPerson.name).where(PartnerPerson.id.in_(person_ids))).all()
        )
        if person_ids
        else {}
    )
    return [
        _row(a, residents.get(a.resident_id, ""), services[a.service_id],
             people.get(a.person_id) if a.person_id is not None else None)
        for a in appointments
    ]  # fmt: skip


def _row(a: Appointment, resident_name: str, service: CareService, person_name: str | None) -> AppointmentRow:
    return AppointmentRow(
        appointment_id=a.id,
        resident_id=a.resident_id,
        resident_name=resident_name,
        service_id=a.service_id,
        service_name=service.name,
        person_id=a.person_id,
        person_name=person_name,
        day=a.day,
        starts_at=a.starts_at,
        ends_at=a.ends_at,
        status=AppointmentStatus(a.status),
        walk_in=a.walk_in,
        series_id=a.series_id,
        cancel_reason=a.cancel_reason,
        place=service.place,
        arrived_at=a.arrived_at,
        no_show_reviewed=a.no_show_reviewed_at is not None,
    )


def free_slots_in(
    session: Session, service: CareService, first: date, days: int, *, now: datetime, person_id: int | None = None
) -> list[FreeSlot]:
    last = first + timedelta(days=days - 1)
    overrides = center_overrides(session, first, last)
    names = dict(session.execute(select(PartnerPerson.id, PartnerPerson.name)).all())
    counts = taken_counts(
        session, service.id, datetime.combine(first, time()), datetime.combine(last + timedelta(days=1), time())
    )
    found: list[FreeSlot] = []
    for slots in slots_between(session, service, first, last, overrides).values():
        for slot in slots:
            if person_id is not None and slot.person_id != person_id:
                continue
            if slot.ends_at <= now:
                continue
            taken = counts.get((slot.person_id, slot.starts_at), 0)
            found.append(
                FreeSlot(service.id, slot.person_id, names.get(slot.person_id, ""), slot.starts_at, slot.ends_at,
                         slot.places, taken, slot.session)
            )  # fmt: skip
    return found


# -- the service ---------------------------------------------------------------------------------------------------


class AppointmentService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _now(self) -> datetime:
        return self._clock().replace(microsecond=0)

    # -- reading ---------------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def services(self, *, actor: Actor) -> list[BookableService]:
        """The active services, by name."""
        with self._db.read() as session:
            rows = session.execute(
                select(CareService, Partner.name)
                .outerjoin(Partner, Partner.id == CareService.partner_id)
                .where(CareService.active.is_(True))
                .order_by(CareService.name)
            ).all()
            return [
                BookableService(s.id, s.name, s.duration_min, s.places, s.place, partner, s.bring, s.fasting,
                                s.price_cents, s.market_price_cents)
                for s, partner in rows
            ]  # fmt: skip

    @guarded(Permission.FRONT_DESK)
    def free_slots(
        self, service_id: int, *, actor: Actor, first: date | None = None, days: int = 14, person_id: int | None = None
    ) -> list[FreeSlot]:
        """The service's slots from ``first`` (today) for ``days`` days, each with its places taken; slots already
        over are left out. Full ones are kept (the dialog shows them greyed, with 候补)."""
        now = self._now()
        first = max(first or now.date(), now.date())
        days = max(1, min(days, MAX_DAYS_AHEAD))
        with self._db.read() as session:
            return free_slots_in(
                session, bookable_service(session, service_id), first, days, now=now, person_id=person_id
            )

    @guarded(Permission.FRONT_DESK)
    def day(self, day: date, *, actor: Actor, service_id: int | None = None) -> list[AppointmentRow]:
        """The day's appointments (all statuses), by time then service."""
        with self._db.read() as session:
            statement = select(Appointment).where(Appointment.day == day)
            if service_id is not None:
                statement = statement.where(Appointment.service_id == service_id)
            return _rows(session, session.scalars(statement.order_by(Appointment.starts_at, Appointment.id)).all())

    @guarded(Permission.FRONT_DESK)
    def day_slots(self, day: date, *, actor: Actor, service_id: int) -> list[FreeSlot]:
        """Every slot of the service on ``day``, over or not (the agenda shows the whole day)."""
        with self._db.read() as session:
            service = bookable_service(session, service_id)
            return free_slots_in(session, service, day, 1, now=datetime.combine(day, time()))

    @guarded(Permission.FRONT_DESK)
    def of_resident(
        self, resident_id: int, *, actor: Actor, first: date | None = None, include_past: bool = False
    ) -> list[AppointmentRow]:
        """The resident's appointments from ``first`` (today), holding ones only unless ``include_past``."""
        first = first or self._now().date()
        with self._db.read() as session:
            statement = select(Appointment).where(Appointment.resident_id == resident_id)
            if not include_past:
                statement = statement.where(Appointment.day >= first, Appointment.status.in_(HOLDING))
            return _rows(session, session.scalars(statement.order_by(Appointment.starts_at)).all())

    @guarded(Permission.FRONT_DESK)
    def get(self, appointment_id: int, *, actor: Actor) -> AppointmentRow:
        with self._db.read() as session:
            appointment = session.get(Appointment, appointment_id)
            if appointment is None:
                raise RuleViolation("appointment_not_found")
            return row_of(session, appointment)

    # -- booking ---------------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def book(
        self, resident_id: int, service_id: int, starts_at: datetime, *, actor: Actor, person_id: int | None = None
    ) -> AppointmentRow:
        """Book the slot of ``service_id`` starting at ``starts_at`` (with ``person_id``, or whichever provider has
        room). Refused in words when the slot is full, the resident already holds an overlapping appointment, or the
        station does not serve then."""
        now = self._now()

        def work(session: Session) -> AppointmentRow:
            resident = bookable_resident(session, resident_id)
            service = bookable_service(session, service_id)
            appointment = book_in(
                session, resident=resident, service=service, starts_at=starts_at, person_id=person_id, actor=actor,
                now=now,
            )  # fmt: skip
            return row_of(session, appointment, resident=resident, service=service)

        row = self._db.run_write(work)
        log.info("booked appointment=%s resident=%s service=%s", row.appointment_id, resident_id, service_id)
        return row

    @guarded(Permission.FRONT_DESK)
    def preview_series(self, request: SeriesRequest, *, actor: Actor) -> list[SeriesDate]:
        """Each date of the series, and for each the reason it cannot be booked (closed, full, overlapping…), before
        anything is saved."""
        _check_series(request)
        now = self._now()
        with self._db.read() as session:
            resident = bookable_resident(session, request.resident_id)
            service = bookable_service(session, request.service_id)
            return [_series_date(session, resident, service, request, day, now=now) for day in request.days()]

    @guarded(Permission.FRONT_DESK)
    def book_series(self, request: SeriesRequest, *, actor: Actor) -> SeriesResult:
        """Book every bookable date of the series in one transaction; the others are skipped and said (the dialog
        showed them before). Refused if no date can be booked."""
        _check_series(request)
        now = self._now()

        def work(session: Session) -> SeriesResult:
            resident = bookable_resident(session, request.resident_id)
            service = bookable_service(session, request.service_id)
            series = AppointmentSeries(
                resident_id=resident.id, service_id=service.id, person_id=request.person_id,
                pattern=request.pattern(), created_at=now, staff_id=actor.audit_staff_id,
            )  # fmt: skip
            session.add(series)
            session.flush()
            booked: list[int] = []
            skipped: list[SeriesDate] = []
            for day in request.days():
                starts_at = datetime.combine(day, request.at)
                try:
                    with session.begin_nested():
                        appointment = book_in(
                            session, resident=resident, service=service, starts_at=starts_at,
                            person_id=request.person_id, actor=actor, now=now, series_id=series.id, audit_it=False,
                        )  # fmt: skip
                    booked.append(appointment.id)
                except RuleViolation as refusal:
                    skipped.append(SeriesDate(day, starts_at, request.person_id, refusal.code))
            if not booked:
                raise RuleViolation("series_nothing_bookable", {"dates": len(skipped)})
            audit.record(
                session, "appointment.book_series", at=now, actor=actor, entity_type="resident",
                entity_id=resident.id,
                details={"series_id": series.id, "service": service.name, "pattern": request.pattern(),
                         "booked": booked, "skipped": [d.day for d in skipped]},
            )  # fmt: skip
            return SeriesResult(series.id, tuple(booked), tuple(skipped))

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def move(
        self, appointment_id: int, starts_at: datetime, *, actor: Actor, person_id: int | None = None
    ) -> AppointmentRow:
        """Change one booked appointment (one occurrence of a series, say) to another slot of its service."""
        now = self._now()

        def work(session: Session) -> AppointmentRow:
            old = _holding(session, appointment_id, {AppointmentStatus.BOOKED})
            resident = bookable_resident(session, old.resident_id)
            service = bookable_service(session, old.service_id)
            old.status = AppointmentStatus.CANCELLED  # its place is free while the new one is checked
            old.cancel_reason = "改约"
            session.flush()
            new = book_in(
                session, resident=resident, service=service, starts_at=starts_at, person_id=person_id, actor=actor,
                now=now, series_id=old.series_id, audit_it=False,
            )  # fmt: skip
            audit.record(
                session, "appointment.move", at=now, actor=actor, entity_type="resident", entity_id=resident.id,
                details={"appointment_id": old.id, "new_appointment_id": new.id, "from": old.starts_at,
                         "to": new.starts_at},
            )  # fmt: skip
            return row_of(session, new)

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def move_series(
        self, appointment_id: int, at: time, *, actor: Actor, person_id: int | None = None
    ) -> list[AppointmentRow]:
        """Change this occurrence and the rest of its series (the booked ones from it on) to ``at`` on their own
        days. All or nothing: if a date cannot take the new time, nothing changes and ``series_move_refused`` names
        the dates and why, so the desk can pick another time or move single dates."""
        now = self._now()

        def work(session: Session) -> list[AppointmentRow]:
            first = _holding(session, appointment_id, {AppointmentStatus.BOOKED})
            if first.series_id is None:
                raise RuleViolation("not_a_series")
            resident = bookable_resident(session, first.resident_id)
            service = bookable_service(session, first.service_id)
            olds = session.scalars(
                select(Appointment)
                .where(
                    Appointment.series_id == first.series_id,
                    Appointment.starts_at >= first.starts_at,
                    Appointment.status == AppointmentStatus.BOOKED,
                )
                .order_by(Appointment.starts_at)
            ).all()
            for old in olds:  # their places are free while the new times are checked
                old.status, old.cancel_reason, old.updated_at = AppointmentStatus.CANCELLED, "改约", now
            session.flush()
            moved: list[Appointment] = []
            refused: list[tuple[date, str]] = []
            for old in olds:
                try:
                    with session.begin_nested():
                        moved.append(
                            book_in(
                                session, resident=resident, service=service,
                                starts_at=datetime.combine(old.day, at), person_id=person_id, actor=actor, now=now,
                                series_id=old.series_id, audit_it=False,
                            )
                        )  # fmt: skip
                except RuleViolation as refusal:
                    refused.append((old.day, refusal.code))
            if refused:
                raise RuleViolation("series_move_refused", {"dates": refused, "at": at})
            audit.record(
                session, "appointment.move_series", at=now, actor=actor, entity_type="resident", entity_id=resident.id,
                details={"series_id": first.series_id, "appointment_ids": [a.id for a in olds],
                         "new_appointment_ids": [a.id for a in moved], "to": at.strftime("%H:%M")},
            )  # fmt: skip
            return [row_of(session, a, resident=resident, service=service) for a in moved]

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def cancel(self, appointment_id: int, reason: str, *, actor: Actor, rest_of_series: bool = False) -> CancelResult:
        """Cancel the appointment (and, with ``rest_of_series``, its series' later booked ones), giving a reason."""
        reason = " ".join((reason or "").split())
        if not reason:
            raise RuleViolation("cancel_reason_missing")
        if len(reason) > CANCEL_REASON_MAX:
            raise RuleViolation("cancel_reason_too_long", {"max": CANCEL_REASON_MAX})
        now = self._now()

        def work(session: Session) -> CancelResult:
            first = _holding(session, appointment_id, {AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED})
            targets = [first]
            if rest_of_series and first.series_id is not None:
                targets += session.scalars(
                    select(Appointment).where(
                        Appointment.series_id == first.series_id,
                        Appointment.starts_at > first.starts_at,
                        Appointment.status == AppointmentStatus.BOOKED,
                    )
                ).all()
            freed: list[FreeSlot] = []
            for appointment in targets:
                appointment.status = AppointmentStatus.CANCELLED
                appointment.cancel_reason = reason
                appointment.updated_at = now
                if appointment.ends_at > now:
                    freed.append(
                        FreeSlot(appointment.service_id, appointment.person_id or 0, "", appointment.starts_at,
                                 appointment.ends_at, 1, 0)
                    )  # fmt: skip
            audit.record(
                session, "appointment.cancel", at=now, actor=actor, entity_type="resident",
                entity_id=first.resident_id,
                details={"appointment_ids": [a.id for a in targets], "reason": reason,
                         "rest_of_series": rest_of_series},
            )  # fmt: skip
            return CancelResult(tuple(a.id for a in targets), tuple(freed))

        return self._db.run_write(work)

    # -- statuses --------------------------------------------------------------------------------------------

    @guarded(Permission.FRONT_DESK)
    def set_status(self, appointment_id: int, status: AppointmentStatus, *, actor: Actor) -> AppointmentRow:
        """到了 / 开始服务 / 完成 (or back from 服务中 to 已到): only the steps :data:`NEXT_STATUSES` allows; cancel
        with :meth:`cancel`, no-shows with :meth:`mark_no_shows`."""
        status = AppointmentStatus(status)
        if status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW, AppointmentStatus.BOOKED):
            raise RuleViolation("status_not_settable", {"status": status.value})
        now = self._now()

        def work(session: Session) -> AppointmentRow:
            appointment = session.get(Appointment, appointment_id)
            if appointment is None:
                raise RuleViolation("appointment_not_found")
            before = AppointmentStatus(appointment.status)
            if status not in NEXT_STATUSES[before]:
                raise RuleViolation("status_step_refused", {"from": before.value, "to": status.value})
            if before is AppointmentStatus.NO_SHOW:
                clash = resident_overlap(session, appointment.resident_id, appointment.starts_at, appointment.ends_at)
                if clash is not None and clash.id != appointment.id:
                    raise RuleViolation("appointment_overlap", {"appointment_id": clash.id, "at": clash.starts_at})
            step_appointment(appointment, status, now)
            audit.record(
                session, f"appointment.{status.value}", at=now, actor=actor, entity_type="resident",
                entity_id=appointment.resident_id,
                details={"appointment_id": appointment.id, "from": before.value},
            )  # fmt: skip
            return row_of(session, appointment)

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def mark_no_shows(self, day: date, *, actor: Actor) -> int:
        """End of the day: the day's appointments still only booked become 未到, for staff to review (never a ban).
        Only for a day whose last appointment has ended. Returns how many."""
        now = self._now()

        def work(session: Session) -> int:
            left = session.scalars(
                select(Appointment).where(Appointment.day == day, Appointment.status == AppointmentStatus.BOOKED)
            ).all()
            if day >= now.date() and now < _station_closes(session, day):
                raise RuleViolation("day_not_over", {"day": day})
            for appointment in left:
                appointment.status = AppointmentStatus.NO_SHOW
                appointment.updated_at = now
            if left:
                audit.record(
                    session, "appointment.mark_no_shows", at=now, actor=actor,
                    details={"day": day, "appointment_ids": [a.id for a in left]},
                )  # fmt: skip
            return len(left)

        return self._db.run_write(work)

    @guarded(Permission.FRONT_DESK)
    def no_shows_to_review(self, *, actor: Actor, since: date | None = None) -> list[AppointmentRow]:
        """未到 not yet looked at by staff, oldest first (from ``since``: 30 days back)."""
        since = since or self._now().date() - timedelta(days=30)
        with self._db.read() as session:
            rows = session.scalars(
                select(Appointment)
                .where(
                    Appointment.status == AppointmentStatus.NO_SHOW,
                    Appointment.no_show_reviewed_at.is_(None),
                    Appointment.day >= since,
                )
                .order_by(Appointment.starts_at)
            ).all()
            return _rows(session, rows)

    @guarded(Permission.FRONT_DESK)
    def review_no_show(self, appointment_id: int, *, actor: Actor, note: str | None = None) -> None:
        """Staff looked at a 未到 (rang the resident, say): it leaves the review list; nothing else follows from it."""
        now = self._now()

        def work(session: Session) -> None:
            appointment = session.get(Appointment, appointment_id)
            if appointment is None or appointment.status != AppointmentStatus.NO_SHOW:
                raise RuleViolation("appointment_not_no_show")
            appointment.no_show_reviewed_at = now
            audit.record(
                session, "appointment.review_no_show", at=now, actor=actor, entity_type="resident",
                entity_id=appointment.resident_id, details={"appointment_id": appointment.id, "note": note},
            )  # fmt: skip

        self._db.run_write(work)


def _station_closes(session: Session, day: date) -> datetime:
    """When the station's last slot of ``day`` ends (the start of the day if it has none)."""
    ends = [datetime.combine(day, time())]
    for service in session.scalars(select(CareService).where(CareService.active.is_(True))):
        ends.extend(slot.ends_at for slot in slots_on(session, service, day))
    booked = session.scalar(select(func.max(Appointment.ends_at)).where(Appointment.day == day))
    return max([*ends, *([booked] if booked else [])])


def _check_series(request: SeriesRequest) -> None:
    if not request.weekdays or not all(0 <= d <= 6 for d in request.weekdays):
        raise RuleViolation("series_no_weekdays")
    if not 1 <= request.weeks <= 26:
        raise RuleViolation("series_weeks_range", {"max": 26})
    if len(request.days()) > MAX_SERIES:
        raise RuleViolation("series_too_long", {"max": MAX_SERIES})


def _series_date(
    session: Session, resident: Resident, service: CareService, request: SeriesRequest, day: date, *, now: datetime
) -> SeriesDate:
    starts_at = datetime.combine(day, request.at)
    slots = find_slot(session, service, starts_at, request.person_id)
    if not slots:
        return SeriesDate(day, starts_at, request.person_id, "slot_not_served")
    if slots[0].ends_at <= now:
        return SeriesDate(day, starts_at, request.person_id, "slot_in_past")
    if day > now.date() + timedelta(days=MAX_DAYS_AHEAD):
        return SeriesDate(day, starts_at, request.person_id, "too_far_ahead")
    counts = taken_counts(session, service.id, starts_at, starts_at + timedelta(seconds=1))
    roomy = [s for s in slots if counts.get((s.person_id, starts_at), 0) < s.places]
    if not roomy:
        return SeriesDate(day, starts_at, request.person_id, "slot_full")
    if resident_overlap(session, resident.id, roomy[0].starts_at, roomy[0].ends_at) is not None:
        return SeriesDate(day, starts_at, roomy[0].person_id, "appointment_overlap")
    return SeriesDate(day, starts_at, roomy[0].person_id)


def _holding(session: Session, appointment_id: int, allowed: Iterable[AppointmentStatus]) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise RuleViolation("appointment_not_found")
    status = AppointmentStatus(appointment.status)
    if status not in set(allowed):
        raise RuleViolation("appointment_not_changeable", {"status": status.value})
    return appointment


__all__ = [
    "AppointmentRow",
    "AppointmentService",
    "BookableService",
    "CancelResult",
    "FreeSlot",
    "SeriesDate",
    "SeriesRequest",
    "SeriesResult",
]
