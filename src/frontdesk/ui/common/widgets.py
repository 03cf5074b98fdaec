"""Small widgets shared by the shell and pages.

``QtCore.Qt`` is looked up when needed, not imported: PySide creates the Python enums of the whole ``Qt`` namespace
on first access (~30 ms), and the main window's first frame uses these widgets without needing it.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """A one-line label that shortens its text in the middle when space runs out; the tooltip has it all."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def sizeHint(self) -> QSize:  # room for all of it when there is room…
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 4
        return QSize(width, hint.height())

    def minimumSizeHint(self) -> QSize:  # …and willing to shrink to a few characters when there is not
        return QSize(min(60, self.sizeHint().width()), super().minimumSizeHint().height())

    def full_text(self) -> str:
        return self._full

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.updateGeometry()
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        margins = self.contentsMargins()
        width = max(self.width() - margins.left() - margins.right(), 20)
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(self._full) <= width:
            self.setText(self._full)
        else:
            self.setText(metrics.elidedText(self._full, QtCore.Qt.TextElideMode.ElideMiddle, width))


class WrappedLabel(QLabel):
    """A word-wrapped label that asks for the height its lines take at its width, also where the layout above it
    does not ask for heights by width (a splitter's panel, a scroll area's content)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._hold_height()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._hold_height()

    def _hold_height(self) -> None:
        need = self.heightForWidth(self.width()) if self.width() > 0 else -1
        if need > 0 and need != self.minimumHeight():
            self.setMinimumHeight(need)


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Size a dialog as asked, but never larger than the available area of the screen it opens on (less room for
    a title bar and borders): a 1024×768 screen at 150 % is 683×512."""
    parent = window.parentWidget()
    screen = (parent.window() if parent is not None else window).screen()
    room = screen.availableGeometry().size() - QSize(FRAME_ROOM[0], FRAME_ROOM[1])
    window.resize(QSize(width, height).boundedTo(room).expandedTo(window.minimumSizeHint().boundedTo(room)))


FRAME_ROOM = (16, 40)  # px a window manager's frame may add: borders, and a title bar


def fit_wrapped_height(window: QWidget) -> None:
    """Grow a window to the height its word-wrapped text takes at its width (Qt sizes a top-level window by the
    one-line height of its labels), up to the screen's; call it when the window shows."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    need = layout.totalHeightForWidth(window.width())
    room = window.screen().availableGeometry().height() - FRAME_ROOM[1]
    if need > window.height():
        window.resize(window.width(), min(need, room))


def show_whole_body(window: QWidget, scroll: QWidget, body: QWidget) -> None:
    """Size ``window`` so its scrolling ``body`` (see :func:`scroll_body`) shows whole at the window's width, as far
    as the screen allows: call it when the window shows (the large-text option may have changed since)."""
    layout = window.layout()
    margins = layout.contentsMargins()
    others = layout.totalSizeHint().height() - scroll.sizeHint().height()  # the buttons, margins and spacing
    room = window.width() - margins.left() - margins.right()
    wanted = others + body.layout().totalHeightForWidth(room)
    resize_within_screen(window, window.width(), max(window.height(), wanted))


def scroll_body(body: QWidget, name: str) -> QWidget:
    """``body`` in a frameless scroll area that scrolls down only: a dialog's text where the screen may be short."""
    from PySide6.QtWidgets import QFrame, QScrollArea

    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(body)
    return scroll
