"""Where frontdesk keeps its files: database, backups, logs, bundled resources.

The data folder is per machine on Windows (``C:\\ProgramData\\frontdesk``), because one desk PC is shared by
several staff accounts; elsewhere it is the user's data folder (``~/.local/share/frontdesk``), since the per-machine
folder there is not writable. ``FRONTDESK_HOME`` overrides both (tests, portable installs).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

import platformdirs

from frontdesk import APP_NAME

HOME_ENV = "FRONTDESK_HOME"


def data_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override)
    elif sys.platform == "win32":
        path = Path(platformdirs.site_data_dir(APP_NAME, appauthor=False))
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    override = os.environ.get(HOME_ENV)
    path = Path(override) / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def backup_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_arg(db_arg: str | None, *, demo: bool = False, saved_server: str | None = None) -> str | None:
    """Which database a start opens: ``--db`` if given; else, unless ``--demo``, the server this desk was set to
    use (Settings → 数据库服务器); else ``None``, the default file. Here, not in bootstrap, because the window
    decides it before SQLAlchemy is imported."""
    if db_arg:
        return db_arg
    return None if demo else saved_server or None


def default_db_path() -> Path:
    return data_dir() / "frontdesk.sqlite3"


def demo_db_path() -> Path:
    return data_dir() / "demo.sqlite3"


@cache
def resource_dir() -> Path:
    """The bundled ``resources/`` folder: inside the installed package, or at the top of a source checkout.

    Files on disk, never inside a zip: Qt and ReportLab open the fonts by path.
    """
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
