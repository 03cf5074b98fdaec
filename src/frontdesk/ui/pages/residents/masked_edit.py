"""The form's boxes for identifiers stored masked (ID number, phone numbers): masked on edit until 显示 is pressed;
typing into the masked value replaces it."""

from __future__ import annotations

import enum

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

_CLEARING_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)
LINE_EDIT_PADDING = 24  # the style sheet's padding and frame, and the cursor's room


class MaskState(enum.Enum):
    NEW = "new"  # what the box holds is the value to save (a new resident, nothing stored, or a replaced value)
    MASKED = "masked"  # the stored value, shown masked: saving keeps it
    REVEALED = "revealed"  # the stored value, shown in full after 显示: saving keeps it unless it is edited


class MaskedLineEdit(QLineEdit):
    """A line edit for a stored identifier the desk sees masked. :meth:`value` is ``None`` while the stored value
    is kept (the service's convention), the text once it has been replaced or edited."""

    replaced = Signal()  # the masked value gave way to typing: a new value is being entered

    def __init__(self, max_length: int, least: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._least = least  # the text the box must show whole however narrow the form (a masked phone number)
        self.state = MaskState.NEW
        self._shown = ""  # the stored value as shown (masked or in full)
        self.setMaxLength(max_length)
        self.textEdited.connect(self._edited)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if not self._least:
            return hint
        margins = self.textMargins()
        room = self.fontMetrics().horizontalAdvance(self._least) + margins.left() + margins.right() + LINE_EDIT_PADDING
        return QSize(max(hint.width(), room), hint.height())

    def show_stored(self, masked: str) -> None:
        """Edit form: the stored value, masked ("" when there is none: then anything typed is new)."""
        self._shown = masked
        self.state = MaskState.MASKED if masked else MaskState.NEW
        self.setText(masked)

    def show_revealed(self, value: str) -> None:
        """The stored value in full (after 显示): still kept on saving unless it is edited."""
        self._shown = value
        self.state = MaskState.REVEALED
        self.setText(value)

    def value(self) -> str | None:
        """The value to save: ``None`` keeps the stored one."""
        if self.state is MaskState.MASKED:
            return None
        if self.state is MaskState.REVEALED and self.text() == self._shown:
            return None
        return self.text()

    def is_new(self) -> bool:
        return self.value() is not None

    # -- the masked value gives way to whatever is typed ---------------------------------------------------------
    def _replace_masked(self) -> None:
        self.state = MaskState.NEW
        self._shown = ""
        self.setText("")  # not clear(): undo must not bring the masked text back as something typed
        self.replaced.emit()

    def _edited(self, _text: str) -> None:
        """An edit the keys below did not catch (the context menu, a drop) turns the masked text into typed text:
        saving then checks what the box shows instead of silently keeping the stored value."""
        if self.state is MaskState.MASKED:
            self.state = MaskState.NEW
            self._shown = ""
            self.replaced.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state is MaskState.MASKED and (
            (event.text() and event.text().isprintable())
            or event.key() in _CLEARING_KEYS
            or event.matches(QKeySequence.StandardKey.Paste)
            or event.matches(QKeySequence.StandardKey.Cut)
        ):
            self._replace_masked()
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if self.state is MaskState.MASKED and (event.commitString() or event.preeditString()):
            self._replace_masked()
        super().inputMethodEvent(event)
