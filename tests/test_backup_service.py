"""备份与恢复 as staff use it: who may restore, the audit entry a restore leaves, the second folder going away, and a
damaged database that stays noticed until it is restored."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from actors import TEST_ACTOR
from clocks import SettableClock
from frontdesk.core.access import Actor
from frontdesk.core.db import Database
from frontdesk.core.db.backups import BackupManager, SecondFolderUnavailable, describe
from frontdesk.core.db.restore_checks import FailedAfterReplacing
from frontdesk.core.desk_settings import DeskSettings
from frontdesk.core.errors import EnvironmentProblem, ProblemKind, RuleViolation
from frontdesk.core.models import AuditEntry, Role
from frontdesk.core.services.backups import BackupService, restore_at_start
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.staff import StaffService
from frontdesk.core.validation import ResidentInput


@pytest.fixture
def people(db: Database, clock: SettableClock) -> tuple[Actor, Actor]:
    staff = StaffService(db, clock)
    manager = staff.create_first_manager("zhang", "张主任", "zhang2026pw")
    staff.create_staff(manager, "lina", "李娜", Role.FRONT_DESK, "lina2026pw")
    return manager, staff.sign_in("lina", "lina2026pw")


@pytest.fixture
def service(db: Database, db_path: Path, tmp_path: Path, clock: SettableClock) -> BackupService:
    ResidentService(db, clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    return BackupService(BackupManager(db_path, tmp_path / "backups", clock), clock)


def resident_names(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.connection().exec_driver_sql("SELECT name FROM resident ORDER BY id").scalars())


def test_front_desk_staff_may_not_restore_or_take_backups(
    db: Database, service: BackupService, people: tuple[Actor, Actor], clock: SettableClock
) -> None:
    manager, lina = people
    first = service.take_now(manager)
    ResidentService(db, clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    with pytest.raises(RuleViolation) as refused:
        service.restore(lina, first.path)
    assert refused.value.code == "not_allowed"
    with pytest.raises(RuleViolation):
        service.restore(None, first.path)
    with pytest.raises(RuleViolation):
        service.take_now(lina)
    with pytest.raises(RuleViolation):
        service.backups(lina)
    assert resident_names(db) == ["王秀兰", "李建国"]  # nothing restored
    assert [b.label for b in service.backups(manager)] == ["manual"]  # no "before-restore" either


def test_a_restore_is_audited_in_the_restored_database(
    db: Database, service: BackupService, people: tuple[Actor, Actor], clock: SettableClock
) -> None:
    manager, _ = people
    first = service.take_now(manager)
    ResidentService(db, clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    clock.advance(minutes=5)
    db.dispose()
    result = service.restore(manager, first.path)
    assert resident_names(db) == ["王秀兰"]
    assert result.before_restore is not None
    assert describe(result.before_restore.path).counts["resident"] == 2  # the database as it was is kept
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert entry.action == "backup.restore"
    assert entry.staff_id == manager.staff_id
    assert entry.details["backup"] == first.path.name
    assert entry.details["before_restore"] == result.before_restore.path.name


def test_second_folder_gone_main_backup_still_taken(
    service: BackupService, people: tuple[Actor, Actor], tmp_path: Path, clock: SettableClock
) -> None:
    manager, _ = people
    usb = tmp_path / "usb" / "frontdesk"
    usb.mkdir(parents=True)
    service.manager.second_folder = usb
    copied = service.take_now(manager)
    assert (usb / copied.path.name).is_file()
    shutil.rmtree(tmp_path / "usb")  # the drive is unplugged
    clock.advance(minutes=1)
    with pytest.raises(SecondFolderUnavailable) as gone:
        service.take_now(manager)
    assert gone.value.backup.path.is_file()  # the main backup stands
    assert len(service.backups(manager)) == 2
    assert not (tmp_path / "usb").exists()  # not re-created on this computer's own disk


def test_a_damaged_database_is_asked_about_again_until_it_is_restored(
    db: Database, db_path: Path, service: BackupService, people: tuple[Actor, Actor], clock: SettableClock
) -> None:
    manager, _ = people
    good = service.take_now(manager)
    db.dispose()
    with db_path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(os.urandom(8192))
    check = service.manager.check_at_start()
    assert not check.ok
    clock.advance(minutes=1)
    again = service.manager.check_at_start()  # the user chose 退出: the next start must not make an empty database
    assert not again.ok
    assert again.set_aside == check.set_aside
    assert again.newest_backup is not None
    assert again.newest_backup.path == good.path
    restore_at_start(service.manager, again, clock)
    assert service.manager.check_at_start().ok
    assert resident_names(db) == ["王秀兰"]
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (entry.action, entry.staff_id, entry.details["at_start"]) == ("backup.restore", None, True)
    assert entry.details["damaged_set_aside"] == check.set_aside.name


def test_an_undescribed_backup_is_named_by_its_file(db: Database, db_path: Path, tmp_path: Path) -> None:
    from frontdesk.core.db.backup import backup_sqlite

    copy = backup_sqlite(db_path, tmp_path / "frontdesk-20261120-083000-before-upgrade-0004.sqlite3").path
    info = describe(copy)
    assert info.label == "before-upgrade-0004"
    assert info.created_at.isoformat() == "2026-11-20T08:30:00"


# -- the second folder, only through the service ----------------------------------------------------------------


def desk_service(db: Database, db_path: Path, tmp_path: Path, clock: SettableClock) -> BackupService:
    desk = DeskSettings(tmp_path / "home" / "desk-settings.json")
    return BackupService(BackupManager(db_path, tmp_path / "backups", clock), clock, db=db, desk=desk)


def test_the_second_folder_is_a_managers_choice_audited_and_used_by_the_periodic_backup(
    db: Database, db_path: Path, tmp_path: Path, people: tuple[Actor, Actor], clock: SettableClock
) -> None:
    manager, lina = people
    service = desk_service(db, db_path, tmp_path, clock)
    usb = tmp_path / "usb" / "备份"
    usb.mkdir(parents=True)
    for nobody in (lina, None):
        with pytest.raises(RuleViolation):
            service.set_second_folder(nobody, usb)
    assert service.manager.second_folder is None
    assert not (tmp_path / "home" / "desk-settings.json").exists()

    service.set_second_folder(manager, usb)
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "backup.second_folder")).one()
    assert entry.staff_id == manager.staff_id
    assert entry.details == {"key": "backups.second_folder", "before": None, "after": str(usb)}

    periodic = service.manager.take_if_changed()  # the 30-minute backup, as housekeeping runs it
    assert periodic is not None
    assert (usb / periodic.path.name).is_file()

    again = desk_service(db, db_path, tmp_path, clock)  # the next start of this desk
    assert again.second_folder(manager) == usb
    clock.advance(minutes=1)
    again.set_second_folder(manager, None)
    with db.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert last.details == {"key": "backups.second_folder", "before": str(usb), "after": None}
    assert desk_service(db, db_path, tmp_path, clock).second_folder(manager) is None


def test_a_second_folder_must_be_a_real_other_place(
    db: Database, db_path: Path, tmp_path: Path, people: tuple[Actor, Actor], clock: SettableClock
) -> None:
    manager, _ = people
    service = desk_service(db, db_path, tmp_path, clock)
    with pytest.raises(RuleViolation) as relative:
        service.set_second_folder(manager, Path("usb"))
    assert relative.value.code == "second_folder_not_absolute"
    with pytest.raises(RuleViolation) as same:
        service.set_second_folder(manager, tmp_path / "backups")
    assert same.value.code == "second_folder_is_main"
    with db.read() as session:
        assert session.scalars(select(AuditEntry).where(AuditEntry.action == "backup.second_folder")).all() == []


def test_a_folder_chosen_in_desk_ini_is_carried_over_once(tmp_path: Path) -> None:
    desk = DeskSettings(tmp_path / "desk-settings.json")
    assert desk.adopt_second_backup_folder(str(tmp_path / "usb"))
    assert desk.second_backup_folder() == tmp_path / "usb"
    desk.set_second_backup_folder(None)  # cleared since: the old value does not come back
    assert not desk.adopt_second_backup_folder(str(tmp_path / "usb"))
    assert desk.second_backup_folder() is None


def test_a_safety_backup_is_a_managers_and_is_labelled(service: BackupService, people: tuple[Actor, Actor]) -> None:
    manager, lina = people
    with pytest.raises(RuleViolation):
        service.take_safety(lina, "before-anonymise")
    info = service.take_safety(manager, "before-anonymise")
    assert info.label == "before-anonymise"
    assert info.path.is_file()
    with pytest.raises(ValueError, match="not a safety backup"):
        service.take_safety(manager, "periodic")  # not a safety backup: it would be kept 30 days by mistake


def test_a_restore_without_the_second_copy_is_audited_as_such(
    db: Database, service: BackupService, people: tuple[Actor, Actor], tmp_path: Path, clock: SettableClock
) -> None:
    manager, _ = people
    usb = tmp_path / "usb" / "frontdesk"
    usb.mkdir(parents=True)
    service.manager.second_folder = usb
    first = service.take_now(manager)
    shutil.rmtree(tmp_path / "usb")  # the drive is unplugged
    clock.advance(minutes=1)
    db.dispose()
    result = service.restore(manager, first.path)
    assert result.second_copy_missing == usb
    with db.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert entry.action == "backup.restore"
    assert entry.details["second_copy_missing"] == str(usb)
    assert entry.details["before_restore"] == result.before_restore.path.name


def test_an_audit_entry_that_cannot_be_written_after_replacing_says_the_restore_happened(
    db: Database, service: BackupService, people: tuple[Actor, Actor], clock: SettableClock, monkeypatch
) -> None:
    from frontdesk.core.services import backups as service_module

    manager, _ = people
    first = service.take_now(manager)
    ResidentService(db, clock).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    clock.advance(minutes=1)
    db.dispose()

    def locked(*_args) -> None:
        raise EnvironmentProblem(ProblemKind.LOCKED, "database is locked")

    monkeypatch.setattr(service_module, "_record_restore", locked)
    with pytest.raises(FailedAfterReplacing) as failed:
        service.restore(manager, first.path)
    assert failed.value.kind is ProblemKind.LOCKED
    assert failed.value.before_restore is not None
    assert resident_names(db) == ["王秀兰"]
