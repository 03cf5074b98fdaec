"""健康记录: a resident's readings as a table and a trend chart, with 记录新读数 to add one.

The readings are read through the service on the desk's worker, so each look is in the audit log (``vitals.view``);
the trend words come from the rows already read (:mod:`frontdesk.core.vitals_trend`), not from a second look.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.column_fit import NAME_SAMPLE, ColumnFit, Fit
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.widgets import resize_within_screen, scroll_body
from frontdesk.ui.health import words
from frontdesk.ui.health.chart import VitalsChart
from frontdesk.ui.health.history_model import Column, ReadingsModel
from frontdesk.ui.health.record_dialog import RecordVitalsDialog

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.vitals import ReadingRow, VitalsService
    from frontdesk.ui.common.worker import DatabaseWorker

READ = "vitals.history"


class VitalsHistoryDialog(QDialog):
    """Opened with ``open()``; reads the history as it opens."""

    def __init__(
        self,
        worker: DatabaseWorker,
        resident_id: int,
        name: str,
        *,
        service: VitalsService,
        actor: Actor,
        parent: QWidget | None = None,
    ) -> None:
        from frontdesk.core.access import Permission

        super().__init__(parent)
        self.setObjectName("vitalsHistory")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowTitle(self.tr("Health record: {name}").format(name=name))
        self.resident_id, self._name = resident_id, name
        self._worker, self._service, self._actor = worker, service, actor
        self._jobs = Jobs(worker)
        self.record_dialog: RecordVitalsDialog | None = None

        headline = QLabel(self.tr("Health record of {name}").format(name=name))
        headline.setObjectName("vitalsHeadline")
        headline.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.trend = QLabel()
        self.trend.setObjectName("vitalsTrend")
        self.status = QLabel(self.tr("Reading…"))
        self.status.setObjectName("vitalsStatus")
        self.status.setWordWrap(True)
        self.record_button = QPushButton(self.tr("Record new readings… (Ctrl+N)"))
        self.record_button.setObjectName("vitalsRecord")
        self.record_button.setShortcut(QKeySequence("Ctrl+N"))
        self.record_button.setAutoDefault(False)
        self.record_button.setVisible(actor.may(Permission.HEALTH))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setObjectName("vitalsClose")
        self.close_button.setAutoDefault(False)

        self._build_table()
        self._layout(headline)
        self.record_button.clicked.connect(self.open_record)
        self.close_button.clicked.connect(self.accept)
        self.refresh()

    def _build_table(self) -> None:
        self.chart = VitalsChart()
        self.model = ReadingsModel(self)
        self.table = QTableView()
        self.table.setObjectName("vitalsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(self.fontMetrics().height() * 7)  # the titles and three readings
        # The figures keep their width; the flags take the rest and elide; where the dialog is narrow, who took
        # them, the weight and the pulse give way, and a sugar loses its 空腹/随机 word.
        sugar = f"11.1 ({words.glucose_kind(False)})"
        columns = {Column.TAKEN: Fit("2026-11-27 08:38"), Column.PRESSURE: Fit("000/000"),
                   Column.PULSE: Fit("000", hides=True), Column.GLUCOSE: Fit(sugar, "11.1", hides=True),
                   Column.WEIGHT: Fit("100.5", hides=True), Column.FLAGS: Fit("血压偏高、脉搏偏快", "血压偏高"),
                   Column.STAFF: Fit(NAME_SAMPLE, hides=True)}  # fmt: skip
        give_way = (Column.STAFF, Column.WEIGHT, Column.GLUCOSE, Column.PULSE)
        self.table.column_fit = ColumnFit(self.table, columns, stretch=Column.FLAGS, give_way=give_way)  # type: ignore[attr-defined]

    def _layout(self, headline: QLabel) -> None:

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        top = QHBoxLayout()
        top.addWidget(headline)
        top.addStretch(1)
        top.addWidget(self.trend)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.close_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.addLayout(top)
        column.addWidget(scroll_body(splitter, "vitalsHistoryBody"), 1)  # a short screen scrolls the two down
        column.addLayout(buttons)
        line = self.fontMetrics().height()
        resize_within_screen(self, line * 48, line * 36)

    def refresh(self) -> None:
        """Read the readings again (audited as a look)."""
        service, actor, rid = self._service, self._actor, self.resident_id
        self._jobs.run(lambda: service.readings(rid, actor=actor), self._show, refused=self._refused,
                       trouble=self._trouble, key=READ)  # fmt: skip

    def _show(self, rows: list[ReadingRow]) -> None:
        from frontdesk.core.vitals_trend import PressurePoint, pressure_trend

        self.model.set_rows(rows)
        self.chart.set_readings(rows)
        pressures = [PressurePoint(r.taken_at, r.systolic, r.diastolic) for r in rows
                     if r.systolic is not None and r.diastolic is not None]  # fmt: skip
        self.trend.setText(words.direction_text(pressure_trend(pressures).direction.value) if rows else "")
        if rows:
            self.status.setText(self.tr("{count} readings, newest first.").format(count=len(rows)))
        else:
            self.status.setText(self.tr("No readings recorded for {name} yet.").format(name=self._name))

    def _refused(self, refusal: RuleViolation) -> None:
        self.status.setText(words.refusal(refusal))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        self.status.setText(words.not_read(problem.kind))

    def open_record(self) -> RecordVitalsDialog:
        """记录新读数: the record dialog over this one; the history is read again once it is saved."""
        dialog = RecordVitalsDialog(self._worker, self.resident_id, self._name, service=self._service,
                                    actor=self._actor, parent=self)  # fmt: skip
        dialog.recorded.connect(self._recorded)
        dialog.finished.connect(dialog.deleteLater)
        self.record_dialog = dialog
        dialog.open()
        return dialog

    def _recorded(self, row: ReadingRow) -> None:
        self.status.setText(words.recorded(self._name, (str(f) for f in row.flags)))
        self.refresh()
