"""The 课程 tab's 报名名单 and 点名…: choosing a course shows who is enrolled beside its sessions; 点名… opens the
chosen session's roster, where a card at the door ticks its resident."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableView, QTabWidget, QWidget
from signin_support import settle
from sqlalchemy import select

from actors import TEST_ACTOR, TEST_DESK
from class_center import make_center
from clocks import SettableClock
from frontdesk.core.access import Actor
from frontdesk.core.models import Attendance, AttendanceSource, Resident, Role
from frontdesk.core.services.course_records import CourseDraft, PatternInput, TermInput
from frontdesk.core.services.courses import CourseService
from frontdesk.core.services.enrollments import EnrollmentService
from frontdesk.ui.pages.classes.course_enrollment_panel import ListColumn

FRONT_DESK = Actor(0, "李前台", Role.FRONT_DESK)
WEDNESDAY = datetime(2026, 12, 2, 8, 45)


def test_the_course_s_enrolled_beside_its_sessions_and_the_roster_ticks_a_card(qtbot, make_desk, opened, clock) -> None:
    center = make_center(opened.db)
    courses = CourseService(opened.db, SettableClock(datetime(2026, 11, 28, 9)))
    term = courses.save_term(TermInput("2026 冬季班", date(2026, 12, 1), date(2026, 12, 31)), actor=TEST_ACTOR)
    course_id = courses.save_course(
        CourseDraft(title="八段锦", category="fitness", term_id=term, room_id=center.dance_room,
                    instructor_id=center.chen, patterns=(PatternInput(2, time(9), time(10)),)),
        actor=TEST_ACTOR,
    )  # fmt: skip
    wang = center.residents[0]
    with opened.db.write() as session:
        session.get(Resident, wang).card_number = "31000001"
    clock.now = WEDNESDAY
    EnrollmentService(opened.db, clock).enroll(course_id, wang, actor=TEST_DESK)
    desk = make_desk(actor=FRONT_DESK)
    desk.window.show()
    desk.window.show_page("classes")
    tab = desk.window.findChild(QWidget, "coursesTab")
    desk.classes.tabs.setCurrentWidget(tab)
    settle(qtbot, desk)
    sessions = tab.findChild(QTableView, "courseSessions")
    qtbot.waitUntil(lambda: sessions.model().rowCount() == 5 and tab.current_session is not None, timeout=10_000)
    panel = tab.enrollment
    qtbot.waitUntil(lambda: panel.model.column(ListColumn.NAME) == ["王秀兰"], timeout=10_000)
    parts = tab.findChild(QTabWidget, "courseParts")  # the sessions, and the enrolled, a tab each
    parts.setCurrentWidget(panel)
    assert panel.isVisible()
    assert tab.current_session.starts_at == datetime(2026, 12, 2, 9)  # today's, the coming one
    qtbot.mouseClick(tab.findChild(QPushButton, "sessionRoster"), Qt.MouseButton.LeftButton)
    roster = tab.dialog
    assert roster is not None
    assert roster.objectName() == "rosterDialog"
    qtbot.waitUntil(lambda: not roster.busy() and roster.roster is not None, timeout=10_000)
    qtbot.keyClicks(roster.scan, "31000001")
    qtbot.keyClick(roster.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: roster.model.present_names() == ["王秀兰"], timeout=10_000)
    with opened.db.read() as session:
        rows = session.execute(select(Attendance.resident_id, Attendance.source)).all()
    assert [tuple(r) for r in rows] == [(wang, AttendanceSource.SCAN)]
    roster.close()
