"""Switching pages at the desk, offscreen, on the demo database: 设置 shown and 签到 shown again, each followed by
the events it posts, as a person at the desk flicks between them. The frozen-server test
(``tests/ui/test_frozen_server.py``) holds the event loop's longest wait under 100 ms while someone types and
switches pages with the server gone; on a loaded 2-core CI machine a switch must stay well within that.

    python benchmarks/bench_page_switch.py [--runs 30] [--residents 2000]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from benchmarks.common import summary
from benchmarks.desk_run import arguments, shown_desk, until


def run(residents: int, runs: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        desk, _path = shown_desk(app, folder, residents)
        window, page = desk.window, desk.checkin
        window.show_page("settings")  # its first showing lays out a long page: not what is measured
        window.show_page("checkin")
        until(app, lambda: page.settled() and desk.worker.idle())
        samples: list[float] = []
        for _ in range(runs):
            started = time.perf_counter()
            window.show_page("settings")
            app.processEvents()
            window.show_page("checkin")
            app.processEvents()
            samples.append(1000 * (time.perf_counter() - started))
            until(app, lambda: page.settled() and desk.worker.idle())  # what the showing read, back
        desk.close()
    return summary(samples)


def main() -> None:
    args = arguments(__doc__)
    figures = run(args.residents, args.runs)
    print(f"设置 and back to 签到: median {figures['median']:.1f} ms, p95 {figures['p95']:.1f} ms "
          f"({figures['n']} switches)")  # fmt: skip


if __name__ == "__main__":
    main()
