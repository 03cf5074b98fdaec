"""备份与恢复 as staff use it: list and take backups, restore one, choose the second backup folder — with the
permission checks and the audit entries that :class:`~frontdesk.core.db.backups.BackupManager` (which also serves
``frontdesk-admin``) does not do.

The second folder receives a full copy of the database with every backup, so choosing it is a manager's decision,
audited like a setting; it is kept per desk (:class:`~frontdesk.core.desk_settings.DeskSettings`), because each PC
has its own drives.

A restore replaces the whole database, so its audit entry is written into the restored database afterwards (an
entry written before would vanish with the content it described); it names the backup, and the ``before-restore``
backup that keeps the database as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded, system_actor
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.db.backups import (
    BackupInfo,
    BackupManager,
    RestoreResult,
    StartCheck,
    describe,
    read_counts,
)
from frontdesk.core.db.restore_checks import FailedAfterReplacing
from frontdesk.core.desk_settings import SECOND_BACKUP_FOLDER, DeskSettings
from frontdesk.core.errors import EnvironmentProblem, RuleViolation

log = logging.getLogger(__name__)

START_UP = system_actor("start-up")  # the damaged-database offer at start: no one can be signed in
RESTORED_BY = system_actor("restore")  # the restoring account is not in the restored database (details name them)
# The safety backups a caller asks for (before-upgrade and before-restore are taken by the core itself).
SAFETY_KINDS = ("before-import", "before-anonymise")

__all__ = ["SAFETY_KINDS", "BackupService", "RestoreResult", "restore_at_start"]


class BackupService:
    """``db`` is the desk's open database (audit entries go there; without it one is opened for the entry), ``desk``
    where this desk keeps its second folder (without it a change lasts until the program ends: tests, tools).
    The saved second folder is given to the manager here, so the periodic backups copy there too."""

    def __init__(
        self,
        manager: BackupManager,
        clock: Clock,
        *,
        db: Database | None = None,
        desk: DeskSettings | None = None,
    ) -> None:
        self.manager = manager
        self._clock = clock
        self._db = db
        self._desk = desk
        if desk is not None:
            manager.second_folder = desk.second_backup_folder()

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
    def take_safety(self, actor: Actor, kind: str) -> BackupInfo:
        """A safety backup before something that cannot be undone otherwise (an import, an anonymisation): kept 30
        days whatever the periodic rotation does. Raises like :meth:`take_now`: the caller goes ahead only when the
        backup was made (:class:`~frontdesk.core.db.backups.SecondFolderUnavailable` carries the one that was)."""
        if kind not in SAFETY_KINDS:
            raise ValueError(f"not a safety backup kind: {kind!r}")
        return self.manager.take(kind)

    @guarded(Permission.SETTINGS)
    def second_folder(self, actor: Actor) -> Path | None:
        """Where every backup is also copied (USB drive, network folder), or ``None``."""
        return self.manager.second_folder

    @guarded(Permission.SETTINGS)
    def set_second_folder(self, actor: Actor, folder: Path | None) -> None:
        """Choose (or with ``None`` stop using) the second backup folder of this desk; audited with the folder before
        and after. The periodic backups copy there from the next one on."""
        if folder is not None:
            if not folder.is_absolute():
                raise RuleViolation("second_folder_not_absolute", {"folder": str(folder)})
            if folder.resolve() == self.manager.folder.resolve():
                raise RuleViolation("second_folder_is_main", {"folder": str(folder)})
        before = self.manager.second_folder
        if before == folder:
            return
        now = self._clock().replace(microsecond=0)
        written = False

        def work(session) -> None:
            nonlocal written
            audit.record(
                session, "backup.second_folder", at=now, actor=actor, entity_type="setting",
                details={"key": SECOND_BACKUP_FOLDER, "before": _text(before), "after": _text(folder)},
            )  # fmt: skip
            session.flush()
            if self._desk is not None:  # inside the transaction: a file that cannot be written leaves no entry
                self._desk.set_second_backup_folder(folder)
                written = True

        try:
            self._write(work)
        except BaseException:
            if written and self._desk is not None:  # the entry did not commit: the file goes back too
                self._desk.set_second_backup_folder(before)
            raise
        self.manager.second_folder = folder
        log.info("second backup folder changed by %s: %s -> %s", actor.audit_label, before, folder)

    def _write(self, work) -> None:
        if self._db is not None:
            self._db.run_write(work)
            return
        db = Database(self.manager.database)
        try:
            db.run_write(work)
        finally:
            db.dispose()

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
        opens the database again afterwards.

        Refused before anything changes when the backup is missing, damaged, not a frontdesk database or of a schema
        this program does not know (:class:`~frontdesk.core.db.restore_checks.RestoreRefused`). Once the file is
        replaced, trouble is :class:`~frontdesk.core.db.restore_checks.FailedAfterReplacing`: the restore happened.
        """
        if not backup.is_file():
            raise RuleViolation("backup_missing", {"path": str(backup)})
        result = self.manager.restore(backup)
        kept, restored = result.before_restore, result.restored
        details = {"backup": backup.name, "backup_taken_at": restored.created_at.isoformat(), "by": actor.display_name,
                   "before_restore": kept.path.name if kept else None}  # fmt: skip
        if result.second_copy_missing is not None:
            details["second_copy_missing"] = str(result.second_copy_missing)
        _record_after_replacing(self.manager, actor, details, self._clock, result)
        log.warning("%s restored %s", actor.audit_label, backup.name)
        return result


def restore_at_start(manager: BackupManager, check: StartCheck, clock: Clock) -> BackupInfo:
    """The damaged database was set aside at start-up and the user chose its newest good backup: put it in place.

    No one can be signed in (the staff list was in the damaged file), so no permission is asked; the audit entry
    says it happened at start-up and where the damaged file went.
    """
    if check.newest_backup is None:
        raise RuleViolation("backup_missing", {"path": ""})
    result = manager.restore(check.newest_backup.path)
    restored = result.restored
    details = {"backup": restored.path.name, "backup_taken_at": restored.created_at.isoformat(), "at_start": True,
               "damaged_set_aside": check.set_aside.name if check.set_aside else None}  # fmt: skip
    _record_after_replacing(manager, START_UP, details, clock, result)
    log.warning("damaged database replaced at start-up by %s", restored.path.name)
    return restored


def _record_after_replacing(
    manager: BackupManager, actor: Actor, details: dict, clock: Clock, result: RestoreResult
) -> None:
    """The audit entry once the file is replaced: trouble now is reported as what it is, a restore that happened."""
    try:
        _record_restore(manager, actor, details, clock)
    except EnvironmentProblem as problem:
        raise FailedAfterReplacing(problem, result.restored, result.before_restore) from problem


def _text(folder: Path | None) -> str | None:
    return str(folder) if folder is not None else None


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
