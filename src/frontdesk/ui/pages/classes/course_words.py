"""The 课程 tab's words: course categories, a weekly pattern and a session said short, fees, the reasons a day was
skipped, and what each refusal of the courses service means (a clash said by :mod:`.clash_words`).

Plain values only, so this imports without SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.common.day_words import day_text, weekday_word
from frontdesk.ui.pages.classes import clash_words

if TYPE_CHECKING:
    from frontdesk.core.errors import RuleViolation

CONTEXT = "Courses"

CATEGORIES: dict[str, str] = {
    "arts": QT_TRANSLATE_NOOP("Courses", "Painting and calligraphy"),
    "fitness": QT_TRANSLATE_NOOP("Courses", "Fitness"),
    "dance": QT_TRANSLATE_NOOP("Courses", "Dance"),
    "culture": QT_TRANSLATE_NOOP("Courses", "Culture"),
    "health": QT_TRANSLATE_NOOP("Courses", "Health"),
    "digital": QT_TRANSLATE_NOOP("Courses", "Smartphones"),
    "vocational": QT_TRANSLATE_NOOP("Courses", "Vocational training"),
    "event": QT_TRANSLATE_NOOP("Courses", "Event"),
    "other": QT_TRANSLATE_NOOP("Courses", "Other"),
}

REFUSALS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Courses", "Please fill this in."),
    "too_long": QT_TRANSLATE_NOOP("Courses", "Too long: at most {max} characters."),
    "out_of_range": QT_TRANSLATE_NOOP("Courses", "Give a number from {min} to {max}."),
    "invalid_choice": QT_TRANSLATE_NOOP("Courses", "Choose one from the list."),
    "last_before_first": QT_TRANSLATE_NOOP("Courses", "The last day is before the first."),
    "term_name_taken": QT_TRANSLATE_NOOP("Courses", "There is a term called {name} already."),
    "term_not_found": QT_TRANSLATE_NOOP("Courses", "Choose a term."),
    "room_not_found": QT_TRANSLATE_NOOP("Courses", "Choose a room."),
    "person_not_found": QT_TRANSLATE_NOOP("Courses", "That instructor is no longer on file."),
    "no_meetings": QT_TRANSLATE_NOOP("Courses", "Add at least one weekly meeting."),
    "ends_before_starts": QT_TRANSLATE_NOOP("Courses", "The end must be after the start."),
    "time_format": QT_TRANSLATE_NOOP("Courses", "Type a time like 09:30."),
    "capacity_below_enrolled": QT_TRANSLATE_NOOP(
        "Courses", "{enrolled} places are taken already: the capacity cannot be less."
    ),
    "plan_has_clashes": QT_TRANSLATE_NOOP(
        "Courses", "Not saved: {count} sessions have a problem (listed under Check). The first: {first}"
    ),
    "session_cancelled": QT_TRANSLATE_NOOP("Courses", "This session is cancelled."),
    "session_not_cancelled": QT_TRANSLATE_NOOP("Courses", "This session is not cancelled."),
    "session_not_found": QT_TRANSLATE_NOOP("Courses", "This session is no longer on file."),
    "course_not_found": QT_TRANSLATE_NOOP("Courses", "This course is no longer on file."),
    "not_a_course": QT_TRANSLATE_NOOP("Courses", "An event is not edited here."),
    "not_allowed": QT_TRANSLATE_NOOP("Courses", "Only a manager may do this."),
}

SKIPPED: dict[str, str] = {
    "holiday": QT_TRANSLATE_NOOP("Courses", "public holiday ({name})"),
    "closed": QT_TRANSLATE_NOOP("Courses", "the center is closed"),
}


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def category_text(value: str) -> str:
    return t(CATEGORIES[value]) if value in CATEGORIES else value


def clock_text(value: time | datetime) -> str:
    return f"{value:%H:%M}"


def meeting_text(weekday: int, starts: time, ends: time) -> str:
    """周二 09:00–10:30."""
    return f"{weekday_word(weekday)} {clock_text(starts)}–{clock_text(ends)}"


def pattern_text(meetings: Iterable[tuple[int, time, time]]) -> str:
    return QCoreApplication.translate("Courses", ", ").join(meeting_text(*m) for m in meetings)


def session_text(starts_at: datetime, ends_at: datetime) -> str:
    """12月8日 周二 09:00–10:30."""
    return f"{day_text(starts_at.date())} {clock_text(starts_at)}–{clock_text(ends_at)}"


def fee_text(cents: int) -> str:
    if cents == 0:
        return QCoreApplication.translate("Courses", "free")
    amount = f"{cents / 100:.2f}".rstrip("0").rstrip(".")
    return QCoreApplication.translate("Courses", "¥{amount}").format(amount=amount)


def places_text(enrolled: int, capacity: int, waiting: int) -> str:
    if waiting:
        return QCoreApplication.translate("Courses", "{enrolled}/{capacity} · {waiting} waiting").format(
            enrolled=enrolled, capacity=capacity, waiting=waiting
        )
    return f"{enrolled}/{capacity}"


def skipped_text(reason: str, holiday: str | None) -> str:
    return t(SKIPPED.get(reason, reason)).format(name=holiday or "")


def parse_time(text: str) -> time | None:
    """09:30, 9:30, 0930 or 9 as a time; anything else None."""
    value = text.strip().replace("：", ":")
    try:
        if ":" in value:
            hours, minutes = value.split(":", 1)
            return time(int(hours), int(minutes))
        if value.isdigit() and len(value) <= 2:
            return time(int(value))
        if value.isdigit() and len(value) in (3, 4):
            return time(int(value[:-2]), int(value[-2:]))
    except ValueError:
        return None
    return None


def clash_line(code: str, params: Mapping[str, object], planned: bool) -> str:
    return clash_words.clash_text(code, params, planned=planned)


def refusal_text(violation: RuleViolation) -> str:
    """What a refusal means, in the desk's words; a room-use clash with what is in the way and the alternatives."""
    code, params = violation.code, dict(violation.params)
    if code in clash_words.CLASHES:
        return clash_words.refusal_text(code, params)
    if code == "plan_has_clashes":
        first = params.get("first") or {}
        assert isinstance(first, dict)
        said = ""
        if first:
            starts, ends = first.get("starts_at"), first.get("ends_at")
            when = session_text(starts, ends) if isinstance(starts, datetime) and isinstance(ends, datetime) else ""
            said = f"{when} {clash_line(str(first.get('code')), first, first.get('planned') is not None)}".strip()
        return t(REFUSALS[code]).format(count=params.get("count", ""), first=said)
    if code not in REFUSALS:
        return QCoreApplication.translate("Courses", "That could not be done. Check the form and try again.")
    values = {"max": "", "min": "", "name": "", "enrolled": ""} | {k: str(v) for k, v in params.items()}
    return t(REFUSALS[code]).format(**values)
