"""Demo care-station appointments, day by day beside the visits: who booked what, who came, who cancelled.

Appointments come from the visits: a resident who checks in for care (and now and then someone in for an
activity) has one in a slot soon after arriving — booked days ahead or, for some, at the desk there and then — so
every completed appointment names the visit it was part of. Cancellations and no-shows are added for residents
who did not come. Each booking is checked as the booking rules would: a slot never holds more than its places
(no-shows counted too), a resident never holds two overlapping ones, and only the station's slots are used. A full
day puts later askers on the waiting list; now and then a cancellation frees a place for one of them. Recurring
理疗 series are planned first; the days after today get the bookings already made for them.
"""

from __future__ import annotations

import random
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from frontdesk.core.demo import care_catalog as cc
from frontdesk.core.demo.care_setup import Slot, Station
from frontdesk.core.demo.health import BOOKABLE, Health, health_of, reading
from frontdesk.core.demo.sampling import Weighted, between
from frontdesk.core.demo.visits import Visitor
from frontdesk.core.models import VisitPurpose

AHEAD_DAYS = 14
CARE_VISIT_SHARE, OTHER_VISIT_SHARE = 0.8, 0.03  # visits with an appointment, by the visit's purpose
CLINIC_SHARE = 0.4  # of those in the building during a 义诊 session
WALK_IN_SHARE = 0.12
CANCEL_PER_COMPLETED, NO_SHOW_PER_COMPLETED = 0.068, 0.045  # → about 6 % and 4 % of all
FREED_SHARE = 0.4  # of those turned away from a full day, a cancellation soon gives one a place
SERIES_EVERY_DAYS = 45
# Days between booking and the appointment.
_LEAD = Weighted([(0, 12), (1, 25), (2, 15), (3, 10), (4, 7), (5, 6), (6, 6), (7, 6), (8, 3), (9, 2), (10, 2),
                  (11, 2), (12, 2), (13, 1), (14, 1)])  # fmt: skip
_SERIES_TIMES = (time(9, 0), time(9, 30), time(10, 0), time(14, 30), time(15, 0))
_REASONS = Weighted(cc.CANCEL_REASONS)
_MIN = timedelta(minutes=1)
_CARE = VisitPurpose.CARE.value


def _within_reach(slots: list[Slot], arrive: datetime) -> list[Slot]:
    """The slots a resident checking in at ``arrive`` can go to: from 8 minutes to 75 minutes later."""
    first = bisect_left(slots, arrive + 8 * _MIN, key=_starts)
    last = bisect_right(slots, arrive + 75 * _MIN, key=_starts)
    return slots[first:last]


def _starts(slot: Slot) -> datetime:
    return slot.starts


def _survival() -> list[float]:
    weights = [c - p for c, p in zip(_LEAD.cumulative, [0.0, *_LEAD.cumulative[:-1]], strict=True)]
    return [sum(weights[k:]) / _LEAD.total for k in range(len(weights))] + [0.0]


_STILL_TO_BOOK = _survival()  # share of a day's advance bookings already made k days before


class CareFactory:
    def __init__(
        self,
        rng: random.Random,
        station: Station,
        visitors: Sequence[Visitor],
        *,
        today: date,
        now: datetime,
        history_start: date,
        desk_ids: Sequence[int],
        care_staff_ids: Sequence[int],
    ) -> None:
        self.rng, self.station, self.today, self.now, self.since = rng, station, today, now, history_start
        self.health_rng = random.Random(rng.random())
        self.desk_ids, self.care_staff_ids = list(desk_ids), list(care_staff_ids)
        self.visitors = {v.person.id: v for v in visitors}
        self.pool = [v for v in visitors if v.habit is VisitPurpose.CARE or v.person.row.get("chronic_conditions")]
        self._health: dict[int, Health] = {}
        self.taken: Counter[tuple[str, datetime]] = Counter()  # places held in each slot
        self.busy: dict[tuple[int, date], list[tuple[datetime, datetime]]] = defaultdict(list)
        self.ids = Counter[str]()
        self.rows: dict[str, list[dict]] = defaultdict(list)
        self._visit_of: dict[int, dict] = {}  # appointment id → its visit row (ids are given when visits are written)
        self._slot_of: dict[int, Slot] = {}
        self.series: list[dict] = []
        self._planned: dict[date, list[dict]] = defaultdict(list)
        self._advance: Counter[tuple[str, int]] = Counter()  # advance bookings per service and weekday
        self._served: Counter[tuple[str, int]] = Counter()  # days each service had slots, per weekday
        self.totals = Counter[str]()
        self._waited: set[tuple[int, str, date]] = set()  # (resident, service, day) already on a waiting list
        self._appointments_today: list[dict] = []
        self._mine: dict[int, list[dict]] = defaultdict(list)

    # -- ids and small helpers -------------------------------------------------------------------------------------

    def _id(self, table: str) -> int:
        self.ids[table] += 1
        return self.ids[table]

    def health(self, resident_id: int) -> Health:
        if resident_id not in self._health:
            self._health[resident_id] = health_of(self.visitors[resident_id].person, self.health_rng)
        return self._health[resident_id]

    def _free(self, slot: Slot, resident_id: int) -> bool:
        return self.taken[(slot.service, slot.starts)] < slot.places and self._clear(slot, resident_id)

    def _clear(self, slot: Slot, resident_id: int) -> bool:
        spans = self.busy.get((resident_id, slot.starts.date()), ())
        return all(not (slot.starts < ends and starts < slot.ends) for starts, ends in spans)

    def _hold(self, slot: Slot, resident_id: int, sign: int = 1) -> None:
        self.taken[(slot.service, slot.starts)] += sign
        spans = self.busy[(resident_id, slot.starts.date())]
        if sign > 0:
            spans.append((slot.starts, slot.ends))
        else:
            spans.remove((slot.starts, slot.ends))

    def _registered(self, resident_id: int) -> datetime:
        return self.visitors[resident_id].person.row["created_at"]  # type: ignore[return-value]

    def _booked_at(self, slot: Slot, resident_id: int, latest: datetime) -> datetime | None:
        """When an advance booking was made (at the desk, in its hours), or None when it cannot have been."""
        lead = _LEAD.pick(self.rng)
        if lead == 0:
            at = latest - timedelta(minutes=between(self.rng, 20, 150))
        else:
            at = datetime.combine(slot.starts.date() - timedelta(days=lead), time(8, 30))
            at += timedelta(seconds=between(self.rng, 0, 8 * 3600))
        at = max(at, self._registered(resident_id) + 5 * _MIN)
        return at if at <= latest else None

    def _book(self, slot: Slot, resident_id: int, booked_at: datetime, *, walk_in: bool = False, **extra) -> dict:
        row = {
            "id": self._id("appointment"), "resident_id": resident_id,
            "service_id": self.station.service_ids[slot.service], "person_id": slot.person_id, "series_id": None,
            "day": slot.starts.date(), "starts_at": slot.starts, "ends_at": slot.ends,
            "status": "booked", "walk_in": walk_in, "cancel_reason": None, "visit_id": None,
            "arrived_at": None, "started_at": None, "completed_at": None, "no_show_reviewed_at": None,
            "booked_at": booked_at, "booked_by_id": self.rng.choice(self.desk_ids), "updated_at": booked_at,
        } | extra  # fmt: skip
        self.rows["appointment"].append(row)
        self._slot_of[row["id"]] = slot
        self._hold(slot, resident_id)
        return row

    def _cancel(self, row: dict, at: datetime) -> None:
        self._hold(self._slot_of[row["id"]], row["resident_id"], -1)
        self._visit_of.pop(row["id"], None)
        row.update(status="cancelled", cancel_reason=_REASONS.pick(self.rng), updated_at=at, visit_id=None)
        row.update(arrived_at=None, started_at=None, completed_at=None)

    # -- the recurring series --------------------------------------------------------------------------------------

    def plan_series(self) -> None:
        """理疗 twice a week for five weeks, for residents with bad joints; some run on past today."""
        rng, days = self.rng, (self.today - self.since).days + 1
        count = days // SERIES_EVERY_DAYS + (days >= 14)
        joints = [v for v in self.pool if v.last_day is None and self.health(v.person.id).weights[cc.PHYSIO] > 1]
        for visitor in rng.sample(joints, min(count, len(joints))):
            start = self.since + timedelta(days=rng.randrange(max(1, days - 3)))
            start += timedelta(days=(1 - start.weekday()) % 7)  # the next Tuesday
            created = datetime.combine(start - timedelta(days=between(rng, 1, 4)), time(9))
            created += between(rng, 0, 400) * _MIN
            created = min(max(created, self._registered(visitor.person.id) + _MIN), self.now - 30 * _MIN)
            rid = visitor.person.id
            dates = [start + timedelta(days=7 * week + weekday) for week in range(5) for weekday in (0, 2)]
            times = rng.sample(_SERIES_TIMES, len(_SERIES_TIMES))  # the desk finds the time free most weeks
            at, slots = max(((t, self._series_slots(dates, t, rid)) for t in times), key=lambda pair: len(pair[1]))
            series = {
                "id": self._id("appointment_series"), "resident_id": rid,
                "service_id": self.station.service_ids[cc.PHYSIO], "person_id": self.station.person_ids["kang"],
                "pattern": f"weekdays=1,3;time={at:%H:%M};weeks=5", "created_at": created,
                "staff_id": rng.choice(self.desk_ids),
            }  # fmt: skip
            self.series.append(series)
            for slot in slots:
                row = self._book(slot, rid, created, series_id=series["id"])
                row["booked_by_id"] = series["staff_id"]
                self._planned[slot.starts.date()].append(row)

    def _series_slots(self, dates: list[date], at: time, resident_id: int) -> list[Slot]:
        """The free slots at ``at`` on ``dates``: a holiday, the therapist's leave, a closure or a taken slot is
        skipped, as the booking does."""
        slots = []
        for day in dates:
            slot = next((s for s in self.station.slots(day).get(cc.PHYSIO, ()) if s.starts.time() == at), None)
            if slot is not None and self._free(slot, resident_id):
                slots.append(slot)
        return slots

    # -- a day of the history --------------------------------------------------------------------------------------

    def visit_day(self, day: date, visits: list[dict]) -> bool:
        """Appointments for ``day`` from its visit rows, which may be lengthened, added or replaced so that each
        completed appointment lies inside a visit; True when the rows changed (they need numbering again)."""
        slots = self.station.slots(day)
        self._appointments_today = []
        changed = False
        self._mine = defaultdict(list)  # the day's visits by resident
        for visit in visits:
            self._mine[visit["resident_id"]].append(visit)
        for row in self._planned.pop(day, ()):
            changed |= self._series_day(row, visits)
        visiting = {v["resident_id"] for v in visits}
        for visit in visits:  # in check-in order (a visit added for a series comes last, which does not matter)
            self._from_visit(visit, visits, slots)
        self._absentees(day, slots, visiting)
        if day < self.today:
            for service in slots:
                self._served[(service, day.weekday())] += 1
        self._close_day(day)
        return changed

    def _series_day(self, row: dict, visits: list[dict]) -> bool:
        slot, rid = self._slot_of[row["id"]], row["resident_id"]
        if slot.starts > self.now:
            return False
        self._appointments_today.append(row)
        roll = self.rng.random()
        if roll < 0.07:
            self._cancel(row, max(row["booked_at"], slot.starts - timedelta(hours=between(self.rng, 2, 40))))
            return False
        if roll < 0.1 and slot.starts.date() < self.today:
            row.update(status="no_show")
            self._review_no_show(row)
            return False
        mine = self._mine.get(rid, [])
        fits = [v for v in mine if self._room(v, visits, slot) is not None]
        if fits:
            self._attend(row, slot, fits[0], visits)
            return False
        arrive = slot.starts - between(self.rng, 8 * 60, 25 * 60) * timedelta(seconds=1)
        if arrive > self.now:
            return False
        for visit in mine:
            visits.remove(visit)
        self._mine[rid] = mine = []
        leave = slot.ends + between(self.rng, 5, 40) * _MIN
        visit = {
            "resident_id": rid, "visit_date": slot.starts.date(), "queue_number": 0, "checked_in_at": arrive,
            "checked_out_at": leave if leave <= self.now else None, "auto_checkout": False,
            "purpose": VisitPurpose.CARE.value, "companions": 0, "staff_id": None,
        }  # fmt: skip
        visits.append(visit)
        mine.append(visit)
        self._attend(row, slot, visit, visits)
        return True

    def _room(self, visit: dict, visits: list[dict], slot: Slot) -> datetime | None:
        """The latest this visit may end to hold ``slot`` (its next visit that day, 3 hours in all), or None."""
        if visit["checked_in_at"] > slot.starts - 8 * _MIN:
            return None
        latest = min(visit["checked_in_at"] + timedelta(minutes=178), datetime.combine(slot.starts.date(), time(17)))
        for other in self._mine[visit["resident_id"]]:
            if other["checked_in_at"] > visit["checked_in_at"]:
                latest = min(latest, other["checked_in_at"] - 10 * _MIN)
        return latest if latest >= slot.ends + 15 * _MIN else None

    def _attend(self, row: dict, slot: Slot, visit: dict, visits: list[dict]) -> None:
        """The appointment as it went (or, today, as far as it has gone by now), inside ``visit``."""
        rng, minutes = self.rng, (slot.ends - slot.starts).total_seconds() / 60
        arrived = max(visit["checked_in_at"] + between(rng, 1, 4) * _MIN, slot.starts - between(rng, 2, 20) * _MIN)
        arrived = max(arrived, row["booked_at"] + _MIN)
        started = slot.starts + timedelta(seconds=between(rng, 0, int(minutes * 20)))
        completed = min(slot.ends, started + timedelta(seconds=between(rng, int(minutes * 15), int(minutes * 55))))
        stamps = {"arrived_at": arrived, "started_at": started, "completed_at": completed}
        status = "completed"
        for key, status_before in (("completed_at", "in_service"), ("started_at", "arrived"), ("arrived_at", "booked")):
            if stamps[key] > self.now:
                stamps[key], status = None, status_before
        if status == "booked":
            return  # in the building, not yet at the station
        row.update(stamps, status=status, updated_at=max(t for t in stamps.values() if t))
        self._visit_of[row["id"]] = visit
        leave = completed + between(rng, 3, 15) * _MIN
        out = visit["checked_out_at"]
        if out is not None and out < leave:
            visit["checked_out_at"], visit["auto_checkout"] = (None if leave > self.now else leave), False

    def _from_visit(self, visit: dict, visits: list[dict], slots: dict[str, list[Slot]]) -> None:
        rng, rid = self.rng, visit["resident_id"]
        if rid not in self.visitors:
            return
        if cc.CLINIC in slots and rng.random() < CLINIC_SHARE:
            self._try(visit, visits, slots[cc.CLINIC], walk_in_share=0.5)
        share = CARE_VISIT_SHARE if visit["purpose"] == _CARE else OTHER_VISIT_SHARE
        if rng.random() >= share:
            return
        offered = [s for s in BOOKABLE if s in slots]
        if not offered:
            return
        weights = self.health(rid).weights
        service = rng.choices(offered, [weights[s] for s in offered])[0]
        booked = self._try(visit, visits, slots[service], walk_in_share=WALK_IN_SHARE)
        if not booked and self._full_then(visit, slots[service]):
            self._wait(visit, visits, slots[service])

    def _full_then(self, visit: dict, slots: list[Slot]) -> bool:
        """Every slot the resident could have taken on this visit is full (not merely clashing with their own)."""
        window = _within_reach(slots, visit["checked_in_at"])
        return bool(window) and all(self.taken[(s.service, s.starts)] >= s.places for s in window)

    def _try(self, visit: dict, visits: list[dict], slots: list[Slot], *, walk_in_share: float) -> bool:
        rid, arrive = visit["resident_id"], visit["checked_in_at"]
        near: list[Slot] = []
        for slot in _within_reach(slots, arrive):
            if self._free(slot, rid) and self._room(visit, visits, slot) is not None:
                near.append(slot)
                if len(near) == 3:
                    break
        if not near:
            return False
        slot = near[0] if self.rng.random() < 0.7 else self.rng.choice(near[:3])
        booked = None if self.rng.random() < walk_in_share else self._booked_at(slot, rid, arrive)
        walk_in = booked is None
        if walk_in:
            booked = arrive + between(self.rng, 1, 4) * _MIN
            if booked > self.now:
                return True  # at the desk right now: not booked yet
        row = self._book(slot, rid, booked, walk_in=walk_in)  # type: ignore[arg-type]
        if not walk_in and slot.starts.date() < self.today:
            self._advance[(slot.service, slot.starts.weekday())] += 1
        self._appointments_today.append(row)
        self._attend(row, slot, visit, visits)
        return True

    def _wait(self, visit: dict, visits: list[dict], slots: list[Slot]) -> None:
        """候补 when the slots within reach are full; a cancellation may soon give one of them to this resident."""
        rng, rid = self.rng, visit["resident_id"]
        joined = visit["checked_in_at"] + between(rng, 1, 4) * _MIN
        key = (rid, slots[0].service, joined.date())
        if joined > self.now or key in self._waited:
            return
        self._waited.add(key)
        entry = {
            "id": self._id("waitlist_entry"), "service_id": self.station.service_ids[slots[0].service],
            "resident_id": rid, "day": joined.date(), "joined_at": joined,
            "status": "waiting" if joined.date() == self.today else "withdrawn", "offered_at": None,
            "offered_starts_at": None, "offered_person_id": None, "appointment_id": None,
            "note": rng.choice(cc.WAIT_NOTES), "staff_id": rng.choice(self.desk_ids),
        }  # fmt: skip
        self.rows["waitlist_entry"].append(entry)
        if rng.random() >= FREED_SHARE:
            return
        cancel_at = joined + between(rng, 3, 15) * _MIN
        for holder in self._appointments_today:
            slot = self._slot_of[holder["id"]]
            if (
                slot.service == slots[0].service and holder["status"] != "cancelled" and holder["series_id"] is None
                and not holder["walk_in"] and holder["booked_at"] < joined and slot.starts >= cancel_at + 15 * _MIN
                and (holder["arrived_at"] is None or holder["arrived_at"] > cancel_at + 5 * _MIN)
                and cancel_at <= self.now and self._room(visit, visits, slot) is not None and self._clear(slot, rid)
            ):  # fmt: skip
                self._cancel(holder, cancel_at)
                offered = cancel_at + _MIN
                row = self._book(slot, rid, offered + between(rng, 1, 3) * _MIN)
                self._appointments_today.append(row)
                self._attend(row, slot, visit, visits)
                entry.update(status="booked", offered_at=offered, offered_starts_at=slot.starts)
                entry.update(offered_person_id=slot.person_id, appointment_id=row["id"])
                return

    def _absentees(self, day: date, slots: dict[str, list[Slot]], visiting: set[int]) -> None:
        """Cancelled bookings and no-shows, by residents who did not come that day (today: not marked yet)."""
        rng = self.rng
        offered = [s for s in BOOKABLE if s in slots]
        if not offered:
            return
        attended = sum(row["arrived_at"] is not None for row in self._appointments_today)
        for kind, per in (("cancelled", CANCEL_PER_COMPLETED), ("no_show", NO_SHOW_PER_COMPLETED)):
            for _ in range(self._count(per * attended)):
                visitor = self._absent(day, visiting)
                if visitor is None:
                    continue
                rid, weights = visitor.person.id, self.health(visitor.person.id).weights
                service = rng.choices(offered, [weights[s] for s in offered])[0]
                free = [s for s in slots[service] if s.starts <= self.now and self._free(s, rid)]
                if not free:
                    continue
                slot = rng.choice(free)
                booked = self._booked_at(slot, rid, slot.starts - 30 * _MIN)
                if booked is None:
                    continue
                row = self._book(slot, rid, booked)
                self._appointments_today.append(row)
                if kind == "cancelled":
                    latest = min(slot.starts - 15 * _MIN, self.now)
                    span = max(0, int((latest - booked).total_seconds()) - 300)
                    self._cancel(row, booked + timedelta(seconds=300 + between(rng, 0, span)))
                elif day < self.today:
                    row["status"] = "no_show"  # it held its place until the day was over
                    self._review_no_show(row)

    def _absent(self, day: date, visiting: set[int]) -> Visitor | None:
        for _ in range(12):
            visitor = self.rng.choice(self.pool) if self.pool else None
            if visitor is None:
                return None
            rid = visitor.person.id
            if (
                visitor.first_day <= day and (visitor.last_day is None or day <= visitor.last_day)
                and rid not in visiting and not self.busy.get((rid, day))
            ):  # fmt: skip
                return visitor
        return None

    def _review_no_show(self, row: dict) -> None:
        """未到 is marked when the day closes; staff look at it the next morning (never a ban)."""
        row["updated_at"] = datetime.combine(row["day"], time(17, 30))
        reviewed = datetime.combine(row["day"] + timedelta(days=1), time(9)) + between(self.rng, 0, 120) * _MIN
        if reviewed <= self.now and self.rng.random() < 0.85:
            row.update(no_show_reviewed_at=reviewed, updated_at=reviewed)

    def _count(self, expected: float) -> int:
        whole = int(expected)
        return whole + (self.rng.random() < expected - whole)

    def _close_day(self, day: date) -> None:
        """The station's queue (排队号 in order of arrival) and the readings of completed measurements."""
        arrived = [r for r in self._appointments_today if r["arrived_at"] is not None]
        arrived.sort(key=lambda r: (r["arrived_at"], r["id"]))
        nurse = self.care_staff_ids[day.toordinal() % len(self.care_staff_ids)]
        queue_status = {"arrived": "waiting", "in_service": "called", "completed": "done"}
        for number, row in enumerate(arrived, start=1):
            self.rows["station_queue"].append(
                {
                    "id": self._id("station_queue"), "day": day, "number": number, "resident_id": row["resident_id"],
                    "service_id": row["service_id"], "appointment_id": row["id"], "joined_at": row["arrived_at"],
                    "called_at": row["started_at"], "done_at": row["completed_at"],
                    "status": queue_status[row["status"]],
                }
            )  # fmt: skip
            if row["status"] != "completed":
                continue
            service = self._slot_of[row["id"]].service
            started, completed = row["started_at"], row["completed_at"]
            taken = started + (completed - started) * self.rng.random()
            values = reading(self.health(row["resident_id"]), self.health_rng, service, taken, since=self.since)
            if values is not None:
                self.rows["vital_reading"].append(
                    {
                        "id": self._id("vital_reading"), "resident_id": row["resident_id"],
                        "appointment_id": row["id"], "taken_at": taken.replace(microsecond=0), "staff_id": nurse,
                    } | values
                )  # fmt: skip

    # -- the days ahead --------------------------------------------------------------------------------------------

    def future(self) -> None:
        """The advance bookings already made now for the rest of today and the next two weeks, and the waiting
        lists of the days already full."""
        rng = self.rng
        active = [v for v in self.pool if v.last_day is None and self._registered(v.person.id) < self.now]
        fitting: dict[str, list[Visitor]] = {}  # those who would book each service
        for offset in range(AHEAD_DAYS + 1):
            day = self.today + timedelta(days=offset)
            for service, slots in self.station.slots(day).items():
                later = [s for s in slots if s.starts > self.now]
                served = self._served[(service, day.weekday())]
                if not later or not served or not active:
                    continue
                mean = self._advance[(service, day.weekday())] / served
                wanted = self._count(mean * _STILL_TO_BOOK[offset] * len(later) / len(slots))
                if service not in fitting:
                    fitting[service] = [
                        v for v in active if service == cc.CLINIC or self.health(v.person.id).weights[service] >= 1
                    ]
                fits = fitting[service]
                for _ in range(wanted):
                    self._book_ahead(rng.choice(fits or active), later, offset)
                if all(self.taken[(s.service, s.starts)] >= s.places for s in later):
                    for visitor in rng.sample(fits or active, min(2, len(fits or active))):
                        self._wait_ahead(visitor, later[0])

    def _book_ahead(self, visitor: Visitor, slots: list[Slot], offset: int) -> None:
        rid = visitor.person.id
        free = [s for s in slots if self._free(s, rid)]
        if not free:
            return
        slot = self.rng.choice(free)
        booked = self._desk_time(rid, days=max(1, 14 - offset))
        if booked is not None:
            self._book(slot, rid, booked)

    def _wait_ahead(self, visitor: Visitor, slot: Slot) -> None:
        rid = visitor.person.id
        key = (rid, slot.service, slot.starts.date())
        joined = self._desk_time(rid, days=3)
        if joined is None or key in self._waited or not self._clear(slot, rid):
            return
        self._waited.add(key)
        self.rows["waitlist_entry"].append(
            {
                "id": self._id("waitlist_entry"), "service_id": self.station.service_ids[slot.service],
                "resident_id": rid, "day": slot.starts.date(), "joined_at": joined, "status": "waiting",
                "offered_at": None, "offered_starts_at": None, "offered_person_id": None, "appointment_id": None,
                "note": self.rng.choice(cc.WAIT_NOTES), "staff_id": self.rng.choice(self.desk_ids),
            }
        )  # fmt: skip

    def _desk_time(self, resident_id: int, *, days: int) -> datetime | None:
        """A moment at the desk (08:30–17:00) in the last ``days`` days before now, after the resident registered."""
        day = (self.now - timedelta(days=self.rng.randrange(days))).date()
        at = datetime.combine(day, time(8, 30)) + timedelta(seconds=between(self.rng, 0, 510 * 60))
        if at >= self.now:
            at = self.now - between(self.rng, 1, 90) * _MIN
        return at if at > self._registered(resident_id) else None

    # -- handing the rows over -------------------------------------------------------------------------------------

    def take(self, through: date | None = None) -> dict[str, list[dict]]:
        """The rows of the days up to ``through`` (all when None), with visit ids filled in: the visits must have
        been given their ids. Appointments of later days (a series ahead) are kept until their day is done."""
        out: dict[str, list[dict]] = {}
        kept: list[dict] = []
        for row in self.rows.pop("appointment", []):
            if through is not None and row["day"] > through:
                kept.append(row)
                continue
            visit = self._visit_of.pop(row["id"], None)
            row["visit_id"] = visit["id"] if visit is not None else None
            out.setdefault("appointment", []).append(row)
        self.rows["appointment"] = kept
        for table in ("waitlist_entry", "station_queue", "vital_reading"):
            out[table] = self.rows.pop(table, [])
        for table, rows in out.items():
            self.totals[table] += len(rows)
        return out
