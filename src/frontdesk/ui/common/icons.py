"""Line icons from ``resources/icons``, drawn in a chosen colour (the SVGs use ``currentColor``)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from frontdesk import paths

MUTED = "#4A5D6E"
ACCENT = "#1F6F8B"


def pixmap(name: str, size: int, color: str = MUTED) -> QPixmap:
    """``name``.svg rendered at ``size`` device-independent pixels, sharp on high-DPI screens.

    Cached: the resident card redraws its alert icons on every keystroke, and rendering an SVG costs ~0.8 ms.
    """
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    return QPixmap(_render(name, size, color, ratio))  # a copy: callers may paint on theirs


@lru_cache(maxsize=256)
def _render(name: str, size: int, color: str, ratio: float) -> QPixmap:
    svg = paths.resource("icons", f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QPixmap(int(size * ratio), int(size * ratio))
    result.fill(QColor(0, 0, 0, 0))  # transparent (Qt.GlobalColor would build all of Qt's enums: see widgets)
    painter = QPainter(result)
    renderer.render(painter, QRectF(0, 0, result.width(), result.height()))
    painter.end()
    result.setDevicePixelRatio(ratio)
    return result


def small_icon(name: str, color: str = MUTED, size: int = 20) -> QIcon:
    """One size, one colour: for buttons, tabs and table cells (cheaper than :func:`icon`'s eight renderings)."""
    return QIcon(pixmap(name, size, color))


def icon(name: str, color: str = MUTED, checked_color: str = ACCENT) -> QIcon:
    result = QIcon()
    for size in (16, 24, 32, 48):
        result.addPixmap(pixmap(name, size, color), QIcon.Mode.Normal, QIcon.State.Off)
        result.addPixmap(pixmap(name, size, checked_color), QIcon.Mode.Normal, QIcon.State.On)
    return result
