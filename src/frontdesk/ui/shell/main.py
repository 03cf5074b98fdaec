"""``frontdesk``: the GUI entry point.

Kept light on purpose: the application object is created before anything heavy is imported, and SQLAlchemy is
imported on the thread that opens the database (see :mod:`frontdesk.ui.shell.startup`), not here.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from frontdesk import APP_NAME, __version__

if TYPE_CHECKING:
    from frontdesk.ui.common.clock import Clock
    from frontdesk.ui.failures.prompts import Prompts


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog=APP_NAME, description="社区服务中心前台系统 — community service center front desk"
    )
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", help="SQLite file or SQLAlchemy URL (default: the desk's database)"
    )
    parser.add_argument(
        "--lang", choices=("zh_CN", "en"), help="interface language (default: the desk's choice, else zh_CN)"
    )
    parser.add_argument("--demo", action="store_true", help="open the demo database, creating it the first time")
    parser.add_argument("--smoke", action="store_true", help="show the window, visit every page, exit 0 if all is well")
    parser.add_argument(
        "--startup-probe",
        action="store_true",
        help="print FRONTDESK_SHOWN <time> once the window is painted, then exit (benchmarks)",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None, *, prompts: Prompts | None = None, clock: Clock | None = None) -> int:
    """Run the desk; returns the exit code (0 ok, 1 a bug, 2 the machine is in the way)."""
    try:
        args = parse_args(sys.argv[1:] if argv is None else argv)
    except SystemExit as exc:  # --help, --version, or a bad argument (argparse has printed why)
        return exc.code if isinstance(exc.code, int) else 2
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)

    from frontdesk.ui.shell.launch import run

    return run(app, args, prompts=prompts, clock=clock)


if __name__ == "__main__":
    sys.exit(main())
