"""操作日志 Audit log: who did what, when. Written by services, append-only, hash-chained."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, LargeBinary, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from frontdesk.core.db.base import Base
from frontdesk.core.models._types import now_local


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_entity", "entity_type", "entity_id"),
        # One successor per entry: two writers chaining onto the same predecessor (a fork) cannot both commit.
        UniqueConstraint("prev_hash", name="uq_audit_entry_prev_hash"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=now_local)
    # A convenience link to the staff row, not hashed (since hash version 2): it becomes NULL when the row goes.
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    # Who, as Actor.audit_label ("staff:12", "system:backup"): hashed, and true whatever happens to staff rows.
    actor: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))  # e.g. resident.create, resident.reveal_id, backup.restore
    entity_type: Mapped[str | None] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    # Before/after values, masked where sensitive; a resident's personal values sealed with their key
    # (frontdesk.core.sealing), so that deleting the key erases them without touching the chain.
    details: Mapped[dict | None] = mapped_column(JSON)
    # Hash chain: each entry's hash covers its content and the previous entry's hash, so editing, deleting or
    # reordering entries shows (frontdesk.core.audit.verify_chain). ``hash_version`` says which formula: 1 for
    # entries written before revision 0007 (staff id hashed), 2 since (the actor label hashed instead).
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))
    hash_version: Mapped[int] = mapped_column(Integer, default=2, server_default="1")


class ResidentKey(Base):
    """A resident's own key for their personal values in the audit log: outside the chain, so anonymisation can
    delete it (crypto-shredding) and the sealed values become unreadable while every hash still verifies."""

    __tablename__ = "resident_key"

    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime] = mapped_column(DateTime)
