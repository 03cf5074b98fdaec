"""The residents page's 报名… and 课程…: the enroll dialog for the selected resident; the resident's courses with their
standing, attendance rate and coming sessions, and 退出 with a reason moving the waiting list up (said by name)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from residents_driver import ResidentsDriver
from sqlalchemy import select

from actors import TEST_DESK
from class_center import add_course, add_session, make_center
from frontdesk.core.models import Enrollment, EnrollmentStatus
from frontdesk.core.search.index import reindex
from frontdesk.core.services.enrollments import EnrollmentService
from frontdesk.ui.pages.classes import enroll_words as words
from frontdesk.ui.pages.classes.enroll_dialog import EnrollDialog
from frontdesk.ui.pages.classes.enrollment_words import refusal_text
from frontdesk.ui.pages.classes.resident_classes_dialog import ResidentClassesDialog, rate_text
from pdf_checks import text_of

TUESDAY = datetime(2026, 12, 8, 11, 0)


@pytest.fixture
def center(opened):
    made = make_center(opened.db)
    with opened.db.write() as session:
        reindex(session, made.residents)
    return made


@pytest.fixture
def residents(qtbot, make_desk, clock, center) -> ResidentsDriver:
    clock.now = TUESDAY
    return ResidentsDriver(qtbot, make_desk())


def status_of(db, resident_id: int) -> list[EnrollmentStatus]:
    with db.read() as session:
        return list(session.scalars(select(Enrollment.status).where(Enrollment.resident_id == resident_id)))


def test_enroll_from_the_residents_page(qtbot, residents, center, opened) -> None:
    course = add_course(opened.db, center, title="书法班", capacity=5)
    add_session(opened.db, course, date(2026, 12, 15), time(9), time(10, 30))
    residents.select("王秀兰")
    page = residents.page
    assert page.enroll_action.isEnabled()
    page.enroll_action.trigger()
    dialog = page.enrolling
    assert isinstance(dialog, EnrollDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.model.rowCount() == 1, timeout=10_000)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.result.text()), timeout=10_000)
    assert status_of(opened.db, center.residents[0]) == [EnrollmentStatus.ENROLLED]
    dialog.close()


def test_the_resident_s_courses_with_rates_coming_sessions_and_withdrawing(
    qtbot, residents, center, opened, clock, printers
) -> None:
    course = add_course(opened.db, center, title="书法班", capacity=1)
    wang, li, _ = center.residents
    enrollments = EnrollmentService(opened.db, clock)
    clock.now = datetime(2026, 12, 1, 8, 0)
    enrollments.enroll(course, wang, actor=TEST_DESK)
    enrollments.enroll(course, li, waitlist=True, actor=TEST_DESK)
    held = add_session(opened.db, course, date(2026, 12, 1), time(9), time(10, 30))
    enrollments.mark(held, wang, True, actor=TEST_DESK)
    add_session(opened.db, course, date(2026, 12, 15), time(9), time(10, 30))
    clock.now = TUESDAY
    residents.select("王秀兰")
    page = residents.page
    page.classes_action.trigger()
    dialog = page.classes_dialog
    assert isinstance(dialog, ResidentClassesDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.model.rowCount() == 1, timeout=10_000)
    assert dialog.model.texts(0) == ["书法班"]
    assert dialog.model.texts(1) == [words.standing_text("enrolled", None)]
    assert dialog.model.texts(2)[0] == rate_text(dialog._rates[course])
    assert dialog.model.texts(2)[0].startswith("1/1")
    assert dialog.coming_model.texts(1) == ["书法班"]  # the session of 12/15
    assert dialog.withdraw_button.isEnabled()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)  # 打印课表
    qtbot.waitUntil(lambda: len(printers.sent) == 1 and residents.desk.printer.queue.idle(), timeout=10_000)
    timetable = text_of(printers.sent[0][0])
    assert "王秀兰" in timetable
    assert "书法班" in timetable

    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)  # no reason: said, nothing changes
    qtbot.waitUntil(dialog.error.isVisible, timeout=10_000)
    assert dialog.error.text() == refusal_text("reason_required")
    assert status_of(opened.db, wang) == [EnrollmentStatus.ENROLLED]
    qtbot.keyClicks(dialog.reason, "moved")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result.text() == words.withdrawn_text("书法班", ["李建国"]), timeout=10_000)
    assert status_of(opened.db, wang) == [EnrollmentStatus.WITHDRAWN]
    assert status_of(opened.db, li) == [EnrollmentStatus.ENROLLED]
    qtbot.waitUntil(lambda: dialog.model.texts(1) == [words.standing_text("withdrawn", None)], timeout=10_000)
    assert not dialog.withdraw_button.isEnabled()
    assert dialog.coming_model.rowCount() == 0
    dialog.close()
