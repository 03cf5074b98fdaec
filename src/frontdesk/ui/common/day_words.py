"""Days and times as the desk says them (12月8日 周二 · 09:00), shared by the pages that schedule: the care
station's bookings and the classes. The words keep the "Booking" context they were first translated in.

Plain values only, so this imports without SQLAlchemy.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

WEEKDAYS = (  # 周一 … 周日
    QT_TRANSLATE_NOOP("Booking", "Mon"),
    QT_TRANSLATE_NOOP("Booking", "Tue"),
    QT_TRANSLATE_NOOP("Booking", "Wed"),
    QT_TRANSLATE_NOOP("Booking", "Thu"),
    QT_TRANSLATE_NOOP("Booking", "Fri"),
    QT_TRANSLATE_NOOP("Booking", "Sat"),
    QT_TRANSLATE_NOOP("Booking", "Sun"),
)


def weekday_text(weekday: int) -> str:
    return QCoreApplication.translate("Booking", WEEKDAYS[weekday])


def day_text(day: date) -> str:
    """12月8日 周二."""
    return QCoreApplication.translate("Booking", "{weekday} {month}/{day}").format(
        month=day.month, day=day.day, weekday=weekday_text(day.weekday())
    )


def time_text(moment: datetime) -> str:
    return f"{moment:%H:%M}"
