"""What a blood pressure or blood sugar reading means to a resident: 偏高, 正常 or 偏低, and its trend.

The thresholds are the ones a care station gives an elder to take home (中国高血压防治指南: 140/90 mmHg and over is
high, under 90/60 low; 中国2型糖尿病防治指南: fasting 7.0 mmol/L and over is high, 11.1 after a meal, under 3.9
low). They describe a reading; they are not a diagnosis.
"""

from __future__ import annotations

import enum

HIGH_SYSTOLIC, HIGH_DIASTOLIC = 140, 90  # mmHg
LOW_SYSTOLIC, LOW_DIASTOLIC = 90, 60
HIGH_FASTING_GLUCOSE, HIGH_GLUCOSE, LOW_GLUCOSE = 7.0, 11.1, 3.9  # mmol/L


class Level(enum.StrEnum):
    HIGH = "high"  # 偏高
    NORMAL = "normal"  # 正常
    LOW = "low"  # 偏低


class Trend(enum.StrEnum):
    """Against the reading before it (of the same kind)."""

    UP = "up"  # ↑
    SAME = "same"  # 持平
    DOWN = "down"  # ↓


def pressure_level(systolic: int, diastolic: int) -> Level:
    if systolic >= HIGH_SYSTOLIC or diastolic >= HIGH_DIASTOLIC:
        return Level.HIGH
    if systolic < LOW_SYSTOLIC or diastolic < LOW_DIASTOLIC:
        return Level.LOW
    return Level.NORMAL


def glucose_level(mmol: float, *, fasting: bool) -> Level:
    if mmol >= (HIGH_FASTING_GLUCOSE if fasting else HIGH_GLUCOSE):
        return Level.HIGH
    if mmol < LOW_GLUCOSE:
        return Level.LOW
    return Level.NORMAL


def trend(now: float, before: float | None) -> Trend | None:
    """``None`` when there is no reading before to compare with."""
    if before is None:
        return None
    if now > before:
        return Trend.UP
    if now < before:
        return Trend.DOWN
    return Trend.SAME
