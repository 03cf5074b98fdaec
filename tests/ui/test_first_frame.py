"""The window's first frame costs no more than the window: what start-up must not do before it is painted.

Start-up time is measured in benchmarks/bench_startup.py; these tests keep the reasons it is quick from eroding
(a page imported at module level, a ``Qt.Foo`` enum looked up while building the window's frame).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROBE = r"""
import json, os, sys
import frontdesk.ui.shell.launch as launch

def first_frame(self, window, appearance):
    from PySide6 import QtCore
    from frontdesk.ui.shell.launch import StartingCover
    print(json.dumps({
        "qt_namespace_built": "Qt" in vars(QtCore),
        "modules": sorted(m for m in sys.modules if m.startswith(("frontdesk", "sqlalchemy", "alembic"))),
        "cover": isinstance(window.screens.currentWidget(), StartingCover),
        "visible": window.isVisible(),
        "title": window.windowTitle(),
    }), flush=True)
    os._exit(0)

launch._Launch._after_first_paint = first_frame
from frontdesk.ui.shell.main import main
sys.exit(main(["--db", sys.argv[1], "--lang", "zh_CN", "--startup-probe"]))
"""


def first_frame(tmp_path: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FRONTDESK_HOME=str(tmp_path / "home"))
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "desk.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_first_frame_is_the_window_with_its_starting_cover(tmp_path: Path) -> None:
    frame = first_frame(tmp_path)
    assert frame["visible"]
    assert frame["cover"]
    assert frame["title"] == "社区服务中心前台系统"  # translations are loaded before the first frame


def test_first_frame_imports_no_page_no_database_code_and_builds_no_qt_enums(tmp_path: Path) -> None:
    frame = first_frame(tmp_path)
    modules = frame["modules"]
    assert not [m for m in modules if m.startswith(("sqlalchemy", "alembic", "frontdesk.core.db"))]
    assert not [
        m for m in modules if m.startswith(("frontdesk.ui.pages.checkin.page", "frontdesk.ui.pages.residents.page"))
    ]
    assert "frontdesk.ui.shell.app" not in modules  # the desk (pages, services) is built after the first frame
    assert frame["qt_namespace_built"] is False  # QtCore.Qt: ~100 enum types, ~30 ms, on first use
