"""报名与出勤 in the desk's words: every refusal of the enrollment service (course full, already enrolled, session not
today…), never a code. Used by the enrollment dialog, the roster and the door scan.

Plain values only (codes, ints, dates), so this imports without SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.ui.common.day_words import day_text

CONTEXT = "Enrollment"

# RuleViolation codes of EnrollmentService → words; {title}, {name}, {capacity}, {free}, {waiting}, {position},
# {max}, {day}, {reason} come from the refusal's params where it has them.
REFUSALS: dict[str, str] = {
    "course_full": QT_TRANSLATE_NOOP(
        "Enrollment",
        "{title} is full ({capacity} places, {free} free, {waiting} waiting). Put them on the waiting list?",
    ),  # 已满，可候补
    "already_enrolled": QT_TRANSLATE_NOOP("Enrollment", "{name} is already enrolled in {title}."),
    "already_waiting": QT_TRANSLATE_NOOP(
        "Enrollment", "{name} is already on the waiting list for {title} (number {position})."
    ),
    "already_withdrawn": QT_TRANSLATE_NOOP("Enrollment", "This enrollment was already withdrawn."),
    "too_many_companions": QT_TRANSLATE_NOOP("Enrollment", "{title} allows at most {max} companions per resident."),
    "companions_out_of_range": QT_TRANSLATE_NOOP("Enrollment", "Companions: 0 to {max}."),
    "reason_required": QT_TRANSLATE_NOOP("Enrollment", "Say why they withdraw."),
    "reason_too_long": QT_TRANSLATE_NOOP("Enrollment", "The reason can be at most {max} characters."),
    "not_vocational": QT_TRANSLATE_NOOP("Enrollment", "{title} is not a vocational course: it records no outcome."),
    "employer_required": QT_TRANSLATE_NOOP("Enrollment", "Enter the employer."),
    "employer_too_long": QT_TRANSLATE_NOOP("Enrollment", "The employer can be at most {max} characters."),
    "employed_in_future": QT_TRANSLATE_NOOP("Enrollment", "The day they started work cannot be in the future."),
    "never_enrolled": QT_TRANSLATE_NOOP("Enrollment", "They never had a place in this course: no outcome to record."),
    "course_not_found": QT_TRANSLATE_NOOP("Enrollment", "This course is no longer there."),
    "course_inactive": QT_TRANSLATE_NOOP("Enrollment", "{title} has ended: it takes no more enrollments."),
    "enrollment_not_found": QT_TRANSLATE_NOOP("Enrollment", "This enrollment is no longer there."),
    "resident_not_found": QT_TRANSLATE_NOOP("Enrollment", "This resident's record is no longer there."),
    "resident_archived": QT_TRANSLATE_NOOP("Enrollment", "{name}'s record is archived: restore it to enroll."),
    "session_not_found": QT_TRANSLATE_NOOP("Enrollment", "This class session is no longer there."),
    "session_cancelled": QT_TRANSLATE_NOOP("Enrollment", "This session was cancelled ({reason}): nobody attends it."),
    "session_not_today": QT_TRANSLATE_NOOP("Enrollment", "This session is on {day}, not today."),
    "session_not_yet": QT_TRANSLATE_NOOP("Enrollment", "This session is on {day}: it cannot be ticked before then."),
    "not_signed_in": QT_TRANSLATE_NOOP("Enrollment", "Sign in first."),
    "not_allowed": QT_TRANSLATE_NOOP("Enrollment", "Your role may not do this."),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def refusal_text(code: str, params: Mapping[str, object] | None = None) -> str:
    """The refusal in words (书法班已满（20 个名额，余 0，候补 3 人）…); an unknown code says to try again."""
    params = params or {}
    text = REFUSALS.get(code)
    if text is None:
        return QCoreApplication.translate("Enrollment", "This could not be done. Please try again.")
    day = params.get("day")
    return tr(text).format(
        title=params.get("title", ""),
        name=params.get("name", ""),
        capacity=params.get("capacity", ""),
        free=params.get("free", ""),
        waiting=params.get("waiting", ""),
        position=params.get("position", ""),
        max=params.get("max", ""),
        day=day_text(day) if isinstance(day, date) else "",
        reason=params.get("reason") or "",
    )


def scan_text(
    status: str, name: str, *, present: int, people: int, capacity: int, waiting: bool = False, may_admit: bool = False
) -> str:
    """A door scan said in words (:class:`~frontdesk.core.services.enrollments.DoorScanResult`'s status and counts):
    王秀兰 签到 · 已到 12 人（共 15 人）/ 30."""
    count = QCoreApplication.translate("Enrollment", "{present} here ({people} with companions) of {capacity}").format(
        present=present, people=people, capacity=capacity
    )
    if status == "present":
        text = QCoreApplication.translate("Enrollment", "{name} is in").format(name=name)
    elif status == "admitted":
        text = QCoreApplication.translate("Enrollment", "{name} let in and registered").format(name=name)
    elif status == "already":
        text = QCoreApplication.translate("Enrollment", "{name} was already ticked").format(name=name)
    elif waiting:
        text = QCoreApplication.translate("Enrollment", "{name} is on the waiting list, not enrolled").format(name=name)
    elif may_admit:
        text = QCoreApplication.translate("Enrollment", "{name} is not registered: room to let them in")
        text = text.format(name=name)
    else:
        text = QCoreApplication.translate("Enrollment", "{name} is not enrolled in this class").format(name=name)
    return QCoreApplication.translate("Enrollment", "{text} · {count}").format(text=text, count=count)
