"""导出居民档案: the residents the current filter shows, to a spreadsheet — masked ID and phone numbers unless a manager
asks for full ones and says why (the reason goes into the audit log); health data only for those who may see it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common import resident_words as words
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.table_export import TableExport
from frontdesk.ui.common.widgets import fit_wrapped_height

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.pages.residents.filter_bar import TableQuery

REASON_LIMIT = 200  # frontdesk.core.services.exports.REASON_MAX


@dataclass(frozen=True)
class ExportChoice:
    """What the dialog was accepted with."""

    suffix: str  # ".xlsx" or ".csv"
    full_ids: bool
    reason: str
    health: bool


class ResidentsExportDialog(QDialog):
    """Opened with ``open()``; :attr:`chosen` carries the :class:`ExportChoice` when accepted. A full-number export
    without a reason is not accepted: the reason is asked for beside its field and nothing is written."""

    chosen = Signal(object)  # ExportChoice

    def __init__(
        self, count: int, what: str, *, may_full: bool, may_health: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("residentsExportDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Export residents"))
        headline = QLabel(self.tr("Export residents"))
        headline.setObjectName("dialogHeadline")
        self.summary = QLabel(self.tr("{count} residents: {what}").format(count=count, what=what))
        self.summary.setObjectName("exportCount")
        self.summary.setWordWrap(True)

        self.kinds = QButtonGroup(self)
        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx)"))
        self.xlsx.setObjectName("exportXlsx")
        self.csv = QRadioButton(self.tr("CSV file (.csv, opens in Excel and WPS)"))
        self.csv.setObjectName("exportCsv")
        for button in (self.xlsx, self.csv):
            self.kinds.addButton(button)
        self.xlsx.setChecked(True)

        masked = self._build_full_ids(may_full)
        self.health = QCheckBox(self.tr("Health data (chronic conditions, allergies)"))
        self.health.setObjectName("exportHealth")
        self.health.setVisible(may_health)
        self._may_health = may_health

        box = QDialogButtonBox()
        self.export_button = box.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportStart")
        self.export_button.setEnabled(count > 0)
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self._lay_out(headline, masked, box)

    def _build_full_ids(self, may_full: bool) -> QLabel:
        """完整身份证号: enabled for a role that may export them; then the reason is asked for."""
        masked = QLabel(
            self.tr("ID and phone numbers are exported masked, as the desk shows them (1402**********2002).")
        )
        masked.setObjectName("hint")
        masked.setWordWrap(True)
        self.full_ids = QCheckBox(
            self.tr("Full ID and phone numbers") if may_full else self.tr("Full ID and phone numbers (managers only)")
        )
        self.full_ids.setObjectName("exportFullIds")
        self.full_ids.setEnabled(may_full)
        self.full_ids.setToolTip(
            self.tr("Written to the audit log with the reason given")
            if may_full
            else self.tr("Only a manager may export full ID numbers")
        )
        self.reason = QLineEdit()
        self.reason.setObjectName("exportReason")
        self.reason.setMaxLength(REASON_LIMIT)
        self.reason.setPlaceholderText(self.tr("Why, e.g. the civil-affairs office's check of the age allowance"))
        self.reason.setEnabled(False)
        self.reason_label = QLabel(self.tr("Reason"))
        self.reason_label.setBuddy(self.reason)
        self.reason_label.setEnabled(False)
        self.reason_error = error_label("exportReasonError")
        self.full_ids.toggled.connect(self._full_toggled)
        self.reason.textEdited.connect(lambda _text: show_error(self.reason_error, ""))
        return masked

    def _lay_out(self, headline: QLabel, masked: QLabel, box: QDialogButtonBox) -> None:
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 14)
        column.setSpacing(10)
        column.addWidget(headline)
        column.addWidget(self.summary)
        column.addWidget(self.xlsx)
        column.addWidget(self.csv)
        column.addWidget(masked)
        column.addWidget(self.full_ids)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_label)
        reason_row.addWidget(self.reason, 1)
        column.addLayout(reason_row)
        column.addWidget(self.reason_error)
        column.addWidget(self.health)
        column.addWidget(box)
        self.setMinimumWidth(480)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        fit_wrapped_height(self)

    def _full_toggled(self, on: bool) -> None:
        self.reason.setEnabled(on)
        self.reason_label.setEnabled(on)
        show_error(self.reason_error, "")
        if on:
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)

    def choice(self) -> ExportChoice:
        full = self.full_ids.isEnabled() and self.full_ids.isChecked()
        return ExportChoice(
            suffix=".csv" if self.csv.isChecked() else ".xlsx",
            full_ids=full,
            reason=" ".join(self.reason.text().split()) if full else "",
            health=self._may_health and self.health.isChecked(),
        )

    def accept(self) -> None:
        choice = self.choice()
        if choice.full_ids and not choice.reason:
            show_error(
                self.reason_error,
                self.tr("Say why the full numbers are needed: the reason goes into the audit log."),
            )
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()
        self.chosen.emit(choice)


def filter_words(query: TableQuery) -> str:
    """The filter in words: 局前社区 · 独居 · 低保, or all current residents."""
    parts = [query.community] if query.community else []
    parts += [words.t(source) for key, source in words.FLAGS.items() if key in query.flags]
    if query.archived:
        parts.insert(0, QCoreApplication.translate("ResidentsExport", "archived"))
    if not parts:
        return QCoreApplication.translate("ResidentsExport", "every current resident")
    return " · ".join(parts)


class RegisterExport:
    """导出…: the dialog, then :meth:`ExportService.residents` on the worker (which writes the audit entry as it
    reads) and the file, through the desk's shared :class:`TableExport`."""

    def __init__(self, parent: QWidget, worker: DatabaseWorker, clock: Clock) -> None:
        self._parent = parent
        self._clock = clock
        self.exporter = TableExport(worker, parent=parent)
        self.dialog: ResidentsExportDialog | None = None  # the dialog opened last

    def ask(self, services: DeskServices, actor: Actor, query: TableQuery, count: int) -> ResidentsExportDialog:
        from frontdesk.core.access import Permission  # plain: no SQLAlchemy behind it

        dialog = ResidentsExportDialog(
            count, filter_words(query), may_full=actor.may(Permission.FULL_EXPORT),
            may_health=actor.may(Permission.HEALTH), parent=self._parent,
        )  # fmt: skip
        dialog.finished.connect(dialog.deleteLater)
        dialog.chosen.connect(lambda choice: self.export(services, actor, query, choice))
        self.dialog = dialog
        dialog.open()
        return dialog

    def export(self, services: DeskServices, actor: Actor, query: TableQuery, choice: ExportChoice) -> bool:
        from frontdesk.core.services.registry import Flag, RegistryFilter, Sort

        where = RegistryFilter(
            community=query.community, flags=frozenset(Flag(f) for f in query.flags), archived=query.archived
        )
        sort, exports = Sort(query.sort), services.exports

        def read():
            return exports.residents(where, actor=actor, full_ids=choice.full_ids, reason=choice.reason,
                                     health=choice.health, sort=sort)  # fmt: skip

        name = QCoreApplication.translate("ResidentsExport", "Residents {date}").format(
            date=self._clock().date().isoformat()
        )
        return self.exporter.export_table(self._parent, read, services, actor, name, audited=True, suffix=choice.suffix)
