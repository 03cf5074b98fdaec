"""Helpers shared by the benchmarks: a cached demo database and simple statistics."""

from __future__ import annotations

import statistics
from datetime import date, datetime
from pathlib import Path

CACHE = Path(__file__).resolve().parent.parent / ".bench"
BENCH_TODAY = date(2026, 11, 28)  # fixed, so a cached database stays valid and runs compare
BENCH_NOW = datetime.combine(BENCH_TODAY, datetime.min.time()).replace(hour=10, minute=30)  # mid-morning


def demo_database(residents: int, days: int) -> Path:
    """A seeded database of the given size, built once and kept in .bench/ (git-ignored)."""
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.demo import seed_database

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"demo-{residents}-{days}.sqlite3"
    done = path.with_suffix(".done")
    if path.exists() and done.exists():
        db = Database(path)
        ensure_schema(db)  # a cache from an older schema is upgraded like a desk's database would be
        db.dispose()
        return path
    for stale in CACHE.glob(path.name + "*"):
        stale.unlink()
    db = Database(path)
    ensure_schema(db)
    seed_database(db, residents=residents, days=days, today=BENCH_TODAY)
    db.dispose()
    done.touch()
    return path


def summary(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": statistics.median(ordered), "p95": p95, "min": ordered[0], "n": len(ordered)}
