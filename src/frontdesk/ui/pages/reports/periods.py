"""The periods the 统计 page offers (今天, 本周, 本月, 上月, 自定义), as days: plain logic, tested without a screen."""

from __future__ import annotations

from datetime import date, timedelta

TODAY, WEEK, MONTH, LAST_MONTH, CUSTOM = "today", "week", "month", "last_month", "custom"
CHOICES = (TODAY, WEEK, MONTH, LAST_MONTH, CUSTOM)


def month_start(day: date) -> date:
    return day.replace(day=1)


def month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def period_days(choice: str, today: date, first: date | None = None, last: date | None = None) -> tuple[date, date]:
    """The first and last day of ``choice``: this week and this month run to today (the days still to come have
    nothing to count), last month is the whole of it, ``custom`` is ``first``–``last`` as chosen."""
    if choice == TODAY:
        return today, today
    if choice == WEEK:
        return today - timedelta(days=today.weekday()), today
    if choice == MONTH:
        return month_start(today), today
    if choice == LAST_MONTH:
        end = month_start(today) - timedelta(days=1)
        return month_start(end), end
    if choice == CUSTOM:
        if first is None or last is None:
            raise ValueError("a chosen period needs its two days")
        return first, last
    raise ValueError(f"unknown period {choice!r}")
