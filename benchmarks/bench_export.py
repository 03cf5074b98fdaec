"""导出: the whole register (20,000 residents, a sub-district's) read, audited and written as .xlsx and as .csv.
Goal: each ≤ 10 s on SQLite (a manager waits for it once in a while; the desk stays usable, it runs on the worker).

    python benchmarks/bench_export.py [--residents 20000] [--runs 3]

The residents are written straight to a fresh database, with an ID number, phones, an address and notes each.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time as clock
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import summary

GOAL_S = 10.0
NOW = datetime(2026, 11, 28, 10, 30)
COMMUNITIES = ("局前社区", "西马路社区", "新华街社区", "鼓楼社区")


def _fill(db: object, residents: int) -> None:
    from frontdesk.core.idnumber import make
    from frontdesk.core.models import Resident

    with db.write() as session:  # type: ignore[attr-defined]
        for n in range(residents):
            born = date(1930 + n % 35, 1 + n % 12, 1 + n % 28)
            session.add(Resident(
                name=f"居民{n:05d}", name_sort=f"ju1 min2 {n:05d}", gender="F" if n % 2 else "M", birth_date=born,
                id_number=make(f"1402{n % 100:02d}", born, 1 + n % 999), phone=f"139{n:08d}",
                community=COMMUNITIES[n % 4], building=str(1 + n % 20), unit=str(1 + n % 4),
                room=f"{1 + n % 6}0{1 + n % 4}",
                emergency_name="家属", emergency_phone=f"138{n:08d}", lives_alone=n % 7 == 0, notes="腿脚不便，需搀扶",
                card_number=f"2026{n:06d}",
            ))  # fmt: skip


def run(residents: int = 20_000, runs: int = 3) -> dict[str, object]:
    from frontdesk.core.access import system_actor
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.services.exports import ExportService
    from frontdesk.core.services.registry import RegistryFilter
    from frontdesk.core.spreadsheets.writing import write_table

    actor = system_actor("bench")
    timings: dict[str, list[float]] = {"read": [], "xlsx": [], "csv": []}
    sizes: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as folder:
        db = Database(Path(folder) / "export.sqlite3")
        try:
            ensure_schema(db)
            _fill(db, residents)
            service = ExportService(db, lambda: NOW)
            for _ in range(runs):
                started = clock.perf_counter()
                sheet = service.residents(RegistryFilter(), actor=actor)
                timings["read"].append((clock.perf_counter() - started) * 1000)
                for suffix in ("xlsx", "csv"):
                    path = Path(folder) / f"居民.{suffix}"
                    started = clock.perf_counter()
                    write_table([sheet], path)
                    timings[suffix].append((clock.perf_counter() - started) * 1000)
                    sizes[suffix] = path.stat().st_size
        finally:
            db.dispose()
    return {"residents": residents, "rows": len(sheet.rows), "sizes": sizes,
            **{name: summary(samples) for name, samples in timings.items()}}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--residents", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    figures = run(args.residents, args.runs)
    print(f"register export (sqlite): {figures['rows']:,} residents")
    read = figures["read"]
    print(f"  read + audit median {read['median'] / 1000:.2f} s")
    for suffix in ("xlsx", "csv"):
        written = figures[suffix]
        total = (read["median"] + written["median"]) / 1000
        size = figures["sizes"][suffix] / 1_000_000
        print(f"  .{suffix}: written in {written['median'] / 1000:.2f} s ({size:.1f} MB); with the read {total:.2f} s"
              f" — goal ≤ {GOAL_S:.0f} s: {'met' if total <= GOAL_S else 'MISSED'}")  # fmt: skip


if __name__ == "__main__":
    main()
