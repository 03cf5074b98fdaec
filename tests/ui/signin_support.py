"""Helpers shared by the sign-in tests (a module of its own: ``conftest`` names clash between folders)."""

from __future__ import annotations

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

PASSWORD = "desk2026pw"  # the test manager's password (see the ``manager`` fixture)


def commit(widget: QWidget, text: str) -> None:
    """Chinese, as the input method delivers it (QTest.keyClicks aborts on non-ASCII text)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def settle(qtbot, desk) -> None:
    """Wait until what the desk asked of its database worker has come back (sign-in, the lock, the sections)."""
    qtbot.waitUntil(lambda: desk.worker.idle() and desk.gate.settled(), timeout=10_000)
