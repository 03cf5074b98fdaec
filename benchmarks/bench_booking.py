"""Booking at the desk: the free slots of one service over the next 14 days, then booking one of them, on the demo
center with a year of appointments (the care station's part of the demo data). Goal: median ≤ 20 ms for both
together, SQLite (``--pg URL`` for PostgreSQL).

    python benchmarks/bench_booking.py [--residents 20000] [--runs 60] [--pg postgresql://…]

Each run books a different resident into the first slot with room (a booking changes what the next run reads, as
at a desk) on a copy of the cached demo database; the copy is thrown away.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import BENCH_NOW, demo_database, summary

GOAL_MS = 20.0


def run(residents: int = 20_000, runs: int = 60, pg_url: str | None = None) -> dict[str, object]:
    from sqlalchemy import func, select

    from frontdesk.core.access import system_actor
    from frontdesk.core.db import Database
    from frontdesk.core.errors import RuleViolation
    from frontdesk.core.models import Appointment, CareService, Resident, Role
    from frontdesk.core.services.appointments import AppointmentService

    actor = system_actor("bench", Role.FRONT_DESK)
    with tempfile.TemporaryDirectory() as folder:
        if pg_url:
            db = Database(pg_url)
        else:
            path = Path(folder) / "desk.sqlite3"
            shutil.copy(demo_database(residents, 365), path)
            db = Database(path)
        try:
            with db.read() as session:
                appointments = session.scalar(select(func.count(Appointment.id))) or 0
                service_id = session.scalar(select(CareService.id).where(CareService.name == "血压测量"))
                people = session.scalars(
                    select(Resident.id)
                    .where(Resident.archived_at.is_(None))
                    .order_by(Resident.id.desc())
                    .limit(runs * 3)
                ).all()
            if service_id is None or not appointments:
                raise SystemExit("the demo database has no care station: seed it with this version")
            service = AppointmentService(db, lambda: BENCH_NOW)
            slots_ms, both_ms, refused = [], [], 0
            for resident_id in people:
                if len(both_ms) >= runs:
                    break
                started = time.perf_counter()
                slots = service.free_slots(service_id, actor=actor, days=14)
                listed = time.perf_counter()
                slot = next(s for s in slots if s.free > 0)
                try:
                    service.book(resident_id, service_id, slot.starts_at, actor=actor, person_id=slot.person_id)
                except RuleViolation:
                    refused += 1  # this resident holds an overlapping appointment already: the next one
                    continue
                done = time.perf_counter()
                slots_ms.append((listed - started) * 1000)
                both_ms.append((done - started) * 1000)
        finally:
            db.dispose()
    return {
        "engine": "postgresql" if pg_url else "sqlite",
        "appointments": appointments,
        "slots": len(slots),
        "free_slots": summary(slots_ms),
        "free_slots_and_book": summary(both_ms),
        "refused": refused,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residents", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--pg", help="a PostgreSQL URL already holding the demo center")
    args = parser.parse_args()
    figures = run(args.residents, args.runs, args.pg)
    both = figures["free_slots_and_book"]
    only = figures["free_slots"]
    print(f"booking ({figures['engine']}): {figures['appointments']:,} appointments in the database, "
          f"{figures['slots']} slots of 血压测量 in 14 days")  # fmt: skip
    print(f"  free slots      median {only['median']:.1f} ms  p95 {only['p95']:.1f} ms")
    print(f"  slots + booking median {both['median']:.1f} ms  p95 {both['p95']:.1f} ms  (n={both['n']})")
    print(f"  goal median ≤ {GOAL_MS:.0f} ms: {'met' if both['median'] <= GOAL_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
