"""A resident's coming appointments (AppointmentService.of_resident), with 取消 and its reason: opened from the
residents page (actionResidentAppointments). Reads and writes on the desk's worker; a refusal is said beside the
reason, which stays typed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.changes import APPOINTMENTS
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.widgets import resize_within_screen
from frontdesk.ui.failures import problems

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.appointments import AppointmentRow
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker

Index = QModelIndex | QPersistentModelIndex
WHEN, SERVICE, PROVIDER, STATUS = range(4)
REASON_MAX = 100  # as the appointment service allows


class AppointmentsModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("ResidentAppointments", "When"),
        QT_TRANSLATE_NOOP("ResidentAppointments", "Service"),
        QT_TRANSLATE_NOOP("ResidentAppointments", "Provider"),
        QT_TRANSLATE_NOOP("ResidentAppointments", "Status"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AppointmentRow] = []

    def set_rows(self, rows: Sequence[AppointmentRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> AppointmentRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _header(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == WHEN:
            return f"{row.starts_at:%Y-%m-%d %H:%M}"
        if column == SERVICE:
            return row.service_name
        if column == PROVIDER:
            return row.person_name or ""
        return _status(str(row.status))


def _header(section: int) -> str:
    return QCoreApplication.translate("ResidentAppointments", AppointmentsModel.HEADERS[section])


def _status(status: str) -> str:
    names = {
        "booked": QCoreApplication.translate("ResidentAppointments", "booked"),  # 已预约
        "arrived": QCoreApplication.translate("ResidentAppointments", "arrived"),  # 已到
        "in_service": QCoreApplication.translate("ResidentAppointments", "in service"),  # 服务中
        "completed": QCoreApplication.translate("ResidentAppointments", "completed"),  # 已完成
        "cancelled": QCoreApplication.translate("ResidentAppointments", "cancelled"),  # 已取消
        "no_show": QCoreApplication.translate("ResidentAppointments", "no-show"),  # 爽约
    }
    return names.get(status, status)


class ResidentAppointmentsDialog(QDialog):
    def __init__(
        self,
        worker: DatabaseWorker,
        resident_id: int,
        name: str,
        *,
        services: DeskServices,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("residentAppointmentsDialog")
        self.setWindowTitle(self.tr("{name}'s appointments").format(name=name))
        self._jobs = Jobs(worker)
        self._resident_id = resident_id
        self._services = services
        self._actor = actor

        self._build()
        self.cancel_button.clicked.connect(self.cancel_current)
        self.close_button.clicked.connect(self.reject)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.refresh()

    def _build(self) -> None:
        self.model = AppointmentsModel(self)
        self.table = QTableView()
        self.table.setObjectName("residentAppointments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("residentAppointmentsReason")
        self.reason.setMaxLength(REASON_MAX)
        self.reason.setPlaceholderText(self.tr("Why it is cancelled (the resident rang, ill…)"))
        reason_label = QLabel(self.tr("&Reason"))
        reason_label.setBuddy(self.reason)
        self.rest = QCheckBox(self.tr("And the rest of its series"))
        self.rest.setObjectName("residentAppointmentsRest")
        self.cancel_button = QPushButton(self.tr("&Cancel appointment"))
        self.cancel_button.setObjectName("residentAppointmentsCancel")
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("residentAppointmentsClose")
        for button in (self.cancel_button, self.close_button):
            button.setAutoDefault(False)
        self.error = error_label("residentAppointmentsError")
        self.status = QLabel()
        self.status.setObjectName("residentAppointmentsStatus")
        self.status.setWordWrap(True)

        reason_row = QHBoxLayout()
        reason_row.addWidget(reason_label)
        reason_row.addWidget(self.reason, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rest, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addLayout(reason_row)
        column.addWidget(self.error)
        column.addWidget(self.status)
        column.addLayout(buttons)
        em = self.fontMetrics().horizontalAdvance("中")
        resize_within_screen(self, 36 * em, 22 * em)

    def busy(self) -> bool:
        return self._jobs.busy

    def done(self, result: int) -> None:
        self._jobs.forget()
        super().done(result)

    def refresh(self) -> None:
        appointments, actor, resident_id = self._services.appointments, self._actor, self._resident_id
        self._jobs.run(lambda: appointments.of_resident(resident_id, actor=actor), self._read, refused=self._refused,
                       trouble=self._trouble, key="resident.appointments")  # fmt: skip

    def _read(self, rows: list[AppointmentRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(0)
        self._update()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current(self) -> AppointmentRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _update(self) -> None:
        row = self._current()
        self.cancel_button.setEnabled(row is not None and str(row.status) in ("booked", "arrived"))
        self.rest.setEnabled(row is not None and row.series_id is not None)

    def cancel_current(self) -> None:
        row = self._current()
        if row is None:
            return
        if not self.reason.text().strip():
            show_error(self.error, self.tr("Say why the appointment is cancelled."))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        show_error(self.error, "")
        appointments, actor, reason = self._services.appointments, self._actor, self.reason.text()
        rest = self.rest.isChecked() and row.series_id is not None

        def cancelled(result) -> None:
            self.status.setText(self.tr("Cancelled {count} appointment(s).").format(count=len(result.cancelled)))
            self.reason.clear()
            self.refresh()

        self._jobs.run(
            lambda: appointments.cancel(row.appointment_id, reason, actor=actor, rest_of_series=rest), cancelled,
            refused=self._refused, trouble=self._trouble, changes=(APPOINTMENTS,),
        )  # fmt: skip

    def _refused(self, refusal: RuleViolation) -> None:
        texts = {
            "cancel_reason_missing": self.tr("Say why the appointment is cancelled."),
            "cancel_reason_too_long": self.tr("The reason can be at most {max} characters.").format(max=REASON_MAX),
            "appointment_not_changeable": self.tr("This appointment can no longer be cancelled."),
            "appointment_not_found": self.tr("This appointment is no longer there."),
        }
        show_error(self.error, texts.get(refusal.code, self.tr("This could not be done. Please try again.")))
        self.refresh()

    def _trouble(self, problem: EnvironmentProblem) -> None:
        show_error(self.error, problems.problem_text(problem.kind))
