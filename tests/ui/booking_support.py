"""Driving the booking dialog from the keyboard: the care station of tests/care_station.py on the desk's database."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from frontdesk.core.models import Appointment
from frontdesk.ui.pages.appointments.booking_dialog import BookingDialog

MONDAY = datetime(2026, 12, 7, 8, 0)  # the station opens at 08:30


def commit(widget, text: str) -> None:
    """Chinese, as the input method delivers it."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def focus():
    return QApplication.focusWidget()


def settle(qtbot, dialog: BookingDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10_000)


def key(qtbot, key_, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key_, modifier)


def appointments_of(db, resident_id: int) -> list[Appointment]:
    with db.read() as session:
        rows = session.scalars(
            select(Appointment).where(Appointment.resident_id == resident_id).order_by(Appointment.starts_at)
        ).all()
        session.expunge_all()
        return list(rows)
