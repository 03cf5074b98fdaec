"""导入名单: the wizard a manager brings the center's old roster in with — file, columns, check, import, done.

It holds what the steps share (the sheet read, the columns chosen, the plan, the result) and starts every service
call on the desk's database worker through one :class:`Jobs`; the pages present and ask. Esc asks first once the
rows are checked (the check would be lost) and, while the import runs, asks to stop it rather than close. Opened
with :meth:`QWizard.open`; :attr:`imported` says the result when a run ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget, QWizard

from frontdesk.ui.common.changes import RESIDENTS
from frontdesk.ui.common.fields import show_error
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.resident_words import not_written
from frontdesk.ui.common.widgets import resize_within_screen
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.residents.roster_import import words
from frontdesk.ui.pages.residents.roster_import.check_page import CheckPage
from frontdesk.ui.pages.residents.roster_import.choosers import FileChooser, rejects_name
from frontdesk.ui.pages.residents.roster_import.columns_page import ColumnsPage, detected_fields, header_texts
from frontdesk.ui.pages.residents.roster_import.file_page import FilePage
from frontdesk.ui.pages.residents.roster_import.run_page import DonePage, RunPage

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem
    from frontdesk.core.importing.plan import ColumnMapping, ImportPlan, ImportResult, PlannedRow, SheetTable
    from frontdesk.core.services.resident_import import ResidentImportService
    from frontdesk.ui.common.changes import ChangeHub
    from frontdesk.ui.common.worker import DatabaseWorker
    from frontdesk.ui.failures.prompts import Confirm

SIZE = (980, 720)  # asked for; never more than the screen (1024×768 at 150 % is 683×512)
# Colours only, and the field choosers narrower than the desk's combos (the columns sit side by side).
STYLE = """
#importColumns QComboBox { min-width: 7em; }
#importCheckScroll, #importCheckViewport, #importCheckBody { background: transparent; }
#importColumnsMessage[tone="refusal"] { color: #8E2419; font-weight: bold; }
"""


class RosterImportWizard(QWizard):
    imported = Signal(object)  # the ImportResult of a run that ended (whole or stopped)

    FILE, COLUMNS, CHECK, RUN, DONE = range(5)

    def __init__(
        self,
        worker: DatabaseWorker,
        *,
        service: ResidentImportService,
        actor: Actor,
        prompts: Confirm,
        backs_up: bool,
        hub: ChangeHub | None = None,
        chooser: FileChooser | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rosterImportWizard")
        self.setWindowTitle(self.tr("Import a roster"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setStyleSheet(STYLE)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.service, self.actor, self.backs_up = service, actor, backs_up
        self._worker, self._prompts, self._hub = worker, prompts, hub
        self.chooser = chooser or FileChooser(self)
        self.jobs = Jobs(worker)
        self.table: SheetTable | None = None
        self.mapping: ColumnMapping | None = None
        self.plan: ImportPlan | None = None
        self.accepted: frozenset[int] = frozenset()  # the UPDATE rows whose changes go in, by line
        self.result: ImportResult | None = None

        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Close"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.button(QWizard.WizardButton.NextButton).setToolTip(self.tr("Next step (Alt+N or Enter)"))
        self.button(QWizard.WizardButton.CommitButton).setToolTip(
            self.tr("Write the new residents and the accepted changes to the register (Alt+I)")
        )
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.check_page = CheckPage(self)
        self.run_page = RunPage(self)
        self.done_page = DonePage(self)
        for page_id, page in enumerate(
            (self.file_page, self.columns_page, self.check_page, self.run_page, self.done_page)
        ):
            self.setPage(page_id, page)
        for page in (self.file_page, self.columns_page, self.check_page, self.run_page, self.done_page):
            page.setMinimumSize(0, 0)
        resize_within_screen(self, *SIZE)

    # -- what the steps share -----------------------------------------------------------------------------------
    def opened(self, table: SheetTable | None, mapping: ColumnMapping | None) -> None:
        """The file page read a sheet (None: what was read is gone): the later steps start from its mapping."""
        self.table, self.mapping, self.plan = table, mapping, None

    def mapping_for(self, table: SheetTable, header_rows: tuple[int, ...]) -> ColumnMapping:
        """The mapping with ``header_rows`` as the header: each column's field detected from its text again."""
        from frontdesk.core.importing.plan import ColumnMapping

        headers = header_texts(table, header_rows)
        return ColumnMapping(header_rows, headers, detected_fields(headers))

    def offered_fields(self) -> list[str]:
        """The fields a column may fill: the health ones only for staff who may see health details."""
        from frontdesk.core.access import Permission
        from frontdesk.core.importing.plan import HEALTH_FIELDS, IMPORT_FIELDS

        health = self.actor.may(Permission.HEALTH)
        return [field for field in IMPORT_FIELDS if health or field not in HEALTH_FIELDS]

    def worker_cancel(self, key: str) -> None:
        self._worker.cancel(key)

    def finished_run(self, result: ImportResult) -> None:
        self.result = result
        self.imported.emit(result)

    def start_again(self) -> None:
        """再导入一个文件: back to the first step, the file's place kept (the fixed file is often the same one)."""
        path = self.file_page.path.text()
        self.table = self.mapping = self.plan = self.result = None
        self.accepted = frozenset()
        self.restart()
        self.file_page.path.setText(path)
        self.file_page.path.selectAll()

    def busy(self) -> bool:
        """A read, a check or the import is under way (tests wait for this to end)."""
        return self.jobs.busy

    # -- the rows with problems ---------------------------------------------------------------------------------
    def save_rejects(self, rows: Sequence[PlannedRow], said: QLabel, problem: QLabel) -> None:
        """保存有问题的行…: where, then written on the worker; the words say where it went (or why not)."""
        mapping = self.plan.mapping if self.plan is not None else self.mapping
        if not rows or mapping is None or self.table is None:
            return
        source = self.file_page.path.text().strip() or self.table.file_name
        chosen = self.chooser.rejects(rejects_name(source))
        if not chosen:
            return
        service, actor = self.service, self.actor

        def work() -> Path | OSError:
            try:
                return service.save_rejects(rows, mapping, Path(chosen), actor=actor)
            except OSError as error:
                return error

        def done(outcome: Path | OSError) -> None:
            if isinstance(outcome, OSError):
                said.setText("")
                show_error(problem, not_written(outcome.strerror or str(outcome)))
                return
            show_error(problem, "")
            said.setText(
                self.tr("Saved {count} rows with problems to {path}. Fix them there, then import that file.").format(
                    count=len(rows), path=str(outcome)
                )
            )

        def trouble(trouble_problem: EnvironmentProblem) -> None:
            show_error(problem, problems.problem_text(trouble_problem.kind))

        self.jobs.run(work, done, trouble=trouble, refused=lambda refusal: show_error(problem, words.refusal(refusal)),
                      asks_database=False)  # fmt: skip

    # -- closing ------------------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc / Cancel: while the import runs, it asks to stop it (the wizard stays to say what came in); with
        rows checked and not imported it asks first; otherwise it closes."""
        if self.run_page.running:
            if self._prompts.confirm(
                self.tr("Stop the import?"),
                self.tr("The import stops after the batch being written. What is written stays, whole."),
                action=self.tr("Stop"),
            ):
                self.run_page.ask_stop()
            return
        checked = self.plan is not None and self.result is None and self.currentId() == self.CHECK
        if checked and not self._prompts.confirm(
            self.tr("Close the import?"),
            self.tr("The rows are checked but nothing is imported yet. Close anyway?"),
            action=self.tr("Close"),
        ):
            return
        self.jobs.forget()
        super().reject()

    def dismiss(self) -> None:
        """Someone else is at the desk now: closed without asking, what was read dropped. A run under way goes on
        to its end (it cannot stop half-way) and the wizard then says only its counts."""
        if self.run_page.running:
            return
        self.jobs.forget()
        super().done(QWizard.DialogCode.Rejected)

    def done(self, result: int) -> None:
        if self.run_page.running:  # the window cannot go while the run writes; reject() asks to stop it
            return
        super().done(result)

    def tell_residents_changed(self) -> None:
        """A run that failed part-way wrote whole batches: the register's views read again."""
        if self._hub is not None:
            self._hub.tell({RESIDENTS})
