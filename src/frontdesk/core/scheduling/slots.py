"""The slots a service has on a day, from its providers' weekly hours, their exceptions and the center's day.

Pure functions over plain values (the service reads the rows): a provider's stretches on the day are the weekly
hours valid then (the gaps between stretches are breaks), minus their leave, plus any one-off session (a Saturday
义诊 with its own places and slot length). Weekly hours apply on open days only; a session is held unless a manager
closed the center that day (it is the reason sessions exist: a weekend or holiday clinic). A slot starts at a
stretch's start and every slot length after, as long as the whole service fits before the stretch ends.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta


@dataclass(frozen=True)
class WeeklyHours:
    person_id: int
    weekday: int  # 0: Monday
    starts: time
    ends: time
    valid_from: date | None = None
    valid_until: date | None = None

    def valid_on(self, day: date) -> bool:
        return (
            day.weekday() == self.weekday
            and (self.valid_from is None or day >= self.valid_from)
            and (self.valid_until is None or day <= self.valid_until)
        )


@dataclass(frozen=True)
class Leave:
    person_id: int
    starts: time | None = None  # None: the whole day
    ends: time | None = None


@dataclass(frozen=True)
class Session:
    person_id: int
    starts: time
    ends: time
    places: int | None = None  # None: the service's places per slot
    slot_min: int | None = None  # None: the service's duration (a whole-morning clinic: the session's length)
    note: str | None = None


@dataclass(frozen=True)
class Slot:
    service_id: int
    person_id: int
    starts_at: datetime
    ends_at: datetime
    places: int
    session: bool = False  # from a one-off session (义诊), not the weekly hours

    def contains(self, moment: datetime) -> bool:
        return self.starts_at <= moment < self.ends_at


def day_slots(
    day: date,
    *,
    service_id: int,
    duration_min: int,
    places: int,
    hours: Iterable[WeeklyHours],
    leaves: Iterable[Leave] = (),
    sessions: Iterable[Session] = (),
    center_open: bool,
    center_closed_by_manager: bool = False,
) -> list[Slot]:
    """Every slot of the service on ``day``, in time order (then provider)."""
    if center_closed_by_manager:
        return []
    leaves = list(leaves)
    found: list[Slot] = []
    if center_open:
        for stretch in hours:
            if not stretch.valid_on(day):
                continue
            for start, end in _minus_leave(stretch.person_id, stretch.starts, stretch.ends, leaves):
                found.extend(
                    _cut(day, service_id, stretch.person_id, start, end, length_min=duration_min,
                         step_min=duration_min, places=places)
                )  # fmt: skip
    for session in sessions:
        length = session.slot_min or duration_min
        found.extend(
            _cut(day, service_id, session.person_id, session.starts, session.ends, length_min=length,
                 step_min=length, places=session.places or places, session=True)
        )  # fmt: skip
    unique = {(slot.person_id, slot.starts_at): slot for slot in found}  # a session over weekly hours: one slot
    return sorted(unique.values(), key=lambda s: (s.starts_at, s.person_id))


def _minus_leave(person_id: int, starts: time, ends: time, leaves: Sequence[Leave]) -> list[tuple[time, time]]:
    parts = [(starts, ends)]
    for leave in leaves:
        if leave.person_id != person_id:
            continue
        if leave.starts is None or leave.ends is None:
            return []
        cut: list[tuple[time, time]] = []
        for a, b in parts:
            if leave.ends <= a or leave.starts >= b:
                cut.append((a, b))
                continue
            if a < leave.starts:
                cut.append((a, leave.starts))
            if leave.ends < b:
                cut.append((leave.ends, b))
        parts = cut
    return parts


def _cut(
    day: date,
    service_id: int,
    person_id: int,
    starts: time,
    ends: time,
    *,
    length_min: int,
    step_min: int,
    places: int,
    session: bool = False,
) -> list[Slot]:
    slots: list[Slot] = []
    moment = datetime.combine(day, starts)
    end = datetime.combine(day, ends)
    length, step = timedelta(minutes=length_min), timedelta(minutes=step_min)
    while moment + length <= end:
        slots.append(Slot(service_id, person_id, moment, moment + length, places, session))
        moment += step
    return slots
