"""Several desks at once: 8 processes registering, checking in and out against one database, 60 operations each.
No lost update, no duplicate queue number, never two open visits for one resident, and no desk ever sees a
database error (PostgreSQL serialization failures are retried; SQLite writers queue on BEGIN IMMEDIATE). Refusals
are counted by code (an unexpected one fails), each "already checked in" names a real visit or says the database's
index caught it, and afterwards the audit chain verifies with one check-in entry per visit."""

from __future__ import annotations

import multiprocessing
import random
import sys
import traceback
from collections import Counter
from datetime import datetime

import pytest
from sqlalchemy import func, select

from actors import TEST_ACTOR
from frontdesk.core.audit import verify_chain
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import AuditEntry, Resident, Setting, Visit
from frontdesk.core.search.keys import ResidentKeys, keys_for
from frontdesk.core.services.lookup import LookupService
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput

DESKS = 8
OPERATIONS = 60  # per desk: a count, not a time, so a busy machine runs the same races (throughput: bench_desks)
# What a desk may be told while checking random residents in and out: anything else is a bug.
EXPECTED_REFUSALS = {"already_checked_in", "not_checked_in", "resident_not_found"}
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork")


def _desk(url: str, desk: int, results) -> None:
    db = Database(url)
    rng = random.Random(desk)
    residents, visits = ResidentService(db, datetime.now), VisitService(db, datetime.now)
    lookup = LookupService(db, datetime.now)
    done: dict = {"ops": 0, "increments": 0, "refused": Counter(), "seen_open": [], "caught_by_database": 0}
    try:
        mine: list[int] = []
        for _ in range(OPERATIONS):
            roll = rng.random()
            try:
                if roll < 0.15 or not mine:
                    name = "王" + "秀兰建国桂英"[desk % 6] + "一二三四五六七八九十"[len(mine) % 10]
                    mine.append(residents.create(ResidentInput(name=name), allow_duplicate=True, actor=TEST_ACTOR))
                elif roll < 0.55:
                    # any resident, including other desks': two desks checking in one person is the race to win
                    resident_id = rng.choice(mine) if rng.random() < 0.5 else rng.randint(1, 8 * len(mine))
                    try:
                        visits.check_in(resident_id, actor=TEST_ACTOR)
                    except RuleViolation as refusal:
                        if refusal.code == "already_checked_in":
                            _note_already_in(done, resident_id, refusal.params)
                        raise
                elif roll < 0.8:
                    visits.check_out(rng.randint(1, 8 * len(mine)), actor=TEST_ACTOR)
                elif roll < 0.9:
                    db.run_write(_increment)  # a read-modify-write on one shared row: lost updates would show
                    done["increments"] += 1
                else:
                    lookup.search("王", actor=TEST_ACTOR)
                done["ops"] += 1
            except RuleViolation as refusal:
                done["refused"][refusal.code] += 1  # said in words at the desk; which words is checked below
        results.put(("ok", desk, done))
    except Exception:  # any database error reaching a desk fails the test
        results.put(("error", desk, traceback.format_exc()))


def _note_already_in(done: dict, resident_id: int, params: dict) -> None:
    """Remember what an "already checked in" refusal claimed, to hold it against the visits afterwards."""
    if params.get("detected_by") == "open_visit":
        done["seen_open"].append((resident_id, params["visit_id"], params["queue_number"], params["since"]))
    else:
        assert params.get("detected_by") == "database", params
        done["caught_by_database"] += 1


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
    done = [d for _, _, d in outcomes]
    increments = sum(d["increments"] for d in done)
    refused = sum((d["refused"] for d in done), Counter())
    assert sum(d["ops"] for d in done) + sum(refused.values()) == DESKS * OPERATIONS  # every operation came back
    assert set(refused) <= EXPECTED_REFUSALS, refused  # anything else is a bug said in words
    assert refused["already_checked_in"] > 0  # the race was run: desks did check in people already in
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
        visits = {v.id: v for v in session.scalars(select(Visit))}
        # Every "already checked in" the service saw names a real visit of that resident, as it was.
        for d in done:
            for resident_id, visit_id, queue_number, since in d["seen_open"]:
                visit = visits[visit_id]
                assert (visit.resident_id, visit.queue_number, visit.checked_in_at) == (
                    resident_id,
                    queue_number,
                    since,
                )
        # The audit chain holds, and its check-ins and check-outs are exactly the visits.
        assert verify_chain(session).ok
        check_ins = _audited(session, "visit.check_in")
        assert sorted(check_ins) == sorted(visits)
        for visit_id, entry in check_ins.items():
            visit = visits[visit_id]
            assert (entry.entity_type, entry.entity_id) == ("resident", visit.resident_id)
            assert entry.details["queue_number"] == visit.queue_number
        checked_out = {vid for vid, v in visits.items() if v.checked_out_at is not None}
        assert sorted(_audited(session, "visit.check_out")) == sorted(checked_out)


def _audited(session, action: str) -> dict:
    """visit id -> its audit entry for ``action`` (each visit at most once)."""
    entries = session.scalars(select(AuditEntry).where(AuditEntry.action == action)).all()
    by_visit = {entry.details["visit_id"]: entry for entry in entries}
    assert len(by_visit) == len(entries), f"a visit audited twice as {action}"
    return by_visit
