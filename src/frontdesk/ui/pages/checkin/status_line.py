"""The page's status line: what the last action did, in words, with an icon and colour that say the same, and a
short sound for staff who are looking at the resident rather than the screen. Never a dialog."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QWidget

from frontdesk.ui.common import icons
from frontdesk.ui.pages.checkin.restyle import restyle
from frontdesk.ui.pages.checkin.words import Outcome, Tone

_ICONS = {
    Tone.HINT: ("info", icons.MUTED),
    Tone.OK: ("check-circle", "#2E7D4F"),
    Tone.WARNING: ("attention", "#B7791F"),
    Tone.REFUSAL: ("refusal", "#C0392B"),
}
SECOND_BEEP_MS = 180


class StatusLine(QFrame):
    def __init__(self, *, sound: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinStatus")
        self.sound = sound
        self.tone = Tone.HINT
        self._icon = QLabel()
        self._icon.setObjectName("statusIcon")
        self._text = QLabel()
        self._text.setObjectName("statusText")
        self._text.setWordWrap(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(10)
        row.addWidget(self._icon)
        row.addWidget(self._text, 1)

    def text(self) -> str:
        return self._text.text()

    def say(self, outcome: Outcome, *, cue: bool = True) -> None:
        self.tone = outcome.tone
        name, colour = _ICONS[outcome.tone]
        self._icon.setPixmap(icons.pixmap(name, 22, colour))
        self._text.setText(outcome.text)
        restyle(self, "tone", str(outcome.tone))
        if cue and self.sound and outcome.tone != Tone.HINT:
            QApplication.beep()  # once for done; twice for look again
            if outcome.tone != Tone.OK:
                QTimer.singleShot(SECOND_BEEP_MS, QApplication.beep)
