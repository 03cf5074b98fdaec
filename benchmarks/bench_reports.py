"""The report figures: the monthly report (月报) over 1,000,000 visits, and the dashboard on the demo database.
Goals (issue #13): ``monthly()`` median ≤ 1 s, SQLite; the dashboard's first paint ≤ 200 ms, of which its figures
are the database's share.

    python benchmarks/bench_reports.py [--visits 1000000] [--residents 8000] [--runs 5] [--no-dashboard]

The big database is written straight to a fresh file in bulk (one sqlite3 executemany a table, the table's indexes
made again after it; no services): 8,000 residents over three years of visits (about 913 a day), a year of 40 weekly
courses with their sessions and attendance, and the care station's appointments. ``monthly()`` is timed for the last
full month (October 2026: ~28,000 visits), median of ``runs`` after one warm-up run; CPU time is printed beside the
wall time, for a shared machine. The dashboard is timed for the running month on the benchmarks' 20,000-resident
demo database (built once by the seeder and cached in ``.bench/``): its first call, then 20 more.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import BENCH_NOW, BENCH_TODAY, demo_database, summary

GOAL_MONTHLY_MS = 1000.0
GOAL_DASHBOARD_MS = 200.0
FIRST_DAY = date(2023, 12, 1)
NOW = datetime(2026, 11, 28, 10, 30)
BUSY_MONTH = date(2026, 10, 1)
COMMUNITIES = ("局前社区", "鼓楼东社区", "新华街社区", "西马路社区", "南关社区", "永泰南社区", None)
PURPOSES = ("activity", "activity", "activity", "class", "care", "care", "consult", "errand", "meal", "other")
DISABILITY = ("none",) * 12 + ("semi", "full")
APPOINTMENT_STATUSES = ("completed",) * 8 + ("no_show", "cancelled")
APPOINTMENTS_A_DAY = 60


def _ts(moment: datetime) -> str:
    """A timestamp as SQLAlchemy stores it in SQLite (microseconds always written), so comparisons line up."""
    return moment.isoformat(sep=" ", timespec="microseconds")


def _insert(conn: sqlite3.Connection, table: str, columns: str, rows: list[tuple]) -> None:
    """Insert ``rows`` with the table's indexes dropped and made again after: building an index once over the
    sorted rows is several times quicker than keeping it up row by row. The schema ends as it began."""
    indexes = [sql for (sql,) in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
    )]  # fmt: skip
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
    ).fetchall():
        conn.execute(f'DROP INDEX "{name}"')
    marks = ", ".join("?" * len(columns.split(",")))
    conn.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
    for sql in indexes:
        conn.execute(sql)


def _residents(conn: sqlite3.Connection, rng: random.Random, residents: int, days: int) -> None:
    rand = rng.random
    people = []
    for n in range(1, residents + 1):
        born = date(1930, 1, 1) + timedelta(days=int(rand() * 35 * 365))
        registered = datetime.combine(FIRST_DAY, time(9)) + timedelta(days=int(rand() * days))
        archived = registered + timedelta(days=30 + int(rand() * 900)) if rand() < 0.06 else None
        people.append((
            n, f"居民{n}", born.isoformat() if rand() > 0.03 else None, rng.choice(COMMUNITIES),
            rand() < 0.15, rand() < 0.3, rng.choice(DISABILITY), rand() < 0.04, _ts(registered), _ts(registered),
            _ts(archived) if archived is not None and archived < NOW else None,
        ))  # fmt: skip
    _insert(conn, "resident", "id, name, birth_date, community, lives_alone, empty_nest, disability, low_income, "
            "created_at, updated_at, archived_at", people)  # fmt: skip


def _visits(conn: sqlite3.Connection, rng: random.Random, visits: int, residents: int, days: int) -> int:
    """About ``visits / days`` check-ins a day, each resident at most once a day; some residents come most days,
    many now and then (each is in the draw 1 to 20 times)."""
    rand = rng.random
    draw = [n for n in range(1, residents + 1) for _ in range(1 + int(20 * rand() ** 3))]
    rows: list[tuple] = []
    for offset in range(days):
        day = FIRST_DAY + timedelta(days=offset)
        wanted = visits * (offset + 1) // days - visits * offset // days
        who = list(dict.fromkeys(rng.choices(draw, k=wanted + wanted // 2)))[:wanted]
        while len(who) < wanted:
            extra = rng.randrange(1, residents + 1)
            if extra not in who:
                who.append(extra)
        opening, iso = datetime.combine(day, time(8)), day.isoformat()
        purposes = rng.choices(PURPOSES, k=wanted)
        for queue, resident in enumerate(who, start=1):
            checked_in = opening + timedelta(seconds=int(rand() * 32_400))
            checked_out = checked_in + timedelta(seconds=1200 + int(rand() * 9600))
            rows.append((resident, iso, queue, _ts(checked_in), _ts(checked_out), purposes[queue - 1],
                         1 if rand() < 0.05 else 0, 0))  # fmt: skip
    _insert(conn, "visit", "resident_id, visit_date, queue_number, checked_in_at, checked_out_at, purpose, "
            "companions, auto_checkout", rows)  # fmt: skip
    return len(rows)


def _classes(conn: sqlite3.Connection, rng: random.Random, residents: int) -> tuple[int, int]:
    """40 courses (every tenth vocational, every seventh an event) meeting weekly for a year, 25 enrolled each, three
    in four present at a session; returns (sessions, attendances)."""
    rand, stamp = rng.random, _ts(NOW)
    _insert(conn, "partner", "id, name, kind, active, created_at, updated_at",
            [(n, f"合伙人{n}", "social_org", True, stamp, stamp) for n in range(1, 9)])  # fmt: skip
    _insert(conn, "room", "id, name, capacity, active, step_free",
            [(n, f"活动室{n}", 40, True, False) for n in range(1, 7)])  # fmt: skip
    courses = [(n, f"课程{n}", "vocational" if n % 10 == 0 else "arts", "event" if n % 7 == 0 else "course",
                n % 8 + 1, n % 6 + 1, 30, stamp, stamp) for n in range(1, 41)]  # fmt: skip
    _insert(conn, "course", "id, title, category, kind, partner_id, room_id, capacity, created_at, updated_at",
            courses)  # fmt: skip
    enrollments, sessions, attendance = [], [], []
    joined = _ts(datetime(2025, 11, 1, 9))
    for course_id, *_rest in courses:
        chosen = rng.sample(range(1, residents + 1), 25)
        for resident in chosen:
            outcome = rng.choice(("none", "completed", "employed")) if course_id % 10 == 0 else "none"
            enrollments.append((course_id, resident, "enrolled", joined, joined, outcome, "某公司", stamp))
        day = date(2025, 12, 1)
        while day <= NOW.date():
            if day.weekday() == course_id % 5:
                starts = datetime.combine(day, time(9 + course_id % 8))
                sessions.append((len(sessions) + 1, course_id, course_id % 6 + 1, day.isoformat(), _ts(starts),
                                 _ts(starts + timedelta(minutes=90)), "scheduled", stamp, stamp))  # fmt: skip
                attendance += [(len(sessions), r, "roster", 0, _ts(starts)) for r in chosen if rand() < 0.75]
            day += timedelta(days=1)
    _insert(conn, "enrollment", "course_id, resident_id, status, joined_at, enrolled_at, outcome, employer, "
            "updated_at", enrollments)  # fmt: skip
    _insert(conn, "class_session", "id, course_id, room_id, day, starts_at, ends_at, status, created_at, updated_at",
            sessions)  # fmt: skip
    _insert(conn, "attendance", "session_id, resident_id, source, companions, marked_at", attendance)
    return len(sessions), len(attendance)


def _appointments(conn: sqlite3.Connection, rng: random.Random, residents: int, days: int) -> int:
    rand, stamp = rng.random, _ts(NOW)
    _insert(conn, "care_service", "id, name, duration_min, places, partner_id, created_at, updated_at",
            [(n, f"服务{n}", 15 * n, 4, n, stamp, stamp) for n in range(1, 5)])  # fmt: skip
    rows = []
    for offset in range(days):
        day = FIRST_DAY + timedelta(days=offset)
        statuses, iso = rng.choices(APPOINTMENT_STATUSES, k=APPOINTMENTS_A_DAY), day.isoformat()
        for n, status in enumerate(statuses):
            service = n % 4 + 1
            starts = datetime.combine(day, time(8, 30)) + timedelta(minutes=5 * n)
            rows.append((1 + int(rand() * residents), service, iso, _ts(starts),
                         _ts(starts + timedelta(minutes=15 * service)), status, rand() < 0.1,
                         "有事" if status == "cancelled" else None, _ts(starts), _ts(starts)))  # fmt: skip
    _insert(conn, "appointment", "resident_id, service_id, day, starts_at, ends_at, status, walk_in, cancel_reason, "
            "booked_at, updated_at", rows)  # fmt: skip
    return len(rows)


def _build(path: Path, visits: int, residents: int, seed: int = 13) -> dict[str, int]:
    """Write the residents, visits, classes and appointments in bulk (one sqlite3 executemany a table, in one
    transaction); return the row counts."""
    rng = random.Random(seed)
    days = (NOW.date() - FIRST_DAY).days + 1
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA synchronous = OFF")  # a throw-away file: no need to wait for the disk
        conn.execute("PRAGMA cache_size = -131072")
        with conn:
            _residents(conn, rng, residents, days)
            written = _visits(conn, rng, visits, residents, days)
            sessions, attendance = _classes(conn, rng, residents)
            appointments = _appointments(conn, rng, residents, days)
    finally:
        conn.close()
    return {"residents": residents, "visits": written, "sessions": sessions, "attendance": attendance,
            "appointments": appointments}  # fmt: skip


def run_monthly(visits: int = 1_000_000, residents: int = 8000, runs: int = 5) -> dict[str, object]:
    from frontdesk.core.access import system_actor
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.services.reports import ReportService

    actor = system_actor("bench")
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "reports.sqlite3")
        try:
            ensure_schema(db)
            db.dispose()  # the bulk writer has the file to itself
            started, cpu = clock.perf_counter(), clock.process_time()
            facts = _build(Path(folder) / "reports.sqlite3", visits, residents)
            built, built_cpu = clock.perf_counter() - started, clock.process_time() - cpu
            service = ReportService(db, lambda: NOW)
            report = service.monthly(BUSY_MONTH, actor=actor)  # warm: pages in the cache, statements compiled
            samples, cpu_samples = [], []
            for _ in range(runs):
                started, cpu = clock.perf_counter(), clock.process_time()
                report = service.monthly(BUSY_MONTH, actor=actor)
                samples.append((clock.perf_counter() - started) * 1000)
                cpu_samples.append((clock.process_time() - cpu) * 1000)
            size = (Path(folder) / "reports.sqlite3").stat().st_size
        finally:
            db.dispose()
    return {**facts, "build_s": built, "build_cpu_s": built_cpu, "size_mb": size / 1e6,
            "month_visits": report.total.visits, "month_people": report.total.people, "monthly": summary(samples),
            "monthly_cpu": summary(cpu_samples)}  # fmt: skip


def run_dashboard(runs: int = 20) -> dict[str, object]:
    from frontdesk.core.access import system_actor
    from frontdesk.core.db import Database
    from frontdesk.core.services.reports import ReportService, month_period

    db = Database(demo_database(20_000, 365))
    try:
        service = ReportService(db, lambda: BENCH_NOW)
        period = month_period(BENCH_TODAY)
        started, cpu = clock.perf_counter(), clock.process_time()
        figures = service.dashboard(period, actor=system_actor("bench"))  # the page's first paint: a cold call
        first, first_cpu = (clock.perf_counter() - started) * 1000, (clock.process_time() - cpu) * 1000
        samples = []
        for _ in range(runs):
            started = clock.perf_counter()
            figures = service.dashboard(period, actor=system_actor("bench"))
            samples.append((clock.perf_counter() - started) * 1000)
    finally:
        db.dispose()
    return {"first_ms": first, "first_cpu_ms": first_cpu, "dashboard": summary(samples),
            "period_visits": figures.total.visits}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--residents", type=int, default=8000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-dashboard", action="store_true")
    args = parser.parse_args()
    figures = run_monthly(args.visits, args.residents, args.runs)
    monthly = figures["monthly"]
    print(f"monthly report (sqlite): {figures['visits']:,} visits of {figures['residents']:,} residents, "
          f"{figures['sessions']:,} class sessions, {figures['attendance']:,} attendances, "
          f"{figures['appointments']:,} appointments")  # fmt: skip
    print(f"  built in {figures['build_s']:.1f} s ({figures['build_cpu_s']:.1f} s of CPU), {figures['size_mb']:.0f} MB")
    print(f"  {BUSY_MONTH:%Y-%m}: {figures['month_visits']:,} visits, {figures['month_people']:,} people")
    print(f"  monthly() median {monthly['median']:.0f} ms  p95 {monthly['p95']:.0f} ms  (n={monthly['n']}); "
          f"CPU median {figures['monthly_cpu']['median']:.0f} ms")  # fmt: skip
    print(f"  goal median ≤ {GOAL_MONTHLY_MS:.0f} ms: {'met' if monthly['median'] <= GOAL_MONTHLY_MS else 'MISSED'}")
    if not args.no_dashboard:
        dash = run_dashboard()
        print(f"dashboard (sqlite, 20,000-resident demo, {BENCH_TODAY:%Y-%m} so far: {dash['period_visits']:,} visits)")
        print(f"  first call {dash['first_ms']:.0f} ms ({dash['first_cpu_ms']:.0f} ms of CPU); "
              f"then median {dash['dashboard']['median']:.0f} ms  "
              f"p95 {dash['dashboard']['p95']:.0f} ms  (n={dash['dashboard']['n']})")  # fmt: skip
        print(f"  goal ≤ {GOAL_DASHBOARD_MS:.0f} ms: {'met' if dash['first_ms'] <= GOAL_DASHBOARD_MS else 'MISSED'}")


if __name__ == "__main__":
    main()
