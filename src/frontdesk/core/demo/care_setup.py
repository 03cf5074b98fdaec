"""The demo care station's fixed rows — partners' people, services, weekly hours, leave, 义诊 sessions, closures —
and the slots they give each day, which the appointment generator books into.

Open days follow chinese-calendar (holidays and 调休) where it knows the year and plain weekdays where it does not,
overridden by :class:`CenterDay` rows; a session is held on its own day even at a weekend.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache

import chinese_calendar

from frontdesk.core.demo import care_catalog as cc
from frontdesk.core.demo import catalog
from frontdesk.core.demo.sampling import Weighted, between
from frontdesk.core.scheduling import open_days
from frontdesk.core.scheduling.slots import Leave, WeeklyHours, day_slots
from frontdesk.core.scheduling.slots import Session as ClinicSession


@cache
def workday(day: date) -> bool:
    """A working day by the national calendar (:mod:`frontdesk.core.scheduling.open_days`, as the desk reads it)."""
    return open_days.is_open(day)


@dataclass(frozen=True)
class Slot:
    service: str
    person_id: int
    starts: datetime
    ends: datetime
    places: int


class Station:
    """Builds the station's rows from a seed and answers which slots a day has."""

    def __init__(self, rng: random.Random, *, today: date, first: date, last: date, partner_rows: list[dict]) -> None:
        self.today, self.first, self.last = today, first, last
        self.created = datetime.combine(first - timedelta(days=30), time(9))
        starts = {row["id"]: row["agreement_start"] for row in partner_rows}
        self.person_ids = {info.key: i for i, info in enumerate(cc.PEOPLE, start=1)}
        self.service_ids = {info.key: i for i, info in enumerate(cc.SERVICES, start=1)}
        self.services = {info.key: info for info in cc.SERVICES}
        prefixes = Weighted(catalog.MOBILE_PREFIXES)
        self.people_rows = [
            {
                "id": self.person_ids[p.key], "partner_id": p.partner, "name": p.name, "role": p.role.value,
                "phone": prefixes.pick(rng) + f"{rng.randrange(10**8):08d}", "notes": p.notes, "active": p.active,
                "created_at": datetime.combine(starts[p.partner], time(10)), "updated_at": self.created,
            }
            for p in cc.PEOPLE
        ]  # fmt: skip
        self.service_rows = [
            {
                "id": self.service_ids[s.key], "name": s.name, "duration_min": s.minutes, "places": s.places,
                "partner_id": s.partner, "place": s.place, "price_cents": s.price_cents,
                "market_price_cents": s.market_price_cents, "bring": s.bring, "fasting": s.fasting,
                "notes": s.notes, "active": True, "created_at": self.created, "updated_at": self.created,
            }
            for s in cc.SERVICES
        ]  # fmt: skip
        self.change_day = today - timedelta(days=cc.HOURS_CHANGE_DAYS_AGO)
        self.hours_rows = self._hours(starts)
        self.closed = self._closures(rng)
        self.center_day_rows = [
            {"day": day, "open": False, "note": note, "updated_at": datetime.combine(day - timedelta(days=12), time(9))}
            for day, note in sorted(self.closed.items())
        ]
        self.exception_rows = self._sessions(rng, starts) + self._leaves(rng)
        self._weekly: dict[int, list[tuple[int, WeeklyHours]]] = {}
        for row in self.hours_rows:
            hours = WeeklyHours(row["person_id"], row["weekday"], row["starts"], row["ends"], row["valid_from"],
                                row["valid_until"])  # fmt: skip
            self._weekly.setdefault(row["weekday"], []).append((row["service_id"], hours))
        self._overrides = dict.fromkeys(self.closed, False)
        self._exceptions: dict[date, list[dict]] = {}
        for row in self.exception_rows:
            self._exceptions.setdefault(row["day"], []).append(row)
        self._keys = {i: key for key, i in self.service_ids.items()}

    # -- rows ------------------------------------------------------------------------------------------------------

    def _hours(self, starts: dict[int, date]) -> list[dict]:
        rows = []
        partner_of = {p.key: p.partner for p in cc.PEOPLE}
        for hours in cc.HOURS:
            valid_from: date | None = starts[partner_of[hours.person]]
            valid_until = None
            if hours.until_change is True:
                valid_until = self.change_day - timedelta(days=1)
            elif hours.until_change is False:
                valid_from = self.change_day
            for weekday in hours.weekdays:
                for begins, ends in hours.stretches:
                    rows.append(
                        {
                            "id": len(rows) + 1, "service_id": self.service_ids[hours.service],
                            "person_id": self.person_ids[hours.person], "weekday": weekday, "starts": begins,
                            "ends": ends, "valid_from": valid_from, "valid_until": valid_until,
                        }
                    )  # fmt: skip
        return rows

    def _closures(self, rng: random.Random) -> dict[date, str]:
        """One closure in the history (when it is long enough) and one ahead, each on a working day."""
        closed: dict[date, str] = {}
        candidates = []
        if (self.today - self.first).days >= 30:
            candidates.append(self.today - timedelta(days=between(rng, 25, min(90, (self.today - self.first).days))))
        candidates.append(self.today + timedelta(days=between(rng, 5, 12)))
        for candidate, note in zip(candidates, cc.CLOSURES, strict=False):
            day = candidate
            while not workday(day):
                day += timedelta(days=1)
            closed[day] = note
        return closed

    def _sessions(self, rng: random.Random, starts: dict[int, date]) -> list[dict]:
        rows = []
        partner_of = {p.key: p.partner for p in cc.PEOPLE}
        month = date(self.first.year, self.first.month, 1)
        while month <= self.last:
            for person, weekday, nth, begins, ends, minutes, (low, high) in cc.SESSIONS:
                day = month + timedelta(days=(weekday - month.weekday()) % 7 + 7 * nth)
                while day in self.closed or (weekday >= 5 and workday(day)) or _holiday(day):
                    day += timedelta(days=7)  # not on a closure, a holiday or a 调休 working Saturday
                if self.first <= day <= self.last and day >= starts[partner_of[person]]:
                    rows.append(
                        {
                            "person_id": self.person_ids[person], "service_id": self.service_ids[cc.CLINIC],
                            "day": day, "kind": "session", "starts": begins, "ends": ends,
                            "places": between(rng, low, high),
                            "slot_min": minutes, "note": cc.SESSION_NOTES[person],
                        }
                    )  # fmt: skip
            month = (month + timedelta(days=32)).replace(day=1)
        return rows

    def _leaves(self, rng: random.Random) -> list[dict]:
        """Two to four days off a year for each provider with weekly hours, a few of them half days."""
        rows, notes = [], Weighted(cc.LEAVE_NOTES)
        span = (self.last - self.first).days + 1
        for key in dict.fromkeys(h.person for h in cc.HOURS):
            person_id = self.person_ids[key]
            mine = [h for h in cc.HOURS if h.person == key]
            weekdays = {w for h in mine for w in h.weekdays}
            first, last = self.first, self.last  # leave falls while the person has hours
            if any(h.until_change is True for h in mine):
                last = min(last, self.change_day - timedelta(days=1))
            if any(h.until_change is False for h in mine):
                first = max(first, self.change_day)
            if first > last:
                continue
            for _ in range(max(1, round(span / 365 * between(rng, 2, 4)))):
                day = first + timedelta(days=rng.randrange((last - first).days + 1))
                while day.weekday() not in weekdays:
                    day += timedelta(days=1)
                half = rng.random() < 0.25
                rows.append(
                    {
                        "person_id": person_id, "service_id": None, "day": day, "kind": "leave",
                        "starts": time(13, 30) if half else None, "ends": time(17, 0) if half else None,
                        "places": None, "slot_min": None, "note": notes.pick(rng),
                    }
                )  # fmt: skip
        rows.sort(key=lambda row: (row["day"], row["person_id"]))
        return rows

    def numbered_exceptions(self) -> list[dict]:
        return [{"id": i, **row} for i, row in enumerate(sorted(self.exception_rows, key=_exception_order), start=1)]

    # -- slots -----------------------------------------------------------------------------------------------------

    def open(self, day: date) -> bool:
        return open_days.is_open(day, self._overrides)

    def slots(self, day: date) -> dict[str, list[Slot]]:
        """Each service's slots on ``day``, in time order, made as the booking service makes them
        (:func:`frontdesk.core.scheduling.slots.day_slots`), so every demo appointment is one the desk could book."""
        exceptions = self._exceptions.get(day, [])
        leaves = [Leave(row["person_id"], row["starts"], row["ends"]) for row in exceptions if row["kind"] == "leave"]
        out: dict[str, list[Slot]] = {}
        for service_id, service in self._keys.items():
            info = self.services[service]
            found = day_slots(
                day,
                service_id=service_id,
                duration_min=info.minutes,
                places=info.places,
                hours=[hours for sid, hours in self._weekly.get(day.weekday(), ()) if sid == service_id],
                leaves=leaves,
                sessions=[
                    ClinicSession(row["person_id"], row["starts"], row["ends"], row["places"], row["slot_min"])
                    for row in exceptions
                    if row["kind"] == "session" and row["service_id"] == service_id
                ],
                center_open=self.open(day),
                center_closed_by_manager=day in self.closed,
            )
            if found:
                out[service] = [Slot(service, s.person_id, s.starts_at, s.ends_at, s.places) for s in found]
        return out


def _holiday(day: date) -> bool:
    """A day of a public holiday's period (or its 调休), when no 义诊 is planned."""
    try:
        return chinese_calendar.get_holiday_detail(day)[1] is not None
    except NotImplementedError:
        return (day.month, day.day) == (1, 1)


def _exception_order(row: dict) -> tuple:
    return (row["day"], row["kind"], row["person_id"])
