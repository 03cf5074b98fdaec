"""Switching pages at the desk, offscreen, on the demo database: 设置 shown and 签到 shown again, each followed by
the events it posts, as a person at the desk flicks between them. The frozen-server test
(``tests/ui/test_frozen_server.py``) holds the event loop's longest wait under 100 ms while someone types and
switches pages with the server gone; on a loaded 2-core CI machine a switch must stay well within that.

    python benchmarks/bench_page_switch.py [--runs 30] [--residents 2000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from benchmarks.bench_print_desk import NOW, _until
from benchmarks.common import demo_database, summary


def run(residents: int, runs: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from frontdesk.bootstrap import open_database
    from frontdesk.ui.common.prefs import DeskPrefs
    from frontdesk.ui.shell.app import build_desk
    from frontdesk.ui.shell.appearance import Appearance, register_fonts
    from frontdesk.ui.shell.launch import smoke_actor

    source = demo_database(residents, 365)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FRONTDESK_HOME"] = folder
        path = Path(folder) / "desk.sqlite3"
        shutil.copy(source, path)
        desk = build_desk(prefs=DeskPrefs(Path(folder)), appearance=Appearance(app, register_fonts()),
                          language="zh_CN", clock=lambda: NOW, demo=False, log_file=None)  # fmt: skip
        desk.attach(open_database(str(path)), actor=smoke_actor(), username="bench")
        desk.window.resize(1366, 768)
        desk.window.show()
        window, page = desk.window, desk.checkin
        _until(app, lambda: desk.worker.idle() and desk.printer.queue.idle())
        window.show_page("settings")  # its first showing lays out a long page: not what is measured
        window.show_page("checkin")
        _until(app, lambda: page.settled() and desk.worker.idle())
        samples: list[float] = []
        for _ in range(runs):
            started = time.perf_counter()
            window.show_page("settings")
            app.processEvents()
            window.show_page("checkin")
            app.processEvents()
            samples.append(1000 * (time.perf_counter() - started))
            _until(app, lambda: page.settled() and desk.worker.idle())  # what the showing read, back
        desk.close()
    return summary(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--residents", type=int, default=2000)
    args = parser.parse_args()
    figures = run(args.residents, args.runs)
    print(f"设置 and back to 签到: median {figures['median']:.1f} ms, p95 {figures['p95']:.1f} ms "
          f"({figures['n']} switches)")  # fmt: skip


if __name__ == "__main__":
    main()
