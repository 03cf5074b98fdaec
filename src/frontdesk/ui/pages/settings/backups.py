"""备份与恢复 on the Settings page (managers only): this desk's backups, 立即备份, restore, the second backup folder.

Shown only to a signed-in actor who ``may(Permission.RESTORE)``; the service refuses anyone else as well. Backups are
of the SQLite file this desk opens; a PostgreSQL server is backed up by its administrator, and the section says so.

Restoring replaces the whole database: the section closes the desk's connections, restores (the current database
is backed up first), opens the database again and hands it to ``on_restored`` — the desk re-attaches it and asks
staff to sign in again, because the restored staff list decides who may work now.

The section only presents and calls: the :class:`~frontdesk.core.services.backups.BackupService` it is given (made
in the composition root) checks the actor, audits, and keeps the second folder.

Reading the list, the second folder (a USB drive or a network folder may not answer at once) and the counts for the
restore preview run on the desk's database worker. 立即备份 runs on a thread of its own, as the periodic backups do:
a large copy takes a while and must not hold up the check-ins waiting on the worker; the core's file lock keeps it
apart from the periodic backup and from a restore. The restore itself runs on the worker, which does one thing at a
time, so nothing else this desk reads or writes through it touches the database while the file is replaced; the
desk is held meanwhile (``hold``: no periodic backup or change poll starts, the pages take no input).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from frontdesk.ui.common.attempt import attempt
from frontdesk.ui.common.backup_words import KINDS, folder_refusal_text, kind_tooltip, kind_word, restore_refused_text
from frontdesk.ui.common.clock import Clock
from frontdesk.ui.common.column_fit import ColumnFit, Fit
from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.jobs import Jobs
from frontdesk.ui.common.restore_dialog import RestorePreview, counts_line, when_text
from frontdesk.ui.common.row_table import row_table
from frontdesk.ui.common.staff_words import refusal_text
from frontdesk.ui.failures import problems

if TYPE_CHECKING:
    from frontdesk.bootstrap import OpenResult
    from frontdesk.core.access import Actor
    from frontdesk.core.db.backups import BackupInfo, RestoreResult
    from frontdesk.core.db.restore_checks import FailedAfterReplacing
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.services.backups import BackupService
    from frontdesk.ui.common.worker import DatabaseWorker

log = logging.getLogger(__name__)
AnyIndex = QModelIndex | QPersistentModelIndex
LIST = "backups.list"  # the list and the second folder, read on the worker


class BackupTableModel(QAbstractTableModel):
    """时间 · 类型 · 居民 · 来访 · 大小 · 位置, newest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []
        self._second: Path | None = None
        self._copies: frozenset[str] = frozenset()

    def set_rows(
        self, rows: list[BackupInfo], second: Path | None = None, copies: frozenset[str] = frozenset()
    ) -> None:
        """``copies``: the names of the backups the second folder holds (looked up off the GUI thread)."""
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda b: b.created_at, reverse=True)
        self._second = second
        self._copies = copies
        self.endResetModel()

    def row(self, index: int) -> BackupInfo:
        return self._rows[index]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Taken"), self.tr("Kind"), self.tr("Residents"), self.tr("Visits"), self.tr("Size"),
                self.tr("Where"))[section]  # fmt: skip

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 5:
            return str(info.path)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return kind_tooltip(info) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return when_text(info)
        if column == 1:
            return kind_word(info.label)
        if column in (2, 3):
            count = info.counts.get("resident" if column == 2 else "visit")
            return "—" if count is None else QLocale().toString(count)
        if column == 4:
            return QLocale().formattedDataSize(info.size_bytes)
        where = str(info.path.parent)
        if self._second is not None and info.path.name in self._copies:
            return self.tr("{folder}, and a copy in {second}").format(folder=where, second=self._second)
        return where


class BackupsSection(QGroupBox):
    """The 备份与恢复 box: hidden unless the signed-in actor may restore (managers)."""

    backup_finished = Signal(object, bool, str)  # BackupInfo | None, second copy failed, what went wrong in words
    restored = Signal()  # the restored database is open and attached

    def __init__(self, worker: DatabaseWorker, *, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Backups and recovery"), parent)
        self.setObjectName("backupsSection")
        self._clock = clock
        self._jobs = Jobs(worker, lambda _busy: self._update_buttons())
        self._service: BackupService | None = None
        self._opened: OpenResult | None = None
        self._on_restored: Callable[[OpenResult], None] | None = None
        self._hold: Callable[[bool], None] | None = None
        self._restoring = False
        self._reopened: OpenResult | None = None  # restored and opened again, not yet handed to the desk
        self._actor: Actor | None = None
        self._built = False
        self._busy = False
        self.preview: RestorePreview | None = None
        self.backup_finished.connect(self._backup_finished)
        self.setVisible(False)

    # -- building ---------------------------------------------------------------------------------------------
    def _build(self) -> None:
        """Made the first time a manager signs in (most desks never show it)."""
        if self._built:
            return
        self._built = True
        self.server_note = QLabel(
            self.tr(
                "This desk uses a database server. Backing it up is the server administrator's job (for example "
                "with pg_dump); this desk takes no backups of its own."
            )
        )
        self.server_note.setObjectName("backupsServerNote")
        self.server_note.setWordWrap(True)

        self._build_table()
        buttons = self._build_buttons()
        second_row, second_hint = self._build_second_row()
        self.second_problem = error_label("secondFolderProblem")

        self.error = error_label("backupsError")
        self.status = QLabel()
        self.status.setObjectName("backupsStatus")
        self.status.setWordWrap(True)

        self.sqlite_part = QWidget()
        part = QVBoxLayout(self.sqlite_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.addWidget(self.table)
        part.addLayout(buttons)
        part.addWidget(QLabel(self.tr("Second backup folder")))
        part.addLayout(second_row)
        part.addWidget(second_hint)
        part.addWidget(self.second_problem)
        column = QVBoxLayout(self)
        column.addWidget(self.server_note)
        column.addWidget(self.sqlite_part)
        column.addWidget(self.error)
        column.addWidget(self.status)
        self.setTabOrder(self.table, self.backup_button)
        self.setTabOrder(self.backup_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.choose_button)
        self.setTabOrder(self.choose_button, self.clear_button)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._show_mode()

    def _build_table(self) -> None:
        self.model = BackupTableModel(self)
        self.table = row_table("backupsTable", self.model)
        # 时间 · 类型 · 居民 · 来访 · 大小 · 位置: the folder takes the rest (its tooltip has it whole); on a narrow
        # screen the kind shortens first, then the counts and the size make way.
        kinds = sorted((kind_word(prefix) for prefix, _word in KINDS), key=self.table.fontMetrics().horizontalAdvance)
        columns = {
            0: Fit("2026-12-31 23:59"),
            1: Fit(kinds[-1], least=kinds[0]),
            2: Fit(QLocale().toString(88888), hides=True),
            3: Fit(QLocale().toString(888888), hides=True),
            4: Fit(QLocale().formattedDataSize(888 * 1024 * 1024), hides=True),
            5: Fit("D:\\frontdesk\\backups", least="D:\\front…"),
        }
        self.table.column_fit = ColumnFit(self.table, columns, stretch=5, give_way=(1, 3, 2, 4))  # type: ignore[attr-defined]
        self.table.setMinimumHeight(180)

    def _build_buttons(self) -> QHBoxLayout:
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.setObjectName("restoreBackup")
        self.restore_button.clicked.connect(self.ask_restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        return buttons

    def _build_second_row(self) -> tuple[QHBoxLayout, QLabel]:
        self.second_field = QLineEdit()
        self.second_field.setObjectName("secondFolder")
        self.second_field.setReadOnly(True)
        self.second_field.setPlaceholderText(self.tr("None: backups are kept on this computer only"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("chooseSecondFolder")
        self.choose_button.clicked.connect(self.choose_second_folder)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("clearSecondFolder")
        self.clear_button.clicked.connect(self.clear_second_folder)
        second_row = QHBoxLayout()
        second_row.addWidget(self.second_field, 1)
        second_row.addWidget(self.choose_button)
        second_row.addWidget(self.clear_button)
        second_hint = QLabel(
            self.tr(
                "Second backup folder on this desk: every backup is also copied there, for example to a USB drive "
                "or a network folder. If it cannot be reached, backups still go on here."
            )
        )
        second_hint.setObjectName("hint")
        second_hint.setWordWrap(True)
        return second_row, second_hint

    # -- wiring -----------------------------------------------------------------------------------------------
    def attach(
        self,
        opened: OpenResult,
        service: BackupService | None,
        on_restored: Callable[[OpenResult], None],
        *,
        hold: Callable[[bool], None] | None = None,
    ) -> None:
        """The database is open; ``service`` backs up its file (``None`` on a database server). ``on_restored``
        gets the database opened again after a restore; ``hold(True)`` while one runs, ``hold(False)`` after."""
        self._opened = opened
        self._on_restored = on_restored
        self._hold = hold
        self._service = service
        if self._built:
            self._show_mode()
        self.refresh()

    def set_actor(self, actor: Actor | None) -> None:
        from frontdesk.core.access import Permission

        self._actor = actor
        if not self._restoring:  # a restore under way still says how it went
            self._jobs.forget()
        allowed = actor is not None and actor.may(Permission.RESTORE)
        if allowed:
            self._build()
        self.setVisible(allowed)
        if not allowed and self._built:
            self.model.set_rows([])
        self.refresh()

    def busy(self) -> bool:
        """A read, a backup or a restore is under way (tests wait for this to end)."""
        return self._jobs.busy or self._busy

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # the drive may have been unplugged since

    def _allowed(self) -> bool:
        from frontdesk.core.access import Permission

        return self._built and self._actor is not None and self._actor.may(Permission.RESTORE)

    def _show_mode(self) -> None:
        server = self._opened is not None and self._opened.backups is None
        if server:
            self.status.clear()
        self.server_note.setVisible(server)
        self.sqlite_part.setVisible(not server)
        self._update_buttons()

    def refresh(self, *, copy_failed: bool = False) -> None:
        """Read the list and look at the second folder, on the worker. ``copy_failed``: the last backup could not be
        copied there, whatever the folder looks like now."""
        service, actor = self._service, self._actor
        if not self._allowed() or service is None or self._restoring:
            return

        def read() -> tuple[list[BackupInfo], Path | None, frozenset[str], bool]:
            rows = service.backups(actor)  # type: ignore[arg-type]
            folder = service.second_folder(actor)  # type: ignore[arg-type]
            if folder is None or not _writable(folder):
                return rows, folder, frozenset(), folder is None
            return rows, folder, frozenset(row.path.name for row in rows if (folder / row.path.name).is_file()), True

        def done(found: tuple[list[BackupInfo], Path | None, frozenset[str], bool]) -> None:
            rows, folder, copies, reachable = found
            self.model.set_rows(rows, folder, copies)
            self._show_second(folder, reachable and not copy_failed)
            self._update_buttons()

        self._jobs.run(read, done, refused=self._refused, trouble=self._trouble, key=LIST)

    def _refused(self, refusal: RuleViolation) -> None:
        show_error(self.error, refusal_text(refusal))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        show_error(self.error, problems.problem_text(problem.kind))

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        if not self._built:
            return
        ready = self._service is not None and not self._busy and not self._restoring
        self.backup_button.setEnabled(ready)
        self.restore_button.setEnabled(ready and not self._jobs.busy and self.selected() is not None)
        self.choose_button.setEnabled(not self._restoring)
        self.clear_button.setEnabled(not self._restoring and bool(self.second_field.text()))

    # -- 立即备份 ------------------------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        """A backup on a thread of its own (see the module); the result is said in words."""
        service, actor = self._service, self._actor
        if service is None or actor is None or self._busy or self._restoring:
            return
        self._busy = True
        self._update_buttons()
        show_error(self.error, "")
        self.status.setText(self.tr("Backing up…"))

        def take() -> tuple[BackupInfo, bool]:
            from frontdesk.core.db.backups import SecondFolderUnavailable

            try:
                return service.take_now(actor), False
            except SecondFolderUnavailable as partial:  # the backup stands; only its second copy failed
                log.warning("second backup folder: %s", partial.detail)
                return partial.backup, True

        def work() -> None:
            try:
                result, trouble = attempt(take, refusal_text)
            except Exception:  # a bug: said in words here, the details go to the log
                log.exception("backup failed")
                result, trouble = None, QCoreApplication.translate("Backups", "an unexpected error; see the log file.")
            if result is None:
                self.backup_finished.emit(None, False, trouble)
            else:
                self.backup_finished.emit(result[0], result[1], "")

        threading.Thread(target=work, name="manual-backup", daemon=True).start()

    def _backup_finished(self, info: BackupInfo | None, second_failed: bool, trouble: str) -> None:
        self._busy = False
        if info is None:
            self.status.clear()
            show_error(self.error, self.tr("No backup was made: {reason}").format(reason=trouble))
        else:
            self.status.setText(
                self.tr("Backed up at {time}: {counts}. Saved as {path}.").format(
                    time=f"{info.created_at:%H:%M:%S}", counts=counts_line(info.counts), path=info.path
                )
            )
        self.refresh(copy_failed=second_failed)
        self._update_buttons()

    # -- the second folder -------------------------------------------------------------------------------------
    def second_folder(self) -> Path | None:
        """The folder as last read from the service (nothing for someone who may not see it)."""
        if not self._allowed():
            return None
        text = self.second_field.text()
        return Path(text) if text else None

    def ask_folder(self) -> str:
        """The folder dialog (tests replace this)."""
        return QFileDialog.getExistingDirectory(self, self.tr("Choose the second backup folder"))

    def choose_second_folder(self) -> None:
        chosen = self.ask_folder()
        if chosen:
            self._set_second(Path(chosen))

    def clear_second_folder(self) -> None:
        self._set_second(None)

    def _set_second(self, folder: Path | None) -> None:
        """Through the service (on the worker), which checks the actor and audits the change; a refusal is said
        under the field."""
        service, actor = self._service, self._actor
        if service is None or actor is None or self._restoring:
            return

        def refused(refusal: RuleViolation) -> None:
            words = folder_refusal_text(refusal)  # not about the folder (not signed in, not allowed): the shared words
            show_error(self.second_problem, words if words is not None else refusal_text(refusal))

        self._jobs.run(
            lambda: service.set_second_folder(actor, folder),
            lambda _none: self.refresh(),
            refused=refused,
            trouble=lambda problem: show_error(self.second_problem, problems.problem_text(problem.kind)),
        )

    def _show_second(self, folder: Path | None, reachable: bool) -> None:
        """The folder, and a warning in words when it cannot be reached (drive unplugged, network folder gone)."""
        self.second_field.setText(str(folder) if folder else "")
        self.second_field.setCursorPosition(0)
        problem = ""
        if folder is not None and not reachable:
            problem = self.tr(
                "The second backup folder {folder} cannot be reached or written to (USB drive unplugged? network "
                "folder gone?). Backups are still kept on this computer; plug the drive back in or choose another "
                "folder."
            ).format(folder=folder)
        show_error(self.second_problem, problem)

    # -- restore -----------------------------------------------------------------------------------------------
    def ask_restore(self) -> None:
        """The preview: the backup beside the database now (counted on the worker), and what will happen; nothing
        until it is confirmed. It opens as :attr:`preview` when the counts come back."""
        info, service, actor = self.selected(), self._service, self._actor
        if info is None or service is None or actor is None or self._restoring:
            return

        def counted(current: dict[str, int]) -> None:
            self.preview = RestorePreview(info, current, self)
            self.preview.accepted.connect(lambda: self.restore(info.path))
            self.preview.open()

        self._jobs.run(lambda: service.current_counts(actor), counted, refused=self._refused, trouble=self._trouble)

    def restore(self, backup: Path) -> bool:
        """Close the connections, restore, open the database again, hand it to the desk: all on the worker (see the
        module). False when it cannot start; how it went is said in the section when it comes back."""
        opened, service, actor = self._opened, self._service, self._actor
        if opened is None or service is None or actor is None or self._on_restored is None or self._restoring:
            return False
        self._restoring = True
        self._update_buttons()
        show_error(self.error, "")
        self.status.setText(self.tr("Restoring…"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if self._hold is not None:
            self._hold(True)

        def work() -> RestoreResult | FailedAfterReplacing | str | tuple[RestoreResult, Any]:
            from frontdesk.core.db.restore_checks import FailedAfterReplacing
            from frontdesk.core.errors import classify

            opened.db.dispose()  # SQLite: no pooled connection may hold the file while it is replaced
            outcome = _restore(service, actor, backup)
            if isinstance(outcome, str | FailedAfterReplacing):
                return outcome
            from frontdesk.bootstrap import open_database

            try:
                return outcome, open_database(str(service.manager.database))
            except Exception as exc:  # restored, but not opened again: said as it is
                problem = classify(exc)
                if problem is None:
                    raise
                return outcome, problem

        def not_restored(reason: str) -> None:
            self.status.clear()
            show_error(self.error, self.tr("Nothing was restored: {reason}").format(reason=reason))

        self._jobs.run(
            work,
            self._restore_done,
            refused=lambda refusal: not_restored(refusal_text(refusal)),
            trouble=lambda problem: not_restored(problems.problem_text(problem.kind)),
            settled=self._restore_settled,
        )
        return True

    def _restore_settled(self) -> None:
        """After any outcome, a bug too: the desk is let go (and, restored, the database opened again attached)."""
        self._restoring = False
        QApplication.restoreOverrideCursor()
        if self._hold is not None:
            self._hold(False)
        reopened, self._reopened = self._reopened, None
        if reopened is not None and self._on_restored is not None:
            self._on_restored(reopened)
            self.restored.emit()
        self._update_buttons()

    def _restore_done(self, outcome: object) -> None:
        from frontdesk.core.db.restore_checks import FailedAfterReplacing
        from frontdesk.core.errors import EnvironmentProblem

        if isinstance(outcome, str):  # refused: nothing changed
            self.status.clear()
            show_error(self.error, outcome)
            return
        if isinstance(outcome, FailedAfterReplacing):  # the file was replaced, then something failed
            self.status.clear()
            show_error(self.error, self._failed_after_text(outcome))
            return
        result, reopened = outcome  # type: ignore[misc]
        if isinstance(reopened, EnvironmentProblem):
            self.status.clear()
            again = self.tr("Restored, but the database could not be opened again: {reason} Close frontdesk and "
                            "start it again.")  # fmt: skip
            show_error(self.error, again.format(reason=problems.problem_text(reopened.kind)))
            return
        kept = result.before_restore
        done = self.tr("The backup of {time} was restored.").format(time=when_text(result.restored))
        if kept is not None:
            done += " " + self.tr("The database as it was before is kept as {path}.").format(path=kept.path)
        if result.second_copy_missing is not None:
            done += " " + self.tr(
                "The second backup folder {folder} could not be reached, so that backup is only on this computer "
                "for now."
            ).format(folder=result.second_copy_missing)
        self.status.setText(done)
        self._reopened = reopened  # handed to the desk once the desk is let go (see _restore_settled)

    def _failed_after_text(self, failed: FailedAfterReplacing) -> str:
        text = self.tr("The backup of {time} was put in place, but the step after it failed: {reason}").format(
            time=when_text(failed.restored), reason=problems.problem_text(failed.kind)
        )
        if failed.before_restore is not None:
            text += " " + self.tr("The database as it was before is kept as {path}.").format(
                path=failed.before_restore.path
            )
        return text + " " + self.tr("Close frontdesk and start it again: it checks the database when it starts.")


def _restore(service: BackupService, actor: Actor | None, backup: Path) -> RestoreResult | FailedAfterReplacing | str:
    """The restore's outcome: done, replaced-then-failed, or a refusal in words (nothing changed)."""
    from frontdesk.core.db.restore_checks import FailedAfterReplacing, RestoreRefused

    try:
        return service.restore(actor, backup)  # type: ignore[arg-type]
    except RestoreRefused as refused:
        return restore_refused_text(refused)
    except FailedAfterReplacing as failed:
        return failed


def _writable(folder: Path) -> bool:
    import os

    return folder.is_dir() and os.access(folder, os.W_OK)
