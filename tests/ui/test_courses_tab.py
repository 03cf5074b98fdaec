"""课程与教室 → 课程: a manager sets up a term and a course of two weekly meetings by keystrokes; 检查 lists the clash
with a lecture already booked, a changed time makes it clean, and 保存 writes the course and its sessions. 停课
then shows the enrolled residents to call. The front desk sees the courses but not the managers' buttons."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QWidget
from signin_support import settle
from sqlalchemy import select

from class_center import add_booking, make_center
from frontdesk.core.access import Actor
from frontdesk.core.models import ClassSession, Course, CoursePattern, Enrollment, Resident, Role, SessionStatus

MANAGER = Actor(0, "张主任", Role.MANAGER)
FRONT_DESK = Actor(0, "李前台", Role.FRONT_DESK)


def typed_chinese(qtbot, field: QLineEdit, text: str) -> None:
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def typed(qtbot, field: QWidget, text: str) -> None:
    field.setFocus()
    field.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(field, text)


def shown_tab(qtbot, desk) -> QWidget:
    desk.window.show()
    desk.window.show_page("classes")
    tab = desk.window.findChild(QWidget, "coursesTab")
    desk.classes.tabs.setCurrentWidget(tab)
    settle(qtbot, desk)
    qtbot.waitUntil(lambda: not tab.busy() and tab.choices is not None, timeout=10_000)
    return tab


def wait(qtbot, desk, *busy) -> None:
    qtbot.waitUntil(lambda: desk.worker.idle() and not any(b.busy() for b in busy), timeout=10_000)


def pick(box: QComboBox, text: str) -> None:
    """A choice by its shown text, as the keyboard would reach it (Up/Down), not by setting the index."""
    box.setFocus()
    target = next(i for i in range(box.count()) if box.itemText(i).startswith(text))
    while box.currentIndex() != target:
        key = Qt.Key.Key_Down if box.currentIndex() < target else Qt.Key.Key_Up
        QApplication.sendEvent(box, _key(key))


def _key(key: Qt.Key):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier)


def plan_rows(dialog) -> list[tuple[str, str]]:
    model = dialog.findChild(QTableView, "coursePlanList").model()
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_a_manager_sets_up_a_term_and_a_course_checked_before_it_is_saved(qtbot, make_desk, opened) -> None:
    center = make_center(opened.db)
    add_booking(opened.db, center.calligraphy_room, date(2026, 12, 8), time(9, 30), time(11), title="健康讲座")
    desk = make_desk(actor=MANAGER)
    tab = shown_tab(qtbot, desk)

    qtbot.mouseClick(tab.findChild(QPushButton, "coursesNewTerm"), Qt.MouseButton.LeftButton)
    term_dialog = tab.dialog
    assert term_dialog is not None
    assert term_dialog.objectName() == "termDialog"
    typed_chinese(qtbot, term_dialog.findChild(QLineEdit, "termName"), "2026 冬季班")
    typed(qtbot, term_dialog.findChild(QWidget, "termFirst"), "2026-12-01")
    typed(qtbot, term_dialog.findChild(QWidget, "termLast"), "2026-12-31")
    qtbot.mouseClick(term_dialog.findChild(QPushButton, "termSave"), Qt.MouseButton.LeftButton)
    terms = tab.findChild(QComboBox, "coursesTerm")
    qtbot.waitUntil(lambda: terms.currentText() == "2026 冬季班", timeout=10_000)
    wait(qtbot, desk, tab)

    table = tab.findChild(QTableView, "coursesTable")
    desk.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is desk.window, timeout=5_000)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # 新课程
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.objectName() == "courseDialog"
    typed_chinese(qtbot, dialog.findChild(QLineEdit, "courseTitle"), "书法班")
    pick(dialog.findChild(QComboBox, "courseRoom"), "书法室")
    pick(dialog.findChild(QComboBox, "courseInstructor"), "张德明")
    pick(dialog.findChild(QComboBox, "coursePatternDay0"), dialog.findChild(QComboBox, "coursePatternDay0").itemText(1))
    typed(qtbot, dialog.findChild(QLineEdit, "coursePatternStarts0"), "09:00")
    typed(qtbot, dialog.findChild(QLineEdit, "coursePatternEnds0"), "10:30")
    qtbot.mouseClick(dialog.findChild(QPushButton, "coursePatternAdd"), Qt.MouseButton.LeftButton)
    thursday = dialog.findChild(QComboBox, "coursePatternDay1")
    pick(thursday, thursday.itemText(3))
    typed(qtbot, dialog.findChild(QLineEdit, "coursePatternStarts1"), "09:00")
    typed(qtbot, dialog.findChild(QLineEdit, "coursePatternEnds1"), "10:30")

    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)  # 检查
    qtbot.waitUntil(lambda: dialog.plan is not None or bool(dialog.messages.general.text()), timeout=10_000)
    assert dialog.messages.general.text() == ""
    assert dialog.plan.clash_count == 1
    flagged = [row for row in plan_rows(dialog) if "健康讲座" in row[1]]
    assert len(flagged) == 1
    assert "09:00" in flagged[0][0]
    assert dialog.findChild(QLabel, "coursePlanSummary").property("tone") == "refusal"

    qtbot.mouseClick(dialog.findChild(QPushButton, "courseSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.messages.general.text()), timeout=10_000)
    wait(qtbot, desk, dialog)
    assert "健康讲座" in dialog.messages.general.text()
    with opened.db.read() as session:
        assert session.scalars(select(Course)).all() == []

    typed(qtbot, dialog.findChild(QLineEdit, "coursePatternStarts0"), "14:00")
    typed(qtbot, dialog.findChild(QLineEdit, "coursePatternEnds0"), "15:30")
    dialog.plan = None
    qtbot.mouseClick(dialog.findChild(QPushButton, "courseCheck"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert dialog.plan.clean
    assert all(problem == dialog.tr("OK") for _when, problem in plan_rows(dialog))
    qtbot.mouseClick(dialog.findChild(QPushButton, "courseSave"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.dialog is None, timeout=10_000)
    wait(qtbot, desk, tab)

    with opened.db.read() as session:
        course = session.scalars(select(Course)).one()
        patterns = sorted((p.weekday, p.starts, p.ends) for p in session.scalars(select(CoursePattern)))
        sessions = session.scalars(select(ClassSession).order_by(ClassSession.starts_at)).all()
    assert (course.title, course.room_id, course.instructor_id) == ("书法班", center.calligraphy_room, center.zhang)
    assert patterns == [(1, time(14), time(15, 30)), (3, time(9), time(10, 30))]
    # the Tuesdays and Thursdays of December from 12/1 (the desk's clock: Saturday 11/28)
    assert [s.starts_at for s in sessions][:3] == [datetime(2026, 12, 1, 14), datetime(2026, 12, 3, 9),
                                                   datetime(2026, 12, 8, 14)]  # fmt: skip
    assert len(sessions) == 10
    qtbot.waitUntil(lambda: table.model().rowCount() == 1, timeout=10_000)
    assert table.model().index(0, 0).data() == "书法班"
    assert table.model().index(0, 5).data() == "0/20"


def test_cancelling_a_session_shows_the_residents_to_call(qtbot, make_desk, opened) -> None:
    from actors import TEST_ACTOR
    from clocks import SettableClock
    from frontdesk.core.services.course_records import CourseDraft, PatternInput, TermInput
    from frontdesk.core.services.courses import CourseService

    center = make_center(opened.db)
    courses = CourseService(opened.db, SettableClock(datetime(2026, 11, 28, 9)))
    term = courses.save_term(TermInput("2026 冬季班", date(2026, 12, 1), date(2026, 12, 31)), actor=TEST_ACTOR)
    course_id = courses.save_course(
        CourseDraft(title="八段锦", category="fitness", term_id=term, room_id=center.dance_room,
                    instructor_id=center.chen, patterns=(PatternInput(2, time(9), time(10)),)),
        actor=TEST_ACTOR,
    )  # fmt: skip
    with opened.db.write() as session:
        resident = session.get(Resident, center.residents[0])
        assert resident is not None
        resident.phone = "13912341234"
        session.add(Enrollment(course_id=course_id, resident_id=resident.id, joined_at=datetime(2026, 11, 20)))
    desk = make_desk(actor=FRONT_DESK)
    tab = shown_tab(qtbot, desk)
    assert not tab.findChild(QPushButton, "coursesNewCourse").isVisible()  # managers only
    sessions = tab.findChild(QTableView, "courseSessions")
    qtbot.waitUntil(lambda: sessions.model().rowCount() == 5 and tab.current_session is not None, timeout=10_000)
    first = tab.current_session
    qtbot.mouseClick(tab.findChild(QPushButton, "sessionCancel"), Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.objectName() == "sessionCancelDialog"
    qtbot.mouseClick(dialog.findChild(QPushButton, "sessionCancelSave"), Qt.MouseButton.LeftButton)
    wait(qtbot, desk, dialog)
    assert dialog.calls is None  # no reason: said beside the field, nothing cancelled
    assert dialog.findChild(QLabel, "sessionCancelReasonError").text()
    typed_chinese(qtbot, dialog.findChild(QLineEdit, "sessionCancelReason"), "老师生病")
    qtbot.keyClick(dialog.findChild(QLineEdit, "sessionCancelReason"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.calls is not None, timeout=10_000)
    calls = dialog.findChild(QTableView, "callList")
    assert calls.isVisible()
    assert [(calls.model().index(0, 0).data(), calls.model().index(0, 1).data())] == [("王秀兰", "13912341234")]
    assert dialog.findChild(QPushButton, "callListPrint").isEnabled()
    with opened.db.read() as session:
        cs = session.get(ClassSession, first.session_id)
        assert cs is not None
        assert (cs.status, cs.cancel_reason) == (SessionStatus.CANCELLED, "老师生病")
    import io

    from pypdf import PdfReader

    qtbot.mouseClick(dialog.findChild(QPushButton, "callListPrint"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.printing is not None and tab.printing.last_preview is not None, timeout=10_000)
    preview = tab.printing.last_preview
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview._pdf)).pages)
    assert "停课通知电话单" in text
    assert "13912341234" in text
    assert "老师生病" in text
    preview.close()
