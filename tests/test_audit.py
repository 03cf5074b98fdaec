"""The audit log's hash chain: intact after real work, broken where an entry is edited, deleted or reordered."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, select, update

from actors import TEST_ACTOR
from frontdesk.core.audit import chain_head, verify_chain
from frontdesk.core.db import Database
from frontdesk.core.db.migrate import ensure_schema
from frontdesk.core.models import AuditEntry
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
