"""The booking dialog's words: days and slots as the desk says them (12月8日 周二 · 09:00 · 钱理疗师 · 余 3), what was
booked, and every refusal of the appointment and station services in the staff's words — never a code.

Plain values only (codes, ints, datetimes), so this imports without SQLAlchemy.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.common.day_words import WEEKDAYS, day_text, time_text, weekday_text  # noqa: F401 (said here too)

if TYPE_CHECKING:
    from frontdesk.core.errors import RuleViolation

CONTEXT = "Booking"

# RuleViolation codes of AppointmentService and StationService → words; {service}, {time}, {day}, {name}, {max},
# {places}, {days} come from the refusal's params where it has them.
REFUSALS: dict[str, str] = {
    "slot_full": QT_TRANSLATE_NOOP(
        "Booking", "Full: another desk took the last place a moment ago. Choose another time."
    ),  # 已满
    "appointment_overlap": QT_TRANSLATE_NOOP(
        "Booking", "{name} already has an appointment then ({service} {time}). Choose another time."
    ),  # 该时段已有预约
    "slot_not_served": QT_TRANSLATE_NOOP("Booking", "The station does not serve {service} then (a day off or leave)."),
    "slot_in_past": QT_TRANSLATE_NOOP("Booking", "That time has already passed."),
    "too_far_ahead": QT_TRANSLATE_NOOP("Booking", "Appointments can be made at most {days} days ahead."),
    "resident_not_found": QT_TRANSLATE_NOOP("Booking", "This resident's record is no longer there."),
    "resident_archived": QT_TRANSLATE_NOOP("Booking", "{name}'s record is archived: restore it to book."),
    "service_not_found": QT_TRANSLATE_NOOP("Booking", "This service is no longer offered."),
    "series_no_weekdays": QT_TRANSLATE_NOOP("Booking", "Tick at least one weekday."),
    "series_weeks_range": QT_TRANSLATE_NOOP("Booking", "A series runs 1 to {max} weeks."),
    "series_too_long": QT_TRANSLATE_NOOP("Booking", "A series holds at most {max} appointments."),
    "series_nothing_bookable": QT_TRANSLATE_NOOP("Booking", "None of the dates can be booked."),
    "appointment_not_found": QT_TRANSLATE_NOOP("Booking", "This appointment is no longer there."),
    "appointment_not_changeable": QT_TRANSLATE_NOOP("Booking", "This appointment can no longer be changed."),
    "cancel_reason_missing": QT_TRANSLATE_NOOP("Booking", "Say why the appointment is cancelled."),
    "cancel_reason_too_long": QT_TRANSLATE_NOOP("Booking", "The reason can be at most {max} characters."),
    "status_step_refused": QT_TRANSLATE_NOOP("Booking", "This appointment's status cannot change that way."),
    "already_waiting": QT_TRANSLATE_NOOP("Booking", "{name} is already on the waiting list for {service} that day."),
    "places_free": QT_TRANSLATE_NOOP("Booking", "That day still has free places: book one instead."),
    "day_not_served": QT_TRANSLATE_NOOP("Booking", "The station does not serve {service} that day."),
    "waitlist_day_past": QT_TRANSLATE_NOOP("Booking", "That day is over: its waiting list is closed."),
    "already_in_queue": QT_TRANSLATE_NOOP("Booking", "{name} is already in the station's queue (number {number})."),
    "waitlist_entry_closed": QT_TRANSLATE_NOOP("Booking", "This waiting-list place is no longer open."),
    "waitlist_entry_not_found": QT_TRANSLATE_NOOP("Booking", "This waiting-list place is no longer there."),
    "status_not_settable": QT_TRANSLATE_NOOP("Booking", "That status cannot be set by hand."),
    "day_not_over": QT_TRANSLATE_NOOP(
        "Booking", "The day's last slot has not ended yet: mark who did not come after it."
    ),
    "appointment_not_no_show": QT_TRANSLATE_NOOP("Booking", "That appointment is not marked as not come."),
    "queue_entry_not_found": QT_TRANSLATE_NOOP("Booking", "That queue number is no longer there."),
    "queue_entry_closed": QT_TRANSLATE_NOOP("Booking", "That queue number has already been served or has left."),
    "offer_wrong_day": QT_TRANSLATE_NOOP("Booking", "Offer a place on the day the resident is waiting for."),
    "note_too_long": QT_TRANSLATE_NOOP("Booking", "The note can be at most {max} characters."),
    "not_a_series": QT_TRANSLATE_NOOP("Booking", "This appointment is not part of a series."),
    "series_move_refused": QT_TRANSLATE_NOOP(
        "Booking", "Nothing was moved: not every date can take that time ({dates}). Choose another time."
    ),
}

# A date of a series that cannot be booked, said short beside it (已满, 休息日, 与其他预约冲突…).
PROBLEMS: dict[str, str] = {
    "slot_full": QT_TRANSLATE_NOOP("Booking", "full"),
    "slot_not_served": QT_TRANSLATE_NOOP("Booking", "closed that day"),
    "appointment_overlap": QT_TRANSLATE_NOOP("Booking", "clashes with another appointment"),
    "slot_in_past": QT_TRANSLATE_NOOP("Booking", "already passed"),
    "too_far_ahead": QT_TRANSLATE_NOOP("Booking", "too far ahead"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def free_text(free: int) -> str:
    """余 3, or 已满."""
    if free <= 0:
        return QCoreApplication.translate("Booking", "full")
    return QCoreApplication.translate("Booking", "{count} left").format(count=free)


def price_text(cents: int) -> str:
    if cents <= 0:
        return QCoreApplication.translate("Booking", "free of charge")
    return QCoreApplication.translate("Booking", "¥{amount}").format(amount=f"{cents / 100:g}")


def service_text(name: str, duration_min: int, fasting: bool, price_cents: int) -> str:
    """理疗 · 30 分钟 · 需空腹 · ¥20 (the name first: typing its first character finds it)."""
    parts = [name, QCoreApplication.translate("Booking", "{minutes} min").format(minutes=duration_min)]
    if fasting:
        parts.append(QCoreApplication.translate("Booking", "fasting"))
    parts.append(price_text(price_cents))
    return " · ".join(parts)


def booked_text(service: str, starts_at: datetime, person: str | None) -> str:
    """已预约：理疗 12月8日 周二 09:00，钱理疗师."""
    text = QCoreApplication.translate("Booking", "Booked: {service} {day} {time}").format(
        service=service, day=day_text(starts_at.date()), time=time_text(starts_at)
    )
    if person:
        text = QCoreApplication.translate("Booking", "{booked}, {person}").format(booked=text, person=person)
    return text


def series_booked_text(service: str, booked: int, skipped: int) -> str:
    if skipped:
        return QCoreApplication.translate(
            "Booking", "Booked {service} on {count} dates; {skipped} could not be."
        ).format(service=service, count=booked, skipped=skipped)
    return QCoreApplication.translate("Booking", "Booked {service} on {count} dates.").format(
        service=service, count=booked
    )


def series_date_text(day: date, starts_at: datetime, problem: str | None) -> str:
    """One date of a previewed series: 12月8日 周二 09:00 · 可约, or why not."""
    when = f"{day_text(day)} {time_text(starts_at)}"
    if problem is None:
        return QCoreApplication.translate("Booking", "{when} · can be booked").format(when=when)
    why = tr(PROBLEMS[problem]) if problem in PROBLEMS else problem_unknown()
    return QCoreApplication.translate("Booking", "{when} · cannot be booked: {why}").format(when=when, why=why)


def problem_unknown() -> str:
    return QCoreApplication.translate("Booking", "not bookable")


def waitlisted_text(name: str, service: str, day: date, position: int) -> str:
    return QCoreApplication.translate(
        "Booking", "{name} is on the waiting list for {service} on {day} (number {position})."
    ).format(name=name, service=service, day=day_text(day), position=position)


def walked_in_text(service: str, took_slot: bool, number: int) -> str:
    if took_slot:
        return QCoreApplication.translate("Booking", "Walk-in: {service} now, queue number {number}.").format(
            service=service, number=number
        )
    return QCoreApplication.translate(
        "Booking", "Walk-in: no free place now; queue number {number} for {service}."
    ).format(service=service, number=number)


def refusal_text(violation: RuleViolation) -> str:
    """A refusal in words (an unknown code still says something a person can act on)."""
    return refusal_words(violation.code, violation.params)


def refusal_words(code: str, params: dict | None = None) -> str:
    """:func:`refusal_text` from a refusal's code and params (the station's day view words its refusals so too)."""
    params = params or {}
    text = REFUSALS.get(code)
    if text is None:
        return QCoreApplication.translate("Booking", "This could not be done. Please try again.")
    at = params.get("at")
    day = params.get("day")
    values = {
        "service": params.get("service", ""),
        "name": params.get("name", ""),
        "time": time_text(at) if isinstance(at, datetime) else "",
        "day": day_text(day) if isinstance(day, date) else day_text(at.date()) if isinstance(at, datetime) else "",
        "max": params.get("max", ""),
        "places": params.get("places", ""),
        "days": params.get("days", ""),
        "number": params.get("number", ""),
        "dates": "、".join(day_text(day) for day, _code in params.get("dates", ()) if isinstance(day, date)),
    }
    return tr(text).format(**values)
