"""Search quality: does the person staff mean come first? On the 20,000-resident, 365-day demo database, residents
are sampled by their visits of the last 30 days (a regular counts as often as they come) and typed as staff type
them: pinyin initials (wxl), mixed pinyin (wangxl, wxiul) and full pinyin (wangxiulan), each by the name's usual
reading with the surname read as a surname (单 shan, 曾 zeng).

    python benchmarks/bench_search_quality.py [--samples 400] [--residents 20000]

It prints, per way of typing, the share of residents found first and within the first three once the whole text is
typed, and the keys needed: the fewest of (letters typed + arrow presses to reach the resident + Enter) over every
point while typing, as a person stops typing once the resident is on top. Goals: initials within the first three
>= 90 %, mixed pinyin first >= 90 %. The latency goals are bench_search.py's.

Beside each share it prints the ceiling: what a search that knew each resident's visits of the last 30 days (the
very weights residents are sampled by) could reach, given how many residents the same text means by their usual
reading (ties in random order). No ranking by visits does better; the rest is how ambiguous the text is.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import BENCH_NOW, BENCH_TODAY, demo_database

NOW = BENCH_NOW
NOT_FOUND_KEYS = 20  # what a resident the list never shows costs: giving up on pinyin and typing something else
GOALS = {"initials": ("top3", 0.90), "mixed": ("first", 0.90)}


def sampled_residents(db_path: Path, samples: int, seed: int = 11) -> list[tuple[int, str]]:
    """``samples`` residents drawn from the visits of the last 30 days (with repeats, as they come)."""
    conn = sqlite3.connect(db_path)
    since = (BENCH_TODAY - timedelta(days=30)).isoformat()
    visits = conn.execute(
        "SELECT r.id, r.name FROM visit v JOIN resident r ON r.id = v.resident_id "
        "WHERE v.visit_date >= ? AND r.archived_at IS NULL ORDER BY v.id",
        (since,),
    ).fetchall()
    conn.close()
    return random.Random(seed).choices(visits, k=samples)


def usual_syllables(name: str) -> list[str]:
    """How a person reads the name: pypinyin's reading in context, the surname as a surname."""
    from pypinyin import Style, lazy_pinyin

    from frontdesk.core.search.keys import SURNAME_READINGS

    syllables = [s.replace("ü", "v") for s in lazy_pinyin(name, style=Style.NORMAL)]
    if len(syllables) == len(name) and name[0] in SURNAME_READINGS:
        syllables[0] = SURNAME_READINGS[name[0]][0]
    return syllables


def ways_of_typing(syllables: list[str], rng: random.Random) -> dict[str, str]:
    initials = "".join(s[0] for s in syllables)
    if len(syllables) >= 3 and rng.random() < 0.5:
        mixed = syllables[0][0] + syllables[1] + "".join(s[0] for s in syllables[2:])  # wxiul
    else:
        mixed = syllables[0] + "".join(s[0] for s in syllables[1:])  # wangxl
    return {"initials": initials, "mixed": mixed, "pinyin": "".join(syllables)}


def measure(search: Callable[[str], list[int]], typed: str, target: int) -> tuple[int | None, int]:
    """The target's place once ``typed`` is all typed (None: not listed), and the keys needed to pick it."""
    best = len(typed) + NOT_FOUND_KEYS
    place: int | None = None
    for length in range(1, len(typed) + 1):
        ids = search(typed[:length])
        where = ids.index(target) if target in ids else None
        if where is not None:
            best = min(best, length + where + 1)  # letters, arrow presses, Enter
        if length == len(typed):
            place = where
    return place, best


def visits_30_days(db_path: Path) -> dict[int, int]:
    conn = sqlite3.connect(db_path)
    since = (BENCH_TODAY - timedelta(days=30)).isoformat()
    counts = dict(conn.execute("SELECT resident_id, count(*) FROM visit WHERE visit_date >= ? GROUP BY 1", (since,)))
    conn.close()
    return counts


def ceiling(conn: sqlite3.Connection, counts: dict[int, int], typed: str, target: int) -> tuple[float, float]:
    """The chance an oracle ranking by 30-day visits puts ``target`` first, and within three, among the active
    residents whose usual reading gives exactly ``typed`` (ties broken at random)."""
    same = [
        rid
        for (rid,) in conn.execute(
            "SELECT DISTINCT k.resident_id FROM resident_search_key k JOIN resident r ON r.id = k.resident_id "
            "WHERE k.key = ? AND k.kind IN ('i', 'p', 'm') AND r.archived_at IS NULL",
            (typed,),
        )
    ]
    mine = counts.get(target, 0)
    ahead = sum(1 for rid in same if counts.get(rid, 0) > mine)
    tied = sum(1 for rid in same if counts.get(rid, 0) == mine and rid != target)
    places = range(ahead, ahead + tied + 1)  # equally likely
    return (1.0 if ahead == 0 else 0.0) / (tied + 1), sum(1 for p in places if p < 3) / len(places)


def run(samples: int, residents: int) -> dict[str, dict[str, float]]:
    from frontdesk.core.access import system_actor
    from frontdesk.core.db import Database
    from frontdesk.core.services.lookup import LookupService

    path = demo_database(residents, 365)
    people = sampled_residents(path, samples)
    db = Database(path)
    service = LookupService(db, lambda: NOW)
    actor = system_actor("bench")

    def search(text: str) -> list[int]:
        return [hit.resident_id for hit in service.search(text, actor=actor)]

    counts = visits_30_days(path)
    conn = sqlite3.connect(path)
    rng = random.Random(5)
    figures: dict[str, dict[str, list[float]]] = {}
    for resident_id, name in people:
        for way, typed in ways_of_typing(usual_syllables(name), rng).items():
            place, keys = measure(search, typed, resident_id)
            best_first, best_top3 = ceiling(conn, counts, typed, resident_id)
            into = figures.setdefault(way, {})
            for measure_name, value in (
                ("first", place == 0),
                ("top3", place is not None and place < 3),
                ("keys", keys),
                ("typed", len(typed) + 1),
                ("ceiling_first", best_first),
                ("ceiling_top3", best_top3),
            ):
                into.setdefault(measure_name, []).append(float(value))
    conn.close()
    db.dispose()
    return {way: {name: statistics.fmean(v) for name, v in values.items()} for way, values in figures.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=400)
    parser.add_argument("--residents", type=int, default=20_000)
    options = parser.parse_args()
    results = run(options.samples, options.residents)
    print(f"search quality, {options.residents:,} residents, {options.samples} residents sampled by recent visits")
    for way, f in results.items():
        goal = GOALS.get(way)
        verdict = ""
        if goal is not None:
            measure_name, share = goal
            met = f[measure_name] >= share
            verdict = f"   goal {measure_name} >= {share:.0%}: {'met' if met else 'MISSED'}"
        print(
            f"  {way:<9} first {f['first']:6.1%} (ceiling {f['ceiling_first']:6.1%})   "
            f"within 3 {f['top3']:6.1%} (ceiling {f['ceiling_top3']:6.1%})   "
            f"keys needed {f['keys']:4.1f} (whole text + Enter {f['typed']:4.1f}){verdict}"
        )


if __name__ == "__main__":
    main()
