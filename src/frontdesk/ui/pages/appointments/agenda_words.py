"""The agenda's words: appointment and queue statuses (a mark and a word, so they read in black and white too), the
refusals of the station's services, and the public holidays' names."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from frontdesk.ui.common.day_words import holiday_text  # noqa: F401 (said here too)
from frontdesk.ui.pages.appointments import booking_words

GREEN = QColor("#1b7a3a")
AMBER = QColor("#9a6200")
BLUE = QColor("#1f5fa8")
GREY = QColor("#6b6b6b")


def status_text(status: str) -> str:
    """已预约 / 已到 / 服务中 / 已完成 / 已取消 / 未到, each with a mark of its own."""
    return {
        "booked": QCoreApplication.translate("Agenda", "○ Booked"),
        "arrived": QCoreApplication.translate("Agenda", "● Arrived"),
        "in_service": QCoreApplication.translate("Agenda", "▶ In service"),
        "completed": QCoreApplication.translate("Agenda", "✓ Completed"),
        "cancelled": QCoreApplication.translate("Agenda", "✕ Cancelled"),
        "no_show": QCoreApplication.translate("Agenda", "! Did not come"),
    }.get(status, status)


def status_colour(status: str) -> QColor | None:
    return {"arrived": GREEN, "in_service": BLUE, "completed": GREY, "cancelled": GREY, "no_show": AMBER}.get(status)


def queue_status_text(status: str) -> str:
    return {
        "waiting": QCoreApplication.translate("Agenda", "Waiting"),
        "called": QCoreApplication.translate("Agenda", "▶ Called"),
        "done": QCoreApplication.translate("Agenda", "✓ Done"),
        "left": QCoreApplication.translate("Agenda", "Left"),
    }.get(status, status)


def wait_status_text(status: str) -> str:
    return {
        "waiting": QCoreApplication.translate("Agenda", "Waiting"),
        "offered": QCoreApplication.translate("Agenda", "Place offered"),
        "booked": QCoreApplication.translate("Agenda", "✓ Booked"),
        "withdrawn": QCoreApplication.translate("Agenda", "Withdrawn"),
    }.get(status, status)


def queue_number(number: int | None) -> str:
    return "" if number is None else f"{number:03d}"


def day_title(day: date) -> str:
    """周二 12月8日: the booking dialog's words."""
    return booking_words.day_text(day)


def day_lines(day: date) -> str:
    """The week view's column title on two lines, the weekday over the date: a seventh of a small screen."""
    return f"{booking_words.weekday_text(day.weekday())}\n{day.month}/{day.day}"


def slot_when(at: datetime) -> str:
    return QCoreApplication.translate("Agenda", "{month}/{day} {time}").format(
        month=at.month, day=at.day, time=f"{at:%H:%M}"
    )


def series_text(position: int | None) -> str:
    if position is None:
        return ""
    return QCoreApplication.translate("Agenda", "No. {n}").format(n=position)  # 第n次


def refusal_text(code: str, params: dict | None = None) -> str:
    """What the desk is told when the station refuses (never the code): the booking dialog's words."""
    return booking_words.refusal_words(code, params)
