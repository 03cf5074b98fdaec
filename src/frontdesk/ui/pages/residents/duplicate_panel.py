"""Shown in the form when saving looks like registering someone twice: who it may be, and what to do about it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from frontdesk.ui.common import resident_words as words

if TYPE_CHECKING:
    from frontdesk.core.services.residents import DuplicateMatch

MAX_SHOWN = 3  # more than this is a search, not a duplicate: the first ones are enough to decide


class DuplicatePanel(QFrame):
    open_existing = Signal(int)  # the resident to open instead
    save_anyway = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatePanel")
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(14, 10, 14, 10)
        self._column.setSpacing(6)
        self.heading = QLabel(self.tr("This person may be registered already. Nothing has been saved yet."))
        self.heading.setObjectName("duplicateHeading")
        self.heading.setWordWrap(True)
        self._column.addWidget(self.heading)
        self._lines = QWidget()  # replaced at every show_matches
        self._column.addWidget(self._lines)
        self.save_button = QPushButton(self.tr("Save anyway"))
        self.save_button.setObjectName("duplicateSaveAnyway")
        self.save_button.setToolTip(self.tr("It is a different person: save this record as well"))
        self.save_button.clicked.connect(self.save_anyway)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("duplicateCancel")
        self.cancel_button.setToolTip(self.tr("Go back to the form and change it"))
        self.cancel_button.clicked.connect(self.dismiss)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        self._column.addLayout(buttons)
        self.open_buttons: list[QPushButton] = []
        self.matches: list[DuplicateMatch] = []
        self.hide()

    def show_matches(self, matches: Sequence[DuplicateMatch]) -> None:
        lines = QWidget()
        column = QVBoxLayout(lines)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        self.matches = list(matches[:MAX_SHOWN])
        self.open_buttons = []
        for match in self.matches:
            text = QLabel(words.duplicate_line(match))
            text.setObjectName("duplicateMatch")
            text.setWordWrap(True)
            button = QPushButton(self.tr("Open existing record"))
            button.setObjectName("duplicateOpen")
            button.setProperty("resident_id", match.resident_id)
            button.setToolTip(self.tr("Open {name}'s record instead; what you typed is kept").format(name=match.name))
            button.clicked.connect(lambda _c=False, rid=match.resident_id: self.open_existing.emit(rid))
            line = QHBoxLayout()
            line.addWidget(text, 1)
            line.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
            column.addLayout(line)
            self.open_buttons.append(button)
        self._column.replaceWidget(self._lines, lines)
        self._lines.deleteLater()
        self._lines = lines
        self.show()
        if self.open_buttons:
            self.open_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
