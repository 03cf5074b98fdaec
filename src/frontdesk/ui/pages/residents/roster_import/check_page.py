"""Step 3, 检查: every row checked against the form's rules and the registry (on the worker), counted by outcome, and
listed with why. The changes offered for registered residents are accepted row by row (or all, or none); the rows
with problems can be saved as a spreadsheet to fix. Nothing is written to the registry before the next step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from frontdesk.ui.common.column_fit import NAME_SAMPLE, ColumnFit, Fit
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.row_table import as_list, row_table
from frontdesk.ui.common.widgets import WrappedLabel, scroll_body
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.residents.roster_import import words
from frontdesk.ui.pages.residents.roster_import.models import PlanRowsModel, RowColumn, StatusFilter

if TYPE_CHECKING:
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.importing.plan import ImportPlan, PlannedRow
    from frontdesk.ui.pages.residents.roster_import.wizard import RosterImportWizard

PLAN = "rosterImport.plan"


class CheckPage(QWizardPage):
    def __init__(self, owner: RosterImportWizard) -> None:
        super().__init__()
        self.setObjectName("importCheckPage")
        self._owner = owner
        self.setTitle(self.tr("Check the rows"))
        self.setCommitPage(True)  # after this the registry changes: no going back
        self.busy = QProgressBar()
        self.busy.setObjectName("importCheckBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(12)
        self.counts = WrappedLabel()
        self.counts.setObjectName("importCounts")
        self.problem = error_label("importCheckProblem")
        self.filter = QComboBox()
        self.filter.setObjectName("importRowsFilter")
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        filter_label = QLabel(self.tr("Sh&ow"))
        filter_label.setBuddy(self.filter)
        self.model = PlanRowsModel(self)
        self.proxy = StatusFilter(self)
        self.proxy.setSourceModel(self.model)
        self.rows = as_list(row_table("importRows", self.proxy))
        self.rows.setTabKeyNavigation(False)
        status_sample = max((words.status_word(s) for s in words.STATUS_ORDER), key=len)
        columns = {
            RowColumn.ACCEPT: Fit("✓"),
            RowColumn.LINE: Fit("20000"),
            RowColumn.NAME: Fit(NAME_SAMPLE),
            RowColumn.STATUS: Fit(status_sample, least=status_sample[:2] + "…"),
            RowColumn.REASON: Fit("身份证号：校验位不对", least="…"),
        }
        self.rows.column_fit = ColumnFit(self.rows, columns, stretch=RowColumn.REASON,  # type: ignore[attr-defined]
                                         give_way=(RowColumn.STATUS,))  # fmt: skip
        self.detail = WrappedLabel()
        self.detail.setObjectName("importRowDetail")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_update = QCheckBox(self.tr("&Accept these changes"))
        self.accept_update.setObjectName("importAcceptUpdate")
        self.accept_all = QPushButton(self.tr("Accept a&ll changes"))
        self.accept_all.setObjectName("importAcceptAll")
        self.accept_none = QPushButton(self.tr("Accept non&e"))
        self.accept_none.setObjectName("importAcceptNone")
        self.save_rejects = QPushButton(self.tr("Save the rows &with problems…"))
        self.save_rejects.setObjectName("importSaveRejects")
        self.save_rejects.setToolTip(
            self.tr("A table of the rows not imported, with the reason beside each: fix them and import that file")
        )
        self.saved = WrappedLabel()
        self.saved.setObjectName("importRejectsSaved")
        self._layout(filter_label)
        self._connect()
        self._show_plan(None)

    def _layout(self, filter_label: QLabel) -> None:
        filter_row = QHBoxLayout()
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self.filter)
        filter_row.addStretch(1)
        buttons = FlowLayout(spacing=8)
        buttons.addWidget(self.accept_all)
        buttons.addWidget(self.accept_none)
        buttons.addWidget(self.save_rejects)
        body = QWidget()
        body.setObjectName("importCheckBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.busy)
        column.addWidget(self.counts)
        column.addWidget(self.problem)
        column.addLayout(filter_row)
        column.addWidget(self.rows, 1)
        column.addWidget(self.detail)
        column.addWidget(self.accept_update)
        column.addLayout(buttons)
        column.addWidget(self.saved)
        # A short screen (1024×768 at 150 %) scrolls the step down; the list keeps room for a few rows.
        self.rows.setMinimumHeight(self.rows.fontMetrics().height() * 10)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = scroll_body(body, "importCheckScroll")
        scroll.viewport().setObjectName("importCheckViewport")  # type: ignore[attr-defined]
        outer.addWidget(scroll)
        self.setTabOrder(self.filter, self.rows)
        self.setTabOrder(self.rows, self.accept_update)
        self.setTabOrder(self.accept_update, self.accept_all)
        self.setTabOrder(self.accept_all, self.accept_none)
        self.setTabOrder(self.accept_none, self.save_rejects)

    def _connect(self) -> None:
        self.filter.activated.connect(self._filter_chosen)
        self.rows.selectionModel().selectionChanged.connect(self._selection_changed)
        self.accept_update.toggled.connect(self._accept_toggled)
        self.accept_all.clicked.connect(lambda: self.model.accept(self.model.updates(), True))
        self.accept_none.clicked.connect(lambda: self.model.accept(self.model.updates(), False))
        self.model.accepted_changed.connect(self._show_detail)
        self.model.accepted_changed.connect(self._say_accepted)
        self.save_rejects.clicked.connect(self.ask_save_rejects)

    # -- the plan -----------------------------------------------------------------------------------------------
    def initializePage(self) -> None:
        """Check every row with the columns as chosen (on the worker; a big file takes seconds)."""
        table, mapping = self._owner.table, self._owner.mapping
        self._show_plan(None)
        if table is None or mapping is None:
            return
        self.busy.show()
        self.counts.setText(self.tr("Checking {count} rows against the register…").format(count=len(table.rows)))
        service, actor = self._owner.service, self._owner.actor
        self._owner.jobs.run(
            lambda: service.plan(table, mapping, actor=actor),
            self._planned,
            key=PLAN,
            refused=self._refused,
            trouble=self._trouble,
            settled=self._settled,
        )

    def cleanupPage(self) -> None:
        """Back to the columns: this check is for columns that may change."""
        self._owner.worker_cancel(PLAN)
        self._show_plan(None)

    def _planned(self, plan: ImportPlan) -> None:
        self._show_plan(plan)
        self.rows.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_plan(self, plan: ImportPlan | None) -> None:
        self._owner.plan = plan
        show_error(self.problem, "")
        self.saved.setText("")
        name_column = None
        if plan is not None and "name" in plan.mapping.fields:
            name_column = plan.mapping.fields.index("name")
        self.model.set_rows(plan.rows if plan is not None else (), name_column)
        self._fill_filter(plan)
        self.counts.setText(self._counts_text(plan) if plan is not None else "")
        bad = plan is not None and plan.count(_status("bad")) > 0
        updates = plan is not None and plan.count(_status("update")) > 0
        self.save_rejects.setEnabled(bad)
        self.accept_all.setVisible(updates)
        self.accept_none.setVisible(updates)
        self.busy.setVisible(plan is None and self._owner.jobs.busy)
        if plan is not None and self.proxy.rowCount():
            self.rows.selectRow(0)
        self._show_detail()
        self.completeChanged.emit()

    def _counts_text(self, plan: ImportPlan) -> str:
        lines = [self.tr("Rows read: {count}").format(count=len(plan.rows))]
        for status in words.STATUS_ORDER:
            count = plan.count(_status(status))
            if count:
                lines.append("· " + words.status_count(status, count))
        if not plan.count(_status("new")) and not plan.count(_status("update")):
            lines.append(self.tr("Nothing to import: there is no new resident and no new detail in this file."))
        return "\n".join(lines)

    def _fill_filter(self, plan: ImportPlan | None) -> None:
        self.filter.clear()
        total = len(plan.rows) if plan is not None else 0
        self.filter.addItem(self.tr("All rows ({count})").format(count=total), None)
        if plan is not None:
            for status in words.STATUS_ORDER:
                count = plan.count(_status(status))
                if count:
                    self.filter.addItem(
                        self.tr("{status} ({count})").format(status=words.status_word(status), count=count), status
                    )
        self.proxy.set_status(None)

    def show_status(self, status: str | None) -> None:
        """Only the rows of ``status`` in the list (None: all), as the 显示 chooser does."""
        index = self.filter.findData(status)
        if index >= 0:
            self.filter.setCurrentIndex(index)
            self._filter_chosen(index)

    def _filter_chosen(self, index: int) -> None:
        self.proxy.set_status(self.filter.itemData(index))
        if self.proxy.rowCount():
            self.rows.selectRow(0)
        self._show_detail()

    def _refused(self, refusal: RuleViolation) -> None:
        self.counts.setText("")
        show_error(self.problem, words.refusal(refusal))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        self.counts.setText("")
        show_error(self.problem, problems.problem_text(problem.kind))

    def _settled(self) -> None:
        self.busy.setVisible(self._owner.plan is None and self._owner.jobs.busy)
        self.completeChanged.emit()

    # -- one row ------------------------------------------------------------------------------------------------
    def current_row(self) -> int | None:
        """The selected row, as an index into the plan's rows."""
        index = self.rows.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.mapToSource(index).row()

    def select_line(self, line: int) -> None:
        """Select the row of the sheet's ``line`` (shown whatever the filter)."""
        for i, row in enumerate(self.model.rows):
            if row.line == line:
                index = self.proxy.mapFromSource(self.model.index(i, RowColumn.LINE))
                if not index.isValid():
                    self.show_status(None)
                    index = self.proxy.mapFromSource(self.model.index(i, RowColumn.LINE))
                self.rows.setCurrentIndex(index)
                self.rows.selectRow(index.row())
                return

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        i = self.current_row()
        row: PlannedRow | None = self.model.rows[i] if i is not None else None
        self.detail.setText(self._detail_text(row) if row is not None else "")
        update = row is not None and str(row.status) == "update"
        self.accept_update.blockSignals(True)
        self.accept_update.setChecked(update and i in self.model.accepted)
        self.accept_update.blockSignals(False)
        self.accept_update.setVisible(update)

    def _detail_text(self, row: PlannedRow) -> str:
        head = self.tr("Row {line} · {status}").format(line=row.line, status=words.status_word(str(row.status)))
        status = str(row.status)
        if status == "update":
            changes = "\n".join(words.update_text(update) for update in row.updates)
            return f"{head}\n{changes}"
        if status == "bad":
            return f"{head}\n" + "\n".join(words.problem_text(problem) for problem in row.problems)
        reason = words.row_reason(row)
        return f"{head}\n{reason}" if reason else head

    def _accept_toggled(self, checked: bool) -> None:
        i = self.current_row()
        if i is not None:
            self.model.accept([i], checked)

    def _say_accepted(self) -> None:
        updates = len(self.model.updates())
        if updates:
            self.saved.setText(
                self.tr("Changes accepted for {accepted} of {count} registered residents.").format(
                    accepted=len(self.model.accepted), count=updates
                )
            )

    # -- the rows with problems ---------------------------------------------------------------------------------
    def ask_save_rejects(self) -> None:
        plan = self._owner.plan
        if plan is None:
            return
        rejects = [row for row in plan.rows if str(row.status) == "bad"]
        self._owner.save_rejects(rejects, self.saved, self.problem)

    def isComplete(self) -> bool:
        plan = self._owner.plan
        return plan is not None and (plan.count(_status("new")) + plan.count(_status("update"))) > 0

    def validatePage(self) -> bool:
        self._owner.accepted = self.model.accepted_lines()
        return True


def _status(value: str):
    from frontdesk.core.importing.plan import RowStatus

    return RowStatus(value)
