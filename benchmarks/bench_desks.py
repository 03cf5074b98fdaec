"""Several desks at once: 8 processes checking residents in and out (and registering some) against one database for
a few seconds; operations per second in all, and each operation's latency, on SQLite (and on PostgreSQL when
``FRONTDESK_BENCH_PG_URL`` names a server the benchmark may create a database on).

    python benchmarks/bench_desks.py [--desks 8] [--seconds 4]

What it answers: how many desks one database file serves before a desk waits noticeably for another's write. The
correctness of the same races (no lost update, no double check-in, the audit chain) is tested in
``tests/test_multidesk.py``, by a count of operations rather than a time.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import sys
import tempfile
import time
import uuid
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import summary


def _desk(url: str, desk: int, seconds: float, start_at: float, results) -> None:
    from frontdesk.core.access import system_actor
    from frontdesk.core.db import Database
    from frontdesk.core.errors import RuleViolation
    from frontdesk.core.services.residents import ResidentService
    from frontdesk.core.services.visits import VisitService
    from frontdesk.core.validation import ResidentInput

    actor = system_actor("bench")
    db = Database(url)
    residents, visits = ResidentService(db, datetime.now), VisitService(db, datetime.now)
    rng = random.Random(desk)
    mine: list[int] = []
    latencies: list[float] = []
    refused = 0
    time.sleep(max(0.0, start_at - time.time()))  # all desks start together
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        began = time.perf_counter()
        try:
            if len(mine) < 5 or rng.random() < 0.1:
                name = "李" + "秀兰建国桂英"[desk % 6] + "一二三四五六七八九十"[len(mine) % 10]
                mine.append(residents.create(ResidentInput(name=name), allow_duplicate=True, actor=actor))
            elif rng.random() < 0.5:
                visits.check_in(rng.choice(mine), actor=actor)
            else:
                visits.check_out(rng.choice(mine), actor=actor)
        except RuleViolation:
            refused += 1  # already in / not in: a refusal still took a transaction
        latencies.append((time.perf_counter() - began) * 1000)
    db.dispose()
    results.put((desk, latencies, refused))


def _run(url: str, desks: int, seconds: float) -> dict[str, float]:
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.search.keys import ResidentKeys, keys_for

    db = Database(url)
    ensure_schema(db)
    db.dispose()
    keys_for(ResidentKeys("李秀兰"))  # load pypinyin before forking
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    start_at = time.time() + 1.0
    processes = [context.Process(target=_desk, args=(url, n, seconds, start_at, results)) for n in range(desks)]
    for process in processes:
        process.start()
    outcomes = [results.get(timeout=seconds + 120) for _ in processes]
    for process in processes:
        process.join(timeout=30)
    latencies = [ms for _, samples, _ in outcomes for ms in samples]
    figures = summary(latencies)
    figures["ops_per_s"] = len(latencies) / seconds
    figures["refused"] = sum(refused for _, _, refused in outcomes)
    return figures


def _postgres_url(server: str) -> tuple[str, object]:
    """A fresh database on ``server`` and what drops it afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"fd_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    return make_url(server).set(database=name).render_as_string(hide_password=False), drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--desks", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=4.0)
    options = parser.parse_args()
    runs: list[tuple[str, str, object]] = []
    folder = tempfile.mkdtemp(prefix="fd-bench-desks-")
    runs.append(("SQLite", f"sqlite:///{folder}/desks.sqlite3", None))
    server = os.environ.get("FRONTDESK_BENCH_PG_URL")
    if server:
        url, drop = _postgres_url(server)
        runs.append(("PostgreSQL", url, drop))
    for engine, url, drop in runs:
        try:
            figures = _run(url, options.desks, options.seconds)
        finally:
            if drop is not None:
                drop()  # type: ignore[operator]
        print(
            f"{engine}: {options.desks} desks, {figures['ops_per_s']:.0f} operations/s in all; "
            f"per operation median {figures['median']:.1f} ms, p95 {figures['p95']:.1f} ms "
            f"({figures['n']:.0f} operations, {figures['refused']:.0f} refused)",
            flush=True,
        )


if __name__ == "__main__":
    main()
