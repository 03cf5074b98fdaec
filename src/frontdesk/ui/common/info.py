"""Plain facts about the running program the shell shows (settings page, About box, status bar).

Named tuples, not dataclasses: the window's first frame needs them, and importing :mod:`dataclasses` costs ~5 ms.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class DatabaseInfo(NamedTuple):
    location: str  # file path, or server URL without the password
    path: Path | None  # the SQLite file; None for a server
    backend: str  # "sqlite", "postgresql"
    revision: str  # schema revision (Alembic)
    demo: bool

    def size_bytes(self) -> int | None:
        """The database file's size now (it grows while the desk works), or None for a server database."""
        if self.path is None:
            return None
        try:
            return self.path.stat().st_size
        except OSError:
            return None


class DeskInfo(NamedTuple):
    version: str
    data_folder: Path
    log_file: Path | None
