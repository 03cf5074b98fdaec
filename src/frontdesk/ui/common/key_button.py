"""A button that names its key ("签到  Enter") when there is room and says only its words when there is not.

The key hint is a help for new staff, not the button's meaning: on a narrow screen (1024×768 at 150 %) or with large
text the words must show whole rather than "签到 Ente". The tooltip always names the key.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget


class KeyButton(QPushButton):
    def __init__(self, words: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(words, parent)
        self._words = words
        self._with_key = f"{words}  {key}"
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # may shrink to the words
        self._row: list[KeyButton] = [self]
        self.setText(self._with_key)

    @staticmethod
    def in_a_row(*buttons: KeyButton) -> None:
        """Buttons side by side name their keys together or not at all (not "签到  Enter" beside a bare "签退")."""
        for button in buttons:
            button._row = list(buttons)

    def words(self) -> str:
        return self._words

    def _hint_for(self, text: str) -> QSize:
        """What :meth:`QPushButton.sizeHint` says for ``text`` (without setting it)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = text
        metrics = self.fontMetrics()
        size = metrics.size(Qt.TextFlag.TextShowMnemonic, text)
        if not option.icon.isNull():
            size = QSize(size.width() + option.iconSize.width() + 4, max(size.height(), option.iconSize.height()))
        option.rect.setSize(size)
        return self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, size, self)

    def sizeHint(self) -> QSize:
        return self._hint_for(self._with_key)

    def minimumSizeHint(self) -> QSize:
        return self._hint_for(self._words)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self._choose()  # a font or style change (large text) changes what fits

    def _room_for_key(self) -> bool:
        return self.isHidden() or self.width() >= self._hint_for(self._with_key).width()

    def _choose(self) -> None:
        with_key = all(button._room_for_key() for button in self._row)
        for button in self._row:
            text = button._with_key if with_key else button._words
            if text != button.text():
                button.setText(text)
