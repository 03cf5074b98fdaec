"""Days and times as the desk says them (12月8日 周二 · 09:00, 星期二), shared by the pages that schedule: the care
station's bookings and the classes. The words keep the contexts they were first translated in.

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

WEEKDAY_NAMES = (  # 星期一 … 星期日: in forms and tables, where there is room for the whole word
    QT_TRANSLATE_NOOP("Catalogue", "Monday"),
    QT_TRANSLATE_NOOP("Catalogue", "Tuesday"),
    QT_TRANSLATE_NOOP("Catalogue", "Wednesday"),
    QT_TRANSLATE_NOOP("Catalogue", "Thursday"),
    QT_TRANSLATE_NOOP("Catalogue", "Friday"),
    QT_TRANSLATE_NOOP("Catalogue", "Saturday"),
    QT_TRANSLATE_NOOP("Catalogue", "Sunday"),
)


def weekday_word(weekday: int) -> str:
    """星期二 (the whole word)."""
    if 0 <= weekday < len(WEEKDAY_NAMES):
        return QCoreApplication.translate("Catalogue", WEEKDAY_NAMES[weekday])
    return str(weekday)


def weekday_text(weekday: int) -> str:
    return QCoreApplication.translate("Booking", WEEKDAYS[weekday])


def day_text(day: date) -> str:
    """12月8日 周二."""
    return QCoreApplication.translate("Booking", "{weekday} {month}/{day}").format(
        month=day.month, day=day.day, weekday=weekday_text(day.weekday())
    )


def time_text(moment: datetime) -> str:
    return f"{moment:%H:%M}"


def holiday_text(name: str | None) -> str:
    """The holiday's name as chinese-calendar gives it (in English), in the desk's words; closed days without one
    are 休息."""
    known = {
        "New Year's Day": QCoreApplication.translate("Agenda", "New Year's Day"),
        "Spring Festival": QCoreApplication.translate("Agenda", "Spring Festival"),
        "Tomb-sweeping Day": QCoreApplication.translate("Agenda", "Tomb-sweeping Day"),
        "Labour Day": QCoreApplication.translate("Agenda", "Labour Day"),
        "Dragon Boat Festival": QCoreApplication.translate("Agenda", "Dragon Boat Festival"),
        "National Day": QCoreApplication.translate("Agenda", "National Day"),
        "Mid-autumn Festival": QCoreApplication.translate("Agenda", "Mid-autumn Festival"),
    }
    if name is None:
        return QCoreApplication.translate("Agenda", "Closed")
    return known.get(name, name)
