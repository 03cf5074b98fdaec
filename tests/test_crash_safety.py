"""Power cuts: a process doing real desk work is killed (SIGKILL) at random moments, again and again. After each
kill, every operation it reported as committed is there, none is half done, and the database is sound — the care
station's too: no slot holds more than its places, no resident holds two overlapping appointments, every cancelled
one has its reason — and the classes': no course holds more than its places, no room is double-booked."""

from __future__ import annotations

import itertools
import multiprocessing
import os
import random
import signal
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as day_time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from actors import TEST_ACTOR
from care_station import make_station
from class_center import add_course, make_center
from frontdesk.core.audit import verify_chain
from frontdesk.core.db import Database
from frontdesk.core.db.migrate import ensure_schema
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    HOLDING_STATUSES,
    Appointment,
    AuditEntry,
    CareService,
    Course,
    Enrollment,
    EnrollmentStatus,
    Resident,
    ResidentSearchKey,
    RoomBooking,
    Visit,
)
from frontdesk.core.search.keys import ResidentKeys, keys_for
from frontdesk.core.services.appointments import AppointmentService
from frontdesk.core.services.enrollments import EnrollmentService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.room_use import Use, clashes_of
from frontdesk.core.services.rooms import BookingInput, RoomService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput

KILLS = 150
BOOKING_NOW = datetime(2026, 12, 7, 8, 0)  # the booking clock: a working Monday morning, slots ahead all week
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fork")


def _work(path: str, seed: int, out, slots: list[tuple[int, datetime]], classes: Classes) -> None:
    """The child: register residents, check them in and out, book them a place (a few slots, soon full) and cancel
    some bookings, enroll them in a small course (and withdraw some), book a room at one of a few overlapping
    hours, reporting each id once its commit returned."""
    db = Database(path)
    rng = random.Random(seed)
    residents = ResidentService(db, datetime.now)
    visits = VisitService(db, datetime.now)
    booking = AppointmentService(db, lambda: BOOKING_NOW)
    enrollments = EnrollmentService(db, lambda: BOOKING_NOW)
    rooms = RoomService(db, lambda: BOOKING_NOW)
    booked: list[int] = []
    while True:
        rid = residents.create(ResidentInput(name=rng.choice("王李张刘陈") + rng.choice(["秀兰", "建国", "桂英"])),
                               allow_duplicate=True, actor=TEST_ACTOR)  # fmt: skip
        os.write(out, f"R {rid}\n".encode())
        # the station or the classes first, by turns: a child lives a few operations between kills
        for part in rng.sample((_book_station, _join_classes), 2):
            part(rng, rid, out, booking=booking, slots=slots, booked=booked, enrollments=enrollments, rooms=rooms,
                 classes=classes)  # fmt: skip
        visit = visits.check_in(rid, actor=TEST_ACTOR)
        os.write(out, f"V {visit.visit_id}\n".encode())
        if rng.random() < 0.5:
            visits.check_out(rid, actor=TEST_ACTOR)
            os.write(out, f"O {visit.visit_id}\n".encode())


def _book_station(rng: random.Random, rid: int, out, *, booking: AppointmentService, slots, booked: list[int],
                  **_others) -> None:  # fmt: skip
    for service_id, starts_at in rng.sample(slots, 2):  # two tries: the second may overlap the first
        try:
            row = booking.book(rid, service_id, starts_at, actor=TEST_ACTOR)
        except RuleViolation:  # full, or overlapping: refused in words, nothing written
            continue
        booked.append(row.appointment_id)
        os.write(out, f"B {row.appointment_id}\n".encode())
        if rng.random() < 0.4:  # at once, often: a child lives a few operations between kills
            cancelled = booked.pop(rng.randrange(len(booked)))
            booking.cancel(cancelled, "身体不适", actor=TEST_ACTOR)
            os.write(out, f"C {cancelled}\n".encode())


def _join_classes(rng: random.Random, rid: int, out, *, enrollments: EnrollmentService, rooms: RoomService,
                  classes: Classes, **_others) -> None:  # fmt: skip
    try:
        enrolled = enrollments.enroll(classes.course, rid, companions=rng.choice((0, 0, 1)), actor=TEST_ACTOR)
    except RuleViolation:  # full, or companions the course allows none of: refused in words, nothing written
        pass
    else:
        os.write(out, f"E {enrolled.enrollment_id}\n".encode())
        if rng.random() < 0.3:
            enrollments.withdraw(enrolled.enrollment_id, "时间冲突", actor=TEST_ACTOR)
            os.write(out, f"W {enrolled.enrollment_id}\n".encode())
    starts_at = rng.choice(classes.hours)
    try:
        room_booking = rooms.book(
            BookingInput(room_id=classes.room, title="健康讲座", organiser="颐康养老院", starts_at=starts_at,
                         ends_at=starts_at + timedelta(hours=1), setup_min=15),
            actor=TEST_ACTOR,
        )  # fmt: skip
    except RuleViolation:  # the room is taken then (set-up included)
        return
    os.write(out, f"K {room_booking}\n".encode())


@dataclass(frozen=True)
class Classes:
    course: int  # 6 places
    room: int  # the 舞蹈室, booked at a few overlapping hours of the coming days
    hours: tuple[datetime, ...]


def _reported_after(first: bytes, read_end: int) -> list[tuple[str, int]]:
    chunks = [first]
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    lines = b"".join(chunks).decode().splitlines()
    return [(line.split()[0], int(line.split()[1])) for line in lines if line.count(" ") == 1]


def test_killed_at_random_moments_loses_nothing_committed(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    db = Database(path)
    ensure_schema(db)
    keys_for(ResidentKeys("王秀兰"))  # load pypinyin's dictionary once, before forking, not in every child
    station = make_station(db, residents=0)
    center = make_center(db, residents=0)
    days = (BOOKING_NOW.date() + timedelta(days=n) for n in range(1, 4))
    classes = Classes(
        add_course(db, center, capacity=6), center.dance_room,
        tuple(datetime.combine(day, day_time(h, m)) for day in days for h in (9, 10, 14) for m in (0, 30)),
    )  # fmt: skip
    booking = AppointmentService(db, lambda: BOOKING_NOW)
    slots = [  # Monday and Tuesday: 22 理疗 slots of one place, 44 血压测量 slots of ten
        (s.service_id, s.starts_at)
        for service in (station.physio, station.pressure)
        for s in booking.free_slots(service, actor=TEST_ACTOR, days=2)
    ]
    db.dispose()
    context = multiprocessing.get_context("fork")
    rng = random.Random(2026)
    committed: dict[str, set[int]] = {kind: set() for kind in "RVOBCEWK"}
    for kill in range(KILLS):
        read_end, write_end = os.pipe()
        child = context.Process(target=_work, args=(str(path), kill, write_end, slots, classes), daemon=True)
        child.start()
        os.close(write_end)
        # Wait for the child's first commit (however slow a busy machine makes its start), then kill it at a random
        # moment of its work: mid-transaction, mid-commit, between operations.
        first = os.read(read_end, 64)
        time.sleep(rng.uniform(0.0, 0.1))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        for kind, ident in _reported_after(first, read_end):
            committed[kind].add(ident)
        os.close(read_end)
        _check(path, committed)
    assert sum(len(ids) for ids in committed.values()) > KILLS  # real work done between kills, not only the first
    assert committed["B"]
    assert committed["C"]
    assert committed["E"]
    assert committed["K"]


def _check(path: Path, committed: dict[str, set[int]]) -> None:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    db = Database(path)
    try:
        with db.read() as session:
            residents = set(session.scalars(select(Resident.id)))
            assert committed["R"] <= residents
            # nothing half done: every resident has search keys and an audit entry, written in the same commit
            keyed = set(session.scalars(select(ResidentSearchKey.resident_id).distinct()))
            audited = set(session.scalars(select(AuditEntry.entity_id).where(AuditEntry.action == "resident.create")))
            assert residents == keyed == audited
            visits = dict(session.execute(select(Visit.id, Visit.checked_out_at)).all())
            assert committed["V"] <= set(visits)
            assert all(visits[v] is not None for v in committed["O"])
            open_per_resident = session.execute(
                select(Visit.resident_id, func.count())
                .where(Visit.checked_out_at.is_(None))
                .group_by(Visit.resident_id)
            ).all()
            assert all(n == 1 for _, n in open_per_resident)
            _check_station(session, committed)
            _check_classes(session, committed)
            assert verify_chain(session).ok
    finally:
        db.dispose()


def _check_station(session, committed: dict[str, set[int]]) -> None:
    appointments = {a.id: a for a in session.scalars(select(Appointment))}
    assert committed["B"] <= set(appointments)
    assert all(appointments[c].status == "cancelled" for c in committed["C"])
    assert all(a.cancel_reason for a in appointments.values() if a.status == "cancelled")
    holding = [a for a in appointments.values() if a.status in HOLDING_STATUSES]
    places = dict(session.execute(select(CareService.id, CareService.places)).all())
    taken: dict[tuple[int, int | None, datetime], int] = {}
    for a in holding:
        key = (a.service_id, a.person_id, a.starts_at)
        taken[key] = taken.get(key, 0) + 1
    assert all(n <= places[service_id] for (service_id, _, _), n in taken.items())
    by_resident: dict[int, list[Appointment]] = {}
    for a in holding:
        by_resident.setdefault(a.resident_id, []).append(a)
    for held in by_resident.values():
        held.sort(key=lambda a: a.starts_at)
        assert all(b.starts_at >= a.ends_at for a, b in itertools.pairwise(held)), "overlapping"


def _check_classes(session, committed: dict[str, set[int]]) -> None:
    enrollments = {e.id: e for e in session.scalars(select(Enrollment))}
    assert committed["E"] <= set(enrollments)
    assert all(enrollments[w].status == EnrollmentStatus.WITHDRAWN for w in committed["W"] if w in enrollments)
    capacity = dict(session.execute(select(Course.id, Course.capacity)).all())
    taken: dict[int, int] = {}
    for e in enrollments.values():
        if e.status == EnrollmentStatus.ENROLLED:
            taken[e.course_id] = taken.get(e.course_id, 0) + 1 + e.companions
    assert all(n <= capacity[course] for course, n in taken.items())
    bookings = session.scalars(select(RoomBooking).where(RoomBooking.status == "booked")).all()
    assert committed["K"] <= {b.id for b in bookings}
    uses = [Use(b.room_id, b.starts_at, b.ends_at, b.setup_min, b.cleanup_min) for b in bookings]
    assert not any(clashes_of(session, uses, busy=[])), "a room double-booked"
