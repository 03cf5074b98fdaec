"""Booking at the desk, end to end from keystrokes: at 签到, find the resident, F10 预约, 理疗 by typing, a series
Tue/Thu for 5 weeks previewed (a full date shown) and booked, the 预约单 printed; on the next appointment's day the
resident checks in and the appointment is arrived. Also: 候补 on a full day, and the offered place accepted on the
card."""

from __future__ import annotations

from datetime import datetime

import pytest
from booking_support import MONDAY, appointments_of, commit, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from care_station import make_station
from conftest import CheckinDriver
from frontdesk.core.access import Actor
from frontdesk.core.models import AppointmentStatus, Resident, Role, WaitlistEntry
from frontdesk.core.search.index import reindex
from frontdesk.core.services.appointments import AppointmentService
from frontdesk.core.services.station import StationService
from frontdesk.ui.pages.appointments import booking_words as words
from frontdesk.ui.pages.checkin import words as checkin_words
from pdf_checks import text_of

OTHER_DESK = Actor(0, "别的前台", Role.FRONT_DESK)


@pytest.fixture
def station(opened):
    made = make_station(opened.db)
    with opened.db.write() as session:
        session.get(Resident, made.residents[0]).name = "王秀兰"
        session.get(Resident, made.residents[1]).name = "李桂芬"
        reindex(session, made.residents)
    return made


@pytest.fixture
def checkin(qtbot, make_desk, key_clock, clock, station) -> CheckinDriver:
    clock.now = MONDAY
    return CheckinDriver(qtbot, make_desk(), key_clock)


def open_booking(checkin: CheckinDriver, name: str):
    commit_search(checkin, name)
    assert checkin.card_name() == name
    checkin.key(Qt.Key.Key_F10)  # 预约…
    dialog = checkin.page.booking
    assert dialog is not None
    checkin.qtbot.waitExposed(dialog)
    settle(checkin.qtbot, dialog)
    return dialog


def close(checkin: CheckinDriver, dialog) -> None:
    """Esc on the dialog: gone (it deletes itself), the focus back in the check-in box."""
    checkin.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    checkin.qtbot.waitUntil(lambda: checkin.page.booking is None, timeout=5_000)
    checkin.desk.window.activateWindow()
    checkin.qtbot.waitUntil(lambda: QApplication.focusWidget() is checkin.page.search, timeout=5_000)


def commit_search(checkin: CheckinDriver, name: str) -> None:
    checkin.commit(name)
    checkin.settle()


def test_series_booked_printed_and_arrived_at_check_in(checkin, station, opened, clock, printers) -> None:
    AppointmentService(opened.db, clock).book(station.residents[1], station.physio, datetime(2026, 12, 10, 9, 0),
                                              actor=OTHER_DESK)  # fmt: skip  # Thursday 09:00's one place taken
    dialog = open_booking(checkin, "王秀兰")
    assert QApplication.focusWidget() is dialog.service_list
    commit(dialog.service_list, "血")
    assert dialog.service().name == "血压测量"
    checkin.qtbot.wait(QApplication.keyboardInputInterval() + 50)
    commit(dialog.service_list, "理")  # 理 → 理疗
    settle(checkin.qtbot, dialog)
    assert dialog.service().name == "理疗"
    checkin.qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # 系列 (&Series)
    assert dialog.tabs.currentIndex() == 1
    for weekday in (1, 3):  # 周二, 周四
        dialog.weekday_boxes[weekday].setFocus()
        checkin.qtbot.keyClick(dialog.weekday_boxes[weekday], Qt.Key.Key_Space)
    dialog.series_time.setCurrentText("09:00")
    dialog.series_weeks.setFocus()
    dialog.series_weeks.selectAll()
    checkin.qtbot.keyClicks(dialog.series_weeks, "5")
    checkin.qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)  # 预览 (Pre&view)
    checkin.qtbot.waitUntil(lambda: dialog.series_model.rowCount() > 0, timeout=5_000)  # a mnemonic clicks later
    settle(checkin.qtbot, dialog)
    dates = dialog.series_model.dates()
    assert len(dates) == 10
    assert all(d.day.weekday() in (1, 3) for d in dates)
    (full,) = [d for d in dates if d.problem == "slot_full"]
    assert full.day.day == 10
    assert words.series_date_text(full.day, full.starts_at, "slot_full") in dialog.series_model.texts()
    bookable = [d for d in dates if d.ok]
    checkin.qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # 预约全部可约日期 (Book &all)
    checkin.qtbot.waitUntil(lambda: bool(dialog.result.text()), timeout=5_000)
    settle(checkin.qtbot, dialog)
    booked = appointments_of(opened.db, station.residents[0])
    assert [a.starts_at for a in booked] == [d.starts_at for d in bookable]
    assert all(a.status == AppointmentStatus.BOOKED for a in booked)
    assert dialog.result.text() == words.series_booked_text("理疗", len(bookable), len(dates) - len(bookable))

    checkin.qtbot.waitUntil(dialog.print_button.isEnabled, timeout=5_000)
    checkin.qtbot.keyClick(dialog, Qt.Key.Key_F9)  # 打印预约单
    checkin.qtbot.waitUntil(lambda: len(printers.sent) == 1 and checkin.desk.printer.queue.idle(), timeout=10_000)
    text = text_of(printers.sent[0][0])
    assert "理疗" in text
    assert "09:00" in text
    assert "王秀兰" in text
    close(checkin, dialog)
    checkin.settle()

    clock.now = datetime(2026, 12, 8, 8, 45)  # Tuesday, the first appointment's day
    checkin.key(Qt.Key.Key_Escape)
    commit_search(checkin, "王秀兰")
    checkin.enter()  # 签到
    checkin.settle()
    first = appointments_of(opened.db, station.residents[0])[0]
    assert first.starts_at == datetime(2026, 12, 8, 9, 0)
    assert first.status == AppointmentStatus.ARRIVED
    assert checkin.card_name() == "王秀兰"
    (item,) = [i for i in checkin.page.card.card.agenda if i.source == "appointment"]
    assert item.arrived
    assert "09:00  理疗" in checkin.page.card.today.text()


def test_waiting_list_on_a_full_day_then_the_offer_accepted_on_the_card(checkin, station, opened, clock) -> None:
    appointments = AppointmentService(opened.db, clock)
    today = [s for s in appointments.free_slots(station.physio, actor=OTHER_DESK, days=1)]
    taken = [appointments.book(station.residents[1], station.physio, s.starts_at, actor=OTHER_DESK) for s in today]
    dialog = open_booking(checkin, "王秀兰")
    settle(checkin.qtbot, dialog)
    checkin.qtbot.keyClick(dialog.service_list, Qt.Key.Key_Return)  # 理疗 (first) → the slots
    assert dialog._current_slot().starts_at.day == 8  # Monday is full: the first free slot is Tuesday's
    assert not dialog.waitlist_button.isEnabled()
    checkin.qtbot.keyClick(dialog.slot_list, Qt.Key.Key_Up)  # Monday's last slot: full, greyed
    slot = dialog._current_slot()
    assert slot.starts_at.day == 7
    assert slot.free == 0
    checkin.qtbot.keyClick(dialog.slot_list, Qt.Key.Key_Return)  # cannot be booked: said in words
    assert dialog.error.text() == words.refusal_text(_violation("slot_full"))
    assert dialog.waitlist_button.isEnabled()
    checkin.qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)  # 候补 (&Waiting list)
    checkin.qtbot.waitUntil(lambda: bool(dialog.result.text()), timeout=5_000)
    settle(checkin.qtbot, dialog)
    with opened.db.read() as session:
        (entry,) = session.scalars(select(WaitlistEntry)).all()
        assert (entry.resident_id, entry.service_id, entry.day) == (station.residents[0], station.physio, MONDAY.date())
        entry_id = entry.id
    assert dialog.result.text() == words.waitlisted_text("王秀兰", "理疗", MONDAY.date(), 1)
    close(checkin, dialog)

    freed = appointments.cancel(taken[-1].appointment_id, "家里有事", actor=OTHER_DESK).freed  # 16:00 comes free
    stations = StationService(opened.db, clock)
    (offer,) = stations.offers_for(freed, actor=OTHER_DESK)
    assert offer.entry.entry_id == entry_id
    stations.offer(entry_id, offer.slot.starts_at, actor=OTHER_DESK)
    checkin.key(Qt.Key.Key_Escape)
    commit_search(checkin, "王秀兰")
    card = checkin.page.card
    assert card.offer.isVisibleTo(card)
    text = checkin_words.offer_text("理疗", taken[-1].starts_at)
    assert text in card.today.text()
    checkin.qtbot.mouseClick(card.offer.accept, Qt.MouseButton.LeftButton)  # 确认
    checkin.settle()
    (booked,) = appointments_of(opened.db, station.residents[0])
    assert booked.starts_at == taken[-1].starts_at
    assert booked.status == AppointmentStatus.BOOKED
    assert checkin.status() == checkin_words.offer_accepted("理疗", booked.starts_at, "钱理疗师").text
    checkin.settle()
    assert not card.offer.isVisibleTo(card)  # the card read again: the offer is now an appointment


def _violation(code: str):
    from frontdesk.core.errors import RuleViolation

    return RuleViolation(code)
