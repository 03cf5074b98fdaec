"""备份与恢复 as staff use it: list and take backups, restore one — with the permission checks and the audit entry
that :class:`~frontdesk.core.db.backups.BackupManager` (which also serves ``frontdesk-admin``) does not do.

A restore replaces the whole database, so its audit entry is written into the restored database afterwards (an
entry written before would vanish with the content it described); it names the backup, and the ``before-restore``
backup that keeps the database as it was.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded, system_actor
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.db.backups import BackupInfo, BackupManager, StartCheck, describe, read_counts
from frontdesk.core.errors import RuleViolation

log = logging.getLogger(__name__)

START_UP = system_actor("start-up")  # the damaged-database offer at start: no one can be signed in
RESTORED_BY = system_actor("restore")  # the restoring account is not in the restored database (details name them)


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo  # the backup now in place
    before_restore: BackupInfo | None  # the database as it was (None when there was nothing readable to keep)


class BackupService:
    def __init__(self, manager: BackupManager, clock: Clock) -> None:
        self.manager = manager
        self._clock = clock

    @guarded(Permission.SETTINGS)
    def backups(self, actor: Actor) -> list[BackupInfo]:
        """This desk's backups, newest first."""
        return self.manager.backups()

    @guarded(Permission.SETTINGS)
    def take_now(self, actor: Actor) -> BackupInfo:
        """立即备份. Raises :class:`~frontdesk.core.db.backups.SecondFolderUnavailable` when only the second copy
        failed (the backup itself stands)."""
        return self.manager.take("manual")

    @guarded(Permission.SETTINGS)
    def current_counts(self, actor: Actor) -> dict[str, int]:
        """Residents, visits… in the database now, to set beside a backup's before restoring it."""
        return read_counts(self.manager.database)

    @guarded(Permission.SETTINGS)
    def describe(self, actor: Actor, backup: Path) -> BackupInfo:
        return describe(backup)

    @guarded(Permission.RESTORE)
    def restore(self, actor: Actor, backup: Path) -> RestoreResult:
        """Put ``backup`` in place of the database (managers only). The caller closes its connections first and
        opens the database again afterwards."""
        if not backup.is_file():
            raise RuleViolation("backup_missing", {"path": str(backup)})
        before = {b.path for b in self.manager.backups()}
        restored = self.manager.restore(backup)
        kept = next((b for b in self.manager.backups() if b.path not in before and b.label == "before-restore"), None)
        details = {"backup": backup.name, "backup_taken_at": restored.created_at.isoformat(), "by": actor.display_name,
                   "before_restore": kept.path.name if kept else None}  # fmt: skip
        _record_restore(self.manager, actor, details, self._clock)
        log.warning("staff %s restored %s", actor.staff_id, backup.name)
        return RestoreResult(restored, kept)


def restore_at_start(manager: BackupManager, check: StartCheck, clock: Clock) -> BackupInfo:
    """The damaged database was set aside at start-up and the user chose its newest good backup: put it in place.

    No one can be signed in (the staff list was in the damaged file), so no permission is asked; the audit entry
    says it happened at start-up and where the damaged file went.
    """
    if check.newest_backup is None:
        raise RuleViolation("backup_missing", {"path": ""})
    restored = manager.restore(check.newest_backup.path)
    details = {"backup": restored.path.name, "backup_taken_at": restored.created_at.isoformat(), "at_start": True,
               "damaged_set_aside": check.set_aside.name if check.set_aside else None}  # fmt: skip
    _record_restore(manager, START_UP, details, clock)
    log.warning("damaged database replaced at start-up by %s", restored.path.name)
    return restored


def _record_restore(manager: BackupManager, actor: Actor, details: dict, clock: Clock) -> None:
    """The audit entry, in the restored database (brought to the current schema first: a backup may be older)."""
    from frontdesk.core.db.migrate import ensure_schema
    from frontdesk.core.models import Staff

    db = Database(manager.database)
    try:
        ensure_schema(db, backup_dir=manager.folder)

        def work(session) -> None:
            # The signed-in account may not exist in the restored database (added after the backup was taken).
            known = actor.audit_staff_id is None or session.get(Staff, actor.audit_staff_id) is not None
            audit.record(session, "backup.restore", at=clock(), actor=actor if known else RESTORED_BY, details=details)

        db.run_write(work)
    finally:
        db.dispose()
