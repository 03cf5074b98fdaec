"""Alerts on a resident's card at check-in: what staff should know, and data the desk should fix while the person
is standing there."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from frontdesk.core.models import Disability, Resident


class Severity(enum.IntEnum):
    INFO = 0
    ATTENTION = 1  # amber
    WARNING = 2  # red: health or safety


class AlertCode(enum.StrEnum):
    ALLERGY = "allergy"  # 过敏
    CONDITION = "condition"  # 慢性病
    DISABILITY = "disability"  # 失能 / 半失能
    LIVES_ALONE = "lives_alone"  # 独居
    AGED = "aged"  # 高龄 80+
    NO_EMERGENCY_CONTACT = "no_emergency_contact"  # 缺紧急联系人
    NO_PHONE = "no_phone"
    NO_ID_NUMBER = "no_id_number"
    NO_CONSENT = "no_consent"  # 未签知情同意


@dataclass(frozen=True)
class Alert:
    code: AlertCode
    severity: Severity
    fix_now: bool = False  # data the desk can complete with the resident present
    params: dict[str, object] = field(default_factory=dict)


def resident_alerts(resident: Resident, today: date) -> list[Alert]:
    """Most severe first; health text is passed on as entered (the card shows it only to staff who may see it)."""
    alerts: list[Alert] = []
    if resident.allergies:
        alerts.append(Alert(AlertCode.ALLERGY, Severity.WARNING, params={"text": resident.allergies}))
    if resident.chronic_conditions:
        alerts.append(Alert(AlertCode.CONDITION, Severity.ATTENTION, params={"text": resident.chronic_conditions}))
    if resident.disability is not Disability.NONE and resident.disability != Disability.NONE.value:
        alerts.append(Alert(AlertCode.DISABILITY, Severity.ATTENTION, params={"level": str(resident.disability)}))
    if resident.lives_alone:
        alerts.append(Alert(AlertCode.LIVES_ALONE, Severity.INFO))
    if resident.is_aged_on(today):
        alerts.append(Alert(AlertCode.AGED, Severity.INFO, params={"age": resident.age_on(today)}))
    if not (resident.emergency_name and resident.emergency_phone):
        alerts.append(Alert(AlertCode.NO_EMERGENCY_CONTACT, Severity.ATTENTION, fix_now=True))
    if not (resident.phone or resident.phone2):
        alerts.append(Alert(AlertCode.NO_PHONE, Severity.ATTENTION, fix_now=True))
    if not resident.id_number:
        alerts.append(Alert(AlertCode.NO_ID_NUMBER, Severity.INFO, fix_now=True))
    if resident.consent_date is None:
        alerts.append(Alert(AlertCode.NO_CONSENT, Severity.INFO, fix_now=True))
    alerts.sort(key=lambda a: -a.severity)
    return alerts
