"""康养站当日 The station's day: the agenda tab of the 预约 page (``appointmentsAgenda``).

Every slot of the day (of each service, or one; of each provider, or one) with 已约/名额 and the free places; the
selected slot's bookings beside it, where Enter takes the natural next step (到达 → 开始服务 → 完成) and the buttons,
shortcuts and context menu do the rest (取消 with a reason, then the 候补 offer; 改约; 打印预约单; 新预约). The
station's queue (下一位 F8), the service's waiting list and the 未到 to call sit on the right, or below the day on a
narrow screen. A week view counts each day's slots. Everything is read on the database worker and read again when
another desk changes the appointments or the catalogue; the selection stays across a refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.changes import APPOINTMENTS, ChangeHub
from frontdesk.ui.common.column_fit import NAME_SAMPLE, ColumnFit, Fit
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.common.table_export import PageExports
from frontdesk.ui.pages.appointments import agenda_words as words
from frontdesk.ui.pages.appointments.agenda_day import DayAgenda, read_day, read_week
from frontdesk.ui.pages.appointments.agenda_dialogs import CancelDialog, ResidentPicker, SlotDialog
from frontdesk.ui.pages.appointments.agenda_models import ROW_KEY, BookingModel, SlotModel, WeekModel
from frontdesk.ui.pages.appointments.agenda_station import NoShowPanel, QueuePanel, WaitlistPanel, selected
from frontdesk.ui.pages.appointments.agenda_week import week_table

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import RuleViolation
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.printing.desk_printer import DeskPrinter

NARROW = 900  # below this width the station's panels go under the day view
SLIP_KIND = "appointment-slip"  # as frontdesk.printing.documents.KINDS names it
NEXT_STEP = {"booked": "arrived", "arrived": "in_service", "in_service": "completed"}  # Enter on a booking


class AgendaTab(QWidget):
    def __init__(
        self, hub: ChangeHub, worker: DatabaseWorker, clock: Clock, printer: DeskPrinter, prompts: Any
    ) -> None:
        super().__init__()
        self.setObjectName("agendaTab")
        self._hub = hub
        self._clock = clock
        self._printer = printer
        self._prompts = prompts
        self._worker = worker
        self.jobs = Jobs(worker)
        self._services: DeskServices | None = None
        self._actor: Actor | None = None
        self.agenda: DayAgenda | None = None
        self.dialog: QWidget | None = None  # the dialog opened last (tests drive it)
        self.printing: Any = None  # DocumentPrint, once something is printed
        self._build()
        self._shortcuts()
        self._add_exports(worker)
        hub.appointments_changed.connect(self.refresh)
        hub.catalogue_changed.connect(self.refresh)

    # -- building ---------------------------------------------------------------------------------------------
    def _add_exports(self, worker: DatabaseWorker) -> None:
        """导出表格 (Ctrl+Shift+E in a list): the day's slots, the slot's bookings, the queue, the waiting list, the
        未到 — each named after the day shown."""
        self.exports = PageExports(worker, self, services=lambda: self._services, actor=lambda: self._actor)

        def titled(text: str) -> Callable[[], str]:
            return lambda: f"{text} {self.date.date().toString('yyyy-MM-dd')}"

        self.exports.add(self.slot_view, titled(self.tr("Care station slots")))
        self.exports.add(self.booking_view, titled(self.tr("Care station bookings")))
        self.exports.add(self.queue.table, titled(self.tr("Station queue")))
        self.exports.add(self.waitlist.table, titled(self.tr("Waiting list")))
        self.exports.add(self.no_shows.table, titled(self.tr("Did not come: to call")))

    def _build(self) -> None:
        bar = self._build_bar()
        self._build_tables()
        actions = self._build_actions()
        day = QSplitter(Qt.Orientation.Vertical)
        day.setChildrenCollapsible(False)
        day.addWidget(self.slot_view)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.booking_view, 1)
        lower_layout.addWidget(actions)
        day.addWidget(lower)
        self.week = WeekModel()
        self.week_view = week_table("agendaWeek", self.week)
        self.week_view.activated.connect(self._open_week_day)
        self.week_view.clicked.connect(self._open_week_day)
        self.stack = QStackedWidget()
        self.stack.addWidget(day)
        self.stack.addWidget(self.week_view)

        self.queue = QueuePanel()
        self.waitlist = WaitlistPanel()
        self.no_shows = NoShowPanel()
        # The three panels share one place, a tab each: stacked, their heights would add up past a small screen.
        side = QTabWidget()
        side.setObjectName("agendaSide")
        side.setDocumentMode(True)
        side.addTab(self.queue, self.tr("Station queue"))
        side.addTab(self.waitlist, self.tr("Waiting list"))
        side.addTab(self.no_shows, self.tr("Did not come: to call"))
        self.side = side
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.addWidget(self.stack, 3)
        self.body.addWidget(side, 2)
        self.empty = _empty_day_label()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(bar)
        layout.addWidget(self.empty)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.status)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(_scrolling(content))
        self._connect()
        self._update_actions()

    def _build_bar(self) -> QWidget:
        self.date = QDateEdit()
        self.date.setObjectName("agendaDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd ddd")
        today = self._clock().date()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.prev = self._button("agendaPrev", self.tr("Previous day"), self.tr("Previous day (Alt+Left)"))
        self.next = self._button("agendaNext", self.tr("Next day"), self.tr("Next day (Alt+Right)"))
        self.today = self._button("agendaToday", self.tr("Today"), self.tr("Today (Alt+Home)"))
        self.day_mode = self._button("agendaDayMode", self.tr("Day"), self.tr("One day's slots and bookings"))
        self.week_mode = self._button("agendaWeekMode", self.tr("Week"), self.tr("The week's counts, Monday to Sunday"))
        modes = QButtonGroup(self)
        for made in (self.day_mode, self.week_mode):
            made.setCheckable(True)
            modes.addButton(made)
        self.day_mode.setChecked(True)
        self.service = QComboBox()
        self.service.setObjectName("agendaService")
        self.service.addItem(self.tr("All services"), None)
        self.provider = QComboBox()
        self.provider.setObjectName("agendaProvider")
        self.provider.addItem(self.tr("All providers"), None)
        self.day_list = self._button("agendaDayList", self.tr("Day list…"),
                                     self.tr("The station's list of the day shown, to print (A4)"))  # fmt: skip
        self.call_list = self._button("agendaCallList", self.tr("Call list…"),
                                      self.tr("Everyone booked on the day shown, with their phone: to ring them the "
                                              "day before (A4, internal)"))  # fmt: skip
        bar = QWidget()
        flow = FlowLayout(bar, spacing=6)
        for made in (self.prev, self.date, self.next, self.today, self.day_mode, self.week_mode, self.service,
                     self.provider, self.day_list, self.call_list):  # fmt: skip
            flow.addWidget(made)

        return bar

    def _build_tables(self) -> None:
        self.slots = SlotModel()
        self.slot_view = as_list(row_table("appointmentsAgenda", self.slots))
        ColumnFit(self.slot_view, {SlotModel.TIME: Fit("10:45–11:00"), SlotModel.SERVICE: Fit("血压测量", "血压"),
                                   SlotModel.PROVIDER: Fit("钱理疗师", "钱", hides=True),
                                   SlotModel.BOOKED: Fit("10/10"), SlotModel.FREE: Fit("已满", hides=True)},
                  stretch=SlotModel.SERVICE, give_way=[SlotModel.PROVIDER, SlotModel.FREE])  # fmt: skip
        self.bookings = BookingModel()
        self.booking_view = as_list(row_table("agendaBookings", self.bookings))
        ColumnFit(self.booking_view, {BookingModel.NAME: Fit(NAME_SAMPLE, bold=True),
                                      BookingModel.STATUS: Fit("▶ 服务中", "服务中"),
                                      BookingModel.WALK_IN: Fit("现场", hides=True),
                                      BookingModel.SERIES: Fit("第10次", hides=True),
                                      BookingModel.NUMBER: Fit("000", hides=True)},
                  stretch=BookingModel.NAME,
                  give_way=[BookingModel.SERIES, BookingModel.WALK_IN, BookingModel.NUMBER])  # fmt: skip
        self.booking_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.booking_view.customContextMenuRequested.connect(self._context_menu)
        self.booking_view.installEventFilter(self)
        self.slot_view.installEventFilter(self)

    def _build_actions(self) -> QWidget:
        self.arrive = self._button("agendaArrive", self.tr("Arrived"), self.tr("The resident has arrived (Alt+A)"))
        self.start = self._button("agendaStart", self.tr("Start"), self.tr("Start the service (Alt+S)"))
        self.complete = self._button("agendaComplete", self.tr("Complete"), self.tr("The service is done (Alt+C)"))
        self.cancel = self._button("agendaCancel", self.tr("Cancel…"), self.tr("Cancel with a reason (Alt+X)"))
        self.move = self._button("agendaMove", self.tr("Move…"), self.tr("Another free slot (Alt+M)"))
        self.print = self._button("agendaPrint", self.tr("Print slip"), self.tr("Print the appointment slip (F9)"))
        self.book = self._button("agendaBook", self.tr("New appointment…"), self.tr("Book a resident (Alt+N)"))
        actions = QWidget()
        action_flow = FlowLayout(actions, spacing=6)
        for made in (self.arrive, self.start, self.complete, self.cancel, self.move, self.print, self.book):
            action_flow.addWidget(made)
        self.status = QLabel()
        self.status.setObjectName("agendaStatus")
        self.status.setWordWrap(True)

        return actions

    def _button(self, name: str, text: str, tip: str) -> QPushButton:
        made = QPushButton(text)
        made.setObjectName(name)
        made.setToolTip(tip)
        return made

    def _connect(self) -> None:
        self.day_list.clicked.connect(lambda: self.preview_list("day-list"))
        self.call_list.clicked.connect(lambda: self.preview_list("call-list"))
        self.prev.clicked.connect(lambda: self.go(-1))
        self.next.clicked.connect(lambda: self.go(1))
        self.today.clicked.connect(self.go_today)
        self.date.dateChanged.connect(lambda _d: self.refresh())
        self.day_mode.clicked.connect(lambda: self.set_week_mode(False))
        self.week_mode.clicked.connect(lambda: self.set_week_mode(True))
        self.service.activated.connect(lambda _i: self.refresh())
        self.provider.activated.connect(lambda _i: self._show_slots())
        self.slot_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_bookings())
        self.booking_view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.arrive.clicked.connect(lambda: self.step("arrived"))
        self.start.clicked.connect(lambda: self.step("in_service"))
        self.complete.clicked.connect(lambda: self.step("completed"))
        self.cancel.clicked.connect(self.ask_cancel)
        self.move.clicked.connect(self.ask_move)
        self.print.clicked.connect(self.print_slip)
        self.book.clicked.connect(self.ask_book)
        self.queue.next_requested.connect(self.call_next)
        self.queue.finish_requested.connect(lambda row: self._queue_step("finish", row))
        self.queue.left_requested.connect(lambda row: self._queue_step("left", row))
        self.queue.walk_in_requested.connect(self.ask_walk_in)
        self.waitlist.offer_requested.connect(self.offer_selected_slot)
        self.waitlist.withdraw_requested.connect(self.withdraw)
        self.no_shows.mark_requested.connect(self.mark_no_shows)
        self.no_shows.review_requested.connect(self.review_no_show)

    def _shortcuts(self) -> None:
        def add(keys: str, slot: Callable[[], None]) -> None:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        add("Alt+Left", lambda: self.go(-1))
        add("Alt+Right", lambda: self.go(1))
        add("Alt+Home", self.go_today)
        add("Alt+A", lambda: self.step("arrived"))
        add("Alt+S", lambda: self.step("in_service"))
        add("Alt+C", lambda: self.step("completed"))
        add("Alt+X", self.ask_cancel)
        add("Alt+M", self.ask_move)
        add("F9", self.print_slip)
        add("Alt+N", self.ask_book)
        add("F8", self.call_next)
        add("Alt+W", self.ask_walk_in)
        add("Alt+F", lambda: self._queue_selected("finish"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                if watched is self.slot_view:
                    self.booking_view.setFocus()
                    if self.bookings.rows and not self.booking_view.currentIndex().isValid():
                        self.booking_view.selectRow(0)
                    return True
                if watched is self.booking_view:
                    self.next_step()
                    return True
            if watched is self.booking_view and event.key() == Qt.Key.Key_Escape:
                self.slot_view.setFocus()
                return True
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = event.size().width() < NARROW
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.body.direction() != direction:
            self.body.setDirection(direction)
        super().resizeEvent(event)

    # -- the desk ---------------------------------------------------------------------------------------------
    def attach(self, services: DeskServices) -> None:
        self._services = services
        self.queue.set_available(self._station is not None)
        self.refresh()

    def set_actor(self, actor: Actor | None) -> None:
        self.jobs.forget()
        self._actor = actor
        if actor is None:
            self.agenda = None
            for model in (self.slots, self.bookings, self.queue.model, self.waitlist.model, self.no_shows.model):
                model.set_rows([])
            self._update_actions()
        else:
            self.refresh()

    @property
    def _station(self) -> Any:
        return None if self._services is None else self._services.station

    @property
    def day(self) -> date:
        return self.date.date().toPython()  # type: ignore[return-value]

    def go(self, days: int) -> None:
        self.set_day(self.day + timedelta(days=days * (7 if self.week_mode.isChecked() else 1)))

    def go_today(self) -> None:
        self.set_day(self._clock().date())

    def set_day(self, day: date) -> None:
        self.date.setDate(QDate(day.year, day.month, day.day))

    def set_week_mode(self, week: bool) -> None:
        self.week_mode.setChecked(week)
        self.day_mode.setChecked(not week)
        self.stack.setCurrentIndex(1 if week else 0)
        self.refresh()

    def _open_week_day(self, index: Any) -> None:
        day = self.week.day_of(index.column())
        if day is not None:
            self.set_day(day)
            self.set_week_mode(False)
            self.slot_view.setFocus()

    def _ready(self) -> tuple[DeskServices, Actor] | None:
        if self._services is None or self._actor is None or getattr(self._services, "appointments", None) is None:
            return None
        return self._services, self._actor

    # -- reading ----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, actor = ready
        day, service_id, station = self.day, self.service.currentData(), self._station
        if self.week_mode.isChecked():
            self.jobs.run(lambda: read_week(services.appointments, actor, day, service_id=service_id),
                          self.week.set_week, key="agenda-week", refused=self._refused)  # fmt: skip
            return

        def read() -> tuple[DayAgenda, list[Any], str | None]:
            agenda = read_day(services.appointments, actor, day, station=station, service_id=service_id)
            no_shows = services.appointments.no_shows_to_review(actor=actor)
            return agenda, no_shows, None if agenda.slots else _why_no_slots(services, actor, day)

        self.jobs.run(read, self._show_day, key="agenda-day", refused=self._refused)

    def _show_day(self, read: tuple[DayAgenda, list[Any], str | None]) -> None:
        agenda, no_shows, closed = read
        self.agenda = agenda
        self.empty.setVisible(closed is not None)
        if closed is not None:
            self.empty.setText(
                self.tr("No care-station slots on {day}: {why}.").format(day=words.day_title(agenda.day), why=closed)
            )
        self._fill_filters(agenda)
        self._show_slots()
        kept = selected(self.queue.table, self.queue.model)
        self.queue.model.set_rows(agenda.queue)
        self._reselect(self.queue.table, self.queue.model, kept.entry_id if kept else None)
        self.queue.update_buttons()
        kept = selected(self.no_shows.table, self.no_shows.model)
        self.no_shows.model.set_rows(no_shows)
        self._reselect(self.no_shows.table, self.no_shows.model, kept.appointment_id if kept else None)
        self.no_shows.update_buttons()

    def _fill_filters(self, agenda: DayAgenda) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, int]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for text, value in items:
                combo.addItem(text, value)
            found = combo.findData(current)
            combo.setCurrentIndex(found if found >= 0 else 0)
            combo.blockSignals(False)

        fill(self.service, [(s.name, s.service_id) for s in agenda.services])
        people = sorted({(line.person_name, line.person_id) for line in agenda.slots if line.person_id})
        fill(self.provider, people)  # type: ignore[arg-type]

    def _show_slots(self) -> None:
        agenda = self.agenda
        if agenda is None:
            return
        person = self.provider.currentData()
        kept = self.slot_view.currentIndex().data(ROW_KEY)
        lines = [line for line in agenda.slots if person is None or line.person_id == person]
        self.slots.set_rows(lines)
        if not self._reselect(self.slot_view, self.slots, kept) and lines:
            now = self._clock()
            upcoming = next((n for n, line in enumerate(lines) if line.ends_at > now), 0)
            self.slot_view.selectRow(upcoming)
        self._show_bookings()

    def _reselect(self, view: QTableView, model: Any, key: Any) -> bool:
        row = model.find(key) if key is not None else -1
        if row >= 0:
            view.selectRow(row)
        return row >= 0

    @property
    def current_slot(self) -> Any:
        return selected(self.slot_view, self.slots)

    @property
    def current_booking(self) -> Any:
        return selected(self.booking_view, self.bookings)

    def _show_bookings(self) -> None:
        slot = self.current_slot
        kept = self.booking_view.currentIndex().data(ROW_KEY)
        self.bookings.show(slot.bookings if slot else (), self.agenda)
        self._reselect(self.booking_view, self.bookings, kept)
        self._update_actions()
        self._read_waitlist()

    def _read_waitlist(self) -> None:
        ready, slot, station = self._ready(), self.current_slot, self._station
        self.waitlist.free_place = bool(slot and slot.free > 0 and slot.ends_at > self._clock())
        if ready is None or slot is None or station is None:
            self.waitlist.model.set_rows([])
            self.waitlist.update_buttons()
            return
        _services, actor = ready
        service_id, day = slot.service_id, self.day

        def show(rows: list[Any]) -> None:
            kept = selected(self.waitlist.table, self.waitlist.model)
            self.waitlist.model.set_rows(rows)
            self._reselect(self.waitlist.table, self.waitlist.model, kept.entry_id if kept else None)
            self.waitlist.update_buttons()

        self.jobs.run(lambda: station.waitlist(service_id, day, actor=actor), show, key="agenda-waitlist",
                      refused=self._refused)  # fmt: skip

    def _update_actions(self) -> None:
        row = self.current_booking
        status = row.status.value if row else None
        self.arrive.setEnabled(status in ("booked", "no_show"))
        self.start.setEnabled(status == "arrived")
        self.complete.setEnabled(status in ("arrived", "in_service"))
        self.cancel.setEnabled(status in ("booked", "arrived"))
        self.move.setEnabled(status == "booked")
        self.print.setEnabled(status is not None and status != "cancelled")
        self.book.setEnabled(self._ready() is not None)

    # -- saying -----------------------------------------------------------------------------------------------
    def say(self, text: str, *, ok: bool = True) -> None:
        self.status.setText(text if ok else f"⚠ {text}")
        self.status.setProperty("tone", "ok" if ok else "refusal")

    def _refused(self, refusal: RuleViolation) -> None:
        self.say(words.refusal_text(refusal.code, refusal.params), ok=False)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None, **kw: Any) -> None:
        self.jobs.run(work, done, refused=kw.pop("refused", self._refused), changes=(APPOINTMENTS,), **kw)

    # -- the bookings' actions --------------------------------------------------------------------------------
    def next_step(self) -> None:
        row = self.current_booking
        if row is not None and row.status.value in NEXT_STEP:
            self.step(NEXT_STEP[row.status.value])

    def step(self, status: str) -> None:
        from frontdesk.core.models import AppointmentStatus

        ready, row = self._ready(), self.current_booking
        if ready is None or row is None:
            return
        services, actor = ready
        target = AppointmentStatus(status)

        def done(changed: Any) -> None:
            said = {
                "arrived": self.tr("{name} has arrived"),
                "in_service": self.tr("{name}: service started"),
                "completed": self.tr("{name}: service completed"),
            }[status]
            self.say(said.format(name=changed.resident_name))
            if status == "completed":
                self._offer_readings(changed)

        self._run(lambda: services.appointments.set_status(row.appointment_id, target, actor=actor), done)

    def _offer_readings(self, row: Any) -> None:
        from frontdesk.core.access import Permission

        if self._actor is None or not self._actor.may(Permission.HEALTH) or self._services is None:
            return
        from frontdesk.ui.health.record_dialog import RecordVitalsDialog

        dialog = RecordVitalsDialog(self._worker, row.resident_id, row.resident_name, row.appointment_id,
                                    service=self._services.vitals, actor=self._actor, parent=self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def ask_cancel(self) -> None:
        row = self.current_booking
        if row is None or row.status.value not in ("booked", "arrived"):
            return
        dialog = CancelDialog(row.resident_name, words.slot_when(row.starts_at), in_series=row.series_id is not None,
                              parent=self)  # fmt: skip
        dialog.chosen.connect(lambda reason, rest: self.cancel_booking(row, reason, rest))
        self.dialog = dialog
        dialog.open()

    def cancel_booking(self, row: Any, reason: str, rest: bool) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, actor = ready

        def done(result: Any) -> None:
            count = len(result.cancelled)
            if count > 1:
                self.say(self.tr("{name}: {count} appointments cancelled").format(name=row.resident_name, count=count))
            else:
                self.say(self.tr("{name}'s appointment cancelled").format(name=row.resident_name))
            self._offer_freed(result.freed)

        self._run(lambda: services.appointments.cancel(row.appointment_id, reason, actor=actor, rest_of_series=rest),
                  done)  # fmt: skip

    def _offer_freed(self, freed: Any) -> None:
        """A freed place goes to the first on the 候补 for that service and day, if the desk says so."""
        ready, station = self._ready(), self._station
        if ready is None or station is None or not freed:
            return
        _services, actor = ready

        def ask(offers: list[Any]) -> None:
            for offer in offers:
                text = self.tr("{service} {when}: a place is free; first on the waiting list: {name}. "
                               "Tell them now?").format(service=offer.entry.service_name,
                                                        when=words.slot_when(offer.slot.starts_at),
                                                        name=offer.entry.resident_name)  # fmt: skip
                if self._prompts.confirm(self.tr("Waiting list"), text, action=self.tr("Offer the place")):
                    self.offer(offer.entry, offer.slot.starts_at, offer.slot.person_id or None)

        self.jobs.run(lambda: station.offers_for(tuple(freed), actor=actor), ask, refused=self._refused)

    def offer(self, entry: Any, starts_at: Any, person_id: int | None) -> None:
        ready, station = self._ready(), self._station
        if ready is None or station is None:
            return
        _services, actor = ready

        def done(row: Any) -> None:
            self.say(self.tr("Place at {when} offered to {name}").format(when=words.slot_when(starts_at),
                                                                         name=row.resident_name))  # fmt: skip

        self._run(lambda: station.offer(entry.entry_id, starts_at, actor=actor, person_id=person_id), done)

    def offer_selected_slot(self, entry: Any) -> None:
        slot = self.current_slot
        if slot is not None and slot.free > 0:
            self.offer(entry, slot.starts_at, slot.person_id)

    def withdraw(self, entry: Any) -> None:
        ready, station = self._ready(), self._station
        if ready is None or station is None:
            return
        _services, actor = ready
        self._run(
            lambda: station.withdraw(entry.entry_id, actor=actor),
            lambda _r: self.say(self.tr("{name} is off the waiting list").format(name=entry.resident_name)),
        )

    def ask_move(self) -> None:
        ready, row = self._ready(), self.current_booking
        if ready is None or row is None or row.status.value != "booked":
            return
        services, actor = ready

        def pick(slots: list[Any]) -> None:
            others = [s for s in slots if s.starts_at != row.starts_at]
            dialog = SlotDialog(row.resident_name, others, parent=self, series=row.series_id is not None)
            dialog.chosen.connect(lambda slot, rest: self.move_booking(row, slot, rest_of_series=rest))
            self.dialog = dialog
            dialog.open()

        self.jobs.run(lambda: services.appointments.free_slots(row.service_id, actor=actor, first=row.day), pick,
                      refused=self._refused)  # fmt: skip

    def move_booking(self, row: Any, slot: Any, *, rest_of_series: bool = False) -> None:
        """改约 to ``slot``; with ``rest_of_series`` the later booked dates of its series move to the slot's time too
        (all of them or none: a date that cannot take it is said)."""
        ready = self._ready()
        if ready is None:
            return
        services, actor = ready
        if rest_of_series and slot.starts_at.date() != row.day:
            self.say(self.tr("A series keeps its days: to move the rest of it, pick another time on the same day."),
                     ok=False)  # fmt: skip
            return
        if rest_of_series:
            self._run(lambda: services.appointments.move_series(row.appointment_id, slot.starts_at.time(), actor=actor,
                                                                person_id=slot.person_id),
                      lambda moved: self.say(self.tr("{count} appointments of the series moved to {time}").format(
                          count=len(moved), time=f"{slot.starts_at:%H:%M}")))  # fmt: skip
            return

        def done(moved: Any) -> None:
            self.say(
                self.tr("{name}'s appointment moved to {when}").format(
                    name=moved.resident_name, when=words.slot_when(moved.starts_at)
                )
            )
            self.set_day(moved.day)

        self._run(lambda: services.appointments.move(row.appointment_id, slot.starts_at, actor=actor,
                                                     person_id=slot.person_id), done)  # fmt: skip

    def print_slip(self) -> None:
        ready, row = self._ready(), self.current_booking
        if ready is None or row is None or row.status.value == "cancelled":
            return
        services, actor = ready
        documents = services.documents
        title = self.tr("{name}'s appointment slip").format(name=row.resident_name)
        self._printing().print_now(
            documents, actor, SLIP_KIND, lambda: documents.appointment_slip(row.appointment_id, actor=actor),
            title=title, file_name=f"{row.resident_name}-{row.appointment_id}.pdf",
            job=f"frontdesk-appointment-{row.appointment_id}",
        )  # fmt: skip

    def preview_list(self, kind: str) -> None:
        """打印预览 of the day shown's station list (``day-list``) or call list (``call-list``)."""
        ready = self._ready()
        if ready is None:
            return
        services, actor = ready
        documents, day = services.documents, self.day
        if kind == "call-list":
            read, title = (lambda: documents.call_list(actor=actor, day=day)), self.tr("Call list")
        else:
            read, title = (lambda: documents.day_list(actor=actor, day=day)), self.tr("Care station day list")
        self._printing().preview(documents, actor, kind, read, title=title, file_name=f"{kind}-{day}.pdf", parent=self)

    def _printing(self) -> Any:
        """The tab's one way to print (made when first asked: printing is not imported before it is needed)."""
        if self.printing is None:
            from frontdesk.ui.printing.document_print import DocumentPrint

            self.printing = DocumentPrint(
                self._printer, self._prompts,
                lambda work, done, trouble=None: self.jobs.run(work, done, refused=self._refused),
                lambda ok, text: self.say(text, ok=ok),
            )  # fmt: skip
        return self.printing

    def _search(self, text: str, then: Callable[[list[Any]], None]) -> None:
        ready = self._ready()
        if ready is not None:
            services, actor = ready
            self.jobs.run(lambda: services.lookup.search(text, actor=actor, limit=20), then, key="agenda-pick")

    def ask_book(self) -> None:
        if self._ready() is None:
            return
        dialog = ResidentPicker(self.tr("New appointment: who?"), self._search, parent=self)
        dialog.chosen.connect(lambda resident_id, name, _service: self.open_booking(resident_id, name))
        self.dialog = dialog
        dialog.open()

    def open_booking(self, resident_id: int, name: str) -> None:
        ready = self._ready()
        if ready is None:
            return
        from frontdesk.ui.pages.appointments.booking_dialog import BookingDialog

        services, actor = ready
        slot = self.current_slot
        dialog = BookingDialog(self._worker, self._clock, resident_id, name, services=services, actor=actor,
                               printer=self._printer, prompts=self._prompts,
                               service_id=slot.service_id if slot else None, parent=self)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()

    def _context_menu(self, position: Any) -> None:
        menu = QMenu(self)
        menu.setObjectName("agendaBookingsMenu")
        if self.current_booking is not None:
            for made in (self.arrive, self.start, self.complete, self.cancel, self.move, self.print):
                action = menu.addAction(made.text(), made.click)
                action.setEnabled(made.isEnabled())
            menu.addSeparator()
        menu.addAction(self.exports.actions["agendaBookings"])
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.booking_view.viewport().mapToGlobal(position))

    # -- the queue and the 未到 -------------------------------------------------------------------------------
    def call_next(self) -> None:
        ready, station = self._ready(), self._station
        if ready is None or station is None:
            return
        _services, actor = ready
        slot = self.current_slot
        service_id = self.service.currentData()

        def done(row: Any) -> None:
            if row is None:
                self.say(self.tr("Nobody is waiting."))
            else:
                self.say(
                    self.tr("Next: {number} {name} ({service})").format(
                        number=words.queue_number(row.number), name=row.resident_name, service=row.service_name
                    )
                )

        del slot
        self._run(lambda: station.call_next(actor=actor, service_id=service_id), done)

    def _queue_selected(self, what: str) -> None:
        row = selected(self.queue.table, self.queue.model)
        if row is not None:
            self._queue_step(what, row)

    def _queue_step(self, what: str, row: Any) -> None:
        ready, station = self._ready(), self._station
        if ready is None or station is None:
            return
        _services, actor = ready
        call = station.finish if what == "finish" else station.left
        said = self.tr("{name}: done") if what == "finish" else self.tr("{name} left the queue")
        self._run(lambda: call(row.entry_id, actor=actor), lambda _r: self.say(said.format(name=row.resident_name)))

    def ask_walk_in(self) -> None:
        if self._ready() is None or self._station is None or self.agenda is None:
            return
        slot = self.current_slot
        dialog = ResidentPicker(self.tr("Walk-in: who, for what?"), self._search, services=self.agenda.services,
                                service_id=slot.service_id if slot else None, parent=self)  # fmt: skip
        dialog.chosen.connect(lambda resident_id, _name, service_id: self.walk_in(resident_id, service_id))
        self.dialog = dialog
        dialog.open()

    def walk_in(self, resident_id: int, service_id: int) -> None:
        ready, station = self._ready(), self._station
        if ready is None or station is None or service_id is None:
            return
        _services, actor = ready

        def done(result: Any) -> None:
            queue = result.queue
            number = words.queue_number(queue.number)
            if result.took_slot and result.appointment is not None:
                text = self.tr("{name} takes the {time} slot · queue number {number}").format(
                    name=queue.resident_name, time=f"{result.appointment.starts_at:%H:%M}", number=number
                )
            else:
                text = self.tr("{name} is waiting (no free slot now) · queue number {number}").format(
                    name=queue.resident_name, number=number
                )
            self.say(text)

        self._run(lambda: station.walk_in(resident_id, service_id, actor=actor), done)

    def mark_no_shows(self) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, actor = ready
        day = self.day
        self._run(
            lambda: services.appointments.mark_no_shows(day, actor=actor),
            lambda count: self.say(self.tr("{count} did not come; they are listed to call.").format(count=count)),
        )

    def review_no_show(self, row: Any) -> None:
        ready = self._ready()
        if ready is None:
            return
        services, actor = ready
        self._run(
            lambda: services.appointments.review_no_show(row.appointment_id, actor=actor),
            lambda _r: self.say(self.tr("{name}: called back").format(name=row.resident_name)),
        )


def _scrolling(content: QWidget) -> QScrollArea:
    """On a short screen (1024×768 at 150 %) the day view and the panels below it are taller than the window: the
    tab scrolls up and down, never sideways."""
    scroll = QScrollArea()
    scroll.setObjectName("agendaScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll


def _why_no_slots(services: DeskServices, actor: Actor, day: date) -> str:
    """Why ``day`` has no slot, in words (on the worker: it reads the center's days): the manager's closure and its
    note, the public holiday, the weekend, or no provider serving that day."""
    from frontdesk.core.scheduling.open_days import holiday_name, is_open

    catalog = getattr(services, "catalog", None)
    marked = catalog.list_center_days(day, day, actor=actor) if catalog is not None else []
    if marked and not marked[0].open:
        note = marked[0].note
        closed = QCoreApplication.translate("AgendaTab", "the center is closed")
        return f"{closed}（{note}）" if note else closed
    if not is_open(day, {row.day: row.open for row in marked}):
        name = holiday_name(day)
        if name is not None:
            return words.holiday_text(name)
        return QCoreApplication.translate("AgendaTab", "a rest day")
    return QCoreApplication.translate("AgendaTab", "no provider has hours that day")


def _empty_day_label() -> QLabel:
    """Where a day without slots says why (closed, a holiday, nobody's hours); hidden on a day with slots."""
    label = QLabel()
    label.setObjectName("agendaEmpty")
    label.setWordWrap(True)
    label.hide()
    return label
