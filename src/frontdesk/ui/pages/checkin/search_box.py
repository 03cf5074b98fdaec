"""The one search box: names, initials, phone and ID tails, and the scanner all type into it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from frontdesk.ui.common import icons
from frontdesk.ui.pages.checkin.scan import KeyClock, ScanDetector

# Keys that move the selection in the results while the typing stays here; rows to move for each.
_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}
GLASS_PX = 22
_HELD = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class SearchBox(QLineEdit):
    moved = Signal(int)  # Up/Down/PageUp/PageDown: rows to move the results' selection by
    scanned = Signal(str)  # a card or slip scan, already told apart from typing (see scan.py)

    def __init__(self, *, key_clock: KeyClock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinSearch")
        self.setPlaceholderText(self.tr("Name / pinyin initials / last 4 of phone / last 6 of ID / scan card"))
        self.setToolTip(self.tr("Enter: check in · ↑ ↓: choose · Esc: clear"))
        self.setClearButtonEnabled(True)
        self._glass = QLabel(self)  # drawn here rather than as a line-edit action: those stay 16 px
        self._glass.setPixmap(icons.pixmap("search", GLASS_PX))
        self._glass.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setTextMargins(GLASS_PX + 8, 0, 0, 0)
        self.scan_detector = ScanDetector(key_clock, self)
        self.scan_detector.scanned.connect(self.scanned)
        self.installEventFilter(self.scan_detector)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._glass.move(12, (self.height() - GLASS_PX) // 2)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = _MOVES.get(Qt.Key(event.key()))
        if step is not None and not event.modifiers() & _HELD:
            self.moved.emit(step)
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # returnPressed has done it; the page must not see this Enter a second time
