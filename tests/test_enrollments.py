"""报名、候补与出勤: a course's places (companions included) are never overfilled, the waiting list moves up in order of
joining, and attendance is ticked on the roster, at the door, or by checking in on the class day."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from actors import TEST_ACTOR, TEST_DESK
from class_center import Center, add_course, add_session, make_center
from clocks import SettableClock
from frontdesk.core.access import Actor
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    AttendanceSource,
    AuditEntry,
    ClassSession,
    Course,
    CourseCategory,
    CourseKind,
    EnrollmentStatus,
    MobilityAid,
    Resident,
    SessionStatus,
    TrainingOutcome,
)
from frontdesk.core.services.enrollments import DoorScan, EnrollmentService

TODAY = date(2026, 12, 8)  # a Tuesday
NOW = datetime(2026, 12, 8, 8, 30)


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock(NOW)


def course_of(
    db: Database, center: Center, *, capacity: int, companions: int = 0, kind: CourseKind = CourseKind.COURSE,
    category: CourseCategory = CourseCategory.ARTS, title: str = "书法班",
) -> int:  # fmt: skip
    course_id = add_course(db, center, title=title, capacity=capacity, category=category)
    with db.write() as session:
        course = session.get(Course, course_id)
        course.max_companions = companions
        course.kind = kind
    return course_id


def residents(db: Database, *names: str, **fields: object) -> list[int]:
    with db.write() as session:
        people = [Resident(name=name, **fields) for name in names]
        session.add_all(people)
        session.flush()
        return [p.id for p in people]


def actions(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))


def refused(code: str, call, *args, **kwargs) -> dict:
    with pytest.raises(RuleViolation) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code
    return caught.value.params


# -- places ------------------------------------------------------------------------------------------------------


def test_companions_take_places_and_the_last_place_is_refused_in_words(any_db: Database, clock) -> None:
    center = make_center(any_db)
    course = course_of(any_db, center, capacity=4, companions=2)
    a, b, c = center.residents
    service = EnrollmentService(any_db, clock)

    first = service.enroll(course, a, companions=2, actor=TEST_DESK)
    assert (first.status, first.taken, first.capacity, first.position) == (EnrollmentStatus.ENROLLED, 3, 4, None)
    params = refused("course_full", service.enroll, course, b, companions=1, actor=TEST_DESK)
    assert params == {"title": "书法班", "capacity": 4, "free": 1, "waiting": 0}
    assert service.enroll(course, b, actor=TEST_DESK).taken == 4  # alone, the last place fits
    assert refused("course_full", service.enroll, course, c, actor=TEST_DESK)["free"] == 0
    assert refused("too_many_companions", service.enroll, course, c, companions=3, actor=TEST_DESK)["max"] == 2
    assert actions(any_db) == ["enrollment.enroll", "enrollment.enroll"]


def test_one_row_per_course_and_resident_refused_twice_and_taken_up_again_after_withdrawing(
    any_db: Database, clock
) -> None:
    center = make_center(any_db)
    course = course_of(any_db, center, capacity=1)
    a, b, _ = center.residents
    service = EnrollmentService(any_db, clock)
    enrolled = service.enroll(course, a, actor=TEST_DESK)
    assert refused("already_enrolled", service.enroll, course, a, actor=TEST_DESK)["name"] == "王秀兰"
    waiting = service.enroll(course, b, waitlist=True, actor=TEST_DESK)
    assert (waiting.status, waiting.position) == (EnrollmentStatus.WAITING, 1)
    assert refused("already_waiting", service.enroll, course, b, waitlist=True, actor=TEST_DESK)["position"] == 1

    assert refused("reason_required", service.withdraw, enrolled.enrollment_id, "  ", actor=TEST_DESK) == {}
    service.withdraw(enrolled.enrollment_id, "搬家", actor=TEST_DESK)  # b moves up into the place
    again = service.enroll(course, a, waitlist=True, actor=TEST_DESK)
    assert again.enrollment_id == enrolled.enrollment_id  # the same row, now waiting
    assert (again.status, again.position) == (EnrollmentStatus.WAITING, 1)
    service.withdraw(again.enrollment_id, "不等了", actor=TEST_DESK)
    assert refused("already_withdrawn", service.withdraw, again.enrollment_id, "x", actor=TEST_DESK) == {}


def test_an_inactive_course_or_an_archived_resident_cannot_be_enrolled(db: Database, clock) -> None:
    center = make_center(db)
    course = course_of(db, center, capacity=5)
    a, b, _ = center.residents
    with db.write() as session:
        session.get(Resident, b).archived_at = NOW
    service = EnrollmentService(db, clock)
    assert refused("resident_archived", service.enroll, course, b, actor=TEST_DESK) == {"name": "李建国"}
    with db.write() as session:
        session.get(Course, course).active = False
    assert refused("course_inactive", service.enroll, course, a, actor=TEST_DESK) == {"title": "书法班"}
    refused("course_not_found", service.enroll, 999, a, actor=TEST_DESK)


# -- the waiting list --------------------------------------------------------------------------------------------


def test_freed_places_move_the_waiting_list_up_in_order_of_joining(any_db: Database, clock) -> None:
    center = make_center(any_db)
    course = course_of(any_db, center, capacity=3, companions=2)
    a = center.residents[0]
    b, c, d = residents(any_db, "候补甲", "候补乙", "候补丙")
    service = EnrollmentService(any_db, clock)
    holder = service.enroll(course, a, companions=2, actor=TEST_DESK)
    for resident, companions in ((b, 1), (c, 0), (d, 0)):
        clock.advance(minutes=1)
        service.enroll(course, resident, companions=companions, waitlist=True, actor=TEST_DESK)
    assert [(r.resident_name, r.position) for r in service.of_course(course, actor=TEST_DESK)] == [
        ("王秀兰", None), ("候补甲", 1), ("候补乙", 2), ("候补丙", 3),
    ]  # fmt: skip

    clock.advance(minutes=1)
    result = service.withdraw(holder.enrollment_id, "身体不适", actor=TEST_DESK)
    assert [(p.name, p.companions) for p in result.promoted] == [("候补甲", 1), ("候补乙", 0)]
    assert result.free == 0
    rows = {r.resident_name: r for r in service.of_course(course, actor=TEST_DESK)}
    assert (rows["候补甲"].status, rows["候补甲"].promoted_at) == (EnrollmentStatus.ENROLLED, clock.now)
    assert (rows["候补丙"].status, rows["候补丙"].position) == (EnrollmentStatus.WAITING, 1)
    assert actions(any_db).count("enrollment.promote") == 2


def test_a_party_too_big_for_the_freed_place_keeps_its_turn_and_a_smaller_one_behind_moves_up(
    any_db: Database, clock
) -> None:
    center = make_center(any_db)
    course = course_of(any_db, center, capacity=3, companions=2)
    held = [EnrollmentService(any_db, clock).enroll(course, r, actor=TEST_DESK) for r in center.residents]
    big, small = residents(any_db, "三人组", "一个人")
    service = EnrollmentService(any_db, clock)
    clock.advance(minutes=1)
    service.enroll(course, big, companions=2, waitlist=True, actor=TEST_DESK)
    clock.advance(minutes=1)
    service.enroll(course, small, waitlist=True, actor=TEST_DESK)

    assert [p.name for p in service.withdraw(held[0].enrollment_id, "x", actor=TEST_DESK).promoted] == ["一个人"]
    assert service.withdraw(held[1].enrollment_id, "x", actor=TEST_DESK).promoted == ()  # 1 free, the party of 3 waits
    assert [p.name for p in service.withdraw(held[2].enrollment_id, "x", actor=TEST_DESK).promoted] == []
    # the one moved up earlier still holds a place: 2 free, not enough for three
    assert [(r.resident_name, r.position) for r in service.of_course(course, actor=TEST_DESK)][-1] == ("三人组", 1)
    assert service.set_companions(
        next(r for r in service.of_course(course, actor=TEST_DESK) if r.resident_name == "三人组").enrollment_id,
        1, actor=TEST_DESK,
    ).promoted[0].name == "三人组"  # fmt: skip


def test_fewer_companions_move_the_list_up_and_more_must_fit(any_db: Database, clock) -> None:
    center = make_center(any_db)
    course = course_of(any_db, center, capacity=3, companions=2)
    a, b, _ = center.residents
    service = EnrollmentService(any_db, clock)
    family = service.enroll(course, a, companions=2, actor=TEST_DESK)
    service.enroll(course, b, waitlist=True, actor=TEST_DESK)
    moved = service.set_companions(family.enrollment_id, 1, actor=TEST_DESK)
    assert ([p.name for p in moved.promoted], moved.free) == (["李建国"], 0)
    assert refused("course_full", service.set_companions, family.enrollment_id, 2, actor=TEST_DESK)["free"] == 0
    assert refused("too_many_companions", service.set_companions, family.enrollment_id, 5, actor=TEST_DESK)
    assert "enrollment.companions" in actions(any_db)


def test_a_larger_capacity_serves_the_waiting_list_before_a_newcomer(db: Database, clock) -> None:
    center = make_center(db)
    course = course_of(db, center, capacity=1)
    a, b, c = center.residents
    service = EnrollmentService(db, clock)
    service.enroll(course, a, actor=TEST_DESK)
    service.enroll(course, b, waitlist=True, actor=TEST_DESK)
    with db.write() as session:
        session.get(Course, course).capacity = 2  # edited by the course form
    late = service.enroll(course, c, waitlist=True, actor=TEST_DESK)
    assert (late.status, late.position) == (EnrollmentStatus.WAITING, 1)  # b took the new place first
    assert [(r.resident_name, r.status) for r in service.of_course(course, actor=TEST_DESK)] == [
        ("李建国", EnrollmentStatus.ENROLLED), ("王秀兰", EnrollmentStatus.ENROLLED),
        ("张桂英", EnrollmentStatus.WAITING),
    ]  # fmt: skip


# -- outcomes ----------------------------------------------------------------------------------------------------


def test_a_vocational_course_records_completed_and_employed_with_the_employer(db: Database, clock) -> None:
    center = make_center(db)
    training = course_of(db, center, capacity=10, category=CourseCategory.VOCATIONAL, title="育婴员培训")
    calligraphy = course_of(db, center, capacity=10, title="书法班")
    a = center.residents[0]
    service = EnrollmentService(db, clock)
    trainee = service.enroll(training, a, actor=TEST_DESK).enrollment_id
    other = service.enroll(calligraphy, a, actor=TEST_DESK).enrollment_id

    assert refused("not_vocational", service.set_outcome, other, TrainingOutcome.COMPLETED, actor=TEST_DESK)
    assert refused("employer_required", service.set_outcome, trainee, TrainingOutcome.EMPLOYED, actor=TEST_DESK) == {}
    assert service.set_outcome(trainee, TrainingOutcome.COMPLETED, actor=TEST_DESK).outcome == TrainingOutcome.COMPLETED
    row = service.set_outcome(
        trainee, TrainingOutcome.EMPLOYED, employer=" 阳光家政 ", employed_on=date(2026, 12, 1), actor=TEST_DESK
    )
    assert (row.outcome, row.employer, row.employed_on) == (TrainingOutcome.EMPLOYED, "阳光家政", date(2026, 12, 1))
    assert actions(db)[-2:] == ["enrollment.outcome", "enrollment.outcome"]


# -- attendance --------------------------------------------------------------------------------------------------


def test_the_roster_ticks_and_unticks_and_says_who_marked_it(any_db: Database, clock) -> None:
    center = make_center(any_db)
    course = course_of(any_db, center, capacity=10, companions=1)
    today = add_session(any_db, course, TODAY, time(9), time(10, 30))
    later = add_session(any_db, course, date(2026, 12, 15), time(9), time(10, 30))
    a, b, guest = center.residents
    service = EnrollmentService(any_db, clock)
    service.enroll(course, a, companions=1, actor=TEST_DESK)
    service.enroll(course, b, actor=TEST_DESK)

    roster = service.mark(today, a, True, actor=TEST_DESK)
    assert [(line.name, line.present, line.present_companions, line.source) for line in roster.enrolled] == [
        ("李建国", False, 0, None), ("王秀兰", True, 1, AttendanceSource.ROSTER),
    ]  # fmt: skip
    assert roster.enrolled[1].marked_by is None  # the test actor is the program itself, no staff row
    assert (roster.present_residents, roster.present_people) == (1, 2)
    roster = service.mark(today, guest, True, actor=TEST_DESK)  # a trial class
    assert [(g.name, g.enrollment_id) for g in roster.guests] == [("张桂英", None)]
    roster = service.mark(today, a, False, actor=TEST_DESK)
    assert (roster.present_residents, [line.present for line in roster.enrolled]) == (1, [False, False])
    assert actions(any_db)[-3:] == ["attendance.mark", "attendance.mark", "attendance.unmark"]
    assert refused("session_not_yet", service.mark, later, a, True, actor=TEST_DESK)


def test_door_scans_tick_count_and_say_who_is_not_on_the_list(any_db: Database, clock) -> None:
    center = make_center(any_db)
    course = course_of(any_db, center, capacity=2, companions=1)
    today = add_session(any_db, course, TODAY, time(9), time(10, 30))
    tomorrow = add_session(any_db, course, date(2026, 12, 9), time(9), time(10, 30))
    a, b, stranger = center.residents
    service = EnrollmentService(any_db, clock)
    service.enroll(course, a, companions=1, actor=TEST_DESK)
    service.enroll(course, b, waitlist=True, actor=TEST_DESK)

    first = service.door_scan(today, a, actor=TEST_DESK)
    assert (first.status, first.name, first.companions, first.present, first.people, first.capacity) == (
        DoorScan.PRESENT, "王秀兰", 1, 1, 2, 2,
    )  # fmt: skip
    assert service.door_scan(today, a, actor=TEST_DESK).status == DoorScan.ALREADY
    waiting = service.door_scan(today, b, actor=TEST_DESK)
    assert (waiting.status, waiting.waiting, waiting.may_admit) == (DoorScan.NOT_ENROLLED, True, False)
    assert service.door_scan(today, stranger, actor=TEST_DESK).status == DoorScan.NOT_ENROLLED
    assert refused("session_not_today", service.door_scan, tomorrow, a, actor=TEST_DESK) == {"day": date(2026, 12, 9)}
    with any_db.write() as session:
        cancelled = session.get(ClassSession, tomorrow)
        cancelled.status, cancelled.cancel_reason = SessionStatus.CANCELLED, "老师生病"
    assert refused("session_cancelled", service.door_scan, tomorrow, a, actor=TEST_DESK)["reason"] == "老师生病"
    assert actions(any_db).count("attendance.scan") == 1  # a scan that changes nothing writes nothing


def test_an_event_lets_a_guest_in_at_the_door_while_places_remain(any_db: Database, clock) -> None:
    center = make_center(any_db)
    event = course_of(any_db, center, capacity=3, companions=2, kind=CourseKind.EVENT, title="重阳午餐会")
    session_id = add_session(any_db, event, TODAY, time(11), time(13))
    a, b, c = center.residents
    service = EnrollmentService(any_db, clock)
    service.enroll(event, a, actor=TEST_DESK)

    told = service.door_scan(session_id, b, companions=1, actor=TEST_DESK)
    assert (told.status, told.may_admit) == (DoorScan.NOT_ENROLLED, True)
    admitted = service.door_scan(session_id, b, companions=1, admit=True, actor=TEST_DESK)
    assert (admitted.status, admitted.people, admitted.companions) == (DoorScan.ADMITTED, 2, 1)
    assert [r.resident_name for r in service.of_course(event, actor=TEST_DESK)] == ["李建国", "王秀兰"]
    full = service.door_scan(session_id, c, actor=TEST_DESK)  # a's place and b's party of two: 3 of 3
    assert (full.status, full.may_admit) == (DoorScan.NOT_ENROLLED, False)
    assert refused("course_full", service.door_scan, session_id, c, admit=True, actor=TEST_DESK)["free"] == 0
    assert actions(any_db)[-2:] == ["enrollment.enroll", "attendance.scan"]


def test_the_help_list_names_the_80_plus_on_the_day_those_living_alone_and_mobility_aids(
    any_db: Database, clock
) -> None:
    center = make_center(any_db, residents=0)
    event = course_of(any_db, center, capacity=20, kind=CourseKind.EVENT, title="健康讲座")
    session_id = add_session(any_db, event, TODAY, time(14), time(15))
    (turns_80,) = residents(any_db, "明天八十", birth_date=date(1946, 12, 9))
    (is_80,) = residents(any_db, "今天八十", birth_date=date(1946, 12, 8), phone="13912341234",
                         emergency_name="王强", emergency_relation="儿子", emergency_phone="13800001111")  # fmt: skip
    (alone,) = residents(any_db, "独居老人", lives_alone=True, chronic_conditions="高血压")
    (cane,) = residents(any_db, "拄拐老人", mobility_aid=MobilityAid.CANE)
    (not_enrolled,) = residents(any_db, "没报名", lives_alone=True)
    service = EnrollmentService(any_db, clock)
    for resident in (turns_80, is_80, alone, cane):
        service.enroll(event, resident, actor=TEST_DESK)

    rows = {row.name: row for row in service.help_list(session_id, actor=TEST_DESK)}
    assert set(rows) == {"今天八十", "独居老人", "拄拐老人"}
    assert (rows["今天八十"].aged, rows["今天八十"].age, rows["今天八十"].phone) == (True, 80, "13912341234")
    assert (rows["今天八十"].emergency_name, rows["今天八十"].emergency_phone) == ("王强", "13800001111")
    assert (rows["独居老人"].lives_alone, rows["独居老人"].aged) == (True, False)
    assert rows["拄拐老人"].mobility_aid == MobilityAid.CANE
    assert not hasattr(rows["独居老人"], "chronic_conditions")  # no health text
    assert not_enrolled not in {row.resident_id for row in rows.values()}


def test_attendance_rates_per_course_and_per_resident_count_sessions_held_since_enrolling(
    any_db: Database, clock
) -> None:
    center = make_center(any_db)
    course = course_of(any_db, center, capacity=10)
    days = [date(2026, 12, 1), date(2026, 12, 3), TODAY, date(2026, 12, 10)]
    sessions = [add_session(any_db, course, day, time(9), time(10)) for day in days]
    with any_db.write() as session:
        cancelled = session.get(ClassSession, sessions[1])
        cancelled.status, cancelled.cancel_reason = SessionStatus.CANCELLED, "停电"
    a, b, _ = center.residents
    early = SettableClock(datetime(2026, 11, 30, 9))
    EnrollmentService(any_db, early).enroll(course, a, actor=TEST_DESK)
    service = EnrollmentService(any_db, clock)
    clock.now = datetime(2026, 12, 2, 9)
    service.enroll(course, b, actor=TEST_DESK)
    clock.now = datetime(2026, 12, 1, 9, 5)
    service.mark(sessions[0], a, True, actor=TEST_DESK)
    clock.now = datetime(2026, 12, 8, 9, 30)  # today's session has started: held
    service.mark(sessions[2], b, True, actor=TEST_DESK)

    rates = service.course_rates(course, actor=TEST_DESK)
    assert (rates.enrolled, rates.held) == (2, 2)  # 12-01 and 12-08; 12-03 cancelled, 12-10 not yet
    assert [(s.day, s.present) for s in rates.sessions] == [(date(2026, 12, 1), 1), (TODAY, 1)]
    assert rates.rate == pytest.approx(2 / 3)  # a: 1 of 2; b (enrolled 12-02): 1 of 1
    assert [(r.attended, r.held, r.rate) for r in service.resident_rates(a, actor=TEST_DESK)] == [(1, 2, 0.5)]
    assert [(r.attended, r.held, r.rate) for r in service.resident_rates(b, actor=TEST_DESK)] == [(1, 1, 1.0)]


def test_a_resident_s_timetable_marks_cancelled_sessions_and_attendance(db: Database, clock) -> None:
    center = make_center(db)
    course = course_of(db, center, capacity=10)
    other = course_of(db, center, capacity=10, title="八段锦")
    first = add_session(db, course, TODAY, time(9), time(10))
    second = add_session(db, course, date(2026, 12, 15), time(9), time(10))
    add_session(db, other, TODAY, time(14), time(15))  # not theirs
    with db.write() as session:
        cancelled = session.get(ClassSession, second)
        cancelled.status, cancelled.cancel_reason = SessionStatus.CANCELLED, "节日"
    a = center.residents[0]
    service = EnrollmentService(db, clock)
    service.enroll(course, a, actor=TEST_DESK)
    service.mark(first, a, True, actor=TEST_DESK)
    rows = service.timetable(a, TODAY, date(2026, 12, 31), actor=TEST_DESK)
    assert [(r.session_id, r.title, r.room_name, r.cancelled, r.present) for r in rows] == [
        (first, "书法班", "书法室", False, True), (second, "书法班", "书法室", True, False),
    ]  # fmt: skip
    assert [r.course_title for r in service.of_resident(a, actor=TEST_DESK)] == ["书法班"]


@pytest.mark.parametrize("actor", [None, "lina", 7])
def test_no_enrollment_without_a_signed_in_actor(db: Database, clock, actor: object) -> None:
    center = make_center(db)
    course = course_of(db, center, capacity=10)
    service = EnrollmentService(db, clock)
    refused("not_signed_in", service.enroll, course, center.residents[0], actor=actor)
    refused("not_signed_in", service.roster, 1, actor=actor)
    assert actions(db) == []
    assert isinstance(TEST_ACTOR, Actor)


ENROLLMENT_MODULES = ("enrollments", "enrollment_places", "enrollment_rows", "attendance_marks", "attendance_rates")


def test_every_refusal_of_the_enrollment_service_has_words() -> None:
    import re
    from pathlib import Path

    from frontdesk.core import services
    from frontdesk.ui.pages.classes.enrollment_words import REFUSALS, refusal_text

    folder = Path(services.__file__).parent
    codes = {
        code
        for name in ENROLLMENT_MODULES
        for code in re.findall(r'RuleViolation\(\s*"(\w+)"', (folder / f"{name}.py").read_text(encoding="utf-8"))
    }
    assert {"course_full", "already_waiting", "session_not_today", "not_vocational"} <= codes
    assert codes - set(REFUSALS) == set()
    text = refusal_text("course_full", {"title": "书法班", "capacity": 20, "free": 0, "waiting": 3})
    assert all(part in text for part in ("书法班", "20", "3"))
    assert "{" not in refusal_text("session_not_today", {"day": TODAY})


def test_each_door_scan_is_said_in_words_with_the_count() -> None:
    from frontdesk.ui.pages.classes.enrollment_words import scan_text

    said = {
        status: scan_text(status, "王秀兰", present=12, people=15, capacity=30, waiting=waiting, may_admit=admit)
        for status, waiting, admit in (("present", False, False), ("already", False, False),
                                       ("admitted", False, False), ("not_enrolled", True, False))
    }  # fmt: skip
    assert len(set(said.values())) == 4
    assert all("王秀兰" in text and "12" in text and "30" in text for text in said.values())
    assert {str(s) for s in DoorScan} == {"present", "already", "admitted", "not_enrolled"}
    assert scan_text("not_enrolled", "李", present=0, people=0, capacity=5) != scan_text(
        "not_enrolled", "李", present=0, people=0, capacity=5, may_admit=True
    )
