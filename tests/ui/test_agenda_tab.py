"""The station's day (预约 → 康养站当日): slots and bookings read from the database, the status steps by keys, cancel
with a reason, the week's counts, and another desk's booking appearing after a change."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from sqlalchemy import select

from actors import TEST_ACTOR as SYSTEM
from care_station import make_station
from frontdesk.core.access import Actor
from frontdesk.core.models import Appointment, AppointmentStatus, Role
from frontdesk.core.services.appointments import AppointmentService
from frontdesk.ui.common.changes import APPOINTMENTS
from frontdesk.ui.pages.appointments.agenda_dialogs import CancelDialog
from frontdesk.ui.pages.appointments.agenda_models import BookingModel, SlotModel
from frontdesk.ui.pages.appointments.agenda_tab import AgendaTab
from frontdesk.ui.pages.appointments.agenda_words import status_text

MONDAY = datetime(2026, 11, 30, 8, 0)  # before the station opens: every slot of the day is ahead
NINE = datetime(2026, 11, 30, 9, 0)


@pytest.fixture
def station(opened, clock):
    clock.now = MONDAY
    made = make_station(opened.db, residents=14)
    booker = AppointmentService(opened.db, clock)
    return made, booker


def agenda_of(desk) -> AgendaTab:
    desk.window.show_page("appointments")
    tab = desk.appointments.tabs.widget(0)
    assert isinstance(tab, AgendaTab)
    return tab


def slot_row(tab: AgendaTab, service: str, at: datetime) -> int:
    for number, line in enumerate(tab.slots.rows):
        if line.service_name == service and line.starts_at == at:
            return number
    return -1


def select_slot(qtbot, tab: AgendaTab, service: str, at: datetime) -> None:
    qtbot.waitUntil(lambda: slot_row(tab, service, at) >= 0)
    tab.slot_view.selectRow(slot_row(tab, service, at))
    tab.slot_view.setFocus()


def status_of(db, appointment_id: int) -> AppointmentStatus:
    with db.read() as session:
        return AppointmentStatus(session.scalar(select(Appointment.status).where(Appointment.id == appointment_id)))


def test_a_booked_day_shows_its_slots_and_bookings(qtbot, make_desk, station):
    made, booker = station
    booker.book(made.residents[0], made.pressure, NINE, actor=SYSTEM)
    booker.book(made.residents[1], made.pressure, NINE, actor=SYSTEM)
    tab = agenda_of(make_desk())
    select_slot(qtbot, tab, "血压测量", NINE)
    row = slot_row(tab, "血压测量", NINE)
    assert tab.slots.index(row, SlotModel.BOOKED).data() == "2/10"
    assert tab.slots.index(row, SlotModel.FREE).data() == "8"
    assert tab.slots.index(row, SlotModel.PROVIDER).data() == "赵护士"
    names = [tab.bookings.index(n, BookingModel.NAME).data() for n in range(tab.bookings.rowCount())]
    assert names == ["居民0", "居民1"]
    assert tab.bookings.index(0, BookingModel.STATUS).data() == status_text("booked")  # a mark and a word
    # both services' slots, morning and afternoon: 12 of 血压测量 (15 min) and 6 of 理疗 (30 min) each half-day
    assert len(tab.slots.rows) == (12 + 10) + (6 + 5)


def test_arrive_start_complete_by_keys(qtbot, make_desk, station, opened, clock):
    made, booker = station
    booked = booker.book(made.residents[0], made.physio, NINE, actor=SYSTEM)
    clock.now = datetime(2026, 11, 30, 8, 55)
    tab = agenda_of(make_desk())
    select_slot(qtbot, tab, "理疗", NINE)
    QTest.keyClick(tab.slot_view, Qt.Key.Key_Return)
    assert tab.booking_view.hasFocus() or tab.current_booking is not None
    for expected in (AppointmentStatus.ARRIVED, AppointmentStatus.IN_SERVICE, AppointmentStatus.COMPLETED):
        qtbot.waitUntil(lambda: tab.current_booking is not None and not tab.jobs.busy)
        QTest.keyClick(tab.booking_view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda expected=expected: status_of(opened.db, booked.appointment_id) is expected)
        qtbot.waitUntil(lambda expected=expected: tab.current_booking is not None
                        and tab.current_booking.status is expected)  # fmt: skip
    assert "居民0" in tab.status.text()


def test_cancel_with_a_reason_writes_it(qtbot, make_desk, station, opened):
    made, booker = station
    booked = booker.book(made.residents[0], made.physio, NINE, actor=SYSTEM)
    tab = agenda_of(make_desk())
    select_slot(qtbot, tab, "理疗", NINE)
    qtbot.waitUntil(lambda: tab.bookings.rowCount() == 1)
    tab.booking_view.selectRow(0)
    qtbot.mouseClick(tab.cancel, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, CancelDialog)
    dialog.button_box = dialog.findChild(QDialogButtonBox)
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()  # no reason: refused beside the field
    assert not dialog.problem.isHidden()
    assert status_of(opened.db, booked.appointment_id) is AppointmentStatus.BOOKED
    dialog.reason.setCurrentIndex(0)  # 身体不适
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: status_of(opened.db, booked.appointment_id) is AppointmentStatus.CANCELLED)
    with opened.db.read() as session:
        reason = session.scalar(select(Appointment.cancel_reason).where(Appointment.id == booked.appointment_id))
    assert reason == dialog.reason.itemText(0)
    qtbot.waitUntil(lambda: slot_row(tab, "理疗", NINE) >= 0
                    and tab.slots.rows[slot_row(tab, "理疗", NINE)].taken == 0)  # fmt: skip


def test_the_week_view_counts_each_day(qtbot, make_desk, station):
    made, booker = station
    booker.book(made.residents[0], made.physio, NINE, actor=SYSTEM)
    tab = agenda_of(make_desk())
    qtbot.mouseClick(tab.week_mode, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.week.week is not None)
    assert tab.stack.currentWidget() is tab.week_view
    services = [s.name for s in tab.week.week.services]
    physio = services.index("理疗")
    assert tab.week.index(physio, 0).data().startswith("1/11")  # Monday: 11 slots of one place, one booked
    assert tab.week.index(physio, 1).data().startswith("0/11")
    assert tab.week.index(physio, 5).data() != tab.week.index(physio, 0).data()  # Saturday: closed
    tab.week_view.setCurrentIndex(tab.week.index(physio, 2))
    tab.week_view.activated.emit(tab.week.index(physio, 2))
    assert tab.day == date(2026, 12, 2)
    assert tab.stack.currentIndex() == 0


def test_a_front_desk_actor_sees_another_desks_booking_after_a_change(qtbot, make_desk, station):
    made, booker = station
    desk = make_desk(actor=Actor(0, "前台", Role.FRONT_DESK))
    assert desk.actor.role is Role.FRONT_DESK
    tab = agenda_of(desk)
    select_slot(qtbot, tab, "血压测量", NINE)
    assert tab.bookings.rowCount() == 0
    booker.book(made.residents[2], made.pressure, NINE, actor=SYSTEM)  # another desk
    desk.hub.tell([APPOINTMENTS])
    qtbot.waitUntil(lambda: tab.bookings.rowCount() == 1)
    assert tab.current_slot.starts_at == NINE  # the selection stayed
    assert tab.bookings.index(0, BookingModel.NAME).data() == "居民2"


def test_a_cancel_prompts_the_waiting_list_offer(qtbot, make_desk, station, opened, clock, prompts):
    from frontdesk.core.services.station import StationService

    made, booker = station
    booked = booker.book(made.residents[0], made.physio, NINE, actor=SYSTEM)
    others = [s for s in booker.day_slots(NINE.date(), actor=SYSTEM, service_id=made.physio) if s.starts_at != NINE]
    for number, slot in enumerate(others, start=2):  # the whole day full: only then is there a waiting list
        booker.book(made.residents[number], made.physio, slot.starts_at, actor=SYSTEM)
    waiting = StationService(opened.db, clock)
    entry = waiting.join_waitlist(made.residents[1], made.physio, NINE.date(), actor=SYSTEM)
    tab = agenda_of(make_desk())
    select_slot(qtbot, tab, "理疗", NINE)
    qtbot.waitUntil(lambda: tab.bookings.rowCount() == 1)
    tab.booking_view.selectRow(0)
    prompts.answer = True
    tab.cancel_booking(tab.current_booking, "临时有事", False)
    qtbot.waitUntil(lambda: len(prompts.confirms) == 1)
    assert "居民1" in prompts.confirms[0][1]
    qtbot.waitUntil(lambda: waiting.waitlist(made.physio, NINE.date(), actor=SYSTEM)[0].status.value == "offered")
    offered = waiting.waitlist(made.physio, NINE.date(), actor=SYSTEM)[0]
    assert offered.entry_id == entry.entry_id
    assert offered.offered_starts_at == NINE
    assert status_of(opened.db, booked.appointment_id) is AppointmentStatus.CANCELLED


def test_next_calls_the_first_waiting(qtbot, make_desk, station, opened, clock):
    from frontdesk.core.services.station import StationService

    made, _booker = station
    clock.now = datetime(2026, 11, 30, 9, 5)
    queue = StationService(opened.db, clock)
    first = queue.walk_in(made.residents[0], made.pressure, actor=SYSTEM).queue
    queue.walk_in(made.residents[1], made.pressure, actor=SYSTEM)
    tab = agenda_of(make_desk())
    qtbot.waitUntil(lambda: tab.queue.model.rowCount() == 2)
    assert tab.queue.next.isEnabled()
    qtbot.mouseClick(tab.queue.next, Qt.MouseButton.LeftButton)  # 下一位 (F8)
    qtbot.waitUntil(lambda: queue.queue(actor=SYSTEM)[0].status.value == "called")
    rows = queue.queue(actor=SYSTEM)
    assert rows[0].entry_id == first.entry_id
    assert rows[1].status.value == "waiting"
    qtbot.waitUntil(lambda: "居民0" in tab.status.text())


def test_a_day_without_slots_says_why(qtbot, make_desk, station, opened):
    from frontdesk.core.models import CenterDay

    with opened.db.write() as session:
        session.add(CenterDay(day=date(2026, 12, 2), open=False, note="停电检修"))
    tab = agenda_of(make_desk())
    qtbot.waitUntil(lambda: bool(tab.slots.rows))
    assert tab.empty.isHidden()  # a working Monday has slots
    tab.set_day(date(2026, 12, 5))  # a Saturday
    qtbot.waitUntil(lambda: not tab.empty.isHidden())
    saturday = tab.empty.text()
    tab.set_day(date(2026, 12, 2))
    qtbot.waitUntil(lambda: "停电检修" in tab.empty.text())
    assert tab.slots.rows == []
    assert saturday != tab.empty.text()
    tab.set_day(date(2026, 12, 1))
    qtbot.waitUntil(tab.empty.isHidden)


def test_the_day_list_and_the_call_list_open_in_the_preview(qtbot, make_desk, station, opened):
    import io

    from pypdf import PdfReader

    made, booker = station
    booker.book(made.residents[0], made.physio, datetime(2026, 12, 1, 9, 0), actor=SYSTEM)
    tab = agenda_of(make_desk())
    tab.set_day(date(2026, 12, 1))
    qtbot.waitUntil(lambda: tab.agenda is not None and tab.agenda.day == date(2026, 12, 1))
    for button, words in (("agendaDayList", "理疗"), ("agendaCallList", "内部资料")):
        before = tab.printing.last_preview if tab.printing else None
        qtbot.mouseClick(tab.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda before=before: tab.printing is not None
                        and tab.printing.last_preview not in (None, before), timeout=10_000)  # fmt: skip
        preview = tab.printing.last_preview
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview._pdf)).pages)
        assert words in text, button
        assert "居民0" in text, button
        preview.close()


def test_move_takes_the_rest_of_a_series_to_the_new_time(qtbot, make_desk, station, opened):
    from datetime import time

    from frontdesk.core.services.appointments import SeriesRequest
    from frontdesk.ui.pages.appointments.agenda_dialogs import SlotDialog

    made, booker = station
    request = SeriesRequest(made.residents[0], made.physio, date(2026, 12, 1), frozenset({1}), time(9, 0), weeks=3)
    booker.book_series(request, actor=SYSTEM)
    tab = agenda_of(make_desk())
    tab.set_day(date(2026, 12, 1))
    select_slot(qtbot, tab, "理疗", datetime(2026, 12, 1, 9, 0))
    qtbot.waitUntil(lambda: tab.bookings.rowCount() == 1)
    tab.booking_view.selectRow(0)
    tab.ask_move()
    qtbot.waitUntil(lambda: isinstance(tab.dialog, SlotDialog))
    dialog = tab.dialog
    assert not dialog.rest.isHidden()  # a series booking may take its rest along
    dialog.choice.setCurrentIndex(next(n for n, s in enumerate(dialog.slots)
                                       if s.starts_at == datetime(2026, 12, 1, 14, 0)))  # fmt: skip
    dialog.rest.setChecked(True)
    dialog._accept()
    qtbot.waitUntil(lambda: sorted(a.starts_at.hour for a in booker.of_resident(made.residents[0], actor=SYSTEM))
                    == [14, 14, 14])  # fmt: skip
