"""Safety backups that stay, restores that are checked before the file is touched, and one lock for backups and
restores."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from actors import TEST_ACTOR
from clocks import SettableClock
from frontdesk.core.db import Database
from frontdesk.core.db import backups as backups_module
from frontdesk.core.db.backups import BackupManager, file_lock
from frontdesk.core.db.restore_checks import (
    DAMAGED,
    NOT_FRONTDESK,
    TOO_NEW,
    UNKNOWN_SCHEMA,
    FailedAfterReplacing,
    RestoreRefused,
)
from frontdesk.core.errors import EnvironmentProblem, ProblemKind
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput

SAFETY = ("before-upgrade-from-0005", "before-restore", "before-import", "before-anonymise")


@pytest.fixture
def manager(db: Database, db_path: Path, tmp_path: Path, clock: SettableClock) -> BackupManager:
    ResidentService(db, clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    return BackupManager(db_path, tmp_path / "backups", clock)


def names(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.connection().exec_driver_sql("SELECT name FROM resident ORDER BY id").scalars())


def labels(manager: BackupManager) -> list[str]:
    return [b.label for b in manager.backups()]


# -- rotation ---------------------------------------------------------------------------------------------------


def test_safety_backups_outlive_the_periodic_rotation_for_30_days_then_go(
    manager: BackupManager, clock: SettableClock
) -> None:
    safety = []
    for label in SAFETY:
        safety.append(manager.take(label))
        clock.advance(minutes=1)
    for _ in range(16):  # eight hours of 30-minute backups: today's rotation dropped these after about 90 minutes
        clock.advance(minutes=30)
        manager.take("periodic")
    assert all(info.path.is_file() for info in safety)
    assert labels(manager).count("periodic") == 3  # the periodic slots are as if no safety backup existed

    for _ in range(29 * 2):  # days pass, two backups a day: the safety ones stay for their 30 days
        clock.advance(hours=12)
        manager.take("periodic")
        assert all(info.path.is_file() for info in safety), clock.now
    assert clock.now < safety[0].created_at + timedelta(days=30)

    clock.now = safety[-1].created_at + timedelta(days=30, minutes=1)
    manager.take("periodic")
    assert not any(info.path.exists() or info.path.with_suffix(".json").exists() for info in safety)
    kept = [b for b in manager.backups() if b.label == "periodic"]
    older = kept[3:]
    assert len(older) == len({b.created_at.date() for b in older})  # the periodic rules go on as before
    assert len({b.created_at.date() for b in kept if (clock.now - b.created_at).days < 7}) == 7


def test_safety_backups_never_take_the_newest_periodic_ones_place(manager: BackupManager, clock: SettableClock) -> None:
    periodic = []
    for _ in range(4):
        clock.advance(minutes=30)
        periodic.append(manager.take("periodic"))
    for label in SAFETY:
        clock.advance(minutes=1)
        manager.take(label)
    assert all(info.path.is_file() for info in periodic[-3:])  # still the three newest ordinary backups
    assert sorted(lb for lb in labels(manager) if lb != "periodic") == sorted(SAFETY)


def test_a_safety_backup_past_its_30_days_can_still_be_restored(
    db: Database, manager: BackupManager, clock: SettableClock
) -> None:
    old = manager.take("before-import")
    ResidentService(db, clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    clock.advance(days=40)  # no backup ran since: it is still on disk
    db.dispose()
    result = manager.restore(old.path)  # the before-restore backup's rotation does not delete it first
    assert result.restored.path == old.path
    assert names(db) == ["王秀兰"]


# -- restore: checked first, the second copy optional, the truth afterwards --------------------------------------


def test_a_damaged_backup_is_refused_and_nothing_changes(
    db: Database, manager: BackupManager, clock: SettableClock
) -> None:
    backup = manager.take("manual")
    ResidentService(db, clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    with backup.path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(os.urandom(8192))
    with pytest.raises(RestoreRefused) as refused:
        manager.restore(backup.path)
    assert refused.value.reason == DAMAGED
    assert names(db) == ["王秀兰", "李建国"]
    assert "before-restore" not in labels(manager)  # refused before anything was done


@pytest.mark.parametrize(
    ("revision", "reason"), [("0099", TOO_NEW), ("ffee12", UNKNOWN_SCHEMA), ("000", UNKNOWN_SCHEMA)]
)
def test_a_backup_of_a_newer_or_unknown_schema_is_refused_and_nothing_changes(
    db: Database, db_path: Path, manager: BackupManager, clock: SettableClock, revision: str, reason: str
) -> None:
    backup = manager.take("manual")
    with sqlite3.connect(backup.path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    ResidentService(db, clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    db.dispose()  # the last connection closing writes the WAL into the file
    before = db_path.read_bytes()
    with pytest.raises(RestoreRefused) as refused:
        manager.restore(backup.path)
    assert (refused.value.reason, refused.value.revision) == (reason, revision)
    assert refused.value.kind is ProblemKind.TOO_NEW
    assert db_path.read_bytes() == before  # the file was not touched
    assert names(db) == ["王秀兰", "李建国"]
    assert "before-restore" not in labels(manager)


def test_a_sound_sqlite_file_that_is_not_ours_is_refused(manager: BackupManager, tmp_path: Path) -> None:
    other = tmp_path / "frontdesk-20261128-080000-manual.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE budget (item TEXT, amount INTEGER)")
    with pytest.raises(RestoreRefused) as refused:
        manager.restore(other)
    assert refused.value.reason == NOT_FRONTDESK


def test_a_restore_goes_ahead_when_only_the_second_copy_fails(
    db: Database, manager: BackupManager, tmp_path: Path, clock: SettableClock
) -> None:
    usb = tmp_path / "usb" / "备份"
    usb.mkdir(parents=True)
    manager.second_folder = usb
    first = manager.take("manual")
    ResidentService(db, clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    shutil.rmtree(tmp_path / "usb")  # the USB drive is unplugged
    clock.advance(minutes=5)
    db.dispose()
    result = manager.restore(first.path)
    assert names(db) == ["王秀兰"]
    assert result.second_copy_missing == usb
    assert result.before_restore is not None
    assert result.before_restore.path.is_file()  # the copy on this computer stands
    assert result.before_restore.counts["resident"] == 2


def test_trouble_after_the_file_was_replaced_is_not_reported_as_nothing_restored(
    db: Database, manager: BackupManager, clock: SettableClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = manager.take("manual")
    ResidentService(db, clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    clock.advance(minutes=5)
    db.dispose()

    def full_disk() -> None:
        raise EnvironmentProblem(ProblemKind.DISK_FULL, "no space left")

    monkeypatch.setattr(manager, "_check_replaced", full_disk)
    with pytest.raises(FailedAfterReplacing) as failed:
        manager.restore(first.path)
    assert failed.value.kind is ProblemKind.DISK_FULL
    assert failed.value.restored.path == first.path
    assert failed.value.before_restore is not None
    assert failed.value.before_restore.counts["resident"] == 2
    assert names(db) == ["王秀兰"]  # it was replaced, as the error says


# -- one lock ------------------------------------------------------------------------------------------------------


class WatchedLock:
    """A re-entrant lock that says when a thread had to wait for it."""

    def __init__(self) -> None:
        self._inner = threading.RLock()
        self.contended = threading.Event()

    def acquire(self) -> bool:
        if not self._inner.acquire(blocking=False):
            self.contended.set()
            self._inner.acquire()
        return True

    def release(self) -> None:
        self._inner.release()

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def test_a_restore_waits_for_a_running_backup(
    db: Database, db_path: Path, tmp_path: Path, clock: SettableClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    ResidentService(db, clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    lock = WatchedLock()
    manager = BackupManager(db_path, tmp_path / "backups", clock, lock=lock)  # type: ignore[arg-type]
    first = manager.take("manual")
    ResidentService(db, clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    clock.advance(minutes=1)
    db.dispose()

    events: list[str] = []
    copying, go_on = threading.Event(), threading.Event()
    real_backup, real_replace = backups_module.backup_sqlite, manager._replace_with

    def slow_periodic(source: Path, dest: Path):
        if "periodic" not in dest.name:
            return real_backup(source, dest)
        events.append("backup started")
        copying.set()
        assert go_on.wait(10)
        result = real_backup(source, dest)
        events.append("backup finished")
        return result

    def replace(backup: Path) -> None:
        events.append("file replaced")
        real_replace(backup)

    monkeypatch.setattr(backups_module, "backup_sqlite", slow_periodic)
    monkeypatch.setattr(manager, "_replace_with", replace)
    errors: list[BaseException] = []

    def run(work) -> threading.Thread:
        def body() -> None:
            try:
                work()
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=body)
        thread.start()
        return thread

    periodic = run(lambda: manager.take("periodic"))
    assert copying.wait(10)
    restoring = run(lambda: manager.restore(first.path))
    assert lock.contended.wait(10)  # the restore waits for the lock…
    assert "file replaced" not in events  # …without having touched the file
    go_on.set()
    periodic.join(10)
    restoring.join(10)
    assert not errors
    assert events == ["backup started", "backup finished", "file replaced"]
    assert names(db) == ["王秀兰"]
    assert {"periodic", "before-restore", "manual"} <= set(labels(manager))


def test_every_manager_of_one_file_shares_its_lock(db_path: Path, tmp_path: Path, clock: SettableClock) -> None:
    """After a restore the desk opens the database again with a new manager: a backup on the old one still
    excludes a restore on the new one."""
    first = BackupManager(db_path, tmp_path / "a", clock)
    again = BackupManager(Path(os.path.relpath(db_path)), tmp_path / "b", clock)
    assert first._lock is again._lock is file_lock(db_path)
    assert BackupManager(tmp_path / "other.sqlite3", tmp_path / "a", clock)._lock is not first._lock
