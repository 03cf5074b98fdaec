"""血压趋势 Which way a resident's blood pressure has been going: pure, so the history chart and the printed
appointment slip say the same."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

TREND_READINGS = 5  # the direction is read from the last this many readings
TREND_MIN_READINGS = 3  # fewer: too few to say
TREND_STEP_MMHG = 10.0  # the fitted line must move this much (systolic) over them to count as rising or falling


class Direction(enum.StrEnum):
    RISING = "rising"  # 上升
    FALLING = "falling"  # 下降
    STEADY = "steady"  # 平稳
    UNKNOWN = "unknown"  # 读数太少


@dataclass(frozen=True)
class PressurePoint:
    taken_at: datetime
    systolic: int
    diastolic: int


@dataclass(frozen=True)
class PressureTrend:
    points: tuple[PressurePoint, ...]  # oldest first
    direction: Direction


def direction_of(points: Sequence[PressurePoint]) -> Direction:
    """Rising / falling when a least-squares line through the last :data:`TREND_READINGS` systolic values (in order
    taken, evenly spaced: readings are taken at visits, not on a schedule) moves by at least
    :data:`TREND_STEP_MMHG` from first to last; steady otherwise. A line, not first against last, so that one odd
    reading does not turn the trend."""
    recent = list(points)[-TREND_READINGS:]
    n = len(recent)
    if n < TREND_MIN_READINGS:
        return Direction.UNKNOWN
    mean_x = (n - 1) / 2
    mean_y = sum(p.systolic for p in recent) / n
    slope = sum((i - mean_x) * (p.systolic - mean_y) for i, p in enumerate(recent)) / sum(
        (i - mean_x) ** 2 for i in range(n)
    )
    change = slope * (n - 1)
    if change >= TREND_STEP_MMHG:
        return Direction.RISING
    if change <= -TREND_STEP_MMHG:
        return Direction.FALLING
    return Direction.STEADY


def pressure_trend(points: Sequence[PressurePoint]) -> PressureTrend:
    """The points oldest first and their direction."""
    ordered = tuple(sorted(points, key=lambda p: p.taken_at))
    return PressureTrend(ordered, direction_of(ordered))
