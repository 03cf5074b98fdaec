"""The demo's classes and rooms: terms, courses, sessions, enrollment, attendance and bookings that the desk's own
rules would have allowed — no room double-booked, no instructor in two places, no course over its places."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from frontdesk.core.db import Database
from frontdesk.core.db.migrate import ensure_schema
from frontdesk.core.demo import SeedSummary, seed_database
from frontdesk.core.models import (
    Attendance,
    CenterDay,
    ClassSession,
    Course,
    Enrollment,
    PartnerPerson,
    ProviderException,
    Resident,
    Room,
    RoomBooking,
    Term,
    Visit,
)
from frontdesk.core.scheduling import open_days
from frontdesk.core.services.room_use import Use, clashes_of

TODAY = date(2026, 11, 11)  # a Wednesday in 2026 秋季班, after 国庆 and 重阳节 (18 October)
NOW = datetime.combine(TODAY, time(10, 30))
DAYS = 120  # from mid-July: the end of 2026 春季班 too


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, SeedSummary]]:
    db = Database(tmp_path_factory.mktemp("classes") / "demo.sqlite3")
    ensure_schema(db)
    yield db, seed_database(db, residents=600, days=DAYS, today=TODAY, visits_per_day=90)
    db.dispose()


def _rows(db: Database, statement: Select) -> list[Row]:
    with db.read() as session:
        return list(session.execute(statement))


def _table(db: Database, model: type) -> list[Row]:
    return _rows(db, select(model.__table__).order_by(*model.__table__.primary_key.columns))


def _day_clashes(session: Session) -> list[tuple[date, list]]:
    """Every scheduled session and booked booking checked, day by day, against all the others of its day with
    :func:`clashes_of` (the plan's own uses compared with each other: room, set-up/clean-up, instructor, hours)."""
    by_day: dict[date, list[Use]] = defaultdict(list)
    sessions = session.execute(
        select(ClassSession, Course.setup_min, Course.cleanup_min)
        .join(Course, Course.id == ClassSession.course_id)
        .where(ClassSession.status == "scheduled")
    )
    for cs, setup, cleanup in sessions:
        by_day[cs.day].append(Use(cs.room_id, cs.starts_at, cs.ends_at, setup, cleanup, cs.instructor_id))
    for b in session.scalars(select(RoomBooking).where(RoomBooking.status == "booked")):
        by_day[b.starts_at.date()].append(
            Use(b.room_id, b.starts_at, b.ends_at, b.setup_min, b.cleanup_min, b.person_id)
        )
    found = []
    for day, uses in sorted(by_day.items()):
        clashes = [c for c in clashes_of(session, uses, busy=[]) if c]
        if clashes:
            found.append((day, clashes))
    return found


def _check_plan(db: Database) -> None:
    with db.read() as session:
        assert _day_clashes(session) == []
    _check_places(db)


def _check_places(db: Database) -> None:
    courses = {c.id: c for c in _table(db, Course)}
    rooms = {r.id: r for r in _table(db, Room)}
    enrollments = _table(db, Enrollment)
    places: Counter[int] = Counter()
    waiting: dict[int, list[Row]] = defaultdict(list)
    for e in enrollments:
        if e.status == "enrolled":
            places[e.course_id] += 1 + e.companions
        elif e.status == "waiting":
            waiting[e.course_id].append(e)
    for course_id, taken in places.items():
        assert taken <= courses[course_id].capacity, courses[course_id].title
    for course_id, queue in waiting.items():
        first = min(queue, key=lambda e: (e.joined_at, e.id))
        assert places[course_id] + 1 + first.companions > courses[course_id].capacity  # only when full
    for course in courses.values():
        assert course.capacity <= rooms[course.room_id].capacity
        assert course.kind == "event" or course.max_companions == 0
    for booking in _table(db, RoomBooking):
        assert booking.expected is None or booking.expected <= rooms[booking.room_id].capacity


# -- the plan -------------------------------------------------------------------------------------------------------


def test_terms_courses_and_sessions(seeded: tuple[Database, SeedSummary]) -> None:
    db, summary = seeded
    terms = {t.id: t for t in _table(db, Term)}
    assert [t.name for t in terms.values()] == ["2026 春季班", "2026 秋季班"]
    assert all((t.last_day - t.first_day).days == 137 and t.first_day.weekday() == 0 for t in terms.values())
    courses = _table(db, Course)
    sessions = _table(db, ClassSession)
    assert summary.courses == len(courses)
    assert summary.class_sessions == len(sessions)
    per_term = Counter(c.term_id for c in courses if c.kind == "course")
    assert set(per_term) == set(terms)
    assert all(12 <= n <= 18 for n in per_term.values())
    by_course = Counter(s.course_id for s in sessions)
    assert all(by_course[c.id] == 1 for c in courses if c.kind == "event")
    assert all(c.term_id is None for c in courses if c.kind == "event")
    assert all(by_course[c.id] >= 8 for c in courses if c.kind == "course")
    titles = {c.title for c in courses}
    for wanted in ("书法班（楷书入门）", "古典舞", "八段锦", "公益瑜伽", "朗诵班", "银发合唱团", "读书会",
                   "群众夜校·智能手机", "智能手机入门", "重阳节敬老午宴"):  # fmt: skip
        assert wanted in titles
    assert any(t.startswith("育婴员培训（第") for t in titles)
    assert any(t.startswith("直播带货培训") for t in titles)
    months = Counter(
        s.day.replace(day=1) for s in sessions if s.course_id in {c.id for c in courses if c.kind == "event"}
    )
    assert all(n >= 2 for m, n in months.items() if date(2026, 7, 15) <= m)  # a few events a month
    for term in terms.values():
        mine = {c.id for c in courses if c.term_id == term.id}
        days = [s.day for s in sessions if s.course_id in mine]
        assert term.first_day <= min(days)
        assert max(days) <= term.last_day


def test_nothing_clashes_and_no_course_is_over_its_places(seeded: tuple[Database, SeedSummary]) -> None:
    _check_plan(seeded[0])


def test_the_clash_check_would_see_a_double_booking(seeded: tuple[Database, SeedSummary]) -> None:
    """The check above can fail: the same day with one more use on top of a session is a clash."""
    with seeded[0].read() as session:
        cs = session.scalars(select(ClassSession).where(ClassSession.status == "scheduled").limit(1)).one()
        uses = [Use(cs.room_id, cs.starts_at, cs.ends_at), Use(cs.room_id, cs.starts_at + timedelta(minutes=30),
                                                             cs.ends_at + timedelta(minutes=30))]  # fmt: skip
        assert [c.code for c in clashes_of(session, uses, busy=[])[0]] == ["room_taken"]


def test_sessions_avoid_holidays_and_closed_days(seeded: tuple[Database, SeedSummary]) -> None:
    db = seeded[0]
    closed = {d.day for d in _table(db, CenterDay) if not d.open}
    assert closed
    sessions = _table(db, ClassSession)
    for s in sessions:
        assert open_days.holiday_name(s.day) is None, s
        assert s.day not in closed
        assert s.day == s.starts_at.date() == s.ends_at.date()
    assert not any(date(2026, 10, 1) <= s.day <= date(2026, 10, 7) for s in sessions)  # 国庆
    for b in _table(db, RoomBooking):
        assert open_days.holiday_name(b.starts_at.date()) is None
        assert b.starts_at.date() not in closed


def test_some_sessions_cancelled_moved_or_added(seeded: tuple[Database, SeedSummary]) -> None:
    sessions = _table(seeded[0], ClassSession)
    cancelled = [s for s in sessions if s.status == "cancelled"]
    assert 3 <= len(cancelled) <= 12
    assert all(s.cancel_reason for s in cancelled)
    moved = [s for s in sessions if s.moved_from is not None]
    assert moved
    assert all(s.note and s.note.startswith("调课") and s.moved_from != s.starts_at for s in moved)
    added = [s for s in sessions if s.added]
    assert added
    assert all(s.note and s.note.startswith("加课") for s in added)


def test_rooms_have_access_and_hours(seeded: tuple[Database, SeedSummary]) -> None:
    rooms = {r.name: r for r in _table(seeded[0], Room)}
    assert all(r.step_free == (r.floor == "1楼") for r in rooms.values())
    assert (rooms["书法室"].opens, rooms["书法室"].closes) == (time(8), time(21))
    assert rooms["智能手机课堂"].closes == time(21)
    assert rooms["舞蹈室"].opens is None
    assert rooms["党群活动室"].notes


def test_bookings_over_the_year(seeded: tuple[Database, SeedSummary]) -> None:
    db, summary = seeded
    rooms = {r.id: r.name for r in _table(db, Room)}
    bookings = _table(db, RoomBooking)
    assert summary.room_bookings == len(bookings)
    council = [b for b in bookings if b.title.startswith("老年居民议事会")]
    assert len({b.starts_at.month for b in council}) >= 4
    assert {rooms[b.room_id] for b in council} == {"党群活动室"}
    assert any(b.kind == "event" and b.organiser == "社区党支部" for b in bookings)
    lectures = [b for b in bookings if b.kind == "lecture"]
    assert len(lectures) >= 6
    assert all(b.person_id and b.partner_id for b in lectures)
    assert any(b.status == "cancelled" and b.cancel_reason for b in bookings)
    assert all(b.setup_min > 0 and b.expected for b in bookings)
    clinics = {(b.starts_at.date(), b.person_id) for b in bookings if b.kind == "clinic"}
    doctors = {p.id for p in _table(db, PartnerPerson) if p.role == "doctor"}
    station = {(e.day, e.person_id) for e in _table(db, ProviderException) if e.kind == "session"}
    assert clinics == station
    assert {p for _, p in clinics} <= doctors
    assert any(day.weekday() == 5 for day, _ in clinics)  # 义诊 Saturdays


# -- who came ------------------------------------------------------------------------------------------------------


def test_enrollment_waiting_lists_and_promotions(seeded: tuple[Database, SeedSummary]) -> None:
    db, summary = seeded
    enrollments = _table(db, Enrollment)
    assert summary.enrollments == len(enrollments)
    status = Counter(e.status for e in enrollments)
    assert status["enrolled"] > status["waiting"] > 0
    assert status["withdrawn"] > 0
    assert all(e.withdrawn_at and e.withdraw_reason for e in enrollments if e.status == "withdrawn")
    promoted = [e for e in enrollments if e.promoted_at is not None]
    assert promoted
    assert all(e.status in ("enrolled", "withdrawn") and e.enrolled_at == e.promoted_at for e in promoted)
    assert all(e.promotion_seen_at is None or e.promotion_seen_at >= e.promoted_at for e in promoted)
    assert all(e.joined_at <= NOW and (e.enrolled_at is None or e.joined_at <= e.enrolled_at) for e in enrollments)


def test_events_have_guests_with_companions_checked_in_at_the_door(seeded: tuple[Database, SeedSummary]) -> None:
    db = seeded[0]
    lunch = next(c for c in _table(db, Course) if c.title == "重阳节敬老午宴")
    guests = [e for e in _table(db, Enrollment) if e.course_id == lunch.id and e.status == "enrolled"]
    assert 150 <= sum(1 + e.companions for e in guests) <= lunch.capacity
    assert any(e.companions for e in guests)
    residents = {r.id: r for r in _table(db, Resident)}
    helped = [
        r for r in (residents[e.resident_id] for e in guests)
        if r.mobility_aid != "none" or r.lives_alone or (TODAY - r.birth_date).days >= 80 * 365
    ]  # fmt: skip
    assert len(helped) >= 20  # the guests the staff guide in and see home
    scans = [a for a in _table(db, Attendance) if a.enrollment_id in {e.id for e in guests}]
    assert scans
    assert {a.source for a in scans} == {"scan"}
    assert any(a.companions for a in scans)


def test_attendance_only_of_enrolled_residents_on_past_scheduled_sessions(seeded: tuple[Database, SeedSummary]) -> None:
    db, summary = seeded
    sessions = {s.id: s for s in _table(db, ClassSession)}
    courses = {c.id: c for c in _table(db, Course)}
    enrollments = {e.id: e for e in _table(db, Enrollment)}
    visits = {v.id: v for v in _table(db, Visit)}
    attendance = _table(db, Attendance)
    assert summary.attendance == len(attendance) > 0
    for a in attendance:
        s, e = sessions[a.session_id], enrollments[a.enrollment_id]
        assert s.status == "scheduled"
        assert s.starts_at <= NOW
        assert e.course_id == s.course_id
        assert e.resident_id == a.resident_id
        assert e.enrolled_at <= s.starts_at
        assert e.withdrawn_at is None or e.withdrawn_at > s.starts_at
        if a.source == "checkin":
            visit = visits[a.visit_id]
            assert visit.resident_id == a.resident_id
            assert visit.visit_date == s.day
            assert visit.purpose == "class"
        else:
            assert a.visit_id is None
            assert a.source == ("scan" if courses[s.course_id].kind == "event" else "roster")
    sources = Counter(a.source for a in attendance)
    assert sources["checkin"] > 0
    assert sources["roster"] > 0


def test_attendance_rates_are_70_to_90_percent(seeded: tuple[Database, SeedSummary]) -> None:
    db = seeded[0]
    courses = {c.id: c for c in _table(db, Course) if c.kind == "course"}
    held = [s for s in _table(db, ClassSession) if s.course_id in courses and s.status == "scheduled"
            and s.starts_at <= NOW]  # fmt: skip
    enrollments = [e for e in _table(db, Enrollment) if e.course_id in courses and e.enrolled_at is not None]
    expected = sum(
        1 for s in held for e in enrollments
        if e.course_id == s.course_id and e.enrolled_at <= s.starts_at
        and (e.withdrawn_at is None or e.withdrawn_at > s.starts_at)
    )  # fmt: skip
    present = sum(1 for a in _table(db, Attendance) if a.session_id in {s.id for s in held})
    assert 0.7 <= present / expected <= 0.9


def test_vocational_outcomes(seeded: tuple[Database, SeedSummary]) -> None:
    db = seeded[0]
    courses = {c.id: c for c in _table(db, Course) if c.category == "vocational"}
    last = defaultdict(lambda: date.min)
    for s in _table(db, ClassSession):
        if s.course_id in courses:
            last[s.course_id] = max(last[s.course_id], s.day)
    outcomes = [e for e in _table(db, Enrollment) if e.course_id in courses and e.outcome != "none"]
    kinds = Counter(e.outcome for e in outcomes)
    assert kinds["completed"] > 0
    assert kinds["employed"] > 0
    for e in outcomes:
        assert e.status == "enrolled"
        assert last[e.course_id] < TODAY
        if e.outcome == "employed":
            assert e.employer
            assert last[e.course_id] < e.employed_on <= TODAY
    other = [e for e in _table(db, Enrollment) if e.course_id not in courses]
    assert all(e.outcome == "none" for e in other)


def test_residents_are_old_enough_and_young_enough(seeded: tuple[Database, SeedSummary]) -> None:
    """Vocational classes take residents up to 66."""
    db = seeded[0]
    residents = {r.id: r for r in _table(db, Resident)}
    vocational = {c.id for c in _table(db, Course) if c.category == "vocational"}
    for e in _table(db, Enrollment):
        born = residents[e.resident_id].birth_date
        if e.course_id in vocational:
            assert (TODAY - born).days // 365 <= 67


# -- both engines, and the cost -------------------------------------------------------------------------------------


def test_a_small_seed_is_clash_free_on_both_engines(any_db: Database) -> None:
    summary = seed_database(any_db, residents=150, days=10, today=TODAY, visits_per_day=60)
    assert summary.class_sessions > 0
    assert summary.room_bookings > 0
    _check_plan(any_db)
    with any_db.write() as session:  # the written ids left the sequences ready for the desk's own rows
        term = session.get(Term, 1)
        assert term is not None
        session.add(Term(name="2027 春季班", first_day=date(2027, 3, 1), last_day=date(2027, 7, 16)))
        session.flush()


def test_enrollment_follows_the_visit_habits(seeded: tuple[Database, SeedSummary]) -> None:
    """Residents who come for classes are the ones in class: most check-in attendance falls on a class visit."""
    db = seeded[0]
    enrolled = {e.resident_id for e in _table(db, Enrollment) if e.status != "waiting"}
    class_visitors = {v.resident_id for v in _table(db, Visit) if v.purpose == "class"}
    assert len(enrolled & class_visitors) > 0.3 * len(class_visitors)
