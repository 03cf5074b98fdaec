"""The check-in page's words: purposes, alerts, outcomes of actions, durations — in the user's language.

Everything here takes plain values (the purpose's and alert code's strings, ints, datetimes), not core enums, so the
page can be built before SQLAlchemy and the models are imported (the window shows first; see ``ui/startup.py``).
A test checks the keys here against the core's enums.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.core.errors import ProblemKind
from frontdesk.ui.failures import problems

if TYPE_CHECKING:
    from frontdesk.core.errors import RuleViolation
    from frontdesk.core.services.alerts import Alert
    from frontdesk.core.services.visits import CheckInResult, CheckOutResult

CONTEXT = "Checkin"

# 来访事由, in the order of the picker (Alt+1 … Alt+7); the first is the default.
PURPOSES: dict[str, str] = {
    "activity": QT_TRANSLATE_NOOP("Checkin", "Activity"),  # 活动
    "class": QT_TRANSLATE_NOOP("Checkin", "Class"),  # 上课
    "care": QT_TRANSLATE_NOOP("Checkin", "Care station"),  # 康养
    "consult": QT_TRANSLATE_NOOP("Checkin", "Consultation"),  # 咨询
    "errand": QT_TRANSLATE_NOOP("Checkin", "Errand"),  # 办事
    "meal": QT_TRANSLATE_NOOP("Checkin", "Meal"),  # 就餐
    "other": QT_TRANSLATE_NOOP("Checkin", "Other"),  # 其他
}
DEFAULT_PURPOSE = "activity"

# Alert codes (core/services/alerts.py AlertCode) → their words; {text} and {age} come from the alert. Disability
# is said by its level alone.
ALERTS: dict[str, str] = {
    "allergy": QT_TRANSLATE_NOOP("Checkin", "Allergy: {text}"),  # 过敏
    "condition": QT_TRANSLATE_NOOP("Checkin", "Condition: {text}"),  # 慢性病
    "lives_alone": QT_TRANSLATE_NOOP("Checkin", "Lives alone"),  # 独居
    "aged": QT_TRANSLATE_NOOP("Checkin", "Aged {age}"),  # 高龄
    "no_emergency_contact": QT_TRANSLATE_NOOP("Checkin", "No emergency contact"),  # 缺紧急联系人
    "no_phone": QT_TRANSLATE_NOOP("Checkin", "No phone number"),
    "no_id_number": QT_TRANSLATE_NOOP("Checkin", "No ID number"),
    "no_consent": QT_TRANSLATE_NOOP("Checkin", "Consent form not signed"),  # 未签知情同意书
}
DISABILITY = {
    "semi": QT_TRANSLATE_NOOP("Checkin", "Semi-disabled"),  # 半失能
    "full": QT_TRANSLATE_NOOP("Checkin", "Disabled"),  # 失能
}
GENDERS = {
    "M": QT_TRANSLATE_NOOP("Checkin", "Male"),
    "F": QT_TRANSLATE_NOOP("Checkin", "Female"),
}

# Severity (core/services/alerts.py) as plain ints: the card colours by these.
INFO, ATTENTION, WARNING = 0, 1, 2


class Tone(StrEnum):
    """How an outcome is shown and sounded: colour, icon and beep say the same thing as the words."""

    HINT = "hint"  # neutral guidance
    OK = "ok"  # green: done
    WARNING = "warning"  # amber: attention, nothing harmful happened
    REFUSAL = "refusal"  # red: refused, or it could not be done


@dataclass(frozen=True)
class Outcome:
    tone: Tone
    text: str


def _t(source: str) -> str:
    return QCoreApplication.translate("Checkin", source)


def purpose_text(value: str) -> str:
    return _t(PURPOSES.get(value, PURPOSES["other"]))


def gender_text(value: str) -> str:
    return _t(GENDERS[value]) if value in GENDERS else ""


def clock_text(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def queue_text(number: int) -> str:
    """排队号 as the slip and the screen show it: three digits, 037."""
    return f"{number:03d}"


def duration_text(span: timedelta) -> str:
    """``1小时05分`` / ``25分钟``: how long someone has been in."""
    minutes = max(0, int(span.total_seconds() // 60))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return QCoreApplication.translate("Checkin", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{minutes:02d}"
        )
    return QCoreApplication.translate("Checkin", "{minutes} min").format(minutes=minutes)


def alert_text(alert: Alert) -> str:
    if alert.code == "disability":
        text = _t(DISABILITY.get(str(alert.params.get("level")), DISABILITY["semi"]))
    else:
        text = _t(ALERTS.get(str(alert.code), "{text}")).format(**{"text": "", "age": "", **alert.params})
    if alert.fix_now:
        text = QCoreApplication.translate("Checkin", "{alert} — please complete it now").format(alert=text)
    return text


def checked_in(result: CheckInResult) -> Outcome:
    text = QCoreApplication.translate("Checkin", "{name} checked in · queue number {queue} · {purpose}").format(
        name=result.name, queue=queue_text(result.queue_number), purpose=purpose_text(str(result.purpose))
    )
    if result.companions:
        text += QCoreApplication.translate("Checkin", " · with {count} family").format(count=result.companions)
    return Outcome(Tone.OK, text)


def checked_out(result: CheckOutResult) -> Outcome:
    text = QCoreApplication.translate(
        "Checkin", "{name} checked out · queue number {queue} · stayed {duration}"
    ).format(
        name=result.name,
        queue=queue_text(result.queue_number),
        duration=duration_text(result.checked_out_at - result.checked_in_at),
    )
    return Outcome(Tone.OK, text)


def closed(count: int) -> Outcome:
    if count == 0:
        return Outcome(Tone.HINT, QCoreApplication.translate("Checkin", "Nobody was in the building."))
    return Outcome(
        Tone.OK,
        QCoreApplication.translate("Checkin", "Closing time: {count} checked out automatically").format(count=count),
    )


def refused(violation: RuleViolation) -> Outcome:
    """A rule said no: what happened, and what to do next if there is something to do."""
    params = violation.params
    name = str(params.get("name", ""))
    if violation.code == "already_checked_in":
        since = params.get("since")
        if isinstance(since, datetime) and "queue_number" in params:
            text = QCoreApplication.translate(
                "Checkin", "{name} is already in the building (queue number {queue}, checked in at {time})"
            ).format(name=name, queue=queue_text(int(str(params["queue_number"]))), time=clock_text(since))
        else:
            text = QCoreApplication.translate(
                "Checkin", "{name} is already in the building: another desk checked them in just now"
            ).format(name=name)
        return Outcome(Tone.WARNING, text)
    if violation.code == "not_checked_in":
        return Outcome(
            Tone.WARNING,
            QCoreApplication.translate("Checkin", "{name} is not in the building: nothing to check out").format(
                name=name
            ),
        )
    if violation.code == "resident_archived":
        text = QCoreApplication.translate(
            "Checkin",
            "{name}'s record is archived and cannot be checked in. If they have moved back, restore the record on "
            "the Residents page.",
        ).format(name=name)
        return Outcome(Tone.REFUSAL, text)
    if violation.code == "resident_not_found":
        text = QCoreApplication.translate(
            "Checkin", "This resident's record is no longer there (merged or removed at another desk). Search again."
        )
        return Outcome(Tone.REFUSAL, text)
    if violation.code == "companions_out_of_range":
        text = QCoreApplication.translate("Checkin", "At most {max} family members can come along.").format(
            max=params.get("max", "")
        )
        return Outcome(Tone.REFUSAL, text)
    return Outcome(Tone.REFUSAL, QCoreApplication.translate("Checkin", "That could not be done. Please try again."))


def trouble(kind: ProblemKind) -> Outcome:
    """The machine is in the way (database locked, disk full…): nothing was saved, and what to do next."""
    return Outcome(
        Tone.REFUSAL,
        QCoreApplication.translate("Checkin", "Not saved. {problem}").format(problem=problems.problem_text(kind)),
    )


def unknown_scan(code: str) -> Outcome:
    text = QCoreApplication.translate(
        "Checkin", "No resident has card or slip {code}. Check the card, or search by name."
    ).format(code=code)
    return Outcome(Tone.REFUSAL, text)


def scan_refused(refusal: str, code: str, replaced_on: date | None = None) -> Outcome:
    """A scanned code found nobody (``refusal``: core.services.lookup.ScanRefusal): why, and what to do."""
    if refusal == "replaced_card":
        text = QCoreApplication.translate(
            "Checkin",
            "Card {code} was replaced by a new card on {day} and no longer works: use the new card, or search by name.",
        )
        return Outcome(Tone.REFUSAL, text.format(code=code, day=replaced_on.isoformat() if replaced_on else "?"))
    if refusal == "mistyped":
        text = QCoreApplication.translate(
            "Checkin",
            "Slip number {code} has a wrong digit: scan it again, or search by name.",
        )
    elif refusal == "old_slip":
        text = QCoreApplication.translate(
            "Checkin", "{code} is a slip from an earlier version, which cannot check in: search by name."
        )
    elif refusal == "unknown_slip":
        text = QCoreApplication.translate("Checkin", "Slip {code} was not printed by this center: search by name.")
    else:
        return unknown_scan(code)
    return Outcome(Tone.REFUSAL, text.format(code=code))


def nothing_found(text: str) -> Outcome:
    return Outcome(
        Tone.WARNING,
        QCoreApplication.translate(
            "Checkin",
            "Nobody found for “{text}”. Try the name, pinyin initials, the last four digits of the phone, or the "
            "last six of the ID number.",
        ).format(text=text),
    )


def nobody_selected() -> Outcome:
    return Outcome(Tone.WARNING, QCoreApplication.translate("Checkin", "Find the resident first: type or scan."))


def no_visit_to_print(name: str) -> Outcome:
    return Outcome(
        Tone.WARNING,
        QCoreApplication.translate(
            "Checkin", "{name} has not checked in today: check in first, then print the slip."
        ).format(name=name),
    )


def ready() -> Outcome:
    return Outcome(
        Tone.HINT,
        QCoreApplication.translate(
            "Checkin", "Name, initials, last digits of a phone or ID, or scan a card. Enter checks in."
        ),
    )


def opening() -> Outcome:
    return Outcome(Tone.HINT, QCoreApplication.translate("Checkin", "Opening the database…"))


def offer_text(service: str, starts_at: datetime) -> str:
    """A 候补 place offered to the resident, on the card: 候补名额：理疗 14:00 — 请确认."""
    return QCoreApplication.translate("Checkin", "Waiting-list place: {service} {time} — please confirm").format(
        service=service, time=clock_text(starts_at)
    )


def class_place_text(course: str, starts_at: datetime, place: str | None) -> str:
    """A place in a course moved up from its waiting list, on the card: 候补转正：书法班 已有名额 · 12/15 09:00 上课."""
    text = QCoreApplication.translate("Checkin", "Place free from the waiting list: {course} · next class {day} {time}")
    text = text.format(course=course, day=f"{starts_at.month}/{starts_at.day}", time=clock_text(starts_at))
    if place:
        text = QCoreApplication.translate("Checkin", "{text} ({place})").format(text=text, place=place)
    return text


def offer_accepted(service: str, starts_at: datetime, person: str | None) -> Outcome:
    text = QCoreApplication.translate("Checkin", "Booked from the waiting list: {service} {time}").format(
        service=service, time=clock_text(starts_at)
    )
    if person:
        text = QCoreApplication.translate("Checkin", "{booked}, {person}").format(booked=text, person=person)
    return Outcome(Tone.OK, text)


def offer_declined() -> Outcome:
    return Outcome(Tone.OK, QCoreApplication.translate("Checkin", "Offered place declined: off the waiting list"))


def offer_refused(violation: RuleViolation) -> Outcome:
    """Accepting or declining an offered place was refused: the place went, or the resident is booked then."""
    if violation.code == "slot_full":
        text = QCoreApplication.translate("Checkin", "The offered place has been taken meanwhile.")
    elif violation.code == "appointment_overlap":
        text = QCoreApplication.translate("Checkin", "The resident already has an appointment at that time.")
    else:
        text = QCoreApplication.translate("Checkin", "This offered place is no longer open.")
    return Outcome(Tone.REFUSAL, text)
