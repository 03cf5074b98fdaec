"""The rooms' week view (课程与教室 → 周视图, ``roomsWeekView``) with 300 sessions and bookings in one week: the week
read by :meth:`RoomWeekService.week` (on the database worker at the desk: a figure of its own), then laid out and
painted (``grab()``) at 1366×768, offscreen — the whole week (every block on screen) and one day. Goal: built and
painted ≤ 50 ms (median).

    python benchmarks/bench_week_view.py [--runs 30] [--blocks 300]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from benchmarks.common import summary

GOAL_MS = 50.0
MONDAY = date(2026, 12, 7)
ROOMS = 10


def _week(path: Path, blocks: int) -> int:
    """A center of ten rooms whose week holds ``blocks`` uses: courses' sessions and bookings, an hour or 90 minutes
    each with set-up, one after another in each room from 08:30; returns how many were placed."""
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
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

    db = Database(path)
    ensure_schema(db)
    categories, kinds = list(CourseCategory), list(BookingKind)
    with db.write() as session:
        rooms = [Room(name=f"活动室{n + 1}", floor=f"{n // 4 + 1}楼", capacity=30 + n) for n in range(ROOMS)]
        partner = Partner(name="银发艺术团", kind=PartnerKind.SOCIAL_ORG)
        session.add_all([*rooms, partner])
        session.flush()
        teachers = [
            PartnerPerson(partner_id=partner.id, name=f"老师{n}", role=PersonRole.INSTRUCTOR) for n in range(20)
        ]
        session.add_all(teachers)
        session.flush()
        placed = 0
        for day in range(7):
            for room in rooms:
                start = datetime.combine(MONDAY + timedelta(days=day), clock_time(8, 30))
                while placed < blocks and start + timedelta(minutes=100) <= start.replace(hour=20, minute=45):
                    length = timedelta(minutes=60 if placed % 2 else 90)
                    if placed % 3:
                        course = Course(title=f"课程{placed}", category=categories[placed % len(categories)],
                                        room_id=room.id, capacity=20, setup_min=10, cleanup_min=5,
                                        instructor_id=None)  # fmt: skip
                        session.add(course)
                        session.flush()
                        session.add(ClassSession(course_id=course.id, room_id=room.id, day=start.date(),
                                                 starts_at=start, ends_at=start + length))  # fmt: skip
                    else:
                        session.add(RoomBooking(room_id=room.id, title=f"活动{placed}", kind=kinds[placed % len(kinds)],
                                                organiser="颐康养老院", starts_at=start, ends_at=start + length,
                                                setup_min=15, cleanup_min=15))  # fmt: skip
                    placed += 1
                    start += length + timedelta(minutes=30)
                if placed >= blocks:
                    break
            if placed >= blocks:
                break
    db.dispose()
    return placed


def run(blocks: int, runs: int) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from frontdesk.core.access import system_actor
    from frontdesk.core.db import Database
    from frontdesk.core.services.room_week import RoomWeekService
    from frontdesk.ui.pages.classes.week_view import DAY, WEEK, RoomsWeekView
    from frontdesk.ui.shell.appearance import Appearance, register_fonts

    app = QApplication.instance() or QApplication([])
    Appearance(app, register_fonts()).apply(large=False)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "week.sqlite3"
        placed = _week(path, blocks)
        db = Database(path)
        service = RoomWeekService(db, lambda: datetime(2026, 12, 8, 10, 0))
        actor = system_actor("bench")
        view = RoomsWeekView()
        view.resize(1366, 700)
        view.show()
        read_ms: list[float] = []
        shown: dict[str, list[float]] = {WEEK: [], DAY: []}
        cpu: dict[str, list[float]] = {WEEK: [], DAY: []}  # this process's own time: the figure a busy machine keeps
        plan = service.week(MONDAY, actor=actor)
        for _ in range(runs):
            started = time.perf_counter()
            plan = service.week(MONDAY, actor=actor)
            read_ms.append(1000 * (time.perf_counter() - started))
            for mode in (WEEK, DAY):
                view.mode = mode
                started, own = time.perf_counter(), time.process_time()
                view.set_plan(plan)  # laid out
                view.grab()  # painted: every block drawn
                shown[mode].append(1000 * (time.perf_counter() - started))
                cpu[mode].append(1000 * (time.process_time() - own))
            app.processEvents()
        on_screen = len(view.visible_blocks())
        view.set_mode(WEEK)
        every = len(view.visible_blocks())
        view.close()
        db.dispose()
    return {"blocks": placed, "in_plan": len(plan.blocks), "week_shown": every, "day_shown": on_screen,
            "read": summary(read_ms), "week": summary(shown[WEEK]), "day": summary(shown[DAY]),
            "week_cpu": summary(cpu[WEEK]), "day_cpu": summary(cpu[DAY]), "load": os.getloadavg()[0]}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--blocks", type=int, default=300)
    args = parser.parse_args()
    figures = run(args.blocks, args.runs)
    read, week, day = figures["read"], figures["week"], figures["day"]
    print(f"rooms' week: {figures['in_plan']} sessions and bookings in {ROOMS} rooms "
          f"({figures['week_shown']} on screen for the whole week, {figures['day_shown']} for a day)")  # fmt: skip
    print(f"  read (worker)                 median {read['median']:.1f} ms  p95 {read['p95']:.1f} ms")
    print(f"  whole week built and painted  median {week['median']:.1f} ms  p95 {week['p95']:.1f} ms  (n={week['n']})")
    print(f"  one day built and painted     median {day['median']:.1f} ms  p95 {day['p95']:.1f} ms")
    print(f"  the same in this process's CPU time: week median {figures['week_cpu']['median']:.1f} ms, "
          f"day {figures['day_cpu']['median']:.1f} ms  (load average {figures['load']:.1f})")  # fmt: skip
    print(f"  goal ≤ {GOAL_MS:.0f} ms: {'met' if max(week['median'], day['median']) <= GOAL_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
