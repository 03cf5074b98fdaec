"""Terms and courses: a course's sessions planned over its term (holidays skipped, 调休 only if chosen), every
problem listed before saving and the save refused with nothing written while there is one; editing re-plans only
the future sessions nobody attended; sessions cancelled (with the call list), moved and added, checked; events."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from actors import TEST_ACTOR, TEST_DESK
from class_center import Center, add_booking, add_course, add_session, make_center
from clocks import SettableClock
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import (
    Attendance,
    AttendanceSource,
    AuditEntry,
    ClassSession,
    Course,
    CourseKind,
    Enrollment,
    EnrollmentStatus,
    Resident,
    SessionStatus,
)
from frontdesk.core.services.course_records import CourseDraft, EventDraft, PatternInput, TermInput
from frontdesk.core.services.courses import CourseService

BEFORE_TERM = datetime(2026, 2, 20, 9, 0)
MONDAY_MORNING = PatternInput(0, time(9), time(10, 30))
FRIDAY_AFTERNOON = PatternInput(4, time(15), time(16, 30))


def spring(service: CourseService) -> int:
    return service.save_term(TermInput("2026 春季班", date(2026, 3, 2), date(2026, 6, 30)), actor=TEST_ACTOR)


def draft(center: Center, term_id: int, **changes: object) -> CourseDraft:
    values: dict[str, object] = dict(
        title="书法班", category="arts", term_id=term_id, room_id=center.calligraphy_room, instructor_id=center.zhang,
        capacity=20, patterns=(MONDAY_MORNING, FRIDAY_AFTERNOON), fee_cents=0,
    )  # fmt: skip
    values.update(changes)
    return CourseDraft(**values)  # type: ignore[arg-type]


def made(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (session.scalar(select(func.count()).select_from(Course)) or 0,
                session.scalar(select(func.count()).select_from(ClassSession)) or 0)  # fmt: skip


def test_a_spring_term_skips_qingming_labour_day_and_the_dragon_boat_festival(db: Database) -> None:
    center = make_center(db)
    service = CourseService(db, SettableClock(BEFORE_TERM))
    term = spring(service)
    plan = service.plan(draft(center, term), actor=TEST_ACTOR)
    # 18 Mondays less 4/6 (清明) and 5/4 (劳动节); 17 Fridays less 5/1 (劳动节) and 6/19 (端午)
    assert len(plan.sessions) == 31
    assert [(s.day, s.holiday) for s in plan.skipped] == [
        (date(2026, 4, 6), "Tomb-sweeping Day"),
        (date(2026, 5, 1), "Labour Day"),
        (date(2026, 5, 4), "Labour Day"),
        (date(2026, 6, 19), "Dragon Boat Festival"),
    ]
    assert plan.clean
    assert plan.unpublished_years == ()
    # the Saturday worked in place of Labour Day holds a class only when chosen
    makeup = service.plan(draft(center, term, on_makeup_days=True), actor=TEST_ACTOR)
    assert [s.starts_at for s in makeup.sessions if s.makeup] == [datetime(2026, 5, 9, 9, 0)]


def test_terms_are_listed_and_their_names_are_unique(db: Database) -> None:
    service = CourseService(db, SettableClock(BEFORE_TERM))
    term = spring(service)
    with pytest.raises(RuleViolation) as taken:
        spring(service)
    assert (taken.value.code, taken.value.params["field"]) == ("term_name_taken", "name")
    with pytest.raises(RuleViolation) as backwards:
        service.save_term(TermInput("2026 秋季班", date(2026, 9, 1), date(2026, 8, 1)), actor=TEST_ACTOR)
    assert (backwards.value.code, backwards.value.params["field"]) == ("last_before_first", "last_day")
    assert [(t.term_id, t.name) for t in service.terms(actor=TEST_DESK)] == [(term, "2026 春季班")]
    with pytest.raises(RuleViolation) as denied:
        service.save_term(TermInput("2026 秋季班", date(2026, 9, 1), date(2027, 1, 15)), actor=TEST_DESK)
    assert denied.value.code == "not_allowed"


def test_every_problem_is_listed_and_the_save_refused_with_nothing_written(any_db: Database) -> None:
    center = make_center(any_db)
    service = CourseService(any_db, SettableClock(BEFORE_TERM))
    term = spring(service)
    # a lecture on Monday 3/16 at 11:00 whose 45 minutes' set-up take the room from 10:15
    add_booking(any_db, center.calligraphy_room, date(2026, 3, 16), time(11), time(12), setup_min=45,
                title="健康讲座")  # fmt: skip
    # 张老师 teaches 八段锦 in the dance room on Friday 3/20 at 15:30
    other = add_course(any_db, center, title="八段锦", room_id=center.dance_room, instructor_id=center.zhang)
    add_session(any_db, other, date(2026, 3, 20), time(15, 30), time(16, 30))
    # and a second Monday meeting that overlaps the first
    overlapping = draft(center, term, patterns=(MONDAY_MORNING, PatternInput(0, time(10), time(11)), FRIDAY_AFTERNOON))
    plan = service.plan(overlapping, actor=TEST_ACTOR)
    problems = {
        (s.starts_at, c.code, c.planned is not None, c.params.get("title")) for s in plan.sessions for c in s.clashes
    }
    assert (datetime(2026, 3, 16, 9), "room_taken", False, "健康讲座") in problems
    assert (datetime(2026, 3, 20, 15), "instructor_busy", False, "八段锦") in problems
    assert (datetime(2026, 3, 2, 9), "room_taken", True, None) in problems  # the plan's own two Monday meetings
    assert (datetime(2026, 3, 2, 10), "room_taken", True, None) in problems
    assert plan.clash_count == 16 * 2 + 1  # every Monday twice over, and the one Friday
    before = made(any_db)
    with pytest.raises(RuleViolation) as refused:
        service.save_course(overlapping, actor=TEST_ACTOR)
    assert refused.value.code == "plan_has_clashes"
    assert refused.value.params["count"] == plan.clash_count
    first = refused.value.params["first"]
    assert (first["code"], first["starts_at"], first["planned"]) == ("room_taken", datetime(2026, 3, 2, 9), 1)
    assert made(any_db) == before


def test_a_clean_plan_is_saved_with_every_session_and_the_instructor_on_each(any_db: Database) -> None:
    center = make_center(any_db)
    service = CourseService(any_db, SettableClock(BEFORE_TERM))
    term = spring(service)
    course_id = service.save_course(draft(center, term), actor=TEST_ACTOR)
    detail = service.course(course_id, actor=TEST_DESK)
    assert len(detail.sessions) == 31
    assert {(s.instructor_name, s.room_name, s.status) for s in detail.sessions} == {
        ("张德明", "书法室", SessionStatus.SCHEDULED)
    }
    assert detail.draft.patterns == (MONDAY_MORNING, FRIDAY_AFTERNOON)
    [row] = service.courses(actor=TEST_DESK, term_id=term)
    assert (row.title, row.instructor_name, row.room_name, row.enrolled, row.capacity, row.next_session) == (
        "书法班", "张德明", "书法室", 0, 20, datetime(2026, 3, 2, 9)
    )  # fmt: skip
    with any_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "course.save")).one()
        assert entry.details["sessions_made"] == 31
    # a second course in the same room at the same times is now refused
    with pytest.raises(RuleViolation) as refused:
        service.save_course(draft(center, term, title="国画班", instructor_id=center.chen), actor=TEST_ACTOR)
    assert refused.value.params["count"] == 31


def test_a_changed_pattern_re_plans_only_future_sessions_nobody_attended(any_db: Database) -> None:
    center = make_center(any_db)
    clock = SettableClock(BEFORE_TERM)
    service = CourseService(any_db, clock)
    term = spring(service)
    course_id = service.save_course(draft(center, term), actor=TEST_ACTOR)
    sessions = service.course(course_id, actor=TEST_ACTOR).sessions
    attended_later = next(s for s in sessions if s.day == date(2026, 4, 20))  # ticked ahead of time
    with any_db.write() as session:
        session.add(Attendance(session_id=attended_later.session_id, resident_id=center.residents[0],
                               source=AttendanceSource.ROSTER, marked_at=BEFORE_TERM))  # fmt: skip
    clock.now = datetime(2026, 4, 1, 12, 0)  # a month into the term
    past = {(s.session_id, s.starts_at) for s in sessions if s.starts_at < clock.now}
    moved = draft(
        center, term, patterns=(PatternInput(0, time(14), time(15, 30)), FRIDAY_AFTERNOON), course_id=course_id
    )
    plan = service.plan(moved, actor=TEST_ACTOR)
    assert plan.clean
    assert plan.replaced == len(sessions) - len(past) - 1
    service.save_course(moved, actor=TEST_ACTOR)
    after = service.course(course_id, actor=TEST_ACTOR).sessions
    # (ids of deleted rows may be given again on SQLite: a session is the same if its id and time are)
    kept = {(s.session_id, s.starts_at) for s in after} & {(s.session_id, s.starts_at) for s in sessions}
    assert kept == past | {(attended_later.session_id, attended_later.starts_at)}
    mondays = [s for s in after if s.day.weekday() == 0]
    assert {s.starts_at.time() for s in mondays if s.starts_at < clock.now} == {time(9)}  # history stays
    assert {s.starts_at.time() for s in mondays if s.starts_at > clock.now and s.attended == 0} == {time(14)}
    assert [s.starts_at.time() for s in mondays if s.day == date(2026, 4, 20)] == [time(9)]  # attended: kept
    assert len(after) == len(sessions)


def test_capacity_may_not_go_below_the_places_enrolled_and_plain_fields_just_change(db: Database) -> None:
    center = make_center(db)
    service = CourseService(db, SettableClock(BEFORE_TERM))
    term = spring(service)
    course_id = service.save_course(draft(center, term), actor=TEST_ACTOR)
    ids = {s.session_id for s in service.course(course_id, actor=TEST_ACTOR).sessions}
    with db.write() as session:
        for resident_id in center.residents[:2]:
            session.add(Enrollment(course_id=course_id, resident_id=resident_id, companions=1, joined_at=BEFORE_TERM,
                                   status=EnrollmentStatus.ENROLLED))  # fmt: skip
    with pytest.raises(RuleViolation) as refused:
        service.save_course(draft(center, term, capacity=3, course_id=course_id), actor=TEST_ACTOR)
    assert refused.value.params == {"field": "capacity", "enrolled": 4}
    service.save_course(draft(center, term, capacity=4, title="书法提高班", course_id=course_id), actor=TEST_ACTOR)
    detail = service.course(course_id, actor=TEST_ACTOR)
    assert (detail.row.title, detail.row.capacity, detail.row.enrolled) == ("书法提高班", 4, 4)
    assert {s.session_id for s in detail.sessions} == ids  # nothing re-planned


def test_bad_input_names_its_field(db: Database) -> None:
    center = make_center(db)
    service = CourseService(db, SettableClock(BEFORE_TERM))
    term = spring(service)
    for changes, code, field in (
        ({"title": " "}, "required", "title"),
        ({"patterns": ()}, "no_meetings", "patterns"),
        ({"patterns": (PatternInput(1, time(10), time(9)),)}, "ends_before_starts", "patterns"),
        ({"capacity": 0}, "out_of_range", "capacity"),
        ({"room_id": None}, "required", "room"),
        ({"fee_cents": -1}, "out_of_range", "fee"),
    ):
        with pytest.raises(RuleViolation) as refused:
            service.plan(draft(center, term, **changes), actor=TEST_ACTOR)
        assert (refused.value.code, refused.value.params["field"]) == (code, field)


def enrolled_course(db: Database, center: Center, service: CourseService) -> tuple[int, list[int]]:
    term = spring(service)
    course_id = service.save_course(draft(center, term), actor=TEST_ACTOR)
    with db.write() as session:
        first, second = session.get(Resident, center.residents[0]), session.get(Resident, center.residents[1])
        assert first is not None
        assert second is not None
        first.phone, second.phone = "13912341234", "13800001111"
        session.add(Enrollment(course_id=course_id, resident_id=first.id, joined_at=BEFORE_TERM))
        session.add(Enrollment(course_id=course_id, resident_id=second.id, joined_at=BEFORE_TERM, companions=1))
        session.add(Enrollment(course_id=course_id, resident_id=center.residents[2], joined_at=BEFORE_TERM,
                               status=EnrollmentStatus.WAITING))  # fmt: skip
    return course_id, [s.session_id for s in service.course(course_id, actor=TEST_ACTOR).sessions]


def test_a_cancelled_session_gives_the_enrolled_residents_to_call(any_db: Database) -> None:
    center = make_center(any_db)
    service = CourseService(any_db, SettableClock(BEFORE_TERM))
    _course, sessions = enrolled_course(any_db, center, service)
    with pytest.raises(RuleViolation) as no_reason:
        service.cancel_session(sessions[0], "  ", actor=TEST_DESK)
    assert no_reason.value.params["field"] == "reason"
    calls = service.cancel_session(sessions[0], "老师生病", actor=TEST_DESK)
    assert (calls.course_title, calls.reason, calls.starts_at) == ("书法班", "老师生病", datetime(2026, 3, 2, 9))
    assert [(r.name, r.phone, r.companions) for r in calls.rows] == sorted(
        [("王秀兰", "13912341234", 0), ("李建国", "13800001111", 1)]
    )  # the waiting list is not called
    with any_db.read() as session:
        cs = session.get(ClassSession, sessions[0])
        assert cs is not None
        assert (cs.status, cs.cancel_reason) == (SessionStatus.CANCELLED, "老师生病")
    assert service.session_call_list(sessions[0], actor=TEST_DESK).rows == calls.rows
    with pytest.raises(RuleViolation) as again:
        service.cancel_session(sessions[0], "再次", actor=TEST_DESK)
    assert again.value.code == "session_cancelled"
    service.restore_session(sessions[0], actor=TEST_DESK)
    assert service.course(_course, actor=TEST_DESK).sessions[0].status == SessionStatus.SCHEDULED


def test_moving_and_adding_sessions_is_checked(any_db: Database) -> None:
    center = make_center(any_db)
    service = CourseService(any_db, SettableClock(BEFORE_TERM))
    course_id, sessions = enrolled_course(any_db, center, service)
    add_booking(any_db, center.calligraphy_room, date(2026, 3, 3), time(9), time(11), title="老年居民议事会")
    with pytest.raises(RuleViolation) as taken:
        service.move_session(sessions[0], starts_at=datetime(2026, 3, 3, 9, 30), actor=TEST_DESK)
    assert (taken.value.code, taken.value.params["title"]) == ("room_taken", "老年居民议事会")
    assert "多功能厅" in taken.value.params["free_rooms"]
    service.move_session(sessions[0], starts_at=datetime(2026, 3, 3, 9, 30), room_id=center.hall, actor=TEST_DESK)
    moved = service.course(course_id, actor=TEST_DESK).sessions[0]
    assert (moved.starts_at, moved.room_name, moved.moved_from) == (
        datetime(2026, 3, 3, 9, 30), "多功能厅", datetime(2026, 3, 2, 9)
    )  # fmt: skip
    with pytest.raises(RuleViolation) as busy:
        service.add_session(course_id, date(2026, 3, 3), time(10), time(11), actor=TEST_DESK)
    assert busy.value.code == "room_taken"
    added = service.add_session(course_id, date(2026, 3, 4), time(9), time(10, 30), actor=TEST_DESK)
    row = next(s for s in service.course(course_id, actor=TEST_DESK).sessions if s.session_id == added)
    assert (row.added, row.instructor_name, row.room_name) == (True, "张德明", "书法室")


def test_an_event_is_a_course_of_one_checked_session(any_db: Database) -> None:
    center = make_center(any_db)
    service = CourseService(any_db, SettableClock(BEFORE_TERM))
    add_booking(any_db, center.hall, date(2026, 3, 10), time(9), time(10), title="义诊")
    lunch = EventDraft(title="重阳敬老午餐", room_id=center.hall, day=date(2026, 3, 10), starts=time(10, 30),
                       ends=time(13), setup_min=60, capacity=170, max_companions=1)  # fmt: skip
    with pytest.raises(RuleViolation) as refused:
        service.create_event(lunch, actor=TEST_DESK)  # its hour of set-up runs into the free clinic
    assert refused.value.code == "room_taken"
    too_big = EventDraft(title="重阳敬老午餐", room_id=center.dance_room, day=date(2026, 3, 10), starts=time(11),
                         ends=time(13), capacity=170)  # fmt: skip
    with pytest.raises(RuleViolation) as small:
        service.create_event(too_big, actor=TEST_DESK)
    assert small.value.code == "room_too_small"
    event_id = service.create_event(EventDraft(**{**lunch.__dict__, "setup_min": 30}), actor=TEST_DESK)
    detail = service.course(event_id, actor=TEST_DESK)
    assert (detail.row.kind, detail.row.term_id, detail.row.capacity) == (CourseKind.EVENT, None, 170)
    assert [(s.starts_at, s.room_name) for s in detail.sessions] == [(datetime(2026, 3, 10, 10, 30), "多功能厅")]
