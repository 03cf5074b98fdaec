"""预约 in a few keys: the service (type its first character), Enter, the slot (arrows), Enter — booked, and said in
words with 打印预约单 (F9) beside it. A series (理疗 every Tue and Thu for 5 weeks) is previewed date by date before it
is saved; a day whose places are all taken offers 候补; a service serving now offers 现场 (a walk-in).

Every read and write runs on the desk's database worker (:class:`~frontdesk.ui.common.jobs.Jobs`). A refusal — the
last place taken by another desk a moment ago, an overlapping appointment — is said beside the slots, which are read
again; nothing chosen is lost. Opened with :meth:`QDialog.open` (tests drive it; nothing blocks).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.changes import APPOINTMENTS
from frontdesk.ui.common.clock import Clock
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.key_button import KeyButton
from frontdesk.ui.common.widgets import resize_within_screen
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.appointments import booking_words as words
from frontdesk.ui.pages.appointments.booking_models import SeriesModel, ServiceModel, SlotModel

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.appointments import AppointmentRow, BookableService, FreeSlot
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.printing.desk_printer import DeskPrinter

DAYS_SHOWN = 14  # the coming fortnight's slots
MAX_WEEKS = 26  # as the appointment service allows a series
DEFAULT_WEEKS = 4
SLOTS = "booking.slots"
SLIP = "appointment-slip"  # as frontdesk.printing.documents.KINDS names it


class _EnterKeys(QObject):
    """Enter on a list does the list's next step (a QListView would only edit or ignore it)."""

    def __init__(self, view: QAbstractItemView, then: Callable[[], None]) -> None:
        super().__init__(view)
        self._then = then
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        ):
            self._then()
            return True
        return False


class BookingDialog(QDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        clock: Clock,
        resident_id: int,
        name: str,
        *,
        services: DeskServices,
        actor: Actor,
        printer: DeskPrinter | None = None,
        prompts: Any = None,
        service_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookingDialog")
        self.setWindowTitle(self.tr("Book for {name}").format(name=name))
        self._clock = clock
        self._resident_id = resident_id
        self._name = name
        self._services = services
        self._actor = actor
        self._wanted_service = service_id
        self._jobs = Jobs(worker)
        self._slots: list[FreeSlot] = []
        self._keep: tuple[datetime, int] | None = None  # the slot to stay on when the slots are read again
        self.booked: AppointmentRow | None = None  # the last appointment booked here (打印预约单 prints it)
        self._print = None
        if printer is not None:
            from frontdesk.ui.printing.document_print import DocumentPrint

            self._print = DocumentPrint(printer, prompts, self._start_print, self._said_print)
        self._build()
        self._connect()
        self._read_services()

    # -- building -----------------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self.tr("Appointment for {name}").format(name=self._name))
        self.heading.setObjectName("bookingHeading")
        self.heading.setWordWrap(True)

        self.service_model = ServiceModel(self)
        self.service_list = QListView()
        self.service_list.setObjectName("bookingService")
        self.service_list.setModel(self.service_model)
        self.service_list.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled)  # typing 理 finds 理疗
        self.service_list.setWordWrap(True)
        self.service_list.setToolTip(self.tr("Type the service's first character to find it; Enter goes to the times"))
        service_label = QLabel(self.tr("Se&rvice"))
        service_label.setBuddy(self.service_list)

        once = self._build_once()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("bookingTabs")
        self.tabs.addTab(once, self.tr("&Once"))
        self.tabs.addTab(self._build_series(), self.tr("&Series"))
        foot = self._build_foot()

        left = QVBoxLayout()
        left.addWidget(service_label)
        left.addWidget(self.service_list, 1)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addWidget(self.tabs, 3)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addLayout(middle, 1)
        column.addLayout(foot)

        em = self.fontMetrics().horizontalAdvance("中")
        self.service_list.setMinimumWidth(9 * em)
        self.slot_list.setMinimumWidth(14 * em)
        resize_within_screen(self, 44 * em, 30 * em)  # a 1024×768 screen at 150 % is 683×512

        chain = [self.service_list, self.tabs, self.provider, self.slot_list, self.book_button,
                 self.waitlist_button, self.walk_in_button]  # fmt: skip
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)

    def _build_once(self) -> QWidget:
        """One appointment: the slots of the coming days (with a provider filter when there are several)."""
        self.slot_model = SlotModel(self)
        self.slot_list = QListView()
        self.slot_list.setObjectName("bookingSlots")
        self.slot_list.setModel(self.slot_model)
        self.slot_list.setUniformItemSizes(True)
        self.slot_list.setToolTip(self.tr("Arrows choose a time; Enter books it. Greyed times are full."))
        self.provider = QComboBox()
        self.provider.setObjectName("bookingProvider")
        self.provider_label = QLabel(self.tr("&Provider"))
        self.provider_label.setBuddy(self.provider)
        self.error = error_label("bookingError")

        self.book_button = KeyButton(self.tr("Book"), "Enter")
        self.book_button.setObjectName("bookingBook")
        self.book_button.setToolTip(self.tr("Book the chosen time (Enter)"))
        self.waitlist_button = QPushButton(self.tr("&Waiting list"))
        self.waitlist_button.setObjectName("bookingWaitlist")
        self.waitlist_button.setToolTip(self.tr("Every place of this day is taken: join its waiting list"))
        self.walk_in_button = QPushButton(self.tr("Wal&k-in now"))
        self.walk_in_button.setObjectName("bookingWalkIn")
        self.walk_in_button.setToolTip(self.tr("The resident is here: take the place now, or join the station's queue"))
        for button in (self.book_button, self.waitlist_button, self.walk_in_button):
            button.setAutoDefault(False)

        once = QWidget()
        once.setObjectName("bookingOnce")
        provider_row = QHBoxLayout()
        provider_row.addWidget(self.provider_label)
        provider_row.addWidget(self.provider, 1)
        once_buttons = FlowLayout(spacing=8)
        for button in (self.book_button, self.waitlist_button, self.walk_in_button):
            once_buttons.addWidget(button)
        once_column = QVBoxLayout(once)
        once_column.setContentsMargins(0, 6, 0, 0)
        once_column.addLayout(provider_row)
        once_column.addWidget(self.slot_list, 1)
        once_column.addWidget(self.error)
        once_column.addLayout(once_buttons)
        return once

    def _build_foot(self) -> QHBoxLayout:
        """What was booked, 打印预约单 and 关闭."""
        self.result = QLabel()
        self.result.setObjectName("bookingResult")
        self.result.setWordWrap(True)
        self.result.setProperty("tone", "ok")
        self.print_button = KeyButton(self.tr("Print slip"), "F9")
        self.print_button.setObjectName("bookingPrint")
        self.print_button.setToolTip(self.tr("Print the appointment slip of what was just booked (F9)"))
        self.print_button.setEnabled(False)
        self.print_button.setVisible(self._print is not None)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("bookingClose")
        for button in (self.print_button, self.close_button):
            button.setAutoDefault(False)
        foot = QHBoxLayout()
        foot.addWidget(self.result, 1)
        foot.addWidget(self.print_button)
        foot.addWidget(self.close_button)
        return foot

    def _build_series(self) -> QWidget:
        page = QWidget()
        page.setObjectName("bookingSeries")
        self.series_days = QWidget()
        self.series_days.setObjectName("bookingSeriesDays")
        days = FlowLayout(self.series_days, spacing=6)
        self.weekday_boxes: list[QCheckBox] = []
        for weekday in range(7):
            box = QCheckBox(words.weekday_text(weekday))
            box.setObjectName(f"bookingSeriesDay{weekday}")
            days.addWidget(box)
            self.weekday_boxes.append(box)
        self.series_time = QComboBox()
        self.series_time.setObjectName("bookingSeriesTime")
        time_label = QLabel(self.tr("&Time"))
        time_label.setBuddy(self.series_time)
        self.series_weeks = QSpinBox()
        self.series_weeks.setObjectName("bookingSeriesWeeks")
        self.series_weeks.setRange(1, MAX_WEEKS)
        self.series_weeks.setValue(DEFAULT_WEEKS)
        self.series_weeks.setSuffix(self.tr(" weeks"))
        weeks_label = QLabel(self.tr("For"))
        weeks_label.setBuddy(self.series_weeks)
        self.preview_button = QPushButton(self.tr("Pre&view"))
        self.preview_button.setObjectName("bookingSeriesPreviewButton")
        self.series_model = SeriesModel(self)
        self.series_preview = QListView()
        self.series_preview.setObjectName("bookingSeriesPreview")
        self.series_preview.setModel(self.series_model)
        self.series_preview.setWordWrap(True)
        self.series_error = error_label("bookingSeriesError")
        self.series_book = QPushButton(self.tr("Book &all bookable dates"))
        self.series_book.setObjectName("bookingSeriesBook")
        self.series_book.setEnabled(False)
        for button in (self.preview_button, self.series_book):
            button.setAutoDefault(False)

        when = FlowLayout(spacing=8)
        for widget in (time_label, self.series_time, weeks_label, self.series_weeks, self.preview_button):
            when.addWidget(widget)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 6, 0, 0)
        column.addWidget(self.series_days)
        column.addLayout(when)
        column.addWidget(self.series_preview, 1)
        column.addWidget(self.series_error)
        column.addWidget(self.series_book)
        return page

    def _connect(self) -> None:
        self.service_list.selectionModel().currentRowChanged.connect(lambda *_: self._service_changed())
        self.slot_list.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        _EnterKeys(self.service_list, self._to_slots)
        _EnterKeys(self.slot_list, self.book_current)
        self.slot_list.activated.connect(lambda _index: self.book_current())
        self.provider.currentIndexChanged.connect(lambda _i: self._show_slots())
        self.book_button.clicked.connect(self.book_current)
        self.waitlist_button.clicked.connect(self.join_waitlist)
        self.walk_in_button.clicked.connect(self.walk_in)
        self.preview_button.clicked.connect(self.preview_series)
        self.series_book.clicked.connect(self.book_series)
        for box in self.weekday_boxes:
            box.toggled.connect(self._series_changed)
        self.series_time.currentIndexChanged.connect(self._series_changed)
        self.series_weeks.valueChanged.connect(self._series_changed)
        self.print_button.clicked.connect(self.print_slip)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("F9"), self, activated=self.print_slip)
        self._update_buttons()

    # -- the worker ---------------------------------------------------------------------------------------------
    def busy(self) -> bool:
        """A read or a write is under way (tests wait for this to end)."""
        return self._jobs.busy

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        *,
        refused: Callable[[RuleViolation], None] | None = None,
        key: str | None = None,
        changes: tuple[str, ...] = (),
    ) -> None:
        self._jobs.run(work, done, refused=refused or self._refused, trouble=self._trouble, key=key,
                       changes=changes)  # fmt: skip

    def _refused(self, refusal: RuleViolation) -> None:
        show_error(self.error, words.refusal_text(refusal))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        show_error(self.error, problems.problem_text(problem.kind))

    def done(self, result: int) -> None:
        self._jobs.forget()  # closed: what comes back is not shown
        super().done(result)

    # -- services and slots -------------------------------------------------------------------------------------
    def _read_services(self) -> None:
        appointments, actor = self._services.appointments, self._actor
        self._run(lambda: appointments.services(actor=actor), self._services_read)

    def _services_read(self, rows: list[BookableService]) -> None:
        self.service_model.set_rows(rows)
        row = self.service_model.row_of(self._wanted_service) if self._wanted_service is not None else None
        if rows:
            self.service_list.setCurrentIndex(self.service_model.index(row or 0))
        else:
            show_error(self.error, self.tr("The care station offers no services yet."))
        self.service_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def service(self) -> BookableService | None:
        index = self.service_list.currentIndex()
        return self.service_model.service(index.row()) if index.isValid() else None

    def _service_changed(self) -> None:
        show_error(self.error, "")
        self.series_model.set_rows([])
        self._keep = None
        self.read_slots()

    def read_slots(self) -> None:
        """Read the chosen service's slots of the coming days again (after a booking, a refusal, another desk's)."""
        service = self.service()
        if service is None:
            return
        appointments, actor, service_id = self._services.appointments, self._actor, service.service_id
        first = self._clock().date()
        self._run(lambda: appointments.free_slots(service_id, actor=actor, first=first, days=DAYS_SHOWN),
                  self._slots_read, key=SLOTS)  # fmt: skip

    def _slots_read(self, slots: list[FreeSlot]) -> None:
        current = self._current_slot()
        if current is not None and self._keep is None:
            self._keep = (current.starts_at, current.person_id)
        self._slots = list(slots)
        people = sorted({(s.person_name, s.person_id) for s in slots})
        chosen = self.provider.currentData()
        self.provider.blockSignals(True)
        self.provider.clear()
        self.provider.addItem(self.tr("Any provider"), None)
        for person_name, person_id in people:
            self.provider.addItem(person_name, person_id)
        at = self.provider.findData(chosen) if chosen is not None else 0
        self.provider.setCurrentIndex(max(0, at))
        self.provider.blockSignals(False)
        several = len(people) > 1
        self.provider.setVisible(several)
        self.provider_label.setVisible(several)
        times = sorted({f"{s.starts_at:%H:%M}" for s in slots})  # the service's slot times (as text: a QVariant
        chosen_time = self.series_time.currentText()  # would make a datetime.time a QTime)
        self.series_time.blockSignals(True)
        self.series_time.clear()
        self.series_time.addItems(times)
        if chosen_time in times:
            self.series_time.setCurrentIndex(times.index(chosen_time))
        self.series_time.blockSignals(False)
        self._show_slots()

    def _show_slots(self) -> None:
        person = self.provider.currentData()
        self.slot_model.set_slots(self._slots, person)
        row = self.slot_model.row_of(*self._keep) if self._keep is not None else None
        self._keep = None
        if row is None:
            row = self.slot_model.first_bookable()
        if row is not None:
            self.slot_list.setCurrentIndex(self.slot_model.index(row))
        self._update_buttons()

    def _current_slot(self) -> FreeSlot | None:
        index = self.slot_list.currentIndex()
        if not index.isValid() or index.row() >= self.slot_model.rowCount():
            return None
        return self.slot_model.row(index.row()).slot

    def _to_slots(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.slot_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _serves_now(self) -> bool:
        """A slot of the service is under way now, or starts within one slot's length (a walk-in takes it)."""
        service = self.service()
        if service is None:
            return False
        now = self._clock()
        soon = now + timedelta(minutes=service.duration_min)
        return any(s.starts_at <= soon and s.ends_at > now for s in self._slots)

    def _update_buttons(self) -> None:
        slot = self._current_slot()
        self.book_button.setEnabled(slot is not None and slot.free > 0)
        self.waitlist_button.setEnabled(slot is not None and self.slot_model.day_full(slot.starts_at.date()))
        self.walk_in_button.setEnabled(self._serves_now())

    # -- booking ------------------------------------------------------------------------------------------------
    def book_current(self) -> None:
        """Enter on a slot: book it (a full one is said, with 候补 for its day)."""
        service, slot = self.service(), self._current_slot()
        if service is None or slot is None:
            return
        if slot.free <= 0:
            show_error(self.error, words.refusal_text(_refusal("slot_full")))
            return
        show_error(self.error, "")
        appointments, actor, resident_id = self._services.appointments, self._actor, self._resident_id
        self._keep = (slot.starts_at, slot.person_id)

        def refused(refusal: RuleViolation) -> None:
            self._refused(refusal)
            self.read_slots()  # another desk took it: show what is left

        self._run(
            lambda: appointments.book(resident_id, service.service_id, slot.starts_at, actor=actor,
                                      person_id=slot.person_id),
            self._booked, refused=refused, changes=(APPOINTMENTS,),
        )  # fmt: skip

    def _booked(self, row: AppointmentRow) -> None:
        self.booked = row
        self.result.setText(words.booked_text(row.service_name, row.starts_at, row.person_name))
        self.print_button.setEnabled(self._print is not None)
        self.read_slots()
        self.slot_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def join_waitlist(self) -> None:
        """候补 for the day under the cursor, whose places are all taken."""
        service, slot = self.service(), self._current_slot()
        if service is None or slot is None:
            return
        station, actor, resident_id, day = self._services.station, self._actor, self._resident_id, slot.starts_at.date()

        def joined(row) -> None:
            show_error(self.error, "")
            self.result.setText(words.waitlisted_text(self._name, row.service_name, row.day, row.position))

        self._run(lambda: station.join_waitlist(resident_id, service.service_id, day, actor=actor), joined,
                  changes=(APPOINTMENTS,))  # fmt: skip

    def walk_in(self) -> None:
        """现场: the resident is here; the current slot if it has room, else the station's queue."""
        service = self.service()
        if service is None:
            return
        station, actor, resident_id = self._services.station, self._actor, self._resident_id

        def walked_in(result) -> None:
            show_error(self.error, "")
            self.result.setText(words.walked_in_text(service.name, result.took_slot, result.queue.number))
            self.read_slots()

        self._run(lambda: station.walk_in(resident_id, service.service_id, actor=actor), walked_in,
                  changes=(APPOINTMENTS,))  # fmt: skip

    # -- a series -----------------------------------------------------------------------------------------------
    def _series_request(self):
        from frontdesk.core.services.appointments import SeriesRequest

        service = self.service()
        if service is None or not self.series_time.currentText():
            return None
        at = datetime.strptime(self.series_time.currentText(), "%H:%M").time()
        return SeriesRequest(
            resident_id=self._resident_id, service_id=service.service_id, first_day=self._clock().date(),
            weekdays=frozenset(i for i, box in enumerate(self.weekday_boxes) if box.isChecked()), at=at,
            weeks=self.series_weeks.value(), person_id=self.provider.currentData(),
        )  # fmt: skip

    def _series_changed(self) -> None:
        self.series_model.set_rows([])  # a preview of other choices would mislead
        self.series_book.setEnabled(False)

    def preview_series(self) -> None:
        """预览: every date of the series, each conflict in words, before anything is saved."""
        show_error(self.series_error, "")
        request = self._series_request()
        if request is None:
            show_error(self.series_error, self.tr("Choose a service and a time first."))
            return
        appointments, actor = self._services.appointments, self._actor

        def previewed(dates) -> None:
            self.series_model.set_rows(dates)
            self.series_book.setEnabled(any(d.ok for d in dates))

        self._run(lambda: appointments.preview_series(request, actor=actor), previewed, refused=self._series_refused)

    def _series_refused(self, refusal: RuleViolation) -> None:
        show_error(self.series_error, words.refusal_text(refusal))

    def book_series(self) -> None:
        """预约全部可约日期: the bookable dates in one go; the others are said again."""
        request = self._series_request()
        service = self.service()
        if request is None or service is None:
            return
        appointments, actor = self._services.appointments, self._actor

        def booked(result) -> None:
            self.series_book.setEnabled(False)
            self.result.setText(words.series_booked_text(service.name, len(result.booked), len(result.skipped)))
            if result.booked:
                first = result.booked[0]
                self._run(lambda: appointments.get(first, actor=actor), self._series_first)
            self.read_slots()

        def refused(refusal: RuleViolation) -> None:
            self._series_refused(refusal)
            self.preview_series()  # what changed since the preview

        self._run(lambda: appointments.book_series(request, actor=actor), booked, refused=refused,
                  changes=(APPOINTMENTS,))  # fmt: skip

    def _series_first(self, row: AppointmentRow) -> None:
        self.booked = row  # 打印预约单 prints the series' first appointment
        self.print_button.setEnabled(self._print is not None)

    # -- printing -----------------------------------------------------------------------------------------------
    def print_slip(self) -> None:
        """F9: the 预约单 of what was just booked, to the desk's printer for it (no dialog)."""
        if self._print is None or self.booked is None:
            return
        documents, actor, row = self._services.documents, self._actor, self.booked
        title = self.tr("{name}'s appointment slip").format(name=self._name)
        self._print.print_now(
            documents, actor, SLIP, lambda: documents.appointment_slip(row.appointment_id, actor=actor),
            title=title, file_name=f"{self._name}-{row.appointment_id}.pdf",
            job=f"frontdesk-appointment-{row.appointment_id}",
        )  # fmt: skip

    def _start_print(self, work: Callable[[], Any], done: Callable[[Any], None], trouble=None) -> None:
        self._jobs.run(work, done, refused=self._refused, trouble=trouble or self._trouble)

    def _said_print(self, ok: bool, text: str) -> None:
        if ok:
            self.result.setText(text)
        else:
            show_error(self.error, text)


def _refusal(code: str) -> RuleViolation:
    from frontdesk.core.errors import RuleViolation

    return RuleViolation(code)


class BookingOpener:
    """What the composition root hands the pages that offer 预约… (:class:`~frontdesk.ui.common.booking_entry.
    OpenBooking`): the desk's worker, clock, printer and prompts, given once."""

    def __init__(self, worker: DatabaseWorker, clock: Clock, *, printer: DeskPrinter | None = None,
                 prompts: Any = None) -> None:  # fmt: skip
        self._worker = worker
        self._clock = clock
        self._printer = printer
        self._prompts = prompts

    def __call__(self, services: DeskServices, actor: Actor, resident_id: int, name: str, *,
                 parent: QWidget) -> BookingDialog:  # fmt: skip
        dialog = BookingDialog(self._worker, self._clock, resident_id, name, services=services, actor=actor,
                               printer=self._printer, prompts=self._prompts, parent=parent)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
