"""操作日志 for managers: the audit log filtered and paged newest first, and the chain check (itself audited).

The log grows by about a thousand entries a day, so nothing here loads it whole: pages are read in SQL, newest first
along ``ix_audit_entry_at`` (``at``, then ``id``), and the screen reads the next page after the last row it has
(keyset paging: page 500 costs what page 1 does). A resident filter uses ``ix_audit_entry_entity``. Values are shown
as recorded: ID and phone numbers were masked when the entry was written.

A resident's personal values are sealed in the log (:mod:`frontdesk.core.sealing`); rows are unsealed here with the
keys that still exist, one query per page, and show as erased once the resident was anonymised. The text filter
cannot look inside a sealed value in SQL, so with a text filter SQL returns the plain matches *and* every entry with
sealed values (within the other filters: dates, staff, action, resident), and those are decrypted and matched here,
reading on in batches until a page is full. The cost: a text search reads and decrypts every sealed entry between
where it starts and its next page of matches — for a rare text, the whole date window (measured: 10,000 sealed
entries searched for a text found in none take about 1.4 s on a shared 2-core machine; a page of a plain browse
takes 20 ms). Narrowing the dates narrows it. The dialog reads its pages on the GUI thread today, so such a
search holds the screen that long: it belongs on the desk's worker with the other waits. Pages stay keyset pages.

The chain check is also held against the chain heads recorded with this desk's backups (their descriptions), so a
log whose newest entries were cut off, or rewritten and re-hashed, no longer passes.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, String, and_, cast, false, func, or_, select
from sqlalchemy.orm import Session, aliased

from frontdesk.core import audit, sealing
from frontdesk.core.access import Actor, Permission, guarded
from frontdesk.core.clock import Clock
from frontdesk.core.db import Database
from frontdesk.core.db.backups import BackupInfo
from frontdesk.core.db.base import MAX_ROW_ID
from frontdesk.core.models import AuditEntry, Resident, Staff
from frontdesk.core.text import clean_text

VERIFY_ACTION = "audit.verify"
_ESCAPE = "!"
_SCAN_BATCH = 500  # entries read at a time while a text filter matches sealed values


@dataclass(frozen=True)
class AuditFilter:
    """What the manager narrowed the log to; empty fields do not narrow it."""

    since: date | None = None  # first day shown
    until: date | None = None  # last day shown (inclusive)
    staff_id: int | None = None  # who did it
    action: str | None = None  # an action code, e.g. "resident.update"
    resident: str = ""  # a resident's number, or part of their name
    text: str = ""  # anywhere in the details, the target's name or the staff member's name


@dataclass(frozen=True)
class AuditRow:
    entry_id: int
    at: datetime
    staff_id: int | None
    staff_name: str | None  # None: nobody was signed in (a failed sign-in), or the account is gone
    action: str
    entity_type: str | None
    entity_id: int | None
    target_name: str | None  # the resident's or staff member's name, when the target is one
    details: dict[str, Any] | None  # unsealed; a value whose key is gone reads as sealing.ERASED
    actor_label: str | None = None  # who, as recorded and hashed: "staff:12", "system:sign-in" (None: before 0007)


@dataclass(frozen=True)
class StaffChoice:
    staff_id: int
    display_name: str
    active: bool


class AuditLogService:
    def __init__(self, db: Database, clock: Clock, backups: Callable[[], Iterable[BackupInfo]] | None = None) -> None:
        """``backups`` lists the desk's backups (``BackupManager.backups``), whose recorded chain heads the check
        holds the log against; ``None`` where there are none (a server database)."""
        self._db = db
        self._clock = clock
        self._backups = backups

    @guarded(Permission.AUDIT)
    def browse(
        self, actor: Actor, where: AuditFilter, *, offset: int = 0, limit: int = 100, after: AuditRow | None = None
    ) -> list[AuditRow]:
        """Entries matching ``where``, newest first: ``limit`` of them from ``offset``, or those following ``after``
        (the last row already shown; cheaper than an offset deep in the log)."""
        text = clean_text(where.text).strip()  # as _filtered reads it: the two must agree
        query = _filtered(_base_query(), where, sqlite=self._db.is_sqlite, sealed_too=bool(text))
        with self._db.read() as session:
            if not text:
                return _unsealed(session, session.execute(_page(query, after).offset(offset).limit(limit)).all())
            return _text_matches(session, query, text.casefold(), after=after, offset=offset, limit=limit)

    @guarded(Permission.AUDIT)
    def kinds(self, actor: Actor) -> list[str]:
        """The action codes present in the log, for the filter's list."""
        with self._db.read() as session:
            return list(session.scalars(select(AuditEntry.action).distinct().order_by(AuditEntry.action)))

    @guarded(Permission.AUDIT)
    def staff(self, actor: Actor) -> list[StaffChoice]:
        """Everyone who has had an account, active ones first (a departed member's entries stay in the log)."""
        with self._db.read() as session:
            rows = session.execute(
                select(Staff.id, Staff.display_name, Staff.active).order_by(Staff.active.desc(), Staff.display_name)
            )
            return [StaffChoice(*row) for row in rows]

    @guarded(Permission.AUDIT)
    def count(self, actor: Actor) -> int:
        """How many entries the log holds (what a check will go through)."""
        with self._db.read() as session:
            return session.scalar(select(func.count(AuditEntry.id))) or 0

    @guarded(Permission.AUDIT)
    def verify(self, actor: Actor, progress: Callable[[int], None] | None = None) -> audit.ChainCheck:
        """Recompute the whole chain (half a minute for 500,000 entries: call it off the GUI thread), then record
        that it was done and what it found: a check is an action like any other. ``progress`` gets the number of
        entries checked so far."""
        anchors = _anchors(self._backups() if self._backups is not None else ())
        with self._db.read() as session:
            result = audit.verify_chain(session, progress, anchors=anchors)
        now = self._clock().replace(microsecond=0)
        details: dict[str, Any] = {"ok": result.ok, "entries": result.entries}
        if result.anchors:
            details["anchors"] = result.anchors
        if not result.ok:
            details |= {"first_bad_id": result.first_bad_id, "problem": result.problem}
        if result.anchor_taken_at is not None:
            details["backup_taken_at"] = result.anchor_taken_at.isoformat()

        def work(session: Session) -> None:
            audit.record(session, VERIFY_ACTION, at=now, actor=actor, entity_type="audit_entry",
                         entity_id=result.first_bad_id, details=details)  # fmt: skip

        self._db.run_write(work)
        return result


def _anchors(backups: Iterable[BackupInfo]) -> list[audit.Anchor]:
    """The chain heads the backups' descriptions recorded (a backup of an empty or pre-chain log has none)."""
    return [
        audit.Anchor(b.audit_head[0], b.audit_head[1], b.created_at)
        for b in backups
        if b.audit_head is not None and b.audit_head[1] not in (None, "None", "")
    ]


def _base_query() -> Select:
    by, target_resident, target_staff = aliased(Staff), aliased(Resident), aliased(Staff)
    columns = (
        AuditEntry.id, AuditEntry.at, AuditEntry.staff_id, by.display_name, AuditEntry.action,
        AuditEntry.entity_type, AuditEntry.entity_id,
        func.coalesce(target_resident.name, target_staff.display_name), AuditEntry.details, AuditEntry.actor,
    )  # fmt: skip
    return (
        select(*columns)
        .outerjoin(by, by.id == AuditEntry.staff_id)
        .outerjoin(
            target_resident,
            and_(AuditEntry.entity_type == "resident", target_resident.id == AuditEntry.entity_id),
        )
        .outerjoin(target_staff, and_(AuditEntry.entity_type == "staff", target_staff.id == AuditEntry.entity_id))
    )


def _page(query: Select, after: AuditRow | None) -> Select:
    """Newest first, from just after ``after`` (the last row already shown)."""
    if after is not None:
        # "at <= x" alone bounds the index range; the OR then only separates entries of the same second.
        query = query.where(AuditEntry.at <= after.at, or_(AuditEntry.at < after.at, AuditEntry.id < after.entry_id))
    return query.order_by(AuditEntry.at.desc(), AuditEntry.id.desc())


def _unsealed(session: Session, rows: Sequence[Any]) -> list[AuditRow]:
    """Rows as AuditRows, their sealed values decrypted with the keys that still exist (one query per page)."""
    found = [AuditRow(*row) for row in rows]
    owners = {r.entity_id for r in found if r.entity_type == "resident" and r.entity_id is not None and r.details}
    keys = sealing.keys_for(session, owners)
    return [
        replace(r, details=sealing.unseal(r.details, keys.get(r.entity_id), r.entity_id))
        if r.entity_type == "resident" and r.details
        else r
        for r in found
    ]


def _text_matches(
    session: Session, query: Select, needle: str, *, after: AuditRow | None, offset: int, limit: int
) -> list[AuditRow]:
    """The text filter's page: candidates (plain matches and sealed entries) read in batches, matched once unsealed."""
    found: list[AuditRow] = []
    skip = offset
    cursor = after
    while True:
        batch = _unsealed(session, session.execute(_page(query, cursor).limit(_SCAN_BATCH)).all())
        for row in batch:
            if not _shows(row, needle):
                continue
            if skip:
                skip -= 1
                continue
            found.append(row)
            if len(found) == limit:
                return found
        if len(batch) < _SCAN_BATCH:
            return found
        cursor = batch[-1]


def _shows(row: AuditRow, needle: str) -> bool:
    """Whether ``needle`` (casefolded) is in the row's details as shown, its target's name or its staff's name."""
    shown = json.dumps(row.details, ensure_ascii=False, default=str) if row.details is not None else ""
    return any(needle in (text or "").casefold() for text in (shown, row.target_name, row.staff_name))


def _filtered(query: Select, where: AuditFilter, *, sqlite: bool, sealed_too: bool = False) -> Select:
    """``where`` in SQL. With ``sealed_too`` the text filter also lets through every entry holding sealed values,
    for :func:`_text_matches` to look inside."""
    if where.since is not None:
        query = query.where(AuditEntry.at >= datetime.combine(where.since, time.min))
    if where.until is not None:
        query = query.where(AuditEntry.at < datetime.combine(where.until + timedelta(days=1), time.min))
    if where.staff_id is not None:
        query = query.where(AuditEntry.staff_id == where.staff_id)
    if where.action:
        query = query.where(AuditEntry.action == where.action)
    resident = clean_text(where.resident).strip()
    if resident:
        query = query.where(AuditEntry.entity_type == "resident")
        if resident.isascii() and resident.isdigit():  # "²".isdigit() too, but int() refuses it
            known = len(resident) <= len(str(MAX_ROW_ID)) and int(resident) <= MAX_ROW_ID  # else no row's number
            query = query.where(AuditEntry.entity_id == int(resident) if known else false())
        else:
            named = select(Resident.id).where(Resident.name.like(_contains(resident), escape=_ESCAPE))
            query = query.where(AuditEntry.entity_id.in_(named))
    text = clean_text(where.text).strip()
    if text:
        # Details are stored as JSON text, where letters beyond ASCII are \uXXXX escapes: look for the text so written.
        # LIKE ignores ASCII case on SQLite; PostgreSQL needs ILIKE for that (lower() on SQLite only costs time).
        written = _contains(json.dumps(text)[1:-1])
        in_details = cast(AuditEntry.details, String)
        matches = [in_details.like(written, escape=_ESCAPE) if sqlite else in_details.ilike(written, escape=_ESCAPE)]
        staff_named = select(Staff.id).where(Staff.display_name.ilike(_contains(text), escape=_ESCAPE))
        residents_named = select(Resident.id).where(Resident.name.like(_contains(text), escape=_ESCAPE))
        matches += [
            AuditEntry.staff_id.in_(staff_named),
            and_(AuditEntry.entity_type == "staff", AuditEntry.entity_id.in_(staff_named)),
            and_(AuditEntry.entity_type == "resident", AuditEntry.entity_id.in_(residents_named)),
        ]
        if sealed_too:
            matches.append(in_details.like(f"%{sealing.MARK}%"))
        query = query.where(or_(*matches))
    return query


def _contains(text: str) -> str:
    plain = text.replace(_ESCAPE, _ESCAPE * 2).replace("%", _ESCAPE + "%").replace("_", _ESCAPE + "_")
    return f"%{plain}%"
