"""Drives the 居民 page like a person at the desk (keys go to whatever has the focus), and reads the database.

The page reads and writes on the desk's database worker: whatever reads what the screen shows, or the database,
waits first for what the page (and its form) started to come back (:meth:`ResidentsDriver.settle`)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QWidget
from sqlalchemy import select

from frontdesk.core.models import AuditEntry, Resident
from frontdesk.ui.pages.residents.form import ResidentForm
from frontdesk.ui.pages.residents.page import ResidentsPage
from frontdesk.ui.shell.app import Desk

STANDARD_EXAMPLE = "11010519491231002X"  # GB 11643's own example: born 1949-12-31, female
WRONG_CHECK_DIGIT = "110105194912310021"


class ResidentsDriver:
    def __init__(self, qtbot, desk: Desk) -> None:
        self.qtbot = qtbot
        self.desk = desk
        self.page: ResidentsPage = desk.residents
        self.db = desk.opened.db  # type: ignore[union-attr]
        desk.window.show()
        qtbot.waitExposed(desk.window)
        self.back_to_window()
        desk.window.show_page("residents")
        self.settle()

    def settle(self) -> None:
        """Wait until nothing the page or its form started is on its way: its outcome is on the screen."""
        self.qtbot.waitUntil(self.page.settled, timeout=10_000)

    def back_to_window(self) -> None:
        """The main window active again (a window manager does this when a dialog closes; offscreen Qt does not)."""
        window = self.desk.window
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # -- the keyboard -------------------------------------------------------------------------------------------
    @property
    def focus(self) -> QWidget:
        return QApplication.focusWidget()

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        assert self.focus is not None, "no widget has the keyboard focus"
        self.qtbot.keyClick(self.focus, key, modifier)

    def enter(self) -> None:
        self.key(Qt.Key.Key_Return)
        self.settle()

    def open_selected(self) -> ResidentForm:
        """Enter in the table: the selected resident's record."""
        self.back_to_window()
        self.page.table.setFocus()
        self.enter()
        return self.wait_form()

    def type(self, text: str) -> None:
        """ASCII, key by key."""
        self.qtbot.keyClicks(self.focus, text)

    def commit(self, text: str) -> None:
        """Chinese, as the input method delivers it: a commit string, not key presses."""
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(self.focus, event)

    # -- the form -----------------------------------------------------------------------------------------------
    def new(self) -> ResidentForm:
        """Ctrl+N, from the table."""
        self.back_to_window()
        self.page.table.setFocus()
        self.key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        return self.wait_form()

    def wait_form(self) -> ResidentForm:
        """The form on screen (once what opens it has been read), with the keyboard focus in it."""
        self.settle()
        form = self.page.form
        assert form is not None
        self.qtbot.waitExposed(form)
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
        return form

    @property
    def form(self) -> ResidentForm:
        assert self.page.form is not None
        return self.page.form

    def field(self, name: str) -> QWidget:
        widget = self.form.findChild(QWidget, f"field_{name}")
        assert widget is not None, name
        return widget

    def click(self, widget: QWidget) -> None:
        """Click ``widget`` on the form as staff would: scrolled into view first (on a small screen the groups are
        one under the other and the form scrolls), a check box on its box (it may be wider than its words)."""
        self.form.scroll.ensureWidgetVisible(widget)
        if isinstance(widget, QCheckBox):
            at = QPoint(min(10, widget.width() // 2), widget.height() // 2)
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=at)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def fill(self, name: str, text: str) -> None:
        """Focus the field and type: Chinese through the input method, anything else key by key."""
        self.field(name).setFocus(Qt.FocusReason.TabFocusReason)
        assert self.focus is self.field(name) or self.field(name).isAncestorOf(self.focus), name
        if text.isascii():
            self.type(text)
        else:
            self.commit(text)

    def leave(self) -> None:
        """Tab on to the next field (a field is checked when it is left)."""
        self.key(Qt.Key.Key_Tab)

    def error(self, name: str) -> str:
        self.settle()
        label = self.form.findChild(QLabel, f"error_{name}")
        assert label is not None, name
        return label.text() if label.isVisible() else ""

    def save(self) -> None:
        self.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        self.settle()

    # -- the page -----------------------------------------------------------------------------------------------
    def status(self) -> str:
        self.settle()
        return self.page.status.text()

    def names(self) -> list[str]:
        self.settle()
        model = self.page.model
        return [model.row(row).name for row in range(model.rowCount())]

    def select(self, *names: str) -> None:
        """Click the first name, Ctrl+click the others."""
        table = self.page.table
        table.clearSelection()
        for number, name in enumerate(names):
            row = self.names().index(name)
            rect = table.visualRect(self.page.model.index(row, 0))
            modifier = Qt.KeyboardModifier.ControlModifier if number else Qt.KeyboardModifier.NoModifier
            table.scrollTo(self.page.model.index(row, 0))
            rect = table.visualRect(self.page.model.index(row, 0))
            self.qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())

    def selected_names(self) -> list[str]:
        self.settle()
        return [row.name for row in self.page.selected_rows()]

    # -- the database -------------------------------------------------------------------------------------------
    def residents(self, *where) -> list[Resident]:
        self.settle()
        with self.db.read() as session:
            rows = session.scalars(select(Resident).where(*where).order_by(Resident.id)).all()
            session.expunge_all()
            return list(rows)

    def audit(self, action: str) -> list[AuditEntry]:
        self.settle()
        with self.db.read() as session:
            rows = session.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()
            session.expunge_all()
            return list(rows)
