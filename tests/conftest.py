"""Shared fixtures: headless Qt, a private FRONTDESK_HOME, and a fresh migrated database per test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import
os.environ.setdefault("QT_ENABLE_HIGHDPI_SCALING", "0")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from frontdesk.core.db import Database  # noqa: E402
from frontdesk.core.db.migrate import ensure_schema  # noqa: E402


@pytest.fixture(autouse=True)
def frontdesk_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data, log and backup folders: nothing touches the real user's files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("FRONTDESK_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "frontdesk.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """A fresh SQLite database at the head revision."""
    database = Database(db_path)
    ensure_schema(database)
    yield database
    database.dispose()
