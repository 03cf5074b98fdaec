"""导出表格: any table of the desk to an .xlsx workbook or a .csv file (UTF-8 with BOM), audited.

A page gives a table an entry 导出表格… (context menu and Ctrl+Shift+E) with :func:`add_export_action`, or starts an
export of its own with :meth:`TableExport.export_table` (a report's table, the register). What is written is what the
table shows — its header and each row's text, masked numbers as they are masked on screen — except that a model may
give a cell's typed value (a number, a date) under :data:`EXPORT_ROLE`; a number the model itself gives as DisplayRole
stays a number. Text is never turned into a number: a card or phone number of digits stays exactly those digits.

The file is chosen in the system's save dialog (.xlsx first, .csv offered; the desk remembers the folder), then the
export runs on the database worker: the table is read (when it comes from the database), the 操作日志 entry is written
(:meth:`~frontdesk.core.services.exports.ExportService.record_table`) *before* the file, so nothing leaves the program
unrecorded, and the file is written by :mod:`frontdesk.core.spreadsheets.writing` (text never a formula). The outcome
is said in a message that offers to open the folder; a file that cannot be written (open in Excel, disk full) is said
in words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox, QWidget

from frontdesk.ui.common import export_words as words

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.errors import EnvironmentProblem, RuleViolation
    from frontdesk.core.spreadsheets.writing import Cell, SheetData
    from frontdesk.ui.common.prefs import DeskPrefs
    from frontdesk.ui.common.services import DeskServices
    from frontdesk.ui.common.worker import DatabaseWorker

EXPORT_ROLE = Qt.ItemDataRole.UserRole + 200  # a model's typed value of a cell for a spreadsheet (a number, a date)
SHORTCUT = "Ctrl+Shift+E"
ACTION_NAME = "actionExportTable"
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_TYPED = (int, float, Decimal, date, datetime, time)


@dataclass(frozen=True)
class Exported:
    path: Path
    rows: int


def sheet_from_model(
    model: QAbstractItemModel, title: str, *, heading: str | None = None, notes: tuple[str, ...] = ()
) -> SheetData:
    """The table as a model shows it: the header's texts, then every row's cells (in the model's order, so a sorted
    or filtered proxy exports what is seen). Each cell is the model's :data:`EXPORT_ROLE` value if it gives one, else
    its DisplayRole: kept as it is when a number or a date, otherwise as text. Run on the GUI thread (a model is)."""
    from frontdesk.core.spreadsheets.writing import SheetData

    columns = model.columnCount()
    headers = tuple(
        _text(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)) for c in range(columns)
    )
    rows: list[list[Cell]] = []
    for r in range(model.rowCount()):
        row: list[Cell] = []
        for c in range(columns):
            index = model.index(r, c)
            value = index.data(EXPORT_ROLE)
            if value is None:
                value = index.data(Qt.ItemDataRole.DisplayRole)
            row.append(_cell(value))
        rows.append(row)
    return SheetData(title=title, headers=headers, rows=rows, heading=heading, notes=tuple(notes))


def _cell(value: Any) -> Cell:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, _TYPED):
        return value
    return _text(value)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def file_name(suggested: str) -> str:
    """A name a file system takes: no path separators or characters Windows refuses, no suffix."""
    name = _NOT_IN_FILE_NAMES.sub("_", suggested).strip(" .")
    for suffix in (".xlsx", ".csv"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name or QCoreApplication.translate("TableExport", "table")


class TableExport(QObject):
    """Exports from one page or dialog, one at a time. ``exported`` / ``failed`` tell what became of each."""

    exported = Signal(object)  # Exported
    failed = Signal(str)  # what was said

    def __init__(self, worker: DatabaseWorker, *, prefs: DeskPrefs | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._worker = worker
        self._prefs = prefs
        self._busy = False
        self.last_message: QMessageBox | None = None  # the outcome said last (tests read it)

    @property
    def busy(self) -> bool:
        return self._busy

    def export_table(
        self,
        parent: QWidget,
        sheet: SheetData | Callable[[], SheetData],
        services: DeskServices | None,
        actor: Actor | None,
        suggested_name: str,
        *,
        audited: bool = False,
        suffix: str = ".xlsx",
    ) -> bool:
        """Ask where to save, then export ``sheet`` there: a table already read, or a function that reads it — run
        on the database worker, so it may call services (it must not touch a model). ``audited``: the function
        writes its own audit entry (the register's :meth:`ExportService.residents`); otherwise the export is
        recorded as ``export.table``. ``suffix``: the kind offered first (``.xlsx`` or ``.csv``). False if nothing
        was started (busy, cancelled, nobody signed in)."""
        if self._busy:
            return False
        if services is None or actor is None:
            self._say_refusal(parent, "not_signed_in")
            return False
        path = self.choose_path(parent, suggested_name, suffix=suffix)
        if path is None:
            return False
        exports = services.exports

        def work() -> tuple[SheetData, OSError | None]:
            from frontdesk.core.spreadsheets.writing import write_table

            data = sheet() if callable(sheet) else sheet
            if not audited:  # before the file: nothing leaves the program without its entry
                exports.record_table(data.title, len(data.rows), actor=actor, columns=data.headers)
            try:
                write_table([data], path)
            except OSError as error:  # the file, not the database: said in its own words
                return data, error
            return data, None

        def done(outcome: tuple[SheetData, OSError | None]) -> None:
            data, error = outcome
            if error is not None:
                self.say_not_exported(parent, words.not_written_text(error, str(path)))
                return
            self._succeed(parent, Exported(path, len(data.rows)))

        def refused(violation: RuleViolation) -> None:
            self.say_not_exported(parent, words.refusal_text(violation))

        def trouble(problem: EnvironmentProblem) -> None:
            from frontdesk.ui.failures import problems

            self.say_not_exported(parent, problems.problem_text(problem.kind))

        self._busy = True
        self._worker.run(work, done, refused=refused, trouble=trouble, settled=self._settled)
        return True

    def choose_path(self, parent: QWidget, suggested_name: str, *, suffix: str = ".xlsx") -> Path | None:
        """Where to write, from the system's save dialog: ``suffix``'s kind first, the other offered; a name typed
        without a suffix gets the kind chosen; ``None`` if cancelled."""
        workbook = QCoreApplication.translate("TableExport", "Excel workbook (*.xlsx)")
        text = QCoreApplication.translate("TableExport", "CSV, UTF-8, for Excel and WPS (*.csv)")
        csv_first = suffix.lower() == ".csv"
        start = Path(self._folder()) / (file_name(suggested_name) + (".csv" if csv_first else ".xlsx"))
        chosen, kind = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("TableExport", "Export table"),
            str(start),
            f"{text};;{workbook}" if csv_first else f"{workbook};;{text}",
            text if csv_first else workbook,
        )
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if kind == text else ".xlsx"))
        self._remember(path.parent)
        return path

    def open_folder(self, folder: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- the folder remembered, the outcome said -----------------------------------------------------------------
    def _desk_prefs(self) -> DeskPrefs:
        if self._prefs is None:  # the desk's own file in its data folder (FRONTDESK_HOME in tests)
            from frontdesk import paths
            from frontdesk.ui.common.prefs import DeskPrefs

            self._prefs = DeskPrefs(paths.data_dir())
        return self._prefs

    def _folder(self) -> str:
        remembered = self._desk_prefs().export_folder
        if remembered and Path(remembered).is_dir():
            return remembered
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)

    def _remember(self, folder: Path) -> None:
        self._desk_prefs().export_folder = str(folder)

    def _settled(self) -> None:
        self._busy = False

    def _succeed(self, parent: QWidget, outcome: Exported) -> None:
        box = self._box(parent, QMessageBox.Icon.Information, words.exported_text(outcome.rows, str(outcome.path)))
        box.setObjectName("tableExportDone")
        folder = box.addButton(
            QCoreApplication.translate("TableExport", "Open folder"), QMessageBox.ButtonRole.ActionRole
        )
        folder.setObjectName("tableExportOpenFolder")
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        box.buttonClicked.connect(lambda button: self.open_folder(outcome.path.parent) if button is folder else None)
        box.open()
        self.exported.emit(outcome)

    def say_not_exported(self, parent: QWidget, text: str) -> None:
        """Say why nothing was exported (a warning the user closes)."""
        box = self._box(parent, QMessageBox.Icon.Warning, text)
        box.setObjectName("tableExportFailed")
        box.addButton(QMessageBox.StandardButton.Ok)
        box.open()
        self.failed.emit(text)

    def _say_refusal(self, parent: QWidget, code: str) -> None:
        from frontdesk.core.errors import RuleViolation

        self.say_not_exported(parent, words.refusal_text(RuleViolation(code)))

    def _box(self, parent: QWidget, icon: QMessageBox.Icon, text: str) -> QMessageBox:
        box = QMessageBox(
            icon, QCoreApplication.translate("TableExport", "Export"), text, QMessageBox.StandardButton.NoButton, parent
        )
        box.finished.connect(box.deleteLater)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_message = box
        box.destroyed.connect(lambda _=None: self._forget(box))
        return box

    def _forget(self, box: QMessageBox) -> None:
        if self.last_message is box:
            self.last_message = None


def export_table(
    parent: QWidget,
    sheet: SheetData | Callable[[], SheetData],
    services: DeskServices | None,
    actor: Actor | None,
    suggested_name: str,
    *,
    worker: DatabaseWorker,
    prefs: DeskPrefs | None = None,
    audited: bool = False,
    suffix: str = ".xlsx",
) -> TableExport:
    """One export, for a widget that keeps no :class:`TableExport` of its own (the exporter lives as ``parent``'s
    child); see :meth:`TableExport.export_table`."""
    exporter = TableExport(worker, prefs=prefs, parent=parent)
    exporter.export_table(parent, sheet, services, actor, suggested_name, audited=audited, suffix=suffix)
    return exporter


def add_export_action(
    view: QAbstractItemView,
    title: str | Callable[[], str],
    *,
    exporter: TableExport,
    services: Callable[[], DeskServices | None],
    actor: Callable[[], Actor | None],
    heading: Callable[[], str | None] | None = None,
    suggested_name: Callable[[], str] | None = None,
    reader: Callable[[], Callable[[], SheetData] | None] | None = None,
) -> QAction:
    """Give ``view`` the entry 导出表格… (its context menu, and Ctrl+Shift+E while it has the focus) exporting what it
    shows. A paged table holds only the rows scrolled to: its ``reader`` is asked, on the GUI thread, for the function
    that reads the whole table on the worker (with the filter as it is now; ``None``: nothing to export). A view
    with a context menu of its own keeps it: add the returned action to that menu."""
    action = QAction(QCoreApplication.translate("TableExport", "Export table…"), view)
    action.setObjectName(ACTION_NAME)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setShortcutVisibleInContextMenu(True)
    shortcut = QKeySequence(SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
    action.setToolTip(
        QCoreApplication.translate("TableExport", "Save this table as an Excel workbook or a CSV file ({key})").format(
            key=shortcut
        )
    )
    view.addAction(action)
    if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def export() -> None:
        name = title() if callable(title) else title
        source: SheetData | Callable[[], SheetData]
        if reader is not None:
            read = reader()
            if read is None:
                return
            source = read
        else:
            model = view.model()
            if model is None or model.rowCount() == 0:
                exporter.say_not_exported(
                    view, QCoreApplication.translate("TableExport", "The table is empty: nothing to export.")
                )
                return
            source = sheet_from_model(model, name, heading=heading() if heading is not None else None)
        exporter.export_table(view, source, services(), actor(), suggested_name() if suggested_name else name)

    action.triggered.connect(export)
    return action


class PageExports:
    """The export entries of one page or dialog: one :class:`TableExport`, the page's services and actor as they
    are when an export starts, and each file named after its table and the day (在馆 2026-11-28)."""

    def __init__(
        self,
        worker: DatabaseWorker,
        parent: QWidget,
        *,
        services: Callable[[], DeskServices | None],
        actor: Callable[[], Actor | None],
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.exporter = TableExport(worker, parent=parent)
        self._services = services
        self._actor = actor
        self._clock = clock
        self.actions: dict[str, QAction] = {}  # by the view's objectName

    def add(
        self,
        view: QAbstractItemView,
        title: str | Callable[[], str],
        *,
        heading: Callable[[], str | None] | None = None,
        reader: Callable[[], Callable[[], SheetData] | None] | None = None,
    ) -> QAction:
        """:func:`add_export_action` for ``view``, with this page's exporter, services and actor."""

        def name() -> str:
            text = title() if callable(title) else title
            return f"{text} {self._clock().date().isoformat()}" if self._clock is not None else text

        action = add_export_action(view, title, exporter=self.exporter, services=self._services, actor=self._actor,
                                   heading=heading, suggested_name=name, reader=reader)  # fmt: skip
        self.actions[view.objectName()] = action
        return action
