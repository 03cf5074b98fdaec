"""Every page and listed dialog, in a real X window, at each common screen size and scale, large text off and on.

Each size has an X server of its own (Xvfb, on a display it picks); each size × scale × language is one probe
(tests/ui/layout_probe.py) in a process of its own, since Qt fixes the scale factor when the application starts.
The probes run two at a time as soon as the first test asks, forked from one process that imports Qt and the desk
once; each test then reads its own probe's report: no text cut, no column below its minimum, no window beyond the
screen (tests/ui/layout_check.py), and every subject of tests/ui/layout_subjects.py checked with large text off and
on. A new page or dialog is held to this by being listed there. Without Xvfb (``apt-get install xvfb``; .ci/run
installs it) the tests are skipped, saying so.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SIZES = [(1024, 768), (1280, 720), (1366, 768), (1440, 900), (1920, 1080)]
SCALES = [1.0, 1.25, 1.5]
LANGUAGES = ["zh_CN", "en"]  # English words run longer: the same screens, held to the same rules
AT_ONCE = 2  # probes running together (a CI machine has two cores)
PROBE_TIMEOUT_S = 120
HERE = Path(__file__).resolve().parent
SRC = HERE.parent.parent / "src"


def case_id(size: tuple[int, int], scale: float, language: str) -> str:
    return f"{size[0]}x{size[1]}@{round(scale * 100)}-{language}"


CASES = [(size, scale, language) for language in LANGUAGES for size in SIZES for scale in SCALES]


@dataclass
class Probe:
    returncode: int
    report: dict | None
    stderr: str
    seconds: float


class XServers:
    """One Xvfb per screen size, each on a display number it chooses itself (``-displayfd``): never one in use."""

    def __init__(self) -> None:
        self._servers: dict[tuple[int, int], tuple[subprocess.Popen, str]] = {}

    def display(self, size: tuple[int, int]) -> str:
        if size not in self._servers:
            self._servers[size] = self._start(size)
        return self._servers[size][1]

    @staticmethod
    def _start(size: tuple[int, int]) -> tuple[subprocess.Popen, str]:
        read, write = os.pipe()
        try:
            server = subprocess.Popen(
                ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp"],
                pass_fds=(write,),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
        finally:
            os.close(write)
        with os.fdopen(read) as numbers:
            ready, _, _ = select.select([numbers], [], [], 10)
            number = numbers.readline().strip() if ready else ""
        if not number:
            server.kill()
            _out, err = server.communicate(timeout=5)
            _no_x_server(f"Xvfb could not start a {size[0]}x{size[1]} screen: {err.decode(errors='replace')[-300:]}")
        return server, f":{number}"

    def stop(self) -> None:
        for server, _display in self._servers.values():
            server.terminate()
        for server, _display in self._servers.values():
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=5)
            if server.stderr is not None:
                server.stderr.close()


X_REQUIRED_ENV = "FRONTDESK_REQUIRE_X"  # set by .ci/run, which installs Xvfb: no X server fails instead of skipping


def _no_x_server(reason: str) -> None:
    if os.environ.get(X_REQUIRED_ENV):
        pytest.fail(f"{reason} ({X_REQUIRED_ENV} is set)", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def xservers() -> Iterator[XServers]:
    if shutil.which("Xvfb") is None:
        _no_x_server("Xvfb is not installed (apt-get install xvfb): the layout test needs a real X server")
    servers = XServers()
    yield servers
    servers.stop()


@pytest.fixture(scope="session")
def probe_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database the probes open (each copies it): 300 residents, 20 days of visits."""
    from frontdesk.core.db import Database
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.demo import seed_database

    path = tmp_path_factory.mktemp("layout") / "desk.sqlite3"
    db = Database(path)
    ensure_schema(db)
    seed_database(db, residents=300, days=20, today=date(2026, 11, 28), now=datetime(2026, 11, 28, 9, 30))
    db.dispose()
    return path


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="xcb",
        QT_ENABLE_HIGHDPI_SCALING="1",
        PYTHONPATH=os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")])),
    )
    for name in ("QT_SCREEN_SCALE_FACTORS", "QT_AUTO_SCREEN_SCALE_FACTOR", "QT_FONT_DPI", "DISPLAY"):
        env.pop(name, None)
    return env


class Probes:
    """All the probes, run by one process (tests/ui/layout_probe.py --jobs) that imports Qt and the desk once and
    forks a probe per size and scale, :data:`AT_ONCE` at a time; a test waits for them, then reads its own."""

    def __init__(self, displays: dict[tuple[int, int], str], database: Path, folder: Path) -> None:
        self._folder = folder
        jobs = [
            {
                "display": displays[size],
                "scale": scale,
                "language": language,
                "out": str(folder / f"{case_id(size, scale, language)}.json"),
                "err": str(folder / f"{case_id(size, scale, language)}.err"),
            }
            for size, scale, language in CASES
        ]
        (folder / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
        command = [sys.executable, str(HERE / "layout_probe.py"), str(database), "--jobs", str(folder / "jobs.json")]
        self.started = time.monotonic()
        self._process = subprocess.Popen([*command, "--at-once", str(AT_ONCE)], env=_environment())
        self.seconds: float | None = None

    def result(self, case: str) -> Probe:
        if self.seconds is None:
            try:
                self._process.wait(timeout=PROBE_TIMEOUT_S * len(CASES) / AT_ONCE)
            finally:
                self.seconds = time.monotonic() - self.started
        out, err = self._folder / f"{case}.json", self._folder / f"{case}.err"
        report = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
        stderr = err.read_text(encoding="utf-8", errors="replace") if err.exists() else ""
        return Probe(0 if report is not None else 1, report, stderr, self.seconds)

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
        self._process.wait()


@pytest.fixture(scope="session")
def probes(xservers: XServers, probe_database: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Probes]:
    """Every probe, started at once; a test waits only until they are done."""
    displays = {size: xservers.display(size) for size in SIZES}  # the servers first: a skip happens here
    running = Probes(displays, probe_database, tmp_path_factory.mktemp("probes"))
    yield running
    running.stop()


def _subject_labels() -> list[str]:
    sys.path.insert(0, str(HERE))
    try:
        from layout_subjects import subjects
    finally:
        sys.path.remove(str(HERE))
    names = [subject.name for subject in subjects()]
    return names + [f"{name} (large text)" for name in names]


@pytest.mark.parametrize(("size", "scale", "language"), CASES, ids=[case_id(*case) for case in CASES])
def test_every_page_and_dialog_fits(probes: Probes, size: tuple[int, int], scale: float, language: str) -> None:
    probe = probes.result(case_id(size, scale, language))
    assert probe.returncode == 0, probe.stderr[-3000:]
    assert probe.report is not None
    # The probe's screen is the size asked for, in logical pixels at this scale: the window really is that small.
    assert probe.report["scale"] == pytest.approx(scale)
    for shown, real in zip(probe.report["screen"], size, strict=True):
        assert shown == pytest.approx(real / scale, abs=1)
    assert probe.report["checked"] == _subject_labels()
    assert probe.report["problems"] == []
    warnings = [line for line in probe.stderr.splitlines() if line.strip()]
    assert warnings == [], "the probe's Qt said: " + "\n".join(warnings[-20:])
