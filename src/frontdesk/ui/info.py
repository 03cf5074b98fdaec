"""Plain facts about the running program the shell shows (settings page, About box, status bar)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class DatabaseInfo:
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


@dataclass(frozen=True)
class DeskInfo:
    version: str
    data_folder: Path
    log_file: Path | None
