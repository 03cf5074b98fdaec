"""The rooms' week (课程与教室 → 周视图): blocks painted from the database, the selection moved by keys, a block
dragged to a free time moved in the database, a drag onto another booking refused in words with nothing changed,
and PageDown reading the next week."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from class_center import add_booking, add_course, add_session, make_center
from frontdesk.core.models import AuditEntry, ClassSession, Enrollment
from frontdesk.ui.pages.appointments.booking_words import day_text
from frontdesk.ui.pages.classes.week_tab import RoomsWeekTab
from frontdesk.ui.pages.classes.week_view import LOOKS, WEEK, RoomsWeekView

TUESDAY = datetime(2026, 12, 1, 8, 0)  # the week of Monday 30 November
WEDNESDAY = date(2026, 12, 2)


@pytest.fixture
def center(opened, clock):
    clock.now = TUESDAY
    db = opened.db
    made = make_center(db)
    course = add_course(db, made, title="书法班", instructor_id=made.zhang)
    lesson = add_session(db, course, WEDNESDAY, time(9), time(10, 30))
    lecture = add_booking(db, made.dance_room, WEDNESDAY, time(14), time(15), title="健康讲座")
    with db.write() as session:
        session.add(Enrollment(course_id=course, resident_id=made.residents[0], joined_at=TUESDAY))
    return made, course, lesson, lecture


def week_tab(qtbot, desk) -> RoomsWeekTab:
    desk.window.show_page("classes")
    tab = desk.classes.tabs.widget(0)
    assert isinstance(tab, RoomsWeekTab)
    qtbot.waitUntil(lambda: tab.plan is not None and not tab.busy())
    tab.view.set_day(WEDNESDAY)
    return tab


def drag(view: RoomsWeekView, start: QPoint, end: QPoint) -> None:
    """Press, move in steps with the button held, release: as a hand does it."""
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    modifiers = Qt.KeyboardModifier.NoModifier

    def send(kind, point: QPoint, button, buttons) -> None:
        spot = QPointF(point)
        QApplication.sendEvent(view, QMouseEvent(kind, spot, view.mapToGlobal(spot), button, buttons, modifiers))

    send(QMouseEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, 6):
        send(QMouseEvent.Type.MouseMove, start + (end - start) * step / 5, none, left)
    send(QMouseEvent.Type.MouseButtonRelease, end, left, none)


def starts_of(db, session_id: int) -> tuple[datetime, int]:
    with db.read() as session:
        row = session.get(ClassSession, session_id)
        return row.starts_at, row.room_id


def test_the_week_paints_its_sessions_and_bookings(qtbot, make_desk, center) -> None:
    _made, _course, lesson, lecture = center
    tab = week_tab(qtbot, make_desk())
    view = tab.view
    assert view.objectName() == "roomsWeekView"
    assert {(b.kind, b.item_id) for b in view.visible_blocks()} == {("session", lesson), ("booking", lecture)}
    assert [c.room.name for c in view.columns] == ["多功能厅", "书法室", "舞蹈室"]
    rect = view.block_rect(("session", lesson))
    assert rect.height() > 20
    image = view.grab().toImage()
    corner = rect.bottomRight() - QPoint(3, 3)  # below the block's words: its colour
    assert image.pixelColor(corner) == QColor(LOOKS["arts"][0])
    assert "张德明" in view.tip(view.selected_block() or view.visible_blocks()[0])
    view.set_mode(WEEK)  # the whole week: seven days of three rooms
    assert len(view.columns) == 21


def test_arrows_move_the_selection_and_enter_opens_the_roster(qtbot, make_desk, center) -> None:
    _made, _course, lesson, lecture = center
    tab = week_tab(qtbot, make_desk())
    view = tab.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.selected == ("session", lesson)
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selected == ("booking", lecture)
    QTest.keyClick(view, Qt.Key.Key_Left)
    assert view.selected == ("session", lesson)
    with qtbot.waitSignal(view.blockActivated) as opened:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == ["session", lesson]
    qtbot.waitUntil(lambda: tab.dialog is not None and tab.dialog.isVisible())
    assert tab.dialog.objectName() == "rosterDialog"  # the session's roster, to tick and scan
    qtbot.waitUntil(lambda: not tab.dialog.busy() and tab.dialog.roster is not None, timeout=10_000)
    assert [line.name for line in tab.dialog.model.rows] == ["王秀兰"]
    tab.dialog.close()


def test_a_drag_onto_a_free_time_moves_the_session(qtbot, make_desk, center, opened) -> None:
    made, _course, lesson, _lecture = center
    tab = week_tab(qtbot, make_desk())
    view = tab.view
    start = view.point_at(WEDNESDAY, made.calligraphy_room, time(9, 15))
    end = view.point_at(WEDNESDAY, made.hall, time(16, 15))
    drag(view, start, end)
    qtbot.waitUntil(lambda: starts_of(opened.db, lesson) == (datetime(2026, 12, 2, 16), made.hall))
    qtbot.waitUntil(lambda: "多功能厅" in tab.status.text() and not tab.busy())
    qtbot.waitUntil(lambda: view.block_rect(("session", lesson)).top() > view.point_at(WEDNESDAY, made.hall,
                                                                                        time(15, 50)).y())  # fmt: skip


def test_a_drag_onto_another_booking_is_refused_and_changes_nothing(qtbot, make_desk, center, opened) -> None:
    made, _course, lesson, _lecture = center
    tab = week_tab(qtbot, make_desk())
    view = tab.view
    before = view.block_rect(("session", lesson))
    refused: list[str] = []
    view.move_requested.connect(lambda *args: refused.append("asked"))
    drag(view, view.point_at(WEDNESDAY, made.calligraphy_room, time(9, 15)),
         view.point_at(WEDNESDAY, made.dance_room, time(13, 45)))  # fmt: skip
    assert refused == []  # the plan shown already says no: the service is not asked
    assert "健康讲座" in tab.status.text()
    assert tab.status.text().startswith("⚠")
    assert view.block_rect(("session", lesson)) == before  # back where it was
    assert starts_of(opened.db, lesson) == (datetime(2026, 12, 2, 9), made.calligraphy_room)


def test_a_drop_the_plan_allowed_but_another_desk_took_is_refused_by_the_service(
    qtbot, make_desk, center, opened
) -> None:
    made, _course, lesson, _lecture = center
    tab = week_tab(qtbot, make_desk())
    add_booking(opened.db, made.hall, WEDNESDAY, time(16), time(17), title="老年居民议事会")  # not on screen yet
    view = tab.view
    drag(view, view.point_at(WEDNESDAY, made.calligraphy_room, time(9, 15)),
         view.point_at(WEDNESDAY, made.hall, time(16, 15)))  # fmt: skip
    qtbot.waitUntil(lambda: "老年居民议事会" in tab.status.text())
    assert starts_of(opened.db, lesson) == (datetime(2026, 12, 2, 9), made.calligraphy_room)
    with opened.db.read() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "class.session_move")).all() == []


def test_page_down_shows_the_next_week_and_home_this_one(qtbot, make_desk, center, opened) -> None:
    _made, course, _lesson, _lecture = center
    later = add_session(opened.db, course, date(2026, 12, 9), time(9), time(10, 30))
    tab = week_tab(qtbot, make_desk())
    view = tab.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: tab.plan is not None and tab.plan.first_day == date(2026, 12, 7))
    assert [b.item_id for b in tab.plan.blocks if b.kind == "session"] == [later]
    assert tab.title.text().startswith(day_text(date(2026, 12, 7)))
    QTest.keyClick(view, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: tab.plan.first_day == date(2026, 11, 30))


def test_one_room_s_week_opens_in_the_print_preview(qtbot, make_desk, center) -> None:
    from pdf_checks import text_of

    made, _course, _lesson, _lecture = center
    tab = week_tab(qtbot, make_desk())
    assert not tab.print_button.isEnabled()  # every room: which door?
    tab.room.setCurrentIndex(tab.room.findData(made.calligraphy_room))
    assert [c.room.name for c in tab.view.columns] == ["书法室"]
    qtbot.mouseClick(tab.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.printing is not None and tab.printing.last_preview is not None, timeout=10_000)
    preview = tab.printing.last_preview
    text = "".join(text_of(preview._pdf).split())
    assert "书法室" in text
    assert "书法班" in text
    assert "健康讲座" not in text  # the dance room's
    preview.close()
