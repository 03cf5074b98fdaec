"""The residents page's status line: what the last action did, in words; colour and a side bar say the same.

It may carry one follow-up action (撤销合并 after a merge, 返回填写 for a form set aside), shown as a button.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Tone(StrEnum):
    HINT = "hint"  # neutral
    OK = "ok"  # done (green)
    WARNING = "warning"  # look again (amber)
    REFUSAL = "refusal"  # refused or not done (red)


class StatusLine(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("residentsStatus")
        self.tone = Tone.HINT
        self.label = QLabel()
        self.label.setObjectName("residentsStatusText")
        self.label.setWordWrap(True)
        self.action = QPushButton()
        self.action.setObjectName("residentsStatusAction")
        self.action.hide()
        self.action.clicked.connect(self._act)
        self._callback: Callable[[], None] | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 8, 4)
        row.setSpacing(10)
        row.addWidget(self.label, 1)
        row.addWidget(self.action)
        self.say("", Tone.HINT)

    def text(self) -> str:
        return self.label.text()

    def say(self, text: str, tone: Tone = Tone.OK, *, action: tuple[str, Callable[[], None]] | None = None) -> None:
        self.tone = tone
        self.label.setText(text)
        self.setProperty("tone", str(tone))
        self.style().unpolish(self)
        self.style().polish(self)
        if action is None:
            self._callback = None
            self.action.hide()
        else:
            self.action.setText(action[0])
            self._callback = action[1]
            self.action.show()

    def _act(self) -> None:
        callback, self._callback = self._callback, None
        self.action.hide()
        if callback is not None:
            callback()
