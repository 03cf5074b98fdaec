"""A term checked before it is saved (检查): the plan of a course meeting three times a week for 20 weeks — its
sessions from the pattern (holidays skipped), each checked for the room, set-up and clean-up, the instructor, the
room's hours and the plan's own sessions — against a database holding a year of room bookings and class sessions.
Goal: median ≤ 50 ms (issue #12), SQLite.

    python benchmarks/bench_term_check.py [--runs 40] [--bookings-a-day 6]

The year is written straight to a fresh database (rooms, two instructors, twelve weekly courses of the year and the
day's bookings in every room), then the same draft is planned ``runs`` times.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import summary

GOAL_MS = 50.0
YEAR_FROM = date(2026, 1, 5)  # a Monday
TERM = (date(2026, 3, 2), date(2026, 7, 17))  # 20 weeks
NOW = datetime(2026, 2, 20, 9, 0)


def _fill(db: object, bookings_a_day: int) -> dict[str, int]:
    from frontdesk.core.models import (
        BookingKind,
        ClassSession,
        Course,
        CourseCategory,
        Partner,
        PartnerKind,
        PartnerPerson,
        PersonRole,
        Room,
        RoomBooking,
    )

    with db.write() as session:  # type: ignore[attr-defined]
        rooms = [Room(name=f"活动室{n}", capacity=40, opens=time(8), closes=time(21)) for n in range(1, 7)]
        session.add_all(rooms)
        partner = Partner(name="银发艺术团", kind=PartnerKind.SOCIAL_ORG)
        session.add(partner)
        session.flush()
        people = [
            PartnerPerson(partner_id=partner.id, name=n, role=PersonRole.INSTRUCTOR) for n in ("张德明", "陈秀芝")
        ]
        session.add_all(people)
        session.flush()
        courses = [
            Course(title=f"课程{n}", category=CourseCategory.ARTS, room_id=rooms[n % 6].id, capacity=20,
                   instructor_id=people[n % 2].id, setup_min=10, cleanup_min=10)
            for n in range(12)
        ]  # fmt: skip
        session.add_all(courses)
        session.flush()
        sessions = bookings = 0
        for offset in range(365):
            day = YEAR_FROM + timedelta(days=offset)
            for n, course in enumerate(courses):  # each course twice a week, mornings
                if day.weekday() in {n % 5, (n + 2) % 5}:
                    starts = datetime.combine(day, time(8, 30)) + timedelta(minutes=30 * (n // 6))
                    session.add(ClassSession(course_id=course.id, room_id=course.room_id,
                                             instructor_id=course.instructor_id, day=day, starts_at=starts,
                                             ends_at=starts + timedelta(minutes=60)))  # fmt: skip
                    sessions += 1
            for n in range(bookings_a_day):  # afternoons and evenings: lectures, clinics, meetings
                room = rooms[n % 6]
                starts = datetime.combine(day, time(13)) + timedelta(hours=2 * (n // 6))
                session.add(RoomBooking(room_id=room.id, title="健康讲座", kind=BookingKind.LECTURE, organiser="颐康",
                                        starts_at=starts, ends_at=starts + timedelta(minutes=90), setup_min=15,
                                        cleanup_min=15))  # fmt: skip
                bookings += 1
        return {"room": rooms[0].id, "instructor": people[0].id, "sessions": sessions, "bookings": bookings}


def run(runs: int = 40, bookings_a_day: int = 6) -> dict[str, object]:
    from frontdesk.core.access import system_actor
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.services.course_records import CourseDraft, PatternInput, TermInput
    from frontdesk.core.services.courses import CourseService

    actor = system_actor("bench")
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "term.sqlite3")
        try:
            ensure_schema(db)
            facts = _fill(db, bookings_a_day)
            service = CourseService(db, lambda: NOW)
            term = service.save_term(TermInput("2026 春季班", *TERM), actor=actor)
            draft = CourseDraft(
                title="八段锦", category="fitness", term_id=term, room_id=facts["room"],
                instructor_id=facts["instructor"], capacity=20, setup_min=10, cleanup_min=10,
                patterns=(PatternInput(0, time(10), time(11)), PatternInput(2, time(10), time(11)),
                          PatternInput(4, time(15), time(16))),
            )  # fmt: skip
            samples: list[float] = []
            plan = service.plan(draft, actor=actor)  # warm: the calendar's answers remembered
            for _ in range(runs):
                started = clock.perf_counter()
                plan = service.plan(draft, actor=actor)
                samples.append((clock.perf_counter() - started) * 1000)
        finally:
            db.dispose()
    return {**facts, "planned": len(plan.sessions), "skipped": len(plan.skipped), "clashes": plan.clash_count,
            "plan": summary(samples)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--bookings-a-day", type=int, default=6)
    args = parser.parse_args()
    figures = run(args.runs, args.bookings_a_day)
    plan = figures["plan"]
    print(f"term check (sqlite): {figures['bookings']:,} bookings, {figures['sessions']:,} sessions in a year")
    print(f"  {figures['planned']} sessions planned, {figures['skipped']} skipped, {figures['clashes']} with a clash")
    print(f"  plan median {plan['median']:.1f} ms  p95 {plan['p95']:.1f} ms  (n={plan['n']})")
    print(f"  goal median ≤ {GOAL_MS:.0f} ms: {'met' if plan['median'] <= GOAL_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
