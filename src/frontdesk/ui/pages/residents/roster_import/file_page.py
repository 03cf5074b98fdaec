"""Step 1, 选择文件: the roster typed, browsed for or dropped; opened on the worker (a big file takes seconds), its
sheet chosen when it has several. A file that cannot be imported is said in words beside the chooser."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from frontdesk.ui.common.fields import error_label, show_error
from frontdesk.ui.common.widgets import WrappedLabel
from frontdesk.ui.failures import problems
from frontdesk.ui.pages.residents.roster_import import words

if TYPE_CHECKING:
    from frontdesk.core.errors import EnvironmentProblem
    from frontdesk.core.importing.plan import ColumnMapping, ImportFileError, SheetTable
    from frontdesk.ui.pages.residents.roster_import.wizard import RosterImportWizard

OPEN = "rosterImport.open"  # a newer open (another file, another sheet) makes the older stale
Opened = tuple["SheetTable", "ColumnMapping"]  # the sheet read, and the mapping detected in it


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    local = [url.toLocalFile() for url in urls if url.isLocalFile()]
    return local[0] if len(local) == 1 else None


class FilePage(QWizardPage):
    def __init__(self, owner: RosterImportWizard) -> None:
        super().__init__()
        self.setObjectName("importFilePage")
        self._owner = owner
        self._opened_for: tuple[str, str | None] | None = None  # the (path, sheet) the owner's table was read from
        self._advance = False  # go on to the columns once the file is read (Next pressed before)
        self.setTitle(self.tr("Choose the roster file"))
        intro = WrappedLabel(
            self.tr(
                "An Excel or WPS table (.xlsx, .xls), an OpenDocument table (.ods) or a .csv file. Type its place, "
                "choose it with Browse…, or drop the file here."
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("The roster file"))
        self.path.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("B&rowse…"))
        self.browse.setObjectName("importBrowse")
        self.browse.setToolTip(self.tr("Choose the roster file (Alt+R)"))
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path)
        self.sheet = QComboBox()
        self.sheet.setObjectName("importSheet")
        self.sheet_label = QLabel(self.tr("&Sheet"))
        self.sheet_label.setBuddy(self.sheet)
        self.busy = QProgressBar()
        self.busy.setObjectName("importFileBusy")
        self.busy.setRange(0, 0)  # busy: how long it takes is not known
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(12)
        self.status = WrappedLabel()
        self.status.setObjectName("importFileStatus")
        self.error = error_label("importFileError")

        chooser = QHBoxLayout()
        chooser.addWidget(file_label)
        chooser.addWidget(self.path, 1)
        chooser.addWidget(self.browse)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet, 1)
        column = QVBoxLayout(self)
        column.addWidget(intro)
        column.addLayout(chooser)
        column.addWidget(self.error)
        column.addLayout(sheet_row)
        column.addWidget(self.busy)
        column.addWidget(self.status)
        column.addStretch(1)
        self._show_sheets(())
        self.busy.hide()
        self.setAcceptDrops(True)

        self.browse.clicked.connect(self.choose)
        self.path.textChanged.connect(self._path_edited)
        self.sheet.activated.connect(self._sheet_chosen)

    # -- choosing -----------------------------------------------------------------------------------------------
    def choose(self) -> None:
        """浏览…: the file dialog; the file chosen is read at once."""
        start = self.path.text().strip() or str(Path.home())
        chosen = self._owner.chooser.roster(start)
        if chosen:
            self.open_path(chosen)

    def open_path(self, path: str, *, advance: bool = False) -> None:
        """Read ``path`` (its first sheet) on the worker."""
        self.path.setText(path)
        self._open(None, advance=advance)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        dropped = _dropped_file(event)
        if dropped is not None:
            event.acceptProposedAction()
            self.open_path(dropped)

    def _path_edited(self) -> None:
        if self._opened_for is not None and self._opened_for[0] != self._typed():
            self._forget()
        self.completeChanged.emit()

    def _sheet_chosen(self, index: int) -> None:
        sheet = self.sheet.itemData(index)
        table = self._owner.table
        if table is not None and sheet != table.sheet:
            self._open(sheet, advance=False)

    def _typed(self) -> str:
        return self.path.text().strip().strip('"')

    # -- reading ------------------------------------------------------------------------------------------------
    def _open(self, sheet: str | None, *, advance: bool) -> None:
        path = self._typed()
        if not path:
            return
        self._advance = advance
        self._forget()
        show_error(self.error, "")
        self.status.setText(self.tr("Reading {name}…").format(name=Path(path).name))
        self.busy.show()
        service, actor = self._owner.service, self._owner.actor

        def work() -> Opened | ImportFileError:
            from frontdesk.core.importing.plan import ImportFileError

            where = Path(path)
            if where.is_dir():
                return ImportFileError("not_a_file")
            if not where.exists():
                return ImportFileError("missing")
            try:
                table = service.open(where, actor=actor, sheet=sheet)
            except ImportFileError as error:
                return error
            except FileNotFoundError:
                return ImportFileError("missing")
            except IsADirectoryError:
                return ImportFileError("not_a_file")
            except OSError:
                return ImportFileError("unreadable")
            return table, service.detect(table)

        self._owner.jobs.run(
            work,
            lambda outcome: self._opened(path, sheet, outcome),
            key=OPEN,
            refused=self._refused,
            trouble=self._trouble,
            settled=self._settled,
            asks_database=False,
        )
        self.completeChanged.emit()

    def _opened(self, path: str, sheet: str | None, outcome: Opened | ImportFileError) -> None:
        if path != self._typed():  # typed on meanwhile
            return
        if not isinstance(outcome, tuple):
            self._advance = False
            self.status.setText("")
            show_error(self.error, words.file_error(outcome.code, outcome.params))
            self.path.setFocus()
            self.path.selectAll()
            return
        table, mapping = outcome
        self._owner.opened(table, mapping)
        self._opened_for = (path, sheet)
        self._show_sheets(table.sheets, table.sheet)
        self.status.setText(self._read_text(table))
        self.completeChanged.emit()
        if self._advance:
            self._advance = False
            self.wizard().next()

    def _read_text(self, table: SheetTable) -> str:
        count = len(table.rows)
        if table.sheet:
            return self.tr("Read {name}, sheet “{sheet}”: {count} rows with something in them.").format(
                name=table.file_name, sheet=table.sheet, count=count
            )
        return self.tr("Read {name}: {count} rows with something in them.").format(name=table.file_name, count=count)

    def _refused(self, refusal) -> None:
        self._advance = False
        self.status.setText("")
        show_error(self.error, words.refusal(refusal))

    def _trouble(self, problem: EnvironmentProblem) -> None:
        self._advance = False
        self.status.setText("")
        show_error(self.error, problems.problem_text(problem.kind))

    def _settled(self) -> None:
        self.busy.setVisible(self._owner.jobs.busy)
        self.completeChanged.emit()

    def _forget(self) -> None:
        """What was read belongs to another file: nothing of it goes on to the next steps."""
        self._opened_for = None
        self._owner.opened(None, None)
        self._show_sheets(())
        self.status.setText("")

    def _show_sheets(self, sheets: tuple[str, ...], current: str = "") -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for name in sheets:
            self.sheet.addItem(name, name)
        self.sheet.setCurrentIndex(max(0, self.sheet.findData(current)))
        self.sheet.blockSignals(False)
        several = len(sheets) > 1
        self.sheet.setVisible(several)
        self.sheet_label.setVisible(several)

    # -- the wizard's questions ---------------------------------------------------------------------------------
    def isComplete(self) -> bool:
        return bool(self._typed()) and not self._owner.jobs.busy

    def validatePage(self) -> bool:
        """Next with the file read goes on; with a file typed but not read yet, it is read first (and goes on by
        itself when it is)."""
        if self._owner.table is not None and self._opened_for is not None and self._opened_for[0] == self._typed():
            return True
        self._open(None, advance=True)
        return False

    def initializePage(self) -> None:
        self.path.setFocus(Qt.FocusReason.OtherFocusReason)
