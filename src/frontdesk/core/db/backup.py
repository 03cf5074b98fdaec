"""Backups of a SQLite database with SQLite's online backup API (a consistent copy even while desks write; a plain
file copy of a WAL database can miss committed pages or catch a half-written one)."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from frontdesk.core.errors import EnvironmentProblem, ProblemKind, classify

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size_bytes: int
    integrity: str  # "ok" from PRAGMA integrity_check


def backup_name(source: Path, label: str, when: datetime) -> str:
    return f"{source.stem}-{when:%Y%m%d-%H%M%S}-{label}.sqlite3"


def backup_sqlite(source: Path, dest: Path) -> BackupResult:
    """Copy ``source`` to ``dest`` page by page, then check the copy with ``PRAGMA integrity_check``.

    The copy is written under a temporary name and renamed into place only once checked, so a half-written or
    damaged file never looks like a backup.
    """
    if not source.is_file():
        raise EnvironmentProblem(ProblemKind.CANNOT_OPEN, f"no database at {source}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(dest.name + ".partial")
    try:
        with (
            contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            contextlib.closing(sqlite3.connect(partial)) as out,
        ):
            src.execute("PRAGMA busy_timeout=10000")
            src.backup(out, pages=1024)
            # A backup is one self-contained file: no -wal beside it to lose on the way to a USB stick.
            out.execute("PRAGMA journal_mode=DELETE")
            integrity = out.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            partial.unlink(missing_ok=True)
            raise EnvironmentProblem(ProblemKind.CORRUPT, f"backup failed integrity_check: {integrity}")
        partial.replace(dest)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        problem = classify(exc)
        if problem is None:
            raise
        raise problem from exc
    size = dest.stat().st_size
    log.info("backup written: %s (%d bytes)", dest, size)
    return BackupResult(path=dest, size_bytes=size, integrity=integrity)
