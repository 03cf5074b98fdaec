"""课程与教室 → 教室与预订: a manager adds a room by keystrokes; a booking typed into the dialog lands; a clashing
booking is told what is in the way, and its alternative's button books the other room; the front desk books but
does not see the rooms' editing."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QTableView, QWidget
from signin_support import settle
from sqlalchemy import select

from frontdesk.core.access import Actor
from frontdesk.core.models import BookingStatus, Role, Room, RoomBooking

MANAGER = Actor(0, "张主任", Role.MANAGER)
FRONT_DESK = Actor(0, "李前台", Role.FRONT_DESK)
DAY = date(2026, 12, 8)  # a Tuesday after the tests' Saturday 2026-11-28


def typed_chinese(qtbot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    field.selectAll()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def shown_tab(qtbot, desk) -> QWidget:
    desk.window.show()
    desk.window.show_page("classes")
    tab = desk.window.findChild(QWidget, "roomsTab")
    desk.classes.tabs.setCurrentWidget(tab)
    settle(qtbot, desk)
    wait(qtbot, desk, tab)
    return tab


def wait(qtbot, desk, tab) -> None:
    qtbot.waitUntil(lambda: not tab.busy() and desk.worker.idle(), timeout=10_000)


def rooms_made(opened) -> dict[str, int]:
    from class_center import make_center

    center = make_center(opened.db)
    return {"书法室": center.calligraphy_room, "舞蹈室": center.dance_room, "多功能厅": center.hall}


def test_a_manager_adds_a_room_by_keystrokes(qtbot, make_desk, opened) -> None:
    desk = make_desk(actor=MANAGER)
    tab = shown_tab(qtbot, desk)
    add = tab.findChild(QPushButton, "roomAddButton")
    assert add.isVisibleTo(desk.window)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.objectName() == "roomDialog"
    typed_chinese(qtbot, dialog.findChild(QLineEdit, "roomName"), "康复室")
    qtbot.keyClicks(dialog.floor, "1")
    qtbot.keyClick(dialog.capacity, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.capacity, "12")
    qtbot.keyClick(dialog.floor, Qt.Key.Key_Return)  # Enter in a field saves
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        room = session.scalars(select(Room)).one()
    assert (room.name, room.floor, room.capacity, room.opens) == ("康复室", "1", 12, None)
    table = tab.findChild(QTableView, "roomsTable")
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().index(0, 0).data() == "康复室"
    assert tab.dialog is None
    assert "康复室" in tab.status.text()


def test_a_room_name_taken_is_said_beside_its_field_and_the_typing_stays(qtbot, make_desk, opened) -> None:
    rooms_made(opened)
    desk = make_desk(actor=MANAGER)
    tab = shown_tab(qtbot, desk)
    tab.new_room()
    dialog = tab.dialog
    typed_chinese(qtbot, dialog.name, "书法室")
    dialog.capacity.setValue(10)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, desk, tab)
    message = dialog.findChild(QLabel, "roomNameError")
    qtbot.waitUntil(message.isVisible)
    assert message.text() == "已有同名的教室。"  # the desk speaks Chinese
    assert tab.dialog is dialog
    assert dialog.name.text() == "书法室"


def test_a_booking_typed_into_the_dialog_lands(qtbot, make_desk, opened) -> None:
    rooms = rooms_made(opened)
    desk = make_desk(actor=FRONT_DESK)
    tab = shown_tab(qtbot, desk)
    assert not tab.findChild(QPushButton, "roomAddButton").isVisibleTo(desk.window)
    table = tab.findChild(QTableView, "roomsTable")
    assert table.model().rowCount() == 3
    tab.bookings_table.setFocus()
    qtbot.keyClick(tab.bookings_table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert dialog is not None
    assert dialog.objectName() == "roomBookingDialog"
    dialog.room.setCurrentIndex(dialog.room.findData(rooms["多功能厅"]))
    typed_chinese(qtbot, dialog.title_field, "健康讲座：冬季防跌倒")
    typed_chinese(qtbot, dialog.organiser, "颐康养老院")
    dialog.expected.setValue(80)
    dialog.day.setDate(QDate(2026, 12, 8))
    dialog.start.setTime(QTime(14, 0))
    dialog.end.setTime(QTime(15, 30))
    dialog.setup.setValue(30)
    qtbot.keyClick(dialog.organiser, Qt.Key.Key_Return)
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        booking = session.scalars(select(RoomBooking)).one()
    assert (booking.room_id, booking.title, booking.organiser, booking.expected) == (
        rooms["多功能厅"], "健康讲座：冬季防跌倒", "颐康养老院", 80
    )  # fmt: skip
    assert (booking.starts_at, booking.ends_at, booking.setup_min) == (
        datetime(2026, 12, 8, 14), datetime(2026, 12, 8, 15, 30), 30
    )  # fmt: skip
    assert tab.dialog is None
    assert tab.status.text().startswith("已预订：健康讲座：冬季防跌倒 · 多功能厅")
    # the table moved on to the booking's week and shows it
    qtbot.waitUntil(lambda: tab.bookings_model.rowCount() == 1)
    assert tab.bookings_model.index(0, 2).data() == "健康讲座：冬季防跌倒"


def test_a_clash_is_said_and_its_alternative_books_the_other_room(qtbot, make_desk, opened) -> None:
    from class_center import add_booking

    rooms = rooms_made(opened)
    add_booking(opened.db, rooms["舞蹈室"], DAY, time(9), time(11), title="老年居民议事会")
    desk = make_desk(actor=FRONT_DESK)
    tab = shown_tab(qtbot, desk)
    tab.day.setDate(QDate(2026, 12, 8))
    wait(qtbot, desk, tab)
    qtbot.mouseClick(tab.findChild(QPushButton, "roomBookButton"), Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.room.setCurrentIndex(dialog.room.findData(rooms["舞蹈室"]))
    typed_chinese(qtbot, dialog.title_field, "八段锦体验课")
    typed_chinese(qtbot, dialog.organiser, "社区居委会")
    dialog.start.setTime(QTime(10, 0))
    dialog.end.setTime(QTime(11, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, desk, tab)
    clash = dialog.findChild(QLabel, "roomBookingClash")
    qtbot.waitUntil(clash.isVisible)
    assert "老年居民议事会" in clash.text()
    assert "舞蹈室" in clash.text()
    assert "书法室" in clash.text()  # the alternatives said in words too
    others = [b for b in dialog.findChildren(QPushButton, "roomBookingOtherRoom") if b.isVisibleTo(dialog)]
    assert [b.property("room_id") for b in others] == [rooms["书法室"], rooms["多功能厅"]]
    assert dialog.findChild(QPushButton, "roomBookingNextFree").isVisibleTo(dialog)
    assert dialog.title_field.text() == "八段锦体验课"  # nothing typed is lost
    with opened.db.read() as session:
        assert session.scalars(select(RoomBooking.title)).all() == ["老年居民议事会"]
    qtbot.mouseClick(others[0], Qt.MouseButton.LeftButton)
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        booked = session.scalars(select(RoomBooking).where(RoomBooking.title == "八段锦体验课")).one()
    assert (booked.room_id, booked.starts_at) == (rooms["书法室"], datetime(2026, 12, 8, 10))
    assert tab.dialog is None
    qtbot.waitUntil(lambda: tab.bookings_model.rowCount() == 2)


def test_a_booking_is_moved_and_cancelled_from_the_table(qtbot, make_desk, opened) -> None:
    from class_center import add_booking

    rooms = rooms_made(opened)
    add_booking(opened.db, rooms["多功能厅"], DAY, time(9), time(10), title="义诊")
    desk = make_desk(actor=FRONT_DESK)
    tab = shown_tab(qtbot, desk)
    tab.day.setDate(QDate(2026, 12, 8))
    wait(qtbot, desk, tab)
    tab.bookings_table.selectRow(0)
    qtbot.keyClick(tab.bookings_table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    assert dialog.objectName() == "roomBookingDialog"
    assert not dialog.title_field.isEnabled()
    dialog.start.setTime(QTime(13, 30))
    assert dialog.end.time() == QTime(14, 30)  # as long as before
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        booking = session.scalars(select(RoomBooking)).one()
    assert (booking.starts_at, booking.ends_at) == (datetime(2026, 12, 8, 13, 30), datetime(2026, 12, 8, 14, 30))
    qtbot.waitUntil(lambda: tab.bookings_model.rowCount() == 1 and "13:30" in tab.bookings_model.index(0, 0).data())
    tab.bookings_table.selectRow(0)
    qtbot.keyClick(tab.bookings_table, Qt.Key.Key_Delete)
    dialog = tab.dialog
    assert dialog.objectName() == "roomCancelDialog"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # no reason: said, nothing written
    wait(qtbot, desk, tab)
    assert dialog.problem.isVisible()
    assert tab.dialog is dialog
    typed_chinese(qtbot, dialog.reason.lineEdit(), "讲师改期")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait(qtbot, desk, tab)
    with opened.db.read() as session:
        booking = session.scalars(select(RoomBooking)).one()
    assert (booking.status, booking.cancel_reason) == (BookingStatus.CANCELLED, "讲师改期")
    qtbot.waitUntil(lambda: tab.bookings_model.rowCount() == 0)
