"""匿名化, the erasing half: after it, nothing in the database, its audit log, or a backup taken later identifies
the person — and the audit chain still verifies.

Where a person lives on after their row is cleared, and what happens to each:

- audit entries written since revision 0007: their personal values are sealed with the resident's key
  (:mod:`frontdesk.core.sealing`); the key is deleted here (crypto-shredding). The entries and their hashes stay.
- audit entries written before (hash version 1, values in clear): their details are replaced by
  :data:`frontdesk.core.audit.REDACTED`. Their hash can no longer be recomputed, so the anonymisation entry — itself
  hashed, in the chain — names each one with its hash and a digest of its other columns; the check accepts an entry
  so named and still checks everything else about it. (An entry that did not verify before is not named: the check
  goes on reporting it.)
- merge records (not part of the chain, so simply cleared): the identifiers a merge moved over and the values it
  replaced; a merge involving an anonymised record can no longer be undone (the residents service refuses it).
- search keys and ``name_sort`` (pinyin of the name): cleared by the caller with the row.
- the SQLite file: deleted and overwritten content stays in free pages and in the WAL until SQLite reuses them, so
  after the transaction the file is rebuilt (``VACUUM``) and the WAL checkpointed and truncated to nothing. That
  rewrites the whole file — a few seconds for a large desk; anonymisation is a rare manager's action. A backup taken
  afterwards is a page copy of the rebuilt file, so it holds nothing either. On PostgreSQL the rows are gone or
  overwritten at commit; the server's own files are the server's (autovacuum).
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Collection
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from frontdesk.core import audit, sealing
from frontdesk.core.db import Database
from frontdesk.core.errors import EnvironmentProblem, ProblemKind, classify
from frontdesk.core.models import AuditEntry, ResidentKey, ResidentMerge

log = logging.getLogger(__name__)


def forget(session: Session, resident_ids: Collection[int]) -> dict[str, Any]:
    """Erase what the log and the merge records hold about these residents (their rows are the caller's). Returns
    what the anonymisation entry must record: the version-1 entries whose details were redacted."""
    ids = list(resident_ids)
    if not ids:
        return {}
    session.execute(delete(ResidentKey).where(ResidentKey.resident_id.in_(ids)))
    for merge in session.scalars(
        select(ResidentMerge).where(or_(ResidentMerge.kept_id.in_(ids), ResidentMerge.merged_id.in_(ids)))
    ):
        merge.moved_unique, merge.filled = {}, {}
        merge.merged_archive = {**merge.merged_archive, "archive_note": None}
    redacted = []
    legacy = select(AuditEntry).where(
        AuditEntry.entity_type == "resident",
        AuditEntry.entity_id.in_(ids),
        AuditEntry.hash_version != audit.HASH_VERSION,
        AuditEntry.details.is_not(None),
    )
    for entry in session.scalars(legacy):
        if entry.details == audit.REDACTED or not sealing.needs_sealing(entry.details):
            continue
        if entry.hash == audit.hash_of(entry):  # sound until now: name it, so the check still accepts it
            redacted.append([entry.id, entry.hash, audit.frame_of(entry)])
        entry.details = dict(audit.REDACTED)
    session.flush()
    return {"redacted": redacted} if redacted else {}


def scrub_file(db: Database) -> None:
    """Leave no deleted content in a SQLite database's file or WAL (see the module docstring). Call after the
    anonymising transaction has committed. Raises EnvironmentProblem when the disk is in the way (VACUUM needs
    room for a second copy) or another program keeps the WAL from being emptied."""
    if not db.is_sqlite or db.path is None:
        return
    raw = db.engine.raw_connection()
    try:
        conn: sqlite3.Connection = raw.driver_connection  # type: ignore[assignment]
        conn.execute("VACUUM")
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except (sqlite3.Error, OSError) as exc:
        problem = classify(exc) or EnvironmentProblem(ProblemKind.CANNOT_OPEN, str(exc))
        log.warning("anonymised content not yet overwritten in the file: %s", exc)
        raise problem from exc
    finally:
        raw.close()
    if busy:
        log.warning("anonymised content may remain in the WAL: another connection is reading")
        raise EnvironmentProblem(ProblemKind.LOCKED, "WAL checkpoint after anonymisation was blocked")
