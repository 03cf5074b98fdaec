"""Layering rules that keep the code base healthy."""

from __future__ import annotations

import subprocess
import sys

import frontdesk
from frontdesk.core.db.database import SQLITE_PRAGMAS

NON_QT_PACKAGES = ["frontdesk.core", "frontdesk.printing", "frontdesk.cli", "frontdesk.migrations"]


def test_core_printing_and_cli_never_import_qt() -> None:
    """The domain must be usable (and testable) without a screen: importing all of it loads no PySide6 module."""
    script = f"""
import importlib, pkgutil, sys
for top in {NON_QT_PACKAGES!r}:
    package = importlib.import_module(top)
    for info in pkgutil.walk_packages(package.__path__, top + "."):
        if info.name.startswith("frontdesk.migrations.") :
            continue  # revision scripts run inside alembic only
        importlib.import_module(info.name)
import frontdesk.bootstrap, frontdesk.logsetup, frontdesk.paths
qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(qt)
assert not qt, qt
"""
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_version_has_one_source() -> None:
    from importlib.metadata import version

    assert version("frontdesk") == frontdesk.__version__


def test_sqlite_settings_are_the_documented_ones() -> None:
    assert dict(SQLITE_PRAGMAS) == {
        "journal_mode": "WAL",
        "foreign_keys": "ON",
        "synchronous": "FULL",
        "busy_timeout": "10000",
    }
