"""Which days the center is open: China's working days as the State Council publishes them (chinese-calendar:
public holidays and the 调休 weekends worked in their place), overridden by a manager's word for a date.

chinese-calendar knows the years published when it was released; for a later year it raises, and the weekday
decides (Monday to Friday open) until the package is updated or a manager enters the dates (设置 the 调休 days as
open, the holidays as closed).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache

import chinese_calendar


@lru_cache(maxsize=4096)
def _workday(day: date) -> bool | None:
    """chinese-calendar's word on ``day``, ``None`` for a year it does not know. Kept: the package checks each date
    against the newest it knows by taking ``max`` of all its dates, every call (a fortnight's slots asked it 14
    times: 7 ms of a booking)."""
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None


def published(day: date) -> bool:
    """Whether chinese-calendar knows ``day``'s year."""
    return _workday(day) is not None


def is_open(day: date, overrides: Mapping[date, bool] | None = None) -> bool:
    """The center's weekly hours apply on ``day``: a manager's override first, then the published calendar."""
    if overrides and day in overrides:
        return overrides[day]
    known = _workday(day)
    return day.weekday() < 5 if known is None else known


def holiday_name(day: date) -> str | None:
    """The public holiday ``day`` is part of, in English as the package names it (e.g. ``National Day``), or None."""
    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return None
    return str(name) if on_holiday and name else None
