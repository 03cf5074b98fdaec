"""The dialogs the program raises on its own (crash, database problem), in one small class tests replace.

Everything here is non-blocking (``open()``) except the start-up message, which must block (there is no window yet
and the program exits after it), and :meth:`Prompts.confirm`, asked before an action that cannot be undone.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtCore
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from frontdesk.ui.failures import problems
from frontdesk.ui.failures.crash import CrashReport

if TYPE_CHECKING:
    from frontdesk.bootstrap import DamagedDatabase
    from frontdesk.core.errors import EnvironmentProblem
    from frontdesk.ui.failures.crash_dialog import CrashDialog

log = logging.getLogger(__name__)


class Confirm(Protocol):
    """What a page or section needs of :class:`Prompts` to ask before something it cannot undo."""

    def confirm(self, title: str, text: str, *, action: str) -> bool: ...


class Prompts:
    def __init__(self) -> None:
        self._crash_dialog: CrashDialog | None = None
        self._problem_box: QMessageBox | None = None

    @staticmethod
    def _parent() -> QWidget | None:
        return QApplication.activeWindow()

    def crash(self, report: CrashReport, *, blocking: bool = False) -> None:
        """Show the crash dialog, or add to the one already open; ``blocking`` only at start-up."""
        from frontdesk.ui.failures.crash_dialog import (
            CrashDialog,  # imported when needed: not part of starting the desk
        )

        if blocking:
            CrashDialog(report).exec()
            return
        if self._crash_dialog is not None and self._crash_dialog.isVisible():
            self._crash_dialog.add_report(report)
            return
        dialog = CrashDialog(report, self._parent())
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_crash_dialog)
        self._crash_dialog = dialog
        dialog.open()

    def _forget_crash_dialog(self) -> None:
        self._crash_dialog = None

    def problem(self, problem: EnvironmentProblem, *, location: str = "", blocking: bool = False) -> None:
        """Say what is wrong with the machine and what to do next; ``blocking`` only at start-up."""
        if not blocking and self._problem_box is not None and self._problem_box.isVisible():
            return  # one message is enough while the same trouble lasts
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            problems.problem_title(),
            problems.problem_text(problem.kind),
            QMessageBox.StandardButton.Ok,
            None if blocking else self._parent(),
        )
        box.setObjectName("problemBox")
        if location:
            box.setInformativeText(problems.location_text(location))
        if blocking:
            box.exec()
            return
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._forget_problem_box)
        self._problem_box = box
        box.open()

    def retry_start(self, problem: EnvironmentProblem, *, location: str = "") -> bool:
        """At start-up: the database cannot be reached (server off, file locked); True to try again. Blocking."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            problems.problem_title(),
            problems.problem_text(problem.kind),
            QMessageBox.StandardButton.NoButton,
            self._parent(),
        )
        box.setObjectName("retryStartBox")
        if location:
            box.setInformativeText(problems.location_text(location))
        translate = QtCore.QCoreApplication.translate
        again = box.addButton(translate("Prompts", "Try again"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Prompts", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(again)
        box.exec()
        return box.clickedButton() is again

    def confirm(self, title: str, text: str, *, action: str) -> bool:
        """Ask before an action that cannot be undone (e.g. checking everyone out at closing time). Blocking: the
        one prompt a page may raise, never on the hot path; tests replace it. ``action`` names the yes button."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self._parent())
        box.setObjectName("confirmBox")
        yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is yes

    def save_pdf_as(self, suggested: str) -> str | None:
        """Where to save a document as PDF (a printer that failed, or 另存为 PDF): a path, or ``None`` if cancelled."""
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self._parent(),
            QtCore.QCoreApplication.translate("Prompts", "Save as PDF"),
            str(Path(folder) / suggested),
            QtCore.QCoreApplication.translate("Prompts", "PDF documents (*.pdf)"),
        )
        if not path:
            return None
        return path if path.lower().endswith(".pdf") else path + ".pdf"

    def choose_picture(self, title: str) -> str | None:
        """A picture file to open (the center's logo): a path, or ``None`` if cancelled."""
        from PySide6.QtCore import QStandardPaths
        from PySide6.QtWidgets import QFileDialog

        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        path, _filter = QFileDialog.getOpenFileName(
            self._parent(), title, folder,
            QtCore.QCoreApplication.translate("Prompts", "Pictures (*.png *.jpg *.jpeg *.bmp *.gif)"),
        )  # fmt: skip
        return path or None

    def choose_printer(self, title: str, printer_name: str = "") -> tuple[str, int] | None:
        """打印…: the system's print dialog, starting on ``printer_name`` ("" the system's default); (printer,
        copies) or ``None``."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        printer.setDocName(title)
        if printer_name:
            printer.setPrinterName(printer_name)
        dialog = QPrintDialog(printer, self._parent())
        dialog.setObjectName("printDialog")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return None
        return printer.printerName(), max(1, printer.copyCount())

    def damaged_database(self, damage: DamagedDatabase) -> bool:
        """At start-up: the database was damaged and set aside; True to restore the newest good backup. Blocking."""
        from frontdesk.ui.failures.damaged_dialog import DamagedDatabaseDialog

        return DamagedDatabaseDialog(damage, self._parent()).exec() == DamagedDatabaseDialog.DialogCode.Accepted

    def _forget_problem_box(self) -> None:
        self._problem_box = None
