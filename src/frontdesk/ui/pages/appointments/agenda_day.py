"""The station's day as the agenda shows it, read on the database worker: every slot of each service with its
bookings, the queue numbers, the series positions (第n次), and a week's counts. Plain data, no Qt."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontdesk.core.access import Actor
    from frontdesk.core.services.appointments import AppointmentRow, AppointmentService, BookableService


@dataclass(frozen=True)
class SlotLine:
    """One slot of one service (one provider) and the appointments in it, cancelled ones included."""

    service_id: int
    service_name: str
    person_id: int | None
    person_name: str
    starts_at: datetime
    ends_at: datetime
    places: int
    taken: int
    bookings: tuple[AppointmentRow, ...] = ()

    @property
    def free(self) -> int:
        return max(0, self.places - self.taken)

    @property
    def key(self) -> tuple[int, int | None, datetime]:
        return (self.service_id, self.person_id, self.starts_at)


@dataclass(frozen=True)
class DayAgenda:
    day: date
    services: tuple[BookableService, ...]
    slots: tuple[SlotLine, ...]
    numbers: dict[int, int] = field(default_factory=dict)  # appointment id → queue number (排队号)
    series: dict[int, int] = field(default_factory=dict)  # appointment id → its place in its series (第n次)
    queue: tuple[Any, ...] = ()  # StationService QueueRow, when the desk has the station's queue


def read_day(
    appointments: AppointmentService, actor: Actor, day: date, *, station: Any = None, service_id: int | None = None
) -> DayAgenda:
    """Every slot of the day of each active service (or of ``service_id``) with its bookings."""
    services = tuple(appointments.services(actor=actor))
    chosen = [s for s in services if service_id is None or s.service_id == service_id]
    rows = appointments.day(day, actor=actor, service_id=service_id)
    lines: list[SlotLine] = []
    for service in chosen:
        for slot in appointments.day_slots(day, actor=actor, service_id=service.service_id):
            lines.append(
                SlotLine(service.service_id, service.name, slot.person_id, slot.person_name, slot.starts_at,
                         slot.ends_at, slot.places, slot.taken)
            )  # fmt: skip
    lines = place_bookings(lines, rows)
    queue: tuple[Any, ...] = ()
    numbers: dict[int, int] = {}
    if station is not None:
        queue = tuple(station.queue(actor=actor, day=day))
        numbers = {q.appointment_id: q.number for q in queue if q.appointment_id is not None}
    return DayAgenda(day, services, tuple(lines), numbers, series_positions(appointments, actor, rows), queue)


def place_bookings(lines: list[SlotLine], rows: Iterable[AppointmentRow]) -> list[SlotLine]:
    """Each appointment in the slot of its service, time and provider (else any provider's at that time); one that
    no slot holds any more (the hours changed after it was booked) gets a line of its own, so none is hidden."""
    by_key: dict[tuple, list[AppointmentRow]] = {line.key: [] for line in lines}
    by_time = {(line.service_id, line.starts_at): line.key for line in lines}
    orphans: dict[tuple, list[AppointmentRow]] = {}
    for row in rows:
        key = (row.service_id, row.person_id, row.starts_at)
        if key not in by_key:
            key = by_time.get((row.service_id, row.starts_at), key)
        (by_key if key in by_key else orphans).setdefault(key, []).append(row)
    placed = [replace(line, bookings=tuple(by_key[line.key])) for line in lines]
    for (service_id, person_id, starts_at), held in orphans.items():
        first = held[0]
        placed.append(
            SlotLine(service_id, first.service_name, person_id, first.person_name or "", starts_at, first.ends_at,
                     0, sum(1 for r in held if r.status.value not in ("cancelled", "no_show")), tuple(held))
        )  # fmt: skip
    placed.sort(key=lambda line: (line.starts_at, line.service_name, line.person_name))
    return placed


def series_positions(appointments: AppointmentService, actor: Actor, rows: Iterable[AppointmentRow]) -> dict[int, int]:
    """第n次: each series appointment's place among its series' appointments that were not cancelled."""
    found: dict[int, int] = {}
    asked: set[int] = set()
    for row in rows:
        if row.series_id is None or row.resident_id in asked:
            continue
        asked.add(row.resident_id)
        held = appointments.of_resident(row.resident_id, actor=actor, first=date.min, include_past=True)
        by_series: dict[int, list[AppointmentRow]] = {}
        for other in sorted(held, key=lambda r: r.starts_at):
            if other.series_id is not None and other.status.value != "cancelled":
                by_series.setdefault(other.series_id, []).append(other)
        for series in by_series.values():
            for n, other in enumerate(series, start=1):
                found[other.appointment_id] = n
    return found


@dataclass(frozen=True)
class WeekCell:
    slots: int
    places: int
    booked: int

    @property
    def free(self) -> int:
        return max(0, self.places - self.booked)


@dataclass(frozen=True)
class WeekAgenda:
    monday: date
    services: tuple[BookableService, ...]
    cells: dict[tuple[date, int], WeekCell]  # (day, service id) → counts
    closed: dict[date, str | None]  # days without a slot → the holiday's name (None: no holiday, just closed)

    @property
    def days(self) -> list[date]:
        return [self.monday + timedelta(days=n) for n in range(7)]


def read_week(
    appointments: AppointmentService, actor: Actor, day: date, *, service_id: int | None = None
) -> WeekAgenda:
    from frontdesk.core.scheduling.open_days import holiday_name

    monday = day - timedelta(days=day.weekday())
    services = tuple(s for s in appointments.services(actor=actor) if service_id is None or s.service_id == service_id)
    cells: dict[tuple[date, int], WeekCell] = {}
    closed: dict[date, str | None] = {}
    for n in range(7):
        current = monday + timedelta(days=n)
        total = 0
        for service in services:
            slots = appointments.day_slots(current, actor=actor, service_id=service.service_id)
            total += len(slots)
            cells[(current, service.service_id)] = WeekCell(
                len(slots), sum(s.places for s in slots), sum(s.taken for s in slots)
            )
        if total == 0:
            closed[current] = holiday_name(current)
    return WeekAgenda(monday, services, cells, closed)
