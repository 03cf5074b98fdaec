"""预订教室 / 改时间: the room booking form. A refusal — the room taken (its set-up time included), closed then, too
small, the lecturer elsewhere — is said beside the form in words, with the alternatives the service found as buttons
that apply them and book at once: another room free then, or the next free time in this room. Nothing typed is lost.

In 改时间 mode (a booking given) only the room, the day and the start can change; the booking keeps its length.
Every call runs on the desk's database worker; opened with :meth:`QDialog.open` (tests drive it; nothing blocks).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.changes import CLASSES
from frontdesk.ui.common.fields import error_label
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.form_parts import FieldMessages, line, wrapping_form
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.widgets import WrappedLabel, resize_within_screen, scroll_body
from frontdesk.ui.pages.classes import room_words as words

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import RuleViolation
    from frontdesk.core.services.rooms import BookingInput, BookingRow, RoomRow
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker

PEOPLE_MAX = 2000  # as RoomService allows
PREP_MAX = 240
ROOMS_OFFERED = 3  # other rooms offered as buttons


class RoomMessages(FieldMessages):
    """The words beside each field, in the rooms' words (a clash on the general line, with its alternatives)."""

    def __init__(self, general: QLabel) -> None:
        super().__init__(general, words.refusal_text)


def time_box(name: str) -> QTimeEdit:
    box = QTimeEdit()
    box.setObjectName(name)
    box.setDisplayFormat("HH:mm")
    return box


def minutes_box(name: str, most: int) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(0, most)
    box.setSingleStep(5)
    box.setSuffix(QCoreApplication.translate("Rooms", " min"))
    return box


class RoomBookingDialog(QDialog):
    saved = Signal(object)  # the BookingRow booked or moved

    def __init__(
        self,
        worker: DatabaseWorker,
        *,
        services: DeskServices,
        actor: Actor,
        rooms: Sequence[RoomRow],
        day: date,
        booking: BookingRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomBookingDialog")
        self._services = services
        self._actor = actor
        self._rooms = [r for r in rooms if r.active or (booking is not None and r.room_id == booking.room_id)]
        self._booking = booking
        self._jobs = Jobs(worker, self._show_busy)
        self.setWindowTitle(self.tr("Book a room") if booking is None else self.tr("Move a room booking"))
        self._build()
        self._fill(day)
        em = self.fontMetrics().horizontalAdvance("中")
        resize_within_screen(self, 34 * em, 40 * em)

    # -- building -----------------------------------------------------------------------------------------------
    def _build_fields(self) -> None:
        self.room = QComboBox()
        self.room.setObjectName("roomBookingRoom")
        for room in self._rooms:
            self.room.addItem(self.tr("{room} ({capacity} places)").format(room=room.name, capacity=room.capacity),
                              room.room_id)  # fmt: skip
        self.title_field = line("roomBookingTitle", 60, self.tr("e.g. 健康讲座：冬季防跌倒"))
        self.kind = QComboBox()
        self.kind.setObjectName("roomBookingKind")
        for value, text in words.BOOKING_KINDS.items():
            self.kind.addItem(words.t(text), value)
        self.organiser = line("roomBookingOrganiser", 60, self.tr("Who asked: a partner, the council, the center"))
        self.phone = line("roomBookingPhone", 20)
        self.expected = QSpinBox()
        self.expected.setObjectName("roomBookingExpected")
        self.expected.setRange(0, PEOPLE_MAX)
        self.expected.setSpecialValueText("—")
        self.day = QDateEdit()
        self.day.setObjectName("roomBookingDate")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = time_box("roomBookingStart")
        self.end = time_box("roomBookingEnd")
        self.setup = minutes_box("roomBookingSetup", PREP_MAX)
        self.cleanup = minutes_box("roomBookingCleanup", PREP_MAX)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("roomBookingNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(56)

    def _build(self) -> None:
        self._build_fields()
        self.messages = RoomMessages(error_label("roomBookingRefusal"))
        m = self.messages
        form = wrapping_form()
        m.add_rows(
            form,
            (
                (self.tr("&Room"), self.room, "room_id"),
                (self.tr("&Title"), self.title_field, "title"),
                (self.tr("&Kind"), self.kind, "kind"),
                (self.tr("&Organiser"), self.organiser, "organiser"),
                (self.tr("Contact &phone"), self.phone, "contact_phone"),
                (self.tr("E&xpected"), self.expected, "expected"),
                (self.tr("&Date"), self.day, "day"),
                (self.tr("&Starts"), self.start, "starts_at"),
                (self.tr("&Ends"), self.end, "ends_at"),
                (self.tr("Set-&up before"), self.setup, "setup_min"),
                (self.tr("&Clean-up after"), self.cleanup, "cleanup_min"),
                (self.tr("&Notes"), self.notes, "notes"),
            ),
        )
        self.refusal = WrappedLabel()  # the clash in words, beside the form (the general line)
        self.refusal.setObjectName("roomBookingClash")
        self.refusal.setProperty("tone", "refusal")
        self.refusal.hide()
        self.alternatives = QWidget()
        self.alternatives.setObjectName("roomBookingAlternatives")
        self.alternatives_row = FlowLayout(self.alternatives)
        self.alternatives.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setObjectName("roomBookingSave")
        self.save_button.setText(self.tr("Book") if self._booking is None else self.tr("Move"))
        self.save_button.setToolTip(self.tr("Save (Enter)"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(m.general)
        side.addWidget(self.refusal)
        side.addWidget(self.alternatives)
        side.addStretch(1)
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.addLayout(form, 3)
        columns.addLayout(side, 2)
        self.scroll = scroll_body(body, "roomBookingScroll")  # a short screen scrolls the form, the buttons stay
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        for field in (self.title_field, self.organiser, self.phone):
            field.returnPressed.connect(self.save)
        self.start.timeChanged.connect(self._start_moved)

    def _fill(self, day: date) -> None:
        booking = self._booking
        if booking is None:
            self.day.setDate(QDate(day.year, day.month, day.day))
            self.start.setTime(QTime(9, 0))
            self.end.setTime(QTime(10, 0))
            self.title_field.setFocus()
            return
        self._length = booking.ends_at - booking.starts_at
        self.room.setCurrentIndex(max(0, self.room.findData(booking.room_id)))
        self.title_field.setText(booking.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(booking.kind))))
        self.organiser.setText(booking.organiser)
        self.phone.setText(booking.contact_phone)
        self.expected.setValue(booking.expected or 0)
        self.set_start(booking.starts_at)
        self.setup.setValue(booking.setup_min)
        self.cleanup.setValue(booking.cleanup_min)
        self.notes.setPlainText(booking.notes)
        for fixed in (self.title_field, self.kind, self.organiser, self.phone, self.expected, self.end, self.setup,
                      self.cleanup, self.notes):  # fmt: skip
            fixed.setEnabled(False)
        self.day.setFocus()

    def _start_moved(self, _time: QTime) -> None:
        """改时间: the end follows the start (the booking keeps its length)."""
        if self._booking is not None:
            ends = datetime.combine(date(2000, 1, 1), self.start.time().toPython()) + self._length
            self.end.setTime(QTime(ends.hour, ends.minute))

    # -- reading the form ---------------------------------------------------------------------------------------
    def starts_at(self) -> datetime:
        return datetime.combine(self.day.date().toPython(), self.start.time().toPython()).replace(second=0)

    def set_start(self, moment: datetime) -> None:
        self.day.setDate(QDate(moment.year, moment.month, moment.day))
        length = self._length if self._booking is not None else self.ends_at() - self.starts_at()
        self.start.setTime(QTime(moment.hour, moment.minute))
        if self._booking is None:
            ends = moment + length
            self.end.setTime(QTime(ends.hour, ends.minute))

    def ends_at(self) -> datetime:
        return datetime.combine(self.day.date().toPython(), self.end.time().toPython()).replace(second=0)

    def booking_input(self) -> BookingInput:
        from frontdesk.core.services.rooms import BookingInput

        expected = self.expected.value() or None
        return BookingInput(
            room_id=int(self.room.currentData()), title=self.title_field.text(), starts_at=self.starts_at(),
            ends_at=self.ends_at(), kind=str(self.kind.currentData()), organiser=self.organiser.text(),
            contact_phone=self.phone.text(), expected=expected, setup_min=self.setup.value(),
            cleanup_min=self.cleanup.value(), notes=self.notes.toPlainText(),
        )  # fmt: skip

    # -- saving -------------------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._jobs.busy or self.room.currentIndex() < 0:
            return
        service, actor, booking = self._services.rooms, self._actor, self._booking
        if booking is None:
            data = self.booking_input()

            def work() -> BookingRow:
                return service.booking(service.book(data, actor=actor), actor=actor)
        else:
            starts_at, room_id = self.starts_at(), int(self.room.currentData())

            def work() -> BookingRow:
                return service.move(booking.booking_id, starts_at=starts_at, room_id=room_id, actor=actor)

        self.messages.clear()
        self._say_clash(None)
        self._jobs.run(work, self._saved, refused=self.show_refusal, trouble=self.messages.trouble, changes=(CLASSES,))

    def _saved(self, row: BookingRow) -> None:
        self.saved.emit(row)
        self.accept()

    def show_refusal(self, refusal: RuleViolation) -> None:
        """A clash beside the form with its alternatives; other refusals at their fields."""
        if refusal.code in words.CLASH_CODES:
            self.messages.clear()
            self._say_clash(refusal)
        else:
            self.messages.show(refusal)

    def _say_clash(self, refusal: RuleViolation | None) -> None:
        """The clash beside the form, and a button for each alternative."""
        while self.alternatives_row.count():
            item = self.alternatives_row.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        if refusal is None:
            self.refusal.hide()
            self.alternatives.hide()
            return
        self.refusal.setText(words.refusal_text(refusal))
        self.refusal.show()
        offered: list[QPushButton] = []
        by_name = {r.name: r.room_id for r in self._rooms}
        free = [name for name in refusal.params.get("free_rooms", ()) or () if name in by_name]  # type: ignore[union-attr]
        for name in free[:ROOMS_OFFERED]:  # the smallest that hold it (all are named in the words)
            if name in by_name:
                button = QPushButton(self.tr("Book {room} instead").format(room=name))
                button.setObjectName("roomBookingOtherRoom")
                button.setProperty("room_id", by_name[name])
                button.clicked.connect(lambda _checked=False, room_id=by_name[name]: self.use_room(room_id))
                offered.append(button)
        following = refusal.params.get("next_free")
        if isinstance(following, datetime):
            button = QPushButton(self.tr("Take {when} in this room").format(
                when=words.when_text(following, following + (self.ends_at() - self.starts_at()))
            ))  # fmt: skip
            button.setObjectName("roomBookingNextFree")
            button.clicked.connect(lambda _checked=False, moment=following: self.use_time(moment))
            offered.append(button)
        for button in offered:
            self.alternatives_row.addWidget(button)
        self.alternatives.setVisible(bool(offered))
        if offered:
            offered[0].setFocus()

    def use_room(self, room_id: int) -> None:
        """The alternative: another room at the same time, booked at once."""
        self.room.setCurrentIndex(max(0, self.room.findData(room_id)))
        self.save()

    def use_time(self, moment: datetime) -> None:
        """The alternative: the next free time in this room, booked at once (as long as before)."""
        self.set_start(moment)
        self.save()

    def busy(self) -> bool:
        return self._jobs.busy

    def _show_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.alternatives.setEnabled(not busy)
