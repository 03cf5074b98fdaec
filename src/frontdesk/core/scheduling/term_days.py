"""The dates a course meets in a term: its weekly pattern, less the public holidays and the days a manager closed
the center.

Classes keep their own weekdays, weekends included (a Saturday calligraphy class is held on an ordinary Saturday,
which chinese-calendar counts as a day off). A day inside a public holiday (国庆, 春节…) or closed by a manager is
skipped. A 调休 working day (a weekend day worked in place of a holiday) holds no class unless the course is set to
meet on such days: then it meets there at the time of its first weekly meeting, to make up what the holiday took.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from frontdesk.core.scheduling import open_days


@dataclass(frozen=True, order=True)
class Meeting:
    """A weekly meeting: ``weekday`` 0 (Monday) to 6, from ``starts`` to ``ends``."""

    weekday: int
    starts: time
    ends: time


class SkipReason(enum.StrEnum):
    HOLIDAY = "holiday"  # a public holiday (its name in ``SkippedDay.holiday``)
    CLOSED = "closed"  # a manager closed the center that day (its note in ``SkippedDay.note``)


@dataclass(frozen=True)
class PlannedDay:
    day: date
    starts_at: datetime
    ends_at: datetime
    makeup: bool = False  # on a 调休 working day, not from the weekly pattern


@dataclass(frozen=True)
class SkippedDay:
    day: date
    starts_at: datetime
    reason: SkipReason
    holiday: str | None = None


@dataclass(frozen=True)
class TermDays:
    planned: tuple[PlannedDay, ...]
    skipped: tuple[SkippedDay, ...]
    unpublished_years: tuple[int, ...]  # years chinese-calendar does not know yet: their holidays are not skipped


def is_makeup_workday(day: date) -> bool:
    """调休: a Saturday or Sunday the State Council made a working day."""
    return day.weekday() >= 5 and open_days.published(day) and open_days.is_open(day)


def term_days(
    first: date,
    last: date,
    meetings: Iterable[Meeting],
    *,
    overrides: Mapping[date, bool] | None = None,
    on_makeup_days: bool = False,
) -> TermDays:
    """Every meeting of the pattern from ``first`` to ``last`` (both included), in time order, with the ones
    skipped and why. ``overrides``: the manager's word per date (False: closed; True: open even on a holiday)."""
    overrides = overrides or {}
    by_weekday: dict[int, list[Meeting]] = {}
    pattern: Sequence[Meeting] = sorted(set(meetings))
    for meeting in pattern:
        by_weekday.setdefault(meeting.weekday, []).append(meeting)
    planned: list[PlannedDay] = []
    skipped: list[SkippedDay] = []
    unpublished: set[int] = set()
    day = first
    while day <= last:
        if not open_days.published(day):
            unpublished.add(day.year)
        todays = by_weekday.get(day.weekday(), [])
        makeup = on_makeup_days and bool(pattern) and not todays and is_makeup_workday(day)
        if makeup:
            todays = [pattern[0]]
        for meeting in todays:
            starts_at = datetime.combine(day, meeting.starts)
            ends_at = datetime.combine(day, meeting.ends)
            said = overrides.get(day)
            holiday = open_days.holiday_name(day)
            if said is False:
                skipped.append(SkippedDay(day, starts_at, SkipReason.CLOSED))
            elif holiday is not None and said is not True:
                skipped.append(SkippedDay(day, starts_at, SkipReason.HOLIDAY, holiday))
            else:
                planned.append(PlannedDay(day, starts_at, ends_at, makeup=makeup))
        day += timedelta(days=1)
    return TermDays(tuple(planned), tuple(skipped), tuple(sorted(unpublished)))
