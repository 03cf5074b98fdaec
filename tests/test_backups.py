"""Backups: checked copies with a description, rotation, second folder, start-up check of a damaged file, restore."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from actors import TEST_ACTOR
from clocks import SettableClock
from frontdesk.core.audit import chain_head
from frontdesk.core.db import Database
from frontdesk.core.db.backups import BackupManager, RotationPolicy, describe
from frontdesk.core.errors import EnvironmentProblem
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput


@pytest.fixture
def manager(db: Database, db_path: Path, tmp_path: Path, clock: SettableClock) -> BackupManager:
    ResidentService(db, clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    return BackupManager(db_path, tmp_path / "backups", clock)


def test_backup_is_checked_and_described_with_the_audit_chain_head(db: Database, manager: BackupManager) -> None:
    info = manager.take("manual")
    assert info.path.is_file()
    assert info.counts["resident"] == 1
    with db.read() as session:
        assert info.audit_head == chain_head(session)
    again = describe(info.path)  # from the JSON beside it
    assert (again.label, again.counts, again.audit_head) == ("manual", info.counts, info.audit_head)
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_periodic_backup_only_when_something_changed(
    db: Database, manager: BackupManager, clock: SettableClock
) -> None:
    assert manager.take_if_changed() is not None
    clock.now += timedelta(minutes=30)
    assert manager.take_if_changed() is None
    ResidentService(db, clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    clock.now += timedelta(minutes=30)
    assert manager.take_if_changed() is not None


def test_rotation_keeps_days_weeks_months(db_path: Path, tmp_path: Path, clock: SettableClock) -> None:
    folder = tmp_path / "bk"
    folder.mkdir()
    manager = BackupManager(db_path, folder, clock, policy=RotationPolicy(daily=7, weekly=4, monthly=12))
    start = clock.now
    for hours in range(0, 24 * 400, 12):  # two backups a day for 400 days (described files: rotation reads those)
        when = start + timedelta(hours=hours)
        path = folder / f"frontdesk-{when:%Y%m%d-%H%M%S}-periodic.sqlite3"
        path.write_bytes(b"")
        path.with_suffix(".json").write_text(json.dumps({"created_at": when.isoformat(), "label": "periodic"}))
    manager.rotate()
    kept = manager.backups()
    older = kept[3:]  # past the newest three (always kept), at most one a day
    assert len(older) == len({b.created_at.date() for b in older})
    assert len(kept) <= 7 + 4 + 12 + 3
    newest = kept[0].created_at
    assert sum(1 for b in kept if (newest - b.created_at).days < 7) >= 7  # a week of dailies
    assert len({(b.created_at.year, b.created_at.month) for b in kept}) == 12  # a year of monthlies
    assert len(list(folder.glob("*.json"))) == len(kept)  # descriptions go with their backups


def test_second_folder_gets_a_copy_and_its_loss_is_reported(manager: BackupManager, tmp_path: Path) -> None:
    manager.second_folder = tmp_path / "usb"
    info = manager.take("manual")
    assert (tmp_path / "usb" / info.path.name).is_file()
    manager._clock.now += timedelta(minutes=1)
    (tmp_path / "gone").write_text("a file where the folder should be")
    manager.second_folder = tmp_path / "gone" / "backups"
    with pytest.raises(EnvironmentProblem):
        manager.take("manual")
    assert len(manager.backups()) == 2  # the primary backup was still written


def test_damaged_database_is_set_aside_and_the_newest_good_backup_offered(
    db: Database, db_path: Path, manager: BackupManager
) -> None:
    good = manager.take("start")
    db.dispose()
    with db_path.open("r+b") as handle:  # scribble over the middle of the file
        handle.seek(4096)
        handle.write(os.urandom(8192))
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    check = manager.check_at_start()
    assert not check.ok
    assert check.set_aside is not None
    assert check.set_aside.exists()
    assert not db_path.exists()
    assert check.newest_backup is not None
    assert check.newest_backup.path == good.path
    manager.restore(good.path)
    reopened = Database(db_path)
    with reopened.read() as session:
        assert session.connection().exec_driver_sql("SELECT name FROM resident").scalar() == "王秀兰"
    reopened.dispose()


def test_not_a_database_at_all_is_set_aside_too(db_path: Path, tmp_path: Path, clock: SettableClock) -> None:
    db_path.write_bytes(b"PK\x03\x04 a spreadsheet saved over the database" * 100)
    check = BackupManager(db_path, tmp_path / "bk", clock).check_at_start()
    assert not check.ok
    assert check.newest_backup is None
    assert check.set_aside.read_bytes().startswith(b"PK")


def test_restore_backs_up_the_current_database_first(
    db: Database, manager: BackupManager, clock: SettableClock
) -> None:
    first = manager.take("manual")
    ResidentService(db, clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    clock.now += timedelta(minutes=1)
    manager.restore(first.path)
    labels = [b.label for b in manager.backups()]
    assert "before-restore" in labels
    with db.read() as session:
        names = session.connection().exec_driver_sql("SELECT name FROM resident").scalars().all()
    assert names == ["王秀兰"]  # the pool's connections see the restored content
