"""备份 / 恢复 The desk's backups: taken automatically, rotated, checked, copied to a second place, restorable.

Every backup is a checked copy made with SQLite's backup API (:func:`frontdesk.core.db.backup.backup_sqlite`) plus
a small JSON file beside it: when and why it was taken, the schema revision, row counts, and the audit log's chain
head at that moment — so a restored log can be checked against what the backup held.

Rotation keeps the 3 newest backups and the newest of each of the last 7 days, 4 weeks and 12 months. Safety
backups — taken before an upgrade, a restore, an import or an anonymisation — are kept apart from that: each stays for
30 days whatever the periodic backups do (they never take a periodic slot), then goes. A restore chosen by mistake can
so be undone for a month, however many 30-minute backups follow it.

Taking a backup, rotating and restoring hold one lock per database file (:func:`file_lock`), shared by the desk's
manual backups, its periodic thread and a restore: a restore never replaces the file in the middle of a copy.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import sqlite3
import threading
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from frontdesk.core.clock import Clock
from frontdesk.core.db.backup import backup_name, backup_sqlite
from frontdesk.core.db.restore_checks import FailedAfterReplacing, check_restorable
from frontdesk.core.errors import EnvironmentProblem, ProblemKind, classify

log = logging.getLogger(__name__)

COUNTED_TABLES = ("resident", "visit", "staff", "audit_entry")
ALWAYS_KEEP = 3
# Labels of safety backups (a label may carry a suffix: "before-upgrade-from-0005", "before-restore-2").
SAFETY_LABELS = ("before-upgrade", "before-restore", "before-import", "before-anonymise")


def is_safety(label: str) -> bool:
    """Taken before something that cannot be undone otherwise (upgrade, restore, import, anonymisation)."""
    return label.startswith(SAFETY_LABELS)


@dataclass(frozen=True)
class RotationPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    safety_days: int = 30  # a safety backup is kept this long, outside the periodic slots


_LOCKS: dict[Path, threading.RLock] = {}
_LOCKS_GUARD = threading.Lock()


def file_lock(database: Path) -> threading.RLock:
    """The one lock for backing up, rotating and restoring ``database`` in this process. One per file rather than per
    manager: after a restore the desk opens the database again with a new manager, while a backup started on the
    old one may still be running."""
    key = database.resolve()
    with _LOCKS_GUARD:
        return _LOCKS.setdefault(key, threading.RLock())


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    label: str  # "start", "periodic", "manual"; safety (see SAFETY_LABELS): "before-upgrade-…", "before-restore"…
    revision: str | None
    counts: dict[str, int]
    audit_head: tuple[int, str] | None  # (id, hash) of the newest audit entry
    size_bytes: int


class SecondFolderUnavailable(EnvironmentProblem):
    """The backup was written to the main folder, but the second folder (USB drive, network folder) could not take
    its copy. ``backup`` is the main backup, which stands."""

    def __init__(self, folder: Path, backup: BackupInfo, detail: str) -> None:
        super().__init__(ProblemKind.CANNOT_OPEN, f"second backup folder {folder}: {detail}")
        self.folder = folder
        self.backup = backup


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo  # the backup now in place
    before_restore: BackupInfo | None  # the database as it was (None when there was nothing readable to keep)
    # The second folder that did not get its copy of the before-restore backup (drive unplugged); None when it did,
    # or when there is no second folder. The restore went ahead: the copy on this computer stands.
    second_copy_missing: Path | None = None


@dataclass(frozen=True)
class StartCheck:
    ok: bool
    set_aside: Path | None = None  # where a damaged database was moved
    newest_backup: BackupInfo | None = None  # what the desk offers to restore
    detail: str = ""


def describe(path: Path) -> BackupInfo:
    """Facts about a backup (or any frontdesk SQLite file), read without changing it."""
    sidecar = path.with_suffix(".json")
    if sidecar.is_file():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
            head = meta.get("audit_head")
            return BackupInfo(
                path=path,
                created_at=datetime.fromisoformat(meta["created_at"]),
                label=meta.get("label", ""),
                revision=meta.get("revision"),
                counts=dict(meta.get("counts", {})),
                audit_head=(int(head[0]), str(head[1])) if head else None,
                size_bytes=path.stat().st_size,
            )
        except (ValueError, KeyError, TypeError, OSError):
            log.warning("unreadable backup description %s; reading the backup itself", sidecar)
    revision, counts, head = _read_facts(path)
    named = _NAMED.match(path.stem)  # a backup without a description (before an upgrade): its name says when and why
    when = datetime.strptime(named["when"], "%Y%m%d-%H%M%S") if named else datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, when, named["label"] if named else "", revision, counts, head, path.stat().st_size)


_NAMED = re.compile(r"^.+-(?P<when>\d{8}-\d{6})-(?P<label>[^/]+)$")


def _read_facts(path: Path) -> tuple[str | None, dict[str, int], tuple[int, str] | None]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = (
            conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            if "alembic_version" in tables
            else None
        )
        counts = {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in COUNTED_TABLES if t in tables}
        head = None
        if "audit_entry" in tables:
            columns = {r[1] for r in conn.execute("PRAGMA table_info(audit_entry)")}
            if "hash" in columns:
                row = conn.execute("SELECT id, hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
                head = (row[0], row[1]) if row else None
    return revision, counts, head


class BackupManager:
    def __init__(
        self,
        database: Path,
        folder: Path,
        clock: Clock,
        *,
        second_folder: Path | None = None,
        policy: RotationPolicy = RotationPolicy(),
        lock: threading.RLock | None = None,
    ) -> None:
        self.database = database
        self.folder = folder
        self.second_folder = second_folder
        self._clock = clock
        self._policy = policy
        self._lock = lock if lock is not None else file_lock(database)
        self._last_fingerprint: tuple | None = None

    # -- taking backups ---------------------------------------------------------------------------------------

    def take(self, label: str) -> BackupInfo:
        """A checked backup now, described, copied to the second folder if there is one, then rotation."""
        with self._lock:
            return self._take(label, rotate=True)

    def _take(self, label: str, *, rotate: bool) -> BackupInfo:
        now = self._clock().replace(microsecond=0)
        target = self.folder / backup_name(self.database, label, now)
        n = 1
        while target.exists():  # two in the same second (a manual one right after the periodic one)
            n += 1
            target = target.with_name(backup_name(self.database, f"{label}-{n}", now))
        result = backup_sqlite(self.database, target)
        revision, counts, head = _read_facts(result.path)
        info = BackupInfo(result.path, now, label, revision, counts, head, result.size_bytes)
        meta = {**asdict(info), "path": result.path.name, "created_at": now.isoformat(), "integrity": "ok"}
        result.path.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
        self._last_fingerprint = self._fingerprint()
        trouble = None
        if self.second_folder is not None:
            try:
                self._copy_to_second(result.path)
            except EnvironmentProblem as problem:
                trouble = SecondFolderUnavailable(self.second_folder, info, problem.detail)
        if rotate:
            self.rotate()
        if trouble is not None:
            raise trouble
        return info

    def take_if_changed(self, label: str = "periodic") -> BackupInfo | None:
        """The 30-minute backup: only when something was written since the last one."""
        with self._lock:
            fingerprint = self._fingerprint()
            if fingerprint == self._last_fingerprint:
                return None
            return self._take(label, rotate=True)

    def _fingerprint(self) -> tuple:
        """Changes whenever anything is written: SQLite's change counter in the file header, and the WAL's size."""
        with self.database.open("rb") as handle:
            header = handle.read(100)
        wal = self.database.with_name(self.database.name + "-wal")
        return header[24:28], wal.stat().st_size if wal.exists() else 0, wal.stat().st_mtime_ns if wal.exists() else 0

    def _copy_to_second(self, path: Path) -> None:
        assert self.second_folder is not None
        try:
            # The folder itself may be made, never its parents: a drive that was unplugged must not be re-created
            # as an empty folder on this computer's own disk.
            self.second_folder.mkdir(exist_ok=True)
            for item in (path, path.with_suffix(".json")):
                partial = self.second_folder / (item.name + ".partial")
                shutil.copyfile(item, partial)
                partial.replace(self.second_folder / item.name)
        except OSError as exc:  # USB stick pulled, network folder gone: the primary backup still stands
            problem = classify(exc) or EnvironmentProblem(ProblemKind.CANNOT_OPEN, str(exc))
            log.warning("second backup folder %s unavailable: %s", self.second_folder, exc)
            raise EnvironmentProblem(ProblemKind.CANNOT_OPEN, f"second backup folder: {problem.detail}") from exc

    # -- rotation ---------------------------------------------------------------------------------------------

    def backups(self) -> list[BackupInfo]:
        """Every backup in the folder, newest first."""
        if not self.folder.is_dir():
            return []
        found = [describe(p) for p in self.folder.glob(f"{self.database.stem}-*.sqlite3")]
        return sorted(found, key=lambda b: b.created_at, reverse=True)

    def rotate(self) -> list[Path]:
        """Delete backups no rule keeps; returns what was deleted.

        Periodic, manual and start-up backups: the newest few, and the newest of each recent day, week and month.
        Safety backups are not counted among those: each is kept for ``policy.safety_days`` from when it was taken.
        """
        with self._lock:
            backups = self.backups()
            ordinary = [b for b in backups if not is_safety(b.label)]
            keep = {b.path for b in ordinary[:ALWAYS_KEEP]}
            for bucket, count in (
                (lambda d: d.date(), self._policy.daily),
                (lambda d: d.isocalendar()[:2], self._policy.weekly),
                (lambda d: (d.year, d.month), self._policy.monthly),
            ):
                seen: list[object] = []
                for backup in ordinary:  # newest first: the first of each bucket is its newest
                    key = bucket(backup.created_at)
                    if key not in seen:
                        seen.append(key)
                        if len(seen) <= count:
                            keep.add(backup.path)
            cutoff = self._clock() - timedelta(days=self._policy.safety_days)
            keep |= {b.path for b in backups if is_safety(b.label) and b.created_at > cutoff}
            deleted = []
            for backup in backups:
                if backup.path not in keep:
                    for item in (backup.path, backup.path.with_suffix(".json")):
                        item.unlink(missing_ok=True)
                    deleted.append(backup.path)
            return deleted

    # -- start-up check and restore -----------------------------------------------------------------------------

    def check_at_start(self) -> StartCheck:
        """``PRAGMA quick_check``; a damaged or unreadable database is set aside (renamed, never deleted) and the
        newest good backup is named for the desk to offer. A missing database is fine (first start)."""
        if not self.database.exists():
            earlier = self._set_aside_earlier()
            if earlier is None:
                return StartCheck(ok=True)
            # Damaged at an earlier start and never restored: still no silent, empty new database in its place.
            return StartCheck(ok=False, set_aside=earlier, newest_backup=self._newest_sound(),
                              detail="database missing; a damaged copy was set aside earlier")  # fmt: skip
        try:
            with closing(sqlite3.connect(f"file:{self.database}?mode=ro", uri=True)) as conn:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            result = str(exc)
        if result == "ok":
            return StartCheck(ok=True)
        now = self._clock().replace(microsecond=0)
        aside = self.database.with_name(f"{self.database.stem}.damaged-{now:%Y%m%d-%H%M%S}{self.database.suffix}")
        for suffix in ("", "-wal", "-shm"):
            part = self.database.with_name(self.database.name + suffix)
            if part.exists():
                part.replace(aside.with_name(aside.name + suffix))
        log.error("database failed quick_check (%s); set aside as %s", result, aside)
        return StartCheck(ok=False, set_aside=aside, newest_backup=self._newest_sound(), detail=str(result)[:200])

    def _newest_sound(self) -> BackupInfo | None:
        return next((b for b in self.backups() if _is_sound(b.path)), None)

    def _set_aside_earlier(self) -> Path | None:
        pattern = f"{self.database.stem}.damaged-*{self.database.suffix}"
        found = sorted(p for p in self.database.parent.glob(pattern) if p.is_file())
        return found[-1] if found else None

    def restore(self, backup: Path) -> RestoreResult:
        """Replace the database's content with ``backup``'s, after backing up the current one (if readable).

        Refused with :class:`~frontdesk.core.db.restore_checks.RestoreRefused` — nothing changed — unless the backup
        is a sound frontdesk database of a schema this program knows. Only the second folder's copy of the
        before-restore backup failing does not stop it (the copy on this computer stands; the result says so).
        Trouble once the file is replaced raises :class:`~frontdesk.core.db.restore_checks.FailedAfterReplacing`.
        """
        with self._lock:
            check_restorable(backup)
            kept, missing = None, None
            if self.database.exists():
                try:
                    kept = self._take("before-restore", rotate=False)  # rotation after: it may not take ``backup``
                except SecondFolderUnavailable as partial:
                    kept, missing = partial.backup, partial.folder
                except EnvironmentProblem as problem:
                    if problem.kind is not ProblemKind.CORRUPT:  # a damaged database has nothing to keep
                        raise
            self._replace_with(backup)
            restored = describe(backup)
            try:
                self._check_replaced()
            except EnvironmentProblem as problem:
                raise FailedAfterReplacing(problem, restored, kept) from problem
            log.warning("database restored from %s", backup)
            try:
                self.rotate()
            except OSError:  # an old backup that could not be deleted is no reason to call the restore failed
                log.warning("rotation after restore failed", exc_info=True)
            return RestoreResult(restored, kept, missing)

    def _replace_with(self, backup: Path) -> None:
        """The database's pages become the backup's, in one transaction of SQLite's backup API: a failure here
        leaves the database as it was."""
        try:
            with (
                closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as source,
                closing(sqlite3.connect(self.database, timeout=10)) as target,
            ):
                source.backup(target)
        except sqlite3.Error as exc:
            raise classify(exc) or EnvironmentProblem(ProblemKind.CANNOT_OPEN, str(exc)) from exc

    def _check_replaced(self) -> None:
        try:
            with closing(sqlite3.connect(self.database, timeout=10)) as target:
                target.execute("PRAGMA journal_mode=WAL")
                verdict = target.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.Error as exc:
            raise classify(exc) or EnvironmentProblem(ProblemKind.CORRUPT, str(exc)) from exc
        if verdict != "ok":
            raise EnvironmentProblem(ProblemKind.CORRUPT, f"restored database failed integrity_check: {verdict}")


def _is_sound(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return False


def read_counts(path: Path) -> dict[str, int]:
    """Row counts of a frontdesk SQLite file as it is now (empty when there is no readable file)."""
    try:
        return _read_facts(path)[1] if path.is_file() else {}
    except sqlite3.DatabaseError:
        return {}
