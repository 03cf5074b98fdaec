"""The agenda's words: appointment and queue statuses (a mark and a word, so they read in black and white too), the
refusals of the station's services, and the public holidays' names."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

GREEN = QColor("#1b7a3a")
AMBER = QColor("#9a6200")
BLUE = QColor("#1f5fa8")
GREY = QColor("#6b6b6b")


def status_text(status: str) -> str:
    """已预约 / 已到 / 服务中 / 已完成 / 已取消 / 未到, each with a mark of its own."""
    tr = QCoreApplication.translate
    return {
        "booked": tr("Agenda", "○ Booked"),
        "arrived": tr("Agenda", "● Arrived"),
        "in_service": tr("Agenda", "▶ In service"),
        "completed": tr("Agenda", "✓ Completed"),
        "cancelled": tr("Agenda", "✕ Cancelled"),
        "no_show": tr("Agenda", "! Did not come"),
    }.get(status, status)


def status_colour(status: str) -> QColor | None:
    return {"arrived": GREEN, "in_service": BLUE, "completed": GREY, "cancelled": GREY, "no_show": AMBER}.get(status)


def queue_status_text(status: str) -> str:
    tr = QCoreApplication.translate
    return {
        "waiting": tr("Agenda", "Waiting"),
        "called": tr("Agenda", "▶ Called"),
        "done": tr("Agenda", "✓ Done"),
        "left": tr("Agenda", "Left"),
    }.get(status, status)


def wait_status_text(status: str) -> str:
    tr = QCoreApplication.translate
    return {
        "waiting": tr("Agenda", "Waiting"),
        "offered": tr("Agenda", "Place offered"),
        "booked": tr("Agenda", "✓ Booked"),
        "withdrawn": tr("Agenda", "Withdrawn"),
    }.get(status, status)


def queue_number(number: int | None) -> str:
    return "" if number is None else f"{number:03d}"


def _weekday(day: date) -> str:
    tr = QCoreApplication.translate
    return (
        tr("Agenda", "Mon"), tr("Agenda", "Tue"), tr("Agenda", "Wed"), tr("Agenda", "Thu"),
        tr("Agenda", "Fri"), tr("Agenda", "Sat"), tr("Agenda", "Sun"),
    )[day.weekday()]  # fmt: skip


def day_lines(day: date) -> str:
    """The week view's column title on two lines, the weekday over the date: a seventh of a small screen."""
    return f"{_weekday(day)}\n{day.month}/{day.day}"


def slot_when(at: datetime) -> str:
    return QCoreApplication.translate("Agenda", "{month}/{day} {time}").format(
        month=at.month, day=at.day, time=f"{at:%H:%M}"
    )


def series_text(position: int | None) -> str:
    if position is None:
        return ""
    return QCoreApplication.translate("Agenda", "No. {n}").format(n=position)  # 第n次


def holiday_text(name: str | None) -> str:
    """The holiday's name as chinese-calendar gives it (in English), in the desk's words; closed days without one
    are 休息."""
    tr = QCoreApplication.translate
    known = {
        "New Year's Day": tr("Agenda", "New Year's Day"),
        "Spring Festival": tr("Agenda", "Spring Festival"),
        "Tomb-sweeping Day": tr("Agenda", "Tomb-sweeping Day"),
        "Labour Day": tr("Agenda", "Labour Day"),
        "Dragon Boat Festival": tr("Agenda", "Dragon Boat Festival"),
        "National Day": tr("Agenda", "National Day"),
        "Mid-autumn Festival": tr("Agenda", "Mid-autumn Festival"),
    }
    if name is None:
        return tr("Agenda", "Closed")
    return known.get(name, name)


def refusal_text(code: str, params: dict | None = None) -> str:
    """What the desk is told when the station refuses (never the code)."""
    tr = QCoreApplication.translate
    params = params or {}
    known = {
        "slot_full": tr("Agenda", "That time is full. Choose another time, or put the resident on the waiting list."),
        "appointment_overlap": tr("Agenda", "The resident already has an appointment at that time."),
        "slot_not_served": tr("Agenda", "The station does not serve at that time. Choose another time."),
        "slot_in_past": tr("Agenda", "That time is already over. Choose a later time."),
        "too_far_ahead": tr("Agenda", "That day is too far ahead to book yet."),
        "resident_not_found": tr("Agenda", "That resident is no longer in the register."),
        "resident_archived": tr("Agenda", "That resident's record is archived; restore it first."),
        "service_not_found": tr("Agenda", "That service is no longer offered."),
        "cancel_reason_missing": tr("Agenda", "Say why the appointment is cancelled."),
        "cancel_reason_too_long": tr("Agenda", "Keep the reason shorter."),
        "appointment_not_found": tr("Agenda", "That appointment is gone; the list is read again."),
        "appointment_not_changeable": tr("Agenda", "This appointment can no longer be changed."),
        "status_step_refused": tr("Agenda", "That step does not follow from the appointment's status."),
        "status_not_settable": tr("Agenda", "That status cannot be set by hand."),
        "day_not_over": tr("Agenda", "The day's last slot has not ended yet; mark who did not come after it."),
        "appointment_not_no_show": tr("Agenda", "That appointment is not marked as not come."),
    }
    text = known.get(code)
    if text is None:
        return tr("Agenda", "The station could not do that. Read the day again and try once more.")
    return text
