"""A damaged database at start-up: the desk offers the newest good backup (用此备份恢复 / 退出) and never starts on a
silent, empty database."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from actors import TEST_ACTOR
from frontdesk import paths
from frontdesk.bootstrap import open_database
from frontdesk.core.db.backups import BackupManager
from frontdesk.core.services.residents import ResidentService
from frontdesk.core.services.staff import StaffService
from frontdesk.core.validation import ResidentInput
from frontdesk.ui.access.signin import SignInDialog
from frontdesk.ui.shell.main import main

EXIT_ENVIRONMENT = 2


@pytest.fixture
def damaged(tmp_path: Path, clock) -> Path:
    """A desk database with 王秀兰 and a manager, backed up, then scribbled over (a disk fault)."""
    path = tmp_path / "desk.sqlite3"
    opened = open_database(str(path))
    StaffService(opened.db, clock).create_first_manager("zhang", "张主任", "desk2026pw")
    ResidentService(opened.db, clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    BackupManager(path, paths.backup_dir(), clock).take("periodic")
    ResidentService(opened.db, clock).create(
        ResidentInput(name="李建国"), actor=TEST_ACTOR
    )  # after the backup: lost with the file
    opened.db.dispose()
    with path.open("r+b") as handle:
        handle.seek(4096)
        handle.write(os.urandom(16384))
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


def run_until_sign_in(argv: list[str], prompts, clock) -> tuple[int, bool]:
    """Start the desk; end it once the sign-in dialog is up (or after 20 s). Returns the exit code and whether
    the sign-in dialog was reached."""
    reached = {"sign_in": False}
    app = QApplication.instance()

    def look() -> None:
        if any(isinstance(w, SignInDialog) and w.isVisible() for w in QApplication.topLevelWidgets()):
            reached["sign_in"] = True
            app.exit(0)

    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(look)
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.setInterval(20_000)
    give_up.timeout.connect(lambda: app.exit(99))
    poll.start()
    give_up.start()
    try:
        return main(argv, prompts=prompts, clock=clock), reached["sign_in"]
    finally:  # never left running into the next test's event loop
        poll.stop()
        give_up.stop()


def names(path: Path) -> list[str]:
    opened = open_database(str(path))
    try:
        with opened.db.read() as session:
            return list(session.connection().exec_driver_sql("SELECT name FROM resident ORDER BY id").scalars())
    finally:
        opened.db.dispose()


def test_offer_accepted_the_desk_opens_the_restored_data(qapp, damaged: Path, prompts, clock) -> None:
    code, signed_in_asked = run_until_sign_in(["--db", str(damaged)], prompts, clock)
    assert code == 0
    assert signed_in_asked  # then sign-in as usual
    assert len(prompts.damaged) == 1
    offer = prompts.damaged[0].check
    assert offer.newest_backup is not None
    assert offer.newest_backup.counts["resident"] == 1  # what the dialog shows beside the date
    assert offer.set_aside is not None
    assert offer.set_aside.is_file()  # the damaged file is kept, not deleted
    assert prompts.problems == []
    assert prompts.crashes == []
    assert names(damaged) == ["王秀兰"]


def test_offer_declined_exits_and_the_next_start_asks_again(qapp, damaged: Path, prompts, clock) -> None:
    prompts.restore_damaged = False
    assert main(["--db", str(damaged)], prompts=prompts, clock=clock) == EXIT_ENVIRONMENT
    assert len(prompts.damaged) == 1
    assert prompts.problems == []  # told once, in the dialog
    assert not damaged.exists()  # no empty database made in its place…
    assert main(["--db", str(damaged)], prompts=prompts, clock=clock) == EXIT_ENVIRONMENT
    assert len(prompts.damaged) == 2  # …and the next start offers the backup again
    assert not damaged.exists()


def test_no_good_backup_says_so_and_exits(qapp, tmp_path: Path, prompts, clock) -> None:
    bad = tmp_path / "desk.sqlite3"
    bad.write_bytes(b"this is not a database at all" * 100)
    prompts.restore_damaged = True  # even a careless "yes" has nothing to restore
    assert main(["--db", str(bad)], prompts=prompts, clock=clock) == EXIT_ENVIRONMENT
    assert prompts.damaged[0].check.newest_backup is None
    assert not bad.exists()
    assert prompts.crashes == []


def test_smoke_runs_never_wait_for_the_offer(qapp, damaged: Path, prompts, clock, capsys) -> None:
    assert main(["--db", str(damaged), "--smoke"], prompts=prompts, clock=clock) == EXIT_ENVIRONMENT
    assert prompts.damaged == []
    assert "损坏" in capsys.readouterr().err
