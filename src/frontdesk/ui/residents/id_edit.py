"""The form's ID number box: masked on edit until 显示 is pressed; typing into the masked value replaces it."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

_CLEARING_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


class IdState(enum.Enum):
    NEW = "new"  # what the box holds is the number to save (a new resident, or a replaced number)
    MASKED = "masked"  # the stored number, shown masked: saving keeps it
    REVEALED = "revealed"  # the stored number, shown in full after 显示: saving keeps it unless it is edited


class IdNumberEdit(QLineEdit):
    replaced = Signal()  # the masked number gave way to typing: a new number is being entered

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = IdState.NEW
        self._shown = ""  # the stored number as shown (masked or in full)
        self.setMaxLength(24)  # room for spaces staff may type between groups of digits

    def show_stored(self, masked: str) -> None:
        """Edit form: the stored number, masked ("" when there is none: then anything typed is new)."""
        self._shown = masked
        self.state = IdState.MASKED if masked else IdState.NEW
        self.setText(masked)

    def show_revealed(self, number: str) -> None:
        self._shown = number
        self.state = IdState.REVEALED
        self.setText(number)

    def value(self) -> str | None:
        """The ID number to save: ``None`` keeps the stored one (the service's convention)."""
        if self.state is IdState.MASKED:
            return None
        if self.state is IdState.REVEALED and self.text() == self._shown:
            return None
        return self.text()

    def is_new(self) -> bool:
        return self.value() is not None

    # -- the masked value gives way to whatever is typed ---------------------------------------------------------
    def _replace_masked(self) -> None:
        self.state = IdState.NEW
        self._shown = ""
        self.clear()
        self.replaced.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state is IdState.MASKED and (
            (event.text() and event.text().isprintable())
            or event.key() in _CLEARING_KEYS
            or event.matches(QKeySequence.StandardKey.Paste)
            or event.matches(QKeySequence.StandardKey.Cut)
        ):
            self._replace_masked()
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if self.state is IdState.MASKED and (event.commitString() or event.preeditString()):
            self._replace_masked()
        super().inputMethodEvent(event)
