"""操作日志: writing audit entries inside the transaction of the change they describe, and checking the chain.

The log is append-only and hash-chained: each entry's SHA-256 covers its own content (id included) and the previous
entry's hash, so an edited, deleted or reordered entry breaks the chain at that point. A unique constraint on
``prev_hash`` lets no two entries follow the same predecessor: two writers racing for the head (PostgreSQL) cannot
fork the chain; the loser's transaction fails and is run again. A plain hash chain cannot show that its newest
entries were cut off, so :func:`verify_chain` also checks the chain heads recorded with each backup (anchors).

Two hash formulas, told apart by ``hash_version``: version 1 (entries written before revision 0007) hashed the staff
id, a column that becomes NULL when a staff row is deleted; version 2 hashes the actor's label (``staff:12``,
``system:backup``), which never changes. Version-1 entries are checked with the staff id read from their label
(filled in by the upgrade from what they held), so they too stay true when staff rows change.

Sensitive values (ID numbers, phone numbers) are masked in ``details``; a resident's personal values are sealed with
their key (:mod:`frontdesk.core.sealing`), so anonymisation can erase them without touching a hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from frontdesk.core import sealing
from frontdesk.core.access import Actor
from frontdesk.core.idnumber import mask, mask_phone
from frontdesk.core.models import AuditEntry

GENESIS = "0" * 64
HASH_VERSION = 2
REDACTED = {"erased": True}  # the details of a version-1 entry about an anonymised resident (see erasure.py)
ANONYMISE_ACTION = "resident.anonymise"
RESTORE_ACTION = "backup.restore"
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


def _iso_text(value: Any) -> str:
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    raise TypeError(f"{type(value).__name__} is not written to the audit log")


def _digest(content: list[Any]) -> str:
    text = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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
    """Hash version 1 (revisions 0004–0006): kept as it was, so the entries written then still verify."""
    return _digest([entry_id, at.isoformat(sep=" "), staff_id, action, entity_type, entity_id, details, prev_hash])


def entry_hash_v2(
    *,
    entry_id: int,
    at: datetime,
    actor: str | None,
    action: str,
    entity_type: str | None,
    entity_id: int | None,
    details: Any,
    prev_hash: str,
) -> str:
    """Hash version 2: the actor's label instead of the staff id; the version itself is hashed too."""
    return _digest([2, entry_id, at.isoformat(sep=" "), actor, action, entity_type, entity_id, details, prev_hash])


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
    write transaction (which serialises writers; on PostgreSQL the unique ``prev_hash`` turns a race for the head
    into a serialization failure, and the transaction is run again)."""
    if not isinstance(actor, Actor):
        raise TypeError("every audit entry names its actor")
    at = at.replace(microsecond=0)
    head = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev = head or GENESIS
    if details is not None:  # as stored (dates and times as ISO text)
        details = json.loads(json.dumps(details, ensure_ascii=False, default=_iso_text))
    if entity_type == "resident" and entity_id is not None and sealing.needs_sealing(details):
        details = sealing.seal(details, sealing.key_for(session, entity_id, now=at), entity_id)
    entry = AuditEntry(
        at=at,
        staff_id=actor.audit_staff_id,
        actor=actor.audit_label,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        details=details,
        prev_hash=prev,
        hash_version=HASH_VERSION,
    )
    session.add(entry)
    session.flush()  # the id is part of what is hashed
    entry.hash = hash_of(entry)
    return entry


def hash_of(entry: AuditEntry) -> str:
    """What ``entry``'s hash should be, by the formula of its version."""
    if entry.hash_version == HASH_VERSION:
        return entry_hash_v2(
            entry_id=entry.id, at=entry.at, actor=entry.actor, action=entry.action, entity_type=entry.entity_type,
            entity_id=entry.entity_id, details=entry.details, prev_hash=entry.prev_hash or GENESIS,
        )  # fmt: skip
    return entry_hash(
        entry_id=entry.id, at=entry.at, staff_id=legacy_staff_id(entry.actor), action=entry.action,
        entity_type=entry.entity_type, entity_id=entry.entity_id, details=entry.details,
        prev_hash=entry.prev_hash or GENESIS,
    )  # fmt: skip


def legacy_staff_id(label: str | None) -> int | None:
    """The staff id a version-1 entry hashed, from its label (``staff:12`` → 12; anything else: none)."""
    if label and label.startswith("staff:") and label[6:].isdigit():
        return int(label[6:])
    return None


def frame_of(entry: AuditEntry) -> str:
    """A digest of everything in ``entry`` but its details: what a redaction claim pins down (see erasure.py)."""
    return _digest([entry.id, entry.at.isoformat(sep=" "), entry.actor, entry.action, entry.entity_type,
                    entry.entity_id, entry.prev_hash, entry.hash])  # fmt: skip


def chain_head(session: Session) -> tuple[int, str] | None:
    """(id, hash) of the newest entry: written into each backup so a restored log can be checked against it."""
    row = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else None


@dataclass(frozen=True)
class Anchor:
    """A chain head recorded elsewhere (in a backup's description): that entry must still be in the log, as it was."""

    entry_id: int
    hash: str
    taken_at: datetime | None = None  # when the backup that recorded it was taken


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    first_bad_id: int | None = None
    # "hash" (content edited), "link" (entry deleted or reordered), "truncated" (entries after a head recorded in a
    # backup are gone: the log was cut short), "anchor" (the entry a backup recorded as head is not as it was)
    problem: str | None = None
    anchor_taken_at: datetime | None = None  # truncated / anchor: when the backup that recorded the head was taken
    last_id: int | None = None  # the newest entry in the log
    anchors: int = 0  # recorded heads checked


def verify_chain(
    session: Session, progress: Callable[[int], None] | None = None, *, anchors: Iterable[Anchor] = ()
) -> ChainCheck:
    """Recompute every hash in id order; report the first entry where the chain breaks, then check the ``anchors``
    (heads recorded with backups). ``progress`` is told how many entries are checked so far after each batch (half
    a million take about half a minute).

    An anchor from a backup taken between the backup a restore put back and that restore is not in the log by
    right (the restore replaced that history), and is not held against it."""
    pinned: dict[int, list[Anchor]] = {}
    for anchor in anchors:
        pinned.setdefault(anchor.entry_id, []).append(anchor)
    redacted = _redaction_claims(session)
    restores: list[tuple[datetime | None, datetime]] = []  # (the restored backup's time, the restore's)
    differ: list[Anchor] = []
    seen: set[int] = set()
    prev = GENESIS
    count = 0
    last_id = 0
    while True:
        batch = session.scalars(
            select(AuditEntry).where(AuditEntry.id > last_id).order_by(AuditEntry.id).limit(_VERIFY_BATCH)
        ).all()
        if not batch:
            break
        for entry in batch:
            if entry.prev_hash != prev:
                return ChainCheck(False, count, entry.id, "link", last_id=last_id)
            if not _redaction_holds(entry, redacted) and entry.hash != hash_of(entry):
                return ChainCheck(False, count, entry.id, "hash", last_id=last_id)
            if entry.action == RESTORE_ACTION:
                restores.append((_restored_backup_time(entry.details), entry.at))
            for anchor in pinned.get(entry.id, ()):
                seen.add(entry.id)
                if anchor.hash != entry.hash:
                    differ.append(anchor)
            prev = entry.hash
            count += 1
            last_id = entry.id
        session.expunge_all()
        if progress is not None:
            progress(count)
    missing = [a for entry_id, group in pinned.items() if entry_id not in seen for a in group]
    wrong = sorted((a for a in differ + missing if not _replaced_by_restore(a, restores)), key=lambda a: a.entry_id)
    checked = sum(len(group) for group in pinned.values())
    if wrong:
        first = wrong[0]
        problem = "truncated" if first.entry_id > last_id else "anchor"
        return ChainCheck(False, count, first.entry_id, problem, first.taken_at, last_id or None, checked)
    return ChainCheck(True, count, last_id=last_id or None, anchors=checked)


def _replaced_by_restore(anchor: Anchor, restores: list[tuple[datetime | None, datetime]]) -> bool:
    if anchor.taken_at is None:
        return False
    return any(restored is not None and restored < anchor.taken_at <= at for restored, at in restores)


def _restored_backup_time(details: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(details["backup_taken_at"])
    except (TypeError, KeyError, ValueError):
        return None


def _redaction_claims(session: Session) -> dict[int, tuple[str, str]]:
    """Version-1 entries whose details anonymisation replaced, as its own (hashed) entries name them: id ->
    (the entry's hash, its frame digest). Few rows: anonymisation runs now and then."""
    claims: dict[int, tuple[str, str]] = {}
    for details in session.scalars(select(AuditEntry.details).where(AuditEntry.action == ANONYMISE_ACTION)):
        for item in (details or {}).get("redacted", ()):
            if isinstance(item, list) and len(item) == 3:
                claims[int(item[0])] = (str(item[1]), str(item[2]))
    return claims


def _redaction_holds(entry: AuditEntry, claims: dict[int, tuple[str, str]]) -> bool:
    """A version-1 entry whose details were erased: its hash cannot be recomputed (what it covered is gone), so it
    stands if a later anonymisation entry — itself in the chain — names it with this very hash and frame."""
    claim = claims.get(entry.id)
    return (
        claim is not None
        and entry.hash_version != HASH_VERSION
        and entry.details == REDACTED
        and claim == (entry.hash, frame_of(entry))
    )
