"""Fill an empty database with a demo center: staff, partners, rooms, residents and their visit history, the care
station's appointments, and the classes (terms, courses, events, room bookings, enrollment and attendance).

Rows are built in memory and written with Core ``executemany`` inserts inside one write transaction: ORM objects
per row would be ten times slower, and one transaction means one sync to disk and no half-built demo if it fails.
"""

from __future__ import annotations

import logging
import random
import time as clock
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import Connection, Table, func, insert, select, text

from frontdesk.core import audit
from frontdesk.core.access import system_actor
from frontdesk.core.db import Database
from frontdesk.core.demo import catalog
from frontdesk.core.demo.care import AHEAD_DAYS, CareFactory
from frontdesk.core.demo.care_setup import Station
from frontdesk.core.demo.class_roll import ClassRoll
from frontdesk.core.demo.classes import ClassPlan
from frontdesk.core.demo.people import Person, ResidentFactory
from frontdesk.core.demo.sampling import Weighted, years_before
from frontdesk.core.demo.visits import VisitFactory
from frontdesk.core.models import (
    Appointment,
    AppointmentSeries,
    Attendance,
    CareService,
    CenterDay,
    ClassSession,
    Course,
    CoursePattern,
    Enrollment,
    Partner,
    PartnerPerson,
    ProviderException,
    ProviderHours,
    Resident,
    Role,
    Room,
    RoomBooking,
    Staff,
    StationQueueEntry,
    Term,
    Visit,
    VitalReading,
    WaitlistEntry,
)
from frontdesk.core.search.index import rebuild_all

log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]
DEFAULT_NOW = time(10, 30)  # "today" is shown mid-morning: the building is full, the queue is long
_CHUNK = 20_000
SEEDER = system_actor("demo")  # the demo data is recorded in the audit log as made by the program, not a person


@dataclass(frozen=True)
class SeedSummary:
    residents: int
    staff: int
    partners: int
    rooms: int
    visits: int
    partner_people: int
    care_services: int
    appointments: int  # 预约 of the care station, past and ahead
    readings: int  # 健康监测 readings of completed measurements
    seconds: float
    courses: int = 0  # 课程 and 活动 (events: courses of one session)
    class_sessions: int = 0
    room_bookings: int = 0
    enrollments: int = 0  # 报名 and 候补, withdrawn ones too
    attendance: int = 0


def seed_database(
    db: Database,
    *,
    residents: int,
    days: int,
    today: date,
    rng_seed: int = 2026,
    visits_per_day: int = 500,
    progress: Progress | None = None,
    now: datetime | None = None,
) -> SeedSummary:
    """Fill ``db`` (migrated, without residents) with a demo center; the same arguments give the same rows.

    ``days`` of visit history end with ``today``, which is filled up to ``now`` (default 10:30 that day), so some
    visitors are still in the building. ``visits_per_day`` is a plain weekday's total, capped at a quarter of the
    register. Raises :class:`ValueError` on bad arguments or a database that already has residents.
    """
    started = clock.perf_counter()
    now = now or datetime.combine(today, DEFAULT_NOW)
    if residents < 0 or days < 0 or visits_per_day < 0:
        raise ValueError("residents, days and visits_per_day must not be negative")
    if now.date() != today:
        raise ValueError("now must fall on today")
    report = progress or (lambda _stage, _fraction: None)
    with db.read() as session:
        _refuse_if_filled(session.connection())

    report("Creating residents", 0.0)
    history_start = today - timedelta(days=max(days, 1) - 1)
    staff_rows = _staff_rows(today)
    desk_ids = [row["id"] for row in staff_rows if row["role"] == Role.FRONT_DESK.value]
    factory = ResidentFactory(
        random.Random(f"{rng_seed}:residents"), today=today, history_start=history_start, staff_ids=desk_ids
    )
    people = factory.build(residents)
    partner_rows = _partner_rows(random.Random(f"{rng_seed}:partners"), today)
    room_rows = [
        {
            "id": i,
            "name": r.name,
            "floor": r.floor,
            "capacity": r.capacity,
            "equipment": r.equipment,
            "active": r.active,
            "step_free": r.step_free,
            "opens": r.hours[0] if r.hours else None,
            "closes": r.hours[1] if r.hours else None,
            "notes": r.notes,
        }
        for i, r in enumerate(catalog.ROOMS, start=1)
    ]

    station = Station(
        random.Random(f"{rng_seed}:station"),
        today=today,
        first=history_start,
        last=today + timedelta(days=AHEAD_DAYS),
        partner_rows=partner_rows,
    )
    classes = ClassPlan(
        random.Random(f"{rng_seed}:classes"),
        first=history_start,
        last=today + timedelta(days=AHEAD_DAYS),
        closed=station.closed,
        person_ids=station.person_ids,
        station_people=station.people_rows,
        partner_rows=partner_rows,
        clinic_rows=[row for row in station.exception_rows if row["kind"] == "session"],
        now=now,
    )
    with db.write() as session:
        conn = session.connection()
        _refuse_if_filled(conn)
        if conn.dialect.name == "sqlite":
            # 64 MB page cache for this connection only (it is closed afterwards): the indexes on name, phone and
            # (resident, date) take rows in random order, and with the default 2 MB cache that costs twice the time.
            conn.exec_driver_sql("PRAGMA cache_size = -65536")
        report("Writing residents", 0.15)
        for table, rows in (
            (Staff.__table__, staff_rows),
            (Partner.__table__, partner_rows),
            (Room.__table__, room_rows),
            (Resident.__table__, [p.row for p in people]),
            (PartnerPerson.__table__, station.people_rows + classes.people_rows),
            (CareService.__table__, station.service_rows),
            (ProviderHours.__table__, station.hours_rows),
            (ProviderException.__table__, station.numbered_exceptions()),
            (CenterDay.__table__, station.center_day_rows),
            (Term.__table__, classes.term_rows),
            (Course.__table__, classes.course_rows),
            (CoursePattern.__table__, classes.pattern_rows),
            (ClassSession.__table__, classes.session_rows),
            (RoomBooking.__table__, classes.booking_rows),
        ):
            _insert(conn, table, rows)
        report("Indexing names for search", 0.2)
        rebuild_all(conn)
        visit_count, totals = 0, Counter[str]()
        if days > 0 and people:
            history = _History(rng_seed, people, station, classes, staff_rows, today=today, now=now, days=days)
            visit_count, totals = history.write(conn, visits_per_day, report)
        _sync_sequences(conn, _SEQUENCES)
        audit.record(
            session, "demo.seed", at=now, actor=SEEDER,
            details={
                "residents": len(people), "visits": visit_count, "appointments": totals["appointment"],
                "readings": totals["vital_reading"], "courses": len(classes.course_rows),
                "class_sessions": len(classes.session_rows), "enrollments": totals["enrollment"], "days": days,
                "rng_seed": rng_seed,
            },
        )  # fmt: skip
    seconds = clock.perf_counter() - started
    report("Done", 1.0)
    summary = SeedSummary(
        residents=len(people),
        staff=len(staff_rows),
        partners=len(partner_rows),
        rooms=len(room_rows),
        visits=visit_count,
        partner_people=len(station.people_rows) + len(classes.people_rows),
        care_services=len(station.service_rows),
        appointments=totals["appointment"],
        readings=totals["vital_reading"],
        seconds=seconds,
        courses=len(classes.course_rows),
        class_sessions=len(classes.session_rows),
        room_bookings=len(classes.booking_rows),
        enrollments=totals["enrollment"],
        attendance=totals["attendance"],
    )
    log.info("demo data: %s", summary)
    return summary


class _History:
    """The days of visits with the care station's appointments beside them, written in chunks as they are made."""

    def __init__(
        self,
        rng_seed: int,
        people: list[Person],
        station: Station,
        classes: ClassPlan,
        staff_rows: list[dict[str, object]],
        *,
        today: date,
        now: datetime,
        days: int,
    ) -> None:
        self.rng_seed, self.people, self.station, self.classes, self.today, self.now, self.days = (
            rng_seed, people, station, classes, today, now, days,
        )  # fmt: skip
        self.start = today - timedelta(days=days - 1)
        self.desk_ids = [row["id"] for row in staff_rows if row["role"] == Role.FRONT_DESK.value]
        self.care_ids = [row["id"] for row in staff_rows if row["role"] == Role.CARE.value]

    def write(self, conn: Connection, visits_per_day: int, report: Progress) -> tuple[int, Counter[str]]:
        """Write every day's rows; returns the number of visits and the care and class rows per table."""
        visits = VisitFactory(
            random.Random(f"{self.rng_seed}:visits"),
            self.people,
            today=self.today,
            now=self.now,
            visits_per_day=visits_per_day,
            desk_staff_ids=self.desk_ids,
            closed_days=frozenset(self.station.closed),
        )
        care = CareFactory(
            random.Random(f"{self.rng_seed}:care"),
            self.station,
            visits.visitors,
            today=self.today,
            now=self.now,
            history_start=self.start,
            desk_ids=self.desk_ids,
            care_staff_ids=self.care_ids,
        )
        roll = ClassRoll(
            random.Random(f"{self.rng_seed}:enrollment"),
            self.classes.courses if visits.target > 0 else (),  # nobody comes: nobody enrolls either
            self.people,
            visits.visitors,
            now=self.now,
            history_start=self.start,
            desk_ids=self.desk_ids,
        )
        if visits.target > 0:  # nobody comes: nobody books either
            care.plan_series()
        _insert(conn, AppointmentSeries.__table__, care.series)
        count, pending = 0, []
        for done, (day, rows) in enumerate(visits.days(self.start), start=1):
            if care.visit_day(day, rows):
                visits.number(day, rows)  # a visit was added or lengthened for an appointment
            pending += rows
            if len(pending) >= _CHUNK or done == self.days:
                for row in pending:
                    count += 1
                    row["id"] = count  # given here so that appointments can name their visit
                _insert(conn, Visit.__table__, pending)
                roll.note_visits(pending)
                _insert_care(conn, care.take(day))
                pending = []
                report("Writing visits and appointments", 0.25 + 0.75 * done / self.days)
        care.future()
        _insert_care(conn, care.take())
        roll.finish()
        _insert(conn, Enrollment.__table__, roll.enrollment_rows)
        _insert(conn, Attendance.__table__, roll.attendance_rows)
        totals = care.totals + Counter(enrollment=len(roll.enrollment_rows), attendance=len(roll.attendance_rows))
        return count, totals


def _refuse_if_filled(conn: Connection) -> None:
    if conn.execute(select(func.count()).select_from(Resident.__table__)).scalar_one():
        raise ValueError("the database already has residents; demo data goes into an empty database only")


def _insert(conn: Connection, table: Table, rows: Sequence[dict[str, object]]) -> None:
    if rows:
        conn.execute(insert(table), list(rows))


_CARE_TABLES = {
    "appointment": Appointment.__table__,
    "waitlist_entry": WaitlistEntry.__table__,
    "station_queue": StationQueueEntry.__table__,
    "vital_reading": VitalReading.__table__,
}  # in the order their foreign keys need
_SEQUENCES = (
    "staff", "partner", "room", "resident", "visit", "partner_person", "care_service", "provider_hours",
    "provider_exception", "appointment_series", *_CARE_TABLES, "term", "course", "course_pattern", "class_session",
    "room_booking", "enrollment", "attendance",
)  # fmt: skip


def _insert_care(conn: Connection, rows: dict[str, list[dict]]) -> None:
    for name, table in _CARE_TABLES.items():
        _insert(conn, table, rows.get(name, ()))


def _sync_sequences(conn: Connection, tables: Sequence[str]) -> None:
    """PostgreSQL: move each id sequence past the ids written explicitly, so later inserts do not collide."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        conn.execute(
            text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))")
        )  # a table without rows keeps its sequence (setval of NULL does nothing)


def _staff_rows(today: date) -> list[dict[str, object]]:
    from frontdesk.core.services.staff import hash_password

    hired = datetime.combine(years_before(today, 3), time(9))
    digest = hash_password(catalog.DEMO_PASSWORD)  # one hash (its own salt) shared: hashing is slow on purpose
    return [
        {
            "id": i,
            "username": member.username,
            "display_name": member.display_name,
            "role": member.role.value,
            "password_hash": digest,
            "password_changed_at": hired,
            "active": True,
            "created_at": hired,
        }
        for i, member in enumerate(catalog.STAFF, start=1)
    ]


def _partner_rows(rng: random.Random, today: date) -> list[dict[str, object]]:
    prefixes = Weighted(catalog.MOBILE_PREFIXES)
    rows = []
    for i, partner in enumerate(catalog.PARTNERS, start=1):
        start = today - timedelta(days=partner.started_days_ago)
        end = years_before(start, -partner.term_years) - timedelta(days=1)
        signed = datetime.combine(start, time(10))
        rows.append(
            {
                "id": i,
                "name": partner.name,
                "kind": partner.kind.value,
                "services": partner.services,
                "contact_name": partner.contact_name,
                "contact_phone": prefixes.pick(rng) + f"{rng.randrange(10**8):08d}",
                "agreement_start": start,
                "agreement_end": end,
                "notes": partner.notes,
                "active": end >= today,
                "created_at": signed,
                "updated_at": signed,
            }
        )
    return rows
