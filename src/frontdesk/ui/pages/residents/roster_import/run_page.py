"""Step 4, 导入: the plan carried out on the worker, a backup first, in batches; step 5, 完成: what it did.

The service calls ``progress`` on the worker thread; it only emits a signal, which Qt queues to this thread, where
the bar moves (no widget is touched from the worker). 取消 sets a thread-safe flag the service reads between two
batches: every batch written is whole, and the words say how many rows came in.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressBar, QPushButton, QVBoxLayout, QWizardPage

from frontdesk.ui.common.changes import RESIDENTS
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.flow_layout import FlowLayout
from frontdesk.ui.common.widgets import WrappedLabel
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.residents.roster_import import words

if TYPE_CHECKING:
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.importing.plan import ImportResult
    from frontdesk.ui.pages.residents.roster_import.wizard import RosterImportWizard


class ProgressRelay(QObject):
    """Carries the service's progress from the worker thread to the GUI thread (a queued signal)."""

    moved = Signal(int, int)  # rows written, rows to write

    def report(self, done: int, total: int) -> None:
        self.moved.emit(done, total)


class RunPage(QWizardPage):
    def __init__(self, owner: RosterImportWizard) -> None:
        super().__init__()
        self.setObjectName("importRunPage")
        self._owner = owner
        self.stop = threading.Event()  # 取消: read by the service between batches, on the worker thread
        self.running = False
        self.relay = ProgressRelay(self)
        self.setTitle(self.tr("Importing"))
        self.backup = WrappedLabel()
        self.backup.setObjectName("importBackupNote")
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.progress.setFormat(self.tr("%v of %m rows"))
        self.said = WrappedLabel()
        self.said.setObjectName("importRunStatus")
        self.problem = error_label("importRunProblem")
        self.cancel = QPushButton(self.tr("S&top"))
        self.cancel.setObjectName("importCancel")
        self.cancel.setToolTip(self.tr("Stop after the batch being written: what is written stays, whole (Alt+T)"))
        buttons = FlowLayout(spacing=8)
        buttons.addWidget(self.cancel)
        column = QVBoxLayout(self)
        column.addWidget(self.backup)
        column.addWidget(self.progress)
        column.addWidget(self.said)
        column.addWidget(self.problem)
        column.addLayout(buttons)
        column.addStretch(1)
        self.relay.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)
        self.cancel.clicked.connect(self.ask_stop)

    def initializePage(self) -> None:
        """Start the import as the page shows (the previous page's 导入 was the go-ahead)."""
        plan = self._owner.plan
        self.backup.setText(
            self.tr("A backup of the database is taken first, so the register can be put back as it was.")
            if self._owner.backs_up
            else self.tr("The database server's administrator keeps its backups; the import is written in batches.")
        )
        show_error(self.problem, "")
        if plan is None:
            return
        self.stop.clear()
        self.running = True
        self.progress.setRange(0, 0)  # until the first batch is written (the backup takes a moment)
        self.progress.setValue(0)
        self.said.setText(self.tr("Taking the backup, then writing the rows…"))
        self.cancel.setEnabled(True)
        self.cancel.setFocus(Qt.FocusReason.OtherFocusReason)
        service, actor, accepted = self._owner.service, self._owner.actor, self._owner.accepted
        relay, stop = self.relay, self.stop

        def work() -> ImportResult:
            return service.run(plan, actor=actor, accept_updates=accepted, progress=relay.report, cancelled=stop.is_set)

        self._owner.jobs.run(
            work,
            self._finished,
            refused=self._refused,
            trouble=self._trouble,
            settled=self._settled,
            changes=(RESIDENTS,),
        )
        self.completeChanged.emit()

    def _moved(self, done: int, total: int) -> None:
        if not self.running:
            return
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if not self.stop.is_set():
            self.said.setText(self.tr("Written {done} of {total} rows…").format(done=done, total=total))

    def ask_stop(self) -> None:
        """取消: the run stops after the batch under way."""
        if not self.running or self.stop.is_set():
            return
        self.stop.set()
        self.cancel.setEnabled(False)
        self.said.setText(self.tr("Stopping after the batch being written…"))

    def _finished(self, result: ImportResult) -> None:
        self.running = False
        self._owner.finished_run(result)
        self.completeChanged.emit()
        self.wizard().next()

    def _refused(self, refusal: RuleViolation) -> None:
        self.said.setText(self.tr("Nothing was imported."))
        show_error(self.problem, words.refusal(refusal))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        self.said.setText(
            self.tr("The import stopped. Every batch written before is whole; import the file again for the rest.")
        )
        show_error(self.problem, problems.problem_text(problem.kind))
        self._owner.tell_residents_changed()

    def _settled(self) -> None:
        self.running = False
        self.cancel.setEnabled(False)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._owner.result is not None

    def validatePage(self) -> bool:
        return self._owner.result is not None


class DonePage(QWizardPage):
    def __init__(self, owner: RosterImportWizard) -> None:
        super().__init__()
        self.setObjectName("importDonePage")
        self._owner = owner
        self.setTitle(self.tr("Done"))
        self.heading = WrappedLabel()
        self.heading.setObjectName("importDoneHeading")
        self.lines = WrappedLabel()
        self.lines.setObjectName("importDoneResult")
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_rejects = QPushButton(self.tr("Sa&ve the rows with problems…"))
        self.save_rejects.setObjectName("importDoneSaveRejects")
        self.save_rejects.setToolTip(
            self.tr("A table of the rows not imported, with the reason beside each: fix them and import that file")
        )
        self.again = QPushButton(self.tr("Im&port another file"))
        self.again.setObjectName("importAgain")
        self.saved = WrappedLabel()
        self.saved.setObjectName("importDoneSaved")
        self.problem = error_label("importDoneProblem")
        buttons = FlowLayout(spacing=8)
        buttons.addWidget(self.save_rejects)
        buttons.addWidget(self.again)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.lines)
        column.addLayout(buttons)
        column.addWidget(self.saved)
        column.addWidget(self.problem)
        column.addStretch(1)
        self.save_rejects.clicked.connect(self.ask_save_rejects)
        self.again.clicked.connect(self._owner.start_again)

    def initializePage(self) -> None:
        result = self._owner.result
        self.saved.setText("")
        show_error(self.problem, "")
        if result is None:
            return
        self.heading.setText(words.result_heading(result))
        self.lines.setText("\n".join(words.result_lines(result)))
        self.save_rejects.setVisible(bool(result.rejects))
        (self.save_rejects if result.rejects else self.again).setFocus(Qt.FocusReason.OtherFocusReason)

    def ask_save_rejects(self) -> None:
        result = self._owner.result
        if result is not None and result.rejects:
            self._owner.save_rejects(list(result.rejects), self.saved, self.problem)
