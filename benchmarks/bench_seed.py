"""Demo data generation: a 20,000-resident center with 365 days of visits, built in a temporary folder.
Target: well under a minute on a 2-core machine (aim: < 15 s).

    python benchmarks/bench_seed.py [--residents 20000] [--days 365]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import BENCH_TODAY

TARGET_SECONDS = 60.0  # the requirement: a 20,000-resident, 365-day database in under a minute


def run(residents: int = 20_000, days: int = 365) -> dict[str, object]:
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.demo import seed_database

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite3"
        db = Database(path)
        try:
            ensure_schema(db)
            started = time.perf_counter()
            summary = seed_database(db, residents=residents, days=days, today=BENCH_TODAY)
            seconds = time.perf_counter() - started
        finally:
            db.dispose()
        size = path.stat().st_size + sum(p.stat().st_size for p in Path(folder).glob("demo.sqlite3-*"))
    rows = summary.residents + summary.staff + summary.partners + summary.rooms + summary.visits
    rows += summary.partner_people + summary.care_services + summary.appointments + summary.readings
    rows += summary.courses + summary.class_sessions + summary.room_bookings + summary.enrollments + summary.attendance
    return {
        "residents": summary.residents,
        "days": days,
        "visits": summary.visits,
        "appointments": summary.appointments,
        "readings": summary.readings,
        "class_sessions": summary.class_sessions,
        "enrollments": summary.enrollments,
        "attendance": summary.attendance,
        "rows": rows,
        "seconds": seconds,
        "rows_per_second": rows / seconds,
        "database_mb": size / 1e6,
        "target_seconds": TARGET_SECONDS,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residents", type=int, default=20_000)
    parser.add_argument("--days", type=int, default=365)
    args = parser.parse_args()
    figures = run(args.residents, args.days)
    print(
        f"demo data: {figures['residents']:,} residents, {figures['days']} days, {figures['visits']:,} visits, "
        f"{figures['appointments']:,} appointments, {figures['readings']:,} readings, "
        f"{figures['class_sessions']:,} class sessions, {figures['enrollments']:,} enrollments, "
        f"{figures['attendance']:,} attendance marks"
    )
    print(f"  {figures['seconds']:.1f} s   {figures['rows_per_second']:,.0f} rows/s   {figures['database_mb']:.1f} MB")
    print(f"  target < {TARGET_SECONDS:.0f} s: {'met' if figures['seconds'] < TARGET_SECONDS else 'MISSED'}")


if __name__ == "__main__":
    main()
