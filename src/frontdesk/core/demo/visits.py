"""Demo visit history: who comes on which day, when they arrive, why, and when they leave.

Visiting is heavy-tailed like at a real center: a core of regulars comes almost every weekday, many come a few
times a month, a third of the register never comes. Each resident has a daily rate; a day's rates are scaled so the
day's total matches its target (fewer at weekends and holidays), and each resident then comes or not on their own
coin toss (drawn by geometric skipping over groups of equal rate, so the cost follows the number of visits, not the
size of the register). Arrivals peak in the morning, classes pull people in just before they start, lunch brings
the 助餐 crowd; the desk that was on shift records the check-in.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from frontdesk.core.demo import catalog
from frontdesk.core.demo.names import words
from frontdesk.core.demo.people import Person
from frontdesk.core.demo.sampling import Weighted, between
from frontdesk.core.models import Disability, VisitPurpose

OPENING, CLOSING = time(8, 0), time(17, 30)
AFTERNOON_SHIFT = time(13, 0)
WEEKDAY_FACTOR = (0.97, 1.03, 1.05, 1.0, 0.95, 0.75, 0.45)  # Monday..Sunday; Wednesday has the free clinic
MAX_DAILY_SHARE = 0.25  # at most this share of the register visits on one day, whatever ``visits_per_day`` says
NEVER_SHARE = 0.30
REGULAR_SHARE_OF_VISITS = 0.12  # visits made by people who come nearly every weekday
REGULAR_CAP, OTHER_CAP = 0.95, 0.6  # highest daily rates
SECOND_VISIT_SHARE = 0.03  # home for lunch, back in the afternoon
FORGOT_CHECKOUT_SHARE = 0.015  # checked out by the closing-time job
_RATE_STEP = math.log(1.08)  # rates are grouped in steps of 8 %

# Arrivals per half hour from 8:00 to 17:00: morning peak, lunch lull, smaller afternoon peak.
_ARRIVAL_CURVE = (8, 14, 16, 13, 9, 6, 4, 2, 1.5, 2, 3, 6, 8, 7, 5, 4, 3, 2)
_ARRIVALS = Weighted([(slot, w) for slot, w in enumerate(_ARRIVAL_CURVE)])
_CLASS_STARTS = Weighted([(time(9, 0), 5), (time(10, 0), 2), (time(14, 30), 4), (time(15, 30), 1)])
_MINUTES = {  # how long a visit lasts, by purpose
    VisitPurpose.ACTIVITY: (60, 180),
    VisitPurpose.CARE: (30, 90),
    VisitPurpose.MEAL: (40, 80),
    VisitPurpose.CONSULT: (20, 40),
    VisitPurpose.ERRAND: (20, 45),
    VisitPurpose.OTHER: (20, 90),
}
_MIX = Weighted(catalog.PURPOSE_MIX)

# Lunar New Year's Day; the center closes from New Year's Eve to the third day and is quiet for the rest of the week.
SPRING_FESTIVAL = tuple(
    date.fromisoformat(d)
    for d in words(
        "2020-01-25 2021-02-12 2022-02-01 2023-01-22 2024-02-10 2025-01-29 2026-02-17 2027-02-06 "
        "2028-01-26 2029-02-13 2030-02-03 2031-01-23 2032-02-11 2033-01-31 2034-02-19 2035-02-08"
    )
)


def day_factor(day: date) -> float:
    """How busy ``day`` is against a plain weekday: weekends, the Spring Festival and public holidays."""
    for new_year in SPRING_FESTIVAL:
        offset = (day - new_year).days
        if -1 <= offset <= 2:
            return 0.0
        if 3 <= offset <= 6:
            return 0.3 * WEEKDAY_FACTOR[day.weekday()]
        if -3 <= offset <= -2:
            return 0.7 * WEEKDAY_FACTOR[day.weekday()]
    if (day.month, day.day) == (1, 1) or (day.month == 10 and day.day <= 7):
        return 0.5 * WEEKDAY_FACTOR[day.weekday()]
    return WEEKDAY_FACTOR[day.weekday()]


@dataclass(eq=False)
class Visitor:
    person: Person
    rate: float  # expected visits on a plain weekday, before the day's scaling
    habit: VisitPurpose
    class_days: tuple[int, ...]  # weekdays of this resident's classes
    first_day: date
    last_day: date | None  # archived the day after, or stopped coming (the welfare-watch case)

    def rate_on(self, weekday: int) -> float:
        if not self.class_days or weekday >= 5:
            return self.rate
        return self.rate * (1.8 if weekday in self.class_days else 0.8)


class VisitFactory:
    def __init__(
        self,
        rng: random.Random,
        people: Sequence[Person],
        *,
        today: date,
        now: datetime,
        visits_per_day: int,
        desk_staff_ids: Sequence[int],
        closed_days: frozenset[date] = frozenset(),
    ) -> None:
        self.rng = rng
        self.closed_days = closed_days  # the center's closures (停电检修): nobody comes
        self.today = today
        self.now = now
        self.target = min(visits_per_day, MAX_DAILY_SHARE * len(people))
        self.desk_staff_ids = list(desk_staff_ids)
        self.visitors = self._visitors(people)
        self.forced: dict[date, list[Visitor]] = defaultdict(list)
        if self.target > 0:
            self._stop_some_lone_regulars()

    # -- who visits, how often -------------------------------------------------------------------------------------

    def _visitors(self, people: Sequence[Person]) -> list[Visitor]:
        rng, visitors = self.rng, []
        for person in people:
            never = NEVER_SHARE if person.disability is not Disability.FULL else 0.7
            if rng.random() < never:
                continue
            raw = rng.lognormvariate(0.0, 1.3)
            raw *= 0.4 if person.disability is not Disability.NONE else 0.5 if person.age >= 90 else 1.0
            habit = self._habit(person)
            class_days = tuple(sorted(rng.sample(range(5), 2))) if habit is VisitPurpose.CLASS else ()
            first = person.registered + timedelta(days=1)  # registered one day, coming from the next
            last = person.archived - timedelta(days=1) if person.archived else None
            visitors.append(Visitor(person, raw, habit, class_days, first, last))
        # Regulars: fit, not too old, nearly every weekday.
        fit = [v for v in visitors if v.person.disability is Disability.NONE and 62 <= v.person.age <= 85]
        regular_count = min(round(REGULAR_SHARE_OF_VISITS * self.target / 0.82), len(fit))
        regulars = rng.sample(fit, regular_count)
        for visitor in regulars:
            visitor.rate = rng.uniform(0.7, REGULAR_CAP)
        chosen = set(regulars)
        self._scale_others([v for v in visitors if v not in chosen], sum(v.rate for v in regulars))
        return visitors

    def _scale_others(self, others: list[Visitor], regular_total: float) -> None:
        """Multiply raw rates by the one factor that, with the cap, makes the day's expected total the target."""
        wanted = max(0.0, self.target - regular_total)
        raws = sorted((v.rate for v in others), reverse=True)
        rest, factor = sum(raws), 0.0
        for capped, raw in enumerate(raws):  # the ``capped`` largest are at the cap, the rest scale linearly
            factor = (wanted - capped * OTHER_CAP) / rest if rest > 0 else 0.0
            if factor * raw <= OTHER_CAP:
                break
            rest -= raw
        for visitor in others:
            visitor.rate = min(OTHER_CAP, max(0.0, factor) * visitor.rate)

    def _habit(self, person: Person) -> VisitPurpose:
        weights = []
        for purpose, weight in catalog.PURPOSE_MIX:
            w = float(weight)
            if person.disability is not Disability.NONE:
                w *= {VisitPurpose.CARE: 4.0, VisitPurpose.CLASS: 0.3}.get(purpose, 1.0)
            if person.age >= 80:
                w *= {VisitPurpose.CARE: 2.0, VisitPurpose.MEAL: 2.0, VisitPurpose.CLASS: 0.6}.get(purpose, 1.0)
            if person.lives_alone and purpose is VisitPurpose.MEAL:
                w *= 2.0
            if person.row.get("chronic_conditions") and purpose is VisitPurpose.CARE:
                w *= 1.6  # the hypertensive and the diabetic come to have their readings taken
            weights.append(w)
        return self.rng.choices([p for p, _ in catalog.PURPOSE_MIX], weights)[0]

    def _stop_some_lone_regulars(self) -> None:
        """People living alone who came often and stopped 10–30 days ago: the welfare-watch list must find them."""
        rng = self.rng
        lone = [v for v in self.visitors if v.person.lives_alone and v.person.archived is None and v.rate > 0]
        lone = [v for v in lone if v.person.registered < self.today - timedelta(days=60)]
        for visitor in rng.sample(lone, min(len(lone), max(2, len(self.visitors) // 350))):
            visitor.rate = max(visitor.rate, rng.uniform(0.5, 0.85))
            last = self.today - timedelta(days=rng.randint(10, 30))
            while day_factor(last) == 0.0:
                last -= timedelta(days=1)
            visitor.last_day = last
            self.forced[last].append(visitor)

    # -- day by day ------------------------------------------------------------------------------------------------

    def days(self, first: date) -> Iterator[tuple[date, list[dict[str, object]]]]:
        """Each day from ``first`` to today with its visit rows, in queue order."""
        groups = [self._groups(weekday) for weekday in range(7)]
        starts: dict[date, list[Visitor]] = defaultdict(list)
        ends: dict[date, list[Visitor]] = defaultdict(list)
        active = [0.0] * 7  # expected visits of the residents active that day, per weekday
        for visitor in self.visitors:
            if visitor.first_day > first:
                starts[visitor.first_day].append(visitor)
            elif visitor.last_day is None or visitor.last_day >= first:
                self._add(active, visitor, 1)
            if visitor.last_day is not None and visitor.last_day >= first:
                ends[visitor.last_day + timedelta(days=1)].append(visitor)
        day = first
        while day <= self.today:
            for visitor in starts.pop(day, ()):
                self._add(active, visitor, 1)
            for visitor in ends.pop(day, ()):
                self._add(active, visitor, -1)
            yield day, self._day(day, groups[day.weekday()], active[day.weekday()])
            day += timedelta(days=1)

    def _add(self, active: list[float], visitor: Visitor, sign: int) -> None:
        for weekday in range(7):
            active[weekday] += sign * _quantize(visitor.rate_on(weekday))

    def _groups(self, weekday: int) -> list[tuple[float, list[Visitor]]]:
        groups: dict[int, list[Visitor]] = defaultdict(list)
        for visitor in self.visitors:
            rate = visitor.rate_on(weekday)
            if rate > 0:
                groups[round(math.log(rate) / _RATE_STEP)].append(visitor)
        return [(math.exp(step * _RATE_STEP), groups[step]) for step in sorted(groups)]

    def _day(self, day: date, groups: list[tuple[float, list[Visitor]]], expected: float) -> list[dict[str, object]]:
        rng = self.rng
        factor = 0.0 if day in self.closed_days else day_factor(day)
        if factor == 0.0 or expected <= 0:
            return []
        scale = self.target * factor * min(1.2, max(0.8, rng.gauss(1.0, 0.07))) / expected
        chosen: list[Visitor] = []
        for rate, members in groups:
            chance = min(0.97, rate * scale)
            if chance <= 0:
                continue
            log_miss = math.log1p(-chance)
            i = int(math.log(1.0 - rng.random()) / log_miss)
            while i < len(members):
                visitor = members[i]
                if visitor.first_day <= day and (visitor.last_day is None or day <= visitor.last_day):
                    chosen.append(visitor)
                i += 1 + int(math.log(1.0 - rng.random()) / log_miss)
        picked = set(chosen)
        chosen += [v for v in self.forced.get(day, ()) if v not in picked]
        rows: list[dict[str, object]] = []
        for visitor in chosen:
            rows += self._visits(day, visitor)
        if day == self.today:
            rows = [row for row in rows if row["checked_in_at"] <= self.now]
            for row in rows:
                if row["checked_out_at"] > self.now:
                    row["checked_out_at"], row["auto_checkout"] = None, False
        self.number(day, rows)
        return rows

    def number(self, day: date, rows: list[dict[str, object]]) -> None:
        """Sort ``day``'s visit rows into check-in order and give the queue numbers and the desk on shift."""
        rows.sort(key=lambda row: (row["checked_in_at"], row["resident_id"]))
        shift = day.toordinal()
        morning = self.desk_staff_ids[shift % len(self.desk_staff_ids)]
        afternoon = self.desk_staff_ids[(shift + 1) % len(self.desk_staff_ids)]
        for number, row in enumerate(rows, start=1):
            row["queue_number"] = number
            row["staff_id"] = morning if row["checked_in_at"].time() < AFTERNOON_SHIFT else afternoon

    # -- one visit -------------------------------------------------------------------------------------------------

    def _visits(self, day: date, visitor: Visitor) -> list[dict[str, object]]:
        rng = self.rng
        purpose = self._purpose(day, visitor)
        start, minutes = self._arrival(purpose)
        first = self._row(day, visitor, purpose, start, minutes)
        rows = [first]
        out = first["checked_out_at"]
        if rng.random() < SECOND_VISIT_SHARE and start.hour < 11 and out.time() < time(13, 0):
            back = max(out + timedelta(minutes=between(rng, 90, 240)), datetime.combine(day, time(13, 30)))
            if back.time() < time(17, 0):
                second = VisitPurpose.CARE if visitor.habit is VisitPurpose.CARE else VisitPurpose.ACTIVITY
                rows.append(self._row(day, visitor, second, back, between(rng, 40, 120)))
        return rows

    def _purpose(self, day: date, visitor: Visitor) -> VisitPurpose:
        rng, weekday = self.rng, day.weekday()
        if visitor.habit is VisitPurpose.CLASS:
            if weekday in visitor.class_days and rng.random() < 0.85:
                return VisitPurpose.CLASS
            purpose = VisitPurpose.CLASS if rng.random() < 0.3 else _MIX.pick(rng)
        else:
            purpose = visitor.habit if rng.random() < 0.65 else _MIX.pick(rng)
        if purpose is VisitPurpose.CLASS and weekday >= 5:
            return VisitPurpose.ACTIVITY  # no classes at the weekend
        return purpose

    def _arrival(self, purpose: VisitPurpose) -> tuple[time, int]:
        """(check-in time of day, minutes the visit lasts)."""
        rng = self.rng
        if purpose is VisitPurpose.CLASS:
            begins = _CLASS_STARTS.pick(rng)
            seconds = begins.hour * 3600 + begins.minute * 60 - between(rng, 5 * 60, 25 * 60)
            return _clock(seconds), 90 + between(rng, 5, 25)
        if purpose is VisitPurpose.MEAL:
            return _clock(11 * 3600 + between(rng, 0, 70 * 60 - 1)), between(rng, *_MINUTES[purpose])
        seconds = OPENING.hour * 3600 + _ARRIVALS.pick(rng) * 1800 + between(rng, 0, 1799)
        return _clock(seconds), between(rng, *_MINUTES[purpose])

    def _row(
        self, day: date, visitor: Visitor, purpose: VisitPurpose, start: time | datetime, minutes: int
    ) -> dict[str, object]:
        rng = self.rng
        checked_in = start if isinstance(start, datetime) else datetime.combine(day, start)
        checked_out = checked_in + timedelta(seconds=minutes * 60 + between(rng, 0, 59))
        closing = datetime.combine(day, CLOSING)
        if checked_out > closing and rng.random() < 0.8:  # most leave before the doors close
            checked_out = max(checked_in + timedelta(minutes=20), closing - timedelta(seconds=between(rng, 1, 1800)))
        auto = checked_out > closing or rng.random() < FORGOT_CHECKOUT_SHARE
        if auto:
            checked_out = closing
        dependent = visitor.person.disability is not Disability.NONE
        roll = rng.random()
        companions = 1 if roll < (0.45 if dependent else 0.06) else 2 if roll < (0.5 if dependent else 0.075) else 0
        return {
            "resident_id": visitor.person.id,
            "visit_date": day,
            "queue_number": 0,
            "checked_in_at": checked_in,
            "checked_out_at": checked_out,
            "auto_checkout": auto,
            "purpose": purpose.value,
            "companions": companions,
            "staff_id": None,
        }


def _quantize(rate: float) -> float:
    return math.exp(round(math.log(rate) / _RATE_STEP) * _RATE_STEP) if rate > 0 else 0.0


def _clock(seconds: int) -> time:
    return time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
