"""社区合伙人 tab of the 预约 page: the partners (everyone sees them: a booking names a provider) and, for managers,
the form to add and edit a partner and the people who serve for them. An agreement ending within 30 days shows
待续签 in amber, an ended one 已到期 in red (with the word, not only the colour)."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.changes import CATALOGUE
from frontdesk.ui.common.column_fit import ColumnFit, Fit
from frontdesk.ui.common.fields import error_label
from frontdesk.ui.common.form_parts import (
    DeskTab,
    FieldMessages,
    date_box,
    date_of,
    line,
    set_date,
    wrapping_form,
)
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.pages.appointments import catalogue_words as words

if TYPE_CHECKING:
    from frontdesk.core.services.partners import PartnerInput, PartnerRow, PersonInput, PersonRow
    from frontdesk.ui.common.changes import ChangeHub
    from frontdesk.ui.common.worker import DatabaseWorker

Index = QModelIndex | QPersistentModelIndex
AMBER = "#B26A00"
RED = "#B3261E"
READ = "partners.read"


def _masked(phone: str) -> str:
    from frontdesk.core.idnumber import mask_phone

    return mask_phone(phone) if phone else ""


class PartnerColumn(enum.IntEnum):
    NAME = 0
    KIND = 1
    SERVICES = 2
    CONTACT = 3
    AGREEMENT = 4
    ACTIVE = 5


class PartnersModel(QAbstractTableModel):
    """The partners as read, whole rows; no I/O."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PartnerRow] = []

    def set_rows(self, rows: list[PartnerRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PartnerColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            PartnerColumn.NAME: self.tr("Partner"),
            PartnerColumn.KIND: self.tr("Kind"),
            PartnerColumn.SERVICES: self.tr("What they offer"),
            PartnerColumn.CONTACT: self.tr("Contact"),
            PartnerColumn.AGREEMENT: self.tr("Agreement until"),
            PartnerColumn.ACTIVE: self.tr("Active"),
        }.get(PartnerColumn(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], PartnerColumn(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == PartnerColumn.AGREEMENT:
            if row.expired:
                return QBrush(QColor(RED))
            if row.renewal_due:
                return QBrush(QColor(AMBER))
        if role == Qt.ItemDataRole.UserRole:
            return row.partner_id
        return None

    def _text(self, row: PartnerRow, column: PartnerColumn) -> str:
        if column == PartnerColumn.NAME:
            return row.name
        if column == PartnerColumn.KIND:
            return words.choice(words.PARTNER_KINDS, str(row.kind))
        if column == PartnerColumn.SERVICES:
            return row.services
        if column == PartnerColumn.CONTACT:
            return " ".join(part for part in (row.contact_name, _masked(row.contact_phone)) if part)
        if column == PartnerColumn.AGREEMENT:
            end = row.agreement_end.isoformat() if row.agreement_end is not None else "—"
            if row.expired:
                return self.tr("{date} · expired").format(date=end)
            if row.renewal_due:
                return self.tr("{date} · renewal due").format(date=end)
            return end
        return self.tr("Yes") if row.active else self.tr("No")


class PersonColumn(enum.IntEnum):
    NAME = 0
    ROLE = 1
    PHONE = 2
    NOTES = 3
    ACTIVE = 4


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PersonRow] = []

    def set_rows(self, rows: list[PersonRow] | tuple[PersonRow, ...]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PersonColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            PersonColumn.NAME: self.tr("Name"),
            PersonColumn.ROLE: self.tr("Role"),
            PersonColumn.PHONE: self.tr("Phone"),
            PersonColumn.NOTES: self.tr("Notes"),
            PersonColumn.ACTIVE: self.tr("Active"),
        }.get(PersonColumn(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row, column = self.rows[index.row()], PersonColumn(index.column())
        if column == PersonColumn.NAME:
            return row.name
        if column == PersonColumn.ROLE:
            return words.choice(words.PERSON_ROLES, str(row.role))
        if column == PersonColumn.PHONE:
            return _masked(row.phone)
        if column == PersonColumn.NOTES:
            return row.notes
        return self.tr("Yes") if row.active else self.tr("No")


class PartnersTab(DeskTab):
    def __init__(self, hub: ChangeHub, worker: DatabaseWorker, parent: QWidget | None = None) -> None:
        super().__init__(worker, parent)
        self.setObjectName("partnersTab")
        self._editing: int | None = None  # the partner in the form; None: a new one
        self._person: int | None = None  # the person in the person form; None: a new one
        self._select_after: int | None = None

        self.filter = line("partnerFilter", 80, self.tr("Filter by name, kind, what they offer, contact"))
        self.add_button = QPushButton(self.tr("New partner"))
        self.add_button.setObjectName("partnerAdd")
        self.add_button.setToolTip(self.tr("New partner (Ctrl+N)"))
        self._build_table()
        self.status = QLabel()
        self.status.setObjectName("partnerStatus")
        self.status.setWordWrap(True)

        self._build_partner_form()
        self._build_people()
        self.exports.add(self.table, self.tr("Community partners"))
        self.exports.add(self.people_table, self._people_title)

        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.add_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.partner_form)
        layout.addWidget(self.people_box)
        scroll = QScrollArea()
        scroll.setObjectName("partnersScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._editors = [self.partner_form, self.person_form, self.add_button]

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.add_button.clicked.connect(self.new_partner)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_partner, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.people_table.selectionModel().currentRowChanged.connect(self._person_changed)
        hub.catalogue_changed.connect(self.refresh)

    # -- building -----------------------------------------------------------------------------------------------
    def _build_table(self) -> None:
        self.model = PartnersModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = as_list(row_table("partnerTable", self.proxy))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(PartnerColumn.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setMinimumHeight(140)
        # The partner's name whole; what they offer takes the rest and elides; the 有效 mark, the kind and the
        # contact give way; the agreement's end keeps its date (the expiry's word elided, its colour kept).
        due = self.tr("{date} · renewal due").format(date="2027-12-27")
        columns = {
            PartnerColumn.NAME: Fit("大同康乐家政服务有限公司"),
            PartnerColumn.KIND: Fit(words.t(words.PARTNER_KINDS["enterprise"]), hides=True),
            PartnerColumn.SERVICES: Fit("健康讲座、义诊、血压血糖测量", "护理、理疗"),
            PartnerColumn.CONTACT: Fit("郝主任 135****7471", "郝主任", hides=True),
            PartnerColumn.AGREEMENT: Fit(due, "2027-12-27"),
            PartnerColumn.ACTIVE: Fit(self.tr("Yes"), hides=True),
        }
        give_way = (PartnerColumn.ACTIVE, PartnerColumn.KIND, PartnerColumn.CONTACT, PartnerColumn.AGREEMENT)
        self.table.column_fit = ColumnFit(self.table, columns, stretch=PartnerColumn.SERVICES, give_way=give_way)  # type: ignore[attr-defined]

    def _build_partner_form(self) -> None:
        self.partner_form = QGroupBox(self.tr("Partner"))
        self.partner_form.setObjectName("partnerForm")
        self.partner_messages = FieldMessages(error_label("partnerError"), words.refusal_text)
        m = self.partner_messages
        self.name = line("partnerName", 80, self.tr("e.g. 康寿养老院"))
        self.kind = QComboBox()
        self.kind.setObjectName("partnerKind")
        for value, text in words.PARTNER_KINDS.items():
            self.kind.addItem(words.t(text), value)
        self.services_field = line("partnerServices", 200, self.tr("e.g. 护理、理疗、健康讲座"))
        self.contact = line("partnerContact", 40)
        self.phone = line("partnerPhone", 20)
        self.start = date_box("partnerAgreementStart", optional=True)
        self.end = date_box("partnerAgreementEnd", optional=True)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("partnerNotes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(60)
        self.active = QCheckBox(self.tr("Active"))
        self.active.setObjectName("partnerActive")
        self.active.setChecked(True)
        self.save_button = QPushButton(self.tr("Save partner"))
        self.save_button.setObjectName("partnerSave")
        self.save_button.setToolTip(self.tr("Save (Enter in a field)"))
        form = wrapping_form(self.partner_form)
        m.add_rows(
            form,
            (
                (self.tr("Name"), self.name, "name"),
                (self.tr("Kind"), self.kind, "kind"),
                (self.tr("What they offer"), self.services_field, "services"),
                (self.tr("Contact"), self.contact, "contact_name"),
                (self.tr("Contact phone"), self.phone, "contact_phone"),
                (self.tr("Agreement from"), self.start, "agreement_start"),
                (self.tr("Agreement until"), self.end, "agreement_end"),
                (self.tr("Notes"), self.notes, "notes"),
            ),
        )
        form.addRow("", self.active)
        form.addRow(self.save_button)
        form.addRow(m.general)
        for field in (self.name, self.services_field, self.contact, self.phone):
            field.returnPressed.connect(self.save_partner)
        self.save_button.clicked.connect(self.save_partner)

    def _build_people(self) -> None:
        self.people_box = QGroupBox(self.tr("The partner's people"))
        self.people_box.setObjectName("partnerPeopleBox")
        self.people_model = PeopleModel(self)
        self.people_table = as_list(row_table("partnerPeople", self.people_model))
        self.people_table.setMinimumHeight(100)
        self.people_table.horizontalHeader().setStretchLastSection(True)
        self.person_form = QWidget()
        self.person_form.setObjectName("personForm")
        self.person_messages = FieldMessages(error_label("personError"), words.refusal_text)
        m = self.person_messages
        self.person_name = line("personName", 40)
        self.person_role = QComboBox()
        self.person_role.setObjectName("personRole")
        for value, text in words.PERSON_ROLES.items():
            self.person_role.addItem(words.t(text), value)
        self.person_phone = line("personPhone", 20)
        self.person_notes = line("personNotes", 200)
        self.person_active = QCheckBox(self.tr("Active"))
        self.person_active.setObjectName("personActive")
        self.person_active.setChecked(True)
        self.person_new = QPushButton(self.tr("New person"))
        self.person_new.setObjectName("personNew")
        self.person_save = QPushButton(self.tr("Save person"))
        self.person_save.setObjectName("personSave")
        form = wrapping_form(self.person_form)
        m.add_rows(
            form,
            (
                (self.tr("Name"), self.person_name, "name"),
                (self.tr("Role"), self.person_role, "role"),
                (self.tr("Phone"), self.person_phone, "phone"),
                (self.tr("Notes"), self.person_notes, "notes"),
            ),
        )
        form.addRow("", self.person_active)
        buttons = QHBoxLayout()
        buttons.addWidget(self.person_save)
        buttons.addWidget(self.person_new)
        buttons.addStretch(1)
        form.addRow(buttons)
        form.addRow(m.general)
        layout = QVBoxLayout(self.people_box)
        layout.addWidget(self.people_table)
        layout.addWidget(self.person_form)
        for field in (self.person_name, self.person_phone, self.person_notes):
            field.returnPressed.connect(self.save_person)
        self.person_save.clicked.connect(self.save_person)
        self.person_new.clicked.connect(self.new_person)

    # -- reading ------------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.may_read():
            return
        service, actor = self._services.partners, self._actor  # type: ignore[union-attr]
        self._jobs.run(lambda: service.list_partners(actor=actor), self._read, key=READ)

    def _read(self, rows: list[PartnerRow]) -> None:
        keep = self._select_after if self._select_after is not None else self._current_id()
        self._select_after = None
        self.model.set_rows(rows)
        self._select(keep)

    def clear(self) -> None:
        self.model.set_rows([])
        self.people_model.set_rows([])
        self.status.clear()
        self.new_partner()

    def _current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def _select(self, partner_id: int | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if partner_id is not None and index.data(Qt.ItemDataRole.UserRole) == partner_id:
                self.table.setCurrentIndex(index)
                self._show_partner(self._row(partner_id))
                return
        self.people_model.set_rows([])
        self._enable_people()

    def _people_title(self) -> str:
        row = self._row(self._editing)
        name = row.name if row is not None else ""
        return self.tr("{partner}: people").format(partner=name) if name else self.tr("The partner's people")

    def _row(self, partner_id: int | None) -> PartnerRow | None:
        return next((row for row in self.model.rows if row.partner_id == partner_id), None)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_partner(self._row(current.data(Qt.ItemDataRole.UserRole)))

    def _show_partner(self, row: PartnerRow | None) -> None:
        if row is None:
            return
        people_before = self._editing == row.partner_id
        self.people_model.set_rows(row.people)
        if self._editing != row.partner_id or not self.partner_form.isVisible():
            self._fill_partner(row.as_input(), row.partner_id)
        if not people_before:
            self.new_person()
        self._enable_people()

    # -- the partner form ---------------------------------------------------------------------------------------
    def _fill_partner(self, data: PartnerInput | None, partner_id: int | None) -> None:
        self._editing = partner_id
        self.partner_messages.clear()
        self.name.setText(data.name if data else "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind if data else "enterprise")))
        self.services_field.setText(data.services if data else "")
        self.contact.setText(data.contact_name if data else "")
        self.phone.setText(data.contact_phone if data else "")
        set_date(self.start, data.agreement_start if data else None)
        set_date(self.end, data.agreement_end if data else None)
        self.notes.setPlainText(data.notes if data else "")
        self.active.setChecked(data.active if data else True)
        for field in (self.name, self.services_field, self.contact, self.phone):
            field.setCursorPosition(0)

    def new_partner(self) -> None:
        """Empty the form for a new partner (Ctrl+N)."""
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self.people_model.set_rows([])
        self._fill_partner(None, None)
        self.new_person()
        self._enable_people()
        if self.partner_form.isVisible():
            self.name.setFocus()

    def partner_input(self) -> PartnerInput:
        from frontdesk.core.services.partners import PartnerInput

        return PartnerInput(
            name=self.name.text(), kind=str(self.kind.currentData()), services=self.services_field.text(),
            contact_name=self.contact.text(), contact_phone=self.phone.text(), agreement_start=date_of(self.start),
            agreement_end=date_of(self.end), notes=self.notes.toPlainText(), active=self.active.isChecked(),
        )  # fmt: skip

    def save_partner(self) -> None:
        if not (self.may_read() and self.may_edit()) or self._jobs.busy:
            return
        service, actor, data, editing = self._services.partners, self._actor, self.partner_input(), self._editing  # type: ignore[union-attr]

        def work() -> PartnerRow:
            if editing is None:
                return service.create_partner(data, actor=actor)
            return service.update_partner(editing, data, actor=actor)

        def done(row: PartnerRow) -> None:
            self._editing = row.partner_id
            self._select_after = row.partner_id
            self.status.setText(self.tr("Saved: {name}").format(name=row.name))

        self.status.setText(self.tr("Saving…"))
        self._write(work, done, self.partner_messages, (CATALOGUE,))

    # -- the person form ----------------------------------------------------------------------------------------
    def _enable_people(self) -> None:
        self.person_form.setEnabled(self._editing is not None)

    def _person_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid() or not 0 <= current.row() < len(self.people_model.rows):
            return
        person = self.people_model.rows[current.row()]
        self._person = person.person_id
        self.person_messages.clear()
        self.person_name.setText(person.name)
        self.person_role.setCurrentIndex(max(0, self.person_role.findData(str(person.role))))
        self.person_phone.setText(person.phone)
        self.person_notes.setText(person.notes)
        self.person_active.setChecked(person.active)

    def new_person(self) -> None:
        self._person = None
        self.person_messages.clear()
        self.people_table.clearSelection()
        for field in (self.person_name, self.person_phone, self.person_notes):
            field.clear()
        self.person_role.setCurrentIndex(0)
        self.person_active.setChecked(True)

    def person_input(self) -> PersonInput:
        from frontdesk.core.services.partners import PersonInput

        return PersonInput(self.person_name.text(), str(self.person_role.currentData()), self.person_phone.text(),
                           self.person_notes.text(), self.person_active.isChecked())  # fmt: skip

    def save_person(self) -> None:
        if not (self.may_read() and self.may_edit()) or self._editing is None or self._jobs.busy:
            return
        service, actor, data = self._services.partners, self._actor, self.person_input()  # type: ignore[union-attr]
        partner_id, person_id = self._editing, self._person

        def work() -> PersonRow:
            if person_id is None:
                return service.add_person(partner_id, data, actor=actor)
            return service.update_person(person_id, data, actor=actor)

        def done(row: PersonRow) -> None:
            self.status.setText(self.tr("Saved: {name}").format(name=row.name))
            self.new_person()
            self.person_name.setFocus()

        self._write(work, done, self.person_messages, (CATALOGUE,))

    def _show_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.person_save.setEnabled(not busy)
