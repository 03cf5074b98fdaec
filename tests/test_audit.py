"""The audit log's hash chain: intact after real work, broken where an entry is edited, deleted or reordered."""

from __future__ import annotations

import shutil
import threading
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from actors import TEST_ACTOR
from frontdesk.core.access import Actor, system_actor
from frontdesk.core.audit import GENESIS, Anchor, chain_head, hash_of, record, verify_chain
from frontdesk.core.db import Database
from frontdesk.core.db.migrate import ensure_schema
from frontdesk.core.models import AuditEntry, Role, Staff
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput

FIXTURES = Path(__file__).parent / "fixtures" / "databases"


@pytest.fixture
def logged(any_db: Database) -> Database:
    service = ResidentService(any_db, lambda: datetime(2026, 11, 28, 9, 0))
    ids = [service.create(ResidentInput(name=name), actor=TEST_ACTOR) for name in ("王秀兰", "李建国", "张桂英")]
    service.reveal_id_number(ids[0], actor=TEST_ACTOR)
    service.update(ids[1], ResidentInput(name="李建国", allergies="青霉素过敏", id_number=None), actor=TEST_ACTOR)
    return any_db


def check(db: Database):
    with db.read() as session:
        return verify_chain(session)


def test_chain_is_intact_after_real_work(logged: Database) -> None:
    result = check(logged)
    assert (result.ok, result.entries) == (True, 5)
    with logged.read() as session:
        head = chain_head(session)
        assert head is not None
        assert head[0] == session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))


def test_edited_entry_is_detected(logged: Database) -> None:
    with logged.write() as session:
        second = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()[1]
        session.execute(update(AuditEntry).where(AuditEntry.id == second).values(action="resident.delete"))
    result = check(logged)
    assert (result.ok, result.first_bad_id, result.problem) == (False, second, "hash")


def test_deleted_entry_is_detected(logged: Database) -> None:
    with logged.write() as session:
        ids = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()
        session.execute(delete(AuditEntry).where(AuditEntry.id == ids[2]))
    result = check(logged)
    assert (result.ok, result.first_bad_id, result.problem) == (False, ids[3], "link")


def test_reordered_entries_are_detected(logged: Database) -> None:
    with logged.write() as session:
        first, second = session.scalars(select(AuditEntry).order_by(AuditEntry.id).limit(2)).all()
        first.at, second.at = second.at, first.at
        first.details, second.details = second.details, first.details
        first.action, second.action = second.action, first.action
    assert not check(logged).ok


def test_old_entries_are_chained_by_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "desk.sqlite3"
    shutil.copy(FIXTURES / "rev_0003.sqlite3", path)
    db = Database(path)
    ensure_schema(db)
    result = check(db)
    assert result.ok
    assert result.entries == 2  # the saved database's own entries, written before there was a chain
    db.dispose()


def test_cutting_off_the_newest_entries_is_caught_by_a_recorded_head(logged: Database) -> None:
    with logged.read() as session:
        head = chain_head(session)
    anchor = Anchor(head[0], head[1], datetime(2026, 11, 28, 9, 30))
    with logged.write() as session:  # the two newest entries cut off: what is left still chains
        ids = session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)).all()
        session.execute(delete(AuditEntry).where(AuditEntry.id.in_(ids[-2:])))
    assert check(logged).ok  # a plain hash chain cannot tell
    with logged.read() as session:
        result = verify_chain(session, anchors=[anchor])
    assert (result.ok, result.problem, result.first_bad_id, result.last_id) == (False, "truncated", ids[-1], ids[-3])
    assert result.anchor_taken_at == datetime(2026, 11, 28, 9, 30)


def test_a_rewritten_and_rehashed_log_differs_from_a_recorded_head(logged: Database) -> None:
    with logged.read() as session:
        head = chain_head(session)
    with logged.write() as session:  # someone edits an entry and recomputes every hash after it
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        entries[1].action = "resident.delete"
        prev = GENESIS
        for entry in entries:
            entry.prev_hash = None
        session.flush()  # one successor per entry: clear the links before writing the new ones
        for entry in entries:
            entry.prev_hash = prev
            entry.hash = prev = hash_of(entry)
    assert check(logged).ok
    with logged.read() as session:
        result = verify_chain(session, anchors=[Anchor(*head)])
    assert (result.ok, result.problem, result.first_bad_id) == (False, "anchor", head[0])


def test_heads_of_backups_a_restore_replaced_are_not_held_against_the_log(logged: Database) -> None:
    with logged.read() as session:
        restored_head = chain_head(session)
    restored_at, lost_at, restore_at = (datetime(2026, 11, 28, h) for h in (10, 11, 12))
    lost = Anchor(restored_head[0] + 5, "f" * 64, lost_at)  # a backup of work the restore undid
    with logged.write() as session:
        record(session, "backup.restore", at=restore_at, actor=TEST_ACTOR,
               details={"backup": "x.sqlite3", "backup_taken_at": restored_at.isoformat()})  # fmt: skip
    with logged.read() as session:
        result = verify_chain(session, anchors=[Anchor(*restored_head, restored_at), lost])
        assert (result.ok, result.anchors) == (True, 2)
        too_old = Anchor(lost.entry_id, lost.hash, datetime(2026, 11, 28, 9, 0))  # before the restored backup
        assert verify_chain(session, anchors=[too_old]).problem == "truncated"


def test_the_chain_cannot_fork(any_db: Database) -> None:
    """Two entries following the same predecessor are refused by the database itself, on both engines."""
    with any_db.write() as session:
        record(session, "test.first", at=datetime(2026, 11, 28, 9, 0), actor=TEST_ACTOR)
    with pytest.raises(IntegrityError), any_db.write() as session:
        fork = AuditEntry(at=datetime(2026, 11, 28, 9, 1), action="test.fork", prev_hash=GENESIS, hash_version=2)
        session.add(fork)


def test_an_entry_stays_true_when_its_staff_row_goes(any_db: Database) -> None:
    """The staff id is only a link (ON DELETE SET NULL); the hashed label does not change."""
    with any_db.write() as session:
        session.add(Staff(id=7, username="li", display_name="李娜", role="frontdesk"))
    with any_db.write() as session:
        record(session, "test.done", at=datetime(2026, 11, 28, 9, 0), actor=Actor(7, "李娜", Role.FRONT_DESK))
    with any_db.write() as session:
        session.execute(delete(Staff).where(Staff.id == 7))
    with any_db.read() as session:
        entry = session.scalars(select(AuditEntry)).one()
        assert (entry.staff_id, entry.actor) == (None, "staff:7")
        assert verify_chain(session).ok


@pytest.mark.postgres
def test_eight_concurrent_writers_make_one_chain(pg_database_url) -> None:
    setup = Database(pg_database_url)
    ensure_schema(setup)
    per_writer, writers = 12, 8
    start = threading.Barrier(writers)
    failures: list[BaseException] = []

    def write(number: int) -> None:
        db = Database(pg_database_url)  # each writer its own engine and connections, like a desk
        actor = system_actor(f"desk-{number}")
        try:
            start.wait()
            for n in range(per_writer):
                db.run_write(lambda s, n=n: record(s, "test.concurrent", at=datetime(2026, 11, 28, 9, 0),
                                                   actor=actor, details={"n": n}))  # fmt: skip
        except BaseException as exc:  # reported below, on the test thread
            failures.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=write, args=(i,)) for i in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    try:
        assert failures == []
        with setup.read() as session:
            result = verify_chain(session)
            links = session.scalars(select(AuditEntry.prev_hash)).all()
            labels = set(session.scalars(select(AuditEntry.actor)))
        assert (result.ok, result.entries) == (True, per_writer * writers)
        assert len(set(links)) == len(links)  # no fork: every entry has a predecessor of its own
        assert labels == {f"system:desk-{i}" for i in range(writers)}
    finally:
        setup.dispose()
