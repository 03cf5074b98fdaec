"""What the benchmarks of the desk itself share: the desk built as the app builds it, offscreen, on a copy of the
cached demo database, signed in and shown; an event loop that sleeps between events until something is done; and
their two options."""

from __future__ import annotations

import argparse
import os
import shutil
from pathlib import Path

from benchmarks.common import BENCH_NOW, demo_database


def arguments(description: str | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--residents", type=int, default=2000)
    return parser.parse_args()


def shown_desk(app, folder: str, residents: int, *, print_queue=None):
    """A desk on a copy of the demo database in ``folder`` (its data folder too), signed in, 1366×768, shown, the
    worker and the print queue idle; and the copy's path."""
    from frontdesk.bootstrap import open_database
    from frontdesk.ui.common.prefs import DeskPrefs
    from frontdesk.ui.shell.app import build_desk
    from frontdesk.ui.shell.appearance import Appearance, register_fonts
    from frontdesk.ui.shell.launch import smoke_actor

    os.environ["FRONTDESK_HOME"] = folder
    path = Path(folder) / "desk.sqlite3"
    shutil.copy(demo_database(residents, 365), path)
    desk = build_desk(prefs=DeskPrefs(Path(folder)), appearance=Appearance(app, register_fonts()),
                      language="zh_CN", clock=lambda: BENCH_NOW, demo=False, log_file=None,
                      print_queue=print_queue)  # fmt: skip
    desk.attach(open_database(str(path)), actor=smoke_actor(), username="bench")
    desk.window.resize(1366, 768)
    desk.window.show()
    until(app, lambda: desk.printer.queue.idle() and desk.worker.idle())  # the fonts read ahead, first reads in
    return desk, path


def until(app, done, timeout: float = 20.0) -> None:
    """An event loop that sleeps between events, as the app's does, until ``done()``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(1)
    check.timeout.connect(lambda: loop.quit() if done() else None)
    check.start()
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    check.stop()
