"""Background work of the desk: another desk's changes reach the views; the periodic backup runs off the GUI thread."""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

import pytest

from actors import TEST_ACTOR
from frontdesk.bootstrap import open_database
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.visits import VisitService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.common.changes import ChangeHub
from frontdesk.ui.common.worker import DatabaseWorker
from frontdesk.ui.shell.housekeeping import Housekeeping

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
    assert seen == ["visits", "residents"]  # a resident shows in the in-building list too
    VisitService(other_desk.db, lambda: NOW).check_in(rid, actor=TEST_ACTOR)
    look(qtbot, keeper)
    assert seen == ["visits", "residents", "visits"]
    look(qtbot, keeper)
    assert seen == ["visits", "residents", "visits"]  # told once
    visits = VisitService(opened.db, lambda: NOW)
    worker.run(lambda: visits.check_out(rid, actor=TEST_ACTOR), changes={"visits"})  # this desk's own change…
    qtbot.waitUntil(worker.idle)
    assert seen == ["visits", "residents", "visits", "visits"]  # …refreshes its views where it happens…
    look(qtbot, keeper)
    assert seen == ["visits", "residents", "visits", "visits"]  # …and the poll does not refresh them again
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
    real = probe.look

    def slow():
        looks.append(1)
        gate.wait(10)
        return real()

    probe.look = slow
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


def _present_ids(desk) -> set[int]:
    model = desk.checkin.live.present_model
    return {model.visitor(row).resident_id for row in range(model.rowCount())}


@pytest.mark.parametrize("when", ["before the feed is read", "after this desk's views have re-read"])
def test_another_desks_check_in_at_the_same_moment_is_not_swallowed(qtbot, make_desk, opened, when: str) -> None:
    """This desk checks A in; the desk next door checks B in at the same moment. Wherever B's commit falls between
    this desk's action, its look at the change feed and its views' re-reading, B shows on this desk after the next
    look."""
    residents = ResidentService(opened.db, lambda: NOW)
    a = residents.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    b = residents.create(ResidentInput(name="李建国"), actor=TEST_ACTOR)
    desk = make_desk()
    page, keeper = desk.checkin, desk.housekeeping
    qtbot.waitUntil(lambda: page.settled() and not keeper.polling)
    other_desk = open_database(opened.db.url.database)
    next_door = VisitService(other_desk.db, lambda: NOW)
    fired: list[str] = []

    def next_door_checks_in() -> None:
        if not fired:
            fired.append(when)
            next_door.check_in(b, actor=TEST_ACTOR)

    if when == "before the feed is read":
        probe = keeper._probe
        real_look = probe.look
        probe.look = lambda: (next_door_checks_in(), real_look())[1]
    else:
        visits = desk.services.visits
        real_present = visits.present

        def present(*, actor):
            rows = real_present(actor=actor)
            next_door_checks_in()  # just after this desk's 在馆 list was read for its own change
            return rows

        visits.present = present
    page.check_in(a)
    qtbot.waitUntil(lambda: page.settled() and fired == [when])
    look(qtbot, keeper)
    qtbot.waitUntil(page.settled)
    assert _present_ids(desk) == {a, b}
    other_desk.db.dispose()


def test_this_desks_check_in_does_not_swallow_another_desks_new_resident(qtbot, make_desk, opened) -> None:
    """A resident registered next door just before this desk's check-in is told once: by the look right after the
    check-in commits (the feed shows both), not again by the next poll."""
    residents = ResidentService(opened.db, lambda: NOW)
    a = residents.create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    desk = make_desk()
    qtbot.waitUntil(lambda: desk.checkin.settled() and not desk.housekeeping.polling)
    told: list[str] = []
    desk.hub.residents_changed.connect(lambda: told.append("residents"))
    other_desk = open_database(opened.db.url.database)
    ResidentService(other_desk.db, lambda: NOW).create(ResidentInput(name="李建国"), actor=TEST_ACTOR)  # next door
    desk.checkin.check_in(a)  # this desk, before its next look
    qtbot.waitUntil(lambda: desk.checkin.settled() and desk.worker.idle())
    assert told == ["residents"]
    look(qtbot, desk.housekeeping)
    assert told == ["residents"]
    other_desk.db.dispose()
