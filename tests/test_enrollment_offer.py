"""可报名: what the enroll dialog offers a resident — this term's courses with their weekly times, free places, the
waiting list and the resident's own standing; events still to come; ended terms and past events left out."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from actors import TEST_DESK
from class_center import add_course, add_session, make_center
from clocks import SettableClock
from frontdesk.core.db import Database
from frontdesk.core.models import Course, CourseKind, CoursePattern, EnrollmentStatus, Term
from frontdesk.core.services.enrollment_offer import Meeting, title_initials
from frontdesk.core.services.enrollments import EnrollmentService

NOW = datetime(2026, 12, 8, 8, 30)


@pytest.fixture
def clock() -> SettableClock:
    return SettableClock(NOW)


def in_term(db: Database, course_id: int, name: str, first: date, last: date, *meetings: tuple[int, time, time]):
    with db.write() as session:
        term = session.query(Term).filter_by(name=name).one_or_none()
        if term is None:
            term = Term(name=name, first_day=first, last_day=last)
            session.add(term)
            session.flush()
        course = session.get(Course, course_id)
        course.term_id = term.id
        course.fee_cents = 5000
        for weekday, starts, ends in meetings:
            session.add(CoursePattern(course_id=course_id, weekday=weekday, starts=starts, ends=ends))


def test_open_courses_say_times_places_waiting_and_the_resident_s_standing(any_db: Database, clock) -> None:
    center = make_center(any_db)
    wang, li, zhang = center.residents
    calligraphy = add_course(any_db, center, title="书法班", capacity=1, instructor_id=center.zhang)
    in_term(any_db, calligraphy, "2026 秋季班", date(2026, 9, 1), date(2027, 1, 15), (1, time(9), time(10, 30)),
            (3, time(9), time(10, 30)))  # fmt: skip
    ended = add_course(any_db, center, title="八段锦")
    in_term(any_db, ended, "2026 春季班", date(2026, 3, 1), date(2026, 6, 30), (0, time(8), time(9)))
    lecture = add_course(any_db, center, title="健康讲座", room_id=center.hall, capacity=100)
    past = add_course(any_db, center, title="重阳游园", room_id=center.hall, capacity=100)
    with any_db.write() as session:
        for course_id in (lecture, past):
            session.get(Course, course_id).kind = CourseKind.EVENT
            session.get(Course, course_id).max_companions = 2
    add_session(any_db, lecture, date(2026, 12, 12), time(14), time(16))
    add_session(any_db, past, date(2026, 10, 29), time(9), time(11))
    enrollments = EnrollmentService(any_db, clock)
    enrollments.enroll(calligraphy, wang, actor=TEST_DESK)
    enrollments.enroll(calligraphy, li, waitlist=True, actor=TEST_DESK)
    enrollments.enroll(calligraphy, zhang, waitlist=True, actor=TEST_DESK)

    offered = enrollments.open_courses(zhang, actor=TEST_DESK)
    assert [c.title for c in offered] == ["书法班", "健康讲座"]
    course, event = offered
    assert course.initials == "sfb"
    assert course.meetings == (Meeting(1, time(9), time(10, 30)), Meeting(3, time(9), time(10, 30)))
    assert (course.room_name, course.instructor_name, course.term_name) == ("书法室", "张德明", "2026 秋季班")
    assert (course.capacity, course.taken, course.free, course.waiting, course.fee_cents) == (1, 1, 0, 2, 5000)
    assert (course.mine, course.position) == (EnrollmentStatus.WAITING, 2)
    assert (event.kind, event.next_session, event.max_companions, event.free) == (
        CourseKind.EVENT, datetime(2026, 12, 12, 14), 2, 100)  # fmt: skip
    assert event.mine is None
    assert enrollments.open_courses(wang, actor=TEST_DESK)[0].mine == EnrollmentStatus.ENROLLED


def test_title_initials_keep_latin_and_drop_signs() -> None:
    assert title_initials("书法班") == "sfb"
    assert title_initials("AI 手机课（初级）") == "aisjkcj"
