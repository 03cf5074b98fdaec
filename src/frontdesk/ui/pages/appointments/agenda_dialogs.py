"""The agenda's small dialogs, each opened with ``open()`` and answering through a signal (tests drive them): the
cancel reason, another slot for 改约, and picking a resident (新预约, 现场登记)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.column_fit import NAME_SAMPLE, ColumnFit, Fit
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.common.widgets import resize_within_screen
from frontdesk.ui.pages.appointments import agenda_words as words
from frontdesk.ui.pages.appointments.agenda_models import RowsModel

CANCEL_REASON_MAX = 100  # as AppointmentService.cancel allows


class CancelDialog(QDialog):
    """取消: a reason picked from the common ones or typed; for a series also 取消此后全部."""

    chosen = Signal(str, bool)  # reason, rest of series

    def __init__(self, name: str, when: str, *, in_series: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaCancelDialog")
        self.setWindowTitle(self.tr("Cancel appointment"))
        self.reason = QComboBox()
        self.reason.setObjectName("agendaCancelReason")
        self.reason.setEditable(True)
        self.reason.addItems([self.tr("Feeling unwell"), self.tr("Something came up"), self.tr("Family matters"),
                              self.tr("The weather")])  # fmt: skip
        self.reason.setCurrentIndex(-1)
        self.reason.lineEdit().setMaxLength(CANCEL_REASON_MAX)
        self.reason.lineEdit().setPlaceholderText(self.tr("Pick or type a reason"))
        self.rest = QCheckBox(self.tr("Also cancel the rest of the series"))
        self.rest.setObjectName("agendaCancelRest")
        self.rest.setVisible(in_series)
        self.problem = QLabel()
        self.problem.setObjectName("agendaCancelProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel appointment"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep it"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("{name} · {when}").format(name=name, when=when))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.rest)
        layout.addWidget(buttons)
        self.reason.setFocus()

    def say(self, text: str) -> None:
        """A refusal beside the field; what was typed stays."""
        self.problem.setText(text)
        self.problem.show()

    def _accept(self) -> None:
        reason = " ".join(self.reason.currentText().split())
        if not reason:
            self.say(words.refusal_text("cancel_reason_missing"))
            self.reason.setFocus()
            return
        self.chosen.emit(reason, self.rest.isChecked())
        self.accept()


class SlotDialog(QDialog):
    """改约: another free slot of the same service (full ones are not offered)."""

    chosen = Signal(object, bool)  # FreeSlot, and whether the rest of the series moves to its time too

    def __init__(self, name: str, slots: Sequence[Any], parent: QWidget | None = None, *, series: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("agendaMoveDialog")
        self.rest = QCheckBox(self.tr("Also the rest of the series, to the same time"))
        self.rest.setObjectName("agendaMoveRest")
        self.rest.setVisible(series)
        self.setWindowTitle(self.tr("Move {name}'s appointment").format(name=name))
        self.slots = [slot for slot in slots if slot.free > 0]
        self.choice = QComboBox()
        self.choice.setObjectName("agendaMoveSlot")
        for slot in self.slots:
            self.choice.addItem(
                self.tr("{when} · {person} · {free} free").format(
                    when=words.slot_when(slot.starts_at), person=slot.person_name, free=slot.free
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.slots))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not self.slots:
            none = QLabel(self.tr("No free slot in the next two weeks."))
            none.setWordWrap(True)
            layout.addWidget(none)
        layout.addWidget(self.choice)
        layout.addWidget(self.rest)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        index = self.choice.currentIndex()
        if 0 <= index < len(self.slots):
            self.chosen.emit(self.slots[index], self.rest.isVisible() and self.rest.isChecked())
            self.accept()


class _HitModel(RowsModel[Any]):
    def headers(self) -> list[str]:
        return [self.tr("Resident"), self.tr("Age"), self.tr("Community")]

    def cell(self, row: Any, column: int) -> str:
        return [row.name, "" if row.age is None else str(row.age), row.community or ""][column]

    def key(self, row: Any) -> Any:
        return row.resident_id


class ResidentPicker(QDialog):
    """Pick a resident by name, 拼音首字母 or phone digits (LookupService.search on the worker); Enter takes the
    selected one. With ``services`` also a service to choose (现场登记)."""

    chosen = Signal(int, str, object)  # resident id, name, service id (None without a service choice)

    def __init__(
        self,
        title: str,
        search: Callable[[str, Callable[[list[Any]], None]], None],
        *,
        services: Sequence[Any] = (),
        service_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agendaResidentPicker")
        self.setWindowTitle(title)
        self._search = search
        self.text = QLineEdit()
        self.text.setObjectName("agendaPickerSearch")
        self.text.setPlaceholderText(self.tr("Name / initials / last four digits of the phone"))
        self.hits = _HitModel()
        self.table = as_list(row_table("agendaPickerResults", self.hits))
        self.table.setMinimumHeight(160)
        # the name whole, the community eliding, the age given up where the dialog is narrow
        fits = {0: Fit(NAME_SAMPLE), 1: Fit("100", hides=True), 2: Fit("新华街社区", "新华街")}
        ColumnFit(self.table, fits, stretch=2, give_way=(1,))
        self.service = QComboBox()
        self.service.setObjectName("agendaPickerService")
        for service in services:
            self.service.addItem(service.name, service.service_id)
            if service.service_id == service_id:
                self.service.setCurrentIndex(self.service.count() - 1)
        self.service.setVisible(bool(services))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.table)
        if services:
            form = QFormLayout()
            form.addRow(self.tr("Service"), self.service)
            layout.addLayout(form)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._run)
        self.text.textChanged.connect(lambda _text: self._timer.start())
        self.text.returnPressed.connect(self._accept)
        self.table.activated.connect(lambda _index: self._accept())
        self.setTabOrder(self.text, self.table)
        em = self.fontMetrics().horizontalAdvance("中")
        resize_within_screen(self, 30 * em, 24 * em)

    def _run(self) -> None:
        text = self.text.text().strip()
        if text:
            self._search(text, self._found)
        else:
            self.hits.set_rows([])

    def _found(self, hits: list[Any]) -> None:
        self.hits.set_rows(hits)
        if hits:
            self.table.selectRow(0)

    def _accept(self) -> None:
        row = self.hits.row_at(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None
        if row is None and self.hits.rows:
            row = self.hits.rows[0]
        if row is None:
            return
        service = self.service.currentData(Qt.ItemDataRole.UserRole) if self.service.count() else None
        self.chosen.emit(row.resident_id, row.name, service)
        self.accept()
