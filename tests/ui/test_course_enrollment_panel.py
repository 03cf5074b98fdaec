"""A course's 报名名单 panel from keystroke to database row: the enrolled then the waiting list in order; a resident
found by name and enrolled through the enroll dialog opened on this course; 退出 with a reason moving the first
waiting up (said by name); 结业 and 已就业 with the employer for a vocational course."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from actors import TEST_DESK
from class_center import add_course, add_session, make_center
from frontdesk.core.models import CourseCategory, Enrollment, EnrollmentStatus, TrainingOutcome
from frontdesk.core.search.index import reindex
from frontdesk.core.services.enrollments import EnrollmentService
from frontdesk.ui.pages.classes import enroll_words as words
from frontdesk.ui.pages.classes.course_enrollment_panel import CourseEnrollmentPanel, ListColumn, outcome_text

NOW = datetime(2026, 12, 8, 11, 0)


@pytest.fixture
def center(opened):
    made = make_center(opened.db, residents=4)
    with opened.db.write() as session:
        reindex(session, made.residents)
    return made


@pytest.fixture
def panel(qtbot, make_desk, clock, prompts):
    clock.now = NOW
    desk = make_desk()
    made = CourseEnrollmentPanel(desk.hub, desk.worker, printer=desk.printer, prompts=prompts)
    qtbot.addWidget(made)
    made.set_desk(desk.services, desk.actor)
    made.show()
    qtbot.waitExposed(made)
    return made


def settle(qtbot, panel: CourseEnrollmentPanel) -> None:
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)


def standing(db, course_id: int) -> dict[int, EnrollmentStatus]:
    with db.read() as session:
        rows = session.execute(
            select(Enrollment.resident_id, Enrollment.status).where(Enrollment.course_id == course_id)
        )
        return dict(rows.all())


def test_the_list_in_order_enrolling_one_found_by_name_and_withdrawing(qtbot, panel, center, opened, clock) -> None:
    course = add_course(opened.db, center, title="书法班", capacity=1)
    add_session(opened.db, course, date(2026, 12, 15), time(9), time(10, 30))
    wang, li, zhang, liu = center.residents
    enrollments = EnrollmentService(opened.db, clock)
    enrollments.enroll(course, wang, actor=TEST_DESK)
    enrollments.enroll(course, li, waitlist=True, actor=TEST_DESK)
    panel.show_course(course, "书法班")
    settle(qtbot, panel)
    assert panel.model.column(ListColumn.NAME) == ["王秀兰", "李建国"]
    assert panel.model.column(ListColumn.STANDING) == [words.standing_text("enrolled", None),
                                                      words.standing_text("waiting", 1)]  # fmt: skip
    assert panel.outcome_row.isHidden()  # not a vocational course

    qtbot.keyClicks(panel.find, "zgy")  # 张桂英 by initials
    qtbot.keyClick(panel.find, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.who.count() > 0, timeout=10_000)
    assert panel.who.currentData() == (zhang, "张桂英")
    qtbot.mouseClick(panel.enroll_button, Qt.MouseButton.LeftButton)
    dialog = panel.enrolling
    qtbot.waitUntil(lambda: not dialog.busy() and dialog.course() is not None, timeout=10_000)
    assert dialog.course().course_id == course  # opened on this course
    qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # full: 加入候补
    qtbot.waitUntil(lambda: bool(dialog.result.text()), timeout=10_000)
    dialog.close()
    qtbot.waitUntil(lambda: panel.model.column(ListColumn.NAME) == ["王秀兰", "李建国", "张桂英"], timeout=10_000)

    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClicks(panel.reason, "moved")
    qtbot.keyClick(panel.reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(panel.said.text()), timeout=10_000)
    assert panel.said.text() == words.withdrawn_text("书法班", ["李建国"])
    assert standing(opened.db, course) == {wang: EnrollmentStatus.WITHDRAWN, li: EnrollmentStatus.ENROLLED,
                                           zhang: EnrollmentStatus.WAITING}  # fmt: skip
    qtbot.waitUntil(lambda: panel.model.column(ListColumn.NAME) == ["李建国", "张桂英"], timeout=10_000)
    assert liu not in standing(opened.db, course)


def test_a_vocational_course_records_completed_and_employed(qtbot, panel, center, opened, clock) -> None:
    course = add_course(opened.db, center, title="育婴员", capacity=10, category=CourseCategory.VOCATIONAL)
    wang = center.residents[0]
    EnrollmentService(opened.db, clock).enroll(course, wang, actor=TEST_DESK)
    panel.show_course(course, "育婴员", vocational=True)
    settle(qtbot, panel)
    assert panel.outcome_row.isVisible()
    assert panel.employer.isHidden()  # 结业 first
    qtbot.mouseClick(panel.outcome_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.column(ListColumn.OUTCOME) == [outcome_text("completed", None)],
                    timeout=10_000)  # fmt: skip
    panel.outcome.setCurrentIndex(1)  # 已就业
    assert panel.employer.isVisible()
    qtbot.mouseClick(panel.outcome_button, Qt.MouseButton.LeftButton)  # no employer: said
    qtbot.waitUntil(panel.error.isVisible, timeout=10_000)
    qtbot.keyClicks(panel.employer, "Yikang")
    qtbot.mouseClick(panel.outcome_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.column(ListColumn.OUTCOME) == [outcome_text("employed", "Yikang")],
                    timeout=10_000)  # fmt: skip
    with opened.db.read() as session:
        row = session.scalar(select(Enrollment).where(Enrollment.course_id == course))
        assert (row.outcome, row.employer) == (TrainingOutcome.EMPLOYED, "Yikang")
