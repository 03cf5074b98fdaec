"""The demo care station: services, hours and a year of appointments that the booking rules would have allowed."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path

import chinese_calendar
import pytest
from sqlalchemy import Row, Select, and_, func, select
from sqlalchemy.orm import aliased

from frontdesk.core.db import Database
from frontdesk.core.db.migrate import ensure_schema
from frontdesk.core.demo import SeedSummary, seed_database
from frontdesk.core.models import (
    HOLDING_STATUSES,
    Appointment,
    AppointmentSeries,
    CareService,
    CenterDay,
    PartnerPerson,
    ProviderException,
    ProviderHours,
    Resident,
    Role,
    Staff,
    StationQueueEntry,
    Visit,
    VitalReading,
    WaitlistEntry,
)

TODAY = date(2026, 6, 17)  # a Wednesday
NOW = datetime.combine(TODAY, time(10, 30))
DAYS = 120
FIRST = TODAY - timedelta(days=DAYS - 1)
HOLDING = tuple(s.value for s in HOLDING_STATUSES)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, SeedSummary]]:
    db = Database(tmp_path_factory.mktemp("care") / "demo.sqlite3")
    ensure_schema(db)
    summary = seed_database(db, residents=1200, days=DAYS, today=TODAY, visits_per_day=240)
    yield db, summary
    db.dispose()


def _rows(db: Database, statement: Select) -> list[Row]:
    with db.read() as session:
        return list(session.execute(statement))


@pytest.fixture(scope="module")
def appointments(seeded: tuple[Database, SeedSummary]) -> list[Row]:
    return _rows(seeded[0], select(Appointment.__table__).order_by(Appointment.id))


@pytest.fixture(scope="module")
def services(seeded: tuple[Database, SeedSummary]) -> dict[int, Row]:
    return {row.id: row for row in _rows(seeded[0], select(CareService.__table__))}


def _by_name(services: dict[int, Row]) -> dict[str, Row]:
    return {row.name: row for row in services.values()}


def _workday(day: date) -> bool:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return day.weekday() < 5


# -- the station --------------------------------------------------------------------------------------------------


def test_services_people_and_hours(seeded: tuple[Database, SeedSummary], services: dict[int, Row]) -> None:
    db, summary = seeded
    named = _by_name(services)
    wanted = {"血压测量": (15, 10), "血糖检测": (15, 8), "理疗": (30, 1), "康复训练": (45, 2), "护理": (30, 1)}
    assert {name: (named[name].duration_min, named[name].places) for name in wanted} == wanted
    assert named["健康咨询"].duration_min == 20
    assert named["义诊"].places >= 20
    assert named["血糖检测"].fasting
    assert not named["血压测量"].fasting
    assert (named["理疗"].price_cents, named["理疗"].market_price_cents, named["理疗"].bring) == (2000, 6000, "毛巾")
    assert named["血压测量"].price_cents == 0
    people = _rows(db, select(PartnerPerson.__table__))
    assert {p.role for p in people} >= {"nurse", "doctor", "therapist", "lecturer", "volunteer"}
    assert all(p.phone and len(p.phone) == 11 for p in people)
    assert len(people) == summary.partner_people
    assert len(services) == summary.care_services
    hours = _rows(db, select(ProviderHours.__table__))
    physio = [h for h in hours if h.service_id == named["理疗"].id]
    assert {h.weekday for h in physio} == {1, 3}  # Tuesdays and Thursdays
    assert {(h.starts, h.ends) for h in physio} == {(time(8, 30), time(11, 30)), (time(14, 0), time(16, 30))}
    assert any(h.valid_until for h in hours)
    assert any(h.valid_from and h.valid_from > FIRST for h in hours)


def test_leave_sessions_and_closures(seeded: tuple[Database, SeedSummary], services: dict[int, Row]) -> None:
    db = seeded[0]
    exceptions = _rows(db, select(ProviderException.__table__))
    leave = [e for e in exceptions if e.kind == "leave"]
    sessions = [e for e in exceptions if e.kind == "session"]
    assert leave
    assert any(e.starts is None for e in leave)
    saturdays = [s for s in sessions if s.day.weekday() == 5]
    assert len(saturdays) >= 3  # one a month
    assert all(40 <= s.places <= 60 and s.service_id == _by_name(services)["义诊"].id for s in saturdays)
    closed = _rows(db, select(CenterDay.__table__).where(CenterDay.open.is_(False)))
    assert len(closed) == 2
    assert all(c.note for c in closed)
    past = [c.day for c in closed if c.day < TODAY]
    assert past
    assert not _rows(db, select(Visit.id).where(Visit.visit_date.in_(past)))


# -- the appointments ---------------------------------------------------------------------------------------------


def test_a_history_of_appointments_and_days_ahead(
    appointments: list[Row], seeded: tuple[Database, SeedSummary]
) -> None:
    from frontdesk.core.models import AuditEntry

    db, summary = seeded
    assert summary.appointments == len(appointments)
    details = _rows(db, select(AuditEntry.details))[0].details
    assert (details["appointments"], details["readings"]) == (summary.appointments, summary.readings)
    days = {a.day for a in appointments}
    first_open = next(FIRST + timedelta(days=n) for n in range(DAYS) if _workday(FIRST + timedelta(days=n)))
    assert min(days) <= first_open + timedelta(days=2)
    assert max(days) >= TODAY + timedelta(days=7)
    per_day = Counter(a.day for a in appointments if a.day < TODAY and a.day.weekday() < 5)
    assert statistics.mean(per_day.values()) > 15
    assert all(a.ends_at > a.starts_at and a.starts_at.date() == a.day for a in appointments)


def test_no_slot_holds_more_than_its_places(seeded: tuple[Database, SeedSummary], services: dict[int, Row]) -> None:
    db = seeded[0]
    held = _rows(
        db,
        select(Appointment.service_id, Appointment.starts_at, func.count())
        .where(Appointment.status.in_(HOLDING))
        .group_by(Appointment.service_id, Appointment.starts_at),
    )
    sessions = {
        (s.service_id, s.day): s
        for s in _rows(db, select(ProviderException.__table__).where(ProviderException.kind == "session"))
    }
    full = 0
    for service_id, starts_at, count in held:
        session = sessions.get((service_id, starts_at.date()))
        in_session = session is not None and session.starts <= starts_at.time() < session.ends
        places = session.places if in_session else services[service_id].places
        assert count <= places, (services[service_id].name, starts_at, count)
        full += count == places
    assert full > 0  # some slots do fill up


def test_no_resident_holds_two_overlapping(seeded: tuple[Database, SeedSummary]) -> None:
    one, two = aliased(Appointment), aliased(Appointment)
    overlapping = _rows(
        seeded[0],
        select(one.id, two.id).join(
            two,
            and_(
                one.resident_id == two.resident_id, one.id < two.id, one.day == two.day,
                one.starts_at < two.ends_at, two.starts_at < one.ends_at,
            ),
        ).where(one.status.in_(HOLDING), two.status.in_(HOLDING)),
    )  # fmt: skip
    assert overlapping == []


def test_every_appointment_is_in_a_slot_of_an_open_day(
    seeded: tuple[Database, SeedSummary], appointments: list[Row], services: dict[int, Row]
) -> None:
    db = seeded[0]
    hours = defaultdict(list)
    for h in _rows(db, select(ProviderHours.__table__)):
        hours[(h.person_id, h.service_id, h.weekday)].append(h)
    exceptions = defaultdict(list)
    for e in _rows(db, select(ProviderException.__table__)):
        exceptions[(e.person_id, e.day)].append(e)
    overrides = {c.day: c.open for c in _rows(db, select(CenterDay.__table__))}

    def fits(start: datetime, end: datetime, begins: time, ends: time, minutes: int) -> bool:
        offset = (start - datetime.combine(start.date(), begins)).total_seconds() / 60
        return (
            begins <= start.time()
            and end.time() <= ends
            and offset % minutes == 0
            and end - start == timedelta(minutes=minutes)
        )

    for a in appointments:
        day, own = a.day, exceptions[(a.person_id, a.day)]
        if overrides.get(day) is False:
            pytest.fail(f"appointment {a.id} on the closure {day}")
        session = [e for e in own if e.kind == "session" and e.service_id == a.service_id]
        if any(fits(a.starts_at, a.ends_at, e.starts, e.ends, e.slot_min) for e in session):
            continue
        assert overrides.get(day, _workday(day)), f"appointment {a.id} on a closed day {day}"
        leave = [e for e in own if e.kind == "leave"]
        assert not any(e.starts is None for e in leave), f"appointment {a.id} on the provider's day off"
        for e in leave:
            assert not (a.starts_at.time() < e.ends and e.starts < a.ends_at.time()), f"{a.id} in a leave"
        minutes = services[a.service_id].duration_min
        stretches = [
            h for h in hours[(a.person_id, a.service_id, day.weekday())]
            if (h.valid_from is None or h.valid_from <= day) and (h.valid_until is None or day <= h.valid_until)
        ]  # fmt: skip
        assert any(fits(a.starts_at, a.ends_at, h.starts, h.ends, minutes) for h in stretches), a


def test_every_appointment_is_a_slot_the_booking_service_makes(
    seeded: tuple[Database, SeedSummary], appointments: list[Row]
) -> None:
    """The same, asked of the desk's own slot generation: the demo never holds a time the desk would refuse (of the
    providers still serving: one who left has no slots, her old appointments stay as they were)."""
    from frontdesk.core.models import CareService, PartnerPerson
    from frontdesk.core.services.appointments import slots_between

    db = seeded[0]
    serving = {p.id for p in _rows(db, select(PartnerPerson.__table__)) if p.active}
    wanted = defaultdict(set)
    for a in appointments:
        if a.person_id in serving:
            wanted[a.service_id].add((a.day, a.person_id, a.starts_at, a.ends_at))
    with db.read() as session:
        for service_id, found in wanted.items():
            service = session.get(CareService, service_id)
            days = sorted({day for day, *_ in found})
            made = slots_between(session, service, days[0], days[-1])
            served = {(day, s.person_id, s.starts_at, s.ends_at) for day, slots in made.items() for s in slots}
            assert sorted(found - served)[:3] == [], service.name


def test_statuses_over_time(appointments: list[Row]) -> None:
    ahead = [a for a in appointments if a.day > TODAY]
    assert ahead
    assert {a.status for a in ahead} == {"booked"}
    later_today = [a for a in appointments if a.day == TODAY and a.starts_at > NOW]
    assert later_today
    for a in later_today:  # some are at the station early
        assert a.status == "booked" or (a.status == "arrived" and a.arrived_at <= NOW)
    past = [a for a in appointments if a.day < TODAY]
    assert "booked" not in {a.status for a in past}
    shares = Counter(a.status for a in past)
    assert shares["completed"] / len(past) > 0.8
    assert 0.04 <= shares["cancelled"] / len(past) <= 0.09
    assert 0.02 <= shares["no_show"] / len(past) <= 0.07
    assert all(a.cancel_reason for a in appointments if a.status == "cancelled")
    assert {a.cancel_reason for a in past} >= {"身体不适", "临时有事", "家中有事"}
    assert all(a.updated_at <= a.starts_at for a in past if a.status == "cancelled")
    assert 0.05 < sum(a.walk_in for a in past) / len(past) < 0.3
    assert all(a.booked_at <= a.updated_at <= NOW for a in appointments)
    today = Counter(a.status for a in appointments if a.day == TODAY and a.starts_at <= NOW)
    assert today["completed"]
    assert today["arrived"] or today["in_service"]


def test_attended_appointments_lie_in_the_visit_of_that_day(
    seeded: tuple[Database, SeedSummary], appointments: list[Row]
) -> None:
    visits = {v.id: v for v in _rows(seeded[0], select(Visit.__table__))}
    attended = [a for a in appointments if a.arrived_at is not None]
    assert attended
    for a in attended:
        visit = visits[a.visit_id]
        assert (visit.resident_id, visit.visit_date) == (a.resident_id, a.day)
        assert a.booked_at <= a.arrived_at <= a.starts_at
        assert visit.checked_in_at <= a.arrived_at
        assert a.started_at is None or a.starts_at <= a.started_at
        if a.completed_at is not None:
            assert a.started_at <= a.completed_at <= a.ends_at
            assert visit.checked_out_at is None or a.completed_at <= visit.checked_out_at
    assert all(a.visit_id is None for a in appointments if a.arrived_at is None)


def test_series_twice_a_week(seeded: tuple[Database, SeedSummary], appointments: list[Row], services) -> None:
    series = _rows(seeded[0], select(AppointmentSeries.__table__))
    assert series
    physio = _by_name(services)["理疗"].id
    for one in series:
        mine = [a for a in appointments if a.series_id == one.id]
        assert 6 <= len(mine) <= 10
        assert {a.service_id for a in mine} == {physio} == {one.service_id}
        assert {a.day.weekday() for a in mine} <= {1, 3}
        assert len({a.starts_at.time() for a in mine}) == 1
        assert (max(a.day for a in mine) - min(a.day for a in mine)).days <= 5 * 7
        assert all(a.resident_id == one.resident_id and a.booked_at == one.created_at for a in mine)


def test_waiting_lists_on_full_days(seeded: tuple[Database, SeedSummary], appointments: list[Row]) -> None:
    entries = _rows(seeded[0], select(WaitlistEntry.__table__))
    assert entries
    by_id = {a.id: a for a in appointments}
    statuses = Counter(e.status for e in entries)
    assert statuses["booked"]
    assert statuses["withdrawn"] or statuses["waiting"]
    for entry in entries:
        if entry.status == "booked":
            taken = by_id[entry.appointment_id]
            assert (taken.resident_id, taken.service_id, taken.day) == (entry.resident_id, entry.service_id, entry.day)
            assert entry.joined_at < entry.offered_at <= taken.booked_at
        if entry.day < TODAY:
            assert entry.status in ("booked", "withdrawn")


def test_the_station_queue_is_numbered_per_day(seeded: tuple[Database, SeedSummary], appointments: list[Row]) -> None:
    queue = _rows(
        seeded[0], select(StationQueueEntry.__table__).order_by(StationQueueEntry.day, StationQueueEntry.number)
    )
    by_day = defaultdict(list)
    for entry in queue:
        by_day[entry.day].append(entry)
    for entries in by_day.values():
        assert [e.number for e in entries] == list(range(1, len(entries) + 1))
        assert [e.joined_at for e in entries] == sorted(e.joined_at for e in entries)
    by_id = {a.id: a for a in appointments}
    assert {e.appointment_id for e in queue} == {a.id for a in appointments if a.arrived_at is not None}
    for entry in queue:
        appointment = by_id[entry.appointment_id]
        assert entry.joined_at == appointment.arrived_at
        assert entry.resident_id == appointment.resident_id
        assert entry.status == ("done" if entry.day < TODAY else entry.status)


# -- readings -----------------------------------------------------------------------------------------------------


def test_readings_belong_to_completed_measurements(
    seeded: tuple[Database, SeedSummary], appointments: list[Row], services: dict[int, Row]
) -> None:
    db, summary = seeded
    readings = _rows(db, select(VitalReading.__table__))
    assert summary.readings == len(readings) > 0
    care_staff = {s.id for s in _rows(db, select(Staff.__table__).where(Staff.role == Role.CARE))}
    by_id = {a.id: a for a in appointments}
    named = {row.id: row.name for row in services.values()}
    for r in readings:
        appointment = by_id[r.appointment_id]
        assert appointment.status == "completed"
        assert appointment.resident_id == r.resident_id
        assert appointment.starts_at <= r.taken_at <= appointment.ends_at
        assert r.staff_id in care_staff
        if named[appointment.service_id] == "血糖检测":
            assert r.glucose_mmol is not None
            assert r.fasting is not None
            assert r.systolic is None
        else:
            assert 90 <= r.systolic <= 200
            assert 50 <= r.diastolic < r.systolic
            assert 45 <= r.pulse <= 110
    glucose = [r for r in readings if r.glucose_mmol is not None]
    assert glucose
    assert sum(r.fasting for r in glucose) / len(glucose) > 0.85
    assert any(r.weight_kg for r in readings)


def test_hypertensive_elders_read_higher_and_come_more(
    seeded: tuple[Database, SeedSummary], appointments: list[Row]
) -> None:
    db = seeded[0]
    residents = {r.id: r for r in _rows(db, select(Resident.id, Resident.chronic_conditions))}
    hypertensive = {i for i, r in residents.items() if r.chronic_conditions and "高血压" in r.chronic_conditions}
    readings = _rows(
        db, select(VitalReading.resident_id, VitalReading.systolic).where(VitalReading.systolic.isnot(None))
    )
    high = [s for rid, s in readings if rid in hypertensive]
    normal = [s for rid, s in readings if rid not in hypertensive]
    assert statistics.mean(high) - statistics.mean(normal) > 15
    assert 138 <= statistics.mean(high) <= 155
    healthy = {i for i, r in residents.items() if not r.chronic_conditions}
    per = Counter(a.resident_id for a in appointments)
    assert sum(per[i] for i in hypertensive) / len(hypertensive) > 1.3 * sum(per[i] for i in healthy) / len(healthy)


# -- the seed -----------------------------------------------------------------------------------------------------


def test_same_seed_same_care_rows(tmp_path: Path) -> None:
    def rows(path: Path, seed: int) -> list[tuple]:
        db = Database(path)
        ensure_schema(db)
        seed_database(db, residents=300, days=21, today=TODAY, visits_per_day=80, rng_seed=seed)
        out: list[tuple] = []
        with db.read() as session:
            for table in (Appointment, AppointmentSeries, WaitlistEntry, StationQueueEntry, VitalReading):
                out += [tuple(r) for r in session.execute(select(table.__table__).order_by(table.__table__.c.id))]
            out += [tuple(r) for r in session.execute(select(ProviderException.__table__))]
        db.dispose()
        return out

    first = rows(tmp_path / "a.sqlite3", 5)
    assert len(first) > 100
    assert first == rows(tmp_path / "b.sqlite3", 5)
    assert first != rows(tmp_path / "c.sqlite3", 6)


def test_new_care_rows_get_fresh_ids_after_seeding(any_db: Database) -> None:
    """Seeding writes the care rows' ids explicitly; PostgreSQL's sequences must be moved past them."""
    summary = seed_database(any_db, residents=150, days=10, today=TODAY, visits_per_day=60)
    assert summary.appointments > 0
    with any_db.write() as session:
        last = session.scalar(select(func.max(Appointment.id)))
        first = session.execute(select(Appointment).limit(1)).scalar_one()
        copy = Appointment(
            resident_id=first.resident_id, service_id=first.service_id, day=TODAY + timedelta(days=60),
            starts_at=datetime.combine(TODAY + timedelta(days=60), time(9)),
            ends_at=datetime.combine(TODAY + timedelta(days=60), time(9, 15)), booked_at=NOW, updated_at=NOW,
        )  # fmt: skip
        person = PartnerPerson(partner_id=1, name="新来的", role="nurse", created_at=NOW, updated_at=NOW)
        session.add_all([copy, person])
        session.flush()
        assert copy.id == last + 1
        assert person.id == summary.partner_people + 1
