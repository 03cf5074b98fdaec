"""At 签到 on a class day, from keystrokes to the roster row: the resident found, Enter, and they are present in that
morning's class, shown on the card; a place moved up from a waiting list is on the card of the resident it went to."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from actors import TEST_DESK
from class_center import add_course, add_session, make_center
from conftest import CheckinDriver
from frontdesk.core.models import Attendance, AttendanceSource
from frontdesk.core.search.index import reindex
from frontdesk.core.services.enrollments import EnrollmentService
from frontdesk.ui.pages.checkin import words as checkin_words

TUESDAY_MORNING = datetime(2026, 12, 8, 8, 40)


@pytest.fixture
def center(opened):
    made = make_center(opened.db)
    with opened.db.write() as session:
        reindex(session, made.residents)
    return made


@pytest.fixture
def checkin(qtbot, make_desk, key_clock, clock, center) -> CheckinDriver:
    clock.now = TUESDAY_MORNING
    return CheckinDriver(qtbot, make_desk(), key_clock)


def test_checking_in_on_the_class_day_ticks_the_class_and_the_card_says_so(checkin, center, opened, clock) -> None:
    course = add_course(opened.db, center, title="书法班", capacity=1)
    session_id = add_session(opened.db, course, date(2026, 12, 8), time(9), time(10, 30))
    add_session(opened.db, course, date(2026, 12, 15), time(9), time(10, 30))
    wang, li, _ = center.residents
    enrollments = EnrollmentService(opened.db, clock)
    holder = enrollments.enroll(course, wang, actor=TEST_DESK)
    enrollments.enroll(course, li, waitlist=True, actor=TEST_DESK)

    checkin.commit("王秀兰")
    checkin.settle()
    assert checkin.card_name() == "王秀兰"
    checkin.enter()  # 签到
    checkin.settle()
    with opened.db.read() as session:
        rows = session.execute(select(Attendance.session_id, Attendance.resident_id, Attendance.source)).all()
    assert [tuple(r) for r in rows] == [(session_id, wang, AttendanceSource.CHECKIN)]
    assert "09:00  书法班" in checkin.page.card.today.text()

    enrollments.withdraw(holder.enrollment_id, "搬家", actor=TEST_DESK)  # 李建国 moves up
    checkin.key(Qt.Key.Key_Escape)
    checkin.commit("李建国")
    checkin.settle()
    assert checkin.card_name() == "李建国"
    today = checkin.page.card.today.text()
    assert checkin_words.class_place_text("书法班", datetime(2026, 12, 8, 9), "书法室") in today  # this morning's
    assert "09:00  书法班" in today  # and the class itself, now theirs
