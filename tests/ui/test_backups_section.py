"""备份与恢复 on the Settings page: managers only; 立即备份 off the GUI thread; restore from the click to the data
back as it was; the second backup folder chosen, lost and cleared; a database server is not backed up here."""

from __future__ import annotations

import dataclasses
import os
import shutil
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton, QTableView
from signin_support import settle
from sqlalchemy import select

from actors import TEST_ACTOR
from frontdesk import paths
from frontdesk.core.models import AuditEntry
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.backups_section import BackupsSection
from frontdesk.ui.restore_dialog import RestorePreview
from frontdesk.ui.signin import SignInDialog


def section_of(qtbot, desk) -> BackupsSection:
    desk.window.show()
    qtbot.waitExposed(desk.window)
    desk.window.show_page("settings")
    settle(qtbot, desk)  # the list is read on the database worker
    return desk.settings.findChild(QGroupBox, "backupsSection")


def back_up(qtbot, section: BackupsSection) -> None:
    with qtbot.waitSignal(section.backup_finished, timeout=10_000):
        section.findChild(QPushButton, "backupNow").click()
    qtbot.waitUntil(lambda: not section.busy(), timeout=10_000)  # …and the list read again


def ask_restore(qtbot, section: BackupsSection) -> RestorePreview:
    """The preview opens once the database now is counted (on the worker)."""
    section.preview = None
    section.findChild(QPushButton, "restoreBackup").click()
    qtbot.waitUntil(lambda: section.preview is not None and section.preview.isVisible(), timeout=10_000)
    return section.preview


def names(desk) -> list[str]:
    with desk.opened.db.read() as session:
        return list(session.connection().exec_driver_sql("SELECT name FROM resident ORDER BY id").scalars())


def test_front_desk_staff_do_not_see_backups(qtbot, make_desk, lina) -> None:
    section = section_of(qtbot, make_desk(actor=lina, username="lina"))
    assert not section.isVisible()
    assert section.findChild(QTableView, "backupsTable") is None  # not even built


def test_back_up_now_lists_the_backup_and_says_so(qtbot, make_desk, manager, opened, clock) -> None:
    ResidentService(opened.db, clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    section = section_of(qtbot, make_desk(actor=manager, username="zhang"))
    assert section.isVisible()
    assert section.title() == "备份与恢复"
    assert section.model.rowCount() == 0
    back_up(qtbot, section)
    model = section.model
    assert model.rowCount() == 1
    row = [model.index(0, c).data() for c in range(6)]
    taken = model.row(0).created_at
    assert row[0] == f"{taken:%Y-%m-%d %H:%M}"
    assert row[1:4] == ["手动备份", "1", "0"]
    assert Path(row[5]) == opened.backups.folder
    status = section.findChild(QLabel, "backupsStatus").text()
    assert status.startswith(f"已于 {taken:%H:%M:%S} 备份：居民 1，来访人次 0。")


def test_restore_from_the_click_to_the_data_as_it_was(qtbot, make_desk, manager, opened, clock) -> None:
    residents = ResidentService(opened.db, clock)
    residents.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    desk = make_desk(actor=manager, username="zhang")
    section = section_of(qtbot, desk)
    back_up(qtbot, section)
    residents.create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    assert names(desk) == ["王秀兰", "李建国"]

    section.findChild(QTableView, "backupsTable").selectRow(0)
    taken = section.model.row(0).created_at
    preview = ask_restore(qtbot, section)
    assert preview is section.findChild(RestorePreview, "restorePreview")
    assert preview.isVisible()
    assert preview.findChild(QLabel, "count_resident_1").text() == "2"  # the database now
    assert preview.findChild(QLabel, "count_resident_2").text() == "1"  # the backup
    confirm = preview.findChild(QPushButton, "restoreConfirm")
    assert not confirm.isEnabled()  # not before the box is ticked
    preview.understood.click()
    with qtbot.waitSignal(desk.housekeeping.backup_done, timeout=10_000):  # the reopened database's start backup
        confirm.click()
    settle(qtbot, desk)

    assert names(desk) == ["王秀兰"]
    assert desk.opened is not opened  # the desk works on the database opened again
    assert desk.actor is None  # everyone signs in again…
    assert any(isinstance(w, SignInDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    kinds = [b.label for b in desk.opened.backups.backups()]
    assert "before-restore" in kinds  # …and the database as it was is kept
    restored = f"已恢复 {taken:%Y-%m-%d %H:%M} 的备份。"
    assert restored in section.findChild(QLabel, "backupsStatus").text()
    desk.opened.db.dispose()


def test_cancelling_the_preview_changes_nothing(qtbot, make_desk, manager, opened, clock) -> None:
    residents = ResidentService(opened.db, clock)
    residents.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    desk = make_desk(actor=manager, username="zhang")
    section = section_of(qtbot, desk)
    back_up(qtbot, section)
    residents.create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    section.table.selectRow(0)
    preview = ask_restore(qtbot, section)
    preview.findChild(QPushButton, "restoreCancel").click()
    assert names(desk) == ["王秀兰", "李建国"]
    assert desk.opened is opened
    assert desk.actor == manager


def test_second_folder_chosen_lost_and_cleared(qtbot, make_desk, manager, opened, tmp_path, monkeypatch) -> None:
    desk = make_desk(actor=manager, username="zhang")
    section = section_of(qtbot, desk)
    usb = tmp_path / "usb" / "备份"
    usb.mkdir(parents=True)
    monkeypatch.setattr(section, "ask_folder", lambda: str(usb))
    section.findChild(QPushButton, "chooseSecondFolder").click()
    settle(qtbot, desk)
    assert desk.desk_settings.second_backup_folder() == usb  # kept by the core, for this desk
    assert opened.backups.second_folder == usb
    assert audited_folders(desk) == [(None, str(usb))]
    back_up(qtbot, section)
    first = section.model.row(0)
    assert (usb / first.path.name).is_file()
    problem = section.findChild(QLabel, "secondFolderProblem")
    assert not problem.isVisible()

    shutil.rmtree(tmp_path / "usb")  # the USB drive is unplugged
    back_up(qtbot, section)
    assert section.model.rowCount() == 2  # the main backup was still taken
    assert all(row.path.is_file() for row in (section.model.row(0), section.model.row(1)))
    assert section.findChild(QLabel, "backupsStatus").text().startswith("已于 ")
    assert problem.isVisible()
    assert "无法访问" in problem.text()
    assert str(usb) in problem.text()

    section.findChild(QPushButton, "clearSecondFolder").click()
    settle(qtbot, desk)
    assert desk.desk_settings.second_backup_folder() is None
    assert opened.backups.second_folder is None
    assert not problem.isVisible()
    assert audited_folders(desk) == [(None, str(usb)), (str(usb), None)]


def audited_folders(desk) -> list[tuple[str | None, str | None]]:
    with desk.opened.db.read() as session:
        rows = session.scalars(select(AuditEntry).where(AuditEntry.action == "backup.second_folder")).all()
        return [(row.details["before"], row.details["after"]) for row in rows]


def test_a_saved_second_folder_is_used_by_the_next_desk(qtbot, make_desk, manager, opened, tmp_path) -> None:
    usb = tmp_path / "usb"
    first = make_desk(actor=manager, username="zhang")
    first.services.backups.set_second_folder(manager, usb)
    opened.backups.second_folder = None  # as a new start's manager has it
    make_desk(actor=manager, username="zhang")
    assert opened.backups.second_folder == usb  # the periodic backups copy there too


def test_a_folder_chosen_in_desk_ini_by_an_earlier_version_is_carried_over_once(
    qtbot, make_desk, manager, opened, tmp_path
) -> None:
    ini = QSettings(str(paths.data_dir() / "desk.ini"), QSettings.Format.IniFormat)
    ini.setValue("backups/second_folder", str(tmp_path / "usb"))
    ini.sync()
    desk = make_desk(actor=manager, username="zhang")
    assert opened.backups.second_folder == tmp_path / "usb"
    assert desk.desk_settings.second_backup_folder() == tmp_path / "usb"
    ini.sync()
    assert not ini.contains("backups/second_folder")  # once: desk.ini no longer has it
    desk.services.backups.set_second_folder(manager, None)
    make_desk(actor=manager, username="zhang")
    assert opened.backups.second_folder is None  # cleared stays cleared


def test_safety_backups_are_listed_by_kind_with_how_long_they_stay(language) -> None:
    from frontdesk.core.db.backups import SAFETY_LABELS, BackupInfo, RotationPolicy
    from frontdesk.ui import backup_words
    from frontdesk.ui.backups_section import BackupTableModel

    assert backup_words.SAFETY_PREFIXES == SAFETY_LABELS  # the UI's copy of the core's rules
    assert RotationPolicy().safety_days == backup_words.SAFETY_DAYS
    labels = ["before-upgrade-from-0005", "before-restore", "before-import", "before-anonymise-2", "periodic",
              "manual", "start"]  # fmt: skip
    when = datetime(2026, 11, 28, 9, 0)
    model = BackupTableModel()
    model.set_rows([BackupInfo(Path(f"/b/{lb}.sqlite3"), when, lb, "0006", {}, None, 1) for lb in labels])
    kinds = {model.row(r).label: model.index(r, 1).data() for r in range(model.rowCount())}
    assert kinds == {"before-upgrade-from-0005": "升级前", "before-restore": "恢复前", "before-import": "导入前",
                     "before-anonymise-2": "匿名化前", "periodic": "每 30 分钟", "manual": "手动备份",
                     "start": "启动时"}  # fmt: skip
    tips = {model.row(r).label: model.index(r, 1).data(Qt.ItemDataRole.ToolTipRole) for r in range(len(labels))}
    assert "2026-12-28" in tips["before-restore"]
    assert "30" in tips["before-anonymise-2"]
    assert tips["periodic"] is None


def restore_first(qtbot, desk, section: BackupsSection) -> bool:
    """Restore the oldest backup (the one taken first); True when the restored database was handed to the desk."""
    section.table.selectRow(section.model.rowCount() - 1)
    handed: list[bool] = []
    section.restored.connect(lambda: handed.append(True))
    assert section.restore(section.selected().path)  # it starts…
    assert not desk.window.stack.isEnabled()  # …and the desk takes no input meanwhile
    qtbot.waitUntil(lambda: not section.busy(), timeout=10_000)
    settle(qtbot, desk)
    assert desk.window.stack.isEnabled()
    return bool(handed)


def test_a_damaged_backup_is_refused_in_words_and_nothing_changes(qtbot, make_desk, manager, opened, clock) -> None:
    residents = ResidentService(opened.db, clock)
    residents.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    desk = make_desk(actor=manager, username="zhang")
    section = section_of(qtbot, desk)
    back_up(qtbot, section)
    residents.create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    with section.model.row(0).path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(os.urandom(8192))
    assert not restore_first(qtbot, desk, section)
    error = section.findChild(QLabel, "backupsError").text()
    assert error.startswith("没有恢复任何数据：")
    assert "损坏" in error
    assert names(desk) == ["王秀兰", "李建国"]
    assert desk.opened is opened
    assert "before-restore" not in [b.label for b in opened.backups.backups()]


def test_trouble_after_the_file_was_replaced_is_said_as_it_is(
    qtbot, make_desk, manager, opened, clock, monkeypatch
) -> None:
    from frontdesk.core.errors import EnvironmentProblem, ProblemKind
    from frontdesk.core.services import backups as service_module

    residents = ResidentService(opened.db, clock)
    residents.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    desk = make_desk(actor=manager, username="zhang")
    section = section_of(qtbot, desk)
    back_up(qtbot, section)
    residents.create(ResidentInput(name="李建国"), actor=TEST_ACTOR)

    def full(*_args) -> None:
        raise EnvironmentProblem(ProblemKind.DISK_FULL, "database or disk is full")

    monkeypatch.setattr(service_module, "_record_restore", full)
    assert not restore_first(qtbot, desk, section)
    error = section.findChild(QLabel, "backupsError").text()
    assert "没有恢复" not in error  # it was restored: the screen must not say otherwise
    assert "已替换当前数据库" in error
    assert "磁盘已满" in error
    assert "重新启动" in error
    assert names(desk) == ["王秀兰"]


def test_a_restore_goes_ahead_without_the_second_copy_and_says_so(
    qtbot, make_desk, manager, opened, clock, tmp_path, monkeypatch
) -> None:
    residents = ResidentService(opened.db, clock)
    residents.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    desk = make_desk(actor=manager, username="zhang")
    section = section_of(qtbot, desk)
    usb = tmp_path / "usb" / "备份"
    usb.mkdir(parents=True)
    monkeypatch.setattr(section, "ask_folder", lambda: str(usb))
    section.choose_second_folder()
    settle(qtbot, desk)
    back_up(qtbot, section)
    residents.create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    shutil.rmtree(tmp_path / "usb")  # the USB drive is unplugged
    # The reopened database's start backup still aims at the second folder (the new manager was given it) and says
    # it cannot reach it.
    with qtbot.waitSignal(desk.housekeeping.backup_failed, timeout=10_000):
        assert restore_first(qtbot, desk, section)
    assert names(desk) == ["王秀兰"]
    status = section.findChild(QLabel, "backupsStatus").text()
    assert "已恢复" in status
    assert str(usb) in status
    assert "仅保存在本机" in status
    desk.opened.db.dispose()


def test_a_database_server_is_backed_up_by_its_administrator(qtbot, make_desk, manager, opened) -> None:
    desk = make_desk(actor=manager, username="zhang")
    desk.attach(dataclasses.replace(opened, backups=None), actor=manager, username="zhang")
    section = section_of(qtbot, desk)
    assert section.findChild(QLabel, "backupsServerNote").isVisible()
    assert "pg_dump" in section.findChild(QLabel, "backupsServerNote").text()
    assert not section.findChild(QPushButton, "backupNow").isVisible()
    assert not section.findChild(QPushButton, "restoreBackup").isVisible()
