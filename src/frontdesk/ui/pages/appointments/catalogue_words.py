"""Words of the partners' and the catalogue's tabs: the kinds of partner, their people's roles, the weekdays, and
what each refusal of :mod:`frontdesk.core.services.partners` / ``care_catalog`` means, said beside its field.

The core's enums are not imported (they load SQLAlchemy, and the window shows before it): the words are keyed by
the enums' values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

if TYPE_CHECKING:
    from frontdesk.core.errors import RuleViolation

CONTEXT = "Catalogue"

PARTNER_KINDS: dict[str, str] = {  # PartnerKind
    "enterprise": QT_TRANSLATE_NOOP("Catalogue", "Enterprise in the district"),  # 驻区企业
    "social_org": QT_TRANSLATE_NOOP("Catalogue", "Social organisation"),  # 社会组织
    "volunteer": QT_TRANSLATE_NOOP("Catalogue", "Capable resident"),  # 居民能人
}
PERSON_ROLES: dict[str, str] = {  # PersonRole
    "nurse": QT_TRANSLATE_NOOP("Catalogue", "Nurse"),
    "doctor": QT_TRANSLATE_NOOP("Catalogue", "Doctor"),
    "therapist": QT_TRANSLATE_NOOP("Catalogue", "Therapist"),
    "instructor": QT_TRANSLATE_NOOP("Catalogue", "Instructor"),
    "lecturer": QT_TRANSLATE_NOOP("Catalogue", "Health lecturer"),
    "volunteer": QT_TRANSLATE_NOOP("Catalogue", "Volunteer"),
    "other": QT_TRANSLATE_NOOP("Catalogue", "Other"),
}
EXCEPTION_KINDS: dict[str, str] = {  # ExceptionKind
    "leave": QT_TRANSLATE_NOOP("Catalogue", "Leave"),  # 请假
    "session": QT_TRANSLATE_NOOP("Catalogue", "Extra session"),  # 义诊, extra hours
}

REFUSALS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Catalogue", "Please fill this in."),
    "too_long": QT_TRANSLATE_NOOP("Catalogue", "Too long: at most {max} characters."),
    "invalid_choice": QT_TRANSLATE_NOOP("Catalogue", "Choose one from the list."),
    "phone_format": QT_TRANSLATE_NOOP(
        "Catalogue", "Not a phone number: an 11-digit mobile, or a landline with its area code (0352-1234567)."
    ),
    "partner_name_taken": QT_TRANSLATE_NOOP("Catalogue", "A partner of this name is already registered."),
    "agreement_end_before_start": QT_TRANSLATE_NOOP("Catalogue", "The agreement cannot end before it starts."),
    "partner_not_found": QT_TRANSLATE_NOOP("Catalogue", "That partner is no longer registered: refresh the list."),
    "person_not_found": QT_TRANSLATE_NOOP("Catalogue", "That person is no longer registered: refresh the list."),
    "service_not_found": QT_TRANSLATE_NOOP("Catalogue", "That service no longer exists: refresh the list."),
    "exception_not_found": QT_TRANSLATE_NOOP("Catalogue", "That entry was already removed."),
    "service_name_taken": QT_TRANSLATE_NOOP("Catalogue", "A service of this name already exists."),
    "duration_out_of_range": QT_TRANSLATE_NOOP("Catalogue", "Between {minimum} and {maximum} minutes."),
    "places_out_of_range": QT_TRANSLATE_NOOP("Catalogue", "Between {minimum} and {maximum} places."),
    "price_out_of_range": QT_TRANSLATE_NOOP("Catalogue", "Not a price the station would ask."),
    "market_price_below_price": QT_TRANSLATE_NOOP(
        "Catalogue", "The market price is what it costs elsewhere: not below the station's price."
    ),
    "weekday_range": QT_TRANSLATE_NOOP("Catalogue", "Row {row}: choose a weekday."),
    "ends_before_starts": QT_TRANSLATE_NOOP("Catalogue", "It must end after it starts."),
    "hours_overlap": QT_TRANSLATE_NOOP("Catalogue", "Row {row} overlaps another stretch on the same weekday."),
    "times_together": QT_TRANSLATE_NOOP("Catalogue", "Give both times, or neither for the whole day."),
    "session_needs_service": QT_TRANSLATE_NOOP("Catalogue", "An extra session needs its service."),
    "session_needs_times": QT_TRANSLATE_NOOP("Catalogue", "An extra session needs its times."),
    "not_allowed": QT_TRANSLATE_NOOP("Catalogue", "Only a manager may change this."),
    "not_signed_in": QT_TRANSLATE_NOOP("Catalogue", "Please sign in first."),
}


def t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def choice(words: dict[str, str], value: str) -> str:
    return t(words[value]) if value in words else value


def refusal_text(violation: RuleViolation) -> str:
    """What a refusal means; ``{row}`` counts stretches from 1, as the grid shows them."""
    params = dict(violation.params)
    if isinstance(params.get("row"), int):
        params["row"] = int(params["row"]) + 1
    if violation.code not in REFUSALS:
        return QCoreApplication.translate("Catalogue", "That could not be saved. Check the form and try again.")
    values = {"max": "", "minimum": "", "maximum": "", "row": ""} | {k: str(v) for k, v in params.items()}
    return t(REFUSALS[violation.code]).format(**values)


def yuan_text(cents: int | None) -> str:
    """20.00 元; free for 0; empty for None."""
    if cents is None:
        return ""
    if cents == 0:
        return QCoreApplication.translate("Catalogue", "Free")
    return QCoreApplication.translate("Catalogue", "{amount} yuan").format(amount=f"{cents / 100:.2f}")
