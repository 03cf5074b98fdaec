"""The demo center's classes and rooms over the seeded year: terms (2026 春季班, 2026 秋季班…), their courses with
weekly patterns and sessions, events (one-session courses), and the rooms' one-off bookings (议事会, 党日, health
lectures, the care station's 义诊 in the hall).

Sessions come from :func:`frontdesk.core.scheduling.term_days.term_days` (holidays and the station's closures
skipped). The plan is built clash-free by construction: every use — a session, a booking, a moved or added session —
is placed only where :class:`_Rooms` finds its room free for it with set-up and clean-up, inside the room's hours, and
its instructor free; the demo test checks the result with the desk's own
:func:`frontdesk.core.services.room_use.clashes_of`.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from frontdesk.core.demo import catalog
from frontdesk.core.demo import class_catalog as kc
from frontdesk.core.demo.sampling import Weighted, between
from frontdesk.core.models import BookingKind, CourseCategory, CourseKind
from frontdesk.core.scheduling import open_days
from frontdesk.core.scheduling.term_days import Meeting, term_days
from frontdesk.core.services.room_use import DAY_CLOSES, DAY_OPENS, Use

TERM_WEEKS = 20
REGISTRATION_DAYS = 21  # 报名 opens three weeks before a term (or an event)
MANAGER_ID = 1  # the demo's manager (catalog.STAFF[0]) sets up terms and takes bookings


@dataclass
class PlannedCourse:
    """What the enrollment generator needs of a course: its places, when it runs and who it is for."""

    id: int
    title: str
    kind: CourseKind
    category: CourseCategory
    capacity: int
    max_companions: int
    weekdays: frozenset[int]
    opens: datetime  # registration
    demand: float
    who: str | None  # "young" (vocational), "birthday:<month>", "women" or None
    sessions: list[dict] = field(default_factory=list)
    employers: tuple[str, ...] = ()

    @property
    def last_start(self) -> datetime:
        return max(s["starts_at"] for s in self.sessions)

    @property
    def first_start(self) -> datetime:
        return min(s["starts_at"] for s in self.sessions)


class _Rooms:
    """Who holds which room, and which instructor is busy, day by day: the plan's own clash check."""

    def __init__(self, hours: Mapping[int, tuple[time, time]]) -> None:
        self.hours = hours
        self.rooms: dict[tuple[int, date], list[tuple[datetime, datetime, object]]] = {}
        self.people: dict[tuple[int, date], list[tuple[datetime, datetime, object]]] = {}

    def fits(self, use: Use, *, ignore: object = None) -> bool:
        day = use.starts_at.date()
        opens, closes = self.hours.get(use.room_id, (DAY_OPENS, DAY_CLOSES))
        if use.taken_from < datetime.combine(day, opens) or use.taken_until > datetime.combine(day, closes):
            return False
        for lo, hi, key in self.rooms.get((use.room_id, day), ()):
            if key != ignore and lo < use.taken_until and use.taken_from < hi:
                return False
        if use.instructor_id is not None:
            for lo, hi, key in self.people.get((use.instructor_id, day), ()):
                if key != ignore and lo < use.ends_at and use.starts_at < hi:
                    return False
        return True

    def take(self, key: object, use: Use) -> None:
        day = use.starts_at.date()
        self.rooms.setdefault((use.room_id, day), []).append((use.taken_from, use.taken_until, key))
        if use.instructor_id is not None:
            self.people.setdefault((use.instructor_id, day), []).append((use.starts_at, use.ends_at, key))

    def drop(self, key: object, use: Use) -> None:
        day = use.starts_at.date()
        self.rooms[(use.room_id, day)] = [u for u in self.rooms[(use.room_id, day)] if u[2] != key]
        if use.instructor_id is not None:
            self.people[(use.instructor_id, day)] = [u for u in self.people[(use.instructor_id, day)] if u[2] != key]


def term_spans(first: date, last: date) -> list[tuple[str, date, date]]:
    """The terms that overlap ``first``–``last``: 春季班 from early March, 秋季班 from early September, 20 weeks
    each (Monday to the Friday of the 20th week)."""
    out = []
    for year in range(first.year - 1, last.year + 1):
        for name, month, day in (("春季班", 3, 2), ("秋季班", 9, 7)):
            start = date(year, month, day)
            start += timedelta(days=(7 - start.weekday()) % 7)
            end = start + timedelta(weeks=TERM_WEEKS, days=-3)
            if start <= last and end >= first:
                out.append((f"{year} {name}", start, end))
    return out


class ClassPlan:
    """Builds the classes' rows from a seed; ``first``–``last`` is the demo's span (history and the days ahead)."""

    def __init__(
        self,
        rng: random.Random,
        *,
        first: date,
        last: date,
        closed: Mapping[date, str],
        person_ids: Mapping[str, int],
        station_people: list[dict],
        partner_rows: list[dict],
        clinic_rows: Iterable[dict],
        now: datetime,
    ) -> None:
        self.rng, self.first, self.last, self.now = rng, first, last, now
        self.closed = dict(closed)
        self.overrides = dict.fromkeys(self.closed, False)
        next_id = max(person_ids.values(), default=0) + 1
        self.person_ids = dict(person_ids) | {p.key: next_id + i for i, p in enumerate(kc.PEOPLE)}
        self.partner_names = {row["id"]: row["name"] for row in partner_rows}
        prefixes = Weighted(catalog.MOBILE_PREFIXES)
        starts = {row["id"]: row["agreement_start"] for row in partner_rows}
        self.people_rows = [
            {
                "id": self.person_ids[p.key], "partner_id": p.partner, "name": p.name, "role": p.role.value,
                "phone": prefixes.pick(rng) + f"{rng.randrange(10**8):08d}", "notes": p.notes, "active": p.active,
                "created_at": datetime.combine(starts[p.partner], time(10)),
                "updated_at": datetime.combine(starts[p.partner], time(10)),
            }
            for p in kc.PEOPLE
        ]  # fmt: skip
        self.room_ids = {room.name: i for i, room in enumerate(catalog.ROOMS, start=1)}
        self._rooms = _Rooms({i: room.hours for i, room in enumerate(catalog.ROOMS, start=1) if room.hours})
        self.term_rows: list[dict] = []
        self.course_rows: list[dict] = []
        self.pattern_rows: list[dict] = []
        self.session_rows: list[dict] = []
        self.booking_rows: list[dict] = []
        self.courses: list[PlannedCourse] = []
        self._course_setup: dict[int, tuple[int, int]] = {}
        self._clinics(clinic_rows, {row["id"]: row["partner_id"] for row in station_people})
        for name, start, end in term_spans(first, last):
            self._term(name, start, end)
        month = date(first.year, first.month, 1)
        while month <= last:
            self._events(month)
            self._bookings(month)
            month = (month + timedelta(days=32)).replace(day=1)
        for term in self.term_rows:
            self._changes(term)
        self._cancel_some_bookings()

    # -- placing ---------------------------------------------------------------------------------------------------

    def _open(self, day: date) -> bool:
        """Not a public holiday and not a day the station closed."""
        return day not in self.closed and open_days.holiday_name(day) is None

    def _usable(self, day: date) -> bool:
        """An open day of the demo's span: bookings and events are made there only."""
        return self.first <= day <= self.last and self._open(day)

    def _place(self, key: object, days: Iterable[date], starts: time, ends: time, *, room: int, setup: int,
               cleanup: int, instructor: int | None) -> Use | None:  # fmt: skip
        """The first of ``days`` that can take the use, taken; None if none can."""
        for day in days:
            use = Use(room, datetime.combine(day, starts), datetime.combine(day, ends), setup, cleanup, instructor)
            if self._usable(day) and self._rooms.fits(use):
                self._rooms.take(key, use)
                return use
        return None

    @staticmethod
    def _nth(month: date, weekday: int, nth: int) -> date:
        return month + timedelta(days=(weekday - month.weekday()) % 7 + 7 * nth)

    @staticmethod
    def _around(day: date) -> list[date]:
        """A day, then the days after it that could stand in (the same weekday a week on comes early)."""
        return [day + timedelta(days=n) for n in (0, 1, 2, 3, 7, 8, 9, 10)]

    def _created(self, day: date, days_before: int) -> datetime:
        return min(datetime.combine(day - timedelta(days=days_before), time(9, 30)), self.now)

    # -- terms and courses -----------------------------------------------------------------------------------------

    def _term(self, name: str, start: date, end: date) -> None:
        term_id = len(self.term_rows) + 1
        created = self._created(start, 45)
        self.term_rows.append({"id": term_id, "name": name, "first_day": start, "last_day": end,
                               "created_at": created, "updated_at": created})  # fmt: skip
        ordinal = max(0, (start.year - 2025) * 2 + (0 if start.month < 6 else 1))
        for info in kc.TERM_COURSES:
            for round_ in range(info.rounds):
                first, last = start, end
                title = info.title
                if info.rounds > 1:
                    first = start + timedelta(weeks=round_ * (kc.PERIOD_WEEKS + 1))
                    last = first + timedelta(weeks=kc.PERIOD_WEEKS, days=-1)
                    title = f"{info.title}（第{info.first_round + info.rounds * ordinal + round_}期）"
                self._course(info, title, term_id=term_id, first=first, last=last, created=created)

    def _course(
        self, info: kc.CourseInfo, title: str, *, term_id: int, first: date, last: date, created: datetime
    ) -> None:
        course_id = len(self.course_rows) + 1
        room, instructor = self.room_ids[info.room], self.person_ids[info.instructor]
        meetings = [Meeting(weekday, starts, ends) for weekday, starts, ends in info.meetings]
        sessions = []
        for planned in term_days(first, last, meetings, overrides=self.overrides).planned:
            use = Use(room, planned.starts_at, planned.ends_at, info.setup_min, info.cleanup_min, instructor)
            if not self._rooms.fits(use):
                continue  # never here with the catalog's grid; a clash would be left out, not written
            session = self._session_row(course_id, use)
            self._rooms.take(("session", session["id"]), use)
            sessions.append(session)
        if not sessions:
            return
        self.course_rows.append(
            {
                "id": course_id, "title": title, "category": info.category.value, "kind": CourseKind.COURSE.value,
                "term_id": term_id, "partner_id": info.partner, "instructor_id": instructor, "room_id": room,
                "capacity": info.capacity, "max_companions": 0, "fee_cents": info.fee_cents,
                "target_group": info.target, "description": info.description, "setup_min": info.setup_min,
                "cleanup_min": info.cleanup_min, "on_makeup_days": False, "active": True, "created_at": created,
                "updated_at": created,
            }
        )  # fmt: skip
        for weekday, starts, ends in info.meetings:
            self.pattern_rows.append({"id": len(self.pattern_rows) + 1, "course_id": course_id, "weekday": weekday,
                                      "starts": starts, "ends": ends})  # fmt: skip
        self._course_setup[course_id] = (info.setup_min, info.cleanup_min)
        self.courses.append(
            PlannedCourse(
                course_id, title, CourseKind.COURSE, info.category, info.capacity, 0,
                frozenset(w for w, _, _ in info.meetings),
                datetime.combine(first - timedelta(days=REGISTRATION_DAYS), time(8, 30)), info.demand,
                "young" if info.category is CourseCategory.VOCATIONAL else None, sessions,
                kc.EMPLOYERS.get(info.title, ()),
            )
        )  # fmt: skip

    def _session_row(self, course_id: int, use: Use, **extra: object) -> dict:
        created = self._created(use.starts_at.date(), 40)
        row = {
            "id": len(self.session_rows) + 1, "course_id": course_id, "room_id": use.room_id,
            "instructor_id": use.instructor_id, "day": use.starts_at.date(), "starts_at": use.starts_at,
            "ends_at": use.ends_at, "status": "scheduled", "cancel_reason": None, "added": False, "moved_from": None,
            "note": None, "created_at": created, "updated_at": created,
        } | extra  # fmt: skip
        self.session_rows.append(row)
        return row

    def _changes(self, term: dict) -> None:
        """A few sessions of the term cancelled, moved (调课) or added (加课), each where nothing is in the way."""
        rng = self.rng
        sessions = [s for s in self.session_rows if self._term_of(s) == term["id"]]
        if not sessions:
            return
        for session in rng.sample(sessions, min(len(sessions), between(rng, 3, 5))):
            session["status"] = "cancelled"
            session["cancel_reason"] = rng.choice(kc.CANCEL_REASONS)
            session["updated_at"] = min(session["starts_at"] - timedelta(days=between(rng, 1, 4)), self.now)
            self._rooms.drop(("session", session["id"]), self._use_of(session))
        scheduled = [s for s in sessions if s["status"] == "scheduled"]
        for session in rng.sample(scheduled, min(len(scheduled), between(rng, 2, 4))):
            use, key = self._use_of(session), ("session", session["id"])
            for offset in (1, 2, -1, 3):
                day = session["day"] + timedelta(days=offset)
                moved = use.moved(use.starts_at + timedelta(days=offset))
                inside = term["first_day"] <= day <= term["last_day"]
                if inside and self._open(day) and self._rooms.fits(moved, ignore=key):
                    self._rooms.drop(key, use)
                    self._rooms.take(key, moved)
                    session |= {
                        "moved_from": session["starts_at"],
                        "day": day,
                        "starts_at": moved.starts_at,
                        "ends_at": moved.ends_at,
                        "note": rng.choice(kc.MOVE_NOTES),
                        "updated_at": min(use.starts_at - timedelta(days=between(rng, 2, 6)), self.now),
                    }
                    break  # fmt: skip
        last_weeks = [s for s in scheduled if s["day"] >= term["last_day"] - timedelta(days=20)]
        for session in rng.sample(last_weeks, min(len(last_weeks), between(rng, 1, 2))):
            use = self._use_of(session)
            for offset in (1, 2, 3, 4):
                extra = use.moved(use.starts_at + timedelta(days=offset))
                day = extra.starts_at.date()
                inside = day <= term["last_day"] and day.weekday() < 6
                if inside and self._open(day) and self._rooms.fits(extra):
                    row = self._session_row(session["course_id"], extra, added=True, note=rng.choice(kc.ADDED_NOTES))
                    self._rooms.take(("session", row["id"]), extra)
                    self._planned(session["course_id"]).sessions.append(row)
                    break

    def _term_of(self, session: dict) -> int | None:
        return self.course_rows[session["course_id"] - 1]["term_id"]

    def _planned(self, course_id: int) -> PlannedCourse:
        return next(c for c in self.courses if c.id == course_id)

    def _use_of(self, session: dict) -> Use:
        setup, cleanup = self._course_setup[session["course_id"]]
        return Use(session["room_id"], session["starts_at"], session["ends_at"], setup, cleanup,
                   session["instructor_id"])  # fmt: skip

    # -- events ----------------------------------------------------------------------------------------------------

    def _events(self, month: date) -> None:
        for info in (*kc.MONTHLY_EVENTS, *kc.SEASONAL_EVENTS.get(month.month, ())):
            if info.title == kc.CHONGYANG:
                on = kc.CHONGYANG_DAYS.get(month.year)
                if on is None:
                    continue
                day = date(month.year, *on)
            elif info.on is not None:
                day = date(month.year, *info.on)
            else:
                day = self._nth(month, *info.when)
            self._event(info, month, day)

    def _event(self, info: kc.EventInfo, month: date, day: date) -> None:
        course_id = len(self.course_rows) + 1
        room = self.room_ids[info.room]
        instructor = self.person_ids[info.instructor] if info.instructor else None
        key = ("session", len(self.session_rows) + 1)
        use = self._place(key, self._around(day), info.starts, info.ends, room=room, setup=info.setup_min,
                          cleanup=info.cleanup_min, instructor=instructor)  # fmt: skip
        if use is None:
            return
        title = info.title.format(month=month.month)
        created = self._created(use.starts_at.date(), 30)
        session = self._session_row(course_id, use)
        self.course_rows.append(
            {
                "id": course_id, "title": title, "category": info.category.value, "kind": CourseKind.EVENT.value,
                "term_id": None, "partner_id": info.partner, "instructor_id": instructor, "room_id": room,
                "capacity": info.capacity, "max_companions": info.companions, "fee_cents": 0,
                "target_group": info.target, "description": info.description, "setup_min": info.setup_min,
                "cleanup_min": info.cleanup_min, "on_makeup_days": False, "active": True, "created_at": created,
                "updated_at": created,
            }
        )  # fmt: skip
        self._course_setup[course_id] = (info.setup_min, info.cleanup_min)
        who = f"birthday:{month.month}" if "生日" in info.title else "women" if "三八" in info.title else None
        demand = 1.15 if info.title == kc.CHONGYANG else 0.75 + 0.3 * self.rng.random()
        self.courses.append(
            PlannedCourse(course_id, title, CourseKind.EVENT, info.category, info.capacity, info.companions,
                          frozenset({use.starts_at.weekday()}),
                          datetime.combine(use.starts_at.date() - timedelta(days=REGISTRATION_DAYS), time(8, 30)),
                          demand, who, [session])
        )  # fmt: skip

    # -- bookings --------------------------------------------------------------------------------------------------

    def _booking(self, key_day: date, days: Iterable[date], *, title: str, kind: BookingKind, room: int,
                 organiser: str, starts: time, ends: time, setup: int, cleanup: int, expected: int,
                 partner: int | None = None, person: int | None = None, notes: str | None = None) -> None:  # fmt: skip
        key = ("booking", len(self.booking_rows) + 1)
        use = self._place(key, days, starts, ends, room=room, setup=setup, cleanup=cleanup, instructor=person)
        if use is None:
            return
        created = self._created(key_day, between(self.rng, 10, 40))
        self.booking_rows.append(
            {
                "id": key[1], "room_id": room, "title": title, "kind": kind.value, "organiser": organiser,
                "partner_id": partner, "person_id": person, "contact_phone": None, "expected": expected,
                "starts_at": use.starts_at, "ends_at": use.ends_at, "setup_min": setup, "cleanup_min": cleanup,
                "status": "booked", "cancel_reason": None, "notes": notes, "created_at": created,
                "created_by_id": MANAGER_ID, "updated_at": created,
            }
        )  # fmt: skip

    def _clinics(self, clinic_rows: Iterable[dict], partner_of: Mapping[int, int]) -> None:
        """The care station's 义诊 sessions hold the hall (with set-up and clean-up), under the doctor's name."""
        for row in sorted(clinic_rows, key=lambda r: (r["day"], r["person_id"])):
            partner = partner_of[row["person_id"]]
            self._booking(
                row["day"], [row["day"]], title=row["note"] or "义诊", kind=BookingKind.CLINIC,
                room=self.room_ids[kc.CLINIC_ROOM], organiser=self.partner_names.get(partner, "义诊"),
                starts=row["starts"], ends=row["ends"], setup=30, cleanup=30, expected=row["places"],
                partner=partner, person=row["person_id"], notes="测血压血糖，带医保卡",
            )  # fmt: skip

    def _bookings(self, month: date) -> None:
        rng = self.rng
        for info in kc.MONTHLY_BOOKINGS:
            day = self._nth(month, *info.when)
            self._booking(day, self._around(day), title=info.title.format(month=month.month), kind=info.kind,
                          room=self.room_ids[info.room], organiser=info.organiser, starts=info.starts, ends=info.ends,
                          setup=info.setup_min, cleanup=info.cleanup_min,
                          expected=between(rng, *info.expected))  # fmt: skip
        for nth in (1, 3):  # second and fourth Thursdays
            day = self._nth(month, 3, nth)
            lecturer = kc.LECTURERS[(month.month + nth) % 2]
            topic = "健康讲座：" + kc.LECTURE_TOPICS[month.month][nth // 2]
            self._booking(day, self._around(day), title=topic, kind=BookingKind.LECTURE,
                          room=self.room_ids[kc.LECTURE_ROOM], organiser=self.partner_names[kc.UNIVERSITY_HOSPITAL],
                          starts=kc.LECTURE_TIMES[0], ends=kc.LECTURE_TIMES[1], setup=30, cleanup=15,
                          expected=between(rng, 60, 120), partner=kc.UNIVERSITY_HOSPITAL,
                          person=self.person_ids[lecturer])  # fmt: skip

    def _cancel_some_bookings(self) -> None:
        lectures = [b for b in self.booking_rows if b["kind"] == BookingKind.LECTURE.value]
        for booking in self.rng.sample(lectures, min(len(lectures), len(kc.BOOKING_CANCEL_REASONS))):
            reason = kc.BOOKING_CANCEL_REASONS[len([b for b in self.booking_rows if b["status"] == "cancelled"])]
            booking |= {"status": "cancelled", "cancel_reason": reason,
                        "updated_at": min(booking["starts_at"] - timedelta(days=2), self.now)}  # fmt: skip
