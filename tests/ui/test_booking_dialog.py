"""The booking dialog from keystroke to database row: a service found by typing, a slot by arrows, Enter books; a slot
another desk took meanwhile is refused in words and the slots are read again; a series previewed and booked."""

from __future__ import annotations

from datetime import datetime

import pytest
from booking_support import MONDAY, appointments_of, commit, focus, key, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from care_station import make_station
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AppointmentStatus
from frontdesk.ui.pages.appointments import booking_words as words
from frontdesk.ui.pages.appointments.booking_dialog import BookingDialog


@pytest.fixture
def station(opened):
    return make_station(opened.db)


@pytest.fixture
def dialog(qtbot, make_desk, clock, station, prompts):
    clock.now = MONDAY
    desk = make_desk()
    made = BookingDialog(desk.worker, clock, station.residents[0], "居民0", services=desk.services,
                         actor=desk.actor, printer=desk.printer, prompts=prompts, parent=desk.window)  # fmt: skip
    qtbot.addWidget(made)
    made.open()
    qtbot.waitExposed(made)
    settle(qtbot, made)
    return made


def test_type_a_service_enter_enter_books_the_first_free_slot(qtbot, dialog, station, opened) -> None:
    assert focus() is dialog.service_list
    assert dialog.service().name == "理疗"  # first in the list
    commit(dialog.service_list, "血")  # type-ahead: 血 finds 血压测量…
    settle(qtbot, dialog)
    assert dialog.service().name == "血压测量"
    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    commit(dialog.service_list, "理")  # …and 理 理疗
    settle(qtbot, dialog)
    assert dialog.service().name == "理疗"
    assert "需空腹" not in dialog.service_model.data(dialog.service_list.currentIndex())
    key(qtbot, Qt.Key.Key_Return)
    assert focus() is dialog.slot_list
    key(qtbot, Qt.Key.Key_Down)  # 08:30 → 09:00
    key(qtbot, Qt.Key.Key_Return)
    settle(qtbot, dialog)
    (booked,) = appointments_of(opened.db, station.residents[0])
    assert booked.starts_at == datetime(2026, 12, 7, 9, 0)
    assert booked.status == AppointmentStatus.BOOKED
    assert booked.person_id == station.therapist
    assert dialog.result.text() == words.booked_text("理疗", booked.starts_at, "钱理疗师")
    row = dialog.slot_model.row_of(booked.starts_at, station.therapist)
    assert dialog.slot_model.row(row).slot.free == 0  # read again: now full, greyed
    assert dialog.slot_model.data(dialog.slot_model.index(row), Qt.ItemDataRole.ForegroundRole) is not None  # grey
    assert words.free_text(0) in dialog.slot_model.data(dialog.slot_model.index(row))  # and in words
    assert dialog.print_button.isEnabled()


def test_a_slot_another_desk_took_is_refused_in_words_and_the_slots_read_again(
    qtbot, dialog, station, opened, clock
) -> None:
    commit(dialog.service_list, "理")
    settle(qtbot, dialog)
    key(qtbot, Qt.Key.Key_Return)
    assert dialog._current_slot().starts_at == datetime(2026, 12, 7, 8, 30)
    from frontdesk.core.access import Actor
    from frontdesk.core.models import Role
    from frontdesk.core.services.appointments import AppointmentService

    other_desk = Actor(0, "别的前台", Role.FRONT_DESK)
    AppointmentService(opened.db, clock).book(station.residents[1], station.physio, datetime(2026, 12, 7, 8, 30),
                                              actor=other_desk)  # fmt: skip
    key(qtbot, Qt.Key.Key_Return)  # the list still shows 08:30 free
    settle(qtbot, dialog)
    assert appointments_of(opened.db, station.residents[0]) == []
    assert dialog.error.isVisible()
    expected = words.refusal_text(RuleViolation("slot_full", {"service": "理疗"}))
    assert dialog.error.text() == expected
    first = dialog.slot_model.row_of(datetime(2026, 12, 7, 8, 30), station.therapist)
    assert dialog.slot_model.row(first).slot.free == 0  # read again
    assert dialog.service().name == "理疗"  # nothing chosen lost
    assert dialog._current_slot().starts_at == datetime(2026, 12, 7, 8, 30)
    key(qtbot, Qt.Key.Key_Return)  # Enter on the full slot again: said at once, nothing booked
    assert dialog.error.text() == expected
    assert not dialog.book_button.isEnabled()


def test_a_series_previewed_date_by_date_then_booked(qtbot, dialog, station, opened) -> None:
    from frontdesk.core.models import CenterDay

    with opened.db.write() as session:
        session.add(CenterDay(day=datetime(2026, 12, 17).date(), open=False, note="大扫除"))  # a Thursday closed
    commit(dialog.service_list, "理")
    settle(qtbot, dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.weekday_boxes[1].setChecked(True)  # 周二
    dialog.weekday_boxes[3].setChecked(True)  # 周四
    dialog.series_time.setCurrentText("09:00")
    dialog.series_weeks.setValue(3)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    dates = dialog.series_model.dates()
    assert [d.day.day for d in dates] == [8, 10, 15, 17, 22, 24]
    assert [d.problem for d in dates] == [None, None, None, "slot_not_served", None, None]
    assert dialog.series_model.texts()[3] == words.series_date_text(dates[3].day, dates[3].starts_at,
                                                                    "slot_not_served")  # fmt: skip
    qtbot.mouseClick(dialog.series_book, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    booked = appointments_of(opened.db, station.residents[0])
    assert [a.starts_at.day for a in booked] == [8, 10, 15, 22, 24]
    assert len({a.series_id for a in booked}) == 1
    assert dialog.result.text() == words.series_booked_text("理疗", 5, 1)
