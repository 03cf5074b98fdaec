"""The care station's printed documents as plain records, and how each is read from one session.

预约单 (the appointment slip a resident takes away), 明日电话回访单 (the call list: everyone booked on a day, with
the phone numbers staff ring to remind them) and the station's day list (每日服务安排: per provider and service).
:class:`~frontdesk.core.services.documents.DocumentService` guards them and adds the center's name; the layouts are
in :mod:`frontdesk.printing.care`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    Appointment,
    AppointmentStatus,
    CareService,
    ConsentScope,
    Partner,
    PartnerPerson,
    Resident,
    StationQueueEntry,
    VitalReading,
)
from frontdesk.core.reading_levels import Level, Trend, glucose_level, pressure_level, trend
from frontdesk.core.services.lookup import appointment_payload


def queue_label(number: int) -> str:
    """The station's queue number as it is called and printed: A012."""
    return f"A{number:03d}"


@dataclass(frozen=True)
class PressureReading:
    """上次血压: the latest blood pressure, its level and its trend against the one before (systolic)."""

    taken_at: datetime
    systolic: int
    diastolic: int
    level: Level
    trend: Trend | None


@dataclass(frozen=True)
class GlucoseReading:
    """上次血糖: the latest blood sugar, its level and its trend against the one before taken the same way."""

    taken_at: datetime
    mmol: float
    fasting: bool
    level: Level
    trend: Trend | None


@dataclass(frozen=True)
class AppointmentSlip:
    """预约单: what a resident takes away. Name only (no ID or phone number); the code is the appointment's
    reference; readings only where the resident agreed to health data and the printing actor may see them."""

    center_name: str
    footer: str
    appointment_id: int
    resident_id: int
    name: str
    service: str
    place: str | None
    provider: str | None
    partner: str | None
    starts_at: datetime
    ends_at: datetime
    bring: str | None
    fasting: bool
    price_cents: int
    market_price_cents: int | None
    queue_number: int | None  # the station's queue number that day, once the resident has one
    series_index: int | None  # 第2次/共10次 of a series
    series_total: int | None
    walk_in: bool
    code: str  # digits only (see frontdesk.core.services.lookup.appointment_payload)
    pressure: PressureReading | None = None
    glucose: GlucoseReading | None = None
    logo: bytes | None = None


@dataclass(frozen=True)
class ReminderRow:
    """One booked appointment to ring about."""

    resident_id: int
    appointment_id: int
    name: str
    age: int | None
    phone: str | None  # in full: the caller dials it
    phone2: str | None
    emergency_name: str | None  # for someone without a phone of their own
    emergency_relation: str | None
    emergency_phone: str | None
    service: str
    place: str | None
    provider: str | None
    starts_at: datetime
    ends_at: datetime
    bring: str | None
    fasting: bool


@dataclass(frozen=True)
class ReminderCallList:
    """明日电话回访单 (staff only, 内部资料): the day's booked appointments, by time then name."""

    center_name: str
    at: datetime
    day: date
    rows: tuple[ReminderRow, ...]


@dataclass(frozen=True)
class DayRow:
    resident_id: int
    appointment_id: int
    name: str
    age: int | None
    service: str
    starts_at: datetime
    ends_at: datetime
    status: AppointmentStatus
    walk_in: bool
    queue_number: int | None
    cancel_reason: str | None


@dataclass(frozen=True)
class DayGroup:
    """One provider's appointments for one service that day (provider ``None``: not assigned)."""

    provider: str | None
    partner: str | None
    service: str
    rows: tuple[DayRow, ...]


@dataclass(frozen=True)
class DayTotals:
    booked: int  # every appointment of the day, cancelled ones included
    arrived: int  # came: arrived, in service or completed
    completed: int
    cancelled: int
    no_show: int
    waiting: int  # still booked: not come (yet)


@dataclass(frozen=True)
class StationDayList:
    """The station's day (staff only): per provider and service, every appointment with its status."""

    center_name: str
    at: datetime
    day: date
    groups: tuple[DayGroup, ...]

    @property
    def totals(self) -> DayTotals:
        statuses = [row.status for group in self.groups for row in group.rows]
        came = (AppointmentStatus.ARRIVED, AppointmentStatus.IN_SERVICE, AppointmentStatus.COMPLETED)
        return DayTotals(
            booked=len(statuses),
            arrived=sum(s in came for s in statuses),
            completed=statuses.count(AppointmentStatus.COMPLETED),
            cancelled=statuses.count(AppointmentStatus.CANCELLED),
            no_show=statuses.count(AppointmentStatus.NO_SHOW),
            waiting=statuses.count(AppointmentStatus.BOOKED),
        )


def read_appointment_slip(
    session: Session, appointment_id: int, *, health: bool, center_name: str, footer: str, logo: bytes | None
) -> AppointmentSlip:
    """The slip of one appointment; ``health``: the actor may see readings (the resident's consent is checked
    here)."""
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise RuleViolation("appointment_not_found")
    if appointment.status == AppointmentStatus.CANCELLED:
        raise RuleViolation("appointment_cancelled")
    resident = session.get(Resident, appointment.resident_id)
    service = session.get(CareService, appointment.service_id)
    if resident is None or service is None:
        raise RuleViolation("appointment_not_found")
    provider, partner = _provider(session, appointment.person_id)
    index, total = _place_in_series(session, appointment)
    agreed = ConsentScope.HEALTH.value in (resident.consent_scope or ())
    shows_readings = health and agreed
    return AppointmentSlip(
        center_name=center_name,
        footer=footer,
        logo=logo,
        appointment_id=appointment.id,
        resident_id=resident.id,
        name=resident.name,
        service=service.name,
        place=service.place,
        provider=provider,
        partner=partner,
        starts_at=appointment.starts_at,
        ends_at=appointment.ends_at,
        bring=service.bring,
        fasting=bool(service.fasting),
        price_cents=service.price_cents,
        market_price_cents=service.market_price_cents,
        queue_number=_queue_numbers(session, appointment.day, [appointment]).get(appointment.id),
        series_index=index,
        series_total=total,
        walk_in=bool(appointment.walk_in),
        code=appointment_payload(appointment.id),
        pressure=_pressure(session, resident.id, appointment.starts_at) if shows_readings else None,
        glucose=_glucose(session, resident.id, appointment.starts_at) if shows_readings else None,
    )


def read_reminder_calls(session: Session, day: date) -> tuple[ReminderRow, ...]:
    """Everyone still booked on ``day`` (not arrived, not cancelled), by time then name (pinyin)."""
    found = session.execute(
        select(Appointment, Resident, CareService)
        .join(Resident, Resident.id == Appointment.resident_id)
        .join(CareService, CareService.id == Appointment.service_id)
        .where(Appointment.day == day, Appointment.status == AppointmentStatus.BOOKED)
        .order_by(Appointment.starts_at, Resident.name_sort, Resident.name, Appointment.id)
    ).all()
    people = _people(session, {a.person_id for a, _, _ in found})
    return tuple(
        ReminderRow(
            resident_id=r.id,
            appointment_id=a.id,
            name=r.name,
            age=r.age_on(day),
            phone=r.phone,
            phone2=r.phone2,
            emergency_name=r.emergency_name,
            emergency_relation=r.emergency_relation,
            emergency_phone=r.emergency_phone,
            service=s.name,
            place=s.place,
            provider=people.get(a.person_id, (None, None))[0],
            starts_at=a.starts_at,
            ends_at=a.ends_at,
            bring=s.bring,
            fasting=bool(s.fasting),
        )
        for a, r, s in found
    )


def read_day_groups(session: Session, day: date) -> tuple[DayGroup, ...]:
    """Every appointment on ``day``, grouped by provider and service (the earliest group first), by time then name
    within a group."""
    found = session.execute(
        select(Appointment, Resident, CareService)
        .join(Resident, Resident.id == Appointment.resident_id)
        .join(CareService, CareService.id == Appointment.service_id)
        .where(Appointment.day == day)
        .order_by(Appointment.starts_at, Resident.name_sort, Resident.name, Appointment.id)
    ).all()
    people = _people(session, {a.person_id for a, _, _ in found})
    numbers = _queue_numbers(session, day, [a for a, _, _ in found])
    groups: dict[tuple[int | None, int], list[DayRow]] = {}
    for a, r, s in found:
        groups.setdefault((a.person_id, s.id), []).append(
            DayRow(
                resident_id=r.id,
                appointment_id=a.id,
                name=r.name,
                age=r.age_on(day),
                service=s.name,
                starts_at=a.starts_at,
                ends_at=a.ends_at,
                status=AppointmentStatus(a.status),
                walk_in=bool(a.walk_in),
                queue_number=numbers.get(a.id),
                cancel_reason=a.cancel_reason,
            )
        )
    return tuple(
        DayGroup(*people.get(person_id, (None, None)), rows[0].service, tuple(rows))
        for (person_id, _service), rows in groups.items()  # in order of their first appointment
    )


def _provider(session: Session, person_id: int | None) -> tuple[str | None, str | None]:
    return _people(session, {person_id}).get(person_id, (None, None))


def _people(session: Session, ids: set[int | None]) -> dict[int | None, tuple[str, str]]:
    """(name, partner's name) of these partner people."""
    wanted = [i for i in ids if i is not None]
    if not wanted:
        return {}
    rows = session.execute(
        select(PartnerPerson.id, PartnerPerson.name, Partner.name)
        .join(Partner, Partner.id == PartnerPerson.partner_id)
        .where(PartnerPerson.id.in_(wanted))
    ).all()
    return {pid: (name, partner) for pid, name, partner in rows}


def _place_in_series(session: Session, appointment: Appointment) -> tuple[int | None, int | None]:
    """第n次/共m次 among the series' appointments that are not cancelled."""
    if appointment.series_id is None:
        return None, None
    live = Appointment.series_id == appointment.series_id, Appointment.status != AppointmentStatus.CANCELLED
    total = session.scalar(select(func.count()).select_from(Appointment).where(*live)) or 0
    before = session.scalar(
        select(func.count()).select_from(Appointment).where(*live, Appointment.starts_at < appointment.starts_at)
    )
    return (before or 0) + 1, total


def _queue_numbers(session: Session, day: date, appointments: list[Appointment]) -> dict[int, int]:
    """The station queue number each appointment has that day: its own entry's, else the resident's for that
    service (an arrival queued without naming the appointment)."""
    if not appointments:
        return {}
    entries = session.scalars(
        select(StationQueueEntry)
        .where(StationQueueEntry.day == day,
               StationQueueEntry.resident_id.in_({a.resident_id for a in appointments}))
        .order_by(StationQueueEntry.number)
    ).all()  # fmt: skip
    by_appointment = {e.appointment_id: e.number for e in entries if e.appointment_id is not None}
    by_person = {}
    for e in entries:
        by_person.setdefault((e.resident_id, e.service_id), e.number)
    numbers = {}
    for a in appointments:
        number = by_appointment.get(a.id, by_person.get((a.resident_id, a.service_id)))
        if number is not None:
            numbers[a.id] = number
    return numbers


def _pressure(session: Session, resident_id: int, before: datetime) -> PressureReading | None:
    last_two = session.scalars(
        select(VitalReading)
        .where(VitalReading.resident_id == resident_id, VitalReading.systolic.is_not(None),
               VitalReading.taken_at <= before)
        .order_by(VitalReading.taken_at.desc(), VitalReading.id.desc())
        .limit(2)
    ).all()  # fmt: skip
    if not last_two:
        return None
    last = last_two[0]
    earlier = last_two[1].systolic if len(last_two) > 1 else None
    assert last.systolic is not None
    assert last.diastolic is not None
    return PressureReading(last.taken_at, last.systolic, last.diastolic,
                           pressure_level(last.systolic, last.diastolic), trend(last.systolic, earlier))  # fmt: skip


def _glucose(session: Session, resident_id: int, before: datetime) -> GlucoseReading | None:
    last = session.scalars(
        select(VitalReading)
        .where(VitalReading.resident_id == resident_id, VitalReading.glucose_mmol.is_not(None),
               VitalReading.taken_at <= before)
        .order_by(VitalReading.taken_at.desc(), VitalReading.id.desc())
        .limit(1)
    ).first()  # fmt: skip
    if last is None or last.glucose_mmol is None:
        return None
    fasting = bool(last.fasting)
    earlier = session.scalar(
        select(VitalReading.glucose_mmol)
        .where(VitalReading.resident_id == resident_id, VitalReading.glucose_mmol.is_not(None),
               VitalReading.fasting == fasting, VitalReading.taken_at <= last.taken_at, VitalReading.id != last.id)
        .order_by(VitalReading.taken_at.desc(), VitalReading.id.desc())
        .limit(1)
    )  # fmt: skip
    return GlucoseReading(last.taken_at, last.glucose_mmol, fasting, glucose_level(last.glucose_mmol, fasting=fasting),
                          trend(last.glucose_mmol, earlier))  # fmt: skip
