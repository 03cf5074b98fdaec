"""What a backup must be before it may replace the database, and the two ways a restore can go wrong.

Everything that can refuse a restore is checked here, before the database file is touched: a refusal then truly
means "nothing was restored". Trouble after the file was replaced is a different error
(:class:`FailedAfterReplacing`), so no screen says "nothing was restored" about a database that was in fact replaced.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from frontdesk.core.errors import EnvironmentProblem, ProblemKind

if TYPE_CHECKING:
    from frontdesk.core.db.backups import BackupInfo

# Tables every frontdesk database has had since its first revision: a file without them is someone else's.
FRONTDESK_TABLES = frozenset({"alembic_version", "resident", "visit", "staff", "audit_entry"})

# Why a backup is refused; the UI has words for each.
MISSING = "missing"  # no file there (deleted, drive unplugged)
DAMAGED = "damaged"  # PRAGMA integrity_check fails, or not a SQLite file at all
NOT_FRONTDESK = "not_frontdesk"  # a sound SQLite file, but not a frontdesk database
TOO_NEW = "too_new"  # written by a newer frontdesk (a revision after this program's head)
UNKNOWN_SCHEMA = "unknown_schema"  # a revision this program's migrations do not know


class RestoreRefused(EnvironmentProblem):
    """The backup cannot be restored; nothing was changed (no file replaced, no before-restore backup taken)."""

    def __init__(self, reason: str, backup: Path, detail: str = "") -> None:
        kind = ProblemKind.TOO_NEW if reason in (TOO_NEW, UNKNOWN_SCHEMA) else ProblemKind.CORRUPT
        super().__init__(kind, f"restore of {backup} refused ({reason}){': ' + detail if detail else ''}")
        self.reason = reason
        self.backup = backup
        self.revision: str | None = None


class FailedAfterReplacing(EnvironmentProblem):
    """The database file WAS replaced by the backup, then a later step failed (the restored file's check, bringing
    its schema up to date, the audit entry). ``before_restore`` keeps the database as it was, when there was one."""

    def __init__(self, problem: EnvironmentProblem, restored: BackupInfo, before_restore: BackupInfo | None) -> None:
        super().__init__(problem.kind, f"after replacing the database: {problem.detail}")
        self.problem = problem
        self.restored = restored
        self.before_restore = before_restore


def check_restorable(backup: Path) -> str:
    """The backup's schema revision, once it is known to be a sound frontdesk database this program can open (not
    newer than its head, known to its migrations); otherwise :class:`RestoreRefused`."""
    from frontdesk.core.db.migrate import HEAD_REVISION, is_known_revision

    if not backup.is_file():
        raise RestoreRefused(MISSING, backup)
    try:
        with closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as conn:
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                raise RestoreRefused(DAMAGED, backup, str(verdict)[:200])
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables >= FRONTDESK_TABLES:
                raise RestoreRefused(NOT_FRONTDESK, backup, f"missing {sorted(FRONTDESK_TABLES - tables)}")
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise RestoreRefused(DAMAGED, backup, str(exc)) from exc
    if row is None or not row[0]:
        raise RestoreRefused(NOT_FRONTDESK, backup, "no schema revision")
    revision = str(row[0])
    if not is_known_revision(revision):
        newer = revision.isdigit() and HEAD_REVISION.isdigit() and int(revision) > int(HEAD_REVISION)
        refused = RestoreRefused(TOO_NEW if newer else UNKNOWN_SCHEMA, backup, f"revision {revision}")
        refused.revision = revision
        raise refused
    return revision
