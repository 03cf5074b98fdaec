"""The roster dialog from keystroke to database row: Space and a click tick a resident; a card scanned at the door
ticks its resident, the count goes up and the scan is said in words (again: already; not enrolled; a code nobody
has); at an event a guest not registered is let in with a companion while places remain, and the guests who need a
hand are listed."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from actors import TEST_DESK
from class_center import add_course, add_session, make_center
from frontdesk.core.models import (
    Attendance,
    AttendanceSource,
    Course,
    CourseKind,
    Enrollment,
    EnrollmentStatus,
    MobilityAid,
    Resident,
)
from frontdesk.core.services.enrollments import EnrollmentService
from frontdesk.ui.pages.classes import enroll_words as words
from frontdesk.ui.pages.classes.roster_dialog import RosterDialog
from frontdesk.ui.pages.classes.roster_models import RosterColumn

TODAY = date(2026, 12, 8)
NOW = datetime(2026, 12, 8, 8, 50)
CARDS = ("31000001", "31000002", "31000003")


@pytest.fixture
def center(opened):
    made = make_center(opened.db)
    with opened.db.write() as session:
        for resident_id, card in zip(made.residents, CARDS, strict=True):
            session.get(Resident, resident_id).card_number = card
        helped = session.get(Resident, made.residents[1])
        helped.birth_date = date(1940, 5, 1)
        helped.lives_alone = True
        helped.mobility_aid = MobilityAid.WHEELCHAIR
        helped.phone = "13912341234"
    return made


def attendance(db, session_id: int) -> list[tuple[int, AttendanceSource, int]]:
    with db.read() as session:
        rows = session.execute(
            select(Attendance.resident_id, Attendance.source, Attendance.companions)
            .where(Attendance.session_id == session_id)
            .order_by(Attendance.resident_id)
        ).all()
    return [tuple(row) for row in rows]


def settle(qtbot, dialog: RosterDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)


@pytest.fixture
def open_roster(qtbot, make_desk, clock, prompts):
    clock.now = NOW
    desk = make_desk()

    def open_for(session_id: int) -> RosterDialog:
        dialog = RosterDialog(desk.worker, session_id, services=desk.services, actor=desk.actor,
                              printer=desk.printer, prompts=prompts, parent=desk.window)  # fmt: skip
        qtbot.addWidget(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        settle(qtbot, dialog)
        return dialog

    return open_for


def scan(qtbot, dialog: RosterDialog, code: str) -> None:
    qtbot.keyClicks(dialog.scan, code)
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    settle(qtbot, dialog)


@pytest.fixture
def calligraphy(opened, center, clock):
    clock.now = NOW
    course = add_course(opened.db, center, title="书法班", capacity=20, instructor_id=center.zhang)
    session_id = add_session(opened.db, course, TODAY, time(9), time(10, 30))
    enrollments = EnrollmentService(opened.db, clock)
    for resident in center.residents[:2]:
        enrollments.enroll(course, resident, actor=TEST_DESK)
    return session_id


def test_space_and_a_click_tick_and_untick(qtbot, open_roster, calligraphy, center, opened) -> None:
    dialog = open_roster(calligraphy)
    wang, _li, _ = center.residents
    assert [line.name for line in dialog.model.rows] == ["李建国", "王秀兰"]  # by pinyin
    assert dialog.count.text() == words.count_text(0, 2, 0)
    assert dialog.help_list.isHidden()  # a course, not an event
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(1, RosterColumn.NAME))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    settle(qtbot, dialog)
    assert attendance(opened.db, calligraphy) == [(wang, AttendanceSource.ROSTER, 0)]
    assert dialog.count.text() == words.count_text(1, 2, 0)
    assert dialog.model.data(dialog.model.index(1, RosterColumn.PRESENT), Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked)  # fmt: skip
    rect = dialog.table.visualRect(dialog.model.index(1, RosterColumn.PRESENT))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, dialog)
    assert attendance(opened.db, calligraphy) == []
    assert dialog.count.text() == words.count_text(0, 2, 0)


def test_door_scans_tick_count_up_and_say_each_card(qtbot, open_roster, calligraphy, center, opened) -> None:
    dialog = open_roster(calligraphy)
    wang, li, _zhang = center.residents
    assert dialog.focusWidget() is dialog.scan
    scan(qtbot, dialog, CARDS[0])
    assert attendance(opened.db, calligraphy) == [(wang, AttendanceSource.SCAN, 0)]
    assert dialog.said.text() == words.scan_text("present", "王秀兰")
    qtbot.waitUntil(lambda: dialog.count.text() == words.count_text(1, 2, 0), timeout=5_000)
    assert dialog.scan.text() == ""  # ready for the next card
    scan(qtbot, dialog, CARDS[1])
    assert dialog.count.text() == words.count_text(2, 2, 0)
    scan(qtbot, dialog, CARDS[0])  # again
    assert dialog.said.text() == words.scan_text("already", "王秀兰")
    scan(qtbot, dialog, CARDS[2])  # 张桂英 is not enrolled
    assert dialog.said.text() == words.scan_text("not_enrolled", "张桂英")
    assert dialog.admit.isHidden()  # a course lets nobody in at the door
    scan(qtbot, dialog, "39999999")
    assert dialog.said.text() == words.card_unknown_text()
    assert [r[0] for r in attendance(opened.db, calligraphy)] == [wang, li]
    assert dialog.count.text() == words.count_text(2, 2, 0)


def test_an_event_lets_a_guest_in_with_a_companion_and_lists_who_needs_a_hand(
    qtbot, open_roster, center, opened, clock
) -> None:
    clock.now = NOW
    event = add_course(opened.db, center, title="健康讲座", room_id=center.hall, capacity=4)
    with opened.db.write() as session:
        session.get(Course, event).kind = CourseKind.EVENT
        session.get(Course, event).max_companions = 2
    session_id = add_session(opened.db, event, TODAY, time(14), time(16))
    wang, li, zhang = center.residents
    enrollments = EnrollmentService(opened.db, clock)
    enrollments.enroll(event, wang, actor=TEST_DESK)
    enrollments.enroll(event, li, actor=TEST_DESK)
    dialog = open_roster(session_id)
    assert dialog.help_list.isVisible()
    assert dialog.help_model.names() == ["李建国"]  # 86, lives alone, a wheelchair
    needs = dialog.help_model.data(dialog.help_model.index(0, 1))
    assert needs == words.help_text(True, True, "wheelchair")
    assert dialog.help_model.data(dialog.help_model.index(0, 2)) == "13912341234"

    scan(qtbot, dialog, CARDS[2])  # 张桂英: not registered, two places left
    assert dialog.said.text() == words.scan_text("not_enrolled", "张桂英", may_admit=True)
    assert dialog.admit.isVisible()
    assert dialog.admit_companions.maximum() == 1  # two places: the guest and one more
    dialog.admit_companions.setValue(1)
    qtbot.mouseClick(dialog.admit, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert attendance(opened.db, session_id) == [(zhang, AttendanceSource.SCAN, 1)]
    with opened.db.read() as session:
        status = session.scalar(select(Enrollment.status).where(Enrollment.resident_id == zhang))
    assert status == EnrollmentStatus.ENROLLED
    assert dialog.said.text() == words.scan_text("admitted", "张桂英", companions=1)
    qtbot.waitUntil(lambda: dialog.count.text() == words.count_text(1, 3, 1), timeout=5_000)
    assert dialog.admit.isHidden()
