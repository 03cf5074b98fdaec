"""The enroll dialog from keystroke to database row: a course found by its pinyin initials or its first characters,
Enter enrolls; a full course offers 加入候补 with the place the resident would take; companions for an event that
takes them (hidden for a course that takes none); a place another desk took meanwhile is said in words."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from booking_support import commit, focus, key
from PySide6.QtCore import Qt
from sqlalchemy import select

from actors import TEST_DESK
from class_center import add_course, add_session, make_center
from frontdesk.core.models import Course, CourseKind, Enrollment, EnrollmentStatus
from frontdesk.core.services.enrollments import EnrollmentService
from frontdesk.ui.pages.classes import enroll_words as words
from frontdesk.ui.pages.classes.enroll_dialog import EnrollDialog
from frontdesk.ui.pages.classes.enrollment_words import refusal_text

MONDAY = datetime(2026, 12, 7, 8, 0)


@pytest.fixture
def center(opened):
    made = make_center(opened.db)
    calligraphy = add_course(opened.db, made, title="书法班", capacity=1, instructor_id=made.zhang)
    dance = add_course(opened.db, made, title="古典舞", room_id=made.dance_room, capacity=20)
    lecture = add_course(opened.db, made, title="健康讲座", room_id=made.hall, capacity=3)
    with opened.db.write() as session:
        session.get(Course, lecture).kind = CourseKind.EVENT
        session.get(Course, lecture).max_companions = 2
    for course_id, day in ((calligraphy, date(2026, 12, 8)), (dance, date(2026, 12, 9)), (lecture, date(2026, 12, 12))):
        add_session(opened.db, course_id, day, time(9), time(10, 30))
    return made, {"书法班": calligraphy, "古典舞": dance, "健康讲座": lecture}


def enrollments_of(db, resident_id: int) -> list[tuple[int, EnrollmentStatus, int]]:
    with db.read() as session:
        rows = session.execute(
            select(Enrollment.course_id, Enrollment.status, Enrollment.companions)
            .where(Enrollment.resident_id == resident_id)
            .order_by(Enrollment.id)
        ).all()
    return [tuple(row) for row in rows]


def settle(qtbot, dialog: EnrollDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)


@pytest.fixture
def open_dialog(qtbot, make_desk, clock, center, prompts):
    clock.now = MONDAY
    desk = make_desk()
    made, _courses = center

    def open_for(resident: int = 0) -> EnrollDialog:
        dialog = EnrollDialog(desk.worker, made.residents[resident], "王秀兰", services=desk.services,
                              actor=desk.actor, printer=desk.printer, prompts=prompts, parent=desk.window)  # fmt: skip
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        settle(qtbot, dialog)
        return dialog

    return open_for


def test_pinyin_initials_find_the_course_and_enter_enrolls(qtbot, open_dialog, center, opened) -> None:
    made, courses = center
    dialog = open_dialog()
    assert focus() is dialog.search
    assert dialog.model.titles() == ["古典舞", "书法班", "健康讲座"]  # courses by title, then events by day
    qtbot.keyClicks(dialog.search, "gd")
    assert dialog.model.titles() == ["古典舞"]
    assert dialog.companions.isHidden()  # the course takes no companions
    key(qtbot, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    assert enrollments_of(opened.db, made.residents[0]) == [(courses["古典舞"], EnrollmentStatus.ENROLLED, 0)]
    assert dialog.result.text() == words.enrolled_text("王秀兰", "古典舞", 0)
    assert dialog.model.course(0).mine == EnrollmentStatus.ENROLLED  # read again
    assert words.places_text(19, 0) in dialog.model.cell(dialog.model.course(0), 4)
    assert dialog.print_button.isEnabled()
    assert dialog.search.text() == "gd"  # nothing typed is lost

    key(qtbot, Qt.Key.Key_Return)  # again: already enrolled, said beside the list
    settle(qtbot, dialog)
    assert dialog.error.text() == refusal_text("already_enrolled", {"name": "王秀兰", "title": "古典舞"})


def test_chinese_first_characters_filter_and_arrows_choose(qtbot, open_dialog) -> None:
    dialog = open_dialog()
    commit(dialog.search, "讲")
    assert dialog.model.titles() == ["健康讲座"]
    dialog.search.clear()
    assert dialog.course().title == "健康讲座"  # the choice stays when the filter goes
    key(qtbot, Qt.Key.Key_Up)
    assert dialog.course().title == "书法班"
    key(qtbot, Qt.Key.Key_Up)
    key(qtbot, Qt.Key.Key_Up)
    assert dialog.course().title == "古典舞"  # the first


def test_a_full_course_offers_the_waiting_list_with_the_place_said(qtbot, open_dialog, center, opened, clock) -> None:
    made, courses = center
    EnrollmentService(opened.db, clock).enroll(courses["书法班"], made.residents[1], actor=TEST_DESK)
    dialog = open_dialog()
    qtbot.keyClicks(dialog.search, "sfb")
    assert dialog.course().title == "书法班"
    assert dialog.waitlist.isVisible()
    assert dialog.waitlist.text() == words.waitlist_button_text(1)
    key(qtbot, Qt.Key.Key_Return)  # 报名: full, said in words
    settle(qtbot, dialog)
    assert "书法班" in dialog.error.text()
    assert enrollments_of(opened.db, made.residents[0]) == []
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # 加入候补
    qtbot.waitUntil(lambda: bool(dialog.result.text()), timeout=5_000)  # a mnemonic clicks later
    settle(qtbot, dialog)
    assert enrollments_of(opened.db, made.residents[0]) == [(courses["书法班"], EnrollmentStatus.WAITING, 0)]
    assert dialog.result.text() == words.waiting_text("王秀兰", "书法班", 1)
    assert words.standing_text("waiting", 1) == dialog.model.cell(dialog.course(), 6)


def test_companions_for_an_event_and_the_last_places_taken_by_another_desk(
    qtbot, open_dialog, center, opened, clock
) -> None:
    made, courses = center
    dialog = open_dialog()
    qtbot.keyClicks(dialog.search, "jk")
    assert dialog.course().title == "健康讲座"
    assert dialog.companions.isVisible()
    assert dialog.companions.maximum() == 2
    dialog.companions.setFocus()
    qtbot.keyClick(dialog.companions, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.companions, Qt.Key.Key_Up)
    assert dialog.companions.value() == 2
    EnrollmentService(opened.db, clock).enroll(courses["健康讲座"], made.residents[1], actor=TEST_DESK)  # 2 left
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert enrollments_of(opened.db, made.residents[0]) == []
    assert dialog.error.text() == refusal_text("course_full", {"title": "健康讲座", "capacity": 3, "free": 2,
                                                               "waiting": 0})  # fmt: skip
    assert dialog.waitlist.isVisible()
    assert dialog.companions.value() == 2  # kept
    assert dialog.model.course(dialog.table.currentIndex().row()).free == 2  # read again
    qtbot.keyClick(dialog.companions, Qt.Key.Key_Down)  # one companion fits
    assert not dialog.waitlist.isVisible()
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert enrollments_of(opened.db, made.residents[0]) == [(courses["健康讲座"], EnrollmentStatus.ENROLLED, 1)]
    assert dialog.result.text() == words.enrolled_text("王秀兰", "健康讲座", 1)
