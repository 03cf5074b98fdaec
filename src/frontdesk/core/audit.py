"""操作日志: writing audit entries inside the transaction of the change they describe, and checking the chain.

The log is append-only and hash-chained: each entry's SHA-256 covers its own content (id included) and the previous
entry's hash, so an edited, deleted or reordered entry breaks the chain at that point. Sensitive values (ID numbers,
phone numbers) are masked in ``details``; what changed is still visible.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.core.access import Actor
from frontdesk.core.idnumber import mask, mask_phone
from frontdesk.core.models import AuditEntry

GENESIS = "0" * 64
_MASKERS = {"id_number": mask, "phone": mask_phone, "phone2": mask_phone, "emergency_phone": mask_phone}
_VERIFY_BATCH = 5_000


def masked(values: dict[str, Any]) -> dict[str, Any]:
    """JSON-ready copy of ``values`` with identifiers masked and dates as ISO text."""
    return {key: _json_value(key, value) for key, value in values.items()}


def _json_value(key: str, value: Any) -> Any:
    if value is not None and key in _MASKERS:
        return _MASKERS[key](str(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def entry_hash(
    *,
    entry_id: int,
    at: datetime,
    staff_id: int | None,
    action: str,
    entity_type: str | None,
    entity_id: int | None,
    details: Any,
    prev_hash: str,
) -> str:
    content = json.dumps(
        [entry_id, at.isoformat(sep=" "), staff_id, action, entity_type, entity_id, details, prev_hash],
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def record(
    session: Session,
    action: str,
    *,
    at: datetime,
    actor: Actor,
    entity_type: str | None = None,
    entity_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry to the chain, naming ``actor`` (a person, or a system actor by its name). Call inside a
    write transaction (which serialises writers)."""
    if not isinstance(actor, Actor):
        raise TypeError("every audit entry names its actor")
    head = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev = head or GENESIS
    details = json.loads(json.dumps(details, ensure_ascii=False)) if details is not None else None  # as stored
    entry = AuditEntry(
        at=at.replace(microsecond=0),
        staff_id=actor.audit_staff_id,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        details=details,
        prev_hash=prev,
    )
    session.add(entry)
    session.flush()  # the id is part of what is hashed
    entry.hash = _hash_of(entry)
    return entry


def _hash_of(entry: AuditEntry) -> str:
    return entry_hash(
        entry_id=entry.id,
        at=entry.at,
        staff_id=entry.staff_id,
        action=entry.action,
        entity_type=entry.entity_type,
        entity_id=entry.entity_id,
        details=entry.details,
        prev_hash=entry.prev_hash or GENESIS,
    )


def chain_head(session: Session) -> tuple[int, str] | None:
    """(id, hash) of the newest entry: written into each backup so a restored log can be checked against it."""
    row = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else None


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    problem: str | None = None  # "hash" (content edited), "link" (entry deleted or reordered)


def verify_chain(session: Session, progress: Callable[[int], None] | None = None) -> ChainCheck:
    """Recompute every hash in id order; report the first entry where the chain breaks. ``progress`` is told how
    many entries are checked so far after each batch (half a million take about half a minute)."""
    prev = GENESIS
    count = 0
    last_id = 0
    while True:
        batch = session.scalars(
            select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(_VERIFY_BATCH)
        ).all()
        if not batch:
            return ChainCheck(True, count)
        for entry in batch:
            if entry.prev_hash != prev:
                return ChainCheck(False, count, entry.id, "link")
            if entry.hash != _hash_of(entry):
                return ChainCheck(False, count, entry.id, "hash")
            prev = entry.hash
            count += 1
            last_id = entry.id
        session.expunge_all()
        if progress is not None:
            progress(count)
