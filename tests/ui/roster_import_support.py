"""Drives the import wizard like a manager at the desk, and builds the rosters it reads (openpyxl, csv).

Every step the wizard starts runs on the desk's database worker: whatever reads the screen or the database waits
first for the wizard to have nothing under way (:meth:`ImportDriver.settle`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget
from sqlalchemy import select

from frontdesk.core.access import Actor
from frontdesk.core.models import Resident, Role
from frontdesk.ui.pages.residents.roster_import.wizard import RosterImportWizard
from frontdesk.ui.shell.app import Desk

MANAGER = Actor(0, "王静", Role.MANAGER)
FRONT_DESK = Actor(0, "李前台", Role.FRONT_DESK)
HEADER = ("序号", "姓名", "性别", "出生日期", "联系电话", "居住小区", "备注")


def write_roster(path: Path, rows: list[tuple], *, title: str = "局前社区老年人花名册") -> Path:
    """A roster as centers keep them: a merged title row and a date row above the header, then ``rows``."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "花名册"
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append(["填表日期：2026年11月"])
    sheet.append(list(HEADER))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


class FakeChooser:
    """Stands in for the file dialogs: answers with the paths a test sets, records what it was asked."""

    def __init__(self) -> None:
        self.roster_path: str | None = None
        self.rejects_path: str | None = None
        self.suggested: list[str] = []

    def roster(self, start: str) -> str | None:
        return self.roster_path

    def rejects(self, suggested: str) -> str | None:
        self.suggested.append(suggested)
        return self.rejects_path


class ImportDriver:
    def __init__(self, qtbot, desk: Desk) -> None:
        self.qtbot = qtbot
        self.desk = desk
        self.page = desk.residents
        self.db = desk.opened.db  # type: ignore[union-attr]
        self.chooser = FakeChooser()
        desk.window.show()
        qtbot.waitExposed(desk.window)
        desk.window.show_page("residents")
        qtbot.waitUntil(self.page.settled, timeout=10_000)

    # -- opening ------------------------------------------------------------------------------------------------
    def open_wizard(self) -> RosterImportWizard:
        """Ctrl+I on the register."""
        self.page.table.setFocus()
        self.qtbot.keyClick(self.page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
        wizard = self.page.roster_import
        assert wizard is not None, "no import wizard"
        wizard.chooser = self.chooser
        self.qtbot.waitExposed(wizard)
        wizard.activateWindow()  # a window manager does this for a dialog; offscreen Qt may not
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
        self.wizard = wizard
        return wizard

    def settle(self) -> None:
        self.qtbot.waitUntil(lambda: not self.wizard.busy(), timeout=20_000)

    # -- the keyboard -------------------------------------------------------------------------------------------
    @property
    def focus(self) -> QWidget:
        return QApplication.focusWidget()

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        target = self.focus if self.focus is not None and self.focus.window() is self.wizard else self.wizard
        self.qtbot.keyClick(target, key, modifier)

    def type_path(self, path: Path) -> None:
        """The file's place typed into 文件, then Enter: read, and on to the columns."""
        field = self.wizard.file_page.path
        field.setFocus()
        field.clear()
        self.qtbot.keyClicks(field, str(path))
        self.qtbot.keyClick(field, Qt.Key.Key_Return)
        self.settle()

    def next(self, *, moves: bool = True, settle: bool = True) -> None:
        """Alt+N (the commit page's button is 导入, Alt+I). A button's shortcut clicks it a moment later (it shows
        pressed first): wait for the next page (``moves``), or long enough to be sure it stays."""
        before = self.wizard.currentId()
        commit = self.wizard.currentPage().isCommitPage()
        self.key(Qt.Key.Key_I if commit else Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
        if moves:
            self.qtbot.waitUntil(lambda: self.wizard.currentId() != before, timeout=10_000)
        else:
            self.qtbot.wait(400)
        if settle:  # (not during a run, which a test may want to stop)
            self.settle()

    # -- what the screen shows ----------------------------------------------------------------------------------
    def page_name(self) -> str:
        return self.wizard.currentPage().objectName()

    def text(self, name: str) -> str:
        label = self.wizard.findChild(QLabel, name)
        assert label is not None, name
        return label.text() if label.isVisible() else ""

    def combo(self, name: str) -> QComboBox:
        combo = self.wizard.findChild(QComboBox, name)
        assert combo is not None, name
        return combo

    def fields(self) -> list[str | None]:
        """Each column's field as its chooser says."""
        return [combo.currentData() for combo in self.wizard.columns_page.combos]

    def choose_field(self, column: int, field: str | None) -> None:
        """Pick ``field`` in column ``column``'s chooser with the keyboard: focus it, then type until it shows."""
        combo = self.combo(f"importField_{column}")
        combo.setFocus()
        target = combo.findData(field)
        assert target >= 0, field
        while combo.currentIndex() != target:
            self.qtbot.keyClick(combo, Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up)

    def residents(self) -> dict[str, Resident]:
        with self.db.read() as session:
            return {r.name: r for r in session.scalars(select(Resident))}


def born(year: int, month: int, day: int) -> date:
    return date(year, month, day)
