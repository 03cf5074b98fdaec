"""Demo residents' health as the care station sees it: which services each one wants, and their readings.

A hypertensive elder reads around 145/90 and drifts over the year (treatment working, or not); others read normal
for their age. Fasting glucose sits near 7.5 mmol/L for diabetics and near 5.2 for the rest; a non-fasting test
reads higher and says so.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime

from frontdesk.core.demo import care_catalog as cc
from frontdesk.core.demo.people import Person
from frontdesk.core.models import Disability

BOOKABLE = (cc.BLOOD_PRESSURE, cc.GLUCOSE, cc.PHYSIO, cc.REHAB, cc.NURSING, cc.CONSULT)  # 义诊 is by session


@dataclass(frozen=True)
class Health:
    weights: dict[str, float]  # how much this resident wants each bookable service
    hypertensive: bool
    diabetic: bool
    systolic: float
    diastolic: float
    drift: float  # mmHg of systolic per year
    pulse: float
    glucose: float
    weight: float


def health_of(person: Person, rng: random.Random) -> Health:
    conditions = set(str(person.row.get("chronic_conditions") or "").split("、")) - {""}
    hypertensive, diabetic = "高血压" in conditions, "糖尿病" in conditions
    joints = bool(conditions & {"关节炎", "骨质疏松"})
    weights = {
        cc.BLOOD_PRESSURE: 3.0 + 5.0 * hypertensive + 1.0 * ("冠心病" in conditions),
        cc.GLUCOSE: 0.4 + 4.0 * diabetic,
        cc.PHYSIO: 1.5 + 4.0 * joints,  # below the market price: popular, and the first to fill
        cc.REHAB: 0.1 + 2.0 * bool(conditions & {"脑梗后遗症", "帕金森病"}) + (person.disability is Disability.SEMI),
        cc.NURSING: 0.05 + 2.5 * (person.disability is not Disability.NONE),
        cc.CONSULT: 0.6 + 0.3 * len(conditions),
    }
    if hypertensive:
        systolic, diastolic, drift = rng.gauss(146, 7), rng.gauss(89, 4), rng.gauss(-2, 6)
    else:
        systolic = min(136.0, max(102.0, rng.gauss(117 + 0.4 * (person.age - 60), 7)))
        diastolic, drift = min(86.0, rng.gauss(75, 5)), rng.gauss(0, 2)
    glucose = rng.gauss(7.5, 0.9) if diabetic else rng.gauss(5.2, 0.35)
    weight = rng.gauss(67, 8) if person.gender == "M" else rng.gauss(57, 7)
    return Health(weights, hypertensive, diabetic, systolic, diastolic, drift, rng.gauss(74, 6), glucose, weight)


def reading(
    health: Health, rng: random.Random, service: str, taken_at: datetime, *, since: date
) -> dict[str, object] | None:
    """A reading's values for a completed appointment of ``service`` (None: nothing is measured there)."""
    values: dict[str, object] = {
        "systolic": None, "diastolic": None, "pulse": None, "glucose_mmol": None, "fasting": None,
        "weight_kg": None, "note": None,
    }  # fmt: skip
    if service == cc.GLUCOSE:
        fasting = rng.random() < 0.95
        glucose = health.glucose + rng.gauss(0, 0.6 if health.diabetic else 0.3) + (0 if fasting else 2.2)
        values.update(glucose_mmol=round(max(3.6, glucose), 1), fasting=fasting)
        if not fasting:
            values["note"] = "未空腹，仅供参考"
        return values
    if service == cc.CLINIC and rng.random() < 0.3:
        return None  # a consultation only
    if service not in (cc.BLOOD_PRESSURE, cc.CLINIC):
        return None
    years = (taken_at.date() - since).days / 365
    systolic = health.systolic + health.drift * years + rng.gauss(0, 6)
    diastolic = health.diastolic + 0.35 * (systolic - health.systolic) + rng.gauss(0, 3)
    systolic = min(195.0, max(92.0, systolic))
    values.update(systolic=round(systolic), diastolic=round(max(55.0, min(diastolic, systolic - 25))))
    values["pulse"] = round(health.pulse + rng.gauss(0, 5))
    if rng.random() < 0.12:
        values["weight_kg"] = round(health.weight + rng.gauss(0, 0.6), 1)
    if systolic >= 160:
        values["note"] = "血压偏高，已提醒按时服药、复测"
    return values
