"""Many desks enrolling into a course's last place at the same instant, round after round, on SQLite and PostgreSQL:
exactly the capacity is enrolled and every other desk is told 已满 (``course_full``). The same harness with a
deliberately naive enrollment (places counted in one transaction, the row written in another) over-enrolls, which
shows the test can fail. And desks withdrawing at once from a full course move its waiting list up in order of
joining, never one place twice."""

from __future__ import annotations

import multiprocessing
import sys
import traceback
from collections import Counter
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from actors import TEST_DESK
from class_center import add_course, make_center
from frontdesk.core.audit import verify_chain
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Course, Enrollment, EnrollmentStatus, Resident
from frontdesk.core.services.enrollment_places import places_taken
from frontdesk.core.services.enrollments import EnrollmentService

DESKS = 6
ROUNDS = 8
CAPACITY = 3
NOW = datetime(2026, 12, 7, 8, 0)
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork")


def _naive_enroll(db: Database, course_id: int, resident_id: int, ready) -> None:
    """What a form-only check does: count the places, then (after everyone has counted) write the row."""
    with db.read() as session:
        course = session.get(Course, course_id)
        full = places_taken(session, course_id) + 1 > course.capacity
    ready.wait(timeout=30)
    if full:
        raise RuleViolation("course_full")
    with db.write() as session:
        session.add(Enrollment(course_id=course_id, resident_id=resident_id, status=EnrollmentStatus.ENROLLED,
                               joined_at=NOW, enrolled_at=NOW))  # fmt: skip


def _enroll_desk(url: str, courses: list[int], residents: list[int], naive: bool, start, ready, results) -> None:
    db = Database(url)
    service = EnrollmentService(db, lambda: NOW)
    outcomes: list[str] = []
    try:
        for round_, course_id in enumerate(courses):
            start.wait(timeout=30)  # every desk at the line, then all at once
            try:
                if naive:
                    _naive_enroll(db, course_id, residents[round_], ready)
                else:
                    service.enroll(course_id, residents[round_], actor=TEST_DESK)
                outcomes.append("won")
            except RuleViolation as refusal:
                outcomes.append(refusal.code)
        results.put(("ok", outcomes))
    except Exception:
        results.put(("error", traceback.format_exc()))
    finally:
        db.dispose()


def _run(db: Database, target, args_of) -> list:
    url = db.url.render_as_string(hide_password=False)
    db.engine.dispose()  # no connection crosses the fork
    context = multiprocessing.get_context("fork")
    start, ready, results = context.Barrier(DESKS), context.Barrier(DESKS), context.Queue()
    desks = [context.Process(target=target, args=(url, *args_of(n), start, ready, results)) for n in range(DESKS)]
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=120) for _ in desks]
    for desk in desks:
        desk.join(timeout=30)
    assert [detail for status, detail in outcomes if status == "error"] == []
    return [detail for _, detail in outcomes]


def _race(db: Database, *, naive: bool) -> tuple[Counter, list[int]]:
    """Each round a course with one place left, and every desk enrolling a different resident into it."""
    center = make_center(db, residents=0)
    courses = [add_course(db, center, title=f"第{r}期", capacity=CAPACITY) for r in range(ROUNDS)]
    with db.write() as session:
        people = [[Resident(name=f"桌{d}号{r}") for r in range(ROUNDS)] for d in range(DESKS)]
        earlier = [Resident(name=f"先报{n}") for n in range(CAPACITY - 1)]
        session.add_all([p for row in people for p in row] + earlier)
        session.flush()
        residents = [[p.id for p in row] for row in people]
        earlier_ids = [p.id for p in earlier]
    service = EnrollmentService(db, lambda: NOW)
    for course_id in courses:  # all but the last place taken already
        for rid in earlier_ids:
            service.enroll(course_id, rid, actor=TEST_DESK)
    told = Counter(code for rounds in _run(db, _enroll_desk, lambda n: (courses, residents[n], naive))
                   for code in rounds)  # fmt: skip
    with db.read() as session:
        held = [places_taken(session, course_id) for course_id in courses]
    return told, held


@pytest.mark.slow
def test_the_last_place_goes_to_exactly_one_desk_every_round(any_db: Database) -> None:
    told, held = _race(any_db, naive=False)
    assert told == {"won": ROUNDS, "course_full": ROUNDS * (DESKS - 1)}  # the others told 已满, in words
    assert held == [CAPACITY] * ROUNDS
    with any_db.read() as session:
        assert verify_chain(session).ok


@pytest.mark.slow
def test_a_naive_count_outside_the_write_transaction_over_enrolls(any_db: Database) -> None:
    told, held = _race(any_db, naive=True)
    assert told["won"] > ROUNDS  # the harness catches an over-enrolment
    assert max(held) > CAPACITY


def _withdraw_desk(url: str, enrollment_id: int, _unused: int, start, ready, results) -> None:
    db = Database(url)
    service = EnrollmentService(db, lambda: NOW + timedelta(hours=1))
    try:
        start.wait(timeout=30)
        result = service.withdraw(enrollment_id, "有事", actor=TEST_DESK)
        results.put(("ok", [p.enrollment_id for p in result.promoted]))
    except Exception:
        results.put(("error", traceback.format_exc()))
    finally:
        db.dispose()


@pytest.mark.slow
def test_desks_withdrawing_at_once_move_the_waiting_list_up_in_order_of_joining(any_db: Database) -> None:
    center = make_center(any_db, residents=0)
    course = add_course(any_db, center, title="八段锦", capacity=DESKS)
    with any_db.write() as session:
        people = [Resident(name=f"学员{n}") for n in range(DESKS)] + [
            Resident(name=f"候补{n}") for n in range(DESKS + 2)
        ]
        session.add_all(people)
        session.flush()
        ids = [p.id for p in people]
    holders = [EnrollmentService(any_db, lambda: NOW).enroll(course, rid, actor=TEST_DESK).enrollment_id
               for rid in ids[:DESKS]]  # fmt: skip
    waiting = []
    for n, rid in enumerate(ids[DESKS:]):  # joined a minute apart
        at = NOW + timedelta(minutes=n)
        waiting.append(EnrollmentService(any_db, lambda at=at: at).enroll(course, rid, waitlist=True,
                                                                            actor=TEST_DESK).enrollment_id)  # fmt: skip

    promoted = [e for rounds in _run(any_db, _withdraw_desk, lambda n: (holders[n], 0)) for e in rounds]
    assert sorted(promoted) == sorted(waiting[:DESKS])  # each freed place to one, none twice
    with any_db.read() as session:
        rows = session.execute(
            select(Enrollment.id, Enrollment.status).where(Enrollment.course_id == course).order_by(Enrollment.id)
        ).all()
        assert places_taken(session, course) == DESKS
        assert verify_chain(session).ok
    status = dict(rows)
    assert [status[e] for e in waiting] == [EnrollmentStatus.ENROLLED] * DESKS + [EnrollmentStatus.WAITING] * 2
    assert [r.position for r in EnrollmentService(any_db, lambda: NOW).of_course(course, actor=TEST_DESK)
            if r.position is not None] == [1, 2]  # fmt: skip
