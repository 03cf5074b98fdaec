"""Start-up time: process start to main window shown, frontdesk on the 20,000-resident demo database next to a bare
PySide6 window measured in the same run (target: ratio <= 1.5 and under 1 s); and to the database open and attached
to the window (frontdesk shows the window first and opens the database on a worker thread).

    python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.common import demo_database, summary

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1366, 768)
window.show()
def shown():
    window.repaint()
    print("FRONTDESK_SHOWN", time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _time_command(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Milliseconds from process start to each ``FRONTDESK_<EVENT> <time>`` line the process printed."""
    started = time.time()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=False)
    marks = {
        line.split()[0].removeprefix("FRONTDESK_").lower(): (float(line.split()[1]) - started) * 1000
        for line in result.stdout.splitlines()
        if line.startswith("FRONTDESK_")
    }
    if result.returncode != 0 or "shown" not in marks:
        raise RuntimeError(f"{command}: rc={result.returncode}\n{result.stdout}\n{result.stderr}")
    return marks


def run(runs: int = 7) -> dict[str, object]:
    db_path = demo_database(20_000, 365)
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # An installed program has compiled .pyc files (pip writes them); measure that, not recompiling every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as home:
        env["FRONTDESK_HOME"] = home  # the desk's settings and logs, not the user's
        app = [sys.executable, "-m", "frontdesk.ui.shell.main", "--db", str(db_path), "--startup-probe"]
        bare = [sys.executable, "-c", BARE_WINDOW]
        _time_command(app, env)  # warm the OS file cache for both
        _time_command(bare, env)
        app_ms, ready_ms, bare_ms = [], [], []
        for _ in range(runs):  # interleaved, so drift in machine load hits both alike
            bare_ms.append(_time_command(bare, env)["shown"])
            marks = _time_command(app, env)
            app_ms.append(marks["shown"])
            ready_ms.append(marks["ready"])
    app_stats, bare_stats = summary(app_ms), summary(bare_ms)
    return {
        "frontdesk_ms": app_stats,
        "frontdesk_ready_ms": summary(ready_ms),
        "bare_pyside6_ms": bare_stats,
        "ratio_median": app_stats["median"] / bare_stats["median"],
        "platform": env["QT_QPA_PLATFORM"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    figures = run(parser.parse_args().runs)
    app, bare = figures["frontdesk_ms"], figures["bare_pyside6_ms"]
    print(f"start-up to main window shown ({figures['platform']}, 20,000 residents, 365 days of visits)")
    print(f"  frontdesk     median {app['median']:7.1f} ms   p95 {app['p95']:7.1f} ms   (n={app['n']})")
    ready = figures["frontdesk_ready_ms"]
    print(f"  bare PySide6  median {bare['median']:7.1f} ms   p95 {bare['p95']:7.1f} ms")
    print(f"  frontdesk, database open and attached: median {ready['median']:7.1f} ms   p95 {ready['p95']:7.1f} ms")
    print(f"  ratio (median) {figures['ratio_median']:.2f}   target <= 1.5 and < 1000 ms")


if __name__ == "__main__":
    main()
