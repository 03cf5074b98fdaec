"""Who enrolls in the demo's courses and events, and who was there: enrollments with waiting lists, withdrawals and
promotions (报名、候补、退出、递补), attendance on past sessions (出勤) and the vocational classes' outcomes
(结业、已就业).

Enrollment follows the visit generator's habits: residents who come for classes on their own class weekdays fill the
courses held on those days first. Registration is replayed in time order, as the enrollment service does it: a join
takes places while no one waits and the places last, otherwise it waits; a withdrawal frees places and moves up the
waiting list in order at once. On a past session, an enrolled resident with a class visit that day is marked present
from the check-in (source CHECKIN, with the visit); others are ticked on the roster; event guests are scanned at the
door with their companions.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from frontdesk.core.demo import class_catalog as kc
from frontdesk.core.demo.classes import PlannedCourse
from frontdesk.core.demo.people import Person
from frontdesk.core.demo.sampling import Weighted, between
from frontdesk.core.demo.visits import Visitor
from frontdesk.core.models import CourseKind, Disability, VisitPurpose

MAX_COURSES = 3  # a resident's courses in one term
WITHDRAW_SHARE = 0.07
WITHDRAW_REASONS = Weighted(kc.WITHDRAW_REASONS)
YOUNG_AGE = 66  # vocational classes: residents up to this age


@dataclass
class _Entry:
    row: dict
    leaves_at: datetime | None  # the resident's withdrawal, decided beforehand


class ClassRoll:
    """Enrollments for every planned course, then attendance once the visits are known."""

    def __init__(
        self,
        rng: random.Random,
        courses: Sequence[PlannedCourse],
        people: Sequence[Person],
        visitors: Sequence[Visitor],
        *,
        now: datetime,
        history_start: date,
        desk_ids: Sequence[int],
    ) -> None:
        self.rng, self.now, self.history_start, self.desk_ids = rng, now, history_start, list(desk_ids)
        self.courses = list(courses)
        self.people = {p.id: p for p in people}
        self.enrollment_rows: list[dict] = []
        self.attendance_rows: list[dict] = []
        self._class_visits: dict[tuple[int, date], tuple[int, datetime]] = {}
        self._promotions: dict[int, list[list]] = {}  # resident → [promoted at, first check-in after it or None]…
        self._tiers(visitors)
        self._per_term: dict[tuple[int, date], int] = {}
        for course in self.courses:
            self._enroll(course)
        self.enrolled_residents = {row["resident_id"] for row in self.enrollment_rows}

    # -- who applies -----------------------------------------------------------------------------------------------

    def _tiers(self, visitors: Sequence[Visitor]) -> None:
        self.by_day: dict[int, list[Person]] = {d: [] for d in range(7)}
        self.class_goers: list[Person] = []
        self.others: list[Person] = []
        for visitor in visitors:
            if visitor.habit is VisitPurpose.CLASS:
                self.class_goers.append(visitor.person)
                for weekday in visitor.class_days:
                    self.by_day[weekday].append(visitor.person)
            elif visitor.person.disability is not Disability.FULL:
                self.others.append(visitor.person)

    def _eligible(self, person: Person, course: PlannedCourse, opens: datetime) -> bool:
        if person.registered >= opens.date() or (person.archived and person.archived <= course.last_start.date()):
            return False
        who = course.who
        if who == "young":
            return person.age <= YOUNG_AGE and person.disability is Disability.NONE
        if who == "women":
            return person.gender == "F"
        if who and who.startswith("birthday:"):
            return person.birth.month == int(who.split(":")[1])
        return True

    def _applicants(self, course: PlannedCourse) -> list[Person]:
        rng = self.rng
        wanted = round(course.capacity * course.demand * (0.9 + 0.2 * rng.random()))
        if course.kind is CourseKind.EVENT:
            pools = [(self.others + self.class_goers, 1.0)]
        else:
            matching = [p for d in sorted(course.weekdays) for p in self.by_day[d]]
            pools = [(matching, 0.65), (self.class_goers, 0.15), (self.others, 0.2)]
        chosen: dict[int, Person] = {}
        for pool, share in pools:
            take = max(0, round(wanted * share)) if share < 1 else wanted
            for person in rng.sample(pool, min(len(pool), take * self._spread(course))):
                if len(chosen) >= wanted or take <= 0:
                    break
                if person.id in chosen or not self._eligible(person, course, course.opens):
                    continue
                if course.kind is CourseKind.COURSE:
                    term_key = (person.id, course.opens.date())
                    if self._per_term.get(term_key, 0) >= MAX_COURSES:
                        continue
                    self._per_term[term_key] = self._per_term.get(term_key, 0) + 1
                chosen[person.id] = person
                take -= 1
        return list(chosen.values())

    @staticmethod
    def _spread(course: PlannedCourse) -> int:
        """How many to look at for each applicant wanted: few qualify for a birthday party or a vocational class."""
        return 15 if (course.who or "").startswith("birthday") else 4 if course.who else 2

    # -- registration, replayed --------------------------------------------------------------------------------------

    def _when(self, first: datetime, last: datetime) -> datetime:
        """A moment in desk hours between ``first`` and ``last``."""
        days = max(0, (last.date() - first.date()).days)
        day = first.date() + timedelta(days=self.rng.randrange(days + 1))
        at = datetime.combine(day, time(8, 30)) + timedelta(seconds=self.rng.randrange(8 * 3600))
        return min(max(at, first), last)

    def _companions(self, person: Person, most: int) -> int:
        if most == 0:
            return 0
        helped = person.disability is not Disability.NONE or person.age >= 85
        roll = self.rng.random()
        return min(most, 1 if roll < (0.5 if helped else 0.12) else 2 if roll < (0.55 if helped else 0.15) else 0)

    def _enroll(self, course: PlannedCourse) -> None:
        rng = self.rng
        closes = min(course.first_start + timedelta(days=7), self.now)
        if course.opens >= closes:
            return  # registration has not opened yet
        entries = []
        for person in self._applicants(course):
            joined = self._when(course.opens, closes)
            row = {
                "course_id": course.id, "resident_id": person.id, "status": "waiting",
                "companions": self._companions(person, course.max_companions), "joined_at": joined,
                "enrolled_at": None, "promoted_at": None, "promotion_seen_at": None, "withdrawn_at": None,
                "withdraw_reason": None, "outcome": "none", "employer": None, "employed_on": None,
                "staff_id": self.desk_ids[rng.randrange(len(self.desk_ids))] if self.desk_ids else None,
                "updated_at": joined,
            }  # fmt: skip
            leaves = None
            until = min(course.last_start, self.now)
            if rng.random() < WITHDRAW_SHARE and until > joined + timedelta(days=1):
                leaves = self._when(joined + timedelta(days=1), until)
            entries.append(_Entry(row, leaves))
        entries.sort(key=lambda e: (e.row["joined_at"], e.row["resident_id"]))
        timeline = [(e.row["joined_at"], 0, i) for i, e in enumerate(entries)]
        timeline += [(e.leaves_at, 1, i) for i, e in enumerate(entries) if e.leaves_at is not None]
        timeline.sort()
        used, waiting = 0, []
        for at, what, index in timeline:
            entry = entries[index]
            row, need = entry.row, 1 + entry.row["companions"]
            if what == 0:
                if not waiting and used + need <= course.capacity:
                    row |= {"status": "enrolled", "enrolled_at": at}
                    used += need
                else:
                    waiting.append(entry)
                continue
            if row["status"] == "enrolled":
                used -= need
            else:
                waiting.remove(entry)
            row |= {"status": "withdrawn", "withdrawn_at": at, "withdraw_reason": WITHDRAW_REASONS.pick(rng),
                    "updated_at": at}  # fmt: skip
            while waiting and used + 1 + waiting[0].row["companions"] <= course.capacity:
                moved = waiting.pop(0)
                moved.row |= {"status": "enrolled", "enrolled_at": at, "promoted_at": at, "updated_at": at}
                used += 1 + moved.row["companions"]
                self._promotions.setdefault(moved.row["resident_id"], []).append([at, None])
        for entry in entries:
            entry.row["id"] = len(self.enrollment_rows) + 1
            self.enrollment_rows.append(entry.row)

    # -- visits and attendance -------------------------------------------------------------------------------------

    def note_visits(self, rows: Sequence[dict]) -> None:
        """Remember enrolled residents' class visits (numbered rows of the visit table) and promoted residents' first
        visit after their promotion: that check-in told them."""
        for row in rows:
            resident = row["resident_id"]
            if resident not in self.enrolled_residents:
                continue
            if row["purpose"] == VisitPurpose.CLASS.value:
                self._class_visits.setdefault((resident, row["visit_date"]), (row["id"], row["checked_in_at"]))
            for promotion in self._promotions.get(resident, ()):
                if promotion[1] is None and row["checked_in_at"] > promotion[0]:
                    promotion[1] = row["checked_in_at"]

    def finish(self) -> None:
        """Attendance on past sessions, the promotions' first sighting and the vocational outcomes."""
        for row in self.enrollment_rows:
            if row["promoted_at"] is not None:
                promoted = row["promoted_at"]
                seen = next(s for p, s in self._promotions[row["resident_id"]] if p == promoted)
                if seen is None and promoted.date() < self.history_start:
                    seen = promoted + timedelta(days=between(self.rng, 1, 6))  # before the visits we know of
                row["promotion_seen_at"] = min(seen, self.now) if seen else None
        by_course: dict[int, list[dict]] = {}
        for row in self.enrollment_rows:
            if row["enrolled_at"] is not None:
                by_course.setdefault(row["course_id"], []).append(row)
        propensity: dict[int, float] = {}
        for course in self.courses:
            present_counts: dict[int, int] = {}
            held = 0
            for session in sorted(course.sessions, key=lambda s: s["starts_at"]):
                if session["status"] != "scheduled" or session["starts_at"] > self.now:
                    continue
                held += 1
                for enrollment in by_course.get(course.id, ()):
                    if not self._enrolled_at(enrollment, session["starts_at"]):
                        continue
                    resident = enrollment["resident_id"]
                    if resident not in propensity:
                        propensity[resident] = 0.55 + 0.4 * self.rng.random()
                    row = self._attendance(course, session, enrollment, propensity[resident])
                    if row is not None:
                        self.attendance_rows.append(row)
                        present_counts[resident] = present_counts.get(resident, 0) + 1
            if course.employers and held and course.last_start < self.now:
                self._outcomes(course, by_course.get(course.id, []), present_counts, held)
        for number, row in enumerate(self.attendance_rows, start=1):
            row["id"] = number

    @staticmethod
    def _enrolled_at(enrollment: dict, at: datetime) -> bool:
        left = enrollment["withdrawn_at"]
        return enrollment["enrolled_at"] <= at and (left is None or left > at)

    def _attendance(self, course: PlannedCourse, session: dict, enrollment: dict, propensity: float) -> dict | None:
        rng, resident = self.rng, enrollment["resident_id"]
        person = self.people[resident]
        if person.archived and person.archived <= session["day"]:
            return None
        base = {"session_id": session["id"], "resident_id": resident, "enrollment_id": enrollment["id"],
                "companions": 0, "visit_id": None}  # fmt: skip
        desk = self.desk_ids[rng.randrange(len(self.desk_ids))] if self.desk_ids else None
        if course.kind is CourseKind.EVENT:
            if rng.random() >= 0.88:
                return None
            companions = enrollment["companions"] if rng.random() < 0.9 else 0
            scanned = session["starts_at"] - timedelta(seconds=rng.randrange(40 * 60))
            return base | {"source": "scan", "companions": companions, "marked_at": scanned, "staff_id": desk}
        visit = self._class_visits.get((resident, session["day"]))
        if visit is not None and visit[1] < session["ends_at"]:
            return base | {"source": "checkin", "visit_id": visit[0], "marked_at": visit[1], "staff_id": None}
        if rng.random() >= propensity:
            return None
        ticked = session["starts_at"] + timedelta(seconds=rng.randrange(20 * 60))
        return base | {"source": "roster", "marked_at": min(ticked, self.now), "staff_id": desk}

    def _outcomes(self, course: PlannedCourse, rows: list[dict], present: dict[int, int], held: int) -> None:
        """结业 for those who came to most sessions; of them, some placed in work (已就业) after the class ended."""
        rng, ended = self.rng, course.last_start.date()
        for row in rows:
            if row["status"] != "enrolled" or present.get(row["resident_id"], 0) < 0.6 * held:
                continue
            row["outcome"] = "completed"
            row["updated_at"] = datetime.combine(ended, time(16, 30))
            employed_on = ended + timedelta(days=between(rng, 5, 60))
            if rng.random() < 0.45 and employed_on < self.now.date():
                row |= {"outcome": "employed", "employer": rng.choice(course.employers), "employed_on": employed_on,
                        "updated_at": datetime.combine(employed_on, time(10))}  # fmt: skip
