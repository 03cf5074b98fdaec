"""Background work of the desk: another desk's changes reach the views; the periodic backup runs off the GUI thread."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from actors import TEST_ACTOR
from frontdesk.bootstrap import open_database
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.changes import ChangeHub
from frontdesk.ui.housekeeping import Housekeeping
from frontdesk.ui.worker import DatabaseWorker

NOW = datetime(2026, 11, 28, 9, 30)


def look(qtbot, keeper: Housekeeping) -> None:
    """One look for other desks' changes, its answer back from the worker."""
    keeper.poll()
    assert keeper.polling
    qtbot.waitUntil(lambda: not keeper.polling)


def test_another_desks_changes_reach_the_views_once(qtbot, tmp_path: Path) -> None:
    opened = open_database(str(tmp_path / "desk.sqlite3"))
    hub = ChangeHub()
    worker = DatabaseWorker(hub)
    keeper = Housekeeping(hub, worker, poll_ms=3_600_000)  # polled by hand below
    keeper.attach(opened)  # the first look takes the baseline
    qtbot.waitUntil(lambda: not keeper.polling)
    seen: list[str] = []
    hub.visits_changed.connect(lambda: seen.append("visits"))
    hub.residents_changed.connect(lambda: seen.append("residents"))
    look(qtbot, keeper)
    assert seen == []  # nothing new
    other_desk = open_database(str(tmp_path / "desk.sqlite3"))
    rid = ResidentService(other_desk.db, lambda: NOW).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    look(qtbot, keeper)
    assert seen == ["residents"]
    VisitService(other_desk.db, lambda: NOW).check_in(rid, actor=TEST_ACTOR)
    look(qtbot, keeper)
    assert seen == ["residents", "visits"]
    look(qtbot, keeper)
    assert seen == ["residents", "visits"]  # told once
    visits = VisitService(opened.db, lambda: NOW)
    worker.run(lambda: visits.check_out(rid, actor=TEST_ACTOR), changes={"visits"})  # this desk's own change…
    qtbot.waitUntil(worker.idle)
    assert seen == ["residents", "visits", "visits"]  # …refreshes its views where it happens…
    look(qtbot, keeper)
    assert seen == ["residents", "visits", "visits"]  # …and the poll does not refresh them again
    keeper.stop()
    worker.stop()
    other_desk.db.dispose()
    opened.db.dispose()


def test_one_look_at_a_time(qtbot, tmp_path: Path) -> None:
    """A look that waits (a server that does not answer) is not joined by more: the timer's next ones are skipped."""
    opened = open_database(str(tmp_path / "desk.sqlite3"))
    hub = ChangeHub()
    worker = DatabaseWorker(hub)
    keeper = Housekeeping(hub, worker, poll_ms=3_600_000)
    keeper.attach(opened)
    qtbot.waitUntil(lambda: not keeper.polling)
    gate = threading.Event()
    looks: list[int] = []
    probe = keeper._probe
    real = probe.fingerprint

    def slow():
        looks.append(1)
        gate.wait(10)
        return real()

    probe.fingerprint = slow
    for _ in range(5):
        keeper.poll()
    qtbot.waitUntil(lambda: looks == [1])
    qtbot.wait(50)
    assert looks == [1]
    assert keeper.polling
    gate.set()
    qtbot.waitUntil(lambda: not keeper.polling)
    assert looks == [1]
    keeper.stop()
    worker.stop()
    opened.db.dispose()


def test_start_backup_then_periodic_only_when_something_changed(qtbot, tmp_path: Path) -> None:
    open_database(str(tmp_path / "desk.sqlite3")).db.dispose()  # the desk's first start: nothing to back up
    opened = open_database(str(tmp_path / "desk.sqlite3"))
    hub = ChangeHub()
    keeper = Housekeeping(hub, DatabaseWorker(hub), backup_ms=3_600_000)
    with qtbot.waitSignal(keeper.backup_done, timeout=10_000) as started:
        keeper.attach(opened)  # an existing database: backed up at start, off the GUI thread
    assert "-start" in Path(started.args[0]).name
    ResidentService(opened.db, lambda: NOW).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    with qtbot.waitSignal(keeper.backup_done, timeout=10_000) as done:
        keeper.backup_now()
    assert Path(done.args[0]).is_file()
    assert "periodic" in Path(done.args[0]).name
    with qtbot.assertNotEmitted(keeper.backup_done, wait=500):
        keeper.backup_now()  # nothing changed since
    keeper.stop()
    opened.db.dispose()


def test_a_failed_automatic_backup_is_shown_in_the_status_bar_until_one_succeeds(
    qtbot, make_desk, opened, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QLabel

    desk = make_desk()
    notice = desk.window.findChild(QLabel, "statusBackupTrouble")
    assert not notice.isVisibleTo(desk.window)
    usb = tmp_path / "usb-drive" / "backups"
    usb.mkdir(parents=True)
    opened.backups.second_folder = usb
    usb.rmdir()
    usb.parent.rmdir()  # the USB drive was pulled out
    ResidentService(opened.db, lambda: NOW).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    with qtbot.waitSignal(desk.housekeeping.backup_failed, timeout=10_000):
        desk.housekeeping.backup_now()
    qtbot.waitUntil(lambda: notice.isVisibleTo(desk.window))
    assert notice.text() == "⚠ 第二备份位置不可用"
    assert str(usb) in notice.toolTip()
    assert list(opened.backups.folder.glob("*periodic*"))  # the backup itself was made

    opened.backups.second_folder = None
    ResidentService(opened.db, lambda: NOW).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    with qtbot.waitSignal(desk.housekeeping.backup_done, timeout=10_000):
        desk.housekeeping.backup_now()
    qtbot.waitUntil(lambda: not notice.isVisibleTo(desk.window))
