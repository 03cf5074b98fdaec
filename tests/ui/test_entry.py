"""``frontdesk`` as installers, benchmarks and users start it: --smoke, --startup-probe, a bad --db, --help."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtGui import QShowEvent

from frontdesk.core.errors import ProblemKind
from frontdesk.ui.pages.reports.page import ReportsPage
from frontdesk.ui.shell.main import main


@pytest.fixture
def start(qapp, prompts, clock):
    """``main(argv)`` with the fake prompts and the fixed clock."""

    def run(*argv: str) -> int:
        return main(list(argv), prompts=prompts, clock=clock)

    return run


def test_smoke_visits_every_page_and_exits_0(start, tmp_path: Path, prompts, capsys) -> None:
    assert start("--db", str(tmp_path / "x.sqlite3"), "--smoke") == 0
    assert "ok, 6 pages" in capsys.readouterr().out
    assert prompts.crashes == []
    assert prompts.problems == []
    assert (tmp_path / "x.sqlite3").exists()


def test_smoke_signs_in_without_asking_for_a_password(start, tmp_path: Path, monkeypatch) -> None:
    """--smoke runs headless: it signs in as a built-in front-desk actor and never opens a sign-in dialog."""
    from frontdesk.ui.access import lock
    from frontdesk.ui.shell.launch import smoke_actor

    asked = []

    def ask(self) -> None:
        asked.append(self)

    monkeypatch.setattr(lock.StaffGate, "ask", ask)
    assert start("--db", str(tmp_path / "x.sqlite3"), "--smoke") == 0
    assert asked == []
    assert smoke_actor().role == "frontdesk"


def test_smoke_in_english(start, tmp_path: Path, prompts) -> None:
    assert start("--db", str(tmp_path / "x.sqlite3"), "--smoke", "--lang", "en") == 0


def test_smoke_fails_when_a_page_fails(start, tmp_path: Path, prompts, capsys, monkeypatch) -> None:
    def broken(self, event: QShowEvent) -> None:
        raise RuntimeError("reports page is broken")

    monkeypatch.setattr(ReportsPage, "showEvent", broken, raising=False)
    assert start("--db", str(tmp_path / "x.sqlite3"), "--smoke") == 1
    err = capsys.readouterr().err
    assert "reports page is broken" in err
    assert prompts.crashes == []  # smoke mode never opens dialogs


def test_startup_probe_prints_time_and_exits_0(start, tmp_path: Path, prompts, capsys) -> None:
    before = time.time()
    assert start("--db", str(tmp_path / "x.sqlite3"), "--startup-probe") == 0
    line = [x for x in capsys.readouterr().out.splitlines() if x.startswith("FRONTDESK_SHOWN ")]
    assert len(line) == 1
    assert before <= float(line[0].split()[1]) <= time.time()


def test_bad_db_shows_environment_message_and_exits_non_zero(start, prompts, capsys) -> None:
    code = start("--db", "/nonexistent/dir/x.sqlite3")
    assert code == 2
    [(problem, location, blocking)] = prompts.problems
    assert problem.kind is ProblemKind.CANNOT_OPEN
    assert location == "/nonexistent/dir/x.sqlite3"
    assert blocking  # no window yet: the message must be read before the program exits
    err = capsys.readouterr().err
    assert "无法打开数据库" in err
    assert "Traceback" not in err


def test_bad_db_in_smoke_mode_only_writes_stderr(start, prompts, capsys) -> None:
    assert start("--db", "/nonexistent/dir/x.sqlite3", "--smoke", "--lang", "en") == 2
    assert prompts.problems == []
    assert "cannot be opened" in capsys.readouterr().err


def test_database_that_is_not_ours_is_reported_as_damaged(start, tmp_path: Path, prompts) -> None:
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"this is not a database at all" * 100)
    assert start("--db", str(bad)) == 2
    assert prompts.damaged[0].kind is ProblemKind.CORRUPT  # told, with no backup to offer (see test_recovery.py)
    assert prompts.damaged[0].check.newest_backup is None


def test_url_password_never_shown(start, prompts) -> None:
    code = start("--db", "postgresql://desk:s3cret@127.0.0.1:1/frontdesk", "--lang", "en")
    assert code == 2
    [(problem, location)] = prompts.retries  # a server that does not answer: try again, or quit
    assert problem.kind is ProblemKind.CONNECTION
    assert "s3cret" not in location
    assert "127.0.0.1" in location


def test_help_and_bad_arguments_return_codes(capsys) -> None:
    assert main(["--help"]) == 0
    assert "--demo" in capsys.readouterr().out
    assert main(["--lang", "fr"]) == 2


def test_saved_language_used_when_not_given(start, frontdesk_home, capsys) -> None:
    from frontdesk.ui.common.prefs import DeskPrefs

    prefs = DeskPrefs(frontdesk_home)
    prefs.language = "en"
    prefs.sync()
    assert start("--db", "/nonexistent/dir/x.sqlite3", "--smoke") == 2
    assert "cannot be opened" in capsys.readouterr().err


@pytest.mark.slow
def test_demo_database_created_off_the_gui_thread(start, frontdesk_home, monkeypatch) -> None:
    """Opening the database and seeding the demo run on a worker thread, never on the thread that runs Qt."""
    from frontdesk import bootstrap
    from frontdesk.core import demo

    threads: dict[str, int] = {}

    def recorded(name: str, original):
        def run(*args, **kwargs):
            threads[name] = threading.get_ident()
            return original(*args, **kwargs)

        return run

    monkeypatch.setattr(bootstrap, "open_database", recorded("open", bootstrap.open_database))
    monkeypatch.setattr(demo, "seed_database", recorded("seed", demo.seed_database))
    gui = threading.get_ident()
    assert QCoreApplication.instance().thread() is QThread.currentThread()  # this test runs on the GUI thread
    assert start("--demo", "--smoke") == 0
    assert (frontdesk_home / "demo.sqlite3").exists()
    assert set(threads) == {"open", "seed"}  # both ran, so the check below means something
    assert threads["open"] != gui
    assert threads["seed"] != gui


def test_startup_probe_exits_when_attaching_fails(start, tmp_path: Path, monkeypatch, capsys) -> None:
    """A benchmark or installer must never hang on a desk that could not start."""
    from frontdesk.ui.shell import app as app_module

    def broken(self, opened, **kwargs) -> None:
        raise RuntimeError("page failed to attach")

    monkeypatch.setattr(app_module.Desk, "attach", broken)
    assert start("--db", str(tmp_path / "x.sqlite3"), "--startup-probe") == 1
    assert "page failed to attach" in capsys.readouterr().err


def test_a_server_that_does_not_answer_can_be_tried_again_then_quit(start, prompts, capsys) -> None:
    """The center's server may still be starting: the desk offers to try again rather than giving up at once."""
    prompts.retry_answers = [True]  # try again once; the second time, quit
    code = start("--db", "postgresql://desk:s3cret@127.0.0.1:1/frontdesk", "--lang", "zh_CN")
    assert code == 2
    assert [problem.kind for problem, _where in prompts.retries] == [ProblemKind.CONNECTION] * 2
    assert all("s3cret" not in where and "127.0.0.1" in where for _problem, where in prompts.retries)
    assert prompts.problems == []  # quitting is an answer, not a second message
    assert prompts.crashes == []
    assert "无法连接数据库服务器" in capsys.readouterr().err  # and the console says why, as for any start-up problem
