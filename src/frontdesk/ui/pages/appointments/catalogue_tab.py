"""服务项目 tab of the 预约 page: the care station's services and, for the one selected, its providers' weekly hours
and their exceptions (leave, an extra session such as a Saturday 义诊); and the center's days (closed for 停电检修,
open on a 调休 working day). Everyone sees; managers edit (the editing rows are hidden from other roles).

The weekly hours are edited as a draft in the table (add and remove rows) and saved in one go: each provider's
stretches replace theirs (:meth:`CareCatalog.set_hours`), so a refused stretch changes nothing of that provider's.
"""

from __future__ import annotations

from datetime import time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.changes import CATALOGUE
from frontdesk.ui.common.column_fit import ColumnFit, Fit
from frontdesk.ui.common.day_words import weekday_word
from frontdesk.ui.common.fields import error_label
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.form_parts import CellsModel, DeskTab, FieldMessages, date_box, date_of, line
from frontdesk.ui.common.form_parts import wrapping_form as form_layout
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.pages.appointments import catalogue_words as words

if TYPE_CHECKING:
    from frontdesk.core.services.care_catalog import CenterDayRow, ExceptionRow, ServiceInput, ServiceRow
    from frontdesk.core.services.partners import PartnerRow, PersonRow
    from frontdesk.ui.common.changes import ChangeHub
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.common.worker import DatabaseWorker

READ = "catalogue.read"
AHEAD_DAYS = 90  # exceptions and the center's days shown from today on


def _time(box: QTimeEdit) -> time:
    value = box.time()
    return time(value.hour(), value.minute())


def _time_box(name: str, hour: int) -> QTimeEdit:
    box = QTimeEdit(QTime(hour, 0))
    box.setObjectName(name)
    box.setDisplayFormat("HH:mm")
    return box


def _hm(value: time | None) -> str:
    return value.strftime("%H:%M") if value is not None else ""


class CatalogueTab(DeskTab):
    def __init__(self, hub: ChangeHub, worker: DatabaseWorker, *, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("catalogueTab")
        self._editing: int | None = None  # the service in the form; None: a new one
        self._select_after: int | None = None
        self._people: list[PersonRow] = []
        self._stored_hours: dict[int, list[tuple[int, time, time]]] = {}  # person → stretches, as read
        self._clock = clock
        self._today = clock().date()
        self.status = QLabel()
        self.status.setObjectName("catalogueStatus")
        self.status.setWordWrap(True)

        self.services_model = CellsModel(
            [self.tr("Service"), self.tr("Minutes"), self.tr("Places"), self.tr("Partner"), self.tr("Place"),
             self.tr("Price"), self.tr("Active")],
            self._service_cells, self,
        )  # fmt: skip
        self.services_table = as_list(row_table("catalogueServices", self.services_model))
        self.services_table.setMinimumHeight(120)
        self._fit_services()
        self.add_button = QPushButton(self.tr("New service"))
        self.add_button.setObjectName("serviceAdd")
        self._build_service_form()
        self._build_hours()
        self._build_exceptions()
        self._build_center_days()
        self.exports.add(self.services_table, self.tr("Services of the care station"))

        body = QWidget()
        layout = QVBoxLayout(body)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Services of the care station")), 1)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        layout.addWidget(self.services_table, 1)
        layout.addWidget(self.status)
        for box in (self.service_form, self.hours_box, self.exceptions_box, self.days_box):
            layout.addWidget(box)
        scroll = QScrollArea()
        scroll.setObjectName("catalogueScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._editors = [self.service_form, self.add_button, self.hours_editor, self.exception_editor, self.day_editor]

        self.add_button.clicked.connect(self.new_service)
        self.services_table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._chosen())
        hub.catalogue_changed.connect(self.refresh)

    # -- building -----------------------------------------------------------------------------------------------
    def _build_service_form(self) -> None:
        self.service_form = QGroupBox(self.tr("Service"))
        self.service_form.setObjectName("serviceForm")
        self.service_messages = m = FieldMessages(error_label("serviceError"), words.refusal_text)
        self.name = line("serviceName", 40, self.tr("e.g. 血压测量"))
        self.duration = QSpinBox()
        self.duration.setObjectName("serviceDuration")
        self.duration.setRange(5, 480)
        self.duration.setSingleStep(5)
        self.duration.setValue(15)
        self.duration.setSuffix(self.tr(" min"))
        self.places = QSpinBox()
        self.places.setObjectName("servicePlaces")
        self.places.setRange(1, 500)
        self.partner = QComboBox()
        self.partner.setObjectName("servicePartner")
        self.place = line("servicePlace", 40, self.tr("e.g. 康养服务站"))
        self.price = self._money("servicePrice", self.tr("Free"))
        self.market_price = self._money("serviceMarketPrice", "—")
        self.bring = line("serviceBring", 200, self.tr("e.g. 医保卡、既往病历"))
        self.fasting = QCheckBox(self.tr("Fasting (需空腹)"))
        self.fasting.setObjectName("serviceFasting")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("serviceNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(50)
        self.active = QCheckBox(self.tr("Offered"))
        self.active.setObjectName("serviceActive")
        self.active.setChecked(True)
        self.save_button = QPushButton(self.tr("Save service"))
        self.save_button.setObjectName("serviceSave")
        form = form_layout(self.service_form)
        m.add_rows(
            form,
            (
                (self.tr("Name"), self.name, "name"),
                (self.tr("Minutes a slot"), self.duration, "duration_min"),
                (self.tr("Places a slot"), self.places, "places"),
                (self.tr("Provided by"), self.partner, "partner_id"),
                (self.tr("Place"), self.place, "place"),
                (self.tr("Price"), self.price, "price_cents"),
                (self.tr("Market price"), self.market_price, "market_price_cents"),
                (self.tr("What to bring"), self.bring, "bring"),
                (self.tr("Notes"), self.notes, "notes"),
            ),
        )
        form.addRow("", self.fasting)
        form.addRow("", self.active)
        form.addRow(self.save_button)
        form.addRow(m.general)
        for field in (self.name, self.place, self.bring):
            field.returnPressed.connect(self.save_service)
        self.save_button.clicked.connect(self.save_service)

    def _fit_services(self) -> None:
        """The service's name whole; the partner takes the rest and elides; the place, then 有效 give way, the
        price shortens to its own figure (the market price elided)."""
        price = words.yuan_text(2000)
        below = self.tr("{price} (market {market})").format(price=price, market=words.yuan_text(6000))
        columns = {0: Fit("中医体质辨识"), 1: Fit("120"), 2: Fit("500"), 3: Fit("平城区第三人民医院", "福寿园养老院"),
                   4: Fit("康复理疗室", hides=True), 5: Fit(below, price),
                   6: Fit(self.tr("Yes"), hides=True)}  # fmt: skip
        self.services_table.column_fit = ColumnFit(self.services_table, columns, stretch=3, give_way=(4, 6, 5))  # type: ignore[attr-defined]

    def _money(self, name: str, zero_text: str) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setObjectName(name)
        box.setRange(0, 10_000)
        box.setDecimals(2)
        box.setSuffix(self.tr(" yuan"))
        box.setSpecialValueText(zero_text)
        return box

    def _build_hours(self) -> None:
        self.hours_box = QGroupBox(self.tr("Providers' weekly hours"))
        self.hours_box.setObjectName("catalogueHoursBox")
        self.hours_model = CellsModel(
            [self.tr("Provider"), self.tr("Weekday"), self.tr("From"), self.tr("To")], self._hours_cells, self
        )
        self.hours_table = as_list(row_table("catalogueHours", self.hours_model))
        self.hours_table.setMinimumHeight(100)
        self.hours_editor = QWidget()
        row = FlowLayout(self.hours_editor, spacing=8)
        self.hours_person = QComboBox()
        self.hours_person.setObjectName("hoursPerson")
        self.hours_weekday = QComboBox()
        self.hours_weekday.setObjectName("hoursWeekday")
        for weekday in range(7):
            self.hours_weekday.addItem(weekday_word(weekday), weekday)
        self.hours_from = _time_box("hoursFrom", 8)
        self.hours_to = _time_box("hoursTo", 11)
        self.hours_add = QPushButton(self.tr("Add row"))
        self.hours_add.setObjectName("hoursAdd")
        self.hours_remove = QPushButton(self.tr("Remove row"))
        self.hours_remove.setObjectName("hoursRemove")
        self.hours_save = QPushButton(self.tr("Save hours"))
        self.hours_save.setObjectName("hoursSave")
        for widget in (self.hours_person, self.hours_weekday, self.hours_from, self.hours_to, self.hours_add,
                       self.hours_remove, self.hours_save):  # fmt: skip
            row.addWidget(widget)
        self.hours_messages = FieldMessages(error_label("hoursError"), words.refusal_text)
        layout = QVBoxLayout(self.hours_box)
        layout.addWidget(self.hours_table)
        layout.addWidget(self.hours_editor)
        layout.addWidget(self.hours_messages.general)
        self.hours_add.clicked.connect(self.add_hours_row)
        self.hours_remove.clicked.connect(self.remove_hours_row)
        self.hours_save.clicked.connect(self.save_hours)

    def _build_exceptions(self) -> None:
        self.exceptions_box = QGroupBox(self.tr("Leave and extra sessions"))
        self.exceptions_box.setObjectName("catalogueExceptionsBox")
        self.exceptions_model = CellsModel(
            [self.tr("Date"), self.tr("Kind"), self.tr("Provider"), self.tr("Times"), self.tr("Note")],
            self._exception_cells, self,
        )  # fmt: skip
        self.exceptions_table = as_list(row_table("catalogueExceptions", self.exceptions_model))
        self.exceptions_table.setMinimumHeight(90)
        self.exception_editor = QWidget()
        row = FlowLayout(self.exception_editor, spacing=8)
        self.exception_kind = QComboBox()
        self.exception_kind.setObjectName("exceptionKind")
        for value, text in words.EXCEPTION_KINDS.items():
            self.exception_kind.addItem(words.t(text), value)
        self.exception_person = QComboBox()
        self.exception_person.setObjectName("exceptionPerson")
        self.exception_day = date_box("exceptionDate", optional=False)
        self.exception_all_day = QCheckBox(self.tr("All day"))
        self.exception_all_day.setObjectName("exceptionAllDay")
        self.exception_from = _time_box("exceptionFrom", 9)
        self.exception_to = _time_box("exceptionTo", 11)
        self.exception_places = QSpinBox()
        self.exception_places.setObjectName("exceptionPlaces")
        self.exception_places.setRange(0, 500)
        self.exception_places.setSpecialValueText(self.tr("places as usual"))
        self.exception_note = line("exceptionNote", 100, self.tr("e.g. 义诊：市第一人民医院"))
        self.exception_add = QPushButton(self.tr("Add"))
        self.exception_add.setObjectName("exceptionAdd")
        self.exception_remove = QPushButton(self.tr("Remove"))
        self.exception_remove.setObjectName("exceptionRemove")
        for widget in (self.exception_kind, self.exception_person, self.exception_day, self.exception_all_day,
                       self.exception_from, self.exception_to, self.exception_places, self.exception_note,
                       self.exception_add, self.exception_remove):  # fmt: skip
            row.addWidget(widget)
        self.exception_messages = FieldMessages(error_label("exceptionError"), words.refusal_text)
        layout = QVBoxLayout(self.exceptions_box)
        layout.addWidget(self.exceptions_table)
        layout.addWidget(self.exception_editor)
        layout.addWidget(self.exception_messages.general)
        self.exception_all_day.toggled.connect(lambda on: (self.exception_from.setDisabled(on),
                                                            self.exception_to.setDisabled(on)))  # fmt: skip
        self.exception_add.clicked.connect(self.add_exception)
        self.exception_remove.clicked.connect(self.remove_exception)

    def _build_center_days(self) -> None:
        self.days_box = QGroupBox(self.tr("The center's days (over the public holiday calendar)"))
        self.days_box.setObjectName("catalogueCenterDaysBox")
        self.days_model = CellsModel([self.tr("Date"), self.tr("Center"), self.tr("Note")], self._day_cells, self)
        self.days_table = as_list(row_table("catalogueCenterDays", self.days_model))
        self.days_table.setMinimumHeight(80)
        self.day_editor = QWidget()
        row = FlowLayout(self.day_editor, spacing=8)
        self.day_date = date_box("centerDayDate", optional=False)
        self.day_open = QComboBox()
        self.day_open.setObjectName("centerDayOpen")
        self.day_open.addItem(self.tr("Closed"), False)
        self.day_open.addItem(self.tr("Open"), True)
        self.day_note = line("centerDayNote", 60, self.tr("e.g. 停电检修"))
        self.day_set = QPushButton(self.tr("Set"))
        self.day_set.setObjectName("centerDaySet")
        self.day_clear = QPushButton(self.tr("As the calendar says"))
        self.day_clear.setObjectName("centerDayClear")
        for widget in (self.day_date, self.day_open, self.day_note, self.day_set, self.day_clear):
            row.addWidget(widget)
        self.day_messages = FieldMessages(error_label("centerDayError"), words.refusal_text)
        layout = QVBoxLayout(self.days_box)
        layout.addWidget(self.days_table)
        layout.addWidget(self.day_editor)
        layout.addWidget(self.day_messages.general)
        self.day_set.clicked.connect(self.set_center_day)
        self.day_note.returnPressed.connect(self.set_center_day)
        self.day_clear.clicked.connect(self.clear_center_day)

    # -- what the tables show -----------------------------------------------------------------------------------
    def _service_cells(self, row: ServiceRow) -> list[str]:
        price = words.yuan_text(row.price_cents)
        if row.below_market:
            price = self.tr("{price} (market {market})").format(
                price=price, market=words.yuan_text(row.market_price_cents)
            )
        return [row.name, str(row.duration_min), str(row.places), row.partner_name, row.place, price,
                self.tr("Yes") if row.active else self.tr("No")]  # fmt: skip

    def _person_name(self, person_id: int) -> str:
        return next((p.name for p in self._people if p.person_id == person_id), f"#{person_id}")

    def _hours_cells(self, row: tuple[int, int, time, time]) -> list[str]:
        person, weekday, starts, ends = row
        return [self._person_name(person), weekday_word(weekday), _hm(starts), _hm(ends)]

    def _exception_cells(self, row: ExceptionRow) -> list[str]:
        times = f"{_hm(row.starts)}–{_hm(row.ends)}" if row.starts is not None else self.tr("all day")
        kind = words.choice(words.EXCEPTION_KINDS, str(row.kind))
        if row.service_name:
            kind = f"{kind} · {row.service_name}"
        return [row.day.isoformat(), kind, row.person_name, times, row.note]

    def _day_cells(self, row: CenterDayRow) -> list[str]:
        return [row.day.isoformat(), self.tr("Open") if row.open else self.tr("Closed"), row.note]

    # -- reading ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.may_read():
            return
        services, actor = self._services, self._actor
        assert services is not None
        clock = self._clock

        def read() -> dict[str, Any]:
            today = clock().date()
            last = today + timedelta(days=AHEAD_DAYS)
            return {
                "today": today,
                "services": services.catalog.list_services(actor=actor),
                "partners": services.partners.list_partners(actor=actor, include_inactive=False),
                "people": services.partners.active_people(actor=actor),
                "hours": services.catalog.list_hours(actor=actor),
                "exceptions": services.catalog.list_exceptions(today, last, actor=actor),
                "days": services.catalog.list_center_days(today, last, actor=actor),
            }

        self._jobs.run(read, self._read, key=READ)

    def _read(self, found: dict[str, Any]) -> None:
        self._today = found["today"]
        keep = self._select_after if self._select_after is not None else self._current_id()
        self._select_after = None
        self._people = found["people"]
        self._all_hours = found["hours"]
        self._all_exceptions = found["exceptions"]
        self._fill_choices(found["partners"])
        self.services_model.set_rows(found["services"])
        self.days_model.set_rows(found["days"])
        for box in (self.exception_day, self.day_date):
            if date_of(box) is None or date_of(box) < self._today:
                box.setDate(self._today)
        ids = [row.service_id for row in self.services_model.rows]
        if keep in ids:
            self.services_table.selectRow(ids.index(keep))
            self._chosen(refill=False)
        else:
            self._show_service_parts(None)

    def _fill_choices(self, partners: list[PartnerRow]) -> None:
        chosen = self.partner.currentData()
        self.partner.clear()
        self.partner.addItem(self.tr("(the center itself)"), None)
        for partner in partners:
            self.partner.addItem(partner.name, partner.partner_id)
        self.partner.setCurrentIndex(max(0, self.partner.findData(chosen)))
        for box in (self.hours_person, self.exception_person):
            person = box.currentData()
            box.clear()
            for row in self._people:
                box.addItem(f"{row.name}（{row.partner_name}）", row.person_id)
            box.setCurrentIndex(max(0, box.findData(person)))

    def clear(self) -> None:
        self._people = []
        self._all_hours, self._all_exceptions = [], []
        for model in (self.services_model, self.hours_model, self.exceptions_model, self.days_model):
            model.set_rows([])
        self.status.clear()
        self._fill_service(None)

    def _current_id(self) -> int | None:
        index = self.services_table.currentIndex()
        rows = self.services_model.rows
        return rows[index.row()].service_id if index.isValid() and index.row() < len(rows) else None

    def _chosen(self, *, refill: bool = True) -> None:
        service_id = self._current_id()
        row = next((r for r in self.services_model.rows if r.service_id == service_id), None)
        if row is not None and (refill or self._editing != service_id):
            self._fill_service(row)
        self._show_service_parts(service_id)

    def _show_service_parts(self, service_id: int | None) -> None:
        hours = [h for h in getattr(self, "_all_hours", []) if h.service_id == service_id]
        self._stored_hours = {}
        for h in hours:
            self._stored_hours.setdefault(h.person_id, []).append((h.weekday, h.starts, h.ends))
        self.hours_model.set_rows([(h.person_id, h.weekday, h.starts, h.ends) for h in hours])
        self.exceptions_model.set_rows(
            [e for e in getattr(self, "_all_exceptions", []) if e.service_id in (service_id, None)]
        )
        for box in (self.hours_box, self.exceptions_box):
            box.setEnabled(service_id is not None)

    # -- the service form ---------------------------------------------------------------------------------------
    def _fill_service(self, row: ServiceRow | None) -> None:
        self._editing = row.service_id if row is not None else None
        self.service_messages.clear()
        self.name.setText(row.name if row else "")
        self.duration.setValue(row.duration_min if row else 15)
        self.places.setValue(row.places if row else 1)
        self.partner.setCurrentIndex(max(0, self.partner.findData(row.partner_id if row else None)))
        self.place.setText(row.place if row else "")
        self.price.setValue((row.price_cents if row else 0) / 100)
        market = row.market_price_cents if row else None
        self.market_price.setValue(market / 100 if market else 0)
        self.bring.setText(row.bring if row else "")
        self.fasting.setChecked(row.fasting if row else False)
        self.notes.setPlainText(row.notes if row else "")
        self.active.setChecked(row.active if row else True)

    def new_service(self) -> None:
        self.services_table.clearSelection()
        self._fill_service(None)
        self._show_service_parts(None)
        self.name.setFocus()

    def service_input(self) -> ServiceInput:
        from frontdesk.core.services.care_catalog import ServiceInput

        market = round(self.market_price.value() * 100)
        return ServiceInput(
            name=self.name.text(), duration_min=self.duration.value(), places=self.places.value(),
            partner_id=self.partner.currentData(), place=self.place.text(), price_cents=round(self.price.value() * 100),
            market_price_cents=market or None, bring=self.bring.text(), fasting=self.fasting.isChecked(),
            notes=self.notes.toPlainText(), active=self.active.isChecked(),
        )  # fmt: skip

    def save_service(self) -> None:
        if not (self.may_read() and self.may_edit()) or self._jobs.busy:
            return
        catalog, actor, data, editing = self._services.catalog, self._actor, self.service_input(), self._editing  # type: ignore[union-attr]

        def work() -> ServiceRow:
            if editing is None:
                return catalog.create_service(data, actor=actor)
            return catalog.update_service(editing, data, actor=actor)

        def done(row: ServiceRow) -> None:
            self._editing = self._select_after = row.service_id
            self.status.setText(self.tr("Saved: {name}").format(name=row.name))

        self._write(work, done, self.service_messages, (CATALOGUE,))

    # -- weekly hours -------------------------------------------------------------------------------------------
    def add_hours_row(self) -> None:
        person = self.hours_person.currentData()
        if person is None:
            self.hours_messages.general.setText(self.tr("Add the provider to a partner first."))
            self.hours_messages.general.show()
            return
        rows = [*self.hours_model.rows, (person, self.hours_weekday.currentData(), _time(self.hours_from),
                                         _time(self.hours_to))]  # fmt: skip
        self.hours_model.set_rows(sorted(rows, key=lambda r: (r[1], r[2], r[0])))

    def remove_hours_row(self) -> None:
        index = self.hours_table.currentIndex()
        if index.isValid():
            rows = list(self.hours_model.rows)
            del rows[index.row()]
            self.hours_model.set_rows(rows)

    def save_hours(self) -> None:
        service_id = self._current_id()
        if not (self.may_read() and self.may_edit()) or service_id is None or self._jobs.busy:
            return
        catalog, actor = self._services.catalog, self._actor  # type: ignore[union-attr]
        draft: dict[int, list[tuple[int, time, time]]] = {person: [] for person in self._stored_hours}
        for person, weekday, starts, ends in self.hours_model.rows:
            draft.setdefault(person, []).append((weekday, starts, ends))

        def work() -> int:
            for person, stretches in draft.items():
                catalog.set_hours(service_id, person, stretches, actor=actor)
            return len(draft)

        def done(_count: int) -> None:
            self._select_after = service_id
            self.status.setText(self.tr("The weekly hours are saved."))

        self._write(work, done, self.hours_messages, (CATALOGUE,))

    # -- exceptions ---------------------------------------------------------------------------------------------
    def add_exception(self) -> None:
        from frontdesk.core.services.care_catalog import ExceptionInput

        service_id, person = self._current_id(), self.exception_person.currentData()
        if not (self.may_read() and self.may_edit()) or person is None or self._jobs.busy:
            return
        all_day = self.exception_all_day.isChecked()
        kind = str(self.exception_kind.currentData())
        data = ExceptionInput(
            kind=kind, person_id=person, day=date_of(self.exception_day) or self._today,
            service_id=service_id, starts=None if all_day else _time(self.exception_from),
            ends=None if all_day else _time(self.exception_to), places=self.exception_places.value() or None,
            note=self.exception_note.text(),
        )  # fmt: skip
        catalog, actor = self._services.catalog, self._actor  # type: ignore[union-attr]

        def done(_row: ExceptionRow) -> None:
            self._select_after = service_id
            self.exception_note.clear()
            self.status.setText(self.tr("Added."))

        self._write(lambda: catalog.add_exception(data, actor=actor), done, self.exception_messages, (CATALOGUE,))

    def remove_exception(self) -> None:
        index = self.exceptions_table.currentIndex()
        if not (self.may_read() and self.may_edit()) or not index.isValid() or self._jobs.busy:
            return
        exception_id = self.exceptions_model.rows[index.row()].exception_id
        catalog, actor, service_id = self._services.catalog, self._actor, self._current_id()  # type: ignore[union-attr]

        def done(_none: None) -> None:
            self._select_after = service_id
            self.status.setText(self.tr("Removed."))

        work = lambda: catalog.remove_exception(exception_id, actor=actor)  # noqa: E731
        self._write(work, done, self.exception_messages, (CATALOGUE,))

    # -- the center's days --------------------------------------------------------------------------------------
    def set_center_day(self) -> None:
        if not (self.may_read() and self.may_edit()) or self._jobs.busy:
            return
        catalog, actor = self._services.catalog, self._actor  # type: ignore[union-attr]
        day, is_open, note = (
            date_of(self.day_date) or self._today,
            bool(self.day_open.currentData()),
            self.day_note.text(),
        )

        def done(_row: CenterDayRow) -> None:
            self._select_after = self._current_id()
            self.day_note.clear()
            self.status.setText(self.tr("Saved: {date}").format(date=day.isoformat()))

        work = lambda: catalog.set_center_day(day, is_open, note=note, actor=actor)  # noqa: E731
        self._write(work, done, self.day_messages, (CATALOGUE,))

    def clear_center_day(self) -> None:
        if not (self.may_read() and self.may_edit()) or self._jobs.busy:
            return
        catalog, actor, day = self._services.catalog, self._actor, date_of(self.day_date) or self._today  # type: ignore[union-attr]

        def done(_none: None) -> None:
            self._select_after = self._current_id()
            self.status.setText(self.tr("{date} follows the calendar again.").format(date=day.isoformat()))

        self._write(lambda: catalog.clear_center_day(day, actor=actor), done, self.day_messages, (CATALOGUE,))

    def _show_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.hours_save, self.exception_add, self.day_set):
            button.setEnabled(not busy)
