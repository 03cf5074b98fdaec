"""Several desks at once: 8 processes registering, checking in and out against one database for a few seconds.
No lost update, no duplicate queue number, never two open visits for one resident, and no desk ever sees a
database error (PostgreSQL serialization failures are retried; SQLite writers queue on BEGIN IMMEDIATE)."""

from __future__ import annotations

import multiprocessing
import random
import sys
import time
import traceback
from datetime import datetime

import pytest
from sqlalchemy import func, select

from actors import TEST_ACTOR
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import Resident, Setting, Visit
from frontdesk.core.search.keys import ResidentKeys, keys_for
from frontdesk.core.services.lookup import LookupService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput

DESKS = 8
SECONDS = 4.0
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork")


def _desk(url: str, desk: int, results) -> None:
    db = Database(url)
    rng = random.Random(desk)
    residents, visits = ResidentService(db, datetime.now), VisitService(db, datetime.now)
    lookup = LookupService(db, datetime.now)
    done = {"ops": 0, "refused": 0, "increments": 0}
    deadline = time.monotonic() + SECONDS
    try:
        mine: list[int] = []
        while time.monotonic() < deadline:
            roll = rng.random()
            try:
                if roll < 0.15 or not mine:
                    name = "王" + "秀兰建国桂英"[desk % 6] + "一二三四五六七八九十"[len(mine) % 10]
                    mine.append(residents.create(ResidentInput(name=name), allow_duplicate=True, actor=TEST_ACTOR))
                elif roll < 0.55:
                    # any resident, including other desks': two desks checking in one person is the race to win
                    visits.check_in(
                        rng.choice(mine) if rng.random() < 0.5 else rng.randint(1, 8 * len(mine)), actor=TEST_ACTOR
                    )
                elif roll < 0.8:
                    visits.check_out(rng.randint(1, 8 * len(mine)), actor=TEST_ACTOR)
                elif roll < 0.9:
                    db.run_write(_increment)  # a read-modify-write on one shared row: lost updates would show
                    done["increments"] += 1
                else:
                    lookup.search("王", actor=TEST_ACTOR)
                done["ops"] += 1
            except RuleViolation:
                done["refused"] += 1  # the desk says so in words: not an error
        results.put(("ok", desk, done))
    except Exception:  # any database error reaching a desk fails the test
        results.put(("error", desk, traceback.format_exc()))


def _increment(session) -> None:
    row = session.get(Setting, "counter")
    row.value = int(row.value) + 1


@pytest.mark.slow
def test_eight_desks_at_once(any_db: Database) -> None:
    keys_for(ResidentKeys("王秀兰"))  # load pypinyin before forking
    with any_db.write() as session:
        session.add(Setting(key="counter", value=0, updated_at=datetime.now()))
    url = any_db.url.render_as_string(hide_password=False)
    any_db.engine.dispose()  # no connection crosses the fork
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    desks = [context.Process(target=_desk, args=(url, n, results)) for n in range(DESKS)]
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=120) for _ in desks]
    for desk in desks:
        desk.join(timeout=30)
    errors = [detail for status, _, detail in outcomes if status == "error"]
    assert errors == []
    increments = sum(done["increments"] for _, _, done in outcomes)
    assert sum(done["ops"] for _, _, done in outcomes) > DESKS * 20
    with any_db.read() as session:
        assert session.get(Setting, "counter").value == increments  # no lost update
        per_day = session.execute(
            select(Visit.visit_date, func.count(), func.count(func.distinct(Visit.queue_number))).group_by(
                Visit.visit_date
            )
        ).all()
        assert all(total == distinct for _, total, distinct in per_day)  # no queue number given twice
        open_counts = session.execute(
            select(Visit.resident_id, func.count()).where(Visit.checked_out_at.is_(None)).group_by(Visit.resident_id)
        ).all()
        assert all(n == 1 for _, n in open_counts)
        assert session.scalar(select(func.count(Resident.id))) > 0
