"""备份与恢复 on the Settings page: managers only; 立即备份 off the GUI thread; restore from the click to the data
back as it was; the second backup folder chosen, lost and cleared; a database server is not backed up here."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QPushButton, QTableView

from actors import TEST_ACTOR
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.backups_section import BackupsSection
from frontdesk.ui.restore_dialog import RestorePreview
from frontdesk.ui.signin import SignInDialog


def section_of(qtbot, desk) -> BackupsSection:
    desk.window.show()
    qtbot.waitExposed(desk.window)
    desk.window.show_page("settings")
    return desk.settings.findChild(QGroupBox, "backupsSection")


def back_up(qtbot, section: BackupsSection) -> None:
    with qtbot.waitSignal(section.backup_finished, timeout=10_000):
        section.findChild(QPushButton, "backupNow").click()


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
    section.findChild(QPushButton, "restoreBackup").click()
    preview = section.findChild(RestorePreview, "restorePreview")
    assert preview.isVisible()
    assert preview.findChild(QLabel, "count_resident_1").text() == "2"  # the database now
    assert preview.findChild(QLabel, "count_resident_2").text() == "1"  # the backup
    confirm = preview.findChild(QPushButton, "restoreConfirm")
    assert not confirm.isEnabled()  # not before the box is ticked
    preview.understood.click()
    with qtbot.waitSignal(desk.housekeeping.backup_done, timeout=10_000):  # the reopened database's start backup
        confirm.click()

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
    preview = section.ask_restore()
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
    assert desk.prefs.second_backup_folder == str(usb)
    assert opened.backups.second_folder == usb
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
    assert desk.prefs.second_backup_folder == ""
    assert opened.backups.second_folder is None
    assert not problem.isVisible()


def test_a_saved_second_folder_is_used_by_the_next_desk(qtbot, make_desk, manager, opened, tmp_path) -> None:
    first = make_desk(actor=manager, username="zhang")
    first.prefs.second_backup_folder = str(tmp_path)
    first.prefs.sync()
    make_desk(actor=manager, username="zhang")
    assert opened.backups.second_folder == tmp_path  # the periodic backups copy there too


def test_a_database_server_is_backed_up_by_its_administrator(qtbot, make_desk, manager, opened) -> None:
    desk = make_desk(actor=manager, username="zhang")
    desk.attach(dataclasses.replace(opened, backups=None), actor=manager, username="zhang")
    section = section_of(qtbot, desk)
    assert section.findChild(QLabel, "backupsServerNote").isVisible()
    assert "pg_dump" in section.findChild(QLabel, "backupsServerNote").text()
    assert not section.findChild(QPushButton, "backupNow").isVisible()
    assert not section.findChild(QPushButton, "restoreBackup").isVisible()
