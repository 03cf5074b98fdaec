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


@cache
def workday(day: date) -> bool:
    """A working day by the national calendar; weekdays but New Year's Day for years it does not know yet."""
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return day.weekday() < 5 and (day.month, day.day) != (1, 1)


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
        self._by_weekday: dict[int, list[dict]] = {}
        for row in self.hours_rows:
            self._by_weekday.setdefault(row["weekday"], []).append(row)
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
        return day not in self.closed and workday(day)

    def slots(self, day: date) -> dict[str, list[Slot]]:
        """Each service's slots on ``day``, in time order: weekly hours on an open day less leave, plus sessions."""
        out: dict[str, list[Slot]] = {}
        exceptions = self._exceptions.get(day, [])
        leave = {row["person_id"]: row for row in exceptions if row["kind"] == "leave"}
        if self.open(day):
            for row in self._by_weekday.get(day.weekday(), ()):
                if (row["valid_from"] and day < row["valid_from"]) or (row["valid_until"] and day > row["valid_until"]):
                    continue
                away = leave.get(row["person_id"])
                if away is not None and away["starts"] is None:
                    continue
                service = self._keys[row["service_id"]]
                info = self.services[service]
                for slot in _cut(
                    day,
                    row["starts"],
                    row["ends"],
                    info.minutes,
                    service=service,
                    person_id=row["person_id"],
                    places=info.places,
                ):
                    if away is None or not (slot.starts.time() < away["ends"] and away["starts"] < slot.ends.time()):
                        out.setdefault(service, []).append(slot)
        if day not in self.closed:
            for row in exceptions:
                if row["kind"] == "session":
                    service = self._keys[row["service_id"]]
                    minutes = row["slot_min"] or self.services[service].minutes
                    places = row["places"] or self.services[service].places
                    out.setdefault(service, []).extend(
                        _cut(
                            day,
                            row["starts"],
                            row["ends"],
                            minutes,
                            service=service,
                            person_id=row["person_id"],
                            places=places,
                        )
                    )
        for slots in out.values():
            slots.sort(key=lambda slot: slot.starts)
        return out


def _cut(day: date, begins: time, ends: time, minutes: int, *, service: str, person_id: int, places: int) -> list[Slot]:
    start, stop, step = datetime.combine(day, begins), datetime.combine(day, ends), timedelta(minutes=minutes)
    slots = []
    while start + step <= stop:
        slots.append(Slot(service, person_id, start, start + step, places))
        start += step
    return slots


def _holiday(day: date) -> bool:
    """A day of a public holiday's period (or its 调休), when no 义诊 is planned."""
    try:
        return chinese_calendar.get_holiday_detail(day)[1] is not None
    except NotImplementedError:
        return (day.month, day.day) == (1, 1)


def _exception_order(row: dict) -> tuple:
    return (row["day"], row["kind"], row["person_id"])
