"""操作日志 window: filters, the entries newest first, the selected entry's before → after, and 校验日志.

Everything goes through :class:`~frontdesk.core.services.audit_log.AuditLogService` with the signed-in actor,
which refuses anyone but a manager. The choices, and the log a page at a time, are read on the desk's database
worker (a newer filter makes the older one's read stale). The check runs on a thread of its own
(:mod:`frontdesk.ui.pages.settings.audit.verify`): half a minute for a large log would hold up every check-in waiting on
the worker.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.attempt import attempt
from frontdesk.ui.common.column_fit import NAME_SAMPLE, ColumnFit, Fit
from frontdesk.ui.common.flow_layout import FlowLayout, group
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.row_table import row_table
from frontdesk.ui.common.staff_words import refusal_text
from frontdesk.ui.common.table_export import PageExports
from frontdesk.ui.common.widgets import WrappedLabel, resize_within_screen
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.settings.audit import words
from frontdesk.ui.pages.settings.audit.models import AuditTableModel, Column, DetailModel
from frontdesk.ui.pages.settings.audit.verify import VerifyRunner

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.audit_log import AuditFilter, AuditLogService, AuditRow, StaffChoice
    from frontdesk.core.spreadsheets.writing import SheetData
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker

BROWSE = "audit.browse"  # the first page for the filters as they are now
DEFAULT_DAYS = 30  # the log opens on the last month: a filter over all of a big log is slower, and rarely wanted
TYPING_PAUSE_MS = 300
LIST_LEAST_PX = 240  # the list and its details together: below this the dialog scrolls instead


def _date_edit(name: str, day: date) -> QDateEdit:
    field = QDateEdit(QDate(day.year, day.month, day.day))
    field.setObjectName(name)
    field.setCalendarPopup(True)
    field.setDisplayFormat("yyyy-MM-dd")
    return field


class AuditLogDialog(QDialog):
    def __init__(
        self,
        service: AuditLogService,
        worker: DatabaseWorker,
        actor: Actor,
        *,
        today: date,
        services: DeskServices | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``services``: the desk's, for exporting the log (``None``: no export offered)."""
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self.setWindowTitle(self.tr("Audit log"))
        self._service = service
        self._jobs = Jobs(worker)
        self._actor = actor
        self._runner: VerifyRunner | None = None
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filter)

        filters = self._build_filters(today)
        self._build_table()
        detail = self._build_detail()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        bottom = self._build_bottom()

        # On a short screen (1024×768 at 150 %, large text) the filters wrap to five rows: the dialog then scrolls
        # down, its buttons staying at the foot, rather than laying the filters' last row over the list.
        content = QWidget()
        content.setObjectName("auditContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(filters)
        inner.addWidget(splitter, 1)
        inner.addWidget(self.status)
        inner.addWidget(self.verdict)
        splitter.setMinimumHeight(LIST_LEAST_PX)
        scroll = QScrollArea()
        scroll.setObjectName("auditScroll")
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)  # the dialog's own background, not a grey well
        content.setAutoFillBackground(False)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addLayout(bottom)
        resize_within_screen(self, 1040, 700)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_text)
        QShortcut(QKeySequence("F5"), self, activated=self.apply_filter)

        for button in self.findChildren(QPushButton):  # Enter in a filter field applies it, never clicks a button
            button.setAutoDefault(False)
            button.setDefault(False)
        self._add_export(worker, services, today)
        self._fill_choices()
        self.apply_filter()
        self.text.setFocus()

    def _add_export(self, worker: DatabaseWorker, services: DeskServices | None, today: date) -> None:
        """导出表格 (Ctrl+Shift+E in the list, or the button): every entry the filters match, not only those shown."""
        self.export_button.setVisible(services is not None)
        if services is None:
            return
        self.exports = PageExports(worker, self, services=lambda: services, actor=lambda: self._actor,
                                   clock=lambda: datetime.combine(today, time()))  # fmt: skip
        action = self.exports.add(self.table, self.windowTitle(), reader=self._export_reader)
        self.export_button.clicked.connect(action.trigger)

    def _export_reader(self):
        """The filter as it is now, for the worker to read the whole log through (None: the dates are wrong)."""
        from frontdesk.ui.pages.settings.audit.export import log_sheet

        where = self.current_filter()
        if where is None:
            self.status.setText(self.tr("The first day is after the last day: change one of the dates."))
            return None
        service, actor, title = self._service, self._actor, self.windowTitle()

        def read() -> SheetData:
            return log_sheet(service, actor, where, title)

        return read

    # -- building -------------------------------------------------------------------------------------------------
    def _build_bottom(self) -> QHBoxLayout:
        self.status = QLabel()
        self.status.setObjectName("auditStatus")
        self.status.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        self.verdict.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("auditVerifyProgress")
        self.progress.hide()
        self.verify_button = QPushButton(self.tr("Check the log"))
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.setToolTip(
            self.tr("Recompute every entry's seal to show whether anything was edited, deleted or reordered (Ctrl+K)")
        )
        self.verify_button.setShortcut(QKeySequence("Ctrl+K"))
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("auditExport")
        self.export_button.setToolTip(
            self.tr("Every entry the filters match, to an Excel or CSV file (Ctrl+Shift+E in the list)")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.progress, 1)
        bottom.addStretch(0)
        bottom.addWidget(buttons)
        return bottom

    def _build_filters(self, today: date) -> FlowLayout:
        self.since = _date_edit("auditSince", today - timedelta(days=DEFAULT_DAYS - 1))
        self.until = _date_edit("auditUntil", today)
        self.staff = QComboBox()
        self.staff.setObjectName("auditStaff")
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.resident = QLineEdit()
        self.resident.setObjectName("auditResident")
        self.resident.setPlaceholderText(self.tr("Number or part of the name"))
        self.text = QLineEdit()
        self.text.setObjectName("auditText")
        self.text.setPlaceholderText(self.tr("Anything in the entry"))
        self.text.setToolTip(self.tr("Search the details, names and staff (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.resident.setClearButtonEnabled(True)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.setObjectName("auditClearFilters")
        self.clear_button.clicked.connect(self.clear_filters)

        for field in (self.since, self.until):
            field.dateChanged.connect(self.apply_filter)
        for combo in (self.staff, self.action):
            combo.currentIndexChanged.connect(self.apply_filter)
        for line in (self.resident, self.text):
            line.textChanged.connect(self._typing.start)
            line.returnPressed.connect(self.apply_filter)

        grid = FlowLayout(spacing=14)  # one or two rows on a desk screen; more on a small one, cutting nothing
        grid.addWidget(group(QLabel(self.tr("From")), self.since))
        grid.addWidget(group(QLabel(self.tr("To")), self.until))
        grid.addWidget(group(QLabel(self.tr("Staff member")), self.staff))
        grid.addWidget(group(QLabel(self.tr("Action")), self.action))
        grid.addWidget(group(QLabel(self.tr("Resident")), self.resident))
        grid.addWidget(group(QLabel(self.tr("Text")), self.text))
        grid.addWidget(self.clear_button)
        return grid

    def _build_table(self) -> None:
        self.model = AuditTableModel(self, jobs=self._jobs, trouble=self._trouble)
        self.table = row_table("auditTable", self.model)
        self.table.setAlternatingRowColors(True)
        # The action shortens to its first words, the time to its date, the system's long names (系统（命令行）) to a
        # staff member's before the name of whom it concerns gives way.
        system = max((words.t(source) for source in words.SYSTEM_ACTORS.values()), key=len)
        columns = {
            Column.TIME: Fit("2026-11-28 09:30:00", least="2026-11-28"),
            Column.STAFF: Fit(system, least=NAME_SAMPLE),
            Column.ACTION: Fit(max((words.t(source) for source in words.ACTIONS.values()), key=len), least="修改居民…"),
            Column.TARGET: Fit(f"居民 {NAME_SAMPLE}"),
        }
        give_way = (Column.ACTION, Column.TIME, Column.STAFF)
        self.table.column_fit = ColumnFit(self.table, columns, stretch=Column.TARGET, give_way=give_way)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.model.modelReset.connect(self._count_changed)
        self.model.rowsInserted.connect(self._count_changed)

    def _build_detail(self) -> QWidget:
        self.summary = WrappedLabel()  # two lines or three on a narrow screen, in the splitter's lower panel
        self.summary.setObjectName("auditSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_model = DetailModel(self)
        self.detail = QTableView()
        self.detail.setObjectName("auditDetail")
        self.detail.setModel(self.detail_model)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.verticalHeader().hide()
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.detail.setWordWrap(True)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.detail, 1)
        return holder

    def settled(self) -> bool:
        """Nothing asked of the database is on its way (the check aside; tests wait for this)."""
        return not self._jobs.busy

    def stop(self) -> None:
        """The window closes: what is still on its way is dropped (the check's own thread just ends)."""
        self._jobs.forget()

    def done(self, result: int) -> None:
        self.stop()
        super().done(result)

    def _refused(self, refusal: RuleViolation) -> None:
        self.status.setText(refusal_text(refusal))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        self.status.setText(problems.problem_text(problem.kind))

    def _fill_choices(self) -> None:
        self.staff.blockSignals(True)
        self.action.blockSignals(True)
        self.staff.addItem(self.tr("Everyone"), None)
        self.action.addItem(self.tr("All actions"), None)
        self.staff.blockSignals(False)
        self.action.blockSignals(False)
        service, actor = self._service, self._actor
        self._jobs.run(
            lambda: (service.staff(actor), service.kinds(actor)), self._choices, refused=self._refused,
            trouble=self._trouble,
        )  # fmt: skip

    def _choices(self, choices: tuple[list[StaffChoice], list[str]]) -> None:
        """The staff and actions the log holds, added to the choices (a filter chosen meanwhile stays)."""
        staff, kinds = choices
        self.staff.blockSignals(True)
        self.action.blockSignals(True)
        for member in staff:
            name = (
                member.display_name
                if member.active
                else self.tr("{name} (deactivated)").format(name=member.display_name)
            )
            self.staff.addItem(name, member.staff_id)
        for code in sorted(kinds, key=words.action_word):
            self.action.addItem(words.action_word(code), code)
        self.staff.blockSignals(False)
        self.action.blockSignals(False)

    # -- filtering ------------------------------------------------------------------------------------------------
    def current_filter(self) -> AuditFilter | None:
        """What the filter bar says, or ``None`` (with the reason shown) when the dates are the wrong way round."""
        from frontdesk.core.services.audit_log import AuditFilter

        since, until = self.since.date().toPython(), self.until.date().toPython()
        if since > until:
            return None
        return AuditFilter(
            since=since, until=until, staff_id=self.staff.currentData(), action=self.action.currentData(),
            resident=self.resident.text(), text=self.text.text(),
        )  # fmt: skip

    def apply_filter(self) -> None:
        """Show the first page of what the filters match, read on the worker (the rest loads as the table
        scrolls)."""
        self._typing.stop()
        where = self.current_filter()
        if where is None:
            self._jobs.worker.cancel(BROWSE)
            self.model.clear()
            self.status.setText(self.tr("The first day is after the last day: change one of the dates."))
            return
        service, actor, size = self._service, self._actor, self.model.page_size

        def fetch(after: AuditRow | None, limit: int):
            return service.browse(actor, where, limit=limit, after=after)

        def read(first: list[AuditRow]) -> None:
            self.model.set_source(fetch, first)
            if self.model.rowCount():
                self.table.selectRow(0)
            else:
                self._show_current()

        def failed(problem: EnvironmentProblem) -> None:
            self.model.clear()
            self._trouble(problem)

        self.status.setText(self.tr("Reading the log…"))
        self._jobs.run(lambda: list(fetch(None, size)), read, refused=self._refused, trouble=failed, key=BROWSE)

    def clear_filters(self) -> None:
        """Everyone, every action, no text; the dates stay as they are."""
        for widget in (self.since, self.until, self.staff, self.action, self.resident, self.text):
            widget.blockSignals(True)
        self.staff.setCurrentIndex(0)
        self.action.setCurrentIndex(0)
        self.resident.clear()
        self.text.clear()
        for widget in (self.since, self.until, self.staff, self.action, self.resident, self.text):
            widget.blockSignals(False)
        self.apply_filter()

    def _count_changed(self, *_args) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.status.setText(self.tr("No entries match."))
        elif self.model.has_more:
            self.status.setText(self.tr("{count} entries shown; scroll down for older ones.").format(count=count))
        else:
            self.status.setText(self.tr("{count} entries.").format(count=count))

    def _show_current(self, *_args) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.summary.setText(self.tr("Select an entry to see what it changed."))
            self.detail_model.show(None)
            return
        row = self.model.row(index.row())
        parts = [row.at.strftime("%Y-%m-%d %H:%M:%S"), words.staff_text(row), words.action_word(row.action)]
        target = words.target_text(row)
        if target:
            parts.append(target)
        parts.append(self.tr("entry #{number}").format(number=row.entry_id))
        self.summary.setText(" · ".join(parts))
        self.detail_model.show(row.details)

    def _focus_text(self) -> None:
        self.text.setFocus()
        self.text.selectAll()

    # -- checking ---------------------------------------------------------------------------------------------
    def verify(self) -> None:
        """Check the whole chain on a worker thread; the verdict is shown in words when it is done."""
        if self._runner is not None and self._runner.is_running():
            return
        runner = VerifyRunner(self._service, self._actor)
        runner.progressed.connect(self._verify_progressed)
        runner.finished.connect(self._verified)
        self._runner = runner
        self.verify_button.setEnabled(False)
        self.verdict.setProperty("tone", "")
        self.verdict.setText(self.tr("Checking the log…"))
        self.verdict.show()
        self.progress.setRange(0, 0)
        self.progress.show()
        runner.start()

    @property
    def actor(self) -> Actor:
        return self._actor

    @property
    def verifying(self) -> bool:
        return self._runner is not None and self._runner.is_running()

    def _verify_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.verdict.setText(words.progress_text(done, total))

    def _verified(self, outcome: object) -> None:
        from frontdesk.core.audit import ChainCheck

        self.verify_button.setEnabled(True)
        self.progress.hide()
        if isinstance(outcome, ChainCheck):
            self.verdict.setText(words.check_text(outcome))
            self.verdict.setProperty("tone", "ok" if outcome.ok else "refusal")
        else:

            def fail() -> None:
                raise outcome  # type: ignore[misc]

            _none, trouble = attempt(fail, refusal_text)  # a bug is raised again here, for the crash handler
            self.verdict.setText(trouble)
            self.verdict.setProperty("tone", "refusal")
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)
        self.apply_filter()  # the check itself is now the newest entry

    def wait_for_check(self, timeout: float | None = None) -> None:
        """Block until a running check's thread ends (closing the desk; tests)."""
        if self._runner is not None:
            self._runner.join(timeout)
