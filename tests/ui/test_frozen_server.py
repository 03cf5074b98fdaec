"""The PostgreSQL server stops under a running desk: the event loop keeps turning, the status bar says the server
does not answer, and when the server is back the desk resumes by itself.

The test starts its own throwaway server (as .ci/postgres.sh does) on another port, never the shared one.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel

from frontdesk.bootstrap import OpenResult, open_database

pytestmark = pytest.mark.slow

PORT = 54341  # not the suite's shared server (54329)
TICK_MS = 10
MAX_GAP_MS = 100


def _bin_dir() -> Path | None:
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: [int(x) for x in p.split("/")[4].split(".")]
    )
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class Server:
    """A PostgreSQL server in a temporary folder, run as ``postgres`` when we are root (it refuses to run as root)."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="fd-frozen-pg-"))
        self.data = self.dir / "data"
        if os.getuid() == 0:
            shutil.chown(self.dir, "postgres")
        self._run(f"'{self.bin}/initdb' -D '{self.data}' -U fd --auth=trust -E UTF8 --locale=C.UTF-8")
        self.start()

    @property
    def url(self) -> str:
        return f"postgresql://fd@127.0.0.1:{PORT}/postgres"

    def _run(self, command: str) -> None:
        argv = ["su", "postgres", "-s", "/bin/sh", "-c", command] if os.getuid() == 0 else ["sh", "-c", command]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{command}: {done.stdout}{done.stderr}")

    def start(self) -> None:
        options = f"-p {PORT} -k '{self.dir}' -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(f"'{self.bin}/pg_ctl' -D '{self.data}' -l '{self.dir}/server.log' -w -o \"{options}\" start")

    def stop(self) -> None:
        self._run(f"'{self.bin}/pg_ctl' -D '{self.data}' -m immediate -w stop")

    def remove(self) -> None:
        with contextlib.suppress(RuntimeError):  # already stopped
            self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


@pytest.fixture
def server() -> Iterator[Server]:
    pytest.importorskip("psycopg")
    bin_dir = _bin_dir()
    if bin_dir is None:
        pytest.skip("no PostgreSQL binaries (initdb, pg_ctl) on this machine; CI installs them")
    made = Server(bin_dir)
    yield made
    made.remove()


@pytest.fixture
def opened(server: Server) -> Iterator[OpenResult]:
    result = open_database(server.url)
    yield result
    result.db.dispose()


class Gaps:
    """A 10 ms timer on the GUI thread: the longest wait between two of its ticks is the longest the loop was stuck."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last: float | None = None
        self.longest_ms = 0.0

    def start(self) -> None:
        self.last = time.monotonic()
        self.longest_ms = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        if self.last is not None:
            self.longest_ms = max(self.longest_ms, (now - self.last) * 1000)
        self.last = now

    def stop(self) -> None:
        self.timer.stop()


def _in_background(qtbot, work) -> None:
    """Run ``work`` (pg_ctl) on a thread while the GUI thread keeps turning; wait for it."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as exc:  # re-raised below, on the test's thread
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=60_000)
    if errors:
        raise errors[0]


def test_the_desk_keeps_turning_while_the_server_is_gone_and_resumes_by_itself(
    qtbot, make_desk, server, collector
) -> None:
    desk = make_desk()
    window, page, worker = desk.window, desk.checkin, desk.worker
    desk.housekeeping._poll_timer.setInterval(300)  # the desk looks every 3 s; the test has no time to wait for it
    window.show()
    qtbot.waitExposed(window)
    window.show_page("settings")  # its first showing lays out a long page: not what is measured here
    window.show_page("checkin")
    qtbot.waitUntil(lambda: page.settled() and worker.idle())
    notice = window.findChild(QLabel, "statusDatabaseTrouble")
    assert not notice.isVisibleTo(window)

    gaps = Gaps()
    typed: list[str] = []
    most_outstanding = [0]

    def keep_typing() -> None:  # someone at the desk goes on typing and switching pages
        letter = "wxl"[len(typed) % 3]
        typed.append(letter)
        page.search.insert(letter)
        if len(typed) % 10 == 0:
            window.show_page("settings")
            window.show_page("checkin")
        most_outstanding[0] = max(most_outstanding[0], worker.outstanding)

    typing = QTimer()
    typing.setInterval(40)
    typing.timeout.connect(keep_typing)

    gaps.start()
    typing.start()
    _in_background(qtbot, server.stop)
    qtbot.waitUntil(lambda: notice.isVisibleTo(window), timeout=10_000)
    assert notice.text() == "⚠ 数据库服务器没有响应，正在重试…"
    qtbot.wait(3_000)  # a few seconds of typing and looking with the server gone
    assert notice.isVisibleTo(window)  # one state, still said
    assert page.search.text() == "".join(typed)  # nothing typed is lost
    assert most_outstanding[0] <= 4  # a look at a time, the newest search: nothing piles up

    typing.stop()
    _in_background(qtbot, server.start)
    qtbot.waitUntil(lambda: not notice.isVisibleTo(window), timeout=15_000)  # back by itself
    gaps.stop()
    assert gaps.longest_ms < MAX_GAP_MS, f"the event loop was stuck for {gaps.longest_ms:.0f} ms"

    page.search.clear()
    from actors import TEST_ACTOR
    from frontdesk.core.services.residents import ResidentService
    from frontdesk.core.validation import ResidentInput

    ResidentService(desk.opened.db, desk.clock).create(ResidentInput(name="王秀兰"), actor=TEST_ACTOR)
    page.search.setText("wxl")
    qtbot.waitUntil(lambda: page.settled() and page.results_model.rowCount() == 1, timeout=10_000)
    assert page.results_model.hit(0).name == "王秀兰"  # the desk works again
