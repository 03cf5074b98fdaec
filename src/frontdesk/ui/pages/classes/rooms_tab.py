"""教室与预订 tab of the 课程与教室 page: the rooms (everyone sees them; managers add and edit them) and the room
bookings of a chosen week or day, with 预订教室… (Ctrl+N), 改时间… (Ctrl+M) and 取消预订… (Delete). A booking's
refusal is said in its dialog with the alternatives as buttons; what was done is said on the tab's status line."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.column_fit import ColumnFit, Fit
from frontdesk.ui.common.form_parts import CellsModel, DeskTab
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.common.widgets import WrappedLabel
from frontdesk.ui.pages.classes import room_words as words

if TYPE_CHECKING:
    from frontdesk.core.services.rooms import BookingRow, RoomRow
    from frontdesk.ui.common.changes import ChangeHub
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.common.worker import DatabaseWorker

READ = "rooms.read"
WEEK, DAY = "week", "day"


class RoomsTab(DeskTab):
    def __init__(self, hub: ChangeHub, worker: DatabaseWorker, *, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("roomsTab")
        self._worker = worker
        self._clock = clock
        self._rooms: list[RoomRow] = []
        self.dialog: QWidget | None = None  # the dialog open now (tests drive it)
        self._build_rooms()
        self._build_bookings()
        self.status = WrappedLabel()
        self.status.setObjectName("roomsStatus")
        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("roomsSplit")
        split.setChildrenCollapsible(False)
        split.addWidget(self.rooms_box)
        split.addWidget(self.bookings_box)
        split.setStretchFactor(1, 2)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(split, 1)
        inner.addWidget(self.status)
        scroll = QScrollArea()  # a short screen (1024×768 at 150 %) scrolls the tab rather than growing the window
        scroll.setObjectName("roomsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._editors = [self.add_room_button, self.edit_room_button]
        self.exports.add(self.rooms_table, self.tr("Rooms"))
        self.exports.add(
            self.bookings_table,
            lambda: self.tr("Room bookings from {day}").format(day=self.day.date().toString("yyyy-MM-dd")),
        )
        self._connect(hub)

    # -- building -----------------------------------------------------------------------------------------------
    def _build_rooms(self) -> None:
        self.rooms_box = QGroupBox(self.tr("Rooms"))
        self.rooms_model = CellsModel(
            [self.tr("Room"), self.tr("Floor"), self.tr("Places"), self.tr("Step-free"), self.tr("Hours"),
             self.tr("Equipment")],
            self._room_cells, self,
        )  # fmt: skip
        self.rooms_table = as_list(row_table("roomsTable", self.rooms_model))
        self.rooms_table.setMinimumHeight(110)
        # the room's name whole; the equipment takes the rest and elides; the floor and step-free give way first
        fits = {
            0: Fit("多功能厅（停用）", "多功能厅"),
            1: Fit("2楼", hides=True),
            2: Fit("180"),
            3: Fit(self.tr("Step-free"), "✓", hides=True),
            4: Fit("08:00–21:00"),
            5: Fit("投影、音响、书法桌", "投影"),
        }
        self.rooms_table.column_fit = ColumnFit(self.rooms_table, fits, stretch=5, give_way=(1, 3, 4))  # type: ignore[attr-defined]
        self.add_room_button = QPushButton(self.tr("New room…"))
        self.add_room_button.setObjectName("roomAddButton")
        self.edit_room_button = QPushButton(self.tr("Edit…"))
        self.edit_room_button.setObjectName("roomEditButton")
        self.edit_room_button.setToolTip(self.tr("Edit the selected room (Enter on the table)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_room_button)
        buttons.addWidget(self.edit_room_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.rooms_box)
        layout.addWidget(self.rooms_table, 1)
        layout.addLayout(buttons)

    def _build_bookings(self) -> None:
        self.bookings_box = QGroupBox(self.tr("Room bookings"))
        self.day = QDateEdit()
        self.day.setObjectName("roomBookingsDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.span = QComboBox()
        self.span.setObjectName("roomBookingsSpan")
        self.span.addItem(self.tr("The week"), WEEK)
        self.span.addItem(self.tr("The day"), DAY)
        self.earlier = QPushButton("‹")
        self.earlier.setObjectName("roomBookingsEarlier")
        self.earlier.setToolTip(self.tr("Earlier (Alt+Left)"))
        self.later = QPushButton("›")
        self.later.setObjectName("roomBookingsLater")
        self.later.setToolTip(self.tr("Later (Alt+Right)"))
        self.bookings_model = CellsModel(
            [self.tr("When"), self.tr("Room"), self.tr("Title"), self.tr("Kind"), self.tr("Organiser"),
             self.tr("Expected")],
            self._booking_cells, self,
        )  # fmt: skip
        self.bookings_table = as_list(row_table("roomBookingsTable", self.bookings_model))
        self.bookings_table.setMinimumHeight(140)
        fits = {
            0: Fit("12月10日 周四 13:30–15:45", "12/10 13:30–15:45"),
            1: Fit("多功能厅"),
            2: Fit("健康讲座：冬季防跌倒", "健康讲座"),
            3: Fit(words.kind_word("clinic"), hides=True),
            4: Fit("颐康养老院", hides=True),
            5: Fit("180", hides=True),
        }
        self.bookings_table.column_fit = ColumnFit(self.bookings_table, fits, stretch=2, give_way=(5, 3, 4, 0))  # type: ignore[attr-defined]
        self.book_button = QPushButton(self.tr("Book a room…"))
        self.book_button.setObjectName("roomBookButton")
        self.book_button.setToolTip(self.tr("Book a room (Ctrl+N)"))
        self.move_button = QPushButton(self.tr("Change time…"))
        self.move_button.setObjectName("roomMoveButton")
        self.move_button.setToolTip(self.tr("Move the selected booking to another time or room (Ctrl+M)"))
        self.cancel_button = QPushButton(self.tr("Cancel booking…"))
        self.cancel_button.setObjectName("roomCancelButton")
        self.cancel_button.setToolTip(self.tr("Cancel the selected booking (Delete)"))
        top = QHBoxLayout()
        top.addWidget(self.earlier)
        top.addWidget(self.day)
        top.addWidget(self.later)
        top.addWidget(self.span)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.bookings_box)
        layout.addLayout(top)
        layout.addWidget(self.bookings_table, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.bookings_table, self.book_button)
        self.setTabOrder(self.book_button, self.move_button)
        self.setTabOrder(self.move_button, self.cancel_button)

    def _connect(self, hub: ChangeHub) -> None:
        self.add_room_button.clicked.connect(self.new_room)
        self.edit_room_button.clicked.connect(self.edit_room)
        self.rooms_table.activated.connect(lambda _index: self.edit_room())
        self.book_button.clicked.connect(self.book)
        self.move_button.clicked.connect(self.move)
        self.cancel_button.clicked.connect(self.cancel)
        self.bookings_table.activated.connect(lambda _index: self.move())
        self.day.dateChanged.connect(lambda _day: self.refresh())
        self.span.currentIndexChanged.connect(lambda _index: self.refresh())
        self.earlier.clicked.connect(lambda: self.step(-1))
        self.later.clicked.connect(lambda: self.step(1))
        within = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+N"), self, self.book, context=within)
        QShortcut(QKeySequence("Ctrl+M"), self, self.move, context=within)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.step(-1), context=within)
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.step(1), context=within)
        self.bookings_table.installEventFilter(self)  # Delete on the table: 取消预订…
        self.bookings_table.selectionModel().currentRowChanged.connect(self._enable)
        hub.classes_changed.connect(self.refresh)
        self._enable()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.bookings_table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and not event.modifiers()
        ):
            self.cancel()
            return True
        return super().eventFilter(watched, event)

    # -- the span shown -----------------------------------------------------------------------------------------
    def shown_day(self) -> date:
        return self.day.date().toPython()

    def span_shown(self) -> tuple[date, date]:
        """The days whose bookings the table shows: the chosen day, or its week (Monday to Sunday)."""
        day = self.shown_day()
        if self.span.currentData() == DAY:
            return day, day
        monday = day - timedelta(days=day.weekday())
        return monday, monday + timedelta(days=6)

    def step(self, direction: int) -> None:
        """A week (or a day) earlier or later."""
        days = 1 if self.span.currentData() == DAY else 7
        moved = self.shown_day() + timedelta(days=days * direction)
        self.day.setDate(QDate(moved.year, moved.month, moved.day))

    # -- reading ------------------------------------------------------------------------------------------------
    def attach(self, services: Any) -> None:
        today = self._clock().date()
        self.day.blockSignals(True)
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.blockSignals(False)
        super().attach(services)

    def refresh(self) -> None:
        if not self.may_read():
            return
        service, actor, everything = self._services.rooms, self._actor, self.may_edit()  # type: ignore[union-attr]
        first, last = self.span_shown()

        def work() -> tuple[list[RoomRow], list[BookingRow]]:
            return (service.rooms(actor=actor, include_inactive=everything),
                    service.bookings(first, last, actor=actor))  # fmt: skip

        self._jobs.run(work, self._read, key=READ)

    def _read(self, found: tuple[list[RoomRow], list[BookingRow]]) -> None:
        rooms, bookings = found
        keep_room, keep_booking = self.current_room(), self.current_booking()
        self._rooms = rooms
        self.rooms_model.set_rows(rooms)
        self.bookings_model.set_rows(bookings)
        self._reselect(self.rooms_table, rooms, keep_room.room_id if keep_room else None, "room_id")
        self._reselect(self.bookings_table, bookings, keep_booking.booking_id if keep_booking else None, "booking_id")
        self._enable()

    @staticmethod
    def _reselect(table: Any, rows: list[Any], wanted: int | None, key: str) -> None:
        for number, row in enumerate(rows):
            if wanted is not None and getattr(row, key) == wanted:
                table.selectRow(number)
                return

    def clear(self) -> None:
        self._rooms = []
        self.rooms_model.set_rows([])
        self.bookings_model.set_rows([])
        self.status.setText("")
        self._enable()

    def current_room(self) -> RoomRow | None:
        index = self.rooms_table.currentIndex()
        rows = self.rooms_model.rows
        return rows[index.row()] if index.isValid() and 0 <= index.row() < len(rows) else None

    def current_booking(self) -> BookingRow | None:
        index = self.bookings_table.currentIndex()
        rows = self.bookings_model.rows
        return rows[index.row()] if index.isValid() and 0 <= index.row() < len(rows) else None

    def _enable(self, *_args: QModelIndex) -> None:
        chosen = self.current_booking() is not None
        self.move_button.setEnabled(chosen)
        self.cancel_button.setEnabled(chosen)
        self.book_button.setEnabled(self.may_read())

    # -- the cells ----------------------------------------------------------------------------------------------
    def _room_cells(self, room: RoomRow) -> list[str]:
        name = room.name if room.active else self.tr("{room} (not in use)").format(room=room.name)
        return [name, room.floor, str(room.capacity), self.tr("Step-free") if room.step_free else "",
                words.hours_text(room.opens, room.closes), room.equipment]  # fmt: skip

    def _booking_cells(self, booking: BookingRow) -> list[str]:
        when = words.when_text(booking.starts_at, booking.ends_at)
        return [when, booking.room_name, booking.title, words.kind_word(str(booking.kind)), booking.organiser,
                "" if booking.expected is None else str(booking.expected)]  # fmt: skip

    # -- the rooms ----------------------------------------------------------------------------------------------
    def new_room(self) -> None:
        self._open_room(None)

    def edit_room(self) -> None:
        room = self.current_room()
        if room is not None:
            self._open_room(room)

    def _open_room(self, room: RoomRow | None) -> None:
        if not (self.may_read() and self.may_edit()):
            return
        from frontdesk.ui.pages.classes.room_dialog import RoomDialog

        dialog = RoomDialog(self._worker, services=self._services, actor=self._actor, room=room, parent=self)  # type: ignore[arg-type]
        dialog.saved.connect(lambda _id, name: self.status.setText(self.tr("Room saved: {room}").format(room=name)))
        self._show(dialog)

    # -- the bookings -------------------------------------------------------------------------------------------
    def book(self) -> None:
        """预订教室… (Ctrl+N): the form on the day chosen above (today, if that has passed)."""
        if not self.may_read() or not any(r.active for r in self._rooms):
            if self.may_read():
                self.status.setText(self.tr("No room in use to book."))
            return
        today = self._clock().date()
        self._open_booking(None, max(self.shown_day(), today))

    def move(self) -> None:
        """改时间… (Ctrl+M): the selected booking to another time or room."""
        booking = self.current_booking()
        if booking is not None and self.may_read():
            self._open_booking(booking, booking.starts_at.date())

    def _open_booking(self, booking: BookingRow | None, day: date) -> None:
        from frontdesk.ui.pages.classes.room_booking_dialog import RoomBookingDialog

        dialog = RoomBookingDialog(self._worker, services=self._services, actor=self._actor, rooms=self._rooms,  # type: ignore[arg-type]
                                   day=day, booking=booking, parent=self)  # fmt: skip
        dialog.saved.connect(lambda row, moved=booking is not None: self._said(row, moved))
        self._show(dialog)

    def _said(self, row: BookingRow, moved: bool) -> None:
        text = self.tr("Moved: {title} · {room} · {when}") if moved else self.tr("Booked: {title} · {room} · {when}")
        self.status.setText(text.format(title=row.title, room=row.room_name,
                                        when=words.when_text(row.starts_at, row.ends_at)))  # fmt: skip
        self._show_day_of(row.starts_at.date())

    def _show_day_of(self, day: date) -> None:
        first, last = self.span_shown()
        if not first <= day <= last:
            self.day.setDate(QDate(day.year, day.month, day.day))

    def cancel(self) -> None:
        """取消预订… (Delete on the table): with a reason."""
        booking = self.current_booking()
        if booking is None or not self.may_read():
            return
        from frontdesk.ui.pages.classes.room_cancel_dialog import CancelBookingDialog

        dialog = CancelBookingDialog(self._worker, services=self._services, actor=self._actor, booking=booking,  # type: ignore[arg-type]
                                     parent=self)  # fmt: skip
        dialog.cancelled.connect(
            lambda row: self.status.setText(self.tr("Cancelled: {title} · {room} · {when}").format(
                title=row.title, room=row.room_name, when=words.when_text(row.starts_at, row.ends_at)))
        )  # fmt: skip
        self._show(dialog)

    def _show(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._closed(dialog))
        dialog.open()

    def _closed(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.bookings_table.setFocus()

    def busy(self) -> bool:
        dialog = self.dialog
        return super().busy() or (dialog is not None and dialog.busy())
