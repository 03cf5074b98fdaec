"""The rooms' week (教室周课表): every session and booking of a week by room, the closed days named, and a block moved
by the week view — refused when anything is in the way, so a move never makes a double booking."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import select

from actors import TEST_DESK
from class_center import add_booking, add_course, add_session, make_center
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    Attendance,
    AttendanceSource,
    AuditEntry,
    CenterDay,
    ClassSession,
    Enrollment,
    EnrollmentStatus,
    Room,
    RoomBooking,
)
from frontdesk.core.services.room_use import BOOKING, SESSION
from frontdesk.core.services.room_week import RoomWeekService

MONDAY = date(2026, 12, 7)
TUESDAY = date(2026, 12, 8)
NOW = datetime(2026, 12, 1, 9, 0)


def service(db: Database) -> RoomWeekService:
    return RoomWeekService(db, lambda: NOW)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def test_the_week_has_the_rooms_by_floor_and_every_block_with_its_set_up(any_db: Database) -> None:
    center = make_center(any_db)
    course = add_course(any_db, center, capacity=20, instructor_id=center.zhang, setup_min=10)
    session_id = add_session(any_db, course, TUESDAY, time(9), time(10, 30))
    booking = add_booking(any_db, center.hall, TUESDAY, time(14), time(15), setup_min=30, cleanup_min=15, expected=80)
    add_booking(any_db, center.hall, date(2026, 12, 14), time(14), time(15))  # the week after: not shown
    with any_db.write() as session:
        session.add(Room(name="旧活动室", capacity=10, active=False))
        session.add_all([
            Enrollment(course_id=course, resident_id=center.residents[0], companions=1, joined_at=NOW),
            Enrollment(course_id=course, resident_id=center.residents[1], joined_at=NOW),
            Enrollment(course_id=course, resident_id=center.residents[2], joined_at=NOW,
                       status=EnrollmentStatus.WAITING),
        ])  # fmt: skip

    plan = service(any_db).week(MONDAY, actor=TEST_DESK)

    assert [r.name for r in plan.rooms] == ["多功能厅", "书法室", "舞蹈室"]  # 1楼 before 2楼; inactive left out
    assert plan.days[0] == MONDAY
    assert len(plan.days) == 7
    assert plan.today == NOW.date()
    assert [(b.kind, b.item_id) for b in plan.blocks] == [(SESSION, session_id), (BOOKING, booking)]
    lesson, lecture = plan.blocks
    assert (lesson.title, lesson.who, lesson.category) == ("书法班", "张德明", "arts")
    assert lesson.taken_from == at(TUESDAY, 8, 50)
    assert lesson.starts_at == at(TUESDAY, 9)
    assert (lesson.taken, lesson.capacity) == (3, 20)  # two enrolled, one with a companion; the waiting one not
    assert (lecture.who, lecture.category, lecture.capacity) == ("颐康养老院", "lecture", 80)  # expected attendance
    assert (lecture.taken_from, lecture.taken_until) == (at(TUESDAY, 13, 30), at(TUESDAY, 15, 15))
    assert lecture.taken is None


def test_closed_days_and_holidays_are_named(db: Database) -> None:
    make_center(db)
    with db.write() as session:
        session.add(CenterDay(day=date(2026, 12, 9), open=False, note="停电检修"))
    plan = service(db).week(MONDAY, actor=TEST_DESK)
    assert [(c.day, c.holiday, c.note) for c in plan.closed] == [(date(2026, 12, 9), None, "停电检修")]
    assert plan.closed_on(date(2026, 12, 9)) is not None
    assert plan.closed_on(MONDAY) is None
    national = service(db).week(date(2026, 9, 28), actor=TEST_DESK)  # 国庆 from 1 October
    assert [c.day for c in national.closed] == [date(2026, 10, d) for d in range(1, 5)]
    assert {c.holiday for c in national.closed} == {"National Day"}


def test_a_session_moved_to_a_free_time_is_moved_and_audited(any_db: Database) -> None:
    center = make_center(any_db)
    course = add_course(any_db, center, instructor_id=center.zhang)
    session_id = add_session(any_db, course, TUESDAY, time(9), time(10, 30))
    service(any_db).move(SESSION, session_id, starts_at=at(TUESDAY, 14), room_id=center.dance_room, actor=TEST_DESK)
    with any_db.read() as session:
        moved = session.get(ClassSession, session_id)
        assert (moved.starts_at, moved.ends_at, moved.room_id) == (at(TUESDAY, 14), at(TUESDAY, 15, 30),
                                                                   center.dance_room)  # fmt: skip
        assert moved.moved_from == at(TUESDAY, 9)
        actions = session.scalars(select(AuditEntry.action)).all()
    assert "class.session_move" in actions


def test_a_move_onto_another_booking_is_refused_with_what_is_in_the_way(any_db: Database) -> None:
    center = make_center(any_db)
    course = add_course(any_db, center)
    session_id = add_session(any_db, course, TUESDAY, time(9), time(10))
    booking = add_booking(any_db, center.dance_room, TUESDAY, time(14), time(15), setup_min=30)
    with pytest.raises(RuleViolation) as refused:
        # ends 13:45, into the lecture's set-up from 13:30
        service(any_db).move(SESSION, session_id, starts_at=at(TUESDAY, 12, 45), room_id=center.dance_room,
                             actor=TEST_DESK)  # fmt: skip
    assert refused.value.code == "room_taken"
    assert refused.value.params["title"] == "健康讲座"
    assert refused.value.params["who"] == "颐康养老院"
    assert "next_free" in refused.value.params
    assert "free_rooms" in refused.value.params
    with pytest.raises(RuleViolation) as also:
        service(any_db).move(BOOKING, booking, starts_at=at(TUESDAY, 9, 30), room_id=center.calligraphy_room,
                             actor=TEST_DESK)  # fmt: skip
    assert also.value.code == "room_taken"
    with any_db.read() as session:
        assert session.get(ClassSession, session_id).starts_at == at(TUESDAY, 9)
        assert session.get(RoomBooking, booking).room_id == center.dance_room
        assert not session.scalars(select(AuditEntry).where(AuditEntry.action.like("%move"))).all()


def test_a_booking_moves_to_another_room(any_db: Database) -> None:
    center = make_center(any_db)
    booking = add_booking(any_db, center.dance_room, TUESDAY, time(14), time(15))
    service(any_db).move(BOOKING, booking, starts_at=at(TUESDAY, 16), room_id=center.hall, actor=TEST_DESK)
    with any_db.read() as session:
        moved = session.get(RoomBooking, booking)
        assert (moved.room_id, moved.starts_at, moved.ends_at) == (center.hall, at(TUESDAY, 16), at(TUESDAY, 17))


def test_a_move_into_the_past_onto_a_closed_day_or_of_a_missing_block_is_refused(db: Database) -> None:
    center = make_center(db)
    booking = add_booking(db, center.dance_room, TUESDAY, time(14), time(15))
    with pytest.raises(RuleViolation) as past:
        service(db).move(BOOKING, booking, starts_at=datetime(2026, 11, 30, 14), room_id=center.hall, actor=TEST_DESK)
    assert past.value.code == "move_in_past"
    with pytest.raises(RuleViolation) as missing:
        service(db).move(SESSION, 999, starts_at=at(TUESDAY, 14), room_id=center.hall, actor=TEST_DESK)
    assert missing.value.code == "session_not_found"
    with db.write() as session:
        session.add(CenterDay(day=TUESDAY + timedelta(days=1), open=False, note="停电检修"))
    with pytest.raises(RuleViolation) as closed:
        service(db).move(BOOKING, booking, starts_at=at(TUESDAY + timedelta(days=1), 14), room_id=center.hall,
                         actor=TEST_DESK)  # fmt: skip
    assert (closed.value.code, closed.value.params["note"]) == ("day_closed", "停电检修")


def test_a_session_s_roster_lists_the_enrolled_and_who_was_there(db: Database) -> None:
    center = make_center(db)
    course = add_course(db, center)
    session_id = add_session(db, course, TUESDAY, time(9), time(10))
    first, second, third = center.residents
    with db.write() as session:
        session.add_all([
            Enrollment(course_id=course, resident_id=second, joined_at=datetime(2026, 11, 1)),
            Enrollment(course_id=course, resident_id=first, joined_at=datetime(2026, 11, 2)),
            Enrollment(course_id=course, resident_id=third, joined_at=datetime(2026, 11, 3),
                       status=EnrollmentStatus.WITHDRAWN),
            Attendance(session_id=session_id, resident_id=first, source=AttendanceSource.ROSTER, marked_at=NOW),
        ])  # fmt: skip
    roster = service(db).session_roster(session_id, actor=TEST_DESK)
    assert roster == [(second, "李建国", False), (first, "王秀兰", True)]
