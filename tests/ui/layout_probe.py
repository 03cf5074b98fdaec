"""One screen of the layout test, in a process of its own (Qt's scale factor is fixed when the application starts):

    QT_QPA_PLATFORM=xcb DISPLAY=:N QT_SCALE_FACTOR=1.5 python tests/ui/layout_probe.py DATABASE [--shots DIR]

Builds the desk on a copy of DATABASE signed in as a manager, the window as a first start would size it on this
screen, then shows every subject of :mod:`layout_subjects` — every page, every dialog listed there — with large
text off and on, and prints one JSON object: ``{"problems": [...], "checked": [...]}``. ``--shots`` saves a
picture of each subject there.

    python tests/ui/layout_probe.py DATABASE --jobs JOBS.json [--at-once 2]

runs many probes (``[{"display": ":5", "scale": 1.5, "language": "en", "out": "…json", "err": "…txt"}, …]``) from
one process that imports Qt and the desk once, then forks a probe per job, ``--at-once`` at a time (imports are a
third of a probe).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

NOW = datetime(2026, 11, 28, 9, 30)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("database", type=Path)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--only", action="append", help="subjects to show (default: all)")
    parser.add_argument("--jobs", type=Path, help="many probes, forked from this process (see the docstring)")
    parser.add_argument("--at-once", type=int, default=2)
    parser.add_argument("--language", default="zh_CN", choices=("zh_CN", "en"))
    args = parser.parse_args()
    if args.jobs is not None:
        return _many(args.database, json.loads(args.jobs.read_text(encoding="utf-8")), args.at_once)
    print(json.dumps(_one(args.database, args.shots, args.only, args.language)), flush=True)
    return 0


def _one(database: Path, shots: Path | None, only: list[str] | None, language: str) -> dict[str, object]:
    home = Path(tempfile.mkdtemp(prefix="fd-layout-"))
    os.environ["FRONTDESK_HOME"] = str(home)
    try:
        shutil.copy(database, home / "desk.sqlite3")
        return _probe(home / "desk.sqlite3", shots, only, language)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _many(database: Path, jobs: list[dict], at_once: int) -> int:
    """Import once, fork a probe per job. Nothing of Qt exists in this process (no QApplication, no thread), so
    each child starts its own application on its own display at its own scale."""
    import layout_check  # noqa: F401
    import layout_subjects  # noqa: F401
    import PySide6.QtTest
    import PySide6.QtWidgets  # noqa: F401

    import frontdesk.bootstrap
    import frontdesk.ui.shell.app  # noqa: F401

    running: dict[int, dict] = {}
    waiting = list(jobs)
    failed = 0
    while waiting or running:
        while waiting and len(running) < at_once:
            job = waiting.pop(0)
            pid = os.fork()
            if pid == 0:  # the probe
                code = 1
                try:
                    with open(job["err"], "w", encoding="utf-8") as err:
                        os.dup2(err.fileno(), 2)
                    os.environ.update(DISPLAY=job["display"], QT_SCALE_FACTOR=str(job["scale"]))
                    report = _one(database, None, None, job["language"])
                    Path(job["out"]).write_text(json.dumps(report), encoding="utf-8")
                    code = 0
                except BaseException:
                    import traceback

                    traceback.print_exc()
                finally:
                    sys.stderr.flush()
                    os._exit(code)
            running[pid] = job
        pid, status = os.wait()
        if running.pop(pid, None) is not None and os.waitstatus_to_exitcode(status) != 0:
            failed += 1
    return 1 if failed else 0


def _wait(app, desk) -> None:
    """Let the window settle: posted events, layouts, and whatever the database worker still has on its way —
    until a few turns of the event loop in a row find the worker idle (no fixed sleep: the test runs 30 probes)."""
    deadline = time.monotonic() + 5
    quiet = 0
    while quiet < 3 and time.monotonic() < deadline:
        app.sendPostedEvents()
        app.processEvents()
        if desk.worker.idle():
            quiet += 1
        else:
            quiet = 0
            time.sleep(0.002)


def _probe(path: Path, shots: Path | None, only: list[str] | None, language: str) -> dict[str, object]:
    from layout_check import all_problems
    from layout_subjects import subjects
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from frontdesk import paths
    from frontdesk.bootstrap import open_database
    from frontdesk.core.access import Actor
    from frontdesk.core.models import Role
    from frontdesk.ui.common.prefs import DeskPrefs
    from frontdesk.ui.shell.app import build_desk
    from frontdesk.ui.shell.appearance import Appearance, register_fonts
    from frontdesk.ui.shell.i18n import Translations

    app = QApplication([sys.argv[0]])
    appearance = Appearance(app, register_fonts())
    appearance.apply(large=False)
    translations = Translations(app, language)
    opened = open_database(str(path), now=NOW)
    prefs = DeskPrefs(paths.data_dir())
    desk = build_desk(
        prefs=prefs,
        appearance=appearance,
        language=language,
        clock=lambda: NOW,
        demo=False,
        log_file=paths.log_dir() / "frontdesk.log",
    )
    manager = Actor(1, "王静", Role.MANAGER)
    desk.attach(opened, actor=manager, username="wangjing")
    window = desk.window
    window.show()
    QTest.qWaitForWindowExposed(window, 5000)
    _wait(app, desk)
    screen = window.screen()
    available = screen.availableGeometry()
    problems: list[str] = []
    checked: list[str] = []
    try:
        for large in (False, True):
            if large:  # restyling the whole application costs half a second: only when it changes
                appearance.apply(large=True)
                _wait(app, desk)
            for subject in subjects():
                if only and subject.name not in only:
                    continue
                label = f"{subject.name}{' (large text)' if large else ''}"
                shown = subject.show(desk)
                if shown is not None and shown.isWindow():
                    QTest.qWaitForWindowExposed(shown, 5000)
                _wait(app, desk)
                try:
                    if shown is None:
                        problems.append(f"{label}: could not be shown")
                        continue
                    problems.extend(f"{label}: {p}" for p in all_problems(shown, available))
                    checked.append(label)
                    if shots is not None:
                        shots.mkdir(parents=True, exist_ok=True)
                        name = f"{subject.name}{'-large' if large else ''}.png"
                        screen.grabWindow(0).save(str(shots / name))
                finally:
                    subject.hide(desk, shown)
                    _wait(app, desk)
    finally:
        desk.housekeeping.stop()
        desk.worker.stop()
        window.close()
        translations.remove()
        opened.db.dispose()
    return {
        "problems": problems,
        "checked": checked,
        "screen": [available.width(), available.height()],
        "scale": screen.devicePixelRatio(),
    }


if __name__ == "__main__":
    sys.exit(main())
