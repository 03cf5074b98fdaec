"""健康监测 What a reading may be, and when it is flagged: pure rules (no database), shared by service and dialog.

Two kinds of limit, kept apart on purpose:

- **Impossible** values (:data:`LIMITS`) are refused: they are typing slips (400 for 140, 7 for 70), not readings.
  The limits are wide — beyond what a seated adult at a community care station can show and still be talked to —
  so that no real reading, however alarming, is ever refused; a nurse who sees 250/150 must be able to record it.
- **Flagged** values (:class:`Flag`) are recorded and marked 偏高 / 偏低 for the nurse and the resident's doctor.
  The thresholds are the ones Chinese primary care uses: 《中国高血压防治指南》 (high ≥ 140 / ≥ 90 mmHg, low < 90 / 60),
  the diabetes guideline (fasting ≥ 7.0 mmol/L, random ≥ 11.1; hypoglycaemia < 3.9) and a resting pulse outside
  50–100 per minute.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace

from frontdesk.core.errors import RuleViolation

# field: (lowest, highest) accepted, in the unit of the field.
LIMITS: dict[str, tuple[float, float]] = {
    # mmHg. Below 50 systolic a conscious person is in shock (no cuff reading at a desk); above 260 cuffs stop
    # reading reliably and such a figure is a slip of the keys far more often than a measurement.
    "systolic": (50, 260),
    # mmHg. Diastolic below 30 or above 160 is not seen in a person sitting at the desk.
    "diastolic": (30, 160),
    # per minute. 25: deep bradycardia with a pacemaker's fall-back; 220: the top of a tachycardia at rest.
    "pulse": (25, 220),
    # mmol/L. Home and clinic meters read about 1.1–33.3 ("LO"/"HI" outside): 1.0–35.0 takes in every meter.
    "glucose_mmol": (1.0, 35.0),
    # kg. Adults from a very frail 20 kg to what a standing scale at a care station weighs (≤ 250 kg).
    "weight_kg": (20, 250),
}
UNITS = {"systolic": "mmHg", "diastolic": "mmHg", "pulse": "/min", "glucose_mmol": "mmol/L", "weight_kg": "kg"}
NOTE_MAX = 200  # the column's length
READING_FIELDS = ("systolic", "diastolic", "pulse", "glucose_mmol", "weight_kg")

# Flag thresholds (see the module docstring).
SYSTOLIC_HIGH, DIASTOLIC_HIGH = 140, 90  # ≥ : high
SYSTOLIC_LOW, DIASTOLIC_LOW = 90, 60  # < : low
GLUCOSE_FASTING_HIGH, GLUCOSE_RANDOM_HIGH = 7.0, 11.1  # ≥ : high (空腹 / 随机)
GLUCOSE_LOW = 3.9  # < : low
PULSE_LOW, PULSE_HIGH = 50, 100  # < low, > high


class Flag(enum.StrEnum):
    """What a reading is flagged for (偏高 / 偏低)."""

    PRESSURE_HIGH = "pressure_high"  # 血压偏高
    PRESSURE_LOW = "pressure_low"  # 血压偏低
    GLUCOSE_HIGH = "glucose_high"  # 血糖偏高
    GLUCOSE_LOW = "glucose_low"  # 血糖偏低
    PULSE_HIGH = "pulse_high"  # 心率偏快
    PULSE_LOW = "pulse_low"  # 心率偏慢


class Level(enum.StrEnum):
    """One value against its thresholds, as the dialog shows it next to the field while it is typed."""

    HIGH = "high"  # 偏高
    LOW = "low"  # 偏低


@dataclass(frozen=True)
class VitalsInput:
    """One set of readings as typed: any of them may be missing, but not all."""

    systolic: int | None = None  # mmHg
    diastolic: int | None = None  # mmHg
    pulse: int | None = None  # per minute
    glucose_mmol: float | None = None  # mmol/L
    fasting: bool | None = None  # 空腹 (True) or 随机/餐后 (False); required with a glucose reading
    weight_kg: float | None = None
    note: str = ""

    def recorded(self) -> list[str]:
        """The fields that hold a value (the note included when it is not empty)."""
        names = [name for name in READING_FIELDS if getattr(self, name) is not None]
        if self.glucose_mmol is not None and self.fasting is not None:
            names.insert(names.index("glucose_mmol") + 1, "fasting")
        return [*names, "note"] if self.note.strip() else names


def problems(reading: VitalsInput) -> list[RuleViolation]:
    """Every reason the reading cannot be recorded, one per field at most (the dialog shows each next to its field).

    Codes: ``vital_out_of_range`` {field, low, high, unit}; ``vital_pressure_pair`` {field: the missing half};
    ``vital_diastolic_not_below`` {field: "diastolic"}; ``vital_glucose_needs_fasting`` {field: "fasting"};
    ``vital_note_too_long`` {field: "note", max}; ``vital_none`` (nothing measured)."""
    found: dict[str, RuleViolation] = {}
    for name, (low, high) in LIMITS.items():
        value = getattr(reading, name)
        if value is not None and not low <= value <= high:
            found[name] = RuleViolation(
                "vital_out_of_range", {"field": name, "low": low, "high": high, "unit": UNITS[name]}
            )
    if (reading.systolic is None) != (reading.diastolic is None):
        missing = "systolic" if reading.systolic is None else "diastolic"
        found.setdefault(missing, RuleViolation("vital_pressure_pair", {"field": missing}))
    elif reading.systolic is not None and reading.diastolic is not None and "systolic" not in found:  # noqa: SIM102
        if reading.diastolic >= reading.systolic:  # (an impossible systolic says enough already)
            found.setdefault("diastolic", RuleViolation("vital_diastolic_not_below", {"field": "diastolic"}))
    if reading.glucose_mmol is not None and reading.fasting is None:
        found["fasting"] = RuleViolation("vital_glucose_needs_fasting", {"field": "fasting"})
    if len(reading.note.strip()) > NOTE_MAX:
        found["note"] = RuleViolation("vital_note_too_long", {"field": "note", "max": NOTE_MAX})
    if all(getattr(reading, name) is None for name in READING_FIELDS):
        found.setdefault("", RuleViolation("vital_none"))
    return list(found.values())


def checked(reading: VitalsInput) -> VitalsInput:
    """The reading ready to store (note trimmed; ``fasting`` dropped without a glucose reading), or the first
    problem raised as a RuleViolation."""
    found = problems(reading)
    if found:
        raise found[0]
    fasting = reading.fasting if reading.glucose_mmol is not None else None
    return replace(reading, note=reading.note.strip(), fasting=fasting)


def level(field: str, value: float | None, *, fasting: bool | None = None) -> Level | None:
    """Whether one value is high or low by itself (``None``: in range, or nothing to say). Glucose needs
    ``fasting``: without it only a low value is certain (a random 8.0 is fine, a fasting 8.0 is high)."""
    if value is None:
        return None
    if field == "systolic":
        return Level.HIGH if value >= SYSTOLIC_HIGH else Level.LOW if value < SYSTOLIC_LOW else None
    if field == "diastolic":
        return Level.HIGH if value >= DIASTOLIC_HIGH else Level.LOW if value < DIASTOLIC_LOW else None
    if field == "pulse":
        return Level.HIGH if value > PULSE_HIGH else Level.LOW if value < PULSE_LOW else None
    if field == "glucose_mmol":
        if value < GLUCOSE_LOW:
            return Level.LOW
        if fasting is None:
            return Level.HIGH if value >= GLUCOSE_RANDOM_HIGH else None  # high whichever it was
        return Level.HIGH if value >= (GLUCOSE_FASTING_HIGH if fasting else GLUCOSE_RANDOM_HIGH) else None
    return None


def flags(reading: VitalsInput) -> frozenset[Flag]:
    """The reading's flags. Pressure is high when either number is high (and then not also low)."""
    found: set[Flag] = set()
    pressure = {level("systolic", reading.systolic), level("diastolic", reading.diastolic)}
    if Level.HIGH in pressure:
        found.add(Flag.PRESSURE_HIGH)
    elif Level.LOW in pressure:
        found.add(Flag.PRESSURE_LOW)
    by_field = {"pulse": (Flag.PULSE_HIGH, Flag.PULSE_LOW), "glucose_mmol": (Flag.GLUCOSE_HIGH, Flag.GLUCOSE_LOW)}
    for name, (high, low) in by_field.items():
        found_level = level(name, getattr(reading, name), fasting=reading.fasting)
        if found_level is Level.HIGH:
            found.add(high)
        elif found_level is Level.LOW:
            found.add(low)
    return frozenset(found)
