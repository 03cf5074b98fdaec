"""Today's date as the desk shows it, from a clock passed in (tests never depend on the time of day)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale

from frontdesk.core.clock import Clock

__all__ = ["Clock", "day_text", "ms_until_next_day", "system_clock"]  # Clock: the core's one clock type


def system_clock() -> datetime:
    return datetime.now()


def day_text(day: date, locale: QLocale) -> str:
    """``2026-11-28 周六`` in Chinese, ``2026-11-28 Sat`` in English: ISO date (unambiguous) and the weekday."""
    return f"{day.isoformat()} {locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)}"


def ms_until_next_day(now: datetime) -> int:
    """Milliseconds from ``now`` to one second past the next midnight (a little late beats a little early)."""
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), tzinfo=now.tzinfo)
    return max(1000, int((tomorrow - now).total_seconds() * 1000) + 1000)
