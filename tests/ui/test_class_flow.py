"""The classes' "done means", end to end from keystrokes: a course in a room with its sessions; at 签到 a front-desk
user finds the resident by typing, F11 报名, Enter, and F9 prints the 报名回执; on the next class day the resident's
check-in marks them present in that day's session (a row with source checkin); the roster opened from the rooms'
week shows them ticked, and the 签到表 printed from it (F9) carries their name with a tick drawn beside it."""

from __future__ import annotations

import io
from datetime import date, datetime, time

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from class_center import add_course, add_session, make_center
from conftest import CheckinDriver
from frontdesk.core.models import Attendance, AttendanceSource, Enrollment, EnrollmentStatus
from frontdesk.core.search.index import reindex
from frontdesk.ui.pages.classes import enroll_words as words
from pdf_checks import text_of

MONDAY = datetime(2026, 12, 7, 10, 0)
TUESDAY_MORNING = datetime(2026, 12, 8, 8, 45)
TICK_WIDTH = 1.4  # the line width frontdesk.printing.layout.TickBox draws its tick with


@pytest.fixture
def center(opened):
    made = make_center(opened.db)
    with opened.db.write() as session:
        reindex(session, made.residents)
    return made


@pytest.fixture
def checkin(qtbot, make_desk, key_clock, clock, center) -> CheckinDriver:
    clock.now = MONDAY
    return CheckinDriver(qtbot, make_desk(), key_clock)


def _times(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return [a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2, e * a2 + f * c2 + e2,
            e * b2 + f * d2 + f2]  # fmt: skip


def tick_heights(pdf: bytes) -> list[float]:
    """Where on the page (y, in points) each drawn tick starts: a path stroked at the tick's line width."""
    heights = []
    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        ctm, stack, width = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0], [], 1.0
        for operands, operator in pypdf.generic.ContentStream(page.get_contents(), page.pdf).operations:
            if operator == b"q":
                stack.append((ctm, width))
            elif operator == b"Q":
                ctm, width = stack.pop()
            elif operator == b"cm":
                ctm = _times([float(v) for v in operands], ctm)
            elif operator == b"w":
                width = float(operands[0])
            elif operator == b"m" and abs(width - TICK_WIDTH) < 0.01:
                x, y = (float(v) for v in operands)
                heights.append(ctm[1] * x + ctm[3] * y + ctm[5])
    return heights


def text_heights(pdf: bytes, text: str) -> list[float]:
    found: list[float] = []

    def visit(shown: str, cm, tm, _font, _size) -> None:
        if text in shown:
            m = _times(list(tm), list(cm))
            found.append(m[5])

    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_enroll_at_check_in_then_the_class_day_s_check_in_marks_them_present_and_the_sheet_shows_it(
    checkin, center, opened, clock, printers
) -> None:
    course = add_course(opened.db, center, title="书法班", capacity=20, instructor_id=center.zhang)
    tuesday = add_session(opened.db, course, date(2026, 12, 8), time(9), time(10, 30))
    add_session(opened.db, course, date(2026, 12, 15), time(9), time(10, 30))
    wang = center.residents[0]

    checkin.commit("王秀兰")  # found by typing
    checkin.settle()
    assert checkin.card_name() == "王秀兰"
    checkin.key(Qt.Key.Key_F11)  # 报名…
    dialog = checkin.page.enrolling
    assert dialog is not None
    checkin.qtbot.waitExposed(dialog)
    checkin.qtbot.waitUntil(lambda: not dialog.busy() and dialog.model.rowCount() == 1, timeout=10_000)
    assert QApplication.focusWidget() is dialog.search
    checkin.qtbot.keyClicks(dialog.search, "sf")
    checkin.qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # 报名
    checkin.qtbot.waitUntil(lambda: bool(dialog.result.text()), timeout=10_000)
    assert dialog.result.text() == words.enrolled_text("王秀兰", "书法班", 0)
    with opened.db.read() as session:
        (status,) = session.scalars(select(Enrollment.status).where(Enrollment.resident_id == wang))
    assert status == EnrollmentStatus.ENROLLED
    checkin.qtbot.keyClick(dialog, Qt.Key.Key_F9)  # 打印回执
    checkin.qtbot.waitUntil(lambda: len(printers.sent) == 1 and checkin.desk.printer.queue.idle(), timeout=10_000)
    slip = text_of(printers.sent[0][0])
    assert "王秀兰" in slip
    assert "书法班" in slip
    checkin.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    checkin.qtbot.waitUntil(lambda: checkin.page.enrolling is None, timeout=5_000)
    checkin.desk.window.activateWindow()
    checkin.qtbot.waitUntil(lambda: QApplication.focusWidget() is checkin.page.search, timeout=5_000)

    clock.now = TUESDAY_MORNING  # the next class day
    checkin.key(Qt.Key.Key_Escape)
    checkin.commit("王秀兰")
    checkin.settle()
    checkin.enter()  # 签到
    checkin.settle()
    with opened.db.read() as session:
        rows = session.execute(select(Attendance.session_id, Attendance.resident_id, Attendance.source)).all()
    assert [tuple(r) for r in rows] == [(tuesday, wang, AttendanceSource.CHECKIN)]
    assert "09:00  书法班" in checkin.page.card.today.text()

    roster = open_roster(checkin, tuesday)
    assert roster.model.present_names() == ["王秀兰"]
    assert roster.count.text() == words.count_text(1, 1, 0)
    checkin.qtbot.keyClick(roster, Qt.Key.Key_F9)  # 签到表
    checkin.qtbot.waitUntil(lambda: len(printers.sent) == 2 and checkin.desk.printer.queue.idle(), timeout=10_000)
    sheet = printers.sent[1][0]
    text = text_of(sheet)
    assert "签到表" in text
    assert "书法班" in text
    (name_at,) = text_heights(sheet, "王秀兰")
    ticks = tick_heights(sheet)
    assert len(ticks) == 1  # one resident present: one tick on the sheet
    assert abs(ticks[0] - name_at) < 12  # in the resident's row


def open_roster(checkin: CheckinDriver, session_id: int):
    """课程与教室 → the rooms' week: today's session block chosen by the arrows, Enter opens its roster."""
    from PySide6.QtTest import QTest

    from frontdesk.ui.pages.classes.week_tab import RoomsWeekTab

    desk, qtbot = checkin.desk, checkin.qtbot
    desk.window.show_page("classes")
    tab = desk.classes.tabs.widget(0)
    assert isinstance(tab, RoomsWeekTab)
    qtbot.waitUntil(lambda: tab.plan is not None and not tab.busy(), timeout=10_000)
    view = tab.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.selected == ("session", session_id)
    with qtbot.waitSignal(view.blockActivated):
        QTest.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible(), timeout=10_000)
    dialog = tab.dialog
    assert dialog.objectName() == "rosterDialog"
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.roster is not None, timeout=10_000)
    return dialog
