"""导入居民名单 Bringing a center's existing roster into the registry: open, detect, plan, run, save the rejects.

The plan changes nothing; the run takes a safety backup first (no backup, no import), then writes in batches, each
one transaction that checks its rows against the registry again (another desk may have registered one of them since
the plan: that row becomes a reject, never a second record) and writes one audit entry naming the file, never a
person's values. A cancel stops between two batches, so what is written is whole batches. The same file imported
twice plans as SAME throughout, and a run with nothing to write writes nothing at all (no backup, no audit entry).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session

from frontdesk.core import audit
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.db.backups import BackupManager, SecondFolderUnavailable
from frontdesk.core.errors import RuleViolation
from frontdesk.core.importing import checking
from frontdesk.core.importing.columns import detect_mapping
from frontdesk.core.importing.plan import (
    HEALTH_FIELDS,
    ColumnMapping,
    ImportPlan,
    ImportResult,
    PlannedRow,
    RowStatus,
    SheetTable,
)
from frontdesk.core.importing.words import REASON_COLUMN, reasons_text
from frontdesk.core.search.index import reindex
from frontdesk.core.services.residents import (
    add_resident,
    column_values,
    get_resident,
    refuse_retired_card,
)
from frontdesk.core.spreadsheets.reading import read_sheet
from frontdesk.core.spreadsheets.writing import SheetData, write_table
from frontdesk.core.validation import FieldError, ValidationFailed

log = logging.getLogger(__name__)

BATCH_ROWS = 500
BACKUP_LABEL = "before-import"
IMPORT_ACTION = "resident.import"
REJECTS_ACTION = "export.import_rejects"


@dataclass(frozen=True)
class _BatchOutcome:
    created: int
    updated: int
    unchanged: int
    rejects: tuple[PlannedRow, ...]


class ResidentImportService:
    """``backups``: the SQLite file's backup manager (the safety backup before a run); ``None`` on a database
    server, whose administrator backs it up."""

    def __init__(self, db: Database, clock: Clock, backups: BackupManager | None = None) -> None:
        self._db = db
        self._clock = clock
        self._backups = backups

    @guarded(Permission.IMPORT)
    def open(self, path: Path, *, actor: Actor, sheet: str | None = None) -> SheetTable:
        """Read one sheet of the file (the first, or ``sheet``); raises ImportFileError with a code."""
        return read_sheet(path, sheet=sheet)

    def detect(self, table: SheetTable) -> ColumnMapping:
        """The header row(s) and each column's field, guessed from the sheet alone (no database, nothing personal
        leaves the table handed in)."""
        return detect_mapping(table)

    @guarded(Permission.IMPORT)
    def plan(self, table: SheetTable, mapping: ColumnMapping, *, actor: Actor) -> ImportPlan:
        """Every row checked by the form's rules and matched against the registry; nothing is written."""
        _refuse_health(actor, mapping)
        today = self._clock().date()
        with self._db.read() as session:
            rows = checking.plan_rows(session, table, mapping, today=today)
        return ImportPlan(table, mapping, rows, table.fingerprint or _table_fingerprint(table))

    @guarded(Permission.IMPORT)
    def run(
        self,
        plan: ImportPlan,
        *,
        actor: Actor,
        accept_updates: frozenset[int] = frozenset(),
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ImportResult:
        """Carry out ``plan``: NEW rows registered, UPDATE rows whose line is in ``accept_updates`` updated."""
        _refuse_health(actor, plan.mapping)
        work_rows = [
            row for row in plan.rows
            if row.status is RowStatus.NEW or (row.status is RowStatus.UPDATE and row.line in accept_updates)
        ]  # fmt: skip
        counts = checking.count_by_status(plan.rows)
        unchanged = (
            counts[RowStatus.SAME]
            + counts[RowStatus.UPDATE]
            - sum(1 for r in work_rows if r.status is RowStatus.UPDATE)
        )
        planned_bad = tuple(r for r in plan.rows if r.status is RowStatus.BAD)
        skipped = counts[RowStatus.REPEAT] + counts[RowStatus.SKIPPED]
        if not work_rows:
            return ImportResult(0, 0, unchanged, len(planned_bad), skipped, False, 0, None, planned_bad)
        backup = self._safety_backup()
        mapped = checking.mapped_fields(plan.mapping)
        created = updated = batches = 0
        rejects: list[PlannedRow] = list(planned_bad)
        stopped = False
        total = len(work_rows)
        for start in range(0, total, BATCH_ROWS):
            if cancelled is not None and cancelled():
                stopped = True
                break
            batch = work_rows[start : start + BATCH_ROWS]
            outcome = self._write_batch(plan, batch, mapped, actor, batches + 1)
            created, updated = created + outcome.created, updated + outcome.updated
            unchanged += outcome.unchanged
            rejects.extend(outcome.rejects)
            batches += 1
            if progress is not None:
                progress(start + len(batch), total)
        log.info("import of %s: %d created, %d updated in %d batches", plan.fingerprint[:12], created, updated, batches)
        rejects.sort(key=lambda r: r.line)
        return ImportResult(
            created, updated, unchanged, len(rejects), skipped, stopped, batches, backup, tuple(rejects)
        )

    @guarded(Permission.IMPORT)
    def save_rejects(
        self, plan_or_result_rows: Sequence[PlannedRow], mapping: ColumnMapping, path: Path, *, actor: Actor
    ) -> Path:
        """The refused rows as the file had them, with a 原因 column, as .xlsx or .csv (by ``path``'s suffix): fixed,
        the file imports as it is. Audited (it holds personal data), with the count and file name only."""
        rows = [r for r in plan_or_result_rows if r.status is RowStatus.BAD]
        width = len(mapping.headers)
        sheet = SheetData(
            title="未导入",
            headers=(*mapping.headers, REASON_COLUMN),
            rows=[(*(r.cells + ("",) * (width - len(r.cells)))[:width], reasons_text(r)) for r in rows],
        )
        now = self._clock().replace(microsecond=0)

        def work(session: Session) -> Path:
            written = write_table([sheet], path)
            audit.record(
                session, REJECTS_ACTION, at=now, actor=actor, entity_type="import",
                details={"file": path.name, "rows": len(rows)},
            )  # fmt: skip
            return written

        try:
            return self._db.run_write(work)
        except BaseException:
            path.unlink(missing_ok=True)  # no entry, no file: what was written with personal data is audited
            raise

    # -- the run's parts ----------------------------------------------------------------------------------------

    def _safety_backup(self) -> str | None:
        if self._backups is None:
            return None
        try:
            info = self._backups.take(BACKUP_LABEL)
        except SecondFolderUnavailable as partial:  # the backup on this computer stands: that is the safety
            info = partial.backup
        return info.path.name

    def _write_batch(
        self, plan: ImportPlan, batch: list[PlannedRow], mapped: frozenset[str], actor: Actor, number: int
    ) -> _BatchOutcome:
        now = self._clock().replace(microsecond=0)
        today = now.date()

        def work(session: Session) -> _BatchOutcome:
            created: list[int] = []
            updated: list[int] = []
            unchanged = 0
            rejects: list[PlannedRow] = []
            new_residents = []
            found = checking.registry_matches(session, [row.data for row in batch if row.data is not None])
            written = checking.WrittenKeys()
            for row, matches in zip(batch, found, strict=True):
                assert row.data is not None
                match = checking.match_registry(
                    session, row.data, mapped, today=today, month_only=checking.month_only(row.data),
                    matches=None if written.shared(row.data) else matches,
                )  # fmt: skip
                if row.status is RowStatus.NEW:
                    if match.status is not RowStatus.NEW:
                        rejects.append(_rejected(row, "registered_meanwhile"))
                        continue
                    try:
                        refuse_retired_card(session, row.data)
                    except ValidationFailed as failed:
                        rejects.append(replace(row, status=RowStatus.BAD, data=None, problems=tuple(failed.errors)))
                        continue
                    new_residents.append(add_resident(session, row.data, now))
                    written.add(row.data)  # a later row like it asks the registry again (it sees this one, flushed)
                    continue
                if match.resident_id != row.resident_id or match.status is RowStatus.BAD:
                    rejects.append(_rejected(row, "changed_meanwhile"))
                    continue
                if match.status is RowStatus.SAME:
                    unchanged += 1
                    continue
                resident = get_resident(session, match.resident_id)
                assert match.merged is not None
                planned_fields = {u.field for u in row.updates}
                for field, value in column_values(match.merged).items():
                    if field in planned_fields and getattr(resident, field) != value:
                        setattr(resident, field, value)
                resident.updated_at = now
                updated.append(resident.id)
            session.flush()
            created = [r.id for r in new_residents]
            reindex(session, created + updated)
            if created or updated or rejects:
                audit.record(
                    session, IMPORT_ACTION, at=now, actor=actor, entity_type="import",
                    details={
                        "file": plan.table.file_name, "sheet": plan.table.sheet, "fingerprint": plan.fingerprint,
                        "batch": number, "first_line": batch[0].line, "last_line": batch[-1].line,
                        "created": len(created), "updated": len(updated), "rejected": len(rejects),
                        "created_ids": created, "updated_ids": updated,
                    },
                )  # fmt: skip
            return _BatchOutcome(len(created), len(updated), unchanged, tuple(rejects))

        return self._db.run_write(work)


def _rejected(row: PlannedRow, code: str) -> PlannedRow:
    return replace(row, status=RowStatus.BAD, data=None, problems=(FieldError("", code),))


def _refuse_health(actor: Actor, mapping: ColumnMapping) -> None:
    """健康信息 is sensitive: a roster's health columns come in only for an actor who may record health data."""
    if any(f in HEALTH_FIELDS for f in mapping.fields if f) and not actor.may(Permission.HEALTH):
        raise RuleViolation("health_not_allowed")


def _table_fingerprint(table: SheetTable) -> str:
    """A table made without a file (the wizard's own, a test's): its content's hash."""
    return hashlib.sha256(repr((table.file_name, table.sheet, table.rows)).encode("utf-8")).hexdigest()
