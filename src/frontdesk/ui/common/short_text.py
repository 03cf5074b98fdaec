"""Widgets with two texts: the long one when there is room, the short one when there is not.

A status figure says "In the building: 12" on a wide screen and "In: 12" on 1024×768 at 150 %: the layout may give
such a widget anything between what its short and its long text need (``minimumSizeHint`` and ``sizeHint``), and
it shows the long text only once its width holds it. The tooltip says it in full.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget


def button_hint(button: QPushButton, text: str) -> QSize:
    """What :meth:`QPushButton.sizeHint` says for ``text``, without setting it."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    option.text = text
    size = button.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)
    if not option.icon.isNull():
        size = QSize(size.width() + option.iconSize.width() + 4, max(size.height(), option.iconSize.height()))
    option.rect.setSize(size)
    return button.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, size, button)


class _Chooses:
    """Chooses its text again when its width or its font changes (large text changes what fits)."""

    def _choose(self) -> None:
        raise NotImplementedError

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # type: ignore[misc]
        self._choose()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # type: ignore[misc]
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._choose()


class ShortButton(_Chooses, QPushButton):
    """A push button with a long and a short text (:meth:`set_texts`)."""

    def __init__(self, long: str = "", short: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(long, parent)
        self._long = long
        self._short = long if short is None else short
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)  # may shrink to the short words

    def set_texts(self, long: str, short: str | None = None) -> None:
        self._long, self._short = long, long if short is None else short
        self.updateGeometry()
        self._choose()

    def long_text(self) -> str:
        return self._long

    def short_text(self) -> str:
        return self._short

    def sizeHint(self) -> QSize:
        return button_hint(self, self._long)

    def minimumSizeHint(self) -> QSize:
        return button_hint(self, self._short)

    def room_for_long(self) -> bool:
        return self.isHidden() or self.width() >= button_hint(self, self._long).width()

    def _choose(self) -> None:
        text = self._long if self.room_for_long() else self._short
        if text != self.text():
            self.setText(text)


class ShortLabel(_Chooses, QLabel):
    """A one-line label with a long and a short text (:meth:`set_texts`)."""

    def __init__(self, long: str = "", short: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(long, parent)
        self._long = long
        self._short = long if short is None else short
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_texts(self, long: str, short: str | None = None) -> None:
        self._long, self._short = long, long if short is None else short
        self.setToolTip(long if long != self._short else "")
        self.updateGeometry()
        self._choose()

    def long_text(self) -> str:
        return self._long

    def _width_for(self, text: str) -> int:
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2 * self.margin() + 2

    def sizeHint(self) -> QSize:
        return QSize(self._width_for(self._long), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        return QSize(self._width_for(self._short), super().minimumSizeHint().height())

    def _choose(self) -> None:
        text = self._long if self.isHidden() or self.width() >= self._width_for(self._long) else self._short
        if text != self.text():
            self.setText(text)
