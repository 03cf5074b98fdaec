"""Words of the 教室与预订 tab: the kinds of booking, a room's hours, when a booking is, and every refusal of
:mod:`frontdesk.core.services.rooms` in the staff's words — a clash with what is in the way and the alternatives
(:mod:`frontdesk.ui.pages.classes.clash_words`), a room edit with what it would strand, bad input at its field.

Plain values only (codes, ints, datetimes), so this imports without SQLAlchemy: the core's enums are keyed by value.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.common.day_words import day_text
from frontdesk.ui.pages.classes import clash_words

if TYPE_CHECKING:
    from frontdesk.core.errors import RuleViolation

CONTEXT = "Rooms"

BOOKING_KINDS: dict[str, str] = {  # BookingKind
    "lecture": QT_TRANSLATE_NOOP("Rooms", "Lecture"),  # 讲座
    "clinic": QT_TRANSLATE_NOOP("Rooms", "Free clinic"),  # 义诊
    "meeting": QT_TRANSLATE_NOOP("Rooms", "Meeting"),  # 会议 (老年居民议事会)
    "event": QT_TRANSLATE_NOOP("Rooms", "Event"),  # 活动
    "other": QT_TRANSLATE_NOOP("Rooms", "Other"),
}

# What stands in the way of a room's edit: a session, a booking, a course (the first of them, by start).
IN_THE_WAY: dict[str, str] = {
    "session": QT_TRANSLATE_NOOP("Rooms", "the class {title} on {when}"),
    "booking": QT_TRANSLATE_NOOP("Rooms", "the booking {title} on {when}"),
    "course": QT_TRANSLATE_NOOP("Rooms", "the course {title} ({need} places)"),
}

REFUSALS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Rooms", "Please fill this in."),
    "too_long": QT_TRANSLATE_NOOP("Rooms", "Too long: at most {max} characters."),
    "invalid_choice": QT_TRANSLATE_NOOP("Rooms", "Choose one from the list."),
    "phone_format": QT_TRANSLATE_NOOP(
        "Rooms", "Not a phone number: an 11-digit mobile, or a landline with its area code (0352-1234567)."
    ),
    "room_name_taken": QT_TRANSLATE_NOOP("Rooms", "A room of this name already exists."),
    "capacity_out_of_range": QT_TRANSLATE_NOOP("Rooms", "Between {minimum} and {maximum} places."),
    "hours_together": QT_TRANSLATE_NOOP("Rooms", "Give both times, or neither for the center's hours."),
    "closes_before_opens": QT_TRANSLATE_NOOP("Rooms", "The room must close after it opens."),
    "room_capacity_in_use": QT_TRANSLATE_NOOP(
        "Rooms", "{count} planned use(s) need more places than that, first {first}. Move them first."
    ),
    "room_hours_in_use": QT_TRANSLATE_NOOP(
        "Rooms", "{count} planned use(s) fall outside those hours, first {first}. Move them first."
    ),
    "room_in_use": QT_TRANSLATE_NOOP(
        "Rooms", "{count} planned use(s) still need this room, first {first}. Move or cancel them first."
    ),
    "room_not_found": QT_TRANSLATE_NOOP("Rooms", "That room is no longer there: refresh the list."),
    "booking_not_found": QT_TRANSLATE_NOOP("Rooms", "That booking is no longer there: refresh the list."),
    "booking_cancelled": QT_TRANSLATE_NOOP("Rooms", "That booking was already cancelled."),
    "booking_in_past": QT_TRANSLATE_NOOP("Rooms", "That time has already passed."),
    "booking_spans_days": QT_TRANSLATE_NOOP("Rooms", "A booking starts and ends on the same day."),
    "ends_before_starts": QT_TRANSLATE_NOOP("Rooms", "It must end after it starts."),
    "prep_out_of_range": QT_TRANSLATE_NOOP("Rooms", "Between {minimum} and {maximum} minutes."),
    "expected_out_of_range": QT_TRANSLATE_NOOP("Rooms", "Between {minimum} and {maximum} people."),
    "cancel_reason_missing": QT_TRANSLATE_NOOP("Rooms", "Say why the booking is cancelled."),
    "cancel_reason_too_long": QT_TRANSLATE_NOOP("Rooms", "The reason can be at most {max} characters."),
    "person_not_found": QT_TRANSLATE_NOOP("Rooms", "That partner's person is no longer registered."),
    "not_allowed": QT_TRANSLATE_NOOP("Rooms", "Only a manager may change the rooms."),
    "not_signed_in": QT_TRANSLATE_NOOP("Rooms", "Please sign in first."),
}
CLASH_CODES = frozenset({"room_taken", "instructor_busy", "room_outside_hours", "room_inactive", "room_too_small"})


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def kind_word(value: str) -> str:
    return t(BOOKING_KINDS[value]) if value in BOOKING_KINDS else value


def hours_text(opens: time | None, closes: time | None) -> str:
    """08:00–21:00, or the center's hours for a room without its own."""
    if opens is None or closes is None:
        return QCoreApplication.translate("Rooms", "Center's hours")
    return f"{opens:%H:%M}–{closes:%H:%M}"


def when_text(starts_at: datetime, ends_at: datetime) -> str:
    """12月8日 周二 14:00–15:30"""
    return f"{day_text(starts_at.date())} {starts_at:%H:%M}–{ends_at:%H:%M}"


def _first(params: Mapping[str, object]) -> str:
    kind = str(params.get("kind", ""))
    starts, ends = params.get("starts_at"), params.get("ends_at")
    when = when_text(starts, ends) if isinstance(starts, datetime) and isinstance(ends, datetime) else ""
    text = IN_THE_WAY.get(kind, IN_THE_WAY["booking"])
    return t(text).format(title=params.get("title", ""), when=when, need=params.get("need", ""))


def refusal_text(violation: RuleViolation) -> str:
    """What a refusal means, in words: a clash with what holds the room and the alternatives; an edit of a room
    with what it would strand; bad input at its field."""
    params = dict(violation.params)
    if violation.code in CLASH_CODES:
        return clash_words.refusal_text(violation.code, params)
    if violation.code not in REFUSALS:
        return QCoreApplication.translate("Rooms", "That could not be saved. Check the form and try again.")
    values = {"max": "", "minimum": "", "maximum": "", "count": ""} | {k: str(v) for k, v in params.items()}
    values["first"] = _first(params)
    return t(REFUSALS[violation.code]).format(**values)
