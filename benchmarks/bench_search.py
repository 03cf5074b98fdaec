"""Search as you type and check-in latency on realistic registries.

- Per keystroke: from the search text to ranked results (LookupService.search: one read transaction, key range
  scans, frequency ranking), for typing sequences of real residents' names, pinyin initials, full pinyin, phone
  tails and ID tails; on 20,000 and 200,000 residents with a year of visits. Next to it, the floor: the same key
  scan and resident look-up as raw SQL on a plain sqlite3 connection, no ORM and no ranking.
- A check-in committed and the views' figures refreshed (check_in + present + day_counts), with a year of history.

    python benchmarks/bench_search.py [--sizes 20000,200000]

Targets: 20,000 residents p95 <= 16 ms; 200,000 residents p95 <= 50 ms; check-in + refresh median <= 30 ms.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import BENCH_NOW, demo_database, summary
from frontdesk.core.access import system_actor

BENCH = system_actor("bench")  # services refuse a call without an actor
NOW = BENCH_NOW


def typing_sequences(db_path: Path, people: int, seed: int = 7) -> list[str]:
    """What the desk types, keystroke by keystroke, to find ``people`` random residents."""
    from frontdesk.core.search.keys import name_readings

    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "SELECT name, phone, id_number FROM resident WHERE archived_at IS NULL ORDER BY random() LIMIT ?", (people,)
    ).fetchall()
    conn.close()
    rng = random.Random(seed)
    typed: list[str] = []
    for name, phone, id_number in rows:
        syllables = name_readings(name)[0]
        style = rng.choice(["hanzi", "initials", "pinyin", "phone", "id"])
        if style == "hanzi":
            target = name
        elif style == "initials":
            target = "".join(s[0] for s in syllables)
        elif style == "pinyin":
            target = "".join(syllables)[:8]
        elif style == "phone" and phone:
            target = phone.replace("-", "")[-4:]
        elif style == "id" and id_number:
            target = id_number[-6:]
        else:
            target = name
        typed += [target[: i + 1] for i in range(len(target))]
    return typed


def _raw_sql_floor(db_path: Path, queries: list[str]) -> list[float]:
    from frontdesk.core.search.keys import query_parts
    from frontdesk.core.search.query import CANDIDATES, SCAN_LIMIT

    conn = sqlite3.connect(db_path)
    samples = []
    for text in queries:
        started = time.perf_counter()
        ids: list[int] = []
        for part in query_parts(text):
            kinds = ",".join(f"'{k.value}'" for k in part.kinds)
            ids += [
                r[0]
                for r in conn.execute(
                    f"SELECT resident_id FROM resident_search_key WHERE key >= ? AND key < ? AND kind IN ({kinds}) "
                    "LIMIT ?",
                    (part.prefix, part.prefix + "\U0010ffff", SCAN_LIMIT),
                )
            ]
        chosen = list(dict.fromkeys(ids))[:CANDIDATES]
        if chosen:
            marks = ",".join("?" * len(chosen))
            conn.execute(
                f"SELECT id, name, gender, birth_date, community, id_number, phone, archived_at FROM resident "
                f"WHERE id IN ({marks}) AND archived_at IS NULL",
                chosen,
            ).fetchall()
        samples.append((time.perf_counter() - started) * 1000)
    conn.close()
    return samples


def search_latency(residents: int, people: int = 80) -> dict[str, object]:
    from frontdesk.core.db import Database
    from frontdesk.core.services.lookup import LookupService

    path = demo_database(residents, 365)
    queries = typing_sequences(path, people)
    db = Database(path)
    service = LookupService(db, lambda: NOW)
    for text in queries[:20]:  # warm the page cache and pypinyin
        service.search(text, actor=BENCH)
    samples = []
    for text in queries:
        started = time.perf_counter()
        service.search(text, actor=BENCH)
        samples.append((time.perf_counter() - started) * 1000)
    db.dispose()
    return {"residents": residents, "keystrokes": len(queries), "search_ms": summary(samples),
            "raw_sql_ms": summary(_raw_sql_floor(path, queries))}  # fmt: skip


def checkin_latency(residents: int = 20_000, count: int = 200) -> dict[str, object]:
    from frontdesk.core.db import Database
    from frontdesk.core.services.visits import VisitService

    source = demo_database(residents, 365)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "desk.sqlite3"
        shutil.copy(source, path)
        conn = sqlite3.connect(path)
        not_in = "SELECT resident_id FROM visit WHERE checked_out_at IS NULL"
        query = f"SELECT id FROM resident WHERE archived_at IS NULL AND id NOT IN ({not_in}) ORDER BY random() LIMIT ?"
        ids = [r[0] for r in conn.execute(query, (count,))]
        conn.close()
        db = Database(path)
        service = VisitService(db, lambda: NOW)
        samples = []
        for rid in ids:
            started = time.perf_counter()
            service.check_in(rid, actor=BENCH)
            service.present(actor=BENCH)
            service.day_counts(actor=BENCH)
            samples.append((time.perf_counter() - started) * 1000)
        db.dispose()
    return {"residents": residents, "check_ins": len(samples), "checkin_refresh_ms": summary(samples)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="20000,200000")
    sizes = [int(s) for s in parser.parse_args().sizes.split(",")]
    targets = {20_000: 16.0, 200_000: 50.0}
    for size in sizes:
        figures = search_latency(size)
        s, raw = figures["search_ms"], figures["raw_sql_ms"]
        target = targets.get(size)
        verdict = (
            "" if target is None else f"   target p95 <= {target:.0f} ms: {'met' if s['p95'] <= target else 'MISSED'}"
        )
        print(f"search, {size:,} residents, {figures['keystrokes']} keystrokes")
        print(f"  LookupService.search  median {s['median']:6.2f} ms   p95 {s['p95']:6.2f} ms{verdict}")
        print(f"  raw SQL floor         median {raw['median']:6.2f} ms   p95 {raw['p95']:6.2f} ms")
    figures = checkin_latency()
    c = figures["checkin_refresh_ms"]
    print(f"check-in committed + in-building list + day counts, 20,000 residents, {figures['check_ins']} check-ins")
    print(f"  median {c['median']:6.2f} ms   p95 {c['p95']:6.2f} ms   target median <= 30 ms: "
          f"{'met' if c['median'] <= 30 else 'MISSED'}")  # fmt: skip


if __name__ == "__main__":
    main()
