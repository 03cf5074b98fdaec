"""Many desks booking the last place of a slot at the same instant, round after round, on SQLite and PostgreSQL:
exactly one wins each round and every other desk is told 已满 (``slot_full``). The same harness run with a
deliberately naive booking (count read in one transaction, the row written in another) overbooks, which shows the
test can fail: what holds the line is the check inside the write transaction, not the harness's timing."""

from __future__ import annotations

import multiprocessing
import sys
import traceback
from collections import Counter
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from actors import TEST_DESK
from care_station import make_station
from frontdesk.core.audit import verify_chain
from frontdesk.core.db import Database
from frontdesk.core.errors import RuleViolation
from frontdesk.core.models import HOLDING_STATUSES, Appointment, CareService, Resident
from frontdesk.core.services.appointments import AppointmentService, taken_counts

DESKS = 6
ROUNDS = 8
NOW = datetime(2026, 12, 7, 8, 0)  # a working Monday, before the station opens
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork")


def _slot(round_: int) -> datetime:
    """Round r's slot: Tuesday to Friday, 08:30 to 11:00, one new slot a round."""
    day = datetime(2026, 12, 8) + timedelta(days=round_ % 4)
    return day.replace(hour=8, minute=30) + timedelta(minutes=30 * (round_ // 4))


def _naive_book(db: Database, resident_id: int, service_id: int, starts_at: datetime, ready) -> None:
    """What a form-only check does: read the count, then (after everyone has read it) write the row."""
    with db.read() as session:
        service = session.get(CareService, service_id)
        taken = sum(taken_counts(session, service_id, starts_at, starts_at + timedelta(seconds=1)).values())
        full = taken >= service.places
    ready.wait(timeout=30)
    if full:
        raise RuleViolation("slot_full")
    with db.write() as session:
        session.add(Appointment(resident_id=resident_id, service_id=service_id, day=starts_at.date(),
                                starts_at=starts_at, ends_at=starts_at + timedelta(minutes=30), booked_at=NOW,
                                updated_at=NOW))  # fmt: skip


def _desk(url: str, desk: int, residents: list[int], service_id: int, naive: bool, start, ready, results) -> None:
    db = Database(url)
    appointments = AppointmentService(db, lambda: NOW)
    outcomes: list[tuple[int, str]] = []
    try:
        for round_ in range(ROUNDS):
            start.wait(timeout=30)  # every desk at the line, then all at once
            try:
                if naive:
                    _naive_book(db, residents[round_], service_id, _slot(round_), ready)
                else:
                    appointments.book(residents[round_], service_id, _slot(round_), actor=TEST_DESK)
                outcomes.append((round_, "won"))
            except RuleViolation as refusal:
                outcomes.append((round_, refusal.code))
        results.put(("ok", desk, outcomes))
    except Exception:
        results.put(("error", desk, traceback.format_exc()))
    finally:
        db.dispose()


def _race(db: Database, *, naive: bool, service: str = "physio") -> tuple[Counter, dict[datetime, int]]:
    """Each round, every desk books a different resident into the round's slot when one place is left."""
    station = make_station(db, residents=0)
    service_id = getattr(station, service)
    with db.write() as session:
        people = [[Resident(name=f"桌{d}号{r}") for r in range(ROUNDS)] for d in range(DESKS)]
        session.add_all([p for row in people for p in row])
        places = session.get(CareService, service_id).places
        earlier = [Resident(name=f"先约{n}") for n in range(places - 1)]
        session.add_all(earlier)
        session.flush()
        residents = [[p.id for p in row] for row in people]
        earlier_ids = [p.id for p in earlier]
    appointments = AppointmentService(db, lambda: NOW)
    for round_ in range(ROUNDS):  # all but the last place taken already
        for rid in earlier_ids:
            appointments.book(rid, service_id, _slot(round_), actor=TEST_DESK)
    url = db.url.render_as_string(hide_password=False)
    db.engine.dispose()  # no connection crosses the fork
    context = multiprocessing.get_context("fork")
    start, ready, results = context.Barrier(DESKS), context.Barrier(DESKS), context.Queue()
    desks = [
        context.Process(target=_desk, args=(url, n, residents[n], service_id, naive, start, ready, results))
        for n in range(DESKS)
    ]
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=120) for _ in desks]
    for desk in desks:
        desk.join(timeout=30)
    assert [detail for status, _, detail in outcomes if status == "error"] == []
    told = Counter(code for _, _, rounds in outcomes for _, code in rounds)
    with db.read() as session:
        held = dict(
            session.execute(
                select(Appointment.starts_at, func.count())
                .where(Appointment.status.in_([s.value for s in HOLDING_STATUSES]))
                .group_by(Appointment.starts_at)
            ).all()
        )
    return told, held


@pytest.mark.slow
@pytest.mark.parametrize(("service", "places"), [("physio", 1), ("pressure", 10)])
def test_the_last_place_goes_to_exactly_one_desk_every_round(any_db: Database, service: str, places: int) -> None:
    told, held = _race(any_db, naive=False, service=service)
    assert told == {"won": ROUNDS, "slot_full": ROUNDS * (DESKS - 1)}  # the others told 已满, in words
    assert held == {_slot(r): places for r in range(ROUNDS)}
    with any_db.read() as session:
        assert verify_chain(session).ok


@pytest.mark.slow
def test_a_naive_check_outside_the_write_transaction_overbooks(any_db: Database) -> None:
    told, held = _race(any_db, naive=True)
    assert told["won"] > ROUNDS  # the harness catches an overbooking booking
    assert max(held.values()) > 1
